"""Words, stems, user queries and highlights: the text side of archive search.

Both databases index stems (SQLite: the Snowball Norwegian stemmer here, into FTS5; PostgreSQL: its
``norwegian`` configuration, the same Snowball stemmer), so ``forsvarsutgiftene`` finds
``forsvarsutgifter``. A user's query is never handed to a database's query language: it is parsed
here into words and phrases of word characters only, and the database query is built from those,
each bound as a parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import snowballstemmer

from sitat.archive.store import Snippet
from sitat.errors import QueryError

WORD = re.compile(r"\w+")

_stemmer = snowballstemmer.stemmer("norwegian")
_stem_cache: dict[str, str] = {}
_STEM_CACHE_MAX = 200_000


def stem(word: str) -> str:
    """The Snowball Norwegian stem of one lower-case word (cached: news vocabulary repeats)."""
    cached = _stem_cache.get(word)
    if cached is None:
        cached = _stemmer.stemWord(word)
        if len(_stem_cache) < _STEM_CACHE_MAX:
            _stem_cache[word] = cached
    return cached


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` (runs of letters and digits)."""
    return WORD.findall(text.lower())


def stems(text: str) -> str:
    """``text`` as a space-separated string of stems: what SQLite's FTS5 table indexes."""
    known = _stem_cache  # the hot path of storing: one dictionary lookup per word once warm
    return " ".join([known.get(w) or stem(w) for w in WORD.findall(text.lower())])


@dataclass(slots=True)
class ParsedQuery:
    """A user's query as words and phrases: every word must occur; excluded words must not."""

    terms: list[str] = field(default_factory=list)  # single words, lower case
    phrases: list[list[str]] = field(default_factory=list)  # words in order
    excluded: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.terms or self.phrases or self.excluded)

    def positive_stems(self) -> set[str]:
        """The stems a hit must contain: the ones highlighted."""
        out = {stem(t) for t in self.terms}
        for phrase in self.phrases:
            out.update(stem(w) for w in phrase)
        return out

    def fts5(self) -> str:
        """An FTS5 MATCH expression over stems. Every token is ``\\w+`` and quoted, so no operator of
        the user's can reach FTS5."""
        parts = [f'"{stem(t)}"' for t in self.terms]
        parts += ['"' + " ".join(stem(w) for w in p) + '"' for p in self.phrases]
        expr = " AND ".join(parts)
        for word in self.excluded:
            expr += f' NOT "{stem(word)}"'
        return expr


_QUOTED = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”')
_OPEN_MARKS = '"«“'


def parse_query(query: str) -> ParsedQuery:
    """Words, ``"phrases"`` / ``«phrases»`` and ``-excluded`` words of a user's search text.

    Operators of any database (``OR``, ``NEAR``, ``*``, ``:``, ``--``) are just text: punctuation is
    dropped and the words are searched for. An unbalanced quotation mark quotes the rest of the query.
    """
    parsed = ParsedQuery()
    rest: list[str] = []
    pos = 0
    for m in _QUOTED.finditer(query):
        rest.append(query[pos : m.start()])
        phrase = words(next(g for g in m.groups() if g is not None))
        _add_phrase(parsed, phrase)
        pos = m.end()
    tail = query[pos:]
    opened = [i for i, ch in enumerate(tail) if ch in _OPEN_MARKS]
    if opened:  # an unbalanced mark: treat what follows as one phrase
        _add_phrase(parsed, words(tail[opened[0] + 1 :]))
        tail = tail[: opened[0]]
    rest.append(tail)
    for chunk in " ".join(rest).split():
        negative = chunk.startswith("-") and len(chunk) > 1 and chunk[1] != "-"
        for word in words(chunk):
            (parsed.excluded if negative else parsed.terms).append(word)
            negative = False  # only the first word of '-foo-bar' is excluded
    return parsed


def _add_phrase(parsed: ParsedQuery, phrase: list[str]) -> None:
    if len(phrase) == 1:
        parsed.terms.extend(phrase)
    elif phrase:
        parsed.phrases.append(phrase)


def require_positive(parsed: ParsedQuery, query: str) -> None:
    """A full-text query needs at least one word that must occur."""
    if parsed.excluded and not (parsed.terms or parsed.phrases):
        raise QueryError(f"the query {query!r} only excludes words; give at least one word to search for")
    if parsed.empty and query.strip():
        raise QueryError(f'the query {query!r} has no words to search for; search for words or "a phrase"')


def highlight(text: str, wanted: set[str], width: int = 240) -> Snippet:
    """A snippet of ``text`` around the first words whose stems are ``wanted``, those words marked."""
    marks = [(m.start(), m.end()) for m in WORD.finditer(text) if stem(m.group().lower()) in wanted]
    if len(text) <= width:
        return Snippet(text, marks)
    first = marks[0][0] if marks else 0
    start = max(0, first - width // 4)
    if start > 0:  # begin at a word boundary
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    kept = [(a + shift, b + shift) for a, b in marks if a >= start and b <= end]
    return Snippet(prefix + text[start:end] + suffix, kept)
