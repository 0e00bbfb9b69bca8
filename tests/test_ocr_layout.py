"""OCR layout repairs: drawn rules found and erased, tangled lines re-read, word boxes untangled,
list dashes and quarters read right, a name under the seal kept whole."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from parsers import load
from parsers.image_rules import erase_rules
from parsers.ocr import OcrWord, _trim, _untangle, parse_tsv
from parsers.ocr_repair import repair_quarter
from parsers.ocr_reread import HEADER, reread, tangled_lines
from parsers.pdf_tables import find_grids
from parsers.pdf_words import PageInfo

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
DPI = 200


def _render(pdf: Path, index: int):
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return doc[index].render(scale=DPI / 72).to_pil().convert("L")
    finally:
        doc.close()


def test_underline_and_table_borders_are_found_and_erased() -> None:
    # Page 3 of the Nghệ An plan: a ruled task table (5 columns, header + 6 rows).
    grey = _render(SAMPLES / "pdf/s02_kh_ubnd_nghean.pdf", 2)
    before = np.asarray(grey) < 128
    clean, rules = erase_rules(grey, DPI)
    after = np.asarray(clean) < 128
    pt = 72 / DPI
    info = PageInfo(3, grey.width * pt, grey.height * pt, 1.0,
                    [(a * pt, b * pt, c * pt) for a, b, c in rules.horizontal],
                    [(a * pt, b * pt, c * pt) for a, b, c in rules.vertical])
    grids = find_grids(info)
    assert len(grids) == 1
    assert len(grids[0].xs) == 6 and len(grids[0].ys) == 8  # 5 columns, 7 rows
    # Only the borders went: the letters keep (almost) all their ink.
    erased = before & ~after
    assert erased.sum() > 0.5 * sum(b - a for a, b, _ in rules.horizontal)
    assert after.sum() > 0.6 * before.sum()


def test_letters_are_not_rules() -> None:
    # Page 1 of the Hải Phòng directive: header, bold title, body prose; only short rules
    # under the header lines may be found, and no vertical ones.
    grey = _render(SAMPLES / "pdf/s01_ct_ubnd_haiphong.pdf", 0)
    _, rules = erase_rules(grey, DPI)
    assert rules.vertical == []
    assert all(b - a < 0.5 * grey.width for a, b, _ in rules.horizontal)
    assert len(rules.horizontal) <= 3


def test_filled_box_is_kept() -> None:
    arr = np.full((400, 800), 255, dtype=np.uint8)
    arr[100:200, 100:700] = 0  # a black box, 100 px tall: not a rule
    arr[300:302, 100:700] = 0  # a 2-px rule
    from PIL import Image

    clean, rules = erase_rules(Image.fromarray(arr, mode="L"), 200)
    out = np.asarray(clean)
    assert (out[100:200, 100:700] == 0).all()
    assert (out[300:302, 100:700] == 255).all()
    assert len(rules.horizontal) == 1 and rules.horizontal[0][0] == 100


def _w(text: str, x0: float, x1: float, conf: float = 0.95, top: float = 100.0) -> OcrWord:
    return OcrWord(text=text, x0=x0, top=top, x1=x1, bottom=top + 12, size=12.0, font="OCR", conf=conf)


def test_words_given_out_of_order_share_their_box() -> None:
    # Tesseract's own numbers for the bold italic "Nơi nhận:" (px → pt): "Nơi" a 9-px sliver
    # inside "nhận:", which spans both.
    words = [_w("Nơi", 100.8, 103.0), _w("nhận:", 85.2, 133.2)]
    _untangle(words)
    assert words[0].x0 == 85.2 and words[0].x1 <= words[1].x0 and words[1].x1 == 133.2
    assert sorted(words, key=lambda w: w.x0)[0].text == "Nơi"


def _tsv(rows: list[tuple]) -> str:
    lines = [HEADER]
    for level, block, par, line, word, left, top, width, height, conf, text in rows:
        lines.append(f"{level}\t1\t{block}\t{par}\t{line}\t{word}\t{left}\t{top}\t{width}\t{height}\t{conf}\t{text}")
    return "\n".join(lines) + "\n"


def _sure_lines(n: int) -> list[tuple]:
    """``n`` ordinary printed lines of three sure words ("chữ"), one Tesseract line each."""
    rows: list[tuple] = [(4, 1, 1, k, 0, 355, 200 + 60 * k, 1500, 50, -1, "") for k in range(1, n + 1)]
    rows += [(5, 1, 1, k, j, 355 + 200 * j, 200 + 60 * k, 150, 50, 96.0, "chữ")
             for k in range(1, n + 1) for j in (1, 2, 3)]
    return rows


def test_list_dash_read_as_tilde_and_fraction_slash() -> None:
    tsv = _tsv([
        (4, 1, 1, 1, 0, 317, 571, 588, 54, -1, ""),
        (5, 1, 1, 1, 1, 355, 597, 16, 8, 50.7, "~"),
        (5, 1, 1, 1, 2, 385, 577, 80, 38, 96.7, "Lưu"),
        (5, 1, 1, 1, 3, 480, 578, 81, 37, 96.9, "Văn"),
        (5, 1, 1, 1, 4, 575, 576, 125, 49, 96.2, "phòng"),
        (4, 1, 1, 2, 0, 317, 640, 588, 54, -1, ""),
        (5, 1, 1, 2, 1, 355, 640, 80, 40, 96.0, "trước"),
        (5, 1, 1, 2, 2, 445, 640, 80, 40, 96.0, "ngày"),
        (5, 1, 1, 2, 3, 535, 640, 200, 40, 96.0, "31\u20445/2026"),
    ])
    texts = [w.text for w in parse_tsv(tsv)]
    assert texts == ["-", "Lưu", "Văn", "phòng", "trước", "ngày", "31/5/2026"]


def test_tangled_line_is_read_again_as_a_block() -> None:
    # Page 2 of the Nam Đàn report: "- Như trên;" and "- UBND tỉnh (để báo cáo);" beside
    # "KT. CHỦ TỊCH" came back as one 106-px line "š UBN sài Sa bái 262 _ KT. CHỦ TỊCH".
    usual = _sure_lines(4)
    words: list[tuple] = []
    tangled = [
        (4, 2, 1, 1, 0, 355, 790, 1642, 106, -1, ""),
        (5, 2, 1, 1, 1, 383, 794, 94, 95, 73.4, "UBN"),
        (5, 2, 1, 1, 2, 470, 790, 85, 102, 12.0, "sài"),
        (5, 2, 1, 1, 3, 572, 853, 92, 43, 0.0, "Sa"),
        (5, 2, 1, 1, 4, 676, 853, 42, 36, 28.2, "bái"),
        (5, 2, 1, 1, 5, 1500, 800, 300, 45, 90.0, "CHỦ"),
        # a fragment Tesseract split off inside the tangle
        (4, 3, 1, 1, 0, 355, 864, 400, 29, -1, ""),
        (5, 3, 1, 1, 1, 355, 864, 20, 29, 83.0, "-"),
        (5, 3, 1, 1, 2, 400, 864, 60, 29, 83.0, "cao);"),
    ]
    tsv = _tsv(usual + words + tangled)
    import csv
    import io

    records = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [ln.key for ln in tangled_lines(records)] == [("2", "1", "1")]

    calls = []

    def read(image, timeout, psm=3):  # a --psm 6 reading of the cut, in the cut's pixels
        calls.append((image.size, psm))
        return _tsv([
            (5, 1, 1, 1, 1, 10, 1, 30, 40, 90.0, "XTYY"),  # half a line at the cut's top edge: dropped
            (5, 1, 1, 2, 1, 20, 30, 20, 8, 95.0, "-"),
            (5, 1, 1, 2, 2, 60, 20, 120, 40, 95.0, "UBND"),
            (5, 1, 1, 2, 3, 200, 20, 80, 40, 95.0, "tỉnh"),
        ])

    from PIL import Image

    out = reread(tsv, Image.new("L", (2482, 3508), 255), read, 10.0)
    assert calls and calls[0][1] == 6
    texts = [w.text for w in parse_tsv(out)]
    assert "UBND" in texts and "tỉnh" in texts
    assert not {"UBN", "sài", "Sa", "bái", "cao);", "XTYY"} & set(texts)
    assert texts.count("chữ") == 12  # the lines that were fine are untouched


def test_clean_page_is_not_read_again() -> None:
    rows = _sure_lines(3)
    tsv = _tsv(rows)

    def read(*_a, **_k):
        raise AssertionError("a clean page must not be read twice")

    assert reread(tsv, None, read, 10.0) == tsv


def test_name_under_the_seal_keeps_its_unsure_syllable() -> None:
    name = [_w("Lê", 378, 393), _w("Thị", 400, 418), _w("Ngọc", 422, 452), _w("Hân", 456, 482, conf=0.06)]
    assert [w.text for w in _trim(name)] == ["Lê", "Thị", "Ngọc", "Hân"]
    # ...but a stroke read as letters beside a title still goes.
    title = [_w("CHÁNH", 363, 412), _w("VĂN", 416, 446), _w("PHÒNG", 450, 498), _w("Hệ:", 505, 520, conf=0.1)]
    assert [w.text for w in _trim(title)] == ["CHÁNH", "VĂN", "PHÒNG"]


@pytest.mark.parametrize(("ocr", "fixed"), [
    ("đề xuất biểu dương trong quý II1/2026.", "đề xuất biểu dương trong quý III/2026."),
    ("Quýl/2026", "Quý I/2026"),
    ("Trước quý II//2026", "Trước quý II/2026"),
    ("kết quả quý I1 năm 2026", "kết quả quý II năm 2026"),
    ("quý 1/2026", "quý 1/2026"),  # an Arabic 1 is printed too: left as printed
    ("quý IV/2025", "quý IV/2025"),
    ("quý V/2026", "quý V/2026"),  # no fifth quarter: not a numeral this rule knows
    ("chất lượng quý báu của dân tộc", "chất lượng quý báu của dân tộc"),
])
def test_quarter_numerals(ocr: str, fixed: str) -> None:
    assert repair_quarter(ocr) == fixed


@pytest.mark.slow
def test_scanned_table_and_underlined_label() -> None:
    """End to end on the scans: the task table comes out cell by cell, "Nơi nhận:" (underlined)
    and every recipient line are read, and the signer's name is whole."""
    layout = load(SAMPLES / "scans/s02_kh_ubnd_nghean.pdf")
    cells = {(b.cell.row, b.cell.col): b.text for b in layout.blocks() if b.cell}
    assert max(r for r, _ in cells) == 6 and max(c for _, c in cells) == 4
    assert "Cập nhật phương án ứng phó thiên tai" in cells[(2, 1)]
    assert "Trước 30/6" in cells[(2, 4)]

    layout = load(SAMPLES / "scans/p07_tb_tinhuy_lamdong.pdf")
    texts = [b.text for b in layout.pages[-1].blocks]
    assert "Nơi nhận:" in texts
    assert "- Lưu Văn phòng Tỉnh ủy." in texts
    assert "Lê Thị Ngọc Hân" in texts


