"""Coverage → a draft "báo cáo tổng hợp" (DOCX) in Vietnamese official layout.

The office that issued the directive must report upward what its units did.
This draft gives, per task, which units reported doing it with the sentences
they wrote (and the page), which did not, and which units sent nothing — the
clerk then edits and signs it. Layout follows NĐ 30 / HD 36 (domain notes §1):
two-column header table, number line left blank for the văn thư, type line
"BÁO CÁO", the subject, body in Times New Roman 14 with first-line indent,
"Nơi nhận" and the signature block side by side.
"""

from __future__ import annotations

from pathlib import Path

from api.exports import extra_field
from extract.contract import Coverage, Document

FONT = "Times New Roman"
_PART_NAMES = {"limits": "phần hạn chế, khó khăn", "plans": "phần phương hướng", "proposals": "phần kiến nghị"}


def _party(directive: Document | None) -> bool:
    sym = (directive.number_symbol if directive else None) or ""
    return "-" in sym.split("/")[0] if "/" in sym else False  # "125-CV/ĐU": Party; "1234/UBND-…": state


def _issuer_code(symbol: str, party: bool) -> str:
    """The issuer's code in the directive's own symbol: "ĐU" in "125-CV/ĐU", "UBND" in "1234/UBND-KSTTHC".

    The summary comes from the same office, so its number reuses that code; the
    number itself is left blank for the văn thư (domain notes §2.4, blank numbers).
    """
    if "/" not in symbol:
        return ""
    tail = symbol.split("/", 1)[1]
    return tail if party else tail.split("-")[0]


