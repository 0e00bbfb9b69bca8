"""Text repair applied before anything reads the text.

NFC first (a literal "Số" in a pattern never matches NFD text), then the
character noise of Vietnamese office files: NBSP and zero-width spaces, the
Icelandic Ð that OCR and legacy fonts put for Đ. Legacy 8-bit encodings
(TCVN3, VNI) are detected and converted in ``parsers.legacy``.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u200b\ufeff]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"), None)


def clean(text: str) -> str:
    """NFC, Ð→Đ, invisible characters dropped, white space collapsed and stripped."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).replace("\u00d0", "\u0110")
    return _SPACES.sub(" ", text).strip()


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)
