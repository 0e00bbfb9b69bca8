"""Footnotes and endnotes: real content that lives outside the body XML.

Consolidated texts (văn bản hợp nhất) and reports cite their sources in
footnotes; dropping them would lose content a reader sees. The body keeps
only a reference mark (a superscript number, dropped from the text like the
"[1]" of web copies); the note itself is emitted as a block of its own,
"1 Luật số …", at the end of the page where it is referenced — where a PDF
of the same document prints it. Numbers are what Word shows by default:
footnotes 1, 2, 3 …, endnotes i, ii, iii …, counted in order of reference,
unless settings.xml says otherwise.
"""

from __future__ import annotations

from lxml import etree

from parsers.docx_numbering import format_number
from parsers.docx_xml import w, wattr

_DEFAULT_FORMAT = {"footnote": "decimal", "endnote": "lowerRoman"}


class Notes:
    def __init__(self, footnotes: etree._Element | None, endnotes: etree._Element | None,
                 settings: etree._Element | None) -> None:
        self._notes: dict[tuple[str, str], etree._Element] = {}
        for kind, root in (("footnote", footnotes), ("endnote", endnotes)):
            if root is None:
                continue
            for note in root.iterfind(w(kind)):
                nid = wattr(note, "id")
                if nid is not None and wattr(note, "type") in (None, "normal"):  # not the separator lines
                    self._notes[(kind, nid)] = note
        self._format = dict(_DEFAULT_FORMAT)
        self._next = {"footnote": 1, "endnote": 1}
        if settings is not None:
            for kind in ("footnote", "endnote"):
                props = settings.find(w(f"{kind}Pr"))
                if props is None:
                    continue
                fmt = wattr(props.find(w("numFmt")))
                start = wattr(props.find(w("numStart")))
                if fmt:
                    self._format[kind] = fmt
                if start and start.isdigit():
                    self._next[kind] = int(start)

    def get(self, kind: str, note_id: str) -> etree._Element | None:
        return self._notes.get((kind, note_id))

    def next_label(self, kind: str) -> str:
        """The mark of the next automatically numbered note of this kind."""
        value = self._next[kind]
        self._next[kind] = value + 1
        return format_number(value, self._format[kind])
