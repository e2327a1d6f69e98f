"""The dashboard's whole-store views computed from the base tables in memory (no Streamlit here);
also the Search page's meetings, whose test on every meeting's name no store index serves.

Each function answers like the named query of the same name (same columns, same rows, same order
on the query's ORDER BY) for any filter, from the rows of the `base_*` queries and the unfiltered
`localities` answer (`tables.BASE`), which are read once per data version. So a period, a province
or a typed name costs a pandas filter and a group-by instead of a scan of the store. SPARQL's
semantics are kept: distinct meetings, people and directives are counted once whatever number of
articles report them, a filter on a date refuses a row without a date, and a locality matches on
its search key or its province's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from eventgraph.dashboard import chair_index, documents, person_rows, profiles
from eventgraph.dashboard.data import projected
from eventgraph.queries import get


def _test(col: pd.Series, test: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """`test` applied to each value of `col` (missing values read as ""); on a categorical column
    it is applied to the few distinct values only, then spread to the rows by their codes."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        values = pd.Series(col.cat.categories.astype(str))
        ok = np.append(test(values).to_numpy(dtype=bool), bool(test(pd.Series([""])).iloc[0]))
        return pd.Series(ok[col.cat.codes.to_numpy()], index=col.index)
    return test(col.astype(object).fillna(""))


def _period(dates: pd.Series, b: dict[str, Any]) -> pd.Series:
    """The rows whose date ("" when unknown) lies in the period `in_date_from`..`in_date_to`."""
    lo, hi = b["in_date_from"], b["in_date_to"]
    if not lo and not hi:
        return pd.Series(True, index=dates.index)
    return _test(dates, lambda d: (d != "") & (d >= (lo or "")) & ((d <= hi) if hi else True))


def _contains(keys: pd.Series, needle: str) -> pd.Series:
    if not needle:
        return pd.Series(True, index=keys.index)
    return _test(keys, lambda k: k.str.contains(needle, regex=False))


def _places(t: Tables, province_label: bool) -> pd.DataFrame:
    """Meetings with the place the dashboard queries bind: a locality with a name and a key, and its
    province (with a name too when `province_label`); a meeting without such a locality keeps one
    row with none, as an unmatched OPTIONAL does."""
    m = t["base_meetings"][["meeting", "date", "l"]].merge(t["base_places"], on="l", how="left")
    ok = m["lname"].notna() & m["lkey"].notna()
    lp_ok = ok & m["lpkey"].notna() & (m["lpname"].notna() if province_label else True)
    out = m.assign(
        lname=m["lname"].where(ok),
        lkey=m["lkey"].where(ok),
        lpname=m["lpname"].where(lp_ok),
        lpkey=m["lpkey"].where(lp_ok),
    )
    has_place = out.groupby("meeting")["lkey"].transform("count") > 0
    out = out[ok | ~has_place]
    return out.drop_duplicates(["meeting", "date", "lname", "lkey", "lpname", "lpkey"])


def _in_locality(rows: pd.DataFrame, needle: str) -> pd.Series:
    return _contains(rows["lkey"], needle) | _contains(rows["lpkey"], needle)


def _shaped(name: str, df: pd.DataFrame) -> pd.DataFrame:
    return df.reset_index(drop=True)[projected(get(name).sparql)]


