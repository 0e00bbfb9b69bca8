"""The units expected to report, and matching the names units print on reports.

The office either gives the list (a CSV, read in ``api/``) or it comes from the
directive itself: its "Kính gửi" addressees, else the "Nơi nhận" entries sent
"để thực hiện". A report's issuer then has to be found in that list although
it is printed differently: CAPS, "Đảng uỷ"/"Đảng ủy", "UBND"/"Ủy ban nhân dân",
"TP."/"thành phố", with or without the place ("Sở Tư pháp" vs "SỞ TƯ PHÁP").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from extract.contract import Document
from extract.coverage.textnorm import fold

# Abbreviations offices use in names (domain notes §2.3), expanded before comparison.
_ABBREV = [(re.compile(pattern), repl) for pattern, repl in [
    (r"\bubnd\b", "uy ban nhan dan"), (r"\bhdnd\b", "hoi dong nhan dan"),
    (r"\bmttq\b", "mat tran to quoc"), (r"\bubmttq\b", "uy ban mat tran to quoc"),
    (r"\btp\.?\s*", "thanh pho "), (r"\bkdc\b", "khu dan cu"), (r"\bthpt\b", "trung hoc pho thong"),
    (r"\bthcs\b", "trung hoc co so"), (r"\bbch\b", "ban chi huy"),
    (r"\bskhcn\b", "so khoa hoc va cong nghe"), (r"\bkh&cn\b", "khoa hoc va cong nghe"),
    (r"\bp\.\s*", "phuong "), (r"\bq\.\s*", "quan "),
]]
# Words that name who signs for a unit, not the unit: "Ban Thường vụ Đảng ủy X" is Đảng ủy X.
_LEADING = re.compile(r"^(t/m|tm\.?|ban thuong vu|thuong truc|ban chap hanh|lanh dao)\s+")
# Entries of a copy list that are not units expected to act.
_NOT_A_UNIT = re.compile(r"^(nhu tren|nhu dieu|luu\b|cac dong chi|chu tich, |thuong truc|ban thuong vu"
                         r"|van phong|cong thong tin|bao\s)")
# "Ủy ban nhân dân các phường: Lê Chân, Hồng Bàng" → one unit per name after the colon.
_PLURAL_LIST = re.compile(r"^(?P<head>.+?)\s+các\s+(?P<kind>[^:]+?)\s*:\s*(?P<names>.+)$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def unit_key(name: str | None) -> str:
    """Folded, abbreviations expanded, signing words dropped: "UBND P. Lê Chân" → "uy ban nhan dan phuong le chan".

    Cached: :meth:`UnitRegistry.match` keys every registry entry again for each printed name.
    """
    s = fold(name)
    s = re.sub(r"[()\"'“”]", " ", s)
    for pattern, repl in _ABBREV:
        s = pattern.sub(repl, s)
    s = re.sub(r"[,;.:]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    prev = None
    while prev != s:
        prev, s = s, _LEADING.sub("", s)
    return s


@dataclass(slots=True)
class RegUnit:
    name: str  # as the office writes it; this is what the coverage prints
    aliases: list[str] = field(default_factory=list)

    def match_keys(self) -> list[str]:
        return [k for k in (unit_key(n) for n in [self.name, *self.aliases]) if k]


@dataclass(slots=True)
class UnitRegistry:
    units: list[RegUnit] = field(default_factory=list)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> UnitRegistry:
        """From CSV rows: a name column ("ten_don_vi", "don_vi", "unit", "name", "Tên đơn vị")
        and optional aliases ("ten_khac", "aliases"), several joined by ";" or "|"."""
        units = []
        for row in rows:
            cols = {fold(k).replace(" ", "_"): (v or "").strip() for k, v in row.items() if k}
            name = next((cols[c] for c in ("ten_don_vi", "don_vi", "unit", "name", "ten") if cols.get(c)), "")
            if not name:
                continue
            raw = next((cols[c] for c in ("ten_khac", "aliases", "alias", "ten_viet_tat") if cols.get(c)), "")
            units.append(RegUnit(name=name, aliases=[a.strip() for a in re.split(r"[;|]", raw) if a.strip()]))
        return cls(units)

    @classmethod
    def from_directive(cls, doc: Document) -> UnitRegistry:
        """The directive's addressees; failing those, the copy-list entries "để thực hiện"."""
        names = list(doc.addressees)
        if not names:
            names = [r.name for r in doc.recipients
                     if (r.purpose is None or "thực hiện" in r.purpose or r.purpose in ("t/h",))]
        units: list[RegUnit] = []
        for raw in names:
            for name in expand_name(raw):
                if name and not any(unit_key(u.name) == unit_key(name) for u in units):
                    units.append(RegUnit(name=name))
        return cls(units)

    def match(self, name: str | None, context: str | None = None) -> tuple[RegUnit | None, float]:
        """The registry entry a printed name stands for, with a 0..1 confidence.

        ``context`` is what else the report says about who sent it — the parent
        body in the header ("ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN" above "TRẠM Y TẾ"),
        the reporter named in the opening sentence. It decides between entries
        the name alone fits equally ("Trạm Y tế phường Lê Chân" / "… An Biên");
        when it cannot, there is no match rather than a guess.
        """
        k = unit_key(name)
        if not k:
            return None, 0.0
        scored: list[tuple[float, int, int]] = []  # (score, key length, unit index)
        for i, unit in enumerate(self.units):
            best_key = max(((_name_score(k, uk), len(uk)) for uk in unit.match_keys()), default=(0.0, 0))
            scored.append((best_key[0], best_key[1], i))
        if not scored:
            return None, 0.0
        top = max(s for s, _, _ in scored)
        if top < 0.86:
            return None, top
        tied = [(s, n, i) for s, n, i in scored if s >= top - 0.01]
        if len(tied) > 1 and context:
            ctx = set(unit_key(context).split())
            own = set(k.split())
            def extra_words(i: int) -> int:  # words of the entry beyond the printed name, found in context
                return max(len((set(uk.split()) - own) & ctx) for uk in self.units[i].match_keys())
            best_extra = max(extra_words(i) for _, _, i in tied)
            tied = [t for t in tied if extra_words(t[2]) == best_extra] if best_extra else tied
        if len(tied) > 1:
            longest = max(n for _, n, _ in tied)
            tied = [t for t in tied if t[1] == longest]
        if len(tied) > 1:
            return None, top  # "TRẠM Y TẾ" alone fits four stations: do not guess
        return self.units[tied[0][2]], top


