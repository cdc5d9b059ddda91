"""A real browser for tests: Debian's Chromium, headless, driven through its chromedriver by Selenium.

    from _browser import browser_or_skip, live_server, screenshot_dir

    with live_server(app) as url, browser_or_skip() as b:
        b.get(url)

No network: the browser resolves no host but 127.0.0.1/localhost (--host-resolver-rules), so a page that
needed a CDN would fail visibly, and Selenium is given the system chromedriver so it never tries to fetch
one. `make install` installs chromium, chromium-driver and fonts-noto-cjk (the labels are Chinese); without
them the tests skip and say what to install.

Screenshots go to a temporary folder, or to out/screenshots (or the folder it names) when
FAZHI_SCREENSHOTS is set: `FAZHI_SCREENSHOTS=1 make test`.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver",)
ROOT = Path(__file__).resolve().parent.parent


def find_browser() -> tuple[str | None, str | None, str | None]:
    """(browser, driver, None) or (None, None, why not)."""
    browser = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    driver = next((shutil.which(d) for d in DRIVERS if shutil.which(d)), None)
    if not browser or not driver:
        missing = " and ".join(n for n, have in (("chromium", browser), ("chromium-driver", driver)) if not have)
        return None, None, f"no {missing} here (sudo apt-get install chromium chromium-driver fonts-noto-cjk)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return None, None, "selenium is not installed (pip install -e '.[test]')"
    return browser, driver, None


def cjk_font() -> bool:
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(out.strip())


def screenshot_dir() -> Path:
    """Where screenshots go: $FAZHI_SCREENSHOTS (1 for out/screenshots), else a temporary folder."""
    env = os.environ.get("FAZHI_SCREENSHOTS")
    if env:
        d = ROOT / "out" / "screenshots" if env in ("1", "yes", "true") else Path(env)
    else:
        d = Path(tempfile.gettempdir()) / "fazhi-screenshots"
    d.mkdir(parents=True, exist_ok=True)
    return d


def start_browser(width: int = 1400, height: int = 1000):
    """A headless Chromium with no network but localhost; the caller quits it. Skips when there is none."""
    browser, driver, why = find_browser()
    if why:
        pytest.skip(why)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = browser
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN",
                f"--window-size={width},{height}", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
                # no network: every name but the local ones fails to resolve
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=driver)  # the system driver: Selenium must not look for one online
    try:
        return webdriver.Chrome(options=opts, service=service)
    except Exception as e:  # a browser that cannot start here (no display libraries, a broken install)
        pytest.skip(f"chromium did not start: {str(e).splitlines()[0]}")


@contextlib.contextmanager
def browser_or_skip(width: int = 1400, height: int = 1000):
    b = start_browser(width, height)
    try:
        yield b
    finally:
        b.quit()


def console_errors(b) -> list[str]:
    """The page's console errors since the last call (SEVERE entries)."""
    return [e["message"] for e in b.get_log("browser") if e.get("level") == "SEVERE"]


@contextlib.contextmanager
def live_server(app, host: str = "127.0.0.1"):
    """The WSGI app served on a free port in a thread; yields its base URL (no trailing slash)."""
    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request in the test output
    server = make_server(host, 0, app, threaded=True)
    t = threading.Thread(target=server.serve_forever, name="fazhi-test-server", daemon=True)
    t.start()
    try:
        yield f"http://{host}:{server.port}"
    finally:
        server.shutdown()
        server.server_close()
        t.join(timeout=30)


def wait(b, condition, message: str, timeout_s: float = 90):
    """Wait for `condition` on the browser; `timeout_s` is a generous ceiling, nothing asserts how long it took."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(b, timeout_s, poll_frequency=0.1).until(condition, message)


def js(b, script: str, *args):
    return b.execute_script(script, *args)
