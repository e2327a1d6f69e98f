"""What to fetch: the sources config (sources.toml) and the SOURCE arguments of `eventgraph fetch`.

A `[fetch]` table sets politeness and limits (`contact` is required: it goes into the user agent);
each `[[source]]` names one feed, sitemap, list of article URLs or URL of unknown kind, with the
outlet and the province it covers. sources.example.toml at the repository root shows every key.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from eventgraph.exc import InvalidInput
from eventgraph.fetch.urls import is_http

Kind = Literal["listing", "pages", "auto"]


class FetchSettings(BaseModel):
    """Politeness and limits of one run."""

    model_config = ConfigDict(extra="forbid")

    contact: str | None = Field(
        default=None, description="URL (or mailto:) where site operators reach you"
    )
    delay: float = Field(default=2.0, ge=0, description="seconds between two requests to one host")
    timeout: float = Field(
        default=20.0, gt=0, description="seconds to wait for a connection or for data"
    )
    retries: int = Field(
        default=3, ge=0, le=10, description="extra attempts on 429, 5xx and connection errors"
    )
    backoff: float = Field(
        default=1.0, ge=0, description="first back-off in seconds, doubled at each retry"
    )
    max_backoff: float = Field(
        default=120.0, ge=0, description="longest back-off, Retry-After included"
    )
    max_bytes: int = Field(default=10_000_000, gt=0, description="largest response body read")
    limit: int = Field(
        default=200, ge=1, description="most pages fetched from one source in one run"
    )
    recheck_hours: float = Field(
        default=24.0,
        ge=0,
        description="a page its listings still name is asked again (conditionally) once this "
        "many hours have passed since it was last asked, for the edits portals make without "
        "redating the feed or sitemap; 0: never",
    )


class Source(BaseModel):
    """A feed, a sitemap (or sitemap index), a list of article URLs, or one URL of unknown kind."""

    model_config = ConfigDict(extra="forbid")

    name: str
    feed: str | None = None
    sitemap: str | None = None
    urls: list[str] = Field(default_factory=list)
    url: str | None = None
    outlet: str | None = None
    locality: str | None = None
    limit: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _one_kind(self) -> Source:
        given = [k for k in ("feed", "sitemap", "urls", "url") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError(
                f"source {self.name!r} needs exactly one of feed, sitemap, urls or url "
                f"(has {', '.join(given) or 'none'})"
            )
        bad = [u for u in self.starts() if not is_http(u)]
        if bad:
            raise ValueError(f"source {self.name!r}: not an http(s) URL: {bad[0]}")
        return self

    @property
    def kind(self) -> Kind:
        return "listing" if self.feed or self.sitemap else "pages" if self.urls else "auto"

    def starts(self) -> list[str]:
        """The URLs a run starts from."""
        return [u for u in (self.feed, self.sitemap, self.url) if u] + list(self.urls)


class Config(BaseModel):
    """A sources.toml file: the [fetch] settings and the [[source]] tables."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    fetch: FetchSettings = Field(default_factory=lambda: FetchSettings())
    sources: list[Source] = Field(default_factory=list, alias="source")


def load_config(path: Path | None) -> Config:
    """The config at `path` (an empty one when `path` is None); InvalidInput says what is wrong."""
    if path is None:
        return Config()
    try:
        with path.open("rb") as f:
            raw = tomllib.load(f)
        config = Config.model_validate(raw)
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such sources file (copy sources.example.toml)") from None
    except tomllib.TOMLDecodeError as e:
        raise InvalidInput(f"{path}: not valid TOML ({e})") from None
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise InvalidInput(f"{path}: {where}: {err['msg']}") from None
    names = [s.name for s in config.sources]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise InvalidInput(f"{path}: two sources are named {dupes[0]!r}")
    return config


def select(config: Config, args: list[str]) -> list[Source]:
    """The sources a command names (config names or URLs); every configured one when none is."""
    if not args:
        if not config.sources:
            raise InvalidInput(
                "no sources: name feeds, sitemaps or article URLs, or give --config sources.toml"
            )
        return list(config.sources)
    by_name = {s.name: s for s in config.sources}
    out = []
    for arg in args:
        if arg in by_name:
            out.append(by_name[arg])
        elif is_http(arg):
            out.append(Source(name=arg, url=arg))
        else:
            known = ", ".join(by_name) or "none configured"
            raise InvalidInput(
                f"{arg!r} is neither a source in the config ({known}) nor an http(s) URL"
            )
    return out
