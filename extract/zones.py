"""Cut a document's blocks into zones: header, body, signature, recipients.

GROBID's first model labels a paper's zones before any field reader runs; we
do the same with rules, because the layout of these documents is fixed by
regulation (domain notes §1): a header (two-column table or the same lines
stacked), the type line and subject, "Kính gửi", then the body, then the
footer ("Nơi nhận" list beside the signature), then any appendix.

Rules that keep the body whole (the body/tasks reader sees only ``body``):

* the header stops at the first line that is not header furniture, type line,
  subject, V/v or Kính gửi material — when a backend glued the first body
  paragraph into a header block ("Kính gửi: … Căn cứ Luật …"), the block is
  cut in two and the rest goes to the body;
* the footer is only the "Nơi nhận" list and the signature lines;
  appendices, tables and footnotes after it stay in the body, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract import vocab
from parsers.layout import Block, Line

# A paragraph that can only be body: the openings of §3.2 and list markers.
_BODY_OPENER = re.compile(
    r"^(?:Căn cứ|Thực hiện|Theo (?:đề nghị|yêu cầu|báo cáo|chỉ đạo)|Xét|Để|Nhằm|Ngày \d|Trên cơ sở|"
    r"Tiếp theo|Phúc đáp|Trong (?:thời gian|những năm)|Thời gian qua|Vừa qua|Hiện nay|Năm \d{4}|"
    r"Tháng \d|Tại (?:phiên|cuộc|hội nghị)|Sau khi)\b")
_ITEM = vocab.ITEM_MARK_RE
_KINH_GUI = re.compile(r"^\W*K[íi]nh\s+g[ửủu]i\b", re.IGNORECASE)  # OCR drops marks
_DIEN = vocab.DIEN_RE
# The label, not a sentence that starts with the words ("Nơi nhận hồ sơ: …").
_NOI_NHAN = re.compile(r"^\W*N[ơo]i\s+nh[ậa]n\s*(?::|$|\s+[-+]\s|\s+(?:TM|KT|TL|T/M|K/T)\b)", re.IGNORECASE)
_VV = re.compile(r"^\W*(?:V/v|V\.v|V/V|Về việc|về việc)\b")
# Parts of a QĐ preamble printed in CAPS under the subject ("CHỦ TỊCH ỦY BAN
# NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ Y TẾ"): body, not subject.
_AUTHORITY_LINE = re.compile(
    r"^(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CHÁNH VĂN PHÒNG|"
    r"ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|"
    r"BAN BÍ THƯ|BỘ CHÍNH TRỊ|CỤC TRƯỞNG|VỤ TRƯỞNG|HIỆU TRƯỞNG|TRƯỞNG BAN)\b")
# Words that continue a CAPS subject wrapped over several paragraphs.
_SUBJECT_CONT = re.compile(r"^(?:VỀ|CỦA|TẠI|VÀ|NĂM|GIAI ĐOẠN|ĐẾN|TRÊN|TRONG|NHẰM|ĐỐI VỚI|CHO|THEO|GẮN)\b")
# Where the first body sentence starts inside one physical header line.
_INLINE_OPENER = re.compile(r"(?<=\S)\s+(?=(?:Căn cứ|Thực hiện|Theo đề nghị|Xét)\s)")
_LABEL = re.compile(r"^(?:[IVXLC]+[.\-]|\d+(?:\.\d+)*[.)\-]|[a-zđ]\)|Điều\s+\d+|Phần\s|Chương\s|Mục\s"
                    r"|PHẦN\s|CHƯƠNG\s|MỤC\s|ĐIỀU\s+\d+)")


@dataclass(slots=True)
class Zones:
    """The document's blocks cut into the zones the field readers take, each in reading order."""

    header: list[Block] = field(default_factory=list)  # from the top to the end of "Kính gửi"
    body: list[Block] = field(default_factory=list)
    signature: list[Block] = field(default_factory=list)
    recipients: list[Block] = field(default_factory=list)  # the "Nơi nhận" list, label included


# ---------------------------------------------------------------------------
# small predicates
# ---------------------------------------------------------------------------

def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def is_caps(text: str) -> bool:
    """All letters upper case (headers, type lines, CAPS subjects, signer titles)."""
    letters = _letters(text)
    return bool(letters) and letters == letters.upper() and len(letters) >= 2


def is_type_line(text: str) -> bool:
    """A type name alone on its line ("CHỈ THỊ", "KẾ HOẠCH", "QUYẾT ĐỊNH")."""
    return is_caps(text) and vocab.type_by_name(text) is not None


