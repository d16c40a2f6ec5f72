"""Build-time KaTeX typesetting for dlnotes (an MkDocs hook).

``pymdownx.arithmatex`` (``generic: true``) turns ``$...$`` into
``<span class="arithmatex">\\(...\\)</span>`` and ``$$...$$`` into
``<div class="arithmatex">\\[...\\]</div>`` (a ``\\begin{env}...\\end{env}``
block keeps its environment instead of ``\\[ \\]``), with ``<``, ``>`` and
``&`` HTML-escaped. ``on_page_content`` replaces each of those with KaTeX's
HTML+MathML, so pages need no JavaScript for math. ``on_post_build`` writes
KaTeX's CSS and fonts to ``site/assets/katex/`` (``mkdocs.yml`` links the CSS
through ``extra_css``): the five fonts nearly every formula uses are subset to
the characters the site's formulas contain, the rest are KaTeX's woff2 files.

Speed: one long-lived ``node hooks/katex_server.mjs`` per process (started on
first use, one request per page, closed on shutdown/exit) and an in-memory
cache keyed by ``(tex, display)`` that lives as long as the process, i.e.
across the rebuilds of ``mkdocs serve``. The search indexer is handed the page
with its formulas emptied (``on_page_context``), since the math is not indexed
and is most of a page's tags.

Failure: a formula KaTeX cannot parse raises ``PluginError`` naming the page
source and the formula; KaTeX strict-mode complaints become MkDocs warnings
(fatal under ``--strict``). A missing ``node_modules/katex`` fails with "run
``npm ci``".

Notebook pages (``docs/<lang>/notebooks/*.ipynb``, rendered by mkdocs-jupyter)
go to ``render_notebook_page`` instead: it keeps only the cells (none of
mkdocs-jupyter's inline CSS and scripts), typesets the ``$...$`` and
``$$...$$`` of Markdown cells with the same renderer and wrappers, gives the
headings their ``{ #id }`` and rebuilds the page's toc; ``on_config`` makes
MkDocs count ``.ipynb`` files as pages (``notebooks_are_pages``). Details: the
"notebook pages" section below.

Reuse (e.g. a notebook hook that typesets ``$...$`` inside notebook cells)::

    import sys
    katex = sys.modules["dlnotes_katex"]      # this module, once it is loaded
    html = katex.render(r"\\hat{y}", display=False, where="docs/ko/x.ipynb")
    page_html = katex.render_math_html(page_html, where="docs/ko/x.ipynb")
    katex.render_many([(tex, display), ...], where=...)   # one round trip

List ``hooks/katex.py`` before any hook that uses it. Importing this file
again under another name (``import katex`` from a hook, whose directory is on
``sys.path`` while it loads) shares the same renderer, cache and process.
"""

from __future__ import annotations

import atexit
import html as html_lib
import json
import logging
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority

__all__ = [
    "KatexError",
    "Renderer",
    "copy_assets",
    "render",
    "render_many",
    "render_math_html",
]

log = logging.getLogger("mkdocs.hooks.katex")

ROOT = Path(__file__).resolve().parent.parent
SERVER = Path(__file__).resolve().with_name("katex_server.mjs")
KATEX_DIST = ROOT / "node_modules" / "katex" / "dist"
ASSET_DIR = "assets/katex"  # inside site_dir; mkdocs.yml extra_css points here
ALIAS = "dlnotes_katex"

# arithmatex (generic) output. The TeX inside is HTML-escaped, so it holds no
# raw "<" and the element cannot end early.
INLINE_RE = re.compile(r'<span class="arithmatex">\\\((?P<tex>[^<]*?)\\\)</span>')
BLOCK_RE = re.compile(r'<div class="arithmatex">(?P<tex>[^<]*?)</div>')

# What replaces them: KaTeX's output inside a wrapper that carries
# data-search-exclude, which keeps the formula (MathML text, TeX annotation and
# glyph spans, three copies) out of the search index; Material strips the
# attribute from the page afterwards. The wrapper's tag must not occur inside
# KaTeX's output, because Material's index parser matches the end of an
# excluded element by tag name: a <span> wrapper would stop excluding at the
# first inner </span>. Display math: a <div> (also the box that scrolls
# sideways, extra.css). Inline math: the custom element <dl-math> (valid
# HTML, inline by default, no semantics of its own).
INLINE_WRAP = '<dl-math data-search-exclude="math">{}</dl-math>'
DISPLAY_WRAP = '<div class="math-display" data-search-exclude="math">{}</div>'


