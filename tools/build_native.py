"""Compile the extraction modules with mypyc, in place (`scripts/setup` runs this).

    .venv/bin/python tools/build_native.py [--force] [--jobs N] [--clean] [--strict] [--check]

The modules listed in `eventgraph.extract.native.COMPILED` are compiled into extension modules
beside their sources (one shared library, `src/eventgraph_native__mypyc.*.so`, and a small one per
module), and `src/eventgraph/extract/native-build.json` records a digest of the sources compiled. A
second run with the same sources does nothing; a changed source rebuilds. Until it does, the
import guard in `eventgraph.extract.native` uses the pure modules (with a warning), so a stale build
never runs. Without mypy, a C compiler or Python's headers it says so and leaves the pure modules
in use; a build that fails (a rule module mypyc rejects: its type errors are printed) does the same
and exits 0, so set-up goes on, unless `--strict`. `--clean` removes the build (the pure modules
are used). Build outputs are git-ignored.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))
os.environ["EVENTGRAPH_PURE_PYTHON"] = "1"  # this process only reads the lists, quietly

from eventgraph.extract import native  # noqa: E402


def outputs() -> list[Path]:
    """Every file a build leaves in the source tree, including the extension of a module whose
    source has since been deleted or renamed (`eventgraph.extract` holds no other extensions)."""
    found = sorted(native.HERE.rglob("*.so")) + sorted(native.HERE.rglob("*.pyd"))
    found += sorted(SRC.glob(native.GROUP + "__mypyc.*"))
    return found + ([native.MANIFEST] if native.MANIFEST.exists() else [])


def clean() -> None:
    for p in outputs():
        p.unlink()


def _compile_in_parallel(jobs: int) -> None:
    """Make setuptools compile the C files of one extension `jobs` at a time: mypyc puts every
    module into one shared library, which `build_ext --parallel` (one extension per job) would
    compile file after file."""
    from concurrent.futures import ThreadPoolExecutor
    from distutils import ccompiler  # setuptools' own, in place once setuptools is imported

    def compile(self, sources, output_dir=None, macros=None, include_dirs=None, debug=False,
                extra_preargs=None, extra_postargs=None, depends=None):  # fmt: skip
        macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)
        todo = [(obj, *build[obj]) for obj in objects if obj in build]
        with ThreadPoolExecutor(jobs) as pool:  # each job waits on its own gcc process
            list(pool.map(lambda t: self._compile(*t, cc_args, extra_postargs, pp_opts), todo))
        return objects

    ccompiler.CCompiler.compile = compile  # type: ignore[method-assign]


def build(jobs: int) -> None:
    from mypyc.build import mypycify  # imported here: an install without mypy can still clean
    from setuptools import setup

    _compile_in_parallel(jobs)

    paths = [str(native.source_path(m).relative_to(SRC)) for m in native.COMPILED]
    digest = native.source_digest()  # before compiling: an edit during the build makes it stale
    with tempfile.TemporaryDirectory(prefix="eventgraph-native-") as tmp:
        cwd = Path.cwd()
        os.chdir(SRC)  # mypyc names modules after their paths, and --inplace writes beside them
        try:
            setup(
                name="eventgraph-native",
                ext_modules=mypycify(
                    paths,
                    opt_level="3",
                    multi_file=True,
                    group_name=native.GROUP,
                    target_dir=str(Path(tmp) / "c"),
                ),
                script_args=[
                    "-q",
                    "build_ext",
                    "--inplace",
                    "--build-temp",
                    str(Path(tmp) / "o"),
                    "--build-lib",
                    str(Path(tmp) / "lib"),
                    "--parallel",
                    str(jobs),
                ],
            )
        finally:
            os.chdir(cwd)
    native.MANIFEST.write_text(
        json.dumps({"digest": digest, "modules": list(native.COMPILED)}, indent=1) + "\n",
        encoding="utf-8",
    )


def _has_mypyc() -> bool:
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return False
    return True


def _has_cc() -> bool:
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(os.environ.get("CC", cc).split()[0]) is not None


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--force", action="store_true", help="rebuild even when up to date")
    ap.add_argument("--clean", action="store_true", help="remove the build and stop")
    ap.add_argument("--strict", action="store_true", help="exit 1 if the build fails")
    ap.add_argument("--check", action="store_true", help="only say whether the build is current")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="C compilers at once")
    args = ap.parse_args()
    if args.clean:
        clean()
        print("native build removed: the pure-Python extraction modules are in use")
        return 0
    current = native.stale_reason() is None and all(
        native.compiled_paths(m) for m in native.COMPILED
    )
    if args.check:
        print("native build up to date" if current else
              f"native build missing or stale: {native.stale_reason() or 'not built'}")  # fmt: skip
        return 0 if current else 1
    if current and not args.force:
        print("native build up to date")
        return 0
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    missing = [
        name
        for name, ok in (
            ("mypy", _has_mypyc()),
            ("a C compiler", _has_cc()),
            (f"Python's C headers ({headers})", headers.exists()),
        )
        if not ok
    ]
    if missing:
        print(
            f"native build skipped ({', '.join(missing)} not found): without a current build "
            "the pure-Python extraction modules are used (same output, slower)"
        )
        return 0
    clean()  # never leave a half-replaced build: the guard would call it stale anyway
    t = time.monotonic()
    try:
        build(args.jobs)
    except (Exception, SystemExit) as exc:  # setuptools reports a failed compile as SystemExit
        clean()
        # Not fatal: the pure modules give the same output, so scripts/setup and scripts/run go on;
        # under CI=true tests/extract/test_native_build.py fails for the missing build.
        print(f"native build FAILED ({exc}); the pure-Python extraction modules are used. "
              "A rule module mypyc rejects is named above (`mypy src/eventgraph/extract` "
              "shows the same type errors).", file=sys.stderr)  # fmt: skip
        return 1 if args.strict else 0
    print(
        f"native build of {len(native.COMPILED)} extraction modules: "
        f"{time.monotonic() - t:.0f} s ({args.jobs} compilers)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
