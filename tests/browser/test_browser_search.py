"""Material's search, driven like a reader: open the search box, type, read the results.

Each row of ``CASES`` is a query and the page it must find among the first
five results, typed on the home page of its language into the real search
box (Material's worker, wrapped by workers/korean-search.js, see
hooks/search_ko.py). The Korean rows type words as readers do: as the page
has them, with another particle or ending than the page uses, with or
without the spaces of a compound, and in forms that occur nowhere on the
site (``UNSEEN``, checked). On each site, the pages of its language come
first: every result of the other language comes after all of its own.

``test_every_query_is_about_its_page`` keeps the table honest: each content
unit of a query (as the browser analyses it) must start a word of the page,
or be a unit of one of its words, so a row fails when the page changes.
The analysis itself is tested on its own in tests/site/test_search_ko.py.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from .browserkit import ROOT, Session, lang_path

pytestmark = pytest.mark.browser

TOP = 5

# (language of the site the query is typed on, query, page that must be in the top 5)
CASES: list[tuple[str, str, str]] = [
    # Korean, as the pages write it (exact and prefix matches keep working)
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
    ("ko", "초기", "week3/random-initialization/"),  # a prefix
    ("ko", "하강법", "week2/gradient-descent/"),  # the second part of a compound
    # Korean nouns with a particle (the page may use another one, or none)
    ("ko", "초기화를", "week3/random-initialization/"),
    ("ko", "초기화는", "week3/random-initialization/"),
    ("ko", "무작위 초기화가", "week3/random-initialization/"),
    ("ko", "대칭을", "week3/random-initialization/"),
    ("ko", "대칭성을", "week3/random-initialization/"),
    ("ko", "경사 하강법을", "week2/gradient-descent/"),
    ("ko", "역전파를", "week3/backpropagation-intuition/"),
    ("ko", "역전파에서는", "week3/backpropagation-intuition/"),
    ("ko", "역전파란", "week3/backpropagation-intuition/"),
    ("ko", "도함수를", "week2/derivatives/"),
    ("ko", "도함수란", "week2/derivatives/"),
    ("ko", "기울기는", "week2/derivatives/"),
    ("ko", "브로드캐스팅은", "week2/broadcasting/"),
    ("ko", "벡터화는", "week2/vectorization/"),
    ("ko", "벡터화를", "week2/vectorization/"),
    ("ko", "신경망이란", "week1/what-is-a-neural-network/"),
    ("ko", "신경망의", "week1/what-is-a-neural-network/"),
    ("ko", "신경망의 표현", "week3/neural-network-representation/"),
    ("ko", "은닉층의", "week3/neural-network-representation/"),
    ("ko", "로지스틱 회귀의", "week2/cost-function/"),
    ("ko", "우도를", "week2/cost-function-explanation/"),
    ("ko", "시그모이드는", "week3/activation-functions/"),
    ("ko", "서브그래디언트란", "week3/activation-derivatives/"),
    # Korean verbs and adjectives in other endings
    ("ko", "초기화하면", "week3/random-initialization/"),
    ("ko", "벡터화하면", "week2/vectorization/"),
    ("ko", "브로드캐스팅되는", "week2/broadcasting/"),
    ("ko", "포화되면", "week3/activation-functions/"),
    ("ko", "분류하려면", "week2/binary-classification/"),
    ("ko", "부상했습니다", "week1/why-deep-learning-is-taking-off/"),
    ("ko", "딥러닝이 부상한", "week1/why-deep-learning-is-taking-off/"),
    # Korean compounds without the pages' spaces
    ("ko", "경사하강법", "week2/gradient-descent/"),
    ("ko", "손실함수", "week2/cost-function/"),
    ("ko", "비용함수", "week2/cost-function/"),
    ("ko", "계산그래프", "week2/computation-graph/"),
    ("ko", "이진분류", "week2/binary-classification/"),
    ("ko", "지도학습", "week1/supervised-learning/"),
    ("ko", "무작위초기화", "week3/random-initialization/"),
    ("ko", "활성화함수", "week3/activation-functions/"),
    ("ko", "신경망개요", "week3/neural-network-overview/"),
    ("ko", "출력계산", "week3/computing-output/"),
    ("ko", "최대우도", "week2/cost-function-explanation/"),
    ("ko", "활성화함수의 도함수", "week3/activation-derivatives/"),
    ("ko", "계산그래프로 도함수구하기", "week2/computation-graph-derivatives/"),
    ("ko", "로지스틱회귀의 비용함수", "week2/cost-function/"),
    ("ko", "로지스틱회귀의 경사하강법", "week2/logistic-regression-gradient-descent/"),
    ("ko", "로지스틱회귀의 벡터화", "week2/vectorizing-logistic-regression/"),
    ("ko", "벡터화구현의 원리", "week3/vectorized-implementation-explained/"),
    # Korean forms that occur nowhere on the site (UNSEEN checks)
    ("ko", "경사하강법은", "week2/gradient-descent/"),
    ("ko", "경사하강법이란", "week2/gradient-descent/"),
    ("ko", "손실함수를", "week2/cost-function/"),
    ("ko", "비용함수의", "week2/cost-function/"),
    ("ko", "활성화함수를", "week3/activation-functions/"),
    ("ko", "비선형활성화함수가", "week3/why-nonlinear-activations/"),
    ("ko", "계산그래프에서는", "week2/computation-graph/"),
    ("ko", "이진분류란", "week2/binary-classification/"),
    ("ko", "지도학습이란", "week1/supervised-learning/"),
    ("ko", "무작위초기화란", "week3/random-initialization/"),
    ("ko", "연쇄법칙을", "week2/computation-graph-derivatives/"),
    ("ko", "역전파에서만", "week3/backpropagation-intuition/"),
    ("ko", "초기화했더니", "week3/random-initialization/"),
    ("ko", "벡터화했습니다", "week2/vectorization/"),
    ("ko", "브로드캐스팅이란", "week2/broadcasting/"),
    # English on the Korean site (the pages give English terms in parentheses)
    ("ko", "sigmoid", "week3/activation-functions/"),
    # English
    ("en", "backpropagation", "week3/backpropagation-intuition/"),
    ("en", "broadcasting", "week2/broadcasting/"),
    ("en", "vectorization", "week2/vectorization/"),
    ("en", "sigmoid", "week3/activation-functions/"),
    ("en", "tanh", "week3/activation-functions/"),
    ("en", "computation graph", "week2/computation-graph/"),
    ("en", "random initialization", "week3/random-initialization/"),
    ("en", "initialization", "week3/random-initialization/"),
    ("en", "binary classification", "week2/binary-classification/"),
    ("en", "chain rule", "week2/computation-graph-derivatives/"),
    ("en", "maximum likelihood", "week2/cost-function-explanation/"),
    ("en", "cost function", "week2/cost-function/"),
    ("en", "Leaky ReLU", "week3/activation-functions/"),
    ("en", "glossary", "glossary/"),
    ("en", "hidden layer", "week3/neural-network-representation/"),
    ("en", "learning rate", "week2/gradient-descent/"),
    ("en", "derivatives", "week2/derivatives/"),
]

UNSEEN = {
    "경사하강법은",
    "경사하강법이란",
    "손실함수를",
    "비용함수의",
    "활성화함수를",
    "비선형활성화함수가",
    "계산그래프에서는",
    "이진분류란",
    "지도학습이란",
    "무작위초기화란",
    "연쇄법칙을",
    "역전파에서만",
    "초기화했더니",
    "벡터화했습니다",
    "브로드캐스팅이란",
}

IDS = [f"{lang}-{query}" for lang, query, _ in CASES]


def test_the_table_is_large_enough() -> None:
    ko = [q for lang, q, _ in CASES if lang == "ko" and any("가" <= c <= "힣" for c in q)]
    assert len(ko) >= 40 and len(UNSEEN) >= 10
    assert len([q for lang, q, _ in CASES if lang == "en"]) >= 10
    assert UNSEEN <= {q for _, q, _ in CASES}


# -- the table is about words that are really there ------------------------------------
@pytest.fixture(scope="module")
def sko() -> ModuleType:
    name = "dlnotes_search_ko_under_test"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "hooks" / "search_ko.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


@pytest.fixture(scope="module")
def search_index(built_site: Path) -> dict[str, Any]:
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page_words(search_index: dict[str, Any], sko: ModuleType) -> dict[str, set[str]]:
    """{location of a page: its tokens and their extra units}, as the worker indexes them."""
    sep = search_index["config"]["separator"]
    pages: dict[str, set[str]] = {}
    for d in search_index["docs"]:
        words = pages.setdefault(d["location"].split("#")[0], set())
        words.update(sko.tokenize(d["title"], sep) + sko.tokenize(d["text"], sep))
    korean = sorted({w for ws in pages.values() for w in ws if sko.HANGUL.search(w)})
    extra = dict(
        zip(
            korean,
            sko.run_node(search_index["config"]["korean"], [("extraUnits", w) for w in korean]),
            strict=True,
        )
    )
    return {loc: ws | {u for w in ws for u in extra.get(w, [])} for loc, ws in pages.items()}


@pytest.fixture(scope="module")
def analysed(search_index: dict[str, Any], sko: ModuleType) -> dict[str, str]:
    """{query: what the worker hands to Material instead}."""
    config = search_index["config"]
    queries = sorted({q for _, q, _ in CASES})
    calls = [("rewrite", q) for q in queries]
    return dict(
        zip(queries, sko.run_node(config["korean"], calls, config["separator"]), strict=True)
    )


@pytest.mark.parametrize(("lang", "query", "page"), CASES, ids=IDS)
def test_every_query_is_about_its_page(
    lang: str, query: str, page: str, page_words: dict[str, set[str]], analysed: dict[str, str]
) -> None:
    location = lang_path(lang, page).lstrip("/")
    words = page_words.get(location)
    assert words, f"{location or '(home)'} is not in the search index"
    rewritten = analysed[query]
    missing = [u for u in rewritten.lower().split() if not any(w.startswith(u) for w in words)]
    assert not missing, (
        f"search table out of date: {query!r} -> {rewritten!r}, but {missing} "
        f"no longer on {location} (pick a query that is)"
    )


def test_unseen_forms_occur_nowhere(search_index: dict[str, Any], sko: ModuleType) -> None:
    sep = search_index["config"]["separator"]
    tokens = {
        t for d in search_index["docs"] for t in sko.tokenize(f"{d['title']} {d['text']}", sep)
    }
    now_seen = sorted(q for q in UNSEEN if q in tokens)
    assert not now_seen, f"now on the site, pick other unseen forms: {now_seen}"


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

    def open(self, lang: str, force: bool = False) -> None:
        if self.lang == lang and not force:
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


def own_language_first(lang: str, paths: list[str]) -> bool:
    """Every result of the other language comes after all of this language's."""
    own = [p.startswith("/en/") == (lang == "en") for p in paths]
    return own == sorted(own, reverse=True)


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
    assert own_language_first(lang, paths), "the other language came first:\n  " + "\n  ".join(
        paths
    )
    search_box.s.recorder.visit.assert_clean()


