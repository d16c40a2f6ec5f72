r"""Python and NumPy basics (week 2 practice notebook).

The course's first practice notebook warms up with eight small functions; six
of them live here, under the course's names (snake_case) and with its results:

- :func:`basic_sigmoid`: the sigmoid of ONE number with :func:`math.exp`;
- :func:`image2vector`: a ``(h, w, c)`` image to a ``(h*w*c, 1)`` column;
- :func:`normalize_rows`: each row divided by its L2 norm;
- :func:`softmax`: softmax along each row;
- :func:`L1` and :func:`L2`: the L1 and L2 losses, vectorised.

The array versions of the sigmoid and its derivative are
:func:`dlnotes.activations.sigmoid` and
:func:`dlnotes.activations.sigmoid_derivative`. Every function here checks its
arguments first and never modifies them.
"""

from __future__ import annotations

import math
import sys
from numbers import Real
from typing import Any

import numpy as np
from numpy.typing import NDArray

from dlnotes._validation import NotAnArrayError, ShapeError, check_finite, check_matrix

__all__ = ["L1", "L2", "basic_sigmoid", "image2vector", "normalize_rows", "softmax"]

Array = NDArray[np.float64]


def _check_array(name: str, a: Any) -> None:
    if not isinstance(a, np.ndarray):
        raise NotAnArrayError(
            f"{name} must be a numpy array; got {type(a).__name__}. Convert it with np.array({name})."
        )
    if a.size == 0:
        raise ShapeError(f"{name} must not be empty; got shape {a.shape}.")
    if not np.issubdtype(a.dtype, np.number) or np.issubdtype(a.dtype, np.complexfloating):
        raise NotAnArrayError(f"{name} must hold real numbers; got dtype {a.dtype}.")
    check_finite(name, a)


# --8<-- [start:basic_sigmoid]
def basic_sigmoid(x: float) -> float:
    r"""Sigmoid of one real number, $\sigma(x) = \dfrac{1}{1 + e^{-x}}$, with ``math.exp``.

    ``math.exp`` takes one number, so this function does too; for a vector or a
    matrix use NumPy's element-wise ``np.exp`` (:func:`dlnotes.activations.sigmoid`).

    >>> basic_sigmoid(1)
    0.7310585786300049
    >>> basic_sigmoid(np.array([1, 2, 3]))
    Traceback (most recent call last):
    ...
    dlnotes._validation.NotAnArrayError: x must be one real number (math.exp takes one number); got an array of shape (3,). For arrays use np.exp, e.g. dlnotes.activations.sigmoid(x).
    """
    if isinstance(x, np.ndarray) and x.ndim > 0:
        raise NotAnArrayError(
            f"x must be one real number (math.exp takes one number); got an array of shape "
            f"{x.shape}. For arrays use np.exp, e.g. dlnotes.activations.sigmoid(x)."
        )
    if isinstance(x, bool) or not isinstance(x, (Real, np.ndarray)):
        raise NotAnArrayError(f"x must be one real number; got {x!r}.")
    x = float(x)
    if math.isnan(x):
        raise ValueError("x must be a number; got nan.")
    if -x > math.log(sys.float_info.max):  # math.exp(-x) would overflow; 1 / inf is 0.0
        return 0.0
    return 1 / (1 + math.exp(-x))


# --8<-- [end:basic_sigmoid]


# --8<-- [start:image2vector]
def image2vector(image: NDArray[Any]) -> NDArray[Any]:
    r"""Unroll an image of shape ``(h, w, c)`` into a column of shape ``(h*w*c, 1)``.

    The order is NumPy's row-major order: the ``c`` channel values of pixel
    ``(0, 0)`` come first, then those of pixel ``(0, 1)``, and so on, so
    ``v[k*c + j]`` is channel ``j`` of the ``k``-th pixel. The result is a new
    array: writing into it never changes ``image``.

    >>> image = np.arange(12).reshape(2, 2, 3)
    >>> v = image2vector(image)
    >>> v.shape
    (12, 1)
    >>> v[:6].ravel()
    array([0, 1, 2, 3, 4, 5])
    """
    _check_array("image", image)
    if image.ndim != 3:
        raise ShapeError(
            f"image must be a 3-D array of shape (h, w, c); got {image.ndim} dimensions, "
            f"shape {image.shape}."
        )
    h, w, c = image.shape
    v: NDArray[Any] = image.reshape(h * w * c, 1).copy()
    return v


