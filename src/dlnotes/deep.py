r"""The deep (L-layer) neural network, built from one-layer blocks (week 4).

The names, the caches and the order of operations are the course's, so a
learner can put this code next to their own. Shapes follow the lectures:
``layer_dims = [n^[0], n^[1], ..., n^[L]]`` with $n^{[0]} = n_x$;
$W^{[l]}$ and $dW^{[l]}$ are $(n^{[l]}, n^{[l-1]})$, $b^{[l]}$ and $db^{[l]}$
are $(n^{[l]}, 1)$, and $Z^{[l]}$, $A^{[l]}$, $dZ^{[l]}$, $dA^{[l]}$ are
$(n^{[l]}, m)$, with $A^{[0]} = X$ and $A^{[L]} = \hat{Y}$.

The network is ``[LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID``: hidden
layers use ReLU (tanh, leaky ReLU or the sigmoid on request), the output layer
the sigmoid. A layer's linear cache is ``(A_prev, W, b)``, its activation
cache is ``Z``, and its cache is ``(linear_cache, activation_cache)``.

Public functions check their arguments once; :func:`two_layer_model` and
:func:`L_layer_model` then run unchecked helpers, so training does exactly the
arithmetic of a bare NumPy loop, bit for bit, at nearly its speed. No
function modifies its arguments or touches NumPy's global random state.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from numbers import Real
from typing import Any

import numpy as np
from numpy.typing import NDArray

from dlnotes._validation import (
    MissingParameterError,
    NotAnArrayError,
    ShapeError,
    check_labels,
    check_layer_dims,
    check_learning_rate,
    check_matrix,
    check_num_iterations,
    check_parameters,
    check_same_m,
    check_same_shape,
    check_seed,
)
from dlnotes.activations import leaky_relu, leaky_relu_derivative, tanh, tanh_derivative
from dlnotes.losses import _TINY

__all__ = [
    "ACTIVATIONS",
    "L_layer_model",
    "L_model_backward",
    "L_model_forward",
    "compute_cost",
    "initialize_parameters_deep",
    "linear_activation_backward",
    "linear_activation_forward",
    "linear_backward",
    "linear_forward",
    "predict",
    "relu_backward",
    "sigmoid_backward",
    "two_layer_model",
    "update_parameters",
]

Array = NDArray[np.float64]
Parameters = dict[str, Array]
LinearCache = tuple[Array, Array, Array]
Cache = tuple[LinearCache, Array]


# --8<-- [start:ACTIVATIONS]
# The course's sigmoid and ReLU, written as the course writes them. They give
# the same bits as dlnotes.activations.sigmoid and relu (tests/test_deep.py
# checks), without the np.asarray and np.errstate those make on every call,
# which at the flower's size cost more than the arithmetic. The public
# functions silence the harmless overflow of np.exp(-Z) (the result is 0) once.
def _sigmoid(Z: Array) -> Array:
    A: Array = 1 / (1 + np.exp(-Z))
    return A


def _relu(Z: Array) -> Array:
    A: Array = np.maximum(0, Z)
    return A


def relu_backward(dA: Array, Z: Array) -> Array:
    r"""$dZ = dA * g'(Z)$ for ReLU, as the course writes it: copy $dA$, zero it where $Z \le 0$."""
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ


def sigmoid_backward(dA: Array, Z: Array) -> Array:
    r"""$dZ = dA * \sigma(Z)\,(1 - \sigma(Z))$, element-wise."""
    s = _sigmoid(Z)
    dZ: Array = dA * s * (1 - s)
    return dZ


# Each activation g as (g, backward), backward(dA, Z) = dA * g'(Z) element-wise.
ACTIVATIONS: dict[str, tuple[Callable[[Array], Array], Callable[[Array, Array], Array]]] = {
    "sigmoid": (_sigmoid, sigmoid_backward),
    "relu": (_relu, relu_backward),
    "tanh": (tanh, lambda dA, Z: dA * tanh_derivative(Z)),
    "leaky_relu": (leaky_relu, lambda dA, Z: dA * leaky_relu_derivative(Z)),
}
# --8<-- [end:ACTIVATIONS]


# ---------------------------------------------------------------- argument checks


def _check_activation(name: str, activation: Any) -> str:
    if not isinstance(activation, str) or activation not in ACTIVATIONS:
        raise ValueError(
            f"{name} must be one of {', '.join(map(repr, ACTIVATIONS))}; got {activation!r}."
        )
    return activation


def _check_scale(scale: Any) -> float | str:
    if isinstance(scale, str):
        if scale != "xavier":
            raise ValueError(f"scale must be a number >= 0 or 'xavier'; got {scale!r}.")
        return scale
    if isinstance(scale, bool) or not isinstance(scale, Real):
        raise NotAnArrayError(f"scale must be a number >= 0 or 'xavier'; got {scale!r}.")
    if not np.isfinite(float(scale)) or scale < 0:
        raise ValueError(f"scale must be a finite number >= 0 or 'xavier'; got {scale}.")
    return float(scale)


_PARAMETER_KEY = re.compile(r"([Wb])([1-9][0-9]*)\Z")


