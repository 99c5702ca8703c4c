"""Token-level grammar the quotation stages share: sentences, speaker phrases, subjects.

Every helper uses the dependency parse and tags when the model provides them and falls back on
word shape and the function-word lexicon when it does not (a blank tokenizer still finds direct
quotations and their speakers).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from spacy.tokens import Doc, Token

from sitat.lexicons import (
    body_word_endings,
    cue_verbs,
    definite_person_nouns,
    document_nouns,
    function_words,
    org_reference_endings,
    organisation_suffixes,
    person_nouns,
    pronouns,
    role_of,
)
from sitat.lexicons import first_names as _first_names

SUBJECT_DEPS = {"SUBJ", "NSUBJ", "NSUBJ:PASS"}
VERB_CHAIN_DEPS = {"INFV", "AUX", "XCOMP"}


def words(cls: str) -> frozenset[str]:
    return function_words()[cls]


@cache
def org_endings() -> tuple[str, ...]:
    """Lower-case word endings of organisation names, with their indefinite forms ("byrået", "byrå")."""
    endings = {e for e in organisation_suffixes() if e.islower()}
    endings |= {e[:-2] for e in endings if e.endswith("et")} | {e[:-1] for e in endings if e.endswith("a")}
    return tuple(sorted(endings))


def has_parse(doc: Doc) -> bool:
    return doc.has_annotation("DEP")


def has_tags(doc: Doc) -> bool:
    return doc.has_annotation("POS")


def doc_text(doc: Doc) -> str:
    """The doc's text, built once (``Doc.text`` joins every token each time it is read)."""
    text = doc.user_data.get("sitat_text")
    if text is None:
        text = doc.user_data["sitat_text"] = doc.text
    return text


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token, for ``token_index_at``; computed once per doc."""
    starts = doc.user_data.get("sitat_starts")
    if starts is None:
        starts = doc.user_data["sitat_starts"] = [t.idx for t in doc]
    return starts


def token_index_at(doc: Doc, starts: list[int], char: int) -> int:
    """Index of the token that contains or follows character offset ``char``."""
    i = bisect_right(starts, char) - 1
    if i < 0:
        return 0
    if char >= starts[i] + len(doc[i]) and i + 1 < len(doc):
        return i + 1
    return i


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence (start, end) character spans; a sentence never crosses a paragraph break.

    Computed once per doc (the stages all ask) and kept in ``doc.user_data``.
    """
    cached = doc.user_data.get("sitat_sentences")
    if cached is None:
        cached = doc.user_data["sitat_sentences"] = _sentence_bounds(doc)
    return cached


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    from sitat.quotes.gate import SENTENCE_END

    text = doc_text(doc)
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [_strip(text, s, e) for s, e in bounds if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: endings a document noun takes ("brevet", "rapporten"); an evidence noun also plural ones ("tallene")
_DOCUMENT_ENDINGS = ("et", "en", "a", "e", "ene")
_EVIDENCE_ENDINGS = ("en", "et", "a", "ene", "er", "e", "r", "ne")


def _noun_bases(lower: str, endings: tuple[str, ...]) -> list[str]:
    """The word and what is left of it without each of ``endings`` it has, in that order."""
    return [lower] + [lower[: -len(e)] for e in endings if lower.endswith(e)]


@cache
def _evidence_nouns() -> frozenset[str]:
    return frozenset(n for n in document_nouns() | words("evidence_noun") if len(n) >= 3)


def document_noun(word: str) -> str | None:
    """``brev`` for "brevet", ``rapport`` for "rapporten": the document noun a word is a form of."""
    nouns = document_nouns()
    return next(
        (base for base in _noun_bases(word.lower().strip(",.:;"), _DOCUMENT_ENDINGS) if base in nouns), None
    )


def is_subject_pronoun(tok: Token) -> bool:
    """A personal pronoun as subject; "de" before an adjective or noun ("de fleste foreldrene", "de
    ansatte") is a determiner."""
    if tok.lower_ not in words("pronoun_subject"):
        return False
    if tok.lower_ == "de" and tok.i + 1 < len(tok.doc):
        nxt = tok.doc[tok.i + 1]
        return not (nxt.is_lower and (nxt.pos_ in ("ADJ", "NOUN") or nxt.lower_ in ("fleste", "andre")))
    return True


def is_proper(tok: Token) -> bool:
    """A word that is (part of) a name: tagged PROPN, or capitalised where tags are missing."""
    if tok.pos_:
        if tok.pos_ == "PROPN":
            return True
        if tok.pos_ in ("NOUN", "X") and tok.text[:1].isupper() and not tok.is_sent_start:
            return True
        return tok.ent_type_ in ("PER", "ORG", "GPE_ORG") and tok.text[:1].isupper()
    return (tok.text[:1].isupper() and tok.is_alpha) or (tok.text[:1].isupper() and "-" in tok.text)


def noun_or_untagged_word(tok: Token) -> bool:
    """A common noun, or a lower-case word the tagger did not see (behind the parse gate)."""
    return tok.pos_ == "NOUN" or (not tok.pos_ and tok.is_lower)


def is_finite_verb(tok: Token) -> bool:
    if tok.pos_:
        return tok.pos_ in ("VERB", "AUX") and tok.lower_ not in words("determiner")
    return False


def may_be_finite_verb(tok: Token) -> bool:
    """A verb as tagged, or, untagged outside the parse gate, a lower-case word with the present
    tense's "-er" ("sitter", "skyver"), a short present ("står") or a strong past ("sto")."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    lower = tok.lower_
    return (
        not tok.pos_
        and tok.is_lower
        and (lower.endswith("er") or lower in words("short_present") or lower in words("strong_past"))
        and lower != "så"  # far more often "then" or "so" than "saw"
    )


def is_inverted_noun_subject(tok: Token, verb: int) -> bool:
    """A common noun the parse makes the subject of the verb at index ``verb``, standing after it
    ("I rapporten advarer sentralbanken om at …")."""
    return tok.pos_ == "NOUN" and tok.dep_.upper() in ("SUBJ", "NSUBJ") and tok.head.i == verb


def is_participle(tok: Token) -> bool:
    """A past participle ("varslet", "kalt"), as the tagger's morphology says (False untagged)."""
    return tok.has_morph() and "Part" in tok.morph.get("VerbForm")


def is_thing_noun(tok: Token) -> bool:
    """A common noun that names no one who could speak: not a person, a title, a body or a document
    ("omfanget", "programmet"; not "mannen", "kommunen", "rapporten")."""
    lower = tok.lower_
    return (
        tok.pos_ == "NOUN"
        and not tok.ent_type_
        and role_of(lower) is None
        and lower not in person_nouns()
        and lower not in definite_person_nouns()
        and document_noun(lower) is None
        and lower not in words("org_reference") | words("kind_reference")
        and not lower.endswith((*org_endings(), *body_word_endings()))
    )


def is_counterfactual(tok: Token) -> bool:
    """A participle after "ville", "kunne" or "burde" (and "ha", adverbs between): "Han ville sagt at
    jeg burde …" imagines words nobody said."""
    doc = tok.doc
    k = tok.i - 1
    after_ha = k >= 0 and doc[k].lower_ == "ha"
    if not (is_participle(tok) or after_ha):
        return False  # (after "ha" a verb is a participle however it is tagged: "ville ha syntes")
    if after_ha:
        k -= 1
    while k >= 0 and k >= tok.i - 4 and doc[k].lower_ in words("adverb"):
        k -= 1
    return k >= 0 and doc[k].lower_ in words("counterfactual_modal")


def is_infinitive(tok: Token) -> bool:
    """An infinitive ("skrive", "fortelle"), as the tagger's morphology says (False untagged)."""
    return tok.has_morph() and "Inf" in tok.morph.get("VerbForm")


def apposes_unnamed_person(opener: list[Token], described: list[Token]) -> bool:
    """ "En annen nabo, en kvinne i 60-årene, sier …", "Den ansatte, en kvinne i 20-årene, …": a
    subject that names a person by kind, and in apposition to it who the unnamed person is."""
    if not _describes_unnamed_person(described):
        return False
    # (the apposition says a person is meant: "Maskinisten, en rolig mann i femtiårene, forteller …",
    # "Den ene, en jente med grønn lue, mener …")
    one_of_them = len(opener) == 2 and opener[0].lower_ in ("den", "det") and opener[1].is_lower
    definite_word = len(opener) == 1 and opener[0].is_alpha and opener[0].lower_.endswith(("en", "a"))
    return (
        names_a_person_by_kind(opener)
        or one_of_them
        or (definite_word and not opener[0].ent_type_)
        or _indefinite_kind(opener)  # "En fast pendler, en kvinne i 50-årene med kaffekopp, sier …"
    )


def _indefinite_kind(opener: list[Token]) -> bool:
    """ "En fast pendler": an indefinite article, perhaps adjectives, and a noun in lower case."""
    return (
        2 <= len(opener) <= 4
        and opener[0].lower_ in ("en", "ei", "et")
        and all(t.is_lower and t.is_alpha for t in opener[1:])
    )


def names_itself(opener: list[Token]) -> bool:
    """ "Maskinisten, en rolig mann i femtiårene, …": one word for what somebody does is the role
    phrase that names the source; a plain person word ("Naboen"), "Den ansatte" or "Den ene" is not,
    and the apposition names her."""
    if _indefinite_kind(opener):
        return opener[-1].lower_ not in person_nouns()  # "En fast pendler", not "En kvinne"
    if len(opener) != 1:
        return False
    lower = opener[0].lower_
    return lower not in definite_person_nouns() and lower not in person_nouns()


def _describes_unnamed_person(tokens: list[Token]) -> bool:
    """ "en kvinne i 60-årene", "ei jente på ti år": an indefinite phrase that says who a source the
    article does not name is."""
    return (
        2 <= len(tokens) <= 9  # (what she holds too: "en kvinne i 50-årene med kaffekopp i hånda")
        and tokens[0].lower_ in ("en", "ei")
        and any(t.lower_ in person_nouns() for t in tokens[1:3])
        and not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    )


def names_a_person_by_kind(tokens: list[Token]) -> bool:
    """ "En annen nabo", "Den ansatte": a phrase that names a person by what he or she is."""
    return 1 <= len(tokens) <= 4 and any(
        t.lower_ in person_nouns() or role_of(t.text) or t.lower_ in definite_person_nouns() for t in tokens
    )


def can_open_speaker_phrase(tok: Token) -> bool:
    """Whether a speaker phrase can start at ``tok`` (right after an inverted cue: "sier Hansen")."""
    lower = tok.lower_
    if tok.is_punct or tok.is_space:
        return False
    if is_subject_pronoun(tok):
        return True
    if tok.text[:1].isupper() and is_proper(tok):
        return True  # a name, even one spelled like a function word ("Per", "Eli")
    if lower in ("at", "det", "om", "til") or lower in words("reflexive"):
        return False
    if lower in words("phrase_end") - {"i"}:
        return False
    if tok.text[:1].isupper() or tok.like_num:
        return True
    if lower in words("determiner") or role_of(tok.text) or (tok.is_alpha and lower.endswith(org_endings())):
        return True  # "en talsmann", "generalsekretæren", "instituttet", "departementet"
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text[:1].isupper() and is_proper(nxt) and tok.is_alpha:
        return True  # a title the lexicon does not know, before a name: "fiskeskipper Ola Strand"
    return bool(tok.pos_ in ("NOUN", "PROPN", "ADJ"))


def _apposed_name_ahead(doc: Doc, k: int, limit: int, reach: int = 6) -> int | None:
    """Where a comma before a person's name follows a role phrase's prepositional tail within a few
    words ("fagsjef i organisasjonen Skogeierne, Hans Lunde"), with no verb between; else None."""
    for j in range(k + 1, min(k + 1 + reach, len(doc) - 1)):
        tok = doc[j]
        if tok.idx >= limit or is_finite_verb(tok) or (tok.is_punct and tok.text != ","):
            return None
        if tok.text == ",":
            return j if _starts_person_name(doc[j + 1]) else None
    return None


def _capitalised_proper(tok: Token) -> bool:
    return is_proper(tok) and tok.text[:1].isupper()


def _starts_person_name(tok: Token) -> bool:
    """A capitalised proper word the tagger calls a person, or a listed first name."""
    return _capitalised_proper(tok) and (tok.ent_type_ == "PER" or tok.text in _first_names())


#: "i 40-årene": a person's decade of life
DECADE_OF_LIFE = re.compile(r"\d0-årene|(?:tjue|tyve|tretti|førti|femti|seksti|sytti|åtti|nitti)årene")


def is_evidence_noun(tok: Token) -> bool:
    """A document or a set of figures a report can come from ("rapport", "tall", compounds such as
    "arbeidskraftundersøkelse"), by its indefinite or definite form."""
    bases = _noun_bases(tok.lower_, _EVIDENCE_ENDINGS)
    return any(base.endswith(noun) for base in bases for noun in _evidence_nouns())


def source_after_ifolge(doc: Doc, i: int, limit: int) -> tuple[int, int] | None:
    """The source after "ifølge": a speaker phrase, or a pronoun in the object case ("Ifølge ham er
    …"), which after a preposition names the source as "han" does after "sier"."""
    if i < len(doc) and doc[i].lower_ == "følge":
        i += 1  # "i følge forskerne", the older spelling in two words
    pronoun = pronouns().get(doc[i].lower_) if i < len(doc) and doc[i].idx < limit else None
    if pronoun is not None and pronoun.case == "obj":
        return (i, i + 1)
    if i + 1 < len(doc) and doc[i].lower_ in words("title_modifier") and role_of(doc[i + 1].text):
        i += 1  # "Ifølge tidligere kollega Per Moen": when she held the title, not who
    # (also "Ifølge det franske nyhetsbyrået AFP er …": phrase_after takes the definite phrase)
    phrase = phrase_after(doc, i, limit)
    if phrase is None:
        return None
    k = phrase[1]
    # "ifølge SSBs nye tall", "ifølge Statistisk sentralbyrås arbeidskraftundersøkelse": a body's
    # genitive and what of it the report comes from are one source phrase
    j = k
    if (
        j < len(doc)
        and doc[j].is_lower
        and doc[j].text.endswith("s")
        and doc[j].pos_ in ("ADJ", "NOUN")  # not a verb in -s: "ifølge ordføreren skyldes …"
        and doc[j].idx < limit
    ):
        j += 1  # the genitive of a name in two words, whose second word the tagger left lower case
    if j > k or (doc[k - 1].text.endswith("s") and is_proper(doc[k - 1])):
        while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].idx < limit:
            j += 1
        if (
            j < len(doc)
            and doc[j].pos_ == "NOUN"
            and doc[j].is_lower
            and doc[j].idx < limit
            and is_evidence_noun(doc[j])
        ):
            phrase, k = (phrase[0], j + 1), j + 1
    if (
        k + 1 < len(doc)
        and is_proper(doc[k - 1])
        and doc[k].is_lower
        and doc[k].pos_ == "NOUN"
        and doc[k].is_alpha
        and len(doc[k].text) >= 8
        and is_finite_verb(doc[k + 1])
    ):
        # "Ifølge en rapport fra Agder kommunerevisjon ble …": a place and a body's common noun, one name
        phrase = (phrase[0], k + 1)
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ in ("ved", "i", "hos", "fra") and _capitalised_proper(doc[k + 1]):
        # "Ifølge Per Lund ved Fafo er …": where the source works is part of it
        k += 1
        while k < len(doc) and doc[k].idx < limit and (_capitalised_proper(doc[k]) or doc[k].text == "&"):
            k += 1
        return (phrase[0], k)
    body = doc[k - 1].is_lower and doc[k - 1].lower_.endswith((*org_endings(), "organisasjon"))
    if (
        k + 1 < len(doc)
        and doc[k].lower_ == "for"
        and (role_of(doc[k - 1].text) or body)
        and doc[k + 1].lower_ not in words("after_adverbial_for")  # "ifølge selskapet for øvrig"
    ):
        # "Ifølge FNs høykommissær for flyktninger (UNHCR) er …", "ifølge lederen for utvalget.",
        # "ifølge FNs organisasjon for migrasjon (IOM)": what the title or the body is for is part of
        # the source, up to the verb or the sentence's end
        j = k + 1
        nominal = ("NOUN", "PROPN", "ADJ", "DET")
        while j < len(doc) and j <= k + 5 and doc[j].idx < limit and doc[j].pos_ in nominal:
            j += 1
        after = j
        if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
            after += 3  # "(UNHCR)": the short name, which the phrase leaves out
        ends = after >= len(doc) or doc[after].idx >= limit or doc[after].text in ".!?,"
        if j > k + 1 and (ends or is_finite_verb(doc[after])):
            return (phrase[0], j)
    return phrase


