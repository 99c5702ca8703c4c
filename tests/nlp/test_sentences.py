"""A paragraph break ends a sentence (sitat_paragraph_breaks), before the parser decides the rest."""

from __future__ import annotations

import pytest

from sitat.nlp.sentences import mark_paragraph_breaks
from sitat.nlp.tokenizer import blank


@pytest.fixture(scope="module")
def nlp():
    return blank()


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Skatten skal ned\n\nFinansministeren er fornøyd.", ["Finansministeren"]),
        ("Ny rekord for Åse\n– Jeg er stolt, sier hun.", ["–"]),
        ("Første linje\n\n\nTredje linje", ["Tredje"]),
        ("Ingen linjeskift her. Bare punktum.", []),
    ],
)
def test_the_word_after_a_line_break_starts_a_sentence(nlp, text, starts):
    doc = mark_paragraph_breaks(nlp.make_doc(text))
    assert [t.text for t in doc[1:] if t.is_sent_start] == starts


def test_the_shipped_model_keeps_a_headline_apart(nlp):
    import sitat.nlp

    if not sitat.nlp.model_available():
        pytest.skip("the Bokmål model is not built")
    model = sitat.nlp.load_model()
    assert "sitat_paragraph_breaks" in model.pipe_names
    doc = model("Regjeringen vil kutte skatten\n\nFinansministeren la fram budsjettet i dag.")
    assert [s.text.strip() for s in doc.sents] == [
        "Regjeringen vil kutte skatten",
        "Finansministeren la fram budsjettet i dag.",
    ]