def _check_deep_parameters(parameters: Any, n_x: int | None = None) -> int:
    """Check W1, b1, ..., WL, bL (nothing else) and their shapes; return L."""
    if not isinstance(parameters, Mapping):
        raise NotAnArrayError(f"parameters must be a dict; got {type(parameters).__name__}.")
    indices = [
        int(match.group(2))
        for key in parameters
        if isinstance(key, str) and (match := _PARAMETER_KEY.match(key))
    ]
    L = max(indices, default=0)
    if L == 0:
        raise MissingParameterError(
            "parameters must hold 'W1', 'b1', ..., 'WL', 'bL'; "
            f"it has {', '.join(repr(k) for k in parameters) or 'no keys'}."
        )
    required = [f"{p}{l}" for l in range(1, L + 1) for p in "Wb"]
    check_parameters("parameters", parameters, required)
    extra = [k for k in parameters if k not in required]
    if extra:
        raise ValueError(
            f"parameters must hold only 'W1', 'b1', ..., 'W{L}', 'b{L}' "
            f"(L = len(parameters) // 2 counts the layers); it also has "
            f"{', '.join(repr(k) for k in extra)}."
        )
    n_prev = n_x
    for l in range(1, L + 1):
        W = check_matrix(
            f"parameters['W{l}']",
            parameters[f"W{l}"],
            shape=(f"n[{l}]", f"n[{l - 1}]"),
            cols=n_prev,
        )
        check_matrix(
            f"parameters['b{l}']",
            parameters[f"b{l}"],
            shape=(f"n[{l}]", "1"),
            rows=W.shape[0],
            cols=1,
        )
        n_prev = W.shape[0]
    return L


def _check_grads(grads: Any, parameters: Mapping[str, Array], L: int) -> None:
    """Check dW1, db1, ..., dWL, dbL: present, and each of its parameter's shape."""
    keys = [f"d{p}{l}" for l in range(1, L + 1) for p in "Wb"]
    check_parameters("grads", grads, keys)
    for key in keys:
        rows, cols = parameters[key[1:]].shape
        l = int(key[2:])
        labels = (f"n[{l}]", f"n[{l - 1}]" if key[1] == "W" else "1")
        check_matrix(f"grads[{key!r}]", grads[key], shape=labels, rows=rows, cols=cols)


def _check_Y(name: str, Y: Any, like: NDArray[Any], like_name: str) -> NDArray[Any]:
    """Labels 0/1 with the shape of ``like`` (same m, same rows); bool becomes int."""
    Y = check_matrix(name, Y, shape=("n[L]" if like.shape[0] != 1 else "1", "m"))
    check_same_m(like_name, like, name, Y)
    check_same_shape(like_name, like, name, Y)
    check_labels(name, Y)
    return _as_numbers(Y)


def _as_numbers(Y: NDArray[Any]) -> NDArray[Any]:
    """Boolean labels become 0/1 integers (``1 - Y`` needs numbers); others stay as they are."""
    return Y.astype(np.int64) if Y.dtype == np.bool_ else Y


def _check_predictions(name: str, AL: Any) -> Array:
    """Predictions for the cost: finite, in [0, 1]."""
    predictions: Array = check_matrix(name, AL, shape=("1", "m"), rows=1)
    if np.any((predictions < 0) | (predictions > 1)):
        raise ValueError(
            f"{name} must hold predictions in [0, 1]; "
            f"got values from {predictions.min()} to {predictions.max()}."
        )
    return predictions


def _check_divisor(name: str, AL: Any) -> Array:
    """AL for dA[L] = -(Y / AL - (1 - Y) / (1 - AL)): finite, never exactly 0 or 1."""
    checked: Array = check_matrix(name, AL, shape=("n[L]", "m"))
    bad = (checked == 0) | (checked == 1)
    if np.any(bad):
        where = tuple(int(k) for k in np.argwhere(bad)[0])
        raise ValueError(
            f"{name} must not hold exactly 0 or 1, since dA[L] divides by AL and by 1 - AL; "
            f"got {checked[where]} at index {where}."
        )
    return checked


def _check_linear_cache(name: str, cache: Any) -> LinearCache:
    if not isinstance(cache, (tuple, list)) or len(cache) != 3:
        raise ValueError(
            f"{name} must be the linear cache (A_prev, W, b), a tuple of 3 arrays; "
            f"got {type(cache).__name__}"
            + (f" of length {len(cache)}" if isinstance(cache, (tuple, list)) else "")
            + "."
        )
    A_prev = check_matrix(f"{name}[0] (A_prev)", cache[0], shape=("n[l-1]", "m"))
    W = check_matrix(f"{name}[1] (W)", cache[1], shape=("n[l]", "n[l-1]"), cols=A_prev.shape[0])
    b = check_matrix(f"{name}[2] (b)", cache[2], shape=("n[l]", "1"), rows=W.shape[0], cols=1)
    return A_prev, W, b


