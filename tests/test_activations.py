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


@pytest.mark.parametrize("slope", [0, 0.0, -0.01, 1, float("nan")])
def test_leaky_relu_slope_must_be_strictly_between_0_and_1(slope):
    """slope = 0 would be ReLU, whose gradient is 0 for z < 0: the docstring's claim
    that leaky ReLU's gradient is never exactly zero holds only because 0 is rejected."""
    for f in (act.leaky_relu, act.leaky_relu_derivative):
        with pytest.raises(ValueError, match=r"slope must"):
            f(np.array([-1.0]), slope=slope)


@given(
    z=st.floats(allow_nan=False, allow_infinity=False, width=64),
    slope=st.floats(min_value=1e-6, max_value=0.99),
)
def test_leaky_relu_gradient_is_never_zero(z, slope):
    assert act.leaky_relu_derivative(np.array(z), slope=slope) > 0


def test_relu_derivative_conventions_at_zero_train_the_same():
    """The lecture's g'(0) = 1 and the assignments' g'(0) = 0 give identical training
    on the flower data: no pre-activation is ever exactly 0 (relu_derivative's docstring)."""
    from dlnotes import shallow
    from dlnotes.datasets import load_planar_dataset

    X, Y = load_planar_dataset()
    assignment = shallow.nn_model(X, Y, 4, num_iterations=2000, activation="relu")
    g, _ = shallow.ACTIVATIONS["relu"]
    lecture_derivative = (g, lambda Z, A: (Z >= 0).astype(np.float64))  # g'(0) = 1
    original = shallow.ACTIVATIONS["relu"]
    shallow.ACTIVATIONS["relu"] = lecture_derivative
    try:
        lecture = shallow.nn_model(X, Y, 4, num_iterations=2000, activation="relu")
    finally:
        shallow.ACTIVATIONS["relu"] = original
    for key in assignment:
        np.testing.assert_array_equal(lecture[key], assignment[key])


@given(z=st.floats(min_value=-50, max_value=50))
def test_tanh_is_odd_and_sigmoid_is_not(z):
    """tanh is zero-centred because it is odd; the sigmoid is centred on 0.5 instead."""
    assert act.tanh(np.array(-z)) == -act.tanh(np.array(z))
    assert act.sigmoid(np.array(-z)) == pytest.approx(1 - act.sigmoid(np.array(z)), abs=1e-15)


def test_tanh_outputs_average_near_zero_only_when_z_does():
    rng = np.random.RandomState(0)
    z = rng.randn(100_000)
    assert abs(act.tanh(z).mean()) < 0.01  # z spread evenly around 0
    assert act.tanh(z + 2).mean() > 0.8  # z around 2: outputs far from 0 on average


def test_floating_point_limits_in_the_docstrings():
    assert act.sigmoid(np.array(36.74)) == 1.0 and act.sigmoid(np.array(36.73)) < 1.0
    assert act.sigmoid(np.array(-709.79)) == 0.0 and act.sigmoid(np.array(-709.78)) > 0.0
    assert act.sigmoid_derivative(np.array(36.74)) == 0.0
    assert act.tanh(np.array(19.0)) == 1.0 and act.tanh(np.array(18.9)) < 1.0


def test_nan_passes_through_and_non_numbers_are_rejected():
    for g, g_prime in FUNCTIONS:
        assert np.isnan(g(np.array([np.nan]))).all()
        with pytest.raises(TypeError, match=r"z must be a real number"):
            g(None)
        with pytest.raises(TypeError, match=r"z must be a real number"):
            g_prime("1.0")
    assert act.sigmoid([-np.inf, np.inf]).tolist() == [0.0, 1.0]
