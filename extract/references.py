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

from extract import vocab
from extract.contract import Reference
from extract.textkey import tone_key
from parsers.layout import Block

# "số", "số:" right before a symbol, possibly after "các văn bản".
_SO_BEFORE = re.compile(r"\bsố\s*:?\s*$", re.IGNORECASE)
# The own-document line of an appendix: "(Kèm theo Kế hoạch số 144/KH-UBND …)".
_ATTACHED = re.compile(r"\((?:Ban hành\s+)?kèm theo\b[^)]*\)", re.IGNORECASE)
# A law cited by name: "Luật" + a capitalised title, up to a word that cannot
# be part of a title. "năm 2025" is kept: it names which law ("Luật Kế toán năm 2015").
_LAW = re.compile(r"(?<!\w)(?P<kind>Bộ luật|Luật|Pháp lệnh|Hiến pháp)\s+(?P<title>[^\W\d_][^\s;:.,()\"“”*]*"
                  r"(?:\s+(?!(?:số|ngày|của|đã|được|quy định|tại|theo|có|để|trong|về|đến|với|thì|cho|là|"
                  r"nhằm|khi|và|hoặc|năm|hiện hành|sửa đổi|mới|này|đó|trên|dưới|các|những)\b)[^\s;:.,()\"“”*]+){0,10})"
                  r"(?P<year>\s+năm\s+\d{4})?")
_COMMA_TITLE = re.compile(r"^,\s+(?:chống|chữa|phòng)\s+[^\s;:.,()]+(?:\s+[^\s;:.,()]+)?")


def _kind_before(text: str, start: int) -> tuple[str | None, int]:
    """The type word that introduces the symbol at ``start`` ("Chỉ thị số", "Luật Lưu trữ số")."""
    window = text[max(0, start - 90):start]
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
    for start, end, sym in vocab.find_symbols(masked):
        if sym.text in exclude:
            continue
        kind, kstart = _kind_before(masked, start)
        cited = re.sub(r"\s+", " ", masked[kstart:end]).strip()
        found.append((kstart, Reference(kind=_canonical_kind(kind, sym), number_symbol=sym.text, text=cited)))
    for m in _LAW.finditer(masked):
        # Skip a law that also carries a number: the symbol pass has it.
        tail = masked[m.end():m.end() + 12]
        if re.match(r"\s*số\s*\d", tail):
            continue
        title = m.group("title")
        if not title[:1].isupper():
            continue  # "luật pháp", "Luật sư …" in prose: a title starts with a capital
        extra = _COMMA_TITLE.match(masked[m.start("title") + len(title):])
        cited = f"{m.group('kind')} {title}{extra.group(0) if extra else ''}{m.group('year') or ''}"
        found.append((m.start(), Reference(kind=m.group("kind").capitalize() if m.group("kind") != "Bộ luật"
                                           else "Bộ luật", number_symbol=None,
                                           text=re.sub(r"\s+", " ", cited).strip())))
    return [r for _, r in sorted(found, key=lambda x: x[0])]


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
            seen.add(key)
            out.append(ref)
    return out
