"""WordprocessingML names and tiny readers shared by the DOCX modules.

The DOCX backend reads the XML directly (lxml elements from python-docx's
parts) because python-docx's object model hides what we need: tables in body
order, text boxes, fields, numbering. Keeping the namespace table and the
"on/off" and "twips" readers in one place keeps the other modules short.
"""

from __future__ import annotations

from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
}
_W = "{" + NS["w"] + "}"
_MC = "{" + NS["mc"] + "}"


def w(local: str) -> str:
    """Clark name of a ``w:`` element or attribute: ``w("p")`` → ``{…main}p``."""
    return _W + local


def mc(local: str) -> str:
    return _MC + local


def wattr(el: etree._Element | None, name: str = "val") -> str | None:
    """A ``w:``-namespaced attribute (``w:val`` by default), or None."""
    if el is None:
        return None
    return el.get(_W + name)


def on_off(el: etree._Element | None) -> bool | None:
    """An ST_OnOff element: None when absent, else its value (no ``w:val`` = on)."""
    if el is None:
        return None
    val = el.get(_W + "val")
    return val is None or val.lower() not in ("0", "false", "off", "none")


def twips_to_pt(value: str | None) -> float | None:
    """Indents and widths are in twentieths of a point."""
    if value is None:
        return None
    try:
        return int(float(value)) / 20.0
    except ValueError:
        return None


def local_name(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    return tag.rsplit("}", 1)[-1]


def alternate_branch(alt: etree._Element) -> etree._Element | None:
    """The one branch of ``mc:AlternateContent`` to read.

    Word writes the same text box twice: a DrawingML copy in ``mc:Choice`` and
    a VML copy in ``mc:Fallback``. Reading both would print it twice; the
    Choice is the richer one, the Fallback only counts when there is no Choice.
    """
    choice = alt.find(mc("Choice"))
    if choice is not None:
        return choice
    return alt.find(mc("Fallback"))
