"""Speakers across articles: what one article tells about each of its speakers, and their gender.

Extraction gives each quotation the canonical speaker name *within* its article. The archive links
those names to speaker entities across articles (see ``SqlStore``); this module gathers, per article,
the evidence it uses: the names and role titles the article gives a speaker, the pronouns resolved to
them, and decides a gender only from evidence (pronoun, gendered role noun, first-name list), never
by guessing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from sitat import lexicons
from sitat.lexicons import role_of
from sitat.records import Article, Quotation

_GENDER = {"f": "female", "m": "male"}


@cache
def first_names() -> dict[str, str]:
    """First name (case-folded) → ``female``/``male``; names used for both are not in the list."""
    return {name.casefold(): _GENDER[gender] for name, gender in lexicons.first_names().items()}


@cache
def roles() -> dict[str, tuple[str, str | None]]:
    """Role noun (indefinite, case-folded; also two-word titles) → (the role, its gender or None).

    Definite and compound forms ("generalsekretæren", "NATO-sjef") are found through ``role_of``.
    """
    return {role.casefold(): (role, _GENDER.get(gender)) for role, gender in lexicons.titles().items()}


@cache
def pronouns() -> dict[str, str]:
    """Personal pronoun → the gender it gives the person it is resolved to."""
    return {form: _GENDER[p.gender] for form, p in lexicons.pronouns().items() if p.gender in _GENDER}


_PARTICLES = lexicons.function_words()["name_particle"]


def name_key(name: str) -> str:
    """The form names are compared in: case-folded, single spaces."""
    return " ".join(name.split()).casefold()


@lru_cache(maxsize=65_536)
def kind_of(name: str) -> str:
    """``person`` (a proper name of two or more words), ``single`` (one proper word: a surname or an
    organisation) or ``other`` (a role phrase such as ``en talsperson for politiet``)."""
    tokens = name.split()
    proper = [t for t in tokens if t.casefold() not in _PARTICLES]
    if not proper or not all(t[:1].isupper() or t[:1].isdigit() for t in proper):
        return "other"
    return "person" if len(tokens) >= 2 else "single"


def surname_key(name: str) -> str | None:
    """The last word of a personal name, case-folded (``Stoltenberg``)."""
    kind = kind_of(name)
    if kind == "other":
        return None
    return name.split()[-1].casefold()


def first_name_gender(name: str) -> str | None:
    if kind_of(name) != "person":
        return None
    first = name.split()[0]
    table = first_names()
    gender = table.get(first.casefold())
    if gender is None and "-" in first:
        gender = table.get(first.split("-")[0].casefold())
    return gender


@dataclass(slots=True)
class SpeakerEvidence:
    """What one article says about one of its speakers."""

    name: str
    aliases: Counter[str] = field(default_factory=Counter)  # other names used (not pronouns)
    roles: Counter[str] = field(default_factory=Counter)  # role titles, indefinite form
    pronouns: Counter[str] = field(default_factory=Counter)  # "female"/"male" from resolved pronouns
    role_gender: Counter[str] = field(default_factory=Counter)


_WORDS_AFTER_COMMA = re.compile(r"\s*,\s+(\w+)(?:\s+(\w+))?")


def evidence(article: Article, quotations: list[Quotation]) -> dict[str, SpeakerEvidence]:
    """Per canonical speaker name of the article: aliases, role titles and pronoun genders."""
    found: dict[str, SpeakerEvidence] = {}
    role_table = roles()
    pronoun_table = pronouns()
    for q in quotations:
        if not q.speaker or q.reporter:
            continue
        name = " ".join(q.speaker.split())
        ev = found.setdefault(name, SpeakerEvidence(name))
        mention = " ".join((q.speaker_mention or "").split())
        folded = mention.casefold()
        if folded in pronoun_table:
            ev.pronouns[pronoun_table[folded]] += 1
        elif mention and mention != name:
            _mention_evidence(mention, name, ev, role_table)
    text = article.text
    for name, ev in found.items():
        if kind_of(name) == "other":
            continue
        pos = text.find(name)
        while pos >= 0:
            _roles_around(text, pos, pos + len(name), ev, role_table)
            pos = text.find(name, pos + len(name))
    return found


def _mention_evidence(mention: str, name: str, ev: SpeakerEvidence, table: dict) -> None:
    """A mention other than the canonical name: a role (``generalsekretæren``), a role and a name
    (``statsminister Stoltenberg``: the role, and ``Stoltenberg`` as an alias), or another name.
    Words in lower case alone (``kvinna``, ``jenta``) are descriptions, not names: not aliases."""
    words = mention.split()
    lead: list[str] = []
    while words and (words[0].islower() or words[0].casefold() in table) and len(words) > 1:
        lead.append(words.pop(0))
    if not words[0][:1].isupper():  # no name in it: a role noun or a description
        found = _role_in(lead + words, table)
        if found:
            _count_role(found, ev)
        return
    if lead:
        found = _role_in(lead, table)
        if found:
            _count_role(found, ev)
    alias = " ".join(words)
    if alias != name:
        ev.aliases[alias] += 1


def _roles_around(text: str, start: int, end: int, ev: SpeakerEvidence, table: dict) -> None:
    """Role titles right before a name (``generalsekretær Jens Stoltenberg``, ``administrerende
    direktør Kari Nordmann``) or right after it in an apposition (``Jens Stoltenberg, generalsekretær
    i NATO``)."""
    before = text[max(0, start - 50) : start]
    if before[-1:].isspace():
        words = before.split()[-2:]
        found = _role_in(words, table)
        if found:
            _count_role(found, ev)
    after = _WORDS_AFTER_COMMA.match(text, end, end + 60)
    if after:
        found = _role_in([w for w in after.groups() if w], table, leading=True)
        if found:
            _count_role(found, ev)


def _role_in(words: list[str], table: dict, leading: bool = False) -> tuple[str, str | None] | None:
    """The longest role title among the last (or, ``leading``, the first) one or two words."""
    if not words:
        return None
    pair = " ".join(words[:2] if leading else words[-2:]).casefold()
    single = (words[0] if leading else words[-1]).strip(",.:;").casefold()
    if len(words) >= 2 and pair in table:
        return table[pair]
    if single in table:
        return table[single]
    base = role_of(single) if single.isalpha() or "-" in single else None
    if base:  # a compound title: "NATO-sjef", "helseministeren"
        return base, table.get(base, (base, None))[1]
    return None


def _count_role(found: tuple[str, str | None], ev: SpeakerEvidence) -> None:
    role, gender = found
    ev.roles[role] += 1
    if gender:
        ev.role_gender[gender] += 1


def decide_gender(name: str, pronoun_votes: Counter[str], role_votes: Counter[str]) -> tuple[str, str | None]:
    """(gender, evidence) for a speaker entity: pronouns first, then a gendered role noun, then the
    first name; ``("unknown", None)`` when there is no evidence or it contradicts itself."""
    kind = kind_of(name)
    for votes, source in ((pronoun_votes, "pronoun"), (role_votes, "role")):
        female, male = votes.get("female", 0), votes.get("male", 0)
        if kind == "other" and source == "pronoun":
            continue  # "politiet … han" is a coreference slip, not evidence about a person
        if female + male == 0:
            continue
        if female >= 2 * male and female > 0:
            return "female", source
        if male >= 2 * female and male > 0:
            return "male", source
    gender = first_name_gender(name)
    if gender:
        return gender, "first-name"
    return "unknown", None
