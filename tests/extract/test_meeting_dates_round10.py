"""The text's present year from the turn of the year (a year reviewed or held to beside the next
year planned for) and from deadlines still ahead; a lone or contradicted signal gives no year
(sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.extract.vi.meeting_dates import _present_year
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=True)
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


def test_a_review_of_last_year_beside_this_years_tasks_fixes_a_february_meeting() -> None:
    got = meetings(
        "Ngày 14/2, Hội đồng Thi đua tỉnh họp dưới sự chủ trì của Chủ tịch UBND tỉnh Lê Văn Tám. "
        "Cuộc họp đã đánh giá kết quả công tác năm 2020 và bàn nhiệm vụ trọng tâm cho năm 2021."
    )
    assert got == [("2021-02-14", ["Lê Văn Tám"])]


def test_next_years_budget_beside_this_years_targets_fixes_an_autumn_meeting() -> None:
    text = ("Chiều 30/9, họp báo thường kỳ. Tỉnh bàn dự toán ngân sách 2022 và giữ nguyên các "
            "chỉ tiêu năm 2021.")
    assert _present_year(text, 0, 9) == 2021
    # in May and June the turn of the year tells nothing
    assert _present_year(text, 0, 5) is None
    # in the year's first months the reviewed year is the one just ended
    assert _present_year("Ngày 9/3, họp. Kết quả năm 2020 tốt; kế hoạch năm 2021 đã giao.", 0, 3) == 2021


def test_a_turn_contradicted_or_reversed_gives_no_year() -> None:
    # plans named for the year before the one reviewed are not a turn
    assert _present_year("Ngày 9/2, họp. Kế hoạch năm 2020 và kết quả năm 2021.", 0, 2) is None
    # two turns of different years contradict each other
    text = ("Ngày 9/2, họp. Đánh giá kết quả năm 2016, nhiệm vụ năm 2017. Trước đó, tổng kết năm "
            "2012 và đề ra kế hoạch năm 2013.")
    assert _present_year(text, 0, 2) is None
    # a span's end ("đến năm 2021") is no plan of the next year
    assert _present_year("Ngày 9/2, họp. Kết quả năm 2020; mục tiêu đến năm 2021.", 0, 2) is None


def test_two_deadlines_ahead_fix_a_july_meeting_and_one_alone_does_not() -> None:
    got = meetings(
        "Sáng 23/7, Phó Thủ tướng Lê Văn Tám chủ trì hội nghị trực tuyến về chuyển đổi số. Mục "
        "tiêu hết năm 2022 có 50% hồ sơ trực tuyến khó đạt. Ông yêu cầu khai trương cổng dữ liệu "
        "vào tháng 10/2022."
    )
    assert got == [("2022-07-23", ["Lê Văn Tám"])]
    assert _present_year("Sáng 23/7, họp. Ông yêu cầu khai trương cổng vào tháng 10/2022.", 0, 7) is None
    # a month already past at the meeting, or one not asked for, is no deadline ahead
    assert _present_year("Sáng 23/7, họp. Mục tiêu hết năm 2022 khó đạt. Cổng mở vào tháng "
                         "10/2022.", 0, 7) is None
    assert _present_year("Sáng 23/7, họp. Mục tiêu hết năm 2022 khó đạt. Ông yêu cầu báo cáo "
                         "việc đã làm vào tháng 3/2022.", 0, 7) is None


def test_a_spring_meeting_on_a_terms_elections_is_in_the_terms_first_year() -> None:
    got = meetings(
        "Sáng 10/4, Ủy ban bầu cử tỉnh họp phiên thứ 3 triển khai công tác bầu cử đại biểu HĐND "
        "các cấp nhiệm kỳ 2021 - 2026. Chủ tịch UBND tỉnh Lê Văn Tám chủ trì phiên họp."
    )
    assert got == [("2021-04-10", ["Lê Văn Tám"])]
    # from July the work before the next spring's elections may already run: no year
    got = meetings(
        "Sáng 10/9, Ủy ban bầu cử tỉnh họp phiên thứ 2 về công tác bầu cử đại biểu HĐND các cấp "
        "nhiệm kỳ 2021 - 2026. Chủ tịch UBND tỉnh Lê Văn Tám chủ trì phiên họp."
    )
    assert got == [(None, ["Lê Văn Tám"])]
