"""Search and link keys for stored text (the text itself is kept as written).

Kept here, small and self-contained, because the database columns depend on
them: changing a key means re-deriving the denormalised columns.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_NOT_KEY = re.compile(r"[^0-9a-z/\-]")


def fold(text: str | None) -> str:
    """No tone marks, đ→d, casefolded, spaces collapsed: "Dân sinh" → "dan sinh".

    Users type without accents (or with a different tone placement: "uỷ"/"ủy"),
    so search compares folded text with a folded query.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACE.sub(" ", bare.casefold()).strip()


def number_key(number_symbol: str | None) -> str | None:
    """A tolerant key for a "số, ký hiệu": "Số 12-CT/ĐU" ≡ "12 - CT/ĐU" ≡ "12-ct/du".

    Reports cite their directive loosely (spaces around the dash, an en dash,
    lower case, "Số"/"số:" left in, no accents from OCR), so links compare keys.
    """
    if not number_symbol:
        return None
    text = fold(number_symbol).replace("–", "-").replace("—", "-")
    text = re.sub(r"^so\s*:?\s*", "", text)
    key = _NOT_KEY.sub("", text)
    return key or None


def like_pattern(term: str) -> str:
    """``%term%`` for LIKE with the wildcards in user input escaped (ESCAPE '\\')."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
