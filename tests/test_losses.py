"""Loss and cost: the formula, both label cases, edges, argument checks."""

import numpy as np
import pytest

from dlnotes.losses import cost, loss


def test_loss_has_one_outer_minus():
    y_hat, y = np.array([0.3, 0.8]), np.array([1.0, 0.0])
    expected = -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))
    np.testing.assert_allclose(loss(y_hat, y), expected, rtol=0, atol=0)


def test_the_two_cases():
    # y = 1: -log(y_hat), small when y_hat is large
    assert loss(0.99, 1) < loss(0.5, 1) < loss(0.01, 1)
    assert loss(0.7, 1) == pytest.approx(-np.log(0.7))
    # y = 0: -log(1 - y_hat), small when y_hat is small
    assert loss(0.01, 0) < loss(0.5, 0) < loss(0.99, 0)
    assert loss(0.7, 0) == pytest.approx(-np.log(0.3))


def test_finite_at_exact_zero_and_one():
    values = loss(np.array([0.0, 1.0, 0.0, 1.0]), np.array([0, 1, 1, 0]))
    assert np.all(np.isfinite(values))
    assert values[0] == 0.0 and values[1] == 0.0
    assert cost(np.array([[0.0, 1.0]]), np.array([[1, 0]])) < np.inf


def test_cost_is_the_mean_loss():
    rng = np.random.RandomState(0)
    A, Y = rng.rand(1, 7), rng.randint(0, 2, (1, 7))
    assert cost(A, Y) == pytest.approx(np.mean(loss(A, Y)), rel=1e-15)


def test_cost_rejects_bad_arguments():
    with pytest.raises(ValueError, match=r"Y must hold labels 0 or 1 only; got 2"):
        cost(np.array([[0.5, 0.5]]), np.array([[1, 2]]))
    with pytest.raises(ValueError, match=r"rank-1 array of shape \(2,\)"):
        cost(np.array([0.5, 0.5]), np.array([[1, 0]]))
    with pytest.raises(ValueError, match=r"A must hold predictions in \[0, 1\]"):
        cost(np.array([[1.5, 0.5]]), np.array([[1, 0]]))