def type_prefix(text: str) -> tuple[str, str] | None:
    """(type words, rest) when a CAPS type name starts a longer line ("KẾ HOẠCH Triển khai …")."""
    words = text.split()
    for n in (4, 3, 2, 1):
        head = " ".join(words[:n])
        if len(words) > n and is_caps(head) and vocab.type_by_name(head):
            return head, " ".join(words[n:])
    return None


def is_number_line(text: str) -> bool:
    """The "Số: 12/CT-UBND" line: a number word *and* a symbol that parses ("Số 1" in a name is not)."""
    return bool(vocab.NUMBER_LINE_RE.match(vocab.norm_symbol_text(text))) and vocab.parse_symbol(text) is not None


def is_place_date(text: str) -> bool:
    """The "Nghệ An, ngày 05 tháng 01 năm 2026" line; a long sentence citing a date is body."""
    return bool(vocab.PLACE_DATE_RE.search(text)) and len(text) < 90


def _is_header_furniture(text: str) -> bool:
    """Lines of the two header columns when no table/columns mark them (plain text, glued PDF)."""
    t = text.strip()
    return (vocab.is_motto(t) or vocab.is_rule(t) or t == "*" or is_number_line(t) or is_place_date(t)
            or (is_caps(t) and len(t) <= 80 and not is_type_line(t) and not _LABEL.match(t)))


def _with_lines(block: Block, lines: list[Line]) -> Block:
    """A piece of ``block`` holding ``lines``: same page, order, column, cell and paragraph style."""
    return Block(lines=lines, page=block.page, order=block.order, column=block.column, cell=block.cell,
                 align=block.align, indent=block.indent, style=block.style)


def _split_block(block: Block, at: int) -> tuple[Block, Block]:
    """Cut a block between line ``at-1`` and ``at`` (both halves keep the block's place)."""
    return _with_lines(block, block.lines[:at]), _with_lines(block, block.lines[at:])


def _split_line_block(block: Block, pattern: re.Pattern[str]) -> tuple[Block, Block] | None:
    """Cut a one-line block where ``pattern`` matches inside the text (header glued to body)."""
    text = block.text
    m = pattern.search(text)
    if not m or m.start() == 0:
        return None
    head, rest = text[:m.start()].rstrip(), text[m.start():]
    first = Block(lines=[Line(head, bold=block.bold, italic=block.italic)], page=block.page, order=block.order,
                  column=block.column, cell=block.cell)
    second = Block(lines=[Line(rest)], page=block.page, order=block.order, column=block.column, cell=block.cell)
    return first, second


# ---------------------------------------------------------------------------
# header
# ---------------------------------------------------------------------------

def _top_zone_end(blocks: list[Block]) -> int:
    """End of the two-column top zone (header table, PDF columns) or of stacked header lines."""
    i = 0
    n = len(blocks)
    if n and (blocks[0].cell is not None or blocks[0].column is not None):
        first_table = blocks[0].cell.table if blocks[0].cell else None
        while i < n:
            b = blocks[i]
            if first_table is not None:
                if b.cell is None or b.cell.table != first_table:
                    break
            elif b.column is None:
                break
            i += 1
        return i
    # No columns: header lines stacked (plain text, a DOCX without a header table).
    seen_number = in_vv = anchored = False
    while i < n and i < 16:
        t = blocks[i].text
        if _KINH_GUI.match(t) or is_type_line(t) or type_prefix(t):
            break
        # Plain text and OCR put several header lines in one paragraph
        # ("ĐẢNG BỘ TỈNH … ĐẢNG ỦY XÃ … Số 15-BC/ĐU"): judge each component.
        pieces = vocab.explode_header_line(t)
        if all(_is_header_furniture(p) for p in pieces):
            seen_number = seen_number or any(is_number_line(p) for p in pieces)
            anchored = anchored or _anchors_header(pieces)
            i += 1
            continue
        if (len(pieces) > 2 and all(_is_header_furniture(p) for p in pieces[:-1])
                and (is_type_line(pieces[-1]) or type_prefix(pieces[-1]))):
            return i + 1  # the whole header, type line and subject pasted as one paragraph
        if seen_number and (_VV.match(t) or (in_vv and t[:1].islower())):
            in_vv = True  # "V/v triển khai chiến dịch tiêm" / "vắc xin phòng bệnh sởi …"
            anchored = anchored or _anchors_header(pieces)
            i += 1
            continue
        break
    # Stacked CAPS lines that never reached a number line or motto are not a header
    # (a body that opens with a CAPS heading).
    return i if anchored else 0


