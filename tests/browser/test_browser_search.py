"""Material's search, driven like a reader: open the search box, type, read the results.

Each row of ``CASES`` is a word (or two) that really occurs on one page, in
the form it has there: bare Korean terms, Korean words with their particle
(역전파를, 경사 하강법은, 신경망의 ...), and English terms. The query is typed
on the home page of its language and the page must be among the first five
results. ``test_every_query_occurs_on_its_page`` keeps the table honest: it
fails as soon as a page no longer contains its word.

The search index holds both languages (the i18n plugin merges them), so an
English query typed on /en/ may also list Korean pages that give the English
term in parentheses; the English page still has to make the first five.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

from .browserkit import Session, lang_path

pytestmark = pytest.mark.browser

TOP = 5

# (language of the site the query is typed on, query, page that must be in the top 5)
CASES: list[tuple[str, str, str]] = [
    # Korean terms as they stand
    ("ko", "역전파", "week3/backpropagation-intuition/"),
    ("ko", "브로드캐스팅", "week2/broadcasting/"),
    ("ko", "벡터화", "week2/vectorization/"),
    ("ko", "시그모이드", "week3/activation-functions/"),
    ("ko", "계산 그래프", "week2/computation-graph/"),
    ("ko", "무작위 초기화", "week3/random-initialization/"),
    ("ko", "이진 분류", "week2/binary-classification/"),
    ("ko", "용어집", "glossary/"),
    ("ko", "서브그래디언트", "week3/activation-derivatives/"),
    ("ko", "우도", "week2/cost-function-explanation/"),
    ("ko", "포화", "week3/activation-functions/"),
    # Korean words with the particle they carry on the page
    ("ko", "역전파를", "week2/computation-graph-derivatives/"),
    ("ko", "경사 하강법은", "week2/gradient-descent/"),
    ("ko", "신경망의", "week3/computing-output/"),
    ("ko", "브로드캐스팅은", "week2/broadcasting/"),
    ("ko", "벡터화는", "week2/vectorization/"),
    ("ko", "대칭을", "week3/random-initialization/"),
    ("ko", "기울기는", "week2/derivatives/"),
    ("ko", "은닉층의", "week3/backpropagation-intuition/"),
    ("ko", "시그모이드는", "week3/activation-functions/"),
    ("ko", "로지스틱 회귀의", "week2/cost-function/"),
    # English
    ("en", "backpropagation", "week3/backpropagation-intuition/"),
    ("en", "broadcasting", "week2/broadcasting/"),
    ("en", "vectorization", "week2/vectorization/"),
    ("en", "sigmoid", "week3/activation-functions/"),
    ("en", "computation graph", "week2/computation-graph/"),
    ("en", "random initialization", "week3/random-initialization/"),
    ("en", "binary classification", "week2/binary-classification/"),
    ("en", "chain rule", "week2/computation-graph-derivatives/"),
    ("en", "maximum likelihood", "week2/cost-function-explanation/"),
    ("en", "Leaky ReLU", "week3/activation-functions/"),
    ("en", "glossary", "glossary/"),
    ("en", "hidden layer", "week3/neural-network-representation/"),
    ("en", "learning rate", "week2/gradient-descent/"),
]

IDS = [f"{lang}-{query}" for lang, query, _ in CASES]


# -- the table is about words that are really there ------------------------------------
def _page_text(index: dict[str, Any], location: str) -> str:
    """Title and text of every index entry of one page (all its sections)."""
    parts = [
        f"{d['title']}\n{d['text']}"
        for d in index["docs"]
        if d["location"] == location or d["location"].startswith(location + "#")
    ]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def search_index(built_site: Path) -> dict[str, Any]:
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("lang", "query", "page"), CASES, ids=IDS)
def test_every_query_occurs_on_its_page(
    lang: str, query: str, page: str, search_index: dict[str, Any]
) -> None:
    location = lang_path(lang, page).lstrip("/")
    text = _page_text(search_index, location)
    assert text, f"{location or '(home)'} is not in the search index"
    missing = [
        word
        for word in query.split()
        # the word at the start of a token (Korean: with the same particle)
        if not re.search(rf"(?<![\w]){re.escape(word)}", text, re.IGNORECASE)
    ]
    assert not missing, (
        f"search table out of date: {missing} no longer on {location} (pick a word that is)"
    )


# -- typing into the real search box ----------------------------------------------------
class SearchBox:
    """The Material search of one page, opened once and reused for many queries."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self.lang: str | None = None
        self.placeholder = ""

    @property
    def input(self) -> Any:
        return self.s.page.locator("input[data-md-component=search-query]")

    def meta(self) -> str:
        return self.s.page.locator(".md-search-result__meta").inner_text().strip()

    def open(self, lang: str) -> None:
        if self.lang == lang:
            return
        self.s.goto(lang_path(lang, ""))
        pg = self.s.page
        config = json.loads(pg.locator("#__config").text_content() or "{}")
        self.placeholder = config["translations"]["search.result.placeholder"]
        # Click the search label (the header button on narrow screens, the
        # box itself on wide ones); that checks [data-md-toggle=search].
        if self.input.is_visible():
            self.input.click()
        else:
            pg.locator("label.md-header__button[for=__search]").click()
        pg.wait_for_function("document.querySelector('[data-md-toggle=search]').checked")
        # The worker has loaded the index once the placeholder text shows.
        pg.wait_for_function(
            "(t) => document.querySelector('.md-search-result__meta').textContent.trim() === t",
            arg=self.placeholder,
        )
        self.lang = lang

    def results(self, query: str) -> tuple[str, list[str]]:
        """Type ``query``; (meta text, URL path of each result item, in order)."""
        pg = self.s.page
        self.input.fill("")
        self.input.press("End")  # Material reads the box on keyup
        pg.wait_for_function("() => !document.querySelector('.md-search-result__item')")
        self.input.press_sequentially(query, delay=10)
        # Hangul arrives as text input, without key events: a real key tells
        # Material to read the box.
        self.input.press("End")
        deadline = time.monotonic() + 8
        last: tuple[str, list[str]] | None = None
        while time.monotonic() < deadline:
            time.sleep(0.12)
            now = (
                self.meta(),
                pg.evaluate(
                    """() => [...document.querySelectorAll('.md-search-result__item')]
                        .map((li) => li.querySelector('a'))
                        .filter(Boolean)
                        .map((a) => new URL(a.href).pathname)"""
                ),
            )
            if now == last and now[0] != self.placeholder:
                return now
            last = now
        return last or ("", [])


@pytest.fixture(scope="module")
def search_box(desktop: Session) -> SearchBox:
    return SearchBox(desktop)


@pytest.mark.parametrize(("lang", "query", "page"), CASES, ids=IDS)
def test_search_finds_the_page(lang: str, query: str, page: str, search_box: SearchBox) -> None:
    search_box.open(lang)
    meta, paths = search_box.results(query)
    want = lang_path(lang, page)
    top = paths[:TOP]
    assert want in top, (
        f"search for {query!r} on {lang_path(lang, '')}: {want} not in the first {TOP} "
        f"results ({meta}):\n  " + "\n  ".join(top or ["(none)"])
    )
    search_box.s.recorder.visit.assert_clean()
