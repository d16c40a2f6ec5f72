"""The L-layer network: the course's numbers, gradients, agreement with the
2-layer module, bit-for-bit training, bad input, purity."""

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dlnotes import MissingParameterError, NotAnArrayError, ShapeError, deep, shallow
from dlnotes.activations import relu, sigmoid
from dlnotes.datasets import load_planar_dataset
from dlnotes.deep import (
    L_layer_model,
    L_model_backward,
    L_model_forward,
    compute_cost,
    initialize_parameters_deep,
    linear_activation_backward,
    linear_activation_forward,
    linear_backward,
    linear_forward,
    predict,
    two_layer_model,
    update_parameters,
)
from dlnotes.gradcheck import check_deep_gradients, crosses_kink

# The course's printed values are rounded to 8 digits.
PRINTED = {"rtol": 0, "atol": 5e-9}


@pytest.fixture(scope="module")
def flower():
    return load_planar_dataset()


# ---------------------------------------------------------------- the course's numbers


def test_initialize_parameters_deep_course_check():
    p = initialize_parameters_deep([5, 4, 3])
    np.testing.assert_allclose(
        p["W1"],
        [
            [0.01788628, 0.0043651, 0.00096497, -0.01863493, -0.00277388],
            [-0.00354759, -0.00082741, -0.00627001, -0.00043818, -0.00477218],
            [-0.01313865, 0.00884622, 0.00881318, 0.01709573, 0.00050034],
            [-0.00404677, -0.0054536, -0.01546477, 0.00982367, -0.01101068],
        ],
        **PRINTED,
    )
    np.testing.assert_allclose(
        p["W2"],
        [
            [-0.01185047, -0.0020565, 0.01486148, 0.00236716],
            [-0.01023785, -0.00712993, 0.00625245, -0.00160513],
            [-0.00768836, -0.00230031, 0.00745056, 0.01976111],
        ],
        **PRINTED,
    )
    assert list(p) == ["W1", "b1", "W2", "b2"]
    np.testing.assert_array_equal(p["b1"], np.zeros((4, 1)))
    np.testing.assert_array_equal(p["b2"], np.zeros((3, 1)))


@pytest.mark.parametrize("scale", [0.01, "xavier", 1.0])
def test_initialization_bits_and_global_state(scale):
    dims = [7, 5, 3, 1]
    np.random.seed(123)
    state = np.random.get_state()[1].copy()
    p = initialize_parameters_deep(dims, seed=1, scale=scale)
    np.testing.assert_array_equal(np.random.get_state()[1], state)
    np.random.seed(1)  # the course's own recipe, on the global stream
    for l in range(1, len(dims)):
        W = np.random.randn(dims[l], dims[l - 1])
        W = W / np.sqrt(dims[l - 1]) if scale == "xavier" else W * scale
        np.testing.assert_array_equal(p[f"W{l}"], W)  # bit for bit
        assert p[f"b{l}"].shape == (dims[l], 1) and not p[f"b{l}"].any()


def test_linear_forward_course_check():
    rng = np.random.RandomState(1)
    A, W, b = rng.randn(3, 2), rng.randn(1, 3), rng.randn(1, 1)
    Z, cache = linear_forward(A, W, b)
    np.testing.assert_allclose(Z, [[3.26295337, -1.23429987]], **PRINTED)
    assert cache[0] is A and cache[1] is W and cache[2] is b


def test_linear_activation_forward_course_check():
    rng = np.random.RandomState(2)
    A_prev, W, b = rng.randn(3, 2), rng.randn(1, 3), rng.randn(1, 1)
    A, cache = linear_activation_forward(A_prev, W, b, "sigmoid")
    np.testing.assert_allclose(A, [[0.96890023, 0.11013289]], **PRINTED)
    A, cache = linear_activation_forward(A_prev, W, b, "relu")
    np.testing.assert_allclose(A, [[3.43896131, 0.0]], **PRINTED)
    (A0, W0, b0), Z = cache
    assert A0 is A_prev and W0 is W and b0 is b
    np.testing.assert_array_equal(Z, np.dot(W, A_prev) + b)


def test_activations_are_the_course_arithmetic_bit_for_bit():
    Z = np.random.RandomState(0).randn(50, 60) * 20
    Z[0, :4] = [0.0, -0.0, -800.0, 800.0]
    with np.errstate(over="ignore"):
        course_sigmoid = 1 / (1 + np.exp(-Z))
    assert np.array_equal(sigmoid(Z), course_sigmoid)
    assert np.array_equal(relu(Z), np.maximum(0, Z))
    assert np.array_equal(np.signbit(relu(Z)), np.signbit(np.maximum(0, Z)))


def test_L_model_forward_course_check():
    rng = np.random.RandomState(6)
    X = rng.randn(5, 4)
    p = {}
    for l, (rows, cols) in enumerate([(4, 5), (3, 4), (1, 3)], start=1):
        p[f"W{l}"], p[f"b{l}"] = rng.randn(rows, cols), rng.randn(rows, 1)
    AL, caches = L_model_forward(X, p)
    np.testing.assert_allclose(AL, [[0.03921668, 0.70498921, 0.19734387, 0.04728177]], **PRINTED)
    assert len(caches) == 3
    assert caches[0][0][0] is X
    for l, ((A_prev, W, b), Z) in enumerate(caches, start=1):
        assert W is p[f"W{l}"] and b is p[f"b{l}"]
        assert Z.shape == (W.shape[0], 4) and A_prev.shape == (W.shape[1], 4)


