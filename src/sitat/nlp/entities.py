"""Person names made consistent within an article, after the statistical entity recogniser.

News names a person in full once (``statsminister Kari Nordmann``) and by surname after that
(``Nordmann``, ``Nordmanns``). The recogniser sees one sentence window at a time and often misses the
bare surname or calls it a place or an organisation. This component, a spaCy pipe placed after
``ner``, marks a title-cased token as PER when it is the surname or listed first name (or their
genitive) of a person named in full earlier or later in the same document. Measured on NDT dev it
adds about two points of PER F1 (``BENCHMARKS.md``).

Before that, sitat's own word lists (``src/sitat/lexicons``) correct the recogniser's commonest PER
mistakes, the type and the extent:

- a name of two or more capitalised words that starts with a known first name is a person (not when
  the model called it a place, as places are often named after people, nor when its last word marks
  a firm, ``AS``);
- a lone word the model typed as an organisation, a work or an event is a person when it is a listed
  surname or a patronymic of a listed first name (``Jakobsen``; ``Kongressen`` ends alike but its stem
  is no first name), unless it also names a listed place or organisation;
- a "person" that is a listed outlet, party, firm or club (``Dagbladet``), or ends in a word that
  marks an organisation (``… Energi``), is an organisation; a lone one that is a listed place is a
  place, unless it is also a surname, a surname of a person the document names, or follows a speech
  verb (``sier Moss``);
- titles, adjectives and determiners the model took into a person (``Journalist``, ``Kreftsyke``,
  ``Kroatias ambassadør``) are cut off; untagged words are never cut (the extraction pipeline tags
  only sentences that may hold a quotation);
- a listed first name the model left unlabelled, tagged as a proper noun, is a person, and so are two
  or three unlabelled proper nouns before an age in brackets (``Tariq Mahmood (50)``) and, behind the
  parse gate, a listed first name with the capitalised words after it (``Mona Isaksen kjørte …``);
- a lone "person" whose last part names a square, street or quay (``Jernbanetorget``) is a place.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from sitat import lexicons

FACTORY = "sitat_person_consistency"

#: labels a first-name rule never overrides: places named after people ("Jan Mayen")
_PLACE_LABELS = frozenset({"PER", "GPE_LOC", "LOC"})


#: types a lone surname was mistaken for: an organisation, a work, an event, a derived form
_SURNAME_MISTAKEN_FOR = frozenset({"ORG", "PROD", "EVT", "DRV", "GPE_ORG"})
#: parts of speech of a lower-case word that ends a title before a name ("ambassadør", "tidligere")
_CONTENT_POS = frozenset({"NOUN", "ADJ", "VERB"})
#: parts of speech of a capitalised word before a name that is not part of it ("Søvnløse", "Denne")
_MODIFIER_POS = frozenset({"ADJ", "DET", "PRON"})
#: endings of Scandinavian patronymic surnames (Hansen, Nilssen, Karlsson)
#: name particles that are also Norwegian words ("da" when, "de" they, "du" you)
_WORDS_TOO = frozenset({"da", "de", "du", "la", "le"})

_PATRONYMIC_ENDINGS = ("sen", "ssen", "son", "sson")


def _is_organisation_name(last_word: str) -> bool:
    """Whether a name's last word marks an organisation (``AS``, ``…partiet``): firms bear names."""
    for suffix in lexicons.organisation_suffixes():
        if last_word == suffix or (suffix.islower() and last_word.lower().endswith(suffix)):
            return True
    return False


def _bare(text: str) -> str:
    """A name without its genitive ``s`` (``Bertelsens`` → ``Bertelsen``)."""
    return text[:-1] if text.endswith("s") and len(text) > 2 else text


def _listed(text: str, names: frozenset[str] | dict[str, str]) -> bool:
    return text in names or _bare(text) in names


def _after_cue(token: Token) -> bool:
    """Whether the word follows a speech verb (``sier Strømmen``): the inverted attribution names
    people, so such a word is a person even when it also names a place."""
    return token.i > 0 and token.doc[token.i - 1].text.lower() in lexicons.cue_verbs()


def _is_name_word(token: Token, first_names: dict[str, str]) -> bool:
    """Whether a capitalised word at the front of a "person" belongs to the name rather than being a
    title, an adjective or a determiner the recogniser took in (``Journalist``, ``Søvnløs``)."""
    if _organisation_genitive(token.text):
        return False  # "Senterpartiets Ola Tveten": whose he is, not part of his name
    if token.text in first_names or _listed(token.text, lexicons.surnames()):
        return True
    if token.text in lexicons.function_words()["name_particle"]:
        return True
    # a title, an adjective or a determiner; a noun may be a first name the lists do not know, and a
    # word the tagger did not see (extraction tags only sentences that may hold a quotation) stays
    return not (lexicons.role_of(token.text.lower()) or token.pos_ in _MODIFIER_POS)


