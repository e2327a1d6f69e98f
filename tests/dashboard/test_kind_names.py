"""The English view names every document and meeting kind in English: the graph stores them in
Vietnamese (as GUIDE.md writes them), and data/kind_names_en.toml must know each one the
extractor can record, so a kind added to doc_kinds.toml or meeting_kinds.toml without its English
fails here."""

from __future__ import annotations

import pandas as pd

from eventgraph.dashboard import data, i18n
from eventgraph.extract.vi.tokens import load_data


def test_every_document_and_meeting_kind_has_an_english_name() -> None:
    english = i18n.kind_names_en()
    documents = [k["name"] for k in load_data("doc_kinds.toml")["kind"]]
    meetings = sorted(set(load_data("meeting_kinds.toml")["kinds"].values()))
    missing = [k for k in documents + meetings if k not in english]
    assert not missing, missing
    assert all(v and v != k for k, v in english.items())


def test_kinds_are_shown_in_the_reader_s_language() -> None:
    df = pd.DataFrame({"code": ["122-KH/TU", "21-KL/TW"], "kind": ["Kế hoạch", "Kết luận"]})
    assert data.display(df, ["code", "kind"], "en")["Kind"].tolist() == ["Plan", "Conclusion"]
    assert data.display(df, ["code", "kind"], "vi")["Loại"].tolist() == ["Kế hoạch", "Kết luận"]
    assert i18n.value("hội nghị", "en") == "conference"
    assert i18n.value("hội nghị", "vi") == "hội nghị"
    assert i18n.value("chair", "vi") == "chủ trì"  # the stored English values as before
