"""Batch extraction on Apache Spark: the same ``sitat.extract_many`` on executors, Parquet out.

The driver only plans: it reads articles (JSON Lines or Parquet, from any path Spark reads: local,
HDFS, S3-style) and spreads them over partitions. Each Python worker on an executor loads the model
once (``sitat.nlp.load`` caches it for the life of the process, and Spark reuses its Python workers
across tasks) and streams its partition's articles through ``extract_many``, which batches them
through ``nlp.pipe``. The output is Parquet with one row per article in the quotation spec's shape
(``id``, ``source``, ``date``, ``title``, ``quotes``: a list of quotation structs, and by default the
article ``text`` the offsets point into), so a row is the JSON record ``sitat extract --with-text``
prints for the same article, and ``sitat ingest`` can store it without extracting again.

A record that is not a usable article is counted and reported (an accumulator carries the first few
messages back to the driver); it never stops the job. PySpark is an optional extra
(``pip install 'sitat[spark]'``); nothing here imports it at module level.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitat.errors import InputError, SitatError
from sitat.readers.jsonl import article_from_record
from sitat.records import Article, ArticleQuotations, Quotation

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

log = logging.getLogger(__name__)

INPUT_FORMATS = ("auto", "jsonl", "parquet")

#: Article columns read from Parquet input when present (``outlet`` is accepted for ``source``).
ARTICLE_COLUMNS = ("id", "text", "title", "date", "source", "outlet", "byline", "url", "language")

#: Columns of the output besides ``quotes``, in order; ``text`` only with ``with_text``.
OUTPUT_ARTICLE_COLUMNS = ("id", "source", "date", "title")

#: Bad-record messages carried back to the driver; the rest are only counted.
MAX_ERROR_SAMPLES = 20

Extractor = Callable[[Iterable[Article]], Iterator[ArticleQuotations]]


@dataclass(slots=True)
class SparkRunReport:
    """What a run did: counts, the first bad-record messages, where it wrote, how long it took."""

    output: str
    articles: int = 0
    quotations: int = 0
    bad_records: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    partitions: int = 0


# --- the Spark session ---------------------------------------------------------------------------


def _import_pyspark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise SitatError("PySpark is not installed; install it with: pip install 'sitat[spark]'") from exc


def active_session() -> SparkSession | None:
    """The session already running in this process, if any."""
    _import_pyspark()
    from pyspark.sql import SparkSession

    return SparkSession.getActiveSession()


def spark_session(
    master: str | None = None, app_name: str = "sitat", conf: dict[str, str] | None = None
) -> SparkSession:
    """A Spark session; under ``spark-submit`` (no ``master``) the submitted settings win.

    Without a master and outside ``spark-submit``, PySpark starts a local one (``local[*]``). In local
    mode the Python workers run this interpreter, so they see the same sitat and model.
    """
    _import_pyspark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started the JVM for us
    local = master.startswith("local") if master else not under_submit
    if "PYSPARK_PYTHON" not in os.environ and local:
        # PySpark starts its workers with $PYSPARK_PYTHON (else whatever "python3" is on the PATH)
        os.environ["PYSPARK_PYTHON"] = sys.executable
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as exc:  # Java missing, bad master URL: PySpark raises several unrelated types
        where = f"master {master}" if master else "the default master"
        raise SitatError(f"cannot start Spark ({where}): {_first_line(exc)}") from exc


# --- output schema, derived from the records so it cannot drift from them ---------------------------


def _spark_type(annotation: str) -> Any:
    from pyspark.sql.types import BooleanType, DoubleType, LongType, StringType

    base = annotation.replace("| None", "").strip()
    return {"int": LongType(), "str": StringType(), "bool": BooleanType(), "float": DoubleType()}[base]


def quotation_struct() -> StructType:
    """One quotation as a Parquet struct: every field of ``sitat.records.Quotation``."""
    from pyspark.sql.types import StructField, StructType

    return StructType([StructField(f.name, _spark_type(str(f.type)), True) for f in fields(Quotation)])


def output_schema(with_text: bool = False) -> StructType:
    """The output rows: the article's id, outlet, date and title (text on request) and its quotations."""
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    columns = [StructField(name, StringType(), name != "id") for name in OUTPUT_ARTICLE_COLUMNS]
    if with_text:
        columns.append(StructField("text", StringType(), True))
    columns.append(StructField("quotes", ArrayType(quotation_struct(), False), False))
    return StructType(columns)


