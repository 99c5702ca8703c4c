"""sitat's tokenizer for Bokmål news text, registered so the shipped model's config can name it.

It starts from spaCy's Norwegian rules and tunes them to the Norwegian Dependency Treebank the model
is trained on, so that running text is cut the way the training data was: abbreviations from
``lexicons/tokenizer_exceptions.txt`` stay whole (``bl.a.``, ``ca.``, ``Fr.p.``), a year closing a
sentence loses its full stop (``i 2004.`` → ``2004`` ``.``) while a date's ordinal keeps it
(``17. mai``), scores and ranges stay whole (``5-5``), decimals too (``62,8``), and a dash opening a
paragraph (``–``, ``—`` or ``-``) is a token of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from spacy.lang.nb import Norwegian
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

TOKENIZER_NAME = "sitat.news_tokenizer.v1"

# a full stop after three or more digits ends a sentence (a year, an amount); after one or two
# digits it makes an ordinal (`17. mai`) and stays
_EXTRA_SUFFIXES = [r"(?<=[0-9]{3})\."]
# dashes that open a paragraph in news text, before a word written without the space
_EXTRA_PREFIXES = ["-(?=[A-ZÆØÅ«])"]


@lru_cache(maxsize=1)
def abbreviations() -> tuple[str, ...]:
    """The abbreviations of ``tokenizer_exceptions.txt`` with their title-cased forms."""
    text = resources.files("sitat.lexicons").joinpath("tokenizer_exceptions.txt").read_text("utf-8")
    forms: list[str] = []
    for line in text.splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        forms.append(entry)
        if entry[0].islower():
            forms.append(entry[0].upper() + entry[1:])
    return tuple(dict.fromkeys(forms))


def build_tokenizer(nlp: Language) -> Tokenizer:
    """A tokenizer over ``nlp.vocab`` with spaCy's Norwegian rules plus sitat's news rules."""
    defaults = Norwegian.Defaults
    rules = dict(defaults.tokenizer_exceptions)
    for form in abbreviations():
        rules[form] = [{ORTH: form}]
    prefixes = list(defaults.prefixes or []) + _EXTRA_PREFIXES
    suffixes = list(defaults.suffixes or []) + _EXTRA_SUFFIXES
    infixes = list(defaults.infixes or [])
    return Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@registry.tokenizers(TOKENIZER_NAME)
def create_news_tokenizer() -> Callable[[Language], Tokenizer]:
    """The factory a spaCy config names as ``@tokenizers = "sitat.news_tokenizer.v1"``."""
    return build_tokenizer


def blank() -> Language:
    """A blank Bokmål pipeline with sitat's tokenizer, for training and for tests."""
    import spacy

    return spacy.blank("nb", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})


# the shipped model's config also names sitat's own components; importing this module (which
# sitat.nlp.load_model does before loading) registers them all
import sitat.nlp.entities  # noqa: E402
import sitat.nlp.sentences  # noqa: E402, F401
