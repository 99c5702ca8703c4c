"""Entry point of the ``sitat`` command.

Each subcommand lives in its own module under ``sitat.cli`` with two functions:
``register(subparsers)`` adds its parser and ``run(args) -> int`` does the work. Errors of sitat's
own types become one line on stderr and exit status 2; input problems in a batch are reported at the
end and give exit status 1.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from sitat import __version__
from sitat.errors import SitatError

# Subcommand modules, in the order --help lists them.
COMMANDS = [
    "extract",
    "eval",
    "spark_extract",
    "group",
    "ingest",
    "search",
    "speakers",
    "export",
    "serve",
]

EPILOG = """\
examples:
  sitat extract artikkel.txt                 quotations of one article as JSON Lines
  sitat extract --format table artikkel.txt  who said what, as a table
  cat artikler.jsonl | sitat extract -       articles from stdin
  sitat eval gold.jsonl pred.jsonl --errors  score predictions against gold quotations

Run 'sitat COMMAND --help' for the options of each command.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sitat",
        description="Who said what, when, to whom: find and attribute quotations in Norwegian news.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sitat {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv: debug)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"sitat.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)],
        format="sitat: %(levelname)s: %(message)s",
    )
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except SitatError as exc:
        print(f"sitat {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"sitat {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`): not an error of ours
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