class KatexError(Exception):
    """KaTeX rejected a formula (message names the place and the formula)."""


class Renderer:
    """A KaTeX node process plus a cache of rendered formulas."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._next_id = 0
        # (tex, display) -> (html, warnings)
        self.cache: dict[tuple[str, bool], tuple[str, tuple[str, ...]]] = {}
        self.stats = {"requests": 0, "rendered": 0, "cache_hits": 0}

    # -- process -----------------------------------------------------------
    def _start(self) -> subprocess.Popen[str]:
        check_installed()
        node = shutil.which("node")
        if node is None:
            raise PluginError(
                "KaTeX: `node` is not on PATH (Node.js 18+ is needed to typeset math)"
            )
        proc = subprocess.Popen(
            [node, str(SERVER)],
            cwd=str(ROOT),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,  # KaTeX/node diagnostics go straight to the terminal
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        log.debug("KaTeX: started node process %s", proc.pid)
        return proc

    def close(self) -> None:
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin:
                proc.stdin.close()
            proc.wait(timeout=5)
        except Exception:  # pragma: no cover - last resort
            proc.kill()
            proc.wait()
        finally:
            if proc.stdout:
                proc.stdout.close()

    def _request(self, items: list[dict]) -> list[dict]:
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._proc = self._start()
            proc = self._proc
            self._next_id += 1
            req_id = self._next_id
            assert proc.stdin and proc.stdout
            try:
                proc.stdin.write(
                    json.dumps({"id": req_id, "items": items}, ensure_ascii=False) + "\n"
                )
                proc.stdin.flush()
                line = proc.stdout.readline()
            except (BrokenPipeError, OSError) as exc:
                self._proc = None
                raise PluginError(f"KaTeX: the node process died ({exc})") from exc
            if not line:
                self._proc = None
                raise PluginError(f"KaTeX: the node process exited (code {proc.poll()})")
            reply = json.loads(line)
            if reply.get("id") != req_id or "results" not in reply:
                raise PluginError(f"KaTeX: unexpected reply from node: {line[:200]}")
            self.stats["requests"] += 1
            return reply["results"]

    # -- rendering ---------------------------------------------------------
    def render_many(self, formulas: Sequence[tuple[str, bool]], where: str) -> list[str]:
        """Render ``(tex, display)`` pairs (one node round trip for the misses)."""
        keys = [(tex, bool(display)) for tex, display in formulas]
        missing = list(dict.fromkeys(k for k in keys if k not in self.cache))
        self.stats["cache_hits"] += len(keys) - len(missing)
        if missing:
            results = self._request([{"tex": t, "display": d} for t, d in missing])
            for (tex, display), res in zip(missing, results, strict=True):
                if "error" in res:
                    kind = "display" if display else "inline"
                    raise KatexError(
                        f"{where}: KaTeX cannot typeset {kind} formula {_show(tex, display)}: {res['error']}"
                    )
                self.cache[(tex, display)] = (res["html"], tuple(res.get("warnings", ())))
                self.stats["rendered"] += 1
        out = []
        for key in keys:
            html, warnings = self.cache[key]
            for w in warnings:
                log.warning("%s: KaTeX: %s in %s", where, w, _show(*key))
            out.append(html)
        return out

    def render(self, tex: str, display: bool, where: str) -> str:
        return self.render_many([(tex, display)], where)[0]


def _show(tex: str, display: bool) -> str:
    return f"$${tex}$$" if display else f"${tex}$"


def _shared_renderer() -> Renderer:
    """The renderer of the first copy of this module, or a new one."""
    first = sys.modules.get(ALIAS)
    existing = getattr(first, "RENDERER", None)
    return existing if existing is not None else Renderer()


RENDERER: Renderer = _shared_renderer()
sys.modules.setdefault(ALIAS, sys.modules[__name__])
atexit.register(RENDERER.close)


# -- public functions ------------------------------------------------------
def render(tex: str, display: bool = False, where: str = "<string>") -> str:
    """KaTeX HTML for one formula; raises ``KatexError`` if it does not parse."""
    return RENDERER.render(tex, display, where)


def render_many(formulas: Iterable[tuple[str, bool]], where: str = "<string>") -> list[str]:
    """KaTeX HTML for several ``(tex, display)`` formulas, in order."""
    return RENDERER.render_many(list(formulas), where)


def _block_tex(raw: str) -> str:
    tex = raw.strip()
    if tex.startswith("\\[") and tex.endswith("\\]"):
        tex = tex[2:-2]
    return tex.strip()


def render_math_html(html: str, where: str = "<string>") -> str:
    """Replace every arithmatex element in ``html`` by KaTeX output.

    Raises ``KatexError`` naming ``where`` and the formula on a parse error.
    """
    matches: list[tuple[int, int, str, bool]] = []
    for m in INLINE_RE.finditer(html):
        matches.append((m.start(), m.end(), html_lib.unescape(m["tex"]).strip(), False))
    for m in BLOCK_RE.finditer(html):
        matches.append((m.start(), m.end(), _block_tex(html_lib.unescape(m["tex"])), True))
    if not matches:
        return html
    matches.sort()
    rendered = render_many([(tex, display) for _, _, tex, display in matches], where)
    parts, pos = [], 0
    for (start, end, _tex, display), out in zip(matches, rendered, strict=True):
        parts.append(html[pos:start])
        parts.append((DISPLAY_WRAP if display else INLINE_WRAP).format(out))
        pos = end
    parts.append(html[pos:])
    return "".join(parts)


# -- assets ----------------------------------------------------------------
def check_installed() -> None:
    if not (KATEX_DIST / "katex.min.css").is_file():
        raise PluginError(
            f"KaTeX is not installed ({KATEX_DIST} is missing): run `npm ci` in {ROOT}"
        )


_FONT_FACE_SRC = re.compile(r"src:(?P<urls>[^;}]*)")
_WOFF2_URL = re.compile(r"url\((?P<url>fonts/[^)]+?\.woff2)\)\s*format\([\"']?woff2[\"']?\)")

# The fonts nearly every formula uses: these are cut down to the characters the
# site's formulas contain (about 100) and served as WOFF2 (fontTools writes it
# with the brotli module, pinned in the docs extra). Every other KaTeX font is
# copied as KaTeX ships it (woff2): a browser only downloads a font a page
# actually uses, and those are rare and small.
SUBSET_FONTS = (
    "KaTeX_Main-Regular",
    "KaTeX_Math-Italic",
    "KaTeX_Main-Bold",
    "KaTeX_Main-Italic",
    "KaTeX_AMS-Regular",
)
_TAG_RE = re.compile(r"<[^>]*>")


def woff2_only_css(css: str) -> tuple[str, list[str]]:
    """KaTeX's CSS with every @font-face ``src`` cut down to its woff2 file."""
    fonts: list[str] = []

    def repl(m: re.Match[str]) -> str:
        urls = m["urls"]
        if "url(" not in urls:
            return m.group(0)
        w = _WOFF2_URL.search(urls)
        if not w:
            raise PluginError(f"KaTeX CSS: no woff2 font in {urls[:120]!r}")
        fonts.append(w["url"])
        return f'src:url({w["url"]}) format("woff2")'

    return _FONT_FACE_SRC.sub(repl, css), fonts


