"""The archive's Store, the same tests against SQLite and PostgreSQL (``fresh_db``)."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import text

from sitat.archive import migrations, open_store
from sitat.errors import ArchiveError, QueryError
from sitat.records import Article


@pytest.fixture
def store(fresh_db):
    with open_store(fresh_db) as s:
        yield s


def test_add_is_idempotent_and_recognises_the_same_text_under_another_id(store, archive_article):
    art, quotes = archive_article("ntb-1", [("Utgiftene må opp i år", "Kari Nordmann", "Kari Nordmann")])
    assert store.add(art, quotes).status == "added"
    assert store.add(art, quotes).status == "unchanged"
    twin = Article(id="kopi-1", text=art.text, source="VG")
    result = store.add(twin, quotes)
    assert (result.status, result.duplicate_of) == ("duplicate", "ntb-1")
    assert store.is_stored(art) and store.is_stored(twin)
    overview = store.overview()
    assert (overview.articles, overview.quotations, overview.speakers) == (1, 1, 1)


def test_a_changed_article_replaces_its_old_quotations(store, archive_article):
    old, old_quotes = archive_article("ntb-2", [("Skatten må ned for alle", "Ola Hansen", "Ola Hansen")])
    store.add(old, old_quotes)
    new, new_quotes = archive_article(
        "ntb-2",
        [("Avgiftene må ned for bilistene", "Ola Hansen", "Ola Hansen"), ("Vi venter", "Ola Hansen", "han")],
    )
    assert store.add(new, new_quotes).status == "updated"
    assert store.search("skatten").total == 0
    assert store.search("avgiftene").total == 1
    assert store.overview().quotations == 2
    speaker = store.top_speakers()[0]
    assert (speaker.name, speaker.quotations, speaker.articles) == ("Ola Hansen", 2, 1)


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Regjeringen vil øke forsvarsutgiftene kraftig", "forsvarsutgifter"),
        ("Vi trenger flere forsvarsutgifter nå", "forsvarsutgiftene"),
        ("Streiken i skolene trekker ut", "streiker skole"),
        ("Bøndene krever bedre betalt for melka", "bønder"),
    ],
)
def test_search_finds_other_inflections(store, archive_article, stored, query):
    store.add(*archive_article("a", [(stored, "Per Olsen", "Per Olsen")]))
    result = store.search(query)
    assert result.total == 1
    assert result.hits[0].quotation.quotation.text == stored
    assert any(matched for _, matched in result.hits[0].snippet.parts())


def test_phrase_search_needs_the_words_together_and_in_order(store, archive_article):
    store.add(*archive_article("a", [("Vi må ha høyere lønn for sykepleierne", "Liv Berg", "Liv Berg")]))
    store.add(*archive_article("b", [("Lønn er ikke alt, men den bør bli høyere", "Liv Berg", "Liv Berg")]))
    assert store.search("høyere lønn").total == 2
    assert store.search('"høyere lønn"').total == 1
    assert store.search("«høyere lønn»").hits[0].quotation.article.id == "a"
    assert store.search("lønn -sykepleierne").hits[0].quotation.article.id == "b"


def test_ranking_prefers_quotations_where_the_word_weighs_more(store, archive_article):
    store.add(*archive_article("a", [("Klima klima klima er saken", "Liv Berg", "Liv Berg")]))
    store.add(*archive_article(
        "b", [("Vi snakket om veier, skoler, sykehus, skatter og til slutt litt om klima", "Per Olsen",
               "Per Olsen")]
    ))
    hits = store.search("klima").hits
    assert [h.quotation.article.id for h in hits] == ["a", "b"]
    assert hits[0].score >= hits[1].score


@pytest.mark.parametrize(
    "query",
    ['"NATO" OR 1=1 --', '"ubalansert', "'; DROP TABLE quotations; --", "NEAR(nato forsvar)", "nato*",
     "stems:nato", "nato AND", "^nato", "nato) OR (1", "\\", "«nato"],
)
def test_query_syntax_cannot_break_out(store, archive_article, query):
    store.add(*archive_article("a", [("NATO må styrke forsvaret i nord", "Per Olsen", "Per Olsen")]))
    try:
        result = store.search(query)
    except QueryError as exc:
        assert str(exc)
    else:
        assert result.total in (0, 1)
    assert store.search("forsvaret").total == 1  # the archive is intact


@pytest.mark.parametrize("query", ["-nato", "--", "'' --"])
def test_a_query_with_nothing_to_find_is_a_clear_error(store, query):
    with pytest.raises(QueryError, match="query"):
        store.search(query)


def test_filters_by_speaker_source_type_and_date(store, archive_article):
    store.add(*archive_article("a", [("Vi må bygge flere boliger", "Kari Nordmann", "Kari Nordmann")],
                               date="2024-01-10", source="NTB"))
    store.add(*archive_article("b", [("Det trengs flere boliger i byene", "Ola Hansen", "Ola Hansen")],
                               date="2024-03-05", source="VG", qtype="indirect"))
    assert store.search("boliger").total == 2
    assert store.search("boliger", speaker="Kari Nordmann").hits[0].quotation.article.id == "a"
    assert store.search("boliger", source="VG").hits[0].quotation.article.id == "b"
    assert store.search("boliger", type="indirect").total == 1
    assert store.search("boliger", date_from="2024-02-01").hits[0].quotation.article.id == "b"
    assert store.search("boliger", date_to="2024-01").hits[0].quotation.article.id == "a"
    assert store.search("boliger", speaker="Ingen Slik").total == 0
    assert store.search("", source="NTB").total == 1
    with pytest.raises(QueryError, match="date"):
        store.search("boliger", date_from="i fjor")
    with pytest.raises(QueryError, match="type"):
        store.search("boliger", type="sitat")


def test_a_speaker_filter_finds_every_speaker_a_name_was_used_for(store, archive_article):
    # "Mona" is an alias of two speakers (each article names her in full and then by first name):
    # the filter reads each speaker once from the alias index, however many articles used the name
    for n in range(3):
        store.add(*archive_article(f"a{n}", [(f"Skolen trenger {n + 2} lærere", "Mona Berg", "Mona Berg"),
                                             ("Vi venter svar", "Mona Berg", "Mona")]))
    store.add(*archive_article("b", [("Lærere er viktige", "Mona Lie", "Mona Lie"),
                                     ("Det haster", "Mona Lie", "Mona")]))
    store.add(*archive_article("c", [("Lærere trengs", "Ola Moe", "Ola Moe")]))
    found = store.search("lærere", speaker="Mona", limit=50)
    assert {h.quotation.speaker_name for h in found.hits} == {"Mona Berg", "Mona Lie"}
    assert found.total == 4
    assert store.search("lærere", speaker="Ola Moe").total == 1


def test_surname_joins_the_one_full_name_in_the_period_but_namesakes_stay_apart(store, archive_article):
    store.add(*archive_article("a", [("Alliansen står sammen", "Jens Stoltenberg", "Jens Stoltenberg")],
                               lead="NATOs generalsekretær Jens Stoltenberg kom.", date="2024-02-01"))
    store.add(*archive_article("b", [("Vi må bruke mer på forsvar", "Stoltenberg", "Stoltenberg")],
                               date="2024-02-20"))
    thorvald = [("Jeg husker Balkan godt", "Thorvald Stoltenberg", "Thorvald Stoltenberg")]
    store.add(*archive_article("c", thorvald, date="2024-02-22"))
    top = {s.name: s for s in store.top_speakers()}
    assert set(top) == {"Jens Stoltenberg", "Thorvald Stoltenberg"}
    jens = store.get_speaker(top["Jens Stoltenberg"].id)
    assert (jens.quotations, jens.articles) == (2, 2)
    assert [a.name for a in jens.aliases] == ["Stoltenberg"]
    assert [r.name for r in jens.roles] == ["generalsekretær"]
    assert (jens.first_date, jens.last_date) == ("2024-02-01", "2024-02-20")
    assert store.get_speaker(top["Thorvald Stoltenberg"].id).quotations == 1


def test_an_ambiguous_surname_follows_the_role_title(store, archive_article):
    store.add(*archive_article("a", [("Vi står sammen", "Jens Stoltenberg", "Jens Stoltenberg")],
                               lead="Generalsekretær Jens Stoltenberg talte.", date="2024-02-01"))
    store.add(*archive_article("b", [("Jeg husker Balkan", "Thorvald Stoltenberg", "Thorvald Stoltenberg")],
                               date="2024-02-02"))
    store.add(*archive_article("c", [("Forsvaret må styrkes", "Stoltenberg", "generalsekretæren")],
                               lead="Det sa generalsekretær Stoltenberg i går.", date="2024-02-03"))
    jens = next(s for s in store.top_speakers() if s.name == "Jens Stoltenberg")
    assert jens.quotations == 2


def test_an_ambiguous_surname_without_a_title_stays_its_own_speaker(store, archive_article):
    store.add(*archive_article("a", [("Vi står sammen", "Jens Stoltenberg", "Jens Stoltenberg")]))
    store.add(*archive_article("b", [("Jeg husker Balkan", "Thorvald Stoltenberg", "Thorvald Stoltenberg")]))
    store.add(*archive_article("c", [("Det blir spennende", "Stoltenberg", "Stoltenberg")]))
    names = sorted(s.name for s in store.top_speakers())
    assert names == ["Jens Stoltenberg", "Stoltenberg", "Thorvald Stoltenberg"]


def test_a_surname_seen_first_takes_the_full_name_when_it_appears(store, archive_article):
    store.add(*archive_article("a", [("Det blir et godt år", "Solberg", "Solberg")], date="2024-01-01"))
    store.add(*archive_article("b", [("Vi er klare", "Erna Solberg", "Erna Solberg")], date="2024-01-02"))
    (only,) = store.top_speakers()
    assert (only.name, only.quotations, only.gender) == ("Erna Solberg", 2, "female")


@pytest.mark.parametrize(
    ("paragraphs", "lead", "gender", "evidence"),
    [
        ([("Vi er klare", "Robin Dahl", "Robin Dahl"), ("Det blir bra", "Robin Dahl", "hun")], "", "female",
         "pronoun"),
        ([("Vi er klare", "Kim Lie", "Kim Lie"), ("Det går fint", "Kim Lie", "han")], "", "male", "pronoun"),
        ([("Takk for i år", "Sonja", "dronningen")], "Dronning Sonja talte.", "female", "role"),
        ([("Vi står sammen", "Kari Nordmann", "Kari Nordmann")], "", "female", "first-name"),
        ([("Vi står sammen", "Ola Nordmann", "Ola Nordmann")], "", "male", "first-name"),
        ([("Vi følger saken", "politiet", "politiet")], "", "unknown", None),
        ([("Vi følger saken", "Robin Dahl", "Robin Dahl")], "", "unknown", None),
        ([("Vi følger saken", "Stoltenberg", "statsministeren")], "", "unknown", None),
    ],
)
def test_gender_comes_only_from_evidence(store, archive_article, paragraphs, lead, gender, evidence):
    store.add(*archive_article("a", paragraphs, lead=lead))
    speaker = store.get_speaker(store.top_speakers()[0].id)
    assert (speaker.gender, speaker.gender_source) == (gender, evidence)


def test_statistics_for_the_web_pages(store, archive_article):
    store.add(*archive_article("a", [("Skolen trenger flere lærere", "Kari Nordmann", "Kari Nordmann"),
                                     ("Vi er enige", "Ola Hansen", "Ola Hansen")], date="2024-01-03"))
    store.add(*archive_article("b", [("Lærerne fortjener mer", "Kari Nordmann", "hun")], date="2024-03-20",
                               source="VG"))
    kari = next(s for s in store.top_speakers() if s.name == "Kari Nordmann")
    assert [(p.period, p.count) for p in store.speaker_timeline(kari.id, "month")] == [
        ("2024-01", 1), ("2024-02", 0), ("2024-03", 1)]
    weeks = store.speaker_timeline(kari.id, "week")
    assert (weeks[0].period, weeks[-1].period, sum(w.count for w in weeks)) == ("2024-W01", "2024-W12", 2)
    assert [(o.name, o.count) for o in store.speaker_outlets(kari.id)] == [("NTB", 1), ("VG", 1)]
    assert [(c.name, c.count) for c in store.speaker_cues(kari.id)] == [("sier", 2)]
    assert [(c.name, c.articles) for c in store.co_quoted(kari.id)] == [("Ola Hansen", 1)]
    assert [s.name for s in store.top_speakers(date_from="2024-03")] == ["Kari Nordmann"]
    assert [(o.name, o.count) for o in store.top_outlets()] == [("NTB", 2), ("VG", 1)]
    assert [(s.name, s.count) for s in store.sources()] == [("NTB", 1), ("VG", 1)]
    share = {g.period: g for g in store.gender_share("month")}
    assert (share["2024-01"].female, share["2024-01"].male, share["2024-03"].female) == (1, 1, 1)
    assert share["2024-01"].female_share == 0.5 and share["2024-02"].female_share is None
    overview = store.overview()
    assert (overview.articles, overview.quotations, overview.speakers, overview.sources) == (2, 3, 2, 2)
    assert (overview.first_date, overview.last_date, overview.by_type) == ("2024-01-03", "2024-03-20",
                                                                          {"direct": 3})
    assert [s.name for s in store.find_speakers("nordm")] == ["Kari Nordmann"]
    assert store.speaker_quotations(kari.id).total == 2


def test_get_article_and_quotation_round_trip_the_records(store, archive_article):
    art, quotes = archive_article("a", [("Vi må spare", "Kari Nordmann", "Kari Nordmann")])
    store.add(art, quotes)
    view = store.get_article("a")
    assert view.article.text == art.text and view.article.date == art.date
    (q,) = view.quotations
    assert q.quotation == quotes[0]
    assert art.text[q.quotation.start:q.quotation.end] == "Vi må spare"
    assert store.get_quotation(q.id).speaker_name == "Kari Nordmann"
    assert store.get_article("finnes-ikke") is None and store.get_speaker(99999) is None


def test_export_iterates_everything_or_a_search(store, archive_article):
    for i in range(5):
        store.add(*archive_article(f"a{i}", [(f"Sak nummer {i} gjelder skolen", "Per Olsen", "Per Olsen")]))
    assert len(list(store.iter_quotations())) == 5
    assert len(list(store.iter_quotations("skolen", speaker="Per Olsen"))) == 5
    assert list(store.iter_quotations("sykehus")) == []


def test_a_failing_batch_stores_nothing(store, archive_article):
    good = archive_article("a", [("Vi er klare", "Per Olsen", "Per Olsen")])

    def items():
        yield good
        raise RuntimeError("the process died here")

    with pytest.raises(RuntimeError):
        store.add_many(items())
    assert store.overview().articles == 0
    assert store.add(*good).status == "added"


def test_migrations_are_recorded_and_applied_once(fresh_db, archive_article):
    with pytest.raises(ArchiveError, match="no archive"):
        open_store(fresh_db, create=False)
    with open_store(fresh_db) as first:
        first.add(*archive_article("a", [("Vi er klare", "Per Olsen", "Per Olsen")]))
        with first.engine.connect() as conn:
            recorded = [r[0] for r in conn.execute(text("SELECT name FROM schema_migrations ORDER BY name"))]
    assert recorded == migrations.available() and recorded[0] == "0001_initial"
    with open_store(fresh_db, create=False) as again:
        assert again.overview().quotations == 1


def _hold_write_lock(path, seconds: float) -> threading.Thread:
    """Another writer: holds the archive's exclusive lock for ``seconds`` in a thread."""

    ready = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("BEGIN EXCLUSIVE")
        ready.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait()
    return thread


