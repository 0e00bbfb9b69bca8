"""Image inputs: bad images are refused with a reason; good ones are read by OCR into the layout model."""

from __future__ import annotations

import io
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image

from parsers import Limits, UnreadableDocument, load

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "samples/scans"


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares width × height but carries one compressed row: a few hundred bytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    row = b"\x00" + b"\xff" * ((width + 7) // 8) if width else b""
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(row, 9))
            + _png_chunk(b"IEND", b""))


def test_decompression_bomb_is_refused_from_the_header(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header_only(20_000, 20_000))
    assert bomb.stat().st_size < 10_000
    start = time.perf_counter()
    with pytest.raises(UnreadableDocument) as err:
        load(bomb)
    assert time.perf_counter() - start < 2  # refused before anything is decoded
    assert "image too large" in str(err.value)
    assert "400,000,000 pixels" in str(err.value)
    assert err.value.filename == "bomb.png"


def test_pixel_limit_comes_from_limits(tmp_path: Path) -> None:
    page = tmp_path / "page.png"
    Image.new("L", (1000, 1000), 255).save(page)
    with pytest.raises(UnreadableDocument, match="image too large"):
        load(page, Limits(max_image_pixels=500_000))


def test_truncated_image_is_refused(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.effect_noise((600, 800), 60).convert("RGB").save(buf, "JPEG", quality=90)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 3])
    with pytest.raises(UnreadableDocument, match="truncated image"):
        load(cut)


def test_truncated_png_is_refused(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.effect_noise((600, 800), 60).save(buf, "PNG")
    cut = tmp_path / "cut.png"
    cut.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    with pytest.raises(UnreadableDocument) as err:
        load(cut)
    assert "truncated" in err.value.reason or "damaged" in err.value.reason


def test_zero_size_image_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "zero.png"
    empty.write_bytes(_png_header_only(0, 0))
    with pytest.raises(UnreadableDocument) as err:
        load(empty)
    assert "zero size" in err.value.reason or "damaged" in err.value.reason


def test_empty_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "scan.jpg"
    f.write_bytes(b"")
    with pytest.raises(UnreadableDocument, match="empty file"):
        load(f)


@pytest.mark.slow
def test_phone_photo_is_read_into_the_layout_model() -> None:
    """The phone-photo sample: perspective, shadow, red seal; header fields as in the gold."""
    from extract import extract_document

    layout = load(SCANS / "p02_cv_dangu_ninhbinh.jpg")
    assert layout.media_type == "image/jpeg" and layout.ocr and layout.page_count == 1
    blocks = list(layout.blocks())
    assert {b.column for b in blocks} >= {0, 1, None}  # header and footer zones keep their columns
    assert all(0 <= ln.confidence <= 1 for b in blocks for ln in b.lines)
    doc = extract_document(layout)
    assert doc.source.ocr is True
    assert doc.number_symbol == "125-CV/ĐU"
    assert doc.issuer.name == "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH"
    assert doc.date.isoformat() == "2025-12-10"
    # The name sits under the seal and the pen stroke: it must be read, if not letter-perfect.
    assert len(doc.signers) == 1 and doc.signers[0].title == "PHÓ BÍ THƯ"
    assert doc.signers[0].name and doc.signers[0].name.startswith("Bùi") and doc.signers[0].name.endswith("Hạnh")
    assert doc.confidence and 0.5 < doc.confidence["number_symbol"] <= 1


@pytest.mark.slow
def test_multipage_tiff_gives_one_page_per_frame(tmp_path: Path) -> None:
    """Two frames of a scanned sample, as a fax-style multi-page TIFF."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(SCANS / "s07_kh_ubnd_ninhkieu.pdf"))
    frames = [doc[i].render(scale=150 / 72).to_pil().convert("L") for i in range(2)]
    doc.close()
    tiff = tmp_path / "scan.tif"
    frames[0].save(tiff, save_all=True, append_images=frames[1:], dpi=(150, 150), compression="tiff_lzw")
    layout = load(tiff)
    assert layout.media_type == "image/tiff" and layout.page_count == 2
    assert [p.number for p in layout.pages] == [1, 2] and all(p.ocr for p in layout.pages)
    text = layout.text()
    assert "KẾ HOẠCH" in text and "Nơi nhận:" in text
