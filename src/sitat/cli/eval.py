"""``sitat eval``: score predicted quotations against gold quotations (the spec's scoring)."""

from __future__ import annotations

import argparse
import json

from sitat.evaluation.score import format_report, score_files

HELP = """\
Score predicted quotations against gold quotations, as the quotation spec defines it: a prediction
matches a gold quotation when their overlap covers at least half of each span; the headline figure
is who-said-what F1 (a match with the right speaker).

examples:
  sitat extract artikler.jsonl > pred.jsonl
  sitat eval gold.jsonl pred.jsonl
  sitat eval gold.jsonl pred.jsonl --errors --articles artikler.jsonl   # every miss, with its words
  sitat eval gold.jsonl pred.jsonl --json                               # figures for scripts
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score predicted quotations against gold quotations",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold", help="gold quotations, JSON Lines ({'id', 'quotes'} per article)")
    parser.add_argument("pred", help="predicted quotations in the same shape (sitat extract's output)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument(
        "--errors", action="store_true", help="list every miss, spurious quotation and wrong speaker"
    )
    parser.add_argument(
        "--articles", metavar="FILE", help="the articles (JSON Lines), to show the words of each error"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    result = score_files(args.gold, args.pred, args.articles)
    if args.errors:
        for line in result.errors:
            print(line)
    if args.json:
        print(json.dumps(result.figures, ensure_ascii=False))
    else:
        print(format_report(result.figures))
    return 0
