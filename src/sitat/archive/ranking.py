"""BM25 over a window of matches, computed here rather than by FTS5's ``bm25()``.

FTS5's ``bm25()`` recounts every query phrase over the whole index on each query to get its
document frequency (a full pass over the doclists of ``det``, ``vekst`` or a speaker facet: 10–30 ms
at a million quotations) and then costs about 10 µs per ranked row. Here the document frequencies
are counted once and kept (``TermStats``), and each row is scored from the stems text FTS5 already
stores, so a query costs one pass over the newest matches.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sitat.archive.text import ParsedQuery, stem

#: BM25's usual constants (FTS5 and Lucene use the same).
K1 = 1.2
B = 0.75

#: Document frequencies are recounted once the archive has grown or shrunk by this share.
STALE_SHARE = 0.05
#: ... and the archive's size and average length are looked at again after this many seconds.
SIZE_TTL_SECONDS = 30.0
_MAX_ENTRIES = 100_000


def query_units(parsed: ParsedQuery) -> list[str]:
    """The stems and stemmed phrases a hit is scored on (each a space-joined string of stems)."""
    units = [stem(t) for t in parsed.terms]
    units += [" ".join(stem(w) for w in p) for p in parsed.phrases]
    return list(dict.fromkeys(units))


def term_frequency(padded_stems: str, unit: str) -> int:
    """How often ``unit`` (a stem or a phrase of stems) occurs in `` stems `` (padded with spaces)."""
    return padded_stems.count(f" {unit} ")


def bm25(
    rows: Sequence[tuple[int, str]],
    units: Sequence[str],
    doc_freq: dict[str, int],
    n_docs: int,
    avg_len: float,
) -> list[tuple[int, float]]:
    """(id, score) for each ``(id, stems text)`` row, best first, newest first among equals."""
    n_docs = max(n_docs, 1)
    avg_len = max(avg_len, 1.0)
    idf = {u: math.log(1 + (n_docs - doc_freq.get(u, 0) + 0.5) / (doc_freq.get(u, 0) + 0.5)) for u in units}
    needles = [(f" {u} ", idf[u]) for u in units]
    k1_plus, flat, slope = K1 + 1, K1 * (1 - B), K1 * B / avg_len
    scored = []
    for row_id, text in rows:  # the hot loop of a search: no calls but str.count
        padded = f" {text} " if text else "  "
        norm = flat + slope * padded.count(" ")  # spaces - 1 = stems; +1 is lost in the noise
        score = 0.0
        for needle, weight in needles:
            tf = padded.count(needle)
            if tf:
                score += weight * tf * k1_plus / (tf + norm)
        scored.append((row_id, score))
    scored.sort(key=lambda r: (-r[1], -r[0]))
    return scored


@dataclass(slots=True)
class _Size:
    n_docs: int
    avg_len: float
    at: float


class TermStats:
    """Document frequencies of stems and phrases, and the archive's size, kept between queries.

    A frequency is counted with ``count(unit)`` the first time a unit is asked for and reused until
    the archive's size has moved by ``STALE_SHARE``; IDF changes little with a few percent more
    quotations, and the ranking only needs it to weigh the words of one query against each other.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._freq: dict[str, tuple[int, int]] = {}  # unit → (documents, archive size when counted)
        self._size: _Size | None = None

    def size(self, measure: Callable[[], tuple[int, float]]) -> tuple[int, float]:
        """(quotations, average stems per quotation), measured at most every ``SIZE_TTL_SECONDS``."""
        now = time.monotonic()
        current = self._size
        if current is None or now - current.at > SIZE_TTL_SECONDS:
            n_docs, avg_len = measure()
            current = self._size = _Size(n_docs, avg_len, now)
        return current.n_docs, current.avg_len

    def doc_freq(self, units: Sequence[str], n_docs: int, count: Callable[[str], int]) -> dict[str, int]:
        """The number of quotations holding each unit; ``count`` is called only for unknown or stale ones."""
        out: dict[str, int] = {}
        for unit in units:
            known = self._freq.get(unit)
            if known is not None and abs(known[1] - n_docs) <= STALE_SHARE * max(known[1], 1):
                out[unit] = known[0]
                continue
            value = count(unit)
            with self._lock:
                if len(self._freq) >= _MAX_ENTRIES:
                    self._freq.clear()
                self._freq[unit] = (value, n_docs)
            out[unit] = value
        return out

    def forget(self) -> None:
        """Drop everything (after a write that changes what is stored)."""
        with self._lock:
            self._freq.clear()
            self._size = None


__all__ = ["TermStats", "bm25", "query_units", "term_frequency"]
