"""The extraction pipeline: components run in order over one article and fill one ArticleExtraction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from eventgraph.extract import registry
from eventgraph.extract.doc import Doc
from eventgraph.model.article import Article
from eventgraph.model.extraction import ArticleExtraction

EXTRACTOR = "eventgraph.vi.rules.v9"
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "eventgraph.dateline.v1",
    "eventgraph.localities.v3",
    "eventgraph.authors.v2",
    "eventgraph.people.v7",
    "eventgraph.directives.v2",
    "eventgraph.meetings.v3",  # after the directives: a meeting lists the codes it is about
)


class Pipeline:
    """Runs named components in order; build once, call many times."""

    def __init__(self, components: Sequence[str] = DEFAULT_COMPONENTS) -> None:
        self.names = tuple(components)
        self.steps = [registry.get(n) for n in self.names]

    def __call__(self, article: Article) -> ArticleExtraction:
        doc = Doc.from_article(article)
        out = ArticleExtraction(article_id=article.id, extractor=EXTRACTOR, published=article.published)
        for step in self.steps:
            step(doc, out)
        return out

    def map(self, articles: Iterable[Article]) -> Iterator[ArticleExtraction]:
        for article in articles:
            yield self(article)


_DEFAULT: Pipeline | None = None


def extract(article: Article) -> ArticleExtraction:
    """Read one article with the default pipeline."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT(article)
