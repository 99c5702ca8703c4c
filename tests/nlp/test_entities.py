"""Person names made consistent within a document (sitat_person_consistency)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from sitat.nlp.entities import make_persons_consistent
from sitat.nlp.tokenizer import blank


@pytest.fixture(scope="module")
def nlp():
    return blank()


def annotate(nlp, text: str, spans: list[tuple[int, int, str]], pos: dict[int, str] | None = None):
    """Entities after the component, on a document with the given entities and part-of-speech tags
    (token index → UPOS; tokens not given stay untagged, as outside extraction's parse gate)."""
    doc = nlp.make_doc(text)
    for i, tag in (pos or {}).items():
        doc[i].pos_ = tag
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
        (
            "Per Bakken gikk. Bakken var glatt, men bakken tørket.",
            [(0, 2, "PER")],
            [("Per Bakken", "PER"), ("Bakken", "PER")],
        ),
        # longer entities that contain the surname keep their own label
        (
            "Eva Moen startet Moen Transport AS.",
            [(0, 2, "PER"), (3, 6, "ORG")],
            [("Eva Moen", "PER"), ("Moen Transport AS", "ORG")],
        ),
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


@pytest.mark.parametrize(
    ("text", "spans", "pos", "expected"),
    [
        # a surname formed from a first name, taken for an organisation, is a person
        ("Det mente Jakobsen.", [(2, 3, "ORG")], {2: "PROPN"}, [("Jakobsen", "PER")]),
        ("Karlssons plan falt.", [(0, 1, "PROD")], {0: "PROPN"}, [("Karlssons", "PER")]),
        # a definite noun ends the same way, but its stem is no first name
        ("Det vedtok Kongressen.", [(2, 3, "ORG")], {2: "PROPN"}, [("Kongressen", "ORG")]),
        ("Hun vant Brageprisen.", [(2, 3, "PROD")], {2: "PROPN"}, [("Brageprisen", "PROD")]),
        # a listed surname alone is a person; one that also names a place is left to the model
        ("Det mente Brekke.", [(2, 3, "ORG")], {}, [("Brekke", "PER")]),
        ("De spilte mot Grimstad.", [(3, 4, "ORG")], {}, [("Grimstad", "ORG")]),
    ],
)
def test_lone_surnames_taken_for_organisations(nlp, text, spans, pos, expected):
    assert annotate(nlp, text, spans, pos) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # an outlet, a party or a club taken for a person, in the genitive too
        ("Det skrev Dagbladet.", [(2, 3, "PER")], [("Dagbladet", "ORG")]),
        ("Adresseavisens leder svarte.", [(0, 1, "PER")], [("Adresseavisens", "ORG")]),
        ("Han spiller for Manchester United.", [(3, 5, "PER")], [("Manchester United", "ORG")]),
        # a name ending in a word that marks an organisation
        ("Nordfjord Energi svarte.", [(0, 2, "PER")], [("Nordfjord Energi", "ORG")]),
        # a country taken for a person is a place ...
        ("Albania svarte ikke.", [(0, 1, "PER")], [("Albania", "GPE_LOC")]),
        # ... but not when the word also is a listed surname, a person's surname in the article, or
        # the one who speaks
        ("Grimstad svarte ikke.", [(0, 1, "PER")], [("Grimstad", "PER")]),
        (
            "Eva Strømmen kom. Strømmen svarte.",
            [(0, 2, "PER"), (4, 5, "PER")],
            [("Eva Strømmen", "PER"), ("Strømmen", "PER")],
        ),
        ("– Nei, sier Moss.", [(4, 5, "PER")], [("Moss", "PER")]),
    ],
)
def test_listed_organisations_and_places_are_not_persons(nlp, text, spans, expected):
    assert annotate(nlp, text, spans) == expected


