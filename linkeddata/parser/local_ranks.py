"""Ranks and offices written in Spanish or Portuguese before a signer's name: "Comandante en
Jefe Fidel Castro Ruz", "General de División Arnaldo Ochoa", "Cmdte. Manuel Piñeiro", and the
ranks and degrees Polish, Czech and Slovak signatures abbreviate: "płk Adam Krzysztoporski",
"ppłk mgr Jan Kowalski", "plk. JUDr. Karel Vrba". They say what the signer was, not who, so
they are dropped as "Gen." and "Ambassador" are; otherwise the rank becomes part of an
invented person's name."""

from __future__ import annotations

import re

from .names import INITIALS_WORD, personal_name

RANK_WORD = (
    r"(?:comandante|cmdte\.?|cmte\.?|general|coronel|cnel\.?|capit[áa]n|capit[ãa]o|cap\.?"
    r"|teniente|tte\.?|tenente|sargento|almirante|mayor|major|brigadier"
    r"|embajador|embaixador|c[óo]nsul|ministro|viceministro|vice-ministro|presidente"
    r"|vicepresidente|vice-presidente|primer\s+ministro|primeiro-ministro"
    r"|(?:(?:primer|segundo|tercer|primeiro|terceiro)[-\s])?secret[áa]rio|consejero|conselheiro"
    r"|canciller|chanceler|jefe|director|diretor|compa[ñn]er[oa]|camarada|doctor|doutor|dra?\.?"
    r"|licenciado"
    r"|lic\.?|ingeniero|ing\.?"
    r"|p?p[łl]k\.?|mjr\.?|kpt\.?|por\.|genmjr\.?|mgr\.?|in[żz]\.|judr\.|phdr\.|rsdr\.|mudr\.)"
)
"""Spanish and Portuguese ranks, offices and degrees, and the Polish, Czech and Slovak ranks
and degrees abbreviated in lower case ("płk", "ppłk", "mjr", "kpt.", "plk.", "pplk.", "mgr",
"inż.", "JUDr.", "PhDr.", "RSDr.")."""
_QUALIFIER = (
    r"(?:\s+(?:en\s+jefe|de\s+(?:divisi[óo]n|brigada|ej[ée]rcito|cuerpo\s+de\s+ej[ée]rcito"
    r"|estado|fragata|nav[íi]o|corbeta)|del\s+ej[ée]rcito|general|coronel))?"
)
_LOCAL_RANK = re.compile(rf"^(?:(?i:{RANK_WORD}{_QUALIFIER})\s+)+(?=[^\W\d_])")
"""One rank or more, each with what qualifies it ("en Jefe", "de División"), before a name."""


_RANK_AFTER = re.compile(
    r"(?<=\S)\s+(?:r\.|rendőr)\s+(?i:vezérezredes|altábornagy|vezérőrnagy|dandártábornok|ezredes"
    r"|alezredes|őrnagy|százados|főhadnagy|hadnagy)$"
)
"""A Hungarian police or state-security rank after the name: "Harangozó Szilveszter r.
vezérőrnagy" ("r.", rendőr, police)."""


def without_local_rank(text: str) -> str:
    """The name after a Spanish or Portuguese rank ("Comandante en Jefe Fidel Castro Ruz" is
    Fidel Castro Ruz) or before a Hungarian one ("Harangozó Szilveszter r. vezérőrnagy"), or
    ``text`` as it is when no such rank opens or ends it or nothing else is left."""
    if (after := _RANK_AFTER.search(text)) is not None:
        text = text[: after.start()]
    found = _LOCAL_RANK.match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    return rest if rest[:1].isupper() else text


_OFFICE_LINE = re.compile(
    rf"^(?i:{RANK_WORD}{_QUALIFIER})(?:\s+(?:de|del|do|da|dos|das)\s+[^\W\d_].*)?$"
)
"""A line that is a rank or an office alone, with what it is of: "Presidente de la
República", "Ministro de Relaciones Exteriores", "Embajador"."""


def local_office(text: str) -> bool:
    """Whether a closing line is only a Spanish or Portuguese office: it is no name, and the
    name under it signs ("Presidente de la República" / "Osvaldo Dorticós Torrado")."""
    return _OFFICE_LINE.match(text) is not None


def vouched_name(item: str) -> bool:
    """Whether an item under a label of the original's language is a person's by its form: a
    rank of that language, an honorific or an office before a name, or initials in it
    ("Chanceler Antônio F. Testedo", "el compañero Testo", "A. Testov"). The English tests of
    an item cannot refuse that language's bodies, roles and phrases ("Delegación Testiana",
    "Intérprete Oficial", "Según el protocolo"), so a bare two words are no name there."""
    return (
        without_local_rank(item) != item
        or personal_name(item) != item
        or any(INITIALS_WORD.match(word) for word in item.split())
    )
