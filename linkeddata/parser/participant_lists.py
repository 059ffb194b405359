"""The lists of who took part in a conversation or a session that a body gives, under a label
("PARTICIPANTS: President Kennedy, Foreign Minister Gromyko", "Present: Cdes. Gomułka,
Ochab", or one a line: "Chou En-lai, Premier of the State Council"), its sides and groups
("Chinese side:", "Politburo members:") and the offices before its names."""

from __future__ import annotations

import re

from ..record import Located
from .body_numbers import FRAME_LINE_LENGTH
from .demonyms import ADJECTIVES, adjective
from .group_lines import group_line, groups_below
from .local_ranks import vouched_name, without_local_rank
from .memo_header import NEXT_LABEL
from .names import name_kind, personal_name, personal_name_shape
from .nationalities import is_nationality
from .office_words import office_only
from .participant_items import (
    COMRADES,
    HEADING,
    PLURAL,
    ROLE,
    SENTENCE_END,
    SIDE_LABEL,
    THE_PRESIDENT,
    a_sentence,
    line_items,
    listed_name,
    listed_names,
)
from .presence_sentences import present_in_sentence
from .text import strip_article

_PARTICIPANTS = re.compile(
    r"^(?i:participants|present|also\s+present|(?:persons|those)\s+present|attendees"
    r"|attending|in\s+attendance|attended\s+by"
    r"|(?:also\s+)?participating(?:\s+were)?(?:\s+comrades)?|(?:also\s+)?t(?:ook|aking)\s+part"
    r"|the\s+following(?:\s+comrades|\s+persons)?\s+took\s+part"
    r"(?:\s+in\s+the\s+(?:conversation|talks?|meeting|session))?"
    r"|(?:also\s+)?present(?:\s+at\s+the\s+(?:conversation|talks?|meeting))?\s+(?:were|was)"
    r"|(?P<original>participantes|presentes|asistentes|estiveram\s+presentes"
    r"|estuvieron\s+presentes|participaron|participaram|pr[ée]sents))"
    r"(?:\s*:\s*(?P<names>.*)|\s*)$"
)
"""A list's label, its names after its colon on its line, or below it (a bare "PRESENT"): who
was present, attended, participated or took part ("Participating were Comrades:", "Also
participating:", "Took part:", "The following comrades took part in the meeting:"), also in
the original's language as translators leave it ("Participantes:", "Presentes:",
"Asistentes:", "Estiveram presentes:", "Présents:"), never who was absent, got a copy or was
invited (to a reception, whoever came), nor a count ("Número de participantes: 35")."""
_WERE = re.compile(r"(?i:\bpresent\b.*\b(?:were|was)\b)")
"""The verb of a label that opens a sentence: "Present were: the delegations of ..."."""
_LISTING = re.compile(
    r"^(?:(?:(?P<present>(?i:present\s+at\s+the\s+(?:conversation|talks?|meeting|discussion)"
    r"|participated|present\s+on\s+the\s+[\w.'’ ]{1,30}?\s+side))"
    rf"|(?i:{SIDE_LABEL}|[\w.'’ ]{{1,30}}?\s+attendees))"
    r"\s*:|(?i:attended|chaired)\s+by\s)\s*(?P<names>[^\W\d_].*)$"
)
"""Other labels before a list of who took part on the same line: "Present at the
conversation: Liu Shaoqi, Zhou Enlai", "Japanese side: Prime Minister Tanaka, ...", "Chinese
attendees: ...", "Attended by G. A. Aliev, ...", "Chaired by M.S. Gorbachev."; the ones that
say who was ``present`` list people whatever their number ("Present on the Testian side:
Egon Testbahr")."""
_LIST_LINES = 40
_ITEM_LENGTH = 90
"""The longest item of a list: an office may be long before the name ("Assistant Secretary
of State for East Asian and Pacific Affairs Richard Holbrooke")."""


