"""The search index patch (linkeddata.search.patch) on documents made here: what it patches
is what IndexWriter writes of the same documents, and what it cannot know (a name that only
a document it did not see says) it refuses."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest
from search_same import assert_same_search

from linkeddata.search import frequent
from linkeddata.search.counting import Facets, Value
from linkeddata.search.docsets import Postings
from linkeddata.search.facts import Entity, Facts
from linkeddata.search.patch import patch_index
from linkeddata.search.writer import IndexWriter

BASE = "http://x.org/id/"


@pytest.fixture(autouse=True, params=[frequent.PATCHED, 0], ids=["rows", "found again"])
def every_list_frequent(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Every list of these few documents is kept as frequent (linkeddata.search.frequent),
    and so patched too: row by row, or found again whole (more rows added than PATCHED)."""
    monkeypatch.setattr(frequent, "MINIMUM", 1)
    monkeypatch.setattr(frequent, "SHARE", 10**9)
    monkeypatch.setattr(frequent, "PATCHED", request.param)


KIM = f"{BASE}person/kim"
LEE = f"{BASE}person/lee"
CURATED = {LEE}


def facts(n: int, *named: tuple[str, str], year: int = 1960, words: str = "") -> Facts:
    """Document ``n``, naming each (IRI, label) of ``named`` (a person)."""
    people = tuple(Entity(iri, "persons", label, (label,)) for iri, label in named)
    return Facts(
        iri=f"{BASE}document/{n}",
        key=str(n),
        title=f"Letter {n} about the harvest {words}",
        date=f"{year}-01-{n:02d}",
        editorial=False,
        summary=f"Summary of letter {n}",
        texts=(f"The full text of letter {n}, {words} with the harvest.",),
        values={"person": tuple(sorted(iri for iri, _ in named))},
        entities=people,
        roles=tuple(("mentioned", iri) for iri, _ in sorted(named)),
    )


def written(path: Path, documents: list[Facts]) -> Path:
    path.unlink(missing_ok=True)
    writer = IndexWriter(path)
    writer.add(documents)
    writer.finish()
    return path


def patched(
    tmp: Path,
    before: list[Facts],
    now: list[Facts | int],
    gone: list[Facts],
    *,
    lookup: bool = False,
) -> str:
    """Patch the index of ``before`` into ``tmp/patched.sqlite``: ``now`` lists the documents
    in order, new facts or the number of one unchanged; why not, or "". With ``lookup`` the
    patch may read an unchanged document's facts."""
    previous = written(tmp / "before.sqlite", before)
    documents = [
        (f"{BASE}document/{item}", None) if isinstance(item, int) else (item.iri, item)
        for item in now
    ]
    by_iri = {facts.iri: facts for facts in before}
    target = tmp / "patched.sqlite"
    target.unlink(missing_ok=True)
    found = by_iri.get if lookup else None
    return patch_index(previous, target, documents, gone, CURATED.__contains__, found)


def test_an_edit_renames_an_entity_it_names_first(tmp_path: Path) -> None:
    one, two, three = facts(1, (KIM, "Kim")), facts(2, (KIM, "KIM"), (LEE, "Lee")), facts(3)
    edited = facts(1, (KIM, "Kim Il"), (LEE, "Lee"), words="edited")
    assert patched(tmp_path, [one, two, three], [edited, 2, 3], [one]) == ""
    full = written(tmp_path / "full.sqlite", [edited, two, three])
    assert_same_search(tmp_path / "patched.sqlite", full)


def test_a_removal_and_an_addition_after_the_others(tmp_path: Path) -> None:
    one, two, three = facts(1, (KIM, "Kim")), facts(2, (KIM, "KIM"), (LEE, "Lee")), facts(3)
    four = facts(4, (LEE, "Lee"), year=1960, words="new")
    assert patched(tmp_path, [one, two, three], [1, 2, four], [three]) == ""
    full = written(tmp_path / "full.sqlite", [one, two, four])
    assert_same_search(tmp_path / "patched.sqlite", full)
    assert not (tmp_path / "before.sqlite").samefile(tmp_path / "patched.sqlite")


def test_nothing_changed_is_a_link(tmp_path: Path) -> None:
    one = facts(1, (KIM, "Kim"))
    assert patched(tmp_path, [one], [1], []) == ""
    assert (tmp_path / "before.sqlite").samefile(tmp_path / "patched.sqlite")


def test_what_a_patch_cannot_know_is_refused(tmp_path: Path) -> None:
    one, two = facts(1, (KIM, "Kim"), (LEE, "Lee")), facts(2, (KIM, "KIM"), (LEE, "Lee"))
    three = facts(3, year=1975)  # the only document of 1975 and of the 1970s
    documents = [one, two, three]
    unknown = f"{KIM} is now named by a document not converted again"
    # Kim's facet value is named by the first document, its entity by the last
    assert patched(tmp_path, documents, [2, 3], [one]) == unknown
    assert not (tmp_path / "patched.sqlite").exists()
    assert patched(tmp_path, documents, [1, 3], [two]) == unknown
    # unless it may read that document's facts
    assert patched(tmp_path, documents, [1, 3], [two], lookup=True) == ""
    full = written(tmp_path / "full.sqlite", [one, documents[2]])
    assert_same_search(tmp_path / "patched.sqlite", full)
    assert patched(tmp_path, documents, [2, 3], [one], lookup=True) == ""
    assert_same_search(tmp_path / "patched.sqlite", written(full, [two, documents[2]]))
    # Lee is curated: every document names it alike
    lee = facts(2, (LEE, "Lee"), (KIM, "KIM"), words="edited")
    assert patched(tmp_path, documents, [1, lee, 3], [two]) == ""
    assert patched(tmp_path, documents, [facts(0), 1, 2, 3], []) == (
        "a document was added before others"
    )
    assert patched(tmp_path, documents, [1, 2, facts(3, year=1801)], [three]).startswith(
        "a new value of the facet "
    )
    assert patched(tmp_path, documents, [1, 2], [three]) == "a facet value is no longer used"
    assert patched(tmp_path, documents, [1, 2], [facts(9)]) == (
        f"{BASE}document/9 was not in the previous index"
    )


def test_chosen_values_beyond_the_shown_ones_are_listed_by_name_not_by_number() -> None:
    """A patched index numbers facet values otherwise than a full build (a value keeps its
    number when the documents that came first go): nothing listed may follow the numbers."""
    size = 30
    common = [
        Value(
            n,
            "person",
            f"p{n:02d}",
            f"{BASE}p{n}",
            f"P {n:02d}",
            Postings.of(array("I", [n, n + 12]), size),
        )
        for n in range(1, 12)
    ]
    zed = Value(12, "person", "zed", f"{BASE}zed", "Zed", Postings.of(array("I", [25]), size))
    abe = Value(13, "person", "abe", f"{BASE}abe", "Abe", Postings.of(array("I", [26]), size))
    for values in ([*common, zed, abe], [*common, abe, zed]):
        per_document: list[tuple[int, ...]] = [()] * size
        for value in values:
            for row in value.postings.rows:
                per_document[row] += (value.id,)
        counted = Facets(values, per_document).count(None, selected={zed.id, abe.id})
        listed = [c.key for c in counted["person"].values]
        assert listed[-2:] == ["abe", "zed"], listed
