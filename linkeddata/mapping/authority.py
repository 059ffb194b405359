"""The curated authority file, and matching names and running text against it.

Matching is exact on normalised labels (NFKC, diacritics and case folded, punctuation
dropped), on whole words only, longest label first: "Radio Pyongyang" is one entity, not a
mention of Pyongyang, and "Korean" never matches "Korea". An all-capital abbreviation
(``KWP``) only matches an all-capital word. A label shared by two entities is ambiguous: it is
not linked, and the caller reports it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from itertools import compress, count

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from ..parser.honorifics import an_office, honorific_gender
from ..parser.text import NAME_PARTICLES
from .entities import Entity, chosen, entity_of, of_the_year
from .given_names import kin_named, office_before_given_name
from .label_words import dotted_initials, label_keys, tokens, upper_word, words_and_gaps
from .longer_names import in_longer_name
from .office_terms import (
    addressed_elsewhere,
    before_any_office,
    named_by_office,
    out_of_office,
)
from .own_language_places import own_language_only
from .owners import another_states, names_its_country
from .scanned_text import Text
from .state_years import existed

LABEL_PROPERTIES = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)


@dataclass(frozen=True)
class _Label:
    words: tuple[str, ...]
    case_sensitive: bool
    entities: frozenset[Entity]


@dataclass
class Authority:
    """The labels of every entity of the authority file, indexed for lookup and scanning."""

    graph: Graph = field(default_factory=Graph)
    _labels: dict[tuple[str, ...], _Label] = field(default_factory=dict)
    _by_first: dict[str, list[_Label]] = field(default_factory=dict)
    """Labels by their first word, and by their first two (longest first): a common first word
    ("the", "national") costs one lookup of the pair, not a comparison with each label."""
    _by_pair: dict[tuple[str, str], list[_Label]] = field(default_factory=dict)
    _surnames: dict[str, set[Entity]] = field(default_factory=dict)
    """People by the last word of their names: "kennedy" is John F. and Robert F. Kennedy."""
    _spelled: dict[str, set[Entity]] = field(default_factory=dict)
    """People by the last word of each of their labels of two words or more: "semenov" is
    Vladimir Semyonov, whom the file also calls Vladimir Semenov."""
    _offices: dict[Entity, set[str]] = field(default_factory=dict)
    """The offices the file writes before a person's family name ("President Kennedy"): another
    office before the family name alone names someone else ("Ambassador Kennedy")."""
    _first_names: dict[str, set[Entity]] = field(default_factory=dict)
    """People by the first word of their names, the family name of Chinese, Korean and
    Vietnamese names: "zhou" is Zhou Enlai."""
    _one_states: dict[Entity, bool] = field(default_factory=dict)
    """Whether the file names a body with its country (:func:`.owners.names_its_country`),
    worked out once per body: the scan asks at every mention of it."""

    @classmethod
    def from_graph(cls, graph: Graph, source: str = "authority file") -> Authority:
        entities: dict[URIRef, Entity] = {}
        typed = {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}
        for subject in sorted(typed):
            entity = entity_of(graph, subject, source)
            if entity is not None:
                entities[subject] = entity
        index: dict[tuple[tuple[str, ...], bool], set[Entity]] = defaultdict(set)
        for subject, entity in entities.items():
            for prop in LABEL_PROPERTIES:
                for label in graph.objects(subject, prop):
                    for key in label_keys(str(label), entity.kind == "person"):
                        index[key].add(entity)
        authority = cls(graph)
        for (words, case_sensitive), found in sorted(index.items()):
            entry = _Label(words, case_sensitive, frozenset(found))
            authority._labels[words] = entry
            if len(words) == 1:
                authority._by_first.setdefault(words[0], []).append(entry)
            else:
                authority._by_first.setdefault(words[0], [])
                authority._by_pair.setdefault((words[0], words[1]), []).append(entry)
        for entity in entities.values():
            if entity.kind == "person" and (named := tokens(entity.label)):
                authority._surnames.setdefault(named[-1].folded, set()).add(entity)
                authority._first_names.setdefault(named[0].folded, set()).add(entity)
        for (words, _), found in index.items():
            for entity in found:
                if entity.kind == "person" and len(words) > 1:
                    authority._spelled.setdefault(words[-1], set()).add(entity)
                family = authority._family_names(entity)
                if len(words) > 1 and words[-1] in family and an_office(words[-2]):
                    offices = {w for w in words[:-1] if an_office(w)}  # "defense minister"
                    authority._offices.setdefault(entity, set()).update(offices)
        for entries in authority._by_pair.values():
            entries.sort(key=lambda e: -len(e.words))
        return authority

    def lookup(self, name: str) -> list[Entity]:
        """Entities one of whose labels is ``name`` (normalised): 0, 1, or several (ambiguous)."""
        toks = tokens(name)
        entry = self._labels.get(tuple(t.folded for t in toks))
        if entry is None or (entry.case_sensitive and not all(t.upper for t in toks)):
            return []
        return sorted(entry.entities, key=lambda e: e.iri)

    def scan(
        self,
        text: str,
        given: frozenset[str] = frozenset(),
        year: int | None = None,
        running: bool = False,
    ) -> tuple[list[Entity], list[str]]:
        """Entities mentioned in ``text`` (first occurrence order) and the ambiguous labels met;
        ``given``: more words (folded) that are given names where the text is in title case;
        ``year``: the record's (see :func:`.entities.of_the_year`); ``running``: a summary or
        a body, not a title (:attr:`.scanned_text.Text.running`).

        Only the words that begin some label are visited (found by C-level iteration: a
        document body has hundreds of words and a handful of candidates); a match skips the
        words of its label.
        """
        raw, gaps = words_and_gaps(text)
        scanned = Text(
            raw,
            gaps,
            known=lambda word: (word.casefold(),) in self._labels,
            first_name=lambda word: (w := word.casefold()) in self._first_names or w in given,
            dotted=dotted_initials(text),
            running=running,
        )
        folded = list(map(str.casefold, raw))
        found: dict[Entity, None] = {}
        ambiguous: dict[str, None] = {}
        end = 0  # the words before ``end`` belong to a label already matched
        for i in compress(count(), map(self._by_first.__contains__, folded)):
            entry = self._match_at(raw, folded, i) if i >= end else None
            if entry is None or (raw[i][:1].islower() and raw[i] not in NAME_PARTICLES):
                continue  # "a reddish hue", "china plates": a common word, no proper name
            if scanned.across_list_comma(i, i + len(entry.words)):
                continue  # "Wan Li, Peng Zhen" names no "Li, Peng"
            end = i + len(entry.words)
            if any(office_before_given_name(e.label, scanned, i, end) for e in entry.entities):
                end = i + 1  # "President Chiang Ching-kuo": the name is read from "Chiang" on
                continue
            named = of_the_year(self.graph, entry.entities, year)
            if len(named) > 1:
                ambiguous.setdefault(" ".join(entry.words), None)
            if len(named) != 1:
                continue
            entity = named[0]
            held = None
            if end - i == 1:  # "Ambassador Nehru" in 1957 is R.K. Nehru, not the Prime Minister
                held = named_by_office(
                    self.graph, raw[i], self.bearers(raw[i]), scanned.before(i), year
                )
            if held is not None and entity not in held:
                found.update(dict.fromkeys(held if len(held) == 1 else []))
                continue
            if entity.kind == "person" and self._out_of_office(
                entity, entry.words, folded, i, year
            ):
                end -= 1  # "President Chiang" in 1979 is not his: "Chiang" is read anew
                continue
            if entity in found and entity.kind != "person":
                continue  # met already (a family name may stand for a relative: checked again)
            said = honorific_gender(raw[i - 1]) if i and entity.gender else None
            if said is not None and said != entity.gender:
                continue  # "Mrs. Nixon" is not Richard Nixon
            if (
                said
                and end - i == 1
                and addressed_elsewhere(self.graph, entity, self.bearers(raw[i]), year)
            ):
                ambiguous.setdefault(" ".join(entry.words), None)
                continue  # "Mr. Kennedy" in 1981 is not the President of 1961-1963
            if end - i == 1 and i and self._another_office(entity, folded[i - 1], year):
                continue  # "Ambassador Kennedy" is not President Kennedy
            one_state = entity.kind == "org" and self.names_its_country(entity)
            owners = (one_state, self.lookup, partial(self.labels, entity))
            if entity.kind == "org" and another_states(entity, scanned, (i, end), *owners):
                continue  # "the National Security Council (Brazil)", "the Bulgarian KGB"
            if entity.kind == "place" and own_language_only(scanned, (i, end), owners[2]):
                continue  # "the Cruiser Moskva", "the Hotel Warszawa": neither city
            if not in_longer_name(entity.kind, entity.label, scanned, (i, end)):
                found.setdefault(entity, None)
            elif (kin := kin_named(scanned, i, end, self.people_named)) is not None:
                found.setdefault(kin, None)  # "R. Kennedy": Robert F. Kennedy
        return list(found), list(ambiguous)

    def chosen(self, label: str, named: list[Entity], year: int | None) -> Entity | None:
        """The one of the bodies sharing ``label`` (folded words, as :meth:`scan` reports it)
        that a record naming ``named`` chooses (:func:`.entities.chosen`)."""
        entry = self._labels.get(tuple(label.split()))
        return chosen(self.graph, entry.entities if entry else frozenset(), named, year)

    def names_its_country(self, entity: Entity) -> bool:
        """Whether the file names the body with its country in some label (one state's)."""
        if (known := self._one_states.get(entity)) is None:
            known = names_its_country([str(label) for label in self.labels(entity)])
            self._one_states[entity] = known
        return known

    def _family_names(self, entity: Entity) -> set[str]:
        """The words a person's family name may be: the last of the name, or the first in
        Chinese, Korean and Vietnamese order ("Peng" of Peng Dehuai)."""
        named = tokens(entity.label) if entity.kind == "person" else []
        return {named[0].folded, named[-1].folded} if named else set()

    def _out_of_office(
        self, entity: Entity, label: tuple[str, ...], folded: list[str], i: int, year: int | None
    ) -> bool:
        """Whether "Office Surname" at ``i`` is not the person's in ``year`` (see
        :func:`.office_terms.out_of_office`); "the late/former President Chiang" is theirs."""
        kin = set(self.bearers(label[-1])) - {entity}
        recalled = i > 0 and folded[i - 1] in ("late", "former")
        others = () if recalled else [person.iri for person in kin]
        return out_of_office(self.graph, entity.iri, label, year, others)

    def bearers(self, surname: str) -> list[Entity]:
        """The people of the file whose family name ``surname`` is, written last or first."""
        return sorted(
            {*self.people_named(surname), *self.family_named(surname)}, key=lambda e: e.iri
        )

    def _another_office(self, entity: Entity, before: str, year: int | None) -> bool:
        """Whether the office written before a person's family name is not one the file
        gives them, when it gives some ("President Kennedy": "Ambassador Kennedy" is not), or
        in a record before any office it dates ("General Carter" in 1962)."""
        offices = self._offices.get(entity, set())
        if offices and an_office(before) and before not in offices:
            return True
        return before_any_office(self.graph, entity.iri, before, year)

    def _match_at(self, raw: list[str], folded: list[str], i: int) -> _Label | None:
        longer: list[_Label] = []
        if i + 1 < len(folded):
            longer = self._by_pair.get((folded[i], folded[i + 1]), [])
        entry: _Label
        for entry in (*longer, *self._by_first[folded[i]]):
            n = len(entry.words)
            if tuple(folded[i : i + n]) != entry.words:
                continue
            if entry.case_sensitive and not all(upper_word(w) for w in raw[i : i + n]):
                continue
            return entry
        return None

    def people_named(self, surname: str) -> list[Entity]:
        """The people whose names end with ``surname``."""
        words = tokens(surname)
        found = self._surnames.get(words[0].folded, set()) if len(words) == 1 else set()
        return sorted(found, key=lambda e: e.iri)

    def spelled_named(self, surname: str) -> list[Entity]:
        """The people any of whose full names, in any of the file's spellings, ends with
        ``surname``."""
        words = tokens(surname)
        found = self._spelled.get(words[0].folded, set()) if len(words) == 1 else set()
        return sorted(found, key=lambda e: e.iri)

    def family_named(self, family: str) -> list[Entity]:
        """The people whose names begin with ``family`` (a family name written first)."""
        words = tokens(family)
        found = self._first_names.get(words[0].folded, set()) if len(words) == 1 else set()
        return sorted(found, key=lambda e: e.iri)

    def labels(self, entity: Entity) -> list[Literal]:
        """Every label the file gives ``entity``, with its language."""
        subject = URIRef(entity.iri)
        return [
            label
            for prop in LABEL_PROPERTIES
            for label in self.graph.objects(subject, prop)
            if isinstance(label, Literal)
        ]

    def country_of(self, place: Entity, year: int | None = None) -> Entity | None:
        """The country the file puts a capital in, if it describes it: of several (the state
        changed), the one that existed in ``year``, none where the year cannot tell."""
        countries = [e for e in (entity_of(self.graph, URIRef(c), "") for c in place.within) if e]
        if year is not None:
            countries = [e for e in countries if existed(e.label, year)]
        return countries[0] if len(countries) == 1 else None

    def entities(self) -> Iterable[Entity]:
        seen: set[Entity] = set()
        for entry in self._labels.values():
            seen.update(entry.entities)
        return sorted(seen, key=lambda e: e.iri)
