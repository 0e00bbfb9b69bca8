"""PDF backend: words → lines → blocks, two-column zones, page furniture, bad inputs.

Three layers of tests:

* synthetic word records (fast): each rule on its own, with coordinates
  taken from how Word and LibreOffice lay out official documents;
* PDFs generated from DOCX by LibreOffice (``tests/fixtures/pdf/samples.py``,
  built once per session, slow);
* the real 55-page digital Nghị định in ../shared/real-docs (skipped when absent).
"""

from __future__ import annotations

import re
import shutil
import sys
import types
from pathlib import Path

import pytest

from parsers import Limits, UnreadableDocument, load
from parsers.layout import Block, Layout, Page
from parsers.pdf_backend import parse_pdf
from parsers.pdf_blocks import body_blocks, text_area
from parsers.pdf_columns import split_columns
from parsers.pdf_furniture import drop_rule_words, remove_furniture
from parsers.pdf_lines import group_rows, join_words, to_line
from parsers.pdf_textlayer import needs_ocr
from parsers.pdf_words import PageInfo, Word, font_style
from tests.fixtures.pdf import samples

A4 = (595.3, 841.9)


def W(text: str, x0: float, top: float, size: float = 12.0, font: str = "TimesNewRomanPSMT",
      width: float | None = None) -> Word:
    """A word record as the extractor gives it (width ≈ half the size per character)."""
    base, bold, italic = font_style(font)
    return Word(text, x0, top, x0 + (width if width is not None else 0.5 * size * len(text)), top + size,
                size, base, bold, italic)


def words_of(text: str, x0: float, top: float, size: float = 12.0, font: str = "TimesNewRomanPSMT",
             space: float = 3.0) -> list[Word]:
    out, x = [], x0
    for token in text.split():
        w = W(token, x, top, size, font)
        out.append(w)
        x = w.x1 + space
    return out


def page(number: int = 1) -> PageInfo:
    return PageInfo(number, *A4)


# ------------------------------------------------------------------ fonts, lines

@pytest.mark.parametrize(("name", "bold", "italic"), [
    ("BCDEEE+TimesNewRomanPS-BoldMT", True, False),
    ("Times New Roman,Bold", True, False),
    ("BCDIEE+TimesNewRomanPS-ItalicMT", False, True),
    ("TimesNewRomanPS-BoldItalicMT", True, True),
    ("LiberationSerif-BoldItalic", True, True),
    ("Arial,BoldItalic", True, True),
    ("BCDHEE+TimesNewRomanPSMT", False, False),
])
def test_style_from_font_name(name: str, bold: bool, italic: bool) -> None:
    base, b, i = font_style(name)
    assert (b, i) == (bold, italic)
    assert "+" not in base


def test_words_touching_are_glued_and_spaced_words_are_not() -> None:
    """The extractor splits "45/2026/NĐ-CP" where the font subset changes; syllables stay apart."""
    number = [W("Số:", 108, 115, width=16), W("45/2026/NĐ", 127.3, 115, width=60), W("-CP", 187.3, 115, width=18.7)]
    assert join_words(number) == "Số: 45/2026/NĐ-CP"
    assert join_words(words_of("Chủ tịch Ủy ban", 72, 100)) == "Chủ tịch Ủy ban"


def test_line_style_and_spans() -> None:
    row = group_rows(words_of("Điều 1.", 72, 100, font="TimesNewRomanPS-BoldMT")
                     + words_of("Phạm vi điều chỉnh", 120, 100))[0]
    line = to_line(row)
    assert line.text == "Điều 1. Phạm vi điều chỉnh"
    assert not line.bold
    assert [(s.text, s.bold) for s in line.spans] == [("Điều 1.", True), ("Phạm vi điều chỉnh", False)]


# --------------------------------------------------------------------- paragraphs

BODY = ("Để chủ động phòng, chống dịch bệnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, "
        "Ủy ban nhân dân các huyện tập trung thực hiện tốt các nhiệm vụ sau đây:")


def _justified(text: str, top: float, first_indent: float = 28.0, left: float = 85.0, right: float = 567.0,
               pitch: float = 17.0, size: float = 13.0, font: str = "LiberationSerif") -> list[Word]:
    """Lay text out like a justified paragraph: full lines to ``right``, a short last line."""
    words, x, y = [], left + first_indent, top
    for token in text.split():
        w = W(token, x, y, size, font)
        if w.x1 > right and x > left:
            x, y = left, y + pitch
            w = W(token, x, y, size, font)
        words.append(w)
        x = w.x1 + 3.3
    return words


def _blocks(words: list[Word], number: int = 1) -> list[Block]:
    rows = remove_furniture([(page(number), group_rows(drop_rule_words(words)))])[0]
    return body_blocks(rows, number, text_area(rows, A4[0]))


def test_hard_wraps_are_joined_with_one_space() -> None:
    words = _justified(BODY, 300)
    assert len(group_rows(words)) >= 2
    blocks = _blocks(words)
    assert [b.text for b in blocks] == [BODY]


def test_trailing_dash_is_not_a_hyphenation() -> None:
    """"… kinh tế -" / "xã hội …": a dash at a line end stays a dash, with spaces; nothing is glued."""
    words = words_of("góp phần bảo vệ sức khỏe Nhân dân, ổn định tình hình kinh tế", 85, 300, 13)
    words.append(W("-", 560, 300, 13, width=7))  # the line ends at the right margin with a dash
    words += words_of("xã hội của tỉnh.", 85, 317, 13)
    assert [b.text for b in _blocks(words)] == [
        "góp phần bảo vệ sức khỏe Nhân dân, ổn định tình hình kinh tế - xã hội của tỉnh."]


