"""Cue stage: the words that mark speech ("sier", "har uttalt", "legger til", "ifølge", "heter det i").

Cue verbs are matched on their surface forms from the lexicon (``sitat/lexicons/cues.tsv``), so the
stage works on tokens alone and a parse only refines what later stages do with the cue.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitat.lexicons import cue_phrases, cue_verbs, function_words, role_of
from sitat.quotes.grammar import is_thing_noun
from sitat.quotes.pipeline import StatelessComponent, register_extensions
from sitat.records import Cue


def _in_speaker_name(tok: Token) -> bool:
    """A word of a title and name between a cue verb and its particle ("la statsminister Kari Moe til",
    "skyter Reza Karimi (51) inn": the age in brackets too)."""
    return (
        tok.is_title or "-" in tok.text or role_of(tok.text) is not None or tok.text in "()" or tok.is_digit
    )


def _between_verb_and_particle(tok: Token) -> bool:
    """A word that may stand between a phrasal cue and its particle: the speaker ("la hun til", "skyter
    mannen inn") or anything but a definite thing, which is the verb's object ("viste programmet til
    middagen")."""
    definite = tok.is_lower and tok.lower_.endswith(("en", "et", "a", "ene"))
    return not (definite and is_thing_noun(tok))


def find_cues(doc: Doc) -> list[Cue]:
    """Every cue in the doc, in text order."""
    verbs = cue_verbs()
    phrases = cue_phrases()
    first_words = {p[0] for p in phrases}
    longest_first = sorted(phrases, key=len, reverse=True)
    lowers = [t.lower_ for t in doc]
    n = len(lowers)
    found: list[Cue] = []
    other_particles = function_words()["verb_particle"]
    adverbs = function_words()["document_adverb"]
    i = 0
    while i < n:
        lower = lowers[i]
        if lower in first_words:
            match = next((p for p in longest_first if tuple(lowers[i : i + len(p)]) == p), None)
            last = i + len(match) - 1 if match is not None else -1
            if match is None and i + 1 < n and lowers[i + 1] == "det":
                # "heter det tidlig i romanen": adverbs between "det" and "i" (as data, document_adverb)
                k = i + 2
                while k < min(i + 5, n - 1) and lowers[k] in adverbs:
                    k += 1
                if k > i + 2 and phrases.get((lower, "det", lowers[k])) == "document":
                    match, last = (lower, "det", lowers[k]), k
            if match is not None:
                tok, end_tok = doc[i], doc[last]
                found.append(
                    Cue(tok.idx, end_tok.idx + len(end_tok), " ".join(match), phrases[match], i, last)
                )
                i = last + 1
                continue
        # a phrasal cue first ("peker på at" is speech; "peker" alone only a manner of speaking)
        for entry in sorted(verbs.get(lower, ()), key=lambda e: not e.particle):
            last = i
            if entry.particle:
                # the particle follows within two words: "legger til", "la hun til", "viser til"
                last = next((j for j in range(i + 1, min(i + 4, n)) if lowers[j] == entry.particle), -1)
                if (
                    last > 0
                    and (last + 1 >= n or lowers[last + 1] not in ("at", "om"))
                    and not all(_between_verb_and_particle(doc[k]) for k in range(i + 1, last))
                ):
                    last = -1  # "Det viste programmet til konserten": the object's preposition, no particle
                if last < 0:
                    # "slo Molde-trener Kari Vik fast": a speaker's name between verb and particle
                    last = next((j for j in range(i + 4, min(i + 8, n)) if lowers[j] == entry.particle), -1)
                    if last > 0 and not all(_in_speaker_name(doc[k]) for k in range(i + 1, last)):
                        last = -1
                if last < 0 and i + 1 < n and lowers[i + 1] in ("i", "på"):
                    # "viser i en e-post til at …": where it was said, between the verb and its particle
                    last = next(
                        (
                            j
                            for j in range(i + 3, min(i + 7, n - 1))
                            if lowers[j] == entry.particle and lowers[j + 1] == "at"
                        ),
                        -1,
                    )
                if last < 0 or any(lowers[j] in other_particles for j in range(i + 1, last)):
                    continue  # "legge opp til at": another phrasal verb
            tok = doc[i]
            found.append(Cue(tok.idx, tok.idx + len(tok), entry.lemma, entry.kind, i, last))
            break
        i += 1
    return found


@Language.factory(
    "sitat_cues",
    assigns=["doc._.cues"],
    requires=["token.text"],
)
def make_cue_finder(nlp: Language, name: str) -> CueFinder:
    return CueFinder()


class CueFinder(StatelessComponent):
    """spaCy component: ``doc._.cues`` = the cues of the doc."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.cues = find_cues(doc)
        return doc


register_extensions()
