"""One error hierarchy, so the CLI can turn any failure into a message a user can act on."""


class EventGraphError(Exception):
    """Base of every error eventgraph raises on purpose."""


class InvalidInput(EventGraphError):
    """An input (file, line, article, parameter) cannot be read; the message says which and why."""


class StoreError(EventGraphError):
    """A store cannot be opened, written or read."""


class QueryError(EventGraphError):
    """A named query is unknown, is given bad parameters, or a console query is refused."""
