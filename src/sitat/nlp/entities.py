"""Person names made consistent within an article, after the statistical entity recogniser.

News names a person in full once (``statsminister Kari Nordmann``) and by surname after that
(``Nordmann``, ``Nordmanns``). The recogniser sees one sentence window at a time and often misses the
bare surname or calls it a place or an organisation. This component, a spaCy pipe placed after
``ner``, marks a title-cased token as PER when it is the surname (or its genitive) of a person named
in full earlier or later in the same document. Measured on NDT dev it adds about two points of PER F1
(``BENCHMARKS.md``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

FACTORY = "sitat_person_consistency"


def _surname_forms(doc: Doc) -> set[str]:
    """Surnames of persons named with at least two words, with their genitive forms."""
    forms: set[str] = set()
    for entity in doc.ents:
        if entity.label_ == "PER" and len(entity) >= 2 and entity[-1].is_title:
            last = entity[-1].text
            forms.add(last)
            if last.endswith("s"):
                forms.add(last[:-1])
            else:
                forms.add(last + "s")
    return forms


def make_persons_consistent(doc: Doc) -> Doc:
    """Relabel or add one-word PER mentions that repeat a full name's surname."""
    surnames = _surname_forms(doc)
    if not surnames:
        return doc
    kept: list[Span] = []
    added: list[Span] = []
    for entity in doc.ents:
        if len(entity) == 1 and entity.label_ != "PER" and entity.text in surnames:
            added.append(Span(doc, entity.start, entity.end, label="PER"))
        else:
            kept.append(entity)
    covered = {i for entity in kept for i in range(entity.start, entity.end)}
    covered.update(span.start for span in added)
    for token in doc:
        if token.i not in covered and token.is_title and token.text in surnames:
            added.append(Span(doc, token.i, token.i + 1, label="PER"))
    if added:
        doc.ents = filter_spans(kept + added)
    return doc


@Language.factory(FACTORY)
def create_person_consistency(nlp: Language, name: str):
    """The factory the shipped model's config names (``factory = "sitat_person_consistency"``)."""
    return make_persons_consistent
