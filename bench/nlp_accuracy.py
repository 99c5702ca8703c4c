"""Accuracy of a Bokmål model on NDT dev (NDT scheme) and on NorNE's UD dev file.

    python bench/nlp_accuracy.py [--model PATH] [--data ../shared/data] [--json OUT]

On ``ndt-ner/dev.conll`` it reports what the model is trained for: NDT tag, Universal POS (through
sitat's mapping), morphology, lemma, UAS/LAS without punctuation (NDT ``IP``/``IK``), sentence F and
entity F per type, twice: ``ndt_dev`` renders each headline (NDT closes it with ``|``) on its own line
as an article does, like the training documents; ``ndt_dev_no_line_breaks`` joins every sentence with
a space, as the first model was measured. Whitespace tokens are not scored, and sentences are compared
without leading or trailing whitespace. On ``ud-ner/dev.conllu`` (same sentences, UD's own tokens,
spacing and POS) it reports what carries over to the UD scheme: UPOS, lemma, sentence F and
entities; the parse is not compared there, since UD attaches words differently.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from training.convert import file_sizes, sentence_docs  # noqa: E402

from sitat.nlp import load_model  # noqa: E402
from sitat.nlp.ndt import PUNCT_LABELS  # noqa: E402


def read_conllu(path: Path, vocab) -> list[Doc]:
    """NorNE's UD file as gold docs of 10 sentences (tokens, spaces, UPOS, lemmas, entities)."""
    docs, words, spaces, pos, lemmas, ents, starts = [], [], [], [], [], [], []
    count = 0

    def flush():
        nonlocal words, spaces, pos, lemmas, ents, starts
        if words:
            spaces[-1] = False
            docs.append(Doc(vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, ents=ents,
                            sent_starts=starts))
        words, spaces, pos, lemmas, ents, starts = [], [], [], [], [], []

    first = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if not first:
                count += 1
                if count % 10 == 0:
                    flush()
            first = True
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
        entity = misc.get("name", "O")
        if entity.endswith("MISC"):
            entity = "O"
        words.append(cols[1])
        spaces.append(misc.get("SpaceAfter") != "No")
        pos.append(cols[3])
        lemmas.append(cols[2])
        ents.append(entity)
        starts.append(first)
        first = False
    flush()
    return docs


def _word_attr(token, attr):
    """A token's value, or None (not scored) for whitespace such as a headline's line break: spaCy's
    scorer skips predicted whitespace tokens, so gold ones must be left out too."""
    return None if token.is_space else getattr(token, attr)


def _sentences(doc: Doc, attr: str) -> list:
    """Sentences without leading or trailing whitespace tokens (a line break after a headline belongs
    to no sentence), so that only the boundaries between words are compared."""
    result = []
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start < end:
            result.append(doc[start:end])
    return result


def score(nlp, gold_docs: list[Doc], parse: bool) -> dict:
    examples = [Example(doc, gold) for doc, gold in zip(nlp.pipe(g.text for g in gold_docs), gold_docs,
                                                         strict=True)]
    result: dict = {}
    if parse:
        result["tag_acc"] = Scorer.score_token_attr(examples, "tag", getter=_word_attr)["tag_acc"]
        result["morph_acc"] = Scorer.score_token_attr(examples, "morph", getter=_word_attr)["morph_acc"]
        # the label as text: spaCy's default getter gives its hash, which never matches ignore_labels
        deps = Scorer.score_deps(examples, "dep", getter=lambda t, a: t.dep_,
                                 ignore_labels=tuple(PUNCT_LABELS), missing_values={"", None})
        result["uas"], result["las"] = deps["dep_uas"], deps["dep_las"]
    result["pos_acc"] = Scorer.score_token_attr(examples, "pos", getter=_word_attr)["pos_acc"]
    result["lemma_acc"] = Scorer.score_token_attr(examples, "lemma", getter=_word_attr)["lemma_acc"]
    result["sents_f"] = Scorer.score_spans(examples, "sents", getter=_sentences)["sents_f"]
    ents = Scorer.score_spans(examples, "ents")
    result["ents_f"], result["ents_p"], result["ents_r"] = ents["ents_f"], ents["ents_p"], ents["ents_r"]
    result["ents_per_type"] = {k: round(v["f"], 4) for k, v in sorted(ents["ents_per_type"].items())}
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in result.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: the shipped one)")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    nlp = load_model(args.model) if args.model else load_model()
    ndt_dir = args.data / "ndt-ner"
    sizes = file_sizes(ndt_dir / "files.tsv", "dev")
    # as laid out in an article: a line break after each headline (NDT's "|"), as in training
    gold = list(sentence_docs(ndt_dir / "dev.conll", nlp.vocab, sizes, headline_breaks=True))
    figures = {"ndt_dev": score(nlp, gold, parse=True)}
    # the first model's rendering: every sentence followed by a space, headlines run into the next
    flat = list(sentence_docs(ndt_dir / "dev.conll", nlp.vocab, sizes, headline_breaks=False))
    figures["ndt_dev_no_line_breaks"] = score(nlp, flat, parse=True)
    ud = args.data / "ud-ner" / "dev.conllu"
    if ud.is_file():
        figures["ud_dev"] = score(nlp, read_conllu(ud, nlp.vocab), parse=False)
    text = json.dumps(figures, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