def test_compute_cost_course_check():
    AL, Y = np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])
    assert compute_cost(AL, Y) == 0.2797765635793422
    m = 3
    course = (1.0 / m) * (-np.dot(Y, np.log(AL).T) - np.dot(1 - Y, np.log(1 - AL).T))
    assert compute_cost(AL, Y) == float(np.squeeze(course))  # the course's bits
    assert type(compute_cost(AL, Y)) is float
    assert compute_cost(AL, Y.astype(bool)) == 0.2797765635793422
    assert compute_cost(AL, Y.astype(np.uint8)) == 0.2797765635793422


def test_compute_cost_at_exactly_0_and_1_is_finite_like_dlnotes_losses():
    from dlnotes.losses import cost

    AL, Y = np.array([[1.0, 0.0, 1.0, 0.5]]), np.array([[1, 1, 0, 0]])
    assert compute_cost(AL, Y) == pytest.approx(cost(AL, Y), rel=1e-15)
    assert math.isfinite(compute_cost(AL, Y))


def test_linear_backward_course_check():
    rng = np.random.RandomState(1)
    dZ, A, W, b = rng.randn(3, 4), rng.randn(5, 4), rng.randn(3, 5), rng.randn(3, 1)
    dA_prev, dW, db = linear_backward(dZ, (A, W, b))
    np.testing.assert_allclose(db, [[-0.14713786], [-0.11313155], [-0.13209101]], **PRINTED)
    np.testing.assert_allclose(
        dW[0], [0.07313866, -0.0976715, -0.87585828, 0.73763362, 0.00785716], **PRINTED
    )
    np.testing.assert_allclose(
        dA_prev[0], [-1.15171336, 0.06718465, -0.3204696, 2.09812712], **PRINTED
    )
    assert (dA_prev.shape, dW.shape, db.shape) == (A.shape, W.shape, b.shape)


def test_linear_activation_backward_course_check():
    rng = np.random.RandomState(2)
    dA = rng.randn(1, 2)
    A, W, b, Z = rng.randn(3, 2), rng.randn(1, 3), rng.randn(1, 1), rng.randn(1, 2)
    dA_prev, dW, db = linear_activation_backward(dA, ((A, W, b), Z), "sigmoid")
    np.testing.assert_allclose(
        dA_prev,
        [[0.11017994, 0.01105339], [0.09466817, 0.00949723], [-0.05743092, -0.00576154]],
        **PRINTED,
    )
    np.testing.assert_allclose(dW, [[0.10266786, 0.09778551, -0.01968084]], **PRINTED)
    np.testing.assert_allclose(db, [[-0.05729622]], **PRINTED)
    dA_prev, dW, db = linear_activation_backward(dA, ((A, W, b), Z), "relu")
    np.testing.assert_allclose(
        dA_prev, [[0.44090989, 0.0], [0.37883606, 0.0], [-0.2298228, 0.0]], **PRINTED
    )
    np.testing.assert_allclose(dW, [[0.44513824, 0.37371418, -0.10478989]], **PRINTED)
    np.testing.assert_allclose(db, [[-0.20837892]], **PRINTED)


def test_relu_backward_is_zero_where_z_is_not_positive():
    dA = np.array([[1.0, 2.0, 3.0]])
    Z = np.array([[-1.0, 0.0, 1.0]])
    np.testing.assert_array_equal(deep.relu_backward(dA, Z), [[0.0, 0.0, 3.0]])


def test_L_model_backward_course_check():
    rng = np.random.RandomState(3)
    AL, Y = rng.randn(1, 2), np.array([[1, 0]])
    A1, W1, b1, Z1 = rng.randn(4, 2), rng.randn(3, 4), rng.randn(3, 1), rng.randn(3, 2)
    A2, W2, b2, Z2 = rng.randn(3, 2), rng.randn(1, 3), rng.randn(1, 1), rng.randn(1, 2)
    grads = L_model_backward(AL, Y, [((A1, W1, b1), Z1), ((A2, W2, b2), Z2)])
    assert list(grads) == ["dA1", "dW2", "db2", "dA0", "dW1", "db1"]
    np.testing.assert_allclose(
        grads["dW1"],
        [
            [0.41010002, 0.07807203, 0.13798444, 0.10502167],
            [0.0, 0.0, 0.0, 0.0],
            [0.05283652, 0.01005865, 0.01777766, 0.0135308],
        ],
        **PRINTED,
    )
    np.testing.assert_allclose(grads["db1"], [[-0.22007063], [0.0], [-0.02835349]], **PRINTED)
    np.testing.assert_allclose(
        grads["dA1"],
        [[0.12913162, -0.44014127], [-0.14175655, 0.48317296], [0.01663708, -0.05670698]],
        **PRINTED,
    )


