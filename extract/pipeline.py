"""Assemble the document object from one model per zone (GROBID's way).

The layout's blocks are cut into zones — header, body, signature,
recipients — and each zone has its own reader module. This function only
wires them together; it holds no rules of its own.
"""

from __future__ import annotations

from extract import body, classify, header, recipients, references, report, signature, zones
from extract.contract import Document, RepairNote, Source
from parsers.layout import Layout


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
    )
