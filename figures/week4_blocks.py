"""Figures for week 4, pages 36 to 38: building blocks, forward and backward
propagation, parameters and hyperparameters (figure names ``week4b-*``).

Each function draws one figure for the pages ``week4/building-blocks.md`` and
``week4/parameters-vs-hyperparameters.md`` in ``docs/{ko,en}/``. The figures
hold no prose, only math symbols, so one SVG serves both languages; each page
explains its figure in the text next to it. The cost curves are computed by
``dlnotes.deep.L_layer_model`` on the package's own flower data set, so the
figure and the package cannot disagree.
"""

from __future__ import annotations

from functools import partial

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from dlnotes.datasets import load_planar_dataset
from dlnotes.deep import L_layer_model
from figures import arrow, box, figure, frame_diagram

_arrow = partial(arrow, width=1.4, head=12, shrink=0)

# Colours from the shared Okabe-Ito cycle (figures.STYLE), plus greys.
BLUE = "#0072B2"
ORANGE = "#D55E00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
YELLOW = "#E69F00"
GREY = "#7a7a7a"


def _label(
    ax: Axes, x: float, y: float, text: str, colour: str = "black", size: float = 10.5, **kw: str
) -> None:
    kw.setdefault("ha", "center")
    kw.setdefault("va", "center")
    ax.text(x, y, text, fontsize=size, color=colour, zorder=3, **kw)


# --------------------------------------------------------------------------
# One layer: the forward block, its cache, the backward block
# --------------------------------------------------------------------------


@figure("week4b-layer-blocks")
def layer_blocks() -> Figure:
    """Layer l as two blocks. Forward (blue): a[l-1] in, a[l] out, W[l], b[l]
    inside. The cache (purple) carries z[l], a[l-1], W[l], b[l] down to the
    backward block (orange): da[l] in, da[l-1] out, dW[l] and db[l] below."""
    fig = Figure(figsize=(6.2, 3.6))
    ax = fig.add_subplot()
    xc, wide, high = 3.0, 2.3, 0.8
    y_fwd, y_cache, y_bwd, y_grad = 2.2, 0.95, -0.3, -1.45
    left, right = xc - wide / 2, xc + wide / 2

    # forward block
    box(ax, xc, y_fwd, "$W^{[l]},\\ b^{[l]}$", BLUE, width=wide, height=high)
    _arrow(ax, (0.0, y_fwd), (left, y_fwd), BLUE)
    _label(ax, 0.05, y_fwd + 0.3, "$a^{[l-1]}$", BLUE, ha="left")
    _arrow(ax, (right, y_fwd), (6.0, y_fwd), BLUE)
    _label(ax, 5.95, y_fwd + 0.3, "$a^{[l]}$", BLUE, ha="right")

    # cache between the blocks
    _arrow(ax, (xc, y_fwd - high / 2), (xc, y_cache + 0.3), PURPLE, dashed=True)
    box(
        ax,
        xc,
        y_cache,
        "$z^{[l]}\\quad (a^{[l-1]},\\ W^{[l]},\\ b^{[l]})$",
        PURPLE,
        width=2.9,
        height=0.6,
        size=10,
        fill="#f7eaf1",
    )
    _arrow(ax, (xc, y_cache - 0.3), (xc, y_bwd + high / 2), PURPLE, dashed=True)

    # backward block
    box(ax, xc, y_bwd, "$dz^{[l]}$", ORANGE, width=wide, height=high)
    _arrow(ax, (6.0, y_bwd), (right, y_bwd), ORANGE)
    _label(ax, 5.95, y_bwd + 0.3, "$da^{[l]}$", ORANGE, ha="right")
    _arrow(ax, (left, y_bwd), (0.0, y_bwd), ORANGE)
    _label(ax, 0.05, y_bwd + 0.3, "$da^{[l-1]}$", ORANGE, ha="left")
    _arrow(ax, (xc, y_bwd - high / 2), (xc, y_grad + 0.22), ORANGE)
    _label(ax, xc, y_grad, "$dW^{[l]},\\ db^{[l]}$", ORANGE)

    frame_diagram(ax, (-0.1, 6.1), (-1.75, 2.75))
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------
# The whole chain: L forward blocks, L backward blocks, the update
# --------------------------------------------------------------------------


