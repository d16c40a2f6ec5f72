"""Every internal link, asset URL and #anchor in the built site resolves.

MkDocs' own validation (mkdocs.yml `validation:`) already fails the strict
build on a broken Markdown link or anchor; this test checks the final HTML,
which also covers links made by the theme, the i18n plugin, the language
menu, notebooks, raw HTML in pages and url() references inside CSS.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from sitetools import html_files, parse_file

SKIP_SCHEMES = ("mailto:", "tel:", "data:", "javascript:", "blob:")


def _target(site: Path, page: Path, url: str) -> tuple[Path, str] | None:
    """(file, fragment) an internal URL points to; None for external URLs."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None  # another host: test_offline's business
    path = unquote(parts.path)
    if not path:
        return page, parts.fragment
    base = site if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve()
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def _check(site: Path, page: Path, url: str) -> str | None:
    if url.startswith(SKIP_SCHEMES):
        return None
    found = _target(site, page, url)
    if found is None:
        return None
    target, fragment = found
    site_root = site.resolve()
    if not target.is_relative_to(site_root):
        return f"{url!r} leaves the site"
    if not target.is_file():
        return f"{url!r} -> {target.relative_to(site_root)} does not exist"
    if fragment and target.suffix == ".html":
        ids = parse_file(target).ids
        if unquote(fragment) not in ids:
            return f"{url!r}: no id={fragment!r} in {target.relative_to(site_root)}"
    return None


def _html_ids(site: Path) -> list[str]:
    return [p.relative_to(site).as_posix() for p in html_files(site)]


def test_internal_links_and_anchors_resolve(site: Path) -> None:
    problems = []
    for page in html_files(site):
        for tag, attr, url in parse_file(page).refs:
            if tag == "a" and attr == "href" and url.startswith("#__"):
                # Material's own controls (#__search, #__drawer, #__codelineno-..)
                # are checked like any other anchor below.
                pass
            err = _check(site, page, url)
            if err:
                problems.append(f"{page.relative_to(site)}: <{tag} {attr}> {err}")
    assert not problems, "broken links:\n" + "\n".join(problems)


_CSS_URL = re.compile(r"""url\(\s*(?P<q>["']?)(?P<url>[^"')]+)(?P=q)\s*\)""")


@pytest.mark.parametrize("css", ["assets/katex/katex.min.css", "assets/stylesheets/extra.css"])
def test_css_url_references_exist(site: Path, css: str) -> None:
    path = site / css
    assert path.is_file()
    missing = []
    for m in _CSS_URL.finditer(path.read_text(encoding="utf-8")):
        url = m["url"]
        if url.startswith(SKIP_SCHEMES) or url.startswith("#"):
            continue
        target = (path.parent / urlsplit(url).path).resolve()
        if not target.is_file():
            missing.append(url)
    assert not missing, f"{css} refers to missing files: {missing}"


def test_katex_css_uses_only_woff2(site: Path) -> None:
    """One file per @font-face, woff2 (as KaTeX ships it, or our subsets)."""
    css = (site / "assets/katex/katex.min.css").read_text(encoding="utf-8")
    urls = [m["url"] for m in _CSS_URL.finditer(css)]
    assert urls and all(u.endswith(".woff2") for u in urls), urls
    assert css.count("@font-face") == len(urls)
