"""Scoring against hand-made gold files: the same rules as the contract's
reference scorer (``../shared/contract/score.py``), so ``vanban eval`` and that
script print the same figures on the same files (a test checks it).

Pure functions: dicts in, tallies out. Reading files is the CLI's job.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher

# --- normalisation ---------------------------------------------------------

_TONED = {  # base vowel -> its five toned forms (huyền, sắc, hỏi, ngã, nặng)
    "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ",
}
_TONE_OF = {c: (base, i) for base, forms in _TONED.items() for i, c in enumerate(forms)}
# open syllables oa / oe / uy whose tone sits on the second vowel: move it to the first
_OPEN = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\w])")


def _move_tone(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    low = second.lower()
    base, tone = _TONE_OF[low]
    if (first.lower(), base) not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return m.group(0)
    toned_first = _TONED[first.lower()][tone]
    if first.isupper():
        toned_first = toned_first.upper()
    plain_second = base.upper() if second.isupper() else base
    return toned_first + plain_second


def norm(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s))
    s = _OPEN.sub(_move_tone, s)
    s = s.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    s = s.replace("–", "-").replace("—", "-")
    s = re.sub(r"\s+", " ", s).strip().casefold()
    return s.rstrip(" .,;:")


def words(s: str | None) -> list[str]:
    return re.findall(r"\w+", norm(s))


def sim(a: str | None, b: str | None) -> float:
    a, b = norm(a), norm(b)
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def unit_sim(a: str | None, b: str | None) -> float:
    """Unit names match when one contains the other ("Sở Tư pháp" in
    "Sở Tư pháp tỉnh Đắk Lắk") or they are close in spelling."""
    na, nb = norm(a), norm(b)
    if na and nb and (na in nb or nb in na):
        return 1.0
    return sim(a, b)


def word_f1(a: str | None, b: str | None) -> float:
    ca, cb = Counter(words(a)), Counter(words(b))
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / sum(cb.values()), common / sum(ca.values())
    return 2 * p * r / (p + r)


# --- counting --------------------------------------------------------------

class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def figures(self) -> dict:
        if not self.tp + self.fp + self.fn:  # nothing to find and nothing found: no figure
            return {"p": None, "r": None, "f1": None, "tp": 0, "fp": 0, "fn": 0}
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def match(gold: list, pred: list, score, threshold: float) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching, best pairs first."""
    pairs = sorted(((score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                   reverse=True)
    used_g, used_p, out = set(), set(), []
    for s, i, j in pairs:
        if s < threshold:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j, s))
    return out


def tally_lists(t: Tally, gold: list[str], pred: list[str], threshold: float = 0.9) -> None:
    gold = [g for g in gold if norm(g)]
    pred = [p for p in pred if norm(p)]
    m = match(gold, pred, sim, threshold)
    t.add(len(m), len(pred) - len(m), len(gold) - len(m))


def get(d: dict | None, path: str):
    for key in path.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def flat_sections(sections: list | None) -> list[str]:
    out = []
    for s in sections or []:
        out.append(s.get("title"))
        out.extend(flat_sections(s.get("sections")))
    return out


SCALARS = ["doc_class", "issuer.name", "number_symbol", "doc_type.code", "place", "date", "subject",
           "report.unit"]


def _signer(x: dict) -> str:
    return " | ".join(norm(x.get(k)) for k in ("authority", "title", "name"))


def _reference(x: dict) -> str:
    return x.get("number_symbol") or x.get("text") or ""


LISTS = {
    "addressees": lambda d: list(d.get("addressees") or []),
    "recipients": lambda d: [r.get("name") for r in d.get("recipients") or []],
    "signers.name": lambda d: [s.get("name") for s in d.get("signers") or []],
    "signers.block": lambda d: [_signer(s) for s in d.get("signers") or []],
    "references": lambda d: [_reference(r) for r in d.get("references") or []],
    "sections": lambda d: flat_sections(d.get("sections")),
    "report.answers": lambda d: list(get(d, "report.answers") or []),
}


