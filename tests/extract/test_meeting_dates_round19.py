"""Round 19: meeting dates held-out 18 left undated where its text fixes the year; sentences
written for these tests."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str, certain: bool = True) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=certain)
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


def test_a_stand_in_duty_does_not_bound_the_texts_present() -> None:
    # "tham gia Thường trực Ban Bí thư" is a duty taken while its holder is away, not the post
    # (whose holder from 2018 would have put the plenum of October 2017 out of the text's years)
    text = (
        "Chiều 10/10, Chủ tịch nước Trần Đại Quang điều hành phiên thảo luận của Hội nghị Trung "
        "ương sáu, khoá XII. Ông Trần Quốc Vượng (Bí thư Trung ương Đảng) tham gia Thường trực Ban "
        "Bí thư trong những ngày này."
    )
    assert meetings(text) == [("2017-10-10", ["Trần Đại Quang"])]


def test_hom_nay_takes_the_day_the_text_writes_after_its_own_hom_nay() -> None:
    lead = "Buổi họp báo của Bộ về kết quả tháng 3/2019 diễn ra hôm nay (3/4). "
    today = (
        lead
        + "Theo người phát ngôn, sáng hôm nay Bộ trưởng Lê Văn Thành đã chủ trì phiên họp giao ban."
    )
    assert meetings(today) == [("2019-04-03", ["Lê Văn Thành"])]
    yesterday = lead + "Chiều hôm qua, Bộ trưởng Lê Văn Thành đã chủ trì phiên họp giao ban."
    assert meetings(yesterday) == [("2019-04-02", ["Lê Văn Thành"])]


def test_hom_nay_stays_undated_without_one_day_written_for_it() -> None:
    none = "Sáng hôm nay, Bộ trưởng Lê Văn Thành đã chủ trì phiên họp giao ban tháng 3/2019."
    assert meetings(none) == [(None, ["Lê Văn Thành"])]
    two = (
        "Hội thảo diễn ra hôm nay (3/4). Hội nghị tổng kết diễn ra hôm nay (5/4). Sáng hôm nay, "
        "Bộ trưởng Lê Văn Thành đã chủ trì phiên họp giao ban tháng 3/2019."
    )
    assert meetings(two) == [(None, ["Lê Văn Thành"])]


def test_a_sitting_of_the_congress_named_by_number_takes_its_year() -> None:
    text = (
        "Đại hội XII của Đảng đã họp phiên trù bị. Theo chương trình, sáng 21/1 Đại hội sẽ khai "
        "mạc với sự điều hành của Thủ tướng Lê Văn Thành."
    )
    assert meetings(text) == [("2016-01-21", ["Lê Văn Thành"])]


def test_another_bodys_congress_or_another_month_gives_no_year() -> None:
    province = (
        "Sáng 15/1, Đại hội Đảng bộ tỉnh khai mạc, tiến tới Đại hội XIII của Đảng, do Bí thư Tỉnh "
        "ủy Lê Văn Thành chủ trì."
    )
    assert meetings(province) == [(None, ["Lê Văn Thành"])]
    march = (
        "Đại hội XII của Đảng đã thành công. Sáng 21/3, Đại hội khai mạc với sự điều hành của Chủ "
        "tịch Lê Văn Thành."
    )
    assert meetings(march) == [(None, ["Lê Văn Thành"])]