def _person_start(entity: Span, first_names: dict[str, str]) -> int:
    """Where the name proper starts in a PER span: after its last lower-case word (``Kroatias
    ambassadør Kolinda Grabar-Kitarovic``) and after leading capitalised non-name words."""
    start = entity.start
    for token in entity:
        if token.text[:1].islower() and (token.pos_ in _CONTENT_POS or lexicons.role_of(token.text)):
            start = token.i + 1
    while start < entity.end - 1 and not _is_name_word(entity.doc[start], first_names):
        start += 1
    if start > entity.start and entity.end - start == 1 and len(entity.doc[start].text) <= 2:
        return entity.start  # an initial alone is no name: keep what the recogniser found ("Dr. M.")
    return start


def _first_name_left_out(entity: Span, first_names: dict[str, str]) -> bool:
    """Whether the word before a person that starts with a listed first name is a listed first name
    too, left outside the entity (``Hans`` of ``Hans Olav Berg``, also a possessive)."""
    doc = entity.doc
    if entity.start == 0 or entity[0].text not in first_names:
        return False
    before = doc[entity.start - 1]
    return before.text in first_names and before.is_title and not before.ent_type_


def _is_patronymic(word: str, first_names: dict[str, str]) -> bool:
    """Whether a word is a surname formed from a first name (``Olsen``, ``Andreassen``, ``Karlsson``):
    a definite noun such as ``Kongressen`` ends the same way, but its stem is no first name."""
    word = _bare(word)
    for ending in _PATRONYMIC_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            if any(form in first_names for form in (stem, stem + "s", stem + "e", stem[:-1])):
                return True
    return False


def _kind_word(token: Token | None) -> bool:
    """A definite noun for an organisation, alone or in a compound ("selskapet", "Sjømatselskapet")."""
    if token is None or token.text in lexicons.first_names():
        return False
    return token.text.lower().endswith(lexicons.org_reference_endings())


