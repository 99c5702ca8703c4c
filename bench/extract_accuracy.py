"""Accuracy of extraction on gold quotations, overall and per rule.

    python bench/extract_accuracy.py [ARTICLES.jsonl GOLD.jsonl] [--errors FILE]

Runs `sitat.extract_many` over the articles, scores the result exactly as `sitat eval` does, and
prints the figures plus, for each rule (`method`), how many predictions it made, how many matched a
gold span, how many of those had the right speaker, and how many fell on optional or reporter gold
records (neither right nor wrong). Defaults to the development articles in ../shared/data/news.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from sitat.evaluation.score import format_report, match_spans, score, speaker_is_right
from sitat.readers import read_paths
from sitat.records import Article

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"


def per_rule(gold: dict, pred: dict) -> list[tuple[str, int, int, int, int]]:
    made, spans, right, neutral = Counter(), Counter(), Counter(), Counter()
    for doc_id, gold_all in gold.items():
        counted = [g for g in gold_all if not (g.get("nested") or g.get("reporter") or g.get("optional"))]
        ignorable = [g for g in gold_all if g not in counted]
        predicted = pred.get(doc_id, [])
        pairs = match_spans(counted, predicted)
        matched = {pi for _, pi in pairs}
        rest = [i for i in range(len(predicted)) if i not in matched]
        neutral_ids = {rest[j] for _, j in match_spans(ignorable, [predicted[i] for i in rest])}
        for i, q in enumerate(predicted):
            (neutral if i in neutral_ids else made)[q["method"]] += 1
        for gi, pi in pairs:
            spans[predicted[pi]["method"]] += 1
            right[predicted[pi]["method"]] += speaker_is_right(predicted[pi]["speaker"], counted[gi])
    return [(m, made[m], spans[m], right[m], neutral[m]) for m in sorted(made, key=lambda m: -made[m])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=str(NEWS / "dev.jsonl"))
    ap.add_argument("gold", nargs="?", default=str(NEWS / "dev.gold.jsonl"))
    ap.add_argument("--errors", metavar="FILE", help="write every miss, spurious and wrong speaker here")
    args = ap.parse_args()

    import sitat

    articles = [a for a in read_paths([args.articles]) if isinstance(a, Article)]
    sitat.nlp.load()
    start = time.perf_counter()
    results = list(sitat.extract_many(articles))
    seconds = time.perf_counter() - start
    pred = {r.id: [q.to_dict() for q in r.quotes] for r in results}
    gold: dict[str, list[dict]] = {}
    for line in Path(args.gold).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold.setdefault(str(record["id"]), []).extend(record.get("quotes") or [])
    result = score(gold, pred, {a.id: a.text for a in articles})
    print(format_report(result.figures))
    words = sum(len(a.text.split()) for a in articles)
    rate = len(articles) / seconds
    print(f"speed         {rate:.1f} articles/s, {words / seconds:,.0f} words/s (one process)")
    print()
    print("| rule (method) | predicted | span matched | right speaker | on optional/reporter gold |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for method, made, spans, right, neutral in per_rule(gold, pred):
        print(f"| {method} | {made} | {spans} | {right} | {neutral} |")
    if args.errors:
        Path(args.errors).write_text("\n".join(result.errors) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
