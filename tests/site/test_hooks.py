"""Tests of hooks/katex.py and hooks/site_assets.py."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError
from sitetools import ROOT, html_files


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def site_assets():
    return _load("hooks_site_assets_under_test", ROOT / "hooks" / "site_assets.py")


@pytest.fixture(scope="module")
def katex():
    if "dlnotes_katex" in sys.modules:
        return sys.modules["dlnotes_katex"]
    return _load("hooks_katex_under_test", ROOT / "hooks" / "katex.py")


def test_inline_and_display_are_replaced(katex) -> None:
    html = (
        '<p>a <span class="arithmatex">\\(x^{[l](i)}\\)</span> b</p>\n'
        '<div class="arithmatex">\\[\n\\hat{y} = \\sigma(z)\n\\]</div>'
    )
    out = katex.render_math_html(html, "test.md")
    assert "arithmatex" not in out
    assert out.count('<span class="katex">') == 2
    assert '<dl-math data-search-exclude="math"><span class="katex">' in out
    assert (
        '<div class="math-display" data-search-exclude="math"><span class="katex-display">' in out
    )
    assert '<annotation encoding="application/x-tex">\\hat{y} = \\sigma(z)</annotation>' in out


def test_entities_are_unescaped_before_rendering(katex) -> None:
    out = katex.render_math_html(
        '<span class="arithmatex">\\(a &lt; b \\&amp; c &gt; d\\)</span>', "t"
    )
    # KaTeX got "a < b \& c > d": a relation, an ampersand and a relation
    mathml = re.search(r"<math.*?</math>", out).group(0)
    assert "<mo>&lt;</mo>" in mathml and "<mo>&gt;</mo>" in mathml and "&amp;" in mathml
    assert "&amp;lt;" not in out


def test_begin_environment_block(katex) -> None:
    html = (
        '<div class="arithmatex">\\begin{aligned} a &amp;= b \\\\ c &amp;= d \\end{aligned}</div>'
    )
    out = katex.render_math_html(html, "t")
    assert 'class="katex-display"' in out


def test_parse_error_names_page_and_formula(katex) -> None:
    with pytest.raises(katex.KatexError) as err:
        katex.render_math_html('<span class="arithmatex">\\(\\frac{1}{\\)</span>', "docs/ko/x.md")
    msg = str(err.value)
    assert "docs/ko/x.md" in msg and "$\\frac{1}{$" in msg


def test_on_page_content_raises_plugin_error(katex) -> None:
    class File:
        src_uri = "en/week2/broken.md"

    class Page:
        file = File()

    with pytest.raises(PluginError, match=r"docs/en/week2/broken\.md.*\\undefinedmacro"):
        katex.on_page_content(
            '<span class="arithmatex">\\(\\undefinedmacro{x}\\)</span>',
            page=Page(),
            config={"docs_dir": str(ROOT / "docs")},
            files=None,
        )


def test_cache_and_single_process(katex) -> None:
    r = katex.RENDERER
    before = dict(r.stats)
    tex = r"\sum_{i=1}^{m} \mathcal{L}(\hat{y}^{(i)}, y^{(i)}) + 0.123456"
    first = katex.render(tex, True, "t")
    proc = r._proc
    second = katex.render(tex, True, "t")
    assert first == second
    assert r.stats["rendered"] == before["rendered"] + 1
    assert r.stats["cache_hits"] >= before["cache_hits"] + 1
    assert r._proc is proc and proc.poll() is None  # one long-lived process


def test_many_formulas_one_round_trip(katex) -> None:
    r = katex.RENDERER
    before = r.stats["requests"]
    katex.render_many([(f"x_{{{i}}} + {i}.5", i % 2 == 0) for i in range(200)], "t")
    assert r.stats["requests"] == before + 1


def test_woff2_only_css(katex) -> None:
    css, fonts = katex.woff2_only_css(
        (katex.KATEX_DIST / "katex.min.css").read_text(encoding="utf-8")
    )
    assert fonts and all(f.endswith(".woff2") for f in fonts)
    assert ".woff)" not in css and ".ttf)" not in css
    assert all((katex.KATEX_DIST / f).is_file() for f in fonts)


def test_missing_node_modules_says_npm_ci(
    katex, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(katex, "KATEX_DIST", tmp_path / "nope")
    with pytest.raises(PluginError, match="npm ci"):
        katex.check_installed()


def test_missing_snippet_region_fails() -> None:
    """pymdownx.snippets with check_paths raises on a missing file or region."""
    import markdown
    from mkdocs.config import load_config
    from pymdownx.snippets import SnippetMissingError

    cfg = load_config(str(ROOT / "mkdocs.yml"))
    md = markdown.Markdown(
        extensions=cfg["markdown_extensions"], extension_configs=cfg["mdx_configs"]
    )
    with pytest.raises(SnippetMissingError, match="no-such-region"):
        md.convert('```python\n--8<-- "src/dlnotes/activations.py:no-such-region"\n```\n')
    md.reset()
    with pytest.raises(SnippetMissingError):
        md.convert('```python\n--8<-- "src/dlnotes/no_such_module.py"\n```\n')


def test_subset_fonts_cover_every_formula_character(site: Path, katex) -> None:
    """The subset fonts still draw every character any formula of the site uses."""
    from fontTools.ttLib import TTFont

    math = re.compile(r'<dl-math>.*?</dl-math>|<div class="math-display">.*?</div>', re.S)
    chars = katex.formula_characters(
        m.group(0)
        for page in html_files(site)
        for m in math.finditer(page.read_text(encoding="utf-8"))
    )
    assert chars, "no formula found in the site"
    fonts = sorted((site / "assets/katex/fonts").glob("*.subset.woff2"))
    assert {f.name.split(".")[0] for f in fonts} == set(katex.SUBSET_FONTS)
    for font in fonts:
        name = font.name.split(".")[0]
        full = set(TTFont(str(katex.KATEX_DIST / "fonts" / f"{name}.ttf")).getBestCmap())
        kept = set(TTFont(str(font)).getBestCmap())
        missing = {chr(c) for c in (full & {ord(ch) for ch in chars}) - kept}
        assert not missing, f"{font.name} lost glyphs the formulas use: {sorted(missing)}"
        assert len(kept) < len(full), f"{font.name} was not subset"


def test_subsets_are_smaller_than_katex_woff2(site: Path, katex) -> None:
    for font in (site / "assets/katex/fonts").glob("*.subset.woff2"):
        original = katex.KATEX_DIST / "fonts" / (font.name.split(".")[0] + ".woff2")
        assert font.stat().st_size < original.stat().st_size, font.name


def test_abbreviation_spacing_changes_nothing_but_speed(site_assets) -> None:
    import markdown
    from mkdocs.config import load_config

    cfg = load_config(str(ROOT / "mkdocs.yml"))
    exts = [e for e in cfg["markdown_extensions"] if isinstance(e, str)]
    text = (ROOT / "docs" / "ko" / "index.md").read_text(encoding="utf-8") + (
        "\n\n```text\n*[A]: kept\n*[B]: as is\n```\n\n*[KaTeX]: K\n*[NumPy]: N\n"
    )
    plain = markdown.Markdown(extensions=exts, extension_configs=cfg["mdx_configs"]).convert(text)
    spaced = markdown.Markdown(
        extensions=[*exts, site_assets.SpaceAbbreviationsExtension()],
        extension_configs=cfg["mdx_configs"],
    ).convert(text)
    assert spaced == plain
    assert "*[A]: kept" in spaced and "*[B]: as is" in spaced  # fenced code stays code
    assert '<abbr title="K">KaTeX</abbr>' in spaced


def test_language_links_are_relative_on_home_pages(site: Path) -> None:
    for page in (site / "index.html", site / "en" / "index.html"):
        links = re.findall(
            r'<a href="([^"]*)" hreflang="\w+" class="md-select__link"', page.read_text()
        )
        assert len(links) == 2 and not any(u.startswith("/") for u in links), links


def test_sitemap_in_every_language_root(site: Path) -> None:
    assert (site / "sitemap.xml").is_file() and (site / "en" / "sitemap.xml").is_file()


def test_search_never_sees_the_math_but_the_page_keeps_it(site: Path) -> None:
    page = (site / "index.html").read_text(encoding="utf-8")
    assert "data-search-exclude" not in page
    assert (
        '<dl-math><span class="katex">' in page
        and '<div class="math-display"><span class="katex-display">' in page
    )


def test_a_second_copy_shares_the_renderer(katex) -> None:
    """A notebook hook doing `import katex` (hooks/ on sys.path) gets the same renderer."""
    first = sys.modules["dlnotes_katex"]
    again = _load("katex_imported_again", ROOT / "hooks" / "katex.py")
    assert again.RENDERER is first.RENDERER


def test_strict_mode_complaints_become_warnings(katex, caplog: pytest.LogCaptureFixture) -> None:
    """Hangul outside \\text{} is a KaTeX strict-mode complaint: a warning (fatal with --strict)."""
    with caplog.at_level("WARNING", logger="mkdocs.hooks.katex"):
        katex.render("x = 비용", False, "docs/ko/x.md")
    assert any(
        "docs/ko/x.md" in r.getMessage() and "비용" in r.getMessage() for r in caplog.records
    )


def test_search_dialog_is_named_in_the_page_language(site: Path) -> None:
    for page, label in ((site / "index.html", "검색"), (site / "en" / "index.html", "Search")):
        assert f'role="dialog" aria-label="{label}"' in page.read_text(encoding="utf-8")


def test_notebook_conversion_is_memoized_by_content(site_assets, tmp_path: Path) -> None:
    from mkdocs_jupyter import plugin as jupyter

    site_assets.memoize_notebook_conversion()
    site_assets.memoize_notebook_conversion()  # idempotent: wraps only once
    assert jupyter._dlnotes_memoized
    nb = ROOT / "docs" / "en" / "notebooks" / "logistic-regression.ipynb"
    copy = tmp_path / "nb.ipynb"
    copy.write_bytes(nb.read_bytes())
    first = jupyter._get_nb_toc_tokens(str(copy), 3)
    assert jupyter._get_nb_toc_tokens(str(copy), 3) is first  # cached
    copy.write_bytes(nb.read_bytes().replace(b"# Hands-on", b"# Changed", 1))
    assert jupyter._get_nb_toc_tokens(str(copy), 3) is not first  # new content, new result


def test_templates_compile_once_per_process(site_assets) -> None:
    from jinja2 import DictLoader, Environment

    envs = [Environment(loader=DictLoader({"t.html": "{{ 1 + 1 }}"})) for _ in range(2)]
    for env in envs:
        site_assets.on_env(env, config=None, files=None)
        assert env.get_template("t.html").render() == "2"
    assert envs[0].bytecode_cache is envs[1].bytecode_cache
    assert envs[0].bytecode_cache.store  # the second environment loaded it from memory


# -- what the search indexer is handed (hooks/katex.py, hooks/site_assets.py) --------
def test_without_formulas_empties_each_wrapper_only(katex) -> None:
    html = (
        '<p>a <dl-math data-search-exclude="math"><span class="katex">x</span></dl-math> b'
        '<div class="math-display" data-search-exclude="math"><span>y</span></div>'
        '<div class="other">kept</div> <dl-math data-search-exclude="math">z</dl-math></p>'
    )
    assert katex.without_formulas(html) == (
        '<p>a <dl-math data-search-exclude="math"></dl-math> b'
        '<div class="math-display" data-search-exclude="math"></div>'
        '<div class="other">kept</div> <dl-math data-search-exclude="math"></dl-math></p>'
    )
    assert katex.without_formulas("<p>no math</p>") == "<p>no math</p>"


def test_search_attributes_are_stripped_like_material_does(katex) -> None:
    html = '<dl-math data-search-exclude="math">x</dl-math><p data-search-boost="2">t</p>'
    material = re.sub(r"\s?data-search-\w+=\"[^\"]+\"", "", html)  # its on_page_context
    assert katex.strip_search_attributes(html) == material


def test_code_spans_are_dropped_for_the_indexer_text_kept(site_assets) -> None:
    html = (
        '<span class="keep">s</span><pre><code><span class="n">x</span>'
        '<span class="o">=</span><span class="mi">1</span></code></pre>'
    )
    light = site_assets.without_code_spans(html)
    assert light == '<span class="keep">s</span><pre><code>x=1</code></pre>'


def test_highlighting_and_search_entries_are_memoized(site_assets) -> None:
    """Both wrappers are installed once and return what the originals return."""
    import markdown
    from material.plugins.search.plugin import SearchIndex
    from pymdownx.highlight import Highlight

    site_assets.memoize_highlighting()
    site_assets.memoize_highlighting()  # idempotent
    assert Highlight._dlnotes_memoized
    md = markdown.Markdown(extensions=["pymdownx.highlight", "pymdownx.superfences"])
    block = "```python\nx = 1\n```"
    first, second = (
        md.convert(block),
        markdown.Markdown(extensions=["pymdownx.highlight", "pymdownx.superfences"]).convert(block),
    )
    assert first == second and '<span class="n">x</span>' in first

    site_assets.memoize_search_entries()
    site_assets.memoize_search_entries()
    assert SearchIndex._dlnotes_memoized

    class Page:
        url, title, meta, toc = "p/", "T", {}, []
        content = '<h1 id="t">T</h1><p>hello</p>'

    a, b = SearchIndex(), SearchIndex()
    a.add_entry_from_context(Page())
    b.add_entry_from_context(Page())  # from the cache
    assert a.entries == b.entries and a.entries and a.entries is not b.entries
    b.entries[0]["text"] = "changed"  # the cache hands out copies
    c = SearchIndex()
    c.add_entry_from_context(Page())
    assert c.entries == a.entries