def _check_cache(name: str, cache: Any) -> tuple[LinearCache, Array]:
    if not isinstance(cache, (tuple, list)) or len(cache) != 2:
        raise ValueError(
            f"{name} must be (linear_cache, activation_cache) = ((A_prev, W, b), Z); "
            f"got {type(cache).__name__}"
            + (f" of length {len(cache)}" if isinstance(cache, (tuple, list)) else "")
            + "."
        )
    A_prev, W, b = _check_linear_cache(f"{name}[0]", cache[0])
    Z = check_matrix(
        f"{name}[1] (Z)", cache[1], shape=("n[l]", "m"), rows=W.shape[0], cols=A_prev.shape[1]
    )
    return (A_prev, W, b), Z


def _check_X_Y(X: Any, Y: Any) -> NDArray[Any]:
    X = check_matrix("X", X, shape=("n_x", "m"))
    Y = check_matrix("Y", Y, shape=("1", "m"), rows=1)
    check_same_m("X", X, "Y", Y)
    check_labels("Y", Y)
    return _as_numbers(Y)


def _check_model_dims(layers_dims: Any, X: Array, Y: NDArray[Any], length: int | None) -> list[int]:
    dims = check_layer_dims("layers_dims", layers_dims, length=length)
    if dims[0] != X.shape[0]:
        raise ShapeError(
            f"layers_dims[0] must be n_x = {X.shape[0]}, the number of rows of X; "
            f"got {dims[0]} (X has shape ({X.shape[0]}, {X.shape[1]}))."
        )
    if dims[-1] != Y.shape[0]:
        raise ShapeError(
            f"layers_dims[-1] must be {Y.shape[0]}, the number of rows of Y; got {dims[-1]}."
        )
    return dims


# ---------------------------------------------------------------- initialization


# --8<-- [start:initialize_parameters_deep]
def initialize_parameters_deep(
    layer_dims: Sequence[int], seed: int = 3, scale: float | str = 0.01
) -> Parameters:
    r"""Random initialization of an L-layer network, $L$ = ``len(layer_dims) - 1``.

    For $l = 1, \dots, L$ in order, from one legacy generator seeded with
    ``seed`` (the course uses 3):
    $W^{[l]} = \mathrm{randn}(n^{[l]}, n^{[l-1]}) \cdot 0.01$ (``scale``), or,
    with ``scale="xavier"``, $W^{[l]} = \mathrm{randn}(n^{[l]}, n^{[l-1]}) / \sqrt{n^{[l-1]}}$
    (divided, as the course's application does, so the bits match);
    $b^{[l]} = 0$ of shape $(n^{[l]}, 1)$. ``scale=0`` gives the all-zero,
    symmetric start. NumPy's global random state is left alone.

    >>> parameters = initialize_parameters_deep([5, 4, 3])
    >>> parameters["W1"]
    array([[ 0.01788628,  0.0043651 ,  0.00096497, -0.01863493, -0.00277388],
           [-0.00354759, -0.00082741, -0.00627001, -0.00043818, -0.00477218],
           [-0.01313865,  0.00884622,  0.00881318,  0.01709573,  0.00050034],
           [-0.00404677, -0.0054536 , -0.01546477,  0.00982367, -0.01101068]])
    >>> parameters["b1"].T
    array([[0., 0., 0., 0.]])
    >>> parameters["W2"]
    array([[-0.01185047, -0.0020565 ,  0.01486148,  0.00236716],
           [-0.01023785, -0.00712993,  0.00625245, -0.00160513],
           [-0.00768836, -0.00230031,  0.00745056,  0.01976111]])
    >>> {key: value.shape for key, value in parameters.items()}
    {'W1': (4, 5), 'b1': (4, 1), 'W2': (3, 4), 'b2': (3, 1)}
    """
    dims = check_layer_dims("layer_dims", layer_dims)
    seed = check_seed("seed", seed)
    return _initialize_deep(dims, seed, _check_scale(scale))


def _initialize_deep(layer_dims: Sequence[int], seed: int, scale: float | str) -> Parameters:
    rng = np.random.RandomState(seed)
    parameters: Parameters = {}
    for l in range(1, len(layer_dims)):
        if scale == "xavier":
            W = rng.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        else:
            W = rng.randn(layer_dims[l], layer_dims[l - 1]) * scale
        parameters[f"W{l}"] = W  # (n[l], n[l-1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))  # (n[l], 1)
    return parameters


# --8<-- [end:initialize_parameters_deep]


# ---------------------------------------------------------------- forward


# --8<-- [start:linear_forward]
def linear_forward(A: Array, W: Array, b: Array) -> tuple[Array, LinearCache]:
    r"""The linear part of a layer, $Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$.

    ``A`` is $A^{[l-1]}$, $(n^{[l-1]}, m)$; ``W`` is $(n^{[l]}, n^{[l-1]})$;
    ``b`` is $(n^{[l]}, 1)$, broadcast across the $m$ columns. Returns ``Z``,
    $(n^{[l]}, m)$, and the linear cache ``(A, W, b)`` for the backward pass.

    >>> rng = np.random.RandomState(1)
    >>> A, W, b = rng.randn(3, 2), rng.randn(1, 3), rng.randn(1, 1)
    >>> Z, linear_cache = linear_forward(A, W, b)
    >>> Z
    array([[ 3.26295337, -1.23429987]])
    """
    check_matrix("A", A, shape=("n[l-1]", "m"))
    check_matrix("W", W, shape=("n[l]", "n[l-1]"), cols=A.shape[0])
    check_matrix("b", b, shape=("n[l]", "1"), rows=W.shape[0], cols=1)
    return _linear_forward(A, W, b)


