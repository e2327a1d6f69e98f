"""Extraction speed of the working tree against a git revision, in one process (CPU time per core).

    .venv/bin/python benchmarks/ab_extract.py ../shared/corpus/vn_politics.jsonl [--ref HEAD~3]
        [--passes 2] [--chunk 25] [--limit N]

On a shared machine two benchmark processes run minutes apart see different loads, and their CPU
times differed by up to 20% for the same code. Here the revision's `src/eventgraph` is exported
(`git archive`) under another package name, `eventgraph_ab`, both extractors are loaded in this
process, and they take turns every `chunk` articles, so the load falls on both alike. Before timing,
the first articles are extracted by both and must give the same JSON. Prints both rates and their
ratio.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_IMPORTS = [  # how the exported tree names its own package
    (re.compile(r"\bfrom eventgraph([. ])"), r"from eventgraph_ab\1"),
    (re.compile(r"\bimport eventgraph\b"), "import eventgraph_ab"),
    (re.compile(r"""files\(["']eventgraph(["'.])"""), r'files("eventgraph_ab\1'),
    (re.compile(r"""(import_module\(|["'])eventgraph\.extract\."""), r"\1eventgraph_ab.extract."),
]


def export(ref: str, into: Path) -> None:
    """`src/eventgraph` of `ref` as the package `eventgraph_ab` in `into`."""
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "src/eventgraph"],
                         check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as t:
        t.extractall(into, filter="data")
    pkg = into / "eventgraph_ab"
    (into / "src" / "eventgraph").rename(pkg)
    for py in pkg.rglob("*.py"):
        text = py.read_text(encoding="utf-8")
        for pattern, repl in _IMPORTS:
            text = pattern.sub(repl, text)
        py.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--ref", default="HEAD", help="git revision to compare the working tree with")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--chunk", type=int, default=25)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        export(args.ref, Path(tmp))
        sys.path.insert(0, tmp)
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from bench_extract import load_articles
        from eventgraph_ab.extract.pipeline import extract as ref_extract  # type: ignore[import-not-found]
        from eventgraph_ab.model.article import Article as RefArticle  # type: ignore[import-not-found]

        from eventgraph.extract.pipeline import extract

        arts = load_articles(args.corpus, args.limit)
        ref_arts = [RefArticle(**a.model_dump()) for a in arts]
        for a, b in zip(arts[:50], ref_arts[:50], strict=True):
            if extract(a).model_dump_json() != ref_extract(b).model_dump_json():
                print(f"note: article {a.id} differs between {args.ref} and the working tree")
        spent = {"ref": 0.0, "work": 0.0}
        clock = time.process_time
        for p in range(args.passes):
            for n, i in enumerate(range(0, len(arts), args.chunk)):
                order = ("ref", "work") if (n + p) % 2 == 0 else ("work", "ref")
                for side in order:
                    fn, batch = (ref_extract, ref_arts) if side == "ref" else (extract, arts)
                    t = clock()
                    for a in batch[i : i + args.chunk]:
                        fn(a)
                    spent[side] += clock() - t
    n = len(arts) * args.passes
    print(json.dumps({"corpus": args.corpus.name, "articles": len(arts), "passes": args.passes,
                      "ref": args.ref, "ref_per_core": round(n / spent["ref"], 1),
                      "work_per_core": round(n / spent["work"], 1),
                      "speedup": round(spent["ref"] / spent["work"], 3)}))


if __name__ == "__main__":
    main()
