"""Activations: values, limits, stability, derivatives against finite differences."""

import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dlnotes import activations as act

FUNCTIONS = [
    (act.sigmoid, act.sigmoid_derivative),
    (act.tanh, act.tanh_derivative),
    (act.relu, act.relu_derivative),
    (act.leaky_relu, act.leaky_relu_derivative),
]


def test_sigmoid_matches_the_formula():
    z = np.linspace(-10, 10, 41)
    np.testing.assert_array_equal(act.sigmoid(z), 1 / (1 + np.exp(-z)))


def test_sigmoid_is_stable_for_large_inputs():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = act.sigmoid(np.array([-1e4, -800.0, 0.0, 800.0, 1e4]))
    np.testing.assert_array_equal(s, [0.0, 0.0, 0.5, 1.0, 1.0])


def test_limits_and_ranges():
    z = np.linspace(-30, 30, 601)
    assert np.all((act.sigmoid(z) >= 0) & (act.sigmoid(z) <= 1))
    assert np.all(np.abs(act.tanh(z)) <= 1)
    assert act.sigmoid(np.array(0.0)) == 0.5
    assert act.tanh(np.array(0.0)) == 0.0


@pytest.mark.parametrize(("g", "g_prime"), FUNCTIONS)
@given(z=st.floats(min_value=-20, max_value=20).filter(lambda v: abs(v) > 1e-3))
def test_derivative_matches_finite_difference(g, g_prime, z):
    h = 1e-6
    numeric = (g(np.array(z + h)) - g(np.array(z - h))) / (2 * h)
    assert np.isclose(g_prime(np.array(z)), numeric, rtol=1e-5, atol=1e-9)


def test_conventions_at_zero():
    assert act.relu_derivative(np.array([0.0]))[0] == 0.0
    assert act.leaky_relu_derivative(np.array([0.0]))[0] == 0.01
    assert act.leaky_relu_derivative(np.array([0.0]), slope=0.2)[0] == 0.2


def test_sigmoid_derivative_is_not_sigmoid():
    """The derivative is g(z)(1 - g(z)), not g(z) (a common slip)."""
    z = np.array([1.0])
    assert act.sigmoid_derivative(z)[0] == pytest.approx(
        act.sigmoid(z)[0] * (1 - act.sigmoid(z)[0])
    )
    assert act.sigmoid_derivative(z)[0] != pytest.approx(act.sigmoid(z)[0])


@pytest.mark.parametrize(("g", "g_prime"), FUNCTIONS)
def test_inputs_are_not_modified_and_shapes_kept(g, g_prime):
    z = np.array([[-1.0, 0.5], [2.0, -3.0]])
    before = z.copy()
    assert g(z).shape == z.shape and g_prime(z).shape == z.shape
    np.testing.assert_array_equal(z, before)


def test_leaky_relu_rejects_bad_slope():
    with pytest.raises(ValueError, match="slope"):
        act.leaky_relu(np.zeros(2), slope=1.5)
