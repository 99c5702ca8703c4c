"""What one article tells about its speakers, and how gender is decided from it."""

from __future__ import annotations

from collections import Counter

import pytest

from sitat.archive.speakers import decide_gender, evidence, first_name_gender, kind_of
from sitat.records import Article, Quotation


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Jens Stoltenberg", "person"), ("Stoltenberg", "single"), ("NATO", "single"),
     ("Ursula von der Leyen", "person"), ("en talsperson for politiet", "other")],
)
def test_kind_of(name, kind):
    assert kind_of(name) == kind


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Kari Nordmann", "female"), ("Ola Nordmann", "male"), ("Anne-Lise Berg", "female"),
     ("Kim Larsen", None), ("Nordmann", None), ("politiet", None)],
)
def test_first_name_gender(name, gender):
    assert first_name_gender(name) == gender


@pytest.mark.parametrize(
    ("pronouns", "roles", "expected"),
    [
        ({"female": 2}, {}, ("female", "pronoun")),
        ({"female": 1, "male": 1}, {}, ("male", "first-name")),  # a tie says nothing; the name does
        ({"male": 3, "female": 1}, {}, ("male", "pronoun")),
        ({}, {"female": 1}, ("female", "role")),
    ],
)
def test_decide_gender_prefers_pronouns_then_roles_then_names(pronouns, roles, expected):
    assert decide_gender("Ola Nordmann", Counter(pronouns), Counter(roles)) == expected


def test_evidence_collects_aliases_roles_and_pronouns():
    text = ("Forsvarsminister Kari Nordmann åpnet møtet.\n\n– Vi må handle nå, sier Nordmann.\n\n"
            "– Det haster, sier hun.\n\n– Tiden er inne, sier statsråden.")
    quotes = [
        Quotation(start=0, end=1, type="direct", speaker="Kari Nordmann", speaker_mention=mention)
        for mention in ("Nordmann", "hun", "statsråden")
    ]
    ev = evidence(Article(id="a", text=text), quotes)["Kari Nordmann"]
    assert ev.aliases == Counter({"Nordmann": 1})
    assert ev.pronouns == Counter({"female": 1})
    assert ev.roles == Counter({"forsvarsminister": 1, "statsråd": 1})


@pytest.mark.parametrize(
    ("mention", "aliases", "roles"),
    [
        ("generalsekretæren", {}, {"generalsekretær": 1}),
        ("statsminister Nordmann", {"Nordmann": 1}, {"statsminister": 1}),
        ("Nordmann", {"Nordmann": 1}, {}),
        ("kvinna", {}, {}),
        ("Kari Nordmann", {}, {}),
    ],
)
def test_a_mention_gives_an_alias_a_role_or_nothing(mention, aliases, roles):
    quote = Quotation(start=0, end=1, type="direct", speaker="Kari Nordmann", speaker_mention=mention)
    ev = evidence(Article(id="a", text="Tekst uten navn."), [quote])["Kari Nordmann"]
    assert (dict(ev.aliases), dict(ev.roles)) == (aliases, roles)
