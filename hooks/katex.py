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

Notebook pages (``docs/<lang>/notebooks/*.ipynb``) are left alone here: the
hook ``hooks/notebook_pages.py`` turns them into site pages and typesets their
formulas with this module's renderer.

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


# -- MkDocs events -----------------------------------------------------------
# `mkdocs build --dirty` renders only the pages that changed, so the formulas
# seen in this process are not all the site's: ship KaTeX's full fonts then.
_FULL_FONTS = False


def on_startup(command, dirty, **kwargs):
    global _FULL_FONTS
    _FULL_FONTS = command != "serve" and dirty


def on_config(config, **kwargs):
    check_installed()
    return config


def on_page_content(html, page, config, files, **kwargs):
    where = f"{Path(config['docs_dir']).name}/{page.file.src_uri}"
    if page.file.src_uri.endswith(".ipynb"):
        return html  # hooks/notebook_pages.py renders notebook pages
    try:
        return render_math_html(html, where)
    except KatexError as exc:
        raise PluginError(str(exc)) from None


# Material's search plugin indexes page.content in on_page_context with an
# HTMLParser that visits every tag, and KaTeX's output is most of the tags of a
# lecture page (a tenth of a second per page). The math is excluded from the
# index anyway, so the indexer gets the page with every formula emptied, and
# the real content is put back right after it (removing the data-search-*
# attributes, as the search plugin does).
_WRAPS = (  # (opening, closing) of the two wrappers above; neither nests
    ('<dl-math data-search-exclude="math">', "</dl-math>"),
    ('<div class="math-display" data-search-exclude="math">', "</div>"),
)
_SEARCH_ATTR_RE = re.compile(r'\s?data-search-\w+="[^"]+"')
_STASH = "_dlnotes_katex_content"


def without_formulas(html: str) -> str:
    """``html`` with every typeset formula emptied, its wrapper kept.

    A plain scan (each wrapper ends at the first closing tag of its kind):
    a lazy regular expression over KaTeX's output took a fifth of a second
    per build.
    """
    out: list[str] = []
    pos = 0
    nxt = [html.find(opening) for opening, _ in _WRAPS]
    while True:
        live = [(at, k) for k, at in enumerate(nxt) if at >= 0]
        if not live:
            break
        start, k = min(live)
        opening, closing = _WRAPS[k]
        end = html.find(closing, start + len(opening))
        if end < 0:
            break
        out += [html[pos : start + len(opening)], closing]
        pos = end + len(closing)
        nxt = [
            at if at < 0 or at >= pos else html.find(o, pos)
            for at, (o, _) in zip(nxt, _WRAPS, strict=True)
        ]
    out.append(html[pos:])
    return "".join(out)


def strip_search_attributes(html: str) -> str:
    """Remove the data-search-* attributes, as Material's search plugin does."""
    html = html.replace(' data-search-exclude="math"', "")
    return _SEARCH_ATTR_RE.sub("", html) if "data-search-" in html else html


@event_priority(10)  # before material/search (0)
def _on_page_context_light(context, page, config, nav, **kwargs):
    content = page.content or ""
    if 'data-search-exclude="math"' in content:
        setattr(page, _STASH, content)
        page.content = without_formulas(content)
    return context


@event_priority(-10)  # after material/search (0)
def _on_page_context_restore(context, page, config, nav, **kwargs):
    full = getattr(page, _STASH, None)
    if full is not None:
        page.content = strip_search_attributes(full)
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