def name_in_apposition(doc: Doc, phrase: tuple[int, int], limit: int) -> tuple[int, int] | None:
    """A name in commas after a title phrase (token ``phrase``: "regiondirektør for Øst-Afrika,
    Margaret Otieno, i en uttalelse"; "daglig leder for Språkhuset i Bergen, Morten Dahle."), as token
    (start, end); None when there is none."""
    if not any(role_of(t.text) for t in doc[phrase[0] : phrase[1]]) or any(
        is_proper(t) and t.ent_type_ == "PER" for t in doc[phrase[0] : phrase[1]]
    ):
        return None  # "sier Per Hansen, Kari Olsen og …": names in a row, not a title and its holder
    k = phrase[1]
    for _ in range(2):  # what and where the title is for: capitalised words only
        if k < len(doc) and doc[k].lower_ in ("for", "i", "ved", "hos") and k + 1 < len(doc):
            j = k + 1
            while j < len(doc) and j <= k + 4 and doc[j].idx < limit and _capitalised_proper(doc[j]):
                j += 1
            if j == k + 1:
                return None
            k = j
    if k >= len(doc) or doc[k].text != ",":
        return None
    start = k + 1
    end = start
    while end < len(doc) and doc[end].idx < limit and end - start < 4 and _capitalised_proper(doc[end]):
        end += 1
    closed = end >= len(doc) or doc[end].idx >= limit or doc[end].text in (",", ".", "!", "?")
    person = end - start >= 2 and all(doc[t].ent_type_ in ("PER", "") for t in range(start, end))
    return (start, end) if closed and person else None


