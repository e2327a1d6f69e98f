"""Normalisation: what every name comparison rests on."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from eventgraph.extract.vi.normalize import working_text
from eventgraph.text import clean, fold, search_key, slug

VIET = st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệ"
                                             "ìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                                             "AĂÂĐÊÔƠƯÀÁẢÃẠ Ỳ-–—.,\u00a0\n")), max_size=80)


def test_tone_placement_and_diacritics() -> None:
    assert fold("Thanh Hoá") == fold("Thanh Hóa")
    assert fold("Tỉnh uỷ") == fold("Tỉnh ủy")
    assert search_key("Trần Lưu Quang") == search_key("tran luu quang") == "tran luu quang"
    assert slug("Hải Phòng") == "hai-phong"
    assert clean("Bà  Rịa – Vũng\u00a0Tàu") == "Bà Rịa - Vũng Tàu"


@given(VIET)
def test_working_text_keeps_length_so_spans_stay_valid(text: str) -> None:
    t = unicodedata.normalize("NFC", text)
    assert len(working_text(t)) == len(t)


@given(VIET)
def test_keys_are_idempotent_and_nfc(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert search_key(search_key(text)) == search_key(text)
    assert unicodedata.is_normalized("NFC", clean(text))
    assert search_key(text).isascii()
