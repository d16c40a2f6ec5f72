"""Figures for week 4, the deep network pages: notation, forward pass, shapes, why depth.

Each function draws one figure for the pages ``week4/deep-l-layer-network.md``,
``week4/forward-propagation-in-a-deep-network.md``,
``week4/getting-matrix-dimensions-right.md`` and
``week4/why-deep-representations.md`` in ``docs/{ko,en}/``. The figures hold no
prose, only math symbols, shapes and bit patterns, so one SVG serves both
languages; each page explains its figure in the text next to it. Every shape
written on a figure is read from an array that ``dlnotes.deep`` computed, and
the curves are computed with ``dlnotes.activations``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import partial

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Ellipse, Rectangle

from dlnotes.activations import relu
from dlnotes.deep import L_model_forward, initialize_parameters_deep
from figures import arrow, figure, frame_diagram

_arrow = partial(arrow, width=1.2, zorder=2)

# Colours from the shared Okabe-Ito cycle (figures.STYLE), plus greys.
BLUE = "#0072B2"
ORANGE = "#D55E00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
YELLOW = "#E69F00"
GREY = "#7a7a7a"
LIGHT = {
    BLUE: "#d6e6f2",
    ORANGE: "#f7ddd0",
    GREEN: "#d2eee5",
    PURPLE: "#f3e0ea",
    YELLOW: "#fbecd0",
    GREY: "#ececec",
}

# The lectures' 4-layer network (page "Deep L-layer neural network").
LECTURE_DIMS = [3, 5, 5, 3, 1]
# The lectures' 5-layer network for the shape check (page "Getting your matrix dimensions right").
SHAPES_DIMS = [2, 3, 5, 4, 2, 1]


def _shape(a: np.ndarray) -> str:
    """``(5, 3)`` for an array of that shape, as mathtext."""
    return "$(" + ", ".join(str(n) for n in a.shape) + ")$"


def _grid(
    ax: Axes,
    x0: float,
    y_top: float,
    rows: int,
    cols: int,
    colour: str,
    cell: float,
    dashed: bool = False,
) -> None:
    """A ``rows`` x ``cols`` grid of cells with its top-left corner at (x0, y_top)."""
    for i in range(rows):
        for j in range(cols):
            ax.add_patch(
                Rectangle(
                    (x0 + j * cell, y_top - (i + 1) * cell),
                    cell,
                    cell,
                    facecolor="white" if dashed else LIGHT[colour],
                    edgecolor=colour,
                    linewidth=0.8 if dashed else 1.0,
                    linestyle="--" if dashed else "-",
                )
            )


# -- the L-layer network -----------------------------------------------------------


@figure("week4n-network")
def network() -> Figure:
    """The lectures' 4-layer network, n = [3, 5, 5, 3, 1], with its notation.

    Above each layer: its index l and its number of units n[l]; under each
    counted layer: its activation g[l] (ReLU for the hidden layers, sigma for
    the output); between the layers: the shapes of W[l] and b[l], read from
    ``initialize_parameters_deep``.
    """
    parameters = initialize_parameters_deep(LECTURE_DIMS)
    L = len(parameters) // 2
    fig = Figure(figsize=(7.4, 4.4))
    ax = fig.add_subplot()
    gap, spacing, r = 2.5, 0.78, 0.25
    xs = [gap * l for l in range(L + 1)]
    colours = [ORANGE] + [BLUE] * (L - 1) + [GREEN]

    def ys(n: int) -> list[float]:
        return [spacing * ((n - 1) / 2 - i) for i in range(n)]

    for l in range(1, L + 1):
        for y0 in ys(LECTURE_DIMS[l - 1]):
            for y1 in ys(LECTURE_DIMS[l]):
                ax.plot([xs[l - 1], xs[l]], [y0, y1], color="#b5b5b5", linewidth=0.7, zorder=1)
    for l, (x, n, colour) in enumerate(zip(xs, LECTURE_DIMS, colours, strict=True)):
        for i, y in enumerate(ys(n)):
            ax.add_patch(
                Circle((x, y), r, facecolor="white", edgecolor=colour, linewidth=1.6, zorder=2)
            )
            if l == 0:
                ax.text(x, y, f"$x_{i + 1}$", ha="center", va="center", fontsize=9.5, zorder=3)
        ax.text(x, 2.55, f"$l = {l}$", ha="center", va="center", fontsize=10, color=GREY)
        ax.text(
            x, 2.1, f"$n^{{[{l}]}} = {n}$", ha="center", va="center", fontsize=10.5, color=colour
        )
        if l == 0:
            under = "$a^{[0]} = x$"
        elif l < L:
            under = f"$a^{{[{l}]}} = \\mathrm{{ReLU}}(z^{{[{l}]}})$"
        else:
            under = f"$a^{{[{l}]}} = \\sigma(z^{{[{l}]}})$"
        ax.text(x, -2.3, under, ha="center", va="center", fontsize=9, color=colour)
    ax.text(xs[-1] + 0.42, 0.0, "$= \\hat{y}$", ha="left", va="center", fontsize=11)

    # L = number of counted layers: a bracket over layers 1..L.
    top = 3.05
    ax.plot([xs[1], xs[1], xs[-1], xs[-1]], [top - 0.12, top, top, top - 0.12], color="black", lw=1)
    ax.text((xs[1] + xs[-1]) / 2, top + 0.28, f"$L = {L}$", ha="center", va="center", fontsize=11)

    # Parameter shapes between the layers.
    for l in range(1, L + 1):
        x = (xs[l - 1] + xs[l]) / 2
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        ax.text(x, -2.9, f"$W^{{[{l}]}}$: {_shape(W)}", ha="center", va="center", fontsize=9.5)
        ax.text(x, -3.3, f"$b^{{[{l}]}}$: {_shape(b)}", ha="center", va="center", fontsize=9.5)
    frame_diagram(ax, (-0.9, xs[-1] + 1.1), (-3.55, 3.45))
    fig.tight_layout()
    return fig


# -- forward propagation -------------------------------------------------------------


@figure("week4n-forward")
def forward() -> Figure:
    """A[0] = X to A[4] = Y-hat for m = 4 examples of the 4-layer network.

    Each matrix is drawn with one row per unit and one column per example; the
    shapes under the grids are those of ``X`` and of the activations cached by
    ``L_model_forward``.
    """
    m = 4
    parameters = initialize_parameters_deep(LECTURE_DIMS)
    X = np.random.RandomState(0).randn(LECTURE_DIMS[0], m)
    AL, caches = L_model_forward(X, parameters)
    # caches[l - 1] = ((A_prev, W, b), Z) of layer l: A_prev is A[l-1].
    As = [cache[0][0] for cache in caches] + [AL]
    L = len(caches)
    cell = 0.3
    step = m * cell + 1.25
    fig = Figure(figsize=(7.4, 2.7))
    ax = fig.add_subplot()
    top = 0.75
    colours = [ORANGE] + [BLUE] * (L - 1) + [GREEN]
    for l, (A, colour) in enumerate(zip(As, colours, strict=True)):
        x0 = l * step
        _grid(ax, x0, top, A.shape[0], A.shape[1], colour, cell)
        name = "$A^{[0]} = X$" if l == 0 else f"$A^{{[{l}]}}$"
        if l == L:
            name = f"$A^{{[{L}]}} = \\hat{{Y}}$"
        ax.text(x0 + m * cell / 2, top + 0.3, name, ha="center", va="center", fontsize=10)
        ax.text(
            x0 + m * cell / 2,
            top - A.shape[0] * cell - 0.25,
            _shape(A),
            ha="center",
            va="center",
            fontsize=9.5,
        )
        if l < L:
            y = top - 1.5 * cell
            _arrow(ax, (x0 + m * cell + 0.12, y), (x0 + step - 0.12, y))
            g = "\\sigma" if l == L - 1 else "\\mathrm{ReLU}"
            ax.text(
                x0 + m * cell + (step - m * cell) / 2,
                y + 0.27,
                f"$W^{{[{l + 1}]}}, b^{{[{l + 1}]}}$",
                ha="center",
                va="center",
                fontsize=8.5,
            )
            ax.text(
                x0 + m * cell + (step - m * cell) / 2,
                y - 0.25,
                f"${g}$",
                ha="center",
                va="center",
                fontsize=8.5,
                color=GREY,
            )
    frame_diagram(ax, (-0.2, L * step + m * cell + 0.2), (top - 5 * cell - 0.5, top + 0.55))
    fig.tight_layout()
    return fig


# -- shapes ----------------------------------------------------------------------------


def _matrix(
    ax: Axes,
    x0: float,
    y_top: float,
    shape: tuple[int, int],
    colour: str,
    name: str,
    symbolic: str,
    numeric: str,
    cell: float,
    ghost_cols: int = 0,
) -> float:
    """Draw a labelled matrix; return its right edge (ghost columns included)."""
    rows, cols = shape
    _grid(ax, x0, y_top, rows, cols, colour, cell)
    if ghost_cols:
        _grid(ax, x0 + cols * cell, y_top, rows, ghost_cols, colour, cell, dashed=True)
    width = (cols + ghost_cols) * cell
    ax.text(
        x0 + width / 2, y_top + 0.25, name, ha="center", va="center", fontsize=10.5, color=colour
    )
    ax.text(
        x0 + width / 2, y_top - rows * cell - 0.25, symbolic, ha="center", va="center", fontsize=9
    )
    ax.text(
        x0 + width / 2, y_top - rows * cell - 0.6, numeric, ha="center", va="center", fontsize=9
    )
    return x0 + width


def _op(ax: Axes, x: float, y: float, text: str) -> None:
    ax.text(x, y, text, ha="center", va="center", fontsize=12)


@figure("week4n-shapes")
def shapes() -> Figure:
    """Layer 2 of the lectures' 5-layer network, n = [2, 3, 5, 4, 2, 1], for m = 4 examples.

    Top: Z[2] = W[2] A[1] + b[2], with b[2] broadcast over the m columns (dashed
    copies). Bottom: dW[2] = (1/m) dZ[2] A[1]^T has the shape of W[2]. Every
    numeric shape is read from arrays computed with ``dlnotes.deep``.
    """
    m = 4
    parameters = initialize_parameters_deep(SHAPES_DIMS)
    X = np.random.RandomState(0).randn(SHAPES_DIMS[0], m)
    _, caches = L_model_forward(X, parameters)
    (A1, W2, b2), Z2 = caches[1]
    dZ2 = np.ones_like(Z2)  # any array of the shape of Z[2]
    dW2 = np.dot(dZ2, A1.T) / m
    cell = 0.32
    fig = Figure(figsize=(6.6, 5.0))
    ax = fig.add_subplot()

    # Row 1: Z = W A + b.
    top = 0.0
    mid = top - Z2.shape[0] * cell / 2
    x = _matrix(ax, 0.0, top, Z2.shape, PURPLE, "$Z^{[2]}$", "$(n^{[2]}, m)$", _shape(Z2), cell)
    _op(ax, x + 0.35, mid, "$=$")
    x = _matrix(
        ax, x + 0.7, top, W2.shape, BLUE, "$W^{[2]}$", "$(n^{[2]}, n^{[1]})$", _shape(W2), cell
    )
    x = _matrix(
        ax,
        x + 0.45,
        top - (W2.shape[0] - A1.shape[0]) * cell / 2,
        A1.shape,
        ORANGE,
        "$A^{[1]}$",
        "$(n^{[1]}, m)$",
        _shape(A1),
        cell,
    )
    _op(ax, x + 0.35, mid, "$+$")
    _matrix(
        ax,
        x + 0.7,
        top,
        b2.shape,
        GREEN,
        "$b^{[2]}$",
        "$(n^{[2]}, 1)$",
        _shape(b2),
        cell,
        ghost_cols=m - 1,
    )

    # Row 2: dW = (1/m) dZ A^T.
    top2 = top - Z2.shape[0] * cell - 1.45
    mid2 = top2 - dW2.shape[0] * cell / 2
    x = _matrix(
        ax, 0.0, top2, dW2.shape, BLUE, "$dW^{[2]}$", "$(n^{[2]}, n^{[1]})$", _shape(dW2), cell
    )
    _op(ax, x + 0.35, mid2, "$=$")
    _op(ax, x + 0.95, mid2, "$\\frac{1}{m}$")
    x = _matrix(
        ax, x + 1.35, top2, dZ2.shape, PURPLE, "$dZ^{[2]}$", "$(n^{[2]}, m)$", _shape(dZ2), cell
    )
    _matrix(
        ax,
        x + 0.45,
        top2,
        A1.T.shape,
        ORANGE,
        "$A^{[1]T}$",
        "$(m, n^{[1]})$",
        _shape(A1.T),
        cell,
    )
    frame_diagram(ax, (-0.15, 7.3), (top2 - dW2.shape[0] * cell - 0.85, top + 0.5))
    fig.tight_layout()
    return fig


# -- why deep: composed features -----------------------------------------------------------


def _frame(ax: Axes, cx: float, cy: float, half: float, colour: str) -> None:
    ax.add_patch(
        Rectangle(
            (cx - half, cy - half),
            2 * half,
            2 * half,
            facecolor="white",
            edgecolor=colour,
            linewidth=1.2,
            zorder=2,
        )
    )


def _stroke(ax: Axes, cx: float, cy: float, length: float, angle: float, colour: str) -> None:
    dx, dy = np.cos(np.radians(angle)) * length / 2, np.sin(np.radians(angle)) * length / 2
    ax.plot([cx - dx, cx + dx], [cy - dy, cy + dy], color=colour, linewidth=2.2, zorder=3)


def _eye(ax: Axes, cx: float, cy: float, s: float, colour: str) -> None:
    ax.add_patch(
        Ellipse((cx, cy), 1.3 * s, 0.62 * s, fill=False, edgecolor=colour, linewidth=1.8, zorder=3)
    )
    ax.add_patch(Circle((cx, cy), 0.17 * s, facecolor=colour, edgecolor="none", zorder=3))


def _nose(ax: Axes, cx: float, cy: float, s: float, colour: str) -> None:
    ax.plot(
        [cx, cx - 0.25 * s, cx + 0.05 * s],
        [cy + 0.45 * s, cy - 0.3 * s, cy - 0.3 * s],
        color=colour,
        linewidth=1.8,
        zorder=3,
    )


def _mouth(ax: Axes, cx: float, cy: float, s: float, colour: str) -> None:
    t = np.linspace(np.radians(200), np.radians(340), 30)
    ax.plot(
        cx + 0.7 * s * np.cos(t),
        cy + 0.25 * s + 0.6 * s * np.sin(t),
        color=colour,
        linewidth=1.8,
        zorder=3,
    )


def _wave(
    ax: Axes,
    x0: float,
    x1: float,
    cy: float,
    height: float,
    freqs: Sequence[float],
    colour: str,
    seed: int = 0,
) -> None:
    """A short burst: a sum of sines under a smooth envelope, drawn in [x0, x1]."""
    t = np.linspace(0.0, 1.0, 160)
    rng = np.random.RandomState(seed)
    y = sum(np.sin(2 * np.pi * f * t + rng.uniform(0, np.pi)) for f in freqs) / len(freqs)
    y = y * np.sin(np.pi * t) ** 2
    ax.plot(x0 + (x1 - x0) * t, cy + height * y, color=colour, linewidth=1.3, zorder=3)


def _connect(
    ax: Axes,
    cols: Sequence[float],
    y: float,
    ys1: Sequence[float],
    links: Sequence[tuple[int, Sequence[int]]],
    ys2: Sequence[float],
    half: tuple[float, float, float],
) -> None:
    """Grey lines of one row of the composed-features figure: the input (at
    height ``y``) to every a[1] frame, each a[2] frame ``j`` from the a[1]
    frames ``i`` in ``links``, every a[2] frame to the output. ``half`` holds
    the half-widths of the a[1], a[2] and a[3] frames, where the lines stop."""
    h1, h2, h3 = half
    grey = {"color": "#c4c4c4", "lw": 0.7, "zorder": 1}
    for yv in ys1:
        ax.plot([0.9, cols[1] - h1], [y, yv], **grey)
    for j, feeders in links:
        for i in feeders:
            ax.plot([cols[1] + h1, cols[2] - h2], [ys1[i], ys2[j]], **grey)
    for yv in ys2:
        ax.plot([cols[2] + h2, cols[3] - h3], [yv, y], **grey)


@figure("week4n-features")
def features() -> Figure:
    """Features that compose, drawn abstractly: two rows, one per kind of input.

    Top row: an image x, then a[1] (short oriented strokes), a[2] (parts built
    from strokes) and a[3] (the parts put together). Bottom row: a sound x,
    then a[1] (short bursts of a few frequencies), a[2] (longer segments, one
    colour each) and a[3] (the segments in sequence). Grey lines join a unit
    to the lower-level units it is built from.
    """
    fig = Figure(figsize=(7.4, 4.6))
    ax = fig.add_subplot()
    cols = [0.0, 2.7, 5.4, 8.4]
    for x, label in zip(cols, ["$x$", "$a^{[1]}$", "$a^{[2]}$", "$a^{[3]}$"], strict=True):
        ax.text(x, 3.55, label, ha="center", va="center", fontsize=12)

    # Row 1: image.
    y_img = 1.75
    # x: a pixel image of a face (drawn as a coarse grid of grey levels).
    n_px = 12
    yy, xx = np.mgrid[0:n_px, 0:n_px] / (n_px - 1) * 2 - 1
    face = ((xx**2 + (yy * 0.9) ** 2) < 0.85).astype(float) * 0.25
    face[(np.abs(yy + 0.3) < 0.12) & (np.abs(np.abs(xx) - 0.38) < 0.17)] = 0.9
    face[(np.abs(xx) < 0.08) & (yy > -0.15) & (yy < 0.25)] = 0.7
    face[(np.abs(yy - 0.5) < 0.1) & (np.abs(xx) < 0.35)] = 0.8
    ax.imshow(
        face,
        cmap="Greys",
        vmin=0,
        vmax=1,
        extent=(-0.85, 0.85, y_img - 0.85, y_img + 0.85),
        interpolation="nearest",
        zorder=2,
    )
    ax.add_patch(
        Rectangle((-0.85, y_img - 0.85), 1.7, 1.7, fill=False, edgecolor=GREY, lw=1.0, zorder=3)
    )
    # a[1]: oriented strokes.
    angles = [0, 45, 90, 135, 20]
    ys1 = [y_img + 1.2 - 0.6 * i for i in range(len(angles))]
    for yv, angle in zip(ys1, angles, strict=True):
        _frame(ax, cols[1], yv, 0.24, BLUE)
        _stroke(ax, cols[1], yv, 0.34, angle, BLUE)
    # a[2]: parts.
    ys2 = [y_img + 0.8, y_img, y_img - 0.8]
    parts = [_eye, _nose, _mouth]
    for yv, part in zip(ys2, parts, strict=True):
        _frame(ax, cols[2], yv, 0.33, ORANGE)
        part(ax, cols[2], yv, 0.4, ORANGE)
    # a[3]: the face.
    ax.add_patch(
        Rectangle(
            (cols[3] - 0.8, y_img - 0.8), 1.6, 1.6, facecolor="white", edgecolor=GREEN, lw=1.2
        )
    )
    ax.add_patch(
        Ellipse((cols[3], y_img), 1.2, 1.4, fill=False, edgecolor=GREEN, linewidth=1.8, zorder=3)
    )
    _eye(ax, cols[3] - 0.25, y_img + 0.22, 0.3, GREEN)
    _eye(ax, cols[3] + 0.25, y_img + 0.22, 0.3, GREEN)
    _nose(ax, cols[3], y_img - 0.05, 0.3, GREEN)
    _mouth(ax, cols[3], y_img - 0.4, 0.3, GREEN)
    # Connections: input -> strokes, strokes -> parts, parts -> face.
    _connect(
        ax, cols, y_img, ys1, [(0, [0, 3, 4]), (1, [1, 2, 3]), (2, [0, 4])], ys2, (0.26, 0.35, 0.82)
    )

    # Row 2: sound.
    y_snd = -1.55
    seg_freqs = [[3, 7], [2, 5, 9], [4, 11]]
    seg_colours = [BLUE, ORANGE, GREEN]
    # x: the raw sound wave (the three segments in a row, in grey).
    ax.add_patch(
        Rectangle((-0.85, y_snd - 0.5), 1.7, 1.0, fill=False, edgecolor=GREY, lw=1.0, zorder=2)
    )
    for k, freqs in enumerate(seg_freqs):
        _wave(ax, -0.8 + 0.53 * k, -0.8 + 0.53 * (k + 1), y_snd, 0.38, freqs, GREY, seed=k)
    # a[1]: short bursts, one or two frequencies each.
    bursts = [[3], [7], [2], [5, 9], [11]]
    ys1b = [y_snd + 0.9 - 0.45 * i for i in range(len(bursts))]
    for yv, freqs in zip(ys1b, bursts, strict=True):
        ax.add_patch(
            Rectangle(
                (cols[1] - 0.38, yv - 0.2), 0.76, 0.4, facecolor="white", edgecolor=BLUE, lw=1.0
            )
        )
        _wave(ax, cols[1] - 0.33, cols[1] + 0.33, yv, 0.15, [f / 2 for f in freqs], BLUE, seed=1)
    # a[2]: segments, one colour each.
    ys2b = [y_snd + 0.75, y_snd, y_snd - 0.75]
    for yv, freqs, colour, k in zip(ys2b, seg_freqs, seg_colours, range(3), strict=True):
        ax.add_patch(
            Rectangle(
                (cols[2] - 0.45, yv - 0.27), 0.9, 0.54, facecolor="white", edgecolor=colour, lw=1.2
            )
        )
        _wave(ax, cols[2] - 0.4, cols[2] + 0.4, yv, 0.2, freqs, colour, seed=k)
    # a[3]: the segments in sequence.
    ax.add_patch(
        Rectangle(
            (cols[3] - 0.95, y_snd - 0.4), 1.9, 0.8, facecolor="white", edgecolor=GREEN, lw=1.2
        )
    )
    for k, (freqs, colour) in enumerate(zip(seg_freqs, seg_colours, strict=True)):
        _wave(
            ax, cols[3] - 0.9 + 0.6 * k, cols[3] - 0.9 + 0.6 * (k + 1), y_snd, 0.3, freqs, colour, k
        )
    _connect(
        ax, cols, y_snd, ys1b, [(0, [0, 1]), (1, [2, 3]), (2, [3, 4])], ys2b, (0.4, 0.47, 0.97)
    )
    frame_diagram(ax, (-1.0, 9.5), (-2.75, 3.8))
    fig.tight_layout()
    return fig


# -- why deep: parity ---------------------------------------------------------------------


def _gate(ax: Axes, x: float, y: float, symbol: str, colour: str, r: float = 0.26) -> None:
    ax.add_patch(Circle((x, y), r, facecolor="white", edgecolor=colour, linewidth=1.6, zorder=2))
    ax.text(x, y, symbol, ha="center", va="center", fontsize=11, zorder=3)


@figure("week4n-parity")
def parity() -> Figure:
    """The parity of n = 4 bits computed two ways.

    Left: a tree of 2-input XOR gates, n - 1 = 3 gates in ceil(log2 n) = 2
    levels. Right: one layer of AND units, one per input pattern with an odd
    number of ones (2^(n-1) = 8 patterns, each written next to its unit), and
    an OR at the output. The patterns are enumerated by code and each circuit
    is checked against the parity of all 2^n inputs.
    """
    n = 4
    inputs = np.array(list(itertools.product([0, 1], repeat=n)))
    truth = inputs.sum(axis=1) % 2
    odd = inputs[truth == 1]
    # Both circuits must compute the parity of every input (checked, not assumed).
    tree = np.bitwise_xor(
        np.bitwise_xor(inputs[:, 0], inputs[:, 1]), np.bitwise_xor(inputs[:, 2], inputs[:, 3])
    )
    wide = (inputs[:, None, :] == odd[None, :, :]).all(axis=2).any(axis=1).astype(int)
    assert (tree == truth).all() and (wide == truth).all()

    fig = Figure(figsize=(7.4, 4.2))
    ax = fig.add_subplot()
    spacing = 0.8
    y_in = [spacing * (1.5 - i) for i in range(n)]

    # Left: the XOR tree.
    xl = 0.0
    for i, y in enumerate(y_in):
        _gate(ax, xl, y, f"$x_{i + 1}$", ORANGE)
    level1 = [(y_in[0] + y_in[1]) / 2, (y_in[2] + y_in[3]) / 2]
    for k, y in enumerate(level1):
        for i in (2 * k, 2 * k + 1):
            _arrow(ax, (xl + 0.28, y_in[i]), (xl + 1.25, y), GREY, width=1.0)
        _gate(ax, xl + 1.5, y, "$\\oplus$", BLUE)
    _gate(ax, xl + 3.0, 0.0, "$\\oplus$", BLUE)
    for y in level1:
        _arrow(ax, (xl + 1.78, y), (xl + 2.75, 0.0), GREY, width=1.0)
    _arrow(ax, (xl + 3.28, 0.0), (xl + 3.85, 0.0), GREY, width=1.0)
    ax.text(xl + 3.95, 0.0, "$y$", ha="left", va="center", fontsize=11)
    # Depth marker under the two levels of gates.
    yb = -2.0
    ax.plot([xl + 1.5, xl + 1.5, xl + 3.0, xl + 3.0], [yb + 0.1, yb, yb, yb + 0.1], color="black")
    ax.text(
        xl + 2.25,
        yb - 0.35,
        f"$\\lceil \\log_2 n \\rceil = {int(np.ceil(np.log2(n)))}$",
        ha="center",
        va="center",
        fontsize=10.5,
    )

    # Right: one wide layer of AND units, one per odd pattern, then OR.
    xr = 5.6
    for i, y in enumerate(y_in):
        _gate(ax, xr, y, f"$x_{i + 1}$", ORANGE)
    h_spacing = 0.5
    y_h = [h_spacing * ((len(odd) - 1) / 2 - j) for j in range(len(odd))]
    xh, xo = xr + 2.0, xr + 3.6
    for yi in y_in:
        for yh in y_h:
            ax.plot([xr + 0.26, xh - 0.2], [yi, yh], color="#c4c4c4", linewidth=0.6, zorder=1)
    for pattern, yh in zip(odd, y_h, strict=True):
        _gate(ax, xh, yh, "$\\wedge$", BLUE, r=0.19)
        ax.text(
            xh - 0.28,
            yh + 0.16,
            "".join(str(int(b)) for b in pattern),
            ha="right",
            va="center",
            fontsize=8,
            color=BLUE,
            family="DejaVu Sans Mono",
            zorder=3,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.4},
        )
        ax.plot([xh + 0.19, xo - 0.26], [yh, 0.0], color=GREY, linewidth=0.8, zorder=1)
    _gate(ax, xo, 0.0, "$\\vee$", GREEN)
    _arrow(ax, (xo + 0.28, 0.0), (xo + 0.85, 0.0), GREY, width=1.0)
    ax.text(xo + 0.95, 0.0, "$y$", ha="left", va="center", fontsize=11)
    ax.text(
        xh + 0.2,
        y_h[-1] - 0.45,
        f"$2^{{n-1}} = {len(odd)}$",
        ha="center",
        va="center",
        fontsize=10.5,
    )
    ax.text(xl + 1.9, 2.35, f"$n = {n}$", ha="center", va="center", fontsize=11, color=GREY)
    ax.text(xr + 1.9, 2.35, f"$n = {n}$", ha="center", va="center", fontsize=11, color=GREY)
    frame_diagram(ax, (-0.45, xo + 1.3), (-2.5, 2.6))
    fig.tight_layout()
    return fig


# -- why deep: the sawtooth ------------------------------------------------------------------


def tent(x: np.ndarray) -> np.ndarray:
    """The tent map on [0, 1] built from two ReLU units: 2 relu(x) - 4 relu(x - 1/2)."""
    return 2 * relu(x) - 4 * relu(x - 0.5)


@figure("week4n-sawtooth")
def sawtooth() -> Figure:
    """f_k = t composed k times with itself, for k = 1..4, on [0, 1].

    Each composition is one more hidden layer of two ReLU units (``tent``); f_k
    has 2^k linear pieces.
    """
    x = np.linspace(0.0, 1.0, 2**8 + 1)  # the kinks k / 2^4 are all on this grid
    fig = Figure(figsize=(6.6, 2.1))
    axes = fig.subplots(1, 4, sharey=True)
    f = x
    titles = ["$f_1 = t$", "$f_2 = t \\circ t$", "$f_3 = t \\circ f_2$", "$f_4 = t \\circ f_3$"]
    colours = [BLUE, ORANGE, GREEN, PURPLE]
    for ax, title, colour in zip(axes, titles, colours, strict=True):
        f = tent(f)
        ax.plot(x, f, color=colour, linewidth=1.4)
        ax.set_title(title)
        ax.set_xlim(0, 1)
        ax.set_ylim(-0.05, 1.08)
        ax.set_xticks([0, 1])
        ax.set_yticks([0, 1])
        ax.set_xlabel("$x$", labelpad=-6)
    fig.tight_layout(w_pad=0.6)
    return fig
