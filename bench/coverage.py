"""Coverage: cell F1 on the hand-made samples, threshold calibration, and speed.

    .venv/bin/python bench/coverage.py                 # F1 per directive + timings
    .venv/bin/python bench/coverage.py --calibrate     # F1 over a sweep of thresholds
    .venv/bin/python bench/coverage.py --no-speed

"Stored parses" are what a deployment keeps after parsing each file once: the
Document and the Layout. The bench makes them synthetically from the sample
texts in ``samples/coverage/build.py`` (the same texts the DOCX/PDF samples are
built from), with the directive's tasks from the hand gold, so the figures
measure the coverage step alone, not the parsers. The end-to-end figure
(files → parsers → coverage) is ``vanban coverage … | vanban eval --coverage``
(see ``docs`` in the session report).

Speed: 100 reports × 30 tasks and 500 units × 60 tasks, made by cycling the
sample reports and directive tasks (renamed units, tasks renumbered); printed
as seconds, never pass/fail.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The project root first: bench/ holds modules (bench/api.py) that would shadow its packages.
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() not in (ROOT, ROOT / "bench")]

from extract import evaluation as ev  # noqa: E402
from extract.contract import Document, Issuer, Report, Source, Task  # noqa: E402
from extract.coverage import (  # noqa: E402
    UnitRegistry,
    build_coverage,
    matching,
)
from parsers.layout import Block, CellRef, Layout, Line, Page  # noqa: E402

SAMPLES = ROOT / "samples" / "coverage"
GOLD = SAMPLES / "gold"


def _build_module():
    spec = importlib.util.spec_from_file_location("coverage_samples_build", SAMPLES / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def layout_of(d) -> Layout:
    """A sample Doc as a DOCX backend would lay it out: header and footer tables, body paragraphs."""
    blocks: list[Block] = []

    def cell(text, col, table, bold=False, italic=False):
        blocks.append(Block(lines=[Line(text=text, bold=bold, italic=italic)], column=col,
                            cell=CellRef(table=table, row=0, col=col)))

    for i, line in enumerate(d.left):
        cell(line, 0, 0, bold=i >= len(d.left) - d.issuer_lines)
    if d.party:
        cell("*", 0, 0)
    cell(("Số " if d.party else "Số: ") + d.number, 0, 0)
    cell(d.place_date, 1, 0, italic=True)
    if d.type_line:
        blocks.append(Block(lines=[Line(text=d.type_line, bold=True)], align="center"))
        blocks.append(Block(lines=[Line(text=d.subject, bold=True)], align="center"))
    for name in d.kinh_gui:
        blocks.append(Block(lines=[Line(text=f"Kính gửi: {name}")]))
    table = 0
    for kind, text in d.body:
        if kind == "table":  # a results table: one block per cell, as the DOCX backend gives them
            table += 1
            for r, row in enumerate(text.split("\n")):
                for c, value in enumerate(row.split(" | ")):
                    blocks.append(Block(lines=[Line(text=value, bold=r == 0)],
                                        cell=CellRef(table=table, row=r, col=c), column=None))
            continue
        blocks.append(Block(lines=[Line(text=text, bold=kind in ("h1", "h2"))]))
    table += 1
    cell("Nơi nhận:", 0, table)
    for item in d.noi_nhan:
        cell(f"- {item}", 0, table)
    for line in d.authority:
        cell(line, 1, table, bold=True)
    cell(d.name, 1, table, bold=True)
    for i, b in enumerate(blocks):
        b.order = i
    name = d.filename.replace(".docx", ".pdf") if d.pdf else d.filename
    return Layout(filename=name, media_type="application/octet-stream", pages=[Page(number=1, blocks=blocks)])


def _issuer(d) -> str:
    return " ".join(d.left[len(d.left) - d.issuer_lines:])


def _parent(d) -> str | None:
    return " ".join(d.left[:len(d.left) - d.issuer_lines]) or None


def _date(place_date: str) -> date | None:
    import re
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", place_date)
    return date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def stored_parse(d, tasks: list[dict] | None = None, *, with_issuer: bool = True) -> Document:
    """The Document a finished parser would store for a sample (header fields, tasks)."""
    is_report = d.type_line == "BÁO CÁO"
    return Document(
        source=Source(filename=d.filename.replace(".docx", ".pdf") if d.pdf else d.filename,
                      media_type="application/octet-stream"),
        doc_class="report" if is_report else "directive",
        issuer=Issuer(name=_issuer(d) if with_issuer else None, parent=_parent(d) if with_issuer else None),
        number_symbol=d.number, date=_date(d.place_date), subject=d.subject,
        addressees=list(d.kinh_gui),
        tasks=[Task(id=t["id"], text=t["text"]) for t in tasks or []],
        report=Report(unit=_issuer(d) if with_issuer else None, answers=[]) if is_report else None,
    )


SETS = [  # (directive, reports, units CSV, gold file, held out from calibration)
    ("DIRECTIVE_A", "REPORTS_A", "UNITS_A_CSV", "a_directive_125-cv-du", False),
    ("DIRECTIVE_B", "REPORTS_B", None, "b_directive_1234-ubnd-kstthc", False),
    ("DIRECTIVE_C", "REPORTS_C", None, "c_directive_845-syt-nvy", True),
    ("DIRECTIVE_D", "REPORTS_D", "UNITS_D_CSV", "d_directive_18-kh-du", True),
]


def sample_sets(held_out: bool | None = None) -> list[dict]:
    """Each directive with its reports as stored parses, its registry and its gold.

    ``held_out``: None = all sets; False = the calibration sets (A, B); True = C and D,
    written after the threshold was fixed (C, D).
    """
    b = _build_module()
    sets = []
    for d_name, r_name, csv_name, gold_name, is_held in SETS:
        if held_out is not None and is_held != held_out:
            continue
        directive, reports = getattr(b, d_name), getattr(b, r_name)
        gold = json.loads((GOLD / f"{gold_name}.coverage.gold.json").read_text(encoding="utf-8"))
        ddoc = stored_parse(directive, gold["directive"]["tasks"])
        registry = None
        if csv_name:
            import csv
            import io
            text = getattr(b, csv_name)
            registry = UnitRegistry.from_rows(csv.DictReader(io.StringIO(text), delimiter=";" if ";" in
                                                             text.splitlines()[0] else ","))
        sets.append({"name": gold_name, "directive": ddoc, "held_out": is_held,
                     "reports": [(stored_parse(r), layout_of(r)) for r in reports],
                     "registry": registry, "gold": gold, "folder": SAMPLES / f"directive_{gold_name[0]}",
                     "units_csv": SAMPLES / f"units_{gold_name[0]}.csv" if csv_name else None})
    return sets


def end_to_end(out_dir: Path) -> None:
    """Files → parsers → coverage, as ``vanban coverage`` does, then ``vanban eval --coverage``."""
    from api.cli_coverage import read_units_csv
    from extract import extract_document
    from extract.contract import to_json
    from parsers import load

    out_dir.mkdir(parents=True, exist_ok=True)
    for s in sample_sets():
        files = sorted(p for p in s["folder"].iterdir() if p.suffix in (".docx", ".pdf"))
        directive = next(p for p in files if "_directive_" in p.name)
        reports = [(extract_document(lay), lay) for lay in (load(p) for p in files if p != directive)]
        registry = read_units_csv(s["units_csv"]) if s["units_csv"] else None
        cov = build_coverage(extract_document(load(directive)), reports, registry)
        (out_dir / f"{s['name']}.coverage.json").write_text(to_json(cov) + "\n", encoding="utf-8")
    from api.cli import main as cli
    cli(["eval", "--coverage", str(GOLD), str(out_dir)])


def cell_f1(sets: list[dict], threshold: float) -> tuple[dict, list[str]]:
    tallies: dict = {}
    misses: list[str] = []
    for s in sets:
        cov = build_coverage(s["directive"], s["reports"], s["registry"], threshold=threshold)
        pred = json.loads(cov.model_dump_json())
        ev.score_coverage(s["gold"], pred, tallies)
        got = {(c["task"], c["unit"]): c for c in pred["cells"]}
        for c in s["gold"]["cells"]:
            p = got.get((c["task"], c["unit"]))
            if p is None or p["addressed"] != c["addressed"]:
                kind = "FN" if c["addressed"] else "FP"
                score = p["score"] if p else None
                misses.append(f"{s['name']}: {kind} {c['task']} × {c['unit']} (score {score})")
    return ev.figures(tallies), misses


def calibrate(sets: list[dict]) -> None:
    print("threshold  cell-F1 (all)  " + "  ".join(s["name"][:12] for s in sets))
    best = (0.0, 0.0)
    for i in range(4, 51, 2):
        t = i / 100
        fig, _ = cell_f1(sets, t)
        per = [cell_f1([s], t)[0]["coverage.cells"]["f1"] for s in sets]
        f1 = fig["coverage.cells"]["f1"]
        best = max(best, (f1, -t))
        print(f"{t:9.2f}  {f1:13.3f}  " + "  ".join(f"{x:12.3f}" for x in per))
    print(f"best threshold over all samples: {-best[1]:.2f} (F1 {best[0]:.3f}); "
          f"current THRESHOLD = {matching.THRESHOLD}")
    # Leave one directive out: pick the threshold on the other, score on this one.
    for k, held in enumerate(sets):
        rest = [s for j, s in enumerate(sets) if j != k]
        pick = max((cell_f1(rest, i / 100)[0]["coverage.cells"]["f1"], -i / 100) for i in range(4, 51, 2))
        t = -pick[1]
        print(f"leave-one-out: threshold {t:.2f} chosen without {held['name']}, "
              f"F1 on it {cell_f1([held], t)[0]['coverage.cells']['f1']:.3f}")


def speed(sets: list[dict], n_reports: int, n_tasks: int) -> float:
    """Seconds to build one matrix of n_reports × n_tasks from stored parses."""
    tasks = [t for s in sets for t in s["directive"].tasks]
    big_tasks = [Task(id=f"T{i + 1}", text=tasks[i % len(tasks)].text + ("" if i < len(tasks) else f" đợt {i}"))
                 for i in range(n_tasks)]
    directive = sets[0]["directive"].model_copy(update={"tasks": big_tasks, "addressees": []})
    pool = [r for s in sets for r in s["reports"]]
    reports = []
    for i in range(n_reports):
        doc, layout = pool[i % len(pool)]
        doc = doc.model_copy(update={"issuer": Issuer(name=f"Đơn vị số {i + 1}"),
                                     "report": Report(unit=f"Đơn vị số {i + 1}", answers=[])})
        reports.append((doc, layout))
    started = time.perf_counter()
    build_coverage(directive, reports, UnitRegistry())
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calibrate", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--end-to-end", metavar="DIR", help="parse the sample files and write predictions to DIR")
    args = ap.parse_args(argv)
    if args.end_to_end:
        end_to_end(Path(args.end_to_end))
        return 0
    sets = sample_sets()
    if args.calibrate:
        calibrate([s for s in sets if not s["held_out"]])  # C stays out: it checks the choice
        return 0
    fig, misses = cell_f1(sets, matching.THRESHOLD)
    print(ev.format_table(fig))
    for s in sets:
        f = cell_f1([s], matching.THRESHOLD)[0]["coverage.cells"]
        print(f"{s['name']}{' (held out)' if s['held_out'] else ''}: cell P {f['p']:.3f} R {f['r']:.3f} F1 {f['f1']:.3f} ({f['tp']}/{f['fp']}/{f['fn']})")
    for m in misses:
        print("miss:", m)
    if not args.no_speed:
        from extract.coverage.textnorm import segment
        segment("khởi động bộ tách từ")  # model load is not part of building a matrix
        for n_reports, n_tasks in ((100, 30), (500, 60)):
            secs = speed(sets, n_reports, n_tasks)
            print(f"speed: {n_reports} reports × {n_tasks} tasks: {secs:.2f} s "
                  f"({n_reports * n_tasks / secs:,.0f} cells/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
