"""Bad input: every public function fails early, naming the argument, the
expected shape or value and the actual one; nothing is modified."""

import numpy as np
import pytest

from dlnotes import MissingParameterError, NotAnArrayError, ShapeError, logistic, shallow

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
        r"w must have shape \(n_x=2, 1\); got shape \(1, 1\)",
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
        ValueError,
        r"X_test must have n_x = 2 rows like X_train; got shape \(1, 3\)",
    ),
    (
        lambda: shallow.forward_propagation(X, {"W1": P["W1"], "b1": P["b1"]}),
        MissingParameterError,
        r"parameters is missing 'W2', 'b2'; it has 'W1', 'b1'",
    ),
    (
        lambda: shallow.forward_propagation(np.ones((3, 5)), P),
        ShapeError,
        r"parameters\['W1'\] must have shape \(n_h, n_x=3\); got shape \(4, 2\)",
    ),
    (
        lambda: shallow.forward_propagation(X, dict(P, b2=np.zeros((4, 1)))),
        ShapeError,
        r"parameters\['b2'\] must have shape \(n_y=1, 1\); got shape \(4, 1\)",
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
        r"grads\['dW1'\] must have shape \(rows=4, cols=2\); got shape \(2, 4\)",
    ),
    (
        lambda: shallow.backward_propagation(P, {"Z1": 0}, X, Y),
        MissingParameterError,
        r"cache is missing 'A1', 'Z2', 'A2'",
    ),
    (
        lambda: shallow.compute_cost(np.array([[0.5, 0.5]]), np.array([[1, 0, 1]])),
        ShapeError,
        r"Y must have shape \(n_y=1, m=2\); got shape \(1, 3\)",
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
