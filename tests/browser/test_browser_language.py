"""The language menu (Material's ``.md-select``) leads to the same page in the
other language: its ``hreflang`` links are checked on every page (from the
desktop sweep), and followed by clicking on a sample of pages."""

from __future__ import annotations

import pytest

from .browserkit import DEFAULT_LANG, LANGS, Session, SitePage, Visit

pytestmark = pytest.mark.browser

# Followed by clicking, from each language (relative page paths).
FOLLOW = ["", "week1/what-is-a-neural-network/", "week2/vectorization/", "glossary/"]


@pytest.mark.parametrize("lang", LANGS)
def test_language_menu_links_to_the_twin_page(
    lang: str, site_pages: list[SitePage], desktop_sweep: dict[str, Visit]
) -> None:
    paths = {p.path for p in site_pages}
    faults = []
    for p in (p for p in site_pages if p.lang == lang):
        links = desktop_sweep[p.path].data["langLinks"]
        if p.twin_path not in paths:
            faults.append(f"{p.path}: no twin page {p.twin_path} in the built site")
        for other in LANGS:
            want = p.path if other == lang else p.twin_path
            got = links.get(other)
            if got != want:
                faults.append(f"{p.path}: the {other} entry goes to {got}, not {want}")
    if faults:
        pytest.fail(
            "language menu entries that miss the twin page:\n" + "\n".join(faults), pytrace=False
        )


@pytest.mark.parametrize("rel", FOLLOW)
@pytest.mark.parametrize("lang", LANGS)
def test_following_the_language_menu_lands_on_the_twin(
    lang: str, rel: str, desktop: Session, site_pages: list[SitePage]
) -> None:
    page = next((p for p in site_pages if p.lang == lang and p.rel == rel), None)
    if page is None:
        pytest.fail(f"{lang} page {rel or '(home)'} is not in the built site")
    other = "en" if lang == DEFAULT_LANG else DEFAULT_LANG
    visit = desktop.goto(page.path)
    pg = desktop.page
    pg.hover(".md-header .md-select")
    link = pg.locator(f".md-header a.md-select__link[hreflang={other}]")
    with pg.expect_navigation(wait_until="load"):
        link.click()
    assert desktop.url_path() == page.twin_path, (
        f"{page.path}: the {other} menu entry landed on {desktop.url_path()}, not {page.twin_path}"
    )
    assert pg.evaluate("document.documentElement.lang") == other
    assert pg.locator("h1").count() == 1
    visit.assert_clean()
