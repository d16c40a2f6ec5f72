"""Notebook pages for dlnotes (an MkDocs hook): mkdocs-jupyter's output made a site page.

mkdocs-jupyter turns ``docs/<lang>/notebooks/*.ipynb`` into pages with
nbconvert. This hook keeps only the cells (none of mkdocs-jupyter's inline CSS
and scripts), typesets the ``$...$`` and ``$$...$$`` of Markdown cells with the
KaTeX renderer of ``hooks/katex.py`` (same wrappers as the Markdown pages),
gives the headings their ``{ #id }`` and rebuilds the page's toc;
``on_config`` makes MkDocs count ``.ipynb`` files as pages
(``notebooks_are_pages``). List it after ``hooks/katex.py`` in mkdocs.yml.
"""

from __future__ import annotations

import html as html_lib
import importlib.util
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from mkdocs.exceptions import PluginError


def _load_katex() -> ModuleType:
    """hooks/katex.py as MkDocs loaded it (one renderer, one node process), or loaded now."""
    loaded = sys.modules.get("dlnotes_katex")
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(
        "dlnotes_katex_for_notebooks", Path(__file__).with_name("katex.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


katex = _load_katex()
KatexError = katex.KatexError
render_many = katex.render_many
_TAG_RE = katex._TAG_RE
INLINE_WRAP = katex.INLINE_WRAP
DISPLAY_WRAP = katex.DISPLAY_WRAP


# -- notebook pages (mkdocs-jupyter) ------------------------------------------
# mkdocs-jupyter turns docs/<lang>/notebooks/*.ipynb into pages with nbconvert.
# What it hands over (page.content) is the notebook's cells inside
# <div class="jupyter-wrapper">, surrounded by inline <script>s (a clipboard
# element, a MathJax config with an empty src, a Mermaid loader from a CDN) and
# about 590 kB of inline JupyterLab CSS. Markdown cells keep $...$ / $$...$$
# as text (for MathJax) and their headings get ids slugified from the text
# (Hangul is dropped). render_notebook_html() makes such a page look like the
# other pages:
#
# - only the wrapper is kept: no <style>, no <script>;
# - code cells become Material code blocks (<div class="language-python
#   highlight"><pre><code>), so Material styles them and adds its copy button;
#   nbconvert's own copy button and hidden copy of the source are dropped;
# - in Markdown cells (never in code or outputs), $...$ and $$...$$ are
#   typeset by KaTeX, with the same wrappers as arithmatex formulas;
# - headings take the explicit id of a trailing "{ #id }" (CONTRIBUTING rule 1;
#   a heading without one fails the build) and Material's permalink;
# - relative links to .md pages and .ipynb notebooks point to the built pages;
# - images get the alternative text in their cell's metadata ("alt", written
#   by `python -m notebooks`), instead of nbconvert's "No description ...";
# - a link to download the .ipynb (copied next to the page by mkdocs-jupyter's
#   include_source) goes under the title.
#
# The page's table of contents and title are rebuilt from those headings.
NOTEBOOK_SUFFIX = ".ipynb"
_NB_START = '<div class="jupyter-wrapper">'
_NB_END = "</div> <!-- jupyter-wrapper -->"
_NB_CLIPBOARD_RE = re.compile(
    r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>\s*'
    r'|<div class="clipboard-copy-txt" id="cell-\d+">[^<]*</div>\s*',
    re.S,
)
_NB_CODE_RE = re.compile(
    r'<div class="highlight-ipynb hl-(?P<lang>[\w+-]+)[^"]*"><pre>(?P<empty><span></span>)?(?P<code>.*?)</pre></div>',
    re.S,
)
_NB_MARKDOWN_OPEN = '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput'
_NB_DIV_RE = re.compile(r"<div\b|</div>")
_NB_PROTECTED_RE = re.compile(r"<pre\b.*?</pre>|<code\b.*?</code>", re.S)
_NB_DISPLAY_P_RE = re.compile(r"<p>\s*\$\$(?P<tex>.+?)\$\$\s*</p>", re.S)
_NB_DISPLAY_RE = re.compile(r"\$\$(?P<tex>.+?)\$\$", re.S)
_NB_INLINE_RE = re.compile(r"\$(?P<tex>[^$]+?)\$")
_NB_HEADING_RE = re.compile(
    r'<h(?P<level>[1-6]) id="[^"]*">(?P<inner>.*?)<a class="anchor-link" href="#[^"]*">¶</a></h(?P=level)>',
    re.S,
)
_NB_EXPLICIT_ID_RE = re.compile(r"\s*\{\s*#(?P<id>[A-Za-z][\w-]*)\s*\}\s*$")
_NB_LINK_RE = re.compile(r'<a href="(?P<href>[^"#:]+\.(?:md|ipynb))(?P<frag>#[^"]*)?"')
_NB_NO_ALT = 'alt="No description has been provided for this image"'
_NB_DOWNLOAD_ICON = (  # Material Design Icons "download"
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">'
    '<path d="M5 20h14v-2H5m14-9h-4V3H9v6H5l7 7 7-7Z"/></svg>'
)
_NB_DOWNLOAD_TEXT = {"ko": "노트북 파일 내려받기", "en": "Download the notebook"}


def notebooks_are_pages(config) -> None:
    """Make MkDocs treat ``*.ipynb`` files as pages, not as static files.

    mkdocs-jupyter marks notebooks as pages by wrapping their ``File`` in its
    ``on_files``; mkdocs-static-i18n's ``on_files`` runs after it (priority
    -100) and rebuilds every ``File`` from scratch, dropping the wrapper. The
    notebooks were then static files: their JSON was copied to
    ``.../index.html`` in both languages, and i18n computed no alternates for
    them (wrapped again later, the English page's language menu still sent
    Korean readers to the home page). Plugin order cannot change event
    priorities, so the test itself, ``File.is_documentation_page``, learns
    the suffix; it is in place before any ``on_files`` runs. Only with
    mkdocs-jupyter in the plugins (else nothing could render a notebook).
    """
    from mkdocs.structure.files import File

    if config["plugins"].get("mkdocs-jupyter") is None:
        return

    original = File.is_documentation_page
    if getattr(original, "_dlnotes_notebooks", False):
        return

    def is_documentation_page(self: File) -> bool:
        return original(self) or self.src_uri.endswith(NOTEBOOK_SUFFIX)

    is_documentation_page._dlnotes_notebooks = True  # type: ignore[attr-defined]
    File.is_documentation_page = is_documentation_page  # type: ignore[method-assign]


def _markdown_cells(html: str) -> list[tuple[int, int]]:
    """(start, end) of the inner HTML of every rendered Markdown cell."""
    spans = []
    pos = 0
    while (start := html.find(_NB_MARKDOWN_OPEN, pos)) != -1:
        inner = html.index(">", start) + 1
        depth = 1
        for m in _NB_DIV_RE.finditer(html, inner):
            depth += 1 if m[0] == "<div" else -1
            if depth == 0:
                spans.append((inner, m.start()))
                pos = m.end()
                break
        else:
            raise KatexError("unclosed Markdown cell <div>")
    return spans


def _typeset_cell(cell: str, where: str) -> str:
    """Typeset the $...$ and $$...$$ of one Markdown cell's HTML."""
    formulas: list[tuple[str, bool]] = []

    def stash(tex: str, display: bool) -> str:
        formulas.append((html_lib.unescape(tex).strip(), display))
        return f"\x00{len(formulas) - 1}\x00"

    def math(text: str) -> str:
        text = _NB_DISPLAY_P_RE.sub(lambda m: stash(m["tex"], True), text)
        if "$$" in text:
            raise KatexError(f"{where}: display math $$...$$ must be a paragraph of its own")
        text = _NB_INLINE_RE.sub(lambda m: stash(m["tex"], False), text)
        if "$" in text:
            raise KatexError(f"{where}: unbalanced $ in a Markdown cell: {text.strip()[:120]!r}")
        return text

    parts, pos = [], 0
    for m in _NB_PROTECTED_RE.finditer(cell):  # code spans and blocks stay as they are
        parts += [math(cell[pos : m.start()]), m[0]]
        pos = m.end()
    parts.append(math(cell[pos:]))
    out = "".join(parts)
    if not formulas:
        return out
    rendered = render_many(formulas, where)

    def put_back(m: re.Match[str]) -> str:
        k = int(m[1])
        return (DISPLAY_WRAP if formulas[k][1] else INLINE_WRAP).format(rendered[k])

    return re.sub(r"\x00(\d+)\x00", put_back, out)


def _toc_tokens(headings: list[tuple[int, str, str]]) -> list[dict]:
    """Nested toc tokens (as Python-Markdown's toc extension makes them)."""
    root: list[dict] = []
    stack: list[dict] = []
    for level, hid, name in headings:
        token = {"level": level, "id": hid, "name": name, "children": []}
        while stack and stack[-1]["level"] >= level:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(token)
        stack.append(token)
    return root


def render_notebook_html(
    html: str,
    where: str = "<string>",
    *,
    alts: Sequence[str | None] = (),
    resolve_link=None,
    download: tuple[str, str] | None = None,
) -> tuple[str, list[dict], str | None]:
    """Turn mkdocs-jupyter's page content into a plain page (see above).

    ``alts``: the alternative text of each image output, in order (``None``
    keeps nbconvert's). ``resolve_link(path, fragment)``: the URL of a
    relative ``.md``/``.ipynb`` link (raises ``KatexError`` if there is no
    such page). ``download``: ``(href, label)`` of the download link.
    Returns the HTML, the toc tokens and the title (the ``#`` heading).
    """
    start, end = html.find(_NB_START), html.find(_NB_END)
    if start == -1 or end == -1:
        raise KatexError(f"{where}: no mkdocs-jupyter notebook output (jupyter-wrapper) found")
    body = html[start : end + len(_NB_END)]
    body = _NB_CLIPBOARD_RE.sub("", body)
    body = body.replace(
        '<div class="jp-Cell-inputWrapper" tabindex="0">', '<div class="jp-Cell-inputWrapper">'
    )
    body = _NB_CODE_RE.sub(
        lambda m: (
            f'<div class="language-{m["lang"]} highlight"><pre>{m["empty"] or ""}'
            f"<code>{m['code']}</code></pre></div>"
        ),
        body,
    )

    headings: list[tuple[int, str, str]] = []

    def heading(m: re.Match[str]) -> str:
        level, inner = int(m["level"]), m["inner"]
        idm = _NB_EXPLICIT_ID_RE.search(inner)
        text = html_lib.unescape(_TAG_RE.sub("", inner)).strip()
        if not idm:
            raise KatexError(f"{where}: notebook heading without an explicit {{ #id }}: {text!r}")
        inner = inner[: idm.start()]
        if "katex" in inner:
            raise KatexError(f"{where}: no math in notebook headings, please: {text!r}")
        headings.append((level, idm["id"], html_lib.unescape(_TAG_RE.sub("", inner)).strip()))
        return (
            f'<h{level} id="{idm["id"]}">{inner}<a class="headerlink" href="#{idm["id"]}" '
            f'title="Permanent link">&para;</a></h{level}>'
        )

    def link(m: re.Match[str]) -> str:
        if resolve_link is None:
            return m[0]
        return f'<a href="{html_lib.escape(resolve_link(html_lib.unescape(m["href"]), (m["frag"] or "")[1:]))}"'

    parts, pos = [], 0
    for cell_start, cell_end in _markdown_cells(body):
        cell = _typeset_cell(body[cell_start:cell_end], where)
        cell = _NB_HEADING_RE.sub(heading, cell)
        parts += [body[pos:cell_start], _NB_LINK_RE.sub(link, cell)]
        pos = cell_end
    parts.append(body[pos:])
    body = "".join(parts)

    if alts:
        images = body.split(_NB_NO_ALT)
        if len(alts) != len(images) - 1:
            raise KatexError(
                f"{where}: {len(images) - 1} images on the page, {len(alts)} in the notebook"
            )
        body = images[0] + "".join(
            (f'alt="{html_lib.escape(alt)}"' if alt else _NB_NO_ALT) + rest
            for alt, rest in zip(alts, images[1:], strict=True)
        )

    title = next((name for level, _id, name in headings if level == 1), None)
    if download is not None:
        href, label = download
        link_html = (
            f'<p class="nb-download"><a href="{html_lib.escape(href)}" download>'
            f"{_NB_DOWNLOAD_ICON}{html_lib.escape(label)} (.ipynb)</a></p>"
        )
        h1_end = body.find("</h1>")
        at = h1_end + len("</h1>") if h1_end != -1 else 0
        body = body[:at] + link_html + body[at:]
    return body, _toc_tokens(headings), title


def _notebook_alts(path: str) -> list[str | None]:
    """The ``"alt"`` of each image output's cell, in order."""
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    alts: list[str | None] = []
    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []):
            if any(k.startswith("image/") for k in output.get("data", {})):
                alts.append(cell.get("metadata", {}).get("alt"))
    return alts


def render_notebook_page(html, page, config, files, where: str) -> str:
    """``render_notebook_html`` for an MkDocs page; sets ``page.toc`` and ``page.title``."""
    import posixpath

    from mkdocs.structure.toc import get_toc

    src_dir = posixpath.dirname(page.file.src_uri)

    def resolve_link(path: str, fragment: str) -> str:
        target = posixpath.normpath(posixpath.join(src_dir, path))
        found = files.get_file_from_path(target)
        if found is None:
            raise KatexError(f"{where}: link to {path!r}, but there is no page {target!r}")
        url = found.url_relative_to(page.file)
        return f"{url}#{fragment}" if fragment else url

    lang = page.file.src_uri.split("/", 1)[0]
    name = posixpath.basename(page.file.src_uri)
    label = _NB_DOWNLOAD_TEXT.get(lang, _NB_DOWNLOAD_TEXT["en"])
    plugin = config["plugins"].get("mkdocs-jupyter")
    download = (name, label) if plugin is not None and plugin.config.get("include_source") else None
    body, tokens, title = render_notebook_html(
        html,
        where,
        alts=_notebook_alts(page.file.abs_src_path),
        resolve_link=resolve_link,
        download=download,
    )
    page.toc = get_toc(tokens)
    if title:
        page.title = title
    return body


# -- MkDocs events -----------------------------------------------------------
def on_config(config, **kwargs):
    notebooks_are_pages(config)
    return config


def on_page_content(html, page, config, files, **kwargs):
    if not page.file.src_uri.endswith(NOTEBOOK_SUFFIX):
        return html
    where = f"{Path(config['docs_dir']).name}/{page.file.src_uri}"
    try:
        return render_notebook_page(html, page, config, files, where)
    except KatexError as exc:
        raise PluginError(str(exc)) from None
