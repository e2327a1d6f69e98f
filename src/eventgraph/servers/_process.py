"""Process handling for the Neo4j dev server: spawn the JVM, wait for it to answer, stop it."""

from __future__ import annotations

import os
import shlex
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from eventgraph import settings
from eventgraph.exc import StoreError

LOG_FILE = "neo4j-dev.log"
READY = "NEO4J READY "
# Small and quick to start: a 512 MB heap and 64 MB page cache (set in the Java side) fit test data;
# SerialGC and C1-only JIT start ~20% faster and use less memory than G1 with C2 on 2 cores.
DEFAULT_JAVA_OPTS = ("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")


class Neo4jDevError(StoreError):
    """The Neo4j dev server could not be built, started or stopped; the message says why."""


@dataclass
class Neo4jDevServer:
    """A running Neo4j dev server: its Bolt ``uri``, ``auth`` for the driver, and ``stop()``.

    ``tls`` says Bolt requires TLS (started with a ``tls_dir``); the uri is then ``bolt+s://``.
    """

    pid: int
    port: int
    data_dir: Path
    auth: tuple[str, str] | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    tls: bool = False

    @property
    def uri(self) -> str:
        return f"bolt{'+s' if self.tls else ''}://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir / LOG_FILE

    def stop(self, timeout: float = 30.0) -> None:
        """Send SIGTERM (the server checkpoints and closes its stores), wait, then kill."""
        if self.process is None:
            terminate_pid(self.pid, timeout)
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> Neo4jDevServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def java_opts() -> list[str]:
    """JVM options: EVENTGRAPH_NEO4J_JAVA_OPTS if set, else the small test defaults."""
    custom = settings.neo4j_java_opts()
    return shlex.split(custom) if custom is not None else list(DEFAULT_JAVA_OPTS)


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def spawn(
    jar: Path,
    data_dir: Path,
    port: int,
    user: str | None,
    password: str | None,
    timeout: float,
    detached: bool,
    tls_dir: Path | None = None,
) -> Neo4jDevServer:
    """Start the JVM with its output in ``data_dir/neo4j-dev.log`` and wait until Bolt answers.

    ``tls_dir`` (holding ``private.key`` and ``public.crt``) makes Bolt accept TLS connections only.
    """
    data_dir = data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    if not (user and password):
        user, password = settings.neo4j_credentials() or (None, None)
    env = dict(os.environ)
    # Credentials go to the JVM through its environment so they never show in `ps`.
    env.pop("EVENTGRAPH_NEO4J_USER", None)
    env.pop("EVENTGRAPH_NEO4J_PASSWORD", None)
    if user and password:
        env.update(EVENTGRAPH_NEO4J_USER=user, EVENTGRAPH_NEO4J_PASSWORD=password)
    cmd = ["java", *java_opts(), "-jar", str(jar), "--port", str(port), "--data", str(data_dir)]
    if tls_dir is not None:
        cmd += ["--tls-dir", str(Path(tls_dir).resolve())]
    with open(data_dir / LOG_FILE, "wb") as log:
        # A detached server gets its own session, so a Ctrl-C in the starting shell spares it.
        process = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=detached,
        )
    auth = (user, password) if user and password else None
    server = Neo4jDevServer(process.pid, port, data_dir, auth, process, tls=tls_dir is not None)
    try:
        _wait_ready(server, timeout)
    except BaseException:
        server.stop()
        raise
    return server


def _wait_ready(server: Neo4jDevServer, timeout: float) -> None:
    assert server.process is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        code = server.process.poll()
        if code is not None:
            raise Neo4jDevError(f"Neo4j dev server exited with code {code}{_tail(server)}")
        if READY in server.log_path.read_text(errors="replace") and _accepts(server.port):
            return
        time.sleep(0.1)
    raise Neo4jDevError(f"Neo4j dev server not ready after {timeout:.0f} s{_tail(server)}")


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _tail(server: Neo4jDevServer, lines: int = 40) -> str:
    text = server.log_path.read_text(errors="replace") if server.log_path.exists() else ""
    last = "\n".join(text.rstrip().splitlines()[-lines:])
    debug = server.data_dir / "logs" / "debug.log"
    return f"; last lines of {server.log_path} (more in {debug}):\n{last}"


def pid_is_server(pid: int) -> bool:
    """Return whether ``pid`` is a live (not zombie) Neo4j dev server process."""
    if _gone(pid):
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    if not cmdline.parent.exists():  # no /proc (macOS): trust the pid file
        return True
    try:
        return b"neo4j-dev-server.jar" in cmdline.read_bytes()
    except OSError:
        return False


def _gone(pid: int) -> bool:
    try:  # reap it if it is our own child, else a zombie would look alive
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return True
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
    except FileNotFoundError:  # exited just now, or no /proc at all
        return not Path("/proc/self").exists()
    return state == "Z"


def terminate_pid(pid: int, timeout: float) -> None:
    """SIGTERM a server we did not spawn in this process, wait for it, then SIGKILL it."""
    if not pid_is_server(pid):
        return
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if _gone(pid):
                return
            time.sleep(0.1)
    raise Neo4jDevError(f"Neo4j dev server pid {pid} did not exit after SIGKILL")
