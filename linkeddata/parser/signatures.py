"""Signatures at the end of a body, in the forms whose signatory can be read with confidence.

Recognised, on one line: ``Signed: N. Popa``, ``24.III.50 Shtykov`` (date and name),
``(A. Gromyko)``, ``[Signature] (S. Chervonenko)``, ``/s/ John Doe``, ``/Ivan Testov/``, and
bare ``[signed, illegible]`` / ``[Signature]`` marks (a signature as written, with no
signatory). In the closing block (the body's last lines), a line that is only a name signs
when its form or its neighbours say so: initials and a surname (``V. Puzanov``), or a name
next to its holder's rank (``Kim Il Sung`` over ``Chairman of the Cabinet of Ministers``,
``Ambassador`` over ``Ivan Testov``), or a name after a closing formula (``Respectfully
yours,``, ``With communist greetings``). ``By order of ...`` and institutional signatures
name no person: nothing is extracted from them rather than a wrong name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Located
from .bodies import is_country
from .dates import DATE_AS_WRITTEN, PLACE_AND_DATE, ROMAN_DATE
from .names import name_kind, personal_name
from .signer_lines import (
    INITIALLED,
    INITIALS_NAME,
    LINE_LENGTH,
    is_bare_name,
    is_name,
    is_prose,
    is_rank,
)
from .vocabulary import classification_of

_DATED = re.compile(rf"^(?P<date>{ROMAN_DATE})\s+(?P<name>[^\W\d_][\w .'\u2019-]*)$")
_PARENTHESISED = re.compile(
    rf"^(?:\[(?i:signature|signed)[^\]]*\]\s*)?\((?P<name>{INITIALS_NAME})\)$"
)
_SIGNED = re.compile(
    r"^(?:[(\[]?(?i:signed(?:\s+by)?|sgd\.?|gez\.?|ss\.|s\.s\.|podpisano|podpis)[)\]]?\s*[:,]?"
    r"|\(-\)|/-/)\s+"
    r"(?P<name>[^\W\d_][^\]]*?)[.\]]?$"
)
"""A signature named as such: "Signed: N. Popa", "Signed by: Kim", "[signed] Testov", German
"gez. Schneidewind", Hungarian "ss. Kádár János", Polish "(-) Jan Kowalski"."""
_RECORDED = re.compile(
    r"^\(?(?i:recorded|prepared|written|compiled)\s+(?i:by)\s*:?\s+"
    r"(?P<name>[^\W\d_][^(),/:]*?)\.?(?:,\s*[^()]*)?\)?$"
)
"""Who wrote a record down: "(Recorded by Pu Shouchang)", "Prepared by: M. Mishev"."""
_RANK_LABEL = re.compile(r"^(?P<rank>[^:]{3,60}):\s+(?P<name>[^\W\d_][^:]{2,40})$")
_NOT_SIGNING = re.compile(
    r"(?i:interpret|translat|record|typ|note|cop(?:y|ies)|distribut|cc\b|approv|clear|review"
    r"|report|draft|participants?|present|attach|enclos)"
)
"""Labelled roles that never sign: "Interpreter: X", "Translator: Y", "Drafted by: Z"."""
"""A rank as a label: "The Ambassador: Károly Práth"."""
_MARK = re.compile(
    r"^\[(?i:signature|signed|seal|stamp)[^\]]*\]$|^\((?i:signature|signed|seal|stamp)\)$"
    r"|^/(?i:signature|signed|seal|stamp)/$|^(?i:l\.\s?s\.)$"
)
_SLASHED = re.compile(r"^(?:/s/\s*(?P<a>[^/]+?)|/(?P<b>[^/\s][^/]*[^/\s])/)$")
_DATE_LINE = re.compile(rf"^(?:{ROMAN_DATE}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})$")
_SURNAME = re.compile(r"^[^\W\d_a-z][^\W\d_A-Z][\w'’-]{1,30}$")
"""A surname alone, which signs under a date line: "12.III.1963" / "Andropov"."""
_CLOSING = re.compile(
    r"(?i:yours|greetings|regards|respect(?:fully)?|sincerely|faithfully|truly|salutations"
    r"|esteem|consid[ée]ration|fraternally|cordially|comradely|servant|honou?r\s+to\s+be"
    r"|distingu[ée]e|fraternels?|fraterni|cordiali|saluti|atentamente|saludos|fraternalmente"
    r"|thân\s+ái|quyết\s+thắng|gruß|grüßen|szacunku|privetom|приветом|уважением)\W*$"
)
"""The end of a closing formula: "Respectfully yours,", "With communist greetings",
"Fraternally,", "Your obedient Servant,"."""
_FOR_PARTY = re.compile(
    r"^(?i:for|on\s+behalf\s+of|pour|für|per|por|za|за)\s+(?:(?i:the)\s+)?"
    r"[^\W\d_][^:]{1,80}:(?:\s+(?P<name>[^\W\d_].{1,40}))?$"
)
"""The party a signatory signs for, a colon closing it: "For the Government of Japan:"."""
_LIST_HEADER = re.compile(
    r"^(?:(?i:participants|present|also\s+present|attendees|attending|persons\s+present"
    r"|distribution|copies(?:\s+to)?|cc|sent\s+to|addressees)\s*:"
    r"|[^:]{0,60}\b(?i:represented\s+by|received\s+from|attended\s+by|present\s+were):$)"
)
"""A list of people that is no closing: who took part, who received copies ("Copies to:",
"The Soviet side was represented by:")."""
_ELISION = re.compile(r"^\[?(?:\.\.\.|…)\]?$")  # "...", "[...]": the text goes on
_CABLED = re.compile(r"[A-Z][A-Z'’-]{3,}")
_NOT_SURNAMES = frozenset(
    {"end", "ends", "stop", "nnnn", "urgent", "immediate", "flash", "priority", "routine"}
    | {"confidential", "unclassified", "limdis", "nodis", "exdis", "noforn", "copy", "draft"}
    | {"translation", "original", "attachment", "enclosure", "annex", "appendix", "summary"}
    | {"state", "department"}
)
"""Words in capitals that end a cable without signing it."""


@dataclass(frozen=True)
class Signature:
    """A signature line as written, the signatory it names and a date written with it."""

    text: Located[str] | None = None
    signatories: tuple[Located[str], ...] = ()
    date: Located[str] | None = None


def find_signature(tail: list[tuple[int, str]]) -> Signature:
    """The last signature among the closing lines (file line, stripped text), if any; a bare
    mark ("[Signature]") gives way to a name under it or that the closing block shows."""
    mark = Signature()
    for index in range(len(tail) - 1, -1, -1):
        line, text = tail[index]
        if len(text) > LINE_LENGTH:
            continue
        signature = _read(line, text)
        if signature is not None and signature.signatories:
            return _with_those_above(tail, index, signature)
        if signature is not None:
            mark = signature
            under = tail[index + 1] if index + 1 < len(tail) else None
            if under is not None and (is_bare_name(under[1]) or INITIALLED.match(under[1])):
                return Signature(Located(under[1], under[0]), (Located(under[1], under[0]),))
            break
    named = _on_behalf(tail) or _closing_block(tail)
    if not named.signatories:
        named = _cabled_surname(tail)
    return named if named.signatories else mark


def _cabled_surname(tail: list[tuple[int, str]]) -> Signature:
    """A surname in capitals alone on the last line, as telegrams and cables are signed:
    "SHTYKOV", "RUSK", "BUNKER" (never a marking or the end of a message: "SECRET", "END")."""
    if not tail:
        return Signature()
    line, text = tail[-1]
    bare = text.strip(" .")
    word = bare.title()
    if (
        _CABLED.fullmatch(bare) is None
        or classification_of(bare) is not None
        or bare.casefold() in _NOT_SURNAMES
        or name_kind(word) is not None  # "SECRETARY", "EMBASSY"
        or is_country(word)  # "KOREA", "CUBA"
    ):
        return Signature()
    return Signature(Located(text, line), (Located(bare, line),))


def _with_those_above(tail: list[tuple[int, str]], index: int, last: Signature) -> Signature:
    """A signature with the signatures right above it in the same form: "(signed) Mao Zedong"
    / "(signed) Zhou Enlai" are two signatories."""
    first, names = index, list(last.signatories)
    while first > 0:
        above = _read(*tail[first - 1])
        if above is None or not above.signatories:
            break
        first -= 1
        names[:0] = above.signatories
    if first == index:
        return last
    written = "\n".join(text for _, text in tail[first : index + 1])
    return Signature(Located(written, tail[first][0]), tuple(names), last.date)


def _on_behalf(tail: list[tuple[int, str]]) -> Signature | None:
    """The signatories of a treaty or a joint document, each under the party they sign for:
    "For the Republic of Korea:" / "Lee Tong-won" / "For Japan:" / "Etsusaburo Shiina" (or
    the name on the same line, after the colon). Every party's signatory signs."""
    names: list[Located[str]] = []
    first_line = 0
    for index, (line, text) in enumerate(tail):
        found = _FOR_PARTY.match(text)
        if found is None:
            continue
        if found["name"] and is_name(found["name"].strip()):
            name = Located(found["name"].strip(), line)
        elif index + 1 < len(tail) and _signing_name(under := tail[index + 1][1]):
            name = Located(under, tail[index + 1][0])
        else:
            continue
        names.append(name)
        first_line = first_line or line
    if not names:
        return None
    written = "\n".join(text for line, text in tail if line >= first_line)
    return Signature(Located(written, first_line), tuple(names))


