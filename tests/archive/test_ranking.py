"""BM25 over a window of matches (``sitat.archive.ranking``) and the search totals it leads to."""

from __future__ import annotations

import pytest

from sitat.archive import open_store
from sitat.archive import sql as archive_sql
from sitat.archive.ranking import TermStats, bm25, query_units, term_frequency
from sitat.archive.text import parse_query, stems


def _rows(*texts: str) -> list[tuple[int, str]]:
    return [(i + 1, stems(t)) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("query", "units"),
    [
        ("forsvarsutgiftene", ["forsvarsutgift"]),
        ('skatt "høyere lønn"', ["skatt", "høyer lønn"]),
        ("skatt skatten", ["skatt"]),  # one stem counted once
    ],
)
def test_query_units_are_stems_and_stemmed_phrases(query, units):
    assert query_units(parse_query(query)) == units


def test_term_frequency_counts_whole_stems_and_phrases_only():
    padded = f" {stems('Skatten må ned, skatt er skatt, sier skatteministeren')} "
    assert term_frequency(padded, "skatt") == 3
    assert term_frequency(padded, "skatt er") == 1
    assert term_frequency(padded, "skatteminister") == 1


def test_more_occurrences_and_shorter_quotations_rank_higher():
    rows = _rows(
        "Skatten er for høy i år, og det merker folk over hele landet hver eneste dag",
        "Skatten må ned",
        "Skatten må ned, skatten er for høy",
    )
    order = [row_id for row_id, _ in bm25(rows, ["skatt"], {"skatt": 3}, 1000, 8.0)]
    assert order == [3, 2, 1]


def test_the_rarer_word_weighs_more():
    rows = _rows("Bompengene er for høye", "Skatten er for høy")
    ranked = bm25(rows, ["bompeng", "skatt"], {"bompeng": 5, "skatt": 500}, 1000, 4.0)
    assert ranked[0][0] == 1 and ranked[0][1] > ranked[1][1] > 0


def test_equal_scores_put_the_newest_first():
    rows = _rows("Skatten må ned", "Skatten må ned")
    assert [r for r, _ in bm25(rows, ["skatt"], {"skatt": 2}, 10, 3.0)] == [2, 1]


def test_term_stats_count_once_and_again_when_the_archive_has_grown():
    stats = TermStats()
    calls: list[str] = []

    def count(unit: str) -> int:
        calls.append(unit)
        return 7

    assert stats.doc_freq(["skatt"], 1000, count) == {"skatt": 7}
    assert stats.doc_freq(["skatt"], 1020, count) == {"skatt": 7}
    assert calls == ["skatt"]  # 2 % more quotations: the kept figure is good enough for IDF
    stats.doc_freq(["skatt"], 1200, count)
    assert calls == ["skatt", "skatt"]
    stats.forget()
    stats.doc_freq(["skatt"], 1200, count)
    assert len(calls) == 3


def test_more_matches_than_the_window_give_an_estimated_total(tmp_path, archive_article, monkeypatch):
    """Past the ranking window the total is estimated from how far back the window reaches; below it,
    it is exact. The estimate must land near the true count when matches are spread evenly."""
    monkeypatch.setattr(archive_sql, "RANK_WINDOW", 10)
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        for i in range(40):
            quote = f"Skatten må ned med {i} prosent" if i % 2 == 0 else f"Bompengene må bort innen {i} dager"
            store.add(*archive_article(f"a{i}", [(quote, "Kari Nordmann", "Kari Nordmann")]))
        store.add(*archive_article("b", [("Avgiften på sukker må bort", "Ola Hansen", "Ola Hansen")]))

        rare = store.search("sukker")
        assert (rare.total, rare.total_exact) == (1, True)

        common = store.search("skatten", limit=5)
        assert common.total_exact is False
        assert 16 <= common.total <= 24  # 20 stored
        assert len(common.hits) == 5
        assert common.to_dict()["total_exact"] is False

        by_speaker = store.search("bort", speaker="Kari Nordmann")
        assert by_speaker.total_exact is False and 16 <= by_speaker.total <= 24


def test_a_search_after_new_quotations_ranks_with_them(tmp_path, archive_article):
    """The same store's writes reach its next ranking at once (its kept statistics are dropped)."""
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        store.add(*archive_article("a", [("Skatten må ned", "Kari Nordmann", "Kari Nordmann")]))
        assert store.search("skatt bompenger").total == 0
        store.add(*archive_article("b", [("Skatten og bompengene må ned", "Ola Hansen", "Ola Hansen")]))
        result = store.search("skatt bompenger")
        assert result.total == 1 and result.hits[0].score > 0
