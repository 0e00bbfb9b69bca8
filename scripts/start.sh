#!/usr/bin/env bash
# Install, then run the main job on the samples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/vanban parse samples --out var/parsed
