"""A minimal, fast N-Quads writer: the write path builds text, not Python RDF objects.

Loading N-Quads text into pyoxigraph is ~40x faster than adding rdflib triples one by one, so the
mapping in `rdf.py` emits terms as N-Triples strings through these helpers.
"""

from __future__ import annotations

import datetime as dt

from eventgraph.vocab import XSD

_ESC = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
_IRI_BAD = set('<>"{}|^`\\ \n\r\t')


def iri(value: str) -> str:
    """<value>, with characters N-Quads forbids in IRIs percent-encoded."""
    if any(c in _IRI_BAD for c in value):
        value = "".join(f"%{ord(c):02X}" if c in _IRI_BAD else c for c in value)
    return f"<{value}>"


def lit(value: str) -> str:
    """A plain string literal, escaped."""
    return f'"{value.translate(_ESC)}"'


def typed(value: object, datatype: str) -> str:
    return f'"{str(value).translate(_ESC)}"^^<{XSD}{datatype}>'


def date_lit(value: dt.date) -> str:
    return typed(value.isoformat(), "date")


def int_lit(value: int) -> str:
    return typed(int(value), "integer")


def quad(s: str, p: str, o: str, g: str) -> str:
    """One N-Quads line; every argument is already a serialised term."""
    return f"{s} {p} {o} {g} .\n"
