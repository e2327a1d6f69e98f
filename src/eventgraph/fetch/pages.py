"""A downloaded page -> an Article, the same way for the fetcher and for WARC files.

The article id comes from the URL (`url_id`), so every copy of a page — fetched today, fetched again
after an edit, or read from an archive — is the same article, and writing it again replaces its
facts.
"""

from __future__ import annotations

from eventgraph import settings
from eventgraph.fetch.urls import url_id
from eventgraph.ingest.html import article_from_html, decode_html
from eventgraph.model.article import Article


def looks_like_html(content_type: str, body: bytes) -> bool:
    """Whether a response is an HTML page (portals link PDFs and images from their feeds too)."""
    if "html" in content_type.lower():
        return True
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return not content_type and head.startswith((b"<!doctype html", b"<html"))


def page_article(
    body: bytes,
    url: str,
    *,
    charset: str | None = None,
    outlet: str | None = None,
    locality: str | None = None,
    source: str | None = None,
) -> Article:
    """The article of a page downloaded from `url` (ValueError when the page holds none). `locality`
    is the province the source covers (sources.toml): the extractor's context when the text names
    none, never a place the article is said to name."""
    html = decode_html(body, charset)
    article = article_from_html(
        html, url_id(url), source or url, article_id=url_id(url), url=url, outlet=outlet
    )
    limit = settings.max_article_chars()
    if len(article.text) > limit:
        raise ValueError(
            f"article is {len(article.text):,} characters, over the limit of {limit:,} "
            "(raise EVENTGRAPH_MAX_ARTICLE_CHARS if this is really one article)"
        )
    return article.model_copy(update={"default_locality": locality}) if locality else article
