"""Signatures at the end of a body, in the forms whose signatory can be read with confidence.

Recognised, on one line: ``Signed: N. Popa``, ``24.III.50 Shtykov`` (date and name), ``(A.
Gromyko)``, ``[Signature] (S. Chervonenko)``, ``/s/ John Doe``, ``/Ivan Testov/``, and bare
``[signed, illegible]`` / ``[Signature]`` marks (a signature as written, with no signatory),
read by :mod:`.signature_line`. In the closing block (the body's last lines), a line that is
only a name signs when its form or its neighbours say so: initials and a surname (``V.
Puzanov``), or a name next to its holder's rank (``Kim Il Sung`` over ``Chairman of the Cabinet
of Ministers``, ``Ambassador`` over ``Ivan Testov``), or a name after a closing formula
(``Respectfully yours,``, ``With communist greetings``); a line of such names between commas is
signed by them all (``A. Gromyko, Yu. Andropov, D. Ustinov``). ``By order of ...`` and
institutional signatures name no person: nothing is extracted from them rather than a wrong
name.
"""

from __future__ import annotations

import re

from ..record import Located
from .cable_signers import cabled_surname, first_list_item, senders_over_a_date
from .closing_dates import closing_date, han_name
from .closing_neighbours import a_date, office_above, office_goes_on, place_under_office, stacked
from .cover_names import under_a_cover_name
from .dates import PLACE_AND_DATE, ROMAN_DATE
from .local_ranks import local_office, without_local_rank
from .names import name_kind, personal_name
from .participant_items import lists_no_one
from .party_signers import on_behalf, party_blocks
from .signature_blocks import by_hand_above, marked_above, office_blocks, with_blocks_above
from .signature_line import BY_OWN_HAND, MARK, SEAL, names_the_recorder, read_line
from .signed_names import (
    NAME_AND_DATE,
    SURNAME,
    authors_name,
    beside_a_mark,
    listed_signers,
    members_names,
)
from .signer_lines import (
    ADDRESSED,
    BY_HAND,
    CLOSING,
    INITIALLED,
    LINE_LENGTH,
    LIST_HEADER,
    SURNAME_IN_CAPITALS,
    Signature,
    cable_formula,
    cabled_name,
    initialled,
    is_bare_name,
    is_prose,
    is_rank,
    name_case,
    signing_name,
)
from .text import NAME_PARTICLES
from .type_headings import heads_the_text, type_heading, type_line

NEAR_LINES = 8
"""The closing lines a signature is looked for in; the blocks of a joint signature may stand
higher in the lines given (:func:`find_signature`)."""
_LIST_LENGTH = 3 * LINE_LENGTH
"""A line of signers between commas is a few names long: "A. Gromyko, Yu. Andropov, D. Ustinov"."""
_ATTENDING = re.compile(r"(?i:present|attended|interpret|translat|copies|sent\b|distribut)")
"""A line over a list of names that says who took part or got a copy, so the names sign
nothing: "Present at the conversation", "The conversation was interpreted by"."""
_DATE_LINE = re.compile(rf"^(?:{ROMAN_DATE}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})$")
_JOINED = re.compile(
    r"(?:^|\s)(?i:and|or|&|und|et|y|e|i|и)"
    rf"(?:\s+(?i:of|the|for|{'|'.join(sorted(NAME_PARTICLES))}))*$"
)
"""An office that ends with a conjunction, in any language of the originals, goes on after
it, a preposition or article between: in "Assistant Secretary for East Asian and Pacific
Affairs", "Presidente del Consejo de Estado y de Ministros de la República de Cuba",
"Ministro de Estado e das Relações Exteriores" the words after the conjunction are the
office's, never a name."""
_ELISION = re.compile(r"^\[?(?:\.\.\.|…)\]?$")  # "...", "[...]": the text goes on


