"""A real ``vanban serve`` (uvicorn, 127.0.0.1, temp data dir) and Debian's headless Chromium.

Playwright's Python client drives /usr/bin/chromium (never a downloaded browser).
The tests skip, saying why, only when that binary is absent (scripts/setup.sh
installs the ``chromium`` package) or the client is not installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_api_support import ROOT, serve_process

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "var" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage"]  # CI containers give /dev/shm 64 MB, too little for a page image


def _cli(env: dict[str, str], *args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "api.cli", *args], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """(base URL, office token, data dir) of a fresh server; stopped by its pid."""
    tmp = tmp_path_factory.mktemp("web-e2e")
    env = {**os.environ, "VANBAN_DATA_DIR": str(tmp / "var"), "VANBAN_WORKERS": "2", "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    env.pop("VANBAN_BROKER_URL", None)
    office = _cli(env, "token", "create", "--role", "office", "--name", "Nguyễn Thị Lan")
    with serve_process(env, tmp / "serve.log") as base:
        yield base, office, tmp


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent: install the Debian package `chromium` (scripts/setup.sh does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python client is not installed "
                                                                 "(pip install -e '.[dev]')")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def shots():
    """Where the tests write a screenshot of each page (var/screenshots/, not committed)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str, full: bool = False) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full)
        return path

    return take
