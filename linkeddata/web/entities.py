"""The page of a person, organisation, place, concept or collection: who or what it is, and
the documents that involve it, role by role (sender, addressee, mentioned...), by date.

The documents come from the search index's ``roles`` table, a page of them one slice of a
row (:mod:`linkeddata.search.involved`): Pyongyang, named by most documents, costs what a
person named once does. ``?role=sender&page=2`` pages through one role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox
from flask import abort, render_template, request
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..formats import Format
from ..search.results import Hit
from ..search.roles import heading
from ..store import KINDS, LABEL_PREDICATES, Description
from ..vocab import SCHEMA
from . import pages
from .published import Published
from .reader import Shown, listed, shown, values
from .respond import own_path

PER_ROLE = 10
"""Documents shown for each role on the entity's page."""
PER_PAGE = 50
"""Documents on each page of one role."""
MAX_PAGE = 10_000
KIND_NAMES = {
    "persons": "Person",
    "organisations": "Organisation",
    "places": "Place",
    "concepts": "Concept",
    "collections": "Collection",
}
_KIND_OF_TYPE = {kind.type: name for name, kind in KINDS.items() if name in KIND_NAMES}
_NAMES = (*LABEL_PREDICATES, str(SKOS.altLabel))
_ABOUT = (str(SKOS.definition), str(SKOS.scopeNote), str(RDFS.comment), str(SCHEMA.description))
_SHOWN_ELSEWHERE = {str(RDF.type), *_NAMES, *_ABOUT, str(SKOS.hiddenLabel)}
_MATCHES = (str(SKOS.exactMatch), str(OWL.sameAs), str(SKOS.closeMatch), str(RDFS.seeAlso))
_ROLE = re.compile(r"[a-z][a-z-]{0,40}")


@dataclass(frozen=True)
class RoleDocuments:
    """The documents involving the entity in one role: a page of them, and where the rest are."""

    role: str
    heading: str
    total: int
    hits: list[tuple[Hit, str | None, str]]
    more: str | None = None
    previous: str | None = None
    next: str | None = None
    first: int = 1


def kind_of(description: Description) -> str | None:
    """The kind (a key of :data:`~linkeddata.store.KINDS`) of an entity page, if it is one."""
    return next((_KIND_OF_TYPE[t] for t in description.types if t in _KIND_OF_TYPE), None)


def _names(description: Description, title: str) -> list[Shown]:
    """Its other names, in every language and script (each with its ``lang``)."""
    found: dict[tuple[str, str | None], Shown] = {}
    for predicate in _NAMES:
        for term in description.objects(predicate):
            if isinstance(term, ox.Literal) and term.value != title:
                found.setdefault((term.value, term.language), Shown(term.value, lang=term.language))
    return list(found.values())


def _chosen() -> tuple[str | None, int]:
    """The role asked for (``?role=``) and the page of it (``?page=``), checked."""
    role = request.args.get("role")
    page = request.args.get("page", "1")
    if role is not None and not _ROLE.fullmatch(role):
        abort(404)
    if not page.isdigit() or not 1 <= int(page) <= MAX_PAGE:
        abort(404)
    return role, int(page)


def documents(release: Published, iri: str) -> tuple[list[RoleDocuments], bool]:
    """The roles to show and whether one role is paged through (``?role=``)."""
    role, page = _chosen()
    lk = pages.links(release)
    counted = release.search.roles(iri)
    path = own_path()  # the mount point included
    if role is None:
        return [
            RoleDocuments(
                name,
                heading(name),
                total,
                listed(release.search.involving(iri, name, 0, PER_ROLE), lk),
                more=f"{path}?role={name}" if total > PER_ROLE else None,
            )
            for name, total in counted
        ], False
    total = dict(counted).get(role)
    if total is None or (page - 1) * PER_PAGE >= max(total, 1):
        abort(404)
    offset = (page - 1) * PER_PAGE
    hits = release.search.involving(iri, role, offset, PER_PAGE)
    return [
        RoleDocuments(
            role,
            heading(role),
            total,
            listed(hits, lk),
            previous=f"{path}?role={role}&page={page - 1}" if page > 1 else None,
            next=f"{path}?role={role}&page={page + 1}" if offset + PER_PAGE < total else None,
            first=offset + 1,
        )
    ], True


def page_key(iri: str) -> str:
    """The key of the page asked for (its ETag's): the entity and the role's page."""
    role, page = request.args.get("role"), request.args.get("page")
    return iri if role is None and page is None else f"{iri}?role={role}&page={page}"


def entity_page(release: Published, description: Description, offered: Sequence[Format]) -> str:
    lk = pages.links(release)
    labels, title = pages.page_labels(description, lk)
    kind = kind_of(description)
    roles, paged = documents(release, description.iri)
    linked = [
        (pages.humane(t.predicate.value), [shown(t.object, labels, lk)])
        for t in description.triples
        if isinstance(t.object, ox.NamedNode)
        and pages.own(t, description.iri)
        and t.predicate.value not in _SHOWN_ELSEWHERE
        and t.predicate.value not in _MATCHES
    ]
    return render_template(
        "entity.html",
        title=title,
        kind=KIND_NAMES.get(kind or "", "Resource"),
        names=_names(description, title),
        about=values(description, _ABOUT, labels, lk),
        matches=values(description, _MATCHES, labels, lk),
        linked=_merged(linked),
        roles=roles,
        paged=paged,
        whole=own_path(),
        **pages.data_view(release, description, labels, offered),
    )


def _merged(pairs: list[tuple[str, list[Shown]]]) -> list[tuple[str, list[Shown]]]:
    merged: dict[str, list[Shown]] = {}
    for name, found in pairs:
        merged.setdefault(name, []).extend(found)
    return sorted(merged.items())
