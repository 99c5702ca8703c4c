"""sitat's news tokenizer cuts Bokmål news the way the treebank the model learnt from does."""

from __future__ import annotations

import pytest

from sitat.nlp.tokenizer import abbreviations, blank


@pytest.fixture(scope="module")
def tokenize():
    nlp = blank()
    return lambda text: [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("– Vi er klare, sier Åse.", ["–", "Vi", "er", "klare", ",", "sier", "Åse", "."]),
        ("—Nei, svarer han.", ["—", "Nei", ",", "svarer", "han", "."]),
        ("-Aldri, sier hun.", ["-", "Aldri", ",", "sier", "hun", "."]),
        ("«Det går bra», påpeker Jørgen.", ["«", "Det", "går", "bra", "»", ",", "påpeker", "Jørgen", "."]),
        ("Han møtte bl.a. Frp-lederen.", ["Han", "møtte", "bl.a.", "Frp-lederen", "."]),
        ("Det kom ca. 40 personer.", ["Det", "kom", "ca.", "40", "personer", "."]),
        ("Ca. halvparten svarte ja.", ["Ca.", "halvparten", "svarte", "ja", "."]),
        ("Hun gikk fra Fr.p. til Ap.", ["Hun", "gikk", "fra", "Fr.p.", "til", "Ap."]),
        ("Partiet fikk 62,8 prosent.", ["Partiet", "fikk", "62,8", "prosent", "."]),
        ("Det kostet 33 000 kroner.", ["Det", "kostet", "33", "000", "kroner", "."]),
        ("Kampen endte 5-5 på Ullevål.", ["Kampen", "endte", "5-5", "på", "Ullevål", "."]),
        ("Loven kom i 2004.", ["Loven", "kom", "i", "2004", "."]),
        ("Møtet er 17. mai.", ["Møtet", "er", "17.", "mai", "."]),
        ("Han tjente 1200.", ["Han", "tjente", "1200", "."]),
    ],
)
def test_news_text_is_cut_like_the_treebank(tokenize, text, expected):
    assert tokenize(text) == expected


@pytest.mark.parametrize("abbreviation", ["bl.a.", "f.eks.", "pst.", "mrd.", "Fr.p."])
def test_every_listed_abbreviation_stays_whole_mid_sentence(tokenize, abbreviation):
    assert abbreviation in abbreviations()
    assert tokenize(f"Det gjelder {abbreviation} ikke alle.")[2] == abbreviation


def test_lowercase_abbreviations_also_stay_whole_title_cased(tokenize):
    assert "F.eks." in abbreviations()
    assert tokenize("F.eks. i Bergen.")[0] == "F.eks."


def test_text_round_trips(tokenize):
    nlp = blank()
    text = "– Vi må  være ærlige, sier hun.\n\n«Nei!» roper  Ola (32)."
    assert nlp(text).text == text
