"""Machine output + corrections → the effective document, and its denormalised copies.

Corrections address a field by a path of keys separated by "/": ``number_symbol``,
``issuer/name``, ``tasks/T3/deadline/date``, ``addressees/0``. In a list, a
segment that is a number is an index, anything else picks the item whose
``id`` is that segment (tasks keep their ids when reordered). The latest
correction of a path wins; a path that no longer exists in a new parse is
skipped, never an error on read.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ingest.models import Correction, Document, Task
from ingest.textkeys import fold, number_key


class BadPath(ValueError):
    pass


_MISSING = object()


def _split(path: str) -> list[str]:
    parts = [p for p in path.strip().strip("/").split("/") if p != ""]
    if not parts:
        raise BadPath("empty path")
    return parts


def _child(node: Any, seg: str, *, create: bool = False) -> Any:
    if isinstance(node, dict):
        if seg in node:
            return node[seg]
        if create:
            node[seg] = {}
            return node[seg]
        return _MISSING
    if isinstance(node, list):
        if seg.isdigit():
            i = int(seg)
            return node[i] if i < len(node) else _MISSING
        for item in node:
            if isinstance(item, dict) and item.get("id") == seg:
                return item
        return _MISSING
    return _MISSING


def get_path(data: Any, path: str) -> Any:
    node = data
    for seg in _split(path):
        node = _child(node, seg)
        if node is _MISSING:
            raise BadPath(f"no field at {path!r}")
    return node


def set_path(data: Any, path: str, value: Any) -> None:
    """Set (or, for a list index equal to its length, append) the value at ``path``."""
    parts = _split(path)
    node = data
    for seg in parts[:-1]:
        nxt = _child(node, seg, create=isinstance(node, dict))
        if nxt is _MISSING or nxt is None:
            if isinstance(node, dict):
                node[seg] = {}
                nxt = node[seg]
            else:
                raise BadPath(f"no field at {'/'.join(parts[: parts.index(seg) + 1])!r}")
        node = nxt
    last = parts[-1]
    if isinstance(node, dict):
        node[last] = value
    elif isinstance(node, list):
        if last.isdigit():
            i = int(last)
            if i < len(node):
                node[i] = value
            elif i == len(node):
                node.append(value)
            else:
                raise BadPath(f"index {i} is past the end of the list at {path!r}")
        else:
            for j, item in enumerate(node):
                if isinstance(item, dict) and item.get("id") == last:
                    if value is None:
                        del node[j]  # null removes a task that is not one
                    else:
                        node[j] = value
                    return
            if isinstance(value, dict):
                node.append({**value, "id": last})
            else:
                raise BadPath(f"no item {last!r} at {path!r}")
    else:
        raise BadPath(f"{path!r} does not lead into an object or list")


def effective_data(doc: Document, corrections: list[Correction]) -> dict[str, Any] | None:
    if doc.data is None:
        return None
    data = copy.deepcopy(doc.data)
    for c in sorted(corrections, key=lambda c: c.id):
        if c.kind != "document":
            continue
        try:
            set_path(data, c.path, c.after)
        except BadPath:
            continue  # the field is gone from a newer parse; the correction stays in the audit
    return data


def document_corrections(session: Session, doc_id: int) -> list[Correction]:
    return list(session.scalars(select(Correction).where(Correction.document_id == doc_id)
                                .order_by(Correction.id)))


def effective(session: Session, doc: Document) -> dict[str, Any] | None:
    return effective_data(doc, document_corrections(session, doc.id))


def _parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def column_limit(column: InstrumentedAttribute) -> int | None:
    """The length of a ``String(n)`` column, None for unlimited types (Text, JSON).

    Read from the model so that ingest/models.py stays the one place the sizes are written.
    """
    return getattr(column.type, "length", None)


def fit(column: InstrumentedAttribute, value: Any) -> Any:
    """``value`` cut to the column's length.

    PostgreSQL refuses a longer string (the parse job was retried, then failed, and the
    document was lost); SQLite stores it. The machine output is kept whole in
    ``Document.data``, so cutting only the indexed copy loses nothing.
    """
    limit = column_limit(column)
    if isinstance(value, str) and limit is not None and len(value) > limit:
        return value[:limit]
    return value


def _task_key(t: dict[str, Any], pos: int) -> str:
    return str(t.get("id") or f"T{pos + 1}")


def _report_unit(data: dict[str, Any]) -> tuple[str, Any]:
    """The report's unit and the contract path it comes from (the issuer when the report names none)."""
    unit = (data.get("report") or {}).get("unit")
    if unit:
        return "report/unit", unit
    if data.get("doc_class") == "report":
        return "issuer/name", (data.get("issuer") or {}).get("name")
    return "report/unit", None


