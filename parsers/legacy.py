"""Legacy 8-bit Vietnamese encodings (TCVN3, VNI) → Unicode.

Placeholder surface: ``repair_text(text) -> (text, repairs)``; detection and
conversion tables live here.
"""

from __future__ import annotations

from parsers.layout import Repair


def repair_text(text: str) -> tuple[str, list[Repair]]:
    return text, []
