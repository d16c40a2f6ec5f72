"""The course's data: the flower recipe exactly, the extra sets, the cat HDF5 reader."""

import numpy as np
import pytest

from dlnotes.datasets import (
    load_cat_dataset,
    load_extra_datasets,
    load_planar_dataset,
    load_two_gaussians,
)


def test_planar_dataset_follows_the_recipe():
    """Rebuild the flower from the recipe in the syllabus, with np.random.seed(1)."""
    np.random.seed(1)  # the same stream as RandomState(1)
    N, a = 200, 4
    X = np.zeros((400, 2))
    Y = np.zeros((400, 1))
    for j in range(2):
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * 0.2
        r = a * np.sin(4 * t) + np.random.randn(N) * 0.2
        X[N * j : N * (j + 1)] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[N * j : N * (j + 1)] = j
    X_pkg, Y_pkg = load_planar_dataset()
    assert X_pkg.shape == (2, 400) and Y_pkg.shape == (1, 400)
    np.testing.assert_array_equal(X_pkg, X.T)
    np.testing.assert_array_equal(Y_pkg, Y.T)


def test_planar_flower_has_eight_petals_four_per_class():
    """r = 4 sin 4t: a rose of 8 petals, drawn in the 8 sectors of width pi/4."""
    X, Y = load_planar_dataset()
    direction = np.mod(np.arctan2(X[0], X[1]), 2 * np.pi)  # point (r sin t, r cos t)
    far = np.hypot(X[0], X[1]) > 1.5  # near the origin all petals meet
    sector = (direction[far] // (np.pi / 4)).astype(int)
    labels = Y[0, far]
    majority = []
    for k in range(8):
        in_k = labels[sector == k]
        share_1 = in_k.mean()
        assert len(in_k) > 25 and (share_1 < 0.15 or share_1 > 0.85), k  # one petal, one class
        majority.append(int(share_1 > 0.5))
    assert majority.count(0) == 4 and majority.count(1) == 4
    # The colours do not strictly alternate: the two petals pointing up share a
    # class, and so do the two pointing down.
    assert majority == [0, 1, 0, 1, 1, 0, 1, 0]
    # Without noise, each class's sweep of t over pi gives 4 lobes of sin 4t.
    t = np.linspace(0, 3.12, 100_000)
    signs = np.sign(np.sin(4 * t))
    assert np.count_nonzero(np.diff(signs[signs != 0])) + 1 == 4


def test_planar_dataset_leaves_global_random_state():
    np.random.seed(7)
    before = np.random.rand()
    np.random.seed(7)
    load_planar_dataset()
    assert np.random.rand() == before


def test_extra_datasets_are_reproducible_columns():
    first, second = load_extra_datasets(), load_extra_datasets()
    for name, (X, Y) in first.items():
        assert X.shape == (2, 200) and Y.shape == (1, 200), name
        assert set(np.unique(Y)) <= {0, 1}, name
        np.testing.assert_array_equal(X, second[name][0])


def test_two_gaussians_split():
    X_train, Y_train, X_test, Y_test = load_two_gaussians(m_train=30, m_test=12, n_x=3)
    assert X_train.shape == (3, 30) and Y_train.shape == (1, 30)
    assert X_test.shape == (3, 12) and Y_test.shape == (1, 12)


def write_cat_files(tmp_path, m_train=4, m_test=3):
    h5py = pytest.importorskip("h5py")
    rng = np.random.RandomState(0)
    train_x = rng.randint(0, 256, (m_train, 64, 64, 3)).astype(np.uint8)
    test_x = rng.randint(0, 256, (m_test, 64, 64, 3)).astype(np.uint8)
    train_path, test_path = tmp_path / "train_catvnoncat.h5", tmp_path / "test_catvnoncat.h5"
    with h5py.File(train_path, "w") as f:
        f["train_set_x"] = train_x
        f["train_set_y"] = np.array([1, 0, 1, 0][:m_train])
        f["list_classes"] = np.array([b"non-cat", b"cat"])
    with h5py.File(test_path, "w") as f:
        f["test_set_x"] = test_x
        f["test_set_y"] = np.array([0, 1, 1][:m_test])
        f["list_classes"] = np.array([b"non-cat", b"cat"])
    return train_path, test_path, train_x, test_x


def test_cat_dataset_is_flattened_and_scaled(tmp_path):
    train_path, test_path, train_x, _test_x = write_cat_files(tmp_path)
    X_train, Y_train, X_test, Y_test, classes = load_cat_dataset(train_path, test_path)
    assert X_train.shape == (12288, 4) and Y_train.shape == (1, 4)
    assert X_test.shape == (12288, 3) and Y_test.shape == (1, 3)
    assert X_train.min() >= 0 and X_train.max() <= 1
    # column i is image i, flattened in C order
    np.testing.assert_array_equal(X_train[:, 2], train_x[2].reshape(-1) / 255)
    assert list(classes) == [b"non-cat", b"cat"]


def test_cat_dataset_errors_name_the_file(tmp_path):
    train_path, _test_path, _, _ = write_cat_files(tmp_path)
    with pytest.raises(FileNotFoundError, match="test_path: no file at"):
        load_cat_dataset(train_path, tmp_path / "missing.h5")
    with pytest.raises(KeyError, match="test_set_x"):
        load_cat_dataset(train_path, train_path)
