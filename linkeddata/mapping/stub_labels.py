"""The label of a person's stub: the name without the offices and honorifics around it
("Premier Zhou Enlai" and "Comrade Zhou Enlai" are one stub), a wife's honorific kept before
her husband's name ("Madame Sun Yat-sen"), and a surname alone in its fullest form the same
record gives ("Ministerial Director Testke" beside the summary's "Hans Testke" is Hans Testke):
a stub of a surname alone would merge everyone who bears it."""

from __future__ import annotations

import re

from ..parser.gazetteer import is_state
from ..parser.honorifics import by_husbands_name, honorific, honorific_gender
from ..parser.names import RULER_STYLE
from ..parser.national_names import national_name
from ..parser.office_words import given_name_word
from ..parser.text import strip_article
from ..parser.vocabulary import MONTHS
from .authority import Authority
from .given_names import TWO_LETTER_ABBREVIATIONS, same_given_name
from .name_neighbours import AFTER_ANY, BROADCASTERS, KIN, NOT_GIVEN
from .named_after import FEATURES
from .party_names import party_name
from .people import a_mans_given_name, names_a_man, posted_name
from .state_names import states_of

_UN = re.compile(r"^(?:(?i:the)\s+)?U\.?N\.?\s+(?=[A-Z])")
"""The United Nations' abbreviation opening a body's name: "the UN Security Council" is the
"United Nations Security Council", one stub."""
_INITIAL = re.compile(r"(?:[A-Z][a-z]?\.-?)+")
_POST_WORDS = frozenset({"to", "in", "at"})
_THINGS_WORDS = FEATURES | AFTER_ANY | BROADCASTERS
"""Words before a name that make a place or a thing of it, never a given name: "Lake Testov",
"Fort Testov", "Radio Testov"."""
_KIN_AFTER = re.compile(r"\s*,\s*(?:(?:his|her|their|the)\s+)?(?:late\s+)?([\w-]+)")
"""A relative's apposition after a name: "Ivan Testov, his brother"."""
_GIVEN_WORDS = 3
"""The most given names and initials read before a surname: "Hans-Jürgen Karl Testke"."""


def person_label(authority: Authority, written: str, label: str, texts: str) -> str:
    """The stub's label of the person ``written`` names, whose name is ``label`` (offices and
    honorifics left out), in a record whose summary, title and body ``texts`` are."""
    said = honorific(written)
    surname_only = len(label.split()) == 1  # "Mrs. Smith" is not "Mr. Smith"
    if (
        said is not None
        and said[1] == "female"
        and (
            surname_only
            or (by_husbands_name(said[0]) and a_mans_given_name(authority, label))
            or names_a_man(authority, label)
        )
    ):
        return f"{said[0]} {label}"  # "Madame Sun Yat-sen", "Mrs. Ferenc Kiss": his wife
    ruler = (
        f"{style.group()} {label}" if (style := RULER_STYLE.match(strip_article(written))) else ""
    )
    if surname_only and ruler and re.match(rf"{ruler}(?:\s+of\s|$)", strip_article(written)):
        return ruler  # "King Khalid (of Saudi Arabia)": a ruler by one name keeps his style
    if surname_only and (fuller := fullest_form(authority, texts, label)) is not None:
        return fuller
    return label


def fullest_form(authority: Authority, texts: str, surname: str) -> str | None:
    """The fullest form of ``surname`` with given names or initials before it on a line of
    ``texts``, when all such forms agree ("Hans Testke" and "H. Testke"); None when there is
    none, or two that do not agree ("Hans Testke" and "Karl Testke"). A woman's honorific
    before a form makes it another person's ("Mrs. Testke"), and an office no given name."""
    forms: set[tuple[str, ...]] = set()
    for found in re.finditer(rf"(?<![\w'’.-]){re.escape(surname)}(?![\w'’-])", texts):
        line = texts[texts.rfind("\n", 0, found.start()) + 1 : found.start()]
        if not line[-1:].isspace():
            continue
        words, given = line.split(), list[str]()
        while (
            words
            and len(given) < _GIVEN_WORDS
            and words[-1] != surname
            and _given(authority, words[-1])
        ):
            given.insert(0, words.pop())
        if (
            given
            and not (words and _not_given_before(words[-1]))
            and not _kin_after(texts, found.end())
        ):
            forms.add(tuple(given))
    if not forms:
        return None
    longest = max(forms, key=lambda form: (len(form), sum(map(len, form))))
    whole = " ".join((*longest, surname))
    if not all(same_given_name(list(form), whole) for form in forms):
        return None
    return whole


def _not_given_before(word: str) -> bool:
    """Whether the word before a run of given names makes it no one's given names: a woman's
    honorific ("Mrs. Testke" is his wife), a relative's word ("his brother Ivan Testke" is
    someone else of the name), or a post's preposition, after which the words are a place the
    file lacks ("the Ambassador in Testgrad Testov")."""
    folded = word.rstrip(",:").casefold()
    return honorific_gender(word) == "female" or folded in KIN or folded in _POST_WORDS


def _kin_after(texts: str, end: int) -> bool:
    """Whether a relative's apposition follows the name ending at ``end``: "Mary Testke, his
    wife" is the wife of the surname's holder, not the holder."""
    kin = _KIN_AFTER.match(texts, end)
    return kin is not None and kin[1].casefold() in KIN


def _given(authority: Authority, word: str) -> bool:
    """Whether a word before a surname is a given name or an initial, never a word that opens
    a clause, a month, an office, a state or a word the authority file knows as something
    else."""
    if _INITIAL.fullmatch(word):
        return word.rstrip(".") not in TWO_LETTER_ABBREVIATIONS  # "Mr.", "Dr."
    return (
        given_name_word(word)
        and word.casefold() not in NOT_GIVEN
        and word.casefold() not in MONTHS
        and word.casefold() not in _THINGS_WORDS
        and not is_state(word)
        and all(e.kind == "person" for e in authority.lookup(word))
    )


def body_label(authority: Authority, name: str, year: int | None) -> str:
    """A body's stub label, one however the record names it: "UN" written out (:data:`_UN`),
    by its state's adjective however written, in a title, a letterhead or a header ("the
    Embassy of the GDR in the DPRK" is the title's "East German Embassy in the DPRK",
    :func:`.national_name`), a
    mission with its post as the file names the place (:func:`.posted_name`), a party by its
    one name (:func:`.party_name`)."""
    national = national_name(_UN.sub("United Nations ", name), states_of(authority))
    return party_name(authority, posted_name(authority, national, year))
