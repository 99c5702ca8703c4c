"""HTML article pages: the main text and its metadata, boilerplate (menus, footers, ads) removed.

trafilatura finds the article in the page and its title, author, date and site name; sitat keeps its
paragraph structure (each ``<p>`` a paragraph, so a dash line stays a dash paragraph) and joins the
paragraphs with blank lines, as in every other reader.
"""

from __future__ import annotations

import logging
import re

import lxml.etree
import lxml.html
import trafilatura

from sitat.errors import InputError
from sitat.readers.dates import iso_date
from sitat.readers.xmlsafe import clean, element_text, local, paragraphs
from sitat.records import Article

log = logging.getLogger(__name__)
# trafilatura warns ("discarding data: None") for every page without an article; sitat reports that
# page once, as an InputError with its path, so the library's own warnings are only noise here.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)

_LANG = re.compile(
    r"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)", re.IGNORECASE
)
_DOUBLE_BREAK = re.compile(r"(?:<br\s*/?>\s*){2,}", re.IGNORECASE)
_TAG = re.compile(r"<[A-Za-z!/]")
# trafilatura's own XML names: p paragraphs, head headings, item list items, quote block quotes
_TRAFILATURA_BLOCKS = frozenset({"p", "head", "item", "quote", "code"})
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _trafilatura_paragraphs(body: lxml.etree._Element, title: str | None) -> list[str]:
    out: list[str] = []
    for el in body.iter():
        if local(el.tag) not in _TRAFILATURA_BLOCKS:
            continue
        if any(local(d.tag) in _TRAFILATURA_BLOCKS for d in el.iter() if d is not el):
            continue  # its inner blocks are paragraphs of their own
        text = element_text(el)
        if not text or (local(el.tag) == "head" and title and text == title):
            continue
        out.append(text)
    return out


def read_html(text: str, origin: str, fallback_id: str, url: str | None = None) -> Article:
    """The article of one HTML page.

    Its id is the page's URL (canonical link, ``og:url``, or where it was fetched from) when known —
    saved pages are often all called ``index.html`` — else the file name (``fallback_id``).
    """
    try:
        document = trafilatura.bare_extraction(
            text,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, lxml.etree.LxmlError) as exc:
        raise InputError(origin, f"cannot read the HTML page: {exc}") from None
    if document is None or getattr(document, "body", None) is None:
        raise InputError(origin, "no article text found in the HTML page")
    title = clean(document.title) or None
    paras = _trafilatura_paragraphs(document.body, title)
    if not paras:
        raise InputError(origin, "no article text found in the HTML page")
    lang = _LANG.search(text[:5000])
    return Article(
        id=document.url or url or fallback_id,
        text="\n\n".join(paras),
        title=title,
        date=iso_date(document.date),
        source=clean(document.sitename) or None,
        byline=clean(document.author) or None,
        url=document.url or url,
        language=lang.group(1) if lang else None,
        origin=origin,
    )


def html_fragment_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of a piece of HTML (a feed entry's content); plain text is split at blank lines."""
    if not _TAG.search(fragment):
        return [p for p in (clean(part) for part in re.split(r"\n\s*\n", fragment)) if p]
    fragment = _DOUBLE_BREAK.sub("</p><p>", fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        return []
    return paragraphs(root)