def phrase_after(doc: Doc, i: int, limit: int) -> tuple[int, int] | None:
    """The speaker phrase that starts at token ``i`` (before character ``limit``), as token (start, end)."""
    n = len(doc)
    if (
        i + 2 < n
        and doc[i].lower_ in ("det", "den")
        and doc[i + 1].is_lower
        and doc[i + 1].pos_ in ("ADJ", "")
        and doc[i + 1].idx < limit
    ):
        # "melder det italienske nyhetsbyrået ANSA": a definite phrase with an adjective and a name
        described = phrase_after(doc, i + 1, limit)
        head = doc[described[1] - 1] if described is not None else None
        if head is not None and (
            any(is_proper(t) for t in doc[described[0] : described[1]])
            or role_of(head.text)  # "sier den erfarne treneren"
            or head.lower_.endswith(body_word_endings())  # "det lokale politiet"
        ):
            return (i, described[1])
    if i >= n or doc[i].idx >= limit or not can_open_speaker_phrase(doc[i]):
        return None
    # "forklarer de Seynes", "sier von der Leyen": a name, not the pronoun "de"
    particle_name = doc[i].lower_ in words("name_particle") and i + 1 < n and _capitalised_proper(doc[i + 1])
    if is_subject_pronoun(doc[i]) and not particle_name:
        return (i, i + 1)
    k = i
    named = False
    while k < n and doc[k].idx < limit:
        tok = doc[k]
        lower = tok.lower_
        if (
            k > i
            and (lower == "og" or (tok.text == "," and k + 2 < n and doc[k + 1].lower_ == "men"))
            and doc[min(k + (2 if tok.text == "," else 1), n - 1)].pos_ == "ADJ"
            and all(t.pos_ in ("DET", "ADJ") for t in doc[i:k])
        ):
            # "sier en sint og skuffet Brann-trener X", "sier en trøtt, men fornøyd Lie": the
            # adjectives describe who speaks
            k += 2 if tok.text == "," else 1
            continue
        if k > i and lower == "tidligere" and doc[k - 1].lower_ in words("determiner"):
            k += 1  # "sier den tidligere statsministeren X": "former", part of the phrase
            continue
        if k > i and tok.is_space and "\n" not in tok.text and k + 1 < n and _capitalised_proper(doc[k + 1]):
            k += 1  # "sier jussprofessor  Neila Chaabane": a doubled space inside the phrase
            continue
        if tok.is_space or tok.like_url or (tok.is_punct and tok.text not in ("-", "'", "’")):
            if (
                tok.text == ","
                and k > i
                and k + 2 < n
                and _capitalised_proper(doc[k + 1])
                and (not named or _starts_person_name(doc[k + 1]))
            ):
                k += 1  # an apposition with the name: "talskvinne, Kari Lund"
                continue
            if (
                tok.text == ","
                and k > i
                and not named
                and k + 3 < n
                and role_of(doc[k - 1].text)
                and doc[k + 1].is_lower
                and role_of(doc[k + 1].text)
                and _starts_person_name(doc[k + 2])
            ):
                k += 2  # "ifølge bostyrer, advokat Ragnhild Sæther, har …": a second title and the name
                continue
            if tok.text == "(" and k > i:
                closing = next((j for j in range(k + 1, min(k + 6, n)) if doc[j].text == ")"), None)
                if closing is not None and _apposed_name_ahead(doc, closing, limit, reach=1) is not None:
                    k = closing + 1  # "lederen for forbundet Unio (U), Kari Lund": past the short name
                    continue
            break
        if k > i and lower in words("reflexive") and not tok.text[:1].isupper():
            break  # "kaller Hansen seg «…»": the object that points back to the speaker
        if k > i and tok.is_lower and lower in ("jeg", "vi", "du", "han", "hun", "dere"):
            break  # "ifølge rapporter vi har fått": a relative clause without "som" begins
        if (
            k > i
            and lower in words("name_particle")
            and is_proper(doc[k - 1])
            and k + 1 < n
            and _capitalised_proper(doc[k + 1])
            # "sa Solhaug da Aftenposten møtte henne": "when", a clause with its own verb
            and not (lower == "da" and k + 2 < n and is_finite_verb(doc[k + 2]) and not is_proper(doc[k + 2]))
        ):
            k += 1  # "Ursula von der Leyen", "Central Única de Trabajadores": inside one name
            continue
        if (
            k > i
            and lower in words("compass")
            and doc[k - 1].text[:1].isupper()
            and doc[k - 1].ent_type_ != "PER"
            and (k + 1 >= n or doc[k + 1].is_punct or doc[k + 1].lower_ in words("phrase_end"))
        ):
            k += 1  # "opplyser Vegtrafikksentralen vest": the region is part of the body's name
            continue
        if k > i and lower == "og" and doc[k - 1].text.endswith("-") and k + 1 < n and doc[k + 1].is_alpha:
            k += 2  # "opplyser Klima- og miljødepartementet": one name in two parts, whatever the tags
            continue
        if (
            k > i
            and lower == "og"
            and k + 1 < n
            and (is_proper(doc[k + 1]) or doc[k + 1].pos_ == "NOUN")
            and (doc[k + 1].text[:1].isupper() or doc[k + 1].lower_ not in cue_verbs())
        ):
            k += 1  # "sier Per og Kari", not "sier 19-åringen og flirer" (a verb the tagger took for a noun)
            continue
        if (
            k > i
            and lower in ("i", "på", "ved", "for")  # (not "til": "Lie til Telemarksavisa" is whom to)
            and tok.ent_iob_ == "I"
            and tok.ent_type_ in ("ORG", "GPE_ORG")
            and k + 1 < n
            and doc[k + 1].ent_iob_ == "I"
            and doc[k + 1].text[:1].isupper()
        ):
            k += 1  # "Universitetet i Stavanger": a preposition inside an organisation's name
            continue
        if k > i and tok.pos_ == "ADP" and lower not in words("attach_prep") and not is_proper(tok):
            break  # "springer ifølge rapporten ut av …": a particle of the verb ends the phrase
        if k > i and lower == "i" and k + 1 < n and DECADE_OF_LIFE.fullmatch(doc[k + 1].text):
            k += 2  # "en kvinne i 40-årene": her age, part of who she is
            continue
        if k > i and lower in words("attach_prep") and not named and k + 1 < n and not doc[k + 1].like_num:
            nxt = doc[k + 1]
            if nxt.lower_.rstrip(".") in words("channel"):
                break  # "skriver politiet på X": where it was written, not part of who wrote it
            if lower == "for" and nxt.lower_ in words("after_adverbial_for"):
                break  # "sier lederen for øvrig": an adverbial, not what the leader leads
            # "en talsmann for departementet", "talsmann i NATO" — but not "familien i huset"
            if lower in ("for", "nær", "av") or is_proper(nxt):
                if nxt.lower_ in words("phrase_end") or is_finite_verb(nxt):
                    break
                k += 1
                continue
            named_at = _apposed_name_ahead(doc, k, limit)
            if named_at is not None:
                k = named_at  # "lederen i fylkeslaget, Anne Moe": the role phrase runs to its name
                continue
            if (
                lower == "i"
                and nxt.is_lower
                and nxt.lower_.endswith(org_reference_endings())
                and (role_of(doc[k - 1].text) or doc[k - 1].lower_.endswith(tuple(person_nouns())))
                and (k + 2 >= n or doc[k + 2].is_punct or doc[k + 2].lower_ in words("phrase_end"))
            ):
                k += 2  # "en seniorrådgiver i tilsynet", "en tjenesteperson i miljøverndepartementet"
                continue
            if lower in ("i", "ved", "hos", "nær") and doc[k - 1].lower_ in words("source_noun"):
                # "en kilde i bevegelsen", "kilder i det ukrainske forsvarsdepartementet": where the
                # anonymous source sits is all that says who it is
                j = k + 1
                while (
                    j < n
                    and j <= k + 5
                    and doc[j].idx < limit
                    and doc[j].is_alpha
                    and doc[j].lower_ not in words("phrase_end") | {"som", "og", "til"}
                    and not (is_finite_verb(doc[j]) and not is_proper(doc[j]))
                ):
                    j += 1
                if j > k + 1:
                    k = j
                    continue
            if (
                lower in ("i", "ved", "bak")
                and k == i + 1
                and doc[i].lower_ in definite_person_nouns()
                and nxt.is_lower
                and noun_or_untagged_word(nxt)
                and nxt.lower_.endswith(("en", "et", "a"))
                and (k + 2 >= n or doc[k + 2].is_punct or doc[k + 2].lower_ in words("phrase_end"))
            ):
                k += 2  # "sa damen i luken", "sier mannen i kassa": where the unnamed person stands
                continue
            break
        if (
            k > i
            and (lower in words("phrase_end") or lower == "og")
            and not (tok.text[:1].isupper() and is_proper(tok))
        ):
            break
        owned_title = role_of(tok.text) and doc[k - 1].text.endswith("s") and is_proper(doc[k - 1])
        if k > i and is_finite_verb(tok) and not is_proper(tok) and not owned_title:
            break  # (not "Elverums strekspiller X", a title the tagger took for a verb)
        if k > i and tok.pos_ == "ADV" and not is_proper(tok):
            break  # "spør treneren igjen"
        if (
            k > i
            and not named
            and tok.is_lower
            and (tok.pos_ == "ADJ" or lower in words("demonstrative"))
            and doc[k - 1].pos_ == "NOUN"
            and doc[k - 1].lower_.endswith(("en", "a", "et", "ne"))
        ):
            break  # "svarer ektemannen tørt", "sa 19-åringen den gangen": how or when, not who
        if k > i and named and not is_proper(tok):
            prev = doc[k - 1]
            if (
                tok.is_lower
                and tok.pos_ == "NOUN"
                and prev.text.endswith("s")
                and is_proper(prev)
                and not (k + 1 < n and is_proper(doc[k + 1]))
                and not (role_of(tok.text) and k + 2 < n and doc[k + 1].text == "," and is_proper(doc[k + 2]))
            ):
                k += 1  # "professor Kari Nordmanns rapport": the document of a named author
                break
            if lower in ("på", "i") and k + 1 < n and doc[k + 1].lower_.rstrip(".") in words("channel"):
                break  # "skrev Vest politidistrikt på X", however the recogniser ran the name on
            inside_name = tok.ent_iob_ == "I" and not (tok.ent_type_ == "PER" and tok.is_lower)
            if inside_name or (tok.is_lower and tok.lower_.endswith(org_endings())):
                k += 1  # "Statistisk sentralbyrå", "Norges Bank" — a person's name has no lower-case words
                continue
            if (role_of(tok.text) or tok.text == "-") and k + 1 < n and is_proper(doc[k + 1]):
                k += 1  # a title between names: "Sveriges ambassadør Anna …", "NATO-talsmann Ola …"
                continue
            owner = doc[k - 1]
            if owner.text.endswith("s") and is_proper(owner) and tok.is_lower:
                # "KrFs førstekandidat Geirmund Lykke", "USAs daværende FN-ambassadør John Bolton": the
                # genitive's title runs on to the name of who holds it
                ahead = next(
                    (
                        j
                        for j in range(k + 1, min(k + 4, n))
                        # a person's name, or a body's short name ("FNs nødhjelpskontor OCHA")
                        if _starts_person_name(doc[j])
                        or (doc[j].is_upper and doc[j].is_alpha and len(doc[j]) >= 2)
                    ),
                    None,
                )
                between = doc[k + 1 : ahead] if ahead is not None else []
                if (
                    ahead is not None
                    and doc[ahead].idx < limit
                    # "Jan-Eriks datter, Camilla Aune": the name may stand in apposition after a comma
                    and all(t.is_lower or role_of(t.text) or t.text == "," for t in between)
                ):
                    k = ahead
                    continue
            break
        if k > i and named and role_of(tok.text) and doc[k - 1].text.endswith("s") and is_proper(doc[k - 1]):
            k += 1  # "Russlands Oslo-ambassadør": a capitalised title after a genitive name
            continue
        if (
            k > i
            and named
            and tok.ent_iob_ == "B"
            and doc[k - 1].ent_type_
            and doc[k - 1].ent_type_ != tok.ent_type_
            and tok.ent_type_ != "PER"
        ):
            break  # "forteller Hansen Dagbladet.no" — but "i Fiskerlaget Anne Moe" goes on
        if is_proper(tok):
            named = True
        k += 1
    if k > i:
        k = _spelled_by_acronym(doc, i, k, limit)
    return (i, k) if k > i else None


