"""read_paths over folders, globs, gzip, stdin and URLs; the size limit; one error per bad file."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import sys

import pytest

from sitat.errors import InputError
from sitat.readers import INPUT_FORMATS, read_bytes, read_paths
from sitat.records import Article

STORY = (
    "date 2021-09-13\n– Vi gleder oss til å komme i gang, sier trener Mia Solberg.\n\n"
    "Laget møter Rosenborg søndag."
)


@pytest.fixture
def news_folder(tmp_path, reader_samples):
    """A folder as newsrooms keep them: formats side by side, sub-folders, a gzip file, junk."""
    root = tmp_path / "nyheter"
    (root / "2021" / "09").mkdir(parents=True)
    (root / "2021" / "09" / "trener.txt").write_text(STORY, encoding="utf-8")
    shutil.copy(reader_samples / "ntb-newsitem.xml", root / "2021" / "ferge.xml")
    with gzip.open(root / "arkiv.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "gz-1", "text": "– Ja, sier hun."}) + "\n")
        handle.write(json.dumps({"id": "gz-2", "text": "– Nei, sier han."}) + "\n")
    (root / "bilde.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / "tom.txt").write_text("  \n", encoding="utf-8")
    (root / ".skjult.txt").write_text("skal ikke leses", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    return root


def test_folder_read_recursively_in_order_with_one_error_per_bad_file(news_folder):
    items = list(read_paths([str(news_folder)]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert sorted(a.id for a in articles) == [
        "gz-1",
        "gz-2",
        "trener",
        "urn:newsml:ntb.no:20231012:fergestreik",
    ]
    assert sorted(
        (e.origin.rsplit("/", 1)[-1], "PNG" in e.reason or "empty" in e.reason) for e in errors
    ) == [
        ("bilde.png", True),
        ("tom.txt", True),
    ]
    assert not any("skjult" in str(i) or ".git" in str(i) for i in items)
    trener = next(a for a in articles if a.id == "trener")
    assert trener.date == "2021-09-13"
    assert [str(i.origin).split("nyheter/")[-1].split(":")[0] for i in items] == sorted(
        str(i.origin).split("nyheter/")[-1].split(":")[0] for i in items
    )


def test_glob_patterns(news_folder):
    items = list(read_paths([str(news_folder / "**" / "*.txt")]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError"]  # trener.txt, then tom.txt
    [error] = list(read_paths([str(news_folder / "*.doc")]))
    assert isinstance(error, InputError) and "no file matches" in error.reason


def test_missing_file_and_empty_folder(tmp_path):
    (tmp_path / "tom-mappe").mkdir()
    errors = list(read_paths([str(tmp_path / "finnes-ikke.txt"), str(tmp_path / "tom-mappe")]))
    assert [e.reason for e in errors] == ["no such file", "the folder holds no files"]


def test_gzip_plain_text_keeps_the_id_without_extensions(tmp_path):
    path = tmp_path / "trener.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode()))
    [article] = list(read_paths([str(path)]))
    assert article.id == "trener" and article.date == "2021-09-13"


def test_truncated_gzip_is_an_input_error(tmp_path):
    path = tmp_path / "halv.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode() * 50)[:40])
    [error] = list(read_paths([str(path)]))
    assert isinstance(error, InputError) and error.origin == str(path) and "gzip" in error.reason


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    [article] = list(read_paths(["-"]))
    assert article.id == "stdin" and article.origin == "-"


def test_urls_are_not_fetched_unless_asked():
    [error] = list(read_paths(["https://nyheter.example/sak.html"]))
    assert isinstance(error, InputError) and "fetching is off" in error.reason


def test_fetch_refuses_other_schemes():
    [error] = list(read_paths(["ftp://nyheter.example/sak.txt"], fetch=True))
    assert isinstance(error, InputError) and "http" in error.reason


@pytest.mark.parametrize("fmt", [f for f in INPUT_FORMATS if f != "auto"])
def test_size_limit_per_article(fmt, reader_samples):
    samples = {
        "text": STORY.encode(),
        "jsonl": json.dumps({"id": "x", "text": "– Ja, sier hun. " * 10}).encode(),
        "html": (reader_samples / "nyhetsside.html").read_bytes(),
        "newsml": (reader_samples / "ntb-newsitem.xml").read_bytes(),
        "nitf": (reader_samples / "ntb-artikkel.nitf").read_bytes(),
        "feed": (reader_samples / "nyheter.atom").read_bytes(),
    }
    [error] = list(read_bytes(samples[fmt], "stor", fmt, max_chars=40))
    assert isinstance(error, InputError)
    assert "more than the limit of 40" in error.reason and "max_chars" in error.reason
    [article] = list(read_bytes(samples[fmt], "stor", fmt, max_chars=100_000))
    assert isinstance(article, Article)


def test_size_limit_counts_each_article_of_a_file():
    lines = [json.dumps({"id": "kort", "text": "– Ja."}), json.dumps({"id": "lang", "text": "Langt. " * 50})]
    items = list(read_bytes("\n".join(lines).encode(), "blandet.jsonl", max_chars=100))
    assert isinstance(items[0], Article) and isinstance(items[1], InputError)
    assert "'lang'" in items[1].reason


def test_unknown_format_is_an_input_error():
    [error] = list(read_bytes(STORY.encode(), "a.txt", "docx"))
    assert isinstance(error, InputError) and "docx" in error.reason


def test_a_bad_file_in_the_middle_does_not_stop_the_batch(tmp_path, reader_samples):
    good = tmp_path / "god.txt"
    good.write_text(STORY, encoding="utf-8")
    paths = [
        str(good),
        str(reader_samples / "billion-laughs.xml"),
        str(good),
        str(tmp_path / "borte.txt"),
        str(good),
    ]
    kinds = [type(i).__name__ for i in read_paths(paths)]
    assert kinds == ["Article", "InputError", "Article", "InputError", "Article"]


@pytest.fixture
def local_server(reader_samples):
    """The samples served over HTTP on the loopback interface (no network beyond this machine)."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(reader_samples))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetching_feeds_and_pages_when_asked(local_server):
    items = list(
        read_paths(
            [f"{local_server}/nyheter.rss", f"{local_server}/nyhetsside.html", f"{local_server}/borte.rss"],
            fetch=True,
        )
    )
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Article", "InputError"]
    assert (
        items[2].id == "https://bygdeposten.example/nyheter/torke"
        and items[2].title == "Bønder frykter tørkesommer"
    )
    assert items[3].origin.endswith("/borte.rss") and "cannot fetch" in items[3].reason


