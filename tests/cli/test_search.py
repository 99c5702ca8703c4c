"""``sitat search`` over an archive filled with hand-built quotations."""

from __future__ import annotations

import csv
import io
import json

import pytest

from sitat.archive import open_store
from sitat.cli import main as cli_main


@pytest.fixture
def filled(fresh_db, archive_article, monkeypatch):
    monkeypatch.setattr(cli_main, "COMMANDS", ["search", "speakers", "export"])
    with open_store(fresh_db) as store:
        jens = [("Forsvarsutgiftene må økes i år", "Jens Stoltenberg", "Jens Stoltenberg")]
        kari = [("Vi trenger ikke flere forsvarsutgifter", "Kari Nordmann", "Kari Nordmann")]
        store.add(*archive_article("a", jens, date="2024-02-01"))
        store.add(*archive_article("b", kari, date="2024-03-01", source="VG"))
    return fresh_db


def test_table_marks_the_matching_words(filled, capsys):
    assert cli_main.main(["search", "forsvarsutgifter", "--db", filled]) == 0
    out = capsys.readouterr().out
    assert "of 2 quotations" in out
    assert "[Forsvarsutgiftene]" in out and "[forsvarsutgifter]" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--speaker", "Kari Nordmann"], ["b"]),
        (["--source", "NTB"], ["a"]),
        (["--from", "2024-02-15"], ["b"]),
        (["--to", "2024-02"], ["a"]),
    ],
)
def test_filters_and_jsonl(filled, capsys, argv, expected):
    assert cli_main.main(["search", "forsvarsutgifter", "--format", "jsonl", "--db", filled, *argv]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [h["quotation"]["article"]["id"] for h in hits] == expected


def test_csv_output(filled, capsys):
    assert cli_main.main(["search", '"flere forsvarsutgifter"', "--format", "csv", "--db", filled]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["speaker"], r["source"]) for r in rows] == [("Kari Nordmann", "VG")]


@pytest.mark.parametrize("query", ['"NATO" OR 1=1 --', '"ubalansert', "'; DROP TABLE articles; --"])
def test_hostile_queries_are_searched_as_text(filled, capsys, query):
    assert cli_main.main(["search", query, "--db", filled]) == 0
    assert "no quotations found" in capsys.readouterr().out
    assert cli_main.main(["search", "forsvarsutgifter", "--db", filled]) == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--", "-nato"], "only excludes"),
        (["nato", "--from", "i går"], "not a date"),
    ],
)
def test_bad_queries_are_one_clear_line(filled, capsys, argv, message):
    assert cli_main.main(["search", "--db", filled, *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_missing_archive_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli_main, "COMMANDS", ["search"])
    assert cli_main.main(["search", "nato", "--db", str(tmp_path / "ingen.db")]) == 2
    assert "no archive" in capsys.readouterr().err
    assert not (tmp_path / "ingen.db").exists()


def test_an_estimated_total_says_about(tmp_path, archive_article, capsys, monkeypatch):
    from sitat.archive import sql as archive_sql

    monkeypatch.setattr(cli_main, "COMMANDS", ["search"])
    monkeypatch.setattr(archive_sql, "RANK_WINDOW", 3)
    db = f"sqlite:///{tmp_path / 'many.db'}"
    with open_store(db) as store:
        for n in range(12):
            store.add(*archive_article(f"s{n}", [(f"Skatten må ned med {n} prosent", "Kari Nordmann",
                                                  "Kari Nordmann")]))
    assert cli_main.main(["search", "skatt", "--limit", "2", "--db", db]) == 0
    assert "of about " in capsys.readouterr().out
    assert cli_main.main(["search", "skatt", "--limit", "20", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "of 12 quotations" in out and "about" not in out