def _corrected(entity: Span, first_names: dict[str, str], person_forms: set[str]) -> Span | None:
    """The entity with the type and extent sitat's lists give it; None when it is no name at all."""
    doc = entity.doc
    label = entity.label_
    if all(t.lower_ in lexicons.function_words()["number_word"] for t in entity):
        return None  # "Elleve år gamle Tuva": a number, whatever the recogniser made of it
    auxiliaries = lexicons.function_words()["auxiliary"]
    verb_at = next(
        (t.i for t in entity[1:] if t.is_lower and t.lower_ in auxiliaries and t.pos_ in ("VERB", "AUX")),
        None,
    )
    if verb_at is not None:
        # "Ifølge Brann må Skjerve stå over" tagged as one name: the name ends before the verb
        entity = Span(doc, entity.start, verb_at, label=label)
    following = doc[entity.end] if entity.end < len(doc) else None
    if following is not None and following.text in lexicons.public_bodies() and entity[-1].is_title:
        # "Melhus kommune" (whatever the recogniser called "Melhus"): one organisation's name
        return Span(doc, entity.start, entity.end + 1, label=lexicons.public_bodies()[following.text])
    if len(entity) > 1 and entity[-1].text in lexicons.public_bodies() and entity[0].is_title:
        return Span(doc, entity.start, entity.end, label=lexicons.public_bodies()[entity[-1].text])  # whole
    before = doc[entity.start - 1] if entity.start > 0 else None
    if (
        label in ("ORG", "GPE_ORG")
        and following is not None
        and following.is_upper
        and following.is_alpha
        and 2 <= len(following.text) <= 6
        and not following.ent_type_
    ):
        # "Equinor ASA": the company form or a short name belongs to the name
        return Span(doc, entity.start, entity.end + 1, label=label)
    if (
        label in ("ORG", "GPE_ORG")
        and len(entity) == 1
        and entity[0].is_upper
        and before is not None
        and before.is_title
        and not before.ent_type_
        and _kind_word(before)
    ):
        return Span(doc, entity.start - 1, entity.end, label=label)  # "Jordmorforbundet NSF": one name
    if label == "PER" and len(entity) > 1 and _kind_word(entity[0]):
        # "Sjømatselskapet Nordvik Sjømat": the word before the name says what it is, a firm
        return Span(doc, entity.start + 1, entity.end, label="ORG")
    if label == "PER" and _kind_word(before):
        return Span(doc, entity.start, entity.end, label="ORG")  # "selskapet Nordvik Sjømat"
    if (
        label == "PER"
        and before is not None
        and before.text == ","
        and entity.start >= 2
        and _kind_word(doc[entity.start - 2])
        # (not "Talspersonen for utenriksdepartementet, Irina Volkova,": the body is where she works)
        and not any(
            t.lower_ in ("for", "i", "ved", "hos", "fra", "til")
            for t in doc[max(entity.start - 7, 0) : entity.start - 2]
        )
        and following is not None
        and following.text == ","
        and not any(t.text in first_names for t in entity)
    ):
        return Span(doc, entity.start, entity.end, label="ORG")  # "Forlaget, Gyldendal, beskriver …"
    if label == "PER" and entity[-1].text in first_names:
        # "SV-leder Anders Fjeldstad" tagged only on "Anders": the untagged name after a first name
        end = entity.end
        while (
            end < len(doc)
            and end < entity.end + 2
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and doc[end].is_alpha
            and not doc[end].ent_type_
        ):
            end += 1
        if end > entity.end:
            entity = Span(doc, entity.start, end, label=label)
    if label == "PER":
        start = _person_start(entity, first_names)
        if start >= entity.end:
            return None
        if start == entity.start and _first_name_left_out(entity, first_names):
            start -= 1  # "Hans Olav Berg" tagged from "Olav": a double first name is one name
        if start != entity.start:
            entity = Span(doc, start, entity.end, label="PER")
        text = entity.text
        if _listed(text, lexicons.organisations()) or _is_organisation_name(entity[-1].text):
            label = "ORG"
        elif len(entity) == 1:
            token = entity[0]
            if (
                (_listed(text, lexicons.places()) or _named_like_a_place(text))
                and not _listed(text, lexicons.surnames())
                and text not in person_forms
                and not _after_cue(token)
            ):
                label = "GPE_LOC"
    elif label not in _PLACE_LABELS:
        owner = _organisation_genitive(entity[0].text)
        if len(entity) >= 3 and (lexicons.role_of(entity[0].text) or owner) and entity[1].text in first_names:
            # "Næringsminister Torbjørn Valle", "Senterpartiets Ola Tveten" as one organisation: a title
            # or a party's genitive, then a person's name
            entity = Span(doc, entity.start + 1, entity.end, label=label)
        titled = (
            before is not None
            and before.is_lower
            and lexicons.role_of(before.text) is not None
            and 2 <= len(entity) <= 3
            and not _listed(entity.text, lexicons.organisations())
            and not _listed(entity[0].text, lexicons.places())
        )
        if (
            len(entity) >= 2
            and (entity[0].text in first_names or titled)  # "utenriksminister Elina Valtonen"
            and all(token.is_title for token in entity)
            and not _is_organisation_name(entity[-1].text)
        ):
            label = "PER"
        elif len(entity) == 1 and label in _SURNAME_MISTAKEN_FOR and entity[0].is_title:
            text = entity.text
            if (
                not _listed(text, lexicons.places())
                and not _listed(text, lexicons.organisations())
                and (
                    _listed(text, lexicons.surnames())
                    or (entity[0].pos_ == "PROPN" and _is_patronymic(text, first_names))
                )
            ):
                label = "PER"
    if label != entity.label_:
        entity = Span(doc, entity.start, entity.end, label=label)
    return entity


def _organisation_genitive(word: str) -> bool:
    """ "Senterpartiets", "Høyres": the genitive of a listed organisation, whose a person is."""
    return len(word) > 2 and word.endswith("s") and _listed(word[:-1], lexicons.organisations())


def _named_like_a_place(word: str) -> bool:
    """ "Jernbanetorget", "Storgata": a compound whose last part names a square, street or quay."""
    lower = word.lower()
    return any(
        lower.endswith(end) and len(lower) > len(end) + 2 for end in lexicons.function_words()["place_ending"]
    )


def correct_types(doc: Doc) -> Doc:
    """Relabel, trim or drop entities that sitat's name lists contradict (see the module docstring)."""
    first_names = lexicons.first_names()
    person_forms = _name_forms(doc)
    entities: list[Span] = []
    changed = False
    for entity in doc.ents:
        corrected = _corrected(entity, first_names, person_forms)
        if corrected is None or (corrected.start, corrected.end, corrected.label_) != (
            entity.start,
            entity.end,
            entity.label_,
        ):
            changed = True
        if corrected is not None:
            entities.append(corrected)
    joined = _joined_over_particles(entities)
    if changed or len(joined) != len(entities):
        doc.ents = joined
    return doc


