"""The DOCX backend: reading order with tables, Word numbering labels, styles, bad input."""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt

from parsers import UnreadableDocument, load
from parsers.docx_backend import parse_docx
from parsers.docx_guard import OLE_MAGIC
from parsers.docx_numbering import bullet_char, format_number
from tests.fixtures.docx.build import (
    NS_DECL,
    abstract,
    cell,
    level,
    make_docx,
    num,
    numbering,
    para,
    run,
    start_override,
    styles,
    table,
)


def texts(layout) -> list[str]:
    return [b.text for b in layout.blocks()]


def build(tmp_path: Path, body: str, name: str = "t.docx", **kw) -> list:
    return list(parse_docx(make_docx(tmp_path / name, body, **kw)).blocks())


# A directive's usual list: I. → 1. → a) → - → +
DIRECTIVE_LIST = abstract(
    1,
    level(0, "upperRoman", "%1.", bold=True),
    level(1, "decimal", "%2."),
    level(2, "lowerLetter", "%3)"),
    level(3, "bullet", "\uf02d", font="Symbol"),
    level(4, "bullet", "+", font="Times New Roman"),
)


# ---------------------------------------------------------------- numbering


def test_multilevel_directive_numbering_restarts_deeper_levels(tmp_path):
    body = "".join([
        para("MỤC ĐÍCH, YÊU CẦU", num=1, lvl=0),
        para("Nâng cao trách nhiệm của người đứng đầu.", num=1, lvl=1),
        para("Các sở, ban, ngành:", num=1, lvl=1),
        para("Rà soát thủ tục hành chính;", num=1, lvl=2),
        para("Công khai kết quả giải quyết;", num=1, lvl=2),
        para("đúng hạn", num=1, lvl=3),
        para("trước hạn", num=1, lvl=4),
        para("Ủy ban nhân dân cấp huyện:", num=1, lvl=1),
        para("Chỉ đạo cấp xã;", num=1, lvl=2),
        para("TỔ CHỨC THỰC HIỆN", num=1, lvl=0),
        para("Văn phòng UBND tỉnh theo dõi.", num=1, lvl=1),
    ])
    blocks = build(tmp_path, body, numbering_xml=numbering(DIRECTIVE_LIST, num(1, 1)))
    assert [b.text for b in blocks] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao trách nhiệm của người đứng đầu.",
        "2. Các sở, ban, ngành:",
        "a) Rà soát thủ tục hành chính;",
        "b) Công khai kết quả giải quyết;",
        "- đúng hạn",
        "+ trước hạn",
        "3. Ủy ban nhân dân cấp huyện:",
        "a) Chỉ đạo cấp xã;",  # a) again: restarted under a new 2nd-level item
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng UBND tỉnh theo dõi.",  # 1. again under II.
    ]
    assert [b.list_label for b in blocks][:7] == ["I.", "1.", "2.", "a)", "b)", "-", "+"]
    assert blocks[0].lines[0].spans[0].text == "I." and blocks[0].lines[0].spans[0].bold
    assert blocks[1].indent == 72.0  # the level's w:ind (1440 twips) when the paragraph has none


def test_compound_templates_and_legal_numbering(tmp_path):
    numbering_xml = numbering(
        abstract(1, level(0, "upperRoman", "%1."), level(1, "decimal", "%1.%2.", lgl=True),
                 level(2, "decimal", "%1.%2.%3.")),
        abstract(2, level(0, "decimal", "Điều %1."), level(1, "decimal", "%2."), level(2, "lowerLetter", "%3)")),
        num(1, 1), num(2, 2),
    )
    body = "".join([
        para("Phần một", num=1, lvl=0),
        para("mục", num=1, lvl=1),
        para("mục", num=1, lvl=1),
        para("tiểu mục", num=1, lvl=2),
        para("Phạm vi điều chỉnh", num=2, lvl=0),
        para("Khoản một", num=2, lvl=1),
        para("điểm", num=2, lvl=2),
        para("Đối tượng áp dụng", num=2, lvl=0),
    ])
    got = [b.text for b in build(tmp_path, body, numbering_xml=numbering_xml)]
    assert got == [
        "I. Phần một",
        "1.1. mục",  # isLgl: the roman "I" of level 1 is shown as "1"
        "1.2. mục",
        "I.2.1. tiểu mục",  # level 3 is not legal: Word keeps the roman
        "Điều 1. Phạm vi điều chỉnh",
        "1. Khoản một",
        "a) điểm",
        "Điều 2. Đối tượng áp dụng",
    ]


def test_levels_not_counted_yet_show_one_less_than_their_start(tmp_path):
    """Word's "0.1" heading: a deeper level before its parent shows the parent as 0."""
    numbering_xml = numbering(abstract(1, level(0, "decimal", "%1."), level(1, "decimal", "%1.%2."),
                                       level(2, "decimal", "%1.%2.%3.")), num(1, 1))
    body = "".join([para("con", num=1, lvl=1), para("cha", num=1, lvl=0), para("cháu", num=1, lvl=2),
                    para("con", num=1, lvl=1)])
    assert [b.list_label for b in build(tmp_path, body, numbering_xml=numbering_xml)] == [
        "0.1.", "1.", "1.0.1.", "1.1."]


def test_start_override_restarts_and_plain_nums_continue(tmp_path):
    numbering_xml = numbering(
        abstract(1, level(0, "decimal", "%1.")),
        num(1, 1),
        num(2, 1, start_override(0, 1)),  # "Restart numbering at 1"
        num(3, 1),  # same abstract list, no override: continues numId 1
        num(4, 1, start_override(0, 5)),  # "Set numbering value: 5"
    )
    body = "".join([
        para("một", num=1), para("hai", num=1),
        para("lại một", num=2), para("lại hai", num=2),
        para("tiếp", num=3),
        para("năm", num=4), para("sáu", num=4),
        para("bảy", num=1),  # back on numId 1: the shared count goes on (Word), not 3 from numId 1's own past
        para("tám", num=2),  # numId 2's override was spent on its first use
    ])
    got = [b.list_label for b in build(tmp_path, body, numbering_xml=numbering_xml)]
    assert got == ["1.", "2.", "1.", "2.", "3.", "5.", "6.", "7.", "8."]


def test_two_lists_interleaved_keep_their_own_counters(tmp_path):
    numbering_xml = numbering(
        abstract(1, level(0, "decimal", "%1.")),
        abstract(2, level(0, "lowerLetter", "%1)")),
        num(1, 1), num(2, 2),
    )
    body = "".join(para(t, num=n) for t, n in [("x", 1), ("y", 2), ("x", 1), ("y", 2), ("y", 2), ("x", 1)])
    got = [b.text for b in build(tmp_path, body, numbering_xml=numbering_xml)]
    assert got == ["1. x", "a) y", "2. x", "b) y", "c) y", "3. x"]


def test_lvl_restart_zero_never_restarts_and_one_based_restart(tmp_path):
    numbering_xml = numbering(
        abstract(1, level(0, "upperRoman", "%1."), level(1, "decimal", "%2.", restart=0)),
        abstract(2, level(0, "upperRoman", "%1."), level(1, "decimal", "%2."),
                 level(2, "lowerLetter", "%3)", restart=1)),  # restarts only after level 1 (ilvl 0)
        num(1, 1), num(2, 2),
    )
    body = "".join([
        para("A", num=1, lvl=0), para("t", num=1, lvl=1), para("t", num=1, lvl=1),
        para("B", num=1, lvl=0), para("t", num=1, lvl=1),
        para("A", num=2, lvl=0), para("k", num=2, lvl=1), para("d", num=2, lvl=2),
        para("k", num=2, lvl=1), para("d", num=2, lvl=2),  # not restarted by level 2
        para("B", num=2, lvl=0), para("k", num=2, lvl=1), para("d", num=2, lvl=2),  # restarted by level 1
    ])
    got = [b.list_label for b in build(tmp_path, body, numbering_xml=numbering_xml)]
    assert got == ["I.", "1.", "2.", "II.", "3.", "I.", "1.", "a)", "2.", "b)", "II.", "1.", "a)"]


