"""The ``vanban`` command line.

    vanban parse FILE                 one document object (JSON) on stdout
    vanban parse DIR --out DIR        every file of a folder, with progress
    vanban eval GOLD_DIR PRED_DIR     per-field P/R/F1 against hand-made gold
    vanban eval --coverage GOLD PRED  coverage cells against gold
    vanban schema                     the contract's JSON Schema

Errors on input are one line on stderr naming the file and the reason, and a
non-zero exit; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

EXIT_UNREADABLE = 2
EXIT_INTERNAL = 3
EXIT_USAGE = 64
INPUT_SUFFIXES = {".pdf", ".docx", ".docm", ".doc", ".rtf", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def _err(msg: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")  # clear a progress line first
    print(f"vanban: {msg}", file=sys.stderr)


def _internal(path: Path, err: Exception) -> str:
    """A bug in vanban, not in the file: one line for the user; VANBAN_DEBUG=1 re-raises for a traceback."""
    if os.environ.get("VANBAN_DEBUG"):
        raise err
    return f"{path.name}: internal error ({type(err).__name__}: {str(err)[:160]}); please report it with the file"


def parse_one(path: Path, limits=None):
    """Parse and extract one file (the main job), raising UnreadableDocument."""
    from extract import extract_document
    from parsers import load

    return extract_document(load(path, limits))


def _ocr_progress(done: int, total: int) -> None:
    """Long scans: "OCR 3/26 pages" on a terminal, so a minute of OCR does not look like a hang."""
    sys.stderr.write(f"\r\033[KOCR {done}/{total} pages" + ("\n" if done == total else ""))
    sys.stderr.flush()


def _show_ocr_progress() -> None:
    if sys.stderr.isatty():
        from parsers import ocr

        ocr.set_progress(_ocr_progress)


def cmd_parse(args: argparse.Namespace) -> int:
    from extract.contract import to_json
    from parsers import Limits, UnreadableDocument

    limits = Limits(max_pages=args.max_pages)
    target = Path(args.path)
    if not target.is_dir():
        _show_ocr_progress()
        try:
            doc = parse_one(target, limits)
        except UnreadableDocument as err:
            _err(str(err))
            return EXIT_UNREADABLE
        except Exception as err:
            _err(_internal(target, err))
            return EXIT_INTERNAL
        text = to_json(doc)
        if args.out:
            out = Path(args.out)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text + "\n", encoding="utf-8")
        else:
            sys.stdout.write(text + "\n")
        return 0

    if not args.out:
        _err("parsing a folder needs --out DIR")
        return EXIT_USAGE
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in target.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
    failed = internal = 0
    started = time.perf_counter()
    from extract import extract_document
    from parsers.ocr_pool import load_many

    # A few files load at once and their scanned pages share one pool of OCR workers,
    # so a 1-page scan does not leave a core idle (parsers/ocr_pool.py).
    for i, (path, loaded) in enumerate(load_many(files, limits), 1):
        _progress(i, len(files), path.name, started)
        try:
            if isinstance(loaded, Exception):
                raise loaded
            doc = extract_document(loaded)
        except UnreadableDocument as err:
            failed += 1
            _err(str(err))
            continue
        except Exception as err:  # one file must not end the run: report it and go on
            internal += 1
            _err(_internal(path, err))
            continue
        rel = path.relative_to(target)
        dest = out_dir / rel.parent / f"{path.stem}.json"
        if dest.exists() and dest.stat().st_mtime >= started:  # same stem, other format
            dest = out_dir / rel.parent / f"{path.name}.json"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(to_json(doc) + "\n", encoding="utf-8")
    sys.stderr.write("\r\033[K" if sys.stderr.isatty() else "")
    errors = f", {internal} internal errors" if internal else ""
    print(f"{len(files) - failed - internal} parsed, {failed} unreadable{errors}, in "
          f"{time.perf_counter() - started:.1f} s -> {out_dir}", file=sys.stderr)
    if internal:
        return EXIT_INTERNAL
    return 1 if failed and failed == len(files) else 0


def _progress(i: int, n: int, name: str, started: float) -> None:
    if not sys.stderr.isatty():
        return
    width = 30
    done = int(width * (i - 1) / max(n, 1))
    elapsed = time.perf_counter() - started
    sys.stderr.write(f"\r\033[K[{'#' * done}{'.' * (width - done)}] {i}/{n} {elapsed:5.1f}s {name[:40]}")
    sys.stderr.flush()


def cmd_eval(args: argparse.Namespace) -> int:
    from extract import evaluation as ev

    gold, pred = Path(args.gold), Path(args.pred)
    if not gold.exists():
        _err(f"{gold}: no such file or folder")
        return EXIT_USAGE
    pairs = ([(g, pred / g.name.replace(".gold.json", ".json")) for g in sorted(gold.glob("*.gold.json"))]
             if gold.is_dir() else [(gold, pred)])
    if not pairs:
        _err(f"{gold}: no *.gold.json files")
        return EXIT_USAGE
    tallies: dict = {}
    missing = 0
    score = ev.score_coverage if args.coverage else ev.score_document
    for g, p in pairs:
        try:
            predicted = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            missing += 1
            predicted = {}
        try:
            expected = json.loads(g.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:  # a gold file is hand-written: name it, no traceback
            _err(f"{g}: unreadable gold file ({str(err)[:120]})")
            return EXIT_UNREADABLE
        score(expected, predicted, tallies)
    figs = ev.figures(tallies)
    print(ev.format_table(figs))
    print(f"documents: {len(pairs)}, unreadable or missing predictions: {missing}")
    print(json.dumps({"documents": len(pairs), "missing": missing,
                      "f1": {k: v["f1"] for k, v in figs.items()}}, ensure_ascii=False))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from extract.contract import Coverage, Document

    schema = {"document": Document.model_json_schema(), "coverage": Coverage.model_json_schema()}
    print(json.dumps(schema if args.which == "all" else schema[args.which], ensure_ascii=False, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vanban", description="Vietnamese official documents → structure.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse a file (JSON on stdout) or a folder (--out DIR)")
    p.add_argument("path")
    p.add_argument("--out", help="output file (one input) or folder (folder input)")
    p.add_argument("--max-pages", type=int, default=500, help="refuse files with more pages (default 500)")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("eval", help="score predictions against gold files")
    p.add_argument("gold", help="a *.gold.json file or a folder of them")
    p.add_argument("pred", help="the prediction file, or the folder with X.json for each X.gold.json")
    p.add_argument("--coverage", action="store_true", help="score coverage objects")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("schema", help="print the contract's JSON Schema")
    p.add_argument("which", nargs="?", choices=["document", "coverage", "all"], default="all")
    p.set_defaults(func=cmd_schema)

    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


def _register_optional() -> list:
    """Commands that live in their own modules (coverage, serve, worker)."""
    found = []
    for module_name in ("api.cli_coverage", "api.cli_serve"):
        try:
            module = __import__(module_name, fromlist=["register"])
        except ModuleNotFoundError as err:
            if err.name != module_name:
                raise
            continue
        found.append(module.register)
    return found


_EXTRA_COMMANDS = _register_optional()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