def formula_characters(rendered: Iterable[str]) -> frozenset[str]:
    """Every character of the text of KaTeX outputs (what the fonts must draw)."""
    chars: set[str] = set()
    for out in rendered:
        chars.update(html_lib.unescape(_TAG_RE.sub("", out)))
    return frozenset(chars)


_SUBSET_CACHE: dict[tuple[str, frozenset[str]], bytes] = {}


def subset_font(name: str, chars: frozenset[str]) -> bytes:
    """``fonts/<name>.ttf`` cut down to ``chars``, as WOFF2 bytes (cached)."""
    key = (name, chars)
    if key not in _SUBSET_CACHE:
        import io

        from fontTools import subset
        from fontTools.ttLib import TTFont

        logging.getLogger("fontTools").setLevel(logging.ERROR)
        opts = subset.Options()
        opts.flavor = "woff2"
        opts.hinting = False  # a third of the size; modern rasterizers ignore it
        opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # copyright, names, version
        opts.notdef_outline = True
        font = TTFont(str(KATEX_DIST / "fonts" / f"{name}.ttf"), recalcTimestamp=False)
        subsetter = subset.Subsetter(opts)
        subsetter.populate(unicodes=sorted(ord(c) for c in chars))
        subsetter.subset(font)
        buf = io.BytesIO()
        font.flavor = "woff2"  # needs the brotli module (docs extra)
        font.save(buf)
        _SUBSET_CACHE[key] = buf.getvalue()
    return _SUBSET_CACHE[key]


