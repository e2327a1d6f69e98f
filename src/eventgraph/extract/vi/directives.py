"""The directives component: the numbered documents an article refers to, with kind, date, issuer,
Party term and lineage.

Every mention of a code is read (`codes`), with what is written after it (date, "của <body>", "về
…") and before it ("Ngày …, UBND tỉnh X đã ban hành …"); mentions of one document (the same code,
or a misspelt repeat such as "21/CT-TW" of "21-CT/TW") become one `DirectiveFact`. A document
opening gives its own number's kind, date and issuer (`openings`); `lineage` says what carries out
what. The facts, with their spans, are also left in `doc.found["directives"]` (and every mention in
`doc.found["directive_mentions"]` as (start, end, code)) for the meetings component.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise

from eventgraph.extract.doc import Doc
from eventgraph.extract.registry import component
from eventgraph.extract.vi.clauses import Breaks
from eventgraph.extract.vi.codes import CodeMatch, find_codes, kinds
from eventgraph.extract.vi.doc_attrs import After, Before, read_after, read_before
from eventgraph.extract.vi.issuers import (
    central_term,
    fold,
    from_code,
    is_issuer_suffix,
    localize,
    national_body_names,
    printed_in_capitals,
    proper_case,
    tables,
    term_of,
)
from eventgraph.extract.vi.lineage import Node, relations
from eventgraph.extract.vi.openings import Opening, read_opening
from eventgraph.model.extraction import ArticleExtraction, DirectiveFact

EXTRACTOR = "eventgraph.directives.v2"
_ETH = str.maketrans("Ðð", "Đđ")  # the Icelandic eth some portals type for "Đ"; same length
# between two codes of one list: "X, Y", "X và Y", and "Nghị quyết số 18-NQ/TW, số 19-NQ/TW" where
# "số" comes back without the kind word
_LIST_GAP = re.compile(r"\s*(?:,|(?i:và)|,\s*(?i:và))\s*(?:(?i:số)\s+)?")


@dataclass
class Mention:
    """One code (or bare number) in the text, with what the text says around it."""

    m: CodeMatch
    after: After
    before: Before
    shared_date: dt.date | None = None
    shared_issuer: str | None = None
    shared_kind: str | None = None
    facts: list[DirectiveFact] = field(default_factory=list)
    key: str = ""  # the document's key (`_group`): a bare number joined to a code takes the code's

    @property
    def kind(self) -> str | None:
        """The kind its word names, else the kind its letters name, else its list's."""
        return self.m.word_kind or symbol_kind(self.m) or self.shared_kind


def symbol_kind(m: CodeMatch) -> str | None:
    """The kind a code's letters name ("KL" -> Kết luận); a State dispatch without kind letters
    ("16937/BGTVT-QLDN") is a Công văn."""
    table = kinds().by_symbol
    c = m.code
    if c.kind_letters:
        return table[c.kind_letters]
    if not c.segments:
        return None
    first = c.segments[0].upper()
    prefix = next((table[first[:n]] for n in (4, 3, 2) if first[:n] in table), None)
    if is_issuer_suffix(first):
        return "Công văn" if c.sep == "/" and c.year is None and len(c.segments) > 1 else None
    return prefix


@component(EXTRACTOR)
def directives(doc: Doc, out: ArticleExtraction) -> None:
    """Find the article's directives and their lineage; see the module docstring."""
    text = doc.text.translate(_ETH) if "Ð" in doc.text or "ð" in doc.text else doc.text
    matches = find_codes(text)
    doc.found["directives"], doc.found["directive_mentions"] = [], []
    if not matches:
        return
    places = {p.start: p.end for p in doc.found.get("localities", [])}
    breaks = Breaks(text)
    opening = read_opening(text, matches, places)
    mentions = [
        Mention(
            m,
            read_after(text, m.end, doc.published, places),
            read_before(text, breaks.start_before(m.lead), m.lead, doc.published, places),
        )
        for m in matches
    ]
    _share_in_lists(text, mentions)
    facts = _facts(doc, text, mentions, opening)
    _link(text, mentions, breaks, opening)
    out.directives.extend(facts)
    doc.found["directives"] = facts
    doc.found["directive_mentions"] = [
        (x.m.start, x.m.end, x.facts[0].code) for x in mentions if x.facts
    ]


