"""Task ↔ report matching on paraphrases, with the report part deciding what counts."""

from __future__ import annotations

from datetime import date

from extract.contract import Document, Issuer, Report, Source, Task
from extract.coverage import UnitRegistry, build_coverage
from parsers.layout import Block, CellRef, Layout, Line, Page

TASKS = [
    "Tổ chức quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, "
    "đổi mới sáng tạo và chuyển đổi số đến toàn thể cán bộ, đảng viên.",
    "Rà soát, sắp xếp lại nơi làm việc, trang thiết bị của Bộ phận Một cửa bảo đảm thuận tiện cho người dân "
    "khi đến giao dịch.",
    "Tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân trong quý II/2026.",
    "Đề nghị các đơn vị nghiêm túc triển khai thực hiện, báo cáo kết quả về Đảng ủy trước ngày 30/6/2026.",
]


def _directive() -> Document:
    return Document(source=Source(filename="cv_45.docx", media_type="x"), doc_class="directive",
                    number_symbol="45-CV/ĐU", date=date(2026, 4, 2),
                    tasks=[Task(id=f"T{i}", text=t) for i, t in enumerate(TASKS, 1)])


def _report(unit: str, body: list[tuple[str, bool]], filename: str) -> tuple[Document, Layout]:
    blocks = [Block(lines=[Line(text=unit.upper(), bold=True)], cell=CellRef(0, 0, 0), column=0),
              Block(lines=[Line(text="BÁO CÁO", bold=True)])]
    blocks += [Block(lines=[Line(text=t, bold=b)], page=1 + i // 4) for i, (t, b) in enumerate(body)]
    blocks.append(Block(lines=[Line(text="Nơi nhận:")], cell=CellRef(1, 0, 0), column=0))
    doc = Document(source=Source(filename=filename, media_type="x"), doc_class="report",
                   issuer=Issuer(name=unit.upper()), report=Report(unit=unit.upper()))
    return doc, Layout(filename=filename, media_type="x", pages=[Page(number=1, blocks=blocks)])


PARAPHRASING = [
    ("Thực hiện Công văn số 45-CV/ĐU ngày 02/4/2026 của Ban Thường vụ Đảng ủy, Chi bộ Tổ dân phố 7 báo cáo "
     "như sau:", False),
    ("I. KẾT QUẢ THỰC HIỆN", True),
    ("Chi bộ đã tổ chức học tập, phổ biến Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ và chuyển "
     "đổi số cho 100% đảng viên.", False),
    ("Phường bố trí lại quầy tiếp nhận, lắp thêm ghế chờ và máy lấy số tự động tại Bộ phận Một cửa để "
     "người dân giao dịch thuận tiện hơn.", False),
    ("II. HẠN CHẾ", True),
    ("Chưa tổ chức được hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân do lịch công tác dày.", False),
    ("III. PHƯƠNG HƯỚNG", True),
    ("Trong quý III, Chi bộ sẽ tổ chức hội nghị đối thoại với Nhân dân.", False),
]


def test_paraphrases_count_only_under_results():
    cov = build_coverage(_directive(), [_report("Chi bộ Tổ dân phố 7", PARAPHRASING, "bc_tdp7.docx")],
                         UnitRegistry())
    cell = {c.task: c for c in cov.cells}
    assert cell["T1"].addressed and cell["T2"].addressed
    assert "57-NQ/TW" in cell["T1"].evidence[0].text and cell["T1"].evidence[0].page == 1
    assert "Bộ phận Một cửa" in cell["T2"].evidence[0].text
    # Only mentioned as a limitation and a plan: not addressed, but shown as a mention.
    assert not cell["T3"].addressed and cell["T3"].score < 0.5
    assert cell["T3"].evidence and all(e.model_extra["counted"] is False for e in cell["T3"].evidence)
    # The closing "implement and report" task is fulfilled by the report itself.
    assert cell["T4"].addressed and cell["T4"].evidence[0].text.startswith("Thực hiện Công văn số 45-CV/ĐU")
    assert 0.5 <= cell["T1"].score <= 1.0


def test_report_answering_another_directive_addresses_nothing():
    body = [("Thực hiện Kế hoạch số 12-KH/ĐU ngày 10/01/2026 của Đảng ủy, Chi bộ báo cáo như sau:", False),
            *PARAPHRASING[1:]]
    cov = build_coverage(_directive(), [_report("Chi bộ Tổ dân phố 8", body, "bc_tdp8.docx")], UnitRegistry())
    assert not any(c.addressed for c in cov.cells)
    assert cov.units[0].model_extra["answers_directive"] is False


def test_silent_units_from_registry_appear_with_empty_cells():
    reg = UnitRegistry.from_rows([{"ten_don_vi": "Chi bộ Tổ dân phố 7"}, {"ten_don_vi": "Chi bộ Tổ dân phố 9"}])
    cov = build_coverage(_directive(), [_report("Chi bộ Tổ dân phố 7", PARAPHRASING, "bc_tdp7.docx")], reg)
    silent = [u for u in cov.units if u.filename is None]
    assert [u.unit for u in silent] == ["Chi bộ Tổ dân phố 9"]
    assert cov.units[0].unit == "Chi bộ Tổ dân phố 7"  # the registry's name, not the CAPS print
    assert all(not c.addressed for c in cov.cells if c.unit == "Chi bộ Tổ dân phố 9")
    t1 = next(i for i in cov.checklist if i.task == "T1")
    assert t1.addressed_by == ["Chi bộ Tổ dân phố 7"] and t1.missing == ["Chi bộ Tổ dân phố 9"]


def test_cell_f1_on_the_samples_from_stored_parses():
    from bench.coverage import cell_f1, sample_sets
    from extract.coverage.matching import THRESHOLD

    figures, misses = cell_f1(sample_sets(), THRESHOLD)
    assert figures["coverage.cells"]["f1"] >= 0.9, misses
    assert figures["coverage.units"]["f1"] == 1.0


def test_closing_and_reporting_tasks_are_general():
    from extract.coverage.matrix import is_general_task

    assert is_general_task("Nhận được văn bản này, đề nghị các đơn vị khẩn trương triển khai thực hiện./.")
    assert is_general_task("Các đơn vị báo cáo kết quả thực hiện định kỳ hằng quý về Ủy ban nhân dân thành phố.")
    assert is_general_task("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo về Sở Nội vụ.")
    assert not is_general_task("Đề nghị các đơn vị xây dựng kế hoạch và triển khai thực hiện.")
    assert not is_general_task("Rà soát, lập danh sách hộ nghèo, hộ cận nghèo để kịp thời thăm hỏi, tặng quà.")


def test_same_generic_name_without_registry_stays_apart():
    body = PARAPHRASING[1:]
    r1 = _report("Trạm Y tế", [("Thực hiện Công văn số 45-CV/ĐU, Trạm Y tế phường Lê Chân báo cáo như sau:",
                                 False), *body], "tyt_lc.docx")
    r2 = _report("Trạm Y tế", [("Thực hiện Công văn số 45-CV/ĐU, Trạm Y tế phường An Biên báo cáo như sau:",
                                 False), *body], "tyt_ab.docx")
    cov = build_coverage(_directive(), [r1, r2], UnitRegistry())
    assert [u.unit for u in cov.units] == ["Trạm Y tế phường Lê Chân", "Trạm Y tế phường An Biên"]
    assert len(cov.cells) == 2 * len(TASKS)


def test_parent_task_is_addressed_through_its_sub_items():
    directive = _directive()
    directive.tasks = [Task(id="T1", text="Các chi bộ tập trung lãnh đạo các nội dung sau:"),
                       Task(id="T2", parent="T1", text=TASKS[0]), Task(id="T3", parent="T1", text=TASKS[2])]
    cov = build_coverage(directive, [_report("Chi bộ Tổ dân phố 7", PARAPHRASING, "bc_tdp7.docx")],
                         UnitRegistry())
    cell = {c.task: c for c in cov.cells}
    assert cell["T2"].addressed and not cell["T3"].addressed
    assert cell["T1"].addressed and cell["T1"].model_extra["via_subtasks"] == ["T2"]


def test_topic_heading_is_read_with_the_sentences_under_it():
    directive = _directive()
    directive.tasks = [Task(id="T1", text="Đẩy mạnh tuyên truyền, hướng dẫn người dân kích hoạt tài khoản định "
                                          "danh điện tử mức độ 2 trên ứng dụng VNeID."),
                       Task(id="T2", text=TASKS[1])]
    body = [("Thực hiện Công văn số 45-CV/ĐU, Ủy ban nhân dân phường báo cáo như sau:", False),
            ("I. KẾT QUẢ THỰC HIỆN", True),
            ("1. Về định danh điện tử và ứng dụng VNeID", True),
            ("Trong quý, 3.415 người dân đã được hỗ trợ tại nhà văn hóa các tổ dân phố.", False)]
    cov = build_coverage(directive, [_report("UBND phường Hồng Bàng", body, "bc_hb.docx")], UnitRegistry())
    cell = {c.task: c for c in cov.cells}
    assert cell["T1"].addressed and cell["T1"].evidence[0].text.startswith("Trong quý, 3.415 người dân")
    assert not cell["T2"].addressed


def test_a_plan_inside_a_results_paragraph_does_not_count():
    directive = _directive()
    directive.tasks = [Task(id="T1", text="Xây dựng “Tuyến đường hoa” và “Khu dân cư sáng - xanh - sạch - đẹp” "
                                          "ở mỗi thôn."),
                       Task(id="T2", text="Vận động Nhân dân hiến đất, góp công mở rộng đường giao thông nông thôn.")]
    body = [("Thực hiện Kế hoạch số 45-CV/ĐU, Chi bộ thôn Đông báo cáo như sau:", False),
            ("Nhân dân trong thôn tự nguyện hiến 1.250 m2 đất, góp 2.100 ngày công để mở rộng đường trục thôn. "
             "Thời gian tới, Chi bộ sẽ vận động Nhân dân trồng hoa hai bên đường để hình thành tuyến đường hoa.",
             False)]
    cov = build_coverage(directive, [_report("Chi bộ thôn Đông", body, "bc_dong.docx")], UnitRegistry())
    cell = {c.task: c for c in cov.cells}
    assert cell["T2"].addressed and not cell["T1"].addressed
    assert cell["T1"].evidence and cell["T1"].evidence[0].model_extra["part"] == "plans"
