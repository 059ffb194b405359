"""Whether a label met in running text names its entity, or is part of a longer name of someone
or something else: "the Stalin Prize", "the Berlin Wall", "Kim Il Sung University" name no
person or place of the file; "Sergo Mikoyan", "Edward Kennedy", "R. Kennedy" and "Mao Anying"
are not Anastas Mikoyan, John F. Kennedy or Mao Zedong; "Mr. Jordan" is no country.

The scanner gives the words of the text and the gaps between them (:class:`.scanned_text.Text`),
so that "Sergei Khrushchev" and "Sergei. Khrushchev" are told apart.

This module makes the decision (:func:`in_longer_name`) and reads what goes on with a name:
the capitalised words after it, a place's name joined to another's, a given name before a
place's ("Isaiah Berlin"). It leaves the word lists to :mod:`.name_neighbours`, the things
named after a name that other words around it show ("the tanker Bucharest", "Lake Nasser") to
:mod:`.named_after`, and whose a given name or an initial beside a family name is to
:mod:`.given_names`.
"""

from __future__ import annotations

from ..parser.honorifics import honorific_gender
from ..parser.name_words import ORG_WORDS
from ..parser.office_words import given_name_word
from .given_names import (
    TWO_LETTER_ABBREVIATIONS,
    another_in_capitals,
    is_initial,
    may_be_given,
    other_given_name,
)
from .name_neighbours import (
    AFTER_A_PERSON,
    AFTER_A_PLACE,
    AFTER_AN_ORG,
    BROADCASTERS,
    COMPASS,
    INSTITUTIONS,
    MEMBERS,
    PARTICLES,
    QUALIFIERS,
    QUALIFYING_ENDINGS,
)
from .named_after import named_after
from .scanned_text import Text


def in_longer_name(kind: str, label: str, text: Text, span: tuple[int, int]) -> bool:
    """Whether the words of ``span``, a label of an entity of ``kind`` displayed as
    ``label``, are part of a longer name that is someone or something else's (text in
    capitals is left alone)."""
    words, gaps = text.words, text.gaps
    start, end = span
    if text.capitals:
        return kind == "person" and another_in_capitals(label, text, span)
    after = _name_after(words, gaps, end)
    before = words[start - 1] if start > 0 else ""
    if kind in ("person", "place") and named_after(text, start, end, kind):
        return True  # "the tanker Bucharest", "Mao suits", "Lake Nasser", "the Colombo powers"
    if kind == "place":
        compass = before.casefold() in COMPASS and before[:1].isupper()
        return (
            bool(after & AFTER_A_PLACE)
            or (compass and gaps[start] == " ")  # "the South China Sea", "Papua New Guinea"
            or (before.casefold() in BROADCASTERS and before[:1].isupper() and gaps[start] == " ")
            or (gaps[start].strip() in {"", "."} and honorific_gender(before) is not None)
            or _joined_on(text, start, end)  # "Santiago de Cuba", "Guinea-Bissau"
            or _in_a_persons_name(text, start, end)  # "Isaiah Berlin", "Santiago Carrillo"
            or (  # "the University of Washington"
                before.casefold() == "of"
                and start > 1
                and words[start - 2].casefold() in INSTITUTIONS
            )
        )  # "Mr. Jordan"
    if kind == "org":
        return bool(after & AFTER_AN_ORG) or _body_of_another(text, end)
    if kind != "person":
        return False
    if after & AFTER_A_PERSON:
        return True
    return other_given_name(label, text, span)


def _body_of_another(text: Text, end: int) -> bool:
    """Whether a body's name that ends with a body's word goes on with "of" and a word the
    file does not know, so naming another body: "the North Atlantic Council of Churches" is
    no North Atlantic Council, though "the Central Committee of CPSU" is the CPSU's and "the
    DPRK Cabinet of Ministers" the DPRK Cabinet."""
    words, gaps = text.words, text.gaps
    if end + 1 >= len(words) or words[end] != "of" or gaps[end] != " " or gaps[end + 1] != " ":
        return False
    following = words[end + 1]
    return (
        ORG_WORDS.fullmatch(words[end - 1].casefold()) is not None
        and following[:1].isupper()
        and following.casefold() not in ("the", "a", "an", *MEMBERS)
        and not text.known(following)
    )


def _in_a_persons_name(text: Text, start: int, end: int) -> bool:
    """Whether a place's name is part of a person's: after a given name ("Isaiah Berlin",
    "Carlos Washington Pastor"; not "Communist China"), or, one word that a party of the
    title has as its given name, before a family name ("Letter from Santiago Carrillo")."""
    words, gaps = text.words, text.gaps
    before = words[start - 1] if start > 0 else ""
    if (
        gaps[start] == " "
        and before.casefold() not in QUALIFIERS
        and not before.casefold().endswith(QUALIFYING_ENDINGS)  # "Sandinista Nicaragua"
        and not before.endswith(("ing", "ly"))  # a participle, an adverb: "Only Cuba"
        and ORG_WORDS.search(before) is None  # "US Embassy Tel Aviv"
        and may_be_given(before, text)
        and (text.first_name(before) or not _opens_sentence(text, start - 1))
    ):
        return True
    return (
        end - start == 1
        and end < len(words)
        and gaps[end] == " "
        and text.first_name(words[start])  # no place is a given name of the file's people
        and given_name_word(words[end])
        and not text.known(words[end])
    )


def _opens_sentence(text: Text, index: int) -> bool:
    """Whether ``words[index]`` opens a sentence or a line, where any word is capitalised
    ("Throughout Vietnam", "Near Hanoi", "Is Albania ready"): there only a first name of the
    file's people (or of the title's parties) is read as a given name, since no list of the
    words that may open a sentence is ever complete. A point after an initial or a title
    ("Dr. Isaiah Berlin") ends no sentence."""
    gap = text.gaps[index]
    if index == 0 or any(mark in gap for mark in "!?:\n"):
        return True
    before = text.words[index - 1]
    return "." in gap and not (
        is_initial(before, gap) or before in TWO_LETTER_ABBREVIATIONS or honorific_gender(before)
    )


def _joined_on(text: Text, start: int, end: int) -> bool:
    """Whether a place's name goes on into a longer one: a particle and a name after it
    ("Santiago de Cuba"), or a hyphen and a name the file does not know ("Guinea-Bissau";
    "Moscow-Peking" names both)."""
    words, gaps = text.words, text.gaps
    if end + 1 < len(words) and words[end] in PARTICLES and words[end + 1][:1].isupper():
        return gaps[end] == " " and gaps[end + 1] == " "
    if end < len(words) and gaps[end] == "-" and words[end][:1].isupper():
        return not text.known(words[end])
    if start > 0 and gaps[start] == "-" and words[start - 1][:1].isupper():
        return not text.known(words[start - 1])
    return False


def _name_after(words: list[str], gaps: list[str], end: int) -> set[str]:
    """The capitalised words that go on with a name, up to three ("the Paris Peace Accords",
    "Moscow State University"), folded; an "and" between two of them joins them ("the Kim
    Jong Il Political and Military University"), though not right after the name ("Nixon and
    Harvard University" name Nixon)."""
    found: set[str] = set()
    index, taken = end, 0  # the words taken, not the distinct ones: "Zhou Premier Zhou ..."
    while index < len(words) and taken < 3 and gaps[index] == " ":
        joined = words[index] == "and" and found and index + 1 < len(words)
        if joined and gaps[index + 1] == " " and words[index + 1][:1].isupper():
            index += 1
        elif not words[index][:1].isupper():
            break
        found.add(words[index].casefold())
        index, taken = index + 1, taken + 1
    return found
