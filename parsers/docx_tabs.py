"""Header and footer typed with tabs instead of a table → left/right columns.

Most offices lay out "issuer | motto" and "Nơi nhận | signer" as a
borderless table, but many documents type them with tabs (or runs of
spaces): ``⇥UBND TỈNH X⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`` on two centre
tab stops, ``Nơi nhận:⇥⇥⇥KT. GIÁM ĐỐC``, ``⇥⇥⇥Nguyễn Văn A``. Read as one
line the two sides glue together ("- Như trên; PHÓ GIÁM ĐỐC"), as in a PDF
read row by row.

Where a text goes: with custom tab stops (``w:tabs``) each tab moves the
text to the next stop, so its place on the line is known (text widths are
estimated from the font size); the half of the text area its middle falls
in is its column. With Word's default stops, a gap (tabs, or four spaces or
more) with text on both sides splits a line, and a line that starts with a
gap is pushed right.

Like the PDF column splitter, a zone is only opened by what starts one — the
motto on the right among the first paragraphs, "Nơi nhận:" on the left or a
signing prefix (TM., KT., …) on the right — and grows while the following
paragraphs keep the two-column shape. Tabs elsewhere (a first-line indent,
"Tổng số:⇥120") are left alone. Left blocks come first, then right blocks,
as the PDF backend orders a zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.docx_runs import Piece, make_lines
from parsers.layout import Block
from parsers.textfix import SIGNING_PREFIX

# A gap between two columns: tabs, or a long run of spaces typed to push text right.
_GAP = re.compile(r"\t[\t ]*|[ \u00a0]{4,}")
_MARKER_ONLY = re.compile(r"^(?:[-+•*–]|\d+[.)]|[a-zđ]\)|[IVXLC]+\.)$")
_MOTTO = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN)\b", re.IGNORECASE)
_RECIPIENTS = re.compile(r"^\W*N[ơo]i\s+nh[ậa]n\b", re.IGNORECASE)
_ITEM = re.compile(r"^\s*[-+•–]")
_HEADER_START = 3  # the motto line must be among the first paragraphs of the document
_DEFAULT_TAB = 720  # twips; Word's default tab stops every half inch
_PUSHED_MAX = 60  # characters: longer lines after a leading tab are indented paragraphs
_CHAR_EM = 0.5  # average Vietnamese character width in Times New Roman, in ems


@dataclass(slots=True)
class Gapped:
    """A paragraph with a tab or a long space run: its pieces and where its tab stops are."""

    pieces: list[list[Piece]]
    stops: tuple[tuple[int, str], ...] | None  # custom tab stops, None = Word's defaults
    indent: int = 0  # left indent, twips
    width: int = 9355  # text area width, twips (A4 with the margins of NĐ 30)


def has_gap(pieces: list[list[Piece]]) -> bool:
    return any(_GAP.search("".join(p.text for p in line)) for line in pieces)


def _text_width(text: str, size: float) -> float:
    return len(text) * size * _CHAR_EM * 20


def _positioned(raw: str, para: Gapped, size: float) -> tuple[int, int] | None:
    """Cut by tab-stop geometry: (end of left text, start of right text) in ``raw``."""
    stops = para.stops or ()
    x = float(para.indent)
    first_right = None
    last_left_end = 0
    offset = 0
    for k, part in enumerate(raw.split("\t")):
        width = _text_width(part.strip(), size)
        start = x
        if k:
            stop = next(((pos, kind) for pos, kind in stops if pos > x + 1), None)
            if stop is None:
                stop = ((int(x) // _DEFAULT_TAB + 1) * _DEFAULT_TAB, "left")
            pos, kind = stop
            start = pos - width / 2 if kind == "center" else pos - width if kind == "right" else pos
        x = start + width
        if part.strip():
            if start + width / 2 >= para.width / 2:
                if first_right is None:
                    first_right = offset
            elif first_right is None:
                last_left_end = offset + len(part)
        offset += len(part) + 1
    if first_right is None:
        return len(raw), len(raw)  # all on the left
    return last_left_end, first_right


def _gap_cut(raw: str) -> tuple[int, int] | None:
    """Cut at the widest gap with text on both sides; a leading gap pushes the whole line right."""
    stripped = raw.rstrip()
    lead = re.match(r"[\t ]*", stripped).group(0)
    rest = stripped[len(lead):]
    if ("\t" in lead or len(lead) >= 4) and rest and not _GAP.search(rest):
        # A short line pushed right (a signer's title or name); a long one is a first-line indent.
        return (0, len(lead)) if len(rest) <= _PUSHED_MAX else None
    best = None
    for m in _GAP.finditer(stripped):
        left, right = stripped[:m.start()].strip(), stripped[m.end():].strip()
        if not left or not right or _MARKER_ONLY.match(left):
            continue
        if best is None or len(m.group(0).replace(" ", "")) > len(best.group(0).replace(" ", "")):
            best = m
    return (best.start(), best.end()) if best else None


def _cut(line: list[Piece], para: Gapped) -> tuple[int, int] | None:
    """Where a line divides: left text is ``raw[:at]``, right text ``raw[resume:]``; None = no columns."""
    raw = "".join(p.text for p in line)
    if not raw.strip():
        return None
    if para.stops and "\t" in raw:
        sizes = [p.props.size for p in line if p.props.size]
        at, resume = _positioned(raw, para, sizes[0] if sizes else 13.0)
        left = raw[:at].strip()
        if left and _MARKER_ONLY.match(left) and raw[resume:].strip():
            return None  # "1.⇥Text": a typed label and its tab
        return at, resume
    return _gap_cut(raw)


def _sides(para: Gapped) -> tuple[bool, bool, bool]:
    """(has left text, has right text, placed by tabs) over the paragraph's lines."""
    left = right = placed = False
    for line in para.pieces:
        raw = "".join(p.text for p in line)
        cut = _cut(line, para)
        if cut is None:
            left = left or bool(raw.strip())
            continue
        placed = True
        left = left or bool(raw[:cut[0]].strip())
        right = right or bool(raw[cut[1]:].strip())
    return left, right, placed


