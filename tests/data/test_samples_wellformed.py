"""The sample articles in data/samples/ are well formed, and their expected facts match their text.

The samples are what `eventgraph` ingests on a fresh machine and what the end-to-end tests
score against, so a fact in expected.jsonl that is not in its article (a renamed person, a
retyped code) would silently make those tests wrong. These checks read only the files.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
ARTICLE_KEYS = {"id", "title", "published", "source", "outlet", "authors", "text"}
GOLD_KEYS = {"published", "authors", "people", "meetings", "directives", "localities"}
LINK_KEYS = ("implements", "based_on", "amends", "replaces")
PROVINCES = ("Hải Phòng", "Nghệ An", "Quảng Ninh", "Bình Định", "Gia Lai", "Hà Nội")
_BLOCKS = {"p", "div", "h1", "h2", "li", "figure", "figcaption", "br"}


class _PageParser(HTMLParser):
    """Collects <meta> tags and the text inside <article> (block tags become paragraph breaks)."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.chunks: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and (a.get("name") or a.get("property")):
            self.meta[a.get("name") or a.get("property") or ""] = a.get("content") or ""
        if tag == "article":
            self._depth += 1
        if self._depth and tag in _BLOCKS:
            self.chunks.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._depth -= 1
        if self._depth and tag in _BLOCKS:
            self.chunks.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.chunks.append(data)

    def text(self) -> str:
        joined = "".join(self.chunks)
        return re.sub(r"\s*\n\s*\n\s*", "\n\n", joined).strip()


