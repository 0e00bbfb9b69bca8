"""Coverage → files a clerk opens without help: XLSX (openpyxl) and CSV.

XLSX sheets, all with Vietnamese headers, frozen header rows, set column
widths and wrapped text:

* "Ma trận" — a row per task, a column per unit; ✓ (green) reported done,
  ✗ (red) not reported, "Chưa báo cáo" (grey) for units that sent nothing;
  the evidence sentences (with page and score) sit in the cell's comment.
* "Danh sách kiểm tra" — per task: how many units did it, which, which not.
* "Chưa báo cáo" — the units that sent no report.
* "Báo cáo đã nhận" — each report: unit, file, number, the citation it opens with.
* "Căn cứ" — every evidence sentence in plain sight (comments do not print), with
  a filter: task, unit, verdict, score, sentence, page, report part.

CSV: one row per cell (task × unit), UTF-8 with BOM so Excel shows the accents.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from extract.contract import Coverage

GREEN, RED, GREY, HEAD = "C6EFCE", "FFC7CE", "D9D9D9", "DDEBF7"
# The report parts an evidence sentence comes from (extract.coverage.report_parts), as clerks name them;
# the XLSX, its cell comments and the web page's cell view all print these.
REPORT_PART_NAMES = {"results": "kết quả", "limits": "hạn chế", "plans": "phương hướng", "proposals": "kiến nghị"}


def extra_field(model: Any, name: str, default: Any = None) -> Any:
    """An additive field of a contract model (stored in pydantic's extras), else its attribute.

    Coverage models accept extra keys ("part", "counted", "answers_directive") that
    newer matchers add; the exports must read them from files written before and after.
    """
    extra = getattr(model, "model_extra", None) or {}
    return extra.get(name, getattr(model, name, default))


def _unit_entries(cov: Coverage) -> list:
    return list(cov.units)


def _unit_name(u) -> str:
    return u.unit if hasattr(u, "unit") else u["unit"]


def _unit_file(u) -> str | None:
    return u.filename if hasattr(u, "filename") else u.get("filename")


def _ordered_units(cov: Coverage) -> tuple[list[str], set[str]]:
    names: list[str] = []
    silent: set[str] = set()
    reporting = {_unit_name(u) for u in cov.units if _unit_file(u)}
    for u in cov.units:
        n = _unit_name(u)
        if n not in names:
            names.append(n)
        if n not in reporting:
            silent.add(n)
    return names, silent


def _print_setup(ws, title_rows: str) -> None:
    """A4 landscape, one page wide, header row repeated: the clerk prints it for the meeting."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows


def evidence_note(cell) -> str:
    """The text of a cell's comment: score, then each evidence sentence with its page and part."""
    lines = [f"Điểm khớp: {cell.score:.2f} (từ 0,50 trở lên: đã thực hiện)"]
    for ev in cell.evidence:
        where = f"trang {ev.page}" if ev.page else "không rõ trang"
        part = extra_field(ev, "part")
        counted = extra_field(ev, "counted", True)
        tag = f"; phần {REPORT_PART_NAMES.get(part, part)}" if part else ""
        if counted is False:
            tag += "; chỉ nêu, không tính"
        lines.append(f"• “{ev.text}” ({where}{tag})")
    return "\n".join(lines)


def write_xlsx(cov: Coverage, path: str | Path, title: str | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook()
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, horizontal="center", vertical="center")
    bold = Font(name="Times New Roman", bold=True, size=12)
    normal = Font(name="Times New Roman", size=12)
    fills = {k: PatternFill("solid", fgColor=v) for k, v in
             {"done": GREEN, "not": RED, "silent": GREY, "head": HEAD}.items()}
    units, silent = _ordered_units(cov)
    tasks = cov.directive.tasks
    cells = {(c.task, c.unit): c for c in cov.cells}
    heading = title or f"Theo dõi thực hiện văn bản số {cov.directive.number_symbol or '…'}"

    # --- Ma trận
    ws = wb.active
    ws.title = "Ma trận"
    ws.cell(row=1, column=1, value=heading).font = Font(name="Times New Roman", bold=True, size=14)
    ws.cell(row=2, column=1, value="✓ đã báo cáo thực hiện   ✗ chưa báo cáo thực hiện   "
                                   "“Chưa báo cáo”: đơn vị chưa gửi báo cáo. Di chuột vào ô để xem "
                                   "câu trích dẫn làm căn cứ.").font = Font(name="Times New Roman", italic=True)
    header = ["STT", "Nội dung nhiệm vụ", *units, "Số đơn vị đã thực hiện"]
    for col, text in enumerate(header, 1):
        c = ws.cell(row=3, column=col, value=text)
        c.font, c.alignment, c.border, c.fill = bold, center, border, fills["head"]
    for r, task in enumerate(tasks, 4):
        ws.cell(row=r, column=1, value=task.id).alignment = center
        ws.cell(row=r, column=2, value=task.text).alignment = wrap
        done = 0
        for k, unit in enumerate(units, 3):
            cell = cells.get((task.id, unit))
            c = ws.cell(row=r, column=k)
            if unit in silent:
                c.value, c.fill = "Chưa báo cáo", fills["silent"]
            elif cell is not None and cell.addressed:
                c.value, c.fill = "✓", fills["done"]
                done += 1
            else:
                c.value, c.fill = "✗", fills["not"]
            if cell is not None and unit not in silent:
                comment = Comment(evidence_note(cell), "vanban")
                comment.width, comment.height = 420, 220
                c.comment = comment
            c.alignment, c.border, c.font = center, border, normal
        total = ws.cell(row=r, column=len(header), value=f"{done}/{len(units)}")
        total.alignment, total.border, total.font = center, border, normal
        for col in (1, 2):
            ws.cell(row=r, column=col).border = border
            ws.cell(row=r, column=col).font = normal
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 60
    for k in range(3, len(header) + 1):
        ws.column_dimensions[get_column_letter(k)].width = 16
    ws.row_dimensions[3].height = 48
    ws.freeze_panes = "C4"
    _print_setup(ws, title_rows="3:3")

    # --- Danh sách kiểm tra
    ws = wb.create_sheet("Danh sách kiểm tra")
    header = ["STT", "Nhiệm vụ", "Số đơn vị đã thực hiện", "Đơn vị đã báo cáo thực hiện",
              "Đơn vị chưa thực hiện hoặc chưa báo cáo"]
    for col, text in enumerate(header, 1):
        c = ws.cell(row=1, column=col, value=text)
        c.font, c.alignment, c.border, c.fill = bold, center, border, fills["head"]
    text_of = {t.id: t.text for t in tasks}
    for r, item in enumerate(cov.checklist, 2):
        values = [item.task, text_of.get(item.task, ""),
                  f"{len(item.addressed_by)}/{len(item.addressed_by) + len(item.missing)}",
                  "\n".join(item.addressed_by), "\n".join(item.missing)]
        for col, v in enumerate(values, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment, c.border, c.font = (center if col in (1, 3) else wrap), border, normal
        if not item.addressed_by:
            ws.cell(row=r, column=3).fill = fills["not"]
    for col, width in zip("ABCDE", (7, 60, 14, 40, 40), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "C2"
    _print_setup(ws, title_rows="1:1")

    # --- Chưa báo cáo
    ws = wb.create_sheet("Chưa báo cáo")
    for col, text in enumerate(["STT", "Đơn vị chưa gửi báo cáo", "Ghi chú"], 1):
        c = ws.cell(row=1, column=col, value=text)
        c.font, c.alignment, c.border, c.fill = bold, center, border, fills["head"]
    silent_list = [u for u in units if u in silent]
    for r, unit in enumerate(silent_list, 2):
        for col, v in enumerate([r - 1, unit, "Chưa gửi báo cáo; đề nghị đôn đốc"], 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment, c.border, c.font = (center if col == 1 else wrap), border, normal
    if not silent_list:
        ws.cell(row=2, column=2, value="Tất cả các đơn vị đã gửi báo cáo.").font = normal
    for col, width in zip("ABC", (7, 50, 40), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"

    # --- Báo cáo đã nhận
    ws = wb.create_sheet("Báo cáo đã nhận")
    header = ["STT", "Đơn vị", "Tệp", "Số, ký hiệu báo cáo", "Trích dẫn văn bản", "Trả lời đúng văn bản"]
    for col, text in enumerate(header, 1):
        c = ws.cell(row=1, column=col, value=text)
        c.font, c.alignment, c.border, c.fill = bold, center, border, fills["head"]
    r = 2
    for u in cov.units:
        if not u.filename:
            continue
        answers = extra_field(u, "answers_directive")
        verdict = {True: "Có", False: "Không (trích dẫn văn bản khác)", None: "Không rõ (không thấy trích dẫn)"}
        values = [r - 1, u.unit, u.filename, u.number_symbol or "", extra_field(u, "citation") or "",
                  verdict.get(answers, "")]
        for col, v in enumerate(values, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment, c.border, c.font = (center if col == 1 else wrap), border, normal
        r += 1
    for col, width in zip("ABCDEF", (7, 36, 28, 18, 60, 20), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"

    # --- Căn cứ: the evidence sentences in plain sight (comments do not print)
    ws = wb.create_sheet("Căn cứ")
    header = ["Nhiệm vụ", "Đơn vị", "Kết luận", "Điểm", "Câu trích trong báo cáo", "Trang", "Phần báo cáo"]
    for col, text in enumerate(header, 1):
        c = ws.cell(row=1, column=col, value=text)
        c.font, c.alignment, c.border, c.fill = bold, center, border, fills["head"]
    part_names = {k: v.capitalize() for k, v in REPORT_PART_NAMES.items()}  # a column of its own: capitalised
    r = 2
    for cell in cov.cells:
        for ev in cell.evidence:
            counted = extra_field(ev, "counted", True) is not False
            verdict = "Đã thực hiện" if cell.addressed and counted else "Chỉ nêu, không tính"
            values = [cell.task, cell.unit, verdict, round(cell.score, 2), ev.text, ev.page,
                      part_names.get(extra_field(ev, "part"), "")]
            for col, v in enumerate(values, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment, c.border, c.font = (wrap if col in (2, 5) else center), border, normal
            ws.cell(row=r, column=3).fill = fills["done"] if verdict == "Đã thực hiện" else fills["silent"]
            r += 1
    for col, width in zip("ABCDEFG", (10, 30, 18, 8, 80, 8, 14), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:G{max(r - 1, 1)}"

    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


CSV_HEADER = ["nhiem_vu", "noi_dung_nhiem_vu", "don_vi", "da_thuc_hien", "diem", "can_cu", "trang"]


def write_csv(cov: Coverage, path: str | Path) -> Path:
    """One row per (task, unit); evidence sentences joined by " | "."""
    path = Path(path)
    text_of = {t.id: t.text for t in cov.directive.tasks}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(CSV_HEADER)
        for c in cov.cells:
            counted = [e for e in c.evidence if extra_field(e, "counted", True) is not False]
            w.writerow([c.task, text_of.get(c.task, ""), c.unit, "Có" if c.addressed else "Không",
                        f"{c.score:.2f}", " | ".join(e.text for e in counted),
                        ",".join(str(e.page) for e in counted if e.page)])
    return path
