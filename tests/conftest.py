"""Fixtures shared by every test folder. Each part of sitat keeps its fixtures in its own section."""

from __future__ import annotations

from pathlib import Path

import pytest

import sitat.nlp

# --- language model and extraction ---------------------------------------------------------------


@pytest.fixture(scope="session")
def nlp():
    """The shipped pipeline with sitat's quotation components; skips when the model is not built."""
    if not sitat.nlp.model_available():
        pytest.skip("the Bokmål model is not built (python -m training.build)")
    return sitat.nlp.load()


# --- readers ---------------------------------------------------------------------------------------

READER_SAMPLES = Path(__file__).parent / "readers" / "samples"
#: The IPTC's NewsML-G2 examples and unit-test files (CC BY 4.0), beside the repository, not in it.
IPTC_NEWSML_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "formats" / "newsml-g2"


@pytest.fixture
def rules_fail_on_boom(monkeypatch):
    """Coreference that fails on any article holding the word BOOM, as a bug in a rule would."""
    import sitat.quotes.coref as coref

    real = coref.resolve_speakers

    def failing(doc, quotations):
        if "BOOM" in doc.text:
            raise IndexError("a rule read past the end of the doc")
        return real(doc, quotations)

    monkeypatch.setattr(coref, "resolve_speakers", failing)


@pytest.fixture(scope="session")
def reader_samples() -> Path:
    """The small Norwegian samples written for the reader tests (NewsML-G2, NITF, HTML, feeds)."""
    return READER_SAMPLES


@pytest.fixture(scope="session")
def iptc_newsml_files() -> list[Path]:
    """Every IPTC NewsML-G2 example and unit-test file; skips when ../shared is not there."""
    files = sorted(IPTC_NEWSML_DIR.rglob("*.xml")) if IPTC_NEWSML_DIR.is_dir() else []
    if not files:
        pytest.skip(f"the IPTC NewsML-G2 files are not at {IPTC_NEWSML_DIR}")
    return files


# --- web app and JSON API (tests/api, tests/web) -------------------------------------------------

_KARI, _OLA, _PER = "Kari Nordmann", "Ola Hansen", "Per Olsen"

#: Hand-written NTB-style articles for the web tests: (id, outlet, date, title, paragraphs, quotes).
#: A quote is (quoted words, speaker, mention, cue, type); offsets are found in the text.
WEB_ARTICLES = [
    (
        "ntb-eldre-1",
        "NTB",
        "2024-01-15",
        "Kommunene ber om mer penger til eldreomsorgen",
        [
            "Kommunene må få større overføringer om eldreomsorgen skal holde mål, mener KS.",
            "– Vi ser at budsjettene ikke strekker til lenger, sier styreleder Kari Nordmann i KS til NTB.",
            "– Dette er ikke en krise vi kan vente med å løse, sier hun.",
            "Helseminister Ola Hansen avviser at kommunene er underfinansiert.",
            "– Regjeringen har økt rammene hvert eneste år, sier Hansen.",
        ],
        [
            ("Vi ser at budsjettene ikke strekker til lenger", _KARI, _KARI, "sier", "direct"),
            ("Dette er ikke en krise vi kan vente med å løse", _KARI, "hun", "sier", "direct"),
            ("kommunene er underfinansiert", _OLA, _OLA, "avviser", "indirect"),
            ("Regjeringen har økt rammene hvert eneste år", _OLA, "Hansen", "sier", "direct"),
        ],
    ),
    (
        "ap-strom-2",
        "Aftenposten",
        "2024-02-20",
        "Strømstøtten blir værende ut året",
        [
            "Regjeringen forlenger strømstøtten til husholdningene.",
            "– Folk skal ikke måtte velge mellom mat og varme i vinter, sier Ola Hansen.",
            "Kari Nordmann kalte ordningen «et plaster på et åpent sår».",
            "– <script>alert('æøå')</script> er ikke et svar på noe, sier Per Olsen.",
        ],
        [
            ("Folk skal ikke måtte velge mellom mat og varme i vinter", _OLA, _OLA, "sier", "direct"),
            ("ordningen «et plaster på et åpent sår»", _KARI, _KARI, "kalte", "mixed"),
            ("<script>alert('æøå')</script> er ikke et svar på noe", _PER, _PER, "sier", "direct"),
        ],
    ),
    (
        "ntb-skole-3",
        "NTB",
        "2024-04-03",
        "Lærerne advarer mot kutt i skolebudsjettene",
        [
            "Utdanningsforbundet frykter at kuttene går ut over elevene.",
            "– Vi kan ikke spare oss til bedre skoler, sier leder Kari Nordmann i forbundet til NTB.",
            "Ifølge Ola Hansen er budsjettene for skolen høyere enn noen gang.",
        ],
        [
            ("Vi kan ikke spare oss til bedre skoler", _KARI, _KARI, "sier", "direct"),
            ("er budsjettene for skolen høyere enn noen gang", _OLA, _OLA, "Ifølge", "indirect"),
        ],
    ),
]


