"""Browser tests: Playwright driving Debian's Chromium against the built site.

The site (``built_site``, tests/conftest.py) is served on 127.0.0.1 by a
``http.server.ThreadingHTTPServer`` running in a thread, and one headless
Chromium is shared by the whole session. Every context this file makes routes
*every* request: requests to our server go through, anything else is aborted
and recorded (``Visit.external``), so a test can assert that a page asked for
nothing outside 127.0.0.1.

One sweep loads every page of both languages once at 1280x900, keeps what
it requested, logged and shows (``desktop_sweep``), then narrows the window
to 390x844 and measures horizontal overflow (``phone_sweep``). The tests in
test_browser_pages.py, test_browser_language.py and test_browser_layout.py
assert on those records, so each page is loaded once, not once per check.
Shared code (pages, recording contexts, the JavaScript run in each page) is
in browserkit.py; run the browser tests alone with
``.venv/bin/python -m pytest tests/browser`` (or ``make test-browser``),
or ``-m browser`` / ``-m "not browser"`` on the whole suite.

Chromium: ``/usr/bin/chromium`` (``DLNOTES_CHROMIUM`` overrides). Missing, it
skips the browser tests locally and FAILS them when ``CI`` is set: ``make test``
installs it (scripts/setup-system.sh).

Screenshots go to ``test-artifacts/screenshots/`` at the repository root
(git-ignored); the folder is printed at the end of the session.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sitekit import CHROMIUM, LAUNCH_ARGS, serve

from .browserkit import (
    DESKTOP,
    MISSING_HELP,
    PHONE,
    SCREENSHOT_DIR,
    SCREENSHOTS_KEY,
    Session,
    SitePage,
    Visit,
    discover_pages,
    open_session,
    sweep,
)


# -- Chromium --------------------------------------------------------------------
def _unavailable(reason: str) -> None:
    """Fail in CI (the browser tests must run there), skip elsewhere."""
    msg = f"browser tests cannot run: {reason}; {MISSING_HELP}"
    if os.environ.get("CI"):
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


@pytest.fixture(scope="session")
def chromium_executable() -> Path:
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        _unavailable(f"Chromium is missing ({CHROMIUM} not found)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("the Python package playwright is not installed in this environment")
    return CHROMIUM


@pytest.fixture(scope="session")
def chromium(chromium_executable: Path) -> Iterator[Any]:
    """One headless Chromium for the whole session."""
    from playwright.sync_api import Error, sync_playwright

    pw = sync_playwright().start()
    try:
        browser = pw.chromium.launch(
            executable_path=str(chromium_executable), args=LAUNCH_ARGS, headless=True
        )
    except Error as exc:
        pw.stop()
        _unavailable(f"Chromium at {chromium_executable} does not start ({exc})")
    yield browser
    browser.close()
    pw.stop()


# -- the site, served ------------------------------------------------------------
@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """``http://127.0.0.1:<free port>/`` serving the built site."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def site_pages(built_site: Path) -> list[SitePage]:
    pages = discover_pages(built_site)
    assert any(p.lang == "ko" for p in pages) and any(p.lang == "en" for p in pages), (
        f"no pages found in {built_site}"
    )
    return pages


@pytest.fixture(scope="module")
def desktop(chromium: Any, site_url: str) -> Iterator[Session]:
    s = open_session(chromium, site_url, viewport=DESKTOP)
    yield s
    s.context.close()


@pytest.fixture(scope="module")
def phone(chromium: Any, site_url: str) -> Iterator[Session]:
    s = open_session(chromium, site_url, viewport=PHONE)
    yield s
    s.context.close()


@pytest.fixture(scope="module")
def dark(chromium: Any, site_url: str) -> Iterator[Session]:
    """Desktop, with the system asking for a dark scheme (Material picks slate)."""
    s = open_session(chromium, site_url, viewport=DESKTOP, color_scheme="dark")
    yield s
    s.context.close()


@pytest.fixture(scope="session")
def desktop_sweep(chromium: Any, site_url: str, site_pages: list[SitePage]) -> dict[str, Visit]:
    """Every page, loaded once at 1280x900 (then narrowed to 390 px): {path: Visit}."""
    return sweep(chromium, site_url, site_pages)


@pytest.fixture(scope="session")
def phone_sweep(desktop_sweep: dict[str, Visit]) -> dict[str, dict[str, Any]]:
    """Every page at 390 px wide: OVERFLOW_JS results, {path: data}."""
    return {path: visit.phone for path, visit in desktop_sweep.items()}


# -- screenshots ----------------------------------------------------------------------
@pytest.fixture(scope="session")
def screenshot_dir(pytestconfig: pytest.Config) -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    pytestconfig.stash.setdefault(SCREENSHOTS_KEY, [])
    return SCREENSHOT_DIR


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    shots = config.stash.get(SCREENSHOTS_KEY, [])
    if shots:
        terminalreporter.write_sep("-", "browser screenshots")
        terminalreporter.write_line(f"{len(shots)} screenshots written to {SCREENSHOT_DIR}")
