"""Figures for week 1, "Introduction to deep learning".

Each function draws one figure for the pages in ``docs/{ko,en}/week1/``. The
figures hold no prose, only math symbols and numbers, so one SVG serves both
languages; each page explains its figure in the text next to it.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle

from figures import figure, frame_diagram

# Colours from the shared Okabe-Ito cycle (figures.STYLE), plus greys.
BLUE = "#0072B2"
ORANGE = "#D55E00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
GREY = "#7a7a7a"
SHADE = "#7a7a7a2e"


def _schematic_axes(ax: Axes) -> None:
    """Axes with arrow heads and no ticks, for a drawing that is not a measurement."""
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.plot(1, 0, ">k", transform=ax.transAxes, clip_on=False, markersize=5)
    ax.plot(0, 1, "^k", transform=ax.transAxes, clip_on=False, markersize=5)


@figure("week1-housing-relu")
def housing_relu() -> Figure:
    """Six houses (size x, price y) and the one-neuron fit max(0, wx + b).

    The line uses the page's numbers, w = 2 and b = -1, so it bends at
    x = -b/w = 0.5; the dashed part is the straight line wx + b that ReLU cuts off.
    """
    w, b = 2.0, -1.0
    size = np.array([1.0, 1.5, 2.0, 2.5, 3.0, 3.5])
    noise = np.array([0.3, -0.25, 0.2, -0.3, 0.25, -0.15])
    price = w * size + b + noise

    fig = Figure(figsize=(4.2, 3.0))
    ax = fig.add_subplot()
    kink = -b / w
    x_cut = np.array([0.0, kink])
    ax.plot(x_cut, w * x_cut + b, "--", color=GREY, linewidth=1.2)
    x = np.linspace(0.0, 4.0, 200)
    ax.plot(x, np.maximum(0.0, w * x + b), color=BLUE, linewidth=2.2)
    ax.plot(size, price, "o", color=ORANGE, markersize=6)
    ax.annotate(
        r"$\hat{y} = \max(0,\ wx + b)$",
        xy=(3.2, w * 3.2 + b),
        xytext=(0.35, 5.6),
        color=BLUE,
        fontsize=11,
        arrowprops={"arrowstyle": "->", "color": BLUE, "linewidth": 1.0},
    )
    ax.axhline(0.0, color=GREY, linewidth=0.8)
    ax.set_xlim(0.0, 4.0)
    ax.set_ylim(-1.3, 7.0)
    ax.set_xticks([0, 0.5, 1, 2, 3, 4])
    ax.set_xticklabels(["0", "0.5", "1", "2", "3", "4"])
    ax.set_xlabel("$x$")
    ax.set_ylabel("$y$", rotation=0, labelpad=10)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def _draw_network(ax: Axes, edges: list[tuple[int, int]], title: str) -> None:
    """Four inputs, three hidden units, one output; ``edges`` are (input, hidden) pairs."""
    x_in, x_hid, x_out = 0.0, 1.0, 2.0
    y_in = [1.5, 0.5, -0.5, -1.5]
    y_hid = [1.0, 0.0, -1.0]
    r = 0.27
    for i, j in edges:
        ax.plot([x_in, x_hid], [y_in[i], y_hid[j]], color=GREY, linewidth=1.0, zorder=1)
    for j in range(3):
        ax.plot([x_hid, x_out], [y_hid[j], 0.0], color=GREY, linewidth=1.0, zorder=1)
    nodes = [(x_in, y, f"$x_{i + 1}$", ORANGE) for i, y in enumerate(y_in)]
    nodes += [(x_hid, y, f"$a_{j + 1}^{{[1]}}$", BLUE) for j, y in enumerate(y_hid)]
    nodes += [(x_out, 0.0, r"$\hat{y}$", GREEN)]
    for x, y, label, colour in nodes:
        ax.add_patch(
            Circle((x, y), r, facecolor="white", edgecolor=colour, linewidth=1.8, zorder=2)
        )
        ax.text(x, y, label, ha="center", va="center", fontsize=10, color="black", zorder=3)
    ax.set_title(title, fontsize=11)
    frame_diagram(ax, (-0.4, 2.4), (-1.9, 1.9))


@figure("week1-housing-network")
def housing_network() -> Figure:
    """The housing network: (a) hand-picked connections, (b) fully connected.

    Inputs x1..x4 are size, number of bedrooms, zip code and wealth; in (a)
    the hidden units stand for family size (x1, x2), walkability (x3) and
    school quality (x3, x4).
    """
    fig = Figure(figsize=(5.6, 2.7))
    ax_a, ax_b = fig.subplots(1, 2)
    _draw_network(ax_a, [(0, 0), (1, 0), (2, 1), (2, 2), (3, 2)], "(a)")
    _draw_network(ax_b, [(i, j) for i in range(4) for j in range(3)], "(b)")
    fig.tight_layout()
    return fig


@figure("week1-structured-vs-unstructured")
def structured_vs_unstructured() -> Figure:
    """(a) a table whose columns are features x1..x4 and the label y;
    (b) a pixel grid and (c) an audio waveform, whose single values mean nothing.
    """
    fig = Figure(figsize=(6.4, 2.3))
    ax_a, ax_b, ax_c = fig.subplots(1, 3, gridspec_kw={"width_ratios": [1.5, 1.0, 1.3]})

    header = ["$x_1$", "$x_2$", "$x_3$", "$x_4$", "$y$"]
    rows = [
        ["2104", "3", "94305", "120", "400"],
        ["1600", "3", "94301", "85", "330"],
        ["2400", "3", "94025", "60", "369"],
        ["3000", "4", "94303", "150", "540"],
    ]
    col_x = [0.1, 0.28, 0.47, 0.68, 0.88]
    for x, text in zip(col_x, header, strict=True):
        ax_a.text(x, 0.9, text, ha="center", va="center", fontsize=10, color=BLUE)
    ax_a.plot([0.0, 1.0], [0.8, 0.8], color=GREY, linewidth=1.0)
    ax_a.plot([0.78, 0.78], [0.05, 0.95], color=GREY, linewidth=0.8)
    for r, row in enumerate(rows):
        for x, text in zip(col_x, row, strict=True):
            ax_a.text(x, 0.65 - 0.17 * r, text, ha="center", va="center", fontsize=8.5)
    ax_a.set_xlim(0.0, 1.0)
    ax_a.set_ylim(0.0, 1.0)
    ax_a.axis("off")
    ax_a.set_title("(a)", fontsize=11)

    # An 8x8 grey-scale picture of a face: meaning comes from the pixels together.
    rr, cc = np.mgrid[0:8, 0:8]
    face = np.exp(-((rr - 3.5) ** 2 + (cc - 3.5) ** 2) / 14.0)
    face[2, 2] = face[2, 5] = 0.05
    face[5, 2:6] = 0.15
    face[4, 1] = face[4, 6] = 0.3
    ax_b.imshow(face, cmap="gray", vmin=0.0, vmax=1.0, interpolation="nearest")
    ax_b.set_xticks([])
    ax_b.set_yticks([])
    ax_b.set_title("(b)", fontsize=11)

    t = np.linspace(0.0, 1.0, 400)
    wave = np.sin(2 * np.pi * 9 * t) * np.exp(-3.0 * (t - 0.35) ** 2 / 0.05) + 0.5 * np.sin(
        2 * np.pi * 23 * t
    ) * np.exp(-((t - 0.75) ** 2) / 0.01)
    ax_c.plot(t, wave, color=PURPLE, linewidth=1.0)
    ax_c.set_xlabel("$t$")
    _schematic_axes(ax_c)
    ax_c.set_title("(c)", fontsize=11)
    fig.tight_layout()
    return fig


@figure("week1-performance-vs-data")
def performance_vs_data() -> Figure:
    """Performance against the amount of labelled data m (a sketch, not a measurement).

    Curve 1 is a traditional algorithm; 2, 3 and 4 are small, medium and large
    networks. Each is A (1 - exp(-m / tau)): a larger network reaches a higher
    plateau A but climbs more slowly (larger tau), so for small m (shaded) the
    order of the curves is not settled: they cross there.
    """
    plateau = [0.45, 0.62, 0.78, 0.95]
    tau = [0.7, 1.5, 2.4, 3.4]
    colours = [GREY, ORANGE, BLUE, GREEN]
    styles = ["--", "-", "-", "-"]
    m = np.linspace(0.0, 10.0, 300)

    fig = Figure(figsize=(4.4, 3.0))
    ax = fig.add_subplot()
    ax.axvspan(0.0, 3.0, color=SHADE, linewidth=0)
    for k, (a, t, colour, style) in enumerate(
        zip(plateau, tau, colours, styles, strict=True), start=1
    ):
        curve = a * (1.0 - np.exp(-m / t))
        ax.plot(m, curve, style, color=colour, linewidth=2.0)
        ax.text(10.2, curve[-1], str(k), va="center", fontsize=11, color=colour)
    ax.set_xlim(0.0, 10.0)
    ax.set_ylim(0.0, 1.05)
    ax.set_xlabel("$m$")
    _schematic_axes(ax)
    fig.tight_layout()
    return fig


@figure("week1-sigmoid-relu-gradients")
def sigmoid_relu_gradients() -> Figure:
    """(a) sigmoid and ReLU; (b) their derivatives, shaded where |z| > 4.

    The sigmoid's derivative peaks at 1/4 and is below 0.018 for |z| > 4;
    ReLU's derivative is 1 for every z > 0 (and 0 for z < 0).
    """
    z = np.linspace(-6.0, 6.0, 400)
    sig = 1.0 / (1.0 + np.exp(-z))
    neg, pos = z[z < 0], z[z > 0]

    fig = Figure(figsize=(6.4, 2.7))
    ax_a, ax_b = fig.subplots(1, 2)

    ax_a.plot(z, sig, color=BLUE, linewidth=2.0, label=r"$\sigma(z)$")
    ax_a.plot(z, np.maximum(0.0, z), "--", color=ORANGE, linewidth=2.0, label=r"$\mathrm{ReLU}(z)$")
    ax_a.set_ylim(-0.2, 2.0)
    ax_a.set_title("(a)", fontsize=11)

    ax_b.axvspan(-6.0, -4.0, color=SHADE, linewidth=0)
    ax_b.axvspan(4.0, 6.0, color=SHADE, linewidth=0)
    ax_b.plot(z, sig * (1.0 - sig), color=BLUE, linewidth=2.0, label=r"$\sigma'(z)$")
    ax_b.plot(
        neg, np.zeros_like(neg), "--", color=ORANGE, linewidth=2.0, label=r"$\mathrm{ReLU}'(z)$"
    )
    ax_b.plot(pos, np.ones_like(pos), "--", color=ORANGE, linewidth=2.0)
    ax_b.set_ylim(-0.1, 1.15)
    ax_b.set_yticks([0, 0.25, 1])
    ax_b.set_yticklabels(["0", "0.25", "1"])
    ax_b.set_title("(b)", fontsize=11)

    for ax in (ax_a, ax_b):
        ax.axhline(0.0, color=GREY, linewidth=0.6)
        ax.axvline(0.0, color=GREY, linewidth=0.6)
        ax.set_xlim(-6.0, 6.0)
        ax.set_xticks([-6, -4, 0, 4, 6])
        ax.set_xlabel("$z$")
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(loc="upper left", fontsize=9, frameon=False)
    fig.tight_layout()
    return fig
