"""Where an agent is, and whose it is: a mission's place ("the Embassy in Beijing"), a
person's ("Le Duc Tho in Paris"), the country a title gives its bodies ("the Italian
Ambassador", "the Department of State"), and what a body's name holds ("the Committee for
State Security").

>>> mission_place("Embassy of the DPRK in Moscow"), mission_place("Bulgarian Legation to Tirana")
('Moscow', 'Tirana')
>>> stationed("Kim Il Sung in Pyongyang")
('Kim Il Sung', 'Pyongyang')
"""

from __future__ import annotations

import re

from .demonyms import ABBREVIATED, adjective
from .gatherings import GATHERINGS, words
from .gazetteer import is_country, leading_country
from .name_words import DELEGATION_KIND, SERVICE_STATION
from .names import INITIALS_WORD, name_kind
from .nationalities import COMPASS_NATIONALITY
from .office_words import office_only

# Bodies and heads of a diplomatic mission, and an intelligence service's posts abroad ("the KGB
# Residency", "the CIA Station"): "in X" after them can only name a place.
MISSION = (
    r"(?i:embass(?:y|ies)|legations?|consulates?(?:[- ]general)?|missions?|delegations?"
    rf"|trade representation|residenc(?:y|ies)|rezidentura|{SERVICE_STATION}|operative\s+groups?"
    r"|ambassador|charg[ée] d['’]affaires(?:\s+a\.i\.|\s+ad\s+interim)?"
    r"|consul(?:[- ]general)?|envoy|resident"
    r"|(?:military|naval|air|press|commercial)\s+attach[ée])"
)
# Those accredited to a state: "to X" after them names the state or its capital.
_ACCREDITED = (
    r"(?i:embass(?:y|ies)|legations?|consulates?(?:[- ]general)?|ambassador|envoy"
    r"|charg[ée] d['’]affaires)"
)
_PLACE = (
    r"(?:\[?(?i:the)\]?\s+)?(?P<place>[^\W\d_][^\s,;()\[\]]*(?:\s+[^\W\d_][^\s,;()\[\]]*){0,6})"
)
_MISSION_IN = re.compile(rf"\b{MISSION}\b(?:\s.*?)?\s(?i:in|at)\s+{_PLACE}\s*$")
_MISSION_TO = re.compile(rf"\b{_ACCREDITED}\s+(?i:to)\s+{_PLACE}\s*$")
_MISSION_SOMEWHERE = re.compile(rf"\b{MISSION}\b.*\s(?i:in|at|to)\s+\S")
_MISSION_CITY = re.compile(
    r"\b(?i:(?:am)?embassy|consulate(?:[- ]general)?|amconsul|legation)"
    r"\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*$"
)
"""A mission named by its city, as American cables do: "Embassy Saigon", "US Embassy Moscow",
"Amembassy Tokyo"."""
_MISSION_TAIL = re.compile(rf"(?P<mission>\b{MISSION})\s+(?i:in|at|to)\s.*$")
"""Where a mission is posted, which says nothing of whose mission it is."""
_STATIONED = re.compile(rf"^(?P<who>\S.*?)\s(?i:in|at)\s+{_PLACE}\s*$")
"""A person where they are: "Kim Il Sung in Pyongyang", "Ambassador Dobrynin in Washington"."""
ACCREDITED_TO = re.compile(rf"\b{_ACCREDITED}$")  # a name that "to X" may continue
_NATIONAL_AGENT = re.compile(
    rf"\b(?P<adjective>{COMPASS_NATIONALITY})\s+"
    rf"(?=(?:[A-Z][\w'’-]*\s+){{0,2}}?(?:{MISSION}|(?i:ministry|foreign|government|party"
    r"|leaders?|leadership|premier|president|minister|officials?|delegates?|side|communist"
    r"|central|politburo|chairman|secretary|prime|national|commission|committee|agency|council"
    r"|army|armed|forces|navy|intelligence|state|security|academy|institute)\b))"
)
"""A nationality before an office or a body: "the Italian Ambassador", "Chinese Embassy"."""
_MISSION_OF = re.compile(
    rf"\b(?:{MISSION}|(?i:ministry|affairs|government|council|committee|presidium|assembly))"
    r"\s+(?i:of)\s+(?:(?i:the)\s+)?"
    r"(?P<country>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,4}?)"
    r"(?=\s+(?i:in|to|at)\s|[,;()]|$)"
)
"""A mission or a state's body of a country, however the country is written: "the Embassy of
Romania in Beijing", "Legation of the DPRK", "the Embassy of the Socialist Republic of
Romania", "the Ministry of Foreign Affairs of the Hungarian People's Republic"."""
_HEAD_OF_NAME = re.compile(r",|\s(?i:of)\s(?!(?:the\s+)?[A-Z]{2,}\b)")
_RESIDENT_MISSION = re.compile(r"\b(?i:embass(?:y|ies)|legations?|consulates?(?:[- ]general)?)\b")
_NATIONAL_BODIES = (
    (re.compile(r"\b(?:Department\s+of\s+State|State\s+Department|White\s+House)\b"), "American"),
    (re.compile(r"\b(?:to|from)\s+State(?=\s+(?:to|from)\s|\s*$|,)"), "American"),  # "to State"
    (re.compile(r"\bForeign\s+Office\b"), "British"),
    (re.compile(r"\bQuai\s+d['’]Orsay\b"), "French"),
    (re.compile(r"\bAuswärtiges\s+Amt\b"), "German"),
    (re.compile(r"\bKremlin\b"), "Soviet"),
)
"""Bodies whose name says their country."""
# Gatherings and affairs a mission may be "in" or "to" that are no places.
_NOT_PLACES = re.compile(rf"\b(?:{words(GATHERINGS)}|(?i:commission|charge))\b")