def _anchors_header(pieces: list[str]) -> bool:
    """A motto, number line or place-and-date among the pieces: what only a header prints."""
    return any(vocab.is_motto(p) or is_number_line(p) or is_place_date(p) for p in pieces)


def subject_end(blocks: list[Block], start: int) -> int:
    """Index after the subject paragraphs that begin at ``start`` (just after the type line)."""
    i = start
    n = len(blocks)
    if i >= n:
        return i
    first = blocks[i].text
    if _KINH_GUI.match(first) or _BODY_OPENER.match(first) or _ITEM.match(first) or _LABEL.match(first):
        return i
    caps = is_caps(first)
    prev = first
    i += 1
    while i < n:
        t = blocks[i].text
        if (_KINH_GUI.match(t) or _BODY_OPENER.match(t) or _ITEM.match(t) or _LABEL.match(t)
                or vocab.is_rule(t) or t.rstrip().endswith(":") or len(t) > 250):
            break
        if caps:
            # CAPS subject wrapped over paragraphs (a DOCX subject typed with manual
            # breaks: "… CHÀO MỪNG ĐẠI HỘI" / "LẦN THỨ XIV CỦA ĐẢNG"): CAPS text goes
            # on, but never onto a QĐ's authority line or a type line.
            if not is_caps(t) or is_type_line(t):
                break
            # A line after "," or "VÀ" is the same sentence ("CỦA BỘ CHÍNH TRỊ," /
            # "BAN BÍ THƯ"), even when it reads like an authority.
            joined = prev.rstrip().endswith((",", " VÀ", "-")) or _SUBJECT_CONT.match(t)
            if not joined and _AUTHORITY_LINE.match(t):
                break
            # A change of weight with nothing linking the lines: a new element.
            if not joined and blocks[i].bold != blocks[start].bold:
                break
        else:
            # Sentence-case subject: a wrap that starts in lower case or with "(" continues
            # it; so does a bold paragraph under a bold subject whose text has not ended
            # (a subject broken by manual line breaks: "… của Ban Thường vụ" / "Thành ủy về …").
            # Body paragraphs are not bold, so the first one never joins the subject.
            styled = (blocks[i - 1].bold and blocks[i].bold and not prev.rstrip().endswith((".", ":", ";"))
                      and not is_caps(t))
            if not (t[:1].islower() or t[:1] == "(" or styled):
                break
        prev = t
        i += 1
    return i


def _addressee_end(blocks: list[Block], start: int) -> int:
    """Index after the "Kính gửi" block at ``start`` and its "- …;" items."""
    i = start + 1
    head = blocks[start].text
    # Inline single addressee ("Kính gửi: Sở Y tế") or one ended by "." takes no items.
    after = vocab.KINH_GUI_LABEL_RE.sub("", head).strip()
    if after and not _ITEM.match(after) and not _DIEN.search(head):
        return i
    return _items_end(blocks, i)


def _items_end(blocks: list[Block], i: int) -> int:
    """Index after the "- …;" items from ``i`` (the last one ends with ".")."""
    n = len(blocks)
    while i < n and _ITEM.match(blocks[i].text):
        if blocks[i].text.rstrip().endswith("."):
            return i + 1
        i += 1
    return i


def _glued_tail(block: Block) -> tuple[Block, Block] | None:
    """A header block whose later lines are body text: cut it (backends join wrapped lines)."""
    for k, line in enumerate(block.lines[1:], start=1):
        if _BODY_OPENER.match(line.text) or (_ITEM.match(block.lines[0].text)
                                              and block.lines[k - 1].text.rstrip().endswith(".")
                                              and line.text[:1].isupper()):
            return _split_block(block, k)
    if len(block.lines) == 1:
        # One physical line holding the addressee and the first body sentence.
        return _split_line_block(block, _INLINE_OPENER)
    return None


def _line_blocks(blocks: list[Block]) -> tuple[list[Block], dict[int, int]]:
    """Full-width blocks at the top that start with header lines, one block per line.

    Text without blank lines (OCR, a pasted header) comes as one paragraph holding
    the whole header, type line, subject and preamble; in the header every printed
    line is a unit of its own. Returns the blocks and, for each block made from a
    line, the index of the block it came from (to put the body part back together).
    """
    out: list[Block] = []
    origin: dict[int, int] = {}
    for k, b in enumerate(blocks):
        first = b.lines[0].text if b.lines else ""
        if (k < 8 and b.column is None and len(b.lines) > 1 and not _ITEM.match(first)
                and all(_is_header_furniture(p) for p in vocab.explode_header_line(first))):
            for j in range(len(b.lines)):
                line_block = _with_lines(b, [b.lines[j]])
                origin[id(line_block)] = k
                out.append(line_block)
        else:
            out.append(b)
    return out, origin