def test_numbering_from_paragraph_style_and_num_id_zero(tmp_path):
    style_xml = styles(
        '<w:style w:type="paragraph" w:styleId="Dieu"><w:name w:val="Dieu"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Heading1"/></w:style>',
    )
    numbering_xml = numbering(
        abstract(7, level(0, "decimal", "Điều %1.")),
        abstract(8, level(0, "upperRoman", "%1.", pstyle="Heading1"), level(1, "decimal", "%2.", pstyle="Heading2")),
        num(7, 7), num(8, 8),
    )
    body = "".join([
        para("Phạm vi điều chỉnh", style="Dieu"),
        para("Đối tượng áp dụng", style="Dieu"),
        para("Không đánh số", style="Dieu", num=0),  # w:numId 0 switches the style's numbering off
        para("Hiệu lực thi hành", style="Dieu"),
        para("NHIỆM VỤ", style="Heading1"),
        para("Tuyên truyền", style="Heading2"),  # level found through the lvl's w:pStyle
        para("Kiểm tra", style="Heading2"),
    ])
    blocks = build(tmp_path, body, numbering_xml=numbering_xml, styles_xml=style_xml)
    assert [b.text for b in blocks] == [
        "Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng", "Không đánh số",
        "Điều 3. Hiệu lực thi hành", "I. NHIỆM VỤ", "1. Tuyên truyền", "2. Kiểm tra",
    ]
    assert blocks[2].list_label is None
    assert blocks[0].bold and blocks[0].style == "Dieu"
    assert blocks[4].style == "Heading 1"


def test_bullets_mapped_to_vietnamese_marks(tmp_path):
    numbering_xml = numbering(
        abstract(1, level(0, "bullet", "\uf0b7", font="Symbol")),
        abstract(2, level(0, "bullet", "\uf02d", font="Symbol")),
        abstract(3, level(0, "bullet", "\uf0a7", font="Wingdings")),
        abstract(4, level(0, "bullet", "–", font="Times New Roman")),
        abstract(5, level(0, "bullet", "+")),
        abstract(6, level(0, "bullet", "o", font="Courier New")),
        abstract(7, level(0, "bullet", "\uf0d8", font="Wingdings")),
        *[num(i, i) for i in range(1, 8)],
    )
    body = "".join(para(f"ý {i}", num=i) for i in range(1, 8))
    got = [b.text for b in build(tmp_path, body, numbering_xml=numbering_xml)]
    assert got == ["• ý 1", "- ý 2", "• ý 3", "- ý 4", "+ ý 5", "• ý 6", "• ý 7"]


def test_mixed_bullets_and_numbers_in_one_list(tmp_path):
    numbering_xml = numbering(
        abstract(1, level(0, "decimal", "%1."), level(1, "bullet", "-"), level(2, "decimal", "%1.%3."),
                 level(3, "bullet", "\uf02b", font="Symbol")),
        num(1, 1),
    )
    body = "".join([
        para("Một", num=1, lvl=0), para("gạch", num=1, lvl=1), para("gạch", num=1, lvl=1),
        para("Hai", num=1, lvl=0), para("con", num=1, lvl=2), para("cộng", num=1, lvl=3),
        para("con", num=1, lvl=2),
    ])
    got = [b.text for b in build(tmp_path, body, numbering_xml=numbering_xml)]
    assert got == ["1. Một", "- gạch", "- gạch", "2. Hai", "2.1. con", "+ cộng", "2.2. con"]


def test_level_override_list_style_link_and_empty_items(tmp_path):
    style_xml = styles(
        '<w:style w:type="numbering" w:styleId="DanhSach"><w:name w:val="Danh sach"/>'
        '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    )
    override = ('<w:lvlOverride w:ilvl="0">' + level(0, "lowerRoman", "(%1)", start=2) + "</w:lvlOverride>")
    numbering_xml = numbering(
        abstract(1, level(0, "decimal", "%1.")),
        abstract(2, level(0, "upperLetter", "%1."), style_link="DanhSach"),
        abstract(5, num_style_link="DanhSach"),  # defined through the list style → abstract 2
        num(1, 1), num(2, 1, override), num(3, 2), num(4, 5),
    )
    body = "".join([
        para("một", num=1), para("", num=1), para("ba", num=1),  # the empty item is counted, not shown
        para("ii", num=2), para("iii", num=2),
        para("A", num=4), para("B", num=4),
    ])
    got = [b.text for b in build(tmp_path, body, numbering_xml=numbering_xml, styles_xml=style_xml)]
    assert got == ["1. một", "3. ba", "(ii) ii", "(iii) iii", "A. A", "B. B"]


def test_numbering_label_takes_caps_of_the_paragraph_mark(tmp_path):
    numbering_xml = numbering(abstract(1, level(0, "lowerLetter", "%1)")), num(1, 1))
    body = para(run("nội dung", caps=True), num=1, extra_ppr="<w:rPr><w:caps/></w:rPr>")
    [block] = build(tmp_path, body, numbering_xml=numbering_xml)
    assert block.text == "A) NỘI DUNG"


@pytest.mark.parametrize(("n", "fmt", "want"), [
    (4, "upperRoman", "IV"), (9, "lowerRoman", "ix"), (14, "upperRoman", "XIV"),
    (1, "lowerLetter", "a"), (5, "lowerLetter", "e"), (26, "lowerLetter", "z"), (27, "lowerLetter", "aa"),
    (28, "upperLetter", "BB"), (7, "decimalZero", "07"), (3, "decimalEnclosedParen", "(3)"),
    (21, "vietnameseCounting", "hai mươi mốt"), (15, "vietnameseCounting", "mười lăm"),
    (3, "none", ""), (12, "someFutureFormat", "12"),
])
def test_format_number(n, fmt, want):
    assert format_number(n, fmt) == want


def test_bullet_char_private_use_glyphs():
    assert bullet_char("\uf0b7", "Symbol") == "•"
    assert bullet_char("\uf02d", None) == "-"
    assert bullet_char("\uf0fc", "Wingdings") == "•"
    assert bullet_char("", None, picture=True) == "•"
    assert bullet_char("*", "Times New Roman") == "*"
    assert bullet_char("", "Symbol") == ""


def _random_list_document(seed: int, path: Path) -> Path:
    """Three abstract lists, six w:num (some restarting), 40 items in a well-formed hierarchy."""
    rnd = random.Random(seed)
    formats = ["decimal", "lowerLetter", "upperRoman", "lowerRoman", "upperLetter"]
    abstracts = []
    for aid in range(1, 4):
        levels = []
        for i in range(3):
            template = rnd.choice([f"%{i + 1}.", f"%{i + 1})", "".join(f"%{k + 1}." for k in range(i + 1))])
            levels.append(level(i, rnd.choice(formats), template, start=rnd.choice([1, 1, 1, 3])))
        abstracts.append(abstract(aid, *levels))
    owner = {n: rnd.randint(1, 3) for n in range(1, 7)}
    nums = [num(n, a, start_override(0, rnd.randint(1, 4)) if rnd.random() < 0.4 else "") for n, a in owner.items()]
    last: dict[int, int] = {}
    paras = []
    for i in range(40):
        n = rnd.randint(1, 6)
        lvl = min(rnd.choice([0, 0, 1, 1, 2]), last.get(owner[n], -1) + 1)  # no level before its parent
        last[owner[n]] = lvl
        paras.append(para(f"mục {i}", num=n, lvl=lvl))
    return make_docx(path, "".join(paras), numbering_xml=numbering(*abstracts, *nums))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_numbering_agrees_with_libreoffice_on_random_lists(tmp_path):
    """LibreOffice's text export prints list labels: an independent renderer to check ours against.

    (Not for lvlRestart, isLgl and bullets, which LibreOffice 7.4 renders its own way.)
    """
    paths = [_random_list_document(seed, tmp_path / f"ds_{seed}.docx") for seed in range(12)]
    with tempfile.TemporaryDirectory(prefix="lo_test_") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), *map(str, paths)],
                       check=True, capture_output=True, timeout=300)
    for path in paths:
        theirs = [ln.strip().lstrip("\ufeff").strip() for ln in path.with_suffix(".txt").read_text().splitlines()]
        assert [b.text for b in parse_docx(path).blocks()] == [ln for ln in theirs if ln], path.name


