"""Small articles written for the dashboard tests, with the facts an extractor should read from
them.

The facts are built by hand (not extracted), so these tests depend on the dashboard alone. They hold
the seed facts — Trần Lưu Quang chaired the conference of 2022-04-06 in Hải Phòng; 122-KH/TU (Ban
Thường vụ Thành ủy Hải Phòng) implements 21-KL/TW (Ban Chấp hành Trung ương Đảng khóa XIII) — plus a
district plan below 122-KH/TU, a second province implementing 21-KL/TW, a shared attendee for the
colleague graph, an old-style tone spelling ("Hoà") and an article whose text tries to inject HTML.
"""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from typing import Any

from eventgraph.model.article import Article
from eventgraph.model.events import Role
from eventgraph.model.evidence import Evidence
from eventgraph.model.extraction import (
    ArticleExtraction,
    DirectiveFact,
    LocalityFact,
    MeetingFact,
    ParticipantFact,
    PersonFact,
    PositionFact,
)

EXTRACTOR = "tests.dashboard.hand.v1"
TW_ISSUER = "Ban Chấp hành Trung ương Đảng khóa XIII"
HP_ISSUER = "Ban Thường vụ Thành ủy Hải Phòng"

HP_TEXT = (
    "Chiều 6/4/2022, Ban Thường vụ Thành ủy Hải Phòng tổ chức hội nghị triển khai Kế hoạch số "
    "122-KH/TU của Ban Thường vụ Thành ủy thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của "
    "Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống "
    "chính trị. Đồng chí Trần Lưu Quang, Ủy viên Trung ương Đảng, Bí thư Thành ủy Hải Phòng "
    "chủ trì hội nghị. Dự hội nghị có đồng chí Nguyễn Văn Minh, Bí thư Quận ủy Lê Chân."
)
LC_TEXT = (
    "Ngày 10/5/2022, Ban Thường vụ Quận ủy Lê Chân ban hành Kế hoạch số 45-KH/QU thực hiện Kế "
    "hoạch số 122-KH/TU của Ban Thường vụ Thành ủy Hải Phòng. Đồng chí Nguyễn Văn Minh, Bí "
    "thư Quận ủy Lê Chân chủ trì hội nghị quán triệt kế hoạch, với sự tham dự của đồng chí Lê "
    "Thị Hoà, Phó Bí thư Quận ủy."
)
BD_TEXT = (
    "Sáng 15/3/2023, Tỉnh ủy Bình Định tổ chức hội nghị sơ kết một năm thực hiện Kết luận số "
    "21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII. Đồng chí Phạm Quốc Khánh, Bí thư "
    "Tỉnh ủy chủ trì hội nghị. Tỉnh ủy đã ban hành Chương trình hành động số 30-CTr/TU thực "
    "hiện Kết luận số 21-KL/TW."
)
HP2_TEXT = (
    "Ngày 20/6/2022, Thành ủy Hải Phòng tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. "
    "Đồng chí Trần Lưu Quang, Bí thư Thành ủy chủ trì hội nghị. Dự hội nghị có đồng chí "
    "Nguyễn Văn Minh và đồng chí Hoàng Minh Tuấn."
)
XSS_TEXT = (
    'Bài có ký tự đặc biệt: <script>alert("xss")</script> và <img src=x onerror=alert(1)>. '
    "Đồng chí Nguyễn Văn Minh phát biểu tại buổi làm việc."
)


