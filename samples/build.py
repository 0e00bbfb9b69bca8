"""Render the hand-written sample documents: samples/src/NAME.py → docx/NAME.docx → pdf/NAME.pdf.

Why a script: each sample exists as DOCX and as a digital PDF made from the same
source, so the gold file (written by hand from the source) describes both. The
DOCX imitates how offices lay these documents out (borderless header and footer
tables, Times New Roman set on every run, justified body with a first-line
indent, A4 with the decree's margins); LibreOffice then gives the PDF real
hard-wrapped lines.

    .venv/bin/python samples/build.py            # every sample
    .venv/bin/python samples/build.py s01_ct_ubnd_haiphong --no-pdf

The built files are committed, so tests and the service never need LibreOffice.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
SRC, DOCX, PDF = HERE / "src", HERE / "docx", HERE / "pdf"
FONT = "Times New Roman"
MARKUP = re.compile(r"(\*\*\*.+?\*\*\*|\*\*.+?\*\*|__[^_]+?__|\*.+?\*)")


# --- runs and paragraphs ------------------------------------------------------

def _font(run, size: float, bold: bool = False, italic: bool = False, underline: bool = False) -> None:
    """Times New Roman on every script slot: the built-in styles point at a theme font."""
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    run.underline = underline or None


def add_text(par, text: str, size: float, bold: bool = False, italic: bool = False,
             underline: bool = False) -> None:
    """Add ``text`` to ``par``, honouring **bold**, *italic*, __underline__ and tabs."""
    for piece in MARKUP.split(text):
        if not piece:
            continue
        b, i, u = bold, italic, underline
        if piece.startswith("***") and len(piece) > 6:
            piece, b, i = piece[3:-3], True, True
        elif piece.startswith("**"):
            piece, b = piece[2:-2], True
        elif piece.startswith("__"):
            piece, u = piece[2:-2], True
        elif piece.startswith("*") and len(piece) > 1:
            piece, i = piece[1:-1], True
        _font(par.add_run(piece), size, b, i, u)


def fmt(par, align=None, before: float = 0, after: float = 0, indent_cm: float | None = None,
        left_cm: float | None = None, line: float | None = None) -> None:
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent_cm is not None:
        pf.first_line_indent = Cm(indent_cm)
    if left_cm is not None:
        pf.left_indent = Cm(left_cm)
    if line is not None:
        pf.line_spacing = line


def bottom_border(par, size: int = 6) -> None:
    """A rule drawn as a paragraph border (invisible to text extraction, like a drawn line)."""
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" '
                         f'w:space="1" w:color="000000"/></w:pBdr>'))


def no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def all_borders(table) -> None:
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:color="000000"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def keep_row_together(table) -> None:
    """A signature row is never split across pages (w:cantSplit), as offices arrange it."""
    for row in table.rows:
        row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def widths(table, cms: list[float]) -> None:
    """Cell widths and the grid (LibreOffice lays tables out from w:tblGrid, Word from w:tcW)."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms, strict=True):
        col.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, cms, strict=True):
            cell.width = Cm(w)


