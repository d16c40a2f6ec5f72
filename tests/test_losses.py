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


def test_log_zero_is_read_as_log_of_the_smallest_normal_float():
    """The module docstring: the clamp is the smallest *normal* float, about 2.2e-308."""
    tiny = np.finfo(np.float64).tiny
    assert tiny == 2.2250738585072014e-308 and np.log(tiny) == pytest.approx(-708.3964185322641)
    assert loss(0.0, 1) == -np.log(tiny)  # the cap on one example's loss
    assert loss(1.0, 0) == -np.log(tiny)
    subnormal = 1e-310  # strictly inside (0, 1), yet below tiny: clamped too
    assert subnormal < tiny and loss(subnormal, 1) == -np.log(tiny)
    assert loss(subnormal, 1) != -np.log(subnormal)
    assert loss(tiny, 1) == -np.log(tiny)  # from tiny up, the formula is exact
    assert loss(1e-300, 1) == -np.log(1e-300)
    below_one = np.nextafter(1.0, 0.0)  # 1 - 2**-53: 1 - y_hat is never below tiny
    assert loss(below_one, 0) == -np.log(2.0**-53)


def test_loss_of_numbers_and_arrays():
    assert loss(0.9, 1).shape == ()
    assert loss(np.full((2, 3), 0.5), np.array([[1], [0]])).shape == (2, 3)  # broadcast


def test_cost_checks_both_shapes_and_the_range():
    with pytest.raises(ValueError, match=r"A and Y must have the same shape"):
        cost(np.array([[0.5, 0.5, 0.5]]), np.array([[1, 0]]))
    with pytest.raises(ValueError, match=r"A must hold finite numbers; got nan"):
        cost(np.array([[0.5, np.nan]]), np.array([[1, 0]]))
    with pytest.raises(ValueError, match=r"A must hold predictions in \[0, 1\].*got -0.5"):
        cost(np.array([[-0.5, 0.5]]), np.array([[1, 0]]))
