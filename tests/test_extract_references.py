"""References cited in the body, symbol grammar, doc_class and the report link."""

from __future__ import annotations

import pytest

from extract import vocab
from extract.classify import doc_class
from extract.contract import DocType, Issuer
from extract.header import HeaderFields
from extract.references import find_references, references_in_text
from extract.report import read_report
from parsers.layout import Block, Line


def B(text: str) -> Block:
    return Block(lines=[Line(text)])


def refs(text: str, exclude: str | None = None) -> list[tuple[str | None, str | None, str]]:
    return [(r.kind, r.number_symbol, r.text) for r in find_references([B(text)], exclude=exclude)]


def test_citations_by_symbol_and_by_name():
    text = ("việc triển khai Chỉ thị số 47-CT/TW và Kế hoạch số 18-KH/TU về công tác dư luận xã hội; thực hiện "
            "nghiêm các quy định về bảo vệ dữ liệu cá nhân theo Nghị định số 13/2023/NĐ-CP và Luật Bảo vệ dữ liệu "
            "cá nhân năm 2025.")
    assert refs(text) == [
        ("Chỉ thị", "47-CT/TW", "Chỉ thị số 47-CT/TW"), ("Kế hoạch", "18-KH/TU", "Kế hoạch số 18-KH/TU"),
        ("Nghị định", "13/2023/NĐ-CP", "Nghị định số 13/2023/NĐ-CP"),
        ("Luật", None, "Luật Bảo vệ dữ liệu cá nhân năm 2025")]


def test_generic_van_ban_gets_its_kind_from_the_symbol():
    assert refs("Xét báo cáo của Bộ Tài chính tại văn bản số 621/BC-BTC ngày 11 tháng 11 năm 2025") == [
        ("Báo cáo", "621/BC-BTC", "văn bản số 621/BC-BTC")]


def test_own_symbol_and_own_appendix_line_are_not_references():
    assert refs("(Kèm theo Kế hoạch số 144/KH-UBND ngày 24 tháng 11 năm 2025 của UBND tỉnh Bắc Ninh)") == []
    assert refs("Ủy ban nhân dân tỉnh ban hành Kế hoạch số 144/KH-UBND để triển khai.", exclude="144/KH-UBND") == []


