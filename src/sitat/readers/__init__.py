"""Readers turn files, streams and feeds into ``Article`` records; they know nothing of NLP.

``read_paths`` is what the CLI and the archive use: it yields an ``Article`` for every article it can
read and an ``InputError`` (yielded, not raised) for everything it cannot — exactly one per bad file,
or one per bad record in a file of many — so one bad file never stops a batch.

Formats (``INPUT_FORMATS``; ``auto`` detects from the content first, the file name second):

- ``text``: plain text with an optional ``date YYYY-MM[-DD]`` header; the id is the file name.
- ``jsonl``: one article object a line (``id``, ``text``, optional metadata).
- ``html``: an article page; main text and metadata via trafilatura.
- ``newsml``: IPTC NewsML-G2 items or messages; non-text items are skipped with a logged note.
- ``nitf``: a NITF document.
- ``feed``: RSS or Atom; each entry with text becomes an article.

Paths may be files, folders (read recursively, hidden files left out), glob patterns, ``.gz`` files
(or any gzip data), ``-`` for stdin, and — only with ``fetch=True`` — http(s) URLs.
"""

from __future__ import annotations

import glob
import gzip
import logging
import os
import re
import sys
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from sitat.errors import InputError
from sitat.readers.decode import decode_bytes
from sitat.readers.jsonl import iter_jsonl
from sitat.readers.text import read_text
from sitat.records import Article

log = logging.getLogger(__name__)

INPUT_FORMATS = ("auto", "text", "jsonl", "html", "newsml", "nitf", "feed")

#: Articles longer than this (in characters) are refused: spaCy's own limit, and some 200 times the
#: longest news story; raise it with ``max_chars`` for book-length texts.
DEFAULT_MAX_CHARS = 1_000_000
#: No single file (after gzip decompression) is read beyond this many bytes.
MAX_FILE_BYTES = 1 << 30
#: Seconds to wait for a URL when fetching is on.
FETCH_TIMEOUT = 30

_GZIP_MAGIC = b"\x1f\x8b"
_NAME = re.compile(r"[A-Za-z_][\w.:-]*")

_HTML_ROOTS = frozenset({"html", "head", "body", "div", "p", "article", "section", "main", "meta", "title"})
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})


def detect_format(text: str, name: str) -> str:
    """Guess the format from the content first, the file name second.

    Returns one of ``INPUT_FORMATS`` (never ``auto``), or ``xml`` for XML whose root sitat does not
    know, so the caller can say so.
    """
    head = text.lstrip("\ufeff \t\r\n")[:65536]
    if head.startswith("{"):
        return "jsonl"
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    if head.startswith("<"):
        doctype, root, root_at = _root_element(head)
        if root:
            if doctype == "html" or root in _HTML_ROOTS:
                return "html"
            if root in _FEED_ROOTS:
                return "feed"
            if root == "nitf":
                return "nitf"
            from sitat.readers.newsml import NAR_NAMESPACE, ROOTS

            if root in {r.lower() for r in ROOTS} or NAR_NAMESPACE in head[root_at : root_at + 2000]:
                return "newsml"
            if not lower.endswith((".html", ".htm", ".xhtml")):
                return "xml"
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith((".rss", ".atom")):
        return "feed"
    return "text"


def _root_element(head: str) -> tuple[str, str, int]:
    """(doctype name, root element name, its position), lower-cased; '' when there is no root.

    A plain scan past the XML declaration, processing instructions, comments and the doctype (in linear
    time: a regular expression with nested repetition here could be made to backtrack for minutes).
    """
    pos, doctype = 0, ""
    while pos < len(head):
        if head[pos].isspace():
            pos += 1
        elif head.startswith("<?", pos):
            end = head.find("?>", pos + 2)
            if end < 0:
                return doctype, "", -1
            pos = end + 2
        elif head.startswith("<!--", pos):
            end = head.find("-->", pos + 4)
            if end < 0:
                return doctype, "", -1
            pos = end + 3
        elif head[pos : pos + 9].upper() == "<!DOCTYPE":
            m = _NAME.match(head, pos + 9 + (len(head[pos + 9 :]) - len(head[pos + 9 :].lstrip())))
            doctype = m.group(0).lower() if m else ""
            close = head.find(">", pos)
            bracket = head.find("[", pos, close if close >= 0 else len(head))
            if bracket >= 0:
                close = head.find("]", bracket)
                close = head.find(">", close) if close >= 0 else -1
            if close < 0:
                return doctype, "", -1
            pos = close + 1
        elif head.startswith("<", pos):
            m = _NAME.match(head, pos + 1)
            return (doctype, m.group(0).lower(), pos + 1) if m else (doctype, "", -1)
        else:
            return doctype, "", -1
    return doctype, "", -1


