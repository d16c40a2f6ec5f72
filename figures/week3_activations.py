"""Figures for week 3, activation functions and initialization.

Pages: ``week3/activation-functions.md``, ``week3/activation-derivatives.md``
and ``week3/random-initialization.md`` (both languages). Everything drawn is
computed with ``dlnotes``: the activations and their derivatives from
``dlnotes.activations``, training steps from ``dlnotes.shallow``, the data from
``dlnotes.datasets``. The figures hold math labels and numbers only.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from dlnotes.activations import (
    leaky_relu,
    leaky_relu_derivative,
    relu,
    relu_derivative,
    sigmoid,
    sigmoid_derivative,
    tanh,
    tanh_derivative,
)
from dlnotes.datasets import load_planar_dataset
from dlnotes.shallow import (
    backward_propagation,
    forward_propagation,
    initialize_parameters,
    update_parameters,
)
from figures import figure

BLUE = "#0072B2"
ORANGE = "#D55E00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
GREY = "#7a7a7a"

# The slope drawn for leaky ReLU. The package's default is 0.01, which is
# invisible at this scale, so the plot uses 0.1 and says so in its title.
LEAKY_SLOPE_SHOWN = 0.1


def _panel(
    ax: Axes, z: np.ndarray, y: np.ndarray, title: str, colour: str, ylim: tuple[float, float]
) -> None:
    ax.axhline(0.0, color=GREY, linewidth=0.8)
    ax.axvline(0.0, color=GREY, linewidth=0.8)
    ax.plot(z, y, color=colour)
    ax.set_title(title)
    ax.set_xlim(z[0], z[-1])
    ax.set_ylim(*ylim)
    ax.set_xticks([-4, -2, 0, 2, 4])


def _four_panels(
    panels: list[tuple[np.ndarray, str, tuple[float, float]]], z: np.ndarray
) -> Figure:
    fig = Figure(figsize=(5.6, 4.2))
    axes = fig.subplots(2, 2, sharex=True)
    colours = [BLUE, ORANGE, GREEN, PURPLE]
    for ax, (y, title, ylim), colour in zip(axes.flat, panels, colours, strict=True):
        _panel(ax, z, y, title, colour, ylim)
    for ax in axes[1]:
        ax.set_xlabel("$z$")
    fig.tight_layout()
    return fig


@figure("week3a-activations")
def activations() -> Figure:
    """sigma, tanh, ReLU and leaky ReLU on z in [-5, 5], one panel each."""
    z = np.linspace(-5.0, 5.0, 201)
    a = LEAKY_SLOPE_SHOWN
    return _four_panels(
        [
            (sigmoid(z), r"$\sigma(z) = 1/(1 + e^{-z})$", (-0.2, 1.2)),
            (tanh(z), r"$\tanh(z)$", (-1.2, 1.2)),
            (relu(z), r"$\max(0,\ z)$", (-1.0, 5.0)),
            (leaky_relu(z, slope=a), rf"$\max({a:g}z,\ z)$", (-1.0, 5.0)),
        ],
        z,
    )


@figure("week3a-derivatives")
def derivatives() -> Figure:
    """g'(z) for the four activations; ReLU's and leaky ReLU's jump drawn as a step.

    The kink at z = 0 takes the value the package uses there (0 for ReLU, the
    slope for leaky ReLU), marked with a filled dot; the other end is hollow.
    """
    z = np.linspace(-5.0, 5.0, 201)
    a = LEAKY_SLOPE_SHOWN
    fig = _four_panels(
        [
            (sigmoid_derivative(z), r"$\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$", (-0.1, 1.2)),
            (tanh_derivative(z), r"$\tanh'(z) = 1 - \tanh^2(z)$", (-0.1, 1.2)),
            (relu_derivative(z), r"$g'(z),\ g(z) = \max(0,\ z)$", (-0.2, 1.2)),
            (leaky_relu_derivative(z, slope=a), rf"$g'(z),\ g(z) = \max({a:g}z,\ z)$", (-0.2, 1.2)),
        ],
        z,
    )
    axes = fig.axes
    # Redraw the step functions without the vertical connector at z = 0.
    for ax, fn, colour in ((axes[2], relu_derivative, GREEN), (axes[3], None, PURPLE)):
        for line in ax.get_lines()[2:]:
            line.remove()
        g = (lambda v: leaky_relu_derivative(v, slope=a)) if fn is None else fn
        left, right = z[z <= 0], z[z > 0]
        ax.plot(left, g(left), color=colour)
        ax.plot(right, g(right), color=colour)
        at_zero = float(g(np.array([0.0]))[0])
        ax.plot([0.0], [at_zero], "o", color=colour, markersize=5)
        ax.plot([0.0], [1.0], "o", markerfacecolor="white", markeredgecolor=colour, markersize=5)
    axes[0].axhline(0.25, color=GREY, linewidth=0.8, linestyle="--")
    axes[0].set_yticks([0, 0.25, 1])
    return fig


def _train_history(
    parameters: dict[str, np.ndarray], X: np.ndarray, Y: np.ndarray, steps: int
) -> np.ndarray:
    """W1[:, 1] after each of ``steps`` gradient descent steps (tanh, learning rate 1.2)."""
    history = [parameters["W1"][:, 1].copy()]
    for _ in range(steps):
        _, cache = forward_propagation(X, parameters)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate=1.2)
        history.append(parameters["W1"][:, 1].copy())
    return np.array(history)  # (steps + 1, n_h)


@figure("week3a-symmetry")
def symmetry() -> Figure:
    """The second column of W1 (weights from x_2) over 300 steps on the flower data, n_h = 4, tanh.

    Left: W1 = 0, b1 = 0, W2 = 0.01 in every entry, b2 = 0 (all hidden units
    identical): the four curves coincide. Right: initialize_parameters (randn
    * 0.01): four different curves.
    """
    X, Y = load_planar_dataset()
    steps = 300
    symmetric = {
        "W1": np.zeros((4, 2)),
        "b1": np.zeros((4, 1)),
        "W2": np.full((1, 4), 0.01),
        "b2": np.zeros((1, 1)),
    }
    runs = [
        (_train_history(symmetric, X, Y, steps), r"$W^{[1]} = 0,\ W^{[2]} = [0.01\ \cdots\ 0.01]$"),
        (
            _train_history(initialize_parameters(2, 4, 1), X, Y, steps),
            r"$W^{[1]} = 0.01\,\mathrm{randn}(4, 2)$",
        ),
    ]
    fig = Figure(figsize=(6.0, 3.1))
    axes = fig.subplots(1, 2)
    colours = [BLUE, ORANGE, GREEN, PURPLE]
    styles = ["-", "--", ":", "-."]
    it = np.arange(steps + 1)
    every = 3  # plot every 3rd step: same picture, smaller file
    for ax, (hist, title) in zip(axes, runs, strict=True):
        for j in range(hist.shape[1]):
            ax.plot(
                it[::every],
                hist[::every, j],
                color=colours[j],
                linestyle=styles[j],
                label=rf"$w_{{{j + 1}2}}^{{[1]}}$",
            )
        ax.set_title(title)
        ax.set_xlabel(r"$t$")
        ax.set_xlim(0, steps)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.tight_layout(rect=(0, 0.1, 1, 1))
    fig.legend(handles, labels, loc="lower center", ncols=4, handlelength=2.4)
    return fig


@figure("week3a-saturation")
def saturation() -> Figure:
    """Histograms of A1 = tanh(Z1) and of tanh'(Z1) on the flower data.

    Z1 = W1 X with W1 = c * randn(4, 2) (seed 2, as initialize_parameters) and
    b1 = 0, for c = 0.01, 1, 10: 4 x 400 = 1600 values per panel.
    """
    X, _ = load_planar_dataset()
    scales = [0.01, 1.0, 10.0]
    fig = Figure(figsize=(6.4, 3.6))
    axes = fig.subplots(2, 3, sharex="row", sharey="row")
    bins_a = np.linspace(-1.0, 1.0, 41)
    bins_d = np.linspace(0.0, 1.0, 41)
    for col, c in enumerate(scales):
        W1 = np.random.RandomState(2).randn(4, 2) * c
        Z1 = np.dot(W1, X)
        A1 = tanh(Z1)
        share_a = np.histogram(A1, bins=bins_a)[0] / A1.size
        share_d = np.histogram(tanh_derivative(Z1), bins=bins_d)[0] / Z1.size
        top, bottom = axes[0, col], axes[1, col]
        top.stairs(share_a, bins_a, fill=True, color=BLUE)
        bottom.stairs(share_d, bins_d, fill=True, color=ORANGE)
        top.set_title(rf"$W^{{[1]}} = {c:g}\,\mathrm{{randn}}$")
        top.set_xlabel(r"$A^{[1]} = \tanh(Z^{[1]})$")
        bottom.set_xlabel(r"$\tanh'(Z^{[1]})$")
        top.set_xticks([-1, 0, 1])
        bottom.set_xticks([0, 0.5, 1])
        for ax in (top, bottom):
            ax.grid(axis="x", visible=False)
    for ax in axes[:, 0]:
        ax.set_ylim(0, 1)
        ax.set_yticks([0, 0.5, 1])
    fig.tight_layout()
    return fig
