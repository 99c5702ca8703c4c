"""Safe XML parsing and the small tree helpers the XML readers share.

News XML comes from outside, so it is parsed with defusedxml: entity declarations (the "billion
laughs" expansion bomb) and external entities or DTDs (XXE: reading local files or the network) are
refused before anything is expanded or fetched. A plain ``<!DOCTYPE nitf SYSTEM "nitf.dtd">`` line, as
many NITF files carry, is allowed: its DTD is never loaded.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator

import defusedxml.ElementTree as DET
from defusedxml.common import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from sitat.errors import InputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_SPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")


def parse_xml(text: str, origin: str) -> ET.Element:
    """The root element of ``text``, or an InputError that says why the XML is refused."""
    # the text is already decoded; a leftover encoding declaration (say UTF-16) would only make the
    # parser doubt a str that no longer is in that encoding
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        return DET.fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as exc:
        kind = "an external entity (XXE)" if exc.sysid or exc.pubid else "an entity"
        raise InputError(
            origin, f"refused: the XML declares {kind} ({exc.name!r}); sitat never expands entities"
        ) from None
    except ExternalReferenceForbidden:
        raise InputError(origin, "refused: the XML refers to an external resource") from None
    except DTDForbidden:  # not raised with forbid_dtd=False, kept for clarity
        raise InputError(origin, "refused: the XML has a DTD") from None
    except DefusedXmlException as exc:
        raise InputError(origin, f"refused unsafe XML: {exc}") from None
    except ET.ParseError as exc:
        line, column = exc.position
        raise InputError(
            origin, f"not well-formed XML: {_reason(exc)} (column {column})", line=line
        ) from None
    except RecursionError:
        raise InputError(origin, "refused: the XML is nested too deeply") from None


def _reason(exc: ET.ParseError) -> str:
    message = str(exc)
    return message.split(":", 1)[0] if ": line" in message else message


def local(tag: object) -> str:
    """An element's name without its namespace (``{ns}p`` → ``p``); '' for comments and the like."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element if local(child.tag) == name)


def child(element: ET.Element | None, name: str) -> ET.Element | None:
    if element is None:
        return None
    return next(children(element, name), None)


def descendants(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (el for el in element.iter() if local(el.tag) == name)


def clean(text: str | None) -> str:
    """Whitespace collapsed to single spaces, as XML pretty-printing does not belong to the text."""
    return _SPACE.sub(" ", text or "").strip()


def element_text(element: ET.Element | None) -> str:
    """All text below ``element`` with whitespace collapsed; '' for None."""
    if element is None:
        return ""
    return clean("".join(_itertext(element)))


def _itertext(element: ET.Element) -> Iterator[str]:
    """Text of an element and its descendants, iteratively (deep trees must not hit the recursion limit)."""
    stack: list[tuple[ET.Element, bool]] = [(element, False)]
    while stack:
        el, done = stack.pop()
        if done:
            if el is not element and el.tail:
                yield el.tail
            continue
        if not isinstance(el.tag, str):  # comment or processing instruction: skip it, keep its tail
            if el.tail and el is not element:
                yield el.tail
            continue
        if local(el.tag) in ("br", "lb"):  # a line break inside a paragraph separates words
            yield " "
        if el.text:
            yield el.text
        stack.append((el, True))
        stack.extend((c, False) for c in reversed(list(el)))


def first_text(elements: Iterable[ET.Element | None]) -> str | None:
    """The first non-empty text among ``elements``, or None."""
    for el in elements:
        text = element_text(el)
        if text:
            return text
    return None


def lang_of(*elements: ET.Element | None) -> str | None:
    for el in elements:
        if el is not None and el.get(XML_LANG):
            return el.get(XML_LANG)
    return None


#: Elements that hold one paragraph of running text, in NITF and XHTML (compared without namespace).
BLOCKS = frozenset(
    {
        "p",
        "hl1",
        "hl2",
        "hl3",
        "hl4",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "pre",
        "dt",
        "dd",
        "blockquote",
    }
)
#: Elements whose text is not the article's: pictures and their captions, tables, scripts, notes.
SKIP = frozenset(
    {"media", "table", "script", "style", "note", "img", "figure", "figcaption", "head", "title"}
)


#: Elements that end a paragraph but may hold text or blocks directly (NITF ``block``, HTML ``div``).
CONTAINERS = frozenset(
    {"div", "section", "article", "main", "aside", "header", "footer", "block", "body", "body.content"}
    | {"ul", "ol", "dl", "html", "nitf", "center", "form", "fieldset", "address"}
)


def paragraphs(container: ET.Element) -> list[str]:
    """The paragraphs under ``container``, in document order, none lost and none counted twice.

    Each innermost block element (``p``, ``hl2``, ``li``…) is a paragraph; text that sits loose between
    blocks (``Første.<br><br><p>Andre</p>``, text directly in a ``div``) makes paragraphs of its own,
    ended by the next block or container boundary. Inline markup (``a``, ``em``, ``span``) stays inline.
    """
    parents = {c: p for p in container.iter() for c in p}
    holds_blocks: set[ET.Element] = set()
    for el in container.iter():
        if local(el.tag) in BLOCKS or local(el.tag) in CONTAINERS:
            up = parents.get(el)
            while up is not None and up not in holds_blocks:
                holds_blocks.add(up)
                up = parents.get(up)
    out: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = clean("".join(buffer))
        buffer.clear()
        if text:
            out.append(text)

    stack: list[tuple[ET.Element, str]] = [(container, "open")]
    while stack:
        el, phase = stack.pop()
        if phase == "tail":
            if el.tail:
                buffer.append(el.tail)
            continue
        if phase == "close":
            flush()
            continue
        if el is not container:
            stack.append((el, "tail"))
        if not isinstance(el.tag, str):  # a comment: only its tail counts
            continue
        name = local(el.tag)
        if el is not container and name in SKIP:
            continue
        if el in holds_blocks or name in CONTAINERS or el is container:
            flush()
            stack.append((el, "close"))
            if el.text:
                buffer.append(el.text)
            stack.extend((c, "open") for c in reversed(list(el)))
        elif name in BLOCKS:
            flush()
            text = element_text(el)
            if text:
                out.append(text)
        else:
            buffer.append(" " if name in ("br", "lb") else "".join(_itertext(el)))
    flush()
    return out
