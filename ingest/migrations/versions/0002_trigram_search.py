"""Trigram indexes for the accent-folded search columns (PostgreSQL only).

``q`` and ``assignee`` filter with LIKE '%…%' on folded text; PostgreSQL's
pg_trgm GIN indexes answer those without a scan of every task. SQLite scans
(≈ 40 ms per 100 000 tasks), which is fine for its single-file deployments.
Where the extension cannot be created (no privilege), the indexes are skipped
and search still works, only slower.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_tasks_text_folded_trgm": ("tasks", "text_folded"),
    "ix_tasks_assignees_folded_trgm": ("tasks", "assignees_folded"),
    "ix_documents_search_folded_trgm": ("documents", "search_folded"),
}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except Exception:
        return
    for name, (table, column) in INDEXES.items():
        bind.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name in INDEXES:
        bind.execute(text(f"DROP INDEX IF EXISTS {name}"))
