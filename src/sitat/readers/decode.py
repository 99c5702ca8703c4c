"""Bytes to text, refusing what is not text and saying where it went wrong.

Norwegian archives hold UTF-8, UTF-8 with a BOM, UTF-16 (from Windows tools) and Windows-1252 or
Latin-1 (older systems). The order of trust is: a byte-order mark; valid UTF-8; an encoding the file
declares (XML declaration, HTML ``<meta charset>``); an encoding charset-normalizer detects with
confidence. Anything decoded other than as UTF-8 is logged as a warning naming the encoding, so
nothing is silently re-interpreted; invalid UTF-8 that no other encoding explains is an ``InputError``
with the byte offset of the first bad byte.
"""

from __future__ import annotations

import codecs
import logging
import re

from charset_normalizer import from_bytes

from sitat.errors import InputError

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)

#: Signatures of common binary files people drop into news folders, to name them in the message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
)

#: Single-byte encodings of Western European text, which a Norwegian archive most likely used when a
#: file is not UTF-8. charset-normalizer often ranks cp1250 or iso8859_10 first for short Norwegian
#: texts because they decode æøå identically; among equally clean candidates these win.
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_DISPLAY = {"cp1252": "Windows-1252", "latin_1": "Latin-1", "iso8859_15": "Latin-9"}

#: How messy a detected decoding may be (charset-normalizer's "chaos", 0 = clean) to be trusted.
_MAX_CHAOS = 0.1
#: How clearly a non-Western decoding must read as some language (charset-normalizer's "coherence").
_MIN_COHERENCE = 0.2

# One well-formed multi-byte UTF-8 sequence: if a file has these *and* invalid bytes, it mixes encodings.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_DECLARED = re.compile(
    rb"""\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']"""
    rb"""|<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._-]{1,40})""",
    re.IGNORECASE,
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _looks_binary(data: bytes) -> str | None:
    """Why ``data`` is not text, or None. Called only when there is no BOM (UTF-16 has NUL bytes)."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"looks like {what}, not text"
    head = data[:8192]
    if b"\x00" in head:
        return "looks like binary data (NUL bytes), not text"
    if len(_CONTROL.findall(head)) > max(8, len(head) // 20):
        return "looks like binary data (many control bytes), not text"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes alternate as in mostly-ASCII UTF-16 text."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > 0.6 * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _strict(data: bytes, codec: str, label: str, origin: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"invalid {label}: {exc.reason}", offset=exc.start) from None


def _declared_encoding(data: bytes) -> str | None:
    m = _DECLARED.search(data[:2048])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


#: What non-ASCII characters a Windows-1252 news text holds: Latin letters with accents (æøå among
#: them) and typographic punctuation. If every non-ASCII byte decodes to one of these, Windows-1252 is
#: the confident answer even for a text too short for statistics (one dash, one «ø»).
_WESTERN_CHARACTERS = frozenset(
    [chr(c) for c in range(0xC0, 0x100) if chr(c) not in "×÷"]
    + list("–—«»‘’‚“”„…•·°§½¼¾€£¢¥©®™¨´¸ªº¹²³±µ¶¡¿†‡‰ŠšŽžŒœŸƒˆ˜‹›")
    + ["\u00a0", "\u00ad"]
)


def _plausible_windows_1252(data: bytes) -> bool:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [ch for ch in text if ord(ch) > 0x7F]
    # Norwegian prose is mostly ASCII (æøå are a few per cent); random bytes are not
    return len(high) <= 0.3 * len(text) and all(ch in _WESTERN_CHARACTERS for ch in high)


def _detect_single_byte(data: bytes) -> tuple[str, str] | None:
    """(codec, display name) of a confident single-byte decoding, preferring Western encodings."""
    if _plausible_windows_1252(data):
        return "cp1252", _DISPLAY["cp1252"]
    matches = [m for m in from_bytes(data[:200_000]) if m.chaos <= _MAX_CHAOS]
    if not matches:
        return None
    cleanest = min(m.chaos for m in matches)
    tied = [m.encoding for m in matches if m.chaos <= cleanest + 0.02]
    for codec in _WESTERN:
        if codec in tied:
            return codec, _DISPLAY[codec]
    best = matches[0]
    if best.coherence < _MIN_COHERENCE:  # no language recognised: too little evidence to trust
        return None
    return best.encoding, best.encoding


def decode_bytes(data: bytes, origin: str) -> str:
    """The text of ``data`` (see the module docstring for the order of trust), or an InputError."""
    if not data.strip():
        raise InputError(origin, "the file is empty")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], codec, label, origin)
            if not text.strip():
                raise InputError(origin, "the file is empty (only a byte-order mark and whitespace)")
            return text
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = _strict(data, utf16, utf16.upper(), origin)
        if len(_CONTROL_TEXT.findall(text[:4096])) > max(8, len(text[:4096]) // 20):
            raise InputError(origin, "looks like binary data (NUL and control bytes), not text")
        log.warning("%s: no byte-order mark; decoded as %s", origin, utf16.upper())
        return text
    why = _looks_binary(data)
    if why:
        raise InputError(origin, why)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc
    if bad.reason == "unexpected end of data" and bad.end == len(data):
        raise InputError(origin, "the file ends inside a UTF-8 character: truncated?", offset=bad.start)
    if _UTF8_MULTIBYTE.search(data):
        raise InputError(
            origin,
            f"invalid UTF-8 ({bad.reason}) in a file that is otherwise UTF-8: mixed encodings; "
            "re-encode the file as UTF-8",
            offset=bad.start,
        )
    declared = _declared_encoding(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            log.warning("%s: not UTF-8 (byte %d); decoded as declared %s", origin, bad.start, declared)
            return text
    detected = _detect_single_byte(data)
    if detected:
        codec, name = detected
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            log.warning("%s: not UTF-8 (byte %d); detected and decoded as %s", origin, bad.start, name)
            return text
    raise InputError(
        origin,
        f"invalid UTF-8 ({bad.reason}) and no other encoding detected with confidence",
        offset=bad.start,
    )
