"""Small articles written for the store tests, with the facts an extractor would read from them.

Built by hand (not by the extractor) so the store tests do not move when extraction improves. They
hold the seed facts (Trần Lưu Quang chaired the conference of 2022-04-06; 122-KH/TU of Hải Phòng
implements 21-KL/TW of the 13th-term Central Committee), two provinces' own "45-KH/TU", one meeting
reported by two articles, and an undated meeting.
"""

from __future__ import annotations

import datetime as dt

from eventgraph.model.article import Article
from eventgraph.model.entities import TenureStatus
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

X = "test-fixture.v1"
Item = tuple[Article, ArticleExtraction]


def ev(article: Article, phrase: str) -> Evidence:
    """Evidence for `phrase`: its span in the text and the sentence around it."""
    start = article.text.index(phrase)
    s0 = article.text.rfind(". ", 0, start) + 2 if ". " in article.text[:start] else 0
    s1 = article.text.find(".", start)
    return Evidence(
        article_id=article.id,
        start=start,
        end=start + len(phrase),
        sentence=article.text[s0 : s1 + 1],
        extractor=X,
    )


def _hp(aid: str, outlet: str, published: dt.date, extra: str = "") -> Item:
    a = Article(
        id=aid,
        title="Hải Phòng quán triệt Kết luận 21-KL/TW",
        outlet=outlet,
        published=published,
        authors=("Minh Anh",),
        text=(
            "Sáng 6/4/2022, Ban Thường vụ Thành ủy Hải Phòng tổ chức hội nghị quán triệt "
            "Kết luận số 21-KL/TW. Đồng chí Trần Lưu Quang, Bí thư Thành ủy Hải Phòng chủ trì "
            "hội nghị. Dự hội nghị có đồng chí Nguyễn Văn Tùng, Chủ tịch UBND thành phố. "
            "Thành ủy ban hành Kế hoạch số 122-KH/TU thực hiện Kết luận số 21-KL/TW của "
            "Ban Chấp hành Trung ương Đảng khóa XIII." + extra
        ),
    )
    meeting = MeetingFact(
        kind="hội nghị",
        name="Hội nghị quán triệt Kết luận số 21-KL/TW",
        date=dt.date(2022, 4, 6),
        locality="Hải Phòng",
        organizers=["Ban Thường vụ Thành ủy Hải Phòng"],
        directives=["21-KL/TW"],
        evidence=ev(a, "tổ chức hội nghị"),
        participants=[
            ParticipantFact(name="Trần Lưu Quang", role=Role.CHAIR, evidence=ev(a, "chủ trì")),
            ParticipantFact(
                name="Nguyễn Văn Tùng", role=Role.ATTENDEE, evidence=ev(a, "Dự hội nghị")
            ),
        ],
    )
    people = [
        PersonFact(
            name="Trần Lưu Quang",
            evidence=[ev(a, "Trần Lưu Quang")],
            positions=[
                PositionFact(
                    title="Bí thư Thành ủy",
                    full_title="Bí thư Thành ủy Hải Phòng",
                    role="Bí thư",
                    organization="Thành ủy Hải Phòng",
                    locality="Hải Phòng",
                    evidence=ev(a, "Bí thư Thành ủy"),
                )
            ],
        ),
        PersonFact(
            name="Nguyễn Văn Tùng",
            evidence=[ev(a, "Nguyễn Văn Tùng")],
            positions=[
                PositionFact(
                    title="Chủ tịch UBND thành phố",
                    full_title="Chủ tịch UBND thành phố Hải Phòng",
                    role="Chủ tịch",
                    organization="UBND thành phố Hải Phòng",
                    evidence=ev(a, "Chủ tịch UBND"),
                )
            ],
        ),
    ]
    directives = [
        DirectiveFact(
            code="122-KH/TU",
            kind="Kế hoạch",
            issuer="Ban Thường vụ Thành ủy Hải Phòng",
            implements=["21-KL/TW"],
            evidence=ev(a, "122-KH/TU"),
        ),
        DirectiveFact(
            code="21-KL/TW",
            kind="Kết luận",
            issuer="Ban Chấp hành Trung ương Đảng",
            term="XIII",
            evidence=ev(a, "Kết luận số 21-KL/TW của"),
        ),
    ]
    localities = [LocalityFact(name="Hải Phòng", level="province", evidence=ev(a, "Hải Phòng"))]
    ex = ArticleExtraction(
        article_id=aid,
        extractor=X,
        published=published,
        locality="Hải Phòng",
        authors=["Minh Anh"],
        people=people,
        meetings=[meeting],
        directives=directives,
        localities=localities,
    )
    return a, ex


