"""The JSON API: every page's data under ``/api``, plus extraction for other newsroom tools.

Routes are plain ``def`` functions: the archive is synchronous, and FastAPI runs them in its thread
pool so a slow query does not stall the event loop. Filters are checked by ``sitat.api.params``,
the same code the pages use, so a page and its JSON twin answer bad input alike.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, Request, Response
from pydantic import BaseModel

import sitat
from sitat.api.app import APIError, Settings, in_extract_thread
from sitat.api.params import SearchParams, check_article_date, check_date, check_period, pages
from sitat.api.schemas import (
    ArticleDetailOut,
    ErrorOut,
    ExtractIn,
    ExtractOut,
    IngestOut,
    NameCountOut,
    OverviewOut,
    QuotationDetailOut,
    SearchOut,
    SpeakerDetailOut,
    SpeakerSummaryOut,
)
from sitat.archive.reuse import check_count_kind
from sitat.archive.store import AddResult, ArticleView, QuotationView, SearchResult, SpeakerView, Store
from sitat.records import Article, Quotation

router = APIRouter(
    prefix="/api",
    responses={
        400: {"model": ErrorOut, "description": "a query or filter that cannot be understood"},
        422: {"model": ErrorOut, "description": "a parameter of the wrong type"},
        503: {"model": ErrorOut, "description": "the archive or the language model is unavailable"},
    },
)

# --- shared helpers (the pages use them too) -------------------------------------------------------


def store_of(request: Request) -> Store:
    return request.app.state.store


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def find_quotation(store: Store, quotation_id: int) -> QuotationView:
    found = store.get_quotation(quotation_id)
    if found is None:
        raise APIError(404, f"no quotation with id {quotation_id}")
    return found


def find_article(store: Store, article_id: str) -> ArticleView:
    found = store.get_article(article_id)
    if found is None:
        raise APIError(404, f"no article with id {article_id!r}")
    return found


def find_speaker(store: Store, speaker_id: int) -> SpeakerView:
    found = store.get_speaker(speaker_id)
    if found is None:
        raise APIError(404, f"no speaker with id {speaker_id}")
    return found


def default_period(speaker: SpeakerView) -> str:
    """Weeks for a speaker quoted over a few months, months for a longer career."""
    if speaker.first_date and speaker.last_date and speaker.first_date[:7] != speaker.last_date[:7]:
        first_year, first_month = int(speaker.first_date[:4]), int(speaker.first_date[5:7])
        last_year, last_month = int(speaker.last_date[:4]), int(speaker.last_date[5:7])
        if (last_year - first_year) * 12 + last_month - first_month > 6:
            return "month"
    return "week"


def search(
    store: Store, params: SearchParams, speaker_id: int | None = None, collapse: bool = False
) -> SearchResult:
    """One page of a search; a speaker's quotations, newest first, when there is no query."""
    if speaker_id is not None and not params.q and not params.filtered and not collapse:
        return store.speaker_quotations(speaker_id, limit=params.per_page, offset=params.offset)
    kwargs: dict[str, Any] = {**params.store_kwargs(), "collapse": collapse}
    if speaker_id is not None:
        kwargs["speaker"] = speaker_id
    return store.search(params.q, **kwargs)


def validated(schema: type[BaseModel], data: dict[str, Any]) -> Response:
    """The answer checked against its documented schema and written as JSON by pydantic in one step.

    Returned as a finished response, FastAPI skips its own validate-then-``jsonable_encoder`` path,
    which took about 5 ms of a search page of 20 quotations."""
    return Response(schema.model_validate(data).model_dump_json(), media_type="application/json")


def search_out(result: SearchResult, params: SearchParams) -> dict[str, Any]:
    out = result.to_dict()
    out["query"] = params.q
    out["page"] = params.page
    out["pages"] = pages(result.total, params.per_page)
    return out


async def extract_quotations(settings: Settings, article: Article) -> list[Quotation]:
    """``sitat.extract`` within the size limit, in an extraction thread (``in_extract_thread``)."""
    check_extractable(settings, article)
    return await in_extract_thread(settings, lambda: sitat.extract(article))


async def extract_and_store(settings: Settings, store: Store, article: Article) -> AddResult:
    """Extract ``article`` and store it with its quotations, both in one extraction thread: neither
    holds up the readers."""
    check_extractable(settings, article)
    return await in_extract_thread(settings, lambda: store.add(article, sitat.extract(article)))


def check_extractable(settings: Settings, article: Article) -> None:
    if len(article.text) > settings.max_extract_chars:
        raise APIError(
            413,
            f"the article has {len(article.text)} characters; the limit is {settings.max_extract_chars}",
        )
    if not article.text.strip():
        raise APIError(400, "the article is empty")


