"""Convert NDT with NorNE entities (10-column CoNLL) into spaCy's binary training corpus.

Each NDT file becomes documents of a few consecutive sentences, so the parser learns where sentences
end in running text. The treebank's tokens are kept except two artefacts that never occur in real
text: the ``|`` closing a headline and the extra ``.`` after a sentence-final abbreviation. A headline
(a sentence NDT closes with ``|``) is followed by a line break instead, as it stands on its own line in
an article: a whitespace token ``"\n"`` (tag ``_SP``, POS ``SPACE``, attached to the word before it as
punctuation, ``IP``), so the model learns the layout it meets in real text. NDT has no spacing, so
spaces are derived by rule (none before ``,`` or ``»``, none after ``«`` or ``(``). Half of the dashes
that open a sentence are written ``–`` as news agencies do, since NDT only has ``-``.

Run: ``python -m training.convert DATA_DIR OUT_DIR`` (DATA_DIR holds ``train.conll``, ``dev.conll``
and ``files.tsv``).
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from sitat.nlp import ndt

log = logging.getLogger(__name__)

SENTENCES_PER_DOC = 10
ENTITY_TYPES = frozenset({"PER", "ORG", "LOC", "GPE_LOC", "GPE_ORG", "PROD", "EVT", "DRV"})
NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "?", "!", ")", "]", "»", "...", "”", "%"})
NO_SPACE_AFTER = frozenset({"«", "(", "[", "“"})


@dataclass
class Token:
    form: str
    lemma: str
    pos: str
    feats: str
    head: int
    deprel: str
    entity: str


def read_sentences(path: Path) -> Iterator[list[Token]]:
    """The sentences of an NDT CoNLL file, in order."""
    sentence: list[Token] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            cols = line.split("\t")
            entity = cols[9].removeprefix("name=") if len(cols) > 9 else "O"
            if entity != "O" and entity[2:] not in ENTITY_TYPES:
                entity = "O"  # NorNE's 8 MISC mentions are not a type the model offers
            sentence.append(Token(cols[1], cols[2], cols[3], cols[5], int(cols[6]), cols[7], entity))
    if sentence:
        yield sentence


def _drop(sentence: list[Token], index: int) -> list[Token]:
    """The sentence without token ``index`` (0-based, a leaf), heads renumbered."""
    kept = sentence[:index] + sentence[index + 1 :]
    for token in kept:
        if token.head > index + 1:
            token.head -= 1
    return kept


def is_headline(sentence: list[Token]) -> bool:
    """NDT closes a headline (and other lines that stand alone) with a ``|`` token."""
    return len(sentence) > 1 and sentence[-1].form == "|"


def clean(sentence: list[Token]) -> list[Token]:
    """Remove NDT's headline ``|`` and the doubled full stop after an abbreviation."""
    changed = True
    while changed and len(sentence) > 1:
        changed = False
        last = sentence[-1]
        is_leaf = all(t.head != len(sentence) for t in sentence)
        if not is_leaf:
            break
        if last.form == "|" or (last.form == "." and sentence[-2].form.endswith(".")):
            sentence = _drop(sentence, len(sentence) - 1)
            changed = True
    return sentence


def spaces(words: list[str]) -> list[bool]:
    """Whether a space follows each word, by the typesetting rules of Norwegian news."""
    result = [True] * len(words)
    quote_open = False
    for i, word in enumerate(words):
        if word == '"':
            quote_open = not quote_open
            if quote_open:
                result[i] = False
            elif i > 0:
                result[i - 1] = False
        if word in NO_SPACE_AFTER:
            result[i] = False
        if word in NO_SPACE_BEFORE and i > 0:
            result[i - 1] = False
    return result


