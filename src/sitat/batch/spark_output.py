"""Reading what ``sitat spark-extract`` wrote, without Spark: Parquet rows back into records.

``sitat ingest`` uses this to fill an archive from a cluster run; pyarrow (a core dependency)
reads the folder of part files Spark leaves, skipping its ``_SUCCESS`` and ``.crc`` files.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sitat.errors import InputError
from sitat.records import Article, ArticleQuotations, Quotation

_ARTICLE_KEYS = ("title", "date", "source", "byline", "url", "language")


def is_extraction_parquet(path: str | Path) -> bool:
    """True when ``path`` is Parquet in spark-extract's shape (a ``quotes`` column beside ``id``)."""
    try:
        import pyarrow.dataset as ds

        names = set(ds.dataset(str(path), format="parquet").schema.names)
    except Exception:  # not Parquet at all, or unreadable: the caller reads it another way
        return False
    return {"id", "quotes"} <= names


def read_extraction_parquet(
    path: str | Path, batch_size: int = 1024
) -> Iterator[ArticleQuotations | InputError]:
    """Each stored article with its quotations; a row without article text yields an ``InputError``.

    The article travels with its quotations (``ArticleQuotations.article``) so they can be stored
    together; quotations are taken as extracted, never recomputed.
    """
    import pyarrow as pa
    import pyarrow.dataset as ds

    origin = str(path)
    try:
        dataset = ds.dataset(origin, format="parquet")
    except (OSError, pa.ArrowException) as exc:
        yield InputError(origin, f"cannot read it as Parquet: {exc}")
        return
    if not {"id", "quotes"} <= set(dataset.schema.names):
        yield InputError(origin, "is not sitat spark-extract output (it needs 'id' and 'quotes' columns)")
        return
    try:
        for batch in dataset.to_batches(batch_size=batch_size):
            for row in batch.to_pylist():
                where = f"{origin} (article {row.get('id')})"
                text = row.get("text")
                if not isinstance(text, str) or not text:
                    yield InputError(where, "has no article text; run spark-extract without --no-text")
                    continue
                article = Article(
                    id=str(row["id"]),
                    text=text,
                    origin=origin,
                    **{k: row.get(k) for k in _ARTICLE_KEYS if row.get(k) is not None},
                )
                quotes = [Quotation.from_dict(q) for q in row.get("quotes") or []]
                yield ArticleQuotations(article.id, quotes, article)
    except (OSError, pa.ArrowException) as exc:
        yield InputError(origin, f"Parquet read failed: {exc}")
