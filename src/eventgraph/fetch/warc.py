"""WARC files (.warc, .warc.gz) -> articles: every archived HTML response, read like a fetched page.

Crawls archive stylesheets, images and redirects beside the pages; those are passed over silently.
An HTML response that holds no article is reported with its URL, as any other input that cannot be
read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventgraph.fetch.pages import looks_like_html, page_article
from eventgraph.ingest.readers import Failure
from eventgraph.model.article import Article


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith((".warc", ".warc.gz"))


def read_warc(path: Path) -> Iterator[Article | Failure]:
    """The article of every 2xx HTML response record in the archive, or a Failure saying why not."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as f:
        try:
            for record in ArchiveIterator(f):
                item = _record(record, path)
                if item is not None:
                    yield item
        except ArchiveLoadFailed as e:
            yield Failure(str(path), None, f"not a readable WARC file ({e})")


def _record(record, path: Path) -> Article | Failure | None:  # type: ignore[no-untyped-def]
    if record.rec_type != "response" or record.http_headers is None:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    status = record.http_headers.get_statuscode() or ""
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not status.startswith("2"):
        return None
    body = record.content_stream().read()  # transfer and content encodings undone
    if not looks_like_html(content_type, body):
        return None
    charset = next(
        (
            p.split("=", 1)[1].strip("\"' ")
            for p in content_type.split(";")[1:]
            if p.strip().lower().startswith("charset=")
        ),
        None,
    )
    try:
        return page_article(body, uri, charset=charset, source=f"{path}#{uri}")
    except ValueError as e:
        return Failure(str(path), None, f"{uri}: {e}")
