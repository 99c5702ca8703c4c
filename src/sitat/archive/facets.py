"""Search filters as index tokens (SQLite): what ``quotation_fts.facets`` holds and how a filter reads.

A quotation's facets are its speaker entity (``s42``), outlet (``o`` + a hash of the case-folded
name, since names have spaces), type (``tdirect``) and day at three grains (``y2024``, ``m202402``,
``d20240214``), so a date range becomes the fewest whole years, months and days that cover it.
"""

from __future__ import annotations

import calendar
import hashlib
from datetime import date, timedelta
from functools import lru_cache

from sitat.errors import QueryError


@lru_cache(maxsize=4096)
def source_token(source: str) -> str:
    return "o" + hashlib.sha1(" ".join(source.split()).casefold().encode("utf-8")).hexdigest()[:12]


def facet_tokens(speaker_id: int | None, source: str | None, qtype: str | None, day: str | None) -> str:
    """The facets of one quotation, space-separated."""
    tokens = []
    if speaker_id is not None:
        tokens.append(f"s{int(speaker_id)}")
    if source:
        tokens.append(source_token(source))
    if qtype:
        tokens.append(f"t{qtype}")
    if day and len(day) >= 10:
        y, m, d = day[:4], day[5:7], day[8:10]
        tokens += [f"y{y}", f"m{y}{m}", f"d{y}{m}{d}"]
    return " ".join(tokens)


def bound(value: str, upper: bool) -> date:
    """The first (or, ``upper``, last) day a ``YYYY[-MM[-DD]]`` filter means."""
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if upper else 1)
        last = calendar.monthrange(year, month)[1]
        day = int(parts[2]) if len(parts) > 2 else (last if upper else 1)
        return date(year, month, day)
    except (ValueError, IndexError):
        raise QueryError(f"{value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY") from None


def date_cover(lo: date, hi: date, limit: int = 2000) -> list[str]:
    """The fewest ``y``/``m``/``d`` tokens whose days are exactly ``lo`` … ``hi``."""
    tokens: list[str] = []
    day = lo
    while day <= hi:
        if len(tokens) >= limit:
            raise QueryError("the date range is too fragmented to search; use whole months or years")
        year_end = date(day.year, 12, 31)
        month_end = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        if day.month == 1 and day.day == 1 and year_end <= hi:
            tokens.append(f"y{day.year:04d}")
            day = year_end + timedelta(days=1)
        elif day.day == 1 and month_end <= hi:
            tokens.append(f"m{day.year:04d}{day.month:02d}")
            day = month_end + timedelta(days=1)
        else:
            tokens.append(f"d{day.year:04d}{day.month:02d}{day.day:02d}")
            day += timedelta(days=1)
    return tokens
