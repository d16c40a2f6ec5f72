"""The hands-on notebooks: fresh outputs, committed outputs, parity, built pages.

- ``python -m notebooks --out <tmp>`` executes every source (both languages);
  the key numbers the pages quote are in the fresh outputs, and the committed
  docs/{ko,en}/notebooks/*.ipynb have the same cells and the same text outputs
  (images and metadata aside): outputs cannot go stale.
- The two languages' notebooks have identical code cells (and outputs), in the
  same order; only the Markdown differs, with the same heading ids, formulas
  and links.
- Each built notebook page is an HTML page (not the raw JSON) of at most
  300 kB, with its figures, KaTeX-typeset math and no raw ``$``, headings with
  the explicit ids, Material code blocks, no inline stylesheet or script from
  mkdocs-jupyter, and a working link to download the ``.ipynb``.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import nbformat
import pytest
from sitetools import DEFAULT_LANG, DOCS, LANGS, ROOT, parse_file

if str(ROOT) not in sys.path:  # `notebooks` is a top-level package of the repository
    sys.path.insert(0, str(ROOT))

import notebooks as nbsrc

NAMES = [s.name for s in nbsrc.sources()]
MAX_PAGE_BYTES = 300_000

KO, EN = LANGS


def _committed(lang: str, name: str) -> nbformat.NotebookNode:
    return nbformat.read(DOCS / lang / "notebooks" / f"{name}.ipynb", as_version=4)


def _stdout(nb: nbformat.NotebookNode) -> str:
    return "\n".join(
        text for cell in nbsrc.text_outputs(nb) for kind, text in cell if kind == "stdout"
    )


def _number(pattern: str, text: str) -> float:
    m = re.search(pattern, text)
    assert m, f"no output matches {pattern!r}"
    return float(m[1])


# -- fresh execution -------------------------------------------------------------
@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], nbformat.NotebookNode]:
    """Every notebook in every language, executed now by ``python -m notebooks``."""
    out = tmp_path_factory.mktemp("notebooks")
    proc = subprocess.run(
        [sys.executable, "-m", "notebooks", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, f"python -m notebooks failed:\n{proc.stdout}\n{proc.stderr}"
    return {
        (lang, name): nbformat.read(out / lang / "notebooks" / f"{name}.ipynb", as_version=4)
        for lang in LANGS
        for name in NAMES
    }


def test_sources_are_found() -> None:
    assert NAMES == ["deep-network", "logistic-regression", "planar-flower"]


@pytest.mark.parametrize("lang", LANGS)
def test_deep_network_numbers(fresh, lang: str) -> None:
    out = _stdout(fresh[lang, "deep-network"])
    # The course's published values for its step-by-step checks.
    assert "W1[0] = [ 0.01788628  0.0043651   0.00096497 -0.01863493 -0.00277388]" in out
    assert "sigmoid: [[0.96890023 0.11013289]]" in out
    assert "relu:    [[3.43896131 0.        ]]" in out
    assert "AL = [[0.03921668 0.70498921 0.19734387 0.04728177]]" in out
    assert "cost = 0.2797765635793422" in out
    assert "old W1 untouched: True" in out
    # The gradient check: fooled by a ReLU kink (seed 1), right without one (seed 2),
    # and a broken dW1 is caught.
    assert "seed 1: a nudge crosses a ReLU kink: True" in out
    assert (
        _number(r"seed 2: a nudge crosses a ReLU kink: False, relative difference (\S+)", out)
        < 1e-7
    )
    assert _number(r"dW1 missing 1/m: relative difference (\S+)", out) > 1e-2
    # The numbers the Markdown cells quote.
    assert "4 layers, learning rate 0.0075: cost 0.6967 -> 0.3496" in out
    table = dict(re.findall(r"^(\S.*?) +(\d+\.\d+%) +\d+\.\d+%$", out, re.M))
    test = {k: float(v) for k, v in re.findall(r"^(\S.*?) +\d+\.\d+% +(\d+\.\d+)%$", out, re.M)}
    assert table == {
        "logistic regression": "47.00%",
        "1 hidden layer, 4 tanh units": "90.33%",
        "2 layers (2, 7, 1), ReLU": "83.33%",
        "4 layers [2, 20, 7, 5, 1], ReLU": "90.33%",
    }
    assert test == {
        "logistic regression": 45.0,
        "1 hidden layer, 4 tanh units": 87.0,
        "2 layers (2, 7, 1), ReLU": 79.0,
        "4 layers [2, 20, 7, 5, 1], ReLU": 89.0,
    }


@pytest.mark.parametrize("lang", LANGS)
def test_planar_flower_numbers(fresh, lang: str) -> None:
    out = _stdout(fresh[lang, "planar-flower"])
    # The course's 4-unit tanh network, 10,000 iterations at learning rate 1.2.
    assert _number(r"accuracy \(n_h = 4, tanh, 10000 iterations\): (\d+\.\d+) %", out) == 90.75
    # The newer course notebook (seed=3): its first printed cost, 90.5% shown as "90%".
    assert "Cost after iteration 0: 0.693162" in out
    assert _number(r"accuracy \(seed=3, the newer notebook\): (\d+\.\d+) %", out) == 90.5
    assert "as: Accuracy: 90%" in out
    # The linear baseline (scikit-learn's LogisticRegressionCV): about 47%.
    assert abs(_number(r"accuracy of logistic regression: (\d+\.\d+) %", out) - 47) <= 1
    sweep = {int(n): float(a) for n, a in re.findall(r"n_h = +(\d+): accuracy (\d+\.\d+) %", out)}
    assert sorted(sweep) == [1, 2, 3, 4, 5, 20, 50]
    assert max(sweep[1], sweep[2]) < 70 < 90 < min(sweep[n] for n in (3, 4, 5, 20, 50))
    for activation in ("relu", "leaky_relu", "sigmoid"):
        assert re.search(rf"{activation} *: accuracy \d+\.\d+ %", out), activation
    for name in ("noisy_circles", "noisy_moons", "blobs", "gaussian_quantiles"):
        assert re.search(rf"{name} *: logistic regression +\d+\.\d+ %, network", out), name


@pytest.mark.parametrize("lang", LANGS)
def test_logistic_regression_numbers(fresh, lang: str) -> None:
    out = _stdout(fresh[lang, "logistic-regression"])
    assert "cost at w = 0, b = 0: 0.693147" in out
    assert "same parameters as optimize: True" in out
    # The numbers the Markdown cells quote ("about 90%", "92%").
    assert _number(r"train accuracy: (\d+\.\d+) %", out) == 89.67
    assert _number(r"test accuracy: (\d+\.\d+) %", out) == 92.0
    rates = re.findall(r"learning rate (\S+) *: final cost (\d+\.\d+)", out)
    assert [r for r, _ in rates] == ["0.001", "0.01", "0.1", "1.0"]
    costs = [float(c) for _, c in rates]
    assert costs == sorted(costs, reverse=True), "a larger rate should end at a lower cost here"
    # Too large a step on the convex cost: learning rate 30 (the numbers the text quotes).
    assert "learning rate 30, cost at iterations 0-4: [0.6931 1.0933 " in out
    assert "lowest cost 0.2515, at iteration 1" in out  # a dozen or so iterations in
    assert "cost at the last 4 iterations: [0.367  0.3682 0.367  0.3682]" in out
    assert "the cost went up in 1000 of 1999 steps" in out


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_committed_notebook_is_up_to_date(fresh, lang: str, name: str) -> None:
    problems = nbsrc.differences(_committed(lang, name), fresh[lang, name])
    assert not problems, (
        f"run `python -m notebooks`: docs/{lang}/notebooks/{name}.ipynb is stale:\n"
        + "\n".join(problems)
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_committed_notebook_is_clean(lang: str, name: str) -> None:
    """Executed, deterministic, no churn: fixed ids, no timestamps, no errors, a figure per alt."""
    nb = _committed(lang, name)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.metadata["dlnotes"] == {
        "source": f"notebooks/{name}.py",
        "language": lang,
        "generated_by": "python -m notebooks",
    }
    for i, cell in enumerate(nb.cells):
        assert cell.id == f"{'md' if cell.cell_type == 'markdown' else 'code'}-{i:02d}"
        if cell.cell_type != "code":
            continue
        assert cell.execution_count is not None, f"cell {i} was not executed"
        assert "execution" not in cell.metadata, f"cell {i} carries execution timestamps"
        assert all(o.output_type != "error" for o in cell.outputs), f"cell {i} raised"
        assert not any(o.get("name") == "stderr" for o in cell.outputs), f"cell {i} wrote to stderr"
        images = sum("image/png" in o.get("data", {}) for o in cell.outputs)
        assert bool(images) == bool(cell.metadata.get("alt")), (
            f"cell {i}: a figure needs alt text, and only a figure"
        )
        for o in cell.outputs:
            text = o.get("text", "") + o.get("data", {}).get("text/plain", "")
            assert not re.search(r"0x[0-9a-f]{6,}", text), (
                f"cell {i}: a memory address in the output"
            )


# -- parity ------------------------------------------------------------------------
_HEADING_ID = re.compile(r"^#{1,6} .*\{ *#(?P<id>[A-Za-z][\w-]*) *\}\s*$", re.M)
_CODE_SPAN = re.compile(r"`[^`]*`")
_FORMULA = re.compile(r"\$\$.+?\$\$|\$[^$]+\$", re.S)
_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


_FENCED = re.compile(r"^```.*?^```[ \t]*$", re.M | re.S)


def _markdown(nb: nbformat.NotebookNode) -> list[str]:
    """Markdown cells without their fenced code blocks (a "# comment" there is no heading)."""
    return [_FENCED.sub("", c.source) for c in nb.cells if c.cell_type == "markdown"]


@pytest.mark.parametrize("name", NAMES)
def test_languages_share_the_code(name: str) -> None:
    ko, en = _committed(KO, name), _committed(EN, name)
    assert [c.cell_type for c in ko.cells] == [c.cell_type for c in en.cells]
    assert [c.source for c in ko.cells if c.cell_type == "code"] == [
        c.source for c in en.cells if c.cell_type == "code"
    ]
    assert nbsrc.text_outputs(ko) == nbsrc.text_outputs(en)
    assert nbsrc.image_counts(ko) == nbsrc.image_counts(en)
    for k, e in zip(_markdown(ko), _markdown(en), strict=True):
        assert k != e, f"a Markdown cell is not translated: {e[:80]!r}"
        assert re.search(r"[\uac00-\ud7a3]", k), f"no Hangul in a Korean Markdown cell: {k[:80]!r}"


@pytest.mark.parametrize("name", NAMES)
def test_languages_share_ids_formulas_and_links(name: str) -> None:
    ko, en = ("\n\n".join(_markdown(_committed(lang, name))) for lang in LANGS)
    assert _HEADING_ID.findall(ko) == _HEADING_ID.findall(en)
    ids = _HEADING_ID.findall(en)
    assert len(ids) == len(set(ids)), f"duplicate heading ids: {ids}"
    assert len(re.findall(r"^# ", en, re.M)) == 1, "exactly one title (#) heading"
    assert _FORMULA.findall(_CODE_SPAN.sub("", ko)) == _FORMULA.findall(_CODE_SPAN.sub("", en))
    assert _LINK.findall(ko) == _LINK.findall(en)
    assert unicodedata.is_normalized("NFC", ko)


@pytest.mark.parametrize("name", NAMES)
def test_every_heading_has_an_id(name: str) -> None:
    for lang in LANGS:
        text = "\n\n".join(_markdown(_committed(lang, name)))
        headings = re.findall(r"^#{1,6} .*$", text, re.M)
        missing = [h for h in headings if not _HEADING_ID.match(h)]
        assert not missing, f"{lang}/{name}: headings without {{ #id }}: {missing}"


# -- built pages --------------------------------------------------------------------
def _page(site: Path, lang: str, name: str) -> Path:
    base = site if lang == DEFAULT_LANG else site / lang
    return base / "notebooks" / name / "index.html"


def _article(text: str) -> str:
    m = re.search(r"<article\b.*?</article>", text, re.S)
    assert m, "no <article>"
    return m[0]


def _markdown_cells(article: str) -> list[str]:
    """Inner HTML of the rendered Markdown cells (up to the cell's end)."""
    starts = [
        m.end()
        for m in re.finditer(
            r'<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^>]*>', article
        )
    ]
    cells = []
    for start in starts:
        depth, pos = 1, start
        for m in re.finditer(r"<div\b|</div>", article[start:]):
            depth += 1 if m[0] == "<div" else -1
            if depth == 0:
                pos = start + m.start()
                break
        cells.append(article[start:pos])
    return cells


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_notebook_page(site: Path, lang: str, name: str) -> None:
    page = _page(site, lang, name)
    assert page.is_file(), f"{page.relative_to(site)} was not built"
    raw = page.read_bytes()
    text = raw.decode("utf-8")
    where = page.relative_to(site)
    assert f'<html lang="{lang}"' in text, f"{where}: wrong <html lang>"
    assert '"cell_type"' not in text, f"{where}: the notebook's raw JSON, not a page"
    assert len(raw) <= MAX_PAGE_BYTES, f"{where}: {len(raw)} bytes > {MAX_PAGE_BYTES}"

    nb = _committed(lang, name)
    article = _article(text)
    # mkdocs-jupyter's inline JupyterLab CSS, clipboard/MathJax/Mermaid scripts are gone.
    assert "<style" not in article and "<script" not in article, (
        f"{where}: inline <style>/<script> left"
    )
    assert "--jp-" not in text and "mathjax" not in text.lower(), (
        f"{where}: JupyterLab CSS or MathJax left"
    )

    # Figures: one <img> per image output, with the cell's alt text.
    imgs = re.findall(r'<img alt="(?P<alt>[^"]*)"[^>]*src="data:image/png;base64,', article)
    alts = [
        c.metadata.get("alt")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if "image/png" in o.get("data", {})
    ]
    assert len(imgs) == len(alts) > 0, f"{where}: {len(imgs)} images, {len(alts)} in the notebook"
    assert [html.unescape(a) for a in imgs] == alts

    # Code cells are Material code blocks; their text outputs are on the page.
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert article.count('<div class="language-python highlight"><pre><span></span><code>') == len(
        code_cells
    )
    if name == "planar-flower":
        assert "accuracy (n_h = 4, tanh, 10000 iterations): 90.75 %" in article

    # Math: typeset by KaTeX in Markdown cells, no raw $ left there.
    cells = _markdown_cells(article)
    assert len(cells) == len(_markdown(nb))
    left = [c for c in cells if "$" in re.sub(r"<code>.*?</code>", "", c, flags=re.S)]
    assert not left, f"{where}: raw $ in a Markdown cell: {left[0][:200]!r}"
    n_formulas = len(_FORMULA.findall(_CODE_SPAN.sub("", "\n\n".join(_markdown(nb)))))
    assert article.count('<span class="katex">') == n_formulas > 0
    assert "assets/katex/katex.min.css" in text

    # Headings: the explicit ids of the source, with Material's permalink, in the toc.
    expected = _HEADING_ID.findall("\n\n".join(_markdown(nb)))
    found = re.findall(r'<h[1-6] id="([^"]+)">.*?<a class="headerlink" href="#\1"', article)
    assert found == expected, f"{where}: heading ids {found} != {expected}"
    for hid in expected[1:]:
        assert f'href="#{hid}"' in text.split("<article", 1)[0] + text.split("</article>", 1)[1], (
            f"{where}: #{hid} is not in the table of contents"
        )
    title = re.sub(r"\s*\{ *#.*\}\s*$", "", _markdown(nb)[0].splitlines()[0][2:])
    assert f"<title>{html.escape(title, quote=False)} - " in text, (
        f"{where}: page title is not {title!r}"
    )

    # The .ipynb is offered for download and is there.
    links = re.findall(r'<a href="([^"]+\.ipynb)" download>', article)
    assert links == [f"{name}.ipynb"], f"{where}: download links {links}"
    target = (page.parent / links[0]).resolve()
    assert target.is_file(), f"{where}: {links[0]} is not in the built site"
    assert target.read_bytes() == (DOCS / lang / "notebooks" / f"{name}.ipynb").read_bytes()

    # Every other link in the Markdown cells resolves (to a built page).
    for url in re.findall(r'<a href="([^"#]+)/"', "".join(cells)):
        assert (page.parent / url / "index.html").is_file(), f"{where}: broken link {url}/"
    ids = parse_file(page).ids
    assert set(expected) <= ids


@pytest.mark.parametrize("name", NAMES)
def test_language_menu_links_the_twin(site: Path, name: str) -> None:
    for lang in LANGS:
        page = _page(site, lang, name)
        text = page.read_text(encoding="utf-8")
        for other in LANGS:
            m = re.search(
                rf'<a href="(?P<href>[^"]*)" hreflang="{other}" class="md-select__link"', text
            )
            assert m, f"{page.relative_to(site)}: no language menu entry for {other}"
            target = (page.parent / m["href"]).resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target == _page(site, other, name).resolve(), (
                f"{page.relative_to(site)}: {other} -> {target}"
            )


def test_notebook_pages_are_in_the_search_index(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {d["location"] for d in index["docs"]}
    for lang in LANGS:
        prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
        for name in NAMES:
            assert f"{prefix}notebooks/{name}/" in locations, (
                f"{prefix}notebooks/{name}/ not in the search index"
            )


# -- the source format (notebooks/__init__.py) ---------------------------------------
GOOD_SOURCE = '''"""A docstring is not a cell."""

# %% [markdown] ko
# # 제목 { #title }
#
# 식 $x^2$입니다.
# %% [markdown] en
# # Title { #title }
#
# The formula $x^2$.

# %%
# alt[ko]: 그림
# alt[en]: A figure
x = 1
'''


def _parse(tmp_path: Path, text: str) -> nbsrc.Source:
    path = tmp_path / "sample.py"
    path.write_text(text, encoding="utf-8")
    return nbsrc.parse(path)


def test_source_format(tmp_path: Path) -> None:
    src = _parse(tmp_path, GOOD_SOURCE)
    assert [c.kind for c in src.cells] == ["markdown", "code"]
    assert src.cells[0].text == {
        "ko": "# 제목 { #title }\n\n식 $x^2$입니다.",
        "en": "# Title { #title }\n\nThe formula $x^2$.",
    }
    assert src.cells[1].code == "x = 1"
    assert src.cells[1].alt == {"ko": "그림", "en": "A figure"}
    nb = nbsrc.build(src, "en")
    assert [c.id for c in nb.cells] == ["md-00", "code-01"]
    assert nb.cells[1].metadata == {"alt": "A figure"}


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("# %% [markdown] en\n", "# %%\n", "no English twin"),
        ("# # Title { #title }", "# # Title { #heading }", "heading ids differ"),
        ("# The formula $x^2$.", "# The formula $x^3$.", "formulas differ"),
        ("# 식 $x^2$입니다.", "식 $x^2$입니다.", "must start with '# '"),
        ("# alt[en]: A figure\n", "", "alt text needs every language"),
        ("# %%\n# alt", "# %% [raw]\n# alt", "unknown cell header"),
    ],
)
def test_source_format_errors(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in GOOD_SOURCE
    with pytest.raises(nbsrc.SourceError, match=re.escape(message)):
        _parse(tmp_path, GOOD_SOURCE.replace(old, new, 1))


# -- hooks/notebook_pages.py on a notebook page ----------------------------------------
@pytest.fixture(scope="module")
def katex():
    """hooks/notebook_pages.py (it typesets with hooks/katex.py's renderer)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "hooks_notebook_pages_under_test", ROOT / "hooks" / "notebook_pages.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


NBCONVERT_HTML = """<script>clipboard</script><style>.jp-X{}</style>
<div class="jupyter-wrapper">
<div class="jp-Notebook">
<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell" id="cell-id=md-00">
<div class="jp-Cell-inputWrapper" tabindex="0">
<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">
<h1 id="title-title">Title { #title }<a class="anchor-link" href="#title-title">¶</a></h1><p>Inline $a &lt; b$, <code>$kept$</code> and <a href="../week2/x.md#y">a page</a>.</p>
<p>$$
x^2
$$</p>
<h2 id="">비용 { #cost }<a class="anchor-link" href="#">¶</a></h2>
</div>
</div>
</div>
</div><div class="jp-Cell jp-CodeCell jp-Notebook-cell">
<div class="zeroclipboard-container">
<clipboard-copy for="cell-1"><div><span class="notice" hidden="">Copied!</span></div></clipboard-copy>
</div>
<div class="highlight-ipynb hl-python"><pre><span></span><span class="n">x</span> <span class="o">=</span> <span class="s2">"$"</span>
</pre></div>
<div class="clipboard-copy-txt" id="cell-1">x = "$"</div>
<div class="jp-RenderedImage jp-OutputArea-output" tabindex="0">
<img alt="No description has been provided for this image" class="" src="data:image/png;base64,AAAA"/>
</div>
</div>
</div> <!-- jp-Notebook -->
</div> <!-- jupyter-wrapper -->
<style>.more{}</style>
"""


def test_hook_turns_nbconvert_output_into_a_page(katex) -> None:
    out, toc, title = katex.render_notebook_html(
        NBCONVERT_HTML,
        "test.ipynb",
        alts=["A <figure>"],
        resolve_link=lambda path, fragment: f"RESOLVED({path},{fragment})",
        download=("x.ipynb", "Download"),
    )
    assert "<style" not in out and "<script" not in out and "clipboard" not in out
    assert (
        out.count('<span class="katex">') == 2
    )  # $a < b$ and $$x^2$$; not the code span, not the code
    assert (
        '<div class="math-display" data-search-exclude="math"><span class="katex-display">' in out
    )
    assert "<code>$kept$</code>" in out
    assert '<span class="s2">"$"</span>' in out
    assert (
        '<h1 id="title">Title<a class="headerlink" href="#title" title="Permanent link">&para;</a></h1>'
        in out
    )
    assert '<h2 id="cost">비용<a class="headerlink" href="#cost"' in out
    assert '<a href="RESOLVED(../week2/x.md,y)">' in out
    assert (
        '<div class="language-python highlight"><pre><span></span><code><span class="n">x</span>'
        in out
    )
    assert 'alt="A &lt;figure&gt;"' in out
    assert '<p class="nb-download"><a href="x.ipynb" download>' in out
    assert out.index("nb-download") > out.index("</h1>")
    assert title == "Title"
    assert [(t["level"], t["id"], t["name"]) for t in toc] == [(1, "title", "Title")]
    assert [(t["level"], t["id"], t["name"]) for t in toc[0]["children"]] == [(2, "cost", "비용")]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("Title { #title }", "Title", "without an explicit { #id }"),
        ("Inline $a &lt; b$", "Inline $a &lt; b", "unbalanced $"),
        ('<div class="jupyter-wrapper">', "<div>", "no mkdocs-jupyter notebook output"),
    ],
)
def test_hook_rejects(katex, old: str, new: str, message: str) -> None:
    with pytest.raises(katex.KatexError, match=re.escape(message)):
        katex.render_notebook_html(NBCONVERT_HTML.replace(old, new, 1), "test.ipynb")
