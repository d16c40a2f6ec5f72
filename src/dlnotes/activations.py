r"""Activation functions and their derivatives (week 3, "Activation functions").

Each function works element-wise on a number or an array of any shape and
returns new float64 values of the same shape (for a single number, a 0-d
result that ``float()`` converts); its input is never modified. The
derivatives take the pre-activation ``z``, as in the lectures' ``g'(z)``.
Like NumPy's own element-wise functions they accept $\pm\infty$, and all but
two pass NaN through (NaN in, NaN out): the ReLU and leaky ReLU derivatives,
which only test ``z > 0``, return their left-hand value (0, the slope) for
NaN. ``z`` that holds no real numbers (``None``, strings, complex numbers) is
rejected with an error naming ``z``.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from dlnotes._validation import as_real_array, check_scalar

__all__ = [
    "leaky_relu",
    "leaky_relu_derivative",
    "relu",
    "relu_derivative",
    "sigmoid",
    "sigmoid_derivative",
    "tanh",
    "tanh_derivative",
]

Array = NDArray[np.float64]


# --8<-- [start:sigmoid]
def sigmoid(z: ArrayLike) -> Array:
    r"""Sigmoid, $\sigma(z) = \dfrac{1}{1 + e^{-z}}$, element-wise.

    Its output lies in $(0, 1)$, so it can be read as a probability.
    For $z \to +\infty$, $\sigma(z) \to 1$; for $z \to -\infty$, $\sigma(z) \to 0$.
    In floating point the output rounds to exactly 1 for $z \geq 36.74$ or so
    and to exactly 0 for $z < -709.78$, where $e^{-z}$ overflows to infinity;
    that overflow is harmless and raises no warning.

    Examples
    --------
    >>> sigmoid(np.array([-1.0, 0.0, 2.0]))
    array([0.26894142, 0.5       , 0.88079708])
    >>> sigmoid(np.array([-1e4, 1e4]))
    array([0., 1.])
    """
    z = as_real_array("z", z)
    with np.errstate(over="ignore"):
        s: Array = 1.0 / (1.0 + np.exp(-z))
    return s


# --8<-- [end:sigmoid]


# --8<-- [start:sigmoid_derivative]
def sigmoid_derivative(z: ArrayLike) -> Array:
    r"""Derivative of the sigmoid, $g'(z) = \sigma(z)\,(1 - \sigma(z))$.

    It is largest at $z = 0$, where it equals $0.25$, and tends to 0 as $|z|$
    grows (in floating point it is exactly 0 once $\sigma(z)$ rounds to 1 or to 0).

    >>> sigmoid_derivative(np.array([0.0, 2.0, 10.0]))
    array([2.50000000e-01, 1.04993585e-01, 4.53958077e-05])
    """
    s = sigmoid(z)
    return s * (1.0 - s)


# --8<-- [end:sigmoid_derivative]


# --8<-- [start:tanh]
def tanh(z: ArrayLike) -> Array:
    r"""Hyperbolic tangent, $\tanh(z) = \dfrac{e^{z} - e^{-z}}{e^{z} + e^{-z}}$.

    Its output lies in $(-1, 1)$ (in floating point it rounds to $\pm 1$ for
    $|z| \geq 19$ or so). tanh is odd, $\tanh(-z) = -\tanh(z)$, so its graph
    is centred on zero: its outputs average near 0 when the inputs $z$ are
    spread evenly around 0, not for every input.

    >>> tanh(np.array([-1.0, 0.0, 2.0]))
    array([-0.76159416,  0.        ,  0.96402758])
    """
    return np.tanh(as_real_array("z", z))


# --8<-- [end:tanh]


# --8<-- [start:tanh_derivative]
def tanh_derivative(z: ArrayLike) -> Array:
    r"""Derivative of tanh, $g'(z) = 1 - \tanh^2(z)$.

    >>> tanh_derivative(np.array([0.0, 2.0]))
    array([1.        , 0.07065082])
    """
    t = tanh(z)
    return 1.0 - t**2


# --8<-- [end:tanh_derivative]


# --8<-- [start:relu]
def relu(z: ArrayLike) -> Array:
    r"""Rectified linear unit, $\mathrm{ReLU}(z) = \max(0, z)$.

    >>> relu(np.array([-2.0, 0.0, 3.0]))
    array([0., 0., 3.])
    """
    return np.maximum(0.0, as_real_array("z", z))


# --8<-- [end:relu]


# --8<-- [start:relu_derivative]
def relu_derivative(z: ArrayLike) -> Array:
    r"""Derivative of ReLU: $g'(z) = 1$ if $z > 0$, else $0$.

    At $z = 0$ ReLU has no derivative, and any value in $[0, 1]$ is a valid
    sub-gradient there. Two conventions are in use: the lecture writes
    $g'(z) = 1$ for $z \geq 0$, the course's assignment code uses $0$ at
    $z = 0$ (``np.int64(z > 0)``). Either works: a pre-activation is almost
    never exactly 0 in floating point (on the flower data the two train
    identical parameters). This package uses $0$, as the assignments do.

    >>> relu_derivative(np.array([-2.0, 0.0, 3.0]))
    array([0., 0., 1.])
    """
    return (as_real_array("z", z) > 0).astype(np.float64)


# --8<-- [end:relu_derivative]


# --8<-- [start:leaky_relu]
def leaky_relu(z: ArrayLike, slope: float = 0.01) -> Array:
    r"""Leaky ReLU, $g(z) = \max(0.01 z, z)$ (for the default slope $0.01$).

    Negative inputs keep a small slope, so the gradient is never exactly
    zero. ``slope`` must lie in $(0, 1)$: a slope of 0 is plain ReLU (use
    :func:`relu`), whose gradient is 0 for every $z < 0$.

    >>> leaky_relu(np.array([-2.0, 0.0, 3.0]))
    array([-0.02,  0.  ,  3.  ])
    """
    slope = _check_slope(slope)
    z = as_real_array("z", z)
    return np.where(z > 0, z, slope * z)


# --8<-- [end:leaky_relu]


# --8<-- [start:leaky_relu_derivative]
def leaky_relu_derivative(z: ArrayLike, slope: float = 0.01) -> Array:
    r"""Derivative of leaky ReLU: $g'(z) = 1$ if $z > 0$, else the slope ($0.01$).

    At $z = 0$ this package uses the slope, matching ReLU's convention of
    taking the left-hand value there.

    >>> leaky_relu_derivative(np.array([-2.0, 0.0, 3.0]))
    array([0.01, 0.01, 1.  ])
    """
    slope = _check_slope(slope)
    return np.where(as_real_array("z", z) > 0, 1.0, slope)


# --8<-- [end:leaky_relu_derivative]


def _check_slope(slope: float) -> float:
    slope = check_scalar("slope", slope)
    if slope == 0:
        raise ValueError(
            "slope must lie in (0, 1); got 0. A slope of 0 is plain ReLU "
            "(dlnotes.activations.relu), whose gradient is 0 for every z < 0."
        )
    if not 0 < slope < 1:
        raise ValueError(f"slope must lie in (0, 1); got {slope}.")
    return slope
