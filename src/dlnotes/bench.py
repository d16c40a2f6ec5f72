"""Benchmarks that print ratios measured in one run: ``python -m dlnotes.bench``.

1. ``propagate`` (vectorized) against ``propagate_loop`` (two explicit loops)
   at the cat-sized problem, n_x = 12288 and m = 209. Target: >= 300x.
2. ``nn_model`` on the flower data against a bare numpy loop doing the same
   math with no checks. Target: within 1.2x.
3. The same model trained with PyTorch autograd on the CPU, when torch is
   installed. Target: ``nn_model`` at least 3x faster.
4. ``L_layer_model`` at the course's cat size (layers [12288, 20, 7, 5, 1],
   m = 209, random data) against a bare numpy loop of the same math.
   Target: within 1.1x.
5. ``L_layer_model`` on the flower data, layers [2, 4, 3, 1], against the
   same bare loop. Target: within 1.2x.
6. That small network trained with PyTorch autograd, when torch is
   installed. Target: ``L_layer_model`` at least 3x faster.

Rows 3 and 6 are skipped, and said so, without torch (``pip install
'dlnotes[bench]'``). Each timing is the best of many short runs, and the two
sides of a ratio are timed in turns, so a busy machine inflates them less
(a short run often finishes without being interrupted; a long one rarely
does). These are measurements to read, not tests: machines are shared and noisy.

``--write ROOT`` saves the figures once, in ``ROOT/benchmarks/results.json``,
and renders them as one table per language, ``ROOT/docs/<lang>/includes/
benchmark-results.txt``, which the vectorization pages include.
``--render ROOT`` renders the tables again from the saved figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from dlnotes.datasets import load_planar_dataset
from dlnotes.deep import L_layer_model, initialize_parameters_deep
from dlnotes.logistic import propagate, propagate_loop
from dlnotes.shallow import initialize_parameters, nn_model

Row = dict[str, Any]

CAT_DIMS = [12288, 20, 7, 5, 1]
SMALL_DIMS = [2, 4, 3, 1]
LANGS = ("ko", "en")
FIGURES = Path("benchmarks") / "results.json"


def table_path(lang: str) -> Path:
    """Where the table in ``lang`` goes, relative to the project root."""
    return Path("docs") / lang / "includes" / "benchmark-results.txt"


def best_time(fn: Callable[[], Any], repeats: int) -> float:
    """Shortest wall-clock time of ``repeats`` calls of ``fn``, in seconds."""
    return best_times([fn], repeats)[0]


def best_times(fns: Sequence[Callable[[], Any]], repeats: int) -> list[float]:
    """Shortest time of each function over ``repeats`` rounds, calling them in turns
    (in reverse order every other round, so a drifting load favours neither)."""
    times: list[list[float]] = [[] for _ in fns]
    for round_ in range(repeats):
        order = list(range(len(fns)))
        for k in order if round_ % 2 == 0 else order[::-1]:
            start = time.perf_counter()
            fns[k]()
            times[k].append(time.perf_counter() - start)
    return [min(record) for record in times]


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


def bare_numpy_deep(
    X: np.ndarray,
    Y: np.ndarray,
    layers_dims: Sequence[int],
    learning_rate: float,
    num_iterations: int,
) -> dict[str, np.ndarray]:
    """``L_layer_model``'s math as one plain loop over lists: no checks, no dicts, no caches.

    Same start (seed 1, ``randn / sqrt(n[l-1])``) and the same operations in
    the same order, so it returns the same parameters, bit for bit.
    """
    p = initialize_parameters_deep(layers_dims, seed=1, scale="xavier")
    L = len(layers_dims) - 1
    W = [p[f"W{l}"] for l in range(1, L + 1)]
    b = [p[f"b{l}"] for l in range(1, L + 1)]
    m = X.shape[1]
    for _ in range(num_iterations):
        A, As, Zs = X, [], []
        for l in range(L):
            Z = np.dot(W[l], A) + b[l]
            As.append(A)
            Zs.append(Z)
            A = np.maximum(0, Z) if l < L - 1 else 1 / (1 + np.exp(-Z))
        _cost = (1.0 / m) * (-np.dot(Y, np.log(A).T) - np.dot(1 - Y, np.log(1 - A).T))
        dA = -(np.divide(Y, A) - np.divide(1 - Y, 1 - A))
        dW, db = [W[0]] * L, [b[0]] * L
        for l in reversed(range(L)):
            if l == L - 1:
                s = 1 / (1 + np.exp(-Zs[l]))
                dZ = dA * s * (1 - s)
            else:
                dZ = np.array(dA, copy=True)
                dZ[Zs[l] <= 0] = 0
            dW[l] = 1.0 / m * np.dot(dZ, As[l].T)
            db[l] = 1.0 / m * np.sum(dZ, axis=1, keepdims=True)
            dA = np.dot(W[l].T, dZ)
        W = [W[l] - learning_rate * dW[l] for l in range(L)]
        b = [b[l] - learning_rate * db[l] for l in range(L)]
    out = {}
    for l in range(L):
        out[f"W{l + 1}"], out[f"b{l + 1}"] = W[l], b[l]
    return out


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


def torch_deep(
    X: np.ndarray,
    Y: np.ndarray,
    layers_dims: Sequence[int],
    learning_rate: float,
    num_iterations: int,
) -> Any:
    """``L_layer_model``'s network and start, trained with PyTorch autograd on the CPU (float64)."""
    import torch

    torch.set_num_threads(1)
    p = initialize_parameters_deep(layers_dims, seed=1, scale="xavier")
    L = len(layers_dims) - 1
    params = [torch.tensor(p[f"{k}{l}"], requires_grad=True) for l in range(1, L + 1) for k in "Wb"]
    Xt, Yt = torch.tensor(X), torch.tensor(Y, dtype=torch.float64)
    for _ in range(num_iterations):
        A = Xt
        for l in range(L - 1):
            A = torch.relu(params[2 * l] @ A + params[2 * l + 1])
        AL = torch.sigmoid(params[-2] @ A + params[-1])
        cost = -torch.mean(Yt * torch.log(AL) + (1 - Yt) * torch.log(1 - AL))
        cost.backward()  # type: ignore[no-untyped-call,unused-ignore]
        with torch.no_grad():
            for param in params:
                assert param.grad is not None
                param -= learning_rate * param.grad
                param.grad.zero_()
    return params


