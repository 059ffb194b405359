"""Given names and initials beside a family name met in running text, and whose they are:
"A. Mikoyan" and "Comrade Mikoyan" are Anastas Mikoyan, "Sergo Mikoyan" and "S. Mikoyan" his
son; "Edward Kennedy" and "R. Kennedy" are not John F. Kennedy, nor "Mao Anying" Mao Zedong
(a given name after the family name, as Chinese, Korean and Vietnamese names are written);
"Eden Pastora" is not Anthony Eden. Also which words may be a given name at all, and the
given names of the people a title's parties name.

:mod:`.longer_names` asks here whether a person's label goes on into someone else's name,
and whether the word before a place's name is a given name ("Isaiah Berlin"); the words that
no given name is (:data:`.name_neighbours.NOT_GIVEN`) are listed in :mod:`.name_neighbours`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..iris import slug
from ..parser.honorifics import an_office
from ..parser.name_words import ORG_WORDS
from ..parser.names import agent_kind, personal_name, shared_family_name
from ..parser.office_words import given_name_word
from ..parser.vocabulary import MONTHS
from .entities import Entity
from .name_neighbours import (
    BODY_HEADS,
    GIVEN_SURNAMES,
    NOT_GIVEN,
    STILL_THEIRS,
)
from .scanned_text import Text


def party_given_names(names: Iterable[str]) -> frozenset[str]:
    """The given names (folded) of the people a title's parties name: in a title in title case
    "Nancy" of "Letter from Nancy Kissinger to ..." is then read as a given name, so Henry
    Kissinger is not mentioned, although no person of the file is called Nancy (a body's
    words and an office's post are none: "Xinjiang Military District", "Ambassador to Cuba
    Alekseev")."""
    return frozenset(
        word.casefold()
        for name in names
        if agent_kind(name) == "person" and _a_persons_name(personal_name(name))
        for word in personal_name(name).split()[:-1]
        if given_name_word(word)
    )


def _a_persons_name(name: str) -> bool:
    """Whether a party's name is a person's alone: no post ("Ambassador to Cuba Alekseev")
    and no body's head noun ("Xinjiang Military District")."""
    words = name.split()
    return (
        all(w[:1].isupper() for w in words)
        and words[-1].casefold() not in BODY_HEADS
        and ORG_WORDS.search(name) is None
    )


def other_given_name(label: str, text: Text, span: tuple[int, int]) -> bool:
    """Whether a person's family name met alone has a given name or initial beside it that is
    not theirs: "Sergo Mikoyan", "R. Kennedy" (before it), "Mao Anying" (after it, as Chinese,
    Korean and Vietnamese names are written)."""
    words, gaps = text.words, text.gaps
    start, end = span
    named = label.split()
    matched = words[start:end]
    if len(matched) >= len(named):
        return _longer_given_name(text, start, end)
    if _family(matched[-1]) == _family(named[-1]):
        given = given_before(text, start) if start > 0 else None
        if given is not None:
            return not same_given_name([given], label)
        return _given_name_of_another(text, end)
    if slug(matched[0]) == slug(named[0]) and end < len(words) and gaps[end] == " ":
        following = words[end]
        return may_be_given(following, text) and following != named[1]
    return False


def office_before_given_name(label: str, text: Text, start: int, end: int) -> bool:
    """Whether a label "Office Surname" ("President Chiang", "Chairman Liu") of a person
    displayed as ``label`` begins a longer name written family name first, so that the name
    from the surname on is someone's whole name, theirs or another's ("President Chiang
    Ching-kuo", "President Rhee In-je"): a hyphenated given name follows ("Moo-hyun"), or, in
    prose and for a person whose name is written family name first, a capitalised name word
    that is not still theirs ("Chairman Liu Ningyi"; "President Chiang Government" is his)."""
    words, gaps = text.words, text.gaps
    if end >= len(words) or gaps[end] != " " or not an_office(words[start].casefold()):
        return False
    following = words[end]
    if following.casefold() in STILL_THEIRS:
        return False
    if end + 1 < len(words) and gaps[end + 1] == "-" and given_name_word(following):
        return True
    family_first = slug(words[end - 1]) == slug(label.split()[0])
    return family_first and text.prose and may_be_given(following, text)


def _longer_given_name(text: Text, start: int, end: int) -> bool:
    """Whether a whole name written family name first ("Kim Il", a Korean's) goes on with
    another syllable of a given name in prose, so that it is someone else's ("Kim Il Ho");
    not before what is still theirs ("the Kim Il Group", "Mao Zedong Thought")."""
    words, gaps = text.words, text.gaps
    if not text.prose or end >= len(words) or gaps[end] != " " or end - start != 2:
        return False
    following = words[end]
    return (
        shared_family_name(words[start])
        and following.casefold() not in STILL_THEIRS
        and may_be_given(following, text)
    )


def _given_name_of_another(text: Text, end: int) -> bool:
    """Whether a family name met alone goes on with another name word in prose, so that it is
    the given name of someone else ("Eden Pastora" is not Anthony Eden); only a family name
    that is also a given name can be one ("the Brezhnev Leadership", "the Stalin Note" are
    his), and not before what is still theirs ("the Castro regime")."""
    words, gaps = text.words, text.gaps
    if not text.prose or end >= len(words) or gaps[end] != " ":
        return False
    family = words[end - 1]
    if family.casefold() not in GIVEN_SURNAMES and not text.first_name(family):
        return False
    following = words[end]
    if end + 1 < len(words) and gaps[end + 1].startswith(".") and len(following) <= 3:
        return False  # "Andropov Yu.V." ("YuV"): initials after the name, Soviet protocol's order
    return following.casefold() not in STILL_THEIRS and may_be_given(following, text)


def given_before(text: Text, start: int) -> str | None:
    """The given name or first initial before ``words[start]``, as written ("R.", "Sergo";
    "N." of "N. S. Khrushchev", whose "S." is his father's; "Joseph" of "Joseph P. Kennedy")."""
    words, gaps = text.words, text.gaps
    if start > 1 and gaps[start] == "-" and words[start - 1].casefold() in _ARTICLES:
        start -= 1  # "Rifaat al-Assad": the article is the family name's
    first = start
    while first > 0 and is_initial(words[first - 1], gaps[first]):
        first -= 1  # "N. S. Khrushchev": the run of initials, read from its first
    if first > 0 and gaps[first] == " " and may_be_given(words[first - 1], text):
        return words[first - 1]
    if (  # "Julie Nixon Eisenhower": another known family name between
        first == start
        and first > 1
        and gaps[first] == gaps[first - 1] == " "
        and text.known(words[first - 1])
        and words[first - 1][:1].isupper()
        and may_be_given(words[first - 2], text)
    ):
        return words[first - 2]
    if first == start and first > 0 and _dotted(text, first - 1, gaps[first]):
        return f"{words[first - 1][0]}."  # "S.A. Mikoyan": its first initial
    if first == start and _capital_label(text, start):
        return words[start - 1]  # "SERGO MIKOYAN:" heading a speech
    return f"{words[first][0]}." if first < start else None


def another_in_capitals(label: str, text: Text, span: tuple[int, int]) -> bool:
    """Whether a family name alone in a text in capitals, where nothing else tells where a
    name begins, heads a speaker's label or a signature after a given name not theirs
    ("SERGO MIKOYAN:" is not Anastas Mikoyan; "ANASTAS MIKOYAN:" is)."""
    start, end = span
    return (
        end - start == 1
        and _capital_label(text, start)
        and not same_given_name([text.words[start - 1]], label)
    )


def _capital_label(text: Text, start: int) -> bool:
    """Whether a family name in capitals ends a name in capitals that a line holds alone or
    heads before a colon, a speaker's label or a signature ("SERGO MIKOYAN: ..."): the word
    before it is then a given name as it would be in small letters; elsewhere in capitals
    ("THANKED MIKOYAN") a capital word says nothing of where a name begins."""
    words, gaps = text.words, text.gaps
    after = gaps[start + 1] if start + 1 < len(words) else "\n"
    return (
        start > 0
        and "\n" in gaps[start - 1]
        and gaps[start] == " "
        and (after.startswith(":") or "\n" in after)
        and words[start - 1].isupper()
        and words[start].isupper()
        and may_be_given(words[start - 1].title(), text)
    )


def _dotted(text: Text, index: int, gap: str) -> bool:
    """Whether a word before a point is a run of initials without spaces ("S.A."), never
    an abbreviation the authority file names ("U.S.")."""
    word = text.words[index]
    return gap.strip() == "." and word in text.dotted and not text.known(word)


_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "ud", "ul"})
"""The Arabic article a family name is written with or without ("al-Assad", "Assad")."""


