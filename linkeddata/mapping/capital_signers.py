"""Whether a full name in capitals closing a telegram ("CÂMARA CANTO", "VASCO LEITÃO DA
CUNHA") is a person's: the line has a name's shape, and so do a slogan, a code word, a news
agency or a place ("WITH COMMUNIST GREETINGS", "OPERATION ANADYR", "PRENSA LATINA"), so it
signs only when the authority file knows a person by it or the record names a person whose
name it ends (:attr:`.record.Record.signed_if_known`); so does a surname in capitals over a
cable's station line ("TASS" / "SOVIET EMBASSY PRAGUE"), or as the linker finds the file's
person by it (an embassy's ambassador). A surname alone signs as a person it can only be, never
as a stub (:func:`signer`); the file's one bearer of it is such a person only where his note
makes him, then, a diplomat of the state the telegram is sent for: that the file holds one
Johnson, one Schmidt or one Nagy says nothing of who signed (:mod:`.envoy_signers`)."""

from __future__ import annotations

from dataclasses import replace

from ..parser.names import personal_name
from ..parser.office_words import given_name_word
from ..parser.signer_lines import in_capitals, is_rank, name_case
from ..parser.text import NAME_PARTICLES
from ..record import Located, Record
from .authority import Authority
from .closing_segment import names_person
from .entities import Entity
from .envoy_signers import sent_for, serves_another_state
from .label_words import words, words_and_gaps
from .linker import Linker
from .mission_heads import mission_head


def known_signer(authority: Authority, record: Record, name: str) -> bool:
    """Whether ``name`` is a person of the authority file, or the end of a person's name in
    the record's title or summary, compared without accents ("Câmara Canto" for "Ambassador
    Antônio Cândido da Câmara Canto")."""
    if any(e.kind == "person" for e in authority.lookup(name)):
        return True
    own = [word.casefold() for word in words(name)]
    title = record.title
    named = (*title.senders, *title.authors) if title is not None else ()
    if any([w.casefold() for w in words(n.value)][-len(own) :] == own for n in named):
        return True
    texts = [text.value for text in (title.text if title else None, record.summary) if text]
    return any(_ends_a_name(own, text) for text in texts)


def filed_signer(linker: Linker, name: Located[str], embassy: str | None) -> bool:
    """Whether a signatory is the authority file's person as the linker reads the signature,
    with no stub: "SHCHERBAKOV" over an embassy's station line is the file's "Ambassador
    Shcherbakov", "TASS" or "TESTBURG" over it a stub, no one's name."""
    trial = replace(linker, warnings=[], stubs={}, people=list(linker.people))
    found = trial.signatory(name, embassy)
    return (
        found is not None
        and found.kind == "person"
        and not any(stub.iri == found.iri for stub in trial.stubs)
    )


