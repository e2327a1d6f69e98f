"""Extraction components registered under versioned names ("eventgraph.people.v1"), as spaCy does.

Each fact records the name of the component that produced it, so a changed rule shows up as a changed
extractor name in the graph's provenance.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventgraph.extract.doc import Doc
    from eventgraph.model.extraction import ArticleExtraction

Component = Callable[["Doc", "ArticleExtraction"], None]
_REGISTRY: dict[str, Component] = {}

# Where each built-in component lives; imported only when a pipeline asks for it.
_BUILTINS = {
    "eventgraph.dateline.v1": "eventgraph.extract.vi.components",
    "eventgraph.localities.v3": "eventgraph.extract.vi.components",
    "eventgraph.authors.v2": "eventgraph.extract.vi.authors",
    "eventgraph.people.v7": "eventgraph.extract.vi.people",
    "eventgraph.meetings.v3": "eventgraph.extract.vi.meetings",
    "eventgraph.directives.v2": "eventgraph.extract.vi.directives",
}


def component(name: str) -> Callable[[Component], Component]:
    """Register `fn` under `name`; the name goes into the provenance of every fact it emits."""

    def register(fn: Component) -> Component:
        _REGISTRY[name] = fn
        return fn

    return register


def get(name: str) -> Component:
    """The component registered under `name`, importing its module on first use."""
    if name not in _REGISTRY and name in _BUILTINS:
        import_module(_BUILTINS[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no extraction component named {name!r}; known: {sorted(_BUILTINS)}") from None
