"""Screenshots of key pages for a person to look at, in test-artifacts/screenshots/.

Home, a lecture with math, a lecture with a figure, a notebook; desktop (1280x900) and
phone (390x844); light and dark palette. The palette follows the system
setting (Material's palette entries carry prefers-color-scheme media
queries), so each context emulates ``color_scheme`` and the test checks that
Material picked the matching scheme. Also checked on each page: Hangul is
drawn with a font of the site's own font stack (not a last-resort fallback)
and, on the math page, KaTeX's fonts are loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .browserkit import DESKTOP, PHONE, Session, lang_path, open_session, record_screenshot

pytestmark = pytest.mark.browser

LANG = "ko"
PAGES = {
    "home": "",
    "lecture-math": "week2/logistic-regression-gradient-descent/",
    "lecture-figure": "week3/neural-network-representation/",
    "notebook": "notebooks/planar-flower/",
}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}
SCHEMES = {"light": "default", "dark": "slate"}  # emulated color scheme -> Material scheme


@pytest.fixture(scope="module")
def sessions(chromium: Any, site_url: str) -> Iterator[dict[tuple[str, str], Session]]:
    out = {
        (vp, scheme): open_session(
            chromium, site_url, viewport=size, color_scheme=scheme, device_scale_factor=1
        )
        for vp, size in VIEWPORTS.items()
        for scheme in SCHEMES
    }
    yield out
    for s in out.values():
        s.context.close()


def platform_fonts(s: Session, selector: str) -> list[str]:
    """Font families Chromium actually used to draw the text of ``selector``."""
    cdp = s.context.new_cdp_session(s.page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        assert node, f"no {selector} on the page"
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    finally:
        cdp.detach()
    return [f["familyName"] for f in fonts]


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", PAGES)
def test_screenshot(
    name: str,
    viewport: str,
    scheme: str,
    sessions: dict[tuple[str, str], Session],
    screenshot_dir: Path,
    request: pytest.FixtureRequest,
) -> None:
    s = sessions[(viewport, scheme)]
    path = lang_path(LANG, PAGES[name])
    visit = s.goto(path)
    pg = s.page

    got = pg.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert got == SCHEMES[scheme], f"{path} ({scheme}): Material chose the {got!r} palette"

    # Hangul in the title comes from a font the stylesheet asks for.
    stack = pg.evaluate("getComputedStyle(document.body).getPropertyValue('--md-text-font-family')")
    wanted = [f.strip().strip("\"'") for f in stack.split(",")]
    used = platform_fonts(s, "article h1")
    assert any(f in wanted for f in used), (
        f"{path}: the title is drawn with {used}, none of the site's fonts {wanted}; "
        "is a Hangul font (fonts-noto-cjk) installed?"
    )
    if name == "lecture-math":
        katex_fonts = pg.evaluate(
            "[...document.fonts].filter((f) => f.family.startsWith('KaTeX') "
            "&& f.status === 'loaded').length"
        )
        assert katex_fonts, f"{path}: no KaTeX font loaded"

    out = screenshot_dir / f"{name}-{LANG}-{viewport}-{scheme}.png"
    pg.screenshot(path=str(out), full_page=True)
    record_screenshot(request.config, out)
    assert out.stat().st_size > 10_000, f"{out} is suspiciously small"
    visit.assert_clean()
