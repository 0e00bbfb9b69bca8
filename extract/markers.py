"""The label grammar of body items and headings: "I.", "1-", "1.1.", "a)", "-", "Điều 1." …

Every backend puts the printed label at the start of ``Block.text`` (Word's
automatic numbering included), so the body reader recognises structure from
text alone, the same way for DOCX, PDF and plain text.

A :class:`Marker` says *which family* a label belongs to (its ``kind``), not
its level: the level comes from how families actually nest in one document
(domain notes §3.1 — a công văn may start with "1." at the top while a kế
hoạch starts with "I."), which :mod:`extract.sections` works out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Vietnamese capital letters: a regex range like "À-Ỹ" would also take lower-case ones.
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"

# Families that name a structural division of a legal text (domain §3.1): they
# are headings whatever their length, and their number is a word ("Phần I").
ARTICLE_KINDS = ("phan", "chuong", "muc", "tieumuc", "dieu")
# Their fixed order, outer → inner (domain §3.1: Phần → Chương → Mục → Tiểu mục → Điều).
# Unlike "I."/"1."/"a)", whose level depends on what a document uses first, these
# words name their rank: a Chương can never sit inside an Điều, whatever came before.
STRUCTURAL_RANK = {"phan": 0, "chuong": 1, "muc": 2, "tieumuc": 3, "dieu": 4}
# Bullets carry no number: they are list items, never numbered headings.
BULLET_KINDS = ("dash", "plus", "bullet")

_ROMAN = r"[IVXLC]{1,6}"
_ORDINAL_WORDS = (
    "thứ nhất|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|thứ tám|thứ chín|thứ mười"
)

# "Phần I", "PHẦN THỨ HAI", "Chương II", "Mục 1", "Tiểu mục 2", "Điều 5." — the
# number may be Roman, Arabic or an ordinal word; what follows is the title.
_ARTICLE_RE = re.compile(
    rf"^(?P<word>Phần|PHẦN|Chương|CHƯƠNG|Tiểu mục|TIỂU MỤC|Mục|MỤC|Điều|ĐIỀU)\s+"
    rf"(?P<num>{_ROMAN}|\d{{1,3}}[a-z]?|(?i:{_ORDINAL_WORDS}))(?![\w/])\s*(?P<sep>[.:\-–]?)\s*(?P<rest>.*)$",
    re.S,
)
# "1.2.3." / "1.2." / "1.2" (depth ≥ 2). A trailing dot is optional: "1.1 Sở Y tế".
_MULTI_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,4})(?P<sep>\.?)(?:\s+|(?=[" + UPPER + "]))(?P<rest>.*)$", re.S)
# "1." "1)" "1-" "1/" "(1)" — Party texts use the hyphen (domain §1.2, "1- Văn bản …").
_ARABIC_RE = re.compile(r"^(?P<open>\()?(?P<num>\d{1,3})(?P<sep>(?(open)\)|(?:[.)/]|\s?[\-–](?=\s))))\s*(?P<rest>.*)$", re.S)
# "I." "II-" "IV/" — upper-case Roman numerals. "V." alone is also a letter, but
# in Vietnamese documents an upper-case letter list is rare and Roman is not.
_ROMAN_RE = re.compile(rf"^(?P<num>{_ROMAN})(?P<sep>[.)/]|\s?[\-–](?=\s))\s*(?P<rest>.*)$", re.S)
# "A." "B." (parts of some plans) — capital letters that are not Roman numerals.
_UPPER_RE = re.compile(r"^(?P<num>[ABDEGH])(?P<sep>[.)])\s+(?P<rest>.*)$", re.S)
# "a)" "đ)" "a." "(a)" "a-": điểm of a khoản, sub-items of a numbered item. The
# Vietnamese alphabet has no f/j/w/z but typists use them anyway; accept all.
_ALPHA_RE = re.compile(r"^(?P<open>\()?(?P<num>[a-zđ])(?P<sep>(?(open)\)|(?:[).]|\s?-(?=\s))))\s+(?P<rest>.*)$", re.S)
_BULLET_RE = re.compile(r"^(?P<sym>[-–—+•●▪◦○*·⁃➢➤✓❖§])\s*(?P<rest>.*)$", re.S)
_BULLET_KIND = {"-": "dash", "–": "dash", "—": "dash", "⁃": "dash", "+": "plus"}


@dataclass(frozen=True, slots=True)
class Marker:
    """A list label or heading number at the start of a block.

    ``kind`` is the family ("roman", "arabic", "arabic2" for "1.1.", "alpha",
    "dash", "plus", "bullet", "phan", "chuong", "muc", "dieu", …); ``label``
    is the label as printed; ``number`` its value without punctuation ("II",
    "1.2", "a", "Điều 3") or None for bullets; ``rest`` the text after it.
    """

    kind: str
    label: str
    number: str | None
    rest: str

    @property
    def is_bullet(self) -> bool:
        return self.kind in BULLET_KINDS

    @property
    def is_article(self) -> bool:
        return self.kind in ARTICLE_KINDS


def _article_word(word: str) -> str:
    w = word.lower()
    return {"phần": "phan", "chương": "chuong", "mục": "muc", "tiểu mục": "tieumuc", "điều": "dieu"}[w]


def parse_marker(text: str) -> Marker | None:
    """The label at the start of ``text``, or None for a plain paragraph."""
    s = text.lstrip()
    if not s:
        return None
    m = _ARTICLE_RE.match(s)
    if m:
        word = m.group("word")
        num = m.group("num")
        # "Mục tiêu", "Phần lớn": a division word must be followed by a number
        # (ensured by the regex); "Điều 5 Luật …" cited mid-sentence never starts a block,
        # but "Điều 5 của Luật …" could: require a separator, the end, or a capital after it.
        rest = m.group("rest").strip()
        if not m.group("sep") and rest and not (rest[:1].isupper() or rest[:1] in "“\"("):
            return None
        if not m.group("sep") and re.match(
                r"(?:Nghị định|Nghị quyết|Luật|Thông tư|Quyết định|Quy định|Bộ luật|Pháp lệnh|Hiến pháp)\b", rest):
            return None  # "Điều 6 Nghị định số 98/2025/NĐ-CP;": a citation wrapped to a line start
        kind = _article_word(word)
        label = s[: m.start("rest")].strip()
        canonical = word[:1].upper() + word[1:].lower()
        return Marker(kind, label, f"{canonical} {num}", rest)
    m = _MULTI_RE.match(s)
    if m and not re.match(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\b", s):  # not a date "15.3.2026"
        depth = m.group("num").count(".") + 1
        return Marker(f"arabic{depth}", s[: m.start("rest")].strip(), m.group("num"), m.group("rest").strip())
    m = _ARABIC_RE.match(s)
    if m and not re.match(r"^\d{1,3}/\d", s):  # "1/2026", "20/11": a date or ratio, not "1/"
        rest = m.group("rest").strip()
        sep = m.group("sep").strip()
        # "2025. Năm …" never occurs, but "5 - 10 %" does: a hyphen label needs a capital after it.
        if sep in "-–" and rest and not rest[:1].isupper():
            return None
        if sep == "." and rest[:1].isdigit():
            return None  # "1.000 người": a number, not a label
        kind = "arabic)" if sep == ")" and not m.group("open") else ("arabic()" if m.group("open") else "arabic")
        return Marker(kind, s[: m.start("rest")].strip(), m.group("num"), rest)
    m = _ROMAN_RE.match(s)
    if m:
        rest = m.group("rest").strip()
        if rest and not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "“\"("):
            return None  # "V. và …" is not a heading; Roman headings are capitalised
        return Marker("roman", s[: m.start("rest")].strip(), m.group("num"), rest)
    m = _UPPER_RE.match(s)
    if m and m.group("rest")[:1].isupper():
        return Marker("upper", s[: m.start("rest")].strip(), m.group("num"), m.group("rest").strip())
    m = _ALPHA_RE.match(s)
    if m:
        sep = m.group("sep").strip()
        rest = m.group("rest").strip()
        # "a. " is a label only before a capital: "v. v." / "c. ty" are not.
        if sep in (".", "-") and not rest[:1].isupper():
            return None
        kind = "alpha()" if m.group("open") else ("alpha." if sep == "." else "alpha")
        return Marker(kind, s[: m.start("rest")].strip(), m.group("num"), rest)
    m = _BULLET_RE.match(s)
    if m:
        sym = m.group("sym")
        rest = m.group("rest").strip()
        if sym in "-–—" and rest[:1].isdigit() and re.match(r"^\d+\s*%", rest):
            return None  # "- 5 %" is a negative number in a table, hardly an item
        if sym == "*" and not rest:
            return None  # the Party "*" under the issuer
        kind = _BULLET_KIND.get(sym, "bullet")
        return Marker(kind, sym, None, rest)
    return None