def check_token(settings: Settings, offered: str | None) -> None:
    if not settings.allow_ingest:
        raise APIError(
            403, "this server is read-only; start it with 'sitat serve --allow-ingest' to add articles"
        )
    if not settings.token_ok(offered):
        raise APIError(401, "a valid token is needed to add articles (the one 'sitat serve' printed)")


def article_of(body: ExtractIn) -> Article:
    """The article a client sent, with its date checked and an id made from its text if it has none."""
    article = Article(
        id=(body.id or "").strip(),
        text=body.text,
        title=(body.title or "").strip() or None,
        date=check_article_date(body.date),
        source=(body.source or "").strip() or None,
        origin="upload",
    )
    article.id = article.id or upload_id(article)
    return article


def upload_id(article: Article) -> str:
    """An id for a pasted article that has none: the same text always gets the same id."""
    return f"upload-{article.content_hash[:16]}"


# --- routes --------------------------------------------------------------------------------------

Q = Annotated[str, Query(description='words (any inflection), "phrases" or «phrases», -word to exclude')]
SpeakerQ = Annotated[str, Query(description="speaker id, or a name or alias")]
OutletQ = Annotated[str, Query(description="outlet, as the archive names it (NTB, Aftenposten…)")]
TypeQ = Annotated[str, Query(description="direct, indirect or mixed")]
FromQ = Annotated[str, Query(alias="from", description="first day, YYYY-MM-DD (or YYYY-MM, YYYY)")]
ToQ = Annotated[str, Query(alias="to", description="last day, YYYY-MM-DD (or YYYY-MM, YYYY)")]
PageQ = Annotated[int, Query(ge=1, description="page of results, from 1")]
PerPageQ = Annotated[int, Query(ge=1, description="results per page, at most 100")]
CountQ = Annotated[str, Query(description="printings (every outlet's copy) or quotations (each once)")]
PeriodQ = Annotated[str, Query(description="week or month")]


@router.get("/search", response_model=SearchOut, summary="Search quotations")
def api_search(
    request: Request,
    q: Q = "",
    speaker: SpeakerQ = "",
    outlet: OutletQ = "",
    type: TypeQ = "",
    date_from: FromQ = "",
    date_to: ToQ = "",
    page: PageQ = 1,
    per_page: PerPageQ = 20,
    count: CountQ = "printings",
) -> Response:
    """Ranked full-text search with Norwegian stemming; an empty query lists the newest quotations.

    ``count=quotations`` shows a quotation printed by many outlets once (its first printing).
    """
    params = SearchParams.parse(q, speaker, outlet, type, date_from, date_to, page, per_page)
    collapse = check_count_kind(count) == "quotations"
    return validated(SearchOut, search_out(search(store_of(request), params, collapse=collapse), params))


@router.get(
    "/quotations/{quotation_id}",
    response_model=QuotationDetailOut,
    summary="One quotation",
    responses={404: {"model": ErrorOut}},
)
def api_quotation(request: Request, quotation_id: Annotated[int, Path(ge=1)]) -> dict[str, Any]:
    """The quotation with its article and the other quotations of that article."""
    store = store_of(request)
    found = find_quotation(store, quotation_id)
    article = store.get_article(found.article.id)
    others = [q.to_dict() for q in article.quotations if q.id != found.id] if article else []
    printings = [p.to_dict() for p in store.printings(found.id)]  # where else it appeared (issue 4)
    return {"quotation": found.to_dict(), "others": others, "printings": printings}


@router.get(
    "/articles/{article_id:path}",
    response_model=ArticleDetailOut,
    summary="One article with its quotations",
    responses={404: {"model": ErrorOut}},
)
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    store = store_of(request)
    view = find_article(store, article_id)
    copies = [a.to_dict() for a in store.article_copies(view.article.id)]  # republished copies (issue 4)
    quotations = [q.to_dict() for q in view.quotations]
    return {"article": view.article.to_dict(), "quotations": quotations, "copies": copies}


@router.get("/speakers", response_model=list[SpeakerSummaryOut], summary="Find speakers by name")
def api_speakers(
    request: Request,
    name: Annotated[str, Query(description="part of a name or alias; empty: the most quoted")] = "",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    count: CountQ = "printings",
) -> list[dict[str, Any]]:
    store = store_of(request)
    name = name.strip()
    kind = check_count_kind(count)
    found = store.find_speakers(name, limit=limit) if name else store.top_speakers(limit=limit, count=kind)
    return [s.to_dict() for s in found]


@router.get(
    "/speakers/{speaker_id}",
    response_model=SpeakerDetailOut,
    summary="One speaker with counts per period",
    responses={404: {"model": ErrorOut}},
)
def api_speaker(
    request: Request,
    speaker_id: Annotated[int, Path(ge=1)],
    period: PeriodQ = "",
    date_from: FromQ = "",
    date_to: ToQ = "",
) -> Response:
    """Names, roles and gender; quotations per week or month; outlets, cue verbs, co-quoted speakers."""
    store = store_of(request)
    speaker = find_speaker(store, speaker_id)
    return validated(SpeakerDetailOut, speaker_detail(store, speaker, period, date_from, date_to))


