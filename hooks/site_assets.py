"""Small site-wide fixes (an MkDocs hook), each tested in tests/site/.

- ``on_files``: drop theme files the site never loads: lunr's language
  scripts (search is configured with ``lang: en`` only, so Material's worker
  imports none of them) and the theme's source maps (read only by developer
  tools; their embedded sources are full of URLs of other hosts).
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

import logging
import re
import shutil
from pathlib import Path

from markdown import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import event_priority

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
    return config


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
def on_page_context(context, page, config, nav, **kwargs):
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
