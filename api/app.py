"""The HTTP API: ``create_app(settings)`` builds a FastAPI app over one database and file store.

Started by ``vanban serve`` (api/cli_serve.py). At start it brings the schema up
(``alembic upgrade head``), opens the job queue (in-process pool, or Celery when
a broker is configured) and re-queues the jobs a previous run left unfinished.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.settings import Settings
from ingest.db import make_engine, session_factory, upgrade
from ingest.jobs import CeleryQueue, JobContext, LocalQueue
from ingest.store import FileStore

log = logging.getLogger("vanban.api")

DESCRIPTION = """Upload Vietnamese official documents (directives, reports), get their
structure (the `vanban parse` contract), query tasks, and see which units reported on
which tasks (coverage). Every endpoint except `/health` needs `Authorization: Bearer <token>`;
roles: **office** (everything), **unit** (its own uploads, directives, its own coverage
row), **reader** (read-only). Errors are JSON: `{"detail": "<message>", "status": <code>}`."""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.queue.close()
        app.state.engine.dispose()

    app = _fastapi(title="vanban", version="1", description=DESCRIPTION, lifespan=lifespan)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.db_url())
    upgrade(engine)
    sessions = session_factory(engine)
    store = FileStore(settings.files_dir)
    ctx = JobContext(sessions=sessions, store=store, parse_function=settings.parse_function,
                     max_bytes=settings.max_upload_bytes, max_pages=settings.max_pages,
                     timeout_s=settings.job_timeout_s, max_attempts=settings.max_attempts)
    queue = (CeleryQueue(settings.broker_url, settings.job_timeout_s, ctx) if settings.broker_url
             else LocalQueue(ctx, workers=settings.workers, kind=settings.worker_kind))
    app.state.settings, app.state.engine, app.state.sessions = settings, engine, sessions
    app.state.store, app.state.queue, app.state.job_context = store, queue, ctx
    recovered = queue.recover()
    if recovered:
        log.info("re-queued %d unfinished jobs", recovered)

    _error_handlers(app)
    from api import routes_coverage, routes_documents, routes_jobs, routes_meta, routes_tasks, routes_units

    for module in (routes_meta, routes_documents, routes_jobs, routes_tasks, routes_coverage, routes_units):
        app.include_router(module.router)
    from api import web  # the clerks' web page (Vietnamese): page routes and /static

    web.install(app)
    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes * min(settings.max_files_per_request, 10)
                       + 1024 * 1024)
    return app


def _fastapi(**kwargs) -> FastAPI:
    """FastAPI whose /docs and /redoc serve Swagger UI and ReDoc from the package, not a CDN.

    Offices run this on closed networks: the CDN-hosted pages would stay blank there.
    """
    try:
        from fastapi_offline import FastAPIOffline
    except ImportError:
        return FastAPI(**kwargs)
    return FastAPIOffline(**kwargs)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return JSONResponse({"detail": exc.detail, "status": exc.status_code}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        parts = []
        for e in errors[:5]:
            where = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "request"
            parts.append(f"{where}: {e.get('msg')}")
        return JSONResponse({"detail": "invalid request: " + "; ".join(parts), "status": 422,
                             "errors": [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in errors]},
                            status_code=422)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": f"internal error ({type(exc).__name__})", "status": 500}, status_code=500)


class BodyLimit:
    """Refuse a request body larger than ``limit`` with 413 before it is spooled to disk."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            return await _too_large(send, self.limit)
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(413, f"request body too large (the limit is {self.limit} bytes)")
            return message

        return await self.app(scope, counted, send)


async def _too_large(send, limit: int) -> None:
    body = (f'{{"detail": "request body too large (the limit is {limit // (1024 * 1024)} MB)", '
            f'"status": 413}}').encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
