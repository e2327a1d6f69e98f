"""A view too long to keep as an answer (the unfiltered Meetings table: 70k rows at 100k articles)
is kept in brief: its first rows, its length and the choices its page offers. A new process draws
the Meetings page from that without reading or joining a table; a choice reads the whole view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from dashboard_fixtures import refuse_reads, warm_opening_views

from eventgraph.queries import get
from eventgraph.store import open_store


def test_first_rows_keeps_the_head_the_length_and_every_kind() -> None:
    import pandas as pd

    from eventgraph.dashboard import warm

    df = pd.DataFrame({"date": ["2024", "2023", "2022"], "kind": ["b", None, "a"]})
    head, summary = warm.first_rows("meeting_chairs", df, 2)
    assert [r["date"] for r in head.rows] == ["2024", "2023"]
    assert summary.rows == [{"rows": 3, "kind": ["a", "b"]}]


def test_a_new_process_draws_meetings_from_its_first_rows_and_a_kind_reads_them_all(
    app: Any, seed_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventgraph.dashboard import i18n, warm

    reader = open_store(seed_store, read_only=True)
    whole = reader.run(get("meeting_chairs"), {}).rows
    reader.close()
    assert len(whole) >= 3, "the fixture store should hold a few meetings"
    kinds = sorted({str(r["kind"]) for r in whole if r.get("kind")})
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))  # the folder `app` uses
    monkeypatch.setenv("EVENTGRAPH_DASHBOARD_WARM", "0")
    monkeypatch.setattr(warm, "KEEP_ROWS", 1)  # every opening view longer than this is "long"
    monkeypatch.setattr(warm, "FIRST_ROWS", 2)
    warm_opening_views(seed_store)

    with monkeypatch.context() as m:
        refuse_reads(m)
        at = app(seed_store, "meetings")
        assert not at.error, [e.value for e in at.error]
        shown = at.dataframe[0].value
        assert list(shown[i18n.column("date")]) == [r["date"] for r in whole[:2]]
        assert i18n.label("rows", "vi", n=len(whole)) in [c.value for c in at.caption]
        (kind,) = [s for s in at.selectbox if s.key == "mt_kind"]
        assert kind.options[1:] == kinds

    # A choice of kind filters the whole view (its tables are read now).
    chosen = kinds[0]
    kind.set_value(chosen).run()
    assert not at.error, [e.value for e in at.error]
    want = [r for r in whole if r.get("kind") == chosen]
    got = at.dataframe[0].value
    assert len(got) == len(want)
    assert i18n.label("rows", "vi", n=len(want)) in [c.value for c in at.caption]
