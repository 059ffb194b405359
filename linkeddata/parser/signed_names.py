"""Names a closing line gives beside a mark of signing: after "Signed:" (one, with an office
after a comma, or several), beside a signature mark ("[signature] A. PUZANOV", "Kim Il Sung
(signature)"), or alone when it is the name of whom the title says sent or wrote the
document ("Mao Zedong" ending "Letter from Mao Zedong to Stalin")."""

from __future__ import annotations

import re

from ..iris import slug
from ..record import Located
from .closing_dates import closing_date
from .gazetteer import is_country
from .names import name_kind, personal_name, shared_family_name
from .signer_lines import (
    LINE_LENGTH,
    Signature,
    apparatus_word,
    cabled_name,
    in_capitals,
    is_bare_name,
    is_name,
    is_prose,
    is_rank,
    name_case,
    signing_name,
)
from .text import NAME_PARTICLES, last_bracket

MARK_WORDS = r"(?i:signature|signed|unterschrift|firma|подпись|podpis)"
"""A signature mark's word in the languages of the archive: German "(Unterschrift)", Spanish
"(Firma)", Russian "(подпись)", Polish "(podpis)"."""
_A_MARK = (
    rf"(?:\[(?:(?i:illegible)\s+)?{MARK_WORDS}[^\]]*\]|\({MARK_WORDS}\)"
    r"|/(?i:signature|signed)/)"
)
MARKED = re.compile(
    rf"^{_A_MARK}\s*\(?(?P<a>[^\W\d_][\w .'\u2019-]*?)\)?$"
    rf"|^(?P<b>[^\W\d_][\w .'\u2019-]*?)\s*{_A_MARK}$"
)
"""A name beside a signature mark: "[signature] A. PUZANOV", "/signature/ S. CHERVONENKO",
"[illegible signature] V. Kuznetsov", "Kim Il Sung (signature)"."""
_NAMES_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+(?:and|&)\s+")
NAME_AND_DATE = re.compile(r"^(?P<name>[^,\d]{2,60}),\s+(?P<date>\S.{0,40})$")
SURNAME = re.compile(r"^[^\W\d_a-z][^\W\d_A-Z][\w'’-]{1,30}$")
"""A surname alone, which signs under a date line: "12.III.1963" / "Andropov"."""


def authors_name(tail: list[tuple[int, str]], authors: tuple[str, ...]) -> Signature:
    """The last line when it is the name of a person the title says sent or wrote the
    document, alone or before a date: "Mao Zedong" ending "Letter from Mao Zedong to
    Stalin", "KIM IL SUNG", "Mao Zedong, 5 December", "Lê Duẩn" for "Le Duan", "Henry A.
    Kissinger" for "Henry Kissinger"."""
    if not tail or not authors:
        return Signature()
    line, text = tail[-1]
    name, date = text, None
    if (dated := NAME_AND_DATE.match(text)) is not None and closing_date(dated["date"]):
        name, date = dated["name"], Located(dated["date"], line)
    cased = _cased(name)
    bare = _without_middle_initial(cased)  # "Henry A. Kissinger" for "Henry Kissinger"
    if len(name) > LINE_LENGTH or name_kind(bare) is not None or not is_name(cased):
        return Signature()
    keys = {slug(_without_middle_initial(personal_name(a))) for a in _named(authors)} - {""}
    if slug(bare) not in keys:
        return Signature()
    names, first = [Located(cased, line)], len(tail) - 1
    while first > 0 and (above := _one_of(tail[first - 1][1], keys)) is not None:
        first -= 1  # "Alois Indra" / ... / "Vasil Biľak": all the title's senders sign
        names.insert(0, Located(above, tail[first][0]))
    if first < len(tail) - 1:
        written = "\n".join(text for _, text in tail[first:])
        return Signature(Located(written, tail[first][0]), tuple(names), date)
    return Signature(Located(text, line), (Located(cased, line),), date)  # "BASTIAN PINTO"


_GROUP_OF_PEOPLE = re.compile(r"\b(?i:factions?|groups?|delegations?|members)\b")
"""A title's sender that is a group of people, signed by its members: "the Anti-Reformist
Faction of the CPCz Leadership", "the Soviet Delegation", "Members of the Politburo"."""


def members_names(tail: list[tuple[int, str]], authors: tuple[str, ...]) -> Signature:
    """The full names stacked alone under the last paragraph, when the title's sender is a
    group of people: its members sign ("Letter of Invitation from the Anti-Reformist Faction
    ..." ending "Alois Indra" / "Drahomír Kolder" / ... / "Vasil Biľak"), two names or more."""
    if not any(_GROUP_OF_PEOPLE.search(author) for author in authors):
        return Signature()
    first = len(tail)
    while first > 0 and is_bare_name(_cased(tail[first - 1][1])):
        first -= 1
    above = tail[first - 1][1].rstrip() if first else ""
    if len(tail) - first < 2 or not is_prose(above) or above.endswith(":"):
        return Signature()  # "The delegation consisted of:" lists its members, who sign nothing
    written = "\n".join(text for _, text in tail[first:])
    names = tuple(Located(_cased(text), line) for line, text in tail[first:])
    return Signature(Located(written, tail[first][0]), names)