@figure("week4b-chain")
def chain() -> Figure:
    """One iteration of gradient descent on an L-layer network.

    Top row: the forward blocks of layers 1, 2, ..., L, from a[0] = x to
    a[L] = y-hat and the loss. Middle: each layer's cache z[l] dropped to its
    backward block. Bottom row: the backward blocks from da[L] back to da[0]
    (grey and dashed: computed, not needed), each giving dW[l], db[l]; last
    line, the update of every layer."""
    fig = Figure(figsize=(7.8, 4.3))
    ax = fig.add_subplot()
    wide, high = 1.45, 0.8
    xs = {"1": 1.8, "2": 4.25, "L": 8.15}
    dots = 6.2  # the layers 3 .. L-1, drawn as dots
    y_fwd, y_bwd, y_grad = 2.4, 0.3, -0.75
    x_in, x_loss = 0.0, xs["L"] + wide / 2 + 1.85

    def edges(x: float) -> tuple[float, float]:
        return x - wide / 2, x + wide / 2

    # (from x, to x, label) for the arrows of the forward row, left to right
    forward = [
        (x_in + 0.35, edges(xs["1"])[0], "$a^{[0]}$"),
        (edges(xs["1"])[1], edges(xs["2"])[0], "$a^{[1]}$"),
        (edges(xs["2"])[1], dots - 0.35, "$a^{[2]}$"),
        (dots + 0.35, edges(xs["L"])[0], "$a^{[L-1]}$"),
        (edges(xs["L"])[1], x_loss - 0.6, "$a^{[L]} = \\hat{y}$"),
    ]
    _label(ax, x_in, y_fwd, "$x$", BLUE, ha="left")
    for x0, x1, text in forward:
        _arrow(ax, (x0, y_fwd), (x1, y_fwd), BLUE)
        _label(ax, (x0 + x1) / 2, y_fwd + 0.28, text, BLUE, size=10.5)
    _label(ax, dots, y_fwd, "$\\cdots$", BLUE, size=12)
    for l, x in xs.items():
        box(ax, x, y_fwd, f"$W^{{[{l}]}},\\ b^{{[{l}]}}$", BLUE, width=wide, height=high, size=11)
    box(ax, x_loss, y_fwd, "$L(\\hat{y}, y)$", GREY, width=1.2, height=0.6, size=11)

    # each layer's cache, from its forward block to its backward block
    for l, x in xs.items():
        _arrow(ax, (x, y_fwd - high / 2), (x, y_bwd + high / 2), PURPLE, dashed=True)
        _label(ax, x + 0.12, (y_fwd + y_bwd) / 2, f"$z^{{[{l}]}}$", PURPLE, size=11, ha="left")

    # backward row, right to left
    _arrow(ax, (x_loss, y_fwd - 0.3), (x_loss, y_bwd), ORANGE)
    backward = [
        (x_loss, edges(xs["L"])[1], "$da^{[L]}$"),
        (edges(xs["L"])[0], dots + 0.35, "$da^{[L-1]}$"),
        (dots - 0.35, edges(xs["2"])[1], "$da^{[2]}$"),
        (edges(xs["2"])[0], edges(xs["1"])[1], "$da^{[1]}$"),
    ]
    for x0, x1, text in backward:
        _arrow(ax, (x0, y_bwd), (x1, y_bwd), ORANGE)
        _label(ax, (x0 + x1) / 2, y_bwd + 0.28, text, ORANGE, size=10.5)
    _label(ax, dots, y_bwd, "$\\cdots$", ORANGE, size=12)
    _arrow(ax, (edges(xs["1"])[0], y_bwd), (x_in + 0.75, y_bwd), GREY, dashed=True)
    _label(ax, x_in, y_bwd, "$da^{[0]}$", GREY, ha="left")
    for l, x in xs.items():
        box(ax, x, y_bwd, f"$dz^{{[{l}]}}$", ORANGE, width=wide, height=high, size=11)
        _arrow(ax, (x, y_bwd - high / 2), (x, y_grad + 0.2), ORANGE)
        _label(ax, x, y_grad, f"$dW^{{[{l}]}},\\ db^{{[{l}]}}$", ORANGE, size=10.5)

    # the update, for l = 1, ..., L
    _label(
        ax,
        (x_in + x_loss) / 2,
        -1.6,
        "$W^{[l]}$ := $W^{[l]} - \\alpha\\, dW^{[l]},\\qquad b^{[l]}$ := $b^{[l]} - \\alpha\\, db^{[l]}$",
        size=11.5,
    )

    frame_diagram(ax, (x_in - 0.1, x_loss + 0.7), (-1.95, 2.95))
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------
# Cost curves for several learning rates
# --------------------------------------------------------------------------

#: The learning rates of the figure and of the page's example, small to large.
LEARNING_RATES = (0.01, 0.1, 0.3, 1.0)


@figure("week4b-learning-rates")
def learning_rates() -> Figure:
    """J every 100 iterations while ``L_layer_model`` trains ``[2, 5, 3, 1]``
    on the flower data, for each learning rate in :data:`LEARNING_RATES`.

    The costs are the list that ``L_layer_model`` returns (iterations 0, 100,
    ..., 2900), the same numbers the page prints."""
    X, Y = load_planar_dataset()
    fig = Figure(figsize=(5.6, 3.2))
    ax = fig.add_subplot()
    colours = [GREY, BLUE, GREEN, ORANGE]
    for alpha, colour in zip(LEARNING_RATES, colours, strict=True):
        _, costs = L_layer_model(X, Y, [2, 5, 3, 1], learning_rate=alpha)
        iterations = np.arange(len(costs)) * 100
        ax.plot(
            iterations,
            costs,
            color=colour,
            marker="o",
            markersize=2.5,
            label=f"$\\alpha = {alpha:g}$",
        )
    ax.set_xlabel("$t$")
    ax.set_ylabel("$J$")
    ax.set_xlim(0, 3000)
    ax.legend(loc="upper right", ncols=2)
    fig.tight_layout()
    return fig
