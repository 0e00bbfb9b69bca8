"""Deadline phrases of a task (domain notes §3.3): the raw text, an ISO date, a recurrence.

Only phrases in a *deadline frame* are read — "trước ngày 20/01/2026",
"chậm nhất ngày 15/3/2026", "Thời gian hoàn thành: tháng 12/2025",
"hằng tháng" — so the dates of cited documents ("Chỉ thị số 05 ngày
15/5/2016") never become deadlines.

Decisions (documented because the contract leaves them open):

* A period ("trong quý I/2026", "trong tháng 01/2026", "Thời gian hoàn thành:
  tháng 12/2025", "trước tháng 6/2026") gives the **last day** of the period
  ("before the end of Q1" is what a tracker needs); "trước tháng 6/2026" is the
  day before the month starts.
* "định kỳ 6 tháng" / "báo cáo 6 tháng" (semi-annual) keeps its phrase as the
  deadline text with recurrence ``None``: the contract has five recurrence
  values and none of them is "every six months" — calling it "yearly" or
  "quarterly" would be wrong, and a sixth value would change the contract.
* A year left out ("trước 30/6") is taken from the issue date; when the day
  is then more than ~2 months before the issue date, the next year.
* A range "từ ngày 01/01/2026 đến ngày 31/3/2026" ends on its last day.
* A recurring date without a year ("hạn cuối ngày 15 tháng 12 hàng năm") gives its first
  occurrence on or after the issue date, with the recurrence.
* A date without a frame, a "thường xuyên" (ongoing) or a relative phrase
  ("trong vòng 05 ngày") gives no deadline date; the recurrence alone is kept.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import dataclass
from datetime import date, timedelta

_D = r"(?P<d>\d{1,2})"
_M = r"(?P<m>\d{1,2})"
_Y = r"(?P<y>\d{4}|\d{2})"
# "20/01/2026", "20-01-2026", "20.01.2026", "20/01" and "ngày 20 tháng 01 năm 2026".
_NUM_DATE = rf"{_D}\s*[/.\-]\s*{_M}(?:\s*[/.\-]\s*{_Y})?(?![\d/])"
_WORD_DATE = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?"
_DATE = rf"(?:{_NUM_DATE}|{_WORD_DATE})"
_TIME = r"(?:\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{2}\s*(?:phút)?)?\s*,?\s*)"

# Words that open a deadline: "trước", "chậm nhất (là)", "hạn chót", "xong trước",
# "hoàn thành trước", "trong ngày", "không muộn hơn", "đến ngày"/"hết ngày" only after
# a completion verb (otherwise "từ … đến ngày" is a range, read below).
_BEFORE = (r"(?:trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?|không\s+(?:muộn|chậm)\s+hơn|đến\s+hết|"
           r"hoàn thành(?:\s+xong)?\s+(?:trước|trong)|trong\s+ngày|hạn\s+cuối)")
BEFORE_DATE_RE = re.compile(
    rf"(?P<frame>{_BEFORE})\s*(?:{_TIME})?(?:ngày\s*)?(?:{_TIME})?{_DATE}", re.IGNORECASE)
# "Thời gian hoàn thành: 30/11/2025", "Thời hạn: trước ngày 15/12/2025" (kế hoạch tables
# and per-item lines) — the label is itself the frame.
_LABEL = r"(?:thời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện|báo\s+cáo|gửi))?|hạn\s+(?:hoàn\s+thành|nộp|gửi))"
LABEL_DATE_RE = re.compile(rf"(?P<frame>{_LABEL})\s*:?\s*(?:{_BEFORE}\s*)?(?:ngày\s*)?{_DATE}", re.IGNORECASE)
# "từ ngày 01/01/2026 đến (hết) ngày 31/3/2026" — a working period: its end.
RANGE_RE = re.compile(
    rf"(?:từ\s+(?:ngày\s+)?\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-]\d{{2,4}})?\s*)(?P<frame>đến(?:\s+hết)?)\s*(?:ngày\s*)?{_DATE}",
    re.IGNORECASE)

_ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# "trong quý I/2026", "quý IV năm 2025", "trước quý II/2026".
QUARTER_RE = re.compile(
    r"(?P<frame>trong|trước|hoàn thành trong|hoàn thành|xong trong|chậm nhất(?: trong)?)?\s*"
    r"quý\s+(?P<q>IV|I{1,3}|[1-4])\s*(?:/|năm|-)\s*(?P<y>\d{4})", re.IGNORECASE)
# "trong tháng 01/2026", "tháng 12 năm 2025", "Tháng 11 - 12/2025" (the last month).
MONTH_RE = re.compile(
    r"(?P<frame>trong|trước|hoàn thành trong|hoàn thành|xong trong|chậm nhất(?: trong)?|cuối)?\s*"
    r"tháng\s+(?:(?P<m0>\d{1,2})\s*[-–]\s*)?(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})", re.IGNORECASE)
# Recurrence: "hằng/hàng tháng", "định kỳ hằng quý", "6 tháng", "hằng năm", "hằng tuần";
# "trước ngày 15 hằng tháng" (monthly, no single date).
_REC_WORDS = {"ngày": "daily", "tuần": "weekly", "tháng": "monthly", "quý": "quarterly", "năm": "yearly"}
RECUR_RE = re.compile(
    r"(?P<text>(?:định\s+kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?P<unit>ngày|tuần|tháng|quý|năm)"
    r"|định\s+kỳ\s+(?P<six>6|sáu)\s+tháng(?:\s+(?:một lần|một|1 lần))?"
    r"|(?:báo\s+cáo|sơ\s+kết)\s+(?P<six2>6|sáu)\s+tháng(?!\s+đầu)(?!\s+cuối)"
    r"|định\s+kỳ\s+(?P<unit2>tuần|tháng|quý|năm))(?!\w)(?!\s+gần nhất)",  # "hằng năm gần nhất": one time
    re.IGNORECASE)
# "trước ngày 15 hằng tháng": a day of every period — recurrence with no date.
DAY_OF_PERIOD_RE = re.compile(
    rf"(?P<frame>{_BEFORE})\s*(?:ngày\s*)?\d{{1,2}}\s+(?:hằng|hàng|mỗi|của\s+(?:mỗi|hằng|hàng))\s+"
    r"(?P<unit>tuần|tháng|quý|năm)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Deadline:
    text: str
    date: date | None
    recurrence: str | None


def _year(y: str | None, m: int, d: int, issue: date | None) -> int | None:
    if y:
        yy = int(y)
        return yy + 2000 if yy < 100 else yy
    if issue is None:
        return None
    year = issue.year
    try:
        cand = date(year, m, d)
    except ValueError:
        return year
    # "trước 15/01" in a plan signed on 20/11/2025 means January 2026.
    if cand < issue - timedelta(days=60):
        year += 1
    return year


def _mk(d: int, m: int, y: int | None) -> date | None:
    if y is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _date_of(m: re.Match, issue: date | None) -> date | None:
    g = m.groupdict()
    if g.get("d") is not None:
        d, mo, y = int(g["d"]), int(g["m"]), g.get("y")
    elif g.get("d2") is not None:
        d, mo, y = int(g["d2"]), int(g["m2"]), g.get("y2")
    else:
        return None
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    return _mk(d, mo, _year(y, mo, d, issue))


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _recurrence(text: str) -> tuple[str | None, str | None]:
    m = DAY_OF_PERIOD_RE.search(text)
    if m:
        return _REC_WORDS[m.group("unit").lower()], m.group(0)
    for m in RECUR_RE.finditer(text):
        if m.group("six") or m.group("six2"):
            return None, m.group(0)  # semi-annual: no contract value (module docstring)
        unit = (m.group("unit") or m.group("unit2") or "").lower()
        if unit:
            return _REC_WORDS[unit], m.group(0)
    return None, None


def find_deadline(text: str, issue_date: date | None = None) -> Deadline | None:
    """The deadline that governs ``text``, or None.

    The first explicit frame wins (a task sentence states its deadline once;
    a later date is usually a sub-step or a citation), preferring, in order: a
    "trước/chậm nhất + date", a "Thời gian hoàn thành: date" label, the end of
    a "từ … đến …" range, a quarter or month period. A recurrence is read
    independently and reported with whatever date was found.
    """
    recurrence, rec_text = _recurrence(text)
    found: tuple[str, date | None] | None = None
    for rx in (BEFORE_DATE_RE, LABEL_DATE_RE, RANGE_RE):
        for m in rx.finditer(text):
            # "trước ngày 15 hằng tháng" is a recurrence, not a date.
            if DAY_OF_PERIOD_RE.match(text, m.start()):
                continue
            dt = _date_of(m, issue_date)
            if dt:
                found = (m.group(0).strip(), dt)
                break
        if found:
            break
    if not found:
        for m in QUARTER_RE.finditer(text):
            if not m.group("frame") and not LABEL_PREFIX_RE.search(text[: m.start()][-60:]):
                continue  # "quý I/2026" without "trong/trước" or a deadline label is a date of something else
            q, y = _ROMAN_Q[m.group("q").upper()], int(m.group("y"))
            frame = (m.group("frame") or "").lower()
            if frame.startswith("trước"):
                dt = date(y, 3 * (q - 1) + 1, 1) - timedelta(days=1)
            else:
                dt = _month_end(y, 3 * q)
            found = (m.group(0).strip(), dt)
            break
    if not found:
        for m in MONTH_RE.finditer(text):
            frame = (m.group("frame") or "").lower()
            label = LABEL_PREFIX_RE.search(text[: m.start()][-60:])
            if not frame and not label:
                continue
            mo, y = int(m.group("m")), int(m.group("y"))
            if not 1 <= mo <= 12:
                continue
            dt = date(y, mo, 1) - timedelta(days=1) if frame.startswith("trước") else _month_end(y, mo)
            found = (m.group(0).strip(), dt)
            break
    if not found and not rec_text:
        return None
    if found and recurrence:
        # "ngày 15 tháng 12 hàng năm": the first occurrence on or after the issue date
        when = found[1]
        if issue_date and when and when < issue_date and not re.search(r"\d{4}", found[0]):
            with contextlib.suppress(ValueError):  # 29 February
                when = when.replace(year=when.year + 1)
        return Deadline(found[0], when, recurrence)
    if found:
        return Deadline(found[0], found[1], None)
    return Deadline(rec_text.strip(), None, recurrence)


# "Thời gian hoàn thành: Tháng 12/2025" — a month after a completion label.
LABEL_PREFIX_RE = re.compile(rf"{_LABEL}\s*:\s*(?:trong\s+)?$", re.IGNORECASE)