def test_new_block_at_list_item_indent_gap_and_style() -> None:
    words = _justified(BODY, 100)
    words += _justified("1. Sở Y tế chủ trì, phối hợp với các đơn vị liên quan theo dõi chặt chẽ tình hình "
                        "dịch bệnh, tham mưu biện pháp phòng, chống phù hợp.", 100 + 17 * 3 + 6)
    words += _justified("Yêu cầu Thủ trưởng các sở, ban, ngành nghiêm túc triển khai thực hiện Chỉ thị này "
                        "và báo cáo kết quả về Sở Y tế trước ngày 20 hằng tháng.", 100 + 17 * 6 + 12)
    words += words_of("Điều 2. Tổ chức thực hiện", 85, 100 + 17 * 9 + 18, 13, "LiberationSerif-Bold")
    words += _justified("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở và Chủ tịch Ủy ban nhân dân "
                        "các huyện chịu trách nhiệm thi hành.", 100 + 17 * 10 + 18, first_indent=0)
    texts = [b.text for b in _blocks(words)]
    assert texts[0] == BODY
    assert texts[1].startswith("1. Sở Y tế") and texts[1].endswith("phù hợp.")
    assert texts[2].startswith("Yêu cầu Thủ trưởng")
    assert texts[3] == "Điều 2. Tổ chức thực hiện"
    assert texts[4].startswith("Chánh Văn phòng")
    assert len(texts) == 5
    assert _blocks(words)[1].list_label == "1."


def test_wrap_before_a_cited_article_is_not_a_new_block() -> None:
    """"… theo quy định tại" / "Điều 12 của Nghị định này.": legal text wraps before "Điều"."""
    words = words_of("Việc lập, thẩm định báo cáo kinh tế - kỹ thuật thực hiện theo quy định tại", 72, 300)
    words[-1].x1 = 540
    words += words_of("Điều 12 của Nghị định này.", 72, 314)
    words += words_of("Điều 13. Thẩm định dự án", 72, 334, font="TimesNewRomanPS-BoldMT")
    texts = [b.text for b in _blocks(words)]
    assert texts == ["Việc lập, thẩm định báo cáo kinh tế - kỹ thuật thực hiện theo quy định tại Điều 12 của "
                     "Nghị định này.", "Điều 13. Thẩm định dự án"]


def test_caps_title_then_sentence_case_subject_are_two_blocks() -> None:
    words = words_of("CHỈ THỊ", 270, 150, 14, "LiberationSerif-Bold")
    words += words_of("của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác chuyển đổi", 90, 168, 14,
                      "LiberationSerif-Bold", space=4.2)
    words += words_of("số", 290, 186, 14, "LiberationSerif-Bold")
    texts = [b.text for b in _blocks(words)]
    assert texts == ["CHỈ THỊ", "của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác chuyển đổi số"]


def test_rules_dropped_and_party_star_kept() -> None:
    words = [W("_______", 170, 98), W("*", 190, 120), *words_of("- - - - - -", 300, 140), W("*****", 280, 160),
             W("=====", 280, 180), W("……..", 280, 200)]
    assert [b.text for b in _blocks(words)] == ["*", "…….."]  # dots fill a form: kept


def test_paragraph_cut_by_a_page_break_is_one_block() -> None:
    from parsers.pdf_backend import _join_across_pages

    first = _justified(BODY.replace(" sau đây:", " sau đây trong năm 2026, bảo đảm đúng tiến độ, chất lượng và"),
                       700)
    second = words_of("hiệu quả.", 85, 56, 13, "LiberationSerif")
    second += _justified("1. Sở Y tế chủ trì, phối hợp với các đơn vị liên quan.", 80)
    new_par = _justified("Yêu cầu Thủ trưởng các sở, ban, ngành triển khai thực hiện nghiêm túc.", 56)
    area = text_area(group_rows(first), A4[0])
    pages = [Page(1, _blocks(first, 1)), Page(2, _blocks(second, 2)), Page(3, _blocks(new_par, 3))]
    _join_across_pages(pages, area)
    assert pages[0].blocks[-1].text.endswith("chất lượng và hiệu quả.")
    assert pages[0].blocks[-1].page == 1
    assert [b.text[:2] for b in pages[1].blocks] == ["1."]
    assert pages[2].blocks[0].text.startswith("Yêu cầu")  # an indented new paragraph stays on its page


# ----------------------------------------------------------------- two-column zones

def _header_rows() -> list[Word]:
    """Page 1 of a Nghị định: issuer | motto, number | place-date; then the type line."""
    b = "TimesNewRomanPS-BoldMT"
    return (words_of("CHÍNH PHỦ", 122.5, 73.8, font=b) + words_of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 271.2, 73.8,
                                                                    font=b)
            + words_of("Độc lập - Tự do - Hạnh phúc", 323, 87.6, font=b) + [W("---------------", 366.6, 101.4)]
            + words_of("Số: 45/2026/NĐ-CP", 108.3, 115.2)
            + words_of("Hà Nội, ngày 26 tháng 01 năm 2026", 364.8, 115.2, font="TimesNewRomanPS-ItalicMT")
            + words_of("NGHỊ ĐỊNH", 272.8, 148.8, font=b))


