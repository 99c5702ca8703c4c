"""Source stage: the words that name the speaker at each quotation's cue, and the addressee.

Where the cue stands after the quotation ("…, sier Stoltenberg til NTB.") the speaker is the phrase
after the cue; where the cue opens the report ("Stoltenberg sier at …") it is the cue's subject, from
the parse when there is one; before a colon it is the subject of the clause that ends in the colon.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitat.lexicons import body_word_endings, cue_verbs, pronouns, role_of
from sitat.quotes.grammar import (
    apposes_unnamed_person,
    can_open_speaker_phrase,
    doc_text,
    document_front,
    document_noun,
    is_finite_verb,
    is_infinitive,
    is_inverted_noun_subject,
    is_participle,
    is_proper,
    is_subject_like,
    is_subject_pronoun,
    name_in_apposition,
    names_a_person_by_kind,
    names_itself,
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
from sitat.quotes.marks import DASHES, OPENING_MARKS
from sitat.quotes.pipeline import StatelessComponent, register_extensions
from sitat.records import Quotation

_PREPOSITIONS = frozenset(
    {"før", "etter", "i", "på", "under", "fra", "med", "til", "om", "ved", "hos", "mot"}
)
#: entity types that can name a speaker (persons and organisations; not places or works)
_SPEAKER_ENTITY_LABELS = frozenset({"PER", "ORG", "GPE_ORG"})
_PLACE_ENTITY_LABELS = frozenset({"GPE_LOC", "LOC"})
# methods whose cue stands after the quotation and is followed by its speaker
#: parts of speech a speaker's phrase has at least one of (not "villig vekk")
_NOMINAL = ("NOUN", "PROPN", "PRON")
_SPEAKER_AFTER_CUE = (
    "dash.trailing",
    "dash.next",
    "marks.trailing",
    "clause.trailing",
    "anaphoric.previous",
    "ifolge.",
)
# methods whose cue opens the report: the speaker is the cue's subject
_SPEAKER_IS_SUBJECT = (
    "clause.at",
    "clause.bare",
    "clause.parenthetical",
    "clause.infinitive",
    "kalle.mixed",
    "kalle.unmarked",
    "dash.colon",
    "marks.colon",
    "colon.bare",
    "object.demand",
    "dash.asked",
)


# methods whose rule has already placed the speaker's words ("…, 26 prosent at …", "Dette mener han")
_SPEAKER_SET_BY_RULE = frozenset({"clause.gapped", "clause.fronted"})


class _Sources:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = token_starts(doc)
        self.sentences = sentence_bounds(doc)

    def token(self, char: int) -> int:
        return token_index_at(self.doc, self.starts, char)

    def sentence_start_token(self, char: int) -> int:
        start = 0
        for s, _ in self.sentences:
            if s <= char:
                start = s
            else:
                break
        return self.token(start)

    def sentence_end(self, char: int) -> int:
        for s, e in self.sentences:
            if s <= char < e:
                return e
        return len(doc_text(self.doc))

    def mention_for(self, q: Quotation) -> tuple[int, int] | None:
        doc = self.doc
        if q.cue_start is None:
            if q.method in ("dash.colon", "marks.colon"):
                return (
                    self.document_before(q.start)
                    or self.last_name_before(q.start)
                    or self.title_opening_before(q.start)
                    or self.headline_about(
                        self.sentence_start_token(max(q.start - 2, 0)), self.token(q.start)
                    )
                    or self.name_alone_before_colon(q.start)
                )
            return None
        if q.method in ("dash.colon", "marks.colon"):
            found = self._mention_at_cue(q)
            opener = found is not None and found[0] == self.sentence_start_token(doc[found[0]].idx)
            if opener and doc[found[0] : found[1]].text.lower() in words("anaphoric_opener"):
                # "Det var poenget, ler Lund, tenner pipa og føyer til: – …": "Det" opens the
                # sentence but names nobody; the name before the colon does
                return self.last_name_before(q.start)  # or nobody: coreference asks the neighbours
            return found
        found = self._mention_at_cue(q)
        return self._with_relative_clause(found, q) if found is not None else None

    def _with_relative_clause(self, span: tuple[int, int], q: Quotation) -> tuple[int, int]:
        """ "En mor som har barn i barnehagen, forteller …", "sier en mann som bor i nærheten.": an
        unnamed source is named by its phrase with the relative clause that says who it is."""
        doc = self.doc
        start, end = span
        if doc[start].lower_ not in words("indefinite_opener") or end >= len(doc) or doc[end].lower_ != "som":
            return span
        said_who = any(t.pos_ == "ADP" or t.like_num or "-" in t.text for t in doc[start + 1 : end])
        if end - start > 4 or said_who:
            # "en kvinne i 50-årene som ikke vil stå fram": already said who; the rest is aside (but
            # "En eldre mann som fulgte debatten" has said only what he is)
            return span
        assert q.cue_start is not None
        cue = self.token(q.cue_start)
        if cue > end:  # the phrase before its cue: the clause closes with the comma before the verb group
            clause_end = self._before_verb_group(cue, end) + 1  # "som bor i nærheten, har fortalt"
            if doc[clause_end - 1].text == ",":
                clause_end -= 1
        else:  # after it: to the end of the sentence or a comma
            limit = min(len(doc), end + 12)
            clause_end = next((k for k in range(end + 1, limit) if doc[k].is_punct), None)
            if clause_end is None:
                return span
        if clause_end - end > 10 or any(t.is_punct or "\n" in t.text for t in doc[end:clause_end]):
            return span
        if any(t.lower_ in words("met_by_reporter") for t in doc[end:clause_end]):
            return span  # "Et vitne som NTB har snakket med": how the paper met her, not who she is
        return (start, clause_end)

    def _mention_at_cue(self, q: Quotation) -> tuple[int, int] | None:
        doc = self.doc
        assert q.cue_start is not None
        if q.method in _SPEAKER_SET_BY_RULE and q.speaker_start is not None and q.speaker_end is not None:
            return (self.token(q.speaker_start), self.token(q.speaker_end - 1) + 1)  # "…, 26 prosent at …"
        if q.method == "document.front":
            found = document_front(
                doc, self.sentence_start_token(q.cue_start), self.sentence_end(q.cue_start)
            )
            return found[0] if found else None
        cue = self.token(q.cue_start)
        limit = self.sentence_end(q.cue_start)
        if q.method.startswith(_SPEAKER_AFTER_CUE):
            if q.method.startswith("ifolge.") or doc[cue].lower_ in ("heter", "het", "står", "sto"):
                k = cue + 1
                while (
                    k < len(doc)
                    and doc[k].lower_ in ("det", "i", "heter", "het", "står", "sto")
                    and k < cue + 3
                ):
                    k += 1
                k = max(k, self.token(q.cue_end - 1) + 1)  # "heter det tidlig i romanen"
                return source_after_ifolge(doc, k, limit)
            # after the cue the word shapes are reliable ("sier Statistisk sentralbyrå til NTB");
            # the parse is the fallback for what they cannot delimit
            phrase = phrase_after(doc, cue + 1, limit)
            if phrase is not None:
                # "sa WFPs regiondirektør for Øst-Afrika, Margaret Otieno, i en uttalelse": the name
                return name_in_apposition(doc, phrase, limit) or phrase
            parsed = parsed_subject(doc, cue)
            if parsed and parsed[0] > cue and self.plausible_subject(parsed):
                return parsed
            return None
        if q.method.startswith(_SPEAKER_IS_SUBJECT) and cue >= 2 and doc[cue - 1].lower_ == "å":
            # "Saltnes avsluttet møtet med å love at …": the subject of the verb "med å" belongs to
            governing = doc[cue - 2] if doc[cue - 2].lower_ in ("med", "ved") else None
            habit = next(
                (k for k in range(cue - 2, max(cue - 5, -1), -1) if doc[k].lower_ in words("habit_verb")),
                None,
            )
            if (
                governing is None
                and habit is not None
                and all(
                    doc[j].lower_ in words("adverb") or (j == habit + 1 and is_subject_pronoun(doc[j]))
                    for j in range(habit + 1, cue - 1)
                )
            ):
                # "Han pleide selv å si at …", "Hun valgte å understreke at …": the subject of that verb
                before = phrase_before(doc, habit, self.sentence_start_token(q.cue_start))
                after = doc[habit + 1] if habit + 1 < cue - 1 else None
                if after is not None and is_subject_pronoun(after):
                    return (habit + 1, habit + 2)  # "I fjor valgte hun å si at …"
                if before is not None and is_subject_like(doc, before):
                    return before
                return None
            for _ in range(4):  # up the parse to the verb ("avsluttet møtet i oktober med å …")
                if governing is None or governing.pos_ in ("VERB", "AUX") or governing.head is governing:
                    break
                governing = governing.head
            if governing is not None and governing.pos_ in ("VERB", "AUX") and governing.i < cue - 2:
                return parsed_subject(doc, governing.i)
            return None
        if q.method.startswith(_SPEAKER_IS_SUBJECT):
            nxt = cue + 1
            particles = {v.particle for v in cue_verbs().get(doc[cue].lower_, ()) if v.particle}
            while nxt < len(doc) and doc[nxt].lower_ in particles:
                nxt += 1  # "slo fast at": the particle is part of the cue
            floor = self.sentence_start_token(q.cue_start)
            while floor < cue and (doc[floor].text in DASHES or doc[floor].text in OPENING_MARKS):
                floor += 1  # "– Ingen av sidene tror …": a dash or a mark opens the sentence, not its subject
            found = (
                self.passive_agent(cue, limit)
                or self.relative_antecedent(cue, floor)
                or self.coordinated_subject(cue, floor)
                or self.apposed_name_before(cue, floor)
                or self.subject_with_relative_clause(cue, floor)
            )
            if found is not None:
                return found
            before = phrase_before(doc, cue, floor)
            pronoun_after = nxt < len(doc) and is_subject_pronoun(doc[nxt])
            named_first = (
                before is not None
                and all(is_proper(t) or role_of(t.text) for t in doc[floor : before[0]])
                # a name behind a preposition is not the subject: "To år etter Karis død innrømmet han"
                and any(
                    t.ent_type_ == "PER"
                    and is_proper(t)
                    and not any(doc[j].pos_ == "ADP" for j in range(before[0], t.i))
                    for t in doc[before[0] : before[1]]
                )
            )
            if pronoun_after and parsed_subject(doc, cue) == (nxt, nxt + 1) and not named_first:
                # "Den gangen lovte hun at": the fronted phrase is an adverbial (but "Skuespiller Ola
                # Lie sier han …" opens with its subject, whatever the parse made of the title)
                return (nxt, nxt + 1)
            # "…, og næringspolitisk direktør Siri Nilsen mener …": a main clause after ", og" opens there
            clause_start = (
                before is not None
                and before[0] >= floor + 2
                and doc[before[0] - 1].lower_ in ("og", "men")
                and doc[before[0] - 2].text == ","
                and any(is_finite_verb(t) for t in doc[floor : before[0] - 2])  # a clause before, not a name
            )
            if (
                before is not None
                and (before[0] == floor or clause_start)
                and is_subject_like(doc, before)
                # "I går sa han at": a fronted adverbial; but "70 prosent av velgerne sier de …" is a subject
                and not (pronoun_after and doc[before[0]].pos_ in ("ADP", "ADV") and not named_first)
            ):
                return before  # the sentence opens with its subject: "Hansen fortalte avisen: …"
            openers = words("clause_opener")
            opener = max((k for k in range(floor, cue) if doc[k].lower_ in openers), default=None)
            after = doc[nxt] if nxt < len(doc) else None
            inverted = after is not None and (  # "før helgen forkynte partiets talsmann": the subject follows
                is_subject_pronoun(after)
                or is_proper(after)
                or (after.pos_ in ("NOUN", "PROPN") and after.text.endswith("s"))
                or role_of(after.text) is not None
                or is_inverted_noun_subject(after, cue)
            )
            # after "at" a clause keeps its subject first: "at tre av fire ledere mener de ikke har …"
            subordinate = opener is not None and doc[opener].lower_ == "at"
            if opener is not None and opener + 1 < cue and (not inverted or subordinate):
                inner = phrase_before(doc, cue, opener + 1)
                if inner is not None and inner[0] == opener + 1 and is_subject_like(doc, inner):
                    return inner  # a subordinate clause opens with its subject: "selv om partiene lover …"
            if pronoun_after:
                return (nxt, nxt + 1)  # "I går sa han at": a pronoun right after the verb is its subject
            # "En kvinne som bor der, kaller prisen «…»": what the label is given to is no subject
            object_labelled = q.method.startswith("kalle.") and after is not None and after.idx >= q.start
            if (
                after is not None
                and is_inverted_noun_subject(after, cue)
                and not object_labelled
                and not (before is not None and before[0] == floor and is_subject_like(doc, before))
            ):
                # "I rapporten om stabilitet advarer sentralbanken om at …": the parse puts the
                # subject after the verb, and no subject opens the sentence
                found = phrase_after(doc, nxt, limit)
                if found is not None:
                    return found
            parsed = parsed_subject(doc, cue)
            if parsed and q.method.startswith("kalle.") and doc[parsed[0]].idx >= q.start:
                # the parse took the object labelled for the subject: "En kvinne som bor der, kaller
                # prisen «…»" is the phrase before the relative clause that opens the sentence
                parsed = self.opening_phrase_before_relative_clause(cue, floor)
            if parsed and self.plausible_subject(parsed):
                if parsed[0] == nxt:
                    # "konkluderer Vestfold kommunerevisjon med at": after the cue the word shapes
                    # delimit the subject better than a parse that split the name
                    shaped = phrase_after(doc, nxt, limit)
                    if shaped is not None and shaped[0] == nxt and shaped[1] > parsed[1]:
                        return shaped
                holder = self.title_holder(parsed, before)
                return holder or parsed
            while nxt < len(doc) and doc[nxt].lower_ in ("riktignok", "også", "nå", "derfor", "likevel"):
                nxt += 1
            labelled = q.method.startswith("kalle.") and nxt < len(doc) and doc[nxt].idx >= q.start
            if (
                nxt < len(doc)
                and not labelled  # "beskriver Rehman som «…»": what follows is the one labelled
                and can_open_speaker_phrase(doc[nxt])
                and (
                    doc[nxt].lower_ in ("han", "hun", "de", "vi", "jeg")
                    or is_proper(doc[nxt])
                    or doc[nxt].like_num
                )
            ):
                return phrase_after(doc, nxt, limit)
            if before is not None and is_subject_like(doc, before) and doc[cue - 1].lower_ != "og":
                return before  # (before "og" it ends the clause before: "… som norske barn og synes")
            if (
                q.method == "clause.at"
                and not is_infinitive(doc[cue])  # "skrive nye melodier, at …": an object, no subject
                and nxt < len(doc)
                and can_open_speaker_phrase(doc[nxt])
            ):
                # "Samtidig sier flere eksperter til NTB at": only "at" shows where the subject ends
                return phrase_after(doc, nxt, limit)
            return None
        return None

    def title_holder(self, parsed: tuple[int, int], before: tuple[int, int] | None) -> tuple[int, int] | None:
        """ "Byråd for barnehage, skole og idrett Terje Kvamme (H) skriver …": the parse makes the title
        the subject; the person's name that ends the phrase before the cue holds it."""
        doc = self.doc
        if before is None or before[0] <= parsed[0] or not role_of(doc[parsed[0]].text):
            return None
        name = [k for k in range(before[0], before[1]) if doc[k].ent_type_ == "PER" and is_proper(doc[k])]
        if len(name) < 2 or name[-1] != before[1] - 1 or name != list(range(name[0], before[1])):
            return None
        return (name[0], before[1])

    def _before_verb_group(self, cue: int, floor: int) -> int:
        """The token before the auxiliaries and adverbs (up to three) that lead up to the cue
        ("har en gang beskrevet", "har tidligere sagt"); ``cue - 1`` when there are none."""
        doc = self.doc
        verb_group = words("auxiliary") | words("adverb")
        k = cue - 1
        while k > floor and k >= cue - 4 and doc[k].lower_ in verb_group:
            k -= 1
        return k

    def apposed_name_before(self, cue: int, floor: int) -> tuple[int, int] | None:
        """ "FAU-leder ved Haugli skole, Mona Grinde, sier …": the name in apposition to the subject
        that opens the sentence, closed by the comma right before the cue."""
        doc = self.doc
        k = self._before_verb_group(cue, floor)
        if k < cue - 1 and doc[k].text == "," and doc[k + 1].lower_ in words("auxiliary"):
            cue = k + 1  # "Samboeren, designer Lene Brattli, har en gang beskrevet …": before the auxiliary
        if cue - 1 <= floor or doc[cue - 1].text != ",":
            return None
        opening = [k for k in range(floor, cue - 1) if doc[k].text == ","]
        if len(opening) != 1 or opening[0] == floor:
            return None
        first = opening[0] + 1
        while first < cue - 1 and doc[first].is_lower and role_of(doc[first].text):
            first += 1  # "Aktor, politiadvokat Siri Vatne, mener": past the title to the name
        # "Komiteens leder, Per Olav Rysstad (Frp), sier …": the party after the name
        last = _before_brackets(doc, cue - 1, first)
        name = (first, last)
        home = next(
            (
                k
                for k in range(first + 1, last)
                if doc[k].lower_ in words("attach_prep") and is_proper(doc[k - 1])
            ),
            None,
        )
        if home is not None and home + 1 < last and is_proper(doc[home + 1]):
            # "En av de involverte, Per Strand fra Jessheim, forteller": where from ("Thomas Brekke i
            # Vidar forlag": where he works)
            name = (first, home)
        if 0 < name[1] - name[0] <= 4 and all(is_proper(t) for t in doc[name[0] : name[1]]):
            return name
        if apposes_unnamed_person(list(doc[floor : opening[0]]), list(doc[first:last])):
            if names_itself(list(doc[floor : opening[0]])):
                return (floor, opening[0])  # "Maskinisten, en rolig mann i femtiårene, forteller …"
            return (first, last)  # "Den ansatte, en kvinne i 20-årene, forklarte …": who she is
        # "Gruppeleder Ole Rud i Senterpartiet, det største partiet, kalte …": the described subject
        end = opening[0]
        if end - floor > 8 or not any(is_proper(t) for t in doc[floor:end]):
            return None
        if any(is_finite_verb(t) for t in doc[floor:end]):
            return None
        end = _before_brackets(doc, end, floor + 1)  # "Espen Barth Eide (Ap), som …, sier": not the party
        # up to where the name ends: "Gruppeleder Ole Rud" of "Gruppeleder Ole Rud i Senterpartiet"
        preps = words("attach_prep")
        cuts = (k for k in range(floor + 1, end) if doc[k].lower_ in preps and is_proper(doc[k - 1]))
        return (floor, next(cuts, end))

    def passive_agent(self, cue: int, limit: int) -> tuple[int, int] | None:
        """ "Det er varslet av departementet at …": the agent of a passive cue is the source."""
        doc = self.doc
        if not is_participle(doc[cue]):
            return None
        k = cue + 1
        if k < len(doc) and doc[k].lower_ == "av":
            return phrase_after(doc, k + 1, limit)
        return None

    def relative_antecedent(self, cue: int, floor: int) -> tuple[int, int] | None:
        """ "Rådmann Eva Lie, som mener at …": the subject is the relative "som", whose antecedent is
        the phrase before it."""
        doc = self.doc
        som = self._before_verb_group(cue, floor)  # "som har sagt at", "som også mener"
        if som <= floor or doc[som].lower_ != "som":
            return None
        end = som - 1 if doc[som - 1].text == "," else som
        antecedent = phrase_before(doc, end, floor)
        if antecedent is None or not is_subject_like(doc, antecedent):
            return None
        return antecedent

    def subject_with_relative_clause(self, cue: int, floor: int) -> tuple[int, int] | None:
        """ "Moren til en av guttene som ble ranet, sier …": a subject that names a person by kind,
        with the relative clause that says who, closed by the comma before the verb group."""
        doc = self.doc
        found = self._relative_clause_before(cue, floor)
        if found is None or any(t.text == "," for t in doc[floor : found[1]]):
            return None
        som, comma = found
        subject = list(doc[floor:som])
        if subject[0].lower_ in words("indefinite_opener"):
            return None  # "En mor som …, forteller": _with_relative_clause decides how much names her
        if len(subject) > 6 or any(is_finite_verb(t) for t in subject):
            return None
        return (floor, comma) if names_a_person_by_kind(subject[:2]) else None

    def opening_phrase_before_relative_clause(self, cue: int, floor: int) -> tuple[int, int] | None:
        """ "En eldre kvinne som ikke vil si navnet sitt, kaller …": the phrase that opens the sentence,
        up to a relative clause closed by the comma before the verb group."""
        doc = self.doc
        clause = self._relative_clause_before(cue, floor)
        if clause is None or any(t.text == "," for t in doc[floor : clause[0]]):
            return None
        found = phrase_before(doc, clause[0], floor)
        return found if found is not None and found[0] == floor and is_subject_like(doc, found) else None

    def _relative_clause_before(self, cue: int, floor: int) -> tuple[int, int] | None:
        """The "som" and the comma that closes its clause right before the cue's verb group, in a
        sentence that opens at ``floor`` ("X som …, sier"); None when there is no such clause."""
        doc = self.doc
        comma = self._before_verb_group(cue, floor)
        if comma <= floor or doc[comma].text != ",":
            return None
        som = next((k for k in range(floor + 1, comma) if doc[k].lower_ == "som"), None)
        return (som, comma) if som is not None else None

    def coordinated_subject(self, cue: int, floor: int) -> tuple[int, int] | None:
        """ "Rådet fordømmer angrepet og advarer om at …": a cue after "og" shares the subject of the
        sentence's first verb, which opens the sentence; the object of that verb is not the speaker."""
        doc = self.doc
        j = self._before_verb_group(cue, floor)  # "…, men har tidligere sagt at …": back to the conjunction
        right_after = doc[j + 1].lower_
        fronted = right_after not in words("auxiliary") and right_after not in (
            "også",
            "samtidig",
            "dessuten",
        )
        if fronted and j + 1 != cue:
            return None  # "… og selv mener jeg at …": a fronted adverb, so the subject follows the verb
        if j <= floor or doc[j].lower_ not in ("og", "men"):
            return None  # "… mener at …, men påpeker at …": the same subject
        inverted = self._inverted_attribution_before(j, floor)
        if inverted is not None:
            return inverted  # "…, sier han og mener Nav har sviktet": he means it, not Nav
        head = doc[cue].head
        at = next((k for k in range(floor, j) if doc[k].lower_ == "at"), None)
        # "Hun krever at statsråden redegjør for saken, og mener …": after a comma, "og" goes back to
        # the main clause, whatever verb of the "at" clause the parse tied the cue to
        # (also "Lie mener foreldre må følge med, og advarte mot …": a verb inside the reported clause)
        reported = at is not None or any(doc[k].lower_ in cue_verbs() for k in range(floor, head.i))
        back_to_main = reported and doc[j - 1].text == "," and (at is None or head.i > at)
        if doc[cue].dep_.upper() in ("KOORD", "CONJ") and floor <= head.i < j and not back_to_main:
            parsed = parsed_subject(doc, head.i)  # the parse knows which verb the cue is coordinated with
            nominal = parsed is not None and any(t.pos_ in _NOMINAL for t in doc[parsed[0] : parsed[1]])
            if (
                parsed is not None
                and parsed[0] > head.i
                and doc[parsed[0]].lower_ in ("det", "dette", "disse")
            ):
                nominal = False  # "Aktor avviste dette og kalte …": the object after the verb, not who spoke
            if nominal and self.plausible_subject(parsed):
                return parsed
        first_verb = next((k for k in range(floor + 1, j) if is_finite_verb(doc[k])), None)
        if first_verb is None:
            return None
        subject = phrase_before(doc, first_verb, floor)
        if subject is None or subject[0] != floor or not is_subject_like(doc, subject):
            # inverted after the first verb: "Først reagerer man … og synes", "gråter kvinnene og sukker"
            after = doc[first_verb + 1] if first_verb + 1 < j else None
            if after is not None and is_subject_pronoun(after):
                return (first_verb + 1, first_verb + 2)
            if after is not None and can_open_speaker_phrase(after) and after.pos_ in (*_NOMINAL, "DET", ""):
                phrase = phrase_after(doc, first_verb + 1, doc[j].idx)
                if phrase is not None and phrase[1] == j and self.plausible_subject(phrase):
                    return phrase
            return None
        return subject

    def _inverted_attribution_before(self, og: int, floor: int, reach: int = 8) -> tuple[int, int] | None:
        """The speaker of an attribution "…, sier X (til Y)" that ends right before ``og``: the cue
        follows a comma or a closing quotation mark (not "Arbeidsgiverne beklager streiken og …")."""
        doc = self.doc
        cues = cue_verbs()
        for c in range(og - 1, max(floor, og - reach) - 1, -1):
            if doc[c].lower_ not in cues:
                continue
            if c == 0 or doc[c - 1].text not in (",", "»", '"', "”"):
                return None
            phrase = phrase_after(doc, c + 1, doc[og].idx)
            if phrase is None or all(t.pos_ and t.pos_ not in _NOMINAL for t in doc[phrase[0] : phrase[1]]):
                return None  # "…, svarte villig vekk, men …": no speaker after the verb
            rest = [t for t in doc[phrase[1] : og] if not t.is_punct]
            if not rest or rest[0].lower_ == "til":
                return phrase
            return None
        return None

    def plausible_subject(self, span: tuple[int, int]) -> bool:
        """Reject parses that make an adverbial the subject ("etter møtet", "Likevel", "I avisen")."""
        doc = self.doc
        first = doc[span[0]]
        named = first.text[:1].isupper() and first.ent_type_ == "PER"  # "Eli" tagged as a preposition
        if (first.pos_ in ("ADP", "ADV", "SCONJ") and not named) or first.lower_ in words("phrase_end"):
            return False
        if span[0] > 0 and (doc[span[0] - 1].pos_ == "ADP" or doc[span[0] - 1].lower_ in _PREPOSITIONS):
            return False
        return is_subject_like(doc, span)

    def document_before(self, pos: int) -> tuple[int, int] | None:
        """ "I tilsynets rapport står det: «…»": the document is the source."""
        colon = doc_text(self.doc).rfind(":", 0, pos)
        if colon < 0:
            return None
        start = self.sentence_start_token(colon)
        found = document_front(self.doc, start, colon + 1)
        return found[0] if found else self.document_pointed_back_to(start, colon)

    def document_pointed_back_to(self, start: int, colon: int) -> tuple[int, int] | None:
        """ "… en rapport fra tankesmien X. Der heter det: «…»": the last document noun of the sentence
        before one that is only "Der heter det" / "Her står det" before its colon."""
        doc = self.doc
        opening = [t.lower_ for t in doc[start : self.token(colon)]]
        if opening[:1] not in (["der"], ["her"], ["videre"], ["dessuten"]) or opening[1:] not in (
            [v, "det"] for v in ("heter", "het", "står", "sto")
        ):
            return None
        before = self.sentence_start_token(doc[start].idx - 1) if start > 0 else start
        for k in range(start - 1, before - 1, -1):
            if document_noun(doc[k].text):
                return (k, k + 1)
        return None

    def title_opening_before(self, pos: int) -> tuple[int, int] | None:
        """ "MDG-lederen fikk viljen sin: – …", "Ordføreren etter vedtaket: – …": a definite title that
        opens the clause before a colon (a headline's most often) is who speaks."""
        doc = self.doc
        floor = self.sentence_start_token(max(pos - 2, 0))
        first = doc[floor] if floor < len(doc) else None
        if first is None or first.idx >= pos or not first.text[:1].isupper():
            return None
        lower = first.lower_
        definite = lower.endswith(("en", "a", "et")) and role_of(lower) is not None
        # "Trener: – …", "Fastlege: – …": a bare title alone before the colon, a sub-heading for the
        # holder the story names next
        alone = role_of(lower) == lower and floor + 1 < len(doc) and doc[floor + 1].text == ":"
        return (floor, floor + 1) if definite or alone else None

    def last_name_before(self, pos: int) -> tuple[int, int] | None:
        """The last name in the clause before a colon: "… direktør, Kari Moe: «…»"."""
        doc = self.doc
        end = self.token(pos) - 1
        floor = self.sentence_start_token(max(pos - 2, 0))

        def name_word(k: int) -> bool:
            # the sentence's first word is capitalised anyway: a name only if tagged as a speaker's
            # ("Atabajev har svaret klart: – …"); a place does not speak ("Kari Moe fra Bergen: – …")
            tok = doc[k]
            if not is_proper(tok) or tok.ent_type_ in _PLACE_ENTITY_LABELS:
                return False
            tail = tok.text.rsplit("-", 1)[-1] if "-" in tok.text else ""
            if tail.islower() and not tail.endswith(org_endings()):
                return False  # "holdt årets Nobel-foredrag:": a thing named after a name, not a speaker
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            owner = nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ", "CCONJ")
            if tok.text.endswith("s") and owner and not _speech_noun(_owned(doc, k + 1).text):
                return False  # "på FNs og egne vegne", "Norges rolle": an owner, not the speaker
            return k > floor or tok.ent_type_ in _SPEAKER_ENTITY_LABELS

        i = end
        while i >= floor and not name_word(i):
            if doc[i].text in ("»", "”") or (doc[i].text == '"' and i < end):
                # a title in marks names a work («Norges interne koloni?»), not who speaks
                opening = "«" if doc[i].text == "»" else "“" if doc[i].text == "”" else '"'
                i = next((j for j in range(i - 1, floor - 1, -1) if doc[j].text == opening), floor) - 1
                continue
            if is_subject_pronoun(doc[i]) and doc[i].lower_ in ("han", "hun", "de"):
                return (i, i + 1)  # "… et foredrag der han så urovekkende paralleller:"
            i -= 1
        if i < floor:
            return None
        last = i + 1
        while i - 1 >= floor and name_word(i - 1):
            i -= 1
        if last < len(doc) and doc[last - 1].text.endswith("s") and _speech_noun(_owned(doc, last).text):
            return (i, last)  # "Lincolns berømte ord:": whose words they are (coreference drops the s)
        if any(is_finite_verb(doc[v]) for v in range(floor + 1, i)) and not any(
            t.ent_type_ == "PER" for t in doc[i:last]
        ):
            # "Økland senket Viking: – Den beste følelsen …": a team or body after the verb is its
            # object; the person who opens the headline speaks
            opening = self._opening_subject(floor, i)
            if opening is not None and any(t.ent_type_ == "PER" for t in doc[opening[0] : opening[1]]):
                return opening
        k = i - 1
        while k >= floor and doc[k].is_lower and doc[k].pos_ == "NOUN" and i - k <= 2:
            k -= 1  # "i avisen Dagsposten": past the common noun to what governs it
        if k >= floor and (doc[k].pos_ == "ADP" or doc[k].lower_ in _PREPOSITIONS):
            # "… sto fram i avisen Dagsposten:": where it was said, not who said it
            return self._opening_subject(floor, i) or (i, last)
        return (i, last)

    def _opening_subject(self, floor: int, end: int) -> tuple[int, int] | None:
        """The subject phrase that opens the clause before a colon ("En toppspiller sto fram …:")."""
        doc = self.doc
        verb = next((k for k in range(floor + 1, end) if is_finite_verb(doc[k])), None)
        if verb is None:
            return self.headline_about(floor, end)
        apposed = self.apposed_name_before(verb, floor)
        if apposed is not None:
            return apposed  # "Frps talsperson, Rune Kvist, var tydeligere i debatten om …: – …"
        subject = phrase_before(doc, verb, floor)
        if subject is None or subject[0] != floor or not is_subject_like(doc, subject):
            return None
        if doc[subject[0]].lower_ in words("pronoun_subject") or doc[subject[0]].lower_ in ("det", "dette"):
            return None  # a pronoun is for coreference to resolve from the mention it points to
        return subject

    def name_alone_before_colon(self, pos: int) -> tuple[int, int] | None:
        """ "Forbrukerrådet: – Hver tredje rabatt var falsk": a name and nothing else before the colon
        (a headline's form) is who speaks."""
        doc = self.doc
        colon = doc_text(doc).rfind(":", 0, pos)
        if colon < 0:
            return None
        floor = self.sentence_start_token(colon)
        end = self.token(colon)
        words_ = doc[floor:end]
        if not 1 <= len(words_) <= 4 or not all(t.text[:1].isupper() and t.is_alpha for t in words_):
            return None
        if any(t.ent_type_ in _PLACE_ENTITY_LABELS for t in words_) or doc[floor].lower_ in pronouns():
            return None
        # a name or a body ("Politiet"), not a topic that heads a feature's paragraph ("Kjærligheten:")
        named = any(t.ent_type_ in _SPEAKER_ENTITY_LABELS for t in words_)
        body = len(words_) == 1 and words_[0].lower_.endswith(body_word_endings())
        return (floor, end) if named or body else None

    def headline_about(self, floor: int, end: int) -> tuple[int, int] | None:
        """ "Politiet om dødsfallet i Fyllingsdalen: – …": a clause with no verb that names somebody and
        then, after "om", what they speak about; the phrase before "om" is who speaks."""
        doc = self.doc
        about = next((k for k in range(floor + 1, min(end, floor + 5)) if doc[k].lower_ == "om"), None)
        if about is None or any(is_finite_verb(t) for t in doc[floor:end]):
            return None
        phrase = doc[floor:about]
        if not all(t.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "") or is_proper(t) for t in phrase):
            return None
        if doc[floor].lower_ in words("pronoun_subject") or doc[about - 1].ent_type_ in _PLACE_ENTITY_LABELS:
            return None
        return (floor, about)

    def addressee_after(self, mention: tuple[int, int], limit: int) -> str | None:
        doc = self.doc
        k = mention[1]
        if k < len(doc) and doc[k].lower_ == "til":
            phrase = phrase_after(doc, k + 1, limit)
            if phrase:
                return doc[phrase[0] : phrase[1]].text
        return None