def cell_lines(cell, lines: list, size: float, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    """Fill a table cell: each line is text (markup allowed), ``("rule", width_cm)``, ``("blank",)``,
    ``("size", pt, text)``, ``("left", pt, text)`` or ``("box", text, width_cm)``."""
    first = True
    for line in lines:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(par, align)
        if isinstance(line, tuple) and line[0] == "rule":
            # a short drawn rule: a bordered empty paragraph narrowed by indents
            width = cell.width.cm if cell.width else 7.0
            margin = max((width - line[1]) / 2, 0)
            fmt(par, align, left_cm=margin, line=0.5)
            par.paragraph_format.right_indent = Cm(margin)
            bottom_border(par)
        elif isinstance(line, tuple) and line[0] == "box":
            # a boxed stamp (độ khẩn "KHẨN", "HỎA TỐC"): a paragraph with four borders
            width = cell.width.cm if cell.width else 7.0
            margin = max((width - line[2]) / 2, 0)
            fmt(par, align, before=6, left_cm=margin)
            par.paragraph_format.right_indent = Cm(margin)
            ppr = par._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}>' + "".join(
                f'<w:{s} w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right")) + "</w:pBdr>"))
            add_text(par, line[1], size, bold=True)
        elif isinstance(line, tuple) and line[0] == "blank":
            add_text(par, "", size)
        elif isinstance(line, tuple) and line[0] == "size":
            add_text(par, line[2], line[1])
        elif isinstance(line, tuple) and line[0] == "left":
            fmt(par, WD_ALIGN_PARAGRAPH.JUSTIFY)
            add_text(par, line[2], line[1])
        else:
            add_text(par, line, size)


# --- automatic numbering -----------------------------------------------------

LEVELS = [  # (format, text, first-line indent twips, bold label)
    ("upperRoman", "%1.", 567, True),
    ("decimal", "%2.", 567, True),
    ("lowerLetter", "%3)", 567, False),
    ("bullet", "-", 567, False),
]


def add_numbering(doc) -> int:
    """Add a multi-level list (I. / 1. / a) / -) to numbering.xml and return its numId.

    python-docx has no API for list definitions, so the abstractNum is written as XML.
    The label is followed by a space (w:suff) as typed Vietnamese lists are, and the
    decimal level restarts under each Roman heading.
    """
    numbering = doc.part.numbering_part.element
    abstract_id, num_id = 90, 90
    lvls = []
    for i, (fmt_, text, first, bold) in enumerate(LEVELS):
        rpr = (f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
               + ("<w:b/>" if bold else "") + "</w:rPr>")
        lvls.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt_}"/>'
            f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="{first}"/></w:pPr>{rpr}</w:lvl>')
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{"".join(lvls)}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def set_num(par, num_id: int, level: int) -> None:
    ppr = par._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr>'))


# --- page ---------------------------------------------------------------------

def page_setup(doc, d: dict) -> None:
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    top, bottom, left, right = d.get("margins", (2.0, 2.0, 3.0, 1.5))
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)
    sec.header_distance = Cm(1.0)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(d["size"])
    rpr = normal.element.get_or_add_rPr()
    rpr.rFonts.set(qn("w:eastAsia"), FONT)
    rpr.rFonts.set(qn("w:cs"), FONT)
    if d.get("page_numbers", True):
        # page numbers centred in the top margin, not on page 1 (NĐ 30 Phụ lục I)
        sec.different_first_page_header_footer = True
        par = sec.header.paragraphs[0]
        fmt(par, WD_ALIGN_PARAGRAPH.CENTER)
        run = par.add_run()
        _font(run, d["size"])
        for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                    '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                    '<w:fldChar %s w:fldCharType="end"/>'):
            run._r.append(parse_xml(xml % nsdecls("w")))


def usable_width(d: dict) -> float:
    _, _, left, right = d.get("margins", (2.0, 2.0, 3.0, 1.5))
    return 21.0 - left - right


# --- header -------------------------------------------------------------------

def header_table(doc, d: dict) -> None:
    """Borderless 2×2 table: issuer block | motto block; Số (+ V/v) | place and date."""
    w = usable_width(d)
    left_w = d.get("left_width", 6.6)
    table = doc.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(table)
    widths(table, [left_w, w - left_w])
    hsize = d.get("header_size", 13)
    c = table.rows
    cell_lines(c[0].cells[0], d["left"], hsize)
    cell_lines(c[0].cells[1], d["right"], hsize)
    cell_lines(c[1].cells[0], d["number_cell"], hsize)
    cell_lines(c[1].cells[1], [f"*{d['place_date']}*"], d.get("date_size", 14))


