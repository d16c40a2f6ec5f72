r"""The hands-on notebooks: one source per notebook, both languages.

``notebooks/<name>.py`` is the single source of ``docs/ko/notebooks/<name>.ipynb``
and ``docs/en/notebooks/<name>.ipynb``. It is a Python file (so ruff checks
the code) split into cells by ``# %%`` lines:

``# %% [markdown] ko`` then ``# %% [markdown] en``
    One Markdown cell, in Korean then in English (always as a pair, in that
    order). Every line is a comment: ``# text``, or ``#`` alone for a blank
    line. Headings carry explicit ids, ``## 비용 함수 { #cost-function }``,
    identical in both languages (CONTRIBUTING rule 1); math is ``$...$`` or
    ``$$ ... $$`` on its own lines, typeset at build time by hooks/katex.py.

``# %%``
    One code cell, shared by both languages, so the code cannot drift.
    Leading ``# alt[ko]: ...`` and ``# alt[en]: ...`` comment lines give the
    alternative text of the figures the cell draws; they are moved into the
    cell's metadata (``"alt"``), and hooks/katex.py puts them on the images.

Anything before the first ``# %%`` line (the module docstring) is not a cell.

``python -m notebooks`` writes both languages' ``.ipynb`` and executes them
with nbclient, on a ``python3`` kernel that runs this very interpreter (the
project's venv, so ``dlnotes`` imports). Outputs are deterministic: fixed
seeds, no execution timestamps, fixed cell ids.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
LANGS = ("ko", "en")
KERNEL_NAME = "python3"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": KERNEL_NAME}
TIMEOUT = 300  # seconds per cell

_HEADER = re.compile(r"^# %%(?P<rest>.*)$")
_MARKDOWN = re.compile(r"^\s*\[markdown\]\s+(?P<lang>[a-z]{2})\s*$")
_ALT = re.compile(r"^# alt\[(?P<lang>[a-z]{2})\]:\s*(?P<text>.+?)\s*$")
# What the two languages of a Markdown cell must share (CONTRIBUTING rules 1, 2, 9).
_TWIN_PARTS = {
    "heading ids": re.compile(r"^#{1,6} .*?\{ *#([A-Za-z][\w-]*) *\}\s*$", re.M),
    "formulas": re.compile(r"\$\$.+?\$\$|\$[^$]+\$", re.S),
    "links": re.compile(r"\]\(([^)\s]+)\)"),
}
_CODE_SPAN = re.compile(r"`[^`]*`")


def twin_differences(ko: str, en: str) -> list[str]:
    """What differs between two languages of one Markdown cell, beyond the prose."""
    out = []
    for what, pattern in _TWIN_PARTS.items():
        a, b = pattern.findall(_CODE_SPAN.sub("", ko)), pattern.findall(_CODE_SPAN.sub("", en))
        if a != b:
            out.append(f"{what} differ: {a} vs {b}")
    return out


class SourceError(ValueError):
    """A notebook source breaks the format described in this module."""


@dataclass
class Cell:
    kind: str  # "markdown" or "code"
    line: int  # 1-based line of the "# %%" header in the source
    code: str = ""  # code cells
    text: dict[str, str] = field(default_factory=dict)  # markdown cells: lang -> Markdown
    alt: dict[str, str] = field(default_factory=dict)  # code cells: lang -> figure alt text


@dataclass
class Source:
    name: str  # e.g. "planar-flower"
    path: Path
    cells: list[Cell]

    def out_path(self, lang: str, docs: Path = DOCS) -> Path:
        return docs / lang / "notebooks" / f"{self.name}.ipynb"


def sources(names: Iterable[str] | None = None) -> list[Source]:
    """Every notebook source in ``notebooks/`` (or only ``names``), sorted by name."""
    found = {p.stem: p for p in sorted(SRC_DIR.glob("*.py")) if not p.name.startswith("_")}
    if names:
        unknown = sorted(set(names) - set(found))
        if unknown:
            raise SystemExit(
                f"unknown notebook(s): {', '.join(unknown)}; known: {', '.join(found)}"
            )
        found = {n: found[n] for n in sorted(set(names))}
    return [parse(p) for p in found.values()]


def _strip_blank(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def parse(path: Path) -> Source:
    """Split a source file into cells (see the module docstring for the format)."""
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    raw: list[tuple[int, str, list[str]]] = []  # (line, header rest, body lines)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        m = _HEADER.match(line)
        if m:
            raw.append((n, m["rest"], []))
        elif raw:
            raw[-1][2].append(line)
    if not raw:
        raise SourceError(f"{where}: no '# %%' cell")
    cells: list[Cell] = []
    pending: Cell | None = None  # a Korean markdown cell waiting for its English twin
    for n, rest, body in raw:
        body = _strip_blank(body)
        md = _MARKDOWN.match(rest)
        if md:
            lang = md["lang"]
            text = []
            for k, line in enumerate(body, start=n + 1):
                if line == "#":
                    text.append("")
                elif line.startswith("# "):
                    text.append(line[2:])
                else:
                    raise SourceError(
                        f"{where}:{k}: a Markdown line must start with '# ' (or be '#')"
                    )
            if not text:
                raise SourceError(f"{where}:{n}: empty Markdown cell")
            if lang == LANGS[0]:
                if pending is not None:
                    raise SourceError(f"{where}:{pending.line}: no English twin before line {n}")
                pending = Cell("markdown", n, text={lang: "\n".join(text)})
            elif lang == LANGS[1]:
                if pending is None:
                    raise SourceError(
                        f"{where}:{n}: English Markdown cell without a Korean one before it"
                    )
                pending.text[lang] = "\n".join(text)
                problems = twin_differences(pending.text[LANGS[0]], pending.text[lang])
                if problems:
                    raise SourceError(f"{where}:{pending.line}: " + "; ".join(problems))
                cells.append(pending)
                pending = None
            else:
                raise SourceError(
                    f"{where}:{n}: unknown language {lang!r} (use {' or '.join(LANGS)})"
                )
            continue
        if rest.strip():
            raise SourceError(f"{where}:{n}: unknown cell header '# %%{rest}'")
        if pending is not None:
            raise SourceError(f"{where}:{pending.line}: no English twin before line {n}")
        alt: dict[str, str] = {}
        while body and (a := _ALT.match(body[0])):
            alt[a["lang"]] = a["text"]
            body = body[1:]
        if alt and set(alt) != set(LANGS):
            raise SourceError(f"{where}:{n}: alt text needs every language ({', '.join(LANGS)})")
        body = _strip_blank(body)
        if not body:
            raise SourceError(f"{where}:{n}: empty code cell")
        cells.append(Cell("code", n, code="\n".join(body), alt=alt))
    if pending is not None:
        raise SourceError(f"{where}:{pending.line}: no English twin")
    return Source(path.stem, path, cells)


def build(source: Source, lang: str) -> Any:
    """The unexecuted notebook of ``source`` in ``lang`` (an nbformat node)."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    cells = []
    for i, cell in enumerate(source.cells):
        if cell.kind == "markdown":
            cells.append(new_markdown_cell(cell.text[lang], id=f"md-{i:02d}"))
        else:
            metadata = {"alt": cell.alt[lang]} if cell.alt else {}
            cells.append(new_code_cell(cell.code, id=f"code-{i:02d}", metadata=metadata))
    nb = new_notebook(
        cells=cells,
        metadata={
            "kernelspec": dict(KERNELSPEC),
            "language_info": {"name": "python"},
            "dlnotes": {
                "source": f"notebooks/{source.path.name}",
                "language": lang,
                "generated_by": "python -m notebooks",
            },
        },
    )
    nbformat.validate(nb)
    return nb