def _signing_name(text: str) -> bool:
    """A line that is only a signatory's name: "Lee Tong-won", "A. Gromyko"."""
    return is_bare_name(text) or INITIALLED.match(text) is not None


def _closing_block(tail: list[tuple[int, str]]) -> Signature:
    """A name standing alone in the closing lines, which its form or neighbours make a
    signature: initials and a surname, a rank above or below it, a closing formula above."""
    lines = [(line, text) for line, text in tail if not _MARK.match(text)]
    listed = max((i for i, (_, text) in enumerate(lines) if _LIST_HEADER.match(text)), default=-1)
    list_end = next(  # the list ends at an elision or at the text that follows it
        (
            i
            for i in range(listed + 1, len(lines))
            if _ELISION.match(lines[i][1]) or is_prose(lines[i][1])
        ),
        len(lines),
    )
    for index in range(len(lines) - 1, -1, -1):
        line, written = lines[index]
        if listed >= 0 and listed < index < list_end:
            continue  # "PARTICIPANTS: / Premier Chou En-lai / Henry A. Kissinger": no signers
        if is_prose(written):
            break  # the closing block ends the body: nothing above a sentence signs
        text = written[1:-1] if written[:1] + written[-1:] == "()" else written  # "(Janos Beck)"
        if text.isupper() and is_bare_name(text.title()):
            text = text.title()  # "JOHN F. KENNEDY", as typed under a letter
        rank_after = False
        after = text.split(",", 1)
        if len(after) == 2 and is_rank(after[1].strip()):
            text, rank_after = after[0].strip(), True  # "J. William Fulbright, Chairman"
        ranked = personal_name(text)
        ranked_inline = False
        if ranked != text and is_bare_name(ranked):  # "Gen. Wojciech Jaruzelski"
            ranked_inline = name_kind(text[: len(text) - len(ranked)].strip()) == "person"
            text = ranked  # the rank on the line says who signs
        initialled = INITIALLED.match(text) is not None
        above = lines[index - 1][1] if index > 0 else ""
        below = lines[index + 1][1] if index + 1 < len(lines) else ""
        under_date = bool(_DATE_LINE.match(above)) and _SURNAME.match(text) is not None
        by_rank = (
            _SURNAME.match(text) is not None
            and name_kind(text) is None  # "Director" under "J. Edgar Hoover" is no surname
            and (is_rank(below) or is_rank(above))
        )
        if len(text) > LINE_LENGTH or not (
            initialled or under_date or by_rank or is_bare_name(text)
        ):
            continue
        dated = (found := PLACE_AND_DATE.match(below)) is not None and bool(
            DATE_AS_WRITTEN.match(found["date"])
        )
        if (stacked := _stacked(lines, index)) is not None:
            return stacked  # "D. Ustinov" / "A. Gromyko" / "Yu. Andropov": all three sign
        if (
            initialled
            or ranked_inline
            or rank_after
            or by_rank
            or dated
            or under_date
            or is_rank(above)
            or is_rank(below)
            or _CLOSING.search(above) is not None
        ):
            if written[:1].islower() and index > 0:  # an office over two lines, then the name
                return Signature(
                    Located(f"{above}\n{written}", lines[index - 1][0]), (Located(text, line),)
                )
            return Signature(Located(written, line), (Located(text, line),))
    return Signature()


