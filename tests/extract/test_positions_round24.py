"""Round 24: posts that held-out 23 showed wrongly given (a denied post) or missed (a numbered ward,
a count of posts before its list of holders, a term in brackets, a list after a comma); on sentences
of our own, with the readings that must stay beside them."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    got = PIPE(Article(id="t", text=text)).to_contract()
    return {p["name"]: p["positions"] for p in got["people"]}


def test_a_post_denied_with_khong_phai_la_is_not_held() -> None:
    got = posts("Ông Trần Văn An và hai thứ trưởng không phải là Ủy viên Ban Thường vụ Tỉnh ủy.")
    assert got["Trần Văn An"] == []


def test_a_denied_post_before_a_list_is_shared_with_no_one() -> None:
    got = posts(
        "Năm giám đốc sở cũng không phải là tỉnh ủy viên gồm: Giám đốc Sở Tài chính Lê Văn "
        "Bình; Giám đốc Sở Y tế Phạm Thị Cúc."
    )
    assert got["Lê Văn Bình"] == ["Giám đốc Sở Tài chính"]
    assert got["Phạm Thị Cúc"] == ["Giám đốc Sở Y tế"]


def test_a_post_held_before_a_list_is_still_shared() -> None:
    got = posts(
        "Năm giám đốc sở là tỉnh ủy viên gồm: Giám đốc Sở Tài chính Lê Văn Bình; Giám đốc Sở "
        "Y tế Phạm Thị Cúc."
    )
    assert got["Lê Văn Bình"] == ["tỉnh ủy viên", "Giám đốc Sở Tài chính"]


def test_no_longer_holding_a_post_still_gives_nothing() -> None:
    got = posts("Từ hôm nay, ông Đặng Văn Hải không còn là Phó Chủ tịch UBND huyện.")
    assert got["Đặng Văn Hải"] == []


def test_a_numbered_ward_ends_a_post() -> None:
    # Ho Chi Minh City numbers its wards as it numbers its districts
    got = posts("Ông Võ Văn Tâm, Bí thư Đảng ủy phường 7, Chủ tịch UBND quận 3, dự buổi lễ.")
    assert got["Võ Văn Tâm"] == ["Bí thư Đảng ủy phường 7", "Chủ tịch UBND quận 3"]


def test_a_count_of_posts_then_a_colon_gives_each_holder_the_post() -> None:
    got = posts(
        "UBND huyện có 3 Phó Chủ tịch: ông Lê Văn Bình, bà Trần Thị Hoa và ông Ngô Văn Sáu."
    )
    assert got == {
        "Lê Văn Bình": ["Phó Chủ tịch"],
        "Trần Thị Hoa": ["Phó Chủ tịch"],
        "Ngô Văn Sáu": ["Phó Chủ tịch"],
    }


def test_a_count_of_posts_then_comma_gom_reaches_every_item_of_the_list() -> None:
    got = posts(
        "Huyện có 3 Ủy viên UBND huyện, gồm: thượng tá Lê Văn Bình - Trưởng Công an huyện; "
        "Chánh Văn phòng UBND huyện Trần Thị Hoa; Trưởng phòng Nội vụ Ngô Văn Sáu."
    )
    assert got["Lê Văn Bình"] == ["thượng tá", "Trưởng Công an huyện", "Ủy viên UBND huyện"]
    assert got["Trần Thị Hoa"] == ["Chánh Văn phòng UBND huyện", "Ủy viên UBND huyện"]
    assert got["Ngô Văn Sáu"] == ["Trưởng phòng Nội vụ", "Ủy viên UBND huyện"]


def test_a_term_in_brackets_between_a_relieved_post_and_its_holder() -> None:
    got = posts(
        "Kỳ họp miễn nhiệm Ủy viên UBND tỉnh (nhiệm kỳ 2021-2026) đối với ông Phan Văn Lực, "
        "Giám đốc Sở Công Thương."
    )
    assert got["Phan Văn Lực"] == ["Giám đốc Sở Công Thương", "Ủy viên UBND tỉnh"]


def test_a_list_of_posts_after_a_comma_and_nhu() -> None:
    got = posts(
        "Bà Lý Thị Mai từng trải qua nhiều vị trí quan trọng, như Phó Giám đốc Sở Công Thương, "
        "Chủ tịch UBND huyện."
    )
    assert got["Lý Thị Mai"] == ["Phó Giám đốc Sở Công Thương", "Chủ tịch UBND huyện"]


def test_su_is_a_family_name() -> None:
    got = posts("Giám đốc Sở Nội vụ Sử Văn Kiên phát biểu tại hội nghị.")
    assert got["Sử Văn Kiên"] == ["Giám đốc Sở Nội vụ"]


def test_a_list_opened_by_a_bare_colon_ends_before_a_titled_item() -> None:
    # the outer list's next item has a post of its own: not one more holder of the inner count's
    # post
    got = posts(
        "Tỉnh có 5 Tỉnh ủy viên, gồm: Bí thư Tỉnh ủy Lê Văn Bình; 2 Phó Bí thư: Trần Thị Hoa, Ngô "
        "Văn Sáu; Giám đốc Sở Y tế Phạm Thị Cúc."
    )
    assert got["Trần Thị Hoa"] == ["Phó Bí thư"]
    assert got["Ngô Văn Sáu"] == ["Phó Bí thư"]
    assert "Phó Bí thư" not in got["Phạm Thị Cúc"]


def test_a_list_opened_by_a_bare_colon_goes_on_past_a_semicolon_between_bare_names() -> None:
    got = posts(
        "Hội nghị bầu 2 Phó Chủ tịch chuyên trách: đồng chí Lê Văn Bình; đồng chí Trần Thị Hoa."
    )
    assert got == {
        "Lê Văn Bình": ["Phó Chủ tịch chuyên trách"],
        "Trần Thị Hoa": ["Phó Chủ tịch chuyên trách"],
    }


def test_a_list_of_candidates_holds_no_post_yet() -> None:
    got = posts(
        "Các đại biểu đồng ý với danh sách bầu 2 Phó Chủ tịch HĐND tỉnh, gồm: ông Lê Văn Bình, "
        "bà Trần Thị Hoa."
    )
    assert got == {"Lê Văn Bình": [], "Trần Thị Hoa": []}


def test_members_of_a_list_with_their_posts_in_brackets() -> None:
    got = posts(
        "HĐND tỉnh bầu bổ sung 3 thành viên UBND tỉnh gồm ông Lê Văn Bình (Giám đốc Sở Y tế), "
        "bà Trần Thị Hoa (Giám đốc Sở Nội vụ), ông Ngô Văn Sáu (Chánh Thanh tra tỉnh)."
    )
    assert got["Lê Văn Bình"] == ["Giám đốc Sở Y tế", "thành viên UBND tỉnh"]
    assert got["Trần Thị Hoa"] == ["Giám đốc Sở Nội vụ", "thành viên UBND tỉnh"]
    assert got["Ngô Văn Sáu"] == ["Chánh Thanh tra tỉnh", "thành viên UBND tỉnh"]


def test_a_foreign_name_runs_on_over_its_dashed_lower_case_syllables() -> None:
    got = posts(
        "Đoàn do Thủ tướng Thái Lan Prayut Chan - o - cha dẫn đầu; Thủ tướng Hàn Quốc Lee "
        "Nak - yon; Chủ tịch Quốc hội Lào Pany Yathotou."
    )
    assert got["Prayut Chan - o - cha"] == ["Thủ tướng Thái Lan"]
    assert got["Lee Nak - yon"] == ["Thủ tướng Hàn Quốc"]


def test_a_dashed_gloss_after_a_foreign_name_is_not_part_of_it() -> None:
    got = posts("Bà Kim Yo Jong - em gái ông Kim Jong Un - tháp tùng anh trai.")
    assert "Kim Yo Jong" in got


def test_a_former_post_right_after_the_name_without_a_comma() -> None:
    got = posts(
        "Trước đó, ông Lê Văn Bình nguyên Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện được điều "
        "động về Sở Nội vụ."
    )
    assert got["Lê Văn Bình"] == ["nguyên Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]


def test_a_given_name_nguyen_is_no_former_post() -> None:
    got = posts("Ông Trần Văn Nguyên nguyên là giáo viên, nay nghỉ hưu.")
    assert got["Trần Văn Nguyên"] == []
