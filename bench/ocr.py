"""OCR speed, memory and character error rate, beside bare Tesseract in the same run.

    .venv/bin/python bench/ocr.py [--files NAME ...] [--no-cer] [--json]

For the scanned samples (samples/scans/*.pdf, image-only copies of
samples/pdf) it measures, each mode in a fresh subprocess so its peak memory
is its own:

* ``vanban``  — ``parsers.ocr_pool.load_many(scans)``: for each scan what
  ``parsers.load`` does (render, prepare: seal drop, 300 dpi, even light,
  median, deskew; Tesseract TSV; repair; layout model), with every document's
  pages in one pool over the cores (a few documents load at once), the
  scheduling of a folder run;
* ``vanban-per-doc`` — ``parsers.load(scan)`` file after file: a document's
  pages in parallel, then the next (``vanban parse FILE``, one file at a time);
* ``bare``    — ``tesseract PAGE.png stdout -l vie`` on the same pages rendered
  at 300 dpi beforehand (rendering is not timed), the pages run in parallel
  over the same cores with ``OMP_THREAD_LIMIT=1`` (the stack notes' fastest
  setting) — what Tesseract alone costs on the pixels vanban OCRs;
* ``bare-per-doc`` — the same, document by document (a document's pages in
  parallel, then the next), the scheduling of ``vanban-per-doc``: a 2-page
  document whose second page is a short footer leaves a core idle;
* ``bare-native`` — the same at the scan's own resolution (150–200 dpi), for
  information: fewer pixels, so faster, and less accurate on tone marks;
* ``vanban-cli`` — ``vanban`` with ``VANBAN_OCR_ENGINE=cli``: the ``tesseract``
  command for every page and second reading instead of the in-process engine
  (``parsers.tess_api``), one run, for information.

Modes alternate over ``--repeat`` runs and each keeps its fastest run (the
machine is shared; a load spike in one run would otherwise decide the ratio).

It prints seconds per page (wall clock), CPU seconds per page (the process and
every child it waited for: page workers, Tesseract; from the same start as
the clock, after imports), the ratios vanban / bare and vanban-per-doc / bare-per-doc (same
pixels, same scheduling), and the peak RSS of the Python process and of its
largest child (a forked page worker or Tesseract). The target is total ≤ 1.2×
bare; nothing passes or fails by the clock.

CER: for every scan, the text of its layout (blocks joined in reading order)
against the text of the digital PDF's layout (same pipeline, text layer), as
Levenshtein distance / length of the digital text
(``rapidfuzz.distance.Levenshtein``), per document and over all characters;
also for the phone photo (samples/scans/*.jpg, page 1 of its digital twin).
The target is ≤ 2 %.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "samples/scans"
DIGITAL = ROOT / "samples/pdf"


def _cpu() -> float:
    """CPU seconds of this process and every descendant it waited for (workers, Tesseract): the
    work done, which other sessions' load on the shared cores changes far less than wall time."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _rusage(cpu_start: float) -> dict:
    """Peak RSS of this process (VmHWM: ru_maxrss survives exec and would report the parent's) and
    of its largest child (Tesseract, or a forked page worker)."""
    own = 0.0
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                own = int(line.split()[1]) / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": round(own, 1), "child_peak_mb": round(kids, 1), "cpu": round(_cpu() - cpu_start, 2)}


def _worker_vanban(files: list[str], pooled: bool) -> dict:
    sys.path.insert(0, str(ROOT))
    from parsers import load
    from parsers.ocr_pool import load_many

    pages = 0
    start, cpu_start = time.perf_counter(), _cpu()
    if pooled:
        for _, layout in load_many(files):
            if isinstance(layout, Exception):
                raise layout
            pages += len(layout.pages)
    else:
        for f in files:
            pages += len(load(f).pages)
    return {"seconds": time.perf_counter() - start, "pages": pages, **_rusage(cpu_start)}


def _worker_bare(images: list[str]) -> dict:
    """Tesseract alone over the cores. "--" between documents makes it run document by
    document (pages of one document in parallel, then the next), as ``vanban parse`` does."""
    from concurrent.futures import ThreadPoolExecutor

    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(path: str) -> None:
        subprocess.run(["tesseract", path, "stdout", "-l", "vie"], capture_output=True, check=True, env=env)

    groups: list[list[str]] = [[]]
    for item in images:
        if item == "--":
            groups.append([])
        else:
            groups[-1].append(item)
    start, cpu_start = time.perf_counter(), _cpu()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for group in groups:
            list(pool.map(one, group))
    pages = sum(len(g) for g in groups)
    return {"seconds": time.perf_counter() - start, "pages": pages, **_rusage(cpu_start)}


def _run(mode: str, args: list[str], env: dict | None = None) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", mode, *args], capture_output=True, text=True,
                         check=True, env={**os.environ, **(env or {})})
    return json.loads(out.stdout.strip().splitlines()[-1])


def render_pages(files: list[Path], folder: Path, native: bool = False) -> list[str]:
    """Every page of the scans as a PNG for bare Tesseract (not timed): at 300 dpi, the
    resolution vanban OCRs at, or at the scan's own resolution (``native``)."""
    import pypdfium2 as pdfium

    sys.path.insert(0, str(ROOT))
    from parsers.ocr import _native_dpi

    out = []
    for f in files:
        doc = pdfium.PdfDocument(str(f))
        for i in range(len(doc)):
            page = doc[i]
            dpi = _native_dpi(page, *page.get_size()) if native else 300
            path = folder / f"{f.stem}-{i + 1}{'-native' if native else ''}.png"
            page.render(scale=dpi / 72).to_pil().convert("L").save(path, dpi=(round(dpi), round(dpi)))
            out.append(str(path))
        doc.close()
    return out


