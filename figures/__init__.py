"""Figures for the dlnotes pages, drawn by code.

A week module (``figures/week1.py``, ``figures/week2.py``, ...) defines one
function per figure and registers it under the file name it gets::

    import matplotlib.pyplot as plt
    import numpy as np

    from figures import figure

    @figure("week1-housing-relu")
    def housing_relu():
        fig, ax = plt.subplots()
        z = np.linspace(-3, 3, 200)
        ax.plot(z, np.maximum(z, 0))
        ax.set_xlabel(r"$z$")
        return fig

``python -m figures`` imports every ``figures/week*.py`` and writes
``docs/assets/figures/<name>.svg``; pages embed it with
``![alt text](../assets/figures/<name>.svg)``. A figure carries math labels
only (no prose), so one file serves both languages; the alt text on the page
is what gets translated.

Output is byte-for-byte reproducible for a given matplotlib version: Agg
backend, the shared :data:`STYLE` applied while the function runs, a fixed
``svg.hashsalt``, text drawn as paths (``svg.fonttype: path``) with the
DejaVu fonts bundled with matplotlib (never a system font), no date or
creator metadata and no DOCTYPE. ``tests/site/test_figures.py`` regenerates
every figure and compares it with the committed file; after a matplotlib
upgrade, run ``python -m figures`` once and commit the result.
"""

from __future__ import annotations

import importlib
import io
import pkgutil
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

__all__ = [
    "FIGURES",
    "OUT_DIR",
    "STYLE",
    "check",
    "figure",
    "load_modules",
    "render_svg",
    "save_all",
]

ROOT = Path(__file__).absolute().parent.parent
OUT_DIR = ROOT / "docs" / "assets" / "figures"

FigureFn = Callable[[], Figure]

#: name -> function, in registration order.
FIGURES: dict[str, FigureFn] = {}

_NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