def _linear_forward(A: Array, W: Array, b: Array) -> tuple[Array, LinearCache]:
    Z = np.dot(W, A) + b  # (n[l], m)
    return Z, (A, W, b)


# --8<-- [end:linear_forward]


# --8<-- [start:linear_activation_forward]
def linear_activation_forward(
    A_prev: Array, W: Array, b: Array, activation: str
) -> tuple[Array, Cache]:
    r"""One layer forward: $Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$, $A^{[l]} = g^{[l]}(Z^{[l]})$.

    ``activation`` names $g^{[l]}$: ``"sigmoid"`` ($1 / (1 + e^{-Z})$),
    ``"relu"`` ($\max(0, Z)$), ``"tanh"`` or ``"leaky_relu"``. Returns
    $A^{[l]}$, $(n^{[l]}, m)$, and the cache ``(linear_cache, Z)``.

    >>> rng = np.random.RandomState(2)
    >>> A_prev, W, b = rng.randn(3, 2), rng.randn(1, 3), rng.randn(1, 1)
    >>> A, cache = linear_activation_forward(A_prev, W, b, "sigmoid")
    >>> A
    array([[0.96890023, 0.11013289]])
    >>> A, cache = linear_activation_forward(A_prev, W, b, "relu")
    >>> A
    array([[3.43896131, 0.        ]])
    """
    check_matrix("A_prev", A_prev, shape=("n[l-1]", "m"))
    check_matrix("W", W, shape=("n[l]", "n[l-1]"), cols=A_prev.shape[0])
    check_matrix("b", b, shape=("n[l]", "1"), rows=W.shape[0], cols=1)
    _check_activation("activation", activation)
    with np.errstate(over="ignore"):  # np.exp(-Z) overflows to inf for Z < -709: sigma = 0
        return _linear_activation_forward(A_prev, W, b, activation)


def _linear_activation_forward(
    A_prev: Array, W: Array, b: Array, activation: str
) -> tuple[Array, Cache]:
    Z, linear_cache = _linear_forward(A_prev, W, b)
    A = ACTIVATIONS[activation][0](Z)  # (n[l], m)
    return A, (linear_cache, Z)


# --8<-- [end:linear_activation_forward]


# --8<-- [start:L_model_forward]
def L_model_forward(
    X: Array, parameters: Mapping[str, Array], hidden_activation: str = "relu"
) -> tuple[Array, list[Cache]]:
    r"""Forward propagation through all $L$ layers,
    ``[LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID``:

    $A^{[0]} = X$; for $l = 1, \dots, L$: $Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$,
    $A^{[l]} = g^{[l]}(Z^{[l]})$, with $g^{[l]}$ = ReLU (``hidden_activation``)
    for $l < L$ and $g^{[L]} = \sigma$. $L$ = ``len(parameters) // 2``.

    Returns $A^{[L]}$, $(n^{[L]}, m)$, and ``caches``, one per layer
    (``caches[l - 1]`` belongs to layer $l$).

    >>> rng = np.random.RandomState(6)
    >>> X = rng.randn(5, 4)
    >>> W1, b1 = rng.randn(4, 5), rng.randn(4, 1)
    >>> W2, b2 = rng.randn(3, 4), rng.randn(3, 1)
    >>> W3, b3 = rng.randn(1, 3), rng.randn(1, 1)
    >>> parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}
    >>> AL, caches = L_model_forward(X, parameters)
    >>> AL
    array([[0.03921668, 0.70498921, 0.19734387, 0.04728177]])
    >>> len(caches)
    3
    """
    check_matrix("X", X, shape=("n_x", "m"))
    _check_deep_parameters(parameters, X.shape[0])
    _check_activation("hidden_activation", hidden_activation)
    with np.errstate(over="ignore"):
        return _L_model_forward(X, parameters, hidden_activation)


def _L_model_forward(
    X: Array, parameters: Mapping[str, Array], hidden_activation: str
) -> tuple[Array, list[Cache]]:
    caches = []
    A = X
    L = len(parameters) // 2  # number of layers
    for l in range(1, L):  # [LINEAR -> RELU] x (L-1)
        A, cache = _linear_activation_forward(
            A, parameters[f"W{l}"], parameters[f"b{l}"], hidden_activation
        )
        caches.append(cache)
    AL, cache = _linear_activation_forward(  # LINEAR -> SIGMOID
        A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid"
    )
    caches.append(cache)
    return AL, caches


# --8<-- [end:L_model_forward]


