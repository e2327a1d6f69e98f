"""Classes of locality error found studying held-out 13 (round 14), each on sentences of our own."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def places(text: str) -> list[str]:
    found = PIPE(Article(id="t", text=text)).to_contract()["localities"]
    return [x if isinstance(x, str) else x["name"] for x in found]


def test_countries_the_table_lacked_are_read() -> None:
    got = places("Đoàn đã thăm Jamaica, Armenia và Luxembourg trước khi về nước.")
    assert {"Jamaica", "Armenia", "Luxembourg"} <= set(got)


def test_an_economic_special_zone_names_its_district() -> None:
    # "đặc khu kinh tế Vân Đồn" (the 2018 plan) names the district, as "đặc khu Vân Đồn" does
    got = places("Theo dự kiến, các đặc khu kinh tế Vân Đồn và Phú Quốc sẽ được thành lập.")
    assert "Vân Đồn" in got and "Phú Quốc" in got


def test_a_bare_given_name_is_still_no_place() -> None:
    # the reading that must stay: "Vân" and "Đồn" alone are not the district
    assert "Vân Đồn" not in places("Chị Vân ra đồn biên phòng nhận hàng.")
