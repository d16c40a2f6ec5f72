"""The strict build passes and produces every page, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sitetools import DEFAULT_LANG, LANGS, all_md_pages, built_page, parse_file


def test_strict_build_passes(site: Path) -> None:
    # The fixture fails with MkDocs' log if `mkdocs build --strict` fails.
    assert (site / "index.html").is_file()
    assert (site / "en" / "index.html").is_file()
    assert (site / "search" / "search_index.json").is_file()


@pytest.mark.parametrize("page", all_md_pages())
def test_every_page_is_built(site: Path, page: str) -> None:
    lang, rel = page.split("/", 1)
    out = built_page(site, lang, rel)
    assert out.is_file(), f"docs/{page} was not built to {out.relative_to(site)}"
    text = out.read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in text, f"{out.relative_to(site)}: wrong <html lang>"


def test_katex_assets_are_served(site: Path) -> None:
    css = site / "assets" / "katex" / "katex.min.css"
    assert css.is_file(), "hooks/katex.py did not copy KaTeX's CSS"
    assert list((site / "assets" / "katex" / "fonts").glob("*.woff2"))
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "assets/katex/katex.min.css" in home


@pytest.mark.parametrize("page", all_md_pages())
def test_language_switcher_points_to_the_same_page(site: Path, page: str) -> None:
    """Each entry of the language menu links to this page's twin (or itself)."""
    lang, rel = page.split("/", 1)
    out = built_page(site, lang, rel)
    if not out.is_file():
        pytest.skip("not built (see test_every_page_is_built)")
    text = out.read_text(encoding="utf-8")
    for other in LANGS:
        twin = built_page(site, other, rel)
        if not twin.is_file():
            continue
        m = re.search(
            rf'<a href="(?P<href>[^"]*)" hreflang="{other}" class="md-select__link"', text
        )
        assert m, f"{out.relative_to(site)}: no language menu entry for {other}"
        href = m["href"]
        assert not href.startswith("/"), f"{out.relative_to(site)}: absolute link {href!r}"
        target = (out.parent / href).resolve()
        if target.is_dir():
            target = target / "index.html"
        assert target == twin.resolve(), (
            f"{out.relative_to(site)}: the {other} entry goes to {target}, not {twin}"
        )


def test_no_raw_404_links(site: Path) -> None:
    """404.html is served at any depth, so its asset URLs must be absolute paths."""
    page = site / "404.html"
    assert page.is_file()
    for _tag, _attr, url in parse_file(page).refs:
        if url.startswith(("#", "data:", "mailto:")):
            continue
        assert url.startswith("/") or "://" in url, f"404.html: relative URL {url!r}"


def test_default_language_is_korean(site: Path) -> None:
    assert '<html lang="ko"' in (site / "index.html").read_text(encoding="utf-8")
    assert DEFAULT_LANG == "ko"