def _stem(name: str) -> str:
    """A file's name without its extensions (``a.txt.gz`` → ``a``), the id of a one-article file."""
    if name == "-":
        return "stdin"
    if "://" in name:
        path = PurePosixPath(urlsplit(name).path)
        return path.stem or urlsplit(name).hostname or name
    path = Path(name)
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.stem or path.name or name


def _articles(text: str, name: str, fmt: str) -> Iterator[Article | InputError]:
    """Dispatch to the reader of ``fmt``; readers raise InputError for a whole bad file."""
    stem = _stem(name)
    if fmt == "jsonl":
        yield from iter_jsonl(text, name)
    elif fmt == "text":
        yield read_text(text, stem, origin=name)
    elif fmt == "html":
        from sitat.readers.html import read_html

        yield read_html(text, name, stem, url=name if "://" in name else None)
    elif fmt == "feed":
        from sitat.readers.feed import read_feed

        yield from read_feed(text, name, stem)
    elif fmt in ("newsml", "nitf", "xml"):
        yield from _xml_articles(text, name, fmt, stem)
    else:
        raise InputError(name, f"unknown input format {fmt!r}; choose one of {', '.join(INPUT_FORMATS)}")


def _xml_articles(text: str, name: str, fmt: str, stem: str) -> Iterator[Article]:
    from sitat.readers.newsml import is_newsml, read_newsml
    from sitat.readers.nitf import read_nitf
    from sitat.readers.xmlsafe import local, parse_xml

    root = parse_xml(text, name)
    root_name = local(root.tag)
    if root_name == "nitf" and fmt in ("nitf", "xml"):
        yield read_nitf(root, name, stem)
    elif is_newsml(root) and fmt in ("newsml", "xml"):
        yield from read_newsml(root, name, stem)
    elif fmt == "xml" and root_name.lower() in _FEED_ROOTS:
        from sitat.readers.feed import read_feed

        yield from read_feed(text, name, stem)
    else:
        expected = {"nitf": "a NITF document", "newsml": "NewsML-G2"}.get(fmt, "NewsML-G2, NITF, RSS or Atom")
        raise InputError(name, f"the XML root element is <{root_name}>, not {expected}")


def read_bytes(
    data: bytes, name: str, input_format: str = "auto", *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | InputError]:
    """Articles in one blob of bytes; ``name`` is its path (the id of a one-article file is its stem).

    Gzip data is decompressed first. Never raises for bad input: every problem is yielded as an
    InputError, and reading goes on with the next record where the format has records.
    """
    if input_format not in INPUT_FORMATS:
        yield InputError(
            name, f"unknown input format {input_format!r}; choose one of {', '.join(INPUT_FORMATS)}"
        )
        return
    if data.startswith(_GZIP_MAGIC):
        try:
            data = _gunzip(data, name)
        except InputError as exc:
            yield exc
            return
    line_errors: list[InputError] = []
    try:
        text = decode_bytes(data, name)
    except InputError as exc:
        if not _jsonl_bytes(data, name, input_format) or exc.offset is None:
            yield exc
            return
        # one bad line must not cost the other articles of a JSON Lines file
        text, line_errors = _decode_lines(data, name)
    fmt = detect_format(text, name) if input_format == "auto" else input_format
    try:
        for item in _merge_by_line(_articles(text, name, fmt), line_errors):
            if isinstance(item, Article) and len(item.text) > max_chars:
                item = InputError(
                    item.origin or name,
                    f"article {item.id!r} has {len(item.text):,} characters, more than the limit of "
                    f"{max_chars:,}; raise the limit (max_chars) to read it",
                )
            yield item
    except InputError as exc:
        yield exc
    except RecursionError:
        yield InputError(name, "refused: the document is nested too deeply")
    except Exception as exc:  # a reader's bug must not stop a batch; it is logged with its traceback
        log.error("%s: unexpected error while reading it as %s", name, fmt, exc_info=True)
        yield InputError(name, f"unexpected error while reading it as {fmt}: {type(exc).__name__}: {exc}")


def _jsonl_bytes(data: bytes, name: str, input_format: str) -> bool:
    if input_format == "jsonl":
        return True
    lower = name.lower().removesuffix(".gz")
    return input_format == "auto" and (data.lstrip()[:1] == b"{" or lower.endswith((".jsonl", ".ndjson")))