def _kernel_manager(workdir: Path) -> Any:
    """A ``python3`` kernel on this interpreter (``sys.executable``), over IPC.

    The kernel spec is written into ``workdir`` and is the only one searched,
    so a ``python3`` spec elsewhere (user or system Jupyter dirs) cannot
    send the notebook to another Python that lacks ``dlnotes``.
    """
    from jupyter_client import KernelManager
    from jupyter_client.kernelspec import KernelSpecManager

    spec_dir = workdir / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True, exist_ok=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": KERNELSPEC["display_name"],
        "language": "python",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    ksm = KernelSpecManager(kernel_dirs=[str(spec_dir.parent)], ensure_native_kernel=False)
    return KernelManager(
        kernel_name=KERNEL_NAME, kernel_spec_manager=ksm, transport="ipc", ip=str(workdir / "ipc")
    )


def execute(nb: Any, progress: Callable[[int, int, float], None] | None = None) -> Any:
    """Run every cell of ``nb`` in a fresh kernel, in a temporary directory.

    Fails (``nbclient.exceptions.CellExecutionError``) on the first error.
    ``progress(done, total, seconds)`` is called after each code cell.
    Returns ``nb``, with its outputs.
    """
    from nbclient import NotebookClient

    total = sum(c.cell_type == "code" for c in nb.cells)
    done = 0
    t0 = time.perf_counter()

    def on_cell_executed(**kwargs: Any) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, time.perf_counter() - t0)

    with tempfile.TemporaryDirectory(prefix="dlnotes-nb-") as tmp:
        km = _kernel_manager(Path(tmp))
        client = NotebookClient(
            nb,
            km=km,
            timeout=TIMEOUT,
            allow_errors=False,
            record_timing=False,  # no per-cell timestamps: outputs do not churn
            coalesce_streams=True,  # one stdout output per cell, however the kernel flushed it
            resources={"metadata": {"path": tmp}},
            on_cell_executed=on_cell_executed,
        )
        try:
            client.execute()
        finally:  # nbclient leaves a kernel it did not start running
            if km.has_kernel:
                km.shutdown_kernel(now=True)
    # Keep the notebook's own metadata stable: what the kernel reports about
    # its language, plus ours. (nbclient rewrites language_info.)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    return nb


