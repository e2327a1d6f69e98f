"""Fixtures of the fetcher's tests: the fixture portal, served on 127.0.0.1 for one test, and a
guard that fails any test of this folder which looks up or connects to any other address."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from fetch_portal import Portal

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@pytest.fixture
def portal() -> Iterator[Portal]:
    with Portal() as p:
        yield p


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Refuse name lookups and connections beyond the loopback (before a packet leaves), and
    fail the test at teardown if any was tried, even when the code under test swallowed the
    error. The list of refused hosts is yielded, for the test that checks the guard itself."""
    refused: list[str] = []
    lookup, connect = socket.getaddrinfo, socket.socket.connect

    def check(host: object) -> None:
        if isinstance(host, bytes):
            host = host.decode()
        if host not in LOOPBACK:
            refused.append(str(host))
            raise AssertionError(f"a fetch test tried to reach {host}: only 127.0.0.1 may be")

    def guarded_lookup(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        check(host)
        return lookup(host, *args, **kwargs)

    def guarded_connect(self, address):  # type: ignore[no-untyped-def]
        if self.family in (socket.AF_INET, socket.AF_INET6):
            check(address[0])
        return connect(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", guarded_lookup)
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    yield refused
    assert not refused, f"hosts other than 127.0.0.1 were tried: {refused}"
