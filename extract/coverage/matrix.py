"""Build the contract's Coverage object from a directive and its reports."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from extract.contract import (
    Cell,
    ChecklistItem,
    Coverage,
    CoverageDirective,
    CoverageTask,
    Document,
    Evidence,
)
from extract.coverage.citations import Answer, Citation, find_citations, match_directive
from extract.coverage.matching import THRESHOLD, Scorer, Window
from extract.coverage.report_parts import ReportBody, split_report
from extract.coverage.textnorm import fold
from extract.coverage.units import RegUnit, UnitRegistry
from parsers.layout import Block, Layout

# Closing tasks ask the recipients to carry the whole document out and report back
# ("Đề nghị các chi bộ nghiêm túc triển khai thực hiện, báo cáo kết quả về …"). A report that
# answers the directive is itself the deed, so such a task is addressed by every report that
# cites the directive, with the opening citation as evidence.
_GENERAL_TASK = re.compile(
    r"(nghiem tuc (trien khai )?thuc hien|to chuc thuc hien nghiem|trien khai thuc hien nghiem"
    r"|bao cao (ket qua|tinh hinh)[^.]{0,80}\bve\b|dinh ky[^.]{0,40}bao cao|bao cao dinh ky"
    r"|neu co (kho khan|vuong mac)[^.]{0,80}bao cao)")
# A closing request addressed to all recipients with no object of its own: "Nhận được văn bản
# này, đề nghị các đơn vị khẩn trương triển khai thực hiện./." — the whole document is its object.
_CLOSING = re.compile(r"\b(de nghi|yeu cau) (cac|toan the|thu truong)\b"
                      r"(?:(?!xay dung|ra soat|kiem tra|tuyen truyen|chu tri|ke hoach|bao cao)[^.]){0,100}?"
                      r"(khan truong |tich cuc |nghiem tuc )?(to chuc )?trien khai thuc hien[ ./]*$")


def is_general_task(text: str) -> bool:
    """A task fulfilled by sending the report itself: "báo cáo kết quả về …", "nghiêm túc thực hiện"."""
    folded = fold(text)
    return bool(_GENERAL_TASK.search(folded)) or (len(folded.split()) <= 30 and bool(_CLOSING.search(folded)))


def build_coverage(directive: Document, reports: Sequence[tuple[Document, Layout | Iterable[Block]]],
                   units: UnitRegistry | None = None, threshold: float = THRESHOLD) -> Coverage:
    """Directive + (report Document, its layout) pairs → the coverage matrix.

    ``units`` is the office's registry; without one, the directive's addressees
    are the registry (silent units are those in it that sent nothing). A report
    whose unit is not in the registry keeps its printed issuer name.
    """
    registry = units if units is not None else UnitRegistry.from_directive(directive)
    tasks = [CoverageTask(id=t.id, text=t.text) for t in directive.tasks]
    bodies: list[ReportBody] = []
    names: list[str] = []
    answers: list[Answer | None] = []
    unit_entries = []
    for doc, layout in reports:
        blocks = list(layout.blocks()) if isinstance(layout, Layout) else list(layout)
        body = split_report(blocks)
        bodies.append(body)
        printed = _printed_unit(doc, blocks)
        context = " ".join(x for x in (doc.issuer.parent, reporter_in_opening(body.opening)) if x)
        reg, confidence = registry.match(printed, context) if printed else (None, 0.0)
        name = reg.name if reg else (printed or doc.source.filename)
        names.append(name)
        opening_cites = find_citations(body.opening or "")
        ans = _answer(doc, opening_cites, directive)
        answers.append(ans)
        entry = {"unit": name, "filename": doc.source.filename, "number_symbol": doc.number_symbol,
                 "printed_name": printed, "registry_match": round(confidence, 3) if reg else None,
                 "answers_directive": None if ans is None else ans.answers,
                 "citation": ans.citation.text if ans and ans.citation else None,
                 "cites": [c.number_symbol for c in opening_cites]}
        unit_entries.append(entry)

    names = _distinct(names, unit_entries, bodies, registry)
    scorer = Scorer([t.text for t in tasks], bodies)
    general = [is_general_task(t.text) for t in tasks]
    cells: dict[tuple[str, str], Cell] = {}
    for r, (name, ans, body) in enumerate(zip(names, answers, bodies, strict=True)):
        answers_it = ans is None or ans.answers  # no citation found: trust the caller who sent it
        for t, m in enumerate(scorer.match_report(r, threshold)):
            task = tasks[t]
            if general[t] and answers_it:
                opening = body.opening or ""
                cell = Cell(task=task.id, unit=name, addressed=True, score=1.0,
                            evidence=[Evidence(text=opening, page=body.opening_page)] if opening else [])
            else:
                addressed = m.addressed and answers_it
                cell = Cell(task=task.id, unit=name, addressed=addressed, score=m.score,
                            evidence=_evidence(m.evidence) + _evidence(m.mentions, mention=True))
            old = cells.get((task.id, name))
            if old is None or (cell.addressed, cell.score) > (old.addressed, old.score):
                cells[(task.id, name)] = cell  # one unit, two reports: the better one stands

    _lift_to_parents(directive, cells, names)
    reporting = list(dict.fromkeys(names))
    silent = [u.name for u in registry.units if u.name not in reporting]
    for name in silent:
        unit_entries.append({"unit": name, "filename": None, "number_symbol": None})
        for task in tasks:
            cells[(task.id, name)] = Cell(task=task.id, unit=name, addressed=False, score=0.0)
    all_units = reporting + silent
    ordered = [cells[(t.id, u)] for u in all_units for t in tasks]
    checklist = []
    for task in tasks:
        done = [u for u in all_units if cells[(task.id, u)].addressed]
        checklist.append(ChecklistItem(task=task.id, addressed_by=done,
                                       missing=[u for u in all_units if u not in done]))
    return Coverage(
        directive=CoverageDirective(number_symbol=directive.number_symbol, filename=directive.source.filename,
                                    tasks=tasks),
        units=unit_entries, cells=ordered, checklist=checklist,
        score_threshold=0.5,  # cell scores are scaled so that the calibrated threshold is one half
        silent=silent)


# "…, Trạm Y tế phường Lê Chân báo cáo (kết quả) như sau:" — the reporter names itself in full.
_REPORTER = re.compile(r"[,;]\s*([^,;]{4,120}?)\s+(?:xin\s+)?báo cáo\b[^,;]*:?\s*$", re.IGNORECASE)


def reporter_in_opening(opening: str | None) -> str | None:
    """The unit an opening sentence names as the one reporting, or None."""
    m = _REPORTER.search(opening or "")
    return m.group(1).strip() if m else None


def _distinct(names: list[str], entries: list[dict], bodies: list[ReportBody],
              registry: UnitRegistry) -> list[str]:
    """Reports from different units printed with the same generic name ("TRẠM Y TẾ") stay apart.

    Without a registry entry, such a unit is named as its opening sentence names it,
    else by the name and its file.
    """
    registered = {u.name for u in registry.units}
    files_of: dict[str, set[str]] = {}  # printed name → the files that print it
    for name, entry in zip(names, entries, strict=True):
        files_of.setdefault(name, set()).add(entry["filename"])
    out = list(names)
    for i, name in enumerate(names):
        if name in registered or len(files_of[name]) == 1:
            continue  # a registered name, a name no other report prints, or the same file given twice
        fuller = reporter_in_opening(bodies[i].opening)
        out[i] = fuller if fuller and fuller not in out else f"{name} ({entries[i]['filename']})"
        entries[i]["unit"] = out[i]
    return out


def _lift_to_parents(directive: Document, cells: dict[tuple[str, str], Cell], names: list[str]) -> None:
    """A parent task ("Các chi bộ tập trung: a) …; b) …") is addressed when one of its sub-items is.

    Its own text is often only a lead-in, so its own match is weak; what the units
    did on the sub-items is what they did on it. Deepest parents first.
    """
    children: dict[str, list[str]] = {}
    for t in directive.tasks:
        if t.parent:
            children.setdefault(t.parent, []).append(t.id)
    depth = {t.id: 0 for t in directive.tasks}
    parent_of = {t.id: t.parent for t in directive.tasks}
    for tid in depth:
        p, seen = parent_of.get(tid), set()
        while p and p not in seen:
            seen.add(p)
            depth[tid] += 1
            p = parent_of.get(p)
    for parent in sorted(children, key=lambda x: -depth.get(x, 0)):
        for name in dict.fromkeys(names):
            own = cells.get((parent, name))
            subs = [cells[(c, name)] for c in children[parent] if (c, name) in cells and cells[(c, name)].addressed]
            if own is None or own.addressed or not subs:
                continue
            best = max(subs, key=lambda c: c.score)
            cells[(parent, name)] = Cell(task=parent, unit=name, addressed=True, score=best.score,
                                         evidence=[e for e in best.evidence if e.model_extra.get("counted", True)],
                                         via_subtasks=[c.task for c in subs])


def _printed_unit(doc: Document, blocks: list[Block]) -> str | None:
    """The reporting unit as printed: the document's, unless the header left only a scrap of it.

    A header reader may cut "CHI BỘ KHU DÂN CƯ SỐ 1" at "SỐ" (taking it for the number
    line); when the left column holds a longer name that ends with what the document
    has, that name is the unit.
    """
    given = (doc.report.unit if doc.report and doc.report.unit else None) or doc.issuer.name
    from_layout = issuer_from_blocks(blocks)
    if not given:
        return from_layout
    if from_layout and len(given.split()) <= 2 and fold(from_layout).endswith(fold(given)) \
            and len(from_layout) > len(given):
        return from_layout
    return given


def _evidence(windows: list[Window], mention: bool = False) -> list[Evidence]:
    out: list[Evidence] = []
    for w in windows:
        if any(w.text in e.text or e.text in w.text for e in out):
            continue  # a sentence and the paragraph holding it say the same thing
        # Additive fields: the part the sentence sits in, and whether it counted (a mention
        # under HẠN CHẾ/PHƯƠNG HƯỚNG is shown to the clerk but does not address the task).
        out.append(Evidence(text=w.text, page=w.page, part=w.part, counted=not mention))
    return out


def _answer(doc: Document, opening_cites: list[Citation], directive: Document) -> Answer | None:
    """The report's citation of this directive, or None when it cites nothing at all.

    ``opening_cites`` are the citations of the report's opening sentence (the caller lists them too).
    """
    citations = list(opening_cites)
    if doc.subject:
        citations += find_citations(doc.subject)
    if doc.report:
        citations += [Citation(kind=None, number_symbol=s, date=None, text=s) for s in doc.report.answers]
    if not citations:
        return None
    return match_directive(citations, directive.number_symbol, directive.date, directive.subject)


_SO = re.compile(r"^\s*Số\b", re.IGNORECASE)


def issuer_from_blocks(blocks: list[Block]) -> str | None:
    """The issuing body from the header's left column, when the header reader gave none.

    The left column holds the superior body (regular), the issuer (bold, one or
    two lines), "*" and "Số …"; the issuer is the bold lines just above "*"/"Số".
    """
    left = [b for b in blocks[:30] if b.column == 0 or (b.cell is not None and b.cell.col == 0)]
    if not left:
        return None
    lines: list[Block] = []
    for b in left:
        t = b.text.strip()
        if _SO.match(t) or t == "*" or re.fullmatch(r"[-_*\s]+", t):
            break
        lines.append(b)
    bold = [b for b in lines if b.bold]
    picked = bold if bold else lines[-1:]
    # Keep the trailing run of bold lines only (the superior body above is not bold).
    if bold:
        run: list[Block] = []
        for b in reversed(lines):
            if not b.bold:
                break
            run.insert(0, b)
        picked = run or bold
    name = " ".join(b.text.strip() for b in picked).strip()
    return name or None


__all__ = ["RegUnit", "build_coverage", "is_general_task", "issuer_from_blocks"]
