"""Fixtures of the fetcher's tests: the fixture portal, served on 127.0.0.1 for one test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fetch_portal import Portal


@pytest.fixture
def portal() -> Iterator[Portal]:
    with Portal() as p:
        yield p
