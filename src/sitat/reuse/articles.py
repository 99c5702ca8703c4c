"""Republished wire copy: group articles whose texts are (near) copies of one another.

Outlets print an NTB story with a new title, an extra paragraph or the last paragraphs cut; the
article text is compared by overlapping runs of five words, so such copies still group while two
stories on the same topic (which share words but few five-word runs) do not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sitat.records import Article
from sitat.reuse.engine import GroupingSettings, group_indices
from sitat.reuse.text import words

ARTICLE_SETTINGS = GroupingSettings(
    shingle_size=5, lsh_threshold=0.4, min_containment=0.8, min_words=20, check_speaker=False
)


@dataclass(frozen=True, slots=True)
class ArticleCopy:
    """One article in a group of copies, without its text."""

    id: str
    source: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "date": self.date}


@dataclass(slots=True)
class ArticleGroup:
    """Copies of one story, earliest first (undated ones last, in input order)."""

    copies: list[ArticleCopy]

    @property
    def first(self) -> ArticleCopy:
        """The first printing of the story."""
        return self.copies[0]

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(c.source for c in self.copies if c.source))

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.copies]

    def __len__(self) -> int:
        return len(self.copies)

    def to_dict(self) -> dict[str, Any]:
        return {
            "first": self.first.to_dict(),
            "outlets": self.outlets,
            "copies": [c.to_dict() for c in self.copies],
        }


def group_articles(
    articles: Iterable[Article],
    settings: GroupingSettings = ARTICLE_SETTINGS,
    *,
    singletons: bool = True,
) -> list[ArticleGroup]:
    """Group articles that are copies of one story (at least 80 % of the shorter one's five-word runs
    occur in the longer); groups in the order of their first member in the input."""
    copies: list[ArticleCopy] = []
    tokens: list[list[str]] = []
    for article in articles:
        copies.append(ArticleCopy(article.id, article.source, article.date))
        tokens.append(words(article.text))
    groups = []
    for members in group_indices(tokens, None, settings):
        if len(members) == 1 and not singletons:
            continue
        ordered = sorted((copies[i] for i in members), key=lambda c: (c.date is None, c.date or ""))
        groups.append(ArticleGroup(ordered))
    return groups
