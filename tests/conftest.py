"""Shared fixtures. ``built_site``: the site, built once per test session.

Used by tests/site/ and tests/browser/. It runs
``mkdocs build --strict -d <tmp>`` (never into ./site) and fails the
requesting tests with MkDocs' output if the build fails. Set
``DLNOTES_SITE_DIR=/path/to/built/site`` to test an existing build instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    existing = os.environ.get("DLNOTES_SITE_DIR")
    if existing:
        site = Path(existing)
        if not (site / "index.html").is_file():
            pytest.fail(f"DLNOTES_SITE_DIR={existing} holds no built site (no index.html)")
        return site
    site = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
    )
    if proc.returncode != 0:
        log = "\n".join(
            line for line in (proc.stdout + proc.stderr).splitlines() if not line.startswith("INFO")
        )
        pytest.fail(f"mkdocs build --strict failed (exit {proc.returncode}):\n{log}", pytrace=False)
    return site