def build_assets(chars: frozenset[str] | None) -> tuple[str, dict[str, bytes | Path]]:
    """KaTeX CSS and ``{font url: bytes or source path}``.

    ``chars`` None: KaTeX's own woff2 files, untouched. Otherwise the fonts in
    SUBSET_FONTS are subset to ``chars`` and the CSS points at those.
    """
    css, woff2 = woff2_only_css((KATEX_DIST / "katex.min.css").read_text(encoding="utf-8"))
    files: dict[str, bytes | Path] = {}
    for url in woff2:
        name = url[len("fonts/") : -len(".woff2")]
        if chars is not None and name in SUBSET_FONTS:
            new_url = f"fonts/{name}.subset.woff2"
            files[new_url] = subset_font(name, chars)
            css = css.replace(f"src:url({url})", f"src:url({new_url})")
        else:
            files[url] = KATEX_DIST / url
    return css, files


def copy_assets(site_dir: str | Path, chars: frozenset[str] | None = None) -> Path:
    """Write ``assets/katex/katex.min.css`` and the fonts it refers to."""
    check_installed()
    dest = Path(site_dir) / ASSET_DIR
    css, files = build_assets(chars)
    (dest / "fonts").mkdir(parents=True, exist_ok=True)
    for url, src in files.items():
        target = dest / url
        data = src if isinstance(src, bytes) else None
        if data is None:
            if not Path(src).is_file():
                raise PluginError(
                    f"KaTeX CSS refers to {url}, which is not in {KATEX_DIST}: run `npm ci`"
                )
            if not (target.is_file() and target.stat().st_size == Path(src).stat().st_size):
                shutil.copyfile(src, target)
        elif not (target.is_file() and target.read_bytes() == data):
            target.write_bytes(data)
    css_path = dest / "katex.min.css"
    if not (css_path.is_file() and css_path.read_text(encoding="utf-8") == css):
        css_path.write_text(css, encoding="utf-8")
    return css_path


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
# `mkdocs build --dirty` renders only the pages that changed, so the formulas
# seen in this process are not all the site's: ship KaTeX's full fonts then.
_FULL_FONTS = False


def on_startup(command, dirty, **kwargs):
    global _FULL_FONTS
    _FULL_FONTS = command != "serve" and dirty


def on_config(config, **kwargs):
    check_installed()
    notebooks_are_pages(config)
    return config


def on_page_content(html, page, config, files, **kwargs):
    where = f"{Path(config['docs_dir']).name}/{page.file.src_uri}"
    try:
        if page.file.src_uri.endswith(NOTEBOOK_SUFFIX):
            return render_notebook_page(html, page, config, files, where)
        return render_math_html(html, where)
    except KatexError as exc:
        raise PluginError(str(exc)) from None


# Material's search plugin indexes page.content in on_page_context with an
# HTMLParser that visits every tag, and KaTeX's output is most of the tags of a
# lecture page (a tenth of a second per page). The math is excluded from the
# index anyway, so the indexer gets the page with every formula emptied, and
# the real content is put back right after it (removing the data-search-*
# attributes, as the search plugin does).
_TYPESET_RE = re.compile(
    r'(<dl-math data-search-exclude="math">).*?(</dl-math>)'
    r'|(<div class="math-display" data-search-exclude="math">).*?(</div>)',
    re.S,
)
_SEARCH_ATTR_RE = re.compile(r'\s?data-search-\w+="[^"]+"')
_STASH = "_dlnotes_katex_content"


@event_priority(10)  # before material/search (0)
def _on_page_context_light(context, page, config, nav, **kwargs):
    content = page.content or ""
    if 'data-search-exclude="math"' in content:
        setattr(page, _STASH, content)
        page.content = _TYPESET_RE.sub(lambda m: (m[1] or m[3]) + (m[2] or m[4]), content)
    return context


@event_priority(-10)  # after material/search (0)
def _on_page_context_restore(context, page, config, nav, **kwargs):
    full = getattr(page, _STASH, None)
    if full is not None:
        page.content = _SEARCH_ATTR_RE.sub("", full)
        delattr(page, _STASH)
    return context


on_page_context = CombinedEvent(_on_page_context_light, _on_page_context_restore)


def on_post_build(config, **kwargs):
    # Every formula rendered in this process (the cache outlives `mkdocs
    # serve` rebuilds), so the subset covers the whole site.
    chars = None if _FULL_FONTS else formula_characters(h for h, _w in RENDERER.cache.values())
    copy_assets(config["site_dir"], chars)


def on_shutdown(**kwargs):
    RENDERER.close()
