"""The header zone: issuer, number and symbol, place and date, type, subject, addressees.

Input is the header zone from :mod:`extract.zones`: the two-column top (a
table, PDF columns, or the same lines stacked in plain text), the type line
and subject, and "Kính gửi". Every component is recognised by its pattern
first and by its column second (domain notes §6: "identify components by
pattern, not by order"), so the same code reads a DOCX table, an interleaved
PDF and a header glued into one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from extract import vocab
from extract.contract import DocType, Issuer
from extract.textkey import fold
from extract.zones import is_caps, is_number_line, type_prefix
from parsers.layout import Block


@dataclass(slots=True)
class HeaderFields:
    """What the header zone yields; also carries what later readers need (regime, parsed symbol)."""

    issuer: Issuer = field(default_factory=Issuer)
    number_symbol: str | None = None
    doc_type: DocType = field(default_factory=DocType)
    place: str | None = None
    date: date | None = None
    subject: str | None = None
    addressees: list[str] = field(default_factory=list)
    regime: str | None = None  # "state" | "party", from the motto line (else from the symbol)
    symbol: vocab.Symbol | None = None  # the parsed number_symbol
    type_line: str | None = None  # the type name as printed ("CHỈ THỊ"), None for a công văn
    has_vv: bool = False  # a "V/v …" (or Party "về việc …") subject line: the mark of a công văn


@dataclass(slots=True)
class _Line:
    """One header component with where it stood (column, table row, block), for pairing by position."""

    text: str
    column: int | None
    bold: bool
    block: int
    cell: tuple[int, int] | None = None  # (table, row)


# ---------------------------------------------------------------------------
# patterns
# ---------------------------------------------------------------------------

_KINH_GUI = vocab.KINH_GUI_LABEL_RE
# Công văn subject prefixes: "V/v", "V/v:", "V.v", and the 2026 Party "về việc".
_VV = re.compile(r"^\W*(?:V\s*/\s*v|V\.v|V/V|Về việc|về việc|VỀ VIỆC)\b\s*[:.]?\s*")
_ITEM = vocab.ITEM_MARK_RE
# "Số:" alone on its line, the symbol on the next one.
_NUMBER_WORD_ALONE = re.compile(rf"{vocab.NUMBER_WORD}\s*:?")
# Boxed stamps printed near the number block: never part of the issuer.
_STAMPS = re.compile(r"^(?:MẬT|TỐI MẬT|TUYỆT MẬT|KHẨN|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC|DỰ THẢO|BẢN CHÍNH|"
                     r"XEM XONG TRẢ LẠI|LƯU HÀNH NỘI BỘ|TÀI LIỆU HỘI NGHỊ)\b", re.IGNORECASE)
# A line that continues the issuer name above it rather than naming a new body:
# the locality of "ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN", the "TRUNG ƯƠNG" of a
# wrapped "BAN CHẤP HÀNH", the end of "SỞ GIÁO DỤC" / "VÀ ĐÀO TẠO". A locality
# word followed by ỦY/ĐOÀN names a body of its own ("TỈNH ỦY NGHỆ AN").
_LOCALITY = re.compile(r"^(?:TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|KHU VỰC)\b"
                       r"(?!\s+(?:ỦY|UỶ|ĐOÀN)\b)")
_CONTINUES = re.compile(r"^(?:VÀ|CỦA|TRUNG ƯƠNG|VIỆT NAM|CHÍNH PHỦ|NHÀ NƯỚC|QUỐC GIA|SỐ \d+|&)\b")
_INCOMPLETE = re.compile(r"(?:\b(?:VÀ|CỦA|BAN CHẤP HÀNH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|"
                         r"HỘI ĐỒNG NHÂN DÂN|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG)|[,&-])$")

def _style_runs(block: Block) -> list[tuple[str, bool]]:
    """The block's lines joined while their weight stays the same.

    A block's lines may be hard wraps of one printed line ("VĂN" / "PHÒNG CHÍNH
    PHỦ" in a narrow cell) or separate printed lines; a change of weight is what
    tells a subject wrapped over lines from the bold "THỦ TƯỚNG CHÍNH PHỦ điện:"
    under it, so lines are joined within a run of equal weight only.
    """
    runs: list[tuple[str, bool]] = []
    for ln in block.lines:
        text = ln.text.strip()
        if not text:
            continue
        # Outside a two-column zone, two short CAPS lines are two printed lines
        # ("ĐẢNG BỘ TỈNH NGHỆ AN" / "ĐẢNG ỦY XÃ HƯNG NGUYÊN"), not a wrap.
        stacked = (block.column is None and runs and is_caps(runs[-1][0]) and is_caps(text)
                   and len(text) < 60 and len(runs[-1][0]) < 60)
        if (runs and runs[-1][1] == ln.bold and not stacked and not vocab.is_rule(text)
                and not vocab.is_rule(runs[-1][0])):
            runs[-1] = (f"{runs[-1][0]} {text}", ln.bold)
        else:
            runs.append((text, ln.bold))
    return runs


def _lines(blocks: list[Block]) -> list[_Line]:
    out: list[_Line] = []
    for k, b in enumerate(blocks):
        cell = (b.cell.table, b.cell.row) if b.cell else None
        for text, bold in _style_runs(b):
            pieces = vocab.explode_header_line(text)
            for piece in pieces:
                out.append(_Line(piece, b.column, bold, k, cell))
    # "Số:" alone with the symbol on the next line (a cell broken by the extractor).
    merged: list[_Line] = []
    for ln in out:
        if merged and _NUMBER_WORD_ALONE.fullmatch(merged[-1].text) and vocab.parse_symbol(ln.text):
            merged[-1] = _Line(merged[-1].text + " " + ln.text, merged[-1].column, merged[-1].bold,
                               merged[-1].block, merged[-1].cell)
            continue
        merged.append(ln)
    return merged


def _clean(text: str) -> str:
    text = re.sub(r"\s*[-_–—=.]{3,}\s*$", "", text)  # a rule typed at the end of the subject
    return re.sub(r"\s+", " ", text).strip().strip("\"“”")


# ---------------------------------------------------------------------------
# issuer
# ---------------------------------------------------------------------------

def _group_issuer(lines: list[str]) -> list[str]:
    """Join wrapped issuer lines; each group is one body ("ỦY BAN NHÂN DÂN" + "TỈNH NGHỆ AN")."""
    groups: list[str] = []
    for t in lines:
        if groups and (_LOCALITY.match(t) or _CONTINUES.match(t) or _INCOMPLETE.search(groups[-1])):
            groups[-1] = f"{groups[-1]} {t}"
        else:
            groups.append(t)
    return groups


def _issuer(lines: list[str]) -> Issuer:
    """Superior body (regular) above the issuing body (bold): the last group is the issuer."""
    groups = _group_issuer([_clean(t) for t in lines if _clean(t)])
    if not groups:
        return Issuer()
    return Issuer(name=groups[-1], parent=" ".join(groups[:-1]) or None)


def _is_received_stamp(text: str) -> bool:
    """The "CÔNG VĂN ĐẾN / Số … / Ngày …" stamp of the receiving office, OCR'd into the header."""
    key = re.sub(r"[^a-z ]", " ", fold(text))
    # No issuing body is called "Công văn …", so any such line in the header is the stamp.
    return bool(re.search(r"^\s*cong van\b|\bden\s+so\b|^\s*den\s*$", key))


