"""Header fields: issuer, number/symbol, type, place/date, subject, addressees — both regimes."""

from __future__ import annotations

from datetime import date

import pytest

from extract import vocab
from extract.header import read_header
from extract.textkey import fold, same, tone_key
from extract.zones import split_zones
from parsers.layout import Block, CellRef, Line


def B(text: str, col: int | None = None, table: int | None = None, row: int = 0, *, bold: bool = False,
      italic: bool = False, lines: list[str] | None = None) -> Block:
    cell = CellRef(table=table, row=row, col=col) if table is not None and col is not None else None
    return Block(lines=[Line(t, bold=bold, italic=italic) for t in (lines or [text])], column=col, cell=cell)


def header_of(blocks: list[Block]):
    return read_header(split_zones(blocks).header)


def table_header(left: list[str], number: str, date_line: str, motto: list[str], below: list[Block]) -> list[Block]:
    """The DOCX header table: issuer + motto in row 0, number + place/date in row 1."""
    return ([B(t, 0, 0, 0, bold=k == len(left) - 1) for k, t in enumerate(left)]
            + [B(t, 1, 0, 0, bold=True) for t in motto]
            + [B(number, 0, 0, 1), B(date_line, 1, 0, 1, italic=True)] + below)


STATE = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PARTY = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
BODY = [B("Thời gian qua, công tác phòng, chống dịch bệnh đạt nhiều kết quả quan trọng.")]


def test_state_directive_example_a():
    h = header_of(table_header(
        ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"], "Số: 12/CT-UBND", "Hải Phòng, ngày 05 tháng 01 năm 2026",
        STATE, [B("CHỈ THỊ", bold=True), B("Về tăng cường công tác phòng, chống dịch bệnh mùa đông xuân 2025 - 2026", bold=True), *BODY]))
    # A wrapped issuer name is one name; the motto is never the issuer.
    assert h.issuer.name == "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG" and h.issuer.parent is None
    assert h.number_symbol == "12/CT-UBND"
    assert (h.doc_type.code, h.doc_type.name) == ("CT", "Chỉ thị")
    assert (h.place, h.date) == ("Hải Phòng", date(2026, 1, 5))
    assert h.subject == "Về tăng cường công tác phòng, chống dịch bệnh mùa đông xuân 2025 - 2026"
    assert h.regime == "state"


def test_party_directive_example_b_with_star():
    h = header_of(table_header(
        ["THÀNH ỦY HẢI PHÒNG", "*"], "Số 47-CT/TU", "Hải Phòng, ngày 05 tháng 01 năm 2026", PARTY,
        [B("CHỈ THỊ", bold=True), B("của Ban Thường vụ Thành ủy về tăng cường lãnh đạo công tác chuyển đổi số năm 2026", bold=True), *BODY]))
    assert h.issuer.name == "THÀNH ỦY HẢI PHÒNG" and h.issuer.parent is None
    assert h.number_symbol == "47-CT/TU" and h.regime == "party"
    assert h.doc_type.code == "CT"
    assert h.subject.startswith("của Ban Thường vụ Thành ủy về tăng cường")


@pytest.mark.parametrize(("left", "name", "parent"), [
    (["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY PHƯỜNG AN BIÊN", "*"], "ĐẢNG ỦY PHƯỜNG AN BIÊN",
     "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"),
    (["BAN CHẤP HÀNH", "TRUNG ƯƠNG", "VĂN PHÒNG", "*"], "VĂN PHÒNG", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
    (["BAN CHẤP HÀNH TRUNG ƯƠNG", "*"], "BAN CHẤP HÀNH TRUNG ƯƠNG", None),
    (["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG", "THÀNH PHỐ", "*"],
     "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG THÀNH PHỐ", "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"),
    (["ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY NGHỆ AN"], "TỈNH ỦY NGHỆ AN", "ĐẢNG BỘ TỈNH NGHỆ AN"),
])
def test_party_issuer_blocks(left, name, parent):
    h = header_of(table_header(left, "Số 05-KH/ĐU", "An Biên, ngày 09 tháng 01 năm 2026", PARTY,
                               [B("KẾ HOẠCH", bold=True), B("tổ chức hội nghị học tập nghị quyết"), *BODY]))
    assert (h.issuer.name, h.issuer.parent) == (name, parent)
    assert h.number_symbol == "05-KH/ĐU"


def test_state_cong_van_example_c_pdf_columns_wrapped_vv_and_addressee_list():
    blocks = [B("UBND THÀNH PHỐ HẢI PHÒNG", 0), B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1), B("SỞ Y TẾ", 0, bold=True), B("Độc lập - Tự do - Hạnh phúc", 1), B("Số: 123/SYT-NVY", 0), B("Hải Phòng, ngày 12 tháng 01 năm 2026", 1, italic=True), B("V/v triển khai tiêm chủng mở rộng", 0), B("quý I/2026", 0), B("Kính gửi:"), B("- Ủy ban nhân dân các xã, phường, đặc khu;"), B("- Trung tâm Kiểm soát bệnh tật thành phố."), *BODY]
    h = header_of(blocks)
    assert (h.issuer.name, h.issuer.parent) == ("SỞ Y TẾ", "UBND THÀNH PHỐ HẢI PHÒNG")
    assert h.number_symbol == "123/SYT-NVY"
    assert (h.doc_type.code, h.doc_type.name) == ("CV", "Công văn")
    assert h.subject == "triển khai tiêm chủng mở rộng quý I/2026"
    assert h.addressees == ["Ủy ban nhân dân các xã, phường, đặc khu", "Trung tâm Kiểm soát bệnh tật thành phố"]
    assert h.place == "Hải Phòng"  # never "Số: 123/SYT-NVY Hải Phòng"


