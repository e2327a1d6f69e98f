"""Posts found on held-out 5 (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def positions(text: str, name: str) -> list[str]:
    out = PIPE(Article(id="t", text=text)).to_contract()
    return next(p["positions"] for p in out["people"] if p["name"] == name)


def test_role_and_place_alone_is_the_post_written_with_its_body() -> None:
    # "Bí thư Thành ủy" takes the article's city; "Bí thư Cần Thơ" is the same post
    got = positions(
        "Sáng 5/3, Thành ủy Cần Thơ họp báo. Bí thư Cần Thơ Lê Văn Tám cho biết thành phố sẽ "
        "công khai tài sản. Ông Lê Văn Tám được bầu giữ chức Bí thư Thành ủy từ năm 2020.",
        "Lê Văn Tám",
    )
    assert [p for p in got if p.startswith("Bí thư")] == ["Bí thư Thành ủy Cần Thơ"]


def test_a_provinces_chair_is_not_the_councils_chair() -> None:
    # "Chủ tịch tỉnh" is the UBND's chair: beside a post of the HĐND it stays
    got = positions(
        "Ông Lê Văn Tám, Chủ tịch HĐND tỉnh Sóc Trăng, trước đó là Chủ tịch tỉnh Sóc Trăng.",
        "Lê Văn Tám",
    )
    assert "Chủ tịch tỉnh Sóc Trăng" in got and "Chủ tịch HĐND tỉnh Sóc Trăng" in got


def test_a_bloc_party_committee_keeps_its_lower_case_words() -> None:
    got = positions(
        "Ông Lê Văn Tám, ủy viên Ban Chấp hành Đảng bộ Khối các cơ quan Trung ương, đã nghỉ hưu.",
        "Lê Văn Tám",
    )
    assert got == ["ủy viên Ban Chấp hành Đảng bộ Khối các cơ quan Trung ương"]
