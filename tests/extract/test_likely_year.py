"""A meeting dated by day and month in a text that makes no year certain: the extraction gives the
date in the text's likely year and marks it `date_inferred`; the graph keeps it on the report, not
as the meeting's time (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import json

from eventgraph import vocab as v
from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article
from eventgraph.resolve.identity import meeting_key
from eventgraph.store.rdf import article_quads

PIPE = Pipeline()


def dates(text: str, published: str | None = None) -> list[tuple[dt.date | None, bool]]:
    out = PIPE(Article(id="t", text=text, published=published))
    return [(m.date, m.date_inferred) for m in out.meetings if m.chairs]


def test_an_event_named_with_its_year_gives_the_likely_year() -> None:
    text = (
        "Tuần lễ Cấp cao APEC 2017 sẽ diễn ra tại Đà Nẵng vào tháng 11.\n\n"
        "Chiều 17/10, Phó Thủ tướng Trương Văn Hải chủ trì cuộc họp của Ủy ban quốc gia."
    )
    assert dates(text) == [(dt.date(2017, 10, 17), True)]


def test_a_year_set_ahead_is_not_the_likely_year() -> None:
    text = (
        "Trong năm 2017, Bộ đã tháo gỡ nhiều vướng mắc; phấn đấu hết 2019 lắp đặt thu phí tự động."
        "\n\nSáng 8/11, Thủ tướng Lê Văn Hải chủ trì phiên họp."
    )
    assert dates(text) == [(dt.date(2017, 11, 8), True)]


def test_a_document_s_date_bounds_the_present_from_below() -> None:
    text = (
        "Huyện ủy tiếp tục sắp xếp tổ chức bộ máy.\n\nCác ban đã tham mưu nhiều văn bản.\n\n"
        "Thực hiện Kế hoạch số 12-KH/TU ngày 2-3-2018 và Quy định số 30-QĐ/TW ngày 26-7-2016, "
        "các huyện đã rà soát tổ chức bộ máy.\n\nNgày 10-7, Ban Thường vụ Huyện ủy họp dưới sự "
        "chủ trì của Bí thư Huyện ủy Lê Văn Hải."
    )
    assert dates(text) == [(dt.date(2018, 7, 10), True)]


def test_a_deadline_ahead_is_not_the_likely_year() -> None:
    text = (
        "Năm 2017, huyện hoàn thành 12 công trình; các xã phải xong trước ngày 30/6/2019.\n\n"
        "Sáng 8/11, Chủ tịch UBND huyện Lê Văn Hải chủ trì cuộc họp."
    )
    assert dates(text) == [(dt.date(2017, 11, 8), True)]


def test_the_terms_of_leaders_named_in_office_bound_the_likely_year() -> None:
    # "Tổng Bí thư Nguyễn Phú Trọng" tells of 2011-2024: a document of 2007 is background
    text = (
        "Theo Quy định số 68-QĐ/TW ngày 4/7/2007, việc luân chuyển cán bộ được làm thường xuyên."
        "\n\nChiều 8-12, Bộ Chính trị họp dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng."
    )
    assert dates(text) == [(None, False)]
    # with "Chủ tịch nước" as well: 2018-2021, so the 2016 report is background and 2019 is kept
    text = (
        "Báo cáo năm 2016 đã nêu rõ. Ngày 3/1/2019, Ban Bí thư ban hành chỉ thị mới.\n\n"
        "Sáng 16/5, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng chủ trì hội nghị."
    )
    assert dates(text) == [(dt.date(2019, 5, 16), True)]


def test_a_post_held_by_several_people_named_bounds_nothing() -> None:
    text = (
        "Năm 2014, Thủ tướng Nguyễn Tấn Dũng đã ký quyết định phê duyệt đề án.\n\n"
        "Sáng 8/11, Thủ tướng Nguyễn Xuân Phúc chủ trì phiên họp về đề án này."
    )
    assert dates(text) == [(dt.date(2014, 11, 8), True)]


def test_a_former_post_bounds_nothing() -> None:
    text = (
        "Bộ đã nhận thư góp ý của nguyên Thủ tướng Phan Văn Khải ngày 5/3/2015.\n\n"
        "Sáng 8/11, Bộ trưởng Lê Văn Hải chủ trì cuộc họp."
    )
    assert dates(text) == [(dt.date(2015, 11, 8), True)]


def test_a_birth_year_or_a_number_is_no_time() -> None:
    text = (
        "Đại tá Lê Văn Hải (SN 1972) giữ chức Giám đốc Công an tỉnh kể từ ngày 14/3/2019.\n\n"
        "Sáng 20/3, Thứ trưởng Trần Văn Nam chủ trì buổi lễ công bố quyết định."
    )
    assert dates(text) == [(dt.date(2019, 3, 20), True)]
    text = (
        "UBND thành phố ban hành quyết định thu hồi đất số 1997.\n\n"
        "Sáng 20/3, Phó Chủ tịch Trần Văn Nam chủ trì buổi họp báo."
    )
    assert dates(text) == [(None, False)]


def test_a_post_written_after_the_name_bounds_too() -> None:
    text = (
        "Sai phạm xảy ra từ năm 2009 và được phát hiện năm 2013.\n\n"
        "Chiều 6/9, ông Trần Cẩm Tú, Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương "
        "chủ trì kỳ họp của Ủy ban."
    )
    assert dates(text) == [(None, False)]


def test_the_first_or_last_meeting_of_a_year_is_in_that_year() -> None:
    text = (
        "Chiều 29/12, Thủ tướng Lê Văn Hải chủ trì phiên họp Chính phủ thường kỳ. Đây là phiên họp "
        "Chính phủ thường kỳ cuối cùng của năm 2017. Chính phủ bàn nhiệm vụ năm 2018."
    )
    assert dates(text) == [(dt.date(2017, 12, 29), False)]


def test_a_session_of_the_national_assembly_gives_its_year() -> None:
    text = (
        "Sáng 19/5, Tổng Thư ký Quốc hội Lê Văn Hải chủ trì cuộc họp báo giới thiệu về kỳ họp thứ "
        "5, Quốc hội khóa XIV. Ngày 15/5/2017, Ủy ban Thường vụ Quốc hội đã họp."
    )
    assert dates(text) == [(dt.date(2018, 5, 19), True)]
    # a month outside the session's: no year from it
    text = text.replace("Sáng 19/5", "Sáng 19/9")
    assert dates(text) == [(dt.date(2017, 9, 19), True)]


def test_a_meeting_told_after_a_dated_event_of_a_later_month_is_in_the_next_year() -> None:
    text = (
        "Tháng 11/2016, Chính phủ phê duyệt quy hoạch khu du lịch.\n\n"
        "Chiều 28/5, Phó Thủ tướng Lê Văn Hải chủ trì cuộc họp về quy hoạch này."
    )
    assert dates(text) == [(dt.date(2017, 5, 28), True)]


def test_a_year_reviewed_at_an_early_meeting_is_the_year_before_it() -> None:
    text = (
        "Hội nghị ghi nhận những kết quả đã đạt được trong thời gian qua, đặc biệt là năm 2018.\n\n"
        "Sáng 29/3, Tổng Bí thư Lê Văn Hải chủ trì hội nghị cán bộ lãnh đạo cấp cao nghỉ hưu."
    )
    assert dates(text) == [(dt.date(2019, 3, 29), True)]
    # a programme of the year alone, in October, is the running year's
    text = (
        "Thực hiện chương trình kiểm tra, giám sát của Thành ủy năm 2017, các đoàn đã làm việc."
        "\n\nNgày 17-10, Bí thư Thành ủy Lê Văn Hải chủ trì hội nghị."
    )
    assert dates(text) == [(dt.date(2017, 10, 17), True)]


def test_no_year_named_gives_no_date() -> None:
    text = "Sáng 8/11, Thủ tướng Lê Văn Hải chủ trì phiên họp bàn giải pháp cho doanh nghiệp."
    assert dates(text) == [(None, False)]


def test_a_certain_year_is_not_marked() -> None:
    assert dates("Sáng 8/11/2018, Thủ tướng Lê Văn Hải chủ trì phiên họp.") == [
        (dt.date(2018, 11, 8), False)
    ]
    assert dates("Sáng 8/11, Thủ tướng Lê Văn Hải chủ trì phiên họp.", "2018-11-08") == [
        (dt.date(2018, 11, 8), False)
    ]


def test_the_contract_carries_the_mark() -> None:
    text = (
        "Tuần lễ Cấp cao APEC 2017 sẽ diễn ra tại Đà Nẵng.\n\n"
        "Chiều 17/10, Phó Thủ tướng Trương Văn Hải chủ trì cuộc họp."
    )
    (m,) = PIPE(Article(id="t", text=text)).to_contract()["meetings"]
    assert (m["date"], m["date_inferred"]) == ("2017-10-17", True)


def test_the_graph_keeps_a_likely_date_on_the_report_only() -> None:
    text = (
        "Tuần lễ Cấp cao APEC 2017 sẽ diễn ra tại Đà Nẵng.\n\n"
        "Chiều 17/10, Phó Thủ tướng Trương Văn Hải chủ trì cuộc họp."
    )
    art = Article(id="a1", text=text)
    ex = PIPE(art)
    (m,) = ex.meetings
    # two reports of one meeting are joined by a certain date only
    assert meeting_key(m, "a1", None) != meeting_key(m, "a2", None)
    quads = "".join(article_quads(art, ex))
    assert f"<{v.EG}inferredDate> \"2017-10-17\"" in quads
    node = f"<{v.meeting_iri(meeting_key(m, 'a1', None))}>"
    meeting_lines = [q for q in quads.splitlines() if q.startswith(node)]
    assert meeting_lines and not any(f"<{v.TIME}hasTime>" in q for q in meeting_lines)


def test_extract_can_leave_likely_years_out(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from eventgraph.cli import app

    text = (
        "Tuần lễ Cấp cao APEC 2017 sẽ diễn ra tại Đà Nẵng.\n\n"
        "Chiều 17/10, Phó Thủ tướng Trương Văn Hải chủ trì cuộc họp."
    )
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    runner = CliRunner()
    likely = json.loads(runner.invoke(app, ["extract", str(src)]).stdout)
    certain = json.loads(runner.invoke(app, ["extract", str(src), "--certain-dates"]).stdout)
    assert likely["meetings"][0]["date"] == "2017-10-17"
    assert certain["meetings"][0]["date"] is None
    assert certain["meetings"][0]["date_inferred"] is True