_BODY_BEFORE_ON = re.compile(
    r"\b(?i:committee|subcommittee|commission|council|conference|panel|board|group|bureau)$"
)
_BODY_BEFORE_FOR = re.compile(
    r"\b(?i:committee|ministry|department|office|commission|council|agency|bureau|institute"
    r"|directorate|administration|board|cent(?:er|re)|section|division|secretariat|service"
    r"|authority|society|association|union|league|fund|foundation|program(?:me)?|organi[sz]ation"
    r"|academy|school|movement|front|council|chamber|court|tribunal)\s*$"
)


def for_in_name(before: str) -> bool:
    """Whether a "for" after ``before`` continues the name of a body ("the Committee for
    State Security", "the Department for International Relations") rather than naming
    whom a document is for."""
    return _BODY_BEFORE_FOR.search(before[-40:]) is not None


def on_in_name(text: str, start: int, end: int) -> bool:
    """Whether an "on" at ``end`` continues the name of a body ("the Committee on Foreign
    Relations", "the Conference on Disarmament"). Fewer bodies than with "for": "Report of
    the Ministry on the Situation" is a ministry's report on a subject."""
    return _BODY_BEFORE_ON.search(text, start, end) is not None


_NOT_NATIONALITIES = re.compile(
    r"(?i:democratic|republican|public|atlantic|pacific|arctic|economic|strategic|diplomatic"
    r"|historic|catholic|islamic|academic|scientific|technical|political|special|official"
    r"|human|urban|atomic|nuclear|marine|routine|doctrine|electric|energetic)"
)
_LETTERS = re.compile(r"[^\W\d_]+")
ABBREVIATED_COUNTRY = re.compile(
    r"^(?:(?i:the)\s+)?(?P<country>U\.S\.(?:A\.)?|U\.K\.|U\.S\.S\.R\.|"
    + "|".join(ABBREVIATED)
    + rf")\s+(?=(?:[A-Z][\w'’-]*\s+){{0,2}}?{MISSION}"
    + rf"|{DELEGATION_KIND}\s+and\s+{DELEGATION_KIND}\s)"  # "DRV Party and Government Delegation"
)
NAME_LENGTH = 200  # no body's name is longer; a hostile one is not searched
_ABBREVIATED_IN_TEXT = re.compile(ABBREVIATED_COUNTRY.pattern.replace("^", r"\b", 1))
"""A country's abbreviation before a mission anywhere in a title: "from the GDR Embassy"."""
_GENERIC_BODY_WORD = re.compile(
    r"(?i:the|of|for|and|on|ministry|ministries|foreign|affairs|embassy|legation|consulate"
    r"|general|mission|delegation|central|committee|politburo|political|bureau|presidium"
    r"|secretariat|council|ministers|government|party|cabinet|international|department"
    r"|defen[cs]e|interior|internal|trade|finance|staff|headquarters|leadership|authorities"
    r"|executive|permanent|division|section|first|second|third|main|directorate|intelligence"
    r"|commission|board|assembly|parliament|mfa|mid|relations|external|exterior|economic"
    r"|national|security|public|justice|education|culture|health|agriculture|industry"
    r"|labou?r|transport|communications|information|propaganda|armed|forces|war|office"
    r"|standing|governors|working|group"
    r"|secretar[ií]a|ministerio|minist[ée]rio|de|das|relaciones|rela[çc][õo]es|exteriores)"
)
"""The words of a body's name that every country's body has, also in Spanish and Portuguese
("Secretaría de Relaciones Exteriores", "Ministério das Relações Exteriores")."""


