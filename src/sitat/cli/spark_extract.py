"""``sitat spark-extract``: extract quotations from many articles on a Spark cluster, into Parquet."""

from __future__ import annotations

import argparse
import sys

from sitat.errors import InputError

HELP = """\
Extract the quotations of every article in INPUT (JSON Lines or Parquet with 'id' and 'text'
columns; a file, a folder or a glob, on any file system Spark reads: local, hdfs://, s3a://) on
Apache Spark, and write OUTPUT as Parquet: one row per article with its id, source (outlet), date,
title, text and 'quotes' (the quotation spec's records). The results are those of 'sitat extract'.
Each Python worker loads the model once and sends its articles through it in batches. A record
that is not a usable article is reported and skipped; the exit status is then 1.

Needs PySpark and Java 17+: pip install 'sitat[spark]'. Without --master, Spark runs locally on
every core (or takes the master spark-submit was given).

examples:
  sitat spark-extract artikler.jsonl sitater.parquet
  sitat spark-extract --master 'local[2]' 'arkiv/2024-*.jsonl.gz' sitater.parquet
  sitat spark-extract --master spark://node1:7077 hdfs:///nyheter/ hdfs:///sitater/ --overwrite
  sitat ingest sitater.parquet --archive postgresql://sitat@db/sitat     # fill an archive with it

On a cluster, with sitat installed on every node (see the README's Spark section):
  spark-submit --master yarn "$(python3 -c 'import sitat.cli.main as m; print(m.__file__)')" \\
      spark-extract hdfs:///nyheter/ hdfs:///sitater/
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "spark-extract",
        help="extract quotations from many articles on Apache Spark, writing Parquet",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="articles: JSON Lines or Parquet path(s)")
    parser.add_argument("output", metavar="OUTPUT", help="where to write the Parquet output (a folder)")
    parser.add_argument(
        "--master", metavar="URL", help="Spark master: local[2], spark://host:7077, yarn, k8s://…"
    )
    parser.add_argument(
        "--input-format",
        choices=("auto", "jsonl", "parquet"),
        default="auto",
        help="input format (default: by the name, *.parquet or a folder of Parquet files, else JSON Lines)",
    )
    parser.add_argument(
        "--partitions",
        type=int,
        metavar="N",
        help="spread the articles over N tasks (default: twice the cores when the input has fewer parts)",
    )
    parser.add_argument("--no-text", action="store_true", help="leave the article text out of the output")
    parser.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    parser.add_argument(
        "--conf",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a Spark setting, e.g. --conf spark.executor.memory=4g (repeatable)",
    )
    parser.set_defaults(run=run)


def _conf(pairs: list[str]) -> dict[str, str]:
    conf: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError("--conf", f"expected KEY=VALUE, got {pair!r}")
        conf[key.strip()] = value
    return conf


def run(args: argparse.Namespace) -> int:
    from sitat.batch.spark import active_session, extract_to_parquet, spark_session

    if args.partitions is not None and args.partitions < 1:
        raise InputError("--partitions", "must be at least 1")
    conf = _conf(args.conf)
    ours = active_session() is None  # inside a running application: leave it running
    spark = spark_session(args.master, conf=conf)
    try:
        report = extract_to_parquet(
            spark,
            args.inputs,
            args.output,
            input_format=args.input_format,
            with_text=not args.no_text,
            partitions=args.partitions,
            overwrite=args.overwrite,
        )
    finally:
        if ours:
            spark.stop()
    for message in report.errors:
        print(f"sitat spark-extract: {message}", file=sys.stderr)
    if report.bad_records > len(report.errors):
        print(
            f"sitat spark-extract: … and {report.bad_records - len(report.errors)} more bad records",
            file=sys.stderr,
        )
    print(
        f"sitat spark-extract: {report.articles} articles, {report.quotations} quotations written to "
        f"{report.output} in {report.seconds:.1f} s ({report.bad_records} bad records skipped)",
        file=sys.stderr,
    )
    return 1 if report.bad_records else 0
