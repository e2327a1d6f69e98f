"""Acronyms an article defines for itself: "Hội Luật gia (HLG) Việt Nam", "Ban Thường vụ (BTV)".

A capitalised phrase followed by its initials in brackets defines them for the rest of the text, so
"Chủ tịch HLG Việt Nam" and "Chủ tịch Hội Luật gia Việt Nam" are one post. Only acronyms the
title lexicon does not already spell out ("UBND", "BCSĐ") are read, and only when every letter is
a word's initial, in order.
"""

from __future__ import annotations

import re
import unicodedata

from eventgraph.extract.vi.titles import LEXICON

_KNOWN = {k.casefold() for k in LEXICON["abbreviations"]}
# Found by its bracket first (cheap), then its words are read back from just before it.
_BRACKET = re.compile(r"\(([A-ZĐ]{2,7})\)")
# Inside a title, with more of the title after it: "Chủ tịch Hội đồng nhân dân (HĐND) TP Đà Nẵng".
_INNER = re.compile(r" \(([A-ZĐ]{2,8})\)(?= \w)")


def defined_acronyms(text: str) -> dict[str, str]:
    """{acronym: the words it stands for} for each "Words (ACR)" whose last words' initials spell
    ACR and whose first such word is capitalised; an acronym defined two ways is dropped."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for m in _BRACKET.finditer(text):
        acr = m.group(1)
        if acr.casefold() in _KNOWN or text[m.start() - 1 : m.start()] != " ":
            continue
        before = text[max(0, m.start() - 12 * len(acr)) : m.start()].split()
        words = before[-len(acr) :]
        if not all(w.isalnum() for w in words):
            continue
        if len(words) != len(acr) or not words[0][:1].isupper():
            continue
        if "".join(w[0] for w in words).upper() != acr:
            continue
        full = " ".join(words)
        if out.get(acr, full) != full:
            clash.add(acr)
        out[acr] = full
    return {k: v for k, v in out.items() if k not in clash}


def spelled_out(title: str, acronyms: dict[str, str]) -> str:
    """`title` with the article's own acronyms written in full ("Chủ tịch HLG Việt Nam" ->
    "Chủ tịch Hội Luật gia Việt Nam")."""
    if not acronyms:
        return title
    return " ".join(acronyms.get(w, w) for w in title.split(" "))


def without_restated(title: str) -> str:
    """`title` without an acronym in brackets that only restates the words before it, where more
    of the title follows ("Chủ tịch Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam TP Hà Nội" -> "Chủ tịch
    Ủy ban Mặt trận Tổ quốc Việt Nam TP Hà Nội"): the post as the text's other wordings and the
    scorer read it. An acronym at the end of the title stays (nothing is read past it)."""
    if "(" not in title:
        return title
    return _INNER.sub(
        lambda m: "" if _restates(title[: m.start()], m.group(1)) else m.group(0), title
    )


def _restates(before: str, acr: str) -> bool:
    words = before.split()[-len(acr) :]
    return len(words) == len(acr) and "".join(_initial(w) for w in words) == acr


def _initial(word: str) -> str:
    # the base letter, upper-cased ("Ủy" -> "U", "đồng" -> "Đ")
    return unicodedata.normalize("NFD", word[:1])[:1].upper()
