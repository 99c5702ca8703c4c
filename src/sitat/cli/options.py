"""Options several commands share, defined once so that they read and behave the same everywhere."""

from __future__ import annotations

import argparse

from sitat.readers import DEFAULT_MAX_CHARS, INPUT_FORMATS


def add_reading_arguments(parser: argparse.ArgumentParser) -> None:
    """``--input-format``, ``--max-chars`` and ``--fetch``: how articles are read (extract, ingest)."""
    parser.add_argument(
        "--input-format",
        default="auto",
        choices=INPUT_FORMATS,
        metavar="FORMAT",
        help=f"how to read the inputs: {', '.join(INPUT_FORMATS)} (default: detect from the content)",
    )
    parser.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"refuse articles longer than N characters (default {DEFAULT_MAX_CHARS:,})",
    )
    parser.add_argument("--fetch", action="store_true", help="also read http(s) URLs given as inputs")