def header_plain(doc, d: dict) -> None:
    """Header typed as paragraphs with centre tab stops, as some offices do (no table)."""
    w = usable_width(d)
    for line in d["plain_header"]:
        par = doc.add_paragraph()
        fmt(par)
        stops = par.paragraph_format.tab_stops
        stops.add_tab_stop(Cm(3.3), WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(Cm(w - 5.2), WD_TAB_ALIGNMENT.CENTER)
        add_text(par, line, d.get("header_size", 13))


def title_block(doc, d: dict) -> None:
    size = d["size"]
    if d.get("type_line"):
        par = doc.add_paragraph()
        fmt(par, WD_ALIGN_PARAGRAPH.CENTER, before=12)
        add_text(par, d["type_line"], d.get("type_size", 14), bold=True)
    for line in d.get("subject_lines", []):
        par = doc.add_paragraph()
        fmt(par, WD_ALIGN_PARAGRAPH.CENTER)
        add_text(par, line, size, bold=True)
    if d.get("type_line"):
        par = doc.add_paragraph()
        fmt(par, WD_ALIGN_PARAGRAPH.CENTER, after=6)
        if d["regime"] == "party":
            add_text(par, "-----", size)
        else:
            fmt(par, WD_ALIGN_PARAGRAPH.CENTER, after=6, left_cm=w_center(d, 3.0), line=0.5)
            par.paragraph_format.right_indent = Cm(w_center(d, 3.0))
            bottom_border(par)
    kg = d.get("kinh_gui")
    if kg:
        italic = d["regime"] == "party"
        if isinstance(kg, str):
            par = doc.add_paragraph()
            fmt(par, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
            add_text(par, f"Kính gửi: {kg}", size, italic=italic)
        else:
            par = doc.add_paragraph()
            fmt(par, WD_ALIGN_PARAGRAPH.LEFT, before=6, left_cm=d.get("kg_left", 3.0))
            add_text(par, "Kính gửi:", size, italic=italic)
            for item in kg:
                par = doc.add_paragraph()
                fmt(par, WD_ALIGN_PARAGRAPH.LEFT, left_cm=d.get("kg_left", 3.0) + 2.2)
                add_text(par, item, size)
        doc.paragraphs[-1].paragraph_format.space_after = Pt(6)


def w_center(d: dict, rule_cm: float) -> float:
    return (usable_width(d) - rule_cm) / 2


# --- body ---------------------------------------------------------------------

def body(doc, d: dict, blocks: list, num_id: int | None) -> None:
    size = d["size"]
    for block in blocks:
        kind = block[0]
        if kind == "p":
            par = doc.add_paragraph()
            fmt(par, WD_ALIGN_PARAGRAPH.JUSTIFY, before=d.get("para_before", 3), after=3,
                indent_cm=1.0 if block[2] else 0, line=d.get("line", 1.1))
            add_text(par, block[1], size)
        elif kind == "c":
            par = doc.add_paragraph()
            fmt(par, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=3)
            add_text(par, block[1], size)
        elif kind == "n":
            par = doc.add_paragraph()
            fmt(par, WD_ALIGN_PARAGRAPH.JUSTIFY, before=3, after=3, line=d.get("line", 1.1))
            set_num(par, num_id, block[1])
            add_text(par, block[2], size)
        elif kind == "t":
            rows, cms, head = block[1], block[2], block[3]
            table = doc.add_table(rows=len(rows), cols=len(cms))
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            all_borders(table)
            widths(table, cms)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    cell = table.rows[r].cells[c]
                    par = cell.paragraphs[0]
                    fmt(par, WD_ALIGN_PARAGRAPH.CENTER if r < head or c == 0 else WD_ALIGN_PARAGRAPH.LEFT)
                    add_text(par, text, d.get("table_size", 12), bold=r < head)
        elif kind == "break":
            par = doc.add_paragraph()
            par.add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)


# --- footer -------------------------------------------------------------------

def noi_nhan_lines(d: dict) -> list:
    if d["regime"] == "party":
        label = "__Nơi nhận:__"
        size = d.get("nn_size", 12)
    else:
        label = "***Nơi nhận:***"
        size = d.get("nn_size", 11)
    out = [("left", 12, label)]
    out += [("left", size, item) for item in d["noi_nhan"]]
    return out


def signer_lines(block: list[str], regime: str) -> list:
    """authority lines (bold) / title (bold in state, plain in Party) / blank / name (bold)."""
    *top, name = block
    lines = []
    for i, line in enumerate(top):
        is_title = i == len(top) - 1 and len(top) > 1
        bold = not (regime == "party" and is_title)
        lines.append(f"**{line}**" if bold else line)
    lines += [("blank",)] * 4 + [f"**{name}**"]
    return lines


def footer(doc, d: dict) -> None:
    w = usable_width(d)
    signers = d["signers"]
    par = doc.add_paragraph()
    fmt(par, after=0)
    if len(signers) == 1:
        table = doc.add_table(rows=1, cols=2)
        no_borders(table)
        keep_row_together(table)
        widths(table, [w * 0.5, w * 0.5])
        cell_lines(table.rows[0].cells[0], noi_nhan_lines(d), 12, WD_ALIGN_PARAGRAPH.LEFT)
        cell_lines(table.rows[0].cells[1], signer_lines(signers[0], d["regime"]), d.get("sign_size", 14))
    else:
        # joint document: one signature block per issuer side by side, Nơi nhận below
        table = doc.add_table(rows=1, cols=len(signers))
        no_borders(table)
        keep_row_together(table)
        widths(table, [w / len(signers)] * len(signers))
        for cell, block in zip(table.rows[0].cells, signers, strict=True):
            cell_lines(cell, signer_lines(block, d["regime"]), d.get("sign_size", 13))
        for line in noi_nhan_lines(d):
            par = doc.add_paragraph()
            fmt(par, WD_ALIGN_PARAGRAPH.LEFT)
            add_text(par, line[2], line[1])


# --- driver -------------------------------------------------------------------

def load_source(name: str) -> dict:
    spec = importlib.util.spec_from_file_location(f"samples_src_{name}", SRC / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(SRC))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(SRC))
    return copy.deepcopy(module.DOC)


