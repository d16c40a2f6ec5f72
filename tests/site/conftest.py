"""Fixtures of the site tests; the helpers are in sitetools.py."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def site(built_site: Path) -> Path:
    """The built site (tests/conftest.py builds it once per session)."""
    return built_site
