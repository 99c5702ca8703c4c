"""Encodings: detected and decoded with a warning, or refused with the file and byte offset."""

from __future__ import annotations

import codecs
import logging

import pytest

from sitat.errors import InputError
from sitat.readers import read_bytes
from sitat.readers.decode import decode_bytes
from sitat.records import Article

NORSK = (
    "– Vi må få på plass en løsning før jul, sier ordfører Åse Ødegård i Bærum.\n\n"
    "Hun påpeker at «særlig de eldste» blir rammet."
)


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (NORSK.encode("utf-8"), False),
        (codecs.BOM_UTF8 + NORSK.encode("utf-8"), False),
        (NORSK.encode("utf-16"), False),  # with its BOM
        (codecs.BOM_UTF16_BE + NORSK.encode("utf-16-be"), False),
        (NORSK.encode("utf-16-le"), True),  # no BOM: detected from the NUL pattern
        (NORSK.encode("cp1252"), True),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be-bom", "utf-16-le-no-bom", "windows-1252"],
)
def test_encodings_decoded(caplog, data, warned):
    with caplog.at_level(logging.WARNING, logger="sitat.readers"):
        assert decode_bytes(data, "sak.txt") == NORSK
    assert bool(caplog.records) == warned


def test_windows_1252_warning_names_the_encoding(caplog):
    with caplog.at_level(logging.WARNING, logger="sitat.readers"):
        decode_bytes(NORSK.encode("cp1252"), "gammel.txt")
    assert "Windows-1252" in caplog.text and "gammel.txt" in caplog.text


def test_latin1_without_windows_punctuation_decodes():
    text = "Blåbær og rødgrøt, sa han. Ærlig talt var det godt."
    assert decode_bytes(text.encode("latin-1"), "x.txt") == text


def test_xml_declared_encoding_is_honoured(caplog):
    xml = '<?xml version="1.0" encoding="ISO-8859-1"?><nitf><body><body.content><p>Blåbær</p></body.content>'
    xml += "</body></nitf>"
    with caplog.at_level(logging.WARNING, logger="sitat.readers"):
        article = next(read_bytes(xml.encode("latin-1"), "a.xml"))
    assert isinstance(article, Article)
    assert article.text == "Blåbær"
    assert "ISO-8859-1".lower().replace("-", "") in caplog.text.lower().replace("-", "").replace("_", "")


def test_mixed_encodings_refused_with_byte_offset():
    good = "Først UTF-8: blåbær. ".encode()
    data = good + "Så Latin-1: rødgrøt.".encode("latin-1")
    with pytest.raises(InputError) as info:
        decode_bytes(data, "blandet.txt")
    error = info.value
    assert error.origin == "blandet.txt"
    assert error.offset == len(good) + 1  # the å of «Så»
    assert "UTF-8" in error.reason
    assert "(byte" in str(error)


def test_invalid_utf16_refused():
    data = codecs.BOM_UTF16_LE + "hei".encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate
    with pytest.raises(InputError) as info:
        decode_bytes(data, "u16.txt")
    assert "UTF-16" in info.value.reason
    assert info.value.offset is not None


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"%PDF-1.7\n" + bytes(200), "PDF"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50 + b"tekst", "binary"),
        (bytes([1, 0, 2, 0, 3, 0, 4, 0]) * 40, "binary"),  # NULs in the pattern of UTF-16, yet not text
    ],
)
def test_binary_files_refused(data, word):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "bilde.dat")
    assert word in info.value.reason


def test_bad_bytes_are_never_dropped_silently(caplog):
    """Whatever decode_bytes does with non-UTF-8 bytes, it either refuses or says so in the log."""
    data = "Prisen var 100 kr – sier han.".encode("cp1252")
    with caplog.at_level(logging.WARNING, logger="sitat.readers"):
        try:
            text = decode_bytes(data, "pris.txt")
        except InputError:
            return
    assert "–" in text
    assert caplog.records


def test_other_languages_detected_when_clear(caplog):
    text = "Президент заявил, что переговоры продолжатся на следующей неделе в Москве."
    with caplog.at_level(logging.WARNING, logger="sitat.readers"):
        assert decode_bytes(text.encode("cp1251"), "ru.txt") == text
    assert "cp1251" in caplog.text


@pytest.mark.parametrize("seed", range(5))
def test_random_high_bytes_are_not_guessed_as_text(seed):
    import random

    data = bytes(random.Random(seed).randrange(0x80, 0x100) for _ in range(400))
    with pytest.raises(InputError) as info:
        decode_bytes(data, "støy.bin")
    assert info.value.offset is not None


def test_utf16_newsml_with_its_declaration(reader_samples):
    text = (reader_samples / "ntb-newsitem.xml").read_text(encoding="utf-8").replace("UTF-8", "UTF-16")
    [article] = list(read_bytes(text.encode("utf-16"), "u16.xml"))
    assert isinstance(article, Article) and "Åsmund" in article.text


def test_html_declaring_windows_1252(reader_samples, caplog):
    text = (reader_samples / "nyhetsside.html").read_text(encoding="utf-8").replace("utf-8", "windows-1252")
    with caplog.at_level(logging.WARNING, logger="sitat.readers"):
        [article] = list(read_bytes(text.encode("cp1252"), "side.html"))
    assert article.title == "Bønder frykter tørkesommer"
    assert "cp1252" in caplog.text


def test_file_cut_inside_a_character():
    data = "– Vi kommer tilbake, sier Øyvind Ås.".encode()
    with pytest.raises(InputError) as info:
        decode_bytes(data[: -len(b"s.") - 1], "kuttet.txt")  # cut inside the two bytes of å
    assert "truncated" in info.value.reason
    assert info.value.offset == len(data) - len("ås.".encode())