def score_document(gold: dict, pred: dict, tallies: dict) -> None:
    exact = True  # GROBID-style instance accuracy: every header field right
    for field in SCALARS:
        g, p = get(gold, field), get(pred, field)
        t = tallies.setdefault(field, Tally())
        if g is None and p is None:
            continue
        if g is None:
            t.add(0, 1, 0)
            exact = False
        elif p is None:
            t.add(0, 0, 1)
            exact = False
        elif norm(g) == norm(p):
            t.add(1, 0, 0)
        else:
            t.add(0, 1, 1)
            exact = False
    tallies.setdefault("header.exact", Tally()).add(int(exact), 0, int(not exact))
    for field, pick in LISTS.items():
        tally_lists(tallies.setdefault(field, Tally()), pick(gold), pick(pred))
    gt, pt = gold.get("tasks") or [], pred.get("tasks") or []
    m = match(gt, pt, lambda g, p: word_f1(g.get("text"), p.get("text")), 0.6)
    tallies.setdefault("tasks", Tally()).add(len(m), len(pt) - len(m), len(gt) - len(m))
    for i, j, _ in m:
        g, p = gt[i], pt[j]
        gd, pd = g.get("deadline") or {}, p.get("deadline") or {}
        for key in ("date", "recurrence"):
            t = tallies.setdefault(f"tasks.deadline.{key}", Tally())
            if gd.get(key) is None and pd.get(key) is None:
                continue
            if gd.get(key) is None:
                t.add(0, 1, 0)
            elif pd.get(key) is None:
                t.add(0, 0, 1)
            elif str(gd[key]) == str(pd[key]):
                t.add(1, 0, 0)
            else:
                t.add(0, 1, 1)
        tally_lists(tallies.setdefault("tasks.assignees", Tally()),
                    g.get("assignees") or [], p.get("assignees") or [], 0.85)


def score_coverage(gold: dict, pred: dict, tallies: dict) -> None:
    gt = get(gold, "directive.tasks") or []
    pt = get(pred, "directive.tasks") or []
    m = match(gt, pt, lambda g, p: word_f1(g.get("text"), p.get("text")), 0.6)
    tallies.setdefault("coverage.tasks", Tally()).add(len(m), len(pt) - len(m), len(gt) - len(m))
    pred_of_gold = {gt[i]["id"]: pt[j]["id"] for i, j, _ in m}
    gold_units = [u["unit"] for u in gold.get("units") or []]
    pred_units = [u["unit"] for u in pred.get("units") or []]
    um = match(gold_units, pred_units, unit_sim, 0.8)
    pred_unit_of = {gold_units[i]: pred_units[j] for i, j, _ in um}
    tallies.setdefault("coverage.units", Tally()).add(
        len(um), len(pred_units) - len(um), len(gold_units) - len(um))
    predicted = {(c["task"], c["unit"]): bool(c.get("addressed")) for c in pred.get("cells") or []}
    t = tallies.setdefault("coverage.cells", Tally())
    for c in gold.get("cells") or []:
        g = bool(c.get("addressed"))
        key = (pred_of_gold.get(c["task"]), pred_unit_of.get(c["unit"]))
        p = predicted.get(key, False)
        t.add(int(g and p), int(p and not g), int(g and not p))




def figures(tallies: dict[str, Tally]) -> dict[str, dict]:
    out = {k: v.figures() for k, v in tallies.items()}
    if out.get("header.exact", {}).get("r") is not None:  # a share of documents, not an F1
        out["header.exact"]["f1"] = out["header.exact"]["p"] = out["header.exact"]["r"]
    return out


def format_table(figs: dict[str, dict]) -> str:
    width = max(map(len, figs), default=10)
    rows = [f"{'field':<{width}}  {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for k, v in figs.items():
        if v["f1"] is None:
            rows.append(f"{k:<{width}}  {'-':>6} {'-':>6} {'-':>6}   0/0/0")
        else:
            rows.append(f"{k:<{width}}  {v['p']:>6.3f} {v['r']:>6.3f} {v['f1']:>6.3f}   "
                        f"{v['tp']}/{v['fp']}/{v['fn']}")
    return "\n".join(rows)
