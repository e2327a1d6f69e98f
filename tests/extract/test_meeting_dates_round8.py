"""Meeting dates told as a list of days, after a relative word, or in brackets, and the year a
report period up to the present fixes (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=True)
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


def test_a_meeting_on_listed_days_is_dated_by_the_first() -> None:
    got = meetings(
        "Trong các ngày 8, 9 và 11/3/2021, Ban Thường vụ Tỉnh ủy dưới sự chủ trì của ông Lê Văn "
        "Tám - Bí thư Tỉnh ủy đã họp bàn công tác cán bộ."
    )
    assert got == [("2021-03-08", ["Lê Văn Tám"])]


def test_a_report_of_last_year_and_the_first_months_of_this_one_fixes_the_year() -> None:
    # "Sáng nay 12/6" without a comma gives its day; the report period runs up to the present
    got = meetings(
        "Sáng nay 12/6, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 9. Chủ tịch HĐND tỉnh Lê Văn "
        "Tám chủ trì kỳ họp. Kỳ họp nghe báo cáo tình hình kinh tế - xã hội năm 2020 và những "
        "tháng đầu năm 2021."
    )
    assert got == [("2021-06-12", ["Lê Văn Tám"])]


def test_the_report_period_dates_no_winter_meeting() -> None:
    # in December the first months of a year are long past: the period is no sign of the present
    assert meetings(
        "Sáng nay 12/12, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 9. Chủ tịch HĐND tỉnh Lê Văn "
        "Tám chủ trì kỳ họp. Kỳ họp nghe báo cáo năm 2020 và những tháng đầu năm 2021."
    ) == [(None, ["Lê Văn Tám"])]


def test_days_in_brackets_date_the_meeting_told_without_a_lead_word() -> None:
    got = meetings(
        "Kỳ họp nghe báo cáo tình hình năm 2020 và những tháng đầu năm 2021. Trong hai ngày trước "
        "kỳ họp (20 và 21/4), Bí thư Tỉnh ủy Lê Văn Tám đã chủ trì họp Ban Thường vụ Tỉnh ủy."
    )
    assert got == [("2021-04-20", ["Lê Văn Tám"])]


def test_a_bracketed_day_after_a_code_is_the_documents() -> None:
    got = meetings(
        "Bí thư Tỉnh ủy Lê Văn Tám đã chủ trì họp Ban Thường vụ Tỉnh ủy bàn việc thực hiện Kế "
        "hoạch số 12-KH/TU (20/4). Báo cáo nêu kết quả năm 2020 và những tháng đầu năm 2021."
    )
    assert got == [(None, ["Lê Văn Tám"])]
