"""Person names made consistent within an article, after the statistical entity recogniser.

News names a person in full once (``statsminister Kari Nordmann``) and by surname after that
(``Nordmann``, ``Nordmanns``). The recogniser sees one sentence window at a time and often misses the
bare surname or calls it a place or an organisation. This component, a spaCy pipe placed after
``ner``, marks a title-cased token as PER when it is the surname (or its genitive) of a person named
in full earlier or later in the same document. Measured on NDT dev it adds about two points of PER F1
(``BENCHMARKS.md``).

Before that, two corrections from sitat's own word lists address the recogniser's commonest PER
mistake, the type. A name of two or more capitalised words that starts with a known first name
(``first_names``) is a person even when the model called it an organisation or a product (not when it
called it a place, as places are often named after people, nor when its last word marks a firm,
``AS``). A one-word "person" that is a known place name (``places.txt``, or its genitive) is a place.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitat import lexicons

FACTORY = "sitat_person_consistency"

#: labels a first-name rule never overrides: places named after people ("Jan Mayen")
_PLACE_LABELS = frozenset({"PER", "GPE_LOC", "LOC"})


@cache
def _places() -> frozenset[str]:
    text = resources.files(lexicons).joinpath("places.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _is_organisation_name(last_word: str) -> bool:
    """Whether a name's last word marks an organisation (``AS``, ``…partiet``): firms bear names."""
    for suffix in lexicons.organisation_suffixes():
        if last_word == suffix or (suffix.islower() and last_word.lower().endswith(suffix)):
            return True
    return False


def correct_types(doc: Doc) -> Doc:
    """Relabel entities whose type sitat's name lists contradict (see the module docstring)."""
    first_names = lexicons.first_names()
    places = _places()
    entities: list[Span] = []
    changed = False
    for entity in doc.ents:
        text = entity.text
        label = entity.label_
        if (
            label not in _PLACE_LABELS
            and len(entity) >= 2
            and entity[0].text in first_names
            and all(token.is_title for token in entity)
            and not _is_organisation_name(entity[-1].text)
        ):
            label = "PER"
        elif label == "PER" and len(entity) == 1 and (text in places or text.removesuffix("s") in places):
            label = "GPE_LOC"
        if label != entity.label_:
            entity = Span(doc, entity.start, entity.end, label=label)
            changed = True
        entities.append(entity)
    if changed:
        doc.ents = entities
    return doc


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
    """Correct types from the name lists, then relabel or add one-word PER mentions that repeat a full
    name's surname."""
    correct_types(doc)
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
