"""NewsML-G2 and NITF: articles out of text items, a logged skip for the rest, unsafe XML refused."""

from __future__ import annotations

import logging

import pytest

from sitat.errors import InputError
from sitat.readers import detect_format, read_bytes, read_paths
from sitat.records import Article


def read(path, input_format="auto"):
    return list(read_paths([str(path)], input_format))


def test_newsml_item_with_nitf_body(reader_samples):
    [article] = read(reader_samples / "ntb-newsitem.xml")
    assert isinstance(article, Article)
    assert article.id == "urn:newsml:ntb.no:20231012:fergestreik"
    assert article.title == "Fergestreiken kan ramme tusenvis av pendlere"  # headline wins over hl1
    assert article.date == "2023-10-12T13:30:00+02:00"  # contentCreated
    assert article.source == "NTB"
    assert article.byline == "Siri Lunde"
    assert article.language == "nb"
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    assert paragraphs[1].startswith("– Vi har strukket oss langt")
    assert "Per Åsmund Holm" in paragraphs[1]  # line breaks inside a <p> are spaces, not paragraph ends
    assert "Ferge ved kai" not in article.text  # picture captions are not article text
    assert len(paragraphs) == 4


def test_newsml_message_yields_text_items_and_skips_photo(reader_samples, caplog):
    with caplog.at_level(logging.INFO, logger="sitat.readers"):
        items = read(reader_samples / "ntb-newsmessage.xml")
    assert [a.id for a in items] == ["urn:newsml:ntb.no:20240201:skred", "urn:newsml:ntb.no:20240201:renter"]
    skred, renter = items
    assert skred.language == "nn"  # from xml:lang when contentMeta has no language
    assert skred.byline == "Olav Nes"
    assert skred.source == "NTB"  # provider qcode without its scheme
    assert "Skred" not in skred.text  # the XHTML <title> is not body text
    assert renter.date == "2024-02-01T10:00:00+01:00"  # firstCreated when contentCreated is missing
    assert [renter.text[s:e] for s, e in renter.paragraphs][1].startswith("«Vi ser tegn")
    assert "skred-bilde" in caplog.text and "picture" in caplog.text


def test_nitf_document(reader_samples):
    [article] = read(reader_samples / "ntb-artikkel.nitf")
    assert article.id == "ntb-2022-05-03-skole"
    assert article.title == "Rektorer reagerer på kutt"
    assert article.date == "2022-05-03T08:15:00+02:00"
    assert article.source == "NTB"
    assert article.byline == "Jonas Berg"
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    assert paragraphs[0] == "Flere rektorer advarer mot kuttene i årets budsjett."  # the lead from abstract
    assert paragraphs[-1] == "Hun påpeker at klassene allerede er store."  # inside <block>


def test_nitf_without_docdata_takes_the_file_name_as_id(tmp_path):
    path = tmp_path / "melding.xml"
    path.write_text(
        "<nitf><body><body.content><p>– Ja, sier hun.</p><p>Mer tekst.</p></body.content></body></nitf>",
        encoding="utf-8",
    )
    [article] = read(path)
    assert article.id == "melding"
    assert article.text == "– Ja, sier hun.\n\nMer tekst."


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("ntb-newsitem.xml", "newsml"),
        ("ntb-newsmessage.xml", "newsml"),
        ("ntb-artikkel.nitf", "nitf"),
        ("nyhetsside.html", "html"),
        ("nyheter.rss", "feed"),
        ("nyheter.atom", "feed"),
    ],
)
def test_format_detected_from_content(reader_samples, name, fmt):
    text = (reader_samples / name).read_text(encoding="utf-8")
    assert detect_format(text, "uten-endelse") == fmt


def test_forced_format_that_does_not_fit_is_an_input_error(reader_samples):
    [error] = read(reader_samples / "ntb-artikkel.nitf", "newsml")
    assert isinstance(error, InputError)
    assert "<nitf>" in error.reason


@pytest.mark.parametrize("name", ["xxe.xml", "billion-laughs.xml", "feed-xxe.rss"])
def test_entities_refused_safely(reader_samples, name):
    [error] = read(reader_samples / name)
    assert isinstance(error, InputError)
    assert error.reason.startswith("refused")
    assert "entit" in error.reason


def test_external_entity_never_read(reader_samples):
    for fmt in ("auto", "newsml", "nitf", "feed"):
        for item in read(reader_samples / "xxe.xml", fmt):
            assert isinstance(item, InputError)
            assert "root:" not in str(item)  # nothing of /etc/passwd leaks into a message


def test_doctype_without_internal_subset_is_allowed(reader_samples):
    """Real NITF files name their DTD; it is never loaded, and the file is read."""
    text = (reader_samples / "ntb-artikkel.nitf").read_text(encoding="utf-8")
    assert '<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">' in text
    assert isinstance(read(reader_samples / "ntb-artikkel.nitf")[0], Article)


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_truncated_xml_refused_with_line(reader_samples, cut):
    data = (reader_samples / "ntb-newsitem.xml").read_bytes()
    [error] = list(read_bytes(data[: int(len(data) * cut)], "avkuttet.xml"))
    assert isinstance(error, InputError)
    assert "not well-formed XML" in error.reason
    assert error.line is not None


