"""Style inheritance in a DOCX: what formatting a paragraph or run really has.

Bold, caps, alignment and even list numbering often sit on a style (or on
the document defaults), not on the run: a signer's name is bold because its
paragraph style is, an issuer is upper case because of ``w:caps`` on a
character style. This module reads ``styles.xml`` once and resolves the
``basedOn`` chains with a cache, so a long document costs one dict lookup per
paragraph and run.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from docx.styles import BabelFish
from lxml import etree

from parsers.docx_xml import NS, on_off, twips_to_pt, w, wattr

_JUSTIFY = {"both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute"}


@dataclass(frozen=True, slots=True)
class RunProps:
    """Run formatting; ``None`` = not said at this level (inherit)."""

    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    caps: bool | None = None
    vanish: bool | None = None
    font: str | None = None
    size: float | None = None

    def over(self, other: RunProps | None) -> RunProps:
        """``self`` with everything ``other`` says laid over it."""
        return _over(self, other)


@dataclass(frozen=True, slots=True)
class ParaProps:
    """Paragraph formatting; ``None`` = inherit. ``num_id`` "0" switches numbering off."""

    align: str | None = None
    indent: float | None = None
    num_id: str | None = None
    ilvl: int | None = None
    page_break_before: bool | None = None
    tabs: tuple[tuple[int, str], ...] | None = None  # custom tab stops (twips, "left"/"center"/"right")

    def over(self, other: ParaProps | None) -> ParaProps:
        return _over(self, other)


_FIELDS: dict[type, tuple[str, ...]] = {cls: tuple(f.name for f in fields(cls)) for cls in (RunProps, ParaProps)}


# (base, other) → result: a document lays the same few property sets over each other for every
# run and paragraph; both sides are frozen, so an equal pair gives an equal result.
_OVER_CACHE: dict[tuple, object] = {}
_OVER_CACHE_MAX = 4096


def _over(base, other):
    """Inheritance step: values ``other`` states replace those of ``base`` (None = inherit)."""
    if other is None:
        return base
    key = (base, other)
    done = _OVER_CACHE.get(key)
    if done is not None:
        return done
    changes = {name: value for name in _FIELDS[type(base)]
               if (value := getattr(other, name)) is not None and value != getattr(base, name)}
    done = replace(base, **changes) if changes else base
    if len(_OVER_CACHE) >= _OVER_CACHE_MAX:
        _OVER_CACHE.clear()
    _OVER_CACHE[key] = done
    return done


_U = w("u")
_RFONTS = w("rFonts")
_SZ = w("sz")
_B = w("b")
_I = w("i")
_CAPS = w("caps")
_VANISH = w("vanish")
_JC = w("jc")
_IND = w("ind")
_NUMPR = w("numPr")
_NUMID = w("numId")
_ILVL = w("ilvl")
_PBB = w("pageBreakBefore")
_TABS = w("tabs")


_RPR_TAGS = frozenset((_U, _RFONTS, _SZ, _B, _I, _CAPS, _VANISH))
_PPR_TAGS = frozenset((_JC, _IND, _NUMPR, _PBB, _TABS))


def _first_children(el: etree._Element, wanted: frozenset[str]) -> dict[str, etree._Element]:
    """The first child of each wanted tag, in one pass (``find`` per property walks the children each time)."""
    found: dict[str, etree._Element] = {}
    for child in el:
        tag = child.tag
        if tag in wanted and tag not in found:
            found[tag] = child
    return found


def read_rpr(rpr: etree._Element | None) -> RunProps | None:
    """Run properties stated in one ``w:rPr`` (direct, style, defaults or numbering level)."""
    if rpr is None:
        return None
    found = _first_children(rpr, _RPR_TAGS)
    u = found.get(_U)
    underline = None if u is None else (wattr(u) or "single") != "none"
    fonts = found.get(_RFONTS)
    # Vietnamese letters fall in the hAnsi range; TCVN3 bytes too (0xA1–0xFE).
    font = None if fonts is None else (wattr(fonts, "hAnsi") or wattr(fonts, "ascii"))
    sz = wattr(found.get(_SZ))
    size = None
    if sz and sz.isdigit():
        size = int(sz) / 2.0
    return RunProps(
        bold=on_off(found.get(_B)),
        italic=on_off(found.get(_I)),
        underline=underline,
        caps=on_off(found.get(_CAPS)),
        vanish=on_off(found.get(_VANISH)),
        font=font,
        size=size,
    )


def read_ppr(ppr: etree._Element | None) -> ParaProps | None:
    """Paragraph properties stated in one ``w:pPr``."""
    if ppr is None:
        return None
    found = _first_children(ppr, _PPR_TAGS)
    jc = wattr(found.get(_JC))
    align = None
    if jc:
        align = ("justify" if jc in _JUSTIFY else "right" if jc in ("right", "end")
                 else "center" if jc == "center" else "left")
    ind = found.get(_IND)
    indent = None if ind is None else twips_to_pt(wattr(ind, "left") or wattr(ind, "start"))
    num_id = ilvl = None
    num_pr = found.get(_NUMPR)
    if num_pr is not None:
        num_id = wattr(num_pr.find(_NUMID))
        lvl = wattr(num_pr.find(_ILVL))
        ilvl = int(lvl) if lvl and lvl.isdigit() else None
    return ParaProps(align=align, indent=indent, num_id=num_id, ilvl=ilvl,
                     page_break_before=on_off(found.get(_PBB)), tabs=_tabs(found.get(_TABS)))


def _tabs(tabs: etree._Element | None) -> tuple[tuple[int, str], ...] | None:
    """Custom tab stops, sorted; a header typed with centre stops puts each column's text at one."""
    if tabs is None:
        return None
    stops = []
    for tab in tabs.iterfind(w("tab")):
        kind, pos = wattr(tab) or "left", wattr(tab, "pos") or ""
        if kind == "clear" or not pos.lstrip("-").isdigit():
            continue
        stops.append((int(pos), {"start": "left", "end": "right"}.get(kind, kind)))
    return tuple(sorted(stops))


