"""Shared code of the browser tests (fixtures are in conftest.py).

Pages of the built site (``SitePage``, ``discover_pages``), contexts that route
and record every request (``Recorder``, ``Session``), the JavaScript the sweeps
run in each page, and where screenshots go.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SCREENSHOT_DIR = ROOT / "test-artifacts" / "screenshots"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"

LANGS = ("ko", "en")
DEFAULT_LANG = "ko"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

SCREENSHOTS_KEY = pytest.StashKey[list[Path]]()

MISSING_HELP = (
    "`make test` installs it (scripts/setup-system.sh installs Debian's chromium and "
    "fonts-noto-cjk), or run scripts/setup-system.sh test yourself"
)


@dataclass(frozen=True)
class SitePage:
    """A built page. ``path`` is the URL path (``/``, ``/en/week1/x/``);
    ``rel`` the same page in any language (``""``, ``week1/x/``)."""

    path: str
    lang: str
    rel: str

    @property
    def twin_path(self) -> str:
        other = "en" if self.lang == DEFAULT_LANG else DEFAULT_LANG
        return lang_path(other, self.rel)

    @property
    def source(self) -> Path | None:
        """docs/<lang>/... file this page is built from (None if not found)."""
        stem = self.rel.rstrip("/")
        base = DOCS / self.lang
        candidates = (
            [base / "index.md"]
            if not stem
            else [base / f"{stem}.md", base / stem / "index.md", base / f"{stem}.ipynb"]
        )
        return next((c for c in candidates if c.is_file()), None)

    def __str__(self) -> str:
        return self.path


def lang_path(lang: str, rel: str) -> str:
    return "/" + rel if lang == DEFAULT_LANG else f"/{lang}/{rel}"


def discover_pages(site: Path) -> list[SitePage]:
    """Every directory of the built site holding an index.html (not 404, search, assets)."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        rel_dir = index.parent.relative_to(site).as_posix()
        rel_dir = "" if rel_dir == "." else rel_dir + "/"
        first = rel_dir.split("/", 1)[0]
        if first in ("search", "assets", "404"):
            continue
        if first in LANGS and first != DEFAULT_LANG:
            lang, rel = first, rel_dir[len(first) + 1 :]
        else:
            lang, rel = DEFAULT_LANG, rel_dir
        pages.append(SitePage("/" + rel_dir, lang, rel))
    return pages


# -- contexts that record everything ---------------------------------------------
@dataclass
class Visit:
    """What one page load did."""

    path: str
    external: list[str] = field(default_factory=list)  # aborted: not 127.0.0.1
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)  # HTTP >= 400, failed requests
    data: dict[str, Any] = field(default_factory=dict)  # INSPECT_JS at desktop width
    phone: dict[str, Any] = field(default_factory=dict)  # OVERFLOW_JS at phone width

    def problems(self) -> list[str]:
        return (
            [f"request to another host (aborted): {u}" for u in self.external]
            + [f"console error: {m}" for m in self.console_errors]
            + [f"page error: {m}" for m in self.page_errors]
            + [f"failed request: {m}" for m in self.bad_responses]
        )

    def assert_clean(self) -> None:
        """Fail with the list if the visit requested another host, logged an error, ..."""
        problems = self.problems()
        if problems:
            pytest.fail(f"{self.path}:\n  " + "\n  ".join(problems), pytrace=False)


class Recorder:
    """Routes every request of a context; keeps the log of the current visit."""

    def __init__(self, site_url: str) -> None:
        parts = urlsplit(site_url)
        self.netloc = parts.netloc
        self.visit = Visit("")
        self.all_external: list[str] = []

    def start(self, path: str) -> Visit:
        self.visit = Visit(path)
        return self.visit

    def route(self, route: Any) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc == self.netloc:
            route.continue_()
            return
        self.visit.external.append(url)
        self.all_external.append(url)
        route.abort()

    def route_ws(self, ws: Any) -> None:
        self.visit.external.append(ws.url)
        self.all_external.append(ws.url)
        ws.close()

    def attach(self, page: Any) -> None:
        def on_console(msg: Any) -> None:
            if msg.type == "error":
                loc = msg.location or {}
                where = f" [{loc.get('url', '')}:{loc.get('lineNumber', '')}]" if loc else ""
                self.visit.console_errors.append(msg.text + where)

        def on_response(resp: Any) -> None:
            if resp.status >= 400:
                self.visit.bad_responses.append(f"HTTP {resp.status} {resp.url}")

        def on_failed(req: Any) -> None:
            # net::ERR_ABORTED: cancelled by the next navigation (e.g. the favicon).
            if urlsplit(req.url).netloc == self.netloc and req.failure != "net::ERR_ABORTED":
                self.visit.bad_responses.append(f"{req.failure} {req.url}")

        page.on("console", on_console)
        page.on("pageerror", lambda exc: self.visit.page_errors.append(str(exc)))
        page.on("response", on_response)
        page.on("requestfailed", on_failed)


def new_recorded_context(browser: Any, site_url: str, **options: Any) -> tuple[Any, Recorder]:
    """A context whose every request goes through a Recorder (and a page in it)."""
    options.setdefault("viewport", DESKTOP)
    ctx = browser.new_context(**options)
    rec = Recorder(site_url)
    ctx.route("**/*", rec.route)
    ctx.route_web_socket(re.compile(".*"), rec.route_ws)
    return ctx, rec


def goto(page: Any, rec: Recorder, url: str) -> Visit:
    """Load ``url``, wait for the load event and for the fonts in use."""
    visit = rec.start(urlsplit(url).path)
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    return visit


