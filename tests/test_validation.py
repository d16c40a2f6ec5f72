"""Bad input: every public function fails early, naming the argument, the
expected shape or value and the actual one; nothing is modified."""

import numpy as np
import pytest

from dlnotes import (
    MissingParameterError,
    NotAnArrayError,
    ShapeError,
    activations,
    datasets,
    graph,
    logistic,
    losses,
    shallow,
)

X = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]])
Y = np.array([[1, 0, 1]])
w = np.array([[1.0], [2.0]])
P = shallow.initialize_parameters(2, 4, 1)


def with_nan(a):
    a = a.astype(float).copy()
    a[0, 1] = np.nan
    return a


CASES = [
    # (call, error type, pattern the message must match)
    (
        lambda: logistic.propagate(w, 2.0, X[0], Y),
        ShapeError,
        r"X must be a 2-D array of shape \(n_x, m\); got a rank-1 array of shape \(3,\)",
    ),
    (
        lambda: logistic.propagate(w, 2.0, X, Y[0]),
        ShapeError,
        r"Y must be a 2-D array of shape \(1, m\); got a rank-1 array of shape \(3,\)",
    ),
    (
        lambda: logistic.propagate(w, 2.0, X, Y[:, :2]),
        ShapeError,
        r"X and Y must have the same number of examples m.*\(2, 3\).*\(1, 2\)",
    ),
    (
        lambda: logistic.propagate(w[:1], 2.0, X, Y),
        ShapeError,
        r"w must have shape \(n_x=2, 1\) to match X of shape \(2, 3\); got shape \(1, 1\)",
    ),
    (
        lambda: logistic.propagate(w.ravel(), 2.0, X, Y),
        ShapeError,
        r"w must be a 2-D array.*rank-1 array of shape \(2,\)",
    ),
    (
        lambda: logistic.propagate(w, 2.0, X, np.array([[1, 2, 0]])),
        ValueError,
        r"Y must hold labels 0 or 1 only; got 2",
    ),
    (
        lambda: logistic.propagate(w, 2.0, with_nan(X), Y),
        ValueError,
        r"X must hold finite numbers; got nan at index \(0, 1\)",
    ),
    (lambda: logistic.propagate(w, np.inf, X, Y), ValueError, r"b must be finite; got inf"),
    (
        lambda: logistic.propagate(w, 2.0, np.zeros((2, 0)), np.zeros((1, 0))),
        ShapeError,
        r"X must not be empty; got shape \(2, 0\)",
    ),
    (
        lambda: logistic.propagate(w, 2.0, X.tolist(), Y),
        NotAnArrayError,
        r"X must be a numpy array of shape \(n_x, m\); got list",
    ),
    (
        lambda: logistic.optimize(w, 2.0, X, Y, learning_rate=0),
        ValueError,
        r"learning_rate must be a finite number > 0; got 0",
    ),
    (
        lambda: logistic.optimize(w, 2.0, X, Y, learning_rate=-0.1),
        ValueError,
        r"learning_rate must be a finite number > 0; got -0.1",
    ),
    (
        lambda: logistic.optimize(w, 2.0, X, Y, num_iterations=-1),
        ValueError,
        r"num_iterations must be >= 0; got -1",
    ),
    (
        lambda: logistic.optimize(w, 2.0, X, Y, num_iterations=2.5),
        NotAnArrayError,
        r"num_iterations must be a whole number; got 2.5",
    ),
    (lambda: logistic.initialize_with_zeros(0), ValueError, r"dim must be >= 1; got 0"),
    (
        lambda: logistic.model(X, Y, X[:1], Y),
        ShapeError,
        r"X_test must have shape \(n_x=2, m_test\) to match X_train of shape \(2, 3\); "
        r"got shape \(1, 3\)",
    ),
    (
        lambda: shallow.forward_propagation(X, {"W1": P["W1"], "b1": P["b1"]}),
        MissingParameterError,
        r"parameters is missing 'W2', 'b2'; it has 'W1', 'b1'",
    ),
    (
        lambda: shallow.forward_propagation(np.ones((3, 5)), P),
        ShapeError,
        r"parameters\['W1'\] must have shape \(n_h, n_x=3\) to match X of shape \(3, 5\); "
        r"got shape \(4, 2\)",
    ),
    (
        lambda: shallow.forward_propagation(X, dict(P, b2=np.zeros((4, 1)))),
        ShapeError,
        r"parameters\['b2'\] must have shape \(n_y=1, 1\) to match parameters\['W2'\] "
        r"of shape \(1, 4\); got shape \(4, 1\)",
    ),
    (
        lambda: shallow.forward_propagation(X, dict(P, b1=np.zeros(4))),
        ShapeError,
        r"parameters\['b1'\] must be a 2-D array.*rank-1 array of shape \(4,\)",
    ),
    (
        lambda: shallow.forward_propagation(X, P, activation="softmax"),
        ValueError,
        r"activation must be one of 'tanh', 'relu', 'leaky_relu', 'sigmoid'; got 'softmax'",
    ),
    (lambda: shallow.nn_model(X, Y, n_h=0), ValueError, r"n_h must be >= 1; got 0"),
    (
        lambda: shallow.nn_model(X, Y, 4, learning_rate=float("nan")),
        ValueError,
        r"learning_rate must be a finite number > 0; got nan",
    ),
    (
        lambda: shallow.nn_model(X, Y, 4, num_iterations=-5),
        ValueError,
        r"num_iterations must be >= 0; got -5",
    ),
    (
        lambda: shallow.nn_model(X, np.array([[0.5, 1, 0]]), 4),
        ValueError,
        r"Y must hold labels 0 or 1 only; got 0.5",
    ),
    (
        lambda: shallow.update_parameters(P, {"dW1": P["W1"]}),
        MissingParameterError,
        r"grads is missing 'db1', 'dW2', 'db2'",
    ),
    (
        lambda: shallow.update_parameters(
            P, {"dW1": P["W1"].T, "db1": P["b1"], "dW2": P["W2"], "db2": P["b2"]}
        ),
        ShapeError,
        r"grads\['dW1'\] must have shape \(rows=4, cols=2\) to match parameters\['W1'\] "
        r"of shape \(4, 2\); got shape \(2, 4\)",
    ),
    (
        lambda: shallow.backward_propagation(P, {"Z1": 0}, X, Y),
        MissingParameterError,
        r"cache is missing 'A1', 'Z2', 'A2'",
    ),
    # A mismatch names both arguments and both shapes, whichever is "wrong".
    (
        lambda: shallow.compute_cost(np.array([[0.5, 0.5]]), np.array([[1, 0, 1]])),
        ShapeError,
        r"A2 and Y must have the same shape \(n_y, m\); A2 has shape \(1, 2\), "
        r"Y has shape \(1, 3\)",
    ),
    (
        lambda: shallow.compute_cost(np.full((2, 3), 0.5), np.array([[1, 0, 1]])),
        ShapeError,
        r"A2 and Y must have the same shape \(n_y, m\); A2 has shape \(2, 3\), "
        r"Y has shape \(1, 3\)",
    ),
    (
        lambda: shallow.compute_cost(np.array([[1.5, 0.5]]), np.array([[1, 0]])),
        ValueError,
        r"A2 must hold predictions in \[0, 1\] \(sigmoid outputs\); got 1.5 at index \(0, 0\)",
    ),
    (
        lambda: shallow.compute_cost(np.array([[0.5, -1e-9]]), np.array([[1, 0]])),
        ValueError,
        r"A2 must hold predictions in \[0, 1\].*got -1e-09 at index \(0, 1\)",
    ),
    (
        lambda: shallow.compute_cost(with_nan(np.array([[0.5, 0.5]])), np.array([[1, 0]])),
        ValueError,
        r"A2 must hold finite numbers; got nan at index \(0, 1\)",
    ),
    (
        lambda: shallow.compute_cost(np.array([[0.5, 0.5]]), np.array([[1, 2]])),
        ValueError,
        r"Y must hold labels 0 or 1 only; got 2",
    ),
    (
        lambda: losses.cost(np.array([[0.5, 0.5]]), np.array([[1, 0, 1]])),
        ShapeError,
        r"A and Y must have the same shape \(1, m\); A has shape \(1, 2\), Y has shape \(1, 3\)",
    ),
    (
        lambda: losses.loss(np.array([0.5, 1.2]), np.array([1, 0])),
        ValueError,
        r"y_hat must hold predictions in \[0, 1\] \(sigmoid outputs\); got 1.2 at index \(1,\)",
    ),
    (
        lambda: losses.loss(float("nan"), 1),
        ValueError,
        r"y_hat must hold predictions in \[0, 1\] \(sigmoid outputs\); got nan\.",
    ),
    (lambda: losses.loss(0.5, 0.5), ValueError, r"y must hold labels 0 or 1 only; got 0.5"),
    (
        lambda: losses.loss(np.full(3, 0.5), np.ones(2)),
        ShapeError,
        r"y_hat and y must have broadcastable shapes; y_hat has shape \(3,\), y has shape \(2,\)",
    ),
    (
        lambda: losses.loss(None, 1),
        NotAnArrayError,
        r"y_hat must be a real number or an array of real numbers; got NoneType",
    ),
    (
        lambda: logistic.accuracy(np.array([[1.0, 0.0]]), np.array([[1, 0, 1]])),
        ShapeError,
        r"Y_prediction and Y must have the same shape \(1, m\); "
        r"Y_prediction has shape \(1, 2\), Y has shape \(1, 3\)",
    ),
    (
        lambda: logistic.accuracy(np.array([[0.7, 0.0]]), np.array([[1, 0]])),
        ValueError,
        r"Y_prediction must hold labels 0 or 1 only; got 0.7",
    ),
    (
        lambda: shallow.backward_propagation(P, shallow.forward_propagation(X, P)[1], X, Y[:, :2]),
        ShapeError,
        r"X and Y must have the same number of examples m.*\(2, 3\).*\(1, 2\)",
    ),
    (
        lambda: shallow.backward_propagation(
            P, dict(shallow.forward_propagation(X, P)[1], Z1=np.zeros((4, 2))), X, Y
        ),
        ShapeError,
        r"cache\['Z1'\] must have shape \(n_h=4, m=3\) to match parameters\['W1'\] of shape "
        r"\(4, 2\) and X of shape \(2, 3\); got shape \(4, 2\)",
    ),
    (
        lambda: shallow.backward_propagation(
            P, shallow.forward_propagation(X, P)[1], X, np.vstack([Y, Y])
        ),
        ShapeError,
        r"Y must have n_y = 1 rows to match parameters\['W2'\] of shape \(1, 4\); "
        r"got Y of shape \(2, 3\)",
    ),
    (
        lambda: shallow.initialize_parameters(2, 4, 1, seed=2**32),
        ValueError,
        r"seed must be at most 2\*\*32 - 1 = 4294967295; got 4294967296",
    ),
    (lambda: shallow.nn_model(X, Y, 4, seed=-1), ValueError, r"seed must be >= 0; got -1"),
    (
        lambda: shallow.nn_model(X, Y, 4, seed=None),
        NotAnArrayError,
        r"seed must be a whole number; got None",
    ),
    (
        lambda: activations.leaky_relu(np.zeros(2), slope=0),
        ValueError,
        r"slope must lie in \(0, 1\); got 0\. A slope of 0 is plain ReLU",
    ),
    (
        lambda: activations.leaky_relu_derivative(np.zeros(2), slope=0.0),
        ValueError,
        r"slope must lie in \(0, 1\); got 0",
    ),
    (
        lambda: activations.leaky_relu(np.zeros(2), slope=1.0),
        ValueError,
        r"slope must lie in \(0, 1\); got 1.0",
    ),
    (
        lambda: activations.leaky_relu(np.zeros(2), slope="0.1"),
        NotAnArrayError,
        r"slope must be a real number; got '0.1'",
    ),
    (
        lambda: activations.sigmoid(None),
        NotAnArrayError,
        r"z must be a real number or an array of real numbers; got NoneType",
    ),
    (
        lambda: activations.relu([1.0, None]),
        NotAnArrayError,
        r"z must be a real number or an array of real numbers; got list with dtype object",
    ),
    (
        lambda: activations.tanh(np.array([1j])),
        NotAnArrayError,
        r"z must be a real number or an array of real numbers; got ndarray with dtype complex128",
    ),
    (lambda: datasets.noisy_circles(m=0), ValueError, r"m must be >= 1; got 0"),
    (lambda: datasets.noisy_circles(factor=1.5), ValueError, r"factor must lie in \(0, 1\)"),
    (lambda: datasets.noisy_moons(noise=-0.1), ValueError, r"noise must be >= 0; got -0.1"),
    (lambda: datasets.blobs(centers=0), ValueError, r"centers must be >= 1; got 0"),
    (lambda: datasets.gaussian_quantiles(cov=0), ValueError, r"cov must be > 0; got 0"),
    (lambda: datasets.load_extra_datasets(seed=-3), ValueError, r"seed must be >= 0; got -3"),
    (
        lambda: datasets.load_two_gaussians(seed=2**40),
        ValueError,
        r"seed must be at most 2\*\*32 - 1",
    ),
    (lambda: graph.forward("5", 3, 2), NotAnArrayError, r"a must be a real number; got '5'"),
    (lambda: graph.backward(5, 3, None), NotAnArrayError, r"c must be a real number; got None"),
    (lambda: graph.Value("3"), NotAnArrayError, r"Value needs a real number; got '3'"),
    (lambda: graph.Value(0.0).log(), ValueError, r"log needs a positive input; got 0.0"),
    (
        lambda: graph.Value(800.0).exp(),
        OverflowError,
        r"exp\(800.0\) is too large for a float",
    ),
    (
        lambda: graph.logistic_regression_example([], [], 0.0, 1),
        ValueError,
        r"x and w must hold at least one feature",
    ),
    (
        lambda: graph.logistic_regression_example([1.0, "a"], [1.0, 2.0], 0.0, 1),
        NotAnArrayError,
        r"x\[1\] must be a real number; got 'a'",
    ),
    (
        lambda: graph.logistic_regression_example([1.0], [40.0], 0.0, 0),
        ValueError,
        r"a = sigma\(z\) rounds to exactly 1 at z = 40 while y = 0: the loss is infinite",
    ),
    (lambda: shallow.initialize_parameters(2, -4, 1), ValueError, r"n_h must be >= 1; got -4"),
]


