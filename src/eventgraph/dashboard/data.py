"""Query results as tables, and the small reshapes the pages need (no Streamlit here).

Pages read the graph only through named queries; these functions turn a `QueryResult` into a pandas
frame, translate headers and stored values for display, and shape rows for charts.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from eventgraph.dashboard import i18n
from eventgraph.store.base import QueryResult
from eventgraph.text import clean

# How many provinces the activity chart names; the rest are summed as "other" so colours stay
# readable.
TOP_PROVINCES = 8
# The `attrs` entry naming the data a frame holds: (store URL, snapshot, query, parameters), set on
# the frames taken from a snapshot's kept answers or tables (`KeptTables.view`), which never change
# under it.
SOURCE = "eventgraph.source"


def projected(sparql: str) -> list[str]:
    """The columns a SELECT query returns (its projection, aliases included), so a failed query can
    still hand the page an empty table of the right shape."""
    head = re.split(r"\bWHERE\b", re.sub(r"(?m)^\s*#.*$", "", sparql), maxsplit=1, flags=re.I)[0]
    head = head.split("SELECT", 1)[-1]
    names: list[str] = []
    depth = 0
    for token in re.finditer(r"\(|\)|\bAS\s+\?(\w+)|\?(\w+)", head, flags=re.I):
        if token.group(0) == "(":
            depth += 1
        elif token.group(0) == ")":
            depth -= 1
        elif token.group(1):
            names.append(token.group(1))
        elif depth == 0 and token.group(2):
            names.append(token.group(2))
    return names


def frame(result: QueryResult) -> pd.DataFrame:
    """The rows of a query as a frame with the query's columns in order."""
    return pd.DataFrame(result.rows, columns=result.columns)


def display(
    df: pd.DataFrame,
    columns: list[str],
    lang: str,
    translate: tuple[str, ...] = (
        "role",
        "level",
        "type",
        "status",
        "direction",
        "relation",
        "scope",
        "kind",
    ),
) -> pd.DataFrame:
    """The chosen columns with translated headers, and the stored English values of the columns in
    `translate` translated."""
    out = df[[c for c in columns if c in df.columns]].copy()
    for c in out.columns:  # an unbound value reads as an empty cell, not "None"
        # text columns: object, or pandas 3's string dtype (whose missing value is NaN)
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c].dtype):
            out[c] = out[c].fillna("")
    for c in translate:
        if c in out.columns:
            out[c] = out[c].map(lambda v: i18n.value(v, lang))
    return out.rename(columns={c: i18n.column(c, lang) for c in out.columns})


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV with a byte-order mark, so spreadsheet programs show the diacritics."""
    return df.to_csv(index=False).encode("utf-8-sig")


def split_list(value: object) -> list[str]:
    """A GROUP_CONCAT cell ("a; ; b") as its non-empty parts."""
    if not isinstance(value, str):
        return []
    return [p.strip() for p in value.split(";") if p.strip()]


def tidy_lists(df: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """Concatenated cells rewritten without empty parts ("; 21-KL/TW" -> "21-KL/TW")."""
    out = df.copy()
    for c in columns:
        if c in out.columns:
            out[c] = out[c].map(lambda v: "; ".join(split_list(v)))
    return out


def activity_chart_frame(df: pd.DataFrame, other: str, unknown: str) -> pd.DataFrame:
    """Meetings per month and province with the smaller provinces folded into `other`."""
    if df.empty:
        return pd.DataFrame(columns=["month", "province", "meetings"])
    df = df.assign(province=df["province"].replace("", unknown).fillna(unknown))
    totals = df.groupby("province")["meetings"].sum().sort_values(ascending=False)
    keep = set(totals.index[:TOP_PROVINCES])
    df = df.assign(province=df["province"].where(df["province"].isin(keep), other))
    return df.groupby(["month", "province"], as_index=False)["meetings"].sum()


def rank_directives(df: pd.DataFrame, typed: str) -> pd.DataFrame:
    """Directive candidates with exact code matches first, then the most connected."""
    if df.empty:
        return df
    wanted = typed.upper().replace(" ", "")
    exact = df["code"].fillna("").str.upper().str.replace(" ", "", regex=False) == wanted
    return (
        df.assign(_exact=exact)
        .sort_values(["_exact", "links"], ascending=[False, False])
        .drop(columns="_exact")
        .reset_index(drop=True)
    )


def scopes_text(scopes: object, lang: str) -> str:
    """The scopes that tell namesakes apart ("Hải Phòng; trung-uong") as a reader would say them."""
    return ", ".join(str(i18n.value(s, lang)) for s in split_list(scopes))


def person_choice(row: pd.Series, lang: str) -> str:
    """How a person reads in a picker: name (scopes) — meetings · articles."""
    scopes = scopes_text(row["scopes"], lang)
    summary = i18n.label("people.summary", lang, meetings=row["meetings"], articles=row["articles"])
    return f"{row['person']}" + (f" ({scopes})" if scopes else "") + f" — {summary}"


def search_text(typed: str) -> str:
    """What the user typed, cleaned as stored names are (NFC, new tone placement, one space)."""
    return clean(typed)


def period_text(period: object, lang: str) -> str:
    """A directive's period as a reader writes it: "khoa-xiii" -> "khóa XIII", "nhiem-ky-2020-2025"
    -> "nhiệm kỳ 2020-2025" (English: "term XIII", "term 2020-2025"); a year stays as it is."""
    if not isinstance(period, str) or not period or period == "unknown":
        return ""
    word = "term" if lang == "en" else None
    if period.startswith("khoa-"):
        return f"{word or 'khóa'} {period[5:].upper()}"
    if period.startswith("nhiem-ky-"):
        return f"{word or 'nhiệm kỳ'} {period[9:]}"
    return period


def source_rows(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The rows of `sources.rq` one per sentence and article (a sentence often says several facts:
    a mention, a position and a participation), the kinds of fact it says joined, newest first."""
    if df.empty:
        return pd.DataFrame(columns=["date", "facts", "sentence", "article", "title"])
    df = df.assign(
        sentence=df["sentence"].fillna(""),
        title=df["title"].fillna(""),
        type=df["type"].map(lambda v: str(i18n.value(v, lang))),
    )
    out = df.groupby(["date", "article", "title", "sentence"], as_index=False, sort=False).agg(
        facts=("type", lambda kinds: ", ".join(dict.fromkeys(kinds)))
    )
    return out.sort_values(["date", "article"], ascending=[False, True]).reset_index(drop=True)


def has_filters(filters: dict[str, str]) -> bool:
    """True when any filter narrows the data."""
    return any(v for v in filters.values())


def column_values(df: pd.DataFrame, col: str) -> list[Any]:
    """A column's values as Python objects, None where missing (NaN or NA), for the indexes that
    fold kept tables into dictionaries (`chair_index`, `documents`, `person_rows`)."""
    return df[col].astype(object).where(df[col].notna(), None).tolist()
