"""Analytic gradients against numerical ones, for random shapes and every activation."""

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dlnotes.gradcheck import (
    check_logistic_gradients,
    check_shallow_gradients,
    numerical_gradients,
    relative_difference,
)
from dlnotes.shallow import ACTIVATIONS

EPSILON = 1e-5  # the default step of dlnotes.gradcheck


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**31 - 1), n_x=st.integers(1, 6), m=st.integers(1, 10))
def test_logistic_gradients(seed, n_x, m):
    rng = np.random.RandomState(seed)
    X, Y = rng.randn(n_x, m), rng.randint(0, 2, (1, m))
    assert check_logistic_gradients(rng.randn(n_x, 1), float(rng.randn()), X, Y) < 1e-7


@pytest.mark.parametrize("activation", sorted(ACTIVATIONS))
@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**31 - 1),
    n_x=st.integers(1, 5),
    n_h=st.integers(1, 6),
    m=st.integers(1, 8),
)
def test_shallow_gradients(activation, seed, n_x, n_h, m):
    rng = np.random.RandomState(seed)
    X, Y = rng.randn(n_x, m), rng.randint(0, 2, (1, m))
    p = {
        "W1": rng.randn(n_h, n_x),
        "b1": rng.randn(n_h, 1),
        "W2": rng.randn(1, n_h),
        "b2": rng.randn(1, 1),
    }
    # A numerical derivative across a kink of ReLU / leaky ReLU is meaningless.
    Z1 = p["W1"] @ X + p["b1"]
    assume(activation not in ("relu", "leaky_relu") or np.min(np.abs(Z1)) > 10 * EPSILON)
    assert check_shallow_gradients(p, X, Y, activation) < 1e-7


def test_the_check_catches_a_wrong_gradient():
    """A gradient with the W2.T factor left out of dZ1 must fail the check."""
    rng = np.random.RandomState(0)
    X, Y = rng.randn(2, 5), rng.randint(0, 2, (1, 5))
    p = {"W1": rng.randn(3, 2), "b1": rng.randn(3, 1), "W2": rng.randn(1, 3), "b2": rng.randn(1, 1)}
    from dlnotes import shallow
    from dlnotes.losses import _cost

    _A2, cache = shallow.forward_propagation(X, p)
    grads = shallow.backward_propagation(p, cache, X, Y)
    dZ1_wrong = (cache["A2"] - Y) * (1 - cache["A1"] ** 2)  # no W2.T
    wrong = dict(grads, dW1=dZ1_wrong @ X.T / 5)
    approx = numerical_gradients(lambda q: _cost(shallow._forward(X, q, "tanh")[0], Y), p)
    assert relative_difference(grads, approx) < 1e-7
    assert relative_difference(wrong, approx) > 1e-2


def test_numerical_gradients_do_not_modify_params():
    params = {"a": np.array([[1.0, 2.0]])}
    numerical_gradients(lambda p: float(np.sum(p["a"] ** 3)), params)
    np.testing.assert_array_equal(params["a"], [[1.0, 2.0]])


def test_relative_difference_needs_matching_keys():
    with pytest.raises(KeyError, match="grads is missing 'dW1'"):
        relative_difference({"db1": np.zeros(1)}, {"dW1": np.zeros(1)})
