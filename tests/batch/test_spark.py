"""Spark batch extraction in local mode: one JVM for the whole module (start-up is slow).

Most tests inject a stand-in extractor (quotations in «…» attributed to nobody), so they check the
Spark plumbing (input formats, bad records, the Parquet shape, reading it back) without the model;
the equivalence with ``sitat extract`` runs only when the trained model is shipped.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

import sitat.nlp
from sitat.batch.spark_output import is_extraction_parquet, read_extraction_parquet
from sitat.records import Article, ArticleQuotations, Quotation

pyspark = pytest.importorskip("pyspark")
pytestmark = pytest.mark.spark

if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java", allow_module_level=True)

ARTICLES = [
    {
        "id": "ntb-001",
        "source": "NTB",
        "date": "2025-02-11",
        "title": "Flere søker lærerutdanning",
        "text": "Søkertallene økte i år.\n\n«Dette er gode nyheter for skolen», sier rektor Mia Dahl.",
    },
    {
        "id": "ntb-002",
        "source": "Nordlys",
        "date": "2025-02-12",
        "text": "– Vi må bygge flere boliger i Tromsø, sier ordfører Per Lie.\n\nHan fikk støtte fra "
        "«flertallet i bystyret» etter møtet.\n\n«Det haster», la han til.",
    },
    {"id": "ntb-003", "source": "Fædrelandsvennen", "text": "Ingen sitater i denne korte meldingen."},
]

BAD_LINES = [
    '{"id": "brutt", "text": "mangler slutt',  # broken JSON
    '{"id": "uten-tekst", "title": "Bare tittel"}',  # no text
    '{"id": "tom", "text": "   "}',  # empty text
    '["ikke", "et", "objekt"]',  # not an object
]


def quoted(articles):
    """Stand-in extractor: every «…» is a direct quotation; offsets into the article text."""
    for article in articles:
        quotes = [
            Quotation(m.start(1), m.end(1), "direct", text=m.group(1), cue="«", method="test-guillemets")
            for m in re.finditer(r"«([^»]+)»", article.text)
        ]
        yield ArticleQuotations(article.id, quotes, article)


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from sitat.batch.spark import spark_session

    session = spark_session(
        "local[2]",
        app_name="sitat-tests",
        conf={"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2"},
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def stand_in():
    # Spark's Python workers cannot import this test module, so its functions travel by value
    from pyspark import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    yield quoted
    cloudpickle.unregister_pickle_by_value(sys.modules[__name__])


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_in_parquet_out_in_the_spec_shape_with_bad_records_reported(spark, stand_in, tmp_path):
    from sitat.batch.spark import extract_to_parquet

    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    source = write_jsonl(
        tmp_path / "artikler.jsonl", [lines[0], BAD_LINES[0], lines[1], "", *BAD_LINES[1:], lines[2]]
    )
    out = tmp_path / "sitater.parquet"

    report = extract_to_parquet(spark, str(source), str(out), extract=stand_in, partitions=3)

    assert (report.articles, report.quotations, report.bad_records) == (3, 3, 4)
    assert report.partitions == 3
    assert len(report.errors) == 4
    assert any("not valid JSON" in e for e in report.errors)
    assert any("no 'text' string" in e for e in report.errors)
    assert any("the article text is empty" in e for e in report.errors)
    assert all("artikler.jsonl" in e for e in report.errors)

    frame = spark.read.parquet(str(out))
    assert frame.columns == ["id", "source", "date", "title", "text", "quotes"]
    quote_fields = frame.schema["quotes"].dataType.elementType.fieldNames()
    assert quote_fields == list(Quotation.__dataclass_fields__)
    rows = {r["id"]: r.asDict(recursive=True) for r in frame.collect()}
    assert sorted(rows) == ["ntb-001", "ntb-002", "ntb-003"]
    assert rows["ntb-002"]["source"] == "Nordlys"
    assert rows["ntb-002"]["title"] is None
    assert rows["ntb-003"]["quotes"] == []

    # each row equals what the extractor produced for the same article, and offsets point into text
    for article in (Article.from_dict(a) for a in ARTICLES):
        (expected,) = quoted([article])
        row = rows[article.id]
        assert [Quotation.from_dict(q) for q in row["quotes"]] == expected.quotes
        for q in row["quotes"]:
            assert row["text"][q["start"] : q["end"]] == q["text"]

    # and sitat ingest's reader gets the same records back without Spark
    assert is_extraction_parquet(out)
    back = {aq.id: aq for aq in read_extraction_parquet(out)}
    assert back["ntb-001"].article.source == "NTB"
    assert back["ntb-002"].quotes == rows_to_quotes(rows["ntb-002"])


def quoted_failing_on_nordlys(articles):
    """The stand-in extractor, with a rule failure on the Nordlys article."""
    for aq in quoted(articles):
        if aq.article is not None and aq.article.source == "Nordlys":
            aq.quotes, aq.error = [], "the quotation rules failed (IndexError: test)"
        yield aq


def test_an_article_the_rules_failed_on_is_reported_not_written(spark, stand_in, tmp_path):
    from sitat.batch.spark import extract_to_parquet

    source = write_jsonl(tmp_path / "a.jsonl", [json.dumps(a, ensure_ascii=False) for a in ARTICLES])
    out = tmp_path / "ut.parquet"
    report = extract_to_parquet(spark, str(source), str(out), extract=quoted_failing_on_nordlys)
    assert (report.articles, report.bad_records) == (2, 1)
    assert any("article ntb-002" in e and "IndexError" in e for e in report.errors)
    assert sorted(r["id"] for r in spark.read.parquet(str(out)).collect()) == ["ntb-001", "ntb-003"]


def rows_to_quotes(row):
    return [Quotation.from_dict(q) for q in row["quotes"]]


def test_parquet_input_with_other_column_types_and_without_text_output(spark, stand_in, tmp_path):
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    from sitat.batch.spark import extract_to_parquet

    table = pa.table(
        {
            "id": pa.array([17, 18], pa.int64()),
            "outlet": ["Adresseavisen", "Bergens Tidende"],
            "date": pa.array([datetime.date(2025, 3, 1), None], pa.date32()),
            "text": ["«Vi gleder oss», sier treneren.", "Kampen ble utsatt på grunn av snø."],
            "words": [5, 7],  # an unknown column is ignored
        }
    )
    folder = tmp_path / "inn"
    folder.mkdir()
    pq.write_table(table, folder / "del-0.parquet")
    out = tmp_path / "ut"

    report = extract_to_parquet(spark, str(folder), str(out), extract=stand_in, with_text=False)

    assert (report.articles, report.quotations, report.bad_records) == (2, 1, 0)
    rows = {r["id"]: r for r in spark.read.parquet(str(out)).collect()}
    assert "text" not in spark.read.parquet(str(out)).columns
    assert rows["17"]["source"] == "Adresseavisen"
    assert rows["17"]["date"] == "2025-03-01"
    assert rows["17"]["quotes"][0]["text"] == "Vi gleder oss"
    assert rows["18"]["date"] is None
    # without the text an archive cannot store the articles: ingest's reader says so per article
    problems = list(read_extraction_parquet(out))
    assert all(isinstance(p, sitat.InputError) and "--no-text" in str(p) for p in problems)


def test_existing_output_and_missing_input_are_refused_with_clear_errors(spark, stand_in, tmp_path):
    from sitat.batch.spark import extract_to_parquet

    source = write_jsonl(tmp_path / "a.jsonl", [json.dumps(ARTICLES[0], ensure_ascii=False)])
    out = tmp_path / "ut"
    out.mkdir()
    with pytest.raises(sitat.SitatError, match="already exists"):
        extract_to_parquet(spark, str(source), str(out), extract=stand_in)
    with pytest.raises(sitat.InputError, match="Spark cannot read it"):
        extract_to_parquet(spark, str(tmp_path / "finnes-ikke.jsonl"), str(tmp_path / "x"), extract=stand_in)
    bad = tmp_path / "feil.parquet"
    pq_table(bad)
    with pytest.raises(sitat.InputError, match="need 'id' and 'text'"):
        extract_to_parquet(spark, str(bad), str(tmp_path / "y"), extract=stand_in)
    # overwrite replaces what was there
    report = extract_to_parquet(spark, str(source), str(out), extract=stand_in, overwrite=True)
    assert report.articles == 1


def pq_table(path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"tittel": ["Uten tekst"]}), path)


def failing(articles):
    """Stand-in for an executor without the model."""
    for _ in articles:
        raise sitat.ModelError("the Bokmål model is missing from /opt/sitat/model")
    yield from ()


def test_a_failing_task_becomes_one_clear_error(spark, stand_in, tmp_path):
    from sitat.batch.spark import extract_to_parquet

    source = write_jsonl(tmp_path / "a.jsonl", [json.dumps(ARTICLES[0], ensure_ascii=False)])
    with pytest.raises(sitat.SitatError) as caught:
        extract_to_parquet(spark, str(source), str(tmp_path / "ut"), extract=failing, partitions=1)
    message = str(caught.value)
    assert message.startswith("the Spark job failed: ModelError: the Bokmål model is missing")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--conf", "ingen-likhetstegn"], "expected KEY=VALUE"),
        (["--partitions", "0"], "must be at least 1"),
    ],
)
def test_cli_rejects_bad_options_in_one_line(spark, tmp_path, capsys, argv, message):
    from sitat.cli.main import main

    status = main(["spark-extract", *argv, str(tmp_path / "a.jsonl"), str(tmp_path / "ut")])
    err = capsys.readouterr().err
    assert status == 2
    assert message in err
    assert "Traceback" not in err


def test_cli_reports_a_missing_input_and_leaves_the_running_session_alone(spark, tmp_path, capsys):
    from sitat.cli.main import main

    status = main(["spark-extract", str(tmp_path / "borte.jsonl"), str(tmp_path / "ut")])
    assert status == 2
    assert "borte.jsonl" in capsys.readouterr().err
    assert spark.sparkContext.parallelize([1, 2]).count() == 2  # still running


@pytest.mark.model
def test_spark_output_is_identical_to_sitat_extract(spark, tmp_path, capsys):
    if not sitat.nlp.model_available():
        pytest.skip("the Bokmål model is not built (python -m training.build)")
    from sitat.batch.spark import extract_to_parquet
    from sitat.cli.main import main

    source = write_jsonl(tmp_path / "artikler.jsonl", [json.dumps(a, ensure_ascii=False) for a in ARTICLES])
    assert main(["extract", "--with-text", str(source)]) == 0
    expected = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}

    extract_to_parquet(spark, str(source), str(tmp_path / "ut"), partitions=2)
    got = {}
    for row in spark.read.parquet(str(tmp_path / "ut")).collect():
        record = {k: v for k, v in row.asDict(recursive=True).items() if v is not None}
        got[record["id"]] = record
    assert got == expected
