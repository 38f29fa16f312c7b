#!/usr/bin/env bash
# Every test: unit + integration (embedded Chroma AND a real Chroma server), the browser
# end-to-end test, and the evaluation gate. Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
make --no-print-directory setup
echo "==> lint, opmaak en types (ruff, mypy)"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
bash scripts/browser-deps.sh

# A Chroma server on loopback for the server-mode tests (stopped on exit).
# A free loopback port unless one is given: parallel runs on one machine must not collide.
CHROMA_PORT=${CHROMA_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
CHROMA_DIR=$(mktemp -d)
.venv/bin/chroma run --path "$CHROMA_DIR" --host 127.0.0.1 --port "$CHROMA_PORT" >"$CHROMA_DIR/server.log" 2>&1 &
CHROMA_PID=$!
trap 'kill $CHROMA_PID 2>/dev/null || true; rm -rf "$CHROMA_DIR"' EXIT
for _ in $(seq 1 60); do
  if .venv/bin/python - "$CHROMA_PORT" <<'PY' 2>/dev/null; then break; fi
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/v2/heartbeat", timeout=1)
PY
  sleep 0.5
done
export PACTRAG_TEST_CHROMA_URL="http://127.0.0.1:$CHROMA_PORT"

echo "==> index bijwerken"
.venv/bin/pactrag ingest
echo "==> tests"
status=0
.venv/bin/python -m pytest "$@" || status=$?
echo "==> evaluatie (gate)"
.venv/bin/pactrag eval || status=$?
echo "==> evaluatie v2 (dev en de achtergehouden test-split)"
.venv/bin/pactrag eval --set v2 --no-reference --no-llm-check || status=$?
echo "==> evaluatie fresh (koud geschreven controleset; alleen invarianten gegated)"
.venv/bin/pactrag eval --set fresh --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold4 (koud geschreven controleset, sessie 4; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold4 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold5 (koud geschreven controleset, sessie 5; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold5 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold6 (koud geschreven controleset, sessie 5; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold6 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold7 (koud geschreven controleset, sessie 6; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold7 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold8 (koud geschreven controleset, sessie 7; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold8 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold9 (koud geschreven controleset, sessie 8; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold9 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold10 (koud geschreven controleset, sessie 9; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold10 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold11 (koud geschreven controleset, sessie 10; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold11 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold12 (koud geschreven controleset, sessie 11; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold12 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold13 (koud geschreven controleset, sessie 12; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold13 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold14 (koud geschreven controleset, sessie 13; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold14 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold15 (koud geschreven controleset, sessie 14; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold15 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold16 (koud geschreven controleset, sessie 15; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold16 --no-reference --no-llm-check || status=$?
echo "==> evaluatie cold17 (koud geschreven controleset, sessie 16; alleen invarianten gegated)"
.venv/bin/pactrag eval --set cold17 --no-reference --no-llm-check || status=$?
exit $status
