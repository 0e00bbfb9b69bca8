"""DOCX → Layout: paragraphs and table cells in the order a reader meets them.

python-docx's ``doc.paragraphs`` skips tables, and Vietnamese documents put
their header (issuer | motto, number | date) and signature area (Nơi nhận |
signer) in tables, so this backend walks the body XML itself: ``w:p`` and
``w:tbl`` in order, cells once each (merged cells are not repeated), nested
tables, text boxes. The work is split into small modules:

* :mod:`parsers.docx_guard` — refuse encrypted, damaged, non-Word and bomb files;
* :mod:`parsers.docx_styles` — style inheritance (bold/caps/alignment on styles);
* :mod:`parsers.docx_numbering` — Word's automatic numbering as printed labels;
* :mod:`parsers.docx_runs` — one paragraph's visible text, lines and fields;
* :mod:`parsers.docx_tables` — cell geometry and layout-table detection;
* :mod:`parsers.docx_tabs` — header/footer typed with tabs instead of a table;
* :mod:`parsers.docx_notes` — footnotes and endnotes.

Page headers are furniture, except a first-page header holding real content
(some offices put the issuer | motto table there); footers are dropped.

DOCX has no pages; blocks get page numbers from the page breaks Word recorded
when it last laid the file out (``w:lastRenderedPageBreak``) or, without
those, from hard page breaks and section breaks. ``page_count`` stays None.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.package import Package
from lxml import etree

from parsers.docx_guard import check_docx
from parsers.docx_images import NEARLY_EMPTY, TooManyPages, ocr_pictures, page_images
from parsers.docx_notes import Notes
from parsers.docx_numbering import Numbering, NumLabel
from parsers.docx_runs import (
    RULE,
    ParagraphContent,
    ParagraphReader,
    Piece,
    convert_run,
    is_legacy_font,
    make_lines,
)
from parsers.docx_styles import StyleSheet, read_ppr, read_rpr
from parsers.docx_tables import shape
from parsers.docx_tabs import Gapped, has_gap, split_tab_columns
from parsers.docx_xml import alternate_branch, mc, on_off, w, wattr
from parsers.errors import UnreadableDocument
from parsers.layout import Block, CellRef, Layout, Page, Repair
from parsers.legacy import decode_line, repair_text
from parsers.textfix import clean

if TYPE_CHECKING:
    from parsers import Limits  # type only: the package imports its backends lazily

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# What is left of a page-number line once its PAGE/NUMPAGES fields are dropped ("Trang  /").
_PAGE_LEFTOVER = re.compile(r"^(?:trang|page|tr\.)?[\s\d/\-–.:]*(?:of|trên|của)?[\s\d/\-–.:]*$", re.I)
_NEW_PAGE_SECTIONS = {"nextPage", "oddPage", "evenPage"}
# Tag names compared for every paragraph, built once.
_P = w("p")
_TBL = w("tbl")
_SDT = w("sdt")
_SDT_CONTENT = w("sdtContent")
_CUSTOM_XML = w("customXml")
_ALTERNATE = mc("AlternateContent")
_PPR = w("pPr")
_PSTYLE = w("pStyle")
_SECT_PR = w("sectPr")
_RPR = w("rPr")


def parse_docx(path: Path, limits: Limits | None = None) -> Layout:
    """Parse a DOCX file; raise :class:`UnreadableDocument` with a reason when it cannot be read."""
    path = Path(path)
    check_docx(path)
    try:
        package = Package.open(str(path))
        main = package.main_document_part
        root = _xml(main)
    except (KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError, PackageNotFoundError,
            NotImplementedError, EOFError, OSError) as err:  # NotImplementedError: an unknown ZIP compression
        raise UnreadableDocument(path.name, "damaged DOCX: its main document cannot be read "
                                            f"({type(err).__name__}: {str(err)[:100]})") from None
    body = root.find(w("body"))
    if body is None:
        raise UnreadableDocument(path.name, "damaged DOCX: the document has no body")
    return _Reader(main, limits).read(body, path.name)


def _xml(part: Part) -> etree._Element:
    """A part's XML root, also for parts python-docx does not model (.docm main part)."""
    element = getattr(part, "element", None)
    return element if element is not None else parse_xml(part.blob)