def test_opening_a_sqlite_archive_waits_for_another_writer_past_the_busy_timeout(tmp_path, monkeypatch):
    """Two ingests into one file: the second waits for the lock instead of exiting (CI saw this)."""
    from sitat.archive import sql

    path = tmp_path / "sitat.db"
    open_store(f"sqlite:///{path}").close()
    monkeypatch.setattr(sql, "BUSY_TIMEOUT_MS", 50)  # one statement gives up long before the lock goes
    holder = _hold_write_lock(path, 0.6)
    try:
        with open_store(f"sqlite:///{path}") as store:
            assert store.overview().articles == 0
    finally:
        holder.join()


def test_a_sqlite_archive_locked_for_too_long_gives_one_clear_line(tmp_path, monkeypatch):
    from sitat.archive import sql

    path = tmp_path / "sitat.db"
    open_store(f"sqlite:///{path}").close()
    monkeypatch.setattr(sql, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(sql, "OPEN_WAIT_SECONDS", 0.3)
    holder = _hold_write_lock(path, 1.5)
    try:
        with pytest.raises(ArchiveError, match=r"cannot open the archive .*locked"):
            open_store(f"sqlite:///{path}")
    finally:
        holder.join()


def test_bad_databases_give_one_clear_line(tmp_path):
    with pytest.raises(ArchiveError, match="cannot open the archive"):
        open_store("postgresql://sitat:feil@127.0.0.1:9/ingen")
    garbage = tmp_path / "tull.db"
    garbage.write_bytes(b"dette er ingen database" * 100)
    with pytest.raises(ArchiveError, match="not a sitat archive"):
        open_store(f"sqlite:///{garbage}")
    with pytest.raises(ArchiveError, match="no archive"):
        open_store(str(tmp_path / "mangler.db"), create=False)
    with pytest.raises(ArchiveError, match="unsupported"):
        open_store("mysql://x@y/z")