#: One small style for every figure (applied with ``rc_context``).
STYLE: dict[str, object] = {
    # reproducible SVG
    "svg.hashsalt": "dlnotes",
    "svg.fonttype": "path",
    "svg.image_inline": True,
    "path.simplify": True,
    # size: fits the text column, stays legible on a phone
    "figure.figsize": (5.6, 3.2),
    "figure.dpi": 100,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.05,
    "savefig.transparent": True,
    # type: matplotlib's bundled fonts only (no dependence on system fonts)
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "mathtext.fontset": "dejavusans",
    "axes.titlesize": 10,
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.frameon": False,
    # lines and axes
    "lines.linewidth": 1.8,
    "lines.markersize": 5,
    "axes.linewidth": 0.8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#d0d0d0",
    "grid.linewidth": 0.6,
    "grid.alpha": 0.8,
    "axes.axisbelow": True,
    # colour-blind-safe cycle (Okabe-Ito)
    "axes.prop_cycle": matplotlib.cycler(
        color=["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    ),
}

# Nothing in the SVG that changes between runs or names another host.
_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
_DOCTYPE_RE = re.compile(rb"<!DOCTYPE[^>]*>\s*")


def figure(name: str) -> Callable[[FigureFn], FigureFn]:
    """Register ``fn() -> matplotlib.figure.Figure`` as ``<name>.svg``."""
    if not _NAME_RE.match(name):
        raise ValueError(f"figure name {name!r}: use lower-case words joined by '-'")

    def register(fn: FigureFn) -> FigureFn:
        other = FIGURES.get(name)
        if other is not None and other.__qualname__ != fn.__qualname__:
            raise ValueError(
                f"figure {name!r} is registered twice: {other.__module__}.{other.__qualname__}"
                f" and {fn.__module__}.{fn.__qualname__}"
            )
        FIGURES[name] = fn
        return fn

    return register


def frame_diagram(ax: Axes, xlim: tuple[float, float], ylim: tuple[float, float]) -> None:
    """Finish an axes that holds a drawing (boxes, arrows, grids), not a plot:
    fixed limits, equal aspect so circles stay round, no axis lines or ticks."""
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_aspect("equal")
    ax.axis("off")


def arrow(
    ax: Axes,
    start: tuple[float, float],
    end: tuple[float, float],
    colour: str = "black",
    *,
    dashed: bool = False,
    rad: float = 0.0,
    width: float = 1.3,
    head: float = 11,
    dash: str | tuple[float, tuple[float, float]] = (0, (4, 2)),
    shrink: float = 2.0,
    zorder: float = 1,
) -> None:
    """An arrow from ``start`` to ``end`` in a drawing: bent by ``rad`` (0 is
    straight), drawn with the ``dash`` line style when ``dashed``. Each figure
    module fixes its own look once (line ``width``, ``head`` size, how far the
    ends stop short of their targets) with ``functools.partial``."""
    ax.add_patch(
        FancyArrowPatch(
            start,
            end,
            arrowstyle="-|>",
            mutation_scale=head,
            color=colour,
            linewidth=width,
            linestyle=dash if dashed else "-",
            connectionstyle=f"arc3,rad={rad}",
            shrinkA=shrink,
            shrinkB=shrink,
            zorder=zorder,
        )
    )


def box(
    ax: Axes,
    x: float,
    y: float,
    text: str,
    colour: str,
    *,
    width: float,
    height: float = 0.62,
    size: float = 10.5,
    fill: str = "white",
    pad: float = 0.02,
    zorder: float = 2,
) -> None:
    """A rounded box of ``width`` x ``height`` centred on (x, y), holding a math label."""
    ax.add_patch(
        FancyBboxPatch(
            (x - width / 2, y - height / 2),
            width,
            height,
            boxstyle=f"round,pad={pad},rounding_size=0.12",
            facecolor=fill,
            edgecolor=colour,
            linewidth=1.6,
            zorder=zorder,
        )
    )
    ax.text(x, y, text, ha="center", va="center", fontsize=size, zorder=3)


def load_modules() -> list[str]:
    """Import every ``figures/week*.py`` (sorted); return the module names."""
    names = sorted(
        m.name
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if m.name.startswith("week")
    )
    for name in names:
        importlib.import_module(f"{__name__}.{name}")
    return names


def render_svg(name: str) -> bytes:
    """The SVG bytes of one registered figure."""
    fn = FIGURES[name]
    with matplotlib.rc_context(STYLE):
        fig = fn()
        if not isinstance(fig, Figure):
            raise TypeError(
                f"figure {name!r}: {fn.__qualname__}() returned {type(fig).__name__}, not a Figure"
            )
        buf = io.BytesIO()
        try:
            fig.savefig(buf, format="svg", metadata=_METADATA)
        finally:
            plt.close(fig)
    return _DOCTYPE_RE.sub(b"", buf.getvalue())


def _select(names: Iterable[str] | None) -> list[str]:
    if names is None:
        return list(FIGURES)
    selected = list(names)
    unknown = [n for n in selected if n not in FIGURES]
    if unknown:
        raise KeyError(
            f"unknown figure(s): {', '.join(unknown)}; known: {', '.join(FIGURES) or 'none'}"
        )
    return selected


def save_all(
    out_dir: str | Path = OUT_DIR,
    names: Iterable[str] | None = None,
    progress: Callable[[str], None] | None = print,
) -> list[Path]:
    """Write ``<out_dir>/<name>.svg`` for every registered figure (or ``names``).

    A file whose bytes are unchanged is not rewritten (its mtime stays, so a
    running ``mkdocs serve`` does not rebuild for nothing).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    selected = _select(names)
    written = []
    for i, name in enumerate(selected, 1):
        t0 = time.perf_counter()
        data = render_svg(name)
        path = out / f"{name}.svg"
        same = path.is_file() and path.read_bytes() == data
        if not same:
            path.write_bytes(data)
        written.append(path)
        if progress:
            state = "unchanged" if same else "written"
            progress(
                f"[{i:>{len(str(len(selected)))}}/{len(selected)}] {name}.svg"
                f"  {len(data) / 1024:6.1f} KB  {time.perf_counter() - t0:5.2f} s  {state}"
            )
    return written


def check(
    out_dir: str | Path = OUT_DIR,
    names: Iterable[str] | None = None,
    progress: Callable[[str], None] | None = print,
) -> list[str]:
    """Compare freshly rendered figures with the files in ``out_dir``.

    Returns one problem per line (empty list: everything matches): a figure
    whose file is missing or differs, and an ``.svg`` in ``out_dir`` that no
    registered figure produces (only when checking all figures).
    """
    out = Path(out_dir)
    selected = _select(names)
    problems = []
    for i, name in enumerate(selected, 1):
        path = out / f"{name}.svg"
        data = render_svg(name)
        if not path.is_file():
            status = "missing"
            problems.append(f"{path}: missing (run `python -m figures`)")
        elif path.read_bytes() != data:
            status = "DIFFERS"
            problems.append(
                f"{path}: differs from what {FIGURES[name].__module__} draws now (run `python -m figures`)"
            )
        else:
            status = "ok"
        if progress:
            progress(f"[{i:>{len(str(len(selected)))}}/{len(selected)}] {name}.svg  {status}")
    if names is None and out.is_dir():
        for extra in sorted(set(p.stem for p in out.glob("*.svg")) - set(FIGURES)):
            problems.append(f"{out / (extra + '.svg')}: no @figure({extra!r}) draws this file")
    return problems