# --8<-- [end:image2vector]


# --8<-- [start:normalize_rows]
def normalize_rows(x: NDArray[Any]) -> Array:
    r"""Divide each row of ``x`` by its L2 norm, so every row has length 1.

    $\|x_{i,:}\| = \sqrt{\sum_j x_{ij}^2}$ is computed with
    ``np.linalg.norm(x, axis=1, keepdims=True)``: shape ``(n, 1)``, which
    broadcasts against ``x`` of shape ``(n, d)``. A row of zeros has no
    direction and is an error.

    >>> normalize_rows(np.array([[0.0, 3.0, 4.0], [1.0, 6.0, 4.0]]))
    array([[0.        , 0.6       , 0.8       ],
           [0.13736056, 0.82416338, 0.54944226]])
    """
    check_matrix("x", x, shape=("n", "d"))
    x_norm = np.linalg.norm(x, axis=1, keepdims=True)
    if np.any(x_norm == 0):
        row = int(np.argmax(x_norm[:, 0] == 0))
        raise ValueError(f"x must have no row of zeros (its norm is 0); row {row} is all zeros.")
    x_normalized: Array = x / x_norm
    return x_normalized


# --8<-- [end:normalize_rows]


# --8<-- [start:softmax]
def softmax(x: NDArray[Any]) -> Array:
    r"""Softmax of each row: $s_{ij} = \dfrac{e^{x_{ij}}}{\sum_k e^{x_{ik}}}$.

    Each row of the result sums to 1 (up to rounding), and its entries are
    positive in exact arithmetic; in floating point an entry more than about
    745 below its row's maximum underflows to 0. Subtracting the row's maximum
    first divides numerator and denominator by the same $e^{\max}$, so the
    result is mathematically the same, but no ``exp`` can overflow (the largest
    term is $e^0 = 1$).

    >>> softmax(np.array([[9.0, 2, 5, 0, 0], [7, 5, 0, 0, 0]]))
    array([[9.80897665e-01, 8.94462891e-04, 1.79657674e-02, 1.21052389e-04,
            1.21052389e-04],
           [8.78679856e-01, 1.18916387e-01, 8.01252314e-04, 8.01252314e-04,
            8.01252314e-04]])
    >>> softmax(np.array([[1000.0, 1000.0]]))
    array([[0.5, 0.5]])
    """
    check_matrix("x", x, shape=("n", "d"))
    x_exp = np.exp(x - np.max(x, axis=1, keepdims=True))
    s: Array = x_exp / np.sum(x_exp, axis=1, keepdims=True)
    return s


# --8<-- [end:softmax]


def _check_pair(yhat: Any, y: Any) -> None:
    _check_array("yhat", yhat)
    _check_array("y", y)
    if yhat.shape != y.shape:
        raise ShapeError(
            f"yhat and y must have the same shape; yhat has shape {yhat.shape}, "
            f"y has shape {y.shape}."
        )


# --8<-- [start:L1]
def L1(yhat: NDArray[Any], y: NDArray[Any]) -> float:
    r"""L1 loss, $L_1(\hat{y}, y) = \sum_i |y^{(i)} - \hat{y}^{(i)}|$.

    >>> L1(np.array([0.9, 0.2, 0.1, 0.4, 0.9]), np.array([1, 0, 0, 1, 1]))
    1.1
    """
    _check_pair(yhat, y)
    return float(np.sum(np.abs(y - yhat)))


# --8<-- [end:L1]


# --8<-- [start:L2]
def L2(yhat: NDArray[Any], y: NDArray[Any]) -> float:
    r"""L2 loss, $L_2(\hat{y}, y) = \sum_i (y^{(i)} - \hat{y}^{(i)})^2$.

    ``np.dot`` of the difference with itself is the sum of squares; it wants
    two vectors, so the difference is flattened first (any shape works).

    >>> L2(np.array([0.9, 0.2, 0.1, 0.4, 0.9]), np.array([1, 0, 0, 1, 1]))
    0.43
    """
    _check_pair(yhat, y)
    d = np.ravel(y - yhat)
    return float(np.dot(d, d))


# --8<-- [end:L2]
