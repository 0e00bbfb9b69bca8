"""Post-OCR repair for this genre: fixed phrases and the number/symbol, nothing else.

Tesseract's Vietnamese errors are mostly tone marks and hats ("ĐẢNG" read as
"ĐẲNG", "Nơi nhân", "KÊ HOẠCH") and letter/digit swaps inside codes
("2O25", "QD-UBND", "215 SYT-NVY"). Official documents print a small set of
phrases in fixed places (domain notes §1): the Quốc hiệu and motto, the Party
title, the type name, "Kính gửi", "Nơi nhận", signing prefixes and unit names.
Those lines are snapped back to the vocabulary when the line *is* mostly that
phrase. These rules never touch body prose; tone marks in prose are
``parsers.ocr_lexicon``'s job, which changes a word only when the word list
says the printed reading cannot be right (applied after these, in ``ocr``).

Rules, each on a whole printed line (one column of a row):

* whole-line phrases (Quốc hiệu, motto, Party title, type names, signing titles):
  fuzzy match of the whole line (rapidfuzz), long phrases at ≥ 85 %, short
  ones only when the letters without tone marks are identical;
* line-start labels ("Kính gửi", "Nơi nhận", "V/v", signing prefixes "TM." / "T/M"):
  only the label's own words are replaced;
* unit-name phrases ("ỦY BAN NHÂN DÂN", "ĐẢNG ỦY", …) inside CAPS lines, only
  where the letters without tone marks are identical;
* the "Số …" token: digit/letter swaps in the number, Đ in known codes, a
  missing "/" or "-" after the number, spaces around separators.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from parsers.legacy import valid_syllable

# Whole printed lines (both spellings of HÒA/HOÀ: text is kept as written, so the
# nearer one wins).
LINE_PHRASES = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "BAN CHẤP HÀNH TRUNG ƯƠNG",
    # type names (NĐ 30 Điều 7; QĐ 66/399-QĐ/TW), as printed on the type line
    "CHỈ THỊ", "KẾ HOẠCH", "THÔNG BÁO", "QUYẾT ĐỊNH", "BÁO CÁO", "HƯỚNG DẪN", "NGHỊ QUYẾT",
    "KẾT LUẬN", "CÔNG ĐIỆN", "TỜ TRÌNH", "QUY ĐỊNH", "QUY CHẾ", "THÔNG TƯ", "NGHỊ ĐỊNH",
    "CHƯƠNG TRÌNH", "ĐỀ ÁN", "PHƯƠNG ÁN", "BIÊN BẢN", "CÔNG VĂN", "THÔNG TRI", "GIẤY MỜI",
    "KẾ HOẠCH LIÊN TỊCH", "HƯỚNG DẪN LIÊN TỊCH", "QUY ĐỊNH", "LỜI KÊU GỌI",
    "VĂN BẢN HỢP NHẤT", "XÁC THỰC VĂN BẢN HỢP NHẤT",
    # urgency and secrecy marks (NĐ 30 ô 10a/10b), boxed beside the number block
    "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "HOẢ TỐC", "MẬT", "TỐI MẬT", "TUYỆT MẬT",
)
# Signing titles on their own line; these may match fuzzily (≥ 80 %) because the seal
# and the pen stroke sit on them ("PULIÓ BÍ THƯ"), and no title is near a type name.
TITLE_PHRASES = (
    "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "BÍ THƯ", "PHÓ BÍ THƯ",
    "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
    "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "HIỆU TRƯỞNG",
    "TỔNG GIÁM ĐỐC", "VỤ TRƯỞNG", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM",
)
# Phrases inside CAPS lines (issuer, signing authority): tone marks only.
UNIT_PHRASES = (
    "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ĐẢNG ỦY", "ĐẢNG UỶ", "ĐẢNG BỘ",
    "ĐẢNG CỘNG SẢN", "ĐẢNG ĐOÀN", "BAN CÁN SỰ ĐẢNG", "CƠ QUAN ĐẢNG", "TỈNH ỦY", "TỈNH UỶ",
    "THÀNH ỦY", "THÀNH UỶ", "HUYỆN ỦY", "HUYỆN UỶ", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "BAN TỔ CHỨC",
    "BAN TUYÊN GIÁO", "BAN DÂN VẬN", "VĂN PHÒNG", "CHÍNH PHỦ", "TRUNG ƯƠNG", "THÀNH PHỐ",
    "UBND TỈNH", "UBND THÀNH PHỐ", "UBND HUYỆN", "SỞ Y TẾ", "SỞ NỘI VỤ", "SỞ TÀI CHÍNH", "SỞ TƯ PHÁP",
    "GIÁO DỤC VÀ ĐÀO TẠO", "BỘ TÀI CHÍNH", "BỘ QUỐC PHÒNG", "BỘ NỘI VỤ", "BỘ Y TẾ", "CỤC THUẾ",
    "CÔNG AN", "CHỦ TỊCH", "GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG", "TRƯỞNG BAN",
    "BÍ THƯ", "CHÁNH VĂN PHÒNG",
)
# Only phrases of two words or more: one syllable alone is ambiguous without its
# tone marks ("QUAN"/"QUẬN", "SO"/"SỞ"/"SỐ", "THUE"/"THUẾ"/"THUÊ").
_UNIT_BY_FOLD: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
for _p in UNIT_PHRASES:
    _UNIT_BY_FOLD.setdefault(tuple(unicodedata.normalize("NFD", w.replace("Đ", "D")).encode("ascii", "ignore")
                                   .decode().upper() for w in _p.split()), []).append(tuple(_p.split()))
# Signing prefixes (domain: "TM.", "KT.", "TL.", "TUQ." before the signer's title): OCR reads the
# dot as a comma or colon, or drops it; written back in the printed form, one spelling downstream.
_SIGNING = re.compile(r"^(TM|KT|TL|TUQ)(?:\s*[.,:;]\s*|\s+)(?=\S)")
# The slash forms "T/M", "K/T", "T/L": OCR reads the slash as "|", "l", "I", "1" or "!".
_SIGNING_PARTY = re.compile(r"^([TK])\s*[/|lI1!]{1,2}\s*([MTL])\b\.?\s*")
# "V/v" (về việc) opening the subject under the number: its slash and small v are misread the same
# way ("Y/v", "V|v", "Vlv"); the header reader knows the subject (and a công văn) by "V/v".
_VV = re.compile(r"^[VY]\s*[/|lI1!ỉíìịĩ⁄%X]{1,2}\s*[vyw]\b\.?\s*")

_NUMBER_LINE = re.compile(r"^(?P<so>S[ốốôồổỗộóòỏõọo0ơớờởỡợ6]\b|S[ốô]\s*:|S6)\s*(?P<colon>[:;.,]?)\s*(?P<rest>.*)$")
_DIGITISH = str.maketrans({"O": "0", "o": "0", "Q": "0", "D": "0", "l": "1", "I": "1", "|": "1", "i": "1",
                           "S": "5", "B": "8", "Z": "2"})
# Codes printed with Đ that OCR reads as D (NĐ 30 Phụ lục III; QĐ 66-QĐ/TW).
_D_CODES = {"QD": "QĐ", "ND": "NĐ", "HDND": "HĐND", "DU": "ĐU", "CD": "CĐ", "DTN": "ĐTN", "TWDTN": "TWĐTN",
            "UBMTTQVN": "UBMTTQVN", "BCD": "BCĐ", "HDQT": "HĐQT", "TTLT": "TTLT", "DCSVN": "ĐCSVN"}


@lru_cache(maxsize=65536)  # called for every OCR line against every fixed phrase
def fold(text: str) -> str:
    """Letters without tone marks or hats, đ→d, upper-cased: the skeleton OCR rarely gets wrong."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).upper()