def _parts(para: Gapped) -> tuple[str, str]:
    """Left and right text of the first line that has columns."""
    for line in para.pieces:
        cut = _cut(line, para)
        if cut is not None:
            raw = "".join(p.text for p in line)
            return raw[:cut[0]].strip(), raw[cut[1]:].strip()
    return "", ""


def _split_pieces(line: list[Piece], at: int, resume: int) -> tuple[list[Piece], list[Piece]]:
    """Pieces before character ``at`` and from character ``resume`` on."""
    left: list[Piece] = []
    right: list[Piece] = []
    pos = 0
    for piece in line:
        end = pos + len(piece.text)
        if end <= at:
            left.append(piece)
        elif pos >= resume:
            right.append(piece)
        else:
            if pos < at:
                left.append(Piece(piece.text[:at - pos], piece.props))
            if end > resume:
                right.append(Piece(piece.text[max(0, resume - pos):], piece.props))
        pos = end
    return left, right


def _halves(block: Block, para: Gapped | None, plain_side: int) -> tuple[Block | None, Block | None]:
    """The block's left and right parts (either may be None)."""
    if para is None:
        moved = replace(block, column=plain_side)
        return (moved, None) if plain_side == 0 else (None, moved)
    left_lines: list[list[Piece]] = []
    right_lines: list[list[Piece]] = []
    for line in para.pieces:
        cut = _cut(line, para)
        if cut is None:
            (left_lines if plain_side == 0 else right_lines).append(line)
            continue
        left, right = _split_pieces(line, *cut)
        left_lines.append(left)
        right_lines.append(right)
    out: list[Block | None] = []
    for column, lines in ((0, left_lines), (1, right_lines)):
        made = make_lines(lines)
        out.append(replace(block, lines=made, column=column, list_label=block.list_label if column == 0 else None,
                           indent=block.indent if column == 0 else None) if made else None)
    return out[0], out[1]


def _trigger(blocks: list[Block], gapped: dict[int, Gapped], i: int) -> str | None:
    block = blocks[i]
    para = gapped.get(id(block))
    left, right = _parts(para) if para else ("", "")
    if i < _HEADER_START and right and _MOTTO.match(right):
        return "header"
    if (left and _RECIPIENTS.match(left) and right) or (right and SIGNING_PREFIX.match(right)):
        return "footer"
    if _RECIPIENTS.match(block.text) and i + 1 < len(blocks) and id(blocks[i + 1]) in gapped:
        return "footer"  # "Nơi nhận:" alone, the signer pushed right on the next lines
    return None


def _zone(blocks: list[Block], gapped: dict[int, Gapped], i: int, kind: str) -> list[tuple[Block, int]]:
    """Blocks of the zone starting at ``i``, each with the side its untabbed lines go to."""
    out: list[tuple[Block, int]] = []
    for j in range(i, len(blocks)):
        block = blocks[j]
        if block.cell is not None or block.column is not None:
            break
        para = gapped.get(id(block))
        _, right, placed = _sides(para) if para else (False, False, False)
        if placed or right:
            out.append((block, 0))
        elif j == i or (kind == "footer" and (_ITEM.match(block.text) or _RECIPIENTS.match(block.text))):
            out.append((block, 0))  # the recipients list on the left
        elif kind == "footer" and (block.indent or 0) >= 180:
            out.append((block, 1))  # a signer line pushed right by its indent
        else:
            break
    return out


def split_tab_columns(blocks: list[Block], gapped: dict[int, Gapped]) -> list[Block]:
    """Blocks with tab-typed two-column zones turned into left (column 0) and right (column 1) blocks."""
    if not gapped:
        return blocks
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        kind = _trigger(blocks, gapped, i) if blocks[i].cell is None and blocks[i].column is None else None
        zone = _zone(blocks, gapped, i, kind) if kind else []
        halves = [_halves(b, gapped.get(id(b)), side) for b, side in zone]
        lefts = [left for left, _ in halves if left is not None]
        rights = [right for _, right in halves if right is not None]
        if not (lefts and rights):
            out.append(blocks[i])
            i += 1
            continue
        out.extend(lefts)
        out.extend(rights)
        i += len(zone)
    return out
