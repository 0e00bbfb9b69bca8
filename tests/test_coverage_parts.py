"""Report parts: only KẾT QUẢ THỰC HIỆN counts; HẠN CHẾ, PHƯƠNG HƯỚNG, KIẾN NGHỊ are mentions."""

from __future__ import annotations

from extract.coverage.report_parts import heading_part, split_report
from parsers.layout import Block, CellRef, Line


def _blocks(items: list[tuple[str, bool]], page: int = 1) -> list[Block]:
    header = [Block(lines=[Line(text="CHI BỘ KHU DÂN CƯ SỐ 2", bold=True)], cell=CellRef(0, 0, 0), column=0),
              Block(lines=[Line(text="BÁO CÁO", bold=True)])]
    body = [Block(lines=[Line(text=t, bold=b)], page=page) for t, b in items]
    footer = [Block(lines=[Line(text="Nơi nhận:")], cell=CellRef(1, 0, 0), column=0)]
    return header + body + footer


REPORT = [
    ("Thực hiện Công văn số 125-CV/ĐU của Ban Thường vụ Đảng ủy phường, Chi bộ Khu dân cư số 2 báo cáo "
     "kết quả như sau:", False),
    ("1. Kết quả thực hiện", True),
    ("Chi bộ đã chỉ đạo rà soát, đề nghị hỗ trợ quà Tết cho 12 hộ nghèo. Khu dân cư tổ chức hai đợt tổng "
     "vệ sinh; chi bộ sẽ tổ chức thêm một đợt sau Tết.", False),
    ("2. Khó khăn, vướng mắc", True),
    ("Việc nắm bắt tư tưởng, tâm trạng của Nhân dân còn hạn chế.", False),
    ("3. Đề xuất", True),
    ("Đề nghị Đảng ủy chỉ đạo Công an phường tăng cường tuần tra.", False),
    ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", True),
    ("Tiếp tục phối hợp giữ vững an ninh trật tự trong mùa lễ hội.", False),
    ("Trên đây là báo cáo của Chi bộ Khu dân cư số 2.", False),
]


def test_parts_follow_headings_at_any_level():
    rep = split_report(_blocks(REPORT, page=2))
    assert rep.opening.startswith("Thực hiện Công văn số 125-CV/ĐU")
    parts = [(s.part, s.text[:25]) for s in rep.sentences]
    assert parts == [
        ("results", "Chi bộ đã chỉ đạo rà soát"),
        ("plans", "Khu dân cư tổ chức hai đợ"),  # "sẽ" in the sentence: a plan, not a deed
        ("limits", "Việc nắm bắt tư tưởng, tâ"),
        ("proposals", "Đề nghị Đảng ủy chỉ đạo C"),
        ("plans", "Tiếp tục phối hợp giữ vữn"),
    ]
    assert all(s.page == 2 for s in rep.sentences)
    assert not any("Trên đây" in s.text for s in rep.sentences)  # the closing formula ends the body


def test_heading_words():
    assert heading_part("I. TÌNH HÌNH, KẾT QUẢ TRIỂN KHAI") == "results"
    assert heading_part("II. TỒN TẠI, HẠN CHẾ") == "limits"
    assert heading_part("III. NHIỆM VỤ TRIỂN KHAI THỜI GIAN TỚI") == "plans"
    assert heading_part("III. NHIỆM VỤ TRỌNG TÂM QUÝ III") == "plans"
    assert heading_part("IV. KIẾN NGHỊ, ĐỀ XUẤT") == "proposals"
    assert heading_part("2. Kết quả thực hiện các nhiệm vụ") == "results"
    assert heading_part("1. Về làm sạch dữ liệu dân cư") is None


def test_not_done_sentence_under_results_is_a_limitation():
    rep = split_report(_blocks([
        ("Thực hiện Công văn số 125-CV/ĐU, chi bộ báo cáo như sau:", False),
        ("I. KẾT QUẢ THỰC HIỆN", True),
        ("Chi bộ chưa tổ chức ra quân vệ sinh môi trường do thời tiết mưa rét.", False),
    ]))
    assert [s.part for s in rep.sentences] == ["limits"]


