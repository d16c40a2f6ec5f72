"""Argument checks shared by the public functions of :mod:`dlnotes`.

Every public function checks its arguments once, before any computation, and
raises an error that names the argument, what was expected and what it got.
The inner training loops call private helpers that skip these checks.

The errors subclass :class:`ValueError`, so ``except ValueError`` catches all
of them; :class:`MissingParameterError` is also a :class:`KeyError` and
:class:`NotAnArrayError` also a :class:`TypeError`, where those fit better.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from numbers import Integral, Real
from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "MissingParameterError",
    "NotAnArrayError",
    "ShapeError",
    "as_real_array",
    "check_finite",
    "check_labels",
    "check_layer_dims",
    "check_learning_rate",
    "check_matrix",
    "check_num_iterations",
    "check_parameters",
    "check_positive_int",
    "check_probabilities",
    "check_same_m",
    "check_same_shape",
    "check_scalar",
    "check_seed",
    "described",
]


class ShapeError(ValueError):
    """An array does not have the shape the lecture notation requires."""


class NotAnArrayError(TypeError, ValueError):
    """An argument that must be a NumPy array is something else."""


class MissingParameterError(KeyError, ValueError):
    """A parameters or grads dict lacks a key the computation needs."""

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


def _shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def check_matrix(
    name: str,
    a: Any,
    *,
    shape: tuple[str, str],
    rows: int | None = None,
    cols: int | None = None,
    match: str | None = None,
) -> NDArray[Any]:
    """Check that ``a`` is a finite, non-empty 2-D NumPy array.

    ``shape`` names the dimensions in lecture notation, e.g. ``("n_x", "m")``;
    ``rows`` and ``cols``, when given, are the sizes they must have. When those
    sizes come from another argument, ``match`` names it and its shape (see
    :func:`described`), so a mismatch error names both arguments and both shapes.
    Returns ``a`` itself (never a copy, never modified).

    >>> check_matrix("X", np.zeros(3), shape=("n_x", "m"))
    Traceback (most recent call last):
    ...
    dlnotes._validation.ShapeError: X must be a 2-D array of shape (n_x, m); got a rank-1 array of shape (3,). Make it a column or a row explicitly, e.g. X.reshape(-1, 1) or X.reshape(1, -1).
    """
    expected = (
        "("
        + ", ".join(
            f"{label}={size}" if size is not None and label != str(size) else label
            for label, size in zip(shape, (rows, cols), strict=True)
        )
        + ")"
    )
    if not isinstance(a, np.ndarray):
        raise NotAnArrayError(
            f"{name} must be a numpy array of shape {expected}; got {type(a).__name__}. "
            f"Convert it with np.array({name})."
        )
    if a.ndim == 1:
        raise ShapeError(
            f"{name} must be a 2-D array of shape {expected}; got a rank-1 array of shape "
            f"{_shape_text(a.shape)}. Make it a column or a row explicitly, e.g. "
            f"{name}.reshape(-1, 1) or {name}.reshape(1, -1)."
        )
    if a.ndim != 2:
        raise ShapeError(
            f"{name} must be a 2-D array of shape {expected}; got {a.ndim} dimensions, "
            f"shape {_shape_text(a.shape)}."
        )
    if a.size == 0:
        raise ShapeError(f"{name} must not be empty; got shape {_shape_text(a.shape)}.")
    if (rows is not None and a.shape[0] != rows) or (cols is not None and a.shape[1] != cols):
        against = f" to match {match}" if match else ""
        raise ShapeError(
            f"{name} must have shape {expected}{against}; got shape {_shape_text(a.shape)}."
        )
    if not (np.issubdtype(a.dtype, np.number) or a.dtype == np.bool_):
        raise NotAnArrayError(f"{name} must hold numbers; got dtype {a.dtype}.")
    check_finite(name, a)
    return a


def check_finite(name: str, a: NDArray[Any]) -> None:
    """Raise if ``a`` holds NaN or infinity, naming the first bad position."""
    if np.issubdtype(a.dtype, np.inexact) and not np.all(np.isfinite(a)):
        where = tuple(int(i) for i in np.argwhere(~np.isfinite(a))[0])
        raise ValueError(f"{name} must hold finite numbers; got {a[where]} at index {where}.")


def check_labels(name: str, y: NDArray[Any]) -> None:
    """Raise unless every label in ``y`` is 0 or 1."""
    bad = (y != 0) & (y != 1)
    if np.any(bad):
        values = np.unique(y[bad])[:5]
        raise ValueError(
            f"{name} must hold labels 0 or 1 only; got {', '.join(str(v) for v in values)}."
        )


def check_same_m(x_name: str, x: NDArray[Any], y_name: str, y: NDArray[Any]) -> None:
    """Raise unless ``x`` and ``y`` have the same number of examples (columns)."""
    if x.shape[1] != y.shape[1]:
        raise ShapeError(
            f"{x_name} and {y_name} must have the same number of examples m (columns); "
            f"{x_name} has shape {_shape_text(x.shape)}, {y_name} has shape "
            f"{_shape_text(y.shape)}."
        )


def check_same_shape(
    a_name: str, a: NDArray[Any], b_name: str, b: NDArray[Any], *, shape: str = ""
) -> None:
    """Raise unless ``a`` and ``b`` have the same shape, naming both and both shapes.

    ``shape`` is the common shape in lecture notation, e.g. ``"(n_y, m)"``.

    >>> check_same_shape("A2", np.zeros((1, 2)), "Y", np.zeros((1, 3)), shape="(n_y, m)")
    Traceback (most recent call last):
    ...
    dlnotes._validation.ShapeError: A2 and Y must have the same shape (n_y, m); A2 has shape (1, 2), Y has shape (1, 3).
    """
    if a.shape != b.shape:
        raise ShapeError(
            f"{a_name} and {b_name} must have the same shape{' ' + shape if shape else ''}; "
            f"{a_name} has shape {_shape_text(a.shape)}, {b_name} has shape {_shape_text(b.shape)}."
        )


def described(name: str, a: NDArray[Any]) -> str:
    """``"X of shape (2, 3)"``: an argument and its shape, for ``check_matrix(match=...)``."""
    return f"{name} of shape {_shape_text(a.shape)}"


def check_probabilities(name: str, a: NDArray[Any]) -> None:
    """Raise unless every entry of ``a`` lies in $[0, 1]$, naming the first one outside.

    NaN is outside too (``check_matrix`` reports it first for 2-D arguments).

    >>> check_probabilities("A2", np.array([[0.2, 1.5]]))
    Traceback (most recent call last):
    ...
    ValueError: A2 must hold predictions in [0, 1] (sigmoid outputs); got 1.5 at index (0, 1).
    """
    bad = ~((a >= 0) & (a <= 1))
    if np.any(bad):
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        at = f" at index {where}" if where else ""
        raise ValueError(
            f"{name} must hold predictions in [0, 1] (sigmoid outputs); got {a[where]}{at}."
        )


def as_real_array(name: str, value: Any) -> NDArray[np.float64]:
    """Return ``value`` (a number or an array-like of real numbers) as a float64 array.

    Raises, naming ``name``, for ``None``, strings, complex numbers and anything
    else that is not a real number: ``np.asarray(None, dtype=float)`` would
    silently give ``nan``. NaN and infinity pass through; callers that need
    finite values check them.

    >>> as_real_array("z", [1, None])
    Traceback (most recent call last):
    ...
    dlnotes._validation.NotAnArrayError: z must be a real number or an array of real numbers; got list with dtype object.
    """
    a = np.asarray(value)
    if a.dtype.kind not in "biuf":  # bool, signed, unsigned, float
        raise NotAnArrayError(
            f"{name} must be a real number or an array of real numbers; "
            f"got {type(value).__name__} with dtype {a.dtype}."
        )
    return a.astype(np.float64, copy=False)


def check_positive_int(name: str, value: Any, *, allow_zero: bool = False) -> int:
    """Return ``value`` as an int if it is a whole number > 0 (or >= 0)."""
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise NotAnArrayError(f"{name} must be a whole number; got {value!r}.")
    low = 0 if allow_zero else 1
    if value < low:
        raise ValueError(f"{name} must be >= {low}; got {value}.")
    return int(value)


def check_seed(name: str, value: Any) -> int:
    """Return a seed for ``np.random.RandomState``: a whole number from 0 to 2**32 - 1."""
    seed = check_positive_int(name, value, allow_zero=True)
    if seed > 2**32 - 1:
        raise ValueError(f"{name} must be at most 2**32 - 1 = {2**32 - 1}; got {seed}.")
    return seed


def check_num_iterations(value: Any) -> int:
    """Return the number of iterations, a whole number >= 0."""
    return check_positive_int("num_iterations", value, allow_zero=True)


def check_learning_rate(value: Any) -> float:
    """Return the learning rate alpha as a float, which must be finite and > 0."""
    if isinstance(value, bool) or not isinstance(value, Real):
        raise NotAnArrayError(f"learning_rate must be a number; got {value!r}.")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"learning_rate must be a finite number > 0; got {value}.")
    return float(value)


def check_scalar(name: str, value: Any) -> float:
    """Return a finite real scalar (a Python number or a 0-d/size-1 array) as float."""
    if isinstance(value, np.ndarray):
        if value.size != 1:
            raise ShapeError(f"{name} must be a scalar; got an array of shape {value.shape}.")
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, Real):
        raise NotAnArrayError(f"{name} must be a real number; got {value!r}.")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be finite; got {value}.")
    return float(value)


def check_parameters(name: str, parameters: Any, keys: Iterable[str]) -> Mapping[str, NDArray[Any]]:
    """Raise unless ``parameters`` is a dict holding every key in ``keys``."""
    if not isinstance(parameters, Mapping):
        raise NotAnArrayError(f"{name} must be a dict; got {type(parameters).__name__}.")
    missing = [k for k in keys if k not in parameters]
    if missing:
        raise MissingParameterError(
            f"{name} is missing {', '.join(repr(k) for k in missing)}; "
            f"it has {', '.join(repr(k) for k in parameters) or 'no keys'}."
        )
    return parameters


def check_layer_dims(name: str, value: Any, *, length: int | None = None) -> list[int]:
    """Return the layer sizes ``[n_x, n[1], ..., n[L]]`` as ints: at least two, each >= 1.

    ``length``, when given, is the number of sizes there must be.

    >>> check_layer_dims("layer_dims", [5, 0, 1])
    Traceback (most recent call last):
    ...
    ValueError: layer_dims[1] must be >= 1; got 0.
    """
    if isinstance(value, (str, bytes)) or not isinstance(value, (Sequence, np.ndarray)):
        raise NotAnArrayError(
            f"{name} must be a list of layer sizes [n_x, n[1], ..., n[L]]; "
            f"got {type(value).__name__}."
        )
    sizes = list(value)
    if length is not None and len(sizes) != length:
        raise ValueError(f"{name} must hold {length} layer sizes; got {len(sizes)}: {sizes}.")
    if len(sizes) < 2:
        raise ValueError(
            f"{name} must hold at least two layer sizes, n_x and the output layer's; "
            f"got {len(sizes)}: {sizes}."
        )
    return [check_positive_int(f"{name}[{i}]", n) for i, n in enumerate(sizes)]