def _letters(text: str) -> str:
    return re.sub(r"[^\w]", "", text)


@lru_cache(maxsize=256)
def _phrase_key(phrase: str) -> str:
    """A fixed phrase's words without punctuation (computed once per phrase, not per OCR line)."""
    return " ".join(_letters(w) for w in phrase.split())


def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def snap_line(text: str) -> str | None:
    """The fixed phrase this whole line is, or None.

    Long phrases match fuzzily (≥ 85 % on the words, punctuation ignored) so a
    dropped hyphen or one wrong letter is fixed; short ones (type names,
    titles: "CHỈ THỊ" vs "CHỈ THI") only when the skeleton without tone marks
    is identical, because at seven letters a fuzzy match would turn one type
    into another.
    """
    core = text.strip().strip("*_-–—=.:,; ")
    if not core or len(core) > 60:
        return None
    key = " ".join(_letters(w) for w in core.split())
    best, best_score = None, 0.0
    letters = [c for c in core if c.isalpha()]
    mostly_caps = len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.75 * len(letters)
    if mostly_caps and len(key) >= 6 and not re.match(r"^(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\W", core):
        for phrase in TITLE_PHRASES:
            pkey = _phrase_key(phrase)
            score = fuzz.ratio(key, pkey)
            if score >= 80 and 0.75 <= len(key) / len(pkey) <= 1.3 and score > best_score:
                best, best_score = phrase, score
    for phrase in (*LINE_PHRASES, *TITLE_PHRASES):
        pkey = _phrase_key(phrase)
        if len(pkey) < 12:
            if fold(key) != fold(pkey) or (phrase.isupper() and not is_caps(core)):
                continue
            score = 100.0 - Levenshtein.distance(key, pkey)
        else:
            if not 0.8 <= len(key) / len(pkey) <= 1.25:
                continue
            score = fuzz.ratio(key, pkey)
            if score < 85:
                continue
        if score > best_score:
            best, best_score = phrase, score
    return best


