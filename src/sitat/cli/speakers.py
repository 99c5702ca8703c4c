"""``sitat speakers``: who is quoted most, with the names and role titles the articles give them."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from sitat.cli.search import add_count_argument, add_db_argument
from sitat.errors import SitatError

HELP = """\
List the speakers in the archive by number of quotations: one speaker per real-world source across
articles ('Stoltenberg' and 'Jens Stoltenberg' are one), with the other names the articles use
(aliases), the role titles they give (generalsekretær), gender where the articles show it
(a pronoun, a role noun such as dronning, a first name), and the first and last date quoted.

examples:
  sitat speakers
  sitat speakers --top 50 --from 2024-01-01 --to 2024-12-31
  sitat speakers --name stoltenberg        # speakers whose name or alias contains it
  sitat speakers --format jsonl --source NTB
  sitat speakers --count quotations        # a quotation printed by forty papers counts once
"""

FORMATS = ("table", "jsonl", "csv")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "speakers",
        help="the most quoted speakers with aliases, roles, gender and dates",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--top", type=int, default=20, metavar="N", help="show the N most quoted (default 20)"
    )
    parser.add_argument("--name", metavar="TEXT", help="only speakers whose name or an alias contains TEXT")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="count quotations from this date")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="count quotations up to this date")
    parser.add_argument("--source", metavar="OUTLET", help="count only quotations from this outlet")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    add_count_argument(
        parser, "rank by every printing, or by each quotation once however many outlets printed it"
    )
    add_db_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sitat.archive import open_store

    if args.top < 1:
        raise SitatError("--top must be at least 1")
    rows: list[dict[str, Any]] = []
    with open_store(args.db, create=False) as store:
        if args.name:
            summaries = store.find_speakers(args.name, limit=args.top)
        else:
            summaries = store.top_speakers(
                date_from=args.date_from,
                date_to=args.date_to,
                source=args.source,
                limit=args.top,
                count=args.count,
            )
        for summary in summaries:
            view = store.get_speaker(summary.id)
            row = summary.to_dict()
            row["aliases"] = [a.name for a in view.aliases] if view else []
            row["roles"] = [r.name for r in view.roles] if view else summary.roles
            row["gender_source"] = view.gender_source if view else None
            rows.append(row)
    out = sys.stdout
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        fields = [
            "id",
            "name",
            "quotations",
            "distinct_quotations",
            "articles",
            "gender",
            "gender_source",
            "first_date",
            "last_date",
            "aliases",
            "roles",
        ]
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "aliases": "; ".join(row["aliases"]), "roles": "; ".join(row["roles"])})
    else:
        _table(rows, out)
    return 0


def _table(rows: list[dict[str, Any]], out) -> None:
    if not rows:
        out.write("no speakers found\n")
        return
    header = ("quotes", "distinct", "articles", "speaker", "gender", "first", "last", "aliases", "roles")
    table = [header] + [
        (
            str(r["quotations"]),
            str(r.get("distinct_quotations", "")),
            str(r["articles"]),
            r["name"],
            r["gender"],
            r["first_date"] or "",
            r["last_date"] or "",
            ", ".join(r["aliases"]),
            ", ".join(r["roles"]),
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    for row in table:
        pairs = enumerate(zip(row, widths, strict=False))
        cells = [cell.rjust(w) if i < 3 else cell.ljust(w) for i, (cell, w) in pairs]
        out.write("  ".join([*cells, row[-1]]).rstrip() + "\n")
