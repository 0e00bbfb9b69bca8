"""Accept one uploaded file: limits, type, sha256, storage, and the job that will parse it.

Checks that can be made on the bytes alone are made here, before anything is
queued, so the client gets its 413/415/422 in the upload's answer; the rest
(what the parser finds) comes back through the job.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ingest.models import Document, Job
from ingest.store import FileStore, TooLarge


class IntakeError(Exception):
    """A refused upload: ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class Uploader:
    user_id: int | None
    unit: str | None


def safe_filename(name: str | None) -> str:
    """The last path component of a client-sent name, printable, at most 200 characters."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip() or "upload"
    return name[-200:]


def accept(session: Session, store: FileStore, stream: BinaryIO, filename: str | None, *,
           uploader: Uploader, max_bytes: int, max_pages: int) -> Job:
    """Store the file and create (or reuse) its document and a new job; commit."""
    from parsers import sniff

    name = safe_filename(filename)
    try:
        sha, size, head = store.put_stream(stream, max_bytes=max_bytes)
    except TooLarge:
        raise IntakeError(413, f"{name}: too large (the limit is {_mb(max_bytes)})") from None
    if size == 0:
        raise IntakeError(422, f"{name}: empty file")
    media_type = sniff(Path(name), head)
    if media_type is None:
        raise IntakeError(415, f"{name}: unsupported file type (expected PDF, DOCX, DOC, TXT, PNG, JPEG or TIFF)")
    if media_type == "application/pdf":
        _check_pdf(store.path(sha), name, max_pages)

    job = Job(id=uuid.uuid4().hex, filename=name, status="queued", unit=uploader.unit,
              user_id=uploader.user_id)
    doc = session.scalar(select(Document).where(Document.sha256 == sha))
    if doc is None:
        doc = Document(sha256=sha, filename=name, media_type=media_type, size=size, status="queued",
                       owner_unit=uploader.unit)
        session.add(doc)
        try:
            session.flush()
        except IntegrityError:  # the same bytes arrived concurrently: use the other upload's row
            session.rollback()
            doc = session.scalar(select(Document).where(Document.sha256 == sha))
            if doc is None:
                raise
    if doc.status == "parsed":
        # same bytes already parsed: nothing to redo, the job is done at once
        job.status, job.deduplicated = "done", True
    elif doc.status == "failed":
        doc.status, doc.error = "queued", None  # a new upload is a new try (the parser may have improved)
    job.document_id = doc.id
    session.add(job)
    session.commit()
    return job


def _check_pdf(path: Path, name: str, max_pages: int) -> None:
    """Page count of a PDF, refused here when over the limit (pdfium opens it in milliseconds)."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # the parser will check again
        return
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as err:  # pdfium raises PdfiumError on damaged or encrypted files
        raise IntakeError(422, f"{name}: damaged or unreadable pdf ({str(err)[:120]})") from None
    try:
        pages = len(pdf)
    finally:
        pdf.close()
    if pages > max_pages:
        raise IntakeError(422, f"{name}: too many pages ({pages}; the limit is {max_pages})")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"
