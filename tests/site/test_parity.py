"""Korean and English sources match in everything but the prose.

Per page: same file in both languages; same heading ids in the same order;
identical TeX formulas in the same order; identical snippet includes in the
same order; identical ``pycon`` blocks; same figures in the same order. Plus
the same set of notebooks (their contents are checked elsewhere).
"""

from __future__ import annotations

import unicodedata

import pytest
from sitetools import (
    DOCS,
    LANGS,
    figure_refs,
    formulas,
    headings,
    md_pages,
    pycon_blocks,
    read_page,
    snippet_includes,
    twin_pages,
)

KO, EN = LANGS


def test_every_page_has_a_twin() -> None:
    ko, en = set(md_pages(KO)), set(md_pages(EN))
    assert not ko - en, f"only in docs/ko/: {sorted(ko - en)}"
    assert not en - ko, f"only in docs/en/: {sorted(en - ko)}"


def test_same_notebooks() -> None:
    ko = {p.relative_to(DOCS / KO).as_posix() for p in (DOCS / KO).rglob("*.ipynb")}
    en = {p.relative_to(DOCS / EN).as_posix() for p in (DOCS / EN).rglob("*.ipynb")}
    assert ko == en, f"only ko: {sorted(ko - en)}; only en: {sorted(en - ko)}"


def _both(rel: str) -> tuple[str, str]:
    return read_page(KO, rel), read_page(EN, rel)


@pytest.mark.parametrize("rel", twin_pages())
def test_same_heading_ids(rel: str) -> None:
    ko, en = _both(rel)
    assert [(h.level, h.id) for h in headings(ko)] == [(h.level, h.id) for h in headings(en)]


@pytest.mark.parametrize("rel", twin_pages())
def test_same_formulas(rel: str) -> None:
    ko, en = _both(rel)
    assert formulas(ko) == formulas(en)


@pytest.mark.parametrize("rel", twin_pages())
def test_same_snippets(rel: str) -> None:
    """Same includes; a page's own-language file (docs/ko/... vs docs/en/...) counts as the same."""
    ko, en = _both(rel)
    same = [s.replace(f"docs/{KO}/", "docs/<lang>/") for s in snippet_includes(ko)]
    assert same == [s.replace(f"docs/{EN}/", "docs/<lang>/") for s in snippet_includes(en)]


@pytest.mark.parametrize("rel", twin_pages())
def test_same_pycon_blocks(rel: str) -> None:
    ko, en = _both(rel)
    assert [b.text for b in pycon_blocks(ko)] == [b.text for b in pycon_blocks(en)]


@pytest.mark.parametrize("rel", twin_pages())
def test_same_figures(rel: str) -> None:
    ko, en = _both(rel)
    assert figure_refs(ko) == figure_refs(en)


@pytest.mark.parametrize("page", [f"{lang}/{rel}" for lang in LANGS for rel in md_pages(lang)])
def test_source_is_nfc(page: str) -> None:
    """Hangul must be precomposed (NFC) or search cannot match what users type."""
    lang, rel = page.split("/", 1)
    text = read_page(lang, rel)
    assert unicodedata.is_normalized("NFC", text), f"docs/{page} is not NFC-normalized"
