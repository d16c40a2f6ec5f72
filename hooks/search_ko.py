"""Search that understands Korean (an MkDocs hook).

Material's search matches each query word as a prefix of the words of a page,
so 초기화 finds 초기화를, but 초기화를 does not find 초기화, 손실함수 does not
find 손실 함수, and 하강법 is not found inside 경사하강법은. This hook adds
what the browser needs to do better, without forking Material's search:

- ``on_post_build`` (after mkdocs-static-i18n has written the index of both
  languages): every Korean word form of the search index, split as Material's
  worker splits it, is analysed on its own by Kiwi (kiwipiepy, a Korean
  morphological analyser; the site's terms, its abbreviation list, go into
  Kiwi's dictionary first) into *content units*: nouns with their suffixes
  (초기화, 은닉층), the parts of compounds (손실함수 -> 손실, 함수; a noun of
  four syllables or more is also split into parts that occur on the site on
  their own, so 경사하강법 -> 경사, 하강법), verb and adjective stems (나눠 ->
  나누). It also collects *tails*: the particle and ending sequences Kiwi
  found after those units (를, 에서는, 했습니다 ...), composed by Kiwi onto a
  vowel-final, an ㄹ-final and a consonant-final noun, a 하다 verb and plain
  verbs (and adverbial particle + delimiter pairs), each kept only if Kiwi
  reads the result back as stem + tail. The browser's rules
  (docs/assets/javascripts/workers/korean-analysis.js: cut a known tail so
  that the stem is a unit or a run of units, fewest units first) are then
  run under Node on every form; the forms they get wrong (mostly irregular
  verbs: 가까워지는 -> 가깝) are listed with Kiwi's answer. All of it goes
  into the index as ``config.korean`` ({vocab, tails, forms}), and the index
  is written as UTF-8 rather than ``\\uXXXX`` escapes, which more than pays
  for it.
  The site's copies of the worker scripts lose their comment lines.
- ``on_post_page``: Material starts the search worker named by ``search`` in
  the page's ``__config``; it becomes ``workers/korean-search.js`` (which
  loads Material's worker unchanged and adds the analysis on both sides,
  plus this language's pages first), with the page's language root.

Kiwi and its model come from PyPI (``kiwipiepy``, pinned in pyproject.toml);
nothing is downloaded at build or run time. Kiwi loads in a thread from
``on_config`` on, while the pages render. Under ``mkdocs serve`` the
analyser, the analyses and the last result are kept across rebuilds.
``DLNOTES_SEARCH_KO=0`` turns the hook off (Material's search as it comes;
scripts/search_budget.py compares the two).
Tests: tests/site/test_search_ko.py (build side, data, the JS rules under
Node) and tests/browser/test_browser_search.py (the real search box).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import types
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.search_ko")

NODE_DRIVER = Path(__file__).resolve().with_name("search_ko_node.cjs")
WORKER = "korean-search.js"  # docs/assets/javascripts/workers/, next to Material's worker
WORKER_FILES = (
    "assets/javascripts/workers/korean-search.js",
    "assets/javascripts/workers/korean-analysis.js",
)

HANGUL = re.compile("[\uac00-\ud7a3]")
ALL_HANGUL = re.compile("[\uac00-\ud7a3]+")
JAMO = re.compile("[\u1100-\u11ff\u3130-\u318f]")  # Kiwi writes some endings with jamo
TAG = re.compile(r"<[^>]*>")
ABBR_DEFINITION = re.compile(r"^\*\[([^\]]+)\]:", re.M)

# Kiwi's tags (Sejong tag set).
NOMINAL_HEADS = frozenset({"NNG", "NNP", "NR", "SN", "SL", "SH", "XR"})
NOMINAL = NOMINAL_HEADS | {"NNB", "XPN", "XSN"}  # bound nouns, prefixes, suffixes join a head
PREDICATES = frozenset({"VV", "VA", "VV-I", "VV-R", "VA-I", "VA-R"})  # stems, as lemmas
FUNCTION_PREFIXES = ("J", "E")  # particles (J*) and endings (E*)
FUNCTION_OTHER = frozenset({"XSV", "XSA", "XSA-I", "VCP", "VCN", "VX", "VX-R"})
MIN_SPLIT = 4  # nouns this long are split into site units of 2+ syllables
MIN_PART = 2

# Probes Kiwi composes tails onto (one per kind of stem ending).
NOUN_PROBES = (("함수", "NNG"), ("행렬", "NNG"), ("은닉층", "NNG"))
DERIVATION_PROBE = ("미분", "NNG")
VERB_PROBES = (("먹", "VV"), ("작", "VA"), ("주", "VV"))


# -- Material's tokens -----------------------------------------------------------
def tokenize(html: str, separator: str) -> list[str]:
    """Material's worker: tags out, split at the separator, lower-case."""
    sep = re.compile(separator)
    out = []
    for text in TAG.split(html):
        out += [t.lower() for t in sep.split(text) if t]
    return out


