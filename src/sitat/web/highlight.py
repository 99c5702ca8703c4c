"""Mark spans (quotes, cues, speaker mentions, search matches) in text, escaping everything else.

Spans may nest or overlap (a cue inside a mixed quotation, a nested quotation inside another), so
the text is cut at every span boundary and each piece is wrapped in one ``<mark>`` per span that
covers it. Text between the marks is escaped; nothing from the archive reaches the page raw.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch ``text[start:end]`` to mark with a CSS class; ``ref`` ties it to a quotation."""

    start: int
    end: int
    kind: str  # css suffix: quote, cue, speaker, match, current
    ref: str | None = None


def _clip(spans: Iterable[Span], start: int, end: int) -> list[Span]:
    out = []
    for s in spans:
        a, b = max(s.start, start), min(s.end, end)
        if a < b:
            out.append(Span(a, b, s.kind, s.ref))
    return out


def mark(
    text: str,
    spans: Iterable[Span],
    start: int = 0,
    end: int | None = None,
    badges: Mapping[int, Markup] | None = None,
) -> Markup:
    """``text[start:end]`` as HTML with every span wrapped in ``<mark class="hl-KIND">``.

    ``badges`` are ready-made (escaped) bits of markup to put before the character at an offset,
    such as a quotation's number linking to its page.
    """
    end = len(text) if end is None else end
    inside = _clip(spans, start, end)
    badges = {k: v for k, v in (badges or {}).items() if start <= k < end}
    cuts = sorted({start, end, *badges, *(s.start for s in inside), *(s.end for s in inside)})
    pieces: list[str] = []
    for a, b in pairwise(cuts):
        if a in badges:
            pieces.append(badges[a])
        piece: Markup = escape(text[a:b])
        # the outermost (longest) span goes outside, so nesting reads naturally
        covering = sorted(
            (s for s in inside if s.start <= a and s.end >= b), key=lambda s: (s.start - s.end, s.kind)
        )
        for s in reversed(covering):
            if s.ref is not None:
                piece = Markup('<mark class="hl-{k}" data-ref="{r}">{p}</mark>').format(
                    k=s.kind, r=s.ref, p=piece
                )
            else:
                piece = Markup('<mark class="hl-{k}">{p}</mark>').format(k=s.kind, p=piece)
        pieces.append(piece)
    return Markup("").join(pieces)


def paragraphs(
    text: str,
    bounds: Sequence[tuple[int, int]],
    spans: Iterable[Span],
    badges: Mapping[int, Markup] | None = None,
) -> list[Markup]:
    """Each paragraph of an article (``Article.paragraphs``) marked; a span may cross paragraphs."""
    spans = list(spans)
    return [mark(text, spans, a, b, badges) for a, b in bounds]
