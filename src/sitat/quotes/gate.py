"""Which text needs the full language model: only sentences that can hold or attribute a quotation.

A sentence with no cue word, no quotation mark, no dash and no colon cannot be a quotation or
introduce one; it still needs its names (for the coreference of later quotations), so it gets the
entity tagger only. A sentence that cannot even hold a name (no capital but its common opening word:
"Det var kaldt i går.") needs only the tokenizer. This is what keeps extraction fast: the parser and
tagger run on about half the text of a news article, the entity tagger on about four fifths.
"""

from __future__ import annotations

import re
from functools import cache

from sitat.lexicons import cue_phrases, cue_verbs, function_words

#: what a run of sentences needs: the whole model, the entity tagger only, or only the tokenizer
PARSE, NAMES, TOKENS = "parse", "names", "tokens"

#: Sentence ends: a terminal mark (and closing marks) before space and a capital, a dash or an
#: opening mark; or a paragraph break. Every stage cuts sentences here, the parser's guesses aside.
SENTENCE_END = re.compile(
    r"(?<=[.!?…])(?<!\b[A-ZÆØÅ]\.)(?<!\b[Dd]r\.)(?<!\bSt\.)(?<!\bca\.)(?<!\bnr\.)(?<!\bkl\.)(?<!\bbl\.a\.)(?<!\bChr\.)(?<!\bprof\.)(?<!\bdir\.)"
    r"[»\"”)]?[ \t]+(?=[A-ZÆØÅ«\"“–—-]|\d{1,3}-åring)"
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


def may_name(sentence: str) -> bool:
    """Whether a sentence can hold a name: a capitalised word after its first, or a first word that is
    not one of the common words that open sentences ("Det", "Han", "Men")."""
    words = _WORD.findall(sentence)
    if not words:
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return True
    return words[0][:1].isupper() and words[0].lower() not in function_words()["sentence_opener"]


def needs(sentence: str) -> str:
    """What of the model a sentence needs: ``PARSE``, ``NAMES`` or ``TOKENS``."""
    if needs_parse(sentence):
        return PARSE
    return NAMES if may_name(sentence) else TOKENS


def gated_chunks(text: str) -> list[tuple[str, str]]:
    """The text cut into runs of sentences by what they need (``needs``); joined, they are the text."""
    chunks: list[tuple[str, str]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        _append(chunks, text[start : m.end()])
        start = m.end()
    if start < len(text):
        _append(chunks, text[start:])
    return chunks


def _append(chunks: list[tuple[str, str]], sentence: str) -> None:
    need = needs(sentence)
    if chunks and chunks[-1][1] == need:
        chunks[-1] = (chunks[-1][0] + sentence, need)
    else:
        chunks.append((sentence, need))
