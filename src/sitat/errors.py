"""sitat's own exceptions: every failure a user can cause has one of these types and a clear message.

The CLI turns them into one line on stderr and a non-zero exit status; library code never prints.
"""

from __future__ import annotations


class SitatError(Exception):
    """Base class of every error sitat raises on purpose."""


class InputError(SitatError):
    """An input that cannot be read as an article: bad bytes, bad JSON, unsupported or unsafe format.

    ``origin`` is the file (or URL, or ``path:line``) and ``reason`` says what is wrong, in words a user
    can act on; ``line`` and ``offset`` locate the fault when known.
    """

    def __init__(self, origin: str, reason: str, *, line: int | None = None, offset: int | None = None):
        self.origin = origin
        self.reason = reason
        self.line = line
        self.offset = offset
        where = origin
        if line is not None:
            where += f":{line}"
        if offset is not None:
            where += f" (byte {offset})"
        super().__init__(f"{where}: {reason}")


class ModelError(SitatError):
    """The language model is missing or cannot be loaded."""


class ArchiveError(SitatError):
    """The archive cannot be opened, reached, migrated or queried."""


class QueryError(ArchiveError):
    """A search query that cannot be understood; the message says how to write it."""