def korean_forms(docs: Iterable[dict[str, Any]], separator: str) -> list[str]:
    """Every distinct token holding Hangul, over titles and texts, sorted."""
    forms: set[str] = set()
    for doc in docs:
        for field in ("title", "text"):
            forms.update(t for t in tokenize(doc.get(field) or "", separator) if HANGUL.search(t))
    return sorted(forms)


# -- Kiwi ----------------------------------------------------------------------------
_STATE_DEFAULTS: dict[str, Any] = {
    "kiwi": None,
    "loader": None,  # the thread loading Kiwi
    "kiwi_error": None,
    "units": dict,  # form -> (units, tail morphemes or None, surface tail or None)
    "tails": dict,  # key of the observed sequences -> tails
    "last": None,  # (hash of Material's index, korean data, index written)
    "last_forms": None,  # (word forms, korean data)
    "user_words": set,  # added to Kiwi's dictionary
    "terms": list,  # the site's terms (site_terms)
}


def _state() -> types.ModuleType:
    """Lives as long as the process: ``mkdocs serve`` reloads hooks on every rebuild."""
    holder = sys.modules.setdefault("dlnotes_search_ko_state", types.ModuleType("state"))
    for name, default in _STATE_DEFAULTS.items():
        if not hasattr(holder, name):
            setattr(holder, name, default() if callable(default) else default)
    return holder


def _load_kiwi(state: types.ModuleType, words: frozenset[str]) -> None:
    try:
        from kiwipiepy import Kiwi

        # Single word forms of this site: no typo correction, no multi-word
        # dictionary (half of the load time), one thread (the build has others).
        analyser = Kiwi(num_workers=1, load_typo_dict=False, load_multi_dict=False)
        for word in sorted(words):
            analyser.add_user_word(word, "NNG")
        # The model loads, and the dictionary is rebuilt after new words, on
        # the first call: over a second either way.
        analyser.tokenize("가")
    except Exception as exc:  # reported by kiwi(), in the build's thread
        state.kiwi_error = exc
        return
    state.user_words = set(words)
    state.kiwi = analyser


def start_kiwi(terms: Iterable[str] = ()) -> None:
    """Load Kiwi with the site's terms in a thread: Kiwi releases the GIL, so
    the pages render meanwhile."""
    state = _state()
    if state.kiwi is None and state.loader is None:
        words = frozenset(_term_words(terms))
        state.loader = threading.Thread(target=_load_kiwi, args=(state, words), daemon=True)
        state.loader.start()


def kiwi() -> Any:
    state = _state()
    if state.kiwi is None:
        start_kiwi()
        state.loader.join()
        state.loader = None
    if state.kiwi is None:
        raise PluginError(
            f"hooks/search_ko.py: Kiwi did not load ({state.kiwi_error!r}). It comes with the "
            "docs extra: pip install -c constraints.txt -e '.[docs]' (make serve / make test do)"
        )
    return state.kiwi


