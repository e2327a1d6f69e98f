"""The machine a benchmark ran on: CPU, cores, memory, load, Python and package versions."""

from __future__ import annotations

import os
import platform
from importlib import metadata
from pathlib import Path

PACKAGES = ("eventgraph", "pyoxigraph", "pydantic", "rdflib", "rapidfuzz")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gb() -> float:
    try:
        kb = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
        return round(kb / 1024 / 1024, 1)
    except (OSError, IndexError, ValueError):
        return 0.0


def machine() -> dict[str, object]:
    """Facts about this machine, for the header of every result."""
    versions = {}
    for p in PACKAGES:
        try:
            versions[p] = metadata.version(p)
        except metadata.PackageNotFoundError:
            versions[p] = "absent"
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": _ram_gb(),
        "python": platform.python_version(),
        "os": platform.platform(terse=True),
        "load_avg": [round(x, 1) for x in os.getloadavg()],
        "packages": versions,
        "extraction_modules": _extraction_modules(),
    }


def _extraction_modules() -> str:
    """Whether the extraction rules run compiled by mypyc or as pure Python (1.3-1.5x apart)."""
    from eventgraph.extract import native

    return "compiled (mypyc)" if native.in_use() else "pure Python"


def peak_rss_mb() -> dict[str, float]:
    """High-water marks of resident memory: this process (VmHWM) and its largest child."""
    import resource

    hwm = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    except OSError:
        hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"process_mb": round(hwm, 1), "largest_child_mb": round(child, 1)}
