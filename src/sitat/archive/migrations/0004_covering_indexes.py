"""Indexes that answer the speaker pages and date-range rankings without reading table rows.

``quotations (day, speaker_id)`` replaces ``(day)`` for "most quoted in a period"; ``speaker_names
(speaker_id, kind, value)`` replaces ``(speaker_id, kind)`` for a speaker's aliases and roles.
"""

from __future__ import annotations

from sqlalchemy import Connection, text


def upgrade(conn: Connection, dialect: str) -> None:
    for statement in (
        "CREATE INDEX quotations_day_speaker ON quotations (day, speaker_id)",
        "DROP INDEX quotations_day",
        "CREATE INDEX speaker_names_speaker_value ON speaker_names (speaker_id, kind, value)",
        "DROP INDEX speaker_names_speaker",
    ):
        conn.execute(text(statement))