def test_dash_read_as_two_strokes_with_a_shrunk_box() -> None:
    # Tesseract's own record for the dash of "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);" on a scan:
    # "-~" in a 3-px box, conf 60; and "(b/c);" at conf 21, which must not be trimmed as a stroke.
    tsv = _tsv([
        (4, 1, 1, 1, 0, 324, 360, 675, 71, -1, ""),
        (5, 1, 1, 1, 1, 324, 384, 3, 3, 60.1, "-~"),
        (5, 1, 1, 1, 2, 379, 378, 36, 42, 95.1, "TT"),
        (5, 1, 1, 1, 3, 438, 360, 84, 71, 87.3, "Tỉnh"),
        (5, 1, 1, 1, 4, 544, 360, 51, 71, 96.7, "ủy,"),
        (5, 1, 1, 1, 5, 899, 360, 100, 71, 21.7, "(b/c);"),
    ])
    words = parse_tsv(tsv)
    assert [w.text for w in words] == ["-", "TT", "Tỉnh", "ủy,", "(b/c);"]
    assert words[0].x1 - words[0].x0 > 3
    assert [w.text for w in _trim(words)][-1] == "(b/c);"


def test_recipient_after_a_lost_dash_is_its_own_item() -> None:
    from extract.recipients import read_recipients
    from parsers.layout import Block, Line

    def lines(conf: float) -> list[Block]:
        texts = ["Nơi nhận:", "- Như Điều 3;", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                 "Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, KT."]
        return [Block([Line(t, confidence=conf)], column=0) for t in texts]

    names = [(r.name, r.purpose) for r in read_recipients(lines(0.9))]
    assert names == [("Như Điều 3", None), ("TT Tỉnh ủy, TT HĐND tỉnh", "b/c"),
                     ("Chủ tịch, các PCT UBND tỉnh", None), ("VT, KT", "lưu")]
    # A wrap stays a wrap: the line before it did not close an item with ";".
    wrapped = [Block([Line(t, confidence=0.9)], column=0) for t in
               ("- Các sở: Tài chính, Xây dựng,", "Nông nghiệp và Môi trường;", "- Lưu: VT, TH.")]
    assert [r.name for r in read_recipients(wrapped)] == [
        "Các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường", "VT, TH"]