def test_one_entry_per_document():
    blocks = [B("Thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị;"),
              B("Tiếp tục thực hiện Chỉ thị số 05-CT/TW gắn với Luật Lưu trữ số 33/2024/QH15."),
              B("Thực hiện đúng Luật Lưu trữ và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;"),
              B("thực hiện thắng lợi Nghị quyết Đại hội lần thứ XIII của Đảng.")]
    out = [(r.number_symbol or r.text) for r in find_references(blocks)]
    assert out == ["05-CT/TW", "33/2024/QH15", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"]


def test_party_and_vbqppl_symbols_with_spacing_noise():
    assert [r[1] for r in refs("Căn cứ Hướng dẫn số 06-HD/BTCTW-BTGTW, Thông tư số 48/2017/TT- BYT, "
                               "Kế hoạch số 515/KH-BCA-BNN&MT và Nghị quyết số 163/2024/QH15.")] == [
        "06-HD/BTCTW-BTGTW", "48/2017/TT-BYT", "515/KH-BCA-BNN&MT", "163/2024/QH15"]


def test_dates_and_ratios_are_not_symbols():
    assert refs("Tỷ lệ đạt 5/7 chỉ tiêu, hoàn thành trước ngày 20/01/2026, giai đoạn 2021/2025.") == []


def test_laws_cited_by_title():
    out = [r.text for r in references_in_text(
        "theo quy định tại Luật Khám bệnh, chữa bệnh và Luật Quản lý, sử dụng tài sản công năm 2017; "
        "Điều 215 Bộ luật Hình sự; Căn cứ Điều lệ Đảng; Luật sửa đổi, bổ sung một số điều của Luật Phòng, "
        "chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020")]
    assert out == ["Luật Khám bệnh, chữa bệnh", "Luật Quản lý, sử dụng tài sản công năm 2017", "Bộ luật Hình sự",
                   "Điều lệ Đảng",
                   "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều"]


def test_named_programmes_and_meeting_resolutions():
    out = [r.text for r in references_in_text(
        "tích cực triển khai Chương trình ứng dụng công nghệ thông tin, số hoá trong hoạt động các cơ quan đảng "
        "giai đoạn 2021 - 2025; các Nghị quyết phiên họp Chính phủ thường kỳ tháng 9 năm 2025, Nghị quyết "
        "phiên họp Chính phủ thường kỳ tháng 10 năm 2025; Nghị quyết Trung ương 4 khoá XII; Kế hoạch này.")]
    assert out == ["Chương trình ứng dụng công nghệ thông tin, số hoá trong hoạt động các cơ quan đảng giai đoạn "
                   "2021 - 2025", "Nghị quyết phiên họp Chính phủ thường kỳ tháng 9 năm 2025",
                   "Nghị quyết phiên họp Chính phủ thường kỳ tháng 10 năm 2025", "Nghị quyết Trung ương 4 khoá XII"]


@pytest.mark.parametrize(("text", "canon", "regime", "code"), [
    ("Số:12/CT-UBND", "12/CT-UBND", "state", "CT"),
    ("Số:      /KH-UBND", "/KH-UBND", "state", "KH"),
    ("Số: 123/UBND-VX", "123/UBND-VX", "state", None),
    ("Số: 367 - QĐ/TWĐTN-VP", "367-QĐ/TWĐTN-VP", "party", "QĐ"),
    ("Số 05-QC/BTCTU-BDVTU", "05-QC/BTCTU-BDVTU", "party", "QC"),
    ("Số: 45/2019/QH14", "45/2019/QH14", "vbqppl", None),
    ("Số:    /2026/QĐ-UBND", "/2026/QĐ-UBND", "vbqppl", "QĐ"),
    ("Số: 224/CĐ-TTg", "224/CĐ-TTg", "state", "CĐ"),
])
def test_symbol_grammar(text, canon, regime, code):
    sym = vocab.parse_symbol(text)
    assert (sym.text, sym.regime, sym.type_code) == (canon, regime, code)


def test_type_table_both_ways():
    assert vocab.type_by_name("CHỈ THỊ") == ("CT", "Chỉ thị")
    assert vocab.type_by_name("Quy định", "party") == ("QĐ", "Quy định")
    assert vocab.type_by_name("QUY ĐỊNH", "state") == ("QyĐ", "Quy định")
    assert vocab.type_by_code("QĐi", "party") == "Quy định"
    assert vocab.type_by_code("CV", "party") == "Công văn"
    assert vocab.type_by_name("BAN CHẤP HÀNH") is None


# --- doc_class and report ----------------------------------------------------

def head(code: str | None, name: str | None = None, subject: str | None = None, issuer: str | None = None,
         number: str | None = None) -> HeaderFields:
    return HeaderFields(issuer=Issuer(name=issuer), doc_type=DocType(code=code, name=name), subject=subject,
                        number_symbol=number, regime="party")


REPORT_BODY = [B("Thực hiện Công văn số 123-CV/ĐU ngày 02/01/2026 của Ban Thường vụ Đảng ủy về tăng cường công "
                 "tác bảo vệ chính trị nội bộ; Căn cứ Kế hoạch số 18-KH/TU, Chi bộ thôn Đông báo cáo như sau:"),
               B("I. KẾT QUẢ THỰC HIỆN"), B("Chi bộ đã tổ chức quán triệt Nghị quyết số 57-NQ/TW.")]


def test_doc_class_by_type_and_by_body():
    assert doc_class(head("BC", "Báo cáo"), REPORT_BODY, []) == "report"
    assert doc_class(head("KH", "Kế hoạch"), [], []) == "directive"
    assert doc_class(head("GM", "Giấy mời"), [], []) == "other"
    # No header at all (the reference document): decided from the body.
    assert doc_class(head(None), [B("1. Công tác tuyên truyền"), B("Đề nghị cấp ủy trực thuộc thực hiện.")],
                     []) == "directive"
    assert doc_class(head(None), REPORT_BODY, []) == "report"


def test_report_unit_and_answers():
    rep = read_report(head("BC", "Báo cáo", issuer="CHI BỘ THÔN ĐÔNG", number="05-BC/CB"), REPORT_BODY)
    assert rep.unit == "CHI BỘ THÔN ĐÔNG"
    assert rep.answers == ["123-CV/ĐU", "18-KH/TU"]  # not the Nghị quyết cited in section I
    rep = read_report(head("BC", "Báo cáo", subject="kết quả thực hiện Công văn số 99-CV/TU ngày 02/01/2026"),
                      REPORT_BODY[1:])
    assert rep.answers == ["99-CV/TU"] and rep.unit is None


def test_real_references(real_docs):
    from extract.zones import split_zones
    from parsers import load

    path = real_docs / "kh_ubnd_nghean_982_2025.txt"
    if not path.exists():
        pytest.skip("document absent")
    z = split_zones(list(load(path).blocks()))
    out = [r.number_symbol or r.text for r in find_references(z.body, exclude="982/KH-UBND")]
    assert out[:3] == ["Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "45-CT/TW", "2437/QĐ-TTg"]
    assert "982/KH-UBND" not in out


def test_individual_decisions_are_not_directives():
    closing = [B("Điều 3. Chánh Văn phòng, Giám đốc Sở Nội vụ và ông Nguyễn Văn A chịu trách nhiệm thi hành "
                 "Quyết định này./.")]
    assert doc_class(head("QĐ", "Quyết định", subject="Về việc bổ nhiệm ông Nguyễn Văn A"), closing, []) == "other"
    assert doc_class(head("QĐ", "Quyết định", subject="Về việc ban hành Kế hoạch kiểm kê tài sản công"),
                     closing, []) == "directive"


def test_truncated_ocr_symbols_are_not_citations():
    out = [r.number_symbol for r in find_references([B("Thông tư số 86/2016/TT-BQP; theo 86/2016/TT và Luật "
                                                       "số 63/2025/QH15, Nghị quyết 76/2025/UBTVQH15.")])]
    assert out == ["86/2016/TT-BQP", "63/2025/QH15", "76/2025/UBTVQH15"]


def test_cong_van_reply_is_other_and_request_is_directive():
    reply = [B("Cục Thuế nhận được Công văn số 5770/NBI-QLDN2 của Thuế tỉnh Ninh Bình hỏi về chính sách thuế."),
             B("- Khoản 1 Điều 12 Nghị định số 13/2019/NĐ-CP quy định: …"),
             B("Cục Thuế trả lời để Thuế tỉnh Ninh Bình được biết và hướng dẫn doanh nghiệp thực hiện./.")]
    assert doc_class(head("CV", "Công văn"), reply, []) == "other"
    request = [B("Thực hiện Công điện số 05/CĐ-TTg của Thủ tướng Chính phủ."),
               B("Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.")]
    assert doc_class(head("CV", "Công văn"), request, []) == "directive"
