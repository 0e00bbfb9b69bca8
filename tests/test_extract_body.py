"""Section tree and label grammar of the body zone, on realistic Vietnamese snippets."""

from __future__ import annotations

from datetime import date

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


def _decree_body() -> list[Block]:
    """A Nghị định in its usual shape: Chương (bare line + CAPS title, one wrapped over two
    lines), Mục, Điều, khoản "1.", điểm "a)" with "label: description" points."""
    return blocks(
        ("Chương I", True),
        ("NHỮNG QUY ĐỊNH CHUNG", True),
        ("Điều 1. Phạm vi điều chỉnh", True),
        "Nghị định này quy định về quản lý đầu tư ứng dụng công nghệ thông tin sử dụng vốn ngân sách nhà nước.",
        ("Chương II", True),
        ("QUẢN LÝ DỰ ÁN ĐẦU TƯ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN SỬ DỤNG", True),
        ("VỐN NGÂN SÁCH NHÀ NƯỚC", True),
        ("Mục 1. CHUẨN BỊ ĐẦU TƯ", True),
        ("Điều 2. Thiết kế cơ sở", True),
        "1. Nội dung chính của thiết kế cơ sở",
        "a) Phần thuyết minh: Mô tả các yêu cầu của dự án và phương án công nghệ được lựa chọn;",
        "b) Phần sơ đồ sơ bộ: Sơ đồ lắp đặt mạng, thiết bị công nghệ thông tin;",
        "2. Chủ đầu tư có trách nhiệm tổ chức lập thiết kế cơ sở trước khi trình thẩm định dự án.",
        ("Mục 2. THỰC HIỆN ĐẦU TƯ", True),
        ("Điều 3. Nghiệm thu, bàn giao sản phẩm", True),
        "1. Chủ đầu tư tổ chức nghiệm thu sản phẩm của dự án theo hợp đồng đã ký kết.",
        ("Chương III NHIỆM VỤ, TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC TRONG HOẠT", True),
        ("ĐỘNG ĐẦU TƯ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN", True),
        ("Điều 4. Trách nhiệm của Bộ Khoa học và Công nghệ", True),
        "1. Bộ Khoa học và Công nghệ hướng dẫn, kiểm tra việc thực hiện Nghị định này.",
    )


def test_named_divisions_nest_by_rank_and_wrapped_titles_are_one() -> None:
    sections, _ = read_body(_decree_body())
    assert flat(sections) == [
        (1, "Chương I", "NHỮNG QUY ĐỊNH CHUNG"),
        (2, "Điều 1.", "Phạm vi điều chỉnh"),
        (1, "Chương II", "QUẢN LÝ DỰ ÁN ĐẦU TƯ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN SỬ DỤNG VỐN NGÂN SÁCH NHÀ NƯỚC"),
        (2, "Mục 1.", "CHUẨN BỊ ĐẦU TƯ"),
        (3, "Điều 2.", "Thiết kế cơ sở"),
        (2, "Mục 2.", "THỰC HIỆN ĐẦU TƯ"),
        (3, "Điều 3.", "Nghiệm thu, bàn giao sản phẩm"),
        # a Chương after "Điều 3" → "1." goes back to the top, never under the article
        (1, "Chương III", "NHIỆM VỤ, TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC TRONG HOẠT ĐỘNG ĐẦU TƯ ỨNG DỤNG "
                          "CÔNG NGHỆ THÔNG TIN"),
        (2, "Điều 4.", "Trách nhiệm của Bộ Khoa học và Công nghệ"),
    ]


def test_points_of_an_article_are_not_headings() -> None:
    # "b) Phần sơ đồ sơ bộ: …" reads as "label: description", which outside an article is a
    # heading titled by its label; inside "Điều 2" it is a provision.
    sections, tasks = read_body(_decree_body())
    titles = [t for _, _, t in flat(sections)]
    assert "Phần sơ đồ sơ bộ" not in titles and "Nội dung chính của thiết kế cơ sở" not in titles
    assert any(t.text.startswith("Chủ đầu tư có trách nhiệm tổ chức lập") for t in tasks)


def test_tieu_muc_sits_between_muc_and_dieu() -> None:
    body = blocks(
        ("Mục 1. ĐẤU THẦU", True),
        ("Tiểu mục 1. QUY ĐỊNH CHUNG", True),
        ("Điều 5. Hình thức lựa chọn nhà thầu", True),
        "1. Bên mời thầu lựa chọn hình thức đấu thầu rộng rãi.",
        ("Mục 2. HỢP ĐỒNG", True),
        ("Điều 6. Ký kết hợp đồng", True),
    )
    sections, _ = read_body(body)
    assert [(lv, n) for lv, n, _ in flat(sections)] == [
        (1, "Mục 1."), (2, "Tiểu mục 1."), (3, "Điều 5."), (1, "Mục 2."), (2, "Điều 6.")]


