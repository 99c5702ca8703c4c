"""``sitat serve``: the web app and JSON API over an archive, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
from typing import Any

log = logging.getLogger(__name__)

EXAMPLES = """\
examples:
  sitat serve                              the archive in ./sitat.db (or $SITAT_DB) on http://127.0.0.1:8000
  sitat serve --db postgresql://u:p@host/sitat --port 8080
  sitat serve --allow-ingest               also accept articles, with the token printed at start
  SITAT_TOKEN=hemmelig sitat serve --allow-ingest   choose the token yourself
  sitat serve --host 0.0.0.0 --workers 4   on every network interface, four processes

Pages: / (search), /speakers, /overview, /upload (with --allow-ingest); JSON under /api,
documented at /api/docs and /api/openapi.json.
"""

# settings handed to worker processes, which build their own app (see ``app_from_environment``)
_ENV_DB, _ENV_INGEST, _ENV_MAX = "SITAT_SERVE_DB", "SITAT_SERVE_INGEST", "SITAT_SERVE_MAX_CHARS"
_ENV_CACHE, _ENV_THREADS = "SITAT_SERVE_CACHE_SECONDS", "SITAT_SERVE_THREADS"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="the web app and JSON API over the archive",
        description="Serve the web app (search, quotations, articles, speakers, overview) and its JSON API "
        "over the archive. Read-only unless --allow-ingest is given.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="archive: sqlite:///PATH, a path, or postgresql://… (default: $SITAT_DB or sitat.db)",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.add_argument(
        "--allow-ingest",
        action="store_true",
        help="accept articles at /upload and POST /api/articles, guarded by a token "
        "($SITAT_TOKEN, or a random one printed at start)",
    )
    parser.add_argument(
        "--max-chars",
        type=int,
        default=None,
        metavar="N",
        help="largest article /api/extract and uploads accept, in characters (default: 100000)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="server processes (default: 1); one per core serves the most requests",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        metavar="N",
        help="read requests each process works on at once (default: 1; requests are CPU-bound, so "
        "more threads in one process only take turns: add --workers instead). Extractions and uploads "
        "run beside them in threads of their own",
    )
    parser.add_argument(
        "--cache-seconds",
        type=float,
        default=None,
        metavar="S",
        help="keep totals, rankings, speaker figures and searches this long (default: 600; 0: off)",
    )
    parser.set_defaults(run=run)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def app_from_environment() -> Any:
    """The app a worker process builds from the settings ``run`` put in the environment."""
    from sitat.api import create_app
    from sitat.api.app import CACHE_SECONDS, MAX_EXTRACT_CHARS, READ_THREADS, tune_gc
    from sitat.archive import open_store

    tune_gc()
    allow_ingest = os.environ.get(_ENV_INGEST) == "1"
    store = open_store(os.environ.get(_ENV_DB) or None, create=allow_ingest)
    cache_seconds = float(os.environ.get(_ENV_CACHE) or CACHE_SECONDS)
    return create_app(
        store,
        allow_ingest=allow_ingest,
        token=os.environ.get("SITAT_TOKEN") or None,
        max_extract_chars=int(os.environ.get(_ENV_MAX) or MAX_EXTRACT_CHARS),
        cache_seconds=cache_seconds,
        warm_cache=cache_seconds > 0,
        read_threads=int(os.environ.get(_ENV_THREADS) or READ_THREADS),
    )


def run(args: argparse.Namespace) -> int:
    import secrets

    import uvicorn

    from sitat.api import create_app
    from sitat.api.app import CACHE_SECONDS, MAX_EXTRACT_CHARS, READ_THREADS, tune_gc
    from sitat.archive import open_store
    from sitat.errors import SitatError

    if not 0 < args.port < 65536:
        raise SitatError(f"--port must be between 1 and 65535, not {args.port}")
    if args.workers < 1:
        raise SitatError("--workers must be at least 1")
    threads = READ_THREADS if args.threads is None else args.threads
    if threads < 1:
        raise SitatError("--threads must be at least 1")
    max_chars = args.max_chars or MAX_EXTRACT_CHARS
    if max_chars < 1:
        raise SitatError("--max-chars must be positive")
    cache_seconds = CACHE_SECONDS if args.cache_seconds is None else args.cache_seconds
    if cache_seconds < 0:
        raise SitatError("--cache-seconds must not be negative")
    # fails here, with one line, when the archive is missing or unreachable
    store = open_store(args.db, create=args.allow_ingest)
    token = None
    if args.allow_ingest:
        token = os.environ.get("SITAT_TOKEN") or secrets.token_urlsafe(24)
    if not _is_loopback(args.host):
        log.warning("listening on %s: anyone who can reach this machine can read the archive", args.host)
    url = f"http://{args.host}:{args.port}"
    kind = store.url.split("://")[0].split("+")[0]
    print(f"sitat: serving the {kind} archive at {url}  (JSON API: {url}/api/docs)", file=sys.stderr)
    if token:
        shown = "(from $SITAT_TOKEN)" if os.environ.get("SITAT_TOKEN") else token
        print(f"sitat: ingest is on; token: {shown}", file=sys.stderr)
    log_level = "info" if logging.getLogger().level <= logging.INFO else "warning"
    if args.workers > 1:
        store.close()
        os.environ[_ENV_DB] = args.db or ""
        os.environ[_ENV_INGEST] = "1" if args.allow_ingest else "0"
        os.environ[_ENV_MAX] = str(max_chars)
        os.environ[_ENV_CACHE] = str(cache_seconds)
        os.environ[_ENV_THREADS] = str(threads)
        if token:
            os.environ["SITAT_TOKEN"] = token
        uvicorn.run(
            "sitat.cli.serve:app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=log_level,
        )
        return 0
    tune_gc()
    app = create_app(
        store,
        allow_ingest=args.allow_ingest,
        token=token,
        max_extract_chars=max_chars,
        cache_seconds=cache_seconds,
        warm_cache=cache_seconds > 0,
        read_threads=threads,
    )
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=log_level)
    finally:
        store.close()
    return 0
