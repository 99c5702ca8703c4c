"""The HTML pages: search, quotation, article, speaker, overview, upload and the API's documentation.

Each page asks the archive through the same helpers as its JSON twin in ``sitat.api.routes`` and
renders a Jinja template with autoescaping. Bad filters are shown on the page next to the form
(status 400) rather than as a bare error, so a user can correct them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from sitat.api.app import APIError
from sitat.api.params import PER_PAGE, SearchParams, check_article_date, pages
from sitat.api.routes import (
    check_token,
    extract_and_store,
    find_article,
    find_quotation,
    find_speaker,
    overview,
    search,
    settings_of,
    speaker_detail,
    store_of,
    upload_id,
)
from sitat.archive.store import ArticleView, QuotationView
from sitat.errors import InputError, ModelError, QueryError
from sitat.readers import read_bytes
from sitat.records import QUOTATION_TYPES, Article
from sitat.web.highlight import Span, paragraphs
from sitat.web.render import (
    article_url,
    quotation_spans,
    quotation_url,
    render,
    search_url,
    speaker_url,
)

router = APIRouter(include_in_schema=False)

#: An uploaded file is read whole; the body limit of the app caps it before it is read.
UPLOAD_FILE_BYTES = 1_000_000

From = Annotated[str, Query(alias="from")]
To = Annotated[str, Query(alias="to")]


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    settings = settings_of(request)
    html = render(template, path=request.url.path, allow_ingest=settings.allow_ingest, **context)
    return HTMLResponse(html, status_code=status)


def kept_page(request: Request, build: Callable[[], HTMLResponse]) -> HTMLResponse:
    """``build()``, or the same page built a moment ago for the same URL when the app keeps answers.

    For pages made only from the archive's read answers (never from a form post or a token); the
    page is kept exactly as long as the cached answers it shows (``sitat.api.cache``)."""
    keep = getattr(store_of(request), "kept", None)
    if keep is None:
        return build()

    def finished() -> tuple[bytes, int]:
        response = build()
        return bytes(response.body), response.status_code

    body, status = keep(("html", request.url.path, request.url.query), finished)
    return HTMLResponse(body, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    titles = {
        400: "Feil i søket",
        401: "Ingen tilgang",
        403: "Bare lesing",
        404: "Finnes ikke",
        413: "For stort",
        503: "Utilgjengelig",
    }
    return page(request, "error.html", status, title=titles.get(status, "Feil"), code=status, message=message)


def _page_number(raw: str) -> int:
    try:
        return int(raw or 1)
    except ValueError:
        raise QueryError(f"page must be a number, not {raw!r}") from None


# --- search --------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = "",
    speaker: str = "",
    outlet: str = "",
    type: str = "",
    date_from: From = "",
    date_to: To = "",
    page_: Annotated[str, Query(alias="page")] = "1",
) -> HTMLResponse:
    return kept_page(
        request, lambda: _search_page(request, q, speaker, outlet, type, date_from, date_to, page_)
    )


def _search_page(
    request: Request, q: str, speaker: str, outlet: str, type: str, date_from: str, date_to: str, page_: str
) -> HTMLResponse:
    store = store_of(request)
    form = {"q": q, "speaker": speaker, "outlet": outlet, "type": type, "from": date_from, "to": date_to}
    try:
        params = SearchParams.parse(q, speaker, outlet, type, date_from, date_to, _page_number(page_))
        result = search(store, params)
    except QueryError as exc:
        return page(
            request,
            "search.html",
            400,
            form=form,
            error=str(exc),
            result=None,
            params=None,
            outlets=store.sources(),
            types=QUOTATION_TYPES,
            pager=None,
        )
    return page(
        request,
        "search.html",
        form=form,
        error=None,
        result=result,
        params=params,
        outlets=store.sources(),
        types=QUOTATION_TYPES,
        pager=_pager(params, result.total, "/", exact=result.total_exact),
    )


def _pager(
    params: SearchParams, total: int, base: str, extra: str = "", exact: bool = True
) -> dict[str, Any]:
    last = pages(total, params.per_page)
    return {
        "page": params.page,
        "pages": last,
        "prev": f"{base}?{extra}{params.query_string(page=params.page - 1)}" if params.page > 1 else None,
        "next": f"{base}?{extra}{params.query_string(page=params.page + 1)}" if params.page < last else None,
        "first": params.offset + 1,
        "last": min(params.offset + params.per_page, total),
        "total": total,
        "exact": exact,
    }


# --- quotation and article -----------------------------------------------------------------------


def _context_bounds(article: Article, spans: list[Span]) -> tuple[list[tuple[int, int]], bool, bool]:
    """The paragraphs holding the quotation, with one before and one after, and whether more exist."""
    bounds = article.paragraphs
    lo = min(s.start for s in spans)
    hi = max(s.end for s in spans)
    hit = [i for i, (a, b) in enumerate(bounds) if a < hi and b > lo] or [0]
    first, last = max(hit[0] - 1, 0), min(hit[-1] + 1, len(bounds) - 1)
    return bounds[first : last + 1], first > 0, last < len(bounds) - 1


@router.get("/quotations/{quotation_id}", response_class=HTMLResponse)
def quotation_page(request: Request, quotation_id: int) -> HTMLResponse:
    store = store_of(request)
    view = find_quotation(store, quotation_id)
    article = find_article(store, view.article.id)
    spans = quotation_spans(view)
    bounds, before, after = _context_bounds(article.article, spans)
    return page(
        request,
        "quotation.html",
        view=view,
        article=article.article,
        context=paragraphs(article.article.text, bounds, spans),
        more_before=before,
        more_after=after,
        others=[q for q in article.quotations if q.id != view.id],
        printings=[p for p in store.printings(view.id) if p.id != view.id],  # issue 4
    )


def _who_said_what(quotations: list[QuotationView]) -> list[dict[str, Any]]:
    """The article's quotations grouped by speaker, speakers in order of first appearance."""
    groups: OrderedDict[Any, dict[str, Any]] = OrderedDict()
    for number, q in enumerate(quotations, 1):
        key = q.speaker_id if q.speaker_id is not None else ("name", q.speaker_name or q.quotation.speaker)
        if key not in groups:
            groups[key] = {
                "name": q.speaker_name or q.quotation.speaker,
                "speaker_id": q.speaker_id,
                "items": [],
            }
        groups[key]["items"].append((number, q))
    return list(groups.values())


