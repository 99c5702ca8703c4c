"""The one entry point of extraction: article (or text) in, attributed quotations out.

Everything that extracts — the CLI, the archive, the API, Spark — calls ``extract`` or
``extract_many``; the pipeline is loaded once per process and articles go through ``nlp.pipe`` in
batches.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from sitat.lexicons import function_words, pronouns
from sitat.records import Article, ArticleQuotations, Quotation

log = logging.getLogger(__name__)

#: where a doc keeps the failure of its quotation rules (see ``_apply_rules``)
_RULES_ERROR = "sitat_rules_error"


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
# nor is reported speech whose "source" names nobody ("Det krever at …", "Ingen har sagt at …"); a
# quotation in marks or after a dash is somebody's words all the same, so it stays
_NOBODY = frozenset({"det", "dette", "ingen", "noe"})


def quotations_of(doc: Doc) -> list[Quotation]:
    """The finished quotations of a doc that went through the quotation components."""
    out = []
    for q in doc._.quotations or []:
        mention = (q.speaker_mention or "").lower()
        if mention in _NOT_A_SOURCE or (mention in _NOBODY and q.type != "direct"):
            continue
        nobody_named = "ingen" in (mention.split(" ", 1)[0], (q.speaker or "").lower().split(" ", 1)[0])
        if nobody_named and q.type != "direct":
            continue  # "Ingen av sidene tror de har noe å tape": what nobody says
        if q.speaker and (q.speaker.lower() in _NOBODY or q.speaker.lower() in (*pronouns(), "den")):
            q.speaker = None  # "står det skrevet: «…»": words in marks, by nobody named (never a pronoun)
        if (q.nested or q.method == "dash.heading") and not q.speaker:
            continue  # a heading nobody in the article is quoted saying is the paper's own words
        if q.nested and mention in function_words()["generic_people"]:
            continue  # "– Folk tror de kommer over fjellet, sier Holmsen": his description, nobody's words
        if q.type != "direct" and q.speaker_mention is None and q.method != "marks.follow":
            continue  # reported speech with nobody found to report it is not a quotation we can give
        if q.method in ("marks.follow", "marks.paragraph") and not q.speaker:
            continue  # words in marks after a report nobody was found for: scare quotes, most often
        out.append(q)
    return out


def extract(article: Article | str, *, nlp: Language | None = None) -> list[Quotation]:
    """Every quotation in one article (or plain text), with speaker, cue and offsets into its text."""
    art = _as_article(article)
    return next(extract_many([art], nlp=nlp)).quotes


#: Articles longer than this are processed in pieces cut at paragraph breaks: the parser's memory
#: grows with the length of a doc, and a quotation never runs across a blank line.
PIECE_CHARS = 100_000


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) cuts of a long text at paragraph breaks (at a line or space if it has none)."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        end = start + (cut if cut > 0 else size)
        out.append((start, text[start:end]))
        start = end
    out.append((start, text[start:]))
    return out


def _shifted(quotes: list[Quotation], offset: int) -> list[Quotation]:
    if offset:
        for q in quotes:
            q.start += offset
            q.end += offset
            for name in ("cue_start", "cue_end", "speaker_start", "speaker_end"):
                value = getattr(q, name)
                if value is not None:
                    setattr(q, name, value + offset)
    return quotes


def extract_many(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 16, gate: bool = True
) -> Iterator[ArticleQuotations]:
    """Quotations of many articles, in input order, batched through ``nlp.pipe``.

    With ``gate`` (the default) the parser and tagger run only on sentences that can hold a
    quotation (``sitat.quotes.gate``); the rest get the entity tagger, which coreference needs.
    """
    pipeline = _pipeline(nlp)
    pending: dict[int, list[Quotation]] = {}
    failed: dict[int, str] = {}
    stream = (
        (piece, (n, art, offset, last))
        for n, art in enumerate(articles)
        for offset, piece, last in _with_last(pieces(art.text))
    )
    docs = _gated_pipe(pipeline, stream, batch_size) if gate else _full_pipe(pipeline, stream, batch_size)
    for doc, (n, art, offset, last) in docs:
        pending.setdefault(n, []).extend(_shifted(quotations_of(doc), offset))
        if _RULES_ERROR in doc.user_data:
            failed[n] = doc.user_data[_RULES_ERROR]
        if last:
            yield ArticleQuotations(id=art.id, quotes=pending.pop(n), article=art, error=failed.pop(n, None))


def _apply_rules(steps: list[Callable[[Doc], Doc]], doc: Doc, context: object) -> Doc:
    """The quotation components on one doc. A failure of sitat's own rules on one article is logged
    and recorded on the doc (the article then has no quotations from this piece) instead of ending a
    batch of thousands: the caller reports it with the article's id."""
    try:
        for step in steps:
            doc = step(doc)
    except Exception as exc:  # any bug in a rule: logged and reported with the article, not swallowed
        art = context[1] if isinstance(context, tuple) and len(context) > 1 else None
        log.exception("the quotation rules failed on article %s", getattr(art, "id", "?"))
        doc._.quotations = []
        doc.user_data[_RULES_ERROR] = f"the quotation rules failed ({type(exc).__name__}: {exc})"
    return doc


