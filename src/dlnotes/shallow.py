r"""The one-hidden-layer ("2-layer") neural network (week 3).

Shapes follow the lectures: ``X`` is ``(n_x, m)``, ``Y`` is ``(1, m)``,
$W^{[1]}$ is $(n_h, n_x)$, $b^{[1]}$ is $(n_h, 1)$, $W^{[2]}$ is $(n_y, n_h)$ and
$b^{[2]}$ is $(n_y, 1)$. The hidden activation $g^{[1]}$ is tanh (default),
relu, leaky_relu or sigmoid; the output activation is the sigmoid.

Public functions check their arguments once; :func:`nn_model`'s training loop
calls the unchecked helpers, so it stays as lean as the bare math.

Two versions of the course's notebook circulate, and they start from different
random weights: the older one seeds ``initialize_parameters`` with 2 (flower:
90.75%), the newer one seeds ``nn_model`` with 3 and ``initialize_parameters``
not at all (flower: 90.5%, printed as 90%). Both draw $W^{[1]}$ then $W^{[2]}$
from the seeded stream, so ``seed=2`` (the default) reproduces the older one and
``seed=3`` the newer one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
from numpy.typing import NDArray

from dlnotes._validation import (
    ShapeError,
    check_labels,
    check_learning_rate,
    check_matrix,
    check_num_iterations,
    check_parameters,
    check_positive_int,
    check_probabilities,
    check_same_m,
    check_same_shape,
    check_seed,
    described,
)
from dlnotes.activations import leaky_relu, relu, sigmoid, tanh
from dlnotes.losses import _cost

__all__ = [
    "ACTIVATIONS",
    "backward_propagation",
    "compute_cost",
    "forward_propagation",
    "initialize_parameters",
    "layer_sizes",
    "nn_model",
    "predict",
    "update_parameters",
]

Array = NDArray[np.float64]
Parameters = dict[str, Array]

PARAMETER_KEYS = ("W1", "b1", "W2", "b2")
CACHE_KEYS = ("Z1", "A1", "Z2", "A2")
GRAD_KEYS = ("dW1", "db1", "dW2", "db2")

# --8<-- [start:ACTIVATIONS]
# Each hidden activation g, with its derivative g'(Z) written in terms of Z and
# of A = g(Z), so backprop can reuse A (for tanh, g'(Z) = 1 - A**2).
ACTIVATIONS: dict[str, tuple[Callable[[Array], Array], Callable[[Array, Array], Array]]] = {
    "tanh": (tanh, lambda Z, A: 1 - np.power(A, 2)),
    "relu": (relu, lambda Z, A: (Z > 0).astype(np.float64)),
    "leaky_relu": (leaky_relu, lambda Z, A: np.where(Z > 0, 1.0, 0.01)),
    "sigmoid": (sigmoid, lambda Z, A: A * (1 - A)),
}
# --8<-- [end:ACTIVATIONS]


def _check_activation(activation: str) -> None:
    if activation not in ACTIVATIONS:
        raise ValueError(
            f"activation must be one of {', '.join(map(repr, ACTIVATIONS))}; got {activation!r}."
        )


def _check_X_Y(X: Any, Y: Any) -> None:
    check_matrix("X", X, shape=("n_x", "m"))
    check_matrix("Y", Y, shape=("n_y", "m"))
    check_same_m("X", X, "Y", Y)
    check_labels("Y", Y)


def _check_parameters(parameters: Any, X: Array) -> Mapping[str, Array]:
    """Check every parameter's shape against each other and against ``X``."""
    checked = check_parameters("parameters", parameters, PARAMETER_KEYS)
    W1, W2 = checked["W1"], checked["W2"]
    check_matrix(
        "parameters['W1']", W1, shape=("n_h", "n_x"), cols=X.shape[0], match=described("X", X)
    )
    n_h = W1.shape[0]
    w1 = described("parameters['W1']", W1)
    check_matrix("parameters['b1']", checked["b1"], shape=("n_h", "1"), rows=n_h, cols=1, match=w1)
    check_matrix("parameters['W2']", W2, shape=("n_y", "n_h"), cols=n_h, match=w1)
    n_y = W2.shape[0]
    w2 = described("parameters['W2']", W2)
    check_matrix("parameters['b2']", checked["b2"], shape=("n_y", "1"), rows=n_y, cols=1, match=w2)
    return checked