def cer(files: list[Path]) -> dict:
    """CER of each scan's layout text against its digital twin's layout text."""
    sys.path.insert(0, str(ROOT))
    from rapidfuzz.distance import Levenshtein

    from parsers import load

    def text(pages) -> str:
        return " ".join(b.text for p in pages for b in p.blocks)

    rows, errors, chars = {}, 0, 0
    for f in files:
        twin = DIGITAL / f"{f.stem}.pdf"
        if not twin.exists():
            continue
        ref_layout = load(twin)
        scan = load(f)
        ref = text(ref_layout.pages if f.suffix == ".pdf" else ref_layout.pages[:1])
        got = text(scan.pages)
        e = Levenshtein.distance(ref, got)
        rows[f.name] = round(e / max(1, len(ref)), 4)
        errors, chars = errors + e, chars + len(ref)
    return {"documents": rows, "overall": round(errors / max(1, chars), 4)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", nargs="*", help="sample names (default: every scan)")
    parser.add_argument("--no-cer", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeat", type=int, default=2, help="runs per mode, alternating (fastest kept)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        result = (_worker_bare(args.rest) if args.worker == "bare"
                  else _worker_vanban(args.rest, pooled=args.worker == "vanban"))
        print(json.dumps(result))
        return 0

    files = sorted(SCANS.glob("*.pdf"))
    if args.files:
        files = [f for f in files if f.stem in args.files]
    report: dict = {"cores": os.cpu_count(), "documents": len(files)}
    if not args.no_speed:
        with tempfile.TemporaryDirectory() as tmp:
            images = render_pages(files, Path(tmp))
            native = render_pages(files, Path(tmp), native=True)
            per_doc: list[str] = []
            for f in files:
                per_doc += [p for p in images if Path(p).name.startswith(f"{f.stem}-")] + ["--"]
            inputs = {"bare": ("bare", images), "bare-per-doc": ("bare", per_doc),
                      "vanban": ("vanban", [str(f) for f in files]),
                      "vanban-per-doc": ("vanban-per-doc", [str(f) for f in files])}
            runs: dict[str, list[dict]] = {mode: [] for mode in (*inputs, "bare-native")}
            # Alternate the modes and keep each one's fastest run: the machine is shared,
            # and a load spike during one mode would otherwise decide the ratio.
            for k in range(args.repeat):
                order = list(inputs) if k % 2 == 0 else list(reversed(inputs))
                for mode in order:
                    runs[mode].append(_run(*inputs[mode]))
            runs["bare-native"].append(_run("bare", native))
            # vanban with the tesseract command for every page and every second reading
            # (as before parsers.tess_api): where the in-process engine's gain comes from.
            runs["vanban-cli"] = [_run("vanban", [str(f) for f in files], {"VANBAN_OCR_ENGINE": "cli"})]
        for mode, results in runs.items():
            best = min(results, key=lambda r: r["seconds"])
            report[mode] = {**best, "s_per_page": round(best["seconds"] / best["pages"], 3),
                            "cpu_per_page": round(best["cpu"] / best["pages"], 3),
                            "runs": [round(r["seconds"], 2) for r in results]}
        report["ratio"] = round(report["vanban"]["seconds"] / report["bare"]["seconds"], 2)
        report["ratio_native"] = round(report["vanban"]["seconds"] / report["bare-native"]["seconds"], 2)
        report["ratio_per_doc"] = round(report["vanban-per-doc"]["seconds"] / report["bare-per-doc"]["seconds"], 2)
        report["cpu_ratio"] = round(report["vanban"]["cpu_per_page"] / report["bare"]["cpu_per_page"], 2)
        report["ratio_cli"] = round(report["vanban-cli"]["seconds"] / report["bare"]["seconds"], 2)
    if not args.no_cer:
        report["cer"] = cer(files + sorted(SCANS.glob("*.jpg")))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    if "ratio" in report:
        print(f"{report['documents']} scanned documents, {report['vanban']['pages']} pages, {report['cores']} cores")
        for mode in ("bare", "vanban", "bare-per-doc", "vanban-per-doc", "bare-native", "vanban-cli"):
            r = report[mode]
            print(f"  {mode:14s} {r['seconds']:7.1f} s  {r['s_per_page']:6.2f} s/page  cpu {r['cpu_per_page']:5.2f} s/page"
                  f"  peak {r['peak_mb']:6.1f} MB"
                  f"  (largest child {r['child_peak_mb']:.1f} MB)  runs {r['runs']}")
        print(f"  vanban / bare at 300 dpi (the same pixels, pages pooled over the cores) = "
              f"{report['ratio']:.2f}× (target ≤ 1.2×)")
        print(f"  vanban-per-doc / bare-per-doc (same pixels, document by document) = "
              f"{report['ratio_per_doc']:.2f}×")
        print(f"  CPU per page, vanban / bare = {report['cpu_ratio']:.2f}× (the work; wall-clock ratios also "
              f"depend on what else ran on the cores)")
        print(f"  vanban / bare at the scan's own resolution = {report['ratio_native']:.2f}× (for information)")
        print(f"  vanban with the tesseract command per page / bare = {report['ratio_cli']:.2f}× (one run, "
              f"for information: the model loaded for every page and every second reading)")
    if "cer" in report:
        print("CER against the digital text (target ≤ 2 %):")
        for name, value in report["cer"]["documents"].items():
            print(f"  {name:42s} {100 * value:5.2f} %")
        print(f"  {'all characters':42s} {100 * report['cer']['overall']:5.2f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