def _related(part: Part, reltype: str) -> etree._Element | None:
    try:
        return _xml(part.part_related_by(reltype))
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return None


@dataclass(frozen=True, slots=True)
class _Where:
    """Where the walk is: inside which cell, which column, and whether in page furniture."""

    cell: CellRef | None = None
    column: int | None = None
    furniture: bool = False  # a page header: no page counting, page-number leftovers dropped
    note: bool = False  # inside a footnote/endnote: no page counting, no further note references


_BODY = _Where()  # the body outside tables: compared for every paragraph kept


class _Reader:
    def __init__(self, main: Part, limits: Limits | None = None) -> None:
        self.main = main
        self.limits = limits
        self.styles = StyleSheet(_related(main, RT.STYLES))
        self.numbering = Numbering(_related(main, RT.NUMBERING), self.styles)
        self.notes = Notes(_related(main, RT.FOOTNOTES), _related(main, RT.ENDNOTES),
                           _related(main, RT.SETTINGS))
        self.note_refs: list[tuple[str, str, str | None, int]] = []  # kind, id, custom mark, page
        self.paragraphs = ParagraphReader(self.styles)
        self.blocks: list[Block] = []
        self.gapped: dict[int, Gapped] = {}  # id(block) → its pieces, for blocks with tab gaps
        self.text_width = 9355  # twips between the margins (A4, NĐ 30 margins) until sectPr says
        self.tables = 0
        self.page = 1
        self.break_kind = "explicit"
        self.section_types: list[str] = []
        self.section_index = 0
        self.legacy: Counter[str] = Counter()
        self.non_nfc = 0

    # -- document ------------------------------------------------------------

    def read(self, body: etree._Element, filename: str) -> Layout:
        # Word's own record of where pages broke is the best page estimate; use it when present
        # (mixing it with hard breaks would count those twice).
        if next(body.iter(w("lastRenderedPageBreak")), None) is not None:
            self.break_kind = "rendered"
        sections = [p.find(f"{w('pPr')}/{w('sectPr')}") for p in body.iterfind(w("p"))]
        sect_prs = [s for s in sections if s is not None]
        final = body.find(w("sectPr"))
        if final is not None:
            sect_prs.append(final)
        self.section_types = [wattr(s.find(w("type"))) or "nextPage" for s in sect_prs]
        if sect_prs:
            self.text_width = _text_width(sect_prs[0])
            self.first_page_header(sect_prs[0])
        self.walk(body, _Where(), top=True)
        self.blocks = split_tab_columns(self.blocks, self.gapped)
        self.read_notes()
        layout = self.layout(filename)
        if _letters(layout, NEARLY_EMPTY) < NEARLY_EMPTY:
            self.read_pictures(layout, body)
        return layout

    def read_pictures(self, layout: Layout, body: etree._Element) -> None:
        """A DOCX that is a scan (pictures, no text): OCR the page pictures into pages of their own."""
        parts = page_images(self.main, body)
        if not parts:
            return
        try:
            read = ocr_pictures(parts, self.limits)
        except TooManyPages as err:
            raise UnreadableDocument(layout.filename, str(err)) from None
        if read is None:
            return  # only logos, seals or signatures
        pages, repairs = read
        if not pages:
            if next(layout.blocks(), None) is None:
                detail = "; ".join(r.detail for r in repairs) or "no text found"
                raise UnreadableDocument(layout.filename, f"no text, and OCR could not read its pictures ({detail})")
            return
        typed = list(layout.blocks())  # a caption typed above the scan stays first
        for block in typed:
            block.page = 1
        pages[0].blocks[:0] = typed
        order = 0
        for page in pages:
            for block in page.blocks:
                block.order = order
                order += 1
        layout.pages = pages
        layout.repairs.extend(repairs)

    def read_notes(self) -> None:
        """Each referenced note as blocks, to be placed at the end of its page."""
        body_end = len(self.blocks)
        for kind, nid, custom, page in self.note_refs:
            note = self.notes.get(kind, nid)
            if note is None:
                continue
            self.paragraphs.note_mark = custom if custom is not None else self.notes.next_label(kind)
            first = len(self.blocks)
            self.walk(note, _Where(note=True))
            for block in self.blocks[first:]:
                block.page = page
        self.paragraphs.note_mark = ""
        if len(self.blocks) > body_end:
            # Stable by page: notes go after the last body block of their page.
            self.blocks.sort(key=lambda b: b.page)

    def layout(self, filename: str) -> Layout:
        repairs: list[Repair] = []
        if self.non_nfc:
            repairs.append(Repair("nfc", "decomposed (NFD) text normalised to NFC", self.non_nfc))
        for encoding, runs in sorted(self.legacy.items()):
            repairs.append(Repair(encoding, f"{runs} runs in legacy {encoding.upper()} fonts converted "
                                            "to Unicode", runs))
        if not self.legacy:
            repairs.extend(_repair_unmarked_legacy(self.blocks))
        pages: dict[int, Page] = {}
        for i, block in enumerate(self.blocks):
            block.order = i
            pages.setdefault(block.page, Page(number=block.page)).blocks.append(block)
        for n in range(1, max(pages, default=1) + 1):
            pages.setdefault(n, Page(number=n))
        return Layout(filename=filename, media_type=MEDIA_TYPE,
                      pages=[pages[n] for n in sorted(pages)], page_count=None, repairs=repairs)

    def first_page_header(self, sect_pr: etree._Element) -> None:
        """Keep page 1's header when it holds real content, drop running headers.

        Some offices put the whole issuer | motto table in the first-page
        header; a header repeated on every page (running title, page number)
        is furniture. Footers hold page numbers and file paths: dropped.
        """
        refs = {wattr(ref, "type") or "default": ref.get(_R_ID) for ref in sect_pr.iterfind(w("headerReference"))}
        title_page = bool(on_off(sect_pr.find(w("titlePg"))))
        rid = refs.get("first") if title_page else refs.get("default")
        if not rid or rid not in self.main.rels:
            return
        try:
            header = _xml(self.main.related_parts[rid])
        except (KeyError, ValueError, etree.XMLSyntaxError):
            return
        if not title_page and next(header.iter(w("tbl")), None) is None:
            return  # on every page: a running header
        self.walk(header, _Where(furniture=True))

    # -- containers ----------------------------------------------------------

    def walk(self, container: etree._Element, where: _Where, top: bool = False) -> None:
        for child in container:
            tag = child.tag
            if tag == _P:
                self.paragraph(child, where, top)
            elif tag == _TBL:
                self.table(child, where)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self.walk(content, where, top)
            elif tag == _CUSTOM_XML:
                self.walk(child, where, top)
            elif tag == _ALTERNATE:
                branch = alternate_branch(child)
                if branch is not None:
                    self.walk(branch, where, top)

    def table(self, tbl: etree._Element, where: _Where) -> None:
        index = self.tables
        self.tables += 1
        geometry = shape(tbl, self.styles)
        for cell in geometry.cells:
            if cell.merged:
                continue  # a vertically merged cell's text sits in its first cell
            column = where.column if where.column is not None else geometry.column(cell)
            ref = CellRef(table=index, row=cell.row, col=cell.col, n_cols=geometry.n_cols)
            self.walk(cell.tc, replace(where, cell=ref, column=column))

    # -- paragraphs ----------------------------------------------------------

    def paragraph(self, p: etree._Element, where: _Where, top: bool) -> None:
        ppr_el = p.find(_PPR)
        direct = read_ppr(ppr_el)
        style_id = self.styles.para_style_id(wattr(ppr_el.find(_PSTYLE)) if ppr_el is not None else None)
        content = self.paragraphs.read(p, style_id)
        label = None
        numbered = self.numbering.resolve(direct, style_id)
        if numbered and not _mark_hidden(ppr_el):
            label = self.numbering.label(*numbered)  # counts even when the paragraph is empty, as Word does
        props = (self.styles.default_ppr.over(self.styles.para_props(style_id))
                 .over(label.ppr if label else None).over(direct))
        self.legacy.update(content.legacy)
        self.non_nfc += content.non_nfc
        counts_pages = not (where.furniture or where.note)
        if not where.note:
            self.note_refs.extend((kind, nid, custom, self.page) for kind, nid, custom in content.notes)
        if counts_pages:
            if props.page_break_before and self.break_kind == "explicit":
                self.page += 1
            self.page += sum(1 for kind, before in content.breaks if kind == self.break_kind and before)
        pieces, shown_label = self.pieces(content, label, style_id, ppr_el)
        lines = make_lines(pieces)
        text = " ".join(ln.text for ln in lines if ln.text)
        # A numbered paragraph with no text shows only its label: nothing to read (but it was counted).
        keep = content.has_text() and bool(text) and not RULE.match(text)
        if keep and where.furniture and _PAGE_LEFTOVER.match(text):
            keep = False
        if keep:
            block = Block(
                lines=lines, page=self.page, column=where.column, cell=where.cell,
                align=props.align, indent=props.indent, list_label=shown_label,
                style=self.styles.name(style_id),
            )
            self.blocks.append(block)
            if where == _BODY and has_gap(pieces):  # may be a header/footer typed with tabs
                self.gapped[id(block)] = Gapped(pieces, props.tabs, round((props.indent or 0) * 20),
                                                self.text_width)
        for box in content.textboxes:
            self.walk(box, where)
        if not counts_pages:
            return
        self.page += sum(1 for kind, before in content.breaks if kind == self.break_kind and not before)
        if top and ppr_el is not None and ppr_el.find(_SECT_PR) is not None:
            self.section_index += 1
            if (self.break_kind == "explicit" and self.section_index < len(self.section_types)
                    and self.section_types[self.section_index] in _NEW_PAGE_SECTIONS):
                self.page += 1

    def pieces(self, content: ParagraphContent, label: NumLabel | None, style_id: str | None,
               ppr_el: etree._Element | None) -> tuple[list[list[Piece]], str | None]:
        """Styled pieces per visual line, the numbering label (as printed) opening the first."""
        pieces = [list(line) for line in content.lines]
        if label is None:
            return pieces, None
        mark = read_rpr(ppr_el.find(_RPR)) if ppr_el is not None else None
        props = self.paragraphs.base_props(style_id).over(mark).over(label.rpr)
        text = label.text
        if is_legacy_font(props.font):  # "§iÒu %1." in a .VnTime list is "Điều 1." on paper
            text = convert_run(text, props.font)[0]
        text = clean(text.upper() if props.caps else text)
        pieces[0][:0] = [Piece(text, props), Piece(" ", props)]
        return pieces, text


