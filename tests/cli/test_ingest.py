"""``sitat ingest``: reading, extracting (a stand-in extractor, or the real model when built) and storing."""

from __future__ import annotations

import json
import re

import pytest

import sitat.nlp
from sitat.archive import open_store
from sitat.cli import ingest as ingest_cli
from sitat.cli import main as cli_main
from sitat.records import ArticleQuotations, Quotation

_DASH = re.compile(r"^– (?P<quote>[^\n]+?), sier (?P<speaker>[^\n.]+)\.$", re.M)


def fake_extract_many(articles):
    """A stand-in for sitat.extract_many, so storage is tested without the language model."""
    for article in articles:
        quotes = [
            Quotation(start=m.start("quote"), end=m.end("quote"), type="direct", text=m.group("quote"),
                      speaker=m.group("speaker"), speaker_mention=m.group("speaker"), cue="sier")
            for m in _DASH.finditer(article.text)
        ]
        yield ArticleQuotations(article.id, quotes)


def write_articles(path, articles):
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")


ARTICLES = [
    {"id": "ntb-1", "source": "NTB", "date": "2024-05-02", "title": "Skole",
     "text": "– Skolene trenger flere lærere, sier Kari Nordmann.\n\n– Vi er enige, sier Ola Hansen."},
    {"id": "ntb-2", "source": "NTB", "date": "2024-05-03", "title": "Vei",
     "text": "– Veiene må rustes opp, sier Kari Nordmann."},
]


@pytest.fixture
def cli(monkeypatch):
    monkeypatch.setattr(cli_main, "COMMANDS", ["ingest", "search", "speakers", "export"])
    monkeypatch.setattr(ingest_cli, "_extract_many", fake_extract_many)
    return cli_main.main


def test_ingest_stores_and_is_idempotent(cli, fresh_db, tmp_path, capsys):
    src = tmp_path / "artikler.jsonl"
    write_articles(src, ARTICLES)
    assert cli(["ingest", str(src), "--db", fresh_db, "--jobs", "1"]) == 0
    assert "stored 2 articles" in capsys.readouterr().err
    assert cli(["ingest", str(src), "--db", fresh_db, "--jobs", "1"]) == 0
    assert "2 already stored" in capsys.readouterr().err
    with open_store(fresh_db) as store:
        assert (store.overview().articles, store.overview().quotations) == (2, 3)


@pytest.mark.parametrize(
    ("commit_seconds", "batch", "expected"),
    [
        (60.0, "1000", [3]),  # fast input: one transaction holds the whole batch
        (60.0, "2", [2, 1]),  # never more than --batch articles
        (0.0, "1000", [1, 1, 1]),  # slow input: each transaction closed once its time is up
    ],
)
def test_transactions_end_at_the_batch_size_or_after_a_few_seconds(
    cli, fresh_db, tmp_path, monkeypatch, commit_seconds, batch, expected
):
    from sitat.archive.sql import SqlStore

    sizes: list[int] = []
    add_many = SqlStore.add_many

    def counting(self, items):
        items = list(items)
        sizes.append(len(items))
        return add_many(self, items)

    monkeypatch.setattr(SqlStore, "add_many", counting)
    monkeypatch.setattr(ingest_cli, "COMMIT_SECONDS", commit_seconds)
    src = tmp_path / "artikler.jsonl"
    third = {"id": "ntb-3", "source": "NTB", "date": "2024-05-04", "text": "– Nei, sier Ola Hansen."}
    write_articles(src, [*ARTICLES, third])
    assert cli(["ingest", str(src), "--db", fresh_db, "--jobs", "1", "--batch", batch]) == 0
    assert sizes == expected
    with open_store(fresh_db) as store:
        assert store.overview().articles == 3


def test_a_changed_article_replaces_its_quotations(cli, fresh_db, tmp_path, capsys):
    src = tmp_path / "a.jsonl"
    write_articles(src, ARTICLES)
    cli(["ingest", str(src), "--db", fresh_db, "-j", "1"])
    changed = [dict(ARTICLES[1], text="– Broene må rustes opp, sier Kari Nordmann.")]
    write_articles(src, changed)
    assert cli(["ingest", str(src), "--db", fresh_db, "-j", "1"]) == 0
    assert "1 updated" in capsys.readouterr().err
    with open_store(fresh_db) as store:
        assert store.search("veiene").total == 0 and store.search("broene").total == 1


