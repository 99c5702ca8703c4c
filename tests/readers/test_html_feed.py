"""HTML article pages (trafilatura) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

import logging

import pytest

from sitat.errors import InputError
from sitat.readers import read_bytes, read_paths
from sitat.readers.html import html_fragment_paragraphs
from sitat.records import Article


def test_html_page_main_text_and_metadata(reader_samples):
    [article] = list(read_paths([str(reader_samples / "nyhetsside.html")]))
    assert isinstance(article, Article)
    assert article.id == "https://bygdeposten.example/nyheter/torke"  # its canonical URL
    assert article.title == "Bønder frykter tørkesommer"
    assert article.source == "Bygdeposten"
    assert article.byline == "Marte Vik"
    assert article.date == "2023-06-14"
    assert article.url == "https://bygdeposten.example/nyheter/torke"
    assert article.language == "nb"
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    assert paragraphs[1].startswith("– Hvis det ikke kommer regn snart")  # the dash paragraph stays one
    assert "Lars Haugen til Bygdeposten." in paragraphs[1]
    assert len(paragraphs) == 4
    for boilerplate in ("Forsiden", "Mest lest", "Personvern", "Elgjakt"):
        assert boilerplate not in article.text


@pytest.mark.parametrize("content", [b"/etc/hostname", b"file:///etc/hostname"])
def test_html_content_is_never_opened_as_a_path(content):
    [error] = list(read_bytes(content, "lure.html", "html"))
    assert isinstance(error, InputError) and "no article text" in error.reason


def test_html_page_without_a_url_takes_the_file_name_as_id(reader_samples):
    page = (reader_samples / "nyhetsside.html").read_text(encoding="utf-8")
    page = "\n".join(line for line in page.splitlines() if "canonical" not in line)
    [article] = list(read_bytes(page.encode(), "lagret/sak.html"))
    assert article.id == "sak" and article.url is None


def test_html_without_article_text_is_an_input_error():
    page = b"<!DOCTYPE html><html><head><title>Tom</title></head>"
    page += b"<body><nav><a href='/'>Hjem</a></nav></body></html>"
    [error] = list(read_bytes(page, "tom.html"))
    assert isinstance(error, InputError)
    assert "no article text" in error.reason


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>– Ja, sier han.</p><p>Hun nikker.</p>", ["– Ja, sier han.", "Hun nikker."]),
        ("Første avsnitt.<br><br>– Andre, sier hun.", ["Første avsnitt.", "– Andre, sier hun."]),
        ("Ren tekst.\n\n«Sitat», sier Ola.", ["Ren tekst.", "«Sitat», sier Ola."]),
        ("<div><blockquote><p>Inni</p></blockquote><p>Ute</p></div>", ["Inni", "Ute"]),
    ],
)
def test_feed_fragments_keep_paragraphs(fragment, expected):
    assert html_fragment_paragraphs(fragment) == expected


def test_rss_entries_from_content_or_summary(reader_samples, caplog):
    with caplog.at_level(logging.INFO, logger="sitat.readers"):
        items = list(read_paths([str(reader_samples / "nyheter.rss")]))
    assert [a.id for a in items] == ["https://kystavisen.example/kvote", "https://kystavisen.example/kai"]
    kvote, kai = items
    assert kvote.source == "Kystavisen" and kvote.byline == "Anne Moe" and kvote.language == "nb"
    assert kvote.date == "2024-03-05T07:00:00Z"
    assert kvote.text.endswith("sier fiskeriminister Tor Lie.")  # content:encoded, fuller than the summary
    assert len(kvote.paragraphs) == 2
    assert kai.text.startswith("Ordfører Siv Tangen")  # from the description
    assert "tittel" in caplog.text  # the entry without text is skipped with a note


def test_atom_entry(reader_samples):
    [article] = list(read_paths([str(reader_samples / "nyheter.atom")]))
    assert article.id == "tag:fjellbladet.example,2024:ski"
    assert article.url == "https://fjellbladet.example/ski"
    assert article.byline == "Eirik Dal" and article.source == "Fjellbladet"
    assert article.date == "2024-01-20T08:00:00Z"
    assert [article.text[s:e] for s, e in article.paragraphs][1].startswith("– Vi har aldri solgt")


def test_broken_feed_read_leniently(reader_samples):
    data = (reader_samples / "nyheter.rss").read_bytes().replace(b"</channel>", b"")  # not well-formed
    items = list(read_bytes(data, "halv.rss", "feed"))
    assert [type(i) for i in items] == [Article, Article]


def test_forced_feed_on_plain_text_is_an_input_error():
    [error] = list(read_bytes("– Bare tekst, sier han.".encode(), "tekst.txt", "feed"))
    assert isinstance(error, InputError)
    assert "feed" in error.reason


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>Han sa <em>nei</em>.</p>", ["Han sa nei."]),
        ("<p>Blå<b>bær</b>syltetøy</p>", ["Blåbærsyltetøy"]),
        ("<p>Første linje<br/>andre linje</p>", ["Første linje andre linje"]),
        ("Løs <a href='#'>tekst</a>, så:<p>Blokk.</p>Hale.", ["Løs tekst, så:", "Blokk.", "Hale."]),
    ],
)
def test_inline_markup_does_not_garble_words(fragment, expected):
    assert html_fragment_paragraphs(fragment) == expected


@pytest.mark.parametrize(
    "content", [b"/etc/hostname", b"http://127.0.0.1:9/feed.rss", b"file:///etc/hostname"]
)
def test_feed_content_is_never_opened_as_a_path_or_url(content):
    """feedparser opens a string that looks like a path or URL; the reader hands it data only."""
    [error] = list(read_bytes(content, "lure.rss", "feed"))
    assert isinstance(error, InputError)


def test_latin1_feed_with_its_declaration(reader_samples):
    text = (reader_samples / "nyheter.rss").read_text(encoding="utf-8").replace("UTF-8", "ISO-8859-1")
    data = text.replace("–", "-").encode("latin-1")
    items = list(read_bytes(data, "latin.rss"))
    assert [a.title for a in items] == ["Fiskerne får større kvote", "Nytt kaianlegg åpnet"]
