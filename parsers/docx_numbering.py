"""Word automatic numbering → the literal label a reader sees ("I.", "1.2.", "a)", "-").

In most DOCX directives the task numbers ("1.", "a)", "-") are not in the
text at all: Word draws them from ``numbering.xml``. A parser that ignores
that loses the whole task structure (docling and unstructured do). This
module mirrors what Word renders:

* ``w:num`` → ``w:abstractNum`` (through ``w:numStyleLink`` when a list
  style is used), ``w:lvlOverride`` with ``w:startOverride`` or a whole
  replacement ``w:lvl``;
* one running count per abstract list, shared by every ``w:num`` that uses
  it (Word continues a list across them); a ``w:startOverride`` resets its
  level the first time its ``w:num`` is used at that level ("Restart at 1",
  "Set value to 5"), and the shared count goes on from there — also when
  the document later returns to another ``w:num`` of the same list;
* deeper levels restart when a shallower one advances, unless ``w:lvlRestart``
  says otherwise (``0`` = never);
* ``w:lvlText`` templates ("%1.", "%1.%2.", "%2)", "Điều %1."), each ``%N``
  in the format of level N, or decimal under ``w:isLgl``;
* bullets mapped to the characters Vietnamese texts use ("-", "+", "•"), also
  from Symbol/Wingdings private-use glyphs.

Counting is stateful: call :meth:`Numbering.label` once per numbered
paragraph, in document order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from parsers.docx_styles import ParaProps, RunProps, StyleSheet, read_ppr, read_rpr
from parsers.docx_xml import mc, on_off, w, wattr

_PLACEHOLDER = "%"


@dataclass(frozen=True, slots=True)
class Level:
    """One ``w:lvl`` of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart: None = after any shallower level, 0 = never
    is_lgl: bool = False
    pstyle: str | None = None
    ppr: ParaProps | None = None
    rpr: RunProps | None = None
    picture_bullet: bool = False


@dataclass(slots=True)
class _Abstract:
    levels: dict[int, Level] = field(default_factory=dict)
    style_link: str | None = None  # w:numStyleLink: the real definition is behind a list style


@dataclass(slots=True)
class _Num:
    abstract_id: str
    starts: dict[int, int] = field(default_factory=dict)  # w:startOverride per level
    levels: dict[int, Level] = field(default_factory=dict)  # whole w:lvl overrides


@dataclass(frozen=True, slots=True)
class NumLabel:
    """A resolved label and the formatting Word gives it."""

    text: str
    ilvl: int
    ppr: ParaProps | None  # the level's indent
    rpr: RunProps | None  # the level's run formatting (bold "I.", a bullet's font)


def _int(el: etree._Element | None, default: int | None = None) -> int | None:
    val = wattr(el)
    try:
        return int(val) if val is not None else default
    except ValueError:
        return default


def _num_fmt(el: etree._Element) -> str:
    """``w:numFmt``, also when Word 2010 wraps a custom format in ``mc:AlternateContent``.

    The Choice holds ``w:numFmt w:val="custom" w:format="01, 02, 03, ..."``;
    the Fallback holds the nearest standard format, which is what we render.
    """
    fmt = el.find(w("numFmt"))
    if fmt is None:
        for alt in el.iterfind(mc("AlternateContent")):
            fmt = alt.find(f"{mc('Fallback')}/{w('numFmt')}")
            if fmt is not None:
                break
    return wattr(fmt) or "decimal"


def read_level(el: etree._Element) -> Level:
    text_el = el.find(w("lvlText"))
    return Level(
        start=_int(el.find(w("start")), 1) or 0,  # no w:start: Word counts from 1 (it always writes one)
        fmt=_num_fmt(el),
        text=(wattr(text_el) or "") if text_el is not None else "",
        restart=_int(el.find(w("lvlRestart"))),
        is_lgl=bool(on_off(el.find(w("isLgl")))),
        pstyle=wattr(el.find(w("pStyle"))),
        ppr=read_ppr(el.find(w("pPr"))),
        rpr=read_rpr(el.find(w("rPr"))),
        picture_bullet=el.find(w("lvlPicBulletId")) is not None,
    )


