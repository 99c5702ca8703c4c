"""The web application: JSON API under ``/api`` and HTML pages beside it, over one archive ``Store``.

``create_app(store)`` builds a FastAPI app that only reads the archive. With ``allow_ingest=True``
it also accepts articles (``/upload``, ``POST /api/articles``), and only from callers that present
the token. Errors become JSON (``{"status": …, "message": …}``) under ``/api`` and an HTML page
elsewhere, never a traceback.
"""

from __future__ import annotations

import gc
import logging
import secrets
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitat import __version__
from sitat.api.cache import CachedStore
from sitat.archive.store import Store
from sitat.errors import ArchiveError, InputError, ModelError, QueryError, SitatError

log = logging.getLogger(__name__)

#: Largest article ``POST /api/extract`` and the upload accept, in characters (a long feature is ~30k).
MAX_EXTRACT_CHARS = 100_000
#: Largest request body accepted at all, in bytes; checked before the body is read.
MAX_BODY_BYTES = 1_000_000
#: Extractions allowed to run at once; more wait, and give up with 503 after ``EXTRACT_WAIT`` seconds.
#: They run in threads of their own, so a long extraction never holds up the archive's readers.
EXTRACT_SLOTS = 2
EXTRACT_WAIT = 30.0
#: Read requests one server process works on at once. Pages and searches are CPU-bound (Python and
#: SQLite): threads of one process only take turns at the interpreter lock, and switching between
#: them costs more than it gives (1 M archive, 2 processes, 20 clients, three-word searches: 266
#: requests/s and p95 136 ms with one thread, 182/s and 250 ms with 40). More cores: more ``--workers``.
READ_THREADS = 1
#: The garbage collector's thresholds in a server process (CPython's default: 700, 10, 10). The cache
#: keeps 100,000+ objects alive; with the defaults a full collection walks them all every few hundred
#: requests (70–170 ms, measured at a million quotations) and every queued request waits for it.
GC_THRESHOLDS = (7000, 20, 100)
#: How long aggregate figures are kept before they are asked of the archive again (seconds).
CACHE_SECONDS = 600.0

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


@dataclass(slots=True)
class Settings:
    """How this server was started; kept on ``app.state.settings``."""

    allow_ingest: bool = False
    token: str | None = None
    max_extract_chars: int = MAX_EXTRACT_CHARS
    max_body_bytes: int = MAX_BODY_BYTES
    read_threads: int = READ_THREADS
    #: extractions (and the writes after them) waiting or running; ``EXTRACT_SLOTS`` run at once
    extract_slots: anyio.Semaphore = field(default_factory=lambda: anyio.Semaphore(EXTRACT_SLOTS))
    extract_threads: anyio.CapacityLimiter = field(
        default_factory=lambda: anyio.CapacityLimiter(EXTRACT_SLOTS)
    )

    def token_ok(self, offered: str | None) -> bool:
        """Constant-time token check; always false when ingest is off."""
        if not self.allow_ingest or not self.token or not offered:
            return False
        return secrets.compare_digest(offered.encode("utf-8"), self.token.encode("utf-8"))


T = TypeVar("T")


async def in_extract_thread(settings: Settings, work: Callable[[], T]) -> T:
    """``work()`` (an extraction, perhaps with its write) in a thread of its own, at most
    ``EXTRACT_SLOTS`` at once; 503 after waiting ``EXTRACT_WAIT`` seconds for a slot."""
    with anyio.move_on_after(EXTRACT_WAIT) as waiting:
        await settings.extract_slots.acquire()
    if waiting.cancelled_caught:
        raise APIError(503, "the server is busy extracting other articles; try again shortly")
    try:
        return await anyio.to_thread.run_sync(work, limiter=settings.extract_threads)
    finally:
        settings.extract_slots.release()


