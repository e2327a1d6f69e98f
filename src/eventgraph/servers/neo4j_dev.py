"""A real Neo4j 5.26 Community server for tests and local use, built from Maven Central.

The Java side lives in ``tools/neo4j-server`` (embedded Neo4j with Bolt on 127.0.0.1). This module
builds it with Maven, starts it on a data folder, waits until it answers, and stops it. A server can
be owned by the calling process (``start``, a context manager) or left running for later commands
(``start_detached`` / ``stop_detached``), which record its pid and port in the data folder.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import shutil
import subprocess
import sys
from pathlib import Path

from eventgraph import settings
from eventgraph.servers._process import (
    Neo4jDevError,
    Neo4jDevServer,
    free_port,
    pid_is_server,
    spawn,
    terminate_pid,
)

__all__ = [
    "Neo4jDevError",
    "Neo4jDevServer",
    "build",
    "java_available",
    "start",
    "start_detached",
    "status",
    "stop_detached",
]

# The Maven module sits in the source checkout (eventgraph is installed editable from it).
MODULE_DIR = Path(__file__).resolve().parents[3] / "tools" / "neo4j-server"
JAR = MODULE_DIR / "target" / "neo4j-dev-server.jar"
STATE_FILE = "neo4j-dev.json"


def java_available() -> bool:
    """Return whether ``java`` and ``mvn`` are on PATH, i.e. the server can be built and run."""
    return shutil.which("java") is not None and shutil.which("mvn") is not None


def _jar_up_to_date() -> bool:
    if not JAR.exists() or not (JAR.parent / "lib").is_dir():
        return False
    sources = [MODULE_DIR / "pom.xml", *(MODULE_DIR / "src").rglob("*")]
    newest = max(p.stat().st_mtime for p in sources if p.is_file())
    return JAR.stat().st_mtime >= newest


def build(offline_first: bool = True, force: bool = False) -> Path:
    """Build the server jar with Maven unless it is newer than its sources; return the jar's path.

    With ``offline_first`` it tries ``mvn -o`` (only the local ~/.m2 repository) and falls back to
    an online build, which downloads about 170 MB from Maven Central the first time.
    """
    if not java_available():
        raise Neo4jDevError(
            "java and mvn are needed to build the Neo4j dev server; install JDK 17+ and Maven"
        )
    (JAR.parent).mkdir(parents=True, exist_ok=True)
    # A lock, so two test processes starting at once do not run Maven over each other.
    with open(JAR.parent / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not force and _jar_up_to_date():
            return JAR
        offline = ["mvn", "-B", "-q", "-o", "package"]
        online = ["mvn", "-B", "-q", "package"]
        output = ""
        for cmd in [offline, online] if offline_first else [online]:
            done = subprocess.run(cmd, cwd=MODULE_DIR, capture_output=True, text=True, check=False)
            output = done.stdout + done.stderr
            if done.returncode == 0 and JAR.exists():
                return JAR
        tail = "\n".join(output.strip().splitlines()[-30:])
        raise Neo4jDevError(f"building {MODULE_DIR} with Maven failed:\n{tail}")


def start(
    data_dir: str | Path,
    port: int | None = None,
    *,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 300.0,
    tls_dir: str | Path | None = None,
) -> Neo4jDevServer:
    """Build if needed, start a server on ``data_dir`` and return it once Bolt answers.

    ``port=None`` picks a free port. Auth is off unless both ``user`` and ``password`` are given (or
    EVENTGRAPH_NEO4J_USER / EVENTGRAPH_NEO4J_PASSWORD are set). ``tls_dir``, a folder holding
    ``private.key`` and ``public.crt``, makes Bolt require TLS. The server belongs to this process:
    call ``.stop()`` or use it as a context manager. Raises Neo4jDevError with the last log lines
    when the server exits early or is not ready within ``timeout`` seconds.
    """
    jar = build()
    tls = Path(tls_dir) if tls_dir is not None else None
    port = port or free_port()
    return spawn(jar, Path(data_dir), port, user, password, timeout, detached=False, tls_dir=tls)


def status(data_dir: str | Path) -> Neo4jDevServer | None:
    """Return the detached server recorded in ``data_dir`` if it is still running, else None."""
    state = Path(data_dir) / STATE_FILE
    if not state.exists():
        return None
    info = json.loads(state.read_text())
    if not pid_is_server(info["pid"]):
        return None
    tls = bool(info.get("tls", False))
    return Neo4jDevServer(pid=info["pid"], port=info["port"], data_dir=Path(data_dir), tls=tls)


def start_detached(
    data_dir: str | Path,
    port: int | None = None,
    timeout: float = 300.0,
    tls_dir: str | Path | None = None,
) -> Neo4jDevServer:
    """Start a server that outlives this process and record its pid and port in ``data_dir``."""
    data = Path(data_dir)
    running = status(data)
    if running is not None:
        raise Neo4jDevError(
            f"a Neo4j dev server already runs on {data} at {running.uri} (pid {running.pid})"
        )
    tls = Path(tls_dir) if tls_dir is not None else None
    port = port or free_port()
    server = spawn(build(), data, port, None, None, timeout, detached=True, tls_dir=tls)
    state = {"pid": server.pid, "port": server.port, "uri": server.uri, "tls": server.tls}
    (data / STATE_FILE).write_text(json.dumps(state) + "\n")
    return server


def stop_detached(data_dir: str | Path, timeout: float = 30.0) -> bool:
    """Stop the server recorded in ``data_dir``; return whether one was running."""
    server = status(data_dir)
    if server is not None:
        terminate_pid(server.pid, timeout)
    with contextlib.suppress(FileNotFoundError):
        (Path(data_dir) / STATE_FILE).unlink()
    return server is not None


def main(argv: list[str] | None = None) -> int:
    """Command line: ``start|stop|status|build [--data DIR] [--port P] [--tls-dir DIR]``."""
    parser = argparse.ArgumentParser(prog="neo4j-dev", description="Run a local Neo4j dev server.")
    parser.add_argument("command", choices=["start", "stop", "status", "build"])
    parser.add_argument("--data", type=Path, default=settings.data_dir() / "neo4j-dev")
    parser.add_argument("--port", type=int, default=7687)
    parser.add_argument("--tls-dir", type=Path, help="folder with private.key and public.crt")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            print(build(force=True))
        elif args.command == "start":
            print(start_detached(args.data, args.port, tls_dir=args.tls_dir).uri)
        elif args.command == "stop":
            print("stopped" if stop_detached(args.data) else f"no server running on {args.data}")
        else:
            server = status(args.data)
            print(f"running {server.uri} pid {server.pid}" if server else "not running")
            return 0 if server else 3
    except Neo4jDevError as err:
        print(f"neo4j-dev: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
