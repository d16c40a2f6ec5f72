"""Figures for week 2, pages 4 to 10: logistic regression, its cost, gradient
descent, derivatives and the computation graph.

Each function draws one figure for the pages in ``docs/{ko,en}/week2/``. The
figures hold no prose, only math symbols and numbers, so one SVG serves both
languages. Whatever a figure shows as a computed value (the sigmoid, the cost,
a gradient step, the graph's forward and backward values) is computed by
``dlnotes``, so the figure and the package cannot disagree.
"""

from __future__ import annotations

from functools import partial

import numpy as np
from matplotlib.figure import Figure

from dlnotes.activations import sigmoid
from dlnotes.graph import backward, forward
from dlnotes.logistic import propagate
from dlnotes.losses import cost
from figures import arrow, box, figure

_box = partial(box, pad=0.04, zorder=1)


# Colours from the shared Okabe-Ito cycle (figures.STYLE), plus a grey.
BLUE = "#0072B2"
ORANGE = "#D55E00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
GREY = "#7a7a7a"

# A tiny 1-D training set (one feature, m = 4) whose classes overlap, so the
# cross-entropy cost has a finite minimum in w. The bias is held at b = 0 so
# that J is a function of the single number w and can be drawn as a curve.
TOY_X = np.array([[-2.0, -1.0, 1.0, 2.0]])  # (n_x, m) = (1, 4)
TOY_Y = np.array([[0, 1, 0, 1]])  # (1, m)


