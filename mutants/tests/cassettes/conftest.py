"""Fixtures of the cassette suite: a network that refuses every connection."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .replay import blocked_network


@pytest.fixture
def no_network() -> Iterator[None]:
    """Every socket connection and name lookup fails while the test runs."""
    with blocked_network():
        yield