def test_update_parameters_course_formula_and_new_dict():
    rng = np.random.RandomState(2)
    p = {"W1": rng.randn(3, 4), "b1": rng.randn(3, 1), "W2": rng.randn(1, 3), "b2": rng.randn(1, 1)}
    rng = np.random.RandomState(3)
    g = {
        "dW1": rng.randn(3, 4),
        "db1": rng.randn(3, 1),
        "dW2": rng.randn(1, 3),
        "db2": rng.randn(1, 1),
    }
    g["dA0"] = rng.randn(4, 2)  # grads from L_model_backward carry dA too
    new = update_parameters(p, g, 0.1)
    assert list(new) == ["W1", "b1", "W2", "b2"]
    # The course's check (update_parameters_test_case, learning rate 0.1).
    np.testing.assert_allclose(
        new["W1"],
        [
            [-0.59562069, -0.09991781, -2.14584584, 1.82662008],
            [-1.76569676, -0.80627147, 0.51115557, -1.18258802],
            [-1.0535704, -0.86128581, 0.68284052, 2.20374577],
        ],
        **PRINTED,
    )
    np.testing.assert_allclose(new["b1"], [[-0.04659241], [-1.28888275], [0.53405496]], **PRINTED)
    np.testing.assert_allclose(new["W2"], [[-0.55569196, 0.0354055, 1.32964895]], **PRINTED)
    np.testing.assert_allclose(new["b2"], [[-0.84610769]], **PRINTED)
    for key in p:
        np.testing.assert_array_equal(new[key], p[key] - 0.1 * g["d" + key])
        assert new[key] is not p[key]


# ---------------------------------------------------------------- gradients


def random_network(rng, depth, n_x, width, m):
    """Xavier-scaled weights and small random biases, so the output stays unsaturated."""
    dims = [n_x, *rng.randint(1, width + 1, size=depth - 1).tolist(), 1]
    p = {}
    for l in range(1, depth + 1):
        p[f"W{l}"] = rng.randn(dims[l], dims[l - 1]) / np.sqrt(dims[l - 1])
        p[f"b{l}"] = 0.5 * rng.randn(dims[l], 1)
    return p, rng.randn(n_x, m), rng.randint(0, 2, (1, m))


@pytest.mark.parametrize("hidden_activation", sorted(deep.ACTIVATIONS))
@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 2**31 - 1),
    depth=st.integers(2, 5),
    n_x=st.integers(1, 4),
    width=st.integers(1, 5),
    m=st.integers(1, 6),
)
def test_gradients_match_numerical_ones(hidden_activation, seed, depth, n_x, width, m):
    rng = np.random.RandomState(seed)
    p, X, Y = random_network(rng, depth, n_x, width, m)
    # Across a kink of ReLU / leaky ReLU a numerical derivative is meaningless.
    assume(not crosses_kink(p, X, hidden_activation))
    assert check_deep_gradients(p, X, Y, hidden_activation) < 1e-7


@pytest.mark.parametrize("depth", [2, 3, 5])
def test_a_broken_gradient_fails_the_check(depth):
    """Negative controls: the check must see a wrong dW (1/m left out) and a wrong db."""
    rng = np.random.RandomState(0)
    p, X, Y = random_network(rng, depth, 3, 4, 6)
    assert not crosses_kink(p, X)
    AL, caches = L_model_forward(X, p)
    good = L_model_backward(AL, Y, caches)
    assert np.count_nonzero(good["dW1"]) >= 3  # not a dead network: the control can fail
    assert check_deep_gradients(p, X, Y, grads=good) < 1e-7
    assert check_deep_gradients(p, X, Y, grads=dict(good, dW1=6 * good["dW1"])) > 1e-2
    wrong_db = dict(good, **{f"db{depth}": -good[f"db{depth}"]})
    assert check_deep_gradients(p, X, Y, grads=wrong_db) > 1e-2


def test_crosses_kink_sees_a_z_at_zero_in_a_deep_layer():
    X = np.array([[1.0, 2.0]])
    p = {
        "W1": np.array([[1.0]]),
        "b1": np.array([[0.5]]),  # z1 = 1.5, 2.5: far from the kink
        "W2": np.array([[1.0]]),
        "b2": np.array([[-2.5]]),  # z2 = -1, 0: the second example sits on it
        "W3": np.array([[1.0]]),
        "b3": np.array([[0.0]]),
    }
    assert crosses_kink(p, X)
    assert not crosses_kink(dict(p, b2=np.array([[-2.0]])), X)
    assert not crosses_kink(p, X, "tanh")


# ---------------------------------------------------------------- agreement with dlnotes.shallow


def test_two_layers_agree_with_the_shallow_module(flower):
    """Same start, relu hidden layer: forward equal, gradients and training within rounding."""
    X, Y = flower
    p = shallow.initialize_parameters(2, 4, 1, seed=2)
    np.testing.assert_array_equal(
        p["W1"], initialize_parameters_deep([2, 4, 1], seed=2, scale=0.01)["W1"]
    )
    q = dict(p)
    for _ in range(50):
        A2, cache = shallow.forward_propagation(X, p, "relu")
        AL, caches = L_model_forward(X, q)
        np.testing.assert_allclose(AL, A2, rtol=1e-12, atol=0)
        assert compute_cost(AL, Y) == pytest.approx(shallow.compute_cost(A2, Y), rel=1e-13)
        g = shallow.backward_propagation(p, cache, X, Y, "relu")
        h = L_model_backward(AL, Y, caches)
        for key in g:
            np.testing.assert_allclose(h[key], g[key], rtol=1e-9, atol=1e-15)
        p = shallow.update_parameters(p, g, 1.2)
        q = update_parameters(q, h, 1.2)
    trained_shallow = shallow.nn_model(X, Y, 4, 300, 1.2, seed=2, activation="relu")
    trained_deep, _ = L_layer_model(X, Y, [2, 4, 1], 1.2, 300, seed=2, scale=0.01)
    for key in trained_shallow:
        np.testing.assert_allclose(trained_deep[key], trained_shallow[key], rtol=1e-8, atol=1e-12)


