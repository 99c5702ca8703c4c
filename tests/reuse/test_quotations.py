"""Grouping printings of one quotation: edits outlets make must not split it, other quotes must not join."""

from __future__ import annotations

import pytest

from sitat.records import Article, ArticleQuotations, Quotation
from sitat.reuse import GroupingSettings, Printing, group_quotations
from sitat.reuse.text import same_speaker, speaker_key, words

ORIGINAL = (
    "Vi har brukt hele høsten på å forberede oss, og nå er mannskapene klare til å rykke ut "
    "dersom flommen når Lillestrøm i løpet av natta"
)


@pytest.mark.parametrize(
    "printed",
    [
        pytest.param(ORIGINAL, id="unchanged"),
        pytest.param(ORIGINAL.upper(), id="upper-case headline"),
        pytest.param(
            "«Vi har brukt hele høsten på å forberede oss. Nå er mannskapene klare til å rykke ut, "
            "dersom flommen når Lillestrøm i løpet av natta!»",
            id="re-punctuated",
        ),
        pytest.param(
            "Vi har brukt hele høsten på å forberede oss, og nå er mannskapene klare til å rykke ut",
            id="trimmed end",
        ),
        pytest.param(
            "nå er mannskapene klare til å rykke ut dersom flommen når Lillestrøm i løpet av natta",
            id="trimmed start",
        ),
        pytest.param(ORIGINAL.replace("høsten", "sommeren"), id="a word changed"),
        pytest.param(ORIGINAL.replace("natta", "natten"), id="spelling variant"),
    ],
)
def test_printings_of_one_quotation_group_together(printed: str) -> None:
    groups = group_quotations(
        [
            Printing("ntb", ORIGINAL, "Ola Berg", source="NTB", date="2025-10-03"),
            Printing("rb", printed, "Berg", source="Romerikes Blad", date="2025-10-04"),
        ]
    )
    assert [g.keys for g in groups] == [["ntb", "rb"]]
    assert groups[0].outlets == ["NTB", "Romerikes Blad"]


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            "Vi har ikke fått noen melding om skader på bygninger i sentrum, men vi følger med gjennom natta",
            id="same topic, other words",
        ),
        pytest.param(
            "Det er for tidlig å si hvor mye regn som kommer, men vi har brukt mye tid på planlegging",
            id="shares a few words",
        ),
        pytest.param("Vi er klare", id="short generic phrase"),
    ],
)
def test_other_quotations_by_the_same_speaker_stay_apart(other: str) -> None:
    groups = group_quotations([Printing(1, ORIGINAL, "Ola Berg"), Printing(2, other, "Ola Berg")])
    assert sorted(len(g) for g in groups) == [1, 1]


def test_same_words_from_different_speakers_are_different_quotations() -> None:
    groups = group_quotations([Printing(1, ORIGINAL, "Ola Berg"), Printing(2, ORIGINAL, "Kari Lund")])
    assert len(groups) == 2


def test_an_unresolved_speaker_does_not_split_a_printing() -> None:
    groups = group_quotations([Printing(1, ORIGINAL, "Ola Berg"), Printing(2, ORIGINAL, None)])
    assert [g.keys for g in groups] == [[1, 2]]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Jens Stoltenberg", "Stoltenberg", True),
        ("stoltenberg", "Jens Stoltenberg", True),
        ("Jens Stoltenberg", "Jens", False),
        ("Erna Solberg", "Jens Stoltenberg", False),
        ("Helse- og omsorgsdepartementet", "helse- og omsorgsdepartementet", True),
    ],
)
def test_speaker_agreement_follows_the_spec(a: str, b: str, same: bool) -> None:
    assert same_speaker(speaker_key(a), speaker_key(b)) is same


def test_first_printing_is_the_earliest_and_undated_ones_come_last() -> None:
    groups = group_quotations(
        [
            Printing("c", ORIGINAL, source="Agderposten", date=None),
            Printing("b", ORIGINAL, source="Dagbladet", date="2025-10-05"),
            Printing("a", ORIGINAL, source="NTB", date="2025-10-03T08:15:00"),
            Printing("d", ORIGINAL, source="Dagbladet", date="2025-10-06"),
        ]
    )
    (group,) = groups
    assert group.first.key == "a"
    assert group.keys == ["a", "b", "d", "c"]
    assert group.outlets == ["NTB", "Dagbladet", "Agderposten"]
    assert group.to_dict()["first"]["source"] == "NTB"


def test_extraction_output_is_grouped_by_article_and_index_and_skips_reporter_questions() -> None:
    def article(aid: str, source: str, date: str, quote: str) -> ArticleQuotations:
        text = f"– {quote}, sier Berg.\n\n– Hva skjer nå?"
        quotes = [
            Quotation(2, 2 + len(quote), "direct", text=quote, speaker="Ola Berg"),
            Quotation(text.index("Hva"), len(text) - 1, "direct", text="Hva skjer nå", reporter=True),
        ]
        return ArticleQuotations(aid, quotes, Article(aid, text, source=source, date=date))

    groups = group_quotations(
        [article("x1", "NTB", "2025-10-03", ORIGINAL), article("x2", "VG", "2025-10-02", ORIGINAL)],
        singletons=False,
    )
    assert [g.keys for g in groups] == [[("x2", 0), ("x1", 0)]]
    assert groups[0].first.article_id == "x2"


def test_singletons_can_be_left_out() -> None:
    items = [
        Printing(1, ORIGINAL, "Ola Berg"),
        Printing(2, ORIGINAL, "Ola Berg"),
        Printing(3, "Noe helt annet"),
    ]
    assert [g.keys for g in group_quotations(items, singletons=False)] == [[1, 2]]
    assert len(group_quotations(items)) == 2


def test_speaker_check_can_be_turned_off() -> None:
    items = [Printing(1, ORIGINAL, "Ola Berg"), Printing(2, ORIGINAL, "Kari Lund")]
    assert len(group_quotations(items, GroupingSettings(check_speaker=False))) == 1


def test_words_fold_case_and_drop_punctuation_but_keep_norwegian_letters() -> None:
    assert words("– Æ ser «ØYA» nå, sa hun.") == ["æ", "ser", "øya", "nå", "sa", "hun"]
    assert words("Nord-Norge får 2,5 millioner") == ["nord-norge", "får", "2", "5", "millioner"]
