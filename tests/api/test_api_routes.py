"""The JSON API over a small hand-built archive: search, records by id, speakers, overview, errors."""

from __future__ import annotations

import pytest


def _error(response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["status"] == status
    assert body["message"]
    return body["message"]


# --- search --------------------------------------------------------------------------------------


def test_search_finds_inflected_forms_and_marks_them(web_client):
    body = web_client.get("/api/search", params={"q": "budsjett"}).json()
    assert body["total"] == 2
    speakers = {h["quotation"]["speaker_name"] for h in body["hits"]}
    assert speakers == {"Kari Nordmann", "Ola Hansen"}
    for hit in body["hits"]:
        text = hit["snippet"]["text"]
        marked = [text[a:b].lower() for a, b in hit["snippet"]["marks"]]
        assert marked and all(m.startswith("budsjett") for m in marked)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"speaker": "Kari Nordmann"}, {"Kari Nordmann"}),
        ({"outlet": "Aftenposten", "type": "direct"}, {"Ola Hansen", "Per Olsen"}),
        ({"type": "mixed"}, {"Kari Nordmann"}),
        ({"q": "budsjett", "from": "2024-03-01"}, {"Ola Hansen"}),
        ({"to": "2024-01"}, {"Kari Nordmann", "Ola Hansen"}),
        ({"from": "2024-02-20", "to": "2024-02-20", "speaker": "Per Olsen"}, {"Per Olsen"}),
    ],
)
def test_search_filters(web_client, params, expected):
    body = web_client.get("/api/search", params=params).json()
    assert body["total"] > 0
    assert {h["quotation"]["speaker_name"] for h in body["hits"]} == expected
    for hit in body["hits"]:
        q = hit["quotation"]
        if "type" in params:
            assert q["type"] == params["type"]
        if "outlet" in params:
            assert q["article"]["source"] == params["outlet"]
        if "from" in params:
            assert q["article"]["date"] >= params["from"]


def test_search_without_query_lists_newest_first_and_pages(web_client):
    first = web_client.get("/api/search", params={"per_page": 4}).json()
    assert first["total"] == 9 and first["pages"] == 3 and first["page"] == 1
    dates = [h["quotation"]["article"]["date"] for h in first["hits"]]
    assert dates == sorted(dates, reverse=True)
    second = web_client.get("/api/search", params={"per_page": 4, "page": 2}).json()
    assert second["offset"] == 4
    ids_first = {h["quotation"]["id"] for h in first["hits"]}
    ids_second = {h["quotation"]["id"] for h in second["hits"]}
    assert ids_first.isdisjoint(ids_second) and len(ids_second) == 4


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"type": "sitat"}, 400, "type"),
        ({"from": "2024-13-01"}, 400, "from"),
        ({"from": "i går"}, 400, "from"),
        ({"from": "2024-05-01", "to": "2024-04-01"}, 400, "empty"),
        ({"page": "0"}, 422, "page"),
        ({"page": "to"}, 422, "page"),
        ({"per_page": "1000"}, 400, "per_page"),
        ({"q": "x" * 600}, 400, "longer"),
    ],
)
def test_search_rejects_bad_filters_with_a_message(web_client, params, status, words):
    assert words in _error(web_client.get("/api/search", params=params), status)


# --- records by id ---------------------------------------------------------------------------------


def _id_of(client, words: str) -> int:
    hits = client.get("/api/search", params={"q": f'"{words}"'}).json()["hits"]
    assert len(hits) == 1
    return hits[0]["quotation"]["id"]


def test_quotation_by_id_with_the_other_quotations_of_its_article(web_client):
    qid = _id_of(web_client, "plaster på et åpent sår")
    body = web_client.get(f"/api/quotations/{qid}").json()
    q = body["quotation"]
    assert q["type"] == "mixed" and q["cue"] == "kalte" and q["speaker_name"] == "Kari Nordmann"
    assert q["article"]["id"] == "ap-strom-2"
    assert len(body["others"]) == 2
    assert qid not in {o["id"] for o in body["others"]}


def test_article_by_id_has_its_quotations_in_text_order_with_offsets_into_its_text(web_client):
    body = web_client.get("/api/articles/ntb-eldre-1").json()
    text = body["article"]["text"]
    quotes = body["quotations"]
    assert len(quotes) == 4
    assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes)
    for q in quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        assert text[q["cue_start"] : q["cue_end"]] == q["cue"]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/quotations/99999", 404),
        ("/api/quotations/abc", 422),
        ("/api/quotations/0", 422),
        ("/api/articles/finnes-ikke", 404),
        ("/api/speakers/99999", 404),
        ("/api/speakers/99999/quotations", 404),
        ("/api/nothing-here", 404),
    ],
)
def test_missing_records_are_json_errors(web_client, path, status):
    _error(web_client.get(path), status)


def test_wrong_method_is_a_json_error(web_client):
    assert "not allowed" in _error(web_client.delete("/api/search"), 405)


# --- speakers ------------------------------------------------------------------------------------


def _speaker_id(client, name: str) -> int:
    found = client.get("/api/speakers", params={"name": name}).json()
    assert found and found[0]["name"] == name
    return found[0]["id"]