def _row(key: str, problem: dict[str, Any], num: float, den: float, op: str, target: float) -> Row:
    ratio = num / den
    passed = ratio >= target if op == ">=" else ratio <= target
    return {
        "key": key,
        "problem": problem,
        "numerator_s": num,
        "denominator_s": den,
        "ratio": ratio,
        "target": [op, target],
        "passed": passed,
    }


def _skipped(key: str, problem: dict[str, Any], op: str, target: float) -> Row:
    return {"key": key, "problem": problem, "target": [op, target], "skipped": "no torch"}


def _torch_version() -> str | None:
    try:
        import torch
    except ImportError:
        return None
    return str(torch.__version__).split("+")[0]


def measure(
    iterations: int, deep_iterations: int, cat_iterations: int, repeats: int
) -> dict[str, Any]:
    """Run every comparison once; return the figures (rows and the machine)."""
    torch_version = _torch_version()
    torch_runs = max(3, repeats // 4)  # PyTorch is slower: fewer runs of it

    def torch_row(key: str, problem: dict[str, Any], run: Callable[[], Any], t_ours: float) -> Row:
        """PyTorch autograd against our time ``t_ours``, or a skipped row without torch."""
        if torch_version is None:
            print("      skipped: torch is not installed (pip install 'dlnotes[bench]')")
            return _skipped(key, problem, ">=", 3)
        return _row(key, problem, best_time(run, torch_runs), t_ours, ">=", 3)

    rng = np.random.RandomState(0)
    n_x, m = 12288, 209
    X = rng.rand(n_x, m)
    Y = (rng.rand(1, m) > 0.5).astype(np.float64)
    w, b = rng.randn(n_x, 1) * 0.01, 0.0
    print(f"[1/6] propagate vs propagate_loop, n_x={n_x}, m={m} ...", flush=True)
    t_vec = best_time(lambda: propagate(w, b, X, Y), repeats)
    t_loop = best_time(lambda: propagate_loop(w, b, X, Y), 1)
    rows = [_row("propagate", {"n_x": n_x, "m": m}, t_loop, t_vec, ">=", 300)]

    Xf, Yf = load_planar_dataset()
    flower_nn = {"n_h": 4, "iterations": iterations}
    print(
        f"[2/6] nn_model vs bare numpy loop, flower data, {iterations} iterations ...", flush=True
    )
    t_nn, t_bare = best_times(
        [
            lambda: nn_model(Xf, Yf, 4, num_iterations=iterations),
            lambda: bare_numpy_nn(Xf, Yf, 4, iterations),
        ],
        repeats,
    )
    rows.append(_row("nn_model", flower_nn, t_nn, t_bare, "<=", 1.2))

    print("[3/6] PyTorch autograd vs nn_model ...", flush=True)
    rows.append(torch_row("torch_nn", flower_nn, lambda: torch_nn(Xf, Yf, 4, iterations), t_nn))

    def deep_row(
        key: str,
        step: str,
        data: str,
        X: np.ndarray,
        Y: np.ndarray,
        dims: list[int],
        its: int,
        limit: float,
    ) -> tuple[Row, float]:
        """L_layer_model against the bare loop of the same math; also its own time."""
        print(
            f"[{step}/6] L_layer_model vs bare numpy loop, {data}layers {dims}, "
            f"{its} iterations ...",
            flush=True,
        )
        t_deep, t_bare = best_times(
            [
                lambda: L_layer_model(X, Y, dims, num_iterations=its),
                lambda: bare_numpy_deep(X, Y, dims, 0.0075, its),
            ],
            repeats,
        )
        problem = {"layers": dims, "m": X.shape[1], "iterations": its}
        return _row(key, problem, t_deep, t_bare, "<=", limit), t_deep

    Xc = rng.rand(CAT_DIMS[0], m)
    Yc = (rng.rand(1, m) > 0.5).astype(np.float64)
    row, _ = deep_row(
        "L_layer_model_cat", "4", f"random data, m={m}, ", Xc, Yc, CAT_DIMS, cat_iterations, 1.1
    )
    rows.append(row)
    row, t_small = deep_row(
        "L_layer_model_small", "5", "flower data, ", Xf, Yf, SMALL_DIMS, deep_iterations, 1.2
    )
    rows.append(row)

    print("[6/6] PyTorch autograd vs L_layer_model ...", flush=True)
    rows.append(
        torch_row(
            "torch_deep",
            row["problem"],
            lambda: torch_deep(Xf, Yf, SMALL_DIMS, 0.0075, deep_iterations),
            t_small,
        )
    )

    return {
        "rows": rows,
        "repeats": repeats,
        "torch_runs": torch_runs,
        "machine": {
            "python": platform.python_version(),
            "numpy": np.__version__,
            "torch": torch_version,
            "cpus": os.cpu_count(),
            "arch": platform.machine(),
            "load": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None,
        },
    }


# ---------------------------------------------------------------- one table per language

TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "header": ("| comparison (A / B) | problem | A (s) | B (s) | ratio | target | result |"),
        "bare": "bare NumPy loop",
        "torch": "PyTorch autograd",
        "ratio": "{}x",
        "target": {">=": "at least {:g}x", "<=": "at most {:g}x"},
        "result": {True: "pass", False: "fail", "no torch": "skipped: torch is not installed"},
        "problems": {
            "propagate": "logistic regression, `n_x` = {n_x}, `m` = {m}",
            "nn_model": "flower data, 2-layer tanh network with `n_h` = {n_h}, {iterations:,} iterations",
            "L_layer_model_cat": (
                "random data of the cat images' size, layers {layers}, `m` = {m}, "
                "{iterations:,} iterations"
            ),
            "L_layer_model_small": "flower data, layers {layers}, {iterations:,} iterations",
        },
        "footer": (
            "Measured by `python -m dlnotes.bench` on Python {python}, NumPy {numpy}{torch}, "
            "{cpus} CPU cores ({arch}); each time is the shortest of {repeats} runs "
            "({fewer}){load}."
        ),
        "torch_version": ", PyTorch {}",
        "fewer": ("the loop version: 1 run", "the loop version: 1 run; PyTorch: {} runs"),
        "load": ", and the load average was {:.1f} when the runs ended",
    },
    "ko": {
        "header": "| 비교(A / B) | 문제 | A (초) | B (초) | 비율 | 목표 | 결과 |",
        "bare": "같은 계산의 순수 NumPy 루프",
        "torch": "PyTorch 자동 미분",
        "ratio": "{}배",
        "target": {">=": "{:g}배 이상", "<=": "{:g}배 이하"},
        "result": {True: "달성", False: "미달", "no torch": "건너뜀: torch가 설치되지 않음"},
        "problems": {
            "propagate": "로지스틱 회귀, `n_x` = {n_x}, `m` = {m}",
            "nn_model": "꽃 데이터, `n_h` = {n_h}인 tanh 2층 신경망, {iterations:,}회 반복",
            "L_layer_model_cat": (
                "고양이 이미지 크기의 무작위 데이터, 층 {layers}, `m` = {m}, {iterations:,}회 반복"
            ),
            "L_layer_model_small": "꽃 데이터, 층 {layers}, {iterations:,}회 반복",
        },
        "footer": (
            "Python {python}, NumPy {numpy}{torch}, CPU 코어 {cpus}개({arch})에서 "
            "`python -m dlnotes.bench`로 측정했습니다. 시간은 {repeats}번 실행한 가운데 "
            "가장 짧은 값입니다({fewer}){load}."
        ),
        "torch_version": ", PyTorch {}",
        "fewer": ("루프 버전은 1번 실행", "루프 버전은 1번, PyTorch는 {}번 실행"),
        "load": ". 측정을 마친 시점의 부하 평균은 {:.1f}입니다",
    },
}


