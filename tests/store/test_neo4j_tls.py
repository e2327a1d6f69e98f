"""neo4j+s:// for real: a Neo4j dev server requiring TLS, its certificate from a throwaway CA.

The CA and the server certificate (for 127.0.0.1 and localhost) are made here with `openssl`. The
client trusts the CA as a user would trust a private CA: SSL_CERT_FILE, which the driver's default
trust (`ssl.SSLContext.load_default_certs`) honours. Through neo4j+s:// the sample articles give
the same named-query answers as the embedded store; an untrusted CA and a plain bolt:// connection
are refused with a StoreError that says what to change. One server start for the module.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventgraph.exc import StoreError
from eventgraph.queries import all_queries
from eventgraph.servers import neo4j_dev
from eventgraph.store import open_store
from tests.store.articles import articles
from tests.store.servers import unavailable
from tests.store.test_contract import Reference, normalised, param_sets

pytestmark = pytest.mark.server


def _openssl(*args: str, cwd: Path) -> None:
    done = subprocess.run(
        ["openssl", *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, f"openssl {' '.join(args)} failed:\n{done.stderr}"


def make_pki(folder: Path) -> tuple[Path, Path]:
    """A CA (ca.crt) and, in server/, private.key and public.crt for 127.0.0.1 and localhost."""
    server = folder / "server"
    server.mkdir(parents=True)
    # -nodes (not OpenSSL 3's -noenc) so OpenSSL 1.1 and LibreSSL make the same unencrypted keys
    new_key = "-newkey rsa:2048 -nodes".split()
    _openssl("req", "-x509", "-days", "2", *new_key, "-keyout", "ca.key", "-out", "ca.crt",
             "-subj", "/CN=eventgraph test CA", cwd=folder)  # fmt: skip
    _openssl("req", *new_key, "-keyout", "server/private.key", "-out", "server.csr",
             "-subj", "/CN=localhost", cwd=folder)  # fmt: skip
    (folder / "ext.cnf").write_text(
        "subjectAltName = DNS:localhost, IP:127.0.0.1\n"
        "basicConstraints = CA:FALSE\n"
        "extendedKeyUsage = serverAuth\n"
    )
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
             "-CAcreateserial", "-days", "2", "-extfile", "ext.cnf",
             "-out", "server/public.crt", cwd=folder)  # fmt: skip
    return folder / "ca.crt", server


@pytest.fixture(scope="module")
def tls_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[neo4j_dev.Neo4jDevServer, Path]]:
    """A Neo4j dev server whose Bolt requires TLS, and the CA certificate that signed its own."""
    if shutil.which("openssl") is None:
        unavailable("openssl is not on PATH: the test CA cannot be made")
    if not neo4j_dev.java_available():
        unavailable("java and mvn are not on PATH: the Neo4j dev server cannot be built")
    ca, server_dir = make_pki(tmp_path_factory.mktemp("pki"))
    try:
        server = neo4j_dev.start(tmp_path_factory.mktemp("neo4j-tls"), tls_dir=server_dir)
    except neo4j_dev.Neo4jDevError as e:
        unavailable(f"the Neo4j dev server did not start with TLS: {e}")
        raise
    with server:
        yield server, ca


@pytest.fixture
def untrusting(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process trusts only the system's CAs, as on a machine where nobody set SSL_CERT_FILE."""
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


def test_neo4j_s_with_a_private_ca_answers_like_the_embedded_store(
    tls_server: tuple[neo4j_dev.Neo4jDevServer, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    server, ca = tls_server
    assert server.uri == f"bolt+s://127.0.0.1:{server.port}"
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    reference = Reference(str(tmp_path / "reference"))
    with open_store(f"neo4j+s://127.0.0.1:{server.port}") as st:
        st.replace_articles(articles())
        try:
            assert st.stats() == reference.store.stats()
            # Every query, bare and with all its parameters (the contract suite runs each sample
            # over bolt://; here the point is that TLS carries the same answers).
            for q in all_queries().values():
                sets = param_sets(q)
                for params in [sets[0], sets[-1]] if len(sets) > 1 else sets:
                    want, got = reference.run(q, params), st.run(q, params)
                    assert got.columns == want.columns, q.name
                    assert normalised(q, got.rows) == normalised(q, want.rows), (q.name, params)
            # bolt+s:// by name: the certificate's DNS entry is checked, not only its IP entry
            with open_store(f"bolt+s://localhost:{server.port}") as direct:
                assert direct.stats()["articles"] == 5
        finally:
            st.delete_articles([a.id for a, _ in articles()])


@pytest.mark.usefixtures("untrusting")
@pytest.mark.parametrize("scheme", ["neo4j+s", "bolt+s"])
def test_a_ca_this_machine_does_not_trust_is_refused(
    tls_server: tuple[neo4j_dev.Neo4jDevServer, Path], scheme: str
) -> None:
    server, _ = tls_server
    with pytest.raises(StoreError, match=r"does not trust.*SSL_CERT_FILE.*neo4j\+ssc://"):
        open_store(f"{scheme}://127.0.0.1:{server.port}")


@pytest.mark.usefixtures("untrusting")
@pytest.mark.parametrize("scheme", ["neo4j+ssc", "bolt+ssc"])
def test_ssc_accepts_the_certificate_unchecked(
    tls_server: tuple[neo4j_dev.Neo4jDevServer, Path], scheme: str
) -> None:
    server, _ = tls_server
    with open_store(f"{scheme}://127.0.0.1:{server.port}") as st:
        assert set(st.stats()) >= {"articles", "facts"}


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_a_plain_connection_to_the_tls_server_is_refused(
    tls_server: tuple[neo4j_dev.Neo4jDevServer, Path], scheme: str
) -> None:
    server, _ = tls_server
    with pytest.raises(StoreError, match=r"handshake.*requires TLS.*use neo4j\+s:// or bolt\+s://"):
        open_store(f"{scheme}://127.0.0.1:{server.port}")