def _term_words(terms: Iterable[str]) -> set[str]:
    return {w for t in terms for w in t.split() if ALL_HANGUL.fullmatch(w)}


def site_terms(config) -> list[str]:
    """The terms the pages define as abbreviations (``*[역전파]: backpropagation``
    in the files pymdownx.snippets appends to every page)."""
    snippets = config["mdx_configs"].get("pymdownx.snippets") or {}
    bases = [Path(b) for b in snippets.get("base_path") or ["."]]
    config_dir = Path(config.config_file_path or ".").resolve().parent
    terms: list[str] = []
    for name in snippets.get("auto_append") or []:
        for base in bases:
            path = (config_dir / base / name).resolve()
            if path.is_file():
                terms += ABBR_DEFINITION.findall(path.read_text(encoding="utf-8"))
                break
    return terms


def _analyse_lines(lines: Sequence[str]) -> list[list[tuple[str, str, int, int]]]:
    """Kiwi's morphemes of each word on its own, as (form, tag, start, end).

    Each word is analysed without context, as the browser sees a query word.
    (Words joined into one text would be faster to analyse but sway each
    other's analyses.)
    """
    if not lines:
        return []
    return [
        [(m.form, m.tag, m.start, m.start + m.len) for m in tokens]
        for tokens in kiwi().tokenize(list(lines))
    ]


def add_site_terms(terms: Iterable[str]) -> None:
    """The site's own terms go into Kiwi's dictionary as nouns.

    Without them Kiwi reads 넘파이로 as 넘 + 파이, 난수로 as 나 + ㄴ + 수로, and
    keeps 경사하강법 whole. A new word makes earlier analyses stale.
    """
    state = _state()
    words = _term_words(terms) - state.user_words
    analyser = kiwi()
    added = [w for w in sorted(words) if analyser.add_user_word(w, "NNG")]
    state.user_words |= words
    if added:
        state.units.clear()
        state.tails.clear()
        state.last = state.last_forms = None


def content_units(word: str, morphs: Sequence[tuple[str, str, int, int]]) -> list[str]:
    """A word's content units from Kiwi's morphemes.

    Nominal morphemes adjacent in the word form runs; a run is cut into parts
    at each head (noun, root, foreign word, number), where a suffix, a bound
    noun or a one-syllable noun stays with the part before it and a prefix
    (or a one-syllable first part) with the part after it: 초기+화 -> 초기화,
    역전+파 -> 역전파, 무+작위 -> 무작위, 손실+함수 -> 손실, 함수. Verb and
    adjective stems count as their lemma (나눠 -> 나누), except a one-syllable
    one right after a noun (계산되는 -> 계산).
    """
    units: list[str] = []
    run: list[tuple[str, str, int, int]] = []

    def flush() -> None:
        parts: list[list[Any]] = []  # [start, end, tag of the head]
        for _form, tag, s, e in run:
            if parts and (tag in ("XSN", "NNB") or e - s == 1 or parts[-1][2] == "XPN"):
                parts[-1][1] = e
                if parts[-1][2] == "XPN":
                    parts[-1][2] = tag
            else:
                parts.append([s, e, tag])
        if len(parts) > 1 and parts[0][1] - parts[0][0] == 1:
            parts[1][0] = parts[0][0]
            del parts[0]
        units.extend(word[s:e] for s, e, tag in parts if tag in NOMINAL_HEADS)
        run.clear()

    for m in morphs:
        form, tag, s, _e = m
        if tag in NOMINAL and (not run or s == run[-1][3]):
            run.append(m)
            continue
        # 하/되 right after a noun (계산되는, 결정하면) only makes it a verb
        light = bool(run) and s == run[-1][3] and len(form) == 1
        flush()
        if tag in NOMINAL:
            run.append(m)
        elif tag in PREDICATES and not light:
            units.append(form)
    flush()
    out: list[str] = []
    for u in (u.lower() for u in units):
        if u and not JAMO.search(u) and u not in out:
            out.append(u)
    return out


