"""A chair whose title names a steering committee by its scope and is followed by its short form in
brackets (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def read(text: str) -> tuple[list[tuple[str, list[str]]], dict[str, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract()
    return ([(m["name"], m["chairs"]) for m in out["meetings"]],
            {p["name"]: p["positions"] for p in out["people"]})


def test_a_title_over_a_committees_scope_and_a_bracket_still_chairs() -> None:
    meetings, people = read(
        "Chiều 10/7, Bộ trưởng Lê Văn Tám - Trưởng ban Chỉ đạo quốc gia về xây dựng các đơn vị "
        "hành chính - kinh tế đặc biệt (đặc khu), đã chủ trì họp Ban chỉ đạo."
    )
    assert meetings == [("họp Ban chỉ đạo", ["Lê Văn Tám"])]
    assert people["Lê Văn Tám"] == [
        "Bộ trưởng",
        "Trưởng ban Chỉ đạo quốc gia về xây dựng các đơn vị hành chính - kinh tế đặc biệt",
    ]


def test_a_long_bracket_after_the_title_is_no_aside() -> None:
    # only a short bracket (under ten words) is skipped between a title and the verb
    meetings, _ = read(
        "Chiều 10/7, Bộ trưởng Lê Văn Tám - Trưởng ban Chỉ đạo quốc gia về xây dựng đặc khu (ba "
        "đặc khu do Quốc hội sẽ quyết định thành lập theo luật mới), đã chủ trì họp Ban chỉ đạo."
    )
    assert all("Lê Văn Tám" not in chairs for _, chairs in meetings)
