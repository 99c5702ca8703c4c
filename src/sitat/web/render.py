"""The Jinja environment of the pages: templates shipped in the package, autoescaping on everything.

Helpers registered here build URLs (ids are quoted, never pasted) and turn view records into marked
text; they return ``Markup`` only for strings they escaped themselves.
"""

from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from sitat.archive.store import QuotationView, Snippet
from sitat.web import charts
from sitat.web.highlight import Span

TYPE_LABELS = {"direct": "direkte", "indirect": "indirekte", "mixed": "blandet"}
GENDER_LABELS = {"female": "kvinne", "male": "mann", "unknown": "ukjent"}
GENDER_SOURCE_LABELS = {
    "pronoun": "ut fra pronomen i artiklene",
    "role": "ut fra rolle/tittel",
    "first-name": "ut fra fornavn",
}
MONTHS = ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."]


def quotation_url(quotation_id: int) -> str:
    return f"/quotations/{int(quotation_id)}"


def article_url(article_id: str) -> str:
    return "/articles/" + quote(str(article_id), safe="")


def speaker_url(speaker_id: int) -> str:
    return f"/speakers/{int(speaker_id)}"


def search_url(**params: str) -> str:
    pairs = [(k, v) for k, v in params.items() if v]
    return "/?" + urlencode(pairs) if pairs else "/"


def http_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) link, else None: an archived ``javascript:`` URL never becomes a link."""
    if value and urlsplit(value.strip()).scheme.lower() in ("http", "https"):
        return value.strip()
    return None


def norwegian_date(value: str | None) -> str:
    """``2024-03-05`` as ``5. mars 2024``; partial dates and timestamps shown as far as they go."""
    if not value:
        return ""
    parts = value[:10].split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])}. {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return value


def snippet_html(snippet: Snippet) -> Markup:
    """A search snippet with the matched words in ``<mark class="hl-match">``, the rest escaped."""
    out = []
    for text, matched in snippet.parts():  # every piece escaped here; Markup.format is 10x slower
        piece = str(escape(text))
        out.append(f'<mark class="hl-match">{piece}</mark>' if matched else piece)
    return Markup("".join(out))


def quotation_spans(view: QuotationView, *, ref: bool = False) -> list[Span]:
    """Quote, cue and speaker-mention spans of one quotation, for marking its article's text."""
    q = view.quotation
    tag = str(view.id) if ref else None
    spans = [Span(q.start, q.end, "quote", tag)]
    if q.cue_start is not None and q.cue_end is not None:
        spans.append(Span(q.cue_start, q.cue_end, "cue", tag))
    if q.speaker_start is not None and q.speaker_end is not None:
        spans.append(Span(q.speaker_start, q.speaker_end, "speaker", tag))
    return spans


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("sitat.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        lstrip_blocks=True,
    )
    env.globals.update(
        quotation_url=quotation_url,
        article_url=article_url,
        speaker_url=speaker_url,
        search_url=search_url,
        type_labels=TYPE_LABELS,
        gender_labels=GENDER_LABELS,
        gender_source_labels=GENDER_SOURCE_LABELS,
        snippet_html=snippet_html,
        timeline_svg=charts.timeline_svg,
        share_svg=charts.share_svg,
        hbar_svg=charts.hbar_svg,
    )
    env.filters["nodate"] = norwegian_date
    env.filters["http_url"] = http_url
    env.filters["thousands"] = lambda n: f"{int(n):,}".replace(",", "\u00a0")
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
