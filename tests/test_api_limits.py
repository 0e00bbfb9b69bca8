# ruff: noqa: F811  (pytest fixtures imported from tests/test_api_support.py)
"""Limits (413/415/422), JSON errors, and jobs that crash, overrun or outlive their server."""

from __future__ import annotations

import io
import time

import pytest
from fastapi.testclient import TestClient

from tests.test_api_support import (  # noqa: F401  (fixtures)
    DIRECTIVE_TEXT,
    Api,
    api,
    contract_file,
    database_url,
    directive,
    make_settings,
)


def _api(tmp_path, **overrides):
    from api.app import create_app

    return TestClient(create_app(make_settings(tmp_path / "var", **overrides)))


def _pdf(pages: int) -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def test_size_type_and_unreadable_limits(tmp_path):
    with _api(tmp_path, max_upload_bytes=2000, max_pages=3) as client:
        api = Api(client)
        r = api.upload([("big.txt", "Chỉ thị số 1. ".encode() * 300)])
        assert r.status_code == 413, r.text
        assert r.json() == {"detail": "big.txt: too large (the limit is 2000 bytes)", "status": 413}
        r = api.upload([("anh.bmp", b"BM" + bytes(range(256)) * 3)])
        assert r.status_code == 415 and "unsupported file type" in r.json()["detail"]
        r = api.upload([("hong.pdf", b"%PDF-1.7\n\x00garbage, not a PDF body")])
        assert r.status_code == 422 and r.json()["detail"].startswith("hong.pdf: damaged or unreadable pdf")
        r = api.upload([("dai.pdf", _pdf(5))])
        assert r.status_code == 422 and r.json()["detail"] == "dai.pdf: too many pages (5; the limit is 3)"
        r = api.upload([("rong.txt", b"")])
        assert r.status_code == 422 and "empty" in r.json()["detail"]
        # the parser's own reason comes back as 422 when the client waits, and on the document
        r = api.upload([("mat-khau.txt", b"#UNREADABLE encrypted (password required)\n")], wait=10)
        assert r.status_code == 422, r.text
        assert r.json()["detail"] == "mat-khau.txt: encrypted (password required)"
        job = r.json()["jobs"][0]
        assert job["status"] == "failed" and job["reason"] == "encrypted (password required)"
        doc = api.get(f"/documents/{job['document_id']}")
        assert doc.status_code == 422 and doc.json()["detail"] == "mat-khau.txt: encrypted (password required)"
        # a mixed upload: the good file is accepted, the bad one reported
        r = api.upload([("ok.txt", "#ghi chú".encode()), ("x.bmp", b"BM\x00\x01")])
        assert r.status_code == 202
        assert len(r.json()["jobs"]) == 1 and r.json()["rejected"][0]["status"] == 415
        # nothing half-written is left in the store's temporary folder
        assert not list(api.app.state.store.root.joinpath("tmp").iterdir())


def test_request_body_limit_answers_413_before_reading(tmp_path):
    with _api(tmp_path, max_upload_bytes=1000, max_files_per_request=2) as client:
        api = Api(client)
        r = client.post("/documents", headers={**api.auth(api.office), "Content-Length": str(50_000_000)},
                        content=b"x" * 10)
        assert r.status_code == 413 and "request body too large" in r.json()["detail"]
        r = api.upload([(f"{i}.txt", b"#x") for i in range(3)])
        assert r.status_code == 413 and "too many files" in r.json()["detail"]


def test_errors_are_json_with_a_message(api):
    r = api.get("/documents/999999")
    assert r.status_code == 404 and r.json() == {"detail": "no document 999999", "status": 404}
    r = api.get("/tasks", params={"limit": 0, "deadline_from": "tomorrow"})
    assert r.status_code == 422
    body = r.json()
    assert body["detail"].startswith("invalid request: ") and "limit" in body["detail"]
    assert "deadline_from" in body["detail"]
    r = api.get("/no/such/page")
    assert r.status_code == 404 and r.json()["detail"] == "Not Found"
    r = api.get("/jobs/unknown")
    assert r.status_code == 404 and r.json()["detail"] == "no job unknown"
    queued = api.upload([("slow.txt", b"#SLEEP 1\n")]).json()["jobs"][0]
    r = api.get(f"/documents/{queued['document_id']}")
    assert r.status_code == 409 and "still being processed" in r.json()["detail"]
    api.wait_job(queued["id"])


@pytest.mark.slow
def test_process_pool_time_limit_crash_retry_and_give_up(tmp_path):
    """Real worker processes: a runaway parse is killed, a crashed worker is replaced and the job retried."""
    marker = tmp_path / "crashed-once"
    with _api(tmp_path, worker_kind="process", workers=2, job_timeout_s=4.0, max_attempts=2) as client:
        api = Api(client)
        r = api.upload([("cham.txt", b"#SLEEP 30\n"),
                        ("sap-mot-lan.txt", f"#CRASH-ONCE {marker}\n".encode()),
                        ("sap-mai.txt", b"#CRASH-ALWAYS\n"),
                        ("chi-thi.txt", contract_file(directive(), DIRECTIVE_TEXT))])
        assert r.status_code == 202
        slow, once, always, good = (api.wait_job(j["id"], timeout=60) for j in r.json()["jobs"])
        assert slow["status"] == "failed" and slow["reason"] == "processing took longer than the limit of 4 s"
        assert once["status"] == "done" and once["attempts"] == 2 and marker.exists(), once
        assert always["status"] == "failed" and always["attempts"] == 2, always
        assert "failed after 2 attempts" in always["reason"] and "worker process exited" in always["reason"]
        assert good["status"] == "done"
        assert api.get(f"/documents/{good['document_id']}").json()["number_symbol"] == "12-CT/ĐU"
        # the pool still works after killing and replacing its processes
        again = api.upload_done("chi-thi-2.txt", contract_file(directive("13-CT/ĐU"), DIRECTIVE_TEXT))
        assert again["status"] == "done"


def test_jobs_left_by_a_stopped_server_are_done_at_next_start(tmp_path, database_url):
    from api.app import create_app
    from ingest.models import Job

    settings = make_settings(tmp_path / "var", database_url)
    with TestClient(create_app(settings)) as client:
        api = Api(client)
        token = api.office
        job = api.upload_done("chi-thi.txt", contract_file(directive(), DIRECTIVE_TEXT))
        r = api.upload([("bc.txt", contract_file(directive("14-CT/ĐU")))])
        pending = r.json()["jobs"][0]
        api.wait_job(pending["id"])
        # simulate a server killed mid-job: the job row says running, the document was never written
        with api.app.state.sessions() as s:
            from ingest.models import Document

            j = s.get(Job, pending["id"])
            j.status, j.finished_at = "running", None
            d = s.get(Document, j.document_id)
            d.status, d.data = "queued", None
            s.commit()
    with TestClient(create_app(settings)) as client:
        api = Api(client)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            state = client.get(f"/jobs/{pending['id']}", headers=api.auth(token)).json()
            if state["status"] == "done":
                break
            time.sleep(0.05)
        assert state["status"] == "done" and state["attempts"] == 2
        doc = client.get(f"/documents/{pending['document_id']}", headers=api.auth(token))
        assert doc.status_code == 200 and doc.json()["number_symbol"] == "14-CT/ĐU"
        assert client.get(f"/jobs/{job['id']}", headers=api.auth(token)).json()["attempts"] == 1
