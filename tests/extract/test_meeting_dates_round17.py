"""A meeting of several days told without a year ("diễn ra ngày 27 và 28/6", "từ ngày 3 đến
5/7"): its first day, the year resolved as a partial date's is (held-out 16's 27/6 left undated);
sentences written for these tests."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def meetings(text: str, certain: bool = True) -> list[tuple[str | None, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract(certain_dates=certain)
    return [(m["date"], m["chairs"]) for m in out["meetings"]]


def test_two_days_without_a_year_take_the_texts_year() -> None:
    text = (
        "Hội đồng nhân dân tỉnh vừa thông báo kết quả kỳ họp thứ 9, diễn ra ngày 14 và 15/7 "
        "tại Vinh, do Chủ tịch HĐND tỉnh Phan Văn Lộc chủ trì. Tính đến hết tháng 6/2021, tỉnh thu "
        "ngân sách đạt 9.000 tỷ đồng."
    )
    assert meetings(text) == [("2021-07-14", ["Phan Văn Lộc"])]


def test_two_days_with_a_publication_date_resolve_against_it() -> None:
    text = "Hội nghị diễn ra từ ngày 18 đến 19/5, do Bí thư Tỉnh ủy Lê Văn Nam chủ trì."
    art = Article(id="t", published="2020-05-20", text=text)
    out = PIPE(art).to_contract()
    assert [(m["date"], m["chairs"]) for m in out["meetings"]] == [("2020-05-18", ["Lê Văn Nam"])]


def test_two_days_with_no_year_anywhere_stay_undated_and_a_full_date_keeps_its_year() -> None:
    text = "Kỳ họp diễn ra ngày 14 và 15/7, do Chủ tịch HĐND tỉnh Phan Văn Lộc chủ trì."
    assert meetings(text, certain=False) == [(None, ["Phan Văn Lộc"])]
    full = "Kỳ họp diễn ra ngày 14 và 15/7/2019, do Chủ tịch HĐND tỉnh Phan Văn Lộc chủ trì."
    assert meetings(full) == [("2019-07-14", ["Phan Văn Lộc"])]



def test_a_decade_is_not_a_likely_year() -> None:
    # "từ những năm 1980" is the 1980s, not a time of the story; the other year still counts
    text = (
        "Từ ngày 7 đến 9-11, tại Hà Nội, Ủy ban Kiểm tra đã họp do Chủ nhiệm Phan Văn Lộc chủ trì."
        "\n\nNgười dân đã sống ở đây lâu. Xã có ba thôn. Các mốc giới được làm từ những năm 1980."
    )
    assert meetings(text, certain=False) == [(None, ["Phan Văn Lộc"])]
    dated = text + " Ngày 3-10-2017, Tỉnh ủy đã báo cáo."
    assert meetings(dated, certain=False) == [("2017-11-07", ["Phan Văn Lộc"])]


# --- a national Party Congress called just past (table [present], congresses by number) ---


def test_a_congress_just_past_gives_a_spring_meeting_its_year() -> None:
    text = (
        "Sáng 15/3, Bộ trưởng Đỗ Văn Tài chủ trì hội nghị tổng kết công tác cán bộ. Tại Đại hội "
        "Đảng XIII hồi tháng 1 vừa qua, ông không tái cử Ban Chấp hành Trung ương."
    )
    assert meetings(text) == [("2021-03-15", ["Đỗ Văn Tài"])]


def test_a_congress_not_called_just_past_or_long_before_gives_no_year() -> None:
    named = (
        "Sáng 15/3, Bộ trưởng Đỗ Văn Tài chủ trì hội nghị quán triệt Nghị quyết Đại hội XIII "
        "của Đảng."
    )
    assert meetings(named) == [(None, ["Đỗ Văn Tài"])]
    late = (
        "Sáng 15/11, Bộ trưởng Đỗ Văn Tài chủ trì hội nghị. Tại Đại hội XIII vừa qua, ông "
        "không tái cử."
    )
    assert meetings(late) == [(None, ["Đỗ Văn Tài"])]


def test_a_youth_unions_or_a_provinces_congress_is_not_the_partys() -> None:
    youth = (
        "Sáng 15/3, Bí thư Lê Quốc Phong chủ trì hội nghị. Đại hội XI Đoàn TNCS Hồ Chí Minh "
        "vừa qua đã thành công."
    )
    assert meetings(youth) == [(None, ["Lê Quốc Phong"])]
