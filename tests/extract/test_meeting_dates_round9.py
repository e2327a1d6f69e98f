"""The year a text treats as its present, for a meeting dated by day and month only: signals from
meeting_kinds.toml [present] vote, and a contradiction or a weak signal gives no year (sentences
written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.extract.vi.meeting_dates import _present_year
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=True)
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


def test_a_half_year_reported_sentences_after_the_date_fixes_a_july_meeting() -> None:
    got = meetings(
        "Ngày 9/7, Chủ tịch UBND tỉnh Lê Văn Tám chủ trì hội nghị giao ban với các sở. Ông yêu "
        "cầu các sở tập trung giải ngân vốn. Giám đốc Sở Tài chính cho biết nhiều công trình "
        "chậm. Theo báo cáo, trong 6 tháng đầu năm 2021, thu ngân sách đạt 8.000 tỷ đồng."
    )
    assert got == [("2021-07-09", ["Lê Văn Tám"])]


def test_a_counted_span_up_to_now_fixes_a_december_conference() -> None:
    got = meetings(
        "Ngày 20-12, Phó Chủ tịch tỉnh Lê Văn Tám chủ trì hội thảo về công tác dân vận. Tính từ "
        "năm 2010 đến tháng 9-2020, toàn tỉnh đã xây dựng 300 mô hình dân vận khéo."
    )
    assert got == [("2020-12-20", ["Lê Văn Tám"])]


def test_a_plain_span_a_fronted_month_and_a_documents_month_are_no_present() -> None:
    # a tenure ("từ năm 2008 đến tháng 1/2015"), a past moment opening a sentence ("Tháng
    # 3/2014, …") and the month a document was issued are not the text's present
    text = (
        "Ngày 4/5, Bí thư Tỉnh ủy Lê Văn Tám chủ trì hội nghị Ban Thường vụ. Ông Trần Văn Một "
        "làm Giám đốc Sở từ năm 2008 đến tháng 1/2015. Tháng 3/2014, Sở ký hợp đồng. Chỉ thị số "
        "12-CT/TU (ban hành tháng 5/2013) được quán triệt."
    )
    assert meetings(text) == [(None, ["Lê Văn Tám"])]


def test_two_years_that_contradict_give_none() -> None:
    text = (
        "Ngày 9/7, hội nghị sơ kết được tổ chức. Báo cáo 6 tháng đầu năm 2021 được thông qua.\n\n"
        "Ở một tỉnh khác, báo cáo 6 tháng đầu năm 2019 cũng được nêu lại."
    )
    # one vote in the meeting's paragraph (2) against one elsewhere (1): not less than half
    assert _present_year(text, 0, 7) is None
    assert _present_year(text.split("\n\n")[0], 0, 7) == 2021


def test_one_signal_far_from_the_meeting_is_too_weak() -> None:
    text = "Ngày 9/7, hội nghị được tổ chức.\n\nBáo cáo 6 tháng đầu năm 2021 được thông qua."
    assert _present_year(text, 0, 7) is None
    # a month outside the period and the months just after it gives nothing
    assert _present_year("Ngày 9/11, họp. Báo cáo 6 tháng đầu năm 2021.", 0, 11) is None


def test_a_year_called_just_ended_still_places_the_writer() -> None:
    assert _present_year("Ngày 9/3, họp. Năm 2020 vừa qua, tỉnh tăng trưởng 7%.", 0, 3) == 2021
    assert _present_year("Ngày 9/12, họp. Năm 2020 vừa qua, tỉnh tăng trưởng 7%.", 0, 12) is None
