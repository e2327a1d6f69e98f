"""Round 21 (chairs audited over the corpus): the year of a meeting told by day and month, from cues
that recur in unlabelled texts, on sentences of our own, with the readings that must stay beside
them."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str) -> list[tuple[list[str], str | None, bool]]:
    got = PIPE(Article(id="t", text=text)).to_contract()["meetings"]
    return [(m["chairs"], m["date"], m["date_inferred"]) for m in got if m["chairs"]]


def test_a_step_called_earlier_puts_a_meeting_of_an_earlier_month_in_the_next_year() -> None:
    # the earlier step is told after the meeting, as news tells background
    text = (
        "Ngày 5/2, Ban Bí thư đã họp dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng, xem xét kỷ "
        "luật ông Hà Văn Lộc, nguyên Chủ tịch UBND tỉnh. Ban Bí thư quyết định cách chức ông Lộc. "
        "Trước đó tại kỳ họp thứ 20 của Ủy ban Kiểm tra Trung ương (từ ngày 12 đến 13/12/2017), cơ "
        "quan này đã kết luận ông Lộc vi phạm quy chế làm việc."
    )
    assert meetings(text) == [(["Nguyễn Phú Trọng"], "2018-02-05", True)]


def test_a_month_called_earlier_counts_too() -> None:
    text = (
        "Ngày 4/5, Ban Bí thư đã họp dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng, xem xét kỷ "
        "luật bà Lê Thị Hoa. Trước đó tại kỳ họp 15 của Ủy ban Kiểm tra Trung ương (tháng 7/2017), "
        "cơ quan này đã kết luận về những vi phạm của bà Hoa."
    )
    assert meetings(text) == [(["Nguyễn Phú Trọng"], "2018-05-04", True)]


def test_a_later_month_told_after_the_meeting_without_earlier_keeps_its_year() -> None:
    text = (
        "Ngày 4/5, Ban Bí thư đã họp dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng, xem xét kỷ "
        "luật bà Lê Thị Hoa. Tháng 7/2017, bà Hoa được điều động về Sở Công Thương."
    )
    assert meetings(text) == [(["Nguyễn Phú Trọng"], "2017-05-04", True)]


def test_a_year_end_target_reached_with_den_votes_for_the_year() -> None:
    # the target in the lead paragraph, away from the meeting's sentence
    text = (
        "Trưởng Ban Chỉ đạo yêu cầu các cơ quan phấn đấu đến hết năm 2018 kết thúc điều tra 8 vụ "
        "án.\n\nNgày 10/11, tại Hà Nội, Thường trực Ban Chỉ đạo tổ chức cuộc họp dưới sự chủ trì "
        "của đồng chí Trần Văn Lâm, Trưởng Ban Chỉ đạo. Các thành viên thảo luận thẳng thắn. Cuộc "
        "họp cho ý kiến về một số vụ án. Các cơ quan đã khởi tố 13 vụ án mới."
    )
    assert meetings(text) == [(["Trần Văn Lâm"], "2018-11-10", True)]


def test_a_day_set_as_a_deadline_a_few_months_on_votes_for_the_year() -> None:
    text = (
        "Ngày 15/5, tại trụ sở Chính phủ, Phó Thủ tướng Đỗ Minh Quân đã chủ trì cuộc họp với các "
        "bộ, ngành về khiếu nại của người dân. Phó Thủ tướng giao Thanh tra Chính phủ rà soát các "
        "nội dung khiếu nại, báo cáo Thủ tướng trước ngày 15/7/2018."
    )
    assert meetings(text) == [(["Đỗ Minh Quân"], "2018-05-15", True)]


def test_a_plenum_named_with_its_term_in_arabic_numerals_dates_its_days() -> None:
    text = (
        "Trong ngày làm việc thứ tư, Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khoá 11 đã "
        "thảo luận về nhiều vấn đề. Sáng 17/12, dưới sự chủ trì của đồng chí Phan Quốc Bảo, Ban "
        "Chấp hành Trung ương Đảng làm việc tại hội trường."
    )
    assert meetings(text) == [(["Phan Quốc Bảo"], "2015-12-17", False)]


def test_an_assembly_session_named_with_its_term_in_arabic_numerals_gives_a_likely_year() -> None:
    text = (
        "Ngày 18/10, Tổng thư ký Quốc hội Vũ Thanh Hà chủ trì cuộc họp báo về dự kiến chương trình "
        "kỳ họp thứ 2, Quốc hội khoá 14."
    )
    assert meetings(text) == [(["Vũ Thanh Hà"], "2016-10-18", True)]