def test_double_slash_in_a_cited_number() -> None:
    from parsers.ocr_repair import repair_line

    assert repair_line("Căn cứ Nghị quyết số 25//NQ-HĐND ngày 10") == "Căn cứ Nghị quyết số 25/NQ-HĐND ngày 10"
    assert repair_line("tại https://dichvucong.gov.vn/p") == "tại https://dichvucong.gov.vn/p"


def test_unsure_name_line_is_read_again_alone_and_only_a_surer_reading_wins() -> None:
    from PIL import Image

    usual = _sure_lines(3)
    name = [(4, 8, 1, 1, 0, 1606, 690, 532, 80, -1, ""),
            (5, 8, 1, 1, 1, 1602, 686, 264, 88, 2.5, "ĐặngVăn"),
            (5, 8, 1, 1, 2, 1880, 686, 118, 88, 2.5, "Phú"),
            (5, 8, 1, 1, 3, 2135, 690, 3, 4, 67.7, "ˆ")]
    tsv = _tsv(usual + name)
    seen = []

    def sure(image, timeout, psm=3):
        seen.append((image.size, psm))
        return _tsv([(5, 1, 1, 1, 1, 12, 12, 80, 60, 97.0, "Đặng"), (5, 1, 1, 1, 2, 100, 12, 60, 60, 97.0, "Văn"),
                     (5, 1, 1, 1, 3, 170, 12, 70, 60, 97.0, "Phúc")])

    page = Image.new("L", (2482, 3508), 255)
    texts = [w.text for w in parse_tsv(reread(tsv, page, sure, 10.0))]
    assert texts[-3:] == ["Đặng", "Văn", "Phúc"]
    width, psm = seen[0][0][0], seen[0][1]
    assert psm == 7 and width < 2135 - 1602  # the far speck is left out of the cut

    def unsure(image, timeout, psm=3):
        return _tsv([(5, 1, 1, 1, 1, 12, 12, 80, 60, 5.0, "Dang"), (5, 1, 1, 1, 2, 100, 12, 60, 60, 5.0, "Vau")])

    texts = [w.text for w in parse_tsv(reread(tsv, page, unsure, 10.0))]
    assert "ĐặngVăn" in texts or "Đặng" in texts  # the first reading stands
    assert "Vau" not in texts


