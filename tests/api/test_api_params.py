"""Filters shared by pages and API: dates, types, paging, and the URL that holds a search."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest

from sitat.api.params import MAX_PAGE, SearchParams, check_date, pages
from sitat.errors import QueryError


@pytest.mark.parametrize(
    ("value", "end", "expected"),
    [
        ("2024-03-05", False, "2024-03-05"),
        ("2024-02", False, "2024-02-01"),
        ("2024-02", True, "2024-02-29"),
        ("2023-02", True, "2023-02-28"),
        ("2024-12", True, "2024-12-31"),
        ("2024", False, "2024-01-01"),
        ("2024", True, "2024-12-31"),
        (" ", False, None),
    ],
)
def test_dates_become_whole_days(value, end, expected):
    assert check_date(value, "from", end=end) == expected


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13", "24-01-01", "i morgen", "2024/01/01", "20245"])
def test_bad_dates_are_query_errors_that_show_the_format(value):
    with pytest.raises(QueryError, match="2024-03-01"):
        check_date(value, "from")


def test_query_string_round_trips_and_leaves_out_defaults():
    params = SearchParams.parse(
        "«åpent sår» -kutt", "Kari Nordmann", "NTB", "direct", "2024-01", "2024-02", 3
    )
    pairs = dict(parse_qsl(params.query_string()))
    assert pairs == {"q": "«åpent sår» -kutt", "speaker": "Kari Nordmann", "outlet": "NTB", "type": "direct",
                     "from": "2024-01-01", "to": "2024-02-29", "page": "3"}
    again = SearchParams.parse(pairs["q"], pairs["speaker"], pairs["outlet"], pairs["type"], pairs["from"],
                               pairs["to"], int(pairs["page"]))
    assert again == params
    assert SearchParams.parse().query_string() == ""
    assert "page" not in dict(parse_qsl(params.query_string(page=1)))


def test_numeric_speaker_is_an_id():
    assert SearchParams.parse(speaker="17").store_kwargs()["speaker"] == 17
    assert SearchParams.parse(speaker="Ola").store_kwargs()["speaker"] == "Ola"


@pytest.mark.parametrize(("total", "per_page", "expected"), [(0, 20, 1), (20, 20, 1), (21, 20, 2),
                                                              (10**9, 20, MAX_PAGE)])
def test_pages(total, per_page, expected):
    assert pages(total, per_page) == expected