def participants(
    frame: list[tuple[int, str]], head_lines: int, *, spoken: bool
) -> tuple[Located[str], ...]:
    """The people the body's lists of participants name, in the order they come. A
    "PARTICIPANTS:" or "Present:" line lists them on that line (items between commas, or
    between semicolons each less the office after its comma, or after a side's label:
    "Chinese side: A, B; Soviet side: C"), anywhere in the body ("Present: ..." may close
    it), or, within the first ``head_lines`` lines, one a line below it, less the office
    after the comma ("Chou En-lai, Premier of the State Council"). Other labels list them on
    their line only, and only when no item is a sentence: "Present at the conversation:",
    "Also present:", "Participated:", "Chinese attendees:", "Japanese side:", "Present on
    the Chinese side:", "Attended by ...", "Chaired by ..." (the chair takes part). A side's
    heading ("U.S. Side", "Chinese:"), a body and an office alone ("The President") name no
    one here. A sentence "Present were ..." (a colon after "were" or not) names participants
    only in a record of speech (``spoken``): a report's is its narrative."""
    items: list[tuple[int, str]] = []
    for index, (line, text) in enumerate(frame):
        before = len(items)
        if (found := _PARTICIPANTS.match(text)) is not None:
            listed = COMRADES.sub("", (found["names"] or "").strip())
            if listed and _WERE.search(text[: found.start("names")]):
                items += _present(line, text) if spoken and index < head_lines else []
            elif listed and index < head_lines and _stacked(frame[index:]):
                items += [(line, _line_item(listed)), *_one_a_line(frame[index:])]
            elif listed:
                each = listed_names(line_items(listed))
                items += [(line, item) for item in each if not a_sentence(item)]
                items += groups_below(frame[index:])
            elif index < head_lines and (run := _run_on(frame[index : index + 2])):
                items += [(frame[index + 1][0], item) for item in listed_names(run)]
            elif index < head_lines and (found["names"] is not None or _delegates(frame[index:])):
                items += _one_a_line(frame[index:])  # one a line, each name before its office
        elif (found := _LISTING.match(text)) is not None:
            names = line_items(COMRADES.sub("", found["names"].strip()))
            if _a_list(names, present=found["present"] is not None):
                items += [(line, item) for item in listed_names(names)]
        elif spoken and index < head_lines:  # "Present were ..."
            items += _present(line, text)
        if (found := _PARTICIPANTS.match(text)) is not None and found["original"]:
            items[before:] = [(at, item) for at, item in items[before:] if vouched_name(item)]
    named = {
        name: Located(name, at)
        for at, item in items
        if _a_participant(name := _less_local_rank(listed_name(item)))
    }
    return tuple(named.values())


def _less_local_rank(name: str) -> str:
    """An item less an office of the original's language ("Chanceler Antônio F. Testedo da
    Silveira"), where no English office or honorific opens it ("Dr. Testinger" is kept as
    written, for the mapping to read)."""
    return without_local_rank(name) if personal_name(name) == name else name


def _present(line: int, text: str) -> list[tuple[int, str]]:
    """The names a sentence "Present were ..." on a line gives, as a list's items."""
    present = [COMRADES.sub("", name) for name in present_in_sentence(text)]
    return [(line, item) for item in listed_names(present)] if present else []


def _a_list(items: list[str], *, present: bool) -> bool:
    """Whether a labelled line's items are a list of people, not a sentence after a side's
    label ("Chinese side: We agree, but ..."): no item is a sentence, and there are two
    items, or one after a label that says who was ``present``, or one with a person's
    wording ("Chaired by M.S. Gorbachev.")."""
    if any(a_sentence(item) for item in items):
        return False
    if len(items) > 1 or present:
        return True
    return _a_name(listed_name(items[0]))


def _run_on(frame: list[tuple[int, str]]) -> list[str]:
    """The items of a list that a bare label's next line holds whole ("Present:" / "Comrades
    Testov, Testenko and Testini."), when it opens with a plural honorific or runs on over
    commas to a last "and" between names; none for a name before its office, one a line
    ("Testov, Chairman of ...") or a sentence."""
    if len(frame) < 2 or frame[1][0] != frame[0][0] + 1 or NEXT_LABEL.match(frame[1][1]):
        return []
    text = frame[1][1].strip()
    names = line_items(COMRADES.sub("", text))
    if len(names) < 2 or not all(name.strip(" .") for name in names):
        return []  # a side's heading alone ("From the Testian side:"), a name alone
    joined = names[-1].strip() != text.rsplit(",", 1)[-1].strip()  # at its last "and"
    if not (PLURAL.match(text) or joined) or not _a_list(names, present=True):
        return []
    return names


