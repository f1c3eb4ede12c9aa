"""Shared fixtures."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from paths import SAMPLE_PATH


@pytest.fixture(scope="session")
def sample_bytes() -> bytes:
    """The development sample's raw bytes (the shared copy, else the copy under content/)."""
    return SAMPLE_PATH.read_bytes()


# The suite is reproducible: property tests run derandomized, so CI sees the same examples every
# time. `nox -s fuzz` explores with fresh random examples, many more of them.
settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True, database=None)
settings.register_profile("fuzz", max_examples=3000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
