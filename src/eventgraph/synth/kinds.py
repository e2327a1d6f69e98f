"""The four kinds of synthetic article, each a list of paragraphs written through a `Writer`."""

from __future__ import annotations

from eventgraph.synth import phrasing as ph
from eventgraph.synth.articles import (
    Writer,
    central_leader,
    meeting_name,
    session_name,
    when,
    working_name,
)
from eventgraph.synth.rand import between, pick


def conference(wr: Writer) -> list[str]:
    """A provincial Party conference on a central document and the province's plan for it."""
    s, p, rng, f = wr.s, wr.p, wr.rng, wr.f
    c, k, _ = s.chain  # type: ignore[misc]
    org = f"Ban Thường vụ {p.party}" + (f" {f.place(p.name)}" if rng.random() < 0.5 else "")
    name = meeting_name(s)
    lead = pick(
        rng,
        (
            "{w}, {o} tổ chức {n}.",
            "{w}, tại Hội trường {party}, {o} đã tổ chức {n}.",
            "{w}, {o} tổ chức {n} theo hình thức trực tiếp kết hợp trực tuyến.",
        ),
    )
    chairs = [wr.official(s.chair_post)] + ([wr.official("ct_ubnd")] if s.cochair else [])
    paras = [
        lead.format(w=when(wr), o=org, n=name, party=p.party)
        + " "
        + wr.chair_sentence(chairs, "hội nghị")
    ]
    paras.append(wr.attendance(("ct_hdnd", "ct_ubnd", "pbttt"), {w.name for w, _ in chairs}))
    where = p.unit if p.name in f.localities else f"{p.unit} {f.place(p.name)}"  # name the province
    paras.append(
        f"Hội nghị được kết nối trực tuyến tới {between(rng, 12, 240)} điểm cầu trong "
        f"{where}. {wr.places()}".strip()
    )
    speaker = wr.mention(*wr.official("tbtg"), style=pick(rng, (0, 1)))
    paras.append(
        f"Tại hội nghị, đồng chí {speaker} đã quán triệt những nội dung cơ bản của "
        f"{wr.doc_ref(c, dated=rng.random() < 0.7)}. Các đại biểu cũng được nghe triển khai "
        f"{wr.doc_ref(k, implements=c)}."
    )
    paras.append(" ".join(ph.filler(rng, between(rng, 3, 6), s.day.year)))
    paras.append(wr.closing(chairs[0][0], "hội nghị"))
    wr.record_meeting(name, "hội nghị", chairs, [org], [c.code, k.code])
    return paras


def session(wr: Writer) -> list[str]:
    """A People's Council session chaired (chủ tọa / điều hành) by the Council's chair."""
    s, p, rng, f = wr.s, wr.p, wr.rng, wr.f
    name = session_name(s, p)
    f.place(p.name)
    chair = [wr.official("ct_hdnd")]
    verb = pick(rng, ("chủ tọa", "điều hành", "chủ trì"))
    lead = pick(
        rng,
        (
            "{w}, {n} khai mạc tại Trung tâm Hội nghị {u}.",
            "{w}, {n} đã khai mạc.",
            "{w}, {n} chính thức khai mạc.",
        ),
    )
    paras = [
        lead.format(w=when(wr), n=name, u=p.unit) + " " + wr.chair_sentence(chair, "kỳ họp", verb)
    ]
    paras.append(wr.attendance(("bt", "ct_ubnd", "pct_hdnd"), {chair[0][0].name}, "kỳ họp"))
    n = between(rng, 5, 40)
    text = (
        f"Kỳ họp xem xét, quyết định nhiều nội dung quan trọng, trong đó có {n} dự thảo nghị quyết."
    )
    if rng.random() < 0.6:
        code = (
            f"{between(rng, 1, 300)}/{s.day.year}/NQ-HĐND"
            if rng.random() < 0.5
            else f"{between(rng, 1, 300)}/NQ-HĐND"
        )
        text += (
            f" Ngay trong phiên khai mạc, HĐND {p.unit} đã thông qua Nghị quyết số {code} về kế "
            f"hoạch đầu tư công trung hạn."
        )
        f.directives.setdefault(
            code,
            {
                "code": code,
                "kind": "Nghị quyết",
                "date": None,
                "issuer": f"HĐND {p.unit}",
                "implements": [],
            },
        )
    paras += [
        text,
        " ".join(ph.filler(rng, between(rng, 3, 6), s.day.year)),
        wr.closing(chair[0][0], "kỳ họp"),
    ]
    wr.record_meeting(name, "kỳ họp", chair, [], [])
    return paras