def marked_article(view: ArticleView) -> list[Markup]:
    """The article's paragraphs with every quotation marked and numbered (the number links to it)."""
    spans: list[Span] = []
    badges: dict[int, Markup] = {}
    for number, q in enumerate(view.quotations, 1):
        spans.extend(quotation_spans(q, ref=True))
        badge = Markup('<a class="qnum" id="q-{id}" href="{url}" title="sitat {n}">{n}</a>').format(
            id=q.id, url=quotation_url(q.id), n=number
        )
        badges[q.quotation.start] = badges.get(q.quotation.start, Markup("")) + badge
    return paragraphs(view.article.text, view.article.paragraphs, spans, badges)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    store = store_of(request)
    view = find_article(store, article_id)
    return page(
        request,
        "article.html",
        article=view.article,
        quotations=view.quotations,
        paragraphs=marked_article(view),
        groups=_who_said_what(view.quotations),
        copies=[a for a in store.article_copies(view.article.id) if a.id != view.article.id],  # issue 4
    )


# --- speaker -------------------------------------------------------------------------------------


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker_page(
    request: Request,
    speaker_id: int,
    q: str = "",
    period: str = "",
    page_: Annotated[str, Query(alias="page")] = "1",
) -> HTMLResponse:
    return kept_page(request, lambda: _speaker_page(request, speaker_id, q, period, page_))


def _speaker_page(request: Request, speaker_id: int, q: str, period: str, page_: str) -> HTMLResponse:
    store = store_of(request)
    speaker = find_speaker(store, speaker_id)
    error = None
    try:
        detail = speaker_detail(store, speaker, period, "", "")
    except QueryError as exc:
        error = str(exc)
        detail = speaker_detail(store, speaker, "", "", "")
    try:
        params = SearchParams.parse(q, page=_page_number(page_))
        result = search(store, params, speaker.id)
    except QueryError as exc:
        error = str(exc)
        params = SearchParams()
        result = search(store, params, speaker.id)
    base = f"/speakers/{speaker.id}"
    # paging keeps the chosen period: it goes in front of the search's own parameters
    pager = _pager(
        params, result.total, base, f"period={detail['period']}&" if period else "", exact=result.total_exact
    )
    return page(
        request,
        "speaker.html",
        400 if error else 200,
        speaker=speaker,
        detail=detail,
        timeline=[(p["period"], p["count"]) for p in detail["timeline"]],
        outlet_bars=[
            (n["name"], n["count"], search_url(speaker=str(speaker.id), outlet=n["name"]))
            for n in detail["outlets"]
        ],
        cue_bars=[(n["name"], n["count"], None) for n in detail["cues"]],
        result=result,
        q=params.q,
        error=error,
        pager=pager,
        base=base,
    )


@router.get("/speakers", response_class=HTMLResponse)
def speakers_page(request: Request, name: str = "") -> HTMLResponse:
    store = store_of(request)
    name = name.strip()[:200]
    found = store.find_speakers(name, limit=50) if name else store.top_speakers(limit=50)
    return page(request, "speakers.html", name=name, speakers=found)


