"""The body's item tree and, from it, the heading tree (``sections``).

Step 1, :func:`build_tree`: every block with a label (:mod:`extract.markers`)
becomes a node; it nests under the nearest open node of a *different* family
and closes everything down to a previous node of its own family. So levels
follow how families actually nest in this document (domain §3.1: a công văn
may start at "1.", a kế hoạch at "I.", a Party text at "I-"), not a fixed
table. A fixed order is used only to place a family never seen before below
a deeper open one ("1." after "-" items directly under "II." is not a
child of the last "-"). The named divisions of a legal text are the
exception: "Phần > Chương > Mục > Tiểu mục > Điều" is a fixed rank
(:data:`extract.markers.STRUCTURAL_RANK`), so a Chương always closes the
open Điều and its khoản/điểm instead of nesting under them.

Plain paragraphs are either the continuation of the item above (a page or
paragraph break inside it) or content of the enclosing heading.

Step 2, :func:`mark_headings`: a numbered node is a heading when it looks
like a title (CAPS, bold, or short without a full stop) *and* it has content
under it, or is CAPS/bold; "Điều/Chương/Phần/Mục" always are. A numbered
node whose text is an action sentence, or an assignee lead-in ("2. Bộ Xây
dựng:"), is an item even when it has sub-items (gold: "1. Công tác …" is a
section, "- Theo dõi …" a task).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from extract.assignees import find_assignees, has_predicate, is_unit, units_in_label
from extract.contract import Section
from extract.markers import ARTICLE_KINDS, BULLET_KINDS, STRUCTURAL_RANK, Marker, parse_marker
from parsers.layout import Block

# Conventional outer→inner order (domain §3.1), only to place a family the
# document has not used yet (see the module docstring).
_CONVENTIONAL = ["phan", "chuong", "muc", "tieumuc", "dieu", "upper", "roman", "arabic", "arabic2",
                 "arabic3", "arabic4", "arabic5", "arabic)", "arabic()", "alpha", "alpha.", "alpha()",
                 "dash", "plus", "bullet"]


_DEEP = (*BULLET_KINDS, "alpha", "alpha.", "alpha()", "arabic)", "arabic()")


def _rank(kind: str | None) -> int:
    return _CONVENTIONAL.index(kind) if kind in _CONVENTIONAL else len(_CONVENTIONAL)


@dataclass(eq=False)
class Node:
    """One labelled item or plain paragraph of the body, with what nests under it."""

    marker: Marker | None
    text: str  # without the marker; continuation paragraphs joined with a space
    blocks: list[Block]
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    heading: bool = False
    title: str | None = None  # heading title (headings only)

    @property
    def kind(self) -> str | None:
        return self.marker.kind if self.marker else None

    @property
    def is_paragraph(self) -> bool:
        return self.marker is None

    @property
    def bold(self) -> bool:
        return any(b.bold for b in self.blocks[:1])

    @property
    def page(self) -> int | None:
        return self.blocks[0].page if self.blocks else None

    def walk(self) -> Iterator[Node]:
        for c in self.children:
            yield c
            yield from c.walk()

    def ancestors(self) -> Iterator[Node]:
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


def is_caps(text: str) -> bool:
    """CAPS title ("MỤC ĐÍCH, YÊU CẦU"): at least 4 letters and no lower-case one."""
    letters = list(filter(str.isalpha, text))  # filter/map over str methods: no generator frames per letter
    return len(letters) >= 4 and not any(map(str.islower, letters))


def word_count(text: str) -> int:
    return len(text.split())


def looks_like_title(text: str, bold: bool = False) -> bool:
    """A heading's text: CAPS, or short (≤ 20 words) and not a finished sentence.

    A title never ends with "." or ";" and has no "label: content" pair (that is
    an item with a lead-in: "2. Thời gian thực hiện: Từ tháng 10/2025 …").
    """
    t = text.strip()
    if not t:
        return False
    if is_caps(t) and word_count(t) <= 40:
        return True
    if t.endswith((".", ";", ",")) and not t.endswith("..."):
        return False
    if re.search(r":\s+\S", t):
        return False
    limit = 25 if bold else 20
    return word_count(t) <= limit


_APPENDIX_START = re.compile(
    r"^(?:\(?(?:Ban hành )?[Kk]èm theo\b|PHỤ LỤC\b|Phụ lục\s+(?:[IVX\d]+|số)\b|"
    r"(?:KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|HƯỚNG DẪN|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|DANH MỤC|BẢNG|ĐIỀU LỆ)"
    r"(?:\s+[A-ZĐÀ-Ỹ ,\-]*)?$)")
# "Hồ sơ trình thẩm định gồm:", "… trong các trường hợp sau:": a sentence that opens a list of
# contents or cases (not a title, and its items are not duties).
_ENUMERATION = re.compile(r"(?:\bgồm|\bbao gồm|\btrường hợp sau(?: đây)?|\bđối tượng sau(?: đây)?|"
                          r"\bnội dung chính|\bsau đây)\s*:\s*$", re.IGNORECASE)
# "2. Lưu trữ hiện hành có nhiệm vụ:", "… được quy định như sau:": a sentence that opens a list.
_DUTY_LEAD = re.compile(r"(?:có nhiệm vụ|có trách nhiệm|chịu trách nhiệm|như sau|sau đây|các nội dung sau|"
                        r"các nhiệm vụ sau|cụ thể)\s*:\s*$", re.IGNORECASE)
_DEADLINE_LINE = re.compile(r"^(?:Thời\s+(?:gian|hạn)|Hạn\s+(?:hoàn thành|chót)|Sản phẩm)\b[^:]{0,30}:", re.I)


def _continues(prev: Node, block_text: str) -> bool:
    """Is this plain paragraph the rest of ``prev`` (not a new paragraph)?

    Yes when it starts in lower case (a page break inside a sentence), when it
    is a "Thời gian hoàn thành: …" line under an item (kế hoạch items give their
    deadline on the next line), or when ``prev`` is an item whose text stops
    mid-sentence (no final punctuation, long) — a break a PDF or a typist put there.
    """
    t = block_text.lstrip()
    if not t:
        return True
    if t[:1].islower():
        # after a full stop, lower case is not the same sentence going on (a flattened table)
        return not prev.text.rstrip().endswith(".")
    if prev.is_paragraph:
        return False
    if _DEADLINE_LINE.match(t):
        return True
    pt = prev.text.rstrip()
    open_end = bool(pt) and pt[-1] not in ".;:!?…)”\""
    if open_end and (t[:1].isdigit() or (word_count(t) <= 6 and t.endswith(".") and not prev.bold)):
        return True  # "… năm học" + "2025 - 2026.": a wrap the PDF reader could not rejoin
    if pt.endswith(":") and not looks_like_title(pt[:-1], prev.bold):
        return True  # "- Sở Y tế:" then its content in the next paragraph
    return bool(pt and pt[-1] not in ".;:!?…)”\"" and word_count(pt) > 20)


# Divisions whose title is printed in CAPS on its own centred line(s) (domain §3.1).
_CAPS_TITLED = ("phan", "chuong", "muc", "tieumuc")
_TITLE_MAX_WORDS = 45


def _title_wrap(title: str, nxt: Block) -> bool:
    """Is ``nxt`` the next line of a CAPS division title ("Chương V NHIỆM VỤ, … TRONG HOẠT" +
    "ĐỘNG ĐẦU TƯ …")? A centred title that wraps comes out of a PDF as a second block; read
    alone it would be an unnumbered CAPS heading that also resets the nesting below it. It is a
    CAPS line with no label, not the start of an attachment or an authority/type line, and the
    title so far does not end a sentence."""
    t = nxt.text.strip()
    return (is_caps(title) and is_caps(t) and parse_marker(t) is None
            and not title.rstrip().endswith((".", ";", ":"))
            and word_count(title) + word_count(t) <= _TITLE_MAX_WORDS
            and not _APPENDIX_START.match(t) and not _AUTHORITY_LINE.match(t) and not _BARE_TYPE.match(t)
            and not NATIONAL_HEADER.match(t))


def _merge_article_titles(blocks: list[Block]) -> list[tuple[Marker | None, str, list[Block]]]:
    """Parse markers; a bare "Phần I"/"Chương II"/"Mục 1" line takes the CAPS line below as title,
    and a CAPS division title wrapped over several lines is one title (see :func:`_title_wrap`)."""
    out: list[tuple[Marker | None, str, list[Block]]] = []
    i = 0
    while i < len(blocks):
        blks = [blocks[i]]
        text = blocks[i].text.strip()
        marker = parse_marker(text)
        if marker and marker.is_article and not marker.rest and i + 1 < len(blocks):
            nxt = blocks[i + 1].text.strip()
            if parse_marker(nxt) is None and (is_caps(nxt) or blocks[i + 1].bold) and word_count(nxt) <= 30:
                marker = Marker(marker.kind, marker.label, marker.number, nxt)
                blks.append(blocks[i + 1])
                i += 1
        if marker and marker.kind in _CAPS_TITLED and marker.rest:
            title = marker.rest
            while i + 1 < len(blocks) and _title_wrap(title, blocks[i + 1]):
                title = f"{title} {blocks[i + 1].text.strip()}"
                blks.append(blocks[i + 1])
                i += 1
            marker = Marker(marker.kind, marker.label, marker.number, title)
        out.append((marker, marker.rest if marker else text, blks))
        i += 1
    return out


# The first line of a national header (domain §1.1, §1.2): inside the body it opens another
# document (an attached plan, a form), never a heading of this one.
NATIONAL_HEADER = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|^ĐẢNG CỘNG SẢN VIỆT NAM\s*$")
_AUTHORITY_LINE = re.compile(r"^(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|"
                             r"BAN BÍ THƯ|BỘ CHÍNH TRỊ|ỦY BAN|UỶ BAN|HỘI ĐỒNG|ĐẢNG ỦY|ĐẢNG UỶ|TỔNG|CHÁNH)\b")
_BARE_TYPE = re.compile(r"^(?:KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|HƯỚNG DẪN|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|PHỤ LỤC"
                        r"(?:\s+[IVX\d]+)?|DANH MỤC|QUYẾT ĐỊNH|THÔNG BÁO|BÁO CÁO|CHỈ THỊ|NGHỊ QUYẾT)$")


def _is_caps_heading(text: str) -> bool:
    """A short CAPS line inside the body that is a heading, not the authority line of a
    Quyết định ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), nor "QUYẾT ĐỊNH:", nor a bare type name."""
    t = text.strip()
    return (is_caps(t) and 4 <= word_count(t) <= 25 and not t.endswith((":", ".", ";"))
            and not _AUTHORITY_LINE.match(t) and not _BARE_TYPE.match(t)
            and not re.match(r"^\(?(?:Ban hành )?[Kk]èm theo", t) and not NATIONAL_HEADER.match(t))


def build_tree(blocks: list[Block]) -> Node:
    """Nest the body's blocks by their labels; return the root (marker None, no text)."""
    root = Node(None, "", [])
    stack: list[Node] = [root]
    seen_content = False
    for marker, text, blks in _merge_article_titles(blocks):
        if not text and marker is None:
            continue
        if marker is None and seen_content and _is_caps_heading(text):
            # "Ý KIẾN KẾT LUẬN", "BẢNG TIÊU CHÍ ĐÁNH GIÁ …": an unnumbered CAPS heading opens a
            # top-level section (number null) and restarts the numbering below it.
            del stack[1:]
            head = Node(Marker("caps", "", None, text), text, blks, parent=root)
            root.children.append(head)
            stack.append(head)
            continue
        seen_content = seen_content or not is_caps(text)
        if marker is None and (_APPENDIX_START.match(text) or NATIONAL_HEADER.match(text)):
            # An attached plan/regulation after a Quyết định ("KẾ HOẠCH", "(Kèm theo Quyết định số …)",
            # "Phụ lục I") starts its own numbering: its "I." is not inside the decision's "Điều 2".
            # So does a new national header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"): another
            # document begins, and that line is its header, not a heading of this one.
            del stack[1:]
            para = Node(None, text, blks, parent=root)
            root.children.append(para)
            continue
        if marker is None:
            top = stack[-1]
            if top is not root and _continues(top, text):
                top.text = (top.text + " " + text).strip()
                top.blocks.extend(blks)
                continue
            # Content of the nearest open node that reads as a title, else of the root.
            host = root
            for n in reversed(stack[1:]):
                if n.marker and (n.marker.is_article or looks_like_title(n.text, n.bold)
                                 or n.text.rstrip().endswith(":")):
                    host = n
                    break
            para = Node(None, text, blks, parent=host)
            host.children.append(para)
            continue
        node = Node(marker, text, blks)
        if marker.kind in STRUCTURAL_RANK:
            # Rank-aware: a named division closes every open division of the same or a lower
            # rank and all that is inside it ("Chương IV" after "Điều 34" → "1." → "a)" goes back
            # to the top, "Điều 35" after "Điều 34" → "2." to the Chương). A division of higher
            # rank stays open: "Điều 7" nests under "Mục 1" under "Chương II". Anything not named
            # (a Party "I- QUY ĐỊNH CHUNG" over its articles) is left to the family rules below.
            rank = STRUCTURAL_RANK[marker.kind]
            cut = next((i for i in range(1, len(stack))
                        if STRUCTURAL_RANK.get(stack[i].kind or "", -1) >= rank), None)
            if cut is not None:
                del stack[cut:]
        same = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].kind == marker.kind), None)
        if same is not None:
            del stack[same:]
        else:
            # A family not open yet: close open families that are conventionally deeper.
            # Only body-level families close this way; "Điều 1." under "I- QUY ĐỊNH CHUNG"
            # (a Party quy định) nests under the Roman part, as printed.
            while len(stack) > 1 and _rank(stack[-1].kind) > _rank(marker.kind) and (
                    stack[-1].kind in _DEEP or (
                        marker.kind in (*ARTICLE_KINDS, "roman", "upper")
                        and stack[-1].kind not in (*ARTICLE_KINDS, "roman", "upper"))):
                stack.pop()
        parent = stack[-1]
        node.parent = parent
        parent.children.append(node)
        stack.append(node)
    _detach_closing(root)
    return root


