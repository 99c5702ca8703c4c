"""The HTML pages over a small hand-built archive: content, escaping, filters in the URL, upload."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

import sitat
from sitat.api import create_app
from sitat.records import Article, Quotation

RAW_SCRIPT = "<script>alert("


class _Collector(HTMLParser):
    """Tags, their attributes and the text of a page, to check structure without regexes on HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def marks(page: _Collector, kind: str) -> list[dict]:
    return [a for t, a in page.tags if t == "mark" and a.get("class") == f"hl-{kind}"]


def _ok(client, url: str, **params) -> str:
    response = client.get(url, params=params) if params else client.get(url)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    return response.text


def _speaker_id(client, name: str) -> int:
    return client.get("/api/speakers", params={"name": name}).json()[0]["id"]


def _quotation_id(client, words: str) -> int:
    return client.get("/api/search", params={"q": f'"{words}"'}).json()["hits"][0]["quotation"]["id"]


# --- escaping ------------------------------------------------------------------------------------


def test_a_quotation_containing_a_script_is_shown_as_text_everywhere(web_client):
    qid = _quotation_id(web_client, "er ikke et svar på noe")
    pages = [
        ("/", {}),
        ("/", {"q": "svar"}),
        (f"/quotations/{qid}", {}),
        ("/articles/ap-strom-2", {}),
        (f"/speakers/{_speaker_id(web_client, 'Per Olsen')}", {}),
    ]
    for url, params in pages:
        html = _ok(web_client, url, **params)
        assert RAW_SCRIPT not in html, url
        assert "&lt;script&gt;alert(&#39;æøå&#39;)&lt;/script&gt;" in html, url
        # the page's own scripts: none inline, at most files from /static
        assert all(a.get("src", "").startswith("/static/") for t, a in parse(html).tags if t == "script")


def test_search_terms_are_escaped_when_echoed(web_client):
    html = web_client.get("/", params={"q": '"><img src=x onerror=alert(1)>'}).text
    assert "<img src=x" not in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_javascript_links_from_the_archive_are_not_links(tmp_path):
    from sitat.archive import open_store

    text = "– Dette er en test av lenker, sier Nina Dahl."
    article = Article(id="lenke", text=text, title="Lenker", date="2024-05-05", source="NTB",
                      url="javascript:alert(1)")
    words = "Dette er en test av lenker"
    quote = Quotation(start=2, end=2 + len(words), type="direct", text=words, speaker="Nina Dahl", cue="sier")
    with open_store(f"sqlite:///{tmp_path / 'lenke.db'}") as store:
        store.add(article, [quote])
        client = TestClient(create_app(store))
        html = _ok(client, "/articles/lenke")
    assert "javascript:" not in html


# --- search page ---------------------------------------------------------------------------------


def test_search_page_highlights_matches_and_shows_who_where_when(web_client):
    page = parse(_ok(web_client, "/", q="budsjett"))
    matched = marks(page, "match")
    assert len(matched) == 2
    text = "".join(page.text)
    for expected in ("Kari Nordmann", "Ola Hansen", "NTB", "15. jan. 2024", "sier", "Ifølge"):
        assert expected in text


def _dash_paragraphs(pattern: str, count: int) -> tuple[str, list[Quotation]]:
    """An article of ``count`` dash paragraphs "– PATTERN, sier Nina Dahl." ({n} = 1, 2, …) and its
    quotations: enough hits for several pages of one speaker."""
    said = [pattern.format(n=n) for n in range(1, count + 1)]
    text = "\n\n".join(f"– {words}, sier Nina Dahl." for words in said)
    quotes = []
    for words in said:
        start = text.index(words + ",")
        quotes.append(Quotation(start=start, end=start + len(words), type="direct", text=words,
                                speaker="Nina Dahl", cue="sier"))
    return text, quotes


