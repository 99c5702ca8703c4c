"""IPTC NewsML-G2: text ``newsItem``s become articles, every other item is skipped with a note.

A document may be one item or a ``newsMessage`` carrying several in its ``itemSet``. A text item's
story is in ``contentSet``: NITF or XHTML in ``inlineXML``, or plain text in ``inlineData``. Items that
carry no text of their own — pictures, video, packages, planning, concept, knowledge and catalog
items — are not errors: they are logged at INFO level and skipped, so a wire feed's photos do not fill
the batch report. A text item without text (only referenced by ``remoteContent``, or empty) is
skipped with a WARNING, since its reader probably expected an article.
"""

from __future__ import annotations

import base64
import binascii
import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from urllib.parse import urlsplit

from sitat.errors import InputError
from sitat.readers.dates import iso_date
from sitat.readers.nitf import nitf_parts
from sitat.readers.xmlsafe import (
    XML_LANG,
    child,
    children,
    clean,
    descendants,
    element_text,
    first_text,
    lang_of,
    local,
    paragraphs,
)
from sitat.records import Article

log = logging.getLogger(__name__)

NAR_NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
#: The kinds of NewsML-G2 item; only newsItem can hold a story's text.
ITEM_KINDS = ("newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem")
#: Root elements (besides items) that NewsML-G2 documents and the IPTC's examples use.
ROOTS = (*ITEM_KINDS, "newsMessage", "contentSet", "groupSet", "contentMeta", "itemMeta", "catalog")
_NON_TEXT_CLASSES = ("picture", "graphic", "video", "audio", "composite", "animated", "interactive")


def is_newsml(root: ET.Element) -> bool:
    return root.tag.startswith("{" + NAR_NAMESPACE) or local(root.tag) in ROOTS


def _items(root: ET.Element) -> list[ET.Element]:
    name = local(root.tag)
    if name in ITEM_KINDS:
        return [root]
    if name == "newsMessage":
        found: list[ET.Element] = []
        for item_set in children(root, "itemSet"):
            found.extend(c for c in item_set if local(c.tag) in ITEM_KINDS)
        return found
    return []


def _item_class(item: ET.Element) -> str:
    item_class = child(child(item, "itemMeta"), "itemClass")
    if item_class is None:
        return ""
    return (item_class.get("qcode") or item_class.get("uri") or "").strip()


def _provider(item_meta: ET.Element | None) -> str | None:
    provider = child(item_meta, "provider")
    if provider is None:
        return None
    name = first_text(children(provider, "name"))
    if name:
        return name
    if provider.get("literal"):
        return provider.get("literal")
    qcode = provider.get("qcode")
    if qcode:
        return qcode.split(":", 1)[-1]
    uri = provider.get("uri")
    if uri:
        return urlsplit(uri).hostname or uri
    return None


def _creators(content_meta: ET.Element | None) -> str | None:
    if content_meta is None:
        return None
    names = []
    for creator in children(content_meta, "creator"):
        name = first_text(children(creator, "name")) or (creator.get("literal") or "").strip()
        if name:
            names.append(name)
    return ", ".join(names) or None


def _date(item_meta: ET.Element | None, content_meta: ET.Element | None) -> str | None:
    for parent, name in (
        (content_meta, "contentCreated"),
        (item_meta, "firstCreated"),
        (item_meta, "versionCreated"),
    ):
        date = iso_date(element_text(child(parent, name)))
        if date:
            return date
    return None


def _language(item: ET.Element, content_meta: ET.Element | None) -> str | None:
    language = child(content_meta, "language")
    if language is not None and (language.get("tag") or "").strip():
        return language.get("tag", "").strip()
    return item.get(XML_LANG)


class _Content:
    """The text a contentSet yields, with what its NITF adds (title, byline) when there is one."""

    def __init__(
        self,
        paras: list[str],
        title: str | None = None,
        byline: str | None = None,
        language: str | None = None,
        date: str | None = None,
    ):
        self.paragraphs = paras
        self.title = title
        self.byline = byline
        self.language = language
        self.date = date


def _inline_xml(element: ET.Element) -> _Content | str:
    """NITF or XHTML text of an ``inlineXML``, or why there is none."""
    if element.get("hascontent") == "false":
        return "its inlineXML is marked hascontent=false"
    payload = [c for c in element if isinstance(c.tag, str)]
    if not payload:
        loose = [clean(p) for p in (element.text or "").split("\n\n")]
        if any(loose):  # text straight inside inlineXML: not valid NewsML-G2, but plainly the story
            return _Content([p for p in loose if p], language=element.get(XML_LANG))
        return "its inlineXML is empty"
    for top in payload:
        nitf = top if local(top.tag) == "nitf" else next(descendants(top, "nitf"), None)
        if nitf is not None:
            parts = nitf_parts(nitf)
            if parts.paragraphs:
                return _Content(parts.paragraphs, parts.title, parts.byline, parts.language, parts.date)
            return "its NITF body has no text"
    body = next(descendants(element, "body"), None)
    if any(local(el.tag) == "p" for el in element.iter()):  # XHTML, or paragraphs straight inside
        paras = paragraphs(body if body is not None else element)
        if paras:
            return _Content(paras, language=lang_of(body, *payload, element))
    kinds = ", ".join(sorted({f"<{local(c.tag)}>" for c in payload}))
    return f"its inlineXML holds {kinds}, not NITF or XHTML text"


