"""Round 21: held-out 20's career and post-holder error classes that generalise (a career after
"trải qua", a province in brackets inside a career list, "với" naming the holder after the noun of a
post), each on sentences of our own, with the reading that must stay as it was beside it."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def extract(text: str) -> dict:
    return PIPE(Article(id="t", text=text)).to_contract()


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["positions"] for p in extract(text)["people"]}


def test_a_career_after_trai_qua_is_read_as_after_kinh_qua() -> None:
    got = posts(
        "Ông Đào Minh Khang đã trải qua nhiều vị trí công tác như Phó Chủ tịch UBND huyện Nga "
        "Sơn, Giám đốc Sở Tài chính Thanh Hóa, Bí thư Huyện ủy Nga Sơn."
    )
    assert got["Đào Minh Khang"] == [
        "Phó Chủ tịch UBND huyện Nga Sơn",
        "Giám đốc Sở Tài chính Thanh Hóa",
        "Bí thư Huyện ủy Nga Sơn",
    ]


def test_a_province_in_brackets_after_a_post_does_not_end_the_career_list() -> None:
    got = posts(
        "Ông Lý Quang Vinh từng kinh qua các chức vụ Bí thư Huyện ủy huyện Nga Sơn (Thanh Hóa), "
        "Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh Thanh Hóa."
    )
    assert got["Lý Quang Vinh"] == [
        "Bí thư Huyện ủy huyện Nga Sơn",
        "Giám đốc Sở Tài chính",
        "Phó Chủ tịch UBND tỉnh Thanh Hóa",
    ]
    # a bracket of four words is no place: the chain still ends there
    got = posts(
        "Ông Lý Quang Vinh từng giữ chức Bí thư Huyện ủy (Ban Chấp Hành Khóa Mới), Giám đốc Sở "
        "Tài chính."
    )
    assert got["Lý Quang Vinh"] == ["Bí thư Huyện ủy"]


def test_voi_names_the_holder_after_the_noun_of_a_post() -> None:
    got = posts(
        "HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 với ông Đào "
        "Minh Khang để nghỉ hưu; Ban Bí thư phê duyệt bổ sung chức danh Ủy viên Ban Thường vụ "
        "Tỉnh ủy với bà Hà Thu Trang, Giám đốc Sở Y tế."
    )
    assert got["Đào Minh Khang"] == ["Phó Chủ tịch UBND tỉnh"]
    assert got["Hà Thu Trang"] == ["Giám đốc Sở Y tế", "Ủy viên Ban Thường vụ Tỉnh ủy"]


def test_voi_after_a_verb_or_a_planned_post_gives_no_post() -> None:
    # after a verb the subject holds the post; "với" there is "with"
    got = posts("Ông Lý Quang Vinh làm Chủ tịch UBND huyện với ông Đào Minh Khang là cấp phó.")
    assert got["Lý Quang Vinh"] == ["Chủ tịch UBND huyện"]
    assert "Chủ tịch UBND huyện" not in got.get("Đào Minh Khang", [])
    # a succession plan is no post held
    got = posts(
        "Bộ đề nghị phê duyệt bổ sung quy hoạch chức danh Thứ trưởng với ông Đào Minh Khang, Vụ "
        "trưởng Vụ Tổ chức."
    )
    assert got["Đào Minh Khang"] == ["Vụ trưởng Vụ Tổ chức"]


def test_an_appointment_still_to_be_approved_gives_no_post() -> None:
    got = posts(
        "Quốc hội cũng sẽ miễn nhiệm chức vụ Bộ trưởng Tư pháp đối với ông Lý Quang Vinh (đã bị kỷ "
        "luật), đồng thời phê chuẩn việc bổ nhiệm Bộ trưởng Tư pháp đối với ông Đào Minh Khang."
    )
    assert got["Lý Quang Vinh"] == ["Bộ trưởng Tư pháp"]  # a post relieved was held
    assert got.get("Đào Minh Khang", []) == []
    got = posts(
        "Quốc hội đã nghe tờ trình về phê chuẩn việc bổ nhiệm chức vụ Bộ trưởng Tư pháp với ông "
        "Đào Minh Khang."
    )
    assert got.get("Đào Minh Khang", []) == []
    # the reading that must stay: an approval given
    got = posts(
        "Chiều nay, Quốc hội đã phê chuẩn việc bổ nhiệm chức vụ Bộ trưởng Tư pháp với ông Đào Minh "
        "Khang."
    )
    assert got["Đào Minh Khang"] == ["Bộ trưởng Tư pháp"]
