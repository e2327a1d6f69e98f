"""Bad input gets a clear error and nothing else is lost."""

from __future__ import annotations

import json
from pathlib import Path

from eventgraph.ingest.readers import Failure, read_inputs
from eventgraph.ingest.run import ingest
from eventgraph.store import open_store

GOOD = {"id": "ok-1", "title": "t", "published": "2024-03-14", "source": None,
        "text": "Chiều 14/3, UBND tỉnh Quảng Ninh tổ chức hội nghị."}


def test_one_bad_line_never_stops_the_batch(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join([
        json.dumps(GOOD, ensure_ascii=False),
        '{"id": "broken", "text": "truncat',
        json.dumps({"id": "", "text": "no id"}),
        json.dumps({"id": "notext", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({**GOOD, "id": "ok-2"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Grüße aus München, schöne Straße".encode("latin-1"))
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02 binary")
    items = list(read_inputs([tmp_path, tmp_path / "missing.jsonl"]))
    ok = [i.id for i in items if not isinstance(i, Failure)]
    bad = {(Path(i.source).name, i.line): i.reason for i in items if isinstance(i, Failure)}
    assert ok == ["ok-1", "ok-2"]
    assert "not a JSON object" in bad[("mixed.jsonl", 2)]
    assert "id" in bad[("mixed.jsonl", 3)]
    assert "no text" in bad[("mixed.jsonl", 4)]
    assert "not a JSON object" in bad[("mixed.jsonl", 5)]
    assert bad[("empty.txt", None)] == "empty file"
    assert "not UTF-8" in bad[("latin.txt", None)]
    assert "binary" in bad[("bin.txt", None)]
    assert "no such file" in bad[("missing.jsonl", None)]

    with open_store("memory://") as store:
        report = ingest([tmp_path], store)
        assert report.written == 2 and len(report.failures) == 7
        assert store.stats()["articles"] == 2


def test_same_id_with_different_text_is_reported_not_merged(tmp_path: Path) -> None:
    f = tmp_path / "dup.jsonl"
    f.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n"
                 + json.dumps({**GOOD, "text": GOOD["text"] + " Khác."}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    with open_store("memory://") as store:
        report = ingest([f], store)
    assert report.written == 1
    assert "same id" in report.failures[0].reason


def test_a_huge_article_is_reported_and_the_rest_goes_in(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    huge = {**GOOD, "id": "huge", "text": "Hội nghị. " * 5_300_000}  # ~50 MB of text
    with f.open("w", encoding="utf-8") as out:
        out.write(json.dumps(huge, ensure_ascii=False) + "\n")
        out.write(json.dumps(GOOD, ensure_ascii=False) + "\n")
    (tmp_path / "big.txt").write_bytes(b"x" * 9_000_000)
    items = list(read_inputs([f, tmp_path / "big.txt"]))
    assert [i.id for i in items if not isinstance(i, Failure)] == ["ok-1"]
    reasons = [i.reason for i in items if isinstance(i, Failure)]
    assert len(reasons) == 2 and all("over the limit" in r for r in reasons)
