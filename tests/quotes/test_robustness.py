"""Whatever text comes in, extraction returns quotations whose offsets point into it — no exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sitat
from sitat.records import Article

# text built from the pieces that drive the rules, so the fuzzing reaches them
PIECES = st.sampled_from(
    [
        "– ",
        "-",
        "—",
        "«",
        "»",
        '"',
        "“",
        "”",
        ":",
        ", ",
        ". ",
        "? ",
        "\n\n",
        "\n",
        " ",
        "sier",
        "sa",
        "at",
        "han",
        "hun",
        "de",
        "Ifølge",
        "ifølge",
        "heter det i",
        "legger til",
        "Kari Nordmann",
        "NATO",
        "generalsekretæren",
        "Det",
        "som",
        "å",
        "(34)",
        "Vi er klare",
        "og",
        "til NTB",
        "kalte",
        "mener",
        "1",
        "\t",
        "…",
        "_",
        "Ø",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=TEXTS)
def test_any_text_gives_well_formed_quotations(nlp, text):
    article = Article(id="fuzz", text=text)
    for q in sitat.extract(article, nlp=nlp):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.type in ("direct", "indirect", "mixed")
        for start, end in ((q.cue_start, q.cue_end), (q.speaker_start, q.speaker_end)):
            if start is not None:
                assert 0 <= start < end <= len(text)
