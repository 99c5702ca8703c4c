"""The archive's one interface: what the CLI, the JSON API and the web pages may ask of it.

``Store`` is an abstract base class with two implementations behind one SQLAlchemy Core schema
(SQLite with FTS5 over Norwegian-stemmed text, PostgreSQL with its ``norwegian`` text search
configuration). Callers get one from ``open_store(url)`` and never see SQL. The read methods return
the small view records defined here (plain dataclasses, safe to serialise); the stage records
``Article`` and ``Quotation`` stay in ``sitat.records``.

Dates are ISO strings (``YYYY-MM-DD``); a date filter compares the article's day. Periods for
timelines are ``"week"`` (labels ``2024-W07``) or ``"month"`` (labels ``2024-02``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from sitat.records import Article, Quotation

if TYPE_CHECKING:
    from sitat.archive.reuse import GroupingSummary

Period = Literal["week", "month"]
PERIODS: tuple[str, ...] = ("week", "month")

#: ``gender`` values: known only when the archive has evidence (pronoun, role noun, first name).
GENDERS: tuple[str, ...] = ("female", "male", "unknown")

DEFAULT_URL = "sqlite:///sitat.db"


# --- view records ---------------------------------------------------------------------------------


def _plain_value(value: Any) -> Any:
    if isinstance(value, _Plain):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_value(v) for k, v in value.items()}
    return value


class _Plain:
    """Base of the view records whose JSON form is simply their fields.

    Shallow on purpose: ``dataclasses.asdict`` deep-copies every value, which was a third of the
    overview page's time in the web app."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return {name: _plain_value(getattr(self, name)) for name in self.__dataclass_fields__}  # type: ignore[attr-defined]


@dataclass(slots=True)
class ArticleRef(_Plain):
    """The article a quotation comes from, without its text."""

    id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(slots=True)
class QuotationView:
    """One stored quotation with where it was printed and whom the archive attributes it to.

    ``quotation`` is the stage record (offsets into the article's text, speaker as the article names
    them); ``speaker_id``/``speaker_name`` are the archive's speaker entity across articles (``None``
    when the quotation has no speaker, e.g. a reporter's question).
    """

    id: int
    article: ArticleRef
    quotation: Quotation
    speaker_id: int | None = None
    speaker_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article": self.article.to_dict(),
            "speaker_id": self.speaker_id,
            "speaker_name": self.speaker_name,
            **{f"quotation_{k}" if k in ("id",) else k: v for k, v in self.quotation.to_dict().items()},
        }


@dataclass(slots=True)
class Snippet:
    """A stretch of quotation text with the words that matched the query marked.

    ``marks`` are (start, end) offsets into ``text``. Pages render ``parts()`` and escape every part
    themselves; no markup is ever embedded in ``text``.
    """

    text: str
    marks: list[tuple[int, int]] = field(default_factory=list)

    def parts(self) -> Iterator[tuple[str, bool]]:
        """(text, is_match) pieces in order, for rendering highlights safely."""
        pos = 0
        for start, end in self.marks:
            if start > pos:
                yield self.text[pos:start], False
            yield self.text[start:end], True
            pos = end
        if pos < len(self.text):
            yield self.text[pos:], False

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "marks": [list(m) for m in self.marks]}


@dataclass(slots=True)
class SearchHit:
    """One ranked search result."""

    quotation: QuotationView
    snippet: Snippet
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"quotation": self.quotation.to_dict(), "snippet": self.snippet.to_dict(), "score": self.score}


@dataclass(slots=True)
class SearchResult:
    """A page of hits and the total number of quotations that match (``total_exact`` False: an
    estimate, when counting every match of common words would cost more than the page)."""

    hits: list[SearchHit]
    total: int
    limit: int
    offset: int
    query: str = ""
    total_exact: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "total_exact": self.total_exact,
            "limit": self.limit,
            "offset": self.offset,
            "hits": [h.to_dict() for h in self.hits],
        }


@dataclass(slots=True)
class ArticleView:
    """A stored article with its text and every quotation the archive holds for it."""

    article: Article
    quotations: list[QuotationView]

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article.to_dict(), "quotations": [q.to_dict() for q in self.quotations]}


@dataclass(slots=True)
class NameCount(_Plain):
    """A name with how often it occurs (outlets, cue verbs, aliases, role titles)."""

    name: str
    count: int