def _regroup(rest: list[Block], origin: dict[int, int]) -> list[Block]:
    """Put back together the lines of one source block that ended up after the header."""
    out: list[Block] = []
    prev = None
    for b in rest:
        o = origin.get(id(b))
        if out and o is not None and o == prev:
            last = out[-1]
            out[-1] = Block(lines=last.lines + b.lines, page=last.page, order=last.order, align=last.align,
                            indent=last.indent, style=last.style)
        else:
            out.append(b)
        prev = o
    return out


def _split_header(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """(header blocks, the rest) — cutting glued blocks when needed."""
    lines, origin = _line_blocks(list(blocks))
    head, rest = _split_header_blocks(lines)
    return head, _regroup(rest, origin) if origin else rest


def _split_header_blocks(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """(header blocks, the rest) for blocks already cut to lines where needed."""
    blocks = list(blocks)
    i = _top_zone_end(blocks)
    n = len(blocks)
    # Type line + subject (several lines, maybe in CAPS, maybe glued to the type).
    if i < n and (is_type_line(blocks[i].text) or type_prefix(blocks[i].text)):
        i = subject_end(blocks, i + 1)
    elif 0 < i < n and is_type_line(blocks[i - 1].text):
        i = subject_end(blocks, i)  # an extractor put the type line in a header column
    # A V/v line or an unnumbered header left outside the table.
    while i < n and i < 20 and (_VV.match(blocks[i].text) or
                                (i > 0 and _VV.match(blocks[i - 1].text) and blocks[i].text[:1].islower())):
        i += 1
    # Kính gửi (or the công điện formula "… điện:") and its items.
    top_kg = next((k for k in range(i - 1, -1, -1) if _KINH_GUI.match(blocks[k].text)), None)
    if i < n and (_KINH_GUI.match(blocks[i].text) or _DIEN.search(blocks[i].text)):
        i = _addressee_end(blocks, i)
    elif i > 0 and _DIEN.search(blocks[i - 1].text):
        i = _addressee_end(blocks, i - 1)
    elif top_kg is not None and i < n and _ITEM.match(blocks[i].text):
        # "Kính gửi:" inside the two-column zone (a PDF puts it in the left column),
        # its "- …;" list below the zone.
        i = _items_end(blocks, i)
    if i == 0:
        return [], blocks
    head, rest = blocks[:i], blocks[i:]
    cut = _glued_tail(head[-1])
    if cut and cut[1].text:
        head[-1] = cut[0]
        rest.insert(0, cut[1])
    return head, rest


# ---------------------------------------------------------------------------
# footer
# ---------------------------------------------------------------------------

# Military ranks print before a signer's name ("Thượng tướng Nguyễn Văn A").
_RANK = re.compile(r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý))\s+")


def looks_like_name(text: str) -> bool:
    """A person's name: 2–6 capitalised words, no digits ("Phạm Quang Sáng")."""
    t = _RANK.sub("", text.strip().rstrip("."))
    words = t.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() for ch in t) or is_caps(t):
        return False
    return all(w[:1].isupper() for w in words)


_SIGNED = re.compile(r"^\(?\s*(?:đã ký|Đã ký|ký|chữ ký|Chữ ký)[^)]*\)?\.?$|^(?:Người ký|Thời gian ký|Cơ quan:|Email:)",
                     re.IGNORECASE)


# What follows a signature and is not part of it: an appendix, a form, a table
# heading, or the type line of a document attached to a decision ("KẾ HOẠCH").
_AFTER_SIGNATURE = re.compile(r"^(?:PHỤ LỤC|Phụ lục|DANH MỤC|Danh mục|MẪU|Mẫu|BIỂU|Biểu|BẢNG|Bảng|STT|TT)\b")


