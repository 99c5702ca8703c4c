"""Marking spans in text: nesting, overlaps, badges and escaping of everything between the marks."""

from __future__ import annotations

import re

import pytest
from markupsafe import Markup

from sitat.web.highlight import Span, mark, paragraphs

TEXT = "– Vi er «klare» nå, sier Kari Nordmann til NTB."


def _at(words: str, kind: str, ref: str | None = None) -> Span:
    start = TEXT.index(words)
    return Span(start, start + len(words), kind, ref)


def test_quote_cue_and_speaker_each_get_their_own_mark():
    html = mark(TEXT, [_at("Vi er «klare» nå", "quote"), _at("sier", "cue"), _at("Kari Nordmann", "speaker")])
    assert html == (
        '– <mark class="hl-quote">Vi er «klare» nå</mark>, <mark class="hl-cue">sier</mark> '
        '<mark class="hl-speaker">Kari Nordmann</mark> til NTB.'
    )


def test_a_span_inside_another_nests_inside_it():
    html = mark(TEXT, [_at("klare", "match"), _at("Vi er «klare» nå", "quote")])
    assert html == (
        '– <mark class="hl-quote">Vi er «</mark><mark class="hl-quote"><mark class="hl-match">klare'
        '</mark></mark><mark class="hl-quote">» nå</mark>, sier Kari Nordmann til NTB.'
    )


def test_overlapping_spans_cover_exactly_their_characters():
    spans = [_at("Vi er «klare»", "quote"), _at("«klare» nå, sier", "cue")]
    html = str(mark(TEXT, spans))
    # remove the tags: the text is unchanged
    assert re.sub(r"<[^>]+>", "", html) == TEXT
    assert html.count('<mark class="hl-cue">') == 2  # split where the quote ends


@pytest.mark.parametrize("nasty", ["<script>alert(1)</script>", '"><img src=x>', "a & b", "<<>>"])
def test_text_between_and_inside_marks_is_escaped(nasty):
    text = f"– {nasty}, sier {nasty}."
    start = text.index(nasty)
    html = str(mark(text, [Span(start, start + len(nasty), "quote", ref='1"x')]))
    assert "<script" not in html and "<img" not in html
    assert 'data-ref="1&#34;x"' in html
    assert html.count("&lt;") == 2 * nasty.count("<")


def test_badges_go_before_their_offset_and_spans_are_clipped_to_paragraphs():
    text = "Første avsnitt.\n\n– Andre avsnitt, sier hun."
    bounds = [(0, 15), (17, len(text))]
    quote_start = text.index("Andre")
    spans = [Span(10, quote_start + 5, "quote")]  # crosses the paragraph break
    badge = Markup('<a class="qnum">1</a>')
    first, second = paragraphs(text, bounds, spans, {quote_start: badge})
    assert first == 'Første avs<mark class="hl-quote">nitt.</mark>'
    assert second.startswith(
        '<mark class="hl-quote">– </mark><a class="qnum">1</a><mark class="hl-quote">Andre'
    )


def test_empty_and_out_of_range_spans_are_ignored():
    assert mark(TEXT, [Span(5, 5, "quote"), Span(500, 600, "cue")]) == TEXT
