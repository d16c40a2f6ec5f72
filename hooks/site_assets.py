"""Small site-wide fixes (an MkDocs hook), each tested in tests/site/.

- ``on_files``: drop theme files the site never loads: lunr's language
  scripts (search is configured with ``lang: en`` only, so Material's worker
  imports none of them) and the theme's source maps (read only by developer
  tools; their embedded sources are full of URLs of other hosts).
- ``on_config``: memoize mkdocs-jupyter's notebook conversion (see
  ``memoize_notebook_conversion``).
- ``on_env``: keep compiled templates in memory across builds (``on_env``).
- ``on_config``: memoize code highlighting (``memoize_highlighting``): the two
  languages carry the same code blocks, and ``mkdocs serve`` rebuilds
  highlight the same code again; and Material's search entries per page
  (``memoize_search_entries``), which rebuilds made again for unchanged pages.
- ``on_page_context``: hand Material's search indexer each page with the
  highlighting spans inside ``<pre>`` removed (the text is the same; the
  indexer's HTML parser visits every span), then put the page back.
- ``on_page_context``: make the language-menu links relative. For the two
  home pages mkdocs-static-i18n leaves them as "/" and "/en/", which break
  as soon as the site is served from a sub-path or from disk.
- ``on_config``: add a Markdown preprocessor that puts a blank line between
  consecutive abbreviation definitions (``*[term]: ...``). pymdownx.snippets
  appends includes/abbreviations.md (some 250 definitions in one block) to
  every page, and Markdown's abbr block processor takes one definition per
  pass and hands the rest of the block back to every block processor: a
  quadratic scan that was more than half of the build time. Separate blocks
  give the same abbreviations and the same HTML.
- ``on_post_page``: give Material's search dialog an accessible name.
- ``on_post_build``: copy sitemap.xml(.gz) into /en/. Material's JavaScript
  fetches "<language root>/sitemap.xml" on every page; MkDocs writes only
  the top-level one, so every English page caused a 404.
"""

from __future__ import annotations

import copy
import logging
import re
import shutil
import sys
import types
from pathlib import Path

from jinja2 import BytecodeCache
from markdown import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import CombinedEvent, event_priority

log = logging.getLogger("mkdocs.hooks.site_assets")

UNUSED_THEME_PREFIXES = ("assets/javascripts/lunr/",)
ABBR_DEFINITION = re.compile(r"^\*\[[^\]]+\]:")