def _issuer_candidate(ln: _Line) -> bool:
    t = ln.text
    if _is_received_stamp(t):
        return False
    return (is_caps(t) and not vocab.is_motto(t) and not vocab.is_rule(t) and t != "*" and not _STAMPS.match(t)
            and not is_number_line(t) and len(t) <= 90 and not vocab.PLACE_DATE_RE.search(t)
            and vocab.type_by_name(t) is None)


# ---------------------------------------------------------------------------
# the reader
# ---------------------------------------------------------------------------

def _doc_type(head: HeaderFields) -> DocType:
    """Type from the type line; a công văn has none (V/v line, or a symbol with no type code)."""
    sym = head.symbol
    if sym and sym.type_code == "VBHN":
        # A consolidated text keeps the type line of the text it consolidates ("THÔNG TƯ").
        return DocType(code="VBHN", name="Văn bản hợp nhất")
    if head.type_line:
        hit = vocab.type_by_name(head.type_line, head.regime)
        if hit:
            code, name = hit
            # Keep the symbol's own code when it names the same type (QĐi vs QĐ, QyĐ).
            if sym and sym.type_code and vocab.type_by_code(sym.type_code, sym.regime) == name:
                code = sym.type_code
            return DocType(code=code, name=name)
    if head.has_vv:
        return DocType(code="CV", name="Công văn")
    if sym:
        if sym.regime == "state" and sym.type_code is None:
            return DocType(code="CV", name="Công văn")
        if sym.type_code:
            name = vocab.type_by_code(sym.type_code, sym.regime)
            if name:
                return DocType(code="CV" if name == "Công văn" else sym.type_code, name=name)
    return DocType()


