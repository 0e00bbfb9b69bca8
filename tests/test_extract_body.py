"""Section tree and label grammar of the body zone, on realistic Vietnamese snippets."""

from __future__ import annotations

import pytest

from extract.body import read_body
from extract.markers import parse_marker
from parsers.layout import Block, Line


def blocks(*items: str | tuple[str, bool]) -> list[Block]:
    """Blocks from texts; ("TEXT", True) is a bold block."""
    out = []
    for i, it in enumerate(items):
        text, bold = (it, False) if isinstance(it, str) else it
        out.append(Block(lines=[Line(text=text, bold=bold)], order=i))
    return out


def flat(sections, depth: int = 0) -> list[tuple[int, str | None, str]]:
    out = []
    for s in sections:
        out.append((s.level, s.number, s.title))
        out.extend(flat(s.sections, depth + 1))
    return out


@pytest.mark.parametrize(
    ("text", "kind", "number", "rest"),
    [
        ("I. MỤC ĐÍCH, YÊU CẦU", "roman", "I", "MỤC ĐÍCH, YÊU CẦU"),
        ("II- NỘI DUNG", "roman", "II", "NỘI DUNG"),
        ("1. Công tác tuyên truyền", "arabic", "1", "Công tác tuyên truyền"),
        ("1- Văn bản của Đảng", "arabic", "1", "Văn bản của Đảng"),
        ("1.2. Sở Tài chính", "arabic2", "1.2", "Sở Tài chính"),
        ("a) Đối với các sở", "alpha", "a", "Đối với các sở"),
        ("đ) Đối với cá nhân", "alpha", "đ", "Đối với cá nhân"),
        ("- Theo dõi chặt chẽ", "dash", None, "Theo dõi chặt chẽ"),
        ("+ Sở Xây dựng: hướng dẫn", "plus", None, "Sở Xây dựng: hướng dẫn"),
        ("• Rà soát", "bullet", None, "Rà soát"),
        ("Điều 1. Phạm vi điều chỉnh", "dieu", "Điều 1", "Phạm vi điều chỉnh"),
        ("Chương II", "chuong", "Chương II", ""),
        ("Phần thứ nhất", "phan", "Phần thứ nhất", ""),
        ("Mục 1. Quy định chung", "muc", "Mục 1", "Quy định chung"),
    ],
)
def test_markers(text: str, kind: str, number: str | None, rest: str) -> None:
    m = parse_marker(text)
    assert m is not None
    assert (m.kind, m.number, m.rest) == (kind, number, rest)


@pytest.mark.parametrize("text", [
    "1.000 người tham gia", "20/11/2025 là ngày", "Mục tiêu chung của kế hoạch", "Phần lớn các đơn vị",
    "5 - 10 % số hộ", "v. v. và các nội dung khác",
])
def test_not_markers(text: str) -> None:
    assert parse_marker(text) is None


def test_plan_tree_roman_arabic_alpha() -> None:
    body = blocks(
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        ("1. Mục đích", True),
        "a) Phát huy sức mạnh của cả hệ thống chính trị.",
        ("II. NHIỆM VỤ, GIẢI PHÁP", True),
        "1. Công tác nắm bắt, phản ánh dư luận xã hội",
        "- Theo dõi chặt chẽ tư tưởng, tâm trạng của cán bộ, đảng viên.",
        "2. Tổng hợp, báo cáo kết quả về Sở Nội vụ trước ngày 20/01/2026.",
        ("III. TỔ CHỨC THỰC HIỆN", True),
        "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch này.",
    )
    sections, _ = read_body(body)
    assert flat(sections) == [
        (1, "I.", "MỤC ĐÍCH, YÊU CẦU"),
        (2, "1.", "Mục đích"),
        (1, "II.", "NHIỆM VỤ, GIẢI PHÁP"),
        (2, "1.", "Công tác nắm bắt, phản ánh dư luận xã hội"),
        (1, "III.", "TỔ CHỨC THỰC HIỆN"),
    ]


