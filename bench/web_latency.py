"""Web app and JSON API latency under concurrent clients, on a large archive.

    python3 bench/archive_bench.py --quotations 1000000 --db /tmp/webbench/sitat-1m.db   # build it once
    python3 bench/web_latency.py --db /tmp/webbench/sitat-1m.db --clients 20 --seconds 20

Starts the app (``sitat serve``'s app factory under uvicorn, on 127.0.0.1 and a free port), then
drives each endpoint with ``wrk`` (Debian package ``wrk``; a C load generator, so the load tool
takes little of the CPU the server needs) from a list of URLs: searches with one or three content
words from the archive bench's vocabulary, with and without a speaker filter, and speaker pages
for the most quoted speakers and for a random sample of all speakers. Prints one JSON object with
p50/p95/p99 latency in milliseconds, requests per second and non-2xx answers per endpoint.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).parent))

from archive_bench import FUNCTION, Generator

WRK_SCRIPT = r"""
local paths = {}
for line in io.lines(os.getenv("SITAT_BENCH_PATHS")) do paths[#paths + 1] = line end
local counter = 0
math.randomseed(os.time())
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"p50_ms": %.1f, "p95_ms": %.1f, "p99_ms": %.1f, "requests": %d, "non_2xx": %d, ' ..
    '"socket_errors": %d, "rps": %.1f}\n',
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout,
    summary.requests / (summary.duration / 1e6)))
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(
    db: str, port: int, workers: int, cache_seconds: float, threads: int | None = None
) -> subprocess.Popen:
    env = dict(os.environ, SITAT_SERVE_DB=db, SITAT_SERVE_INGEST="0",
               SITAT_SERVE_CACHE_SECONDS=str(cache_seconds))
    if threads:
        env["SITAT_SERVE_THREADS"] = str(threads)
    cmd = [
        sys.executable, "-m", "uvicorn", "--factory", "sitat.cli.serve:app_from_environment",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), "--log-level", "warning",
        "--no-access-log",
    ]
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/overview", timeout=30) as r:
                if r.status == 200:
                    return proc
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("the server did not start")


def url_sets(db: str, rng: random.Random, count: int) -> dict[str, list[str]]:
    """Paths per endpoint, drawn from the archive bench's vocabulary and the archive's speakers."""
    from sitat.archive import open_store

    gen = Generator()
    content = [w for w in gen.words if w not in FUNCTION]
    with open_store(db, create=False) as store:
        top = [s.id for s in store.top_speakers(limit=200)]
        total = store.overview().speakers
    top_names = [f"{s}" for s in top]

    def query(words: int) -> str:
        return " ".join(rng.sample(content[:300], words))

    def search(path: str, with_speaker: bool, words: int) -> str:
        params = {"q": query(words)}
        if with_speaker:
            params["speaker"] = rng.choice(top_names)
        return f"{path}?{urlencode(params)}"

    speakers_any = [rng.randint(1, max(total, 1)) for _ in range(count)]
    return {
        "search page, 1 word": [search("/", False, 1) for _ in range(count)],
        "search page, 3 words": [search("/", False, 3) for _ in range(count)],
        "search page, word + speaker": [search("/", True, 1) for _ in range(count)],
        "search API, 1 word": [search("/api/search", False, 1) for _ in range(count)],
        "search API, 3 words": [search("/api/search", False, 3) for _ in range(count)],
        "speaker page, top 200": [f"/speakers/{rng.choice(top)}" for _ in range(count)],
        "speaker page, any": [f"/speakers/{s}" for s in speakers_any],
        "speaker API, top 200": [f"/api/speakers/{rng.choice(top)}" for _ in range(count)],
        "overview page": ["/overview"],
    }


def run_wrk(base: str, paths: list[str], clients: int, seconds: int, threads: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "paths.lua"
        script.write_text(WRK_SCRIPT)
        listing = Path(tmp) / "paths.txt"
        listing.write_text("\n".join(paths) + "\n")
        out = subprocess.run(
            ["wrk", "-t", str(threads), "-c", str(clients), "-d", f"{seconds}s", "--timeout", "10s",
             "-s", str(script), base],
            env=dict(os.environ, SITAT_BENCH_PATHS=str(listing)),
            capture_output=True, text=True, check=True,
        ).stdout
    found = re.search(r"RESULT (\{.*\})", out)
    if not found:
        raise SystemExit(f"no result from wrk:\n{out}")
    return json.loads(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True, help="the archive (built by bench/archive_bench.py)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent connections (default 20)")
    parser.add_argument("--seconds", type=int, default=20, help="duration per endpoint (default 20)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    parser.add_argument("--threads-per-worker", type=int, default=None,
                        help="read threads per server process (default: sitat serve's)")
    parser.add_argument("--urls", type=int, default=2000, help="distinct URLs per endpoint")
    parser.add_argument("--cache-seconds", type=float, default=600,
                        help="the server's cache (default 600, as sitat serve; 0: off)")
    parser.add_argument("--warm-seconds", type=float, default=0,
                        help="wait this long after start for the server to warm its cache")
    parser.add_argument("--only", help="run only the endpoints whose name contains this")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk)")

    rng = random.Random(5)
    sets = url_sets(args.db, rng, args.urls)
    port = free_port()
    server = start_server(args.db, port, args.workers, args.cache_seconds, args.threads_per_worker)
    base = f"http://127.0.0.1:{port}"
    figures: dict[str, object] = {
        "db": args.db, "clients": args.clients, "seconds": args.seconds, "workers": args.workers,
        "cache_seconds": args.cache_seconds, "threads_per_worker": args.threads_per_worker,
        "load_before": os.getloadavg()[0],
    }
    time.sleep(args.warm_seconds)
    try:
        # warm up: the first queries load pages of the database into the OS cache
        for paths in sets.values():
            for path in paths[:20]:
                with urllib.request.urlopen(base + path, timeout=60) as r:
                    r.read()
        for name, paths in sets.items():
            if args.only and args.only not in name:
                continue
            figures[name] = run_wrk(base, paths, args.clients, args.seconds, args.threads)
            print(name, figures[name], file=sys.stderr)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # still busy with abandoned requests
            server.kill()
            server.wait(timeout=30)
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
