"""Several files loaded at once, their OCR pages sharing one pool of workers.

``parsers.load`` reads one document: its scanned pages run in parallel over
the cores, then it returns. Over a folder that leaves a core idle at the end
of every document (a 1-page letter, a 2-page document whose second page is a
short footer). :func:`load_many` keeps a few documents loading in threads
while every OCR page goes to one shared pool (:func:`parsers.ocr.shared_pool`),
so the next document's pages fill the gaps, as a pool of bare Tesseract runs
over the whole folder would. Results come back in input order.

Only ``load`` runs in the threads (reading a text layer, building the layout
model: pdfplumber, pure Python, one document per thread; pdfium runs only in
the page workers). What the caller does with each layout (``extract/``) stays
in the caller's thread.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from parsers import Layout, Limits, load
from parsers.ocr import shared_pool


def load_many(paths: Iterable[str | Path], limits: Limits | None = None, *,
              ahead: int | None = None) -> Iterator[tuple[Path, Layout | Exception]]:
    """``(path, layout)`` for every path, in order; a file that fails gives its exception instead.

    ``ahead`` documents load at once (default: one more than the cores, so a
    document being read or assembled in the parent does not leave a worker
    waiting); at most twice that many are submitted, which bounds how many
    finished layouts wait in memory for a slow caller.
    """
    items = [Path(p) for p in paths]
    ahead = max(1, ahead or (os.cpu_count() or 1) + 1)

    def one(path: Path) -> Layout:
        return load(path, limits) if limits is not None else load(path)

    with shared_pool(), ThreadPoolExecutor(max_workers=ahead, thread_name_prefix="vanban-load") as loaders:
        pending: deque[tuple[Path, Future[Layout]]] = deque()
        queue = iter(items)
        try:
            for path in itertools.islice(queue, 2 * ahead):
                pending.append((path, loaders.submit(one, path)))
            while pending:
                path, fut = pending.popleft()
                try:
                    result: Layout | Exception = fut.result()
                except Exception as err:  # UnreadableDocument or a crash: the caller reports it and goes on
                    result = err
                nxt = next(queue, None)
                if nxt is not None:
                    pending.append((nxt, loaders.submit(one, nxt)))
                yield path, result
        finally:  # the caller stopped early: documents not started are not loaded
            for _, fut in pending:
                fut.cancel()