def test_level_one_is_the_first_family_seen() -> None:
    # A công văn that starts at "1." has its "1." headings at level 1, "1.1." at level 2.
    body = blocks(
        "1. Về việc rà soát, làm sạch dữ liệu số nhà đã cấp",
        "1.1. Giao Sở Nông nghiệp và Môi trường",
        "- Khẩn trương chia sẻ cơ sở dữ liệu đất đai trước ngày 05/12/2025.",
        "2. Về công tác triển khai phần mềm",
        "Giao Sở Xây dựng chủ trì khảo sát hiện trạng.",
    )
    sections, tasks = read_body(body)
    assert flat(sections) == [
        (1, "1.", "Về việc rà soát, làm sạch dữ liệu số nhà đã cấp"),
        (2, "1.1.", "Giao Sở Nông nghiệp và Môi trường"),
        (1, "2.", "Về công tác triển khai phần mềm"),
    ]
    assert [t.section for t in tasks] == ["1.1", "2"]


def test_party_hyphen_parts_over_articles() -> None:
    body = blocks(
        ("I- QUY ĐỊNH CHUNG", True),
        ("Điều 1. Phạm vi điều chỉnh", True),
        "Quy định này quy định về quản lý tài liệu lưu trữ.",
        ("II- TỔ CHỨC THỰC HIỆN", True),
        ("Điều 2. Trách nhiệm thi hành", True),
        "Văn phòng Trung ương Đảng hướng dẫn thực hiện Quy định này.",
    )
    sections, tasks = read_body(body)
    assert flat(sections) == [
        (1, "I-", "QUY ĐỊNH CHUNG"), (2, "Điều 1.", "Phạm vi điều chỉnh"),
        (1, "II-", "TỔ CHỨC THỰC HIỆN"), (2, "Điều 2.", "Trách nhiệm thi hành"),
    ]
    assert [(t.section, t.assignees) for t in tasks] == [("II.2", ["Văn phòng Trung ương Đảng"])]


def test_article_clause_is_a_heading_and_its_assignment_a_task() -> None:
    body = blocks(
        ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổng kiểm kê tài sản công.", False),
        "Điều 2. Giám đốc Sở Tài chính; Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này.",
    )
    sections, tasks = read_body(body)
    assert [s.number for s in sections] == ["Điều 1.", "Điều 2."]
    assert len(tasks) == 1 and tasks[0].assignees == ["Giám đốc Sở Tài chính", "Thủ trưởng các sở, ban, ngành"]
    assert tasks[0].section == "Điều 2"


def test_nested_dash_plus_and_lead_in_heading() -> None:
    body = blocks(
        "IV. TỔ CHỨC THỰC HIỆN",
        ("4. Sở Nội vụ", True),
        "- Phối hợp hướng dẫn các cơ quan, địa phương thực hiện kiểm kê, như sau:",
        "+ Sở Xây dựng: hướng dẫn rà soát thông tin tài sản kết cấu hạ tầng giao thông.",
        "+ Sở Công Thương: hướng dẫn rà soát thông tin tài sản hạ tầng chợ.",
    )
    sections, tasks = read_body(body)
    assert flat(sections) == [(1, "IV.", "TỔ CHỨC THỰC HIỆN"), (2, "4.", "Sở Nội vụ")]
    assert [t.parent for t in tasks] == [None, "T1", "T1"]
    assert tasks[1].title == "Sở Xây dựng" and tasks[1].assignees == ["Sở Xây dựng"]
    assert tasks[0].assignees == ["Sở Nội vụ"]  # from the heading it sits under
    assert all(t.section == "IV.4" for t in tasks)


def test_wrapped_page_break_joins_item() -> None:
    body = blocks(
        "1. Công tác định hướng",
        "- Định hướng thông tin: Tăng cường phối hợp liên ngành; bảo đảm không để",
        "khoảng trống thông tin trên không gian mạng.",
        "- Thời gian kiểm tra cuối năm được thông báo sau.",
    )
    _, tasks = read_body(body)
    assert tasks[0].text.endswith("không để khoảng trống thông tin trên không gian mạng.")


