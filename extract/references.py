"""Documents cited in the text ("Chỉ thị số 47-CT/TW", "Nghị định số 13/2023/NĐ-CP").

Two kinds of citation (domain notes §1.2, §3.2, §4):

* by symbol — "<Type> số <symbol>", "văn bản số <symbol>", or a bare symbol
  in a list ("các văn bản số: 10894/VPCP-CN …, 8563/VPCP-CN …"); the symbol
  grammar is :mod:`extract.vocab`'s;
* by name — laws are cited by title, often without a number ("Luật Bảo vệ dữ
  liệu cá nhân năm 2025"); those get ``number_symbol`` null.

One entry per distinct document (first citation wins), never the document's
own symbol, nor the "(Kèm theo Kế hoạch số …)" line of its own appendix.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from extract import vocab
from extract.contract import Reference
from extract.textkey import tone_key
from parsers.layout import Block

# "số", "số:" right before a symbol, possibly after "các văn bản".
_SO_BEFORE = re.compile(r"\bsố\s*:?\s*$", re.IGNORECASE)
# The own-document line of an appendix: "(Kèm theo Kế hoạch số 144/KH-UBND …)".
_ATTACHED = re.compile(r"\((?:Ban hành\s+)?kèm theo\b[^)]*\)", re.IGNORECASE)
# Words that end a law's title: what follows the title in a sentence ("… số",
# "… ngày", "… đã quy định", "… và Luật …"), never a word of the title itself.
_TITLE_ENDS = (r"số|ngày|của|đã|được|quy định|tại|theo|có|để|trong|về|đến|với|thì|cho|là|nhằm|khi|và|hoặc|"
               r"năm|hiện hành|sửa đổi|mới|này|đó|trên|dưới|các|những")
# A law cited by name: "Luật" + a capitalised title, up to a word that cannot
# be part of a title. "năm 2025" is kept: it names which law ("Luật Kế toán năm 2015").
_LAW = re.compile(r"(?<!\w)(?P<kind>Bộ luật|Luật|Pháp lệnh|Hiến pháp|Điều lệ)\s+(?P<title>[^\W\d_][^\s;:.,()\"“”*]*"
                  rf"(?:\s+(?!(?:{_TITLE_ENDS})\b)(?!\d)"
                  r"[^\s;:.,()\"“”*]+){0,10})"
                  r"(?P<year>\s+(?:năm\s+)?(?:19|20)\d{2}\b)?")
# A title with a comma in it: "Luật Khám bệnh, chữa bệnh", "Luật Phòng, chống ma túy",
# "Luật Quản lý, sử dụng tài sản công" — the comma is followed by lower-case title words;
# after a comma, "nhất là", "đặc biệt", "đồng thời" open the sentence's next clause.
_STOP = rf"(?:{_TITLE_ENDS}|nhất là|đặc biệt|đồng thời)\b"
_COMMA_TITLE = re.compile(rf"^,\s+(?!{_STOP})[a-zđà-ỹ][^\s;:.,()]*(?:\s+(?!{_STOP})[a-zđà-ỹ][^\s;:.,()]*){{0,4}}")


# An amending law is cited by what it amends: "Luật sửa đổi, bổ sung một số điều của
# Luật Phòng, chống thiên tai và Luật Đê điều" is one document, not two.
_AMENDING = re.compile(r"(?<!\w)Luật sửa đổi, bổ sung\s+(?:một số điều\s+)?(?:của\s+)?[^;:.()]*?"
                       r"(?=\s+(?:ngày|số|năm \d{4})\b|[;:.()]|$)")
# A resolution cited by the meeting that passed it (no number is printed):
# "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Nghị quyết
# Trung ương 4 khoá XII", "Nghị quyết phiên họp Chính phủ thường kỳ tháng 9 năm 2025".
# It ends on what identifies the meeting (congress number, term, month).
_MEETING_NQ = re.compile(
    r"(?<!\w)(?P<kind>Nghị quyết)\s+(?:Đại hội|đại hội|Trung ương|Hội nghị Trung ương|phiên họp)\b"
    r"[^;:.,()“”\"]{0,90}?(?:lần thứ [IVXLC]+\b(?: của Đảng\b)?|kho[áa] [IVXLC]+\b|tháng \d{1,2} năm \d{4}"
    r"|nhiệm kỳ \d{4}\s?-\s?\d{4})")
# A programme, scheme or strategy cited by its title, when it is put to work
# ("triển khai Chương trình ứng dụng công nghệ thông tin, …giai đoạn 2021 - 2025;",
# "về Đề án tiêu chuẩn của đơn vị hành chính, … (Tờ trình …)"): the title runs
# to the end of the clause. "Kế hoạch …" is left out: in a plan it is mostly the
# document itself ("Kế hoạch này", "Trên đây là Kế hoạch …").
_TITLED = re.compile(
    r"(?<!\w)(?:khai|hiện|về|theo|tại|của|quả)\s+(?P<kind>Đề án|Chương trình|Chiến lược)\s+"
    rf"(?!{_STOP}|này|nêu|trên|MTQG|mục tiêu quốc gia\b)"
    r"(?P<title>[a-zđà-ỹ][^;:.()“”\"]{10,220}?)(?=\s*(?:[;:.()“”\"]|\s+số\s*:?\s*\d|\s+ngày\s|\s+(?:đã|được|của [A-ZĐ]|cho|như sau|để|nhằm|theo)\b|$))")
# The legal basis of a document names what it rests on, numbered or not:
# "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030,".
_BASIS = re.compile(
    r"(?:^|[-;:]\s*)Căn cứ\s+(?P<kind>Quy chế|Quy định|Nghị quyết|Kết luận|Chỉ thị|Hướng dẫn|Đề án|Chương trình"
    r"|Kế hoạch|Quyết định|Thông báo|Chiến lược)\s+(?!số\b)(?P<title>[^\W\d][^;,.()]{5,160}?)"
    r"(?=\s*(?:[;,.()]|\s+ngày\s|\s+số\s|$))")
# A titled programme is a citation only when its title says which one: a period
# ("giai đoạn 2021 - 2025", "đến năm 2030"), its owner ("… của Đảng"), or an
# abbreviation defined right after it ("(Đề án)"). Without that it is usually a
# task of the document itself ("Triển khai Chương trình hỗ trợ chuyển đổi số …").
_IDENTIFIED = re.compile(r"giai đoạn \d{4}|đến(?: năm)? \d{4}|năm \d{4}|\bcủa (?:Đảng|Chính phủ|Thủ tướng|Bộ|Ban|Quốc hội)")


_KIND_RIGHT_BEFORE = re.compile(rf"(?<!\w)(?P<kind>{vocab.TYPE_NAME_PATTERN})\s+$", re.IGNORECASE)


def _kind_before(text: str, start: int) -> tuple[str | None, int]:
    """The type word that introduces the symbol at ``start`` ("Chỉ thị số", "Luật Lưu trữ số")."""
    window = text[max(0, start - 90):start]
    right_before = _KIND_RIGHT_BEFORE.search(window)
    if right_before:  # "theo Quyết định 1234/QĐ-UBND" (no "số")
        return right_before.group("kind"), start - len(window) + right_before.start()
    if not _SO_BEFORE.search(window):
        return None, start
    best = None
    for m in vocab.TYPE_NAME_RE.finditer(window):
        best = m
    if best is None:
        return None, start
    between = window[best.end():]
    if len(between.split()) > 9 or vocab.BARE_SYMBOL_RE.search(between) or re.search(r"[;()]", between):
        return None, start
    return best.group("kind"), start - len(window) + best.start()


def _canonical_kind(kind: str | None, sym: vocab.Symbol | None) -> str | None:
    if kind is None:
        return None
    hit = vocab.type_by_name(kind)
    if hit:
        return hit[1]
    if kind.lower() in ("văn bản", "công văn") and sym and sym.type_code:
        return vocab.type_by_code(sym.type_code, sym.regime) or kind.capitalize()
    return kind[:1].upper() + kind[1:].lower()


def references_in_text(text: str, exclude: set[str] | None = None) -> list[Reference]:
    """Citations of one paragraph, in order of appearance."""
    exclude = exclude or set()
    text = vocab.norm_symbol_text(text)
    masked = _ATTACHED.sub(lambda m: " " * len(m.group(0)), text)
    found: list[tuple[int, Reference]] = []
    taken: list[tuple[int, int]] = []  # spans already read as one citation
    for start, end, sym in vocab.find_symbols(masked):
        kind, kstart = _kind_before(masked, start)
        taken.append((kstart, end))  # "Luật KHCN và đổi mới sáng tạo số 93/2025/QH15" is one law
        if sym.text in exclude:
            continue
        cited = re.sub(r"\s+", " ", masked[kstart:end]).strip()
        found.append((kstart, Reference(kind=_canonical_kind(kind, sym), number_symbol=sym.text, text=cited)))
    for m in _AMENDING.finditer(masked):
        found.append((m.start(), Reference(kind="Luật", number_symbol=None,
                                           text=re.sub(r"\s+", " ", m.group(0)).strip())))
        taken.append((m.start(), m.end()))
    for m in _LAW.finditer(masked):
        if any(a <= m.start() < b for a, b in taken):
            continue  # inside an amending law's title or a numbered citation
        # Skip a law that also carries a number: the symbol pass has it.
        tail = masked[m.end():m.end() + 12]
        if re.match(r"\s*số\s*\d", tail):
            continue
        title = m.group("title")
        words = title.split()
        acronym = len(words) > 1 and words[1].isupper() and len(words[1]) > 1  # "Luật thuế TNDN 2008"
        if not (title[:1].isupper() or acronym):
            continue  # "luật pháp", "Luật sư …" in prose: a title starts with a capital
        extra = _COMMA_TITLE.match(masked[m.start("title") + len(title):])
        year = m.group("year") or ""
        if extra:
            after = re.match(r"\s+năm\s+\d{4}", masked[m.start("title") + len(title) + extra.end():])
            year = after.group(0) if after else ""
        cited = f"{m.group('kind')} {title}{extra.group(0) if extra else ''}{year}"
        found.append((m.start(), Reference(kind=m.group("kind").capitalize() if m.group("kind") != "Bộ luật"
                                           else "Bộ luật", number_symbol=None,
                                           text=re.sub(r"\s+", " ", cited).strip())))
    for m in _BASIS.finditer(masked):
        found.append((m.start("kind"), Reference(kind=m.group("kind"), number_symbol=None,
                                                 text=f"{m.group('kind')} {re.sub(r'[ ]+', ' ', m.group('title'))}")))
    for m in _MEETING_NQ.finditer(masked):
        found.append((m.start(), Reference(kind="Nghị quyết", number_symbol=None,
                                           text=re.sub(r"\s+", " ", m.group(0)).strip())))
    for m in _TITLED.finditer(masked):
        title = re.sub(r"\s+", " ", m.group("title")).strip().rstrip(",")
        if len(title.split()) < 4 or vocab.BARE_SYMBOL_RE.search(title):
            continue
        after = masked[m.end("title"):].lstrip()
        defined = re.match(r"\((?:sau đây|[A-ZĐ])", after) is not None  # "(Đề án)", "(sau đây gọi là …)"
        if not (_IDENTIFIED.search(title) or defined):
            continue
        found.append((m.start("kind"), Reference(kind=m.group("kind"), number_symbol=None,
                                                 text=f"{m.group('kind')} {title}")))
    return [r for _, r in sorted(found, key=lambda x: x[0])]


def _title_of(cited: str) -> str:
    """"luật lưu trữ" for "Luật Lưu trữ số 33/2024/QH15"."""
    return tone_key(re.split(r"\s+số\b", cited, maxsplit=1)[0])


def _same_named(a: str, b: str) -> bool:
    """Two citations by name of one document ("Nghị quyết Đại hội lần thứ XIII của Đảng" and
    "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")."""
    ka, kb = tone_key(a), tone_key(b)
    if ka.startswith(kb) or kb.startswith(ka):
        return True  # "Luật Thi đua" then "Luật Thi đua, khen thưởng"
    ra = re.findall(r"\b[ivxlc]+\b|\d+", ka)
    rb = re.findall(r"\b[ivxlc]+\b|\d+", kb)
    if ra != rb:
        return False  # "… tháng 9 năm 2025" and "… tháng 10 năm 2025" are two resolutions
    if ra and ka.split()[:3] == kb.split()[:3]:
        return True  # same kind of meeting, same congress/term numbers
    return SequenceMatcher(None, ka, kb, autojunk=False).ratio() >= 0.8


def find_references(blocks: list[Block], exclude: str | None = None) -> list[Reference]:
    """One reference per distinct cited document over the given blocks (the body)."""
    own = {vocab.parse_symbol(exclude).text} if exclude and vocab.parse_symbol(exclude) else set()
    if exclude:
        own.add(exclude)
    seen: set[str] = set()
    out: list[Reference] = []
    for b in blocks:
        for ref in references_in_text(b.text, own):
            key = ref.number_symbol or tone_key(ref.text)
            if key in seen:
                continue
            if ref.number_symbol is None and any(r.number_symbol is None and _same_named(r.text, ref.text)
                                                 for r in out):
                continue
            if ref.number_symbol is None and any(r.number_symbol and _title_of(r.text).startswith(tone_key(ref.text))
                                                 for r in out):
                continue  # "Luật Lưu trữ" again, first cited as "Luật Lưu trữ số 33/2024/QH15"
            seen.add(key)
            out.append(ref)
    return out
