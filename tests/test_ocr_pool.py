"""Several files loaded with their OCR pages in one pool: same layouts as one by one, in order."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from parsers import Layout, UnreadableDocument, load
from parsers import ocr as ocr_module
from parsers.ocr import PageJob, run_jobs, shared_pool
from parsers.ocr_pool import load_many

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "samples/scans"
DIGITAL = ROOT / "samples/pdf"


def _text(layout: Layout) -> list[str]:
    return [b.text for p in layout.pages for b in p.blocks]


@pytest.mark.slow
def test_pooled_layouts_equal_one_by_one() -> None:
    """Two 1-page scans around a digital PDF: the layouts are those ``load`` gives, in input order."""
    files = [SCANS / "s09_cv_ubnd_gialai_khan.pdf", DIGITAL / "s07_kh_ubnd_ninhkieu.pdf",
             SCANS / "p06_cv_dangu_hongan_2026.pdf"]
    pooled = list(load_many(files))
    assert [p for p, _ in pooled] == files
    for path, layout in pooled:
        assert isinstance(layout, Layout)
        assert _text(layout) == _text(load(path))
    assert [layout.pages[0].ocr for _, layout in pooled] == [True, False, True]


def test_a_bad_file_is_reported_in_its_place(tmp_path: Path) -> None:
    """A broken PDF between two good files: its exception comes back in its place, the rest are read."""
    first, broken, last = tmp_path / "a.txt", tmp_path / "b.pdf", tmp_path / "c.txt"
    first.write_text("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\n",
                     encoding="utf-8")
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF-not-really")
    last.write_text("BỘ Y TẾ\n\nCÔNG VĂN\nV/v tăng cường phòng, chống dịch bệnh\n", encoding="utf-8")
    results = list(load_many([first, broken, last], ahead=1))
    assert [p for p, _ in results] == [first, broken, last]
    assert isinstance(results[1][1], UnreadableDocument)
    assert "TỈNH NGHỆ AN" in " ".join(_text(results[0][1]))
    assert "phòng, chống dịch bệnh" in " ".join(_text(results[2][1]))


def test_a_closed_shared_pool_falls_back_to_a_private_one(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    """A shared pool that broke (a worker died) must not sink later documents: they get their own pool."""
    dead = ThreadPoolExecutor(max_workers=1)
    dead.shutdown()
    monkeypatch.setattr(ocr_module, "_shared", dead)
    missing = str(tmp_path / "gone.png")
    results = run_jobs([PageJob(1, missing, "image", 0, 5.0)])
    assert len(results) == 1 and results[0].number == 1
    assert results[0].error == f"OCR failed (file not found: {missing})"


def test_shared_pool_is_set_inside_and_cleared_after() -> None:
    with shared_pool(2) as pool:
        assert ocr_module._shared is pool
        with shared_pool() as inner:  # nested: the outer pool is reused
            assert inner is pool
        assert ocr_module._shared is pool
    assert ocr_module._shared is None
