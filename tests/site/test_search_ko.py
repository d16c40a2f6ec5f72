"""Korean search, piece by piece (the real search box: tests/browser/test_browser_search.py).

- Build side (hooks/search_ko.py): Kiwi's morphemes -> content units,
  compounds split into site units, tails, the worker setting of each page.
- The data in the built index (``config.korean``) and the invariant it
  exists for: the browser's rules (docs/assets/javascripts/workers/
  korean-analysis.js, run here under Node) give Kiwi's analysis for every
  Korean word form of the site.
- The rules on their own, on a small made-up lexicon, and on the built
  site's data for queries in forms that occur nowhere on the site.
- Budgets: what the analysis adds to a reader's download.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sitetools import ROOT, html_files

WORKERS = "assets/javascripts/workers"
# Budgets, gzipped: config.korean in the index, and the two worker scripts.
BUDGET_KOREAN_DATA = 20_000
BUDGET_WORKER_JS = 4_000


@pytest.fixture(scope="module")
def sko() -> ModuleType:
    if "dlnotes_search_ko_under_test" in sys.modules:
        return sys.modules["dlnotes_search_ko_under_test"]
    path = ROOT / "hooks" / "search_ko.py"
    spec = importlib.util.spec_from_file_location("dlnotes_search_ko_under_test", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def kiwi_with_site_terms(sko: ModuleType) -> ModuleType:
    """Kiwi as the build has it: with the terms of includes/abbreviations.md."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    sko.start_kiwi(sko.site_terms(config))
    sko.add_site_terms(sko.site_terms(config))
    return sko


@pytest.fixture(scope="module")
def index(site: Path) -> dict[str, Any]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def korean(index: dict[str, Any]) -> dict[str, Any]:
    return index["config"]["korean"]


def units_of(sko: ModuleType, words: list[str]) -> list[list[str]]:
    return [
        sko.content_units(w, ms) for w, ms in zip(words, sko._analyse_lines(words), strict=True)
    ]


# -- build side: Kiwi's morphemes -> content units ------------------------------------
UNITS = [
    ("초기화를", ["초기화"]),  # noun + suffix 화 + particle
    ("은닉층의", ["은닉층"]),
    ("역전파를", ["역전파"]),  # a one-syllable part stays with its neighbour
    ("무작위로", ["무작위"]),  # prefix 무 + 작위
    ("손실함수를", ["손실", "함수"]),  # compound: both parts
    ("경사하강법은", ["경사", "하강법"]),  # 경사 and 하강법 are site terms
    ("우도를", ["우도"]),  # a site term Kiwi alone reads as 우 + 도
    ("미분했습니다", ["미분"]),  # 하다 verb: the noun only
    ("계산되는", ["계산"]),  # 되다 verb, Kiwi's VV 되: dropped after a noun
    ("나눠서", ["나누"]),  # irregular verb: its lemma
    ("relu의", ["relu"]),  # a Latin word with a particle
    ("것은", []),  # a bound noun and a particle: nothing to search for
]


@pytest.mark.parametrize(("word", "expected"), UNITS)
def test_content_units(kiwi_with_site_terms: ModuleType, word: str, expected: list[str]) -> None:
    assert units_of(kiwi_with_site_terms, [word]) == [expected]


def test_long_nouns_split_into_site_units(sko: ModuleType) -> None:
    units = {
        "경사하강법": ["경사하강법"],
        "경사": ["경사"],
        "하강법의": ["하강법"],
        "시그모이드": ["시그모이드"],
        "시그": ["시그"],  # a part of two syllables, but 모이드 is not a unit
        "대칭성": ["대칭성"],  # under four syllables: never split
        "대칭": ["대칭"],
    }
    out = sko.split_compounds(units)
    assert out["경사하강법"] == ["경사", "하강법"]
    assert out["시그모이드"] == ["시그모이드"]
    assert out["대칭성"] == ["대칭성"]


def test_tails_are_composed_for_each_kind_of_stem(kiwi_with_site_terms: ModuleType) -> None:
    sko = kiwi_with_site_terms
    words = ["은닉층이란", "함수를", "계산에서는", "함수도", "값만", "미분했습니다", "먹으면"]
    observed = {}
    for w, ms in zip(words, sko._analyse_lines(words), strict=True):
        seq, surface = sko.tail_of(w, ms)
        observed[seq] = surface
    tails = set(sko.derive_tails(observed))
    # both forms of each particle, whatever the site happened to use
    assert {"이란", "란", "을", "를", "에서는"} <= tails
    assert {"했습니다", "으면", "면"} <= tails
    # and pairs never seen: an adverbial particle (에서), then a delimiter (도, 만)
    assert {"에서도", "에서만"} <= tails