def _ev(aid: str, text: str, needle: str, nth: int = 0) -> Evidence:
    """Evidence for the `nth` occurrence of `needle` in `text`, with its sentence."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    before, after = text.rfind(". ", 0, start), text.find(". ", end)
    sentence = text[before + 2 if before >= 0 else 0 : after + 1 if after >= 0 else len(text)]
    return Evidence(article_id=aid, start=start, end=end, sentence=sentence, extractor=EXTRACTOR)


def _person(aid: str, text: str, name: str, title: str | None = None) -> PersonFact:
    positions = (
        [PositionFact(title=title, full_title=title, evidence=_ev(aid, text, title))]
        if title
        else []
    )
    return PersonFact(name=name, positions=positions, evidence=[_ev(aid, text, name)])


def _part(aid: str, text: str, name: str, role: Role, nth: int = 0) -> ParticipantFact:
    return ParticipantFact(name=name, role=role, evidence=_ev(aid, text, name, nth))


def _hai_phong() -> tuple[Article, ArticleExtraction]:
    aid, t = "hp-2022-04-06", HP_TEXT
    art = Article(
        id=aid,
        title="Hải Phòng triển khai Kết luận 21-KL/TW",
        published=dt.date(2022, 4, 6),
        outlet="Báo mẫu",
        text=t,
    )
    ex = ArticleExtraction(
        article_id=aid,
        extractor=EXTRACTOR,
        published=art.published,
        locality="Hải Phòng",
        people=[
            _person(aid, t, "Trần Lưu Quang", "Bí thư Thành ủy Hải Phòng"),
            _person(aid, t, "Nguyễn Văn Minh", "Bí thư Quận ủy Lê Chân"),
        ],
        meetings=[
            MeetingFact(
                kind="hội nghị",
                name="Hội nghị triển khai Kế hoạch số 122-KH/TU",
                date=dt.date(2022, 4, 6),
                locality="Hải Phòng",
                organizers=[HP_ISSUER],
                directives=["122-KH/TU"],
                participants=[
                    _part(aid, t, "Trần Lưu Quang", Role.CHAIR),
                    _part(aid, t, "Nguyễn Văn Minh", Role.ATTENDEE),
                ],
                evidence=_ev(aid, t, "chủ trì hội nghị"),
            )
        ],
        directives=[
            DirectiveFact(
                code="122-KH/TU",
                kind="Kế hoạch",
                number="122",
                symbol="KH/TU",
                issuer=HP_ISSUER,
                subject="thực hiện Kết luận về xây dựng, chỉnh đốn Đảng",
                implements=["21-KL/TW"],
                evidence=_ev(aid, t, "122-KH/TU"),
            ),
            DirectiveFact(
                code="21-KL/TW",
                kind="Kết luận",
                number="21",
                symbol="KL/TW",
                issuer=TW_ISSUER,
                date=dt.date(2021, 10, 25),
                term="XIII",
                subject="đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
                evidence=_ev(aid, t, "21-KL/TW"),
            ),
        ],
        localities=[
            LocalityFact(name="Hải Phòng", level="province", evidence=_ev(aid, t, "Hải Phòng"))
        ],
    )
    return art, ex


def _le_chan() -> tuple[Article, ArticleExtraction]:
    aid, t = "lc-2022-05-10", LC_TEXT
    art = Article(
        id=aid,
        title="Quận ủy Lê Chân ban hành Kế hoạch 45-KH/QU",
        published=dt.date(2022, 5, 10),
        outlet="Báo mẫu",
        text=t,
    )
    ex = ArticleExtraction(
        article_id=aid,
        extractor=EXTRACTOR,
        published=art.published,
        locality="Hải Phòng",
        people=[
            _person(aid, t, "Nguyễn Văn Minh", "Bí thư Quận ủy Lê Chân"),
            _person(aid, t, "Lê Thị Hoà", "Phó Bí thư Quận ủy"),
        ],
        meetings=[
            MeetingFact(
                kind="hội nghị",
                name="Hội nghị quán triệt Kế hoạch số 45-KH/QU",
                date=dt.date(2022, 5, 10),
                locality="Lê Chân",
                participants=[
                    _part(aid, t, "Nguyễn Văn Minh", Role.CHAIR),
                    _part(aid, t, "Lê Thị Hoà", Role.ATTENDEE),
                ],
                evidence=_ev(aid, t, "chủ trì hội nghị"),
            )
        ],
        directives=[
            DirectiveFact(
                code="45-KH/QU",
                kind="Kế hoạch",
                number="45",
                symbol="KH/QU",
                issuer="Ban Thường vụ Quận ủy Lê Chân",
                date=dt.date(2022, 5, 10),
                implements=["122-KH/TU"],
                evidence=_ev(aid, t, "45-KH/QU"),
            ),
            DirectiveFact(
                code="122-KH/TU",
                kind="Kế hoạch",
                number="122",
                symbol="KH/TU",
                issuer=HP_ISSUER,
                evidence=_ev(aid, t, "122-KH/TU"),
            ),
        ],
        localities=[
            LocalityFact(
                name="Lê Chân",
                level="district",
                province="Hải Phòng",
                evidence=_ev(aid, t, "Lê Chân"),
            ),
            LocalityFact(name="Hải Phòng", level="province", evidence=_ev(aid, t, "Hải Phòng")),
        ],
    )
    return art, ex


def _binh_dinh() -> tuple[Article, ArticleExtraction]:
    aid, t = "bd-2023-03-15", BD_TEXT
    art = Article(
        id=aid,
        title="Bình Định sơ kết Kết luận 21-KL/TW",
        published=dt.date(2023, 3, 15),
        outlet="Báo mẫu",
        text=t,
    )
    ex = ArticleExtraction(
        article_id=aid,
        extractor=EXTRACTOR,
        published=art.published,
        locality="Bình Định",
        people=[_person(aid, t, "Phạm Quốc Khánh", "Bí thư Tỉnh ủy")],
        meetings=[
            MeetingFact(
                kind="hội nghị",
                name="Hội nghị sơ kết một năm thực hiện Kết luận số 21-KL/TW",
                date=dt.date(2023, 3, 15),
                locality="Bình Định",
                directives=["21-KL/TW"],
                participants=[_part(aid, t, "Phạm Quốc Khánh", Role.CHAIR)],
                evidence=_ev(aid, t, "chủ trì hội"),
            )
        ],
        directives=[
            DirectiveFact(
                code="30-CTr/TU",
                kind="Chương trình hành động",
                number="30",
                symbol="CTr/TU",
                issuer="Tỉnh ủy Bình Định",
                implements=["21-KL/TW"],
                evidence=_ev(aid, t, "30-CTr/TU"),
            ),
            DirectiveFact(
                code="21-KL/TW",
                kind="Kết luận",
                number="21",
                symbol="KL/TW",
                issuer=TW_ISSUER,
                date=dt.date(2021, 10, 25),
                term="XIII",
                evidence=_ev(aid, t, "21-KL/TW"),
            ),
        ],
        localities=[
            LocalityFact(name="Bình Định", level="province", evidence=_ev(aid, t, "Bình Định"))
        ],
    )
    return art, ex


def _hai_phong_june() -> tuple[Article, ArticleExtraction]:
    aid, t = "hp-2022-06-20", HP2_TEXT
    art = Article(
        id=aid, title="Thành ủy Hải Phòng sơ kết 6 tháng", published=dt.date(2022, 6, 20), text=t
    )
    ex = ArticleExtraction(
        article_id=aid,
        extractor=EXTRACTOR,
        published=art.published,
        locality="Hải Phòng",
        people=[
            _person(aid, t, "Trần Lưu Quang", "Bí thư Thành ủy"),
            _person(aid, t, "Nguyễn Văn Minh"),
            _person(aid, t, "Hoàng Minh Tuấn"),
        ],
        meetings=[
            MeetingFact(
                kind="hội nghị",
                name="Hội nghị sơ kết công tác 6 tháng đầu năm",
                date=dt.date(2022, 6, 20),
                locality="Hải Phòng",
                participants=[
                    _part(aid, t, "Trần Lưu Quang", Role.CHAIR),
                    _part(aid, t, "Nguyễn Văn Minh", Role.ATTENDEE),
                    _part(aid, t, "Hoàng Minh Tuấn", Role.ATTENDEE),
                ],
                evidence=_ev(aid, t, "chủ trì hội nghị"),
            )
        ],
    )
    return art, ex


def _hostile() -> tuple[Article, ArticleExtraction]:
    aid, t = "xss-test", XSS_TEXT
    art = Article(id=aid, title='<b onmouseover="alert(1)">Tiêu đề</b>', text=t)
    ex = ArticleExtraction(
        article_id=aid, extractor=EXTRACTOR, people=[_person(aid, t, "Nguyễn Văn Minh")]
    )
    return art, ex


def seed_items() -> list[tuple[Article, ArticleExtraction]]:
    """Every fixture article with its hand-made extraction."""
    return [_hai_phong(), _le_chan(), _binh_dinh(), _hai_phong_june(), _hostile()]


def build_store(url: str) -> str:
    """Write the fixture articles into the store at `url` and close it; returns the URL."""
    from eventgraph.store import open_store

    store = open_store(url)
    try:
        store.replace_articles(seed_items())
    finally:
        store.close()
    return url


def warm_opening_views(url: str) -> None:
    """Keep the store's opening views as answers, as the warm-up or `prepare-dashboard` does, in
    the folder EVENTGRAPH_CACHE_DIR names."""
    from eventgraph import settings
    from eventgraph.dashboard import ui
    from eventgraph.dashboard.answers import Answers
    from eventgraph.store import open_store

    reader = open_store(url, read_only=True)
    try:
        ui.warm_default_views(
            Answers(settings.answers_dir()), reader, url, ui.data_version(reader), lambda: False
        )
    finally:
        reader.close()


def refuse_reads(patch: Any) -> None:
    """Make every named query and every table read fail (`patch`: a MonkeyPatch or its context),
    so a page can only draw from kept answers."""
    from eventgraph.dashboard import tables, ui, warm
    from eventgraph.exc import QueryError

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise QueryError("nothing but kept answers here")

    patch.setattr(ui, "get", refuse)
    patch.setattr(warm, "get", refuse)
    patch.setattr(tables.KeptTables, "get", refuse)  # reading the tables from the store
    patch.setattr(tables.pd, "read_parquet", refuse)  # reading the kept ones from disk


class _Figures(HTMLParser):
    """The labelled figures of `plain.figures` (the Overview's four counts), label to value."""

    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, str] = {}
        self._part: str | None = None
        self._label = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kind = dict(attrs).get("class") or ""
        if kind in ("eg-figure-label", "eg-figure-value"):
            self._part = kind

    def handle_endtag(self, tag: str) -> None:
        self._part = None

    def handle_data(self, data: str) -> None:
        if self._part == "eg-figure-label":
            self._label = data
        elif self._part == "eg-figure-value":
            self.found[self._label] = data


def shown_figures(at: Any) -> dict[str, str]:
    """The figures a page draws as plain HTML (label: value as shown, "1.234"), read from its
    `st.html` elements as a reader reads them."""
    out = _Figures()
    for e in at.get("html"):
        out.feed(e.proto.body)
    return out.found
