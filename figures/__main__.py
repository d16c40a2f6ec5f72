"""Draw the dlnotes figures.

    python -m figures                      # write docs/assets/figures/*.svg
    python -m figures week1-housing-relu   # only these figures
    python -m figures --out /tmp/figs      # somewhere else
    python -m figures --check docs/assets/figures   # compare, write nothing
    python -m figures --list

Exit status: 0 on success; 1 if --check finds a missing, different or
orphaned file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import FIGURES, OUT_DIR, ROOT, check, load_modules, save_all


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m figures", description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="figure names (default: all)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--out", type=Path, default=OUT_DIR, help=f"output directory (default: {_rel(OUT_DIR)})"
    )
    group.add_argument(
        "--check",
        type=Path,
        metavar="DIR",
        help="compare with the SVG files in DIR instead of writing",
    )
    group.add_argument("--list", action="store_true", help="list the registered figures and exit")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    modules = load_modules()
    if args.list:
        for name, fn in FIGURES.items():
            print(f"{name:40} {fn.__module__}.{fn.__qualname__}")
        return 0
    names = args.names or None
    print(
        f"{len(FIGURES)} figure(s) from {len(modules)} module(s): {', '.join(modules) or '-'}",
        flush=True,
    )

    def progress(line: str) -> None:
        print(line, flush=True)

    if args.check is not None:
        problems = check(args.check, names, progress)
        for p in problems:
            print(f"FAIL {p}", file=sys.stderr)
        print(
            f"checked against {_rel(args.check)} in {time.perf_counter() - t0:.1f} s: "
            f"{'OK' if not problems else f'{len(problems)} problem(s)'}"
        )
        return 1 if problems else 0

    paths = save_all(args.out, names, progress)
    print(f"{len(paths)} file(s) in {_rel(args.out)} in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
