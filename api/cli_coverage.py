"""`vanban coverage` and `vanban summary`: reports → coverage matrix, checklist, draft summary.

    vanban coverage DIRECTIVE REPORT... [--units units.csv] [--xlsx out.xlsx] [--csv out.csv]
    vanban summary  DIRECTIVE REPORT... --out tonghop.docx [--units units.csv]

DIRECTIVE may also be a stored parse (the JSON of `vanban parse`), so a
directive whose tasks were corrected by hand can be reused. Reports are always
files: the coverage needs their body blocks, not only their document object.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the heavy modules load only when a command runs
    from extract.contract import Coverage, Document
    from extract.coverage import UnitRegistry
    from parsers import Layout

EXIT_UNREADABLE = 2
EXIT_USAGE = 64


def _err(msg: str) -> None:
    print(f"vanban: {msg}", file=sys.stderr)


def read_units_csv(path: Path) -> UnitRegistry:
    """The office's unit list: a CSV with a name column (see UnitRegistry.from_rows)."""
    from extract.coverage import UnitRegistry

    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1258"):  # Excel on Vietnamese Windows saves "ANSI" = cp1258
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueError("not UTF-8 text")
    sample = text[:2048]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.DictReader(text.splitlines(), dialect=dialect))
    if rows and not UnitRegistry.from_rows(rows).units:
        # No recognised header: the first column is the name, every row a unit.
        names = [r[0] for r in csv.reader(text.splitlines(), dialect=dialect) if r and r[0].strip()]
        rows = [{"ten_don_vi": n} for n in names]
    return UnitRegistry.from_rows(rows)


def _load_directive(path: Path) -> Document:
    from extract.contract import Document

    if path.suffix.lower() == ".json":
        try:
            return Document.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            from parsers import UnreadableDocument
            raise UnreadableDocument(path.name, f"not a stored document object ({type(err).__name__})") from None
    from api.cli import parse_one
    return parse_one(path)


def _load_reports(paths: list[str]) -> list[tuple[Document, Layout]]:
    from extract import extract_document
    from parsers import load

    out = []
    for p in paths:
        layout = load(Path(p))
        out.append((extract_document(layout), layout))
    return out


def compute(args: argparse.Namespace) -> tuple[Coverage, Document] | int:
    """Parse the inputs and build the coverage; returns (coverage, directive) or an exit code."""
    from extract.coverage import build_coverage
    from parsers import UnreadableDocument

    registry = None
    if args.units:
        try:
            registry = read_units_csv(Path(args.units))
        except (OSError, ValueError) as err:
            _err(f"{args.units}: cannot read the unit list ({err})")
            return EXIT_USAGE
        if not registry.units:
            _err(f"{args.units}: no unit names found (expected a column 'ten_don_vi' or names in column 1)")
            return EXIT_USAGE
    try:
        directive = _load_directive(Path(args.directive))
        reports = _load_reports(args.reports)
    except UnreadableDocument as err:
        _err(str(err))
        return EXIT_UNREADABLE
    if not directive.tasks:
        _err(f"{Path(args.directive).name}: no tasks found in the directive; every cell will be empty")
    cov = build_coverage(directive, reports, registry)
    for u in cov.units:
        extra = u.model_extra or {}
        if extra.get("answers_directive") is False:
            cites = ", ".join(extra.get("cites") or []) or "another document"
            _err(f"{u.filename}: cites {cites}, not {directive.number_symbol}; its cells are left empty")
    return cov, directive


def cmd_coverage(args: argparse.Namespace) -> int:
    """`vanban coverage`: the coverage JSON on stdout (or --out), with XLSX/CSV copies on request."""
    from extract.contract import to_json

    result = compute(args)
    if isinstance(result, int):
        return result
    cov, directive = result
    if args.xlsx:
        from api.exports import write_xlsx
        write_xlsx(cov, args.xlsx, title=_title(directive))
    if args.csv:
        from api.exports import write_csv
        write_csv(cov, args.csv)
    text = to_json(cov)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    """`vanban summary`: the draft báo cáo tổng hợp as DOCX; a one-line tally on stderr."""
    from api.summary_docx import write_summary

    result = compute(args)
    if isinstance(result, int):
        return result
    cov, directive = result
    write_summary(cov, args.out, directive)
    reporting = len({u.unit for u in cov.units if u.filename})
    print(f"{args.out}: {len(cov.directive.tasks)} nhiệm vụ, {reporting}/{len({u.unit for u in cov.units})} "
          f"đơn vị đã gửi báo cáo", file=sys.stderr)
    if args.json:
        print(json.dumps(json.loads(cov.model_dump_json()), ensure_ascii=False, indent=2))
    return 0


def _title(directive: Document) -> str:
    """The XLSX title line: "Theo dõi thực hiện Chỉ thị số 05-CT/TU về …"."""
    kind = directive.doc_type.name or "văn bản"
    sym = directive.number_symbol or "…"
    subject = f" về {directive.subject}" if directive.subject else ""
    return f"Theo dõi thực hiện {kind} số {sym}{subject}"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `coverage` and `summary` to `vanban` (api/cli.py calls this; see docs/HELPERS.md seams)."""
    p = subparsers.add_parser("coverage", help="which units reported on which tasks (coverage JSON)")
    p.add_argument("directive", help="the directive file (or its stored parse, .json)")
    p.add_argument("reports", nargs="+", help="the reports units sent back")
    p.add_argument("--units", help="CSV of the units expected to report (column ten_don_vi [, ten_khac])")
    p.add_argument("--xlsx", help="also write the matrix, checklist and silent units as XLSX")
    p.add_argument("--csv", help="also write one row per (task, unit) as CSV")
    p.add_argument("--out", help="write the JSON to this file instead of stdout")
    p.set_defaults(func=cmd_coverage)

    p = subparsers.add_parser("summary", help="draft 'báo cáo tổng hợp' (DOCX) from the reports")
    p.add_argument("directive")
    p.add_argument("reports", nargs="+")
    p.add_argument("--out", required=True, help="the DOCX to write, e.g. tonghop.docx")
    p.add_argument("--units", help="CSV of the units expected to report")
    p.add_argument("--json", action="store_true", help="also print the coverage JSON")
    p.set_defaults(func=cmd_summary)
