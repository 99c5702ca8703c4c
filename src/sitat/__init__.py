"""sitat: who said what, when, to whom — quotations in Norwegian news.

    >>> import sitat
    >>> for q in sitat.extract("– Vi er klare, sier Kari Nordmann."):
    ...     print(q.speaker, q.text)
    Kari Nordmann Vi er klare

The heavy parts (the language model) load lazily on first use, once per process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sitat import nlp  # a callable module: sitat.nlp() is the loaded pipeline
from sitat.errors import ArchiveError, InputError, ModelError, QueryError, SitatError
from sitat.records import Article, ArticleQuotations, Quotation

__version__ = "0.1.0"

__all__ = [
    "ArchiveError",
    "Article",
    "ArticleQuotations",
    "InputError",
    "ModelError",
    "QueryError",
    "Quotation",
    "SitatError",
    "extract",
    "extract_many",
    "nlp",
]

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


def extract(article: Article | str, **kwargs: Any) -> list[Quotation]:
    """Every quotation in one article (or plain text), attributed to its speaker."""
    from sitat.quotes.extract import extract as _extract

    return _extract(article, **kwargs)


def extract_many(articles: Iterable[Article], **kwargs: Any) -> Iterator[ArticleQuotations]:
    """Quotations of many articles, batched through the pipeline; yields in input order."""
    from sitat.quotes.extract import extract_many as _extract_many

    return _extract_many(articles, **kwargs)
