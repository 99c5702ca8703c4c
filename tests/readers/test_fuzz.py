"""Fuzzing: random and mutated bytes fed to every reader; only sitat's InputError may come out.

The readers also catch their own bugs as a last resort (so a batch survives), which would hide them
here; the tests therefore also fail on any "unexpected error" InputError.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitat.errors import InputError
from sitat.readers import INPUT_FORMATS, read_bytes
from sitat.records import Article

SAMPLES = Path(__file__).parent / "samples"
SAMPLE_BYTES = [p.read_bytes() for p in sorted(SAMPLES.iterdir()) if p.is_file()]
FORMATS = st.sampled_from(INPUT_FORMATS)
PREFIXES = ["", "<", "{", "<?xml version='1.0'?>", "<nitf>", "<rss version='2.0'>"]
SNIPPETS = [b"<", b">", b"&", b"&x;", b"<!--", b"\x00", b"\xff", b"<p>", b"]]>", b"<!ENTITY a 'b'>"]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(data: bytes, fmt: str) -> None:
    for item in read_bytes(data, "fuzz.dat", fmt, max_chars=50_000):
        assert isinstance(item, Article | InputError), item
        if isinstance(item, InputError):
            assert "unexpected error" not in item.reason, item
            assert item.reason
        else:
            assert item.text and item.text == item.text.strip()
            assert item.id


@FUZZ
@given(data=st.binary(max_size=2000), fmt=FORMATS)
def test_random_bytes(data, fmt):
    check(data, fmt)


@FUZZ
@given(
    text=st.text(max_size=400), fmt=FORMATS, prefix=st.sampled_from(["", "<", "{", "<?xml version='1.0'?>"])
)
def test_random_text_that_looks_like_a_format(text, fmt, prefix):
    check((prefix + text).encode("utf-8"), fmt)


@st.composite
def mutated_samples(draw):
    data = bytearray(draw(st.sampled_from(SAMPLE_BYTES)))
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete", "duplicate"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[pos:]
        elif kind == "insert":
            data[pos:pos] = draw(
                st.sampled_from([b"<", b">", b"&", b"&x;", b"<!--", b"\x00", b"\xff", b"<p>", b"]]>"])
            )
        elif kind == "delete":
            del data[pos : pos + draw(st.integers(1, 40))]
        elif kind == "duplicate":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 200))]
    return bytes(data)


@FUZZ
@given(data=mutated_samples(), fmt=FORMATS)
def test_mutated_samples(data, fmt):
    check(data, fmt)


@settings(max_examples=40, deadline=None)
@given(data=mutated_samples())
def test_mutated_gzip(data):
    compressed = gzip.compress(data)
    check(compressed, "auto")
    check(compressed[: len(compressed) // 2], "auto")


def test_deeply_nested_xml_is_refused_not_crashing():
    depth = 100_000
    data = ("<nitf>" + "<block>" * depth + "x" + "</block>" * depth + "</nitf>").encode()
    check(data, "auto")
    data = ("<html><body>" + "<div>" * depth + "<p>– Ja, sier hun.</p>" + "</div>" * depth).encode()
    check(data, "html")
