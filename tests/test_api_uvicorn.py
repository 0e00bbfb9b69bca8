"""End to end against a real ``vanban serve`` (uvicorn) on 127.0.0.1, with the real parser."""

from __future__ import annotations

import hashlib
import io
import os
import re
import time

import httpx
import pytest

from tests.test_api_support import ROOT, database_url, serve_process  # noqa: F401  (fixture)

pytestmark = pytest.mark.slow

DIRECTIVE_LINES = [
    "ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY CÁC CƠ QUAN TỈNH", "Số 21-CT/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Nghệ An, ngày 05 tháng 01 năm 2026", "CHỈ THỊ", "về tăng cường công tác dân sinh",
    "1. Ban Tuyên giáo Đảng ủy chủ trì tuyên truyền về chính sách dân sinh, hoàn thành trước ngày 20/01/2026.",
    "2. Các chi bộ trực thuộc rà soát đảng viên, báo cáo kết quả trước ngày 15/3/2026.",
    "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An",
]


def _docx(lines: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture
def server(tmp_path, database_url):  # noqa: F811
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "thong-bao.txt").write_text("\n".join(DIRECTIVE_LINES).replace("21-CT", "22-CT"), encoding="utf-8")
    env = {**os.environ, "VANBAN_DATA_DIR": str(tmp_path / "var"), "VANBAN_SAMPLES_DIR": str(samples),
           "VANBAN_WORKERS": "1", "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    env.pop("VANBAN_BROKER_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    log = tmp_path / "serve.log"
    with serve_process(env, log, "--load-samples") as base:
        match = re.search(r"\b(vb_[A-Za-z0-9_\-]+)", log.read_text())
        assert match, log.read_text()
        yield base, match.group(1), tmp_path


def test_real_server_upload_job_document_tasks_coverage(server):
    base, token, tmp = server
    assert (tmp / "var" / "demo-token.txt").read_text().strip() == token
    h = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=h, timeout=30) as c:
        assert c.get("/openapi.json").json()["info"]["title"] == "vanban"
        assert httpx.get(f"{base}/documents", timeout=5).status_code == 401
        data = _docx(DIRECTIVE_LINES)
        r = c.post("/documents", files=[("files", ("chi-thi-21.docx", data))])
        assert r.status_code == 202, r.text
        job = r.json()["jobs"][0]
        deadline = time.monotonic() + 60
        while job["status"] not in ("done", "failed") and time.monotonic() < deadline:
            time.sleep(0.2)
            job = c.get(f"/jobs/{job['id']}").json()
        assert job["status"] == "done", job
        doc = c.get(f"/documents/{job['document_id']}").json()
        assert doc["schema_version"] == "1"
        assert doc["source"]["filename"] == "chi-thi-21.docx"
        assert doc["source"]["sha256"] == hashlib.sha256(data).hexdigest()
        assert doc["source"]["media_type"].endswith("wordprocessingml.document")
        assert c.get(f"/documents/{job['document_id']}/original").content == data
        tasks = c.get("/tasks", params={"directive_id": job["document_id"]})
        assert tasks.status_code == 200
        assert tasks.json()["total"] == len(doc["tasks"])
        cov = c.get(f"/directives/{job['document_id']}/coverage")
        assert cov.status_code in (200, 501), cov.text
        # the sample loaded at start is there too
        names = {d["filename"] for d in c.get("/documents").json()["items"]}
        assert {"thong-bao.txt", "chi-thi-21.docx"} <= names