def _before_brackets(doc: Doc, end: int, floor: int) -> int:
    """Where a phrase ending at token ``end`` ends before one word in brackets ("Per Olav Rysstad
    (Frp)": the party), if what is left still starts at ``floor`` or later."""
    if end - 3 >= floor and doc[end - 1].text == ")" and doc[end - 3].text == "(":
        return end - 3
    return end


def _owned(doc: Doc, k: int) -> Token:
    """The noun a genitive owns, past its adjectives ("Lincolns berømte ord" → "ord")."""
    while k + 1 < len(doc) and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k += 1
    return doc[k]


def _speech_noun(word: str) -> bool:
    """A noun for somebody's words or writing ("ord", "uttalelse", "brev"): its owner said them."""
    return word.lower() in words("speech_noun") or document_noun(word) is not None


def trim_mention(doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """Drop what a speaker phrase cannot end or start with: "Hansen tirsdag", "… som", a comma."""
    start, end = span
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (doc[end - 1].lower_ in words("phrase_end") and not doc[end - 1].text[:1].isupper())
        or (doc[end - 1].lower_ in words("reflexive") and end - 1 > start)  # "Per seg" of "kaller Per seg"
        or (doc[end - 1].lower_ == "det" and end - 1 > start)  # "ekspertene det" of "kaller ekspertene det"
        or doc[end - 1].lower_ == "og"
    ):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    aside = next(
        (
            k
            for k in range(start + 1, end - 2)
            if "_".join(t.lower_ for t in doc[k : k + 3]) in words("for_its_part")
        ),
        None,
    )
    end = aside if aside is not None else end  # "Faren på sin side": the father
    # "Analytiker Jonas Fredheim i Solheim & Berge": a person's name ends the phrase that names him
    preps = words("attach_prep")
    # (not after a common noun opening the phrase that the tagger took for a name: "Statsforvalteren i
    # Vestland", "Beboerne i Skarvdalen")
    common_head = doc[start].pos_ == "NOUN" or role_of(doc[start].text) is not None
    cuts = (
        k
        for k in range(start + 1, end)
        if doc[k].lower_ in preps and doc[k - 1].ent_type_ == "PER" and not (k - 1 == start and common_head)
    )
    cut = next(cuts, end)
    return (start, cut) if cut > start else None


