r"""The loss of one example and the cost over m examples (week 2, "Cost function").

The loss $\mathcal{L}$ measures one example; the cost $J$ is the mean loss
over the training set. Both are finite even when a prediction is exactly 0 or
1: a logarithm's argument that is exactly 0 is replaced by the smallest
positive float, which changes nothing for any prediction strictly inside
$(0, 1)$.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from dlnotes._validation import check_labels, check_matrix

__all__ = ["cost", "loss"]

# The smallest normal positive float: taking log(max(p, _TINY)) changes only
# a probability p that is exactly 0 (log(0) would be -inf).
_TINY = np.finfo(np.float64).tiny


# --8<-- [start:loss]
def loss(y_hat: ArrayLike, y: ArrayLike) -> NDArray[np.float64]:
    r"""Cross-entropy loss of each example,
    $\mathcal{L}(\hat{y}, y) = -\big(y \log \hat{y} + (1 - y) \log(1 - \hat{y})\big)$.

    One outer minus covers both terms. If $y = 1$ only $-\log \hat{y}$ is
    left, which is small when $\hat{y}$ is close to 1; if $y = 0$ only
    $-\log(1 - \hat{y})$ is left, which is small when $\hat{y}$ is close to 0.

    Parameters
    ----------
    y_hat : array of predictions in $[0, 1]$
    y : array of labels 0 or 1, broadcastable against ``y_hat``

    Examples
    --------
    >>> loss(np.array([0.9, 0.9, 0.5]), np.array([1, 0, 1]))
    array([0.10536052, 2.30258509, 0.69314718])
    >>> loss(np.array([1.0, 0.0]), np.array([1, 1]))  # finite at the edges
    array([  0.        , 708.39641853])
    """
    y_hat = np.asarray(y_hat, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    return -_log_likelihood(y_hat, y) + 0.0  # + 0.0 turns -0.0 into 0.0


# --8<-- [end:loss]


# --8<-- [start:cost]
def cost(A: NDArray[np.floating], Y: NDArray[np.number]) -> float:
    r"""Cost $J = \dfrac{1}{m} \sum_{i=1}^{m} \mathcal{L}(a^{(i)}, y^{(i)})$,
    the mean loss over the $m$ examples.

    Parameters
    ----------
    A : ndarray of shape (1, m)
        Predictions $a^{(i)} = \hat{y}^{(i)}$, one column per example.
    Y : ndarray of shape (1, m)
        Labels 0 or 1.

    Returns
    -------
    float

    Examples
    --------
    >>> A = np.array([[0.5002307, 0.49985831, 0.50023963]])
    >>> Y = np.array([[1, 0, 0]])
    >>> cost(A, Y)
    0.6930587610394646
    """
    check_matrix("A", A, shape=("1", "m"), rows=1)
    check_matrix("Y", Y, shape=("1", "m"), rows=1, cols=A.shape[1])
    check_labels("Y", Y)
    if np.any((A < 0) | (A > 1)):
        raise ValueError(
            f"A must hold predictions in [0, 1]; got values from {A.min()} to {A.max()}."
        )
    return _cost(A, Y)


# --8<-- [end:cost]


def _log_likelihood(y_hat: NDArray[np.floating], y: NDArray[Any]) -> NDArray[np.float64]:
    r"""$y \log \hat{y} + (1 - y) \log(1 - \hat{y})$, with log(0) read as log(_TINY)."""
    log_p = np.log(np.maximum(y_hat, _TINY))
    log_1_minus_p = np.log(np.maximum(1 - y_hat, _TINY))
    ll: NDArray[np.float64] = y * log_p + (1 - y) * log_1_minus_p
    return ll


def _cost(A: NDArray[np.floating], Y: NDArray[Any]) -> float:
    """The cost without argument checks, for training loops."""
    return float(-np.sum(_log_likelihood(A, Y)) / Y.shape[1])
