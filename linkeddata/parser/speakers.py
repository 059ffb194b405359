"""The speakers of a transcript, a record of conversation or the minutes of a meeting, who
took part in it: each line opened by a person's name and a colon or full stop ("Zhou Enlai:
...", "DANG VU HIEP: ...", "McNAMARA: ...", "GROMYKO. ...", "Oldřich Černík: ...", "L. I.
Brezhnev: ..."), in any script and with any diacritics. A comradely honorific before the name
is dropped ("Cde. Kania:", "Comrade Tariq Aziz:"), and so is an office before a full name
("President Saddam Hussein:"); an office or honorific before a surname alone ("Vice Premier
Deng:", "Mrs. Carter:") or with no name ("The Premier:"; "The President:" is kept, for the
mapping to tell whose by the record's holder), a question's or answer's letter
("Q:", "A:"), a side ("Chinese side:"), a header's label or a marking ("SUBJECT:", "TOP
SECRET.") is no name."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from ..record import Located
from .gazetteer import is_state
from .memo_header import NEXT_LABEL
from .names import name_kind, personal_name, personal_name_shape
from .office_words import office_only
from .participant_items import COMRADES, THE_PRESIDENT
from .signer_lines import cabled_name, in_capitals, name_case
from .text import NAME_PARTICLES
from .vocabulary import classification_of

_COLON_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:]{0,70}?)\s?:\s+\S")
_STOP_LABEL = re.compile(r"^(?P<label>[^\W\d_][^\W\d_'’ -]{0,60}?)\.\s+\S")
"""A speaker's label before a colon, or before a full stop when it holds no point of its own
("GROMYKO. ...", never "L. I. Brezhnev. ...", where the stop may end an initial)."""
_ABBREVIATION = re.compile(r"^(?:[^\W\d_][^\W\d_]{0,3}\.)+$")
"""An initial or an abbreviated honorific: "L.", "Yu.", "L.I.", "Cde."."""
_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
_OFFICE_LINKS = NAME_PARTICLES | {"of", "the", "for", "in", "en", "to", "at", "on"}
"""The words in lower case an office or a name may hold: "Minister of Foreign Affairs",
"Comandante en Jefe", "Hafez al Assad"."""
_LABEL_WORDS = 8
_STOP_WORDS = 4
_PART_WORDS = re.compile(
    r"(?i:notes?|text|question|answer|comments?|end|summary|decision|session|remarks|agenda)"
)
"""Labels of the text's parts, no speaker's name."""
_INTERVIEWED_BY = re.compile(
    r"\b(?i:interview(?:s|ed)?(?:\s+(?:was|were))?(?:\s+conducted)?)\s+by\s+"
    r"(?P<names>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|de|van|von))*)"
)
"""Who conducted an interview, as a citation credits it: "Interview conducted by Oleg
Testov for the Project", "Interviewed by A. Testova and Ivan Testenko"."""


class Speaker(NamedTuple):
    """One speaker's name as the text first writes it, and whether its form says it is a
    person's (``shaped``: it speaks twice or more, or has a shape only people's names have);
    a full name speaking once is a speaker only when the authority file knows it or, typed
    in ``capitals`` as transcripts type their speakers, begins as a file's name does."""

    name: Located[str]
    shaped: bool
    capitals: bool = False


def speakers(text: Located[str]) -> tuple[Speaker, ...]:
    """The people whose names open the lines of ``text`` as its speakers', in the order
    they first speak, a name in capitals as a catalogue writes it ("McNAMARA" is McNamara).
    A name is ``shaped`` when it speaks twice or more ("BLIGHT:", "Brezhnev:", "Pol Pot:") or
    has a shape only people's names have ("DANG VU HIEP:", "Zhou Enlai:"), since a heading
    may be a word or two as well; another full name before a colon ("Tariq Aziz:") is kept
    unshaped, a word alone never."""
    labels: list[tuple[int, str, bool, bool]] = []
    for line, row in enumerate(text.value.split("\n"), text.line):
        row = row.strip()
        if NEXT_LABEL.match(row):
            continue
        if (found := _COLON_LABEL.match(row)) is not None and THE_PRESIDENT.fullmatch(found[1]):
            labels.append((line, found["label"], True, False))  # whose, the holder tells
            continue
        if found is not None:
            name = _named(found["label"])
        elif (found := _STOP_LABEL.match(row)) is not None:
            name = _stopped(found["label"])
        else:
            continue
        if name is not None and _a_name(name):
            capitals = in_capitals(found["label"])
            labels.append((line, name, found.re is _COLON_LABEL, capitals))
    times = Counter(personal_name(name) for _, name, _, _ in labels)
    first: dict[str, Speaker] = {}
    for line, name, colon, capitals in labels:
        key = personal_name(name)
        shaped = times[key] > 1 or personal_name_shape(key)
        if shaped or (colon and len(key.split()) > 1):
            first.setdefault(key, Speaker(Located(name, line), shaped, capitals))
    return tuple(first.values())