def test_many_list_items_are_fast(tmp_path):
    body = "".join(para(f"Nhiệm vụ số {i} của các sở, ban, ngành.", num=1, lvl=i % 3) for i in range(3000))
    numbering_xml = numbering(DIRECTIVE_LIST, num(1, 1))
    path = make_docx(tmp_path / "long.docx", body, numbering_xml=numbering_xml)
    t0 = time.process_time()  # CPU time: the test machine is shared, wall time is noise
    layout = parse_docx(path)
    elapsed = time.process_time() - t0
    assert len(list(layout.blocks())) == 3000
    assert elapsed < 3.0, elapsed


# ---------------------------------------------------------------- styles and lines


def test_style_inheritance_bold_caps_underline_and_direct_override(tmp_path):
    style_xml = styles(
        '<w:style w:type="paragraph" w:styleId="CoQuan"><w:name w:val="Co quan"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="CoQuanCon"><w:name w:val="Co quan con"/>'
        '<w:basedOn w:val="CoQuan"/><w:rPr><w:caps/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="Nhan"><w:name w:val="Nhan"/><w:rPr><w:i/><w:u w:val="single"/>'
        '</w:rPr></w:style>',
        defaults_rpr='<w:sz w:val="26"/>',
    )
    body = "".join([
        para("ủy ban nhân dân tỉnh", style="CoQuanCon"),
        para(run("Nơi nhận:", style="Nhan"), run(" - Như trên;")),
        para(run("không đậm") .replace("<w:r>", '<w:r><w:rPr><w:b w:val="0"/></w:rPr>', 1), style="CoQuan"),
        para("Hải Phòng, ngày 05 tháng 01 năm 2026", style="CoQuan", align="right", indent=2880),
    ])
    blocks = build(tmp_path, body, styles_xml=style_xml)
    issuer, recipients, plain, date = blocks
    assert issuer.text == "ỦY BAN NHÂN DÂN TỈNH"  # w:caps inherited from the style: capitals are what is seen
    assert issuer.bold and issuer.align == "center" and issuer.style == "Co quan con"
    assert issuer.lines[0].size == 14.0  # Normal's 28 half-points beat the document default 26
    spans = recipients.lines[0].spans
    assert spans[0].text == "Nơi nhận:" and spans[0].italic and spans[0].underline
    assert not spans[1].italic and spans[1].text == "- Như trên;"
    assert not recipients.italic
    assert not plain.bold  # direct w:b w:val="0" beats the style
    assert date.align == "right" and date.indent == 144.0


def test_bold_and_caps_toggle_between_style_levels(tmp_path):
    """Word's toggle properties: a bold character style in a bold paragraph style shows plain text."""
    style_xml = styles(
        '<w:style w:type="paragraph" w:styleId="TieuDe"><w:name w:val="Tieu de"/><w:rPr><w:b/><w:caps/></w:rPr>'
        "</w:style>",
        '<w:style w:type="paragraph" w:styleId="TieuDe2"><w:name w:val="Tieu de 2"/><w:basedOn w:val="TieuDe"/>'
        "<w:rPr><w:b/></w:rPr></w:style>",  # stated again down the same chain: still one level, still bold
        '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="KhongDam"><w:name w:val="Khong dam"/>'
        '<w:rPr><w:b w:val="0"/></w:rPr></w:style>',
    )
    body = "".join([
        para(run("đậm"), run(" thường", style="Strong"), style="TieuDe"),
        para(run("vẫn đậm", style="KhongDam"), style="TieuDe"),  # an "off" in a style changes nothing
        para(run("đậm trực tiếp", style="Strong", bold=True), style="TieuDe"),  # direct formatting is absolute
        para("chuỗi kế thừa", style="TieuDe2"),
    ])
    blocks = build(tmp_path, body, styles_xml=style_xml)
    assert [(s.text, s.bold) for s in blocks[0].lines[0].spans] == [("ĐẬM", True), ("THƯỜNG", False)]
    assert [b.bold for b in blocks[1:]] == [True, True, True]


def test_line_breaks_make_lines_of_one_block(tmp_path):
    body = para(run("ỦY BAN NHÂN DÂN", bold=True) + "<w:r><w:br/></w:r>" + run("TỈNH QUẢNG NINH", bold=True)
                + '<w:r><w:br w:type="textWrapping"/><w:t>Số: 12/CT-UBND</w:t></w:r>')
    [block] = build(tmp_path, body)
    assert [ln.text for ln in block.lines] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "Số: 12/CT-UBND"]
    assert block.text == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH Số: 12/CT-UBND"
    assert block.lines[0].bold and not block.lines[2].bold and not block.bold


def test_hidden_deleted_and_inserted_text(tmp_path):
    body = para(run("Giao "), run("bí mật ", vanish=True),
                '<w:del w:id="1" w:author="A"><w:r><w:delText>Sở Tài chính</w:delText></w:r></w:del>',
                '<w:ins w:id="2" w:author="A">' + run("Sở Nội vụ") + "</w:ins>",
                '<w:hyperlink r:id="rIdX">' + run(" chủ trì") + "</w:hyperlink>")
    [block] = build(tmp_path, body)
    assert block.text == "Giao Sở Nội vụ chủ trì"


def test_rules_and_empty_paragraphs_dropped_lone_star_kept(tmp_path):
    body = "".join([
        para("ĐẢNG BỘ TỈNH HẢI DƯƠNG"),
        para("*"),
        para("__________"),
        para("-----------"),
        para("* * *"),
        para(""),
        para("   "),
        "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\"/></w:pBdr></w:pPr></w:p>",
        para("Số 15-CT/TU"),
        para(run("HUYỆN ỦY AN LÃO"), "<w:r><w:br/></w:r>", run("_____")),
    ])
    blocks = build(tmp_path, body)
    assert [b.text for b in blocks] == ["ĐẢNG BỘ TỈNH HẢI DƯƠNG", "*", "Số 15-CT/TU", "HUYỆN ỦY AN LÃO"]
    assert len(blocks[-1].lines) == 1


def test_nfd_text_normalised_and_reported(tmp_path):
    nfd = unicodedata.normalize("NFD", "Quyết định")
    path = make_docx(tmp_path / "nfd.docx", para(nfd))
    layout = parse_docx(path)
    [block] = layout.blocks()
    assert block.text == "Quyết định" and unicodedata.is_normalized("NFC", block.text)
    assert [r.kind for r in layout.repairs] == ["nfc"]


