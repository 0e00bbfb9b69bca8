"""Parsing speed and memory, as ratios against bare text extraction in the same run.

    .venv/bin/python bench/parse.py [--files samples] [--repeat 3]

For every sample PDF and DOCX it times, in a fresh subprocess each (so peak
memory is that mode's own):

* ``full``      — vanban's whole job: ``extract_document(load(path))``
* ``layout``    — the parser alone: ``load(path)`` (layout model)
* ``bare-pdf``  — pdfplumber's ``page.extract_text()`` on every page: the baseline
* ``bare-pdfium`` — pypdfium2's text extraction: what the hot path could reach
* ``bare-docx`` — python-docx paragraphs and table cells: the DOCX baseline
* ``unstructured`` — ``partition_pdf(strategy="fast")`` / ``partition_docx`` from the
  `unstructured` library, run by bench/unstructured_runner.py in its own venv
  (``--unstructured-python``, default var/bench-venvs/unstructured/bin/python, built by
  ``bash bench/setup_unstructured.sh``); skipped with a printed line when that venv is absent

and prints pages per second, peak RSS, the ratio to the bare baseline of the
same format, and how much each mode produced (items and characters, counted
after the timing), so that a mode returning nothing shows as empty, not as
fast. DOCX has no pages; its twin PDF (same sample, same source) gives the page
count. The target in issue 2 is full ≤ 2× bare. Nothing here passes or fails by
the clock.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNSTRUCTURED_PYTHON = ROOT / "var" / "bench-venvs" / "unstructured" / "bin" / "python"

# What one "item" is, per mode, in the items column (characters are always text characters,
# except for full, whose output is the contract JSON rather than text).
ITEMS = {
    "bare-pdf": "non-empty text lines",
    "bare-pdfium": "non-empty text lines",
    "bare-docx": "non-empty paragraphs and table cells",
    "layout": "layout blocks (chars: block text)",
    "full": "tasks in the contract (chars: the contract JSON)",
    "unstructured": "elements (chars: element text)",
}


def _worker(mode: str, files: list[str], repeat: int) -> dict:
    """Runs inside the subprocess: time one mode over the files."""
    import docx  # imported here so that import time is outside the timing
    import pdfplumber
    import pypdfium2

    from extract import extract_document
    from parsers import load

    def bare_pdf(path: str) -> None:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()

    def bare_pdfium(path: str) -> None:
        pdf = pypdfium2.PdfDocument(path)
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()

    def bare_docx(path: str) -> None:
        d = docx.Document(path)
        _ = [p.text for p in d.paragraphs]
        _ = [c.text for t in d.tables for r in t.rows for c in r.cells]

    run = {
        "full": lambda p: extract_document(load(p)),
        "layout": load,
        "bare-pdf": bare_pdf,
        "bare-pdfium": bare_pdfium,
        "bare-docx": bare_docx,
    }[mode]
    run(files[0])  # warm-up: lazy imports, caches
    started = time.perf_counter()
    for _ in range(repeat):
        for f in files:
            run(f)
    seconds = (time.perf_counter() - started) / repeat
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # How much the mode produced, counted after the timing and the memory reading, so that the
    # counting (and keeping the text) costs neither.
    def lines(texts: list[str]) -> tuple[int, int]:
        kept = [line for t in texts for line in t.splitlines() if line.strip()]
        return len(kept), sum(len(t) for t in texts)

    def output(path: str) -> tuple[int, int]:
        if mode == "bare-pdf":
            with pdfplumber.open(path) as pdf:
                return lines([page.extract_text() or "" for page in pdf.pages])
        if mode == "bare-pdfium":
            pdf = pypdfium2.PdfDocument(path)
            texts = [page.get_textpage().get_text_range() for page in pdf]
            pdf.close()
            return lines(texts)
        if mode == "bare-docx":
            d = docx.Document(path)
            texts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
            kept = [t for t in texts if t.strip()]
            return len(kept), sum(len(t) for t in kept)
        if mode == "layout":
            blocks = list(load(path).blocks())
            return len(blocks), sum(len(b.text) for b in blocks)
        doc = extract_document(load(path))
        return len(doc.tasks), len(doc.model_dump_json())

    counts = [output(f) for f in files]
    return {"seconds": seconds, "peak_rss_mb": peak, "items": sum(c[0] for c in counts),
            "chars": sum(c[1] for c in counts), "empty_files": sum(1 for c in counts if not c[1])}


def _measure(mode: str, files: list[Path], repeat: int) -> dict:
    names = [str(f) for f in files]
    code = (f"import json,sys; sys.path.insert(0, {str(ROOT)!r}); from bench.parse import _worker; "
            f"print(json.dumps(_worker({mode!r}, {names!r}, {repeat})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _measure_unstructured(python: Path, fmt: str, files: list[Path], repeat: int) -> dict:
    """Runs bench/unstructured_runner.py in unstructured's own venv: a fresh process, as for the others."""
    env = dict(os.environ, DO_NOT_TRACK="1", SCARF_NO_ANALYTICS="1", HF_HUB_OFFLINE="1",
               TRANSFORMERS_OFFLINE="1", UNSTRUCTURED_DISABLE_NOTICE="1")
    cmd = [str(python), str(ROOT / "bench" / "unstructured_runner.py"), fmt.lower(), "--repeat", str(repeat),
           *map(str, files)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    if out.returncode != 0:
        tail = " | ".join(out.stderr.strip().splitlines()[-3:])
        return {"error": f"exit {out.returncode}: {tail}"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def _pages(pdfs: list[Path]) -> int:
    import pypdfium2
    total = 0
    for p in pdfs:
        doc = pypdfium2.PdfDocument(str(p))
        total += len(doc)
        doc.close()
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", default=str(ROOT / "samples"), help="folder with docx/ and pdf/ (samples)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--unstructured-python", type=Path, default=UNSTRUCTURED_PYTHON,
                        help="python of the venv with `unstructured` (built by bench/setup_unstructured.sh)")
    args = parser.parse_args()
    unstructured = args.unstructured_python if args.unstructured_python.exists() else None
    notes = []
    if unstructured is None:
        notes.append(f"unstructured: skipped — no python at {args.unstructured_python} "
                     "(build it with: bash bench/setup_unstructured.sh)")
    base = Path(args.files)
    pdfs = sorted((base / "pdf").glob("*.pdf"))
    docxs = sorted((base / "docx").glob("*.docx"))
    if not pdfs and not docxs:
        print(f"no PDF or DOCX under {base}/pdf and {base}/docx", file=sys.stderr)
        return 1
    pdf_pages = _pages(pdfs)
    twins = [base / "pdf" / f"{d.stem}.pdf" for d in docxs]
    docx_pages = _pages([t for t in twins if t.exists()])
    rows = []
    for fmt, files, pages, modes in (("PDF", pdfs, pdf_pages, ("bare-pdf", "bare-pdfium", "layout", "full")),
                                     ("DOCX", docxs, docx_pages, ("bare-docx", "layout", "full"))):
        if not files:
            continue
        results = {m: _measure(m, files, args.repeat) for m in modes}
        if unstructured is not None:
            r = _measure_unstructured(unstructured, fmt, files, args.repeat)
            if "error" in r:
                notes.append(f"unstructured {fmt}: failed, no row — {r['error']}")
            else:
                results["unstructured"] = r
                call = 'partition_pdf(strategy="fast")' if fmt == "PDF" else "partition_docx"
                notes.append(f"unstructured {fmt}: {r['version']} {call}; spaCy model: {r['spacy_model']}; network lookups: "
                             f"{', '.join(r['network_attempts']) or 'none'}; logged failures: "
                             f"{sum(r['failures'].values())}"
                             + "".join(f"\n    {n}× {msg}" for msg, n in r["failures"].items()))
        baseline = results["bare-pdf" if fmt == "PDF" else "bare-docx"]["seconds"]
        for m, r in results.items():
            rows.append((fmt, m, len(files), pages, r["seconds"], pages / r["seconds"] if r["seconds"] else 0,
                         r["peak_rss_mb"], r["seconds"] / baseline, r["items"], r["chars"], r["empty_files"]))
    print(f"{'format':6} {'mode':12} {'files':>5} {'pages':>5} {'seconds':>8} {'pages/s':>8} "
          f"{'peak MB':>8} {'× bare':>7} {'items':>6} {'chars':>7} {'empty':>5}")
    for fmt, m, n, pages, s, pps, mb, ratio, items, chars, empty in rows:
        print(f"{fmt:6} {m:12} {n:>5} {pages:>5} {s:>8.3f} {pps:>8.1f} {mb:>8.0f} {ratio:>7.2f} "
              f"{items:>6} {chars:>7} {empty:>5}")
    print("items: " + "; ".join(f"{m} = {what}" for m, what in ITEMS.items())
          + ". empty: files that gave no text.")
    print(json.dumps([dict(zip(("format", "mode", "files", "pages", "seconds", "pages_per_s", "peak_rss_mb",
                                "ratio_to_bare", "items", "chars", "empty_files"), r, strict=True))
                      for r in rows]))
    for note in notes:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