def _named(label: str) -> str | None:
    """The speaker's name a label before a colon gives, as a catalogue writes it: less a
    comradely honorific ("Cde. Kania" is Kania), or an office before a full name ("President
    Saddam Hussein"); None where the label is no name's wording, or an office or honorific
    names only a surname ("Vice Premier Deng", "Mrs. Carter") or no one ("The President")."""
    words = label.split()
    if not 0 < len(words) <= _LABEL_WORDS or not all(map(_label_word, words)):
        return None
    if words[-1].islower() or words[-1].endswith("."):
        return None  # "Hafez al", "Chairman Gen.": no name ends so
    bare = COMRADES.sub("", _cased(label))  # "Cde. Kania": Kania
    own = personal_name(bare)
    if not bare[:1].isupper() or (own != bare and len(own.split()) < 2):
        return None  # "Vice Premier Deng", "Mrs. Carter": whose surname is not sure
    return bare


def _stopped(label: str) -> str | None:
    """The speaker's name a label before a full stop gives: a name in capitals ("GROMYKO",
    "DANG VU HIEP") or of two words or more in mixed case ("Zhou Enlai"), never one word in
    mixed case, which may open any sentence ("Yes.")."""
    words = label.split()
    if in_capitals(label) and len(words) <= _STOP_WORDS:
        return name_case(label)
    if 1 < len(words) <= _STOP_WORDS and all(_mixed(word) for word in words):
        return label
    return None


def _label_word(word: str) -> bool:
    """Whether a word may stand in a speaker's label: a capitalised word, an initial or an
    abbreviated honorific ("L.", "Cde."), a particle or a word an office holds in lower case
    ("al-Duri", "de", "of")."""
    if _ABBREVIATION.match(word):
        return word[0].isupper()
    if word in _OFFICE_LINKS:
        return True
    return _WORD.match(word) is not None and (word[0].isupper() or _joined(word))


def _joined(word: str) -> bool:
    """Whether a word is a particle joined to a name: "al-Duri", "d'Estaing"."""
    head, _, rest = word.partition("-") if "-" in word else word.partition("'")
    return head in NAME_PARTICLES | {"d", "l"} and rest[:1].isupper()


def _mixed(word: str) -> bool:
    """Whether a word is capitalised in mixed case: "Černík", "McNamara", not "USSR"."""
    return _WORD.match(word) is not None and word[0].isupper() and not word.isupper()


def _cased(label: str) -> str:
    """A label as a catalogue writes it: a name in capitals, whole or its surname after an
    honorific and initials ("PRESIDENT SADDAM HUSSEIN", "Cde. L. I. BREZHNEV"), in mixed case."""
    if in_capitals(label):
        return name_case(label)
    *head, last = label.split()
    if len(last) > 1 and in_capitals(last):
        return " ".join([*head, name_case(last)])
    return label


def _a_name(name: str) -> bool:
    """Whether a speaker's name is a person's, not an office, a side, a country, a heading's
    or a header's label, or a marking: a surname in capitals as a cable signs it ("BLIGHT",
    not "SECRET")."""
    if any(_PART_WORDS.fullmatch(word) for word in name.split()):
        return False
    if " " not in name:
        return cabled_name(name.upper())
    return not (
        name_kind(name) == "org"
        or office_only(name)
        or classification_of(name) is not None
        or is_state(name)
    )


def interviewers(citation: str) -> tuple[str, ...]:
    """The people a citation says conducted an interview ("Interview conducted by Oleg
    Testov"), the full names a transcript's speakers' labels give by their surnames
    ("Testov: How did you learn ...")."""
    found = _INTERVIEWED_BY.search(citation)
    if found is None:
        return ()
    names = (name.strip(" .") for name in found["names"].split(" and "))
    return tuple(name for name in names if len(name.split()) > 1 and name_kind(name) != "org")
