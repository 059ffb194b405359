"""``/search`` over HTTP (the Flask test client): words, phrases, prefixes, other scripts,
facets and their counts, paging, negotiation, and queries that must be refused with a 400.

The collection is ``tests/data/search``: five synthetic documents in Russian, Chinese, Korean,
Romanian (with an English translation) and English, of 1953, 1956, 1967 (two) and 1972.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from flask.testing import FlaskClient

from linkeddata.search import index
from linkeddata.search.results import Search
from linkeddata.search.schema import VALUE_MARK
from linkeddata.web import create_app
from linkeddata.web.search_urls import query_string, with_filter

JSON = {"Accept": "application/json"}
EVERYTHING = {"800001", "800002", "800003", "800004", "800005"}


def search(client: FlaskClient, query: str = "", **params: str | list[str]) -> dict[str, Any]:
    pairs = [("q", query)] if query else []
    for name, value in params.items():
        pairs += [(name, v) for v in (value if isinstance(value, list) else [value])]
    response = client.get("/search?" + urlencode(pairs), headers=JSON)
    assert response.status_code == 200, response.data
    assert response.content_type == "application/json"
    data: dict[str, Any] = json.loads(response.data)
    return data


def ids(data: dict[str, Any]) -> set[str]:
    return {r["id"] for r in data["results"]}


def counts(data: dict[str, Any], facet: str) -> dict[str, int]:
    return {v["key"]: v["count"] for v in data["facets"].get(facet, {}).get("values", [])}


# --- words, phrases, prefixes, scripts --------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("armistice", {"800001", "800002", "800004", "800005"}),  # summaries and full texts
        ("Armistice Commission", {"800004", "800005"}),  # every word, any case
        ("korean party", {"800003"}),  # words apart
        ('"korean party"', set()),  # a phrase must stand together
        ('"korean workers"', {"800003"}),
        ("congr*", {"800003"}),  # a prefix
        ('"party cong"*', {"800003"}),  # a phrase ending in a prefix
        ("armistice -commission", {"800001", "800002"}),  # without a word
        ("congress OR twelve", {"800003", "800005"}),
        ("76.200", {"800004"}),  # punctuation inside a word is read as the text is
        ("ceausescu", {"800004"}),  # diacritics folded
        ("Ceaușescu", {"800004"}),
        ("Москва", {"800001"}),  # Cyrillic, in the text and as a place's label
        ("громыко", {"800001"}),  # Cyrillic case folded
        ("停战", {"800002"}),  # a Chinese word of two characters, inside a sentence
        ("平壤", {"800002", "800003", "800004"}),  # and as a label of Pyongyang
        ("중앙", {"800003"}),  # Korean, part of a longer word
        ("조선로동당", {"800003"}),
        ("Peking", {"800002"}),  # an entity's other label
    ],
)
def test_search_finds(search_client: FlaskClient, query: str, expected: set[str]) -> None:
    data = search(search_client, query)
    assert ids(data) == expected
    assert data["total"] == len(expected)


def test_results_are_ranked_and_highlighted(search_client: FlaskClient) -> None:
    data = search(search_client, "armistice commission")
    first = data["results"][0]
    assert first["id"] == "800005"  # both words in the title weigh most
    marked = "Report on the <mark>Armistice</mark> <mark>Commission</mark>, SECRET"
    assert first["titleHtml"] == marked
    assert "<mark>armistice</mark> <mark>commission</mark>" in first["snippetHtml"]
    assert first["dateText"] == "1972"
    assert first["type"] == "report"
    assert first["url"].endswith("/doc/document/800005")


def test_snippets_of_other_scripts_mark_whole_words(search_client: FlaskClient) -> None:
    (result,) = search(search_client, "停战")["results"]
    assert "<mark>停战</mark>" in result["snippetHtml"]
    assert "\u200b" not in result["snippetHtml"]


def test_snippets_escape_the_documents_markup(search_client: FlaskClient) -> None:
    (result,) = search(search_client, "alert")["results"]
    snippet = result["snippetHtml"]
    assert "<mark>alert</mark>" in snippet
    assert "&lt;script&gt;" in snippet
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0  # no element but <mark>
    page = search_client.get("/search?q=alert").data.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;<mark>alert</mark>" in page or "&lt;script&gt;" in page


def test_entities_named_by_the_query(search_client: FlaskClient) -> None:
    data = search(search_client, "gromyko")
    assert [(e["kind"], e["label"]) for e in data["entities"]] == [("persons", "Andrei Gromyko")]
    assert data["entities"][0]["url"].endswith("/doc/person/gromyko-andrei")


# --- facets -----------------------------------------------------------------------------------


def test_facets_of_the_whole_collection(search_client: FlaskClient) -> None:
    data = search(search_client)
    assert data["total"] == 5
    assert data["sort"] == "date"
    assert [r["id"] for r in data["results"]] == sorted(EVERYTHING)  # in date order
    assert counts(data, "decade") == {"1950s": 2, "1960s": 2, "1970s": 1}
    assert counts(data, "year") == {"1953": 1, "1956": 1, "1967": 2, "1972": 1}
    assert counts(data, "language") == {"rus": 1, "chi": 1, "kor": 1, "rum": 1, "eng": 1}
    assert counts(data, "place")["pyongyang"] == 3
    assert counts(data, "classification") == {"top-secret": 2, "secret": 1}
    assert counts(data, "person")["gromyko-andrei"] == 1
    assert "kwp" in counts(data, "organisation")
    holders = counts(data, "holder")
    assert holders["archive-of-the-romanian-ministry-of-foreign-affairs"] == 1
    assert "archive-of-the-romanian-ministry-of-foreign-affairs" not in counts(
        data, "organisation"
    )  # a holder only is no organisation of the document's


def test_facets_combine_with_each_other_and_the_query(search_client: FlaskClient) -> None:
    sixties = search(search_client, decade="1960s")
    assert ids(sixties) == {"800003", "800004"}
    assert counts(sixties, "type") == {"letter": 1, "telegram": 1}
    assert counts(sixties, "decade") == {"1960s": 2}
    both = search(search_client, decade="1960s", type="telegram")
    assert ids(both) == {"800004"}
    assert counts(both, "language") == {"rum": 1}
    with_query = search(search_client, "armistice", decade="1950s")
    assert ids(with_query) == {"800001", "800002"}
    assert counts(with_query, "language") == {"rus": 1, "chi": 1}
    selected = {v["key"] for v in with_query["facets"]["decade"]["values"] if v["selected"]}
    assert selected == {"1950s"}
    two_places = search(search_client, place=["pyongyang", "beijing"])
    assert ids(two_places) == {"800002"}  # every filter holds


def test_facet_links_add_and_remove_a_value(search_client: FlaskClient) -> None:
    data = search(search_client, "armistice")
    (link,) = [v["url"] for v in data["facets"]["language"]["values"] if v["key"] == "rus"]
    assert "/search.json?q=armistice&language=rus" in link
    narrowed = json.loads(search_client.get(link.split("localhost", 1)[1]).data)
    assert ids(narrowed) == {"800001"}
    (back,) = [v["url"] for v in narrowed["facets"]["language"]["values"] if v["selected"]]
    assert back.endswith("/search.json?q=armistice")


def test_a_facet_lists_its_ten_most_frequent_values_or_all(search_client: FlaskClient) -> None:
    organisations = search(search_client)["facets"]["organisation"]
    assert len(organisations["values"]) == organisations["total"] <= 10
    everything = search(search_client, more="organisation")["facets"]["organisation"]
    assert everything["total"] == organisations["total"]


# --- paging, order, formats -------------------------------------------------------------------


def test_paging(search_client: FlaskClient) -> None:
    pages = [search(search_client, "armistice", limit="3", page=str(n)) for n in (1, 2)]
    assert [len(p["results"]) for p in pages] == [3, 1]
    assert not ids(pages[0]) & ids(pages[1])
    assert pages[0]["next"].endswith("/search.json?q=armistice&page=2&limit=3")
    assert pages[1]["next"] is None
    assert pages[1]["previous"].endswith("limit=3")
    assert pages[1]["offset"] == 3


def test_sort_by_date(search_client: FlaskClient) -> None:
    data = search(search_client, "armistice", sort="date")
    assert [r["id"] for r in data["results"]] == ["800001", "800002", "800004", "800005"]
    assert data["sort"] == "date"
    assert data["ranked"] is None


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/search.json?q=armistice", {}),
        ("/search?q=armistice&format=json", {}),
        ("/search?q=armistice", {"Accept": "application/json"}),
    ],
)
def test_json_by_extension_parameter_or_accept(
    search_client: FlaskClient, path: str, headers: dict[str, str]
) -> None:
    response = search_client.get(path, headers=headers)
    assert response.status_code == 200
    assert response.content_type == "application/json"
    assert json.loads(response.data)["total"] == 4
    assert response.headers["Vary"] == "Accept"


def test_html_page_and_its_validators(search_client: FlaskClient) -> None:
    response = search_client.get("/search?q=armistice", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.content_type.startswith("text/html")
    page = response.data.decode()
    assert 'href="/search.json?q=armistice"' in page  # the JSON announced as alternate
    assert '<a class="hit-title" href="/doc/document/800005">' in page
    assert 'href="/search?q=armistice&amp;language=rus"' in page
    tag = response.headers["ETag"]
    again = search_client.get("/search?q=armistice", headers={"If-None-Match": tag})
    assert again.status_code == 304


def test_timeline_on_the_search_page_and_the_home_page(search_client: FlaskClient) -> None:
    page = search_client.get("/search?q=armistice").data.decode()
    assert '<title id="timeline-title">Matching documents per year</title>' in page
    assert '<desc id="timeline-desc">Documents per year, 1953 to 1972: 4 in all' in page
    assert '<a href="/search?q=armistice&amp;year=1953"><title>1953: 1 document</title>' in page
    home = search_client.get("/").data.decode()
    assert '<a href="/search?year=1967"><title>1967: 2 documents</title>' in home
    assert 'role="search"' in home
    assert "style=" not in page + home
    assert "<script" not in page + home


@pytest.mark.parametrize(
    "search",
    [
        Search("armistice"),
        Search("armistice", (("language", "rus"),), offset=20, limit=20, by_date=True),
        Search("armistice", (("year", "1967"),), more="place"),
    ],
)
def test_each_bar_of_the_timeline_narrows_the_search_to_its_year(
    search_client: FlaskClient, search: Search
) -> None:
    """From the first page, the other filters kept in place; a year in use keeps the search."""
    page = search_client.get("/search?" + query_string(search)).data.decode()
    bars = re.findall(r'<a href="([^"]*)"><title>(\d+): \d+ documents?</title>', page)
    assert bars
    for href, year in bars:
        expected = "/search?" + query_string(with_filter(search, "year", year))
        assert href == expected.replace("&", "&amp;")


def test_listings_show_date_and_type_as_html_and_json(search_client: FlaskClient) -> None:
    page = search_client.get("/list/documents").data.decode()
    assert '<span class="meta">5 March 1953 · record of conversation</span>' in page
    assert 'type="application/json" href="/list/documents.json"' in page
    data = json.loads(search_client.get("/list/documents.json?limit=2").data)
    assert data["total"] == 5
    assert len(data["items"]) == 2
    first = data["items"][0]
    assert first["key"] == "800001"
    assert first["date"] == "1953-03-05"
    assert first["dateText"] == "5 March 1953"
    assert first["type"] == "record of conversation"
    assert data["next"].endswith("/list/documents.json?after=800002&limit=2")
    accepted = search_client.get("/list/places", headers=JSON)
    assert accepted.content_type == "application/json"
    assert accepted.headers["Vary"] == "Accept"
    places = {i["iri"].rsplit("/", 1)[1] for i in json.loads(accepted.data)["items"]}
    assert places >= {"pyongyang", "moscow"}


# --- what must be refused ---------------------------------------------------------------------

HOSTILE = [
    '"unclosed',
    "armistice OR",
    "OR armistice",
    "-armistice",
    "NOT armistice",
    "()",
    "(armistice",
    "armistice)",
    "(" * 9 + "armistice" + ")" * 9,  # nested too deep
    "(" * 5000,
    "a\x00b",
    "x" * 501,
    "word " * 40,  # too many terms
    "*",
    "a*",  # a prefix too short
    "...",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_unreadable_queries_are_400_with_a_message(search_client: FlaskClient, query: str) -> None:
    response = search_client.get("/search.json?q=" + quote(query))
    assert response.status_code == 400, response.data
    assert response.content_type == "application/json"
    body = json.loads(response.data)
    assert body["status"] == 400
    assert len(body["message"]) > 10
    page = search_client.get("/search?q=" + quote(query), headers={"Accept": "text/html"})
    assert page.status_code == 400
    assert 'id="query-error" role="alert"' in page.data.decode()


@pytest.mark.parametrize(
    "params",
    ["place=atlantis", "page=abc", "page=0", "limit=1000", "page=9999999", "page=1000&limit=100"],
)
def test_bad_parameters_are_400(search_client: FlaskClient, params: str) -> None:
    response = search_client.get(f"/search.json?q=armistice&{params}")
    assert response.status_code == 400
    assert json.loads(response.data)["message"]


@pytest.mark.parametrize(
    "query",
    ["NEAR(armistice commission)", "title:armistice", "armistice AND", "{body}: armistice", "^a"],
)
def test_fts5_syntax_is_read_as_words(search_client: FlaskClient, query: str) -> None:
    response = search_client.get("/search.json?q=" + quote(query))
    assert response.status_code == 200


def test_unknown_format_is_404(search_client: FlaskClient) -> None:
    assert search_client.get("/search.xml?q=armistice").status_code == 404


def test_facet_tokens_cannot_be_typed(search_client: FlaskClient) -> None:
    """Filters match private-use tokens in the index; a query never holds one."""
    assert search(search_client, VALUE_MARK + "3")["total"] == 0
    assert search(search_client, VALUE_MARK + "armistice")["total"] == 4


def test_a_search_out_of_time_is_stopped(
    search_release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite is interrupted at the deadline: 503 with what to do, never a hung worker."""
    monkeypatch.setattr(index, "BUDGET", -1.0)  # already late
    monkeypatch.setattr(index, "PROGRESS_STEPS", 1)  # and looking at every step
    app = create_app(search_release)
    with app.test_client() as client:
        response = client.get("/search.json?q=armistice")
        assert response.status_code == 503
        assert "add a rarer word" in json.loads(response.data)["message"]
        assert response.headers["Cache-Control"] == "no-store"
        page = client.get("/search?q=armistice", headers={"Accept": "text/html"})
        assert page.status_code == 503
        assert "This search takes too long" in page.data.decode()
    app.extensions["linkeddata.sparql"].close()
