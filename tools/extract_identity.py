"""Check that a change to the extractor changed nothing it outputs: byte-identical extractions.

    python tools/extract_identity.py dump  REF_DIR CORPUS.jsonl ...  # before the change
    python tools/extract_identity.py check REF_DIR CORPUS.jsonl ...  # after: exit 1 if any differs

Each article's whole `ArticleExtraction` is written as one JSON line (every fact with its evidence:
spans, sentence, extractor name), not only the scored contract, so a speed-up that moves a span or
reorders facts shows up. `REF_DIR` holds one file per corpus, named after it; keep it outside
the repository (it is derived from the corpus). A failing article is recorded as its exception, so
a change that makes an article fail, or stop failing, shows up too. To make a reference after the
fact, dump with an older tree: `git archive REV src | tar -x -C /tmp/old`, then run the dump with
`PYTHONPATH=/tmp/old/src`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path


def extraction_lines(corpus: Path) -> Iterator[tuple[str, str]]:
    """(article id, the JSON line of its extraction) for each article of `corpus`, in order."""
    from eventgraph.extract.pipeline import extract
    from eventgraph.ingest.readers import Failure, read_inputs

    for item in read_inputs([corpus]):
        if isinstance(item, Failure):
            yield str(item), "FAILURE " + str(item)
            continue
        try:
            yield item.id, extract(item).model_dump_json()
        except Exception as exc:  # recorded, so it must stay the same too
            yield item.id, f"ERROR {type(exc).__name__}: {exc}"


def _ref_path(ref: Path, corpus: Path) -> Path:
    return ref / (corpus.name + ".ref")


def dump(ref: Path, corpora: list[Path]) -> int:
    ref.mkdir(parents=True, exist_ok=True)
    for corpus in corpora:
        start = time.process_time()
        n = 0
        with _ref_path(ref, corpus).open("w", encoding="utf-8") as f:
            for _, line in extraction_lines(corpus):
                f.write(line + "\n")
                n += 1
        print(f"{corpus.name}: {n} extractions written ({time.process_time() - start:.1f} s CPU)")
    return 0


def check(ref: Path, corpora: list[Path]) -> int:
    bad = 0
    for corpus in corpora:
        want = _ref_path(ref, corpus).read_text(encoding="utf-8").splitlines()
        got = list(extraction_lines(corpus))
        diffs = [(i, aid) for i, (aid, line) in enumerate(got) if i >= len(want) or want[i] != line]
        if len(got) != len(want):
            print(f"{corpus.name}: {len(got)} articles, reference has {len(want)}")
            bad += 1
        for i, aid in diffs[:5]:
            a, b = want[i] if i < len(want) else "", got[i][1]
            pairs = zip(a, b, strict=False)  # the two lines may differ in length
            at = next((k for k, (x, y) in enumerate(pairs) if x != y), min(len(a), len(b)))
            print(f"{corpus.name}: article {i} ({aid}) differs at char {at}:\n"
                  f"  ref: …{a[max(0, at - 80):at + 120]}\n  got: …{b[max(0, at - 80):at + 120]}")
        bad += len(diffs)
        print(f"{corpus.name}: {len(got) - len(diffs)}/{len(got)} identical")
    print("IDENTICAL" if not bad else f"DIFFERENT: {bad}")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("mode", choices=("dump", "check"))
    ap.add_argument("ref", type=Path, help="folder of the reference extractions (outside the repo)")
    ap.add_argument("corpora", type=Path, nargs="+", help=".jsonl corpus files")
    args = ap.parse_args()
    sys.exit((dump if args.mode == "dump" else check)(args.ref, args.corpora))


if __name__ == "__main__":
    main()
