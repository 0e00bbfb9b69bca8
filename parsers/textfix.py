"""Text repair applied before anything reads the text.

NFC first (a literal "Số" in a pattern never matches NFD text), then the
character noise of Vietnamese office files: NBSP and zero-width spaces, the
Icelandic Ð that OCR and legacy fonts put for Đ. Legacy 8-bit encodings
(TCVN3, VNI) are detected and converted in ``parsers.legacy``.

Also home of :data:`SIGNING_PREFIX`, the one line shape both column splitters
(PDF and DOCX) must agree on.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u200b\ufeff]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"), None)

# A signing prefix at the start of a line ("TM.", "KT.", "TL.", "TUQ.", "Q."; the
# Party's "T/M", "K/T", "T/L"; "T.M" typed with a dot): on the right of a footer it
# opens the "Nơi nhận | signer" zone (domain notes §1.1/1.2), in a PDF and in a
# DOCX typed with tabs alike.
SIGNING_PREFIX = re.compile(r"^(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\.M|K\.T|T\.L)[.\s]")


def clean(text: str) -> str:
    """NFC, Ð→Đ, invisible characters dropped, white space collapsed and stripped."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).replace("\u00d0", "\u0110")
    return _SPACES.sub(" ", text).strip()


def is_nfc(text: str) -> bool:
    """Already NFC? Backends count the lines they had to normalise, for the repair log."""
    return unicodedata.is_normalized("NFC", text)