def _zone_texts(blocks: list[Block]) -> tuple[list[str], list[str], list[str]]:
    return ([b.text for b in blocks if b.column == 0], [b.text for b in blocks if b.column == 1],
            [b.text for b in blocks if b.column is None])


def _page_blocks(words: list[Word], number: int = 1) -> list[Block]:
    from parsers.pdf_blocks import segment_blocks

    info = PageInfo(number, 612, 792)
    rows = group_rows(drop_rule_words(words))
    return segment_blocks(split_columns(rows, info), number, text_area(rows, 612))


def test_header_columns_are_not_interleaved() -> None:
    blocks = _page_blocks(_header_rows())
    left, right, full = _zone_texts(blocks)
    assert left == ["CHÍNH PHỦ", "Số: 45/2026/NĐ-CP"]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Hà Nội, ngày 26 tháng 01 năm 2026"]
    assert full == ["NGHỊ ĐỊNH"]
    assert [b.column for b in blocks] == [0, 0, 1, 1, 1, None]  # left column first
    assert blocks[4].italic and blocks[0].bold


def _footer_words() -> list[Word]:
    """The Nơi nhận list (8 pt) and the signature (12 pt bold) sharing heights, as Word prints them."""
    b = "TimesNewRomanPS-BoldMT"
    words = words_of("3. Trong quá trình thực hiện, nếu có khó khăn, báo cáo cấp có thẩm quyền.", 72, 236)
    words += words_of("TM. CHÍNH PHỦ", 386, 275, font=b) + words_of("KT. THỦ TƯỚNG", 386, 289, font=b)
    words += words_of("Nơi nhận:", 72, 295, font="TimesNewRomanPS-BoldItalicMT")
    words += words_of("PHÓ THỦ TƯỚNG", 382, 303, font=b)
    items = ["- Ban Bí thư Trung ương Đảng;", "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
             "- Hội đồng Dân tộc và các Ủy ban của Quốc hội;", "- VPCP: BTCN, các PCN, Trợ lý TTg, Cổng TTĐT,",
             "các Vụ, Cục, đơn vị trực thuộc, Công báo;", "- Lưu: VT, CĐS (2)."]
    for k, item in enumerate(items):
        words += words_of(item, 74, 309 + 9 * k, size=8, space=2)
    words += words_of("Nguyễn Chí Dũng", 387, 326.5, font=b)  # beside an 8 pt item
    words += words_of("PHỤ LỤC", 279, 400, font=b)
    return words


def test_footer_recipients_and_signature_are_separate_columns() -> None:
    blocks = _page_blocks(_footer_words(), number=42)
    left, right, full = _zone_texts(blocks)
    assert left == ["Nơi nhận:", "- Ban Bí thư Trung ương Đảng;", "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
                    "- Hội đồng Dân tộc và các Ủy ban của Quốc hội;",
                    "- VPCP: BTCN, các PCN, Trợ lý TTg, Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo;",
                    "- Lưu: VT, CĐS (2)."]
    assert right == ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Chí Dũng"]
    assert full[0].startswith("3. Trong quá trình") and full[-1] == "PHỤ LỤC"
    order = [b.column for b in blocks]
    assert order == [None] + [0] * 6 + [1] * 4 + [None]


def test_party_cong_van_2026_header_cells() -> None:
    """Italic "về việc …" under the number wraps inside its cell; "Kính gửi:" below the table is body."""
    it = "LiberationSerif-Italic"
    words = (words_of("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", 95, 56) + words_of("ĐẢNG CỘNG SẢN VIỆT NAM", 323, 56,
                                                                     font="LiberationSerif-Bold")
             + words_of("ĐẢNG ỦY PHƯỜNG HỒNG AN", 107, 72, font="LiberationSerif-Bold") + [W("*", 190, 88, 13)]
             + words_of("Số 37-CV/ĐU", 156, 105, 13) + words_of("Hồng An, ngày 05 tháng 3 năm 2026", 323, 105, 13,
                                                                 font=it)
             + words_of("về việc tổ chức cho đảng viên học tập,", 101, 122, font=it)
             + words_of("quán triệt Nghị quyết Đại hội XIV của", 101, 138, font=it)
             + words_of("Đảng", 180, 154, font=it) + words_of("Kính gửi:", 184, 176, 14, font=it)
             + words_of("- Các chi bộ trực thuộc,", 247, 194, 14))
    blocks = _page_blocks(words)
    left, right, full = _zone_texts(blocks)
    assert left == ["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY PHƯỜNG HỒNG AN", "*", "Số 37-CV/ĐU",
                    "về việc tổ chức cho đảng viên học tập, quán triệt Nghị quyết Đại hội XIV của Đảng"]
    assert right == ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hồng An, ngày 05 tháng 3 năm 2026"]
    assert full == ["Kính gửi:", "- Các chi bộ trực thuộc,"]