def _ratio_text(ratio: float) -> str:
    """Two decimals below 10 (1.15, so a 1.2 target is not hidden by rounding), else none."""
    return f"{ratio:.2f}" if ratio < 10 else f"{ratio:.0f}"


def _comparison(key: str, text: dict[str, Any]) -> str:
    return {
        "propagate": "`propagate_loop` / `propagate`",
        "nn_model": f"`nn_model` / {text['bare']}",
        "torch_nn": f"{text['torch']} / `nn_model`",
        "L_layer_model_cat": f"`L_layer_model` / {text['bare']}",
        "L_layer_model_small": f"`L_layer_model` / {text['bare']}",
        "torch_deep": f"{text['torch']} / `L_layer_model`",
    }[key]


def render(figures: dict[str, Any], lang: str) -> str:
    """The figures as a Markdown table in ``lang`` ("ko" or "en"), with a line on the machine."""
    text = TEXT[lang]
    problem_key = {"torch_nn": "nn_model", "torch_deep": "L_layer_model_small"}
    lines = [text["header"], "| --- | --- | ---: | ---: | ---: | --- | --- |"]
    for row in figures["rows"]:
        key = row["key"]
        problem = text["problems"][problem_key.get(key, key)].format(**row["problem"])
        op, target = row["target"]
        goal = text["target"][op].format(target)
        if "skipped" in row:
            lines.append(
                f"| {_comparison(key, text)} | {problem} | | | | {goal} | "
                f"{text['result'][row['skipped']]} |"
            )
            continue
        lines.append(
            f"| {_comparison(key, text)} | {problem} | {row['numerator_s']:.4f} | "
            f"{row['denominator_s']:.4f} | {text['ratio'].format(_ratio_text(row['ratio']))} | {goal} | "
            f"{text['result'][row['passed']]} |"
        )
    machine = dict(figures["machine"])
    torch_version = machine.pop("torch")
    machine["torch"] = text["torch_version"].format(torch_version) if torch_version else ""
    load = machine.pop("load", None)
    machine["load"] = text["load"].format(load) if load is not None else ""
    fewer = text["fewer"][1].format(figures["torch_runs"]) if torch_version else text["fewer"][0]
    lines += ["", text["footer"].format(repeats=figures["repeats"], fewer=fewer, **machine)]
    return "\n".join(lines) + "\n"