def write_summary(cov: Coverage, path: str | Path, directive: Document | None = None) -> Path:
    from docx import Document as Docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    def run(par, text, size=14, bold=False, italic=False, underline=False):
        r = par.add_run(text)
        r.font.name, r.font.size = FONT, Pt(size)
        r.bold, r.italic, r.underline = bold, italic, underline
        fonts = r._element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        return r

    def para(container, text="", align=None, indent=True, after=6, **kw):
        p = container.add_paragraph()
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(after)
        if align is not None:
            p.alignment = align
        elif indent:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.27)
        if text:
            run(p, text, **kw)
        return p

    party = _party(directive)
    issuer = (directive.issuer.name if directive and directive.issuer.name else None) or "………………"
    symbol = cov.directive.number_symbol or "…"
    kind = (directive.doc_type.name if directive and directive.doc_type.name else None) or "văn bản"
    # Party prose cites dates "05-01-2026" after a comma; state prose "05/01/2026" (domain notes §1.2).
    sep = "," if party else ""
    when = directive.date.strftime("%d-%m-%Y" if party else "%d/%m/%Y") if directive and directive.date else "…"
    subject = directive.subject if directive and directive.subject else None
    units_all = [u.unit for u in cov.units]
    reporting = list(dict.fromkeys(u.unit for u in cov.units if u.filename))
    silent = [u for u in dict.fromkeys(units_all) if u not in reporting]
    cells = {(c.task, c.unit): c for c in cov.cells}

    doc = Docx()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2)
    sec.left_margin, sec.right_margin = Cm(3), Cm(1.5)
    doc.styles["Normal"].font.name = FONT
    doc.styles["Normal"].font.size = Pt(14)

    head = doc.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    p = left.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parent = directive.issuer.parent if directive and directive.issuer.parent else None
    if parent:  # the superior body, regular, above the issuer (domain notes §1.1–1.2)
        run(p, parent.upper(), size=13)
        p = left.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, issuer.upper(), size=13, bold=True)
    if party:
        q = left.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(q, "*", size=13)
    q = left.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(q, f"Số      -BC/{_issuer_code(symbol, party)}" if party else f"Số:      /BC-{_issuer_code(symbol, party)}",
        size=13)
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if party:
        run(p, "ĐẢNG CỘNG SẢN VIỆT NAM", size=15, bold=True, underline=True)
    else:
        run(p, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12.5, bold=True)
        q = right.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(q, "Độc lập - Tự do - Hạnh phúc", size=13.5, bold=True, underline=True)
    q = right.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(q, "……, ngày … tháng … năm ……", italic=True)

    para(doc, "DỰ THẢO", WD_ALIGN_PARAGRAPH.RIGHT, size=12, bold=True, after=0)
    para(doc, "BÁO CÁO", WD_ALIGN_PARAGRAPH.CENTER, size=15, bold=True, after=0)
    para(doc, f"{'tổng hợp' if party else 'Tổng hợp'} kết quả thực hiện {kind} số {symbol}{sep} ngày {when}",
         WD_ALIGN_PARAGRAPH.CENTER, bold=True, after=0)
    para(doc, "-----" if party else "", WD_ALIGN_PARAGRAPH.CENTER, after=6)

    about = f" về {subject}" if subject else ""
    para(doc, f"Thực hiện {kind} số {symbol}{sep} ngày {when}{about}, đến nay đã nhận được báo cáo của "
              f"{len(reporting)}/{len(dict.fromkeys(units_all))} đơn vị"
              + (f"; còn {len(silent)} đơn vị chưa gửi báo cáo." if silent else ".")
              + " Kết quả tổng hợp như sau:")

    para(doc, "I. KẾT QUẢ THỰC HIỆN THEO TỪNG NHIỆM VỤ", bold=True)
    for n, task in enumerate(cov.directive.tasks, 1):
        p = para(doc)
        run(p, f"{n}. Nhiệm vụ: ", bold=True)
        run(p, task.text, italic=True)
        done = [u for u in reporting if cells.get((task.id, u)) and cells[(task.id, u)].addressed]
        not_done = [u for u in reporting if u not in done]
        if done:
            para(doc, f"- Có {len(done)} đơn vị báo cáo đã thực hiện:")
            for u in done:
                p = para(doc)
                run(p, f"+ {u}: ", bold=True)
                quotes = [e for e in cells[(task.id, u)].evidence if extra_field(e, "counted", True) is not False]
                if quotes:
                    for i, e in enumerate(quotes):
                        page = f" (trang {e.page})" if e.page else ""
                        run(p, ("; " if i else "") + f"“{e.text}”{page}", italic=True)
                else:
                    run(p, "báo cáo kết quả thực hiện văn bản.")
        else:
            para(doc, "- Chưa có đơn vị nào báo cáo đã thực hiện nhiệm vụ này.")
        if not_done:
            para(doc, f"- Đơn vị chưa báo cáo thực hiện nhiệm vụ này: {', '.join(not_done)}.")
        mentions = []
        for u in not_done:
            for e in cells[(task.id, u)].evidence if (task.id, u) in cells else []:
                if extra_field(e, "counted", True) is False:
                    mentions.append((u, e))
        for u, e in mentions:
            where = _PART_NAMES.get(extra_field(e, "part"), "phần khác")
            p = para(doc, f"  Lưu ý: {u} có nêu nội dung này trong {where} (chưa tính là đã thực hiện): ")
            run(p, f"“{e.text}”", italic=True)

    para(doc, "II. ĐƠN VỊ CHƯA GỬI BÁO CÁO", bold=True)
    if silent:
        for u in silent:
            para(doc, f"- {u}.")
    else:
        para(doc, "Tất cả các đơn vị đã gửi báo cáo.")

    para(doc, "III. ĐỀ XUẤT", bold=True)
    para(doc, "Đề nghị đôn đốc các đơn vị chưa gửi báo cáo và các đơn vị chưa báo cáo đầy đủ các nhiệm vụ "
              "nêu trên khẩn trương thực hiện, báo cáo kết quả.")
    para(doc, f"Trên đây là báo cáo tổng hợp kết quả thực hiện {kind} số {symbol}" + ("." if party else "./."))

    foot = doc.add_table(rows=1, cols=2)
    left, right = foot.rows[0].cells
    p = left.paragraphs[0]
    run(p, "Nơi nhận:", size=14 if party else 12, bold=not party, italic=not party, underline=party)
    for i, item in enumerate(["……", "Lưu Văn phòng" if party else "Lưu: VT"]):
        q = left.add_paragraph()
        end = "." if i == 1 else ("," if party else ";")
        run(q, f"- {item}{end}", size=12 if party else 11)
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "T/M …" if party else "TM. …", bold=True)
    for _ in range(3):
        right.add_paragraph()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path