def test_vv_with_colon_and_inline_kinh_gui():
    blocks = [B("VĂN PHÒNG CHÍNH PHỦ", 0, 0, 0, bold=True)] + [B(t, 1, 0, 0, bold=True) for t in STATE] + [
        B("Số: 11298/VPCP-KTTH", 0, 0, 1), B("V/v: động lực tăng trưởng kinh tế", 0, 0, 1, italic=True),
        B("Hà Nội, ngày 17 tháng 11 năm 2025", 1, 0, 1, italic=True),
        B("Kính gửi: Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ")] + BODY
    h = header_of(blocks)
    assert h.subject == "động lực tăng trưởng kinh tế"
    assert h.addressees == ["Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ"]
    assert h.doc_type.code == "CV" and h.issuer.name == "VĂN PHÒNG CHÍNH PHỦ"


def test_party_cong_van_2026_ve_viec_and_cv_code():
    blocks = [B("ĐẢNG ỦY PHƯỜNG AN BIÊN", 0, 0, 0, bold=True), B("*", 0, 0, 0), B(PARTY[0], 1, 0, 0, bold=True), B("Số 123-CV/ĐU", 0, 0, 1), B("về việc tăng cường công tác bảo vệ chính trị nội bộ", 0, 0, 1, italic=True), B("An Biên, ngày 09 tháng 01 năm 2026", 1, 0, 1, italic=True), B("Kính gửi: Các chi bộ trực thuộc"), *BODY]
    h = header_of(blocks)
    assert h.number_symbol == "123-CV/ĐU" and h.issuer.name == "ĐẢNG ỦY PHƯỜNG AN BIÊN"
    assert (h.doc_type.code, h.doc_type.name) == ("CV", "Công văn")
    assert h.subject == "tăng cường công tác bảo vệ chính trị nội bộ"


def test_type_issuer_collision_is_a_cong_van():
    # "CT" is Cục Thuế here, not Chỉ thị: the V/v line says công văn.
    blocks = [B("CỤC THUẾ", 0, 0, 0), B("CHI CỤC THUẾ KHU VỰC I", 0, 0, 0, bold=True)] + \
        [B(t, 1, 0, 0, bold=True) for t in STATE] + [
        B("Số: 1234/CT-TTHT", 0, 0, 1), B("V/v chính sách thuế giá trị gia tăng", 0, 0, 1),
        B("Hà Nội, ngày 05 tháng 01 năm 2026", 1, 0, 1)] + BODY
    h = header_of(blocks)
    assert h.number_symbol == "1234/CT-TTHT"
    assert h.doc_type.code == "CV"
    assert (h.issuer.name, h.issuer.parent) == ("CHI CỤC THUẾ KHU VỰC I", "CỤC THUẾ")


