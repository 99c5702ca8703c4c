"""Republished wire copy groups with its original; other stories on the same topic do not."""

from __future__ import annotations

import pytest

from sitat.records import Article
from sitat.reuse import group_articles

WIRE = "\n\n".join(
    [
        "Regjeringen foreslår å bruke 400 millioner kroner ekstra på beredskap langs kysten neste år.",
        "– Vi ser at været blir villere, og da må vi være bedre forberedt, sier fiskeriminister "
        "Anne Holm til NTB.",
        "Pengene skal blant annet gå til nye slepebåter i Nord-Norge og flere øvelser for redningstjenesten.",
        "Ifølge Holm vil de første båtene være på plass før vinteren.",
        "Opposisjonen mener forslaget kommer for sent og at kommunene må få mer ansvar.",
    ]
)


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param(WIRE, id="unchanged"),
        pytest.param("Kystberedskap får mer penger\n\n" + WIRE, id="new title on top"),
        pytest.param(WIRE.rsplit("\n\n", 1)[0], id="last paragraph cut"),
        pytest.param(WIRE.replace("400 millioner kroner", "400 mill. kr"), id="editor shortened a figure"),
    ],
)
def test_republished_wire_copy_groups_with_the_original(copy: str) -> None:
    groups = group_articles(
        [
            Article("ntb-1", WIRE, source="NTB", date="2025-09-01"),
            Article("avis-1", copy, source="Fremover", date="2025-09-01T12:00"),
        ]
    )
    assert [g.ids for g in groups] == [["ntb-1", "avis-1"]]
    assert groups[0].outlets == ["NTB", "Fremover"]


def test_another_story_on_the_same_topic_stays_apart() -> None:
    other = "\n\n".join(
        [
            "Fiskeriminister Anne Holm varsler at beredskapen langs kysten skal gjennomgås på nytt.",
            "– Vi må lære av det som skjedde i vinter, sier Holm.",
            "Hun vil ikke si hvor mye penger regjeringen vil bruke, men lover svar før jul.",
            "Redningstjenesten har lenge bedt om flere slepebåter i nord.",
        ]
    )
    groups = group_articles([Article("ntb-1", WIRE, source="NTB"), Article("ntb-2", other, source="NTB")])
    assert len(groups) == 2


def test_the_earliest_copy_is_the_first_printing() -> None:
    groups = group_articles(
        [
            Article("b", WIRE, source="Fremover", date="2025-09-02"),
            Article("a", WIRE, source="NTB", date="2025-09-01"),
        ],
        singletons=False,
    )
    assert groups[0].first.id == "a"
    assert groups[0].to_dict()["copies"][1] == {"id": "b", "source": "Fremover", "date": "2025-09-02"}
