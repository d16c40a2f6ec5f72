r"""The course's data sets, made by code (no downloads).

Every loader returns examples as columns: ``X`` of shape ``(n_x, m)`` and
``Y`` of shape ``(1, m)``.

- :func:`load_planar_dataset`: the "flower" of week 3, exactly the course's recipe.
- :func:`load_extra_datasets`: noisy circles, noisy moons, blobs and Gaussian
  quantiles, made in NumPy like the extra 2-D sets of the week 3 exercise
  (the course draws them with scikit-learn, so the points are not the same).
- :func:`load_two_gaussians`: a small labelled set for logistic regression
  from scratch, split into train and test.
- :func:`load_cat_dataset`: the course's cat / non-cat HDF5 files, for
  learners who have them (needs ``h5py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from dlnotes._validation import check_positive_int, check_scalar, check_seed

__all__ = [
    "load_cat_dataset",
    "load_extra_datasets",
    "load_planar_dataset",
    "load_two_gaussians",
]

Array = NDArray[np.float64]


# --8<-- [start:load_planar_dataset]
def load_planar_dataset() -> tuple[Array, NDArray[np.uint8]]:
    r"""The planar "flower": 400 points in 2-D, two classes of 200, 8 petals (4 per class).

    For class $j = 0$, then $j = 1$, from one legacy generator seeded with 1:
    angle $t = \mathrm{linspace}(3.12 j, 3.12 (j + 1), 200) + 0.2\,\mathrm{randn}(200)$,
    radius $r = 4 \sin(4t) + 0.2\,\mathrm{randn}(200)$, point $(r \sin t, r \cos t)$.

    $r = 4 \sin 4t$ is a rose with 8 petals: $\sin 4t$ changes sign every
    $\pi/4$, and a lobe with $r < 0$ is drawn on the opposite side. Each class
    sweeps $t$ over about $\pi$, four lobes, so each class draws 4 of the 8 petals.

    Returns
    -------
    X : ndarray of shape (2, 400)
    Y : ndarray of shape (1, 400), dtype uint8, labels 0 (first 200) and 1

    >>> X, Y = load_planar_dataset()
    >>> X.shape, Y.shape
    ((2, 400), (1, 400))
    >>> X[:, 0], int(Y.sum())
    (array([1.20444229, 3.57611415]), 200)
    """
    rng = np.random.RandomState(1)
    m = 400  # number of examples
    N = m // 2  # points per class
    D = 2  # dimensionality
    X = np.zeros((m, D))  # one example per row while building
    Y = np.zeros((m, 1), dtype="uint8")  # labels (0 for red, 1 for blue)
    a = 4  # maximum ray of the flower
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + rng.randn(N) * 0.2  # theta
        r = a * np.sin(4 * t) + rng.randn(N) * 0.2  # radius
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    return X.T, Y.T


# --8<-- [end:load_planar_dataset]


def _check_non_negative(name: str, value: Any) -> float:
    number = check_scalar(name, value)
    if number < 0:
        raise ValueError(f"{name} must be >= 0; got {number}.")
    return number


def _as_columns(X: Array, y: NDArray[Any]) -> tuple[Array, NDArray[np.uint8]]:
    return X.T.copy(), y.reshape(1, -1).astype(np.uint8)


def noisy_circles(
    m: int = 200, noise: float = 0.3, factor: float = 0.5, seed: int = 0
) -> tuple[Array, NDArray[np.uint8]]:
    r"""Two concentric circles (inner one labelled 1) with Gaussian noise.

    ``factor`` is the inner radius (the outer one is 1), in $(0, 1)$; ``noise``
    is the noise's standard deviation, $\geq 0$.

    >>> X, Y = noisy_circles()
    >>> X.shape, Y.shape, int(Y.sum())
    ((2, 200), (1, 200), 100)
    """
    m = check_positive_int("m", m)
    noise = _check_non_negative("noise", noise)
    factor = check_scalar("factor", factor)
    if not 0 < factor < 1:
        raise ValueError(f"factor must lie in (0, 1); got {factor}.")
    rng = np.random.RandomState(check_seed("seed", seed))
    n_out, n_in = m - m // 2, m // 2
    t_out = np.linspace(0, 2 * np.pi, n_out, endpoint=False)
    t_in = np.linspace(0, 2 * np.pi, n_in, endpoint=False)
    X = np.vstack(
        [
            np.c_[np.cos(t_out), np.sin(t_out)],
            factor * np.c_[np.cos(t_in), np.sin(t_in)],
        ]
    )
    y = np.r_[np.zeros(n_out), np.ones(n_in)]
    X = X + rng.normal(scale=noise, size=X.shape)
    return _as_columns(X, y)


def noisy_moons(m: int = 200, noise: float = 0.2, seed: int = 0) -> tuple[Array, NDArray[np.uint8]]:
    """Two interleaving half circles with Gaussian noise.

    >>> X, Y = noisy_moons()
    >>> X.shape, int(Y.sum())
    ((2, 200), 100)
    """
    m = check_positive_int("m", m)
    noise = _check_non_negative("noise", noise)
    rng = np.random.RandomState(check_seed("seed", seed))
    n_out, n_in = m - m // 2, m // 2
    t_out = np.linspace(0, np.pi, n_out)
    t_in = np.linspace(0, np.pi, n_in)
    X = np.vstack(
        [
            np.c_[np.cos(t_out), np.sin(t_out)],
            np.c_[1 - np.cos(t_in), 1 - np.sin(t_in) - 0.5],
        ]
    )
    y = np.r_[np.zeros(n_out), np.ones(n_in)]
    X = X + rng.normal(scale=noise, size=X.shape)
    return _as_columns(X, y)


def blobs(m: int = 200, centers: int = 6, seed: int = 5) -> tuple[Array, NDArray[np.uint8]]:
    """Gaussian blobs around ``centers`` random centres; blob k gets label ``k % 2``.

    >>> X, Y = blobs()
    >>> X.shape, sorted(set(Y.ravel().tolist()))
    ((2, 200), [0, 1])
    """
    m = check_positive_int("m", m)
    centers = check_positive_int("centers", centers)
    rng = np.random.RandomState(check_seed("seed", seed))
    centres = rng.uniform(-10, 10, size=(centers, 2))
    k = np.arange(m) % centers
    X = centres[k] + rng.normal(size=(m, 2))
    return _as_columns(X, k % 2)


def gaussian_quantiles(
    m: int = 200, cov: float = 0.5, seed: int = 0
) -> tuple[Array, NDArray[np.uint8]]:
    """A 2-D Gaussian cut into two classes by the median distance from its centre.

    >>> X, Y = gaussian_quantiles()
    >>> X.shape, int(Y.sum())
    ((2, 200), 100)
    """
    m = check_positive_int("m", m)
    cov = check_scalar("cov", cov)
    if cov <= 0:
        raise ValueError(f"cov must be > 0; got {cov}.")
    rng = np.random.RandomState(check_seed("seed", seed))
    X = rng.multivariate_normal(np.zeros(2), cov * np.eye(2), size=m)
    distance = np.sum(X**2, axis=1)
    y = np.zeros(m)
    y[np.argsort(distance)[m // 2 :]] = 1
    return _as_columns(X, y)


def load_extra_datasets(m: int = 200, seed: int = 0) -> dict[str, tuple[Array, NDArray[np.uint8]]]:
    """Four 2-D sets like the week 3 exercise's extra ones, each as ``(X, Y)`` with ``X`` (2, m).

    Keys: ``"noisy_circles"``, ``"noisy_moons"``, ``"blobs"``,
    ``"gaussian_quantiles"``. They are made in NumPy with fixed seeds, so
    every run gives the same points (not the course's points: the course
    draws these sets with scikit-learn).

    >>> sets = load_extra_datasets()
    >>> sorted(sets)
    ['blobs', 'gaussian_quantiles', 'noisy_circles', 'noisy_moons']
    """
    m = check_positive_int("m", m)
    seed = check_seed("seed", seed)
    return {
        "noisy_circles": noisy_circles(m, seed=seed),
        "noisy_moons": noisy_moons(m, seed=seed),
        "blobs": blobs(m, seed=(seed + 5) % 2**32),
        "gaussian_quantiles": gaussian_quantiles(m, seed=seed),
    }


def load_two_gaussians(
    m_train: int = 300, m_test: int = 100, n_x: int = 2, seed: int = 1
) -> tuple[Array, NDArray[np.uint8], Array, NDArray[np.uint8]]:
    """Two overlapping Gaussian clouds in ``n_x`` dimensions, for logistic regression.

    Class 0 is centred at $-1$ and class 1 at $+1$ in every coordinate, both
    with unit variance, so a linear boundary separates them well but not
    perfectly. Returns ``X_train (n_x, m_train)``, ``Y_train (1, m_train)``,
    ``X_test (n_x, m_test)``, ``Y_test (1, m_test)``.

    >>> X_train, Y_train, X_test, Y_test = load_two_gaussians()
    >>> X_train.shape, Y_train.shape, X_test.shape, Y_test.shape
    ((2, 300), (1, 300), (2, 100), (1, 100))
    """
    m_train = check_positive_int("m_train", m_train)
    m_test = check_positive_int("m_test", m_test)
    n_x = check_positive_int("n_x", n_x)
    rng = np.random.RandomState(check_seed("seed", seed))
    m = m_train + m_test
    Y = rng.randint(0, 2, size=(1, m)).astype(np.uint8)
    X = rng.randn(n_x, m) + (2.0 * Y - 1.0)
    return X[:, :m_train], Y[:, :m_train], X[:, m_train:], Y[:, m_train:]


# --8<-- [start:load_cat_dataset]
def load_cat_dataset(
    train_path: str | Path, test_path: str | Path
) -> tuple[Array, NDArray[Any], Array, NDArray[Any], NDArray[Any]]:
    """Read the course's cat / non-cat HDF5 files, flattened and scaled.

    ``train_path`` holds ``train_set_x`` (m, 64, 64, 3) and ``train_set_y``;
    ``test_path`` holds ``test_set_x``, ``test_set_y`` and ``list_classes``.
    Each image becomes a column of $64 \\cdot 64 \\cdot 3 = 12288$ values in $[0, 1]$.

    Returns
    -------
    train_x : ndarray of shape (12288, m_train)
    train_y : ndarray of shape (1, m_train)
    test_x : ndarray of shape (12288, m_test)
    test_y : ndarray of shape (1, m_test)
    classes : ndarray of bytes, e.g. ``[b'non-cat', b'cat']``
    """
    try:
        import h5py
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "load_cat_dataset needs h5py: pip install 'dlnotes[data]' (or pip install h5py)."
        ) from exc
    files = {"train_path": Path(train_path), "test_path": Path(test_path)}
    for name, path in files.items():
        if not path.is_file():
            raise FileNotFoundError(f"{name}: no file at {path}.")
    with h5py.File(files["train_path"], "r") as train, h5py.File(files["test_path"], "r") as test:
        needed = {
            "train_path": (train, ("train_set_x", "train_set_y")),
            "test_path": (test, ("test_set_x", "test_set_y", "list_classes")),
        }
        for name, (handle, keys) in needed.items():
            missing = [k for k in keys if k not in handle]
            if missing:
                raise KeyError(f"{name} ({files[name]}) lacks the dataset(s) {', '.join(missing)}.")
        train_x_orig = np.array(train["train_set_x"][:])
        train_y = np.array(train["train_set_y"][:]).reshape(1, -1)
        test_x_orig = np.array(test["test_set_x"][:])
        test_y = np.array(test["test_set_y"][:]).reshape(1, -1)
        classes = np.array(test["list_classes"][:])
    # (m, 64, 64, 3) -> (64*64*3, m): one flattened image per column
    train_x = train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255.0
    test_x = test_x_orig.reshape(test_x_orig.shape[0], -1).T / 255.0
    return train_x, train_y, test_x, test_y, classes


# --8<-- [end:load_cat_dataset]
