"""The NDT → Universal Dependencies mapping that gives the model's token.pos_ and token.morph."""

from __future__ import annotations

import pytest

from sitat.nlp import ndt


@pytest.mark.parametrize(
    ("ndt_pos", "feats", "form", "upos"),
    [
        ("subst", "appell|mask|ub|ent", "fylke", "NOUN"),
        ("subst", "prop", "Tromsø", "PROPN"),
        ("subst", "prop|gen", "Norges", "PROPN"),
        ("verb", "pres", "sier", "VERB"),
        ("adj", "nøyt|ub|ent|pos", "stort", "ADJ"),
        ("adv", "_", "ikke", "ADV"),
        ("prep", "_", "på", "ADP"),
        ("konj", "<ikke-clb>", "og", "CCONJ"),
        ("sbu", "_", "at", "SCONJ"),
        ("det", "kvant|fl", "40", "NUM"),
        ("det", "mask|ent|kvant", "en", "DET"),
        ("det", "dem|mask|ent", "den", "DET"),
        ("pron", "mask|ent|pers|hum|3|nom", "han", "PRON"),
        ("inf-merke", "_", "å", "PART"),
        ("interj", "_", "ja", "INTJ"),
        ("clb", "<punkt>", ".", "PUNCT"),
        ("<komma>", "_", ",", "PUNCT"),
        ("<anf>", "_", "«", "PUNCT"),
        ("<strek>", "_", "–", "PUNCT"),
        ("ukjent", "_", "à", "X"),
        ("nonsense", "_", "x", "X"),
    ],
)
def test_ndt_part_of_speech_maps_to_universal_pos(ndt_pos, feats, form, upos):
    assert ndt.upos(ndt_pos, feats, form) == upos


@pytest.mark.parametrize(
    ("feats", "morph"),
    [
        ("appell|mask|be|ent", "Definite=Def|Gender=Masc|NounType=Common|Number=Sing"),
        ("pret", "Tense=Past|VerbForm=Fin"),
        ("inf|pass", "VerbForm=Inf|Voice=Pass"),
        ("fem|ent|pers|hum|3|nom", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs"),
        ("komp", "Degree=Cmp"),
        ("_", ""),
        ("<punkt>", ""),
    ],
)
def test_ndt_features_map_to_ud_features(feats, morph):
    assert ndt.ud_morph(feats) == morph


@pytest.mark.parametrize(
    ("label", "head", "dep"),
    [("FINV", 0, "ROOT"), ("FRAG", 0, "ROOT"), ("INTERJ", 0, "ROOT"), ("SUBJ", 3, "SUBJ"), ("IP", 2, "IP")],
)
def test_roots_become_spacy_root(label, head, dep):
    assert ndt.spacy_dep(label, head) == dep
