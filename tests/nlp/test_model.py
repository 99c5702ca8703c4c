"""The shipped Bokmål model loads from the package, offline, and annotates a typical news sentence."""

from __future__ import annotations

import socket

import pytest

import sitat.nlp
from sitat.errors import ModelError

pytestmark = pytest.mark.model

NORNE_TYPES = {"PER", "ORG", "LOC", "GPE_LOC", "GPE_ORG", "PROD", "EVT", "DRV"}


@pytest.fixture(scope="module")
def model(monkeypatch_module):
    if not sitat.nlp.model_available():
        pytest.skip("the Bokmål model is not built (python -m training.build)")
    return sitat.nlp.load_model()


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module")
def news(model):
    return model(
        "– Vi kommer ikke til å gi oss, sier statsminister Ingrid Bakken til NTB fredag. "
        "Hun møtte Høyre-lederen i Tromsø i går."
    )


def test_model_loads_without_network(monkeypatch):
    if not sitat.nlp.model_available():
        pytest.skip("the Bokmål model is not built")

    def refuse(*args, **kwargs):
        raise AssertionError("the model tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    nlp = sitat.nlp.load_model()
    assert nlp.lang == "nb"
    assert {"tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"} <= set(nlp.pipe_names)


def test_model_is_shipped_as_package_data():
    if not sitat.nlp.model_available():
        pytest.skip("the Bokmål model is not built")
    files = [p for p in sitat.nlp.MODEL_DIR.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) <= 30 * 1024 * 1024


def test_entity_labels_are_norne_types(model):
    assert set(model.get_pipe("ner").labels) == NORNE_TYPES


def test_the_speaker_is_a_person(news):
    people = [e.text for e in news.ents if e.label_ == "PER"]
    assert "Ingrid Bakken" in people


def test_the_parse_gives_sentences_and_one_root_each(news):
    sentences = list(news.sents)
    assert len(sentences) == 2
    for sentence in sentences:
        assert [t.dep_ for t in sentence].count("ROOT") == 1


def test_the_cue_verb_has_its_lemma_and_universal_pos(news):
    sier = next(t for t in news if t.text == "sier")
    assert sier.lemma_ == "si"
    assert sier.pos_ == "VERB"
    assert sier.tag_ == "verb"
    assert "Tense=Pres" in str(sier.morph)


def test_the_dash_opens_the_first_sentence_as_punctuation(news):
    assert news[0].text == "–"
    assert news[0].pos_ == "PUNCT"


def test_a_missing_model_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="missing"):
        sitat.nlp.load_model(tmp_path)
