"""Content stage: the spans of text that are quotations, each tied to its cue.

Rules, strongest first; a later rule never takes text an earlier one claimed, and a quotation found
inside a direct quotation is flagged ``nested``:

    dash      – dash paragraphs and dash segments (attribution after, before a colon, in the next
                paragraph; continuations; reporter questions)
    marks     – «…», "…", “…” with an attribution after them or a colon before them
    trailing  – unmarked words followed by ", sier X." (indirect, or mixed with a marked fragment)
    ifølge    – "Ifølge X er …", "…, ifølge X."
    at        – "X sier (til Y) at …", "X har tidligere uttalt at …"
    bare      – "X mener det er …" (a clause straight after a verb of view)
    anaphoric – "Det opplyser X." about the sentence before
    kalle     – "kalte NATO «avleggs»"
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitat.lexicons import (
    cue_verbs,
    first_names,
    org_reference_endings,
    person_nouns,
    role_of,
)
from sitat.quotes.grammar import (
    apposes_unnamed_person,
    can_open_speaker_phrase,
    doc_text,
    document_front,
    has_parse,
    has_tags,
    is_counterfactual,
    is_finite_verb,
    is_impersonal,
    is_infinitive,
    is_inverted_noun_subject,
    is_participle,
    is_proper,
    is_subject_pronoun,
    is_thing_noun,
    names_a_person_by_kind,
    org_endings,
    parsed_subject,
    phrase_after,
    phrase_before,
    sentence_bounds,
    source_after_ifolge,
    token_index_at,
    token_starts,
    words,
)
from sitat.quotes.marks import DashSegment, MarkedSpan, dash_segments, marked_spans, paragraph_spans
from sitat.quotes.pipeline import StatelessComponent, register_extensions
from sitat.records import Cue, Quotation

#: subject pronouns that, after a comma and a verb, start the reporting sentence's own next clause
_THIRD_PERSON_SUBJECTS = ("han", "hun", "de")
ATTRIBUTION_KINDS = {"speech", "view", "manner", "question", "document"}
#: how far after "kalle"/"beskrive" (characters) the label in marks may open
LABEL_REACH = 110
REPORTED_KINDS = {"speech", "view"}
CONFIDENCE = {
    "dash.trailing": 0.95,
    "dash.colon": 0.85,
    "dash.next": 0.85,
    "dash.continuation": 0.8,
    "dash.answer": 0.7,
    "dash.context": 0.5,
    "dash.question": 0.6,
    "dash.asked": 0.6,
    "dash.heading": 0.6,
    "marks.trailing": 0.9,
    "marks.colon": 0.8,
    "marks.paragraph": 0.5,
    "colon.bare": 0.65,
    "clause.trailing": 0.8,
    "clause.at": 0.85,
    "clause.gapped": 0.7,
    "clause.bare": 0.7,
    "clause.fronted": 0.65,
    "ifolge.front": 0.85,
    "ifolge.trailing": 0.85,
    "ifolge.middle": 0.7,
    "anaphoric.previous": 0.6,
    "kalle.mixed": 0.75,
    "kalle.unmarked": 0.7,
    "object.demand": 0.6,
    "clause.parenthetical": 0.7,
    "clause.infinitive": 0.65,
    "marks.follow": 0.5,
    "document.front": 0.8,
}


@dataclass
class _Article:
    """What every rule needs to know about the doc, computed once."""

    doc: Doc
    text: str
    starts: list[int]
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    segments: list[DashSegment]
    marks: list[MarkedSpan]
    cues: list[Cue]
    found: list[Quotation] = field(default_factory=list)
    used_cues: set[int] = field(default_factory=set)
    sentence_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_starts = [s for s, _ in self.sentences]
        self.paragraph_starts = [s for s, _ in self.paragraphs]

    def sentence_at(self, char: int) -> tuple[int, int]:
        i = bisect_right(self.sentence_starts, char) - 1
        return self.sentences[max(i, 0)] if self.sentences else (0, len(self.text))

    def paragraph_index(self, char: int) -> int:
        return max(bisect_right(self.paragraph_starts, char) - 1, 0)

    def token(self, char: int) -> int:
        return token_index_at(self.doc, self.starts, char)

    def direct_covering(self, start: int, end: int) -> Quotation | None:
        for q in self.found:
            if q.type == "direct" and not q.nested and q.start <= start and end <= q.end:
                return q
        return None

    def subject_and_verb(self, start: int, end: int) -> bool:
        """ "Han mener markedet overreagerer": two words that are a clause, a subject and its verb."""
        doc = self.doc
        words_ = [t for t in doc[self.token(start) : self.token(end - 1) + 1] if not t.is_punct]
        return (
            len(words_) == 2
            and words_[0].pos_ in ("NOUN", "PROPN", "PRON")
            and is_finite_verb(words_[1])
            and words_[1].is_lower
        )

    def in_headline(self, char: int) -> bool:
        """Whether ``char`` is in the article's headline: a first paragraph of a few words with no full
        stop, before more paragraphs."""
        if len(self.paragraphs) < 2 or char >= self.paragraphs[0][1]:
            return False
        p_start, p_end = self.paragraphs[0]
        line = self.text[p_start:p_end].strip()
        return len(line.split()) <= 15 and not line.endswith((".", "!", "?", "…", ":"))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares more than a sliver with a quotation already found (not nested)."""
        for q in self.found:
            if q.nested:
                continue
            ov = min(end, q.end) - max(start, q.start)
            if ov > 0 and (2 * ov >= end - start or 2 * ov >= q.end - q.start or ov > 20):
                return True
        return False

    def add(
        self, start: int, end: int, kind: str, method: str, cue: Cue | None, **flags: bool
    ) -> Quotation | None:
        start, end = _trim(self.text, start, end)
        if end - start < 2 or any(q.start == start and q.end == end for q in self.found):
            return None
        nested = False
        if self.direct_covering(start, end) is not None and not method.startswith(("dash", "marks")):
            nested = True
        elif self.overlaps(start, end):
            return None
        if kind != "direct" and self.in_headline(start):
            return None  # "Norge lover milliarder til luftvern": a headline sums up; the report is below
        if kind != "direct" and any(start <= m.start and m.end <= end for m in self.marks):
            kind = "mixed"
        if (
            kind != "direct"
            and _word_count(self.text[start:end]) < (2 if method == "clause.at" else 3)
            and not method.startswith("kalle.")
            and not (method == "clause.bare" and self.subject_and_verb(start, end))
        ):
            return None  # "saken", "(Ap)": too little to be reported speech (a label is verbatim)
        if cue is not None and not (method.endswith(".colon") and self.text[cue.end : cue.end + 3] == " at"):
            # "X forteller at det trengtes to sjangre for å si noe om byen:" attributes the dash after
            # the colon and is a report of its own
            self.used_cues.add(cue.start)
        q = Quotation(
            start=start,
            end=end,
            type=kind,
            text=self.text[start:end],
            cue=self.text[cue.start : cue.end] if cue else None,
            cue_start=cue.start if cue else None,
            cue_end=cue.end if cue else None,
            nested=nested,
            confidence=CONFIDENCE[method],
            method=method,
            **flags,
        )
        self.found.append(q)
        return q


