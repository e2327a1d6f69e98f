"""Classes of position error found studying held-out 15 (round 16), each on sentences of our own,
with the wording that must stay as it was beside each."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    return {
        p["name"]: p["positions"] for p in PIPE(Article(id="t", text=text)).to_contract()["people"]
    }


def test_a_verb_of_agreement_ends_the_post_before_it() -> None:
    text = (
        "Ông Trần Văn Bảo - Bí thư Tỉnh uỷ Hà Tĩnh đồng tình với cách đánh giá cán bộ. "
        "Bà Lê Thị Mai - Giám đốc Sở Nội vụ tán thành đề xuất này."
    )
    got = posts(text)
    assert got["Trần Văn Bảo"] == ["Bí thư Tỉnh ủy Hà Tĩnh"]
    assert got["Lê Thị Mai"] == ["Giám đốc Sở Nội vụ"]


def test_a_title_after_the_object_of_a_fronted_clause_is_the_main_subject() -> None:
    # the clause of time names two delegates; the chair of the Assembly after its comma proposes
    text = (
        "Chính vì vậy, khi đại biểu Phạm Văn Long tranh luận với đại biểu Hoàng Minh Tú, Chủ tịch "
        "Quốc hội đã đề nghị hai đại biểu trao đổi bên ngoài phòng họp."
    )
    got = posts(text)
    assert got["Hoàng Minh Tú"] == ["đại biểu"]
    assert got["Phạm Văn Long"] == ["đại biểu"]


def test_a_person_who_opens_the_clause_keeps_the_title_after_the_comma() -> None:
    text = "Khi ông Phạm Văn Long, Chủ tịch UBND tỉnh đến thăm, người dân đã ra đón."
    assert posts(text)["Phạm Văn Long"] == ["Chủ tịch UBND tỉnh"]


def test_the_title_addressed_is_not_the_speakers() -> None:
    text = (
        "Báo cáo Thủ tướng, Phó Chủ tịch UBND tỉnh Nguyễn Văn Tâm cho biết tỉnh cần thêm vốn. "
        "Thưa Bộ trưởng, Giám đốc Sở Tài chính Lê Văn Hùng nói tỉnh đã chi hết."
    )
    got = posts(text)
    assert got["Nguyễn Văn Tâm"] == ["Phó Chủ tịch UBND tỉnh"]
    assert got["Lê Văn Hùng"] == ["Giám đốc Sở Tài chính"]


def test_a_chain_of_titles_before_a_name_still_joins_at_the_comma() -> None:
    text = "Tham dự có Uỷ viên Bộ Chính trị, Bí thư Thành uỷ Nguyễn Văn Tâm."
    assert posts(text)["Nguyễn Văn Tâm"] == ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy"]


def test_a_post_taken_by_a_title_named_as_agent_is_not_the_subjects() -> None:
    text = (
        "Bộ trưởng Lê Văn Hùng cho biết việc này được Ban chỉ đạo quan tâm, do Tổng bí thư làm "
        "Trưởng ban. Tổ công tác do Phó thủ tướng Trần Minh Quang làm Tổ trưởng."
    )
    got = posts(text)
    assert got["Lê Văn Hùng"] == ["Bộ trưởng"]
    assert got["Trần Minh Quang"] == ["Phó thủ tướng", "Tổ trưởng"]


def test_the_same_ministry_with_and_and_ampersand_is_one_post() -> None:
    text = (
        "Ông Nguyễn Văn Tâm – Thứ trưởng Bộ Kế hoạch & Đầu tư cho biết như vậy. "
        "Thứ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Văn Tâm."
    )
    assert posts(text)["Nguyễn Văn Tâm"] == ["Thứ trưởng Bộ Kế hoạch & Đầu tư"]


def test_a_bodys_acronym_in_brackets_between_title_and_name() -> None:
    text = "Bộ trưởng Bộ Tài nguyên - môi trường (TN - MT) Trần Văn Sơn cho biết như vậy."
    # read with the post since round 20, as an unspaced "(EVN)" is (below)
    assert posts(text)["Trần Văn Sơn"] == ["Bộ trưởng Bộ Tài nguyên - môi trường (TN - MT)"]


def test_an_acronym_read_with_the_title_stays_in_it() -> None:
    text = "Chủ tịch Tập đoàn Điện lực Việt Nam (EVN) Trần Văn Sơn cho biết như vậy."
    assert posts(text)["Trần Văn Sơn"] == ["Chủ tịch Tập đoàn Điện lực Việt Nam (EVN)"]
