"""`vanban coverage` / `vanban summary` end to end on the samples (files → parsers → coverage)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "coverage"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "api.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize(("folder", "gold", "units"), [
    ("directive_a", "a_directive_125-cv-du", "units_a.csv"),
    ("directive_b", "b_directive_1234-ubnd-kstthc", None),
    ("directive_c", "c_directive_845-syt-nvy", None),
    ("directive_d", "d_directive_18-kh-du", "units_d.csv"),
])
def test_coverage_cli_scores_on_samples(tmp_path, shared_contract, folder, gold, units):
    files = sorted((SAMPLES / folder).iterdir())
    directive = next(p for p in files if "_directive_" in p.name)
    reports = [str(p) for p in files if p != directive]
    args = ["coverage", str(directive), *reports, "--xlsx", str(tmp_path / "m.xlsx"),
            "--csv", str(tmp_path / "m.csv")]
    if units:
        args += ["--units", str(SAMPLES / units)]
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr
    cov = json.loads(proc.stdout)
    assert cov["schema_version"] == "1" and len(cov["units"]) == (7 if folder in ("directive_c", "directive_d") else 8)
    assert (tmp_path / "m.xlsx").stat().st_size > 0 and (tmp_path / "m.csv").stat().st_size > 0
    pred = tmp_path / "pred.json"
    pred.write_text(proc.stdout, encoding="utf-8")
    gold_path = SAMPLES / "gold" / f"{gold}.coverage.gold.json"
    ours = run_cli("eval", "--coverage", str(gold_path), str(pred))
    ref = subprocess.run([sys.executable, str(shared_contract / "score.py"), "--coverage", str(gold_path),
                          str(pred)], capture_output=True, text=True, timeout=60)
    assert ours.stdout.strip().splitlines()[-1] == ref.stdout.strip().splitlines()[-1]
    f1 = json.loads(ours.stdout.strip().splitlines()[-1])["f1"]
    if f1["coverage.tasks"] == 1.0:  # the directive's tasks came out right: the matrix is judged
        assert f1["coverage.cells"] >= 0.9


@pytest.mark.slow
def test_summary_cli_writes_docx(tmp_path):
    files = sorted((SAMPLES / "directive_b").iterdir())
    out = tmp_path / "tonghop.docx"
    proc = run_cli("summary", str(files[0]), *[str(p) for p in files[1:]], "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.exists() and "6/8" in proc.stderr


def test_unreadable_report_is_one_line_error(tmp_path):
    bad = tmp_path / "bc_hong.pdf"
    bad.write_bytes(b"<html>not a pdf</html>")
    directive = SAMPLES / "directive_b" / "b_directive_1234-ubnd-kstthc.docx"
    proc = run_cli("coverage", str(directive), str(bad))
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "bc_hong.pdf" in lines[0] and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_directive_may_be_a_stored_parse_with_corrected_tasks(tmp_path):
    gold = json.loads((SAMPLES / "gold" / "b_directive_1234-ubnd-kstthc.coverage.gold.json").read_text("utf-8"))
    stored = {"source": {"filename": "b_directive_1234-ubnd-kstthc.docx", "media_type": "x"},
              "doc_class": "directive", "number_symbol": "1234/UBND-KSTTHC", "date": "2026-03-12",
              "addressees": ["Sở Tư pháp", "Sở Nội vụ"], "tasks": gold["directive"]["tasks"]}
    path = tmp_path / "directive.json"
    path.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
    proc = run_cli("coverage", str(path), str(SAMPLES / "directive_b" / "b_r2_sotuphap.docx"))
    assert proc.returncode == 0, proc.stderr
    cov = json.loads(proc.stdout)
    assert [u["unit"] for u in cov["units"]] == ["Sở Tư pháp", "Sở Nội vụ"]
    t7 = next(c for c in cov["cells"] if c["task"] == "T7" and c["unit"] == "Sở Tư pháp")
    texts = " ".join(e["text"] for e in t7["evidence"])
    assert t7["addressed"] and "Phiếu lý lịch tư pháp" in texts and "khai sinh" in texts
