"""One quotation, many printings: group the copies of a quotation that outlets printed.

Forty papers print one NTB quotation; some trim it, re-punctuate it or change a word. Grouping
turns those printings into one quotation that records its first printing (the earliest article)
and every outlet, so statistics can count a quotation once or per printing.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from sitat.records import ArticleQuotations
from sitat.reuse.engine import GroupingSettings, group_indices
from sitat.reuse.text import speaker_key, words

QUOTATION_SETTINGS = GroupingSettings()


@dataclass(frozen=True, slots=True)
class Printing:
    """One printing of a quotation: its text and speaker as one article printed them, and where.

    ``key`` is the caller's handle for the quotation (an archive row id, or ``(article_id, index)``
    when grouping extraction output), returned unchanged in the groups.
    """

    key: Hashable
    text: str
    speaker: str | None = None
    article_id: str | None = None
    source: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        key = list(self.key) if isinstance(self.key, tuple) else self.key
        return {
            "key": key,
            "text": self.text,
            "speaker": self.speaker,
            "article_id": self.article_id,
            "source": self.source,
            "date": self.date,
        }


@dataclass(slots=True)
class QuotationGroup:
    """The printings of one quotation, earliest first (undated printings last, in input order)."""

    printings: list[Printing]

    @property
    def first(self) -> Printing:
        """The first printing: the earliest article that printed the quotation."""
        return self.printings[0]

    @property
    def outlets(self) -> list[str]:
        """Every outlet that printed it, each once, in the order they printed it."""
        return list(dict.fromkeys(p.source for p in self.printings if p.source))

    @property
    def keys(self) -> list[Hashable]:
        return [p.key for p in self.printings]

    def __len__(self) -> int:
        return len(self.printings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "first": self.first.to_dict(),
            "outlets": self.outlets,
            "printings": [p.to_dict() for p in self.printings],
        }


def printings_of(items: Iterable[ArticleQuotations]) -> list[Printing]:
    """The printings in extraction output; keys are ``(article id, index of the quotation)``.

    A reporter's question is nobody's quotation and is left out.
    """
    out: list[Printing] = []
    for aq in items:
        source = aq.article.source if aq.article is not None else None
        date = aq.article.date if aq.article is not None else None
        for index, q in enumerate(aq.quotes):
            if q.reporter:
                continue
            out.append(Printing((aq.id, index), q.text, q.speaker, aq.id, source, date))
    return out


def _date_order(printing: Printing) -> tuple[bool, str]:
    return (printing.date is None, printing.date or "")


def group_quotations(
    items: Iterable[Printing | ArticleQuotations],
    settings: GroupingSettings = QUOTATION_SETTINGS,
    *,
    singletons: bool = True,
) -> list[QuotationGroup]:
    """Group printings of the same quotation, across articles and outlets.

    Two printings are one quotation when their speakers agree (``Stoltenberg`` = ``Jens
    Stoltenberg``; an unresolved speaker agrees with anyone) and most word pairs of the shorter one
    occur in the longer one, which survives trimming, re-punctuation and a changed word. Groups come
    in the order of their first member in the input; ``singletons=False`` drops quotations printed once.
    Quotations need their ``text`` (``sitat extract`` fills it).
    """
    printings: list[Printing] = []
    for item in items:
        if isinstance(item, ArticleQuotations):
            printings.extend(printings_of([item]))
        else:
            printings.append(item)
    tokens = [words(p.text) for p in printings]
    speakers = [speaker_key(p.speaker) for p in printings]
    groups = []
    for members in group_indices(tokens, speakers, settings):
        if len(members) == 1 and not singletons:
            continue
        ordered = sorted((printings[i] for i in members), key=_date_order)  # stable: input order on ties
        groups.append(QuotationGroup(ordered))
    return groups