def test_legacy_font_runs_converted_per_run(tmp_path):
    body = para(run("Céng hßa x· héi chñ nghÜa ViÖt Nam", font=".VnTime"), run(" — Unicode vẫn giữ"))
    layout = parse_docx(make_docx(tmp_path / "tcvn3.docx", body))
    [block] = layout.blocks()
    assert block.text == "Cộng hòa xã hội chủ nghĩa Việt Nam — Unicode vẫn giữ"
    assert [(r.kind, r.count) for r in layout.repairs] == [("tcvn3", 1)]


def test_legacy_capitals_font_and_vni(tmp_path):
    body = para(run("ñy ban nh©n d©n", font=".VnTimeH")) + para(run("Tieáng Vieät", font="VNI-Times"))
    layout = parse_docx(make_docx(tmp_path / "legacy.docx", body))
    assert texts(layout) == ["ỦY BAN NHÂN DÂN", "Tiếng Việt"]
    assert sorted(r.kind for r in layout.repairs) == ["tcvn3", "vni"]


def test_legacy_numbering_template_converted(tmp_path):
    numbering_xml = numbering(abstract(1, level(0, "decimal", "§iÒu %1.", font=".VnTime")), num(1, 1))
    body = para(run("Ph¹m vi ®iÒu chØnh", font=".VnTime"), num=1) + para(run("§èi t­îng ¸p dông", font=".VnTime"), num=1)
    layout = parse_docx(make_docx(tmp_path / "dieu.docx", body, numbering_xml=numbering_xml))
    assert texts(layout) == ["Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng"]
    assert [b.list_label for b in layout.blocks()] == ["Điều 1.", "Điều 2."]


def test_legacy_run_split_inside_a_letter(tmp_path):
    """Word split "Tieáng" after "Tie": the VNI mark byte "á" starts the next run."""
    body = para(run("Tie", font="VNI-Times"), run("áng Vieät", font="VNI-Times"), run(" hay", bold=True))
    layout = parse_docx(make_docx(tmp_path / "split.docx", body))
    assert texts(layout) == ["Tiếng Việt hay"]
    assert [(s.text, s.bold) for s in next(layout.blocks()).lines[0].spans] == [("Tiếng Việt", False),
                                                                                ("hay", True)]


def test_legacy_font_from_the_paragraph_style(tmp_path):
    style_xml = styles('<w:style w:type="paragraph" w:styleId="VnBody"><w:name w:val="Vn Body"/>'
                       '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>',
                       defaults_rpr="<w:b/>")
    layout = parse_docx(make_docx(tmp_path / "vs.docx", para("N¬i nhËn:", style="VnBody") + para("Unicode"),
                                  styles_xml=style_xml))
    assert texts(layout) == ["Nơi nhận:", "Unicode"]
    assert all(b.bold for b in layout.blocks())  # bold from the document defaults


def test_legacy_text_in_a_unicode_font_detected_and_converted(tmp_path):
    """TCVN3 bytes typed (or pasted) in a Unicode-named font: no font tells, the text does."""
    body = (para(run("Céng hßa x· héi chñ nghÜa ViÖt Nam", bold=True))
            + para(run("QuyÕt ®Þnh"), run(" vÒ viÖc giao nhiÖm vô", italic=True))
            + para("Cộng hòa xã hội chủ nghĩa Việt Nam"))
    layout = parse_docx(make_docx(tmp_path / "pasted.docx", body))
    assert texts(layout) == ["Cộng hòa xã hội chủ nghĩa Việt Nam", "Quyết định về việc giao nhiệm vụ",
                             "Cộng hòa xã hội chủ nghĩa Việt Nam"]
    spans = list(layout.blocks())[1].lines[0].spans
    assert [(s.text, s.italic) for s in spans] == [("Quyết định", False), ("về việc giao nhiệm vụ", True)]
    assert [r.kind for r in layout.repairs] == ["tcvn3"]


def test_legacy_conversion_counts_runs(tmp_path, monkeypatch):
    """Whatever the converter does, each converted run is counted once under its encoding."""
    import parsers.docx_runs as runs_mod

    monkeypatch.setattr(runs_mod, "convert_run", lambda text, font: (text.upper(), "tcvn3"))
    body = para(run("a", font=".VnTime"), run("b", font=".VnArial"), run("c", font="Times New Roman"))
    layout = parse_docx(make_docx(tmp_path / "count.docx", body))
    assert texts(layout) == ["ABc"]
    assert [(r.kind, r.count) for r in layout.repairs] == [("tcvn3", 2)]


def test_symbol_characters_in_text(tmp_path):
    body = para('<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>', run(" Sở Y tế;"))
    body += para('<w:r><w:sym w:font="Symbol" w:char="F02D"/></w:r>', run(" Sở Tài chính;"))
    body += para(run("Nhiệt độ 30"), '<w:r><w:sym w:font="Times New Roman" w:char="00B0"/></w:r>', run("C"))
    assert texts(parse_docx(make_docx(tmp_path / "sym.docx", body))) == [
        "• Sở Y tế;", "- Sở Tài chính;", "Nhiệt độ 30°C"]


def test_custom_number_format_uses_the_fallback(tmp_path):
    lvl = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14">'
           '<w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice><mc:Fallback>'
           '<w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl>')
    numbering_xml = numbering(abstract(1, lvl), num(1, 1))
    assert [b.text for b in build(tmp_path, para("Nội dung", num=1), numbering_xml=numbering_xml)] == [
        "01. Nội dung"]


def test_macro_enabled_document_is_read(tmp_path):
    path = make_docx(tmp_path / "src.docx", para("Nội dung có macro"))
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml")
    docm = _zip_with(tmp_path / "ke_hoach.docm", members)
    assert texts(load(docm)) == ["Nội dung có macro"]


# ---------------------------------------------------------------- fields, text boxes, headers


