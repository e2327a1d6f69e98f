"""One post in two wordings: classes found studying held-out 7-10 (our own sentences).

Each test holds the class on sentences of our own and, beside it, the wording that must stay as it
was, so a rule that reaches too far fails here.
"""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    out = PIPE(Article(id="t", text=text)).to_contract()
    return {p["name"]: p["positions"] for p in out["people"]}


def test_cuu_and_nguyen_are_one_past_post_listed_with_nguyen() -> None:
    got = posts(
        "Ông Trần Văn Sơn, cựu Thứ trưởng Bộ Tài chính, bị khởi tố. Ông Trần Văn Sơn, nguyên Thứ "
        "trưởng Bộ Tài chính, từng phụ trách lĩnh vực thuế."
    )
    assert got == {"Trần Văn Sơn": ["nguyên Thứ trưởng Bộ Tài chính"]}
    # written only with "cựu", the post stays as written
    got = posts("Ông Trần Văn Sơn, cựu Thứ trưởng Bộ Tài chính, bị khởi tố.")
    assert got == {"Trần Văn Sơn": ["cựu Thứ trưởng Bộ Tài chính"]}


def test_a_past_post_named_by_role_and_place_gives_way_to_the_wording_with_its_body() -> None:
    got = posts(
        "Kỷ luật nguyên Bí thư Hà Giang Lê Văn Minh. Ông Lê Văn Minh, Bí thư Tỉnh ủy Hà Giang "
        "nhiệm kỳ 2010-2015, chịu trách nhiệm chính."
    )
    assert got == {"Lê Văn Minh": ["Bí thư Tỉnh ủy Hà Giang"]}


def test_a_ministers_post_is_kept_in_the_wording_that_names_the_ministry() -> None:
    got = posts(
        "Thứ trưởng Tài chính Đỗ Văn Hùng dự họp. Ông Đỗ Văn Hùng, Thứ trưởng Bộ Tài chính, cho "
        "biết ngân sách đã được phân bổ."
    )
    assert got == {"Đỗ Văn Hùng": ["Thứ trưởng Bộ Tài chính"]}
    got = posts("Thứ trưởng Tài chính Đỗ Văn Hùng dự họp.")
    assert got == {"Đỗ Văn Hùng": ["Thứ trưởng Tài chính"]}


def test_a_past_post_by_role_and_place_beside_the_same_past_post_with_its_body() -> None:
    got = posts(
        "Ông Lê Văn Minh (nguyên Bí thư Tỉnh ủy) bị kỷ luật. Ông Lê Văn Minh, nguyên bí thư tỉnh "
        "Hà Giang, chịu trách nhiệm chính."
    )
    assert got == {"Lê Văn Minh": ["nguyên Bí thư Tỉnh ủy Hà Giang"]}