def test_two_layer_model_is_L_layer_model_with_scale_0_01(flower):
    X, Y = flower
    a, costs_a = two_layer_model(X, Y, (2, 5, 1), learning_rate=0.5, num_iterations=150, seed=4)
    b, costs_b = L_layer_model(X, Y, [2, 5, 1], 0.5, 150, seed=4, scale=0.01)
    assert costs_a == costs_b
    for key in a:
        np.testing.assert_array_equal(a[key], b[key])


# ---------------------------------------------------------------- training


def bare_numpy_L_layer(X, Y, layers_dims, learning_rate, num_iterations, seed=1):
    """The course's L_layer_model written out as one plain loop: lists, no dicts, no checks."""
    rng = np.random.RandomState(seed)
    L = len(layers_dims) - 1
    W = [
        rng.randn(layers_dims[l], layers_dims[l - 1]) / np.sqrt(layers_dims[l - 1])
        for l in range(1, L + 1)
    ]
    b = [np.zeros((layers_dims[l], 1)) for l in range(1, L + 1)]
    m = X.shape[1]
    costs = []
    for i in range(num_iterations):
        As, Zs = [X], []
        for l in range(L):
            Z = np.dot(W[l], As[-1]) + b[l]
            Zs.append(Z)
            As.append(np.maximum(0, Z) if l < L - 1 else 1 / (1 + np.exp(-Z)))
        AL = As[-1]
        cost = (1.0 / m) * (-np.dot(Y, np.log(AL).T) - np.dot(1 - Y, np.log(1 - AL).T))
        if i % 100 == 0:
            costs.append(float(np.squeeze(cost)))
        dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
        dWs, dbs = [None] * L, [None] * L
        for l in reversed(range(L)):
            if l == L - 1:
                s = 1 / (1 + np.exp(-Zs[l]))
                dZ = dA * s * (1 - s)
            else:
                dZ = np.array(dA, copy=True)
                dZ[Zs[l] <= 0] = 0
            dWs[l] = 1.0 / m * np.dot(dZ, As[l].T)
            dbs[l] = 1.0 / m * np.sum(dZ, axis=1, keepdims=True)
            dA = np.dot(W[l].T, dZ)
        W = [W[l] - learning_rate * dWs[l] for l in range(L)]
        b = [b[l] - learning_rate * dbs[l] for l in range(L)]
    return W, b, costs


def test_L_layer_model_is_bit_identical_to_a_bare_numpy_loop(flower):
    X, Y = flower
    dims = [2, 6, 4, 3, 1]
    parameters, costs = L_layer_model(X, Y, dims, learning_rate=0.05, num_iterations=301)
    W, b, bare_costs = bare_numpy_L_layer(X, Y, dims, 0.05, 301)
    for l in range(1, len(dims)):
        assert np.array_equal(parameters[f"W{l}"], W[l - 1])
        assert np.array_equal(parameters[f"b{l}"], b[l - 1])
    assert costs == bare_costs


def test_the_benchmark_compares_the_same_math(flower):
    from dlnotes.bench import bare_numpy_deep

    X, Y = flower
    dims = [2, 4, 3, 1]
    parameters, _ = L_layer_model(X, Y, dims, learning_rate=0.05, num_iterations=120)
    bare = bare_numpy_deep(X, Y, dims, learning_rate=0.05, num_iterations=120)
    for key in parameters:
        assert np.array_equal(parameters[key], bare[key])


def test_training_lowers_the_cost_and_learns_the_flower(flower):
    X, Y = flower
    parameters, costs = L_layer_model(X, Y, [2, 10, 5, 1], learning_rate=0.1, num_iterations=3000)
    assert len(costs) == 30
    assert costs[0] == pytest.approx(math.log(2), abs=0.05)
    assert costs[-1] < 0.25 < costs[10] < 0.3 < costs[5] < 0.4 < costs[0]
    assert np.mean(predict(X, parameters) == Y) > 0.85


@pytest.mark.parametrize("hidden_activation", ["tanh", "leaky_relu", "sigmoid"])
def test_other_hidden_activations_train(flower, hidden_activation):
    X, Y = flower
    parameters, costs = L_layer_model(
        X, Y, [2, 6, 1], 0.5, 1000, hidden_activation=hidden_activation
    )
    assert costs[-1] < costs[0]
    assert np.mean(predict(X, parameters, hidden_activation) == Y) > 0.6


@pytest.mark.parametrize("num_iterations", [0, 1, 100, 101, 250])
def test_costs_are_recorded_every_100_iterations(flower, num_iterations):
    X, Y = flower
    _, costs = L_layer_model(X, Y, [2, 3, 1], num_iterations=num_iterations)
    assert len(costs) == math.ceil(num_iterations / 100)
    _, costs2 = two_layer_model(X, Y, (2, 3, 1), num_iterations=num_iterations)
    assert len(costs2) == len(costs)
    assert all(type(c) is float for c in costs + costs2)


@pytest.mark.parametrize("model", ["two_layer_model", "L_layer_model"])
def test_printed_costs(capsys, flower, model):
    X, Y = flower
    train = getattr(deep, model)
    _, costs = train(X, Y, [2, 4, 1], num_iterations=250, print_cost=True)
    lines = capsys.readouterr().out.splitlines()
    assert [line.rsplit(": ", 1)[0] for line in lines] == [
        f"Cost after iteration {i}" for i in (0, 100, 200, 249)
    ]
    if model == "two_layer_model":  # 0.01-scaled weights: a^[L] close to 1/2, J close to log 2
        assert lines[0].startswith("Cost after iteration 0: 0.69")
    # The full repr of each float, as the course's "{}".format(np.squeeze(cost)) prints it.
    assert lines[:3] == [
        f"Cost after iteration {i}: {c!r}" for i, c in zip((0, 100, 200), costs, strict=True)
    ]
    train(X, Y, [2, 4, 1], num_iterations=201, print_cost=True)  # 200 is the last: printed once
    assert len(capsys.readouterr().out.splitlines()) == 3
    train(X, Y, [2, 4, 1], num_iterations=201)
    assert capsys.readouterr().out == ""


