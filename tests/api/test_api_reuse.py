"""Issue 4 in the API and on the pages: where else a quotation appeared, counting it once or per printing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sitat.api import create_app
from sitat.archive import open_store

QUOTE = "Vi har fått nok av ventetida, og nå krever vi at staten betaler for den nye brua over fjorden"


@pytest.fixture
def client(tmp_path, archive_article):
    store = open_store(f"sqlite:///{tmp_path / 'gjenbruk.db'}")
    store.add(*archive_article("ntb-1", [(QUOTE, "Liv Moe", "Liv Moe")], source="NTB", date="2024-05-02"))
    store.add(
        *archive_article(
            "ba-1",
            [(QUOTE + "!", "Liv Moe", "Moe")],
            source="<b>Avisa</b>",
            date="2024-05-03",
            lead="Brua skaper strid.",
        )
    )
    store.add(
        *archive_article(
            "ntb-2",
            [
                ("Vi må bygge tunnel i stedet for bru", "Tor Dahl", "Tor Dahl"),
                ("Det koster for mye å vente på staten", "Tor Dahl", "Dahl"),
            ],
            source="NTB",
            date="2024-05-04",
        )
    )
    store.group_printings()
    with TestClient(create_app(store, cache_seconds=0), raise_server_exceptions=False) as c:
        yield c
    store.close()


def _quotation_id(client, article_id: str) -> int:
    return client.get(f"/api/articles/{article_id}").json()["quotations"][0]["id"]


def test_a_quotation_lists_its_printings_earliest_first(client):
    later = _quotation_id(client, "ba-1")
    body = client.get(f"/api/quotations/{later}").json()
    assert [p["article"]["id"] for p in body["printings"]] == ["ntb-1", "ba-1"]
    alone = client.get(f"/api/quotations/{_quotation_id(client, 'ntb-2')}").json()
    assert len(alone["printings"]) == 1


def test_search_counts_printings_or_quotations(client):
    assert client.get("/api/search", params={"q": "staten"}).json()["total"] == 3
    once = client.get("/api/search", params={"q": "staten", "count": "quotations"}).json()
    assert once["total"] == 2
    assert sorted(h["quotation"]["article"]["id"] for h in once["hits"]) == ["ntb-1", "ntb-2"]
    bad = client.get("/api/search", params={"q": "staten", "count": "alle"})
    assert bad.status_code == 400
    assert "printings or quotations" in bad.text


def test_speakers_rank_by_either_count(client):
    by_printings = client.get("/api/speakers").json()
    assert [(s["name"], s["quotations"], s["distinct_quotations"]) for s in by_printings] == [
        ("Liv Moe", 2, 1),
        ("Tor Dahl", 2, 2),
    ]  # a tie in printings: by name
    by_quotations = client.get("/api/speakers", params={"count": "quotations"}).json()
    assert [(s["name"], s["distinct_quotations"]) for s in by_quotations] == [("Tor Dahl", 2), ("Liv Moe", 1)]


def test_the_quotation_page_shows_where_else_it_appeared_escaped(client):
    page = client.get(f"/quotations/{_quotation_id(client, 'ntb-1')}")
    assert page.status_code == 200
    assert "Også trykt i" in page.text
    assert "&lt;b&gt;Avisa&lt;/b&gt;" in page.text
    assert "<b>Avisa</b>" not in page.text
    single = client.get(f"/quotations/{_quotation_id(client, 'ntb-2')}")
    assert "Også trykt i" not in single.text


def test_an_article_lists_the_copies_of_its_story(tmp_path, archive_article):
    body = [
        ("Vi har fått nok av ventetida, og nå krever vi at staten betaler for brua", "Liv Moe", "Liv Moe"),
        ("Fergene er gamle og går for sjelden, og pendlerne kommer for sent hver uke", "Liv Moe", "Moe"),
        ("Vi skal ta saken opp med samferdselsministeren allerede neste uke", "Liv Moe", "hun"),
    ]
    store = open_store(f"sqlite:///{tmp_path / 'kopier.db'}")
    store.add(*archive_article("ntb-9", body, source="NTB", date="2024-06-01"))
    store.add(*archive_article("gd-9", body, source="Grenda", date="2024-06-02", lead="Oppdatert."))
    store.add(*archive_article("ntb-10", body[:1], source="NTB", date="2024-06-03"))
    store.group_printings()
    with TestClient(create_app(store, cache_seconds=0), raise_server_exceptions=False) as c:
        copies = c.get("/api/articles/gd-9").json()["copies"]
        assert [(a["id"], a["source"]) for a in copies] == [("ntb-9", "NTB"), ("gd-9", "Grenda")]
        assert [a["id"] for a in c.get("/api/articles/ntb-10").json()["copies"]] == ["ntb-10"]
        page = c.get("/articles/ntb-9").text
        assert "Samme sak i" in page and "/articles/gd-9" in page
        assert "Samme sak i" not in c.get("/articles/ntb-10").text
    store.close()
