"""The browser benchmark's floor (`bench_browser.py --baseline`) draws what it claims: the Overview's
title, four metrics, two charts and a table, with no store and no error."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

from eventgraph.dashboard import i18n

APP = Path(__file__).resolve().parents[2] / "benchmarks" / "baseline_app.py"


def test_the_baseline_app_draws_the_overviews_shape(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("EVENTGRAPH_STORE", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert [t.value for t in at.title] == [i18n.label("overview.title")]
    assert len(at.metric) == 4 and len(at.dataframe) == 1
    assert len(at.get("vega_lite_chart")) == 2
