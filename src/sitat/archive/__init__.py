"""The quotation archive: articles, quotations and speaker entities, searchable, in SQLite or PostgreSQL.

    >>> from sitat.archive import open_store
    >>> with open_store("sqlite:///sitat.db") as store:
    ...     result = store.search("forsvarsutgifter", speaker="Stoltenberg")

``Store`` (in ``sitat.archive.store``) is the one interface; ``open_store`` picks the implementation
from the URL and applies pending migrations.
"""

from __future__ import annotations

from sitat.archive.store import DEFAULT_URL, Store, open_store

__all__ = ["DEFAULT_URL", "Store", "open_store"]
