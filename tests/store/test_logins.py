"""Logins to real servers as a user configures them: EVENTGRAPH_NEO4J_USER / _PASSWORD for Neo4j
(through neo4j:// and bolt:// alike), EVENTGRAPH_SPARQL_USER / _PASSWORD answered by Virtuoso's
digest challenge on /sparql-auth; a wrong password is refused with a message saying what to set."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventgraph.exc import StoreError
from eventgraph.servers import neo4j_dev, sparql_dev
from eventgraph.store import open_store
from tests.store.articles import articles
from tests.store.servers import unavailable

pytestmark = pytest.mark.server
USER, PASSWORD = "eventgraph", "mật khẩu đúng"


@pytest.fixture(scope="module")
def neo4j_with_auth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[neo4j_dev.Neo4jDevServer]:
    if not neo4j_dev.java_available():
        unavailable("java and mvn are not on PATH: the Neo4j dev server cannot be built")
    folder: Path = tmp_path_factory.mktemp("neo4j-auth")
    with neo4j_dev.start(folder, user=USER, password=PASSWORD) as server:
        yield server


def test_neo4j_login_from_the_environment(
    neo4j_with_auth: neo4j_dev.Neo4jDevServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = neo4j_with_auth.port
    monkeypatch.setenv("EVENTGRAPH_NEO4J_USER", USER)
    monkeypatch.setenv("EVENTGRAPH_NEO4J_PASSWORD", PASSWORD)
    with open_store(f"neo4j://127.0.0.1:{port}") as st:
        st.replace_articles(articles())
        want = st.stats()
    with open_store(f"bolt://127.0.0.1:{port}") as st:  # the same database, one server, no routing
        assert st.stats() == want and want["articles"] == 5
        st.delete_articles([a.id for a, _ in articles()])
    monkeypatch.setenv("EVENTGRAPH_NEO4J_PASSWORD", "sai")
    with pytest.raises(StoreError, match=r"refused the login.*EVENTGRAPH_NEO4J_PASSWORD"):
        open_store(f"bolt://127.0.0.1:{port}")
    monkeypatch.delenv("EVENTGRAPH_NEO4J_USER")
    monkeypatch.delenv("EVENTGRAPH_NEO4J_PASSWORD")
    with pytest.raises(StoreError, match="refused the login"):
        open_store(f"neo4j://127.0.0.1:{port}")


def test_virtuoso_writes_through_digest_login(
    virtuoso_server: sparql_dev.DevServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without credentials /sparql-auth answers 401 with a Digest challenge.
    req = urllib.request.Request(f"{virtuoso_server.http}/sparql-auth", data=b"query=ASK%7B%7D")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(req, timeout=10)
    assert refused.value.code == 401
    assert refused.value.headers["WWW-Authenticate"].startswith("Digest ")
    user, password = virtuoso_server.auth
    monkeypatch.setenv("EVENTGRAPH_SPARQL_USER", user)
    monkeypatch.setenv("EVENTGRAPH_SPARQL_PASSWORD", password)
    st = open_store(virtuoso_server.url)  # no auth argument: the environment's login
    try:
        st.replace_articles(articles())
        assert st.stats()["articles"] == 5
        monkeypatch.setenv("EVENTGRAPH_SPARQL_PASSWORD", "sai")
        wrong = open_store(virtuoso_server.url)
        with pytest.raises(StoreError, match=r"refused the login.*EVENTGRAPH_SPARQL_PASSWORD"):
            wrong.delete_articles([a.id for a, _ in articles()])
        assert st.stats()["articles"] == 5  # the refused write changed nothing
    finally:
        st.delete_articles([a.id for a, _ in articles()])
        st.close()
