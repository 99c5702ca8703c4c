"""``sitat ingest``: read articles, extract their quotations in parallel and store them in the archive."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from sitat.cli.options import add_reading_arguments
from sitat.cli.search import add_db_argument
from sitat.errors import InputError, SitatError
from sitat.readers import DEFAULT_MAX_CHARS
from sitat.records import Article, ArticleQuotations

log = logging.getLogger(__name__)

#: a transaction of stored articles is closed after this long, however few it holds
COMMIT_SECONDS = 2.0

HELP = """\
Read articles (any format 'sitat extract' reads, or the Parquet output of 'sitat spark-extract'),
find their quotations and store articles, quotations and speakers in the archive. Extraction runs
in parallel (--jobs). Ingest is idempotent: an article already stored (same id, or the same text
under another id) is skipped, and a changed article (same id, new text) replaces its old
quotations. Articles are stored in transactions of up to --batch articles, each closed after at
most two seconds, so an interrupted ingest (Ctrl-C, kill -9) leaves a consistent archive that lost
at most the last two seconds of work; run the same command again and it goes on where it stopped.

examples:
  sitat ingest artikler.jsonl                       # into sitat.db in the working directory
  sitat ingest nyheter/*.xml --db sqlite:///arkiv/sitat.db --jobs 2
  sitat ingest sitater.parquet                      # quotations from 'sitat spark-extract'
  sitat ingest artikler.jsonl --db postgresql://sitat:pw@localhost/sitat
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="extract and store articles and their quotations in the archive",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or - for stdin")
    add_db_argument(parser)
    parser.add_argument(
        "--jobs", "-j", type=int, default=0, metavar="N", help="extraction processes (default: all cores)"
    )
    parser.add_argument(
        "--batch",
        type=int,
        default=1000,
        metavar="N",
        help="at most N articles per transaction (default 1000; a transaction is also closed after "
        f"{COMMIT_SECONDS:g} s, so slow extraction is stored as it goes)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress line")
    parser.add_argument(
        "--no-group",
        action="store_true",
        help="do not regroup the printings of each quotation across outlets after storing "
        "(a large archive can run 'sitat group' once after several ingests)",
    )
    add_reading_arguments(parser)
    parser.set_defaults(run=run)


@dataclass
class Progress:
    """Counts shown while ingesting and in the final summary."""

    out: TextIO | None
    started: float = field(default_factory=time.monotonic)
    articles: int = 0
    quotations: int = 0
    errors: int = 0
    skipped: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    _shown: float = 0.0

    def show(self, force: bool = False) -> None:
        if self.out is None:
            return
        now = time.monotonic()
        if not force and now - self._shown < 0.5:
            return
        self._shown = now
        rate = self.articles / max(now - self.started, 1e-6)
        self.out.write(
            f"\r{self.articles} articles ({rate:.1f}/s), {self.quotations} quotations, "
            f"{self.skipped} already stored, {self.errors} errors"
        )
        self.out.flush()

    def summary(self) -> str:
        took = time.monotonic() - self.started
        parts = ", ".join(f"{n} {status}" for status, n in sorted(self.statuses.items()))
        return (
            f"stored {self.articles} articles ({parts or 'none'}), {self.quotations} quotations; "
            f"{self.skipped} already stored, {self.errors} errors, in {took:.1f} s"
        )


def run(args: argparse.Namespace) -> int:
    from sitat.archive import open_store

    jobs = args.jobs if args.jobs and args.jobs > 0 else (os.cpu_count() or 1)
    progress = Progress(sys.stderr if sys.stderr.isatty() and not args.quiet else None)
    parquet, others = _split_paths(args.paths)
    with open_store(args.db) as store:
        try:
            stream: list[Iterable[ArticleQuotations]] = []
            if parquet:
                stream.append(_from_parquet(parquet, store, progress))
            if others:
                articles = _new_articles(
                    _read(others, args.input_format, progress, args.max_chars, args.fetch), store, progress
                )
                stream.append(_extracted(articles, jobs))
            batch: list[tuple[Article, list]] = []
            opened = time.monotonic()
            for part in stream:
                for aq in part:
                    assert aq.article is not None
                    if aq.error:  # not stored half-extracted: a later ingest retries it
                        progress.errors += 1
                        _report(InputError(f"article {aq.id}", aq.error + "; not stored"), progress)
                        continue
                    if not batch:
                        opened = time.monotonic()
                    batch.append((aq.article, aq.quotes))
                    # large transactions for stored quotations (the full-text index merges less),
                    # closed after a few seconds when extraction is what sets the pace
                    if len(batch) >= max(1, args.batch) or time.monotonic() - opened >= COMMIT_SECONDS:
                        _store(store, batch, progress)
                        batch = []
            if batch:
                _store(store, batch, progress)
        finally:
            if progress.out is not None:
                progress.show(force=True)
                progress.out.write("\n")
        grouping = None
        if not args.no_group and (progress.statuses.get("added") or progress.statuses.get("updated")):
            grouping = store.group_printings()  # issue 4: one quotation, many printings
    if progress.failures and progress.articles + progress.skipped > 20:
        # a long batch: list the bad inputs again at the end, where they cannot scroll away
        print("sitat ingest: these inputs were not stored:", file=sys.stderr)
        for failure in progress.failures:
            print(f"  {failure}", file=sys.stderr)
    print(progress.summary(), file=sys.stderr)
    if grouping is not None:
        print(
            f"grouped {grouping.printings} printings into {grouping.quotations} quotations "
            f"({grouping.reprinted} printed more than once) and {grouping.articles} articles into "
            f"{grouping.stories} stories in {grouping.seconds:.1f} s",
            file=sys.stderr,
        )
    return 1 if progress.errors else 0


def _store(store, batch: list[tuple[Article, list]], progress: Progress) -> None:
    for result in store.add_many(batch):
        progress.statuses[result.status] = progress.statuses.get(result.status, 0) + 1
        progress.articles += 1
        progress.quotations += result.quotations
    progress.show()


def _split_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """spark-extract output (Parquet with quotations) apart from articles to extract."""
    from sitat.batch.spark_output import is_extraction_parquet

    parquet = [p for p in paths if p != "-" and (p.endswith(".parquet") or _is_parquet_dir(p))]
    parquet = [p for p in parquet if is_extraction_parquet(p)]
    return parquet, [p for p in paths if p not in parquet]


def _is_parquet_dir(path: str) -> bool:
    return os.path.isdir(path) and any(name.endswith(".parquet") for name in os.listdir(path))


def _read(
    paths: list[str],
    input_format: str,
    progress: Progress,
    max_chars: int = DEFAULT_MAX_CHARS,
    fetch: bool = False,
) -> Iterator[Article]:
    from sitat.readers import read_paths

    for item in read_paths(paths, input_format=input_format, max_chars=max_chars, fetch=fetch):
        if isinstance(item, InputError):
            progress.errors += 1
            _report(item, progress)
            continue
        yield item


def _report(error: InputError, progress: Progress) -> None:
    if progress.out is not None:
        progress.out.write("\r\033[K")
    print(f"sitat ingest: {error}", file=sys.stderr)
    progress.failures.append(str(error))


def _new_articles(articles: Iterable[Article], store, progress: Progress) -> Iterator[Article]:
    """Articles the archive does not hold yet (a resumed ingest skips what was stored)."""
    for article in articles:
        if store.is_stored(article):
            progress.skipped += 1
            progress.show()
            continue
        yield article


def _extracted(articles: Iterable[Article], jobs: int) -> Iterator[ArticleQuotations]:
    """Quotations of each article, in input order, with the article attached."""
    pending: deque[Article] = deque()

    def feed() -> Iterator[Article]:
        for article in articles:
            pending.append(article)
            yield article

    if jobs > 1:
        try:
            from sitat.batch.local import extract_parallel
        except ImportError:  # the parallel runner is not there: extract in this process
            results = _extract_many(feed())
        else:
            results = extract_parallel(feed(), jobs)
    else:
        results = _extract_many(feed())
    for aq in results:
        article = None
        while pending:  # results come in input order; skip any article the extractor dropped
            candidate = pending.popleft()
            if candidate.id == aq.id:
                article = candidate
                break
        article = article or aq.article
        if article is None:
            raise SitatError(f"extraction returned article {aq.id!r}, which was not given to it")
        yield ArticleQuotations(aq.id, aq.quotes, article, error=aq.error)


def _extract_many(articles: Iterable[Article]) -> Iterator[ArticleQuotations]:
    import sitat

    return sitat.extract_many(articles)


def _from_parquet(paths: list[str], store, progress: Progress) -> Iterator[ArticleQuotations]:
    """Articles with quotations already extracted by spark-extract: stored as they are."""
    from sitat.batch.spark_output import read_extraction_parquet

    for path in paths:
        for item in read_extraction_parquet(path):
            if isinstance(item, InputError):
                progress.errors += 1
                _report(item, progress)
                continue
            if item.article is None:
                continue
            if store.is_stored(item.article):
                progress.skipped += 1
                continue
            yield item