# --8<-- [start:layer_sizes]
def layer_sizes(X: Array, Y: NDArray[Any]) -> tuple[int, int, int]:
    """Sizes of the three layers: ``(n_x, n_h, n_y)`` with ``n_h = 4``.

    >>> layer_sizes(np.zeros((5, 3)), np.zeros((2, 3)))
    (5, 4, 2)
    """
    check_matrix("X", X, shape=("n_x", "m"))
    check_matrix("Y", Y, shape=("n_y", "m"))
    check_same_m("X", X, "Y", Y)
    return X.shape[0], 4, Y.shape[0]


# --8<-- [end:layer_sizes]


# --8<-- [start:initialize_parameters]
def initialize_parameters(n_x: int, n_h: int, n_y: int, seed: int = 2) -> Parameters:
    r"""Random initialization: small Gaussian weights, zero biases.

    $W^{[1]} = 0.01 \cdot \mathrm{randn}(n_h, n_x)$, then
    $W^{[2]} = 0.01 \cdot \mathrm{randn}(n_y, n_h)$, drawn in that order from a
    legacy generator seeded with ``seed``; $b^{[1]} = 0$, $b^{[2]} = 0$.
    NumPy's global random state is left alone.

    The older course notebook seeds this function with 2 (the default). The
    newer one calls ``np.random.seed(3)`` in ``nn_model`` and draws the same
    two matrices from NumPy's global stream: ``seed=3`` gives those numbers.

    >>> p = initialize_parameters(2, 4, 1)
    >>> p["W1"]
    array([[-0.00416758, -0.00056267],
           [-0.02136196,  0.01640271],
           [-0.01793436, -0.00841747],
           [ 0.00502881, -0.01245288]])
    >>> p["W2"]
    array([[-0.01057952, -0.00909008,  0.00551454,  0.02292208]])
    >>> p["b1"].shape, p["b2"].shape
    ((4, 1), (1, 1))
    """
    n_x = check_positive_int("n_x", n_x)
    n_h = check_positive_int("n_h", n_h)
    n_y = check_positive_int("n_y", n_y)
    rng = np.random.RandomState(check_seed("seed", seed))
    W1 = rng.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = rng.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


# --8<-- [end:initialize_parameters]


# --8<-- [start:forward_propagation]
def forward_propagation(
    X: Array, parameters: Mapping[str, Array], activation: str = "tanh"
) -> tuple[Array, dict[str, Array]]:
    r"""Forward pass, the four equations:

    $Z^{[1]} = W^{[1]} X + b^{[1]}$, $A^{[1]} = g^{[1]}(Z^{[1]})$,
    $Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}$, $A^{[2]} = \sigma(Z^{[2]})$.

    Returns ``A2`` of shape ``(n_y, m)`` and ``cache = {"Z1", "A1", "Z2", "A2"}``.

    >>> p = initialize_parameters(2, 4, 1)
    >>> X = np.array([[1.0, -2.0, 0.5], [0.3, 1.0, -1.5]])
    >>> A2, cache = forward_propagation(X, p)
    >>> A2
    array([[0.50002804, 0.49975409, 0.50020991]])
    >>> cache["A1"].shape
    (4, 3)
    """
    check_matrix("X", X, shape=("n_x", "m"))
    _check_parameters(parameters, X)
    _check_activation(activation)
    return _forward(X, parameters, activation)


def _forward(
    X: Array, parameters: Mapping[str, Array], activation: str
) -> tuple[Array, dict[str, Array]]:
    g1 = ACTIVATIONS[activation][0]
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]  # (n_h, m)
    A1 = g1(Z1)  # (n_h, m)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]  # (n_y, m)
    A2 = sigmoid(Z2)  # (n_y, m)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


# --8<-- [end:forward_propagation]