def mission_place(name: str) -> str | None:
    """The place a mission's name locates it in: "Embassy in X", "Legation to X"."""
    found = _MISSION_IN.search(name) or _MISSION_TO.search(name) or _MISSION_CITY.search(name)
    if found is None:
        return None
    place = _holder_cut(found["place"])
    if name_kind(place) == "person" or _NOT_PLACES.search(place):
        return None
    return place if place[0].isupper() else None


def nationalities(text: str) -> set[str]:
    """The nationalities a title gives its agents: an adjective before an office or a body
    ("the Italian Ambassador", "the Chinese Embassy", "East German Leaders"), or a body whose
    name says its country ("the Department of State" is American)."""
    found = {
        adjective
        for match in _NATIONAL_AGENT.finditer(text)
        if not _NOT_NATIONALITIES.fullmatch((adjective := match["adjective"]).split()[-1])
        and name_kind(adjective) is None
    }
    abbreviated = {
        ABBREVIATED[match["country"].replace(".", "")]
        for match in _ABBREVIATED_IN_TEXT.finditer(text)
    }
    national = {country for body, country in _NATIONAL_BODIES if body.search(text)}
    return found | abbreviated | national | _countries_of_missions(text)


def said_beside(whose: set[str], name: str, text: str) -> set[str]:
    """The nationalities of a title's agents (``whose``, from ``text``) less those only a
    generic body's own ``name`` says: "the Foreign Office" tells the other bodies of a title
    that they are British, but alone, in translation, it may be any country's ministry."""
    return whose - (nationalities(name) - nationalities(text.replace(name, " ")))


def _countries_of_missions(text: str) -> set[str]:
    """The countries missions are "of": "the Embassy of Romania" qualifies its ministry as
    Romanian, "the Embassy of the DPRK" as North Korean, "the Embassy of Ruritania" as "of
    Ruritania"; the country may follow what a ministry is of ("Foreign Affairs of Romania")."""
    found: set[str] = set()
    for match in _MISSION_OF.finditer(text):
        parts = match["country"].split(" of ")
        tails = [" of ".join(parts[i:]) for i in range(len(parts))]
        country = next((tail for tail in tails if adjective(tail)), tails[-1])
        if (national := adjective(country)) is not None:
            found.add(national)
        elif is_country(country):
            found.add(f"of {country}")
    return found


def generic_body(name: str) -> bool:
    """Whether an organisation's name says what it is but not whose: "the Ministry of Foreign
    Affairs", "the Foreign Ministry", "the Embassy in Moscow", "the Central Committee". Every
    country has one, so a stub of the bare name would merge them all."""
    city = _mission_city(name)  # "Embassy Saigon"
    head_text = name[: city.start("place")].rstrip() if city is not None else name
    head_text = _MISSION_TAIL.sub(r"\g<mission>", head_text)
    words = _LETTERS.findall(head_text.casefold())  # "U.S." is two words, and no generic ones
    return bool(words) and all(_GENERIC_BODY_WORD.fullmatch(word) for word in words)