def _is_function(tag: str) -> bool:
    return tag.startswith(FUNCTION_PREFIXES) or tag in FUNCTION_OTHER


def tail_of(
    word: str, morphs: Sequence[tuple[str, str, int, int]]
) -> tuple[tuple[tuple[str, str], ...], str | None] | None:
    """(morphemes, surface) after the last content morpheme, if only particles
    and endings follow it; surface None where Kiwi's morphemes overlap it
    (됩니다 = 되 + ㅂ니다)."""
    last = max(
        (i for i, m in enumerate(morphs) if m[1] in NOMINAL or m[1] in PREDICATES), default=None
    )
    if last is None or last == len(morphs) - 1:
        return None
    rest = morphs[last + 1 :]
    if not all(_is_function(tag) for _f, tag, _s, _e in rest):
        return None
    end = morphs[last][3]
    surface = word[end:] if all(s >= end for _f, _t, s, _e in rest) else None
    if surface is not None and not ALL_HANGUL.fullmatch(surface):
        surface = None
    return tuple((f, t) for f, t, _s, _e in rest), surface


def analyse_forms(forms: Sequence[str]) -> dict[str, tuple[list[str], Any, str | None]]:
    """{form: (content units, tail morphemes or None, surface tail or None)}, cached."""
    cache = _state().units
    new = [f for f in forms if f not in cache]
    for form, morphs in zip(new, _analyse_lines(new), strict=True):
        tail = tail_of(form, morphs)
        cache[form] = (
            content_units(form, morphs),
            tail[0] if tail else None,
            tail[1] if tail else None,
        )
    return {f: cache[f] for f in forms}


def split_compounds(units_by_form: dict[str, list[str]]) -> dict[str, list[str]]:
    """Long nouns into parts of two syllables or more that are site units too.

    Kiwi keeps 경사하강법 whole, while the pages also write 경사 하강법: the
    fewest such parts that spell the noun replace it (none if there are none).
    """
    vocab = {u for units in units_by_form.values() for u in units}
    memo: dict[str, list[str]] = {}

    def parts_of(unit: str) -> list[str]:
        if unit in memo:
            return memo[unit]
        result = [unit]
        n = len(unit)
        if n >= MIN_SPLIT and ALL_HANGUL.fullmatch(unit):
            best: list[list[str] | None] = [None] * (n + 1)
            best[0] = []
            for i in range(n):
                head = best[i]
                if head is None:
                    continue
                for j in range(i + MIN_PART, n + 1):
                    part = unit[i:j]
                    if part != unit and part in vocab:
                        if best[j] is None or len(head) + 1 < len(best[j] or []):
                            best[j] = [*head, part]
            if best[n]:
                result = list(best[n] or [unit])
        memo[unit] = result
        return result

    out = {}
    for form, units in units_by_form.items():
        split: list[str] = []
        for u in units:
            split += [p for p in parts_of(u) if p not in split]
        out[form] = split
    return out