def test_centred_title_over_three_lines_is_one_block() -> None:
    b = "LiberationSerif-Bold"
    words = (words_of("KẾ HOẠCH", 278, 135, 15, b)
             + words_of("thực hiện Chỉ thị số 52-CT/TU, ngày 08-01-2026 của Ban Thường vụ", 115, 155, 14, b)
             + words_of("Thành ủy về đẩy mạnh học tập và làm theo tư tưởng, đạo đức,", 133, 174, 14, b)
             + words_of("phong cách Hồ Chí Minh năm 2026", 213, 192, 14, b)
             + _justified(BODY, 235, size=14))
    texts = [bl.text for bl in _blocks(words)]
    assert texts == ["KẾ HOẠCH", "thực hiện Chỉ thị số 52-CT/TU, ngày 08-01-2026 của Ban Thường vụ Thành ủy về đẩy "
                     "mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026", BODY]


def test_wrapped_year_range_is_not_a_list_item() -> None:
    words = words_of("1. Khám sức khỏe định kỳ cho học sinh; hoàn thành trong học kỳ II năm học", 114, 393, 14)
    words[-1].x1 = 567  # a full line
    words += words_of("2025 - 2026.", 85, 411, 14)
    words += words_of("2. Giám sát, phòng, chống dịch bệnh truyền nhiễm trong trường học.", 114, 431, 14)
    texts = [b.text for b in _blocks(words)]
    assert texts[0] == "1. Khám sức khỏe định kỳ cho học sinh; hoàn thành trong học kỳ II năm học 2025 - 2026."
    assert len(texts) == 2


