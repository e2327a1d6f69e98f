"""Round 20: a meeting dated by figures counted up to the day before it (held-out 19 and held-out
10), on sentences of our own, with the reading that must stay as it was beside it."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def extract(text: str) -> dict:
    return PIPE(Article(id="t", text=text)).to_contract()


def chairs(text: str) -> list[tuple[str, str | None]]:
    return [(c, m["date"]) for m in extract(text)["meetings"] for c in m["chairs"]]


def test_figures_counted_up_to_the_day_before_date_the_meeting() -> None:
    text = (
        "Sáng 12-6, Bộ trưởng Hà Văn Nam đã chủ trì hội nghị trực tuyến về phòng chống dịch. "
        "Bộ trưởng yêu cầu các tỉnh chủ động. Ông nhấn mạnh việc kiểm soát vận chuyển. "
        "Báo cáo tại hội nghị, Cục trưởng Lê Thị Mai cho biết từ ngày 1-5 đến 11-6-2020, dịch "
        "xảy ra tại 40 xã."
    )
    assert chairs(text) == [("Hà Văn Nam", "2020-06-12")]


def test_figures_counted_to_a_day_weeks_before_do_not_date_the_meeting() -> None:
    text = (
        "Sáng 30-6, Bộ trưởng Hà Văn Nam đã chủ trì hội nghị trực tuyến về phòng chống dịch. "
        "Từ ngày 1-5 đến 11-6-2020, dịch xảy ra tại 40 xã."
    )
    got = extract(text)["meetings"]
    assert got[0]["chairs"] == ["Hà Văn Nam"]
    assert got[0]["date"] is None or got[0]["date_inferred"]
