"""Header and footer typed with tabs instead of a table → left/right columns.

Most offices lay out "issuer | motto" and "Nơi nhận | signer" as a
borderless table, but many documents type them with tabs (or runs of
spaces): ``UBND TỈNH X⇥⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``,
``Nơi nhận:⇥⇥⇥KT. GIÁM ĐỐC``, ``⇥⇥⇥Nguyễn Văn A``. Read as one line the two
sides glue together ("- Như trên; PHÓ GIÁM ĐỐC"), as in a PDF read row by
row. Like the PDF column splitter, a zone is only opened by what starts one
— the motto on the right at the top of the document, "Nơi nhận:" on the
left or a signing prefix (TM., KT., …) on the right — and grows while the
following paragraphs keep the two-column shape. Tabs elsewhere (a first-line
indent, "Tổng số:⇥120") are left alone. Left blocks come first, then right
blocks, as the PDF backend orders a zone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.docx_runs import Piece, make_lines
from parsers.layout import Block

# A gap between two columns: tabs, or a long run of spaces typed to push text right.
_GAP = re.compile(r"\t[\t ]*|[ \u00a0]{4,}")
_MARKER_ONLY = re.compile(r"^(?:[-+•*–]|\d+[.)]|[a-zđ]\)|[IVXLC]+\.)$")
_MOTTO = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN)\b", re.IGNORECASE)
_RECIPIENTS = re.compile(r"^\W*N[ơo]i\s+nh[ậa]n\b", re.IGNORECASE)
_SIGNING = re.compile(r"^(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\.M|K\.T|T\.L)[.\s]")
_ITEM = re.compile(r"^\s*[-+•–]")
_HEADER_START = 3  # the motto line must be among the first paragraphs of the document


def has_gap(pieces: list[list[Piece]]) -> bool:
    return any(_GAP.search("".join(p.text for p in line)) for line in pieces)


def _cut(raw: str) -> tuple[str, str] | None:
    """(left, right) of a line at its widest gap with text on both sides; ("", text) when it starts with a gap."""
    stripped = raw.rstrip()
    lead = re.match(r"[\t ]*", stripped).group(0)
    rest = stripped[len(lead):]
    if ("\t" in lead or len(lead) >= 4) and rest and not _GAP.search(rest):
        return "", rest
    best = None
    for m in _GAP.finditer(stripped):
        left, right = stripped[:m.start()].strip(), stripped[m.end():].strip()
        if not left or not right or _MARKER_ONLY.match(left):
            continue
        if best is None or len(m.group(0).replace(" ", "")) > len(best.group(0).replace(" ", "")):
            best = m
    if best is None:
        return None
    return stripped[:best.start()], stripped[best.end():]


def _shape(pieces: list[list[Piece]]) -> str:
    """"split" (text on both sides of a gap), "right" (pushed right by a leading gap) or "plain"."""
    cuts = [_cut("".join(p.text for p in line)) for line in pieces]
    if any(c and c[0].strip() for c in cuts):
        return "split"
    lines = ["".join(p.text for p in line) for line in pieces]
    if all(c is not None for c, ln in zip(cuts, lines, strict=True) if ln.strip()):
        return "right"
    return "plain"


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


def _halves(block: Block, pieces: list[list[Piece]] | None, side_if_plain: int) -> tuple[Block | None, Block | None]:
    """The block's left and right parts (either may be None)."""
    if pieces is None:
        moved = replace(block, column=side_if_plain)
        return (moved, None) if side_if_plain == 0 else (None, moved)
    left_lines: list[list[Piece]] = []
    right_lines: list[list[Piece]] = []
    for line in pieces:
        raw = "".join(p.text for p in line)
        cut = _cut(raw)
        if cut is None:
            (left_lines if side_if_plain == 0 else right_lines).append(line)
            continue
        left_text, right_text = cut
        at = len(left_text)
        resume = len(raw.rstrip()) - len(right_text)
        left, right = _split_pieces(line, at, resume)
        if left_text.strip():
            left_lines.append(left)
        right_lines.append(right)
    out: list[Block | None] = []
    for column, lines in ((0, left_lines), (1, right_lines)):
        made = make_lines(lines)
        if not made:
            out.append(None)
            continue
        out.append(replace(block, lines=made, column=column, list_label=block.list_label if column == 0 else None,
                           indent=block.indent if column == 0 else None))
    return out[0], out[1]


def _trigger(blocks: list[Block], gapped: dict[int, list[list[Piece]]], i: int) -> str | None:
    block = blocks[i]
    pieces = gapped.get(id(block))
    cut = None
    if pieces:
        cut = next((c for c in (_cut("".join(p.text for p in ln)) for ln in pieces) if c and c[0].strip()), None)
    if i < _HEADER_START and cut and _MOTTO.match(cut[1].strip()):
        return "header"
    if cut and (_RECIPIENTS.match(cut[0]) or _SIGNING.match(cut[1].strip())):
        return "footer"
    if _RECIPIENTS.match(block.text) and i + 1 < len(blocks) and id(blocks[i + 1]) in gapped:
        return "footer"  # "Nơi nhận:" alone, the signer pushed right on the next lines
    if pieces and _shape(pieces) == "right" and _SIGNING.match(block.text):
        return "footer"
    return None


def _zone(blocks: list[Block], gapped: dict[int, list[list[Piece]]], i: int, kind: str) -> list[tuple[Block, int]]:
    """Blocks of the zone starting at ``i`` with the side a plain block goes to."""
    out: list[tuple[Block, int]] = []
    for j in range(i, len(blocks)):
        block = blocks[j]
        if block.cell is not None or block.column is not None:
            break
        pieces = gapped.get(id(block))
        shape = _shape(pieces) if pieces else "plain"
        if shape in ("split", "right"):
            out.append((block, 0))
        elif j == i or (kind == "footer" and (_ITEM.match(block.text) or _RECIPIENTS.match(block.text))):
            out.append((block, 0))  # the recipients list on the left
        elif kind == "footer" and (block.indent or 0) >= 180:
            out.append((block, 1))  # a signer line pushed right by its indent
        else:
            break
    return out


def split_tab_columns(blocks: list[Block], gapped: dict[int, list[list[Piece]]]) -> list[Block]:
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
