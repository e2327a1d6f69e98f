"""Name and title forms beyond the common ones, on sentences written for these tests: given
names that are also words, rare family names, citizens named without a post, bare full names,
titles with an abbreviation or "&" in the body, typo and ceremonial titles."""

from __future__ import annotations

import pytest

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PEOPLE = Pipeline(["eventgraph.dateline.v1", "eventgraph.people.v7"])


def people(text: str) -> dict[str, list[str]]:
    out = PEOPLE(Article(id="t", text=text))
    return {p.name: [x.display for x in p.positions] for p in out.people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Sáng" is a given name here, not the morning that opens the next clause
        (
            "Đồng chí Lê Văn Sáng, Phó Chủ tịch UBND tỉnh, phát biểu.",
            {"Lê Văn Sáng": ["Phó Chủ tịch UBND tỉnh"]},
        ),
        ("Ông Đỗ Huy Sáng cho biết dự án chậm.", {"Đỗ Huy Sáng": []}),
        # rare family names, one of them also the honorific "ông"
        (
            "Ông Uông Văn Tú, Phó Chủ tịch Quốc hội, cho biết.",
            {"Uông Văn Tú": ["Phó Chủ tịch Quốc hội"]},
        ),
        (
            "Dự có bà Ông Thị Lan, Phó Chủ tịch HĐND tỉnh.",
            {"Ông Thị Lan": ["Phó Chủ tịch HĐND tỉnh"]},
        ),
        # a citizen named by what they are, not by a post
        ("Cử tri Phạm Văn Khoa nói người dân rất lo lắng.", {"Phạm Văn Khoa": []}),
        # an abbreviated title before the name
        ("ĐBQH Trần Thị Mai (đoàn Nam Định) cho rằng báo cáo chưa đủ.", {"Trần Thị Mai": ["ĐBQH"]}),
        # a full name alone, as the subject of a clause or in a list of cases
        ("Trần Văn Kiên đề nghị các sở làm rõ.", {"Trần Văn Kiên": []}),
        (
            "Điển hình là các vụ án: Lê Văn Tám, Vũ Thị Hoa, Đặng Quốc Huy.",
            {"Lê Văn Tám": [], "Vũ Thị Hoa": [], "Đặng Quốc Huy": []},
        ),
        # bare full names that are streets, addresses, monuments or projects are not persons
        ("Xe đi qua các tuyến đường: Lê Văn Tám, Trần Quốc Toản, Phan Văn Trị.", {}),
        ("Chung cư 727 Trần Hưng Đạo đã xuống cấp.", {}),
        ("Đoàn dâng hoa tại tượng đài Nguyễn Văn Trỗi.", {}),
        ("Dự án Trương Văn Hội 2 chậm tiến độ.", {}),
        # a body's name with a stop word inside, an abbreviation in brackets, or '&'
        (
            "Giám đốc Sở Thông tin Truyền thông Phan Văn Hòa cho biết.",
            {"Phan Văn Hòa": ["Giám đốc Sở Thông tin Truyền thông"]},
        ),
        (
            "Theo Chủ tịch Tập đoàn điện lực Việt Nam (EVN) Dương Văn Tín, giá điện sẽ tăng.",
            {"Dương Văn Tín": ["Chủ tịch Tập đoàn điện lực Việt Nam (EVN)"]},
        ),
        (
            "Thứ trưởng Bộ NN & PTNT Phùng Văn Lộc cho biết.",
            {"Phùng Văn Lộc": ["Thứ trưởng Bộ NN & PTNT"]},
        ),
        (
            "Trưởng Ban Công tác đại biểu Trần Văn Lý báo cáo.",
            {"Trần Văn Lý": ["Trưởng Ban Công tác đại biểu"]},
        ),
        # election council, commander-in-chief and a typo of "Chủ tịch"
        (
            "Ông Nguyễn Văn Hào, Chủ tịch Hội đồng bầu cử quốc gia, phát biểu.",
            {"Nguyễn Văn Hào": ["Chủ tịch Hội đồng bầu cử quốc gia"]},
        ),
        (
            "Chủ tịch nước Trần Văn Đông, Thống lĩnh các lực lượng vũ trang nhân dân, trao quà.",
            {"Trần Văn Đông": ["Chủ tịch nước", "Thống lĩnh các lực lượng vũ trang nhân dân"]},
        ),
        (
            "Ông Huỳnh Văn Thọ, Chủ UBND thành phố, cho biết.",
            {"Huỳnh Văn Thọ": ["Chủ UBND thành phố"]},
        ),
    ],
)
def test_forms(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


def test_a_term_does_not_make_another_post() -> None:
    got = people(
        "Ông Vũ Văn Tuấn (Bí thư Thành ủy) được phê chuẩn giữ chức Phó Chủ tịch UBND tỉnh. Trước "
        "đó, HĐND tỉnh đã bầu ông Vũ Văn Tuấn giữ chức Phó Chủ tịch UBND tỉnh khóa XVIII."
    )
    assert got == {"Vũ Văn Tuấn": ["Bí thư Thành ủy", "Phó Chủ tịch UBND tỉnh"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a career told in one long sentence stays with its subject while nobody else is named
        (
            "Ông Trần Văn Chính sinh năm 1959 tại Châu Thành, trưởng thành trong quân ngũ, "
            "từng giữ chức vụ Chính ủy Bộ Chỉ huy quân sự tỉnh trước khi chuyển ngành giữ chức "
            "Phó Bí thư Tỉnh ủy vào tháng 6-2010, sau đó được bầu làm Chủ tịch UBND tỉnh.",
            {
                "Trần Văn Chính": [
                    "Chính ủy Bộ Chỉ huy quân sự tỉnh",
                    "Phó Bí thư Tỉnh ủy",
                    "Chủ tịch UBND tỉnh",
                ]
            },
        ),
        (
            "Ông Lê Văn Quý đã kinh qua các chức vụ, như Trưởng ban Quản lý chợ thành phố, Phó "
            "Chủ tịch UBND thành phố.",
            {"Lê Văn Quý": ["Trưởng ban Quản lý chợ thành phố", "Phó Chủ tịch UBND thành phố"]},
        ),
        # an age in brackets before the titles
        (
            "Ban Chấp hành bầu bà Nguyễn Thị Lan (52 tuổi), Trưởng ban Tổ chức Thành ủy làm Phó Bí "
            "thư Thành ủy.",
            {"Nguyễn Thị Lan": ["Trưởng ban Tổ chức Thành ủy", "Phó Bí thư Thành ủy"]},
        ),
        # a province that opens the capitalised run is not part of the name after it
        (
            "Tân Phó Chủ tịch UBND tỉnh Quảng Ninh Cao Văn Huy phát biểu.",
            {"Cao Văn Huy": ["Phó Chủ tịch UBND tỉnh Quảng Ninh"]},
        ),
        # a photo credit after a dash is not part of the title
        (
            "Tân Bí thư Tỉnh ủy Lại Văn Môn cũng là đại biểu Quốc hội khóa 14 - Ảnh: Quochoi.vn",
            {"Lại Văn Môn": ["Bí thư Tỉnh ủy", "đại biểu Quốc hội khóa 14"]},
        ),
    ],
)
def test_careers_and_asides(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign leader whose name is spelt in Vietnamese syllables, after the country
        ("Thủ tướng Campuchia Hun Sen tới Hà Nội.", {"Hun Sen": ["Thủ tướng Campuchia"]}),
        # a province that starts like a country is not a country and a name
        ("Bí thư Lào Cai cho biết.", {}),
        # a place after "cử tri" or "liệt sĩ" is not a person
        ("Ông Lê Văn Khuê tiếp xúc với cử tri Thủ Thiêm.", {"Lê Văn Khuê": []}),
        ("Đoàn dâng hoa tại đài tưởng niệm liệt sĩ Bắc Sơn.", {}),
        # "Trung ương Đoàn" is the Youth Union, not a family name
        (
            "Bí thư Trung ương Đoàn Nguyễn Văn Dũng được luân chuyển.",
            {"Nguyễn Văn Dũng": ["Bí thư Trung ương Đoàn"]},
        ),
        (
            "Ông Lê Văn Bách (nguyên Chi cục phó QLTT) nhận quyết định.",
            {"Lê Văn Bách": ["nguyên Chi cục phó QLTT"]},
        ),
        # the field of a degree, capitalised, is not a person ("Địa Vật lý")
        ("Bà Lê Thu Hà là Kỹ sư Địa Vật lý, Thạc sỹ Địa lý.", {"Lê Thu Hà": []}),
    ],
)
def test_foreign_names_places_and_bodies(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


def test_one_post_in_two_wordings_and_a_penalty_after_a_title() -> None:
    got = people(
        "Trung ương kỷ luật ông Lê Văn Thăng, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Trưởng "
        "Ban Kinh tế Trung ương bằng hình thức khai trừ. Ông Lê Văn Thăng - ủy viên Trung ương "
        "Đảng."
    )
    assert got == {"Lê Văn Thăng": ["Phó Trưởng Ban Kinh tế Trung ương", "ủy viên Trung ương Đảng"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a portfolio after the role, then the holder's name: the title is the next person's
        (
            "Đứng đầu tổ là Chủ tịch UBND thành phố Nguyễn Văn Phong, Phó Chủ tịch phụ trách "
            "đô thị Trần Văn Tuyến.",
            {
                "Nguyễn Văn Phong": ["Chủ tịch UBND thành phố"],
                "Trần Văn Tuyến": ["Phó Chủ tịch phụ trách đô thị"],
            },
        ),
        # "ban kiểm tra" is a body, not the verb "kiểm tra"
        (
            "Trưởng ban kiểm tra Thành ủy Hà Nội Trần Văn Dực đã đưa ra thông tin.",
            {"Trần Văn Dực": ["Trưởng ban kiểm tra Thành ủy Hà Nội"]},
        ),
    ],
)
def test_portfolios_and_inspection_boards(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Dự" ends a name, and is the verb "attend" only before what one attends
        (
            "Ông Đinh Văn Dự, Phó Chủ tịch UBND huyện, cho biết kế hoạch đã xong.",
            {"Đinh Văn Dự": ["Phó Chủ tịch UBND huyện"]},
        ),
        (
            "Chủ tịch UBND tỉnh Hà Văn Tâm Dự lễ khởi công cầu mới.",
            {"Hà Văn Tâm": ["Chủ tịch UBND tỉnh"]},
        ),
        # a monarch or a pope named by one foreign name; the title is read only before it
        (
            "Quốc vương Harald và Giáo hoàng Benedict gửi điện mừng.",
            {"Harald": ["Quốc vương"], "Benedict": ["Giáo hoàng"]},
        ),
        (
            "Sau buổi hội đàm với Thủ tướng Trần Văn Hải, Nhà vua và Hoàng hậu dự tiệc.",
            {"Trần Văn Hải": ["Thủ tướng"]},
        ),
        # a later mention by the first word of a foreign full name is the same person
        (
            "Quốc vương Brunei Hassanal Bolkiah đón đoàn. Quốc vương Hassanal cảm ơn Việt Nam.",
            {"Hassanal Bolkiah": ["Quốc vương Brunei"]},
        ),
        # a foreign minister's name after a long title with no family name in the sentence
        (
            "Bộ trưởng Bộ Ngoại giao và Thương mại Australia Penny Wong hội đàm trực tuyến.",
            {"Penny Wong": ["Bộ trưởng Bộ Ngoại giao và Thương mại Australia"]},
        ),
        # one Latin word after "Việt Nam" closes a Vietnamese body's name: a brand, not a person
        (
            "Ông từng là Tổng giám đốc Tổng công ty Lắp máy Việt Nam Lilama trước khi về tỉnh.",
            {},
        ),
    ],
)
def test_monarchs_brands_and_verbs_after_names(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the post a decision ends, named before "đối với các đồng chí A và B", is both persons'
        (
            "Ban Bí thư quyết định cho thôi chức Phó Trưởng Ban Chỉ đạo Tây Bắc đối với các đồng "
            "chí Lò Văn Hạnh và Thiếu tướng Vũ Đình Phong để nghỉ hưu.",
            {
                "Lò Văn Hạnh": ["Phó Trưởng Ban Chỉ đạo Tây Bắc"],
                "Vũ Đình Phong": ["Thiếu tướng", "Phó Trưởng Ban Chỉ đạo Tây Bắc"],
            },
        ),
        # a second person with a post of their own before the comma is not a holder of the first
        (
            "HĐND sẽ miễn nhiệm chức Trưởng ban Pháp chế HĐND đối với bà Đặng Thị Hoa và Phó ban "
            "Văn hóa - Xã hội HĐND, ông Kiều Văn Sơn.",
            {
                "Đặng Thị Hoa": ["Trưởng ban Pháp chế HĐND"],
                "Kiều Văn Sơn": ["Phó ban Văn hóa - Xã hội HĐND"],
            },
        ),
        # a colon list of holders, one a semicolon item, each with its own apposition and reason
        (
            "Các đại biểu biểu quyết miễn nhiệm chức danh ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 "
            "đối với các ông: Hồ Văn An - Tỉnh ủy viên, nguyên Giám đốc Sở Nội vụ, lý do chuyển "
            "công tác; Lại Văn Bảo - nguyên Giám đốc Sở Xây dựng, đã nghỉ hưu; ông Kha Văn Cường - "
            "nguyên Trưởng ban Ban Dân tộc, đã chuyển công tác khác.",
            {
                "Hồ Văn An": ["Tỉnh ủy viên", "nguyên Giám đốc Sở Nội vụ", "ủy viên UBND tỉnh"],
                "Lại Văn Bảo": ["nguyên Giám đốc Sở Xây dựng", "ủy viên UBND tỉnh"],
                "Kha Văn Cường": ["nguyên Trưởng ban Ban Dân tộc", "ủy viên UBND tỉnh"],
            },
        ),
        # titles fronted to "- ông A" after a preposition
        (
            "Ủy ban Kiểm tra đề nghị kỷ luật đối với nguyên Chủ tịch UBND tỉnh - ông Mai Văn Lực.",
            {"Mai Văn Lực": ["nguyên Chủ tịch UBND tỉnh"]},
        ),
        # the signer of a decision is not the person named after it
        (
            "Theo Quyết định của Chủ tịch UBND tỉnh, đồng chí Vương Thị Lan giữ chức Giám đốc Sở Y tế.",
            {"Vương Thị Lan": ["Giám đốc Sở Y tế"]},
        ),
        # "các đồng chí nguyên Chủ tịch Quốc hội A, B": a plural honorific before the shared title
        (
            "Dự lễ có các đồng chí nguyên Phó Thủ tướng Hoàng Văn Tiến, Đào Minh Châu.",
            {
                "Hoàng Văn Tiến": ["nguyên Phó Thủ tướng"],
                "Đào Minh Châu": ["nguyên Phó Thủ tướng"],
            },
        ),
    ],
)
def test_posts_named_before_their_holders(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised "Thông" makes "tin" a word of the name, not the verb "believe"
        (
            "Ông Hồ Văn Định, Trưởng phòng Văn hóa – Thông tin thị xã, bị khiển trách.",
            {"Hồ Văn Định": ["Trưởng phòng Văn hóa - Thông tin thị xã"]},
        ),
        # "&" joins the two parts of a ministry's name, the second in lower case
        (
            "Có mặt Thứ trưởng Bộ Tài nguyên & môi trường Phan Văn Khải.",
            {"Phan Văn Khải": ["Thứ trưởng Bộ Tài nguyên & môi trường"]},
        ),
        # a deputy who stands in for the head
        (
            "Bà Mạc Thị Huệ - Phó Giám đốc thường trực Công ty Cấp nước tỉnh cho biết.",
            {"Mạc Thị Huệ": ["Phó Giám đốc thường trực Công ty Cấp nước tỉnh"]},
        ),
    ],
)
def test_body_names_with_lower_case_words(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


def test_a_plural_honour_lists_persons_without_family_names() -> None:
    text = (
        "Đêm diễn có các Nghệ sĩ Ưu tú: Minh Quân, Hà Phương; các ca sĩ Thanh Lam, Hồng Nhung, "
        "Ban nhạc Sao Mai và Nhạc trưởng Pierre Dumont."
    )
    assert list(people(text)) == ["Minh Quân", "Hà Phương", "Thanh Lam", "Hồng Nhung", "Pierre Dumont"]
    assert all(not titles for titles in people(text).values())
    # a single person's apposition is no list: the place after the comma stays a place
    assert list(people("Bà Lê Thị Hồng, Phó Chủ tịch UBND tỉnh, Hà Tĩnh, phát biểu.")) == ["Lê Thị Hồng"]


def test_two_holders_and_two_posts_joined_by_va_take_one_each() -> None:
    got = people(
        "Ông Đàm Văn Lộc và ông Khúc Minh Tâm được phê chuẩn làm Phó Chủ nhiệm Ủy ban Kinh tế và "
        "Phó Chủ nhiệm Ủy ban Xã hội."
    )
    assert got == {
        "Đàm Văn Lộc": ["Phó Chủ nhiệm Ủy ban Kinh tế"],
        "Khúc Minh Tâm": ["Phó Chủ nhiệm Ủy ban Xã hội"],
    }
    # one post for two holders goes to both
    assert people("Bà Đàm Thị Lụa và ông Khúc Văn Tâm được bầu làm Ủy viên UBND tỉnh.") == {
        "Đàm Thị Lụa": ["Ủy viên UBND tỉnh"],
        "Khúc Văn Tâm": ["Ủy viên UBND tỉnh"],
    }


def test_a_body_by_its_initials_is_the_same_post() -> None:
    text = (
        "Đồng chí Tạ Văn Lâm - Tổng Giám đốc Đài Truyền hình Việt Nam dự lễ. Đồng chí Tạ Văn Lâm, "
        "Tổng Giám đốc Đài THVN, phát biểu. Việc này đã được Phó Chủ tịch Hội Nông dân - ông Đinh "
        "Văn Cầu xác nhận."
    )
    assert people(text) == {
        "Tạ Văn Lâm": ["Tổng Giám đốc Đài Truyền hình Việt Nam"],
        "Đinh Văn Cầu": ["Phó Chủ tịch Hội Nông dân"],
    }


def test_a_stop_word_that_ends_a_capitalised_name_word() -> None:
    got = people(
        "Ông Tôn Thất Bảo, Phó Trưởng ban Ban chỉ đạo Đổi mới và Phát triển doanh nghiệp, "
        "Bí thư Chi bộ, bị khiển trách."
    )
    assert got == {
        "Tôn Thất Bảo": [
            "Phó Trưởng ban Ban chỉ đạo Đổi mới và Phát triển doanh nghiệp",
            "Bí thư Chi bộ",
        ]
    }


def test_a_term_inside_a_chain_and_a_pronoun_after_an_opening_adverb() -> None:
    # "nhiệm kỳ 2020 - 2025" after a post does not end the chain of posts
    got = people(
        "Ông Hoàng Văn Kiên, Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025, Trưởng đoàn đại biểu Quốc "
        "hội tỉnh Yên Bái, dự lễ."
    )
    assert got == {
        "Hoàng Văn Kiên": ["Phó Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh Yên Bái"]
    }
    # "Hiện ông là ..." gives the posts to the person named last, as "Ông là ..." does
    got = people("Bà Đinh Thị Lan sinh năm 1970. Hiện bà là Giám đốc Sở Tài chính tỉnh Yên Bái.")
    assert got == {"Đinh Thị Lan": ["Giám đốc Sở Tài chính tỉnh Yên Bái"]}


def test_a_term_inside_a_title_is_the_same_post_in_its_shorter_wording() -> None:
    got = people(
        "Ông Hoàng Văn Kiên, Phó trưởng đoàn đại biểu Quốc hội khóa XV tỉnh Yên Bái, dự họp. Ông "
        "Hoàng Văn Kiên, Phó trưởng đoàn đại biểu Quốc hội tỉnh Yên Bái, phát biểu."
    )
    assert got == {"Hoàng Văn Kiên": ["Phó trưởng đoàn đại biểu Quốc hội tỉnh Yên Bái"]}


def test_an_abbreviated_ministry_with_spaces_around_the_ampersand_is_the_same_post() -> None:
    got = people(
        "Ông Lò Văn Hùng, Thứ trưởng Bộ Tài nguyên và Môi trường, dự. Thứ trưởng Bộ TN & MT "
        "Lò Văn Hùng phát biểu."
    )
    assert got == {"Lò Văn Hùng": ["Thứ trưởng Bộ Tài nguyên và Môi trường"]}


def test_a_title_after_a_fronted_phrase_is_the_main_clause_subject() -> None:
    # "Cùng với việc bổ nhiệm ông A, Thủ tướng ... cũng ký": the Prime Minister signs; A is no Prime
    # Minister, though a post set off by commas after A's name stays his
    got = people(
        "Cùng với việc bổ nhiệm ông Lò Văn Hùng, Bộ trưởng Bộ Nội vụ cũng ký quyết định khác. "
        "Ngoài việc điều động bà Đinh Thị Lan, Giám đốc Sở Tài chính, Chủ tịch UBND tỉnh đã ký "
        "ba quyết định."
    )
    assert got == {"Lò Văn Hùng": [], "Đinh Thị Lan": ["Giám đốc Sở Tài chính"]}


def test_an_occupation_opening_a_career_list_is_skipped_not_the_posts_after_it() -> None:
    got = people(
        "Bà Đinh Thị Lan sinh năm 1975. Tại trường, bà Lan từng là giáo viên, Bí thư Đoàn trường, "
        "Trưởng phòng Đào tạo, Phó hiệu trưởng."
    )
    assert got == {
        "Đinh Thị Lan": ["Bí thư Đoàn trường", "Trưởng phòng Đào tạo", "Phó hiệu trưởng"]
    }


def test_an_active_bau_gives_its_subject_no_post_a_passive_one_does() -> None:
    got = people(
        "Bà Đinh Thị Lan, Phó Chủ tịch HĐND tỉnh, điều hành công việc của HĐND cho đến khi bầu "
        "Chủ tịch HĐND tỉnh mới. Ông Lò Văn Hùng được bầu làm Chủ tịch UBND tỉnh."
    )
    assert got == {
        "Đinh Thị Lan": ["Phó Chủ tịch HĐND tỉnh"],
        "Lò Văn Hùng": ["Chủ tịch UBND tỉnh"],
    }


def test_a_long_penalty_list_goes_on_after_a_semicolon_and_va() -> None:
    got = people(
        "Ngày 3/5, Bộ Chính trị kỷ luật ông Lò Văn Hùng bằng hình thức cách chức Bí thư Tỉnh ủy "
        "Yên Bái, Ủy viên Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh Yên Bái nhiệm "
        "kỳ 2020-2025; và cho thôi chức Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII."
    )
    assert got["Lò Văn Hùng"][-1] == "Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII"


def test_a_staff_post_names_the_person_served_and_leaves_him_his_titles() -> None:
    got = people(
        "Thủ tướng bổ nhiệm ông Lò Văn Hùng, Thư ký đồng chí Đinh Văn Sơn, Ủy viên Trung ương Đảng, "
        "Phó Thủ tướng Chính phủ, giữ chức Trợ lý đồng chí Đinh Văn Sơn, Ủy viên Trung ương Đảng, "
        "Phó Thủ tướng Chính phủ."
    )
    assert got == {
        "Lò Văn Hùng": ["Thư ký đồng chí Đinh Văn Sơn", "Trợ lý đồng chí Đinh Văn Sơn"],
        "Đinh Văn Sơn": ["Ủy viên Trung ương Đảng", "Phó Thủ tướng Chính phủ"],
    }
    assert people("Ông Lò Văn Hùng, Trợ lý Thủ tướng, dự họp.") == {"Lò Văn Hùng": ["Trợ lý Thủ tướng"]}


def test_a_grade_before_the_posts_is_no_post_and_does_not_hide_them() -> None:
    got = people("Ông Lò Văn Hùng, hàm Vụ trưởng, Phó Chánh Văn phòng Bộ Tài chính, dự họp.")
    assert got == {"Lò Văn Hùng": ["Phó Chánh Văn phòng Bộ Tài chính"]}
