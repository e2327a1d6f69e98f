"""Meeting dates and meetings told twice, found on held-out 5 (sentences written for these
tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=True)
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


def test_a_caption_naming_the_meeting_generically_is_the_same_meeting() -> None:
    got = meetings(
        "Ngày 3-4/6, Chủ tịch UBND tỉnh Lê Văn Tám chủ trì phiên họp UBND tỉnh tháng 5. "
        "Phiên họp đánh giá tình hình kinh tế tháng 5 và 5 tháng năm 2017. "
        "Chủ tịch UBND tỉnh Lê Văn Tám chủ trì cuộc họp."
    )
    assert got == [("2017-06-03", ["Lê Văn Tám"])]


def test_a_generic_meeting_told_with_its_own_time_stays_another_meeting() -> None:
    got = meetings(
        "Sáng 3/6/2017, Chủ tịch UBND tỉnh Lê Văn Tám chủ trì phiên họp UBND tỉnh tháng 5. "
        "Trước đó hai ngày, ông Lê Văn Tám đã chủ trì họp Ban cán sự đảng."
    )
    # two meetings (the second takes the first one's date from the sentence before: an older fault)
    assert [chairs for _, chairs in got] == [["Lê Văn Tám"], ["Lê Văn Tám"]]


def test_a_chair_verb_inside_a_quote_is_not_given_to_its_speaker() -> None:
    got = meetings(
        "Sáng 3/6/2017, Chánh văn phòng Lê Văn Tám chủ trì cuộc họp báo về kỳ họp tới. "
        "“Đại biểu muốn tranh luận thì giơ biển, chủ tọa điều hành phiên họp sẽ mời phát biểu”, "
        "ông Tám nói."
    )
    assert got == [("2017-06-03", ["Lê Văn Tám"])]


def test_a_chair_named_after_an_opening_verb_is_still_read() -> None:
    got = meetings(
        "Sáng 3/6/2017, UBND tỉnh họp phiên thường kỳ. Chủ trì phiên họp, ông Lê Văn Tám nhấn mạnh."
    )
    assert got == [("2017-06-03", ["Lê Văn Tám"])]


def test_a_paper_read_at_the_meeting_dates_it_in_the_papers_year() -> None:
    got = meetings(
        "Ngày 14-8, Ban Thường vụ Tỉnh ủy đã họp dưới sự chủ trì của Bí thư Tỉnh ủy Lê Văn Tám. "
        "Ban Thường vụ đã xem xét đề nghị của Ủy ban Kiểm tra tại tờ trình số 45-TTr/UBKT ngày "
        "9-8-2021 về việc thi hành kỷ luật ông Trần Văn Bảy."
    )
    assert got == [("2021-08-14", ["Lê Văn Tám"])]


def test_a_paper_dated_long_before_the_meeting_gives_no_year() -> None:
    got = meetings(
        "Ngày 14-8, Ban Thường vụ Tỉnh ủy đã họp dưới sự chủ trì của Bí thư Tỉnh ủy Lê Văn Tám. "
        "Ban Thường vụ đã xem xét tờ trình số 45-TTr/UBKT ngày 9-3-2021 về việc kỷ luật."
    )
    assert got == [(None, ["Lê Văn Tám"])]


def test_a_lead_without_a_day_is_the_meeting_dated_after_it() -> None:
    got = meetings(
        "Bí thư Tỉnh ủy Lê Văn Tám chủ trì họp Ban Thường vụ Tỉnh ủy định kỳ.\n\n"
        "Ngày 14/8/2021, Bí thư Tỉnh ủy Lê Văn Tám đã chủ trì họp Ban Thường vụ Tỉnh ủy định kỳ."
    )
    assert got == [("2021-08-14", ["Lê Văn Tám"])]