_CAPTION = re.compile(r"\b(?:Foto|FOTO|Illustrasjon|Arkivfoto)\s*:\s*[A-ZÆØÅ][^\n]{0,60}$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding space, a trailing comma or full stop, and unbalanced edge marks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if end > start and text[end - 1] == "." and not text[start:end].endswith(".."):
        end -= 1
    return start, end


def _previous_char(text: str, pos: int, floor: int = 0) -> tuple[str, int]:
    """The nearest non-space character before ``pos`` and its offset ("" and -1 at the floor)."""
    j = pos - 1
    while j >= floor and text[j].isspace():
        j -= 1
    return (text[j], j) if j >= floor else ("", -1)


#: words that make the clause after them a question or a relative clause ("hvordan hun tror …")
_EMBEDDING_WORDS = frozenset({"hvordan", "hva", "hvorfor", "hvem", "hvilken", "hvilke", "om", "som"})
_SOM_CONJUNCTIONS = frozenset({"samtidig", "slik", "etter", "like", "så"})


def _is_present(verb: Token) -> bool:
    """A finite verb in the present tense: the regular "-er" and the short ones ("sier", "har")."""
    return verb.lower_.endswith("er") or verb.lower_ in words("short_present")


def _past_adverbs(doc: Doc, k: int, limit: int) -> int:
    """The first token from ``k`` (before character ``limit``) that is no adverb: "kalte samtidig
    beslutningen" labels "beslutningen" (a determiner that is also an adverb stays)."""
    adverbs = words("adverb") - words("determiner")
    while k < len(doc) and doc[k].idx < limit and doc[k].lower_ in adverbs:
        k += 1
    return k


def _has_determiner(tok: Token) -> bool:
    return any(child.pos_ == "DET" and child.i < tok.i for child in tok.children)


def _word_count(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


class _Rules:
    """The rules of this stage, applied to one doc in order of strength."""

    def __init__(self, art: _Article):
        self.a = art
        self.cue_by_token = {c.token: c for c in art.cues}

    # -- shared tests -------------------------------------------------------------------------------

    def speaker_follows(self, cue: Cue) -> bool:
        """An inverted attribution: a speaker phrase right after the cue verb ("sier Hansen")."""
        doc = self.a.doc
        i = (cue.last_token if cue.kind == "document" else cue.token) + 1
        if i >= len(doc):
            return False
        if doc[i].lower_ == "at":
            return False
        if doc[i].lower_ in ("det", "den"):
            # "melder det italienske nyhetsbyrået ANSA": a described name, not "det" of a clause
            return phrase_after(doc, i, len(self.a.text)) is not None
        return can_open_speaker_phrase(doc[i])

    def attribution_end(self, cue: Cue, floor: int) -> int | None:
        """Where the quoted words end when ``cue`` attributes what precedes it (", sier X"), else None."""
        if cue.kind not in ATTRIBUTION_KINDS or not self.speaker_follows(cue):
            return None
        if is_infinitive(self.a.doc[cue.token]):
            return None  # "…, skrive nye melodier": a list of things to do, not ", skriver X"
        verb = self.a.doc[cue.token]
        if is_participle(verb) and not verb.lower_.endswith("et") and not self.past_tense_before_speaker(cue):
            # "et kurs, kalt trygg skole, med …": a name given to something, not ", sa X" (a form in
            # -et is the past tense as well: ", understreket leder … X")
            return None
        text = self.a.text
        ch, j = _previous_char(text, cue.start, floor)
        if j < 0:
            return None
        if ch in "»\"”'":
            inner, k = _previous_char(text, j, floor)
            if inner in ",":
                return k
            return j
        if ch in ",–—-":
            return j
        if ch in "?!…":
            return j + 1
        return None

    def past_tense_before_speaker(self, cue: Cue) -> bool:
        """A past tense the tagger took for a participle or an adjective (", kunngjorde forsvarsminister
        X"): a form in -de or -te followed by a title, a name or a pronoun (not ", svarte tak", ", kalt
        trygg skole")."""
        doc = self.a.doc
        verb, nxt = doc[cue.token], doc[cue.last_token + 1] if cue.last_token + 1 < len(doc) else None
        homograph = verb.lower_ in words("adjective_homograph")
        if nxt is None or not verb.lower_.endswith(("de", "te")) or homograph:
            return False
        named = is_proper(nxt) and nxt.text[:1].isupper()
        return bool(role_of(nxt.text)) or is_subject_pronoun(nxt) or named

    def speaks_in_first_person(self, cue: Cue) -> bool:
        """The word after the cue is "jeg", "vi", "du" …: part of what is said, not who says it."""
        doc = self.a.doc
        i = (cue.last_token if cue.kind == "document" else cue.token) + 1
        return i < len(doc) and doc[i].lower_ in ("jeg", "vi", "du", "dere", "man")

    def after_speaker_is_clause_end(self, cue: Cue, typographic: bool = False) -> bool:
        """The attribution closes the clause: ", sier Hansen (til NTB)." — not ", forteller Hansen om …".

        After a dash or a closing mark the quotation is already delimited, so "sa X om Y" is fine there.
        """
        doc = self.a.doc
        first = (cue.last_token if cue.kind == "document" else cue.token) + 1
        phrase = phrase_after(doc, first, len(self.a.text))
        if phrase is None:
            return False
        end = phrase[1]
        if end >= len(doc):
            return True
        nxt = doc[end]
        if typographic:
            if nxt.lower_ == "til" and end + 2 < len(doc) and doc[end + 1].lower_ in words("object_pronoun"):
                if doc[end + 1].lower_ in ("meg", "oss"):
                    return False  # "– Da jeg var ung, sa en kollega til meg: …": the speaker's own story
                end += 2
                nxt = doc[end]  # "sa han til henne: «…»": whom he said it to, then what
            if nxt.text == ":" and end + 1 < len(doc) and doc[end + 1].text in ("«", "“", '"'):
                return False  # "– Da jeg snakket med ham, sa han: «…» Det er jeg enig i.": he is quoted
            return nxt.lower_ not in ("at", "seg", "«", "“")  # "…, sa han «det var fint»": he is quoted
        # "…, kalte vedtaket «et svik»": what follows in marks shows the phrase was an object
        return nxt.lower_ not in ("at", "om", "hvordan", "hva", "hvorfor", "hvem", "seg", "«", "“")

    # -- dash paragraphs ----------------------------------------------------------------------------

    def dash(self) -> None:
        a = self.a
        text = a.text
        for seg in a.segments:
            attribution = None
            for cue in a.cues:
                if seg.start <= cue.start < seg.end:
                    end = self.attribution_end(cue, seg.start)
                    if end is not None and end > seg.start and self.after_speaker_is_clause_end(cue, True):
                        if self.speaks_in_first_person(cue):
                            continue  # "Alle er litt en selv, tror jeg.": the speaker's own words go on
                        attribution = (cue, end)
                        break
            if attribution:
                cue, end = attribution
                a.add(seg.start, end, "direct", "dash.trailing", cue)
                continue
            inside = self.anaphoric_sentence_in(seg)
            if inside is not None:  # "- Dette er en alvorlig sak. Det sier Strand til avisen. Han …"
                s_start, cue = inside
                end = seg.start + len(text[seg.start : s_start].rstrip())
                a.add(seg.start, end, "direct", "dash.next", cue)
                continue
            if self.is_heading(seg):
                # a dash headline or sub-heading: whose words they are is stated (if at all) further
                # down, where the same words are quoted with an attribution (coreference looks there)
                a.add(seg.start, seg.end, "direct", "dash.heading", None)
                continue
            before, at = _previous_char(text, seg.dash, a.paragraphs[seg.paragraph][0])
            if before == ":" and self.is_web_label(at):
                continue  # "Les også: – Vi gir oss ikke" is a link to another story
            if before == ":" or (
                seg.first_in_paragraph and self.paragraph_ends_with_colon(seg.paragraph - 1)
            ):
                a.add(seg.start, seg.end, "direct", "dash.colon", self.cue_before(seg.dash))
                continue
            next_cue = (
                self.anaphoric_cue_in_paragraph(seg.paragraph + 1, asks="?" in text[seg.start : seg.end])
                if seg.first_in_paragraph
                else None
            )
            if next_cue is not None and not self.paragraph_has_dash(seg.paragraph + 1):
                a.add(seg.start, seg.end, "direct", "dash.next", next_cue)
                continue
            seg = self.without_narration_tail(seg)
            words_ = text[seg.start : seg.end].rstrip()
            previous = next(
                (q for q in reversed(a.found) if not q.nested and q.method != "dash.heading"), None
            )
            adjacent = (
                previous is not None
                and previous.type == "direct"
                and self.adjacent(previous, seg)
                and not self.narration_between(previous, seg)
            )
            rhetorical = (  # "– …, sa han. – Hvis vi ikke står for noe, hvorfor skal folk stemme på oss?"
                adjacent
                and previous.method == "dash.trailing"
                and self.speaks_of_self(seg, words("first_person_plural"))
                and not self.speaks_of_self(seg, words("second_person"))  # "Tror du … våre?": asked
            )
            reported_on = (  # "Hun forteller at … – Vi har sykepleiere her. Hva skal de gjøre nå?"
                seg.first_in_paragraph
                and self.reports_speech(seg.paragraph - 1)
                and self.speaks_of_self(seg, words("first_person_plural"))
                and not self.speaks_of_self(seg, words("second_person"))
                and self.states_before_asking(seg)
            )
            asked_in_narration = self.asked_just_before(seg) if words_.endswith("?") else None
            if asked_in_narration is not None:
                # "Aktor spurte henne om hun hadde sett skader. – Så du noe blod?": the asker's words
                a.add(seg.start, seg.end, "direct", "dash.asked", asked_in_narration)
            elif words_.endswith("?") and not self.speaks_of_self(seg) and not (rhetorical or reported_on):
                a.add(seg.start, seg.end, "direct", "dash.question", None, reporter=True)
            elif adjacent and previous.reporter:
                a.add(seg.start, seg.end, "direct", "dash.answer", None)
            elif adjacent:
                a.add(seg.start, seg.end, "direct", "dash.continuation", None, continuation=True)
            else:
                a.add(seg.start, seg.end, "direct", "dash.context", None)

    def asked_just_before(self, seg: DashSegment) -> Cue | None:
        """The cue of a question somebody is said to put in the last sentence of the paragraph before
        a dash question ("Statsadvokaten spurte ham om hvorfor han slo av telefonen."), so the words
        are that person's, not the reporter's; not when the paper asks ("Vi spurte henne om …")."""
        a = self.a
        if not seg.first_in_paragraph or seg.paragraph == 0 or self.paragraph_has_dash(seg.paragraph - 1):
            return None
        p_start, p_end = a.paragraphs[seg.paragraph - 1]
        s_start, s_end = a.sentence_at(max(p_start, len(a.text[:p_end].rstrip()) - 1))
        cue = next(
            (c for c in a.cues if s_start <= c.start < s_end and a.doc[c.token].lower_ in words("ask_cue")),
            None,
        )
        if cue is None:
            return None
        sentence = a.doc[a.token(s_start) : a.token(s_end - 1) + 1]
        if any(t.lower_ in ("jeg", "vi") for t in sentence):
            return None  # the reporter asks
        subject = parsed_subject(a.doc, cue.token)
        asker = a.doc[subject[0] : subject[1]] if subject else a.doc[cue.token - 1 : cue.token]
        if any(t.ent_type_ in ("ORG", "GPE_ORG") or t.lower_ in words("org_reference") for t in asker):
            return None  # "Aftenposten spurte ham hvorfor.": the paper asks, as the reporter
        return cue

    def reports_speech(self, index: int) -> bool:
        """A paragraph of reported speech with no dash quotation ("Hun forteller at …")."""
        if index < 0 or self.paragraph_has_dash(index):
            return False
        start, end = self.a.paragraphs[index]
        return any(start <= cue.start < end for cue in self.a.cues)

    def states_before_asking(self, seg: DashSegment) -> bool:
        """The segment opens with a statement, not a question: a speaker's point that ends in a
        rhetorical question, where a reporter's question would ask from the start."""
        _, end = self.a.sentence_at(seg.start)
        return end < seg.end and self.a.text[seg.start : end].rstrip().endswith((".", "!"))

    def speaks_of_self(self, seg: DashSegment, persons: frozenset[str] | None = None) -> bool:
        """ "– Jeg har bodd her i tolv år. Hvor lenge må man bo her?": words about the speaker's own
        life before a question are somebody's words, not the reporter's question (``persons``: the
        pronouns that show it, by default the first person singular)."""
        persons = words("first_person_singular") if persons is None else persons
        doc = self.a.doc
        first, last = self.a.token(seg.start), self.a.token(seg.end)
        in_marks = False  # not a title the question names: "Hva synes dere om «Ta meg med»?"
        for t in doc[first:last]:
            if t.text in ("«", "»", '"', "“", "”"):
                in_marks = t.text in ("«", "“") or (t.text == '"' and not in_marks)
            elif not in_marks and t.lower_ in persons:
                return True
        return False

    def without_narration_tail(self, seg: DashSegment) -> DashSegment:
        """An unattributed dash quotation that runs into the next dash of its paragraph (an archive that
        lost the line breaks) ends before the narration introducing the next speaker: "… her inne.
        Bartender Ola Hansen rister på hodet. – Vi mister kunder, sier han." """
        a = self.a
        following = a.text[seg.end : seg.end + 4].lstrip()
        _, p_end = a.paragraphs[seg.paragraph]
        # the last dash of a run-on paragraph ("… sier hun. - De fleste er lettet. Egeland forteller at …")
        run_on_end = not seg.first_in_paragraph and not a.text[seg.end : p_end].strip()
        if (not following or following[0] not in "-–—") and not run_on_end:
            return seg
        end = seg.end
        for _ in range(3):
            s_start, _ = a.sentence_at(max(end - 2, seg.start))
            if s_start <= seg.start or not self.introduces_someone(s_start, end):
                break
            end = s_start
        if end == seg.end:
            return seg
        end = seg.start + len(a.text[seg.start : end].rstrip())
        return DashSegment(seg.dash, seg.start, end, seg.paragraph, seg.first_in_paragraph)

    def anaphoric_sentence_in(self, seg: DashSegment) -> tuple[int, Cue] | None:
        """A sentence inside a run-on dash segment that attributes what came before it ("Det sier X
        til avisen."), where an archive lost the paragraph break after the quotation."""
        a = self.a
        p_start, p_end = a.paragraphs[seg.paragraph]
        run_on = not seg.first_in_paragraph or any(
            other is not seg and p_start <= other.dash < p_end for other in a.segments
        )
        if not run_on:
            return None  # a paragraph of its own: "Det tror jeg …" inside it is the speaker's words
        for s_start, _ in a.sentences:
            if seg.start < s_start < seg.end:
                cue = self.anaphoric_cue_at(s_start)
                if cue is not None and not self.speaks_in_first_person(cue):
                    return s_start, cue
        return None

    def introduces_someone(self, start: int, end: int) -> bool:
        """A sentence of narration about a named person: it opens with the name (after at most a title
        noun) and has no first- or second-person word."""
        doc = self.a.doc
        first, last = self.a.token(start), self.a.token(end - 1)
        tokens = doc[first : last + 1]
        if not len(tokens) or any(t.lower_ in words("first_second_person") for t in tokens):
            return False
        k = first
        if k + 1 <= last and doc[k].lower_ == "ifølge":
            k += 1  # "Ifølge Mostue var det …": a report the reporter gives with its source
        titled = doc[k].text[:1].isupper() and (doc[k].pos_ in ("NOUN", "PROPN") or role_of(doc[k].text))
        if k + 1 <= last and doc[k].ent_type_ != "PER" and titled:
            k += 1  # a title before the name: "Bartender Ola Hansen", "Venninnen Kari" (not "Hvis Kari …")
        if doc[k].ent_type_ == "PER" and doc[k].ent_iob_ == "B":
            return True
        # "Han kaller brannen «…»": the reporter telling what a third person says
        cue = k + 1 <= last and self.cue_by_token.get(k + 1)
        return doc[k].lower_ in ("han", "hun", "de") and bool(cue) and cue.kind in REPORTED_KINDS

    def is_heading(self, seg: DashSegment) -> bool:
        """The article's first paragraph, or a short paragraph with no full stop (a sub-heading)."""
        _, p_end = self.a.paragraphs[seg.paragraph]
        if not seg.first_in_paragraph or seg.end < p_end:
            return False
        if seg.paragraph == 0 and len(self.a.paragraphs) > 1:
            return True
        words_ = self.a.text[seg.start : seg.end].rstrip()
        return _word_count(words_) <= 8 and not words_.endswith((".", "!", "?", "…", ":", ","))

    def is_web_label(self, colon: int) -> bool:
        """Whether the words before a colon are a web page's label ("Les også", "Foto")."""
        start, _ = self.a.sentence_at(max(colon - 1, 0))
        label = self.a.text[start:colon].lower().split()
        return 0 < len(label) <= 2 and all(w in words("web_label") for w in label)

    def narration_between(self, q: Quotation, seg: DashSegment) -> bool:
        """Whether the reporter's own sentences stand between a quotation's attribution and this dash.

        "…, sier Kari. Lise er uenig. – Nei, …": the new dash quotes Lise, not Kari.
        """
        text = self.a.text
        after = max(q.end, q.speaker_end or 0, q.cue_end or 0)
        gap = text[after : seg.dash]
        return any(ch in ".!?" and _word_count(gap[i + 1 :]) >= 2 for i, ch in enumerate(gap))

    def adjacent(self, q: Quotation, seg: DashSegment) -> bool:
        """The previous quotation ends in this segment's paragraph or the one just before it."""
        if not q.method.startswith(("dash", "marks")):
            return False
        return seg.paragraph - self.a.paragraph_index(q.end) <= 1

    def paragraph_ends_with_colon(self, index: int) -> bool:
        if index < 0:
            return False
        start, end = self.a.paragraphs[index]
        return self.a.text[start:end].rstrip().endswith(":")

    def paragraph_has_dash(self, index: int) -> bool:
        return any(s.paragraph == index for s in self.a.segments)

    def anaphoric_cue_in_paragraph(self, index: int, asks: bool = False) -> Cue | None:
        """The cue of a paragraph opening "Det sier X" / "Dette opplyser X til NTB"; with ``asks``
        (the words before hold a question) also "Det spør X"."""
        if index >= len(self.a.paragraphs):
            return None
        start, _ = self.a.paragraphs[index]
        return self.anaphoric_cue_at(start, asks)

    def anaphoric_cue_at(self, sentence_start: int, asks: bool = False) -> Cue | None:
        doc = self.a.doc
        i = self.a.token(sentence_start)
        if i + 1 >= len(doc) or doc[i].lower_ not in words("anaphoric_opener"):
            return None
        cue = self.cue_by_token.get(i + 1)
        kinds = REPORTED_KINDS | {"manner"} | ({"question"} if asks else set())
        if cue is None or cue.kind not in kinds or not self.speaker_follows(cue):
            return None
        if cue.lemma == "kreve":
            return None  # "Det krever kompromisser": what it takes, not who said it
        return cue

    def cue_before(self, pos: int) -> Cue | None:
        """The last cue in the sentence that ends at ``pos`` (the clause before a colon)."""
        start, _ = self.a.sentence_at(max(pos - 1, 0))
        inside = [c for c in self.a.cues if start <= c.start < pos and c.kind in ATTRIBUTION_KINDS]
        # "Ekern forteller at det trengtes to sjangre for å si noe om byen:" – the infinitive is what
        # the words are for; the finite cue before it is whose they are
        finite = [c for c in inside if not is_infinitive(self.a.doc[c.token])]
        inside = finite or inside
        return inside[-1] if inside else None

    # -- quotation marks ----------------------------------------------------------------------------

    def marks(self) -> None:
        a = self.a
        text = a.text
        for m in a.marks:
            if a.direct_covering(m.start, m.end) is not None:
                continue
            p_start = a.paragraphs[a.paragraph_index(m.open)][0]
            before, _ = _previous_char(text, m.open, p_start)
            opens_sentence = before in ("", ".", "!", "?", "…", "-", "–", "—", ":")
            cue = self.cue_after_mark(m)
            if cue is not None and opens_sentence:
                a.add(m.start, m.end, "direct", "marks.trailing", cue)
            elif before == ":" and (_word_count(text[m.start : m.end]) >= 4 or text[m.end - 1] in ".!?"):
                a.add(m.start, m.end, "direct", "marks.colon", self.cue_before(m.open))
            elif before == "" and self.paragraph_ends_with_colon(a.paragraph_index(m.open) - 1):
                p_prev = a.paragraphs[a.paragraph_index(m.open) - 1]
                a.add(m.start, m.end, "direct", "marks.colon", self.cue_before(p_prev[1] - 1))
            elif before == "" and self.fills_paragraph(m):
                # a paragraph that is all words in marks, sentences of them («Til alle dere …»): somebody's
                # words (a post, a letter, a speech) that the paragraphs around attribute
                a.add(m.start, m.end, "direct", "marks.paragraph", None)

    def fills_paragraph(self, m: MarkedSpan) -> bool:
        """The marks hold the whole paragraph, at least five words that end a sentence inside them."""
        text = self.a.text
        _, p_end = self.a.paragraphs[self.a.paragraph_index(m.open)]
        after = text[m.close + 1 : p_end].strip()
        words_ = text[m.start : m.end].rstrip()
        if words_.endswith("?") and not any(ch in words_[:-1] for ch in ".!?"):
            return False  # «Kan det offentlige kreve mer?»: a question the writer puts, one sentence
        return after in ("", ".") and _word_count(words_) >= 5 and words_[-1:] in (".", "!", "?", "…")

    def bare_colon(self) -> None:
        """ "Hansen sier: Vi er glade for svaret." — a speech cue, a colon a few words later and the rest
        of the paragraph with no dash or quotation mark to open it: the words are the speaker's."""
        a = self.a
        text = a.text
        for cue in a.cues:
            if cue.kind not in REPORTED_KINDS or cue.start in a.used_cues or self.is_idiom(cue):
                continue
            if self.after_modal(cue):
                continue  # "hva drømmen vil kreve: …" says what it may take, nobody's words
            if a.doc[cue.token].pos_ not in ("VERB", "AUX", ""):
                continue  # "Sound of love: …": the word is no verb here
            _, p_end = a.paragraphs[a.paragraph_index(cue.start)]
            colon = text.find(":", cue.end, min(p_end, cue.end + 40))
            if colon < 0:
                continue
            between = text[cue.end : colon]
            if any(ch in between for ch in '.!?«»"“”–—-') or _word_count(between) > 5:
                continue
            rest = text[colon + 1 : p_end]
            body = rest.lstrip()
            if not body or not body[0].isupper():
                continue  # marks and dashes have their own rules; a lower-case start is a list or a time
            start = colon + 1 + len(rest) - len(body)
            end = start + len(body.rstrip())
            if _word_count(text[start:end]) >= 3 and text[end - 1] in ".!?…":
                a.add(start, end, "direct", "colon.bare", cue)

    def cue_after_mark(self, m: MarkedSpan) -> Cue | None:
        """The cue of an attribution right after a closing mark: «…», sier X / «…» skriver X."""
        doc = self.a.doc
        i = self.a.token(m.close)
        while i < len(doc) and (doc[i].text in (",", "»", '"', "”") or doc[i].is_space):
            i += 1
        if (
            i + 1 < len(doc)
            and doc[i].lower_ in words("anaphoric_opener")
            and self.a.text[m.start : m.end].rstrip()[-1:] in ".!?"
        ):
            i += 1  # «Risikoen er lav.» Slik het det i rapporten: the sentence after points back
        cue = self.cue_by_token.get(i)
        if (
            cue
            and cue.kind in ATTRIBUTION_KINDS
            and self.speaker_follows(cue)
            and self.after_speaker_is_clause_end(cue, True)
        ):
            return cue
        return None

    # -- reported speech ----------------------------------------------------------------------------

    def trailing(self) -> None:
        """Unmarked words followed by ", sier X": indirect (mixed when they hold a marked fragment)."""
        a = self.a
        for cue in a.cues:
            # "…, heter det i rapporten." as well as "…, sier X."
            if cue.kind not in REPORTED_KINDS | {"document"} or cue.start in a.used_cues:
                continue
            s_start, s_end = a.sentence_at(cue.start)
            end = self.attribution_end(cue, s_start)
            if (
                end is None
                or not self.after_speaker_is_clause_end(cue)
                or not self.closes_sentence(cue, s_end)
            ):
                continue
            start = s_start
            if a.text[start] in "-–—":
                continue  # a dash segment the dash rule has seen
            if a.text[s_end - 1] == ":":
                continue  # "…, svarer talsmannen følgende:": it announces what comes; it attributes nothing
            if _word_count(a.text[start:end]) < 3 or self.opens_subordinate_clause(start):
                continue
            no_verb = is_participle(a.doc[cue.token]) or a.doc[cue.token].pos_ in ("ADJ", "DET", "NUM")
            if no_verb and not self.past_tense_before_speaker(cue):
                continue  # "…, kalt den nye Rooney", "…, svarte tak": no verb of saying here
            if self.after_apposition(cue, s_start) or self.after_relative_clause(cue, s_start):
                continue  # "Foreningens leder, Marte Nilsen, kaller …": the subject, not reported words
            if self.reports_itself(cue, start, end) or self.pronoun_reports(start, end):
                # "Senator X kalte saken «…», skriver AFP", "Han lovet at …, melder Reuters": the agency
                # passes on the words of the one its sentence reports
                continue
            a.add(start, end, "indirect", "clause.trailing", cue)

    def reports_itself(self, trailing: Cue, start: int, end: int) -> bool:
        """The words before a trailing cue open with a source and a cue of their own ("Senator X kalte
        saken «…» i et innlegg, skriver AFP"): whose they are is that source's."""
        doc = self.a.doc
        first = self.a.token(start)

        def opens_with_named_source(c: Cue) -> bool:
            # a person by name ("Senator X"), not "Han" or "et selskap"
            span = phrase_before(doc, c.token, first)
            if span is None and c.token - 1 > first and doc[c.token - 1].text == ",":
                # "Talspersonen for departementet, Irina Volkova, kalte …": the name in apposition
                opening = next((k for k in range(c.token - 2, first, -1) if doc[k].text == ","), None)
                titled = opening is not None and any(role_of(t.text) for t in doc[first:opening])
                span = (opening + 1, c.token - 1) if titled and opening is not None else None
                return span is not None and all(is_proper(t) for t in doc[span[0] : span[1]])
            return (
                span is not None
                and span[0] == first
                and (
                    any(t.pos_ == "PROPN" for t in doc[span[0] : span[1]])
                    # "Det russiske forsvarsdepartementet hevder at …, melder Tass": a body by its kind
                    or (
                        doc[span[1] - 1].lower_.endswith(org_endings())
                        and doc[span[0]].lower_ in ("det", "den")
                    )
                    # "Statsministeren mener at …, skriver VG": a definite title
                    or (
                        span[1] - span[0] == 1
                        and role_of(doc[span[0]].text) is not None
                        and doc[span[0]].lower_ != role_of(doc[span[0]].text)
                    )
                )
                and self.phrase_names_a_source(span)
            )

        def reports_words(c: Cue) -> bool:
            # "Regjeringen foreslår å øke …, opplyser departementet" is the department's: a proposal
            # in an infinitive reports no words of its own
            infinitive = c.last_token + 1 < len(doc) and doc[c.last_token + 1].lower_ == "å"
            return not infinitive or c.lemma in words("infinitive_report")

        return any(
            c is not trailing
            and c.kind in (*REPORTED_KINDS, "label")
            and start <= c.start < end
            and c.token - first <= (12 if doc[c.token - 1].text == "," else 6)
            and not (c.token + 1 < len(doc) and doc[c.token + 1].lower_ == "seg")  # "meldt seg": volunteered
            and opens_with_named_source(c)
            and reports_words(c)
            for c in self.a.cues
        )

    def pronoun_reports(self, start: int, end: int) -> bool:
        """ "Han viser til at halvparten går til de rikeste, ifølge beregninger fra departementet": the
        sentence opens on a subject pronoun and its cue's "at", so it is his report, and the trailing
        "ifølge" gives the evidence for it, not whose words they are."""
        doc = self.a.doc
        first = self.a.token(start)
        if not is_subject_pronoun(doc[first]):
            return False
        return any(
            c.kind in REPORTED_KINDS
            and start <= c.start < end
            and c.token - first <= 3
            and any(t.lower_ == "at" for t in doc[c.last_token + 1 : c.last_token + 4])
            for c in self.a.cues
        )

    def closes_sentence(self, cue: Cue, s_end: int) -> bool:
        """ ", sier Hansen (til NTB i går)." ends the sentence; ", mente han lenge at …" does not."""
        doc = self.a.doc
        phrase = phrase_after(doc, cue.last_token + 1 if cue.last_token > cue.token else cue.token + 1, s_end)
        if phrase is None:
            return False
        rest = [t for t in doc[phrase[1] : self.a.token(s_end)] if not t.is_punct and not t.is_space]
        when = next((k for k, t in enumerate(rest) if t.lower_ in ("da", "når", "mens")), None)
        to_whom = (
            when is not None
            and 0 < when <= 5
            and rest[0].lower_ in ("selv", "til", "også")
            and not any(t.pos_ in ("VERB", "AUX") for t in rest[:when])
        )
        if to_whom:
            rest = rest[when:]  # "…, fortalte han selv til denne avisa da han fylte 80": to whom, then when
        relative = rest and rest[0].lower_ == "som" and phrase[1] < len(doc) and doc[phrase[1]].text == ","
        if relative and len(rest) <= 14 and not any(t.lower_ == "at" for t in rest):
            return True  # ", bekrefter regnskapsfører Ole Vik, som har fulgt dem fra start.": who he is
        if rest and rest[0].lower_ in ("da", "når", "mens") and len(rest) <= 14:
            # ", forteller X da vi møter henne på kafeen": a clause of when it was said
            return not any(t.lower_ in ("at", "som") for t in rest)
        return len(rest) <= 7 and not any(
            t.lower_ in ("ikke", "at", "som") or (t.pos_ in ("VERB", "AUX") and t.lower_ not in ("legger",))
            for t in rest
        )

    def opens_subordinate_clause(self, start: int) -> bool:
        """ "Da møtet var over, fortalte X om …": a fronted adverbial clause is not reported speech."""
        doc = self.a.doc
        k = self.a.token(start)
        first = doc[k]
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if (
            first.lower_ == "da"
            and nxt is not None
            and (nxt.pos_ in ("VERB", "AUX") or nxt.lower_ in words("auxiliary"))
        ):
            return False  # "Da blir det bare mas, forklarer hun": "then", with the verb right after it
        return first.lower_ in (
            "da",
            "når",
            "hvis",
            "dersom",
            "mens",
            "fordi",
            "etter",
            "før",
            "selv",
            "siden",
        )

    def ifolge(self) -> None:
        a = self.a
        doc = a.doc
        for cue in a.cues:
            if cue.kind != "source_before":
                continue
            s_start, s_end = a.sentence_at(cue.start)
            phrase = source_after_ifolge(doc, cue.last_token + 1, s_end)
            if phrase is None:
                continue
            after = phrase[1]
            if after < len(doc) and doc[after].text == "(":
                # "ifølge souschef Amina Yusuf (29).", "(Sp)": an age or a party ends the phrase
                closing = next(
                    (j for j in range(after + 1, min(after + 5, len(doc))) if doc[j].text == ")"), None
                )
                after = closing + 1 if closing is not None else after
            while after < len(doc) and doc[after].is_punct and doc[after].text == ",":
                after += 1
            if after < len(doc) and doc[after].lower_ == "som":
                # "Ifølge Bergens Tidende, som skrev om saken mandag, er …": what the source is, not its words
                closing = next(
                    (j for j in range(after + 1, len(doc)) if doc[j].text == "," or doc[j].idx >= s_end), None
                )
                if closing is not None and doc[closing].text == ",":
                    after = closing + 1
            if (
                after + 1 < len(doc)
                and doc[after].lower_ == "for"
                and doc[after + 1].lower_ in words("after_adverbial_for")
            ):
                after += 2  # "Ifølge selskapet for øvrig er …": the adverbial is nobody's words
            prev_tok = doc[cue.token - 1] if cue.token > 0 else None
            speech = self.cue_by_token.get(cue.token - 1)
            if speech is not None and speech.kind == "speech":
                continue  # "Hun sa ifølge AFP at …": the agency passed it on; she said it
            at_front = cue.start == s_start or (
                prev_tok is not None and (prev_tok.text == "," or prev_tok.lower_ in ("men", "og", "så"))
            )
            at_end = after >= len(doc) or doc[after].idx >= s_end or doc[after].text in ".!?"
            if at_front and not at_end:
                # (up to the source's own next statement: "…, og forbundet advarer om at …")
                end = self.own_next_statement(doc[after].idx, s_end) or s_end
                a.add(doc[after].idx, end, "indirect", "ifolge.front", cue)
            elif at_end:
                ch, j = _previous_char(a.text, cue.start, s_start)
                if (
                    ch == ","
                    and _word_count(a.text[s_start:j]) >= 3
                    and not self.reports_itself(cue, s_start, j)
                    and not self.pronoun_reports(s_start, j)
                ):
                    a.add(s_start, j, "indirect", "ifolge.trailing", cue)
            else:
                a.add(s_start, s_end, "indirect", "ifolge.middle", cue)

    def at_clauses(self) -> None:
        """ "X sier at …", "X har tidligere uttalt (til Y) at …", and "X mener det er …" (bare)."""
        a = self.a
        doc = a.doc
        for cue in a.cues:
            reports_with_at = cue.kind == "manner" and cue.lemma in words("manner_report")  # "roper at …"
            if cue.kind not in REPORTED_KINDS and not reports_with_at:
                continue
            if cue.start in a.used_cues or self.is_idiom(cue):
                continue
            if self.in_embedded_question_or_relative(cue):
                continue
            if self.thing_as_subject(cue):
                continue
            s_start, s_end = a.sentence_at(cue.start)
            sentence = a.text[s_start:s_end].rstrip()
            if a.token(s_start) == cue.token and (sentence.endswith("?") or ", så " in sentence):
                # "Mener han at …?" asks about a view; "Mener han at …, så …" is a condition
                continue
            if self.is_question(s_start, sentence):
                continue  # "Kan det offentlige kreve at …?", "Hvorfor mener hun at …?": asked, not said
            k = cue.last_token + 1
            at_token = None
            limit = min(len(doc), k + 14)
            while k < limit and doc[k].idx < s_end:
                tok = doc[k]
                if tok.lower_ == "at":
                    at_token = k
                    break
                if tok.is_punct and tok.text not in (",", "(", ")"):
                    break  # "skriver statssekretær Jon Berge (Ap) at …": a party in brackets goes on
                if tok.lower_ == "om" and k + 1 < limit and doc[k + 1].lower_ == "at":
                    if (
                        cue.lemma in words("rejecting_cue")
                        and doc[k - 1].pos_ == "NOUN"
                        and k - 1 > cue.last_token
                    ):
                        break  # "avviser kravene om at hun må gå": the claim of others she rejects
                    k += 1  # "advarer om at", "varsler også om at": the preposition introduces the clause
                    continue
                if tok.lower_ in ("om", "hvorfor", "hvordan", "hva", "hvem", "hvis", "dersom", "fordi"):
                    break
                if tok.lower_ in words("conjunction_before_at") and doc[k + 1 : k + 2].text.lower() == "at":
                    break  # "varsler en klage etter at laget ble disket": a clause of when, not a report
                if tok.pos_ in ("VERB", "AUX") and tok.dep_.upper() not in ("INFV",):
                    break  # "Hansen sa hun var glad for at …": a clause began before any "at"
                k += 1
            if at_token is not None and is_impersonal(doc, cue.token):
                continue  # "det er varslet at …": reported by nobody the sentence names
            if at_token is not None and at_token + 1 < len(doc) and doc[at_token + 1].idx < s_end:
                start = doc[at_token + 1].idx
                end = self.clause_end(start, s_end)
                if self.named_in_passing(cue):
                    comma = a.text.find(",", start, end)
                    end = comma if comma > start else end  # the comma that closes the relative clause
                gapped = self.gapped_report(start, end)
                a.add(start, gapped[0] if gapped else end, "indirect", "clause.at", cue)
                if gapped:
                    q = a.add(gapped[2], end, "indirect", "clause.gapped", cue)
                    if q is not None:
                        q.speaker_start, q.speaker_end = gapped[1]
                continue
            if (
                reports_with_at
                or cue.lemma == "kalle"
                or (
                    _previous_char(a.text, cue.start)[0] == ","
                    and not self.after_apposition(cue, s_start)
                    and not self.after_relative_clause(cue, s_start)
                )
            ):
                continue  # "…, opplyser instituttet i en pressemelding": an attribution, not a report
            start = self.bare_clause_start(cue, s_end)
            after_og = cue.token > 0 and doc[cue.token - 1].lower_ == "og"
            if start is None and (_previous_char(a.text, cue.start)[0] == "," or after_og):
                start = self.subject_clause_after(cue, s_end)
            if start is None:
                continue
            end = self.clause_end(doc[start].idx, s_end)
            if self.fronted_object(cue, s_start, start):
                # "Disse tallene mener han er et signal": "han" holds the view of what opens the sentence
                if doc[start].lower_ in words("first_second_person"):
                    continue  # "Dette mener jeg er feil": the writer's or the quoted speaker's own view
                q = a.add(s_start, end, "indirect", "clause.fronted", cue)
                if q is not None:
                    q.speaker_start, q.speaker_end = doc[start].idx, doc[start].idx + len(doc[start])
                continue
            a.add(doc[start].idx, end, "indirect", "clause.bare", cue)

    def thing_as_subject(self, cue: Cue) -> bool:
        """ "Omfanget av flommen krever at kommunen handler", "Å kjøre en slik bil sier til naboene at …":
        an act or a thing as the subject; the verb means "requires" or "signals", and nobody speaks."""
        doc = self.a.doc
        s_start, _ = self.a.sentence_at(cue.start)
        first = self.a.token(s_start)
        if doc[first].lower_ == "å" and not any(t.is_punct for t in doc[first + 1 : cue.token]):
            # (not "Å, jeg vet ikke, sier han", an interjection, nor "Å stå fram ga ham penger, men
            # han hevder …", where the infinitive belongs to another clause)
            return True
        subject = phrase_before(doc, cue.token, first)
        if subject is None:
            return False
        if cue.lemma != "kreve":
            return False
        head_end = next((k for k in range(subject[0] + 1, subject[1]) if doc[k].pos_ == "ADP"), subject[1])
        head = doc[head_end - 1]
        return is_thing_noun(head) and not head.lower_.endswith(("ene", "er"))  # one thing, not "fjellene"

    def fronted_object(self, cue: Cue, s_start: int, clause_start: int) -> bool:
        """ "Dette mener han er feil": the sentence opens with a demonstrative phrase, not a subject,
        and the pronoun after the cue is the one who holds the view (V2 order)."""
        doc = self.a.doc
        first = self.a.token(s_start)
        before = doc[first : cue.token]
        return (
            0 < len(before) <= 5
            and doc[first].lower_ in words("fronted_object")
            and not any(t.pos_ in ("VERB", "AUX") for t in before)
            and clause_start == cue.last_token + 1
            and doc[clause_start].lower_ in words("pronoun_subject")
        )

    def after_apposition(self, cue: Cue, s_start: int) -> bool:
        """ "Foreningens leder, Kari Moe, mener …": the comma before the cue closes a name in apposition
        to the subject that opens the sentence, so the cue is not an attribution after a quotation."""
        doc = self.a.doc
        comma = self.a.token(cue.start) - 1
        opening = self.single_comma_before(cue, s_start)
        if opening is None:
            return False
        name = list(doc[opening + 1 : comma])
        while name and name[0].is_lower and role_of(name[0].text):
            name = name[1:]  # "Aktor, politiadvokat Siri Vatne, mener …": a title before the name
        if len(name) >= 3 and name[-1].text == ")" and name[-3].text == "(":
            name = name[:-3]  # "Ordfører i Hammerfest, Terje Mikalsen (Ap), sier …": a party or an age
        at = next((j for j, t in enumerate(name) if t.lower_ in ("i", "ved", "hos")), None)
        if at is not None and at >= 2 and at + 1 < len(name) and name[at + 1].text[:1].isupper():
            name = name[:at]  # "Forleggeren hennes, Thomas Brekke i Vidar forlag, mener …": where he works
        if 0 < len(name) <= 4 and all(is_proper(t) for t in name):
            return True
        # "Kjersti Dahl, seniorforsker ved Havforskningsinstituttet, mener …": the name first, then
        # what she is
        first = self.a.token(s_start)
        opener = list(doc[first:opening])
        described = list(doc[opening + 1 : comma])
        if any(t.pos_ in ("VERB", "AUX") for t in opener + described):
            return False
        if apposes_unnamed_person(opener, described):
            return True  # "En annen nabo, en kvinne i 60-årene, sier hun ble vekket …"
        if (
            1 <= len(opener) <= 4
            and all(is_proper(t) and t.ent_type_ in ("ORG", "GPE_ORG") for t in opener)
            and bool(described)
            and all(t.is_lower for t in described)
            and described[-1].pos_ == "NOUN"
        ):
            return True  # "KS, kommunenes interesseorganisasjon, mener …": a body and what it is
        return (
            2 <= len(opener) <= 4
            and all(is_proper(t) for t in opener)
            and any(t.ent_type_ == "PER" or t.text in first_names() for t in opener)
            and bool(described)
            and described[0].is_lower
            and role_of(described[0].text) is not None
        )

    def after_relative_clause(self, cue: Cue, s_start: int) -> bool:
        """ "Sykepleier Turid Moe, som har jobbet med ham i 19 år, bekrefter historien": the comma
        before the cue closes a relative clause on the short subject that opens the sentence."""
        doc = self.a.doc
        opening = self.single_comma_before(cue, s_start)
        first = self.a.token(s_start)
        comma = self.a.token(cue.start) - 1
        if opening is None and not any(t.text == "," for t in doc[first:comma]):
            # "En kvinne som bor i nabolaget, sier hun …": the relative clause opens without a comma
            som = next((k for k in range(first + 1, min(first + 5, comma)) if doc[k].lower_ == "som"), None)
            subject = list(doc[first:som]) if som is not None else []
            return (
                bool(subject)
                and not any(t.pos_ in ("VERB", "AUX") for t in subject)
                and names_a_person_by_kind(subject)
            )
        if opening is None or doc[opening + 1].lower_ != "som":
            return False
        subject = doc[first:opening]
        if any(t.pos_ in ("VERB", "AUX") for t in subject):
            return False
        # "Professor Henrik Lauvås ved Universitetet i Bergen, som …": a titled name may take a place
        titled = bool(subject) and role_of(subject[0].text) is not None
        titled_name = titled and any(is_proper(t) for t in subject)
        # a person or a body ("Sykepleier Turid Moe", "Naboen"), not a thing ("Et fantastisk resultat
        # for klubben, som har slitt lenge, mener treneren": those are the trainer's words)
        somebody = any(is_proper(t) or role_of(t.text) or t.lower_ in person_nouns() for t in subject)
        return somebody and (len(subject) <= 5 or (titled_name and len(subject) <= 8))

    def single_comma_before(self, cue: Cue, s_start: int) -> int | None:
        """The one comma between the sentence's first word and the comma right before the cue (the
        start of what that comma closes), else None."""
        doc = self.a.doc
        comma = self.a.token(cue.start) - 1
        first = self.a.token(s_start)
        opening = [k for k in range(first, comma) if doc[k].text == ","]
        return opening[0] if len(opening) == 1 and opening[0] != first else None

    def clause_end(self, start: int, s_end: int) -> int:
        """Where reported content that starts at ``start`` ends: the sentence end, or before ", mens"."""
        text = self.a.text
        handover = re.search(r":\s*[–—«\"“-]", text[start:s_end])
        if handover:
            s_end = (
                start + handover.start()
            )  # "innrømmer at tiden er for lang: – Vi har …": the words are hers
        for stop in (", mens ", "; ", ", er ", ", blir ", ", har "):
            cut = text.find(stop, start, s_end)
            if cut > 0 and stop.strip(", ") in ("er", "blir", "har") and " som " in text[start:cut]:
                continue  # "ungdommer som kjenner ham, er blitt flinkere": the comma closes a relative clause
            if cut > 0 and text.count("«", start, cut) > text.count("»", start, cut):
                continue  # «det vanskelige tar tid; det umulige tar litt lenger»: inside the words quoted
            if cut > 0:
                s_end = cut
        # "… «militær infrastruktur», melder det statlige nyhetsbyrået Tass.": who passed it on
        relayed = next(
            (
                c.start
                for c in self.a.cues
                if c.kind == "speech"
                and start < c.start < s_end
                and text[: c.start].rstrip().endswith(",")
                and self.a.direct_covering(start, start + 1) is None  # (not ", sier X" of dash words)
                and self.a.doc[c.token].pos_ in ("VERB", "AUX")  # (not ", svart røyk": a colour)
                and self.closes_sentence(c, s_end)
            ),
            None,
        )
        if relayed is not None:
            s_end = len(text[:relayed].rstrip()[:-1].rstrip())
        evidence = re.search(r",\s+ifølge\s[^,]*[.!?]?\s*$", text[start:s_end])
        if evidence:
            s_end = (
                start + evidence.start()
            )  # "… til de rikeste, ifølge tall fra departementet.": its evidence
        concession = text.find(", selv om ", start, s_end)
        if concession > 0 and any(
            concession < c.start < concession + 30
            and c.kind in REPORTED_KINDS
            and is_subject_pronoun(self.a.doc[c.token - 1])
            for c in self.a.cues
        ):
            s_end = concession  # "tror det er riktig vei, selv om han innrømmer at …": a report of its own
        but = text.find(", men ", start, s_end)
        if but > 0 and self.opens_main_clause(but + len(", men ")):
            s_end = but  # "… at alt var avgjort, men styret har …": the report ends; "men at …" goes on
        return self.new_main_clause(start, s_end) or s_end

    def gapped_report(self, start: int, end: int) -> tuple[int, tuple[int, int], int] | None:
        """A second report that shares the cue and leaves it out: "51 prosent svarer at …, 26 prosent
        at …". Returns where the first ends, the second source's character span and where its
        clause starts; None when there is no such second report."""
        doc = self.a.doc
        k = self.a.token(start)
        while k < len(doc) and doc[k].idx < end:
            if doc[k].text == ",":
                at = next((j for j in range(k + 2, min(k + 7, len(doc))) if doc[j].lower_ == "at"), None)
                between = doc[k + 1 : at] if at is not None else []
                if (
                    at is not None
                    and at + 1 < len(doc)
                    and doc[at + 1].idx < end
                    and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between)
                    and self.opens_noun_phrase(between[0])
                ):
                    return doc[k].idx, (between.start_char, between.end_char), doc[at + 1].idx
            k += 1
        return None

    @staticmethod
    def opens_noun_phrase(tok: Token) -> bool:
        """A number, a name or a determiner: how a source phrase without its verb begins."""
        return tok.like_num or is_proper(tok) or tok.lower_ in words("determiner")

    def opens_main_clause(self, char: int) -> bool:
        """A subject and its finite verb start at ``char`` ("styret har", "han angret"), not a phrase
        ("et privat oppdrag") or "at" (which goes on with the same report)."""
        doc = self.a.doc
        k = self.a.token(char)
        if k >= len(doc) or doc[k].lower_ == "at" or not has_tags(doc):
            return False
        cue = self.cue_by_token.get(k)
        if cue is not None and cue.kind in REPORTED_KINDS and k + 1 < len(doc) and doc[k + 1].lower_ == "at":
            return True  # "…, men påpeker at …": a second report by the same source
        resumed = doc[k].lower_ in words("resumed_report") or (cue is not None and cue.kind in REPORTED_KINDS)
        if resumed and self.same_tense_as_cue_before(k):
            # "har erkjent at han stakk kollegaen, men nekter straffskyld": the source's plea; "forteller
            # at han kom hjem, men sa ingenting" is what he did, in the report's past tense
            return True
        following = [t.lower_ for t in doc[k : k + 4]]
        willing = ("vil", "ville", "ønsker", "kan", "kunne")
        if following[:1] and following[0] in willing and "ikke" in following:
            # "…, men vil ikke si noe om …": the source declines to say more; the report has ended
            rest = following[following.index("ikke") + 1 :]
            return any(w in words("declined_telling") for w in rest[:2])
        return any(is_finite_verb(doc[j]) for j in range(k + 1, min(k + 3, len(doc)))) and not is_finite_verb(
            doc[k]
        )

    def same_tense_as_cue_before(self, k: int) -> bool:
        """Whether the verb at ``k`` has the tense of the nearest cue before it in its sentence (a perfect
        counts as present): a coordinated verb of the cue's clause agrees with it."""
        doc = self.a.doc
        s_start, _ = self.a.sentence_at(doc[k].idx)
        j = k - 1
        while j >= 0 and doc[j].idx >= s_start and j not in self.cue_by_token:
            j -= 1
        if j < 0 or doc[j].idx < s_start:
            return False
        finite = doc[j - 1] if j > 0 and doc[j - 1].lower_ in ("har", "hadde") else doc[j]
        return _is_present(finite) == _is_present(doc[k])

    def new_main_clause(self, start: int, end: int) -> int | None:
        """A comma that starts a new main clause of the reporting sentence inside what looked like the
        report: ", og viser til …" (a verb the sentence's subject does too) or ", tenkte Kari …" (a verb
        and then its subject). Only on parsed text; None when there is none."""
        doc = self.a.doc
        if not has_parse(doc):
            return None
        s_start, _ = self.a.sentence_at(start)
        first_word = doc[self.a.token(s_start)]
        # "Når ledelsen sier at alt er bedre, kjenner jeg meg ikke igjen": after a fronted clause, the
        # main clause starts at a comma and its verb, whatever its subject
        fronted = first_word.lower_ in words("subordinator")
        k = self.a.token(start)
        while k + 2 < len(doc) and doc[k].idx < end:
            if doc[k].text == ",":
                first, second = doc[k + 1], doc[k + 2]
                if first.lower_ == "og" and is_finite_verb(second):
                    return doc[k].idx
                # "…, og jeg tenkte at …": the writer, whom no report speaks of as "jeg"
                writer = first.lower_ == "og" and second.lower_ == "jeg"
                if writer and k + 3 < len(doc) and is_finite_verb(doc[k + 3]):
                    return doc[k].idx
                if self.own_next_statement_at(k):
                    return doc[k].idx  # "…, og hun etterlyser mer støtte": her own next statement
                named = is_proper(second) and second.text[:1].isupper()
                if is_finite_verb(first) and (fronted or named or second.text in _THIRD_PERSON_SUBJECTS):
                    return doc[k].idx
            k += 1
        return None

    def own_next_statement(self, start: int, end: int) -> int | None:
        """Where a report is cut by its source's own next statement (``own_next_statement_at``)."""
        doc = self.a.doc
        k = self.a.token(start)
        while k + 3 < len(doc) and doc[k].idx < end:
            if self.own_next_statement_at(k):
                return doc[k].idx
            k += 1
        return None

    def own_next_statement_at(self, k: int) -> bool:
        """ ", og hun etterlyser …", ", og forbundet advarer om at …" at the comma ``k``: the source goes
        on with a cue or an appeal of its own (a pronoun, or a body's or a title's definite word)."""
        doc = self.a.doc
        if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "og":
            return False
        second, third = doc[k + 2], doc[k + 3]
        referring = second.lower_ in ("han", "hun", "de") or (
            second.is_lower
            and (second.lower_.endswith(org_reference_endings()) or role_of(second.text) is not None)
            and second.lower_.endswith(("en", "et", "a"))
        )
        cue_like = third.lower_ in cue_verbs() or third.lower_ in words("appeal_verb")
        return referring and cue_like and is_finite_verb(third)

    def is_idiom(self, cue: Cue) -> bool:
        """Not a report of what somebody said: "det vil si", a saying ("Som sagt:", "Kort sagt:"), an
        infinitive ("viktig å understreke at", "for å si det enkelt:"), or a relative clause ("noen som
        tror at", "en rapport som kunne vise at") unless it describes a named source in passing ("Eva
        Lie, som mener at …")."""
        doc = self.a.doc
        prev = [t.lower_ for t in doc[max(cue.token - 3, 0) : cue.token]]
        if prev[-1:] == ["å"]:
            # "avsluttet med å love at …", "svarte ved å si at …" tell how somebody did speak, and "Han
            # pleide selv å si at …" what he used to say
            habit = any(w in words("habit_verb") for w in prev[:-1])
            return prev[-2:-1] not in (["med"], ["ved"]) and not habit
        if prev[-2:] == ["å", "bli"]:
            return True  # "sunt å bli minnet om at …": whoever is reminded, by nobody named
        if doc[cue.token].lower_ == "sagt" and prev[-1:] in (["som"], ["kort"], ["enkelt"], ["kortere"]):
            return True
        if cue.lemma == "si" and prev[-2:] == ["det", "vil"]:
            return True
        if "som" in prev[-2:] and (prev[-1] == "som" or prev[-1] in words("auxiliary")):
            return not (self.named_in_passing(cue) or self.specific_antecedent(cue))
        return False

    def specific_antecedent(self, cue: Cue) -> bool:
        """The relative "som" right before the cue stands for somebody particular: "dem som krever at"
        (a group just named), "den ene eksperten etter den andre som mener at" — not "noen som tror
        at", "de som mener at" (whoever does), "en rapport som viser at"."""
        doc = self.a.doc
        som = cue.token - 1
        if som < 1 or doc[som].lower_ != "som":
            return False
        before = doc[som - 1]
        one_after_another = before.lower_ in ("andre", "annen") and som >= 4 and doc[som - 2].lower_ == "den"
        return before.lower_ == "dem" or one_after_another  # "den ene X etter den andre som …"

    def is_question(self, s_start: int, sentence: str) -> bool:
        """A question in the text's own voice: it ends with "?" and opens with a verb or a question word."""
        if not sentence.rstrip("»”\"' ").endswith("?"):
            return False
        doc = self.a.doc
        k = self.a.token(s_start)
        while k < len(doc) and (doc[k].is_punct or doc[k].is_space):
            k += 1
        if k >= len(doc):
            return False
        first = doc[k]
        verb_first = first.pos_ in ("VERB", "AUX") and not first.is_lower
        return verb_first or first.lower_ in words("question_word")

    def named_in_passing(self, cue: Cue) -> bool:
        """ "Eva Lie, som mener at …, la fram …": a relative clause after a comma describes a named
        source in passing; it reports (up to the comma that closes it)."""
        doc = self.a.doc
        som = cue.token - 1 if doc[cue.token - 1].lower_ == "som" else cue.token - 2
        return som >= 2 and doc[som].lower_ == "som" and doc[som - 1].text == "," and is_proper(doc[som - 2])

    def in_embedded_question_or_relative(self, cue: Cue) -> bool:
        """ "lurer på hvordan hun tror …", "malere som hun mener …": the cue's subject follows a question
        word or a relative "som", so the clause asks or describes; it does not report a view."""
        doc = self.a.doc
        after = doc[cue.token + 1] if cue.token + 1 < len(doc) else None
        before = doc[cue.token - 1] if cue.token > 0 else None
        if after is not None and after.text == ",":
            return False  # "som Moe hevder, at …": an aside that reports
        if (
            after is not None
            and (is_subject_pronoun(after) or is_proper(after))
            and not (before is not None and is_subject_pronoun(before))
        ):
            return False  # "Om saken fastslo han at …": a main clause with its subject after the verb
        if after is not None and is_inverted_noun_subject(after, cue.token):
            return False  # "I rapporten om stabilitet advarer sentralbanken om at …": the same, parsed
        k = cue.token - 1
        steps = 0
        while (
            k >= 0
            and steps < 4
            and doc[k].pos_ in ("PRON", "PROPN", "NOUN", "DET", "ADJ")
            and (doc[k].lower_ not in _EMBEDDING_WORDS)
        ):
            k -= 1
            steps += 1
        if not (steps > 0 and k >= 0 and doc[k].lower_ in _EMBEDDING_WORDS):
            return False
        # "samtidig som høyresiden synes …", "slik som": a conjunction, not a relative; "selv om han
        # innrømmet at …": a concession, not a question
        concession = k > 0 and doc[k].lower_ == "om" and doc[k - 1].lower_ == "selv"
        if concession and self.a.direct_covering(cue.start, cue.end) is None:
            return False  # (inside somebody's words, "selv om de skriver at …" is theirs)
        return not (doc[k].lower_ == "som" and k > 0 and doc[k - 1].lower_ in _SOM_CONJUNCTIONS)

    def after_modal(self, cue: Cue) -> bool:
        """A modal verb shortly before the cue: "vil kreve", "kan si" are what may be said, not a report."""
        doc = self.a.doc
        modals = ("kan", "vil", "skal", "må", "bør", "kunne", "ville", "skulle", "måtte")
        return any(t.lower_ in modals for t in doc[max(cue.token - 3, 0) : cue.token])

    def subject_clause_after(self, cue: Cue, s_end: int) -> int | None:
        """Where the reported clause opens right after a cue whose subject stands before it (after the
        comma that closes a description of the subject, or after "og"), whatever the parse made of it:
        a pronoun ("Jostein Kleppe, som spiller broren, sier han kjente seg igjen"), a definite noun
        ("og sier kommunen nå vurderer …") or a name ("…, mener Lysø forenkler …"), then its verb."""
        doc = self.a.doc
        k = cue.last_token + 1
        if cue.last_token != cue.token or k + 1 >= len(doc) or doc[k + 1].idx >= s_end:
            return None
        pronoun, verb = doc[k], doc[k + 1]
        if is_subject_pronoun(pronoun) and is_finite_verb(verb) and verb.lower_ not in cue_verbs():
            return k
        # "… og sier kommunen nå vurderer tilskudd": a definite noun, maybe an adverb, then the verb
        j = k + 1
        if j < len(doc) and doc[j].lower_ in words("adverb") and doc[j].pos_ == "ADV":
            j += 1
        definite = (
            pronoun.is_lower and pronoun.pos_ == "NOUN" and pronoun.lower_.endswith(("en", "et", "a", "ene"))
        )
        if definite and j < len(doc) and is_finite_verb(doc[j]) and doc[j].lower_ not in cue_verbs():
            return k
        # "Kjersti Dahl, seniorforsker …, mener Lysø forenkler bildet": a name, then the verb of the
        # clause, when a person's name opens the sentence (not "Ordningen, som …, mener Hauge er …",
        # a fronted object)
        opener = doc[self.a.token(self.a.sentence_at(cue.start)[0])]
        if not (opener.ent_type_ == "PER" or opener.text in first_names()):
            return None
        j = k
        while j < len(doc) and j < k + 3 and doc[j].text[:1].isupper() and is_proper(doc[j]):
            j += 1
        # (a present tense the tagger may take for a plural noun: "Lysø forenkler bildet")
        verb_like = j < len(doc) and (is_finite_verb(doc[j]) or _is_present(doc[j]))
        if j > k and verb_like and doc[j].idx < s_end and doc[j].is_lower:
            return k if doc[j].lower_ not in cue_verbs() else None
        return None

    def bare_clause_start(self, cue: Cue, s_end: int) -> int | None:
        """First token of a clause that follows a cue with no "at" ("mener det er …"), if there is one."""
        doc = self.a.doc
        k = cue.last_token + 1
        if k >= len(doc) or doc[k].idx >= s_end:
            return None
        if cue.last_token != cue.token:
            return None  # "gjorde klart flyet", "slo fast datoen": a verb with a particle reports with "at"
        if self.after_modal(cue):
            return None  # "de kan komme til å si noe dumt": what somebody may say is not a report
        if self.in_embedded_question_or_relative(cue):
            return None
        if cue.kind == "view":
            # "mener regjeringen «straffer de unge»": the clause's verb opens a verbatim fragment
            j = k
            while j < len(doc) and j - k < 3 and doc[j].pos_ in ("NOUN", "PROPN", "DET", "ADJ"):
                j += 1
            fragment_verb = (
                doc[j + 1] if j > k and j + 1 < len(doc) and doc[j].text in ("«", '"', "“") else None
            )
            after_verb = doc[j + 2] if fragment_verb is not None and j + 2 < len(doc) else None
            present_tense = (  # "straffer de unge": a present tense the tagger may take for a plural noun
                fragment_verb is not None
                and fragment_verb.lower_.endswith("er")
                and after_verb is not None
                and after_verb.pos_ in ("DET", "PRON", "ADV", "ADP")
            )
            if (
                fragment_verb is not None
                and fragment_verb.is_lower
                and (fragment_verb.pos_ in ("VERB", "AUX") or present_tense)
            ):
                return k
        if has_parse(doc):
            verb = doc[cue.token]
            for child in verb.children:
                if (
                    child.dep_.upper() in ("DOBJ", "CCOMP", "OBJ")
                    and child.pos_ in ("VERB", "AUX")
                    and child.i > cue.token
                ):
                    first = min(t.i for t in child.subtree)
                    # "fortalte IMF-ledelsen hvor skapet skulle stå": a question after the noun makes
                    # the noun whom it was told
                    if cue.kind in REPORTED_KINDS and doc[first].lower_ not in words("not_clause_start"):
                        # "mener karakterer i så ung alder vil gjøre …", "sier Ap-nedgangen først og
                        # fremst skyldes …": a noun the parser made a second object of the cue is the
                        # subject of the clause it holds (after "sier", only a common noun right after it:
                        # "sier Hansen" is the speaker)
                        subject = next(
                            (
                                c
                                for c in verb.children
                                if c.dep_.upper() in ("DOBJ", "OBJ")
                                and cue.last_token < c.i < child.i
                                and (
                                    # "mener det viktigste i et ekteskap er …": an adjective made a noun
                                    (c.pos_ in ("NOUN", "PROPN") or (c.pos_ == "ADJ" and _has_determiner(c)))
                                    if cue.kind == "view"
                                    else c.pos_ == "NOUN" and c.i == cue.last_token + 1
                                )
                            ),
                            None,
                        )
                        if subject is not None:
                            first = min(first, *(t.i for t in subject.subtree))
                    if first == child.i:
                        return None  # the clause opens on its verb: no subject of its own, not a report
                    if first > cue.last_token and doc[first].lower_ not in words("not_clause_start"):
                        return first
            if cue.kind == "view":
                # "mener klienten hans har vært naiv": the parser hung the clause's verb on the noun
                for child in verb.children:
                    if (
                        child.dep_.upper() in ("DOBJ", "OBJ")
                        and child.pos_ == "NOUN"
                        and child.i == cue.last_token + 1
                        and any(is_finite_verb(g) and child.i < g.i <= child.i + 2 for g in child.children)
                    ):
                        return child.i
                    if (
                        child.dep_.upper() in ("DOBJ", "OBJ")
                        and child.pos_ == "NOUN"
                        and child.i == cue.last_token + 1
                        and child.i + 1 < len(doc)
                        and doc[child.i + 1].lower_ == "som"
                    ):
                        # "mener ordningen som kommunen innførte i fjor, har hjulpet": the noun and its
                        # relative clause are the subject of the verb the parse tied to the cue
                        end_of_noun = max(t.i for t in child.subtree)
                        verb_after = next(
                            (
                                g
                                for g in verb.children
                                if is_finite_verb(g)
                                and g.i > end_of_noun
                                and doc[g.i - 1].text == ","
                                and g.i <= end_of_noun + 2
                            ),
                            None,
                        )
                        if verb_after is not None:
                            return child.i
            return None
        if cue.kind != "view":
            return None
        while k < len(doc) and doc[k].lower_ in ("også", "fortsatt", "likevel", "selv"):
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in (
            "det",
            "dette",
            "den",
            "han",
            "hun",
            "de",
            "vi",
            "jeg",
            "man",
        ):
            # inverted "mener han at" is not a bare clause; "mener det er" is
            nxt = doc[k + 1]
            if nxt.lower_ in words("auxiliary") or nxt.lower_.endswith(("er", "te", "et", "de")):
                return k
        return None

    def anaphoric(self) -> None:
        """ "Det opplyser X til NTB." about the sentence before it."""
        a = self.a
        for s_start, _ in a.sentences:
            cue = self.anaphoric_cue_at(s_start)
            if cue is None or cue.start in a.used_cues or a.direct_covering(cue.start, cue.end):
                continue
            index = a.sentences.index(a.sentence_at(s_start))
            here = a.paragraph_index(s_start)
            previous = index - 1
            # a photo caption between the report and "Det bekreftet X" is skipped
            while previous >= 0 and self.is_caption(a.paragraph_index(a.sentences[previous][0])):
                previous -= 1
            if previous < 0:
                continue
            prev_start, prev_end = a.sentences[previous]
            between = range(a.paragraph_index(prev_start) + 1, here)
            if any(not self.is_caption(k) for k in between):
                continue
            if a.text[prev_start] in "-–—" or _word_count(a.text[prev_start:prev_end]) < 4:
                continue
            a.add(prev_start, prev_end, "indirect", "anaphoric.previous", cue)

    def is_caption(self, index: int) -> bool:
        """A photo caption paragraph: it ends with a credit ("… Foto: Reuters", "Foto: NTB scanpix")."""
        start, end = self.a.paragraphs[index]
        return _CAPTION.search(self.a.text, max(start, end - 80), end) is not None

    def kalle(self) -> None:
        """ "kalte NATO «avleggs»", "beskriver markedet som «et villvest»": the object and its verbatim
        label are a mixed quotation."""
        a = self.a
        for cue in a.cues:
            if cue.lemma != "kalle" and cue.kind != "label":
                continue
            if is_participle(a.doc[cue.token]) and not self.perfect_tense(cue):
                continue  # "Da ble den beskrevet som «…»": a label nobody here is said to give
            if self.inside_at_report(cue):
                continue  # "Han sier at familien har kalt henne «…»": his report, which holds the label
            _, s_end = a.sentence_at(cue.start)
            # "kaller dommerens avgjørelse om å annullere utligningen like før pause for «…»": the
            # object may be long; the label is in the same sentence
            near = [m for m in a.marks if cue.end < m.open <= cue.end + LABEL_REACH and m.close <= s_end]
            # "kalte boka «…», mens Aftenposten mente at den var «…»": a mark after another cue is that cue's
            near = [m for m in near if not any(cue.end < c.start < m.open for c in a.cues)]
            if near and cue.kind == "label" and " som " not in a.text[cue.end : near[0].open + 1]:
                continue  # "beskriver markedet som «…»" labels; "beskriver «…»" does not
            if near:
                # "kalte planen «en tom lovnad» og krevde …" ends at the label; "kalte ham en «farlig
                # mann» som …" goes on through the relative clause that describes it
                label_end = max(m.close for m in near)
                rest = a.text[label_end:s_end].split()
                end = s_end if rest and rest[0] == "som" else label_end
                if rest and self.label_goes_on(label_end, s_end):
                    # "kaller utsettelsen «et slag i ansiktet» for industrien i regionen.": for whom
                    end = len(a.text[:s_end].rstrip().rstrip(".!?"))
                start = _after_inverted_subject(a.text, cue.end, near[0].open)
                start = self.after_inverted_name(cue, start, near[0].open)
                # "kalte samtidig beslutningen «…»": the adverb is no part of what is labelled
                k = _past_adverbs(a.doc, a.token(start), near[0].open)
                start = max(start, a.doc[k].idx) if k < len(a.doc) else start
                a.add(start, end, "mixed", "kalle.mixed", cue)
            elif cue.lemma == "kalle" and not any(cue.end < m.open < s_end for m in a.marks):
                self.unmarked_label(cue, s_end)

    def label_goes_on(self, label_end: int, s_end: int) -> bool:
        """ "«et slag i ansiktet» for industrien", "«helt urealistisk» i en tid med høy kostnadsvekst",
        "«nok et varsel» om at veien må utbedres", "«et viktig signal» til alle som truer folkevalgte":
        a phrase after the label that says what it is about goes with it to the sentence's end; not
        to whom or where it was said ("til NTB", "på Facebook", "i en uttalelse") nor when, and not
        a verb of its own ("og krevde …")."""
        doc = self.a.doc
        tail = [t for t in doc[self.a.token(label_end) : self.a.token(s_end)] if not t.is_space]
        while tail and tail[-1].is_punct:
            tail.pop()
        if len(tail) < 2 or tail[0].pos_ != "ADP" or tail[0].lower_ in words("occasion_prep"):
            return False
        head = tail[1] if tail[1].lower_ not in words("indefinite_opener") or len(tail) < 3 else tail[2]
        if head.lower_ in words("channel") | words("time_word") | words("adverb"):
            return False  # "på Facebook", "i går", "i en uttalelse"
        if tail[0].lower_ == "til" and (is_proper(head) or head.lower_.endswith(org_endings())):
            return False  # "til NTB", "til avisen": whom it was said to
        for t in tail[1:]:
            if t.lower_ in ("som", "at"):
                break  # "til alle som truer …", "om at veien må …": a clause inside the phrase
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":"):
                return False
        return True

    def inside_at_report(self, cue: Cue) -> bool:
        """Whether the cue stands in the "at" clause of a reporting cue before it in its sentence."""
        a = self.a
        s_start, _ = a.sentence_at(cue.start)
        if cue.token > 0 and a.doc[cue.token - 1].lower_ in ("og", "men"):
            return False  # "Hun mener at akten er for lang, og kaller scenen «…»": her own next verb
        return any(
            c.kind in REPORTED_KINDS
            and s_start <= c.start < cue.start
            and any(t.lower_ == "at" for t in a.doc[c.last_token + 1 : cue.token])
            for c in a.cues
        )

    def unmarked_label(self, cue: Cue, s_end: int) -> None:
        """ "Direktør Silje Rønning kaller utviklingen bekymringsfull", "kaller nedleggelsen den
        tyngste dagen for bygda": a definite object and the words that judge it, without marks, are
        reported (indirect); not "kalte sønnen Ola", "kaller seg ekspert", "kalte inn til møte"."""
        a = self.a
        doc = a.doc
        k = _past_adverbs(doc, cue.last_token + 1, s_end)
        if k + 1 >= len(doc) or doc[k].idx >= s_end:
            return
        obj, judged = doc[k], doc[k + 1]
        definite = obj.pos_ == "NOUN" and obj.is_lower and obj.lower_.endswith(("en", "et", "a", "ene", "ne"))
        if not (definite or obj.lower_ in ("det", "dette")):
            return
        if judged.pos_ not in ("ADJ", "DET") or judged.text[:1].isupper() or judged.idx >= s_end:
            return
        if not self.names_a_source(cue, a.token(a.sentence_at(cue.start)[0])):
            return
        end = self.clause_end(obj.idx, s_end)
        if _word_count(a.text[obj.idx : end]) >= 2:
            a.add(obj.idx, end, "indirect", "kalle.unmarked", cue)

    def perfect_tense(self, cue: Cue) -> bool:
        """A participle after "har"/"hadde" (adverbs between): "har tidligere kalt" is somebody's own
        words, where "ble kalt" is a passive with nobody to say them."""
        doc = self.a.doc
        k = cue.token - 1
        while k >= 0 and k > cue.token - 4 and doc[k].lower_ in words("adverb"):
            k -= 1
        if k >= 0 and doc[k].lower_ == "og":
            # "har avvist kritikken og kalt demonstrantene «…»": coordinated with a participle after "har"
            for j in range(k - 1, max(k - 10, -1), -1):
                if doc[j].is_sent_start or doc[j].text in (".", "!", "?", ":", ";"):
                    break
                if doc[j].lower_ in ("har", "hadde") and any(is_participle(t) for t in doc[j + 1 : k]):
                    return True
            return False
        return k >= 0 and doc[k].lower_ in ("har", "hadde", "ha")

    def after_inverted_name(self, cue: Cue, start: int, label: int) -> int:
        """ "I retten kalte Ola Berg denne planen «latterlig»": a name or pronoun after the verb with
        an object still to come is the subject (the speaker), so the quotation starts after it; in
        "kalte NATO «avleggs»" the label follows the name, which is the object."""
        doc = self.a.doc
        k = self.a.token(start)
        if k >= len(doc) or doc[k].idx >= label or k != cue.token + 1:
            return start
        end = k + 1 if is_subject_pronoun(doc[k]) else k
        while end < len(doc) and doc[end].is_lower and role_of(doc[end].text) and end - k < 2:
            end += 1  # "kaller kritiker Per Strand boka «…»": the title before the name
        while end < len(doc) and is_proper(doc[end]) and doc[end].text[:1].isupper() and end - k < 5:
            end += 1
        if end > k and not is_proper(doc[end - 1]) and not is_subject_pronoun(doc[end - 1]):
            return start
        if end == k or end >= len(doc) or doc[end].idx >= label:
            return start
        nxt = doc[end]
        object_follows = nxt.is_lower and (
            nxt.lower_ in words("determiner") | words("object_pronoun") or nxt.pos_ == "NOUN"
        )  # ("Til slutt kaller Hansen meg «…»": the one labelled is the writer)
        # after a pronoun what comes before the label is the object, however it is tagged ("I går
        # kalte han comebacket «imponerende»")
        return nxt.idx if object_follows or is_subject_pronoun(doc[k]) else start

    def demands(self) -> None:
        """ "Demonstrantene krever mer penger til skolene", "Forbundet har lovet å betale for
        lekeplassene": what a source demands or promises, as an object or an infinitive rather than an
        "at" clause."""
        a = self.a
        doc = a.doc
        for cue in a.cues:
            if cue.lemma not in ("kreve", "love") or cue.start in a.used_cues or self.is_idiom(cue):
                continue
            s_start, s_end = a.sentence_at(cue.start)
            k = cue.last_token + 1
            while k < len(doc) and doc[k].lower_ in ("også", "nå", "fortsatt", "derfor", "samtidig"):
                k += 1
            if k >= len(doc) or doc[k].idx >= s_end or doc[k].is_punct:
                continue
            first = doc[k]
            if first.lower_ in ("at", "om", "det", "seg") or is_subject_pronoun(first) or is_proper(first):
                continue  # an "at" clause, an inverted subject ("krever han"), a name: not an object here
            if first.lower_ in words("empty_object") and (
                k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "ADJ", "PROPN")
            ):
                continue  # "vil ikke love noe før rennet": nothing promised ("lover noe mer hjelp" is)
            if cue.lemma == "love" and first.lower_ in words("object_pronoun"):
                continue  # "lovet henne en bil" is a gift; "lover mer mat", "lovet å …" are promises
            if not self.names_a_source(cue, a.token(s_start)):
                continue  # "Det krever mye arbeid", "Jobben krever tid"
            a.add(first.idx, self.clause_end(first.idx, s_end), "indirect", "object.demand", cue)

    def infinitive_reports(self) -> None:
        """ "Han benekter å ha hatt kontakt med henne", "Hun angir å ha vært hjemme": a speech verb whose
        report is an infinitive clause (the "å" is part of the span, as the spec's gold has it)."""
        a = self.a
        doc = a.doc
        for cue in a.cues:
            with_mot = cue.lemma in words("infinitive_report_mot")
            if cue.lemma not in words("infinitive_report") and not with_mot:
                continue
            if cue.start in a.used_cues or self.is_idiom(cue):
                continue
            s_start, s_end = a.sentence_at(cue.start)
            k = cue.last_token + 1
            while k < len(doc) and doc[k].lower_ in ("selv", "også", "ikke", "tidligere", "nå", "heller"):
                k += 1
            if with_mot:
                if k >= len(doc) or doc[k].lower_ != "mot":
                    continue
                k += 1  # "advarte mot å …"
            if k + 1 >= len(doc) or doc[k].lower_ != "å" or doc[k].idx >= s_end:
                continue
            if not self.names_a_source(cue, a.token(s_start)) and not self.coordinated_with_a_source(
                cue, s_start
            ):
                continue
            a.add(doc[k].idx, self.clause_end(doc[k].idx, s_end), "indirect", "clause.infinitive", cue)

    def coordinated_with_a_source(self, cue: Cue, s_start: int) -> bool:
        """ "Valle avviste at …, og advarte mot å …": a cue after "og" shares the subject that opens the
        sentence, when that subject can be a source."""
        doc = self.a.doc
        first = self.a.token(s_start)
        if cue.token < 2 or doc[cue.token - 1].lower_ not in ("og", "men"):
            return False
        verb = next((k for k in range(first + 1, cue.token - 1) if doc[k].pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        span = phrase_before(doc, verb, first)
        return span is not None and span[0] == first and self.subject_names_a_source(verb, first)

    def names_a_source(self, cue: Cue, floor: int) -> bool:
        """Whether the subject before ``cue`` can be a source: a name, a personal pronoun, a title
        or a group of people in the plural ("Demonstrantene", "Fagforeningene")."""
        return self.subject_names_a_source(cue.token, floor)

    def subject_names_a_source(self, verb: int, floor: int) -> bool:
        """Whether the subject before the verb at token ``verb`` can be a source (see names_a_source)."""
        span = phrase_before(self.a.doc, verb, floor)
        return span is not None and self.phrase_names_a_source(span)

    def phrase_names_a_source(self, span: tuple[int, int]) -> bool:
        """Whether the phrase at token ``span`` can be a source (see names_a_source)."""
        doc = self.a.doc
        head = doc[span[1] - 1]
        if is_subject_pronoun(head) or head.ent_type_ in ("PER", "ORG", "GPE_ORG", "GPE", "GPE_LOC"):
            return True
        if head.pos_ == "PROPN" and role_of(doc[span[0]].text):
            return True  # "Senator Rodrigo Alves Pimentel", whatever the recogniser made of the name
        return head.pos_ in ("NOUN", "PROPN") and (
            role_of(head.lower_) is not None or head.lower_.endswith(("ene", *org_endings()))
        )

    def parenthetical(self) -> None:
        """ "…, som Hansen sa til avisen i går" / "…, som hun selv skriver i boka, …"."""
        a = self.a
        doc = a.doc
        for cue in a.cues:
            if cue.kind not in REPORTED_KINDS or cue.start in a.used_cues:
                continue
            s_start, s_end = a.sentence_at(cue.start)
            k = cue.token - 1
            while k > 0 and doc[k].lower_ in ("selv", "også", "tidligere", "har", "hadde", "nå"):
                k -= 1
            subject_end = k
            while k > 0 and doc[k].lower_ != "som" and not doc[k].is_punct and cue.token - k <= 5:
                k -= 1
            if doc[k].lower_ != "som" or k == subject_end or k == 0 or doc[k - 1].text != ",":
                continue
            between = doc[k + 1 : cue.token]
            if not any(t.pos_ in ("NOUN", "PROPN", "PRON") or is_subject_pronoun(t) for t in between):
                continue  # "Stykket, som er skrevet av X, handler om …": a passive names no speaker here
            comma = doc[k - 1].idx
            nxt = doc[cue.last_token + 1] if cue.last_token + 1 < len(doc) else None
            if (
                nxt is not None
                and nxt.idx < s_end
                and (nxt.pos_ in ("VERB", "AUX") or nxt.lower_ in words("auxiliary"))
            ):
                # "dommeren, som han mener burde ha blåst for frispark": "som" is the subject of the
                # reported clause, which is what follows the cue
                end = self.clause_end(nxt.idx, s_end)
                if _word_count(a.text[nxt.idx : end]) >= 2:
                    a.add(nxt.idx, end, "indirect", "clause.parenthetical", cue)
                continue
            after = cue.last_token + 1
            while after < len(doc) and doc[after].idx < s_end and doc[after].text not in (",", ".", "!", "?"):
                after += 1
            closes = after >= len(doc) or doc[after].idx >= s_end or doc[after].text != ","
            # "Kravet om å «rydde opp i kommunen», som Nilsen sa til avisa, er neppe nytt …": the
            # aside closes the subject the words are, and the main clause's verb after it is the writer's
            resumes_with_verb = (
                not closes
                and doc[a.token(s_start)].pos_ != "ADP"  # "I boken X, som han skrev selv, erkjenner han …"
                and after + 1 < len(doc)
                and (doc[after + 1].pos_ in ("VERB", "AUX") or doc[after + 1].lower_ in words("auxiliary"))
            )
            start, end = (s_start, comma) if closes or resumes_with_verb else (s_start, s_end)
            if _word_count(a.text[start:end]) >= 3 and not self.opens_subordinate_clause(start):
                a.add(start, end, "indirect", "clause.parenthetical", cue)

    def following_fragments(self) -> None:
        """Sentences right after a report that carry its source's verbatim words in «…» (mixed)."""
        a = self.a
        text = a.text
        for index, (s_start, s_end) in enumerate(a.sentences):
            if index == 0 or a.overlaps(s_start, s_end):
                continue
            fragments = [m for m in a.marks if s_start <= m.open and m.close <= s_end]
            if not fragments or not any(
                text[m.start].islower() or _word_count(text[m.start : m.end]) >= 3 for m in fragments
            ):
                continue
            if any(s_start <= c.start < s_end for c in a.cues):
                continue
            if any(t.lower_ in words("passive_label") for t in a.doc[a.token(s_start) : a.token(s_end)]):
                continue  # "Dette kalles visst «effektivisering»": the writer's label, not the source's
            prev_start, prev_end = a.sentences[index - 1]
            if a.paragraph_index(prev_start) != a.paragraph_index(s_start):
                continue
            source = next(
                (q for q in reversed(a.found) if not q.nested and prev_start <= q.end <= prev_end + 1), None
            )
            if source is None or source.type == "direct":
                continue
            q = a.add(s_start, s_end, "mixed", "marks.follow", None)
            if q is not None:
                q.cue_start, q.cue_end = source.cue_start, source.cue_end  # the cue it continues

    def document_reports(self) -> None:
        """ "I rapporten står det at …": what a document says, its phrase at the front."""
        a = self.a
        doc = a.doc
        for s_start, s_end in a.sentences:
            first = a.token(s_start)
            found = document_front(doc, first, s_end)
            if found is None:
                continue
            verb, k = found[1], found[2]
            last = verb + 1 if doc[verb + 1].lower_ == "det" else verb  # "står det", "Det står i …"
            if k + 1 < len(doc) and doc[k].lower_ == "at" and doc[k + 1].idx < s_end:
                cue = Cue(doc[verb].idx, doc[last].idx + len(doc[last]), "stå det", "document", verb, last)
                start = doc[k + 1].idx
                a.add(start, self.clause_end(start, s_end), "indirect", "document.front", cue)

    def run(self) -> list[Quotation]:
        self.dash()
        self.marks()
        self.bare_colon()
        self.trailing()
        self.ifolge()
        self.document_reports()
        self.kalle()
        self.at_clauses()
        self.demands()
        self.infinitive_reports()
        self.parenthetical()
        self.anaphoric()
        self.following_fragments()
        return sorted(self.a.found, key=lambda q: (q.start, q.end))


def find_quotations(doc: Doc) -> list[Quotation]:
    """Quotation spans with their cues (speakers are the next stages' job)."""
    text = doc_text(doc)
    paragraphs = paragraph_spans(text)
    # "Han ville sagt at …": a cue for words never said is none
    cues = [c for c in (doc._.cues or []) if not is_counterfactual(doc[c.token])]
    art = _Article(
        doc=doc,
        text=text,
        starts=token_starts(doc),
        paragraphs=paragraphs,
        sentences=sentence_bounds(doc),
        segments=dash_segments(text, paragraphs),
        marks=marked_spans(text),
        cues=cues,
    )
    doc._.paragraphs = paragraphs
    doc._.dash_segments = art.segments
    doc._.marked_spans = art.marks
    return _Rules(art).run()


@Language.factory("sitat_content", assigns=["doc._.quotations"], requires=["doc._.cues"])
def make_content_finder(nlp: Language, name: str) -> ContentFinder:
    return ContentFinder()


class ContentFinder(StatelessComponent):
    """spaCy component: ``doc._.quotations`` = quotation spans with type and cue."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotations = find_quotations(doc)
        return doc


register_extensions()


_INVERTED_SUBJECT = re.compile(r"\s*(?:(?:[A-ZÆØÅ][\w.'’-]*\s+){1,4}|(?:han|hun|de|vi|jeg)\s+)(?=seg\b)")


def _after_inverted_subject(text: str, start: int, label: int) -> int:
    """Where "kaller Hansen seg «…»" quotes from: past the subject that follows an inverted cue, at the
    reflexive that points back to it (the subject is the speaker, not part of the quotation)."""
    m = _INVERTED_SUBJECT.match(text, start, label)
    return m.end() if m else start
