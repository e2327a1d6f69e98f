"""Our gold label files: ids and labels only, no text labelled twice, held-out sets apart from the rest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path

GOLD_DIR = ROOT / "tests" / "gold"
FILES = sorted(GOLD_DIR.glob("*.jsonl"))


def rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_labels_carry_no_article_content(path: Path) -> None:
    for r in rows(path):
        assert not {"text", "title", "source"} & set(r), r["id"]
        assert set(r["gold"]) >= {"published", "authors", "people", "meetings", "directives", "localities"}
        assert r["notes"].strip(), r["id"]


def test_no_text_is_labelled_in_two_files() -> None:
    seen: dict[str, str] = {}
    for path in FILES:
        for r in rows(path):
            assert r["id"] not in seen, f"{r['id']} in {seen.get(r['id'])} and {path.name}"
            seen[r["id"]] = path.name


def test_held_out_texts_are_not_dev_gold() -> None:
    dev = {json.loads(x)["id"] for x in shared_path("eval", "dev_gold.jsonl").open(encoding="utf-8") if x.strip()}
    held = {r["id"] for p in FILES if p.name.startswith("holdout") for r in rows(p)}
    assert held and not held & dev


@pytest.mark.parametrize("path", [p for p in FILES if p.name.startswith("holdout")], ids=lambda p: p.name)
def test_held_out_labels_occur_in_their_texts(path: Path, tmp_path: Path) -> None:
    shared = shared_path("corpus").parent
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "join_gold.py"), str(tmp_path / "g.jsonl"),
                           "--shared", str(shared), "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_fourth_held_out_set_is_news_labelled_nowhere_else() -> None:
    # holdout_4.jsonl is the unseen figure of docs/quality.md: 15 vn_politics texts, none of them in
    # the dev gold or another of our files (the test above checks the labels occur in the texts)
    fourth = rows(GOLD_DIR / "holdout_4.jsonl")
    assert len(fourth) == 15 and {r["corpus"] for r in fourth} == {"vn_politics"}
    others = {r["id"] for p in FILES if p.name != "holdout_4.jsonl" for r in rows(p)}
    dev = {json.loads(x)["id"] for x in shared_path("eval", "dev_gold.jsonl").open(encoding="utf-8") if x.strip()}
    assert not {r["id"] for r in fourth} & (others | dev)


def test_the_fifth_held_out_set_is_news_labelled_nowhere_else() -> None:
    # holdout_5.jsonl is the next unseen figure: 15 vn_politics texts chosen for named chairs
    # ('chủ trì' a meeting, 'dưới sự chủ trì của', 'chủ tọa', 'điều hành phiên'), labelled before the
    # extractor ran on them; chairs are the thin category, so the set must hold at least 12 of them
    fifth = rows(GOLD_DIR / "holdout_5.jsonl")
    assert len(fifth) == 15 and {r["corpus"] for r in fifth} == {"vn_politics"}
    others = {r["id"] for p in FILES if p.name != "holdout_5.jsonl" for r in rows(p)}
    dev = {json.loads(x)["id"] for x in shared_path("eval", "dev_gold.jsonl").open(encoding="utf-8") if x.strip()}
    assert not {r["id"] for r in fifth} & (others | dev)
    chairs = [c for r in fifth for m in r["gold"]["meetings"] if not m.get("optional") for c in m["chairs"]]
    assert len(chairs) >= 12


# The held-out sets that mix named chairs and document codes, one row each (file, texts, at least
# so many chairs and directives): the unseen figure of a round, labelled before the extractor ran
# on them.
#   holdout_6: after held-out 5 was studied (Ban Bí thư, Uỷ ban Kiểm tra, Government meetings;
#     -QĐ/TW, /QĐ-TTg, /NĐ-CP, /NQ-CP)
#   holdout_7: after held-out 6 was studied (Politburo, Secretariat, provincial and association
#     meetings, co-chairs; -QĐ/TW, -QĐ/TU, /QĐ-TTg, /NĐ-CP, /NQ-CP, -CT/TW)
#   holdout_8: after held-out 7 was studied (Government, Politburo, Secretariat, a press conference
#     with two co-chairs, a UBKT workshop, most dated only by day and month; -QĐ/TW, -QĐ/UBKTTU,
#     /QĐ-UBND, /KL-UBND, /NQ-UBTVQH 14, /QĐ-TTg, /NĐ-CP, a ministry's công văn)
#   holdout_25: ranked by codes and lineage verbs per character, for implements and directive
#     kind/date/issuer (31 required codes, 4 implements links, no chaired meeting)
CODE_SETS = [
    ("holdout_6.jsonl", 16, 10, 8),
    ("holdout_7.jsonl", 14, 12, 8),
    ("holdout_8.jsonl", 15, 12, 8),
    ("holdout_25.jsonl", 12, 0, 30),
    # holdout_27: the first 12 of a fresh ranking of the same kind, to see whether round 25
    #   generalises (18 required codes, no implements link, no chaired meeting)
    ("holdout_27.jsonl", 12, 0, 18),
    # holdout_29: the first 12 of another fresh ranking of the same kind (18 required codes, no
    #   required implements link: every carry-out verb has an uncoded subject; no chaired meeting)
    ("holdout_29.jsonl", 12, 0, 18),
    # holdout_31: the first 12 of another fresh ranking of the same kind (19 required codes, two
    #   required implements links, no chaired meeting)
    ("holdout_31.jsonl", 12, 0, 19),
    # holdout_35: the first 12 of another fresh ranking of the same kind (30 required codes, no
    #   required implements link: one optional link between bare numbers; no chaired meeting)
    ("holdout_35.jsonl", 12, 0, 30),
]


def held_out_apart(name: str, texts: int) -> list[dict]:
    """The held-out set `name`: `texts` vn_politics texts, none labelled in another gold file or
    in the dev gold."""
    held = rows(GOLD_DIR / name)
    assert len(held) == texts and {r["corpus"] for r in held} == {"vn_politics"}
    others = {r["id"] for p in FILES if p.name != name for r in rows(p)}
    dev_file = shared_path("eval", "dev_gold.jsonl")
    dev = {json.loads(x)["id"] for x in dev_file.open(encoding="utf-8") if x.strip()}
    assert not {r["id"] for r in held} & (others | dev)
    return held


@pytest.mark.parametrize(("name", "texts", "min_chairs", "min_codes"), CODE_SETS,
                         ids=[c[0] for c in CODE_SETS])
def test_code_held_out_sets_are_news_labelled_nowhere_else(
    name: str, texts: int, min_chairs: int, min_codes: int
) -> None:
    held = held_out_apart(name, texts)
    meetings = [m for r in held for m in r["gold"]["meetings"] if not m.get("optional")]
    chairs = [c for m in meetings for c in m["chairs"]]
    codes = [d for r in held for d in r["gold"]["directives"] if not d.get("optional")]
    assert len(chairs) >= min_chairs and len(codes) >= min_codes


# The chair-round held-out sets, one row each: the unseen figure of a round, chosen for named chairs
# of meetings dated only by day and month, some dated by the text's own present year and some left
# null, labelled before the extractor ran on them.
#   holdout_9: after held-out 8 was studied (Ban Bí thư, UBKT, Government, a national election
#     council, a co-chaired annual meeting, a provincial announcement)
#   holdout_10: after held-out 9 was studied (Ban Bí thư and Politburo discipline meetings, a city
#     party conference, a Deputy Prime Minister's meeting, National Assembly sittings and press
#     events, the anti-corruption steering committee, a city press conference)
#   holdout_11: after held-out 10 was scored (Ban Bí thư, the Central Military Commission with two
#     who 'điều hành', Thường trực Chính phủ and a Government session, a ministry's drafting board,
#     a co-chaired people's diplomacy review, press conferences, a UBTVQH sitting, an appointment
#     ceremony, a cadre conference; full dates and dates by day and month only)
#   holdout_12: after held-out 11 was scored (the Central Military Commission's appointments, a
#     retired leaders' conference, a Politburo meeting, the anti-corruption committee's standing
#     body, a Government session and an online conference, a provincial council session, a party
#     congress sub-committee, a National Assembly drafting meeting, press conferences, one with two
#     co-chairs; years from a session's name, figures to the day before, the year ahead; 7 codes)
#   holdout_13: after held-out 12 was scored (an election council session, a UBTVQH sitting, a
#     city Party standing committee, a conference on special zones, a Government online conference,
#     a state welcome and a press conference of two prime ministers, a state group's conference with
#     two chairs, a voters' meeting, a provincial press conference, a workshop, an investment
#     conference; a forum two bodies co-chair, with 10-NQ/TW and the 98-NQ/CP that carries it out)
#   holdout_14: after held-out 13 was scored (a National Assembly day with its two plenaries each
#     'điều hành' by another deputy chair, a Politburo meeting of a full date, a foreign host's
#     welcome and banquet, a Government conference, a city Party committee, two voters' meetings,
#     Thường trực Chính phủ, a press conference, an association's conference with two chairs, Ban Bí
#     thư, a city council session; years from the text's own present, one full date, six null)
#   holdout_15: after held-out 14 was scored (National Assembly questioning chaired 'ngồi ghế chủ
#     toạ', a Central Committee plenum's debate 'điều hành', the Prime Minister's conferences and
#     working sessions, a Deputy Prime Minister's conference in a province, a Secretary General's
#     sub-committee and promotion ceremony, a minister's conference, a Government press conference,
#     a National Assembly press conference; one full date, two years the text makes certain, nine
#     null; three codes without a symbol, optional)
#   holdout_16: after held-out 15 was scored (Ban Bí thư and Uỷ ban Kiểm tra meetings, Government
#     sessions, the Youth Union's plenum, a city's and the Assembly's press conferences, a state
#     welcome, an Assembly closing, an association's first plenum; six years the text makes certain
#     (one written in full), six null; one code without a symbol, optional)
#   holdout_17: after held-out 16 was scored (Central Committee plenums chaired and 'điều hành' by
#     day part, Ban Bí thư, the Military Commission, a city council, Government and Front
#     conferences, an award ceremony, an investors' conference; 14 chair facts, four years the text
#     makes certain, the rest null; one code without a symbol, optional)
#   holdout_18: after held-out 17 was scored (a Party Congress's preparatory and opening sessions
#     'điều hành', Central Committee plenums chaired and 'điều hành' for a day, the Assembly's
#     standing committee and questioning, Government sessions, a Deputy Prime Minister's meeting, a
#     city secretary's conference, a provincial review, a state welcome, a foreign party's plenum;
#     13 chair facts, five years the text makes certain, the rest null; one code without a symbol,
#     optional)
#   holdout_19: after held-out 18 was scored (the Prime Minister's online conference, the key
#     leaders' meeting, a plenum chaired and its opening 'điều hành' by another, the Secretariat's
#     study conference, a congress's voting session 'điều hành bởi', four Uỷ ban Kiểm tra sessions,
#     city council meetings, a prayer ceremony; 13 chair facts, five years the text makes certain,
#     eight null; one code)
#   holdout_21: after held-out 20 was scored (the only eight texts of the lead's ranked 169 where a
#     named person chairs a meeting, and four where the chair is never named: city council sessions
#     and questioning 'điều hành', an inspectorate's announcement, a co-chaired speakers' conference,
#     a deputy mayor's own 'tôi … chủ trì'; 6 chair facts (three more optional), two years the text
#     makes certain, four null; one code)
#   holdout_30: the lead's 12 texts for chair precision (none passed over): Ban Bí thư and the
#     anti-corruption committee, Government conferences, the Prime Minister's Thủ Thiêm meeting, an
#     APEC welcome chaired by a foreign host and a co-chaired session, a state welcome, the Party's
#     founding conference of 1930; 'dưới sự điều hành' of an agency, 'chủ trì thành lập' a party and
#     assignments are no chairs; 10 chair facts (two more optional), eight dated by the text, two null;
#     six codes
#   holdout_38: the lead's next texts for chair precision (the first 12 of 13, none passed over): the
#     anti-corruption committee and its standing body, Uỷ ban Kiểm tra sessions, Ban Bí thư, a
#     Central Committee plenum, an Assembly press conference, a steering committee, a city standing
#     committee's conclusion 'dưới sự chủ trì của', an inspectorate's announcement, a Deputy Prime
#     Minister's meeting 'Hồi tháng 2'; planned and plural sittings optional, assignments no chairs;
#     11 chair facts, six dated by the text, five null; ten codes
CHAIR_SETS = [
    ("holdout_9.jsonl", 10, 10),
    ("holdout_10.jsonl", 10, 10),
    ("holdout_11.jsonl", 12, 12),
    ("holdout_12.jsonl", 12, 12),
    ("holdout_13.jsonl", 12, 12),
    ("holdout_14.jsonl", 12, 12),
    ("holdout_15.jsonl", 12, 12),
    ("holdout_16.jsonl", 12, 12),
    ("holdout_17.jsonl", 12, 12),
    ("holdout_18.jsonl", 12, 11),  # two planned chairs optional since the round 19 review
    ("holdout_19.jsonl", 12, 12),
    ("holdout_21.jsonl", 12, 6),  # a pool thin in named chairs: see tests/gold/README.md
    ("holdout_30.jsonl", 12, 10),
    ("holdout_38.jsonl", 12, 11),
]


@pytest.mark.parametrize(("name", "texts", "min_chairs"), CHAIR_SETS, ids=[c[0] for c in CHAIR_SETS])
def test_chair_held_out_sets_are_news_labelled_nowhere_else(name: str, texts: int, min_chairs: int) -> None:
    held = held_out_apart(name, texts)
    meetings = [m for r in held for m in r["gold"]["meetings"] if not m.get("optional") and m["chairs"]]
    chairs = [c for m in meetings for c in m["chairs"]]
    assert len(chairs) >= min_chairs
    assert any(m["date"] for m in meetings) and any(m["date"] is None for m in meetings)
    # positions are plain strings: the scorer has no optional position
    assert all(isinstance(x, str) for r in held for p in r["gold"]["people"] for x in p.get("positions", []))


# The positions held-out sets, one row each (file, texts, at least so many people and person-post
# pairs): the unseen figure for positions, chosen by titled people per character rather than by
# chairs, labelled before the extractor ran on them.
#   holdout_20: after held-out 19 was annotated (provincial chairs and secretaries elected or
#     approved with their careers, relieved posts, police directors moved with their ranks, foreign
#     leaders at two state funerals, former leaders 'nguyên' at a commemoration; 144 positions of 69
#     people, no chaired meeting, one code)
#   holdout_22: after held-out 21 was scored, general news for every category, ranked by titled
#     people and codes per character (provincial elections with careers, a council relieving and
#     electing members, former leaders 'nguyên', foreign leaders, four Prime Minister's appointments
#     by code; 192 positions of 74 people after round 23's review added one, no chaired meeting,
#     four codes)
#   holdout_23: the next 12 of held-out 22's ranking, general news for every category (councils
#     electing and relieving with careers, a city government's posts shared by a list, the National
#     Assembly's election week with outgoing ministers, a state funeral with foreign and former
#     leaders; 162 positions of 88 people, no chaired meeting, no required code)
#   holdout_24: the first 12 of a fresh ranking of the same kind (unlabelled texts of 1,000-4,000
#     characters, none passed over): provincial Party congresses and plenums electing secretaries
#     with their careers, a council electing its chair, deputy ministers listed by rank, a state
#     visit, former general secretaries commemorated; 171 positions of 95 people, no chaired
#     meeting, no code
#   holdout_26: the first 12 of another fresh ranking of the same kind (none passed over):
#     secretaries posted with their careers, a council's first sessions with posts shared by lists,
#     the State President relieved, a former deputy chair's death ('nguyên'), a commune chairman's
#     discipline by four codes; 148 positions of 59 people, no chaired meeting, four codes
POSITION_SETS = [
    ("holdout_20.jsonl", 12, 60, 120),
    ("holdout_22.jsonl", 12, 70, 180),
    ("holdout_23.jsonl", 12, 80, 150),
    ("holdout_24.jsonl", 12, 90, 165),
    ("holdout_26.jsonl", 12, 55, 140),
    # holdout_28: the last 12 of a fresh ranking of the same kind (none passed over): Politburo
    #   assignments with careers, councils electing chairs with posts shared by lists, election
    #   council nominees (proposed posts left off), a last rank by promotion; 137 positions of 62 people,
    #   no chaired meeting, one code
    ("holdout_28.jsonl", 12, 60, 135),
    # holdout_32: the first 12 of a fresh ranking of the same kind (texts of 1,000-8,000 characters,
    #   none passed over): city and provincial governments elected, approved and relieved with posts
    #   shared by lists, careers, a state funeral's 'nguyên:' lists, Party commission heads appointed,
    #   proposed posts left off; 146 positions of 60 people after round 29's review gave the funeral
    #   committee's head his 'Trưởng ban', no chaired meeting, no code
    ("holdout_32.jsonl", 12, 58, 140),
    # holdout_33: the next 12 of the same ranking (none passed over): 88 positions of 45 people; no
    #   chaired meeting and no numbered document, so chairs and codes are measured on false ones only
    ("holdout_33.jsonl", 12, 43, 85),
    # holdout_34: the first 12 of a fresh ranking of the same kind (one passed over: a purely Chinese
    #   story): two funerals' careers ('nguyên' heads), foreign leaders' condolences, a city congress's
    #   standing committee by brackets, chairs elected and moved, posts shared by lists; 156
    #   positions of 83 people, no chaired meeting, one code
    ("holdout_34.jsonl", 12, 80, 150),
    # holdout_36: the first 12 of a fresh ranking of the same kind (texts of 800-8,000 characters, none
    #   passed over): careers split at commas, semicolons, dashes and 'kiêm', posts shared by lists,
    #   relieved and acting posts, an election's ministers; 148 positions of 70 people, no chaired
    #   meeting, no required code
    ("holdout_36.jsonl", 12, 68, 145),
    # holdout_37: the first 12 of a fresh ranking of the same kind (texts of 800-8,000 characters, none
    #   passed over): a secretary retiring and his successor voted in (nominated post left off), careers
    #   split at 'kiêm', semicolons and 'rồi', posts shared by 'gồm:' lists with bracketed second posts,
    #   a former prime minister's obituary, deputies in a debate; 109 positions of 51 people, no chaired
    #   meeting, no required code
    ("holdout_37.jsonl", 12, 50, 105),
]


@pytest.mark.parametrize(("name", "texts", "min_people", "min_positions"), POSITION_SETS,
                         ids=[c[0] for c in POSITION_SETS])
def test_position_held_out_sets_are_news_labelled_nowhere_else(
    name: str, texts: int, min_people: int, min_positions: int
) -> None:
    held = held_out_apart(name, texts)
    people = [p for r in held for p in r["gold"]["people"] if not p.get("optional")]
    assert len(people) >= min_people
    assert sum(len(p["positions"]) for p in people) >= min_positions
    # positions are plain strings: the scorer has no optional position
    assert all(isinstance(x, str) for p in people for x in p["positions"])
