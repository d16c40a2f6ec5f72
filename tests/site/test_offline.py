"""Nothing in the built site makes the browser contact another host.

Scanned: every URL-valued attribute of every HTML and SVG file (src, href,
srcset, poster, data, action, xlink:href, ...), url() and @import in CSS
(files, <style> elements and style="" attributes), and absolute URLs in
JavaScript. A URL is "another host" if it has a scheme other than data:/
mailto: or starts with "//".

Allowed, because nothing is fetched:
- xmlns / xmlns:* attributes (XML namespace names: KaTeX's MathML
  <math xmlns=".../Math/MathML">, inline <svg xmlns=".../2000/svg">,
  xlink). They are not in URL_ATTRS, so they are never collected.
- URLs in text, e.g. http://127.0.0.1:8000/ inside a code block on the home
  page, or in search/search_index.json (page text, not fetched). Text is not
  scanned; only attributes, CSS and scripts are.
- Nothing in source maps: they are not shipped (hooks/site_assets.py drops
  the theme's *.map files, whose embedded sources cite many hosts).
- In Material's JavaScript, the strings in ALLOWED_JS, each with its
  reason. Two are real fetches in conditions this site never meets, and
  test_conditional_fetches_stay_off guards those conditions.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sitetools import parse_file

EXTERNAL = re.compile(r"^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
NOT_A_HOST = ("data:", "mailto:", "tel:", "javascript:", "blob:", "about:")

CSS_REF = re.compile(
    r"""url\(\s*["']?(?P<url>[^"')\s]+)|@import\s+(?:url\()?\s*["']?(?P<imp>[^"')\s;]+)""", re.I
)
JS_URL = re.compile(r"""(?<!\\)(?P<url>(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s"'`)<>\\]*)""")

# URL prefixes in Material's bundle / search worker that are not fetched here.
ALLOWED_JS = {
    # license comments
    "https://clipboardjs.com/": "clipboard.js license header",
    "http://lunrjs.com": "lunr license header",
    "http://tartarus.org/~martin/PorterStemmer": "lunr stemmer credit comment",
    # text of a console.warn() for a malformed query
    "https://bit.ly/": "link printed in a console warning",
    # fetched only if the browser lacks ResizeObserver (all browsers since 2020 have it)
    "https://unpkg.com/resize-observer-polyfill": "polyfill for pre-2020 browsers only",
    # fetched only on pages with a mermaid diagram: we have none (guarded below)
    "https://unpkg.com/mermaid@": "mermaid, loaded only for .mermaid blocks",
    # repository facts, fetched only with repo_url set: we set none (guarded below)
    "https://api.github.com/": "repo_url facts",
}


def _is_external(url: str) -> bool:
    url = url.strip()
    return bool(EXTERNAL.match(url)) and not url.lower().startswith(NOT_A_HOST)


def _files(site: Path, *suffixes: str) -> list[Path]:
    return sorted(p for p in site.rglob("*") if p.suffix in suffixes and p.is_file())


def test_html_and_svg_reference_no_other_host(site: Path) -> None:
    problems = []
    for path in _files(site, ".html", ".svg"):
        parsed = parse_file(path)
        for tag, attr, url in parsed.refs:
            if _is_external(url):
                problems.append(f"{path.relative_to(site)}: <{tag} {attr}={url!r}>")
        for style in parsed.styles:
            for m in CSS_REF.finditer(style):
                url = m["url"] or m["imp"]
                if _is_external(url):
                    problems.append(f"{path.relative_to(site)}: style {url!r}")
    assert not problems, "references to other hosts:\n" + "\n".join(problems)


def test_css_references_no_other_host(site: Path) -> None:
    problems = []
    for path in _files(site, ".css"):
        for m in CSS_REF.finditer(path.read_text(encoding="utf-8")):
            url = m["url"] or m["imp"]
            if _is_external(url):
                problems.append(f"{path.relative_to(site)}: {url!r}")
    assert not problems, "\n".join(problems)


def _allowed_js(url: str) -> bool:
    return url.startswith(tuple(ALLOWED_JS))


def test_javascript_references_no_other_host(site: Path) -> None:
    problems = []
    for path in _files(site, ".js"):
        for m in JS_URL.finditer(path.read_text(encoding="utf-8")):
            if not _allowed_js(m["url"]):
                problems.append(f"{path.relative_to(site)}: {m['url']!r}")
    assert not problems, "\n".join(sorted(set(problems)))


def test_conditional_fetches_stay_off(site: Path) -> None:
    """The conditions under which Material's JS would fetch from unpkg/GitHub."""
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        assert 'class="mermaid"' not in text, f"{page}: mermaid diagrams load mermaid from unpkg"
        assert 'class="md-source"' not in text, (
            f"{page}: repo_url makes Material call the GitHub API"
        )


def test_no_source_maps_or_unused_lunr_languages(site: Path) -> None:
    assert not list(site.rglob("*.map")), "theme source maps are dropped by hooks/site_assets.py"
    assert not (site / "assets" / "javascripts" / "lunr").exists()


@pytest.mark.parametrize(
    "needle",
    [
        "fonts.googleapis",
        "fonts.gstatic",
        "cdn.jsdelivr",
        "unpkg.com",
        "cdnjs",
        "mathjax",
        "polyfill.io",
    ],
)
def test_no_known_cdn_anywhere(site: Path, needle: str) -> None:
    """Belt and braces: the usual suspects appear in no built file (allowed JS strings aside)."""
    hits = []
    for p in _files(site, ".html", ".css", ".js", ".json", ".xml", ".svg"):
        text = p.read_text(encoding="utf-8", errors="replace")
        if p.suffix == ".js":
            text = JS_URL.sub(lambda m: "" if _allowed_js(m["url"]) else m["url"], text)
        if needle in text.lower():
            hits.append(str(p.relative_to(site)))
    assert not hits, f"{needle} in {hits}"
