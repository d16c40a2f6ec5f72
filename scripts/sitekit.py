"""What the site's scripts and tests share: the strict build, a local server
for the built site, and how Debian's Chromium is launched.

Used by scripts/site_budget.py, scripts/page_timing.py, tests/conftest.py and
tests/browser/ (pytest puts scripts/ on sys.path: ``pythonpath`` in pyproject.toml).
"""

from __future__ import annotations

import contextlib
import functools
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"

# Debian's Chromium (`playwright install` cannot download browsers here).
CHROMIUM = Path(os.environ.get("DLNOTES_CHROMIUM", "/usr/bin/chromium"))
# As root in a container, without a sandbox or GPU; no background traffic
# (this machine's closed network refuses it, and the tests record every
# request to another host).
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def strict_build(dest: Path, timeout: float | None = 600) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict --clean -d dest`` from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(dest)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=timeout,
    )


def build_errors(proc: subprocess.CompletedProcess[str]) -> str:
    """MkDocs' output without its INFO lines: the warnings and errors."""
    lines = (proc.stdout + proc.stderr).splitlines()
    return "\n".join(line for line in lines if not line.startswith("INFO"))


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on a free port of 127.0.0.1; yields ``http://127.0.0.1:<port>/``."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer((HOST, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
