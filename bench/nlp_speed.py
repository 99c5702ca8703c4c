"""Throughput of the Bokmål model's ``nlp.pipe`` in words per second, on one and two processes.

    python bench/nlp_speed.py [--model PATH] [--articles ../shared/data/news/dev.jsonl] [--repeat 2]

The text is the dev articles (read here, never stored); words are tokens that are not punctuation or
space. Peak memory is the largest resident set of the measuring process (``ru_maxrss``) and, for two
processes, of the worker children as well.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sitat.nlp import load_model  # noqa: E402


def run(nlp, texts: list[str], n_process: int) -> tuple[float, int]:
    start = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=16, n_process=n_process):
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
    return time.perf_counter() - start, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: the shipped one)")
    parser.add_argument("--articles", type=Path, default=REPO.parent / "shared/data/news/dev.jsonl")
    parser.add_argument("--repeat", type=int, default=2, help="how many times the articles are processed")
    args = parser.parse_args()

    load_start = time.perf_counter()
    nlp = load_model(args.model) if args.model else load_model()
    load_seconds = time.perf_counter() - load_start
    texts = [json.loads(line)["text"] for line in args.articles.read_text(encoding="utf-8").splitlines()]
    texts = texts * args.repeat
    nlp("Oppvarming.")
    figures: dict[str, float] = {"load_seconds": round(load_seconds, 2)}
    for n_process in (1, 2):
        seconds, words = run(nlp, texts, n_process)
        figures[f"words_per_second_{n_process}p"] = round(words / seconds)
        figures["words"] = words
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    figures["peak_rss_children_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
