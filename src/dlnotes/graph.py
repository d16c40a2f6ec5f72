r"""Computation graphs (week 2, "Computation graph" and "Derivatives with a
computation graph").

Two pieces:

- :func:`forward` and :func:`backward`: the lecture's graph
  $J(a, b, c) = 3(a + bc)$ with $u = bc$, $v = a + u$, $J = 3v$, computed left
  to right and differentiated right to left by hand.
- :class:`Value`: a scalar that remembers how it was computed, so
  :meth:`Value.backward` can apply the chain rule through any graph built from
  ``+``, ``-``, ``*``, ``/``, ``**``, :meth:`~Value.exp`, :meth:`~Value.log`,
  :meth:`~Value.sigmoid` and :meth:`~Value.tanh`. Each operation computes its
  value and defines its local derivative right beside it.
  :func:`logistic_regression_example` uses it on one example of logistic
  regression and recovers $dz = a - y$.

Names follow the ``dvar`` convention: ``dv`` is $\dfrac{dJ}{dv}$.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from numbers import Real

from dlnotes._validation import NotAnArrayError, check_scalar

__all__ = ["Value", "backward", "forward", "logistic_regression_example"]

_LOG_MAX_FLOAT = math.log(1.7976931348623157e308)  # about 709.78: e^x overflows above it


# --8<-- [start:forward]
def forward(a: float, b: float, c: float) -> dict[str, float]:
    r"""Forward pass of $J = 3(a + bc)$, left to right: $u = bc$, $v = a + u$, $J = 3v$.

    >>> forward(5, 3, 2)
    {'u': 6, 'v': 11, 'J': 33}
    """
    _check_abc(a, b, c)
    u = b * c
    v = a + u
    J = 3 * v
    return {"u": u, "v": v, "J": J}


# --8<-- [end:forward]


# --8<-- [start:backward]
def backward(a: float, b: float, c: float) -> dict[str, float]:
    r"""Backward pass of $J = 3(a + bc)$, right to left, by the chain rule.

    $\dfrac{dJ}{dv} = 3$, $\dfrac{dJ}{du} = \dfrac{dJ}{dv}\dfrac{dv}{du} = 3$,
    $\dfrac{dJ}{da} = \dfrac{dJ}{dv}\dfrac{dv}{da} = 3$,
    $\dfrac{dJ}{db} = \dfrac{dJ}{du}\dfrac{du}{db} = 3c$,
    $\dfrac{dJ}{dc} = \dfrac{dJ}{du}\dfrac{du}{dc} = 3b$.

    >>> backward(5, 3, 2)
    {'dv': 3, 'du': 3, 'da': 3, 'db': 6, 'dc': 9}
    """
    _check_abc(a, b, c)
    dv = 3  # J = 3v
    du = dv * 1  # v = a + u
    da = dv * 1  # v = a + u
    db = du * c  # u = bc
    dc = du * b  # u = bc
    return {"dv": dv, "du": du, "da": da, "db": db, "dc": dc}


# --8<-- [end:backward]


def _check_real(data: object) -> None:
    if isinstance(data, bool) or not isinstance(data, Real):
        raise NotAnArrayError(f"Value needs a real number; got {data!r}.")


def _check_abc(a: float, b: float, c: float) -> None:
    """Raise unless a, b and c are finite real numbers (they are used as given, ints stay ints)."""
    for name, value in (("a", a), ("b", b), ("c", c)):
        check_scalar(name, value)


# --8<-- [start:Value]
class Value:
    """A scalar node of a computation graph that can backpropagate.

    ``data`` is the value computed on the way forward; ``grad`` is
    $dJ/d(\\text{this node})$, filled in by :meth:`backward` of the output $J$.

    >>> a, b, c = Value(5.0), Value(3.0), Value(2.0)
    >>> J = 3 * (a + b * c)
    >>> J.backward()
    >>> J.data, a.grad, b.grad, c.grad
    (33.0, 3.0, 6.0, 9.0)
    """

    def __init__(self, data: float, _parents: Sequence[Value] = (), _op: str = "") -> None:
        _check_real(data)
        self.data = float(data)
        self.grad = 0.0
        self._parents = tuple(_parents)
        self._op = _op
        self._backward: Callable[[], None] = lambda: None

    def __repr__(self) -> str:
        return f"Value(data={self.data:.6g}, grad={self.grad:.6g})"

    @staticmethod
    def _wrap(other: Value | float) -> Value:
        return other if isinstance(other, Value) else Value(other)

    def __add__(self, other: Value | float) -> Value:
        other = Value._wrap(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward() -> None:  # d(x + y)/dx = 1, d(x + y)/dy = 1
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other: Value | float) -> Value:
        other = Value._wrap(other)
        out = Value(self.data * other.data, (self, other), "*")

        def _backward() -> None:  # d(xy)/dx = y, d(xy)/dy = x
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __pow__(self, k: float) -> Value:
        out = Value(self.data**k, (self,), f"**{k}")

        def _backward() -> None:  # d(x^k)/dx = k x^(k-1)
            self.grad += k * self.data ** (k - 1) * out.grad

        out._backward = _backward
        return out

    def exp(self) -> Value:
        if self.data > _LOG_MAX_FLOAT:
            raise OverflowError(
                f"exp({self.data}) is too large for a float (the limit is e^709.78)."
            )
        out = Value(math.exp(self.data), (self,), "exp")

        def _backward() -> None:  # d(e^x)/dx = e^x
            self.grad += out.data * out.grad

        out._backward = _backward
        return out

    def log(self) -> Value:
        if not self.data > 0:
            raise ValueError(f"log needs a positive input; got {self.data}.")
        out = Value(math.log(self.data), (self,), "log")

        def _backward() -> None:  # d(log x)/dx = 1/x
            self.grad += out.grad / self.data

        out._backward = _backward
        return out

    def sigmoid(self) -> Value:
        x = self.data  # two forms, so that math.exp never overflows
        s = 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
        out = Value(s, (self,), "sigmoid")

        def _backward() -> None:  # sigma'(x) = sigma(x)(1 - sigma(x))
            self.grad += out.data * (1.0 - out.data) * out.grad

        out._backward = _backward
        return out

    def tanh(self) -> Value:
        out = Value(math.tanh(self.data), (self,), "tanh")

        def _backward() -> None:  # tanh'(x) = 1 - tanh(x)^2
            self.grad += (1.0 - out.data**2) * out.grad

        out._backward = _backward
        return out

    def __neg__(self) -> Value:
        return self * -1.0

    def __radd__(self, other: float) -> Value:
        return self + other

    def __sub__(self, other: Value | float) -> Value:
        return self + (-Value._wrap(other))

    def __rsub__(self, other: float) -> Value:
        return Value(other) - self

    def __rmul__(self, other: float) -> Value:
        return self * other

    def __truediv__(self, other: Value | float) -> Value:
        return self * Value._wrap(other) ** -1

    def __rtruediv__(self, other: float) -> Value:
        return Value(other) * self**-1

    def backward(self) -> None:
        """Fill in ``grad`` of every node this one depends on, by the chain rule.

        Nodes are visited in reverse topological order, so a node's ``grad``
        is complete before it is passed on to its parents.
        """
        order: list[Value] = []
        seen: set[int] = set()
        stack: list[tuple[Value, bool]] = [(self, False)]
        while stack:  # iterative depth-first search: deep graphs do not hit the recursion limit
            node, parents_done = stack.pop()
            if parents_done:
                order.append(node)
            elif id(node) not in seen:
                seen.add(id(node))
                stack.append((node, True))
                stack.extend((p, False) for p in node._parents if id(p) not in seen)
        for node in order:
            node.grad = 0.0
        self.grad = 1.0
        for node in reversed(order):
            node._backward()


# --8<-- [end:Value]


# --8<-- [start:logistic_regression_example]
def logistic_regression_example(
    x: Sequence[float], w: Sequence[float], b: float, y: float
) -> dict[str, float | list[float]]:
    r"""One example of logistic regression as a computation graph.

    Forward: $z = w^T x + b$, $a = \sigma(z)$,
    $\mathcal{L}(a, y) = -\big(y \log a + (1 - y) \log(1 - a)\big)$.
    Backward with :class:`Value` gives $da = -\dfrac{y}{a} + \dfrac{1 - y}{1 - a}$,
    $dz = a - y$, $dw_j = x_j\,dz$ and $db = dz$.

    For a label 0 or 1 one term of $\mathcal{L}$ is multiplied by 0, and the
    graph builds only the other: $-\log a$ for $y = 1$, $-\log(1 - a)$ for
    $y = 0$. The value is the same, and a confident correct prediction (say
    $z = 40$, $y = 1$, where $a$ rounds to exactly 1) gives $\mathcal{L} = 0$ and
    $dz = 0$ instead of failing on $\log 0$. A confident wrong one, where
    $\mathcal{L}$ is infinite in floating point, raises an error.

    >>> r = logistic_regression_example(x=[1.0, 2.0], w=[0.5, -0.25], b=0.1, y=1)
    >>> round(r["a"], 6), round(r["dz"], 6), round(r["a"] - 1, 6)
    (0.524979, -0.475021, -0.475021)
    >>> [round(v, 6) for v in r["dw"]], round(r["db"], 6)
    ([-0.475021, -0.950042], -0.475021)
    """
    for name, seq in (("x", x), ("w", w)):
        if isinstance(seq, (str, bytes)) or not isinstance(seq, Sequence):
            raise NotAnArrayError(
                f"{name} must be a list of n_x numbers; got {type(seq).__name__}."
            )
    if len(x) != len(w):
        raise ValueError(f"x and w must have the same length n_x; got {len(x)} and {len(w)}.")
    if len(x) == 0:
        raise ValueError("x and w must hold at least one feature; got empty lists.")
    y = check_scalar("y", y)
    if y not in (0.0, 1.0):
        raise ValueError(f"y must be 0 or 1; got {y}.")
    xs = [check_scalar(f"x[{j}]", xj) for j, xj in enumerate(x)]
    w_nodes = [Value(check_scalar(f"w[{j}]", wj)) for j, wj in enumerate(w)]
    b_node = Value(check_scalar("b", b))
    z = b_node
    for wj, xj in zip(w_nodes, xs, strict=True):
        z = z + wj * xj
    a = z.sigmoid()
    if a.data == 1.0 - y:  # the kept log term is log 0
        raise ValueError(
            f"a = sigma(z) rounds to exactly {a.data:g} at z = {z.data:g} while y = {y:g}: "
            "the loss is infinite in floating point. Compute it from z instead, "
            "log(1 + e^(-z)) for y = 1 and log(1 + e^z) for y = 0 "
            "(dlnotes.gradcheck.cost_from_logits)."
        )
    L = -a.log() if y == 1 else -(1 - a).log()
    L.backward()
    return {
        "z": z.data,
        "a": a.data,
        "L": L.data,
        "da": a.grad,
        "dz": z.grad,
        "dw": [wj.grad for wj in w_nodes],
        "db": b_node.grad,
    }


# --8<-- [end:logistic_regression_example]
