"""Legacy 8-bit Vietnamese encodings (TCVN3/ABC, VNI-Windows) → Unicode.

Old office files and PDFs made from them carry Vietnamese as bytes of a
custom font: read as Windows-1252 they look like Latin-1 gibberish
("TiÕng ViÖt", "Tieáng Vieät"). Nothing downstream can read that, so it is
converted here, before any pattern sees the text.

Two entry points:

* :func:`convert_run` — when the font is known (a DOCX run, a PDF word):
  ``.Vn*`` fonts are TCVN3, ``VNI-*`` fonts are VNI. Exact, no guessing.
* :func:`repair_text` — when it is not (text files, PDF text layers): detect
  the encoding by decoding the suspicious words and checking that they become
  valid Vietnamese syllables, and convert only lines without real Unicode
  Vietnamese in them, so correct text is never touched.

The tables are built from the documented charsets (TCVN 5712:1993 VN3, the
74 byte↔letter pairs ABC fonts use; VNI-Windows base letter + mark bytes) and
verified by round trip in the tests.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from parsers.layout import Repair

__all__ = ["convert_run", "decode", "decode_line", "detect_encoding", "encode", "encoding_name", "font_encoding",
           "has_legacy_marks", "has_unicode_vietnamese", "repair_text", "valid_share"]

# The five tones in the order both tables list them.
_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # none, sắc, huyền, hỏi, ngã, nặng
_BASES = "aăâeêioôơuưy"

# TCVN3 (ABC): one byte per lower-case letter, tones in the order of _TONES.
# Read with Windows-1252 the bytes are the Latin-1 characters below; 0xAD
# (ư) is the soft hyphen, which must survive until conversion.
_TCVN3_LOWER = {
    "a": "a\xb8\xb5\xb6\xb7\xb9",
    "ă": "\xa8\xbe\xbb\xbc\xbd\xc6",
    "â": "\xa9\xca\xc7\xc8\xc9\xcb",
    "e": "e\xd0\xcc\xce\xcf\xd1",
    "ê": "\xaa\xd5\xd2\xd3\xd4\xd6",
    "i": "i\xdd\xd7\xd8\xdc\xde",
    "o": "o\xe3\xdf\xe1\xe2\xe4",
    "ô": "\xab\xe8\xe5\xe6\xe7\xe9",
    "ơ": "\xac\xed\xea\xeb\xec\xee",
    "u": "u\xf3\xef\xf1\xf2\xf4",
    "ư": "\xad\xf8\xf5\xf6\xf7\xf9",
    "y": "y\xfd\xfa\xfb\xfc\xfe",
}
# TCVN3 has no upper-case toned letters (".VnTimeH" fonts draw lower-case
# codes as capitals); only these seven capitals have codes.
_TCVN3_UPPER = {"Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7"}

# VNI-Windows: a base letter followed by a mark byte.
_VNI_TONE = ("", "ù", "ø", "û", "õ", "ï")
_VNI_CIRC = ("â", "á", "à", "å", "ã", "ä")  # circumflex, alone and with each tone
_VNI_BREVE = ("ê", "é", "è", "ú", "ü", "ë")
_VNI_I = ("i", "í", "ì", "æ", "ó", "ò")  # i has single-byte forms
_VNI_Y = ("y", "yù", "yø", "yû", "yõ", "î")  # ỵ is one byte


def _letter(base: str, tone: int) -> str:
    return unicodedata.normalize("NFC", base + _TONES[tone])


def _build_tcvn3() -> dict[str, str]:
    """Unicode letter → TCVN3 character (lower case and the seven capitals)."""
    table = {}
    for base, codes in _TCVN3_LOWER.items():
        for tone, code in enumerate(codes):
            table[_letter(base, tone)] = code
    table["đ"] = "\xae"
    table.update(_TCVN3_UPPER)
    return {k: v for k, v in table.items() if k != v}  # plain a, e, i, o, u, y are ASCII


def _build_vni() -> dict[str, str]:
    """Unicode letter → VNI sequence, both cases."""
    table: dict[str, str] = {}
    for base in _BASES:
        for tone in range(6):
            letter = _letter(base, tone)
            if base in "aeou":
                seq = base + _VNI_TONE[tone]
            elif base in "âêô":
                seq = unicodedata.normalize("NFD", base)[0] + _VNI_CIRC[tone]
            elif base == "ă":
                seq = "a" + _VNI_BREVE[tone]
            elif base == "ơ":
                seq = "ô" + _VNI_TONE[tone]
            elif base == "ư":
                seq = "ö" + _VNI_TONE[tone]
            elif base == "i":
                seq = _VNI_I[tone]
            else:
                seq = _VNI_Y[tone]
            table[letter] = seq
            table[letter.upper()] = seq.upper()
    table["đ"] = "ñ"
    table["Đ"] = "Ñ"
    return {k: v for k, v in table.items() if k != v}


_TCVN3_ENC = _build_tcvn3()
_TCVN3_DEC = str.maketrans({v: k for k, v in _TCVN3_ENC.items()})
_VNI_ENC = _build_vni()
_VNI_DEC1 = {v: k for k, v in _VNI_ENC.items() if len(v) == 1}
_VNI_DEC2 = {v: k for k, v in _VNI_ENC.items() if len(v) == 2}
# An upper-case vowel followed by a lower-case mark ("Uûy") is typed too: read it as the capital.
_VNI_DEC2.update({s[0] + s[1].lower(): u for s, u in list(_VNI_DEC2.items())
                  if s[0].isupper() and s[1].isupper() and s[0] + s[1].lower() not in _VNI_DEC2})
_VNI_RE = re.compile("|".join(sorted(map(re.escape, [*_VNI_DEC2, *_VNI_DEC1]), key=len, reverse=True)))

# Latin-1 letters that are also correct Unicode Vietnamese: their presence proves nothing.
_VIET_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# Characters that never occur in Unicode Vietnamese words but are letters in a legacy charset.
_TELL = {
    "tcvn3": frozenset(_TCVN3_ENC.values()) - _VIET_LATIN1,
    "vni": frozenset(c for s in _VNI_ENC.values() for c in s if ord(c) > 127) - _VIET_LATIN1,
}
_ANY_TELL = re.compile("[" + re.escape("".join(sorted(_TELL["tcvn3"] | _TELL["vni"]))) + "]")
# Real Unicode Vietnamese: letters outside Latin-1 (ă đ ĩ ũ ơ ư, U+1EA0…) or combining tone marks (NFD).
_UNICODE_VIET = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                           "\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")
# Word symbols put in the private-use area by Word for some 8-bit fonts (U+F020–U+F0FF).
_PUA = {c: c - 0xF000 for c in range(0xF020, 0xF100)}


@lru_cache(maxsize=512)
def font_encoding(font: str | None) -> str | None:
    """Which legacy charset a font name implies: ``"tcvn3"``, ``"vni"`` or None.

    Accepts DOCX names (".VnTime", "VNI-Times") and PDF names with a subset
    prefix and a style suffix ("ABCDEF+.VnTimeH,Bold", "VNI-Times-Bold").
    """
    if not font:
        return None
    name = font.split("+", 1)[-1].strip().lstrip("/").lower()
    if name.startswith((".vn", "vn")) and not name.startswith(("vni", "vnu", "vn-")):
        return "tcvn3"
    if re.match(r"vni[-_ ]", name):
        return "vni"
    return None


@lru_cache(maxsize=512)
def _is_upper_font(font: str) -> bool:
    """".VnTimeH", ".VnArialH", "ABC+.VnTimeH,Bold": the capital-letter TCVN3 fonts.

    Cached like :func:`font_encoding`: a document asks it for every run in a few fonts.
    """
    name = font.split("+", 1)[-1].strip()
    name = re.split(r"[,]|-(?:Bold|Italic|Regular|Oblique)", name, maxsplit=1)[0].strip()
    return name.endswith("H")


def decode(text: str, encoding: str) -> str:
    """Decode legacy characters in ``text`` (a Windows-1252 reading of the bytes) to Unicode NFC."""
    text = text.translate(_PUA)
    if encoding == "tcvn3":
        return text.translate(_TCVN3_DEC)
    if encoding == "vni":
        return _VNI_RE.sub(lambda m: _VNI_DEC2.get(m.group(0)) or _VNI_DEC1[m.group(0)], text)
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def encode(text: str, encoding: str) -> str:
    """Unicode → legacy characters: the inverse of :func:`decode`, for tests and fixtures.

    TCVN3 cannot hold upper-case toned letters: encode ``text.lower()`` and
    decode with an "H" font, as Word users did.
    """
    table = _TCVN3_ENC if encoding == "tcvn3" else _VNI_ENC
    return "".join(table.get(c, c) for c in unicodedata.normalize("NFC", text))


def convert_run(text: str, font: str | None) -> tuple[str, str | None]:
    """Convert one run whose font is known; ``(text, None)`` when the font is not legacy.

    Per run, because one paragraph can mix ".VnTime" and Unicode runs. A run
    whose text already holds Unicode-only Vietnamese letters is left alone: the
    font was kept on text typed later with a Unicode keyboard.
    """
    encoding = font_encoding(font)
    if encoding is None or _UNICODE_VIET.search(text):
        return text, None  # not a legacy font, or Unicode typed in one (no 8-bit font has "ơ", "ệ")
    out = decode(text, encoding)
    if encoding == "tcvn3" and font and _is_upper_font(font):
        out = out.upper()  # ".VnTimeH" draws lower-case codes as capitals
    return out, encoding


# ---------------------------------------------------------------- detection

_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
           *"bcdđghklmnpqrstvx", "")
# Vowel clusters that end in a glide take no final consonant ("ai", "ươi");
# the others may ("an", "iên"); some must ("ă", "â", "iê", "uô", "ươ").
_NUC_OPEN = frozenset(["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uyu", "ươi", "ươu", "yêu"])
_NUC_CLOSED = frozenset(["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ia", "iê", "oa", "oă", "oe", "oo", "ua", "uâ", "uê", "uô", "uơ", "uy", "ưa", "ươ", "yê", "uyê", "uya"])
_NUC_NEEDS_CODA = frozenset(["ă", "â", "iê", "uô", "ươ", "yê", "uyê", "oă", "uâ"])
_CODAS = ("ch", "nh", "ng", "c", "m", "n", "p", "t", "")
_STOP_CODAS = frozenset(("c", "ch", "p", "t"))  # these take only the sắc or nặng tone
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_STRIP = "\"'()[]{}<>.,;:!?…“”‘’–—/-_*0123456789"
# What separates the syllables of a decoded token ("Hà-Nội", "2026/NĐ"): punctuation, digits, "_".
_SYLLABLE_BREAK = re.compile(r"[^\w]+|\d+|_")


@lru_cache(maxsize=8192)
def valid_syllable(word: str) -> bool:
    """Is ``word`` (lower case) one well-formed Vietnamese syllable?

    Onset + vowel cluster + final consonant, at most one tone, and a stop
    final only with sắc/nặng: mis-decoded legacy text almost never passes.
    """
    nfd = unicodedata.normalize("NFD", word)
    tones = [c for c in nfd if c in _TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_MARKS))
    for onset in _ONSETS:
        if not bare.startswith(onset):
            continue
        rest = bare[len(onset):]
        for coda in _CODAS:
            if coda and not rest.endswith(coda):
                continue
            nucleus = rest[:len(rest) - len(coda)] if coda else rest
            if coda and nucleus in _NUC_CLOSED:
                if coda in _STOP_CODAS and (not tones or tones[0] not in "\u0301\u0323"):
                    continue
                return True
            if not coda and (nucleus in _NUC_OPEN or (nucleus in _NUC_CLOSED and nucleus not in _NUC_NEEDS_CODA)):
                return True
    return False


def _score(lines: list[str], encoding: str) -> tuple[int, int]:
    """(good, bad): words that decoding changes, and whether they become valid syllables."""
    good = bad = 0
    for line in lines:
        for token in line.split():
            core = token.strip(_STRIP)
            decoded = decode(core, encoding)
            if decoded == core or not any(c.isascii() and c.isalpha() for c in core):
                continue  # unchanged, or a lone symbol ("·" bullet, "§"): no evidence either way
            parts = [p for p in _SYLLABLE_BREAK.split(decoded.lower()) if p]
            if parts and all(valid_syllable(p) for p in parts if not p.isascii()):
                good += 1
            else:
                bad += 1
    return good, bad


def _candidate_lines(text: str) -> list[str]:
    """Lines that could be legacy: some legacy-only character, no real Unicode Vietnamese."""
    return [ln for ln in text.splitlines() if _ANY_TELL.search(ln) and not _UNICODE_VIET.search(ln)]


def detect_encoding(text: str) -> str | None:
    """``"tcvn3"``, ``"vni"`` or None for ``text`` with no font information.

    A charset wins when most words holding its tell-tale characters decode to
    valid Vietnamese syllables (at least two of them, three times more than fail): a stray "«", "§" or
    "·" in a Unicode document decodes to nonsense and is left alone.
    """
    if not _ANY_TELL.search(text):
        return None  # the fast path for correct Unicode text
    lines = _candidate_lines(text)
    if not lines:
        return None
    best, best_margin = None, 0
    for encoding in ("tcvn3", "vni"):
        good, bad = _score(lines, encoding)
        if good >= 2 and good >= 3 * bad and good - bad > best_margin:
            best, best_margin = encoding, good - bad
    return best


def decode_line(line: str, encoding: str) -> str:
    """Decode one line of detected legacy text.

    Without font information, a TCVN3 capitals line ("CéNG HßA X· HéI") shows
    its toned capitals as lower-case codes; a word whose ASCII letters are
    all capitals (two at least) is upper-cased, and so is a one-capital word
    ("X·") in a line of such words.
    """
    out = decode(line, encoding)
    if encoding != "tcvn3":
        return out
    words_in, words_out = line.split(" "), out.split(" ")
    if len(words_in) != len(words_out):
        return out
    caps: list[bool | None] = []  # True: all-capital word; False: has a lower-case letter; None: no say
    for raw in words_in:
        letters = [c for c in raw if c.isascii() and c.isalpha()]
        if any(c.islower() for c in letters):
            caps.append(False)
        elif len(letters) >= 2 or (letters and raw[:1] in _TCVN3_UPPER.values()):
            caps.append(True)
        else:
            caps.append(None)  # "X·", "Sè": title case or a capital — the line decides
    line_caps = caps.count(True) >= 2 and False not in caps
    fixed = []
    for dec, cap in zip(words_out, caps, strict=True):
        fixed.append(dec.upper() if cap or (cap is None and line_caps and dec[:1].isupper()) else dec)
    return " ".join(fixed)


_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows"}


def encoding_name(encoding: str) -> str:
    """"TCVN3 (ABC)", "VNI-Windows": for repair reports."""
    return _NAMES.get(encoding, encoding)


def has_legacy_marks(text: str) -> bool:
    """Characters that only legacy-encoded Vietnamese has ("©", "¬", "ø", the soft hyphen …)."""
    return bool(_ANY_TELL.search(text))


def has_unicode_vietnamese(text: str) -> bool:
    """Letters only Unicode Vietnamese has (ă đ ơ ư ạ …): such text is not legacy-encoded."""
    return bool(_UNICODE_VIET.search(text))


def valid_share(text: str, minimum: int = 10) -> float | None:
    """Share of the words with accented letters that are well-formed Vietnamese syllables.

    ~0.9 for real Vietnamese; low for mojibake no table explains. None when
    the text has fewer than ``minimum`` such words (English, numbers, a title).
    """
    good = total = 0
    for token in text.split():
        core = token.strip(_STRIP).lower()
        if not core or core.isascii() or not core.isalpha():
            continue
        total += 1
        good += valid_syllable(core)
    return good / total if total >= minimum else None


def repair_text(text: str) -> tuple[str, list[Repair]]:
    """Detect TCVN3/VNI in text without font information and convert it.

    Only lines that look legacy (a legacy-only character, no Unicode
    Vietnamese letter) are converted, so a document mixing both is safe and a
    correct Unicode document comes back unchanged, with no repair.
    """
    encoding = detect_encoding(text)
    if encoding is None:
        return text, []
    count = 0
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if _UNICODE_VIET.search(body) or not body.strip():
            out.append(line)
            continue
        new = decode_line(body, encoding)
        if new != body:
            count += 1
        out.append(new + line[len(body):])
    if not count:
        return text, []
    return "".join(out), [Repair(encoding, f"{_NAMES[encoding]} text converted to Unicode", count)]
