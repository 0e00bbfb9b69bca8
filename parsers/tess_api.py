"""Tesseract through its C API (``libtesseract.so.5``, installed with ``tesseract-ocr``).

Why: the ``tesseract`` command loads the Vietnamese model again for every page
(≈ 75 ms of CPU, a tenth of reading a page), and again for every second
reading of a line. One engine per worker process keeps the model loaded.
Same engine, same settings (page mode, 300 dpi) as the command, so the same
words come out; ``bench/ocr.py`` compares both.

The time limit per page stays: Tesseract's progress monitor stops the
recognition at a deadline, and the page then fails with ``TimeoutError``.
When the library cannot be loaded, :func:`available` is False and callers
use the command.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import threading
import time

from PIL import Image

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
_state = threading.local()  # one engine per thread: a TessBaseAPI is not thread-safe
_lib: ctypes.CDLL | None = None
_load_failed = False
_lock = threading.Lock()


def _library() -> ctypes.CDLL | None:
    global _lib, _load_failed
    with _lock:
        if _lib is not None or _load_failed:
            return _lib
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # as for the command: pages run in parallel already
        try:
            lib = ctypes.CDLL(ctypes.util.find_library("tesseract") or "libtesseract.so.5")
        except OSError:
            _load_failed = True
            return None
        p, i, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
        for name, args, res in (
            ("TessBaseAPICreate", [], p), ("TessBaseAPIDelete", [p], None),
            ("TessBaseAPIInit3", [p, s, s], i), ("TessBaseAPISetPageSegMode", [p, i], None),
            ("TessBaseAPISetImage", [p, p, i, i, i, i], None), ("TessBaseAPISetSourceResolution", [p, i], None),
            ("TessBaseAPIRecognize", [p, p], i), ("TessBaseAPIGetTsvText", [p, i], p),
            ("TessBaseAPIClear", [p], None), ("TessDeleteText", [p], None),
            ("TessBaseAPISetVariable", [p, s, s], i),
            ("TessMonitorCreate", [], p), ("TessMonitorDelete", [p], None),
            ("TessMonitorSetDeadlineMSecs", [p, i], None),
        ):
            fn = getattr(lib, name, None)
            if fn is None:
                _load_failed = True
                return None
            fn.argtypes, fn.restype = args, res
        _lib = lib
        return lib


def available() -> bool:
    """The library loads (checked once)."""
    return _library() is not None


def _engine(lang: str):
    """This thread's engine, made on first use; a forked process makes its own."""
    lib = _library()
    if lib is None:
        raise OSError("libtesseract is not available")
    handle = getattr(_state, "handle", None)
    if handle is None or _state.pid != os.getpid() or _state.lang != lang:
        handle = lib.TessBaseAPICreate()
        if lib.TessBaseAPIInit3(handle, None, lang.encode()) != 0:
            lib.TessBaseAPIDelete(handle)
            raise RuntimeError(f"tesseract could not load the '{lang}' language data")
        # Tesseract's notes ("Detected 53 diacritics") go to stderr from inside the library;
        # the command's stderr was captured, the library's would reach the user's terminal.
        lib.TessBaseAPISetVariable(handle, b"debug_file", os.devnull.encode())
        _state.handle, _state.pid, _state.lang = handle, os.getpid(), lang
        _made.append((os.getpid(), handle))
    return lib, handle


_made: list[tuple[int, int]] = []  # (pid, engine) made here, freed at exit (else Tesseract warns of leaks)


@atexit.register
def _free() -> None:
    if _lib is None:
        return
    for pid, handle in _made:
        if pid == os.getpid():
            _lib.TessBaseAPIDelete(handle)
    _made.clear()


def read_tsv(image: Image.Image, *, lang: str, psm: int, dpi: int, timeout: float) -> str:
    """Tesseract's TSV for one grey image (with the header line the command writes)."""
    lib, handle = _engine(lang)
    grey = image if image.mode == "L" else image.convert("L")
    data = grey.tobytes()
    monitor = lib.TessMonitorCreate()
    try:
        lib.TessBaseAPISetPageSegMode(handle, psm)
        lib.TessBaseAPISetImage(handle, data, grey.width, grey.height, 1, grey.width)
        lib.TessBaseAPISetSourceResolution(handle, dpi)
        lib.TessMonitorSetDeadlineMSecs(monitor, max(1, int(timeout * 1000)))
        start = time.monotonic()
        status = lib.TessBaseAPIRecognize(handle, monitor)
        if time.monotonic() - start >= timeout:
            raise TimeoutError(f"OCR timed out after {timeout:g} s")
        if status != 0:
            raise RuntimeError(f"tesseract could not read the page (status {status})")
        text_ptr = lib.TessBaseAPIGetTsvText(handle, 0)
        try:
            text = ctypes.string_at(text_ptr).decode("utf-8", "replace") if text_ptr else ""
        finally:
            if text_ptr:
                lib.TessDeleteText(text_ptr)
    finally:
        lib.TessBaseAPIClear(handle)
        lib.TessMonitorDelete(monitor)
    return HEADER + "\n" + text
