"""The widget and the Gradio UI in headless Chromium against the real server and assistant."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.server_utils import CHROMIUM, CHROMIUM_ARGS, live_server
from web.api import create_app

pytestmark = [
    pytest.mark.browser,
    # CI installs chromium (test.sh): there a missing browser is a failure, not a skip
    pytest.mark.skipif(not Path(CHROMIUM).exists() and not os.environ.get("CI"),
                       reason="needs Debian chromium at /usr/bin/chromium"),
]

SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
NOI_VU = "Sở Nội vụ phải làm gì?"
PAYLOAD = '<img src=x onerror="window.__xss=1">'
W = "planqa-widget"  # the widget's shadow host; Playwright CSS selectors pierce open shadow roots
ANSWER_TIMEOUT_MS = 180_000


@pytest.fixture(scope="module")
def base_url(built_settings, assistant):
    with live_server(create_app(built_settings, assistant)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()


def focused_in_widget(page, css_class: str) -> bool:
    return page.evaluate(
        """(cls) => { const a = document.activeElement;
             if (!a || a.tagName !== 'PLANQA-WIDGET') return false;
             const inner = a.shadowRoot.activeElement;
             return !!inner && (inner.classList.contains(cls) || inner.tagName.toLowerCase() === cls); }""",
        css_class,
    )


def open_widget_with_keyboard(page) -> None:
    for _ in range(60):
        page.keyboard.press("Tab")
        if focused_in_widget(page, "launcher"):
            break
    else:
        raise AssertionError("the widget button is not reachable with Tab")
    page.keyboard.press("Enter")
    page.locator(f"{W} .panel").wait_for(state="visible")
    assert focused_in_widget(page, "textarea"), "focus must move into the panel on open"


def ask_in_widget(page, question: str) -> None:
    page.keyboard.type(question)
    page.keyboard.press("Enter")


# ---------------------------------------------------------------- widget


def test_widget_keyboard_question_with_footnotes(page, base_url):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(f"{base_url}/widget-demo")
    page.locator(W).wait_for(state="attached")
    launcher = page.locator(f"{W} .launcher")
    assert launcher.get_attribute("aria-expanded") == "false"
    assert launcher.get_attribute("aria-label")
    open_widget_with_keyboard(page)
    assert launcher.get_attribute("aria-expanded") == "true"
    assert page.locator(f"{W} .panel").get_attribute("role") == "dialog"

    ask_in_widget(page, NOI_VU)
    page.locator(f"{W} .msg.bot .sources").wait_for(timeout=ANSWER_TIMEOUT_MS)
    bot = page.locator(f"{W} .msg.bot").last
    assert bot.locator(".answer").inner_text().strip()
    summaries = bot.locator("details.src summary").all_inner_texts()
    assert any("Huế" in s for s in summaries) and any("Hà Nội" in s for s in summaries)
    assert any("Cần Thơ" in s for s in summaries)
    footnotes = bot.locator("button.fn")
    assert footnotes.count() > 0
    footnotes.first.focus()
    page.keyboard.press("Enter")  # footnotes are buttons: keyboard opens the cited passage
    opened = bot.locator("details.src[open]")
    opened.first.wait_for()
    assert opened.first.locator(".passage").inner_text().strip()
    assert "Kế hoạch:" in opened.first.locator(".meta").inner_text()
    assert page.locator(f"{W} [aria-live='polite']").first.inner_text().startswith("Trợ lý đã trả lời")
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / "widget.png"))

    page.keyboard.press("Escape")
    page.locator(f"{W} .panel").wait_for(state="hidden")
    assert focused_in_widget(page, "launcher"), "focus must return to the button on close"

    page.reload()  # the conversation survives a reload within the tab's session
    page.locator(f"{W} .launcher").click()
    page.locator(f"{W} .msg.user").first.wait_for()
    assert page.locator(f"{W} .msg.user").first.inner_text() == NOI_VU
    assert page.locator(f"{W} .msg.bot details.src").count() == len(summaries)
    assert not page.errors


def test_widget_renders_model_and_document_text_as_text(page, base_url):
    answer = {
        "answer": f"Câu trả lời {PAYLOAD} có trích dẫn [1].", "refused": False, "id": "xss-1",
        "citations": [{"n": 1, "doc": "x.txt", "title": f"Kế hoạch {PAYLOAD}", "locality": f"Huế {PAYLOAD}",
                       "section": f"V. TỔ CHỨC {PAYLOAD}", "text": f"Đoạn văn {PAYLOAD} <script>window.__xss=2</script>",
                       "start": 0, "end": 10, "score": 0.9, "id": "x.txt#0"}],
        "passages": [], "timings_ms": {}, "language": "vi", "mode": "extractive", "warnings": [],
    }
    body = (f"event: delta\ndata: {json.dumps({'text': 'Đang trả lời ' + PAYLOAD})}\n\n"
            f"event: final\ndata: {json.dumps(answer)}\n\n")
    page.route("**/api/ask/stream", lambda route: route.fulfill(
        status=200, headers={"Content-Type": "text/event-stream"}, body=body))
    page.goto(f"{base_url}/widget-demo")
    page.locator(f"{W} .launcher").click()
    page.locator(f"{W} textarea").fill("thử")
    page.keyboard.press("Enter")
    bot = page.locator(f"{W} .msg.bot").last
    bot.locator("details.src").wait_for()
    bot.locator("button.fn").first.click()
    bot.locator("details.src[open]").wait_for()
    assert PAYLOAD in bot.locator(".answer").inner_text()
    assert PAYLOAD in bot.locator("details.src summary").inner_text()
    assert PAYLOAD in bot.locator(".passage").inner_text()
    assert "<script>" in bot.locator(".passage").inner_text()
    assert page.locator(f"{W} img").count() == 0 and page.locator(f"{W} .msg script").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("() => typeof window.__xss") == "undefined"


def test_widget_fits_a_phone(browser, base_url):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(f"{base_url}/widget-demo")
        page.locator(f"{W} .launcher").click()
        panel = page.locator(f"{W} .panel")
        panel.wait_for(state="visible")
        box = panel.bounding_box()
        assert box["x"] >= 0 and box["y"] >= 0
        assert box["x"] + box["width"] <= 375 + 0.5 and box["y"] + box["height"] <= 740 + 0.5
        assert box["width"] >= 370  # full-screen under 480px
        assert page.locator(f"{W} textarea").bounding_box()["y"] < 740
        page.screenshot(path=str(SHOTS / "widget-phone.png"))
    finally:
        context.close()


def test_portal_css_does_not_leak_into_the_widget(page, base_url):
    page.goto(f"{base_url}/widget-demo")
    page.locator(f"{W} .launcher").click()
    styles = page.evaluate(
        """() => { const root = document.querySelector('planqa-widget').shadowRoot;
             const cs = (sel) => getComputedStyle(root.querySelector(sel));
             return { send: cs('.send').backgroundColor, sendFont: cs('.send').fontSize,
                      font: cs('.root').fontFamily, panelBorder: cs('.panel').borderTopStyle,
                      msgs: cs('.messages').borderTopStyle, textarea: cs('textarea').backgroundColor,
                      portalButton: getComputedStyle(document.querySelector('aside button')).backgroundColor }; }""")
    assert styles["portalButton"] == "rgb(255, 0, 0)"  # the portal's rules are really there…
    assert styles["send"] != "rgb(255, 0, 0)"  # …but do not reach inside the shadow root
    assert styles["sendFont"] != "22px"
    assert "Times" not in styles["font"] and not styles["font"].startswith("serif")
    assert styles["panelBorder"] != "dashed" and styles["msgs"] != "dashed"
    assert styles["textarea"] != "rgb(255, 228, 225)"


# ---------------------------------------------------------------- Gradio


def test_gradio_chat_with_citations(page, base_url, built_settings):
    page.goto(f"{base_url}/")
    box = page.locator("#pq-question textarea")
    box.wait_for(timeout=60_000)
    assert "Hỏi đáp Kế hoạch xây dựng xã hội học tập" in page.locator("#pq-header").inner_text()
    box.fill(NOI_VU)
    box.press("Enter")
    summary = page.locator("#pq-chat details summary")
    summary.first.wait_for(timeout=ANSWER_TIMEOUT_MS)
    texts = summary.all_inner_texts()
    assert any("Huế" in t for t in texts) and any("Hà Nội" in t for t in texts) and any("Cần Thơ" in t for t in texts)
    summary.first.click()
    page.locator("#pq-chat details[open] .pq-passage").first.wait_for()
    assert page.locator("#pq-chat details[open] .pq-passage").first.inner_text().strip()
    page.wait_for_timeout(500)
    page.screenshot(path=str(SHOTS / "gradio.png"))

    page.locator("#pq-chat button[aria-label='Like']").last.click()  # 👍 is stored for review
    page.get_by_text("Cảm ơn anh/chị đã góp ý!").first.wait_for(timeout=30_000)
    with sqlite3.connect(built_settings.feedback_path) as db:
        rows = db.execute("SELECT question, rating, source FROM feedback WHERE source = 'ui'").fetchall()
    assert (NOI_VU, "up", "ui") in rows
    assert not page.errors


def test_gradio_plan_browser(page, base_url):
    page.goto(f"{base_url}/")
    page.locator("#pq-question textarea").wait_for(timeout=60_000)
    page.get_by_role("tab", name="Kế hoạch").click()
    outline = page.locator("#pq-outline label")
    outline.first.wait_for(timeout=30_000)  # the first plan is selected on load
    assert outline.count() > 3
    outline.nth(1).click()
    text = page.locator("#pq-section-text .pq-text")
    text.wait_for(timeout=30_000)
    assert text.inner_text().strip()


def test_gradio_targets_and_matrix_tabs(page, base_url):
    """Officials compare plans: pick an indicator, see it across plans, open a row's passage; the matrix opens
    a cell's cited tasks."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(f"{base_url}/")
    page.locator("#pq-question textarea").wait_for(timeout=60_000)
    page.get_by_role("tab", name="Chỉ tiêu").click()
    table = page.locator("#pq-t-table")
    table.get_by_text("%").first.wait_for(timeout=30_000)
    page.locator("#pq-t-concept input").click()
    options = page.get_by_role("option")
    options.nth(1).wait_for()
    assert "kế hoạch)" in options.nth(1).inner_text()  # the most widely set indicator comes first
    options.nth(1).click()
    page.locator("#pq-t-chart").locator("canvas, svg").first.wait_for(timeout=30_000)
    table.locator("td").nth(2).click()  # a value cell of the first row opens its passage
    passage = page.locator("#pq-t-passage .pq-text")
    passage.wait_for(timeout=30_000)
    assert "%" in passage.inner_text()
    page.wait_for_timeout(500)
    page.screenshot(path=str(SHOTS / "targets.png"), full_page=True)

    page.get_by_role("tab", name="Phân công").click()
    grid = page.locator("#pq-m-grid")
    grid.get_by_text("nhiệm vụ").first.wait_for(timeout=30_000)
    grid.get_by_text("nhiệm vụ").first.click()
    cell = page.locator("#pq-m-cell .pq-text")
    cell.wait_for(timeout=30_000)
    assert cell.locator("li").count() >= 1 and "vai trò" in cell.inner_text()
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / "matrix.png"), full_page=True)
    assert not page.errors
