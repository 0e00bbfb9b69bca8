#!/usr/bin/env bash
# Install what vanban needs on a fresh Debian machine with Python 3.11 and apt.
# Idempotent: a second run installs nothing and takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# System packages: LibreOffice (DOCX→PDF for samples, .doc→.docx), a font with
# Vietnamese glyphs, Tesseract with Vietnamese data, poppler (pdftoppm).
APT_PACKAGES=(libreoffice-writer-nogui fonts-liberation2 tesseract-ocr tesseract-ocr-vie poppler-utils)
APT_PACKAGES+=(${VANBAN_EXTRA_APT:-})
# Chromium for the web page's end-to-end tests (tests/e2e): Playwright drives this one and never
# downloads a browser (`playwright install` is not used).
APT_PACKAGES+=(chromium)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[dev]' --config-settings editable_mode=compat
