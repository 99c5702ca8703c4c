"""The one entry point of extraction: article (or text) in, attributed quotations out.

Everything that extracts — the CLI, the archive, the API, Spark — calls ``extract`` or
``extract_many``; the pipeline is loaded once per process and articles go through ``nlp.pipe`` in
batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from sitat.records import Article, ArticleQuotations, Quotation


def _as_article(item: Article | str) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(id="text", text=item)
    raise TypeError(f"extract() takes an Article or a str, not {type(item).__name__}")


def _pipeline(nlp: Language | None) -> Language:
    if nlp is not None:
        return nlp
    from sitat.nlp import load

    return load()


# a quotation whose source is the writer or the reader ("sier jeg", "tror du at") is not news
_NOT_A_SOURCE = frozenset({"jeg", "vi", "du", "dere", "man", "en"})


def quotations_of(doc: Doc) -> list[Quotation]:
    """The finished quotations of a doc that went through the quotation components."""
    out = []
    for q in doc._.quotations or []:
        mention = (q.speaker_mention or "").lower()
        if mention in _NOT_A_SOURCE:
            continue
        if q.nested and not q.speaker:
            continue
        out.append(q)
    return out


def extract(article: Article | str, *, nlp: Language | None = None) -> list[Quotation]:
    """Every quotation in one article (or plain text), with speaker, cue and offsets into its text."""
    art = _as_article(article)
    return quotations_of(_pipeline(nlp)(art.text))


def extract_many(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 16
) -> Iterator[ArticleQuotations]:
    """Quotations of many articles, in input order, batched through ``nlp.pipe``."""
    pipeline = _pipeline(nlp)
    stream = ((a.text, a) for a in articles)
    for doc, art in pipeline.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield ArticleQuotations(id=art.id, quotes=quotations_of(doc), article=art)
