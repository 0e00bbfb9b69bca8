"""The one error every backend raises for input it cannot read."""

from __future__ import annotations


class UnreadableDocument(Exception):
    """A file that cannot be parsed: corrupt, encrypted, empty, wrong type, too big.

    ``str(err)`` is the one-line message users see: ``"<file>: <reason>"``.
    """

    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"{filename}: {reason}")
        self.filename = filename
        self.reason = reason
