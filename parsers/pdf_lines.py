"""Words → rows (one visual line each) → layout :class:`~parsers.layout.Line`.

A row is every word sharing a baseline band, across the whole page width:
the two columns of a header row are one row here and are split by
``pdf_columns``. Words are glued without a space only when they touch (a
font change inside "45/2026/NĐ-CP" splits the word in the extractor);
otherwise one space, so syllables are never glued.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from parsers.layout import Line, Span
from parsers.pdf_words import Word
from parsers.textfix import clean

_GLUE = 0.1  # a gap under this share of the font size is no space: the same word in two fonts


@dataclass(slots=True)
class Row:
    words: list[Word]
    x0: float
    top: float
    x1: float
    bottom: float
    size: float

    @property
    def text(self) -> str:
        return join_words(self.words)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


def make_row(words: list[Word]) -> Row:
    words = sorted(words, key=lambda w: w.x0)
    sizes = sorted(w.size for w in words)
    return Row(words, min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words),
               max(w.bottom for w in words), sizes[len(sizes) // 2])


def group_rows(words: list[Word]) -> list[Row]:
    """Cluster words into rows by vertical centre, top to bottom.

    Two words share a row when their centres are within 40 % of the taller
    one's height: a Nơi nhận item (8 pt) and the signer's name (12 pt) printed
    side by side fall in one row; the next line of text does not.
    """
    if not words:
        return []
    ordered = sorted(words, key=lambda w: (w.top + w.bottom) / 2)
    rows: list[list[Word]] = [[ordered[0]]]
    center = (ordered[0].top + ordered[0].bottom) / 2
    height = ordered[0].bottom - ordered[0].top
    for w in ordered[1:]:
        c, h = (w.top + w.bottom) / 2, w.bottom - w.top
        if abs(c - center) <= 0.4 * max(h, height):
            rows[-1].append(w)
            height = max(height, h)
        else:
            rows.append([w])
            center, height = c, h
    return [make_row(r) for r in rows]


def join_words(words: list[Word]) -> str:
    if not words:
        return ""
    parts = [words[0].text]
    for prev, w in pairwise(words):
        if w.x0 - prev.x1 >= _GLUE * max(prev.size, w.size):
            parts.append(" ")
        parts.append(w.text)
    return "".join(parts)


def _lettered(words: list[Word]) -> list[Word]:
    return [w for w in words if any(c.isalpha() for c in w.text)]


def to_line(row: Row) -> Line:
    """A layout Line with its style: bold/italic/underline only when every lettered word has it."""
    words = row.words
    lettered = _lettered(words)
    spans: list[Span] = []
    group: list[Word] = []
    for w in words:
        if group and (w.bold, w.italic, w.underline) != (group[0].bold, group[0].italic, group[0].underline):
            spans.append(_span(group))
            group = []
        group.append(w)
    if group:
        spans.append(_span(group))
    fonts = Counter()
    for w in words:
        fonts[w.font] += len(w.text)
    return Line(
        text=clean(join_words(words)),
        bbox=(row.x0, row.top, row.x1, row.bottom),
        bold=bool(lettered) and all(w.bold for w in lettered),
        italic=bool(lettered) and all(w.italic for w in lettered),
        underline=bool(lettered) and all(w.underline for w in lettered),
        size=round(row.size, 1),
        font=fonts.most_common(1)[0][0] if fonts else None,
        spans=[s for s in spans if s.text],
    )


def _span(group: list[Word]) -> Span:
    text = clean(join_words(group))
    return Span(text, bold=group[0].bold, italic=group[0].italic, underline=group[0].underline)
