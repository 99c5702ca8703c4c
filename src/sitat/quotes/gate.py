"""Which text needs the full language model: only sentences that can hold or attribute a quotation.

A sentence with no cue word, no quotation mark, no dash and no colon cannot be a quotation or
introduce one; it still needs its names (for the coreference of later quotations), so it gets the
entity tagger only. This is what keeps extraction fast: the parser and tagger run on about half the
text of a news article.
"""

from __future__ import annotations

import re
from functools import cache

from sitat.lexicons import cue_phrases, cue_verbs

#: Sentence ends: a terminal mark (and closing marks) before space and a capital, a dash or an
#: opening mark; or a paragraph break. Every stage cuts sentences here, the parser's guesses aside.
SENTENCE_END = re.compile(
    r"(?<=[.!?…])(?<!\b[A-ZÆØÅ]\.)(?<!\b[Dd]r\.)(?<!\bSt\.)(?<!\bca\.)(?<!\bnr\.)(?<!\bkl\.)(?<!\bbl\.a\.)"
    r"[»\"”)]?[ \t]+(?=[A-ZÆØÅ«\"“–—-])"
    r"|\n\s*\n\s*"
)
_TYPOGRAPHY = re.compile(r"[«»\"“”„:]|(?:^|\s)[-–—_](?:\s|$)")
_WORD = re.compile(r"\w+")


@cache
def _cue_words() -> frozenset[str]:
    """Every surface form of a cue verb, of any kind (manner verbs attribute dash quotations too)."""
    return frozenset(cue_verbs())


@cache
def _cue_phrases() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(" ".join(p)) for p in cue_phrases()) + r")\b")


def needs_parse(sentence: str) -> bool:
    """Whether a sentence may hold, open or attribute a quotation."""
    if _TYPOGRAPHY.search(sentence):
        return True
    cues = _cue_words()
    if any(w.lower() in cues for w in _WORD.findall(sentence)):
        return True
    return bool(_cue_phrases().search(sentence.lower()))


def gated_chunks(text: str) -> list[tuple[str, bool]]:
    """The text cut into runs of sentences that need the parse or not; joined, they are the text."""
    chunks: list[tuple[str, bool]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        _append(chunks, text[start : m.end()])
        start = m.end()
    if start < len(text):
        _append(chunks, text[start:])
    return chunks


def _append(chunks: list[tuple[str, bool]], sentence: str) -> None:
    need = needs_parse(sentence)
    if chunks and chunks[-1][1] == need:
        chunks[-1] = (chunks[-1][0] + sentence, need)
    else:
        chunks.append((sentence, need))
