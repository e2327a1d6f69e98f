"""A country named by its short and its full form (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def places(text: str) -> list[str]:
    return PIPE(Article(id="t", text=text)).to_contract()["localities"]


def test_a_short_country_form_beside_its_full_form_is_listed_once() -> None:
    got = places("Ông đi Nhật chữa bệnh. Các bác sĩ Nhật Bản đã hội chẩn tại Hà Nội.")
    assert got == ["Nhật Bản", "Hà Nội"]
    # alone, the short form stays as written
    assert places("Ông đi Nhật chữa bệnh.") == ["Nhật"]