@cache
def articles() -> list[dict]:
    with open(SAMPLES / "articles.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@cache
def pages() -> dict[str, tuple[dict[str, str], str, str]]:
    """id -> (meta tags, article text, raw html) for every saved page in html/."""
    out = {}
    for path in sorted((SAMPLES / "html").glob("*.html")):
        raw = path.read_text(encoding="utf-8")
        parser = _PageParser()
        parser.feed(raw)
        out[parser.meta.get("eventgraph:id", path.name)] = (parser.meta, parser.text(), raw)
    return out


@cache
def expected() -> list[dict]:
    with open(SAMPLES / "expected.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def texts() -> dict[str, str]:
    """The text an annotator read for each id: the jsonl text, or the article part of a page."""
    out = {a["id"]: a["text"] for a in articles()}
    out.update({pid: text for pid, (_, text, _) in pages().items()})
    return out


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()


def strings(x: object):
    """Every string inside a JSON value."""
    if isinstance(x, str):
        yield x
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from strings(v)


def loc_name(x: str | dict) -> str:
    return x["name"] if isinstance(x, dict) else x


def is_iso(s: str | None) -> bool:
    if s is None:
        return True
    try:
        return dt.date.fromisoformat(s).isoformat() == s
    except ValueError:
        return False


# ---- the files themselves -------------------------------------------------------------


def test_articles_have_the_input_fields():
    assert len(articles()) >= 14
    for a in articles():
        assert set(a) == ARTICLE_KEYS, a["id"]
        assert is_iso(a["published"]) and a["published"], a["id"]
        assert re.match(r"^https://[a-z0-9.-]+\.example\.vn/\S+$", a["source"]), a["id"]
        assert a["outlet"] and all(isinstance(x, str) and x for x in a["authors"]), a["id"]


def test_ids_unique_and_html_pages_not_repeated_in_jsonl():
    ids = [a["id"] for a in articles()]
    assert len(ids) == len(set(ids))
    assert len(pages()) == 2
    assert not set(pages()) & set(ids), "a saved page must not also be in articles.jsonl"


def test_everything_is_nfc():
    values = [*strings(articles()), *strings(expected())]
    values += [raw for _, _, raw in pages().values()]
    bad = [v[:60] for v in values if unicodedata.normalize("NFC", v) != v]
    assert not bad


def test_length_and_paragraphs():
    for aid, text in texts().items():
        words = len(text.split())
        assert 150 <= words <= 600, (aid, words)
        assert "\n\n" in text and "\r" not in text, aid


def test_html_pages_carry_id_lead_and_date():
    gold_ids = {e["id"]: e for e in expected()}
    for pid, (meta, text, raw) in pages().items():
        assert pid in gold_ids and gold_ids[pid]["format"] == "html"
        lead = meta.get("og:description", "")
        assert lead and text.split("\n\n")[2] == lead, pid  # title, date line, then the lead
        published = gold_ids[pid]["gold"]["published"]
        assert meta.get("article:published_time", "").startswith(published), pid
        assert "Tin khác" in raw and "<footer" in raw and 'class="breadcrumb"' in raw, pid


# ---- expected facts against their text --------------------------------------------------


def test_expected_covers_every_article_once():
    ids = [e["id"] for e in expected()]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(texts())
    published = {a["id"]: a["published"] for a in articles()}
    for e in expected():
        assert GOLD_KEYS <= set(e["gold"]), e["id"]
        if e["id"] in published:
            assert e["gold"]["published"] == published[e["id"]], e["id"]


@pytest.mark.parametrize("row", expected(), ids=lambda r: r["id"])
def test_expected_facts_occur_in_text(row):
    text, gold = fold(texts()[row["id"]]), row["gold"]
    wanted = [*gold["authors"], *(loc_name(x) for x in gold["localities"])]
    for person in gold["people"]:
        wanted += [person["name"], *person["positions"]]
    wanted += [d["code"] for d in gold["directives"]]
    missing = [w for w in wanted if fold(w) not in text]
    assert not missing, f"{row['id']}: not in the text: {missing}"


@pytest.mark.parametrize("row", expected(), ids=lambda r: r["id"])
def test_expected_is_internally_consistent(row):
    gold = row["gold"]
    names = {p["name"] for p in gold["people"]}
    assert not names & set(gold["authors"]), "a byline is an author, not a person"
    codes = {d["code"] for d in gold["directives"]}
    for m in gold["meetings"]:
        assert set(m["chairs"]) <= names and set(m["directives"]) <= codes, m["name"]
        assert is_iso(m["date"]), m["name"]
        if m["date"] and not m.get("optional"):
            day = dt.date.fromisoformat(m["date"])
            assert f"{day.day}/{day.month}" in texts()[row["id"]], m["name"]
    for d in gold["directives"]:
        assert is_iso(d["date"]) and d["kind"], d["code"]
        for key in LINK_KEYS:
            assert set(d.get(key, [])) <= codes - {d["code"]}, (d["code"], key)


def test_person_refs_keep_one_name():
    by_ref: dict[str, set[str]] = {}
    for e in expected():
        for p in e["gold"]["people"]:
            by_ref.setdefault(p["ref"], set()).add(p["name"])
    assert all(len(v) == 1 for v in by_ref.values()), by_ref


# ---- the features data/README.md promises ----------------------------------------------


def _all_directives():
    for e in expected():
        for d in e["gold"]["directives"]:
            yield e, d


def _province(e: dict, d: dict) -> str:
    """The province a provincial document belongs to: named in its issuer, else the article's."""
    named = [p for p in PROVINCES if p in (d["issuer"] or "")]
    return named[0] if named else loc_name(e["gold"]["localities"][0])


def test_directive_chain_from_politburo_to_province():
    links = {(d["code"], t) for _, d in _all_directives() for t in d["implements"]}
    assert ("03/NQ-CP", "57-NQ/TW") in links
    assert ("112/KH-UBND", "45-KH/TU") in links
    assert any(t == "21-KL/TW" and c.endswith("-KH/TU") for c, t in links)
    provincial = {
        (d["code"], _province(e, d))
        for e, d in _all_directives()
        if d["code"].endswith("-KH/TU") and "57-NQ/TW" in d["implements"]
    }
    assert len(provincial) >= 3, provincial
    same_number = {p for c, p in provincial if c == "45-KH/TU"}
    assert {"Nghệ An", "Bình Định"} <= same_number


def test_other_document_relations():
    based = [d for _, d in _all_directives() if d.get("based_on")]
    assert any("03/NQ-CP" in d["based_on"] and "03/NQ-CP" not in d["implements"] for d in based)
    assert any(d.get("amends") for _, d in _all_directives())


def test_same_meeting_reported_by_two_outlets():
    outlet = {a["id"]: a["outlet"] for a in articles()}
    seen: dict[tuple, set[str]] = {}
    for e in expected():
        for m in e["gold"]["meetings"]:
            if m["date"] and m["chairs"] and e["id"] in outlet:
                key = (m["date"], m["locality"], tuple(sorted(m["chairs"])))
                seen.setdefault(key, set()).add(outlet[e["id"]])
    assert any(len(v) >= 2 for v in seen.values())


def test_people_change_posts_and_share_names():
    posts: dict[str, set[tuple[str, tuple]]] = {}
    refs_by_name: dict[str, set[str]] = {}
    for e in expected():
        year = e["gold"]["published"][:4]
        for p in e["gold"]["people"]:
            posts.setdefault(p["ref"], set()).add((year, tuple(sorted(p["positions"]))))
            refs_by_name.setdefault(p["name"], set()).add(p["ref"])
    assert any(len({y for y, _ in v}) > 1 and len({ps for _, ps in v}) > 1 for v in posts.values())
    assert any(len(v) > 1 for v in refs_by_name.values()), "no namesake left in the samples"
    positions = [fold(x) for e in expected() for p in e["gold"]["people"] for x in p["positions"]]
    for word in ("nguyên ", "quyền "):
        assert any(x.startswith(word) for x in positions), word
    assert any("kiêm" in fold(t) for t in texts().values())


def test_meeting_kinds_and_chairs():
    meetings = [m for e in expected() for m in e["gold"]["meetings"] if not m.get("optional")]
    names = " | ".join(fold(m["name"]) for m in meetings)
    for kind in ("hội nghị", "kỳ họp", "buổi làm việc", "đại hội", "hội thảo", "lễ công bố"):
        assert kind in names, kind
    assert any(m["organizers"] and not m["chairs"] for m in meetings), "organisation-only chair"
    assert any(len(m["chairs"]) > 1 for m in meetings), "co-chairs"
    all_text = fold(" ".join(texts().values()))
    for verb in ("chủ trì", "đồng chủ trì", "chủ tọa", "dưới sự chủ trì của", "điều hành"):
        assert verb in all_text, verb


def test_localities_dates_and_spelling_variants():
    localities = {loc_name(x) for e in expected() for x in e["gold"]["localities"]}
    assert len(localities & set(PROVINCES)) >= 5
    undated = [a for a in articles() if not re.search(r"\b(19|20)\d\d\b", a["text"])]
    assert undated, "one article must leave the year to its published date"
    all_text = " ".join(texts().values())
    assert "uỷ" in all_text and "Hoà" in all_text
    for abbr in ("UBND", "HĐND", "MTTQ", "ĐBQH", "BCH TW"):
        assert abbr in all_text, abbr


# ---- the edge-case inputs for the reliability tests ------------------------------------


def test_bad_inputs_are_bad_in_the_intended_way():
    bad = SAMPLES / "bad"
    assert (bad / "empty.txt").stat().st_size == 0
    first, second = (bad / "truncated.jsonl").read_text(encoding="utf-8").split("\n")
    assert json.loads(first)["id"]
    with pytest.raises(json.JSONDecodeError):
        json.loads(second)
    raw = (bad / "cp1258.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = unicodedata.normalize("NFC", raw.decode("cp1258"))
    assert "Ủy ban nhân dân tỉnh Quảng Ninh" in text and text.count(". ") >= 1
