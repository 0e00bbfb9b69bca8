"""The Celery path: a real redis-server and a real ``vanban worker``, both stopped by pid."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.test_api_support import (
    DIRECTIVE_TEXT,
    ROOT,
    Api,
    contract_file,
    directive,
    free_port,
    make_settings,
    stop,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    given = os.environ.get("VANBAN_TEST_REDIS_URL")
    if given:
        yield given
        return
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(tmp_path_factory.mktemp("redis"))],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import redis

        client = redis.Redis(host="127.0.0.1", port=port)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)


def start_worker(data_dir: Path, broker: str, log: Path, **extra: str) -> subprocess.Popen:
    env = {**os.environ, **extra, "VANBAN_BROKER_URL": broker, "VANBAN_DATA_DIR": str(data_dir),
           "VANBAN_PARSE_FUNCTION": "tests.test_api_support:contract_parse", "VANBAN_MAX_ATTEMPTS": "3",
           "VANBAN_JOB_TIMEOUT_S": "20", "PYTHONPATH": str(ROOT), "C_FORCE_ROOT": "1"}
    env.pop("DATABASE_URL", None)
    # a session of its own, so that the whole worker (main process and pool) can be killed by its group id
    return subprocess.Popen([sys.executable, "-m", "api.cli", "worker", "--concurrency", "1", "--loglevel", "INFO"],
                            cwd=ROOT, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT,
                            start_new_session=True)


@pytest.fixture
def celery_api(tmp_path, redis_url):
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    data = tmp_path / "var"
    from api.app import create_app

    app = create_app(make_settings(data, broker_url=redis_url))
    worker = start_worker(data, redis_url, tmp_path / "worker.log")
    try:
        with TestClient(app) as client:
            yield Api(client), tmp_path
    finally:
        stop(worker)


def test_celery_worker_parses_and_retries_after_its_process_dies(celery_api):
    api, tmp = celery_api
    assert api.client.get("/health").json()["queue"] == "celery"
    marker = tmp / "crashed"
    r = api.upload([("chi-thi.txt", contract_file(directive(), DIRECTIVE_TEXT)),
                    ("sap.txt", f"#CRASH-ONCE {marker}\n".encode())])
    assert r.status_code == 202, r.text
    good, crashed = (api.wait_job(j["id"], timeout=90) for j in r.json()["jobs"])
    log = (tmp / "worker.log").read_text(errors="replace")
    assert good["status"] == "done", (good, log[-2000:])
    doc = api.get(f"/documents/{good['document_id']}").json()
    assert doc["number_symbol"] == "12-CT/ĐU"
    assert api.get("/tasks", params={"q": "dan sinh"}).json()["total"] == 1
    # the pool process died mid-job (os._exit): the message went back to Redis and ran again
    assert marker.exists()
    assert crashed["status"] == "done" and crashed["attempts"] == 2, (crashed, log[-2000:])


def test_a_killed_worker_machine_gives_its_job_to_another(tmp_path, redis_url):
    """SIGKILL of a whole worker (main process and pool) mid-job: the broker hands the job to a new worker."""
    import redis

    from api.app import create_app

    redis.Redis.from_url(redis_url).flushdb()
    data = tmp_path / "var"
    app = create_app(make_settings(data, broker_url=redis_url))
    log = tmp_path / "worker.log"
    first = start_worker(data, redis_url, log, VANBAN_BROKER_VISIBILITY_TIMEOUT_S="3")
    second = None
    try:
        with TestClient(app) as client:
            api = Api(client)
            job = api.upload([("cham.txt", b"#SLEEP 3\n")]).json()["jobs"][0]
            deadline = time.monotonic() + 60
            while api.get(f"/jobs/{job['id']}").json()["status"] != "running":
                assert time.monotonic() < deadline, log.read_text(errors="replace")[-2000:]
                time.sleep(0.1)
            os.killpg(first.pid, signal.SIGKILL)  # the machine is gone: no ack, no reject
            first.wait(10)
            second = start_worker(data, redis_url, log, VANBAN_BROKER_VISIBILITY_TIMEOUT_S="3")
            done = api.wait_job(job["id"], timeout=90)
            assert done["status"] == "done" and done["attempts"] == 2, (done, log.read_text(errors="replace")[-3000:])
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait(10)
        if second is not None:
            stop(second)
