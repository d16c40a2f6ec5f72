"""Figures for week 3, the network pages: overview, representation, output, vectorization.

Each function draws one figure for the pages ``week3/neural-network-overview.md``
to ``week3/vectorized-implementation-explained.md`` in ``docs/{ko,en}/``. The
figures hold no prose, only math symbols, shapes and numpy calls, so one SVG
serves both languages; each page explains its figure in the text next to it.
Every shape written on a figure is read from an array that ``dlnotes`` (or
numpy, for the stacking figure) actually computed, not typed in by hand.
"""

from __future__ import annotations

import itertools
from functools import partial

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Rectangle

from dlnotes.shallow import forward_propagation, initialize_parameters
from figures import arrow, figure, frame_diagram

_arrow = partial(arrow, width=1.2, dash="--", zorder=2)

# Colours from the shared Okabe-Ito cycle (figures.STYLE), plus greys.
BLUE = "#0072B2"
ORANGE = "#D55E00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
GREY = "#7a7a7a"
LIGHT = {BLUE: "#d6e6f2", ORANGE: "#f7ddd0", GREEN: "#d2eee5", PURPLE: "#f3e0ea", GREY: "#ececec"}

# The lectures' network: 3 input features, 4 hidden units, 1 output unit.
N_X, N_H, N_Y = 3, 4, 1


def _shape(a: np.ndarray) -> str:
    """``(4, 3)`` for an array of that shape, as mathtext."""
    return "$(" + ", ".join(str(n) for n in a.shape) + ")$"


def _network_arrays(m: int = 1) -> tuple[dict[str, np.ndarray], np.ndarray, dict[str, np.ndarray]]:
    """Parameters, input and forward cache of the 3-4-1 network for ``m`` examples."""
    parameters = initialize_parameters(N_X, N_H, N_Y)
    X = np.zeros((N_X, m))
    _, cache = forward_propagation(X, parameters, activation="sigmoid")
    return parameters, X, cache


def _box(ax: Axes, x: float, y: float, text: str, colour: str, size: float = 10.5) -> None:
    ax.text(
        x,
        y,
        text,
        ha="center",
        va="center",
        fontsize=size,
        color="black",
        zorder=3,
        bbox={
            "boxstyle": "round,pad=0.35",
            "facecolor": "white",
            "edgecolor": colour,
            "linewidth": 1.4,
        },
    )


@figure("week3n-overview")
def overview() -> Figure:
    """Logistic regression (top) and the 2-layer network (bottom) as computation graphs.

    Forward arrows run left to right; the dashed arrows under the network run
    right to left and carry the backward quantities dz, dW, db of each layer.
    """
    fig = Figure(figsize=(7.4, 3.3))
    ax = fig.add_subplot()
    ax.set_xlim(-0.6, 10.9)
    ax.set_ylim(-2.15, 2.3)
    ax.axis("off")

    # Top row: logistic regression, one unit.
    top = 1.75
    top_nodes = [
        (0.0, "$x,\\ w,\\ b$", ORANGE),
        (2.35, "$z = w^{T}x + b$", BLUE),
        (4.55, "$a = \\sigma(z)$", BLUE),
        (6.5, "$L(a, y)$", GREY),
    ]
    for x, text, colour in top_nodes:
        _box(ax, x, top, text, colour)
    for (x0, _, _), (x1, _, _) in itertools.pairwise(top_nodes):
        _arrow(ax, (x0 + 0.62, top), (x1 - 0.78, top))

    # Bottom row: the network, the same pattern twice.
    row = 0.0
    xs = [0.0, 2.0, 4.05, 6.15, 8.2, 10.05]
    texts = [
        "$x$",
        "$z^{[1]}$",
        "$a^{[1]} = \\sigma(z^{[1]})$",
        "$z^{[2]}$",
        "$a^{[2]} = \\sigma(z^{[2]})$",
        "$L(a^{[2]}, y)$",
    ]
    colours = [ORANGE, BLUE, BLUE, GREEN, GREEN, GREY]
    for x, text, colour in zip(xs, texts, colours, strict=False):
        _box(ax, x, row, text, colour)
    gaps = [0.3, 0.45, 0.9, 0.45, 0.9, 0.8]
    for i in range(len(xs) - 1):
        _arrow(ax, (xs[i] + gaps[i], row), (xs[i + 1] - gaps[i + 1], row))
    # Parameters feeding z[1] and z[2].
    _box(ax, 1.1, 0.95, "$W^{[1]},\\ b^{[1]}$", BLUE, size=9.5)
    _arrow(ax, (1.35, 0.7), (1.85, 0.3))
    _box(ax, 5.25, 0.95, "$W^{[2]},\\ b^{[2]}$", GREEN, size=9.5)
    _arrow(ax, (5.5, 0.7), (6.0, 0.3))

    # Backward pass: dashed arrows right to left, labelled with what each step yields.
    back = -1.0
    back_steps = [
        (10.05, 8.2, "$da^{[2]}$"),
        (8.2, 6.15, "$dz^{[2]}$"),
        (6.15, 4.05, "$da^{[1]}$"),
        (4.05, 2.0, "$dz^{[1]}$"),
    ]
    for x0, x1, label in back_steps:
        _arrow(
            ax,
            (x0 - 0.1, back + 0.55),
            (x1 + 0.1, back + 0.55),
            colour=ORANGE,
            dashed=True,
            rad=-0.25,
        )
        ax.text((x0 + x1) / 2, back, label, ha="center", va="center", fontsize=10, color=ORANGE)
    ax.text(
        6.15, -1.8, "$dW^{[2]},\\ db^{[2]}$", ha="center", va="center", fontsize=10, color=ORANGE
    )
    ax.text(
        2.0, -1.8, "$dW^{[1]},\\ db^{[1]}$", ha="center", va="center", fontsize=10, color=ORANGE
    )
    _arrow(ax, (6.15, -0.3), (6.15, -1.55), colour=ORANGE, dashed=True)
    _arrow(ax, (2.0, -0.3), (2.0, -1.55), colour=ORANGE, dashed=True)
    fig.tight_layout()
    return fig