# --8<-- [start:compute_cost]
def compute_cost(AL: Array, Y: NDArray[Any]) -> float:
    r"""Cross-entropy cost
    $J = -\dfrac{1}{m} \sum_{i=1}^{m} \big(y^{(i)} \log a^{[L](i)} + (1 - y^{(i)}) \log(1 - a^{[L](i)})\big)$.

    ``AL`` holds the predictions $A^{[L]}$ in $[0, 1]$, ``Y`` the labels 0 or
    1, both $(1, m)$. Computed with the course's two dot products. A
    prediction of exactly 0 or 1 would take $\log 0$; as in
    :mod:`dlnotes.losses`, its argument becomes the smallest normal positive float ($\approx 2.2 \times 10^{-308}$),
    so a confidently wrong prediction costs about $708 / m$ instead of an
    infinite or NaN cost. Any prediction inside $(0, 1)$ gives the course's
    value, bit for bit.

    >>> compute_cost(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]]))
    0.2797765635793422
    """
    _check_predictions("AL", AL)
    Y = _check_Y("Y", Y, AL, "AL")
    with np.errstate(divide="ignore", invalid="ignore"):  # log(0): see _compute_cost
        return _compute_cost(AL, Y)


def _compute_cost(AL: Array, Y: NDArray[Any]) -> float:
    m = Y.shape[1]
    cost = (1.0 / m) * (-np.dot(Y, np.log(AL).T) - np.dot(1 - Y, np.log(1 - AL).T))
    J = float(np.squeeze(cost))
    if not math.isfinite(J):  # some a is exactly 0 or 1: log(0) = -inf
        log_AL = np.log(np.maximum(AL, _TINY))
        log_1_minus_AL = np.log(np.maximum(1 - AL, _TINY))
        cost = (1.0 / m) * (-np.dot(Y, log_AL.T) - np.dot(1 - Y, log_1_minus_AL.T))
        J = float(np.squeeze(cost))
    return J


# --8<-- [end:compute_cost]


# ---------------------------------------------------------------- backward


# --8<-- [start:linear_backward]
def linear_backward(dZ: Array, cache: LinearCache) -> tuple[Array, Array, Array]:
    r"""The linear part of a layer backward, from $dZ^{[l]}$ and the cache ``(A_prev, W, b)``:

    $dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1]T}$,
    $db^{[l]} = \frac{1}{m}$ ``np.sum(dZ, axis=1, keepdims=True)``,
    $dA^{[l-1]} = W^{[l]T} dZ^{[l]}$.

    Returns ``(dA_prev, dW, db)``, shaped like ``A_prev``, ``W`` and ``b``.

    >>> rng = np.random.RandomState(1)
    >>> dZ, A, W, b = rng.randn(3, 4), rng.randn(5, 4), rng.randn(3, 5), rng.randn(3, 1)
    >>> dA_prev, dW, db = linear_backward(dZ, (A, W, b))
    >>> dA_prev[0]
    array([-1.15171336,  0.06718465, -0.3204696 ,  2.09812712])
    >>> dW[0]
    array([ 0.07313866, -0.0976715 , -0.87585828,  0.73763362,  0.00785716])
    >>> db
    array([[-0.14713786],
           [-0.11313155],
           [-0.13209101]])
    """
    A_prev, W, _ = _check_linear_cache("cache", cache)
    check_matrix("dZ", dZ, shape=("n[l]", "m"), rows=W.shape[0], cols=A_prev.shape[1])
    return _linear_backward(dZ, cache)


def _linear_backward(dZ: Array, cache: LinearCache) -> tuple[Array, Array, Array]:
    A_prev, W, _ = cache  # b is not needed: db comes from dZ alone
    m = A_prev.shape[1]
    dW = 1.0 / m * np.dot(dZ, A_prev.T)  # (n[l], n[l-1])
    db = 1.0 / m * np.sum(dZ, axis=1, keepdims=True)  # (n[l], 1)
    dA_prev = np.dot(W.T, dZ)  # (n[l-1], m)
    return dA_prev, dW, db


# --8<-- [end:linear_backward]


# --8<-- [start:linear_activation_backward]
def linear_activation_backward(
    dA: Array, cache: Cache, activation: str
) -> tuple[Array, Array, Array]:
    r"""One layer backward: $dZ^{[l]} = dA^{[l]} * g^{[l]\prime}(Z^{[l]})$ (element-wise),
    then :func:`linear_backward`.

    ``cache`` is the layer's ``(linear_cache, Z)`` from the forward pass and
    ``activation`` the $g^{[l]}$ it used. For ReLU $g'(z) = 1$ where $z > 0$ and
    $0$ elsewhere (at $z = 0$ this is the assignments' convention; the lectures
    use $g'(0) = 1$, and either works); for the sigmoid
    $g'(z) = \sigma(z)(1 - \sigma(z))$. Returns ``(dA_prev, dW, db)``.

    >>> rng = np.random.RandomState(2)
    >>> dA = rng.randn(1, 2)
    >>> A_prev, W, b, Z = rng.randn(3, 2), rng.randn(1, 3), rng.randn(1, 1), rng.randn(1, 2)
    >>> dA_prev, dW, db = linear_activation_backward(dA, ((A_prev, W, b), Z), "sigmoid")
    >>> dA_prev
    array([[ 0.11017994,  0.01105339],
           [ 0.09466817,  0.00949723],
           [-0.05743092, -0.00576154]])
    >>> dW, db
    (array([[ 0.10266786,  0.09778551, -0.01968084]]), array([[-0.05729622]]))
    >>> dA_prev, dW, db = linear_activation_backward(dA, ((A_prev, W, b), Z), "relu")
    >>> dA_prev
    array([[ 0.44090989,  0.        ],
           [ 0.37883606,  0.        ],
           [-0.2298228 ,  0.        ]])
    >>> dW, db
    (array([[ 0.44513824,  0.37371418, -0.10478989]]), array([[-0.20837892]]))
    """
    _, Z = _check_cache("cache", cache)
    check_matrix("dA", dA, shape=("n[l]", "m"), rows=Z.shape[0], cols=Z.shape[1])
    _check_activation("activation", activation)
    with np.errstate(over="ignore"):
        return _linear_activation_backward(dA, cache, activation)


