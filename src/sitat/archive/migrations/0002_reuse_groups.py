"""Quotation reuse (issue 4): which stored quotations are printings of one quotation, which articles
are copies of one story. Filled by ``Store.group_printings``; only groups of two or more are stored,
so a quotation without a row was printed once.

``group_id`` is the id of the group's first printing (the earliest; a quotation id, or an article id
for stories), so counting ``COALESCE(group_id, id)`` counts each quotation once. Rows go when their
quotation or article goes: by foreign key in PostgreSQL, by trigger in SQLite (which does not
enforce foreign keys here).
"""

from __future__ import annotations

from sqlalchemy import Connection, text


def upgrade(conn: Connection, dialect: str) -> None:
    pg = dialect == "postgresql"
    ref = "BIGINT" if pg else "INTEGER"
    statements = [
        f"""CREATE TABLE quotation_groups (
            quotation_id {ref} PRIMARY KEY REFERENCES quotations (id) ON DELETE CASCADE,
            group_id {ref} NOT NULL,
            printings INTEGER NOT NULL
        )""",
        "CREATE INDEX quotation_groups_group ON quotation_groups (group_id)",
        """CREATE TABLE article_groups (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            group_id TEXT NOT NULL,
            copies INTEGER NOT NULL
        )""",
        "CREATE INDEX article_groups_group ON article_groups (group_id)",
    ]
    if not pg:
        statements += [
            "CREATE TRIGGER quotation_groups_gone AFTER DELETE ON quotations BEGIN "
            "DELETE FROM quotation_groups WHERE quotation_id = OLD.id; END",
            "CREATE TRIGGER article_groups_gone AFTER DELETE ON articles BEGIN "
            "DELETE FROM article_groups WHERE article_id = OLD.id; END",
        ]
    for statement in statements:
        conn.execute(text(statement))