@pytest.mark.parametrize(("type_line", "number", "motto", "code", "name"), [
    ("QUY ĐỊNH", "Số 08-QĐi/TW", PARTY, "QĐi", "Quy định"),
    ("QUY ĐỊNH", "Số 399-QĐ/TW", PARTY, "QĐ", "Quy định"),
    ("QUY ĐỊNH", "Số: 05/QyĐ-UBND", STATE, "QyĐ", "Quy định"),
    ("QUYẾT ĐỊNH", "Số: 06/2024/QĐ-UBND", STATE, "QĐ", "Quyết định"),
    ("CÔNG ĐIỆN", "Số: 224/CĐ-TTg", STATE, "CĐ", "Công điện"),
    ("BÁO CÁO", "Số 15-BC/ĐU", PARTY, "BC", "Báo cáo"),
    ("KẾ HOẠCH LIÊN TỊCH", "Số: 05/KHLT-SGDĐT-SYT", STATE, "KHLT", "Kế hoạch liên tịch"),
])
def test_type_codes_of_both_regimes(type_line, number, motto, code, name):
    h = header_of(table_header(["BAN CHẤP HÀNH TRUNG ƯƠNG"], number, "Hà Nội, ngày 09 tháng 01 năm 2026", motto,
                               [B(type_line, bold=True), B("về công tác cán bộ"), *BODY]))
    assert (h.doc_type.code, h.doc_type.name) == (code, name)


@pytest.mark.parametrize(("line", "expected"), [
    ("Số:  /KH-UBND", "/KH-UBND"),
    ("Số: .../BC-UBND", "/BC-UBND"),
    ("Sô: 12/CT-UBND", "12/CT-UBND"),
    ("Số: 12 /QĐ–UBND", "12/QĐ-UBND"),
    ("Số: 07/ÐA-UBND", "07/ĐA-UBND"),
    ("Số 15 – HD/BTGDVTU", "15-HD/BTGDVTU"),
    ("Số      -NQ/ĐU", "-NQ/ĐU"),
    ("Số: 66-QĐ/TW", "66-QĐ/TW"),
    ("Số: 30/2020/NĐ-CP", "30/2020/NĐ-CP"),
])
def test_number_line_variants_in_a_header(line, expected):
    h = header_of(table_header(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], line, "Nghệ An, ngày 05 tháng 01 năm 2026",
                               STATE, [B("KẾ HOẠCH", bold=True), B("Phòng, chống thiên tai năm 2026"), *BODY]))
    assert h.number_symbol == expected
    assert h.issuer.name == "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"


def test_header_glued_into_one_block():
    text = ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: 12/CT-UBND Nghệ An, ngày 05 tháng 01 năm 2026")
    h = header_of([B(text), B("CHỈ THỊ"), B("Về tăng cường quản lý trật tự xây dựng"), *BODY])
    assert h.issuer.name == "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
    assert h.number_symbol == "12/CT-UBND"
    assert (h.place, h.date) == ("Nghệ An", date(2026, 1, 5))
    assert h.doc_type.code == "CT"
    assert h.subject == "Về tăng cường quản lý trật tự xây dựng"


def test_tabbed_header_lines_without_table():
    # DOCX header typed with tabs: left and right components on one paragraph each.
    blocks = [B("UBND TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), B("SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"), B("Số: 215/SYT-NVY Ninh Bình, ngày 08 tháng 01 năm 2026"), B("V/v triển khai chiến dịch tiêm"), B("vắc xin phòng bệnh sởi năm 2026"), B("Kính gửi:"), B("- Ủy ban nhân dân các xã, phường;"), B("- Trạm Y tế các xã, phường."), *BODY]
    h = header_of(blocks)
    assert (h.issuer.name, h.issuer.parent) == ("SỞ Y TẾ", "UBND TỈNH NINH BÌNH")
    assert h.number_symbol == "215/SYT-NVY" and h.place == "Ninh Bình"
    assert h.subject == "triển khai chiến dịch tiêm vắc xin phòng bệnh sởi năm 2026"
    assert h.addressees == ["Ủy ban nhân dân các xã, phường", "Trạm Y tế các xã, phường"]


def test_caps_subject_over_several_paragraphs():
    h = header_of(table_header(["BAN CHẤP HÀNH TRUNG ƯƠNG"], "Số 212-KL/TW", "Hà Nội, ngày 18 tháng 11 năm 2025",
                               PARTY, [B("KẾT LUẬN", bold=True), B("CỦA BỘ CHÍNH TRỊ,"), B("BAN BÍ THƯ"), B("VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH"), *BODY]))
    assert h.subject == "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ ĐỊNH HƯỚNG XÂY DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH"
    assert h.doc_type.code == "KL"


def test_cong_dien_addressees_after_dien_formula():
    sub = B("", lines=["VỀ VIỆC KHẨN TRƯƠNG CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH", "THỦ TƯỚNG CHÍNH PHỦ điện:"])
    sub.lines[1].bold = True
    h = header_of(table_header(["THỦ TƯỚNG CHÍNH PHỦ"], "Số: 224/CĐ-TTg", "Hà Nội, ngày 20 tháng 11 năm 2025",
                               STATE, [B("CÔNG ĐIỆN", bold=True), sub, B("- Bộ trưởng, Thủ trưởng cơ quan ngang bộ;"), B("- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố."), *BODY]))
    assert h.subject == "VỀ VIỆC KHẨN TRƯƠNG CHUẨN BỊ TỔ CHỨC LỄ KHÁNH THÀNH"
    assert h.addressees == ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"]


def test_no_header_gives_nulls_not_guesses():
    h = header_of([B("Kính gửi: Các cấp ủy cơ sở trực thuộc Đảng ủy"), *BODY])
    assert h.issuer.name is None and h.number_symbol is None and h.date is None and h.doc_type.code is None
    assert h.addressees == ["Các cấp ủy cơ sở trực thuộc Đảng ủy"]


# --- shared vocabulary ---------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hải Phòng, ngày 05 tháng 01 năm 2026", date(2026, 1, 5)),
    ("trước ngày 20/01/2026", date(2026, 1, 20)),
    ("Chỉ thị số 05-CT/TW, ngày 15-5-2016", date(2016, 5, 15)),
    ("ngày    tháng    năm 2026", None),
    ("ngày 31/02/2026", None),
])
def test_parse_date(text, expected):
    assert vocab.parse_date(text) == expected


