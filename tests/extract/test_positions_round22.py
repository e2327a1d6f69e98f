"""Round 22: a post named in a purpose clause of an election ("được giới thiệu để bầu vào chức danh
X") is one its subject is put up for, not one held; on sentences of our own, with the readings that
must stay beside it."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    got = PIPE(Article(id="t", text=text)).to_contract()
    return {p["name"]: p["positions"] for p in got["people"]}


def test_a_nominee_put_up_for_election_holds_only_his_own_posts() -> None:
    got = posts(
        "Đại tá Trần Văn Bốn, Giám đốc Công an tỉnh Long An được giới thiệu để bầu vào chức danh "
        "Chủ tịch UBND tỉnh Long An."
    )
    assert got["Trần Văn Bốn"] == ["Đại tá", "Giám đốc Công an tỉnh Long An"]


def test_a_body_between_de_and_the_vote_is_still_a_nomination() -> None:
    got = posts(
        "Bà Lê Thị Năm, Phó Bí thư Huyện ủy được Ban Thường vụ Tỉnh ủy giới thiệu để HĐND huyện "
        "bầu giữ chức Chủ tịch UBND huyện."
    )
    assert got["Lê Thị Năm"] == ["Phó Bí thư Huyện ủy"]


def test_an_election_done_still_gives_the_post() -> None:
    got = posts("Ông Trần Văn Bốn được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh Long An.")
    assert got["Trần Văn Bốn"] == ["Chủ tịch UBND tỉnh Long An"]


def test_a_purpose_clause_of_an_appointment_still_gives_the_post() -> None:
    # "để" without an election: a transfer to take up a post is an appointment made
    got = posts(
        "Ông Trần Văn Bốn được điều động để giữ chức Giám đốc Sở Tài chính tỉnh Long An."
    )
    assert got["Trần Văn Bốn"] == ["Giám đốc Sở Tài chính tỉnh Long An"]
