"""``sitat export``: everything, or a search's results, as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest

from sitat.archive import open_store
from sitat.cli import main as cli_main


@pytest.fixture
def filled(fresh_db, archive_article, monkeypatch):
    monkeypatch.setattr(cli_main, "COMMANDS", ["export"])
    with open_store(fresh_db) as store:
        for i, word in enumerate(["skolen", "sykehuset", "skolene"]):
            quote = (f"Vi må satse på {word} nå", "Kari Nordmann", "Kari Nordmann")
            store.add(*archive_article(f"a{i}", [quote]))
    return fresh_db


def test_jsonl_to_stdout_has_every_quotation(filled, capsys):
    assert cli_main.main(["export", "--db", filled]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 3
    assert {r["speaker_name"] for r in records} == {"Kari Nordmann"}
    assert all(r["text"].startswith("Vi må satse") for r in records)


def test_csv_of_a_search(filled, tmp_path):
    out = tmp_path / "skole.csv"
    assert cli_main.main(["export", "skole", "--format", "csv", "--out", str(out), "--db", filled]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert sorted(r["article_id"] for r in rows) == ["a0", "a2"]


def test_parquet_needs_a_file_and_round_trips(filled, tmp_path, capsys):
    assert cli_main.main(["export", "--format", "parquet", "--db", filled]) == 2
    assert "--out" in capsys.readouterr().err
    out = tmp_path / "alt.parquet"
    assert cli_main.main(["export", "--format", "parquet", "--out", str(out), "--db", filled]) == 0
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert set(table.column("speaker_name").to_pylist()) == {"Kari Nordmann"}
