"""Issue 4 from the command line: a spark-extract Parquet ingested, printings grouped, counted both ways.

The Parquet is written with pyarrow in spark-extract's shape (no Spark, no model needed).
"""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sitat.cli import main as cli_main

QUOTE = "Vi har fått nok av ventetida, og nå krever vi at staten betaler for den nye brua over fjorden"


def _row(article_id: str, source: str, date: str, quotes: list[tuple[str, str]]) -> dict:
    text, records = "", []
    for quote, speaker in quotes:
        text += ("\n\n" if text else "") + "– "
        start = len(text)
        text += quote + ", sier " + speaker + "."
        records.append(
            {
                "start": start,
                "end": start + len(quote),
                "type": "direct",
                "text": quote,
                "speaker": speaker,
                "speaker_mention": speaker,
                "cue": "sier",
                "continuation": False,
                "nested": False,
                "reporter": False,
                "confidence": 1.0,
                "method": "test",
            }
        )
    return {"id": article_id, "source": source, "date": date, "title": None, "text": text, "quotes": records}


@pytest.fixture
def extracted(tmp_path):
    rows = [
        _row("ntb-1", "NTB", "2024-05-02", [(QUOTE, "Liv Moe")]),
        _row("ba-1", "Bergensavisen", "2024-05-03", [(QUOTE.replace(", og", ". Og"), "Liv Moe")]),
        _row("bt-1", "Bergens Tidende", "2024-05-03", [(QUOTE.split(", og ")[1], "Liv Moe")]),
        _row(
            "ntb-2",
            "NTB",
            "2024-05-04",
            [
                ("Vi må bygge tunnel i stedet for bru", "Tor Dahl"),
                ("Det koster for mye å vente på staten", "Tor Dahl"),
            ],
        ),
    ]
    path = tmp_path / "sitater.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def test_ingest_groups_printings_and_search_and_speakers_count_both_ways(fresh_db, extracted, capsys):
    assert cli_main.main(["ingest", str(extracted), "--db", fresh_db, "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "grouped 5 printings into 3 quotations (1 printed more than once)" in err

    assert cli_main.main(["search", "staten", "--db", fresh_db, "--format", "jsonl"]) == 0
    every = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(every) == 4
    assert (
        cli_main.main(["search", "staten", "--count", "quotations", "--db", fresh_db, "--format", "jsonl"])
        == 0
    )
    once = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [h["quotation"]["article"]["id"] for h in once] in (["ntb-1", "ntb-2"], ["ntb-2", "ntb-1"])

    assert cli_main.main(["speakers", "--count", "quotations", "--format", "jsonl", "--db", fresh_db]) == 0
    ranked = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["name"], r["quotations"], r["distinct_quotations"]) for r in ranked] == [
        ("Tor Dahl", 2, 2),
        ("Liv Moe", 3, 1),
    ]
    assert cli_main.main(["speakers", "--db", fresh_db]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["quotes", "distinct", "articles"]
    assert table[1].split()[:4] == ["3", "1", "3", "Liv"]


def test_ingest_can_leave_grouping_for_later(fresh_db, extracted, capsys):
    assert cli_main.main(["ingest", str(extracted), "--db", fresh_db, "--quiet", "--no-group"]) == 0
    assert "grouped" not in capsys.readouterr().err
    assert (
        cli_main.main(["search", "staten", "--count", "quotations", "--db", fresh_db, "--format", "jsonl"])
        == 0
    )
    assert len(capsys.readouterr().out.splitlines()) == 4
    # ... and 'sitat group' does it afterwards
    assert cli_main.main(["group", "--db", fresh_db, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["printings"], summary["quotations"], summary["reprinted"]) == (5, 3, 1)
    search = ["search", "staten", "--count", "quotations", "--db", fresh_db, "--format", "jsonl"]
    assert cli_main.main(search) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_group_needs_an_existing_archive(tmp_path, capsys):
    assert cli_main.main(["group", "--db", str(tmp_path / "finnes-ikke.db")]) == 2
    err = capsys.readouterr().err
    assert "no archive" in err
    assert "Traceback" not in err


def test_an_unknown_count_is_refused_by_the_parser(fresh_db, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli_main.main(["speakers", "--count", "sitater", "--db", fresh_db])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
