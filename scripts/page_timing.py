#!/usr/bin/env python3
"""Time to first paint and bytes transferred, per page of the built site.

    .venv/bin/python scripts/page_timing.py                 # build, then measure
    .venv/bin/python scripts/page_timing.py --site /tmp/site   # an existing build
    make timing

Builds the site (``mkdocs build --strict`` into a temporary directory) unless
``--site`` is given, serves it on 127.0.0.1 (``http.server``, a free port) and
loads every page (every directory with an index.html, except 404 and search)
in headless Chromium (/usr/bin/chromium), each in a fresh browser context with
the HTTP cache disabled (CDP ``Network.setCacheDisabled``), so every page
pays for its CSS, JavaScript, fonts and search index as a first visit does.

Per page: first-contentful-paint (``performance.getEntriesByType('paint')``),
the load event, the number of requests and the bytes transferred: the sum of
the response body sizes of every request the page made until the network was
idle (Playwright's ``request.sizes()``, i.e. Chromium's network events),
headers counted separately. ``http.server`` sends files uncompressed, so the
``gzip KB`` column adds what the same files weigh gzip-compressed, as most
static hosts send them. Then the medians, per language and overall.

A local server on loopback measures the site, not a network: the times are
CPU time of parsing, style and layout (KaTeX's HTML is most of it); the bytes
are what a visitor downloads. Exits 0 after printing the table.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sitekit import CHROMIUM, LAUNCH_ARGS, build_errors, serve, strict_build

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
LANGS = ("ko", "en")
DEFAULT_LANG = "ko"

FCP_JS = """() => new Promise((resolve) => {
  const find = (entries) => entries.find((e) => e.name === "first-contentful-paint");
  const hit = find(performance.getEntriesByType("paint"));
  if (hit) return resolve(hit.startTime);
  new PerformanceObserver((list) => {
    const e = find(list.getEntries());
    if (e) resolve(e.startTime);
  }).observe({type: "paint", buffered: true});
  setTimeout(() => resolve(null), 5000);
})"""

NAV_JS = """() => {
  const n = performance.getEntriesByType("navigation")[0];
  return n ? {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd} : null;
}"""


@dataclass
class Row:
    path: str
    lang: str
    fcp_ms: float | None
    dcl_ms: float | None
    load_ms: float | None
    requests: int
    body_bytes: int
    header_bytes: int
    gzip_bytes: int
    failed: int


def build(dest: Path) -> None:
    print(f"building the site into {dest} ...", file=sys.stderr)
    proc = strict_build(dest, timeout=None)
    if proc.returncode != 0:
        sys.exit(f"mkdocs build --strict failed (exit {proc.returncode}):\n{build_errors(proc)}")


def discover(site: Path) -> list[tuple[str, str]]:
    """(URL path, language) of every page: directories with an index.html."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        rel = index.parent.relative_to(site).as_posix()
        rel = "" if rel == "." else rel + "/"
        first = rel.split("/", 1)[0]
        if first in ("search", "assets", "404"):
            continue
        lang = first if first in LANGS and first != DEFAULT_LANG else DEFAULT_LANG
        pages.append(("/" + rel, lang))
    return pages


@functools.cache
def gzipped_size(file: Path) -> int:
    """Size of ``file`` gzip-compressed (what a static host that compresses would send)."""
    return len(gzip.compress(file.read_bytes(), compresslevel=6))


def site_file(site: Path, url: str) -> Path | None:
    path = unquote(urlsplit(url).path).lstrip("/")
    f = site / path
    if f.is_dir():
        f = f / "index.html"
    return f if f.is_file() else None


