"""The signature zone: one signer per block of authority / title / name.

A block reads, top to bottom (NĐ 30 Phụ lục I §7; HD 36): zero to two
authority lines that start with a signing prefix ("TM. ỦY BAN NHÂN DÂN",
"KT. CHỦ TỊCH"; Party "T/M BAN THƯỜNG VỤ"), a title in CAPS ("PHÓ CHỦ TỊCH"),
then the signature and the name in title case. "T/M BỘ CHÍNH TRỊ" and
"T/M BAN BÍ THƯ" have no title line. Joint documents print two such blocks
side by side (two cells / columns) or one after the other.
"""

from __future__ import annotations

import re

from extract import vocab
from extract.contract import Signer
from extract.zones import is_caps, looks_like_name
from parsers.layout import Block

# Lines that are not part of the signer: transcription notes, stamp text boxes.
_NOISE = re.compile(
    r"^\(?\s*(?:đã ký|ký|chữ ký|ký tên|ký, ghi rõ|ký và đóng dấu|đã ký và đóng dấu|dấu)\b[^)]*\)?\.?$"
    r"|^(?:Người ký|Ký bởi|Thời gian ký|Cơ quan|Email|Ngày ký)\s*:"
    r"|^[\s\-_–—=.*~·]*$", re.IGNORECASE)
# Words of body names, never of a person's name.
_ORG_WORD = re.compile(r"\b(?:BAN|ỦY BAN|UỶ BAN|SỞ|BỘ|PHÒNG|TỈNH|THÀNH PHỐ|THÀNH ỦY|ĐẢNG|HỘI ĐỒNG|CỤC|VIỆN|"
                       r"CÔNG TY|CÔNG AN|NHÂN DÂN|XÃ|PHƯỜNG|HUYỆN|QUẬN|CHÍNH PHỦ|TRUNG ƯƠNG|TỔNG CỤC|VĂN PHÒNG|"
                       r"NHÀ NƯỚC|ĐẠI HỌC)\b")  # not THÀNH, CÔNG, TRƯỜNG, ĐOÀN, VĂN: also names
# Authority and title glued on one line by a backend ("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ").
_TITLE_TAIL = re.compile(rf"^(?P<auth>{vocab.SIGN_PREFIX}\s*\S.*?)\s+"
                         rf"(?P<title>(?:PHÓ\s+)?(?:{vocab.TITLE_HEADS})(?:\s+THƯỜNG TRỰC)?)$")


def _groups(blocks: list[Block]) -> list[list[str]]:
    """Lines of each side-by-side signature area (table cell, or PDF column), in order."""
    groups: dict[object, list[str]] = {}
    for b in blocks:
        if b.cell is not None:
            key: object = ("cell", b.cell.table, b.cell.row, b.cell.col)
        elif b.column is not None:
            key = ("col", b.column)
        else:
            key = "flow"
        groups.setdefault(key, []).extend(_block_lines(b))
    return [g for g in groups.values() if g]


def _block_lines(b: Block) -> list[str]:
    """A block's printed lines: each line is one when it is a signature unit, else the block is."""
    lines = [ln.text.strip() for ln in b.lines if ln.text.strip()]
    if len(lines) > 1 and all(_is_unit(t) for t in lines):
        return lines
    return [b.text.strip()] if b.text.strip() else []


def _is_unit(t: str) -> bool:
    return bool(vocab.SIGN_PREFIX_RE.match(t) or vocab.TITLE_RE.match(t) or looks_like_name(t) or _NOISE.match(t))


def _split_signers(lines: list[str]) -> list[list[str]]:
    """One flow of lines → the lines of each signer (a new block starts after a name)."""
    out: list[list[str]] = [[]]
    seen_name = False
    for t in lines:
        if _NOISE.match(t):
            continue
        starts = vocab.SIGN_PREFIX_RE.match(t) or (is_caps(t) and vocab.TITLE_RE.match(t))
        if seen_name and starts:
            out.append([])
            seen_name = False
        out[-1].append(t)
        if looks_like_name(t) and not is_caps(t):
            seen_name = True
    return [g for g in out if g]


def _signer(lines: list[str]) -> Signer | None:
    authority: list[str] = []
    caps: list[str] = []
    name: str | None = None
    for t in lines:
        if vocab.SIGN_PREFIX_RE.match(t) and not caps:
            authority.append(t)
        elif is_caps(t):
            caps.append(t)
        elif looks_like_name(t) or (name is None and (caps or authority)):
            name = t.rstrip(".")
    # A name printed in CAPS ("NGUYỄN VĂN AN") under a title: a person, not more title.
    if (name is None and len(caps) >= 2 and vocab.TITLE_RE.match(caps[-2]) and not vocab.TITLE_RE.match(caps[-1])
            and 2 <= len(caps[-1].split()) <= 5 and not _ORG_WORD.search(caps[-1])):
        name = caps.pop()
    title: str | None = None
    if caps and not authority:
        # A head signing directly: the CAPS lines are one title, wrapped in a narrow
        # cell ("GIÁM ĐỐC" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO").
        title = " ".join(caps)
    elif caps:
        # The title starts at the first line that reads as one ("PHÓ CHỦ TỊCH");
        # CAPS lines above it wrap the authority ("TM. BAN CHẤP HÀNH ĐẢNG BỘ" /
        # "TỈNH NGHỆ AN" / "BÍ THƯ"). Without such a line the last one is the title.
        at = next((k for k, t in enumerate(caps) if vocab.TITLE_RE.match(t)), len(caps) - 1)
        title = " ".join(caps[at:])
        authority.extend(caps[:at])
    elif authority:
        # No title line: either a collective without one ("T/M BAN BÍ THƯ") or
        # authority and title glued on one line by the backend.
        m = _TITLE_TAIL.match(authority[-1])
        if m and not re.search(r"\bBAN$", m.group("auth")):
            authority[-1] = m.group("auth")
            title = m.group("title")
    if not (authority or title or name):
        return None
    return Signer(authority=" ".join(authority) or None, title=title, name=name)


def read_signers(blocks: list[Block]) -> list[Signer]:
    """Every signer of the document, left to right / top to bottom."""
    out: list[Signer] = []
    for group in _groups(blocks):
        for lines in _split_signers(group):
            s = _signer(lines)
            if s and s.name and len(s.name.split()) > 6:
                # Two signers' lines merged across columns by the extractor: the
                # parts cannot be told apart reliably, so report none rather than one wrong.
                continue
            if s and (s.authority or s.title):
                out.append(s)
            elif s and s.name and out and out[-1].name is None:
                out[-1].name = s.name
    return out
