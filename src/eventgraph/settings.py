"""Every EVENTGRAPH_* environment variable is read here and nowhere else."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DATA_DIR = Path.home() / ".local" / "share" / "eventgraph"


def data_dir() -> Path:
    """The folder for the default embedded store (EVENTGRAPH_DATA_DIR)."""
    return Path(os.environ.get("EVENTGRAPH_DATA_DIR", str(DEFAULT_DATA_DIR))).expanduser()


def store_url() -> str:
    """The store URL (EVENTGRAPH_STORE), defaulting to the embedded Oxigraph store in the data dir."""
    url = os.environ.get("EVENTGRAPH_STORE")
    if url:
        return url
    return f"oxigraph://{(data_dir() / 'store').resolve()}"


def canonical_store_url(url: str) -> str:
    """`url` with an embedded store's folder made absolute, so answers kept for
    "oxigraph://data/store" are found again under "oxigraph:///…/data/store" (another spelling of
    the same store); every other URL is returned as it is."""
    if url.startswith("oxigraph://"):
        return f"oxigraph://{Path(url[len('oxigraph://'):]).expanduser().resolve()}"
    return url


def neo4j_credentials() -> tuple[str, str] | None:
    """User and password for Neo4j (EVENTGRAPH_NEO4J_USER / EVENTGRAPH_NEO4J_PASSWORD), if set."""
    user = os.environ.get("EVENTGRAPH_NEO4J_USER")
    if not user:
        return None
    return user, os.environ.get("EVENTGRAPH_NEO4J_PASSWORD", "")


def neo4j_java_opts() -> str | None:
    """JVM options for the Neo4j dev server (EVENTGRAPH_NEO4J_JAVA_OPTS), replacing its defaults."""
    return os.environ.get("EVENTGRAPH_NEO4J_JAVA_OPTS")


def sparql_auth() -> tuple[str, str] | None:
    """User and password for a SPARQL server (EVENTGRAPH_SPARQL_USER / EVENTGRAPH_SPARQL_PASSWORD)."""
    user = os.environ.get("EVENTGRAPH_SPARQL_USER")
    if not user:
        return None
    return user, os.environ.get("EVENTGRAPH_SPARQL_PASSWORD", "")


def batch_size() -> int:
    """Articles per write batch (EVENTGRAPH_BATCH_SIZE)."""
    return int(os.environ.get("EVENTGRAPH_BATCH_SIZE", "1000"))


def max_article_chars() -> int:
    """Longest article text accepted (EVENTGRAPH_MAX_ARTICLE_CHARS); a longer one is reported, not read.

    News articles run to tens of thousands of characters; a text of megabytes is a dump or a mistake,
    and would hold up a whole batch."""
    return int(os.environ.get("EVENTGRAPH_MAX_ARTICLE_CHARS", "2000000"))


def progress_every() -> float:
    """Seconds between the progress lines `ingest` prints where stderr is not a terminal (a log, a
    cron job, CI) and its progress bar shows nothing (EVENTGRAPH_PROGRESS_EVERY, default 30)."""
    return float(os.environ.get("EVENTGRAPH_PROGRESS_EVERY", "30"))


def answers_dir() -> Path | None:
    """Where the dashboard keeps answers of a store's immutable data versions (EVENTGRAPH_CACHE_DIR,
    default ~/.cache/eventgraph/answers); "off" keeps them in memory only."""
    raw = os.environ.get("EVENTGRAPH_CACHE_DIR", "")
    if raw.strip().lower() == "off":
        return None
    base = Path(raw).expanduser() if raw else Path.home() / ".cache" / "eventgraph"
    return base / "answers"


def dashboard_warm() -> bool:
    """Whether the dashboard computes its opening views in the background when new data is published
    (EVENTGRAPH_DASHBOARD_WARM, default on; "0" turns it off, e.g. on a machine with one core)."""
    return os.environ.get("EVENTGRAPH_DASHBOARD_WARM", "1").strip().lower() not in ("0", "off", "no")


def pure_python() -> bool:
    """Whether to import the pure-Python extraction modules even when compiled ones are built
    (EVENTGRAPH_PURE_PYTHON=1): for comparing the two, or ruling the compiled build out."""
    return os.environ.get("EVENTGRAPH_PURE_PYTHON", "").strip().lower() in {"1", "true", "yes"}


def allocator() -> str:
    """Which allocator the store's heavy commands run with (EVENTGRAPH_ALLOCATOR): "auto" (default:
    mimalloc when installed), "system", or a library file to preload (allocator.py)."""
    return os.environ.get("EVENTGRAPH_ALLOCATOR", "auto").strip()
