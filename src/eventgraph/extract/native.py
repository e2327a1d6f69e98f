"""The extraction modules compiled with mypyc, and the guard that keeps a stale build from running.

`tools/build_native.py` (run by `scripts/setup`) compiles the modules listed in `COMPILED` into
extension modules beside their sources (`tokens.cpython-311-….so` next to `tokens.py`), which
Python imports in preference to the `.py`; the output is byte for byte the pure modules' (checked
by `tools/extract_identity.py`), only faster. The build writes a manifest with a digest of the
sources it compiled. When `eventgraph.extract` is imported, `choose()` compares it with the sources
on disk: if any compiled module's source changed since the build, or the manifest is missing,
every compiled module is imported from its `.py` instead, with a warning that says to rebuild. It
is all or nothing, because compiled modules call each other's functions directly: a fresh
`tokens.py` beside a stale compiled `names` would still run the old tokenizer inside `names`.
`EVENTGRAPH_PURE_PYTHON=1` asks for the pure modules without a warning.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import sys
import warnings
from pathlib import Path

from eventgraph import settings

HERE = Path(__file__).resolve().parent
PACKAGE = __name__.rsplit(".", 1)[0]  # "eventgraph.extract" (another name in benchmarks' copies)
# Modules of `eventgraph.extract` compiled by mypyc: the Doc and every rule module of `vi`.
COMPILED = (
    "doc",
    *("vi." + p.stem for p in sorted((HERE / "vi").glob("*.py")) if p.stem != "__init__"),
)
MANIFEST = HERE / "native-build.json"
GROUP = "eventgraph_native"  # mypyc's shared library: src/eventgraph_native__mypyc.*.so


def source_path(module: str) -> Path:
    return HERE.joinpath(*module.split(".")).with_suffix(".py")


def compiled_paths(module: str) -> list[Path]:
    """The extension files built for `module` that Python would import before its `.py`."""
    base = source_path(module).with_suffix("")
    return [
        p for s in importlib.machinery.EXTENSION_SUFFIXES if (p := Path(str(base) + s)).exists()
    ]


def source_digest() -> str:
    """SHA-256 over the names and sources of the compiled modules, as they are on disk now."""
    h = hashlib.sha256()
    for module in COMPILED:
        h.update(module.encode() + b"\0" + source_path(module).read_bytes() + b"\0")
    return h.hexdigest()


def built_digest() -> str | None:
    """The source digest the last build recorded, or None when there is no (readable) manifest."""
    try:
        return str(json.loads(MANIFEST.read_text(encoding="utf-8"))["digest"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def stale_reason() -> str | None:
    """Why the compiled modules must not be used (None when they are current, or absent)."""
    built = [m for m in COMPILED if compiled_paths(m)]
    if not built:
        return None
    if len(built) < len(COMPILED):
        missing = sorted(set(COMPILED) - set(built))
        return f"modules without a compiled build: {', '.join(missing[:5])}"
    if built_digest() != source_digest():
        return "their sources changed since the build (or the build's manifest is missing)"
    return None


class _PureFinder:
    """Finds the compiled modules' `.py` sources ahead of their extension files."""

    @staticmethod
    def find_spec(fullname: str, path: object = None, target: object = None) -> object:
        prefix = PACKAGE + "."
        if fullname.startswith(prefix) and fullname[len(prefix) :] in COMPILED:
            return importlib.util.spec_from_file_location(
                fullname, source_path(fullname[len(prefix) :])
            )
        return None


def choose() -> bool:
    """Arrange for the pure modules to be imported when asked or when the build is stale (with a
    warning); return whether the compiled modules will be used."""
    stale = stale_reason()
    if settings.pure_python() or stale:
        if stale and not settings.pure_python():
            warnings.warn(
                f"eventgraph: the compiled extraction modules are out of date ({stale}); "
                "using the pure-Python modules, which give the same output more slowly. "
                "Run scripts/setup (or tools/build_native.py) to rebuild them, or "
                "tools/build_native.py --clean to remove them.",
                RuntimeWarning,
                stacklevel=2,
            )
        if not any(isinstance(f, _PureFinder) for f in sys.meta_path):
            sys.meta_path.insert(0, _PureFinder())  # type: ignore[arg-type]
        return False
    return all(compiled_paths(m) for m in COMPILED)


def in_use() -> bool:
    """Whether the tokenizer now imported (so every compiled module) is the compiled one."""
    module = sys.modules.get(PACKAGE + ".vi.tokens")
    if module is None:
        module = importlib.import_module(PACKAGE + ".vi.tokens")
    return not str(module.__file__).endswith(".py")
