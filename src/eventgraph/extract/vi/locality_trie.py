"""The regexes of the locality scanner, built as character tries from names and unit words.

Place names are capitalised, so the main regex is case-sensitive and every one of its top-level
alternatives starts with a literal capital letter: Python's regex engine then skips, in C, every
position that cannot start a name. Lower-case unit words ("huyện", "tỉnh ủy") have a regex of
their own, tried only where `str.find` has seen their first word (`heads`).
"""

from __future__ import annotations

import re

from eventgraph.extract.vi.gazetteer import TONE_FIX, TONE_RE

DASH, APOS = "\\-‐‑‒–—―−", "'’ʼ‘"  # as regex character-class members
# Markers inside trie items, replaced by these regex tails when the trie is written out.
_SEP, _WORD_END, _TRIG_END, _DOT_END, _SPACE, _ABBR_END = (chr(i) for i in range(6))
_TAILS = {
    _SPACE: r"[ \t]+",  # between the words of a unit word ("tỉnh ủy")
    _SEP: r"[-–'’. \t]*",  # between the syllables of a bare name ("TP.HCM", "Cam-pu-chia")
    _WORD_END: r"(?!\w)",
    _TRIG_END: r"[ \t]+",  # a unit word, then the name
    _ABBR_END: r"(?:[ \t]*\.[ \t]*|[ \t]+)",  # "TP. Hồ Chí Minh", "TP Vinh"
    _DOT_END: r"[ \t]*",  # an abbreviation with its dot ("H.Tuy Phước")
}
_ENDS = (_WORD_END, _TRIG_END, _DOT_END, _ABBR_END)  # tried last, so the longest name wins
_OLD_TONE = {new: old for old, new in TONE_FIX.items()}


def scan_regexes(names: list[str], triggers: dict[str, dict]
                 ) -> tuple[re.Pattern[str], re.Pattern[str], list[str]]:
    """The capitalised regex (bare names and capitalised unit words), the lower-case unit-word
    regex, and the first words to look for with `str.find` before trying the latter."""
    items = {_SEP.join(syllables(v)) + _WORD_END for s in names
             for v in tone_variants(s) | tone_variants(title(s))}
    lower: set[str] = set()
    for word, rule in triggers.items():
        end = {True: "." + _DOT_END, "optional": _ABBR_END}.get(rule.get("dot"), _TRIG_END)
        for form in {word.capitalize(), title(word), word.upper()}:
            items |= {v.replace(" ", _SPACE) + end for v in tone_variants(form)}
        if rule.get("upper_without_dot"):  # "TX An Nhơn", "TT Ngãi Giao"
            items.add(word.upper() + _TRIG_END)
        lower |= {v.replace(" ", _SPACE) + end for v in tone_variants(word)}
    heads = sorted({w.split()[0] + ("." if r.get("dot") is True else "")
                    for w, r in triggers.items()})
    return re.compile(_char_trie(items)), re.compile(_char_trie(lower)), heads


def tone_variants(text: str) -> set[str]:
    """The spelling with old and with new tone placement ("Hòa Bình", "Hoà Bình")."""
    out = {text, TONE_RE.sub(lambda m: TONE_FIX[m.group(0)], text)}
    for new, old in _OLD_TONE.items():
        out |= {t.replace(new, old).replace(new.capitalize(), old.capitalize())
                .replace(new.upper(), old.upper()) for t in out}
    return out


def syllables(name: str) -> list[str]:
    return [s for s in re.split(rf"[\s{DASH}{APOS}.]+", name) if s]


def title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def _char_trie(items: set[str]) -> str:
    """A regex of literal strings (with tail markers) shaped as a trie: longest first."""
    trie: dict = {}
    for item in items:
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})

    def emit(node: dict) -> str:
        alts = [(_TAILS.get(ch) or re.escape(ch)) + emit(kid)
                for ch, kid in sorted(node.items(), key=_tails_last)]
        return "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "|".join(re.escape(ch) + emit(kid) for ch, kid in sorted(trie.items()))


def _tails_last(item: tuple[str, dict]) -> tuple[bool, bool]:
    return item[0] in _ENDS, item[0] in _TAILS