def write_tables(root: Path, figures: dict[str, Any]) -> list[Path]:
    """Render ``figures`` in every language under ``root``; return the files written."""
    written = []
    for lang in LANGS:
        path = root / table_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(figures, lang), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dlnotes.bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--iterations", type=int, default=1000, help="nn_model iterations per run (default 1000)"
    )
    parser.add_argument(
        "--deep-iterations",
        type=int,
        default=500,
        help="L_layer_model iterations per run on the flower data (default 500)",
    )
    parser.add_argument(
        "--cat-iterations",
        type=int,
        default=2,
        help="L_layer_model iterations per run at the cat size (default 2)",
    )
    parser.add_argument(
        "--repeats", type=int, default=25, help="runs per timing, best kept (default 25)"
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--write",
        metavar="ROOT",
        type=Path,
        help=f"save the figures to ROOT/{FIGURES.as_posix()} and the tables in every language "
        f"to ROOT/{table_path('<lang>').as_posix()}",
    )
    group.add_argument(
        "--render",
        metavar="ROOT",
        type=Path,
        help=f"only render the tables again from ROOT/{FIGURES.as_posix()}, measuring nothing",
    )
    args = parser.parse_args(argv)

    if args.render is not None:
        figures = json.loads((args.render / FIGURES).read_text(encoding="utf-8"))
        for path in write_tables(args.render, figures):
            print(f"wrote {path}")
        return 0

    print("dlnotes benchmark: ratios measured in this run (best of", args.repeats, "repeats)")
    figures = measure(args.iterations, args.deep_iterations, args.cat_iterations, args.repeats)
    print()
    print(render(figures, "en"), end="")
    if args.write is not None:
        path = args.write / FIGURES
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")
        for path in write_tables(args.write, figures):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
