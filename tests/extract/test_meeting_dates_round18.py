"""A Central Committee plenum named by its number and term dates itself (table [plenums] of
meeting_kinds.toml), as a national congress does: held-out 17's 10th plenum of the 11th term
(12/1) had been given the likely year before it; sentences written for these tests."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str, certain: bool = True) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=certain)
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


def test_a_plenum_by_number_and_term_gives_its_days_their_year() -> None:
    text = (
        "Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khoá XI bước sang ngày thứ tư. "
        "Sáng 8/1, Ban Chấp hành Trung ương Đảng làm việc tại hội trường dưới sự điều hành của "
        "Tổng Bí thư Lê Văn Thành. Năm 2013, tỉnh đã hoàn thành kế hoạch."
    )
    assert meetings(text) == [("2015-01-08", ["Lê Văn Thành"])]


def test_a_plenum_by_its_number_in_words_and_a_plenum_running_into_the_next_month() -> None:
    words = (
        "Chiều 5/10, tại Hội nghị Trung ương sáu, khoá XII, Chủ tịch nước Lê Văn Thành điều "
        "hành phiên thảo luận của Ban Chấp hành Trung ương."
    )
    assert meetings(words) == [("2017-10-05", ["Lê Văn Thành"])]
    # the 4th plenum of the 11th term opened in December 2011 and closed in January 2012
    turn = (
        "Ngày 2/1, bế mạc Hội nghị Trung ương 4 khóa XI; Tổng Bí thư Lê Văn Thành chủ trì phiên "
        "bế mạc của Ban Chấp hành Trung ương."
    )
    assert meetings(turn) == [("2012-01-02", ["Lê Văn Thành"])]


def test_a_plenum_cited_for_a_document_or_a_month_away_gives_no_year() -> None:
    cited = (
        "Sáng 15/10, Bí thư Tỉnh ủy Lê Văn Thành chủ trì hội nghị Ban Thường vụ Tỉnh ủy quán triệt "
        "Nghị quyết Hội nghị Trung ương 6 khóa XII về công tác dân số."
    )
    assert meetings(cited) == [(None, ["Lê Văn Thành"])]
    away = (
        "Hội nghị Trung ương 6 khóa XII đã bàn về dân số. Sáng 15/3, Ban Chấp hành Trung ương "
        "họp phiên bất thường do Tổng Bí thư Lê Văn Thành chủ trì."
    )
    assert meetings(away) == [(None, ["Lê Văn Thành"])]


def test_a_foreign_partys_plenum_is_not_the_central_committees() -> None:
    text = (
        "Sáng 8/1, Hội nghị Trung ương 10 khoá XI Đảng Nhân dân Cách mạng Lào khai mạc, do Tổng "
        "Bí thư Lê Văn Thành chủ trì, Ban Chấp hành Trung ương dự."
    )
    assert meetings(text) == [(None, ["Lê Văn Thành"])]