def _linear_activation_backward(
    dA: Array, cache: Cache, activation: str
) -> tuple[Array, Array, Array]:
    linear_cache, Z = cache
    dZ = ACTIVATIONS[activation][1](dA, Z)  # (n[l], m)
    return _linear_backward(dZ, linear_cache)


# --8<-- [end:linear_activation_backward]


# --8<-- [start:L_model_backward]
def L_model_backward(
    AL: Array, Y: NDArray[Any], caches: Sequence[Cache], hidden_activation: str = "relu"
) -> dict[str, Array]:
    r"""Backward propagation through all $L$ layers, from the output to the input.

    It starts from the derivative of the loss with respect to $A^{[L]}$
    (per example, element-wise; the $\frac{1}{m}$ of the cost enters in $dW$ and $db$),
    $dA^{[L]} = -\left(\dfrac{Y}{A^{[L]}} - \dfrac{1 - Y}{1 - A^{[L]}}\right)$
    (element-wise), goes back through the sigmoid layer $L$ (where this gives
    $dZ^{[L]} = A^{[L]} - Y$), then through the hidden layers $l = L-1, \dots, 1$.

    Returns ``grads`` with ``"dA{l-1}"``, ``"dW{l}"`` and ``"db{l}"`` for
    $l = 1, \dots, L$ (so ``"dA0"`` to ``"dA{L-1}"``). ``AL`` must not hold
    exactly 0 or 1, where $dA^{[L]}$ would divide by zero. The course's own
    check below passes random numbers as ``AL``, not probabilities: the formula
    is applied all the same.

    >>> rng = np.random.RandomState(3)
    >>> AL, Y = rng.randn(1, 2), np.array([[1, 0]])
    >>> A1, W1, b1, Z1 = rng.randn(4, 2), rng.randn(3, 4), rng.randn(3, 1), rng.randn(3, 2)
    >>> A2, W2, b2, Z2 = rng.randn(3, 2), rng.randn(1, 3), rng.randn(1, 1), rng.randn(1, 2)
    >>> caches = [((A1, W1, b1), Z1), ((A2, W2, b2), Z2)]
    >>> grads = L_model_backward(AL, Y, caches)
    >>> list(grads)
    ['dA1', 'dW2', 'db2', 'dA0', 'dW1', 'db1']
    >>> grads["dW1"]
    array([[0.41010002, 0.07807203, 0.13798444, 0.10502167],
           [0.        , 0.        , 0.        , 0.        ],
           [0.05283652, 0.01005865, 0.01777766, 0.0135308 ]])
    >>> grads["db1"]
    array([[-0.22007063],
           [ 0.        ],
           [-0.02835349]])
    >>> grads["dA1"]
    array([[ 0.12913162, -0.44014127],
           [-0.14175655,  0.48317296],
           [ 0.01663708, -0.05670698]])
    """
    AL = _check_divisor("AL", AL)
    Y = _check_Y("Y", Y, AL, "AL")
    _check_activation("hidden_activation", hidden_activation)
    _check_caches(caches, AL)
    with np.errstate(over="ignore"):
        return _L_model_backward(AL, Y, caches, hidden_activation)


def _L_model_backward(
    AL: Array, Y: NDArray[Any], caches: Sequence[Cache], hidden_activation: str
) -> dict[str, Array]:
    grads = {}
    L = len(caches)  # number of layers
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))  # (1, m)
    current_cache = caches[L - 1]  # layer L: SIGMOID -> LINEAR
    dA_prev, dW, db = _linear_activation_backward(dAL, current_cache, "sigmoid")
    grads[f"dA{L - 1}"], grads[f"dW{L}"], grads[f"db{L}"] = dA_prev, dW, db
    for l in reversed(range(L - 1)):  # layer l + 1: RELU -> LINEAR
        current_cache = caches[l]
        dA_prev, dW, db = _linear_activation_backward(
            grads[f"dA{l + 1}"], current_cache, hidden_activation
        )
        grads[f"dA{l}"], grads[f"dW{l + 1}"], grads[f"db{l + 1}"] = dA_prev, dW, db
    return grads


# --8<-- [end:L_model_backward]