@pytest.mark.parametrize(
    ("text", "spans", "pos", "expected"),
    [
        # an adjective or a title the recogniser took into the name
        (
            "Kreftsyke Hanna Lie kom hjem.",
            [(0, 3, "PER")],
            {0: "ADJ", 1: "PROPN", 2: "PROPN"},
            [("Hanna Lie", "PER")],
        ),
        (
            "Journalist Per Moe svarte.",
            [(0, 3, "PER")],
            {0: "NOUN", 1: "PROPN", 2: "PROPN"},
            [("Per Moe", "PER")],
        ),
        ("Søvnløse Dahl vant.", [(0, 2, "PER")], {0: "ADJ", 1: "PROPN"}, [("Dahl", "PER")]),
        # everything up to the last lower-case title or noun inside the span
        (
            "Kroatias ambassadør Ana Horvat talte.",
            [(0, 4, "PER")],
            {0: "PROPN", 1: "NOUN", 2: "PROPN", 3: "PROPN"},
            [("Ana Horvat", "PER")],
        ),
        # name particles and prepositions inside names stay
        (
            "Ursula von der Leyen talte.",
            [(0, 4, "PER")],
            {0: "PROPN", 1: "ADP", 2: "ADP", 3: "PROPN"},
            [("Ursula von der Leyen", "PER")],
        ),
        (
            "Grace av Monaco kom.",
            [(0, 3, "PER")],
            {0: "PROPN", 1: "ADP", 2: "PROPN"},
            [("Grace av Monaco", "PER")],
        ),
        # a foreign first name the lists do not know, tagged as a noun, is kept
        ("Victor Klemperer skrev.", [(0, 2, "PER")], {0: "NOUN", 1: "PROPN"}, [("Victor Klemperer", "PER")]),
        # an initial alone is no name: the span stays as found
        ("Dr. M. svarte.", [(0, 2, "PER")], {0: "NOUN", 1: "PROPN"}, [("Dr. M.", "PER")]),
        # a listed first name left before a person that starts with one: a double first name
        ("Hans Olav Berg kom.", [(1, 3, "PER")], {1: "PROPN", 2: "PROPN"}, [("Hans Olav Berg", "PER")]),
        # untagged words (outside extraction's parse gate) are never trimmed
        ("Kreftsyke Hanna Lie kom hjem.", [(0, 3, "PER")], {}, [("Kreftsyke Hanna Lie", "PER")]),
    ],
)
def test_words_before_the_name_are_trimmed(nlp, text, spans, pos, expected):
    assert annotate(nlp, text, spans, pos) == expected


@pytest.mark.parametrize(
    ("text", "spans", "pos", "expected"),
    [
        # the first name of a person named in full, alone later
        (
            "Ingrid Kvamme kom. Ingrid smilte.",
            [(0, 2, "PER")],
            {},
            [("Ingrid Kvamme", "PER"), ("Ingrid", "PER")],
        ),
        # a listed first name the recogniser missed, tagged as a proper noun
        ("Agnes er enig.", [], {0: "PROPN"}, [("Agnes", "PER")]),
        # not when it is a common word ("stein") or the start of a longer name
        ("Stein for stein.", [], {0: "NOUN"}, []),
        ("Agnes Moe er enig.", [], {0: "PROPN", 1: "PROPN"}, []),
    ],
)
def test_first_names_alone(nlp, text, spans, pos, expected):
    assert annotate(nlp, text, spans, pos) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # both words of a full name the recogniser missed the second time are one person, not two
        (
            "Faren, Tormod Vassli, kom inn. Senere sier Tormod Vassli at han er stolt.",
            [(2, 4, "PER")],
            [("Tormod Vassli", "PER"), ("Tormod Vassli", "PER")],
        ),
        # so is a listed first name before a surname the recogniser did tag
        (
            "Tormod Vassli kom inn. Senere sier Tormod Vassli at han er stolt.",
            [(0, 2, "PER"), (8, 9, "PER")],
            [("Tormod Vassli", "PER"), ("Tormod Vassli", "PER")],
        ),
    ],
)
def test_a_first_name_joins_the_surname_after_it(nlp, text, spans, expected):
    assert annotate(nlp, text, spans) == expected


def test_the_component_is_registered_for_the_model_config(nlp):
    pipe = blank()
    pipe.add_pipe("sitat_person_consistency")
    assert pipe.pipe_names == ["sitat_person_consistency"]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a place with the word for its municipality, whatever the recogniser called the place
        ("Stange kommune svarte.", [(0, 1, "PER")], [("Stange kommune", "GPE_ORG")]),
        ("Saken kom opp i Ringsaker tingrett.", [(4, 5, "GPE_LOC")], [("Ringsaker tingrett", "ORG")]),
        # the place alone stays a place
        ("Hun flyttet til Stange i fjor.", [(3, 4, "GPE_LOC")], [("Stange", "GPE_LOC")]),
        # "en kommune" after a place in a list is no name
        ("Hamar er en kommune.", [(0, 1, "GPE_LOC")], [("Hamar", "GPE_LOC")]),
        # a place the recogniser missed, inside the sentence; not a capitalised determiner opening it
        ("Saken gjelder Vestby kommune.", [], [("Vestby kommune", "GPE_ORG")]),
        ("Hver kommune må svare.", [], []),
    ],
)
def test_a_place_with_the_word_for_its_public_body_is_an_organisation(nlp, text, spans, expected):
    assert annotate(nlp, text, spans) == expected


