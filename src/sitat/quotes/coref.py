"""Coreference stage: one canonical speaker per source within the article.

``Stoltenberg``, ``Jens Stoltenberg``, ``generalsekretæren`` and ``han`` become ``Jens Stoltenberg``:

- names are grouped by surname (or first name), and the fullest name in a group is its canonical form;
- role nouns ("statsministeren", "pappa") point to the person the article introduced in that role
  ("statsminister Jens Stoltenberg", "pappa Tore");
- pronouns point back to the nearest compatible person outside quotations: a ``han`` inside the
  previous quotation is somebody the speaker talked about, not the speaker;
- a continuation paragraph, and an answer after a reporter's question, keep the previous speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitat.lexicons import (
    cue_phrases,
    cue_verbs,
    definite_person_nouns,
    first_names,
    function_words,
    organisation_suffixes,
    person_noun_of,
    person_nouns,
    pronouns,
    role_hypernyms,
    role_of,
    surnames,
    titles,
)
from sitat.quotes.grammar import (
    DECADE_OF_LIFE,
    apposes_unnamed_person,
    doc_text,
    document_noun,
    is_evidence_noun,
    is_finite_verb,
    is_proper,
    is_subject_pronoun,
    may_be_finite_verb,
    names_a_person_by_kind,
    names_itself,
    noun_or_untagged_word,
    org_endings,
    sentence_bounds,
    spelt_by,
    token_index_at,
    token_starts,
    words,
)
from sitat.quotes.pipeline import StatelessComponent, register_extensions
from sitat.records import Quotation

PERSON_LABELS = {"PER"}
_PREPOSITIONS = frozenset(
    {
        "til",
        "med",
        "mot",
        "om",
        "av",
        "for",
        "fra",
        "hos",
        "ved",
        "overfor",
        "ifølge",
        "på",
        "i",
        "etter",
        "under",
    }
)


#: a document's author in a clause right after it: ", som er skrevet av professor Liv Krogstad"
_WRITTEN_BY = re.compile(
    r",?\s*(?:som\s+(?:er|ble|var|har\s+blitt)\s+)?(?:skrevet|utarbeidet|laget|forfattet|signert)\s+av\s+"
    r"(?:[a-zæøå]+\s+){0,2}?((?:[A-ZÆØÅ][\w.'’-]*\s?){1,4})"
)

#: a document's author right after it: "i saksframlegget fra kommunedirektør Liv Haugom"
_FROM_AUTHOR = re.compile(r"\s+(?:fra|av)\s+(?:[a-zæøå]+\s+)?((?:[A-ZÆØÅ][\w'’-]*\s?){1,4})")
#: whom a line was said to, between its cue and its words ("sa til henne i korridoren: «…»")
_SAID_TO = re.compile(r"\btil (henne|ham|meg)\b")
#: who writes a work the article is about: "skriver Tone Lie", "forfatteren Tone Lie", "Tone Lie skriver"
_WRITER = re.compile(
    r"(?:\bskriver|\bskrev|\bforfatter(?:en)?)\s+((?:[A-ZÆØÅ][\w'’-]*\s?){1,4})"
    r"|((?:[A-ZÆØÅ][\w'’-]*\s){1,4})(?:skriver|skrev)\b"
)

#: answers one person gives before an article counts as an interview with that person
INTERVIEW_ANSWERS = 3
#: the longest line (in words) that counts as a turn in a quick exchange (_turn_in_exchange)
EXCHANGE_LINE_WORDS = 10


@cache
def role_family(role: str) -> frozenset[str]:
    """A role and the more general roles it is an instance of: a "fiskeriminister" is also a
    "minister" and a "statsråd" ("…, sier statsråden" points back to "fiskeriminister Tor Aas")."""
    family = {role} | {
        t for t in titles() if " " not in t and len(t) >= 4 and role.endswith(t) and _kin_of(role, t)
    }
    if "minister" in family or role == "statsråd":
        family |= {"minister", "statsråd"}
    for member in list(family):  # "sosiolog" is also "forsker" ("…, sier forskeren")
        family |= role_hypernyms().get(member, frozenset())
    return frozenset(family)


def _specific_roles(roles: set[str]) -> set[str]:
    """The titles a source was introduced with, not the wider ones they imply: of "meddommer" and
    "dommer", "meddommer"."""
    return {r for r in roles if not any(other != r and other.endswith(r) for other in roles)}


def _kin_of(role: str, title: str) -> bool:
    """Whether ``role`` ending in ``title`` is an instance of it: always, unless ``title`` is a family
    word and what comes before it is no family prefix ("storesøster" is a søster, "helsesøster" not)."""
    if role == title or title not in words("kinship"):
        return True
    return role[: -len(title)].rstrip("-") in words("kin_prefix")


@cache
def _LEXICON_WORDS() -> frozenset[str]:
    """Words sitat's lexicons know as ordinary words: never names, even when capitalised."""
    known = set().union(*function_words().values())
    known.update(w for phrase in cue_phrases() for w in phrase)
    return frozenset(known)


ORG_LABELS = {"ORG", "GPE_ORG"}


@dataclass
class Source:
    """One speaker within the article: its names, roles and what is known of its gender."""

    names: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    gender: str = "-"  # m, f or - (unknown)
    kind: str = "person"  # person | org | group
    person_evidence: bool = False  # a PER entity or a known first name named it
    age: int | None = None  # "Even Solberg (24)"
    age_guessed: bool = False  # the age came from an age noun pointing back, not from the text
    teams: set[str] = field(default_factory=set)  # "kvernhus" of "Kvernhus-trener Anders Myrvold"
    kinds: set[str] = field(default_factory=set)  # "selskapet" of "Energiselskapet Nordkapp Energi"
    introduced_at: int | None = None  # where the article first gives the full name
    _canonical: str | None = field(default=None, repr=False)
    _canonical_of: int = field(default=0, repr=False)

    @property
    def canonical(self) -> str:
        """The fullest name: most words, then most letters."""
        if self._canonical is None or self._canonical_of != len(self.names):
            self._canonical = max(self.names, key=lambda n: (len(n.split()), len(n)))
            self._canonical_of = len(self.names)
        return self._canonical

    @property
    def is_known_person(self) -> bool:
        """Something says this is a person: a person entity, a known first name, a role or a gender."""
        return self.person_evidence or bool(self.roles) or self.gender != "-"

    @property
    def surname(self) -> str:
        return self.canonical.split()[-1]


@dataclass
class _Mention:
    pos: int
    source: Source
    subject: bool = True  # in subject position (salient), rather than an object or after a preposition


def _person_noun_gender(noun: str) -> str | None:
    """The gender (m, f or -) of a noun for a person ("kvinne") or of a title it is or ends in
    ("matblogger" → "blogger"); None when it names no person."""
    role = role_of(noun)
    base = person_noun_of(noun)
    return (person_nouns()[base] if base else None) or (titles().get(role) if role else None)


#: words for a firm: a name written after one ("Oppdrettsselskapet Nordvik Sjømat") is a company's
_FIRM_KINDS = frozenset({"selskapet", "konsernet", "bedriften", "firmaet"})

#: marks that open a quotation or a title
_OPENING_MARKS = frozenset({"«", "“", '"'})

#: rules whose cue is the verb of the main clause that reports the quotation
_REPORTING_CLAUSE_METHODS = frozenset({"clause.at", "clause.bare", "clause.trailing"})

#: an organisation's short name in brackets right after its full name: "Verdens matvareprogram (WFP)"
_ABBREVIATION_AFTER = re.compile(r"\s*\(([A-ZÆØÅ][A-ZÆØÅ0-9&-]{1,9})\)")


#: "29-åringen": how news refers back to a person by age
_AGE_NOUN = re.compile(r"(\d{1,3})-åringen")
#: "en gutt på rundt ti år": an age after an unnamed person's noun
_AGED_TAIL = re.compile(
    r" på (?:rundt |omkring |ca\. |cirka )?(?:\d{1,3}|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|"
    r"tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tretti|førti|femti|seksti|sytti|åtti|"
    r"nitti) år\b"
)
_AGED = re.compile(r"(\d{1,3}) år (?:gammel|gamle) ")


def _clean_name(tokens: list[str]) -> str:
    return " ".join(tokens).replace(" - ", "-").strip(" ,.:;")


