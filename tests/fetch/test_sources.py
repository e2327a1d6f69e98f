"""sources.toml: the example shipped at the repo root reads, and mistakes are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventgraph.exc import InvalidInput
from eventgraph.fetch.sources import load_config, select

ROOT = Path(__file__).resolve().parents[2]


def test_the_example_config_reads() -> None:
    config = load_config(ROOT / "sources.example.toml")
    assert config.fetch.contact and config.fetch.delay >= 1
    assert [(s.name, s.kind) for s in select(config, [])] == [
        ("ninhbinh-tin-tuc", "listing"),
        ("ninhbinh-sitemap", "listing"),
        ("bai-can-theo-doi", "pages"),
    ]
    assert select(config, ["ninhbinh-sitemap"])[0].locality == "Ninh Bình"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[source]]\nname = "a"\nfeed = "ftp://x.example.vn/rss"\n', "not an http(s) URL"),
        ('[[source]]\nname = "a"\n', "exactly one of feed"),
        (
            '[[source]]\nname = "a"\nurl = "https://x.example.vn/"\n[[source]]\nname = "a"\nurl = "https://y.example.vn/"\n',
            "two sources are named 'a'",
        ),
        ("[fetch]\ndelay = -1\n", "fetch.delay"),
        ("[fetch]\nspeed = 3\n", "fetch.speed"),
        ("[[source]\n", "not valid TOML"),
    ],
)
def test_config_mistakes_are_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_config(path)
