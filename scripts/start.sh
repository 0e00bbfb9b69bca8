#!/usr/bin/env bash
# Install, then start the HTTP API with the samples loaded.
# Prints a demo office token; API docs at http://127.0.0.1:8000/docs (VANBAN_PORT to change).
# Set DATABASE_URL for PostgreSQL and VANBAN_BROKER_URL (+ `vanban worker`) for Celery: docs/api.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/vanban serve --host "${VANBAN_HOST:-127.0.0.1}" --port "${VANBAN_PORT:-8000}" --load-samples