def _detach_closing(root: Node) -> None:
    """Closing paragraphs after the last list belong to the document, not its last section.

    "Đề nghị cấp ủy trực thuộc …" after the last "-" item of section 2 has no
    section in the reference gold: once a heading's list is over, a plain
    paragraph at the very end of the body is the document's closing.
    """
    last = None
    for n in root.walk():
        last = n
    if last is None or not last.is_paragraph:
        return
    host = last.parent
    if host is None or host is root:
        return
    tail: list[Node] = []
    for c in reversed(host.children):
        if c.is_paragraph:
            tail.append(c)
        else:
            break
    labelled_before = any(not c.is_paragraph for c in host.children[: len(host.children) - len(tail)])
    if not labelled_before:
        return
    for c in reversed(tail):
        host.children.remove(c)
        c.parent = root
        root.children.append(c)


_RUBRIC = re.compile(r"\(\s*(?:tối đa\s+)?\d+(?:[.,]\d+)?\s*điểm\b|\bcho\s+\d+\s*điểm\b", re.IGNORECASE)


def is_rubric(node: Node) -> bool:
    """A scoring rubric row ("2. Cơ sở vật chất (20 điểm)") or anything under one: criteria to
    be scored are neither headings nor duties."""
    return any(n.marker is not None and _RUBRIC.search(n.text) for n in (node, *node.ancestors()))