def test_result_tables_are_body_but_header_and_signature_tables_are_not():
    def cell(text, table, col, bold=False):
        return Block(lines=[Line(text=text, bold=bold)], cell=CellRef(table, 0, col), column=col)

    blocks = [
        cell("ỦY BAN NHÂN DÂN XÃ AN HƯNG", 0, 0, bold=True), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0, 1),
        Block(lines=[Line(text="BÁO CÁO", bold=True)]),
        Block(lines=[Line(text="Thực hiện Công văn số 1234/UBND-KSTTHC, UBND xã báo cáo như sau:")]),
        Block(lines=[Line(text="I. KẾT QUẢ THỰC HIỆN", bold=True)]),
        cell("Số tài khoản định danh điện tử mức độ 2 đã kích hoạt trong quý", 1, 0), cell("2.106", 1, 1),
        Block(lines=[Line(text="II. KHÓ KHĂN, HẠN CHẾ", bold=True)]),
        Block(lines=[Line(text="Việc số hóa hồ sơ còn chậm do thiếu máy quét chuyên dụng.")]),
        cell("Nơi nhận:", 2, 0), cell("TM. ỦY BAN NHÂN DÂN", 2, 1, bold=True),
    ]
    rep = split_report(blocks)
    assert [(s.part, s.text) for s in rep.sentences] == [
        ("results", "Số tài khoản định danh điện tử mức độ 2 đã kích hoạt trong quý"),
        ("limits", "Việc số hóa hồ sơ còn chậm do thiếu máy quét chuyên dụng."),
    ]


def test_headings_with_full_stop_and_unlabelled_subheadings():
    rep = split_report(_blocks([
        ("Thực hiện Công văn số 125-CV/ĐU, chi bộ báo cáo như sau:", False),
        ("I. Kết quả thực hiện.", False),
        ("Chi bộ đã phổ biến Chỉ thị số 05-CT/TU tới toàn thể đảng viên.", False),
        ("II. Hạn chế.", False),
        ("Về công tác tuyên truyền", True),
        ("Việc tuyên truyền trên loa truyền thanh chưa thường xuyên.", False),
        ("III. PHƯƠNG HƯỚNG", True),
        ("Tiếp tục tuyên truyền trên các nhóm Zalo tổ dân phố.", False),
    ]))
    assert [s.part for s in rep.sentences] == ["results", "limits", "plans"]


def test_a_deed_starting_with_thuc_hien_is_not_taken_for_the_opening():
    rep = split_report(_blocks([
        ("Thực hiện chỉ đạo của Đảng ủy phường, Chi bộ đã tổ chức 03 buổi tuyên truyền về phòng, chống pháo nổ.",
         False),
        ("Chi bộ đã vận động 100% hộ gia đình ký cam kết không sử dụng pháo nổ.", False),
    ]))
    assert rep.opening is None
    assert [s.text[:20] for s in rep.sentences] == ["Thực hiện chỉ đạo củ", "Chi bộ đã vận động 1"]


def test_without_opening_the_body_starts_after_the_subject_not_after_the_first_heading():
    blocks = [Block(lines=[Line(text="BÁO CÁO", bold=True)], align="center"),
              Block(lines=[Line(text="kết quả tổ chức Tết Nguyên đán năm 2026", bold=True)], align="center"),
              Block(lines=[Line(text="I. KẾT QUẢ THỰC HIỆN", bold=True)]),
              Block(lines=[Line(text="Chi bộ đã thăm, tặng quà 06 đảng viên cao tuổi.")]),
              Block(lines=[Line(text="II. HẠN CHẾ", bold=True)]),
              Block(lines=[Line(text="Một số đảng viên trẻ tham gia sinh hoạt chưa đầy đủ.")])]
    rep = split_report(blocks)
    assert [s.part for s in rep.sentences] == ["results", "limits"]