@figure("week3n-network")
def network() -> Figure:
    """The lectures' 2-layer network, 3 inputs, 4 hidden units, 1 output.

    Above each layer: its activation and that activation's shape for one
    example; between the layers: the shapes of W and b. All shapes come from
    ``initialize_parameters(3, 4, 1)`` and ``forward_propagation``.
    """
    parameters, X, cache = _network_arrays(m=1)
    fig = Figure(figsize=(6.0, 4.0))
    ax = fig.add_subplot()
    x_in, x_hid, x_out = 0.0, 2.6, 5.2
    y_in = [1.1, 0.0, -1.1]
    y_hid = [1.65, 0.55, -0.55, -1.65]
    r = 0.3
    for yi in y_in:
        for yh in y_hid:
            ax.plot([x_in, x_hid], [yi, yh], color=GREY, linewidth=0.9, zorder=1)
    for yh in y_hid:
        ax.plot([x_hid, x_out], [yh, 0.0], color=GREY, linewidth=0.9, zorder=1)
    nodes = [(x_in, y, f"$x_{i + 1}$", ORANGE) for i, y in enumerate(y_in)]
    nodes += [(x_hid, y, f"$a_{j + 1}^{{[1]}}$", BLUE) for j, y in enumerate(y_hid)]
    nodes += [(x_out, 0.0, "$a^{[2]}$", GREEN)]
    for x, y, label, colour in nodes:
        ax.add_patch(
            Circle((x, y), r, facecolor="white", edgecolor=colour, linewidth=1.8, zorder=2)
        )
        ax.text(x, y, label, ha="center", va="center", fontsize=10, zorder=3)
    ax.text(x_out + 0.45, 0.0, "$= \\hat{y}$", ha="left", va="center", fontsize=11)

    # Layer headers: index, activation, shape of the activation (one example).
    heads = [
        (x_in, "$l = 0$", "$a^{[0]} = x$", _shape(X), ORANGE),
        (x_hid, "$l = 1$", "$a^{[1]}$", _shape(cache["A1"]), BLUE),
        (x_out, "$l = 2$", "$a^{[2]}$", _shape(cache["A2"]), GREEN),
    ]
    for x, index, name, shape, colour in heads:
        ax.text(x, 2.75, index, ha="center", va="center", fontsize=10, color=GREY)
        ax.text(x, 2.35, f"{name}: {shape}", ha="center", va="center", fontsize=10.5, color=colour)

    # Parameter shapes between the layers.
    for x, layer, colour in ((x_in + x_hid) / 2, 1, BLUE), ((x_hid + x_out) / 2, 2, GREEN):
        W, b = parameters[f"W{layer}"], parameters[f"b{layer}"]
        ax.text(
            x,
            -2.4,
            f"$W^{{[{layer}]}}$: {_shape(W)}",
            ha="center",
            va="center",
            fontsize=10.5,
            color=colour,
        )
        ax.text(
            x,
            -2.85,
            f"$b^{{[{layer}]}}$: {_shape(b)}",
            ha="center",
            va="center",
            fontsize=10.5,
            color=colour,
        )
    frame_diagram(ax, (-0.9, 6.3), (-3.1, 3.0))
    fig.tight_layout()
    return fig