# -- build side: the worker every page starts -------------------------------------------
def test_worker_setting(sko: ModuleType) -> None:
    setting = '{"base": "..", "search": "../assets/javascripts/workers/search.a7633da7.min.js"}'
    out = sko.worker_setting(setting, "en/", ["en/"])
    assert out == (
        '{"base": "..", "search": "../assets/javascripts/workers/korean-search.js'
        '?worker=search.a7633da7.min.js\\u0026root=en/\\u0026roots=en/"}'
    )
    assert json.loads(out)["search"].endswith("?worker=search.a7633da7.min.js&root=en/&roots=en/")


def test_every_page_starts_the_korean_worker(site: Path) -> None:
    pages = [p for p in html_files(site) if p.name == "index.html"]
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        config = json.loads(
            re.search(r'<script id="__config" type="application/json">(.*?)</script>', text, re.S)[
                1
            ]
        )
        path, _, query = config["search"].partition("?")
        assert path.endswith(f"{WORKERS}/korean-search.js"), page
        params = dict(p.split("=", 1) for p in query.split("&"))
        rel = page.relative_to(site).as_posix()
        assert params["root"] == ("en/" if rel.startswith("en/") else ""), page
        assert params["roots"] == "en/"
        assert (site / WORKERS / params["worker"]).is_file(), params["worker"]
    for name in ("korean-search.js", "korean-analysis.js"):
        assert (site / WORKERS / name).is_file()


def test_served_worker_scripts_are_the_sources_without_comments(site: Path) -> None:
    import shutil
    import subprocess

    for name in ("korean-search.js", "korean-analysis.js"):
        source = (ROOT / "docs" / WORKERS / name).read_text(encoding="utf-8").splitlines()
        served = (site / WORKERS / name).read_text(encoding="utf-8").splitlines()
        code = [ln for ln in source if ln.strip() and not ln.lstrip().startswith("//")]
        assert served == code, name
        node = shutil.which("node")
        assert node, "Node.js is needed (as for KaTeX)"
        check = subprocess.run([node, "--check", str(site / WORKERS / name)], capture_output=True)
        assert check.returncode == 0, check.stderr


# -- the data in the built index ------------------------------------------------------
def test_index_carries_the_korean_data_as_utf8(site: Path, korean: dict[str, Any]) -> None:
    raw = (site / "search" / "search_index.json").read_bytes()
    assert "역전파".encode() in raw and b"\\uc5ed" not in raw  # UTF-8, not \\u escapes
    assert set(korean) == {"vocab", "tails", "forms"}
    assert {"역전파", "경사", "하강법", "손실", "함수", "초기화"} <= set(korean["vocab"])
    assert {"을", "를", "은", "는", "이", "가", "의", "에", "에서", "으로", "로"} <= set(
        korean["tails"]
    )
    assert {"와", "과", "도", "만", "이란", "란", "했습니다", "하면"} <= set(korean["tails"])
    # listed: the forms the rules get wrong, e.g. irregular verbs
    assert all(isinstance(v, str) for v in korean["forms"].values())


def test_rules_give_kiwis_analysis_for_every_site_form(
    kiwi_with_site_terms: ModuleType, index: dict[str, Any], korean: dict[str, Any]
) -> None:
    """The invariant the listed forms exist for, end to end: built data + JS == Kiwi."""
    sko = kiwi_with_site_terms
    forms = sko.korean_forms(index["docs"], index["config"]["separator"])
    assert len(forms) > 2000
    units = sko.split_compounds({f: u for f, u in zip(forms, units_of(sko, forms), strict=True)})
    content = [f for f in forms if units[f]]
    got = sko.run_node(korean, [("analyse", f) for f in content])
    wrong = [(f, g, units[f]) for f, g in zip(content, got, strict=True) if g != units[f]]
    assert not wrong, f"{len(wrong)} forms, e.g. (form, rules, Kiwi): {wrong[:10]}"


