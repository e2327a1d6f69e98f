"""The text's present year from its figures: counted up to a month's end ("đến cuối 9/2017") at a
meeting in the months just after, and compared with the same period of a year ("so với cùng kỳ
2016"); held-out 15's dates, sentences written for these tests."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str, certain: bool = True) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=certain)
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


OPENING = "Sáng 20/10, Bộ trưởng Trần Văn Hải chủ trì hội nghị về phòng cháy rừng. "


def test_figures_to_a_months_end_give_the_meeting_its_year() -> None:
    text = OPENING + "Tính từ năm 2012 đến cuối 9/2019, cả tỉnh trồng mới 2.000 ha rừng."
    assert meetings(text) == [("2019-10-20", ["Trần Văn Hải"])]
    with_month = OPENING + "Từ năm 2012 đến hết tháng 9/2019, cả tỉnh trồng mới 2.000 ha rừng."
    assert meetings(with_month) == [("2019-10-20", ["Trần Văn Hải"])]


def test_figures_to_a_month_long_before_the_meeting_give_no_year() -> None:
    # March figures at an October meeting: a past report, not the present's
    text = OPENING + "Từ năm 2012 đến cuối 3/2019, cả tỉnh trồng mới 2.000 ha rừng."
    assert meetings(text) == [(None, ["Trần Văn Hải"])]


def test_a_plain_end_of_a_span_gives_no_year() -> None:
    # "đến tháng 9/2019" closes a tenure as often as a count
    text = OPENING + "Ông Hải làm giám đốc sở từ năm 2012 đến tháng 9/2019."
    assert meetings(text) == [(None, ["Trần Văn Hải"])]


def test_figures_to_december_give_the_next_year_in_january() -> None:
    text = (
        "Sáng 10/1, Chủ tịch UBND tỉnh Lê Minh Tâm chủ trì hội nghị về thu ngân sách. "
        "Tính đến hết tháng 12/2018, tỉnh thu ngân sách đạt 5.000 tỷ đồng."
    )
    assert meetings(text) == [("2019-01-10", ["Lê Minh Tâm"])]


def test_the_same_period_of_a_year_is_compared_from_the_year_after() -> None:
    text = OPENING + "Trong 9 tháng, cả tỉnh có 40 vụ cháy rừng, giảm 12 vụ so với cùng kỳ 2018."
    assert meetings(text) == [("2019-10-20", ["Trần Văn Hải"])]
    with_year_word = text.replace("cùng kỳ 2018", "cùng kỳ năm 2018")
    assert meetings(with_year_word) == [("2019-10-20", ["Trần Văn Hải"])]


def test_the_same_period_in_january_gives_no_year() -> None:
    # a year just closed is as often compared with the one before it
    text = (
        "Sáng 10/1, Chủ tịch UBND tỉnh Lê Minh Tâm chủ trì hội nghị về thu ngân sách. "
        "Năm qua, tỉnh thu ngân sách tăng 8% so với cùng kỳ 2017."
    )
    assert meetings(text) == [(None, ["Lê Minh Tâm"])]


def test_two_years_compared_against_each_other_give_none() -> None:
    # figures to September 2019 against the same period of 2019: a contradiction, no year
    text = OPENING + (
        "Từ năm 2015 đến cuối 9/2019, cả tỉnh có 40 vụ cháy rừng. Ở tỉnh bạn, số vụ giảm 12 vụ "
        "so với cùng kỳ 2019."
    )
    assert meetings(text) == [(None, ["Trần Văn Hải"])]