@pytest.mark.filterwarnings("ignore:invalid value:RuntimeWarning")
@pytest.mark.filterwarnings("ignore:divide by zero:RuntimeWarning")
def test_a_saturated_output_stops_training_with_a_clear_error(flower):
    X, Y = flower
    with pytest.raises(
        FloatingPointError, match=r"the cost at iteration \d+ is NaN.*smaller learning_rate"
    ):
        L_layer_model(X, Y, [2, 8, 4, 1], learning_rate=0.3, num_iterations=3000)


def test_predict_is_strictly_greater_than_one_half():
    p = initialize_parameters_deep([2, 3, 1], scale=0)  # all zero: a = 0.5 everywhere
    X = np.array([[1.0, -2.0, 0.5], [0.3, 1.0, -1.5]])
    out = predict(X, p)
    assert out.shape == (1, 3) and out.dtype == shallow.predict(p, X).dtype
    np.testing.assert_array_equal(out, [[0.0, 0.0, 0.0]])
    np.testing.assert_array_equal(predict(X, dict(p, b2=np.array([[1e-9]]))), [[1.0, 1.0, 1.0]])


# ---------------------------------------------------------------- bad input

X = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]])
Y = np.array([[1, 0, 1]])
P = initialize_parameters_deep([2, 4, 3, 1], seed=1, scale=1.0)
AL, CACHES = L_model_forward(X, P)
GRADS = L_model_backward(AL, Y, CACHES)
CACHE = CACHES[0]


def with_nan(a):
    a = a.astype(float).copy()
    a[0, 1] = np.nan
    return a


def without(d, *keys):
    return {k: v for k, v in d.items() if k not in keys}