@dataclass(slots=True)
class SpeakerSummary(_Plain):
    """A speaker entity in a ranking: who, how often quoted, when first and last."""

    id: int
    name: str
    gender: str  # one of GENDERS
    quotations: int
    articles: int
    first_date: str | None = None
    last_date: str | None = None
    roles: list[str] = field(default_factory=list)
    # issue 4: each quotation once however many outlets printed it (``quotations`` counts printings)
    distinct_quotations: int | None = None


@dataclass(slots=True)
class SpeakerView(_Plain):
    """One speaker entity across articles: names the articles use, roles given, gender and evidence."""

    id: int
    name: str
    gender: str  # one of GENDERS
    gender_source: str | None  # "pronoun", "role", "first-name" or None when unknown
    aliases: list[NameCount]
    roles: list[NameCount]
    quotations: int
    articles: int
    first_date: str | None = None
    last_date: str | None = None
    distinct_quotations: int | None = None  # issue 4, as in SpeakerSummary


@dataclass(slots=True)
class SpeakerLink(_Plain):
    """Another speaker quoted in the same articles, with the number of shared articles."""

    id: int
    name: str
    articles: int


@dataclass(slots=True)
class PeriodCount(_Plain):
    """Quotations in one period (``2024-02`` or ``2024-W07``)."""

    period: str
    count: int


@dataclass(slots=True)
class GenderShare(_Plain):
    """Who gets to speak in one period: quotations and distinct speakers by gender."""

    period: str
    female: int
    male: int
    unknown: int
    female_speakers: int = 0
    male_speakers: int = 0
    unknown_speakers: int = 0

    @property
    def known(self) -> int:
        return self.female + self.male

    @property
    def female_share(self) -> float | None:
        """Share of women among quotations whose speaker's gender is known; None when none is."""
        return self.female / self.known if self.known else None

    def to_dict(self) -> dict[str, Any]:
        out = _Plain.to_dict(self)
        out["female_share"] = self.female_share
        return out


@dataclass(slots=True)
class Overview(_Plain):
    """Totals for the front page."""

    articles: int
    quotations: int
    speakers: int
    sources: int
    first_date: str | None
    last_date: str | None
    by_type: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class AddResult:
    """What ``Store.add`` did with one article: ``added``, ``updated``, ``unchanged`` or ``duplicate``.

    ``duplicate`` means the same text is already stored under another id (``duplicate_of``).
    """

    article_id: str
    status: Literal["added", "updated", "unchanged", "duplicate"]
    quotations: int = 0
    duplicate_of: str | None = None


# --- the interface --------------------------------------------------------------------------------