def test_search_page_keeps_the_whole_query_in_its_links(tmp_path):
    from sitat.archive import open_store

    text, quotes = _dash_paragraphs("Vi har sagt det {n} ganger nå", 25)
    article = Article(id="mange", text=text, title="Mange", date="2024-05-05", source="NTB")
    with open_store(f"sqlite:///{tmp_path / 'mange.db'}") as store:
        store.add(article, quotes)
        client = TestClient(create_app(store))
        query = {"q": "ganger", "outlet": "NTB", "type": "direct", "from": "2024-05-01",
                 "speaker": "Nina Dahl"}
        page = parse(_ok(client, "/", **query))
        [next_link] = [a["href"] for t, a in page.tags if t == "a" and a.get("rel") == "next"]
        sent = parse_qs(urlsplit(next_link).query)
        assert sent == {k: [v] for k, v in query.items()} | {"page": ["2"]}
        second = parse(_ok(client, next_link))
        assert len([a for t, a in second.tags if t == "li" and a.get("class") == "quotation"]) == 5
        assert any(t == "a" and a.get("rel") == "prev" for t, a in second.tags)
        # the form shows the filters the URL holds
        inputs = {a.get("name"): a.get("value") for t, a in second.tags if t == "input"}
        assert inputs["q"] == "ganger" and inputs["from"] == "2024-05-01"


def test_search_page_says_when_the_total_is_an_estimate(tmp_path, monkeypatch):
    """More matches than the archive ranks: the count is estimated, and the page must not pass it off
    as exact (nor the API)."""
    from sitat.archive import open_store
    from sitat.archive import sql as archive_sql

    monkeypatch.setattr(archive_sql, "RANK_WINDOW", 5)
    with open_store(f"sqlite:///{tmp_path / 'mange.db'}") as store:
        for n in range(30):  # more than a page (20) and the window: the window is at least a page
            words = f"Budsjettet holder i {n} år til"
            text = f"– {words}, sier Nina Dahl."
            store.add(Article(id=f"b{n}", text=text, date="2024-05-05", source="NTB"),
                      [Quotation(start=2, end=2 + len(words), type="direct", text=words, speaker="Nina Dahl")])
        client = TestClient(create_app(store, cache_seconds=0))
        page = " ".join(parse(_ok(client, "/", q="budsjettet")).text)
        assert re.search(r"omtrent \d+ sitater", page)
        assert client.get("/api/search", params={"q": "budsjettet"}).json()["total_exact"] is False
        exact = " ".join(parse(_ok(client, "/", q="budsjettet", speaker="Nina Dahl", type="indirect")).text)
        assert "omtrent" not in exact


@pytest.mark.parametrize(
    ("params", "message"),
    [({"type": "tull"}, "type must be one of"), ({"from": "2024-02-31"}, "from must be a date"),
     ({"page": "x"}, "page must be a number")],
)
def test_search_page_explains_bad_filters_next_to_the_form(web_client, params, message):
    response = web_client.get("/", params=params)
    assert response.status_code == 400
    assert message in response.text
    assert 'name="q"' in response.text


# --- quotation and article pages -----------------------------------------------------------------


def test_quotation_page_marks_quote_cue_and_speaker_and_lists_the_others(web_client):
    qid = _quotation_id(web_client, "plaster på et åpent sår")
    page = parse(_ok(web_client, f"/quotations/{qid}"))
    html = _ok(web_client, f"/quotations/{qid}")
    for kind, words in (("quote", "ordningen «et plaster på et åpent sår»"), ("cue", "kalte"),
                        ("speaker", "Kari Nordmann")):
        assert marks(page, kind), kind
        assert f'<mark class="hl-{kind}">{words}</mark>' in html
    others = [a for t, a in page.tags if t == "li" and a.get("class") == "quotation"]
    assert len(others) == 2


def test_article_page_marks_every_quotation_and_lists_who_said_what(web_client):
    html = _ok(web_client, "/articles/ntb-eldre-1")
    page = parse(html)
    refs = {m["data-ref"] for m in marks(page, "quote") if "data-ref" in m}
    assert len(refs) == 4
    numbers = [a for t, a in page.tags if t == "a" and a.get("class") == "qnum" and a.get("id")]
    assert [a["id"] for a in numbers] == [f"q-{r}" for r in sorted(refs, key=int)]
    aside = html[html.index('<aside class="who">') :]
    assert aside.index("Kari Nordmann") < aside.index("Ola Hansen")
    assert len(re.findall(r'class="qnum" href="#q-', aside)) == 4