def in_article(node: Node) -> bool:
    """Inside "Điều N." the khoản "1." and điểm "a)" are the article's provisions, not headings
    (domain §3.1: headings of an article-structured text stop at the article)."""
    return any(a.marker is not None and a.marker.kind == "dieu" for a in node.ancestors())


def is_assignee_lead(text: str) -> bool:
    """"Sở Y tế:", "Bộ Xây dựng", "Giao Sở Nội vụ:", "Đối với UBND các xã:" — a unit and nothing else."""
    t = text.strip().rstrip(":").strip()
    if not t or word_count(t) > 25 or re.search(r"[.;]", t):
        return False
    units = units_in_label(t)
    if not units:
        return False
    stripped = lead_units_text(t)
    if not is_unit(stripped):
        return False
    # The rest after the unit names a place or scope ("… trên địa bàn Thành phố", "… khu vực XII"),
    # never a duty: a lower-case task verb or predicate means a sentence, not a lead-in.
    covered = sum(len(u) for u in units)
    return covered >= 0.6 * len(stripped.replace(",", "").replace(" và ", " ")) or not has_predicate(stripped)


def lead_units_text(text: str) -> str:
    """The unit part of a lead-in: without "Giao/Đề nghị/Yêu cầu/Đối với" and the colon."""
    t = text.strip().rstrip(":").strip()
    return re.sub(r"^(?:Giao|Đề nghị|Yêu cầu|Đối với|Về phía)\s+", "", t)