def _row(aq: ArticleQuotations, article: Article, with_text: bool) -> tuple[Any, ...]:
    names = [f.name for f in fields(Quotation)]
    quotes = [tuple(getattr(q, n) for n in names) for q in aq.quotes]
    head = (article.id, article.source, article.date, article.title)
    return (*head, article.text, quotes) if with_text else (*head, quotes)


# --- reading articles ----------------------------------------------------------------------------


def detect_input_format(path: str) -> str:
    """``parquet`` for ``*.parquet``/``*.pq`` paths or a local folder of Parquet parts, else ``jsonl``."""
    lowered = path.rstrip("/").lower()
    if lowered.endswith((".parquet", ".pq")):
        return "parquet"
    local = Path(path[len("file://") :] if path.startswith("file://") else path)
    if "://" not in path or path.startswith("file://"):
        try:
            if local.is_dir() and any(local.glob("*.parquet")):
                return "parquet"
        except OSError:
            pass
    return "jsonl"


def _records(spark: SparkSession, paths: list[str], input_format: str) -> DataFrame:
    """A DataFrame of (origin, payload): a JSON line or a JSON-encoded Parquet row per article."""
    from pyspark.sql import functions as F
    from pyspark.sql.utils import AnalysisException

    try:
        if input_format == "jsonl":
            frame = spark.read.text(paths).select(
                F.input_file_name().alias("origin"), F.col("value").alias("payload")
            )
            return frame.where(F.length(F.trim("payload")) > 0)
        frame = spark.read.parquet(*paths)
    except AnalysisException as exc:
        raise InputError(", ".join(paths), f"Spark cannot read it: {_first_line(exc)}") from exc
    present = [c for c in ARTICLE_COLUMNS if c in frame.columns]
    if "text" not in present or "id" not in present:
        raise InputError(
            ", ".join(paths),
            f"Parquet articles need 'id' and 'text' columns; found {', '.join(frame.columns) or 'none'}",
        )
    payload = F.to_json(F.struct(*[F.col(c).cast("string").alias(c) for c in present]))
    return frame.select(F.input_file_name().alias("origin"), payload.alias("payload"))


_PY_ERROR = re.compile(r"^(?:[\w.]+\.)?(\w*(?:Error|Exception)): (.+)$")


def job_failure(exc: BaseException) -> str:
    """The Python error that failed a task, in one line, from the long message Spark wraps it in.

    A worker's traceback travels inside the JVM's exception text; its last ``Name: message`` line
    (before the Java stack) is what the user can act on, e.g. the model missing on the executors.
    """
    found = None
    for line in str(exc).splitlines():
        line = line.strip()
        if line.startswith("at ") or line.startswith("Caused by"):
            if found:
                break
            continue
        m = _PY_ERROR.match(line)
        if m and m.group(1) not in ("PythonException", "Py4JJavaError", "SparkException"):
            found = f"{m.group(1)}: {m.group(2)}"
    return found or _first_line(exc)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _parse(origin: str, payload: str) -> Article:
    """One input record as an Article, validated exactly as ``sitat extract`` validates JSON Lines."""
    try:
        record = json.loads(payload)
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"not valid JSON: {exc.msg} at column {exc.colno}") from exc
    if isinstance(record, dict) and record.get("source") is None and record.get("outlet") is not None:
        record["source"] = record["outlet"]
    return article_from_record(record, origin)


# --- the work on the executors -------------------------------------------------------------------


def _default_extractor(articles: Iterable[Article]) -> Iterator[ArticleQuotations]:
    import sitat

    return sitat.extract_many(articles)


class _Samples:
    """Accumulator param: a short list of messages (the first few of any number of failures)."""

    def zero(self, value: list[str]) -> list[str]:
        return []

    def addInPlace(self, a: list[str], b: list[str]) -> list[str]:
        a.extend(b[: max(0, MAX_ERROR_SAMPLES - len(a))])
        return a