def _full_pipe(pipeline: Language, stream, batch_size: int) -> Iterator[tuple[Doc, object]]:
    """Every model component on all text (no gate), then the quotation rules, each doc guarded."""
    from sitat.quotes.pipeline import QUOTATION_PIPES

    rules = [p for p in pipeline.pipe_names if p in QUOTATION_PIPES]
    steps = [pipeline.get_pipe(p) for p in rules]
    it = iter(stream)
    while batch := list(islice(it, batch_size)):
        with pipeline.select_pipes(disable=rules):
            done = list(pipeline.pipe(batch, as_tuples=True, batch_size=batch_size))
        for doc, context in done:
            yield _apply_rules(steps, doc, context), context


def _gated_pipe(pipeline: Language, stream, batch_size: int) -> Iterator[tuple[Doc, object]]:
    """Like ``pipeline.pipe(stream, as_tuples=True)``, with the full model only where it is needed."""
    from sitat.nlp.entities import FACTORY as ENTITY_CONSISTENCY
    from sitat.quotes.gate import NAMES, PARSE, gated_chunks
    from sitat.quotes.pipeline import QUOTATION_PIPES

    # names are made consistent over the whole article, once its pieces are joined (a surname in a
    # piece the parser skipped finds the full name in another)
    whole_doc_pipes = [p for p in pipeline.pipe_names if p == ENTITY_CONSISTENCY]
    model_pipes = [p for p in pipeline.pipe_names if p not in QUOTATION_PIPES and p not in whole_doc_pipes]
    light_pipes = [p for p in model_pipes if p == "ner" or p in _feeding("ner", pipeline)]
    quotation_steps = [
        pipeline.get_pipe(p)
        for p in whole_doc_pipes + [p for p in QUOTATION_PIPES if p in pipeline.pipe_names]
    ]
    it = iter(stream)
    while batch := list(islice(it, batch_size)):
        plans = [gated_chunks(text) for text, _ in batch]
        heavy = [c for plan in plans for c, need in plan if need == PARSE]
        light = [c for plan in plans for c, need in plan if need == NAMES]
        with pipeline.select_pipes(enable=model_pipes):
            heavy_docs = iter(list(pipeline.pipe(heavy, batch_size=batch_size)))
        with pipeline.select_pipes(enable=light_pipes):
            light_docs = iter(list(pipeline.pipe(light, batch_size=batch_size)))
        for plan, (text, context) in zip(plans, batch, strict=True):
            parts = []
            for chunk, need in plan:
                if need == PARSE:
                    part = next(heavy_docs)
                elif need == NAMES:
                    part = _with_sentence_starts(next(light_docs))
                else:
                    part = _with_sentence_starts(pipeline.make_doc(chunk))
                    part.ents = []  # no name can be here: every token is outside any entity
                parts.append(part)
            doc = (
                Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
                if parts
                else pipeline.make_doc("")
            )
            doc.user_data["sitat_text"] = (
                text  # the chunks joined are the text (doc_text need not rebuild it)
            )
            yield _apply_rules(quotation_steps, doc, context), context


def _feeding(component: str, pipeline: Language) -> list[str]:
    """Components whose output ``component`` listens to (a shared tok2vec)."""
    return [
        name for name, pipe in pipeline.pipeline if component in getattr(pipe, "listening_components", ())
    ]


def _with_sentence_starts(doc: Doc) -> Doc:
    """Sentence starts for text the parser did not see: after terminal punctuation and blank lines."""
    for i, tok in enumerate(doc):
        if i == 0:
            tok.is_sent_start = True
            continue
        prev = doc[i - 1]
        tok.is_sent_start = bool(
            not tok.is_space and (prev.text in (".", "!", "?", "…") or "\n" in prev.text_with_ws)
        )
    return doc


def _with_last(cuts: list[tuple[int, str]]) -> Iterator[tuple[int, str, bool]]:
    for k, (offset, piece) in enumerate(cuts):
        yield offset, piece, k == len(cuts) - 1