BAD = [
    # initialize_parameters_deep
    (
        lambda: initialize_parameters_deep([5]),
        ValueError,
        r"layer_dims must hold at least two layer sizes.*got 1: \[5\]",
    ),
    (
        lambda: initialize_parameters_deep([5, 0, 1]),
        ValueError,
        r"layer_dims\[1\] must be >= 1; got 0",
    ),
    (
        lambda: initialize_parameters_deep([5, 2.5, 1]),
        NotAnArrayError,
        r"layer_dims\[1\] must be a whole number; got 2.5",
    ),
    (
        lambda: initialize_parameters_deep("541"),
        NotAnArrayError,
        r"layer_dims must be a list of layer sizes.*got str",
    ),
    (
        lambda: initialize_parameters_deep([5, 4], scale="he"),
        ValueError,
        r"scale must be a number >= 0 or 'xavier'; got 'he'",
    ),
    (
        lambda: initialize_parameters_deep([5, 4], scale=-0.01),
        ValueError,
        r"scale must be a finite number >= 0 or 'xavier'; got -0.01",
    ),
    (lambda: initialize_parameters_deep([5, 4], seed=-1), ValueError, r"seed must be >= 0; got -1"),
    (
        lambda: L_layer_model(X, Y, [2, 4, 1], seed=2**32),
        ValueError,
        r"seed must be at most 2\*\*32 - 1 = 4294967295; got 4294967296",
    ),
    # linear_forward / linear_activation_forward
    (
        lambda: linear_forward(X, P["W1"][:, :1], P["b1"]),
        ShapeError,
        r"W must have shape \(n\[l\], n\[l-1\]=2\); got shape \(4, 1\)",
    ),
    (
        lambda: linear_forward(X, P["W1"], np.zeros((3, 1))),
        ShapeError,
        r"b must have shape \(n\[l\]=4, 1\); got shape \(3, 1\)",
    ),
    (
        lambda: linear_forward(X, P["W1"], np.zeros(4)),
        ShapeError,
        r"b must be a 2-D array.*rank-1 array of shape \(4,\)",
    ),
    (
        lambda: linear_forward(with_nan(X), P["W1"], P["b1"]),
        ValueError,
        r"A must hold finite numbers; got nan at index \(0, 1\)",
    ),
    (
        lambda: linear_activation_forward(X, P["W1"], P["b1"], "softmax"),
        ValueError,
        r"activation must be one of 'sigmoid', 'relu', 'tanh', 'leaky_relu'; got 'softmax'",
    ),
    (
        lambda: linear_activation_forward(X[0], P["W1"], P["b1"], "relu"),
        ShapeError,
        r"A_prev must be a 2-D array.*rank-1 array of shape \(3,\)",
    ),
    # L_model_forward / predict
    (
        lambda: L_model_forward(np.ones((3, 5)), P),
        ShapeError,
        r"parameters\['W1'\] must have shape \(n\[1\], n\[0\]=3\); got shape \(4, 2\)",
    ),
    (
        lambda: L_model_forward(X, without(P, "b2")),
        MissingParameterError,
        r"parameters is missing 'b2'",
    ),
    (
        lambda: L_model_forward(X, without(P, "W3", "b3", "W2")),
        MissingParameterError,
        r"parameters is missing 'W2'",
    ),
    (
        lambda: L_model_forward(X, {}),
        MissingParameterError,
        r"parameters must hold 'W1', 'b1', \.\.\., 'WL', 'bL'; it has no keys",
    ),
    (
        lambda: L_model_forward(X, dict(P, dW1=P["W1"])),
        ValueError,
        r"parameters must hold only 'W1', 'b1', \.\.\., 'W3', 'b3'.*also has 'dW1'",
    ),
    (
        lambda: L_model_forward(X, dict(P, W2=P["W2"].T)),
        ShapeError,
        r"parameters\['W2'\] must have shape \(n\[2\], n\[1\]=4\); got shape \(4, 3\)",
    ),
    (
        lambda: L_model_forward(X, dict(P, b3=np.zeros((3, 1)))),
        ShapeError,
        r"parameters\['b3'\] must have shape \(n\[3\]=1, 1\); got shape \(3, 1\)",
    ),
    (
        lambda: L_model_forward(X, dict(P, W1=with_nan(P["W1"]))),
        ValueError,
        r"parameters\['W1'\] must hold finite numbers; got nan",
    ),
    (
        lambda: L_model_forward(X, P, hidden_activation="elu"),
        ValueError,
        r"hidden_activation must be one of .*; got 'elu'",
    ),
    (lambda: L_model_forward(X, [P]), NotAnArrayError, r"parameters must be a dict; got list"),
    (
        lambda: predict(X[:1], P),
        ShapeError,
        r"parameters\['W1'\] must have shape \(n\[1\], n\[0\]=1\); got shape \(4, 2\)",
    ),
    # compute_cost
    (
        lambda: compute_cost(np.array([[0.5, 0.5]]), Y),
        ShapeError,
        r"AL and Y must have the same number of examples m.*AL has shape \(1, 2\), Y has shape \(1, 3\)",
    ),
    (
        lambda: compute_cost(np.array([[0.5, 1.5, 0.2]]), Y),
        ValueError,
        r"AL must hold predictions in \[0, 1\]; got values from 0.2 to 1.5",
    ),
    (
        lambda: compute_cost(np.array([[0.5, np.nan, 0.2]]), Y),
        ValueError,
        r"AL must hold finite numbers; got nan at index \(0, 1\)",
    ),
    (
        lambda: compute_cost(np.array([[0.5, 0.5, 0.2]]), np.array([[1, 2, 0]])),
        ValueError,
        r"Y must hold labels 0 or 1 only; got 2",
    ),
    (
        lambda: compute_cost(np.full((2, 3), 0.5), np.ones((2, 3))),
        ShapeError,
        r"AL must have shape \(1, m\); got shape \(2, 3\)",
    ),
    (
        lambda: compute_cost(np.array([0.5, 0.5, 0.2]), Y),
        ShapeError,
        r"AL must be a 2-D array.*rank-1",
    ),
    # linear_backward / linear_activation_backward
    (
        lambda: linear_backward(np.ones((4, 2)), CACHE[0]),
        ShapeError,
        r"dZ must have shape \(n\[l\]=4, m=3\); got shape \(4, 2\)",
    ),
    (
        lambda: linear_backward(np.ones((4, 3)), CACHE[0][:2]),
        ValueError,
        r"cache must be the linear cache \(A_prev, W, b\).*of length 2",
    ),
    (
        lambda: linear_backward(np.ones((4, 3)), (X, P["W1"], np.zeros((4, 2)))),
        ShapeError,
        r"cache\[2\] \(b\) must have shape \(n\[l\]=4, 1\); got shape \(4, 2\)",
    ),
    (
        lambda: linear_backward(np.ones((4, 3)), (X, P["W2"], P["b2"])),
        ShapeError,
        r"cache\[1\] \(W\) must have shape \(n\[l\], n\[l-1\]=2\); got shape \(3, 4\)",
    ),
    (
        lambda: linear_activation_backward(np.ones((4, 3)), CACHE[0], "relu"),
        ValueError,
        r"cache must be \(linear_cache, activation_cache\).*of length 3",
    ),
    (
        lambda: linear_activation_backward(np.ones((4, 3)), (CACHE[0], np.ones((4, 2))), "relu"),
        ShapeError,
        r"cache\[1\] \(Z\) must have shape \(n\[l\]=4, m=3\); got shape \(4, 2\)",
    ),
    (
        lambda: linear_activation_backward(np.ones((3, 3)), CACHE, "relu"),
        ShapeError,
        r"dA must have shape \(n\[l\]=4, m=3\); got shape \(3, 3\)",
    ),
    (
        lambda: linear_activation_backward(np.ones((4, 3)), CACHE, "Relu"),
        ValueError,
        r"activation must be one of .*; got 'Relu'",
    ),
    # L_model_backward
    (
        lambda: L_model_backward(AL, Y[:, :2], CACHES),
        ShapeError,
        r"AL and Y must have the same number of examples m.*AL has shape \(1, 3\), Y has shape \(1, 2\)",
    ),
    (
        lambda: L_model_backward(AL, np.array([[1, 0, -1]]), CACHES),
        ValueError,
        r"Y must hold labels 0 or 1 only; got -1",
    ),
    (
        lambda: L_model_backward(np.array([[0.5, 1.0, 0.2]]), Y, CACHES),
        ValueError,
        r"AL must not hold exactly 0 or 1.*got 1.0 at index \(0, 1\)",
    ),
    (
        lambda: L_model_backward(AL, Y, CACHES[:2]),
        ShapeError,
        r"caches\[1\]\[1\] \(Z of the last layer\) must have the shape of AL \(1, 3\); got \(3, 3\)",
    ),
    (
        lambda: L_model_backward(AL, Y, []),
        ValueError,
        r"caches must be the list of L caches.*of length 0",
    ),
    (
        lambda: L_model_backward(AL, Y, [CACHES[0], CACHES[0], CACHES[2]]),
        ShapeError,
        r"caches\[1\]\[0\]\[0\] \(A_prev\) must have shape \(n\[1\]=4, m=3\); got shape \(2, 3\)",
    ),
    (
        lambda: L_model_backward(AL, Y, CACHES, hidden_activation="linear"),
        ValueError,
        r"hidden_activation must be one of",
    ),
    # update_parameters
    (
        lambda: update_parameters(P, without(GRADS, "db2"), 0.1),
        MissingParameterError,
        r"grads is missing 'db2'",
    ),
    (
        lambda: update_parameters(P, dict(GRADS, dW2=GRADS["dW2"].T), 0.1),
        ShapeError,
        r"grads\['dW2'\] must have shape \(n\[2\]=3, n\[1\]=4\); got shape \(4, 3\)",
    ),
    (
        lambda: update_parameters(P, GRADS, 0),
        ValueError,
        r"learning_rate must be a finite number > 0; got 0",
    ),
    (
        lambda: update_parameters(P, GRADS, float("nan")),
        ValueError,
        r"learning_rate must be a finite number > 0; got nan",
    ),
    (
        lambda: update_parameters(without(P, "W3"), GRADS, 0.1),
        MissingParameterError,
        r"parameters is missing 'W3'",
    ),
    # the models
    (
        lambda: L_layer_model(X, Y, [3, 4, 1]),
        ShapeError,
        r"layers_dims\[0\] must be n_x = 2, the number of rows of X; got 3",
    ),
    (
        lambda: L_layer_model(X, Y, [2, 4, 2]),
        ShapeError,
        r"layers_dims\[-1\] must be 1, the number of rows of Y; got 2",
    ),
    (
        lambda: L_layer_model(X, Y, [2]),
        ValueError,
        r"layers_dims must hold at least two layer sizes",
    ),
    (lambda: L_layer_model(X, Y, [2, -4, 1]), ValueError, r"layers_dims\[1\] must be >= 1; got -4"),
    (
        lambda: L_layer_model(X, np.array([[1, 0.5, 0]]), [2, 4, 1]),
        ValueError,
        r"Y must hold labels 0 or 1 only; got 0.5",
    ),
    (
        lambda: L_layer_model(X, Y[:, :2], [2, 4, 1]),
        ShapeError,
        r"X and Y must have the same number of examples m.*\(2, 3\).*\(1, 2\)",
    ),
    (
        lambda: L_layer_model(with_nan(X), Y, [2, 4, 1]),
        ValueError,
        r"X must hold finite numbers; got nan at index \(0, 1\)",
    ),
    (
        lambda: L_layer_model(X, Y, [2, 4, 1], learning_rate=-0.1),
        ValueError,
        r"learning_rate must be a finite number > 0; got -0.1",
    ),
    (
        lambda: L_layer_model(X, Y, [2, 4, 1], num_iterations=-1),
        ValueError,
        r"num_iterations must be >= 0; got -1",
    ),
    (
        lambda: L_layer_model(X, Y, [2, 4, 1], hidden_activation="gelu"),
        ValueError,
        r"hidden_activation must be one of",
    ),
    (
        lambda: L_layer_model(X, Y, [2, 4, 1], scale="He"),
        ValueError,
        r"scale must be a number >= 0 or 'xavier'",
    ),
    (
        lambda: two_layer_model(X, Y, [2, 3, 4, 1]),
        ValueError,
        r"layers_dims must hold 3 layer sizes; got 4: \[2, 3, 4, 1\]",
    ),
    (lambda: two_layer_model(X, Y, (2, 0, 1)), ValueError, r"layers_dims\[1\] must be >= 1; got 0"),
    (
        lambda: two_layer_model(X, Y, (2, 4, 1), num_iterations=2.5),
        NotAnArrayError,
        r"num_iterations must be a whole number; got 2.5",
    ),
    (
        lambda: two_layer_model(X, Y, (2, 4, 1), learning_rate=float("inf")),
        ValueError,
        r"learning_rate must be a finite number > 0; got inf",
    ),
]