def _spelled_by_acronym(doc: Doc, i: int, k: int, limit: int) -> int:
    """ "Norges geologiske undersøkelse (NGU)": a name that runs on in lower case up to a bracketed
    short form spelt by its initials is one name; the end of the phrase at token ``k`` otherwise."""
    n = len(doc)
    j = k
    while j < n and j < k + 5 and doc[j].is_lower and doc[j].is_alpha and doc[j].idx < limit:
        j += 1
    if j == k or j + 2 >= n or doc[j].text != "(" or doc[j + 2].text != ")":
        return k
    return j if spelt_by([t.text for t in doc[i:j]], doc[j + 1].text) else k


def spelt_by(words_: list[str], short: str) -> bool:
    """Whether ``short`` is the initials of ``words_``, with or without the small words ("NGU" of
    "Norges geologiske undersøkelse", "DSB" of "Direktoratet for samfunnssikkerhet og beredskap")."""
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
        return False
    initials = "".join(w[0] for w in words_).upper()
    content = "".join(w[0] for w in words_ if w.lower() not in ("og", "for", "i", "av", "til")).upper()
    return short in (initials, content)


def phrase_before(doc: Doc, i: int, floor: int) -> tuple[int, int] | None:
    """The subject phrase that ends just before the verb group at token ``i`` (subject-first clause).

    Skips auxiliaries and adverbs between the subject and the cue ("Hansen har tidligere uttalt").
    """
    j = i - 1
    while j > floor and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1  # a doubled space: "Lien (H)  mener"
    if j >= floor + 2 and doc[j].text == ")" and doc[j - 2].text == "(" and doc[j - 1].like_num:
        j -= 3  # "Sara Nilsen (15) mener": the age is not the subject
    elif j >= floor + 3 and doc[j].text == ")" and doc[j - 2].text == "(" and doc[j - 1].text[:1].isupper():
        j -= 3  # "Hege Lien (H) mener": the party is not the subject; the name before it is
    skip = words("auxiliary") | {
        "også",
        "selv",
        "tidligere",
        "ikke",
        "nå",
        "fortsatt",
        "likevel",
        "derfor",
        "imidlertid",
        "riktignok",
        "dessuten",
        "heller",
        "allerede",
        "først",
    }
    while j >= floor:
        if doc[j].is_space and "\n" not in doc[j].text:
            j -= 1  # a doubled space: "Lien (H)  mener"
        elif doc[j].lower_ in ("ganger", "gang") and j > floor and doc[j - 1].lower_ in words("how_often"):
            j -= 2  # "Hansen har mange ganger sagt at …"
        elif doc[j].lower_ in skip and not is_subject_pronoun(doc[j]):
            j -= 1
        else:
            break
    if j < floor:
        return None
    end = j + 1
    if doc[j].is_punct:
        return None
    if is_subject_pronoun(doc[j]):
        return (j, end)
    start = j
    while start - 1 >= floor:
        prev = doc[start - 1]
        if prev.is_punct or prev.is_space or "\n" in prev.text_with_ws:
            break
        if prev.lower_ == "og" and start - 2 >= floor and doc[start - 2].text.endswith("-"):
            start -= 2  # "Arbeids- og velferdsdirektør X": a title in two parts joined by "og"
            continue
        if prev.lower_ in ("og", "men", "at", "som", "da", "når", "mens", "fordi", "hvis", "dersom"):
            break
        if is_finite_verb(prev) and not is_proper(prev):
            break
        start -= 1
    if start == end:
        return None
    for k in range(start, end):
        if is_subject_pronoun(doc[k]):
            return (k, k + 1)  # "når hun i debatten på TV i går sa": the pronoun
    cut = next((k for k in range(start + 1, end) if doc[k].pos_ == "ADP" and not is_proper(doc[k])), None)
    local_branch = (  # "Bondelaget i Valdres opplyser": an organisation's branch in a place is its name
        cut is not None
        and cut == start + 1
        and cut + 2 <= end <= cut + 4
        and doc[cut].lower_ == "i"
        # "Anmelderen i Dagens Næringsliv skrev", "Statsforvalteren i Møre og Romsdal": a place or
        # paper of one or a few capitalised words
        and all(
            doc[k].text[:1].isupper() or (doc[k].lower_ == "og" and cut + 1 < k < end - 1)
            for k in range(cut + 1, end)
        )
        and (
            doc[start].lower_.endswith((*org_endings(), "laget"))
            # "Statsforvalteren i Vestland": a definite title of a public office in its region
            or (role_of(doc[start].text) is not None and doc[start].lower_.endswith(("en", "et")))
        )
    )
    if (
        cut is not None
        and has_tags(doc)
        and any(is_proper(doc[k]) for k in range(start, cut))
        and not local_branch
    ):
        return _titled_name(doc, start, cut, end) or (start, cut)  # "Hansen i dag sa", not "Sjefene for …"
    return (start, end)