BAD_FILES = {
    "bilde.jpg": b"\xff\xd8\xff\xe0" + bytes(100),
    "tom.txt": b"",
    "mellomrom.txt": b" \n\t\n",
    "nuller.txt": b"abc\x00\x00def" * 10,
    "avkuttet.xml": b'<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentSet>',
    "xxe.xml": b'<!DOCTYPE n [<!ENTITY e SYSTEM "file:///etc/passwd">]><nitf>&e;</nitf>',
    "latter.xml": b'<!DOCTYPE n [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><nitf>&b;</nitf>',
    "ukjent.xml": b"<regneark><rad/></regneark>",
    "ødelagt.txt.gz": gzip.compress(b"hei")[:-6] + b"\x00\x01",
    "blandet.txt": "Blåbær ".encode() + "og rødgrøt".encode("latin-1"),
    "meny.html": b"<html><body><nav><a href='/'>Forsiden</a></nav></body></html>",
    "tom-nitf.xml": b"<nitf><body><body.content></body.content></body></nitf>",
}


def test_every_bad_file_gives_exactly_one_error_with_its_path(tmp_path):
    for name, data in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    items = list(read_paths([str(tmp_path)]))
    assert all(isinstance(i, InputError) for i in items), [i for i in items if not isinstance(i, InputError)]
    by_file = {}
    for error in items:
        by_file.setdefault(error.origin, []).append(error)
    assert sorted(by_file) == sorted(str(tmp_path / name) for name in BAD_FILES)
    for origin, errors in by_file.items():
        assert len(errors) == 1, errors
        assert errors[0].reason and "unexpected" not in errors[0].reason, origin