def test_bad_input_is_reported_and_the_rest_stored(cli, fresh_db, tmp_path, capsys):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(ARTICLES[0], ensure_ascii=False) + "\n{ikke json\n", encoding="utf-8")
    assert cli(["ingest", str(src), str(tmp_path / "mangler.txt"), "--db", fresh_db, "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert "mangler.txt" in err and "2 errors" in err and "Traceback" not in err
    with open_store(fresh_db) as store:
        assert store.overview().articles == 1


def test_an_unreachable_database_is_one_line(cli, tmp_path, capsys):
    src = tmp_path / "a.jsonl"
    write_articles(src, ARTICLES)
    assert cli(["ingest", str(src), "--db", "postgresql://sitat:feil@127.0.0.1:9/ingen", "-j", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("sitat ingest: cannot open the archive") and "\n" not in err
    assert "feil" not in err  # the password is not shown


@pytest.mark.model
def test_ingest_with_the_real_extractor(fresh_db, tmp_path, capsys, monkeypatch):
    if not sitat.nlp.model_available():
        pytest.skip("the Bokmål model is not built")
    monkeypatch.setattr(cli_main, "COMMANDS", ["ingest"])
    src = tmp_path / "a.jsonl"
    write_articles(src, ARTICLES)
    assert cli_main.main(["ingest", str(src), "--db", fresh_db, "--jobs", "2"]) == 0
    with open_store(fresh_db) as store:
        assert store.overview().articles == 2
        assert store.search("veiene", speaker="Kari Nordmann").total == 1


_KILLABLE = """
import sys, time
from sitat.cli import ingest, main
from test_ingest import fake_extract_many

def slow(articles):
    for aq in fake_extract_many(articles):
        time.sleep(0.01)
        yield aq

ingest._extract_many = slow
main.COMMANDS = ["ingest"]
sys.exit(main.main(sys.argv[1:]))
"""


def test_kill_9_leaves_a_consistent_archive_and_a_rerun_completes(tmp_path):
    """An ingest killed mid-way keeps whole articles only; running it again stores the rest."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    src = tmp_path / "mange.jsonl"
    write_articles(src, [
        {"id": f"n{i}", "source": "NTB", "date": "2024-06-01",
         "text": f"– Sak {i} handler om skolen, sier Kari Nordmann.\n\n– Vi følger opp sak {i}, sier Ola Hansen."}
        for i in range(400)
    ])
    db = f"sqlite:///{tmp_path / 'sitat.db'}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path])}
    argv = [sys.executable, "-c", _KILLABLE, "ingest", str(src), "--db", db, "-j", "1", "--batch", "20"]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and stored < 40:
        time.sleep(0.2)
        if (tmp_path / "sitat.db").exists():
            try:
                with open_store(db) as store:
                    stored = store.overview().articles
            except Exception:  # the writer may hold the lock for a moment
                continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with open_store(db) as store:
        overview = store.overview()
        assert 0 < overview.articles < 400
        assert overview.quotations == 2 * overview.articles  # no article half-stored
        assert store.search("skolen").total == overview.articles  # the search index agrees
    assert subprocess.run(argv, env=env, capture_output=True).returncode == 0
    with open_store(db) as store:
        assert (store.overview().articles, store.overview().quotations) == (400, 800)


def test_two_ingests_into_one_sqlite_archive_at_once(tmp_path):
    """Writers wait for each other (BEGIN IMMEDIATE, busy timeout) instead of failing."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    db = f"sqlite:///{tmp_path / 'sitat.db'}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path])}
    procs = []
    for part in ("a", "b"):
        src = tmp_path / f"{part}.jsonl"
        write_articles(src, [
            {"id": f"{part}{i}", "source": "NTB", "date": "2024-06-01",
             "text": f"– Del {part} sak {i} gjelder helsa, sier Liv Berg.\n\n– Vi svarer, sier Per Olsen."}
            for i in range(150)
        ])
        argv = [sys.executable, "-c", _KILLABLE, "ingest", str(src), "--db", db, "-j", "1", "--batch", "10"]
        procs.append(subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    with open_store(db) as store:
        assert (store.overview().articles, store.overview().quotations) == (300, 600)
        assert [s.quotations for s in store.top_speakers()] == [300, 300]


def test_an_article_the_rules_failed_on_is_reported_and_not_stored(cli, fresh_db, tmp_path, capsys, monkeypatch):
    def half_failing(articles):
        for aq in fake_extract_many(articles):
            if aq.id == "ntb-2":
                aq.quotes, aq.error = [], "the quotation rules failed (IndexError: test)"
            yield aq

    monkeypatch.setattr(ingest_cli, "_extract_many", half_failing)
    src = tmp_path / "artikler.jsonl"
    write_articles(src, ARTICLES)
    assert cli(["ingest", str(src), "--db", fresh_db, "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "article ntb-2" in err and "not stored" in err
    with open_store(fresh_db) as store:
        assert store.overview().articles == 1
    monkeypatch.setattr(ingest_cli, "_extract_many", fake_extract_many)  # the bug fixed: a rerun adds it
    assert cli(["ingest", str(src), "--db", fresh_db, "--jobs", "1"]) == 0
    with open_store(fresh_db) as store:
        assert store.overview().articles == 2
