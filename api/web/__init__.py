"""The clerks' web page, served by the API's own FastAPI app (``install(app)`` from api/app.py).

Vietnamese, server-rendered (Jinja2), light on JavaScript: htmx (vendored in
static/, never fetched from a CDN) and static/app.js for uploads, source
highlighting and in-place corrections.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"


def install(app: FastAPI) -> None:
    """Add the page routes and /static to the API's app."""
    from api.web.routes import router

    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
