"""``vanban serve``, ``vanban worker`` and ``vanban token create``.

    vanban serve [--host 127.0.0.1] [--port 8000] [--load-samples]
    vanban worker [--concurrency N]            Celery worker (needs VANBAN_BROKER_URL)
    vanban token create --role office|unit|reader [--unit NAME] [--name NAME]

``--load-samples`` uploads every file under samples/ and prints a demo office
token (kept in <data dir>/demo-token.txt, so a restart prints the same one).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SAMPLE_SUFFIXES = {".pdf", ".docx", ".doc", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the HTTP API (OpenAPI docs at /docs)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--load-samples", action="store_true",
                   help="upload samples/ and print a demo office token")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("worker", help="run a Celery worker for background parsing (needs VANBAN_BROKER_URL)")
    p.add_argument("--concurrency", type=int, default=None, help="parallel jobs (default: number of CPUs)")
    p.add_argument("--loglevel", default="INFO")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("token", help="manage API tokens")
    tsub = p.add_subparsers(dest="token_command", required=True)
    c = tsub.add_parser("create", help="create a user with a token and print the token")
    c.add_argument("--role", required=True, choices=["office", "unit", "reader"])
    c.add_argument("--unit", help="the unit's name (required for --role unit)")
    c.add_argument("--name", help="who the token is for (default: the role or unit)")
    c.set_defaults(func=cmd_token_create)


def _settings():
    from api.settings import Settings

    return Settings()


def demo_token(settings, sessions) -> str:
    """The demo office token: reused while it is valid, created otherwise."""
    from sqlalchemy import select

    from api.auth import create_token, hash_token
    from ingest.models import ApiToken

    path = settings.data_dir / "demo-token.txt"
    if path.is_file():
        token = path.read_text().strip()
        with sessions() as s:
            if s.scalar(select(ApiToken.id).where(ApiToken.token_hash == hash_token(token),
                                                  ApiToken.revoked.is_(False))):
                return token
    with sessions() as s:
        token = create_token(s, "demo office", "office")
    # created 0600 from the start: the token must never be readable by others, not even briefly
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(token + "\n")
    return token


def load_samples(app, folder: Path) -> int:
    """Upload every sample file as the demo office would; returns how many were queued."""
    from ingest.intake import IntakeError, Uploader, accept

    st = app.state
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SAMPLE_SUFFIXES
                   and not p.name.endswith(".gold.json"))
    queued = 0
    for path in files:
        with st.sessions() as s, path.open("rb") as f:
            try:
                job = accept(s, st.store, f, path.name, uploader=Uploader(None, None),
                             max_bytes=st.settings.max_upload_bytes, max_pages=st.settings.max_pages)
            except IntakeError as err:
                print(f"vanban: sample skipped: {err.message}", file=sys.stderr)
                continue
        if job.status == "queued":
            st.queue.submit(job.id)
            queued += 1
    return queued


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app

    settings = _settings()
    app = create_app(settings)
    if args.load_samples:
        token = demo_token(settings, app.state.sessions)
        n = load_samples(app, settings.samples_dir) if settings.samples_dir.is_dir() else 0
        base = f"http://{args.host}:{args.port}"
        print(f"vanban: {n} sample files queued from {settings.samples_dir}/", file=sys.stderr)
        print(f"vanban: demo office token (also in {settings.data_dir / 'demo-token.txt'}):\n\n    {token}\n\n"
              f"  curl -H 'Authorization: Bearer {token}' {base}/documents\n"
              f"  API docs: {base}/docs\n", file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from ingest.celery_app import make_celery

    settings = _settings()
    if not settings.broker_url:
        print("vanban: worker needs VANBAN_BROKER_URL (e.g. redis://127.0.0.1:6379/0)", file=sys.stderr)
        return 64
    app = make_celery(settings.broker_url, settings.job_timeout_s, settings.broker_visibility_timeout_s)
    argv = ["worker", f"--loglevel={args.loglevel}", "--pool=prefork", "--without-gossip", "--without-mingle",
            "--without-heartbeat"]
    if args.concurrency:
        argv.append(f"--concurrency={args.concurrency}")
    app.worker_main(argv)
    return 0


def cmd_token_create(args: argparse.Namespace) -> int:
    from api.auth import create_token
    from ingest.db import make_engine, session_factory, upgrade

    settings = _settings()
    if args.role == "unit" and not args.unit:
        print("vanban: --role unit needs --unit NAME", file=sys.stderr)
        return 64
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.db_url())
    upgrade(engine)
    with session_factory(engine)() as s:
        token = create_token(s, args.name or args.unit or args.role, args.role, args.unit)
    print(token)
    return 0
