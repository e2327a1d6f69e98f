"""Opening a Neo4j driver from a store URL, with refusals a user can act on.

The driver wraps why a connection failed (a certificate this machine does not trust, a server that
wants TLS, a wrong password) in ServiceUnavailable, and under routing (neo4j://, neo4j+s://) in an
ExceptionGroup beneath "Unable to retrieve routing information". The cause is dug out here, so the
message says what to change: trust the CA, use the TLS scheme, or set the login.
"""

from __future__ import annotations

import ssl

import neo4j
from neo4j.exceptions import AuthError, ServiceUnavailable

from eventgraph.exc import StoreError


def connect(uri: str, auth: tuple[str, str] | None) -> neo4j.Driver:
    """A driver for ``uri`` that has answered once; StoreError saying what to do if it cannot."""
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF")
        driver.verify_connectivity()
    except AuthError as e:
        raise StoreError(
            f"Neo4j at {uri} refused the login: set EVENTGRAPH_NEO4J_USER and "
            f"EVENTGRAPH_NEO4J_PASSWORD ({e.message})"
        ) from None
    except (ServiceUnavailable, OSError, ValueError) as e:
        raise StoreError(_unreachable(uri, e)) from None
    return driver


def _unreachable(uri: str, error: BaseException) -> str:
    causes = list(_causes(error))
    untrusted = [c for c in causes if isinstance(c, ssl.SSLCertVerificationError)]
    if untrusted:
        return (
            f"Neo4j at {uri} presented a certificate this machine does not trust "
            f"({untrusted[0].verify_message}). For a server signed by a private CA, point "
            "SSL_CERT_FILE at the CA's certificate (PEM); to accept the server's certificate "
            "unchecked, use neo4j+ssc:// or bolt+ssc://"
        )
    if "+s" not in uri.split("://", 1)[0] and any("handshake" in str(c) for c in causes):
        return (
            f"Neo4j at {uri} closed the connection during the Bolt handshake: a server that "
            "requires TLS does this; use neo4j+s:// or bolt+s:// ({})".format(causes[-1])
        )
    return (
        f"cannot reach Neo4j at {uri}: {error}. Is it running (`eventgraph "
        "neo4j-dev start` starts a local one)?"
    )


def _causes(error: BaseException) -> list[BaseException]:
    """The error, its causes and contexts, and the members of any exception group among them."""
    out: list[BaseException] = []
    todo = [error]
    while todo:
        e = todo.pop()
        if e in out:
            continue
        out.append(e)
        todo += [c for c in (e.__cause__, e.__context__) if c is not None]
        if isinstance(e, BaseExceptionGroup):
            todo += list(e.exceptions)
    return out
