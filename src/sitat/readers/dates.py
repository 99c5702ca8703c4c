"""Dates as the formats write them, to the ISO 8601 forms ``Article.date`` holds."""

from __future__ import annotations

import re
import time
from datetime import datetime

_YEAR_MONTH = re.compile(r"\A(\d{4})-(\d{2})\Z")
_BASIC_DATE = re.compile(r"\A(\d{4})(\d{2})(\d{2})\Z")


def iso_date(value: str | None) -> str | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or a full ISO timestamp; None when ``value`` is not a date.

    NITF writes ISO 8601 basic form (``20161121T101500+0100``), NewsML-G2 the extended form; both come
    out extended, so dates from different formats compare as strings.
    """
    if not value:
        return None
    value = value.strip()
    if _YEAR_MONTH.match(value):
        year, month = int(value[:4]), int(value[5:])
        return value if 1 <= month <= 12 and year > 0 else None
    m = _BASIC_DATE.match(value)
    if m:
        value = "-".join(m.groups())
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if "T" not in value and " " not in value:
        return parsed.date().isoformat()
    return parsed.isoformat()


def from_struct_time(value: time.struct_time | None) -> str | None:
    """feedparser's parsed dates (UTC struct_time) as an ISO timestamp."""
    if not value:
        return None
    try:
        return datetime(*value[:6]).isoformat() + "Z"
    except (TypeError, ValueError):
        return None