def _field(instr: str, result: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"{run(result)}"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def test_page_fields_dropped_other_field_results_kept(tmp_path):
    body = para(run("Xem Công văn "), _field('HYPERLINK "http://x.vn"', "số 15/UBND-VP"), run(" (trang "),
                _field("PAGE", "3"), run(")"))
    body += para('<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>')
    assert texts(parse_docx(make_docx(tmp_path / "f.docx", body))) == ["Xem Công văn số 15/UBND-VP (trang )"]


def _textbox(text: str) -> str:
    inner = f"<w:txbxContent>{para(text)}</w:txbxContent>"
    return ("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
            "<a:graphicData><wps:wsp><wps:txbx>" + inner + "</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
            "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + inner
            + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def test_text_box_read_once_after_its_anchor(tmp_path):
    body = para(run("Kính gửi: các sở, ngành"), _textbox("DỰ THẢO")) + para("Nội dung")
    body += para("<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + para("Hộp VML") + "</w:txbxContent>"
                 "</v:textbox></v:shape></w:pict></w:r>")
    assert texts(parse_docx(make_docx(tmp_path / "tb.docx", body))) == [
        "Kính gửi: các sở, ngành", "DỰ THẢO", "Nội dung", "Hộp VML"]


def _footnote(nid: int, text: str, ref: bool = True) -> str:
    mark = "<w:r><w:footnoteRef/></w:r>" if ref else ""
    return f'<w:footnote w:id="{nid}"><w:p>{mark}{run(" " + text)}</w:p></w:footnote>'


def test_footnotes_numbered_and_placed_at_the_end_of_their_page(tmp_path):
    notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             + _footnote(2, "Luật số 77/2015/QH13, được sửa đổi, bổ sung năm 2019.")
             + _footnote(5, "Ghi chú có dấu sao.", ref=False)
             + _footnote(3, "Nghị định số 30/2020/NĐ-CP."))
    body = (para(run("Căn cứ Luật Tổ chức chính quyền địa phương"), '<w:r><w:footnoteReference w:id="2"/></w:r>',
                 run(";"))
            + para(run("Ghi chú"), '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="5"/><w:t>*</w:t></w:r>',
                   run(" thêm."), '<w:r><w:br w:type="page"/></w:r>')
            + para(run("Căn cứ Nghị định"), '<w:r><w:footnoteReference w:id="3"/></w:r>', run(";"))
            + para("Điều 1. Phạm vi"))
    layout = parse_docx(make_docx(tmp_path / "fn.docx", body, footnotes=notes))
    assert [(b.text, b.page) for b in layout.blocks()] == [
        ("Căn cứ Luật Tổ chức chính quyền địa phương;", 1),  # the mark is not glued into the text
        ("Ghi chú thêm.", 1),
        ("1 Luật số 77/2015/QH13, được sửa đổi, bổ sung năm 2019.", 1),
        ("Ghi chú có dấu sao.", 1),  # a custom mark does not take a number
        ("Căn cứ Nghị định;", 2),
        ("Điều 1. Phạm vi", 2),
        ("2 Nghị định số 30/2020/NĐ-CP.", 2),
    ]
    assert [b.order for b in layout.blocks()] == list(range(7))


def test_footnote_number_format_from_settings(tmp_path):
    notes = _footnote(1, "Chú thích.")
    body = para(run("Nội dung"), '<w:r><w:footnoteReference w:id="1"/></w:r>')
    settings = '<w:footnotePr><w:numFmt w:val="lowerLetter"/><w:numStart w:val="3"/></w:footnotePr>'
    layout = parse_docx(make_docx(tmp_path / "fs.docx", body, footnotes=notes, settings=settings))
    assert texts(layout) == ["Nội dung", "c Chú thích."]


HEADER_TABLE = table([[cell("ỦY BAN NHÂN DÂN"), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]])


def test_first_page_header_with_content_kept_running_headers_and_footers_dropped(tmp_path):
    page_no = para(_field("PAGE", "2"), align="center")
    path = make_docx(tmp_path / "h.docx", para("Nội dung chỉ thị"),
                     headers={"first": HEADER_TABLE, "default": page_no + para("Chỉ thị số 12/CT-UBND")},
                     footers={"default": para("Trang ", _field("PAGE", "1"), "/", _field("NUMPAGES", "3")),
                              "first": para("D:\\vanban\\chi-thi.docx")},
                     title_page=True)
    blocks = list(parse_docx(path).blocks())
    assert [b.text for b in blocks] == ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nội dung chỉ thị"]
    assert [b.column for b in blocks] == [0, 1, None]


def test_legacy_text_in_a_kept_header_is_converted_and_reported(tmp_path):
    header = table([[cell(para(run("ñy ban nh©n d©n", font=".VnTimeH"))), cell("CỘNG HÒA")]])
    layout = parse_docx(make_docx(tmp_path / "hl.docx", para("Nội dung"), headers={"first": header},
                                  title_page=True))
    assert texts(layout) == ["ỦY BAN NHÂN DÂN", "CỘNG HÒA", "Nội dung"]
    assert [(r.kind, r.count) for r in layout.repairs] == [("tcvn3", 1)]


def test_running_header_without_table_dropped(tmp_path):
    path = make_docx(tmp_path / "h2.docx", para("Nội dung"),
                     headers={"default": para("Trang ", _field("PAGE", "2")) + para("BÁO CÁO TỔNG KẾT")})
    assert texts(parse_docx(path)) == ["Nội dung"]


# ---------------------------------------------------------------- tables


def test_merged_cells_not_duplicated_and_nested_tables(tmp_path):
    nested = table([[cell("TM. ỦY BAN NHÂN DÂN"), cell("")], [cell("Nguyễn Văn A", span=2)]], borders="none")
    body = table([
        [cell("STT"), cell("Nhiệm vụ"), cell("Cơ quan chủ trì"), cell("Thời hạn")],
        [cell("1"), cell("Rà soát văn bản", span=2), cell("Quý I/2026", vmerge="restart")],
        [cell("2"), cell("Kiểm tra"), cell("Sở Tư pháp"), cell("Quý I/2026 (lặp)", vmerge="continue")],
    ], borders="single")
    body += table([[cell("Nơi nhận:"), cell(nested)]])
    blocks = build(tmp_path, body)
    assert [b.text for b in blocks] == [
        "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "1", "Rà soát văn bản", "Quý I/2026",
        "2", "Kiểm tra", "Sở Tư pháp", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn A"]
    data = {b.text: b for b in blocks}
    assert data["Thời hạn"].cell.col == 3 and data["Thời hạn"].cell.n_cols == 4
    assert data["Quý I/2026"].cell.col == 3 and data["Quý I/2026"].cell.row == 1
    assert all(data[t].column is None for t in ("STT", "Rà soát văn bản"))  # a bordered data table
    assert data["Nơi nhận:"].column == 0 and data["Nơi nhận:"].cell.table == 1
    signer = data["Nguyễn Văn A"]
    assert signer.column == 1 and signer.cell.table == 2 and signer.cell.row == 1  # nested: outer column wins


def test_borderless_detection_resolves_style_table_and_cell_borders(tmp_path):
    grid_style = styles(
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
        + "".join(f'<w:{e} w:val="single" w:sz="4"/>' for e in ("top", "left", "bottom", "right", "insideH",
                                                                 "insideV"))
        + "</w:tblBorders></w:tblPr></w:style>")
    nil = '<w:left w:val="nil"/><w:right w:val="nil"/>'
    body = table([[cell("a"), cell("b")]], borders=None, style="TableGrid")  # grid from the style
    body += table([[cell("c", borders=nil), cell("d", borders=nil)]], borders=None, style="TableGrid")
    body += table([[cell("e"), cell("f")]], borders=None)  # default table style: no borders
    body += table([[cell("g", borders='<w:bottom w:val="single"/>'), cell("h")]])  # a rule under a cell
    blocks = build(tmp_path, body, styles_xml=grid_style)
    assert {b.text: b.column for b in blocks} == {"a": None, "b": None, "c": 0, "d": 1, "e": 0, "f": 1,
                                                 "g": 0, "h": 1}


def test_unused_grid_columns_do_not_break_two_columns(tmp_path):
    body = table([
        [cell("ỦY BAN NHÂN DÂN", span=2), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
        [cell("Số: 12/CT-UBND", span=2), cell("Hải Phòng, ngày 05 tháng 01 năm 2026")],
        [cell("V/v triển khai nhiệm vụ năm 2026", span=3)],
    ], grid=3)
    blocks = build(tmp_path, body)
    assert [(b.column, b.cell.col, b.cell.n_cols) for b in blocks] == [(0, 0, 2), (1, 1, 2), (0, 0, 2),
                                                                       (1, 1, 2), (None, 0, 2)]


def test_spacer_column_between_issuer_and_motto(tmp_path):
    """A 3-column layout table with an empty middle column is still left | right."""
    body = table([
        [cell("ỦY BAN NHÂN DÂN"), cell(""), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
        [cell("Số: 12/CT-UBND"), cell(""), cell("Hải Phòng, ngày 05 tháng 01 năm 2026")],
        [cell(""), cell(""), cell("Độc lập - Tự do - Hạnh phúc")],
    ])
    blocks = build(tmp_path, body)
    assert [(b.text[:6], b.column) for b in blocks] == [("ỦY BAN", 0), ("CỘNG H", 1), ("Số: 12", 0),
                                                       ("Hải Ph", 1), ("Độc lậ", 1)]
    assert blocks[1].cell.col == 2 and blocks[1].cell.n_cols == 3


TAB = "<w:r><w:tab/></w:r>"


def test_header_and_footer_typed_with_tabs_become_columns(tmp_path):
    body = "".join([
        para(run("ỦY BAN NHÂN DÂN"), TAB, TAB, run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)),
        para(run("TỈNH HẢI DƯƠNG", bold=True), TAB, TAB, run("Độc lập - Tự do - Hạnh phúc", bold=True)),
        para(run("Số: 12/CT-UBND"), TAB, TAB, TAB, run("Hải Dương, ngày 05 tháng 01 năm 2026", italic=True)),
        para(run("CHỈ THỊ", bold=True), align="center"),
        para(TAB, run("Năm 2025, công tác cải cách hành chính đạt kết quả.")),  # a first-line indent
        para(run("Tổng số đơn vị:"), TAB, run("15")),  # tabbed data in the body
        para(run("Nơi nhận:", bold=True, italic=True), TAB, TAB, TAB, run("TM. ỦY BAN NHÂN DÂN", bold=True)),
        para(run("- Văn phòng Chính phủ;"), TAB, TAB, TAB, run("CHỦ TỊCH", bold=True)),
        para(run("- Lưu: VT.")),
        para(TAB, TAB, TAB, TAB, run("Nguyễn Văn A", bold=True)),
    ])
    blocks = build(tmp_path, body)
    assert [(b.text, b.column) for b in blocks] == [
        ("ỦY BAN NHÂN DÂN", 0), ("TỈNH HẢI DƯƠNG", 0), ("Số: 12/CT-UBND", 0),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1), ("Độc lập - Tự do - Hạnh phúc", 1),
        ("Hải Dương, ngày 05 tháng 01 năm 2026", 1),
        ("CHỈ THỊ", None),
        ("Năm 2025, công tác cải cách hành chính đạt kết quả.", None),
        ("Tổng số đơn vị: 15", None),
        ("Nơi nhận:", 0), ("- Văn phòng Chính phủ;", 0), ("- Lưu: VT.", 0),
        ("TM. ỦY BAN NHÂN DÂN", 1), ("CHỦ TỊCH", 1), ("Nguyễn Văn A", 1),
    ]
    by_text = {b.text: b for b in blocks}
    assert by_text["Nơi nhận:"].bold and by_text["Nơi nhận:"].italic and not by_text["CHỦ TỊCH"].italic
    assert by_text["Hải Dương, ngày 05 tháng 01 năm 2026"].italic and by_text["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"].bold
    assert [b.order for b in blocks] == list(range(len(blocks)))


def test_header_on_centre_tab_stops(tmp_path):
    """Each tab moves the text to the next stop: a leading tab can put a line in the LEFT column."""
    stops = '<w:tabs><w:tab w:val="center" w:pos="1871"/><w:tab w:val="center" w:pos="6406"/></w:tabs>'

    def line(*content: str) -> str:
        return para(*content, extra_ppr=stops)

    body = "".join([
        line(TAB, run("UBND TỈNH NINH BÌNH"), TAB, run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)),
        line(TAB, run("SỞ Y TẾ", bold=True), TAB, run("Độc lập - Tự do - Hạnh phúc", bold=True)),
        line(TAB, run("_______"), TAB, run("______________________")),
        line(TAB, run("Số: 215/SYT-NVY"), TAB, run("Ninh Bình, ngày 08 tháng 01 năm 2026", italic=True)),
        line(TAB, run("V/v triển khai chiến dịch tiêm")),  # under the number, not under the date
        line(TAB, run("vắc xin phòng bệnh sởi năm 2026")),
        para("Kính gửi: Trung tâm Kiểm soát bệnh tật tỉnh.", indent=1417),
        line(TAB, TAB, run("Trang trí ở cột phải")),  # a zone is over once a plain paragraph came
    ])
    blocks = build(tmp_path, body, sect_extra='<w:pgSz w:w="11906" w:h="16838"/>'
                                              '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/>')
    assert [(b.text, b.column) for b in blocks] == [
        ("UBND TỈNH NINH BÌNH", 0), ("SỞ Y TẾ", 0), ("Số: 215/SYT-NVY", 0), ("V/v triển khai chiến dịch tiêm", 0),
        ("vắc xin phòng bệnh sởi năm 2026", 0),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1), ("Độc lập - Tự do - Hạnh phúc", 1),
        ("Ninh Bình, ngày 08 tháng 01 năm 2026", 1),
        ("Kính gửi: Trung tâm Kiểm soát bệnh tật tỉnh.", None), ("Trang trí ở cột phải", None),
    ]


