"""A closing of several signature blocks, each a name with its office below or above it:
"A. Gromyko" / "Minister of Foreign Affairs" // "R. Malinovsky" / "Minister of Defense", or
a joint text's name over offices of any length ("Kang Test Ju" / "Head of the Delegation of
..., First Vice-Minister of ..."). Every block signs, not only the one nearest the end
(split from :mod:`.signatures`)."""

from __future__ import annotations

import re

from ..record import Located
from .honorifics import honorific
from .names import name_kind, personal_name
from .office_words import office_only
from .signature_line import rank_label, read_line
from .signer_lines import (
    ADDRESSED,
    BY_HAND,
    NAME_WORDS,
    SURNAME_IN_CAPITALS,
    Signature,
    in_capitals,
    is_prose,
    is_rank,
    name_case,
    signing_name,
)

_OFFICE_LINES = 3
"""The most lines of offices under one name of a joint text's signature."""
_OFFICES_LENGTH = 250
_ANNOUNCES = re.compile(
    r"\b(?i:(?:as|are|is|were|was)\s+follows|the\s+following|below|listed|composed"
    r"|consist(?:s|ed)?|include[sd]?|took\s+part)\b"
)
"""A sentence that announces a list of people, whatever its last stop: "The delegation is
composed as follows.", "... whose members are listed below.", "... the following comrades.",
never "following" as a preposition ("... exchange instruments following the completion ...")."""


def _office(text: str) -> bool:
    return is_rank(text) or rank_label(text)


def _signer(text: str) -> str | None:
    """The name a line of a block is, in name case ("R. MALINOVSKY" is R. Malinovsky, "Andrei
    GROMYKO" Andrei Gromyko), less a rank before it ("Major-General G. Testov")."""
    typed = in_capitals(text) or SURNAME_IN_CAPITALS.match(text) is not None
    name = name_case(text) if typed else text
    ranked = personal_name(name)
    rank = name[: len(name) - len(ranked)].strip()
    addressed = ADDRESSED.match(name) is not None or honorific(name) is not None  # "Mr. X"
    if ranked != name and name_kind(rank) == "person" and not addressed:
        name = ranked  # "Major-General G. Testov", "Marshal of the Soviet Union D. Testinov"
    return name if signing_name(name) and not _office(name) else None


def with_blocks_above(
    lines: list[tuple[int, str]], index: int, floor: int, last: Signature
) -> Signature:
    """``last``, the signature of the name at ``index``, with the signers of the blocks of the
    same shape above it, down to ``floor`` (a list's header): a name over its office, or an
    office over its name, two lines a block."""
    below = index + 1 < len(lines) and _office(lines[index + 1][1])
    above = index > 0 and _office(lines[index - 1][1])
    if not (below or above) or len(last.signatories) != 1:
        return last
    names = list(last.signatories)
    first = index if below else index - 1  # the block's first line
    while first - 2 > floor:
        name_at, office_at = (first - 2, first - 1) if below else (first - 1, first - 2)
        name = _signer(lines[name_at][1])
        if name is None or not _office(lines[office_at][1]):
            break
        names.insert(0, Located(name, lines[name_at][0]))
        first -= 2
    if len(names) == 1:
        return last
    end = index + 1 if below else index
    written = "\n".join(text for _, text in lines[first : end + 1])
    return Signature(Located(written, lines[first][0]), tuple(names), last.date)


def by_hand_above(
    lines: list[tuple[int, str]], index: int, floor: int, last: Signature
) -> Signature:
    """``last``, a name signed "by his own hand" at ``index``, with the names so signed on the
    lines right above it, down to ``floor``: "Josip Broz Tito, s.r." / "Edvard Kardelj, s.r."."""
    names, first = list(last.signatories), index
    while first - 1 > floor and BY_HAND.search(above := lines[first - 1][1]):
        name = BY_HAND.sub("", above).strip()
        if not name or name[0].islower() or len(name.split()) > NAME_WORDS:
            break
        first -= 1
        names.insert(0, Located(name, lines[first][0]))
    if first == index:
        return last
    written = "\n".join(text for _, text in lines[first : index + 1])
    return Signature(Located(written, lines[first][0]), tuple(names), last.date)


def _offices(text: str) -> bool:
    """Whether a line is only offices held by one person, between commas and of any length:
    "Head of the Delegation of the Democratic People's Republic of Korea, First Vice-Minister
    of Foreign Affairs of ..." (never an office before its holder: "Secretary of State Dean
    Rusk")."""
    if len(text) > _OFFICES_LENGTH or is_prose(text) or signing_name(text):
        return False
    parts = [part.strip() for part in text.split(",")]
    return all(
        _office(part)
        or (office_only(part) and personal_name(part) == part and name_kind(part) == "person")
        for part in parts
    )


def office_blocks(lines: list[tuple[int, str]]) -> Signature | None:
    """The run of signature blocks closing a joint text, each a name over one to three lines
    of offices, long ones included ("Chung Test-sik" / "Prime Minister of the Republic of
    Korea" / "Chief Delegate of ..." // "Yon Test-muk" / "Premier of ..."): all sign, when the
    text's last sentence stands right above them; none when that sentence announces them
    ("The delegation consisted of:", "... whose members are listed below."). None for one
    block, which the closing block reads on its own."""
    names: list[Located[str]] = []
    end = len(lines)
    while end > 0:
        first = end
        while first > 0 and end - first < _OFFICE_LINES and _offices(lines[first - 1][1]):
            first -= 1
        if first == end or first == 0 or (name := _signer(lines[first - 1][1])) is None:
            break
        names.insert(0, Located(name, lines[first - 1][0]))
        end = first - 1
    above = lines[end - 1][1] if end > 0 else ""
    if names and is_prose(above) and (above.endswith(":") or _ANNOUNCES.search(above)):
        return Signature()  # "The delegation is composed as follows." lists, no one signs
    if len(names) < 2 or not is_prose(above):
        return None
    written = "\n".join(text for _, text in lines[end:])
    return Signature(Located(written, lines[end][0]), tuple(names))


def marked_above(tail: list[tuple[int, str]], index: int, last: Signature) -> Signature:
    """A signature with the signatures right above it in the same form, or above the office
    under each: "(signed) Mao Zedong" / "(signed) Zhou Enlai" are two signatories, and so are
    "Sd/- (T.N. Kaul)" / "Foreign Secretary" // "Sd/- (Swaran Singh)" / "Minister ..."."""
    first, names = index, list(last.signatories)
    while first > 0:
        office = int(first > 1 and is_rank(tail[first - 1][1]))  # "Foreign Secretary" between
        above = read_line(*tail[first - 1 - office])
        if above is None or not above.signatories:
            break
        first -= 1 + office
        names[:0] = above.signatories
    if first == index:
        return last
    written = "\n".join(text for _, text in tail[first : index + 1])
    return Signature(Located(written, tail[first][0]), tuple(names), last.date)