def test_text_keys_fold_tone_placement_and_accents():
    assert same("Ủy ban nhân dân", "Uỷ ban nhân dân")
    assert same("CỘNG HOÀ", "Cộng hòa")
    assert tone_key("Thủy lợi.") == "thủy lợi"
    assert fold("ĐẢNG ỦY PHƯỜNG LÊ CHÂN") == "dang uy phuong le chan"
    assert not same("hòa", "hóa")


def test_real_headers(real_docs):
    from parsers import load

    cases = {
        "kh_ubnd_nghean_982_2025.txt": ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "982/KH-UBND", "KH", "Nghệ An"),
        "hd_btctw_45_2025.txt": ("BAN TỔ CHỨC", "45-HD/BTCTW", "HD", "Hà Nội"),
        "cv_ubnd_hcm_4085_2025.txt": ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "4085/UBND-ĐT", "CV",
                                      "Thành phố Hồ Chí Minh"),
        "cd_ttg_224_2025.txt": ("THỦ TƯỚNG CHÍNH PHỦ", "224/CĐ-TTg", "CĐ", "Hà Nội"),
    }
    for name, (issuer, number, code, place) in cases.items():
        path = real_docs / name
        if not path.exists():
            continue
        h = header_of(list(load(path).blocks()))
        assert (h.issuer.name, h.number_symbol, h.doc_type.code, h.place) == (issuer, number, code, place), name


def test_plain_text_header_lines_in_one_paragraph_with_ocr_party_title():
    from parsers.text_backend import layout_from_text

    text = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ HƯNG NGUYÊN\n*\nSố 15-BC/ĐU\n\n"
            "ĐẲNG CỘNG SẢN VIỆT NAM\nHưng Nguyên, ngày 20 tháng 01 năm 2026\n\n"
            "BÁO CÁO\nkết quả thực hiện Công văn số 123-CV/HU ngày 05/01/2026\ncủa Ban Thường vụ Huyện ủy\n-----\n\n"
            "Thực hiện Công văn số 123-CV/HU, Đảng ủy xã Hưng Nguyên báo cáo kết quả như sau:\n")
    h = header_of(list(layout_from_text(text).blocks()))
    assert (h.issuer.name, h.issuer.parent) == ("ĐẢNG ỦY XÃ HƯNG NGUYÊN", "ĐẢNG BỘ TỈNH NGHỆ AN")
    assert (h.number_symbol, h.doc_type.code, h.regime) == ("15-BC/ĐU", "BC", "party")
    assert (h.place, h.date) == ("Hưng Nguyên", date(2026, 1, 20))
    assert h.subject == "kết quả thực hiện Công văn số 123-CV/HU ngày 05/01/2026 của Ban Thường vụ Huyện ủy"


