"""Fixtures and helpers for the HTTP API tests (no tests here).

The service is tested apart from extraction quality (others improve the parser
in parallel): most uploads are TXT files whose first line carries the
document object they stand for (hand-written, like gold files), read by
:func:`contract_parse`; the rest of the file is real Vietnamese text, which
is what the coverage matcher reads. Control lines make a worker sleep, crash or
refuse a file, to test limits and retries through the real job machinery.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

MARK = "#VANBAN-TEST-CONTRACT "
ROOT = Path(__file__).resolve().parents[1]


# --- the parse function used by the test apps (runs in worker processes too) -----

def contract_parse(path, limits, filename=None):
    """A stand-in parser: control lines, else the contract on the first line, else the real parser."""
    from extract.contract import Document
    from ingest.jobs import parse_file
    from parsers import UnreadableDocument

    raw = Path(path).read_bytes()
    text = raw.decode("utf-8", errors="replace")
    first = text.split("\n", 1)[0]
    name = filename or Path(path).name
    if first.startswith("#SLEEP "):
        time.sleep(float(first.split()[1]))
    elif first.startswith("#CRASH-ONCE "):
        marker = Path(first.split(" ", 1)[1].strip())
        if not marker.exists():
            marker.write_text("crashed")
            os._exit(3)  # the worker process dies mid-job, as an OOM kill would
    elif first.startswith("#CRASH-ALWAYS"):
        os._exit(3)
    elif first.startswith("#UNREADABLE "):
        raise UnreadableDocument(name, first.split(" ", 1)[1].strip())
    elif first.startswith(MARK):
        data = json.loads(first[len(MARK):])
        data["source"] = {"filename": name, "media_type": "text/plain", "pages": 1}
        return Document.model_validate(data)
    if first.startswith("#"):
        return Document.model_validate({"source": {"filename": name, "media_type": "text/plain"},
                                        "doc_class": "other", "subject": first.lstrip("#").strip()})
    return parse_file(path, limits, filename)


def contract_file(doc: dict[str, Any], body: str = "") -> bytes:
    return (MARK + json.dumps(doc, ensure_ascii=False) + "\n\n" + body).encode("utf-8")


# --- hand-written documents --------------------------------------------------------

def directive(number: str = "12-CT/ĐU", *, date: str = "2026-01-05", subject: str | None = None,
              tasks: list[dict] | None = None) -> dict:
    doc = {
        "doc_class": "directive",
        "issuer": {"name": "ĐẢNG ỦY CÁC CƠ QUAN TỈNH", "parent": "ĐẢNG BỘ TỈNH NGHỆ AN"},
        "number_symbol": number,
        "doc_type": {"code": "CT", "name": "Chỉ thị"},
        "place": "Nghệ An", "date": date,
        "subject": subject or "về tăng cường công tác dân sinh và chuyển đổi số",
        "sections": [{"number": "1.", "title": "Nhiệm vụ trọng tâm", "level": 1, "sections": []}],
        "tasks": [
            {"id": "T1", "section": "1", "text": "Ban Tuyên giáo Đảng ủy chủ trì tuyên truyền về chính sách dân sinh, "
             "hoàn thành trước ngày 20/01/2026.", "assignees": ["Ban Tuyên giáo Đảng ủy"],
             "deadline": {"text": "trước ngày 20/01/2026", "date": "2026-01-20", "recurrence": None}},
            {"id": "T2", "section": "1.2", "text": "Văn phòng Đảng ủy tổng hợp tình hình chuyển đổi số, "
             "báo cáo hằng tháng.", "assignees": ["Văn phòng Đảng ủy"],
             "deadline": {"text": "hằng tháng", "date": None, "recurrence": "monthly"}},
            {"id": "T3", "section": "2", "text": "Các chi bộ trực thuộc rà soát, bổ sung danh sách đảng viên, "
             "báo cáo kết quả trước ngày 15/3/2099.", "assignees": ["Các chi bộ trực thuộc", "Sở Y tế"],
             "deadline": {"text": "trước ngày 15/3/2099", "date": "2099-03-15", "recurrence": None}},
        ],
        "signers": [{"authority": "T/M BAN THƯỜNG VỤ", "title": "BÍ THƯ", "name": "Nguyễn Văn An"}],
        "recipients": [{"name": "Các chi bộ trực thuộc", "purpose": "để thực hiện"}],
    }
    if tasks is not None:
        doc["tasks"] = tasks
    return doc


DIRECTIVE_TEXT = """ĐẢNG ỦY CÁC CƠ QUAN TỈNH
Số 12-CT/ĐU
CHỈ THỊ
về tăng cường công tác dân sinh và chuyển đổi số

1. Ban Tuyên giáo Đảng ủy chủ trì tuyên truyền về chính sách dân sinh, hoàn thành trước ngày 20/01/2026.

2. Văn phòng Đảng ủy tổng hợp tình hình chuyển đổi số, báo cáo hằng tháng.

