"""The archive in SQL: one schema and one implementation for SQLite and PostgreSQL (SQLAlchemy Core).

Every statement binds its values as parameters. The dialects differ only in full-text search:
SQLite matches an FTS5 table of Snowball stems (``quotation_fts``, rowid = quotation id), PostgreSQL
a stored ``tsvector`` column in the ``norwegian`` configuration. Writes of one article (or one
``add_many`` batch) are one transaction, so an interrupted ingest leaves every article either fully
stored or absent.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, TextClause, bindparam, create_engine, event, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy import text as _text
from sqlalchemy.engine import make_url

from sitat.archive import migrations
from sitat.archive.facets import bound, date_cover, facet_tokens, source_token
from sitat.archive.ranking import TermStats, bm25, query_units
from sitat.archive.reuse import ReuseQueries, check_count_kind
from sitat.archive.speakers import SpeakerEvidence, decide_gender, evidence, kind_of, name_key, surname_key
from sitat.archive.store import (
    DEFAULT_URL,
    PERIODS,
    AddResult,
    ArticleRef,
    ArticleView,
    GenderShare,
    NameCount,
    Overview,
    PeriodCount,
    QuotationView,
    SearchHit,
    SearchResult,
    Snippet,
    SpeakerLink,
    SpeakerSummary,
    SpeakerView,
    Store,
)
from sitat.archive.text import ParsedQuery, highlight, parse_query, require_positive, stems
from sitat.errors import ArchiveError, QueryError
from sitat.records import QUOTATION_TYPES, Article, Quotation

log = logging.getLogger(__name__)
T = TypeVar("T")

#: A surname alone joins a full-name speaker quoted within this many days of the article.
SURNAME_WINDOW_DAYS = 365

MAX_LIMIT = 10_000

#: SQLite page cache per connection. Storing inserts into five indexes and the full-text index at
#: scattered places; with SQLite's default 2 MB every batch re-reads them from the OS (4,400 →
#: 5,200 quotations/s at a million). Readers need less, and a web server holds several connections.
WRITE_CACHE_KIB = 131_072
READ_CACHE_KIB = 32_768
#: Read the database through a memory map of up to this size (SQLite caps it; 2 GB in common builds):
#: a full-text search then reads index pages without a system call and a copy each (three common
#: words at a million quotations: 7.9 → 6.2–6.8 ms).
MMAP_BYTES = 8 << 30

#: SQLite ranks this many of the most recently stored matches of a query (see ``_search_fts5``):
#: 2,000 cost 26 ms (p50) for three common words at a million quotations, 500 cost 9 ms.
RANK_WINDOW = 500
#: how long opening or writing to a SQLite archive keeps trying while another process holds it;
#: SQLite's busy timeout covers most waits, not all: a connection that opens while the last one of
#: another process is cleaning up its write-ahead log gets "database is locked" at once.
OPEN_WAIT_SECONDS = 30.0
#: how long one SQLite statement waits for another process's lock before it fails
BUSY_TIMEOUT_MS = 10_000

_ARTICLE_COLUMNS = (
    "id",
    "title",
    "date",
    "day",
    "source",
    "byline",
    "url",
    "language",
    "origin",
    "text",
    "content_hash",
    "stored_at",
)
_QUOTATION_COLUMNS = (
    "article_id",
    "seq",
    "start_offset",
    "end_offset",
    "type",
    "text",
    "speaker_id",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "addressee",
    "continuation",
    "nested",
    "reporter",
    "confidence",
    "method",
    "day",
    "week",
    "month",
    "source",
)


@lru_cache(maxsize=1024)
def text(statement: str) -> TextClause:
    """A parsed SQL statement, cached: parsing the same text for every article costs more than the
    database does."""
    return _text(statement)


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    """An INSERT with one bound parameter per column (names are ours, never the user's)."""
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

_Q_COLUMNS = """q.id, q.article_id, q.seq, q.start_offset, q.end_offset, q.type, q.text, q.speaker_id,
    q.speaker, q.speaker_mention, q.speaker_start, q.speaker_end, q.cue, q.cue_start, q.cue_end,
    q.addressee, q.continuation, q.nested, q.reporter, q.confidence, q.method,
    a.title AS a_title, a.date AS a_date, a.source AS a_source, a.url AS a_url, s.name AS speaker_name"""

_Q_FROM = "quotations q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"


def resolve_url(url: str | None) -> str:
    """The SQLAlchemy URL for a user's ``--db``: a URL, or a plain path meaning a SQLite file."""
    url = url or os.environ.get("SITAT_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _shown(url: str) -> str:
    """The URL with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa_exc.ArgumentError:
        return url


def day_of(value: str | None) -> str | None:
    """``YYYY-MM-DD`` of an article's date (a month alone counts as its first day)."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", value.strip())
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '01'}"


def week_of(day: str | None) -> str | None:
    if not day:
        return None
    try:
        year, week, _ = date.fromisoformat(day).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def _check_date(value: str | None, what: str) -> str | None:
    if value is None or value == "":
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise QueryError(f"{what} date {value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def _bool(value: Any) -> bool:
    return bool(value)


class SqlStore(ReuseQueries, Store):  # ReuseQueries: printings of one quotation (issue 4)
    """The archive in a SQLite file or a PostgreSQL database."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url
        self.dialect = engine.dialect.name
        self._speaker_cache: dict[str, int] = {}  # name key → id of full names and role phrases
        self._term_stats = TermStats()  # document frequencies for ranking (SQLite)

    # opening ---------------------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None, *, create: bool = True) -> SqlStore:
        full = resolve_url(url)
        shown = _shown(full)
        try:
            parsed = make_url(full)
        except sa_exc.ArgumentError as exc:
            raise ArchiveError(
                f"{url!r} is not a database URL; use sqlite:///PATH or postgresql://…"
            ) from exc
        backend = parsed.get_backend_name()
        if backend not in ("sqlite", "postgresql"):
            raise ArchiveError(f"unsupported database {backend!r} in {shown}; use sqlite or postgresql")
        if backend == "sqlite":
            path = parsed.database
            if not path or path == ":memory:":
                raise ArchiveError("the SQLite archive needs a file: sqlite:///PATH")
            if not create and not Path(path).is_file():
                raise ArchiveError(f"no archive at {path}; store articles first with 'sitat ingest'")
            if create and not Path(path).parent.is_dir():
                raise ArchiveError(f"cannot create the archive {path}: no such directory")
        try:
            engine = create_engine(full, future=True, pool_pre_ping=backend == "postgresql")
        except ModuleNotFoundError as exc:
            raise ArchiveError(
                f"the driver for {backend} is not installed ({exc.name}); install 'sitat[postgres]'"
            ) from exc
        if backend == "sqlite":
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
        store = cls(engine, full)
        try:
            if not create:
                with engine.connect() as conn:
                    if not inspect(conn).has_table("schema_migrations"):
                        raise ArchiveError(f"no archive at {shown}; store articles first with 'sitat ingest'")
            _waiting_for_lock(engine, lambda: migrations.migrate(engine))  # upgraded in place
        except ArchiveError:
            engine.dispose()
            raise
        except sa_exc.OperationalError as exc:
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise ArchiveError(f"cannot open the archive at {shown}: {reason}") from exc
        except sa_exc.DatabaseError as exc:
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise ArchiveError(f"{shown} is not a sitat archive: {reason}") from exc
        return store

    def close(self) -> None:
        self.engine.dispose()

    def _connect(self) -> Connection:
        try:
            return self.engine.connect()
        except sa_exc.OperationalError as exc:
            raise ArchiveError(f"cannot reach the archive at {_shown(self.url)}: {exc.orig}") from exc
        except sa_exc.TimeoutError as exc:  # every pooled connection busy (web helper, issue 3)
            raise ArchiveError("the archive is busy answering other requests; try again shortly") from exc

    # writing ---------------------------------------------------------------------------------------

    def is_stored(self, article: Article) -> bool:
        with self._connect() as conn:
            row = conn.execute(
                text("SELECT 1 FROM articles WHERE content_hash = :h LIMIT 1"),
                {"id": article.id, "h": article.content_hash},
            ).first()
        return row is not None

    def add(self, article: Article, quotations: Iterable[Quotation]) -> AddResult:
        return self.add_many([(article, quotations)])[0]

    def add_many(self, items: Iterable[tuple[Article, Iterable[Quotation]]]) -> list[AddResult]:
        """Store a batch of articles in one transaction (all or nothing), with one bulk insert per table."""
        items = [(article, list(quotations)) for article, quotations in items]

        def store_batch() -> list[AddResult]:
            results: list[AddResult] = []
            batch = _Batch()
            try:
                with self.engine.connect() as conn, conn.execution_options(sitat_write=True).begin():
                    known = self._known(conn, [a for a, _ in items])
                    for article, quotations in items:
                        results.append(self._add(conn, article, quotations, batch, known))
                    self._flush(conn, batch)
            except BaseException:
                self._speaker_cache.clear()  # ids made in the rolled-back transaction are gone
                raise
            return results

        try:  # all or nothing, so a batch another writer locked out is simply written again
            results = _waiting_for_lock(self.engine, store_batch)
        except sa_exc.OperationalError as exc:
            self._speaker_cache.clear()
            raise ArchiveError(f"cannot write to the archive at {_shown(self.url)}: {exc.orig}") from exc
        self._term_stats.forget()  # this process's own writes show in its next ranking at once
        return results

    def _known(self, conn: Connection, articles: list[Article]) -> dict[str, str]:
        """Stored ids and content hashes among a batch's: id → hash and hash → id (prefixed ``#``)."""
        if not articles:
            return {}
        rows = conn.execute(
            text("SELECT id, content_hash FROM articles WHERE id IN :ids OR content_hash IN :hs").bindparams(
                bindparam("ids", expanding=True), bindparam("hs", expanding=True)
            ),
            {"ids": [a.id for a in articles], "hs": [a.content_hash for a in articles]},
        ).all()
        known: dict[str, str] = {}
        for article_id, content_hash in rows:
            known[article_id] = content_hash
            known.setdefault("#" + content_hash, article_id)
        return known

    def _add(
        self,
        conn: Connection,
        article: Article,
        quotations: list[Quotation],
        batch: _Batch,
        known: dict[str, str],
    ) -> AddResult:
        content_hash = article.content_hash
        stored_hash = known.get(article.id)
        if stored_hash == content_hash:
            return AddResult(article.id, "unchanged")
        if stored_hash is None and "#" + content_hash in known:
            return AddResult(article.id, "duplicate", duplicate_of=known["#" + content_hash])
        known[article.id] = content_hash
        known.setdefault("#" + content_hash, article.id)
        day = day_of(article.date)
        row = {
            "id": article.id,
            "title": article.title,
            "date": article.date,
            "day": day,
            "source": article.source,
            "byline": article.byline,
            "url": article.url,
            "language": article.language,
            "origin": article.origin,
            "text": article.text,
            "content_hash": content_hash,
            "stored_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        status = "added"
        if stored_hash is not None:
            status = "updated"
            self._flush(conn, batch)
            self._remove_quotations(conn, article.id)
            conn.execute(
                text(
                    "UPDATE articles SET title = :title, date = :date, day = :day, source = :source, "
                    "byline = :byline, url = :url, language = :language, origin = :origin, text = :text, "
                    "content_hash = :content_hash, stored_at = :stored_at WHERE id = :id"
                ),
                row,
            )
        else:
            batch.articles.append(row)
        self._collect_quotations(conn, article, quotations, day, batch)
        return AddResult(article.id, status, quotations=len(quotations))

    def _collect_quotations(
        self, conn: Connection, article: Article, quotations: list[Quotation], day: str | None, batch: _Batch
    ) -> None:
        found = evidence(article, quotations)
        speaker_ids: dict[str, int] = {}
        for name, ev in found.items():
            speaker_ids[name] = self._resolve_speaker(conn, ev, day)
        week, month = week_of(day), day[:7] if day else None
        per_speaker: Counter[int] = Counter()
        for seq, q in enumerate(quotations):
            name = " ".join(q.speaker.split()) if q.speaker else None
            sid = speaker_ids.get(name) if name and not q.reporter else None
            if sid is not None:
                per_speaker[sid] += 1
            content = q.text or article.text[q.start : q.end]
            batch.quotations.append(
                (
                    article.id,
                    seq,
                    q.start,
                    q.end,
                    q.type,
                    content,
                    sid,
                    q.speaker,
                    q.speaker_mention,
                    q.speaker_start,
                    q.speaker_end,
                    q.cue,
                    q.cue_start,
                    q.cue_end,
                    q.addressee,
                    bool(q.continuation),
                    bool(q.nested),
                    bool(q.reporter),
                    float(q.confidence),
                    q.method or "",
                    day,
                    week,
                    month,
                    article.source,
                )
            )
        for name, ev in found.items():
            sid = speaker_ids[name]
            values: list[tuple[str, str]] = [("alias", alias) for alias in ev.aliases]
            values.append(("alias", name))
            values += [("role", role) for role in ev.roles]
            values += [("pronoun", g) for g, n in ev.pronouns.items() for _ in range(n)]
            values += [("role-gender", g) for g, n in ev.role_gender.items() for _ in range(n)]
            batch.names += [(sid, article.id, kind, value, name_key(value)) for kind, value in values]
        for sid in set(speaker_ids.values()):
            batch.speakers.setdefault(sid, _SpeakerDelta()).add(per_speaker[sid], day, article.id)
        for name, sid in speaker_ids.items():
            if found[name].pronouns or found[name].role_gender:
                batch.speakers[sid].evidence = True

    def _bulk(self, conn: Connection, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        """One executemany straight to the driver: per-row parameter handling dominates otherwise.
        Table and column names are ours; every value is a bound parameter."""
        mark = "?" if self.engine.dialect.paramstyle == "qmark" else "%s"
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
        conn.exec_driver_sql(sql, rows)

    def _flush(self, conn: Connection, batch: _Batch) -> None:
        """Write what a batch collected: articles, quotations (and their stems), names, speaker counts."""
        if batch.articles:
            self._bulk(
                conn,
                "articles",
                _ARTICLE_COLUMNS,
                [tuple(r[c] for c in _ARTICLE_COLUMNS) for r in batch.articles],
            )
        if batch.quotations:
            last = conn.execute(text("SELECT max(id) FROM quotations")).scalar() or 0
            self._bulk(conn, "quotations", _QUOTATION_COLUMNS, batch.quotations)
            if self.dialect == "sqlite":
                conn.execute(
                    text(
                        "INSERT INTO quotation_fts (rowid, stems, facets) SELECT id, sitat_stems(text), "
                        "sitat_facets(speaker_id, source, type, day) FROM quotations WHERE id > :last"
                    ),
                    {"last": last},
                )
        if batch.names:
            self._bulk(
                conn, "speaker_names", ("speaker_id", "article_id", "kind", "value", "value_key"), batch.names
            )
        self._flush_speakers(conn, batch.speakers)
        batch.articles, batch.quotations, batch.names = [], [], []

    def _resolve_speaker(self, conn: Connection, ev: SpeakerEvidence, day: str | None) -> int:
        """The speaker entity for a name an article uses, created when the archive has none."""
        name = ev.name
        key = name_key(name)
        kind = kind_of(name)
        if kind != "single" and key in self._speaker_cache:
            return self._speaker_cache[key]
        sid = self._find_or_create_speaker(conn, ev, day, name, key, kind)
        if kind != "single":
            self._speaker_cache[key] = sid
        return sid

    def _find_or_create_speaker(
        self, conn: Connection, ev: SpeakerEvidence, day: str | None, name: str, key: str, kind: str
    ) -> int:
        if kind == "single":
            candidates = conn.execute(
                text(
                    "SELECT id, first_day, last_day FROM speakers WHERE surname_key = :k AND kind = 'person'"
                ),
                {"k": key},
            ).all()
            chosen = self._pick_by_period_and_role(conn, candidates, ev, day)
            if chosen is not None:
                return chosen
        exact = conn.execute(
            text("SELECT id FROM speakers WHERE name_key = :k ORDER BY quotations DESC, id LIMIT 1"),
            {"k": key},
        ).first()
        if exact is not None:
            return exact[0]
        if kind == "person":
            surname = surname_key(name)
            singles = conn.execute(
                text("SELECT id FROM speakers WHERE name_key = :k AND kind = 'single'"), {"k": surname}
            ).all()
            others = conn.execute(
                text("SELECT count(*) FROM speakers WHERE surname_key = :k AND kind = 'person'"),
                {"k": surname},
            ).scalar_one()
            if len(singles) == 1 and others == 0:
                # the surname-only speaker met so far is this person: give it the full name
                sid = singles[0][0]
                conn.execute(
                    text("UPDATE speakers SET name = :n, name_key = :k, kind = 'person' WHERE id = :id"),
                    {"n": name, "k": key, "id": sid},
                )
                self._decide_gender(conn, sid)
                return sid
        gender, gender_source = decide_gender(name, Counter(), Counter())  # from a first name, if any
        result = conn.execute(
            text(
                "INSERT INTO speakers (name, name_key, surname_key, kind, gender, gender_source) "
                "VALUES (:n, :k, :s, :kind, :g, :gs) RETURNING id"
            ),
            {"n": name, "k": key, "s": surname_key(name), "kind": kind, "g": gender, "gs": gender_source},
        )
        return int(result.scalar_one())

    def _pick_by_period_and_role(
        self, conn: Connection, candidates: Sequence[Any], ev: SpeakerEvidence, day: str | None
    ) -> int | None:
        """One full-name speaker a surname can only mean: the one quoted in the period, else the one
        whose role titles agree with the article's; ``None`` when it stays ambiguous."""
        if not candidates:
            return None
        if day:
            d = date.fromisoformat(day)
            lo = (d - timedelta(days=SURNAME_WINDOW_DAYS)).isoformat()
            hi = (d + timedelta(days=SURNAME_WINDOW_DAYS)).isoformat()
            in_period = [c for c in candidates if not c[1] or (c[1] <= hi and (c[2] or c[1]) >= lo)]
        else:
            in_period = list(candidates)
        if len(in_period) == 1 and not ev.roles:
            return int(in_period[0][0])
        if ev.roles:
            ids = [c[0] for c in candidates]
            rows = conn.execute(
                text(
                    "SELECT DISTINCT speaker_id FROM speaker_names WHERE kind = 'role' "
                    "AND speaker_id IN :ids AND value IN :roles"
                ).bindparams(bindparam("ids", expanding=True), bindparam("roles", expanding=True)),
                {"ids": ids, "roles": list(ev.roles)},
            ).all()
            agreeing = {r[0] for r in rows}
            in_period_agreeing = [c[0] for c in in_period if c[0] in agreeing]
            if len(in_period_agreeing) == 1:
                return int(in_period_agreeing[0])
            if len(agreeing) == 1:
                return int(next(iter(agreeing)))
            if len(in_period) == 1 and not agreeing:
                return int(in_period[0][0])
        return None

    def _flush_speakers(self, conn: Connection, pending: dict[int, _SpeakerDelta]) -> None:
        """Add a batch's counts and dates to its speakers; decide gender again where evidence came."""
        if not pending:
            return
        rows = [
            {"id": sid, "n": d.quotations, "a": len(d.articles), "f": d.first, "l": d.last}
            for sid, d in pending.items()
        ]
        conn.execute(
            text(
                "UPDATE speakers SET quotations = quotations + :n, articles = articles + :a, "
                "first_day = CASE WHEN CAST(:f AS TEXT) IS NULL THEN first_day "
                "WHEN first_day IS NULL OR first_day > CAST(:f AS TEXT) THEN CAST(:f AS TEXT) "
                "ELSE first_day END, "
                "last_day = CASE WHEN CAST(:l AS TEXT) IS NULL THEN last_day "
                "WHEN last_day IS NULL OR last_day < CAST(:l AS TEXT) THEN CAST(:l AS TEXT) "
                "ELSE last_day END "
                "WHERE id = :id"
            ),
            rows,
        )
        for sid, delta in pending.items():
            if delta.evidence:
                self._decide_gender(conn, sid)
        pending.clear()

    def _decide_gender(self, conn: Connection, sid: int) -> None:
        name = conn.execute(text("SELECT name FROM speakers WHERE id = :id"), {"id": sid}).scalar_one()
        votes = conn.execute(
            text(
                "SELECT kind, value, count(*) FROM speaker_names WHERE speaker_id = :id "
                "AND kind IN ('pronoun', 'role-gender') GROUP BY kind, value"
            ),
            {"id": sid},
        ).all()
        pronoun: Counter[str] = Counter()
        role: Counter[str] = Counter()
        for kind, value, n in votes:
            (pronoun if kind == "pronoun" else role)[value] += n
        gender, source = decide_gender(name, pronoun, role)
        conn.execute(
            text("UPDATE speakers SET gender = :g, gender_source = :gs WHERE id = :id"),
            {"g": gender, "gs": source, "id": sid},
        )

    def _remove_quotations(self, conn: Connection, article_id: str) -> None:
        """Take an article's quotations and speaker evidence out, before storing its new version."""
        affected = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT DISTINCT speaker_id FROM speaker_names WHERE article_id = :a UNION "
                    "SELECT DISTINCT speaker_id FROM quotations WHERE article_id = :a "
                    "AND speaker_id IS NOT NULL"
                ),
                {"a": article_id},
            )
        ]
        if self.dialect == "sqlite":
            conn.execute(
                text(
                    "DELETE FROM quotation_fts WHERE rowid IN "
                    "(SELECT id FROM quotations WHERE article_id = :a)"
                ),
                {"a": article_id},
            )
        conn.execute(text("DELETE FROM quotations WHERE article_id = :a"), {"a": article_id})
        conn.execute(text("DELETE FROM speaker_names WHERE article_id = :a"), {"a": article_id})
        for sid in affected:
            stats = conn.execute(
                text(
                    "SELECT count(*), count(DISTINCT article_id), min(day), max(day) FROM quotations "
                    "WHERE speaker_id = :id"
                ),
                {"id": sid},
            ).one()
            if stats[0] == 0:
                used = conn.execute(
                    text("SELECT 1 FROM speaker_names WHERE speaker_id = :id LIMIT 1"), {"id": sid}
                ).first()
                if used is None:
                    conn.execute(text("DELETE FROM speakers WHERE id = :id"), {"id": sid})
                    self._speaker_cache.clear()
                    continue
            conn.execute(
                text(
                    "UPDATE speakers SET quotations = :n, articles = :a, first_day = :f, last_day = :l "
                    "WHERE id = :id"
                ),
                {"n": stats[0], "a": stats[1], "f": stats[2], "l": stats[3], "id": sid},
            )

    # searching -------------------------------------------------------------------------------------

    def _speaker_ids(self, conn: Connection, speaker: str | int) -> list[int]:
        if isinstance(speaker, int) or (isinstance(speaker, str) and speaker.strip().isdigit()):
            return [int(speaker)]
        key = name_key(speaker)
        if not key:
            raise QueryError("the speaker filter is empty; give a name")
        # the speakers a name was used for, one index step per distinct speaker (a recursive skip
        # over speaker_names_value_speaker) rather than one row per article that used the name
        rows = conn.execute(
            text(
                "SELECT id FROM speakers WHERE name_key = :k OR (surname_key = :k AND kind = 'person') "
                "UNION SELECT x FROM (WITH RECURSIVE used(x) AS ("
                "SELECT min(speaker_id) FROM speaker_names WHERE value_key = :k AND kind = 'alias' "
                "UNION ALL SELECT (SELECT min(speaker_id) FROM speaker_names "
                "WHERE value_key = :k AND kind = 'alias' AND speaker_id > used.x) FROM used "
                "WHERE used.x IS NOT NULL) SELECT x FROM used WHERE x IS NOT NULL) AS aliases"
            ),
            {"k": key},
        ).all()
        return [r[0] for r in rows]

    def _filters(
        self,
        conn: Connection,
        speaker: str | int | None,
        source: str | None,
        type: str | None,
        date_from: str | None,
        date_to: str | None,
    ) -> tuple[list[str], dict[str, Any]] | None:
        """WHERE conditions on ``q`` and their parameters; ``None`` when nothing can match."""
        where: list[str] = []
        params: dict[str, Any] = {}
        if type:
            if type not in QUOTATION_TYPES:
                raise QueryError(
                    f"unknown quotation type {type!r}; choose one of {', '.join(QUOTATION_TYPES)}"
                )
            where.append("q.type = :type")
            params["type"] = type
        if source:
            where.append("q.source = :source")
            params["source"] = source
        date_from = _check_date(date_from, "the from")
        date_to = _check_date(date_to, "the to")
        if date_from:
            where.append("q.day >= :date_from")
            params["date_from"] = date_from
        if date_to:
            where.append("q.day <= :date_to")
            # a year or a month as the end means its last day
            params["date_to"] = date_to + {4: "-99-99", 7: "-99"}.get(len(date_to), "")
        if speaker is not None and speaker != "":
            ids = self._speaker_ids(conn, speaker)
            if not ids:
                return None
            names = []
            for i, sid in enumerate(ids):
                params[f"sp{i}"] = sid
                names.append(f":sp{i}")
            where.append(f"q.speaker_id IN ({', '.join(names)})")
        return where, params

    def _match(self, parsed: ParsedQuery, params: dict[str, Any]) -> tuple[str, str, str]:
        """(FROM addition, WHERE condition, score expression) for a full-text query."""
        if self.dialect == "sqlite":
            params["match"] = f"stems : ({parsed.fts5()})"  # user words never meet the facets
            return (
                " JOIN quotation_fts ON quotation_fts.rowid = q.id",
                "quotation_fts MATCH :match",
                "-bm25(quotation_fts)",
            )
        parts = []
        for i, term in enumerate(parsed.terms):
            params[f"t{i}"] = term
            parts.append(f"plainto_tsquery('norwegian', :t{i})")
        for i, phrase in enumerate(parsed.phrases):
            params[f"p{i}"] = " ".join(phrase)
            parts.append(f"phraseto_tsquery('norwegian', :p{i})")
        for i, word in enumerate(parsed.excluded):
            params[f"x{i}"] = word
            parts.append(f"!! plainto_tsquery('norwegian', :x{i})")
        tsquery = "(" + " && ".join(parts) + ")"
        return "", f"q.tsv @@ {tsquery}", f"ts_rank(q.tsv, {tsquery})"

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
        if limit < 0 or offset < 0:
            raise QueryError("limit and offset must not be negative")
        limit = min(limit, MAX_LIMIT)
        parsed = parse_query(query or "")
        require_positive(parsed, query or "")
        with self._connect() as conn:
            if self.dialect == "sqlite" and not parsed.empty and not collapse:
                found = self._search_fts5(
                    conn, parsed, speaker, source, type, date_from, date_to, limit, offset
                )
                if found is None:
                    return SearchResult([], 0, limit, offset, query)
                total, exact, rows = found
                views = self._views(conn, [r[0] for r in rows])
                return self._result(parsed, rows, views, total, limit, offset, query, exact)
            filters = self._filters(conn, speaker, source, type, date_from, date_to)
            if filters is None:
                return SearchResult([], 0, limit, offset, query)
            where, params = filters
            join = ""
            score = "0"
            if not parsed.empty:
                if self.dialect == "sqlite":
                    # (web helper, issue 3) let FTS5 lead: with an index on a filter column SQLite probes
                    # the full-text index once per quotation of a much-quoted speaker or a big outlet
                    # (seconds at 1M quotations); unary + keeps the filters off their indexes
                    where = ["+" + w for w in where]
                join, cond, score = self._match(parsed, params)
                where = [cond, *where]
            clause = (" WHERE " + " AND ".join(where)) if where else ""
            count_sql = f"SELECT count(*) FROM quotations q{join}{clause}"
            if not parsed.empty:
                order = "score DESC, q.day DESC, q.id DESC"
            elif self.dialect == "sqlite":
                # SQLite sorts NULL lowest, so undated rows come last in DESC, and the day index
                # serves this order without sorting every row (web helper, issue 3)
                order = "q.day DESC, q.id DESC"
            else:
                order = "q.day DESC NULLS LAST, q.id DESC"
            page_sql = (
                f"SELECT q.id, {score} AS score FROM quotations q{join}{clause} "
                f"ORDER BY {order} LIMIT :limit OFFSET :offset"
            )
            if collapse:  # one hit per quotation however many outlets printed it (issue 4)
                count_sql, page_sql = self._collapsed_sql(join, clause, score, order)
            total = conn.execute(text(count_sql), params).scalar_one()
            rows = conn.execute(text(page_sql), {**params, "limit": limit, "offset": offset}).all()
            views = self._views(conn, [r[0] for r in rows])
        return self._result(parsed, rows, views, total, limit, offset, query)

    def _result(
        self,
        parsed: ParsedQuery,
        rows: Sequence[Any],
        views: dict[int, QuotationView],
        total: int,
        limit: int,
        offset: int,
        query: str,
        exact: bool = True,
    ) -> SearchResult:
        wanted = parsed.positive_stems()
        hits = [
            SearchHit(views[r[0]], highlight(views[r[0]].quotation.text, wanted), float(r[1] or 0))
            for r in rows
            if r[0] in views
        ]
        return SearchResult(hits, int(total), limit, offset, query, total_exact=exact)

    def _search_fts5(
        self,
        conn: Connection,
        parsed: ParsedQuery,
        speaker: str | int | None,
        source: str | None,
        type: str | None,
        date_from: str | None,
        date_to: str | None,
        limit: int,
        offset: int,
    ) -> tuple[int, bool, Sequence[Any]] | None:
        """Words and filters answered by FTS5 alone (filters are facet tokens, see ``facets``).

        BM25 (``ranking``) ranks the ``RANK_WINDOW`` most recently stored matches. When there are more,
        the total is estimated from how far back in the archive the window reaches (returned with
        ``exact=False``) rather than counted: counting every match of three common words costs more
        than the whole ranked page.
        """
        match = self._facet_match(conn, parsed, speaker, source, type, date_from, date_to)
        if match is None:
            return None
        window = max(RANK_WINDOW, limit + offset)
        found = conn.execute(
            text(
                "SELECT rowid, stems FROM quotation_fts WHERE quotation_fts MATCH :match "
                "ORDER BY rowid DESC LIMIT :window"
            ),
            {"match": match, "window": window},
        ).all()
        units = query_units(parsed)
        n_docs, avg_len = self._term_stats.size(lambda: self._archive_size(conn))
        if len(units) == 1:
            # IDF weighs one word against another; with one there is nothing to weigh
            doc_freq = {units[0]: len(found)}
        else:
            doc_freq = self._term_stats.doc_freq(units, n_docs, lambda unit: self._doc_freq(conn, unit))
        ranked = bm25([(r[0], r[1]) for r in found], units, doc_freq, n_docs, avg_len)
        page = ranked[offset : offset + limit]
        if len(found) < window:  # the window held every match: that is the count
            return len(found), True, page
        return self._estimate_total(conn, window, found[-1][0]), False, page

    def _doc_freq(self, conn: Connection, unit: str, sample: int = 500) -> int:
        """Quotations holding ``unit`` (stems joined by spaces, no operators): counted when fewer than
        ``sample``, else estimated from how far back its newest ``sample`` reach. IDF needs the order of
        magnitude, and a full count of a common word costs 5–15 ms at a million quotations."""
        newest = conn.execute(
            text("SELECT rowid FROM quotation_fts WHERE quotation_fts MATCH :m ORDER BY rowid DESC LIMIT :n"),
            {"m": f'stems : "{unit}"', "n": sample},
        ).scalars().all()  # fmt: skip
        if len(newest) < sample:
            return len(newest)
        return self._estimate_total(conn, sample, newest[-1])

    def _archive_size(self, conn: Connection) -> tuple[int, float]:
        """(quotations stored, average stems per quotation over the newest 2,000)."""
        n_docs = conn.execute(text("SELECT count(*) FROM quotations")).scalar_one()
        lengths = conn.execute(
            text("SELECT length(stems) - length(replace(stems, ' ', '')) + 1 FROM quotation_fts "
                 "ORDER BY rowid DESC LIMIT 2000")
        ).scalars().all()  # fmt: skip
        return int(n_docs), (sum(lengths) / len(lengths)) if lengths else 1.0

    def _estimate_total(self, conn: Connection, window: int, oldest_in_window: int) -> int:
        """Matches in the whole archive if they are spread as in the newest ``window`` of them."""
        # two subqueries: SQLite answers min() and max() from the index only one at a time
        first, last = conn.execute(
            text("SELECT (SELECT min(id) FROM quotations), (SELECT max(id) FROM quotations)")
        ).one()
        if first is None or last is None or oldest_in_window <= first:
            return window
        share = (last - oldest_in_window + 1) / (last - first + 1)
        return max(window, round(window / share))

    def _facet_match(
        self,
        conn: Connection,
        parsed: ParsedQuery,
        speaker: str | int | None,
        source: str | None,
        type: str | None,
        date_from: str | None,
        date_to: str | None,
    ) -> str | None:
        """The FTS5 expression for words plus filters; ``None`` when no quotation can match. Every
        token is built here from validated values (ids, hashes, digits), never from the user's text."""
        parts = [f"stems : ({parsed.fts5()})"]
        if type:
            if type not in QUOTATION_TYPES:
                raise QueryError(
                    f"unknown quotation type {type!r}; choose one of {', '.join(QUOTATION_TYPES)}"
                )
            parts.append(f'facets : ("t{type}")')
        if source:
            parts.append(f'facets : ("{source_token(source)}")')
        date_from = _check_date(date_from, "the from")
        date_to = _check_date(date_to, "the to")
        if date_from or date_to:
            first, last = conn.execute(text("SELECT min(day), max(day) FROM quotations")).one()
            if first is None:
                return None
            lo = bound(date_from, upper=False) if date_from else date.fromisoformat(first)
            hi = bound(date_to, upper=True) if date_to else date.fromisoformat(last)
            lo, hi = max(lo, date.fromisoformat(first)), min(hi, date.fromisoformat(last))
            if lo > hi:
                return None
            parts.append("facets : (" + " OR ".join(f'"{t}"' for t in date_cover(lo, hi)) + ")")
        if speaker is not None and speaker != "":
            ids = self._speaker_ids(conn, speaker)
            if not ids:
                return None
            parts.append("facets : (" + " OR ".join(f'"s{int(i)}"' for i in ids) + ")")
        return " AND ".join(parts)

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
        parsed = parse_query(query or "")
        require_positive(parsed, query or "")
        last = -1
        while True:
            with self._connect() as conn:
                filters = self._filters(conn, speaker, source, type, date_from, date_to)
                if filters is None:
                    return
                where, params = filters
                join = ""
                if not parsed.empty:
                    join, cond, _ = self._match(parsed, params)
                    where = [cond, *where]
                where = ["q.id > :last", *where]
                ids = [
                    r[0]
                    for r in conn.execute(
                        text(
                            f"SELECT q.id FROM quotations q{join} WHERE {' AND '.join(where)} "
                            "ORDER BY q.id LIMIT 1000"
                        ),
                        {**params, "last": last},
                    )
                ]
                if not ids:
                    return
                views = self._views(conn, ids)
            for qid in ids:
                if qid in views:
                    yield views[qid]
            last = ids[-1]

    def _views(self, conn: Connection, ids: list[int]) -> dict[int, QuotationView]:
        if not ids:
            return {}
        rows = conn.execute(
            text(f"SELECT {_Q_COLUMNS} FROM {_Q_FROM} WHERE q.id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": ids},
        ).mappings()
        return {r["id"]: _view(r) for r in rows}

    def get_quotation(self, quotation_id: int) -> QuotationView | None:
        with self._connect() as conn:
            return self._views(conn, [int(quotation_id)]).get(int(quotation_id))

    def get_article(self, article_id: str) -> ArticleView | None:
        with self._connect() as conn:
            found = conn.execute(text("SELECT * FROM articles WHERE id = :id"), {"id": article_id})
            row = found.mappings().first()
            if row is None:
                return None
            rows = conn.execute(
                text(f"SELECT {_Q_COLUMNS} FROM {_Q_FROM} WHERE q.article_id = :id ORDER BY q.seq"),
                {"id": article_id},
            ).mappings()
            quotations = [_view(r) for r in rows]
        article = Article(
            id=row["id"],
            text=row["text"],
            title=row["title"],
            date=row["date"],
            source=row["source"],
            byline=row["byline"],
            url=row["url"],
            language=row["language"],
            origin=row["origin"],
        )
        return ArticleView(article, quotations)

    # speakers --------------------------------------------------------------------------------------

    def get_speaker(self, speaker_id: int) -> SpeakerView | None:
        with self._connect() as conn:
            row = (
                conn.execute(text("SELECT * FROM speakers WHERE id = :id"), {"id": int(speaker_id)})
                .mappings()
                .first()
            )
            if row is None:
                return None
            names = conn.execute(
                text(
                    "SELECT kind, value, count(*) AS n FROM speaker_names "  # one row per article
                    "WHERE speaker_id = :id AND kind IN ('alias', 'role') GROUP BY kind, value "
                    "ORDER BY n DESC, value"
                ),
                {"id": int(speaker_id)},
            ).all()
        aliases = [NameCount(v, n) for k, v, n in names if k == "alias" and v != row["name"]]
        roles = [NameCount(v, n) for k, v, n in names if k == "role"]
        return SpeakerView(
            id=row["id"],
            name=row["name"],
            gender=row["gender"],
            gender_source=row["gender_source"],
            aliases=aliases,
            roles=roles,
            quotations=row["quotations"],
            articles=row["articles"],
            first_date=row["first_day"],
            last_date=row["last_day"],
            distinct_quotations=self._distinct_one(int(speaker_id)),  # issue 4
        )

    def find_speakers(self, name: str, limit: int = 20) -> list[SpeakerSummary]:
        key = name_key(name)
        if not key:
            return []
        pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self._connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT id FROM speakers WHERE name_key LIKE :p ESCAPE '\\' AND quotations > 0 UNION "
                    "SELECT speaker_id FROM speaker_names WHERE kind = 'alias' "
                    "AND value_key LIKE :p ESCAPE '\\'"
                ),
                {"p": pattern},
            ).all()
            return self._summaries(conn, [r[0] for r in rows], limit=limit)

    def _summaries(
        self,
        conn: Connection,
        ids: list[int],
        limit: int | None = None,
        counts: dict[int, tuple[int, int, str | None, str | None]] | None = None,
    ) -> list[SpeakerSummary]:
        if not ids:
            return []
        rows = (
            conn.execute(
                text("SELECT * FROM speakers WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)),
                {"ids": ids},
            )
            .mappings()
            .all()
        )
        roles: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for sid, value, n in conn.execute(
            text(
                "SELECT speaker_id, value, count(*) FROM speaker_names WHERE kind = 'role' "
                "AND speaker_id IN :ids GROUP BY speaker_id, value"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": ids},
        ):
            roles[sid].append((-n, value))
        out = []
        for r in rows:
            q, a, first, last = (
                counts[r["id"]] if counts else (r["quotations"], r["articles"], r["first_day"], r["last_day"])
            )
            out.append(
                SpeakerSummary(
                    id=r["id"],
                    name=r["name"],
                    gender=r["gender"],
                    quotations=q,
                    articles=a,
                    first_date=first,
                    last_date=last,
                    roles=[v for _, v in sorted(roles[r["id"]])],
                )
            )
        self._with_distinct(conn, out)  # issue 4
        out.sort(key=lambda s: (-s.quotations, s.name))
        return out[:limit] if limit else out

    def speaker_quotations(self, speaker_id: int, *, limit: int = 20, offset: int = 0) -> SearchResult:
        return self.search("", speaker=int(speaker_id), limit=limit, offset=offset)

    def speaker_timeline(
        self,
        speaker_id: int,
        period: str = "month",
        *,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[PeriodCount]:
        column = _period_column(period)
        with self._connect() as conn:
            filters = self._filters(conn, int(speaker_id), None, None, date_from, date_to)
            assert filters is not None
            where, params = filters
            # per day from the (speaker_id, day) index alone, then into periods here
            rows = conn.execute(
                text(
                    f"SELECT q.day, count(*) FROM quotations q WHERE {' AND '.join(where)} "
                    "AND q.day IS NOT NULL GROUP BY q.day"
                ),
                params,
            ).all()
        counts: Counter[str] = Counter()
        for day, n in rows:
            label = week_of(day) if column == "week" else day[:7]
            if label:
                counts[label] += n
        return [PeriodCount(p, counts.get(p, 0)) for p in _fill_periods(list(counts), period)]

    def speaker_outlets(self, speaker_id: int, limit: int = 10) -> list[NameCount]:
        with self._connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT source, count(*) AS n FROM quotations WHERE speaker_id = :id "
                    "AND source IS NOT NULL "
                    "GROUP BY source ORDER BY n DESC, source LIMIT :limit"
                ),
                {"id": int(speaker_id), "limit": limit},
            ).all()
        return [NameCount(s, n) for s, n in rows]

    def speaker_cues(self, speaker_id: int, limit: int = 10) -> list[NameCount]:
        with self._connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT lower(cue) AS c, count(*) AS n FROM quotations WHERE speaker_id = :id "
                    "AND cue IS NOT NULL AND cue <> '' GROUP BY lower(cue) ORDER BY n DESC, c LIMIT :limit"
                ),
                {"id": int(speaker_id), "limit": limit},
            ).all()
        return [NameCount(c, n) for c, n in rows]

    def co_quoted(self, speaker_id: int, limit: int = 10) -> list[SpeakerLink]:
        with self._connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT s.id, s.name, count(DISTINCT q.article_id) AS n FROM quotations q "
                    "JOIN speakers s ON s.id = q.speaker_id "
                    "WHERE q.article_id IN (SELECT article_id FROM quotations WHERE speaker_id = :id) "
                    "AND q.speaker_id <> :id GROUP BY s.id, s.name ORDER BY n DESC, s.name LIMIT :limit"
                ),
                {"id": int(speaker_id), "limit": limit},
            ).all()
        return [SpeakerLink(i, name, n) for i, name, n in rows]

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
        if check_count_kind(count) == "quotations":  # each quotation once, not per printing (issue 4)
            return self._top_speakers_by_quotations(date_from, date_to, source, limit, offset)
        with self._connect() as conn:
            if not (date_from or date_to or source):
                ids = [
                    r[0]
                    for r in conn.execute(
                        text(
                            "SELECT id FROM speakers WHERE quotations > 0 ORDER BY quotations DESC, name "
                            "LIMIT :limit OFFSET :offset"
                        ),
                        {"limit": limit, "offset": offset},
                    )
                ]
                return self._summaries(conn, ids)
            filters = self._filters(conn, None, source, None, date_from, date_to)
            assert filters is not None
            where, params = filters
            where.append("q.speaker_id IS NOT NULL")
            clause = " AND ".join(where)
            # the ranking reads the (day, speaker_id) index only; articles are counted for the page
            rows = conn.execute(
                text(
                    "SELECT q.speaker_id, count(*) AS n, min(q.day), max(q.day) "
                    f"FROM quotations q WHERE {clause} GROUP BY q.speaker_id "
                    "ORDER BY n DESC, q.speaker_id LIMIT :limit OFFSET :offset"
                ),
                {**params, "limit": limit, "offset": offset},
            ).all()
            if not rows:
                return []
            articles = dict(
                conn.execute(
                    text(
                        f"SELECT q.speaker_id, count(DISTINCT q.article_id) FROM quotations q "
                        f"WHERE {clause} AND q.speaker_id IN :ids GROUP BY q.speaker_id"
                    ).bindparams(bindparam("ids", expanding=True)),
                    {**params, "ids": [r[0] for r in rows]},
                ).all()
            )
            counts = {r[0]: (r[1], articles.get(r[0], 0), r[2], r[3]) for r in rows}
            return self._summaries(conn, list(counts), counts=counts)

    def top_outlets(
        self, *, date_from: str | None = None, date_to: str | None = None, limit: int = 20
    ) -> list[NameCount]:
        with self._connect() as conn:
            filters = self._filters(conn, None, None, None, date_from, date_to)
            assert filters is not None
            where, params = filters
            where.append("q.source IS NOT NULL")
            rows = conn.execute(
                text(
                    f"SELECT q.source, count(*) AS n FROM quotations q WHERE {' AND '.join(where)} "
                    "GROUP BY q.source ORDER BY n DESC, q.source LIMIT :limit"
                ),
                {**params, "limit": limit},
            ).all()
        return [NameCount(s, n) for s, n in rows]

    def overview(self) -> Overview:
        with self._connect() as conn:
            articles, sources, first, last = conn.execute(
                text("SELECT count(*), count(DISTINCT source), min(day), max(day) FROM articles")
            ).one()
            by_type = dict(conn.execute(text("SELECT type, count(*) FROM quotations GROUP BY type")).all())
            speakers = conn.execute(text("SELECT count(*) FROM speakers WHERE quotations > 0")).scalar_one()
        return Overview(
            articles=articles,
            quotations=sum(by_type.values()),
            speakers=speakers,
            sources=sources,
            first_date=first,
            last_date=last,
            by_type=by_type,
        )

    def gender_share(
        self,
        period: str = "month",
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        source: str | None = None,
    ) -> list[GenderShare]:
        column = _period_column(period)
        with self._connect() as conn:
            filters = self._filters(conn, None, source, None, date_from, date_to)
            assert filters is not None
            where, params = filters
            where += [f"q.{column} IS NOT NULL", "q.speaker_id IS NOT NULL"]
            rows = conn.execute(
                text(
                    f"SELECT q.{column}, s.gender, count(*), count(DISTINCT q.speaker_id) FROM quotations q "
                    f"JOIN speakers s ON s.id = q.speaker_id WHERE {' AND '.join(where)} "
                    f"GROUP BY q.{column}, s.gender"
                ),
                params,
            ).all()
        table: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
        for p, gender, n, distinct in rows:
            table[p][gender] = (n, distinct)
        out = []
        for p in _fill_periods(list(table), period):
            g = table.get(p, {})
            f, m, u = g.get("female", (0, 0)), g.get("male", (0, 0)), g.get("unknown", (0, 0))
            out.append(GenderShare(p, f[0], m[0], u[0], f[1], m[1], u[1]))
        return out

    def sources(self) -> list[NameCount]:
        with self._connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT source, count(*) AS n FROM articles WHERE source IS NOT NULL GROUP BY source "
                    "ORDER BY n DESC, source"
                )
            ).all()
        return [NameCount(s, n) for s, n in rows]