_ATTACHED_FORM = (
    ("PHỤ LỤC", True),
    "CÁC MẪU BIỂU",
    "(Kèm theo Nghị định số 12/2026/NĐ-CP ngày 20 tháng 01 năm 2026 của Chính phủ)",
    ("Mẫu số 01. Mẫu Tờ trình thẩm định dự án", True),
    ("CƠ QUAN TRÌNH", True),
    "Số: ..........",
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
    ("Độc lập - Tự do - Hạnh phúc", True),
    "…, ngày … tháng … năm …",
    ("TỜ TRÌNH", True),
    ("Thẩm định dự án (Tên dự án) …", True),
    ("I. THÔNG TIN CHUNG CỦA DỰ ÁN", True),
    "1. Tên dự án: ……………",
    "2. Chủ đầu tư: ……………",
    ("II. KIẾN NGHỊ", True),
    "Đề nghị cơ quan thẩm định xem xét, phê duyệt dự án để triển khai thực hiện.",
    ("ĐẠI DIỆN CƠ QUAN TRÌNH", True),
    "(Ký, ghi rõ họ tên, chức vụ và đóng dấu)",
)


def test_attached_blank_form_gives_no_section_and_no_task() -> None:
    body = _decree_body() + blocks(*_ATTACHED_FORM)
    sections, tasks = read_body(body)
    assert flat(sections)[-1] == (2, "Điều 4.", "Trách nhiệm của Bộ Khoa học và Công nghệ")
    assert len(flat(sections)) == 9
    assert tasks[-1].text.startswith("Bộ Khoa học và Công nghệ hướng dẫn")
    assert not any("thẩm định xem xét" in t.text or "Tên dự án" in t.text for t in tasks)


def test_unnamed_form_is_recognised_by_its_blanks() -> None:
    # No "Mẫu số": a national header, a blank number and date, a signature instruction.
    form = [it for it in _ATTACHED_FORM if not (isinstance(it, tuple) and it[0].startswith("Mẫu số"))][3:]
    sections, tasks = read_body(_decree_body() + blocks(*form))
    assert len(flat(sections)) == 9
    assert not any("thẩm định xem xét" in t.text for t in tasks)


def test_attached_plan_of_a_decision_keeps_its_sections_and_tasks() -> None:
    # A Quyết định issuing a Kế hoạch: the plan is the substance (printed date and number, real
    # duties), not a form.
    body = blocks(
        ("QUYẾT ĐỊNH:", True),
        ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026 trên địa bàn tỉnh.", True),
        ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", True),
        ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", True),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("Độc lập - Tự do - Hạnh phúc", True),
        "Hà Tĩnh, ngày 12 tháng 01 năm 2026",
        ("KẾ HOẠCH", True),
        ("CHUYỂN ĐỔI SỐ NĂM 2026 TRÊN ĐỊA BÀN TỈNH", True),
        "(Kèm theo Quyết định số 215/QĐ-UBND ngày 12/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh)",
        ("I. MỤC ĐÍCH, YÊU CẦU", True),
        "Bảo đảm 100% hồ sơ thủ tục hành chính được số hóa theo quy định.",
        ("II. NHIỆM VỤ TRỌNG TÂM", True),
        "1. Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu dùng chung, hoàn thành trước ngày 30/6/2026.",
        "2. Ủy ban nhân dân các xã, phường rà soát, cập nhật dữ liệu dân cư hằng tháng.",
    )
    sections, tasks = read_body(body, issue_date=date(2026, 1, 12))
    top = [(n, t) for lv, n, t in flat(sections) if lv == 1]
    # the plan's own national header is not a heading; its parts are top-level sections
    assert not any(t.startswith("CỘNG HÒA") for _, t in top)
    assert top[-2:] == [("I.", "MỤC ĐÍCH, YÊU CẦU"), ("II.", "NHIỆM VỤ TRỌNG TÂM")]
    plan_tasks = [t for t in tasks if t.section == "II"]
    assert [t.text[:22] for t in plan_tasks] == ["Sở Khoa học và Công ng", "Ủy ban nhân dân các xã"]
    assert plan_tasks[0].deadline is not None and plan_tasks[0].deadline.date == date(2026, 6, 30)


def test_provision_naming_a_form_is_not_an_attachment() -> None:
    # A Thông tư that says which template to use keeps its text: a sentence is not a form title.
    body = blocks(
        ("Điều 5. Báo cáo định kỳ", True),
        "Mẫu số 01 ban hành kèm theo Thông tư này được sử dụng để báo cáo kết quả thực hiện hằng quý.",
        "1. Sở Tài chính có trách nhiệm tổng hợp báo cáo, gửi Bộ Tài chính trước ngày 20 của tháng cuối quý.",
        "2. Ủy ban nhân dân cấp xã có trách nhiệm lập báo cáo theo Mẫu số 01, ghi rõ họ tên người lập.",
    )
    _, tasks = read_body(body)
    assert [t.text[:13] for t in tasks] == ["Sở Tài chính ", "Ủy ban nhân d"]


def test_draft_header_left_in_the_body_is_not_a_form() -> None:
    # A draft's blank number and date, when the zone reader leaves them in the body, do not
    # make the document itself a form.
    body = blocks(
        ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", True),
        "Số: …/QĐ-UBND",
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        "Ninh Bình, ngày … tháng … năm 2026",
        "Điều 1. Giao Sở Nội vụ chủ trì hướng dẫn các xã, phường triển khai thực hiện trước ngày 30/6/2026.",
    )
    sections, tasks = read_body(body)
    assert [s.number for s in sections] == ["Điều 1."]
    assert len(tasks) == 1
