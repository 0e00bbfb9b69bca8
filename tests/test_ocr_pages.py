"""Scanned PDFs: which pages need OCR, and OCR'd pages in the same layout model as digital ones."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from parsers import load
from parsers.ocr import PageJob, ocr_pdf_pages, run_jobs
from parsers.pdf_textlayer import needs_ocr
from parsers.pdf_words import PdfSource

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "samples/scans"
DIGITAL = ROOT / "samples/pdf"


def _needs(path: Path) -> list[bool]:
    with PdfSource(path, path.name, 500) as src:
        return [needs_ocr(*reversed(src.read(i))) for i in range(src.page_count)]


def test_text_layer_detection_on_samples() -> None:
    """Digital sample pages have a usable text layer; their scanned copies have none."""
    name = "s01_ct_ubnd_haiphong"
    assert _needs(DIGITAL / f"{name}.pdf") == [False, False]
    assert _needs(SCANS / f"{name}.pdf") == [True, True]


def test_text_layer_detection_on_real_scans(real_docs: Path) -> None:
    """Real scans: a JBIG2 scan with an e-signature stamp, a CCITT scan with a signed-PDF stamp."""
    assert all(_needs(real_docs / "cv_cucthue_2191_scan.pdf"))
    with PdfSource(real_docs / "vbhn_bqp_46_2026_scan.pdf", "vbhn", 500) as src:
        assert all(needs_ocr(*reversed(src.read(i))) for i in (0, 12, 25))
    # A real digital PDF: text everywhere.
    with PdfSource(real_docs / "nd_cp_45_2026_digital.pdf", "nd", 500) as src:
        assert not any(needs_ocr(*reversed(src.read(i))) for i in (0, 1, 54))


@pytest.mark.slow
def test_only_pages_without_text_are_ocred(tmp_path: Path) -> None:
    """A PDF with a digital page 1 and a scanned page 2: OCR reads page 2 only."""
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(str(DIGITAL / "s07_kh_ubnd_ninhkieu.pdf")), [0])
    mixed.import_pages(pdfium.PdfDocument(str(SCANS / "s07_kh_ubnd_ninhkieu.pdf")), [1])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    layout = load(path)
    assert [p.ocr for p in layout.pages] == [False, True]
    assert layout.ocr
    assert any(r.kind == "ocr" and "[2]" in r.detail for r in layout.repairs)
    page1 = [ln.confidence for b in layout.pages[0].blocks for ln in b.lines]
    page2 = [ln.confidence for b in layout.pages[1].blocks for ln in b.lines]
    assert set(page1) == {None}  # a text layer has no OCR confidence
    assert page2 and all(0 < c <= 1 for c in page2)
    assert "Nơi nhận:" in " ".join(b.text for b in layout.pages[1].blocks)


@pytest.mark.slow
def test_scanned_page_keeps_the_two_column_header() -> None:
    """Header of a degraded scan (rotation, seal, JPEG): columns, boxes in points, repaired motto."""
    pages = ocr_pdf_pages(SCANS / "s01_ct_ubnd_haiphong.pdf", [1])
    assert not pages.failures
    (page,) = pages
    assert page.ocr and page.number == 1 and 590 < page.width < 600
    left = [b.text for b in page.blocks if b.column == 0]
    right = [b.text for b in page.blocks if b.column == 1]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right
    assert "Độc lập - Tự do - Hạnh phúc" in right
    assert any(t.startswith("Số:") and "/CT-UBND" in t for t in left)
    for b in page.blocks:
        x0, top, x1, bottom = b.bbox
        assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height


@pytest.mark.slow
def test_a_page_that_times_out_fails_alone() -> None:
    """One page over its time limit: that page fails with the reason, the other is read."""
    path = str(SCANS / "s07_kh_ubnd_ninhkieu.pdf")
    seen: list[tuple[int, int]] = []
    results = run_jobs([PageJob(1, path, "pdf", 0, 0.05), PageJob(2, path, "pdf", 1, 60)],
                       progress=lambda done, total: seen.append((done, total)))
    assert results[0].error == "OCR timed out after 0.05 s"
    assert results[1].error is None and len(results[1].words) > 20
    assert seen == [(1, 2), (2, 2)]


@pytest.mark.slow
def test_real_scan_header_and_footer(real_docs: Path) -> None:
    """cv_cucthue_2191 pages 1 and 4 (bilevel JBIG2 at 200 dpi, black seal, handwritten number/date).

    What a bilevel scan allows: the printed header and footer. The handwritten
    number and day ("2191", "08") are not read — the gold keeps them, the
    parser must not invent them.
    """
    from extract import extract_document
    from parsers.layout import Layout

    pages = ocr_pdf_pages(real_docs / "cv_cucthue_2191_scan.pdf", [1, 4])
    assert [p.number for p in pages] == [1, 4] and not pages.failures
    doc = extract_document(Layout("cv.pdf", "application/pdf", list(pages), page_count=4))
    assert doc.issuer.name == "CỤC THUẾ" and doc.issuer.parent == "BỘ TÀI CHÍNH"
    names = [r.name for r in doc.recipients]
    assert "Như trên" in names and "Ban PC" in names
    assert doc.signers and doc.signers[0].authority.startswith("TL. CỤC")
    assert doc.number_symbol in (None, "2191/CT-CS")  # never a made-up symbol