def _family(word: str) -> str:
    """A family name's key less its article: "al-Assad" and "Assad" are one name."""
    key = slug(word)
    article, _, rest = key.partition("-")
    return rest if rest and article in _ARTICLES else key


def kin_named(
    text: Text, start: int, end: int, people_named: Callable[[str], list[Entity]]
) -> Entity | None:
    """The one person of the file with the family name ``words[start]`` (``people_named``
    gives the file's people by family name) whose given name or initial is the one written
    before it ("R. Kennedy": Robert F. Kennedy)."""
    given = given_before(text, start) if start > 0 and end - start == 1 else None
    if given is None:
        return None
    kin = [p for p in people_named(text.words[start]) if same_given_name([given], p.label)]
    return kin[0] if len(kin) == 1 else None


def same_given_name(given: list[str], label: str) -> bool:
    """Whether the given name or initials written before a known surname agree with the
    person's label: "A. Mikoyan" and "Comrade Mikoyan" are Anastas Mikoyan, "Sergo Mikoyan"
    and "S. Mikoyan" are someone else (his son)."""
    known = label.split()[:-1]
    if not given or not known:
        return True
    first, theirs = slug(given[0]), slug(known[0])
    if "." in given[0] or len(first) == 1:  # initials: "N.S."
        return first[:1] == theirs[:1]
    return first == theirs


TWO_LETTER_ABBREVIATIONS = frozenset(
    {"Mr", "Ms", "Dr", "St", "Mt", "Jr", "Sr", "Lt", "Co", "No", "Nr"}
)
"""Abbreviations of two letters that are no initials: "Mr. Nixon"."""


def is_initial(word: str, gap: str) -> bool:
    """Whether a word before a point is a person's initial: one letter, or two where the
    second is small ("Yu.", "Zh."); never an abbreviation ending a sentence ("the CC. Ulbricht")."""
    return gap.strip() == "." and (
        (len(word) == 1 and word.isupper())
        or (len(word) == 2 and word.istitle() and word not in TWO_LETTER_ABBREVIATIONS)
    )


def may_be_given(word: str, text: Text) -> bool:
    """Whether a word may be a given name: name-shaped, no word that opens a clause, no month,
    nothing the authority file names by it alone ("In Moscow Khrushchev"), and in a title in
    title case the first name of a person of the file."""
    return (
        given_name_word(word)
        and word.casefold() not in NOT_GIVEN
        and word.casefold() not in MONTHS
        and not text.known(word)
        and (text.prose or text.first_name(word))
    )