def _check_caches(caches: Any, AL: Array) -> None:
    """One well-formed cache per layer, chained: layer l's A_prev has n[l-1] rows, m columns."""
    if not isinstance(caches, (list, tuple)) or len(caches) == 0:
        raise ValueError(
            "caches must be the list of L caches that L_model_forward returns; "
            f"got {type(caches).__name__}"
            + (" of length 0" if isinstance(caches, (list, tuple)) else "")
            + "."
        )
    m = AL.shape[1]
    n_prev: int | None = None
    for l, cache in enumerate(caches):
        (A_prev, W, _), Z = _check_cache(f"caches[{l}]", cache)
        check_matrix(
            f"caches[{l}][0][0] (A_prev)",
            A_prev,
            shape=(f"n[{l}]", "m"),
            rows=n_prev,
            cols=m,
        )
        n_prev = W.shape[0]
    if Z.shape != AL.shape:
        raise ShapeError(
            f"caches[{len(caches) - 1}][1] (Z of the last layer) must have the shape of AL "
            f"({AL.shape[0]}, {AL.shape[1]}); got ({Z.shape[0]}, {Z.shape[1]})."
        )


# --8<-- [start:update_parameters]
def update_parameters(
    parameters: Mapping[str, Array], grads: Mapping[str, Array], learning_rate: float
) -> Parameters:
    r"""One gradient descent step for every layer,
    $W^{[l]} := W^{[l]} - \alpha\, dW^{[l]}$, $b^{[l]} := b^{[l]} - \alpha\, db^{[l]}$.

    Returns a new dict; ``parameters`` and ``grads`` are not modified.

    >>> p = {"W1": np.ones((2, 3)), "b1": np.zeros((2, 1)), "W2": np.ones((1, 2)), "b2": np.zeros((1, 1))}
    >>> g = {"dW1": np.ones((2, 3)), "db1": np.ones((2, 1)), "dW2": np.ones((1, 2)), "db2": np.ones((1, 1))}
    >>> update_parameters(p, g, learning_rate=0.1)["W2"], p["W2"]
    (array([[0.9, 0.9]]), array([[1., 1.]]))
    """
    L = _check_deep_parameters(parameters)
    _check_grads(grads, parameters, L)
    learning_rate = check_learning_rate(learning_rate)
    return _update(parameters, grads, learning_rate)


def _update(
    parameters: Mapping[str, Array], grads: Mapping[str, Array], learning_rate: float
) -> Parameters:
    # W1, b1, W2, b2, ...: each parameter minus learning_rate times its gradient
    return {key: value - learning_rate * grads["d" + key] for key, value in parameters.items()}


# --8<-- [end:update_parameters]


# ---------------------------------------------------------------- models


def _diverged(where: str, learning_rate: float) -> FloatingPointError:
    return FloatingPointError(
        f"{where} NaN: an output a[L] rounded to exactly 0 or 1 (z[L] too large), so "
        "dA[L] = -(Y / AL - (1 - Y) / (1 - AL)) divided by zero and the gradients became "
        f"NaN. Try a smaller learning_rate than {learning_rate}."
    )


def _check_trained(parameters: Parameters, learning_rate: float) -> Parameters:
    """Catch NaN from the very last update, which no later cost would show."""
    if not all(np.isfinite(value).all() for value in parameters.values()):
        raise _diverged("the parameters after the last update hold", learning_rate)
    return parameters


# --8<-- [start:two_layer_model]
def two_layer_model(
    X: Array,
    Y: NDArray[Any],
    layers_dims: Sequence[int],
    learning_rate: float = 0.0075,
    num_iterations: int = 3000,
    print_cost: bool = False,
    seed: int = 1,
) -> tuple[Parameters, list[float]]:
    r"""Train ``LINEAR -> RELU -> LINEAR -> SIGMOID`` by gradient descent.

    ``layers_dims = (n_x, n_h, n_y)``. The start is the course's: a legacy
    generator seeded with ``seed`` (1) draws $W^{[1]} = 0.01 \cdot
    \mathrm{randn}(n_h, n_x)$, then $W^{[2]} = 0.01 \cdot \mathrm{randn}(n_y, n_h)$;
    the biases are 0. Each iteration runs both layers forward, the cost,
    $dA^{[2]} = -\left(\dfrac{Y}{A^{[2]}} - \dfrac{1 - Y}{1 - A^{[2]}}\right)$,
    both layers backward and one update.

    Returns the parameters and the costs of iterations 0, 100, 200, ...;
    with ``print_cost`` those costs are printed, and the last iteration's too.
    If an output $a^{[L](i)}$ ever rounds to exactly 0 or 1 (a learning rate
    too large can drive $z^{[L]}$ above about 37 or below about $-710$), the
    course's $dA^{[L]}$ divides by zero, the gradients become NaN and training
    stops with :class:`FloatingPointError`.

    >>> from dlnotes.datasets import load_planar_dataset
    >>> X, Y = load_planar_dataset()
    >>> parameters, costs = two_layer_model(
    ...     X, Y, (2, 4, 1), learning_rate=1.0, num_iterations=250, print_cost=True
    ... )
    Cost after iteration 0: 0.69313267...
    Cost after iteration 100: 0.63416183...
    Cost after iteration 200: 0.62923120...
    Cost after iteration 249: 0.62902646...
    >>> len(costs)
    3
    """
    Y = _check_X_Y(X, Y)
    dims = _check_model_dims(layers_dims, X, Y, length=3)
    learning_rate = check_learning_rate(learning_rate)
    num_iterations = check_num_iterations(num_iterations)
    seed = check_seed("seed", seed)
    parameters = _initialize_deep(dims, seed, 0.01)
    costs: list[float] = []
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):  # NaN: see _diverged
        for i in range(num_iterations):
            W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
            A1, cache1 = _linear_activation_forward(X, W1, b1, "relu")
            A2, cache2 = _linear_activation_forward(A1, W2, b2, "sigmoid")
            cost = _compute_cost(A2, Y)
            if cost != cost:  # NaN: the last step's gradients were NaN
                raise _diverged(f"the cost at iteration {i} is", learning_rate)
            dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
            dA1, dW2, db2 = _linear_activation_backward(dA2, cache2, "sigmoid")
            _dA0, dW1, db1 = _linear_activation_backward(dA1, cache1, "relu")
            grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            parameters = _update(parameters, grads, learning_rate)
            if print_cost and (i % 100 == 0 or i == num_iterations - 1):
                print(f"Cost after iteration {i}: {cost}")
            if i % 100 == 0:
                costs.append(cost)
    return _check_trained(parameters, learning_rate), costs