def derive_tails(observed: dict[tuple[tuple[str, str], ...], str | None]) -> list[str]:
    """Tails: the site's own, and Kiwi's compositions of the site's particles and endings.

    ``observed`` maps each morpheme sequence found after a content unit to
    its surface (or None). Sequences of particles are composed onto the noun
    probes, also two by two (an adverbial particle, then 는/도/만/의 ...);
    sequences of endings onto the verb probes and, after each 하다/되다
    suffix seen, onto a 하다 noun. A composition counts only if Kiwi analyses
    probe + tail back into the probe's units and nothing else.
    """
    key = hashlib.sha256(repr(sorted(observed, key=repr)).encode()).hexdigest()
    cache = _state().tails
    if key in cache:
        return list(cache[key])
    tails = {s for s in observed.values() if s}
    seqs = list(observed)
    # after a noun: particles, or the copula and its endings (이란, 이라면, 입니다)
    particles = [s for s in seqs if s[0][1].startswith("J") or s[0][1] == "VCP"]
    singles = sorted({m for s in particles for m in s if m[1].startswith("J")})
    # an adverbial particle, then a delimiter or 의: 에서+만, 으로+도, 와+의
    particles += [
        (a, b) for a in singles if a[1] == "JKB" for b in singles if b[1] in ("JX", "JKG")
    ]
    endings = [s for s in seqs if all(t.startswith("E") for _f, t in s)]
    suffixes = sorted(
        {s[0] for s in seqs if s and s[0][1] in ("XSV", "XSA") and ALL_HANGUL.fullmatch(s[0][0])}
    )

    frames: list[tuple[tuple[str, str], tuple[tuple[str, str], ...]]] = []
    frames += [(p, s) for s in particles for p in NOUN_PROBES]
    frames += [(p, s) for s in endings for p in VERB_PROBES]
    frames += [(DERIVATION_PROBE, (x, *s)) for s in endings for x in suffixes]
    morphs: list[tuple[str, str, bool]] = []
    for probe, seq in frames:
        morphs.append((probe[0], probe[1], True))
        morphs += [(f, t, False) for f, t in seq]
    text, positions = kiwi().join(morphs, lm_search=False, return_positions=True)
    candidates = []
    k = 0
    for probe, seq in frames:
        start, end = positions[k][0], positions[k + len(seq)][1]
        word = text[start:end]
        k += len(seq) + 1
        if word.startswith(probe[0]) and ALL_HANGUL.fullmatch(word[len(probe[0]) :] or "-"):
            candidates.append((probe[0], word))
    probes = [p for p, _t in (*NOUN_PROBES, DERIVATION_PROBE, *VERB_PROBES)]
    probe_units = {
        p: content_units(p, m) for p, m in zip(probes, _analyse_lines(probes), strict=True)
    }
    checked = _analyse_lines([w for _p, w in candidates])
    for (probe, word), ms in zip(candidates, checked, strict=True):
        if content_units(word, ms) == probe_units[probe]:
            tails.add(word[len(probe) :])
    result = sorted(tails)
    cache[key] = result
    return list(result)


