"""The treebank converter (training/convert.py) that turns NDT into spaCy's training corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.vocab import Vocab
from training.convert import clean, read_sentences, sentence_docs, spaces

# a hand-written sentence in NDT's 10-column format, with a headline marker and a doubled full stop
CONLL = """\
1\t-\t$-\t<strek>\t<strek>\t_\t4\tIP\t_\tname=O
2\tVi\tvi\tpron\tpron\tfl|pers|hum|nom|1\t4\tSUBJ\t_\tname=O
3\tvant\tvinne\tverb\tverb\tpret\t4\tADV\t_\tname=O
4\tsier\tsi\tverb\tverb\tpres\t0\tFINV\t_\tname=O
5\tKari\tKari\tsubst\tsubst\tprop\t4\tSUBJ\t_\tname=B-PER
6\tNordmann\tNordmann\tsubst\tsubst\tprop\t5\tFLAT\t_\tname=I-PER
7\ti\ti\tprep\tprep\t_\t4\tADV\t_\tname=O
8\tBodø\tBodø\tsubst\tsubst\tprop\t7\tPUTFYLL\t_\tname=B-GPE_LOC
9\tca.\tca.\tadv\tadv\tfork\t4\tADV\t_\tname=O
10\t.\t$.\tclb\tclb\t<punkt>\t4\tIP\t_\tname=O

1\tSeier\tseier\tsubst\tsubst\tappell|mask|ub|ent\t0\tFRAG\t_\tname=O
2\ti\ti\tprep\tprep\t_\t1\tATR\t_\tname=O
3\tTromsø-cupen\tTromsø-cupen\tsubst\tsubst\tprop\t2\tPUTFYLL\t_\tname=B-EVT
4\t|\t$|\tclb\tclb\t<overskrift>\t1\tIP\t_\tname=O

"""


@pytest.fixture()
def conll(tmp_path: Path) -> Path:
    path = tmp_path / "mini.conll"
    path.write_text(CONLL, encoding="utf-8")
    return path


def test_headline_marker_and_doubled_full_stop_are_removed(conll):
    first, second = (clean(s) for s in read_sentences(conll))
    assert [t.form for t in first][-1] == "ca."
    assert [t.form for t in second] == ["Seier", "i", "Tromsø-cupen"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["«", "Ja", "»", ",", "sier", "hun", "."], [False, False, False, True, True, False, True]),
        (["Han", "(", "42", ")", "sa", "nei"], [True, False, False, True, True, True]),
        (['"', "Nei", '"', "svarte", "han"], [False, False, True, True, True]),
    ],
)
def test_spaces_follow_news_typesetting(words, expected):
    assert spaces(words) == expected


def test_documents_carry_the_annotation_spacy_trains_on(conll):
    (doc,) = sentence_docs(conll, Vocab(), [2])
    assert doc.text.startswith("– Vi vant sier Kari Nordmann i Bodø ca. Seier")
    assert [s.root.dep_ for s in doc.sents] == ["ROOT", "ROOT"]
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Kari Nordmann", "PER"),
        ("Bodø", "GPE_LOC"),
        ("Tromsø-cupen", "EVT"),
    ]
    sier = doc[3]
    assert (sier.lemma_, sier.tag_, sier.pos_) == ("si", "verb", "VERB")
    assert doc[4].pos_ == "PROPN"
    assert doc[0].lemma_ == "–"


def test_sentence_counts_must_match_files_tsv(conll):
    with pytest.raises(ValueError, match=r"files\.tsv"):
        list(sentence_docs(conll, Vocab(), [3]))


def test_a_headline_keeps_its_own_line(tmp_path: Path):
    sentence, headline = CONLL.strip("\n").split("\n\n")
    path = tmp_path / "headline_first.conll"
    path.write_text(f"{headline}\n\n{sentence}\n\n{headline}\n\n", encoding="utf-8")
    (doc,) = sentence_docs(path, Vocab(), [3])
    assert doc.text.startswith("Seier i Tromsø-cupen\n– Vi vant")
    # no line break after the last sentence of a document
    assert doc.text.endswith("ca. Seier i Tromsø-cupen")
    line_break = doc[3]
    assert (line_break.text, line_break.tag_, line_break.pos_, line_break.dep_) == ("\n", "_SP", "SPACE", "IP")
    assert line_break.head.i == 2 and not line_break.ent_type_
    assert [len(s) for s in doc.sents] == [4, 9, 3]
    # the first model's rendering: a space instead
    (flat,) = sentence_docs(path, Vocab(), [3], headline_breaks=False)
    assert flat.text.startswith("Seier i Tromsø-cupen – Vi vant")