# --- overview ------------------------------------------------------------------------------------


@router.get("/overview", response_class=HTMLResponse)
def overview_page(
    request: Request,
    date_from: From = "",
    date_to: To = "",
    period: str = "month",
    outlet: str = "",
) -> HTMLResponse:
    return kept_page(request, lambda: _overview_page(request, date_from, date_to, period, outlet))


def _overview_page(request: Request, date_from: str, date_to: str, period: str, outlet: str) -> HTMLResponse:
    store = store_of(request)
    form = {"from": date_from, "to": date_to, "period": period, "outlet": outlet}
    error, status = None, 200
    try:
        data = overview(store, date_from, date_to, period, outlet)
    except QueryError as exc:
        error, status = str(exc), 400
        data = overview(store, "", "", "month", "")
    shares = data["gender_share"]
    return page(
        request,
        "overview.html",
        status,
        form=form,
        error=error,
        data=data,
        outlets=store.sources(),
        share_periods=[g["period"] for g in shares],
        share_counts={s: [g[s] for g in shares] for s in ("female", "male", "unknown")},
        known_share=_known_share(shares),
        speaker_bars=[(s["name"], s["quotations"], speaker_url(s["id"])) for s in data["top_speakers"]],
        outlet_bars=[
            (n["name"], n["count"], search_url(outlet=n["name"], **{"from": date_from, "to": date_to}))
            for n in data["top_outlets"]
        ],
    )


def _known_share(shares: list[dict[str, Any]]) -> float | None:
    female = sum(g["female"] for g in shares)
    known = female + sum(g["male"] for g in shares)
    return female / known if known else None


# --- upload --------------------------------------------------------------------------------------


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> HTMLResponse:
    if not settings_of(request).allow_ingest:
        raise APIError(404, "uploading is off: this server is read-only (start it with --allow-ingest)")
    return page(request, "upload.html", error=None, form={})


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request) -> Response:
    settings = settings_of(request)
    if not settings.allow_ingest:
        raise APIError(404, "uploading is off: this server is read-only (start it with --allow-ingest)")
    form = await request.form(max_files=1, max_fields=10, max_part_size=settings.max_body_bytes)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    shown = {k: fields.get(k, "") for k in ("title", "source", "date", "text")}
    try:
        check_token(settings, fields.get("token"))
    except APIError as exc:
        return page(request, "upload.html", exc.status, error=exc.message, form=shown)
    upload_file = form.get("file")
    try:
        article = await _uploaded_article(upload_file, fields)
    except (InputError, QueryError) as exc:
        return page(request, "upload.html", 400, error=str(exc), form=shown)

    try:
        result = await extract_and_store(settings, store_of(request), article)
    except APIError as exc:
        return page(request, "upload.html", exc.status, error=exc.message, form=shown)
    except ModelError as exc:
        message = f"quotation extraction is unavailable: {exc}"
        return page(request, "upload.html", 503, error=message, form=shown)
    target = result.duplicate_of or result.article_id
    return RedirectResponse(article_url(target), status_code=303)


async def _uploaded_article(upload_file: Any, fields: dict[str, str]) -> Article:
    """The article from the uploaded file (text or JSON Lines, its first article) or the pasted text."""
    article: Article | None = None
    if upload_file is not None and not isinstance(upload_file, str) and upload_file.filename:
        data = await upload_file.read(UPLOAD_FILE_BYTES + 1)
        if len(data) > UPLOAD_FILE_BYTES:
            raise InputError(upload_file.filename, f"the file is larger than {UPLOAD_FILE_BYTES // 1000} kB")
        for item in read_bytes(data, upload_file.filename, "auto"):
            if isinstance(item, InputError):
                raise item
            article = item
            break
        if article is None:
            raise InputError(upload_file.filename, "the file holds no article")
    else:
        text = fields.get("text", "").replace("\r\n", "\n").strip()
        if not text:
            raise InputError("upload", "paste an article's text or choose a file")
        article = Article(id="", text=text)
    article.title = fields.get("title", "").strip() or article.title
    article.source = fields.get("source", "").strip() or article.source
    article.date = check_article_date(fields.get("date")) or article.date
    article.origin = "upload"
    if not article.id or article.id in ("stdin", "upload"):
        article.id = upload_id(article)
    return article


# --- documentation of the API --------------------------------------------------------------------


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI schema as a page, without the CDN-hosted viewers FastAPI would use."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": op.get("parameters", []),
                    "has_body": "requestBody" in op,
                    "responses": sorted(op.get("responses", {})),
                }
            )
    return page(request, "api_docs.html", endpoints=endpoints, per_page=PER_PAGE)