def snap_prefix(text: str) -> str:
    """Fix "Kính gửi" / "Nơi nhận" / "V/v" / signing prefixes at the start of a line, and only them."""
    words = text.split(" ")
    for label in ("Kính gửi", "Nơi nhận"):
        # Glued by OCR ("Nơinhận:"): one token whose skeleton is the label's without the space.
        m = re.match(r"^(\W*)(\w+)([:;.,]*)$", words[0])
        if m and fold(m.group(2)) == fold(label).replace(" ", ""):
            tail = ":" if label == "Nơi nhận" else m.group(3)
            return " ".join([label + tail, *words[1:]])
        n = len(label.split())
        if len(words) < n:
            continue
        head = " ".join(words[:n])
        tail = ""
        m = re.match(r"^(.*?)([:;.,]*)$", head)
        core, tail = (m.group(1), m.group(2)) if m else (head, "")
        if core != label and (fold(core) == fold(label) or
                              (len(core) >= 7 and Levenshtein.distance(fold(core), fold(label)) <= 1)):
            if label == "Nơi nhận" and tail in (";", ".", ","):
                tail = ":"
            return " ".join([label + tail, *words[n:]])
    m = _SIGNING.match(text)
    if m and is_caps(text):
        return f"{m.group(1)}. {text[m.end():]}"
    m = _SIGNING_PARTY.match(text)
    if m and is_caps(text) and text[:m.end()].strip().rstrip(".") != f"{m.group(1)}/{m.group(2)}":
        return f"{m.group(1)}/{m.group(2)} {text[m.end():]}"
    m = _VV.match(text)
    if m and not text.startswith("V/v "):
        return f"V/v {text[m.end():]}"
    return text


def snap_units(text: str) -> str:
    """Tone marks of unit-name phrases in a CAPS line ("ĐẲNG ỦY" → "ĐẢNG ỦY"); skeleton must be equal.

    Where two spellings exist ("ỦY"/"UỶ") a word already in either is left as
    printed; a misread takes the nearer one.
    """
    if not is_caps(text):
        return text
    words = text.split(" ")
    cores = [_letters(w) for w in words]
    folded = [fold(c) for c in cores]
    for key in sorted(_UNIT_BY_FOLD, key=len, reverse=True):
        n = len(key)
        for i in range(len(words) - n + 1):
            if tuple(folded[i:i + n]) != key:
                continue
            window = tuple(cores[i:i + n])
            variants = _UNIT_BY_FOLD[key]
            if window in variants or any(c != c.upper() for c in window):
                continue
            canon = min(variants, key=lambda v: Levenshtein.distance(" ".join(v), " ".join(window)))
            for k in range(n):
                if cores[i + k] != canon[k]:
                    words[i + k] = words[i + k].replace(cores[i + k], canon[k])
                    cores[i + k] = canon[k]
    return " ".join(words)


def _fix_number(num: str) -> str:
    return num.translate(_DIGITISH) if re.search(r"\d", num) else num


def _fix_code(code: str) -> str:
    """Letters of a symbol: 0→O between letters, Đ in codes that have it, no spaces."""
    code = re.sub(r"(?<=[A-ZĐ])0|0(?=[A-ZĐ])", "O", code)
    code = code.replace("ĐĐ", "Đ")  # a doubled Đ: no code has two (Tesseract reads "QĐ" as "QĐĐ")
    parts = re.split(r"([/-])", code)
    return "".join(_D_CODES.get(p, p) for p in parts)


