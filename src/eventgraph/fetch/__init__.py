"""Fresh news in: feeds, sitemaps and article URLs, fetched politely and incrementally, ingested.

    sources.py   the sources config (sources.toml) and what a SOURCE argument names
    urls.py      URL normalisation and the stable article id of a URL
    http.py      the HTTP client: user agent, per-host delay, retries, timeouts
    robots.py    robots.txt, read once per host and run
    listings.py  RSS/Atom feeds, sitemaps and sitemap indexes -> entries (URL, listed date)
    state.py     what earlier runs saw (validators, listing entries, body hashes), in SQLite
    plan.py      listings -> the pages that need a request this run
    crawl.py     one run: plan, download, extract through the normal ingest path, remember
    pages.py     a downloaded page -> an Article (shared with warc.py: WARC files -> articles)
    watch.py     the loop behind `eventgraph watch`
    cli.py       `eventgraph fetch` and `eventgraph watch`, added to the app by register(app)
"""