@pytest.mark.parametrize(("ocr", "fixed"), [
    ("Ngo Thị Hồng Nhung", "Ngô Thị Hồng Nhung"),  # the hat lost under the seal
    ("Tran Quốc Việt", "Trần Quốc Việt"),
    ("Đặnz Văn Phúc", "Đặng Văn Phúc"),  # not a syllable, one letter off one surname only
    ("Lê Thị Ngọc Hân", "Lê Thị Ngọc Hân"),
    ("Hà Nội", "Hà Nội"),  # a surname already
    ("Như trên;", "Như trên;"),
    ("Kính gửi", "Kính gửi"),  # not a name line: lower-case words
    ("NGUYEN VAN AN", "NGUYEN VAN AN"),  # CAPS lines are the fixed-phrase rules' business
    ("La Văn Minh", "La Văn Minh"),
])
def test_surname_of_a_name_line(ocr: str, fixed: str) -> None:
    from parsers.ocr_repair import snap_surname

    assert snap_surname(ocr) == fixed


def test_backslash_read_for_a_capital_v() -> None:
    from parsers.ocr import _join_v

    words = [_w("Đặng", 384, 415), _w("\\", 421, 426, conf=0.76), _w("ăn", 427, 445), _w("Phúc", 449, 479)]
    assert [w.text for w in _join_v(words)] == ["Đặng", "Văn", "Phúc"]
    # a backslash with nothing to join is a stroke, and goes
    assert [w.text for w in _join_v([_w("\\", 100, 104), _w("Sở", 200, 215)])] == ["Sở"]