class _SpaceAbbreviations(Preprocessor):
    """One block per abbreviation definition (see the module docstring)."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        for line in lines:
            if out and out[-1] and ABBR_DEFINITION.match(line) and ABBR_DEFINITION.match(out[-1]):
                out.append("")
            out.append(line)
        return out


class SpaceAbbreviationsExtension(Extension):
    def extendMarkdown(self, md) -> None:
        # After snippets (32) and superfences (25, which stashes fenced code,
        # so code blocks are never touched); before any block processing.
        md.preprocessors.register(_SpaceAbbreviations(md), "dlnotes_space_abbreviations", 20)


def on_config(config, **kwargs):
    if not any(isinstance(e, SpaceAbbreviationsExtension) for e in config["markdown_extensions"]):
        config["markdown_extensions"].append(SpaceAbbreviationsExtension())
    memoize_notebook_conversion()
    memoize_highlighting()
    memoize_search_entries()
    return config


def memoize_search_entries() -> None:
    """Remember the search-index entries Material makes from each page.

    Material's ``SearchIndex.add_entry_from_context`` parses the whole page
    again on every ``mkdocs serve`` rebuild. Its entries depend only on the
    page's URL, title, metadata and content (the toc is made from the
    content), so unchanged pages reuse theirs. The cache lives on the class.
    """
    from material.plugins.search.plugin import SearchIndex

    if getattr(SearchIndex, "_dlnotes_memoized", False):
        return
    original = SearchIndex.add_entry_from_context
    cache: dict[str, list[dict]] = {}

    def add_entry_from_context(self, page):
        key = repr((page.url, str(page.title), sorted(page.meta.items()), page.content))
        if key not in cache:
            start = len(self.entries)
            original(self, page)
            cache[key] = copy.deepcopy(self.entries[start:])
        else:
            self.entries.extend(copy.deepcopy(cache[key]))

    SearchIndex.add_entry_from_context = add_entry_from_context
    SearchIndex._dlnotes_memoized = True


def memoize_highlighting() -> None:
    """Remember pymdownx's highlighted HTML per code block and settings.

    ``Highlight.highlight`` is a pure function of its arguments and the
    highlighter's settings (its instance attributes, but for the Markdown
    instance it belongs to, whose repr changes every page); it ran Pygments on every
    code block of every page, the same blocks in both languages and again on
    every ``mkdocs serve`` rebuild. The cache lives on the class, so rebuilds,
    which reload this hook, share it.
    """
    from pymdownx.highlight import Highlight

    if getattr(Highlight, "_dlnotes_memoized", False):
        return
    original = Highlight.highlight
    cache: dict[str, str] = {}

    def highlight(self, src, language, *args, **kwargs):
        settings = sorted((k, v) for k, v in vars(self).items() if k != "md")  # md: no setting
        key = repr((settings, src, language, args, sorted(kwargs.items())))
        if key not in cache:
            cache[key] = original(self, src, language, *args, **kwargs)
        return cache[key]

    Highlight.highlight = highlight
    Highlight._dlnotes_memoized = True


class _MemoryBytecodeCache(BytecodeCache):
    """Compiled Jinja templates kept in memory (Jinja checks the source checksum)."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


def on_env(env, config, files, **kwargs):
    """Compile the theme's templates once per process, not once per build.

    MkDocs makes a new Jinja environment for every build (two per build here,
    one per language), and compiling Material's templates took over a second
    of each ``mkdocs serve`` rebuild. The cache lives in ``sys.modules`` so the
    rebuilds, which reload this hook, share it.
    """
    holder = sys.modules.setdefault("dlnotes_jinja_cache", types.ModuleType("dlnotes_jinja_cache"))
    if not hasattr(holder, "cache"):
        holder.cache = _MemoryBytecodeCache()
    env.bytecode_cache = holder.cache
    return env


def memoize_notebook_conversion() -> None:
    """Convert each notebook once per process, not once per language and rebuild.

    mkdocs-jupyter converts every notebook with nbconvert on every build (about
    0.6 s each). Its own disk cache does not help here: mkdocs-static-i18n
    runs one build per language, and each build's ``on_post_build`` evicts
    the cache entries the other language's build just wrote. So its cache is
    off (mkdocs.yml) and the two conversion functions are memoized instead,
    keyed on the notebook's bytes and the options, on the mkdocs_jupyter module
    itself so that ``mkdocs serve`` rebuilds (which reload this hook) reuse it.
    """
    import hashlib

    try:
        from mkdocs_jupyter import plugin as jupyter
    except ImportError:
        return
    if getattr(jupyter, "_dlnotes_memoized", False):
        return
    cache: dict[tuple[str, ...], object] = {}

    def memo(fn):
        def wrapper(path, *args, **kwargs):
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            key = (fn.__name__, str(path), digest, repr(args), repr(sorted(kwargs.items())))
            if key not in cache:
                cache[key] = fn(path, *args, **kwargs)
            return cache[key]

        return wrapper

    jupyter.convert.nb2html = memo(jupyter.convert.nb2html)
    jupyter._get_nb_toc_tokens = memo(jupyter._get_nb_toc_tokens)
    jupyter._dlnotes_memoized = True


def _search_langs(config) -> list[str]:
    for name in ("material/search", "search"):
        plugin = config["plugins"].get(name)
        if plugin is not None:
            return list(plugin.config.lang or [])
    return []