def measure(browser: Any, site: Path, base: str, path: str, lang: str, viewport: dict) -> Row:
    ctx = browser.new_context(viewport=viewport)
    try:
        page = ctx.new_page()
        cdp = ctx.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        finished: list[Any] = []
        failed: list[Any] = []
        page.on("requestfinished", lambda req: finished.append(req))
        page.on("requestfailed", lambda req: failed.append(req))
        page.goto(base + path.lstrip("/"), wait_until="networkidle")
        fcp = page.evaluate(FCP_JS)
        nav = page.evaluate(NAV_JS) or {}
        body = headers = gz = 0
        for req in finished:
            sizes = req.sizes()
            body += max(sizes["responseBodySize"], 0)
            headers += max(sizes["responseHeadersSize"], 0)
            f = site_file(site, req.url) if req.url.startswith(base) else None
            gz += gzipped_size(f) if f else max(sizes["responseBodySize"], 0)
        return Row(
            path,
            lang,
            fcp,
            nav.get("dcl"),
            nav.get("load"),
            len(finished),
            body,
            headers,
            gz,
            len(failed),
        )
    finally:
        ctx.close()


def fmt_ms(v: float | None) -> str:
    return "-" if v is None else f"{v:.0f}"


def fmt_kb(v: float) -> str:
    return f"{v / 1024:.1f}"


def median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def print_table(rows: list[Row], viewport: str) -> None:
    width = max(len(r.path) for r in rows)
    head = (
        f"{'page':<{width}}  {'FCP ms':>7}  {'DCL ms':>7}  {'load ms':>7}  "
        f"{'reqs':>4}  {'body KB':>8}  {'hdr KB':>6}  {'gzip KB':>7}"
    )
    print(f"page timing ({viewport}, cache disabled, 127.0.0.1), {len(rows)} pages")
    print(head)
    print("-" * len(head))
    for r in rows:
        flag = f"  ({r.failed} failed)" if r.failed else ""
        print(
            f"{r.path:<{width}}  {fmt_ms(r.fcp_ms):>7}  {fmt_ms(r.dcl_ms):>7}  "
            f"{fmt_ms(r.load_ms):>7}  {r.requests:>4}  {fmt_kb(r.body_bytes):>8}  "
            f"{fmt_kb(r.header_bytes):>6}  {fmt_kb(r.gzip_bytes):>7}{flag}"
        )
    print("-" * len(head))
    groups = [(f"median {lang}", [r for r in rows if r.lang == lang]) for lang in LANGS]
    groups.append(("median all", rows))
    for label, group in groups:
        if not group:
            continue
        reqs = median([r.requests for r in group])
        print(
            f"{label:<{width}}  {fmt_ms(median([r.fcp_ms for r in group])):>7}  "
            f"{fmt_ms(median([r.dcl_ms for r in group])):>7}  "
            f"{fmt_ms(median([r.load_ms for r in group])):>7}  "
            f"{reqs if reqs is None else round(reqs):>4}  "
            f"{fmt_kb(median([r.body_bytes for r in group]) or 0):>8}  "
            f"{fmt_kb(median([r.header_bytes for r in group]) or 0):>6}  "
            f"{fmt_kb(median([r.gzip_bytes for r in group]) or 0):>7}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, help="an existing build (default: build one)")
    ap.add_argument("--viewport", choices=sorted(VIEWPORTS), default="desktop")
    ap.add_argument("--lang", choices=[*LANGS, "all"], default="all")
    args = ap.parse_args(argv)

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sys.exit("playwright is not installed: run `make setup` (or use .venv/bin/python)")
    if not CHROMIUM.is_file():
        sys.exit(f"{CHROMIUM} not found: `make test` installs Chromium (scripts/setup-system.sh)")

    with tempfile.TemporaryDirectory(prefix="dlnotes-timing-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            build(site)
        if not (site / "index.html").is_file():
            sys.exit(f"{site} holds no built site (no index.html)")
        pages = [(p, lang) for p, lang in discover(site) if args.lang in ("all", lang)]

        rows: list[Row] = []
        with serve(site) as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
            try:
                # One throw-away load warms up Chromium (first-run costs).
                measure(browser, site, base, pages[0][0], pages[0][1], VIEWPORTS[args.viewport])
                for path, lang in pages:
                    rows.append(measure(browser, site, base, path, lang, VIEWPORTS[args.viewport]))
            finally:
                browser.close()
        print_table(rows, args.viewport)
    return 0


if __name__ == "__main__":
    sys.exit(main())
