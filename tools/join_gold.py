#!/usr/bin/env python3
"""Join the repository's own gold labels with the shared corpus into score.py gold.

The repository keeps only ids and hand-written labels (``tests/gold/own_gold_*.jsonl``),
never the article text, because the articles belong to their outlets. This tool looks
each id up in ``../shared/corpus/*.jsonl`` and writes rows that ``../shared/eval/score.py``
reads as GOLD: the corpus fields ``id, title, published, source, text`` plus ``gold`` and
``notes``.

Usage:
    python tools/join_gold.py OUT.jsonl [--shared ../shared] [--check] [--as-prediction] [FILES...]

``--as-prediction`` writes the same labels in the shape ``eventgraph extract`` prints
(``article_id`` plus the gold fields), for scoring gold against itself: score.py reads a
prediction by ``article_id`` and top-level fields, so a GOLD file passed twice scores 0.
``--check`` also verifies every label against its text (after Unicode NFC): each person
name, directive code (spaces ignored) and locality must occur in the text; a position
that does not occur verbatim is only reported, since a title may be joined from parts.
Only the standard library is used.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS_FIELDS = ("id", "title", "published", "source", "text")
# Own gold must never carry article content: only ids and labels live in the repository.
FORBIDDEN_KEYS = {"text", "title", "source"}
GOLD_KEYS = ("published", "authors", "people", "meetings", "directives", "localities")


def fail(message: str) -> None:
    """Stop with a message that says what is wrong and what to do."""
    print(f"join_gold: {message}", file=sys.stderr)
    raise SystemExit(2)


def read_jsonl(path: Path) -> list[dict]:
    """Read one JSON object a line, naming the file and line on a parse error."""
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    fail(f"{path}:{n}: not valid JSON ({e})")
    return rows


def load_corpus(shared: Path) -> dict[str, dict[str, dict]]:
    """Map corpus name (file stem) to {id: row} for every ``corpus/*.jsonl`` in shared."""
    corpus_dir = shared / "corpus"
    if not corpus_dir.is_dir():
        fail(
            f"no corpus folder at {corpus_dir}; the shared material must sit next to the "
            "repository (../shared) or be given with --shared PATH"
        )
    return {
        p.stem: {str(r["id"]): r for r in read_jsonl(p)} for p in sorted(corpus_dir.glob("*.jsonl"))
    }


def find_row(corpus: dict[str, dict[str, dict]], label: dict, where: str) -> dict:
    """The corpus row for one gold label, looked up in its named corpus (or in all)."""
    name, rid = label.get("corpus"), str(label.get("id"))
    if name is not None and name not in corpus:
        fail(f"{where}: corpus {name!r} not found (have: {', '.join(corpus)})")
    pools = [corpus[name]] if name else list(corpus.values())
    for pool in pools:
        if rid in pool:
            return pool[rid]
    fail(f"{where}: id {rid!r} is not in the shared corpus {name or '(any)'}")
    raise AssertionError  # unreachable: fail() exits


def check_shape(label: dict, where: str) -> None:
    """Refuse labels that copy article text or lack a gold field the scorer reads."""
    copied = FORBIDDEN_KEYS & set(label)
    if copied:
        fail(
            f"{where}: own gold must not hold {sorted(copied)} (article content stays in ../shared)"
        )
    gold = label.get("gold")
    if not isinstance(gold, dict) or any(k not in gold for k in GOLD_KEYS):
        fail(f"{where}: 'gold' must be an object with keys {', '.join(GOLD_KEYS)}")
    if not isinstance(label.get("notes"), str) or not label["notes"].strip():
        fail(f"{where}: every text needs a 'notes' string saying what was decided")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def label_problems(gold: dict, text: str) -> tuple[list[str], list[str]]:
    """(errors, warnings): labels that do not occur in the text as written."""
    t, squeezed = nfc(text), "".join(nfc(text).split()).upper()
    errors, warnings = [], []
    for person in gold["people"]:
        if nfc(person["name"]) not in t:
            errors.append(f"person {person['name']!r}")
        warnings += [
            f"position {pos!r}" for pos in person.get("positions", []) if nfc(pos) not in t
        ]
    for d in gold["directives"]:
        if "".join(nfc(d["code"]).split()).upper() not in squeezed:
            errors.append(f"code {d['code']!r}")
    for loc in gold["localities"]:
        name = loc["name"] if isinstance(loc, dict) else loc
        if nfc(name).casefold() not in t.casefold():  # headers are upper-cased
            # An optional locality may come from an outlet tag such as "(QBĐT)".
            (warnings if isinstance(loc, dict) and loc.get("optional") else errors).append(
                f"locality {name!r}"
            )
    for meeting in gold["meetings"]:
        errors += [
            f"chair {c!r} is not a listed person"
            for c in meeting.get("chairs", [])
            if c not in {p["name"] for p in gold["people"]}
        ]
    return errors, warnings


def join(files: list[Path], shared: Path, check: bool) -> list[dict]:
    """Joined score.py rows for every label in ``files``, in file order."""
    corpus, seen, out, bad = load_corpus(shared), set(), [], 0
    for path in files:
        for n, label in enumerate(read_jsonl(path), 1):
            where = f"{path.name}:{n}"
            check_shape(label, where)
            if label["id"] in seen:
                fail(f"{where}: id {label['id']!r} is labelled twice")
            seen.add(label["id"])
            row = find_row(corpus, label, where)
            if check:
                errors, warnings = label_problems(label["gold"], row["text"])
                for msg in errors:
                    print(f"ERROR {where} {label['id']}: {msg} not in text", file=sys.stderr)
                for msg in warnings:
                    print(f"note  {where} {label['id']}: {msg} not verbatim", file=sys.stderr)
                bad += len(errors)
            out.append(
                {
                    **{k: row.get(k) for k in CORPUS_FIELDS},
                    "gold": label["gold"],
                    "notes": label["notes"],
                }
            )
    if bad:
        fail(f"{bad} label(s) do not occur in their texts (see ERROR lines)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="where to write the joined gold (JSON Lines)")
    parser.add_argument(
        "files", nargs="*", type=Path, help="own gold files (default: tests/gold/own_gold_*.jsonl)"
    )
    parser.add_argument(
        "--shared",
        type=Path,
        default=REPO.parent / "shared",
        help="the shared folder holding corpus/ (default: ../shared)",
    )
    parser.add_argument(
        "--check", action="store_true", help="also verify that every label occurs in its text"
    )
    parser.add_argument(
        "--as-prediction",
        action="store_true",
        help="write prediction-shaped rows (article_id + gold fields) instead",
    )
    args = parser.parse_intermixed_args(argv)  # flags may follow the file list
    files = args.files or sorted((REPO / "tests" / "gold").glob("own_gold_*.jsonl"))
    if not files:
        fail("no own gold files found under tests/gold/ (own_gold_*.jsonl)")
    rows = join(files, args.shared, args.check)
    with args.out.open("w", encoding="utf-8") as f:
        for row in rows:
            if args.as_prediction:
                row = {"article_id": row["id"], **row["gold"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"join_gold: wrote {len(rows)} gold rows from {len(files)} file(s) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