def _titled_name(doc: Doc, start: int, cut: int, end: int) -> tuple[int, int] | None:
    """ "Professor i havrett Tore Henriksen ved UiT sier": a title with what it is in, then the holder's
    name; the phrase runs to the end of the name (the capitalised title alone names nobody)."""
    if cut != start + 1 or role_of(doc[start].text) is None:
        return None
    k = cut + 1
    while k < end and not (doc[k].ent_type_ == "PER" and is_proper(doc[k])):
        if doc[k].pos_ == "ADP" or doc[k].is_punct or k > cut + 3:
            return None
        k += 1
    if k == end:
        return None
    while k < end and doc[k].ent_type_ == "PER" and is_proper(doc[k]):
        k += 1
    return (start, k)


def verb_group_head(tok: Token) -> Token:
    """The finite verb that governs ``tok`` through auxiliary/infinitive links ("har sagt" → "har")."""
    seen = 0
    while tok.dep_.upper() in VERB_CHAIN_DEPS and tok.head is not tok and seen < 4:
        tok = tok.head
        seen += 1
    return tok


def parsed_subject(doc: Doc, cue_token: int) -> tuple[int, int] | None:
    """The subject of the cue verb from the dependency parse, as a token span without relative clauses."""
    if not has_parse(doc):
        return None
    verb = verb_group_head(doc[cue_token])
    for child in verb.children:
        if child.dep_.upper() in SUBJECT_DEPS:
            return subject_span(child)
    return None


