"""``sitat extract`` and ``sitat eval`` as a user runs them: files, stdin, formats, bad input."""

from __future__ import annotations

import io
import json
import sys

import pytest

from sitat.cli.main import main

ARTICLE = (
    "date 2026-11-20 – Vi er klare, sier Kari Nordmann til NTB.\n\n– Det blir en lang vinter, sier hun.\n"
)


class _Result:
    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout.encode(), stderr.encode()


@pytest.fixture
def run(capsys, monkeypatch):
    """Run ``sitat ARGS`` in this process (the model loads once for all tests)."""

    def _run(*args: str, stdin: bytes | None = None) -> _Result:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = main(list(args))
        captured = capsys.readouterr()
        return _Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "vinter.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.usefixtures("nlp")
def test_extract_writes_the_spec_shape_with_offsets_into_the_text(run, article_file):
    out = run("extract", "--with-text", str(article_file))
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert record["id"] == "vinter"
    assert record["date"] == "2026-11-20"
    assert record["text"].startswith("– Vi er klare")
    quotes = record["quotes"]
    assert {q["speaker"] for q in quotes} == {"Kari Nordmann"}
    for quote in quotes:
        assert {"start", "end", "type", "speaker", "speaker_mention", "cue", "confidence", "method"} <= set(
            quote
        )
        assert record["text"][quote["start"] : quote["end"]] == quote["text"]


@pytest.mark.usefixtures("nlp")
def test_extract_table_and_stdin(run, article_file):
    out = run("extract", "--format", "table", "-", stdin=article_file.read_bytes())
    assert out.returncode == 0, out.stderr
    table = out.stdout.decode()
    assert "Kari Nordmann" in table and "SPEAKER" in table


@pytest.mark.usefixtures("nlp")
def test_one_broken_line_is_reported_and_the_rest_processed(run, tmp_path):
    good = {"id": "a1", "text": "– Vi vant, sier Ola Dahl."}
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "a2"}) + "\n", encoding="utf-8"
    )
    out = run("extract", str(path))
    assert out.returncode == 1
    assert [json.loads(line)["id"] for line in out.stdout.decode().splitlines()] == ["a1", "a2"]
    assert f"{path}:2" in out.stderr.decode()
    assert b"Traceback" not in out.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"Hei p\xe5 deg \xff\xfe", ""),
    ],
)
def test_bad_input_gives_a_message_not_a_traceback(run, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out = run("extract", str(path))
    err = out.stderr.decode()
    assert b"Traceback" not in out.stderr
    if message:
        assert out.returncode == 1 and str(path) in err and message in err


def test_missing_file_is_reported(run):
    out = run("extract", "/no/such/article.txt")
    assert out.returncode == 1
    assert "no such file" in out.stderr.decode()


def test_eval_prints_the_headline_figures(run, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "a", "quotes": [{"start": 0, "end": 10, "type": "direct", "speaker": "Ola"}]})
    )
    out = run("eval", str(gold), str(gold), "--json")
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert figures["who_said_what"]["f1"] == 1.0


def test_help_teaches_with_examples(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "--format" in out


def test_ten_megabyte_article_is_refused_with_a_clear_message(run, tmp_path):
    path = tmp_path / "stor.txt"
    path.write_text("– Dette er et langt sitat, sier Kari Nordmann.\n\n" * 220_000, encoding="utf-8")
    assert path.stat().st_size > 10_000_000
    out = run("extract", str(path))
    assert out.returncode == 1
    err = out.stderr.decode()
    assert "stor.txt" in err and "limit" in err and "Traceback" not in err


def test_an_article_the_rules_fail_on_is_written_marked_and_reported(run, tmp_path, rules_fail_on_boom):
    src = tmp_path / "to.jsonl"
    src.write_text(
        json.dumps({"id": "bra", "text": "– Vi er klare, sier Kari Nordmann."}) + "\n"
        + json.dumps({"id": "feil", "text": "BOOM. – Dette går galt, sier Ola Hansen."}) + "\n",
        encoding="utf-8",
    )
    result = run("extract", str(src))
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == ["bra", "feil"]
    assert "error" in records[1] and "error" not in records[0]
    err = result.stderr.decode()
    assert result.returncode == 1 and "article feil" in err and "Traceback" not in err
