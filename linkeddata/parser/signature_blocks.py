"""A closing of several signature blocks, each a name with its office below or above it:
"A. Gromyko" / "Minister of Foreign Affairs" // "R. Malinovsky" / "Minister of Defense".
Every block signs, not only the one nearest the end (split from :mod:`.signatures`)."""

from __future__ import annotations

from ..record import Located
from .signature_line import rank_label
from .signer_lines import (
    BY_HAND,
    NAME_WORDS,
    SURNAME_IN_CAPITALS,
    Signature,
    in_capitals,
    is_rank,
    name_case,
    signing_name,
)


def _office(text: str) -> bool:
    return is_rank(text) or rank_label(text)


def _signer(text: str) -> str | None:
    """The name a line of a block is, in name case ("R. MALINOVSKY" is R. Malinovsky, "Andrei
    GROMYKO" Andrei Gromyko)."""
    typed = in_capitals(text) or SURNAME_IN_CAPITALS.match(text) is not None
    name = name_case(text) if typed else text
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
