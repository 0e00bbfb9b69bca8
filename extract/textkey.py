"""Normalisation keys for *comparing* Vietnamese text (never for output).

Output keeps text as printed (contract: "Text is kept as written"); matching
code needs keys that make "Ủy ban"/"Uỷ ban", "HÒA"/"HOÀ", NFC/NFD and curly
quotes compare equal. From the weakest folding to the strongest:

* :func:`nfc` — NFC, Ð→Đ, white space collapsed.
* :func:`word_key` — plus one tone placement for the open syllables oa/oe/uy,
  straight quotes and casefold: equality of words and tokens.
* :func:`tone_key` — :func:`word_key` without trailing punctuation; this is
  what the reference scorer compares on.
* :func:`fold` — plus every diacritic dropped and đ→d: for recall-oriented
  matching ("DANG UY" typed without accents, OCR losing marks). It collides
  hòa/hóa/họa, so re-rank with :func:`tone_key` when precision matters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACE = re.compile(r"[\s\u00a0\u2007\u202f\u200b\ufeff]+")

# Tone forms per base vowel, in the order huyền, sắc, hỏi, ngã, nặng.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
_TONE_OF = {c: (base, i) for base, forms in _TONED.items() for i, c in enumerate(forms)}
# "hoà"→"hòa", "uỷ"→"ủy", "thuỷ"→"thủy": the tone moves to the first vowel of an
# open oa/oe/uy syllable (the form NĐ 30 itself mixes). "qu" is a consonant, so
# "quý" keeps its tone where it is.
_OPEN = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?!\w)")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def nfc(text: str | None) -> str:
    """NFC with the look-alike Icelandic Ð mapped to Đ and white space collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")
    return _SPACE.sub(" ", text).strip()


def _move_tone(m: re.Match[str]) -> str:
    """The replacement for :data:`_OPEN`: the tone back on the first vowel of oa/oe/uy."""
    first, second = m.group(1), m.group(2)
    base, tone = _TONE_OF[second.lower()]
    if (first.lower(), base) not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return m.group(0)
    toned = _TONED[first.lower()][tone]
    return (toned.upper() if first.isupper() else toned) + (base.upper() if second.isupper() else base)


def tone_fold(text: str) -> str:
    """Only the oa/oe/uy tone placement unified ("Uỷ ban" → "Ủy ban"), case kept."""
    return _OPEN.sub(_move_tone, nfc(text))


def word_key(text: str | None) -> str:
    """NFC, one tone placement, straight quotes, casefold: "Uỷ ban" and "ủy ban" meet.

    Punctuation is kept, so a token such as "v.v." keeps its identity.
    """
    return tone_fold(text or "").translate(_QUOTES).casefold()


def tone_key(text: str | None) -> str:
    """The scorer's key: :func:`word_key` without trailing punctuation ("Ủy ban;" = "uỷ ban")."""
    return word_key(text).rstrip(" .,;:")


@lru_cache(maxsize=8192)  # the zone readers fold the same lines again and again; pure str → str
def fold(text: str | None) -> str:
    """Accent-insensitive key: no diacritics, đ→d, casefold ("ĐẢNG ỦY" → "dang uy")."""
    decomposed = unicodedata.normalize("NFD", nfc(text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D").translate(_QUOTES).casefold()


def same(a: str | None, b: str | None) -> bool:
    """Equal as the scorer sees it."""
    return tone_key(a) == tone_key(b)
