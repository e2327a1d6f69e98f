"""A source's default locality is context for the extractor, never a locality the text names."""

from __future__ import annotations

from eventgraph.extract.pipeline import extract
from eventgraph.model.article import Article

TEXT = ("Sáng 14/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đồng chí Lê Minh Hòa, "
        "Bí thư Tỉnh ủy chủ trì hội nghị.")


def test_default_locality_gives_context_but_is_not_a_mention() -> None:
    plain = extract(Article(id="a", text=TEXT, published="2024-03-14"))
    assert plain.locality is None
    out = extract(Article(id="b", text=TEXT, published="2024-03-14", default_locality="Ninh Bình"))
    assert out.locality == "Ninh Bình"
    assert out.localities == []
    titles = [p.display for person in out.people for p in person.positions]
    assert any(t.endswith("Ninh Bình") for t in titles), titles


def test_the_text_wins_over_the_default() -> None:
    out = extract(Article(id="c", text=TEXT.replace("Tỉnh ủy tổ chức", "Tỉnh ủy Nghệ An tổ chức"),
                          published="2024-03-14", default_locality="Ninh Bình"))
    assert out.locality == "Nghệ An"