@dataclass(slots=True)
class _Style:
    kind: str
    name: str | None
    based_on: str | None
    rpr: RunProps | None
    ppr: ParaProps | None
    borders: etree._Element | None  # table styles: w:tblPr/w:tblBorders


def _read_style(el: etree._Element, kind: str) -> _Style:
    tbl_pr = el.find(_TBLPR)
    return _Style(
        kind=kind,
        name=wattr(el.find(_NAME)),
        based_on=wattr(el.find(_BASED_ON)),
        rpr=read_rpr(el.find(_RPR)),
        ppr=read_ppr(el.find(_PPR)),
        borders=None if tbl_pr is None else tbl_pr.find(_TBL_BORDERS),
    )


_TBLPR = w("tblPr")
_NAME = w("name")
_BASED_ON = w("basedOn")
_RPR = w("rPr")
_PPR = w("pPr")
_TBL_BORDERS = w("tblBorders")
_DEFAULT = w("default")
_STYLE_ID = w("styleId")
_TYPE = w("type")
_XNS = {"w": NS["w"]}
# Styles that may be a default: w:default as an attribute (Word) or, in some writers, a child.
_DEFAULT_CANDIDATES = etree.XPath("w:style[@w:default or w:default]", namespaces=_XNS)
_BY_ID = etree.XPath("w:style[@w:styleId = $sid]", namespaces=_XNS)


class StyleSheet:
    """``styles.xml`` read once; resolved chains cached per style id.

    Each style's formatting is read only when a paragraph, run, list or table
    uses it: styles.xml lists a few hundred styles (Word writes every built-in
    one it ever offered) and a document uses a dozen, so reading them all up
    front cost more than the whole body walk.
    """

    def __init__(self, root: etree._Element | None) -> None:
        self._root: etree._Element | None = None
        self._elements: dict[str, tuple[etree._Element, str] | None] = {}  # id → (w:style, type), looked up once
        self._read: dict[str, _Style] = {}
        self.default_rpr = RunProps()
        self.default_ppr = ParaProps()
        self.default_para: str | None = None
        self.default_table: str | None = None
        self._rcache: dict[str, RunProps] = {}
        self._pcache: dict[str, ParaProps] = {}
        if root is None:
            return
        defaults = root.find(w("docDefaults"))
        if defaults is not None:
            self.default_rpr = read_rpr(defaults.find(f"{w('rPrDefault')}/{w('rPr')}")) or RunProps()
            self.default_ppr = read_ppr(defaults.find(f"{w('pPrDefault')}/{w('pPr')}")) or ParaProps()
        self._root = root
        # Only the few styles marked default are looked at here; the others when first named.
        for el in _DEFAULT_CANDIDATES(root):
            sid = el.get(_STYLE_ID)
            if not sid:
                continue
            kind = el.get(_TYPE) or "paragraph"
            if on_off(el.find(_DEFAULT)) or el.get(_DEFAULT) in ("1", "true"):
                if kind == "paragraph":
                    self.default_para = sid
                elif kind == "table":
                    self.default_table = sid

    def _element(self, sid: str) -> tuple[etree._Element, str] | None:
        """The ``w:style`` with this id (the last one, as when all were read in order) and its type."""
        if sid in self._elements:
            return self._elements[sid]
        found = None
        if self._root is not None and sid:
            matches = _BY_ID(self._root, sid=sid)
            if matches:
                el = matches[-1]
                found = (el, el.get(_TYPE) or "paragraph")
        self._elements[sid] = found
        return found

    def _style(self, sid: str) -> _Style | None:
        style = self._read.get(sid)
        if style is None:
            found = self._element(sid)
            if found is None:
                return None
            style = self._read[sid] = _read_style(*found)
        return style

    def _chain(self, sid: str | None) -> list[_Style]:
        """The style and its ancestors, root first (cycles cut)."""
        chain: list[_Style] = []
        seen: set[str] = set()
        while sid and sid not in seen and self._element(sid) is not None:
            seen.add(sid)
            style = self._style(sid)
            chain.append(style)
            sid = style.based_on
        return chain[::-1]

    def para_style_id(self, sid: str | None) -> str | None:
        """The paragraph style in force: the named one, else the document's default (Normal)."""
        return sid if sid and self._element(sid) is not None else self.default_para

    def name(self, sid: str | None) -> str | None:
        style = self._style(sid or "")
        if style is None or not style.name:
            return None
        return BabelFish.internal2ui(style.name)

    def run_props(self, sid: str | None) -> RunProps:
        """Run formatting a style gives (its chain only, no defaults)."""
        key = sid or ""
        if key not in self._rcache:
            props = RunProps()
            for style in self._chain(sid):
                props = props.over(style.rpr)
            self._rcache[key] = props
        return self._rcache[key]

    def para_props(self, sid: str | None) -> ParaProps:
        """Paragraph formatting a style gives (its chain only, no defaults)."""
        key = sid or ""
        if key not in self._pcache:
            props = ParaProps()
            for style in self._chain(sid):
                props = props.over(style.ppr)
            self._pcache[key] = props
        return self._pcache[key]

    def table_borders(self, sid: str | None) -> list[etree._Element]:
        """``w:tblBorders`` of a table style chain, root first (later ones win per edge)."""
        return [s.borders for s in self._chain(sid or self.default_table) if s.borders is not None]