def _inline_data(element: ET.Element) -> _Content | str:
    """Plain text (or base64-encoded text) of an ``inlineData``, or why there is none."""
    if element.get("hascontent") == "false":
        return "its inlineData is marked hascontent=false"
    content_type = (element.get("contenttype") or "text/plain").lower()
    if not content_type.startswith("text/"):
        return f"its inlineData is {content_type}, not text"
    raw = element.text or ""
    if (element.get("encoding") or "").lower() == "base64":
        try:
            raw = base64.b64decode(raw, validate=False).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return "its base64 inlineData is not UTF-8 text"
    if content_type.startswith("text/html"):
        from sitat.readers.html import html_fragment_paragraphs

        paras = html_fragment_paragraphs(raw)
    else:
        paras = [clean(p) for p in raw.replace("\r\n", "\n").split("\n\n")]
    paras = [p for p in paras if p]
    if not paras:
        return "its inlineData is empty"
    return _Content(paras)


def _content(item: ET.Element) -> _Content | str:
    content_set = child(item, "contentSet")
    if content_set is None:
        return "it has no contentSet"
    reasons = []
    for element in content_set:
        name = local(element.tag)
        if name == "inlineXML":
            found = _inline_xml(element)
        elif name == "inlineData":
            found = _inline_data(element)
        elif name == "remoteContent":
            found = "its text is only referenced (remoteContent), not included"
        else:
            continue
        if isinstance(found, _Content):
            return found
        reasons.append(found)
    return "; ".join(dict.fromkeys(reasons)) or "its contentSet is empty"


def _skip(origin: str, what: str, why: str, level: int = logging.INFO) -> None:
    log.log(level, "%s: skipped %s: %s", origin, what, why)


def read_newsml(root: ET.Element, origin: str, fallback_id: str) -> Iterator[Article]:
    """Articles of the text items of a NewsML-G2 document; the others are skipped with a note."""
    name = local(root.tag)
    if name == "contentSet":
        # a bare contentSet (as in the IPTC's listings): an item without its metadata
        found = _content(_wrap(root))
        if isinstance(found, _Content):
            yield _article(found, fallback_id, origin)
        else:
            _skip(origin, "the contentSet", found)
        return
    items = _items(root)
    if not items:
        _skip(origin, f"the document (root <{name}>)", "it is not a news item and carries none")
        return
    for number, item in enumerate(items, 1):
        kind = local(item.tag)
        guid = (item.get("guid") or "").strip()
        what = f"{kind} {guid!r}" if guid else f"{kind} #{number}"
        if kind != "newsItem":
            _skip(origin, what, f"a {kind} carries no article text")
            continue
        item_class = _item_class(item)
        suffix = item_class.rsplit(":", 1)[-1].rsplit("/", 1)[-1].lower()
        if suffix in _NON_TEXT_CLASSES:
            _skip(origin, what, f"its item class is {item_class}, not text")
            continue
        found = _content(item)
        if isinstance(found, str):
            # a text item without its text is worth a warning: the user may have expected an article
            _skip(origin, what, found, logging.WARNING)
            continue
        item_meta = child(item, "itemMeta")
        content_meta = child(item, "contentMeta")
        article_id = guid or (fallback_id if len(items) == 1 else f"{fallback_id}#{number}")
        article = _article(found, article_id, origin)
        article.title = first_text(children(content_meta, "headline")) if content_meta is not None else None
        article.title = article.title or found.title
        article.date = _date(item_meta, content_meta) or found.date
        article.source = _provider(item_meta)
        article.byline = _creators(content_meta) or found.byline
        article.language = _language(item, content_meta) or found.language
        yield article


def _wrap(content_set: ET.Element) -> ET.Element:
    item = ET.Element("newsItem")
    item.append(content_set)
    return item


def _article(found: _Content, article_id: str, origin: str) -> Article:
    if not found.paragraphs:
        raise InputError(origin, "no text")
    return Article(
        id=article_id,
        text="\n\n".join(found.paragraphs),
        title=found.title,
        date=found.date,
        byline=found.byline,
        language=found.language,
        origin=origin,
    )
