"""Parsing speed and memory, as ratios against bare text extraction in the same run.

    .venv/bin/python bench/parse.py [--files samples] [--repeat 3]

For every sample PDF and DOCX it times, in a fresh subprocess each (so peak
memory is that mode's own):

* ``full``      — vanban's whole job: ``extract_document(load(path))``
* ``layout``    — the parser alone: ``load(path)`` (layout model)
* ``bare-pdf``  — pdfplumber's ``page.extract_text()`` on every page: the baseline
* ``bare-pdfium`` — pypdfium2's text extraction: what the hot path could reach
* ``bare-docx`` — python-docx paragraphs and table cells: the DOCX baseline

and prints pages per second, peak RSS, and the ratio full / bare. DOCX has no
pages; its twin PDF (same sample, same source) gives the page count. The
target in issue 2 is full ≤ 2× bare. Nothing here passes or fails by the clock.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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
    return {"seconds": seconds, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _measure(mode: str, files: list[Path], repeat: int) -> dict:
    names = [str(f) for f in files]
    code = (f"import json,sys; sys.path.insert(0, {str(ROOT)!r}); from bench.parse import _worker; "
            f"print(json.dumps(_worker({mode!r}, {names!r}, {repeat})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
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
    args = parser.parse_args()
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
        baseline = results["bare-pdf" if fmt == "PDF" else "bare-docx"]["seconds"]
        for m, r in results.items():
            rows.append((fmt, m, len(files), pages, r["seconds"], pages / r["seconds"] if r["seconds"] else 0,
                         r["peak_rss_mb"], r["seconds"] / baseline))
    print(f"{'format':6} {'mode':12} {'files':>5} {'pages':>5} {'seconds':>8} {'pages/s':>8} "
          f"{'peak MB':>8} {'× bare':>7}")
    for fmt, m, n, pages, s, pps, mb, ratio in rows:
        print(f"{fmt:6} {m:12} {n:>5} {pages:>5} {s:>8.3f} {pps:>8.1f} {mb:>8.0f} {ratio:>7.2f}")
    print(json.dumps([dict(zip(("format", "mode", "files", "pages", "seconds", "pages_per_s", "peak_rss_mb",
                                "ratio_to_bare"), r, strict=True)) for r in rows]))
    print("unstructured (strategy='fast'): not measured here — its PDF extra pulls a CUDA torch build "
          "(~7 GB) and its DOCX path downloads a spaCy model at run time (see ../shared/notes/stack.md).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
