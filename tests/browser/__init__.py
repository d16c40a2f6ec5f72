"""Browser tests (a package, so that its conftest.py is ``browser.conftest``
and does not collide with the rootless ``conftest`` modules of tests/ and
tests/site/ when ``--doctest-modules`` imports every conftest.py)."""
