"""Shared fixtures."""

from __future__ import annotations

import pytest

from paths import SAMPLE_PATH


@pytest.fixture(scope="session")
def sample_bytes() -> bytes:
    """The development sample's raw bytes (the shared copy, else the copy under content/)."""
    return SAMPLE_PATH.read_bytes()