def _letters(layout: Layout, enough: int) -> int:
    """Letters in the text, counting no further than ``enough``."""
    count = 0
    for block in layout.blocks():
        count += sum(c.isalpha() for c in block.text)
        if count >= enough:
            break
    return count


def _text_width(sect_pr: etree._Element) -> int:
    """Page width less the margins, in twips (where the middle between two columns is)."""
    def twips(el: etree._Element | None, name: str, default: int) -> int:
        val = wattr(el, name) if el is not None else None
        return int(val) if val and val.lstrip("-").isdigit() else default

    size, margins = sect_pr.find(w("pgSz")), sect_pr.find(w("pgMar"))
    width = twips(size, "w", 11906) - twips(margins, "left", 1701) - twips(margins, "right", 850)
    return width if width > 1440 else 9355


def _mark_hidden(ppr_el: etree._Element | None) -> bool:
    """A paragraph whose mark is hidden shows no number."""
    if ppr_el is None:
        return False
    rpr = read_rpr(ppr_el.find(w("rPr")))
    return bool(rpr and rpr.vanish)


def _repair_unmarked_legacy(blocks: list[Block]) -> list[Repair]:
    """TCVN3/VNI text typed in a Unicode-named font: detect on the whole text, convert per line.

    A reader sees gibberish too, but the text is plainly meant as Vietnamese;
    converting it is what a person retyping it would do. Detection needs the
    whole text (one short line is not enough evidence); ``repair_text`` keeps
    the line structure, so each changed line is put back where it came from.
    """
    lines = [line for block in blocks for line in block.lines]
    fixed_text, repairs = repair_text("\n".join(line.text for line in lines))
    fixed = fixed_text.split("\n")
    if not repairs or len(fixed) != len(lines):
        return []
    encoding = repairs[0].kind
    for line, new in zip(lines, fixed, strict=True):
        if new == line.text:
            continue
        line.text = clean(new)
        for span in line.spans:
            span.text = clean(decode_line(span.text, encoding))
    return repairs
