"""Readers turn files, streams and feeds into ``Article`` records; they know nothing of NLP.

``read_paths`` is what the CLI and the archive use: it yields an ``Article`` for every article it can
read and an ``InputError`` (yielded, not raised) for everything it cannot, so one bad file never stops
a batch.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitat.errors import InputError
from sitat.readers.decode import decode_bytes
from sitat.readers.jsonl import iter_jsonl
from sitat.readers.text import read_text
from sitat.records import Article

INPUT_FORMATS = ("auto", "text", "jsonl")

#: Articles larger than this (in characters) are refused with a clear message.
DEFAULT_MAX_CHARS = 20_000_000


def detect_format(text: str, name: str) -> str:
    """Guess the format from the content first, the file name second."""
    head = text.lstrip()[:1]
    if head == "{":
        return "jsonl"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    return "text"


def read_bytes(data: bytes, name: str, input_format: str = "auto") -> Iterator[Article | InputError]:
    """Articles in one blob of bytes; ``name`` is its path (used for the id of a plain-text file)."""
    try:
        text = decode_bytes(data, name)
    except InputError as exc:
        yield exc
        return
    fmt = detect_format(text, name) if input_format == "auto" else input_format
    if fmt == "jsonl":
        yield from iter_jsonl(text, name)
    elif fmt == "text":
        stem = Path(name).stem if name != "-" else "stdin"
        try:
            yield read_text(text, stem, origin=name)
        except InputError as exc:
            yield exc
    else:
        yield InputError(name, f"unknown input format {fmt!r}; choose one of {', '.join(INPUT_FORMATS)}")


def read_paths(paths: Iterable[str], input_format: str = "auto") -> Iterator[Article | InputError]:
    """Articles from files (``-`` is stdin), in order."""
    for raw in paths:
        if raw == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "-", input_format)
            continue
        path = Path(raw)
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            yield InputError(raw, "is a directory")
            continue
        except FileNotFoundError:
            yield InputError(raw, "no such file")
            continue
        except OSError as exc:
            yield InputError(raw, f"cannot read: {exc.strerror or exc}")
            continue
        yield from read_bytes(data, raw, input_format)
