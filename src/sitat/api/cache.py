"""A short-lived cache in front of the archive's heavier queries, for the web app.

Totals, rankings, the gender share, a speaker's counts and searches for common words scan many rows
of a large archive but change only when articles are added. ``CachedStore`` keeps their answers for
``ttl`` seconds (and forgets everything at once when articles are added through it), and computes
each missing answer once even when many requests ask for it at the same moment. Records by id go
straight to the store: they are cheap.

Articles added by another process (``sitat ingest`` beside a running server) show up in the cached
figures after at most ``ttl`` seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sitat.archive.store import AddResult, Store
from sitat.records import Article, Quotation

log = logging.getLogger(__name__)

#: The store's read methods whose answers are kept (aggregates over many rows).
CACHED_METHODS = (
    "overview",
    "sources",
    "top_speakers",
    "top_outlets",
    "gender_share",
    "get_speaker",
    "speaker_timeline",
    "speaker_outlets",
    "speaker_cues",
    "co_quoted",
    "search",
    "speaker_quotations",
)
SEARCH_METHODS = ("search", "speaker_quotations")


class _Entry:
    __slots__ = ("expires", "lock", "ready", "value")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ready = False
        self.value: Any = None
        self.expires = 0.0


class CachedStore:
    """Wraps a ``Store``: the methods in ``CACHED_METHODS`` are answered from memory when fresh.

    Every other attribute is the wrapped store's own, so the object can be used wherever the app
    expects a store.
    """

    def __init__(
        self,
        store: Store,
        ttl: float = 300.0,
        max_entries: int = 8192,
        max_searches: int = 1024,
        max_pages: int = 2048,
    ):
        self.store = store
        self.ttl = ttl
        # searches and finished pages have budgets of their own (they are bigger and more varied), so
        # a burst of different searches never pushes out the front page's or the speakers' figures
        self._limits = {"aggregate": max_entries, "search": max_searches, "page": max_pages}
        self._groups: dict[str, OrderedDict[Hashable, _Entry]] = {g: OrderedDict() for g in self._limits}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.refreshes = 0
        # one thread refreshes expired answers, so refreshing never takes more than one core
        self._refresher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitat-cache")

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.store, name)
        if name in CACHED_METHODS and callable(attr):
            return self._cached(name, attr)
        return attr

    def kept(self, key: Hashable, build: Callable[[], Any]) -> Any:
        """What ``build`` makes from cached answers only (a rendered page), kept as long as they are:
        rendering the overview's table and charts costs more than reading its figures from memory."""
        return self._cached("page", lambda _key: build(), group="page")(key)

    def _cached(self, name: str, method: Callable[..., Any], group: str | None = None) -> Callable[..., Any]:
        group = group or ("search" if name in SEARCH_METHODS else "aggregate")

        def call(*args: Any, **kwargs: Any) -> Any:
            key = (name, args, tuple(sorted(kwargs.items())))
            entry = self._entry(group, key)
            if entry.ready:
                if entry.expires <= time.monotonic() and entry.lock.acquire(blocking=False):
                    # past its time: one refresh in the background; this and later requests get the
                    # previous answer until it is done
                    self._refresher.submit(self._refresh, entry, method, args, kwargs)
                self.hits += 1
                return entry.value
            with entry.lock:  # the first asker computes; the others wait for it
                if entry.ready:
                    self.hits += 1  # computed while we waited
                    return entry.value
                self.misses += 1
                value = method(*args, **kwargs)
                entry.value, entry.ready, entry.expires = value, True, time.monotonic() + self.ttl
                return value

        return call

    def _refresh(self, entry: _Entry, method: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        """Recompute one expired answer (in the refresher thread; ``entry.lock`` is held for us)."""
        try:
            value = method(*args, **kwargs)
            entry.value, entry.expires = value, time.monotonic() + self.ttl
            self.refreshes += 1
        except Exception:  # keep serving the previous answer; the next request past its time retries
            log.exception("could not refresh a cached answer")
        finally:
            entry.lock.release()

    def _entry(self, group: str, key: Hashable) -> _Entry:
        with self._lock:
            entries = self._groups[group]
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = _Entry()
                while len(entries) > self._limits[group]:
                    entries.popitem(last=False)
            else:
                entries.move_to_end(key)
            return entry

    def clear(self) -> None:
        with self._lock:
            for entries in self._groups.values():
                entries.clear()

    # writes go through and make every kept answer stale

    def add(self, article: Article, quotations: Iterable[Quotation]) -> AddResult:
        try:
            return self.store.add(article, quotations)
        finally:
            self.clear()

    def add_many(self, items: Iterable[tuple[Article, Iterable[Quotation]]]) -> list[AddResult]:
        try:
            return self.store.add_many(items)
        finally:
            self.clear()

    def warm(self, speakers: int = 200) -> None:
        """Compute the front-page figures and the most quoted speakers' pages ahead of the first visit."""
        started = time.monotonic()
        try:
            self.overview()
            self.sources()
            self.top_outlets(date_from=None, date_to=None, limit=20)
            self.gender_share("month", date_from=None, date_to=None, source=None)
            # imported here: the routes module imports the app, which imports this one
            from sitat.api.params import SearchParams
            from sitat.api.routes import search, speaker_detail

            # the same calls as the pages make, so the pages find the answers
            self.top_speakers(date_from=None, date_to=None, source=None, limit=20)
            search(self, SearchParams())  # type: ignore[arg-type]  # the front page
            for summary in self.store.top_speakers(limit=speakers):
                speaker = self.get_speaker(summary.id)
                if speaker is not None:
                    speaker_detail(self, speaker, "", "", "")  # type: ignore[arg-type]
                    search(self, SearchParams(), speaker.id)  # type: ignore[arg-type]
        except Exception:  # warming is an optimisation: a failure here must not stop the server
            log.exception("could not warm the cache")
            return
        log.info("cache warmed in %.1f s", time.monotonic() - started)