def test_readings_merge_word_by_word_only_when_aligned() -> None:
    from parsers.ocr_reread import _best

    def rec(text: str, left: int, conf: float) -> dict[str, str]:
        return {"level": "5", "block_num": "9", "par_num": "1", "line_num": "1", "word_num": "1",
                "left": str(left), "top": "100", "width": "60", "height": "40", "conf": str(conf), "text": text}

    page = [rec("Ngo", 0, 85), rec("Thị", 80, 97), rec("[lồng", 160, 59), rec("Nhung", 240, 97)]
    alt = [rec("go", 5, 15), rec("Thị", 80, 96), rec("Hồng", 160, 96), rec("Nhung", 240, 96)]
    assert [w["text"] for w in _best([page, alt])] == ["Ngo", "Thị", "Hồng", "Nhung"]
    shifted = [rec("Đặnz", 0, 90), rec("\\", 70, 76), rec("ăn", 100, 96), rec("Phúc", 240, 96)]
    first = [rec("Đặn", 0, 80), rec("tán", 100, 56), rec("Phú", 200, 56), rec("—ˆ", 300, 5)]
    assert [w["text"] for w in _best([first, shifted])] == ["Đặnz", "\\", "ăn", "Phúc"]  # the surer line


@pytest.mark.slow
def test_names_under_the_seal_are_read() -> None:
    for name, expected in (("s08_khlt_sgddt_syt_thainguyen", "Ngô Thị Hồng Nhung"),
                           ("s03_cv_syt_ninhbinh", "Đặng Văn Phúc")):
        layout = load(SAMPLES / f"scans/{name}.pdf")
        assert expected in [b.text for b in layout.pages[-1].blocks], name


def test_glued_syllables_in_a_table_cell_are_cut() -> None:
    from parsers.ocr import _split_glued

    def texts(text: str, conf: float) -> list[str]:
        return [w.text for w in _split_glued(_w(text, 100, 200, conf=conf))]

    assert texts("SởTàichính", 0.3) == ["Sở", "Tài", "chính"]
    assert texts(".SởNông", 0.5) == [".Sở", "Nông"]
    assert texts("Tàichính", 0.3) == ["Tài", "chính"]
    # real words and acronyms stay whole, and so does a sure word
    assert texts("nghiệp", 0.3) == ["nghiệp"]
    assert texts("PGĐ", 0.3) == ["PGĐ"]
    assert texts("Tàichính", 0.9) == ["Tàichính"]
