"""The names on one side of a title's clause ("from X", "to Y and Z"): name-like phrases, as
far as another clause, a participle or a note on the document itself ends them.

A group's leader ("Headed by"), a second document's addressees ("and Report to Z") and who a
message was passed on to ("and Relayed to") are more names of the side; "Others", "the File"
and a group named by whose it is ("His Cabinet") are no one.
"""

from __future__ import annotations

import re

from ..record import Located
from .appositions import holder_after, part_of_previous
from .bodies import on_in_name
from .body_and import goes_on
from .brackets import identified
from .compass_lists import compass_shared
from .counted_groups import without_caption
from .doctypes import AT_WORDING
from .leaderships import leadership
from .names import name_kind, personal_name
from .office_of_state import without_state
from .office_words import office_only
from .participles import participle_stop
from .plural_missions import missions_in_places, one_place_for_all
from .plural_parties import (
    names_after_group,
    offices_of_states,
    offices_shared,
    shared_noun,
)
from .possessives import whose
from .text import Joined, is_name_like, split_names, strip_article
from .title_numbers import BARE_NUMBER, CODED_FIGURE
from .title_tags import is_date

CLAUSE_WORDS = (
    r"on|about|regarding|concerning|re:?|transmitting|forwarding|conveying|enclosing|containing"
    r"|reporting|after|before|during|advocating|proposing|calling|urging|requesting|asking"
    r"|informing|expressing|demanding|protesting|announcing|explaining|outlining|describing"
    r"|critici[sz]ing|supporting|approving|rejecting|accepting|congratulating|thanking|inviting"
    r"|suggesting|discussing|warning|notifying|confirming|summari[sz]ing|analy[sz]ing"
    r"|assessing|evaluating|recommending|awarding|granting|conferring|appointing|authori[sz]ing"
)
"""Words that open another clause after a name: "from X on the Situation", "by the Chinese
Government Advocating the Prohibition of ..." (a participle opens what the document does)."""
_CLAUSE_STOP = re.compile(
    rf"(?<!\s)\s+(?:(?i:{CLAUSE_WORDS}|with|in\s+(?:reply|response|answer|connection|support"
    r"|gratitude|honou?r|preparation|memory|commemoration|protest))\s"
    r"|(?i:of)\s+(?i:the|a|an|his|her)\s+(?i:conversations?|meetings?|talks?|discussions?)\b"
    r"|(?i:of\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|(?i:no|nr)\.?\s*\d)"
)
"""What ends a name: another clause, or what a note is of ("by P.N. Haksar of the Conversation")."""
ARTICLE = re.compile(r"(?i:the|a|an|his|her|its|their)\s")
"""An article or a possessive opens a subject after "on", never a body's field."""
_UNNAMED = re.compile(
    r"(?i:others|other\s+(?:comrades|leaders|members|officials)|et\s+al\.?|files?|records?"
    r"|dossiers?)"
)
"""No one: "to Zhou Enlai and Others", a note "to the File"."""
_THEIRS = re.compile(
    r"(?i:his|her|their|its|our|my)\s"
    r"(?!(?i:majesty|majesty['’]s|excellency|holiness|highness|royal|eminence|beatitude)\b)"
)
"""A group named by whose it is, no party: "Saddam Hussein Meeting with His Cabinet" (never
an honorific: "His Majesty King Hussein", "Her Majesty's Government")."""
_A_DELEGATION = re.compile(r"^(?i:an?)\s+(?=(?:[A-Z][\w'’-]*\s+){0,4}(?:Delegation|Mission)\b)")
"""A delegation named with an indefinite article is a party as with "the"."""
_LED_BY = re.compile(r"(?<!\s)\s+(?i:led|headed|chaired)\s+by\s+")
"""A group's leader, a name of its own: "the CPSU Delegation Headed by Suslov"."""
_SECOND_DOCUMENT = re.compile(
    rf"(?<!\s),?\s+(?:and|&)\s+(?:(?i:an?|the)\s+)?{AT_WORDING.pattern}\s+(?i:to)\s+"
    r"(?=(?:(?i:the)\s+)?[A-Z])"
)
"""A second document of the title addressed to more people: "Cable from X to Y and Report to
Z" is sent to Y and Z."""
_PASSED_ON = re.compile(
    r"(?<!\s),?\s+(?:and|&)\s+(?i:relayed|forwarded|copied|transmitted|passed(?:\s+on)?"
    r"|sent|circulated|distributed|conveyed|repeated)\s+(?i:to)\s+(?=(?:(?i:the)\s+)?[A-Z])"
)
"""Who a message was passed on to, more addressees: "Cable from Zhou Enlai to Chen Yi and
Relayed to the Central Committee"."""
_EDITORIAL_SUFFIX = re.compile(
    r"[(\[](?i:(?:unofficial|official|partial|full|rough|final|first|second|revised|corrected"
    r"|abridged|english|russian|chinese)\s+)?"
    r"(?i:excerpts?|fragments?|extracts?|summary|draft|copy|translation|original|abridged|version"
    r"|not\s+sent|unsent|with\s+(?:attachments?|enclosures?|annex(?:es)?))[)\]]?\s*$"
)
"""A note on the document itself at the end of the title, never part of the last name: "(Draft)",
"(Excerpt)", "[Unofficial Translation]", "(Not Sent)", "(with Attachment)"."""
_MAX_NAME_WORDS = 10
_MAX_BODY_WORDS = 16  # "the Political Bureau of the Central Committee of the Communist Party of X"