def _addressees(first: str, following: list[str]) -> list[str]:
    """Each addressee after "Kính gửi:" — inline, "; "-separated, or one per "- …;" item."""
    raw: list[str] = []
    inline = _KINH_GUI.sub("", first).strip() if _KINH_GUI.match(first) else ""
    if inline:
        raw.extend(re.split(r"(?:^|[;,.]?\s+)[-–•]\s+", inline) if re.search(r"(?:^|\s)[-–•]\s", inline)
                   else inline.split(";"))
    current: str | None = None
    for t in following:
        if _ITEM.match(t):
            if current is not None:
                raw.append(current)
            current = _ITEM.sub("", t)
        elif current is not None:
            current += " " + t  # a wrapped item
        else:
            raw.append(t)
    if current is not None:
        raw.append(current)
    out = []
    for a in raw:
        a = re.sub(r"^\s*[-–•+]\s*", "", a)
        a = re.sub(r"\s*[;,.]+\s*$", "", a.strip())
        if a:
            out.append(a)
    return out


def read_header(blocks: list[Block]) -> HeaderFields:
    """Every header field this zone holds; absent ones stay None/[]."""
    head = HeaderFields()
    lines = _lines(blocks)
    if not lines:
        return head
    two_column = any(ln.column is not None for ln in lines)

    # Regime from the motto (§1: decided by the header, not by the symbol).
    for ln in lines:
        key = fold(ln.text)
        if "dang cong san viet nam" in key:
            head.regime = "party"
            break
        if key.startswith(("cong hoa xa hoi", "doc lap")):
            head.regime = "state"
            break

    # Where the top part ends: the type line, or Kính gửi, whichever comes first.
    top_end = len(lines)
    if lines[0].column is not None:
        # A two-column zone (table or PDF columns) is the top; what follows is not —
        # nor a type line that a table holds in a merged row under the number.
        top_end = next((k for k, ln in enumerate(lines) if ln.column is None or
                        (k > 2 and is_caps(ln.text) and vocab.type_by_name(ln.text) and
                         any(is_number_line(x.text) for x in lines[:k]))), len(lines))
    for k, ln in enumerate(lines[:top_end]):
        if ln.column is None and ((vocab.type_by_name(ln.text) and is_caps(ln.text)) or
                                  (type_prefix(ln.text) and k > 0)):
            top_end = k
            break
        if _KINH_GUI.match(ln.text) and ln.column is None:
            top_end = k
            break
    # A consolidated text's own issuer/number/date block comes last (zones put it
    # there); read it as the top, apart from the title block of the first page.
    auth_at = next((k for k, ln in enumerate(lines) if "XÁC THỰC VĂN BẢN HỢP NHẤT" in ln.text.upper()), None)
    auth: list[_Line] = []
    if auth_at is not None:
        auth = [_Line(t, ln.column, ln.bold, ln.block, ln.cell) for ln in lines[auth_at:]
                for t in re.split(r"\s*XÁC THỰC VĂN BẢN HỢP NHẤT\s*", ln.text, flags=re.IGNORECASE) if t]
        lines = lines[:auth_at]
        top_end = min(top_end, len(lines))
    top, rest = lines[:top_end], lines[top_end:]
    if top and vocab.type_by_name(top[-1].text) and is_caps(top[-1].text) and top[-1].column == 1:
        head.type_line = top[-1].text  # the type line landed in a header column (OCR, PDF)
    if auth:
        top = [ln for ln in top if _STAMPS.match(ln.text) is None and not _is_received_stamp(ln.text)
               and not _issuer_candidate(ln)] + auth

    # Number line (left column: never from the right column).
    number_at = None
    for k, ln in enumerate(top):
        if ln.column != 1 and is_number_line(ln.text):
            head.symbol = vocab.parse_symbol(ln.text)
            head.number_symbol = head.symbol.text if head.symbol else None
            number_at = k
            break
    if head.regime is None and head.symbol:
        head.regime = "party" if head.symbol.regime == "party" else "state"

    # Place and date: the right column first, so the place never swallows the number line.
    order = sorted(top, key=lambda ln: 0 if ln.column == 1 else 1)
    # A date line broken by the extractor ("Hà Nội, ngày 05 tháng 01" / "năm 2026"):
    # also try each line joined with the next one of its column.
    pairs = [_Line(f"{a.text} {b.text}", a.column, a.bold, a.block, a.cell)
             for a, b in pairwise(top) if a.column == b.column and not is_number_line(b.text)]
    for ln in order + sorted(pairs, key=lambda ln: 0 if ln.column == 1 else 1):
        m = vocab.PLACE_DATE_RE.search(ln.text)
        if m:
            place = _clean(m.group("place"))
            place = re.sub(r"^.*(?:Hạnh phúc|VIỆT NAM)\s*", "", place).strip(" *-")
            head.place = place or None
            head.date = vocab.parse_date(m.group("date"))
            break

    # Issuer: CAPS lines of the left column above the number line.
    left_upper = [ln for ln in (top[:number_at] if number_at is not None else top)
                  if (ln.column in (0, None) or not two_column)]
    head.issuer = _issuer([ln.text for ln in left_upper if _issuer_candidate(ln)])

    # V/v subject of a công văn: the left column under the number line, wraps included.
    subject_lines: list[str] = []
    kinh_gui_at: int | None = None
    if number_at is not None:
        for ln in top[number_at + 1:]:
            if _KINH_GUI.match(ln.text):
                break
            if ln.column == 1 or vocab.PLACE_DATE_RE.search(ln.text) or vocab.is_motto(ln.text):
                continue
            if _STAMPS.match(ln.text) and is_caps(ln.text) and len(ln.text) < 30:
                continue  # a "KHẨN"/"MẬT" stamp printed under the V/v line
            if subject_lines or _VV.match(ln.text) or (ln.column == 0 and not is_caps(ln.text)):
                if _VV.match(ln.text):
                    head.has_vv = True
                if vocab.is_rule(ln.text):
                    break
                subject_lines.append(_VV.sub("", ln.text) if not subject_lines else ln.text)
    if not subject_lines:
        for ln in top:
            if _VV.match(ln.text) and ln.column != 1:
                head.has_vv = True
                subject_lines.append(_VV.sub("", ln.text))

    # Kính gửi inside the two-column zone: a table row of its own (label left, list
    # right), or the left column of a PDF with its list below the zone.
    k = 0
    for j, ln in enumerate(top):
        if _KINH_GUI.match(ln.text):
            kinh_gui_at = j
            same_row = [x.text for x in top[j + 1:] if (ln.cell is not None and x.cell == ln.cell)
                        or (ln.cell is None and x.column == ln.column)]
            same_row = [t for t in same_row if not (vocab.is_motto(t) or vocab.is_rule(t) or t in "*_"
                                                    or vocab.PLACE_DATE_RE.search(t))]
            below: list[str] = []
            while k < len(rest) and _ITEM.match(rest[k].text):
                below.append(rest[k].text)
                k += 1
                if below[-1].rstrip().endswith("."):
                    break
            head.addressees = _addressees(ln.text, same_row + below)
            break

    # Type line, subject under it, Kính gửi / "… điện:" and the addressee list.
    if k < len(rest) and not _KINH_GUI.match(rest[k].text):
        first = rest[k].text
        pref = type_prefix(first)
        if vocab.type_by_name(first):
            head.type_line = first
            k += 1
        elif pref:
            head.type_line = pref[0]
            rest[k] = _Line(pref[1], rest[k].column, rest[k].bold, rest[k].block)
        typed_subject: list[str] = []
        while k < len(rest) and not _KINH_GUI.match(rest[k].text):
            t = rest[k].text
            if vocab.DIEN_RE.search(t):
                break
            if not vocab.is_rule(t):
                typed_subject.append(t)
            k += 1
        if typed_subject and (head.type_line or not subject_lines):
            subject_lines = typed_subject
    if k < len(rest) and kinh_gui_at is None:
        head.addressees = _addressees(rest[k].text, [x.text for x in rest[k + 1:]])

    subject = _clean(" ".join(subject_lines))
    head.subject = subject or None
    head.doc_type = _doc_type(head)
    return head