def subject_span(head: Token) -> tuple[int, int]:
    """Contiguous tokens of a subject's subtree, cut at a comma, "som" or a verb (relative clauses)."""
    if is_subject_pronoun(head) or head.lower_ in pronouns():
        return (head.i, head.i + 1)
    subtree = sorted(t.i for t in head.subtree)
    start, end = head.i, head.i + 1
    doc = head.doc
    for i in range(head.i - 1, subtree[0] - 1, -1):
        if i not in subtree or doc[i].is_punct or doc[i].is_space or "\n" in doc[i].text_with_ws:
            break
        start = i
    named = is_proper(head)
    for i in range(head.i + 1, subtree[-1] + 1):
        tok = doc[i]
        if (
            i not in subtree
            or tok.is_space
            or tok.lower_ in ("som", "til", "at")
            or (tok.is_punct and tok.text not in ("-",))
        ):
            break
        if named and (tok.pos_ == "ADP" or tok.lower_ in words("phrase_end")):
            break  # "biskop Ola Dahl i Den norske kirke" ends with the name
        if named and tok.ent_iob_ == "B" and doc[i - 1].ent_type_ != tok.ent_type_ and tok.ent_type_ != "PER":
            break  # "forteller Hansen Dagbladet.no": a second entity is not part of the name
        if "\n" in doc[i - 1].text_with_ws:
            break
        if is_finite_verb(tok) and not is_proper(tok):
            break
        end = i + 1
    return (start, end)