def test_signature_pushed_right_by_spaces_or_indent(tmp_path):
    body = "".join([
        para("Đề nghị các đơn vị thực hiện./."),
        para(run("Nơi nhận:" + " " * 30 + "KT. GIÁM ĐỐC")),
        para(run("- Như trên;" + " " * 30 + "PHÓ GIÁM ĐỐC")),
        para("- Lưu: VT, VP."),
        para(run("Trần Thị B", bold=True), indent=5040),
    ])
    assert [(b.text, b.column) for b in build(tmp_path, body)] == [
        ("Đề nghị các đơn vị thực hiện./.", None), ("Nơi nhận:", 0), ("- Như trên;", 0), ("- Lưu: VT, VP.", 0),
        ("KT. GIÁM ĐỐC", 1), ("PHÓ GIÁM ĐỐC", 1), ("Trần Thị B", 1)]


def test_tabs_without_a_zone_opener_are_left_alone(tmp_path):
    body = "".join([
        para(run("BÁO CÁO"), TAB, TAB, run("Tháng 01/2026")),  # no motto on the right: not a header
        para(run("1."), TAB, run("Kết quả")),  # a typed label and its tab
        para(run("Chỉ tiêu"), TAB, TAB, run("Kết quả")),
    ])
    assert [(b.text, b.column) for b in build(tmp_path, body)] == [
        ("BÁO CÁO Tháng 01/2026", None), ("1. Kết quả", None), ("Chỉ tiêu Kết quả", None)]


# ---------------------------------------------------------------- pages


def test_pages_from_explicit_breaks_and_sections(tmp_path):
    body = (para("trang một") + para(run("vẫn trang một"), '<w:r><w:br w:type="page"/></w:r>')
            + para("trang hai", extra_ppr="<w:sectPr/>")
            # w:type says how the section *starts*: this one goes on on the same page
            + para("vẫn trang hai", extra_ppr="<w:sectPr><w:type w:val=\"continuous\"/></w:sectPr>")
            + para("trang ba") + para("trang bốn", extra_ppr="<w:pageBreakBefore/>"))
    layout = parse_docx(make_docx(tmp_path / "p.docx", body))
    assert [(b.text, b.page) for b in layout.blocks()] == [
        ("trang một", 1), ("vẫn trang một", 1), ("trang hai", 2), ("vẫn trang hai", 2), ("trang ba", 3),
        ("trang bốn", 4)]
    assert [p.number for p in layout.pages] == [1, 2, 3, 4] and layout.page_count is None


def test_rendered_page_breaks_win_over_explicit_ones(tmp_path):
    body = (para(run("một"), '<w:r><w:br w:type="page"/></w:r>')
            + para("<w:r><w:lastRenderedPageBreak/><w:t>hai</w:t></w:r>")
            + para(run("hai tiếp "), "<w:r><w:lastRenderedPageBreak/><w:t>ba (giữa đoạn)</w:t></w:r>")
            + para("ba"))
    layout = parse_docx(make_docx(tmp_path / "r.docx", body))
    assert [(b.text, b.page) for b in layout.blocks()] == [
        ("một", 1), ("hai", 2), ("hai tiếp ba (giữa đoạn)", 2), ("ba", 3)]


