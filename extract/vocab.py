"""Shared vocabulary of Vietnamese official documents: import from here, don't copy.

Everything in this module is a table or a pattern taken from the domain notes
(``../shared/domain/vietnamese-official-documents.md``), used by more than one
zone reader. Body/tasks code should use it too, so that a fix (a new type, a
new OCR confusion) lands everywhere at once:

* **Symbols** (§2.4): :func:`norm_symbol_text`, :func:`parse_symbol` (a
  "số, ký hiệu" after "Số"/"Số:"), :func:`find_symbols` (bare symbols inside
  running text), :class:`Symbol` (number, year, type code, issuer, regime).
* **Document types** (§2.1/2.2): :data:`DOC_TYPES` (name, codes),
  :func:`type_by_name` ("CHỈ THỊ" → ("CT", "Chỉ thị")), :func:`type_by_code`,
  :data:`TYPE_NAME_RE` / :data:`TYPE_NAME_PATTERN` (a type name inside a
  sentence, for citations), :data:`STATE_TYPE_CODES`.
* **Dates** (§2.5): :func:`parse_date` ("ngày 05 tháng 01 năm 2026",
  "05/01/2026", "05-01-2026", "5.1.2026"), :data:`DATE_RE` to find them,
  :data:`PLACE_DATE_RE` for the header's place-and-date line.
* **Zone labels**: :data:`ITEM_MARK_RE` (a list item's "- "/"+ "),
  :data:`KINH_GUI_LABEL_RE`, :data:`DIEN_RE` (the công điện's "… điện:").
* **Signing** (§1.1/1.2): :data:`SIGN_PREFIX_RE` (TM./KT./TL./TUQ./Q. and
  T/M, K/T, T/L, T/U), :data:`TITLE_RE` (PHÓ BÍ THƯ, CHỦ TỊCH …; its head
  words in :data:`TITLE_HEADS`).
* **Text keys** live in :mod:`extract.textkey` (``tone_key`` = the scorer's
  normalisation, ``fold`` = accent-insensitive).
* **Header furniture**: :func:`is_motto` (quốc hiệu, tiêu ngữ, "ĐẢNG CỘNG SẢN
  VIỆT NAM" — never the issuer), :func:`is_rule` (drawn rules as text),
  :func:`explode_header_line` (a line holding several header components, as
  plain text, OCR and tabbed DOCX headers give them, cut into one per piece).

All functions take NFC text (``parsers`` guarantees it) and are pure.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from extract.textkey import fold

# ---------------------------------------------------------------------------
# Symbols ("số, ký hiệu")
# ---------------------------------------------------------------------------

# Hyphen look-alikes and slash look-alikes seen in web copies, OCR and Word
# autocorrect ("12 /QĐ–UBND" with an en dash): one "-" and one "/" each.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_DASH_MAP = {ord(c): "-" for c in _DASHES} | {0x2044: "/", 0x2215: "/", 0xFF0F: "/"}


def norm_symbol_text(text: str) -> str:
    """NFC, Ð→Đ, one kind of dash and slash, odd spaces made plain."""
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")
    text = text.translate(_DASH_MAP)
    return re.sub(r"[\u00a0\u2007\u202f\u200b\t]", " ", text)


# One symbol part: starts with a capital; official codes keep lower-case letters
# (QyĐ, CTr, TTg, QĐi), legislatures carry a number (QH14, UBTVQH15), and joint
# units use "&" ("KH&CN", "BNN&MT", sometimes typed "QLN& TTBĐS").
TOK = r"[A-ZĐ][A-Za-zĐđ0-9]*(?:\s?&\s?[A-ZĐ][A-Za-zĐđ0-9]*)*"
_GROUPS = rf"{TOK}(?:\s*-\s*{TOK})*"
# "Số" as printed and as OCR/typists spoil it: "Sô", "Sồ", "So", "SỐ", "Số:".
NUMBER_WORD = r"(?:S[ốôồổỗộoóòỏõọ0]|SỐ|SÔ|SO)"
_BLANK = r"[\s._…]*"  # unnumbered drafts: "Số:      /KH-UBND", "Số: …/BC-UBND"

PARTY_SYMBOL_RE = re.compile(
    rf"(?P<num>\d{{1,6}})?{_BLANK}-\s*(?P<type>{TOK})\s*/\s*(?P<issuer>{_GROUPS})")
STATE_SYMBOL_RE = re.compile(
    rf"(?P<num>\d{{1,6}})?{_BLANK}/\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?(?P<a>{TOK})"
    rf"(?:\s*-\s*(?P<b>{_GROUPS}))?")
NUMBER_LINE_RE = re.compile(rf"^\s*{NUMBER_WORD}\s*[:;.]?\s*[#*'`\"]*(?=[\d._…/\-\s])", re.IGNORECASE)

# Bare symbols inside running text ("Chỉ thị số 47-CT/TW", "văn bản số 621/BC-BTC").
# A number is required here (unlike the header), and a state symbol without a year
# needs its hyphen, so dates ("05/01/2026") and ratios never look like symbols.
_BARE_PARTY = rf"\d{{1,6}}\s?-\s?{TOK}/{_GROUPS}"
# With a year, the part after it is "<TYPE>-<ISSUER>" or a legislature ("QH15",
# "UBTVQH15"); a bare "86/2016/TT" is a truncated or OCR-broken symbol, not a citation.
_BARE_STATE = (rf"\d{{1,6}}/(?:(?:19|20)\d\d/(?:{TOK}\s?-\s?{_GROUPS}|[A-Z]+\d{{1,2}}(?![\w-]))"
               rf"|{TOK}\s?-\s?{_GROUPS})")
BARE_SYMBOL_RE = re.compile(rf"(?<![\w/-])(?:{_BARE_PARTY}|{_BARE_STATE})(?![\w/])")
# OCR litter between "Số:" and the number ("Số: #6 /VBHN-BQP").
_NUMBER_LITTER = re.compile(rf"^({NUMBER_WORD}\s*[:;.]?\s*)[#*'`\"]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Symbol:
    """A parsed "số, ký hiệu"."""

    text: str  # canonical: no spaces, "-" and "/" as the grammar wants ("12/QĐ-UBND", "/KH-UBND")
    number: str | None
    regime: str  # "party" | "state" | "vbqppl"
    type_code: str | None  # CT, KH, NĐ …; None for a state công văn (no code)
    issuer: str | None  # UBND, TW, BTCTU-BDVTU …
    year: str | None = None


def _squash(part: str | None) -> str:
    return re.sub(r"\s+", "", part or "")


def parse_symbol(text: str) -> Symbol | None:
    """The symbol at the start of ``text``, with or without a leading "Số"/"Số:".

    Party grammar is tried first (``47-CT/TW``): a Party symbol also contains a
    "/" and would otherwise read as a state symbol whose number is missing.
    """
    text = norm_symbol_text(text).strip()
    text = _NUMBER_LITTER.sub(r"\1", text)
    text = NUMBER_LINE_RE.sub("", text, count=1).strip()
    m = PARTY_SYMBOL_RE.match(text)
    if m and (m.group("num") or m.group(0).lstrip()[:1] in "-._…"):
        num, typ, iss = m.group("num"), _squash(m.group("type")), _squash(m.group("issuer"))
        return Symbol(f"{num or ''}-{typ}/{iss}", num, "party", typ, iss)
    m = STATE_SYMBOL_RE.match(text)
    if not m:
        return None
    num, year, a, b = m.group("num"), m.group("year"), _squash(m.group("a")), _squash(m.group("b"))
    canon = f"{num or ''}/" + (f"{year}/" if year else "") + a + (f"-{b}" if b else "")
    if year:
        # VBQPPL: "30/2020/NĐ-CP"; a law's "45/2019/QH14" has no type code.
        return Symbol(canon, num, "vbqppl", a if b else None, b or a, year)
    if b and a in STATE_TYPE_CODES:
        return Symbol(canon, num, "state", a, b)
    return Symbol(canon, num, "state", None, a + (f"-{b}" if b else ""))


def find_symbols(text: str) -> list[tuple[int, int, Symbol]]:
    """Every bare symbol in running text: (start, end, Symbol)."""
    text = norm_symbol_text(text)
    out = []
    for m in BARE_SYMBOL_RE.finditer(text):
        sym = parse_symbol(m.group(0))
        if sym:
            out.append((m.start(), m.end(), sym))
    return out


# ---------------------------------------------------------------------------
# Document types
# ---------------------------------------------------------------------------

# (name as written in running text, state code, party code). None = the regime
# has no code for it. State codes: NĐ 30 Phụ lục III; Party: QĐ 66 / HD 36.
# Quy định is QyĐ (state) and QĐi or QĐ (Party, by generation) — see §2.2.
DOC_TYPES: list[tuple[str, str | None, str | None]] = [
    ("Nghị quyết", "NQ", "NQ"),
    ("Quyết định", "QĐ", "QĐ"),
    ("Chỉ thị", "CT", "CT"),
    ("Quy chế", "QC", "QC"),
    ("Quy định", "QyĐ", "QĐ"),
    ("Thông cáo", "TC", "TC"),
    ("Thông báo", "TB", "TB"),
    ("Hướng dẫn", "HD", "HD"),
    ("Chương trình", "CTr", "CTr"),
    ("Kế hoạch", "KH", "KH"),
    ("Phương án", "PA", "PA"),
    ("Đề án", "ĐA", "ĐA"),
    ("Dự án", "DA", "DA"),
    ("Báo cáo", "BC", "BC"),
    ("Biên bản", "BB", "BB"),
    ("Tờ trình", "TTr", "TTr"),
    ("Hợp đồng", "HĐ", None),
    ("Công điện", "CĐ", None),
    ("Công văn", None, "CV"),
    ("Kết luận", "KL", "KL"),
    ("Thông tri", None, "TT"),
    ("Bản ghi nhớ", "BGN", None),
    ("Bản thỏa thuận", "BTT", None),
    ("Giấy ủy quyền", "GUQ", None),
    ("Giấy mời", "GM", "GM"),
    ("Giấy giới thiệu", "GGT", "GGT"),
    ("Giấy nghỉ phép", "GNP", None),
    ("Phiếu gửi", "PG", None),
    ("Phiếu chuyển", "PC", None),
    ("Phiếu báo", "PB", None),
    ("Tuyên bố", None, None),
    ("Lời kêu gọi", None, None),
    ("Điều lệ", None, None),
    ("Cương lĩnh", None, None),
    ("Chiến lược", None, None),
    ("Quy hoạch", None, None),
    # Legal normative documents (Luật Ban hành VBQPPL): codes sit in the symbol
    # after the year ("30/2020/NĐ-CP"); needed for type lines and citations.
    ("Nghị định", "NĐ", None),
    ("Thông tư liên tịch", "TTLT", None),
    ("Thông tư", "TT", None),
    ("Luật", None, None),
    ("Bộ luật", None, None),
    ("Pháp lệnh", "PL", None),
    ("Lệnh", None, None),
    ("Văn bản hợp nhất", "VBHN", None),
]

# Codes that make "<num>/<CODE>-<ISSUER>" a typed state document rather than a
# công văn "<num>/<ISSUER>-<UNIT>" (§2.4). Codes used only in VBQPPL
# ("NĐ", "TT") are included: "45/NĐ-CP" without a year still names a decree.
STATE_TYPE_CODES = frozenset(c for _, c, _ in DOC_TYPES if c) | {"QĐi", "CV"}
# Legacy/alternate codes for the same types, as found in symbols.
_CODE_ALIASES = {"QĐi": "Quy định", "QyĐ": "Quy định", "CV": "Công văn", "VBHN": "Văn bản hợp nhất"}

_NAME_BY_FOLD = {fold(name): (name, state, party) for name, state, party in DOC_TYPES}


def type_by_name(text: str, regime: str | None = None) -> tuple[str | None, str] | None:
    """("CT", "Chỉ thị") for "CHỈ THỊ" / "Chỉ thị"; None when ``text`` is not a type name.

    ``regime`` picks the code where the two regimes differ (Quy định: QyĐ/QĐ).
    """
    key = fold(re.sub(r"[\s:.]+$", "", text.strip()))
    key = re.sub(r"\s+", " ", key)
    hit = _NAME_BY_FOLD.get(key)
    if not hit and key.endswith(" lien tich") and key != "thong tu lien tich":
        # Joint documents of several bodies (NĐ 30 Điều 7): "KẾ HOẠCH LIÊN TỊCH" → KHLT,
        # "NGHỊ QUYẾT LIÊN TỊCH" → NQLT.
        base = type_by_name(text.strip()[: -len("liên tịch")].strip(), regime)
        if base and base[0]:
            return (base[0] + "LT", base[1] + " liên tịch")
        return None
    if not hit:
        return None
    name, state, party = hit
    code = party if regime == "party" else state
    return (code or state or party, name)


def type_by_code(code: str, regime: str | None = None) -> str | None:
    """"Chỉ thị" for "CT"; None for an unknown code. Case matters (CT ≠ Ct)."""
    if code in _CODE_ALIASES:
        return _CODE_ALIASES[code]
    if code.endswith("LT") and len(code) > 3:
        base = type_by_code(code[:-2], regime)
        return f"{base} liên tịch" if base else None
    for name, state, party in DOC_TYPES:
        if regime == "party" and party == code:
            return name
        if regime != "party" and state == code:
            return name
    for name, state, party in DOC_TYPES:
        if code in (state, party):
            return name
    return None


# A type name at the start of a citation ("Chỉ thị số …", "Nghị định số …").
# Longest names first so "Thông tư liên tịch" wins over "Thông tư".
CITABLE_TYPES = sorted({n for n, _, _ in DOC_TYPES} | {"Văn bản", "Công văn", "Hiến pháp"}, key=len, reverse=True)
TYPE_NAME_PATTERN = "|".join(re.escape(n) for n in CITABLE_TYPES)
TYPE_NAME_RE = re.compile(rf"(?<!\w)(?P<kind>{TYPE_NAME_PATTERN})(?!\w)", re.IGNORECASE)


# ---------------------------------------------------------------------------
# Dates and the place-and-date line
# ---------------------------------------------------------------------------

_GAP = r"[\s.…_]*"
# "ngày 05 tháng 01 năm 2026"; blanks in drafts ("ngày    tháng    năm 2026") leave d/m None.
VN_DATE_RE = re.compile(
    rf"ngày{_GAP}(?P<d>\d{{1,2}})?{_GAP}tháng{_GAP}(?P<m>\d{{1,2}})?{_GAP}năm{_GAP}(?P<y>\d{{4}})",
    re.IGNORECASE)
# "05/01/2026", "5-1-2026" (Party), "05.01.2026"; the separators must agree.
# A space may stand on either side of a separator ("05 / 01 / 2026": typed or OCR).
NUM_DATE_RE = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2}) ?(?P<s>[/.-]) ?(?P<m>\d{1,2}) ?(?P=s) ?(?P<y>\d{4})(?![\d/])")
DATE_RE = re.compile(f"{VN_DATE_RE.pattern}|{NUM_DATE_RE.pattern.replace('(?P<', '(?P<n')}"
                     .replace("(?P=s)", "(?P=ns)"), re.IGNORECASE)
# §2.5: "(place), ngày … tháng … năm …". Apply it to the right header column only.
# Numeric dates ("Hà Nội, ngày 05/01/2026") are not the decree's form but occur in
# web copies and small offices; OCR drops the comma ("Hà Nội ngày 05 tháng …").
PLACE_DATE_RE = re.compile(
    rf"(?P<place>[^,\n]{{2,60}}?)\s*,?\s*(?P<date>ngày{_GAP}\d{{0,2}}{_GAP}tháng{_GAP}\d{{0,2}}{_GAP}năm{_GAP}\d{{4}}"
    r"|(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})",
    re.IGNORECASE)


def _mk_date(y: str | None, m: str | None, d: str | None) -> date | None:
    try:
        return date(int(y), int(m), int(d)) if y and m and d else None
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """The first complete date in ``text`` (Vietnamese words or numeric), or None."""
    m = DATE_RE.search(text or "")
    if not m:
        return None
    if m.group("y"):
        return _mk_date(m.group("y"), m.group("m"), m.group("d"))
    return _mk_date(m.group("ny"), m.group("nm"), m.group("nd"))


# ---------------------------------------------------------------------------
# Labels and list marks the zone readers share
# ---------------------------------------------------------------------------

# The marker of a list item ("- ", "+ ", "• ", "– "): addressees under "Kính gửi",
# the "Nơi nhận" list and body items all use it (§1.3, §7).
ITEM_MARK_RE = re.compile(r"^\s*[-+•–]\s*")
# "Kính gửi" with its colon, as a prefix to strip; OCR drops the marks ("Kinh gui").
KINH_GUI_LABEL_RE = re.compile(r"^\W*K[íi]nh\s+g[ửủu]i\s*:?\s*", re.IGNORECASE)
# The công điện's addressee formula ends its line: "THỦ TƯỚNG CHÍNH PHỦ điện:".
DIEN_RE = re.compile(r"\bđiện\s*:\s*$", re.IGNORECASE)


# ---------------------------------------------------------------------------
# Signing
# ---------------------------------------------------------------------------

# NĐ 30 uses dotted prefixes, Party texts slashed ones; web copies drop the dot
# ("KT GIÁM ĐỐC") and OCR adds spaces ("T / M"). "Q." (quyền) needs its dot:
# a bare "Q" is too rare to be worth the false hits.
SIGN_PREFIX = r"(?:T\s?/\s?M|K\s?/\s?T|T\s?/\s?L|T\s?/\s?U|TUQ\.?|TM\.?|KT\.?|TL\.?|Q\.)"
SIGN_PREFIX_RE = re.compile(rf"^{SIGN_PREFIX}(?=\s|[A-ZĐÀ-Ỹ])")
# Head words of signer titles (the line under the authority). Used to tell a
# title from an authority and to split the two when a backend glued them.
TITLE_HEADS = (
    r"BÍ THƯ|CHỦ TỊCH|CHỦ NHIỆM|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|TRƯỞNG BAN|"
    r"CHÁNH VĂN PHÒNG|CHÁNH ÁN|CHÁNH THANH TRA|TỔNG THANH TRA|VIỆN TRƯỞNG|VỤ TRƯỞNG|CỤC TRƯỞNG|"
    r"TỔNG CỤC TRƯỞNG|TRƯỞNG PHÒNG|HIỆU TRƯỞNG|TRƯỞNG ĐOÀN|CHỦ NHIỆM ỦY BAN|TỔNG BIÊN TẬP|"
    r"THỐNG ĐỐC|TỔNG KIỂM TOÁN|TRƯỞNG KHOA|GIÁM ĐỐC SỞ [A-ZĐÀ-Ỹ ]+|TỔNG BÍ THƯ|CHỦ TỊCH NƯỚC|"
    r"TRƯỞNG|THƯ KÝ|ỦY VIÊN|UỶ VIÊN|CHỦ TỌA|CHỦ TOẠ"
)
TITLE_RE = re.compile(rf"^(?:PHÓ\s+|Q\.\s*)?(?:{TITLE_HEADS})(?:\s+THƯỜNG TRỰC)?$")


# ---------------------------------------------------------------------------
# Header furniture
# ---------------------------------------------------------------------------

_MOTTO_KEYS = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc",
               "dang cong san viet nam")


def is_motto(text: str) -> bool:
    """Quốc hiệu, tiêu ngữ or the Party title: printed top right, never the issuer."""
    key = re.sub(r"\s*-\s*", " - ", fold(norm_symbol_text(text)))
    key = re.sub(r"[^\w\s-]", "", key)
    key = re.sub(r"\s+", " ", key).strip()
    return any(k in key for k in _MOTTO_KEYS) or key.startswith("cong hoa xa hoi")


_RULE = re.compile(r"[\s\-_–—=.~·]{2,}")


def is_rule(text: str) -> bool:
    """A drawn rule typed as text ("-----", "____", "* * *" is not: the Party star is kept)."""
    return bool(_RULE.fullmatch(text or ""))


# Where components glued into one line (a PDF with no columns, a pasted header)
# are cut apart before classification.
GLUE_CUTS = [
    re.compile(r"\s+(?=(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI)"),
    re.compile(r"\s+(?=Đ[ẢẲAẠÃ]NG CỘNG SẢN VIỆT NAM)"),
    re.compile(r"\s+(?=Độc lập\s*[-–]\s*Tự do)"),
    re.compile(r"(?<=Hạnh phúc)\s+"),
    # "Số" only where a symbol follows ("CHI BỘ KHU DÂN CƯ SỐ 1" is a name).
    re.compile(rf"\s+(?={NUMBER_WORD}\s*[:;.]?\s*[#*]?\d*[\s._…]*[/-]\s*(?:\d{{4}}\s*/\s*)?[A-ZĐ])"),
    re.compile(r"(?<=năm \d{4})\s+"),
    re.compile(r"\s+(?=K[íi]nh g[ửủu]i\b)"),
    re.compile(r"\s+(?=V/v\b)"),
    re.compile(r"(?<=\s\*)\s+|\s+(?=\*\s)"),
]
_SYMBOL_SPAN = re.compile(
    rf"^{NUMBER_WORD}\s*[:;.]?\s*(?:{PARTY_SYMBOL_RE.pattern}|{STATE_SYMBOL_RE.pattern.replace('(?P<num>', '(?P<num2>')})")


def explode_header_line(text: str) -> list[str]:
    """Cut a line that holds several header components into one piece each."""
    parts = [text]
    for cut in GLUE_CUTS:
        parts = [p for part in parts for p in cut.split(part) if p and p.strip()]
    out: list[str] = []
    for p in parts:
        # "Số: 12/CT-UBND Nghệ An, ngày …": the place starts where the symbol ends.
        m = _SYMBOL_SPAN.match(norm_symbol_text(p))
        if m and m.end() < len(p) and p[m.end():].strip():
            out.extend([p[:m.end()].strip(), p[m.end():].strip()])
        else:
            out.append(p.strip())
    return out
