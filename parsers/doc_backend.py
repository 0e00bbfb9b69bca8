"""Legacy Word 97–2003 ``.doc`` → DOCX with LibreOffice → the DOCX backend.

python-docx cannot read the binary ``.doc`` format, and many older
directives (and files saved "for compatibility") still come as ``.doc``.
LibreOffice converts them faithfully, including tables, automatic numbering
and legacy font names (so TCVN3/VNI runs are still converted per run). Files
named ``.doc`` that are really RTF or HTML (common on government websites)
convert the same way.

Each conversion gets its own LibreOffice profile directory: two conversions
sharing a profile make the second exit silently without output.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from parsers.docx_backend import parse_docx
from parsers.docx_guard import OLE_MAGIC, check_ole
from parsers.errors import UnreadableDocument
from parsers.layout import Layout, Repair

if TYPE_CHECKING:
    from parsers import Limits  # type only: the package imports its backends lazily

MEDIA_TYPE = "application/msword"
TIMEOUT_S = 120  # a few seconds normally; a shared 2-core machine can be slow, a hang is not
# Word "documents" that are not OLE files but that Word (and LibreOffice) open: RTF, HTML, MHT web archives.
_CONVERTIBLE = re.compile(rb"\{\\rtf|<|MIME-Version:", re.I)


def soffice_binary() -> str | None:
    """LibreOffice's command (Debian installs both names; either may be missing), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def parse_doc(path: Path, limits: Limits | None = None) -> Layout:
    """Convert with LibreOffice, parse the DOCX, report the conversion as a repair."""
    path = Path(path)
    with path.open("rb") as f:
        head = f.read(512)
    if head.startswith(OLE_MAGIC):
        check_ole(path)  # encrypted or not Word at all: say so instead of letting LibreOffice fail
        source_kind = "Word 97–2003 file"
    else:
        found = _CONVERTIBLE.match(head.lstrip(b"\xef\xbb\xbf \t\r\n"))
        if not found:
            # LibreOffice would import any other bytes as plain text and "succeed" with gibberish.
            raise UnreadableDocument(path.name, "not a Word document (neither Word 97–2003, RTF nor HTML)")
        source_kind = "RTF file" if found.group(0).startswith(b"{") else "web page (HTML/MHT) saved as .doc"
    binary = soffice_binary()
    if binary is None:
        raise UnreadableDocument(path.name, "legacy .doc needs LibreOffice (soffice) to convert it, "
                                            "and it is not installed; save the file as DOCX")
    with tempfile.TemporaryDirectory(prefix="vanban_doc_") as tmp:
        work = Path(tmp)
        source = work / "input.doc"  # a plain name: LibreOffice mangles some non-ASCII file names
        shutil.copyfile(path, source)
        converted = convert_to_docx(binary, source, work, path.name)
        layout = parse_docx(converted, limits)
    layout.filename = path.name
    layout.media_type = MEDIA_TYPE
    layout.repairs.insert(0, Repair("doc-to-docx", f"{source_kind} converted to DOCX with LibreOffice", 1))
    return layout


def convert_to_docx(binary: str, source: Path, work: Path, shown_name: str) -> Path:
    """Run one headless conversion with its own profile; the DOCX path or UnreadableDocument."""
    profile = work / "lo_profile"
    out_dir = work / "out"
    out_dir.mkdir()
    cmd = [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--nologo", "--nodefault", "--nolockcheck",
           "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(source)]
    env = {**os.environ, "HOME": str(work)}  # LibreOffice writes caches under HOME
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)  # own process group: a timeout kills soffice.bin too
    try:
        _, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise UnreadableDocument(shown_name, f"LibreOffice did not finish converting it within {TIMEOUT_S} s "
                                             "(damaged or password-protected?)") from None
    result = out_dir / (source.stem + ".docx")
    if proc.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
        raise UnreadableDocument(shown_name, "LibreOffice could not convert it (damaged or not a Word "
                                             f"document){': ' + detail[0][:120] if detail else ''}")
    return result


def _kill_group(proc: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
