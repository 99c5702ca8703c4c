"""Typography: dash segments and quotation-mark pairs found from characters alone."""

from __future__ import annotations

import pytest

from sitat.quotes.marks import dash_segments, marked_spans, paragraph_spans


def segments(text: str) -> list[str]:
    return [text[s.start : s.end] for s in dash_segments(text, paragraph_spans(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("– Vi kommer, sier hun.", ["Vi kommer, sier hun."]),
        ("—Vi kommer.", ["Vi kommer."]),
        ("Det regnet i går. - Vi er glade, sier hun.", ["Vi er glade, sier hun."]),
        ("De var ikke venner._ Vi jobbet sammen, sier hun.", ["Vi jobbet sammen, sier hun."]),
        ("Planen - en mindretallsregjering - er ny.", []),
        ("-5 grader i natt.", []),
        ("Han sa: – Nå går vi.", ["Nå går vi."]),
        ("Det regnet i går. - «Vi er glade», sier hun.", ["«Vi er glade», sier hun."]),
        # inside a paragraph a dash opens a quotation only before what can open a sentence
        ("Du kan bruke «Spill 2» - og omvendt.", []),
        ("Billetten koster 200 kr. - 400 kr. for voksne.", []),
    ],
)
def test_dash_segments(text, expected):
    assert segments(text) == expected


def test_paragraphs_split_on_blank_lines_only():
    text = "Første avsnitt.\nSamme avsnitt.\n\n\nAndre avsnitt."
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == ["Første avsnitt.\nSamme avsnitt.", "Andre avsnitt."]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Han sa «vi kommer» i går.", ["vi kommer"]),
        ('Hun sa "ja takk" og gikk.', ["ja takk"]),
        ("Boka «Kongens «store» dag» kom ut.", ["Kongens «store» dag", "store"]),
        ("«Uavsluttet sitat uten slutt.", []),
        ("«Ett avsnitt\n\nmed brudd»", []),
    ],
)
def test_marked_spans(text, inside):
    assert [text[m.start : m.end] for m in marked_spans(text)] == inside
