"""A memorandum's header lines, in English as the translations give them: who it is from and
to ("FROM: Henry A. Kissinger", "MEMORANDUM FOR: THE PRESIDENT"), who took part in a
conversation ("PARTICIPANTS: President Kennedy, Foreign Minister Gromyko", or one a line:
"Chou En-lai, Premier of the State Council") and where it was held ("PLACE: The White House,
Washington", "Location: Great Hall of the People, Beijing"). US memoranda of conversation
and the Chinese records of conversation put these on the first lines, and many of their
titles carry only a subject.
"""

from __future__ import annotations

import re

from ..record import Located
from .body_numbers import FRAME_LINE_LENGTH
from .closing_dates import closing_date
from .dates import PLACE_AND_DATE
from .demonyms import ADJECTIVES
from .inverted_names import uninverted
from .names import name_kind, office_only, personal_name, personal_name_shape
from .text import NAME_PARTICLES, strip_article

_ROUTED = r"\s+(?=(?:AMEMBASSY|AMCONSUL|AMCONSULATE|SECSTATE|USMISSION)\s)"
HEADER_FROM = re.compile(rf"^(?:(?i:from)\s*:|FM{_ROUTED})\s*(?P<names>[^\W\d_].*)$")
HEADER_TO = re.compile(
    rf"^(?:(?i:to|memorandum\s+for|memo\s+for)\s*:|TO{_ROUTED})\s*(?P<names>[^\W\d_].*)$"
)
"""A header's sender and addressee lines, labelled ("FROM: ...", "TO: ...") or as a State
Department cable routes itself ("FM AMEMBASSY TEHRAN", "TO SECSTATE WASHDC IMMEDIATE 4567")."""
_CABLE_ROUTE = re.compile(
    r"^(?P<who>AMEMBASSY|AMCONSUL(?:ATE)?|SECSTATE|USMISSION)\s+(?P<city>[A-Z]+(?:\s[A-Z]+)*?)"
    r"(?:\s+(?:NIACT\s+)?(?:FLASH|IMMEDIATE|PRIORITY|ROUTINE))?(?:\s+\d+)?$"
)
"""A cable's routing: the American embassy, consulate or mission in a city, or the Department
of State in Washington ("SECSTATE WASHDC"), before the cable's precedence and number."""
_HEADER_NAME = re.compile(
    r"^(?!(?i:(?:the\s+)?(?:record|files?|distribution|all|addressees?|see|secstate))\b)"
    r"[^\W\d_][^\d]{1,60}$"
)
"""A header's value that can name an agent: no number, no cable routing left unread
("SECSTATE" with no post), no file ("MEMORANDUM FOR: The Record", "To: Distribution List")."""
_PARTICIPANTS = re.compile(
    r"^(?i:participants|present|also\s+present|persons\s+present|attendees)\s*:\s*(?P<names>.*)$"
)
_PLACE = re.compile(r"^(?i:place|location|venue)\s*:\s*(?P<place>[^\W\d_].{0,99})$")
_NEXT_LABEL = re.compile(
    r"^(?i:date|time|date\s+and\s+time|time\s+and\s+place|place|location|venue|subject|topic"
    r"|copies(?:\s+to)?|cc|distribution|from|to|memorandum\s+for|classification"
    r"|(?:drafted|approved|cleared|prepared)\s+by)\s*:"
)
"""The header line after a list of participants one a line, which ends it."""
_LIST_LINES = 40
_PARTICLES = NAME_PARTICLES | {"of", "the", "and", "to", "for", "in", "on", "at"}
_COMRADES = re.compile(r"^(?i:comrades?|messrs\.?)\s+")
_ROLE = re.compile(r"\s*\([^()]*\)")
"""A role or description in brackets after a listed name: "(interpreter)", "(son of X)"."""
_SENTENCE_END = re.compile(r"\b[a-z][a-z'’-]*\.$")
"""A full stop after a lower-case word: "The President welcomed them." ends a sentence, where
a name ends on a capital or an initial ("Suslov M.A.")."""


def header_names(head: list[tuple[int, str]], label: re.Pattern[str]) -> tuple[Located[str], ...]:
    """The names on a memorandum's header line of one kind: "FROM: Henry A. Kissinger",
    "TO: The Secretary; Mr. Habib" (several joined by a semicolon)."""
    for line, text in head:
        if len(text) <= FRAME_LINE_LENGTH and (found := label.match(text)) is not None:
            names = (_routed(n.strip(" .")) for n in found["names"].split(";"))
            return tuple(Located(name, line) for name in names if _HEADER_NAME.match(name))
    return ()


def _routed(name: str) -> str:
    """A cable's routing as the agent it names: "AMEMBASSY TEHRAN" is the American Embassy in
    Tehran, "SECSTATE WASHDC IMMEDIATE 4567" the Department of State, "USMISSION USUN NEW YORK"
    the United States Mission to the United Nations; any other name as it is."""
    found = _CABLE_ROUTE.match(name)
    if found is None:
        return name
    if found["who"] == "SECSTATE":
        return "Department of State"
    if found["who"] == "USMISSION":  # "USMISSION USUN NEW YORK", "USMISSION NATO"
        post = found["city"].split()[0]
        body = {"USUN": "the United Nations", "NATO": "NATO"}.get(post)
        return (
            f"United States Mission to {body}"
            if body
            else f"United States Mission in {found['city'].title()}"
        )
    mission = "Embassy" if found["who"] == "AMEMBASSY" else "Consulate"
    return f"American {mission} in {found['city'].title()}"


