"""Building blocks the sample sources use to describe a document's body.

Each sample module in this folder defines one ``DOC`` dict (header, body, footer)
built from these small tuples; ``samples/build.py`` renders it to DOCX. Keeping the
text in one place is what lets the hand-written gold be checked against the files.

Inline markup inside any text: ``**bold**``, ``*italic*``, ``__underline__``.
"""

from __future__ import annotations


def P(text: str, indent: bool = True) -> tuple:
    """A justified body paragraph with a first-line indent (typed labels stay in the text)."""
    return ("p", text, indent)


def H(text: str) -> tuple:
    """A bold heading paragraph (``I. MỤC ĐÍCH, YÊU CẦU``, ``1. Sở Y tế``), indented like the body."""
    return ("p", f"**{text}**", True)


def CANCU(text: str) -> tuple:
    """An italic căn cứ line (state regime)."""
    return ("p", f"*{text}*", True)


def C(text: str) -> tuple:
    """A centred line (``QUYẾT ĐỊNH:``, ``Ý KIẾN KẾT LUẬN``, an appendix title); markup allowed."""
    return ("c", text)


def N(level: int, text: str) -> tuple:
    """A paragraph numbered by Word's automatic numbering (level 0 = I., 1 = 1., 2 = a), 3 = -)."""
    return ("n", level, text)


def TABLE(rows: list[list[str]], widths_cm: list[float], header_rows: int = 1) -> tuple:
    """A bordered table (an appendix task table); the first ``header_rows`` rows are bold."""
    return ("t", rows, widths_cm, header_rows)


BREAK = ("break",)
