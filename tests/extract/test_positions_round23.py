"""Round 23: posts of careers and relieved posts that held-out 22 showed missed; on sentences of our
own, with the readings that must stay beside them."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    got = PIPE(Article(id="t", text=text)).to_contract()
    return {p["name"]: p["positions"] for p in got["people"]}


def test_a_career_after_the_noun_of_posts_needs_no_opener() -> None:
    # "kinh qua các vị trí X, Y" as "kinh qua các chức vụ X, Y" already was
    got = posts(
        "Ông Nguyễn Văn An từng kinh qua các vị trí Chánh văn phòng Tỉnh ủy, Bí thư Huyện ủy, "
        "Chủ tịch UBND tỉnh Nam Định."
    )
    assert got["Nguyễn Văn An"] == [
        "Chánh văn phòng Tỉnh ủy Nam Định", "Bí thư Huyện ủy", "Chủ tịch UBND tỉnh Nam Định"
    ]


def test_a_career_after_the_noun_of_posts_and_a_colon() -> None:
    got = posts(
        "Ông Nguyễn Văn An từng kinh qua các vị trí: Chánh văn phòng Tỉnh ủy; Bí thư Huyện ủy."
    )
    assert got["Nguyễn Văn An"] == ["Chánh văn phòng Tỉnh ủy", "Bí thư Huyện ủy"]


def test_words_of_kind_between_the_trigger_and_its_opener() -> None:
    # "đảm nhiệm các chức vụ quản lý quan trọng như X; Y"
    got = posts(
        "Bà Trần Thị Hoa từng đảm nhiệm các chức vụ quản lý quan trọng như Phó Trưởng phòng Kế "
        "hoạch; Trưởng phòng Tổ chức Sở Nội vụ."
    )
    assert got["Trần Thị Hoa"] == ["Phó Trưởng phòng Kế hoạch", "Trưởng phòng Tổ chức Sở Nội vụ"]


def test_the_noun_of_posts_without_a_list_gives_nothing() -> None:
    got = posts("Ông Lê Văn Bình đã kinh qua nhiều vị trí công tác, có nhiều kinh nghiệm.")
    assert got["Lê Văn Bình"] == []


def test_a_post_in_a_semicolon_list_runs_on_to_its_semicolon() -> None:
    # a dash inside a body's name and a lower-case scope ended the title and the list with it
    got = posts(
        "Ông Lê Văn Hải từng đảm nhận các chức vụ: Phó Văn phòng Huyện ủy Hòa Vang; Giám đốc Trung "
        "tâm Bảo tồn di sản – di tích tỉnh Quảng Trị; Giám đốc Trung tâm Hợp tác quốc tế về đào "
        "tạo và nghiên cứu thủy lợi; Trưởng ban Dân vận Huyện ủy Hòa Vang."
    )
    assert got["Lê Văn Hải"] == [
        "Phó Văn phòng Huyện ủy Hòa Vang",
        "Giám đốc Trung tâm Bảo tồn di sản - di tích tỉnh Quảng Trị",
        "Giám đốc Trung tâm Hợp tác quốc tế về đào tạo và nghiên cứu thủy lợi",
        "Trưởng ban Dân vận Huyện ủy Hòa Vang",
    ]


def test_two_posts_joined_by_kiem_in_a_semicolon_list_stay_two() -> None:
    got = posts(
        "Ông Ngô Văn An từng giữ các chức vụ: Phó Trưởng phòng Vụ Ngân sách; Phó chánh Văn phòng "
        "kiêm Trợ lý Bộ trưởng; Vụ trưởng Vụ Tài chính."
    )
    assert got["Ngô Văn An"] == [
        "Phó Trưởng phòng Vụ Ngân sách", "Phó chánh Văn phòng", "Trợ lý Bộ trưởng",
        "Vụ trưởng Vụ Tài chính",
    ]


def test_words_after_a_title_outside_a_list_are_not_taken_in() -> None:
    got = posts(
        "Ông Lê Văn Bình, Chủ tịch UBND tỉnh cho biết sẽ làm tiếp; Phó Chủ tịch Trần Văn Công nói "
        "thêm."
    )
    assert got["Lê Văn Bình"] == ["Chủ tịch UBND tỉnh"]


def test_a_former_acting_post_keeps_both_words() -> None:
    got = posts(
        "Thủ tướng thăm ông Nguyễn Văn Thọ, nguyên Quyền Chủ tịch nước, nguyên Chủ tịch Quốc hội."
    )
    assert got["Nguyễn Văn Thọ"] == ["nguyên Quyền Chủ tịch nước", "nguyên Chủ tịch Quốc hội"]


def test_an_adviser_to_the_central_committee_is_a_post() -> None:
    got = posts(
        "Thủ tướng tưởng nhớ nguyên Phó Chủ tịch Hội đồng Bộ trưởng, nguyên Cố vấn Ban Chấp hành "
        "Trung ương Đảng Võ Văn Công."
    )
    assert got["Võ Văn Công"] == [
        "nguyên Phó Chủ tịch Hội đồng Bộ trưởng", "nguyên Cố vấn Ban Chấp hành Trung ương Đảng"
    ]


def test_an_adviser_of_no_body_is_no_post() -> None:
    assert posts("Ông Lê Văn Tám làm cố vấn pháp lý cho công ty.")["Lê Văn Tám"] == []


def test_a_relieved_post_without_its_noun_goes_to_the_holder_after_doi_voi() -> None:
    # "miễn nhiệm X, nhiệm kỳ … đối với ông A" as "miễn nhiệm chức vụ X … đối với ông A" already was
    got = posts(
        "Kỳ họp đã miễn nhiệm Chủ tịch UBND tỉnh Bình Phước, nhiệm kỳ 2016-2021 đối với ông Lê Văn "
        "Hai."
    )
    assert got["Lê Văn Hai"] == ["Chủ tịch UBND tỉnh Bình Phước"]


def test_the_actor_who_relieves_holds_nothing() -> None:
    got = posts(
        "Thủ tướng Nguyễn Văn Ba đã miễn nhiệm Thứ trưởng Bộ Tài chính đối với ông Lê Văn Hai."
    )
    assert got == {"Nguyễn Văn Ba": ["Thủ tướng"], "Lê Văn Hai": ["Thứ trưởng Bộ Tài chính"]}


def test_a_proposal_to_relieve_gives_its_proposer_nothing() -> None:
    got = posts("Chủ tịch UBND tỉnh Nguyễn Văn Ba đề nghị miễn nhiệm Phó Chủ tịch UBND tỉnh.")
    assert got["Nguyễn Văn Ba"] == ["Chủ tịch UBND tỉnh"]


def test_the_noun_of_a_post_after_kiem_nhiem() -> None:
    got = posts(
        "Tại phiên họp, các đại biểu bầu ông Lê Văn Sáu (Bí thư Tỉnh ủy) tiếp tục kiêm nhiệm chức "
        "Chủ tịch HĐND với số phiếu tuyệt đối."
    )
    assert got["Lê Văn Sáu"] == ["Bí thư Tỉnh ủy", "Chủ tịch HĐND"]


def test_the_terms_a_post_was_held_in_do_not_end_the_chain() -> None:
    # "Ủy viên Trung ương các khóa VII, VIII, IX; Ủy viên Bộ Chính trị …": the terms left off
    got = posts(
        "Ông Nguyễn Văn Tám sinh năm 1944. Ông là Uỷ viên Trung ương các khoá VII, VIII, IX; Uỷ "
        "viên Bộ Chính trị các khoá VIII, IX; đại biểu Quốc hội các khoá XI, XII."
    )
    assert got["Nguyễn Văn Tám"] == [
        "Ủy viên Trung ương", "Ủy viên Bộ Chính trị", "đại biểu Quốc hội"
    ]


def test_a_comma_after_the_terms_still_chains() -> None:
    got = posts("Ông Nguyễn Văn Tám là Ủy viên Trung ương các khóa X, XI, Bí thư Tỉnh ủy Nam Định.")
    assert got["Nguyễn Văn Tám"] == ["Ủy viên Trung ương", "Bí thư Tỉnh ủy Nam Định"]
