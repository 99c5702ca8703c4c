"""The pages in a real browser: Debian's Chromium driven by Playwright against a live server.

Screenshots go to ``.ci/screenshots/`` (kept by CI as artefacts, never committed). Skipped when
Chromium is absent, except under ``CI=true``, where a missing browser is a failure.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("SITAT_TEST_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / ".ci" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESK = {"width": 1280, "height": 900}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_url(web_store):
    """The read-only app over ``web_store``, served by uvicorn on a free loopback port."""
    import uvicorn

    from sitat.api import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_store), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium is missing at {CHROMIUM}; scripts/test.sh installs it")
        pytest.skip(f"Chromium is not installed at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-gpu",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture(params=[PHONE, DESK], ids=["phone", "desk"])
def page(browser, request):
    context = browser.new_context(viewport=request.param, locale="nb-NO")
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    # no request may leave the machine: every asset ships in the package
    tab.outside = []
    tab.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:")) else
           tab.outside.append(r.url))
    yield tab
    context.close()


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)


def _fits_width(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_search_then_open_a_speaker_and_see_the_chart(page, live_url):
    page.goto(live_url + "/")
    page.fill("#q", "budsjett")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=budsjett*")
    results = page.locator("li.quotation")
    assert results.count() == 2
    assert page.locator("li.quotation mark.hl-match").first.inner_text().lower().startswith("budsjett")
    assert _fits_width(page)
    _shot(page, "search")

    page.locator("li.quotation a.speaker", has_text="Kari Nordmann").click()
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1").inner_text() == "Kari Nordmann"
    bars = page.locator("svg.chart.timeline rect.bar")
    assert bars.count() >= 2
    drawn = [bars.nth(i).bounding_box() for i in range(bars.count())]
    assert max(box["height"] for box in drawn if box) > 20
    assert _fits_width(page)
    _shot(page, "speaker")
    assert page.outside == [] and page.dialogs == []


def test_filters_go_into_the_url(page, live_url):
    page.goto(live_url + "/")
    page.locator("details.filters summary").click()
    page.select_option("select[name=type]", "mixed")
    page.fill("#q", "sår")
    page.press("#q", "Enter")
    page.wait_for_url("**type=mixed*")
    assert page.locator("li.quotation").count() == 1
    assert "kalte" in page.locator("li.quotation").inner_text()
    shared = page.url
    page.goto(shared)  # a shared link gives the same result
    assert page.locator("li.quotation").count() == 1
    assert page.input_value("select[name=type]") == "mixed"


def test_script_in_a_quotation_is_shown_as_text(page, live_url):
    page.goto(live_url + "/articles/ap-strom-2")
    page.wait_for_load_state("load")
    assert page.dialogs == []
    marked = page.locator("mark.hl-quote", has_text="alert")
    assert "<script>alert('æøå')</script>" in marked.first.inner_text()
    assert page.locator("aside.who h3").count() == 3
    assert _fits_width(page)
    _shot(page, "article")


def test_quotation_page_and_overview_chart(page, live_url):
    page.goto(live_url + "/")
    page.locator("li.quotation a.qlink", has_text="plaster").click()
    page.wait_for_url("**/quotations/*")
    for kind in ("quote", "cue", "speaker"):
        assert page.locator(f".context mark.hl-{kind}").count() == 1
    colours = {page.locator(f".context mark.hl-{k}").evaluate("e => getComputedStyle(e).backgroundColor")
               for k in ("quote", "cue", "speaker")}
    assert len(colours) == 3
    _shot(page, "quotation")

    page.goto(live_url + "/overview")
    share = page.locator("svg.chart.share rect.bar")
    assert share.count() >= 3
    assert page.locator("svg.chart.share").bounding_box()["width"] > 300
    assert _fits_width(page)
    _shot(page, "overview")
    assert page.outside == []
