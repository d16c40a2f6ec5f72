#!/usr/bin/env python3
"""What Korean search (hooks/search_ko.py) costs, against Material's search as it comes.

    .venv/bin/python scripts/search_budget.py                # two builds, then measure
    .venv/bin/python scripts/search_budget.py --site DIR     # (a) and (c) on a build; no (b)

(a) Bytes a reader downloads for search, gzipped (gzip -6, as a static host
    sends them): the two worker scripts, and the search index with the Korean
    data against the same index written as Material writes it (``\\uXXXX``
    escapes, no Korean data). Budget: 25 KB more at most.
(b) Build time: ``mkdocs build --strict`` into a fresh directory, with the hook
    and with ``DLNOTES_SEARCH_KO=0`` (hook off), alternating, ``--rounds``
    times each: CPU time of mkdocs and its node processes, wall time, and the
    hook's own time in ``on_post_build`` (from its log line), the part no
    other work overlaps (Kiwi loads in a thread while the pages render, which
    hides it on an idle 2-core machine, not on a busy one). Budget: 3 s of
    CPU added (medians); wall times only mean something on an idle machine.
(c) Time from the last keystroke to the results, in headless Chromium:
    Korean and English queries (tests/browser/test_browser_search.py) are
    typed into the search box of the home page of their language; the time
    runs from the ``keyup`` that makes Material read the box to the last
    change of the result count and list. The same pages with Material's own worker
    (the page's ``__config`` set back) give the baseline. Also: the time from
    navigation to the worker being ready. Budget: median 100 ms, max 300 ms.

Prints a report and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sitekit import CHROMIUM, LAUNCH_ARGS, ROOT, build_errors, serve, strict_build

BUDGET_EXTRA_KB = 25.0
BUDGET_BUILD_S = 3.0
BUDGET_MEDIAN_MS = 100.0
BUDGET_MAX_MS = 300.0
WORKERS = "assets/javascripts/workers"
PROBE = "경사하강법이란"  # found only through the Korean analysis
HOOK_LINE = re.compile(r"Korean search: .*; ([\d.]+) s")


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6))


# -- (a) --------------------------------------------------------------------------
def measure_bytes(site: Path) -> dict[str, int]:
    raw = (site / "search" / "search_index.json").read_bytes()
    index = json.loads(raw)
    korean = index["config"].pop("korean", None)
    material = json.dumps(index, separators=(",", ":"), default=str).encode()
    js = {
        n: gz((site / WORKERS / n).read_bytes()) for n in ("korean-search.js", "korean-analysis.js")
    }
    return {
        "index": gz(raw),
        "material_index": gz(material),
        "korean_data": gz(json.dumps(korean, ensure_ascii=False, separators=(",", ":")).encode()),
        "worker_js": sum(js.values()),
    }


# -- (b) --------------------------------------------------------------------------
def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed_build(dest: Path, hook: bool) -> tuple[float, float, float | None]:
    """(wall s, CPU s of mkdocs and its node processes, the hook's own s)."""
    env_before = os.environ.get("DLNOTES_SEARCH_KO")
    os.environ["DLNOTES_SEARCH_KO"] = "1" if hook else "0"
    try:
        cpu0 = _children_cpu()
        t0 = time.perf_counter()
        proc = strict_build(dest, timeout=None)
        wall = time.perf_counter() - t0
        cpu = _children_cpu() - cpu0
    finally:
        if env_before is None:
            os.environ.pop("DLNOTES_SEARCH_KO", None)
        else:
            os.environ["DLNOTES_SEARCH_KO"] = env_before
    if proc.returncode != 0:
        sys.exit(f"mkdocs build --strict failed (exit {proc.returncode}):\n{build_errors(proc)}")
    m = HOOK_LINE.search(proc.stdout + proc.stderr)
    return wall, cpu, float(m[1]) if m else None


# -- (c) --------------------------------------------------------------------------
def queries() -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT))
    from tests.browser.test_browser_search import CASES

    return [(lang, q) for lang, q, _ in CASES]


WATCH_JS = """() => {
  const input = document.querySelector("input[data-md-component=search-query]");
  const result = document.querySelector(".md-search-result");  // the count and the list
  window.__dl = {keyup: null, last: null};
  input.addEventListener("keyup", () => { window.__dl.keyup = performance.now(); }, true);
  new MutationObserver(() => { window.__dl.last = performance.now(); })
    .observe(result, {childList: true, subtree: true, characterData: true});
}"""


def router(base: str, material: bool) -> Any:
    """Requests to other hosts fail; with ``material``, pages start Material's own worker."""

    def route(r: Any) -> None:  # one argument: Playwright would pass the request as a second
        if not r.request.url.startswith(base):
            r.abort()
        elif material and r.request.resource_type == "document":
            resp = r.fetch()
            body = re.sub(
                r'korean-search\.js\?worker=(search\.[0-9a-f]+\.min\.js)[^"]*"', r'\1"', resp.text()
            )
            r.fulfill(response=resp, body=body)
        else:
            r.continue_()

    return route