class APIError(Exception):
    """An error with an HTTP status, raised by routes and pages, shown as JSON or as a page."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every response (a plain ASGI wrapper: no per-request task)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` before they are read into memory.

    A declared ``Content-Length`` over the limit is answered at once with 413; a body sent without
    one (chunked) is read here as it arrives and refused as soon as it passes the limit.
    """

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                too_big = True
            if too_big:
                await self._refuse(scope, send)
                return
        # read the body here (a chunked one has no declared length), up to the limit, then hand it on
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > self.max_bytes:
                await self._refuse(scope, send)
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _message(self) -> str:
        return f"the request is larger than the limit of {self.max_bytes // 1000} kB"

    async def _refuse(self, scope: Scope, send: Send) -> None:
        response: Response
        if scope["path"].startswith("/api"):
            response = JSONResponse({"status": 413, "message": self._message()}, status_code=413)
        else:
            from sitat.web.render import render

            html = render(
                "error.html",
                path=scope["path"],
                allow_ingest=False,
                title="For stort",
                code=413,
                message=self._message(),
            )
            response = HTMLResponse(html, status_code=413)
        await response(scope, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _validation_message(exc: RequestValidationError) -> str:
    """One sentence from pydantic's list of errors: where and what."""
    parts = []
    for err in exc.errors()[:3]:
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        where = ".".join(loc) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def tune_gc() -> None:
    """Collect garbage less often in a long-running server process (see ``GC_THRESHOLDS``)."""
    gc.set_threshold(*GC_THRESHOLDS)


def _warm_and_freeze(cached: CachedStore) -> None:
    """Warm the cache, then leave everything alive at that point (the app, the warmed answers) out
    of every later garbage collection: it lives as long as the process."""
    cached.warm()
    gc.freeze()


@asynccontextmanager
async def _read_thread_limit(app: FastAPI) -> AsyncIterator[None]:
    """Sets how many threads FastAPI's plain ``def`` routes run in, from the app's settings (the
    limiter belongs to the event loop, so it is set once the loop runs)."""
    anyio.to_thread.current_default_thread_limiter().total_tokens = app.state.settings.read_threads
    yield


def create_app(
    store: Store,
    *,
    allow_ingest: bool = False,
    token: str | None = None,
    max_extract_chars: int = MAX_EXTRACT_CHARS,
    max_body_bytes: int = MAX_BODY_BYTES,
    cache_seconds: float = CACHE_SECONDS,
    warm_cache: bool = False,
    read_threads: int = READ_THREADS,
) -> FastAPI:
    """The app over ``store``: read-only unless ``allow_ingest``; then ``token`` (or a new random one,
    found on ``app.state.settings.token``) guards every write.

    Aggregates (totals, rankings, a speaker's counts) are kept for ``cache_seconds`` (0: never);
    ``warm_cache`` computes the front page's and the top speakers' figures in the background at start.
    ``read_threads`` is how many read requests the process works on at once (see ``READ_THREADS``).
    """
    from sitat.api.routes import router as api_router
    from sitat.web.pages import router as page_router

    if read_threads < 1:
        raise ValueError("read_threads must be at least 1")

    if allow_ingest and not token:
        token = secrets.token_urlsafe(24)
    app = FastAPI(
        title="sitat",
        version=__version__,
        description=(
            "Who said what, when, to whom: quotations in Norwegian news. Every page of the web app has "
            "a JSON twin here; errors are JSON objects with `status` and `message`."
        ),
        # the stock documentation pages load their scripts from a CDN; ours is served at /api/docs
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=_read_thread_limit,
    )
    if cache_seconds > 0:
        cached = CachedStore(store, ttl=cache_seconds)
        app.state.store = cached
        if warm_cache:
            threading.Thread(
                target=_warm_and_freeze, args=(cached,), name="sitat-cache-warm", daemon=True
            ).start()
    else:
        app.state.store = store
    app.state.settings = Settings(
        allow_ingest=allow_ingest,
        token=token,
        max_extract_chars=max_extract_chars,
        max_body_bytes=max_body_bytes,
        read_threads=read_threads,
    )
    app.include_router(api_router)
    app.include_router(page_router)
    app.mount("/static", StaticFiles(packages=[("sitat.web", "static")]), name="static")

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)

    def error(request: Request, status: int, message: str) -> Response:
        if _is_api(request):
            return JSONResponse({"status": status, "message": message}, status_code=status)
        from sitat.web.pages import error_page

        try:
            return error_page(request, status, message)
        except Exception:  # the error page itself failed: still answer, in plain text
            log.exception("cannot render the error page")
            return PlainTextResponse(f"{status}: {message}", status_code=status)

    @app.exception_handler(APIError)
    async def on_api_error(request: Request, exc: APIError) -> Response:
        return error(request, exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed at {request.url.path}"
        return error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error(request, 422, _validation_message(exc))

    @app.exception_handler(QueryError)
    async def on_query_error(request: Request, exc: QueryError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(InputError)
    async def on_input_error(request: Request, exc: InputError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(ModelError)
    async def on_model_error(request: Request, exc: ModelError) -> Response:
        log.error("extraction unavailable: %s", exc)
        return error(request, 503, f"quotation extraction is unavailable: {exc}")

    @app.exception_handler(ArchiveError)
    async def on_archive_error(request: Request, exc: ArchiveError) -> Response:
        log.error("archive error on %s: %s", request.url.path, exc)
        return error(request, 503, f"the archive cannot answer: {exc}")

    @app.exception_handler(SitatError)
    async def on_sitat_error(request: Request, exc: SitatError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error(request, 500, "internal error; the server log has the details")

    return app
