"""``sitat speakers``: the most quoted speakers with aliases and roles."""

from __future__ import annotations

import json

from sitat.archive import open_store
from sitat.cli import main as cli_main


def test_speakers_lists_aliases_roles_and_dates(fresh_db, archive_article, capsys, monkeypatch):
    monkeypatch.setattr(cli_main, "COMMANDS", ["speakers"])
    with open_store(fresh_db) as store:
        store.add(*archive_article("a", [("Alliansen står sammen", "Jens Stoltenberg", "Jens Stoltenberg")],
                                   lead="Generalsekretær Jens Stoltenberg kom.", date="2024-02-01"))
        store.add(*archive_article("b", [("Vi må bruke mer", "Stoltenberg", "Stoltenberg"),
                                         ("Det haster", "Stoltenberg", "han")], date="2024-02-10"))
        store.add(*archive_article("c", [("Skolen er viktig", "Kari Nordmann", "Kari Nordmann")]))
    assert cli_main.main(["speakers", "--top", "5", "--db", fresh_db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Jens Stoltenberg" in lines[1] and "generalsekretær" in lines[1] and "2024-02-10" in lines[1]
    assert "Kari Nordmann" in lines[2]
    assert cli_main.main(["speakers", "--format", "jsonl", "--db", fresh_db]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert (first["name"], first["quotations"], first["aliases"], first["gender"]) == (
        "Jens Stoltenberg", 3, ["Stoltenberg"], "male")
    assert cli_main.main(["speakers", "--name", "nordm", "--format", "jsonl", "--db", fresh_db]) == 0
    assert [json.loads(x)["name"] for x in capsys.readouterr().out.splitlines()] == ["Kari Nordmann"]
