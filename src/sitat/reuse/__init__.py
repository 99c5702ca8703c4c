"""Quotation reuse: the printings of one quotation across outlets, and republished articles.

Pure library code over MinHash/LSH (``datasketch``); it stores nothing. The archive calls it to
collapse printings and to list where else a quotation appeared.

    >>> from sitat.reuse import Printing, group_quotations
    >>> groups = group_quotations([
    ...     Printing(1, "Vi er klare for en ny runde med forhandlinger i morgen", "Kari Nordmann",
    ...              source="NTB", date="2024-03-01"),
    ...     Printing(2, "Vi er klare for en ny runde med forhandlinger", "Nordmann",
    ...              source="Dagbladet", date="2024-03-02"),
    ... ])
    >>> [(g.first.key, g.outlets) for g in groups]
    [(1, ['NTB', 'Dagbladet'])]
"""

from sitat.reuse.articles import ARTICLE_SETTINGS, ArticleCopy, ArticleGroup, group_articles
from sitat.reuse.engine import GroupingSettings
from sitat.reuse.quotations import (
    QUOTATION_SETTINGS,
    Printing,
    QuotationGroup,
    group_quotations,
    printings_of,
)

__all__ = [
    "ARTICLE_SETTINGS",
    "QUOTATION_SETTINGS",
    "ArticleCopy",
    "ArticleGroup",
    "GroupingSettings",
    "Printing",
    "QuotationGroup",
    "group_articles",
    "group_quotations",
    "printings_of",
]
