"""Inputs -> articles: `.jsonl` corpus files, `.txt` files, saved `.html` pages, WARC archives
(`.warc`, `.warc.gz`), and folders of them.

Every input yields either an Article or a Failure naming the file, the line and the reason, so one bad
article never stops a batch. Readers stream: nothing holds a whole corpus in memory. In a folder of
pages saved by a browser ("Web page, complete"), the `NAME_files/` folder beside `NAME.html` holds the
page's resources (ads and widgets saved as `saved_resource.html`), not articles, and is passed over.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from eventgraph import settings
from eventgraph.ingest.html import article_from_html, decode_html
from eventgraph.model.article import Article

SUFFIXES = {".jsonl", ".txt", ".html", ".htm", ".warc", ".gz"}


@dataclass(frozen=True)
class Failure:
    """An input that could not be read: where it is and why."""

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


Item = Article | Failure


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Files named, and the readable files inside folders named (sorted, recursive)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and _readable(f) and not _resource(f, p))
        elif p.is_file():
            yield p
        else:
            yield Failure(str(p), None, "no such file or folder")


def _readable(f: Path) -> bool:
    name = f.name.lower()
    return f.suffix.lower() in SUFFIXES and (f.suffix.lower() != ".gz" or name.endswith(".warc.gz"))


def _resource(f: Path, root: Path) -> bool:
    """Inside a browser's `NAME_files/` folder saved beside `NAME.html`/`NAME.htm`."""
    for d in f.relative_to(root).parents:
        if d.name.endswith("_files"):
            page = root / d.parent / d.name.removesuffix("_files")
            if any(page.with_name(page.name + ext).exists() for ext in (".html", ".htm")):
                return True
    return False


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Every article of every input, or a Failure for each one that cannot be read."""
    for p in expand(paths):
        if isinstance(p, Failure):
            yield p
            continue
        suffix = p.suffix.lower()
        limit = settings.max_article_chars()
        warc = p.name.lower().endswith((".warc", ".warc.gz"))
        try:
            if suffix != ".jsonl" and not warc and p.stat().st_size > 4 * limit:
                yield Failure(str(p), None, _too_long(p.stat().st_size, limit, "bytes"))
                continue
            if suffix == ".jsonl":
                yield from read_jsonl(p)
            elif warc:
                from eventgraph.fetch.warc import (
                    read_warc,  # warcio is imported only for an archive
                )

                yield from read_warc(p)
            elif suffix in (".html", ".htm"):
                yield article_from_html(decode_html(p.read_bytes()), p.stem, str(p))
            else:
                yield read_text(p)
        except (OSError, ValueError) as e:
            yield Failure(str(p), None, str(e))


def decode(data: bytes, path: Path) -> str:
    """Text from bytes: UTF-8, or a legacy Vietnamese encoding detected and converted; else ValueError."""
    from eventgraph.ingest.encoding import decode as detect

    return detect(data)[0]


def read_text(path: Path) -> Article:
    """A .txt file: the id is the file name, the text is the whole file."""
    text = decode(path.read_bytes(), path)
    return Article(id=path.stem, text=text.strip(), url=None)


def read_jsonl(path: Path) -> Iterator[Item]:
    """A corpus file: one JSON object per line with id, title, published, source, text."""
    with path.open("rb") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                yield Failure(str(path), n, "line is not UTF-8")
                continue
            except json.JSONDecodeError as e:
                yield Failure(str(path), n, f"not a JSON object ({e.msg})")
                continue
            yield article_from_row(row, str(path), n)


def article_from_row(row: object, source: str, line: int | None) -> Item:
    """A corpus row as an Article, or a Failure saying which field is wrong."""
    if not isinstance(row, dict):
        return Failure(source, line, "not a JSON object")
    if not str(row.get("text") or "").strip():
        return Failure(source, line, "article has no text")
    limit = settings.max_article_chars()
    if len(str(row["text"])) > limit:
        return Failure(source, line, _too_long(len(str(row["text"])), limit, "characters"))
    try:
        return Article(
            id=str(row.get("id") or ""), title=row.get("title"), url=row.get("source") or row.get("url"),
            published=row.get("published"), outlet=row.get("outlet"),
            authors=tuple(row.get("authors") or ()), text=str(row["text"]))
    except ValidationError as e:
        err = e.errors()[0]
        field = ".".join(str(x) for x in err["loc"]) or "article"
        return Failure(source, line, f"{field}: {err['msg']}")


def _too_long(size: int, limit: int, unit: str) -> str:
    return (f"article is {size:,} {unit}, over the limit of {limit:,} characters "
            "(raise EVENTGRAPH_MAX_ARTICLE_CHARS if this is really one article)")
