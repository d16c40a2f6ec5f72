"""Write and execute the hands-on notebooks.

    python -m notebooks                        # both languages of every notebook
    python -m notebooks planar-flower          # only this one
    python -m notebooks --out /tmp/docs        # write <out>/{ko,en}/notebooks/*.ipynb
    python -m notebooks --check                # execute, compare with docs/, write nothing
    python -m notebooks --list

Each notebook is executed once per language, in a fresh kernel on this
interpreter (run it with the venv's python: ``.venv/bin/python -m notebooks``
or ``make notebooks``). Exit status: 0 on success; 1 if a cell fails or
--check finds a stale notebook.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import DOCS, LANGS, ROOT, build, differences, execute, sources, write


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _run(name: str, lang: str, out: Path | None, verbose: bool) -> tuple[str, list[str]]:
    """Build, execute and write (or check) one notebook in one language."""
    import nbformat

    (source,) = sources([name])
    nb = build(source, lang)
    tag = f"{name} [{lang}]"
    n_md = sum(c.cell_type == "markdown" for c in nb.cells)

    def progress(done: int, total: int, seconds: float) -> None:
        if verbose:
            print(f"  {tag}: code cell {done}/{total} done ({seconds:.1f} s)", flush=True)

    t0 = time.perf_counter()
    execute(nb, progress)
    n_code = len(nb.cells) - n_md
    took = time.perf_counter() - t0
    if out is None:  # --check
        target = source.out_path(lang)
        if not target.is_file():
            return f"{tag}: MISSING {_rel(target)}", [f"{_rel(target)} does not exist"]
        problems = differences(nbformat.read(target, as_version=4), nb)
        status = "OK" if not problems else f"STALE ({len(problems)} difference(s))"
        return (
            f"{tag}: {len(nb.cells)} cells ({n_md} markdown, {n_code} code) in {took:.1f} s: {status}",
            [f"{_rel(target)}: {p}" for p in problems],
        )
    target = source.out_path(lang, out)
    write(nb, target)
    return (
        f"{tag}: {len(nb.cells)} cells ({n_md} markdown, {n_code} code) executed in {took:.1f} s -> {_rel(target)}",
        [],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m notebooks", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("names", nargs="*", help="notebook names (default: all)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--out", type=Path, default=DOCS, help=f"docs directory (default: {_rel(DOCS)})"
    )
    group.add_argument(
        "--check",
        action="store_true",
        help="compare with the committed notebooks instead of writing",
    )
    group.add_argument("--list", action="store_true", help="list the notebook sources and exit")
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=min(4, os.cpu_count() or 1),
        help="notebooks executed at once",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="report every executed code cell"
    )
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    found = sources(args.names or None)
    if args.list:
        for s in found:
            n_md = sum(c.kind == "markdown" for c in s.cells)
            print(
                f"{s.name:24} {_rel(s.path)}: {len(s.cells)} cells ({n_md} markdown, {len(s.cells) - n_md} code)"
            )
        return 0
    jobs = [(s.name, lang) for s in found for lang in LANGS]
    print(
        f"{len(found)} notebook(s) x {len(LANGS)} languages on {sys.executable} "
        f"({max(1, min(args.jobs, len(jobs)))} at a time)",
        flush=True,
    )
    out = None if args.check else args.out
    problems: list[str] = []
    failed = 0
    with ProcessPoolExecutor(max_workers=max(1, min(args.jobs, len(jobs)))) as pool:
        futures = {
            pool.submit(_run, name, lang, out, args.verbose): (name, lang) for name, lang in jobs
        }
        for future in futures:
            name, lang = futures[future]
            try:
                line, found_problems = future.result()
            except Exception as exc:  # a cell raised: nbclient's message names it
                failed += 1
                print(f"{name} [{lang}]: FAILED\n{exc}", file=sys.stderr, flush=True)
                continue
            print(line, flush=True)
            problems += found_problems
    for p in problems:
        print(f"FAIL {p}", file=sys.stderr)
    verb = "checked" if args.check else "written"
    ok = not problems and not failed
    print(
        f"{len(jobs) - failed} notebook(s) {verb} in {time.perf_counter() - t0:.1f} s: {'OK' if ok else 'FAILED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
