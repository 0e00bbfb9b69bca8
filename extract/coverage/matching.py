"""Task ↔ report evidence scoring.

Units paraphrase, group and reorder the directive's tasks; they rarely copy a
sentence. So a task is compared with every sentence (and every paragraph) of a
report as bags of Vietnamese words — underthesea's segmentation, so "dữ_liệu"
and "dân_cư" are words, plus their syllables and word bigrams — weighted by
TF-IDF over all the reports' sentences and the tasks (a word every report uses,
"đảng viên", weighs little; "VNeID" weighs a lot). Key phrases that carry a
task get a bonus when they reappear: cited symbols ("05-CT/TU"), quoted names
(“Ngày Chủ nhật xanh”), capitalised names ("Huy hiệu Đảng", "Bộ phận Một cửa").

A sentence counts for a task only in the part where the unit says what it did
(``report_parts``), and only when the task is among its best matches: a
sentence about gifts for poor households also shares words with the task about
visiting old party members, but it is about the first.

``THRESHOLD`` was calibrated once on the hand gold of ``samples/coverage`` sets
A and B (``bench/coverage.py --calibrate`` prints cell F1 over a sweep of raw
thresholds 0.04–0.50 and the leave-one-directive-out choice). Cell F1 is ≥ 0.97
on both sets from 0.10 to 0.16; 0.10, the low end, was kept because a false ✓
comes with its evidence sentence and is rejected at a glance, while a false ✗
sends the clerk reading the whole report. Sets C and D were written afterwards
and scored without changing it. It is not tuned per document.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import numpy as np

from extract.coverage.report_parts import Part, ReportBody, heading_part
from extract.coverage.textnorm import fold, segment

# Calibrated on samples/coverage A and B (see the module docstring and bench/coverage.py --calibrate).
THRESHOLD = 0.10
# A sentence supports a task only if its match is at least this share of its best match to any task.
RELATIVE = 0.6
KEYPHRASE_BONUS = 0.10
BIGRAM_WEIGHT = 0.0
SYLLABLE_WEIGHT = 0.5

# Function words and the all-purpose verbs of administrative prose: they say nothing about
# which task a sentence is about (domain notes §3.3 lists the latter as task markers).
_STOP = set(["của", "và", "các", "những", "cho", "với", "để", "được", "trong", "trên", "theo", "về", "đã", "đến", "tại", "từ", "có", "là", "này", "đó", "một", "như", "khi", "nếu", "thì", "hoặc", "cùng", "nhằm", "việc", "bị", "do", "vào", "ra", "lại", "còn", "nên", "mà", "nhưng", "đều", "rất", "hơn", "sau", "trước", "đây", "kết_quả", "báo_cáo", "thực_hiện", "triển_khai", "tổ_chức", "tăng_cường", "đẩy_mạnh", "kịp_thời", "chỉ_đạo", "phối_hợp", "bảo_đảm", "đảm_bảo", "thường_xuyên", "nghiêm_túc", "chủ_động", "tiếp_tục", "tốt", "đơn_vị", "cơ_quan", "địa_phương", "năm", "tháng", "ngày", "số", "đồng_chí", "nhằm_mục_đích", "toàn_thể", "sâu_rộng", "như_sau", "qua", "tới", "nhất", "cao"])
_GENERIC_WEIGHT = 0.4
_GENERIC = set(["đảng_viên", "nhân_dân", "người_dân", "cán_bộ", "chi_bộ", "đảng_ủy", "phường", "xã", "thành_phố", "hồ_sơ"])
# Administrative paraphrases: the directive says "quán triệt", the report "học tập" or "phổ biến";
# "niêm yết" for "công khai"; "quá hạn" for "trễ hạn". Each group is mapped to one word.
_SYNONYMS = {w: group[0] for group in (
    ("quán_triệt", "phổ_biến", "học_tập", "truyền_đạt"),
    ("thăm_hỏi", "thăm", "đến_thăm", "chúc_tết"),
    ("tặng_quà", "trao_quà", "tặng", "trao"),
    ("công_khai", "niêm_yết", "công_bố"),
    ("trễ_hạn", "quá_hạn", "chậm_trễ"),
    ("xin_lỗi", "thư_xin_lỗi"),
    ("làm_sạch", "chuẩn_hóa", "chỉnh_sửa", "điều_chỉnh"),
    ("tuần_tra", "tuần_tra_kiểm_soát"),
    ("pháo_nổ", "pháo"),
    ("lỗ_hổng", "lỗ_hổng_bảo_mật"),
) for w in group}
_ORG_START = re.compile(r"^(so|cong an|uy ban|ubnd|ban|van phong|dang uy|chi bo|bao hiem|mat tran|hoi dong|"
                        r"trung tam|phong|thanh uy|tinh uy)\b")
_SYMBOL = re.compile(r"\b\d{1,5}\s*[/-]\s*[A-ZĐ][A-Za-zĐđ0-9]*(?:\s*[/-]\s*[A-ZĐ][A-Za-zĐđ0-9]*)*")
_QUOTED = re.compile(r"[“\"]([^”\"]{3,60})[”\"]")
_CAPWORD = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*"
_NAMED = re.compile(rf"(?<!^)(?<![.:;]\s)\b({_CAPWORD}(?:\s+[\wÀ-ỹ]+){{0,1}}\s+{_CAPWORD}(?:\s+{_CAPWORD})*"
                    r"|[a-zA-Z]*[a-z][A-Z][A-Za-z]*)")


@lru_cache(maxsize=65536)
def features(text: str) -> Counter:
    """Words, their syllables and word bigrams of one text, stop words dropped (read-only: cached)."""
    words = [_SYNONYMS.get(w, w) for w in segment(text) if w not in _STOP and not w.isdigit()]
    feats: Counter = Counter()
    for w in words:
        feats[w] += 1
        if "_" in w:
            for syl in w.split("_"):
                feats["~" + syl] += 1
    if BIGRAM_WEIGHT:  # calibration found word pairs add nothing over words + syllables (kept as a knob)
        for a, b in pairwise(words):
            feats[f"{a} {b}"] += 1
    return feats


# "Sở Tư pháp chủ trì đẩy mạnh …": who leads a task is not what the task is about, and a
# report that merely names that body ("chia sẻ dữ liệu với Sở Tư pháp") must not match it.
_LEAD = re.compile(r"^\s*[^,.;:]{3,80}?\s+chủ trì\s*,?\s*", re.IGNORECASE)


def task_core(text: str) -> str:
    """The task without its lead assignee ("X chủ trì, …")."""
    core = _LEAD.sub("", text, count=1)
    return core if len(core.split()) >= 4 else text


def key_phrases(text: str) -> set[str]:
    """Phrases that name what a task is about: symbols, quoted names, capitalised names."""
    out = {"sym:" + "".join(fold(m.group(0)).split()) for m in _SYMBOL.finditer(text)}
    out |= {"q:" + fold(m.group(1)) for m in _QUOTED.finditer(text)}
    for m in _NAMED.finditer(text):
        phrase = fold(m.group(1))
        # Unit names are who does a task, not what it is about: "Sở Tư pháp" in a task
        # assigned to it must not pull in every report that mentions the Sở.
        if phrase not in {"nhan dan", "to quoc", "dang uy", "thanh uy"} and len(phrase) > 4 \
                and not _ORG_START.match(phrase):
            out.add("n:" + phrase)
    return out


def phrase_in(phrase: str, folded_text: str, compact_text: str) -> bool:
    kind, _, value = phrase.partition(":")
    return value in compact_text if kind == "sym" else value in folded_text


@dataclass(slots=True)
class Window:
    """A span of a report scored against tasks: one sentence or one paragraph."""

    text: str
    page: int | None
    part: Part
    vec: dict[str, float] = field(default_factory=dict)
    folded: str = ""
    compact: str = ""


@dataclass(slots=True)
class Match:
    score: float
    addressed: bool
    evidence: list[Window]
    mentions: list[Window]  # best sentences outside the results part (for the clerk, not counted)


def display_score(raw: float, threshold: float = THRESHOLD) -> float:
    """Raw similarity → the cell's 0..1 score, 0.5 exactly at the calibrated threshold.

    Cosine values of long administrative sentences are small (0.1 already means
    a match); a clerk reading the matrix needs "above one half = reported".
    """
    return round(raw / (raw + threshold), 4) if raw > 0 else 0.0


class Scorer:
    """TF-IDF space over the tasks and every report's sentences."""

    def __init__(self, task_texts: list[str], reports: list[ReportBody]):
        self.task_feats = [features(task_core(t)) for t in task_texts]
        self.task_phrases = [key_phrases(task_core(t)) for t in task_texts]
        self.windows: list[list[Window]] = []
        docs: list[Counter] = list(self.task_feats)
        raw: list[list[tuple[Window, Counter]]] = []
        for rep in reports:
            items = []
            for s in rep.sentences:
                items.append((Window(s.text, s.page, s.part), features(s.text)))
                # Units group two tasks in one sentence, one per clause ("…; kết hợp đi thăm …"):
                # each clause is a window of its own, shown with its whole sentence.
                clauses = [c for c in re.split(r";\s+", s.text) if len(c.split()) >= 5]
                if len(clauses) > 1:
                    items.extend((Window(s.text, s.page, s.part), features(c)) for c in clauses)
                # Reports often mirror the directive: "2. Về định danh điện tử" then "Đã kích hoạt
                # 1.254.000 tài khoản mức độ 2". The topic heading is read with the sentence.
                if s.heading and heading_part(s.heading) is None:
                    items.append((Window(s.text, s.page, s.part), features(f"{s.heading} {s.text}")))
            # A paragraph of several sentences is a window of its own — made of its sentences in one
            # part only: "…; thời gian tới sẽ trồng hoa" inside a results paragraph is a plan.
            groups: dict[tuple[int, str], list] = {}
            for s in rep.sentences:
                groups.setdefault((s.block, s.part), []).append(s)
            for (_, part), sents in groups.items():
                if len(sents) > 1:
                    text = " ".join(x.text for x in sents)
                    items.append((Window(text, sents[0].page, part), features(text)))
            raw.append(items)
            docs.extend(f for _, f in items)
        n = len(docs)
        df: Counter = Counter()
        for d in docs:
            df.update(d.keys())
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self.task_vecs = [self._vec(f) for f in self.task_feats]
        # Dense task matrix over the tasks' own vocabulary: a window's words outside it
        # cannot add to a dot product with any task, so they are never looked up.
        self.vocab = {t: i for i, t in enumerate(sorted({t for v in self.task_vecs for t in v}))}
        self.task_matrix = np.zeros((len(self.task_vecs), max(len(self.vocab), 1)), dtype=np.float32)
        for row, vec in enumerate(self.task_vecs):
            for t, v in vec.items():
                self.task_matrix[row, self.vocab[t]] = v
        for items in raw:
            wins = []
            for w, f in items:
                w.vec = self._vec(f)
                w.folded = fold(w.text)
                w.compact = "".join(w.folded.split())
                wins.append(w)
            self.windows.append(wins)

    def _vec(self, feats: Counter) -> dict[str, float]:
        vec = {}
        for t, c in feats.items():
            base = t.lstrip("~")
            weight = _GENERIC_WEIGHT if base in _GENERIC else 1.0
            if t.startswith("~"):
                weight *= SYLLABLE_WEIGHT  # a shared syllable is weaker evidence than a shared word
            elif " " in t:
                weight *= BIGRAM_WEIGHT
            vec[t] = (1 + math.log(c)) * self.idf.get(t, 1.0) * weight
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def similarity(self, task: int, win: Window) -> float:
        tv = self.task_vecs[task]
        small, big = (tv, win.vec) if len(tv) < len(win.vec) else (win.vec, tv)
        cos = sum(v * big.get(t, 0.0) for t, v in small.items())
        phrases = self.task_phrases[task]
        if phrases and any(phrase_in(p, win.folded, win.compact) for p in phrases):
            cos += KEYPHRASE_BONUS
        return min(cos, 1.0)

    def similarities(self, report: int) -> np.ndarray:
        """Tasks × windows of one report: cosine plus the key-phrase bonus, capped at 1 (same as similarity)."""
        wins = self.windows[report]
        mat = np.zeros((len(wins), self.task_matrix.shape[1]), dtype=np.float32)
        for i, w in enumerate(wins):
            for t, v in w.vec.items():
                j = self.vocab.get(t)
                if j is not None:
                    mat[i, j] = v
        sims = self.task_matrix @ mat.T
        all_phrases = set().union(*self.task_phrases) if self.task_phrases else set()
        present = [{p for p in all_phrases if phrase_in(p, w.folded, w.compact)} for w in wins]
        for t, phrases in enumerate(self.task_phrases):
            if phrases:
                for i in range(len(wins)):
                    if phrases & present[i]:
                        sims[t, i] += KEYPHRASE_BONUS
        return np.minimum(sims, 1.0)

    def match_report(self, report: int, threshold: float = THRESHOLD) -> list[Match]:
        """One Match per task for one report."""
        wins = self.windows[report]
        n_tasks = len(self.task_vecs)
        sims = self.similarities(report).tolist()
        best_per_win = [max((sims[t][i] for t in range(n_tasks)), default=0.0) for i in range(len(wins))]
        out = []
        for t in range(n_tasks):
            done, other = [], []
            for i, w in enumerate(wins):
                s = sims[t][i]
                if s <= 0:
                    continue
                relative_ok = s >= RELATIVE * best_per_win[i]
                (done if w.part == "results" else other).append((s if relative_ok else s * 0.5, i))
            done.sort(reverse=True)
            other.sort(reverse=True)
            raw = done[0][0] if done else 0.0
            addressed = raw >= threshold
            evidence = [wins[i] for s, i in done[:3] if s >= threshold] if addressed else []
            mentions, parts_seen = [], set()
            for sc, i in other:  # the best mention in each other part: "under HẠN CHẾ and as a plan"
                if sc >= threshold and wins[i].part not in parts_seen:
                    parts_seen.add(wins[i].part)
                    mentions.append(wins[i])
            out.append(Match(display_score(raw, threshold), addressed, evidence, mentions))
        return out