@pytest.mark.parametrize(("call", "error", "pattern"), BAD)
def test_bad_input_raises_a_clear_error(call, error, pattern):
    with pytest.raises(error, match=pattern):
        call()


# ---------------------------------------------------------------- purity


def snapshot(value):
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, dict):
        return {k: snapshot(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(snapshot(v) for v in value)
    return value


def assert_same(a, b):
    if isinstance(a, np.ndarray):
        np.testing.assert_array_equal(a, b)
        assert np.array_equal(np.signbit(a), np.signbit(b))
    elif isinstance(a, dict):
        assert list(a) == list(b)
        for k in a:
            assert_same(a[k], b[k])
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            assert_same(x, y)
    else:
        assert a == b


def test_public_calls_never_modify_their_inputs_or_the_global_rng():
    rng = np.random.RandomState(0)
    Xs, Ys = rng.randn(3, 7), rng.randint(0, 2, (1, 7))
    p = initialize_parameters_deep([3, 4, 2, 1], seed=1, scale=1.0)
    AL, caches = L_model_forward(Xs, p)
    grads = L_model_backward(AL, Ys, caches)
    dZ = rng.randn(4, 7)
    inputs = [Xs, Ys, p, AL, caches, grads, dZ]
    before = snapshot(inputs)
    np.random.seed(7)
    state = np.random.get_state()[1].copy()
    calls = [
        lambda: initialize_parameters_deep([3, 4, 1]),
        lambda: linear_forward(Xs, p["W1"], p["b1"]),
        lambda: linear_activation_forward(Xs, p["W1"], p["b1"], "relu"),
        lambda: L_model_forward(Xs, p),
        lambda: compute_cost(AL, Ys),
        lambda: linear_backward(dZ, caches[0][0]),
        *(lambda a=a: linear_activation_backward(dZ, caches[0], a) for a in deep.ACTIVATIONS),
        lambda: L_model_backward(AL, Ys, caches),
        lambda: L_model_backward(AL, Ys, caches, "tanh"),
        lambda: update_parameters(p, grads, 0.1),
        lambda: two_layer_model(Xs, Ys, (3, 4, 1), num_iterations=3),
        lambda: L_layer_model(Xs, Ys, [3, 4, 2, 1], num_iterations=3),
        lambda: predict(Xs, p),
        lambda: check_deep_gradients(p, Xs, Ys),
        lambda: crosses_kink(p, Xs),
    ]
    for call in calls:
        call()
        assert_same(inputs, before)
    np.testing.assert_array_equal(np.random.get_state()[1], state)


def test_shapes_and_no_rank_1_arrays():
    dims = [5, 4, 3, 2, 1]
    p = initialize_parameters_deep(dims)
    Xs = np.random.RandomState(0).randn(5, 6)
    AL, caches = L_model_forward(Xs, p)
    assert AL.shape == (1, 6)
    grads = L_model_backward(AL, np.ones((1, 6)), caches)
    for l in range(1, len(dims)):
        assert grads[f"dW{l}"].shape == p[f"W{l}"].shape == (dims[l], dims[l - 1])
        assert grads[f"db{l}"].shape == p[f"b{l}"].shape == (dims[l], 1)
        assert grads[f"dA{l - 1}"].shape == (dims[l - 1], 6)
        assert caches[l - 1][1].shape == (dims[l], 6)


# ---------------------------------------------------------------- the benchmark's tables


def fake_figures():
    from dlnotes.bench import CAT_DIMS, SMALL_DIMS

    small = {"layers": SMALL_DIMS, "m": 400, "iterations": 5000}
    return {
        "rows": [
            {"key": "propagate", "problem": {"n_x": 12288, "m": 209}, "numerator_s": 1.2,
             "denominator_s": 0.003, "ratio": 400.0, "target": [">=", 300], "passed": True},
            {"key": "L_layer_model_cat",
             "problem": {"layers": CAT_DIMS, "m": 209, "iterations": 10},
             "numerator_s": 2.1, "denominator_s": 2.0, "ratio": 1.05, "target": ["<=", 1.1],
             "passed": True},
            {"key": "L_layer_model_small", "problem": small, "numerator_s": 0.25,
             "denominator_s": 0.2, "ratio": 1.25, "target": ["<=", 1.2], "passed": False},
            {"key": "torch_deep", "problem": small, "target": [">=", 3], "skipped": "no torch"},
        ],
        "repeats": 5,
        "torch_runs": 3,
        "machine": {"python": "3.11.7", "numpy": "2.4.6", "torch": None, "cpus": 2,
                    "arch": "x86_64", "load": 3.2},
    }  # fmt: skip


def test_the_benchmark_renders_one_table_per_language(tmp_path):
    import json

    from dlnotes import bench

    (tmp_path / "benchmarks").mkdir()
    (tmp_path / "benchmarks" / "results.json").write_text(json.dumps(fake_figures()))
    assert bench.main(["--render", str(tmp_path)]) == 0
    ko = (tmp_path / "docs/ko/includes/benchmark-results.txt").read_text(encoding="utf-8")
    en = (tmp_path / "docs/en/includes/benchmark-results.txt").read_text(encoding="utf-8")
    assert ko.splitlines()[0] == "| 비교(A / B) | 문제 | A (초) | B (초) | 비율 | 목표 | 결과 |"
    assert en.splitlines()[0].startswith("| comparison (A / B) | problem | A (s) | B (s) | ratio |")
    assert "| 1.25배 | 1.2배 이하 | 미달 |" in ko and "| 1.25x | at most 1.2x | fail |" in en
    assert "| 400배 | 300배 이상 | 달성 |" in ko and "| 400x | at least 300x | pass |" in en
    assert "건너뜀: torch가 설치되지 않음" in ko and "skipped: torch is not installed" in en
    assert "층 [12288, 20, 7, 5, 1], `m` = 209, 10회 반복" in ko
    assert "CPU 코어 2개(x86_64)에서" in ko and "PyTorch" not in ko.splitlines()[-1]
    assert ko.splitlines()[-1].endswith("측정을 마친 시점의 부하 평균은 3.2입니다.")
    assert "가장 짧은 값입니다(루프 버전은 1번 실행)." in ko
    assert "shortest of 5 runs (the loop version: 1 run), and the load average was 3.2" in en
    # The figures are the same in both; only the words differ.
    numbers = [line.split("|")[3:5] for line in ko.splitlines()[2:6]]
    assert numbers == [line.split("|")[3:5] for line in en.splitlines()[2:6]]
    english_words = ("pass", "fail", "skipped", "comparison", "problem", "iterations", "layers")
    assert not any(word in ko for word in english_words)
