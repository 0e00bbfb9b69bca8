"""Celery application for ``vanban worker`` (jobs through a Redis broker).

Workers need the same database (DATABASE_URL, normally PostgreSQL) and the same
data directory (VANBAN_DATA_DIR: shared storage when workers run on other
machines) as the API. ``acks_late`` + ``reject_on_worker_lost``: a message is
acknowledged only when its job is finished, so a worker killed mid-parse
gives the job back to the broker and another worker retries it; the job's own
attempt counter stops a document that kills every worker.
"""

from __future__ import annotations

import functools

from celery import Celery
from celery.exceptions import SoftTimeLimitExceeded


def make_celery(broker_url: str, job_timeout_s: float | None = None, visibility_timeout_s: float = 3600.0) -> Celery:
    app = Celery("vanban", broker=broker_url)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_ignore_result=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": visibility_timeout_s,
            # how often workers look for messages of vanished workers (kombu's default sweep is
            # about every 100 s): a short visibility timeout is only useful with a short sweep
            "unacked_restore_interval": min(10, max(1, int(visibility_timeout_s / 4))),
            "unacked_restore_throttle": 1 if visibility_timeout_s < 600 else 10,
        },
        worker_hijack_root_logger=False,
    )
    if job_timeout_s:
        app.conf.task_soft_time_limit = job_timeout_s
        app.conf.task_time_limit = job_timeout_s + 15

    @app.task(name="vanban.process_job", bind=True)
    def process(self, job_id: str) -> str:
        from ingest.jobs import JobTimeout, process_job, run_parse

        def call(args: tuple, timeout: float) -> str:
            try:
                return run_parse(*args)
            except SoftTimeLimitExceeded:
                raise JobTimeout() from None

        def requeue(jid: str) -> None:
            self.app.send_task("vanban.process_job", args=[jid], countdown=1)

        return process_job(_context(), job_id, call, requeue)

    return app


@functools.cache
def _context():
    """Built once per worker process, from the same environment the API reads."""
    from api.settings import Settings
    from ingest.db import make_engine, session_factory, upgrade
    from ingest.jobs import JobContext
    from ingest.store import FileStore

    settings = Settings()
    engine = make_engine(settings.db_url())
    upgrade(engine)
    return JobContext(sessions=session_factory(engine), store=FileStore(settings.files_dir),
                      parse_function=settings.parse_function, max_bytes=settings.max_upload_bytes,
                      max_pages=settings.max_pages, timeout_s=settings.job_timeout_s,
                      max_attempts=settings.max_attempts)