def _one_a_line(frame: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names listed one a line below the label that opens ``frame``, each before its
    office. The list ends at the next header line and at a sentence ("Comrade Enver Hoxha
    spoke about the situation."); an office alone on its line ("Chargé d'affaires a.i. of
    the GDR", "first deputy minister of foreign affairs") is passed over. Once it has run on
    adjacent lines, a blank line ends it unless a name or a side's heading comes next ("From
    the Vietnamese side:", the other side's names after a blank line): a heading ("Opening
    Remarks") is no name. A list of one paragraph a name runs on over its blank lines."""
    items: list[tuple[int, str]] = []
    previous, adjacent, delegates = frame[0][0], False, None
    for below, text in frame[1 : 1 + _LIST_LINES]:
        if NEXT_LABEL.match(text) or len(text) > FRAME_LINE_LENGTH:
            break
        delegate = _delegate(text)
        delegates = delegate is not None if delegates is None else delegates
        if delegates and delegate is None and not _side_heading(text):
            break  # "I. THE INTERNATIONAL SITUATION" after "Chairman: Mr. Testiker"
        if below == previous + 1 and (grouped := group_line(text)):
            items += [(below, item) for item in grouped]
            adjacent, previous = True, below
            continue  # "From the Testian side: A, B", "TPSU - A, B"
        name = _line_item(delegate or text)
        if below > previous + 1 and adjacent and not _more_names(name):
            break
        adjacent, previous = adjacent or below == previous + 1, below
        if (
            SENTENCE_END.search(name) is None
            and _office_alone(name)
            and not THE_PRESIDENT.fullmatch(name)
        ):
            continue  # an office on its own line, in lower case or not
        if a_sentence(name):
            break
        items.append((below, name))
    return items


_DELEGATE = re.compile(
    r"^(?P<label>[^\W\d_][\w.'’-]*(?:\s+(?:[^\W\d_][\w.'’-]*|of|the|and)){0,4})"
    r"\s*:\s*(?P<name>[^\W\d_].*)$"
)
"""A list's line of whose delegate or what role, then the name: "United Kingdom: Mr. Testley",
"Chairman: Mr. D. U. Testiker"."""
_PEER = re.compile(
    r"^(?:[Tt]he\s+)?(?:Earl|Countess|Viscount|Marquess|Marquis|Duke|Baron|Baroness)\s+of\s+"
    r"[A-Z][\w'’-]+$"
)
"""A British peer's style, which names that peer: "The Earl of Testbury"."""


def _delegate(text: str) -> str | None:
    """The name after the colon of a list's line "Belgium: Mr. P. H. Testaak" (whose delegate,
    or what role: "Chairman:", "Secretary:"), a peer by his style ("United Kingdom: The Earl
    of Testbury"), or none: a speaker's line ("Testov: We agree.") has a sentence after it,
    a heading no colon."""
    if (found := _DELEGATE.match(text)) is None or NEXT_LABEL.match(text):
        return None
    name = ROLE.sub("", found["name"]).strip(" .")  # "Mr. Testorin (USSR)"
    if _PEER.match(name):
        return strip_article(name)
    return found["name"] if _a_name(name) and not a_sentence(name) else None


def _delegates(frame: list[tuple[int, str]]) -> bool:
    """Whether a label with no colon ("PRESENT") heads a list of delegates, its next line one
    ("Chairman: Mr. D. U. Testiker"): a capitalised heading there ("I. THE SITUATION") reads
    as a name by its initial."""
    return len(frame) > 1 and _delegate(frame[1][1]) is not None


def _line_item(text: str) -> str:
    """The name a line of a list stacked one a line gives: before its office's comma, less an
    honorific and a role in brackets ("Tang Wen-sheng, Interpreter")."""
    return ROLE.sub("", COMRADES.sub("", text)).split(",")[0].strip()


def _stacked(frame: list[tuple[int, str]]) -> bool:
    """Whether the names of a labelled line go on one a line below it: the next line, with no
    blank line between, is a side's heading, a name or an office alone, never a header's
    label, a speaker's line ("Chairman Mao: What ...") or a sentence."""
    if len(frame) < 2 or frame[1][0] != frame[0][0] + 1:
        return False
    text = frame[1][1]
    if _side_heading(text):
        return True
    if NEXT_LABEL.match(text) or len(text) > FRAME_LINE_LENGTH or ":" in text:
        return False
    name = _line_item(text)
    return not a_sentence(name) and (_a_name(name) or _office_alone(strip_article(name)))


_SIDE = re.compile(rf"^(?i:{HEADING})\s*:?$")
"""A side's or a group's heading in a list of participants: "From the Soviet side:", "U.S.
Side", "Politburo members:"."""


def _side_heading(line: str) -> bool:
    """Whether a line of a list is a side's or a group's heading, a country or a nationality
    alone among them ("U.S.", "PRC", "Chinese:"), whose names come after it."""
    bare = line.strip(" :")
    return _SIDE.match(line) is not None or adjective(bare) is not None or is_nationality(bare)


def _more_names(line: str) -> bool:
    """Whether a line after a blank line goes on with a list of participants: a side's
    heading or a person's name ("Prime Minister Chou En-lai"), not a sentence or heading."""
    if _side_heading(line):
        return True
    return not a_sentence(line) and _a_name(line)


def _a_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name: by its wording ("Comrade X", "Ambassador
    Y") or by its shape once titles are dropped."""
    return name_kind(text) == "person" or personal_name_shape(personal_name(text))


def _a_participant(name: str) -> bool:
    """Whether one item of a participants' list names a person (a body there is whom the
    person before it served: "Winston Lord, NSC Staff"), an office alone no one."""
    if not name[:1].isupper() or len(name) > _ITEM_LENGTH or any(c.isdigit() for c in name):
        return False
    if name.rstrip("s") in ADJECTIVES or name.split()[-1].casefold() == "side":
        return False
    if _side_heading(name):
        return False
    if THE_PRESIDENT.fullmatch(name):
        return True  # whose, the mapping tells by the record's holder, or no one
    return not _office_alone(strip_article(name)) and name_kind(name) != "org"


def _office_alone(name: str) -> bool:
    """Whether a list's item is an office with no holder's name after it: "Chargé d'affaires
    a.i. of the GDR", not "Secretary of State Cyrus Vance" (whose office holds "of")."""
    return office_only(name) and personal_name(name) == name