def repair_number_line(text: str) -> str:
    """The "Số …" token: "Sô: 2O5 /QD-UBND" → "Số: 205/QĐ-UBND"; a line that is not a number line is returned as is.

    Only the token right after "Số" is touched, and only when it looks like a
    symbol (a number and capital codes); "Số lượng …" in the body is not one.
    """
    m = _NUMBER_LINE.match(text)
    if not m:
        return text
    rest = m.group("rest")
    # The token: number, optional blank or slash/hyphen, code groups; may have spaces around separators.
    tok = re.match(r"^(?P<num>[0-9OoQDlI|iSBZ]{1,6})?\s*(?P<sep>[/\-–]?)\s*(?P<code>[A-ZĐ0-9][A-ZĐa-z0-9]*(?:\s*[/\-–]\s*[A-ZĐ0-9][A-ZĐa-z0-9]*)*)",
                   rest)
    if not tok or not tok.group("code") or not re.search(r"[A-ZĐ]{2}", tok.group("code")):
        return text
    num = tok.group("num") or ""
    if num and not re.search(r"\d", num):
        return text  # no digit at all: a word, not a number
    code = re.sub(r"\s+", "", tok.group("code")).replace("–", "-")
    sep = tok.group("sep").replace("–", "-")
    if not sep:
        # A missing separator: party symbols put "-" after the number and "/" later ("47-CT/TW");
        # state symbols put "/" after it ("12/CT-UBND").
        sep = "-" if "/" in code else "/"
    if not num and sep == "/" and not tok.group("sep"):
        return text
    fixed = f"{_fix_number(num)}{sep}{_fix_code(code)}"
    colon = m.group("colon")
    colon = ":" if colon in (":", ";") else ("" if colon in ("", ".", ",") else colon)
    after = rest[tok.end():]
    return f"Số{colon} {fixed}{after}".rstrip()


# The recipient's purpose in parentheses: "(đế báo cáo)" is never Vietnamese — the hook
# above of "để" read as an acute, Tesseract's commonest error on these lists.
_PURPOSE = re.compile(r"\((?:đế|đề|dé|đê|đễ)(?=\s+(?:báo cáo|b/c|biết|thực hiện|t/h|phối hợp|chỉ đạo|theo dõi|"
                      r"đăng tải|tổng hợp|giám sát|kiểm tra)\b|\s*$)")


def repair_purpose(text: str) -> str:
    """"(đế báo cáo)" → "(để báo cáo)", also when the item wraps right after "(đế"."""
    return _PURPOSE.sub("(để", text)


# Bold Roman heading labels: "II" printed bold touches into "H" ("H. NỘI DUNG",
# "HI. TỔ CHỨC THỰC HIỆN"); only before a CAPS heading, where nothing else can start.
_ROMAN_MISREAD = {"H": "II", "HI": "III", "IH": "III", "Il": "II", "lI": "II", "ll": "II", "Ill": "III",
                  "IIl": "III", "VH": "VII", "VHI": "VIII", "IX": "IX", "1I": "II", "I1": "II", "11": "II",
                  "111": "III", "Hl": "III", "lV": "IV", "1V": "IV"}
_HEADING = re.compile(r"^(?P<label>[IVXHl1]{1,4})\s*(?P<dot>[.,:]|\s-)\s*(?P<title>\S.*)$")


def repair_heading_label(text: str) -> str:
    """"H. NỘI DUNG" → "II. NỘI DUNG", "I.MỤC ĐÍCH" → "I. MỤC ĐÍCH" (a CAPS heading only)."""
    m = _HEADING.match(text)
    if not m or not is_caps(m.group("title")):
        return text
    label = m.group("label")
    roman = _ROMAN_MISREAD.get(label, label)
    if not re.fullmatch(r"[IVX]+", roman):
        return text
    dot = "." if m.group("dot") in (".", ",", ":") else " -"
    return f"{roman}{dot} {m.group('title')}"


# The place-and-date line with blanks left for a handwritten day: the blank's dots or
# rule come out as "—", "..." or "_" ("Gia Lai, ngày — tháng 02 năm 2026").
_DATE_BLANK = re.compile(r"(,\s*ngày)\s+[—–\-_.…,]+\s+(?=tháng\b)|(\btháng)\s+[—–\-_.…,]+\s+(?=năm\b)")


def repair_date_blanks(text: str) -> str:
    if "ngày" not in text or not re.search(r"năm\s+\d{4}", text):
        return text
    return _DATE_BLANK.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)


# "quý III/2026" read as "quý II1/2026", "Quý l/2026", "Quýl/2026", "quý II//2026": a quarter
# is I–IV, so a numeral mixing I with 1, l or | is Roman. A lone "1" stays: "quý 1/2026" is
# also printed with an Arabic digit.
_QUARTER = re.compile(r"\b([Qq]uý)\s*([IVl1|!]{1,4})(\s*/+\s*(?=\d{4}\b)|(?=\s+năm\s+\d{4}\b))")


