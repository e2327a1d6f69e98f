"""A full-time deputy ("Phó Chủ tịch chuyên trách …") is a post of its own, read with its body
(held-out 17's 'Phó chủ tịch chuyên trách Hội đồng Lý luận Trung ương' cut to 'Phó chủ tịch');
"phụ trách" is not read so (it goes on with a field); sentences written for these tests."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def positions(text: str) -> dict[str, list[str]]:
    out = PIPE(Article(id="t", text=text)).to_contract()
    return {p["name"]: p["positions"] for p in out["people"]}


def test_a_full_time_deputy_keeps_the_body_after_the_qualifier() -> None:
    text = "Ông Lê Văn An sang làm Phó chủ tịch chuyên trách Hội đồng Khoa học Trung ương từ tháng 5."
    assert positions(text) == {"Lê Văn An": ["Phó chủ tịch chuyên trách Hội đồng Khoa học Trung ương"]}


def test_a_deputy_in_charge_of_a_field_is_read_as_before() -> None:
    text = "Ông Lê Văn An, Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực kinh tế, phát biểu."
    assert positions(text) == {"Lê Văn An": ["Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực kinh tế"]}