def _joined_over_particles(entities: list[Span]) -> list[Span]:
    """A person's name split by the recogniser at a lower-case particle ("Luiz Inácio Lula" + "da" +
    "Silva", "Ursula von" + "der" + "Leyen") is one name."""
    if len(entities) < 2:
        return entities
    particles = lexicons.function_words()["name_particle"]
    doc = entities[0].doc
    out: list[Span] = []
    for entity in entities:
        previous = out[-1] if out else None
        between = doc[previous.end : entity.start] if previous is not None else None
        before = doc[previous.start - 1] if previous is not None and previous.start > 0 else None
        if (
            previous is not None
            and between is not None
            and 1 <= len(between) <= 2
            and all(t.is_lower and t.lower_ in particles for t in between)
            and previous.label_ == entity.label_ == "PER"
            and entity[0].is_title
            # "sa Hansen da Olsen kom inn": after a verb, "da" may open a clause of when
            and not (
                between[0].lower_ in _WORDS_TOO and before is not None and before.pos_ in ("VERB", "AUX")
            )
        ):
            out[-1] = Span(doc, previous.start, entity.end, label="PER")
            continue
        out.append(entity)
    return out


def _with_genitive(name: str) -> set[str]:
    return {name, name[:-1]} if name.endswith("s") else {name, name + "s"}


def _name_forms(doc: Doc) -> set[str]:
    """Surnames and listed first names of persons named with at least two words, with their genitive
    forms: later in the article "Nordmann" or "Kari" alone is the same person."""
    first_names = lexicons.first_names()
    forms: set[str] = set()
    for entity in doc.ents:
        if entity.label_ == "PER" and len(entity) >= 2 and entity[-1].is_title:
            forms |= _with_genitive(entity[-1].text)
            if entity[0].text in first_names:
                forms |= _with_genitive(entity[0].text)
    return forms


def _is_lone_first_name(token: Token, first_names: dict[str, str]) -> bool:
    """A listed first name the recogniser left unlabelled, used as a name (``Agnes er enig``): the
    tagger calls it a proper noun and no capitalised word follows (that would be a longer name)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    # untagged (a sentence that only went through the entity tagger): capitalised inside its sentence,
    # so a name ("Elleve år gamle Tuva går …"), not a common word opening it
    inside = before is not None and not (before.is_space or before.is_punct) and not token.is_sent_start
    return (
        (token.pos_ == "PROPN" or (not token.pos_ and inside))
        and _listed(token.text, first_names)
        and not (following is not None and following.is_title)
    )


def _names_a_public_body(token: Token) -> bool:
    """A place name the recogniser missed before the word for its public body ("Stange kommune"):
    a proper noun, or untagged a listed place or a capitalised word inside the sentence."""
    doc = token.doc
    if not token.is_title or token.i + 1 >= len(doc) or doc[token.i + 1].text not in lexicons.public_bodies():
        return False
    if token.pos_:
        return token.pos_ == "PROPN"
    return _listed(token.text, lexicons.places()) or not token.is_sent_start


def _places_not_persons(doc: Doc, person_forms: set[str]) -> None:
    """A lone word the recogniser calls a person in one place and a place in another ("i Oterfjord",
    "Indre Oterfjord") is the place, unless a full name or the name lists make it a person's name."""
    place_forms = {e.text for e in doc.ents if e.label_ in ("GPE_LOC", "LOC")}
    first_names, surnames = lexicons.first_names(), lexicons.surnames()
    entities = list(doc.ents)
    changed = False
    for n, entity in enumerate(entities):
        word = entity.text
        if entity.label_ != "PER" or len(entity) != 1 or word in person_forms:
            continue
        a_name = _listed(word, first_names) or _listed(word, surnames)
        tagged_a_place = word in place_forms and not a_name
        # "Silje Rønneberg i Sandnes": after "i" or "fra", a listed place is where, never who
        after_where = entity.start > 0 and doc[entity.start - 1].lower_ in ("i", "fra")
        where = after_where and _listed(word, lexicons.places())
        if tagged_a_place or where:
            entities[n] = Span(doc, entity.start, entity.end, label="GPE_LOC")
            changed = True
    if changed:
        doc.ents = entities