def is_signature_line(text: str) -> bool:
    """A line of a signature block: authority, title, "(Đã ký)", a name."""
    t = text.strip()
    if not t or len(t) > 90 or _AFTER_SIGNATURE.match(t) or (is_caps(t) and vocab.type_by_name(t)):
        return False
    if vocab.SIGN_PREFIX_RE.match(t) or _SIGNED.match(t) or t == "*":
        return True
    if is_caps(t) and not _LABEL.match(t) and not t.rstrip().endswith((":", ";")):
        return vocab.TITLE_RE.match(t) is not None or len(t.split()) <= 8
    # Two names side by side that an extractor merged into one line are still
    # signature text, not body ("Lương Văn Thành Ngô Thị Hồng Nhung").
    words = t.split()
    return looks_like_name(t) or (len(words) <= 10 and all(w[:1].isupper() for w in words)
                                  and not any(c in t for c in ",.;:()0123456789"))


def _has_authority(blocks: list[Block]) -> bool:
    return any(vocab.SIGN_PREFIX_RE.match(b.text) or vocab.TITLE_RE.match(b.text.strip()) or
               any(vocab.SIGN_PREFIX_RE.match(ln.text) for ln in b.lines) for b in blocks)


def _signature_run(blocks: list[Block], start: int, step: int) -> list[int]:
    """Indices of consecutive signature-looking blocks from ``start`` going by ``step``."""
    out = []
    i = start
    table = None
    while 0 <= i < len(blocks) and len(out) < 16:
        b = blocks[i]
        # Signature blocks may sit in a table of their own (joint documents: one
        # signer per cell) — one table at most, and only signature lines in it.
        if b.cell is not None and table is not None and b.cell.table != table:
            break
        if not all(is_signature_line(ln.text) for ln in b.lines if ln.text.strip()) and \
                not is_signature_line(b.text):
            break
        if b.cell is not None:
            table = b.cell.table
        elif table is not None:
            break
        out.append(i)
        i += step
    return out


def _find_footer(blocks: list[Block]) -> tuple[set[int], set[int]]:
    """(indices of recipients blocks, indices of signature blocks) within ``blocks``."""
    label = next((k for k, b in enumerate(blocks) if _NOI_NHAN.match(b.text)), None)
    if label is None:
        return set(), _signature_without_recipients(blocks)
    lb = blocks[label]
    recips: set[int] = {label}
    sig: set[int] = set()
    if lb.cell is not None:
        # Footer table: the label's cell is the list; the other cells of the table
        # are signature blocks (one or several signers side by side).
        table = lb.cell.table
        for k, b in enumerate(blocks):
            if b.cell is None or b.cell.table != table:
                continue
            # The list may run on into the next row of its column (a table split
            # across pages); a signature above it in that column is a joint signer.
            if b.cell.col == lb.cell.col and b.cell.row >= lb.cell.row and k >= label:
                recips.add(k)
            elif k != label:
                sig.add(k)
        last = max(recips | sig)
        if not sig or not _has_authority([blocks[k] for k in sig]):
            # Signature typed under the table, or in a later one.
            run = _signature_run(blocks, last + 1, 1)
            sig |= set(run)
        return recips, sig
    if lb.column is not None:
        # PDF two-column footer: same column as the label = list, other column = signature,
        # as long as the two-column zone lasts.
        k = label + 1
        while k < len(blocks) and blocks[k].column is not None:
            (recips if blocks[k].column == lb.column else sig).add(k)
            k += 1
        # The last lines of a column may come out full-width (the extractor lost
        # their x): items still belong to the list, a name or title to the signature.
        while k < len(blocks) and blocks[k].column is None:
            t = blocks[k].text
            if _ITEM.match(t) and not is_signature_line(t):
                recips.add(k)
            elif is_signature_line(t) and not _LABEL.match(t):
                sig.add(k)
            else:
                break
            k += 1
        k = label - 1
        while k >= 0 and blocks[k].column is not None and blocks[k].column != lb.column:
            sig.add(k)
            k -= 1
        if not sig:
            before = _signature_run(blocks, label - 1, -1)
            after = _signature_run(blocks, max(recips) + 1, 1)
            sig |= set(before if before and _has_authority([blocks[j] for j in before]) else after)
        return recips, sig
    # Plain text: items after the label, then the signature lines (or before the label).
    k = label + 1
    while k < len(blocks):
        t = blocks[k].text
        if _ITEM.match(t):
            recips.add(k)
        elif (k - 1 in recips and not blocks[k - 1].text.rstrip().endswith((";", ".", ",")) and
              not is_signature_line(t)) or (t[:1].islower() and k - 1 in recips):
            recips.add(k)  # a wrapped item
        else:
            break
        k += 1
    after = _signature_run(blocks, k, 1)
    before = _signature_run(blocks, label - 1, -1)
    if after and _has_authority([blocks[j] for j in after]):
        sig |= set(after)
    elif before and _has_authority([blocks[j] for j in before]):
        sig |= set(before)
    else:
        sig |= set(after)
    return recips, sig