@pytest.mark.parametrize(("call", "error", "pattern"), CASES)
def test_bad_input_raises_a_clear_error(call, error, pattern):
    with pytest.raises(error, match=pattern):
        call()


def test_errors_are_value_errors_and_keyerrors_where_fitting():
    assert issubclass(ShapeError, ValueError)
    assert issubclass(MissingParameterError, KeyError)
    assert issubclass(MissingParameterError, ValueError)
    assert issubclass(NotAnArrayError, TypeError)
    assert issubclass(NotAnArrayError, ValueError)


def test_public_calls_never_modify_their_inputs():
    X0, Y0, w0 = X.copy(), Y.copy(), w.copy()
    P0 = {k: v.copy() for k, v in P.items()}
    logistic.propagate(w, 2.0, X, Y)
    logistic.propagate_loop(w, 2.0, X, Y)
    logistic.optimize(w, 2.0, X, Y, num_iterations=3)
    logistic.model(X, Y, X, Y, num_iterations=3)
    _, cache = shallow.forward_propagation(X, P)
    shallow.update_parameters(P, shallow.backward_propagation(P, cache, X, Y))
    shallow.nn_model(X, Y, 4, num_iterations=3)
    for a, a0 in ((X, X0), (Y, Y0), (w, w0), *((P[k], P0[k]) for k in P)):
        np.testing.assert_array_equal(a, a0)