def _grid(
    ax: Axes,
    x0: float,
    y0: float,
    rows: int,
    cols: int,
    colours: list[str],
    cell: float = 0.5,
    by: str = "col",
) -> None:
    """A ``rows`` x ``cols`` grid with its top-left corner at (x0, y0); one colour per column (or row)."""
    for i in range(rows):
        for j in range(cols):
            colour = colours[j if by == "col" else i]
            ax.add_patch(
                Rectangle(
                    (x0 + j * cell, y0 - (i + 1) * cell),
                    cell,
                    cell,
                    facecolor=LIGHT[colour],
                    edgecolor=colour,
                    linewidth=1.1,
                )
            )


@figure("week3n-columns")
def columns() -> Figure:
    """X with the examples as columns, and A[1] with units as rows and examples as columns.

    m = 4 examples; the shapes are those of ``X`` and ``cache["A1"]`` from
    ``forward_propagation`` on the 3-4-1 network.
    """
    m = 4
    _, X, cache = _network_arrays(m=m)
    A1 = cache["A1"]
    cell = 0.74
    palette = [BLUE, ORANGE, GREEN, PURPLE]
    fig = Figure(figsize=(6.4, 3.3))
    ax = fig.add_subplot()

    # X: n_x rows (features), m columns (examples).
    x0, top = 0.0, 0.0
    _grid(ax, x0, top, X.shape[0], X.shape[1], palette, cell)
    for i in range(m):
        ax.text(
            x0 + (i + 0.5) * cell,
            top + 0.3,
            f"$x^{{({i + 1})}}$",
            ha="center",
            va="center",
            fontsize=10,
            color=palette[i],
        )
    ax.text(x0 - 0.35, top - X.shape[0] * cell / 2, "$X =$", ha="right", va="center", fontsize=12)
    ax.text(
        x0 + m * cell / 2,
        top - X.shape[0] * cell - 0.35,
        f"$(n_x, m) = ${_shape(X)}",
        ha="center",
        va="center",
        fontsize=10,
    )

    # A1: n_h rows (units), m columns (examples).
    a0 = 5.6
    _grid(ax, a0, top, A1.shape[0], A1.shape[1], palette, cell)
    for i in range(m):
        ax.text(
            a0 + (i + 0.5) * cell,
            top + 0.3,
            f"$a^{{[1]({i + 1})}}$",
            ha="center",
            va="center",
            fontsize=9.5,
            color=palette[i],
        )
    for j in range(A1.shape[0]):
        ax.text(
            a0 + A1.shape[1] * cell + 0.12,
            top - (j + 0.5) * cell,
            f"$a_{j + 1}^{{[1]}}$",
            ha="left",
            va="center",
            fontsize=9.5,
            color=GREY,
        )
    ax.text(
        a0 - 0.35, top - A1.shape[0] * cell / 2, "$A^{[1]} =$", ha="right", va="center", fontsize=12
    )
    ax.text(
        a0 + m * cell / 2,
        top - A1.shape[0] * cell - 0.35,
        f"$(n^{{[1]}}, m) = ${_shape(A1)}",
        ha="center",
        va="center",
        fontsize=10,
    )

    # Direction arrows: examples along the columns, units down the rows.
    ax.annotate(
        "",
        xy=(a0 + m * cell, top + 0.72),
        xytext=(a0, top + 0.72),
        arrowprops={"arrowstyle": "-|>", "color": GREY, "linewidth": 1.0},
    )
    ax.text(
        a0 + m * cell / 2,
        top + 0.95,
        "$i = 1, \\dots, m$",
        ha="center",
        va="center",
        fontsize=9.5,
        color=GREY,
    )
    ax.annotate(
        "",
        xy=(a0 + m * cell + 0.95, top - A1.shape[0] * cell),
        xytext=(a0 + m * cell + 0.95, top),
        arrowprops={"arrowstyle": "-|>", "color": GREY, "linewidth": 1.0},
    )
    ax.text(
        a0 + m * cell + 1.1,
        top - A1.shape[0] * cell / 2,
        "$j$",
        ha="left",
        va="center",
        fontsize=10,
        color=GREY,
    )
    ax.annotate(
        "",
        xy=(a0 - 1.35, top - 1.0),
        xytext=(x0 + m * cell + 0.3, top - 1.0),
        arrowprops={"arrowstyle": "-|>", "color": "black", "linewidth": 1.1},
    )
    ax.text(
        (x0 + m * cell + a0 - 1.05) / 2,
        top - 0.72,
        "$\\sigma(W^{[1]}X + b^{[1]})$",
        ha="center",
        va="bottom",
        fontsize=9,
    )
    frame_diagram(ax, (-1.0, a0 + m * cell + 1.4), (top - A1.shape[0] * cell - 0.6, top + 1.15))
    fig.tight_layout()
    return fig


