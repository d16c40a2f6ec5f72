"""Run the ``pycon`` blocks of every page as doctests (CONTRIBUTING rule 4).

One namespace per page, blocks in page order, both languages. ELLIPSIS is
on; NORMALIZE_WHITESPACE is off, so the output must be exactly what the
interpreter prints.
"""

from __future__ import annotations

import doctest
import sys

import pytest
from sitetools import LANGS, ROOT, md_pages, pycon_blocks, read_page

PAGES = [
    f"{lang}/{rel}"
    for lang in LANGS
    for rel in md_pages(lang)
    if pycon_blocks(read_page(lang, rel))
]
FLAGS = doctest.ELLIPSIS


@pytest.fixture(autouse=True)
def _src_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "src"))


@pytest.mark.skipif(not PAGES, reason="no page has a pycon block yet")
@pytest.mark.parametrize("page", PAGES or ["-"])
def test_pycon_blocks(page: str) -> None:
    lang, rel = page.split("/", 1)
    parser = doctest.DocTestParser()
    globs: dict[str, object] = {"__name__": f"docs.{lang}.{rel}"}
    examples = []
    for block in pycon_blocks(read_page(lang, rel)):
        for ex in parser.get_examples(block.text, name=f"docs/{page}"):
            ex.lineno += block.line  # report page line numbers
            examples.append(ex)
    test = doctest.DocTest(examples, globs, f"docs/{page}", str(ROOT / "docs" / page), 0, None)
    out: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS, verbose=False)
    old_displayhook = sys.displayhook
    try:
        result = runner.run(test, out=out.append, clear_globs=True)
    finally:
        sys.displayhook = old_displayhook
    assert result.failed == 0, "".join(out)
