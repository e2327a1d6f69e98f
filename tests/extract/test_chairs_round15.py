"""Classes of chair and date error found studying held-out 14 (round 15), each on sentences of our
own, with the wording that must stay as it was beside each."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str, certain: bool = True) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=certain)
    return [(m["date"], m["chairs"]) for m in out["meetings"] if m["chairs"]]


def test_a_sentence_opened_by_the_verb_names_its_chair_after_a_second_fronted_clause() -> None:
    # "Chủ trì X, trả lời về …, <title> A cho biết": the subject comes after a long second clause
    text = (
        "Chủ trì buổi họp báo công bố kết quả kỳ họp thứ 5, Hội đồng nhân dân tỉnh khoá X, "
        "trả lời về tình trạng đại biểu Hội đồng nhân dân thường xuyên vắng mặt trong các "
        "phiên họp, có hôm thông qua nghị quyết mà số lượng ghế trống quá nhiều, Chánh Văn "
        "phòng Tỉnh uỷ Trần Minh Khoa cho biết số đại biểu chuyên trách còn ít."
    )
    assert meetings(text) == [(None, ["Trần Minh Khoa"])]


def test_a_verb_inside_its_clause_does_not_reach_that_far() -> None:
    # the verb not opening the sentence: the person far after it is not the chair
    text = (
        "Hôm qua Sở Nội vụ chủ trì buổi họp báo công bố kết quả kỳ họp thứ 5, Hội đồng nhân "
        "dân tỉnh khoá X, trả lời về tình trạng đại biểu Hội đồng nhân dân thường xuyên vắng "
        "mặt trong các phiên họp, có hôm thông qua nghị quyết mà số lượng ghế trống quá nhiều, "
        "Chánh Văn phòng Tỉnh uỷ Trần Minh Khoa cho biết số đại biểu chuyên trách còn ít."
    )
    assert meetings(text) == []


_LAST_YEAR = (
    "Sáng 27/12, ông Lê Văn Bình, Chủ tịch UBND tỉnh chủ trì buổi tiếp xúc cử tri. Ông Bình "
    "cho biết mình bị kỷ luật hồi tháng 9 năm ngoái. Ngày {day}/2016, Uỷ ban Kiểm tra Trung ương "
    "quyết định cảnh cáo ông Lê Văn Bình."
)


def test_last_years_month_dated_elsewhere_gives_the_present_year() -> None:
    # "hồi tháng 9 năm ngoái" and the same act dated "29/9/2016": the text's present is 2017
    assert meetings(_LAST_YEAR.format(day="29/9")) == [("2017-12-27", ["Lê Văn Bình"])]


def test_another_month_dated_elsewhere_says_nothing_of_last_year() -> None:
    # a date of August 2016 is not last year's September: the year stays as before (none certain)
    assert meetings(_LAST_YEAR.format(day="29/8")) == [(None, ["Lê Văn Bình"])]


_NEXT_PLAN = (
    "Chiều 26/11, dưới sự chủ trì của Chủ tịch UBND tỉnh Trần Minh Đạo, Thường trực UBND tỉnh đã "
    "họp.\n\nCác sở báo cáo tình hình thu chi và tiến độ giải ngân.\n\nTheo Sở Kế hoạch và Đầu "
    "tư, dự thảo gồm ba phần. Phần 1 là bối cảnh và trọng tâm chỉ đạo điều hành của UBND tỉnh năm "
    "2020; phần 2 là những nhiệm vụ, giải pháp chủ yếu của năm 2020; phần 3 là các phụ lục, thống "
    "nhất trình bày{last}."
)


def test_next_years_plan_prepared_in_november_gives_the_year_before_as_likely() -> None:
    # the plan's year is 2020, told paragraphs after the meeting, and the text names 2019 too: the
    # meeting likely sits in 2019
    text = _NEXT_PLAN.format(last=" như năm 2019")
    assert meetings(text, certain=False) == [("2019-11-26", ["Trần Minh Đạo"])]
    assert meetings(text) == [(None, ["Trần Minh Đạo"])]  # likely, not certain


def test_a_plans_year_alone_gives_no_year_before_it() -> None:
    # without the year before named, nothing says the meeting is not in the plan's own year
    got = meetings(_NEXT_PLAN.format(last=""), certain=False)
    assert got != [("2019-11-26", ["Trần Minh Đạo"])]
