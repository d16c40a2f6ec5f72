"""Every formula is typeset by KaTeX at build time; none is left as raw TeX."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitetools import all_md_pages, built_page, formulas, html_files, read_page, with_page_regions


def test_no_raw_arithmatex_left(site: Path) -> None:
    left = [
        str(p.relative_to(site))
        for p in html_files(site)
        if 'class="arithmatex"' in p.read_text(encoding="utf-8")
    ]
    assert not left, f"untypeset formulas (class=arithmatex) in {left}"


@pytest.mark.parametrize("page", all_md_pages())
def test_formulas_are_typeset(site: Path, page: str) -> None:
    lang, rel = page.split("/", 1)
    expected = formulas(with_page_regions(read_page(lang, rel)))
    out = built_page(site, lang, rel)
    if not out.is_file():
        pytest.skip("not built (see test_build)")
    text = out.read_text(encoding="utf-8")
    n_katex = text.count('<span class="katex">')
    # Every formula becomes exactly one KaTeX root (display ones inside
    # <span class="katex-display">). Docstrings pulled in by snippets are code.
    assert n_katex == len(expected), f"{len(expected)} formulas in docs/{page}, {n_katex} typeset"
    if expected:
        assert "assets/katex/katex.min.css" in text
        assert text.count('<div class="math-display">') == sum(f.startswith("$$") for f in expected)
        assert "<dl-math>" in text or all(f.startswith("$$") for f in expected)
