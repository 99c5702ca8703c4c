"""Plain-text articles, as news archives export them.

A file may open with a date header (``date 2016-11`` or ``date 2016-11-21``), after optional leading
whitespace, followed by a newline or directly by the first paragraph on the same line. The header
becomes ``Article.date``; the article text is the rest with surrounding whitespace removed.
"""

from __future__ import annotations

import re

from sitat.errors import InputError
from sitat.records import Article

_DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|\Z)", re.IGNORECASE)


def split_date_header(text: str) -> tuple[str | None, str]:
    """(date, text) with the optional ``date YYYY-MM[-DD]`` header taken off and the text stripped."""
    m = _DATE_HEADER.match(text)
    if not m:
        return None, text.strip()
    return m.group(1), text[m.end() :].strip()


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(text: str, article_id: str, origin: str | None = None) -> Article:
    """One plain-text article; its id is the caller's (a file's name without extension)."""
    date, body = split_date_header(normalise_newlines(text))
    if not body:
        raise InputError(origin or article_id, "the article is empty (no text after whitespace)")
    return Article(id=article_id, text=body, date=date, origin=origin)
