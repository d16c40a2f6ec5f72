"""Layout: nothing scrolls sideways on a phone; navigation and the table of
contents work on a desktop."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from .browserkit import LANGS, OVERFLOW_JS, PHONE, Session, SitePage, lang_path

pytestmark = pytest.mark.browser

# A long lecture page with a table of contents, per language (relative path).
TOC_PAGE = "week2/vectorization/"
# Loaded afresh at 390 px to check the sweep's narrowed desktop load (wide
# tables, wide display formulas, a wide figure).
FRESH_PHONE = [
    "glossary/",
    "week2/broadcasting/",
    "week2/vectorization/",
    "week3/vectorized-implementation-explained/",
]


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_scrolls_sideways_on_a_phone(
    lang: str, site_pages: list[SitePage], phone_sweep: dict[str, dict[str, Any]]
) -> None:
    faults = []
    for p in (p for p in site_pages if p.lang == lang):
        d = phone_sweep[p.path]
        assert d["innerWidth"] == PHONE["width"], d
        if d["scrollWidth"] > d["innerWidth"] or d["offenders"]:
            faults.append(
                f"{p.path}: document {d['scrollWidth']} px wide in a {d['innerWidth']} px window"
            )
            faults.extend(f"    sticks out: {o}" for o in d["offenders"])
    if faults:
        pytest.fail("pages wider than a 390 px phone:\n" + "\n".join(faults), pytrace=False)


@pytest.mark.parametrize("lang", LANGS)
def test_wide_formulas_and_tables_scroll_in_their_own_box(
    lang: str, site_pages: list[SitePage], phone_sweep: dict[str, dict[str, Any]]
) -> None:
    """A display formula, table or code block wider than the column scrolls inside itself."""
    faults = []
    wide = 0
    for p in (p for p in site_pages if p.lang == lang):
        d = phone_sweep[p.path]
        for box in d["boxes"]:
            if not box["wide"]:
                continue
            wide += 1
            if box["overflowX"] not in ("auto", "scroll") or box["right"] > d["innerWidth"] + 1:
                faults.append(
                    f"{p.path}: {box['what']}: content {box['scrollWidth']} px in a "
                    f"{box['clientWidth']} px box with overflow-x: {box['overflowX']}, "
                    f"right edge at {box['right']} px"
                )
    if faults:
        pytest.fail(
            "wide boxes that do not scroll by themselves:\n" + "\n".join(faults), pytrace=False
        )
    assert wide, f"no {lang} formula, table or code block is wider than a phone: nothing checked"


@pytest.mark.parametrize("rel", FRESH_PHONE)
def test_a_fresh_load_at_phone_width_lays_out_the_same(
    rel: str, phone: Session, phone_sweep: dict[str, dict[str, Any]]
) -> None:
    """The sweep narrows pages loaded at 1280 px; a page loaded at 390 px must match."""
    path = lang_path("ko", rel)
    if path not in phone_sweep:
        pytest.fail(f"{path} is not in the built site")
    visit = phone.goto(path)
    fresh = phone.page.evaluate(OVERFLOW_JS)
    assert fresh == phone_sweep[path], (
        f"{path}: loaded at 390 px {fresh}, narrowed {phone_sweep[path]}"
    )
    visit.assert_clean()


def _nav_links(s: Session) -> list[tuple[str, str, str]]:
    """(absolute path, text, href) of the visible page links in the primary sidebar."""
    return s.page.evaluate(
        """() => [...document.querySelectorAll('.md-sidebar--primary a.md-nav__link[href]')]
            .filter((a) => a.checkVisibility() && a.getBoundingClientRect().height > 0
                    && !a.getAttribute('href').startsWith('#'))
            .map((a) => [new URL(a.href).pathname, a.textContent.trim(), a.getAttribute('href')])"""
    )


@pytest.mark.parametrize("lang", LANGS)
def test_navigation_links_lead_to_their_pages(lang: str, desktop: Session) -> None:
    """From the home page to a middle page of the navigation, on to the last, back to the first."""
    visit = desktop.goto(lang_path(lang, ""))
    links = [link for link in _nav_links(desktop) if link[0] != desktop.url_path()]
    assert len(links) >= 3, f"only {len(links)} visible navigation links at 1280 px: {links}"
    pg = desktop.page
    for target, text, _ in (links[len(links) // 2], links[-1], links[0]):
        here = desktop.url_path()
        # The same entry as seen from the current page (its href is relative to it).
        href = next((h for p, _t, h in _nav_links(desktop) if p == target), None)
        assert href, f"{here}: no visible navigation link to {target} ({text!r})"
        link = pg.locator(f'.md-sidebar--primary a.md-nav__link[href="{href}"]')
        with pg.expect_navigation(wait_until="load"):
            link.filter(visible=True).first.click()
        assert desktop.url_path() == target, (
            f"{here}: nav link {text!r} went to {desktop.url_path()}, not {target}"
        )
        h1 = pg.locator("article h1").first.inner_text().strip()
        assert text in h1 or h1 in text, f"{target}: nav says {text!r}, the page title {h1!r}"
        active = pg.locator(".md-sidebar--primary a.md-nav__link--active").first.inner_text()
        assert active.strip() == text, f"{target}: active nav entry {active!r}, not {text!r}"
    visit.assert_clean()


@pytest.mark.parametrize("lang", LANGS)
def test_table_of_contents_links_scroll_to_their_heading(lang: str, desktop: Session) -> None:
    path = lang_path(lang, TOC_PAGE)
    visit = desktop.goto(path)
    pg = desktop.page
    toc = pg.locator(".md-sidebar--secondary a.md-nav__link[href^='#']").filter(visible=True)
    n = toc.count()
    assert n >= 3, f"{path}: only {n} visible table-of-contents links at 1280 px"
    for i in (n // 2, n - 1, 0):
        link = toc.nth(i)
        anchor = link.get_attribute("href")[1:]
        link.click()
        pg.wait_for_url(lambda url, a=anchor: urlsplit(url).fragment == a)
        assert urlsplit(pg.url).path == path
        # Wait for the (possibly smooth) scroll to end with the heading in view.
        in_view = pg.wait_for_function(
            """(id) => {
                const h = document.getElementById(id);
                if (!h) return null;
                const r = h.getBoundingClientRect();
                return r.top >= 0 && r.bottom <= window.innerHeight ? r.top : null;
            }""",
            arg=anchor,
            timeout=5_000,
        )
        top = in_view.json_value()
        assert top is not None
        # Not hidden under Material's fixed header either.
        header = pg.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
        assert top >= header - 1, f"#{anchor} is at {top} px, under the header (ends {header} px)"
    visit.assert_clean()
    assert urljoin(desktop.base, path.lstrip("/")) in pg.url