3. Các chi bộ trực thuộc rà soát, bổ sung danh sách đảng viên, báo cáo kết quả trước ngày 15/3/2099.
"""


def report(unit: str, number: str, answers: list[str], sentences: list[str], *, date: str = "2026-02-10") -> dict:
    return {
        "doc_class": "report",
        "issuer": {"name": unit.upper(), "parent": "ĐẢNG ỦY CÁC CƠ QUAN TỈNH"},
        "number_symbol": number,
        "doc_type": {"code": "BC", "name": "Báo cáo"},
        "place": "Nghệ An", "date": date,
        "subject": "kết quả thực hiện Chỉ thị số 12-CT/ĐU",
        "report": {"unit": unit, "answers": answers},
        "tasks": [],
    }


def report_file(unit: str, number: str, answers: list[str], sentences: list[str]) -> bytes:
    body = (f"{unit.upper()}\nSố {number}\nBÁO CÁO\nkết quả thực hiện Chỉ thị số {answers[0] if answers else ''}\n\n"
            + "\n\n".join(f"{i}. {s}" for i, s in enumerate(sentences, 1)) + "\n")
    return contract_file(report(unit, number, answers, sentences), body)


# --- databases ---------------------------------------------------------------------

PG_ADMIN = os.environ.get("VANBAN_TEST_PG_URL", "postgresql+psycopg://vanban:vanban@127.0.0.1:5432/postgres")


def pg_available() -> str | None:
    """Why PostgreSQL cannot be used, or None when it can."""
    try:
        import psycopg  # noqa: F401
        from sqlalchemy import create_engine, text
    except ImportError as err:
        return f"psycopg is not installed ({err})"
    try:
        engine = create_engine(PG_ADMIN, connect_args={"connect_timeout": 2})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as err:
        return (f"no PostgreSQL server at {PG_ADMIN.split('@')[-1]} ({type(err).__name__}); "
                "scripts/test.sh starts one")
    return None


@contextlib.contextmanager
def pg_database():
    """A fresh database on the test server, dropped afterwards."""
    from sqlalchemy import create_engine, text

    name = "vb_test_" + uuid.uuid4().hex[:10]
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request):
    if request.param == "sqlite":
        yield None
        return
    reason = pg_available()
    if reason:
        pytest.skip(reason)
    with pg_database() as url:
        yield url


# --- apps and clients --------------------------------------------------------------

def make_settings(data_dir: Path, database_url: str | None = None, **overrides):
    from api.settings import Settings

    values = {"data_dir": data_dir, "database_url": database_url, "worker_kind": "thread", "workers": 2,
              "parse_function": "tests.test_api_support:contract_parse", "job_timeout_s": 30.0,
              "samples_dir": ROOT / "samples"}
    values.update(overrides)
    return Settings(**values)


class Api:
    """A TestClient with tokens for each role and the calls the tests repeat."""

    def __init__(self, client: TestClient) -> None:
        from api.auth import create_token

        self.client = client
        self.app = client.app
        with self.app.state.sessions() as s:
            self.office = create_token(s, "Trần Văn Kiểm", "office")
            self.reader = create_token(s, "Người đọc", "reader")
            self.unit_yte = create_token(s, "Chi bộ Sở Y tế", "unit", "Chi bộ Sở Y tế")
            self.unit_gd = create_token(s, "Chi bộ Sở Giáo dục", "unit", "Chi bộ Sở Giáo dục")

    @staticmethod
    def auth(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def get(self, url: str, token: str | None = None, **kw):
        return self.client.get(url, headers=self.auth(token or self.office), **kw)

    def post(self, url: str, token: str | None = None, **kw):
        return self.client.post(url, headers=self.auth(token or self.office), **kw)

    def upload(self, files: list[tuple[str, bytes]], token: str | None = None, wait: float = 0):
        return self.client.post("/documents", headers=self.auth(token or self.office),
                                params={"wait": wait} if wait else None,
                                files=[("files", (name, data)) for name, data in files])

    def upload_done(self, name: str, data: bytes, token: str | None = None) -> dict:
        """Upload one file and wait for its job; the finished job."""
        r = self.upload([(name, data)], token)
        assert r.status_code == 202, r.text
        return self.wait_job(r.json()["jobs"][0]["id"], token)

    def wait_job(self, job_id: str, token: str | None = None, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            r = self.get(f"/jobs/{job_id}", token)
            assert r.status_code == 200, r.text
            job = r.json()
            if job["status"] in ("done", "failed") or time.monotonic() > deadline:
                return job
            time.sleep(0.05)


@pytest.fixture
def api(tmp_path, database_url):
    from api.app import create_app

    app = create_app(make_settings(tmp_path / "var", database_url))
    with TestClient(app) as client:
        yield Api(client)


@pytest.fixture
def sqlite_api(tmp_path):
    from api.app import create_app

    app = create_app(make_settings(tmp_path / "var"))
    with TestClient(app) as client:
        yield Api(client)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc: subprocess.Popen) -> None:
    """Stop a server or worker we started, by its pid: SIGTERM, then kill."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@contextlib.contextmanager
def serve_process(env: dict[str, str], log: Path, *serve_args: str):
    """A real ``vanban serve`` on a free loopback port; yields its base URL once /health answers."""
    import httpx

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                             *serve_args], cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        yield base
    finally:
        stop(proc)


def has_coverage() -> bool:
    try:
        import extract.coverage  # noqa: F401
    except ImportError:
        return False
    return True