# Vietnamese family names: a closed set (these cover nearly every official's name). The
# signer's name sits under the seal and the pen, where OCR drops hats and tones ("Ngo"
# for "Ngô") or misreads a final letter ("Đặnz" for "Đặng").
SURNAMES = frozenset(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Đinh", "Lương", "Trịnh", "Trương", "Mai", "Lâm", "Hà", "Tạ", "Cao", "Tô", "Châu", "Thái", "Lưu", "Quách", "Kiều", "Triệu", "Phùng", "Lại", "Lò", "Nông", "Mạc", "Diệp", "Hứa", "Khúc", "Chu", "Giang", "Kim", "Thân", "Tôn", "Vương", "Âu", "Lục", "Tăng", "Thạch", "Từ", "Doãn", "Đàm", "Hàn", "Hầu", "Khổng", "Nghiêm", "Tống", "Viên", "Lạc", "Mông", "Sầm", "Ninh", "Bạch", "Phó", "Văn", "Đồng", "Khuất", "Lã", "La", "Ma", "Quan"])
_SURNAME_BY_FOLD: dict[str, list[str]] = {}
for _name in sorted(SURNAMES):
    _SURNAME_BY_FOLD.setdefault(fold(_name), []).append(_name)
# A name line: 2–5 capitalised words, nothing else ("Ngo Thị Hồng Nhung").
_NAME_LINE = re.compile(r"^(?P<first>[^\W\d_]+)(?P<rest>(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4})\.?$")


def snap_surname(text: str) -> str:
    """The family name of a name line, snapped to the known surnames.

    Only when the word is not a surname already and exactly one surname has
    the same letters without tone marks ("Ngo" → "Ngô"), or, for a word that is
    no Vietnamese syllable at all, one letter off ("Đặnz" → "Đặng").
    """
    m = _NAME_LINE.match(text)
    if not m or not m.group("first")[:1].isupper() or m.group("first") in SURNAMES or text.isupper():
        return text
    first = m.group("first")
    if not all(w[:1].isupper() and w[1:].islower() for w in m.group("rest").split()):
        return text
    same = _SURNAME_BY_FOLD.get(fold(first), [])
    if len(same) != 1:
        if same or valid_syllable(first.lower()):
            return text
        near = [n for n in SURNAMES if Levenshtein.distance(fold(n), fold(first)) == 1 and len(n) == len(first)]
        if len(near) != 1:
            return text
        same = near
    return same[0] + text[len(first):]


# "số 25//NQ-HĐND": a slash read twice between a number and its code (never printed so).
_DOUBLE_SLASH = re.compile(r"(\d)\s*/{2,}\s*(?=[A-ZĐ])()")


def repair_quarter(text: str) -> str:
    """The Roman quarter before "/year" or "năm year" in deadlines ("trong quý III/2026")."""
    def fix(m: re.Match) -> str:
        numeral, tail = m.group(2), "/" if "/" in m.group(3) else ""
        roman = numeral if numeral == "1" else re.sub(r"[l1|!]", "I", numeral)
        if roman not in ("1", "I", "II", "III", "IV"):
            return m.group(0)
        return f"{m.group(1)} {roman}{tail}"
    return _QUARTER.sub(fix, text) if "uý" in text else text


# Fixed items of the Nơi nhận list, printed the same in every document.
_FIXED_ITEMS = ("Như trên", "Như kính gửi")
_ITEM_LINE = re.compile(r"^(?P<dash>[-–]\s*)(?P<core>[^;,.:]+?)(?P<end>\s*[;,.:]?\s*)$")


def snap_item(text: str) -> str:
    """"- Như tiên;" → "- Như trên;": a Nơi nhận item that is one of the fixed items, one letter off."""
    m = _ITEM_LINE.match(text)
    if not m:
        return text
    core = m.group("core").strip()
    for item in _FIXED_ITEMS:
        if core != item and len(core) >= 6 and Levenshtein.distance(fold(core), fold(item)) <= 1:
            return f"- {item}{m.group('end').strip()}"
    return text


def repair_line(text: str) -> str:
    """All the rules above on one printed line (one column of a row); body prose comes back unchanged."""
    if not text:
        return text
    whole = snap_line(text)
    if whole is not None:
        return whole
    out = repair_number_line(text)
    out = repair_heading_label(out)
    out = repair_date_blanks(out)
    out = snap_prefix(out)
    out = snap_units(out)
    out = snap_item(out)
    out = repair_quarter(out)
    out = snap_surname(out)
    out = _DOUBLE_SLASH.sub(r"\1/\2", out)
    return repair_purpose(out)