@pytest.mark.parametrize(
    ("lang", "query"), [("ko", "sigmoid"), ("ko", "ReLU"), ("en", "Leaky ReLU"), ("en", "tanh")]
)
def test_both_languages_listed_this_one_first(lang: str, query: str, search_box: SearchBox) -> None:
    """Queries that match pages of both languages (the index holds both)."""
    search_box.open(lang)
    _meta, paths = search_box.results(query)
    assert own_language_first(lang, paths), "\n  ".join(paths)
    assert paths and (paths[0].startswith("/en/") == (lang == "en"))


def test_results_highlight_the_words_found(search_box: SearchBox) -> None:
    """The marks fall on the words of the page: 경사 and 하강법 for 경사하강법이란."""
    search_box.open("ko")
    search_box.results("경사하강법이란")
    marks = search_box.s.page.evaluate(
        "() => [...document.querySelectorAll('.md-search-result mark')].map((m) => m.textContent)"
    )
    assert any(m.startswith("경사") for m in marks) and any(m.startswith("하강법") for m in marks)
    search_box.results("초기화를")
    marks = search_box.s.page.evaluate(
        "() => [...document.querySelectorAll('.md-search-result mark')].map((m) => m.textContent)"
    )
    assert marks and all("초기화" in m for m in marks), marks


def test_the_page_opened_highlights_them_too(search_box: SearchBox) -> None:
    search_box.open("ko", force=True)
    search_box.results("초기화를")
    pg = search_box.s.page
    link = pg.locator(".md-search-result__item > a").first
    href = link.get_attribute("href") or ""
    assert parse_qs(urlsplit(href).query).get("h") == ["초기화"], href
    link.click()
    pg.wait_for_function("() => document.querySelectorAll('mark[data-md-highlight]').length > 0")
    marks = pg.evaluate(
        "() => [...document.querySelectorAll('mark[data-md-highlight]')].map((m) => m.textContent)"
    )
    assert marks and all(m == "초기화" for m in marks), marks
    search_box.lang = None  # the box is on another page now
    search_box.s.recorder.visit.assert_clean()
