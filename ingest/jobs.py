"""Background parsing: a job queue with two backends behind one ``submit(job_id)``.

* :class:`LocalQueue` (default) — dispatcher threads in the API process, each
  driving one long-lived worker *process* (spawned, so a crash or a runaway
  parse cannot take the API down). The per-job time limit is enforced by
  killing that process; a worker that dies mid-job is replaced and the job is
  tried again (up to ``max_attempts``). Jobs left queued or running by a
  stopped server are picked up again at the next start.
* :class:`CeleryQueue` — when ``VANBAN_BROKER_URL`` is set, jobs go to Celery
  workers (``vanban worker``) through Redis, on as many machines as share the
  database and the data directory (see ``ingest/celery_app.py``).

Either way the parse result is written in one transaction (document columns,
tasks, links, job status together), so a document is never half-written, and
the original is in the file store before the job exists, so it is never lost.
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing as mp
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ingest.models import Document, Job, utcnow
from ingest.store import FileStore

log = logging.getLogger("vanban.jobs")


class JobTimeout(Exception):
    """The parse took longer than the per-job limit (not retried: it would time out again)."""


class WorkerDied(Exception):
    """The process running the parse exited without an answer (crash, OOM kill, signal)."""


class Unreadable(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- the parse itself (runs in a worker process) -------------------------------

def parse_file(path: str | Path, limits: Any, filename: str | None = None):
    """The default parse: parsers.load → extract.extract_document (a black box here)."""
    from extract import extract_document
    from parsers import load

    return extract_document(load(path, limits, filename=filename))


def _resolve(dotted: str) -> Callable:
    module, _, name = dotted.partition(":")
    return getattr(importlib.import_module(module), name)


def run_parse(parse_function: str, path: str, filename: str, max_bytes: int, max_pages: int) -> str:
    """Parse one stored file; the contract document as JSON, or :class:`Unreadable`."""
    from parsers import Limits, UnreadableDocument

    limits = Limits(max_bytes=max_bytes, max_pages=max_pages)
    try:
        doc = _resolve(parse_function)(path, limits, filename)
    except UnreadableDocument as err:
        raise Unreadable(err.reason) from None
    return doc.model_dump_json()


def _worker_main(conn, parse_function: str) -> None:
    """Loop of a worker process: one request in, one answer out, until told to stop.

    The parse function (and what it imports) is loaded before the process says
    it is ready, so a job's time limit counts parsing, not interpreter start-up.
    """
    try:
        _resolve(parse_function)
        import extract  # noqa: F401  (the default parser's imports: warm them too)
    except Exception as err:
        conn.send(("error", f"cannot load {parse_function}: {type(err).__name__}: {err}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        try:
            conn.send(("ok", run_parse(*msg)))
        except Unreadable as err:
            conn.send(("unreadable", err.reason))
        except Exception as err:
            conn.send(("error", f"{type(err).__name__}: {str(err)[:300]}"))


class ProcessWorker:
    """One child process; replaced whenever it dies or overruns."""

    _ctx = mp.get_context("spawn")  # no fork of a threaded server

    def __init__(self, parse_function: str = "ingest.jobs:parse_file", start_timeout: float = 120.0) -> None:
        self.parse_function = parse_function
        self.start_timeout = start_timeout
        self.proc = None
        self.conn = None

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        self.proc = self._ctx.Process(target=_worker_main, args=(child, self.parse_function), daemon=True,
                                      name="vanban-worker")
        self.proc.start()
        child.close()
        self.conn = parent
        try:
            ready = parent.poll(self.start_timeout) and parent.recv()
        except (EOFError, OSError):
            ready = None
        if not ready or ready[0] != "ready":
            self.kill()
            detail = ready[1] if ready else "no answer"
            raise WorkerDied(f"worker process did not start ({detail})")

    def call(self, args: tuple, timeout: float) -> str:
        if self.proc is None or not self.proc.is_alive():
            self.kill()
            self._start()
        try:
            self.conn.send(args)
            if not self.conn.poll(timeout):
                self.kill()
                raise JobTimeout()
            status, payload = self.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            if self.proc is not None:
                self.proc.join(2)  # reap it, so the exit code is known
            code = self.proc.exitcode if self.proc else None
            self.kill()
            raise WorkerDied(f"worker process exited (code {code})") from None
        if status == "ok":
            return payload
        if status == "unreadable":
            raise Unreadable(payload)
        raise RuntimeError(payload)

    def kill(self) -> None:
        if self.proc is not None:
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join(5)
        if self.conn is not None:
            self.conn.close()
        self.proc = self.conn = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.is_alive():
            try:
                self.conn.send(None)
                self.proc.join(2)
            except OSError:
                pass
        self.kill()


_THREAD_PARSE_LOCK = threading.Lock()


class ThreadWorker:
    """Parse in a helper thread of this process (tests, benchmarks): the limit only abandons the thread.

    Parses run one at a time: the NLP models behind the parser are not thread-safe,
    and the GIL would serialise them anyway.
    """

    def call(self, args: tuple, timeout: float) -> str:
        box: dict[str, Any] = {}

        def target() -> None:
            try:
                with _THREAD_PARSE_LOCK:
                    box["ok"] = run_parse(*args)
            except BaseException as err:
                box["err"] = err

        t = threading.Thread(target=target, daemon=True)
        t.start()
        t.join(timeout)
        if t.is_alive():
            raise JobTimeout()
        if "err" in box:
            raise box["err"]
        return box["ok"]

    def stop(self) -> None:
        pass


# --- processing one job (shared by both backends) ---------------------------------

@dataclass
class JobContext:
    sessions: sessionmaker[Session]
    store: FileStore
    parse_function: str
    max_bytes: int
    max_pages: int
    timeout_s: float
    max_attempts: int


def process_job(ctx: JobContext, job_id: str, call: Callable[[tuple, float], str],
                requeue: Callable[[str], None]) -> str:
    """Run one job to its next state; returns that state (done / failed / queued)."""
    with ctx.sessions() as s:
        job = s.get(Job, job_id)
        if job is None or job.status in ("done", "failed"):
            return job.status if job else "missing"
        doc = s.get(Document, job.document_id)
        if doc.status == "parsed" and doc.data is not None and not job.reparse:  # another upload won
            _finish(job, "done")
            s.commit()
            return "done"
        if job.attempts >= ctx.max_attempts:  # it was running when its worker died, too often
            reason = f"gave up after {job.attempts} attempts: the worker stopped while parsing"
            _fail(s, job, doc, reason)
            return "failed"
        job.status, job.attempts, job.started_at = "running", job.attempts + 1, utcnow()
        attempts = job.attempts
        args = (ctx.parse_function, str(ctx.store.path(doc.sha256)), job.filename, ctx.max_bytes, ctx.max_pages)
        s.commit()

    try:
        payload = call(args, ctx.timeout_s)
        with ctx.sessions() as s:
            job = s.get(Job, job_id)
            doc = s.get(Document, job.document_id)
            _store_result(s, doc, payload)
            _finish(job, "done")
            s.commit()
        return "done"
    except Unreadable as err:
        with ctx.sessions() as s:
            job = s.get(Job, job_id)
            _fail(s, job, s.get(Document, job.document_id), err.reason)
        return "failed"
    except JobTimeout:
        with ctx.sessions() as s:
            job = s.get(Job, job_id)
            _fail(s, job, s.get(Document, job.document_id),
                  f"processing took longer than the limit of {ctx.timeout_s:g} s")
        return "failed"
    except Exception as err:  # a crash: the worker died, the parser raised, the database failed
        log.warning("job %s attempt %d failed: %s", job_id, attempts, err)
        with ctx.sessions() as s:
            job = s.get(Job, job_id)
            if attempts < ctx.max_attempts:
                job.status, job.reason = "queued", f"retrying after: {str(err)[:300]}"
                s.commit()
                requeue(job_id)
                return "queued"
            _fail(s, job, s.get(Document, job.document_id),
                  f"failed after {attempts} attempts: {str(err)[:300]}")
        return "failed"


def _store_result(s: Session, doc: Document, payload: str) -> None:
    import json

    from ingest.records import sync

    data = json.loads(payload)
    # the stored name is the upload's; the parser saw a storage path
    src = data.setdefault("source", {})
    src["filename"] = doc.filename
    src["sha256"] = doc.sha256
    doc.data = data
    doc.status, doc.error = "parsed", None
    sync(s, doc)


def _finish(job: Job, status: str, reason: str | None = None) -> None:
    job.status, job.reason, job.finished_at = status, reason, utcnow()


def _fail(s: Session, job: Job, doc: Document, reason: str) -> None:
    _finish(job, "failed", reason)
    if doc is not None and doc.status != "parsed":
        doc.status, doc.error = "failed", reason
    s.commit()


# --- backends ---------------------------------------------------------------------

class LocalQueue:
    """In-process pool: ``workers`` dispatcher threads, each with its own worker process."""

    def __init__(self, ctx: JobContext, workers: int = 2, kind: str = "process") -> None:
        self.ctx = ctx
        self.q: queue.Queue[str | None] = queue.Queue()
        self.kind = kind
        self.threads: list[threading.Thread] = []
        self.workers: list[ProcessWorker | ThreadWorker] = []
        self.n = max(1, workers)
        self._started = False
        self._lock = threading.Lock()
        self.idle = threading.Condition()
        self.pending = 0

    def _ensure_started(self) -> None:
        with self._lock:
            if self._started:
                return
            for i in range(self.n):
                worker = ProcessWorker(self.ctx.parse_function) if self.kind == "process" else ThreadWorker()
                self.workers.append(worker)
                t = threading.Thread(target=self._loop, args=(worker,), daemon=True, name=f"vanban-dispatch-{i}")
                t.start()
                self.threads.append(t)
            self._started = True

    def submit(self, job_id: str) -> None:
        self._ensure_started()
        with self.idle:
            self.pending += 1
        self.q.put(job_id)

    def _loop(self, worker) -> None:
        while True:
            job_id = self.q.get()
            if job_id is None:
                return
            try:
                process_job(self.ctx, job_id, worker.call, self.submit)
            except Exception:  # the database is down: leave the job queued for the next start
                log.exception("job %s could not be processed", job_id)
            finally:
                with self.idle:
                    self.pending -= 1
                    self.idle.notify_all()

    def recover(self) -> int:
        """Queue again what a stopped server left queued or running (its queue was in memory)."""
        with self.ctx.sessions() as s:
            ids = list(s.scalars(select(Job.id).where(Job.status.in_(("queued", "running")))
                                 .order_by(Job.created_at)))
        for job_id in ids:
            self.submit(job_id)
        return len(ids)

    def wait_idle(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self.idle:
            while self.pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.idle.wait(left)
        return True

    def close(self) -> None:
        if not self._started:
            return
        for _ in self.threads:
            self.q.put(None)
        for t in self.threads:
            t.join(5)
        for w in self.workers:
            w.stop()


class CeleryQueue:
    """Jobs as Celery tasks through Redis; ``vanban worker`` runs them."""

    def __init__(self, broker_url: str, job_timeout_s: float | None = None, ctx: JobContext | None = None,
                 lost_after_s: float = 600.0) -> None:
        from ingest.celery_app import make_celery

        self.app = make_celery(broker_url, job_timeout_s)
        self.ctx = ctx
        self.lost_after_s = lost_after_s

    def submit(self, job_id: str) -> None:
        self.app.send_task("vanban.process_job", args=[job_id])

    def recover(self) -> int:
        """Send again the jobs whose message was probably lost (a Redis restarted without persistence).

        Messages of workers that died are redelivered by the broker itself (acks_late); this only
        covers jobs still queued long after they were sent, or running far past the time limit.
        Running a job twice is harmless: the result is written whole, once per parse.
        """
        if self.ctx is None:
            return 0
        from datetime import timedelta

        now = utcnow()
        queued_before = now - timedelta(seconds=self.lost_after_s)
        running_before = now - timedelta(seconds=self.ctx.timeout_s + self.lost_after_s)
        with self.ctx.sessions() as s:
            ids = list(s.scalars(select(Job.id).where(
                ((Job.status == "queued") & (Job.created_at < queued_before))
                | ((Job.status == "running") & (Job.started_at < running_before)))))
        for job_id in ids:
            self.submit(job_id)
        return len(ids)

    def close(self) -> None:
        pass
