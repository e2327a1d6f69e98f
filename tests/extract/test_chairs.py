"""Who chairs a meeting: the forms news and portals use, on sentences and articles written for
these tests (`fixtures/chairs_cases.jsonl`: our own short articles with the chairs and dates we
expect)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline(
    [
        "eventgraph.dateline.v1",
        "eventgraph.localities.v3",
        "eventgraph.people.v7",
        "eventgraph.meetings.v3",
    ]
)
CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "chairs_cases.jsonl")
    .read_text("utf-8")
    .splitlines()
    if line.strip()
]


def chairs(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    out = PIPE(Article(id="t", text=text, published=published))
    return sorted(
        (c, m.certain_date.isoformat() if m.certain_date else None)
        for m in out.meetings
        for c in m.chairs
    )


def names(text: str) -> list[str]:
    return sorted(c for c, _ in chairs(text))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_fixture_articles(case: dict) -> None:
    assert chairs(case["text"], case["published"]) == sorted(tuple(x) for x in case["chairs"])


def test_fixture_covers_news_and_portal_styles() -> None:
    assert {c["style"] for c in CASES} == {"news", "portal"}
    assert 10 <= len(CASES) <= 15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing comma or dash after the titles, a caption's aside, "thay mặt ..."
        (
            "Ông Lý Văn Hùng, Bí thư Huyện ủy, Chủ tịch HĐND huyện, chủ trì hội nghị.",
            ["Lý Văn Hùng"],
        ),
        (
            "Ủy ban Kiểm tra họp kỳ 12 do ông Mai Văn Tâm - Chủ nhiệm Ủy ban Kiểm tra - chủ trì.",
            ["Mai Văn Tâm"],
        ),
        ("Phó Thủ tướng Lưu Văn Tĩnh (giữa) chủ trì hội nghị.", ["Lưu Văn Tĩnh"]),
        (
            "Ông Hà Văn Nam, Chủ tịch HĐND tỉnh (đồng chủ trì phiên chất vấn) đề nghị dừng lại.",
            ["Hà Văn Nam"],
        ),
        (
            "Thủ tướng Đào Minh Khang thay mặt Bộ Chính trị điều hành phiên thảo luận.",
            ["Đào Minh Khang"],
        ),
        (
            "Tổng Thư ký Quốc hội Kiều Văn Phúc chiều nay 20-10 vừa chủ trì họp báo.",
            ["Kiều Văn Phúc"],
        ),
        # the chairs follow a clause that opens with the verb
        ("Chủ trì kỳ họp, ông Trịnh Văn Kiên nhấn mạnh yêu cầu tiết kiệm.", ["Trịnh Văn Kiên"]),
        (
            "Ngày 17/4, chủ trì hội nghị Thành ủy lần thứ 16, Bí thư Thành ủy Cù Văn Nhân cho "
            "biết hội "
            "nghị nghe báo cáo chuyên đề.",
            ["Cù Văn Nhân"],
        ),
        (
            "Chủ trì hội nghị là Tổng Giám đốc Từ Văn Sơn, Phó Tổng Giám đốc Lã Quốc Thập.",
            ["Lã Quốc Thập", "Từ Văn Sơn"],
        ),
        # the chairs follow the verb
        (
            "Buổi tiếp xúc cử tri được chủ trì bởi Bí thư Thành ủy Ngô Văn Nhân.",
            ["Ngô Văn Nhân"],
        ),
        (
            "Quốc hội họp phiên toàn thể dưới sự chủ trì và điều hành của Chủ tịch Quốc hội Tô "
            "Thị Ngân.",
            ["Tô Thị Ngân"],
        ),
        # the last of a list that opens the next clause is no chair
        (
            "Sáng 21/1, Đại hội khai mạc với sự điều hành của Thủ tướng Đào Minh Khang, Chủ tịch "
            "nước "
            "Lâm Văn Sang phát biểu khai mạc.",
            ["Đào Minh Khang"],
        ),
    ],
)
def test_chair_forms(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "meeting",
    [
        "họp báo",
        "phiên giải trình",
        "hội nghị trực tuyến",
        "buổi tiếp xúc cử tri",
        "lễ kỷ niệm ngày thành lập",
        "hội thảo khoa học",
        "tọa đàm",
        "phiên chất vấn",
        "cuộc họp",
        "họp Ban Thường vụ",
    ],
)
def test_meeting_kinds(meeting: str) -> None:
    assert names(f"Ông Nguyễn Văn An, Giám đốc Sở Tư pháp chủ trì {meeting}.") == ["Nguyễn Văn An"]


@pytest.mark.parametrize(
    "text",
    [
        # a research project, a task and management are not meetings
        "Ông Nguyễn Văn An, Giám đốc Sở Tư pháp chủ trì 2 đề tài khoa học cấp Bộ.",
        "Bộ trưởng Lê Văn Bình chủ trì, phối hợp với các bộ xây dựng đề án.",
        "Ngân hàng hy vọng có chuyển biến dưới sự điều hành của Chủ tịch Hồ Văn Thắng.",
        "Bà Đoàn Thị Lệ tham gia quản lý, điều hành công ty.",
    ],
)
def test_not_chairs(text: str) -> None:
    assert chairs(text) == []


def test_a_bare_title_is_the_one_current_holder() -> None:
    named = "Thủ tướng Đào Minh Khang đến thăm tỉnh. Sáng 2/8, Thủ tướng chủ trì hội nghị."
    assert chairs(named, "2021-08-03") == [("Đào Minh Khang", "2021-08-02")]
    former = "Nguyên Thủ tướng Đào Minh Khang đến thăm tỉnh. Sáng 2/8, Thủ tướng chủ trì hội nghị."
    assert chairs(former, "2021-08-03") == []
    deputy = "Phó Thủ tướng Lưu Văn Tĩnh đến thăm tỉnh. Sáng 2/8, Thủ tướng chủ trì hội nghị."
    assert chairs(deputy, "2021-08-03") == []
    chain = (
        "Tổng Bí thư, Chủ tịch nước Hà Minh Đạo tiếp đoàn. Sáng 5/7, dưới sự chủ trì của Tổng Bí "
        "thư, Chủ tịch nước, Bộ Chính trị họp định kỳ."
    )
    assert chairs(chain, "2019-07-06") == [("Hà Minh Đạo", "2019-07-05")]


def test_a_chair_joins_the_meeting_named_before() -> None:
    text = (
        "Sáng 20/11, Ban Đối ngoại tổ chức Hội nghị cán bộ đối ngoại. Đồng chí Âu Văn Thắng chủ "
        "trì Hội nghị. Tham gia chủ trì Hội nghị còn có đồng chí Mã Thị Yến."
    )
    (meeting,) = PIPE(Article(id="t", text=text, published="2018-11-21")).meetings
    assert meeting.chairs == ["Âu Văn Thắng", "Mã Thị Yến"]
    assert meeting.date == dt.date(2018, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # co-chairs joined by "cùng" (with each one's titles between)
        (
            "Chủ tịch UBND tỉnh Hầu Văn Lực cùng Thứ trưởng Bộ Công Thương Kha Minh Đức đồng chủ "
            "trì diễn đàn xúc tiến đầu tư.",
            ["Hầu Văn Lực", "Kha Minh Đức"],
        ),
        (
            "Tiếp đó, đồng chí Lò Văn Sơn, Bí thư Tỉnh ủy cùng đồng chí Vi Thị Nga, Chủ tịch UBND "
            "tỉnh chủ trì phiên thảo luận.",
            ["Lò Văn Sơn", "Vi Thị Nga"],
        ),
        # the longest opening phrase is the clause's opening ("Tham dự và", not its tail "dự và")
        (
            "Tham dự và chủ trì hội nghị có đồng chí Ninh Văn Hậu, Ủy viên Trung ương Đảng, Bí thư "
            "Tỉnh ủy.",
            ["Ninh Văn Hậu"],
        ),
        # a clause after a semicolon opens with "cùng chủ trì có ..."
        (
            "Đồng chí Quách Văn Tư, Bí thư Huyện ủy chủ trì hội nghị; cùng chủ trì có đồng chí Tạ "
            "Thị Vân, Chủ tịch UBND huyện.",
            ["Quách Văn Tư", "Tạ Thị Vân"],
        ),
    ],
)
def test_co_chair_forms(text: str, expected: list[str]) -> None:
    assert names(text) == sorted(expected)


def test_with_phu_nhan_is_still_one_chair() -> None:
    text = "Chủ tịch nước Lưu Đình Khải cùng phu nhân chủ trì lễ đón chính thức Tổng thống Chi-lê."
    assert names(text) == ["Lưu Đình Khải"]


def test_a_caption_restating_the_day_is_the_dated_meeting() -> None:
    # The year comes from the quarter the meeting reviews; the caption gives only "chiều 4/4".
    text = (
        "Chiều 4/4, Chủ tịch UBND tỉnh Mạc Văn Hòa chủ trì cuộc họp định kỳ sơ kết tình hình kinh "
        "tế - xã hội quý I-2019. Ông Hòa yêu cầu các sở chuẩn bị kỹ.\n\nÔng Mạc Văn Hòa điều hành "
        "cuộc họp chiều 4/4."
    )
    assert chairs(text) == [("Mạc Văn Hòa", "2019-04-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chủ tịch Quốc hội Hoàng Thị Vân điều hành phần thảo luận về dự án luật.",
            ["Hoàng Thị Vân"],
        ),
        ("Phó Chủ tịch Quốc hội Đỗ Văn Lưu điều hành buổi chất vấn.", ["Đỗ Văn Lưu"]),
        ("Ông Lạc Văn Hòa được giao chủ trì cuộc họp thay Chủ tịch UBND tỉnh.", ["Lạc Văn Hòa"]),
        ("Bí thư Tỉnh ủy Lâm Văn Thể chủ trì tiếp đoàn công tác của Bộ Y tế.", ["Lâm Văn Thể"]),
    ],
)
def test_more_meeting_objects_and_gaps(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trong hai ngày 12 và 13/3/2020, Ủy ban Kiểm tra Trung ương họp kỳ thứ 43 do đồng chí Lưu "
        "Văn Tú chủ trì.",
        "Trong 2 ngày 12-13/3/2020, Ủy ban Kiểm tra Trung ương họp kỳ thứ 43 dưới sự chủ trì của "
        "đồng chí Lưu Văn Tú.",
    ],
)
def test_a_meeting_of_several_days_is_dated_by_its_first(text: str) -> None:
    assert chairs(text) == [("Lưu Văn Tú", "2020-03-12")]


def test_the_anti_corruption_steering_committee_title_leaves_its_head_the_chair() -> None:
    # the committee's name holds a comma; read whole, the title no longer cuts the chair off
    text = (
        "Tổng Bí thư Hà Minh Đạo, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng chủ trì "
        "phiên họp thứ 15 của Ban Chỉ đạo."
    )
    assert names(text) == ["Hà Minh Đạo"]


def test_a_caption_retelling_the_chair_without_a_day_is_the_dated_meeting() -> None:
    text = (
        "Chiều 2/2/2018, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Hứa Văn Dũng chủ trì buổi họp "
        "báo thường kỳ. Theo ông Dũng, tăng trưởng khá.\n\nBộ trưởng Hứa Văn Dũng chủ trì cuộc họp "
        "báo."
    )
    assert chairs(text) == [("Hứa Văn Dũng", "2018-02-02")]


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Mạc Văn Phúc cùng Thủ tướng Lào đồng chủ trì Kỳ họp lần thứ 40 Ủy ban liên "
        "Chính phủ.",
        "Cùng ngày, Thủ tướng Mạc Văn Phúc cùng Tổng thống In-đô-nê-xi-a, Thủ tướng Ô-xtrây-li-a "
        "đồng chủ trì phiên trao đổi với các doanh nghiệp.",
    ],
)
def test_a_named_co_chair_beside_unnamed_ones(text: str) -> None:
    assert names(text) == ["Mạc Văn Phúc"]


def test_with_others_attending_is_no_chair() -> None:
    assert names("Bộ trưởng Lê Văn Hai cùng đoàn công tác dự hội nghị do Sở Y tế chủ trì.") == []


def test_a_passive_chair_with_a_time_between_meeting_and_do() -> None:
    text = "Phiên thảo luận sáng nay do Phó Chủ tịch Quốc hội Đỗ Bá Tý điều hành."
    assert names(text) == ["Đỗ Bá Tý"]


def test_a_quoted_award_name_closes_the_chairs_title() -> None:
    text = (
        "Sáng 20/3, đồng chí Vũ Minh Khoa, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, Trưởng Ban Tổ chức "
        "Giải “Ngòi bút xanh” chủ trì họp báo giới thiệu giải thưởng."
    )
    assert names(text) == ["Vũ Minh Khoa"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Sáng 12/5, đồng chí Lê Minh Tâm, Bí thư Tỉnh ủy chủ trì hội nghị giao ban quý II.", "chủ trì"),
        ("Hội nghị diễn ra dưới sự chủ trì của đồng chí Lê Minh Tâm, Bí thư Tỉnh ủy.", "dưới sự chủ trì của"),
    ],
)
def test_a_chair_is_evidenced_by_the_whole_verb_phrase(text: str, verb: str) -> None:
    # the Source reader highlights the evidence: "chủ" alone is half a word
    out = PIPE(Article(id="t", text=text, published="2025-05-12"))
    meeting = out.meetings[0]
    (chair,) = [p for p in meeting.participants if p.role.value == "chair"]
    assert text[chair.evidence.start : chair.evidence.end] == verb
    assert text[meeting.evidence.start : meeting.evidence.end] == verb


def test_la_nguoi_between_a_chair_and_the_verb() -> None:
    text = (
        "Sáng 9/3/2024, HĐND tỉnh tổ chức hội nghị tiếp xúc cử tri. Bà Đinh Thị Lan - Phó Chủ "
        "tịch HĐND tỉnh là người điều hành hội nghị."
    )
    assert chairs(text) == [("Đinh Thị Lan", "2024-03-09")]


def test_hom_nay_with_the_day_written_after_it_takes_the_days_date() -> None:
    # no publication date: the day after "Hôm nay," and the month's session of the sentence fix the
    # year (the May session is held in early June)
    text = (
        "Hôm nay, 6/6, dưới sự chủ trì của Thủ tướng Lò Văn Hùng, Chính phủ họp phiên thường kỳ "
        "tháng 5/2031."
    )
    assert chairs(text) == [("Lò Văn Hùng", "2031-06-06")]
    assert chairs("Sáng nay, Bộ trưởng Lò Văn Hùng chủ trì hội nghị.") == [("Lò Văn Hùng", None)]
