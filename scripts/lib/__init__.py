"""Code the project's tools share: the dataset registry, the page and notebook model.

Product code (``scripts/``, ``overrides/hooks/``) imports from here; tests import from here
too. Nothing outside ``tests/`` imports from ``tests/`` (tests/test_boundaries.py checks it).
"""
