"""Real SPARQL 1.1 servers on 127.0.0.1 for tests and local use: Oxigraph server and Virtuoso.

`start_oxigraph` runs the `oxigraph` binary that the `oxigraph` PyPI package installs beside
Python; `start_virtuoso` runs Debian's `virtuoso-t` (scripts/install-virtuoso.sh) with an ini file
of its own in the data folder, on free ports. Each returns a server with the eventgraph store `.url`
and `.stop()`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from eventgraph.exc import StoreError
from eventgraph.servers._process import free_port

# Virtuoso's first start creates a fresh database whose administrator is dba/dba; it listens on
# 127.0.0.1 only, so the default login is safe for a throwaway test server.
VIRTUOSO_AUTH = ("dba", "dba")


@dataclass
class DevServer:
    """A SPARQL server this process started: its store `url`, optional `auth`, and `stop()`."""

    url: str
    http: str
    data_dir: Path
    auth: tuple[str, str] | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def stop(self, timeout: float = 30.0) -> None:
        """Terminate the server and wait for it; kill it if it does not exit in `timeout` s."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> DevServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def oxigraph_binary() -> str | None:
    """The Oxigraph server binary: beside this Python (the venv), else on PATH."""
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.exists() else shutil.which("oxigraph")


def virtuoso_binary() -> str | None:
    """Debian's `virtuoso-t`, if installed."""
    return shutil.which("virtuoso-t")


def start_oxigraph(
    data_dir: str | Path, port: int | None = None, timeout: float = 30.0
) -> DevServer:
    """Start `oxigraph serve` on `data_dir` and return once it answers queries."""
    binary = oxigraph_binary()
    if binary is None:
        raise StoreError("the oxigraph server binary is missing: pip install oxigraph")
    data = Path(data_dir).resolve()
    data.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    cmd = [binary, "serve", "--location", str(data / "db"), "--bind", f"127.0.0.1:{port}"]
    server = DevServer(f"sparql+http://127.0.0.1:{port}", f"http://127.0.0.1:{port}", data)
    server.process = _spawn(cmd, data / "oxigraph.log")
    _wait(server, f"{server.http}/query?query=ASK%7B%7D", timeout)
    return server


def start_virtuoso(
    data_dir: str | Path, port: int | None = None, timeout: float = 60.0
) -> DevServer:
    """Start Virtuoso with its own ini in `data_dir` (HTTP on `port`); writes go to /sparql-auth."""
    binary = virtuoso_binary()
    if binary is None:
        raise StoreError("virtuoso-t is missing: run scripts/install-virtuoso.sh")
    data = Path(data_dir).resolve()
    data.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    ini = data / "virtuoso.ini"
    ini.write_text(_virtuoso_ini(data, free_port(), port), encoding="utf-8")
    cmd = [binary, "+foreground", "+configfile", str(ini)]
    url = (f"sparql+http://127.0.0.1:{port}/sparql?update=/sparql-auth"
           "&graph_store=/sparql-graph-crud-auth")
    server = DevServer(url, f"http://127.0.0.1:{port}", data, VIRTUOSO_AUTH)
    server.process = _spawn(cmd, data / "virtuoso.out", cwd=data)
    _wait(server, f"{server.http}/sparql?query=ASK%7B%7D", timeout)
    return server


def _spawn(cmd: list[str], log_path: Path, cwd: Path | None = None) -> subprocess.Popen[bytes]:
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, cwd=cwd
        )


def _wait(server: DevServer, probe: str, timeout: float) -> None:
    """Poll `probe` until it answers 200; else stop the server and raise with its log."""
    assert server.process is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(probe, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    server.stop()
    logs = sorted(server.data_dir.glob("*.log")) + sorted(server.data_dir.glob("*.out"))
    tail = "\n".join(p.read_text(errors="replace")[-1500:] for p in logs)
    raise StoreError(f"the SPARQL server in {server.data_dir} did not answer {probe}:\n{tail}")


def _virtuoso_ini(data: Path, sql_port: int, http_port: int) -> str:
    """A small Virtuoso configuration: files in `data`, both listeners on 127.0.0.1."""
    return f"""[Database]
DatabaseFile = {data}/virtuoso.db
ErrorLogFile = {data}/virtuoso.log
LockFile = {data}/virtuoso.lck
TransactionFile = {data}/virtuoso.trx
xa_persistent_file = {data}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {data}/virtuoso-temp.db
TransactionFile = {data}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 40000
MaxDirtyBuffers = 30000
DirsAllowed = ., {data}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {data}
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 300
"""
