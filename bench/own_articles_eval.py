"""Who-said-what on NTB-style articles written for this project (not the development texts).

    python bench/own_articles_eval.py [--errors] [--set own|heldout|heldout2|…|heldout85]

`bench/data/SET_articles.json` holds the articles; `bench/data/SET_gold.json` their quotations as
(quoted words, type, speaker[, flags]); this script turns the words into character offsets, runs
`sitat.extract_many`, and scores exactly as `sitat eval` does. `own` was used to find and fix bugs
(so its figure is no longer an unseen measurement); every other set was labelled before its first
run and measured once unseen (BENCHMARKS.md gives that figure and the commit): `heldout` to `heldout4`
were written in sessions 1–4, `heldout5` to `heldout9` in session 5 and `heldout10` to `heldout17`
in session 6 (`heldout18` too), `heldout19` to `heldout23` in session 7, `heldout24` to `heldout29`
in session 8, `heldout30` to `heldout41` in session 9, `heldout42` to `heldout49` in session 10 and
`heldout50` to `heldout57` in session 11, `heldout58` to `heldout69` in session 12 and `heldout70`
onwards in session 13, by helpers who never saw sitat's code or output.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sitat.evaluation.score import format_report, score
from sitat.records import Article

DATA = Path(__file__).parent / "data"


def gold_records(articles: dict[str, str], gold: dict[str, list]) -> dict[str, list[dict]]:
    """Spec-shaped gold quotations, offsets found from each quotation's words."""
    out: dict[str, list[dict]] = {}
    for doc_id, rows in gold.items():
        text = articles[doc_id]
        for row in rows:
            words, kind, speaker = row[:3]
            flags = row[3] if len(row) > 3 else {}
            start = text.find(words)
            if start < 0:
                raise SystemExit(f"{doc_id}: {words!r} is not in the article")
            out.setdefault(doc_id, []).append(
                {"start": start, "end": start + len(words), "type": kind, "speaker": speaker, **flags}
            )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--errors", action="store_true", help="list every miss, spurious quotation and wrong speaker"
    )
    sets = sorted(p.name.removesuffix("_articles.json") for p in DATA.glob("*_articles.json"))
    ap.add_argument("--set", choices=sets, default="heldout", help="which article set")
    args = ap.parse_args()

    import sitat

    rows = json.loads((DATA / f"{args.set}_articles.json").read_text(encoding="utf-8"))
    articles = [Article(id=r["id"], text=r["text"], source=r.get("source"), date=r.get("date")) for r in rows]
    texts = {a.id: a.text for a in articles}
    gold = gold_records(texts, json.loads((DATA / f"{args.set}_gold.json").read_text(encoding="utf-8")))
    pred = {r.id: [q.to_dict() for q in r.quotes] for r in sitat.extract_many(articles)}
    result = score(gold, pred, texts)
    print(format_report(result.figures))
    if args.errors:
        print("\n".join(result.errors))


if __name__ == "__main__":
    main()
