"""Schema migrations: named, append-only modules applied in order and recorded in ``schema_migrations``.

A migration is a module ``NNNN_name.py`` in this folder with ``upgrade(conn, dialect)``; ``dialect``
is ``"sqlite"`` or ``"postgresql"``. Never edit a migration that has been released: add the next one.
Each migration runs in its own transaction together with the row that records it, so an interrupted
upgrade leaves the archive at the previous version.
"""

from __future__ import annotations

import importlib
import logging
import re
from datetime import UTC, datetime
from importlib import resources

from sqlalchemy import Connection, Engine, text

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_\w+\.py$")


def available() -> list[str]:
    """Names of the migrations shipped with sitat, in the order they apply."""
    names = [p.name for p in resources.files(__name__).iterdir() if _NAME.match(p.name)]
    return sorted(n.removesuffix(".py") for n in names)


def applied(conn: Connection) -> set[str]:
    conn.execute(
        text("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    )
    return {row[0] for row in conn.execute(text("SELECT name FROM schema_migrations"))}


def migrate(engine: Engine) -> list[str]:
    """Apply every pending migration; returns the names applied now."""
    dialect = engine.dialect.name
    with engine.connect() as conn, conn.execution_options(sitat_write=True).begin():
        done = applied(conn)  # (creates the table: a write)
    newly: list[str] = []
    for name in available():
        if name in done:
            continue
        module = importlib.import_module(f"{__name__}.{name}")
        with engine.connect() as conn, conn.execution_options(sitat_write=True).begin():
            # one migrator at a time (SQLite: BEGIN IMMEDIATE); the others wait, then see it applied
            if dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(7305110)"))
            if name in applied(conn):
                continue
            module.upgrade(conn, dialect)
            conn.execute(
                text("INSERT INTO schema_migrations (name, applied_at) VALUES (:name, :at)"),
                {"name": name, "at": datetime.now(UTC).isoformat(timespec="seconds")},
            )
        log.info("archive: applied migration %s", name)
        newly.append(name)
    return newly