def _categories(df: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """`columns` as categories in text order, so that a date's maximum is the latest date."""
    kinds = {}
    for c in columns:
        if c in df.columns:
            values = sorted(str(v) for v in df[c].dropna().unique())
            kinds[c] = pd.CategoricalDtype(values, ordered=True)
    return df.astype(kinds)


# The ids a view counts (never groups by) as codes: counting distinct codes is quicker than
# hashing hundreds of thousands of IRIs on every filter.
_TEXT = ("date", "key", "lkey", "lpkey", "pkey")
_COUNTED = {"node": "category", "meeting": "category", "article": "category", "a": "category"}


def _coded(df: pd.DataFrame, *ids: str) -> pd.DataFrame:
    return _categories(df, _TEXT).astype({c: _COUNTED[c] for c in ids})


def _articles(t: Tables) -> pd.DataFrame:
    return _categories(t["base_articles"], ("date", "key"))


def _links(t: Tables) -> pd.DataFrame:
    arts = t["articles"]
    links = t["base_article_links"].merge(arts[["article", "date", "key"]], on="article")
    return _coded(links, "node")


def _top(t: Tables) -> pd.DataFrame:
    people, chairs, m = t["base_people"], t["base_chairs"], t["base_meetings"]
    top = chairs[["p", "meeting"]].drop_duplicates()
    top = top.merge(people[people["person"].notna()][["p", "person"]], on="p")
    places = m[["meeting", "date", "l"]].merge(t["base_places"], on="l", how="left")
    places = places.assign(lpkey=places["lpkey"].where(places["lkey"].notna()))
    top = top.merge(
        places[["meeting", "date", "lkey", "lpkey"]].drop_duplicates(), on="meeting", how="left"
    )
    top["date"] = top["date"].fillna("")
    return _coded(top, "meeting")


def _chair_rows(t: Tables) -> pd.DataFrame:
    rows = t["base_chairs"].dropna(subset=["a", "aid"])
    rows = rows.merge(t["base_people"].dropna(subset=["person", "pkey"]), on="p")
    m = t["base_meetings"]
    named = m.dropna(subset=["meeting_name", "kind"])[["meeting", "meeting_name", "kind"]]
    rows = rows.merge(named.drop_duplicates(), on="meeting")
    rows = rows.merge(
        _places(t, province_label=False)[["meeting", "date", "lname", "lkey", "lpkey"]],
        on="meeting",
        how="left",
    )
    rows["date"] = rows["date"].fillna("")
    keys = ["p", "person", "meeting_name", "kind", "date", "lname", "role", "meeting"]
    rows["group"] = rows.groupby(keys, dropna=False, sort=False).ngroup()
    return _coded(rows, "a")


def _said(t: Tables) -> pd.DataFrame:
    links = t["links"]
    said = links[links["kind"] == "directive"].rename(columns={"node": "directive"})
    said = said.astype({"directive": object})
    said = said.merge(t["base_directives"][["directive", "dd"]], on="directive")
    said = said.assign(when=said["dd"].fillna(said["date"].astype(object).fillna("")))
    return _coded(said, "article")


def _held(t: Tables) -> pd.DataFrame:
    m = t["base_meetings"]
    held = m[["meeting", "date", "l"]].merge(t["base_places"][["l", "lp"]], on="l", how="left")
    held = pd.concat(
        [
            held[["meeting", "date", "l"]].rename(columns={"l": "locality"}),
            held[["meeting", "date", "lp"]].rename(columns={"lp": "locality"}),
        ]
    ).dropna(subset=["locality"])
    return _coded(held, "meeting")


# The rows each view filters, joined from the base tables the first time a view asks for them
# (once per data version): a new dashboard process's first page pays only for its own views.
JOINED: dict[str, Callable[[Tables], Any]] = {
    "articles": _articles,
    "links": _links,
    "top": _top,
    "chair_rows": _chair_rows,
    "activity": lambda t: _coded(_places(t, province_label=True), "meeting"),
    "said": _said,
    "held": _held,
    "same_groups": lambda t: profiles.same_groups(t["base_same"]),
    "document_index": documents.document_index,
    "chair_index": chair_index.chair_index,
    "person_index": person_rows.person_index,
}


class Tables(dict):  # type: ignore[type-arg]
    """A data version's base tables, and the rows joined from them (`JOINED`), built on first use
    and then kept; base tables missing from the mapping are read by `read(name)` when first asked
    for (a kept version's Parquet files, table by table)."""

    def __init__(
        self, base: Mapping[str, pd.DataFrame], read: Callable[[str], pd.DataFrame] | None = None
    ) -> None:
        super().__init__(base)
        self._read = read
        self._lock = threading.RLock()  # a joined table reads others under it

    def __missing__(self, name: str) -> Any:
        build = JOINED.get(name)
        if build is None and self._read is None:
            raise KeyError(name)
        with self._lock:
            if dict.__contains__(self, name):
                return dict.__getitem__(self, name)
            value = build(self) if build is not None else self._read(name)  # type: ignore[misc]
            self[name] = value
        return value


def prepare(
    t: Mapping[str, pd.DataFrame], read: Callable[[str], pd.DataFrame] | None = None
) -> Tables:
    """The base tables of a data version, with the rows each view filters joined from them when a
    view first asks (`JOINED`): tests on dates and keys run on the few distinct values
    (categories), and a view is one filter and one group-by, whatever the filter."""
    return Tables(t, read)


def overview(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    arts = t["articles"]
    keep = _period(arts["date"], b) & _contains(arts["key"], b["in_locality"])
    links = t["links"]
    links = links[_period(links["date"], b) & _contains(links["key"], b["in_locality"])]
    count = links.groupby("kind", observed=True)["node"].nunique()
    row = {"articles": arts.loc[keep, "article"].nunique()}
    for col, kind in (("meetings", "meeting"), ("people", "person"), ("directives", "directive")):
        row[col] = int(count.get(kind, 0))
    return _shaped("overview", pd.DataFrame([row]))


def top_chairs(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    rows = t["top"]
    rows = rows[_period(rows["date"], b) & _in_locality(rows, b["in_locality"])]
    out = rows.groupby("p", as_index=False).agg(
        person=("person", "first"), meetings=("meeting", "nunique"), latest=("date", "max")
    )
    out["latest"] = out["latest"].astype(object)
    out = out.merge(t["base_scopes"], on="p", how="left")
    out = out.sort_values(["meetings", "person"], ascending=[False, True], kind="stable")
    return _shaped("top_chairs", out.head(15))


def activity(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    rows = t["activity"]
    rows = rows[_test(rows["date"], lambda d: d != "")]
    rows = rows[_period(rows["date"], b) & _in_locality(rows, b["in_locality"])]
    rows = rows.assign(
        month=rows["date"].astype(str).str.slice(0, 7),
        province=rows["lpname"].fillna(rows["lname"]).fillna(""),
    )
    out = rows.groupby(["month", "province"], as_index=False).agg(meetings=("meeting", "nunique"))
    return _shaped("activity", out.sort_values(["month", "province"]))


def newest_directives(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    rows = t["said"]
    rows = rows[_period(rows["date"], b) & _contains(rows["key"], b["in_locality"])]
    found = rows.groupby("directive", as_index=False).agg(
        date=("when", "max"), articles=("article", "nunique")
    )
    out = found.merge(t["base_directives"], on="directive")
    out = out.sort_values(["date", "code"], ascending=[False, True], kind="stable").head(20)
    return _shaped("newest_directives", out)


def localities(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    provinces = t["localities"][["locality", "province", "key", "units"]]
    provinces = provinces[_contains(provinces["key"], b["in_name"])]
    held = t["held"]
    held = held[_period(held["date"], b)]
    meetings = held.groupby("locality")["meeting"].nunique().rename("meetings")
    a = t["articles"]
    a = a[_period(a["date"], b)]
    articles = a.dropna(subset=["locality"]).groupby("locality")["article"].nunique()
    out = provinces.merge(meetings, left_on="locality", right_index=True, how="left")
    out = out.merge(articles.rename("articles"), left_on="locality", right_index=True, how="left")
    out[["meetings", "articles"]] = out[["meetings", "articles"]].fillna(0).astype(int)
    out = out.sort_values(
        ["meetings", "articles", "province"], ascending=[False, False, True], kind="stable"
    )
    return _shaped("localities", out)


def locality_units(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    units = t["base_units"]
    out = units[(units["pkey"] == b["in_province"]) & (b["in_province"] != "")]
    out = out.sort_values(
        ["articles", "meetings", "unit"], ascending=[False, False, True], kind="stable"
    )
    return _shaped("locality_units", out)


def meeting_chairs(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    rows = t["chair_rows"]
    rows = rows[
        _contains(rows["pkey"], b["in_person"])
        & _period(rows["date"], b)
        & _in_locality(rows, b["in_locality"])
    ]
    first = rows.drop_duplicates("group").set_index("group")
    per = rows.groupby("group").agg(
        sentence=("sentence", "first"), article=("aid", "min"), reports=("a", "nunique")
    )
    out = first.drop(columns=["sentence"]).join(per).rename(columns={"lname": "locality"})
    out["date"] = out["date"].astype(object)
    out = out.sort_values(
        ["date", "person", "meeting_name"], ascending=[False, True, True], kind="stable"
    )
    return _shaped("meeting_chairs", out)


def search_meetings(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    """Meetings whose chair's search key has a word starting with the typed key, or whose name
    contains the typed text (case ignored). The name test is the one scan the store cannot index:
    over every meeting's label it took 6-13 s at 100,000 articles, here it reads the base table."""
    q, text = b["in_q"], b["in_text"]
    m = t["base_meetings"].dropna(subset=["meeting_name"])
    if not q:
        m = m.iloc[0:0]
    chairs = t["base_chairs"][["p", "meeting"]].merge(
        t["base_people"].dropna(subset=["pkey"])[["p", "pkey"]], on="p"
    )
    chaired = chairs.loc[(" " + chairs["pkey"]).str.contains(" " + q, regex=False), "meeting"]
    keep = m["meeting"].isin(set(chaired))
    if text:
        keep |= m["meeting_name"].str.lower().str.contains(text.lower(), regex=False)
    rows = m[keep].assign(date=m["date"].fillna(""))
    out = rows.groupby("meeting", as_index=False).agg(
        label=("meeting_name", "first"), detail=("date", "max")
    )
    out = out.rename(columns={"meeting": "item"}).sort_values(
        ["detail", "label"], ascending=[False, True], kind="stable"
    )
    return _shaped("search_meetings", out.head(200))


DERIVED: dict[str, Callable[[Tables, dict[str, Any]], pd.DataFrame]] = {
    "overview": overview,
    "top_chairs": top_chairs,
    "activity": activity,
    "newest_directives": newest_directives,
    "localities": localities,
    "locality_units": locality_units,
    "meeting_chairs": meeting_chairs,
    "search_meetings": search_meetings,
    **profiles.PROFILE,
}

# Views a page can do without while a store's first tables are read in the background (minutes at
# 100,000 articles): the page shows the rest of its answer and says this part is coming. The named
# query is no way out: the search on meetings took 29 s beside the reading at 100k (7-10 s alone).
NOT_WAITED_FOR = frozenset({"search_meetings"})


def derive(name: str, tables: Tables, params: dict[str, Any]) -> pd.DataFrame:
    """The answer of the named query `name` with `params`, computed from `tables`."""
    return DERIVED[name](tables, get(name).bind(params))
