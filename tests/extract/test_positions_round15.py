"""Classes of position error found studying held-out 14 (round 15), each on sentences of our own,
with the wording that must stay as it was beside each."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    return {
        p["name"]: p["positions"] for p in PIPE(Article(id="t", text=text)).to_contract()["people"]
    }


def test_a_unit_and_its_parent_body_before_the_name_are_one_post() -> None:
    # "Phó vụ trưởng vụ 2B, Uỷ ban Kiểm tra T.Ư <name>": the comma joins the unit to its parent
    text = (
        "Hội nghị đón Phó Chủ tịch Hội Nông dân Việt Nam Lê Thị Hà; Phó vụ trưởng vụ 2B, Uỷ ban "
        "Kiểm tra T.Ư Cù Thị Thu Phương; Phó vụ trưởng vụ 4 ban Nội chính T.Ư Trần Thị Thu Hà."
    )
    got = posts(text)
    assert got["Cù Thị Thu Phương"] == ["Phó vụ trưởng vụ 2B, Ủy ban Kiểm tra T.Ư"]
    assert got["Lê Thị Hà"] == ["Phó Chủ tịch Hội Nông dân Việt Nam"]
    assert got["Trần Thị Thu Hà"] == ["Phó vụ trưởng vụ 4 ban Nội chính T.Ư"]


def test_two_titles_before_a_name_still_split_at_the_comma() -> None:
    text = "Ông Nguyễn Văn An, Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh Trần Văn Bình dự."
    assert posts(text) == {
        "Nguyễn Văn An": ["Bí thư Tỉnh ủy"],
        "Trần Văn Bình": ["Chủ tịch HĐND tỉnh"],
    }


def test_a_unit_and_its_parent_body_before_a_verb_of_speech_are_one_post() -> None:
    text = (
        "Ông Phạm Văn Đạt - Cục trưởng Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ "
        "cho biết."
    )
    assert posts(text) == {
        "Phạm Văn Đạt": ["Cục trưởng Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ"]
    }


def test_a_body_after_the_comma_before_another_verb_is_not_joined() -> None:
    # "…, Sở Tài chính đề xuất": the body is the next clause's subject, not part of the post
    text = "Ông Lê Văn An, Giám đốc Sở Xây dựng, Sở Tài chính đã đề xuất tăng vốn."
    assert posts(text) == {"Lê Văn An": ["Giám đốc Sở Xây dựng"]}


def test_a_bracket_opened_by_cung_gives_its_titles_to_every_name_listed() -> None:
    text = (
        "Các cơ quan đã bắt giam ông Trần Văn Minh và ông Văn Hữu Chiến (cùng nguyên Chủ tịch "
        "UBND TP Đà Nẵng)."
    )
    got = posts(text)
    assert got["Trần Văn Minh"] == got["Văn Hữu Chiến"] == ["nguyên Chủ tịch UBND TP Đà Nẵng"]


def test_a_plain_bracket_after_the_last_name_stays_that_persons() -> None:
    text = "Dự họp có ông Trần Văn Minh và ông Lê Văn Hải (Phó Chủ tịch UBND tỉnh)."
    assert posts(text) == {"Trần Văn Minh": [], "Lê Văn Hải": ["Phó Chủ tịch UBND tỉnh"]}


def test_a_body_that_proposes_after_the_comma_is_not_joined() -> None:
    # "…, Bộ trưởng Bộ X, Ủy ban Kiểm tra Trung ương đề nghị": the commission proposes
    text = (
        "Đối với ông Lê Văn An, Bộ trưởng Bộ Xây dựng, Uỷ ban Kiểm tra Trung ương đề nghị cấp có "
        "thẩm quyền xem xét, thi hành kỷ luật."
    )
    assert posts(text) == {"Lê Văn An": ["Bộ trưởng Bộ Xây dựng"]}


def test_an_item_of_a_semicolon_list_may_put_a_comma_between_titles_and_name() -> None:
    text = (
        "Hội nghị đón Phó Chủ tịch Hội Nông dân Việt Nam Lê Thị Hà; Phó Chủ tịch Hội Liên hiệp Phụ "
        "nữ Việt Nam, Bùi Thị Lan; Phó vụ trưởng vụ 4 ban Nội chính T.Ư Trần Thị Thu Hà."
    )
    assert posts(text)["Bùi Thị Lan"] == ["Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam"]


def test_titles_and_a_comma_outside_a_semicolon_list_name_no_one() -> None:
    # "…, Bí thư Tỉnh uỷ, A cho biết": the comma after a title is not an item of a list
    text = (
        "Phát biểu tại hội nghị, Bí thư Tỉnh uỷ, Nguyễn Văn An cho biết tỉnh đã hoàn thành kế "
        "hoạch."
    )
    assert posts(text) == {"Nguyễn Văn An": []}
