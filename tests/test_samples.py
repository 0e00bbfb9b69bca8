"""The hand-written samples: every one has DOCX + PDF + gold, and gold and files agree.

The gold files are written by hand from samples/src; these checks catch the copy
slips a human makes (a task text that is not in the document, a deadline date that
does not match its own text) and a stale build (PDF not rebuilt after a source edit).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from docx import Document as DocxDocument
from docx.oxml.ns import qn

from extract.contract import Document

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
NAMES = sorted(p.stem for p in (SAMPLES / "src").glob("*.py") if not p.stem.startswith("_"))


def squash(text: str) -> str:
    """NFC and one space for any run of white space: how the contract joins wrapped lines."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@cache
def gold(name: str) -> dict:
    return json.loads((SAMPLES / "gold" / f"{name}.gold.json").read_text(encoding="utf-8"))


@cache
def docx_paragraphs(name: str) -> tuple[str, ...]:
    """Every paragraph of the DOCX body, tables included, in document order."""
    doc = DocxDocument(str(SAMPLES / "docx" / f"{name}.docx"))
    out = []
    for p in doc.element.body.iter(qn("w:p")):
        parts = []
        for node in p.iter(qn("w:t"), qn("w:tab")):
            parts.append(node.text or "" if node.tag == qn("w:t") else " ")
        out.append(squash("".join(parts)))
    return tuple(out)


@cache
def pdf_texts(name: str) -> tuple[str, str]:
    """(whole text, text of the left half of page 1) of the PDF, wraps joined with spaces.

    The left half is read separately because a V/v subject sits beside the place-and-date
    line, and row-wise extraction interleaves the two columns.
    """
    with pdfplumber.open(SAMPLES / "pdf" / f"{name}.pdf") as pdf:
        whole = " ".join(page.extract_text() or "" for page in pdf.pages)
        first = pdf.pages[0]
        left = first.crop((0, 0, first.width / 2 + 20, first.height)).extract_text() or ""
    return squash(whole), squash(left)


def test_there_are_enough_samples():
    assert len(NAMES) >= 12


@pytest.mark.parametrize("name", NAMES)
def test_each_sample_has_docx_pdf_and_gold(name):
    for path in (SAMPLES / "docx" / f"{name}.docx", SAMPLES / "pdf" / f"{name}.pdf",
                 SAMPLES / "gold" / f"{name}.gold.json"):
        assert path.is_file(), path
    assert gold(name)["source"]["filename"] == f"{name}.docx"


@pytest.mark.parametrize("name", NAMES)
def test_gold_is_valid_contract_nfc(name):
    raw = (SAMPLES / "gold" / f"{name}.gold.json").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw
    Document.model_validate(gold(name))


@pytest.mark.parametrize("name", NAMES)
def test_pdf_text_holds_number_and_subject(name):
    g = gold(name)
    whole, left = pdf_texts(name)
    if g["number_symbol"]:
        assert g["number_symbol"] in whole
    if g["subject"]:
        assert g["subject"] in whole or g["subject"] in left


@pytest.mark.parametrize("name", NAMES)
def test_gold_strings_are_in_the_docx(name):
    """Task texts, addressees, recipients and signer names are copied from the document."""
    g = gold(name)
    text = " ¶ ".join(docx_paragraphs(name))
    flowing = " ".join(docx_paragraphs(name))
    for task in g["tasks"]:
        assert squash(task["text"]) in text, task["id"]
        if task["title"]:
            assert task["text"].startswith(task["title"]), task["id"]
        if task["deadline"]:
            # in the item itself, or in the deadline column of an appendix table
            assert task["deadline"]["text"] in task["text"] or task["deadline"]["text"] in text, task["id"]
    for item in g["addressees"] + [r["name"] for r in g["recipients"]]:
        assert item in text, item
    for signer in g["signers"]:
        for key in ("authority", "title", "name"):
            assert (signer[key] or "") in flowing, signer[key]
    for ref in g["references"]:
        assert ref["text"] in text, ref


@pytest.mark.parametrize("name", NAMES)
def test_gold_task_structure(name):
    """Ids run T1..Tn, parents point backwards, dd/mm/yyyy deadlines carry that date."""
    tasks = gold(name)["tasks"]
    assert tasks, "a sample without tasks teaches nothing"
    ids = [t["id"] for t in tasks]
    assert ids == [f"T{i}" for i in range(1, len(tasks) + 1)]
    for i, task in enumerate(tasks):
        if task["parent"]:
            assert task["parent"] in ids[:i]
        deadline = task["deadline"]
        m = deadline and re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", deadline["text"])
        if m:
            day, month, year = (int(x) for x in m.groups())
            assert deadline["date"] == f"{year:04d}-{month:02d}-{day:02d}", task["id"]


@pytest.mark.parametrize("name", NAMES)
def test_report_block_only_for_reports(name):
    g = gold(name)
    assert (g["report"] is not None) == (g["doc_class"] == "report")
    if g["report"]:
        assert g["report"]["answers"]


@pytest.mark.parametrize("name", NAMES)
def test_docx_sets_times_new_roman_on_every_run(name):
    """Runs without an explicit font would fall back to a theme font that is not installed."""
    doc = DocxDocument(str(SAMPLES / "docx" / f"{name}.docx"))
    for run in doc.element.body.iter(qn("w:r")):
        if run.find(qn("w:t")) is None:
            continue
        fonts = run.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        assert fonts is not None and fonts.get(qn("w:ascii")) == "Times New Roman"