def seated(name: str) -> tuple[str, str] | None:
    """A body that every country has, and the city it sits in: "the Foreign Ministry in East
    Berlin" is the ministry (whose the title's other agents say) and East Berlin, where a
    message to it went. A mission's place is its own name ("the Embassy in Beijing")."""
    found = _STATIONED.match(name)
    if found is None or _MISSION_TAIL.search(name) or not generic_body(found["who"]):
        return None
    return _who_where(found)


def unplaced_mission(name: str) -> bool:
    """Whether a name is a country's embassy, legation or consulate without its place ("the
    Hungarian Embassy", "the Embassy of the DPRK"): a country has one in every capital, so a
    stub of the name would merge them all."""
    head = _HEAD_OF_NAME.split(name, maxsplit=1)[0]  # "Archives of X, Belgrade Embassy": archives
    return (
        _RESIDENT_MISSION.search(head) is not None
        and mission_place(name) is None
        and _MISSION_SOMEWHERE.search(name) is None  # placed, in words the reading missed
    )


def stationed(name: str) -> tuple[str, str] | None:
    """A person and where their name says they are: "Le Duc Tho in Paris" wrote in Paris,
    "Stalin in Moscow" was sent to Moscow. An organisation's "in X" is part of its name ("the
    Embassy in Beijing": see ``mission_place``), a post's place is followed by its holder
    ("Ambassador in Beijing Hegen"), and a gathering is no place ("X at the Conference")."""
    found = _STATIONED.match(name)
    if found is None or name_kind(found["who"]) == "org" or office_only(found["who"]):
        return None
    return _who_where(found)


def _who_where(found: re.Match[str]) -> tuple[str, str] | None:
    """Who and where, when what follows "in" or "at" can be a place (no agent's name, no
    gathering, capitalised)."""
    place = found["place"]
    if name_kind(place) is not None or _NOT_PLACES.search(place) or not place[0].isupper():
        return None
    return found["who"], place


_PLACE_TAIL = re.compile(r"\s(?i:city|zone|islands?|province|region|district|territory)$")
"""A place's own last word after a country's name: "Panama Canal Zone", "Kuwait City"."""


def _holder_cut(place: str) -> str:
    """The place less the name of the mission's head that may follow it: "the DPRK
    Shtykov", "North Korea V.I. Ivanov" (an acronym or initials end the place), "Kuwait
    Nikolai Sikachev", "Cuba Alekseev", "United Nations Testov" (a country's whole name or
    the United Nations', then capitalised words that do not make another country's, does)."""
    words = place.split()
    country = 2 if words[:2] == ["United", "Nations"] else leading_country(words)
    holder = words[country:]
    named = all(w[:1].isupper() and w.isalpha() for w in holder) and (
        len(holder) >= 2 or (len(holder) == 1 and not is_country(place.replace(" ", "-")))
    )  # "Cuba Alekseev", never "Guinea Bissau"
    if country and named and name_kind(" ".join(holder)) != "org" and not _PLACE_TAIL.search(place):
        return " ".join(words[:country])  # "Guatemala John Peurifoy": Guatemala
    for i, word in enumerate(words[1:], 1):
        initials = INITIALS_WORD.match(word) is not None
        after_acronym = words[i - 1].isupper() and len(words[i - 1]) > 1 and not word.isupper()
        if initials or after_acronym:
            return " ".join(words[:i])
    return place


def _mission_city(name: str) -> re.Match[str] | None:
    """A mission then a city's name ("Embassy Saigon"), never an office or a body after it
    ("the Embassy Staff", "Consulate General")."""
    found = _MISSION_CITY.search(name)
    if found is None or name_kind(found["place"]) is not None or office_only(found["place"]):
        return None
    return found


def cabled_post(name: str) -> bool:
    """Whether a mission is named by its city alone, as the State Department's cables name
    American missions: "Embassy Saigon", "Consulate Hong Kong"."""
    city = _mission_city(name)
    return city is not None and city.start() == len(name) - len(name.removeprefix("the "))