@dataclass
class Session:
    """A recorded context with one page, for tests that drive a page themselves."""

    context: Any
    page: Any
    recorder: Recorder
    base: str

    def goto(self, path: str) -> Visit:
        return goto(self.page, self.recorder, urljoin(self.base, path.lstrip("/")))

    def url_path(self) -> str:
        return urlsplit(self.page.url).path


def open_session(browser: Any, site_url: str, **options: Any) -> Session:
    ctx, rec = new_recorded_context(browser, site_url, **options)
    page = ctx.new_page()
    rec.attach(page)
    return Session(ctx, page, rec, site_url)


# -- the sweeps: every page once at each width -------------------------------------
# What a page looks like to a reader (runs in the page after load).
INSPECT_JS = r"""() => {
  const SKIP = "pre, code, script, style, noscript, .katex, .md-search, template";
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest(SKIP)) continue;
    const t = n.nodeValue;
    if (t && t.trim()) texts.push(t);
  }
  const imgs = [...document.images].map((img) => ({
    src: img.getAttribute("src"),
    alt: img.getAttribute("alt"),
    complete: img.complete,
    width: img.naturalWidth,
  }));
  const langLinks = {};
  for (const a of document.querySelectorAll("a.md-select__link[hreflang]")) {
    langLinks[a.getAttribute("hreflang")] = new URL(a.getAttribute("href"), location.href).pathname;
  }
  return {
    text: texts.join("\n"),
    arithmatex: document.querySelectorAll(".arithmatex").length,
    katex: document.querySelectorAll(".katex").length,
    katexErrors: document.querySelectorAll(".katex-error").length,
    images: imgs,
    langLinks,
    htmlLang: document.documentElement.lang,
    title: document.title,
  };
}"""

# Horizontal overflow: the page, and every content element sticking out of the
# viewport without a scrolling (or clipping) box around it.
OVERFLOW_JS = r"""() => {
  const vw = window.innerWidth;
  // Inside a box that scrolls (or clips) and itself fits in the window?
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox !== "visible") {
        const r = p.getBoundingClientRect();
        if (r.right <= vw + 1 && r.left >= -1) return true;
      }
    }
    return false;
  };
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += "#" + el.id;
    if (el.classList.length) s += "." + [...el.classList].slice(0, 3).join(".");
    const t = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 60);
    return t ? `${s} "${t}"` : s;
  };
  const offenders = [];
  const seen = new Set();
  const content = document.querySelector(".md-content") || document.body;
  for (const el of content.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= vw + 1 || clipped(el)) continue;
    seen.add(el);
    if (!seen.has(el.parentElement)) {  // the outermost offender only
      offenders.push(`${describe(el)} (right edge ${Math.round(r.right)} px)`);
    }
  }
  // Wide formulas and tables: the ones wider than their box must scroll in it.
  const boxes = [];
  const sel = [".md-typeset .math-display", ".md-typeset__scrollwrap", ".md-typeset table",
               ".md-typeset pre > code"].join(", ");
  for (const el of document.querySelectorAll(sel)) {
    if (el.clientWidth === 0) continue;
    const ox = getComputedStyle(el).overflowX;
    const wide = el.scrollWidth > el.clientWidth + 1;
    const r = el.getBoundingClientRect();
    boxes.push({what: describe(el), wide, overflowX: ox, right: Math.round(r.right),
                scrollWidth: el.scrollWidth, clientWidth: el.clientWidth});
  }
  return {
    innerWidth: vw,
    scrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body.scrollWidth,
    offenders: offenders.slice(0, 10),
    boxes,
  };
}"""


def sweep(browser: Any, site_url: str, pages: list[SitePage]) -> dict[str, Visit]:
    """Load every page once at 1280x900, inspect it, then narrow it to 390 px.

    Returns {page path: Visit}: what the load requested and logged, ``data``
    (INSPECT_JS at desktop width) and ``phone`` (OVERFLOW_JS after the window
    was narrowed to 390x844). Narrowing a loaded page instead of loading it
    again at 390 px halves the sweep (a load here is CPU-bound: parsing and
    laying out KaTeX's HTML); Material's layout follows the width through CSS
    media queries and its own resize listeners, and on all 60 pages of the
    site the result was identical to a fresh load at 390 px.
    test_browser_layout.py also loads a sample of pages fresh at 390 px and
    compares, so a difference would show.
    """
    ctx, rec = new_recorded_context(browser, site_url, viewport=DESKTOP)
    page = ctx.new_page()
    rec.attach(page)
    visits: dict[str, Visit] = {}
    try:
        for sp in pages:
            page.set_viewport_size(DESKTOP)
            visit = goto(page, rec, urljoin(site_url, sp.path.lstrip("/")))
            visit.data = page.evaluate(INSPECT_JS)
            page.set_viewport_size(PHONE)
            visit.phone = page.evaluate(OVERFLOW_JS)
            visits[sp.path] = visit
    finally:
        ctx.close()
    return visits


# -- sources ------------------------------------------------------------------------
_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,}).*?^\1\2[ \t]*$", re.M | re.S)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_MATH = re.compile(r"\$\$|(?<![\\$])\$(?=\S)[^$\n]+?(?<![\\\s])\$")


def source_has_math(path: Path) -> bool:
    """True if a page source holds ``$...$`` or ``$$`` math outside code."""
    if path.suffix == ".ipynb":
        nb = json.loads(path.read_text(encoding="utf-8"))
        text = "\n\n".join(
            "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
            for c in nb.get("cells", [])
            if c.get("cell_type") == "markdown"
        )
    else:
        text = path.read_text(encoding="utf-8")
    text = _INLINE_CODE.sub("", _FENCE.sub("", text))
    return bool(_MATH.search(text))


def record_screenshot(config: pytest.Config, path: Path) -> None:
    """Note a screenshot written this session (printed at the end)."""
    config.stash.setdefault(SCREENSHOTS_KEY, []).append(path)
