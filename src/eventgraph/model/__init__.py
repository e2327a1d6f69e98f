"""The domain model: pydantic types with no storage imports (see STYLE.md)."""

from eventgraph.model.article import Article
from eventgraph.model.directives import Directive, DirectiveId, Lineage
from eventgraph.model.entities import Locality, Organization, Person, Position, Tenure
from eventgraph.model.events import Meeting, Participation
from eventgraph.model.evidence import Evidence
from eventgraph.model.extraction import ArticleExtraction

__all__ = [
    "Article", "ArticleExtraction", "Directive", "DirectiveId", "Evidence", "Lineage", "Locality",
    "Meeting", "Organization", "Participation", "Person", "Position", "Tenure",
]
