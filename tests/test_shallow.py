"""The 2-layer network: the course's seeds and results, shapes, purity."""

import numpy as np
import pytest

from dlnotes.datasets import load_planar_dataset
from dlnotes.shallow import (
    backward_propagation,
    compute_cost,
    forward_propagation,
    initialize_parameters,
    layer_sizes,
    nn_model,
    predict,
    update_parameters,
)


@pytest.fixture(scope="module")
def flower():
    return load_planar_dataset()


@pytest.fixture(scope="module")
def trained(flower):
    X, Y = flower
    return nn_model(X, Y, n_h=4, num_iterations=10000, learning_rate=1.2)


def course_accuracy(Y, predictions):
    """The course's formula: (Y . P^T + (1 - Y) . (1 - P)^T) / m * 100."""
    Y = Y.astype(float)
    return float((np.dot(Y, predictions.T) + np.dot(1 - Y, 1 - predictions.T))[0, 0] / Y.size * 100)


def test_flower_network_reaches_90_75_percent(flower, trained):
    X, Y = flower
    assert course_accuracy(Y, predict(trained, X)) == 90.75


@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_linear_classifier_fails_on_the_flower(flower):
    from sklearn.linear_model import LogisticRegressionCV

    X, Y = flower
    clf = LogisticRegressionCV()
    clf.fit(X.T, Y.ravel())
    assert clf.score(X.T, Y.ravel()) == pytest.approx(0.47, abs=0.01)


def test_initialization_follows_the_course_and_leaves_global_state():
    np.random.seed(123)
    state = np.random.get_state()[1].copy()
    p = initialize_parameters(2, 4, 1)
    np.testing.assert_array_equal(np.random.get_state()[1], state)
    rng = np.random.RandomState(2)
    np.testing.assert_array_equal(p["W1"], rng.randn(4, 2) * 0.01)
    np.testing.assert_array_equal(p["W2"], rng.randn(1, 4) * 0.01)
    assert not p["b1"].any() and p["b1"].shape == (4, 1)
    assert not p["b2"].any() and p["b2"].shape == (1, 1)  # (n_y, 1), not (n_h, 1)


def test_the_course_cost_example():
    A2 = np.array([[0.5002307, 0.49985831, 0.50023963]])
    assert compute_cost(A2, np.array([[True, False, False]]).astype(int)) == 0.6930587610394646


@pytest.mark.parametrize("activation", ["tanh", "relu", "leaky_relu", "sigmoid"])
def test_shapes_and_no_rank_1_arrays(activation):
    rng = np.random.RandomState(0)
    X, Y = rng.randn(3, 5), rng.randint(0, 2, (1, 5))
    p = initialize_parameters(3, 4, 1)
    _A2, cache = forward_propagation(X, p, activation)
    assert {k: v.shape for k, v in cache.items()} == {
        "Z1": (4, 5),
        "A1": (4, 5),
        "Z2": (1, 5),
        "A2": (1, 5),
    }
    grads = backward_propagation(p, cache, X, Y, activation)
    for key in ("W1", "b1", "W2", "b2"):
        assert grads["d" + key].shape == p[key].shape  # dW has the shape of W, always
        assert grads["d" + key].ndim == 2


def test_nothing_is_modified_in_place(flower):
    X, Y = flower
    X0, Y0 = X.copy(), Y.copy()
    p = initialize_parameters(2, 4, 1)
    p0 = {k: v.copy() for k, v in p.items()}
    _, cache = forward_propagation(X, p)
    grads = backward_propagation(p, cache, X, Y)
    new = update_parameters(p, grads, 1.2)
    nn_model(X, Y, 3, num_iterations=5)
    for k in p:
        np.testing.assert_array_equal(p[k], p0[k])
        assert new[k] is not p[k]
    np.testing.assert_array_equal(X, X0)
    np.testing.assert_array_equal(Y, Y0)


def test_layer_sizes():
    assert layer_sizes(np.zeros((5, 3)), np.zeros((2, 3))) == (5, 4, 2)


def test_nn_model_prints_cost(capsys, flower):
    X, Y = flower
    nn_model(X, Y, 4, num_iterations=3000, print_cost=True)
    out = capsys.readouterr().out.splitlines()
    assert out == [  # the course's printed costs
        "Cost after iteration 0: 0.693048",
        "Cost after iteration 1000: 0.288083",
        "Cost after iteration 2000: 0.254385",
    ]


@pytest.mark.parametrize("activation", ["relu", "leaky_relu", "sigmoid"])
def test_other_activations_train(flower, activation):
    X, Y = flower
    p = nn_model(X, Y, 4, num_iterations=2000, activation=activation)
    assert np.mean(predict(p, X, activation) == Y) > 0.6


@pytest.mark.parametrize(
    ("name", "derivative"),
    [
        ("tanh", "tanh_derivative"),
        ("relu", "relu_derivative"),
        ("leaky_relu", "leaky_relu_derivative"),
        ("sigmoid", "sigmoid_derivative"),
    ],
)
def test_backprop_derivatives_match_the_activation_module(name, derivative):
    """ACTIVATIONS writes g'(Z) through A = g(Z); it must equal dlnotes.activations' g'."""
    from dlnotes import activations
    from dlnotes.shallow import ACTIVATIONS

    Z = np.linspace(-4, 4, 81).reshape(9, 9)
    g, g_prime = ACTIVATIONS[name]
    np.testing.assert_allclose(g_prime(Z, g(Z)), getattr(activations, derivative)(Z), atol=1e-15)
