"""`neo4j-admin database import full` from the dev server's own Maven artifacts.

The dev server's runtime jars (``tools/neo4j-server/target/lib``) already hold Neo4j's import tool
(`neo4j-import-tool`, `neo4j-command-line`), so the offline bulk importer runs here without a Neo4j
installation: `eventgraph export --format neo4j-csv` writes the files, this imports them into a
data folder, and `neo4j_dev.start` (or `eventgraph neo4j-dev start --data`) serves it. A real
Neo4j's own `bin/neo4j-admin` takes the same arguments (`import_args`).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from eventgraph.servers import neo4j_dev
from eventgraph.servers._process import Neo4jDevError

ARRAY_DELIMITER = ";"  # the export's array separator (export.neo4j_files.ARRAY_SEP)
ADMIN_TOOL = "org.neo4j.cli.AdminTool"


def import_args(csv_folder: Path, database: str = "neo4j") -> list[str]:
    """The arguments of `neo4j-admin database import full` for an exported CSV folder."""
    nodes = sorted(csv_folder.glob("nodes-*.csv"))
    rels = sorted(csv_folder.glob("relationships-*.csv"))
    if not nodes:
        raise Neo4jDevError(f"{csv_folder} holds no nodes-*.csv: export with --format neo4j-csv")
    return [
        "database",
        "import",
        "full",
        *(f"--nodes={p.resolve()}" for p in nodes),
        *(f"--relationships={p.resolve()}" for p in rels),
        f"--array-delimiter={ARRAY_DELIMITER}",
        "--overwrite-destination=true",
        database,
    ]


def admin_import(csv_folder: str | Path, data_dir: str | Path, timeout: float = 3600) -> str:
    """Bulk-import the CSV files into the dev server's data folder; returns the tool's summary.

    The folder must not be served while importing (the tool writes the store files directly);
    start the server on it afterwards. Constraints and indexes are not part of an import: the
    store creates them at its first write, or run ``schema.cypher`` from the export folder.
    """
    if not neo4j_dev.java_available():
        raise Neo4jDevError("java and mvn are needed for neo4j-admin; install JDK 17+ and Maven")
    data = Path(data_dir).resolve()
    if neo4j_dev.status(data) is not None:
        raise Neo4jDevError(f"a Neo4j dev server runs on {data}: stop it before importing")
    lib = neo4j_dev.build().parent / "lib"
    conf = data / "conf"
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "neo4j.conf").touch()
    # The dev server keeps its stores under DIR/data, as a Neo4j home does: DIR is the home here.
    env = {**os.environ, "NEO4J_HOME": str(data), "NEO4J_CONF": str(conf)}
    cmd = ["java", "-cp", f"{lib}/*", ADMIN_TOOL, *import_args(Path(csv_folder))]
    # In the data folder: the tool writes its import.report into the working directory.
    done = subprocess.run(cmd, env=env, cwd=data, capture_output=True, text=True, timeout=timeout)
    out = done.stdout + done.stderr
    if done.returncode != 0 or "IMPORT DONE" not in out:
        tail = "\n".join(out.strip().splitlines()[-20:])
        raise Neo4jDevError(f"neo4j-admin database import full failed:\n{tail}")
    return out[out.index("IMPORT DONE") :].strip()
