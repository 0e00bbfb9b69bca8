"""Comparison keys for Vietnamese text: tone placement, accent folding, words.

Text is stored as written; these keys are only for matching (domain notes §5):
"Đảng uỷ" and "Đảng ủy" must compare equal, OCR's "DU" must meet "ĐU".
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
_TONE_OF = {c: (base, i) for base, forms in _TONED.items() for i, c in enumerate(forms)}
# Open syllables oa/oe/uy carry the tone on either vowel ("hoà"/"hòa", "uỷ"/"ủy"); the
# contract's scorer puts it on the first one, and so do we, so both spellings meet.
_OPEN = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\w])")
_SPACE = re.compile(r"\s+")


def _move_tone(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    base, tone = _TONE_OF[second.lower()]
    if (first.lower(), base) not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return m.group(0)
    toned = _TONED[first.lower()][tone]
    return (toned.upper() if first.isupper() else toned) + (base.upper() if second.isupper() else base)


def key(text: str | None) -> str:
    """NFC, one tone placement, casefolded, spaces collapsed: equality key for words."""
    if not text:
        return ""
    s = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")  # Icelandic Ð → Đ (OCR)
    s = _OPEN.sub(_move_tone, s)
    s = s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    s = s.replace("–", "-").replace("—", "-").replace("\u00a0", " ")
    return _SPACE.sub(" ", s).strip().casefold()


def fold(text: str | None) -> str:
    """Accents dropped, đ→d, casefolded: recall-oriented key for names and symbols."""
    s = unicodedata.normalize("NFD", key(text))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("đ", "d")


_SEGMENTER_LOCK = threading.Lock()


@lru_cache(maxsize=65536)
def segment(text: str) -> tuple[str, ...]:
    """Vietnamese words (underthesea's CRF segmenter, offline), keyed, punctuation dropped.

    Compound words come back joined by "_" ("dữ_liệu"), so a bag of words can
    tell "dân cư" (population) from "dân" + "cư" elsewhere.
    """
    from underthesea import word_tokenize  # imported late: 0.5 s, only when matching runs

    with _SEGMENTER_LOCK:  # underthesea's CRF tagger is not thread-safe (the API builds matrices in threads)
        words = word_tokenize(unicodedata.normalize("NFC", text))
    out = []
    for w in words:
        k = key(w)
        if any(ch.isalnum() for ch in k):
            out.append(k.replace(" ", "_"))
    return tuple(out)