def test_a_word_called_a_place_and_a_person_in_one_article_is_the_place(nlp):
    text = "Ordfører Kari Moe i Vassbygd sier at skolen i Indre Vassbygd ble lagt ned."
    doc = nlp.make_doc(text)
    assert [t.text for t in doc][:5] == ["Ordfører", "Kari", "Moe", "i", "Vassbygd"]
    found = annotate(nlp, text, [(1, 3, "PER"), (4, 5, "GPE_LOC"), (9, 10, "GPE_LOC"), (10, 11, "PER")])
    assert found == [
        ("Kari Moe", "PER"),
        ("Vassbygd", "GPE_LOC"),
        ("Indre", "GPE_LOC"),
        ("Vassbygd", "GPE_LOC"),
    ]


def test_a_listed_place_after_i_is_where_not_who(nlp):
    text = "Trebarnsmoren Silje Rønneberg i Sandnes ble redd."
    assert [t.text for t in nlp.make_doc(text)][:5] == ["Trebarnsmoren", "Silje", "Rønneberg", "i", "Sandnes"]
    found = annotate(nlp, text, [(1, 3, "PER"), (4, 5, "PER")])
    assert found == [("Silje Rønneberg", "PER"), ("Sandnes", "GPE_LOC")]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a title and a person's name that the recogniser took for one organisation
        ("Næringsminister Torbjørn Valle svarte.", [(0, 3, "ORG")], [("Torbjørn Valle", "PER")]),
        # an organisation that opens with a title word but holds no first name stays one
        ("Statsminister Kontoret svarte.", [(0, 2, "ORG")], [("Statsminister Kontoret", "ORG")]),
    ],
)
def test_a_title_before_a_first_name_is_no_part_of_an_organisation(nlp, text, spans, expected):
    assert annotate(nlp, text, spans) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a short name after an organisation's word, and a company form after its name
        ("Jordmorforbundet NSF har advart.", [(1, 2, "ORG")], [("Jordmorforbundet NSF", "ORG")]),
        ("Aksjen i Equinor ASA steg.", [(2, 3, "ORG")], [("Equinor ASA", "ORG")]),
        # a short name alone stays alone
        ("I går sa DNB at det går bra.", [(3, 4, "ORG")], [("DNB", "ORG")]),
    ],
)
def test_an_organisations_short_name_or_company_form_beside_it_is_part_of_its_name(
    nlp, text, spans, expected
):
    assert annotate(nlp, text, spans) == expected


@pytest.mark.parametrize(
    ("text", "spans", "pos", "expected"),
    [
        # a name run on over an auxiliary into the subject after it ends before the verb
        (
            "Ifølge Vålerenga må Haugsdal stå over kampen.",
            [(1, 4, "ORG")],
            {2: "VERB"},
            [("Vålerenga", "ORG")],
        ),
        # a lower-case word inside a name that is no verb stays in it
        (
            "Ifølge Statistisk sentralbyrå steg prisene.",
            [(1, 3, "ORG")],
            {2: "NOUN"},
            [("Statistisk sentralbyrå", "ORG")],
        ),
    ],
)
def test_a_name_ends_before_an_auxiliary_verb_inside_it(nlp, text, spans, pos, expected):
    assert annotate(nlp, text, spans, pos) == expected


@pytest.mark.parametrize(
    ("text", "spans", "pos", "expected"),
    [
        # a foreign name split at its particles is one person
        (
            "Presidenten Luiz Inácio Lula da Silva kom.",
            [(1, 4, "PER"), (5, 6, "PER")],
            {0: "NOUN"},
            [("Luiz Inácio Lula da Silva", "PER")],
        ),
        (
            "Også Ursula von der Leyen kom.",
            [(1, 3, "PER"), (4, 5, "PER")],
            {},
            [("Ursula von der Leyen", "PER")],
        ),
        # after a verb, "da" may open a clause of when between two people
        (
            "– Nei, sa Kari Hansen da Per Olsen kom.",
            [(4, 6, "PER"), (7, 9, "PER")],
            {3: "VERB"},
            [("Kari Hansen", "PER"), ("Per Olsen", "PER")],
        ),
    ],
)
def test_a_name_split_at_a_particle_is_one_person(nlp, text, spans, pos, expected):
    assert annotate(nlp, text, spans, pos) == expected


