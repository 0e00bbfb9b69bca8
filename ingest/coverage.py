"""Coverage of one directive, from the reports linked to it, with reviewers' corrections.

The matching itself is ``extract.coverage.build_coverage`` (a black box here).
Its result is cached per directive under a fingerprint of everything it reads
(the directive, each linked report, their corrections, the unit registry), so
a repeated GET costs a query, and any change recomputes it.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import threading
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ingest.models import Correction, CoverageCache, Document, Unit
from ingest.records import effective
from ingest.store import FileStore
from ingest.textkeys import fold


class CoverageUnavailable(Exception):
    """extract.coverage is not installed yet (it is being written)."""


def linked_reports(s: Session, directive_id: int) -> list[Document]:
    return list(s.scalars(select(Document).where(Document.directive_id == directive_id,
                                                 Document.status == "parsed").order_by(Document.id)))


def _fingerprint(s: Session, directive: Document, reports: list[Document]) -> str:
    ids = [directive.id] + [r.id for r in reports]
    last_fix = s.scalar(select(func.max(Correction.id)).where(Correction.document_id.in_(ids),
                                                               Correction.kind == "document"))
    units = s.execute(select(func.count(Unit.id), func.max(Unit.updated_at))).one()
    parts = [[d.id, d.sha256, str(d.updated_at)] for d in [directive, *reports]]
    raw = json.dumps([parts, last_fix, units[0], str(units[1])], default=str)
    return hashlib.sha256(raw.encode()).hexdigest()


# One build at a time per process: the matcher's NLP models (underthesea's CRF tagger) are not
# safe to initialise from several threads at once, and concurrent first requests for the same
# directive should wait for one build and share its cached result instead of all computing it.
_BUILD_LOCK = threading.Lock()


def machine_coverage(s: Session, store: FileStore, directive: Document, limits: Any) -> dict[str, Any]:
    reports = linked_reports(s, directive.id)
    fp = _fingerprint(s, directive, reports)
    cached = s.get(CoverageCache, directive.id)
    if cached is not None and cached.fingerprint == fp:
        return cached.data
    with _BUILD_LOCK:
        s.expire_all()
        cached = s.get(CoverageCache, directive.id)
        if cached is not None and cached.fingerprint == fp:
            return cached.data
        data = _build(s, store, directive, reports, limits)
        return _save(s, directive.id, cached, fp, data)


def _save(s: Session, directive_id: int, cached: CoverageCache | None, fp: str, data: dict) -> dict:
    if cached is None:
        s.add(CoverageCache(directive_id=directive_id, fingerprint=fp, data=data))
    else:
        cached.fingerprint, cached.data = fp, data
    try:
        s.commit()
    except IntegrityError:  # a concurrent request cached it first: same inputs, same answer
        s.rollback()
    return data


def _build(s: Session, store: FileStore, directive: Document, reports: list[Document], limits: Any) -> dict:
    try:
        from extract.coverage import build_coverage
    except ImportError as err:
        raise CoverageUnavailable(str(err)) from None
    from extract.contract import Document as ContractDocument
    from parsers import UnreadableDocument, load

    def contract(doc: Document) -> ContractDocument:
        # corrections were valid when made; one that no longer fits a newer parse is left out here
        try:
            return ContractDocument.model_validate(effective(s, doc))
        except ValidationError:
            return ContractDocument.model_validate(doc.data)

    directive_doc = contract(directive)
    pairs = []
    for r in reports:
        report_doc = contract(r)
        try:
            layout = load(store.path(r.sha256), limits, filename=r.filename)
        except UnreadableDocument:
            layout = []  # parsed once, so this is a store problem: no report text to match
        pairs.append((report_doc, layout))
    units = list(s.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.name)))
    kwargs = {}
    params = inspect.signature(build_coverage).parameters
    if "units" in params:
        kwargs["units"] = _registry_arg(units)
    cov = build_coverage(directive_doc, pairs, **kwargs)
    return json.loads(cov.model_dump_json())


def _registry_arg(units: list[Unit]) -> Any:
    """The registry as extract.coverage takes it; None (units come from the directive) when empty."""
    if not units:
        return None
    try:
        from extract.coverage import RegUnit, UnitRegistry
    except ImportError:
        return [u.name for u in units]
    return UnitRegistry([RegUnit(name=u.name, aliases=list(u.aliases or [])) for u in units])


def apply_corrections(data: dict[str, Any], corrections: list[Correction]) -> dict[str, Any]:
    """Reviewers' cell fixes over the machine's cells; the checklist follows the cells."""
    data = json.loads(json.dumps(data))
    cells = data.setdefault("cells", [])
    index = {(c["task"], c["unit"]): c for c in cells}
    for c in sorted(corrections, key=lambda c: c.id):
        if c.kind != "coverage":
            continue
        _, task, unit = c.path.split("/", 2)
        cell = index.get((task, unit))
        if cell is None:
            cell = {"task": task, "unit": unit, "addressed": False, "score": 0.0, "evidence": []}
            cells.append(cell)
            index[(task, unit)] = cell
            if all(u.get("unit") != unit for u in data.setdefault("units", [])):
                data["units"].append({"unit": unit, "filename": None, "number_symbol": None})
        cell["addressed"] = bool(c.after)
        cell["corrected"] = {"by": c.user_name, "at": c.created_at.isoformat() + "Z", "note": c.note,
                             "machine": c.before}
    data["checklist"] = _checklist(data)
    return data


def _checklist(data: dict[str, Any]) -> list[dict[str, Any]]:
    units = [u["unit"] for u in data.get("units", [])]
    tasks = [t["id"] for t in (data.get("directive") or {}).get("tasks", [])]
    done = {(c["task"], c["unit"]) for c in data.get("cells", []) if c.get("addressed")}
    return [{"task": t, "addressed_by": [u for u in units if (t, u) in done],
             "missing": [u for u in units if (t, u) not in done]} for t in tasks]


def only_unit(data: dict[str, Any], unit: str, aliases: list[str] | None = None) -> dict[str, Any]:
    """One unit's row: what a unit token may see of a directive's coverage."""
    keys = {fold(unit), *(fold(a) for a in aliases or [])}
    data = dict(data)
    data["units"] = [u for u in data.get("units", []) if fold(u.get("unit")) in keys]
    mine = {u["unit"] for u in data["units"]}
    data["cells"] = [c for c in data.get("cells", []) if c.get("unit") in mine]
    data["checklist"] = [{"task": item["task"],
                          "addressed_by": [u for u in item.get("addressed_by", []) if u in mine],
                          "missing": [u for u in item.get("missing", []) if u in mine]}
                         for item in data.get("checklist", [])]
    return data
