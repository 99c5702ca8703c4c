"""The scorer follows the quotation spec: half-overlap matching, one-to-one, ignorable gold records."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sitat.evaluation.score import match_spans, normalise_name, score, score_files, speaker_is_right

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score_quotes.py"


def q(start, end, speaker="Kari Nordmann", kind="direct", **flags):
    return {"start": start, "end": end, "type": kind, "speaker": speaker, **flags}


@pytest.mark.parametrize(
    ("pred", "gold", "right"),
    [
        ("Jens Stoltenberg", {"speaker": "Jens Stoltenberg"}, True),
        ("Stoltenberg", {"speaker": "Jens Stoltenberg"}, True),
        ("jens stoltenberg.", {"speaker": "Jens Stoltenberg"}, True),
        ("Thorvald Stoltenberg", {"speaker": "Jens Stoltenberg"}, False),
        ("han", {"speaker": "Jens Stoltenberg"}, False),
        (
            "generalsekretæren",
            {"speaker": "Jens Stoltenberg", "speaker_aliases": ["generalsekretæren"]},
            True,
        ),
        ("Treider", {"speaker": "Solfrid Steinnes og Siw Treider"}, True),
        (None, {"speaker": "Jens Stoltenberg"}, False),
    ],
)
def test_speaker_rule(pred, gold, right):
    assert speaker_is_right(pred, gold) is right


def test_normalise_name_folds_case_and_punctuation():
    assert normalise_name("  Jens  STOLTENBERG! ") == "jens stoltenberg"


def test_match_needs_half_of_each_span_and_is_one_to_one():
    gold = [q(0, 100), q(200, 210)]
    pred = [q(10, 100), q(0, 40), q(195, 260)]
    # (0,40) covers less than half of gold (0,100); (195,260) is more than twice gold (200,210)
    assert match_spans(gold, pred) == [(0, 0)]


def test_figures_count_who_said_what_and_ignore_optional_and_reporter():
    gold = {
        "a": [
            q(0, 50),
            q(60, 90, speaker="Per Hansen", kind="indirect"),
            q(100, 120, optional=True),
            q(130, 150, speaker=None, reporter=True),
        ]
    }
    pred = {"a": [q(0, 50), q(60, 90, speaker="Kari Nordmann"), q(100, 120), q(130, 150), q(300, 320)]}
    figures = score(gold, pred).figures
    assert figures["quotes"]["gold"] == 2
    assert figures["quotes"]["pred"] == 3  # the optional and reporter matches are neither right nor wrong
    assert figures["quotes"]["tp"] == 2
    assert figures["who_said_what"]["tp"] == 1
    assert figures["attribution_accuracy"] == 0.5
    assert figures["recall_by_type"] == {"direct": 1.0, "indirect": 1.0}


def _write(path: Path, docs: dict) -> Path:
    path.write_text(
        "\n".join(json.dumps({"id": k, "quotes": v}) for k, v in docs.items()) + "\n", encoding="utf-8"
    )
    return path


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference scorer in ../shared is not here")
def test_same_figures_as_the_reference_scorer(tmp_path):
    gold = {
        "a": [q(0, 50), q(60, 90, kind="indirect"), q(95, 99, nested=True)],
        "b": [q(0, 10, speaker="NATO")],
    }
    pred = {"a": [q(5, 50, speaker="Nordmann"), q(62, 91, speaker="han"), q(95, 99)], "c": [q(0, 5)]}
    g, p = _write(tmp_path / "g.jsonl", gold), _write(tmp_path / "p.jsonl", pred)
    ours = score_files(g, p).figures
    ref = json.loads(
        subprocess.run(
            [sys.executable, str(REFERENCE), str(g), str(p), "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert ours == ref
