"""Measure the site against its budgets and print a report (always exits 0).

    python scripts/site_budget.py               # all three measurements
    python scripts/site_budget.py --site DIR    # (c) on an existing build, skip (a)
    python scripts/site_budget.py --no-serve    # skip (b)

(a) Full strict build: ``mkdocs build --strict`` into a fresh temporary
    directory (notebooks are not executed: mkdocs-jupyter has execute: false).
    Budget 10 s.
(b) Rebuild while serving: ``mkdocs serve`` on 127.0.0.1 (free port); after
    the first build, touch one lecture page and time until MkDocs logs
    "Reloading browsers". Median of 3. Budget 3 s. ``mkdocs serve`` rebuilds
    the whole site (both languages) on every change; what keeps that fast is
    the in-process KaTeX cache of hooks/katex.py (formulas render once per
    serve session). The same is measured with ``--dirty`` for comparison.
(c) Transfer per page: each lecture page (docs/{ko,en}/week*/, not the weekly
    self-check pages, which gather a week's questions) is opened in
    headless Chromium with an empty cache; every response from the site
    (HTML, CSS, JS, the KaTeX fonts the page really uses, images) is counted
    gzipped (gzip -6, as a web server would send it; woff2 barely shrinks).
    The search index and the sitemap, which Material's JavaScript fetches on
    every page but only once per visit, are shown apart and not counted.
    Budget: median over lecture pages 130 KB.
"""

from __future__ import annotations

import argparse
import gzip
import os
import queue
import re
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from sitekit import CHROMIUM, LAUNCH_ARGS, build_errors, serve, strict_build

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

BUDGET_BUILD_S = 10.0
BUDGET_REBUILD_S = 3.0
# Raised from 120 KB when the pages grew: the self-check section that ends every
# lecture page (1 to 3.5 KB gzipped), the corrections and new sections of weeks
# 1 to 3, and the longer week-4 pages. The fixed part (Material's CSS and
# JavaScript with its search worker, KaTeX's CSS) is about 78 KB of it.
BUDGET_PAGE_KB = 130.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- (a) -------------------------------------------------------------------------
def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a running process, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def measure_build(site_dir: Path) -> tuple[float | None, float, str]:
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = strict_build(site_dir, timeout=None)
    elapsed = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0  # mkdocs and its node process
    if proc.returncode != 0:
        return None, cpu, "\n".join(build_errors(proc).splitlines()[-15:])
    return elapsed, cpu, ""


# -- (b) -------------------------------------------------------------------------
def lecture_sources() -> list[Path]:
    """Lecture pages; each week's self-check.md gathers the questions of all of them."""
    return sorted(
        p
        for lang in ("ko", "en")
        for p in (ROOT / "docs" / lang).glob("week*/*.md")
        if p.name != "self-check.md"
    )