# --8<-- [end:two_layer_model]


# --8<-- [start:L_layer_model]
def L_layer_model(
    X: Array,
    Y: NDArray[Any],
    layers_dims: Sequence[int],
    learning_rate: float = 0.0075,
    num_iterations: int = 3000,
    print_cost: bool = False,
    seed: int = 1,
    scale: float | str = "xavier",
    hidden_activation: str = "relu",
) -> tuple[Parameters, list[float]]:
    r"""Train ``[LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID`` by gradient descent.

    ``layers_dims = [n_x, n^[1], ..., n^[L]]``. The start is the course's
    application: :func:`initialize_parameters_deep` seeded with 1 and
    $W^{[l]} = \mathrm{randn}(n^{[l]}, n^{[l-1]}) / \sqrt{n^{[l-1]}}$
    (``scale="xavier"``). Each iteration: :func:`L_model_forward`,
    :func:`compute_cost`, :func:`L_model_backward`, :func:`update_parameters`.

    Returns the parameters and the costs of iterations 0, 100, 200, ...;
    with ``print_cost`` those costs are printed, and the last iteration's too.
    If an output $a^{[L](i)}$ ever rounds to exactly 0 or 1 (a learning rate
    too large can drive $z^{[L]}$ above about 37 or below about $-710$), the
    course's $dA^{[L]}$ divides by zero, the gradients become NaN and training
    stops with :class:`FloatingPointError`.

    >>> from dlnotes.datasets import load_planar_dataset
    >>> X, Y = load_planar_dataset()
    >>> parameters, costs = L_layer_model(X, Y, [2, 10, 5, 1], learning_rate=0.1)
    >>> [round(c, 4) for c in costs[::10]]  # iterations 0, 1000, 2000
    [0.6778, 0.298, 0.2515]
    >>> float(np.mean(predict(X, parameters) == Y))
    0.8925
    """
    Y = _check_X_Y(X, Y)
    dims = _check_model_dims(layers_dims, X, Y, length=None)
    learning_rate = check_learning_rate(learning_rate)
    num_iterations = check_num_iterations(num_iterations)
    seed = check_seed("seed", seed)
    scale = _check_scale(scale)
    _check_activation("hidden_activation", hidden_activation)
    parameters = _initialize_deep(dims, seed, scale)
    costs: list[float] = []
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):  # NaN: see _diverged
        for i in range(num_iterations):
            AL, caches = _L_model_forward(X, parameters, hidden_activation)
            cost = _compute_cost(AL, Y)
            if cost != cost:  # NaN: the last step's gradients were NaN
                raise _diverged(f"the cost at iteration {i} is", learning_rate)
            grads = _L_model_backward(AL, Y, caches, hidden_activation)
            parameters = _update(parameters, grads, learning_rate)
            if print_cost and (i % 100 == 0 or i == num_iterations - 1):
                print(f"Cost after iteration {i}: {cost}")
            if i % 100 == 0:
                costs.append(cost)
    return _check_trained(parameters, learning_rate), costs


# --8<-- [end:L_layer_model]


# --8<-- [start:predict]
def predict(X: Array, parameters: Mapping[str, Array], hidden_activation: str = "relu") -> Array:
    """Predict labels: 1 where $a^{[L]} > 0.5$, else 0, as a float array shaped like $A^{[L]}$, ``(1, m)``.

    >>> parameters = initialize_parameters_deep([2, 3, 1])
    >>> parameters["b2"] = np.array([[0.001]])
    >>> predict(np.array([[1.0, -2.0], [0.5, 3.0]]), parameters)
    array([[1., 1.]])
    """
    check_matrix("X", X, shape=("n_x", "m"))
    _check_deep_parameters(parameters, X.shape[0])
    _check_activation("hidden_activation", hidden_activation)
    with np.errstate(over="ignore"):
        AL, _ = _L_model_forward(X, parameters, hidden_activation)
    return (AL > 0.5).astype(np.float64)


# --8<-- [end:predict]
