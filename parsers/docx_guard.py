"""Refuse Word files we must not or cannot open, with a reason a user understands.

Runs before python-docx touches the file: a password-protected DOCX is not a
ZIP at all but an OLE container holding ``EncryptedPackage``; a zip bomb
must be refused from its directory, before anything is inflated; an Excel
file renamed ``.docx`` deserves "is an Excel workbook", not a stack trace.
The OLE checks also serve the legacy ``.doc`` backend (encrypted ``.doc``
files make LibreOffice wait for a password).
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from parsers.errors import UnreadableDocument

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A real directive is a few hundred KB; even with scanned images a DOCX stays far below this.
MAX_UNZIPPED = 200 * 1024 * 1024
MAX_RATIO = 100  # XML compresses ~10:1; beyond 100:1 over many MB it is a bomb
MAX_ENTRIES = 10_000
_RATIO_FLOOR = 10 * 1024 * 1024  # small files may compress very well and be harmless

ENCRYPTED = "encrypted (password-protected); remove the password and upload it again"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def ole_streams(path: Path) -> dict[str, tuple[int, int]]:
    """Directory of an OLE2 compound file: stream name → (start sector, size).

    Follows the directory's sector chain through the FAT, as the format says;
    a file whose chain is broken is scanned for directory entries where they
    can lie (128-byte slots) instead. Odd entries are skipped.
    """
    data = path.read_bytes()
    if not data.startswith(OLE_MAGIC) or len(data) < 512:
        return {}
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    sector = 1 << shift if 7 <= shift <= 16 else 512
    offsets = _directory_offsets(data, sector)
    if offsets is None:
        offsets = range(sector, len(data) - 127, 128)
    streams: dict[str, tuple[int, int]] = {}
    for pos in offsets:
        entry = _entry(data, pos)
        if entry:
            streams.setdefault(entry[0], entry[1:])
    return streams


def _directory_offsets(data: bytes, sector: int) -> list[int] | None:
    """Byte offsets of every directory entry, following the FAT chain; None if the chain is broken."""
    per = sector // 4
    count = len(data) // sector
    difat = [x for x in struct.unpack_from("<109I", data, 0x4C) if x < 0xFFFFFFFA]
    nxt, extra = struct.unpack_from("<II", data, 0x44)
    for _ in range(min(extra, count)):  # DIFAT sectors beyond the header's 109 entries
        if nxt >= 0xFFFFFFFA or (nxt + 2) * sector > len(data):
            break
        entries = struct.unpack_from(f"<{per}I", data, (nxt + 1) * sector)
        difat.extend(x for x in entries[:-1] if x < 0xFFFFFFFA)
        nxt = entries[-1]
    fat: list[int] = []
    for fs in difat:
        if (fs + 2) * sector > len(data):
            return None
        fat.extend(struct.unpack_from(f"<{per}I", data, (fs + 1) * sector))
    current = struct.unpack_from("<I", data, 0x30)[0]
    offsets: list[int] = []
    seen: set[int] = set()
    while current < 0xFFFFFFFA:
        if current in seen or current >= len(fat) or (current + 2) * sector > len(data):
            return None
        seen.add(current)
        base = (current + 1) * sector
        offsets.extend(range(base, base + sector, 128))
        current = fat[current]
    return offsets or None


def _entry(data: bytes, pos: int) -> tuple[str, int, int] | None:
    """(name, start sector, size) of the directory entry at ``pos``, or None if it is not one."""
    name_len = struct.unpack_from("<H", data, pos + 0x40)[0]
    kind = data[pos + 0x42]
    if not (2 <= name_len <= 64 and name_len % 2 == 0 and kind in (1, 2, 5)):
        return None
    try:
        name = data[pos:pos + name_len - 2].decode("utf-16-le")
    except UnicodeDecodeError:
        return None
    if not name or not all(ch.isprintable() or ch in "\x01\x05\x06" for ch in name):
        return None
    start, size = struct.unpack_from("<IQ", data, pos + 0x74)
    return name, start, size


def check_ole(path: Path, *, want_word: bool = True) -> dict[str, tuple[int, int]]:
    """Refuse an encrypted or non-Word OLE file; return its streams for further checks."""
    streams = ole_streams(path)
    if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
        raise UnreadableDocument(path.name, ENCRYPTED)
    if want_word and streams and "WordDocument" not in streams:
        if "Workbook" in streams or "Book" in streams:
            raise UnreadableDocument(path.name, "is an Excel workbook, not a Word document")
        if "PowerPoint Document" in streams:
            raise UnreadableDocument(path.name, "is a PowerPoint presentation, not a Word document")
        raise UnreadableDocument(path.name, "is an OLE file without a Word document inside")
    if "WordDocument" in streams and _fib_encrypted(path, streams["WordDocument"][0]):
        raise UnreadableDocument(path.name, ENCRYPTED)
    return streams


def _fib_encrypted(path: Path, start: int) -> bool:
    """The Word 97–2003 FIB flag fEncrypted (password to open), also set when obfuscated."""
    with path.open("rb") as f:
        head = f.read(512)
        shift = struct.unpack_from("<H", head, 0x1E)[0]
        sector = 1 << shift if 7 <= shift <= 16 else 512
        f.seek((start + 1) * sector)
        fib = f.read(12)
    if len(fib) < 12 or struct.unpack_from("<H", fib, 0)[0] != 0xA5EC:
        return False
    flags = struct.unpack_from("<H", fib, 0x0A)[0]
    return bool(flags & 0x0100)


def check_docx(path: Path) -> None:
    """Refuse a file that is not a safe, readable DOCX package; explain why."""
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(OLE_MAGIC):
        check_ole(path, want_word=False)
        raise UnreadableDocument(path.name, "is a Word 97–2003 (.doc) file, not a DOCX")
    if not zipfile.is_zipfile(path):
        raise UnreadableDocument(path.name, "damaged: not a valid DOCX (ZIP) package")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise UnreadableDocument(path.name, f"damaged: not a valid DOCX (ZIP) package ({err})") from None
    with zf:  # opened once: reading the central directory again for the Strict test cost as much
        _check_entries(path, zf)


def _check_entries(path: Path, zf: zipfile.ZipFile) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UnreadableDocument(path.name, f"refused: {len(infos)} files inside the package (zip bomb?)")
    unzipped = sum(i.file_size for i in infos)
    zipped = sum(i.compress_size for i in infos) or 1
    if unzipped > MAX_UNZIPPED:
        raise UnreadableDocument(path.name, f"refused: unpacks to {unzipped // (1024 * 1024)} MB "
                                            f"(limit {MAX_UNZIPPED // (1024 * 1024)} MB; zip bomb?)")
    if unzipped > _RATIO_FLOOR and unzipped / zipped > MAX_RATIO:
        raise UnreadableDocument(path.name, f"refused: compression ratio {unzipped // zipped}:1 "
                                            f"(limit {MAX_RATIO}:1; zip bomb?)")
    if any(i.flag_bits & 0x1 for i in infos):
        raise UnreadableDocument(path.name, ENCRYPTED)  # a ZIP-level password: same answer for the user
    names = {i.filename for i in infos}
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        if "[Content_Types].xml" not in names:
            raise UnreadableDocument(path.name, "damaged: DOCX package without [Content_Types].xml")
        if _is_strict(zf):
            raise UnreadableDocument(path.name, "saved as \"Strict Open XML\", which is not supported; "
                                                "save it as a standard Word document (.docx)")
        return
    if any(n.startswith("xl/") for n in names):
        raise UnreadableDocument(path.name, "is an Excel workbook (.xlsx), not a Word document")
    if any(n.startswith("ppt/") for n in names):
        raise UnreadableDocument(path.name, "is a PowerPoint presentation (.pptx), not a Word document")
    if "content.xml" in names and "mimetype" in names:
        raise UnreadableDocument(path.name, "is an OpenDocument file (.odt), not a DOCX; save it as DOCX")
    raise UnreadableDocument(path.name, "is a ZIP archive, not a Word document")


def _is_strict(zf: zipfile.ZipFile) -> bool:
    """ISO 29500 Strict packages name their relationships under purl.oclc.org, not schemas.openxmlformats."""
    try:
        rels = zf.read("_rels/.rels")[:4096]
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError):
        return False
    return b"purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" in rels
