"""Benchmarks that print ratios measured in one run: ``python -m dlnotes.bench``.

1. ``propagate`` (vectorized) against ``propagate_loop`` (two explicit loops)
   at the cat-sized problem, n_x = 12288 and m = 209. Target: >= 300x.
2. ``nn_model`` on the flower data, 10,000 iterations, against a bare numpy
   loop doing the same math with no checks. Target: within 1.2x.
3. The same model trained with PyTorch autograd on the CPU, when torch is
   installed. Target: ``nn_model`` at least 3x faster. Skipped, and said so,
   without torch.

Each timing is the best of a few repeats, so a busy machine inflates it less.
These are measurements to read, not tests: the machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from dlnotes.datasets import load_planar_dataset
from dlnotes.logistic import propagate, propagate_loop
from dlnotes.shallow import initialize_parameters, nn_model

Row = tuple[str, float, float, float, str, bool]


def best_time(fn: Callable[[], Any], repeats: int) -> float:
    """Shortest wall-clock time of ``repeats`` calls of ``fn``, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_numpy_nn(
    X: np.ndarray, Y: np.ndarray, n_h: int, num_iterations: int
) -> dict[str, np.ndarray]:
    """The 2-layer tanh network's training loop as plain numpy, no checks, no dicts."""
    p = initialize_parameters(X.shape[0], n_h, Y.shape[0], seed=2)
    W1, b1, W2, b2 = p["W1"], p["b1"], p["W2"], p["b2"]
    m = X.shape[1]
    for _ in range(num_iterations):
        Z1 = np.dot(W1, X) + b1
        A1 = np.tanh(Z1)
        Z2 = np.dot(W2, A1) + b2
        A2 = 1 / (1 + np.exp(-Z2))
        _cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m
        dZ2 = A2 - Y
        dW2 = (1 / m) * np.dot(dZ2, A1.T)
        db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
        dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
        dW1 = (1 / m) * np.dot(dZ1, X.T)
        db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
        W1, b1 = W1 - 1.2 * dW1, b1 - 1.2 * db1
        W2, b2 = W2 - 1.2 * dW2, b2 - 1.2 * db2
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def torch_nn(X: np.ndarray, Y: np.ndarray, n_h: int, num_iterations: int) -> Any:
    """The same network trained with PyTorch autograd on the CPU (float64)."""
    import torch

    torch.set_num_threads(1)
    p = initialize_parameters(X.shape[0], n_h, Y.shape[0], seed=2)
    params = [torch.tensor(p[k], requires_grad=True) for k in ("W1", "b1", "W2", "b2")]
    W1, b1, W2, b2 = params
    Xt, Yt = torch.tensor(X), torch.tensor(Y, dtype=torch.float64)
    for _ in range(num_iterations):
        A1 = torch.tanh(W1 @ Xt + b1)
        A2 = torch.sigmoid(W2 @ A1 + b2)
        cost = -torch.mean(Yt * torch.log(A2) + (1 - Yt) * torch.log(1 - A2))
        cost.backward()  # type: ignore[no-untyped-call,unused-ignore]
        with torch.no_grad():
            for param in params:
                assert param.grad is not None
                param -= 1.2 * param.grad
                param.grad.zero_()
    return params


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dlnotes.bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--iterations", type=int, default=10000, help="nn_model iterations (default 10000)"
    )
    parser.add_argument(
        "--repeats", type=int, default=3, help="repeats per timing, best kept (default 3)"
    )
    parser.add_argument(
        "--markdown",
        metavar="FILE",
        help="also write the table as Markdown to FILE (the site includes benchmarks/results.md)",
    )
    args = parser.parse_args(argv)

    print("dlnotes benchmark: ratios measured in this run (best of", args.repeats, "repeats)")
    rng = np.random.RandomState(0)
    n_x, m = 12288, 209
    X = rng.rand(n_x, m)
    Y = (rng.rand(1, m) > 0.5).astype(np.float64)
    w, b = rng.randn(n_x, 1) * 0.01, 0.0
    print(f"[1/3] propagate vs propagate_loop, n_x={n_x}, m={m} ...", flush=True)
    t_vec = best_time(lambda: propagate(w, b, X, Y), max(args.repeats, 20))
    t_loop = best_time(lambda: propagate_loop(w, b, X, Y), 1)
    rows: list[Row] = [
        (
            "propagate_loop / propagate",
            t_loop,
            t_vec,
            t_loop / t_vec,
            ">= 300x",
            t_loop / t_vec >= 300,
        )
    ]

    Xf, Yf = load_planar_dataset()
    print(
        f"[2/3] nn_model vs bare numpy loop, flower data, {args.iterations} iterations ...",
        flush=True,
    )
    t_nn = best_time(lambda: nn_model(Xf, Yf, 4, num_iterations=args.iterations), args.repeats)
    t_bare = best_time(lambda: bare_numpy_nn(Xf, Yf, 4, args.iterations), args.repeats)
    rows.append(
        ("nn_model / bare numpy", t_nn, t_bare, t_nn / t_bare, "<= 1.2x", t_nn / t_bare <= 1.2)
    )

    print("[3/3] PyTorch autograd vs nn_model ...", flush=True)
    try:
        import torch  # noqa: F401
    except ImportError:
        torch_row = None
        print("      skipped: torch is not installed (pip install torch to measure this row)")
    else:
        t_torch = best_time(lambda: torch_nn(Xf, Yf, 4, args.iterations), 1)
        torch_row = (
            "torch autograd / nn_model",
            t_torch,
            t_nn,
            t_torch / t_nn,
            ">= 3x",
            t_torch / t_nn >= 3,
        )
        rows.append(torch_row)

    print()
    print(
        f"{'comparison':<28}{'numerator s':>13}{'denominator s':>15}{'ratio':>10}  {'target':<8} result"
    )
    for name, num, den, ratio, target, ok in rows:
        print(
            f"{name:<28}{num:>13.4f}{den:>15.4f}{ratio:>9.1f}x  {target:<8} {'PASS' if ok else 'FAIL'}"
        )
    if torch_row is None:
        print(
            f"{'torch autograd / nn_model':<28}{'':>13}{'':>15}{'':>10}  {'>= 3x':<8} SKIPPED (no torch)"
        )
    if args.markdown:
        write_markdown(args.markdown, rows, torch_row is None)
        print(f"wrote {args.markdown}")
    return 0


def write_markdown(path: str, rows: list[Row], no_torch: bool) -> None:
    """Write the result table as Markdown, with the machine it was measured on."""
    lines = [
        "| comparison | numerator (s) | denominator (s) | ratio | target | result |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for name, num, den, ratio, target, ok in rows:
        verdict = "PASS" if ok else "FAIL"
        lines.append(f"| `{name}` | {num:.4f} | {den:.4f} | {ratio:.1f}x | {target} | {verdict} |")
    if no_torch:
        lines.append("| `torch autograd / nn_model` | | | | >= 3x | SKIPPED (no torch) |")
    lines += [
        "",
        f"Measured by `python -m dlnotes.bench` on Python {platform.python_version()}, "
        f"NumPy {np.__version__}, {os.cpu_count()} CPU cores ({platform.machine()}).",
    ]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
