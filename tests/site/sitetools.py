"""Helpers for the site tests: the Markdown sources and the built HTML.

Imported by the tests as ``sitetools`` (pytest puts tests/site/ on sys.path).
The ``built_site`` fixture lives in tests/conftest.py (shared with
tests/browser/); ``site`` in tests/site/conftest.py.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).absolute().parents[2]
DOCS = ROOT / "docs"
LANGS = ("ko", "en")
DEFAULT_LANG = "ko"


# -- sources -------------------------------------------------------------------
def md_pages(lang: str) -> list[str]:
    """Markdown pages of one language, as paths relative to docs/<lang>/."""
    base = DOCS / lang
    return sorted(p.relative_to(base).as_posix() for p in base.rglob("*.md"))


def all_md_pages() -> list[str]:
    """``<lang>/<path>`` of every page in every language (for parametrize)."""
    return [f"{lang}/{rel}" for lang in LANGS for rel in md_pages(lang)]


def twin_pages() -> list[str]:
    """Paths that exist in every language."""
    sets = [set(md_pages(lang)) for lang in LANGS]
    return sorted(set.intersection(*sets))


def read_page(lang: str, rel: str) -> str:
    return (DOCS / lang / rel).read_text(encoding="utf-8")


_FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*)$")


@dataclass
class Block:
    info: str  # first word of the info string, e.g. "pycon", "python", ""
    text: str  # the content, dedented by the fence's indentation
    line: int  # 1-based line of the opening fence


@dataclass
class Source:
    """A page split into fenced code blocks and the lines outside them."""

    blocks: list[Block] = field(default_factory=list)
    prose: list[tuple[int, str]] = field(default_factory=list)  # (line number, line)


def _info_word(info: str) -> str:
    info = info.strip()
    if info.startswith("{"):
        m = re.search(r"\.([\w-]+)", info)
        return m.group(1) if m else ""
    return info.split()[0] if info else ""


def split_source(text: str) -> Source:
    src = Source()
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE_OPEN.match(lines[i])
        if not m or ("`" in m["fence"] and "`" in m["info"]):
            src.prose.append((i + 1, lines[i]))
            i += 1
            continue
        indent, fence = m["indent"], m["fence"]
        close = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            line = lines[j]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            j += 1
        src.blocks.append(Block(_info_word(m["info"]), "\n".join(body) + "\n", i + 1))
        i = j + 1
    return src


_HEADING = re.compile(r"^[ \t]*(?P<hashes>#{1,6})[ \t]+(?P<rest>.*?)[ \t]*#*[ \t]*$")
_EXPLICIT_ID = re.compile(r"\{[^{}]*?#(?P<id>[A-Za-z][\w-]*)[^{}]*\}[ \t]*$")


@dataclass
class Heading:
    line: int
    level: int
    text: str
    id: str | None


def _outside_display_math(prose: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    in_math = False
    for n, line in prose:
        if line.strip() == "$$":
            in_math = not in_math
            continue
        if not in_math:
            yield n, line


def headings(text: str) -> list[Heading]:
    out = []
    for n, line in _outside_display_math(split_source(text).prose):
        m = _HEADING.match(line)
        if not m:
            continue
        idm = _EXPLICIT_ID.search(m["rest"])
        out.append(Heading(n, len(m["hashes"]), m["rest"], idm["id"] if idm else None))
    return out


_SNIPPET = re.compile(r"""^[ \t]*-{1,}8<-{1,}[ \t]+(?P<q>["'])(?P<target>[^"']+)(?P=q)[ \t]*$""")


def snippet_includes(text: str) -> list[str]:
    """Targets of ``--8<-- "..."`` lines (inside or outside code fences)."""
    return [m["target"] for line in text.splitlines() if (m := _SNIPPET.match(line))]


_SECTION = "<!-- --8<-- [{}:{}] -->"


def with_page_regions(text: str) -> str:
    """``text`` with each ``--8<-- "docs/<lang>/<page>.md:<region>"`` line replaced by
    that page region, as the build includes it (the weekly self-check pages)."""

    def region(m: re.Match[str]) -> str:
        target = m["target"]
        path, _, name = target.partition(":")
        if not (path.startswith("docs/") and path.endswith(".md") and name):
            return m[0]
        page = (ROOT / path).read_text(encoding="utf-8")
        start, end = _SECTION.format("start", name), _SECTION.format("end", name)
        return page.split(start, 1)[1].split(end, 1)[0]

    return "\n".join(
        region(m) if (m := _SNIPPET.match(line)) else line for line in text.splitlines()
    )


def pycon_blocks(text: str) -> list[Block]:
    return [b for b in split_source(text).blocks if b.info == "pycon"]


_FIGURE_REF = re.compile(r"assets/figures/(?P<name>[A-Za-z0-9_.-]+\.svg)")


def figure_refs(text: str) -> list[str]:
    return [m["name"] for m in _FIGURE_REF.finditer(text)]


# -- Markdown as MkDocs renders it (for formulas and the toc) -------------------
@functools.lru_cache(maxsize=1)
def _mkdocs_config():
    from mkdocs.config import load_config

    return load_config(str(ROOT / "mkdocs.yml"))


def markdown_render(text: str) -> tuple[str, list[dict]]:
    """HTML and flattened toc tokens of ``text`` with the site's extensions."""
    import markdown

    cfg = _mkdocs_config()
    md = markdown.Markdown(
        extensions=cfg["markdown_extensions"], extension_configs=cfg["mdx_configs"]
    )
    out = md.convert(text)
    flat: list[dict] = []

    def walk(tokens: list[dict]) -> None:
        for t in tokens:
            flat.append(t)
            walk(t.get("children", []))

    walk(getattr(md, "toc_tokens", []))
    return out, flat


_ARITHMATEX = re.compile(
    r'<span class="arithmatex">\\\((?P<inline>[^<]*?)\\\)</span>|<div class="arithmatex">(?P<block>[^<]*?)</div>'
)


def formulas(text: str) -> list[str]:
    """Every formula of a page, in order: ``$tex$`` / ``$$tex$$`` as KaTeX gets it."""
    out = []
    for m in _ARITHMATEX.finditer(markdown_render(text)[0]):
        if m["inline"] is not None:
            out.append(f"${html.unescape(m['inline']).strip()}$")
        else:
            tex = html.unescape(m["block"]).strip()
            if tex.startswith("\\[") and tex.endswith("\\]"):
                tex = tex[2:-2].strip()
            out.append(f"$${tex}$$")
    return out


# -- built site ------------------------------------------------------------------
def built_page(site: Path, lang: str, rel: str) -> Path:
    """Output file of docs/<lang>/<rel> (use_directory_urls)."""
    stem = rel[:-3]
    prefix = site if lang == DEFAULT_LANG else site / lang
    if stem == "index" or stem.endswith("/index"):
        return prefix / stem[: -len("index")] / "index.html"
    return prefix / stem / "index.html"


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


# Attributes whose URL the browser fetches or navigates to.
URL_ATTRS = {
    "href",
    "src",
    "srcset",
    "poster",
    "data",
    "action",
    "formaction",
    "xlink:href",
    "background",
}


class PageParser(HTMLParser):
    """Collects element ids and every URL-valued attribute of an HTML/SVG file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.styles: list[str] = []  # <style> contents and style="" values
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("id", "name") and tag != "meta":
                self.ids.add(value)
            elif name in URL_ATTRS:
                if name == "srcset":
                    for part in value.split(","):
                        if part.strip():
                            self.refs.append((tag, name, part.strip().split()[0]))
                else:
                    self.refs.append((tag, name, value))
            elif name == "style":
                self.styles.append(value)
        if tag == "style":
            self._in_style = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


@functools.cache
def parse_file(path: Path) -> PageParser:
    p = PageParser()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p
