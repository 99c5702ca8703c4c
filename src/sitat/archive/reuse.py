"""Quotation reuse in the archive (issue 4): group printings, list them, count both ways.

A mixin of ``SqlStore`` kept in its own module so the grouping SQL lives apart from the core store.
``group_printings`` reads every stored quotation and article, groups them with ``sitat.reuse``
(MinHash/LSH, pure library) and replaces the tables of migration ``0002_reuse_groups`` in one
transaction, so readers see the old grouping or the new one, never half of each. Grouping reads the
whole archive, so it runs after an ingest rather than per article.

Speakers are compared by the archive's speaker entity (``Stoltenberg`` and ``Jens Stoltenberg``
are one entity already), falling back to the name as written when a quotation has no entity.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Connection, bindparam
from sqlalchemy import text as sql

from sitat.archive.store import ArticleRef, QuotationView, SpeakerSummary
from sitat.records import Article

if TYPE_CHECKING:
    from sitat.reuse import GroupingSettings

log = logging.getLogger(__name__)

CountKind = Literal["printings", "quotations"]
COUNT_KINDS: tuple[str, ...] = ("printings", "quotations")

#: Rows per INSERT batch when writing groups.
_WRITE_BATCH = 5000


@dataclass(slots=True)
class GroupingSummary:
    """What ``group_printings`` found: printings grouped into quotations, articles into stories."""

    printings: int  # stored quotations compared (reporter questions left out)
    quotations: int  # distinct quotations among them
    reprinted: int  # quotations printed more than once
    articles: int
    stories: int  # distinct stories among the articles
    republished: int  # stories printed more than once
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_count_kind(kind: str) -> str:
    from sitat.errors import QueryError

    if kind not in COUNT_KINDS:
        raise QueryError(f"unknown count {kind!r}; choose printings or quotations")
    return kind


class ReuseQueries:
    """Grouping and both kinds of counts, over the SQL schema (mixed into ``SqlStore``)."""

    # provided by SqlStore
    dialect: str

    def _connect(self) -> Connection:  # pragma: no cover - SqlStore's
        raise NotImplementedError

    def _views(self, conn: Connection, ids: list[int]) -> dict[int, QuotationView]:  # pragma: no cover
        raise NotImplementedError

    def _filters(
        self, conn: Connection, *args: Any
    ) -> tuple[list[str], dict[str, Any]] | None:  # pragma: no cover
        raise NotImplementedError

    def _summaries(
        self, conn: Connection, ids: list[int], **kwargs: Any
    ) -> list[SpeakerSummary]:  # pragma: no cover
        raise NotImplementedError

    # grouping --------------------------------------------------------------------------------------

    def group_printings(
        self,
        quotation_settings: GroupingSettings | None = None,
        article_settings: GroupingSettings | None = None,
    ) -> GroupingSummary:
        """Regroup every stored quotation and article; replaces the previous grouping atomically."""
        from sitat.reuse import (
            ARTICLE_SETTINGS,
            QUOTATION_SETTINGS,
            Printing,
            group_articles,
            group_quotations,
        )

        started = time.perf_counter()
        with self._connect() as conn:
            printings = [
                Printing(
                    key=r[0],
                    text=r[1],
                    speaker=f"#{r[2]}" if r[2] is not None else r[3],
                    article_id=r[4],
                    source=r[5],
                    date=r[6],
                )
                for r in conn.execute(
                    sql(
                        "SELECT id, text, speaker_id, speaker, article_id, source, day FROM quotations "
                        "WHERE NOT reporter ORDER BY id"
                    )
                )
            ]
            groups = group_quotations(printings, quotation_settings or QUOTATION_SETTINGS)
            stories, n_articles = self._story_groups(
                conn, article_settings or ARTICLE_SETTINGS, group_articles
            )

        quotation_rows = [
            {"q": p.key, "g": g.first.key, "n": len(g)} for g in groups if len(g) > 1 for p in g.printings
        ]
        article_rows = [
            {"a": c.id, "g": s.first.id, "n": len(s)} for s in stories if len(s) > 1 for c in s.copies
        ]
        with self._connect() as conn, conn.begin():
            conn.execute(sql("DELETE FROM quotation_groups"))
            conn.execute(sql("DELETE FROM article_groups"))
            insert_q = sql(
                "INSERT INTO quotation_groups (quotation_id, group_id, printings) VALUES (:q, :g, :n)"
            )
            for i in range(0, len(quotation_rows), _WRITE_BATCH):
                conn.execute(insert_q, quotation_rows[i : i + _WRITE_BATCH])
            insert_a = sql("INSERT INTO article_groups (article_id, group_id, copies) VALUES (:a, :g, :n)")
            for i in range(0, len(article_rows), _WRITE_BATCH):
                conn.execute(insert_a, article_rows[i : i + _WRITE_BATCH])
        summary = GroupingSummary(
            printings=len(printings),
            quotations=len(groups),
            reprinted=sum(1 for g in groups if len(g) > 1),
            articles=n_articles,
            stories=len(stories),
            republished=sum(1 for s in stories if len(s) > 1),
            seconds=time.perf_counter() - started,
        )
        log.info("archive: grouped %d printings into %d quotations", summary.printings, summary.quotations)
        return summary

    def _story_groups(
        self, conn: Connection, settings: GroupingSettings, group_articles: Any
    ) -> tuple[list, int]:
        count = 0

        def articles() -> Iterator[Article]:
            nonlocal count
            result = conn.execution_options(stream_results=True, yield_per=500).execute(
                sql("SELECT id, text, source, day FROM articles ORDER BY id")
            )
            for r in result:
                count += 1
                yield Article(id=r[0], text=r[1], source=r[2], date=r[3])

        return group_articles(articles(), settings), count

    # reading ---------------------------------------------------------------------------------------

    def printings(self, quotation_id: int) -> list[QuotationView]:
        """Every printing of this quotation, earliest first (the quotation itself included)."""
        qid = int(quotation_id)
        with self._connect() as conn:
            group = conn.execute(
                sql("SELECT group_id FROM quotation_groups WHERE quotation_id = :id"), {"id": qid}
            ).scalar()
            if group is None:
                ids = [qid]
            else:
                ids = [
                    r[0]
                    for r in conn.execute(
                        sql("SELECT quotation_id FROM quotation_groups WHERE group_id = :g"), {"g": group}
                    )
                ]
            views = list(self._views(conn, ids).values())
        views.sort(key=lambda v: (v.article.date is None, v.article.date or "", v.id))
        return views

    def article_copies(self, article_id: str) -> list[ArticleRef]:
        """Every stored copy of this article's story (itself included), earliest first."""
        with self._connect() as conn:
            group = conn.execute(
                sql("SELECT group_id FROM article_groups WHERE article_id = :id"), {"id": article_id}
            ).scalar()
            rows = conn.execute(
                sql(
                    "SELECT a.id, a.title, a.date, a.source, a.url FROM articles a "
                    + (
                        "JOIN article_groups g ON g.article_id = a.id WHERE g.group_id = :g"
                        if group is not None
                        else "WHERE a.id = :g"
                    )
                ),
                {"g": group if group is not None else article_id},
            ).all()
        refs = [ArticleRef(*r) for r in rows]
        refs.sort(key=lambda a: (a.date is None, a.date or "", a.id))
        return refs

    def distinct_quotations(self, conn: Connection, speaker_ids: list[int]) -> dict[int, int]:
        """Each speaker's quotations counted once however many outlets printed them."""
        if not speaker_ids:
            return {}
        rows = conn.execute(
            sql(
                "SELECT q.speaker_id, count(DISTINCT COALESCE(g.group_id, q.id)) FROM quotations q "
                "LEFT JOIN quotation_groups g ON g.quotation_id = q.id "
                "WHERE q.speaker_id IN :ids GROUP BY q.speaker_id"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": speaker_ids},
        ).all()
        return {sid: n for sid, n in rows}

    def _with_distinct(self, conn: Connection, summaries: list[SpeakerSummary]) -> list[SpeakerSummary]:
        counts = self.distinct_quotations(conn, [s.id for s in summaries])
        for s in summaries:
            s.distinct_quotations = counts.get(s.id, 0)
        return summaries

    def _distinct_one(self, speaker_id: int) -> int:
        with self._connect() as conn:
            return self.distinct_quotations(conn, [speaker_id]).get(speaker_id, 0)

    def _top_speakers_by_quotations(
        self, date_from: str | None, date_to: str | None, source: str | None, limit: int, offset: int
    ) -> list[SpeakerSummary]:
        """Speakers ranked by quotations counted once each; ``quotations`` still holds printings."""
        with self._connect() as conn:
            filters = self._filters(conn, None, source, None, date_from, date_to)
            assert filters is not None
            where, params = filters
            clause = " AND ".join([*where, "q.speaker_id IS NOT NULL"])
            rows = conn.execute(
                sql(
                    "SELECT q.speaker_id, count(DISTINCT COALESCE(g.group_id, q.id)) AS n, count(*), "
                    "count(DISTINCT q.article_id), min(q.day), max(q.day) FROM quotations q "
                    f"LEFT JOIN quotation_groups g ON g.quotation_id = q.id WHERE {clause} "
                    "GROUP BY q.speaker_id ORDER BY n DESC, q.speaker_id LIMIT :limit OFFSET :offset"
                ),
                {**params, "limit": limit, "offset": offset},
            ).all()
            counts = {r[0]: (r[2], r[3], r[4], r[5]) for r in rows}
            distinct = {r[0]: r[1] for r in rows}
            summaries = self._summaries(conn, list(counts), counts=counts)
        for s in summaries:  # within the filters, not all time
            s.distinct_quotations = distinct[s.id]
        summaries.sort(key=lambda s: (-(s.distinct_quotations or 0), s.name))
        return summaries

    def _collapsed_sql(self, join: str, clause: str, score: str, order: str) -> tuple[str, str]:
        """(count, page) statements that keep one hit per quotation: its earliest matching printing.

        The match is computed first in its own subquery: SQLite's ``bm25`` may not share a SELECT with
        a window function.
        """
        matches = f"SELECT q.id, q.day, {score} AS score FROM quotations q{join}{clause}"
        group = "COALESCE(rg.group_id, m.id)"
        first = "m.day IS NULL, m.day, m.id" if self.dialect == "sqlite" else "m.day ASC NULLS LAST, m.id"
        grouped = f"({matches}) m LEFT JOIN quotation_groups rg ON rg.quotation_id = m.id"
        count = f"SELECT count(DISTINCT {group}) FROM {grouped}"
        page = (
            f"SELECT q.id, q.score FROM (SELECT m.id, m.day, m.score, "
            f"row_number() OVER (PARTITION BY {group} ORDER BY {first}) AS rn FROM {grouped}) q "
            f"WHERE q.rn = 1 ORDER BY {order} LIMIT :limit OFFSET :offset"
        )
        return count, page
