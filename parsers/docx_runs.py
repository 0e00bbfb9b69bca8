"""One ``w:p`` → its visible text, as styled pieces split into visual lines.

What a reader sees of a paragraph is not just its ``w:t`` elements: line
breaks split it into lines (an issuer "ỦY BAN NHÂN DÂN / TỈNH X" in one
paragraph), ``w:caps`` shows lower case as capitals, hidden and deleted text
is not shown, a PAGE field shows a page number (furniture), TCVN3/VNI runs
show Vietnamese only through their legacy font. This module reads all of that
for one paragraph; it knows nothing about blocks, tables or numbering.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from lxml import etree

from parsers.docx_numbering import bullet_char
from parsers.docx_styles import RunProps, StyleSheet, read_rpr
from parsers.docx_xml import NS, alternate_branch, local_name, mc, w, wattr
from parsers.layout import Line, Span
from parsers.legacy import convert_run
from parsers.textfix import clean, is_nfc

# Fields whose result is page furniture: "Trang 2", "2/5".
_FURNITURE_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION"}
# Paragraph children that only wrap runs.
_WRAPPERS = {"hyperlink", "ins", "moveTo", "smartTag", "customXml", "sdtContent", "dir", "bdo"}
_SHAPES = {"drawing", "pict", "object"}
_M_T = "{" + NS["m"] + "}t"
# Tag names compared in the per-run loop, built once (a long document has millions of elements).
_R = w("r")
_T = w("t")
_SDT = w("sdt")
_SDT_CONTENT = w("sdtContent")
_FLD_SIMPLE = w("fldSimple")
_RPR = w("rPr")
_RSTYLE = w("rStyle")
_TAB = w("tab")
_PTAB = w("ptab")
_BR = w("br")
_CR = w("cr")
_LRPB = w("lastRenderedPageBreak")
_FN_REF = w("footnoteReference")
_EN_REF = w("endnoteReference")
_FN_MARK = w("footnoteRef")
_EN_MARK = w("endnoteRef")
_NB_HYPHEN = w("noBreakHyphen")
_SYM = w("sym")
_FLD_CHAR = w("fldChar")
_INSTR = w("instrText")
_TXBX = w("txbxContent")
_TOGGLES = ("bold", "italic", "caps", "vanish")
_SHOWN = {w(n) for n in ("t", "tab", "ptab", "noBreakHyphen", "sym", "footnoteRef", "endnoteRef")}


@dataclass(slots=True)
class Piece:
    """Text with one resolved style."""

    text: str
    props: RunProps
    raw: str | None = None  # legacy-font text before conversion, to join a run Word split mid-letter


@dataclass(slots=True)
class ParagraphContent:
    lines: list[list[Piece]] = field(default_factory=lambda: [[]])
    textboxes: list[etree._Element] = field(default_factory=list)
    # page breaks: (kind, before_any_text) with kind "explicit" (w:br) or "rendered"
    breaks: list[tuple[str, bool]] = field(default_factory=list)
    legacy: Counter[str] = field(default_factory=Counter)  # encoding → runs converted
    non_nfc: int = 0
    notes: list[tuple[str, str, str | None]] = field(default_factory=list)  # (kind, id, custom mark)

    def has_text(self) -> bool:
        return any(p.text.strip() for line in self.lines for p in line)


def is_legacy_font(font: str | None) -> bool:
    """TCVN3 (".VnTime", ".VnArialH") and VNI ("VNI-Times") fonts; ``convert_run`` decides exactly."""
    return bool(font) and font.lstrip(".").lower().startswith("vn")


class _Field:
    __slots__ = ("instr", "result")

    def __init__(self) -> None:
        self.instr: list[str] = []
        self.result = False

    def furniture(self) -> bool:
        words = "".join(self.instr).split()
        return bool(words) and words[0].upper() in _FURNITURE_FIELDS


class ParagraphReader:
    """Reads paragraphs with one style sheet; keeps no state between paragraphs."""

    def __init__(self, styles: StyleSheet) -> None:
        self._styles = styles
        self._cache: dict[tuple[str | None, str | None], RunProps] = {}
        self.note_mark = ""  # what w:footnoteRef shows inside the note being read

    def base_props(self, para_style: str | None, char_style: str | None = None) -> RunProps:
        """Document defaults → paragraph style → character style (direct formatting goes on top).

        Bold, italic, caps and hidden are *toggle* properties (ECMA-376
        §17.7.3, as Word renders them): at style level an "on" reverses what
        the levels below gave, so a bold heading style with the bold
        character style "Strong" shows plain text; an "off" in a style
        changes nothing. Direct formatting, applied after this, is absolute.
        """
        key = (para_style, char_style)
        props = self._cache.get(key)
        if props is None:
            defaults = self._styles.default_rpr
            levels = [self._styles.run_props(para_style)]
            if char_style:
                levels.append(self._styles.run_props(char_style))
            props = defaults
            for level in levels:
                props = props.over(level)
            toggled = {}
            for name in _TOGGLES:
                state = bool(getattr(defaults, name))
                for level in levels:
                    if getattr(level, name):
                        state = not state
                toggled[name] = state
            props = replace(props, **toggled)
            self._cache[key] = props
        return props

    def read(self, p: etree._Element, para_style: str | None) -> ParagraphContent:
        out = ParagraphContent()
        state = _State(out, self, para_style)
        state.walk(p)
        return out


class _State:
    """Walk of one paragraph: field stack and whether text has been seen yet."""

    def __init__(self, out: ParagraphContent, reader: ParagraphReader, para_style: str | None) -> None:
        self.out = out
        self.reader = reader
        self.para_style = para_style
        self.fields: list[_Field] = []
        self.seen_text = False
        self.custom_mark = False  # the next w:t is a note's custom reference mark

    def hidden(self) -> bool:
        return any(not f.result or f.furniture() for f in self.fields)

    def walk(self, el: etree._Element) -> None:
        for child in el:
            if child.tag == _R:  # nearly every child: tested before the name is split off
                self.run(child)
                continue
            name = local_name(child)
            if name in _WRAPPERS or child.tag == _SDT:
                self.walk(child.find(_SDT_CONTENT) if child.tag == _SDT else child)
            elif child.tag == _FLD_SIMPLE:
                instr = (wattr(child, "instr") or "").split()
                if not (instr and instr[0].upper() in _FURNITURE_FIELDS):
                    self.walk(child)
            elif child.tag == mc("AlternateContent"):
                branch = alternate_branch(child)
                if branch is not None:
                    self.walk(branch)
            elif name in ("oMath", "oMathPara"):
                self.add("".join(t.text or "" for t in child.iter(_M_T)), self.reader.base_props(self.para_style))
            # w:del, w:moveFrom, bookmarks, comments, proofErr: nothing a reader sees

    def run(self, r: etree._Element) -> None:
        rpr_el = r.find(_RPR)
        char_style = wattr(rpr_el.find(_RSTYLE)) if rpr_el is not None else None
        props = self.reader.base_props(self.para_style, char_style).over(read_rpr(rpr_el))
        texts: list[str] = []
        for child in r:
            tag = child.tag
            if tag in _SHOWN and self.hidden():
                continue  # inside a field code, or a PAGE field's result
            if tag == _T:
                if self.custom_mark:
                    self.custom_mark = False
                    kind, nid, _ = self.out.notes[-1]
                    self.out.notes[-1] = (kind, nid, (child.text or "").strip() or "*")
                else:
                    texts.append(child.text or "")
            elif tag in (_TAB, _PTAB):
                texts.append("\t")  # a space once cleaned; kept until then to find tab-typed columns
            elif tag in (_BR, _CR):
                kind = wattr(child, "type")
                self.flush(texts, props)
                texts = []
                if kind == "page":
                    self.out.breaks.append(("explicit", not self.seen_text))
                elif not self.hidden():
                    self.out.lines.append([])
            elif tag == _LRPB:
                self.flush(texts, props)
                texts = []
                self.out.breaks.append(("rendered", not self.seen_text))
            elif tag in (_FN_REF, _EN_REF):
                # The superscript mark is dropped from the text (like "[1]" in web copies);
                # a custom mark ("*") is the text that follows it in the run.
                custom = wattr(child, "customMarkFollows") in ("1", "true", "on")
                kind = "footnote" if tag == _FN_REF else "endnote"
                self.out.notes.append((kind, wattr(child, "id") or "", "" if custom else None))
                if custom:
                    self.flush(texts, props)
                    texts = []
                    self.custom_mark = True
            elif tag in (_FN_MARK, _EN_MARK):
                texts.append(self.reader.note_mark)
            elif tag == _NB_HYPHEN:
                texts.append("-")
            elif tag == _SYM:
                texts.append(_symbol(child))
            elif tag == _FLD_CHAR:
                self.flush(texts, props)
                texts = []
                self.field_char(wattr(child, "fldCharType"))
            elif tag == _INSTR:
                if self.fields:
                    self.fields[-1].instr.append(child.text or "")
            elif local_name(child) in _SHAPES or tag == mc("AlternateContent"):
                self.out.textboxes.extend(find_textboxes(child))
        self.flush(texts, props)

    def field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            self.fields[-1].result = True
        elif kind == "end" and self.fields:
            self.fields.pop()

    def flush(self, texts: list[str], props: RunProps) -> None:
        if texts:
            self.add("".join(texts), props)

    def add(self, text: str, props: RunProps) -> None:
        if not text or props.vanish:
            return
        if not is_nfc(text):
            self.out.non_nfc += 1
        line = self.out.lines[-1]
        raw = None
        if is_legacy_font(props.font):
            raw = text
            if line and line[-1].raw is not None and line[-1].props == props:
                # Word splits runs anywhere (editing history): a VNI letter's mark byte may
                # start the next run. Convert the joined text, not each half.
                raw = line.pop().raw + text
            text, encoding = convert_run(raw, props.font)
            if encoding:
                self.out.legacy[encoding] += 1
            else:
                raw = None
        if props.caps:
            text = text.upper()  # w:caps: the reader sees capitals whatever the stored case
        if text.strip():
            self.seen_text = True
        line.append(Piece(text, props, raw))


def _symbol(sym: etree._Element) -> str:
    """``w:sym``: a character from a symbol font (often a hand-made bullet)."""
    try:
        code = int(wattr(sym, "char") or "", 16)
    except ValueError:
        return ""
    font = wattr(sym, "font")
    family = (font or "").lower()
    if code >= 0xF000 or family.startswith(("symbol", "wingdings", "webdings")):
        return bullet_char(chr(code), font)
    return chr(code)


def find_textboxes(el: etree._Element) -> list[etree._Element]:
    """``w:txbxContent`` under a drawing, not descending into nested boxes (read by their own box).

    Inside ``mc:AlternateContent`` only one branch is read, so the DrawingML
    and VML copies of one box do not both appear.
    """
    found: list[etree._Element] = []
    stack = [el]
    while stack:
        node = stack.pop()
        if node.tag == _TXBX:
            found.append(node)
            continue
        if node.tag == mc("AlternateContent"):
            branch = alternate_branch(node)
            if branch is not None:
                stack.append(branch)
            continue
        stack.extend(reversed(list(node)))
    return found


# Drawn rules typed as text under the motto/issuer/subject (domain notes §6); a lone "*" is kept.
RULE = re.compile(r"^[\s\-_–—=.*~·…]{3,}$")


def make_lines(pieces: list[list[Piece]]) -> list[Line]:
    """Lines with text; a rule typed under the issuer after a line break ("TỈNH X<br>___") is dropped."""
    return [line for line in map(make_line, pieces) if line.text and not RULE.match(line.text)]


def make_line(pieces: list[Piece]) -> Line:
    """One visual line from styled pieces; runs split by Word's editing history are merged."""
    spans: list[Span] = []
    for piece in pieces:
        style = (bool(piece.props.bold), bool(piece.props.italic), bool(piece.props.underline))
        if spans and (spans[-1].bold, spans[-1].italic, spans[-1].underline) == style:
            spans[-1].text += piece.text
        else:
            spans.append(Span(piece.text, *style))
    raw = "".join(s.text for s in spans)
    # any(map(str.isalpha, …)): the same test as a generator over the characters, without its frames.
    lettered = [s for s in spans if any(map(str.isalpha, s.text))]
    weights: Counter[tuple[str | None, float | None]] = Counter()
    for piece in pieces:
        if any(map(str.isalpha, piece.text)):
            weights[(piece.props.font, piece.props.size)] += len(piece.text)
    font, size = weights.most_common(1)[0][0] if weights else (None, None)
    return Line(
        text=clean(raw),
        bold=bool(lettered) and all(s.bold for s in lettered),
        italic=bool(lettered) and all(s.italic for s in lettered),
        underline=bool(lettered) and all(s.underline for s in lettered),
        size=size,
        font=font,
        spans=[Span(text, s.bold, s.italic, s.underline) for s in spans if (text := clean(s.text))],
    )
