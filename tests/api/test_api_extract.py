"""``POST /api/extract`` (text in, quotations out, nothing stored) and token-guarded ingest."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

import sitat
import sitat.nlp
from sitat.api import create_app
from sitat.errors import ModelError
from sitat.records import Quotation

TEXT = "Fylket vil bygge ny vei.\n\n– Vi har ventet lenge nok på denne veien, sier ordfører Ingrid Berg."


def _fake_extract(article, **kwargs):
    """Stands in for the model: one direct quotation, found the way the real extractor reports it."""
    words = "Vi har ventet lenge nok på denne veien"
    start = article.text.find(words)
    if start < 0:
        return []
    return [Quotation(start=start, end=start + len(words), type="direct", text=words, speaker="Ingrid Berg",
                      speaker_mention="Ingrid Berg", cue="sier", method="fake")]


@pytest.fixture
def fake_model(monkeypatch):
    monkeypatch.setattr(sitat, "extract", _fake_extract)


@pytest.fixture
def ingest_app(tmp_path):
    from sitat.archive import open_store

    store = open_store(f"sqlite:///{tmp_path / 'ingest.db'}")
    app = create_app(store, allow_ingest=True, token="riktig-nøkkel", max_extract_chars=2_000,
                     max_body_bytes=20_000)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, store
    store.close()


def test_extract_returns_quotations_and_stores_nothing(web_client, web_store, fake_model):
    before = web_store.overview().quotations
    response = web_client.post("/api/extract", json={"text": TEXT, "source": "NTB"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["id"].startswith("upload-")
    [q] = body["quotations"]
    assert TEXT[q["start"] : q["end"]] == q["text"] and q["speaker"] == "Ingrid Berg"
    assert web_store.overview().quotations == before


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        ({"text": "   "}, 400),
        ({"tekst": TEXT}, 422),
        ({"text": TEXT, "date": "forrige uke"}, 400),
    ],
)
def test_extract_rejects_bad_input_with_json(web_client, fake_model, payload, status):
    response = web_client.post("/api/extract", json=payload)
    assert response.status_code == status
    assert response.json()["status"] == status


def test_extract_rejects_invalid_json(web_client):
    response = web_client.post(
        "/api/extract", content=b'{"text": "uferdig', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422 and response.json()["message"]


def test_extract_size_limit_in_characters(ingest_app, fake_model):
    client, _ = ingest_app
    response = client.post("/api/extract", json={"text": "æ" * 2_001})
    assert response.status_code == 413
    assert "2000" in response.json()["message"]


def test_bodies_over_the_limit_are_refused_before_reading(ingest_app):
    client, _ = ingest_app
    json_type = {"content-type": "application/json"}
    response = client.post("/api/extract", content=b"x" * 30_000, headers=json_type)
    assert response.status_code == 413
    assert "limit" in response.json()["message"]


def test_bodies_without_length_are_cut_off_at_the_limit(ingest_app):
    client, _ = ingest_app

    def chunks():
        for _ in range(30):
            yield b"x" * 1_000

    response = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_missing_model_is_503_with_a_message(web_client, monkeypatch):
    def no_model(article, **kwargs):
        raise ModelError("the Bokmål model is missing")

    monkeypatch.setattr(sitat, "extract", no_model)
    response = web_client.post("/api/extract", json={"text": TEXT})
    assert response.status_code == 503
    assert "model is missing" in response.json()["message"]


@pytest.mark.model
def test_extract_with_the_trained_model(web_client):
    if not sitat.nlp.model_available():
        pytest.skip("the Bokmål model is not built")
    response = web_client.post("/api/extract", json={"text": TEXT})
    assert response.status_code == 200, response.text
    quotes = response.json()["quotations"]
    assert any("ventet lenge nok" in q["text"] for q in quotes)
    for q in quotes:
        assert TEXT[q["start"] : q["end"]] == q["text"]


# --- ingest --------------------------------------------------------------------------------------


def test_ingest_is_refused_on_a_read_only_server(web_client, fake_model):
    response = web_client.post("/api/articles", json={"text": TEXT}, headers={"Authorization": "Bearer x"})
    assert response.status_code == 403 and "read-only" in response.json()["message"]


@pytest.mark.parametrize("header", [None, "Bearer feil", "riktig-nøkkel", "Basic riktig-nøkkel"])
def test_ingest_needs_the_token(ingest_app, fake_model, header):
    client, store = ingest_app
    headers = {"Authorization": header.encode("utf-8")} if header else {}
    response = client.post("/api/articles", json={"text": TEXT}, headers=headers)
    assert response.status_code == 401
    assert store.overview().articles == 0


def test_ingest_with_the_token_stores_the_article(ingest_app, fake_model):
    client, store = ingest_app
    assert store.overview().articles == 0
    auth = {"Authorization": "Bearer riktig-nøkkel".encode()}
    response = client.post("/api/articles", json={"text": TEXT, "title": "Ny vei", "date": "2024-06-01"},
                           headers=auth)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "added" and body["quotations"] == 1
    stored = client.get(f"/api/articles/{body['article_id']}").json()
    assert stored["article"]["title"] == "Ny vei"
    assert stored["quotations"][0]["speaker_name"] == "Ingrid Berg"
    again = client.post("/api/articles", json={"text": TEXT}, headers=auth).json()
    assert again["status"] == "unchanged"


@pytest.fixture
def held_extraction(monkeypatch):
    """``sitat.extract`` that waits until the test lets it go, and a counter of calls that started."""
    import threading

    release = threading.Event()
    started = threading.Semaphore(0)

    def waiting_extract(article, **kwargs):
        started.release()
        release.wait(timeout=30)
        return _fake_extract(article)

    monkeypatch.setattr(sitat, "extract", waiting_extract)
    yield release, started
    release.set()


def test_reads_are_answered_while_extractions_run(web_store, held_extraction):
    """Extractions run in threads of their own: with one read thread, search still answers."""
    from concurrent.futures import ThreadPoolExecutor

    from sitat.api.app import EXTRACT_SLOTS

    release, started = held_extraction
    app = create_app(web_store, read_threads=1, cache_seconds=0)
    with TestClient(app) as client, ThreadPoolExecutor(EXTRACT_SLOTS) as pool:
        posts = [pool.submit(client.post, "/api/extract", json={"text": TEXT}) for _ in range(EXTRACT_SLOTS)]
        for _ in range(EXTRACT_SLOTS):
            assert started.acquire(timeout=10), "the extractions did not start"
        assert client.get("/api/search", params={"q": "vei"}).status_code == 200
        assert client.get("/overview").status_code == 200
        release.set()
        assert [f.result(timeout=30).status_code for f in posts] == [200] * EXTRACT_SLOTS


def test_extraction_beyond_the_slots_gives_up_with_503(web_store, held_extraction, monkeypatch):
    from concurrent.futures import ThreadPoolExecutor

    import sitat.api.app as app_module

    monkeypatch.setattr(app_module, "EXTRACT_WAIT", 0.3)
    release, started = held_extraction
    app = create_app(web_store, cache_seconds=0)
    with TestClient(app) as client, ThreadPoolExecutor(app_module.EXTRACT_SLOTS) as pool:
        posts = [pool.submit(client.post, "/api/extract", json={"text": TEXT})
                 for _ in range(app_module.EXTRACT_SLOTS)]
        for _ in range(app_module.EXTRACT_SLOTS):
            assert started.acquire(timeout=10)
        busy = client.post("/api/extract", json={"text": TEXT})
        assert busy.status_code == 503 and "busy" in busy.json()["message"]
        release.set()
        assert all(f.result(timeout=30).status_code == 200 for f in posts)
        assert client.post("/api/extract", json={"text": TEXT}).status_code == 200  # slots freed


def test_the_read_thread_limit_is_applied_when_the_app_starts(web_store):
    import anyio.to_thread

    with TestClient(create_app(web_store, read_threads=3, cache_seconds=0)) as client:
        tokens = client.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens)
    assert tokens == 3
    with pytest.raises(ValueError, match="at least 1"):
        create_app(web_store, read_threads=0)
