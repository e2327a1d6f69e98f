"""URLs as identities: one normal form per page, and an article id that stays the same for a URL.

The id of a fetched article is derived from its URL, so fetching a changed page again writes the
same article id and the store's per-article graph replaces the old facts instead of adding a second
article.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Parameters that say who shared a link, not which page it is (zarsrc: Zalo's, common on
# Vietnamese news).
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|zarsrc|gidzl|_ga|mc_cid|mc_eid)$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        ]
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def url_id(url: str) -> str:
    """A stable, readable article id for a URL: the host, then a hash of the normal form."""
    norm = normalize_url(url)
    host = (urlsplit(norm).hostname or "page").removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "-", host).strip("-")
    return f"{slug}-{hashlib.sha256(norm.encode()).hexdigest()[:16]}"


def origin(url: str) -> str:
    """scheme://host[:port] — the unit that politeness (robots.txt, the delay) applies to."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def is_http(url: str) -> bool:
    return urlsplit(url).scheme.lower() in ("http", "https")
