"""TCVN3 (ABC) and VNI-Windows → Unicode: tables, per-run conversion, detection, no false positives."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from parsers import load
from parsers.legacy import (
    convert_run,
    decode,
    decode_line,
    detect_encoding,
    encode,
    font_encoding,
    repair_text,
    valid_share,
)

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
VOWELS = "aăâeêioôơuưy"
# Every Vietnamese letter: 12 vowels × 6 tones + đ, lower case (67 non-ASCII of them).
ALL_LOWER = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES] + ["đ"]

PARAGRAPH = (
    "Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, ban, ngành khẩn trương rà soát, tổng hợp kết quả "
    "thực hiện nhiệm vụ được giao; những nơi chưa hoàn thành phải báo cáo rõ nguyên nhân, đề xuất "
    "giải pháp khắc phục trước ngày 15 tháng 8. Đồng chí Bí thư Đảng ủy xã Mường Khương chủ trì, "
    "phối hợp với Mặt trận Tổ quốc tuyên truyền sâu rộng để người dân hiểu, đồng thuận và tự giác "
    "thực hiện; kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc. Quỹ hỗ trợ "
    "nông dân giữ vững sự ổn định, thủy lợi, lũy tre, ngõ xóm, khuỷu tay, nghĩ ngợi, mĩ thuật, ỷ lại, "
    "quỹ đạo, ngẫu nhiên, ưỡn ngực, ừ hữu, cữ kiêng, ẵm bồng, ặc ặc, ẳng ẳng, ấm áp."
)


def _letters_text() -> str:
    """Every letter with every tone, as words (lower case)."""
    return " ".join(f"b{c}n" if c != "đ" else "đi" for c in ALL_LOWER)


# ----------------------------------------------------------------- tables

def test_every_lowercase_letter_has_its_own_tcvn3_code() -> None:
    codes = [encode(c, "tcvn3") for c in ALL_LOWER]
    assert all(len(code) == 1 for code in codes)
    assert len(set(codes)) == len(codes)  # no two letters share a byte
    non_ascii = [code for code in codes if not code.isascii()]
    assert len(non_ascii) == 67
    assert all(0xA1 <= ord(code) <= 0xFE for code in non_ascii)
    assert encode("ư", "tcvn3") == "\xad"  # the soft hyphen


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_round_trip_every_letter_lower_case(encoding: str) -> None:
    text = _letters_text() + " " + PARAGRAPH.lower()
    encoded = encode(text, encoding)
    assert encoded != text
    assert not any(ord(c) >= 0x0100 for c in encoded)  # all 8-bit: nothing left in Unicode
    assert decode(encoded, encoding) == text


def test_round_trip_vni_upper_and_mixed_case() -> None:
    text = _letters_text().upper() + " " + PARAGRAPH + " " + PARAGRAPH.upper()
    encoded = encode(text, "vni")
    assert not any(ord(c) >= 0x0100 for c in encoded)
    assert decode(encoded, "vni") == text


def test_tcvn3_capitals_through_an_h_font() -> None:
    """TCVN3 has no toned capitals: ".VnTimeH" shows lower-case codes as capitals."""
    text = _letters_text().upper() + " " + PARAGRAPH.upper()
    encoded = encode(text.lower(), "tcvn3")
    assert convert_run(encoded, ".VnTimeH") == (text, "tcvn3")
    assert convert_run(encoded, ".VnArialH") == (text, "tcvn3")


def test_tcvn3_seven_capitals_have_codes() -> None:
    text = "Ă Â Ê Ô Ơ Ư Đ"
    assert encode(text, "tcvn3") == "\xa1 \xa2 \xa3 \xa4 \xa5 \xa6 \xa7"
    assert decode(encode(text, "tcvn3"), "tcvn3") == text


# ------------------------------------------------------ documented examples

@pytest.mark.parametrize(("legacy", "unicode"), [
    ("TiÕng ViÖt rÊt hay", "Tiếng Việt rất hay"),
    ("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("QuyÕt ®Þnh", "Quyết định"),
    ("Sè", "Số"),
    ("N¬i nhËn", "Nơi nhận"),
    ("Uû ban nh©n d©n", "Uỷ ban nhân dân"),
    ("§¶ng bé", "Đảng bộ"),
])
def test_tcvn3_examples(legacy: str, unicode: str) -> None:
    assert convert_run(legacy, ".VnTime") == (unicode, "tcvn3")
    assert encode(unicode, "tcvn3") == legacy


@pytest.mark.parametrize(("legacy", "unicode"), [
    ("Tieáng Vieät raát hay", "Tiếng Việt rất hay"),
    ("Xin chaøo caùc baïn", "Xin chào các bạn"),
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Ñaûng uûy", "Đảng ủy"),
    ("ngöôøi", "người"),
])
def test_vni_examples(legacy: str, unicode: str) -> None:
    assert convert_run(legacy, "VNI-Times") == (unicode, "vni")
    assert encode(unicode, "vni") == legacy


def test_soft_hyphen_is_the_letter_u_horn() -> None:
    """A cleaner that drops U+00AD first turns "Mường Khương" into "Mờng Khơng"."""
    assert convert_run("M\xadêng Kh\xad¬ng", ".VnTime")[0] == "Mường Khương"
    text = "HuyÖn M\xadêng Kh\xad¬ng b¸o c¸o kÕt qu¶ thùc hiÖn\nN¬i nhËn: nh\xad trªn"
    fixed, repairs = repair_text(text)
    assert fixed == "Huyện Mường Khương báo cáo kết quả thực hiện\nNơi nhận: như trên"
    assert repairs[0].kind == "tcvn3"


# ------------------------------------------------------------ fonts and runs

@pytest.mark.parametrize(("font", "expected"), [
    (".VnTime", "tcvn3"), (".VnTimeH", "tcvn3"), (".VnArial NarrowH", "tcvn3"),
    ("ABCDEF+.VnTimeH,Bold", "tcvn3"), ("VNI-Times", "vni"), ("VNI-Helve-Condense", "vni"),
    ("Times New Roman", None), ("Arial", None), (None, None), ("", None), ("BCDEEE+TimesNewRomanPS-BoldMT", None),
])
def test_font_encoding(font: str | None, expected: str | None) -> None:
    assert font_encoding(font) == expected


def test_convert_run_leaves_unicode_fonts_alone() -> None:
    assert convert_run("Cộng hòa xã hội", "Times New Roman") == ("Cộng hòa xã hội", None)
    assert convert_run("Céng hßa", None) == ("Céng hßa", None)
    assert convert_run("céng hßa", ".VnTime") == ("cộng hòa", "tcvn3")  # only "H" fonts upper-case
    # Unicode typed into a run that kept its .VnTime font: already right, never decoded again.
    assert convert_run("Cộng hòa xã hội", ".VnTime") == ("Cộng hòa xã hội", None)
    assert convert_run("Người ký", "VNI-Times") == ("Người ký", None)


def test_word_private_use_symbols_are_read_as_bytes() -> None:
    """Word may store 8-bit font characters at U+F0xx; they are the same bytes."""
    assert convert_run("Qu\uf079\uf0d5t", ".VnTime")[0] == "Quyết"


# ------------------------------------------------------------------ detection

TCVN3_DOC = "\n".join([
    "UBND TØNH NGHÖ AN",
    "Sè: 125/UBND-VX",
    "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM",
    "§éc lËp - Tù do - H¹nh phóc",
    "KÝnh göi: C¸c së, ban, ngµnh cÊp tØnh",
    "Uû ban nh©n d©n tØnh ®Ò nghÞ c¸c ®¬n vÞ b¸o c¸o kÕt qu¶ thùc hiÖn tr\xadíc ngµy 20/12.",
])


def test_detects_and_converts_a_tcvn3_document() -> None:
    fixed, repairs = repair_text(TCVN3_DOC)
    assert fixed.splitlines() == [
        "UBND TỈNH NGHỆ AN",
        "Số: 125/UBND-VX",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Kính gửi: Các sở, ban, ngành cấp tỉnh",
        "Uỷ ban nhân dân tỉnh đề nghị các đơn vị báo cáo kết quả thực hiện trước ngày 20/12.",
    ]
    assert [(r.kind, r.count) for r in repairs] == [("tcvn3", 6)]


def test_detects_and_converts_a_vni_document() -> None:
    text = encode("Ủy ban nhân dân tỉnh đề nghị các đơn vị báo cáo kết quả thực hiện.\n"
                  "Nơi nhận: như trên; lưu văn thư.", "vni")
    assert detect_encoding(text) == "vni"
    fixed, repairs = repair_text(text)
    assert fixed == ("Ủy ban nhân dân tỉnh đề nghị các đơn vị báo cáo kết quả thực hiện.\n"
                     "Nơi nhận: như trên; lưu văn thư.")
    assert repairs[0].kind == "vni"


def test_mixed_document_converts_only_legacy_lines() -> None:
    unicode_line = "Điều 3. Chánh Văn phòng, Giám đốc các sở chịu trách nhiệm thi hành."
    text = unicode_line + "\n" + TCVN3_DOC
    fixed, _ = repair_text(text)
    assert fixed.splitlines()[0] == unicode_line
    assert fixed.splitlines()[-1].startswith("Uỷ ban nhân dân tỉnh đề nghị")


def test_capital_line_keeps_title_case_words() -> None:
    assert decode_line("Sè: 12/Q§-UBND", "tcvn3") == "Số: 12/QĐ-UBND"
    assert decode_line("Uû ban nh©n d©n", "tcvn3") == "Uỷ ban nhân dân"


# -------------------------------------------------------- no false positives

UNICODE_SAMPLES = [
    PARAGRAPH,
    unicodedata.normalize("NFD", PARAGRAPH),
    "Bà Mai có cá, mè và gà; chú Tú ở Huế.",  # only Latin-1 letters
    "Café «Les Amis» – § 3 khoản 2 · mục © 2025 ® ± ¼ ½",
    "· Nguyen Van A\n· Tran Thi B\n· Le Van C",  # bullets and unaccented names
    "Chuyển\xadđổi số là nhiệm vụ trọng tâm",  # a soft hyphen inside Unicode text
    "ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN\n*\nSố 08-CT/HU",
]


@pytest.mark.parametrize("text", UNICODE_SAMPLES)
def test_unicode_text_is_never_touched(text: str) -> None:
    assert detect_encoding(text) is None
    assert repair_text(text) == (text, [])


@pytest.mark.realdocs
def test_no_false_positive_on_real_documents(real_docs: Path) -> None:
    files = sorted(real_docs.glob("*.txt"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        for form in ("NFC", "NFD"):
            sample = unicodedata.normalize(form, text)
            assert repair_text(sample) == (sample, []), path.name
        share = valid_share(text)
        assert share is not None and share > 0.8, path.name  # real Vietnamese reads as Vietnamese


def test_valid_share_separates_vietnamese_from_mojibake() -> None:
    assert valid_share(PARAGRAPH) > 0.85
    garbled = "Ò¸ÅÂ ÆËÉÊ ÌÍÎÏ ÐÑÒÓ ÔÕÖ× ØÙÚÛ ÜÝÞß àáâã äåæç èéêë ìíîï ðñòó ôõö÷ øùúû"
    assert valid_share(garbled) < 0.3
    assert valid_share("Short English text only") is None


# -------------------------------------------------------- through the text backend

def test_text_file_in_tcvn3_ansi_is_converted(tmp_path: Path) -> None:
    path = tmp_path / "cong_van.txt"
    path.write_bytes(TCVN3_DOC.replace("\n", "\n\n").encode("cp1252"))  # an "ANSI" file, not UTF-8
    layout = load(path)
    texts = [b.text for b in layout.blocks()]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert "Uỷ ban nhân dân tỉnh đề nghị các đơn vị báo cáo kết quả thực hiện trước ngày 20/12." in texts
    assert "tcvn3" in [r.kind for r in layout.repairs]
