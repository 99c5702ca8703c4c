"""Person names made consistent within a document (sitat_person_consistency)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from sitat.nlp.entities import make_persons_consistent
from sitat.nlp.tokenizer import blank


@pytest.fixture(scope="module")
def nlp():
    return blank()


def annotate(nlp, text: str, spans: list[tuple[int, int, str]]):
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label) for start, end, label in spans]
    return [(e.text, e.label_) for e in make_persons_consistent(doc).ents]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a bare surname after the full name becomes a person
        (
            "– Vi tapte, sier Åse Lunde. Lunde er skuffet.",
            [(5, 7, "PER")],
            [("Åse Lunde", "PER"), ("Lunde", "PER")],
        ),
        # a surname taken for an organisation is relabelled, the genitive too
        (
            "Ola Brekke svarte. Brekke mener Brekkes forslag holder.",
            [(0, 2, "PER"), (4, 5, "ORG"), (6, 7, "ORG")],
            [("Ola Brekke", "PER"), ("Brekke", "PER"), ("Brekkes", "PER")],
        ),
        # a name the document never gives in full is left alone
        ("Lunde svarte ikke.", [(0, 1, "GPE_LOC")], [("Lunde", "GPE_LOC")]),
        # a lower-case word that happens to spell the surname is not a name
        ("Per Bakken gikk. Bakken var glatt, men bakken tørket.", [(0, 2, "PER")],
         [("Per Bakken", "PER"), ("Bakken", "PER")]),
        # longer entities that contain the surname keep their own label
        ("Eva Moen startet Moen Transport AS.", [(0, 2, "PER"), (3, 6, "ORG")],
         [("Eva Moen", "PER"), ("Moen Transport AS", "ORG")]),
    ],
)
def test_surnames_follow_the_full_name(nlp, text, spans, expected):
    assert annotate(nlp, text, spans) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a full name that starts with a known first name is a person, whatever type the model gave
        ("Kari Nordvik svarte.", [(0, 2, "ORG")], [("Kari Nordvik", "PER")]),
        # ... and its surname follows it
        (
            "Ola Strand svarte. Strand mente det.",
            [(0, 2, "PROD"), (4, 5, "ORG")],
            [("Ola Strand", "PER"), ("Strand", "PER")],
        ),
        # places named after a person keep the model's place type
        ("De reiste til Kari Nordvik.", [(3, 5, "GPE_LOC")], [("Kari Nordvik", "GPE_LOC")]),
        # a firm bearing a person's name stays an organisation
        ("Ola Strand AS vokser.", [(0, 3, "ORG")], [("Ola Strand AS", "ORG")]),
        # one word only: no first-name rule
        ("Kari svarte.", [(0, 1, "ORG")], [("Kari", "ORG")]),
        # a known place taken for a person is a place, in the genitive too
        (
            "Sverige svarte. Sveriges svar kom.",
            [(0, 1, "PER"), (3, 4, "PER")],
            [("Sverige", "GPE_LOC"), ("Sveriges", "GPE_LOC")],
        ),
    ],
)
def test_name_lists_correct_the_type(nlp, text, spans, expected):
    assert annotate(nlp, text, spans) == expected


def test_the_component_is_registered_for_the_model_config(nlp):
    pipe = blank()
    pipe.add_pipe("sitat_person_consistency")
    assert pipe.pipe_names == ["sitat_person_consistency"]