def _partition_worker(extract: Extractor, with_text: bool, counters: tuple[Any, Any, Any, Any]) -> Callable:
    n_articles, n_quotes, n_bad, samples = counters

    def work(rows: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
        pending: deque[Article] = deque()

        def articles() -> Iterator[Article]:
            for row in rows:
                try:
                    article = _parse(row.origin or "input", row.payload)
                except InputError as exc:
                    n_bad.add(1)
                    samples.add([str(exc)])
                    continue
                pending.append(article)
                yield article

        for aq in extract(articles()):
            article = pending.popleft()
            if aq.id != article.id:
                raise SitatError(f"extraction returned article {aq.id!r} where {article.id!r} was expected")
            if aq.error:  # reported with the bad inputs, not written half-extracted
                n_bad.add(1)
                samples.add([f"article {aq.id}: {aq.error}"])
                continue
            n_articles.add(1)
            n_quotes.add(len(aq.quotes))
            yield _row(aq, article, with_text)

    return work


def _output_exists(spark: SparkSession, output: str) -> bool:
    jvm = spark.sparkContext._jvm  # the Hadoop file system API answers for local, HDFS and S3 paths
    path = jvm.org.apache.hadoop.fs.Path(output)
    return bool(path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(path))


def extract_to_parquet(
    spark: SparkSession,
    inputs: str | list[str],
    output: str,
    *,
    input_format: str = "auto",
    with_text: bool = True,
    partitions: int | None = None,
    overwrite: bool = False,
    extract: Extractor | None = None,
) -> SparkRunReport:
    """Extract the quotations of every article under ``inputs`` and write them to ``output`` (Parquet).

    ``partitions`` spreads the articles over that many tasks (default: twice the cluster's cores when
    the input has fewer partitions than cores, so a single small file still uses every core).
    ``extract`` replaces ``sitat.extract_many`` (tests use a stand-in that needs no model); it must be
    picklable and yield one ``ArticleQuotations`` per article, in order.
    """
    paths = [inputs] if isinstance(inputs, str) else list(inputs)
    if not paths:
        raise InputError("spark-extract", "no input paths given")
    if input_format not in INPUT_FORMATS:
        choices = ", ".join(INPUT_FORMATS)
        raise InputError(paths[0], f"unknown input format {input_format!r}; choose one of {choices}")
    formats = {detect_input_format(p) if input_format == "auto" else input_format for p in paths}
    if len(formats) > 1:
        raise InputError(", ".join(paths), "mixes JSON Lines and Parquet; run them separately")
    fmt = formats.pop()
    if not overwrite and _output_exists(spark, output):
        raise SitatError(f"{output} already exists; choose another output or pass --overwrite")

    started = time.perf_counter()
    sc = spark.sparkContext
    records = _records(spark, paths, fmt).rdd
    cores = sc.defaultParallelism
    wanted = partitions or (2 * cores if records.getNumPartitions() < cores else 0)
    if wanted and wanted != records.getNumPartitions():
        records = records.repartition(wanted)
    counters = (sc.accumulator(0), sc.accumulator(0), sc.accumulator(0), sc.accumulator([], _Samples()))
    rows = records.mapPartitions(_partition_worker(extract or _default_extractor, with_text, counters))
    frame = spark.createDataFrame(rows, output_schema(with_text))
    try:
        frame.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)
    except Exception as exc:  # a failed task arrives as a Py4J/PySpark error holding the worker's traceback
        raise SitatError(f"the Spark job failed: {job_failure(exc)}") from exc
    report = SparkRunReport(
        output=output,
        articles=counters[0].value,
        quotations=counters[1].value,
        bad_records=counters[2].value,
        errors=list(counters[3].value),
        seconds=time.perf_counter() - started,
        partitions=records.getNumPartitions(),
    )
    log.info(
        "spark-extract: %d articles, %d quotations, %d bad records in %.1f s over %d partitions",
        report.articles,
        report.quotations,
        report.bad_records,
        report.seconds,
        report.partitions,
    )
    return report