# --8<-- [start:compute_cost]
def compute_cost(A2: Array, Y: NDArray[Any]) -> float:
    r"""Cross-entropy cost
    $J = -\dfrac{1}{m} \sum_{i=1}^{m} \big(y^{(i)} \log a^{[2](i)} + (1 - y^{(i)}) \log(1 - a^{[2](i)})\big)$.

    ``A2`` and ``Y`` have the same shape $(n_y, m)$. With one output unit
    ($n_y = 1$) this is the formula above. With $n_y > 1$ sigmoid output units
    (each a yes/no label of its own) the sum runs over all $n_y \cdot m$ entries
    and is still divided by $m$, as in the course's code: $J$ is the sum of the
    $n_y$ units' costs, the cost whose gradient :func:`backward_propagation`
    returns. A prediction of exactly 0 or 1 gives a finite cost (see
    :mod:`dlnotes.losses`).

    Raises if ``A2`` holds a value outside $[0, 1]$ or NaN, if ``Y`` holds a
    label other than 0 or 1, or if the shapes differ (naming both).

    >>> compute_cost(np.array([[0.5002307, 0.49985831, 0.50023963]]), np.array([[1, 0, 0]]))
    0.6930587610394646
    """
    check_matrix("A2", A2, shape=("n_y", "m"))
    check_matrix("Y", Y, shape=("n_y", "m"))
    check_same_shape("A2", A2, "Y", Y, shape="(n_y, m)")
    check_probabilities("A2", A2)
    check_labels("Y", Y)
    return _cost(A2, Y)


# --8<-- [end:compute_cost]


# --8<-- [start:backward_propagation]
def backward_propagation(
    parameters: Mapping[str, Array],
    cache: Mapping[str, Array],
    X: Array,
    Y: NDArray[Any],
    activation: str = "tanh",
) -> dict[str, Array]:
    r"""Backward pass, the six equations:

    $dZ^{[2]} = A^{[2]} - Y$,
    $dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T}$,
    $db^{[2]} = \frac{1}{m}$ ``np.sum(dZ2, axis=1, keepdims=True)``,
    $dZ^{[1]} = W^{[2]T} dZ^{[2]} * g^{[1]\prime}(Z^{[1]})$ (element-wise $*$),
    $dW^{[1]} = \frac{1}{m} dZ^{[1]} X^T$,
    $db^{[1]} = \frac{1}{m}$ ``np.sum(dZ1, axis=1, keepdims=True)``.

    Every gradient has the shape of its parameter.

    >>> p = initialize_parameters(2, 4, 1)
    >>> X = np.array([[1.0, -2.0, 0.5], [0.3, 1.0, -1.5]])
    >>> Y = np.array([[1, 0, 1]])
    >>> A2, cache = forward_propagation(X, p)
    >>> grads = backward_propagation(p, cache, X, Y)
    >>> {k: v.shape for k, v in grads.items()}
    {'dW1': (4, 2), 'db1': (4, 1), 'dW2': (1, 4), 'db2': (1, 1)}
    >>> grads["db2"]
    array([[-0.16666932]])
    """
    _check_X_Y(X, Y)
    _check_parameters(parameters, X)
    check_parameters("cache", cache, CACHE_KEYS)
    _check_activation(activation)
    m = X.shape[1]
    n_h, n_y = parameters["W1"].shape[0], parameters["W2"].shape[0]
    for key, rows, label, source in (
        ("Z1", n_h, "n_h", "W1"),
        ("A1", n_h, "n_h", "W1"),
        ("Z2", n_y, "n_y", "W2"),
        ("A2", n_y, "n_y", "W2"),
    ):
        check_matrix(
            f"cache[{key!r}]",
            cache[key],
            shape=(label, "m"),
            rows=rows,
            cols=m,
            match=f"{described(f'parameters[{source!r}]', parameters[source])} and "
            f"{described('X', X)}",
        )
    if Y.shape[0] != n_y:
        raise ShapeError(
            f"Y must have n_y = {n_y} rows to match parameters['W2'] of shape "
            f"{parameters['W2'].shape}; got Y of shape {Y.shape}."
        )
    return _backward(parameters, cache, X, Y, activation)


def _backward(
    parameters: Mapping[str, Array],
    cache: Mapping[str, Array],
    X: Array,
    Y: NDArray[Any],
    activation: str,
) -> dict[str, Array]:
    g1_prime = ACTIVATIONS[activation][1]
    m = X.shape[1]
    W2 = parameters["W2"]
    Z1, A1, A2 = cache["Z1"], cache["A1"], cache["A2"]
    dZ2 = A2 - Y  # (n_y, m)
    dW2 = (1 / m) * np.dot(dZ2, A1.T)  # (n_y, n_h)
    db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)  # (n_y, 1)
    dZ1 = np.dot(W2.T, dZ2) * g1_prime(Z1, A1)  # (n_h, m)
    dW1 = (1 / m) * np.dot(dZ1, X.T)  # (n_h, n_x)
    db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)  # (n_h, 1)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


