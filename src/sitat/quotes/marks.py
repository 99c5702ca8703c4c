"""Typography of quotation in Norwegian news: dash paragraphs and quotation marks.

These need only characters, no parse: a paragraph opening with a dash is a direct quotation, a dash
after a sentence end opens one in the middle of a paragraph where an archive lost the line breaks,
and «», "", “” (and '') enclose verbatim words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DASHES = "-–—_"
OPENING_MARKS = {"«": "»", "“": "”", "„": "“", '"': '"', "''": "''"}
SENTENCE_END = ".!?…:"

# a dash opening a paragraph: "– Vi …", "-Vi …" (archives drop the space), "_ Vi …"
_PARAGRAPH_DASH = re.compile(r"[-–—_]\s*(?=\S)")
# a dash after a sentence end (or a colon, or a closing mark) inside a paragraph; some archives
# replaced the dash with "_", glued to the full stop ("… i går._ Vi …"). What follows opens a
# sentence: a capital, a quotation mark or an ellipsis — not "«Spill 2» - og omvendt" or a range of
# prices "200 kr. - 400 kr."
_INNER_DASH = re.compile(r"(?<=[.!?…:»\"”])(?:\s+[-–—]|\s*_)\s+(?=[A-ZÆØÅÄÖÜÉÈÁÀÓÍÚÑ«\"“]|\.\.\.|…)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True, slots=True)
class DashSegment:
    """One dash-opened stretch of a paragraph: the dash at ``dash``, the words from ``start`` to ``end``."""

    dash: int
    start: int
    end: int
    paragraph: int  # index of the paragraph
    first_in_paragraph: bool  # opens the paragraph (rather than following narration in it)


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """Words between an opening and its closing quotation mark (marks excluded)."""

    open: int  # offset of the opening mark
    start: int
    end: int
    close: int  # offset just after the closing mark


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; paragraphs are separated by blank lines."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def dash_segments(text: str, paragraphs: list[tuple[int, int]]) -> list[DashSegment]:
    """Every dash-opened stretch of text, paragraph by paragraph."""
    segments: list[DashSegment] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        openers: list[tuple[int, int, bool]] = []  # (dash offset, words start, first in paragraph)
        lead = text[p_start:p_end]
        m = _PARAGRAPH_DASH.match(lead)
        # a lone hyphen glued to a word ("-Vi") counts, but not a negative number or a list of hyphens
        if m and not (lead[0] == "-" and m.end() == 1 and lead[1:2].isdigit()):
            openers.append((p_start, p_start + m.end(), True))
        for inner in _INNER_DASH.finditer(text, p_start, p_end):
            dash_at = inner.start() + len(inner.group()) - len(inner.group().lstrip())
            openers.append((dash_at, inner.end(), False))
        openers.sort()
        for k, (dash_at, words_at, first) in enumerate(openers):
            stop = openers[k + 1][0] if k + 1 < len(openers) else p_end
            start, end = _strip_span(text, words_at, stop)
            if end > start:
                segments.append(DashSegment(dash_at, start, end, index, first))
    return segments


def marked_spans(text: str, start: int = 0, end: int | None = None) -> list[MarkedSpan]:
    """Quotation-mark pairs in ``text[start:end]``, outermost first; nested «» pairs are kept too.

    Straight double quotes pair up in order of appearance; an unclosed mark is ignored.
    """
    end = len(text) if end is None else end
    spans: list[MarkedSpan] = []
    stack: list[tuple[str, int]] = []
    straight_open: int | None = None
    i = start
    while i < end:
        ch = text[i]
        if ch in "«“„" and not (ch == "“" and stack and stack[-1][0] == "„"):
            stack.append((ch, i))
        elif ch in "»”" or (ch == "“" and stack and stack[-1][0] == "„"):
            want = {"»": "«", "”": "“", "“": "„"}[ch]
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == want:
                    opener = stack[depth][1]
                    del stack[depth:]
                    s, e = _strip_span(text, opener + 1, i)
                    if e > s:
                        spans.append(MarkedSpan(opener, s, e, i + 1))
                    break
        elif ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                s, e = _strip_span(text, straight_open + 1, i)
                if e > s:
                    spans.append(MarkedSpan(straight_open, s, e, i + 1))
                straight_open = None
        elif ch == "\n" and text.startswith("\n", i + 1):
            # quotation marks do not run across paragraphs: forget what is open
            stack.clear()
            straight_open = None
        i += 1
    spans.sort(key=lambda m: (m.open, -m.close))
    return spans