class Store(ABC):
    """The quotation archive. Use ``open_store(url)``; close it (or use ``with``) when done."""

    url: str

    # writing ---------------------------------------------------------------------------------------

    @abstractmethod
    def add(self, article: Article, quotations: Iterable[Quotation]) -> AddResult:
        """Store one article and its quotations atomically; idempotent.

        Same id and same text: nothing changes. Same id, new text: the article is updated and its old
        quotations replaced. New id but a text already stored: skipped as a duplicate. Speakers are
        linked to (or create) speaker entities across articles.
        """

    def add_many(self, items: Iterable[tuple[Article, Iterable[Quotation]]]) -> list[AddResult]:
        """Store many articles; each one is its own transaction unless an implementation batches."""
        return [self.add(article, quotations) for article, quotations in items]

    @abstractmethod
    def is_stored(self, article: Article) -> bool:
        """True when this article (same id and text) or its text under another id is already stored.

        Ingest asks before extracting, so a resumed run skips what an interrupted one stored.
        """

    # reading ---------------------------------------------------------------------------------------

    @abstractmethod
    def search(
        self,
        query: str = "",
        *,
        speaker: str | int | None = None,
        source: str | None = None,
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 20,
        offset: int = 0,
        collapse: bool = False,
    ) -> SearchResult:
        """Ranked full-text search over quotation text with Norwegian stemming.

        ``query`` is the user's text: words (all must occur, any inflection), ``"phrases"`` or
        ``«phrases»``, and ``-word`` to exclude; an empty query lists the newest quotations.
        SQLite ranks the 500 most recently stored matches (BM25) and, when there are more, estimates
        ``total`` (``total_exact`` False); PostgreSQL ranks and counts all of them (``ts_rank``).
        ``speaker`` is a speaker id or a name/alias (case-insensitive). Raises ``QueryError`` for a
        query with nothing to search for or a bad filter. ``collapse`` shows each quotation once
        (its earliest matching printing) however many outlets printed it; ``total`` then counts
        quotations, not printings.
        """

    @abstractmethod
    def iter_quotations(
        self,
        query: str = "",
        *,
        speaker: str | int | None = None,
        source: str | None = None,
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> Iterator[QuotationView]:
        """Every matching quotation (all of them without arguments), streamed; for export."""

    @abstractmethod
    def get_quotation(self, quotation_id: int) -> QuotationView | None: ...

    @abstractmethod
    def get_article(self, article_id: str) -> ArticleView | None:
        """The article with its text and its quotations in text order."""

    @abstractmethod
    def get_speaker(self, speaker_id: int) -> SpeakerView | None: ...

    @abstractmethod
    def find_speakers(self, name: str, limit: int = 20) -> list[SpeakerSummary]:
        """Speakers whose name or an alias matches ``name`` (case-insensitive), most quoted first."""

    @abstractmethod
    def speaker_quotations(self, speaker_id: int, *, limit: int = 20, offset: int = 0) -> SearchResult:
        """A speaker's quotations, newest first."""

    @abstractmethod
    def speaker_timeline(
        self,
        speaker_id: int,
        period: Period = "month",
        *,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[PeriodCount]:
        """Quotations per period, oldest first, with empty periods in between filled with 0."""

    @abstractmethod
    def speaker_outlets(self, speaker_id: int, limit: int = 10) -> list[NameCount]:
        """The outlets quoting this speaker, by number of quotations."""

    @abstractmethod
    def speaker_cues(self, speaker_id: int, limit: int = 10) -> list[NameCount]:
        """The cue words used for this speaker's quotations (``sier``, ``mener``…), most frequent first."""

    @abstractmethod
    def co_quoted(self, speaker_id: int, limit: int = 10) -> list[SpeakerLink]:
        """Other speakers quoted in the same articles, by number of shared articles."""

    @abstractmethod
    def top_speakers(
        self,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        source: str | None = None,
        limit: int = 20,
        offset: int = 0,
        count: str = "printings",
    ) -> list[SpeakerSummary]:
        """Speakers by number of quotations in the date range (all time without one).

        ``count="printings"`` counts every printing; ``"quotations"`` counts a quotation printed by forty
        outlets once (``distinct_quotations``), after ``group_printings``.
        """

    @abstractmethod
    def top_outlets(
        self, *, date_from: str | None = None, date_to: str | None = None, limit: int = 20
    ) -> list[NameCount]:
        """Outlets by number of quotations."""

    @abstractmethod
    def overview(self) -> Overview: ...

    @abstractmethod
    def gender_share(
        self,
        period: Period = "month",
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        source: str | None = None,
    ) -> list[GenderShare]:
        """Who gets to speak: quotations (and distinct speakers) per gender per period, oldest first."""

    @abstractmethod
    def sources(self) -> list[NameCount]:
        """Every outlet in the archive with its number of articles, for filter menus."""

    # quotation reuse (issue 4; implemented in sitat.archive.reuse) -----------------------------------

    @abstractmethod
    def group_printings(self) -> GroupingSummary:
        """Group the printings of each quotation and the copies of each story across the archive.

        Replaces the previous grouping in one transaction; ingest runs it after storing articles.
        """

    @abstractmethod
    def printings(self, quotation_id: int) -> list[QuotationView]:
        """Every printing of this quotation (itself included), earliest first: where else it appeared."""

    @abstractmethod
    def article_copies(self, article_id: str) -> list[ArticleRef]:
        """Every stored copy of this article's story (itself included), earliest first."""

    # lifecycle -------------------------------------------------------------------------------------

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (and create or migrate) the archive at ``url``: ``sqlite:///path`` or ``postgresql://…``.

    Without a url: ``$SITAT_DB`` if set, else ``sitat.db`` in the working directory. With
    ``create=False`` (readers: search, the web app) the archive must exist already. Pending migrations
    are applied either way. Raises ``ArchiveError`` with one clear line when the database cannot be
    reached or is not an archive.
    """
    from sitat.archive.sql import SqlStore

    return SqlStore.open(url, create=create)