def participants(frame: list[tuple[int, str]], head_lines: int) -> tuple[Located[str], ...]:
    """The people a "PARTICIPANTS:" line within the first ``head_lines`` lines lists: on
    that line (items between commas, or between semicolons each less the office after its
    comma), or one a line below it, less the office after the comma ("Chou En-lai, Premier
    of the State Council"). A side's heading ("U.S. Side", "Chinese:"), a body and an office
    alone ("The President") name no one here."""
    for index, (line, text) in enumerate(frame[:head_lines]):
        found = _PARTICIPANTS.match(text)
        if found is None:
            continue
        listed = _COMRADES.sub("", found["names"].strip())
        if ";" in listed:  # "Chou En-lai, Premier; Henry A. Kissinger, Assistant ..."
            items = [(line, item.split(",")[0]) for item in listed.split(";")]
        else:  # "President Kennedy, Foreign Minister Gromyko, Ambassador Dobrynin"
            items = [(line, item) for item in listed.split(",")]
        if not listed:  # one a line, each name before its office
            items = _one_a_line(frame[index:])
        return tuple(
            Located(name, at) for at, item in items if _a_participant(name := _listed(item))
        )
    return ()


def _one_a_line(frame: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names listed one a line below the label that opens ``frame``, each before its
    office. The list ends at the next header line and at a sentence ("Comrade Enver Hoxha
    spoke about the situation."); an office alone on its line ("Chargé d'affaires a.i. of
    the GDR", "first deputy minister of foreign affairs") is passed over. Once it has run on
    adjacent lines, a blank line ends it unless a name or a side's heading comes next ("From
    the Vietnamese side:", the other side's names after a blank line): a heading ("Opening
    Remarks") is no name. A list of one paragraph a name runs on over its blank lines."""
    items: list[tuple[int, str]] = []
    previous, adjacent = frame[0][0], False
    for below, text in frame[1 : 1 + _LIST_LINES]:
        if _NEXT_LABEL.match(text) or len(text) > FRAME_LINE_LENGTH:
            break
        name = _ROLE.sub("", _COMRADES.sub("", text)).split(",")[0].strip()
        if below > previous + 1 and adjacent and not _more_names(name):
            break
        adjacent, previous = adjacent or below == previous + 1, below
        if _SENTENCE_END.search(name) is None and office_only(name):
            continue  # an office on its own line, in lower case or not
        if _a_sentence(name):
            break
        items.append((below, name))
    return items


_SIDE = re.compile(r"^(?i:(?:from\s+the\s+)?[\w.'’ ]{1,30}?\s+side)\s*:?$")
"""A side's heading in a list of participants: "From the Soviet side:", "U.S. Side"."""


def _more_names(line: str) -> bool:
    """Whether a line after a blank line goes on with a list of participants: a side's
    heading or a person's name ("Prime Minister Chou En-lai"), not a sentence or heading."""
    if _SIDE.match(line):
        return True
    return not _a_sentence(line) and (
        name_kind(line) == "person" or personal_name_shape(personal_name(line))
    )


def _a_sentence(text: str) -> bool:
    """Whether a line of a list is a sentence, not a name: it ends in a full stop after a
    lower-case word, or holds two lower-case words that no name holds ("The President
    welcomed them")."""
    words = [w for w in text.split() if w.islower() and w.strip(".") not in _PARTICLES]
    return _SENTENCE_END.search(text) is not None or len(words) >= 2


def _listed(item: str) -> str:
    """One item of a list as a name: its role in brackets and the stops and colons around it
    dropped, but for the last initial's of a name written surname first ("Suslov M.A.")."""
    bare = _ROLE.sub("", item).strip(" :")
    return bare if uninverted(bare) is not None else bare.strip(" .")


def _a_participant(name: str) -> bool:
    """Whether one item of a participants' list names a person (a body there is whom the
    person before it served: "Winston Lord, NSC Staff")."""
    if not name[:1].isupper() or len(name) > 60 or any(c.isdigit() for c in name):
        return False
    if name.rstrip("s") in ADJECTIVES or name.split()[-1].casefold() == "side":
        return False
    bare = strip_article(name)
    return not office_only(bare) and name_kind(name) != "org"


def header_place(head: list[tuple[int, str]]) -> Located[str] | None:
    """Where the header says the conversation was held, as written ("The White House,
    Washington"): the mapping links its place (the city after the building)."""
    for line, text in head:
        if (found := _PLACE.match(text)) is not None:
            return Located(found["place"].strip(" ."), line)
    return None


_CABLE_TIME = re.compile(r",?\s+\d{3,4}\s?Z\.?$")
"""A cable's time group after its date: "Seoul, January 24, 1968, 0915Z."."""
_HEAD_PLACE_LENGTH = 60


def head_written_at(head: list[tuple[int, str]]) -> Located[str] | None:
    """The place a "Place, date" line names among the header lines, before the first sentence
    of text, as a closing one does: "Embassy of the Hungarian People's Republic / Pyongyang, 12
    March 1958 / No. 88/1958", a FRUS cable's "Seoul, January 24, 1968, 0915Z.", or over two
    lines, the place ending in a comma ("New Delhi," / "September 26, 1959.")."""
    for index, (line, text) in enumerate(head):
        if len(text) > _HEAD_PLACE_LENGTH:
            return None  # the text has begun: a place in it is no header's
        if text.endswith(",") and index + 1 < len(head):
            text = f"{text} {head[index + 1][1]}"  # "Peking," / "September 8, 1959."
        dated = PLACE_AND_DATE.match(_CABLE_TIME.sub("", text))
        if dated is not None and closing_date(dated["date"]):
            return Located(text[: text.index(",")].strip(), line)
    return None