def find_signature(
    tail: list[tuple[int, str]],
    authors: tuple[str, ...] = (),
    cabled: bool = False,
) -> Signature:
    """The last signature among the last closing lines (file line, stripped text), with the
    signature blocks of the same shape above it (the lines given may reach higher); a bare
    mark ("[Signature]") gives way to a name under it or that the closing block shows; the
    last line signs when it is the name of one of the title's ``authors`` (senders), or, in
    a telegram (``cabled``), a full name or a surname alone (:mod:`.cable_signers`); a line
    that is only a document type is passed over (:func:`_type_line`)."""
    tail = [line for index, line in enumerate(tail) if not type_line(tail, index)]
    if (covered := under_a_cover_name(tail)) is not None:
        return covered  # "Ba [Lê Duẩn]": the bracketed person signs
    mark = Signature()
    for index in range(len(tail) - 1, max(-1, len(tail) - 1 - NEAR_LINES), -1):
        line, text = tail[index]
        if len(text) > LINE_LENGTH:
            continue
        if BY_OWN_HAND.match(text) and first_list_item(tail, index):
            continue
        signature = read_line(line, text)
        if signature is not None and signature.signatories and names_the_recorder(text):
            return _with_the_signer_above(tail, index, signature, authors, cabled)
        if signature is not None and signature.signatories:
            return marked_above(tail, index, signature)
        if signature is not None:
            mark = signature
            under = tail[index + 1] if index + 1 < len(tail) else None
            if under is not None and (name := beside_a_mark(under[1], under=True)):
                return Signature(Located(under[1], under[0]), (Located(name, under[0]),))
            above = tail[index - 1] if index > 0 else None
            if above is not None and names_the_recorder(above[1]):
                recorder = read_line(*above)  # "Recorded by Comrade X." / "[Signatures illegible]"
                if recorder is not None and recorder.signatories:
                    return _with_the_signer_above(tail, index - 1, recorder, authors, cabled)
            if above is not None and (name := beside_a_mark(above[1])):
                written = f"{above[1]}\n{text}"  # "Mao Zedong" / "[Signature]"
                return Signature(Located(written, above[0]), (Located(name, above[0]),))
            break
    named = (
        on_behalf(party_blocks(tail, NEAR_LINES))
        or senders_over_a_date(tail, authors)
        or _closing_block(tail)
    )
    if not named.signatories:
        named = cabled_surname(tail, cabled, authors)
    if not named.signatories and not mark.text:
        named = authors_name(tail, authors)
    if not named.signatories and not mark.text:
        named = members_names(tail, authors)  # a faction's letter, signed by its members
    return named if named.signatories else mark


def _with_the_signer_above(
    tail: list[tuple[int, str]],
    index: int,
    recorder: Signature,
    authors: tuple[str, ...],
    cabled: bool,
) -> Signature:
    """Who wrote the record down (the line at ``index``) with who signed it above that line:
    "USSR Ambassador to the PRC" / "V. Testikov" / "Recorded by: A. Testin" is signed by
    Testikov, and Testin recorded it; the recorder alone when no one signs above."""
    signed = find_signature(tail[:index], authors, cabled)
    if not signed.signatories or signed.text is None:
        return recorder
    written = "\n".join(text for line, text in tail[: index + 1] if line >= signed.text.line)
    return Signature(
        Located(written, signed.text.line),
        (*signed.signatories, *recorder.signatories),
        signed.date,
        signed.if_known,
    )


def _surname(text: str) -> bool:
    """A surname alone, in a script with capitals: a Han word over a date is no surname ("中共中
    央" / "一九五〇年十月二日"), only a Han name is (:func:`.closing_dates.han_name`)."""
    return SURNAME.match(text) is not None and text[0].isupper()


