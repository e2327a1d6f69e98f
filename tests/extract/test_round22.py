"""Round 22 (held-out 21 studied): the date a part of a session takes from the session told before
it, on sentences of our own, with the readings that must stay beside them."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str) -> list[tuple[list[str], str | None]]:
    got = PIPE(Article(id="t", text=text, published="2019-04-09")).to_contract()["meetings"]
    return [(m["chairs"], m["date"]) for m in got if m["chairs"]]


def test_a_discussion_chaired_later_takes_the_date_of_the_session_told_before() -> None:
    # an opening paragraph without a date, then the session's day, then the chair of its debate
    text = (
        "Chế độ phụ cấp cho cán bộ xã đã tạo thêm động lực công tác. Tuy vậy, nhiều đơn vị còn "
        "băn khoăn.\n\nNgày 8/4, HĐND tỉnh Long An đã tổ chức kỳ họp thứ 9 (kỳ họp bất thường). "
        "Nhiều đại biểu quan tâm đến tờ trình về phụ cấp. Đại biểu Lê Văn Tám cho rằng cần cân "
        "nhắc thêm. Bà Ngô Thị Chín đề nghị làm rõ nguồn chi. Ông Đỗ Văn Mười tán thành tờ trình. "
        "Bà Lý Thị Hai nêu ý kiến về đối tượng hưởng. "
        "Điều hành buổi thảo luận, ông Trần Văn Bảy, Chủ tịch HĐND tỉnh nêu rõ: “HĐND sẽ xem xét "
        "vào kỳ họp tới”."
    )
    assert meetings(text) == [(["Trần Văn Bảy"], "2019-04-08")]


def test_a_whole_of_another_kind_gives_no_date() -> None:
    # a dated press conference is no session the debate is a part of
    text = (
        "Chế độ phụ cấp cho cán bộ xã đã tạo thêm động lực công tác. Tuy vậy, nhiều đơn vị còn "
        "băn khoăn.\n\nNgày 8/4, UBND tỉnh Long An đã tổ chức họp báo về tờ trình phụ cấp. Đại "
        "biểu Lê Văn Tám cho rằng cần cân nhắc thêm. Bà Ngô Thị Chín đề nghị làm rõ nguồn chi. Ông "
        "Đỗ Văn Mười tán thành tờ trình. Bà Lý Thị Hai nêu ý kiến về đối tượng hưởng. Điều hành "
        "buổi thảo luận, ông Trần Văn Bảy, Chủ "
        "tịch HĐND tỉnh nêu rõ: “HĐND sẽ xem xét vào kỳ họp tới”."
    )
    assert meetings(text) == [(["Trần Văn Bảy"], None)]