def is_impersonal(doc: Doc, verb: int) -> bool:
    """ "Det er varslet at …", "det ble meldt at …": the verb's clause has only the formal subject
    ``det`` (NDT's ``FSUBJ``) and names no agent ("av departementet"), so nobody is reported."""
    if not has_parse(doc):
        return False
    chain = [doc[verb]]
    while chain[-1].dep_.upper() == "INFV" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # up from the participle to the finite verb that carries the subject
    deps = {c.dep_.upper() for v in chain for c in v.children}
    if "FSUBJ" not in deps or "SUBJ" in deps:
        return False
    return not any(c.lower_ == "av" and c.i > verb for c in doc[verb].children)


def is_subject_like(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a phrase before a verb can be its subject: not an adverbial ("I 2010", "Likevel")."""
    first = doc[span[0]]
    # (a capitalised title or name the tagger took for a preposition, "Hovedrolleinnehaver Ola Lie",
    # "Eli Sletten", opens one)
    mistagged_title = first.text[:1].isupper() and (
        role_of(first.text) is not None or first.ent_type_ == "PER"
    )
    if (first.pos_ in ("ADP", "ADV", "SCONJ", "CCONJ") and not mistagged_title) or (
        not first.pos_ and first.lower_ in words("phrase_end")
    ):
        return False
    if first.lower_ in ("i", "på", "etter", "under", "før", "fra", "med", "ved", "om", "da", "når"):
        return False
    if first.lower_ in words("reflexive"):  # "setter seg ved pianoet og synger": the object, not the subject
        return False
    if all(t.lower_ in words("time_word") or t.like_num for t in doc[span[0] : span[1]]):
        return False  # "Onsdag sa Vik at …", "I går kveld sa hun": when, not who
    last = doc[span[1] - 1]
    if span[1] - span[0] > 1 and (last.pos_ == "ADP" or last.lower_ in words("attach_prep")):
        return False  # "Og takk for at …": a phrase that ends in a preposition is no subject
    # a name the tagger called an adjective ("Sandmo avviser …") is a name all the same
    phrase = doc[span[0] : span[1]]
    # a role written as an adjective ("Tiltalte forklarte …") is a person all the same
    nominal = ("NOUN", "PROPN", "PRON", "NUM")
    return any(t.pos_ in nominal or not t.pos_ or t.ent_type_ or role_of(t.text) for t in phrase)


_DOCUMENT_VERBS = frozenset({"står", "sto", "heter", "het"})
_TITLE_MARKS = frozenset({"«", "»", '"', "“", "”"})


def document_front(doc: Doc, first: int, limit: int) -> tuple[tuple[int, int], int, int] | None:
    """ "I rapporten står det: …" / "I brevet heter det at …" / "Det står i avtalen at …" / "Der står
    det at …" (the last document of the sentence before): the document's phrase, the verb, and the
    token after the cue phrase (where "at" or a colon follows).

    ``first`` is the sentence's first token, ``limit`` its end (a character offset).
    """
    if first + 2 >= len(doc):
        return None
    opener = doc[first].lower_
    if opener == "i":
        relative = False  # "I rapporten fra X, som ble lagt fram i retten, heter det at …"
        outside = 0  # words of the phrase outside such a relative clause
        for k in range(first + 2, min(first + 24, len(doc) - 1)):
            if doc[k].idx >= limit:
                return None
            if doc[k].text == "," and (relative or doc[k + 1].lower_ == "som"):
                relative = not relative
                continue
            if doc[k].is_punct and doc[k].text not in _TITLE_MARKS:
                return None  # (a title in marks may name the document: "I guiden «Smak av Trøndelag»")
            if relative:
                continue
            outside += 1
            if outside > 11:
                return None
            if doc[k].lower_ in _DOCUMENT_VERBS and doc[k + 1].lower_ == "det":
                after = k + 2
                while after < min(k + 5, len(doc) - 1) and doc[after].lower_ in words("document_adverb"):
                    after += 1  # "I rapporten heter det også at …"
                marks = [j for j in range(first + 1, k) if doc[j].text in _TITLE_MARKS]
                if len(marks) == 2 and marks[1] > marks[0] + 1:
                    return (marks[0] + 1, marks[1]), k, after  # the document by its title
                comma = next((j for j in range(first + 1, k) if doc[j].text == ","), k)
                return (first + 1, comma), k, after
        return None
    if doc[first + 1].lower_ not in _DOCUMENT_VERBS:
        return None
    if opener == "det" and doc[first + 2].lower_ == "i":
        for k in range(first + 4, min(first + 14, len(doc))):
            if doc[k].idx >= limit or doc[k].is_punct:
                return None
            if doc[k].lower_ == "at":
                named = any(document_noun(t.text) for t in doc[first + 3 : k])
                return ((first + 3, k), first + 1, k) if named else None
        return None
    if opener in ("der", "her", "videre", "dessuten") and doc[first + 2].lower_ == "det" and first > 0:
        for k in range(first - 1, max(first - 40, -1), -1):
            if document_noun(doc[k].text):
                return (k, k + 1), first + 1, first + 3
            if doc[k].is_sent_start and not doc[k].is_space:
                break  # only as far back as the sentence before
    return None
    for k in range(first + 2, min(first + 12, len(doc) - 1)):
        if doc[k].idx >= limit or doc[k].is_punct:
            return None
        if doc[k].lower_ in _DOCUMENT_VERBS and doc[k + 1].lower_ == "det":
            return (first + 1, k), k
    return None
