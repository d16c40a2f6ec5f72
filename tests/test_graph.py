"""The lecture's computation graph and the scalar autodiff Value."""

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dlnotes.graph import Value, backward, forward, logistic_regression_example


def test_lecture_numbers():
    assert forward(5, 3, 2) == {"u": 6, "v": 11, "J": 33}
    assert backward(5, 3, 2) == {"dv": 3, "du": 3, "da": 3, "db": 6, "dc": 9}


finite = st.floats(min_value=-10, max_value=10)


@given(a=finite, b=finite, c=finite)
def test_value_agrees_with_hand_derivation(a, b, c):
    va, vb, vc = Value(a), Value(b), Value(c)
    J = 3 * (va + vb * vc)
    J.backward()
    hand = backward(a, b, c)
    assert J.data == pytest.approx(forward(a, b, c)["J"])
    assert (va.grad, vb.grad, vc.grad) == pytest.approx((hand["da"], hand["db"], hand["dc"]))


@given(x=st.floats(min_value=0.1, max_value=3))
def test_each_operation_against_finite_differences(x):
    ops = [
        lambda v: v.exp() * v,
        lambda v: (v + 1).log() / v,
        lambda v: v.sigmoid() - v.tanh(),
        lambda v: 2 - v**3,
        lambda v: 1 / v,
    ]
    h = 1e-6
    for op in ops:
        v = Value(x)
        out = op(v)
        out.backward()
        numeric = (op(Value(x + h)).data - op(Value(x - h)).data) / (2 * h)
        assert v.grad == pytest.approx(numeric, rel=1e-5, abs=1e-7)


def test_a_reused_node_accumulates_its_gradient():
    a = Value(3.0)
    J = a * a + a  # dJ/da = 2a + 1
    J.backward()
    assert a.grad == 7.0
    J.backward()  # a second backward pass starts from zero again
    assert a.grad == 7.0


def test_deep_graph_does_not_hit_the_recursion_limit():
    x = Value(1.0)
    y = x
    for _ in range(5000):
        y = y + 1
    y.backward()
    assert x.grad == 1.0


small = st.floats(min_value=-3, max_value=3)  # keeps a = sigmoid(z) away from exactly 0 or 1


@given(x1=small, x2=small, w1=small, w2=small, b=small, y=st.sampled_from([0, 1]))
def test_logistic_one_example_matches_the_lecture_formulas(x1, x2, w1, w2, b, y):
    r = logistic_regression_example([x1, x2], [w1, w2], b, y)
    a = r["a"]
    assume(1e-6 < a < 1 - 1e-6)  # the formula for da divides by a and 1 - a
    assert r["dz"] == pytest.approx(a - y, abs=1e-12)
    assert r["da"] == pytest.approx(-y / a + (1 - y) / (1 - a), rel=1e-9)
    assert r["dw"] == pytest.approx([x1 * r["dz"], x2 * r["dz"]], abs=1e-12)
    assert r["db"] == pytest.approx(r["dz"], abs=1e-15)
    assert r["L"] == pytest.approx(-(y * math.log(a) + (1 - y) * math.log(1 - a)))


def test_logistic_one_example_rejects_bad_label_and_lengths():
    with pytest.raises(ValueError, match="y must be 0 or 1; got 2"):
        logistic_regression_example([1.0], [1.0], 0.0, 2)
    with pytest.raises(ValueError, match="same length n_x; got 2 and 1"):
        logistic_regression_example([1.0, 2.0], [1.0], 0.0, 1)


@pytest.mark.parametrize(("z", "y"), [(40.0, 1), (-40.0, 0), (800.0, 1), (-800.0, 0)])
def test_confident_correct_predictions_give_zero_loss_and_dz(z, y):
    """a rounds to exactly y: L = 0 and dz = a - y, not log(0) (compare propagate_loop)."""
    r = logistic_regression_example([1.0], [z], 0.0, y)
    assert r["L"] == pytest.approx(0.0, abs=1e-17)
    assert r["dz"] == pytest.approx(r["a"] - y, abs=1e-17)
    assert r["dw"] == pytest.approx([r["dz"]], abs=1e-17)


@given(
    z=st.floats(min_value=-30, max_value=30),
    y=st.sampled_from([0, 1]),
)
def test_example_agrees_with_the_full_formula_where_it_is_finite(z, y):
    """Building only the kept log term changes nothing where both terms are finite."""
    r = logistic_regression_example([1.0], [z], 0.0, y)
    a = 1 / (1 + math.exp(-z))
    assume(0 < a < 1)
    assert r["L"] == pytest.approx(-(y * math.log(a) + (1 - y) * math.log(1 - a)), rel=1e-9)


@pytest.mark.parametrize("x", [-800.0, -40.0, 0.0, 40.0, 800.0])
def test_value_sigmoid_never_overflows(x):
    v = Value(x)
    s = v.sigmoid()
    s.backward()
    assert 0.0 <= s.data <= 1.0
    assert v.grad == pytest.approx(s.data * (1 - s.data), abs=1e-300)