# -- the browser's rules, under Node ----------------------------------------------
def run_node(korean: dict[str, Any], calls: list[tuple[str, str]], separator: str = "") -> list:
    """Call korean-analysis.js: [("analyse" | "guess" | "extraUnits" | "rewrite", arg), ...]."""
    node = shutil.which("node")
    if node is None:
        raise PluginError("hooks/search_ko.py needs Node.js (as hooks/katex.py does)")
    request = json.dumps({"korean": korean, "separator": separator, "calls": calls})
    proc = subprocess.run(
        [node, str(NODE_DRIVER)],
        input=request,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if proc.returncode != 0:
        raise PluginError(f"{NODE_DRIVER.name} failed:\n{proc.stderr.strip()}")
    return json.loads(proc.stdout)


def build_korean_data(
    docs: list[dict[str, Any]], separator: str, terms: Iterable[str] = ()
) -> dict[str, Any]:
    """``config.korean`` for these index documents (``terms``: see add_site_terms).

    It depends on the set of word forms only: an edit under ``mkdocs serve``
    that brings no new form reuses the last result.
    """
    add_site_terms(terms)
    forms = korean_forms(docs, separator)
    state = _state()
    if state.last_forms and state.last_forms[0] == forms:
        return dict(state.last_forms[1])
    analysed = analyse_forms(forms)
    units = split_compounds({f: a[0] for f, a in analysed.items()})
    vocab = sorted({u for us in units.values() for u in us})
    observed: dict[tuple[tuple[str, str], ...], str | None] = {}
    for _units, seq, surface in analysed.values():
        if seq and (seq not in observed or surface):
            observed[seq] = observed.get(seq) or surface
    tails = derive_tails(observed)
    korean: dict[str, Any] = {"vocab": vocab, "tails": tails, "forms": {}}
    # Words in which Kiwi finds no content unit (것은, 그리고) are left to the rules.
    content = [f for f in forms if units[f]]
    guesses = run_node(korean, [("analyse", f) for f in content])
    korean["forms"] = {
        f: " ".join(units[f]) for f, g in zip(content, guesses, strict=True) if g != units[f]
    }
    state.last_forms = (forms, korean)
    return dict(korean)


# -- MkDocs events ---------------------------------------------------------------
_CONFIG_SCRIPT = re.compile(
    r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S
)
_SEARCH_SETTING = re.compile(r'"search": "([^"]*?)(search\.[0-9a-f]+\.min\.js)"')


def enabled() -> bool:
    return os.environ.get("DLNOTES_SEARCH_KO", "1") != "0"


def on_config(config, **kwargs):
    if not enabled():
        return config
    terms = site_terms(config)
    _state().terms = terms
    start_kiwi(terms)
    return config


def _language_roots(config) -> tuple[str, list[str]]:
    """(this build's root in the index: "" or "en/", every non-default root)."""
    i18n = config["plugins"].get("i18n")
    languages = getattr(getattr(i18n, "config", None), "languages", None) or []
    roots = []
    current = ""
    for lang in languages:
        link = (lang.link or "/").strip("/")
        root = f"{link}/" if link else ""
        if root:
            roots.append(root)
        if lang.locale == getattr(i18n, "current_language", None):
            current = root
    return current, roots


def worker_setting(setting: str, root: str, roots: list[str]) -> str:
    """Material's ``search`` value -> korean-search.js in the same folder."""

    def repl(m: re.Match[str]) -> str:
        query = f"worker={m.group(2)}\\u0026root={root}\\u0026roots={','.join(roots)}"
        return f'"search": "{m.group(1)}{WORKER}?{query}"'

    return _SEARCH_SETTING.sub(repl, setting, count=1)


def on_post_page(output: str, page, config, **kwargs) -> str:
    if not enabled():
        return output
    root, roots = _language_roots(config)
    return _CONFIG_SCRIPT.sub(
        lambda m: m.group(1) + worker_setting(m.group(2), root, roots) + m.group(3),
        output,
        count=1,
    )


def strip_comments(path: Path) -> None:
    """Drop the comment lines (half of the bytes) of a worker script the site serves."""
    if path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
        kept = [line for line in lines if line.strip() and not line.lstrip().startswith("//")]
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")


@event_priority(-110)  # after mkdocs-static-i18n (-100) has built every language
def on_post_build(config, **kwargs) -> None:
    if not enabled():
        return
    i18n = config["plugins"].get("i18n")
    if getattr(i18n, "building", False):
        return  # a language built from inside i18n's on_post_build; the index is not final
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not path.is_file():
        return
    t0 = time.perf_counter()
    raw = path.read_bytes()
    key = hashlib.sha256(raw).hexdigest()
    state = _state()
    add_site_terms(state.terms)  # after a change of the terms, state.last is gone
    if state.last is None or state.last[0] != key:  # else a rebuild with the same index
        index = json.loads(raw)
        korean = build_korean_data(index["docs"], index["config"]["separator"], state.terms)
        index["config"]["korean"] = korean
        out = json.dumps(index, ensure_ascii=False, separators=(",", ":"), default=str)
        state.last = (key, korean, out.encode("utf-8"))
    _key, korean, data = state.last
    path.write_bytes(data)
    for name in WORKER_FILES:
        strip_comments(Path(config["site_dir"]) / name)
    log.info(
        "Korean search: %d units, %d tails, %d forms listed; %.2f s",
        len(korean["vocab"]),
        len(korean["tails"]),
        len(korean["forms"]),
        time.perf_counter() - t0,
    )