def test_label_item_without_action_is_a_section() -> None:
    body = blocks(
        ("II. NỘI DUNG THI ĐUA", True),
        "1. Chủ đề thi đua",
        "“Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng”.",
        "2. Thời gian thực hiện: Từ tháng 10/2025 đến khi tổ chức thành công Đại hội.",
    )
    sections, tasks = read_body(body)
    assert (2, "2.", "Thời gian thực hiện") in flat(sections)
    assert tasks == []


def test_pdf_wrap_starting_with_a_digit_joins_the_item() -> None:
    body = blocks(
        ("II. NỘI DUNG PHỐI HỢP", True),
        "1. Khám sức khỏe định kỳ cho học sinh; hoàn thành trong học kỳ II năm học",
        "2025 - 2026.",
        "2. Giám sát, phòng, chống dịch bệnh truyền nhiễm trong trường học.",
    )
    sections, tasks = read_body(body)
    assert flat(sections) == [(1, "II.", "NỘI DUNG PHỐI HỢP")]
    assert tasks[0].text.endswith("năm học 2025 - 2026.")


def test_unnumbered_caps_heading_opens_a_section() -> None:
    body = blocks(
        "Ngày 09/01/2026, đồng chí Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ giải ngân.",
        ("Ý KIẾN KẾT LUẬN", True),
        ("1. Đánh giá chung", True),
        "Năm 2025, tỷ lệ giải ngân vốn đầu tư công của tỉnh đạt 92,4% kế hoạch.",
        ("2. Nhiệm vụ trọng tâm thời gian tới", True),
        "a) Sở Tài chính: Chủ trì rà soát, điều chuyển vốn từ các dự án chậm giải ngân.",
    )
    sections, tasks = read_body(body)
    assert flat(sections) == [(1, None, "Ý KIẾN KẾT LUẬN"), (2, "1.", "Đánh giá chung"),
                              (2, "2.", "Nhiệm vụ trọng tâm thời gian tới")]
    assert [(t.section, t.assignees) for t in tasks] == [("2", ["Sở Tài chính"])]


def test_authority_line_of_a_decision_is_not_a_heading() -> None:
    body = blocks(
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", True),
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        ("QUYẾT ĐỊNH:", True),
        "Điều 1. Phạm vi điều chỉnh",
    )
    sections, tasks = read_body(body)
    assert flat(sections) == [(1, "Điều 1.", "Phạm vi điều chỉnh")]
    assert tasks == []


def test_quoted_law_is_neither_heading_nor_task() -> None:
    body = blocks(
        "Cục Thuế nhận được Công văn số 5770/NBI-QLDN2 của Thuế tỉnh Ninh Bình. Về vấn đề này, Cục Thuế có ý kiến như sau:",
        "- Điều 53 Nghị định số 268/2025/NĐ-CP quy định:",
        "\"Điều 53. Thu hồi Giấy chứng nhận doanh nghiệp khoa học và công nghệ",
        "1. Định kỳ 03 năm, cơ quan có thẩm quyền tổ chức kiểm tra, đánh giá việc chấp hành các điều kiện.",
        "2. Cơ quan có thẩm quyền thông báo cho doanh nghiệp và quyết định thu hồi Giấy chứng nhận.\"",
        "Đề nghị Thuế tỉnh Ninh Bình hướng dẫn doanh nghiệp thực hiện đúng quy định.",
    )
    sections, tasks = read_body(body)
    assert sections == []
    assert [t.text[:20] for t in tasks] == ["Đề nghị Thuế tỉnh Ni"]


def test_scoring_rubric_rows_are_not_sections() -> None:
    body = blocks(
        "Đề nghị Ủy ban nhân dân phường, xã đánh giá, xếp loại trung tâm học tập cộng đồng.",
        "1. Tổ chức bộ máy của trung tâm (10 điểm)",
        "- Có quyết định thành lập, quy chế hoạt động.",
        "2. Cơ sở vật chất (20 điểm)",
        "- Có phòng học riêng, trang thiết bị phục vụ học tập.",
    )
    sections, tasks = read_body(body)
    assert sections == []
    assert [t.text[:7] for t in tasks] == ["Đề nghị"]