def web_article(spec: tuple) -> tuple:
    """An ``Article`` and its hand-built ``Quotation`` records, offsets found in the text."""
    from sitat.records import Article, Quotation

    article_id, outlet, day, title, paras, quotes = spec
    text = "\n\n".join(paras)
    article = Article(id=article_id, text=text, title=title, date=day, source=outlet, language="nb")
    quotations = []
    searched = 0
    for words, speaker, mention, cue, kind in quotes:
        start = text.index(words, searched)
        end = start + len(words)
        searched = end
        cue_start = text.find(cue, end) if kind == "direct" else text.rfind(cue, 0, start)
        if cue_start < 0:
            cue_start = text.find(cue)
        mention_start = text.find(mention, cue_start)
        if mention_start < 0 or mention_start > end + 80:
            mention_start = text.rfind(mention, 0, start + 1)
        quotations.append(
            Quotation(
                start=start, end=end, type=kind, text=words, speaker=speaker, speaker_mention=mention,
                speaker_start=mention_start, speaker_end=mention_start + len(mention), cue=cue,
                cue_start=cue_start, cue_end=cue_start + len(cue), method="hand",
            )
        )
    return article, quotations


@pytest.fixture(scope="session")
def web_items() -> list:
    """``WEB_ARTICLES`` as (Article, [Quotation]) pairs, to store in any archive."""
    return [web_article(spec) for spec in WEB_ARTICLES]


@pytest.fixture(scope="session")
def web_store(tmp_path_factory):
    """A SQLite archive holding ``WEB_ARTICLES``, filled through ``Store.add``; read-only by the tests."""
    from sitat.archive import open_store

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}")
    for spec in WEB_ARTICLES:
        store.add(*web_article(spec))
    yield store
    store.close()


@pytest.fixture(scope="session")
def web_client(web_store):
    """An in-process client of the read-only app over ``web_store``."""
    from fastapi.testclient import TestClient

    from sitat.api import create_app

    with TestClient(create_app(web_store), raise_server_exceptions=False) as client:
        yield client


# --- archive (tests/archive, tests/cli/test_{ingest,search,speakers,export}.py) ------------------


def archive_article_builder(
    article_id: str,
    paragraphs: list[tuple[str, str | None, str | None]],
    *,
    date: str | None = "2024-02-01",
    source: str | None = "NTB",
    lead: str = "",
    qtype: str = "direct",
) -> tuple:
    """An NTB-style article of dash paragraphs ``– QUOTE, sier MENTION.`` and its quotations.

    Each paragraph is (quote, canonical speaker, speaker mention as written); the mention is what
    follows ``sier`` in the text.
    """
    from sitat.records import Article, Quotation

    text = lead
    quotes: list[Quotation] = []
    for quote, speaker, mention in paragraphs:
        if text:
            text += "\n\n"
        text += "– "
        start = len(text)
        text += quote
        end = len(text)
        text += ", sier "
        cue_start = len(text) - 5
        written = mention or "en kilde"
        speaker_start = len(text)
        text += written + "."
        quotes.append(
            Quotation(
                start=start, end=end, type=qtype, text=quote, speaker=speaker, speaker_mention=mention,
                speaker_start=speaker_start, speaker_end=speaker_start + len(written), cue="sier",
                cue_start=cue_start, cue_end=cue_start + 4, method="test",
            )
        )
    return Article(id=article_id, text=text, title=f"Sak {article_id}", date=date, source=source), quotes


@pytest.fixture(scope="session")
def archive_article():
    """Builds (Article, [Quotation]) from (quote, speaker, mention) paragraphs: see the builder."""
    return archive_article_builder


def _pg_schema_url(base: str, schema: str) -> str:
    """The test database URL with every connection confined to one throw-away schema."""
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def fresh_db(request, tmp_path):
    """The URL of an empty archive: a SQLite file, or a fresh schema in $SITAT_TEST_PG_URL.

    The PostgreSQL case skips when $SITAT_TEST_PG_URL is unset, except under CI=true where it fails.
    """
    import os
    import uuid

    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'sitat.db'}"
        return
    base = os.environ.get("SITAT_TEST_PG_URL")
    if not base:
        if os.environ.get("CI") == "true":
            pytest.fail("SITAT_TEST_PG_URL is not set under CI")
        pytest.skip("no PostgreSQL server (set SITAT_TEST_PG_URL)")
    import sqlalchemy

    engine_url = base.replace("postgresql://", "postgresql+psycopg://", 1)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sqlalchemy.create_engine(engine_url)
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text(f"CREATE SCHEMA {schema}"))
    try:
        yield _pg_schema_url(base, schema)
    finally:
        with engine.begin() as conn:
            conn.execute(sqlalchemy.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        engine.dispose()
