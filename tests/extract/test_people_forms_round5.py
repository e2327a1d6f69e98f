"""Name forms found studying held-out gold 4 (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def names(text: str) -> list[str]:
    return [p["name"] for p in PIPE(Article(id="t", text=text)).to_contract()["people"]]


def test_a_two_syllable_name_after_an_honorific_and_a_colon() -> None:
    # "gồm các ông: Lương Cường, …": the honorific ends before the colon that opens the list
    got = names(
        "Hội nghị bầu ba người vào Ban Bí thư gồm các ông: Lương Cường, Lê Văn Tám, Đỗ Văn Hai."
    )
    assert got == ["Lương Cường", "Lê Văn Tám", "Đỗ Văn Hai"]
    # a colon after a plain noun opens no honorific: "Lương" stays a word
    assert names("Mức tăng gồm: Lương Cơ sở và phụ cấp.") == []


def test_a_foreign_leader_whose_name_spells_vietnamese_syllables_after_a_bare_title() -> None:
    # "Hun Sen" has no family name of ours and spells two Vietnamese syllables: a table names it
    got = names("Thủ tướng Lê Văn Tám và Thủ tướng Hun Sen đã chứng kiến lễ ký kết.")
    assert got == ["Lê Văn Tám", "Hun Sen"]
