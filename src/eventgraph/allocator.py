"""The heavy commands (`ingest`, `compact`, `prepare-dashboard`) run with mimalloc when it is installed.

Oxigraph's bulk loader and RocksDB's compactions allocate and free millions of small keys: in a
profile of the loader, glibc's malloc and free were ~20% of its CPU (`_int_free`, `unlink_chunk`,
`malloc_consolidate`, …). With Debian's mimalloc 2.0.9 preloaded the same bulk loads took 15% less
CPU (five alternated pairs) and a 10k ingest end to end 12% less (two pairs), with a lower peak
(docs/performance.md, *The allocator*). A library's allocator is chosen when its process starts, so
`eventgraph` starts these commands again with `LD_PRELOAD` naming mimalloc (`maybe_reexec`, called
by `cli.main` before anything else runs); the workers and the dashboard tables' process, spawned
from it, inherit it. `scripts/setup` installs Debian's `libmimalloc2.0` where it can; without it,
or with EVENTGRAPH_ALLOCATOR=system, nothing changes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from eventgraph import settings

#: the commands whose work is the store's (bulk loads, compactions, whole-store reads)
HEAVY = frozenset({"ingest", "compact", "prepare-dashboard"})
#: set in the environment of the process started again, so it does not start itself once more
MARK = "EVENTGRAPH_ALLOCATOR_ACTIVE"
_NAMES = ("libmimalloc.so.2", "libmimalloc.so")
_DIRS = ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
         "/usr/local/lib")


def library() -> str | None:
    """The mimalloc library to preload, or None: not Linux, EVENTGRAPH_ALLOCATOR=system, or none
    installed. EVENTGRAPH_ALLOCATOR may also name a library file."""
    choice = settings.allocator()
    if not sys.platform.startswith("linux") or choice.lower() in ("system", "glibc", "off", "0"):
        return None
    if choice and choice.lower() != "auto":
        return choice if Path(choice).is_file() else None
    for d in _DIRS:
        for name in _NAMES:
            if (Path(d) / name).is_file():
                return str(Path(d) / name)
    return None


def reexec_env(lib: str, env: dict[str, str]) -> dict[str, str]:
    """`env` with `lib` first in LD_PRELOAD and the mark set."""
    new = dict(env)
    new["LD_PRELOAD"] = " ".join(p for p in (lib, env.get("LD_PRELOAD", "")) if p)
    new[MARK] = lib
    return new


def maybe_reexec(argv: list[str]) -> None:
    """Start this command again with mimalloc preloaded, if it is a HEAVY one, a library is found
    and this process is not already that second start. Returns only when it does not."""
    command = next((a for a in argv[1:] if not a.startswith("-")), None)
    if command not in HEAVY or os.environ.get(MARK):
        return
    lib = library()
    if lib is None or not sys.executable:
        return
    # `python -m eventgraph.cli …` again as a module; the console script as the script it is
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    args = ["-m", spec.name, *argv[1:]] if spec is not None and spec.name else argv
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execve(sys.executable, [sys.executable, *args], reexec_env(lib, dict(os.environ)))
    except OSError:  # could not start again: this process goes on with the system allocator
        return
