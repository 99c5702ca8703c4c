"""The same journeys through the API and pages on both archive backends (SQLite and PostgreSQL)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from sitat.api import create_app
from sitat.archive import open_store


def test_journeys_on_each_backend(fresh_db, web_items):
    with open_store(fresh_db) as store:
        for article, quotations in web_items:
            store.add(article, quotations)
        client = TestClient(create_app(store, cache_seconds=0), raise_server_exceptions=False)

        found = client.get("/api/search", params={"q": "budsjettene", "outlet": "NTB"}).json()
        assert found["total"] == 2
        assert all(h["snippet"]["marks"] for h in found["hits"])

        kari = client.get("/api/speakers", params={"name": "nordmann"}).json()[0]
        detail = client.get(f"/api/speakers/{kari['id']}", params={"period": "month"}).json()
        assert [p["count"] for p in detail["timeline"]] == [2, 1, 0, 1]
        assert detail["speaker"]["gender"] == "female"

        overview = client.get("/api/overview", params={"from": "2024-01", "to": "2024-02"}).json()
        assert overview["totals"]["quotations"] == 9
        assert sum(g["female"] + g["male"] + g["unknown"] for g in overview["gender_share"]) == 7

        page = client.get("/articles/ap-strom-2")
        assert page.status_code == 200
        assert "<script>alert" not in page.text and "&lt;script&gt;alert" in page.text
        assert client.get(f"/speakers/{kari['id']}").status_code == 200
        assert client.get("/overview").status_code == 200

        # odd queries are answered (or refused with a message), never crash, never change the archive
        for odd in ['"', "-", "«", "* OR 1=1", "'; DROP TABLE quotations; --", "budsjett)", "NEAR(", "\\"]:
            response = client.get("/api/search", params={"q": odd})
            assert response.status_code in (200, 400), odd
            assert "total" in response.json() or response.json()["message"]
        assert client.get("/api/overview").json()["totals"]["quotations"] == 9
