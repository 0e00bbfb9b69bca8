"""Post-OCR repair: fixed phrases and the number/symbol are snapped back; body prose never changes."""

from __future__ import annotations

import pytest

from parsers.ocr_repair import repair_line, repair_number_line, snap_line, snap_prefix, snap_units


@pytest.mark.parametrize(("ocr", "fixed"), [
    # Tesseract's typical confusions on the header phrases (stack notes: "ĐẢNG" → "ĐẲNG").
    ("ĐẲNG CỘNG SẢN VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("CỘNG HÒA XÁ HỘI CHỦ NGHỈA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),  # printed variant kept
    ("Độc lập - Tự do — Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"),
    ("Độc lập Tự do - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"),
    ("KÊ HOẠCH", "KẾ HOẠCH"),
    ("CHỈ THI", "CHỈ THỊ"),
    ("PHÓ BÍ THU", "PHÓ BÍ THƯ"),
    ("PULIÓ BÍ THƯ", "PHÓ BÍ THƯ"),  # a title under the seal
])
def test_whole_line_phrases(ocr: str, fixed: str) -> None:
    assert repair_line(ocr) == fixed


def test_short_phrases_need_the_same_letters() -> None:
    # "CHỈ THỊ" and "CHỦ TỊCH" are a few edits apart: a fuzzy match would swap types.
    assert snap_line("CHI TICH") is None
    assert snap_line("CHỈ THI") == "CHỈ THỊ" and snap_line("CHỦ TICH") == "CHỦ TỊCH"
    assert snap_line("BÁO CÁO") == "BÁO CÁO"
    # A sentence-case line is never a CAPS type line.
    assert snap_line("Báo cáo") is None