def measure_rebuild(dirty: bool, rounds: int = 3) -> tuple[list[float], list[float], str]:
    pages = lecture_sources() or sorted((ROOT / "docs").rglob("index.md"))
    page = pages[0]
    port = free_port()
    cmd = [PYTHON, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"]
    if dirty:
        cmd.append("--dirty")
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    log: list[str] = []

    def pump() -> None:
        assert proc.stdout
        for line in proc.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()

    def wait_for(pattern: str, timeout: float) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = lines.get(timeout=0.05)
            except queue.Empty:
                if proc.poll() is not None:
                    return False
                continue
            log.append(line.rstrip())
            if re.search(pattern, line):
                return True
        return False

    times: list[float] = []
    cpus: list[float] = []
    note = ""
    try:
        if not wait_for(r"Serving on", 120):
            return [], [], "serve did not start:\n" + "\n".join(log[-10:])
        time.sleep(1.0)  # let the watcher settle
        for _ in range(rounds):
            while not lines.empty():
                log.append(lines.get().rstrip())
            cpu0 = _proc_cpu(proc.pid)
            t0 = time.perf_counter()
            os.utime(page)  # a touch: same bytes, new mtime
            if not wait_for(r"Reloading browsers", 60):
                note = "no 'Reloading browsers' within 60 s:\n" + "\n".join(log[-10:])
                break
            times.append(time.perf_counter() - t0)
            cpus.append(_proc_cpu(proc.pid) - cpu0)
            time.sleep(1.0)
        built = [
            float(m) for m in re.findall(r"Documentation built in ([\d.]+) seconds", "\n".join(log))
        ]
        if built:
            note = (
                note
                or f"MkDocs' own build times: {', '.join(f'{b:.2f}' for b in built)} s (first = cold)"
            )
        return times, cpus, note
    finally:
        proc.send_signal(signal.SIGINT)  # mkdocs shuts down cleanly (on_shutdown)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# -- (c) -------------------------------------------------------------------------
def lecture_urls(site: Path) -> list[str]:
    urls = []
    for src in lecture_sources():
        lang = src.relative_to(ROOT / "docs").parts[0]
        rel = src.relative_to(ROOT / "docs" / lang).with_suffix("").as_posix()
        prefix = "" if lang == "ko" else "en/"
        if (site / prefix / rel / "index.html").is_file():
            urls.append(f"{prefix}{rel}/")
    return urls


def kind(url: str, resource_type: str) -> str:
    path = urlsplit(url).path
    if path.endswith("search_index.json") or path.endswith("sitemap.xml"):
        return "search"
    if resource_type == "document":
        return "html"
    if resource_type in ("stylesheet",) or path.endswith(".css"):
        return "css"
    if resource_type in ("script",) or path.endswith(".js"):
        return "js"
    if resource_type == "font" or path.endswith((".woff2", ".woff", ".ttf")):
        return "font"
    if resource_type == "image" or path.endswith((".svg", ".png", ".jpg", ".ico")):
        return "img"
    return "other"


KINDS = ["html", "css", "js", "font", "img", "other"]


def measure_transfer(site: Path) -> tuple[list[tuple[str, dict[str, int]]], list[str]]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return [], ["playwright is not installed: (c) skipped"]
    urls = lecture_urls(site)
    if not urls:
        return [], ["no lecture page is built yet: (c) skipped"]
    problems: list[str] = []
    rows = []
    with serve(site) as base:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
            for url in urls:
                ctx = browser.new_context()  # empty cache
                page = ctx.new_page()
                responses = []
                page.on("response", lambda r, acc=responses: acc.append(r))
                page.on(
                    "request",
                    lambda r, u=url: (
                        problems.append(f"{u}: request to another host {r.url}")
                        if not r.url.startswith((base, "data:"))
                        else None
                    ),
                )
                page.goto(base + url, wait_until="networkidle")
                page.evaluate("document.fonts.ready.then(() => true)")
                page.wait_for_load_state("networkidle")
                sizes = dict.fromkeys([*KINDS, "search"], 0)
                for r in responses:
                    if not r.url.startswith(base):
                        continue
                    if r.status >= 400:
                        problems.append(f"{url}: HTTP {r.status} {r.url}")
                        continue
                    try:
                        body = r.body()
                    except Exception:  # redirects have no body
                        continue
                    sizes[kind(r.url, r.request.resource_type)] += len(gzip.compress(body, 6))
                rows.append((url, sizes))
                ctx.close()
            browser.close()
    return rows, problems


# -- report ------------------------------------------------------------------------
def verdict(value: float | None, budget: float) -> str:
    if value is None:
        return "n/a"
    return "PASS" if value <= budget else "FAIL"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="measure (c) on this built site; skips (a)")
    parser.add_argument("--no-serve", action="store_true", help="skip (b)")
    parser.add_argument(
        "--no-dirty", action="store_true", help="in (b), skip the --dirty comparison"
    )
    args = parser.parse_args()

    results: list[tuple[str, str, str, str, str]] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="dlnotes-budget-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            print("(a) building the site (mkdocs build --strict, clean temp dir) ...", flush=True)
            build_s, build_cpu, err = measure_build(site)
            results.append(
                (
                    "(a) full strict build",
                    f"{build_s:.1f} s" if build_s else "failed",
                    f"{BUDGET_BUILD_S:.0f} s",
                    verdict(build_s, BUDGET_BUILD_S) if build_s else "FAIL",
                    f"CPU {build_cpu:.1f} s; clean temp dir, notebooks not executed",
                )
            )
            if err:
                notes.append("build failed:\n" + err)

        if not args.no_serve:
            for dirty in [False] if args.no_dirty else [False, True]:
                label = "mkdocs serve --dirty" if dirty else "mkdocs serve (default: full rebuild)"
                print(f"(b) {label}: touch a page, wait for the reload ...", flush=True)
                times, cpus, note = measure_rebuild(dirty)
                med = statistics.median(times) if times else None
                results.append(
                    (
                        f"(b) rebuild, {'--dirty' if dirty else 'default'}",
                        f"{med:.2f} s" if med is not None else "failed",
                        f"{BUDGET_REBUILD_S:.0f} s",
                        verdict(med, BUDGET_REBUILD_S),
                        (
                            f"runs: {', '.join(f'{t:.2f}' for t in times)} s;"
                            f" CPU of mkdocs: {', '.join(f'{c:.2f}' for c in cpus)} s"
                        )
                        if times
                        else "",
                    )
                )
                if note:
                    notes.append(f"{label}: {note}")

        if site.is_dir() and (site / "index.html").is_file():
            print(
                "(c) loading every lecture page in headless Chromium (cold cache) ...", flush=True
            )
            rows, problems = measure_transfer(site)
            notes += problems
            if rows:
                print()
                head = (
                    f"{'page':58} "
                    + " ".join(f"{k:>6}" for k in KINDS)
                    + f" {'total':>7} {'+search':>8}"
                )
                print(head)
                print("-" * len(head))
                totals = []
                for url, sizes in rows:
                    total = sum(sizes[k] for k in KINDS)
                    totals.append(total)
                    print(
                        f"{url:58} "
                        + " ".join(f"{sizes[k] / 1024:6.1f}" for k in KINDS)
                        + f" {total / 1024:7.1f} {sizes['search'] / 1024:8.1f}"
                    )
                print("(KB, gzipped; +search = search index + sitemap, fetched once per visit)")
                med = statistics.median(totals) / 1024
                results.append(
                    (
                        "(c) median transfer, lecture page",
                        f"{med:.1f} KB",
                        f"{BUDGET_PAGE_KB:.0f} KB",
                        verdict(med, BUDGET_PAGE_KB),
                        f"{len(rows)} pages, min {min(totals) / 1024:.1f}, max {max(totals) / 1024:.1f} KB",
                    )
                )

    print()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{os.cpu_count()} CPUs, load average {load} (wall times grow with load; CPU times do not)"
    )
    head = f"{'budget':36} {'measured':>10} {'budget':>8}  {'result':6}  details"
    print(head)
    print("-" * len(head))
    for name, value, budget, result, detail in results:
        print(f"{name:36} {value:>10} {budget:>8}  {result:6}  {detail}")
    if notes:
        print()
        for n in notes:
            print(f"note: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
