"""``sitat extract``: every quotation in articles, as JSON Lines or as a table for people."""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import time
from collections.abc import Iterator

from sitat.cli.options import add_reading_arguments
from sitat.errors import InputError
from sitat.readers import read_paths
from sitat.records import Article, ArticleQuotations

log = logging.getLogger(__name__)

HELP = """\
Find every quotation in Norwegian news articles and attribute it to its speaker.

Input: plain-text articles (one per file; an optional first line 'date 2016-11-21' gives the date;
the file name without extension is the article's id) or JSON Lines articles (one object a line with
'id' and 'text', optionally 'title', 'date', 'source'). '-' reads standard input.

Output: one JSON Lines record per article, {"id": …, "quotes": [ … ]}, each quotation with the
character offsets (start, end) of the quoted words in the article text, its type (direct, indirect,
mixed), the canonical speaker, the speaker mention and cue with their offsets, the addressee, and
how sure sitat is (confidence) and which rule found it (method).

examples:
  sitat extract artikkel.txt
  sitat extract --format table artikkel.txt
  sitat extract --with-text artikler.jsonl > sitater.jsonl
  cat artikler.jsonl | sitat extract - --jobs 2

Unreadable input (empty or binary files, invalid UTF-8, broken JSON lines) is reported on stderr
with its file and line or byte offset; everything else is still processed, and the exit status is 1.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="find and attribute the quotations in articles",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="FILE", help="article files; '-' for standard input")
    parser.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="jsonl",
        help="JSON Lines (default) or a readable table",
    )
    parser.add_argument(
        "--with-text", action="store_true", help="add each article's text (the offsets point into it)"
    )
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="extract in N processes (default 1)")
    add_reading_arguments(parser)
    parser.set_defaults(run=run)


def _articles(args: argparse.Namespace, failures: list[InputError]) -> Iterator[Article]:
    for item in read_paths(
        args.inputs, input_format=args.input_format, max_chars=args.max_chars, fetch=args.fetch
    ):
        if isinstance(item, InputError):
            failures.append(item)
            log.info("skipped %s", item)
        else:
            yield item


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 1)] + "…"


def format_table(result: ArticleQuotations, width: int) -> str:
    """Who said what, one line a quotation, for a person at a terminal."""
    art = result.article
    about = [v for v in (art.title, art.source, art.date) if v] if art else []
    lines = [f"# {result.id}" + (f"  ({', '.join(about)})" if about else "")]
    if not result.quotes:
        lines.append("  (no quotations found)")
        return "\n".join(lines)
    speaker_w = min(max(len(q.speaker or "?") for q in result.quotes), 28)
    cue_w = min(max(len(q.cue or "") for q in result.quotes), 12)
    quote_w = max(width - speaker_w - cue_w - 16, 20)
    lines.append(f"  {'SPEAKER':<{speaker_w}}  {'TYPE':<8}  {'CUE':<{cue_w}}  QUOTE")
    for q in result.quotes:
        speaker = q.speaker or ("(reporter)" if q.reporter else "?")
        kind = q.type + ("*" if q.nested else "")
        lines.append(
            f"  {_shorten(speaker, speaker_w):<{speaker_w}}  {kind:<8}  "
            f"{_shorten(q.cue or '', cue_w):<{cue_w}}  "
            f"{_shorten(q.text, quote_w)}"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from sitat.batch.local import extract_parallel

    failures: list[InputError] = []
    width = shutil.get_terminal_size((120, 24)).columns
    out = sys.stdout
    count = 0
    progress = sys.stderr.isatty()
    started = time.monotonic()
    for result in extract_parallel(_articles(args, failures), jobs=args.jobs):
        count += 1
        if result.error:  # written anyway, marked, and listed with the failures at the end
            failures.append(InputError(f"article {result.id}", result.error + "; please report it"))
        if progress and count % 10 == 0:
            rate = count / max(time.monotonic() - started, 1e-9)
            print(
                f"\rsitat extract: {count} articles, {rate:.1f}/s, {len(failures)} failed",
                end="",
                file=sys.stderr,
            )
        if args.format == "table":
            out.write(format_table(result, width) + "\n\n")
        else:
            out.write(json.dumps(result.to_dict(with_text=args.with_text), ensure_ascii=False) + "\n")
        out.flush()
    if progress and count >= 10:
        print(file=sys.stderr)
    if failures:
        # every bad input at the end, with its path and reason, so a long batch's output ends with them
        for failure in failures:
            print(f"sitat extract: {failure}", file=sys.stderr)
        print(f"sitat extract: {count} article(s) done, {len(failures)} input(s) failed", file=sys.stderr)
        return 1
    return 0
