"""Material's own search over the built index, emulated (Material 9.8, lunr 2.3.9).

This is the worker underneath the site's Korean layer (hooks/search_ko.py,
workers/korean-search.js), which rewrites each Korean query word into its
content units before Material sees it and adds units to the index; the
limits listed at the end of this docstring are what that layer lifts (tests:
tests/site/test_search_ko.py, tests/browser/test_browser_search.py).

How Material's search worker (assets/javascripts/workers/search.*.min.js,
lunr 2.3.9 inside) finds pages, as read from its source map and confirmed in
headless Chromium against the built site:

Index side (every section of search/search_index.json, fields title, text):
  1. The HTML of a field is cut into tags and text; tags are dropped.
  2. Each text run is split with ``new RegExp(config.separator)``; every
     piece is a token, lower-cased.
  3. Tokens go through lunr's pipeline minus the functions not listed in
     ``config.pipeline``. We keep only ``stopWordFilter`` (English stop
     words). lunr's ``trimmer`` would strip every non-[A-Za-z0-9_] character
     from both ends of a token, i.e. delete Hangul tokens entirely, and its
     ``stemmer`` would store "learn" for "learning" while queries are never
     stemmed (below), so neither may be on. ``lang`` is ``en`` only: lunr.ko
     adds no stemmer and its trimmer regex is broken, and more languages
     only load more scripts.
Query side:
  4. The query is split at whitespace; each part is lexed by lunr and every
     term is split again with the same separator (so "(역전파" -> "역전파").
  5. Each resulting term gets a trailing "*": every term is a PREFIX query.
     Terms with a wildcard skip the pipeline (no stop words, no stemming),
     are lower-cased, and match every index token that starts with them.
  6. Terms are OR-ed (unless the user types +/-), so a page matches if any
     term prefix-matches any of its tokens.

Consequences for Korean, in Material alone: a query finds a word followed by a particle
("역전파" finds "역전파를", "역전파의", "역전파는"), because the particle is
part of the token and the query is a prefix of it. Punctuation before a word
must be in the separator, or the token would be "(역전파" and "역전파*"
would miss it; mkdocs.yml lists ASCII punctuation, typographic quotes,
middle dots, CJK brackets and full-width forms. Not found: a query that
carries a particle the page does not have ("역전파를" does not find a bare
"역전파"), and a word inside a compound ("하강법" does not find
"경사하강법"; type "경사" or "*하강법"), and spacing must agree: the
pages write "경사 하강법", so the query "경사하강법" (one term) finds only
pages that write it without the space. Math is excluded from the index
(data-search-exclude, hooks/katex.py).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

# lunr 2.3.9 English stop words (lunr.stopWordFilter).
STOP_WORDS = set(
    "a able about across after all almost also am among an and any are as at be because been but by "
    "can cannot could dear did do does either else ever every for from get got had has have he her "
    "hers him his how however i if in into is it its just least let like likely may me might most "
    "must my neither no nor not of off often on only or other our own rather said say says she "
    "should since so some than that the their them then there these they this tis to too twas us "
    "wants was we were what when where which while who whom why will with would yet you your".split()
)
TAG = re.compile(r"<[^>]*>")
LUNR_TERM_SEPARATOR = re.compile(r"[\s\-]+")  # lunr.QueryLexer.termSeparator


@cache
def _sep(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def tokenize(html: str, separator: str) -> list[str]:
    """Material's tokenize(): tags out, split on the separator, lower-case."""
    tokens = []
    for text in TAG.split(html):
        tokens += [t.lower() for t in _sep(separator).split(text) if t]
    return tokens


def index_tokens(html: str, config: dict) -> set[str]:
    tokens = tokenize(html, config["separator"])
    if "stopWordFilter" in config["pipeline"]:
        tokens = [t for t in tokens if t not in STOP_WORDS]
    return set(tokens)


def query_terms(query: str, separator: str) -> list[str]:
    """Material's transformSearchQuery() + lunr's parser, for plain queries."""
    terms = []
    for part in query.strip().split():
        for lexeme in LUNR_TERM_SEPARATOR.split(part):
            lexeme = lexeme.lstrip("+-")
            terms += [t.lower() for t in _sep(separator).split(lexeme) if t]
    return terms  # each one is searched as "<term>*"


def search(docs: list[dict], config: dict, query: str) -> set[str]:
    """Locations of the sections a query matches (prefix match, OR)."""
    terms = query_terms(query, config["separator"])
    hits = set()
    for doc in docs:
        tokens = index_tokens(doc["title"], config) | index_tokens(doc["text"], config)
        if any(tok.startswith(term) for term in terms for tok in tokens):
            hits.add(doc["location"])
    return hits


def _pages(locations: set[str]) -> set[str]:
    return {loc.split("#")[0] for loc in locations}


@pytest.fixture(scope="module")
def index(site: Path) -> dict:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


# -- configuration guards ------------------------------------------------------
def test_config_keeps_hangul_tokens(index: dict) -> None:
    cfg = index["config"]
    assert cfg["lang"] == ["en"], "other lunr languages load extra scripts and add nothing"
    assert "trimmer" not in cfg["pipeline"], "lunr's trimmer deletes Hangul tokens"
    assert "stemmer" not in cfg["pipeline"], "stemmed index tokens miss unstemmed wildcard queries"


def test_both_languages_in_one_index(index: dict) -> None:
    locations = [d["location"] for d in index["docs"]]
    assert "" in locations and "en/" in locations


