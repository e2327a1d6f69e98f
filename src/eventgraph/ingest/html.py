"""Saved portal pages -> articles, keeping what trafilatura alone would lose.

trafilatura drops a portal's lead paragraph (so it is taken from og:description and put back in front)
and may invent a date (so the date comes from the page's meta tags or its own date line, else htmldate
without extensive search).
"""

from __future__ import annotations

import re

from eventgraph.extract.vi.dates import find_dateline, parse_full
from eventgraph.model.article import Article

_META = re.compile(r"<meta\s+[^>]*?(?:property|name)\s*=\s*[\"']([^\"']+)[\"'][^>]*?content\s*=\s*[\"']([^\"']*)[\"']",
                   re.IGNORECASE)
_META_REV = re.compile(r"<meta\s+[^>]*?content\s*=\s*[\"']([^\"']*)[\"'][^>]*?(?:property|name)\s*=\s*[\"']([^\"']+)[\"']",
                       re.IGNORECASE)


def metas(html: str) -> dict[str, str]:
    """The page's <meta> tags by property/name (lower case), HTML entities unescaped."""
    import html as h

    out = {k.lower(): h.unescape(v) for k, v in _META.findall(html)}
    for v, k in _META_REV.findall(html):
        out.setdefault(k.lower(), h.unescape(v))
    return out


def article_from_html(html: str, fallback_id: str, source: str) -> Article:
    """Title, lead, body, date and author of a saved page."""
    import trafilatura

    if not re.search(r"<body", html, re.IGNORECASE):
        raise ValueError("HTML without a body")
    meta = metas(html)
    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    lead = meta.get("og:description", "").strip()
    text = body if not lead or lead[:60] in body else f"{lead}\n\n{body}"
    if not text.strip():
        raise ValueError("no article text found in the page")
    published = _date(meta, html, text)
    return Article(
        id=meta.get("eventgraph:id") or fallback_id,
        title=meta.get("og:title") or _title(html),
        url=meta.get("og:url") or source,
        published=published,
        outlet=meta.get("og:site_name"),
        authors=tuple(a.strip() for a in meta.get("author", "").split(",") if a.strip()),
        text=text.strip(),
    )


def _title(html: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    return re.sub(r"\s+", " ", m.group(1)).strip() if m else None


def _date(meta: dict[str, str], html: str, text: str):  # type: ignore[no-untyped-def]
    for key in ("article:published_time", "og:published_time", "date", "pubdate", "dc.date"):
        if meta.get(key):
            d = parse_full(meta[key].replace("T", " ")) or _iso(meta[key])
            if d:
                return d
    d = find_dateline(text)
    if d:
        return d
    from htmldate import find_date

    found = find_date(html, extensive_search=False, original_date=True)
    return _iso(found) if found else None


def _iso(s: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None
