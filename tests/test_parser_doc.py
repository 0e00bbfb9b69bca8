"""The legacy .doc backend: LibreOffice conversion, then the DOCX backend."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

import parsers.doc_backend as doc_backend
from parsers import UnreadableDocument, load
from parsers.docx_backend import parse_docx
from tests.test_parser_docx import _ole_with, make_directive

FIXTURES = Path(__file__).parent / "fixtures" / "docx"
needs_soffice = pytest.mark.skipif(doc_backend.soffice_binary() is None, reason="LibreOffice is not installed")


def to_doc(docx_path: Path, out_dir: Path) -> Path:
    """DOCX → Word 97 .doc with LibreOffice, the way an old office would have saved it."""
    with tempfile.TemporaryDirectory(prefix="lo_test_") as profile:
        subprocess.run([doc_backend.soffice_binary(), f"-env:UserInstallation={Path(profile).as_uri()}",
                        "--headless", "--convert-to", "doc", "--outdir", str(out_dir), str(docx_path)],
                       check=True, capture_output=True, timeout=180)
    return out_dir / (docx_path.stem + ".doc")


@pytest.fixture(scope="module")
def directive_doc(tmp_path_factory) -> tuple[Path, Path]:
    if doc_backend.soffice_binary() is None:
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("doc")
    docx_path = make_directive(folder / "chi_thi_12.docx")
    return docx_path, to_doc(docx_path, folder)


@pytest.mark.slow
@needs_soffice
def test_doc_reads_like_its_docx(directive_doc):
    docx_path, doc_path = directive_doc
    assert doc_path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    layout = load(doc_path)
    assert layout.media_type == "application/msword" and layout.filename == "chi_thi_12.doc"
    assert layout.repairs[0].kind == "doc-to-docx"
    original = [(b.text, b.column) for b in parse_docx(docx_path).blocks()]
    converted = [(b.text, b.column) for b in layout.blocks()]
    assert converted == original  # tables, columns and Word numbering survive the round trip
    by_text = {b.text: b for b in layout.blocks()}
    assert by_text["a) Chủ trì kiểm tra công vụ, hoàn thành trước ngày 30/6/2026;"].list_label == "a)"
    assert by_text["Nguyễn Văn Tùng"].bold and by_text["Nguyễn Văn Tùng"].cell.col == 1


@pytest.mark.slow
@needs_soffice
def test_two_conversions_at_once_both_succeed(directive_doc, tmp_path):
    """Each conversion has its own LibreOffice profile; a shared one makes the second fail silently."""
    _, doc_path = directive_doc
    copies = [shutil.copy(doc_path, tmp_path / f"ban_{i}.doc") for i in range(2)]
    results: dict[int, object] = {}

    def work(i: int) -> None:
        try:
            results[i] = len(list(load(copies[i]).blocks()))
        except Exception as err:  # reported below
            results[i] = err

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert results[0] == results[1] and isinstance(results[0], int) and results[0] > 20, results


@pytest.mark.slow
@needs_soffice
def test_password_protected_doc_refused_before_libreoffice(directive_doc, tmp_path, monkeypatch):
    _, doc_path = directive_doc
    data = bytearray(doc_path.read_bytes())
    from parsers.docx_guard import ole_streams

    start, _ = ole_streams(doc_path)["WordDocument"]
    sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    fib = (start + 1) * sector
    assert struct.unpack_from("<H", data, fib)[0] == 0xA5EC  # the FIB's magic: we are at the right place
    flags = struct.unpack_from("<H", data, fib + 0x0A)[0]
    struct.pack_into("<H", data, fib + 0x0A, flags | 0x0100)  # fEncrypted
    locked = tmp_path / "mat.doc"
    locked.write_bytes(bytes(data))
    monkeypatch.setattr(doc_backend, "convert_to_docx", lambda *a: pytest.fail("LibreOffice was started"))
    with pytest.raises(UnreadableDocument, match=r"^mat\.doc: encrypted \(password-protected\)"):
        load(locked)


def test_encrypted_docx_refused_whatever_its_name(tmp_path):
    """A password-protected DOCX is an OLE file with EncryptedPackage (made with msoffcrypto-tool)."""
    for name in ("bao_cao.docx", "bao_cao.doc"):
        path = tmp_path / name
        shutil.copy(FIXTURES / "encrypted.docx", path)
        with pytest.raises(UnreadableDocument) as err:
            load(path)
        assert str(err.value) == f"{name}: encrypted (password-protected); remove the password and upload it again"


def test_other_ole_files_refused_with_what_they_are(tmp_path):
    xls = tmp_path / "bang_tong_hop.doc"
    xls.write_bytes(_ole_with("Workbook", "\x05SummaryInformation"))
    with pytest.raises(UnreadableDocument, match="Excel workbook"):
        load(xls)


def test_bytes_that_are_no_word_format_refused(tmp_path):
    junk = tmp_path / "hong.doc"
    junk.write_bytes(bytes(range(1, 255)) * 10)
    with pytest.raises(UnreadableDocument, match=r"^hong\.doc: not a Word document"):
        load(junk)


def test_missing_libreoffice_is_a_clear_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(doc_backend, "soffice_binary", lambda: None)
    path = tmp_path / "cu.doc"
    path.write_bytes(_ole_with("WordDocument"))
    with pytest.raises(UnreadableDocument, match="needs LibreOffice"):
        load(path)


@needs_soffice
def test_conversion_timeout_kills_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setattr(doc_backend, "TIMEOUT_S", 0.05)
    started: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def spy(*args, **kwargs):
        proc = real_popen(*args, **kwargs)
        started.append(proc)
        return proc

    monkeypatch.setattr(doc_backend.subprocess, "Popen", spy)
    path = tmp_path / "treo.doc"
    path.write_bytes(_ole_with("WordDocument"))
    with pytest.raises(UnreadableDocument, match="did not finish"):
        load(path)
    assert started and started[0].poll() is not None  # reaped, not left running


def test_docx_named_doc_is_read_as_docx(tmp_path, monkeypatch):
    from tests.fixtures.docx.build import make_docx, para

    monkeypatch.setattr(doc_backend, "convert_to_docx", lambda *a: pytest.fail("LibreOffice was started"))
    path = make_docx(tmp_path / "cong_van.doc", para("Kính gửi: Sở Tài chính"))
    layout = load(path)
    assert [b.text for b in layout.blocks()] == ["Kính gửi: Sở Tài chính"]
    assert layout.repairs == []


def _rtf(text: str) -> bytes:
    escaped = "".join(ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in text)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs28 " + escaped + "\\par}").encode("ascii")


@pytest.mark.slow
@needs_soffice
def test_rtf_saved_as_doc_is_converted(tmp_path):
    """Government websites often serve RTF (or HTML) under a .doc name; Word opens it, so do we."""
    path = tmp_path / "thong_bao.doc"
    path.write_bytes(_rtf("Thông báo kết luận của Chủ tịch UBND tỉnh"))
    layout = load(path)
    assert [b.text for b in layout.blocks()] == ["Thông báo kết luận của Chủ tịch UBND tỉnh"]
    assert layout.repairs[0].kind == "doc-to-docx" and layout.media_type == "application/msword"
    assert layout.repairs[0].detail.startswith("RTF file")


@pytest.mark.slow
@needs_soffice
def test_html_saved_as_doc_keeps_its_table_and_list(tmp_path):
    path = tmp_path / "trang_web.doc"
    path.write_text('<html><head><meta charset="utf-8"></head><body><p><b>ỦY BAN NHÂN DÂN</b></p><table><tr>'
                    "<td>Số: 1/UBND-VP</td><td>Hà Nội, ngày 02 tháng 01 năm 2026</td></tr></table>"
                    "<ol><li>Rà soát hồ sơ</li><li>Báo cáo kết quả</li></ol></body></html>", encoding="utf-8")
    layout = load(path)
    assert [(b.text, b.column) for b in layout.blocks()] == [
        ("ỦY BAN NHÂN DÂN", None), ("Số: 1/UBND-VP", 0), ("Hà Nội, ngày 02 tháng 01 năm 2026", 1),
        ("1. Rà soát hồ sơ", None), ("2. Báo cáo kết quả", None)]
    assert layout.repairs[0].detail.startswith("web page")
