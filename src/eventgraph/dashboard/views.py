"""The dashboard's whole-store views computed from the base tables in memory (no Streamlit here).

Each function answers like the named query of the same name (same columns, same rows, same order
on the query's ORDER BY) for any filter, from the rows of the `base_*` queries and the unfiltered
`localities` answer (`tables.BASE`), which are read once per data version. So a period, a province
or a typed name costs a pandas filter and a group-by instead of a scan of the store. SPARQL's
semantics are kept: distinct meetings, people and directives are counted once whatever number of
articles report them, a filter on a date refuses a row without a date, and a locality matches on
its search key or its province's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from eventgraph.dashboard.data import projected
from eventgraph.queries import get

Tables = dict[str, pd.DataFrame]


def _period(dates: pd.Series, b: dict[str, Any]) -> pd.Series:
    """The rows whose date ("" when unknown) lies in the period `in_date_from`..`in_date_to`."""
    keep = pd.Series(True, index=dates.index)
    if b["in_date_from"]:
        keep &= (dates != "") & (dates >= b["in_date_from"])
    if b["in_date_to"]:
        keep &= (dates != "") & (dates <= b["in_date_to"])
    return keep


def _contains(keys: pd.Series, needle: str) -> pd.Series:
    if not needle:
        return pd.Series(True, index=keys.index)
    return keys.fillna("").str.contains(needle, regex=False)


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


def overview(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    arts = t["base_articles"]
    keep = _period(arts["date"], b) & _contains(arts["key"], b["in_locality"])
    chosen = arts.loc[keep, "article"].unique()
    links = t["base_article_links"]
    links = links[links["article"].isin(chosen)]
    count = links.groupby("kind")["node"].nunique()
    row = {"articles": len(chosen)}
    for col, kind in (("meetings", "meeting"), ("people", "person"), ("directives", "directive")):
        row[col] = int(count.get(kind, 0))
    return _shaped("overview", pd.DataFrame([row]))


def top_chairs(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    chairs = t["base_chairs"][["p", "meeting"]].drop_duplicates()
    people = t["base_people"]
    chairs = chairs.merge(people[people["person"].notna()][["p", "person"]], on="p")
    m = t["base_meetings"][["meeting", "date", "l"]].merge(t["base_places"], on="l", how="left")
    places = m.assign(lpkey=m["lpkey"].where(m["lkey"].notna()))
    places = places[["meeting", "date", "lkey", "lpkey"]].drop_duplicates()
    rows = chairs.merge(places, on="meeting", how="left")
    rows["date"] = rows["date"].fillna("")
    rows = rows[_period(rows["date"], b) & _in_locality(rows, b["in_locality"])]
    out = rows.groupby("p", as_index=False).agg(
        person=("person", "first"), meetings=("meeting", "nunique"), latest=("date", "max")
    )
    out = out.merge(t["base_scopes"], on="p", how="left")
    out = out.sort_values(["meetings", "person"], ascending=[False, True], kind="stable")
    return _shaped("top_chairs", out.head(15))


def activity(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    rows = _places(t, province_label=True)
    rows = rows[rows["date"] != ""]
    rows = rows[_period(rows["date"], b) & _in_locality(rows, b["in_locality"])]
    rows = rows.assign(
        month=rows["date"].str.slice(0, 7),
        province=rows["lpname"].fillna(rows["lname"]).fillna(""),
    )
    out = rows.groupby(["month", "province"], as_index=False).agg(meetings=("meeting", "nunique"))
    return _shaped("activity", out.sort_values(["month", "province"]))


def newest_directives(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    links = t["base_article_links"]
    links = links[links["kind"] == "directive"].rename(columns={"node": "directive"})
    rows = links[["article", "directive"]].merge(t["base_directives"], on="directive")
    rows = rows.merge(t["base_articles"][["article", "date", "key"]], on="article", how="left")
    rows["date"] = rows["date"].fillna("")
    rows = rows[_period(rows["date"], b) & _contains(rows["key"], b["in_locality"])]
    rows = rows.assign(when=rows["dd"].fillna(rows["date"]))
    found = rows.groupby("directive", as_index=False).agg(
        date=("when", "max"), articles=("article", "nunique")
    )
    out = found.merge(t["base_directives"], on="directive")
    out = out.sort_values(["date", "code"], ascending=[False, True], kind="stable").head(20)
    return _shaped("newest_directives", out)


def localities(t: Tables, b: dict[str, Any]) -> pd.DataFrame:
    provinces = t["localities"][["locality", "province", "key", "units"]]
    provinces = provinces[_contains(provinces["key"], b["in_name"])]
    m = t["base_meetings"][["meeting", "date", "l"]]
    m = m[_period(m["date"], b)].merge(t["base_places"][["l", "lp"]], on="l", how="left")
    held = pd.concat(
        [
            m[["meeting", "l"]].rename(columns={"l": "locality"}),
            m[["meeting", "lp"]].rename(columns={"lp": "locality"}),
        ]
    )
    meetings = held.dropna().groupby("locality")["meeting"].nunique().rename("meetings")
    a = t["base_articles"]
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
    people = t["base_people"].dropna(subset=["person", "pkey"])
    people = people[_contains(people["pkey"], b["in_person"])]
    c = t["base_chairs"].dropna(subset=["a", "aid"]).merge(people, on="p")
    named = t["base_meetings"].dropna(subset=["meeting_name", "kind"])
    c = c.merge(named[["meeting", "meeting_name", "kind"]].drop_duplicates(), on="meeting")
    places = _places(t, province_label=False)
    rows = c.merge(places[["meeting", "date", "lname", "lkey", "lpkey"]], on="meeting", how="left")
    rows["date"] = rows["date"].fillna("")
    rows = rows[_period(rows["date"], b) & _in_locality(rows, b["in_locality"])]
    keys = ["p", "person", "meeting_name", "kind", "date", "lname", "role", "meeting"]
    out = rows.groupby(keys, as_index=False, dropna=False, sort=False).agg(
        sentence=("sentence", "first"), article=("aid", "min"), reports=("a", "nunique")
    )
    out = out.rename(columns={"lname": "locality"})
    out = out.sort_values(
        ["date", "person", "meeting_name"], ascending=[False, True, True], kind="stable"
    )
    return _shaped("meeting_chairs", out)


DERIVED: dict[str, Callable[[Tables, dict[str, Any]], pd.DataFrame]] = {
    "overview": overview,
    "top_chairs": top_chairs,
    "activity": activity,
    "newest_directives": newest_directives,
    "localities": localities,
    "locality_units": locality_units,
    "meeting_chairs": meeting_chairs,
}


def derive(name: str, tables: Tables, params: dict[str, Any]) -> pd.DataFrame:
    """The answer of the named query `name` with `params`, computed from `tables`."""
    return DERIVED[name](tables, get(name).bind(params))
