"""Every page of both languages, loaded in Chromium (desktop width).

One sweep (``desktop_sweep`` in conftest.py) loads each page once and records
what it requested and logged and what it shows; the tests below assert on
that record, one test per language and concern, and list every page at fault.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from .browserkit import LANGS, ROOT, SitePage, Visit, source_has_math

pytestmark = pytest.mark.browser

# Raw TeX a reader would see if a formula was not typeset.
RAW_TEX = [
    (re.compile(r"\\[()\[\]]"), r"\( \) \[ \] delimiter"),
    (re.compile(r"\$\$"), "$$ delimiter"),
    (re.compile(r"\$(?=\S)[^$\n]+?(?<=\S)\$"), "$...$ formula"),
]


def _pages(site_pages: list[SitePage], lang: str) -> list[SitePage]:
    pages = [p for p in site_pages if p.lang == lang]
    assert pages, f"no {lang} pages in the built site"
    return pages


def _report(title: str, faults: dict[str, list[str]]) -> str:
    lines = [f"{title} ({len(faults)} pages):"]
    for path, items in faults.items():
        lines.append(f"  {path}")
        lines.extend(f"      {item}" for item in items)
    return "\n".join(lines)


@pytest.mark.parametrize("lang", LANGS)
def test_pages_request_nothing_from_other_hosts(
    lang: str, site_pages: list[SitePage], desktop_sweep: dict[str, Visit]
) -> None:
    faults = {
        p.path: desktop_sweep[p.path].external
        for p in _pages(site_pages, lang)
        if desktop_sweep[p.path].external
    }
    if faults:
        pytest.fail(
            _report("requests to hosts other than 127.0.0.1 (aborted)", faults), pytrace=False
        )


@pytest.mark.parametrize("lang", LANGS)
def test_pages_load_without_errors(
    lang: str, site_pages: list[SitePage], desktop_sweep: dict[str, Visit]
) -> None:
    """No console error, no uncaught exception, no failed request."""
    faults = {}
    for p in _pages(site_pages, lang):
        v = desktop_sweep[p.path]
        problems = (
            [f"console error: {m}" for m in v.console_errors]
            + [f"page error: {m}" for m in v.page_errors]
            + [f"failed request: {m}" for m in v.bad_responses]
        )
        if problems:
            faults[p.path] = problems
    if faults:
        pytest.fail(_report("pages with errors", faults), pytrace=False)


def _raw_tex(text: str) -> list[str]:
    hits = []
    for pattern, what in RAW_TEX:
        for m in pattern.finditer(text):
            start, end = max(m.start() - 30, 0), min(m.end() + 30, len(text))
            snippet = text[start:end].replace("\n", " ")
            hits.append(f"{what}: ...{snippet}...")
    return hits


@pytest.mark.parametrize("lang", LANGS)
def test_every_formula_is_typeset(
    lang: str, site_pages: list[SitePage], desktop_sweep: dict[str, Visit]
) -> None:
    """No raw TeX in the text outside code, no arithmatex left, KaTeX where there is math."""
    faults: dict[str, list[str]] = {}
    with_math = 0
    for p in _pages(site_pages, lang):
        d: dict[str, Any] = desktop_sweep[p.path].data
        problems = _raw_tex(d["text"])
        if d["arithmatex"]:
            problems.append(f"{d['arithmatex']} .arithmatex elements (formulas KaTeX never saw)")
        if d["katexErrors"]:
            problems.append(f"{d['katexErrors']} .katex-error elements")
        src = p.source
        if src is None:
            problems.append("no source file found under docs/ for this page")
        elif source_has_math(src):
            with_math += 1
            if not d["katex"]:
                problems.append(f"{src.relative_to(ROOT)} has math, the page no .katex")
        if problems:
            faults[p.path] = problems
    if faults:
        pytest.fail(_report("formulas not typeset", faults), pytrace=False)
    assert with_math, f"no {lang} page with math found: the check above checked nothing"


@pytest.mark.parametrize("lang", LANGS)
def test_every_image_loads(
    lang: str, site_pages: list[SitePage], desktop_sweep: dict[str, Visit]
) -> None:
    """img.complete and naturalWidth > 0 for every <img> (the SVG figures included)."""
    faults = {}
    images = 0
    for p in _pages(site_pages, lang):
        imgs = desktop_sweep[p.path].data["images"]
        images += len(imgs)
        broken = [
            f"{i['src']} (complete={i['complete']}, naturalWidth={i['width']})"
            for i in imgs
            if not (i["complete"] and i["width"] > 0)
        ]
        if broken:
            faults[p.path] = broken
    if faults:
        pytest.fail(_report("images that did not load", faults), pytrace=False)
    assert images, f"no <img> on any {lang} page: the check above checked nothing"


@pytest.mark.parametrize("lang", LANGS)
def test_html_lang_matches_the_language(
    lang: str, site_pages: list[SitePage], desktop_sweep: dict[str, Visit]
) -> None:
    wrong = {
        p.path: [f'<html lang="{desktop_sweep[p.path].data["htmlLang"]}">']
        for p in _pages(site_pages, lang)
        if desktop_sweep[p.path].data["htmlLang"] != lang
    }
    assert not wrong, _report(f"pages whose <html lang> is not {lang}", wrong)