def _closing_block(tail: list[tuple[int, str]]) -> Signature:
    """A name standing alone in the closing lines, which its form or neighbours make a
    signature: initials and a surname, a rank above or below it, a closing formula above."""
    lines = [(line, text) for line, text in tail if not (MARK.match(text) or SEAL.match(text))]
    seals = {line for line, text in tail if SEAL.match(text)}
    listed = max(
        (
            i
            for i, (_, text) in enumerate(lines)
            if LIST_HEADER.match(text) and not lists_no_one(text)
        ),
        default=-1,
    )
    list_end = next(  # the list ends at an elision or at the text that follows it
        (
            i
            for i in range(listed + 1, len(lines))
            if _ELISION.match(lines[i][1]) or is_prose(lines[i][1])
        ),
        len(lines),
    )
    if (blocks := office_blocks(lines[list_end:] if listed >= 0 else lines)) is not None:
        return blocks  # "Kang Test Ju" / "Head of the Delegation of ..., First Vice-Minister ..."
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - NEAR_LINES), -1):
        line, written = lines[index]
        if listed >= 0 and listed < index < list_end:
            continue  # "PARTICIPANTS: / Premier Chou En-lai / Henry A. Kissinger": no signers
        signed_by_hand = BY_HAND.search(written) is not None  # "Josip Broz Tito, s.r."
        if (
            is_prose(written)
            and not signed_by_hand
            and not (len(written) <= LINE_LENGTH and a_date(written))
        ):
            break  # the closing block ends the body: nothing above a sentence signs
        if type_heading(written):  # "TELEGRAM" over "Havana, 5 May 1962": the heading
            if index + 1 < len(lines) and heads_the_text(lines[index + 1][1]):
                break
            continue  # no one's name, wherever it stands
        if ADDRESSED.match(written) or place_under_office(lines, index):
            continue  # "To Comrade Mao Zedong": whom it went to
        if office_goes_on(written) and personal_name(written) == written:
            continue  # "in Pyongyang" under "Ambassador of ...": the office's last words
        if len(written) <= _LIST_LENGTH and (signers := listed_signers(written)):
            if index > 0 and _ATTENDING.search(lines[index - 1][1]):
                continue  # "Present at the conversation" / "V. Pak, I. Ivanov": no signers
            return Signature(Located(written, line), tuple(Located(n, line) for n in signers))
        if cable_formula(written):
            continue  # "REQUEST INSTRUCTIONS" over "AMBASSADOR": the text's last words
        text = written[1:-1] if written[:1] + written[-1:] == "()" else written  # "(Janos Beck)"
        above = lines[index - 1][1] if index > 0 else ""
        below = lines[index + 1][1] if index + 1 < len(lines) else ""
        if (
            text.endswith(",")
            and is_rank(below)
            and signing_name(text[:-1].rstrip())
            and not CLOSING.search(text)  # "Respectfully," over an office signs for nobody
        ):
            text = text[:-1].rstrip()  # "V. Kovyzhenko," over his office: "name, office" broken
            written = written.removesuffix(",").rstrip()  # and so written, less its comma
        by_hand = BY_HAND.search(text) is not None  # Hungarian "Kádár János s.k."
        text = BY_HAND.sub("", text)
        own_date = None
        named = NAME_AND_DATE.match(text)  # "A. Gromyko, 2 October" (never "Pyongyang, 2 May")
        if named and INITIALLED.match(named["name"].strip()) and closing_date(named["date"]):
            text, own_date = named["name"].strip(), Located(named["date"], line)
        if text.isupper() and (is_bare_name(text.title()) or (a_date(below) and cabled_name(text))):
            text = name_case(text)  # "JOHN F. KENNEDY", as typed under a letter; "SHTYKOV" / date
        elif SURNAME_IN_CAPITALS.match(text) and is_bare_name(name_case(text)):
            text = name_case(text)  # "Patrice LUMUMBA", the French and UN convention
        rank_after = False
        after = text.split(",", 1)
        if len(after) == 2 and is_rank(after[1].strip()):
            text, rank_after = after[0].strip(), True  # "J. William Fulbright, Chairman"
        local = without_local_rank(text)  # "Comandante en Jefe Fidel Castro Ruz"
        ranked_inline = local != text and is_bare_name(local)
        text = local
        ranked = personal_name(text)
        office = text[: len(text) - len(ranked)].strip()
        if _JOINED.search(office):
            continue  # "Assistant Secretary for East Asian and Pacific Affairs": one office
        if ranked != text and (is_bare_name(ranked) or initialled(ranked)):  # "Gen. X Y"
            ranked_inline = ranked_inline or name_kind(office) == "person"
            text = ranked  # the rank on the line says who signs
        with_initials = initialled(text)
        dated_surname = bool(_DATE_LINE.match(above)) or a_date(below)  # "Shtykov" / "25.VI.1950"
        under_date = dated_surname and _surname(text) and name_kind(text) is None
        chinese = han_name(text) and a_date(below)  # "毛泽东" / "十月二日"
        by_rank = (
            _surname(text)
            and name_kind(text) is None  # "Director" under "J. Edgar Hoover" is no surname
            and (is_rank(below) or office_above(lines, index))
        )
        own_hand = by_hand and _surname(text) and name_kind(text) is None  # "Kaiser v.r."
        if (
            len(text) > LINE_LENGTH
            or local_office(text)
            or not (
                with_initials or under_date or by_rank or is_bare_name(text) or chinese or own_hand
            )
        ):
            continue
        dated = (
            own_date is not None
            or a_date(below)
            or place_under_office(lines, index + 1)  # "Mao Zedong" / "Beijing" / "2 October 1950"
            or (  # "Zhou Enlai" / "24 March 1960"
                (found := PLACE_AND_DATE.match(above))
                is not None  # "Budapest, 12 July 1968" / name
                and closing_date(found["date"])
            )
        )
        if (joint := stacked(lines, index)) is not None:
            return joint  # "D. Ustinov" / "A. Gromyko" / "Yu. Andropov": all three sign
        if (
            with_initials
            or by_hand
            or ranked_inline
            or rank_after
            or by_rank
            or dated
            or under_date
            or office_above(lines, index)
            or is_rank(below)
            or CLOSING.search(above) is not None
            or bool(seals & {line + 1, line + 2, line - 1, line - 2})  # "Kim Il Sung" / "[stamp]"
        ):
            if written[:1].islower() and index > 0:  # an office over two lines, then the name
                return Signature(
                    Located(f"{above}\n{written}", lines[index - 1][0]), (Located(text, line),)
                )
            alone = Signature(Located(written, line), (Located(text, line),), own_date)
            floor = listed if listed < index else -1  # a list under the blocks ends none
            if by_hand:
                return by_hand_above(lines, index, floor, alone)  # "X, s.r." / "Y, s.r."
            return with_blocks_above(lines, index, floor, alone)  # every block signs
    return Signature()
