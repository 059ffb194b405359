"""The speakers of a transcript or a record of conversation, who took part in it: each line
opened by a person's name and a colon or full stop ("Zhou Enlai: ...", "DANG VU HIEP: ...",
"McNAMARA: ...", "GROMYKO. ..."). A label that is an office or honorific ("The President:",
"Vice Premier Deng:", "Mrs. Carter:"), a question's or answer's letter ("Q:", "A:"), a side
("Chinese side:"), a header's label or a marking ("SUBJECT:", "TOP SECRET.") is no name."""

from __future__ import annotations

import re
from collections import Counter

from ..record import Located
from .gazetteer import is_state
from .memo_header import NEXT_LABEL
from .names import name_kind, personal_name_shape
from .signer_lines import cabled_name, in_capitals, name_case
from .text import ARABIC_PARTICLE, JOINED_PARTICLE
from .vocabulary import classification_of

_CAPITALS_NAME = r"(?:Mc|Mac)?[A-Z][A-Z'’-]+(?:\s(?:Mc|Mac)?[A-Z][A-Z'’-]+){0,3}"
_MIXED_WORD = rf"(?:{JOINED_PARTICLE})?[A-Z][a-z'’-]+"  # "Assad", "al-Assad"
_MIXED_NAME = rf"[A-Z][a-z'’-]+(?:\s(?:{ARABIC_PARTICLE}\s)?{_MIXED_WORD}){{1,3}}"
_SPEAKER = re.compile(rf"^(?P<name>{_CAPITALS_NAME}|{_MIXED_NAME})[:.]\s+\S")
_PART_WORDS = re.compile(
    r"(?i:notes?|text|question|answer|comments?|end|summary|decision|session|remarks|agenda)"
)
"""Labels of the text's parts, no speaker's name."""


def speakers(text: Located[str]) -> tuple[Located[str], ...]:
    """The people whose names open the lines of ``text`` as its speakers', in the order
    they first speak, a name in capitals as a catalogue writes it ("McNAMARA" is McNamara).
    A name speaks twice or more ("BLIGHT:", "Pol Pot:"), or has a shape only people's names
    have ("DANG VU HIEP:", "Zhou Enlai:"), since a heading may be a word or two as well."""
    labels: list[tuple[int, str]] = []
    for line, row in enumerate(text.value.split("\n"), text.line):
        found = _SPEAKER.match(row.strip())
        if found is None or NEXT_LABEL.match(row.strip()):
            continue
        label = found["name"]
        cased = name_case(label) if in_capitals(label) else label
        if _a_name(label, cased):
            labels.append((line, cased))
    times = Counter(name for _, name in labels)
    first: dict[str, Located[str]] = {}
    for line, name in labels:
        if times[name] > 1 or personal_name_shape(name):
            first.setdefault(name, Located(name, line))
    return tuple(first.values())


def _a_name(label: str, cased: str) -> bool:
    """Whether a speaker's label (``cased`` as a catalogue writes it) is a person's name, not
    an office, a side, a country, a heading's or a header's label, or a marking: a surname
    in capitals as a cable signs it ("BLIGHT", not "SECRET")."""
    if any(_PART_WORDS.fullmatch(word) for word in cased.split()):
        return False
    if in_capitals(label) and " " not in label:
        return cabled_name(label)
    return not (
        name_kind(cased) is not None or classification_of(label) is not None or is_state(cased)
    )
