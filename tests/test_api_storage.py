"""Storage pieces under the API: migrations match the models, the file store, search keys, corrections."""

from __future__ import annotations

import io
import threading

import pytest

from ingest.records import BadPath, set_path
from ingest.store import FileStore, TooLarge
from ingest.textkeys import fold, number_key
from tests.test_api_support import pg_available, pg_database


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrations_build_exactly_the_models(tmp_path, backend):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import text

    from ingest.db import make_engine, upgrade
    from ingest.models import Base

    def check(url: str) -> None:
        engine = make_engine(url)
        upgrade(engine)
        upgrade(engine)  # a second start changes nothing
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
            trgm = conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname LIKE '%_trgm'")).scalar() \
                if conn.dialect.name == "postgresql" else None
        engine.dispose()
        # the trigram indexes (0002) exist only on PostgreSQL and only in the migration
        diff = [d for d in diff if not (d[0] == "remove_index" and d[1].name.endswith("_trgm"))]
        assert diff == []
        assert trgm in (None, 3)

    if backend == "sqlite":
        check(f"sqlite:///{tmp_path / 'm.db'}")
        import sqlite3

        assert sqlite3.connect(tmp_path / "m.db").execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    else:
        reason = pg_available()
        if reason:
            pytest.skip(reason)
        with pg_database() as url:
            check(url)


def test_store_is_content_addressed_and_atomic(tmp_path):
    store = FileStore(tmp_path / "files")
    data = "Chỉ thị số 12-CT/ĐU".encode() * 1000
    results = []

    def put() -> None:
        results.append(store.put_stream(io.BytesIO(data)))

    threads = [threading.Thread(target=put) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({r[0] for r in results}) == 1
    sha = results[0][0]
    assert store.path(sha).read_bytes() == data
    assert [p for p in store.root.rglob("*") if p.is_file()] == [store.path(sha)]
    with pytest.raises(TooLarge):
        store.put_stream(io.BytesIO(b"x" * 5000), max_bytes=4096)
    assert not list((store.root / "tmp").iterdir())
    with pytest.raises(ValueError):
        store.path("../../etc/passwd")


def test_search_and_link_keys():
    assert fold("Dân sinh, ĐẢNG ỦY Các cơ quan") == "dan sinh, dang uy cac co quan"
    assert fold("Uỷ ban") == fold("Ủy ban") == "uy ban"
    assert number_key("Số 12-CT/ĐU") == number_key("12 – CT/ĐU") == number_key("12-ct/du") == "12-ct/du"
    assert number_key("Số: 1234/UBND-VX") == "1234/ubnd-vx"
    assert number_key("12-CT/ĐU") != number_key("12-CT/TU")
    assert number_key("  ") is None


def test_correction_paths():
    doc = {"number_symbol": "1", "tasks": [{"id": "T1", "text": "a", "assignees": ["X"]}], "issuer": None}
    set_path(doc, "tasks/T1/assignees/1", "Y")
    set_path(doc, "issuer/name", "UBND")
    set_path(doc, "tasks/T5", {"text": "thêm nhiệm vụ"})
    assert doc["tasks"][0]["assignees"] == ["X", "Y"]
    assert doc["issuer"] == {"name": "UBND"}
    assert doc["tasks"][1] == {"text": "thêm nhiệm vụ", "id": "T5"}
    set_path(doc, "tasks/T5", None)
    assert [t["id"] for t in doc["tasks"]] == ["T1"]
    for bad in ("tasks/T9/text", "tasks/T1/assignees/7", "number_symbol/x", "/"):
        with pytest.raises(BadPath):
            set_path(doc, bad, "z")


def test_celery_mode_resends_jobs_whose_message_was_lost(tmp_path):
    from datetime import timedelta

    from ingest.db import make_engine, session_factory, upgrade
    from ingest.jobs import CeleryQueue, JobContext
    from ingest.models import Document, Job, utcnow

    engine = make_engine(f"sqlite:///{tmp_path / 'c.db'}")
    upgrade(engine)
    sessions = session_factory(engine)
    ctx = JobContext(sessions=sessions, store=FileStore(tmp_path / "files"), parse_function="x:y",
                     max_bytes=1, max_pages=1, timeout_s=60, max_attempts=3)
    old, now = utcnow() - timedelta(hours=2), utcnow()
    with sessions() as s:
        s.add(Document(id=1, sha256="a" * 64, filename="a.txt", media_type="text/plain", size=1))
        s.add_all([Job(id="lost", document_id=1, filename="a", status="queued", created_at=old),
                   Job(id="fresh", document_id=1, filename="a", status="queued", created_at=now),
                   Job(id="stuck", document_id=1, filename="a", status="running", created_at=old, started_at=old),
                   Job(id="busy", document_id=1, filename="a", status="running", created_at=old, started_at=now),
                   Job(id="done", document_id=1, filename="a", status="done", created_at=old)])
        s.commit()
    queue = CeleryQueue("redis://127.0.0.1:1/0", 60, ctx)  # never connects: sending is recorded below
    sent: list[str] = []
    queue.submit = sent.append
    assert queue.recover() == 2
    assert sorted(sent) == ["lost", "stuck"]
    engine.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_processes_starting_together_on_a_fresh_database(tmp_path, backend):
    """The API and its workers upgrading the same new database at once: one creates, the others wait."""
    import contextlib
    import multiprocessing as mp

    if backend == "postgresql":
        reason = pg_available()
        if reason:
            pytest.skip(reason)
        ctx = pg_database()
    else:
        ctx = contextlib.nullcontext(f"sqlite:///{tmp_path / 'race.db'}")
    with ctx as url:
        from ingest.db import upgrade_url

        spawn = mp.get_context("spawn")
        procs = [spawn.Process(target=upgrade_url, args=(url,)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        assert [p.exitcode for p in procs] == [0, 0, 0]