def test_joint_signature_then_full_width_recipients() -> None:
    """A liên tịch plan: two signing blocks side by side, then "Nơi nhận" alone across the page."""
    b = "LiberationSerif-Bold"
    words = (words_of("KT. GIÁM ĐỐC SỞ Y TẾ", 123, 74, 13, b) + words_of("GIÁM ĐỐC", 396, 74, 13, b)
             + words_of("PHÓ GIÁM ĐỐC", 146, 92, 13, b) + words_of("SỞ GIÁO DỤC VÀ ĐÀO TẠO", 344, 92, 13, b)
             + words_of("Lương Văn Thành", 145, 183, 13, b) + words_of("Ngô Thị Hồng Nhung", 371, 183, 13, b)
             + words_of("Nơi nhận:", 85, 200, 12, "LiberationSerif-BoldItalic"))
    for k, item in enumerate(["- UBND tỉnh (để báo cáo);", "- Lưu: VT SGDĐT, VT SYT."]):
        words += words_of(item, 85, 216 + 15 * k, 11)
    blocks = _page_blocks(words, number=2)
    left, right, full = _zone_texts(blocks)
    assert left == ["KT. GIÁM ĐỐC SỞ Y TẾ", "PHÓ GIÁM ĐỐC", "Lương Văn Thành"]
    assert right == ["GIÁM ĐỐC", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Ngô Thị Hồng Nhung"]
    assert full == ["Nơi nhận:", "- UBND tỉnh (để báo cáo);", "- Lưu: VT SGDĐT, VT SYT."]


def test_body_line_mentioning_signing_words_is_not_a_zone() -> None:
    words = _justified("Nơi nhận văn bản phải vào sổ; TM. và KT. là viết tắt của thay mặt và ký thay theo quy "
                       "định về thể thức văn bản hành chính.", 300, first_indent=0)
    blocks = _page_blocks(words, number=3)
    assert [b.column for b in blocks] == [None]


# ------------------------------------------------------------------ ruled tables

def _task_table_page(number: int = 3, header: bool = True) -> tuple[PageInfo, list[Word]]:
    """A ruled appendix task table whose cells wrap on their own (as LibreOffice draws it)."""
    xs = [85, 116, 260, 359, 458, 539]
    ys = [147, 179, 227, 275]
    info = PageInfo(number, *A4, hrules=[(85, 539, y) for y in ys], vrules=[(x, 147, 275) for x in xs])
    words = words_of("Phụ lục", 291, 62, 13, "LiberationSerif-Bold") if header else []
    cells = [
        (150, ["STT"], ["Nội dung nhiệm vụ"], ["Cơ quan chủ trì"], ["Cơ quan phối", "hợp"], ["Thời gian", "hoàn thành"]),
        (182, ["1"], ["Kiện toàn Ban Chỉ huy", "phòng thủ dân sự tỉnh và", "các xã, phường"],
         ["Sở Nông nghiệp", "và Môi trường"], ["Bộ Chỉ huy Quân", "sự tỉnh; UBND", "các xã, phường"], ["Quý I/2026"]),
        (230, ["2"], ["Kiểm tra an toàn hồ, đập", "trước mùa mưa bão"], ["Sở Nông nghiệp", "và Môi trường"],
         ["Sở Công Thương;", "UBND các xã,", "phường"], ["Trước ngày", "31/5/2026"]),
    ]
    for top, *columns in cells:
        for x, lines in zip(xs, columns, strict=False):
            for k, line in enumerate(lines):
                words += words_of(line, x + 5, top + 16 * k, 12)
    return info, words


def test_ruled_table_cells_are_read_cell_by_cell() -> None:
    from parsers.pdf_blocks import segment_blocks
    from parsers.pdf_segments import TableCounter, page_segments

    info, words = _task_table_page()
    rows = group_rows(words)
    blocks = segment_blocks(page_segments(rows, info, TableCounter()), 3, text_area(rows, A4[0]))
    assert blocks[0].text == "Phụ lục" and blocks[0].cell is None
    cells = {(b.cell.row, b.cell.col): b.text for b in blocks if b.cell}
    assert cells[(0, 3)] == "Cơ quan phối hợp"
    assert cells[(1, 1)] == "Kiện toàn Ban Chỉ huy phòng thủ dân sự tỉnh và các xã, phường"
    assert cells[(1, 3)] == "Bộ Chỉ huy Quân sự tỉnh; UBND các xã, phường"
    assert cells[(2, 4)] == "Trước ngày 31/5/2026"
    assert {b.cell.n_cols for b in blocks if b.cell} == {5}
    assert all(b.column is None for b in blocks)  # only two-column tables mark columns


def test_table_going_on_over_a_page_break_keeps_its_number() -> None:
    from parsers.pdf_segments import TableCounter, page_segments

    counter = TableCounter()
    first = page_segments(group_rows(_task_table_page(3)[1]), _task_table_page(3)[0], counter)
    info, words = _task_table_page(4, header=False)
    second = page_segments(group_rows(words), info, counter)
    a, b = first[-1].table, second[0].table
    assert a is not None and b is not None
    assert (a.index, b.index) == (0, 0)
    assert b.row_offset == 3  # its rows go on after the three rows of the page before


# ---------------------------------------------------------------- page furniture

def _numbered_pages(n: int) -> list[tuple[PageInfo, list]]:
    pages = []
    for k in range(1, n + 1):
        words = _justified(f"Nội dung trang {k}: các sở, ban, ngành triển khai thực hiện nghiêm túc, báo cáo "
                           "kết quả về Văn phòng Ủy ban nhân dân tỉnh đúng thời hạn quy định.", 120)
        if k >= 2:
            words.append(W(str(k), 294, 28, 11))  # running page number, top centre
        words += words_of("Tài liệu lưu hành nội bộ", 264, 794, 10, "LiberationSerif-Italic")
        if k == 1:
            words += words_of("Người ký: Ủy ban Nhân dân tỉnh Quảng Trị", 416, 20, 7)
            words += words_of("Email: ubnd@quangtri.gov.vn", 454, 28, 7)
            words += words_of("Cơ quan: Tỉnh Quảng Trị", 467, 36, 7)
            words += words_of("Thời gian ký: 12.03.2025 09:15:02 +07:00", 419, 44, 7)
        pages.append((PageInfo(k, *A4), group_rows(words)))
    return pages


def test_page_numbers_running_footer_and_stamp_removed() -> None:
    kept = remove_furniture(_numbered_pages(3))
    texts = [r.text for rows in kept for r in rows]
    assert not any(t.strip().isdigit() for t in texts)
    assert "Tài liệu lưu hành nội bộ" not in texts
    assert not any(t.startswith(("Người ký", "Email", "Cơ quan", "Thời gian ký")) for t in texts)
    assert any(t.startswith("Nội dung trang 3") for t in texts)


def test_small_stamp_beside_the_header_is_removed() -> None:
    """A 7 pt e-signature stamp at the top right, at the height of the motto, must not join the header."""
    from parsers.pdf_furniture import drop_stamp_words

    words = _header_rows()
    for k, line in enumerate(["Ký bởi: Văn phòng Chính phủ", "Email: vpcp@chinhphu.vn",
                              "Cơ quan: Văn phòng Chính phủ", "Thời gian ký: 26.01.2026 15:30:45 +07:00"]):
        words += words_of(line, 530, 70 + 8 * k, 7, space=1.5)
    kept = drop_stamp_words(words)
    assert len(kept) == len(_header_rows())
    left, right, _ = _zone_texts(_page_blocks(kept))
    assert left == ["CHÍNH PHỦ", "Số: 45/2026/NĐ-CP"]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Hà Nội, ngày 26 tháng 01 năm 2026"]


def test_single_footer_line_is_kept() -> None:
    """A line printed once in the bottom margin is the document's own text, not a running footer."""
    pages = _numbered_pages(3)
    last_rows = pages[-1][1]
    pages = [(info, [r for r in rows if "nội bộ" not in r.text]) for info, rows in pages[:-1]] + [(pages[-1][0],
                                                                                              last_rows)]
    kept = remove_furniture(pages)
    assert "Tài liệu lưu hành nội bộ" in [r.text for r in kept[-1]]


def test_page_number_bottom_right() -> None:
    pages = [(PageInfo(k, *A4), group_rows([*_justified(BODY, 420), W(str(k), 530, 800, 11)])) for k in (1, 2)]
    assert not any(r.text.isdigit() for rows in remove_furniture(pages) for r in rows)


def test_number_in_body_is_not_a_page_number() -> None:
    pages = [(PageInfo(2, *A4), group_rows([W("2", 294, 400, 12), *_justified(BODY, 420)]))]
    assert next(r.text for r in remove_furniture(pages)[0]) == "2"


# ------------------------------------------------------------------- text layer

def test_needs_ocr() -> None:
    scan = PageInfo(1, *A4, image_area=0.95)
    blank = PageInfo(2, *A4, image_area=0.0)
    assert needs_ocr([], scan)
    assert needs_ocr([W("12", 290, 800)], scan)  # a page number over a scanned image
    stamp = [w for k, line in enumerate(["Ký bởi: Cổng Thông tin điện tử Chính phủ", "Email: thongtinchinhphu@chinhphu.vn",
                                         "Cơ quan: Văn phòng Chính phủ", "Thời gian ký: 05.05.2026 10:15:22 +07:00"])
             for w in words_of(line, 400, 20 + 9 * k, 8)]
    assert needs_ocr(stamp, scan)  # a signed scan: the stamp is the only text
    assert not needs_ocr(stamp, blank)
    assert not needs_ocr([], blank)
    assert not needs_ocr(_justified(BODY, 100), scan)  # a real text layer over an image (OCR'd PDF)
    cid = [W("(cid:12)(cid:7)(cid:33)(cid:4)", 72 + 60 * k, 100) for k in range(8)]
    assert needs_ocr(cid + words_of("Điều 1 Phạm vi", 72, 130), blank)
    tcvn3 = words_of("Uû ban nh©n d©n tØnh ®Ò nghÞ c¸c së, ban, ngµnh b¸o c¸o kÕt qu¶ thùc hiÖn "
                     "nhiÖm vô ®\xadîc giao tr\xadíc ngµy 20", 72, 100)
    assert not needs_ocr(tcvn3, blank)  # legacy text that converts is a good text layer
    garbled = words_of("Ò¸ÅÂ ÆËÉÊ ÌÍÎÏ ÐÑÒÓ ÔÕÖ× ØÙÚÛ ÜÝÞß àáâã äåæç èéêë ìíîï ðñòó ôõö÷ øùúû ÆËÉ", 72, 100)
    assert needs_ocr(garbled, blank)


def test_legacy_words_converted_by_font_and_by_detection() -> None:
    from parsers.pdf_textlayer import repair_rows

    by_font = group_rows(words_of("céng hßa x· héi chñ nghÜa viÖt nam", 270, 74, font="ABCDEF+.VnTimeH")
                         + words_of("Sè: 12/Q§-UBND", 100, 110, font=".VnTime"))
    repair = repair_rows(by_font, 1)
    assert [r.text for r in by_font] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/QĐ-UBND"]
    assert repair is not None and repair.kind == "tcvn3"

    vni = group_rows(words_of("UÛy ban nhaân daân tænh ñeà nghò caùc ñôn vò baùo caùo keát quaû", 72, 100)
                     + words_of("Ngöôøi kyù: Nguyeãn Vaên A", 72, 120))
    repair = repair_rows(vni, 2)
    assert [r.text for r in vni] == ["Ủy ban nhân dân tỉnh đề nghị các đơn vị báo cáo kết quả",
                                     "Người ký: Nguyễn Văn A"]
    assert repair is not None and repair.kind == "vni"

    soft = group_rows(words_of("Chuyển\xadđổi số là nhiệm vụ trọng tâm của các cơ quan \xad", 72, 100))
    assert repair_rows(soft, 4) is None
    assert soft[0].text == "Chuyểnđổi số là nhiệm vụ trọng tâm của các cơ quan"  # invisible in Unicode text

    unicode_rows = group_rows(_justified(BODY, 100))
    assert repair_rows(unicode_rows, 3) is None
    assert [r.text for r in unicode_rows] == [r.text for r in group_rows(_justified(BODY, 100))]


def _image_pdf(path: Path, pages: int = 1) -> Path:
    from PIL import Image

    images = [Image.new("L", (620, 877), 255) for _ in range(pages)]
    images[0].save(path, "PDF", resolution=75.0, save_all=True, append_images=images[1:])
    return path


def test_pages_without_text_are_left_empty_without_ocr_module(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "parsers.ocr", None)  # as if parsers/ocr.py did not exist
    layout = parse_pdf(_image_pdf(tmp_path / "scan.pdf", 2))
    assert layout.page_count == 2
    assert [p.blocks for p in layout.pages] == [[], []]
    assert not layout.ocr
    assert layout.pages[0].width == pytest.approx(595.2, abs=1)


def test_pages_without_text_go_to_ocr_module(tmp_path: Path, monkeypatch) -> None:
    calls = []

    def ocr_pdf_pages(path, numbers, limits):
        calls.append((Path(path).name, list(numbers)))
        return [Page(number=n, blocks=[Block(lines=[], page=n)], width=595.2, height=841.8) for n in numbers]

    fake = types.ModuleType("parsers.ocr")
    fake.ocr_pdf_pages = ocr_pdf_pages
    monkeypatch.setitem(sys.modules, "parsers.ocr", fake)
    layout = parse_pdf(_image_pdf(tmp_path / "scan.pdf", 2))
    assert calls == [("scan.pdf", [1, 2])]
    assert all(p.ocr for p in layout.pages) and layout.ocr
    assert [b.page for b in layout.blocks()] == [1, 2]
    assert "ocr" in [r.kind for r in layout.repairs]


def test_a_page_ocr_could_not_read_is_reported(tmp_path: Path, monkeypatch) -> None:
    from parsers.ocr import OcrPages

    def ocr_pdf_pages(path, numbers, limits):
        return OcrPages([Page(number=1, blocks=[], width=595.2, height=841.8)],
                       failures={2: "OCR took longer than 60 s"})

    fake = types.ModuleType("parsers.ocr")
    fake.ocr_pdf_pages = ocr_pdf_pages
    monkeypatch.setitem(sys.modules, "parsers.ocr", fake)
    layout = parse_pdf(_image_pdf(tmp_path / "scan.pdf", 2))
    failed = [r for r in layout.repairs if r.kind == "ocr-failed"]
    assert len(failed) == 1 and "OCR took longer than 60 s" in failed[0].detail
    assert layout.pages[1].blocks == []


# --------------------------------------------------------------------- bad input

def test_not_a_pdf_renamed(tmp_path: Path) -> None:
    path = tmp_path / "cong_van.pdf"
    path.write_text("<html><body>Văn bản không phải PDF</body></html>", encoding="utf-8")
    with pytest.raises(UnreadableDocument, match="not a PDF"):
        parse_pdf(path)
    with pytest.raises(UnreadableDocument, match=r"cong_van\.pdf"):
        load(path)


def test_empty_pdf(tmp_path: Path) -> None:
    path = tmp_path / "rong.pdf"
    path.write_bytes(b"")
    with pytest.raises(UnreadableDocument, match="empty file"):
        load(path)
    with pytest.raises(UnreadableDocument):
        parse_pdf(path)


def _zero_page_pdf(path: Path) -> Path:
    """A well-formed PDF whose page tree is empty."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_zero_page_pdf(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="no pages"):
        load(_zero_page_pdf(tmp_path / "khong_trang.pdf"))


def test_truncated_pdf(tmp_path: Path) -> None:
    whole = _image_pdf(tmp_path / "whole.pdf", 3).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(UnreadableDocument, match=r"truncated|damaged"):
        load(path)


def test_one_damaged_page_does_not_sink_the_document(tmp_path: Path, monkeypatch) -> None:
    import pdfplumber.page

    real = pdfplumber.page.Page.extract_words

    def flaky(self, *args, **kwargs):
        if self.page_number == 2 or broken_everywhere:
            raise ValueError("bad content stream")
        return real(self, *args, **kwargs)

    broken_everywhere = False
    monkeypatch.setitem(sys.modules, "parsers.ocr", None)
    monkeypatch.setattr(pdfplumber.page.Page, "extract_words", flaky)
    layout = parse_pdf(_image_pdf(tmp_path / "ba_trang.pdf", 3))
    assert layout.page_count == 3
    damaged = [r for r in layout.repairs if r.kind == "damaged-page"]
    assert damaged and damaged[0].count == 1 and "2 (" in damaged[0].detail
    broken_everywhere = True
    with pytest.raises(UnreadableDocument, match="bad content stream"):
        parse_pdf(tmp_path / "ba_trang.pdf")


def test_page_limit_checked_before_any_text_is_read(tmp_path: Path, monkeypatch) -> None:
    from parsers import pdf_words

    def no_reading(self, index):
        raise AssertionError("text extracted before the page count was checked")

    monkeypatch.setattr(pdf_words.PdfSource, "read", no_reading)
    with pytest.raises(UnreadableDocument, match=r"too many pages \(3; the limit is 2\)"):
        load(_image_pdf(tmp_path / "dai.pdf", 3), Limits(max_pages=2))


# ------------------------------------------------------ LibreOffice-made PDFs

@pytest.fixture(scope="session")
def made_pdfs(tmp_path_factory) -> dict[str, Path]:
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed")
    return samples.build_pdf_samples(tmp_path_factory.mktemp("pdf_samples"))


@pytest.fixture(scope="session")
def state_layout(made_pdfs) -> Layout:
    return load(made_pdfs["state"])


def _texts(layout: Layout, column: int | None = None) -> list[str]:
    return [b.text for b in layout.blocks() if b.column == column]


@pytest.mark.slow
def test_generated_state_directive_header(state_layout: Layout) -> None:
    first = state_layout.pages[0].blocks
    assert [b.text for b in first[:3]] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 15/CT-UBND"]
    assert [b.column for b in first[:6]] == [0, 0, 0, 1, 1, 1]
    assert [b.text for b in first[3:6]] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                           "Quảng Trị, ngày 12 tháng 3 năm 2025"]
    assert first[5].italic and first[3].bold
    assert first[6].text == "CHỈ THỊ" and first[6].bold and first[6].column is None
    assert first[7].text == "Về việc tăng cường công tác phòng, chống dịch bệnh mùa mưa lũ năm 2025"


@pytest.mark.slow
def test_generated_state_directive_body_wraps(state_layout: Layout) -> None:
    body = _texts(state_layout)
    for paragraph in samples.STATE_BODY:  # every paragraph comes back whole, wraps joined with one space
        assert body.count(paragraph) == 2, paragraph
    assert state_layout.page_count == 3 == len(state_layout.pages)
    assert state_layout.pages[0].width == pytest.approx(595.3, abs=0.5)
    assert state_layout.pages[0].height == pytest.approx(841.9, abs=0.5)


@pytest.mark.slow
def test_generated_state_directive_furniture(state_layout: Layout) -> None:
    texts = [b.text for b in state_layout.blocks()]
    assert not any(t.isdigit() for t in texts)  # page numbers "2", "3"
    assert not any("lưu hành nội bộ" in t for t in texts)  # running footer
    assert not any(k in t for t in texts for k in ("Người ký", "Thời gian ký", "+07:00", "Email:"))  # stamp
    assert not any(set(t) <= set("_-") for t in texts)  # rules


@pytest.mark.slow
def test_generated_state_directive_footer(state_layout: Layout) -> None:
    left, right = _texts(state_layout, 0), _texts(state_layout, 1)
    assert left[-7:] == ["Nơi nhận:", *samples.STATE_RECIPIENTS]
    assert right[-3:] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Văn Hưng"]
    footer = [b for b in state_layout.blocks() if b.column is not None and b.page == 3]
    assert len(footer) == 10
    assert [b.order for b in footer] == sorted(b.order for b in footer)
    assert max(b.order for b in footer if b.column == 0) < min(b.order for b in footer if b.column == 1)


@pytest.mark.slow
def test_generated_party_directive(made_pdfs) -> None:
    layout = load(made_pdfs["party"])
    left, right = _texts(layout, 0), _texts(layout, 1)
    assert left[:4] == ["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NAM ĐÀN", "*", "Số 08-CT/HU"]
    assert right[:2] == ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Đàn, ngày 05 tháng 6 năm 2025"]
    motto = next(b for b in layout.blocks() if b.text == "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert motto.underline and motto.bold
    assert "của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác chuyển đổi số" in _texts(layout)
    assert right[-3:] == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Thị Mai"]
    assert left[-4] == "Nơi nhận:" and next(b for b in layout.blocks() if b.text == "Nơi nhận:").underline


@pytest.mark.slow
def test_page_with_rotate_flag_reads_like_the_unturned_page(made_pdfs, tmp_path: Path) -> None:
    """A viewer's or printer's /Rotate must not turn every letter into a sideways word."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(made_pdfs["party"])
    pdf[0].set_rotation(90)
    turned = tmp_path / "xoay.pdf"
    pdf.save(turned)
    pdf.close()
    assert [b.text for b in load(turned).blocks()] == [b.text for b in load(made_pdfs["party"]).blocks()]


@pytest.mark.slow
def test_generated_tcvn3_pdf_is_converted(made_pdfs) -> None:
    layout = load(made_pdfs["tcvn3"])
    texts = [b.text for b in layout.blocks()]
    assert texts[0] == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert texts[1] == "Độc lập - Tự do - Hạnh phúc"
    assert texts[2].startswith("Uỷ ban nhân dân huyện đề nghị các xã, thị trấn khẩn cấp rà soát")
    assert [r.kind for r in layout.repairs] == ["tcvn3"]
    assert not layout.ocr


@pytest.mark.slow
def test_encrypted_pdf(made_pdfs, tmp_path: Path) -> None:
    path = samples.encrypted_pdf(tmp_path, made_pdfs["party"].with_suffix(".docx"))
    with pytest.raises(UnreadableDocument, match=r"encrypted \(password-protected\)"):
        load(path)


# ------------------------------------------------------------- the real document

@pytest.fixture(scope="session")
def real_layout(real_docs: Path) -> Layout:
    path = real_docs / "nd_cp_45_2026_digital.pdf"
    if not path.exists():
        pytest.skip("nd_cp_45_2026_digital.pdf is not present")
    return load(path)


@pytest.mark.slow
@pytest.mark.realdocs
def test_real_pdf_pages_and_header(real_layout: Layout) -> None:
    assert real_layout.page_count == 55 == len(real_layout.pages)
    assert not real_layout.ocr and real_layout.repairs == []
    first = real_layout.pages[0].blocks
    left, right, full = _zone_texts(first)
    assert left == ["CHÍNH PHỦ", "Số: 45/2026/NĐ-CP"]
    assert right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Hà Nội, ngày 26 tháng 01 năm 2026"]
    assert full[0] == "NGHỊ ĐỊNH"
    assert full[1].startswith("QUY ĐỊNH QUẢN LÝ ĐẦU TƯ") and full[1].endswith("NGÂN SÁCH NHÀ NƯỚC")  # one subject


@pytest.mark.slow
@pytest.mark.realdocs
def test_real_pdf_signature_and_recipients(real_layout: Layout) -> None:
    footer = [b for b in real_layout.blocks() if b.column is not None and b.page == 42 and b.cell is None]
    left = [b.text for b in footer if b.column == 0]
    right = [b.text for b in footer if b.column == 1]
    assert right == ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Chí Dũng"]
    assert left[0] == "Nơi nhận:" and len(left) == 17
    assert all(t.startswith("- ") for t in left[1:])
    assert not any("Nguyễn Chí Dũng" in t or "THỦ TƯỚNG" in t for t in left)
    assert left[-1] == "- Lưu: VT, CĐS (2)."
    table = [b for b in real_layout.blocks() if b.page == 42 and b.cell is not None]
    assert [b.text for b in table if b.column == 0][:3] == ["Số thứ tự", "Mẫu số 01", "Mẫu số 02"]
    assert {b.cell.n_cols for b in table} == {2} and len(table) == 16


@pytest.mark.slow
@pytest.mark.realdocs
def test_real_pdf_text_is_clean(real_layout: Layout) -> None:
    blocks = list(real_layout.blocks())
    texts = [b.text for b in blocks]
    assert not any(t.isdigit() for t in texts)  # no page numbers
    assert not any(set(t.replace(" ", "")) <= set("-_") for t in texts)  # no typed rules
    body = [b for b in blocks if b.column is None]
    assert not [b.text for b in body if b.text[:1].islower() and not b.list_label]  # every hard wrap joined
    assert not [t for t in texts if re.match(r"Điều \d+(?:, Điều \d+)* (?:của|Nghị)", t)]  # wraps before "Điều"
    heads = [t for t in texts if t.startswith("Điều ") and t[5:7].strip(".").isdigit()]
    assert len(heads) >= 40
    assert "Điều 1. Phạm vi điều chỉnh" in texts
    assert all(b.page >= 1 for b in blocks) and [b.order for b in blocks] == list(range(len(blocks)))