def speaker_detail(
    store: Store, speaker: SpeakerView, period: str, date_from: str, date_to: str
) -> dict[str, Any]:
    chosen = check_period(period) if period else default_period(speaker)
    timeline = store.speaker_timeline(
        speaker.id,
        chosen,  # type: ignore[arg-type]
        date_from=check_date(date_from, "from"),
        date_to=check_date(date_to, "to", end=True),
    )
    return {
        "speaker": speaker.to_dict(),
        "period": chosen,
        "timeline": [p.to_dict() for p in timeline],
        "outlets": [n.to_dict() for n in store.speaker_outlets(speaker.id)],
        "cues": [n.to_dict() for n in store.speaker_cues(speaker.id)],
        "co_quoted": [s.to_dict() for s in store.co_quoted(speaker.id)],
    }


@router.get(
    "/speakers/{speaker_id}/quotations",
    response_model=SearchOut,
    summary="A speaker's quotations, newest first, searchable",
    responses={404: {"model": ErrorOut}},
)
def api_speaker_quotations(
    request: Request,
    speaker_id: Annotated[int, Path(ge=1)],
    q: Q = "",
    outlet: OutletQ = "",
    type: TypeQ = "",
    date_from: FromQ = "",
    date_to: ToQ = "",
    page: PageQ = 1,
    per_page: PerPageQ = 20,
) -> Response:
    store = store_of(request)
    find_speaker(store, speaker_id)
    params = SearchParams.parse(q, "", outlet, type, date_from, date_to, page, per_page)
    return validated(SearchOut, search_out(search(store, params, speaker_id), params))


@router.get("/overview", response_model=OverviewOut, summary="Totals, top speakers, gender share")
def api_overview(
    request: Request,
    date_from: FromQ = "",
    date_to: ToQ = "",
    period: PeriodQ = "month",
    outlet: OutletQ = "",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    """Archive totals; the most quoted speakers, the outlets and the share of quotations by gender."""
    return overview(store_of(request), date_from, date_to, period, outlet, limit)


def overview(
    store: Store, date_from: str, date_to: str, period: str, outlet: str, limit: int = 20
) -> dict[str, Any]:
    start, end = check_date(date_from, "from"), check_date(date_to, "to", end=True)
    chosen = check_period(period)
    source = outlet.strip() or None
    return {
        "totals": store.overview().to_dict(),
        "date_from": start,
        "date_to": end,
        "period": chosen,
        "top_speakers": [
            s.to_dict() for s in store.top_speakers(date_from=start, date_to=end, source=source, limit=limit)
        ],
        "top_outlets": [n.to_dict() for n in store.top_outlets(date_from=start, date_to=end, limit=limit)],
        "gender_share": [
            g.to_dict()
            for g in store.gender_share(chosen, date_from=start, date_to=end, source=source)  # type: ignore[arg-type]
        ],
    }


@router.get("/outlets", response_model=list[NameCountOut], summary="Every outlet with its article count")
def api_outlets(request: Request) -> list[dict[str, Any]]:
    return [n.to_dict() for n in store_of(request).sources()]


@router.post(
    "/extract",
    response_model=ExtractOut,
    summary="Extract quotations from a text (nothing is stored)",
    responses={413: {"model": ErrorOut, "description": "the text is over the size limit"}},
)
async def api_extract(request: Request, body: ExtractIn) -> dict[str, Any]:
    """Text in, quotations out: for other newsroom tools. Offsets point into the text as sent."""
    article = article_of(body)
    quotations = await extract_quotations(settings_of(request), article)
    return {"id": article.id, "quotations": [q.to_dict() for q in quotations]}


@router.post(
    "/articles",
    response_model=IngestOut,
    status_code=201,
    summary="Add an article to the archive (only with --allow-ingest and the token)",
    responses={
        401: {"model": ErrorOut, "description": "no token or a wrong one"},
        403: {"model": ErrorOut, "description": "the server is read-only"},
        413: {"model": ErrorOut, "description": "the text is over the size limit"},
    },
)
async def api_ingest(
    request: Request,
    body: ExtractIn,
    authorization: Annotated[str, Header(description="Bearer TOKEN")] = "",
) -> dict[str, Any]:
    """Extract the article's quotations and store both; returns what the archive did."""
    settings = settings_of(request)
    scheme, _, offered = authorization.partition(" ")
    # header values arrive decoded as Latin-1; a token is text in UTF-8
    offered = offered.strip().encode("latin-1", "replace").decode("utf-8", "replace")
    check_token(settings, offered if scheme.lower() == "bearer" else None)
    result = await extract_and_store(settings, store_of(request), article_of(body))
    return {
        "article_id": result.article_id,
        "status": result.status,
        "quotations": result.quotations,
        "duplicate_of": result.duplicate_of,
    }
