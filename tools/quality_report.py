"""Write docs/quality.md: the scorer's figures on the dev gold, our own gold and the held-out gold.

    python tools/quality_report.py [--out docs/quality.md]

The dev gold is ../shared/eval/dev_gold.jsonl; our own gold (tests/gold/own_gold_*.jsonl) and the
held-out gold (tests/gold/holdout_*.jsonl up to set 38; the sets whose label says UNSEEN were added
here by the lead and their errors never read) are joined with ../shared's texts at run time. Figures
come from ../shared/eval/score.py, the scorer the project is judged by. The unseen sets are also
scored pooled, as one file, after their own tables: that table stands for text no rule has met.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tools"))

from eval_dev import load_scorer, usable_pipeline  # noqa: E402

from eventgraph.model.article import Article  # noqa: E402

CATEGORIES = ("people", "positions", "chairs", "directives", "implements", "localities")


def score_file(path: Path) -> dict:
    """score.py's figures, plus `chairs_any_date`: chairs scored again with the gold's meeting dates
    removed (who chaired, whatever the date), which tells a wrong chair from a meeting's year; and
    `chairs_certain_dates`: chairs with the likely years (`date_inferred`) left null, as
    `eventgraph extract --certain-dates` prints them."""
    rows = [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]
    pipe = usable_pipeline()
    found = [pipe(Article(id=r["id"], title=r.get("title"), url=r.get("source"),
                          published=r.get("published"), text=r["text"])) for r in rows]
    preds = [x.to_contract() for x in found]
    scorer = load_scorer()
    res = scorer.score(rows, preds)
    undated = copy.deepcopy(rows)
    for r in undated:
        for m in r["gold"].get("meetings", []):
            m["date"] = None
    res["chairs_any_date"] = scorer.score(undated, preds)["chairs"]
    certain = [x.to_contract(certain_dates=True) for x in found]
    res["chairs_certain_dates"] = scorer.score(rows, certain)["chairs"]
    return res


def table(name: str, res: dict) -> list[str]:
    out = [f"### {name} ({res['articles']} texts)", "", "| category | precision | recall | F1 | tp | fp | fn |",
           "|---|---|---|---|---|---|---|"]
    for c in (*CATEGORIES, "all_facts"):
        r = res[c]
        out.append(f"| {c} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['tp']} | "
                   f"{r['fp']} | {r['fn']} |")
    attrs = res["directive_attributes"]
    out += ["", "Directive attributes (share right where gold gives one): "
            + ", ".join(f"{k} {v:.3f}" for k, v in attrs.items() if v is not None), ""]
    if "chairs_any_date" in res:
        c = res["chairs_any_date"]
        out += [f"Chairs whatever the meeting's date (gold dates removed): precision "
                f"{c['precision']:.3f}, recall {c['recall']:.3f} "
                f"({c['tp']}/{c['fp']}/{c['fn']})", ""]
    if "chairs_certain_dates" in res:
        c = res["chairs_certain_dates"]
        out += [f"Chairs with likely years left out (`extract --certain-dates`): precision "
                f"{c['precision']:.3f}, recall {c['recall']:.3f} "
                f"({c['tp']}/{c['fp']}/{c['fn']})", ""]
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "quality.md"))
    args = ap.parse_args()
    if not (SHARED / "eval" / "dev_gold.jsonl").exists():
        print("../shared/eval/dev_gold.jsonl is absent: nothing to score", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp())
    sets = [("Dev gold (../shared/eval/dev_gold.jsonl; rules were tuned on it)", SHARED / "eval" / "dev_gold.jsonl")]
    for label, files, out in (
        ("Own gold (tests/gold/own_gold_*.jsonl; annotated by us, rules checked on it)",
         sorted(str(p) for p in (ROOT / "tests" / "gold").glob("own_gold_*.jsonl")), tmp / "own.jsonl"),
        ("Held-out gold 1 (tests/gold/holdout_news.jsonl; set aside, then its errors were studied "
         "for issue 3: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_news.jsonl")], tmp / "holdout.jsonl"),
        ("Held-out gold 2 (tests/gold/holdout_news_2.jsonl; set aside, then its errors were studied "
         "for issue 3: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_news_2.jsonl")], tmp / "holdout_2.jsonl"),
        ("Held-out gold 3 (tests/gold/holdout_3.jsonl; annotated from the text alone and scored "
         "at 0.906, then its errors were studied for issue 3: all facts 0.912 -> 0.991, of which "
         "0.011 from four labels corrected against GUIDE.md; no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_3.jsonl")], tmp / "holdout_3.jsonl"),
        ("Held-out gold 4 (tests/gold/holdout_4.jsonl; annotated from the text alone and scored "
         "once at 0.908, then its errors were studied in the next round: all facts 0.908 -> "
         "0.957, no label changed; no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_4.jsonl")], tmp / "holdout_4.jsonl"),
        ("Held-out gold 5 (tests/gold/holdout_5.jsonl; chosen for named chairs, annotated from the "
         "text alone and scored once at 0.930, then its errors were studied in the next round: "
         "all facts 0.930 -> 0.975, no label changed; no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_5.jsonl")], tmp / "holdout_5.jsonl"),
        ("Held-out gold 6 (tests/gold/holdout_6.jsonl; named chairs and document codes, annotated "
         "from the text alone and scored once at 0.906, then its errors were studied in the next "
         "round: all facts 0.906 -> 0.976, no label changed then; two rows relabelled to the dev "
         "gold's conventions in the round after (0.982); no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_6.jsonl")], tmp / "holdout_6.jsonl"),
        ("Held-out gold 7 (tests/gold/holdout_7.jsonl; named chairs, co-chairs and Party and State "
         "codes, annotated from the text alone and scored once at 0.907, relabelled to the dev "
         "gold's conventions (0.923 with the same rules), then its errors were studied in the next "
         "round: all facts 0.923 -> 0.982; no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_7.jsonl")], tmp / "holdout_7.jsonl"),
        ("Held-out gold 8 (tests/gold/holdout_8.jsonl; named chairs, most dated by day and month "
         "only, and Party and State codes, annotated from the text alone and scored once at 0.875 "
         "(the rules before and after round 8 alike), then its errors were studied in round 9: "
         "all facts 0.875 -> 0.904 by the text's-present-year rule and a steering committee's "
         "title, no label changed; no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_8.jsonl")], tmp / "holdout_8.jsonl"),
        ("Held-out gold 9 (tests/gold/holdout_9.jsonl; named chairs of meetings dated by day and "
         "month only, annotated from the text alone and scored once at 0.892 (the rules before "
         "and after round 9 alike), then its errors were studied in round 10: all facts 0.892 -> "
         "0.924 by the turn of the year and deadlines ahead as signs of the text's present, no "
         "label changed; no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_9.jsonl")], tmp / "holdout_9.jsonl"),
        ("Held-out gold 10 (tests/gold/holdout_10.jsonl; named chairs of meetings dated by day and "
         "month only, annotated by the dev gold's conventions from the text alone, scored once at "
         "0.920 with the rules of round 10 (chairs 0.500: five meetings the gold dates left null), "
         "then its errors were studied in round 11 (positions) and by the likely-year work; no "
         "label changed; no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_10.jsonl")], tmp / "holdout_10.jsonl"),
        ("Held-out gold 11 (tests/gold/holdout_11.jsonl; named chairs, annotated from the text "
         "alone and committed before the extractor ran on it, scored once at 0.955 (chairs P 0.889) with "
         "the rules of 7475bca, 0.949 (chairs 0.833) with the session's start rules 81d57eb; then "
         "its errors were studied in round 12 and by the likely-year work: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_11.jsonl")], tmp / "holdout_11.jsonl"),
        ("Held-out gold 12 (tests/gold/holdout_12.jsonl; named chairs, annotated from the text "
         "alone and committed before the extractor ran on it, scored once at 0.940 (chairs P 0.846) with "
         "the rules of 158d1b9, 0.927 (chairs 0.692) with the session's start rules 81d57eb; then "
         "one of its date errors (5c6ed7f) and its position errors (round 13) were studied: no "
         "longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_12.jsonl")], tmp / "holdout_12.jsonl"),
        ("Held-out gold 13 (tests/gold/holdout_13.jsonl; named chairs, annotated from the text "
         "alone and committed before the extractor ran on it, scored once at 0.909 (chairs P "
         "0.917) with the rules of cb2e006 and the same with the session's start rules 81d57eb; "
         "then its errors were studied in round 14: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_13.jsonl")], tmp / "holdout_13.jsonl"),
        ("Held-out gold 14 (tests/gold/holdout_14.jsonl; named chairs, annotated from the text "
         "alone and committed before the extractor ran on it, scored once by the lead at 0.916 "
         "(chairs P 0.600) with the session's start rules; then its errors were studied in round "
         "15: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_14.jsonl")], tmp / "holdout_14.jsonl"),
        ("Held-out gold 15 (tests/gold/holdout_15.jsonl; named chairs, annotated from the text "
         "alone and committed before the extractor ran on it, scored once by the lead at 0.963 "
         "(chairs P 0.917) with the rules of 0037e75 and with the session's start rules 2f65907; "
         "then its errors were studied in round 16: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_15.jsonl")], tmp / "holdout_15.jsonl"),
        ("Held-out gold 16 (tests/gold/holdout_16.jsonl; named chairs, annotated from the "
         "text alone and committed before the extractor ran on it, scored once by the lead at 0.919 "
         "(chairs P 0.833) with round 16's final rules 3c6187f and with the session's start rules "
         "c476038, the same figures both times; then its errors were studied in round 17: no "
         "longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_16.jsonl")], tmp / "holdout_16.jsonl"),
        ("Held-out gold 17 (tests/gold/holdout_17.jsonl; named chairs, annotated from the text "
         "alone and committed before the extractor ran on it, scored once by the lead at 0.911 "
         "(chairs P 0.769) with round 17's final rules 7289ac4 and with its start rules e24df68, "
         "the same figures both times; then its errors were studied in round 18: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_17.jsonl")], tmp / "holdout_17.jsonl"),
        ("Held-out gold 18 (tests/gold/holdout_18.jsonl; named chairs, annotated from the text "
         "alone and committed before the extractor ran on it, scored once by the lead at 0.871 "
         "(chairs P 0.727) with round 18's final rules 4dc8801 and with its start rules a8d2679, "
         "the same figures both times; then its fast labels were reviewed (0.893 with the same "
         "rules) and its errors studied in round 19: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_18.jsonl")], tmp / "holdout_18.jsonl"),
        ("Held-out gold 19 (tests/gold/holdout_19.jsonl; named chairs, annotated from the text "
         "alone and committed before the extractor ran on it, scored once by the lead at 0.854 "
         "(chairs P 0.733) with round 19's start rules 7f6fd11 and 0.859 with its final rules; "
         "then its labels were reviewed (23 posts given only as 'nguyên X' relabelled so) and "
         "its errors studied in round 20: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_19.jsonl")], tmp / "holdout_19.jsonl"),
        ("Held-out gold 20 (tests/gold/holdout_20.jsonl; titled people (positions), annotated "
         "from the text alone and committed before the extractor ran on it, scored once by the "
         "lead at 0.929 (positions P 0.941 R 0.889) with round 20's start rules 57f3766 and its "
         "final rules 337d7c4, the same figures both times; then its labels were reviewed (one "
         "person made optional) and its errors studied in round 21: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_20.jsonl")], tmp / "holdout_20.jsonl"),
        ("Held-out gold 21 (tests/gold/holdout_21.jsonl; named chairs, annotated from the text "
         "alone and committed before the extractor ran on it, scored once by the lead at 0.949 "
         "(chairs P 0.667 R 0.333) with the session's start rules 7ea3714 and with round 21's "
         "final rules, the same figures both times; then its labels were reviewed (none changed) "
         "and its errors studied in round 22: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_21.jsonl")], tmp / "holdout_21.jsonl"),
        ("Held-out gold 22 (tests/gold/holdout_22.jsonl; general news, titled people and codes, "
         "no chaired meeting, annotated from the text alone and committed before the extractor "
         "ran on it, scored once by the lead at 0.921 (positions P 0.950 R 0.801) with round "
         "21's rules 4581411 and with round 22's rules afc1986, the same figures both times; then "
         "its labels were reviewed (one standing deputy's post added as written) and its errors "
         "studied in round 23: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_22.jsonl")], tmp / "holdout_22.jsonl"),
        ("Held-out gold 25 (tests/gold/holdout_25.jsonl; directives and lineage: 31 required "
         "codes, 4 implements links, no chaired meeting, annotated from the text alone and "
         "committed before the extractor ran on it, scored once by the lead with the rules of "
         "71670a0: all facts 0.968, directive date 0.750, issuer 0.786, implements 0/1/4; then "
         "its labels were reviewed (none changed) and its errors studied in round 25: no longer "
         "unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_25.jsonl")], tmp / "holdout_25.jsonl"),
        ("Held-out gold 23 (tests/gold/holdout_23.jsonl; general news, titled people, no chaired "
         "meeting and no required code, annotated from the text alone and committed before the "
         "extractor ran on it, scored once by the lead at 0.912 (positions P 0.855 R 0.840) with "
         "round 22's rules afc1986 and with round 23's final rules, the same figures both times; "
         "then its labels were reviewed (three members' 'thành viên UBND tỉnh' added as written) "
         "and its errors studied in round 24: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_23.jsonl")], tmp / "holdout_23.jsonl"),
        ("Held-out gold 26 (tests/gold/holdout_26.jsonl; general news, titled people, four "
         "codes, no chaired meeting, annotated from the text alone and committed before the "
         "extractor ran on it, scored once by the lead at 0.890 (positions P 0.881 R 0.750) with "
         "the session's start rules 71670a0 and at 0.897 (positions P 0.883 R 0.764) with rounds "
         "24 and 25 merged (17f8974); then its errors studied in round 26: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_26.jsonl")], tmp / "holdout_26.jsonl"),
        ("Held-out gold 28 (tests/gold/holdout_28.jsonl; general news, titled people, one code, "
         "no chaired meeting, annotated from the text alone and committed before the extractor "
         "ran on it, scored by the lead as unseen at 0.919 with the session's start rules "
         "71670a0, 0.917 after rounds 24-25 and 0.926 with 1c46c2c (positions P 0.895 R 0.869); "
         "then its labels were reviewed and its errors studied in round 27: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_28.jsonl")], tmp / "holdout_28.jsonl"),
        ("Held-out gold 30 (tests/gold/holdout_30.jsonl; named chairs: the 12 distinct unlabelled "
         "texts where the extractor gave a chair, annotated from the text alone and committed "
         "before the extractor ran on it, four of them read earlier by a chair audit; scored once "
         "by the lead with the session's start rules 9071313: all facts 0.934, chairs P 0.818 R "
         "0.900 (9/2/1), positions P 0.957 R 0.859; then its errors studied in round 28: no "
         "longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_30.jsonl")], tmp / "holdout_30.jsonl"),
        ("Held-out gold 32 (tests/gold/holdout_32.jsonl; general news, titled people, no chaired "
         "meeting and no code, annotated from the text alone and committed before the extractor "
         "ran on it, scored once by the lead with the session's start rules 9071313: all facts "
         "0.888, positions P 0.895 R 0.766; then its labels reviewed (one post given) and its "
         "errors studied in round 29: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_32.jsonl")], tmp / "holdout_32.jsonl"),
        ("Held-out gold 35 (tests/gold/holdout_35.jsonl; document codes: 30 required codes, no "
         "required implements link, no chaired meeting, annotated from the text alone and "
         "committed before the extractor ran on it, scored once by the lead with the session's "
         "start rules 9071313: all facts 0.956, directives 28/1/2, directive date 0.867, issuer "
         "0.923; then its labels reviewed (one foreign city made optional: 0.960 with the same "
         "rules) and its errors studied in round 30: no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_35.jsonl")], tmp / "holdout_35.jsonl"),
        ("Held-out gold 36 (tests/gold/holdout_36.jsonl; general news, titled people, no chaired "
         "meeting and no required code, annotated from the text alone and committed before the "
         "extractor ran on it, scored once by the lead with the session's start rules 9071313: "
         "all facts 0.910, positions P 0.908 R 0.797; then its labels reviewed (a standing "
         "deputy's post added beside the plain one: 0.912) and its errors studied in round 31: "
         "no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_36.jsonl")], tmp / "holdout_36.jsonl"),
        ("Held-out gold 37 (tests/gold/holdout_37.jsonl; general news, titled people, no chaired "
         "meeting and no required code, annotated from the text alone and committed before the "
         "extractor ran on it, scored once by the lead with the session's start rules 9071313: "
         "all facts 0.946, positions P 0.932 R 0.881; then its labels reviewed (a standing "
         "deputy's post added beside the plain one: 0.949) and its errors studied in round 31: "
         "no longer unseen)",
         [str(ROOT / "tests" / "gold" / "holdout_37.jsonl")], tmp / "holdout_37.jsonl"),
        ("Held-out gold 24 (tests/gold/holdout_24.jsonl; UNSEEN: general news, titled people, "
         "no chaired meeting and no code, annotated from the text alone and committed before the "
         "extractor ran on it, scored by the lead with the session's start rules 71670a0 (all "
         "facts 0.950, positions P 0.986 R 0.842), with rounds 24 and 25 merged (0.959) and with "
         "the final rules in this table; its errors not read)",
         [str(ROOT / "tests" / "gold" / "holdout_24.jsonl")], tmp / "holdout_24.jsonl"),
        ("Held-out gold 27 (tests/gold/holdout_27.jsonl; UNSEEN: directives and lineage, 18 "
         "required codes, no implements link and no chaired meeting (both measured on false "
         "links only), annotated from the text alone and committed before the extractor ran on "
         "it, scored by the lead with the session's start rules 71670a0 (all facts 0.957, "
         "directive date 0.833, issuer 1.000), with rounds 24 and 25 merged (0.957, date "
         "1.000) and with the final rules in this table; its errors not read)",
         [str(ROOT / "tests" / "gold" / "holdout_27.jsonl")], tmp / "holdout_27.jsonl"),
        ("Held-out gold 29 (tests/gold/holdout_29.jsonl; UNSEEN: directives and lineage, 18 "
         "required codes, no required implements link and no chaired meeting (both measured on "
         "false ones only), annotated from the text alone and committed before the extractor ran "
         "on it, scored by the lead with the session's start rules 71670a0 and with rounds 24 and "
         "25 merged, the same figures (all facts 0.955, directive date 0.923, issuer 0.941), and "
         "with the final rules in this table; its errors not read)",
         [str(ROOT / "tests" / "gold" / "holdout_29.jsonl")], tmp / "holdout_29.jsonl"),
        ("Held-out gold 31 (tests/gold/holdout_31.jsonl; UNSEEN: directives and lineage, 19 "
         "required codes, 2 implements links, no chaired meeting, annotated from the text alone "
         "and committed before the extractor ran on it, scored by the lead with the session's "
         "start rules 9071313 (all facts 0.964, directive date 1.000, issuer 0.947, implements "
         "2/0/0) and with the final rules in this table; its errors not read)",
         [str(ROOT / "tests" / "gold" / "holdout_31.jsonl")], tmp / "holdout_31.jsonl"),
        ("Held-out gold 33 (tests/gold/holdout_33.jsonl; UNSEEN: general news, titled people, no "
         "chaired meeting and no code, annotated from the text alone and committed before the "
         "extractor ran on it, scored by the lead with the session's start rules 9071313 (all "
         "facts 0.933, positions P 0.938 R 0.864) and with the final rules in this table; its "
         "errors not read)",
         [str(ROOT / "tests" / "gold" / "holdout_33.jsonl")], tmp / "holdout_33.jsonl"),
        ("Held-out gold 34 (tests/gold/holdout_34.jsonl; UNSEEN: general news, titled people, no "
         "chaired meeting, one code, annotated from the text alone and committed before the "
         "extractor ran on it, scored by the lead with the session's start rules 9071313 (all "
         "facts 0.919, positions P 0.926 R 0.801) and with the final rules in this table; its "
         "errors not read)",
         [str(ROOT / "tests" / "gold" / "holdout_34.jsonl")], tmp / "holdout_34.jsonl"),
        ("Held-out gold 38 (tests/gold/holdout_38.jsonl; UNSEEN: named chairs, 11 required chairs, "
         "12 texts with chair verbs sharing up to 15% of their phrasing with labelled texts (other "
         "outlets' reports of related events; two report sessions of the committee series "
         "held-out 30 labels), annotated from the text alone and committed before the extractor "
         "ran on it, scored by the lead with the session's start rules 9071313 (all facts 0.991, "
         "chairs 11/0/0, directive date 0.857, issuer 0.889), with rounds 28-30 merged (date "
         "1.000) and with the final rules in this table; its errors not read)",
         [str(ROOT / "tests" / "gold" / "holdout_38.jsonl")], tmp / "holdout_38.jsonl")):
        subprocess.run([sys.executable, str(ROOT / "tools" / "join_gold.py"), str(out), *files], check=True,
                       capture_output=True)
        sets.append((label, out))
    lines = ["# Extraction quality", "",
             f"Measured {dt.date.today().isoformat()} with `python tools/quality_report.py` "
             "(scorer: `../shared/eval/score.py`; matching rules in `../shared/eval/GUIDE.md`).", "",
             "Which figure stands for unseen texts: the last seven tables, held-out 24, 33 and 34 "
             "(general news), 27, 29 and 31 (directives and lineage) and 38 (named chairs), "
             "whose errors nobody has read. Every other set has had its errors read and rules "
             "fixed on them (held-out 1 and 2 in an early round of issue 3, held-out 3 to 23, 25, "
             "26, 28, 30, 32 and 35 to 37 in the rounds after), so their figures flatter the "
             "rules. The once-scored figure of each earlier unseen set is in its label (held-out "
             "30, named chairs, scored 0.934 with the rules of 9071313, chairs P 0.818 R 0.900; "
             "held-out 32, general news, 0.888, positions P 0.895 R 0.766; held-out 35, codes, "
             "0.956, directive date 0.867, issuer 0.923; held-out 36 and 37, general news, 0.910 "
             "and 0.946, positions R 0.797 and 0.881; held-out 28, "
             "general news, scored 0.926 with the rules of 1c46c2c, positions P 0.895 R 0.869; "
             "held-out 26, general "
             "news, scored 0.890 once, positions P 0.881 R 0.750; held-out 25, directives and "
             "lineage, scored 0.968 once, directive date 0.750, issuer 0.786, implements 0/1/4; "
             "held-out 23, "
             "general news without chairs or codes, scored 0.912 once, positions P 0.855 R 0.840; "
             "held-out 22, "
             "general news without chairs, scored 0.921 once, positions P 0.950 R 0.801; "
             "held-out 21, "
             "chosen for chair verbs, scored 0.949 once, chairs P 0.667 R 0.333; held-out 20, "
             "positions-rich and without chairs, scored 0.929 once, positions P 0.941 R 0.889; "
             "held-out 19 scored "
             "0.854 once with its round's start rules and 0.859 with its final ones, chairs P "
             "0.733; held-out 18 0.871, chairs P 0.727; held-out 17 0.911, chairs P 0.769; "
             "held-out 16 0.919, chairs P 0.833; held-out 15 0.963, chairs P 0.917; held-out 14 "
             "0.916, chairs P 0.600); held-out 19's low figure was mostly its labels: after their "
             "review (23 past posts relabelled 'nguyên X', as the dev gold writes them) the same "
             "start rules score 0.953, chairs P still 0.733. "
             "The issue's bars on unseen texts: all facts F1 >= 0.90, chairs and implements "
             "precision >= 0.95, directive "
             "kind/date/issuer >= 0.95.", "",
             "Chairs are scored by name and, where the gold has one, the meeting's date: a meeting "
             "the gold dates and the rules date otherwise or leave undated costs a false positive "
             "and a false negative, while any date matches a meeting the gold leaves undated. "
             "Since 2026-11-26 a meeting told by day and month whose year the text does not make "
             "certain is given the text's likely year and marked `date_inferred` (README, *Meeting "
             "dates and their years*); the graph keeps such a date on the report only. Under each "
             "table: chairs with the gold's dates removed (who chaired, whatever the date: "
             "precision 1.000 on every set but held-out 19, whose two left are told in "
             "tests/gold/README.md, round 20) and chairs with the likely years left out, as "
             "`eventgraph extract --certain-dates` prints them. On held-out 12 the likely years "
             "gave two more chairs the gold's year (0.692 -> 0.846); two others got a wrong one, "
             "where the rules had left them undated.", ""]
    for label, path in sets:
        lines += table(label, score_file(path))
    unseen = [path for label, path in sets if "UNSEEN" in label]
    if unseen:
        pooled = tmp / "unseen_pooled.jsonl"
        pooled.write_text("".join(p.read_text(encoding="utf-8") for p in unseen), encoding="utf-8")
        names = ", ".join(Path(p).stem.replace("holdout_", "") for p in unseen)
        lines += table(f"Unseen sets pooled (held-out {names}: every text whose errors nobody has "
                       "read, scored as one file with the final rules)", score_file(pooled))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
