"""Tesseract in process (parsers.tess_api) reads exactly what the command reads, keeps the
time limit, and stays quiet on the terminal."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from parsers import ocr, tess_api
from parsers.image_prep import prepare

SCANS = Path(__file__).resolve().parents[1] / "samples/scans"
pytestmark = pytest.mark.skipif(not tess_api.available(), reason="libtesseract.so.5 not installed")


def _words(tsv: str) -> list[tuple[str, ...]]:
    return [(r["level"], r["left"], r["top"], r["width"], r["height"], r["text"])
            for r in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)]


@pytest.fixture(scope="module")
def page():
    image, dpi, _ = ocr._load_image(ocr.PageJob(2, str(SCANS / "s08_khlt_sgddt_syt_thainguyen.pdf"), "pdf", 1, 60.0))
    return prepare(image, dpi).image


def test_same_words_as_the_command(page, monkeypatch) -> None:
    api = tess_api.read_tsv(page, lang="vie", psm=3, dpi=300, timeout=60)
    monkeypatch.setattr(ocr, "_USE_API", False)
    cli = ocr.run_tesseract(page, 60)
    assert _words(api) == _words(cli)
    assert any(w[-1] == "Nhung" for w in _words(api))
    # one line read again, in process and by the command, gives the same words too
    cut = page.crop((1400, 700, 2100, 860))
    assert _words(ocr.run_tesseract_many([cut], 60, psm=7)[0]) == _words(
        tess_api.read_tsv(cut, lang="vie", psm=7, dpi=300, timeout=60))


def test_deadline_stops_a_page(page) -> None:
    with pytest.raises(TimeoutError):
        tess_api.read_tsv(page, lang="vie", psm=3, dpi=300, timeout=0.05)
    # ...and the engine still reads the next page
    assert "Nhung" in tess_api.read_tsv(page, lang="vie", psm=3, dpi=300, timeout=60)


def test_library_notes_do_not_reach_the_terminal(capfd) -> None:
    # The Nam Đàn report's page 2 has a tangled line whose second reading made the
    # library print "Detected 53 diacritics" on the terminal.
    result = ocr.ocr_page(ocr.PageJob(2, str(SCANS / "s10_bc_ubnd_namdan.pdf"), "pdf", 1, 60.0))
    assert result.error is None and any(w.text == "UBND" for w in result.words)
    assert capfd.readouterr().err == ""
