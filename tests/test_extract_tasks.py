"""Which paragraphs and items are tasks, and their fields (contract "A task")."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extract.body import read_body
from extract.tasks import directs_action, task_title
from parsers.layout import Block, CellRef, Line


def blocks(*texts: str) -> list[Block]:
    return [Block(lines=[Line(text=t)], order=i) for i, t in enumerate(texts)]


def test_reference_like_directive() -> None:
    body = blocks(
        "Kính gửi: Các cấp ủy cơ sở trực thuộc Đảng ủy",
        "Tháng 01 năm 2026 diễn ra nhiều sự kiện chính trị - xã hội quan trọng của đất nước và thành phố, "
        "đòi hỏi công tác định hướng dư luận phải được triển khai chủ động. Trên cơ sở đó, Ban Thường vụ "
        "Đảng ủy định hướng một số nội dung trọng tâm sau:",
        "1. Công tác nắm bắt, phản ánh dư luận xã hội",
        "- Theo dõi chặt chẽ tư tưởng, tâm trạng của cán bộ, đảng viên trước tình hình quốc tế.",
        "- Nâng cao hiệu quả phối hợp và năng lực đội ngũ làm công tác dư luận: phát huy vai trò của "
        "Mặt trận Tổ quốc.",
        "2. Công tác định hướng dư luận xã hội",
        "- Tuyên truyền, định hướng chính sách: Kịp thời tuyên truyền các chủ trương mới.",
        "Đề nghị cấp ủy trực thuộc thường xuyên nắm chắc tình hình; thực hiện nghiêm chế độ báo cáo "
        "hàng tháng qua Văn phòng Đảng uỷ.",
    )
    sections, tasks = read_body(body)
    assert [s.title for s in sections] == ["Công tác nắm bắt, phản ánh dư luận xã hội",
                                            "Công tác định hướng dư luận xã hội"]
    assert [t.section for t in tasks] == ["1", "1", "2", None]  # the closing belongs to no section
    assert [t.title for t in tasks] == [
        None, "Nâng cao hiệu quả phối hợp và năng lực đội ngũ làm công tác dư luận",
        "Tuyên truyền, định hướng chính sách", None]
    assert tasks[1].text.startswith("Nâng cao hiệu quả phối hợp")  # label kept, marker dropped
    assert tasks[3].assignees == ["cấp ủy trực thuộc"]
    assert tasks[3].deadline is not None and tasks[3].deadline.recurrence == "monthly"
    assert [t.id for t in tasks] == ["T1", "T2", "T3", "T4"]


@pytest.mark.parametrize("text", [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Thực hiện Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ, UBND tỉnh ban hành "
    "Kế hoạch như sau:",
    "Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.",
    "Trên đây là báo cáo kết quả thực hiện Công văn số 123-CV/TU của Đảng ủy phường.",
    "Năm 2025, toàn tỉnh đã tổ chức 120 hội nghị quán triệt.",
    "Ví dụ: Đồng chí Nguyễn Văn A là Giám đốc Sở X.",
    "Hướng dẫn này có hiệu lực từ ngày ký.",
])
def test_not_tasks(text: str) -> None:
    assert not directs_action(text, item=False, task_zone=False)


@pytest.mark.parametrize("text", [
    "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
    "Yêu cầu Thủ trưởng các sở, ban, ngành thực hiện nghiêm Chỉ thị này.",
    "Giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức tiêm chủng.",
    "Trong quá trình thực hiện, nếu có vướng mắc, báo cáo về Sở Nội vụ để tổng hợp.",
    "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ nghiên cứu các nội dung, giải pháp tại Báo cáo.",
    "Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện.",
    "Trên đây là Kế hoạch phát động Đợt thi đua; đề nghị các cơ quan, đơn vị triển khai thực hiện.",
])
def test_tasks(text: str) -> None:
    assert directs_action(text, item=False, task_zone=False)


def test_purposes_of_a_plan_are_not_tasks() -> None:
    body = blocks(
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Tổ chức phát động thi đua sâu rộng, đồng bộ, thiết thực.",
        "2. Kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu.",
        "II. NHIỆM VỤ TRỌNG TÂM",
        "1. Tổ chức hội nghị quán triệt trong tháng 12/2025.",
    )
    _, tasks = read_body(body, issue_date=date(2025, 11, 18))
    assert [t.text for t in tasks] == ["Tổ chức hội nghị quán triệt trong tháng 12/2025."]
    assert tasks[0].section == "II" and tasks[0].deadline.date == date(2025, 12, 31)


def test_per_assignee_paragraphs_of_a_plan() -> None:
    body = blocks(
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Y tế: Chủ trì tổ chức tiêm chủng, báo cáo kết quả trước ngày 20/01/2026.",
        "2. Ủy ban nhân dân các xã, phường: Phối hợp triển khai tại địa phương.",
        "- Sở Tài chính chủ trì, phối hợp với Sở Y tế bố trí kinh phí.",
    )
    _, tasks = read_body(body, issue_date=date(2025, 12, 1))
    assert [t.assignees for t in tasks] == [["Sở Y tế"], ["Ủy ban nhân dân các xã, phường"], ["Sở Tài chính"]]
    assert [t.title for t in tasks[:2]] == ["Sở Y tế", "Ủy ban nhân dân các xã, phường"]
    assert tasks[0].deadline.date == date(2026, 1, 20)


def test_sub_items_name_their_task_parent() -> None:
    body = blocks(
        "1. Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ xây dựng kế hoạch triển khai, trong đó tập trung:",
        "- Giới thiệu điển hình tiên tiến trên các phương tiện thông tin đại chúng.",
        "- Báo cáo Ủy ban nhân dân tỉnh kết quả Đợt thi đua.",
    )
    _, tasks = read_body(body)
    assert [(t.id, t.parent) for t in tasks] == [("T1", None), ("T2", "T1"), ("T3", "T1")]


def test_titles() -> None:
    assert task_title("Tuyên truyền, định hướng chính sách: Kịp thời tuyên truyền …") == \
        "Tuyên truyền, định hướng chính sách"
    assert task_title("Sở Y tế:") == "Sở Y tế"
    assert task_title("Tổ chức thực hiện các nội dung sau: a) …") is None  # a lead-in, not a label
    assert task_title("Gửi báo cáo trước 16:00 ngày 10/01/2026.") is None


def test_phu_luc_task_table() -> None:
    rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
            ["I", "Công tác tuyên truyền", "", "", ""],
            ["1", "Tổ chức hội nghị quán triệt Kế hoạch", "Sở Nội vụ", "Các sở, ngành", "Tháng 12/2025"],
            ["2", "Báo cáo sơ kết", "Sở Y tế", "", "Trước ngày 15/6/2026"]]
    body = [Block(lines=[Line(text=t)], cell=CellRef(0, r, c, n_cols=5), order=r * 5 + c)
            for r, row in enumerate(rows) for c, t in enumerate(row) if t]
    _, tasks = read_body(body, issue_date=date(2025, 11, 20))
    assert [(t.text, t.assignees, t.deadline.date.isoformat()) for t in tasks] == [
        ("Tổ chức hội nghị quán triệt Kế hoạch", ["Sở Nội vụ"], "2025-12-31"),
        ("Báo cáo sơ kết", ["Sở Y tế"], "2026-06-15")]


def test_reference_document_against_its_gold(shared_contract: Path) -> None:
    """The worked example: every gold task found, with its section, title and deadline."""
    from parsers import load

    ref = shared_contract.parent / "reference-docs" / "000_c2757a3359109e5f.txt"
    gold = json.loads((shared_contract / "examples" / "000_c2757a3359109e5f.gold.json").read_text())
    body = [b for b in load(ref).blocks() if not b.text.startswith("Kính gửi")]
    end = next(i for i, b in enumerate(body) if b.text.startswith("Nơi nhận"))
    sections, tasks = read_body(body[:end])
    assert [s.title for s in sections] == [s["title"] for s in gold["sections"]]
    assert [t.text for t in tasks] == [t["text"] for t in gold["tasks"]]
    assert [t.section for t in tasks] == [t["section"] for t in gold["tasks"]]
    assert [t.title for t in tasks] == [t["title"] for t in gold["tasks"]]
    assert tasks[-1].assignees == ["cấp ủy trực thuộc"]


@pytest.mark.slow
def test_real_documents_against_hand_gold(real_docs: Path, shared_contract: Path) -> None:
    """Task F1 over the hand-made gold of real documents stays above a floor (regression guard)."""
    import importlib.util

    from extract.pipeline import extract_document
    from parsers import load

    spec = importlib.util.spec_from_file_location("score", shared_contract / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold_dir = Path(__file__).parent / "gold" / "real-docs"
    tp = fp = fn = 0
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        # text crawls only: the scans need OCR (minutes) and their gold leaves tasks unannotated
        src = real_docs / gold_path.name.replace(".gold.json", ".txt")
        if not src.exists():
            continue
        gold = json.loads(gold_path.read_text())
        pred = json.loads(extract_document(load(src)).model_dump_json())
        m = score.match(gold["tasks"], pred["tasks"], lambda g, p: score.word_f1(g["text"], p["text"]), 0.6)
        tp, fp, fn = tp + len(m), fp + len(pred["tasks"]) - len(m), fn + len(gold["tasks"]) - len(m)
    if not tp + fn:
        pytest.skip("no hand gold for real documents yet")
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.78, (tp, fp, fn)


def test_report_own_plans_are_not_tasks_but_its_requests_are() -> None:
    body = blocks(
        "Thực hiện Công văn số 123-CV/TU ngày 02/01/2026 của Ban Thường vụ Thành ủy, Đảng ủy phường "
        "An Biên báo cáo kết quả như sau:",
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Đã tổ chức 05 hội nghị quán triệt cho cán bộ, đảng viên.",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "1. Tiếp tục kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính.",
        "III. KIẾN NGHỊ, ĐỀ XUẤT",
        "1. Đề nghị Ban Thường vụ Thành ủy quan tâm bố trí kinh phí tổ chức hội nghị.",
        "Trên đây là báo cáo kết quả thực hiện, Đảng ủy phường kính báo cáo./.",
    )
    _, tasks = read_body(body)
    assert [t.text[:30] for t in tasks] == ["Đề nghị Ban Thường vụ Thành ủy"]
    assert tasks[0].assignees == ["Ban Thường vụ Thành ủy"]


def test_enumerations_titles_and_formulas_are_not_tasks() -> None:
    body = blocks(
        "Điều 5. Hồ sơ thẩm định",
        "1. Hồ sơ trình thẩm định dự án gồm:",
        "a) Tờ trình thẩm định dự án;",
        "b) Báo cáo nghiên cứu khả thi;",
        "2. Cơ quan chủ trì thẩm định có trách nhiệm gửi kết quả thẩm định trong 15 ngày.",
        "TRIỂN KHAI THỰC HIỆN TỔNG KIỂM KÊ TÀI SẢN CÔNG",
        "a = Tổng số người hưởng trợ cấp xã hội;",
    )
    _, tasks = read_body(body)
    assert [t.text[:30] for t in tasks] == ["Cơ quan chủ trì thẩm định có t"]


def test_attached_plan_restarts_numbering_after_the_decision() -> None:
    body = blocks(
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổng kiểm kê tài sản công.",
        "Điều 2. Giám đốc Sở Tài chính; Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này.",
        "KẾ HOẠCH",
        "(Kèm theo Quyết định số 1627/QĐ-UBND ngày 21/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh)",
        "I. NHIỆM VỤ CỤ THỂ",
        "1. Tổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính trước ngày 15/4/2026.",
    )
    sections, tasks = read_body(body, issue_date=date(2025, 11, 21))
    assert [(s.level, s.number) for s in sections] == [(1, "Điều 1."), (1, "Điều 2."), (1, "I.")]
    assert [t.section for t in tasks] == ["Điều 2", "I"]
    assert tasks[1].deadline.date == date(2026, 4, 15)


def test_deferrals_and_competences_are_not_tasks() -> None:
    assert not directs_action("Thực hiện theo quy định tại Mục VI Quyết định số 213/QĐ-TTg ngày 01/3/2024.",
                              item=True, task_zone=False)
    assert not directs_action("Người đứng đầu cơ quan, tổ chức quyết định việc công bố tài liệu lưu trữ.",
                              item=False, task_zone=False)
    # a deferral followed by an action is a task
    assert directs_action("Sở Y tế thực hiện theo hướng dẫn của Bộ Y tế, báo cáo kết quả trước ngày 20/12/2025.",
                          item=False, task_zone=False)


def test_leading_adverbials_and_examples() -> None:
    assert directs_action("Hằng năm, tiến hành rà soát, bổ sung quy hoạch nhiệm kỳ hiện tại.",
                          item=False, task_zone=False)
    assert directs_action("Căn cứ vào kết quả phê duyệt quy hoạch, các cấp ủy, tổ chức đảng có trách nhiệm "
                          "xây dựng kế hoạch đào tạo.", item=False, task_zone=False)
    assert not directs_action("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;",
                              item=False, task_zone=False)
    assert not directs_action("Đồng chí Nguyễn Văn A, Chủ nhiệm Ủy ban Y, là cán bộ thuộc diện Bộ Chính trị "
                              "quản lý; thì Ban Thường vụ Đảng ủy quyết định.", item=True, task_zone=True)


def test_two_column_task_table() -> None:
    rows = [["Nội dung công việc", "Thời hạn hoàn thành"],
            ["Rà soát danh sách đối tượng hưởng trợ cấp", "Trước ngày 15/12/2025"]]
    body = [Block(lines=[Line(text=t)], cell=CellRef(3, r, c, n_cols=2), order=r * 2 + c)
            for r, row in enumerate(rows) for c, t in enumerate(row)]
    _, tasks = read_body(body, issue_date=date(2025, 11, 20))
    assert [(t.text, t.deadline.date) for t in tasks] == [
        ("Rà soát danh sách đối tượng hưởng trợ cấp", date(2025, 12, 15))]


def test_phu_luc_task_table_kept_blank_report_form_dropped() -> None:
    """After the signature: a Phụ lục whose table assigns the plan's tasks, then a report
    template to fill in. The table rows are tasks; the template's items are not."""
    lead = blocks("Đề nghị các sở, ngành triển khai thực hiện nghiêm túc Kế hoạch này.",
                  "PHỤ LỤC I",
                  "(Kèm theo Kế hoạch số 27/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh)")
    rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
            ["1", "Tổ chức hội nghị quán triệt Kế hoạch", "Sở Nội vụ", "Tháng 02/2026"],
            ["2", "Báo cáo sơ kết thực hiện Kế hoạch", "Sở Y tế", "Trước ngày 15/6/2026"]]
    table = [Block(lines=[Line(text=t)], cell=CellRef(0, r, c, n_cols=4), order=10 + r * 4 + c)
             for r, row in enumerate(rows) for c, t in enumerate(row) if t]
    form = [Block(lines=[Line(text=t)], order=40 + i) for i, t in enumerate([
        "PHỤ LỤC II",
        "MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN",
        "TÊN CƠ QUAN, ĐƠN VỊ",
        "Số: ……/BC-……",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "…, ngày … tháng … năm 2026",
        "1. Đánh giá kết quả triển khai các nhiệm vụ được giao: ……………",
        "2. Đề xuất, kiến nghị với Ủy ban nhân dân tỉnh: ……………",
        "THỦ TRƯỞNG CƠ QUAN",
        "(Ký, ghi rõ họ tên và đóng dấu)",
    ])]
    _, tasks = read_body(lead + table + form, issue_date=date(2026, 1, 15))
    assert [t.text for t in tasks] == [
        "Đề nghị các sở, ngành triển khai thực hiện nghiêm túc Kế hoạch này.",
        "Tổ chức hội nghị quán triệt Kế hoạch",
        "Báo cáo sơ kết thực hiện Kế hoạch"]