def write(nb: Any, path: Path) -> None:
    import nbformat

    path.parent.mkdir(parents=True, exist_ok=True)
    text = nbformat.writes(nb, version=4)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


# -- comparing notebooks (used by --check and tests/site/test_notebooks.py) ----
def text_outputs(nb: Any) -> list[list[tuple[str, str]]]:
    """Per code cell, its outputs as ``(kind, text)``: streams and text/plain.

    Images and metadata are left out: ``kind`` is ``stdout``/``stderr`` for
    streams, else the output type (``execute_result``, ``display_data``,
    ``error``) with its ``text/plain`` (or the error's name and value).
    """
    out = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        items: list[tuple[str, str]] = []
        streams: dict[str, int] = {}  # stream name -> index in items (merged like nbclient does)
        for o in cell.get("outputs", []):
            if o.output_type == "stream":
                if o.name in streams:
                    k = streams[o.name]
                    items[k] = (o.name, items[k][1] + o.text)
                else:
                    streams[o.name] = len(items)
                    items.append((o.name, o.text))
            elif o.output_type == "error":
                items.append(("error", f"{o.ename}: {o.evalue}"))
            else:
                items.append((o.output_type, o.get("data", {}).get("text/plain", "")))
        out.append(items)
    return out


def image_counts(nb: Any) -> list[int]:
    """Per code cell, how many image outputs it has."""
    return [
        sum(any(k.startswith("image/") for k in o.get("data", {})) for o in c.get("outputs", []))
        for c in nb.cells
        if c.cell_type == "code"
    ]


def differences(committed: Any, fresh: Any) -> list[str]:
    """How ``committed`` differs from ``fresh`` in sources and text outputs."""
    problems = []
    a = [(c.cell_type, c.source) for c in committed.cells]
    b = [(c.cell_type, c.source) for c in fresh.cells]
    if a != b:
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                problems.append(f"cell {i}: source differs ({x[0]} vs {y[0]})")
                break
        if len(a) != len(b):
            problems.append(f"{len(a)} cells, expected {len(b)}")
    ta, tb = text_outputs(committed), text_outputs(fresh)
    for i, (x, y) in enumerate(zip(ta, tb, strict=False)):
        if x != y:
            problems.append(
                f"code cell {i}: text outputs differ:\n  committed {x!r}\n  fresh     {y!r}"
            )
    if image_counts(committed) != image_counts(fresh):
        problems.append(
            f"image outputs per code cell: {image_counts(committed)} vs {image_counts(fresh)}"
        )
    return problems
