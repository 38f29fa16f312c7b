"""Screenshots of each tab of the app for the README: docs/app-*.png.

    .venv/bin/python scripts/screenshots.py

Starts ``python app.py`` on a free loopback port over the index in PACTRAG_INDEX_DIR (default
index/, build it first with ``pactrag ingest``), drives Debian's Chromium (never a browser
download; see scripts/browser-deps.sh) at 1366×768 and 390×844, and stops the app again.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CHROMIUM = "/usr/bin/chromium"
QUESTION = "Welke goede praktijken rond gemeenschapskracht werden genoemd?"


def start_app() -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    scratch = Path(tempfile.mkdtemp(prefix="pactrag-screens-"))
    env = dict(
        os.environ,
        PACTRAG_PORT=str(port),
        PACTRAG_HOST="127.0.0.1",
        PACTRAG_DATA_DIR=str(scratch / "data"),
        PACTRAG_ALLOW_UPLOAD="1",  # show the upload part of the Verslagen tab
        GRADIO_TEMP_DIR=str(scratch / "gradio"),
    )
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "config", timeout=2)
            return proc, url
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("de app startte niet binnen 120 s")


def main() -> int:
    from playwright.sync_api import sync_playwright

    DOCS.mkdir(exist_ok=True)
    proc, url = start_app()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="nl-BE")
            page.goto(url)
            page.wait_for_selector("#filter-soort")
            page.fill("#vraag textarea", QUESTION)
            page.press("#vraag textarea", "Enter")
            page.wait_for_selector("#gesprek a.pactrag-cite")
            page.locator("#gesprek a.pactrag-cite").first.click()
            page.wait_for_selector("#pactrag-bron mark")
            page.wait_for_timeout(500)
            page.screenshot(path=str(DOCS / "app-vragen.png"))
            page.get_by_role("tab", name="Goede praktijken").click()
            page.locator('#praktijken-tabel [data-testid="cell-0-0"]').click()
            page.wait_for_selector("#praktijk-bron mark")
            page.wait_for_timeout(500)
            page.screenshot(path=str(DOCS / "app-praktijken.png"))
            page.get_by_role("tab", name="Verslagen").click()
            page.wait_for_selector("#verslagen-tabel")
            page.wait_for_timeout(500)
            page.screenshot(path=str(DOCS / "app-verslagen.png"))
            phone = browser.new_page(
                viewport={"width": 390, "height": 844}, locale="nl-BE", is_mobile=True, has_touch=True
            )
            phone.goto(url)
            phone.wait_for_selector("#filter-soort")
            phone.wait_for_timeout(1500)
            phone.screenshot(path=str(DOCS / "app-telefoon.png"))
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    for name in sorted(DOCS.glob("app-*.png")):
        print(name.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
