"""JSON Lines articles: one object a line with at least ``id`` and ``text`` (the spec's article shape)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sitat.errors import InputError
from sitat.readers.text import normalise_newlines
from sitat.records import Article

_OPTIONAL_STR_FIELDS = ("title", "date", "source", "byline", "url", "language")


def article_from_record(record: Any, origin: str) -> Article:
    """Validate one decoded JSON value as an article, or say what is wrong with it."""
    if not isinstance(record, dict):
        raise InputError(origin, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "the record has no 'text' string")
    raw_id = record.get("id")
    if raw_id is None or isinstance(raw_id, (dict, list, bool)) or str(raw_id).strip() == "":
        raise InputError(origin, "the record has no usable 'id'")
    text = normalise_newlines(text).strip()
    if not text:
        raise InputError(origin, "the article text is empty")
    extra: dict[str, str | None] = {}
    for key in _OPTIONAL_STR_FIELDS:
        value = record.get(key)
        extra[key] = None if value is None else str(value)
    if extra["source"] is None and isinstance(record.get("outlet"), str):
        extra["source"] = record["outlet"]
    return Article(id=str(raw_id), text=text, origin=origin, **extra)


def iter_jsonl(text: str, origin: str) -> Iterator[Article | InputError]:
    """Articles of a JSON Lines document; a broken line yields an InputError and reading goes on."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"not valid JSON: {exc.msg} at column {exc.colno}", line=number)
            continue
        try:
            yield article_from_record(record, where)
        except InputError as exc:
            yield InputError(origin, exc.reason, line=number)