def _decode_lines(data: bytes, name: str) -> tuple[str, list[InputError]]:
    """UTF-8 text of each line, a blank line (and an InputError) for each line that is not UTF-8."""
    lines: list[str] = []
    errors: list[InputError] = []
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), 1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            lines.append("")
            errors.append(
                InputError(name, f"invalid UTF-8: {exc.reason}", line=number, offset=offset + exc.start)
            )
        offset += len(raw) + 1
    return "\n".join(lines), errors


def _merge_by_line(
    items: Iterable[Article | InputError], line_errors: list[InputError]
) -> Iterator[Article | InputError]:
    """``items`` with ``line_errors`` put in place by line number, so the report follows the file."""
    pending = list(line_errors)
    for item in items:
        line = item.line if isinstance(item, InputError) else _line_of(item)
        while pending and line is not None and (pending[0].line or 0) < line:
            yield pending.pop(0)
        yield item
    yield from pending


def _line_of(article: Article) -> int | None:
    tail = (article.origin or "").rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None


def _gunzip(data: bytes, name: str) -> bytes:
    """Decompressed gzip data, refusing truncated or corrupt streams and decompression bombs."""
    try:
        with gzip.GzipFile(fileobj=_BytesReader(data)) as stream:
            out = stream.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(name, f"broken gzip data: {exc}") from None
    if len(out) > MAX_FILE_BYTES:
        raise InputError(name, f"decompresses to more than {MAX_FILE_BYTES:,} bytes; refused")
    return out


class _BytesReader:
    """A minimal read-only file over bytes (io.BytesIO would copy the data once more)."""

    def __init__(self, data: bytes):
        self._view = memoryview(data)
        self._pos = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else min(len(self._view), self._pos + size)
        chunk = self._view[self._pos : end].tobytes()
        self._pos = end
        return chunk


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Each path as files to read: folders recursively (sorted, hidden entries left out), glob
    patterns expanded; ``-`` and URLs pass through; a path that names nothing is an InputError."""
    for raw in paths:
        if raw == "-" or "://" in raw:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found: list[str] = []
            unreadable: list[OSError] = []
            for folder, dirs, files in os.walk(path, onerror=unreadable.append):  # no symlink loops
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.extend(os.path.join(folder, f) for f in files if not f.startswith("."))
            for exc in unreadable:
                yield InputError(str(exc.filename or raw), f"cannot read the folder: {exc.strerror or exc}")
            if not found and not unreadable:
                yield InputError(raw, "the folder holds no files")
            yield from sorted(found)
        elif path.exists() or not glob.has_magic(raw):
            yield raw
        else:
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputError(raw, "no file matches this pattern")
            for match in matches:
                if Path(match).is_dir():
                    yield from expand_paths([match])
                else:
                    yield match


def _read_file(raw: str) -> bytes:
    try:
        with open(raw, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InputError(raw, "no such file") from None
    except IsADirectoryError:
        raise InputError(raw, "is a directory") from None
    except OSError as exc:
        raise InputError(raw, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(raw, f"larger than {MAX_FILE_BYTES:,} bytes; split it")
    return data


def _fetch(url: str) -> bytes:
    if urlsplit(url).scheme not in ("http", "https"):
        raise InputError(url, "only http and https URLs can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": "sitat (news quotation reader)"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            data = response.read(MAX_FILE_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise InputError(url, f"cannot fetch: {getattr(exc, 'reason', exc)}") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(url, f"larger than {MAX_FILE_BYTES:,} bytes")
    return data


def read_paths(
    paths: Iterable[str],
    input_format: str = "auto",
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    fetch: bool = False,
) -> Iterator[Article | InputError]:
    """Articles from files, folders, globs, ``-`` (stdin) and, with ``fetch``, URLs — in order.

    Yields an InputError (never raises) for each path that cannot be read and each bad record.
    """
    for raw in expand_paths(paths):
        if isinstance(raw, InputError):
            yield raw
            continue
        try:
            if raw == "-":
                data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
                if len(data) > MAX_FILE_BYTES:
                    raise InputError(raw, f"standard input is larger than {MAX_FILE_BYTES:,} bytes; split it")
            elif "://" in raw:
                if not fetch:
                    raise InputError(
                        raw, "is a URL and fetching is off; download it first or turn fetching on"
                    )
                data = _fetch(raw)
            else:
                data = _read_file(raw)
        except InputError as exc:
            yield exc
            continue
        yield from read_bytes(data, raw, input_format, max_chars=max_chars)