def mark_headings(root: Node, directs: Callable[[str], bool] | None = None,
                  label_of: Callable[[str], str | None] | None = None) -> None:
    """Decide which labelled nodes are headings and set their titles.

    ``directs``/``label_of`` (from :mod:`extract.tasks`) let a numbered item
    that is a "label: description" and asks nothing ("2. Thời gian thực hiện:
    Từ tháng 10/2025 …", "1. Đối tượng: …") be a heading titled by its label,
    as readers (and the gold files) see it.
    """
    for n in root.walk():
        if n.marker is None:
            continue
        if n.marker.kind == "caps":
            n.heading = True
            n.title = n.text.strip()
            continue
        if n.marker.is_article:
            # "Điều 21. Các cơ quan … có trách nhiệm thực hiện Quy định này." is a clause,
            # not a title: only a titled article is a heading.
            # An article is a heading even when its text is a clause ("Điều 2. Quyết định này có
            # hiệu lực …", "Điều 3. … chịu trách nhiệm thi hành …"): it is the document's structure.
            # Such a clause is also read as a task (extract.tasks).
            n.heading = True
        elif n.marker.is_bullet:
            n.heading = False
        else:
            text = n.text.strip()
            has_content = bool(n.children)
            bare = text.rstrip(":").strip()
            title_like = looks_like_title(bare, n.bold)
            if not title_like and has_content and not re.search(r"[.;:]\s", bare):
                # Over sub-items, a topic may run long or close with a full stop:
                # "2. Việc thực hiện ủy quyền … (Điều 12, 13, 14):", "1.2. Quy hoạch chức danh cao hơn."
                limit = 40 if re.match(r"(?:Về|Việc|Đối với)\s", bare) else 15
                title_like = word_count(bare) <= limit and not find_assignees(bare)
            emphasised = is_caps(text) or (n.bold and title_like)
            # An assignee lead-in over sub-items ("2. Bộ Xây dựng:", "a) Đối với các sở, ban,
            # ngành") is a heading too: its items are the tasks and inherit the unit.
            n.heading = (title_like and (has_content or emphasised) and not _ENUMERATION.search(text)
                         and not _DUTY_LEAD.search(text) and not in_article(n) and not is_rubric(n))
            if n.heading and text.endswith(":") and not is_assignee_lead(text) and find_assignees(text):
                n.heading = False  # "2. Lưu trữ hiện hành có nhiệm vụ:" — a duty over its items
            # Not inside an article: its khoản and điểm ("b) Phần sơ đồ sơ bộ: Các tài liệu …")
            # are provisions even when they read as "label: description" (domain §3.1).
            if not n.heading and not n.children and directs and label_of and not in_article(n):
                label = label_of(text)
                if label and not directs(text) and not is_assignee_lead(label):
                    n.heading = True
                    n.title = label
                    continue
        if n.heading:
            n.title = n.text.strip().rstrip(":.").strip() or n.marker.label


def to_sections(root: Node) -> list[Section]:
    """The contract's heading tree: headings only, nested as they nest."""

    def build(node: Node, level: int) -> list[Section]:
        out: list[Section] = []
        for c in node.children:
            if c.heading:
                out.append(Section(number=(c.marker.label or None) if c.marker else None, title=c.title or "",
                                   level=level, sections=build(c, level + 1)))
            else:
                out.extend(build(c, level))
        return out

    return build(root, 1)


def section_path(node: Node, include_self: bool = False) -> str | None:
    """"II.2" for an item under "II." → "2."; a "1.1." under "1." gives "1.1", not "1.1.1"."""
    parts: list[str] = []
    chain = list(node.ancestors())[::-1] + ([node] if include_self else [])
    for a in chain:
        if not a.heading or not a.marker or not a.marker.number:
            continue
        num = a.marker.number
        if a.marker.is_article and (parts or a.marker.kind != "dieu"):
            num = num.split()[-1]  # "Điều 13" under "III-" is "III.13"; a top-level article stays "Điều 3"
        if parts and "." in num and num.startswith(parts[-1] + "."):
            parts[-1] = num
        else:
            parts.append(num)
    return ".".join(parts) if parts else None
