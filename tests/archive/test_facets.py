"""Search filters as index tokens: date ranges as the fewest whole years, months and days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitat.archive.facets import bound, date_cover, facet_tokens, source_token
from sitat.errors import QueryError


@pytest.mark.parametrize(
    ("lo", "hi", "tokens"),
    [
        ("2024", "2024", ["y2024"]),
        ("2024-02", "2024-03", ["m202402", "m202403"]),
        ("2023-12-31", "2024-01-02", ["d20231231", "d20240101", "d20240102"]),
        ("2023-11-30", "2025-01", ["d20231130", "m202312", "y2024", "m202501"]),
    ],
)
def test_date_cover(lo, hi, tokens):
    assert date_cover(bound(lo, upper=False), bound(hi, upper=True)) == tokens


@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.integers(0, 800))
def test_date_cover_covers_exactly_the_days_of_the_range(lo, span):
    hi = lo + timedelta(days=span)
    covered = set()
    for token in date_cover(lo, hi):
        kind, digits = token[0], token[1:]
        first = bound(f"{digits[:4]}" + (f"-{digits[4:6]}" if kind != "y" else "")
                      + (f"-{digits[6:]}" if kind == "d" else ""), upper=False)
        last = bound(f"{digits[:4]}" + (f"-{digits[4:6]}" if kind != "y" else "")
                     + (f"-{digits[6:]}" if kind == "d" else ""), upper=True)
        days = {first + timedelta(days=i) for i in range((last - first).days + 1)}
        assert not days & covered
        covered |= days
    assert covered == {lo + timedelta(days=i) for i in range(span + 1)}


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "i fjor"])
def test_a_bad_date_is_a_query_error(value):
    with pytest.raises(QueryError, match="not a date"):
        bound(value, upper=False)


def test_facet_tokens():
    assert facet_tokens(7, "Bergens  Tidende", "direct", "2024-02-14").split() == [
        "s7", source_token("bergens tidende"), "tdirect", "y2024", "m202402", "d20240214"]
    assert facet_tokens(None, None, "mixed", None) == "tmixed"


def test_words_never_match_facet_tokens(fresh_db, archive_article):
    from sitat.archive import open_store

    with open_store(fresh_db) as store:
        store.add(*archive_article("a", [("Vi må ha mer skatt", "Kari Nordmann", "Kari Nordmann")]))
        speaker = store.top_speakers()[0].id
        assert store.search("skatt").total == 1
        for word in (f"s{speaker}", "tdirect", "y2024", "m202402"):
            assert store.search(word).total == 0
