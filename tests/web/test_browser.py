"""End to end in headless Chromium (Debian ``chromium`` + ``chromium-driver``, driven by selenium).

Starts the API on a free loopback port over the hand-made fixture store, then:
markers on the map, a date filter, an event with its evidence highlighted, a
review edit with the token that is still there after a reload, and a hostile
report that renders as text without running its script.
Set ``STRIKEWATCH_SCREENSHOTS=DIR`` to save screenshots of the views.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
TOKEN = "browser-token"
MOGADISHU, KIRKUK = "ev-4426258ce7ff", "ev-8c61e4d3b22a"


def _fixture_module():
    path = Path(__file__).parents[1] / "api" / "fixture_store.py"
    spec = importlib.util.spec_from_file_location("sw_fixture_store_web", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fixture_run():
    return _fixture_module().build_run()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db):
    import uvicorn

    from strikewatch.api.app import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db, token=TOKEN), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from strikewatch.curate import save_run
    from strikewatch.store import open_store

    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    with open_store(db) as store:
        save_run(store, _fixture_run())
    yield from _serve(db)


@pytest.fixture(scope="module")
def orphan_server(tmp_path_factory):
    """The fixture store after r4 was updated: the review of its Mogadishu event is orphaned."""
    from strikewatch.curate import save_run
    from strikewatch.store import open_store

    db = tmp_path_factory.mktemp("web-orphans") / "web.duckdb"
    with open_store(db) as store:
        save_run(store, _fixture_run())
        _fixture_module().orphan_a_review(store)
    yield from _serve(db)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and DRIVER):
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}", "--window-size=1366,900"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _wait(driver, predicate, timeout=15.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate(driver)
            if value:
                return value
        except Exception:  # noqa: BLE001 - the DOM is still changing; try again
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _shot(driver, name):
    folder = os.environ.get("STRIKEWATCH_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))


def _rows(driver):
    from selenium.webdriver.common.by import By

    return [r.get_attribute("data-event-id") for r in driver.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
            if r.get_attribute("data-event-id")]


def test_map_filter_detail_review_and_hostile_report(browser, server):
    from selenium.webdriver.common.by import By

    d = browser
    d.get(server + "/")
    markers = _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".sw-marker"), what="markers")
    assert len(markers) >= 3
    _wait(d, lambda d: len(_rows(d)) == 4, what="4 table rows")
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-overlay-pane canvas"), what="country outlines")
    time.sleep(0.5)
    _shot(d, "map")

    # the legend, the filter menus and the rows' colours come from GET /api/taxonomy (no list in the JS)
    legend = d.find_elements(By.CSS_SELECTOR, "#legend li")
    assert [li.text for li in legend] == ["Battles", "Explosions/Remote violence", "Violence against civilians",
                                          "Protests", "Riots", "Strategic developments"]
    assert legend[1].find_element(By.CSS_SELECTOR, ".swatch").get_attribute("class") == "swatch t-explosions"
    swatches = {s.get_attribute("class") for s in d.find_elements(By.CSS_SELECTOR, "#events-table tbody .swatch")}
    assert swatches and "swatch t-other" not in swatches
    subs = d.find_elements(By.CSS_SELECTOR, "select[name=sub_event_type] option")
    assert len(subs) == 26 and "Air/drone strike" in [o.get_attribute("value") for o in subs]

    # filter by date through the filter panel; the filter lands in the URL
    since = d.find_element(By.NAME, "since")
    d.execute_script("arguments[0].value = '2024-04-05'", since)
    d.find_element(By.CSS_SELECTOR, "#filter-form button[type=submit]").click()
    _wait(d, lambda d: len(_rows(d)) == 3, what="3 rows after the date filter")
    assert "since=2024-04-05" in d.current_url and KIRKUK not in _rows(d)

    # open the hostile report's event: evidence is highlighted, the markup is shown as text
    d.find_element(By.CSS_SELECTOR, f"button[data-event-id='{MOGADISHU}']").click()
    marks = _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#detail .report-text mark"), what="evidence marks")
    assert [m.text for m in marks] == ["Gunmen attacked", "Mogadishu", "killing five"]
    text = d.find_element(By.CSS_SELECTOR, "#detail .report-text").text
    assert "<script>window.__pwned=1</script>" in text and '<img src=x onerror="window.__pwned=2">' in text
    assert d.find_elements(By.CSS_SELECTOR, "#detail .report-text img, #detail .report-text script") == []
    assert d.execute_script("return window.__pwned === undefined")
    assert f"event={MOGADISHU}" in d.current_url

    # set the token in the UI, edit a field, reload: the change is still there
    d.find_element(By.ID, "token").send_keys(TOKEN)
    d.find_element(By.ID, "reviewer").send_keys("Browser Tester")
    d.find_element(By.CSS_SELECTOR, "#token-form button[type=submit]").click()
    form = _wait(d, lambda d: d.find_element(By.CSS_SELECTOR, "#detail .edit-form"), what="the review panel")
    d.execute_script("const s = arguments[0]; s.value = 'actor1'; s.dispatchEvent(new Event('change'))",
                     form.find_element(By.NAME, "field"))
    value = form.find_element(By.NAME, "value")
    value.clear()
    value.send_keys("Harakat al-Shabaab")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    _wait(d, lambda d: "Saved actor1." in d.find_element(By.ID, "status").text, what="the saved message")
    _shot(d, "review")
    d.refresh()
    _wait(d, lambda d: "Harakat al-Shabaab" in d.find_element(By.CSS_SELECTOR, "#detail .fields").text,
          what="the edited value after a reload")
    history = d.find_element(By.CSS_SELECTOR, "#detail .history").text
    assert "Browser Tester: edit actor1" in history
    assert d.execute_script("return window.__pwned === undefined")


def test_event_detail_shows_disputes_side_by_side(browser, server):
    from selenium.webdriver.common.by import By

    d = browser
    d.get(f"{server}/#event={KIRKUK}")
    claims = _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#detail .claim"), what="dispute claims")
    assert [c.find_element(By.CSS_SELECTOR, ".claim-value").text for c in claims] == ["2", "4"]
    _wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#detail .source mark")) == 6, what="marks in 2 sources")
    _shot(d, "detail")


def test_timeline_brush_sets_the_date_range(browser, server):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    d = browser
    d.get(server + "/#")
    d.refresh()
    svg = _wait(d, lambda d: d.find_element(By.CSS_SELECTOR, "#timeline svg"), what="the timeline")
    width = svg.size["width"]
    ActionChains(d).move_to_element_with_offset(svg, -width // 2 + 40, 0).click_and_hold() \
        .move_by_offset(width // 3, 0).release().perform()
    _wait(d, lambda d: "since=" in d.current_url and "until=" in d.current_url, what="a brushed date range")
    _wait(d, lambda d: 0 < len(_rows(d)) < 4, what="fewer rows after brushing")


@pytest.mark.issue(19)
def test_orphaned_reviews_are_listed_as_text(browser, orphan_server):
    from selenium.webdriver.common.by import By

    hostile = _fixture_module().HOSTILE_VALUE
    d = browser
    d.get(orphan_server + "/")
    _wait(d, lambda d: len(_rows(d)) == 3, what="3 table rows (the Mogadishu event is gone)")
    items = _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#orphans .orphan"), what="the orphan list")
    assert [i.get_attribute("data-anchor") for i in items] == ["r4#0"]
    assert d.find_element(By.ID, "orphans-count").text == "(1)"
    assert items[0].find_element(By.CSS_SELECTOR, ".orphan-event").text == "Armed clash, 2024-04-09, Mogadishu"
    assert f"event {MOGADISHU}" in items[0].text
    values = items[0].find_elements(By.CSS_SELECTOR, ".orphan-values dd")
    assert [v.text for v in values] == [hostile]  # the reviewed actor1, markup shown as text
    link = d.find_element(By.ID, "orphans-link")
    assert link.is_displayed() and link.text == "1 orphaned review"
    link.click()
    _wait(d, lambda d: d.execute_script("return document.activeElement.id") == "orphans-title", what="focus on the list")
    items[0].find_element(By.CSS_SELECTOR, ".orphan-history summary").click()
    history = _wait(d, lambda d: d.find_element(By.CSS_SELECTOR, "#orphans .orphan-history ol").text, what="history")
    assert "Ana <i>Analyst</i>: edit actor1 Al Shabaab → " + hostile in history
    assert "checked <script>window.__pwned=4</script>" in history and "strikewatch: orphaned" in history
    assert d.find_elements(By.CSS_SELECTOR, "#orphans img, #orphans script, #orphans b, #orphans i") == []
    assert d.execute_script("return window.__pwned === undefined")
    _shot(d, "orphans")


@pytest.mark.issue(19)
def test_no_orphan_list_without_orphans(browser, server):
    from selenium.webdriver.common.by import By

    d = browser
    d.get(server + "/#")
    d.refresh()
    _wait(d, lambda d: d.find_element(By.ID, "orphans-count").get_attribute("textContent") == "(0)",
          what="the orphan list loaded")
    assert not d.find_element(By.ID, "orphans-section").is_displayed()
    assert not d.find_element(By.ID, "orphans-link").is_displayed()