# --8<-- [end:backward_propagation]


# --8<-- [start:update_parameters]
def update_parameters(
    parameters: Mapping[str, Array], grads: Mapping[str, Array], learning_rate: float = 1.2
) -> Parameters:
    r"""One gradient descent step, $W := W - \alpha\, dW$, $b := b - \alpha\, db$.

    Returns a new dict; ``parameters`` is not modified.

    >>> p = {"W1": np.ones((2, 2)), "b1": np.zeros((2, 1)), "W2": np.ones((1, 2)), "b2": np.zeros((1, 1))}
    >>> g = {"dW1": np.ones((2, 2)), "db1": np.ones((2, 1)), "dW2": np.ones((1, 2)), "db2": np.ones((1, 1))}
    >>> update_parameters(p, g, learning_rate=0.5)["W2"], p["W2"]
    (array([[0.5, 0.5]]), array([[1., 1.]]))
    """
    check_parameters("parameters", parameters, PARAMETER_KEYS)
    check_parameters("grads", grads, GRAD_KEYS)
    learning_rate = check_learning_rate(learning_rate)
    for key in PARAMETER_KEYS:  # dW has the shape of W, always
        param = check_matrix(f"parameters[{key!r}]", parameters[key], shape=("rows", "cols"))
        rows, cols = param.shape
        check_matrix(
            f"grads['d{key}']",
            grads["d" + key],
            shape=("rows", "cols"),
            rows=rows,
            cols=cols,
            match=described(f"parameters[{key!r}]", param),
        )
    return _update(parameters, grads, learning_rate)


def _update(
    parameters: Mapping[str, Array], grads: Mapping[str, Array], learning_rate: float
) -> Parameters:
    return {key: parameters[key] - learning_rate * grads["d" + key] for key in PARAMETER_KEYS}


# --8<-- [end:update_parameters]


# --8<-- [start:nn_model]
def nn_model(
    X: Array,
    Y: NDArray[Any],
    n_h: int,
    num_iterations: int = 10000,
    learning_rate: float = 1.2,
    print_cost: bool = False,
    seed: int = 2,
    activation: str = "tanh",
) -> Parameters:
    """Train the 2-layer network by gradient descent and return its parameters.

    Each iteration runs forward propagation, the cost, backward propagation
    and one update. With ``print_cost`` the cost is printed every 1000
    iterations.

    ``seed`` picks the course version to reproduce (see the module notes):
    2, the default, is the older notebook (the flower at 90.75%), 3 the
    newer one (90.5%, which it prints as 90%).

    >>> from dlnotes.datasets import load_planar_dataset
    >>> X, Y = load_planar_dataset()
    >>> parameters = nn_model(X, Y, n_h=4, num_iterations=1000)
    >>> float(np.mean(predict(parameters, X) == Y))
    0.8925
    """
    _check_X_Y(X, Y)
    n_h = check_positive_int("n_h", n_h)
    seed = check_seed("seed", seed)
    num_iterations = check_num_iterations(num_iterations)
    learning_rate = check_learning_rate(learning_rate)
    _check_activation(activation)
    n_x, n_y = X.shape[0], Y.shape[0]
    parameters = initialize_parameters(n_x, n_h, n_y, seed=seed)
    for i in range(num_iterations):
        A2, cache = _forward(X, parameters, activation)
        cost = _cost(A2, Y)
        grads = _backward(parameters, cache, X, Y, activation)
        parameters = _update(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters


# --8<-- [end:nn_model]


# --8<-- [start:predict]
def predict(parameters: Mapping[str, Array], X: Array, activation: str = "tanh") -> Array:
    """Predict labels: 1 where $a^{[2]} > 0.5$, else 0, as an array of shape ``(n_y, m)``.

    >>> p = initialize_parameters(2, 4, 1)
    >>> predict(p, np.array([[1.0, -2.0, 0.5], [0.3, 1.0, -1.5]]))
    array([[1., 0., 1.]])
    """
    check_matrix("X", X, shape=("n_x", "m"))
    _check_parameters(parameters, X)
    _check_activation(activation)
    A2, _ = _forward(X, parameters, activation)
    return (A2 > 0.5).astype(np.float64)


# --8<-- [end:predict]
