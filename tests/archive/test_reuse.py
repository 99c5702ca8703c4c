"""Quotation reuse in the archive: printings grouped, collapsed in search, counted both ways.

The same tests run against SQLite and PostgreSQL (``fresh_db``).
"""

from __future__ import annotations

import pytest

from sitat.archive import open_store
from sitat.errors import QueryError

WIRE = "Vi har fått nok av ventetida, og nå krever vi at staten betaler for den nye brua over fjorden"
TRIMMED = "Nå krever vi at staten betaler for den nye brua over fjorden"
OTHER = "Fergene er gamle, og folk kommer for sent på jobb hver eneste uke"


@pytest.fixture
def store(fresh_db, archive_article):
    """Three outlets print one quotation by Liv Moe (one trims it) and NTB has another of hers;
    Tor Dahl has three quotations printed once each."""
    with open_store(fresh_db) as s:
        s.add(
            *archive_article(
                "ntb-1",
                [(WIRE, "Liv Moe", "Liv Moe"), (OTHER, "Liv Moe", "Moe")],
                source="NTB",
                date="2024-05-02",
            )
        )
        s.add(
            *archive_article(
                "ba-1",
                [(WIRE + "!", "Liv Moe", "Moe")],
                source="Bergensavisen",
                date="2024-05-03",
                lead="Brua skaper strid.",
            )
        )
        s.add(
            *archive_article(
                "bt-1",
                [(TRIMMED, "Liv Moe", "ordfører Liv Moe")],
                source="Bergens Tidende",
                date="2024-05-02T18:00",
            )
        )
        s.add(
            *archive_article(
                "ntb-2",
                [
                    ("Vi må bygge tunnel i stedet for bru", "Tor Dahl", "Tor Dahl"),
                    ("Det koster for mye å vente", "Tor Dahl", "Dahl"),
                    ("Tunnelen kan stå ferdig om fem år", "Tor Dahl", "han"),
                ],
                source="NTB",
                date="2024-05-04",
            )
        )
        yield s


def _id_of(store, text: str, source: str) -> int:
    return next(
        h.quotation.id
        for h in store.search("", limit=100).hits
        if h.quotation.quotation.text == text and h.quotation.article.source == source
    )


def test_grouping_finds_the_printings_and_lists_them_earliest_first(store):
    summary = store.group_printings()
    assert (summary.printings, summary.quotations, summary.reprinted) == (7, 5, 1)
    assert summary.articles == 4

    printed = store.printings(_id_of(store, TRIMMED, "Bergens Tidende"))
    assert [v.article.source for v in printed] == ["NTB", "Bergens Tidende", "Bergensavisen"]
    assert [v.article.id for v in printed] == ["ntb-1", "bt-1", "ba-1"]
    # a quotation printed once appears alone
    alone = store.printings(_id_of(store, OTHER, "NTB"))
    assert [v.quotation.text for v in alone] == [OTHER]


def test_before_grouping_every_printing_is_its_own_quotation(store):
    assert len(store.printings(_id_of(store, WIRE, "NTB"))) == 1
    assert store.search("brua", collapse=True).total == 3


def test_search_can_collapse_printings_to_the_first_one(store):
    store.group_printings()
    every = store.search("staten betaler")
    once = store.search("staten betaler", collapse=True)
    assert every.total == 3
    assert once.total == 1
    assert [h.quotation.article.id for h in once.hits] == ["ntb-1"]
    # filters still apply before collapsing: within one outlet, its own printing is shown
    assert [
        h.quotation.article.id for h in store.search("brua", source="Bergensavisen", collapse=True).hits
    ] == ["ba-1"]
    assert store.search("", collapse=True, limit=100).total == 5


def test_speaker_counts_come_in_both_kinds(store):
    store.group_printings()
    by_printings = store.top_speakers()
    by_quotations = store.top_speakers(count="quotations")
    assert [(s.name, s.quotations, s.distinct_quotations) for s in by_printings] == [
        ("Liv Moe", 4, 2),
        ("Tor Dahl", 3, 3),
    ]
    assert [(s.name, s.quotations, s.distinct_quotations) for s in by_quotations] == [
        ("Tor Dahl", 3, 3),
        ("Liv Moe", 4, 2),
    ]
    in_one_outlet = store.top_speakers(source="Bergensavisen", count="quotations")
    assert [(s.name, s.distinct_quotations) for s in in_one_outlet] == [("Liv Moe", 1)]
    liv = store.get_speaker(by_printings[0].id)
    assert (liv.quotations, liv.distinct_quotations) == (4, 2)
    with pytest.raises(QueryError, match="printings or quotations"):
        store.top_speakers(count="sitater")


def test_a_republished_story_is_one_story(store, archive_article):
    body = [
        ("Vi har fått nok av ventetida, og nå krever vi at staten betaler for brua", "Liv Moe", "Liv Moe"),
        ("Fergene er gamle og går for sjelden, og pendlerne kommer for sent hver uke", "Liv Moe", "Moe"),
        ("Vi skal ta saken opp med samferdselsministeren allerede neste uke", "Liv Moe", "hun"),
    ]
    store.add(*archive_article("ntb-9", body, source="NTB", date="2024-06-01"))
    store.add(*archive_article("gd-9", body, source="Grenda", date="2024-06-02", lead="Oppdatert."))
    summary = store.group_printings()
    assert summary.republished == 1
    assert [a.id for a in store.article_copies("gd-9")] == ["ntb-9", "gd-9"]
    assert [a.id for a in store.article_copies("ntb-2")] == ["ntb-2"]


def test_an_updated_article_leaves_no_stale_group_rows(store, archive_article):
    store.group_printings()
    changed = archive_article(
        "ba-1", [("Brua må vente et år til", "Liv Moe", "Moe")], source="Bergensavisen", date="2024-05-03"
    )
    assert store.add(*changed).status == "updated"
    printed = store.printings(_id_of(store, WIRE, "NTB"))
    assert [v.article.id for v in printed] == ["ntb-1", "bt-1"]
    new_id = _id_of(store, "Brua må vente et år til", "Bergensavisen")
    assert [v.id for v in store.printings(new_id)] == [new_id]
