"""Figures for week 2, pages 11 to 17: logistic regression's gradients,
vectorization, broadcasting and numpy shapes (figure names ``week2v-*``).

Each function draws one figure for the pages in ``docs/{ko,en}/week2/``. The
figures hold no prose, only math symbols, shapes and numbers, so one SVG
serves both languages; each page explains its figure in the text next to it.
The cost curves are computed by ``dlnotes.logistic.optimize`` on the
package's own data set, so the figure and the package cannot disagree.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from dlnotes.datasets import load_two_gaussians
from dlnotes.logistic import initialize_with_zeros, optimize
from figures import arrow, box, figure, frame_diagram

# Colours from the shared Okabe-Ito cycle (figures.STYLE), plus greys.
BLUE = "#0072B2"
ORANGE = "#D55E00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
YELLOW = "#E69F00"
GREY = "#7a7a7a"
LIGHT = "#e8e8e8"


# --------------------------------------------------------------------------
# The computation graph of one example of logistic regression
# --------------------------------------------------------------------------


@figure("week2v-logistic-graph")
def logistic_graph() -> Figure:
    """x1, w1, x2, w2, b -> z -> a -> L; dashed orange arrows carry da, dz, dw, db back."""
    fig = Figure(figsize=(6.6, 3.1))
    ax = fig.add_subplot()

    # inputs on the left; the parameters (w1, w2, b) get a derivative each
    inputs = [
        (r"$x_1$", 2.4, None),
        (r"$w_1$", 1.6, r"$dw_1 = x_1\,dz$"),
        (r"$x_2$", 0.8, None),
        (r"$w_2$", 0.0, r"$dw_2 = x_2\,dz$"),
        (r"$b$", -0.8, r"$db = dz$"),
    ]
    x_in, x_z, x_a, x_l = 1.55, 4.15, 6.55, 8.45
    y_mid = 0.8
    box(ax, x_z, y_mid, r"$z = w_1 x_1 + w_2 x_2 + b$", BLUE, width=2.35)
    box(ax, x_a, y_mid, r"$a = \sigma(z)$", BLUE, width=1.35)
    box(ax, x_l, y_mid, r"$L(a, y)$", GREEN, width=1.15)
    for label, y, grad in inputs:
        colour = GREY if grad is None else PURPLE
        box(ax, x_in, y, label, colour, width=0.62)
        arrow(ax, (x_in + 0.31, y), (x_z - 1.18, y_mid + (y - y_mid) * 0.25), GREY)
        if grad is not None:
            ax.text(x_in - 0.45, y, grad, ha="right", va="center", fontsize=9.5, color=ORANGE)
    # forward arrows
    arrow(ax, (x_z + 1.18, y_mid), (x_a - 0.68, y_mid), GREY)
    arrow(ax, (x_a + 0.68, y_mid), (x_l - 0.58, y_mid), GREY)
    # backward arrows (dashed), right to left, with their derivatives below
    y_low = y_mid - 0.33
    arrow(ax, (x_l - 0.1, y_low), (x_a + 0.1, y_low), ORANGE, dashed=True, rad=-0.6)
    arrow(ax, (x_a - 0.1, y_low), (x_z + 0.6, y_low), ORANGE, dashed=True, rad=-0.6)
    arrow(ax, (x_z - 0.6, y_low), (x_in + 0.4, -0.8), ORANGE, dashed=True, rad=-0.15)
    ax.text(
        (x_a + x_l) / 2,
        y_low - 0.95,
        r"$da = -\dfrac{y}{a} + \dfrac{1-y}{1-a}$",
        ha="center",
        va="center",
        fontsize=9.5,
        color=ORANGE,
    )
    ax.text(
        (x_z + 0.6 + x_a) / 2,
        y_low - 0.95,
        r"$dz = a - y$",
        ha="center",
        va="center",
        fontsize=9.5,
        color=ORANGE,
    )

    frame_diagram(ax, (-0.95, 9.1), (-1.35, 2.8))
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------
# Broadcasting: a row, a column and a number stretched onto a (3, 4) matrix
# --------------------------------------------------------------------------


def _cell(ax: Axes, col: int, row: int, x0: float, value: str, colour: str, copy: bool) -> None:
    """One cell of a grid whose top-left corner is (x0, 3); rows go down."""
    ax.add_patch(
        Rectangle(
            (x0 + col, 2 - row),
            1,
            1,
            facecolor="white" if copy else colour + "40",
            edgecolor=colour if not copy else GREY,
            linewidth=1.4 if not copy else 0.9,
            linestyle="-" if not copy else (0, (3, 2)),
        )
    )
    if value:
        ax.text(
            x0 + col + 0.5,
            2 - row + 0.5,
            value,
            ha="center",
            va="center",
            fontsize=9,
            color="black" if not copy else GREY,
        )


def _broadcast_panel(ax: Axes, title: str, values: np.ndarray, source: tuple[int, int]) -> None:
    """A (3, 4) matrix, a plus sign and an operand stretched to (3, 4).

    ``values`` is the operand after stretching (3, 4); ``source`` is the shape
    of the operand before it: cells outside it are drawn as dashed copies.
    """
    for r in range(3):
        for c in range(4):
            _cell(ax, c, r, 0.0, "", GREY, copy=False)
    ax.text(4.55, 1.5, "$+$", ha="center", va="center", fontsize=13)
    for r in range(3):
        for c in range(4):
            copy = r >= source[0] or c >= source[1]
            _cell(ax, c, r, 5.1, f"{values[r, c]:g}", ORANGE, copy=copy)
    ax.set_title(title, fontsize=10)
    frame_diagram(ax, (-0.1, 9.2), (-0.1, 3.1))


@figure("week2v-broadcasting")
def broadcasting() -> Figure:
    """(3, 4) + (1, 4) row, (3, 4) + (3, 1) column, (3, 4) + a number.

    The stretched operand is computed by numpy's own broadcasting
    (``np.broadcast_to``), so the picture is what numpy does.
    """
    fig = Figure(figsize=(6.8, 1.55))
    axes = fig.subplots(1, 3)
    row = np.array([[1, 2, 3, 4]])
    col = np.array([[10], [20], [30]])
    num = np.array(7)
    _broadcast_panel(axes[0], "$(3, 4) + (1, 4)$", np.broadcast_to(row, (3, 4)), (1, 4))
    _broadcast_panel(axes[1], "$(3, 4) + (3, 1)$", np.broadcast_to(col, (3, 4)), (3, 1))
    _broadcast_panel(axes[2], "$(3, 4) + 7$", np.broadcast_to(num, (3, 4)), (1, 1))
    fig.tight_layout(w_pad=1.0)
    return fig


# --------------------------------------------------------------------------
# Cost curves of optimize for a few learning rates
# --------------------------------------------------------------------------


@figure("week2v-cost-curves")
def cost_curves() -> Figure:
    """J every 100 iterations of ``optimize`` on ``load_two_gaussians``, from zeros."""
    X_train, Y_train, _, _ = load_two_gaussians()
    fig = Figure(figsize=(5.2, 3.0))
    ax = fig.add_subplot()
    num_iterations = 2000
    for alpha, colour in zip((1.0, 0.1, 0.01, 0.001), (BLUE, GREEN, YELLOW, ORANGE), strict=True):
        w, b = initialize_with_zeros(X_train.shape[0])
        _, _, costs = optimize(w, b, X_train, Y_train, num_iterations, alpha)
        t = np.arange(len(costs)) * 100
        ax.plot(
            t,
            costs,
            "o-",
            color=colour,
            markersize=3.2,
            linewidth=1.5,
            label=rf"$\alpha = {alpha:g}$",
        )
    ax.set_xlim(-50, num_iterations)
    ax.set_ylim(0.2, 0.72)
    ax.set_xlabel("$t$")
    ax.set_ylabel("$J$", rotation=0, labelpad=10)
    ax.legend(loc="upper right")
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------
# Shapes: rank-1 (5,), column (5, 1), row (1, 5)
# --------------------------------------------------------------------------


def _strip(
    ax: Axes, x0: float, y0: float, n: int, vertical: bool, colour: str, frame: bool
) -> None:
    """n unit cells from (x0, y0), downwards or to the right; a frame marks a 2-D array."""
    for k in range(n):
        x, y = (x0, y0 - k) if vertical else (x0 + k, y0)
        ax.add_patch(
            Rectangle((x, y), 1, 1, facecolor=colour + "40", edgecolor=colour, linewidth=1.2)
        )
        ax.text(x + 0.5, y + 0.5, f"{k + 1}", ha="center", va="center", fontsize=9)
    if frame:
        w, h = (1, n) if vertical else (n, 1)
        y_low = y0 - n + 1 if vertical else y0
        ax.add_patch(
            Rectangle(
                (x0 - 0.15, y_low - 0.15),
                w + 0.3,
                h + 0.3,
                facecolor="none",
                edgecolor="black",
                linewidth=1.3,
            )
        )


@figure("week2v-shapes")
def shapes() -> Figure:
    """A rank-1 array (its transpose is itself), a column and a row (transposes of each other)."""
    fig = Figure(figsize=(6.4, 2.9))
    ax = fig.add_subplot()
    mono = {"family": "DejaVu Sans Mono", "fontsize": 9.5}

    # rank-1: a bare strip, no frame; its transpose has the same shape
    _strip(ax, 0.0, 1.0, 5, vertical=False, colour=GREY, frame=False)
    ax.text(2.5, 2.45, "a.shape == (5,)", ha="center", **mono)
    ax.text(2.5, 0.35, "a.T.shape == (5,)", ha="center", **mono)

    # column (5, 1)
    x_col = 7.6
    _strip(ax, x_col, 3.0, 5, vertical=True, colour=BLUE, frame=True)
    ax.text(x_col + 0.5, 4.45, "(5, 1)", ha="center", **mono)

    # row (1, 5)
    x_row = 10.6
    _strip(ax, x_row, 1.0, 5, vertical=False, colour=GREEN, frame=True)
    ax.text(x_row + 2.5, 2.45, "(1, 5)", ha="center", **mono)

    # .T between column and row, both ways
    arrow(ax, (x_col + 1.3, 2.2), (x_row - 0.1, 1.9), PURPLE, rad=-0.2)
    arrow(ax, (x_row - 0.1, 0.9), (x_col + 1.3, 0.3), PURPLE, rad=-0.2)
    ax.text((x_col + x_row) / 2 + 0.6, 2.45, ".T", ha="center", color=PURPLE, **mono)
    ax.text((x_col + x_row) / 2 + 0.6, -0.45, ".T", ha="center", color=PURPLE, **mono)

    frame_diagram(ax, (-0.4, 16.0), (-1.4, 4.9))
    fig.tight_layout()
    return fig