def test_odd_but_well_formed_xml_keeps_its_text(tmp_path):
    """Style and list-style loops, dangling ids, bad numbers, lone merge continuations: no crash."""
    style_xml = styles(
        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>',
        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style>',
        '<w:style w:type="numbering" w:styleId="L"><w:name w:val="L"/>'
        '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>',
    )
    numbering_xml = numbering(
        abstract(1, num_style_link="L"),  # L → num 2 → abstract 1 → L …
        abstract(3, '<w:lvl w:ilvl="x"><w:numFmt w:val="decimal"/></w:lvl>'),
        num(2, 1), num(9, 3), num(4, 77), '<w:num w:numId="5"/>',
    )
    body = "".join([
        para("vòng lặp", style="A"),
        para("num 2", num=2), para("num 4", num=4), para("num 5", num=5), para("num 99", num=99),
        para("cấp 12", num=9, lvl=12),
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="-1"/><w:numId/></w:numPr><w:ind w:left="abc"/><w:jc/></w:pPr>'
        "<w:r><w:t>lạ</w:t></w:r></w:p>",
        '<w:p><w:r><w:sym w:char="zz"/><w:br w:type="weird"/><w:fldChar w:fldCharType="end"/>'
        '<w:fldChar w:fldCharType="separate"/><w:t>sau</w:t></w:r></w:p>',
        '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="3"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="0"/><w:vMerge/>'
        "</w:tcPr><w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc></w:tr><w:tr/></w:tbl>",
        "<w:tbl/>",
        '<w:p><w:r><w:footnoteReference w:id="99"/><w:t>chú thích mất</w:t></w:r></w:p>',
        "<w:sdt><w:sdtPr/></w:sdt>",
    ])
    path = make_docx(tmp_path / "odd.docx", body, numbering_xml=numbering_xml, styles_xml=style_xml,
                     headers={"first": "", "default": "<w:p/>"}, title_page=True, footnotes="<w:footnote/>",
                     settings="<w:footnotePr><w:numFmt/></w:footnotePr>")
    assert texts(parse_docx(path)) == ["vòng lặp", "num 2", "num 4", "num 5", "num 99", "cấp 12", "lạ", "sau", "ô",
                                       "chú thích mất"]


# ---------------------------------------------------------------- a realistic directive through load()


def _numbered(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {NS_DECL}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _borderless(tbl) -> None:
    tbl._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {NS_DECL}>' + "".join(f'<w:{e} w:val="nil"/>' for e in (
            "top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def _cell_lines(cell_obj, lines: list[tuple[str, bool, bool]]) -> None:
    """Each (text, bold, italic) is a paragraph of the cell."""
    first = True
    for text, bold, italic in lines:
        p = cell_obj.paragraphs[0] if first else cell_obj.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.italic = bold, italic


def make_directive(path: Path) -> Path:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(14)
    head = doc.add_table(rows=2, cols=2)
    _borderless(head)
    issuer = head.cell(0, 0).paragraphs[0]
    issuer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    issuer.add_run("ỦY BAN NHÂN DÂN").add_break()
    issuer.add_run("THÀNH PHỐ HẢI PHÒNG").bold = True
    _cell_lines(head.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                                  ("Độc lập - Tự do - Hạnh phúc", True, False), ("_______________", False, False)])
    _cell_lines(head.cell(1, 0), [("Số: 12/CT-UBND", False, False)])
    _cell_lines(head.cell(1, 1), [("Hải Phòng, ngày 05 tháng 01 năm 2026", False, True)])
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("CHỈ THỊ").bold = True
    subject = doc.add_paragraph()
    subject.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subject.add_run("Về tăng cường kỷ luật, kỷ cương hành chính năm 2026").bold = True
    doc.add_paragraph("Năm 2025, công tác cải cách hành chính đạt nhiều kết quả. Để khắc phục hạn chế, "
                      "Chủ tịch Ủy ban nhân dân thành phố yêu cầu:")
    items = [
        (0, "NHIỆM VỤ CHUNG"),
        (1, "Thủ trưởng các sở, ban, ngành chịu trách nhiệm trước Chủ tịch UBND thành phố."),
        (0, "NHIỆM VỤ CỤ THỂ"),
        (1, "Sở Nội vụ:"),
        (2, "Chủ trì kiểm tra công vụ, hoàn thành trước ngày 30/6/2026;"),
        (2, "Tổng hợp kết quả, báo cáo UBND thành phố:"),
        (3, "định kỳ hằng quý;"),
        (3, "đột xuất khi có yêu cầu."),
        (1, "Sở Tài chính bảo đảm kinh phí thực hiện."),
    ]
    for ilvl, text in items:
        p = doc.add_paragraph()
        p.add_run(text).bold = ilvl == 0
        _numbered(p, 1, ilvl)
    doc.add_paragraph("Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị này./.")
    foot = doc.add_table(rows=1, cols=2)
    _borderless(foot)
    left = foot.cell(0, 0)
    p = left.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold = r.italic = True
    for recipient in ("Văn phòng Chính phủ;", "TT Thành ủy, TT HĐND TP;", "Lưu: VT."):
        q = left.add_paragraph(recipient)
        _numbered(q, 2, 0)
    _cell_lines(foot.cell(0, 1), [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False),
                                  ("PHÓ CHỦ TỊCH", True, False), ("Nguyễn Văn Tùng", True, False)])
    doc.add_paragraph()  # Word always ends a document with a paragraph (the .doc format needs it)
    doc.save(path)
    # numbering.xml: the directive list (numId 1) and a "-" list for Nơi nhận (numId 2)
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    members["word/numbering.xml"] = numbering(DIRECTIVE_LIST, abstract(2, level(0, "bullet", "-")),
                                              num(1, 1), num(2, 2)).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_realistic_directive_through_load(tmp_path):
    layout = load(make_directive(tmp_path / "chi_thi_12.docx"))
    assert layout.media_type.endswith("wordprocessingml.document")
    assert layout.filename == "chi_thi_12.docx" and layout.sha256 and layout.page_count is None
    blocks = list(layout.blocks())
    got = [(b.text, b.column, b.cell.table if b.cell else None) for b in blocks]
    assert got == [
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", 0, 0),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1, 0),
        ("Độc lập - Tự do - Hạnh phúc", 1, 0),
        ("Số: 12/CT-UBND", 0, 0),
        ("Hải Phòng, ngày 05 tháng 01 năm 2026", 1, 0),
        ("CHỈ THỊ", None, None),
        ("Về tăng cường kỷ luật, kỷ cương hành chính năm 2026", None, None),
        ("Năm 2025, công tác cải cách hành chính đạt nhiều kết quả. Để khắc phục hạn chế, Chủ tịch Ủy ban "
         "nhân dân thành phố yêu cầu:", None, None),
        ("I. NHIỆM VỤ CHUNG", None, None),
        ("1. Thủ trưởng các sở, ban, ngành chịu trách nhiệm trước Chủ tịch UBND thành phố.", None, None),
        ("II. NHIỆM VỤ CỤ THỂ", None, None),
        ("1. Sở Nội vụ:", None, None),
        ("a) Chủ trì kiểm tra công vụ, hoàn thành trước ngày 30/6/2026;", None, None),
        ("b) Tổng hợp kết quả, báo cáo UBND thành phố:", None, None),
        ("- định kỳ hằng quý;", None, None),
        ("- đột xuất khi có yêu cầu.", None, None),
        ("2. Sở Tài chính bảo đảm kinh phí thực hiện.", None, None),
        ("Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị này./.", None, None),
        ("Nơi nhận:", 0, 1),
        ("- Văn phòng Chính phủ;", 0, 1),
        ("- TT Thành ủy, TT HĐND TP;", 0, 1),
        ("- Lưu: VT.", 0, 1),
        ("TM. ỦY BAN NHÂN DÂN", 1, 1),
        ("KT. CHỦ TỊCH", 1, 1),
        ("PHÓ CHỦ TỊCH", 1, 1),
        ("Nguyễn Văn Tùng", 1, 1),
    ]
    by_text = {b.text: b for b in blocks}
    issuer = blocks[0]
    assert [ln.text for ln in issuer.lines] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"]
    assert issuer.lines[1].bold and not issuer.lines[0].bold and issuer.align == "center"
    assert by_text["Hải Phòng, ngày 05 tháng 01 năm 2026"].italic
    assert by_text["CHỈ THỊ"].bold and by_text["CHỈ THỊ"].align == "center"
    assert by_text["I. NHIỆM VỤ CHUNG"].bold and by_text["I. NHIỆM VỤ CHUNG"].list_label == "I."
    assert by_text["Nơi nhận:"].bold and by_text["Nơi nhận:"].italic
    assert by_text["Nguyễn Văn Tùng"].cell.row == 0 and by_text["Nguyễn Văn Tùng"].cell.col == 1
    assert [b.order for b in blocks] == list(range(len(blocks)))
    assert by_text["Hải Phòng, ngày 05 tháng 01 năm 2026"].lines[0].font == "Times New Roman"
    assert by_text["Hải Phòng, ngày 05 tháng 01 năm 2026"].lines[0].size == 14.0


