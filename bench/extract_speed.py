"""Speed of `sitat extract` against the bare language model on the same articles.

    python bench/extract_speed.py [ARTICLES.jsonl] [--repeat N]

Prints articles/s and words/s for: the bare NLP pipeline (nlp.pipe, model components only), full
extraction in one process, full extraction with --jobs 2, and the peak memory of each run. Run on an
otherwise idle machine; figures go to BENCHMARKS.md with the commit they belong to.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "dev.jsonl"


def _articles(path: Path, repeat: int):
    from sitat.records import Article

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(id=f"{r['id']}#{k}", text=r["text"]) for k in range(repeat) for r in rows]


def _words(articles) -> int:
    return sum(len(a.text.split()) for a in articles)


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def bare_nlp(articles) -> float:
    import sitat.nlp

    nlp = sitat.nlp.load()
    model_pipes = [p for p in nlp.pipe_names if not p.startswith("sitat_")]
    start = time.perf_counter()
    with nlp.select_pipes(enable=model_pipes):
        for _ in nlp.pipe((a.text for a in articles), batch_size=16):
            pass
    return time.perf_counter() - start


def extraction(articles, jobs: int, gate: bool = True) -> float:
    from sitat.batch.local import extract_parallel

    if jobs == 1:
        import sitat.nlp
        from sitat.quotes.extract import extract_many

        sitat.nlp.load()  # the model load is not part of the throughput
        start = time.perf_counter()
        for _ in extract_many(articles, gate=gate):
            pass
        return time.perf_counter() - start
    start = time.perf_counter()
    for _ in extract_parallel(articles, jobs=jobs):
        pass
    return time.perf_counter() - start


def _run(kind: str, path: str, repeat: int, queue) -> None:
    articles = _articles(Path(path), repeat)
    if kind == "nlp":
        seconds = bare_nlp(articles)
    elif kind == "nogate":
        seconds = extraction(articles, 1, gate=False)
    else:
        seconds = extraction(articles, int(kind[-1]))
    queue.put((seconds, len(articles), _words(articles), _peak_mb()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=1, help="go through the articles N times")
    args = ap.parse_args()
    ctx = mp.get_context("spawn")
    print("| run | articles | seconds | articles/s | words/s | peak memory (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    runs = (
        ("nlp", "bare NLP pipeline (nlp.pipe, every component on all text)"),
        ("nogate", "extraction, every component on all text (gate off)"),
        ("jobs1", "sitat extract, 1 process (parse only where a quotation can be)"),
        ("jobs2", "sitat extract --jobs 2"),
    )
    for kind, label in runs:
        queue = ctx.Queue()
        proc = ctx.Process(target=_run, args=(kind, args.articles, args.repeat, queue))
        proc.start()
        seconds, n, words, peak = queue.get()
        proc.join()
        print(f"| {label} | {n} | {seconds:.1f} | {n / seconds:.1f} | {words / seconds:,.0f} | {peak:,.0f} |")


if __name__ == "__main__":
    main()
