"""One name for a mission, a foreign ministry or a state's organ however a title writes its
country: by its abbreviation, "of" the country or by its adjective ("U.S. Embassy in Moscow",
"the Embassy of the United States in Moscow" and "American Embassy in Moscow" are one stub)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .bodies import ABBREVIATED_COUNTRY, NAME_LENGTH
from .demonyms import ABBREVIATED, ADJECTIVES, DIVIDED, adjective, shared_adjective
from .gazetteer import state_adjective
from .names import name_kind
from .text import strip_article

_OF_COUNTRY = re.compile(
    r"^(?:(?i:the)\s+)?(?P<mission>(?i:embassy|legation|consulate(?:[- ]general)?|mission"
    r"|delegation|(?:trade|permanent)\s+representation))\s+(?i:of)\s+(?P<country>.+?)"
    r"(?:\s+(?P<at>(?i:in|to|at))\s+(?P<post>.+))?$"
)
"""A mission "of" its country, and where it is: "the Embassy of Hungary in Pyongyang"."""
_POSTED_MISSION = re.compile(r"(?i:embassy|legation|consulate(?:[- ]general)?)")
"""Missions posted in a state, whose "to X" is "in X" (a delegation "to" a body stays so)."""
_MFA = (
    r"(?:(?i:ministry\s+of\s+foreign\s+affairs)|(?i:foreign\s+ministry)|MFA"
    r"|(?i:foreign\s+office)|(?i:(?:secretar[ií]a|ministerio)\s+de\s+relaciones\s+exteriores)"
    r"|(?i:minist[ée]rio\s+das\s+rela[çc][õo]es\s+exteriores))"
)
"""A foreign ministry's names: a "Foreign Office" is one (every state's, in translation), and
so are the Spanish and Portuguese names the catalogue keeps ("Secretaría de Relaciones
Exteriores", "Ministério das Relações Exteriores")."""
_OWN_FOREIGN_OFFICE = frozenset({"British", "West German"})
"""The states whose foreign ministry's own English name is "the (Federal) Foreign Office":
the British one, the Federal Republic's Auswärtiges Amt."""
_STATE_NOUN = re.compile(
    r"^(?:(?i:the)\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?P<body>(?:Ministry|Foreign\s+Office|Embassy|Legation|Consulate|Government)\b.*)$"
)
"""A state's organ, one in each state, after its country's name used as an adjective:
"Pakistan Ministry of Foreign Affairs", "Israel Embassy" (a body named after a city or a
country that is no organ of it, "New York Times", "China Council for ...", is not one)."""
_MFA_OF = re.compile(rf"^(?:(?i:the)\s+)?{_MFA}\s+(?i:of)\s+(?P<country>.+)$")
_NATIONAL_MFA = re.compile(rf"^(?:(?i:the)\s+)?(?P<national>[A-Z][\w -]*?)\s+{_MFA}$")
_CABLED = {"amembassy": "Embassy", "amconsul": "Consulate", "amconsulate": "Consulate"}
_CABLE_MISSION = re.compile(r"^(?i:amembassy|amconsul(?:ate)?)\b")
"""The State Department's cable words for its own missions: "Amembassy Tokyo" is the
American Embassy in Tokyo."""
_CABLE_POST = re.compile(
    r"^(?P<code>USINT|USLO)\s+(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)$"
    r"|^(?P<un>USUN)(?:\s+New\s+York)?$|^(?P<nato>USNATO)$"
)
"""The same words for its posts that are no embassy, as a title writes them: "USINT Baghdad"
(the interests section), "USLO Peking" (the liaison office), "USUN New York", "USNATO"."""
_POSTS = {"USINT": "Interests Section", "USLO": "Liaison Office"}


def cable_post(name: str) -> str:
    """A title's State Department post as its agent, named as a cable's routing names it
    (:func:`.cable_routing.routed`): "USINT Baghdad" is the United States Interests Section
    in Baghdad, "USUN New York" the United States Mission to the United Nations; any other
    name as it is.

    >>> cable_post("USLO Peking"), cable_post("USNATO"), cable_post("Uslo Peking")
    ('United States Liaison Office in Peking', 'United States Mission to NATO', 'Uslo Peking')
    """
    found = _CABLE_POST.match(name)
    if found is None:
        return name
    if found["code"]:
        return f"United States {_POSTS[found['code']]} in {found['city']}"
    return f"United States Mission to {'the United Nations' if found['un'] else 'NATO'}"


def _foreign_ministry(name: str) -> str:
    """A state's foreign ministry named one way, however the title writes it: "the Ministry
    of Foreign Affairs of Japan", "the Japanese Ministry of Foreign Affairs", "the Foreign
    Ministry of Japan", "the Japanese Foreign Office" are the Japanese Foreign Ministry (one
    stub, as missions are one); the British and the West German Foreign Office keep their own
    name."""
    found = _MFA_OF.match(name)
    national = adjective(found["country"]) if found else None
    if national is None and (found := _NATIONAL_MFA.match(name)) is not None:
        national = found["national"] if found["national"] in ADJECTIVES else None
    if national is None or (national in _OWN_FOREIGN_OFFICE and "Office" in name):
        return name
    return f"{national} Foreign Ministry"


_ORGANS = (
    r"(?P<organ>(?i:presidium\s+of\s+the\s+supreme\s+(?:soviet|people['’]s\s+assembly)"
    r"|supreme\s+soviet|supreme\s+people['’]s\s+assembly|government|council\s+of\s+ministers"
    r"|cabinet\s+of\s+ministers|state\s+council|national\s+assembly|parliament"
    r"|people['’]s\s+chamber|national\s+people['’]s\s+congress))"
)
_ORGAN_OF = re.compile(rf"^(?:(?i:the)\s+)?{_ORGANS}\s+(?i:of)\s+(?P<country>.+)$")
_ABBREVIATED_ORGAN = re.compile(rf"^(?:(?i:the)\s+)?(?P<country>[A-Z][A-Z.]+)\s+{_ORGANS}$")
"""A state's own organs, one in each state: its government, council of ministers, parliament."""


def _state_organ(name: str, adjective_of: Callable[[str], str | None]) -> str:
    """A state's organ named by its country's adjective however the title writes the country:
    "the Government of the Democratic People's Republic of Korea", "the Government of the
    DPRK", "the DPRK Government" are the North Korean Government (one stub, as missions are
    one), and so under any name of the state that ``adjective_of`` knows ("the Government of
    the ČSSR")."""
    found = _ORGAN_OF.match(name) or _ABBREVIATED_ORGAN.match(name)
    if found is None or (national := adjective_of(found["country"])) is None:
        return name
    if shared_adjective(national) and strip_article(found["country"]).casefold() not in DIVIDED:
        return name  # "the Government of the PRC": the PRC's, no "Chinese Government" of both
    organ = " ".join(
        word if word.islower() else word.capitalize() for word in found["organ"].split()
    )
    return f"{national} {organ}"


def national_name(name: str, adjective_of: Callable[[str], str | None] = state_adjective) -> str:
    """A mission or a body named by its country's abbreviation or "of" its country, named by
    its adjective, as the same mission is written every way: "U.S. Embassy in Moscow" is the
    "American Embassy in Moscow", "DPRK Embassy" the "North Korean Embassy", "the Embassy of
    Hungary to the DPRK" the "Hungarian Embassy in the DPRK", under any name of the state
    that ``adjective_of`` knows ("the Embassy of the Arab Republic of Egypt"); a country's name
    before its organ is its adjective ("Pakistan Foreign Office" is the "Pakistani Foreign
    Ministry")."""
    name = _CABLE_MISSION.sub(lambda found: f"American {_CABLED[found.group().casefold()]}", name)
    name = cable_post(name)
    if name_kind(name) != "org" or len(name) > NAME_LENGTH:
        return name
    if (found := ABBREVIATED_COUNTRY.match(name)) is not None:
        name = f"{ABBREVIATED[found['country'].replace('.', '')]} {name[found.end() :]}"
        return _foreign_ministry(name)
    noun = _STATE_NOUN.match(name)
    if noun and noun["country"] not in ADJECTIVES and (national := adjective_of(noun["country"])):
        name = f"{national} {noun['body']}"  # "Pakistan Ministry ...": the Pakistani one
    found = _OF_COUNTRY.match(name)
    if found is None or (national := adjective_of(found["country"])) is None:
        return _state_organ(_foreign_ministry(name), adjective_of)
    mission = found["mission"]
    if not found["post"]:
        return f"{national} {mission}"  # "the Delegation of Italy"
    at = found["at"].casefold() if _POSTED_MISSION.fullmatch(mission) is None else "in"
    posted = f" {at} {found['post']}"  # an embassy "to X" is in X
    return f"{national} {mission}{posted}"
