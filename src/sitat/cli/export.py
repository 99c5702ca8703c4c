"""``sitat export``: the archive's quotations (all, or a search's) as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitat.archive.store import QuotationView
from sitat.cli.search import add_db_argument, add_filter_arguments
from sitat.errors import SitatError

HELP = """\
Write the archive's quotations, one record per quotation with its article (id, title, date,
source, url) and its speaker (the archive's speaker id and name, and the name the article used).
Without a query or filters, everything is exported; with them, the quotations that match (in
archive order). Parquet needs --out.

examples:
  sitat export --format jsonl > sitater.jsonl
  sitat export --format csv --out sitater.csv klima --from 2024-01
  sitat export --format parquet --out sitater.parquet --speaker Stoltenberg
"""

FORMATS = ("jsonl", "csv", "parquet")

FIELDS = [
    "id",
    "article_id",
    "title",
    "date",
    "source",
    "url",
    "speaker_id",
    "speaker_name",
    "speaker",
    "speaker_mention",
    "type",
    "cue",
    "addressee",
    "text",
    "start",
    "end",
    "continuation",
    "nested",
    "reporter",
    "confidence",
    "method",
]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export quotations (all, or a search's) as JSON Lines, CSV or Parquet",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("query", nargs="?", default="", help="only quotations matching these words")
    add_filter_arguments(parser)
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    parser.add_argument("--out", "-o", metavar="FILE", help="write to FILE (default: standard output)")
    add_db_argument(parser)
    parser.set_defaults(run=run)


def record(view: QuotationView) -> dict[str, Any]:
    q = view.quotation
    return {
        "id": view.id,
        "article_id": view.article.id,
        "title": view.article.title,
        "date": view.article.date,
        "source": view.article.source,
        "url": view.article.url,
        "speaker_id": view.speaker_id,
        "speaker_name": view.speaker_name,
        "speaker": q.speaker,
        "speaker_mention": q.speaker_mention,
        "type": q.type,
        "cue": q.cue,
        "addressee": q.addressee,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "continuation": q.continuation,
        "nested": q.nested,
        "reporter": q.reporter,
        "confidence": q.confidence,
        "method": q.method,
    }


def run(args: argparse.Namespace) -> int:
    from sitat.archive import open_store

    if args.format == "parquet" and not args.out:
        raise SitatError("Parquet is binary: give a file with --out FILE")
    if args.out and not Path(args.out).resolve().parent.is_dir():
        raise SitatError(f"cannot write {args.out}: no such directory")
    with open_store(args.db, create=False) as store:
        records = (
            record(v)
            for v in store.iter_quotations(
                args.query,
                speaker=args.speaker,
                source=args.source,
                type=args.type,
                date_from=args.date_from,
                date_to=args.date_to,
            )
        )
        if args.format == "parquet":
            n = _parquet(records, args.out)
        else:
            write = _jsonl if args.format == "jsonl" else _csv
            if args.out:
                with open(args.out, "w", encoding="utf-8", newline="") as out:
                    n = write(records, out)
            else:
                n = write(records, sys.stdout)
    if args.out:
        print(f"exported {n} quotations to {args.out}", file=sys.stderr)
    return 0


def _jsonl(records: Iterator[dict[str, Any]], out) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv(records: Iterator[dict[str, Any]], out) -> int:
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow(rec)
        n += 1
    return n


def _parquet(records: Iterator[dict[str, Any]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("id", pa.int64()),
            ("article_id", pa.string()),
            ("title", pa.string()),
            ("date", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("speaker_id", pa.int64()),
            ("speaker_name", pa.string()),
            ("speaker", pa.string()),
            ("speaker_mention", pa.string()),
            ("type", pa.string()),
            ("cue", pa.string()),
            ("addressee", pa.string()),
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("continuation", pa.bool_()),
            ("nested", pa.bool_()),
            ("reporter", pa.bool_()),
            ("confidence", pa.float64()),
            ("method", pa.string()),
        ]
    )
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for rec in records:
            batch.append(rec)
            if len(batch) >= 5000:
                writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