@pytest.mark.parametrize(("ocr", "fixed"), [
    ("Nơi nhân:", "Nơi nhận:"),
    ("Noi nhận;", "Nơi nhận:"),
    ("Kinh gửi: Sở Y tế tỉnh Ninh Bình.", "Kính gửi: Sở Y tế tỉnh Ninh Bình."),
    ("TM, ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),
    ("KT.GIÁM ĐỐC", "KT. GIÁM ĐỐC"),
    ("T/IM BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ"),
    ("Vỉv triển khai chiến dịch tiêm vắc xin", "V/v triển khai chiến dịch tiêm vắc xin"),
    ("VX%v kiểm điểm, đánh giá", "V/v kiểm điểm, đánh giá"),
])
def test_line_start_labels(ocr: str, fixed: str) -> None:
    assert repair_line(ocr) == fixed


@pytest.mark.parametrize(("ocr", "fixed"), [
    ("H. NỘI DUNG", "II. NỘI DUNG"),  # bold "II" read as "H"
    ("HI. TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"),
    ("I.MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("- UBND tỉnh (đế báo cáo);", "- UBND tỉnh (để báo cáo);"),
    ("Gia Lai, ngày — tháng 02 năm 2026", "Gia Lai, ngày tháng 02 năm 2026"),  # blank day
    ("KHAN", "KHẨN"),
    ("- Như tiên;", "- Như trên;"),
    ("Nơinhận:", "Nơi nhận:"),
    ("- Ban Tuyên giáo và Dân vận Trung ương (đế", "- Ban Tuyên giáo và Dân vận Trung ương (để"),
])
def test_heading_labels_and_purposes(ocr: str, fixed: str) -> None:
    assert repair_line(ocr) == fixed


def test_unit_names_in_caps_lines() -> None:
    assert snap_units("ĐẲNG ỦY CÁC CƠ QUAN ĐẲNG TỈNH") == "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH"
    assert snap_units("CỤC THUÊ") == "CỤC THUẾ"
    # Both spellings are correct Vietnamese: the printed one stays.
    assert snap_units("TM. UỶ BAN NHÂN DÂN") == "TM. UỶ BAN NHÂN DÂN"
    # One syllable alone is ambiguous without its tone ("QUAN" is not "QUẬN").
    assert snap_units("CƠ QUAN") == "CƠ QUAN"


@pytest.mark.parametrize(("ocr", "fixed"), [
    ("Sô: 2O5 /QD-UBND", "Số: 205/QĐ-UBND"),
    ("Số: 2191 /CT-CS", "Số: 2191/CT-CS"),  # handwritten number in a printed blank
    ("Số 125 CV/DU", "Số 125-CV/ĐU"),  # party: hyphen after the number
    ("Số: 215 SYT-NVY", "Số: 215/SYT-NVY"),  # state: slash after the number
    ("Số: l2/2026/ND-CP", "Số: 12/2026/NĐ-CP"),
    ("Số: 46 /VBHN-BQP", "Số: 46/VBHN-BQP"),
    ("Số: 12/2026/QĐ-UBND", "Số: 12/2026/QĐ-UBND"),
    ("Số: 45/QĐĐ-UBND", "Số: 45/QĐ-UBND"),
])
def test_number_symbol_grammar(ocr: str, fixed: str) -> None:
    assert repair_number_line(ocr) == fixed


@pytest.mark.parametrize("body", [
    # Body prose with words a careless repair would "fix".
    "Số lượng cán bộ, công chức tăng 12% so với năm 2O24 do sáp nhập các đơn vị.",
    "Số liệu báo cáo gửi về Sở Tài chính trước ngày 05 hằng tháng.",
    "Các đảng viên phải bình đẳng trước kỷ luật của Đảng.",
    "Ủy ban nhân dân các xã, phường chỉ đạo Trạm Y tế rà soát, lập danh sách trẻ chưa tiêm đủ mũi vắc xin.",
    "Kinh phí thực hiện từ nguồn ngân sách tỉnh năm 2026.",
    "Noi dung kiểm tra gồm: công tác quy hoạch, đào tạo cán bộ.",
    "- Tổ chức tập huấn cho cán bộ y tế tham gia chiến dịch; giám sát, hỗ trợ chuyên môn.",
    "Báo cáo kết quả thực hiện về Văn phòng UBND tỉnh (qua Phòng Tổng hợp).",
    "Theo Nghị định số 13/2019/ND-CP ngày 01/2/2019 của Chính phủ",  # a citation in prose: not a number line
    "Tố chức kiếm tra việc thực hiện",  # an OCR tone error in prose stays: prose is not guessed at
    "Hà Nội là nơi tổ chức hội nghị.",  # "H" + sentence: not a heading label
    "- Như trước đây, các đơn vị báo cáo hằng tháng;",  # a list item that is not the fixed one
    "Nhà máy đế giày xuất khẩu (đế giày) tăng 5%.",  # "(đế giày)": not a recipient purpose
])
def test_body_text_is_left_alone(body: str) -> None:
    assert repair_line(body) == body


def test_prefix_only_touches_the_label() -> None:
    assert snap_prefix("Nơi nhân: - Như trên;") == "Nơi nhận: - Như trên;"
    assert snap_prefix("Nơi nào cũng phải thực hiện") == "Nơi nào cũng phải thực hiện"


def test_roman_heading_sequence_is_repaired() -> None:
    """Bold "III." read as "II.": the sequence of CAPS headings decides; prose labels are not touched."""
    from parsers.layout import Block, Line, Page
    from parsers.ocr import renumber_headings

    texts = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Quán triệt sâu sắc nội dung.", "II. NHIỆM VỤ, GIẢI PHÁP",
             "II. TỔ CHỨC THỰC HIỆN", "II. Các đơn vị báo cáo kết quả."]
    page = Page(1, [Block([Line(t)]) for t in texts])
    assert renumber_headings([page]) == 1
    assert [b.text for b in page.blocks] == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Quán triệt sâu sắc nội dung.",
                                             "II. NHIỆM VỤ, GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN",
                                             "II. Các đơn vị báo cáo kết quả."]