def _named(authors: tuple[str, ...]) -> list[str]:
    """The title's senders, a cover name and whom it covers each on its own: "Filippov
    [Stalin]" signs as "Filippov" (the name the telegram went out under) or "Stalin"."""
    return [part for a in authors for part in (last_bracket(a) or (a,))]


def _cased(text: str) -> str:
    return name_case(text) if in_capitals(text) else text


def _one_of(text: str, keys: set[str]) -> str | None:
    """A line that is the name of one of the title's senders (by their keys), in name case."""
    cased = _cased(text)
    if len(text) > LINE_LENGTH or not is_name(cased):
        return None
    return cased if slug(_without_middle_initial(cased)) in keys else None


def _without_middle_initial(name: str) -> str:
    """A name less the initials between its first and last words: "Henry A. Kissinger" signs
    for the title's "Henry Kissinger"."""
    words = name.split()
    middle = [w for w in words[1:-1] if not _INITIAL.fullmatch(w)]
    return " ".join(words[:1] + middle + words[-1:]) if len(words) > 2 else name


_INITIAL = re.compile(r"[A-Z]\.")


def beside_a_mark(text: str, under: bool = False) -> str | None:
    """The name on a line under or over a signature mark: a signatory's name ("Lee
    Tong-won", "A. Gromyko"), or a surname in brackets or in capitals ("(Andropov)",
    "PUZANOV"), which the mark makes a signature; a surname alone typed ``under`` the mark
    signs too ("[signature]" / "Mielke"), where a word over it may be a label ("Approved");
    a word of the apparatus never signs ("Seal", "Endnotes", "Copy": :func:`apparatus_word`)."""
    bare = text[1:-1].strip() if text[:1] + text[-1:] == "()" else text
    if apparatus_word(bare):
        return None  # "[signature]" / "Seal", "Endnotes", "Copy": the edition's, no one's
    if signing_name(bare) or (
        SURNAME.match(bare) is not None
        and name_kind(bare) is None
        and (bare != text or (under and not is_country(bare)))
    ):
        return bare
    if in_capitals(bare) and (signing_name(name_case(bare)) or cabled_name(bare)):
        return bare
    return None


def signed_names(written: str) -> list[str]:
    """The names after "Signed:": one ("N. Popa"), one with its office after a comma ("N.
    Popa, Ambassador"), or several ("Ion Gheorghe Maurer, Nicolae Ceaușescu", "X and Y")."""
    parts = [p.strip() for p in _NAMES_SEPARATOR.split(written) if p.strip()]
    if len(parts) > 1 and not any(_initials_only(p) for p in parts):  # not "Popa, N."
        names = [p for p in parts if not is_rank(p)]
        if names and all(is_name(n) for n in names):
            return names
    return [written] if is_name(written) else []


def _initials_only(part: str) -> bool:
    """Whether a part of a name is initials alone: "N.", "N", "Yu. V."."""
    return all(len(word.strip(".")) <= 2 for word in part.replace(".", ". ").split())


_COLUMNS = re.compile(r",|\s{3,}")
"""What separates the names of a line of signers: a comma, or the wide gap between the
columns of a two-column signature ("Lee Hu-rak    Kim Yong-ju")."""


def listed_signers(text: str) -> list[str]:
    """The names of a signature line that lists its signers between commas or in columns, two
    or more, each a signatory's name by its form ("A. Gromyko, Yu. Andropov, D. Ustinov",
    "Peng Dehuai, Gao Gang", "N. KHRUSHCHEV    W. ULBRICHT"); none when a part is anything
    else ("J. Fulbright, Chairman") or opens in lower case ("of State Security   Yu.
    Andropov" goes on an office over two lines)."""
    parts = [part.strip() for part in _COLUMNS.split(text)]
    cased = [name_case(part) if in_capitals(part) else part for part in parts]
    if len(parts) < 2 or not all(signing_name(p) and not p[:1].islower() for p in cased):
        return []
    return parts


_JOINED_ARTICLE = re.compile(r"^(?i:al|el)-(?=\w)")


def full_name_case(name: str) -> str:
    """A full name typed in capitals in name case, its particles between the first word and
    the last in lower case: "JOSÉ EDUARDO DOS SANTOS" is José Eduardo dos Santos, "HAFEZ
    AL-ASSAD" Hafez al-Assad, "ABDUL FATTAH ISMAIL" Abdul Fattah Ismail. A name that opens
    with a Chinese, Korean or Vietnamese family name holds no particle ("HOANG VAN HOAN" is
    Hoang Van Hoan), nor does a name end on one ("ZHU DE" is Zhu De)."""
    words = name_case(name).split(" ")
    inner = range(1, len(words) - 1) if not shared_family_name(words[0]) else range(0)
    return " ".join(
        word
        if not index
        else word.casefold()
        if index in inner and word.casefold() in NAME_PARTICLES
        else _JOINED_ARTICLE.sub(lambda m: m[0].casefold(), word)
        for index, word in enumerate(words)
    )
