"""A paragraph break always ends a sentence: a rule the parser then keeps.

Headlines, bylines and captions carry no final full stop, and the treebank the model learnt from
marks their end with a token (``|``) that real text does not have. In an article a paragraph break
separates them from what follows, so this component, placed before the parser, marks the first
token after a line break as a sentence start; spaCy's parser respects boundaries set beforehand.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "sitat_paragraph_breaks"


_DASHES = {"-", "–", "—"}
_ENDS = {".", "!", "?", "…", ":", "»", '"', "”"}


def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first word after any whitespace that holds a line break, and on a
    dash that opens a quotation after a sentence end inside a paragraph (``… i går. – Vi …``), where
    an archive lost the line breaks."""
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        elif (
            token.text in _DASHES
            and token.i > 0
            and doc[token.i - 1].text in _ENDS
            and token.i + 1 < len(doc)
            and not doc[token.i + 1].is_space
        ):
            token.is_sent_start = True
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            after_break = True
    return doc


@Language.factory(FACTORY)
def create_paragraph_breaks(nlp: Language, name: str):
    """The factory the shipped model's config names (``factory = "sitat_paragraph_breaks"``)."""
    return mark_paragraph_breaks
