r"""Gradient checking: compare backprop's gradients with numerical ones.

For every parameter entry $\theta_i$ the two-sided difference

$$d\theta_{\text{approx}, i} = \frac{J(\theta_i + \varepsilon) - J(\theta_i - \varepsilon)}{2\varepsilon}$$

approximates $\partial J / \partial \theta_i$ with an error of order
$\varepsilon^2$. The check reports the relative difference

$$\frac{\lVert d\theta_{\text{approx}} - d\theta \rVert_2}{\lVert d\theta_{\text{approx}} \rVert_2 + \lVert d\theta \rVert_2},$$

which is typically below $10^{-7}$ when backprop is right, unless a nudge
crosses the kink of ReLU or leaky ReLU (see below).

The default $\varepsilon = 10^{-5}$ is close to the best step for a two-sided
difference in double precision (about the cube root of machine epsilon): a
smaller step lets rounding error in $J$ dominate, a larger one the
$\varepsilon^2$ term.

Near a kink of ReLU or leaky ReLU the two-sided difference is not meaningful:
when $\theta_i \pm \varepsilon$ puts a hidden $z$ on both sides of 0, it
mixes the slopes of the two sides. Nudging a first-layer weight
$W^{[1]}_{jk}$ by $\pm\varepsilon$ moves $z^{[1](i)}_j$ by
$\pm\varepsilon\, x^{(i)}_k$, so some nudge of row $j$ of $W^{[1]}$ can cross the
kink only if $|z^{[1](i)}_j| < \varepsilon \max_k |x^{(i)}_k|$ (and a nudge of
$b^{[1]}_j$ only if $|z^{[1](i)}_j| < \varepsilon$). Deeper layers move by
amounts that depend on the weights in between; :func:`crosses_kink` tests
every nudge directly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from numpy.typing import NDArray

from dlnotes import deep, logistic, shallow
from dlnotes._validation import check_parameters

__all__ = [
    "check_deep_gradients",
    "check_logistic_gradients",
    "check_shallow_gradients",
    "cost_from_logits",
    "crosses_kink",
    "numerical_gradients",
    "relative_difference",
]

Array = NDArray[np.float64]


# --8<-- [start:numerical_gradients]
def numerical_gradients(
    cost_fn: Callable[[dict[str, Array]], float],
    params: Mapping[str, Array],
    epsilon: float = 1e-5,
) -> dict[str, Array]:
    r"""Two-sided numerical gradient of ``cost_fn`` with respect to each array in ``params``.

    Returns ``{"d" + name: array of the same shape}``. ``params`` is not
    modified: each entry is nudged in a copy.

    >>> numerical_gradients(lambda p: float(np.sum(p["a"] ** 2)), {"a": np.array([[3.0, -1.0]])})
    {'da': array([[ 6., -2.]])}
    """
    if not epsilon > 0:
        raise ValueError(f"epsilon must be > 0; got {epsilon}.")
    work = {name: np.array(value, dtype=np.float64) for name, value in params.items()}
    approx: dict[str, Array] = {}
    for name, theta in work.items():
        d_theta = np.zeros_like(theta)
        for i in np.ndindex(theta.shape):
            original = theta[i]
            theta[i] = original + epsilon
            J_plus = cost_fn(work)
            theta[i] = original - epsilon
            J_minus = cost_fn(work)
            theta[i] = original
            d_theta[i] = (J_plus - J_minus) / (2 * epsilon)
        approx["d" + name] = d_theta
    return approx


# --8<-- [end:numerical_gradients]


# --8<-- [start:relative_difference]
def relative_difference(grads: Mapping[str, Any], approx: Mapping[str, Any]) -> float:
    r"""$\dfrac{\lVert g_{\text{approx}} - g \rVert_2}{\lVert g_{\text{approx}} \rVert_2 + \lVert g \rVert_2}$
    over all entries of all gradients named in ``approx``.

    >>> relative_difference({"dw": np.array([1.0, 2.0])}, {"dw": np.array([1.0, 2.0])})
    0.0

    A wrong gradient (here one sign flipped) gives a large difference:

    >>> relative_difference({"dw": np.array([1.0, -2.0])}, {"dw": np.array([1.0, 2.0])})
    0.8944271909999159
    """
    check_parameters("grads", grads, approx.keys())
    g = np.concatenate([np.ravel(grads[k]).astype(np.float64) for k in approx])
    g_approx = np.concatenate([np.ravel(approx[k]).astype(np.float64) for k in approx])
    denominator = np.linalg.norm(g_approx) + np.linalg.norm(g)
    if denominator == 0:
        return 0.0
    return float(np.linalg.norm(g_approx - g) / denominator)


# --8<-- [end:relative_difference]


def cost_from_logits(Z: Array, Y: NDArray[Any]) -> float:
    r"""The cross-entropy cost computed from $Z$ rather than from $A = \sigma(Z)$.

    $-\big(y \log \sigma(z) + (1 - y) \log(1 - \sigma(z))\big)
    = y \log(1 + e^{-z}) + (1 - y) \log(1 + e^{z})$,
    the same function of $z$, evaluated without forming $1 - a$, which loses
    digits when $a$ is close to 1 (``np.logaddexp(0, t)`` is $\log(1 + e^t)$). A numerical gradient divides differences of
    $J$ by $2\varepsilon$, so it needs $J$ accurate to many more digits than
    training does.

    >>> Z, Y = np.array([[0.3, -1.2]]), np.array([[1, 0]])
    >>> from dlnotes.losses import cost
    >>> bool(np.isclose(cost_from_logits(Z, Y), cost(1 / (1 + np.exp(-Z)), Y)))
    True
    """
    return float(np.sum(Y * np.logaddexp(0.0, -Z) + (1 - Y) * np.logaddexp(0.0, Z)) / Y.shape[1])


# --8<-- [start:check_logistic_gradients]
def check_logistic_gradients(
    w: Array, b: float, X: Array, Y: NDArray[Any], epsilon: float = 1e-5
) -> float:
    """Relative difference between :func:`dlnotes.logistic.propagate`'s gradients
    and numerical ones.

    >>> rng = np.random.RandomState(0)
    >>> X, Y = rng.randn(3, 5), rng.randint(0, 2, (1, 5))
    >>> check_logistic_gradients(rng.randn(3, 1), 0.5, X, Y) < 1e-7
    True
    """
    grads, _ = logistic.propagate(w, b, X, Y)

    def cost_fn(p: dict[str, Array]) -> float:
        return cost_from_logits(np.dot(p["w"].T, X) + p["b"], Y)

    approx = numerical_gradients(cost_fn, {"w": w, "b": np.array([[b]], dtype=np.float64)}, epsilon)
    return relative_difference(grads, approx)


# --8<-- [end:check_logistic_gradients]


# --8<-- [start:check_shallow_gradients]
def check_shallow_gradients(
    parameters: Mapping[str, Array],
    X: Array,
    Y: NDArray[Any],
    activation: str = "tanh",
    epsilon: float = 1e-5,
    grads: Mapping[str, Array] | None = None,
) -> float:
    """Relative difference between :func:`dlnotes.shallow.backward_propagation`'s
    gradients (or ``grads``, when given) and numerical ones, for any hidden activation.

    >>> rng = np.random.RandomState(1)
    >>> X, Y = rng.randn(2, 6), rng.randint(0, 2, (1, 6))
    >>> p = {"W1": rng.randn(3, 2), "b1": rng.randn(3, 1), "W2": rng.randn(1, 3), "b2": rng.randn(1, 1)}
    >>> check_shallow_gradients(p, X, Y) < 1e-7
    True

    A deliberately broken gradient fails: here $dW^{[1]}$ without its
    $\frac{1}{m}$ ($m = 6$), a common mistake.

    >>> _, cache = shallow.forward_propagation(X, p)
    >>> good = shallow.backward_propagation(p, cache, X, Y)
    >>> round(check_shallow_gradients(p, X, Y, grads=dict(good, dW1=6 * good["dW1"])), 2)
    0.49
    """
    _, cache = shallow.forward_propagation(X, parameters, activation)
    backprop = shallow.backward_propagation(parameters, cache, X, Y, activation)
    if grads is None:
        grads = backprop

    def cost_fn(p: dict[str, Array]) -> float:
        _, cache = shallow._forward(X, p, activation)
        return cost_from_logits(cache["Z2"], Y)

    params = {k: parameters[k] for k in shallow.PARAMETER_KEYS}
    return relative_difference(grads, numerical_gradients(cost_fn, params, epsilon))


# --8<-- [end:check_shallow_gradients]


# --8<-- [start:check_deep_gradients]
def check_deep_gradients(
    parameters: Mapping[str, Array],
    X: Array,
    Y: NDArray[Any],
    hidden_activation: str = "relu",
    epsilon: float = 1e-5,
    grads: Mapping[str, Array] | None = None,
) -> float:
    """Relative difference between :func:`dlnotes.deep.L_model_backward`'s
    gradients (or ``grads``, when given) and numerical ones, for a network of
    any depth. Every $dW^{[l]}$ and $db^{[l]}$ is compared; the cost is
    computed from $Z^{[L]}$ with :func:`cost_from_logits`.

    >>> from dlnotes.deep import L_model_backward, L_model_forward, initialize_parameters_deep
    >>> rng = np.random.RandomState(1)
    >>> X, Y = rng.randn(3, 5), rng.randint(0, 2, (1, 5))
    >>> p = initialize_parameters_deep([3, 4, 3, 1], seed=1, scale=1.0)
    >>> crosses_kink(p, X)  # no nudge moves a hidden z across 0 ...
    False
    >>> check_deep_gradients(p, X, Y) < 1e-7  # ... so the check is meaningful
    True

    A deliberately broken gradient fails: here $dW^{[1]}$ without its
    $\frac{1}{m}$ ($m = 5$), a common mistake.

    >>> AL, caches = L_model_forward(X, p)
    >>> good = L_model_backward(AL, Y, caches)
    >>> round(check_deep_gradients(p, X, Y, grads=dict(good, dW1=5 * good["dW1"])), 2)
    0.47
    """
    AL, caches = deep.L_model_forward(X, parameters, hidden_activation)
    backprop = deep.L_model_backward(AL, Y, caches, hidden_activation)
    if grads is None:
        grads = backprop

    def cost_fn(p: dict[str, Array]) -> float:
        _, caches = deep._L_model_forward(X, p, hidden_activation)
        return cost_from_logits(caches[-1][1], Y)

    with np.errstate(over="ignore"):  # sigma(z) for z < -709: exp overflows, sigma = 0
        approx = numerical_gradients(cost_fn, parameters, epsilon)
    return relative_difference(grads, approx)


# --8<-- [end:check_deep_gradients]


# --8<-- [start:crosses_kink]
def crosses_kink(
    parameters: Mapping[str, Array],
    X: Array,
    hidden_activation: str = "relu",
    epsilon: float = 1e-5,
) -> bool:
    r"""Whether nudging some parameter entry by $\pm\varepsilon$ moves some hidden
    $z^{[l](i)}_j$ of a ReLU or leaky ReLU network to the other side of 0 (or
    off 0), where the two-sided difference of :func:`numerical_gradients` is
    not meaningful. Always ``False`` for the smooth tanh and sigmoid.

    It runs the forward pass at $\theta_i \pm \varepsilon$ for every entry
    $\theta_i$ of every $W^{[l]}$ and $b^{[l]}$ and compares where $Z^{[l]} > 0$
    with the unnudged pass. When the pattern is the same at both ends, it is
    the same in between: with the pattern fixed, each $Z^{[l]}$ is an affine
    function of $\theta_i$, so it cannot leave its side of 0 and come back.
    ``parameters`` is a :mod:`dlnotes.deep` (or :mod:`dlnotes.shallow`) dict.

    >>> X = np.array([[1.0, 2.0]])
    >>> p = {"W1": np.array([[1.0]]), "b1": np.array([[-2.0]]),
    ...      "W2": np.array([[1.0]]), "b2": np.array([[0.0]])}
    >>> crosses_kink(p, X)  # z1 = x - 2 is exactly 0 for the second example
    True
    >>> crosses_kink(dict(p, b1=np.array([[-1.5]])), X)
    False
    """
    deep.L_model_forward(X, parameters, hidden_activation)  # checks the arguments
    if hidden_activation not in ("relu", "leaky_relu") or len(parameters) == 2:
        return False

    def pattern(p: Mapping[str, Array]) -> list[NDArray[np.bool_]]:
        with np.errstate(over="ignore"):
            _, caches = deep._L_model_forward(X, p, hidden_activation)
        return [Z > 0 for (_, Z) in caches[:-1]]  # the hidden layers

    base = pattern(parameters)
    work = {name: np.array(value, dtype=np.float64) for name, value in parameters.items()}
    for theta in work.values():
        for i in np.ndindex(theta.shape):
            original = theta[i]
            for nudged in (original + epsilon, original - epsilon):
                theta[i] = nudged
                if any(not np.array_equal(a, b) for a, b in zip(pattern(work), base, strict=True)):
                    return True
            theta[i] = original
    return False


# --8<-- [end:crosses_kink]
