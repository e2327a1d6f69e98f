"""Pipeline components for the publication date and the localities of an article."""

from __future__ import annotations

from collections import Counter

from eventgraph.extract.doc import Doc
from eventgraph.extract.registry import component
from eventgraph.extract.vi.dates import find_dateline
from eventgraph.model.extraction import ArticleExtraction, LocalityFact


@component("eventgraph.dateline.v1")
def dateline(doc: Doc, out: ArticleExtraction) -> None:
    """Use the portal's date line when the article carries no publication date."""
    if doc.published is None:
        doc.published = find_dateline(doc.text)
        out.published = doc.published


@component("eventgraph.localities.v3")
def localities(doc: Doc, out: ArticleExtraction) -> None:
    """Localities named in the text (gazetteer), and the article's main province."""
    from eventgraph.extract.vi.localities import find_localities

    matches = find_localities(doc.text)
    provinces = Counter(m.province or (m.name if m.level == "province" else None) for m in matches)
    provinces.pop(None, None)
    doc.province = provinces.most_common(1)[0][0] if provinces else doc.article.default_locality
    if doc.province:  # second pass: same-named communes resolved inside the article's province
        matches = find_localities(doc.text, context_province=doc.province)
    doc.found["localities"] = matches
    out.locality = doc.province
    seen = _short_country_forms(matches)
    for m in matches:
        if m.name in seen:
            continue
        seen.add(m.name)
        out.localities.append(LocalityFact(
            name=m.name, level=m.level, province=m.province,
            code=m.unit.code if m.unit else None, era=m.unit.era if m.unit else None,
            evidence=doc.evidence(m.start, m.end, "eventgraph.localities.v3")))


def _short_country_forms(matches: list) -> set[str]:
    # "đi Nhật chữa trị" beside "các giáo sư Nhật Bản": a country's short form that opens its full
    # name (an alias in countries.csv) is the same country, listed once in the full form.
    from eventgraph.extract.vi.locality_index import LocalityIndex

    gaz = LocalityIndex.default().gazetteer
    written = {m.name for m in matches if m.level == "country"}
    short = set()
    for name in written:
        row = gaz.country(name)
        full = row["name"] if row else name
        if full != name and full in written and full.startswith(name + " "):
            short.add(name)
    return short