def limited_values(data: dict[str, Any]) -> list[tuple[str, InstrumentedAttribute, Any]]:
    """(contract path, column, value) for each value that a length-limited column holds as it is.

    Derived keys (``number_key``) are not listed: they are not the value a reviewer typed.
    """
    unit_path, unit = _report_unit(data)
    out: list[tuple[str, InstrumentedAttribute, Any]] = [
        ("doc_class", Document.doc_class, data.get("doc_class")),
        ("doc_type/code", Document.doc_type, (data.get("doc_type") or {}).get("code")),
        ("number_symbol", Document.number_symbol, data.get("number_symbol")),
        (unit_path, Document.report_unit, unit),
    ]
    for pos, t in enumerate(data.get("tasks") or []):
        if not isinstance(t, dict):
            continue
        base = f"tasks/{_task_key(t, pos)}"
        out += [(f"{base}/id", Task.key, _task_key(t, pos)),
                (f"{base}/parent", Task.parent, t.get("parent")),
                (f"{base}/section", Task.section, t.get("section")),
                (f"{base}/deadline/recurrence", Task.recurrence, (t.get("deadline") or {}).get("recurrence"))]
    return out


def overlong(data: dict[str, Any] | None) -> dict[str, tuple[Any, int]]:
    """Contract path → (value, column length) for the values longer than the column that holds them."""
    found: dict[str, tuple[Any, int]] = {}
    for path, column, value in limited_values(data or {}):
        limit = column_limit(column)
        if isinstance(value, str) and limit is not None and len(value) > limit:
            found[path] = (value, limit)
    return found


def _unique_key(key: str, used: set[str]) -> str:
    """A task key not yet used in this document (the unique index on document + key).

    Two long task ids can be the same once cut to the column's length; a numbered
    tail keeps the rows apart instead of failing the whole parse.
    """
    limit = column_limit(Task.key) or len(key) + 8
    n = 2
    while key in used:
        tail = f"~{n}"
        key = key[: limit - len(tail)] + tail
        n += 1
    return key


def sync(session: Session, doc: Document, data: dict[str, Any] | None = None) -> None:
    """Rebuild the filter columns and the task rows from the effective document; link reports.

    Runs inside the caller's transaction, so the document and its tasks change together.
    Values for length-limited columns are cut to the column (:func:`fit`); the text
    columns used for search are built from the whole values.
    """
    if data is None:
        data = effective(session, doc)
    if data is None:
        return
    issuer = (data.get("issuer") or {}).get("name")
    number = data.get("number_symbol")
    report = data.get("report") or {}
    _, report_unit = _report_unit(data)
    doc.doc_class = fit(Document.doc_class, data.get("doc_class"))
    doc.doc_type = fit(Document.doc_type, (data.get("doc_type") or {}).get("code"))
    doc.issuer = issuer
    doc.issuer_folded = fold(issuer)
    doc.number_symbol = fit(Document.number_symbol, number)
    doc.number_key = fit(Document.number_key, number_key(number))
    doc.doc_date = _parse_date(data.get("date"))
    doc.subject = data.get("subject")
    doc.report_unit = fit(Document.report_unit, report_unit)
    # cut like number_key, so that a cited number still meets its directive's (cut) key
    doc.answers = [fit(Document.number_key, k) for k in (number_key(a) for a in report.get("answers") or []) if k]
    doc.search_folded = fold(" ".join(x for x in (doc.filename, issuer, number, doc.subject, report_unit) if x))

    session.execute(delete(Task).where(Task.document_id == doc.id))
    rows = []
    used: set[str] = set()
    for pos, t in enumerate(data.get("tasks") or []):
        deadline = t.get("deadline") or {}
        assignees = [a for a in t.get("assignees") or [] if isinstance(a, str)]
        key = _unique_key(fit(Task.key, _task_key(t, pos)), used)
        used.add(key)
        rows.append(Task(
            document_id=doc.id, key=key, position=pos, parent=fit(Task.parent, t.get("parent")),
            section=fit(Task.section, t.get("section")), title=t.get("title"), text=t.get("text") or "",
            text_folded=fold(" ".join(x for x in (t.get("title"), t.get("text")) if x)),
            assignees=assignees, assignees_folded="|" + "|".join(fold(a) for a in assignees) + "|",
            deadline_text=deadline.get("text"), deadline_date=_parse_date(deadline.get("date")),
            recurrence=fit(Task.recurrence, deadline.get("recurrence")), page=(t.get("source") or {}).get("page")))
    session.add_all(rows)
    session.flush()
    link(session, doc)


def link(session: Session, doc: Document) -> None:
    """Reports → their directive by citation; a new directive → the reports waiting for it."""
    if doc.doc_class == "report" and not doc.link_manual:
        doc.directive_id = find_directive(session, doc)
    if doc.doc_class == "directive" and doc.number_key:
        waiting = session.scalars(select(Document).where(
            Document.doc_class == "report", Document.link_manual.is_(False),
            Document.directive_id.is_(None), Document.id != doc.id))
        for rep in waiting:
            if doc.number_key in (rep.answers or []):
                rep.directive_id = find_directive(session, rep)


def find_directive(session: Session, report: Document) -> int | None:
    keys = [k for k in report.answers or [] if k]
    if not keys:
        return None
    candidates = list(session.scalars(select(Document).where(
        Document.number_key.in_(keys), Document.doc_class == "directive", Document.id != report.id)))
    if not candidates:
        return None
    # the same number can recur (a new year restarts numbering): prefer the one cited first,
    # then the latest directive issued on or before the report
    def rank(d: Document) -> tuple:
        before = report.doc_date is None or d.doc_date is None or d.doc_date <= report.doc_date
        return (keys.index(d.number_key), not before, -(d.doc_date.toordinal() if d.doc_date else 0))

    return min(candidates, key=rank).id