class _Coref:
    def __init__(self, doc: Doc, quotations: list[Quotation]):
        self.doc = doc
        self.quotations = quotations
        self.sources: list[Source] = []
        self.mentions: list[_Mention] = []  # salient mentions outside quotations, in text order
        self.quoted = sorted((q.start, q.end) for q in quotations if q.type == "direct" and not q.nested)
        # for inside_quote's binary search: the starts, and the furthest end among spans starting so far
        self._quoted_starts = [s for s, _ in self.quoted]
        self._quoted_reach = list(accumulate((e for _, e in self.quoted), max))
        self.reported = [(q.start, q.end) for q in quotations if q.type != "direct"]
        self.sentences = sentence_bounds(doc)
        self.narration_ranks = self._narration_ranks()  # the reach of "han"/"hun" (most_salient)
        self._resolved: dict[int, Source | None] = {}  # quotation index → source, as run() resolves them
        # full names written only as an owner ("Alf Jakobsens far"): no mention, but an age noun with
        # no one else to point to may mean that person
        self.owners: list[tuple[int, Source]] = []

    # -- names --------------------------------------------------------------------------------------

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and self._quoted_reach[i] > pos

    def name_tokens(self, span: Span) -> list[str]:
        """The trailing name of a phrase ("NATO-talsmann Ola Nilsen" → Ola Nilsen)."""
        toks = list(span)
        # an apposition ("talskvinne, Kari Lund"): prefer the part with a name
        end = len(toks)
        while end > 0 and not self._is_name_token(toks[end - 1]):
            if toks[end - 1].text == ",":
                break
            end -= 1
        if end == 0 or toks[end - 1].text == ",":
            names = [t for t in toks if self._is_name_token(t)]
            return [t.text for t in names[:4]] if names and names[0].i - span.start <= 3 else []
        if end < len(toks) and toks[end].text != ",":
            return []  # "Svenske medier": a capital then ordinary words is not a name
        start = end
        while start > 0 and (
            self._is_name_token(toks[start - 1])
            # "Lula da Silva", "Ursula von der Leyen": a particle inside the name
            or (
                start >= 2
                and toks[start - 1].is_lower
                and toks[start - 1].lower_ in words("name_particle")
                and (self._is_name_token(toks[start - 2]) or toks[start - 2].lower_ in words("name_particle"))
            )
        ):
            start -= 1
        run = toks[start:end]
        particles = words("name_particle")
        # (not "Ursula von der Leyen" tagged as two entities around its particles)
        entity_starts = [
            k for k, t in enumerate(run) if t.ent_iob_ == "B" and not (k and run[k - 1].lower_ in particles)
        ]
        if len(entity_starts) > 1 and run[entity_starts[-1]].ent_type_ in PERSON_LABELS:
            # "leder i Fiskerlaget Anne Moe": the person, not the organisation
            return [t.text for t in run[entity_starts[-1] :]]
        # a first name after words that are not first names ("Fiskerlaget Anne Moe" as one entity);
        # in "Karl Ove Knausgård" every word before the surname is a first name, so none is dropped
        first_name_at = next(
            (
                k
                for k, t in enumerate(run)
                if k > 0
                and len(run) - k >= 2  # "Micheál Martin", "Elton John": a surname that is also a first name
                and t.text in first_names()
                and not any(r.text in first_names() for r in run[:k])
            ),
            None,
        )
        if first_name_at is not None:
            return [t.text for t in run[first_name_at:]]  # the same, when the tagger made it one entity
        if start > 0 and (
            (toks[start - 1].pos_ == "ADP" and not role_of(toks[start - 1].text))
            or toks[start - 1].lower_ in ("i", "for", "fra", "hos", "ved")
        ):
            return []  # "De grønne i Bergen": the name is where they are, not who they are
        if (
            start >= 3
            and toks[start - 1].lower_ == "og"
            and self._is_name_token(toks[start - 2])
            and toks[start - 3].lower_ in ("i", "for", "fra", "hos", "ved")
        ):
            return []  # "Statsforvalteren i Troms og Finnmark": a county of two names is where, too
        return [t.text for t in run]

    def _is_name_token(self, tok) -> bool:
        possessive = tok.lower_ in pronouns() or tok.lower_ in words("determiner")
        if possessive and self._is_first_name_before_name(tok):
            return True  # "Hans Petter Lunde": a first name spelt like a possessive
        if not is_proper(tok) or tok.lower_ in pronouns() or tok.lower_ in words("determiner"):
            return False
        if not tok.pos_ and (tok.lower_ in cue_verbs() or tok.lower_ in _LEXICON_WORDS()):
            return False
        if role_of(tok.text) and tok.text not in first_names():
            return False
        return not self._is_genitive(tok.doc[tok.i : tok.i + 1])

    @staticmethod
    def _is_first_name_before_name(tok) -> bool:
        """A capitalised listed first name followed by another capitalised word: inside a sentence, or
        at its start where the entity tagger made both one person ("Hans Olav Berg mener …", not
        "Hans lag vant")."""
        doc = tok.doc
        if not (
            tok.text in first_names()
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].text[:1].isupper()
            and doc[tok.i + 1].is_alpha
        ):
            return False
        if tok.ent_iob_ == "B" and tok.ent_type_ == "PER" and doc[tok.i + 1].ent_iob_ == "I":
            return True
        return tok.i > 0 and not tok.is_sent_start and not doc[tok.i - 1].is_space

    def source_for_name(self, name: str, pos: int, kind: str = "person", roles: Iterable[str] = ()) -> Source:
        """The source ``name`` names at ``pos``; ``roles`` are the titles written with it, which pick
        between two people of one surname ("pappa Svindal" is the one introduced as "pappa")."""
        parts = name.split() or [name]
        if len(parts) == 1:
            word = parts[0]
            candidates = [
                s
                for s in self.sources
                if word in s.canonical.split() or s.canonical == word or word in s.names
            ]
            # a word inside the name of a place or a thing is not that name: "John" is not the line
            # «So was Elton John, mate» somebody quoted (but "Henrietta" is «Henrietta Jonasson»)
            candidates = [
                s for s in candidates
                if s.kind != "place" or word in s.names
                or word in (s.canonical.split()[0], s.canonical.split()[-1])
            ]  # fmt: skip
            if not candidates and word[:1].isupper():
                # "Sikkerhetsrådet" after "FNs sikkerhetsråd": the definite form of the name's last word
                lower = word.lower()
                stems = {lower[: -len(e)] for e in ("et", "en", "a", "ene") if lower.endswith(e)}
                candidates = [
                    s for s in self.sources
                    if s.kind != "person" and len(s.canonical.split()) > 1
                    and s.canonical.split()[-1].lower() in stems
                ]  # fmt: skip
            ending = [s for s in candidates if s.canonical.split()[-1] == word or word in s.names]
            if ending and any(len(s.canonical.split()) > 1 for s in ending):
                # "sier Kristiansen" in a story about "Kristiansen Transport": the person whose surname
                # it is, not a firm named after the family (which a story calls by its full name)
                candidates = ending
            family = set().union(*(role_family(r) for r in roles)) if roles else set()
            titled = [s for s in candidates if s.roles & family]
            if titled and len(titled) < len(candidates):
                candidates = titled
            people = [s for s in candidates if s.kind == "person" and s.introduced_at is not None]
            if not family and len(people) > 1 and len(people) == len(candidates):
                # a surname two people share, with no title to tell them apart ("pappa Solberg"), names
                # the one introduced first: the article gives the other (a relative, most often) by
                # first name ("Kåre Mørkved, faren hennes")
                return min(people, key=lambda s: s.introduced_at or 0)
            if candidates:
                return self._most_recent(candidates, pos)
        else:
            for s in self.sources:
                known = s.canonical.split()
                if not known:
                    continue
                if (
                    known[-1] == parts[-1]
                    and (
                        len(known) == 1
                        or known[0] == parts[0]
                        or len(parts) > len(known)
                        or known[-len(parts) :] == parts  # "de Seynes" of "Guillaume de Seynes"
                        or parts[0] in known[1:-1]  # "Tobben Farstad" of "Ole Torbjørn Tobben Drejer Farstad"
                    )
                ):
                    if name not in s.names:
                        s.names.append(name)
                    return s
                if name == s.canonical:
                    return s
                if (
                    len(parts) + 1 == len(known)
                    and known[:-1] == parts
                    and parts[0] in first_names()
                    and known[-1] in surnames()
                    and parts[-1] not in surnames()
                ):
                    return s  # "Kåre Mikal" after "Kåre Mikal Strand": his first names
                misspelt = len(parts) == len(known) and known[:-1] == parts[:-1]
                if misspelt and _one_letter_apart(known[-1], parts[-1]):
                    return s  # "Peter Tachell" after "Peter Tatchell": the same person, misspelt
        source = Source(names=[name], kind=kind)
        if (kind == "person" and parts[0] in first_names() and len(parts) > 1) or (
            kind == "person" and len(parts) == 1 and parts[0] in first_names()
        ):
            source.gender = first_names()[parts[0]]
        if kind == "person" and (name.isupper() or name.endswith(organisation_suffixes())):
            source.kind = "org"
        self.sources.append(source)
        return source

    def _without_title(self, span: Span) -> Span:
        """An entity without the title the tagger took into it ("Ordfører Lise Berg" → "Lise Berg")."""
        start = span.start
        while (
            start < span.end - 1
            and role_of(self.doc[start].text)
            and not first_names().get(self.doc[start].text)
        ):
            start += 1
        names = first_names()
        first = next((k for k in range(start, span.end) if self.doc[k].text in names), None)
        if first is not None and first > start and span.end - first >= 2 and span.label_ in PERSON_LABELS:
            start = first  # "Avisen Kari Moe" tagged as one person: the person starts at the first name
        end = span.end
        if span.label_ in PERSON_LABELS:
            # "Darren på puben" tagged as one person: a name has no lower-case words but its particles
            particles = words("name_particle")
            doc = self.doc
            lower = next(
                (k for k in range(start + 1, span.end) if doc[k].is_lower and doc[k].lower_ not in particles),
                None,
            )
            end = lower if lower is not None else end
        if start == span.start and end == span.end:
            return span
        return Span(self.doc, start, end, label=span.label_)  # keeps what the tagger said it is

    def _is_title_in_marks(self, span: Span) -> bool:
        """A name that fills a pair of quotation marks on its own (a book, a song, a film)."""
        doc = self.doc
        before = doc[span.start - 1].text if span.start > 0 else ""
        after = doc[span.end].text if span.end < len(doc) else ""
        return (before, after) in (("«", "»"), ('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"))

    def _has_age(self, span: Span) -> bool:
        """A name followed by an age in brackets, "Ingeborg (34)": news only does that for people."""
        doc = self.doc
        k = span.end
        return k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].like_num and doc[k + 2].text == ")"

    def _is_credit(self, span: Span) -> bool:
        """A name credited for a picture or graphic: "Foto: Kari Moe", "FOTO: KARI MOE / NTB"."""
        doc = self.doc
        k = span.start - 1
        if k < 1 or doc[k].text != ":":
            return False
        return doc[k - 1].lower_ in words("web_label")

    def _is_genitive(self, span: Span) -> bool:
        last = span[-1]
        nxt = last.nbor() if last.i + 1 < len(self.doc) else None
        if last.text.endswith("s") and nxt is not None and nxt.text in ("«", "“"):
            return True  # "Hitlers «Mein Kampf»": the owner of a title
        if not last.text.endswith("s") or nxt is None or not nxt.text[:1].islower() or nxt.is_punct:
            return False
        if not nxt.pos_:
            # untagged: "Moes mann", "Hermès dokumentmappe" — but not "Øyvind Foss går", "dos Santos var":
            # a word that looks like a verb follows the name itself, unless the name is known without s
            base = last.text[:-1]
            known = base in surnames() or base in first_names()
            if known or any(base in s.names or base == s.surname for s in self.sources):
                return True
            return not (nxt.lower_.endswith(("r", "te", "de", "et")) or nxt.lower_ in words("strong_past"))
        # "Karis far" — but not "Tor Aas avviser": a verb after a name ending in s is its verb
        return nxt.pos_ not in ("VERB", "AUX", "ADV", "ADP", "PRON", "SCONJ", "CCONJ")

    def _role_holders(self, role: str) -> list[Source]:
        """Sources introduced with this role: those who hold it as such first ("generalsekretæren" is
        the generalsekretær, not the statssekretær named since), else any of its family ("lederen" for
        "forbundsleder X")."""
        # (one who was introduced with exactly this title first: "Dommeren" is "dommer Finn Lie", not
        # "meddommer Espen Dahl", who is a "dommer" too)
        specific = [s for s in self.sources if role in _specific_roles(s.roles) and s.person_evidence]
        exact = specific or [s for s in self.sources if role in s.roles]
        if exact:
            return exact
        family = role_family(role)
        # not a holder of another title of the same kind: "statsministeren" is not "forsvarsminister
        # Ola Berg", though both are ministers
        return [
            s
            for s in self.sources
            if family & s.roles
            and not any(r not in family and any(r.endswith(t) and r != t for t in family) for r in s.roles)
        ]

    def _family_member(self, role: str, pos: int, exclude: Source | None = None) -> Source | None:
        """ "Moren legger til at …", "Kona ser på ham", "Datteren så det annerledes": a parent, spouse
        or child word nobody was introduced with, in a story about a family (two people or more share a
        surname), is its most salient member of that gender not introduced as one of another
        generation ("datteren Marte" is not the mother)."""
        gender = titles().get(role, "-")
        kin = words("kin_not_parent") if role in words("kin_parent") else words("kin_not_child")
        named = [s for s in self.sources if s.kind == "person" and s.is_known_person and " " in s.canonical]
        # "Astrid Kvalvik" and her daughter "Berit Kvalvik Lien": any surname word shared (not a middle
        # name: "Karl Ove" and "Jens Ove" are no family)
        surnames = {
            id(s): {w for w in s.canonical.split()[1:] if w[:1].isupper() and w not in first_names()}
            for s in named
        }
        shared = Counter(word for words_ in surnames.values() for word in words_)
        family = {id(s) for s in named if any(shared[word] > 1 for word in surnames[id(s)])}
        # "Per Grøndahl (67) har drevet garden i 40 år. Sønnen Even (31) skal ta over": a relative
        # introduced by first name with a family word belongs to the person named just before
        text = doc_text(self.doc)
        for relative in self.sources:
            first = min((m.pos for m in self.mentions if m.source is relative), default=None)
            if not relative.roles & words("kinship") or " " in relative.canonical or first is None:
                continue
            start, _ = self._sentence_of(first) or (first, 0)
            floor = text.rfind("\n\n", 0, start) + 1
            family |= {
                id(m.source) for m in self.mentions if floor <= m.pos < start and m.source.kind == "person"
            }

        def fits(s: Source) -> bool:
            return id(s) in family and (gender == "-" or s.gender == gender) and not s.roles & kin

        # "Moren, Anette Hamre, …" then "Mamma sier alltid det": the one introduced with the word
        holding = [
            s
            for s in self.sources
            if fits(s) and s.roles & role_family(role) and s is not exclude and self._named_before(s, pos)
        ]
        if len(holding) == 1:
            return holding[0]
        found = self.most_salient(pos, fits, exclude)
        if found is None:
            # named too far back to be salient, but the only one the word can be
            only = [s for s in self.sources if fits(s) and s is not exclude and self._named_before(s, pos)]
            found = only[0] if len(only) == 1 else None
        return found

    def _introduced_with(self, source: Source, word: str) -> bool:
        """Whether ``word`` stands among the few words before a mention of ``source`` ("NHOs leder
        Ole Berg": introduced with NHO's)."""
        for m in self.mentions:
            if m.source is source:
                k = self._token_at(m.pos)
                if any(t.text == word for t in self.doc[max(k - 4, 0) : k]):
                    return True
        return False

    def _named_before(self, source: Source, pos: int) -> bool:
        """Whether the narration names ``source`` before character ``pos``."""
        return any(m.source is source and m.pos < pos for m in self.mentions)

    def _sibling_of_last_named(self, role: str, pos: int) -> Source | None:
        """ "Broren hennes, Geir Strand, bor i Oslo. Ifølge søsteren …": a sibling word is the most
        salient person of its gender who shares a surname with the person named last before it (whose
        sibling is meant), not one introduced as a parent."""
        gender = titles().get(role, "-")
        last = next(
            (
                m.source
                for m in sorted(self.mentions, key=lambda m: -m.pos)
                if m.pos < pos and m.source.kind == "person" and " " in m.source.canonical
            ),
            None,
        )
        if last is None or gender == "-":
            return None
        kin = [
            s
            for s in self.sources
            if s is not last
            and s.kind == "person"
            and " " in s.canonical
            and s.surname == last.surname
            and s.gender == gender
            and not s.roles & words("kin_parent")
        ]
        return self.most_salient(pos, lambda s: s in kin)

    def _most_recent(self, candidates: list[Source], pos: int) -> Source:
        best, best_pos = candidates[0], -1
        for m in self.mentions:
            if m.pos < pos and m.source in candidates and m.pos > best_pos:
                best, best_pos = m.source, m.pos
        return best

    def roles_before(self, span: Span) -> list[str]:
        """Title words just before a name: "statsminister", "NATOs generalsekretær", "pappa"."""
        out = []
        doc = self.doc
        i = span.start - 1
        # "litteraturkritiker i danske Avisen Kari Moe": the title before where the person works
        for k in range(span.start - 2, max(span.start - 5, -1), -1):
            if doc[k].lower_ in ("i", "ved", "hos", "for") and k > 0 and role_of(doc[k - 1].text):
                if all(is_proper(t) or t.pos_ == "ADJ" for t in doc[k + 1 : span.start]):
                    i = k - 1
                break
        while i >= 0 and i >= span.start - 3 - (span.start - 1 - i):
            role = role_of(doc[i].text)
            if role is None:
                break
            out.append(role)
            i -= 1
        if i >= 1 and doc[i].text == ",":
            out += self._apposed_role(i)  # "Daglig leder i X, Eva Dahl", "Aktor, politiadvokat Siri Vatne"
        return out

    def _apposed_role(self, comma: int) -> list[str]:
        """The role of a phrase the name stands in apposition to: "Direktør for energi i NHO, Kari
        Berg, …", "Foreningens leder, Marte Nilsen, …" (the role opens the phrase; no verb in it)."""
        doc = self.doc
        k = comma - 1

        def opens_phrase(i: int) -> bool:
            return i == 0 or doc[i].is_sent_start or doc[i - 1].is_punct or doc[i - 1].is_space

        while comma - k < 10 and not opens_phrase(k):
            k -= 1
        phrase = doc[k:comma]
        if not len(phrase) or not opens_phrase(k):
            return []
        if any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return []
        return [role for t in phrase[:2] if (role := role_of(t.text))]  # "Daglig leder": both

    def collect(self) -> None:
        """Persons and organisations the article names, in text order, with their roles."""
        doc = self.doc
        spans: list[tuple[Span, str]] = []
        if doc.has_annotation("ENT_IOB"):
            # names the entity tagger missed: two or more proper nouns in a row, starting with a first name
            i = 0
            while i < len(doc):
                if doc[i].pos_ == "PROPN" and not doc[i].ent_type_ and doc[i].text in first_names():
                    j = i
                    while j < len(doc) and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
                        j += 1
                    if j - i >= 2:
                        spans.append((doc[i:j], "person"))
                    i = j
                else:
                    i += 1
            for ent in doc.ents:
                if self._is_title_in_marks(ent):
                    spans.append((ent, "place"))  # «Mein Kampf», «Min kamp»: a work's title, not a person
                elif ent.label_ in PERSON_LABELS:
                    spans.append((ent, "person"))
                elif ent.label_ in ORG_LABELS:
                    spans.append((ent, "org"))
                elif ent.label_ in ("GPE_LOC", "LOC", "PROD", "EVT"):
                    spans.append((ent, "place"))  # a place or a thing: a name, never a speaker pronoun's
        else:
            i = 0
            sentence_starts = {s for s, _ in self.sentences}
            while i < len(doc):
                if self._is_name_token(doc[i]) and doc[i].is_alpha:
                    j = i
                    while j < len(doc) and self._is_name_token(doc[j]):
                        j += 1
                    if j - i >= 2 or doc[i].idx not in sentence_starts:
                        spans.append((doc[i:j], "person"))
                    i = j
                else:
                    i += 1
        spans = [part for span, kind in spans for part in self._persons_corrected(span, kind)]
        spans += self._name_parts_alone(spans)
        spans = [(self._without_title(span), kind) for span, kind in spans if len(self._without_title(span))]
        spans = [(span, "person" if self._has_age(span) else kind) for span, kind in spans]
        # a name the article writes as a title in marks once («Mein Kampf») is that work wherever it
        # stands, also where the tagger calls it a person
        works = {span.text for span, kind in spans if kind == "place" and self._is_title_in_marks(span)}
        spans = [(span, "place" if span.text in works else kind) for span, kind in spans]
        full_first = sorted(spans, key=lambda sk: -len(sk[0]))
        text = doc_text(doc)
        for span, kind in full_first:  # full names first, so that "Stoltenberg" finds "Jens Stoltenberg"
            name = _clean_name([t.text for t in span if not t.is_punct or t.text == "-"])
            if len(name.split()) > 1 and name.endswith("s") and self._is_genitive(span):
                # "Kristin Halvorsens karriere" is the only full name of the "Halvorsen" quoted later
                surname = name.split()[-1][:-1]
                if re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text):
                    name = name[:-1]
            if len(name.split()) > 1:
                source = self.source_for_name(name, span.start_char, kind)
                if source.introduced_at is None or span.start_char < source.introduced_at:
                    source.introduced_at = span.start_char
                short = _ABBREVIATION_AFTER.match(text, span.end_char)
                if kind == "org" and short and short.group(1) not in source.names:
                    # "Verdens matvareprogram (WFP)": the short name is the same source
                    source.names.append(short.group(1))
        self._collect_couples(spans)
        for span, kind in spans:
            name = _clean_name([t.text for t in span if not t.is_punct or t.text == "-"])
            if not name.strip():
                continue
            if self._is_genitive(span):
                owner = next((s for s in self.sources if name[:-1] in s.names), None)
                if kind == "person" and len(name.split()) > 1 and owner is not None:
                    self.owners.append((span.start_char, owner))
                continue  # "Karis far": Kari is not the one acting here
            if self._is_credit(span):
                continue  # "Foto: Ola Nordmann": who took the picture is nobody in the story
            if (
                name.endswith("s")
                and len(name.split()) == 1
                and any(s.canonical.split()[-1] == name[:-1] for s in self.sources)
            ):
                continue  # a genitive ("Stoltenbergs") is not a mention of a speaker
            roles = self.roles_before(span)
            source = self.source_for_name(name, span.start_char, kind, roles)
            if (
                kind == "person"
                and (span.label_ in PERSON_LABELS or span[0].text in first_names() or self._has_age(span))
                # introduced as "Oppdrettsselskapet X" (but "styreleder i borettslaget Gunvor Rasch" is her)
                and not (
                    source.kind == "org" and source.kinds & _FIRM_KINDS and span[0].text not in first_names()
                )
            ):
                source.kind = "person"
                source.person_evidence = True
            if self._has_age(span) and self.doc[span.end + 1].text.isdigit():
                source.age = int(self.doc[span.end + 1].text)  # not "(6.10.)", which is a date
            for role in roles:
                source.roles |= role_family(role)
                if source.gender == "-" and titles().get(role, "-") != "-":
                    source.gender = titles()[role]
            if span.start > 0 and (team := _title_prefix(self.doc[span.start - 1].text)):
                source.teams.add(team)
            if span.start > 0 and kind == "org":
                before = self.doc[span.start - 1].lower_
                kinds_here = {w for w in words("org_reference") if before.endswith(w)}
                source.kinds |= kinds_here
                if (
                    kinds_here & _FIRM_KINDS
                    and source.kind == "person"
                    and not source.roles
                    and name.split()[0] not in first_names()
                ):
                    # "Oppdrettsselskapet Nordvik Sjømat" after a headline that tagged the name as a person's
                    source.kind = "org"
            if self.inside_quote(span.start_char):
                continue
            self.mentions.append(_Mention(span.start_char, source, self._in_subject_position(span)))
        self._collect_known_names(spans)
        self._collect_role_subjects({t.i for span, _ in spans for t in span})
        self._collect_unnamed_persons()
        self._collect_introduced_persons()
        self._collect_definite_references()
        self._collect_group_subjects()
        self.mentions.sort(key=lambda m: m.pos)
        self._collect_age_references()
        self.mentions.sort(key=lambda m: m.pos)

    def _collect_couples(self, spans: list[tuple[Span, str]]) -> None:
        """ "Eli og Torbjørn Vassbotn": a lone first name joined by "og" to a full name shares its
        surname, so "Eli" is "Eli Vassbotn" wherever the article names her alone."""
        doc = self.doc
        for span, kind in spans:
            k = span.start
            if kind != "person" or len(span) < 2 or span[0].text not in first_names() or k < 2:
                continue
            first = doc[k - 2]
            if doc[k - 1].lower_ != "og" or first.text not in first_names():
                continue
            if k >= 3 and doc[k - 3].text[:1].isupper() and not doc[k - 3].is_sent_start:
                continue  # "Kari Nordmann og Ola Hansen": two full names
            source = self.source_for_name(f"{first.text} {span[-1].text}", first.idx, "person")
            source.person_evidence = True
            if source.gender == "-":
                source.gender = first_names()[first.text]
            if not self.inside_quote(first.idx):
                self.mentions.append(_Mention(first.idx, source, self._in_subject_position(span)))

    def _opens_sentence(self, span: Span) -> bool:
        """Whether ``span`` opens its sentence, after at most "men", "også" or "og" (the parse's
        sentence starts, else the sentences', which hold outside the gate too)."""
        if span[0].is_sent_start or any(start == span.start_char for start, _ in self.sentences):
            return True
        before = self.doc[span.start - 1] if span.start > 0 else None
        # "Da 34-åringen selv forklarte seg, fortalte han …": a fronted clause's subject is as salient
        openers = {"men", "også", "og"} | words("subordinator")
        return before is not None and before.is_sent_start and before.lower_ in openers

    def _persons_corrected(self, span: Span, kind: str) -> list[tuple[Span, str]]:
        """A recogniser's span as the persons it holds: "Lene og Håvard Grønning Aas" as one person is
        two; "en Massey Ferguson fra 1968" after an indefinite article is a thing; a titled name tagged
        as a product is a person."""
        doc = self.doc
        if kind == "person" and span.start > 0 and doc[span.start - 1].lower_ in ("en", "et", "ei"):
            return [(span, "place")]
        if kind == "place" and span.label_ in ("PROD", "EVT") and span.start > 0:
            # "Senator Rodrigo Alves Pimentel" with the name tagged a product: a first name or a title
            # before it makes it a person
            before = doc[span.start - 1]
            if span.start >= 2 and before.text in first_names():
                return [(doc[span.start - 1 : span.end], "person")]
            if not before.ent_type_ and role_of(before.text):
                return [(span, "person")]
        joint = next((t.i for t in span if t.lower_ == "og"), None)
        if kind != "person" or joint is None or joint == span.start or joint == span.end - 1:
            return [(span, kind)]
        return [(doc[span.start : joint], kind), (doc[joint + 1 : span.end], kind)]

    def _name_parts_alone(self, spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
        """ "Håvard er snekker …", "Duarte Campos avviste kravet.": the first name or the surname of a
        person the article named in full, standing where the recogniser tagged nothing (most often
        outside the parse gate), is a mention of that person."""
        doc = self.doc
        tagged = {t.i for span, _ in spans for t in span}
        forms: set[tuple[str, ...]] = set()
        # the recogniser's persons, and the names that attribute quotations (which it may have missed)
        named = list(spans) + [
            (phrase, "person")
            for q in self.quotations
            if q.speaker_start is not None
            and q.speaker_end is not None
            and (phrase := doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")) is not None
        ]
        for whole, kind in named:
            span = self._without_title(whole)  # "Miljøvernminister Helena Duarte Campos"
            if kind != "person" or len(span) < 2 or span[0].text not in first_names():
                continue
            if not all(is_proper(t) for t in span):
                continue
            forms.add((span[0].text,))  # "Håvard"
            forms.add(tuple(t.text for t in span[1:]))  # "Duarte Campos", "Grønning Aas"
        by_first_word: dict[str, list[tuple[str, ...]]] = {}
        for form in sorted(forms, key=len, reverse=True):
            by_first_word.setdefault(form[0], []).append(form)
        found: list[tuple[Span, str]] = []
        for t in doc:
            if t.i in tagged or t.text not in by_first_word:
                continue
            for form in by_first_word[t.text]:
                end = t.i + len(form)
                if end > len(doc) or tuple(x.text for x in doc[t.i : end]) != form:
                    continue
                if any(k in tagged for k in range(t.i, end)) or (end < len(doc) and is_proper(doc[end])):
                    continue  # inside a longer name ("Håvard Grønning Aas" is tagged as it stands)
                found.append((doc[t.i : end], "person"))
                tagged.update(range(t.i, end))
                break
        return found

    def _collect_age_references(self) -> None:
        """ "21-åringen har kontrakt med Molde": an age noun in the narration refers back to the person
        of that age (or the one just named), and is a mention the "han" after it can point to."""
        doc = self.doc
        speakers = {q.speaker_start for q in self.quotations}
        found: list[_Mention] = []
        for match in _AGE_NOUN.finditer(doc_text(doc)):
            if match.start() in speakers or self.inside_quote(match.start()):
                continue
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            source = self.resolve_age_noun(int(match.group(1)), match.start())
            if source is not None:
                # a subject only where it opens the sentence: after a verb it is most often the object
                # ("… og kaller 19-åringen «…»"), which a later "hun" points past
                found.append(_Mention(match.start(), source, self._opens_sentence(span)))
        self.mentions.extend(found)

    def _collect_group_subjects(self) -> None:
        """People named as a group by the subject that opens a sentence ("Beboerne i Lia har samlet …",
        "Foreldrene er sinte."): a source the "de" right after can point to."""
        doc = self.doc
        groups = words("group_noun")
        suffixes = tuple(words("group_suffix"))
        for start, end in self.sentences:
            if self.inside_quote(start):
                continue
            k = self._token_at(start)
            if k + 1 >= len(doc) or not doc[k].is_title or doc[k].ent_type_:
                continue
            lower = doc[k].lower_
            if lower not in groups and not (lower.endswith(suffixes) and len(lower) > 7):
                continue
            last = k
            if k + 2 < len(doc) and doc[k + 1].lower_ in ("i", "ved", "på") and doc[k + 2].text[:1].isupper():
                last = k + 2  # "Beboerne i Lia", "Foreldrene ved Lia skole"
                institution = ("skole", "skule", "barnehage")
                while last + 1 < len(doc) and (
                    doc[last + 1].text[:1].isupper() or doc[last + 1].lower_ in institution
                ):
                    last += 1
            if doc[last].idx + len(doc[last]) > end:
                continue
            phrase = doc[k : last + 1].text
            source = Source(names=[phrase], kind="group")
            self.sources.append(source)
            self.mentions.append(_Mention(doc[k].idx, source, True))

    def _collect_unnamed_persons(self) -> None:
        """A person introduced without a name as the subject that opens a sentence ("En kvinne som bor
        i nærheten, ble vekket …"): a source of its own, named by that phrase, so the "hun" right after
        points to her and not to an older name."""
        doc = self.doc
        for start, end in self.sentences:
            if self.inside_quote(start):
                continue
            k = self._inverted_indefinite(self._token_at(start), end)
            apposed = self._apposed_indefinite(self._token_at(start), end)
            if apposed is not None:
                # "Den ansatte, en kvinne i 20-årene, forklarte …": the apposition says who she is
                k, closing = apposed
                gender = next(
                    (_person_noun_gender(t.lower_) for t in doc[k + 1 : k + 3] if t.lower_ in person_nouns()),
                    None,
                )
                opener = list(doc[self._token_at(start) : k - 1])
                named_by = opener if names_itself(opener) else list(doc[k:closing])
                name = doc[named_by[0].i : named_by[-1].i + 1].text
                source = Source(names=[name], gender=gender or "-", person_evidence=True)
                self.sources.append(source)
                self.mentions.append(_Mention(named_by[0].idx, source, True))
                continue
            if k is None:
                k = self._token_at(start)
                if k + 2 < len(doc) and doc[k].text == "Også" and doc[k + 1].text in ("en", "ei", "et"):
                    k += 1  # "Også en politibetjent som var først på stedet, forklarte …"
                elif k + 1 >= len(doc) or doc[k].text not in ("En", "Ei", "Et"):
                    continue
            source = self._unnamed_person_at(k, end)
            if source is None:
                continue
            self.sources.append(source)
            self.mentions.append(_Mention(doc[k].idx, source, True))

    def _apposed_indefinite(self, first: int, end: int) -> tuple[int, int] | None:
        """ "Den ansatte, en kvinne i 20-årene, forklarte …": the tokens of the indefinite phrase in
        apposition to a subject that names a person by kind."""
        doc = self.doc
        commas = [k for k in range(first + 1, min(first + 5, len(doc))) if doc[k].text == ","]
        if not commas:
            return None
        comma = commas[0]
        closing = next((k for k in range(comma + 1, min(comma + 11, len(doc))) if doc[k].text == ","), None)
        if closing is None or doc[closing].idx >= end:
            return None
        if apposes_unnamed_person(list(doc[first:comma]), list(doc[comma + 1 : closing])):
            return comma + 1, closing
        return None

    def _unnamed_person_at(self, k: int, end: int) -> Source | None:
        """The person an indefinite phrase starting at token ``k`` ("en"/"ei") introduces, named by the
        phrase ("En 52 år gammel mann fra Hovdal"), or None when it names no person."""
        doc = self.doc
        text = doc_text(doc)
        n = k + 1
        aged = _AGED.match(text, doc[n].idx, end)
        age = None
        if aged:  # "En 52 år gammel mann fra Hovdal": "52-åringen" later
            age = int(aged.group(1))
            n = self._token_at(aged.end())
            if n >= len(doc) or doc[n].idx < aged.end():
                return None
        for _ in range(2):  # "En annen kunde", "Ei eldre dame": adjectives before the noun
            noun = doc[n].lower_
            if person_nouns().get(noun) or role_of(noun) or n + 1 >= len(doc):
                break
            if not (doc[n].is_lower and doc[n].pos_ in ("ADJ", "DET", "")):
                break
            n += 1
        gender = _person_noun_gender(doc[n].lower_)  # "en tysk matblogger": a compound of a title
        if gender is None:
            return None
        # the phrase runs to the comma that closes its relative clause, or to its verb
        j = n + 1
        met = (
            j < len(doc)
            and any(  # "Et vitne som NTB har snakket med": how the paper met her
                t.lower_ in words("met_by_reporter") for t in doc[j : j + 6] if t.idx < end
            )
        )
        if j < len(doc) and doc[j].lower_ == "som" and not met:
            comma = text.find(",", doc[j].idx, end)
            if comma < 0:
                return None
            phrase_end = comma
        else:
            phrase_end = doc[n].idx + len(doc[n])
            aged_tail = _AGED_TAIL.match(text, phrase_end)
            if aged_tail and aged_tail.end() <= end:
                phrase_end = aged_tail.end()  # "en gutt på rundt ti år": his age is part of who
            elif j + 1 < len(doc) and doc[j].lower_ == "i" and DECADE_OF_LIFE.fullmatch(doc[j + 1].text):
                phrase_end = doc[j + 1].idx + len(doc[j + 1])  # "En kvinne i 40-årene": her age
            elif j + 1 < len(doc) and doc[j].lower_ in ("fra", "i") and doc[j + 1].text[:1].isupper():
                phrase_end = doc[j + 1].idx + len(doc[j + 1])  # "… mann fra Hovdal"
            elif (
                j + 2 < len(doc)
                and doc[j].lower_ in ("i", "med", "fra")
                and noun_or_untagged_word(doc[j + 1])
                # untagged, a present tense after it ends the phrase: "… i refleksvest sitter"
                and may_be_finite_verb(doc[j + 2])
            ):
                phrase_end = doc[j + 1].idx + len(doc[j + 1])  # "Ei kvinne i refleksvest sitter …"
            elif (
                j + 3 < len(doc)
                and doc[j].lower_ in ("i", "med")
                and doc[j + 1].is_lower
                and doc[j + 1].pos_ in ("ADJ", "")
                and noun_or_untagged_word(doc[j + 2])
                and doc[j + 2].lower_ not in ("og", "eller", "men")  # "med hettegenser og hodetelefoner"
                and may_be_finite_verb(doc[j + 3])
            ):
                phrase_end = doc[j + 2].idx + len(doc[j + 2])  # "En mann i oransje arbeidsjakke lener …"
            elif (
                j + 2 < len(doc)
                and doc[j].lower_ in ("av", "til")
                and doc[j + 1].is_lower
                and noun_or_untagged_word(doc[j + 1])
                and doc[j + 1].lower_.endswith(("en", "et", "a", "ene"))
                and (doc[j + 2].text == "," or may_be_finite_verb(doc[j + 2]))
            ):
                phrase_end = doc[j + 1].idx + len(doc[j + 1])  # "En nabo av butikken, en pensjonert lærer"
        phrase = text[doc[k].idx : phrase_end].strip()
        # "en politibetjent som var først på stedet," is who "betjenten" is later (a phrase cut short
        # before "for …" is not the whole role: "En talsperson for kystvakten")
        role = role_of(doc[n].text) if j < len(doc) and doc[j].lower_ == "som" else None
        return Source(
            names=[phrase],
            gender=gender,
            person_evidence=True,
            age=age,
            roles=set(role_family(role)) if role else set(),
        )

    def _collect_definite_references(self) -> None:
        """ "Ei kvinne i refleksvest sitter ved vinduet. … Kvinnen i refleksvesten er først ved døra.":
        a definite person noun opening a sentence names the unnamed person introduced with it."""
        doc = self.doc
        unnamed = [s for s in self.sources if s.canonical.lower().startswith(("en ", "ei "))]
        for start, _ in self.sentences:
            if self.inside_quote(start):
                continue
            tok = doc[self._token_at(start)]
            noun = definite_person_nouns().get(tok.lower_)
            if noun is None:
                continue
            candidates = [s for s in unnamed if noun in s.canonical.lower().split()[1:4]]
            if candidates:
                self.mentions.append(_Mention(tok.idx, self._most_recent(candidates, tok.idx), True))
                continue
            # "Statsadvokaten mener en 34 år gammel mann fra Sandnes planla … Mannen har erkjent …":
            # introduced anywhere in the narration, named by the phrase from the definite on
            introduced = self._unnamed_source(noun, tok.i)
            if introduced is not None:
                self.mentions.append(_Mention(tok.idx, introduced, True))

    @staticmethod
    def _described_person(span: Span) -> int | None:
        """ "Den pensjonerte læreren", "Den 58 år gamle bonden": "den", adjectives (or an age) and a
        definite word for a person; the age it gives (0 for none), else None."""
        if not 3 <= len(span) <= 6 or span[0].lower_ not in ("den", "det"):
            return None
        head = span[-1]
        person_word = (
            role_of(head.text)
            or head.lower_ in definite_person_nouns()
            or head.lower_.endswith(tuple(words("epithet_ending")))
        )
        if not head.is_lower or not person_word or not head.lower_.endswith(("en", "a")):
            return None
        middle = span[1:-1]
        aged = re.fullmatch(r"(\d{1,3}) år gamle", middle.text)
        if aged:
            return int(aged.group(1))
        if all(t.is_lower and t.pos_ in ("ADJ", "") and t.lower_ not in words("determiner") for t in middle):
            return 0
        return None

    @staticmethod
    def _is_epithet(span: Span) -> bool:
        """One lower-case definite noun naming a person by nationality, trade or position ("dansken",
        "vikingveteranen"), not an organisation or a document ("selskapet", "rapporten")."""
        if len(span) != 1 or not span[0].is_lower or span[0].pos_ not in ("NOUN", ""):
            return False
        lower = span[0].lower_
        return (
            lower.endswith(tuple(words("epithet_ending")))
            and role_of(lower) is None  # "lederen": a title, the holder of which is looked up as such
            and lower not in words("org_reference")
            and lower not in words("kind_reference")
        )

    def _named_by_the_headline(self, span: Span, q: Quotation) -> bool:
        """One definite word for a person that the headline calls the article's subject by
        ("Gründeren som lager stoler av garn", "Keramikeren som flyttet hjem"), used again in the body."""
        if len(span) != 1:
            return False
        word = span[0].lower_
        role = role_of(word)
        if not (role or word.endswith(tuple(words("epithet_ending")))) or not word.endswith(("en", "a")):
            return False
        if role and self._role_holders(role):
            return False  # "Ordføreren etter vedtaket" over "Ordfører Marit Sand": the holder, found as such
        text = doc_text(self.doc)
        first_break = text.find("\n\n")
        if first_break < 0 or q.start < first_break:
            return False
        headline = text[:first_break]
        return re.match(rf"\s*{re.escape(word)}(?!\w)", headline, re.IGNORECASE) is not None

    def _introduced_as(self, span: Span, pos: int) -> Source | None:
        """ "Mannen har erkjent at …", "sa kvinnen": a definite person noun is the unnamed person
        introduced before with it ("en 34 år gammel mann fra Sandnes"), if there is one."""
        noun = definite_person_nouns().get(span[0].lower_)
        if noun is None or len(span) > 4:
            return None
        return self._unnamed_source(noun, self._token_at(pos))

    def _unnamed_source(self, noun: str, before: int) -> Source | None:
        """The source of the nearest indefinite phrase with ``noun`` before token ``before`` in the
        narration: the one already collected under that phrase, or a new one."""
        found = self._indefinite_before(noun, before)
        if found is None:
            return None
        k, introduced = found
        if k > 0 and self.doc[k - 1].text == ",":
            # "Et vitne, en kvinne i 50-årene som sto ved døra, forklarte …": a long apposition is the
            # phrase before it (a short one is a source of its own: _apposed_indefinite)
            s_start = (self._sentence_of(self.doc[k].idx) or (0, 0))[0]
            before_comma = [m for m in self.mentions if s_start <= m.pos < self.doc[k - 1].idx]
            if before_comma:
                return before_comma[-1].source
        known = next((s for s in self.sources if s.canonical == introduced.canonical), None)
        if known is not None:
            return known
        self.sources.append(introduced)
        return introduced

    def _indefinite_before(self, noun: str, before: int) -> tuple[int, Source] | None:
        """The last person introduced in the narration before token ``before`` by an indefinite phrase
        whose noun is ``noun`` ("en 34 år gammel mann fra Sandnes"), with the index of its "en"/"ei";
        not a predicate ("hun var en god mor" introduces nobody)."""
        doc = self.doc
        for k in range(before - 2, 0, -1):
            if doc[k].lower_ not in ("en", "ei", "et") or self.inside_quote(doc[k].idx):
                continue
            if doc[k - 1].lower_ in words("copula"):
                continue
            sentence = self._sentence_of(doc[k].idx)
            if sentence is None:
                continue
            source = self._unnamed_person_at(k, sentence[1])
            if source is not None and noun in source.canonical.lower().split()[1:6]:
                return k, source
        return None

    def _collect_introduced_persons(self) -> None:
        """A person brought in without a name by an indefinite phrase with a relative clause, anywhere
        in the narration ("… har intervjuet en svensk landslagsspiller som vil være anonym."): somebody
        new, whom the "han" or "hun" right after is most likely about."""
        doc = self.doc
        text = doc_text(doc)
        known = {m.pos for m in self.mentions}
        for tok in doc:
            if tok.lower_ not in ("en", "ei") or tok.idx in known or self.inside_quote(tok.idx):
                continue
            n = tok.i + 1
            while (
                n < len(doc)
                and n <= tok.i + 2
                and doc[n].is_lower
                and (
                    doc[n].pos_ == "ADJ"
                    or (not doc[n].pos_ and not role_of(doc[n].text) and doc[n].lower_ not in person_nouns())
                )
            ):
                n += 1  # adjectives ("en svensk landslagsspiller"), untagged outside the parse gate
            if n + 1 >= len(doc) or doc[n + 1].lower_ != "som":
                continue
            gender = _person_noun_gender(doc[n].lower_)
            if gender is None or not doc[n].is_lower:
                continue
            s_end = (self._sentence_of(tok.idx) or (0, len(text)))[1]
            comma = text.find(",", doc[n + 1].idx, s_end)
            phrase_end = comma if comma > 0 else s_end
            phrase = text[tok.idx : phrase_end].strip().rstrip(".!?")
            if len(phrase.split()) > 10:
                continue
            source = Source(names=[phrase], gender=gender, person_evidence=True)
            self.sources.append(source)
            self.mentions.append(_Mention(tok.idx, source, True))

    def _inverted_indefinite(self, first: int, end: int) -> int | None:
        """ "Ved bardisken sitter en tysk matblogger …": after a fronted place or time and the verb, an
        indefinite subject; the index of its "en"/"ei"."""
        doc = self.doc
        opener = doc[first] if first < len(doc) else None
        # "Første kunde er en ung kvinne med …": a person word and "er", then who she is
        copula = next(
            (k for k in range(first + 1, min(first + 4, len(doc) - 1)) if doc[k].lower_ in ("er", "var")),
            None,
        )
        if (
            copula is not None
            and doc[copula + 1].lower_ in ("en", "ei")
            and doc[copula + 1].idx < end
            and names_a_person_by_kind(list(doc[first:copula]))
            and not any(t.ent_type_ or is_subject_pronoun(t) for t in doc[first:copula])
        ):
            return copula + 1
        if opener is None or not (opener.pos_ in ("ADP", "ADV") or opener.lower_ in words("scene_opener")):
            return None
        for i in range(first + 2, min(first + 9, len(doc) - 1)):
            tok = doc[i]
            if tok.idx >= end or tok.is_punct:
                return None
            if tok.lower_ not in ("en", "ei"):
                continue
            return i if may_be_finite_verb(doc[i - 1]) else None
        return None

    def _token_at(self, char: int) -> int:
        return token_index_at(self.doc, token_starts(self.doc), char)

    def _sentence_of(self, pos: int) -> tuple[int, int] | None:
        """The (start, end) of the sentence that holds character ``pos``."""
        return next(((st, e) for st, e in self.sentences if st <= pos < e), None)

    def _collect_role_subjects(self, covered: set[int]) -> None:
        """A definite title as the subject of the narration ("Rektor tenker …", "Statsministeren
        mener …") is a mention of the person the article introduced with that title, so the "han" or
        "hun" after it points there, not to an older name. A family word ("Faren har …") counts only
        when the article introduced exactly one person with it ("Faren, Tormod Haugom, …"); else
        whose father is meant is for the sentence to say."""
        doc = self.doc
        for tok in doc:
            if tok.i in covered or not tok.is_alpha:
                continue
            role = role_of(tok.text)
            if role is None or (
                tok.pos_ in ("ADJ", "VERB", "PROPN") and tok.lower_ not in words("court_party")
            ):
                continue  # ("Fornærmede" opening a sentence is often tagged as a name)
            if self.inside_quote(tok.idx):
                continue
            before = doc[tok.i - 1] if tok.i > 0 else None
            opens = before is None or before.is_space or before.text in (".", "!", "?") or tok.is_sent_start
            definite = tok.lower_ != role and tok.lower_.endswith(("en", "et", "a", "n"))
            bare_title = opens and tok.text.istitle() and tok.lower_ == role
            if not (definite or bare_title):
                continue
            if before is not None and (
                before.lower_ in words("determiner") or (before.is_title and not opens)
            ):
                continue  # "en talsmann", "NHOs direktør": not the title's holder alone
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            aside = (
                after is not None
                and after.text == ","
                and tok.i + 2 < len(doc)
                and doc[tok.i + 2].lower_ == "som"
            )
            if after is not None and (
                is_proper(after) or (after.text == "," and not aside) or after.lower_ in words("attach_prep")
            ):
                continue  # a title before a name, in apposition to one, or with more to say who
            if not self._in_subject_position(doc[tok.i : tok.i + 1]):
                continue
            holders = [s for s in self._role_holders(role) if s.kind == "person"]
            kin = role in words("kin_parent") | words("kin_child")
            unnamed_kin = False
            if titles().get(role, "-") != "-":
                holders = [s for s in holders if role in s.roles]
                if not holders and opens and kin:
                    member = self._family_member(role, tok.idx)
                    holders = [member] if member is not None else []
                    # "Om bord satt far og sønn. … Faren selv er mer nøktern. Han sier …": a family
                    # word nobody holds, opening the sentence before a verb, is somebody the narration
                    # brought in by the bare word and never named
                    unnamed_kin = (
                        not holders
                        and after is not None
                        and (after.lower_ == "selv" or is_finite_verb(after))
                        and any(
                            not self.inside_quote(m.start())
                            for m in re.finditer(rf"(?<!\w){role}(?!\w)", doc_text(doc)[: tok.idx])
                        )
                    )
                if (len(holders) != 1 or not opens) and not unnamed_kin:
                    continue  # "frykter at søsteren …": whose sister, the clause's subject says
            if holders:
                self.mentions.append(_Mention(tok.idx, self._most_recent(holders, tok.idx), True))
            elif opens and (unnamed_kin or role in words("court_party")):
                # "Fornærmede, som i dag er 28 år, forklarte …": a party the article never names is
                # named by the role; the "han" after it is that party
                source = next((s for s in self.sources if s.canonical == tok.lower_), None)
                if source is None:
                    source = Source(names=[tok.lower_], kind="person", person_evidence=True)
                    source.roles.add(role)
                    source.gender = titles().get(role, "-")
                    self.sources.append(source)
                self.mentions.append(_Mention(tok.idx, source, True))

    def _collect_known_names(self, tagged: list[tuple[Span, str]]) -> None:
        """Mentions the entity tagger missed: a known person's surname or first name on its own
        ("Nordmann er …"), and a name with an age in brackets ("Ingeborg (34) satt …")."""
        doc = self.doc
        covered = {t.i for span, _ in tagged for t in span}
        by_word: dict[str, Source] = {}
        for source in self.sources:
            if source.kind == "person" and source.is_known_person:
                parts = source.canonical.split()
                if len(parts) > 1:
                    by_word.setdefault(parts[-1], source)
                    by_word.setdefault(parts[0], source)
        for tok in doc:
            if (
                tok.i in covered
                or not tok.text[:1].isupper()
                or not tok.is_alpha
                or self.inside_quote(tok.idx)
            ):
                continue
            span = doc[tok.i : tok.i + 1]
            aged = self._has_age(span)
            source = by_word.get(tok.text)
            if source is None and aged and tok.lower_ not in words("determiner"):
                source = self.source_for_name(tok.text, tok.idx)
                source.person_evidence = True
            following = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            describes = following is not None and is_proper(following) and following.text[:1].isupper()
            if source is None and _is_organisation_word(tok.text) and not describes:
                # "Bondelaget ber om …" (not "Sjømatselskapet Nordvik Sjømat", which names one)
                source = self.source_for_name(tok.text, tok.idx, "org")
            if source is not None and not self._is_genitive(span):
                self.mentions.append(_Mention(tok.idx, source, self._in_subject_position(span)))

    def _as_workplace(self, pos: int) -> bool:
        """Whether the name at ``pos`` says where a person just named works ("Per Lunde i
        Handelsbanken", "analytiker ved Universitetet i Oslo")."""
        doc = self.doc
        k = self._token_at(pos)
        if k < 2 or doc[k - 1].lower_ not in ("i", "ved", "hos"):
            return False
        before = doc[k - 2]
        return before.ent_type_ == "PER" or (before.is_lower and role_of(before.text) is not None)

    def _words_just_before(self, pos: int, q: Quotation) -> int | None:
        """The index of the quotation in nobody else's words that ends last before ``pos`` (not ``q``
        itself, whose words may come before its speaker); None when there is none."""
        before = [i for i, p in enumerate(self.quotations) if p.end <= pos and not p.nested and p is not q]
        return max(before, key=lambda i: self.quotations[i].end) if before else None

    def _kin_word_just_before(self, role: str, q: Quotation) -> Source | None:
        """The speaker of the quotation right before ``q`` (a paragraph or less away) when it calls
        somebody by a family word of ``role``'s family ("Pappa", "far"); None otherwise."""
        idx = self._words_just_before(q.start, q)
        if idx is None:
            return None
        prev = self.quotations[idx]
        if doc_text(self.doc).count("\n\n", prev.end, q.start) > 1:
            return None
        family = role_family(role)
        if not any(role_of(w) in family for w in re.findall(r"\w+", prev.text)):
            return None
        caller = self._resolved.get(idx)
        # (a caller the article names: one known only as "datteren" may be anybody's)
        return (
            caller
            if caller is not None and caller.canonical[:1].isupper() and " " in caller.canonical
            else None
        )

    def _met_by_reporter(self, span: Span) -> bool:
        """The object of "vi" and a verb of meeting ("Vi ringer The Guardians sportssjef X", "Vi
        treffer Anne Lie"), within a few words before the name in its sentence."""
        doc = self.doc
        for k in range(span.start - 1, max(span.start - 8, 0), -1):
            if doc[k].is_punct or doc[k].is_space:
                return False
            if doc[k].lower_ in words("reporter_meets") and doc[k - 1].lower_ == "vi":
                return True
        return False

    def _in_subject_position(self, span: Span) -> bool:
        """Opening its clause or next to its verb, not after a preposition ("til landets leder X")."""
        doc = self.doc
        if self._met_by_reporter(span):
            return True  # "Vi treffer Anne Lie på kafeen": the one the paper meets is who speaks next
        k = span.start - 1
        while k >= 0 and (
            role_of(doc[k].text) or doc[k].lower_ in words("determiner") or self._is_genitive(doc[k : k + 1])
        ):
            k -= 1  # titles and determiners belong to the phrase: "landets leder", "NATOs generalsekretær"
        if k >= 2 and doc[k].lower_ in ("gamle", "gammel") and doc[k - 1].lower_ == "år":
            # "Elleve år gamle Tuva går …": her age belongs to the phrase
            number = doc[k - 2]
            if number.like_num or number.lower_ in words("number_word"):
                k -= 3
        if k >= 0 and doc[k].text in _OPENING_MARKS:
            return False  # a name in quotation marks in the narration: a signature, a title
        if k < 0 or doc[k].is_punct or doc[k].is_space or doc[k].is_sent_start:
            return not (k >= 0 and doc[k].text == "," and k > 0 and doc[k - 1].pos_ == "ADP")
        if doc[k].pos_ == "ADP" or doc[k].lower_ in _PREPOSITIONS:
            return False
        if doc[k].is_lower:
            # "… han så Johnny Weissmuller", "Siden han som gutt så …": the verb has its subject before
            # it (next to it, or after a subordinator), and the name is its object; "han og Per Dahl":
            # the one "han" is about stays the salient one
            for j in range(k - 1, max(k - 5, -1), -1):
                if doc[j].is_punct:
                    break
                if is_subject_pronoun(doc[j]) and (
                    j == k - 1 or (j > 0 and doc[j - 1].lower_ in words("subordinator"))
                ):
                    return False
            if doc[k].lower_ in ("og", "eller") and k > 0 and doc[k - 1].text[:1].isupper():
                # a conjunct stands where the first one does: "i forhold til SV og Berg har …"
                first = k - 1
                while first > 0 and doc[first - 1].text[:1].isupper() and not doc[first].is_sent_start:
                    first -= 1
                return self._in_subject_position(doc[first : span.end])
        non_finite = (
            (doc[k].has_morph() and "Fin" not in doc[k].morph.get("VerbForm"))
            if doc[k].pos_
            else (doc[k].is_lower and k > 0 and doc[k - 1].lower_ in words("auxiliary"))
        )
        if non_finite and (doc[k].pos_ in ("VERB", "AUX") or not doc[k].pos_):
            return False  # "har fulgt sønnen Sivert": after a participle or an infinitive, the object
        if doc[k].pos_ in ("VERB", "AUX") and k > 0 and doc[k - 1].lower_ == "som":
            return False  # "en mann som kjente familien": "som" is the verb's subject, the name its object
        if doc[k].pos_ in ("VERB", "AUX"):
            return True  # inverted: "I går sa Hansen …"
        if (
            not doc[k].pos_
            and doc[k].lower_ in words("auxiliary")
            and doc[k].lower_ != "ha"
            and not (k > 0 and doc[k - 1].lower_ in ("det", "dette", "den", "som", "hvem"))
        ):
            return True  # untagged text, inverted after a finite auxiliary: "I motsetning til ham er Aune …"
        if not doc[k].pos_ and may_be_finite_verb(doc[k]) and k > 0:
            # untagged, after a present tense in a sentence that opens with where or when: "I korridoren
            # skyver helsefagarbeider Amina Hassan …"
            sentence = self._sentence_of(doc[k].idx)
            opener = doc[self._token_at(sentence[0])] if sentence is not None else None
            between = doc[opener.i + 1 : k] if opener is not None else []
            if (
                opener is not None
                and opener.i < k
                and len(between) <= 6
                and opener.lower_ in words("scene_opener")
                # the verb right after the fronted phrase, not a second one ("Nå sitter hun … og møter X")
                and not any(is_subject_pronoun(t) or t.lower_ in ("og", ",", "som") for t in between)
            ):
                return True
            if opener is not None and opener.i < k and doc[k - 1].lower_ == "og":
                return False  # "… og møter Kjersti Fossum": a second verb; the name is its object
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and not nxt.pos_:
            # untagged text (the gate sent it to the entity tagger only): a lower-case word that is
            # not a preposition after the name is most likely its verb ("… Hansen fulgte opp")
            return nxt.is_lower and nxt.is_alpha and nxt.lower_ not in _PREPOSITIONS
        return nxt is not None and nxt.pos_ in ("VERB", "AUX")

    # -- resolution ---------------------------------------------------------------------------------

    def _talked_about_first(self, q: Quotation, speaker_pronoun: str) -> frozenset[int]:
        """ "– Hun ble pågrepet uten dramatikk, sa hun.": words that open on "han"/"hun" of the
        speaker's own gender are about somebody else, the person that pronoun points to; so not the
        speaker (who says "jeg" of herself)."""
        if q.type != "direct" or q.nested:
            return frozenset()
        opening = self.doc[self._token_at(q.start)]
        if opening.text not in ("Han", "Hun") or opening.lower_ != speaker_pronoun:
            return frozenset()
        about = self.resolve_pronoun(opening.lower_, q.start)
        if about is None:
            return frozenset()
        # (but "Hegsethmo kaller svaret «…». – Hun kom hit …, spør hun": when the pronoun points to who
        # spoke last, the words are hers, about somebody less salient)
        earlier = [
            i
            for i, source in self._resolved.items()
            if source is not None and self.quotations[i].end <= q.start
        ]
        last_speaker = (
            self._resolved[max(earlier, key=lambda i: self.quotations[i].start)] if earlier else None
        )
        if about is last_speaker:
            return frozenset()
        # (nor "Politiadvokat Lise Berg er fornøyd. – Hun ble pågrepet …, sa hun", "Camilla smiler av
        # det. – Hun blander seg, sier hun": the sentence just before puts a source on the stage, one
        # quoted before or named with her title, and she speaks of somebody else)
        spoke = any(source is about for source in self._resolved.values())
        if (spoke or (about.person_evidence and about.roles)) and self._subject_of_last_sentence(
            q.start
        ) is about:
            return frozenset()
        return frozenset({id(about)})

    def resolve_pronoun(
        self, word: str, pos: int, exclude: Source | None = None, talked_about: frozenset[int] = frozenset()
    ) -> Source | None:
        """The most salient compatible source before ``pos``.

        Recent sentences beat older ones, and a subject beats a name after a preposition or in
        object position ("… et brev til ministeren Ola Dahl: – …, sa hun" is not about him).
        Earlier pronouns in the narration count as mentions of what they were resolved to.
        ``talked_about`` (ids of sources) are named in the words the pronoun's speaker says, so not
        the speaker ("Sivert landet på betongen, sier han" is somebody talking about Sivert).
        """
        info = pronouns().get(word)
        if info is None or word in ("jeg", "vi", "du", "dere", "man"):
            return None
        want_plural = info.number == "pl"

        def fits(s: Source) -> bool:
            if id(s) in talked_about:
                return False
            if want_plural:
                return s.kind in ("org", "group")
            return s.kind == "person" and s.gender in ("-", info.gender) and s.is_known_person

        best_source = self.most_salient(
            pos, fits, exclude, past_quotes=not want_plural, gender=None if want_plural else info.gender
        )
        if best_source is None and not want_plural and info.gender != "-":
            # far from any name: the one person the article is about, if known to be of this gender
            best_source = self._dominant_person(pos, lambda s: fits(s) and s.gender == info.gender, exclude)
        if best_source is not None and best_source.gender == "-" and info.gender != "-" and not want_plural:
            best_source.gender = info.gender
        return best_source

    def _dominant_person(
        self, pos: int, fits: Callable[[Source], bool], exclude: Source | None = None
    ) -> Source | None:
        """A pronoun far from any name in a feature about one person: that person, when the article
        has named them at least three times before ``pos`` and nobody else who fits as often."""
        ranked = self._most_named(lambda s: fits(s) and s is not exclude, before=pos)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _most_named(
        self, fits: Callable[[Source], bool], before: int | None = None
    ) -> list[tuple[Source, int]]:
        """The sources that ``fits`` with how often they are named (before ``before``), most first;
        among equals, the one named first."""
        counts: dict[int, int] = {}
        first: dict[int, Source] = {}
        for m in self.mentions:
            if (before is None or m.pos < before) and fits(m.source):
                counts[id(m.source)] = counts.get(id(m.source), 0) + 1
                first.setdefault(id(m.source), m.source)
        return sorted(((first[k], n) for k, n in counts.items()), key=lambda sn: -sn[1])

    def resolve_age_noun(self, age: int, pos: int, exclude: Source | None = None) -> Source | None:
        """ "sier 29-åringen": the person given that age in brackets, else the most salient person
        before (an age noun is how news refers back to somebody it just named)."""
        aged = [s for s in self.sources if s.age == age]
        if aged:
            return self._most_recent(aged, pos)
        found = self.most_salient(
            pos, lambda s: s.kind == "person" and s.is_known_person and s.age is None, exclude
        )
        if found is None:
            # "Det var Alf Jakobsens far som åpnet butikken. … sier 63-åringen": nobody else was named
            starts = [s for s, _ in self.sentences]
            here = bisect_right(starts, pos) - 1
            found = next(
                (
                    owner
                    for at, owner in reversed(self.owners)
                    if at < pos
                    and here - (bisect_right(starts, at) - 1) <= 3
                    and owner.age is None
                    and owner.kind == "person"
                ),
                None,
            )
        if found is not None:
            found.age = age  # the age noun said how old she is: "36-åringen" later is her again
            found.age_guessed = True
        return found

    def most_salient(
        self,
        pos: int,
        fits: Callable[[Source], bool],
        exclude: Source | None = None,
        past_quotes: bool = False,
        gender: str | None = None,
    ) -> Source | None:
        """The best-placed mention before ``pos`` of a source that ``fits``; with ``past_quotes``, the
        reach counts only the reporter's sentences (for "han"/"hun": a quotation's sentences between do
        not push the person it answers out of reach). With a ``gender``, of two people placed alike
        the one known to be of it wins over one of unknown gender ("Regissør Tone Vik mener det
        bringer Ibsen nærmere. Hun …")."""
        sentence_starts = [s for s, _ in self.sentences]
        here = bisect_right(sentence_starts, pos) - 1
        narration = self.narration_ranks
        best: tuple[float, int] | None = None
        best_source: Source | None = None
        for m in self.mentions:
            if m.pos >= pos or not fits(m.source) or m.source is exclude:
                continue
            there = bisect_right(sentence_starts, m.pos) - 1
            distance = here - there
            reach = narration[max(here, 0)] - narration[max(there, 0)] if past_quotes else distance
            if reach > 6:
                continue
            score = distance + (0.0 if m.subject else 1.5)
            if any(s <= m.pos < e for s, e in self.reported):
                # "Nordbø svarte at tallene Kvalheim brukte, var …": who is named inside a report is
                # less salient than who made it
                score += 1.0
            if gender not in (None, "-") and m.source.gender == "-":
                score += 0.5
            if best is None or (score, -m.pos) < best:
                best, best_source = (score, -m.pos), m.source
        return best_source

    def _narration_ranks(self) -> list[int]:
        """For each sentence, how many sentences of narration (not inside a quotation) precede it."""
        ranks, count = [], 0
        for start, _ in self.sentences:
            ranks.append(count)
            if not self.inside_quote(start):
                count += 1
        return ranks or [0]

    def narrative_pronouns(self) -> list[tuple[int, str]]:
        """Subject pronouns in the reporter's own sentences ("Hun opplyste …"), outside quotations.
        Object pronouns ("Vi møter ham") are left out: resolved as surely as these, they kept a wrong
        antecedent salient more often than a right one (two train features)."""
        out = []
        for tok in self.doc:
            if tok.lower_ in ("han", "hun") and not self.inside_quote(tok.idx):
                out.append((tok.idx, tok.lower_))
        return out

    def resolve_mention(self, q: Quotation, asked_by: Source | None = None) -> Source | None:
        """The source a quotation's speaker mention names; ``asked_by`` is who asked the question this
        quotation answers ("– Hvorfor tapte dere? spør treneren. – Vi var slitne, sier han")."""
        doc = self.doc
        span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        first = span[0].lower_
        if (
            len(span) == 1
            and first in ("han", "hun")
            and span.end < len(self.doc)
            and self.doc[span.end].lower_ == "selv"
        ):
            # "Solberg har aldri badet alene, påpeker hun selv.": "selv" says the speaker is the one
            # the words name
            gender = pronouns()[first].gender
            opening = self._token_at(q.start)
            trailing = q.method.endswith(".trailing") and (q.speaker_start or 0) >= q.end
            named = [
                m.source
                for m in self.mentions
                if trailing
                and q.start <= m.pos < q.end
                and self._token_at(m.pos) - opening <= 2  # the words open on her: "Solberg har …"
                and m.source.kind == "person"
                and m.source.gender in ("-", gender)
                and not self._is_pronoun_at(m.pos)
            ]
            if named:
                return named[0]
        if len(span) == 1 and first in pronouns():
            # "Han fryktet at Sivert …", "Sivert landet på betongen, sier han": the name that opens the clause
            # the pronoun's verb reports is somebody else (who means himself says "han", not his
            # name); not for asides inside the words ("…, som han selv sa, …")
            opening = self._token_at(q.start)
            named_in_words = (
                frozenset(
                    id(m.source)
                    for m in self.mentions
                    if q.start <= m.pos < q.end
                    and self._token_at(m.pos) - opening <= 2
                    and self.doc[self._token_at(m.pos)].text[:1].isupper()
                    and not self._is_pronoun_at(m.pos)
                )
                if q.method in _REPORTING_CLAUSE_METHODS
                else self._talked_about_first(q, first)
            )
            return self.resolve_pronoun(first, q.speaker_start, exclude=asked_by, talked_about=named_in_words)
        age_noun = _AGE_NOUN.fullmatch(span.text)
        if age_noun is None and 2 < len(span) <= 4 and span[1].lower_ in ("fra", "i", "på"):
            age_noun = _AGE_NOUN.fullmatch(span[0].text)  # "22-åringen fra Os": where he is from
        if age_noun:
            found = self.resolve_age_noun(int(age_noun.group(1)), q.speaker_start, exclude=asked_by)
            if found is None:
                # nobody named before: the age noun is how the article names its source ("mener
                # 61-åringen som selv har tre barn"), as a role phrase is
                found = next((s for s in self.sources if span.text in s.names), None)
                if found is None:
                    found = Source(names=[span.text], kind="person", person_evidence=True)
                    self.sources.append(found)
            return found
        introduced = self._introduced_as(span, q.speaker_start)
        if introduced is not None:
            return introduced
        if self._named_by_the_headline(span, q):
            # "Forfatteren som skrev om farens taushet" over a portrait of Lena Mo: "Forfatteren
            # forteller …" is her, whom the article is about
            found = self._interviewee()
            if found is not None:
                return found
        if len(span) == 1 and span[0].lower_ == "mannen":
            # "– Aldri? skyter mannen inn": in a story about a family, with no unnamed man introduced,
            # the husband
            husband = self._family_member("ektemann", q.speaker_start, asked_by)
            if husband is not None:
                return husband
        after = self.doc[span.end : span.end + 3]
        spelt = len(after) == 3 and after[0].text == "(" and spelt_by([t.text for t in span], after[1].text)
        owner = None if spelt else _genitive_owner(span)  # "Norges geologiske undersøkelse (NGU)": a name
        if owner is not None and q.cue is not None and q.cue.lower() == "ifølge":
            # "ifølge SSBs nye tall", "ifølge Statistisk sentralbyrås undersøkelse": whose figures (but
            # "ifølge New York Times prognoser": a name that ends in -s has no genitive ending)
            last = owner.split()[-1] + "s"
            standalone = any(  # the name on its own elsewhere: "New York Times melder", "… i New York Times."
                t.text == last
                and t.i + 1 < len(self.doc)
                and (
                    self.doc[t.i + 1].is_punct
                    or self.doc[t.i + 1].pos_ in ("VERB", "AUX")
                    or self.doc[t.i + 1].lower_ in ("sin", "sitt", "sine")
                )
                for t in self.doc
            )
            as_written = (
                next((s for s in self.sources if owner + "s" in s.names), None) if standalone else None
            )
            if as_written is not None:
                return as_written
            found = next((s for s in self.sources if owner in s.names), None)
            if found is None:  # (not source_for_name, which takes "Norge" for a misspelt "Norges")
                found = Source(names=[owner], kind="org")
                self.sources.append(found)
            return found
        name = self.name_tokens(span)
        labels = {t.ent_type_ for t in span if t.ent_type_}
        kind = "person"
        if labels and not labels & PERSON_LABELS:
            kind = "org"
        owner_at = next((k for k in range(len(span) - 2, -1, -1) if not span[k].is_lower), None)
        if (
            len(span) > 1
            and name
            and span[-1].is_lower
            and name[-1].endswith("s")
            and owner_at is not None
            and name[-1] == span[owner_at].text
        ):
            name = [*name[:-1], name[-1][:-1]]  # "Kari Nordmanns rapport" → Kari Nordmann, its author
        if (
            len(span) == 1
            and span.text.endswith("s")
            and span.text[:1].isupper()
            and any(s.surname == span.text[:-1] for s in self.sources)
        ):
            name = [span.text[:-1]]  # "Lincolns (ord)": the genitive of a name the article gives
        if name and _clean_name(name):
            titles_here = [r for t in span if t.text not in name and (r := role_of(t.text))]
            source = self.source_for_name(_clean_name(name), q.speaker_start, kind, titles_here)
            if labels & PERSON_LABELS:
                source.person_evidence = True
            for role in titles_here:
                source.roles |= role_family(role)
            return source
        # an unnamed source: a role noun may point to a person introduced in that role
        head_role = next((role_of(t.text) for t in reversed(span) if role_of(t.text)), None)
        # the role phrase before a prepositional tail: "statsministeren i Stortinget" is the one the
        # article introduced as "statsminister …"
        tail = next((k for k, t in enumerate(span) if k > 0 and t.lower_ in words("attach_prep")), len(span))
        indefinite = span[0].lower_ in ("en", "ei", "et")  # "en talsmann for …": somebody new
        plural = span[0].lower_ in ("de", "flere", "alle", "mange", "begge")  # "De tillitsvalgte mener"
        if (
            head_role
            and not indefinite
            and not plural
            and tail <= 2
            and any(role_of(t.text) for t in span[:tail])
        ):
            holders = self._role_holders(head_role)
            if len(span) == 2 and span[0].text[:1].isupper() and span[0].text.endswith("s"):
                # "EU-kommisjonens leder" is not a party's leader named before: a holder introduced
                # with that owner ("NHOs leder Ole Berg"), else nobody the article named
                holders = [s for s in holders if self._introduced_with(s, span[0].text)]
            place = " ".join(t.text for t in span[tail + 1 :])
            if place[:1].isupper():
                # "Statsforvalteren i Vestland" is not "Statsforvalteren i Innlandet" named before: a
                # holder the article names by the role phrase itself, with another place in it
                holders = [
                    s
                    for s in holders
                    if not (role_of(s.canonical.split()[0]) == head_role and place not in s.canonical)
                ]
            if head_role in words("kinship"):
                # "Kona mener …" before "Kona, lærer Ingvild Rustad, …": not a wife introduced later
                holders = [s for s in holders if self._before(s, q)]
            team = next((p for t in span[:tail] if (p := _title_prefix(t.text))), None)
            if team in words("party") and head_role == "leder":
                # "Sp-lederen" is the party's leader ("Partileder Trygve Vedum"), not its county leader
                holders = [s for s in self.sources if "partileder" in s.roles] or holders
            if team and holders:
                # "sier Tangen-treneren": not the one introduced as "Kvernhus-trener"; if nobody was
                # introduced with this team's title, the person the sentences before are about
                others = [s for s in holders if s.teams and team not in s.teams]
                holders = [s for s in holders if s not in others]
                if not holders:
                    return self.most_salient(
                        q.speaker_start,
                        lambda s: s.kind == "person" and s.is_known_person and s not in others,
                        asked_by,
                    )
            if holders:
                return self._most_recent(holders, q.speaker_start)
            kin = len(span) == 1 and head_role in words("kin_parent") | words("kin_child")
            # (whoever just called somebody "Pappa" or "Mamma" in the words before)
            caller = self._kin_word_just_before(head_role, q) if kin else None
            if kin and (
                # lower case only a spouse ("svarer kona"; "sier datteren" may be anybody's daughter),
                # unless the words just before call somebody so: "– Pappa har ikke tatt fri. – …,
                # svarer faren."
                span[0].text[:1].isupper() or head_role in ("kone", "ektemann") or caller is not None
            ):
                # (never that caller: "«Mamma øver overalt», sier datteren. «Og du øvde ikke», svarer moren.")
                member = self._family_member(head_role, q.speaker_start, caller or asked_by)
                if member is not None:
                    return member
            if len(span) == 1 and head_role in words("kin_sibling"):
                sibling = self._sibling_of_last_named(head_role, q.speaker_start)
                if sibling is not None:
                    return sibling
        # "instituttet", "departementet": the organisation named before whose name ends so
        # "Politiet om dødsfallet: – …": a headline points ahead to the body named in the story
        first_break = doc_text(self.doc).find("\n\n")
        in_headline = first_break < 0 or q.start < first_break
        opening = span[0].is_sent_start and (
            span[0].lower_ in words("kind_reference") or in_headline  # "Retten mener", "Politiet om …:"
        )
        if len(span) == 1 and (span[0].is_lower or opening) and len(span[0].text) > 4:
            ending = span[0].lower_
            orgs = [s for s in self.sources if s.kind != "person"]
            stem = re.sub(r"(?:et|en|a)$", "", ending)
            # "kommunen" after "Melhus kommune" is that one, before any "Fylkeskommunen"; "politiet"
            # is the police district named before ("Vest politidistrikt")
            named = (
                [s for s in orgs if _definite_head(s.canonical) == ending]
                or [s for s in orgs if s.canonical.lower().endswith(ending)]
                or [
                    s
                    for s in orgs
                    if len(stem) >= 5
                    and _last_word(s.canonical).startswith(stem)
                    and (self._before(s, q) or in_headline)
                ]
                # "retten" after "Sør-Rogaland tingrett": the court named first (the one that judged;
                # the court of appeal is named later)
                or [
                    min(courts, key=lambda s: min(m.pos for m in self.mentions if m.source is s))
                    for courts in [
                        [
                            s
                            for s in orgs
                            if ending in words("kind_reference")
                            and _last_word(s.canonical).lower().endswith(stem)
                            and self._before(s, q)
                        ]
                    ]
                    if courts
                ]
            )
            if not named and ending in words("org_reference") and ending not in words("kind_reference"):
                # "…, skriver organisasjonen": the organisation the narration named last before it,
                # not one named inside the words themselves or as whom they were said to ("til NTB")
                before = {
                    id(m.source)
                    for m in self.mentions
                    if m.pos < q.speaker_start
                    and not q.start <= m.pos < q.end
                    and not self._addressee_at(m.pos)
                }
                named = [s for s in self.sources if s.kind == "org" and id(s) in before]
                # "Energiselskapet Nordkapp Energi … skriver selskapet": the one introduced as such
                named = [s for s in named if ending in s.kinds] or named
            # "Analytiker Per Lunde i Handelsbanken": a body named only as where somebody works is not
            # the one the story calls "banken" when another was named in its own right
            own = [
                s
                for s in named
                if any(
                    m.source is s and m.pos < q.speaker_start and not self._as_workplace(m.pos)
                    for m in self.mentions
                )
            ]
            named = own or named
            if named:
                return self._most_recent(named, q.speaker_start)
        # (not after "ifølge": "ifølge den nye rentebanen" is a document)
        described = self._described_person(span) if (q.cue or "").lower() != "ifølge" else None
        if described is not None:
            # "…, sier leder av aksjonsgruppen, Solveig Aarnes. Den pensjonerte læreren forteller at …":
            # a description of the one just named, with her age if it gives one ("Den 58 år gamle
            # bonden" is the 58-year-old), when that one was named in this paragraph or the one before
            # (after a longer stretch the description may be of anybody: a state secretary quoted
            # before an interview is not "Den tidligere statsråden" after it)
            before = self._words_just_before(q.speaker_start, q)
            words_before = self.quotations[before].text if before is not None else ""
            talked_of = [s for s in self.sources if s.kind == "person" and self._named_in(s, words_before)]
            if span.end < len(self.doc) and self.doc[span.end].lower_ == "selv" and len(talked_of) == 1:
                # "– Vi mister erfarne folk som Nesheim, sier Sæther. Den tidligere presten selv mener …":
                # "selv" turns to the one the words before were about
                found = talked_of[-1]
            elif described:
                found = self.resolve_age_noun(described, q.speaker_start, exclude=asked_by)
            else:
                found = self.most_salient(
                    q.speaker_start, lambda s: s.kind == "person" and s.is_known_person, asked_by
                )
                text = doc_text(self.doc)
                last = max(
                    (m.pos for m in self.mentions if m.source is found and m.pos < q.speaker_start),
                    default=-1,
                )
                if found is not None and (last < 0 or text.count("\n\n", last, q.speaker_start) > 1):
                    found = None
            if found is not None:
                return found
        if self._is_epithet(span):
            # "sier dansken", "sa agenten og lo": a word for what the person is, who the story just named
            found = self.most_salient(
                q.speaker_start, lambda s: s.kind == "person" and s.is_known_person, asked_by
            )
            if found is not None:
                return found
        phrase = span.text.rstrip(".,:;")  # "mener de to.": the full stop is no part of who
        if span[0].lower_ in ("en", "ei", "et"):
            # "En nabo til festivalområdet sier …" where the narration collected "En nabo": one source,
            # named by the fuller phrase, so the "hun" after is the same neighbour
            collected = next(
                (m.source for m in self.mentions if m.pos == span[0].idx and m.source.kind == "person"), None
            )
            if collected is not None and phrase.lower().startswith(collected.canonical.lower()):
                collected.names.append(phrase)
                if head_role:
                    collected.roles.add(head_role)  # "sier talspersonen" later is the same one
                return collected
        # the head is before a relative clause or a preposition ("Naboen som ringte politiet", "Faren
        # til en av jentene"): it says what speaks
        head_end = next(
            (k for k, t in enumerate(span) if k > 0 and (t.lower_ in ("som", "til") or t.pos_ == "ADP")),
            len(span),
        )
        head = span[head_end - 1]
        # "Hammerfest kommune", "Helse- og omsorgsdepartementet": a capitalised phrase ending like
        # an organisation is one, whatever the tagger made of it
        organisation_name = span[0].text[:1].isupper() and span[:head_end].text.endswith(
            organisation_suffixes()
        )
        # "Naboen sier …": a person word capitalised only because it opens the sentence
        person_head = (
            head_end == 1
            and (head.i == 0 or self.doc[head.i - 1].is_punct or self.doc[head.i - 1].is_space)
            and bool(role_of(head.text) or head.lower_ in definite_person_nouns())
        )
        capitalised = (span[-1].text[:1].isupper() and not (person_head and len(span) == 1)) or (
            head.text[:1].isupper() and not person_head
        )
        source = Source(
            names=[phrase],
            kind="group"
            if head.text.endswith(("er", "ene")) and not organisation_name
            else "org"
            if capitalised or head.lower_ in words("org_reference") or organisation_name
            else "person",
        )
        if head_role and not any(t.lower_ in ("og", "eller") for t in span):
            source.roles.add(head_role)  # not "Cathrine og søsteren": the pair holds no one role
        if source.kind == "person" and head_role and titles().get(head_role) in ("m", "f"):
            source.gender = titles()[head_role]  # "Datteren sier at …": a daughter, whom "han" is not
        # ("en sint fastkunde": a compound of one)
        person_noun = next((found for t in span if (found := person_noun_of(t.text))), None)
        if source.kind == "person" and person_noun is not None:
            # "ropte en eldre mann fra salen. – …, sa han": a man, whom the "han" after can be
            source.person_evidence = True
            source.gender = person_nouns()[person_noun]
        self.sources.append(source)
        return source

    def run(self) -> None:
        self.collect()
        resolved: dict[int, Source | None] = {}
        self._resolved = resolved  # read by _talked_about_first while the loop fills it
        ordered = sorted(range(len(self.quotations)), key=lambda i: self.quotations[i].start)
        speaker_positions = {q.speaker_start for q in self.quotations if q.speaker_start is not None}
        # quotations and the reporter's own pronouns, in the order of the words that name their source,
        # so that each pronoun can point back to what the ones before it were resolved to
        events: list[tuple[int, int, str]] = [
            (pos, -1, word) for pos, word in self.narrative_pronouns() if pos not in speaker_positions
        ]
        # "– Min klient sier at han ble angrepet, sier forsvareren": a pronoun inside somebody's words
        # is never that somebody (who would say "jeg"), so it waits until the words are attributed
        held_back = {i for i in ordered if self._pronoun_inside_words(self.quotations[i])}
        events += [
            (self.quotations[i].speaker_start, i, "")
            for i in ordered
            if self.quotations[i].speaker_start is not None
            and not self.quotations[i].reporter
            and i not in held_back
        ]
        order_of = {idx: n for n, idx in enumerate(ordered)}
        for pos, idx, word in sorted(events):
            if idx < 0:
                source = self.resolve_pronoun(word, pos)
            else:
                source = self.resolve_mention(self.quotations[idx], self._questioner(idx, resolved))
                resolved[idx] = source
                # "– Bryr du deg? – …, sier han": the interviewee, so the "han" after is him too
                source = resolved[idx] = self._same_interviewee(ordered, order_of[idx], resolved) or source
            if source is not None and not self.inside_quote(pos):
                self.mentions.append(_Mention(pos, source))
                self.mentions.sort(key=lambda m: m.pos)
        for idx in held_back:
            inner = self.quotations[idx]
            outer = next(
                (
                    i
                    for i in ordered
                    if i not in held_back
                    and self.quotations[i].type == "direct"
                    and self.quotations[i].start <= inner.start
                    and inner.end <= self.quotations[i].end
                ),
                None,
            )
            words_of = resolved.get(outer) if outer is not None else None
            source = self.resolve_mention(inner, words_of)
            resolved[idx] = source if source is not words_of else None
        # quotations whose speaker comes from their neighbours
        alternated: set[int] = set()  # lines of a quick exchange given to the other party
        for n, idx in enumerate(ordered):
            q = self.quotations[idx]
            if idx in resolved and not q.reporter:
                resolved[idx] = (
                    self._same_interviewee(ordered, n, resolved)
                    or self._not_the_one_addressed(ordered, n, resolved)
                    or resolved[idx]
                )
            if idx in resolved or q.reporter:
                continue
            source = None
            if q.method in ("dash.continuation", "marks.follow"):
                source = (
                    (
                        self._answer_to_asked_question(ordered, n, resolved)
                        or self._turn_in_exchange(ordered, n, resolved, alternated)
                    )
                    if q.method == "dash.continuation"
                    else None
                ) or self._previous_speaker(ordered, n, resolved, own_thought=q.method == "dash.continuation")
            elif q.method == "dash.answer":
                # the interviewee: somebody the narration just introduced before the question, else
                # whoever spoke before the question
                question = next(
                    (
                        self.quotations[ordered[m]]
                        for m in range(n - 1, -1, -1)
                        if self.quotations[ordered[m]].reporter
                    ),
                    None,
                )
                after = self._end_of_previous(ordered, n - 1) if question is not None else 0
                source = (
                    (self._addressed_in(question) if question is not None else None)
                    or (
                        self._person_just_before(question.start, after, subject_first=True)
                        if question is not None
                        else None
                    )
                    # "…, skriver statssekretæren. – Er du fornøyd?": somebody quoted between two
                    # questions is reported, not asked; the interview goes on with whom it is with
                    or self._last_answerer(ordered, n, resolved)
                    or self._answerer_spoken_of(ordered, n, resolved)
                    or self._previous_speaker(ordered, n, resolved, skip_reporter=True, person=True)
                    # nobody quoted yet: whom the article is about
                    or self._interviewee()
                )
                if source is not None and self._named_in(source, q.text):
                    # "– Nei. Lene Marie har invitert 80 mennesker": whom the answer speaks of by name
                    # is not the one answering; whom the article is about is
                    subject = self._interviewee()
                    if subject is not None and subject is not source and not self._named_in(subject, q.text):
                        source = subject
                if source is not None and self._only_reported(source, resolved):
                    # "Fossum har kalt vedtaket «…» og varsler at … – Angrer du? – Nei. …": somebody only
                    # reported is not asked; the one person who answers the reporter by name elsewhere
                    # ("– …, svarer ordføreren") is
                    source = self._named_answerer(ordered, resolved) or source
            elif q.method in ("dash.context", "dash.colon", "marks.colon", "marks.paragraph"):
                speaking = self._speaking_filter(resolved, q.start)
                in_context = q.method in ("dash.context", "marks.paragraph")

                source = (
                    # "Kari er enig. – Nei, …": a dash inside a paragraph gives the floor to whoever the
                    # sentence before it is about
                    (self._person_in_sentence_before(q.start) if in_context else None)
                    # "Harald sier han venter.\n\n– Hvis hun …": the report just before goes on
                    or (self._reported_just_before(ordered, n, resolved) if in_context else None)
                    or self._next_adjacent_speaker(ordered, n, resolved)
                    # "Opposisjonsleder Kari Lie rister på hodet. – Det er feil.": whoever reacts in a
                    # paragraph of its own speaks next, whether or not she has spoken before
                    or (
                        self._reacting_subject(q.start, self._end_of_previous(ordered, n))
                        if in_context
                        else None
                    )
                    or (
                        speaking(
                            self._not_addressed_as_kin(
                                self._subject_of_last_sentence(q.start, self._end_of_previous(ordered, n)), q
                            )
                        )
                        if in_context
                        else None
                    )
                    # "Sammenlignet med Hagen er Aune mer positiv: – …": the subject of the sentence that
                    # hands over with a colon, even when the article names her only there
                    or (
                        self._subject_of_last_sentence(q.start, self._end_of_previous(ordered, n))
                        if q.method == "dash.colon"
                        else None
                    )
                    or speaking(
                        self._not_addressed_as_kin(
                            self._person_just_before(q.start, self._end_of_previous(ordered, n)), q
                        )
                    )
                    or self._previous_speaker(ordered, n, resolved)
                    or (self._interviewee() if self._answers_a_question(q.start) else None)
                )
                if in_context and source is not None:
                    source = self._not_the_one_spoken_of(q, ordered, n, resolved, source)
                if (
                    q.method == "marks.paragraph"
                    and source is not None
                    and (
                        self._named_in(
                            source, q.text
                        )  # «RIP Arnfinn Haram. En varm personlighet.»: about him
                        or not any(s is source for s in resolved.values())  # somebody the article quotes
                    )
                ):
                    source = None
            elif q.method == "dash.heading":
                source = self._speaker_of_same_words(idx, resolved)
            elif q.speaker_start is None and q.cue_start is not None and self._cue_without_subject(q):
                # "…, sier Tommy Lie.\n\nOg legger til: …": the cue goes on from the last speaker
                source = self._previous_speaker(ordered, n, resolved)
            resolved[idx] = source
        for idx, source in resolved.items():
            if source is not None:
                self.quotations[idx].speaker = source.canonical
        for q in self.quotations:
            author = self.document_author(q)
            if author is not None:
                q.speaker = author

    def _not_the_one_spoken_of(
        self, q: Quotation, ordered: list[int], n: int, resolved: dict[int, Source | None], source: Source
    ) -> Source:
        """ "En statsråd skal ha sagt til henne: «Du vinner ikke denne, Kari.» – Og han hadde rett.":
        words that open on "han" or "hun" right after a line said to somebody ("til henne") speak of
        the one who said it: they are the reply of the one it was said to."""
        if n == 0:
            return source
        prev_idx = ordered[n - 1]
        prev = self.quotations[prev_idx]
        if resolved.get(prev_idx) is not source or prev.cue_start is None:
            return source
        opening = [t for t in self.doc[self._token_at(q.start) : self._token_at(q.start) + 3] if t.is_alpha]
        if opening and opening[0].lower_ in ("og", "men"):
            opening = opening[1:]
        pronoun = pronouns().get(opening[0].lower_) if opening else None
        if pronoun is None or pronoun.case != "subj" or pronoun.number != "sg" or pronoun.gender == "-":
            return source
        said_to = _SAID_TO.search(doc_text(self.doc), prev.cue_start, prev.start)
        if said_to is None:
            return source
        if said_to.group(1) == "meg":
            return self._interviewee() or source  # told to the one the interview is with
        other = self.resolve_pronoun(said_to.group(1), said_to.start(1), exclude=source)
        return other if other is not None else source

    def _pronoun_inside_words(self, q: Quotation) -> bool:
        """A nested quotation whose source is named by a pronoun (resolved after its outer words)."""
        if not q.nested or q.speaker_start is None or q.speaker_end is None:
            return False
        return doc_text(self.doc)[q.speaker_start : q.speaker_end].lower() in pronouns()

    def document_author(self, q: Quotation) -> str | None:
        """The author of a document that is the source ("står det i brevet" after "et brev fra Kari
        Moe", "heter det i rapporten fra Riksrevisjonen"): the spec makes the author the speaker where
        the article names one."""
        words_ = (q.speaker_mention or "").split()
        nouns = [(k, noun) for k, w in enumerate(words_) if (noun := document_noun(w))]
        if not nouns:
            return None
        k, noun = nouns[-1]
        first = k
        while first > 0 and words_[first - 1][:1].isupper():
            first -= 1
        owner = " ".join(words_[first:k])
        if owner.endswith("s") and len(owner) > 2:
            return self._author(owner[:-1])  # "Kari Moes innlegg bekrefter at …": the genitive's owner
        text = doc_text(self.doc)
        if q.speaker_end is not None:
            sentence_end = (self._sentence_of(q.speaker_end) or (0, len(text)))[1]
            written = _WRITTEN_BY.match(text, q.speaker_end, sentence_end) or _FROM_AUTHOR.match(
                text, q.speaker_end, sentence_end
            )
            if written:  # "i rapporten, som er skrevet av professor X", "i saksframlegget fra rådmann X"
                return self._author(written.group(1).strip())
        rest = words_[k + 1 :]
        if rest and rest[0] not in ("fra", "av"):
            return None  # "rapporten om skolen" names no author
        authored = re.compile(
            rf"(?<!\w)(?i:{re.escape(noun)})\w*\s+(?:fra|av)\s+(?:[a-zæøå]+\s+)?"
            rf"((?:[A-ZÆØÅ][\w.'’-]*s\s+(?:[a-zæøå]+\s+){{1,2}}(?=[A-ZÆØÅ]))?(?:[A-ZÆØÅ][\w.'’-]*\s?){{1,4}})"
        )  # the noun in any case, a kind word ("tankesmien") and the name with its capitals (after a
        # genitive and its noun: "fra FNs nødhjelpskontor OCHA")
        found, found_at = None, 0
        limit = (q.speaker_end or q.start) if rest else q.start  # in the mention itself, or before the quote
        for m in authored.finditer(text, 0, limit):
            found, found_at = m.group(1).strip(), m.start(1)
        if found is None and noun in words("literary_work"):
            # "I «Der elva går» skriver Tone Lie om … «…», heter det i romanen": the person who writes it
            writers = [(m.group(1) or m.group(2)).strip() for m in _WRITER.finditer(text, 0, q.start)]
            people = [s for name in writers for s in self.sources if name in s.names and s.kind == "person"]
            return people[-1].canonical if people else None
        return self._author(found, found_at) if found else None

    def _before(self, source: Source, q: Quotation) -> bool:
        """Whether the narration names ``source`` before the words that name the speaker of ``q``."""
        return self._named_before(source, q.speaker_start or q.start)

    def _author(self, name: str, at: int = 0) -> str:
        """A document's author as the article names the person or body most fully (from ``at``, where
        the name stands, when that is known)."""
        # the sentence's full stop is no part of the name, nor what follows it
        name = re.split(r"(?<=\w{3})[.!?]\s", name.strip())[0].rstrip(".,;:")
        # "fra Trondheim kommunerevisjon": the name runs on where it stands, not at an earlier "Trondheim"
        run_on = re.compile(rf"(?<!\w){re.escape(name)}\s+([a-zæøå]+)(?!\w)").search(doc_text(self.doc), at)
        if run_on and run_on.group(1).endswith(org_endings()):
            name = f"{name} {run_on.group(1)}"  # "Norges idrettsforbund": the name runs on in lower case
        spelt = re.search(
            rf"(?<!\w){re.escape(name)}((?:\s+[a-zæøå-]+){{1,4}})\s+\(([A-ZÆØÅ]+)\)", doc_text(self.doc)
        )
        if spelt and spelt_by((name + spelt.group(1)).split(), spelt.group(2)):
            name += spelt.group(1)  # "Norges geologiske undersøkelse (NGU)": up to its short form
        surname = name.split()[-1]
        known = next(
            (
                s
                for s in self.sources
                # (not the document's own phrase: "en rapport fra Trondheim kommunerevisjon")
                if not any(document_noun(w) for w in s.canonical.split()[:2])
                and (
                    name in s.names
                    or s.canonical.endswith(surname)
                    # "Senter" of "Senter for grunnskoleforskning": the name runs on in lower case
                    or (s.kind != "person" and s.canonical.startswith(name + " "))
                )
            ),
            None,
        )
        return known.canonical if known is not None else name

    def _questioner(self, idx: int, resolved: dict[int, Source | None]) -> Source | None:
        """Who asked, when the quotation right before this one is a question in the next paragraph up."""
        q = self.quotations[idx]
        if q.type != "direct":
            return None  # "– Hvor skal jeg gjøre av meg da? spør hun.\n\nHun forteller at …": her report
        prev_idx = self._words_just_before(q.start, q)
        if prev_idx is None:
            return None
        prev = self.quotations[prev_idx]
        text = doc_text(self.doc)
        if not prev.text.rstrip().endswith("?") or text.count("\n\n", prev.end, q.start) > 1:
            return None
        return resolved.get(prev_idx)

    def _speaker_of_same_words(self, idx: int, resolved: dict[int, Source | None]) -> Source | None:
        """The speaker of a later quotation that repeats most of a heading's words."""
        heading = {w.lower() for w in self.quotations[idx].text.split() if len(w) > 2}
        if not heading:
            return None
        for other, q in enumerate(self.quotations):
            if other == idx or q.start <= self.quotations[idx].start or resolved.get(other) is None:
                continue
            words_ = {w.lower().strip(".,!?«»") for w in q.text.split()}
            if len(heading & words_) >= 0.6 * len(heading):
                return resolved[other]
        return None

    def _reported_just_before(self, ordered, n, resolved) -> Source | None:
        """The person whose reported words (not in marks) end the paragraph right before quotation
        ``n``: an unattributed dash paragraph after "Harald sier han venter." goes on with Harald."""
        prev_index = next(
            (ordered[m] for m in range(n - 1, -1, -1) if not self.quotations[ordered[m]].nested), None
        )
        if prev_index is None:
            return None
        prev = self.quotations[prev_index]
        source = resolved.get(prev_index)
        if prev.type == "direct" or source is None or source.kind != "person":
            return None
        text = doc_text(self.doc)
        between = text[
            max(prev.end, prev.speaker_end or 0, prev.cue_end or 0) : self.quotations[ordered[n]].start
        ]
        return source if between.strip(" .\n–-—") == "" and "\n\n" in between else None

    def _not_the_one_addressed(self, ordered, n, resolved) -> Source | None:
        """ "– Ingeborg bare lo av meg. – Du skrek som en unge, sier veteranen.": words put to "du"
        right after somebody's line are not that somebody's, whom a word like "veteranen" found
        first; the word names somebody else."""
        q = self.quotations[ordered[n]]
        mention = q.speaker_mention or ""
        if q.method != "dash.trailing" or not mention[:1].islower() or mention.lower() in pronouns():
            return None
        outer = self._outer(ordered, n)
        if not outer:
            return None
        prev = self.quotations[ordered[outer[-1]]]
        addressee = resolved.get(ordered[outer[-1]])
        if prev.reporter or addressee is None or addressee is not resolved.get(ordered[n]):
            return None
        if doc_text(self.doc).count("\n\n", prev.end, q.start) > 1:
            return None
        if not self._put_to_du(q):
            return None
        other = self.resolve_mention(q, addressee)
        return other if other is not addressee else None

    def _same_interviewee(self, ordered, n, resolved) -> Source | None:
        """ "– Hva sier moren din? – Hun har ikke lest den. – Hvorfor stiller du opp? – Fordi forlaget
        ber meg, sier hun.": a "hun" answering the reporter's question is the interviewee, not somebody
        the pronoun alone would pick: nobody, a person who has not spoken (a character of her novel),
        or one only reported ("Anmelderen skrev at …" before "– Bryr du deg? – …, sier han")."""
        q = self.quotations[ordered[n]]
        mention = (q.speaker_mention or "").lower()
        aged = _AGE_NOUN.fullmatch(mention)  # "– Sove, sier 61-åringen.": an age nobody was given, too
        if q.method != "dash.trailing" or (mention not in ("han", "hun") and not aged):
            return None
        gender = pronouns()[mention].gender if not aged else "-"
        outer = self._outer(ordered, n)
        if len(outer) < 2 or not self.quotations[ordered[outer[-1]]].reporter:
            return None
        current = resolved.get(ordered[n])
        earlier = {ordered[m]: resolved.get(ordered[m]) for m in outer}
        spoken = current is not None and any(s is current for s in earlier.values())
        reported_only = spoken and self._only_reported(current, earlier)
        if spoken and not reported_only and not aged:
            return None  # (an age noun nobody was given says less than a pronoun: the answer decides)
        before, question = self.quotations[ordered[outer[-2]]], self.quotations[ordered[outer[-1]]]
        text = doc_text(self.doc)
        between = text[max(before.end, before.speaker_end or 0, before.cue_end or 0) : question.start]
        adjacent = not re.search(r"\w", between.replace("\n", " ").strip(" .,–-—"))
        answerer = resolved.get(ordered[outer[-2]]) if adjacent and not before.reporter else None
        if answerer is current:
            answerer = None
        if answerer is None and reported_only:
            # the one who answered the reporter's last question before
            answerer = next(
                (
                    found
                    for b in reversed(self._answers(ordered, outer))
                    if (found := resolved.get(ordered[b]))
                ),
                None,
            )
        if answerer is None or answerer is current or answerer.kind != "person":
            return None
        if aged:
            age = int(aged.group(1))
            if answerer.age not in (None, age) or any(
                s.age == age and (s is not current or not s.age_guessed) for s in self.sources
            ):
                return None  # somebody was given that age ("Arnfinn Johansen (58)")
            if current is not None and current.age == age:
                current.age = None  # the age noun had given it to the wrong one
            answerer.age, answerer.age_guessed = age, True
            return answerer
        return answerer if answerer.gender in ("-", gender) else None

    def _answer_to_asked_question(self, ordered, n, resolved) -> Source | None:
        """ "– Jeg trodde jeg skulle klare det, sa han. – Hvorfor sa du ikke fra? spurte aktor. – Fordi
        jeg var redd.": words right after a question somebody is said to ask answer it; they are the
        one who spoke before the question, not the asker."""
        outer = self._outer(ordered, n)
        if not outer:
            return None
        question = self.quotations[ordered[outer[-1]]]
        if not question.text.rstrip().endswith("?") or (question.cue or "").lower() not in words("ask_cue"):
            return None
        asker = resolved.get(ordered[outer[-1]])
        asked = self._previous_speaker(ordered, outer[-1], resolved, skip_reporter=True, person=True)
        if asked is None or asked is asker:
            return None
        self.quotations[ordered[n]].continuation = False  # an answer, not the question going on
        return asked

    def _put_to_du(self, q: Quotation) -> bool:
        """Whether the words address somebody as "du" (or "deg", "din", "dere" …)."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        return span is not None and any(t.lower_ in words("second_person") for t in span)

    def _outer(self, ordered, n) -> list[int]:
        """Positions in ``ordered`` of the quotations before ``n`` that stand in no other one's words."""
        return [m for m in range(n) if not self.quotations[ordered[m]].nested]

    def _answers(self, ordered, outer: list[int]) -> list[int]:
        """Of ``outer``, the positions of answers: words right after a question of the reporter's."""
        return [
            b
            for a, b in pairwise(outer)
            if self.quotations[ordered[a]].reporter and not self.quotations[ordered[b]].reporter
        ]

    def _end_of_previous(self, ordered, n) -> int:
        """Where the previous quotation's attribution ends (0 when there is none)."""
        for m in range(n - 1, -1, -1):
            prev = self.quotations[ordered[m]]
            if not prev.nested:
                return max(prev.end, prev.speaker_end or 0, prev.cue_end or 0)
        return 0

    def _answers_a_question(self, pos: int) -> bool:
        """The paragraph before is a question in the reporter's voice (a question-and-answer
        interview prints its questions as plain paragraphs and the answers after dashes)."""
        text = doc_text(self.doc)
        para_start = text.rfind("\n\n", 0, pos)
        if para_start < 0:
            return False
        prev_start = text.rfind("\n\n", 0, para_start)
        previous = text[prev_start + 2 if prev_start >= 0 else 0 : para_start].strip()
        return previous.endswith("?") and previous[:1] not in '-–—«"“'

    def _only_reported(self, source: Source, resolved: dict[int, Source | None]) -> bool:
        """Whether the article reports what ``source`` said (indirect or mixed) but gives none of their
        words in dashes or marks."""
        kinds = {self.quotations[i].type for i, s in resolved.items() if s is source}
        return bool(kinds) and "direct" not in kinds

    def _named_answerer(self, ordered: list[int], resolved: dict[int, Source | None]) -> Source | None:
        """The one person whose name or title attributes a reply to a reporter's question anywhere in
        the article (None when there are none or several: an interview with more than one)."""
        answerers = {
            id(source): source
            for n in range(1, len(ordered))
            if self.quotations[ordered[n - 1]].reporter
            and self.quotations[ordered[n]].method == "dash.trailing"
            and (source := resolved.get(ordered[n])) is not None
            and source.kind == "person"
        }
        return next(iter(answerers.values())) if len(answerers) == 1 else None

    @staticmethod
    def _named_in(source: Source, words_: str) -> bool:
        """Whether a capitalised part of the source's name stands in ``words_``."""
        parts = {p for name in source.names for p in name.split() if p[:1].isupper() and len(p) > 2}
        return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", words_) for p in parts)

    def _not_addressed_as_kin(self, source: Source | None, q: Quotation) -> Source | None:
        """``source``, unless the words name that person by a bare family word, as a child names a
        parent ("På veggen henger et bilde av faren, Ole Haugland. – Far sa alltid at …": his
        daughter's words)."""
        if source is None:
            return None
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        for tok in span if span is not None else ():
            bare_kin = tok.text[:1].isupper() and tok.lower_ in words("kin_parent") | words("kin_grandparent")
            if bare_kin and self._family_member(tok.lower_, q.start) is source:
                return None
        return source

    def _interviewee(self) -> Source | None:
        """The person the article names most often: whom a question-and-answer interview is with."""
        ranked = self._most_named(lambda s: s.kind == "person" and s.is_known_person)
        return ranked[0][0] if ranked else None

    def _person_just_before(self, pos: int, after: int = 0, subject_first: bool = False) -> Source | None:
        """The first person named in the narration right before ``pos`` (this or the previous
        paragraph, after the previous quotation), outside quotations; with ``subject_first`` the first
        known person in subject position wins over one named earlier in passing ("Sammenlignet med
        Berg er Lund mer forsiktig: – Er du …?" asks Lund)."""
        text = doc_text(self.doc)
        para_start = text.rfind("\n\n", 0, pos)
        prev_start = text.rfind("\n\n", 0, max(para_start, 0))
        floor = max(prev_start + 2 if prev_start >= 0 else 0, after)
        return (self._first_person_between(floor, pos, subject=True) if subject_first else None) or (
            self._first_person_between(floor, pos)
        )

    def _first_person_between(self, floor: int, end: int, subject: bool = False) -> Source | None:
        """The first person the narration names in [``floor``, ``end``); with ``subject``, the first
        known person in subject position."""
        for m in self.mentions:
            in_range = floor <= m.pos < end and m.source.kind == "person"
            salient = not subject or (m.subject and m.source.is_known_person)
            if in_range and salient and not self._after_open_mark(m.pos):
                return m.source
        return None

    def _after_open_mark(self, pos: int) -> bool:
        """A name right after an opening quotation mark in the narration: a signature or a title
        ("en tegning signert «Ida, 6 år»"), not somebody present."""
        k = self._token_at(pos)
        return k > 0 and self.doc[k - 1].text in _OPENING_MARKS

    def _speaking_filter(
        self, resolved: dict[int, Source | None], pos: int
    ) -> Callable[[Source | None], Source | None]:
        """Drops a candidate for unattributed words at ``pos`` who is named only once in passing and
        never quoted ("Det var rektor Oddvar Teigland som ansatte henne.") when others in the article
        do speak. A family word after the words ("Faren hennes var fotograf") does not put the person
        on the stage they were said on."""
        speakers = {id(s) for s in resolved.values() if s is not None}
        named = Counter(
            id(m.source)
            for m in self.mentions
            if not self._is_pronoun_at(m.pos)
            and (m.pos < pos or role_of(self.doc[self._token_at(m.pos)].text) not in words("kinship"))
        )

        def keep(source: Source | None) -> Source | None:
            if source is None or not speakers or id(source) in speakers or named[id(source)] > 1:
                return source
            return None

        return keep

    def _cue_without_subject(self, q: Quotation) -> bool:
        """The cue opens its sentence, after at most "Og" ("Og legger til:", "Legger så til:")."""
        assert q.cue_start is not None
        k = self._token_at(q.cue_start)
        start = self._token_at((self._sentence_of(q.cue_start) or (0, 0))[0])
        return k == start or (k == start + 1 and self.doc[start].lower_ in ("og", "men"))

    def _addressee_at(self, pos: int) -> bool:
        """A name right after "til" or "overfor": whom something was said to ("sier han til NTB")."""
        k = self._token_at(pos)
        return k > 0 and self.doc[k - 1].lower_ in ("til", "overfor")

    def _is_pronoun_at(self, pos: int) -> bool:
        return self.doc[self._token_at(pos)].lower_ in pronouns()

    def _addressed_in(self, question: Quotation) -> Source | None:
        """The person a reporter's question opens by naming ("– Kari Lund, hva tenker du …?"): who
        answers it. Only a person the article has named already."""
        opening = _VOCATIVE.match(question.text)
        if opening is None:
            return None
        words_ = opening.group(1).split()
        return next(
            (s for s in self.sources if s.kind == "person" and all(w in s.canonical.split() for w in words_)),
            None,
        )

    def _subject_of_last_sentence(self, pos: int, after: int = 0) -> Source | None:
        """The person the narration's last sentence before a dash paragraph is about ("Staveland
        pirker på noe i håndflata. – Mye ligger i en tåkedis."): its subject, when that is a person."""
        text = doc_text(self.doc)
        end = len(text[: max(text.rfind("\n\n", 0, pos), 0)].rstrip())
        if end <= after or text[end - 1] not in ".!?:":
            return None
        starts = [st for st, _ in self.sentences if after <= st < end - 1 and not self.inside_quote(st)]
        if not starts:
            return None
        return self._first_person_between(starts[-1], end, subject=True)

    def _reacting_subject(self, pos: int, after: int) -> Source | None:
        """The person of a one-sentence paragraph right before a dash paragraph that only shows her
        react ("Kari Lie rister på hodet.", "Bestefaren nikker."; as data, ``reaction_verb``)."""
        text = doc_text(self.doc)
        end = len(text[: max(text.rfind("\n\n", 0, pos), 0)].rstrip())
        start = text.rfind("\n\n", 0, end) + 2
        if start < 2 or start < after or end - start > 90:
            return None
        if sum(1 for st, _ in self.sentences if start <= st < end) != 1:
            return None
        reacting = any(w in words("reaction_verb") for w in re.findall(r"\w+", text[start:end].lower())[:6])
        return self._subject_of_last_sentence(pos, after) if reacting else None

    def _person_in_sentence_before(self, pos: int) -> Source | None:
        """The first person named in the sentence that ends right before a dash opening a quotation in
        the middle of a paragraph; None when the dash opens its paragraph."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, pos) + 1
        dash = max(text.rfind(d, line_start, pos) for d in "-–—")
        end = line_start + len(text[line_start:dash].rstrip()) if dash > line_start else line_start
        if end == line_start or text[end - 1] not in ".!?:":
            return None
        floor = max((s for s, _ in self.sentences if line_start <= s < end - 1), default=line_start)
        opening = text[floor:end].split(maxsplit=1)[:1]
        if opening and opening[0].lower() in words("subordinator"):
            # "Da firmaet la fram planene, landet Hansen på et ja": the main clause's subject
            comma = text.find(",", floor, end)
            floor = comma + 1 if comma > 0 else floor
        return self._first_person_between(floor, end)

    def _turn_in_exchange(self, ordered, n, resolved, alternated: set[int]) -> Source | None:
        """ "– Det regnet ikke, sier Kjell. – Det var sludd, svarer Aud. – Sludd er snø. – Sludd er
        sludd, Kjell.": in a quick exchange of short lines, an unattributed line after a reply goes
        back to whom the reply answered, and the next one alternates again. Long paragraphs after a
        reply are the replier going on ("…, svarer Eide. – Ved terror utenfra har Forsvaret …")."""
        # the two lines before, past reports nested in them ("trodde jeg at …")
        outer = self._outer(ordered, n)[-2:]
        if len(outer) < 2:
            return None
        lines = [self.quotations[ordered[m]] for m in (*outer, n)]
        before, reply, line = lines
        # "– Du skrek som en unge, sier veteranen.": put to the one who spoke before, however long
        addressed = self._put_to_du(reply)
        short = [q for q in lines if not (q is before and addressed)]
        if any(q.reporter for q in lines) or any(len(q.text.split()) > EXCHANGE_LINE_WORDS for q in short):
            return None
        replied = (
            ordered[outer[1]] in alternated or (reply.cue or "").lower() in words("answer_cue") or addressed
        )
        first, second = resolved.get(ordered[outer[0]]), resolved.get(ordered[outer[1]])
        if not replied or first is None or second is None or first is second:
            return None
        text = doc_text(self.doc)
        gaps = (text[before.end : reply.start], text[reply.end : line.start])
        if any(gap.count("\n\n") > 1 for gap in gaps):
            return None
        alternated.add(ordered[n])
        return first

    def _previous_speaker(
        self,
        ordered,
        n,
        resolved,
        skip_reporter: bool = False,
        person: bool = False,
        own_thought: bool = False,
    ) -> Source | None:
        """The speaker of the quotation before ``n``; with ``person``, of the last one a person
        said (an answer to the reporter is a person's, not the ministry's quoted in between); with
        ``own_thought``, past a speaker's report of their own mind inside their words."""
        for m in range(n - 1, -1, -1):
            prev = self.quotations[ordered[m]]
            if prev.nested or prev.method == "dash.heading":
                continue
            if own_thought and (prev.speaker_mention or "").lower() in words("first_second_person"):
                continue  # "– … Jeg trodde at …, sa han. – …": his own thought, no quotation of its own
            if prev.reporter:
                if skip_reporter:
                    continue
                return None
            source = resolved.get(ordered[m])
            if person and source is not None and source.kind != "person":
                continue
            return source
        return None

    def _answerer_spoken_of(self, ordered, n, resolved) -> Source | None:
        """ "Lunde mener Nordby tilhører … – Hun maler betong, sier Lunde. – Er bildene dine dystre? –
        Nei.": after someone who has answered the reporter, a third party who spoke of her by name is
        not the one asked next; she is."""
        outer = self._outer(ordered, n)
        answerers = [resolved.get(ordered[b]) for b in self._answers(ordered, outer)]
        asked = next((s for s in reversed(answerers) if s is not None), None)
        if asked is None:
            return None
        if len(outer) < 2 or not self.quotations[ordered[outer[-1]]].reporter:
            return None
        last = outer[-2]  # the words right before the question
        third = resolved.get(ordered[last])
        if third is None or self.quotations[ordered[last]].reporter or any(s is third for s in answerers):
            return None
        # what the third party said since the asked one last answered names her ("mener Nordby
        # tilhører …"): a "hun" alone may be anybody (a man speaking of his late wife)
        since = max(b for a, b in pairwise(outer) if self.quotations[ordered[a]].reporter)
        said = " ".join(
            self.quotations[ordered[m]].text for m in outer if m > since and resolved.get(ordered[m]) is third
        )
        return asked if self._named_in(asked, said) else None

    def _last_answerer(self, ordered, n, resolved) -> Source | None:
        """Whom an interview is with, before quotation ``n``: the speaker of the latest answer to one of
        the reporter's questions, when that person has answered at least three (a reportage that asks
        several people a question or two each has no such person)."""
        outer = self._outer(ordered, n)
        answerers = [resolved.get(ordered[b]) for b in self._answers(ordered, outer)]
        last = next((s for s in reversed(answerers) if s is not None), None)
        if last is None or sum(s is last for s in answerers) < INTERVIEW_ANSWERS:
            return None
        return last

    def _next_adjacent_speaker(self, ordered, n, resolved) -> Source | None:
        if n + 1 >= len(ordered):
            return None
        q = self.quotations[ordered[n]]
        nxt = self.quotations[ordered[n + 1]]
        if nxt.method == "dash.trailing" and nxt.start - q.end < 10 and ordered[n + 1] in resolved:
            if (nxt.cue or "").lower() in words("answer_cue"):
                return None  # "– Mor, det er ikke så annerledes.\n\n– Kanskje ikke, svarer hun.": a reply
            return resolved[ordered[n + 1]]
        return None


def _genitive_owner(span: Span) -> str | None:
    """The owner a phrase of a name's genitive and a common noun names ("SSBs nye tall" → SSB,
    "Statistisk sentralbyrås undersøkelse" → Statistisk sentralbyrå); None when the noun is a person
    ("Hansens advokat" is the lawyer)."""
    owner_at = next((k for k, t in enumerate(span) if t.text.endswith("s") and len(t.text) > 2), None)
    if owner_at is None or owner_at + 1 >= len(span) or not span[0].text[:1].isupper():
        return None
    head = span[-1]
    if not all(t.is_lower and t.pos_ in ("ADJ", "NOUN") for t in span[owner_at + 1 :]) or head.pos_ != "NOUN":
        return None
    if not is_evidence_noun(head):
        return None  # "Statens vegvesen", "Hansens advokat": a body's name, a person
    words_ = [t.text for t in span[: owner_at + 1]]
    return " ".join([*words_[:-1], words_[-1][:-1]])


#: a question that opens by naming whom it asks: "Kari Lund, hva tenker du …?"
_VOCATIVE = re.compile(r"((?:[A-ZÆØÅ][\w'’-]+ ?){1,3}),")


def _one_letter_apart(a: str, b: str) -> bool:
    """Two long words that differ by one letter left out, added or changed ("Tatchell", "Tachell")."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a == b or not (a.istitle() and b.istitle()):
        return False  # names only: "kirke" and "kirken" are one word in two forms
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _last_word(name: str) -> str:
    return name.split()[-1].lower()


def _title_prefix(word: str) -> str | None:
    """The name a title is compounded with, lower case: "kvernhus" of "Kvernhus-trener" and of
    "Tangen-treneren" (None for a plain title or a word with no title in it)."""
    head, dash, tail = word.rpartition("-")
    if not dash or not head[:1].isupper() or not tail.islower() or role_of(tail) is None:
        return None
    return head.lower()


def _is_organisation_word(word: str) -> bool:
    """One capitalised compound that ends like an organisation: "Bondelaget", "Kulturdepartementet"
    (not the bare "Partiet", which points back to one)."""
    lower = word.lower()
    return any(lower.endswith(ending) and len(lower) - len(ending) >= 3 for ending in _definite_org_endings())


@cache
def _definite_org_endings() -> tuple[str, ...]:
    """Definite organisation endings ("-partiet", not "-parti"), and "-laget" ("Bondelaget")."""
    return (*(e for e in org_endings() if e.endswith(("et", "en", "a"))), "laget")


def _definite_head(name: str) -> str | None:
    """The definite form of an organisation name's last word, when it is a common noun ("Melhus
    kommune" → "kommunen", "Oslo tingrett" → "tingretten")."""
    parts = name.split()
    if len(parts) < 2 or not parts[-1].islower():
        return None
    head = parts[-1]
    return head + ("n" if head.endswith("e") else "en")


def resolve_speakers(doc: Doc, quotations: list[Quotation]) -> None:
    """Fill ``speaker`` (the canonical name) of each quotation in place."""
    _Coref(doc, quotations).run()


@Language.factory("sitat_coref", assigns=["doc._.quotations"], requires=["doc._.quotations"])
def make_coref(nlp: Language, name: str) -> SpeakerResolver:
    return SpeakerResolver()


class SpeakerResolver(StatelessComponent):
    """spaCy component: canonical speakers for ``doc._.quotations``."""

    def __call__(self, doc: Doc) -> Doc:
        resolve_speakers(doc, doc._.quotations or [])
        return doc


register_extensions()
