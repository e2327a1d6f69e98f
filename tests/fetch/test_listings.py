"""Feeds and sitemaps as portals publish them, well-formed or not."""

from __future__ import annotations

import gzip

from eventgraph.fetch.listings import Entry, parse_listing
from eventgraph.fetch.urls import normalize_url, url_id

BASE = "https://portal.example.vn/rss/tin-tuc.rss"


def test_rss_links_are_absolute_normalised_and_dated_in_utc() -> None:
    rss = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
      <item><title>Hội nghị A & B</title><link>/tin-tuc/a.html?utm_source=rss&amp;id=7#top</link>
        <pubDate>Fri, 12 Apr 2024 10:30:00 +0700</pubDate></item>
      <item><title>Chỉ có guid</title><guid>https://portal.example.vn/tin-tuc/b.html</guid></item>
      <item><title>Tệp đính kèm</title><link>mailto:banbientap@example.vn</link></item>
    </channel></rss>""".encode()
    assert parse_listing(rss, BASE) == [
        Entry("https://portal.example.vn/tin-tuc/a.html?id=7", "2024-04-12T03:30:00+00:00"),
        Entry("https://portal.example.vn/tin-tuc/b.html", None),
    ]


def test_atom_uses_the_alternate_link_and_updated() -> None:
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title>
      <link rel="self" href="https://x.example.vn/api/1"/><link href="https://x.example.vn/tin/1.html"/>
      <updated>2024-04-12T10:30:00+07:00</updated><published>2024-04-11T08:00:00+07:00</published>
    </entry></feed>"""
    assert parse_listing(atom, BASE) == [
        Entry("https://x.example.vn/tin/1.html", "2024-04-12T03:30:00+00:00")
    ]


def test_sitemap_index_children_are_marked_and_gzip_is_read() -> None:
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://x.example.vn/sitemap-1.xml.gz</loc><lastmod>2024-04-19</lastmod></sitemap>
    </sitemapindex>"""
    assert parse_listing(gzip.compress(index), BASE) == [
        Entry("https://x.example.vn/sitemap-1.xml.gz", "2024-04-19T00:00:00", sitemap=True)
    ]


def test_an_html_page_or_an_empty_answer_is_not_a_listing() -> None:
    assert (
        parse_listing("<!DOCTYPE html><html><body><p>Trang chủ</p></body></html>".encode(), BASE)
        is None
    )
    assert parse_listing(b"<?xml version='1.0'?><html><body/></html>", BASE) is None
    assert parse_listing(b"", BASE) is None


def test_external_entities_are_not_resolved() -> None:
    evil = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example.vn/&x;</loc></url></urlset>"""
    entries = parse_listing(evil, BASE) or []
    assert all("root:" not in e.url for e in entries)


def test_article_ids_are_stable_per_url_and_ignore_tracking() -> None:
    a = url_id("https://WWW.Portal.example.vn:443/tin/1.html?zarsrc=30&utm_medium=social#binh-luan")
    assert a == url_id("https://www.portal.example.vn/tin/1.html")
    assert a.startswith("portal-example-vn-") and a != url_id(
        "https://www.portal.example.vn/tin/2.html"
    )
    assert normalize_url("HTTP://x.example.vn:80") == "http://x.example.vn/"
