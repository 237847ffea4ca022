"""Screenshots of the web UI for docs/screenshots (run by hand, not a test).

    strikewatch demo --out /tmp/demo
    python tests/web/take_screenshots.py --db /tmp/demo/strikewatch.duckdb --out docs/screenshots

Serves a copy of the store on a free loopback port with a review token, and
saves map.png, detail.png (the best-sourced event), evidence.png (its highlighted report texts), review.png (the review
panel after an edit) and phone.png (a 390 px wide view) from headless Chromium.
"""
from __future__ import annotations

import argparse
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

TOKEN = "screenshot-token"


def _serve(db: Path) -> tuple[str, object]:
    import uvicorn

    from strikewatch.api.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db, token=TOKEN), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=srv.run, daemon=True).start()
    while not srv.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", srv


def _driver(profile: str, width: int, height: int):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
                 f"--window-size={width},{height}", "--hide-scrollbars"):
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)


def _settle(driver, css: str, timeout: float = 15) -> None:
    from selenium.webdriver.common.by import By

    deadline = time.monotonic() + timeout
    while not driver.find_elements(By.CSS_SELECTOR, css):
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {css}")
        time.sleep(0.1)
    time.sleep(0.8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    from selenium.webdriver.common.by import By

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.duckdb"
        shutil.copy(args.db, db)
        base, srv = _serve(db)
        d = _driver(str(Path(tmp) / "profile"), 1366, 900)
        try:
            d.get(base + "/")
            _settle(d, ".sw-marker")
            d.save_screenshot(str(out / "map.png"))
            best = d.execute_script(
                "return fetch('/api/events?sort=sources&order=desc&limit=1').then(r => r.json())"
                ".then(b => b.events[0].id)")
            d.get(f"{base}/#event={best}")
            _settle(d, "#detail .report-text mark")
            d.save_screenshot(str(out / "detail.png"))
            d.execute_script("document.querySelector('#detail .sources').scrollIntoView()")
            time.sleep(0.3)
            d.save_screenshot(str(out / "evidence.png"))
            d.find_element(By.ID, "token").send_keys(TOKEN)
            d.find_element(By.ID, "reviewer").send_keys("Analyst")
            d.find_element(By.CSS_SELECTOR, "#token-form button[type=submit]").click()
            _settle(d, "#detail .edit-form")
            d.find_element(By.CSS_SELECTOR, "#detail .action-confirm").click()
            _settle(d, "#detail .history li")
            d.execute_script("document.querySelector('#detail .review').scrollIntoView()")
            time.sleep(0.3)
            d.save_screenshot(str(out / "review.png"))
            d.set_window_size(390, 844)
            d.get(base + "/#")
            d.refresh()
            _settle(d, ".sw-marker")
            d.save_screenshot(str(out / "phone.png"))
        finally:
            d.quit()
            srv.should_exit = True
            time.sleep(0.5)


if __name__ == "__main__":
    main()
