"""Saved or fetched portal pages -> articles, keeping what trafilatura alone would lose.

trafilatura drops a portal's lead paragraph, so the lead is taken from og:description — completed
from the page when the tag is cut short — and put back in front. Page furniture (menus, "Tin khác"
boxes, footers; see data/portal_layout.toml) is removed before extraction, so neither their text nor
their dates leak into the article. The date is the portal's own date line (the short line beside the
title), else the meta tags, else htmldate without extensive search over the cleaned page — never a
guess: no date found means `published` is None.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata

from eventgraph.extract.vi.dates import parse_full
from eventgraph.ingest.layout import Page, parse_page
from eventgraph.model.article import Article
from eventgraph.text import fold

_META = re.compile(r"<meta\s+[^>]*?(?:property|name)\s*=\s*[\"']([^\"']+)[\"'][^>]*?content\s*=\s*[\"']([^\"']*)[\"']",
                   re.IGNORECASE)
_META_REV = re.compile(r"<meta\s+[^>]*?content\s*=\s*[\"']([^\"']*)[\"'][^>]*?(?:property|name)\s*=\s*[\"']([^\"']+)[\"']",
                       re.IGNORECASE)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate",               "dc.date.issued", "dc.date", "dcterms.created", "date")
# Western code pages that old TCVN3/VNI pages declare while holding font-encoded Vietnamese:
# not trusted.
_UNTRUSTED_CHARSETS = {"cp1252", "latin_1", "iso8859_1", "ascii"}
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")


def metas(html: str) -> dict[str, str]:
    """The page's <meta> tags by property/name (lower case), HTML entities unescaped."""
    import html as h

    out = {k.lower(): h.unescape(v) for k, v in _META.findall(html)}
    for v, k in _META_REV.findall(html):
        out.setdefault(k.lower(), h.unescape(v))
    return out


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its <meta> tags (first 4 KB), if any."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def decode_html(data: bytes, declared: str | None = None) -> str:
    """A page's text: UTF-8 when it is UTF-8; else the charset declared by HTTP or <meta> when it is
    a real codec that decodes cleanly (Windows-1258 pages say so); else the legacy-encoding
    detector."""
    from eventgraph.ingest.encoding import decode

    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        name = _codec(declared or declared_charset(data))
        if name and name not in _UNTRUSTED_CHARSETS and name != "utf_8":
            try:
                return unicodedata.normalize("NFC", data.decode(name))
            except UnicodeDecodeError:
                pass
    return decode(data)[0]


def _codec(label: str | None) -> str | None:
    try:
        return codecs.lookup(label).name.replace("-", "_") if label else None
    except LookupError:
        return None


def article_from_html(html: str, fallback_id: str, source: str, *, article_id: str | None = None,
                      url: str | None = None, outlet: str | None = None) -> Article:
    """Title, lead, body, date and author of a page. `article_id`, `url` and `outlet`, when given (a
    fetched page), win over what the page says about itself."""
    if not re.search(r"<body", html, re.IGNORECASE):
        raise ValueError("HTML without a body")
    meta = metas(html)
    page = parse_page(html, [meta.get("og:title", ""), _title(html) or ""])
    title = meta.get("og:title") or page.heading or _title(html)
    text = _with_lead(_lead(meta, page), page.body, page.heading or title)
    if not text.strip():
        raise ValueError("no article text found in the page")
    return Article(
        id=article_id or meta.get("eventgraph:id") or fallback_id,
        title=title,
        url=url or meta.get("og:url") or source,
        published=_date(meta, page, url),
        outlet=outlet or meta.get("og:site_name"),
        authors=_authors(meta, page),
        text=text.strip(),
    )


def _title(html: str) -> str | None:
    import html as h

    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    if not m:
        return None
    return re.sub(r"\s+", " ", h.unescape(m.group(1))).strip() or None


def _lead(meta: dict[str, str], page: Page) -> str:
    """og:description, or the page's own lead line it starts (when the tag is cut short)."""
    desc = (meta.get("og:description") or "").strip()
    stem = fold(_ELLIPSIS.sub("", desc))[:80]
    if not stem:
        return ""
    for line in page.lines:
        if fold(line).startswith(stem):
            return line
    return "" if _ELLIPSIS.search(desc) else desc  # a cut-off sentence is worse than none


def _with_lead(lead: str, body: str, title: str | None) -> str:
    """The lead put back where the reader saw it: after the title line when the body starts so."""
    if not lead or fold(lead)[:60] in fold(body):
        return body
    first, _, rest = body.partition("\n")
    if title and fold(first) == fold(title):
        return f"{first}\n{lead}\n{rest}"
    return f"{lead}\n\n{body}"


def _date(meta: dict[str, str], page: Page, url: str | None) -> dt.date | None:
    d = page.dateline()
    if _plausible(d):
        return d
    for key in _DATE_KEYS:
        if meta.get(key):
            d = parse_full(meta[key].replace("T", " ")) or _iso(meta[key])
            if _plausible(d):
                return d
    from htmldate import find_date

    found = find_date(page.cleaned_html(), extensive_search=False, original_date=True, url=url)
    d = _iso(found) if found else None
    return d if _plausible(d) else None


def _plausible(d: dt.date | None) -> bool:
    """Not before the web, not after tomorrow: anything else is a misread, not a publication."""
    return d is not None and dt.date(1990, 1, 1) <= d <= dt.date.today() + dt.timedelta(days=1)


def _iso(s: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s.strip()[:10])
    except ValueError:
        return None


def _authors(meta: dict[str, str], page: Page) -> tuple[str, ...]:
    named = meta.get("author") or meta.get("dc.creator") or meta.get("article:author") or ""
    if named.startswith(("http://", "https://")):  # article:author is often a profile URL
        named = ""
    found = [a.strip() for a in named.split(",") if a.strip()] or page.bylines()
    return tuple(dict.fromkeys(found))
