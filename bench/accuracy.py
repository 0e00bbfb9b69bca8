"""Field accuracy per input format, as published in docs/evaluation.md.

    .venv/bin/python bench/accuracy.py [--markdown]

Parses every evaluation set with the real pipeline (no cached outputs), scores
it against the hand-made gold files with the contract's rules
(``extract.evaluation``, identical to ``../shared/contract/score.py``) and
prints one table: a row per field, a column per set. Sets:

* ``samples/docx`` and ``samples/pdf`` against ``samples/gold`` (same gold: one source)
* ``samples/scans`` (image-only PDFs made from the sample PDFs) against ``samples/gold``
* the real documents ``../shared/real-docs/*.txt`` against ``tests/gold/real-docs``
* the two real scans ``../shared/real-docs/*_scan.pdf`` against the same folder (gold for
  header, signers and recipients; see its NOTES.md)
* the reference document ``../shared/reference-docs`` against ``../shared/contract/examples``
* with ``--heldout``: real documents whose gold (``bench/heldout-gold``) was written late and
  never used for tuning

Predictions are written to ``var/eval/<set>/`` so ``vanban eval`` or
``score.py`` can be run on them again.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = [
    ("samples/docx", ROOT / "samples/docx", ROOT / "samples/gold", "*.docx"),
    ("samples/pdf", ROOT / "samples/pdf", ROOT / "samples/gold", "*.pdf"),
    ("samples/scans", ROOT / "samples/scans", ROOT / "samples/gold", "*.pdf"),
    ("real-docs", SHARED / "real-docs", ROOT / "tests/gold/real-docs", "*.txt"),
    ("real scans", SHARED / "real-docs", ROOT / "tests/gold/real-docs", "*.pdf"),
    ("reference", SHARED / "reference-docs", SHARED / "contract/examples", "*.txt"),
]
# written after the extractors were tuned, by an annotator who never ran them: the honest figure.
# Only with --heldout, so that nobody tunes against it by habit.
HELDOUT = ("real-docs held-out", SHARED / "real-docs", ROOT / "bench/heldout-gold", "*.*")


def evaluate_set(name: str, src: Path, gold: Path, pattern: str, out_root: Path) -> dict | None:
    from extract import evaluation as ev
    from extract import extract_document
    from extract.contract import to_json
    from parsers import UnreadableDocument, load

    golds = sorted(gold.glob("*.gold.json")) if gold.is_dir() else []
    if not golds or not src.is_dir():
        return None
    out = out_root / name.replace("/", "-").replace(" ", "-")
    out.mkdir(parents=True, exist_ok=True)
    tallies: dict = {}
    scored = 0
    for g in golds:
        stem = g.name.removesuffix(".gold.json")
        candidates = sorted(src.glob(stem + pattern.removeprefix("*")))
        if not candidates:
            continue
        try:
            doc = extract_document(load(candidates[0]))
            pred_text = to_json(doc)
        except UnreadableDocument as err:
            print(f"  {err}", file=sys.stderr)
            pred_text = "{}"
        (out / f"{stem}.json").write_text(pred_text, encoding="utf-8")
        ev.score_document(json.loads(g.read_text(encoding="utf-8")), json.loads(pred_text), tallies)
        scored += 1
    if not scored:
        return None
    return {"documents": scored, "figures": ev.figures(tallies)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--out", default=str(ROOT / "var/eval"))
    parser.add_argument("--heldout", action="store_true", help="also score the held-out real documents")
    parser.add_argument("--only", help="score only the sets whose name contains this")
    args = parser.parse_args()
    results = {}
    for name, src, gold, pattern in [*SETS, *([HELDOUT] if args.heldout else [])]:
        if args.only and args.only not in name:
            continue
        r = evaluate_set(name, src, gold, pattern, Path(args.out))
        if r:
            results[name] = r
    fields: list[str] = []
    for r in results.values():
        fields += [f for f in r["figures"] if f not in fields]
    names = list(results)
    sep = " | " if args.markdown else "  "
    head = ["field", *[f"{n} ({results[n]['documents']})" for n in names]]
    print(sep.join(head).join(["| ", " |"]) if args.markdown else sep.join(f"{h:>22}" for h in head))
    if args.markdown:
        print("|" + "---|" * len(head))
    for f in fields:
        cells = []
        for n in names:
            v = results[n]["figures"].get(f)
            cells.append("-" if not v or v["f1"] is None else f"{v['f1']:.3f}")
        row = [f, *cells]
        print(sep.join(row).join(["| ", " |"]) if args.markdown else sep.join(f"{c:>22}" for c in row))
    print(json.dumps({n: {k: v["f1"] for k, v in r["figures"].items()} for n, r in results.items()},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
