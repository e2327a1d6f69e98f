"""Meetings, chairs and meeting dates on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article
from eventgraph.model.events import Role

PIPE = Pipeline(["eventgraph.dateline.v1", "eventgraph.people.v7", "eventgraph.meetings.v3"])


def chairs(text: str, published: str | None = None) -> list[tuple[str, dt.date | None]]:
    out = PIPE(Article(id="t", text=text, published=published))
    return [(c, m.certain_date) for m in out.meetings for c in m.chairs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 6/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết. Đồng chí Nguyễn Văn An, Bí "
            "thư Tỉnh ủy "
            "chủ trì hội nghị.",
            ["Nguyễn Văn An"],
        ),
        (
            "Chiều 9/2, dưới sự chủ trì của đồng chí Lê Văn Bình, Chủ tịch HĐND tỉnh, HĐND tỉnh "
            "tổ chức kỳ họp thứ Ba.",
            ["Lê Văn Bình"],
        ),
        (
            "Ông Trần Văn Cao, Phó Chủ tịch HĐND tỉnh và ông Phạm Hữu Đức, Phó Chủ tịch HĐND "
            "tỉnh đồng chủ trì kỳ họp.",
            ["Trần Văn Cao", "Phạm Hữu Đức"],
        ),
        (
            "Các đồng chí: Hồ Văn Em, Bí thư Tỉnh ủy; Đinh Thị Gấm, Chủ tịch UBND tỉnh chủ trì "
            "hội nghị.",
            ["Hồ Văn Em", "Đinh Thị Gấm"],
        ),
        (
            "Chủ trì buổi gặp mặt có ông Vũ Văn Hải và bà Lưu Thị Hoa.",
            ["Vũ Văn Hải", "Lưu Thị Hoa"],
        ),
        ("Thủ tướng Đào Minh Khang chủ trì phiên họp Chính phủ thường kỳ.", ["Đào Minh Khang"]),
    ],
)
def test_who_chairs(text: str, expected: list[str]) -> None:
    assert [c for c, _ in chairs(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # an organisation that chairs is an organizer, not a chair
        "Sáng 11/8, Văn phòng Chính phủ chủ trì cuộc họp với các bộ.",
        # opening, closing or directing speeches, convening and attending are not chairing
        "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy phát biểu khai mạc hội nghị.",
        "Ông Lê Văn Bình phát biểu kết luận hội nghị. Ban Thường vụ triệu tập hội nghị.",
        "Dự hội nghị có đồng chí Trần Văn Cao, Phó Bí thư Tỉnh ủy.",
        # a task given, not a meeting chaired
        "Thủ tướng giao Phó Thủ tướng Mai Văn Hùng chủ trì, phối hợp với các bộ rà soát dự án.",
        "Bà Đoàn Thị Lệ, Phó Chủ tịch UBND tỉnh, tham gia quản lý, điều hành công ty.",
        # a chair verb without a named person
        "Thủ tướng đã chủ trì cuộc họp trực tuyến với các tỉnh.",
    ],
)
def test_not_chairs(text: str) -> None:
    assert chairs(text) == []


def test_partial_dates_resolve_against_the_publication_date() -> None:
    text = "Sáng 6/4, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị cán bộ."
    assert chairs(text, "2022-04-06") == [("Nguyễn Văn An", dt.date(2022, 4, 6))]


def test_without_a_year_the_date_is_unknown() -> None:
    assert chairs("Sáng 6/4, đồng chí Nguyễn Văn An chủ trì hội nghị cán bộ.") == [
        ("Nguyễn Văn An", None)
    ]


def test_a_document_date_is_not_the_meeting_date() -> None:
    text = (
        "Chiều 12/3, Tỉnh ủy tổ chức hội nghị quán triệt Kết luận số 21-KL/TW, ngày 25/10/2021. "
        "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị."
    )
    assert chairs(text, "2022-03-12") == [("Nguyễn Văn An", dt.date(2022, 3, 12))]


def test_the_text_can_give_the_year() -> None:
    text = (
        "Ngày 2/12, Thủ tướng Đào Minh Khang chủ trì phiên họp Chính phủ thường kỳ tháng 11/2021."
    )
    assert chairs(text) == [("Đào Minh Khang", dt.date(2021, 12, 2))]
    text = (
        "Từ ngày 14 đến 16/01/2019, Ủy ban Kiểm tra họp kỳ 33. Đồng chí Võ Văn Tư chủ trì kỳ họp."
    )
    assert chairs(text) == [("Võ Văn Tư", dt.date(2019, 1, 14))]


def test_the_meeting_kind_name_organizer_and_roles() -> None:
    text = (
        "Sáng 6/4, Ban Thường vụ Thành ủy tổ chức Hội nghị cán bộ thành phố quán triệt Kết luận "
        "của "
        "Trung ương; Kế hoạch của Thành ủy. Đồng chí Nguyễn Văn An, Bí thư Thành ủy chủ trì Hội "
        "nghị."
    )
    (m,) = PIPE(Article(id="t", text=text, published="2022-04-06")).meetings
    assert m.kind == "hội nghị"
    assert m.name == "Hội nghị cán bộ thành phố quán triệt Kết luận của Trung ương"
    assert m.organizers == ["Ban Thường vụ Thành ủy"]
    assert [(p.name, p.role) for p in m.participants] == [("Nguyễn Văn An", Role.CHAIR)]
    co = PIPE(
        Article(id="t", text="Ông Trần Văn Cao và ông Phạm Hữu Đức đồng chủ trì hội thảo.")
    ).meetings
    assert [p.role for p in co[0].participants] == [Role.CO_CHAIR, Role.CO_CHAIR]


def test_attendees_and_speakers_join_the_meeting() -> None:
    text = (
        "Sáng 6/4, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị cán bộ. "
        "Dự hội nghị có đồng chí Trần Văn Cao, Phó Bí thư Tỉnh ủy. "
        "Đồng chí Lê Thị Hạnh, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu tại hội nghị. "
        "Đồng chí Nguyễn Văn An phát biểu kết luận hội nghị."
    )
    (m,) = PIPE(Article(id="t", text=text, published="2022-04-06")).meetings
    assert [(p.name, p.role) for p in m.participants] == [
        ("Nguyễn Văn An", Role.CHAIR),
        ("Trần Văn Cao", Role.ATTENDEE),
        ("Lê Thị Hạnh", Role.SPEAKER),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period next to the date that holds the meeting's month, or the one just before it
        (
            "Sáng 1/4, đồng chí Nguyễn Văn An chủ trì buổi làm việc về nhiệm vụ trọng tâm quý "
            "II/2025.",
            dt.date(2025, 4, 1),
        ),
        (
            "Sáng 5/7, đồng chí Nguyễn Văn An chủ trì hội nghị sơ kết 6 tháng đầu năm 2019.",
            dt.date(2019, 7, 5),
        ),
        # the writer's present: the year just ended
        (
            "Năm 2018 vừa qua là năm thành công. Chiều 1/3, Chủ tịch nước Trần Văn Bảo chủ trì "
            "lễ đón.",
            dt.date(2019, 3, 1),
        ),
        # the one year the meeting's passage names as its own
        (
            "Sáng 13/11, HĐND tỉnh khai mạc kỳ họp thứ 36. Ông Lê Văn Lâm chủ trì kỳ họp. Kỳ họp "
            "xem "
            "xét điều chỉnh kế hoạch đầu tư công năm 2025.",
            dt.date(2025, 11, 13),
        ),
    ],
)
def test_a_year_certain_from_the_text(text: str, expected: dt.date) -> None:
    assert [d for _, d in chairs(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a span's start, a plan for the next year, a review of the last
        "Ngày 19/7, ông Lê Văn Bình chủ trì cuộc họp. Ông phụ trách lĩnh vực này từ tháng 7/2006.",
        "Chiều 31/8, ông Lê Văn Bình chủ trì cuộc họp bàn dự toán ngân sách năm 2017.",
        "Sáng 17/4, ông Lê Văn Bình chủ trì cuộc họp đánh giá kết quả công tác năm 2017.",
        # a review of a year's carrying out of a resolution names the resolution's year (round 7;
        # a December review of the year itself is dated: test_meeting_dates_round7.py)
        "Chiều 28/12, ông Lê Văn Bình chủ trì hội nghị tổng kết 10 năm thực hiện Nghị quyết năm "
        "2008.",
        # years of the violations a disciplinary meeting judges
        "Ngày 21/6, ông Lê Văn Bình chủ trì cuộc họp xem xét kỷ luật. Sai phạm xảy ra năm 2015.",
        # two years in the passage
        "Sáng 9/5, ông Lê Văn Bình chủ trì hội nghị bàn kế hoạch năm 2019 và năm 2020.",
        # a year named far from the meeting, in another story of a digest
        "Ngày 19/7, ông Lê Văn Bình chủ trì cuộc họp. Tin khác. Tin khác nữa. Tin thứ ba. Tin "
        "thứ tư. "
        "Quyết toán ngân sách năm 2018 là sai quy định.",
    ],
)
def test_a_year_that_is_not_certain_is_left_out(text: str) -> None:
    assert [d for _, d in chairs(text)] == [None]


def test_the_date_told_with_the_meeting_dates_a_chair_named_later() -> None:
    text = (
        "Chiều 16/1, Thành ủy tổ chức hội nghị tổng kết công tác.\n\nCác đại biểu nghe báo cáo.\n\n"
        "Các tham luận tập trung vào chuyển đổi số.\n\nĐại biểu đề xuất nhiều giải pháp.\n\n"
        "Chủ trì hội nghị có đồng chí Nguyễn Văn An, Bí thư Thành ủy."
    )
    assert chairs(text, "2025-01-17") == [("Nguyễn Văn An", dt.date(2025, 1, 16))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day and month in words, and a day-month with a dash
        (
            "Sáng 2 tháng 5, đồng chí Lê Văn Sáng, Phó Chủ tịch UBND tỉnh, chủ trì hội nghị.",
            [("Lê Văn Sáng", dt.date(2023, 5, 2))],
        ),
        (
            "Sáng 26-4, ông Trần Văn Lâm, Bí thư Tỉnh ủy chủ trì hội nghị.",
            [("Trần Văn Lâm", dt.date(2023, 4, 26))],
        ),
        (
            "Sáng ngày 2 tháng 5 năm 2016, ông Trần Văn Lâm, Bí thư Tỉnh ủy chủ trì hội nghị.",
            [("Trần Văn Lâm", dt.date(2016, 5, 2))],
        ),
        # the chair's titles in brackets before the verb
        (
            "Chiều 3/4, ông Nguyễn Văn Bình (Bí thư Tỉnh ủy) chủ trì hội nghị.",
            [("Nguyễn Văn Bình", dt.date(2023, 4, 3))],
        ),
    ],
)
def test_more_date_and_chair_forms(text: str, expected: list) -> None:
    assert chairs(text, "2023-05-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two chairs, each with titles in brackets
        (
            "Sáng 1/5, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị quán triệt. Đồng chí Mai Văn Tùng "
            "(Bí thư Tỉnh ủy) và đồng chí Nguyễn Văn Đạt (Chủ tịch UBND tỉnh) đồng chủ trì "
            "hội nghị.",
            ["Mai Văn Tùng", "Nguyễn Văn Đạt"],
        ),
        # a meeting "do A điều hành": the meeting is named before "do"
        (
            "Chiều 1/5, Kỳ họp thứ Bảy HĐND tỉnh khai mạc. Kỳ họp do đồng chí Nguyễn Thị Nga (Chủ "
            "tịch HĐND tỉnh) điều hành.",
            ["Nguyễn Thị Nga"],
        ),
        # a company that someone runs is no meeting
        ("Công ty do ông Nguyễn Văn Sơn điều hành đã thua lỗ.", []),
    ],
)
def test_bracketed_and_passive_chairs(text: str, expected: list[str]) -> None:
    assert [c for c, _ in chairs(text, "2023-05-10")] == expected


def test_a_session_takes_the_date_of_the_conference_the_lead_opens() -> None:
    text = (
        "Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ tỉnh khóa XV đã khai mạc sáng 12/7/2021 tại "
        "thành phố Vinh.\n\nĐồng chí Lê Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, điều hành "
        "chương trình ngày làm việc thứ nhất. Các đại biểu thảo luận tại tổ."
    )
    assert chairs(text) == [("Lê Văn Bình", dt.date(2021, 7, 12))]
    # a ceremony is not a part of the conference: its date stays untold
    other = text.replace("chương trình ngày làm việc thứ nhất", "lễ trao huy hiệu")
    assert chairs(other) == [("Lê Văn Bình", None)]
