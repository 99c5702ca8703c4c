"""Extraction over many articles with several local processes, results in input order.

Each worker process loads the pipeline once (lazily, on its first chunk) and runs ``extract_many`` on
chunks of articles, so ``--jobs N`` costs N model loads, not one per article.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import islice

from sitat.records import Article, ArticleQuotations

CHUNK_SIZE = 16


def _extract_chunk(chunk: list[Article]) -> list[ArticleQuotations]:
    from sitat.quotes.extract import extract_many

    return list(extract_many(chunk))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_parallel(
    articles: Iterable[Article], jobs: int = 1, chunk_size: int = CHUNK_SIZE
) -> Iterator[ArticleQuotations]:
    """Quotations of every article, in input order, using ``jobs`` processes (1: this process)."""
    if jobs <= 1:
        from sitat.quotes.extract import extract_many

        yield from extract_many(articles)
        return
    ctx = mp.get_context("spawn")  # a fresh interpreter per worker: no forked model or locks
    with ctx.Pool(processes=jobs) as pool:
        for results in pool.imap(_extract_chunk, _chunks(articles, chunk_size)):
            yield from results
