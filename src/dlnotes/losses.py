r"""The loss of one example and the cost over m examples (week 2, "Cost function").

The loss $\mathcal{L}$ measures one example; the cost $J$ is the mean loss
over the training set. Both are finite even when a prediction is exactly 0 or
1: inside a logarithm, a value below the smallest *normal* float,
``np.finfo(np.float64).tiny`` $\approx 2.2 \times 10^{-308}$, is replaced by it,
so $\log 0$ becomes about $-708.4$ instead of $-\infty$. This changes only the
predictions 0 and 1 and the subnormal ones below $2.2 \times 10^{-308}$ (for a
prediction below 1, $1 - \hat{y} \geq 2^{-53}$ is never that small), and it caps
the loss of one example at about 708.4.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from dlnotes._validation import (
    ShapeError,
    as_real_array,
    check_labels,
    check_matrix,
    check_probabilities,
    check_same_shape,
)

__all__ = ["cost", "loss"]

# The smallest normal positive float (about 2.2e-308): log(max(p, _TINY)) changes
# only a p below it, i.e. 0 (log(0) would be -inf) and the subnormal numbers.
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
    y_hat : number or array of predictions in $[0, 1]$
    y : number or array of labels 0 or 1, broadcastable against ``y_hat``

    Returns
    -------
    ndarray of the broadcast shape of ``y_hat`` and ``y`` (0-d for two numbers)

    Examples
    --------
    >>> loss(np.array([0.9, 0.9, 0.5]), np.array([1, 0, 1]))
    array([0.10536052, 2.30258509, 0.69314718])
    >>> loss(np.array([1.0, 0.0]), np.array([1, 1]))  # finite at the edges
    array([  0.        , 708.39641853])
    """
    y_hat, y = as_real_array("y_hat", y_hat), as_real_array("y", y)
    check_probabilities("y_hat", y_hat)
    check_labels("y", y)
    try:
        np.broadcast_shapes(y_hat.shape, y.shape)
    except ValueError:
        raise ShapeError(
            f"y_hat and y must have broadcastable shapes; y_hat has shape {y_hat.shape}, "
            f"y has shape {y.shape}."
        ) from None
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
    check_matrix("Y", Y, shape=("1", "m"), rows=1)
    check_same_shape("A", A, "Y", Y, shape="(1, m)")
    check_probabilities("A", A)
    check_labels("Y", Y)
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
