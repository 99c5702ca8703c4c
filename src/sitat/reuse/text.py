"""Normalised words and shingles: what two printings of one quotation still share after editing.

Outlets re-punctuate, change case, swap the dash for quotation marks and trim clauses, so the
comparison works on case-folded word tokens only (letters and digits, æøå included) and on
overlapping word n-grams of them ("shingles"), never on raw characters.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def words(text: str) -> list[str]:
    """Case-folded word tokens; punctuation, dashes and quotation marks are dropped."""
    text = unicodedata.normalize("NFC", text)
    return [w.replace("’", "'") for w in _WORD.findall(text.casefold())]


def shingles(tokens: list[str], size: int) -> set[str]:
    """Overlapping word n-grams; a text shorter than ``size`` words is one shingle of all its words."""
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger: 1.0 when one printing is a trimmed other."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def jaccard(a: set[str], b: set[str]) -> float:
    """Shared shingles over all shingles of the two."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def speaker_key(speaker: str | None) -> tuple[str, ...]:
    """The speaker's name as case-folded words, for comparing names across outlets."""
    return tuple(words(speaker)) if speaker else ()


def same_speaker(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when the names may be one source: equal, or one is the other's trailing words.

    ``Stoltenberg`` and ``Jens Stoltenberg`` agree (the quotation spec's rule); an unknown speaker
    agrees with anyone, since outlets differ in whether they resolved a pronoun.
    """
    if not a or not b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_[len(long_) - len(short) :] == short
