"""End to end: the running app (``python app.py``) driven in headless Debian Chromium.

Chromium comes from apt (scripts/browser-deps.sh), never from a browser download; the
screenshots land in tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from test_app import AppProcess

from pactrag import messages as M

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
QUESTION = "Welke goede praktijken rond gemeenschapskracht werden genoemd?"

pytestmark = pytest.mark.browser

# Records every text the last answer bubble shows, to see the answer arrive in steps.
WATCH_ANSWER = """
() => {
  window.__answerStates = [];
  new MutationObserver(() => {
    const bots = document.querySelectorAll('#gesprek [data-testid="bot"]');
    if (!bots.length) return;
    const text = bots[bots.length - 1].innerText.trim();
    const states = window.__answerStates;
    if (text && states[states.length - 1] !== text) states.push(text);
  }).observe(document.querySelector('#gesprek'), {childList: true, subtree: true, characterData: true});
}
"""


@pytest.fixture(scope="module")
def app(built_settings, tmp_path_factory):
    if not Path(CHROMIUM).exists() or not shutil.which("chromium"):
        pytest.fail(
            "Chromium ontbreekt: draai scripts/browser-deps.sh (apt-get install chromium chromium-driver)"
        )
    running = AppProcess(built_settings, tmp_path_factory.mktemp("browser"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def page(app):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-BE")
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(app.url)
        yield page
        browser.close()


def test_first_screen_explains_and_offers_examples(page):
    page.wait_for_selector("#gesprek")
    intro = page.inner_text("#gesprek")
    assert "Ik beantwoord vragen over Verslag toekomstatelier 5" in intro
    assert "klik op een bronnummer" in intro
    for example in M.APP_EXAMPLES:
        assert example in intro
    assert "Offline" in page.inner_text("#modus")
    page.screenshot(path=str(ARTIFACTS / "app-start.png"), full_page=True)


def test_question_streams_a_dutch_answer_with_clickable_citations(page):
    page.evaluate(WATCH_ANSWER)
    page.fill("#vraag textarea", QUESTION)
    page.press("#vraag textarea", "Enter")
    page.wait_for_selector("#gesprek a.pactrag-cite")
    answer = page.locator('#gesprek [data-testid="bot"]').last.inner_text()
    assert answer.startswith(M.FRAMING_LIST)
    assert "talentenbank" in answer and M.APP_SOURCES in answer and "§2.5.3.1" in answer
    states = page.evaluate("window.__answerStates")
    print("answer states:", [s[:60] for s in states])
    # it arrived in steps: a placeholder and/or a partial text before the final answer
    assert len(states) >= 2 and states[-1] == answer.strip()
    assert any(
        M.APP_THINKING in s or (len(s) < len(answer) and s.startswith(M.FRAMING_LIST[:20]))
        for s in states[:-1]
    )
    assert page.locator("#gesprek a.pactrag-cite").count() >= 2  # inline and in the sources list
    assert page.inner_text("#vraag textarea") == ""


def test_clicking_a_citation_highlights_the_passage(page):
    first = page.locator('#gesprek [data-testid="bot"]').last.locator("a.pactrag-cite").first
    assert first.inner_text() == "[1]"
    first.click()
    page.wait_for_selector("#pactrag-bron mark")
    marked = page.inner_text("#pactrag-bron mark")
    panel = page.inner_text("#pactrag-bron")
    answer = page.locator('#gesprek [data-testid="bot"]').last.inner_text()
    assert len(marked) > 40 and marked.split(" [")[0][:60] in answer  # the quoted sentence
    assert "Verslag toekomstatelier 5" in panel and "› 2.5 Gemeenschapskracht als hefboom › 2.5.3.1" in panel
    assert "Bron [1]" in panel
    background = page.eval_on_selector("#pactrag-bron mark", "m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.locator("#gesprek .pactrag-sources").last.scroll_into_view_if_needed()  # the end of the answer
    page.screenshot(path=str(ARTIFACTS / "app-chat.png"), full_page=True)


def test_typed_html_is_shown_not_executed(page):
    typed = '<img src=x onerror="window.__xss=1"><b>vet</b> wat zijn regiodeals?'
    count = page.locator('#gesprek [data-testid="bot"]').count()
    page.fill("#vraag textarea", typed)
    page.click("#verstuur")
    page.wait_for_function(
        f"document.querySelectorAll('#gesprek a.pactrag-cite[href^=\"#bron-1-\"]').length > 0 "
        f"&& document.querySelectorAll('#gesprek [data-testid=\"bot\"]').length > {count}"
    )
    user = page.locator('#gesprek [data-testid="user"]').last.inner_text()
    assert '<img src=x onerror="window.__xss=1"><b>vet</b>' in user
    assert page.evaluate("window.__xss") is None
    assert page.locator("#gesprek img[src='x'], #gesprek b").count() == 0


def test_thumbs_down_with_comment_is_stored(page, app):
    page.locator('#gesprek button[aria-label="Vind ik niet leuk"]').last.click()
    page.wait_for_selector("#opmerking textarea", state="visible")
    page.fill("#opmerking textarea", "Graag ook de bron over Saamo")
    page.get_by_role("button", name=M.APP_COMMENT_SEND).click()
    page.wait_for_selector("#opmerking textarea", state="hidden")
    page.wait_for_selector(".toast-body", state="detached", timeout=15_000)  # no toast over the screenshots
    records = [json.loads(line) for line in (app.data_dir / "feedback.jsonl").read_text().splitlines()]
    assert [r["vote"] for r in records] == ["down", "down"]
    assert records[-1]["comment"] == "Graag ook de bron over Saamo"
    assert "regiodeals" in records[-1]["question"] and records[-1]["citations"]


def test_conversation_downloads_as_markdown(page, tmp_path):
    with page.expect_download() as download:
        page.click("#export")
    saved = tmp_path / "gesprek.md"
    download.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert text.startswith(f"# {M.EXPORT_TITLE}")
    assert f"## 1. {M.EXPORT_QUESTION}: {QUESTION}" in text and "## 2. " in text
    assert "- [1] Verslag toekomstatelier 5: Besturen en burgers samen aan zet › §2.5.3.1" in text


def test_good_practices_tab_filters_and_links(page):
    page.get_by_role("tab", name=M.APP_TAB_PRACTICES).click()
    grid = page.locator('#praktijken-tabel [role="grid"]')
    grid.wait_for()
    total = int(grid.get_attribute("aria-rowcount")) - 1  # rows besides the header
    assert total >= 35
    page.click("#praktijk-subfacet input")
    page.get_by_role("option", name="2.5 Gemeenschapskracht als hefboom").click()
    page.wait_for_function(
        f"/^\\d+ van/.test(document.querySelector('#praktijk-aantal').innerText) "
        f"&& !document.querySelector('#praktijk-aantal').innerText.startsWith('{total} ')"
    )
    shown = int(page.inner_text("#praktijk-aantal").split(" ")[0])
    assert 10 <= shown < total and int(grid.get_attribute("aria-rowcount")) - 1 == shown
    cells = page.locator('#praktijken-tabel [data-testid^="cell-"][data-col="2"]').all_inner_texts()
    assert cells and all(c.startswith("2.5 ") for c in cells)
    page.get_by_role("listbox").wait_for(state="detached")  # the dropdown has closed
    page.wait_for_timeout(400)  # and faded out
    page.screenshot(path=str(ARTIFACTS / "app-praktijken-2.5.png"), full_page=True)
    page.fill("#praktijk-zoek textarea", "talentenbank")
    page.wait_for_function("document.querySelector('#praktijk-aantal').innerText.startsWith('1 van')")
    page.wait_for_function(
        "document.querySelector('#praktijken-tabel [role=grid]').getAttribute('aria-rowcount') === '2'"
    )
    row = page.locator("#praktijken-tabel .virtual-row").first.inner_text()
    assert "Aarschot" in row and "§2.5.3.1" in row and "digitale talentenbank" in row
    page.locator('#praktijken-tabel [data-testid="cell-0-0"]').click()
    page.wait_for_selector("#praktijk-bron mark")
    assert "digitale talentenbank" in page.inner_text("#praktijk-bron mark")
    assert "2.5.3.1" in page.inner_text("#praktijk-bron")
    page.screenshot(path=str(ARTIFACTS / "app-praktijken.png"), full_page=True)


def test_new_conversation_and_example_question(page):
    page.get_by_role("tab", name=M.APP_TAB_CHAT).click()
    page.click("#nieuw")
    page.wait_for_function("document.querySelectorAll('#gesprek [data-testid=\"bot\"]').length === 0")
    page.get_by_text(M.APP_EXAMPLES[4], exact=True).click()  # "Wat zijn regiodeals?"
    page.wait_for_selector('#gesprek a.pactrag-cite[href^="#bron-0-"]')
    assert page.locator('#gesprek [data-testid="user"]').first.inner_text().strip() == M.APP_EXAMPLES[4]
    assert "Regiodeals" in page.locator('#gesprek [data-testid="bot"]').last.inner_text()
