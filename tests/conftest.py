"""Shared fixtures. ``built_site``: the site, built once per test session.

Used by tests/site/ and tests/browser/. It runs
``mkdocs build --strict -d <tmp>`` (never into ./site) and fails the
requesting tests with MkDocs' output if the build fails. Set
``DLNOTES_SITE_DIR=/path/to/built/site`` to test an existing build instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sitekit import build_errors, strict_build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    existing = os.environ.get("DLNOTES_SITE_DIR")
    if existing:
        site = Path(existing)
        if not (site / "index.html").is_file():
            pytest.fail(f"DLNOTES_SITE_DIR={existing} holds no built site (no index.html)")
        return site
    site = tmp_path_factory.mktemp("site")
    proc = strict_build(site)
    if proc.returncode != 0:
        log = build_errors(proc)
        pytest.fail(f"mkdocs build --strict failed (exit {proc.returncode}):\n{log}", pytrace=False)
    return site