def _signature_without_recipients(blocks: list[Block]) -> set[int]:
    """No "Nơi nhận": the first authority line ("TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC") with a name under it.

    The first, because forms in an appendix repeat authority lines; with a name,
    because those forms leave it blank ("(Ký, ghi rõ họ tên)").
    """
    candidates: list[list[int]] = []
    for k, b in enumerate(blocks):
        if vocab.SIGN_PREFIX_RE.match(b.text) and is_caps(b.lines[0].text) and \
                not (k > 0 and vocab.SIGN_PREFIX_RE.match(blocks[k - 1].text)):
            run = _signature_run(blocks, k, 1) or [k]
            candidates.append(run)
            if any(looks_like_name(blocks[j].text) for j in run):
                return set(run)
    return set(candidates[-1]) if candidates else set()


# ---------------------------------------------------------------------------

# The right half of a footer row that an extractor read across both columns:
# "- Như Điều 3; KT. CHỦ TỊCH" (domain notes §6). Only a signing prefix or a
# signer title counts, so a CAPS list ("- VPUB: CVP, PCVP;") is never cut.
_ROW_TAIL = re.compile(rf"(?:(?<=[;,.:])|(?<=^Nơi nhận))\s+(?P<sig>{vocab.SIGN_PREFIX}\s*[A-ZĐÀ-Ỹ].*|"
                       rf"(?:PHÓ\s+)?(?:{vocab.TITLE_HEADS})(?:\s+THƯỜNG TRỰC)?)$")


def _unzip_footer_rows(blocks: list[Block]) -> list[Block]:
    """Full-width footer rows holding both columns: list part stays, signature part moves after the list."""
    label = next((k for k, b in enumerate(blocks) if _NOI_NHAN.match(b.text) and b.column is None
                  and b.cell is None), None)
    if label is None:
        return blocks
    left: list[Block] = []
    right: list[Block] = []
    k = label
    while k < len(blocks) and k < label + 60 and blocks[k].column is None and blocks[k].cell is None:
        b = blocks[k]
        if k > label and not _ITEM.match(b.text) and not (left and not left[-1].text.rstrip().endswith(
                (";", ",", "."))):
            break
        kept: list[Line] = []
        for ln in b.lines:
            m = _ROW_TAIL.search(ln.text.strip())
            if m and is_caps(m.group("sig")):
                head = ln.text.strip()[:m.start()].rstrip()
                kept.append(Line(head, bold=ln.bold, italic=ln.italic, underline=ln.underline))
                right.append(Block(lines=[Line(m.group("sig"), bold=ln.bold)], page=b.page, order=b.order))
            else:
                kept.append(ln)
        left.append(Block(lines=kept, page=b.page, order=b.order, align=b.align, indent=b.indent, style=b.style)
                    if right else b)
        k += 1
    if not right:
        return blocks
    return blocks[:label] + left + right + blocks[k:]


_AUTHENTICATION = re.compile(r"XÁC THỰC VĂN BẢN HỢP NHẤT", re.IGNORECASE)


def _authentication_block(rest: list[Block], footer_start: int) -> list[int]:
    """A văn bản hợp nhất prints its own issuer, number and date just above the footer
    ("BỘ QUỐC PHÒNG | XÁC THỰC VĂN BẢN HỢP NHẤT / Số: 46/VBHN-BQP | Hà Nội, ngày …");
    the top of its first page repeats the consolidated text's title instead."""
    for k in range(max(0, footer_start - 4), footer_start):
        if _AUTHENTICATION.search(rest[k].text):
            return list(range(k, footer_start))
    return []


def split_zones(blocks: list[Block]) -> Zones:
    """Zones of a document; every block lands in exactly one zone, in reading order."""
    header, rest = _split_header(blocks)
    rest = _unzip_footer_rows(rest)
    recips, sig = _find_footer(rest)
    footer = recips | sig
    auth = _authentication_block(rest, min(footer)) if footer else []
    body = [b for k, b in enumerate(rest) if k not in footer and k not in auth]
    return Zones(header=header + [rest[k] for k in auth], body=body,
                 signature=[rest[k] for k in sorted(sig)],
                 recipients=[rest[k] for k in sorted(recips)])