def signer(
    linker: Linker,
    name: Located[str],
    embassy: str | None,
    senders: tuple[Located[str], ...] = (),
) -> Entity | None:
    """The person a signatory is (:meth:`.linker.Linker.signatory`), where a surname alone
    ("Testai", "TESTOV") is only a person it can be: the file's, one the record named before
    or names in full, or else the file's one bearer of the surname whose note makes him a
    diplomat of the state of the title's ``senders`` within five years of the record's
    (:func:`.envoy_signers.sent_for`), unless they name a person of another surname
    ("Telegram from Ivan Testov" signed "TESTIN": a stranger to the record);
    never a stub of the surname, which would stand for every namesake in every record (the
    signature as written says who signed); under an ``embassy``'s cable, whom the file's
    notes make its head that year (:func:`.mission_head`), if they tell."""
    if " " in name.value.strip():
        return linker.signatory(name, embassy)
    authority = linker.authority
    heads = mission_head(authority, name.value, embassy, linker.year) if embassy else None
    filed = [e for e in authority.lookup(name.value) if e.kind == "person"] or heads or []
    sent = tuple(s.value for s in senders) + ((embassy,) if embassy else ())
    if any(
        serves_another_state(authority.graph, p.iri, s, linker.year) for p in filed for s in sent
    ):
        linker.warn(  # "Meehan", the US ambassador, under the Romanian Legation's telegram
            f"{name.value!r} signs for a state the file's bearer of it did not serve: not linked",
            name.line,
        )
        return None
    if authority.lookup(name.value):
        return linker.signatory(name, embassy)
    trial = replace(linker, warnings=[], stubs={}, people=list(linker.people))
    found = trial.signatory(name, embassy)
    if found is not None and (found.kind != "person" or " " in found.label):
        return linker.signatory(name, embassy)  # the file's, or the record's full name
    if heads is not None:
        return linker.signatory(name, embassy)  # the embassy's head that year, or no one
    surname = name_case(name.value) if in_capitals(name.value) else name.value
    bearers = {*authority.people_named(surname), *authority.spelled_named(surname)}
    dated = [p for p in bearers if sent_for(authority.graph, p.iri, senders, linker.year)]
    stranger = any(
        names_person(sender, authority) and _surname_of(sender.value) != surname.casefold()
        for sender in senders
    )
    if len(bearers) == 1 and dated and not stranger:
        return dated[0]
    linker.warn(
        f"{name.value!r} signs as a surname alone that names no one person of the authority "
        "file or the record: not linked (a stub would stand for every namesake)",
        name.line,
    )
    return None


def only_signed(
    authority: Authority, record: Record, declined: list[Located[str]], year: int | None
) -> set[str]:
    """The entities (IRIs) that only the ``declined`` signatories name, signatures the
    signatory rule would not link: a signature line is no prose, so what the linker refused
    as a signer is no mention either ("Meehan" under the Romanian Embassy's telegram is not
    the file's Francis Meehan), unless the summary, the title or a sentence of the body names
    it too ("Meehan told me ..."). Only a person is so unmentioned: a place or a body on a
    cable's last line ("HANOI", "UKMIS New York") is still named there."""
    if not declined:
        return set()
    signed = record.signature_text
    lines = set(signed.value.splitlines()) if signed is not None else set()
    lines |= {name.value for name in declined}
    body = record.body.value.splitlines() if record.body is not None else []
    title = record.title.text.value if record.title is not None else ""
    summary = record.summary.value if record.summary is not None else ""
    prose = "\n".join([title, summary, *(line for line in body if line.strip() not in lines)])
    elsewhere = {e.iri for e in authority.scan(prose, year=year, running=True)[0]}
    return {
        e.iri
        for name in declined
        for e in authority.scan(name.value, year=year, running=True)[0]
        if e.kind == "person" and e.iri not in elsewhere
    }


def _surname_of(name: str) -> str:
    """The last word of a name, folded: "Ivan Testov" is testov."""
    words = personal_name(name).split()
    return words[-1].casefold() if words else ""


def _ends_a_name(own: list[str], text: str) -> bool:
    """Whether the words ``own`` end a person's name in ``text``: after an office ("Ambassador
    Câmara Canto"), a particle after a name ("Cândido da Câmara Canto") or a given name within
    a sentence, and before no other capitalised word."""
    found, gaps = words_and_gaps(text)
    for start in range(1, len(found) - len(own) + 1):
        end = start + len(own)
        if [w.casefold() for w in found[start:end]] != own:
            continue
        if end < len(found) and found[end][:1].isupper() and gaps[end].isspace():
            continue  # "Canto Street": the name goes on, or is a thing's
        before = found[start - 1]
        sentence_start = start == 1 or any(c in gaps[start - 1] for c in ".\n")
        if (
            is_rank(before)
            or (before in NAME_PARTICLES and found[start - 2][:1].isupper())
            or (given_name_word(before) and not sentence_start)
        ):
            return True
    return False