def names_in(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The name-like names between two offsets of the title (one side of a clause), with
    their lines."""
    text = joined.text[start:end]
    for joining in (_LED_BY, _SECOND_DOCUMENT, _PASSED_ON):  # offsets kept: the lines stay
        text = joining.sub(lambda m: " and" + " " * (len(m.group()) - 4), text)
    text = without_caption(text)  # "Four Chinese Marshals, Chen Yi, ...": the names
    if (stop := _name_stop(text)) is not None:
        text = text[:stop]
    if (suffix := _EDITORIAL_SUFFIX.search(text)) is not None:
        text = text[: suffix.start()].rstrip()
    names: list[Located[str]] = []
    previous_end = -1
    office_open = False  # a person's office after a comma, whose body may follow
    for offset, raw in split_names(text):
        line = joined.line_at(start + offset)
        between = text[previous_end:offset]
        if names and holder_after(names[-1].value, between, raw):
            names.pop()  # "the Ambassador of the GDR, Comrade Wolfgang Weichelt": one person
        part = bool(names) and part_of_previous(names[-1].value, between, raw, office_open)
        office_open = part and office_only(strip_article(raw.strip()))
        bare = _A_DELEGATION.sub("", strip_article(raw.strip()))  # "with a Yugoslav Delegation"
        for name in () if part else identified(whose(bare)):
            if _UNNAMED.fullmatch(name) or _THEIRS.match(name) or _no_party(name):
                continue  # "to Zhou Enlai and Others", "with His Cabinet", "of 2 May 1959"
            if names and goes_on(names[-1].value, between, raw):
                joined_name = f"{names[-1].value}{between}{name}"
                names[-1] = Located(joined_name, names[-1].line)  # "Foreign and Commonwealth"
                continue
            if is_name_like(name, _MAX_NAME_WORDS) or _body_name(name) or _held(name):
                names.append(Located(name, line))
        previous_end = offset + len(raw)
    parties = missions_in_places(
        shared_noun(
            compass_shared(
                offices_shared(offices_of_states(one_place_for_all(names_after_group(names))))
            )
        )
    )
    return tuple(leadership(without_state(name)) for name in parties)


def _no_party(name: str) -> bool:
    """Whether a name-like phrase is a date ("2 October 1959") or a paper's series code ("NSC
    7", "PD/NSC-13"), never a party."""
    return is_date(name) or (BARE_NUMBER.match(name) or CODED_FIGURE.match(name)) is not None


def _name_stop(text: str) -> int | None:
    """Where another clause or a participle ends the names, past an "on" that goes on with a
    body's name ("the Senate Committee on Foreign Relations", "the Conference on Disarmament")."""
    participle = participle_stop(text)
    for stop in _CLAUSE_STOP.finditer(text):
        body_on = stop.group().strip().casefold() == "on" and not ARTICLE.match(text, stop.end())
        if body_on and on_in_name(text, 0, stop.start()):
            continue  # "Committee on Foreign Relations", not "Committee on the Situation"
        return min(stop.start(), participle) if participle is not None else stop.start()
    return participle


def _held(name: str) -> bool:
    """An office as long as bodies nest, then its holder: "the Chairman of the Cabinet of
    Ministers of the DPRK Kim Il Sung" names Kim Il Sung."""
    return (
        is_name_like(name, _MAX_BODY_WORDS)
        and name_kind(name) == "person"
        and personal_name(name) != name
    )


def _body_name(name: str) -> bool:
    """An organisation's name, which may be in its own language with its adjectives in lower
    case ("Ministère des Affaires étrangères", "Zentralkomitee der SED"), or run long as
    bodies nest ("the Presidium of the Central Committee of the Communist Party of the Soviet
    Union")."""
    return name[:1].isupper() and len(name.split()) <= _MAX_BODY_WORDS and name_kind(name) == "org"