def working(wr: Writer) -> list[str]:
    """A central delegation's working session with the province's Party standing board."""
    s, p, rng, f = wr.s, wr.p, wr.rng, wr.f
    leader, titles = central_leader(wr.w, s)
    body = pick(
        rng, ("Ban Bí thư", "Bộ Chính trị", "Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương")
    )
    name = working_name(p)
    f.place(p.name)
    chairs = [(leader, titles)] + ([wr.official("bt")] if s.cochair else [])
    paras = [
        f"{when(wr)}, đoàn công tác của {body} do đồng chí {wr.mention(leader, titles, style=0)} "
        f"làm trưởng đoàn đã có {name}."
    ]
    if len(chairs) > 1:
        paras.append(
            f"Đồng chí {leader.name} và đồng chí {wr.mention(*chairs[1])} đồng chủ trì buổi làm việc."
        )
    else:
        paras.append(
            f"Đồng chí {leader.name} chủ trì buổi làm việc. "
            + wr.attendance(("bt",), set(), "buổi làm việc")
        )
    if leader.name in wr.w.origin:
        old, term = wr.w.origin[leader.name]
        past = f"Bí thư {wr.w.province(old, 'pre2025').party} {f.place(old)}"
        wr.mention(leader, [past])
        paras.append(f"Đồng chí {leader.name} từng là {past} nhiệm kỳ {term}.")
    ct, ct_titles = wr.official("ct_ubnd")
    report = f"Báo cáo tại buổi làm việc, đồng chí {wr.mention(ct, ct_titles, style=0)} cho biết"
    if s.chain:
        c, k, _ = s.chain
        report += (
            f", thực hiện {wr.doc_ref(c, dated=rng.random() < 0.6)}, Ban Thường vụ {p.party} đã ban "
            f"hành {k.kind} số {k.code} {ph.doc_date(rng, k.date)} và chỉ đạo triển khai đồng bộ"
        )
        f.directive(k, p, issuer=f"Ban Thường vụ {p.party}", dated=True, implements=(c.code,))
    paras += [
        report + ".",
        " ".join(ph.filler(rng, between(rng, 2, 5), s.day.year)),
        wr.closing(leader, "buổi làm việc"),
    ]
    wr.record_meeting(name, "buổi làm việc", chairs, [], [])
    return paras


def plan(wr: Writer) -> list[str]:
    """The opening of a People's Committee plan carrying out the province's Party plan."""
    s, p, rng, f = wr.s, wr.p, wr.rng, wr.f
    c, k, u = s.chain  # type: ignore[misc]
    f.place(p.name)
    f.localities.setdefault("Việt Nam", True)  # in the national motto: optional, as the guide says
    head = (
        f"ỦY BAN NHÂN DÂN\n{p.unit.upper()} {p.name.upper()}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\nSố: {u.code}\n{p.name}, ngày {u.date.day:02d} tháng "
        f"{u.date.month:02d} năm {u.date.year}\nKẾ HOẠCH\nTHỰC HIỆN {c.kind.upper()} SỐ {c.code.upper()} "
        f"{c.subject.upper()}"
    )
    f.directive(u, p, issuer=f"Ủy ban nhân dân {p.unit}", dated=True, implements=(k.code,))
    basis = (
        f"Thực hiện {wr.doc_ref(k, implements=c, verb='thực hiện')} ngày "
        f"{c.date.day}/{c.date.month}/{c.date.year} của {c.issuer} {c.subject};"
    )
    f.directive(c, p, issuer=c.issuer, dated=True)
    paras = [
        head,
        basis,
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        f"Ủy ban nhân dân {p.unit} ban hành Kế hoạch thực hiện như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU\n" + "\n".join(ph.filler(rng, between(rng, 2, 4), u.date.year)),
        "II. NHIỆM VỤ, GIẢI PHÁP\n" + "\n".join(ph.filler(rng, between(rng, 2, 4), u.date.year)),
    ]
    return ["\n".join(paras)]


WRITERS = {"conference": conference, "session": session, "working": working, "plan": plan}
