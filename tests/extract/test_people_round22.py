"""Round 22: a photo credit in capitals that scraping glued to the caption after it ends its
sentence, so the caption's titled person is read; on sentences of our own."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.extract.vi.sentences import split_sentences
from eventgraph.model.article import Article

PIPE = Pipeline()


def test_a_glued_credit_ends_its_sentence() -> None:
    text = "Ông Bảy phát biểu tại kỳ họp - Ảnh: HOÀNG NAMPhó Chủ tịch UBND tỉnh Lê Văn Tám dự."
    got = [text[s.start : s.end] for s in split_sentences(text)]
    assert got == [
        "Ông Bảy phát biểu tại kỳ họp - Ảnh: HOÀNG NAM",
        "Phó Chủ tịch UBND tỉnh Lê Văn Tám dự.",
    ]
    people = PIPE(Article(id="t", text=text)).to_contract()["people"]
    assert {"name": "Lê Văn Tám", "positions": ["Phó Chủ tịch UBND tỉnh"], "status": {}} in people


def test_a_credit_followed_by_a_space_or_a_capitalised_name_is_not_cut() -> None:
    # a capital with a tone mark inside the credit ("KHẢI") is no boundary
    text = "Ảnh: NGUYỄN KHẢI Bà Lê Thị Hai dự."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [text]
