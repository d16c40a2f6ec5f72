"""Every heading in docs/**/*.md carries an explicit id (CONTRIBUTING rule 1)."""

from __future__ import annotations

import pytest
from sitetools import all_md_pages, headings, markdown_render, read_page


@pytest.mark.parametrize("page", all_md_pages())
def test_every_heading_has_an_explicit_id(page: str) -> None:
    lang, rel = page.split("/", 1)
    missing = [f"line {h.line}: {h.text}" for h in headings(read_page(lang, rel)) if h.id is None]
    assert not missing, f"docs/{page}: headings without {{ #id }}:\n" + "\n".join(missing)


@pytest.mark.parametrize("page", all_md_pages())
def test_headings_found_are_all_the_headings(page: str) -> None:
    """The source scan sees every heading Markdown sees (no setext headings etc.)."""
    lang, rel = page.split("/", 1)
    text = read_page(lang, rel)
    _, toc = markdown_render(text)
    assert [t["id"] for t in toc] == [h.id for h in headings(text)]


@pytest.mark.parametrize("page", all_md_pages())
def test_exactly_one_title(page: str) -> None:
    lang, rel = page.split("/", 1)
    titles = [h for h in headings(read_page(lang, rel)) if h.level == 1]
    assert len(titles) == 1, f"docs/{page}: {len(titles)} '#' headings, expected 1"


@pytest.mark.parametrize("page", all_md_pages())
def test_ids_are_unique(page: str) -> None:
    lang, rel = page.split("/", 1)
    ids = [h.id for h in headings(read_page(lang, rel)) if h.id]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert not dupes, f"docs/{page}: duplicate ids {dupes}"