def test_article_ids_with_odd_characters_are_quoted_in_links(tmp_path):
    from sitat.archive import open_store

    text = "– Vi åpner i morgen, sier Nina Dahl."
    words = "Vi åpner i morgen"
    article = Article(id="nrk/2024 æøå?x=1", text=text, title="Åpning", date="2024-05-05", source="NRK")
    with open_store(f"sqlite:///{tmp_path / 'id.db'}") as store:
        store.add(article, [Quotation(start=2, end=2 + len(words), type="direct", text=words,
                                      speaker="Nina Dahl", cue="sier")])
        client = TestClient(create_app(store))
        search = parse(_ok(client, "/"))
        [link] = [a["href"] for t, a in search.tags if t == "a" and a.get("class") == "article"]
        assert link == "/articles/nrk%2F2024%20%C3%A6%C3%B8%C3%A5%3Fx%3D1"
        assert "Vi åpner i morgen" in _ok(client, link)


# --- speaker, speakers and overview pages --------------------------------------------------------


def test_speaker_page_draws_a_timeline_and_lists_outlets_cues_and_co_quoted(web_client):
    sid = _speaker_id(web_client, "Kari Nordmann")
    html = _ok(web_client, f"/speakers/{sid}", period="month")
    page = parse(html)
    svg = html[html.index('<svg class="chart timeline"') :]
    svg = svg[: svg.index("</svg>")]
    # four months, one of them empty: three drawn columns with a height, one of zero
    heights = [float(h) for h in re.findall(r'<rect class="bar"[^>]* height="([\d.]+)"', svg)]
    assert len(heights) == 4 and sorted(heights)[0] == 0 and heights[0] == max(heights)
    text = " ".join(page.text)
    assert "kvinne" in text and "styreleder" in text
    co = [a["href"] for t, a in page.tags if t == "a" and a.get("href", "").startswith("/speakers/")]
    assert f"/speakers/{_speaker_id(web_client, 'Ola Hansen')}" in co
    assert len([a for t, a in page.tags if t == "li" and a.get("class") == "quotation"]) == 4


def test_speaker_page_searches_their_quotations(web_client):
    sid = _speaker_id(web_client, "Kari Nordmann")
    page = parse(_ok(web_client, f"/speakers/{sid}", q="skoler"))
    assert len([a for t, a in page.tags if t == "li" and a.get("class") == "quotation"]) == 1
    assert len(marks(page, "match")) == 1


def test_speakers_page_finds_by_name(web_client):
    html = _ok(web_client, "/speakers", name="hansen")
    assert "Ola Hansen" in html and "Kari Nordmann" not in html


def test_overview_page_has_totals_and_a_gender_chart(web_client):
    html = _ok(web_client, "/overview")
    assert '<svg class="chart share"' in html
    female = re.findall(r'<rect class="bar female"', html)
    male = re.findall(r'<rect class="bar male"', html)
    assert female and male
    assert "Kari Nordmann" in html and "Aftenposten" in html
    text = " ".join(parse(html).text)
    assert "9" in text.split() and "sitater" in text


def test_overview_page_for_a_bad_period_says_why(web_client):
    response = web_client.get("/overview", params={"from": "2024-99-01"})
    assert response.status_code == 400 and "from must be a date" in response.text


@pytest.mark.parametrize("url", ["/quotations/99999", "/articles/ingen", "/speakers/99999", "/finnes/ikke"])
def test_missing_pages_are_html_404(web_client, url):
    response = web_client.get(url)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Finnes ikke" in response.text


def test_pages_are_built_for_phones_and_load_nothing_from_elsewhere(web_client):
    html = _ok(web_client, "/overview")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    page = parse(html)
    for tag, attrs in page.tags:
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            assert not value.startswith(("http:", "https:", "//")), (tag, value)
    css = web_client.get("/static/sitat.css")
    assert css.status_code == 200 and "@media" in css.text and "url(" not in css.text


# --- upload --------------------------------------------------------------------------------------


def _fake_extract(article, **kwargs):
    words = "Vi åpner dørene for alle"
    start = article.text.find(words)
    return [Quotation(start=start, end=start + len(words), type="direct", text=words, speaker="Nina Dahl",
                      speaker_mention="Nina Dahl", cue="sier", method="fake")] if start >= 0 else []