def _share_in_lists(text: str, mentions: list[Mention]) -> None:
    """ "Nghị quyết số 125/NQ-CP và Nghị quyết số 126/NQ-CP ngày 9/5/2025": the date (same kind) and
    the issuer (when the first code's letters do not name another) of the last item apply to the
    list."""
    for a, b in pairwise(mentions):
        # "Công điện số: 688/CĐ-TTg ..., 54/ĐM-TTg": letters the table lacks take the list's kind
        if not (a.m.bare or b.m.bare) and _LIST_GAP.fullmatch(text, a.after.end, b.m.lead):
            b.shared_kind = None if b.kind else a.kind
    for a, b in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        if a.m.bare or b.m.bare or not _LIST_GAP.fullmatch(text, a.after.end, b.m.lead):
            continue
        if a.after.date is None and (b.after.date or b.shared_date) and a.kind == b.kind:
            a.shared_date = b.after.date or b.shared_date
        issuer = b.after.issuer or b.shared_issuer
        own = from_code(a.m.code, None, "")
        if (
            a.after.issuer is None
            and issuer
            and (own is None or issuer.casefold().startswith(own.casefold()))
        ):
            a.shared_issuer = issuer


def _group(mentions: list[Mention]) -> dict[str, list[int]]:
    """Mentions of one document: same code key; a bare number joins a coded one of the same number
    and kind ("Chỉ thị số 05" and "05-CT/TW"), or stays on its own."""
    groups: dict[str, list[int]] = {}
    coded: dict[tuple[int, str | None], str] = {}
    for x in mentions:
        if not x.m.bare:
            coded.setdefault((int(x.m.code.number), x.kind), x.m.code.key)
            coded.setdefault((int(x.m.code.number), None), x.m.code.key)
    # "Quyết định 367/1996 …, Quyết định 367", "Văn bản số 190/2002 …, Công văn số 190": a number
    # written once with its year is the same document when it comes back alone (same kind, or the
    # first time a generic word named it)
    dated = {
        (int(x.m.code.number), x.kind): f"bare/{x.m.code.text}"
        for x in reversed(mentions)
        if x.m.bare and x.m.code.year
    }
    for i, x in enumerate(mentions):
        n = int(x.m.code.number)
        if not x.m.bare:
            key = x.m.code.key
        elif x.m.code.year:
            key = coded.get((n, x.kind)) or f"bare/{x.m.code.text}"
        else:
            key = (
                coded.get((n, x.kind))
                or dated.get((n, x.kind))
                or dated.get((n, None))
                or f"bare/{n}/{x.kind}"
            )
        groups.setdefault(key, []).append(i)
    return groups


def _facts(
    doc: Doc, text: str, mentions: list[Mention], opening: Opening | None
) -> list[DirectiveFact]:
    facts = []
    for key, idx in _group(mentions).items():
        group = [mentions[i] for i in idx]
        own = opening is not None and opening.own in idx
        fact = _fact(doc, text, group, opening if own else None, bare=key.startswith("bare/"))
        for x in group:
            x.facts.append(fact)
            x.key = key
        facts.append(fact)
    return facts


def _fact(
    doc: Doc, text: str, group: list[Mention], opening: Opening | None, bare: bool
) -> DirectiveFact:
    coded = [x for x in group if not x.m.bare] or [x for x in group if x.m.code.year] or group
    first = next((x for x in coded if x.m.code.text != x.m.code.text.upper()), coded[0])
    code = first.m.code
    kind = (
        (opening.kind if opening else None)
        or next((x.m.word_kind for x in group if x.m.word_kind), None)
        or next((symbol_kind(x.m) for x in coded if symbol_kind(x.m)), None)
        or next((x.shared_kind for x in group if x.shared_kind), None)
    )
    date = (
        (opening.date if opening else None)
        or next((x.after.date for x in group if x.after.date), None)
        or next(
            (x.before.date or x.shared_date for x in group if x.before.date or x.shared_date), None
        )
    )
    issuer = _issuer(doc, text, group, opening)
    year = (
        code.year
        or (date.year if date else None)
        or next((x.after.year for x in group if x.after.year), None)
    )
    return DirectiveFact(
        code=code.text,
        kind=kind,
        number=code.number,
        symbol=code.symbol or None,
        issuer=issuer,
        date=date,
        year=year,
        term=None if bare else _term(code.issuer_letters, issuer, date),
        subject=_subject(group),
        evidence=doc.evidence(group[0].m.start, group[0].m.end, EXTRACTOR),
    )


