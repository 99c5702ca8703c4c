"""RSS 2.0, RSS 1.0 and Atom feeds: each entry becomes an article from its content or summary.

feedparser reads the feed; the XML is first checked with the same safe parser as NewsML-G2 and NITF,
so a feed declaring entities is refused before feedparser sees it. Feeds that are not well-formed
XML are still read (feedparser is lenient, as real feeds need) unless nothing useful comes out.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from typing import Any

import feedparser

from sitat.errors import InputError
from sitat.readers.dates import from_struct_time
from sitat.readers.html import html_fragment_paragraphs
from sitat.readers.xmlsafe import clean, parse_xml
from sitat.records import Article

log = logging.getLogger(__name__)

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")


def _entry_text(entry: Any) -> list[str]:
    """Paragraphs of the fullest text an entry has: ``content`` (Atom, content:encoded) or ``summary``."""
    candidates: list[str] = []
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if isinstance(value, str):
            candidates.append(value)
    summary = entry.get("summary")
    if isinstance(summary, str):
        candidates.append(summary)
    best: list[str] = []
    for value in candidates:
        paras = html_fragment_paragraphs(value)
        if sum(map(len, paras)) > sum(map(len, best)):
            best = paras
    return best


def read_feed(text: str, origin: str, fallback_id: str) -> Iterator[Article]:
    """Articles of one feed, in feed order; entries without text are skipped with a note."""
    try:
        parse_xml(text, origin)
    except InputError as exc:
        if exc.reason.startswith("refused"):
            raise
        log.info("%s: feed is not well-formed XML (%s); reading it leniently", origin, exc.reason)
    try:
        # a stream, never a str: feedparser opens a str that looks like a path or URL as one
        data = _XML_DECLARATION.sub("", text, count=1).encode("utf-8")
        parsed = feedparser.parse(
            io.BytesIO(data),
            response_headers={"content-type": "application/xml; charset=utf-8"},
            resolve_relative_uris=False,
            sanitize_html=True,
        )
    except (ValueError, TypeError, LookupError) as exc:
        raise InputError(origin, f"cannot read the feed: {exc}") from None
    feed = parsed.get("feed") or {}
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    if not entries:
        if parsed.get("bozo") and not version:
            problem = parsed.get("bozo_exception")
            raise InputError(origin, f"not a readable RSS or Atom feed: {problem}")
        log.info("%s: the feed has no entries", origin)
        return
    source = clean(feed.get("title")) or None
    feed_language = feed.get("language") or None
    for number, entry in enumerate(entries, 1):
        entry_id = clean(entry.get("id")) or clean(entry.get("link")) or f"{fallback_id}#{number}"
        paras = _entry_text(entry)
        if not paras:
            log.info("%s: skipped entry %r: it has neither content nor summary text", origin, entry_id)
            continue
        yield Article(
            id=entry_id,
            text="\n\n".join(paras),
            title=clean(entry.get("title")) or None,
            date=from_struct_time(entry.get("published_parsed") or entry.get("updated_parsed")),
            source=source,
            byline=clean(entry.get("author")) or None,
            url=clean(entry.get("link")) or None,
            language=entry.get("language") or feed_language,
            origin=origin,
        )
