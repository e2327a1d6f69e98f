"""The layout of a portal page: furniture removed, the text as lines, where the title is, and the
short lines beside it (the portal's own date line, the byline).

Portals print today's date in their top bar, a date beside every "Tin khác" link and a licence date
in the footer; only the line next to the article's title says when the article was published. So the
page is cleaned first (hints in data/portal_layout.toml), and the date line is looked for only
beside the title.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import html as lhtml

from eventgraph.extract.vi.dates import find_dateline
from eventgraph.text import fold

_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li td th dd dt time blockquote figcaption pre section "
    "article main table tbody tr ul ol center header footer".split()
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BYLINE_PREFIX = re.compile(r"^(?:tác giả|bài(?: và ảnh)?|tin|ảnh)\s*:\s*", re.IGNORECASE)


@cache
def hints() -> dict[str, list[str]]:
    """The layout hints of data/portal_layout.toml."""
    with (Path(__file__).resolve().parents[1] / "data" / "portal_layout.toml").open("rb") as f:
        return tomllib.load(f)


@dataclass
class Page:
    """A cleaned page: its leaf text blocks as lines, the title's line, the article body text."""

    tree: lhtml.HtmlElement
    lines: list[str]
    title_at: int | None
    heading: str | None
    body: str

    def dateline(self) -> dt.date | None:
        """The date printed on a short line just below the title (or just above it)."""
        if self.title_at is None:
            return None
        after = []
        for line in self.lines[self.title_at + 1 : self.title_at + 5]:
            if len(line) > 300:  # the body has started
                break
            after.append(line)
        before = self.lines[max(0, self.title_at - 2) : self.title_at][::-1]
        for line in after + before:
            d = find_dateline(line) if len(line) <= 160 else None
            if d:
                return d
        return None

    def bylines(self) -> list[str]:
        """Author names printed in elements the portal marks as the byline."""
        out = []
        for el in self.tree.iter():
            if isinstance(el.tag, str) and _marked(el, hints()["author_classes"]):
                name = _BYLINE_PREFIX.sub("", _text(el)).strip(" .-")
                if 0 < len(name) <= 80:
                    out.append(name)
        return out

    def cleaned_html(self) -> str:
        return lhtml.tostring(self.tree, encoding="unicode")


def parse_page(html: str, titles: list[str]) -> Page:
    """Parse, find the title element, drop the furniture around it, and read the article body."""
    tree = lhtml.fromstring(_XML_DECL.sub("", html))
    h1 = next(tree.iter("h1"), None)
    keys = {
        fold(t)
        for t in [*titles, *(re.split(r"\s+[-|–]\s+", titles[-1])[:1] if titles else [])]
        if t
    }
    title_el = h1 if h1 is not None else _find_title_element(tree, keys)
    _clean(tree, title_el)
    lines = _lines(tree)
    if title_el is not None:
        keys.add(fold(_text(title_el)))
    title_at = next((i for i, line in enumerate(lines) if fold(line) in keys), None)
    heading = _text(h1) if h1 is not None else None
    return Page(
        tree,
        lines,
        title_at,
        heading or None,
        _body(tree, lines[title_at] if title_at is not None else None),
    )


def _text(el: lhtml.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _marked(el: lhtml.HtmlElement, names: list[str]) -> bool:
    attrs = f"{el.get('class', '')} {el.get('id', '')}".lower()
    return any(n in attrs for n in names)


def _find_title_element(tree: lhtml.HtmlElement, keys: set[str]) -> lhtml.HtmlElement | None:
    for el in tree.iter(*_BLOCKS):
        if fold(_text(el)) in keys:
            return el
    return None


def _clean(tree: lhtml.HtmlElement, keep: lhtml.HtmlElement | None) -> None:
    """Drop page furniture; never an element holding the title, nor an article's header/footer."""
    h = hints()
    related = tuple(h["related_headings"])
    kept = set() if keep is None else {keep, *keep.iterancestors()}
    doomed = []
    for el in tree.iter():
        if (
            not isinstance(el.tag, str)
            or el.tag in ("html", "body", "head", "article", "main")
            or el in kept
        ):
            continue
        if el.tag == "script" and "ld+json" in (el.get("type") or ""):
            continue  # structured data (datePublished) for htmldate
        if el.tag in h["boilerplate_tags"]:
            if el.tag in ("header", "footer") and any(
                a.tag == "article" for a in el.iterancestors()
            ):
                continue
            doomed.append(el)
        elif _marked(el, h["boilerplate_classes"]) or _is_link_box(el, related):
            doomed.append(el)
        elif (links := _links_after_heading(el, related)) is not None:
            doomed += [el, links]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _is_link_box(el: lhtml.HtmlElement, headings: tuple[str, ...]) -> bool:
    """A "Tin khác"-style box: starts with such a heading and is mostly links."""
    text = fold(_text(el))
    if not text.startswith(headings):
        return False
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return linked >= 0.5 * len(text)


def _links_after_heading(
    el: lhtml.HtmlElement, headings: tuple[str, ...]
) -> lhtml.HtmlElement | None:
    """The list after a bare "Các tin khác:" line, as old table layouts print it inside the
    article's own cell (so no box of its own starts with the heading): the list, when it is
    mostly links."""
    if el.tag not in _BLOCKS or fold(_text(el)).rstrip(" :.-") not in headings:
        return None
    after = el.getnext()
    if after is None or not isinstance(after.tag, str) or after.tag not in _BLOCKS:
        return None
    text = _text(after)
    linked = sum(len(" ".join(a.text_content().split())) for a in after.iter("a"))
    return after if text and linked >= 0.5 * len(text) else None


def _lines(tree: lhtml.HtmlElement) -> list[str]:
    """The text of every leaf block (a block holding no other block), in document order."""
    out = []
    for el in tree.iter(*_BLOCKS):
        if any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants()):
            continue
        text = _text(el)
        if text:
            out.append(text)
    return out


def _body(tree: lhtml.HtmlElement, title: str | None) -> str:
    """trafilatura's article text of the cleaned page (recall mode when precision finds nothing, as
    on old table layouts), starting at the title when the title is among its first lines."""
    import trafilatura

    cleaned = lhtml.tostring(tree, encoding="unicode")
    body = (
        trafilatura.extract(
            cleaned, include_comments=False, include_tables=False, favor_precision=True
        )
        or trafilatura.extract(
            cleaned, include_comments=False, include_tables=False, favor_recall=True
        )
        or ""
    )
    lines = body.splitlines()
    if title:
        at = next((i for i, line in enumerate(lines[:8]) if fold(line) == fold(title)), 0)
        lines = lines[at:]
    return "\n".join(lines).strip()
