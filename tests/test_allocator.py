"""The store's heavy commands start again with mimalloc preloaded (eventgraph/allocator.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventgraph import allocator


class Exec(Exception):
    """Raised by the stand-in for os.execve: the process would have started again."""


@pytest.fixture
def execve(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str], dict[str, str]]]:
    calls: list[tuple[str, list[str], dict[str, str]]] = []

    def fake(path: str, args: list[str], env: dict[str, str]) -> None:
        calls.append((path, args, env))
        raise Exec

    monkeypatch.setattr(os, "execve", fake)
    monkeypatch.delenv(allocator.MARK, raising=False)
    return calls


def test_the_setting_chooses_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = tmp_path / "libmimalloc.so.2"
    lib.write_bytes(b"")
    monkeypatch.setenv("EVENTGRAPH_ALLOCATOR", str(lib))
    assert allocator.library() == str(lib)
    monkeypatch.setenv("EVENTGRAPH_ALLOCATOR", str(tmp_path / "missing.so"))
    assert allocator.library() is None
    monkeypatch.setenv("EVENTGRAPH_ALLOCATOR", "system")
    assert allocator.library() is None


def test_only_heavy_commands_start_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         execve: list) -> None:
    lib = tmp_path / "libmimalloc.so.2"
    lib.write_bytes(b"")
    monkeypatch.setenv("EVENTGRAPH_ALLOCATOR", str(lib))
    monkeypatch.setenv("LD_PRELOAD", "/other/lib.so")
    allocator.maybe_reexec(["eventgraph", "query", "chairs"])
    allocator.maybe_reexec(["eventgraph", "--help"])
    assert execve == []
    with pytest.raises(Exec):
        allocator.maybe_reexec(["/venv/bin/eventgraph", "ingest", "data/articles", "--workers", "2"])
    path, args, env = execve[0]
    assert path == sys.executable
    assert args[-4:] == ["ingest", "data/articles", "--workers", "2"]
    assert env["LD_PRELOAD"] == f"{lib} /other/lib.so"
    assert env[allocator.MARK] == str(lib)


def test_the_second_start_runs_the_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           execve: list) -> None:
    monkeypatch.setenv("EVENTGRAPH_ALLOCATOR", "system")
    allocator.maybe_reexec(["eventgraph", "ingest", "x"])  # no library: this process goes on
    lib = tmp_path / "libmimalloc.so.2"
    lib.write_bytes(b"")
    monkeypatch.setenv("EVENTGRAPH_ALLOCATOR", str(lib))
    monkeypatch.setenv(allocator.MARK, str(lib))
    allocator.maybe_reexec(["eventgraph", "ingest", "x"])  # already started again
    assert execve == []


@pytest.mark.skipif(allocator.library() is None or not Path("/proc/self/maps").exists(),
                    reason="no mimalloc installed (scripts/setup installs Debian's libmimalloc2.0)")
def test_a_heavy_command_runs_with_mimalloc(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import sys\n"
        "from eventgraph import allocator\n"
        "allocator.maybe_reexec(sys.argv)\n"
        "print(sys.argv[1:], any('mimalloc' in line for line in open('/proc/self/maps')))\n",
        encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in (allocator.MARK, "EVENTGRAPH_ALLOCATOR")}
    for command, loaded in (("ingest", True), ("query", False)):
        out = subprocess.run([sys.executable, str(probe), command, "--workers", "1"], env=env,
                             capture_output=True, text=True, check=True).stdout
        assert out.strip() == f"['{command}', '--workers', '1'] {loaded}"
