#!/usr/bin/env bash
# Builds the separate venv in which bench/parse.py times `unstructured` (strategy="fast").
#
#   bash bench/setup_unstructured.sh          # idempotent: reuses what is already there
#   bash bench/setup_unstructured.sh --fresh  # deletes the venv and builds it again
#
# Why a separate venv under var/ (git-ignored): unstructured must never enter the project's
# requirements; its [pdf] extra pulls unstructured-inference -> torch, which PyPI serves as the
# CUDA build (~7 GB). This installs unstructured plus only what partition_docx and
# partition_pdf(strategy="fast") import (~1.3 GB, no torch), all from PyPI at install time.
# Nothing is downloaded at run time: unstructured's own run-time download of the spaCy model
# en_core_web_sm (from GitHub, which is unreachable here) is replaced by a local stand-in.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${UNSTRUCTURED_VENV:-$ROOT/var/bench-venvs/unstructured}"
STANDIN="$VENV/standin"
PYTHON="${PYTHON:-python3}"
# The versions this comparison was measured with (November 2026); bump together, deliberately.
UNSTRUCTURED_VERSION="0.27.35"
INFERENCE_VERSION="1.6.14"

export DO_NOT_TRACK=1 SCARF_NO_ANALYTICS=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 UNSTRUCTURED_DISABLE_NOTICE=1
export PIP_DISABLE_PIP_VERSION_CHECK=1

if [[ "${1:-}" == "--fresh" ]]; then
    rm -rf "$VENV"
fi

if [[ ! -x "$VENV/bin/python" ]]; then
    "$PYTHON" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip install --quiet)

# 1. unstructured itself (brings spaCy, pypdfium2, lxml, numpy, numba, langdetect).
#    DOCX: python-docx (the [docx] extra).
#    PDF "fast" (the parts of the [pdf] extra it imports): pdfminer.six, pypdf<7, pikepdf,
#    pi-heif, pdf2image, Pillow.
"${PIP[@]}" "unstructured==$UNSTRUCTURED_VERSION" "python-docx>=1.2,<2" \
    "pdfminer.six>=20251230,<20270000" "pypdf>=6.9.1,<7" "pikepdf>=10.3,<11" "pi-heif>=1.2,<2" \
    "pdf2image>=1.17,<2" pillow

# 2. unstructured.partition.pdf imports unstructured_inference at module level even for
#    strategy="fast" (pdfminer_processing -> pdf_image_utils -> inference.layout -> models.*).
#    Install it WITHOUT its dependencies (torch, transformers, timm, accelerate: only the
#    hi_res layout and table models use them) and add just what those imports need.
#    opencv-python-headless stands for the declared opencv-python (same cv2, no GUI libs).
#    pip then warns that unstructured-inference "requires torch ..., which is not installed":
#    expected, and harmless for strategy="fast".
"${PIP[@]}" --no-deps "unstructured-inference==$INFERENCE_VERSION"
"${PIP[@]}" opencv-python-headless pandas scipy onnxruntime onnx huggingface_hub matplotlib

# 3. The spaCy model. unstructured.nlp.tokenize loads "en_core_web_sm" and, when it is absent,
#    downloads it from GitHub at run time; offline that fails, partition_docx raises, and
#    partition_pdf(strategy="fast") logs the failure at DEBUG and returns NO elements. The
#    stand-in is a blank English pipeline with a sentencizer (no tagger, parser or weights),
#    packaged with `spacy package` under the name unstructured looks for.
if ! "$VENV/bin/python" -c "import spacy, sys; sys.exit(not spacy.util.is_package('en_core_web_sm'))"; then
    rm -rf "$STANDIN"
    mkdir -p "$STANDIN"
    "$VENV/bin/python" - "$STANDIN/pipeline" <<'EOF'
import sys

import spacy

nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
nlp.meta.update(name="core_web_sm", version="0.0.1",
                description="bench stand-in: blank English tokenizer + sentencizer, no trained weights")
nlp.to_disk(sys.argv[1])
EOF
    "$VENV/bin/python" -m spacy package "$STANDIN/pipeline" "$STANDIN" \
        --name core_web_sm --version 0.0.1 --build none --force >/dev/null
    "${PIP[@]}" "$STANDIN/en_core_web_sm-0.0.1"
fi

# 4. Smoke check, offline: one DOCX and one PDF must give elements, with no network lookup.
PDF="$(ls "$ROOT"/samples/pdf/*.pdf | head -n 1)"
DOCX="$(ls "$ROOT"/samples/docx/*.docx | head -n 1)"
for args in "pdf $PDF" "docx $DOCX"; do
    # shellcheck disable=SC2086
    out="$("$VENV/bin/python" "$ROOT/bench/unstructured_runner.py" $args --repeat 1 | tail -n 1)"
    "$VENV/bin/python" - "$out" "$args" <<'EOF'
import json
import sys

r = json.loads(sys.argv[1])
ok = r["items"] > 0 and not r["network_attempts"]
print(("ok  " if ok else "FAIL"), sys.argv[2].split()[0], f"unstructured {r['version']}:",
      r["items"], "elements,", r["chars"], "chars, network lookups:", r["network_attempts"] or "none")
sys.exit(0 if ok else 1)
EOF
done
if [[ "$VENV" == "$ROOT/var/bench-venvs/unstructured" ]]; then
    echo "venv ready: $VENV/bin/python (bench/parse.py finds it there by itself)"
else
    echo "venv ready: $VENV/bin/python (give it to bench/parse.py --unstructured-python)"
fi