def _scan_png(path: Path, lines: list[str], size: tuple[int, int] = (2480, 1200)) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 46)
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for k, line in enumerate(lines):
        draw.text((250, 150 + 90 * k), line, font=font, fill=0)
    image.save(path, dpi=(300, 300))
    return path


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None
                    or not Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf").exists(),
                    reason="needs tesseract and fonts-liberation2")
def test_scan_pasted_into_a_docx_is_read_by_ocr(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Bản scan")  # a caption typed above the picture stays first
    doc.add_picture(str(_scan_png(tmp_path / "trang1.png", [
        "1. Sở Nội vụ chủ trì kiểm tra công vụ trước ngày 30/6/2026.",
        "2. Sở Tài chính bảo đảm kinh phí thực hiện."])), width=docx.shared.Inches(6.5))
    doc.save(tmp_path / "scan.docx")
    layout = load(tmp_path / "scan.docx")
    assert layout.ocr and layout.repairs[0].kind == "ocr"
    got = texts(layout)
    assert got[0] == "Bản scan"
    assert got[1].startswith("1. Sở Nội vụ chủ trì") and got[2].startswith("2. Sở Tài chính")
    assert all(b.confidence is not None for b in list(layout.blocks())[1:])


def test_small_pictures_never_trigger_ocr(tmp_path, monkeypatch):
    import parsers.docx_images as images

    monkeypatch.setattr("parsers.ocr.run_jobs", lambda *a, **k: pytest.fail("OCR was started"))
    logo = _scan_png(tmp_path / "logo.png", [], size=(300, 300))
    doc = docx.Document()
    doc.add_picture(str(logo))
    doc.add_paragraph("Ghi chú")
    doc.save(tmp_path / "logo.docx")
    assert texts(parse_docx(tmp_path / "logo.docx")) == ["Ghi chú"]
    assert images.MIN_PIXELS > 300 * 300


def test_too_many_page_pictures_refused_before_ocr(tmp_path, monkeypatch):
    from parsers import Limits

    monkeypatch.setattr("parsers.ocr.run_jobs", lambda *a, **k: pytest.fail("OCR was started"))
    doc = docx.Document()
    for k in range(2):
        doc.add_picture(str(_scan_png(tmp_path / f"p{k}.png", [f"trang {k}"], size=(1000, 1000))))
    doc.save(tmp_path / "many.docx")
    with pytest.raises(UnreadableDocument, match=r"^many\.docx: too many pages \(2 page pictures"):
        load(tmp_path / "many.docx", Limits(max_pages=1))


# ---------------------------------------------------------------- bad input


def _ole_with(*names: str) -> bytes:
    """A compound-file header and one directory sector naming the given streams."""
    header = bytearray(512)
    header[:8] = OLE_MAGIC
    header[0x1E:0x20] = (9).to_bytes(2, "little")
    directory = bytearray()
    for i, name in enumerate(("Root Entry", *names)):
        entry = bytearray(128)
        raw = (name + "\0").encode("utf-16-le")
        entry[:len(raw)] = raw
        entry[0x40:0x42] = len(raw).to_bytes(2, "little")
        entry[0x42] = 5 if i == 0 else 2
        directory += entry
    directory += bytes(512 - len(directory) % 512)
    return bytes(header) + bytes(directory) + bytes(4096)


def _zip_with(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _bad_input(tmp_path: Path, case: str) -> tuple[Path, str]:
    """One broken file and the words its reason must contain."""
    good = make_docx(tmp_path / "good.docx", para("Nội dung"))
    if case == "truncated":
        path = tmp_path / "cut.docx"
        path.write_bytes(good.read_bytes()[:300])
        return path, "damaged"
    if case == "random":
        path = tmp_path / "noise.docx"
        path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
        return path, "damaged"
    if case == "encrypted":
        path = tmp_path / "locked.docx"
        path.write_bytes(_ole_with("EncryptionInfo", "EncryptedPackage"))
        return path, "encrypted (password-protected)"
    if case == "plain zip":
        return _zip_with(tmp_path / "photos.docx", {"a.txt": b"hello"}), "not a Word document"
    if case == "xlsx":
        return _zip_with(tmp_path / "bang.docx", {"[Content_Types].xml": b"<Types/>",
                                                  "xl/workbook.xml": b"<w/>"}), "Excel"
    if case == "bomb":  # 30 MB of zeros deflate ~1000:1
        return _zip_with(tmp_path / "bomb.docx", {"[Content_Types].xml": b"<Types/>",
                                                  "word/document.xml": bytes(30 * 1024 * 1024)}), "zip bomb"
    with zipfile.ZipFile(good) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    if case == "strict":
        members["_rels/.rels"] = members["_rels/.rels"].replace(
            b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
            b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
        return _zip_with(tmp_path / "strict.docx", members), "Strict Open XML"
    if case == "zip password":
        data = bytearray(good.read_bytes())
        pos = data.find(b"PK\x01\x02")
        while pos != -1:  # set "encrypted" in each central directory entry's flags
            data[pos + 8] |= 1
            pos = data.find(b"PK\x01\x02", pos + 4)
        path = tmp_path / "zip_locked.docx"
        path.write_bytes(bytes(data))
        return path, "encrypted (password-protected)"
    members["word/document.xml"] = b"<w:document><w:body><w:p>"
    return _zip_with(tmp_path / "xml.docx", members), "damaged"


@pytest.mark.parametrize("case", ["truncated", "random", "encrypted", "plain zip", "xlsx", "bomb", "broken xml",
                                  "strict", "zip password"])
def test_bad_input_is_unreadable_with_file_name(tmp_path, case):
    path, reason = _bad_input(tmp_path, case)
    with pytest.raises(UnreadableDocument) as direct:
        parse_docx(path)
    assert reason in direct.value.reason
    assert str(direct.value).startswith(path.name + ": ")
    with pytest.raises(UnreadableDocument) as via_load:
        load(path, filename="Chỉ thị 12.docx")
    assert str(via_load.value).startswith("Chỉ thị 12.docx: ")
    assert reason in via_load.value.reason


def test_too_much_unzipped_data_refused(tmp_path, monkeypatch):
    import parsers.docx_guard as guard

    monkeypatch.setattr(guard, "MAX_UNZIPPED", 1000)
    path = make_docx(tmp_path / "big.docx", para("x" * 2000))
    with pytest.raises(UnreadableDocument, match="unpacks to"):
        parse_docx(path)
