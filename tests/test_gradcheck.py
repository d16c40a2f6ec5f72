"""Analytic gradients against numerical ones, for random shapes and every activation."""

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dlnotes.gradcheck import (
    check_logistic_gradients,
    check_shallow_gradients,
    crosses_kink,
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
    assume(not crosses_kink(p, X, activation))
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


def test_check_shallow_gradients_fails_a_broken_gradient():
    rng = np.random.RandomState(1)
    X, Y = rng.randn(2, 6), rng.randint(0, 2, (1, 6))
    p = {"W1": rng.randn(3, 2), "b1": rng.randn(3, 1), "W2": rng.randn(1, 3), "b2": rng.randn(1, 1)}
    from dlnotes import shallow

    _, cache = shallow.forward_propagation(X, p)
    good = shallow.backward_propagation(p, cache, X, Y)
    assert check_shallow_gradients(p, X, Y, grads=good) < 1e-7
    for key in good:  # 1/m left out of any one gradient
        assert check_shallow_gradients(p, X, Y, grads=dict(good, **{key: 6 * good[key]})) > 1e-2


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**31 - 1),
    n_x=st.integers(1, 4),
    m=st.integers(1, 5),
    factor=st.sampled_from([0.25, 0.5, 0.9, 1.1, 2.0, 4.0]),
    scale_x=st.sampled_from([0.01, 1.0, 100.0]),
)
def test_the_stated_kink_condition_for_one_hidden_layer(seed, n_x, m, factor, scale_x):
    """One hidden layer: some nudge crosses the kink exactly when, for some unit j and
    example i, |z_j| < epsilon * max_k |x_k| (a weight) or |z_j| < epsilon (the bias).

    One z is placed at ``factor`` times that threshold; every other z is far away.
    """
    rng = np.random.RandomState(seed)
    X = scale_x * rng.uniform(0.5, 1.0, (n_x, m)) * rng.choice([-1, 1], (n_x, m))
    W1 = rng.uniform(0.5, 1.0, (2, n_x))
    i = int(rng.randint(m))
    threshold = EPSILON * max(1.0, float(np.max(np.abs(X[:, i]))))
    z_target = factor * threshold * rng.choice([-1, 1])
    b1 = np.array([[z_target - float(W1[0] @ X[:, i])], [1e3 * (1 + scale_x * n_x)]])
    p = {"W1": W1, "b1": b1, "W2": np.array([[1.0, -1.0]]), "b2": np.array([[0.0]])}
    Z1 = W1 @ X + b1
    others = np.delete(np.abs(Z1[0]), i)
    assume(others.size == 0 or float(np.min(others)) > 10 * EPSILON * (1 + scale_x))
    assume(abs(abs(Z1[0, i]) - threshold) > 1e-3 * threshold)  # not on the boundary itself
    expected = bool(abs(Z1[0, i]) < threshold)
    assert crosses_kink(p, X, "relu") is expected
    assert crosses_kink(p, X, "leaky_relu") is expected
    assert crosses_kink(p, X, "tanh") is False
