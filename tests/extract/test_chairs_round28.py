"""Round 28 (held-out 30): chairs and people, with sentences written for these tests."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def read(text: str) -> dict:
    return PIPE(Article(id="t", text=text)).to_contract()


def chairs(text: str) -> list[tuple[str, list[str]]]:
    return [(m["name"], m["chairs"]) for m in read(text)["meetings"]]


def test_running_an_agency_is_no_chair_of_a_meeting_told_before() -> None:
    # "dưới sự điều hành của A, <agency> đã …": A runs the agency; the meeting two sentences
    # before is not his.
    text = (
        "Tháng 4/2017, ông Lê Văn Tám có buổi đối thoại với người dân xã Phú Mỹ. Bộ Xây dựng "
        "được giao nhiều việc khó. Dưới sự điều hành của ông Lê Văn Tám, Bộ Xây dựng đã công bố "
        "nhiều kết luận được dư luận quan tâm."
    )
    assert all("Lê Văn Tám" not in c for _, c in chairs(text))


def test_a_sitting_run_under_a_chair_with_a_time_told_still_chairs() -> None:
    text = (
        "Ngày 11/3/2016, Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khoá XII thảo luận "
        "nhiều nội dung. Buổi sáng, dưới sự điều hành của Phó Thủ tướng Lê Văn Tám, Ban Chấp hành "
        "Trung ương làm việc tại Hội trường."
    )
    assert any("Lê Văn Tám" in c for _, c in chairs(text))


def test_a_meeting_named_in_the_sentence_still_chairs() -> None:
    text = (
        "Quốc hội họp phiên toàn thể tại hội trường dưới sự điều hành của Phó Chủ tịch Quốc hội "
        "Lê Văn Tám."
    )
    assert any("Lê Văn Tám" in c for _, c in chairs(text))


def test_transliterated_pacific_names_and_chinese_taipei() -> None:
    # countries.csv: Vanuatu and Port Moresby in the press's transliteration; "Đài Bắc - Trung
    # Hoa" (APEC's Chinese Taipei) is one territory, not China ("Trung Hoa")
    places = set(read(
        "Ngày 18/11, Bộ trưởng Lê Văn Tám gặp Bộ trưởng Ngoại giao Va - nu - a - tu tại thủ đô "
        "Pót Mo - xbai, rồi gặp Trưởng đoàn Đài Bắc - Trung Hoa."
    )["localities"])
    assert {"Va - nu - a - tu", "Pót Mo - xbai", "Đài Bắc - Trung Hoa"} <= places
    assert "Trung Hoa" not in places