def build_docx(name: str) -> Path:
    d = load_source(name)
    doc = Document()
    page_setup(doc, d)
    num_id = add_numbering(doc) if d.get("auto_numbering") else None
    if d.get("plain_header"):
        header_plain(doc, d)
    else:
        header_table(doc, d)
    title_block(doc, d)
    body(doc, d, d["body"], num_id)
    footer(doc, d)
    if d.get("appendix"):
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.different_first_page_header_footer = True
        body(doc, d, d["appendix"], num_id)
    doc.core_properties.author = "vanban samples"
    doc.core_properties.title = d.get("type_line") or "Công văn"
    out = DOCX / f"{name}.docx"
    out.parent.mkdir(exist_ok=True)
    doc.save(out)
    return out


def build_pdf(docx_path: Path) -> Path:
    """LibreOffice headless with a profile of its own (shared profiles make the second call fail)."""
    PDF.mkdir(exist_ok=True)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="lo_") as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(PDF), str(docx_path)],
                       check=True, capture_output=True, timeout=180)
    out = PDF / f"{docx_path.stem}.pdf"
    if not out.exists():
        raise SystemExit(f"LibreOffice produced no PDF for {docx_path.name}")
    return out


def all_names() -> list[str]:
    return sorted(p.stem for p in SRC.glob("*.py") if not p.stem.startswith("_"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="sample names (default: all)")
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args(argv)
    for name in args.names or all_names():
        out = build_docx(name)
        line = f"{out.relative_to(HERE)}"
        if not args.no_pdf:
            line += f" -> {build_pdf(out).relative_to(HERE)}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
