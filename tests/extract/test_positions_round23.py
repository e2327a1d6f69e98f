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
    got = posts("Ông Nguyễn Văn An từng kinh qua các vị trí: Chánh văn phòng Tỉnh ủy; Bí thư Huyện ủy.")
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
