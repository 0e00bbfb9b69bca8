"""Assemble the document object from one model per zone (GROBID's way).

The layout's blocks are cut into zones — header, body, signature,
recipients — and each zone has its own reader module. This function only
wires them together; it holds no rules of its own.
"""

from __future__ import annotations

from extract import body, classify, header, recipients, references, report, signature, zones
from extract.contract import Document, RepairNote, Source
from parsers.layout import Block, Layout

# Which zone each contract field is read from (for per-field OCR confidence).
_FIELD_ZONES = {
    "issuer": "header", "number_symbol": "header", "doc_type": "header", "place": "header", "date": "header",
    "subject": "header", "addressees": "header", "sections": "body", "tasks": "body", "references": "body",
    "signers": "signature", "recipients": "recipients",
}


def _mean_confidence(blocks: list[Block]) -> float | None:
    scores = [ln.confidence for b in blocks for ln in b.lines if ln.confidence is not None]
    return round(sum(scores) / len(scores), 3) if scores else None


def field_confidence(parts: zones.Zones) -> dict[str, float] | None:
    """Per-field confidence 0..1 when the text came from OCR, else None.

    The simplest honest version: a field's confidence is the mean OCR line
    confidence of the zone it is read from (header fields from the header
    blocks, tasks/sections/references from the body, signers from the signature
    blocks, recipients from the Nơi nhận blocks) — not of the exact lines that
    gave its value, which the zone readers do not report.
    """
    by_zone = {"header": _mean_confidence(parts.header), "body": _mean_confidence(parts.body),
               "signature": _mean_confidence(parts.signature), "recipients": _mean_confidence(parts.recipients)}
    if all(v is None for v in by_zone.values()):
        return None
    return {f: v for f, z in _FIELD_ZONES.items() if (v := by_zone[z]) is not None}


def extract_document(layout: Layout) -> Document:
    blocks = list(layout.blocks())
    parts = zones.split_zones(blocks)
    head = header.read_header(parts.header)
    sections, tasks = body.read_body(parts.body, issue_date=head.date)
    signers = signature.read_signers(parts.signature)
    recips = recipients.read_recipients(parts.recipients)
    refs = references.find_references(parts.body, exclude=head.number_symbol)
    doc_class = classify.doc_class(head, parts.body, tasks)
    rep = report.read_report(head, parts.body) if doc_class == "report" else None
    return Document(
        source=Source(
            filename=layout.filename,
            sha256=layout.sha256,
            media_type=layout.media_type,
            pages=layout.page_count,
            ocr=layout.ocr,
            repairs=[RepairNote(kind=r.kind, detail=r.detail, count=r.count) for r in layout.repairs],
        ),
        doc_class=doc_class,
        issuer=head.issuer,
        number_symbol=head.number_symbol,
        doc_type=head.doc_type,
        place=head.place,
        date=head.date,
        subject=head.subject,
        addressees=head.addressees,
        sections=sections,
        tasks=tasks,
        references=refs,
        signers=signers,
        recipients=recips,
        report=rep,
        confidence=field_confidence(parts) if layout.ocr else None,
    )