def make_persons_consistent(doc: Doc) -> Doc:
    """Correct types from the name lists, then relabel or add one-word PER mentions that repeat a full
    name's surname or first name, and lone listed first names."""
    correct_types(doc)
    _places_not_persons(doc, _name_forms(doc))
    forms = _name_forms(doc)
    first_names = lexicons.first_names()
    kept: list[Span] = []
    added: list[Span] = []
    for entity in doc.ents:
        if len(entity) == 1 and entity.label_ != "PER" and entity.text in forms:
            added.append(Span(doc, entity.start, entity.end, label="PER"))
        else:
            kept.append(entity)
    covered = {i for entity in kept for i in range(entity.start, entity.end)}
    covered.update(span.start for span in added)
    for token in doc:
        if (
            token.i not in covered
            and token.is_title
            and (token.text in forms or _is_lone_first_name(token, first_names))
        ):
            added.append(Span(doc, token.i, token.i + 1, label="PER"))
        elif token.i not in covered and _names_a_public_body(token):
            body = lexicons.public_bodies()[doc[token.i + 1].text]
            added.append(Span(doc, token.i, token.i + 2, label=body))
        elif token.i not in covered and (end := _unlabelled_name_end(token, covered)) is not None:
            added.append(Span(doc, token.i, end, label="PER"))
            covered.update(range(token.i, end))
    if added:
        doc.ents = _first_names_joined(filter_spans(kept + added), set(added), first_names)
    return doc


def _unlabelled_name_end(token: Token, covered: set[int]) -> int | None:
    """Where a person's name the recogniser left unlabelled ends, if one starts at ``token``."""
    if not token.is_title:
        return None  # (both kinds open with a capitalised word: a cheap test for every token)
    return _first_name_and_surname_end(token, covered) or _name_with_age_end(token, covered)


def _first_name_and_surname_end(token: Token, covered: set[int]) -> int | None:
    """ "Mona Isaksen kjørte like bak": a listed first name and a capitalised word after it that is no
    function word, place or organisation, both untagged and unlabelled, are a person's name; the index
    after it."""
    doc = token.doc
    if token.pos_ or not _listed(token.text, lexicons.first_names()):
        return None
    if token.i > 0 and doc[token.i - 1].is_title and not doc[token.i - 1].is_sent_start:
        return None  # inside a longer capitalised run
    end = token.i + 1
    while end < len(doc) and end - token.i < 3 and end not in covered and _may_be_name_word(doc[end]):
        word = doc[end].text
        if _listed(word, lexicons.places()) or _listed(word, lexicons.organisations()):
            break
        end += 1
    return end if end - token.i >= 2 else None


def _may_be_name_word(token: Token) -> bool:
    """A capitalised word that may be part of a name: tagged a proper noun, or untagged (outside the
    parse gate) and no function word or title ("Da", "Ordfører")."""
    if not (token.is_title and token.is_alpha):
        return False
    if token.pos_:
        return token.pos_ == "PROPN"
    lower = token.lower_
    return (
        lower not in _common_words() and lower not in lexicons.pronouns() and lexicons.role_of(lower) is None
    )


@cache
def _common_words() -> frozenset[str]:
    return frozenset().union(*lexicons.function_words().values())


def _name_with_age_end(token: Token, covered: set[int]) -> int | None:
    """ "Tariq Mahmood (50) stopper bussen": two or three proper nouns right before an age in brackets
    are a person's name, whatever the recogniser made of them; the index after the name."""
    doc = token.doc
    if token.i > 0 and _may_be_name_word(doc[token.i - 1]):
        return None  # not from the middle of a name
    end = token.i
    while end < len(doc) and end - token.i < 3 and end not in covered and _may_be_name_word(doc[end]):
        end += 1
    if end - token.i < 2 or end + 2 >= len(doc):
        return None
    age = doc[end + 1]
    if doc[end].text != "(" or doc[end + 2].text != ")" or not age.is_digit or not 0 < int(age.text) < 120:
        return None
    name = doc[token.i : end].text
    if _listed(name, lexicons.organisations()) or _is_organisation_name(doc[end - 1].text):
        return None
    return end


def _first_names_joined(entities: list[Span], added: set[Span], first_names: dict[str, str]) -> list[Span]:
    """A listed first name tagged on its own right before a person is part of that person's name
    ("Tormod" + "Haugom" → "Tormod Haugom"), when a rule here tagged one of the two."""
    out: list[Span] = []
    for entity in sorted(entities, key=lambda e: e.start):
        before = out[-1] if out else None
        if (
            before is not None
            and before.end == entity.start
            and before.label_ == entity.label_ == "PER"
            and (before in added or entity in added)
            and before[-1].text in first_names
        ):
            out[-1] = Span(entity.doc, before.start, entity.end, label="PER")
        else:
            out.append(entity)
    return out


@Language.factory(FACTORY)
def create_person_consistency(nlp: Language, name: str):
    """The factory the shipped model's config names (``factory = "sitat_person_consistency"``)."""
    return make_persons_consistent
