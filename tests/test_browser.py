"""The workspace in a real browser: headless Chromium (Debian's, never a downloaded one) driven
by Playwright against uvicorn on a free loopback port. Skips when chromium is not installed."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from websample import build_sample

pytestmark = pytest.mark.slow

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch_chromium(playwright: Any) -> Any:
    """Debian's chromium through Playwright; skips the test when there is none."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("playwright.sync_api")
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    import uvicorn

    from storyline.server import create_app

    db = build_sample(tmp_path_factory.mktemp("browser"))
    port = free_port()
    config = uvicorn.Config(
        create_app(db, allowed_hosts=["127.0.0.1"]), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30  # start-up wait only, not a timed assertion
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()
    assert dialogs == [], f"capture script ran: {dialogs}"


def test_timeline_entry_leads_to_its_source_sentence(page: Any, server: str) -> None:
    page.goto(server + "/")
    entry = page.locator("ol.timeline li.entry").filter(has_text="The council votes money for repairs")
    entry.locator("a.source").first.click()
    page.wait_for_url("**/doc/**#hl")
    mark = page.locator("mark#hl")
    assert mark.is_visible()
    assert "council voted on Monday" in "".join(page.locator("mark.hl").all_inner_texts())
    assert page.locator("p.note q").inner_text().startswith("The Marlow Falls council voted on Monday")


def test_as_of_date_hides_later_reports(page: Any, server: str) -> None:
    page.goto(server + "/")
    assert page.locator("li.entry").count() == 3
    page.fill("#as-of", "2025-03-05")
    page.locator("form.asof button").click()
    page.wait_for_url("**as_of=2025-03-05")
    assert page.locator("li.entry").count() == 1


def test_search_from_the_header_box(page: Any, server: str) -> None:
    page.goto(server + "/")
    page.fill("header input[name=q]", "welding plates")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=welding+plates")
    first = page.locator("ol.hits li.hit").first
    assert "Engineers finished welding" in first.inner_text()
    assert first.locator("blockquote b").first.inner_text().lower() == "welding"
    first.locator("a.source").click()
    page.wait_for_url("**#hl")
    assert "Engineers finished welding" in page.locator("mark#hl").inner_text()


def test_hostile_capture_text_stays_text(page: Any, server: str) -> None:
    page.goto(server + "/search?q=onerror+alert+pwned")
    assert page.locator("ol.hits img").count() == 0
    assert "<script>alert('pwned')</script>" in page.locator("ol.hits").inner_text()
    page.locator("ol.hits a.source").first.click()
    page.wait_for_url("**#hl")
    assert page.locator("article.capture img, article.capture script").count() == 0
    assert '<img src=x onerror="alert(2)">' in page.locator("article.capture").inner_text()


def test_ask_page_groups_evidence(page: Any, server: str) -> None:
    page.goto(server + "/ask")
    page.fill("main input[name=q]", "What did Okafor say about reopening the bridge?")
    page.press("main input[name=q]", "Enter")
    page.wait_for_url("**/ask?q=*")
    assert page.locator("section.group h2").first.inner_text() == "Quotes"
    assert "We will not reopen a bridge" in page.locator("section.group").first.inner_text()


def test_screenshots_for_the_docs(page: Any, server: str, tmp_path: Path) -> None:
    """Takes the docs' screenshots when STORYLINE_SCREENSHOTS names a folder (else into tmp)."""
    import os

    folder = Path(os.environ.get("STORYLINE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1100, "height": 760})
    page.goto(server + "/")
    page.screenshot(path=str(folder / "timeline.png"), full_page=True)
    page.locator("ol.timeline a.source").first.click()
    page.wait_for_url("**#hl")
    page.screenshot(path=str(folder / "document.png"))
    page.goto(server + "/search?q=bridge")
    page.screenshot(path=str(folder / "search.png"))
    page.goto(server + "/ask?q=When+will+the+bridge+reopen%3F")
    page.screenshot(path=str(folder / "ask.png"))
    page.locator("a.ent, a.source").first.is_visible()
    entity = page.request.get(server + "/api/entities").json()
    okafor = next(e for e in entity if e["name"] == "Tomas Okafor")
    page.goto(server + f"/entity/{okafor['id']}")
    page.screenshot(path=str(folder / "entity.png"))
    assert all(
        (folder / name).stat().st_size > 1000
        for name in ("timeline.png", "document.png", "search.png", "ask.png", "entity.png")
    )