def test_math_is_not_indexed(index: dict) -> None:
    """The home page's notation table is full of math; none of it is indexed."""
    (notation,) = [d for d in index["docs"] if d["location"] == "#notation"]
    for junk in ("n_x", "a^{[l](i)}", "nxn", "(nx", "\\in"):
        assert junk not in notation["text"], junk


def test_real_index_has_korean_tokens(index: dict) -> None:
    cfg = index["config"]
    tokens = set()
    for d in index["docs"]:
        tokens |= index_tokens(d["text"], cfg)
    assert any(re.fullmatch(r"[가-힣]+", t) for t in tokens)


# -- tokenizer table (synthetic text, the real separator) --------------------
TOKENS = [
    ("역전파를 이해합니다", {"역전파를", "이해합니다"}),
    ("(역전파) 단계", {"역전파", "단계"}),
    ("“역전파”는 중요합니다", {"역전파", "는", "중요합니다"}),
    ("‘경사하강법’", {"경사하강법"}),
    ('"신경망"의', {"신경망", "의"}),
    ("순전파·역전파", {"순전파", "역전파"}),
    ("순전파・역전파", {"순전파", "역전파"}),
    ("「역전파」와 『신경망』", {"역전파", "와", "신경망"}),
    ("〈비용〉, 《손실》", {"비용", "손실"}),
    ("역전파(backpropagation)를", {"역전파", "backpropagation", "를"}),
    ("활성화 함수: ReLU, tanh; 시그모이드!", {"활성화", "함수", "relu", "tanh", "시그모이드"}),
    ("경사하강법…수렴", {"경사하강법", "수렴"}),
    ("신경망—깊은", {"신경망", "깊은"}),
    ("（역전파）", {"역전파"}),
    ("x.shape 와 0.01", {"x", "shape", "와", "0.01"}),
    ("nn_model/np.dot", {"nn", "model", "np", "dot"}),
    ("a &lt; b &amp;&amp; c", {"a", "b", "c"}),
    ("<code>sigmoid</code>의", {"sigmoid", "의"}),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS)
def test_tokenizer(index: dict, text: str, expected: set[str]) -> None:
    assert set(tokenize(text, index["config"]["separator"])) == expected


# -- queries against synthetic pages ---------------------------------------------
SYNTHETIC = [
    {
        "location": "a/",
        "title": "역전파",
        "text": "<p>역전파를 이해하려면 (역전파 단계)를 봅니다.</p>",
    },
    {"location": "b/", "title": "경사 하강법", "text": "<p>경사하강법은 비용을 줄입니다.</p>"},
    {
        "location": "c/",
        "title": "개요",
        "text": "<p>신경망의 출력은 “예측값”입니다. 순전파·역전파 「활성화」</p>",
    },
    {
        "location": "d/",
        "title": "Cost",
        "text": "<p>The cost function J(w, b) averages the loss.</p>",
    },
]
QUERIES = [
    ("역전파", {"a/", "c/"}),  # bare word, word + particle, after "(" and "·"
    ("(역전파", {"a/", "c/"}),  # punctuation in the query is a separator too
    ("“역전파", {"a/", "c/"}),
    ("「활성화」", {"c/"}),
    ("경사하강법", {"b/"}),  # "경사하강법은"
    ("경사하강법은", {"b/"}),
    ("신경망", {"c/"}),  # "신경망의"
    ("예측값", {"c/"}),  # inside “...”
    ("비용", {"b/"}),  # "비용을"
    ("경사 하강법", {"b/"}),
    ("cost", {"d/"}),
    ("Loss", {"d/"}),
    ("역전파를", {"a/"}),  # only where the page has that particle
    ("하강법", {"b/"}),  # title "경사 하강법"; the body's "경사하강법은" alone would not match
]


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_queries_on_synthetic_pages(index: dict, query: str, expected: set[str]) -> None:
    assert search(SYNTHETIC, index["config"], query) == expected


def test_compound_word_is_not_found_inside(index: dict) -> None:
    docs = [{"location": "x/", "title": "t", "text": "<p>경사하강법은</p>"}]
    assert search(docs, index["config"], "하강법") == set()
    assert search(docs, index["config"], "경사") == {"x/"}


# -- queries against the built site (pages that exist) -------------------------------
BUILT = [
    ("표기법", ""),
    ("표기", ""),  # "표기법", "표기를"
    ("(표기법", ""),
    ("샘플", ""),  # "샘플의", "샘플을"
    ("실행합니다", ""),
    ("notation", "en/"),
    ("examples", "en/"),
    ("신경망", "week1/what-is-a-neural-network/"),
    ("neural", "en/week1/what-is-a-neural-network/"),
    ("역전파", "week3/backpropagation-intuition/"),
    ("(역전파", "week3/backpropagation-intuition/"),
    ("「역전파」", "week3/backpropagation-intuition/"),
    ("시그모이드", "week2/logistic-regression/"),
    ("브로드캐스팅", "week2/broadcasting/"),
    ("backpropagation", "en/week3/backpropagation-intuition/"),
]


@pytest.mark.parametrize(("query", "page"), BUILT)
def test_queries_on_the_built_index(site: Path, index: dict, query: str, page: str) -> None:
    if not (site / page / "index.html").is_file():
        pytest.skip(f"{page or '/'} not built yet")
    assert page in _pages(search(index["docs"], index["config"], query))
