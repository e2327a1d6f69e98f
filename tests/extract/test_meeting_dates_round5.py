"""Meeting dates whose year only the meeting's own name gives (sentences written for these "
"tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=True)
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


def test_a_year_closing_the_meetings_name_dates_a_december_meeting() -> None:
    got = meetings(
        "Ngày 25/12, Đảng đoàn HĐND tỉnh tổ chức hội nghị lấy phiếu tín nhiệm năm 2014 với 40 "
        "người. "
        "Bí thư Đảng đoàn Lê Văn Tám chủ trì hội nghị."
    )
    assert got == [("2014-12-25", ["Lê Văn Tám"])]


def test_a_plans_year_in_the_name_dates_a_december_meeting_in_the_year_before() -> None:
    # a December meeting that sets next year's tasks sits in the year before the one it names
    # (round 7: a plan's tasks are launched in the last two months of the year before or the first
    # three of its own, so the month fixes the year; it was left unknown until then)
    got = meetings(
        "Ngày 28/12, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2015. Chủ tịch UBND "
        "tỉnh Lê "
        "Văn Tám chủ trì hội nghị."
    )
    assert got == [("2014-12-28", ["Lê Văn Tám"])]
