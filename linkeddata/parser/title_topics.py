"""What a title says its record is about, which names no party: an infinitive ("Decision to Go
to War with Iran", "Order to Withdraw from Kuwait", "Resolution of the CPSU CC Presidium to
Send Troops to Hungary") and what a recorded discussion was about ("Saddam Hussein Discussing
the Order to Withdraw from Kuwait"). An addressee is never a verb, and the "from" or "to"
inside the topic names no sender, addressee or place; the topic runs to the next comma, after
which the title's tags (its date, its marking) go on."""

from __future__ import annotations

import re

from .name_words import ORG_WORDS
from .text import Joined

_VERBS = (
    "go|send|withdraw|attack|invade|expel|prepare|begin|start|invite|introduce|establish|create"
    "|form|organi[sz]e|hold|convene|stop|end|halt|cease|suspend|resume|continue|increase|reduce"
    "|strengthen|provide|supply|deliver|give|take|transfer|deploy|move|remove|return|recall"
    "|dissolve|abolish|prohibit|allow|permit|accept|reject|approve|adopt|sign|ratify|conclude"
    "|build|construct|launch|occupy|liberate|destroy|bomb|arrest|release|execute|sell|buy"
    "|purchase|export|import|recogni[sz]e|restore|normali[sz]e|improve|expand|extend|develop"
    "|implement|carry|set|appoint|dismiss|elect|nominate|investigate|study|examine|consider"
    "|negotiate|request|demand|use|enter|leave|visit|attend|participate|join|intervene"
    "|mobili[sz]e|evacuate|annex|disarm|install|dispatch|admit|raise|lift|cut|break|sever"
    "|resign|renounce|publish|postpone|cancel|delay|accelerate|abandon|reorgani[sz]e|merge"
    "|unite|reunify|train|equip|pay|lend|deport|shoot|kill|assassinate|overthrow|crush"
    "|suppress|seize|capture|rebuild|reopen|reconsider|revise|discuss|inform|explain|clarify"
    "|convey|transmit|receive|meet|condemn|denounce|warn|threaten|persuade|convince|urge|ask"
    "|seek|obtain|acquire|station|close|confirm"
)
"""Verbs whose base form after "to" opens an infinitive, from the acts that decisions, orders,
plans and instructions are about. Never a verb that is also a given name or a family name
("to Ban Ki-moon", "to Grant", "to Mark"), nor one that bodies are named for ("the Committee to
Defend Workers", "to Support", "to Aid"), whose "to" may still name an addressee."""
INFINITIVE = re.compile(rf"(?<=\S)\s+(?i:to)\s+(?i:{_VERBS})\s+(?=[\w'’\"“])")
""""to", a verb's base form, and the words it governs: an infinitive, never an addressee."""
_NOUN_VERBS = re.compile(
    r"(?i:request|study|visit|return|use|supply|transfer|attack|station|purchase|export|import"
    r"|delay|cut|break|set|release|launch|close|meet|demand|move|build|train|sign)"
)
"""Verbs of the list that are also nouns ("to Request of the Soviet Government", "to Study
Group"): an infinitive only when what follows them is no party's preposition and no one
capitalised body's noun ending the segment ("to Visit China" stays an infinitive)."""
_PARTY_AFTER = re.compile(r"\s*(?i:of|from|by|for)\b")
_NOUN_ENDS = re.compile(r"\s*(?P<noun>[A-Z][\w'’-]*)\s*(?:,|$)")  # "to Study Group"
DISCUSS = re.compile(r"(?i:discuss(?:es|ing)?)\s*$")
"""A discussion's verb ending the type's wording, whose topic follows it."""
_DECIDED = re.compile(r"(?i:decisions?|resolutions?)\s*$")
_TO_ANY_VERB = re.compile(
    r"\s+(?i:to)\s+(?!(?i:the|a|an|his|her|their|comrades?|mr|mrs|ms|dr)\b)[A-Z][a-z]+\s+"
    r"(?i:the|a|an|all|its|their)\s"
)
"""A decision's "to", then a verb of any kind governing what follows it: "Decision to Confirm
the Following Directive", "Resolution to Grant a Loan" (a decision names its act, not an
addressee, right after its type)."""
_TOPIC_MASK = ","  # a masked topic reads as empty segments, as a quoted subject does


def topic_masked(joined: Joined, start: int, type_end: int | None) -> Joined:
    """The title with its topics masked, after the type (``start``): an infinitive's, and the
    whole topic of a discussion whose verb is the type's wording (ending at ``type_end``)."""
    text = joined.text
    spans = []
    if type_end is not None and DISCUSS.search(text, 0, type_end):
        spans.append(type_end)  # "X and Y Discussing <topic>"
    decided = type_end is not None and _DECIDED.search(text, 0, type_end) is not None
    if type_end is not None and decided and _TO_ANY_VERB.match(text, type_end):
        spans.append(type_end)  # "Politburo Decision to Confirm the Directive to X"
    if (infinitive := _infinitive(text, start)) is not None:
        segment = text.rfind(",", start, infinitive)  # "..., Decision to Send Troops": all of it
        spans.append(infinitive if segment < 0 else segment + 1)
    if not spans:
        return joined
    first = min(spans)
    comma = text.find(",", first)
    end = len(text) if comma < 0 else comma
    masked = text[:first] + _TOPIC_MASK * (end - first) + text[end:]
    return Joined(masked, joined.starts, joined.lines)


def _infinitive(text: str, start: int) -> int | None:
    """Where the first infinitive after ``start`` begins (its "to"), or None. A noun that is
    also a listed verb keeps its narrow reading ("Reply ... to Request of the Soviet
    Government", "Report ... to Study Group")."""
    for found in INFINITIVE.finditer(text, start):
        verb = found.group().split()[-1]
        if _NOUN_VERBS.fullmatch(verb) and (
            _PARTY_AFTER.match(text, found.end())
            or (
                (noun := _NOUN_ENDS.match(text, found.end())) is not None
                and ORG_WORDS.fullmatch(noun["noun"]) is not None
            )
        ):
            continue
        return found.start()
    return None
