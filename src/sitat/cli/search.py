"""``sitat search``: full-text search over the archive's quotations, ranked, with the words marked."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any, TextIO

from sitat.archive.store import SearchHit
from sitat.records import QUOTATION_TYPES

HELP = """\
Search the quotations in the archive. Words match in any inflection (Norwegian stemming:
'forsvarsutgiftene' finds 'forsvarsutgifter'); every word must occur. Put a phrase in quotation
marks ("høyere forsvarsutgifter" or «høyere forsvarsutgifter»), and exclude a word with -ord.
Other punctuation is ignored, so no query can do more than search. Results are ranked, best first
(in SQLite among the 500 newest matches; with more, the total is estimated and shown as "about";
add --from/--to to rank an older period); without a query, the newest quotations are listed.

examples:
  sitat search forsvarsutgifter
  sitat search '"to prosent"' --speaker Stoltenberg --from 2024-01 --to 2024-06
  sitat search klima --source NTB --type direct --limit 50
  sitat search 'klima -olje'                 # quote a query that has -word in it
  sitat search --speaker 'Kari Nordmann' --format csv > kari.csv
  sitat search skatt --db postgresql://sitat@localhost/sitat --format jsonl
  sitat search bompenger --count quotations   # a quotation printed by many outlets once
"""

FORMATS = ("table", "jsonl", "csv")


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db``: the archive to use (shared by ingest, search, speakers and export)."""
    parser.add_argument(
        "--db",
        "--archive",
        dest="db",
        metavar="URL",
        help="the archive: sqlite:///PATH, a file path, or postgresql://user:pw@host/db "
        "(default: $SITAT_DB, else sitat.db in the working directory)",
    )


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The filters search and export share."""
    parser.add_argument("--speaker", metavar="NAME", help="only this speaker (a name, an alias or an id)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="from this date (YYYY[-MM[-DD]])")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="up to and including this date")
    parser.add_argument("--source", metavar="OUTLET", help="only articles from this outlet (e.g. NTB)")
    parser.add_argument("--type", choices=QUOTATION_TYPES, help="only direct, indirect or mixed quotations")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search",
        help="search the archive's quotations (stemmed, ranked, phrases)",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("query", nargs="?", default="", help='words and "phrases" to find (optional)')
    add_filter_arguments(parser)
    parser.add_argument("--limit", type=_positive, default=20, metavar="N", help="show N hits (default 20)")
    parser.add_argument("--offset", type=_non_negative, default=0, metavar="N", help="skip the first N hits")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    add_count_argument(
        parser, "show every printing of a quotation, or each quotation once (its first printing)"
    )
    add_db_argument(parser)
    parser.set_defaults(run=run)


def add_count_argument(parser: argparse.ArgumentParser, what: str) -> None:
    """``--count printings|quotations`` (issue 4): one NTB quotation printed by forty papers is forty
    printings but one quotation; grouping happens at ingest."""
    parser.add_argument(
        "--count",
        choices=("printings", "quotations"),
        default="printings",
        help=f"{what} (default: printings)",
    )


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _non_negative(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return n


def run(args: argparse.Namespace) -> int:
    from sitat.archive import open_store

    with open_store(args.db, create=False) as store:
        result = store.search(
            args.query,
            speaker=args.speaker,
            source=args.source,
            type=args.type,
            date_from=args.date_from,
            date_to=args.date_to,
            limit=args.limit,
            offset=args.offset,
            collapse=args.count == "quotations",
        )
    out = sys.stdout
    if args.format == "jsonl":
        for hit in result.hits:
            out.write(json.dumps(hit.to_dict(), ensure_ascii=False) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for hit in result.hits:
            writer.writerow(hit_row(hit))
    else:
        write_table(result.hits, result.total, args.offset, out, exact=result.total_exact)
    return 0


CSV_FIELDS = [
    "id",
    "date",
    "source",
    "speaker",
    "speaker_id",
    "type",
    "cue",
    "text",
    "article_id",
    "title",
    "score",
]


def hit_row(hit: SearchHit) -> dict[str, Any]:
    view = hit.quotation
    return {
        "id": view.id,
        "date": view.article.date,
        "source": view.article.source,
        "speaker": view.speaker_name or view.quotation.speaker,
        "speaker_id": view.speaker_id,
        "type": view.quotation.type,
        "cue": view.quotation.cue,
        "text": view.quotation.text,
        "article_id": view.article.id,
        "title": view.article.title,
        "score": round(hit.score, 4),
    }


def _marked(hit: SearchHit, color: bool) -> str:
    """The snippet with matched words in bold on a terminal, in [brackets] elsewhere."""
    parts = []
    for piece, matched in hit.snippet.parts():
        piece = " ".join(piece.split()) if "\n" in piece else piece
        if matched:
            parts.append(f"\033[1;33m{piece}\033[0m" if color else f"[{piece}]")
        else:
            parts.append(piece)
    return "".join(parts)


def write_table(hits: list[SearchHit], total: int, offset: int, out: TextIO, exact: bool = True) -> None:
    color = out.isatty()
    about = "" if exact else "about "  # more matches than are ranked: the total is estimated
    if not hits:
        out.write("no quotations found\n" if total == 0 else f"no more hits ({about}{total} in all)\n")
        return
    out.write(f"{offset + 1}–{offset + len(hits)} of {about}{total} quotations\n\n")
    for hit in hits:
        view = hit.quotation
        speaker = view.speaker_name or view.quotation.speaker or "(no speaker)"
        meta = "  ".join(x for x in (view.article.date, view.article.source, view.article.id) if x)
        out.write(f"{speaker} ({view.quotation.type}, {view.quotation.cue or '-'})  {meta}\n")
        out.write(f"  {_marked(hit, color)}\n\n")