def _subject(group: list[Mention]) -> str | None:
    """What the document is about, from running text rather than a title in capitals."""
    subject = min(
        (x.after.subject for x in group if x.after.subject), key=str.isupper, default=None
    )
    if subject and printed_in_capitals(subject):
        return subject[0] + subject[1:].lower()
    return subject


def _issuer(doc: Doc, text: str, group: list[Mention], opening: Opening | None) -> str | None:
    """The surest issuer any mention gives: the opening's header, "của <body>" after the code, what
    the
    clause before it says, the list it closes, and last the code's own letters."""
    found: list[tuple[int, str]] = []
    if opening and opening.issuer:
        found.append((0, opening.issuer))
    for x in group:
        if x.after.issuer:
            found.append((1, x.after.issuer))
        if x.before.issuer:
            found.append((x.before.rank, x.before.issuer))
        if x.shared_issuer:
            found.append((4, x.shared_issuer))
    suffix = next((from_code(x.m.code, doc.province, text) for x in group if not x.m.bare), None)
    if not found:
        return suffix
    _, best = min(found, key=lambda f: (f[0], printed_in_capitals(f[1])))
    if suffix and not opening and _contradicts(best, group):
        return suffix
    return localize(proper_case(best) if printed_in_capitals(best) else best, doc.province)


def _contradicts(read: str, group: list[Mention]) -> bool:
    """Whether a body read from the words around a code names another body than the code's own
    letters do, when those letters name one national body ("-TTg", "-CP", "-BTC"): "vốn vay của
    Ngân hàng Thế giới, được Thủ tướng phê duyệt tại Quyết định số 265/QĐ-TTg" is the Thủ tướng's.
    A reading that holds one of that body's names or is held in one ("Bộ trưởng Bộ Tài chính",
    "bộ GTVT", "Chính phủ") agrees with the letters; provincial letters ("-UBND", "/TU") name no
    body without the article's place, and are not judged."""
    names = next((n for x in group if not x.m.bare and (n := national_body_names(x.m.code))), [])
    a = fold(read)
    return bool(names) and not any(b in a or a in b for b in map(fold, names))


def _term(letters: tuple[str, ...], issuer: str | None, date: dt.date | None) -> str | None:
    """The Party term: as the issuer's name states it, else, for a "/TW" document, from its date."""
    stated = term_of(issuer)
    if stated:
        return stated.upper()
    central = any(s.upper() in tables().central for s in letters)
    return central_term(date) if central and date else None


def _link(text: str, mentions: list[Mention], breaks: Breaks, opening: Opening | None) -> None:
    """Fill implements / based_on / amends / replaces from the lineage rules, by the facts'
    codes. A short form the article has tied to a code ("Nghị quyết số 42/2017/QH14 …, thực hiện
    Nghị quyết 42") is that document's mention too; a bare number tied to none links nothing."""
    coded = [(i, x) for i, x in enumerate(mentions) if not x.key.startswith("bare/")]
    nodes = [
        Node(
            x.m.lead,
            x.m.start,
            x.m.end,
            x.after.end,
            x.key,
            x.facts[0].date,
            x.facts[0].kind,
        )
        for _, x in coded
    ]
    if (
        opening is not None
    ):  # the opening counts its own number among all matches; nodes are coded only
        own = next((n for n, (i, _) in enumerate(coded) if i == opening.own), None)
        opening = dataclasses.replace(opening, own=own) if own is not None else None
    for s, rel, t in sorted(relations(text, nodes, breaks, opening)):
        src, tgt = coded[s][1].facts[0], coded[t][1].facts[0]
        targets = getattr(src, rel)
        if tgt.code not in targets and tgt.code != src.code:
            targets.append(tgt.code)
