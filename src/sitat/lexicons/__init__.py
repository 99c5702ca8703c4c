"""Lexicons as data: cue verbs, cue phrases, pronouns, titles and role nouns, names, organisation endings.

The files beside this module are the single place where such word lists live; each loader reads its
file once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a data file, without comments and blank lines."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [
        line.rstrip("\n").split("\t")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


@dataclass(frozen=True, slots=True)
class CueVerb:
    lemma: str
    kind: str  # speech | view | manner | question
    particle: str  # a word that must follow ("til" in "legger til"), or ""


@cache
def cue_verbs() -> dict[str, list[CueVerb]]:
    """Surface form (lower case) → the cue verbs it can be a form of."""
    forms: dict[str, list[CueVerb]] = {}
    for lemma, kind, particle, form_list in _rows("cues.tsv"):
        entry = CueVerb(lemma, kind, particle)
        for form in form_list.split(","):
            forms.setdefault(form.strip(), []).append(entry)
    return forms


@cache
def cue_phrases() -> dict[tuple[str, ...], str]:
    """Word sequence (lower case) → kind, for cues that are not verbs ("ifølge", "heter det i")."""
    return {tuple(phrase.split()): kind for phrase, kind in _rows("cue_phrases.tsv")}


@dataclass(frozen=True, slots=True)
class Pronoun:
    form: str
    gender: str  # m | f | -
    number: str  # sg | pl
    case: str  # subj | obj


@cache
def pronouns() -> dict[str, Pronoun]:
    return {form: Pronoun(form, gender, number, case) for form, gender, number, case in _rows("pronouns.tsv")}


@cache
def titles() -> dict[str, str]:
    """Role noun (indefinite, lower case) → gender it implies (m, f or -)."""
    return {role: gender for role, gender in _rows("titles.tsv")}


@cache
def role_hypernyms() -> dict[str, frozenset[str]]:
    """Role → the wider roles an article may call the same person later ("sosiolog" → "forsker")."""
    return {row[0]: frozenset(w for w in row[1].split(",") if w) for row in _rows("role_hypernyms.tsv")}


_DEFINITE_ENDINGS = ("en", "n", "et", "a")


@lru_cache(maxsize=65536)
def role_of(word: str) -> str | None:
    """The role noun a word is or ends in ("forsvarsministeren" → "minister"), else None.

    Compounds count ("NATO-talsmann" → "talsmann"), and so do definite forms.
    """
    lowered = word.lower()
    known = titles()
    candidates = [lowered] + [
        lowered[: -len(e)]
        for e in _DEFINITE_ENDINGS
        # "byrådet", "statsrådet": the council (neuter), not its member ("byråden")
        if lowered.endswith(e) and not (e == "et" and lowered.endswith("rådet"))
    ]
    if lowered.endswith("a"):
        candidates.append(lowered[:-1] + "e")  # the feminine definite of a noun in -e: "kona", "tanta"
    if lowered.endswith("te"):
        candidates.append(lowered[:-1])  # titles that are participles: "(den) tillitsvalgte" → "tillitsvalgt"
    for candidate in candidates:
        if candidate in known:
            return candidate
    for candidate in candidates:
        for size in range(len(candidate) - 3, 3, -1):  # longest ending first
            tail = candidate[-size:]
            if tail in known:
                return tail
    return None


@cache
def first_names() -> dict[str, str]:
    """First name → gender (m or f) for names given almost only to one gender."""
    return {name: gender for name, gender in _rows("first_names.tsv")}


@cache
def document_nouns() -> frozenset[str]:
    """Nouns for documents a quotation can come from (indefinite singular: ``brev``, ``rapport``)."""
    return frozenset(row[0] for row in _rows("documents.txt"))


@cache
def surnames() -> frozenset[str]:
    """Surnames common in Norway and in news: a lone one the recogniser typed otherwise is a person."""
    return frozenset(row[0] for row in _rows("surnames.txt"))


@cache
def places() -> frozenset[str]:
    """Countries, regions, towns and districts: a lone one the recogniser called a person is a place."""
    return frozenset(row[0] for row in _rows("places.txt"))


@cache
def organisations() -> frozenset[str]:
    """Outlets, parties, firms, clubs and bodies named in news, written as they appear in text."""
    return frozenset(row[0] for row in _rows("organisations.txt"))


@cache
def person_nouns() -> dict[str, str]:
    """Noun → gender (m, f or -) for a person an article introduces without a name ("en kvinne")."""
    return {noun: gender for noun, gender in _rows("person_nouns.tsv")}


def person_noun_of(word: str) -> str | None:
    """The person noun a word is or ends in ("fastkunde" → "kunde", "nabo" → "nabo"), else None.

    A compound counts when what comes before the noun is at least three letters ("fastkunde"), so a
    short word that merely ends alike does not."""
    lowered = word.lower()
    nouns = person_nouns()
    if lowered in nouns:
        return lowered
    return next(
        (lowered[k:] for k in range(3, len(lowered) - 2) if lowered[k:] in nouns),
        None,
    )


@cache
def public_bodies() -> dict[str, str]:
    """Noun → entity type, for nouns that make a place name before them a public body: "Melhus
    kommune" (GPE_ORG), "Oslo tingrett" (ORG)."""
    return {noun: label for noun, label in _rows("public_bodies.tsv")}


@cache
def organisation_suffixes() -> tuple[str, ...]:
    return tuple(row[0] for row in _rows("organisation_suffixes.txt"))


@cache
def definite_person_nouns() -> dict[str, str]:
    """Definite forms of the person nouns → the noun ("kvinnen" → kvinne, "mannen" → mann, "jenta" →
    jente)."""
    forms: dict[str, str] = {}
    for noun in person_nouns():
        # (+ "t": a neuter in -e, "vitnet")
        for form in (
            noun + "en",
            noun + "n",
            noun + noun[-1] + "en",
            noun[:-1] + "a",
            noun + "a",
            noun + "t",
        ):
            forms.setdefault(form, noun)
    return forms


@cache
def org_reference_endings() -> tuple[str, ...]:
    """ "selskapet", "tilsynet", "kommunen": definite nouns for a body, alone or as a compound's end."""
    return tuple(function_words()["org_reference"])


def body_word_endings() -> tuple[str, ...]:
    """``org_reference_endings`` and the bodies a story names by their word alone ("politiet",
    "regjeringen", "Forbrukerrådet"): what can speak as a body with no name before it."""
    return (*org_reference_endings(), "politiet", "regjeringen", "rådet")


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Class → words, for the small closed classes the quotation rules test against."""
    return {
        cls: frozenset(w.strip() for w in words.split(",") if w.strip())
        for cls, words in _rows("function_words.tsv")
    }