def _toy_costs(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Cross-entropy and squared-error cost of sigma(w x) on the toy set, for each w."""
    ce = np.empty_like(w)
    se = np.empty_like(w)
    for k, wk in enumerate(w):
        A = sigmoid(wk * TOY_X)  # (1, m)
        ce[k] = cost(A, TOY_Y)
        se[k] = float(np.mean(0.5 * (A - TOY_Y) ** 2))
    return ce, se


@figure("week2-sigmoid")
def sigmoid_curve() -> Figure:
    """sigma(z) on [-8, 8] with its limits 0 and 1 and the point (0, 0.5)."""
    z = np.linspace(-8.0, 8.0, 161)
    fig = Figure(figsize=(5.0, 2.9))
    ax = fig.add_subplot()
    ax.axhline(1.0, color=GREY, linestyle="--", linewidth=1.0)
    ax.axhline(0.0, color=GREY, linestyle="--", linewidth=1.0)
    ax.axvline(0.0, color=GREY, linewidth=0.8)
    ax.plot(z, sigmoid(z), color=BLUE, linewidth=2.2)
    ax.plot([0.0], [float(sigmoid(0.0))], "o", color=ORANGE)
    ax.annotate(r"$\sigma(0) = 0.5$", xy=(0.0, 0.5), xytext=(0.8, 0.36), color=ORANGE)
    ax.text(4.2, 0.9, r"$\sigma(z) \to 1$", ha="center", va="top", color=BLUE)
    ax.text(-4.2, 0.1, r"$\sigma(z) \to 0$", ha="center", va="bottom", color=BLUE)
    ax.text(7.9, 1.04, "1", ha="right", va="bottom", color=GREY)
    ax.text(7.9, 0.04, "0", ha="right", va="bottom", color=GREY)
    ax.set_xlim(-8.0, 8.0)
    ax.set_ylim(-0.12, 1.15)
    ax.set_yticks([0.0, 0.5, 1.0])
    ax.set_xlabel("$z$")
    ax.set_ylabel(r"$\sigma(z)$")
    fig.tight_layout()
    return fig


@figure("week2-convex-vs-nonconvex")
def convex_vs_nonconvex() -> Figure:
    """J(w) of a sigmoid unit on the toy set: squared error (left) vs cross-entropy (right)."""
    w = np.linspace(-6.0, 6.0, 121)
    ce, se = _toy_costs(w)
    fig = Figure(figsize=(6.4, 2.8))
    ax_se, ax_ce = fig.subplots(1, 2)
    ax_se.plot(w, se, color=ORANGE, linewidth=2.0)
    ax_se.set_title(r"$\frac{1}{m}\sum_i \frac{1}{2}(\hat{y}^{(i)} - y^{(i)})^2$")
    ax_ce.plot(w, ce, color=BLUE, linewidth=2.0)
    ax_ce.set_title(r"$\frac{1}{m}\sum_i L(\hat{y}^{(i)}, y^{(i)})$")
    for ax, J in ((ax_se, se), (ax_ce, ce)):
        k = int(np.argmin(J))
        ax.plot([w[k]], [J[k]], "o", color=GREEN)
        ax.set_xlabel("$w$")
        ax.set_ylabel("$J(w)$")
        ax.set_xlim(-6.0, 6.0)
    fig.tight_layout()
    return fig


@figure("week2-gradient-descent-steps")
def gradient_descent_steps() -> Figure:
    """Six steps of w := w - alpha dw from each side of the minimum of a convex J(w).

    The cost and the gradient dw come from dlnotes (``cost``, ``propagate``)
    on the toy set with b held at 0; alpha = 1.5.
    """
    alpha, steps = 1.5, 6
    w = np.linspace(-3.6, 4.6, 165)
    ce, _ = _toy_costs(w)
    fig = Figure(figsize=(5.6, 3.2))
    ax = fig.add_subplot()
    ax.plot(w, ce, color=GREY, linewidth=1.6)
    for w0, colour in ((-3.0, BLUE), (4.0, ORANGE)):
        ws = [w0]
        for _ in range(steps):
            grads, _ = propagate(np.array([[ws[-1]]]), 0.0, TOY_X, TOY_Y)
            ws.append(ws[-1] - alpha * float(grads["dw"][0, 0]))
        Js, _ = _toy_costs(np.array(ws))
        for k in range(steps):
            arrow(ax, (ws[k], Js[k]), (ws[k + 1], Js[k + 1]), colour, width=1.2, head=10, shrink=3)
        ax.plot(ws, Js, "o", color=colour, markersize=5, zorder=3)
        ax.annotate(
            rf"$w_0 = {w0:g}$",
            xy=(ws[0], Js[0]),
            xytext=(ws[0] + (0.25 if w0 < 0 else -0.25), Js[0] + 0.25),
            ha="left" if w0 < 0 else "right",
            color=colour,
        )
    k = int(np.argmin(ce))
    ax.axvline(w[k], color=GREEN, linestyle=":", linewidth=1.2)
    ax.text(w[k], -0.08, r"$dJ/dw = 0$", color=GREEN, ha="center", va="top")
    ax.text(-1.9, 0.95, r"$dJ/dw < 0$", color=BLUE, ha="center")
    ax.text(3.0, 0.45, r"$dJ/dw > 0$", color=ORANGE, ha="center")
    ax.set_xlim(-3.6, 4.6)
    ax.set_ylim(-0.45, 3.9)
    ax.set_xlabel("$w$")
    ax.set_ylabel("$J(w)$")
    fig.tight_layout()
    return fig


@figure("week2-derivative-slopes")
def derivative_slopes() -> Figure:
    """a^2, a^3 and log a with their tangent lines at a = 2 (slopes 4, 12, 0.5)."""
    a0 = 2.0
    cases = (
        (r"$f(a) = a^2$", lambda a: a**2, lambda a: 2 * a, (0.0, 3.2)),
        (r"$f(a) = a^3$", lambda a: a**3, lambda a: 3 * a**2, (0.0, 3.0)),
        (r"$f(a) = \log a$", np.log, lambda a: 1 / a, (0.2, 5.0)),
    )
    fig = Figure(figsize=(7.2, 2.7))
    axes = fig.subplots(1, 3)
    for ax, (title, f, df, (lo, hi)) in zip(axes, cases, strict=True):
        a = np.linspace(lo, hi, 80)
        slope = df(a0)
        ax.plot(a, f(a), color=BLUE, linewidth=2.0)
        t = np.linspace(max(lo, a0 - 1.0), min(hi, a0 + 1.0), 2)
        ax.plot(t, f(a0) + slope * (t - a0), color=ORANGE, linewidth=1.4)
        ax.plot([a0], [f(a0)], "o", color=ORANGE)
        ax.set_title(title)
        ax.text(
            0.04,
            0.96,
            rf"$f\,'(2) = {slope:g}$",
            transform=ax.transAxes,
            ha="left",
            va="top",
            color=ORANGE,
        )
        ax.set_xlabel("$a$")
        ax.set_xticks([0, 1, 2, 3] if hi < 4 else [1, 2, 3, 4, 5])
    fig.tight_layout()
    return fig


def _graph(with_backward: bool) -> Figure:
    """J = 3(a + bc) as boxes and arrows, values from ``dlnotes.graph``."""
    a, b, c = 5, 3, 2
    fwd = forward(a, b, c)
    bwd = backward(a, b, c)
    fig = Figure(figsize=(6.4, 2.9 if with_backward else 2.5))
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_xlim(-0.9, 8.9)
    ax.set_ylim(-0.15 if not with_backward else -0.4, 3.0)
    ax.set_aspect("equal")

    pos = {
        "a": (0.0, 2.35),
        "b": (0.0, 1.35),
        "c": (0.0, 0.35),
        "u": (2.6, 0.85),
        "v": (5.3, 1.6),
        "J": (7.9, 1.6),
    }
    inputs = {"a": a, "b": b, "c": c}
    for name, value in inputs.items():
        _box(ax, *pos[name], f"${name} = {value}$", GREY, width=1.3)
    _box(ax, *pos["u"], f"$u = bc = {fwd['u']}$", BLUE, width=1.95)
    _box(ax, *pos["v"], f"$v = a + u = {fwd['v']}$", BLUE, width=2.15)
    _box(ax, *pos["J"], f"$J = 3v = {fwd['J']}$", BLUE, width=1.8)

    edges = [
        ("b", "u", (0.65, 0.0), (-0.98, 0.12)),
        ("c", "u", (0.65, 0.0), (-0.98, -0.12)),
        ("a", "v", (0.65, 0.0), (-1.08, 0.12)),
        ("u", "v", (0.98, 0.0), (-1.08, -0.12)),
        ("v", "J", (1.08, 0.0), (-0.9, 0.0)),
    ]
    for src, dst, off_s, off_d in edges:
        s = (pos[src][0] + off_s[0], pos[src][1] + off_s[1])
        d = (pos[dst][0] + off_d[0], pos[dst][1] + off_d[1])
        arrow(ax, s, d, BLUE)

    if with_backward:
        # dvar = dJ/dvar, written under (or beside) each node, in the backward colour.
        labels = {
            "J": (r"$dJ/dJ = 1$", (0.0, -0.55)),
            "v": (r"$dv = {:g}$".format(bwd["dv"]), (0.0, -0.55)),
            "u": (r"$du = {:g}$".format(bwd["du"]), (0.0, -0.55)),
            "a": (r"$da = {:g}$".format(bwd["da"]), (0.0, 0.48)),
            "b": (r"$db = {:g}$".format(bwd["db"]), (-0.0, -0.48)),
            "c": (r"$dc = {:g}$".format(bwd["dc"]), (0.0, -0.48)),
        }
        for name, (text, (dx, dy)) in labels.items():
            x, y = pos[name]
            ax.text(x + dx, y + dy, text, ha="center", va="center", color=ORANGE, fontsize=10)
    fig.tight_layout()
    return fig


@figure("week2-computation-graph")
def computation_graph() -> Figure:
    """Forward pass of J = 3(a + bc) at a = 5, b = 3, c = 2: u = 6, v = 11, J = 33."""
    return _graph(with_backward=False)


@figure("week2-computation-graph-backward")
def computation_graph_backward() -> Figure:
    """The same graph with dvar = dJ/dvar from the backward pass: da = 3, db = 6, dc = 9."""
    return _graph(with_backward=True)