def test_an_untagged_surname_after_a_tagged_first_name_joins_it(nlp):
    doc_ents = annotate(
        nlp,
        "SV-leder Anders Fjellvang talte lenge.",
        [(1, 2, "PER")],
        {0: "NOUN", 1: "PROPN", 2: "PROPN", 3: "VERB"},
    )
    assert doc_ents == [("Anders Fjellvang", "PER")]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a name in commas after a word for a firm or a publisher is that firm
        ("Forlaget, Tiden, beskriver boka.", [(2, 3, "PER")], [("Tiden", "ORG")]),
        # not a person in commas after a title for a body ("the spokesperson for …, Irina Volkova,")
        (
            "Talskvinnen for utenriksdepartementet, Irina Vasko, sa nei.",
            [(4, 6, "PER")],
            [("Irina Vasko", "PER")],
        ),
    ],
)
def test_a_name_in_apposition_to_a_word_for_a_firm(nlp, text, spans, expected):
    assert annotate(nlp, text, spans) == expected


def test_a_number_word_is_never_a_name(nlp):
    assert annotate(nlp, "Tolv år gamle Tiril går i sjette klasse.", [(0, 1, "PER"), (3, 4, "PER")]) == [
        ("Tiril", "PER")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # untagged (behind the gate), a listed first name inside its sentence is a person
        ("Elleve år gamle Tiril går i sjette klasse.", [("Tiril", "PER")]),
        # opening the sentence it may be a common word ("Liv" is also "life")
        ("Liv er viktigere enn penger.", []),
    ],
)
def test_an_untagged_first_name_inside_a_sentence_is_a_person(nlp, text, expected):
    assert annotate(nlp, text, []) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # untagged (behind the gate), two unlisted capitalised words before an age are a name
        ("Tariq Rashed (50) kjører bussen.", [], [("Tariq Rashed", "PER")]),
        # a function word opening the sentence is no part of it
        ("Da Tariq Rashed (50) kom hjem, var huset tomt.", [], [("Tariq Rashed", "PER")]),
        # a number in brackets that is no age, and a listed firm, name nobody
        ("Tariq Rashed (2025) kjører bussen.", [], []),
        ("Norsk Hydro (40) kutter.", [], []),
    ],
)
def test_capitalised_words_before_an_age_in_brackets_are_a_persons_name(nlp, text, spans, expected):
    assert annotate(nlp, text, spans) == expected


@pytest.mark.parametrize("place", ["Jernbanetorget", "Storgata", "Fiskebrygga"])
def test_a_lone_person_named_like_a_square_or_street_is_a_place(nlp, place):
    assert annotate(nlp, f"Bussen stopper ved {place} hver natt.", [(3, 4, "PER")]) == [(place, "GPE_LOC")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # untagged, a listed first name opening the sentence with a surname after it is a name
        ("Mona Isaksen kjørte like bak bilen.", [("Mona Isaksen", "PER")]),
        # a listed place after the first name is where, not part of the name
        ("Mona Oslo kjørte like bak bilen.", []),
        # a function word after it leaves it a possible common word
        ("Liv Er viktigere enn penger.", []),
    ],
)
def test_an_untagged_first_name_and_the_surname_after_it_are_a_name(nlp, text, expected):
    assert annotate(nlp, text, []) == expected


@pytest.mark.parametrize("label", ["PER", "ORG"])
def test_a_partys_genitive_before_a_name_is_no_part_of_it(nlp, label):
    doc_ents = annotate(
        nlp,
        "Senterpartiets Ola Tvedten mener det motsatte.",
        [(0, 3, label)],
        {0: "PROPN", 1: "PROPN", 2: "PROPN", 3: "VERB"},
    )
    assert doc_ents == [("Ola Tvedten", "PER")]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a name after a person's title in lower case, taken for an organisation, is the person's
        ("Finlands utenriksminister Aino Virtanen svarte.", [(2, 4, "ORG")], [("Aino Virtanen", "PER")]),
        # a body's name after a title stays the body's (a listed organisation, an organisation ending)
        ("Han er styreleder Norsk Hydro nå.", [(3, 5, "ORG")], [("Norsk Hydro", "ORG")]),
        ("Han er styreleder Vestland Energi nå.", [(3, 5, "ORG")], [("Vestland Energi", "ORG")]),
    ],
)
def test_a_name_after_a_persons_title_is_a_person_whatever_the_recogniser_said(nlp, text, spans, expected):
    assert annotate(nlp, text, spans) == expected
