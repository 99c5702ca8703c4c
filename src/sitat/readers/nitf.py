"""NITF documents: ``hedline``, ``byline`` and the paragraphs of ``body.content``, dates from ``docdata``.

The same code reads a NITF body inside a NewsML-G2 ``inlineXML``, so both formats give one text for
the same story. Elements are matched without namespace: NITF is written with and without one.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from sitat.errors import InputError
from sitat.readers.dates import iso_date
from sitat.readers.xmlsafe import (
    child,
    clean,
    descendants,
    element_text,
    first_text,
    lang_of,
    local,
    paragraphs,
)
from sitat.records import Article


@dataclass(slots=True)
class NitfParts:
    """What a NITF body says about its story; every field may be missing."""

    paragraphs: list[str]
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    doc_id: str | None = None
    source: str | None = None
    language: str | None = None


def _byline(body_head: ET.Element | None) -> str | None:
    """The byline's own text without the title in ``byttl`` ("Av Kari Nordmann" rather than "…, NTB")."""
    if body_head is None:
        return None
    for byline in (b for b in body_head.iter() if local(b.tag) == "byline"):
        person = first_text(descendants(byline, "person"))
        if person:
            return person
        parts = [byline.text or ""] + [
            (c.tail or "") if local(c.tag) == "byttl" else element_text(c) + " " + (c.tail or "")
            for c in byline
        ]
        text = clean(" ".join(parts)).strip(" ,")
        if text:
            return text
        text = element_text(byline)
        if text:
            return text
    return None


def nitf_parts(nitf: ET.Element) -> NitfParts:
    """Read the parts of a ``nitf`` element (or of a bare ``body`` element)."""
    head = child(nitf, "head")
    body = nitf if local(nitf.tag) == "body" else child(nitf, "body")
    body_head = child(body, "body.head")
    content = child(body, "body.content")
    docdata = child(head, "docdata")
    title = first_text(
        [*(descendants(body_head, "hl1") if body_head is not None else ()), child(head, "title")]
    )
    date = None
    doc_id = None
    source = None
    if docdata is not None:
        for name in ("date.issue", "date.release"):
            el = child(docdata, name)
            if el is not None:
                date = iso_date(el.get("norm")) or iso_date(element_text(el))
                if date:
                    break
        doc_el = child(docdata, "doc-id")
        if doc_el is not None:
            doc_id = (doc_el.get("id-string") or "").strip() or None
        copyright_el = child(docdata, "doc.copyright")
        if copyright_el is not None:
            source = (copyright_el.get("holder") or "").strip() or None
    if source is None and head is not None:
        pubdata = child(head, "pubdata")
        if pubdata is not None:
            source = (pubdata.get("name") or "").strip() or None
    if source is None and body_head is not None:
        source = first_text(descendants(body_head, "distributor"))
    paras = paragraphs(content) if content is not None else []
    abstract = child(body_head, "abstract")
    if abstract is not None and paras:
        # the lead (ingress) often sits in body.head; it is part of the story and may hold quotes
        lead = [p for p in paragraphs(abstract) if p not in paras[:3]]
        paras = lead + paras
    return NitfParts(
        paragraphs=paras,
        title=title,
        byline=_byline(body_head),
        date=date,
        doc_id=doc_id,
        source=source,
        language=lang_of(nitf, body, content),
    )


def read_nitf(root: ET.Element, origin: str, fallback_id: str) -> Article:
    """One article from a NITF document; its id is ``doc-id`` when present, else ``fallback_id``."""
    if local(root.tag) != "nitf":
        raise InputError(origin, f"not a NITF document (the root element is <{local(root.tag)}>)")
    parts = nitf_parts(root)
    if not parts.paragraphs:
        raise InputError(origin, "the NITF document has no text in body.content")
    return Article(
        id=parts.doc_id or fallback_id,
        text="\n\n".join(parts.paragraphs),
        title=parts.title,
        date=parts.date,
        source=parts.source,
        byline=parts.byline,
        language=parts.language,
        origin=origin,
    )
