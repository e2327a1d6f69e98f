"""Meeting dates and meetings told twice, found on held-out 5 (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract()
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


def test_a_two_day_meeting_about_the_years_first_months_takes_that_year() -> None:
    # "Ngày 3-4/6" is a meeting of two days (its first), and "5 tháng năm 2017" is the year's first
    # five months, which a June session reviews: the year is certain
    got = meetings(
        "Ngày 3-4/6, Chủ tịch UBND tỉnh Lê Văn Tám chủ trì phiên họp UBND tỉnh tháng 5. "
        "Phiên họp đánh giá tình hình kinh tế tháng 5 và 5 tháng năm 2017."
    )
    assert got == [("2017-06-03", ["Lê Văn Tám"])]


def test_months_of_a_year_far_from_the_meeting_give_no_year() -> None:
    got = meetings(
        "Ngày 3-4/10, Chủ tịch UBND tỉnh Lê Văn Tám chủ trì phiên họp UBND tỉnh. "
        "Phiên họp nhắc lại kết quả 5 tháng năm 2017."
    )
    assert got == [(None, ["Lê Văn Tám"])]