def test_speaker_with_counts_per_period(web_client):
    sid = _speaker_id(web_client, "Kari Nordmann")
    body = web_client.get(f"/api/speakers/{sid}", params={"period": "month"}).json()
    assert body["speaker"]["quotations"] == 4
    assert body["period"] == "month"
    timeline = {p["period"]: p["count"] for p in body["timeline"]}
    assert timeline == {"2024-01": 2, "2024-02": 1, "2024-03": 0, "2024-04": 1}
    assert {n["name"]: n["count"] for n in body["outlets"]} == {"NTB": 3, "Aftenposten": 1}
    assert body["cues"][0] == {"name": "sier", "count": 3}
    assert {s["name"] for s in body["co_quoted"]} == {"Ola Hansen", "Per Olsen"}


def test_speaker_timeline_by_week_sums_to_the_speaker_total(web_client):
    sid = _speaker_id(web_client, "Ola Hansen")
    body = web_client.get(f"/api/speakers/{sid}", params={"period": "week"}).json()
    assert all("-W" in p["period"] for p in body["timeline"])
    assert sum(p["count"] for p in body["timeline"]) == body["speaker"]["quotations"] == 4


def test_speaker_bad_period_is_rejected(web_client):
    sid = _speaker_id(web_client, "Ola Hansen")
    assert "period" in _error(web_client.get(f"/api/speakers/{sid}", params={"period": "year"}), 400)


def test_speaker_quotations_newest_first_and_searchable(web_client):
    sid = _speaker_id(web_client, "Kari Nordmann")
    body = web_client.get(f"/api/speakers/{sid}/quotations").json()
    dates = [h["quotation"]["article"]["date"] for h in body["hits"]]
    assert body["total"] == 4 and dates == sorted(dates, reverse=True)
    found = web_client.get(f"/api/speakers/{sid}/quotations", params={"q": "krise"}).json()
    assert found["total"] == 1 and "krise" in found["hits"][0]["quotation"]["text"]


# --- overview ------------------------------------------------------------------------------------


def test_overview_totals_top_speakers_and_gender_share(web_client):
    body = web_client.get("/api/overview").json()
    assert body["totals"]["quotations"] == 9 and body["totals"]["articles"] == 3
    top = [(s["name"], s["quotations"]) for s in body["top_speakers"]]
    assert set(top[:2]) == {("Kari Nordmann", 4), ("Ola Hansen", 4)}
    assert {n["name"]: n["count"] for n in body["top_outlets"]} == {"NTB": 6, "Aftenposten": 3}
    shares = {g["period"]: g for g in body["gender_share"]}
    total = sum(g["female"] + g["male"] + g["unknown"] for g in shares.values())
    assert total == 9
    assert shares["2024-01"]["female"] == 2


def test_overview_for_a_chosen_period(web_client):
    body = web_client.get("/api/overview", params={"from": "2024-02-01", "to": "2024-02-29"}).json()
    assert body["date_from"] == "2024-02-01"
    assert {s["name"] for s in body["top_speakers"]} == {"Kari Nordmann", "Ola Hansen", "Per Olsen"}
    assert all(s["quotations"] == 1 for s in body["top_speakers"])


# --- schema and headers --------------------------------------------------------------------------


def test_openapi_schema_documents_every_json_twin(web_client):
    schema = web_client.get("/api/openapi.json").json()
    for path in ("/api/search", "/api/quotations/{quotation_id}", "/api/articles/{article_id}",
                 "/api/speakers/{speaker_id}", "/api/overview", "/api/extract"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "speaker", "outlet", "type", "from", "to", "page"} <= params
    # pages are not part of the API's schema
    assert "/speakers/{speaker_id}" not in schema["paths"]


def test_no_cdn_documentation_pages(web_client):
    assert web_client.get("/docs").status_code == 404
    docs = web_client.get("/api/docs")
    assert docs.status_code == 200 and "/api/search" in docs.text
    assert "cdn" not in docs.text.lower()


def test_responses_carry_security_headers(web_client):
    response = web_client.get("/api/overview")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_norwegian_text_round_trips_as_utf8(web_client):
    response = web_client.get("/api/search", params={"q": "«plaster på et åpent sår»"})
    assert response.json()["total"] == 1
    assert "åpent sår" in response.content.decode("utf-8")


def test_store_errors_become_json_not_tracebacks(web_store, monkeypatch):
    from fastapi.testclient import TestClient

    from sitat.api import create_app
    from sitat.errors import ArchiveError

    def broken(*args, **kwargs):
        raise ArchiveError("the database went away")

    client = TestClient(create_app(web_store), raise_server_exceptions=False)
    monkeypatch.setattr(web_store, "overview", broken)
    assert "went away" in _error(client.get("/api/overview"), 503)
    monkeypatch.setattr(web_store, "overview", lambda: 1 / 0)
    message = _error(client.get("/api/overview"), 500)
    assert "ZeroDivision" not in message and "Traceback" not in message



@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("/api/search?q=budsjett", "SearchOut"),
        ("/api/articles/ntb-skole-3", "ArticleDetailOut"),
        ("/api/overview", "OverviewOut"),
    ],
)
def test_answers_match_the_documented_schema(web_client, path, model):
    from sitat.api import schemas

    body = web_client.get(path).json()
    parsed = getattr(schemas, model).model_validate(body)
    # nothing the schema does not document
    assert parsed.model_dump(mode="json").keys() == body.keys()