def sentence_docs(
    path: Path, vocab: Vocab, files: list[int] | None, headline_breaks: bool = True
) -> Iterator[Doc]:
    """Documents of up to ``SENTENCES_PER_DOC`` sentences, never across an NDT file boundary.

    With ``headline_breaks`` a line break follows each headline; without it every sentence is
    followed by a space, as in the first model's training data."""
    raw = list(read_sentences(path))
    headlines = [headline_breaks and is_headline(s) for s in raw]
    sentences = [clean(s) for s in raw]
    sizes = files or [len(sentences)]
    if sum(sizes) != len(sentences):
        raise ValueError(f"{path}: files.tsv counts {sum(sizes)} sentences, the file has {len(sentences)}")
    start = 0
    serial = 0
    for size in sizes:
        chunk = sentences[start : start + size]
        chunk_breaks = headlines[start : start + size]
        start += size
        for i in range(0, len(chunk), SENTENCES_PER_DOC):
            group = chunk[i : i + SENTENCES_PER_DOC]
            for sentence in group:
                if sentence[0].form == "-" and sentence[0].pos == "<strek>":
                    serial += 1
                    if serial % 2:
                        sentence[0].form = "–"
            yield make_doc(vocab, group, chunk_breaks[i : i + SENTENCES_PER_DOC])


LINE_BREAK = "\n"


def make_doc(vocab: Vocab, sentences: list[list[Token]], breaks: list[bool] | None = None) -> Doc:
    """One gold document; ``breaks[i]`` puts a line break (not a space) after sentence ``i``."""
    words: list[str] = []
    sent_spaces: list[bool] = []
    tags, pos, morphs, lemmas, heads, deps, ents = [], [], [], [], [], [], []
    for n, sentence in enumerate(sentences):
        offset = len(words)
        forms = [t.form for t in sentence]
        words.extend(forms)
        sent_spaces.extend(spaces(forms))
        for t in sentence:
            tags.append(t.pos)
            pos.append(ndt.upos(t.pos, t.feats, t.form))
            morphs.append(ndt.ud_morph(t.feats))
            lemmas.append(t.form if t.lemma.startswith("$") else t.lemma)
            heads.append(offset + t.head - 1 if t.head else offset + sentence.index(t))
            deps.append(ndt.spacy_dep(t.deprel, t.head))
            ents.append(t.entity)
        if breaks and breaks[n] and n + 1 < len(sentences):
            # the headline's own line ends here: no space, a line-break token that belongs to it
            sent_spaces[-1] = False
            words.append(LINE_BREAK)
            sent_spaces.append(False)
            tags.append("_SP")
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(LINE_BREAK)
            heads.append(len(words) - 2)
            deps.append("IP")
            ents.append("O")
    sent_spaces[-1] = False
    return Doc(
        vocab,
        words=words,
        spaces=sent_spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        ents=ents,
    )


def file_sizes(files_tsv: Path, split: str) -> list[int]:
    rows = [line.split("\t") for line in files_tsv.read_text(encoding="utf-8").splitlines()[1:] if line]
    return [int(r[2]) for r in rows if r[1] == split]


def convert(data_dir: Path, out_dir: Path) -> dict[str, int]:
    """Write ``train.spacy`` and ``dev.spacy`` to ``out_dir``; returns the documents per split."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    files_tsv = data_dir / "files.tsv"
    for split in ("train", "dev"):
        vocab = Vocab()
        sizes = file_sizes(files_tsv, split) if files_tsv.is_file() else None
        docs = list(sentence_docs(data_dir / f"{split}.conll", vocab, sizes))
        DocBin(docs=docs, store_user_data=False).to_disk(out_dir / f"{split}.spacy")
        counts[split] = len(docs)
        log.info("%s: %d documents, %d tokens", split, len(docs), sum(len(d) for d in docs))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="folder with train.conll, dev.conll, files.tsv")
    parser.add_argument("out_dir", type=Path, help="where train.spacy and dev.spacy go")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    convert(args.data_dir, args.out_dir)


if __name__ == "__main__":
    main()
