"""Logistic regression: the course's numbers, loop == vectorized, training, prediction."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dlnotes.datasets import load_two_gaussians
from dlnotes.logistic import (
    accuracy,
    initialize_with_zeros,
    model,
    optimize,
    predict,
    propagate,
    propagate_loop,
)


def test_propagate_reproduces_the_course_numbers():
    w, b = np.array([[1.0], [2.0]]), 2.0
    X = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]])
    Y = np.array([[1, 0, 1]])
    grads, cost = propagate(w, b, X, Y)
    np.testing.assert_allclose(grads["dw"], [[0.99845601], [2.39507239]], rtol=0, atol=5e-9)
    assert grads["db"] == pytest.approx(0.00145557813678, abs=1e-14)
    assert cost == 5.801545319394553


def test_optimize_reproduces_the_course_numbers():
    w, b = np.array([[1.0], [2.0]]), 2.0
    X = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]])
    Y = np.array([[1, 0, 1]])
    params, grads, costs = optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009)
    np.testing.assert_allclose(params["w"], [[0.19033591], [0.12259159]], atol=5e-9)
    assert params["b"] == pytest.approx(1.92535983008, abs=1e-11)
    np.testing.assert_allclose(grads["dw"], [[0.67752042], [1.41625495]], atol=5e-9)
    assert grads["db"] == pytest.approx(0.219194504541, abs=1e-12)
    assert costs == [5.801545319394553]
    np.testing.assert_array_equal(w, [[1.0], [2.0]])  # input not modified


def test_costs_every_100_iterations_including_0():
    X, Y, _, _ = load_two_gaussians(m_train=50, m_test=10)
    w, b = initialize_with_zeros(2)
    _, _, costs = optimize(w, b, X, Y, num_iterations=450, learning_rate=0.1)
    assert len(costs) == 5  # iterations 0, 100, 200, 300, 400
    assert costs[0] == pytest.approx(np.log(2))  # w = 0 predicts 0.5 everywhere
    assert all(c1 > c2 for c1, c2 in itertools.pairwise(costs))


def test_zero_iterations_returns_the_start():
    w, b = initialize_with_zeros(2)
    X, Y = np.array([[1.0], [2.0]]), np.array([[1]])
    params, _grads, costs = optimize(w, b, X, Y, num_iterations=0)
    assert costs == [] and params["b"] == 0.0 and params["w"] is w


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 2**31 - 1),
    n_x=st.integers(1, 6),
    m=st.integers(1, 8),
)
def test_loop_and_vectorized_agree(seed, n_x, m):
    rng = np.random.RandomState(seed)
    w, b = rng.randn(n_x, 1), float(rng.randn())
    X, Y = rng.randn(n_x, m), rng.randint(0, 2, (1, m))
    (g_vec, c_vec), (g_loop, c_loop) = propagate(w, b, X, Y), propagate_loop(w, b, X, Y)
    np.testing.assert_allclose(g_loop["dw"], g_vec["dw"], rtol=1e-10, atol=1e-12)
    assert g_loop["db"] == pytest.approx(g_vec["db"], rel=1e-10, abs=1e-12)
    assert c_loop == pytest.approx(c_vec, rel=1e-10)
    assert g_vec["dw"].shape == (n_x, 1) and isinstance(g_vec["db"], float)


# Quarters keep every product w_j x_j and every sum z exact in floating point, so
# the loop and np.dot compute the very same z, whatever the order of the sum; the
# range reaches z far beyond the points where sigma(z) rounds to exactly 1 (z >= 36.74)
# and where e^{-z} overflows (z < -709.78).
quarters = st.integers(-400, 400).map(lambda k: k / 4)


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    n_x=st.integers(1, 4),
    m=st.integers(1, 6),
)
def test_loop_equals_vectorized_on_every_finite_input(data, n_x, m):
    """Same numbers as propagate, including confident (saturated) predictions."""
    w = np.array(data.draw(st.lists(quarters, min_size=n_x, max_size=n_x))).reshape(n_x, 1)
    X = np.array(data.draw(st.lists(quarters, min_size=n_x * m, max_size=n_x * m)))
    X = X.reshape(n_x, m)
    b = data.draw(quarters)
    Y = np.array([data.draw(st.lists(st.sampled_from([0, 1]), min_size=m, max_size=m))])
    (g_vec, c_vec), (g_loop, c_loop) = propagate(w, b, X, Y), propagate_loop(w, b, X, Y)
    assert np.isfinite(c_loop) and np.isfinite(c_vec)
    assert c_loop == pytest.approx(c_vec, rel=1e-12, abs=1e-300)
    atol = 1e-12 * (1 + np.abs(X).sum())  # the two sums of x_j dz run in different orders
    np.testing.assert_allclose(g_loop["dw"], g_vec["dw"], rtol=1e-12, atol=atol)
    assert g_loop["db"] == pytest.approx(g_vec["db"], rel=1e-12, abs=1e-12)


@pytest.mark.parametrize(
    ("z", "y", "expected_cost"),
    [
        (40.0, 1, 0.0),  # a rounds to exactly 1.0: a confident correct prediction
        (-40.0, 0, 0.0),  # 1 - a rounds to exactly 1.0 (the true loss is 4.2e-18)
        (800.0, 1, 0.0),
        (-800.0, 0, 0.0),  # e^{800} overflows: sigma(-800) is 0.0
        (40.0, 0, 708.3964185322641),  # -log(0) read as -log of the smallest normal float
        (-800.0, 1, 708.3964185322641),
    ],
)
def test_loop_handles_saturated_predictions_like_propagate(z, y, expected_cost):
    w, X, Y = np.array([[1.0]]), np.array([[z]]), np.array([[y]])
    (g_vec, c_vec), (g_loop, c_loop) = propagate(w, 0.0, X, Y), propagate_loop(w, 0.0, X, Y)
    assert c_loop == c_vec == pytest.approx(expected_cost, rel=1e-15, abs=1e-300)
    assert g_loop["db"] == pytest.approx(g_vec["db"], rel=1e-15)  # math.exp vs np.exp: 1 ulp
    assert g_loop["dw"][0, 0] == pytest.approx(g_vec["dw"][0, 0], rel=1e-15)


def test_predict_is_strictly_greater_than_half():
    w, b = np.array([[0.0]]), 0.0  # every a is exactly 0.5
    np.testing.assert_array_equal(predict(w, b, np.array([[1.0, -1.0]])), [[0.0, 0.0]])
    w, b = np.array([[0.1124579], [0.23106775]]), -0.3
    X = np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]])
    np.testing.assert_array_equal(predict(w, b, X), [[1.0, 1.0, 0.0]])


def test_model_learns_the_two_gaussians():
    X_train, Y_train, X_test, Y_test = load_two_gaussians()
    d = model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=0.1)
    assert set(d) == {
        "costs",
        "Y_prediction_test",
        "Y_prediction_train",
        "w",
        "b",
        "learning_rate",
        "num_iterations",
    }
    assert d["Y_prediction_train"].shape == (1, 300) and d["Y_prediction_test"].shape == (1, 100)
    assert accuracy(d["Y_prediction_train"], Y_train) > 85
    assert accuracy(d["Y_prediction_test"], Y_test) > 85
    assert d["w"].shape == (2, 1) and len(d["costs"]) == 10


def test_model_prints_accuracy(capsys):
    X_train, Y_train, X_test, Y_test = load_two_gaussians(m_train=40, m_test=20)
    model(X_train, Y_train, X_test, Y_test, num_iterations=200, print_cost=True)
    out = capsys.readouterr().out
    assert "Cost after iteration 0: 0.693147" in out
    assert "Cost after iteration 100:" in out
    assert "train accuracy:" in out and "test accuracy:" in out
