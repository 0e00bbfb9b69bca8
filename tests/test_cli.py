"""The command line: JSON out, one-line errors, folder runs, eval agreeing with score.py."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from api.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "api.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_parse_prints_contract_json(tmp_path):
    src = tmp_path / "cv.txt"
    src.write_text("Số: 12/UBND-VX\n\nKính gửi: Sở Y tế\n\nĐề nghị Sở Y tế báo cáo trước ngày 20/01/2026.\n",
                   encoding="utf-8")
    proc = run_cli("parse", str(src))
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["schema_version"] == "1"
    assert doc["source"]["filename"] == "cv.txt"
    assert doc["source"]["media_type"] == "text/plain"
    assert len(doc["source"]["sha256"]) == 64


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.pdf", b"", "empty file"),
    ("fake.pdf", b"<html>not a pdf</html>", "unsupported file type"),
    ("data.xyz", b"\x00\x01binary", "unsupported file type"),
])
def test_unreadable_input_is_one_line_error(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    proc = run_cli("parse", str(path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert name in lines[0] and reason in lines[0]


def test_folder_run_reports_bad_files_and_goes_on(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Kính gửi: Sở Nội vụ\n\nĐề nghị Sở Nội vụ rà soát.\n", encoding="utf-8")
    (src / "b.pdf").write_bytes(b"%PDF-1.7\n%broken")
    (src / "c.txt").write_bytes(b"")
    out = tmp_path / "out"
    code = main(["parse", str(src), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0
    assert (out / "a.json").exists() and not (out / "c.json").exists()
    assert "c.txt: empty file" in err and "b.pdf:" in err
    assert "1 parsed, 2 unreadable" in err


def test_schema_lists_contract_fields(capsys):
    assert main(["schema", "document"]) == 0
    schema = json.loads(capsys.readouterr().out)
    for field in ("source", "issuer", "number_symbol", "tasks", "signers", "recipients", "report"):
        assert field in schema["properties"]


def test_eval_agrees_with_reference_scorer(tmp_path, shared_contract):
    """Same gold, same predictions: vanban eval and score.py print the same figures."""
    gold_dir = tmp_path / "gold"
    pred_dir = tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    example = next((shared_contract / "examples").glob("*.gold.json"))
    shutil.copy(example, gold_dir / example.name)
    # a deliberately imperfect prediction: tasks dropped, one field changed
    pred = json.loads(example.read_text(encoding="utf-8"))
    pred["tasks"] = pred["tasks"][::2]
    pred["recipients"] = pred["recipients"][:3]
    pred["number_symbol"] = "12-CV/ĐU"
    (pred_dir / example.name.replace(".gold.json", ".json")).write_text(json.dumps(pred, ensure_ascii=False),
                                                                        encoding="utf-8")
    ours = run_cli("eval", str(gold_dir), str(pred_dir))
    ref = subprocess.run([sys.executable, str(shared_contract / "score.py"), str(gold_dir), str(pred_dir)],
                         capture_output=True, text=True, timeout=120)
    assert ours.returncode == 0 and ref.returncode == 0
    assert json.loads(ours.stdout.strip().splitlines()[-1]) == json.loads(ref.stdout.strip().splitlines()[-1])
    assert ours.stdout == ref.stdout


def test_eval_missing_or_broken_gold_is_one_line(tmp_path, capsys):
    """A gold path that does not exist, or a gold file that is not JSON, gives one line, not a traceback."""
    assert main(["eval", str(tmp_path / "nope.gold.json"), str(tmp_path / "p.json")]) == 64
    err = capsys.readouterr().err
    assert "nope.gold.json: no such file or folder" in err and "Traceback" not in err
    bad = tmp_path / "ct01.gold.json"
    bad.write_text('{"number_symbol": "01/CT-UBND",', encoding="utf-8")  # cut short while editing
    assert main(["eval", str(bad), str(tmp_path / "p.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"vanban: {bad}: unreadable gold file (") and err.count("\n") == 1


def test_a_bug_on_one_file_is_one_line_and_the_folder_run_goes_on(tmp_path, capsys, monkeypatch):
    """An extractor crash on one file (a bug, not bad input) is reported and the run continues."""
    import extract

    real = extract.extract_document

    def flaky(layout):
        if layout.filename == "b.txt":
            raise ValueError("boom")
        return real(layout)

    monkeypatch.setattr(extract, "extract_document", flaky)
    monkeypatch.delenv("VANBAN_DEBUG", raising=False)
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (src / name).write_text("Kính gửi: Sở Nội vụ\n\nĐề nghị Sở Nội vụ rà soát.\n", encoding="utf-8")
    code = main(["parse", str(src), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 3
    assert "b.txt: internal error (ValueError: boom)" in err and "Traceback" not in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "c.json"]
    assert "2 parsed, 0 unreadable, 1 internal errors" in err

    assert main(["parse", str(src / "b.txt")]) == 3
    assert "b.txt: internal error" in capsys.readouterr().err
