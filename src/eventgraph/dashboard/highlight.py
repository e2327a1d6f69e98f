"""An article's text with its facts highlighted, as HTML built from escaped pieces only.

The article text is other people's writing and may hold anything, "<script>" included. The text is
cut at every span boundary and each piece is escaped with `html.escape`; the only markup in the
output is the fixed tags written here, with attribute values escaped too. Spans may overlap: a piece
covered by several facts gets one mark naming all of them."""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import pairwise

# Colours by fact type (light backgrounds that keep dark text readable).
COLOURS = {
    "Mention": "#fef3c7",
    "Membership": "#dbeafe",
    "Participation": "#dcfce7",
    "MeetingReport": "#fce7f3",
    "LineageStatement": "#ede9fe",
}
DEFAULT_COLOUR = "#e5e7eb"


@dataclass(frozen=True)
class Span:
    """A fact's place in the text: [start, end), its type and a short description."""

    start: int
    end: int
    kind: str
    label: str


def _pieces(length: int, spans: list[Span]) -> list[tuple[int, int, list[Span]]]:
    """The text cut at every span boundary: (start, end, spans covering that piece)."""
    cuts = sorted({0, length, *(s.start for s in spans), *(s.end for s in spans)})
    out = []
    for a, b in pairwise(cuts):
        if a < b:
            out.append((a, b, [s for s in spans if s.start <= a and s.end >= b]))
    return out


def _mark(text: str, covering: list[Span]) -> str:
    body = html.escape(text).replace("\n", "<br>")
    if not covering:
        return body
    kinds = sorted({s.kind for s in covering})
    colour = COLOURS.get(kinds[0], DEFAULT_COLOUR)
    title = html.escape("; ".join(dict.fromkeys(s.label for s in covering)), quote=True)
    cls = html.escape(" ".join(f"eg-{k}" for k in kinds), quote=True)
    return (
        f'<mark class="{cls}" title="{title}" style="background:{colour};padding:0 1px;'
        f'border-radius:3px">{body}</mark>'
    )


def highlight(text: str, spans: list[Span]) -> str:
    """The article as an HTML fragment with each fact's span marked; text outside spans is plain."""
    n = len(text)
    valid = [
        Span(max(0, s.start), min(n, s.end), s.kind, s.label) for s in spans if s.start < s.end
    ]
    valid = [s for s in valid if s.start < s.end]
    body = "".join(_mark(text[a:b], cov) for a, b, cov in _pieces(n, valid))
    return (
        f'<div class="eg-article" style="line-height:1.8;font-size:1.05rem;white-space:normal">'
        f"{body}</div>"
    )


def legend(labels: dict[str, str]) -> str:
    """The colour key: one small mark per fact type, with `labels` giving each type's name."""
    items = (
        f'<mark style="background:{COLOURS.get(k, DEFAULT_COLOUR)};padding:0 4px;'
        f'border-radius:3px;margin-right:8px">{html.escape(v)}</mark>'
        for k, v in labels.items()
    )
    return f'<div class="eg-legend">{"".join(items)}</div>'
