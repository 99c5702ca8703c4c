"""Sentence boundaries that typography makes certain: paragraph breaks and dash openers.

Runs before the parser, which keeps boundaries that are already set: a sentence never runs across a
blank line, and a dash that opens a quotation in the middle of a paragraph (``… i går. – Vi …``)
starts a new sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_DASHES = {"-", "–", "—"}
_ENDS = {".", "!", "?", "…", ":", "»", '"', "”"}


def mark_boundaries(doc: Doc) -> Doc:
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if tok.is_space:
            continue
        if (
            "\n" in prev.text_with_ws
            or (prev.is_space and "\n" in prev.text)
            or (tok.text in _DASHES and prev.text in _ENDS and i + 1 < len(doc) and not doc[i + 1].is_space)
        ):
            tok.is_sent_start = True
    return doc


@Language.factory("sitat_paragraphs", requires=["token.text"], assigns=["token.is_sent_start"])
def make_paragraph_boundaries(nlp: Language, name: str) -> ParagraphBoundaries:
    return ParagraphBoundaries()


class ParagraphBoundaries:
    """spaCy component: sentence starts at paragraph breaks and at mid-paragraph dash openers."""

    def __call__(self, doc: Doc) -> Doc:
        return mark_boundaries(doc)

    def to_disk(self, path, exclude=()) -> None:
        pass

    def from_disk(self, path, exclude=()) -> ParagraphBoundaries:
        return self
