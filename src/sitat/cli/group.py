"""``sitat group``: regroup the archive's printings of each quotation and copies of each story."""

from __future__ import annotations

import argparse
import json
import sys

from sitat.cli.search import add_db_argument

HELP = """\
Find the quotations in the archive that are printings of one quotation (an NTB quotation printed by
forty papers, some trimmed, re-punctuated or with a word changed) and the articles that are copies
of one story (republished wire copy), and record them, replacing the previous grouping. Then
'sitat search --count quotations' shows each quotation once, 'sitat speakers --count quotations'
counts it once, and a quotation's page lists where else it appeared.

'sitat ingest' does this after storing new articles (unless --no-group); run it yourself after
'sitat ingest --no-group' or after articles were added through 'sitat serve --allow-ingest'.

examples:
  sitat group
  sitat group --db postgresql://sitat:pw@localhost/sitat --json
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "group",
        help="group printings of one quotation and copies of one story across outlets",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sitat.archive import open_store

    with open_store(args.db, create=False) as store:
        summary = store.group_printings()
    if args.json:
        print(json.dumps(summary.to_dict()))
    else:
        print(
            f"{summary.printings} printings are {summary.quotations} quotations "
            f"({summary.reprinted} printed more than once); {summary.articles} articles are "
            f"{summary.stories} stories ({summary.republished} republished); {summary.seconds:.1f} s",
            file=sys.stdout,
        )
    return 0