@event_priority(-110)  # after mkdocs-static-i18n's on_files (-100), which adds theme files
def on_files(files, config, **kwargs):
    drop_lunr = _search_langs(config) == ["en"]
    for file in list(files):
        uri = file.src_uri
        if file.is_documentation_page() or not file.abs_src_path:
            continue
        if Path(file.abs_src_path).resolve().is_relative_to(Path(config["docs_dir"]).resolve()):
            continue  # the site's own files are never dropped
        if (drop_lunr and uri.startswith(UNUSED_THEME_PREFIXES)) or uri.endswith(".map"):
            files.remove(file)
    return files


@event_priority(-50)  # after mkdocs-static-i18n (50) has set this page's links
def _relative_language_links(context, page, config, nav, **kwargs):
    extra = config["extra"]
    # mkdocs-static-i18n assigns `extra.alternate` as an attribute, which on
    # MkDocs' LegacyConfig is not the same as the item extra["alternate"];
    # the templates read the attribute first.
    alternates = list(getattr(extra, "__dict__", {}).get("alternate") or []) + list(
        extra.get("alternate") or []
    )
    for alternate in alternates:
        link = alternate.get("link") or ""
        if link.startswith("/") and not link.startswith("//"):
            # site-root-relative; the template's `url` filter makes it page-relative
            alternate["link"] = link.lstrip("/")
    return context


# Material's search plugin parses every tag of page.content (on_page_context,
# priority 0); the spans Pygments puts around every token of a code block were
# most of them. The indexer keeps only the text of <pre> and <code>, so it gets
# the page without those spans, and the real content comes back right after.
# hooks/katex.py does the same for formulas (priorities 10 and -10); with both,
# this hook stashes and restores the formula-less page in between.
_PRE_RE = re.compile(r"(<pre\b[^>]*>)(.*?)(</pre>)", re.S)
_SPAN_TAG_RE = re.compile(r"</?span\b[^>]*>")
_SEARCH_ATTR_RE = re.compile(r'\s?data-search-\w+="[^"]+"')
_CODE_STASH = "_dlnotes_highlighted_content"


def without_code_spans(html: str) -> str:
    """``html`` with every <span> tag inside <pre> removed (text unchanged)."""
    return _PRE_RE.sub(lambda m: m[1] + _SPAN_TAG_RE.sub("", m[2]) + m[3], html)


@event_priority(5)  # after hooks/katex.py empties the formulas (10), before material/search (0)
def _code_light(context, page, config, nav, **kwargs):
    content = page.content or ""
    if "<pre" in content:
        light = without_code_spans(content)
        if light != content:
            setattr(page, _CODE_STASH, content)
            page.content = light
    return context


@event_priority(-5)  # after material/search (0), before hooks/katex.py restores (-10)
def _code_restore(context, page, config, nav, **kwargs):
    full = getattr(page, _CODE_STASH, None)
    if full is not None:
        page.content = _SEARCH_ATTR_RE.sub("", full)  # as the search plugin does
        delattr(page, _CODE_STASH)
    return context


on_page_context = CombinedEvent(_code_light, _code_restore, _relative_language_links)


SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_LABEL = {"ko": "검색", "en": "Search"}


def on_post_page(output, page, config, **kwargs):
    """Name Material's search dialog (axe: aria-dialog-name), in the page's language."""
    lang = config["theme"]["language"]
    label = SEARCH_LABEL.get(lang, "Search")
    return output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{label}">', 1)


def mirror_sitemap(config) -> None:
    i18n = config["plugins"].get("i18n")
    site = Path(config["site_dir"])
    for lang in getattr(getattr(i18n, "config", None), "languages", None) or []:
        link = (lang.link or "/").strip("/")
        if not link or not (site / link).is_dir():
            continue
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            if (site / name).is_file():
                shutil.copyfile(site / name, site / link / name)


def on_post_build(config, **kwargs):
    mirror_sitemap(config)