@figure("week3n-stack")
def stack() -> Figure:
    """Two (3, 1) columns joined by ``np.hstack`` (axis 1) and by ``np.vstack`` (axis 0).

    The shapes are those numpy returns: (3, 2) side by side, (6, 1) one on top of the other.
    """
    x1 = np.array([[1.0], [2.0], [3.0]])
    x2 = np.array([[4.0], [5.0], [6.0]])
    h = np.hstack([x1, x2])
    v = np.vstack([x1, x2])
    cell = 0.5
    fig = Figure(figsize=(6.4, 3.6))
    ax = fig.add_subplot()
    top = 0.0

    def column(x0: float, y0: float, values: np.ndarray, colour: str) -> None:
        _grid(ax, x0, y0, values.shape[0], 1, [colour], cell)
        for i, value in enumerate(values[:, 0]):
            ax.text(
                x0 + cell / 2,
                y0 - (i + 0.5) * cell,
                f"{value:g}",
                ha="center",
                va="center",
                fontsize=9.5,
            )

    # Inputs.
    column(0.0, top, x1, BLUE)
    column(0.9, top, x2, ORANGE)
    ax.text(0.25, top + 0.3, "$x^{(1)}$", ha="center", va="center", fontsize=10, color=BLUE)
    ax.text(1.15, top + 0.3, "$x^{(2)}$", ha="center", va="center", fontsize=10, color=ORANGE)
    ax.text(0.7, top - 3 * cell - 0.3, _shape(x1), ha="center", va="center", fontsize=10)

    # hstack: side by side (axis 1).
    hx = 3.4
    column(hx, top, h[:, [0]], BLUE)
    column(hx + cell, top, h[:, [1]], ORANGE)
    ax.text(
        hx + cell,
        top + 0.75,
        "np.hstack",
        ha="center",
        va="center",
        fontsize=10,
        family="DejaVu Sans Mono",
    )
    ax.text(
        hx + cell,
        top + 0.35,
        "axis=1",
        ha="center",
        va="center",
        fontsize=9,
        color=GREY,
        family="DejaVu Sans Mono",
    )
    ax.text(
        hx + cell, top - h.shape[0] * cell - 0.3, _shape(h), ha="center", va="center", fontsize=10
    )
    ax.annotate(
        "",
        xy=(hx + 2 * cell + 0.05, top - 3 * cell - 0.75),
        xytext=(hx - 0.05, top - 3 * cell - 0.75),
        arrowprops={"arrowstyle": "-|>", "color": GREY, "linewidth": 1.0},
    )

    # vstack: one on top of the other (axis 0).
    vx = 6.3
    column(vx, top, v[:3], BLUE)
    column(vx, top - 3 * cell, v[3:], ORANGE)
    ax.text(
        vx + cell / 2,
        top + 0.75,
        "np.vstack",
        ha="center",
        va="center",
        fontsize=10,
        family="DejaVu Sans Mono",
    )
    ax.text(
        vx + cell / 2,
        top + 0.35,
        "axis=0",
        ha="center",
        va="center",
        fontsize=9,
        color=GREY,
        family="DejaVu Sans Mono",
    )
    ax.text(
        vx + cell + 0.2, top - v.shape[0] * cell / 2, _shape(v), ha="left", va="center", fontsize=10
    )
    ax.annotate(
        "",
        xy=(vx - 0.25, top - v.shape[0] * cell - 0.05),
        xytext=(vx - 0.25, top + 0.05),
        arrowprops={"arrowstyle": "-|>", "color": GREY, "linewidth": 1.0},
    )

    frame_diagram(ax, (-0.3, vx + 1.7), (top - v.shape[0] * cell - 0.3, top + 1.0))
    fig.tight_layout()
    return fig
