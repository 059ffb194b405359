"""Turn names read from a record into IRIs: authority entities, or curation-needed stubs.

A name the authority file knows becomes a link to its entity. An unknown name becomes a
deterministic local IRI (``{base}id/{kind}/{slug}``), a stub the release describes once
(:mod:`.stubs`), with a warning asking for curation. An ambiguous name, a name the authority
file knows as another kind of thing (a person is never a place), and an unknown name whose
kind cannot be told are not linked and are reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..iris import Iris, slug
from ..parser.bodies import stationed
from ..parser.brackets import abbreviation_of
from ..parser.demonyms import respellings
from ..parser.inverted_names import uninverted
from ..parser.names import (
    agent_kind,
    personal_name,
    shared_family_name,
)
from ..parser.signer_lines import in_capitals, name_case
from ..parser.state_surnames import surname_after_state
from ..parser.text import last_bracket, strip_article
from ..record import Located, ParseWarning
from .abbreviations import bracketed
from .addressed_names import addressed_namesake
from .authority import Authority
from .bracket_names import bracket_meant
from .bracketed_holders import bracketed_holder
from .earlier_forms import earlier_form
from .entities import AGENT_KINDS, KIND_NAMES, Entity, of_the_year
from .lone_surnames import lone_surname_bearers
from .mission_heads import mission_head
from .owners import body_of_state
from .people import (
    HEAD_OF,
    holder_by_office,
    initialled_person,
    leading_place,
    lone_name,
    named_in_full,
    namesakes_years,
    office_holder,
    post_holder,
    surname_by_office,
)
from .ruling_parties import national_organ
from .sides import side_or_state
from .stub_labels import body_label, fullest_form, person_label
from .stubs import RECORD, Stub
from .vague_names import delegation_leader, vagueness

EMBASSY = re.compile(r"\b(?i:embassy|amembassy|mission\b[^,;]*\bto\s+the\s+united\s+nations)\b")
"""A sender whose cables its ambassador signs: an embassy, a mission to the United Nations."""


@dataclass
class Linker:
    """Resolves names for one document, collecting the stubs it links to and warnings."""

    authority: Authority
    iris: Iris
    year: int | None = None
    """The record's year, which tells the state a capital was in."""
    warnings: list[ParseWarning] = field(default_factory=list)
    stubs: dict[Stub, None] = field(default_factory=dict)
    people: list[tuple[str, Entity]] = field(default_factory=list)
    """The people resolved so far, with the names they were read from."""
    named_in_record: list[Entity] = field(default_factory=list)
    """The authority file's people that the record's summary, title and body name in full."""
    texts: str = ""
    """The record's summary and body, where a surname alone's fuller form is sought."""
    heads: bool = True
    """Whether a surname alone may be a head of the year: none signs by it (:meth:`signatory`)."""

    def resolve(
        self, name: Located[str], kind: str | None, *, kinds: tuple[str, ...] = ()
    ) -> Entity | None:
        """The entity for ``name``: from the authority file if known, else a ``kind`` stub.

        ``kinds`` lists the authority kinds acceptable for this role (default: only ``kind``);
        a ``kind`` of None means the wording cannot tell what an unknown name names.
        """
        entity = self._resolve(name, kind, kinds)
        if entity is not None and entity.kind == "person":
            self.people.append((name.value, entity))
        return entity

    def _resolve(
        self, name: Located[str], kind: str | None, kinds: tuple[str, ...]
    ) -> Entity | None:
        wanted = kinds or ((kind,) if kind else ())
        known = self.authority.lookup(name.value) or next(
            (k for n in respellings(name.value) if (k := self.authority.lookup(n))), []
        )  # the file may know "American ... Agency" as "US ... Agency": tried only when needed
        known = of_the_year(self.authority.graph, known, self.year)  # "CPV" of 1953: no party
        if not known and (other := side_or_state(self.authority, name.value, wanted, self.year)):
            if other[1]:  # "the KPA Side" is the KPA; "Socialist Ethiopia", no one's name
                self.warn(f"{name.value!r} {other[1]}: not linked", name.line)
            return other[0]
        if not known and (named := bracketed(self.authority, name.value, wanted)) is not None:
            return named
        if not known and (organ := national_organ(self.authority, name.value, self.year)):
            return organ if organ.kind in wanted else None  # "the Vietnamese Politburo"
        lookups = (self.authority.lookup, self.authority.labels)
        if not known and (own := body_of_state(strip_article(name.value), *lookups)):
            return own if own.kind in wanted else None  # "the ... Council of Socialist Ethiopia"
        if not known and (parts := last_bracket(name.value)) and abbreviation_of(*parts[::-1]):
            entity = self._resolve(Located(parts[0], name.line), kind, kinds)  # "X (ABC)": X
            if entity is not None and Stub(entity.iri, entity.kind, entity.label) in self.stubs:
                self.stubs[Stub(entity.iri, entity.kind, parts[1])] = None  # ABC: its altLabel
            return entity
        found = [e for e in known if e.kind in wanted]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            labels = ", ".join(e.iri for e in found)
            self.warn(f"ambiguous name {name.value!r} (could be {labels}): not linked", name.line)
            return None
        if known:
            what = " or ".join(sorted({KIND_NAMES[e.kind] for e in known}))
            message = f"{name.value!r} is {what} in the authority file, not "
            self.warn(
                message + f"{' or '.join(KIND_NAMES[k] for k in wanted)}: not linked", name.line
            )
            return None
        if (
            kind == "org"
            and "person" in wanted
            and (leader := delegation_leader(strip_article(name.value))) is not None
        ):  # "Comrade Kim Il Sung's Delegation": he led it, and each visit had its own
            return self._resolve(Located(leader, name.line), "person", wanted)
        if (
            kind == "person"
            and (upright := uninverted(name.value)) is not None
            and not self.is_place(upright.split()[-1])  # "Washington D.C."
        ):
            return self._resolve(Located(upright, name.line), kind, kinds)  # "Suslov M.A."
        if kind == "person" and (after := bracketed_holder(self.authority, name.value, self.year)):
            wording, bearers = after  # FRUS: "the Secretary of State (Rusk)"; None: a stranger
            if bearers is not None:
                return self._one_of(bearers, name, "held it then")
            return self._resolve(Located(wording, name.line), kind, kinds)
        if kind == "person" and (meant := bracket_meant(self.authority, name.value)):
            return self._resolve(Located(meant, name.line), kind, kinds)
        if kind == "person" and (where := stationed(name.value)) is not None:
            return self._resolve(Located(where[0], name.line), kind, kinds)  # "Stalin in Moscow"
        if kind == "person" and (held := surname_by_office(self.authority, name.value, self.year)):
            surname, people = held  # "Indian Ambassador Nehru": of its year, by the notes
            named = named_in_full(self.named_in_record, name.value, surname)
            if named is not None or len(people) == 1:
                return named or people[0]
            who = f"{len(people)} people of the authority file may" if people else "no one can"
            self.warn(f"{name.value!r}: {who} be meant by the office then: not linked", name.line)
            return None
        if kind == "person" and (him := addressed_namesake(self.authority, name.value, self.year)):
            self.warn(f"{name.value!r} then may not be {him.label}: not linked", name.line)
            return None  # "Mr. Kennedy" of 1981: Robert F. Kennedy shares the surname
        if kind == "person" and (holder := office_holder(self.authority, name.value)) is not None:
            return holder
        if kind == "person" and (
            person := initialled_person(self.authority, name.value, self.year)
        ):
            return person  # "G. Dimitrov"
        if (
            kind == "person"
            and (holder_name := post_holder(self.authority, name.value)) is not None
        ):
            by_office = holder_by_office(self.authority, name.value, holder_name)
            return by_office or self._resolve(Located(holder_name, name.line), kind, kinds)
        if (
            kind == "person"
            and (last := surname_after_state(name.value))
            and (full := fullest_form(self.authority, self.texts, last))
        ):  # "Foreign Minister of Iran Testati" beside the text's "A.A. Testati"
            return self._resolve(Located(full, name.line), kind, kinds)
        if (why := vagueness(strip_article(name.value), kind)) is not None:
            self.warn(f"{name.value!r} {why}", name.line)
            return None
        if kind is None:
            self.warn(
                f"cannot tell whether {name.value!r} names a place, a person or an "
                "organisation: not linked; add it to authorities.ttl to link it",
                name.line,
            )
            return None
        return self._stub(name, kind)

    def is_place(self, wording: str) -> bool:
        """Whether the authority file knows the wording as a place (and as nothing else)."""
        return any(e.kind == "place" for e in self.authority.lookup(wording.strip()))

    def signatory(self, name: Located[str], embassy: str | None = None) -> Entity | None:
        """The person a signature names: one the file knows, else the one the title named with
        the same surname and agreeing initials ("P. Yudin" for "... P.F. Yudin"); a surname
        alone signing an ``embassy``'s cable is its head's of the year, none where the file
        holds the surname and no bearer headed it (:func:`.mission_heads.mission_head`: "SULLIVAN"
        of 1978 under the Embassy in Tehran's); else the file's "Ambassador Surname"."""
        known = self.authority.lookup(name.value)
        if known and all(e.kind != "person" for e in known):
            return None  # "NATO" at the end of a cable is no signer
        if len(known) == 1 and namesakes_years(self.authority, known[0], name.value, self.year):
            self.warn(f"{name.value!r} signs after its namesake's years: not linked", name.line)
            return None  # "ROSHCHIN" in 1968 is not the ambassador of 1948-1952
        if not known and (before := self.named_before(name.value)) is not None:
            return before
        heads = mission_head(self.authority, name.value, embassy, self.year) if embassy else None
        if not known and heads is not None:  # "THOMPSON" of 1965: not the ambassador then
            return self._one_of(heads, name, f"headed {embassy!r} then")
        if not known:
            surname = name.value.casefold()
            envoy = self.authority.lookup(f"Ambassador {surname}") if embassy else []
            if " " not in surname and len(envoy) == 1 and envoy[0].kind == "person":
                return envoy[0]
        capitals = name.value.isupper() and len(name.value.split()) == 1  # "RUSK", "BUNKER"
        kind = "person" if capitals else agent_kind(name.value)
        return replace(self, heads=False).resolve(name, kind, kinds=AGENT_KINDS)  # one state

    def _one_of(self, people: list[Entity], name: Located[str], held: str) -> Entity | None:
        """The one person of ``people``, the file's bearers of the surname ``name`` who ``held``
        what the record says he held; none, with a warning, where no one or several did."""
        if len(people) != 1:
            self.warn(f"{name.value!r}: {len(people)} of the file {held}: not linked", name.line)
        return people[0] if len(people) == 1 else None

    def named_before(self, name: str) -> Entity | None:
        """The person resolved before under another form of ``name`` (:func:`.earlier_form`)."""
        return earlier_form(self.people, name)

    def place(self, name: Located[str]) -> Entity | None:
        """The place a wording can only mean as a place ("the Embassy in X"): X as a place.

        The name runs to the end of its phrase, which may go on with a person's name ("the
        Ambassador in Pyongyang Shtykov"): a place of the authority file that begins it is
        the place, rather than a stub of the whole.
        """
        leading = leading_place(self.authority, name.value.split())
        if leading is not None and not self.authority.lookup(name.value):
            return leading[1]
        return self.resolve(name, "place")

    def _stub(self, name: Located[str], kind: str) -> Entity | None:
        """A local entity named by the wording: a person by the name alone, without offices
        and honorifics ("Premier Zhou Enlai" and "Comrade Zhou Enlai" are one stub)."""
        label = (
            personal_name(name.value)
            if kind == "person"
            else body_label(self.authority, name.value, self.year)
        )
        if kind == "person" and in_capitals(label):
            label = name_case(label)  # "KOHLER" ending a cable is Kohler
        if (
            kind == "person"
            and (named := named_in_full(self.named_in_record, name.value, label)) is not None
        ):
            return named  # "Ambassador Sullivan" in a record whose summary names William Sullivan
        if kind == "person" and shared_family_name(label) and HEAD_OF.search(name.value):
            held = self.authority.family_named(label)  # "Premier Zhou", "Chairman Ho"
            if len(held) == 1:
                return held[0]
        if kind == "person" and (why := lone_name(label)) is not None:
            self.warn(f"{name.value!r} {why}: not linked", name.line)
            return None
        if (
            kind == "person"
            and (
                heads := lone_surname_bearers(
                    self.authority, name.value, label, self.year, self.texts
                )
            )
            is not None
        ):  # "Bush" of 1989: the President; never a stub of the surname
            return self._one_of(heads if self.heads else [], name, "held a head's office then")
        if kind == "person":
            label = person_label(self.authority, name.value, label, self.texts)
        key = slug(label)
        if not key:
            return None
        iri = self.iris.entity(kind, key)
        reported = any(stub.iri == iri for stub in self.stubs)  # once per agent, by its name
        self.stubs[Stub(iri, kind, label)] = None
        if not reported:
            self.warn(
                f"{kind} {label!r} is not in the authority file: linked to a local stub "
                f"<{iri}>; add it to authorities.ttl to curate it",
                name.line,
            )
        return Entity(iri, kind, label)

    def reply_stub(self, document: str, number: str) -> str:
        """The stub of the record ``document`` replies to, known only by its ``number``."""
        iri = self.iris.reply_stub(document, number)
        self.stubs[Stub(iri, RECORD, number)] = None
        return iri

    def warn(self, message: str, line: int) -> None:
        self.warnings.append(ParseWarning(message, line))
