"""Feeds and sitemaps -> entries: RSS 2.0, RSS 1.0 (RDF), Atom, sitemaps and sitemap indexes.

Portal feeds are often not well-formed XML (a bare `&` in a title), so lxml reads them in recovery
mode, without entities or network access. Each entry keeps the date the listing gives for it
(sitemap lastmod, Atom updated, RSS pubDate) as UTC ISO text: a date that did not change tells the
next run that a page it already has need not be asked for again.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from eventgraph.fetch.urls import is_http, normalize_url

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
# A bare `&` ("Sở Nội vụ & Sở Tài chính") makes libxml2's recovery drop later `&amp;`s too,
# gluing query parameters together; escaping bare ones first keeps every link intact.
_BARE_AMP = re.compile(rb"&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);)")
_ROOTS = {"rss", "RDF", "feed", "urlset", "sitemapindex"}


@dataclass(frozen=True)
class Entry:
    """A page (or, in a sitemap index, a child sitemap) a listing names, with its listed date."""

    url: str
    modified: str | None = None
    sitemap: bool = False


def parse_listing(body: bytes, base_url: str) -> list[Entry] | None:
    """The entries of a feed or sitemap, or None when the document is neither (an HTML page)."""
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as a file, not as Content-Encoding
        body = gzip.decompress(body)
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head.startswith((b"<?xml", b"<rss", b"<feed", b"<urlset", b"<sitemapindex", b"<rdf")):
        return None
    root = etree.fromstring(_BARE_AMP.sub(b"&amp;", body), _PARSER) if body.strip() else None
    if root is None or etree.QName(root).localname not in _ROOTS:
        return None
    kind = etree.QName(root).localname
    if kind in ("urlset", "sitemapindex"):
        found = _sitemap(root, sitemap=kind == "sitemapindex")
    elif kind == "feed":
        found = _atom(root)
    else:
        found = _rss(root)
    out: dict[str, Entry] = {}
    for url, modified, is_map in found:
        url = urljoin(base_url, (url or "").strip())
        if is_http(url):
            entry = Entry(normalize_url(url), _iso(modified), is_map)
            out.setdefault(entry.url, entry)
    return list(out.values())


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str) and etree.QName(c).localname == name]


def _text(el: etree._Element, name: str) -> str | None:
    found = _children(el, name)
    if not found:
        return None
    return (found[0].text or "").strip() or None


def _sitemap(root: etree._Element, sitemap: bool) -> list[tuple[str | None, str | None, bool]]:
    item = "sitemap" if sitemap else "url"
    return [(_text(u, "loc"), _text(u, "lastmod"), sitemap) for u in _children(root, item)]


def _atom(root: etree._Element) -> list[tuple[str | None, str | None, bool]]:
    out = []
    for entry in _children(root, "entry"):
        links = _children(entry, "link")
        alt = [a for a in links if a.get("rel", "alternate") == "alternate"] or links
        href = alt[0].get("href") if alt else _text(entry, "id")
        out.append((href, _text(entry, "updated") or _text(entry, "published"), False))
    return out


def _rss(root: etree._Element) -> list[tuple[str | None, str | None, bool]]:
    items = [
        i for i in root.iter() if isinstance(i.tag, str) and etree.QName(i).localname == "item"
    ]
    out = []
    for item in items:
        link = _text(item, "link")
        guid = next(
            (g for g in _children(item, "guid") if g.get("isPermaLink", "true") == "true"), None
        )
        url = link or (guid.text.strip() if guid is not None and guid.text else None)
        out.append(
            (url, _text(item, "pubDate") or _text(item, "date") or _text(item, "updated"), False)
        )
    return out


def _iso(value: str | None) -> str | None:
    """A listed date as UTC ISO text (RFC 822 or W3C datetime), the raw text when unreadable."""
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return value
    if when.tzinfo is None:
        return when.isoformat()
    return when.astimezone(dt.UTC).isoformat()
