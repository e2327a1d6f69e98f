"""Score the extraction pipeline on a gold file with ../shared/eval/score.py.

    python tools/eval_dev.py [GOLD.jsonl] [--show ID] [--errors CATEGORY]

GOLD defaults to ../shared/eval/dev_gold.jsonl. Components whose module does not import yet are
skipped with a warning, so one part of the engine can be measured while another is being written.
`--errors people` prints, per article, the gold items missed and the predictions not in gold.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from eventgraph.extract import registry
from eventgraph.extract.pipeline import DEFAULT_COMPONENTS, Pipeline
from eventgraph.model.article import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def usable_pipeline() -> Pipeline:
    names = []
    for n in DEFAULT_COMPONENTS:
        try:
            registry.get(n)
            names.append(n)
        except (ImportError, KeyError) as e:
            print(f"warning: skipping {n}: {e}", file=sys.stderr)
    return Pipeline(names)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default=str(SHARED / "eval" / "dev_gold.jsonl"))
    ap.add_argument("--show", help="print gold and prediction of one article id")
    ap.add_argument("--errors", help="print misses/extras of one category: people|positions|chairs|directives|implements|localities")
    args = ap.parse_args()
    rows = [json.loads(x) for x in open(args.gold, encoding="utf-8") if x.strip()]
    pipe = usable_pipeline()
    preds = []
    for r in rows:
        art = Article(id=r["id"], title=r.get("title"), url=r.get("source"), published=r.get("published"), text=r["text"])
        preds.append(pipe(art).to_contract())
    score = load_scorer()
    if args.show:
        for r, p in zip(rows, preds, strict=True):
            if r["id"] == args.show:
                print(json.dumps({"gold": r["gold"], "pred": p}, ensure_ascii=False, indent=1))
        return 0
    if args.errors:
        for r, p in zip(rows, preds, strict=True):
            res = score.score([r], [p])[args.errors]
            if res["fp"] or res["fn"]:
                print(f"== {r['id']} tp={res['tp']} fp={res['fp']} fn={res['fn']}")
                _diff(score, args.errors, r["gold"], p)
    res = score.score(rows, preds)
    for key in ("people", "positions", "chairs", "directives", "implements", "localities"):
        x = res[key]
        print(f"{key:12s} P={x['precision']:.3f} R={x['recall']:.3f} F1={x['f1']:.3f} (tp={x['tp']} fp={x['fp']} fn={x['fn']})")
    print("directive attributes:", res["directive_attributes"])
    a = res["all_facts"]
    print(f"all facts F1={a['f1']:.3f} P={a['precision']:.3f} R={a['recall']:.3f}")
    return 0


def _diff(score, cat: str, gold: dict, pred: dict) -> None:
    if cat == "people":
        g = {score.norm(x["name"]) for x in gold.get("people", []) if not x.get("optional")}
        p = {score.norm(x["name"]) for x in pred.get("people", [])}
    elif cat == "positions":
        g = {(score.norm(x["name"]), score.norm_title(t)) for x in gold.get("people", []) for t in x.get("positions", [])}
        p = {(score.norm(x["name"]), score.norm_title(t)) for x in pred.get("people", []) for t in x.get("positions", [])}
    elif cat == "chairs":
        g = {(c, m.get("date")) for m in gold.get("meetings", []) for c in m.get("chairs", [])}
        p = {(c, m.get("date")) for m in pred.get("meetings", []) for c in m.get("chairs", [])}
    elif cat == "directives":
        g = {score.norm_code(d["code"]) for d in gold.get("directives", [])}
        p = {score.norm_code(d["code"]) for d in pred.get("directives", [])}
    elif cat == "implements":
        g = {(score.norm_code(d["code"]), score.norm_code(x)) for d in gold.get("directives", []) for x in d.get("implements", [])}
        p = {(score.norm_code(d["code"]), score.norm_code(x)) for d in pred.get("directives", []) for x in d.get("implements", [])}
    else:
        g = {score.norm_locality(x if isinstance(x, str) else x["name"]) for x in gold.get("localities", [])}
        p = {score.norm_locality(x) for x in pred.get("localities", [])}
    print("   missed:", sorted(g - p, key=str))
    print("   extra: ", sorted(p - g, key=str))


if __name__ == "__main__":
    sys.exit(main())
