"""The dashboard in a real browser: Debian's Chromium, driven by playwright, fully offline.

Starts uvicorn in a thread on 127.0.0.1 and a free port over a database filled from the demo
corpus, clicks through every page, checks that the index chart was drawn by the local
plotly.js, and saves a screenshot of each page under test-output/screenshots/.
Skipped when /usr/bin/chromium is missing, unless $CI is set: then it fails.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail("/usr/bin/chromium is required in CI", pytrace=False)
    pytest.skip("/usr/bin/chromium is not installed", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from peninsula.demo import demo_path
    from peninsula.pipeline import Pipeline
    from peninsula.read import read_paths
    from peninsula.settings import Settings
    from peninsula.show.web.app import create_app
    from peninsula.store import Repository

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'demo.db'}"
    repo = Repository(url)
    repo.ingest(Pipeline().run(read_paths([demo_path()])))
    repo.close()
    port = _free_port()
    config = uvicorn.Config(
        create_app(Settings(db_url=url)), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        outside: list[str] = []
        # the dashboard must never reach beyond this machine
        context.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(server)
                else (outside.append(route.request.url), route.abort())
            ),
        )
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.outside, pg.errors = outside, errors  # type: ignore[attr-defined]
        yield pg
        browser.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_click_through_every_page(server: str, page) -> None:
    page.goto(server + "/")
    page.wait_for_selector("#index-chart .main-svg", timeout=15_000)
    assert page.locator("#index-chart .scatterlayer .trace").count() >= 2
    assert page.locator("table.trackers tbody tr").count() >= 1
    _shot(page, "overview")

    page.click("header nav >> text=Timeline")
    page.wait_for_selector("table.events")
    assert page.locator("table.events tbody tr").count() >= 10
    _shot(page, "timeline")

    page.select_option("select[name=kind]", "missile_launch")
    page.click("form.filters button")
    page.wait_for_load_state()
    assert "kind=missile_launch" in page.url
    kinds = page.locator("table.events tbody td .kind").all_inner_texts()
    assert kinds and set(kinds) == {"missile_launch"}
    _shot(page, "timeline-filtered")

    page.locator("table.events tbody td a").first.click()
    page.wait_for_selector("article.mention mark.said")
    assert "/events/" in page.url
    _shot(page, "event")

    page.locator("article.mention header a").first.click()
    page.wait_for_selector(".text")
    assert "/articles/" in page.url
    assert page.locator(".text .hl-event").count() >= 1
    assert page.locator(".text .hl-actor").count() >= 1
    _shot(page, "article")

    page.click("header nav >> text=Articles")
    page.wait_for_selector("ul.articles li")
    _shot(page, "articles")

    page.click("header nav >> text=Shifts")
    page.wait_for_selector("h1")
    if page.locator("#shift-chart").count():
        page.wait_for_selector("#shift-chart .main-svg", timeout=15_000)
    _shot(page, "shifts")

    page.goto(server + "/events/no-such-event")
    assert "no fused event" in page.inner_text("main")
    _shot(page, "not-found")

    assert page.errors == []  # no script errors (a CSP violation would show here)
    assert page.outside == []  # nothing was requested from the internet
    assert (SHOTS / "overview.png").stat().st_size > 10_000