def _name_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    # One name inside the other on word boundaries: "so tu phap" in "so tu phap thanh pho hai phong";
    # boundaries keep "khu dan cu so 1" from matching "khu dan cu so 10".
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if re.search(rf"(^| ){re.escape(short)}( |$)", long_) and len(short.split()) >= 2:
        return 0.95
    ratio = fuzz.ratio(a, b) / 100
    # Same words, one unit vs its place-qualified form ("cong an thanh pho" / "cong an thanh pho hai phong")
    # is handled above; token_sort catches reordered words only when lengths are close.
    if abs(len(a) - len(b)) <= 6:
        ratio = max(ratio, fuzz.token_sort_ratio(a, b) / 100)
    return ratio * 0.95 if _numbers(a) != _numbers(b) and ratio < 1 else ratio


def _numbers(s: str) -> list[str]:
    return re.findall(r"\d+", s)


def expand_name(raw: str) -> list[str]:
    """One addressee line → unit names: collective plurals without a list are dropped."""
    text = re.sub(r"\s+", " ", raw).strip(" -–;,.")
    if not text:
        return []
    if _NOT_A_UNIT.match(unit_key(text)) or _NOT_A_UNIT.match(fold(text)):
        return []
    m = _PLURAL_LIST.match(text)
    if m:
        head, kind = m.group("head").strip(), m.group("kind").strip()
        names = [n.strip(" .;") for n in re.split(r",|\bvà\b", m.group("names")) if n.strip(" .;")]
        return [f"{head} {kind} {n}" for n in names]
    if re.match(r"^(các|những|toàn thể)\b", text, re.IGNORECASE) or " các " in f" {text.lower()} ":
        return []  # "Các chi bộ trực thuộc", "UBND các xã, phường": no names to expect
    return [text]
