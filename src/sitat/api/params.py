"""The query parameters pages and API share, checked once so both give the same answer to bad input."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from urllib.parse import urlencode

from sitat.archive.store import PERIODS
from sitat.errors import QueryError
from sitat.records import QUOTATION_TYPES

PER_PAGE = 20
MAX_PER_PAGE = 100
#: Deep pages cost the database a scan of everything before them; nobody reads page 500 of a search.
MAX_PAGE = 500
MAX_QUERY_CHARS = 500


def check_date(value: str | None, name: str, *, end: bool = False) -> str | None:
    """An ISO day (``YYYY-MM-DD``) from a day, a month (``YYYY-MM``) or a year, or ``None`` if empty.

    A month or year stands for its first day as a start and its last day as an end, because the
    archive compares whole days.
    """
    value = (value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value).isoformat()
        if len(value) == 7:
            first = dt.datetime.strptime(value, "%Y-%m").date()
            if not end:
                return first.isoformat()
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return (following - dt.timedelta(days=1)).isoformat()
        if len(value) == 4 and value.isdigit():
            return f"{value}-12-31" if end else f"{value}-01-01"
    except ValueError:
        pass
    raise QueryError(f"{name} must be a date like 2024-03-01 (or 2024-03, 2024), not {value!r}")


def check_article_date(value: str | None) -> str | None:
    """An article's date as sent to us: ``YYYY-MM-DD``, ``YYYY-MM`` or a full ISO timestamp."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 7:
            dt.datetime.strptime(value, "%Y-%m")
        else:
            dt.datetime.fromisoformat(value)
    except ValueError:
        raise QueryError(f"the date must be ISO 8601 like 2024-03-01, not {value!r}") from None
    return value


def check_period(value: str | None) -> str:
    value = (value or "month").strip()
    if value not in PERIODS:
        raise QueryError(f"period must be one of {', '.join(PERIODS)}, not {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class SearchParams:
    """A search as the URL holds it: query, filters and page."""

    q: str = ""
    speaker: str = ""
    outlet: str = ""
    type: str = ""
    date_from: str | None = None
    date_to: str | None = None
    page: int = 1
    per_page: int = PER_PAGE

    @classmethod
    def parse(
        cls,
        q: str | None = None,
        speaker: str | None = None,
        outlet: str | None = None,
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        page: int | None = 1,
        per_page: int | None = PER_PAGE,
    ) -> SearchParams:
        q = (q or "").strip()
        if len(q) > MAX_QUERY_CHARS:
            raise QueryError(f"the query is longer than {MAX_QUERY_CHARS} characters")
        type = (type or "").strip()
        if type and type not in QUOTATION_TYPES:
            raise QueryError(f"type must be one of {', '.join(QUOTATION_TYPES)}, not {type!r}")
        page = page or 1
        if not 1 <= page <= MAX_PAGE:
            raise QueryError(f"page must be between 1 and {MAX_PAGE}")
        per_page = per_page or PER_PAGE
        if not 1 <= per_page <= MAX_PER_PAGE:
            raise QueryError(f"per_page must be between 1 and {MAX_PER_PAGE}")
        start, end = check_date(date_from, "from"), check_date(date_to, "to", end=True)
        if start and end and start > end:
            raise QueryError(f"the date range is empty: from {start} is after to {end}")
        return cls(
            q=q,
            speaker=(speaker or "").strip(),
            outlet=(outlet or "").strip(),
            type=type,
            date_from=start,
            date_to=end,
            page=page,
            per_page=per_page,
        )

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def store_kwargs(self) -> dict[str, object]:
        """The arguments of ``Store.search`` for this search."""
        speaker: str | int | None = self.speaker or None
        if self.speaker.isdigit():
            speaker = int(self.speaker)  # pages link to a speaker by id
        return {
            "speaker": speaker,
            "source": self.outlet or None,
            "type": self.type or None,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "limit": self.per_page,
            "offset": self.offset,
        }

    def query_string(self, **changes: object) -> str:
        """The URL query for this search (with ``changes``), leaving out empty values and defaults."""
        p = replace(self, **changes) if changes else self
        pairs = [
            ("q", p.q),
            ("speaker", p.speaker),
            ("outlet", p.outlet),
            ("type", p.type),
            ("from", p.date_from or ""),
            ("to", p.date_to or ""),
            ("page", str(p.page) if p.page != 1 else ""),
            ("per_page", str(p.per_page) if p.per_page != PER_PAGE else ""),
        ]
        return urlencode([(k, v) for k, v in pairs if v])

    @property
    def filtered(self) -> bool:
        return bool(self.speaker or self.outlet or self.type or self.date_from or self.date_to)


def pages(total: int, per_page: int) -> int:
    """How many pages ``total`` hits fill, capped at what may be asked for."""
    return min(max(1, -(-total // per_page)), MAX_PAGE)
