"""Time `unstructured` on the sample files; runs in its own venv, never in the project's.

    var/bench-venvs/unstructured/bin/python bench/unstructured_runner.py {pdf|docx} [--repeat 3] FILE...

bench/parse.py starts this in a fresh subprocess per format (so peak memory is
unstructured's own) and reads the JSON it prints last. It imports nothing from
vanban: unstructured lives in var/bench-venvs/unstructured, built by
bench/setup_unstructured.sh, because it must stay out of the project's
requirements (its ``[pdf]`` extra pulls a CUDA torch build).

What is called, with the library's defaults otherwise:

* PDF:  ``partition_pdf(path, strategy="fast")`` (pdfminer text, no OCR, no layout model)
* DOCX: ``partition_docx(path)``

Honesty guards, because unstructured swallows its own failures:

* Every DNS lookup is refused and counted (``network_attempts``): nothing may be
  downloaded at run time. Without a local ``en_core_web_sm`` it tries to fetch
  one, fails, logs it at DEBUG and partition_pdf returns no elements at all.
* Its log records that say something failed are returned (``failures``), and
  the element and character counts are returned, so an empty result shows as
  empty rather than as fast.
"""

from __future__ import annotations

import os
import sys

# bench/ holds coverage.py, which would shadow the `coverage` package that numba (under unstructured)
# imports: drop this script's folder from the import path.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

# Set before unstructured is imported: it sends an analytics ping at import time unless opted out.
for _name in ("DO_NOT_TRACK", "SCARF_NO_ANALYTICS", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE",
              "UNSTRUCTURED_DISABLE_NOTICE"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import importlib.metadata  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import resource  # noqa: E402
import socket  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402

_NETWORK_ATTEMPTS: list[str] = []


def _refuse_lookup(host, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Stands in for socket.getaddrinfo: a run-time download must fail loudly, not silently."""
    _NETWORK_ATTEMPTS.append(str(host))
    raise OSError(f"bench: network lookup of {host!r} refused (nothing may download at run time)")


class _FailureLog(logging.Handler):
    """Keeps unstructured's log lines that report a failure; it logs them instead of raising."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.messages: dict[str, int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if "fail" in msg.lower() or record.levelno >= logging.ERROR:
            key = msg[:160]
            self.messages[key] = self.messages.get(key, 0) + 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("format", choices=("pdf", "docx"))
    parser.add_argument("files", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    socket.getaddrinfo = _refuse_lookup
    failures = _FailureLog()
    log = logging.getLogger("unstructured")
    log.addHandler(failures)
    log.setLevel(logging.DEBUG)
    log.propagate = False  # its DEBUG chatter must not reach stderr; the handler above keeps what matters
    warnings.simplefilter("ignore")  # the stand-in spaCy model's version warning, pdfminer's font notes

    # Imported here so that import time is outside the timing, as in bench/parse.py.
    from unstructured.partition.docx import partition_docx
    from unstructured.partition.pdf import partition_pdf

    if args.format == "pdf":
        def run(path: str) -> list:
            return partition_pdf(path, strategy="fast")
    else:
        def run(path: str) -> list:
            return partition_docx(path)

    run(args.files[0])  # warm-up: loads the spaCy pipeline, lazy imports
    started = time.perf_counter()
    for _ in range(args.repeat):
        for f in args.files:
            run(f)
    seconds = (time.perf_counter() - started) / args.repeat
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # Output size, counted after the timing: one more pass, its objects dropped file by file.
    items = chars = empty_files = 0
    for f in args.files:
        elements = run(f)
        items += len(elements)
        chars += sum(len(e.text or "") for e in elements)
        empty_files += not elements
    # Which spaCy pipeline unstructured ran with: the stand-in has no tagger or parser, so its
    # element classes differ from a real en_core_web_sm run and its NLP costs less.
    import spacy

    model = spacy.load("en_core_web_sm")
    spacy_model = f"{model.meta.get('name')} {model.meta.get('version')} pipes={','.join(model.pipe_names)}"
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak, "items": items, "chars": chars,
                      "empty_files": empty_files, "network_attempts": sorted(set(_NETWORK_ATTEMPTS)),
                      "failures": failures.messages, "version": importlib.metadata.version("unstructured"),
                      "spacy_model": spacy_model}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
