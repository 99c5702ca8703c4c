"""Search filters inside SQLite's full-text index: a ``facets`` column beside ``stems``.

Filtering a frequent word's matches by speaker, outlet, type or date through the ``quotations``
table costs a row lookup per match; as tokens in the index (``s42`` speaker, ``o…`` outlet,
``tdirect`` type, ``y2024``/``m202402``/``d20240214`` dates) FTS5 intersects them itself. The table
is rebuilt from ``quotations`` with the stemming and facet functions every archive connection has.
PostgreSQL filters through its indexes and needs nothing here.
"""

from __future__ import annotations

from sqlalchemy import Connection, text


def upgrade(conn: Connection, dialect: str) -> None:
    if dialect != "sqlite":
        return
    for statement in (
        "DROP TABLE IF EXISTS quotation_fts",
        "CREATE VIRTUAL TABLE quotation_fts USING fts5(stems, facets, "
        "tokenize = 'unicode61 remove_diacritics 0')",
        "INSERT INTO quotation_fts (rowid, stems, facets) SELECT id, sitat_stems(text), "
        "sitat_facets(speaker_id, source, type, day) FROM quotations",
    ):
        conn.execute(text(statement))
