"""One name for a party or a party organ the authority file does not know, however a title
words it, so that its stub has one key: "the Communist Party of Cuba" and "the Cuban Communist
Party" are one party; "the Central Committee of P", "the CC of P", "CC P" and "P Central
Committee" one organ, as "the Politburo of P" and "P Politburo" are (the file's own parties
and organs are named so: "CC CPSU", "Politburo of the CC CPSU")."""

from __future__ import annotations

import re

from ..parser.demonyms import adjective
from ..parser.text import strip_article
from .authority import Authority
from .entities import Entity

_PARTY_OF = re.compile(
    r"^(?P<kind>(?:Communist|Workers['’]?|Socialist|Labou?r|People['’]s Revolutionary)\s+Party)"
    r"\s+of\s+(?:the\s+)?(?P<country>[^\W\d_][\w'’ -]{1,40})$"
)
_ORGAN_OF = re.compile(
    r"^(?P<organ>Central\s+Committee|CC|Politburo|Political\s+Bureau|Presidium|Secretariat"
    r"|Political\s+Committee)\s+of\s+(?:the\s+)?"
    r"(?:(?:CC|Central\s+Committee)\s+(?:of\s+(?:the\s+)?)?(?=\S))?(?P<party>.+)$"
)
"""An organ of a party, also of its Central Committee ("the Politburo of the CC of the
Romanian Workers' Party", "the Secretariat of the CC PUWP" are the party's organs)."""
_CC_BEFORE = re.compile(r"^CC\s+(?P<party>[A-Z][\w'’ -]+)$")
_CC_ORGAN = re.compile(
    r"^(?P<party>[A-Z].+?)\s+(?:CC|Central\s+Committee)\s+"
    r"(?P<organ>Politburo|Political\s+Bureau|Presidium|Secretariat|Political\s+Committee)$"
)
"""A party's organ after its Central Committee: "the Romanian Workers' Party CC Politburo"."""
_ORGANS = {"cc": "Central Committee", "political bureau": "Politburo"}


def party_name(authority: Authority, name: str) -> str:
    """The one wording of a party or organ ``name`` (else ``name`` itself): "Cuban Communist
    Party", "Cuban Communist Party Central Committee"; a party the file knows is called by
    its label ("Politburo of the CPK": "Communist Party of Kampuchea Politburo")."""
    bare = strip_article(name.strip())
    organ = _ORGAN_OF.match(bare) or _CC_BEFORE.match(bare) or _CC_ORGAN.match(bare)
    if organ is not None:
        word = organ.groupdict().get("organ") or "CC"
        word = _ORGANS.get(" ".join(word.split()).casefold(), " ".join(word.split()))
        party = _party(authority, organ["party"])
        return f"{party} {word}" if party else name
    return _party(authority, bare) or name


def _party(authority: Authority, wording: str) -> str | None:
    """A party's one name: the file's label, or "<adjective> <kind of party>"; None when the
    wording names no party (an organ of a state: "Presidium of the Supreme Soviet")."""
    wording = strip_article(wording.strip())
    known = [e for e in authority.lookup(wording) if e.kind == "org"]
    if len(known) == 1:
        return known[0].label
    of = _PARTY_OF.match(wording)
    if of is not None and (national := adjective(of["country"])) is not None:
        return f"{national} {' '.join(of['kind'].split())}"
    return wording if re.search(r"\w\s+Party$", wording) else None


def known_organ(authority: Authority, name: str) -> Entity | None:
    """The file's one party organ that another wording of its name means: "the Politburo of
    the CC of the Romanian Workers' Party" is the file's "Romanian Workers' Party Politburo";
    None where the wording is the file's own or names no party's organ."""
    bare = strip_article(name.strip())
    wording = party_name(authority, name)
    if wording == name or not (_ORGAN_OF.match(bare) or _CC_ORGAN.match(bare)):
        return None
    known = [e for e in authority.lookup(wording) if e.kind == "org"]
    return known[0] if len(known) == 1 else None
