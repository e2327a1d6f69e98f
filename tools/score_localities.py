#!/usr/bin/env python3
"""Score `find_localities` alone on the dev gold, with the shared scorer's own matching.

    .venv/bin/python tools/score_localities.py [GOLD.jsonl] [--misses] [--speed CORPUS.jsonl]

Prints the localities P/R/F1 (score.py's logic, imported from ../shared/eval/score.py);
`--misses` lists, per article, gold names not found and predicted names not in the gold;
`--speed` times find_localities over a corpus (articles per second, one core).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from eventgraph.extract.vi.localities import find_localities  # noqa: E402


def load_scorer(path: Path = SHARED / "eval" / "score.py"):
    """The shared scorer module, imported by path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(rows: list[dict]) -> list[dict]:
    """One prediction per gold article, with only `localities` filled (names, deduplicated)."""
    preds = []
    for row in rows:
        names = list(dict.fromkeys(m.name for m in find_localities(row["text"])))
        preds.append({"article_id": row["id"], "localities": names})
    return preds


def misses(scorer, rows: list[dict], preds: list[dict]) -> list[str]:
    """Per article: gold names not predicted (-) and predicted names not in the gold (+)."""
    lines = []
    for row, pred in zip(rows, preds, strict=True):
        gold = {scorer.norm_locality(x if isinstance(x, str) else x["name"]): x
                for x in row["gold"].get("localities", [])}
        got = {scorer.norm_locality(x): x for x in pred["localities"]}
        fn = [g for k, g in gold.items() if k not in got
              and not (isinstance(g, dict) and g.get("optional"))]
        fp = [p for k, p in got.items() if k not in gold]
        if fn or fp:
            lines.append(f"{row['id']}: -{fn} +{fp}")
    return lines


def speed(path: Path, rounds: int = 3) -> str:
    """Articles per second of find_localities over a corpus file (after the index is built),
    in CPU time of this process, best of `rounds` passes, so other work on the machine counts
    as little as it can."""
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    find_localities("Hà Nội")
    took = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            find_localities(text)
        took = min(took, time.process_time() - start)
    chars = sorted(map(len, texts))
    return (f"{len(texts)} articles, median {chars[len(chars) // 2]} chars: "
            f"{len(texts) / took:.0f} articles/s, {took / len(texts) * 1000:.3f} ms/article")


def main(argv: list[str]) -> int:
    speed_at = argv.index("--speed") if "--speed" in argv else len(argv)
    args = [a for a in argv[:speed_at] if not a.startswith("--")]
    gold_path = Path(args[0]) if args else SHARED / "eval" / "dev_gold.jsonl"
    if not gold_path.exists():
        print(f"no gold file at {gold_path}: run from a checkout with ../shared beside it")
        return 2
    scorer = load_scorer()
    rows = scorer.read_jsonl(str(gold_path))
    preds = predict(rows)
    r = scorer.score(rows, preds)["localities"]
    print(f"localities   P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}"
          f"  (tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    if "--misses" in argv:
        print("\n".join(misses(scorer, rows, preds)))
    if "--speed" in argv:
        tail = argv[speed_at + 1:speed_at + 2]
        corpus = Path(tail[0]) if tail else SHARED / "corpus" / "vn_politics.jsonl"
        print(speed(corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