class _Batch:
    """Rows collected for one ``add_many`` transaction, written with one bulk insert per table."""

    def __init__(self) -> None:
        self.articles: list[dict[str, Any]] = []
        self.quotations: list[tuple] = []  # in _QUOTATION_COLUMNS order
        self.names: list[tuple] = []  # speaker_id, article_id, kind, value, value_key
        self.speakers: dict[int, _SpeakerDelta] = {}


class _SpeakerDelta:
    """What one batch adds to a speaker: quotations, articles, dates, and whether gender may change."""

    __slots__ = ("articles", "evidence", "first", "last", "quotations")

    def __init__(self) -> None:
        self.quotations = 0
        self.articles: set[str] = set()
        self.first: str | None = None
        self.last: str | None = None
        self.evidence = False

    def add(self, quotations: int, day: str | None, article_id: str) -> None:
        self.quotations += quotations
        self.articles.add(article_id)
        if day:
            self.first = day if self.first is None or day < self.first else self.first
            self.last = day if self.last is None or day > self.last else self.last


def _period_column(period: str) -> str:
    if period not in PERIODS:
        raise QueryError(f"unknown period {period!r}; choose one of {', '.join(PERIODS)}")
    return period


def _fill_periods(labels: list[str], period: str) -> list[str]:
    """Every period from the first to the last label, so charts show quiet periods as 0."""
    if not labels:
        return []
    first, last = min(labels), max(labels)
    out = []
    try:
        if period == "month":
            y, m = int(first[:4]), int(first[5:7])
            while f"{y:04d}-{m:02d}" <= last and len(out) < 10_000:
                out.append(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        else:
            d = date.fromisocalendar(int(first[:4]), int(first[6:8]), 1)
            end = date.fromisocalendar(int(last[:4]), int(last[6:8]), 1)
            while d <= end and len(out) < 10_000:
                y, w, _ = d.isocalendar()
                out.append(f"{y}-W{w:02d}")
                d += timedelta(days=7)
    except ValueError:
        return sorted(labels)
    return out


def _view(r: Any) -> QuotationView:
    q = Quotation(
        start=r["start_offset"],
        end=r["end_offset"],
        type=r["type"],
        text=r["text"],
        speaker=r["speaker"],
        speaker_mention=r["speaker_mention"],
        speaker_start=r["speaker_start"],
        speaker_end=r["speaker_end"],
        cue=r["cue"],
        cue_start=r["cue_start"],
        cue_end=r["cue_end"],
        addressee=r["addressee"],
        continuation=_bool(r["continuation"]),
        nested=_bool(r["nested"]),
        reporter=_bool(r["reporter"]),
        confidence=float(r["confidence"]),
        method=r["method"],
    )
    article = ArticleRef(r["article_id"], r["a_title"], r["a_date"], r["a_source"], r["a_url"])
    return QuotationView(r["id"], article, q, r["speaker_id"], r["speaker_name"])


def _waiting_for_lock(engine: Engine, work: Callable[[], T]) -> T:
    """Run ``work`` (one transaction); if another process has a SQLite archive locked, try again."""
    deadline = time.monotonic() + OPEN_WAIT_SECONDS
    pause = 0.05
    while True:
        try:
            return work()
        except sa_exc.OperationalError as exc:
            locked = engine.dialect.name == "sqlite" and "locked" in str(exc.orig or exc).lower()
            if not locked or time.monotonic() + pause > deadline:
                raise
            log.debug("archive locked by another process; trying again in %.2f s", pause)
            time.sleep(pause)
            pause = min(pause * 2, 1.0)


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # let SQLAlchemy, not pysqlite, decide where transactions begin (see _sqlite_begin)
    dbapi_conn.isolation_level = None
    dbapi_conn.create_function("sitat_stems", 1, lambda t: stems(t or ""), deterministic=True)
    dbapi_conn.create_function("sitat_facets", 4, facet_tokens, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()
    log.debug("sqlite journal mode: %s", mode)
    cur.execute("PRAGMA synchronous = NORMAL")
    # copy the write-ahead log into the database every ~80 MB rather than every 4 MB: a bulk ingest
    # rewrites the same full-text index pages batch after batch, and each copy ends in an fsync
    cur.execute("PRAGMA wal_autocheckpoint = 20000")
    cur.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
    cur.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # a writer takes the write lock up front: upgrading a read transaction to a write one fails at
    # once (SQLITE_BUSY) when another process writes, where BEGIN IMMEDIATE waits (busy_timeout)
    write = conn.get_execution_options().get("sitat_write")
    if write:  # a writer keeps the indexes it inserts into in memory (see WRITE_CACHE_KIB)
        conn.exec_driver_sql(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


__all__ = ["Snippet", "SqlStore", "resolve_url"]