# -- the browser's rules on their own (Node) -------------------------------------------
LEXICON = {
    "vocab": ["초기화", "경사", "하강법", "손실", "함수", "미분", "relu", "에도", "대칭", "신경망"],
    "tails": ["를", "은", "에도", "했습니다", "하면", "이란", "란", "으로", "의"],
    "forms": {"나눠서": "나누", "것은": "것은"},
}
RULES = [
    ("analyse", "초기화를", ["초기화"]),  # a tail cut off
    ("analyse", "경사하강법은", ["경사", "하강법"]),  # and the stem split into units
    ("analyse", "경사하강법이란", ["경사", "하강법"]),
    ("analyse", "손실함수를", ["손실", "함수"]),
    ("analyse", "미분했습니다", ["미분"]),
    ("analyse", "함수에도", ["함수"]),  # one unit + tail beats two units (함수 + 에도)
    ("analyse", "대칭성을", ["대칭"]),  # no tail fits: the longest unit it starts with
    ("analyse", "나눠서", ["나누"]),  # listed form
    ("analyse", "것은", ["것은"]),
    ("analyse", "계산을", ["계산을"]),  # nothing known: as typed
    ("analyse", "초기", ["초기"]),  # a prefix of a unit stays a prefix query
    ("analyse", "ReLU의", ["relu"]),
    ("analyse", "Sigmoid", ["sigmoid"]),  # no Hangul: untouched (lunr lower-cases anyway)
    ("analyse", "경하강법", ["경하강법"]),  # parts of one syllable are never used
    ("extraUnits", "경사하강법은", ["하강법"]),  # the index side: what a prefix misses
    ("extraUnits", "초기화를", []),
    ("extraUnits", "나눠서", ["나누"]),
    ("rewrite", "초기화를", "초기화"),
    ("rewrite", "  경사하강법이란  손실함수를 ", "경사 하강법 손실 함수"),
    ("rewrite", "(초기화를)", "초기화"),  # the separator splits, as Material's would
    ("rewrite", "+손실함수 -초기화를", "+손실 +함수 -초기화"),
    ("rewrite", "초기화* title:경사 함수~1 함수^2", "초기화* title:경사 함수~1 함수^2"),
    ("rewrite", "gradient descent", "gradient descent"),
]


@pytest.mark.parametrize(("fn", "arg", "expected"), RULES, ids=[f"{f}-{a}" for f, a, _ in RULES])
def test_rules(sko: ModuleType, fn: str, arg: str, expected: Any) -> None:
    separator = r"[\s\-_,:;!?=+*/\\|^~`'\"()\[\]{}<>@#$%]+"
    assert sko.run_node(LEXICON, [(fn, arg)], separator) == [expected]


# Queries in forms that occur nowhere on the site, as the rules read them.
UNSEEN = [
    ("경사하강법이란", ["경사", "하강법"]),
    ("경사하강법은", ["경사", "하강법"]),
    ("손실함수를", ["손실", "함수"]),
    ("비용함수의", ["비용", "함수"]),
    ("활성화함수를", ["활성화", "함수"]),
    ("비선형활성화함수가", ["비선형", "활성화", "함수"]),
    ("계산그래프에서는", ["계산", "그래프"]),
    ("이진분류란", ["이진", "분류"]),
    ("지도학습이란", ["지도", "학습"]),
    ("무작위초기화란", ["무작위", "초기화"]),
    ("역전파에서만", ["역전파"]),
    ("역전파란", ["역전파"]),
    ("초기화했더니", ["초기화"]),
    ("벡터화했습니다", ["벡터화"]),
    ("브로드캐스팅이란", ["브로드캐스팅"]),
]


def test_unseen_forms_are_unseen(sko: ModuleType, index: dict[str, Any]) -> None:
    forms = set(sko.korean_forms(index["docs"], index["config"]["separator"]))
    seen = [q for q, _ in UNSEEN if q in forms]
    assert not seen, f"now on the site (pick other forms for this table): {seen}"


def test_unseen_forms_are_analysed(
    sko: ModuleType, index: dict[str, Any], korean: dict[str, Any]
) -> None:
    got = sko.run_node(korean, [("analyse", q) for q, _ in UNSEEN])
    wrong = [(q, g, want) for (q, want), g in zip(UNSEEN, got, strict=True) if g != want]
    assert not wrong, wrong


# -- budgets ----------------------------------------------------------------------
def test_korean_data_and_worker_within_budget(site: Path, korean: dict[str, Any]) -> None:
    data = json.dumps(korean, ensure_ascii=False, separators=(",", ":")).encode()
    assert len(gzip.compress(data, 6)) <= BUDGET_KOREAN_DATA
    js = b"".join(
        (site / WORKERS / n).read_bytes() for n in ("korean-search.js", "korean-analysis.js")
    )
    assert len(gzip.compress(js, 6)) <= BUDGET_WORKER_JS


def test_index_is_no_larger_than_materials_own(site: Path, index: dict[str, Any]) -> None:
    """UTF-8 instead of \\uXXXX escapes saves more than the Korean data costs."""
    raw = (site / "search" / "search_index.json").read_bytes()
    plain = {"config": {k: v for k, v in index["config"].items() if k != "korean"}}
    plain["docs"] = index["docs"]
    # as Material writes it
    material = json.dumps(plain, separators=(",", ":"), default=str).encode()
    assert len(gzip.compress(raw, 6)) <= len(gzip.compress(material, 6))