@pytest.fixture
def upload_client(tmp_path, monkeypatch):
    from sitat.archive import open_store

    monkeypatch.setattr(sitat, "extract", _fake_extract)
    with open_store(f"sqlite:///{tmp_path / 'up.db'}") as store:
        app = create_app(store, allow_ingest=True, token="hemmelig", max_body_bytes=50_000)
        yield TestClient(app, raise_server_exceptions=False), store


def test_upload_is_absent_from_a_read_only_server(web_client):
    assert web_client.get("/upload").status_code == 404
    assert web_client.post("/upload", data={"text": "x", "token": "x"}).status_code == 404
    assert 'href="/upload"' not in web_client.get("/").text


UPLOAD = "Biblioteket utvider åpningstidene.\n\n– Vi åpner dørene for alle, sier biblioteksjef Nina Dahl."


def test_upload_with_the_token_shows_the_quotations_at_once(upload_client):
    client, store = upload_client
    assert 'href="/upload"' in client.get("/").text
    response = client.post("/upload", data={"token": "hemmelig", "text": UPLOAD, "title": "Åpent bibliotek",
                                            "source": "Lokalavisa", "date": "2024-06-01"},
                           follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert page.status_code == 200
    assert '<mark class="hl-quote" data-ref=' in page.text and "Åpent bibliotek" in page.text
    assert store.overview().articles == 1


def test_upload_of_a_file(upload_client):
    client, store = upload_client
    files = {"file": ("bibliotek.txt", UPLOAD.encode("utf-8"), "text/plain")}
    response = client.post("/upload", data={"token": "hemmelig"}, files=files, follow_redirects=False)
    assert response.status_code == 303
    assert store.search("dørene").total == 1


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        ({"token": "feil", "text": UPLOAD}, 401, "token"),
        ({"text": UPLOAD}, 401, "token"),
        ({"token": "hemmelig", "text": "  "}, 400, "paste"),
        ({"token": "hemmelig", "text": UPLOAD, "date": "snart"}, 400, "date"),
    ],
)
def test_upload_refusals_keep_the_form(upload_client, data, status, message):
    client, store = upload_client
    response = client.post("/upload", data=data)
    assert response.status_code == status
    assert message in response.text
    if data.get("text", "").strip():
        assert "Biblioteket utvider" in response.text  # what was pasted is not lost
    assert store.overview().articles == 0


def test_upload_over_the_size_limit(upload_client):
    client, store = upload_client
    response = client.post("/upload", data={"token": "hemmelig", "text": "æ" * 60_000})
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html") and "kB" in response.text
    assert store.overview().articles == 0


def test_upload_without_the_model_keeps_the_form_and_says_why(upload_client, monkeypatch):
    from sitat.errors import ModelError

    client, store = upload_client

    def no_model(article, **kwargs):
        raise ModelError("the Bokmål model is missing")

    monkeypatch.setattr(sitat, "extract", no_model)
    response = client.post("/upload", data={"token": "hemmelig", "text": UPLOAD})
    assert response.status_code == 503
    assert "model is missing" in response.text and "Biblioteket utvider" in response.text
    assert store.overview().articles == 0


def test_speaker_page_paging_keeps_the_period(tmp_path):
    from sitat.archive import open_store

    text, quotes = _dash_paragraphs("Dette er melding nummer {n} fra oss", 23)
    with open_store(f"sqlite:///{tmp_path / 'side.db'}") as store:
        store.add(Article(id="meldinger", text=text, date="2024-05-05", source="NTB"), quotes)
        client = TestClient(create_app(store))
        sid = client.get("/api/speakers", params={"name": "Nina Dahl"}).json()[0]["id"]
        page = parse(_ok(client, f"/speakers/{sid}", period="week"))
        [next_link] = [a["href"] for t, a in page.tags if t == "a" and a.get("rel") == "next"]
        assert parse_qs(urlsplit(next_link).query) == {"period": ["week"], "page": ["2"]}
        second = parse(_ok(client, next_link))
        assert len([a for t, a in second.tags if t == "li" and a.get("class") == "quotation"]) == 3