def attach_sources(doc: Doc, quotations: list[Quotation]) -> None:
    """Fill ``speaker_mention``, its offsets and the addressee of each quotation in place."""
    sources = _Sources(doc)
    for q in quotations:
        mention = sources.mention_for(q)
        if mention is not None:
            mention = trim_mention(doc, mention)
        if mention is None:
            continue
        span = doc[mention[0] : mention[1]]
        if q.method.startswith("kalle.") and q.start <= span.start_char < q.end:
            continue  # "beskriver Rehman som «…»": the one labelled is not who gives the label
        if q.method.startswith("kalle.") and span.start_char < q.start < span.end_char:
            # "kaller kritiker Eva Lund boka «…»": the speaker's phrase ends where the labelled begins
            cut = trim_mention(doc, (span.start, sources.token(q.start)))
            if cut is None:
                continue
            span = doc[cut[0] : cut[1]]
        q.speaker_mention = span.text
        q.speaker_start = span.start_char
        q.speaker_end = span.end_char
        if q.cue_start is not None:
            q.addressee = sources.addressee_after(mention, sources.sentence_end(q.cue_start))


@Language.factory("sitat_source", assigns=["doc._.quotations"], requires=["doc._.quotations"])
def make_source_finder(nlp: Language, name: str) -> SourceFinder:
    return SourceFinder()


class SourceFinder(StatelessComponent):
    """spaCy component: the speaker mention (and addressee) of every quotation in ``doc._.quotations``."""

    def __call__(self, doc: Doc) -> Doc:
        attach_sources(doc, doc._.quotations or [])
        return doc


register_extensions()
