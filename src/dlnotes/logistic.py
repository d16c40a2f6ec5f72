r"""Logistic regression as a neural network (week 2).

Shapes follow the lectures: ``X`` is ``(n_x, m)`` with one example per
column, ``Y`` is ``(1, m)``, the weights ``w`` are a column ``(n_x, 1)`` and
the bias ``b`` is a scalar. The model is $\hat{y} = \sigma(w^T x + b)$.

Public functions check their arguments once; the training loop calls the
unchecked :func:`_propagate`, so it stays as lean as the bare math.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

from dlnotes._validation import (
    check_labels,
    check_learning_rate,
    check_matrix,
    check_num_iterations,
    check_positive_int,
    check_same_m,
    check_same_shape,
    check_scalar,
    described,
)
from dlnotes.activations import sigmoid
from dlnotes.losses import _TINY, _cost

__all__ = [
    "initialize_with_zeros",
    "model",
    "optimize",
    "predict",
    "propagate",
    "propagate_loop",
]

Array = NDArray[np.float64]

_LOG_MAX_FLOAT = math.log(np.finfo(np.float64).max)  # about 709.78: e^x overflows above it


def _check_w_b_X(w: Any, b: Any, X: Any) -> float:
    check_matrix("X", X, shape=("n_x", "m"))
    check_matrix("w", w, shape=("n_x", "1"), rows=X.shape[0], cols=1, match=described("X", X))
    return check_scalar("b", b)


def _check_X_Y(X: Any, Y: Any, x_name: str = "X", y_name: str = "Y") -> None:
    check_matrix(x_name, X, shape=("n_x", "m"))
    check_matrix(y_name, Y, shape=("1", "m"), rows=1)
    check_same_m(x_name, X, y_name, Y)
    check_labels(y_name, Y)


# --8<-- [start:initialize_with_zeros]
def initialize_with_zeros(dim: int) -> tuple[Array, float]:
    """Start logistic regression from ``w = 0`` of shape ``(dim, 1)`` and ``b = 0``.

    Zeros are fine here: logistic regression has a single unit, so there is no
    symmetry between units to break (unlike a hidden layer).

    >>> w, b = initialize_with_zeros(2)
    >>> w, b
    (array([[0.],
           [0.]]), 0.0)
    """
    dim = check_positive_int("dim", dim)
    return np.zeros((dim, 1)), 0.0


# --8<-- [end:initialize_with_zeros]


# --8<-- [start:propagate]
def propagate(w: Array, b: float, X: Array, Y: NDArray[Any]) -> tuple[dict[str, Any], float]:
    r"""One forward and backward pass over all m examples, with no loop.

    Forward: $Z = w^T X + b$, $A = \sigma(Z)$,
    $J = -\dfrac{1}{m} \sum_{i=1}^{m} \big(y^{(i)} \log a^{(i)} + (1 - y^{(i)}) \log(1 - a^{(i)})\big)$.

    Backward: $dZ = A - Y$, $dw = \dfrac{1}{m} X\, dZ^T$, $db = \dfrac{1}{m} \sum_{i=1}^{m} dz^{(i)}$.

    Parameters
    ----------
    w : ndarray of shape (n_x, 1)
    b : float
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (1, m), labels 0 or 1

    Returns
    -------
    grads : dict with ``"dw"`` of shape (n_x, 1) and ``"db"`` (float)
    cost : float

    Examples
    --------
    >>> w, b = np.array([[1.0], [2.0]]), 1.5
    >>> X = np.array([[1.0, -2.0, -1.0], [3.0, 0.5, -3.2]])
    >>> Y = np.array([[1, 1, 0]])
    >>> grads, cost = propagate(w, b, X, Y)
    >>> grads["dw"]
    array([[ 0.25071532],
           [-0.06604096]])
    >>> grads["db"], cost
    (-0.1250040450043965, 0.15900537707692405)
    """
    b = _check_w_b_X(w, b, X)
    _check_X_Y(X, Y)
    return _propagate(w, b, X, Y)


def _propagate(w: Array, b: float, X: Array, Y: NDArray[Any]) -> tuple[dict[str, Any], float]:
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)  # (1, m)
    cost = _cost(A, Y)
    dZ = A - Y  # (1, m)
    dw = (1 / m) * np.dot(X, dZ.T)  # (n_x, 1)
    db = float((1 / m) * np.sum(dZ))
    return {"dw": dw, "db": db}, cost


# --8<-- [end:propagate]


# --8<-- [start:propagate_loop]
def propagate_loop(w: Array, b: float, X: Array, Y: NDArray[Any]) -> tuple[dict[str, Any], float]:
    r"""The same pass as :func:`propagate`, written with the lecture's two explicit loops.

    One loop runs over the m examples, one over the $n_x$ features. It gives
    the same numbers as :func:`propagate` (up to rounding) on every finite
    input, and is much slower: see ``python -m dlnotes.bench``. Like
    :func:`propagate` it computes $\sigma(z)$ as $1 / (1 + e^{-z})$, which is
    exactly 1.0 for $z \geq 36.74$ or so, and reads $\log 0$ as the log of the
    smallest normal float, as :mod:`dlnotes.losses` does: a confident correct
    prediction (say $z = 40$, $y = 1$) costs 0, not a ``math domain error``.

    >>> w, b = np.array([[1.0], [2.0]]), 1.5
    >>> X = np.array([[1.0, -2.0, -1.0], [3.0, 0.5, -3.2]])
    >>> Y = np.array([[1, 1, 0]])
    >>> grads, cost = propagate_loop(w, b, X, Y)
    >>> grads["dw"]
    array([[ 0.25071532],
           [-0.06604096]])
    >>> round(grads["db"], 12), round(cost, 12)
    (-0.125004045004, 0.159005377077)
    """
    b = _check_w_b_X(w, b, X)
    _check_X_Y(X, Y)
    n_x, m = X.shape
    J = 0.0
    dw = np.zeros((n_x, 1))
    db = 0.0
    for i in range(m):  # loop 1: over the examples
        z_i = b
        for j in range(n_x):  # z = w^T x + b, one feature at a time
            z_i += float(w[j, 0]) * float(X[j, i])
        a_i = _sigmoid(z_i)
        y_i = float(Y[0, i])
        J += -(y_i * _log(a_i) + (1 - y_i) * _log(1 - a_i))
        dz_i = a_i - y_i
        for j in range(n_x):  # loop 2: over the features
            dw[j, 0] += float(X[j, i]) * dz_i
        db += dz_i
    J /= m
    dw /= m
    db /= m
    return {"dw": dw, "db": db}, J


def _sigmoid(z: float) -> float:
    """sigma(z) = 1 / (1 + e^-z) for one number, the formula of dlnotes.activations.sigmoid."""
    if -z > _LOG_MAX_FLOAT:  # e^-z overflows (math.exp would raise); 1 / inf is 0.0
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def _log(p: float) -> float:
    """log(p), with p below the smallest normal float read as that float (log 0 = -708.4)."""
    return math.log(max(p, _TINY))


# --8<-- [end:propagate_loop]


# --8<-- [start:optimize]
def optimize(
    w: Array,
    b: float,
    X: Array,
    Y: NDArray[Any],
    num_iterations: int = 100,
    learning_rate: float = 0.009,
    print_cost: bool = False,
) -> tuple[dict[str, Any], dict[str, Any], list[float]]:
    r"""Gradient descent: repeat $w := w - \alpha\, dw$ and $b := b - \alpha\, db$.

    The cost is recorded every 100 iterations, iteration 0 included.
    ``w`` is not modified: the updates build new arrays.

    Returns
    -------
    params : dict with ``"w"`` (n_x, 1) and ``"b"`` (float)
    grads : dict with the last iteration's ``"dw"`` and ``"db"``
    costs : list of float, one per 100 iterations

    Examples
    --------
    >>> w, b = np.array([[1.0], [2.0]]), 1.5
    >>> X = np.array([[1.0, -2.0, -1.0], [3.0, 0.5, -3.2]])
    >>> Y = np.array([[1, 1, 0]])
    >>> params, grads, costs = optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009)
    >>> params["w"]
    array([[0.80956046],
           [2.0508202 ]])
    >>> params["b"]
    1.5948713189708588
    >>> grads["dw"]
    array([[ 0.17860505],
           [-0.04840656]])
    >>> grads["db"], costs
    (-0.08888460336847771, [0.15900537707692405])
    """
    b = _check_w_b_X(w, b, X)
    _check_X_Y(X, Y)
    num_iterations = check_num_iterations(num_iterations)
    learning_rate = check_learning_rate(learning_rate)
    costs: list[float] = []
    grads: dict[str, Any] = {"dw": np.zeros_like(w, dtype=np.float64), "db": 0.0}
    for i in range(num_iterations):
        grads, cost = _propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    return {"w": w, "b": b}, grads, costs


# --8<-- [end:optimize]


# --8<-- [start:predict]
def predict(w: Array, b: float, X: Array) -> Array:
    r"""Predict labels: $\hat{y}^{(i)} = 1$ if $a^{(i)} > 0.5$, else $0$.

    Returns a float array of shape ``(1, m)``.

    >>> w, b = np.array([[0.1124579], [0.23106775]]), -0.3
    >>> X = np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]])
    >>> predict(w, b, X)
    array([[1., 1., 0.]])
    """
    b = _check_w_b_X(w, b, X)
    return _predict(w, b, X)


def _predict(w: Array, b: float, X: Array) -> Array:
    A = sigmoid(np.dot(w.T, X) + b)
    return (A > 0.5).astype(np.float64)


# --8<-- [end:predict]


def accuracy(Y_prediction: NDArray[Any], Y: NDArray[Any]) -> float:
    """Percentage of predictions equal to the labels, as the course computes it.

    >>> accuracy(np.array([[1.0, 0.0, 1.0, 1.0]]), np.array([[1, 0, 0, 1]]))
    75.0
    """
    check_matrix("Y_prediction", Y_prediction, shape=("1", "m"), rows=1)
    check_matrix("Y", Y, shape=("1", "m"), rows=1)
    check_same_shape("Y_prediction", Y_prediction, "Y", Y, shape="(1, m)")
    check_labels("Y_prediction", Y_prediction)
    check_labels("Y", Y)
    return float(100 - np.mean(np.abs(Y_prediction - Y)) * 100)


# --8<-- [start:model]
def model(
    X_train: Array,
    Y_train: NDArray[Any],
    X_test: Array,
    Y_test: NDArray[Any],
    num_iterations: int = 2000,
    learning_rate: float = 0.5,
    print_cost: bool = False,
) -> dict[str, Any]:
    """Train logistic regression from zeros and predict on both sets.

    Returns a dict with ``"costs"``, ``"Y_prediction_test"``,
    ``"Y_prediction_train"``, ``"w"``, ``"b"``, ``"learning_rate"`` and
    ``"num_iterations"``.

    >>> X = np.array([[0.0, 1.0, 2.0, 3.0]])
    >>> Y = np.array([[0, 0, 1, 1]])
    >>> d = model(X, Y, X, Y, num_iterations=1000, learning_rate=0.5)
    >>> d["Y_prediction_train"]
    array([[0., 0., 1., 1.]])
    >>> len(d["costs"]), d["costs"][0] > d["costs"][-1]
    (10, True)
    """
    _check_X_Y(X_train, Y_train, "X_train", "Y_train")
    _check_X_Y(X_test, Y_test, "X_test", "Y_test")
    check_matrix(
        "X_test",
        X_test,
        shape=("n_x", "m_test"),
        rows=X_train.shape[0],
        match=described("X_train", X_train),
    )
    w, b = initialize_with_zeros(X_train.shape[0])
    params, _, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost=print_cost
    )
    w, b = params["w"], params["b"]
    Y_prediction_train = _predict(w, b, X_train)
    Y_prediction_test = _predict(w, b, X_test)
    if print_cost:
        print(f"train accuracy: {accuracy(Y_prediction_train, Y_train)} %")
        print(f"test accuracy: {accuracy(Y_prediction_test, Y_test)} %")
    return {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }


# --8<-- [end:model]
