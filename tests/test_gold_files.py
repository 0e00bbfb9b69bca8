"""Every hand-made gold file must itself obey the contract.

Gold files are the yardstick for the extractor and for ``vanban eval``; a gold
file that breaks the contract (wrong shape, NFD text, leftover crawl markup,
task ids out of order, a parent that does not exist) would silently distort
every score computed against it, so they are checked like code.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.contract import Document

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIRS = [ROOT / "tests" / "gold", ROOT / "samples" / "gold"]
GOLD_FILES = sorted(p for d in GOLD_DIRS if d.is_dir() for p in d.rglob("*.gold.json"))
REAL_GOLD = [p for p in GOLD_FILES if p.parent.name == "real-docs"]
# Crawls are text; the scans' gold was read off page images and has no text to check against.
REAL_TEXT_GOLD = [p for p in REAL_GOLD if json.loads(p.read_text(encoding="utf-8"))["source"]["filename"].endswith(".txt")]


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _strings(node: object, where: str = "$") -> Iterator[tuple[str, str]]:
    """Every string value in the JSON tree with its path, for precise failure messages."""
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _strings(item, f"{where}[{i}]")
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{where}.{key}")


def _crawl_text(raw: str) -> str:
    """The crawl with its light markup removed and white space collapsed.

    Mirrors the contract's text conventions (markup gone, wraps joined with one
    space, NFC) so a gold task text can be checked to be copied, not paraphrased.
    """
    text = raw.replace("**", "").replace("__", "").replace("*", "")
    text = re.sub(r"\[\d+\]", "", text)  # footnote markers such as [1]
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()


def test_gold_files_exist() -> None:
    # The real-document gold set is a deliverable: at least eight documents.
    assert len(REAL_GOLD) >= 8, [p.name for p in REAL_GOLD]


@pytest.mark.parametrize("path", GOLD_FILES, ids=_id)
def test_gold_validates_against_contract(path: Path) -> None:
    data = _load(path)
    doc = Document.model_validate(data)
    assert doc.schema_version == "1"
    assert doc.source.filename, "source.filename names the document the gold describes"


@pytest.mark.parametrize("path", GOLD_FILES, ids=_id)
def test_gold_strings_follow_text_conventions(path: Path) -> None:
    data = _load(path)
    for where, value in _strings(data):
        assert unicodedata.is_normalized("NFC", value), f"{where} is not NFC: {value!r}"
        assert "**" not in value, f"{where} keeps bold markup: {value!r}"
        assert value == value.strip(), f"{where} has leading/trailing space: {value!r}"
        assert "  " not in value and "\n" not in value, f"{where} keeps a wrap or double space"
        # The contract says absent fields are null or [], never "".
        assert value != "", f"{where} is an empty string; use null or []"


@pytest.mark.parametrize("path", GOLD_FILES, ids=_id)
def test_gold_task_ids_and_parents(path: Path) -> None:
    tasks = _load(path).get("tasks") or []
    ids = [t["id"] for t in tasks]
    assert ids == [f"T{i}" for i in range(1, len(tasks) + 1)], ids
    seen: set[str] = set()
    for task in tasks:
        parent = task.get("parent")
        if parent is not None:
            # A sub-item names an enclosing task that comes before it in reading order.
            assert parent in seen, f"{task['id']} names parent {parent!r}, not an earlier task"
        seen.add(task["id"])


@pytest.mark.parametrize("path", REAL_TEXT_GOLD, ids=_id)
def test_real_gold_matches_its_crawl(path: Path, real_docs: Path) -> None:
    data = _load(path)
    source = real_docs / data["source"]["filename"]
    assert source.is_file(), f"{source} is missing"
    raw = source.read_bytes()
    # The gold describes exactly this file; a changed crawl needs a new annotation.
    assert hashlib.sha256(raw).hexdigest() == data["source"]["sha256"]
    text = _crawl_text(raw.decode("utf-8"))
    for task in data["tasks"]:
        # Task texts are copied as written, so each must occur verbatim in the crawl.
        assert task["text"] in text, f"{task['id']} text is not in the crawl: {task['text'][:60]!r}"
        if task.get("title"):
            assert task["text"].startswith(task["title"]), f"{task['id']} title is not its lead-in"
        if task.get("deadline"):
            assert task["deadline"]["text"] in task["text"], f"{task['id']} deadline text not in task"
