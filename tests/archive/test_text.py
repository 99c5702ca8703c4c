"""Parsing a user's search text, and marking the words that matched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitat.archive.text import WORD, highlight, parse_query, stem, stems


@pytest.mark.parametrize(
    ("query", "terms", "phrases", "excluded"),
    [
        ("forsvarsutgifter", ["forsvarsutgifter"], [], []),
        ('"to prosent" nato', ["nato"], [["to", "prosent"]], []),
        ("«høyere lønn»", [], [["høyere", "lønn"]], []),
        ("klima -olje", ["klima"], [], ["olje"]),
        ('"NATO" OR 1=1 --', ["nato", "or", "1", "1"], [], []),
        ('skatt "ubalansert sitat', ["skatt"], [["ubalansert", "sitat"]], []),
        ("NEAR(a b)*", ["near", "a", "b"], [], []),
        ('"ett"', ["ett"], [], []),
    ],
)
def test_parse_query(query, terms, phrases, excluded):
    parsed = parse_query(query)
    assert (parsed.terms, parsed.phrases, parsed.excluded) == (terms, phrases, excluded)


@given(st.text(max_size=80))
def test_any_text_gives_an_fts5_expression_of_quoted_word_tokens_only(query):
    expr = parse_query(query).fts5()
    tokens = [t for t in expr.replace(" AND ", " ").replace(" NOT ", " ").split('"') if t.strip()]
    assert all(WORD.fullmatch(word) for token in tokens for word in token.split())


@pytest.mark.parametrize(
    ("a", "b"),
    [("forsvarsutgiftene", "forsvarsutgifter"), ("skolene", "skoler"), ("streiken", "streiker")],
)
def test_inflections_share_a_stem(a, b):
    assert stem(a) == stem(b)
    assert stems(f"Om {a.capitalize()}!") == f"om {stem(a)}"


def test_highlight_marks_every_matching_word_and_nothing_else():
    text = "Forsvarsutgiftene må opp, og forsvarsutgifter er viktige."
    snippet = highlight(text, {stem("forsvarsutgifter")})
    assert [p for p, matched in snippet.parts() if matched] == ["Forsvarsutgiftene", "forsvarsutgifter"]
    assert "".join(p for p, _ in snippet.parts()) == text


def test_a_long_quotation_is_cut_around_the_first_match():
    text = " ".join(["ord"] * 200 + ["skatten"] + ["ord"] * 200)
    snippet = highlight(text, {stem("skatt")}, width=100)
    assert len(snippet.text) <= 102 and snippet.text.startswith("…") and snippet.text.endswith("…")
    assert [p for p, matched in snippet.parts() if matched] == ["skatten"]