def _plan45(
    aid: str,
    province: str,
    body: str,
    published: dt.date,
    target: DirectiveFact,
    chair: str,
    title: str,
) -> Item:
    a = Article(
        id=aid,
        title=f"{province} triển khai Kế hoạch 45-KH/TU",
        published=published,
        text=(
            f"Ngày {published.day}/{published.month}/{published.year}, {body} tổ chức hội nghị "
            f"triển khai Kế hoạch số 45-KH/TU thực hiện {target.kind} số {target.code}. "
            f"Đồng chí {chair}, {title} chủ trì hội nghị tại xã Đông Hưng."
        ),
    )
    plan = DirectiveFact(
        code="45-KH/TU",
        kind="Kế hoạch",
        issuer=f"Ban Thường vụ {body}",
        implements=[target.code],
        date=published,
        evidence=ev(a, "45-KH/TU"),
    )
    target = target.model_copy(update={"evidence": ev(a, target.code)})
    meeting = MeetingFact(
        kind="hội nghị",
        name="Hội nghị triển khai Kế hoạch số 45-KH/TU",
        date=published,
        locality="xã Đông Hưng",
        directives=["45-KH/TU"],
        evidence=ev(a, "tổ chức hội nghị"),
        participants=[ParticipantFact(name=chair, role=Role.CHAIR, evidence=ev(a, "chủ trì"))],
    )
    person = PersonFact(
        name=chair,
        evidence=[ev(a, chair)],
        positions=[
            PositionFact(
                title=title,
                full_title=f"{title}",
                role="Bí thư",
                organization=body,
                evidence=ev(a, title),
            )
        ],
    )
    localities = [
        LocalityFact(name=province, level="province", evidence=ev(a, body)),
        LocalityFact(
            name="xã Đông Hưng", level="commune", province=province, evidence=ev(a, "xã Đông Hưng")
        ),
    ]
    ex = ArticleExtraction(
        article_id=aid,
        extractor=X,
        published=published,
        locality=province,
        people=[person],
        meetings=[meeting],
        directives=[plan, target],
        localities=localities,
    )
    return a, ex


def _undated(aid: str, chair: str) -> Item:
    a = Article(
        id=aid,
        title="Buổi làm việc",
        text=(
            f"Đồng chí {chair}, nguyên Phó Bí thư Tỉnh ủy, chủ trì buổi làm việc với Sở Nội vụ. "
            'Buổi làm việc bàn về "sắp xếp" bộ máy; ý kiến \\ góp ý được ghi nhận.'
        ),
    )
    meeting = MeetingFact(
        kind="buổi làm việc",
        name="Buổi làm việc với Sở Nội vụ",
        organizers=["Sở Nội vụ"],
        evidence=ev(a, "buổi làm việc"),
        participants=[ParticipantFact(name=chair, role=Role.CHAIR, evidence=ev(a, "chủ trì"))],
    )
    person = PersonFact(
        name=chair,
        evidence=[ev(a, chair)],
        positions=[
            PositionFact(
                title="Phó Bí thư Tỉnh ủy",
                role="Phó Bí thư",
                organization="Tỉnh ủy",
                status=TenureStatus.FORMER,
                evidence=ev(a, "nguyên Phó Bí thư"),
            )
        ],
    )
    return a, ArticleExtraction(article_id=aid, extractor=X, people=[person], meetings=[meeting])


KL21 = DirectiveFact(code="21-KL/TW", kind="Kết luận", issuer="Ban Chấp hành Trung ương Đảng")
NQ23 = DirectiveFact(code="23-NQ/TW", kind="Nghị quyết", issuer="Bộ Chính trị")


def articles() -> list[Item]:
    """The fixed set every backend ingests."""
    return [
        _hp("hp-2022-04-06", "Báo Hải Phòng", dt.date(2022, 4, 6)),
        _hp("hp-2022-04-07", "Cổng thông tin Hải Phòng", dt.date(2022, 4, 7), " Tin: Minh Anh."),
        _plan45(
            "tb-45",
            "Thái Bình",
            "Tỉnh ủy Thái Bình",
            dt.date(2021, 12, 10),
            KL21,
            "Ngô Đông Hải",
            "Bí thư Tỉnh ủy Thái Bình",
        ),
        _plan45(
            "hd-45",
            "Hải Dương",
            "Tỉnh ủy Hải Dương",
            dt.date(2022, 3, 15),
            NQ23,
            "Phạm Xuân Thăng",
            "Bí thư Tỉnh ủy Hải Dương",
        ),
        _undated("undated-1", "Lê Văn Hiền"),
    ]


def changed(item: Item) -> Item:
    """The same article with new text and another chair: a re-ingest must replace its facts."""
    a, ex = _undated(item[0].id, "Phạm Thị Hoa")
    return a, ex
