"""Years that are not a meeting's: a document's year, and a plan's year in the months next year's
plans are adopted; and the National Assembly session a text names once, for a meeting told in
another paragraph (held-out 14's dates; sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str, certain: bool = True) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=certain)
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


def test_a_documents_year_is_not_the_meetings() -> None:
    # "Nghị định 15 năm 2019" names a document by number and year: the meeting of 5/9 may be in
    # the year before it
    text = (
        "Chiều 5/9, Phó Thủ tướng Lê Văn Khải chủ trì cuộc họp về dự thảo Nghị định 15 năm 2019 "
        "sửa đổi quy định về đấu thầu."
    )
    assert meetings(text) == [(None, ["Lê Văn Khải"])]


def test_a_plans_year_told_after_a_november_meeting_fixes_no_year() -> None:
    # this year's plan adjusted or next year's adopted: either may be told in November
    text = (
        "Sáng 12/11, Chủ tịch UBND tỉnh Trần Minh Đạo chủ trì phiên họp thường kỳ tháng 11. "
        "Phiên họp thảo luận kế hoạch phát triển kinh tế - xã hội năm 2020 của tỉnh."
    )
    assert meetings(text) == [(None, ["Trần Minh Đạo"])]


def test_a_plan_adjusted_in_november_is_the_running_years() -> None:
    text = (
        "Sáng 12/11, Chủ tịch UBND tỉnh Trần Minh Đạo chủ trì phiên họp thường kỳ tháng 11. "
        "Phiên họp thảo luận việc điều chỉnh kế hoạch đầu tư công năm 2020 của tỉnh."
    )
    assert meetings(text) == [("2020-11-12", ["Trần Minh Đạo"])]
    # in the meeting's own name too, where a plan's year told in November is otherwise the next
    # year's (meeting_kinds.toml [reviews])
    named = (
        "Sáng 12/11, Chủ tịch UBND tỉnh Trần Minh Đạo chủ trì phiên họp thường kỳ, thảo luận việc "
        "điều chỉnh kế hoạch đầu tư công năm 2020 của tỉnh."
    )
    assert meetings(named) == [("2020-11-12", ["Trần Minh Đạo"])]
    ahead = named.replace("việc điều chỉnh kế hoạch", "kế hoạch")
    assert meetings(ahead) == [("2019-11-12", ["Trần Minh Đạo"])]


def test_a_plans_year_in_june_is_the_running_years() -> None:
    text = (
        "Sáng 12/6, Chủ tịch UBND tỉnh Trần Minh Đạo chủ trì phiên họp thường kỳ, thảo luận kế "
        "hoạch phát triển kinh tế - xã hội năm 2020 của tỉnh."
    )
    assert meetings(text) == [("2020-06-12", ["Trần Minh Đạo"])]


def test_the_one_assembly_session_a_text_names_gives_a_likely_year_to_a_later_paragraph() -> None:
    text = (
        "Kỳ họp thứ 8, Quốc hội khóa XIV tiếp tục chương trình làm việc tại Nhà Quốc hội.\n\n"
        "Các đại biểu đã thảo luận nhiều dự án luật quan trọng.\n\n"
        "Ngày 5/11, dưới sự điều hành của Phó Chủ tịch Quốc hội Đỗ Bá Tường, Quốc hội họp phiên "
        "toàn thể tại hội trường."
    )
    assert meetings(text, certain=False) == [("2019-11-05", ["Đỗ Bá Tường"])]
    assert meetings(text) == [(None, ["Đỗ Bá Tường"])]  # likely, not certain
