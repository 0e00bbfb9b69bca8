"""Service settings, read from the environment (``VANBAN_*``) by pydantic-settings.

One object is built at start and handed to ``create_app(settings)``; tests
build their own, so nothing reads the environment behind the app's back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

MB = 1024 * 1024


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VANBAN_", extra="ignore")

    data_dir: Path = Field(Path("./var"), description="originals, the SQLite file, the demo token")
    database_url: str | None = Field(
        None, validation_alias=AliasChoices("DATABASE_URL", "VANBAN_DATABASE_URL"),
        description="SQLAlchemy URL; default sqlite:///<data_dir>/vanban.db (WAL)")
    broker_url: str | None = Field(None, description="redis://… to send jobs to Celery workers")
    broker_visibility_timeout_s: float = Field(
        3600.0, description="a message taken by a worker that vanished goes back to the queue after this")

    # limits, each answered with a clear 4xx (413, 415, 422)
    max_upload_bytes: int = 50 * MB
    max_files_per_request: int = 50
    max_pages: int = 500
    job_timeout_s: float = 300.0

    # the in-process worker pool (used when broker_url is not set)
    workers: int = 2
    worker_kind: Literal["process", "thread"] = "process"
    max_attempts: int = 3  # a job whose worker crashes is tried this many times in all
    parse_function: str = "ingest.jobs:parse_file"  # "module:function" (path, limits, filename) -> Document

    samples_dir: Path = Path("samples")

    def db_url(self) -> str:
        if self.database_url:
            url = self.database_url
            # "postgresql://" alone would pick psycopg2, which is not installed: psycopg 3 is
            if url.startswith("postgresql://") or url.startswith("postgres://"):
                url = "postgresql+psycopg://" + url.split("://", 1)[1]
            return url
        return f"sqlite:///{(self.data_dir / 'vanban.db').resolve()}"

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"
