"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def real_docs() -> Path:
    """The real documents beside the project (never copied into it); skip when absent."""
    path = SHARED / "real-docs"
    if not path.is_dir():
        pytest.skip("../shared/real-docs is not present")
    return path


@pytest.fixture(scope="session")
def shared_contract() -> Path:
    path = SHARED / "contract"
    if not path.is_dir():
        pytest.skip("../shared/contract is not present")
    return path
