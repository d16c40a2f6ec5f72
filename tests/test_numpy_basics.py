"""dlnotes.numpy_basics: the course's practice-notebook results, properties, bad input."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from dlnotes import ShapeError
from dlnotes.activations import sigmoid
from dlnotes.numpy_basics import L1, L2, basic_sigmoid, image2vector, normalize_rows, softmax

# The practice notebook's 3x3x2 image and its unrolled column.
IMAGE = np.array(
    [
        [[0.67826139, 0.29380381], [0.90714982, 0.52835647], [0.4215251, 0.45017551]],
        [[0.92814219, 0.96677647], [0.85304703, 0.52351845], [0.19981397, 0.27417313]],
        [[0.60659855, 0.00533165], [0.10820313, 0.49978937], [0.34144279, 0.94630077]],
    ]
)
YHAT = np.array([0.9, 0.2, 0.1, 0.4, 0.9])
Y = np.array([1, 0, 0, 1, 1])

rows = arrays(
    np.float64,
    st.tuples(st.integers(1, 5), st.integers(1, 6)),
    elements=st.floats(-50, 50, allow_nan=False),
)


def test_basic_sigmoid_course_value() -> None:
    assert basic_sigmoid(1) == 0.7310585786300049
    assert basic_sigmoid(0) == 0.5
    assert basic_sigmoid(-1000) == 0.0
    assert basic_sigmoid(1000) == 1.0
    # near the overflow limit of math.exp (about -709.78) it agrees with the array sigmoid
    for x in (-709.0, -709.5, -709.78, -709.79):
        assert basic_sigmoid(x) == float(sigmoid(np.array(x)))
    assert 0.0 < basic_sigmoid(-709.5) < 1e-307


def test_basic_sigmoid_rejects_arrays_with_advice() -> None:
    with pytest.raises(TypeError, match=r"x must be one real number .* shape \(3,\).*np\.exp"):
        basic_sigmoid(np.array([1, 2, 3]))
    with pytest.raises(TypeError, match="x must be one real number"):
        basic_sigmoid("1")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="nan"):
        basic_sigmoid(math.nan)


def test_image2vector_course_example() -> None:
    v = image2vector(IMAGE)
    assert v.shape == (18, 1)
    np.testing.assert_array_equal(v[:4, 0], [0.67826139, 0.29380381, 0.90714982, 0.52835647])
    np.testing.assert_array_equal(v[-1, 0], 0.94630077)
    # channel j of pixel k sits at row k*c + j (row-major order)
    h, w, c = IMAGE.shape
    for k, (i, j) in enumerate((i, j) for i in range(h) for j in range(w)):
        np.testing.assert_array_equal(v[k * c : (k + 1) * c, 0], IMAGE[i, j])


def test_image2vector_returns_a_copy() -> None:
    image = IMAGE.copy()
    v = image2vector(image)
    v[0, 0] = 99.0
    np.testing.assert_array_equal(image, IMAGE)


def test_normalize_rows_course_example() -> None:
    out = normalize_rows(np.array([[0.0, 3, 4], [1, 6, 4]]))
    np.testing.assert_allclose(
        out, [[0.0, 0.6, 0.8], [0.13736056, 0.82416338, 0.54944226]], atol=5e-9
    )


@given(rows)
def test_normalize_rows_gives_unit_rows(x: np.ndarray) -> None:
    assume(np.all(np.linalg.norm(x, axis=1) > 1e-3))  # a zero row has no direction
    np.testing.assert_allclose(np.linalg.norm(normalize_rows(x), axis=1), 1.0, rtol=1e-12)


def test_normalize_rows_zero_row_is_an_error() -> None:
    with pytest.raises(ValueError, match="row 1 is all zeros"):
        normalize_rows(np.array([[1.0, 2.0], [0.0, 0.0]]))


def test_softmax_course_example() -> None:
    s = softmax(np.array([[9.0, 2, 5, 0, 0], [7, 5, 0, 0, 0]]))
    expected = [
        [9.80897665e-01, 8.94462891e-04, 1.79657674e-02, 1.21052389e-04, 1.21052389e-04],
        [8.78679856e-01, 1.18916387e-01, 8.01252314e-04, 8.01252314e-04, 8.01252314e-04],
    ]
    np.testing.assert_allclose(s, expected, rtol=1e-8)


@given(rows, st.floats(-500, 500))
def test_softmax_rows_sum_to_one_and_ignore_shifts(x: np.ndarray, c: float) -> None:
    s = softmax(x)
    assert np.all(s > 0)
    np.testing.assert_allclose(s.sum(axis=1), 1.0, rtol=1e-12)
    np.testing.assert_allclose(softmax(x + c), s, rtol=1e-9, atol=1e-300)


def test_softmax_large_inputs_stay_finite() -> None:
    with np.errstate(over="raise"):
        s = softmax(np.array([[1000.0, 999.0, -1000.0]]))
    np.testing.assert_allclose(s, [[1 / (1 + math.exp(-1)), 1 / (1 + math.e), 0.0]], rtol=1e-12)
    # positive in exact arithmetic, but an entry about 745 below its row's maximum underflows
    assert softmax(np.array([[0.0, -746.0]]))[0, 1] == 0.0


def test_losses_course_values() -> None:
    assert L1(YHAT, Y) == pytest.approx(1.1, abs=1e-15)
    assert L2(YHAT, Y) == pytest.approx(0.43, abs=1e-15)
    # any shape, as long as the two agree
    assert L2(YHAT.reshape(1, 5), Y.reshape(1, 5)) == L2(YHAT, Y)


@pytest.mark.parametrize("loss", [L1, L2])
def test_losses_reject_mismatched_shapes(loss) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ShapeError, match=r"yhat has shape \(5,\), y has shape \(1, 5\)"):
        loss(YHAT, Y.reshape(1, 5))
    with pytest.raises(TypeError, match="yhat must be a numpy array; got list"):
        loss([0.9], Y)
    with pytest.raises(ValueError, match="y must hold finite numbers"):
        loss(YHAT, np.array([1, 0, np.nan, 1, 1]))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: image2vector(np.zeros((4, 4))), r"image must be a 3-D array .* shape \(4, 4\)"),
        (lambda: image2vector(np.zeros((0, 2, 3))), "image must not be empty"),
        (lambda: normalize_rows(np.zeros(3)), "x must be a 2-D array"),
        (lambda: softmax(np.array([[1.0, np.inf]])), "x must hold finite numbers"),
        (lambda: softmax([[1.0, 2.0]]), "x must be a numpy array"),
    ],
)
def test_bad_input_names_the_argument(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises((ValueError, TypeError), match=message):
        call()


def test_inputs_are_never_modified() -> None:
    x = np.array([[9.0, 2, 5], [7, 5, 0]])
    before = x.copy()
    softmax(x)
    normalize_rows(x)
    L1(x, x + 1)
    L2(x, x + 1)
    image2vector(IMAGE)
    np.testing.assert_array_equal(x, before)
