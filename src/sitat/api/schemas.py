"""The shapes of the JSON API, as pydantic models, so the generated OpenAPI schema documents them.

They mirror the archive's view records (``sitat.archive.store``) and the stage record ``Quotation``
field for field; the routes build them from ``to_dict()`` of those records.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class ErrorOut(BaseModel):
    """Every error the API returns: the HTTP status again, and a message a person can act on."""

    status: int = Field(examples=[404])
    message: str = Field(examples=["no quotation with id 17"])


class QuotationRecord(BaseModel):
    """A quotation as extraction returns it: offsets into the article's text, speaker as named there."""

    start: int
    end: int
    type: str = Field(description="direct, indirect or mixed")
    text: str = ""
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
    reporter: bool = False
    confidence: float = 1.0
    method: str = ""


class ArticleRefOut(BaseModel):
    id: str
    title: str | None = None
    date: str | None = None
    source: str | None = Field(default=None, description="the outlet")
    url: str | None = None


class QuotationOut(QuotationRecord):
    """A stored quotation: its archive id, its article and the speaker entity it is attributed to."""

    id: int
    article: ArticleRefOut
    speaker_id: int | None = None
    speaker_name: str | None = Field(default=None, description="the archive's name for the speaker entity")


class SnippetOut(BaseModel):
    text: str
    marks: list[list[int]] = Field(description="[start, end] of each matched word in text")


class HitOut(BaseModel):
    quotation: QuotationOut
    snippet: SnippetOut
    score: float = 0.0


class SearchOut(BaseModel):
    query: str
    total: int
    total_exact: bool = Field(
        True,
        description="false when total is an estimate: more matches than the archive ranks (the newest "
        "500), from how far back in time they reach",
    )
    limit: int
    offset: int
    page: int
    pages: int
    hits: list[HitOut]


class QuotationDetailOut(BaseModel):
    quotation: QuotationOut
    others: list[QuotationOut] = Field(description="the other quotations of the same article, in text order")
    printings: list[QuotationOut] = Field(
        default_factory=list,
        description="every printing of this quotation across outlets, earliest first, itself included",
    )


class ArticleOut(BaseModel):
    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    byline: str | None = None
    url: str | None = None
    language: str | None = None


class ArticleDetailOut(BaseModel):
    article: ArticleOut
    quotations: list[QuotationOut]
    copies: list[ArticleRefOut] = Field(
        default_factory=list, description="every stored copy of this story across outlets, earliest first"
    )


class NameCountOut(BaseModel):
    name: str
    count: int


class PeriodCountOut(BaseModel):
    period: str = Field(examples=["2024-02", "2024-W07"])
    count: int


class SpeakerLinkOut(BaseModel):
    id: int
    name: str
    articles: int = Field(description="articles that quote both speakers")


class SpeakerOut(BaseModel):
    id: int
    name: str
    gender: str = Field(description="female, male or unknown")
    gender_source: str | None = None
    aliases: list[NameCountOut]
    roles: list[NameCountOut]
    quotations: int
    articles: int
    first_date: str | None = None
    last_date: str | None = None
    distinct_quotations: int | None = Field(
        None, description="quotations counted once however many outlets printed them (not per printing)"
    )


class SpeakerDetailOut(BaseModel):
    speaker: SpeakerOut
    period: str
    timeline: list[PeriodCountOut]
    outlets: list[NameCountOut]
    cues: list[NameCountOut]
    co_quoted: list[SpeakerLinkOut]


class SpeakerSummaryOut(BaseModel):
    id: int
    name: str
    gender: str
    quotations: int
    articles: int
    first_date: str | None = None
    last_date: str | None = None
    roles: list[str] = Field(default_factory=list)
    distinct_quotations: int | None = Field(None, description="quotations counted once, not per printing")


class GenderShareOut(BaseModel):
    period: str
    female: int
    male: int
    unknown: int
    female_speakers: int = 0
    male_speakers: int = 0
    unknown_speakers: int = 0
    female_share: float | None = Field(description="women among quotations whose speaker's gender is known")


class TotalsOut(BaseModel):
    articles: int
    quotations: int
    speakers: int
    sources: int
    first_date: str | None
    last_date: str | None
    by_type: dict[str, int]


class OverviewOut(BaseModel):
    totals: TotalsOut
    date_from: str | None
    date_to: str | None
    period: str
    top_speakers: list[SpeakerSummaryOut]
    top_outlets: list[NameCountOut]
    gender_share: list[GenderShareOut]


class ExtractIn(BaseModel):
    """An article to extract quotations from; nothing is stored."""

    text: str = Field(description="the article's text; paragraphs separated by a blank line")
    title: str | None = None
    date: str | None = None
    source: str | None = None
    id: str | None = None


class ExtractOut(BaseModel):
    id: str
    quotations: list[QuotationRecord]


class IngestOut(BaseModel):
    article_id: str
    status: str = Field(description="added, updated, unchanged or duplicate")
    quotations: int
    duplicate_of: str | None = None