def measure_latency(site: Path, rounds: int = 1) -> dict[str, dict[str, list[float]]]:
    """{"korean" | "material": {"ko": [ms...], "en": [...], "ready": [ms...]}}."""
    from playwright.sync_api import sync_playwright

    out: dict[str, dict[str, list[float]]] = {}
    cases = queries()
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        for variant in ("korean", "material"):
            ctx = browser.new_context(viewport={"width": 1280, "height": 900})

            ctx.route("**/*", router(base, material=variant == "material"))
            page = ctx.new_page()
            times: dict[str, list[float]] = {"ko": [], "en": [], "ready": []}
            current = None
            for _ in range(rounds):
                for lang, q in cases:
                    if current != lang:
                        page.goto(base + ("" if lang == "ko" else "en/"), wait_until="load")
                        cfg = json.loads(page.locator("#__config").text_content() or "{}")
                        placeholder = cfg["translations"]["search.result.placeholder"]
                        page.locator("input[data-md-component=search-query]").click()
                        page.wait_for_function(
                            "(t) => document.querySelector('.md-search-result__meta')"
                            ".textContent.trim() === t",
                            arg=placeholder,
                        )
                        times["ready"].append(page.evaluate("performance.now()"))
                        page.evaluate(WATCH_JS)
                        current = lang
                    box = page.locator("input[data-md-component=search-query]")
                    box.fill("")
                    box.press("End")
                    page.wait_for_function(
                        "() => !document.querySelector('.md-search-result__item')"
                    )
                    box.fill(q)  # no key events: Material reads the box on the next keyup
                    page.evaluate("() => { window.__dl.keyup = null; window.__dl.last = null; }")
                    box.press("End")
                    page.wait_for_function("() => window.__dl.last !== null")
                    # settled: no change of the list for 300 ms
                    while True:
                        last = page.evaluate("window.__dl.last")
                        time.sleep(0.3)
                        if page.evaluate("window.__dl.last") == last:
                            break
                    times[lang].append(page.evaluate("window.__dl.last - window.__dl.keyup"))
                    if q == PROBE:
                        meta = page.locator(".md-search-result__meta").inner_text().strip()
                        times.setdefault("probe", []).append(meta)  # type: ignore[arg-type]
                current = None
            out[variant] = times
            ctx.close()
        browser.close()
    return out


# -- report ------------------------------------------------------------------------
def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="measure (a) and (c) on this build; skip (b)")
    parser.add_argument("--rounds", type=int, default=1, help="builds of each kind in (b)")
    args = parser.parse_args()

    rows: list[tuple[str, str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="dlnotes-search-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            walls: dict[bool, list[float]] = {True: [], False: []}
            cpus: dict[bool, list[float]] = {True: [], False: []}
            hook_s: list[float] = []
            for r in range(args.rounds):
                for hook in (False, True):
                    state = "on" if hook else "off"
                    print(f"(b) build {r + 1}/{args.rounds}, hook {state} ...", flush=True)
                    wall, cpu, own = timed_build(site, hook)
                    walls[hook].append(wall)
                    cpus[hook].append(cpu)
                    if own is not None:
                        hook_s.append(own)
            added_cpu = statistics.median(cpus[True]) - statistics.median(cpus[False])
            added = statistics.median(walls[True]) - statistics.median(walls[False])
            rows.append(
                (
                    "(b) build CPU time added (median)",
                    f"{added_cpu:+.1f} s",
                    f"{BUDGET_BUILD_S:.0f} s",
                    verdict(added_cpu <= BUDGET_BUILD_S),
                    f"CPU with {', '.join(f'{c:.1f}' for c in cpus[True])} s, without "
                    f"{', '.join(f'{c:.1f}' for c in cpus[False])} s; wall {added:+.1f} s "
                    f"(with {', '.join(f'{w:.1f}' for w in walls[True])}, without "
                    f"{', '.join(f'{w:.1f}' for w in walls[False])}); the hook's own "
                    f"on_post_build {', '.join(f'{h:.2f}' for h in hook_s)} s",
                )
            )

        b = measure_bytes(site)
        extra = b["worker_js"] + b["index"] - b["material_index"]
        rows.insert(
            0,
            (
                "(a) extra download for search, gz",
                f"{extra / 1024:+.1f} KB",
                f"{BUDGET_EXTRA_KB:.0f} KB",
                verdict(extra / 1024 <= BUDGET_EXTRA_KB),
                f"worker scripts {b['worker_js'] / 1024:.1f} KB; index {b['index'] / 1024:.1f} KB "
                f"(Korean data {b['korean_data'] / 1024:.1f} KB) vs Material's "
                f"{b['material_index'] / 1024:.1f} KB",
            ),
        )

        print("(c) typing the test queries in headless Chromium, both workers ...", flush=True)
        lat = measure_latency(site)
        for variant, label in (("korean", "Korean worker"), ("material", "Material's worker")):
            t = lat[variant]
            both = t["ko"] + t["en"]
            med, mx = statistics.median(both), max(both)
            ok = med <= BUDGET_MEDIAN_MS and mx <= BUDGET_MAX_MS
            rows.append(
                (
                    f"(c) keystroke to results, {label}",
                    f"{med:.0f} ms",
                    f"{BUDGET_MEDIAN_MS:.0f}/{BUDGET_MAX_MS:.0f}",
                    verdict(ok) if variant == "korean" else "",
                    f"median ko {statistics.median(t['ko']):.0f}, en {statistics.median(t['en']):.0f} ms;"
                    f" max {mx:.0f} ms; {len(both)} queries; worker ready "
                    f"{', '.join(f'{r:.0f}' for r in t['ready'])} ms after navigation; "
                    f"{PROBE}: {', '.join(map(str, t.get('probe', [])))}",
                )
            )

    print()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} CPUs, load average {load} (wall times grow with load)")
    head = f"{'measure':40} {'value':>9} {'budget':>8}  {'result':6}  details"
    print(head)
    print("-" * len(head))
    for name, value, budget, result, detail in rows:
        print(f"{name:40} {value:>9} {budget:>8}  {result:6}  {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
