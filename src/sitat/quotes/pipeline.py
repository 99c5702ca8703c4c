"""sitat's quotation components and the Doc extensions they share, registered once.

The components run in this order after the language model, each with one job:

    sitat_cues     find cue words and phrases (lexicon)          → doc._.cues
    sitat_content  find quotation spans and their cues            → doc._.quotations
    sitat_source   find the speaker mention of each quotation     (fills speaker_mention/offsets)
    sitat_coref    resolve mentions to one canonical speaker      (fills speaker)
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

QUOTATION_PIPES = ("sitat_cues", "sitat_content", "sitat_source", "sitat_coref")


class StatelessComponent:
    """Base of sitat's rule components: their rules and lexicons ship with the package, so there is
    nothing to save with a pipeline and nothing to load back."""

    def to_disk(self, path, exclude=()) -> None:
        pass

    def from_disk(self, path, exclude=()):
        return self


def register_extensions() -> None:
    """Doc extensions the quotation components write; safe to call more than once."""
    for name in ("cues", "quotations", "marked_spans", "dash_segments", "paragraphs"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def add_quotation_components(nlp: Language) -> Language:
    """Append sitat's quotation components to a pipeline (once)."""
    # importing the modules registers the factories
    from sitat.nlp.sentences import FACTORY as PARAGRAPH_BREAKS
    from sitat.quotes import content, coref, cues, source  # noqa: F401

    register_extensions()
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        # a pipeline trained elsewhere: the parser must keep paragraph breaks as sentence ends too
        before = next((p for p in ("parser", "senter", "sentencizer") if p in nlp.pipe_names), None)
        if before:
            nlp.add_pipe(PARAGRAPH_BREAKS, before=before)
        else:
            nlp.add_pipe(PARAGRAPH_BREAKS)
    for name in QUOTATION_PIPES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


register_extensions()