def _stacked(lines: list[tuple[int, str]], index: int) -> Signature | None:
    """Initialled names on the lines ending at ``index``, two or more: joint signatories."""
    first = index
    while first > 0 and INITIALLED.match(lines[first - 1][1]):
        first -= 1
    if index - first < 1 or not INITIALLED.match(lines[index][1]):
        return None
    names = tuple(Located(text, line) for line, text in lines[first : index + 1])
    return Signature(Located("\n".join(n.value for n in names), names[0].line), names)


def _read(line: int, text: str) -> Signature | None:
    """One line read as a signature, or None."""
    here = Located(text, line)
    if (dated := _DATED.match(text)) is not None and is_name(dated["name"]):
        return Signature(
            here, (Located(dated["name"].strip(), line),), Located(dated["date"], line)
        )
    if (bracketed := _PARENTHESISED.match(text)) is not None:
        return Signature(here, (Located(bracketed["name"], line),))
    if (recorded := _RECORDED.match(text)) is not None and is_name(recorded["name"].strip()):
        return Signature(here, (Located(recorded["name"].strip(), line),))
    if (signed := _SIGNED.match(text)) is not None:
        name = signed["name"].strip()
        if is_name(name):
            return Signature(here, (Located(name, line),))
        return Signature(here) if text[0] in "([" else None
    if (
        (labelled := _RANK_LABEL.match(text)) is not None
        and is_rank(labelled["rank"].strip())
        and not _NOT_SIGNING.search(labelled["rank"])
        and is_name(labelled["name"].strip())
    ):
        return Signature(here, (Located(labelled["name"].strip(), line),))
    if _MARK.match(text):
        return Signature(here)
    if (slashed := _SLASHED.match(text)) is not None:
        name = (slashed["a"] or slashed["b"]).strip()
        return Signature(here, (Located(name, line),)) if is_name(name) else None
    return None
