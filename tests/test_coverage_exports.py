"""XLSX, CSV and the draft summary DOCX, opened again and read back (not only written)."""

from __future__ import annotations

import csv

import pytest

from api.exports import CSV_HEADER, GREEN, GREY, RED, write_csv, write_xlsx
from api.summary_docx import write_summary


@pytest.fixture(scope="module")
def coverage_a():
    from bench.coverage import sample_sets
    from extract.coverage import build_coverage

    s = sample_sets()[0]
    return build_coverage(s["directive"], s["reports"], s["registry"]), s["directive"]


def test_xlsx_matrix_checklist_and_silent_units(tmp_path, coverage_a):
    from openpyxl import load_workbook

    cov, _ = coverage_a
    path = write_xlsx(cov, tmp_path / "out.xlsx", title="Theo dõi thực hiện Công văn số 125-CV/ĐU")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Ma trận", "Danh sách kiểm tra", "Chưa báo cáo", "Báo cáo đã nhận", "Căn cứ"]

    ws = wb["Ma trận"]
    assert ws["A1"].value == "Theo dõi thực hiện Công văn số 125-CV/ĐU"
    header = [c.value for c in ws[3]]
    assert header[:3] == ["STT", "Nội dung nhiệm vụ", "Chi bộ Khu dân cư số 1"]
    assert header[-1] == "Số đơn vị đã thực hiện" and "Chi bộ Quân sự phường" in header
    assert ws.freeze_panes == "C4"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$3:$3"
    assert ws.column_dimensions["B"].width == 60 and ws["B4"].alignment.wrap_text
    rows = {ws.cell(row=r, column=1).value: r for r in range(4, ws.max_row + 1)}
    col = {name: i + 1 for i, name in enumerate(header)}
    # T2 (poor households' list): KDC 2 reported it, the school did not, KDC 4 sent nothing.
    done = ws.cell(row=rows["T2"], column=col["Chi bộ Khu dân cư số 2"])
    assert done.value == "✓" and done.fill.fgColor.rgb.endswith(GREEN)
    assert "hộ nghèo" in done.comment.text and "trang 1" in done.comment.text
    not_done = ws.cell(row=rows["T2"], column=col["Chi bộ Trường Tiểu học An Biên"])
    assert not_done.value == "✗" and not_done.fill.fgColor.rgb.endswith(RED)
    silent = ws.cell(row=rows["T2"], column=col["Chi bộ Khu dân cư số 4"])
    assert silent.value == "Chưa báo cáo" and silent.fill.fgColor.rgb.endswith(GREY)
    assert ws.cell(row=rows["T8"], column=col["Số đơn vị đã thực hiện"]).value == "6/8"

    ws = wb["Danh sách kiểm tra"]
    assert [c.value for c in ws[1]] == ["STT", "Nhiệm vụ", "Số đơn vị đã thực hiện",
                                        "Đơn vị đã báo cáo thực hiện", "Đơn vị chưa thực hiện hoặc chưa báo cáo"]
    t7 = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "T7")
    assert t7[2] == "2/8" and t7[3].split("\n") == ["Chi bộ Khu dân cư số 3", "Chi bộ Trường Tiểu học An Biên"]

    ws = wb["Chưa báo cáo"]
    assert [r[1] for r in ws.iter_rows(min_row=2, values_only=True)] == ["Chi bộ Khu dân cư số 4",
                                                                         "Chi bộ Quân sự phường"]
    ws = wb["Báo cáo đã nhận"]
    received = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(received) == 6 and received[0][3] == "02-BC/CB" and "125-CV/ĐU" in received[0][4]
    ws = wb["Căn cứ"]
    evidence = list(ws.iter_rows(min_row=2, values_only=True))
    # KDC 3 mentions the patrols only under HẠN CHẾ: shown, marked as not counted.
    patrol = [r for r in evidence if r[0] == "T3" and r[1] == "Chi bộ Khu dân cư số 3"]
    assert {r[2] for r in patrol} == {"Chỉ nêu, không tính"} and {r[6] for r in patrol} == {"Hạn chế",
                                                                                       "Phương hướng"}
    assert any(r[0] == "T5" and r[1] == "Chi bộ Trạm Y tế" and r[2] == "Đã thực hiện" for r in evidence)


def test_csv_one_row_per_cell(tmp_path, coverage_a):
    cov, _ = coverage_a
    path = write_csv(cov, tmp_path / "out.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to show the accents
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == CSV_HEADER
    assert len(rows) == 8 * 8
    r = next(r for r in rows if r["nhiem_vu"] == "T5" and r["don_vi"] == "Chi bộ Trạm Y tế")
    assert r["da_thuc_hien"] == "Có" and "đảng viên cao tuổi" in r["can_cu"]


def test_summary_docx_lists_evidence_and_silent_units(tmp_path, coverage_a):
    import docx

    cov, directive = coverage_a
    path = write_summary(cov, tmp_path / "tonghop.docx", directive)
    d = docx.Document(str(path))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "BÁO CÁO" in text and "số 125-CV/ĐU" in text
    assert "đã nhận được báo cáo của 6/8 đơn vị; còn 2 đơn vị chưa gửi báo cáo" in text
    assert "II. ĐƠN VỊ CHƯA GỬI BÁO CÁO" in text and "- Chi bộ Quân sự phường." in text
    # A task only mentioned under HẠN CHẾ is flagged, not counted.
    assert "trong phần hạn chế, khó khăn (chưa tính là đã thực hiện)" in text
    header_cells = [c.text for c in d.tables[0].rows[0].cells]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in header_cells[1]
    fonts = {r.font.name for p in d.paragraphs for r in p.runs}
    assert fonts == {"Times New Roman"}
