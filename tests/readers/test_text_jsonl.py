"""Plain text and JSON Lines, as issue 2 describes them."""

from __future__ import annotations

import json

import pytest

from sitat.errors import InputError
from sitat.readers import read_bytes, read_paths
from sitat.records import Article

BODY = "– Vi er klare, sier forsvarsminister Kari Nordmann til NTB.\n\nHun påpeker at øvelsen starter i juni."


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        ("date 2016-11\n" + BODY, "2016-11"),
        ("date 2016-11-21\n\n" + BODY, "2016-11-21"),
        ("  \n date 2016-11-21 " + BODY, "2016-11-21"),
        ("date 2016-11-21\r\n" + BODY.replace("\n", "\r\n"), "2016-11-21"),
        (BODY, None),
    ],
)
def test_plain_text_date_header(tmp_path, raw, date):
    path = tmp_path / "ntb-forsvar.txt"
    path.write_text(raw, encoding="utf-8")
    article = only(read_paths([str(path)]))
    assert isinstance(article, Article)
    assert article.id == "ntb-forsvar"
    assert article.date == date
    assert article.text == BODY
    assert len(article.paragraphs) == 2


def test_date_word_inside_text_is_not_a_header():
    article = only(read_bytes(b"Om date 2016-11 vet vi lite.", "a.txt"))
    assert article.date is None
    assert article.text.startswith("Om date")


def test_jsonl_broken_line_reported_with_number_and_rest_read(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": BODY, "source": "NTB", "date": "2020-01-02"}),
        "{ikke json",
        json.dumps({"id": "a3", "text": "– Nei, sier han."}),
        json.dumps({"text": "mangler id"}),
        json.dumps(["en", "liste"]),
    ]
    path = tmp_path / "artikler.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([str(path)]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "InputError", "Article", "InputError", "InputError"]
    assert items[0].source == "NTB" and items[0].date == "2020-01-02"
    assert [e.line for e in items if isinstance(e, InputError)] == [2, 4, 5]
    assert all(e.origin == str(path) for e in items if isinstance(e, InputError))


@pytest.mark.parametrize("content", [b"", b"   \n\t \n", b"\xef\xbb\xbf  \n", b"date 2016-11-21\n   \n"])
def test_empty_files_are_refused_clearly(tmp_path, content):
    path = tmp_path / "tom.txt"
    path.write_bytes(content)
    error = only(read_paths([str(path)]))
    assert isinstance(error, InputError)
    assert error.origin == str(path)
    assert "empty" in error.reason


def test_jsonl_line_with_invalid_utf8_is_reported_and_the_others_read():
    good = json.dumps({"id": "a", "text": "– Blåbær, sier hun."}, ensure_ascii=False).encode()
    bad = '{"id": "b", "text": "rødgrøt"}'.encode("latin-1")
    data = b"\n".join([good, bad, good.replace(b'"a"', b'"c"')])
    items = list(read_bytes(data, "blandet.jsonl"))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    error = items[1]
    assert error.line == 2 and error.offset == len(good) + 1 + bad.index(b"\xf8")
    assert "UTF-8" in error.reason