def test_unknown_xml_root_is_an_input_error():
    [error] = list(read_bytes(b"<oppskrift><tittel>Lapskaus</tittel></oppskrift>", "mat.xml"))
    assert isinstance(error, InputError)
    assert "<oppskrift>" in error.reason


def test_text_item_without_text_is_skipped_not_an_error(caplog):
    xml = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="tom">'
        '<itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
        '<contentSet><inlineXML contenttype="application/nitf+xml"> </inlineXML>'
        '<remoteContent href="https://example.invalid/tekst.xml"/></contentSet></newsItem>'
    )
    with caplog.at_level(logging.INFO, logger="sitat.readers"):
        assert list(read_bytes(xml.encode(), "tom.xml")) == []
    assert "'tom'" in caplog.text and "remoteContent" in caplog.text


# --- the IPTC's own example and unit-test files (../shared, CC BY 4.0; never copied into the repo) ---


def test_every_iptc_newsml_file_is_read_without_error(iptc_newsml_files, caplog):
    articles: list[Article] = []
    with caplog.at_level(logging.INFO, logger="sitat.readers"):
        for path in iptc_newsml_files:
            items = read(path)
            errors = [i for i in items if isinstance(i, InputError)]
            assert not errors, f"{path.name}: {errors}"
            found = [i for i in items if isinstance(i, Article)]
            if not found:  # then a skip note must say why
                notes = [r.getMessage() for r in caplog.records if path.name in r.getMessage()]
                assert any("skipped" in note for note in notes), path.name
            articles.extend(found)
    assert len(articles) >= 5
    for article in articles:
        assert article.text.strip() and "  " not in article.text
        assert article.date is None or article.date[:4].isdigit()


def test_iptc_text_document_metadata(iptc_newsml_files):
    [path] = [p for p in iptc_newsml_files if p.name.startswith("LISTING_2_")]
    [article] = read(path)
    assert article.id.startswith("urn:newsml:")
    assert article.title and article.date and article.date.startswith("2016-11-21")
    assert article.byline and article.language == "en-US"
    assert len(article.paragraphs) == 2


def test_iptc_photo_and_concept_items_are_skipped(iptc_newsml_files, caplog):
    chosen = [p for p in iptc_newsml_files if p.name.startswith(("LISTING_3_", "LISTING_10_", "LISTING_17_"))]
    assert len(chosen) == 3
    with caplog.at_level(logging.INFO, logger="sitat.readers"):
        for path in chosen:
            assert read(path) == []
    assert caplog.text.count("skipped") >= 3


@pytest.mark.parametrize(
    ("text", "name", "fmt"),
    [
        ('{"id": "1", "text": "Hei."}', "a.txt", "jsonl"),
        ("<<Ukens sitat>> – Ja, sier hun.", "ukens.txt", "text"),
        ("\ufeff  <!-- kommentar --><?xml-stylesheet href='x'?><rss version='2.0'></rss>", "x", "feed"),
        ("<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'></rdf:RDF>", "x", "feed"),
        ("<?xml version='1.0'?><!DOCTYPE html><html></html>", "x", "html"),
        ("<div><p>– Ja, sier hun.</p></div>", "x", "html"),
        ("<contentMeta xmlns='http://iptc.org/std/nar/2006-10-01/'/>", "x", "newsml"),
        ("<oppskrift/>", "oppskrift.xml", "xml"),
        ("Bare tekst.", "side.html", "html"),
        ("Bare tekst.", "artikler.jsonl", "jsonl"),
        ("Bare tekst.", "sak", "text"),
    ],
)
def test_detect_format(text, name, fmt):
    assert detect_format(text, name) == fmt


@pytest.mark.parametrize(
    "head",
    [
        "<!-- x -->" + " " * 60 + "<1",  # whitespace runs once made a regular expression backtrack for hours
        "<?xml " + "a" * 60000,
        "<!--" * 20000,
        "<!DOCTYPE x [" + "<" * 60000,
    ],
)
def test_detection_of_adversarial_prologs_ends(head):
    assert detect_format(head, "x") == "text"


@pytest.mark.parametrize(
    ("inline", "paragraphs"),
    [
        ("<p>– Ja, sier hun.</p><p>Hun smiler.</p>", ["– Ja, sier hun.", "Hun smiler."]),
        ("– Ja, sier hun.\n\nHun smiler.", ["– Ja, sier hun.", "Hun smiler."]),
        (
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head>'
            "<body><div>– Ja, sier hun.</div><p>Hun smiler.</p></body></html>",
            ["– Ja, sier hun.", "Hun smiler."],
        ),
    ],
)
def test_inline_xml_shapes(inline, paragraphs):
    xml = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"><itemMeta>'
        '<itemClass qcode="ninat:text"/></itemMeta>'
        f"<contentSet><inlineXML>{inline}</inlineXML></contentSet></newsItem>"
    )
    [article] = list(read_bytes(xml.encode(), "x.xml"))
    assert [article.text[s:e] for s, e in article.paragraphs] == paragraphs
