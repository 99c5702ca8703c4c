"""Bytes to text, refusing what is not text and saying where it went wrong."""

from __future__ import annotations

from sitat.errors import InputError


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode UTF-8 (with or without BOM); refuse binary data and invalid UTF-8 with the byte offset."""
    if not data.strip():
        raise InputError(origin, "the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(origin, "looks like binary data (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(origin, f"invalid UTF-8: {exc.reason}", offset=exc.start) from None
