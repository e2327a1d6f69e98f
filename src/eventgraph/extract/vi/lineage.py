"""What carries out what: "Kế hoạch số 122-KH/TU … thực hiện Kết luận số 21-KL/TW", "Thực hiện Chỉ
thị số 19/CT-TTg …, UBND tỉnh ban hành Kế hoạch số …", and what a document opening says of its own
number.

Three shapes give an `implements` link, each kept strict because a wrong link costs more than a
missed one:
- a code, then only its own attributes (date, "của <body>", "(…)", "về (việc)", "ban hành <a
  plan>"), then a verb of carrying out (thực hiện, triển khai, cụ thể hóa, hướng dẫn (thi hành),
  quy định chi tiết) and the target's code; targets joined by "," or "và" follow the same link;
- a sentence (or a clause after a comma: "Ông A cho biết, thực hiện X, …") opening with that verb
  ("Thực hiện X; Y và Z, <body> ban hành <code>"): the code
  issued in the main clause carries out every listed item; in a document opening the document
  itself does;
- the title of a document opening ("KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ …").
A second verb with another (uncoded) document between breaks the link ("triển khai Chương trình
hành động của Chính phủ thực hiện Nghị quyết X": the programme carries out X); so does a review
("sơ kết, tổng kết việc thực hiện"), which never matches the attribute grammar. "Căn cứ" gives
`based_on`, "sửa đổi, bổ sung" `amends`, "thay thế" `replaces`. The verbs are in data/lineage.toml.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from eventgraph.extract.vi.clauses import Breaks
from eventgraph.extract.vi.codes import kinds
from eventgraph.extract.vi.doc_attrs import read_after
from eventgraph.extract.vi.openings import Opening


def _alt(words: list[str]) -> str:
    return "|".join(r"\s+".join(w.split()) for w in sorted(words, key=len, reverse=True))


_WORDS = tomllib.loads(
    resources.files("eventgraph.data").joinpath("lineage.toml").read_text("utf-8")
)
_CORE = _alt(_WORDS["carry_out"])
_PRE = _alt(_WORDS["lead_in"])
_VG = (  # a verb group: "quán triệt và triển khai thực hiện (có hiệu quả)"
    rf"(?:(?:{_PRE}|{_CORE})(?:\s*,\s*|\s+và\s+|\s+))*(?:{_CORE})"
    r"(?:\s+(?:có\s+hiệu\s+quả|nghiêm\s+túc))?"
)
VERB_END = re.compile(rf"(?<!\w)(?:{_VG})\s+(?:các\s+)?\Z", re.IGNORECASE)
AMEND_END = re.compile(
    r"(?<!\w)(?:sửa\s+đổi(?:\s*,\s*|\s+và\s+|\s+)?(?:bổ\s+sung)?|bổ\s+sung)(?:\s+một\s+số"
    r"\s+điều)?(?:\s+của)?\s+\Z",
    re.IGNORECASE,
)
REPLACE_END = re.compile(r"(?<!\w)thay\s+thế(?:\s+cho)?\s+\Z", re.IGNORECASE)
PASSIVE_END = re.compile(
    rf"(?<!\w)(?:đã\s+)?được\s+(?:{_VG})\s+(?:bằng|tại|qua|thông\s+qua)\s+(?:các\s+)?\Z",
    re.IGNORECASE,
)
ANY_VERB = re.compile(rf"(?<!\w)(?:{_CORE})(?!\w)", re.IGNORECASE)
_REST = re.compile(
    r"[\s,]*(?:(?i:về)\s+(?:(?i:việc)\s+)?)?(?:(?i:ban\s+hành)\s+(?:(?i:kèm\s+theo)\s+)?"
    rf"(?P<np>(?i:{_alt(_WORDS['plans'])})[^;:]*?))?[\s,]*(?:(?i:để|nhằm)\s+)?(?:(?i:tiếp\s+tục)\s*)?\Z"
)
_SEP_ONLY = re.compile(r"[\s,;]*(?:(?i:và)\s*)?\Z")
_PAIR_SEP = re.compile(r"\s*(?:,|(?i:và)|,\s*(?i:và))\s*(?:(?i:số)\s+)?\Z")  # "X, số Y" too
_ITEM_GAP = re.compile(r"(?:[,;]|(?<!\w)(?i:và))\s*(?:(?i:số)\s+)?\Z")  # before a listed item
_LEAD = re.compile(
    rf"[\s\W]*(?:\([^()]{{1,30}}\)\s*[-–]?\s*|[A-ZĐ]{{2,10}}\s+-\s+)?(?:(?i:để|nhằm)\s+)?"
    rf"(?:(?i:tiếp\s+tục)\s+)?(?i:{_VG})\s+(?:(?i:các)\s+)?\Z"
)
_ISSUE_END = re.compile(rf"(?<!\w)(?i:{_alt(_WORDS['issue'])})\s+(?:(?i:các)\s+)?\Z")
_CARRY = re.compile(
    r"\s*(?:(?i:từ\s+đó|trên\s+cơ\s+sở\s+đó|sau\s+đó)\s*,?\s*)?(?:(?i:ngày)\s+[^,.;]{1,20},\s*)?"
    r"[^,.;:]{0,70}?(?i:ban\s+hành|có)\s+\Z"
)
_KEM_THEO = re.compile(r"(?i:kèm\s+theo\s+\w+\s+\w+\s+này)\s+(?P<np>[^;:.]{2,120}?)\Z")
_BASED = re.compile(r"[\s\W]*(?i:căn\s+cứ)\s+(?:(?i:các)\s+)?\Z")
_BACK = re.compile(
    rf"(?<!\w)(?:{_VG})\s+(?P<kw>(?i:thông\s+báo(?:\s+kết\s+luận)?|nghị\s+quyết|chỉ\s+thị|"
    r"kết\s+luận|quyết\s+định|kế\s+hoạch|chương\s+trình|hướng\s+dẫn|quy\s+định))\s+"
    r"(?i:(?:đã\s+)?(?:nói|nêu|kể)\s+)?(?i:trên)(?!\w)",
    re.IGNORECASE,
)
_SELF_NP = re.compile(
    r"[,\s]*(?:(?i:về)\s+(?:(?i:việc)\s+)?)?(?:(?i:ban\s+hành)\s+(?P<np>[^;:]{2,150}?))?\Z"
)


@dataclass
class Node:
    """A coded mention as lineage sees it."""

    lead: int
    start: int
    end: int
    tail: int  # end of its date / "của <body>" / "(…)" attributes
    key: str
    date: dt.date | None
    kind: str | None = None


Link = tuple[int, str, int]  # (source node, relation, target node)


def relations(text: str, nodes: list[Node], breaks: Breaks, opening: Opening | None) -> set[Link]:
    """Every lineage link the text states between the coded mentions `nodes` (in text order)."""
    links: set[Link] = set()
    for i in range(len(nodes) - 1):
        links |= _pairwise(text, nodes, breaks, i)
    for i in range(1, len(nodes)):
        links |= _anaphor(text, nodes, breaks, i)
    links |= _leads(text, nodes, breaks, opening)
    if opening is not None:
        links |= _own(text, nodes, breaks, opening)
    return {
        (s, r, t)
        for s, r, t in links
        if nodes[s].key != nodes[t].key and _in_time(nodes[s], nodes[t], r)
    }


def _in_time(src: Node, tgt: Node, relation: str) -> bool:
    """A document cannot carry out one signed after it."""
    return relation != "implements" or src.date is None or tgt.date is None or tgt.date <= src.date


def attributes_only(text: str, a: int, b: int) -> bool:
    """Is `text[a:b]` only the attributes of the code ending at `a` (and "về", "ban hành
    <plan>")?"""
    after = read_after(text, a, None, {}, limit=b)
    rest = _REST.match(text, after.end, b)
    if rest is None or rest.end() != b:
        return False
    return not (rest.group("np") and ANY_VERB.search(rest.group("np")))


def _relation_before(text: str, a: int, lead: int) -> tuple[str, int] | None:
    """The relation verb ending right before `lead`, and where it starts (searching from `a`)."""
    w0 = max(a, lead - 100)
    for rel, pat in (("implements", VERB_END), ("amends", AMEND_END), ("replaces", REPLACE_END)):
        m = pat.search(text, w0, lead)
        if m:
            return rel, m.start()
    return None


def _pairwise(text: str, nodes: list[Node], breaks: Breaks, i: int) -> set[Link]:
    src, tgt = nodes[i], nodes[i + 1]
    if tgt.lead - src.end > 400 or breaks.crosses(src.end, tgt.lead):
        return set()
    passive = PASSIVE_END.search(text, max(src.end, tgt.lead - 80), tgt.lead)
    if passive and attributes_only(text, src.end, passive.start()):
        return {(i + 1, "implements", i)}  # "Kết luận số X được cụ thể hóa bằng Kế hoạch số Y"
    rel = _relation_before(text, src.end, tgt.lead)
    if rel is None or not attributes_only(text, src.end, rel[1]):
        return set()
    return {(i, rel[0], j) for j in _list_from(text, nodes, breaks, i + 1, _PAIR_SEP)}


def _anaphor(text: str, nodes: list[Node], breaks: Breaks, i: int) -> set[Link]:
    """ "Kế hoạch số 129-KH/ĐĐHLGVN … về thực hiện Thông báo nói trên": the last document of that
    kind."""
    src = nodes[i]
    end = nodes[i + 1].lead if i + 1 < len(nodes) else len(text)
    m = _BACK.search(text, src.end, min(end, src.end + 300))
    if not m or breaks.crosses(src.end, m.start()) or not attributes_only(text, src.end, m.start()):
        return set()
    kind = kinds().by_word.get(" ".join(m.group("kw").lower().split()))
    back = next((j for j in range(i - 1, -1, -1) if nodes[j].kind == kind), None)
    return {(i, "implements", back)} if back is not None and kind else set()


def _list_from(
    text: str, nodes: list[Node], breaks: Breaks, j: int, sep: re.Pattern[str]
) -> list[int]:
    """Node `j` and the nodes listed after it ("X, Y và Z"), each joined to the one before by
    `sep`."""
    out = [j]
    for k in range(j + 1, len(nodes)):
        prev = nodes[out[-1]]
        if breaks.crosses(prev.tail, nodes[k].lead, clause=sep is _PAIR_SEP):
            break
        if not sep.fullmatch(text, prev.tail, nodes[k].lead):
            break
        out.append(k)
    return out


def _leads(text: str, nodes: list[Node], breaks: Breaks, opening: Opening | None) -> set[Link]:
    """ "Thực hiện X; Y và Z, <body> ban hành W": W implements X, Y and Z."""
    links: set[Link] = set()
    taken: set[int] = set()
    for j, node in enumerate(nodes):
        if j in taken:
            continue
        start = breaks.start_before(node.lead, clause=False)
        if not _LEAD.fullmatch(text, start, node.lead):
            # "Ông A cho biết, thực hiện Kết luận X …, Ban Thường vụ đã ban hành Kế hoạch Y":
            # the leading verb opens a clause after a comma
            comma = text.rfind(",", start, node.lead)
            if comma < 0 or not _LEAD.fullmatch(text, comma, node.lead):
                continue
            start = comma
        items, doer = _items(text, nodes, breaks, j)
        taken.update(items)
        if doer is None and opening and opening.preamble[0] <= start < opening.preamble[1]:
            doer = opening.own
        if doer is None:
            doer = _carried(text, nodes, breaks, items[-1])
        if doer is not None:
            links |= {(doer, "implements", k) for k in items}
    return links


def _items(text: str, nodes: list[Node], breaks: Breaks, j: int) -> tuple[list[int], int | None]:
    """The items a leading verb lists from node `j` on, and the node its main clause issues."""
    items = [j]
    for k in range(j + 1, len(nodes)):
        if breaks.crosses(nodes[j].lead, nodes[k].lead, clause=False):
            break
        lead = nodes[k].lead
        if _ISSUE_END.search(text, max(0, lead - 30), lead):
            return items, k
        if _relation_before(text, nodes[k - 1].end, lead):
            continue  # nested: an item's own target ("Kế hoạch A … triển khai Quyết định B")
        if not _ITEM_GAP.search(text, max(0, lead - 12), lead):
            break
        items.append(k)
    return items, None


def _carried(text: str, nodes: list[Node], breaks: Breaks, last: int) -> int | None:
    """A leading "Thực hiện X …." whose sentence issues nothing, followed by "Từ đó có Quyết định
    số Y" or
    "Ngày …, <body> đã ban hành Kế hoạch số Y": Y carries out X."""
    nxt = breaks.next_start(nodes[last].end)
    if nxt is None:
        return None
    for k in range(last + 1, len(nodes)):
        if nodes[k].lead < nxt:
            continue
        if breaks.crosses(nxt, nodes[k].lead, clause=False):
            return None
        return k if _CARRY.fullmatch(text, nxt, nodes[k].lead) else None
    return None


def _own(text: str, nodes: list[Node], breaks: Breaks, op: Opening) -> set[Link]:
    """What an opening says of its own number: its title, "Căn cứ" lines, "kèm theo Quyết định này
    …"."""
    links: set[Link] = set()
    for j, node in enumerate(nodes):
        if j == op.own:
            continue
        rel = _relation_before(text, 0, node.lead)
        if (
            op.title
            and op.title[0] <= node.lead < op.title[1]
            and rel
            and _SELF_NP.fullmatch(text, op.title[0], rel[1])
            and not _np_has_verb(text, op.title[0], rel[1])
        ):
            links |= {(op.own, rel[0], k) for k in _list_from(text, nodes, breaks, j, _SEP_ONLY)}
        start = breaks.start_before(node.lead)
        if op.preamble[0] <= start < op.preamble[1] and _BASED.fullmatch(text, start, node.lead):
            links |= {
                (op.own, "based_on", k) for k in _list_from(text, nodes, breaks, j, _SEP_ONLY)
            }
        kem = (
            _KEM_THEO.search(text, max(0, node.lead - 160), rel[1])
            if rel and rel[0] == "implements"
            else None
        )
        if kem and not ANY_VERB.search(kem.group("np")):
            links |= {
                (op.own, "implements", k) for k in _list_from(text, nodes, breaks, j, _PAIR_SEP)
            }
    return links


def _np_has_verb(text: str, a: int, b: int) -> bool:
    return ANY_VERB.search(text, a, b) is not None
