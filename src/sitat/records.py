"""The records that flow between the stages: readers → nlp → quotes → archive → api.

Everything downstream of a reader points into ``Article.text`` with standoff character offsets
(Unicode code points, start inclusive, end exclusive), so one ``Quotation`` has the same shape in
JSON output, in the archive and in evaluation files (see the quotation spec).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

QuotationType = Literal["direct", "indirect", "mixed"]
QUOTATION_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(slots=True)
class Article:
    """One news article as a reader decided its text; every offset later points into ``text``."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601: YYYY-MM-DD, YYYY-MM or a full timestamp
    source: str | None = None  # the outlet: "NTB", "Aftenposten"
    byline: str | None = None
    url: str | None = None
    language: str | None = None
    origin: str | None = None  # where it was read from: a path, "path:line", a URL

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph; paragraphs are separated by blank lines."""
        spans: list[tuple[int, int]] = []
        pos = 0
        for m in _PARAGRAPH_BREAK.finditer(self.text):
            if m.start() > pos:
                spans.append((pos, m.start()))
            pos = m.end()
        if pos < len(self.text):
            spans.append((pos, len(self.text)))
        return spans

    @property
    def content_hash(self) -> str:
        """A stable fingerprint of the text, so re-ingesting the same article is recognised."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(slots=True)
class Quotation:
    """One quotation with standoff offsets into its article's text (the spec's shape, plus provenance).

    ``start``/``end`` delimit the quoted content; ``cue_*`` the word(s) marking speech; ``speaker_*`` the
    mention of the source at this cue. ``speaker`` is the canonical name within the article (the fullest
    proper name it uses), never a pronoun.
    """

    start: int
    end: int
    type: str  # one of QUOTATION_TYPES
    text: str = ""  # the quoted content, article.text[start:end]
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    addressee: str | None = None
    continuation: bool = False
    nested: bool = False
    reporter: bool = False  # an interviewer's question: not attributed to the interviewee
    confidence: float = 1.0
    method: str = ""  # which rule or model produced it, for tracing errors

    def to_dict(self) -> dict[str, Any]:
        # every field is a plain value: a shallow dict in field order, not asdict's deep copy (a search
        # page or extraction output builds thousands of these)
        return {name: getattr(self, name) for name in _QUOTATION_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quotation:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


_QUOTATION_FIELDS = tuple(f.name for f in fields(Quotation))


@dataclass(slots=True)
class ArticleQuotations:
    """The quotations of one article: one JSON Lines record in extraction output and eval files."""

    id: str
    quotes: list[Quotation] = field(default_factory=list)
    article: Article | None = None
    #: set when the quotation rules failed on (part of) this article: ``quotes`` is then incomplete
    error: str | None = None

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        if self.error is not None:
            out["error"] = self.error
        if self.article is not None:
            for key in ("source", "date", "title"):
                value = getattr(self.article, key)
                if value is not None:
                    out[key] = value
            if with_text:
                out["text"] = self.article.text
        out["quotes"] = [q.to_dict() for q in self.quotes]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleQuotations:
        return cls(id=str(data["id"]), quotes=[Quotation.from_dict(q) for q in data.get("quotes") or []])


@dataclass(slots=True)
class Cue:
    """A word or phrase that marks speech, found by the cue stage (standoff offsets into the text).

    ``kind`` is the lexicon's class: speech, view, manner, question (verbs), source_before
    ("ifølge") or document ("heter det i").
    """

    start: int
    end: int
    lemma: str
    kind: str
    token: int  # index of the cue's first token in the Doc
    last_token: int  # index of its last token (the particle of "legger til")
