"""Figures: reproducible from code, and each one used by a page.

- ``python -m figures --out <tmp>`` gives byte-identical files to the
  committed docs/assets/figures/*.svg, and the same set of files;
- every SVG in docs/assets/figures is referenced by some page;
- every figure a page references exists.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sitetools import DOCS, LANGS, ROOT, figure_refs

FIG_DIR = DOCS / "assets" / "figures"


def _committed() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(FIG_DIR.glob("*.svg"))}


def _referenced() -> dict[str, list[str]]:
    """figure file name -> pages (docs/<lang>/...) that use it."""
    refs: dict[str, list[str]] = {}
    for lang in LANGS:
        for page in sorted((DOCS / lang).rglob("*")):
            if page.suffix not in (".md", ".ipynb"):
                continue
            for name in figure_refs(page.read_text(encoding="utf-8")):
                refs.setdefault(name, []).append(page.relative_to(ROOT).as_posix())
    return refs


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("figures")
    proc = subprocess.run(
        [sys.executable, "-m", "figures", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, f"python -m figures failed:\n{proc.stdout}\n{proc.stderr}"
    return out


def test_regenerated_figures_are_identical(regenerated: Path) -> None:
    fresh = {p.name: p.read_bytes() for p in sorted(regenerated.glob("*.svg"))}
    committed = _committed()
    assert sorted(fresh) == sorted(committed), (
        f"not committed: {sorted(set(fresh) - set(committed))}; "
        f"no longer drawn by any @figure: {sorted(set(committed) - set(fresh))}"
    )
    differ = [name for name in fresh if fresh[name] != committed[name]]
    assert not differ, f"run `python -m figures`: these differ from the code: {differ}"


def test_check_mode_agrees() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "figures", "--check", str(FIG_DIR)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_figure_is_used() -> None:
    unused = sorted(set(_committed()) - set(_referenced()))
    assert not unused, f"figures no page uses: {unused}"


def test_every_referenced_figure_exists() -> None:
    committed = set(_committed())
    missing = {name: pages for name, pages in _referenced().items() if name not in committed}
    assert not missing, f"pages use figures that do not exist: {missing}"


def test_generation_is_deterministic(tmp_path: Path) -> None:
    """Two runs in one process give the same bytes (no ids, dates or salts leak)."""
    sys.path.insert(0, str(ROOT))
    try:
        import figures

        figures.load_modules()
        for name in list(figures.FIGURES)[:3]:
            assert figures.render_svg(name) == figures.render_svg(name)
    finally:
        sys.path.remove(str(ROOT))
