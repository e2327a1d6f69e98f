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
    places = set(
        read(
            "Ngày 18/11, Bộ trưởng Lê Văn Tám gặp Bộ trưởng Ngoại giao Va - nu - a - tu tại thủ đô "
            "Pót Mo - xbai, rồi gặp Trưởng đoàn Đài Bắc - Trung Hoa."
        )["localities"]
    )
    assert {"Va - nu - a - tu", "Pót Mo - xbai", "Đài Bắc - Trung Hoa"} <= places
    assert "Trung Hoa" not in places


def people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["positions"] for p in read(text)["people"]}


def test_a_foreign_name_with_an_initial_is_a_person() -> None:
    # the full stop after "V" ends no sentence before a foreign surname
    got = people("Tổng thống Liên bang Nga V. Karpov đã gửi điện mừng tới Chủ tịch nước.")
    assert got["V. Karpov"] == ["Tổng thống Liên bang Nga"]
    assert people("Thủ tướng Lê Văn Tám hội kiến Tổng thống Mỹ John F. Kelly tại Nhà Trắng.")[
        "John F. Kelly"
    ] == ["Tổng thống Mỹ"]


def test_initials_in_the_presss_transliteration_chair_a_welcome() -> None:
    # "P. Ô. Nên": two initials, then a name spelt as Vietnamese syllables; the country before it
    # is spelt with dashes and read whole as the title's
    text = "Chiều 17/11/2018, Thủ tướng Pa - pua Niu Ghi - nê P. Ô. Mên chủ trì lễ đón các đoàn."
    assert people(text)["P. Ô. Mên"] == ["Thủ tướng Pa - pua Niu Ghi - nê"]
    assert chairs(text) == [("lễ đón các đoàn", ["P. Ô. Mên"])]
    got = people("Thủ tướng Va - nu - a - tu C.Ta - oai khẳng định coi trọng quan hệ hai nước.")
    assert got["C.Ta - oai"] == ["Thủ tướng Va - nu - a - tu"]


def test_initials_that_are_no_name() -> None:
    # a district's abbreviation runs on into its name; a word glued to a full stop by a scrape
    # needs the dashed syllables of a transliteration; a photo credit's initials end the sentence
    assert "Q. Bình" not in people("Chủ tịch UBND Q. Bình Thạnh Nguyễn Văn An cho biết.")
    got = people("Ông Lê Văn Tám, đại biểu Quốc hội khoá VIII, IX.Trưởng ban Dân nguyện nói.")
    assert not any("." in name for name in got)
    text = "Quang cảnh kỳ họp - Ảnh: Đ. T. Thủ tướng Lê Văn Tám phát biểu tại kỳ họp."
    assert "Lê Văn Tám" in people(text)


def test_a_letter_with_a_mark_ends_its_sentence() -> None:
    from eventgraph.extract.vi.sentences import split_sentences

    text = "Hai nước hợp tác với các nước Đông Nam Á. Morocco muốn sớm trở thành quan sát viên."
    assert len(split_sentences(text)) == 2
    text = "Tổng thống Nga V. Karpov đã gửi điện mừng."
    assert len(split_sentences(text)) == 1


def test_a_passive_sitting_run_by_a_person_still_chairs() -> None:
    # "được điều hành bởi" names what is run before it: a sitting, though no meeting word of the
    # table is in the sentence
    text = (
        "Chiều 26/1/2016, Đại hội công bố kết quả. Phiên bỏ phiếu bầu Ban Chấp hành được điều "
        "hành bởi ông Lê Văn Tám - Trưởng ban kiểm phiếu."
    )
    assert any("Lê Văn Tám" in c for _, c in chairs(text))


def test_an_initial_that_ends_a_vietnamese_name_stays_that_names() -> None:
    # anonymised names end in an initial ("ông Phạm Minh X."): the word after it opens no name
    assert people("Giám đốc Sở Lê Văn P. Trần cho biết.") == {"Lê Văn P": ["Giám đốc Sở"]}
    got = people("Theo đơn, ông Phạm Minh X. Cụ thể, ông X. đã chuyển tiền cho bà.")
    assert "Phạm Minh X" in got
    assert not any(name.startswith("X.") for name in got)
