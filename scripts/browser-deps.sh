#!/usr/bin/env bash
# Debian's Chromium + ChromeDriver for the browser test (never a browser download).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium ontbreekt; installeer het met: sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "==> chromium installeren (apt)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium chromium-driver >/dev/null
