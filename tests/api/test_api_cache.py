"""The aggregate cache in front of the archive: kept, shared, expired and dropped on writes."""

from __future__ import annotations

import threading
import time

import pytest

from sitat.api.cache import CachedStore
from sitat.archive.store import Overview


class CountingStore:
    """A stand-in store whose read methods count their calls (and can be slow or fail on request)."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = {}
        self.delay = 0.0
        self.fail = False
        self.added = 0

    def _count(self, name: str) -> None:
        self.calls[name] = self.calls.get(name, 0) + 1
        time.sleep(self.delay)
        if self.fail:
            raise RuntimeError("the database went away")

    def overview(self) -> Overview:
        self._count("overview")
        return Overview(articles=self.added, quotations=0, speakers=0, sources=0, first_date=None,
                        last_date=None)

    def top_speakers(self, **kwargs):
        self._count("top_speakers")
        return [kwargs.get("limit")]

    def search(self, query: str = "", **kwargs):
        self._count("search")
        return query

    def get_quotation(self, quotation_id: int):
        self._count("get_quotation")
        return quotation_id

    def add(self, article, quotations):
        self.added += 1
        return "added"


@pytest.fixture
def counting():
    inner = CountingStore()
    return inner, CachedStore(inner, ttl=60)  # type: ignore[arg-type]


def test_aggregates_are_computed_once_per_arguments(counting):
    inner, store = counting
    assert store.top_speakers(limit=20) == store.top_speakers(limit=20) == [20]
    assert store.top_speakers(limit=5) == [5]
    assert inner.calls["top_speakers"] == 2
    store.overview()
    store.overview()
    assert inner.calls["overview"] == 1


def test_searches_are_kept_per_query_and_filters(counting):
    inner, store = counting
    store.search("skatt")
    store.search("skatt")
    store.search("skatt", speaker=3)
    assert inner.calls["search"] == 2


def test_records_by_id_go_to_the_store_every_time(counting):
    inner, store = counting
    store.get_quotation(7)
    store.get_quotation(7)
    assert inner.calls["get_quotation"] == 2


def test_adding_an_article_drops_what_was_kept(counting):
    inner, store = counting
    assert store.overview().articles == 0
    store.add(object(), [])
    assert store.overview().articles == 1
    assert inner.calls["overview"] == 2


def test_answers_expire():
    inner = CountingStore()
    store = CachedStore(inner, ttl=0.05)  # type: ignore[arg-type]
    store.overview()
    time.sleep(0.1)
    store.overview()  # past its time: answered, and refreshed in the background
    store._refresher.submit(lambda: None).result(timeout=10)  # the refresh is done
    assert inner.calls["overview"] == 2 and store.refreshes == 1


def test_many_requests_at_once_compute_once(counting):
    inner, store = counting
    inner.delay = 0.2
    threads = [threading.Thread(target=store.overview) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert inner.calls["overview"] == 1


def test_an_expired_answer_is_refreshed_in_the_background_while_requests_get_the_old_one():
    class GatedStore:
        def __init__(self) -> None:
            self.version = 0
            self.calls = 0
            self.release = threading.Event()
            self.release.set()

        def overview(self) -> int:
            self.calls += 1
            assert self.release.wait(10)
            return self.version

    inner = GatedStore()
    store = CachedStore(inner, ttl=0.01)  # type: ignore[arg-type]
    assert store.overview() == 0
    time.sleep(0.05)  # expired
    inner.version = 1
    inner.release.clear()  # the refresh will be held
    store.ttl = 60  # what the refresh computes stays fresh for the rest of the test
    assert store.overview() == 0  # the previous answer, at once; a refresh starts
    assert store.overview() == 0  # still the previous one; no second refresh
    inner.release.set()
    store._refresher.submit(lambda: None).result(timeout=10)  # the refresh is done
    assert store.overview() == 1
    assert inner.calls == 2 and store.refreshes == 1


def test_a_failed_refresh_keeps_the_previous_answer():
    inner = CountingStore()
    store = CachedStore(inner, ttl=0.01)  # type: ignore[arg-type]
    assert store.overview().articles == 0
    time.sleep(0.05)
    inner.fail = True
    assert store.overview().articles == 0
    store._refresher.submit(lambda: None).result(timeout=10)  # the failed refresh is over
    assert store.overview().articles == 0 and store.refreshes == 0


def test_failures_are_not_kept(counting):
    inner, store = counting
    inner.fail = True
    with pytest.raises(RuntimeError):
        store.overview()
    inner.fail = False
    assert store.overview().articles == 0
    assert inner.calls["overview"] == 2


def test_old_entries_make_room():
    inner = CountingStore()
    store = CachedStore(inner, ttl=60, max_entries=3)  # type: ignore[arg-type]
    for limit in (1, 2, 3, 4):
        store.top_speakers(limit=limit)
    store.top_speakers(limit=4)  # still kept
    store.top_speakers(limit=1)  # pushed out by the fourth
    assert inner.calls["top_speakers"] == 5


def test_many_searches_do_not_push_out_the_figures():
    inner = CountingStore()
    store = CachedStore(inner, ttl=60, max_entries=10, max_searches=5)  # type: ignore[arg-type]
    store.overview()
    for n in range(50):
        store.search(f"ord{n}")
    store.overview()
    assert inner.calls["overview"] == 1
    store.search("ord0")  # long gone
    assert inner.calls["search"] == 51


def test_the_app_sees_new_articles_after_an_upload(tmp_path, monkeypatch):
    """Through the app: the overview counts an article added through the upload at once."""
    from fastapi.testclient import TestClient

    import sitat
    from sitat.api import create_app
    from sitat.archive import open_store

    monkeypatch.setattr(sitat, "extract", lambda article, **kw: [])
    with open_store(f"sqlite:///{tmp_path / 'cache.db'}") as store:
        client = TestClient(create_app(store, allow_ingest=True, token="t", cache_seconds=600))
        assert client.get("/api/overview").json()["totals"]["articles"] == 0
        auth = {"Authorization": "Bearer t"}
        added = client.post("/api/articles", json={"text": "Ingen sitater her."}, headers=auth)
        assert added.status_code == 201
        assert client.get("/api/overview").json()["totals"]["articles"] == 1


def test_finished_pages_are_kept_per_key_and_dropped_with_the_answers(counting):
    _inner, store = counting
    built: list[str] = []

    def build(name: str):
        built.append(name)
        return f"<p>{name} {store.overview().articles}</p>"

    assert store.kept(("html", "/overview", ""), lambda: build("a")) == "<p>a 0</p>"
    assert store.kept(("html", "/overview", ""), lambda: build("b")) == "<p>a 0</p>"
    assert store.kept(("html", "/overview", "period=week"), lambda: build("c")) == "<p>c 0</p>"
    assert built == ["a", "c"]
    store.add(object(), [])
    assert store.kept(("html", "/overview", ""), lambda: build("d")) == "<p>d 1</p>"


def test_the_overview_page_is_rendered_again_only_after_a_new_article(tmp_path, monkeypatch):
    """Through the app: a kept page is served as it was, and an upload makes the next one new."""
    from fastapi.testclient import TestClient

    import sitat
    from sitat.api import create_app
    from sitat.archive import open_store
    from sitat.web import pages

    monkeypatch.setattr(sitat, "extract", lambda article, **kw: [])
    renders: list[str] = []
    real_render = pages.render
    monkeypatch.setattr(pages, "render", lambda template, **kw: renders.append(template) or real_render(template, **kw))
    with open_store(f"sqlite:///{tmp_path / 'cache.db'}") as store:
        client = TestClient(create_app(store, allow_ingest=True, token="t", cache_seconds=600))
        first = client.get("/overview")
        assert first.status_code == 200 and client.get("/overview").text == first.text
        assert renders.count("overview.html") == 1
        added = client.post("/api/articles", json={"text": "Ingen sitater her."},
                            headers={"Authorization": "Bearer t"})
        assert added.status_code == 201
        client.get("/overview")
        assert renders.count("overview.html") == 2


def test_warming_answers_the_front_page_and_the_top_speakers(web_store):
    from sitat.api.params import SearchParams
    from sitat.api.routes import search, speaker_detail

    store = CachedStore(web_store, ttl=60)
    store.warm()
    misses = store.misses
    search(store, SearchParams())
    top = web_store.top_speakers(limit=1)[0]
    speaker_detail(store, store.get_speaker(top.id), "", "", "")
    search(store, SearchParams(), top.id)
    assert store.misses == misses and store.hits >= 7
