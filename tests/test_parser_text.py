"""The text backend: crawl markup (cells, bold/italic), paragraph rejoining, repair."""

from __future__ import annotations

import unicodedata

import pytest

from parsers import UnreadableDocument, load
from parsers.text_backend import layout_from_text

CRAWL = """|
**ỦY BAN NHÂN DÂN**
TỈNH HẢI DƯƠNG
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 15/CT-UBND
|
*Hải Dương, ngày 05
tháng 01 năm 2026*
|


**CHỈ THỊ**

Về tăng cường công tác phòng, chống dịch bệnh
mùa đông xuân 2025 - 2026

Thời gian qua, công tác phòng, chống dịch bệnh trên địa bàn tỉnh đã
đạt nhiều kết quả. Để chủ động phòng, chống dịch, Chủ tịch Ủy ban nhân
dân tỉnh yêu cầu:

1. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan theo dõi chặt
chẽ tình hình dịch bệnh, báo cáo trước ngày 20/01/2026.
2. Ủy ban nhân dân các xã, phường triển khai các biện pháp phòng,
chống dịch tại địa phương.

|
*Nơi nhận**:*
- Bộ Y tế (để báo cáo);
- Lưu: VT, VX.
|
**TM. ỦY BAN NHÂN
DÂN**
CHỦ TỊCH
**Nguyễn Văn An**
|
"""


def blocks_of(text: str):
    return list(layout_from_text(text).blocks())


def test_header_cells_get_columns_and_styles():
    blocks = blocks_of(CRAWL)
    first = blocks[:6]
    assert [b.text for b in first] == [
        "ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 15/CT-UBND", "Hải Dương, ngày 05 tháng 01 năm 2026",
    ]
    assert [b.column for b in first] == [0, 0, 1, 1, 0, 1]
    assert [(b.cell.row, b.cell.col) for b in first] == [(0, 0), (0, 0), (0, 1), (0, 1), (1, 0), (1, 1)]
    assert first[0].bold and not first[1].bold
    assert first[2].bold, "a bold run wrapped over two lines is one bold block"
    assert first[5].italic


def test_body_paragraphs_rejoin_hard_wraps_and_split_items():
    texts = [b.text for b in blocks_of(CRAWL) if b.cell is None]
    assert texts[0] == "CHỈ THỊ"
    assert texts[1] == "Về tăng cường công tác phòng, chống dịch bệnh mùa đông xuân 2025 - 2026"
    assert texts[2].startswith("Thời gian qua") and texts[2].endswith("yêu cầu:")
    assert texts[3] == ("1. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan theo dõi chặt chẽ tình hình "
                        "dịch bệnh, báo cáo trước ngày 20/01/2026.")
    assert texts[4].startswith("2. Ủy ban nhân dân các xã, phường")


def test_footer_cells_keep_items_apart_and_signature_lines():
    footer = [b for b in blocks_of(CRAWL) if b.cell is not None and b.cell.table == 1]
    left = [b.text for b in footer if b.column == 0]
    right = [b.text for b in footer if b.column == 1]
    assert left == ["Nơi nhận:", "- Bộ Y tế (để báo cáo);", "- Lưu: VT, VX."]
    assert right == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]


def test_plain_text_page_break_inside_sentence_is_rejoined():
    text = "- Theo dõi chặt chẽ tư tưởng của cán bộ, đảng viên, công chức,\n\nviên chức và người lao động.\n"
    assert [b.text for b in blocks_of(text)] == [
        "- Theo dõi chặt chẽ tư tưởng của cán bộ, đảng viên, công chức, viên chức và người lao động."]


def test_dense_text_without_blank_lines_splits_on_short_first_lines():
    text = ("Kính gửi: Các sở, ban, ngành thuộc tỉnh\nXét đề nghị của Sở\nTài chính tại văn bản số 12/STC-NS "
            "ngày 02 tháng 01 năm 2026, Chủ tịch có ý kiến\nnhư sau:\nCác sở, ban, ngành\n"
            "khẩn trương rà soát các nhiệm vụ được giao.\n")
    assert [b.text[:20] for b in blocks_of(text)] == ["Kính gửi: Các sở, ba", "Xét đề nghị của Sở T",
                                                       "Các sở, ban, ngành k"]


def test_nfd_file_is_normalised_and_reported(tmp_path):
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", "Số: 15/CT-UBND\n\nKính gửi: Sở Y tế"), encoding="utf-8")
    layout = load(path)
    assert [b.text for b in layout.blocks()] == ["Số: 15/CT-UBND", "Kính gửi: Sở Y tế"]
    assert any(r.kind == "nfc" for r in layout.repairs)


def test_empty_and_binary_files_are_refused(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableDocument, match=r"empty\.txt: empty file"):
        load(empty)
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(UnreadableDocument, match="unsupported file type"):
        load(binary)


def test_real_crawl_header_and_footer_cells(real_docs):
    blocks = list(load(real_docs / "cv_vpcp_11298_2025.txt").blocks())
    cells = [(b.text, b.column) for b in blocks if b.cell is not None]
    assert ("Số: 11298/VPCP-KTTH", 0) in cells
    assert ("Hà Nội, ngày 17 tháng 11 năm 2025", 1) in cells
    assert ("- Lưu: VT, KTTH (02).", 0) in cells
    assert ("Mai Thị Thu Vân", 1) in cells
    body = [b.text for b in blocks if b.cell is None]
    assert body[0].startswith("Kính gửi:") and body[0].endswith("Chính phủ")
    assert len(body) == 4
