"""Meeting dates whose year a review or a plan in the meeting's name fixes with the month (sentences
written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=True)
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


def test_a_january_review_of_a_year_is_held_in_the_year_after() -> None:
    got = meetings(
        "Sáng 16/1, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2016, triển khai nhiệm vụ năm "
        "2017. Giám đốc Sở Lê Văn Tám chủ trì hội nghị."
    )
    assert got == [("2017-01-16", ["Lê Văn Tám"])]


def test_the_name_may_follow_the_chair_and_the_date_close_the_sentence() -> None:
    got = meetings(
        "Ông Lê Văn Tám chủ trì hội nghị tổng kết công tác dân vận năm 2020, chiều 9-1."
    )
    assert got == [("2021-01-09", ["Lê Văn Tám"])]


def test_a_december_review_is_held_in_the_year_it_reviews() -> None:
    got = meetings(
        "Chiều 27/12, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2016. Bí thư "
        "Huyện ủy Lê Văn Tám chủ trì hội nghị."
    )
    assert got == [("2016-12-27", ["Lê Văn Tám"])]


def test_a_plan_read_in_february_is_held_in_its_own_year() -> None:
    got = meetings(
        "Ngày 14/2, UBND huyện tổ chức hội nghị triển khai nhiệm vụ năm 2018. Chủ tịch UBND huyện "
        "Lê Văn Tám chủ trì hội nghị."
    )
    assert got == [("2018-02-14", ["Lê Văn Tám"])]


def test_a_review_in_midyear_or_a_review_word_before_a_plans_year_gives_no_year() -> None:
    # in July a year's review is no sign of the year; "tổng kết, triển khai nhiệm vụ năm 2015" names
    # only the plan's year, which on 21/1 is the meeting's own
    assert meetings(
        "Sáng 20/7, Sở tổ chức hội nghị tổng kết công tác năm 2016. Giám đốc Sở Lê Văn Tám chủ trì "
        "hội nghị."
    ) == [(None, ["Lê Văn Tám"])]
    assert meetings(
        "Sáng 21/1, Sở tổ chức hội nghị tổng kết, triển khai nhiệm vụ năm 2015. Giám đốc Sở Lê Văn "
        "Tám chủ trì hội nghị."
    ) == [("2015-01-21", ["Lê Văn Tám"])]


def test_a_review_of_years_of_carrying_out_a_document_gives_no_year() -> None:
    # the year after "10 năm thực hiện Nghị quyết" is the resolution's, not the one reviewed
    assert meetings(
        "Sáng 15/1, Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 năm "
        "2008. Bí thư Tỉnh ủy Lê Văn Tám chủ trì hội nghị."
    ) == [(None, ["Lê Văn Tám"])]