def test_urgency_stamp_and_blank_number_and_day():
    blocks = [B("ỦY BAN NHÂN DÂN", 0, 0, 0, bold=True), B("TỈNH GIA LAI", 0, 0, 0, bold=True),
              *[B(t, 1, 0, 0, bold=True) for t in STATE],
              B("Số:      /UBND-KT", 0, 0, 1), B("V/v bình ổn thị trường dịp Tết Nguyên đán", 0, 0, 1),
              B("KHẨN", 0, 0, 1, bold=True), B("Gia Lai, ngày      tháng 02 năm 2026", 1, 0, 1, italic=True),
              B("Kính gửi: Các sở, ban, ngành thuộc tỉnh."), *BODY]
    h = header_of(blocks)
    assert h.number_symbol == "/UBND-KT" and h.doc_type.code == "CV"
    assert h.subject == "bình ổn thị trường dịp Tết Nguyên đán"
    assert (h.place, h.date) == ("Gia Lai", None)
    assert h.issuer.name == "ỦY BAN NHÂN DÂN TỈNH GIA LAI"


def test_caps_subject_typed_with_manual_breaks_then_body():
    h = header_of(table_header(
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"], "Số: 0124/KH-UBND", "Đắk Lắk, ngày 18 tháng 11 năm 2025", STATE,
        [B("KẾ HOẠCH", bold=True), B("PHÁT ĐỘNG ĐỢT THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI", bold=True),
         B("LẦN THỨ XIV CỦA ĐẢNG", bold=True), B("I. MỤC ĐÍCH, YÊU CẦU", bold=True), *BODY]))
    assert h.subject == "PHÁT ĐỘNG ĐỢT THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI LẦN THỨ XIV CỦA ĐẢNG"


def test_numeric_place_date_and_type_line_in_a_merged_table_row():
    blocks = [B("BỘ Y TẾ", 0, 0, 0, bold=True), *[B(t, 1, 0, 0, bold=True) for t in STATE],
              B("Số: 15/TB-BYT", 0, 0, 1), B("Hà Nội, ngày 05/01/2026", 1, 0, 1, italic=True),
              B("THÔNG BÁO", 0, 0, 2, bold=True), B("Kết luận của Bộ trưởng tại cuộc họp giao ban tháng 12", 0, 0, 2),
              *BODY]
    h = header_of(blocks)
    assert (h.place, h.date) == ("Hà Nội", date(2026, 1, 5))
    assert (h.doc_type.code, h.subject) == ("TB", "Kết luận của Bộ trưởng tại cuộc họp giao ban tháng 12")


def test_received_stamp_in_header_is_not_the_issuer():
    blocks = [B("CÔNG VĂN ĐẾN", 0), B("VĂN PHÒNG CHÍNH PHỦ", 0), B("BỘ QUỐC PHÒNG", 0, bold=True),
              B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1), B("Số: 46/VBHN-BQP", 0),
              B("Hà Nội, ngày 05 tháng 5 năm 2026", 1), *BODY]
    h = header_of(blocks)
    assert h.issuer.name == "BỘ QUỐC PHÒNG"
    assert h.number_symbol == "46/VBHN-BQP"


def test_numbered_unit_names_are_not_number_lines():
    h = header_of(table_header(["ĐẢNG BỘ PHƯỜNG AN BIÊN", "CHI BỘ KHU DÂN CƯ SỐ 1", "*"], "Số 02-BC/CB",
                               "An Biên, ngày 20 tháng 02 năm 2026", PARTY,
                               [B("BÁO CÁO", bold=True), B("kết quả lãnh đạo tổ chức Tết Nguyên đán"), *BODY]))
    assert (h.issuer.name, h.issuer.parent, h.number_symbol) == (
        "CHI BỘ KHU DÂN CƯ SỐ 1", "ĐẢNG BỘ PHƯỜNG AN BIÊN", "02-BC/CB")


def test_date_line_broken_by_the_extractor():
    blocks = [B("BỘ Y TẾ", 0), B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1), B("Độc lập - Tự do - Hạnh phúc", 1),
              B("Số: 15/KH-BYT", 0), B("Hà Nội, ngày 05 tháng 01", 1), B("năm 2026", 1),
              B("KẾ HOẠCH", bold=True), B("Phòng, chống dịch bệnh năm 2026", bold=True), *BODY]
    h = header_of(blocks)
    assert (h.place, h.date, h.number_symbol) == ("Hà Nội", date(2026, 1, 5), "15/KH-BYT")


def test_numeric_date_with_spaced_separators() -> None:
    """A typed or OCR'd "05 / 01 / 2026" is still the issuing date."""
    from extract.vocab import parse_date

    assert parse_date("Hà Nội, ngày 05 / 01 / 2026").isoformat() == "2026-01-05"
    assert parse_date("Số 12 / 2026") is None