class Numbering:
    """``numbering.xml`` read once, plus the running counters of every list."""

    def __init__(self, root: etree._Element | None, styles: StyleSheet) -> None:
        self._styles = styles
        self._abstracts: dict[str, _Abstract] = {}
        self._nums: dict[str, _Num] = {}
        # running count per abstract list: level -> current value (absent = not started / restarted)
        self._counters: dict[str, dict[int, int]] = {}
        self._entered: set[tuple[str, int]] = set()  # (numId, level) already used: its override is spent
        if root is None:
            return
        for el in root.iterfind(w("abstractNum")):
            aid = wattr(el, "abstractNumId")
            if aid is None:
                continue
            abstract = _Abstract(style_link=wattr(el.find(w("numStyleLink"))))
            for lvl in el.iterfind(w("lvl")):
                ilvl = _ilvl(lvl)
                if ilvl is not None:
                    abstract.levels[ilvl] = read_level(lvl)
            self._abstracts[aid] = abstract
        for el in root.iterfind(w("num")):
            nid = wattr(el, "numId")
            aid = wattr(el.find(w("abstractNumId")))
            if nid is None or aid is None:
                continue
            num = _Num(abstract_id=aid)
            for ov in el.iterfind(w("lvlOverride")):
                ilvl = _ilvl(ov)
                if ilvl is None:
                    continue
                start = _int(ov.find(w("startOverride")))
                if start is not None:
                    num.starts[ilvl] = start
                lvl = ov.find(w("lvl"))
                if lvl is not None:
                    num.levels[ilvl] = read_level(lvl)
                    if start is None and lvl.find(w("start")) is not None:
                        # A replacement level with its own start restarts the list too.
                        num.starts[ilvl] = num.levels[ilvl].start
            self._nums[nid] = num

    # -- definitions ---------------------------------------------------------

    def _abstract_of(self, num_id: str) -> tuple[str, _Abstract] | None:
        """The abstract list behind a ``w:num``, following ``w:numStyleLink`` (one hop per link)."""
        num = self._nums.get(num_id)
        if num is None:
            return None
        aid = num.abstract_id
        for _ in range(4):  # list style → num → abstract; guard against loops
            abstract = self._abstracts.get(aid)
            if abstract is None:
                return None
            if not abstract.style_link:
                return aid, abstract
            linked = self._styles.para_props(abstract.style_link).num_id
            target = self._nums.get(linked or "")
            if target is None or target.abstract_id == aid:
                return aid, abstract
            aid = target.abstract_id
        return None

    def level(self, num_id: str, ilvl: int) -> Level | None:
        num = self._nums.get(num_id)
        if num is None:
            return None
        if ilvl in num.levels:
            return num.levels[ilvl]
        found = self._abstract_of(num_id)
        return found[1].levels.get(ilvl) if found else None

    def resolve(self, direct: ParaProps | None, style_id: str | None) -> tuple[str, int] | None:
        """(numId, ilvl) in force for a paragraph, or None when it is not numbered.

        Direct ``w:numPr`` wins over the paragraph style's; ``w:numId`` 0 means
        "no numbering" even when the style is numbered. A style-numbered
        paragraph without ``w:ilvl`` takes the level whose ``w:pStyle`` is its
        style (heading styles linked to outline levels).
        """
        style_pp = self._styles.para_props(style_id)
        d_num = direct.num_id if direct else None
        d_lvl = direct.ilvl if direct else None
        num_id = d_num if d_num is not None else style_pp.num_id
        if not num_id or num_id == "0" or num_id not in self._nums:
            return None
        if d_lvl is not None:
            return num_id, d_lvl
        if d_num is None and style_pp.ilvl is not None:
            return num_id, style_pp.ilvl
        if d_num is None and style_id:
            found = self._abstract_of(num_id)
            if found:
                for ilvl, lvl in found[1].levels.items():
                    if lvl.pstyle == style_id:
                        return num_id, ilvl
        return num_id, 0

    # -- counting ------------------------------------------------------------

    def label(self, num_id: str, ilvl: int) -> NumLabel | None:
        """Advance the list's counter for one paragraph and return the label it shows."""
        num = self._nums.get(num_id)
        found = self._abstract_of(num_id)
        if num is None or found is None:
            return None
        aid, _ = found
        lvl = self.level(num_id, ilvl)
        if lvl is None:
            return None
        counters = self._counters.setdefault(aid, {})
        first_use = (num_id, ilvl) not in self._entered
        self._entered.add((num_id, ilvl))
        if first_use and ilvl in num.starts:
            counters[ilvl] = num.starts[ilvl]  # "Restart numbering" / "Set numbering value"
        elif ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = self._start(num_id, num, ilvl)
        for deeper in [d for d in counters if d > ilvl]:
            restart = (self.level(num_id, deeper) or Level()).restart
            # w:lvlRestart is 1-based: level d restarts when a level shallower than it is used.
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]
        text = self._render(num_id, num, lvl, counters)
        if not text:
            return None
        return NumLabel(text=text, ilvl=ilvl, ppr=lvl.ppr, rpr=lvl.rpr)

    def _start(self, num_id: str, num: _Num, ilvl: int) -> int:
        if ilvl in num.starts:
            return num.starts[ilvl]
        lvl = self.level(num_id, ilvl)
        return lvl.start if lvl else 1

    def _render(self, num_id: str, num: _Num, lvl: Level, counters: dict[int, int]) -> str:
        if lvl.fmt == "bullet" or lvl.picture_bullet:
            return bullet_char(lvl.text, lvl.rpr.font if lvl.rpr else None, lvl.picture_bullet)
        out: list[str] = []
        template = lvl.text
        i = 0
        while i < len(template):
            ch = template[i]
            if ch == _PLACEHOLDER and i + 1 < len(template) and template[i + 1] in "123456789":
                k = int(template[i + 1]) - 1
                ref = self.level(num_id, k) or Level()
                value = counters.get(k)
                if value is None:
                    # A level not counted yet (a "1.1." before any "1.", or a "1.0.1." right after
                    # a "1."): Word shows one less than its start, as in its well-known "0.1" headings.
                    value = num.starts.get(k, ref.start) - 1
                fmt = "decimal" if lvl.is_lgl and ref.fmt not in ("none",) else ref.fmt
                out.append(format_number(value, fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        return "".join(out).strip()


def _ilvl(el: etree._Element) -> int | None:
    val = wattr(el, "ilvl")
    return int(val) if val is not None and val.isdigit() else None


# -- number formats -----------------------------------------------------------

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_VI_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    """Word's letters: a … z, then aa … zz, aaa … (not the Vietnamese a, b, c, d, đ, e)."""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _vietnamese_counting(n: int) -> str:
    """Word's ``vietnameseCounting`` format (một, hai, … mười một, hai mươi mốt)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _VI_DIGITS[ones]
    head = "mười" if tens == 1 else f"{_VI_DIGITS[tens]} mươi"
    if ones == 0:
        return head
    if ones == 1 and tens > 1:
        tail = "mốt"
    elif ones == 5:
        tail = "lăm"
    else:
        tail = _VI_DIGITS[ones]
    return f"{head} {tail}"


def format_number(n: int, fmt: str) -> str:
    """One counter value in a ``w:numFmt``; unknown formats fall back on decimal."""
    if fmt == "none":
        return ""
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "decimalZero":
        return f"{n:02d}" if 0 <= n < 10 else str(n)
    if fmt == "decimalEnclosedParen":
        return f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return f"{n}."
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "vietnameseCounting":
        return _vietnamese_counting(n)
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    return str(n)


# -- bullets ------------------------------------------------------------------

_DASHES = set("-–—−‐‑‒﹣－")
_DOTS = set("•●◦○▪■□◆◇►▸▶➢➤✓✔❖❑·∙⁃")
_SYMBOL_FONTS = ("symbol",)
_PICTURE_FONTS = ("wingdings", "webdings", "zapf", "monotype sorts")


def bullet_char(text: str, font: str | None, picture: bool = False) -> str:
    """The bullet a reader sees, as one of the marks Vietnamese texts use.

    Word stores Symbol/Wingdings bullets as private-use code points (U+F0B7
    is Symbol's "•", U+F02D its minus) that mean nothing without the font;
    a dash becomes "-", a plus "+", every dot, square, arrow or tick "•".
    """
    text = text.strip()
    if picture and not text:
        return "•"
    if not text:
        return ""
    family = (font or "").lower()
    out = []
    for ch in text:
        code = ord(ch)
        if 0xF000 <= code <= 0xF0FF:
            code -= 0xF000
            ch = chr(code)
            symbolic = True
        else:
            symbolic = family.startswith(_SYMBOL_FONTS + _PICTURE_FONTS)
        if symbolic and not family.startswith(_PICTURE_FONTS):
            # Symbol font (or an unnamed private-use glyph): minus and plus keep their meaning.
            out.append("-" if ch == "-" else "+" if ch == "+" else "*" if ch == "*" else "•")
        elif symbolic:
            out.append("•")  # Wingdings and friends: squares, arrows, ticks
        elif ch in _DASHES:
            out.append("-")
        elif ch in _DOTS or (ch == "o" and len(text) == 1):  # Courier New "o": a hollow bullet
            out.append("•")
        else:
            out.append(ch)
    return "".join(out)
