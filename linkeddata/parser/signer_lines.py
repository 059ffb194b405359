"""What a line of a closing block is: a person's name, a rank, a sentence of the text.

Shared by the signature readers: a name alone signs only when its form or its neighbours say
so (:mod:`.signatures`), and these say what a line's form is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Located
from .gazetteer import is_country
from .names import name_kind, personal_name
from .office_words import office_only
from .text import NAME_PARTICLES, arabic_name_words, is_name_like, unjoined
from .vocabulary import classification_of

INITIAL = r"[^\W\d_](?:[^\W\d_A-Z]|['\u2019][^\W\d_])?\."
"""One initial: "A.", "Yu.", "Zh.", and the Irish "O'D." (O'Donovan)."""
INITIALS_NAME = rf"(?!(?:Mr|Ms|Dr|St|Mt|Jr|Sr|Lt)\.)(?:{INITIAL}\s?){{1,3}}[^\W\d_][\w'\u2019-]+"
"""Initials and a surname: "A. Gromyko", "A.M. Puzanov", "Yu. Andropov", "Zh. Tsedenbal", "M.
O'D. B. Alexander" (an honorific is no initial: "Mr. Rusk")."""
INITIALLED = re.compile(rf"^{INITIALS_NAME}$")
_SURNAME_WORD = r"[^\W\d_a-z][^\W\d_A-Z][\w'\u2019-]*"
_PARTICLE = rf"(?:{'|'.join(sorted(NAME_PARTICLES | {'y'}))})"
_COMPOUND_SURNAME = re.compile(
    rf"^(?:{INITIAL}\s?){{1,3}}(?:{_PARTICLE}\s+)*{_SURNAME_WORD}"
    rf"(?:\s+(?:{_PARTICLE}\s+)*{_SURNAME_WORD}){{0,2}}$"
)
"""Initials and an Iberian compound surname, its particles in lower case: "A. C. da Câmara
Canto", "V. da Cunha", "L. Bastian Pinto", "F. Castro Ruz", "J. A. de Araújo Castro"."""
_NOT_INITIALS = re.compile(r"^(?:P\.\s?S|N\.\s?B|Ph\.\s?D)\.(?:\s|$)")
"""Letters with points that abbreviate, no one's initials: "P. S.", "N. B.", "Ph. D."."""
_THING_WORDS = frozenset(
    {"prize", "medal", "order", "award", "street", "avenue", "square", "platz", "strasse"}
    | {"straße", "haus", "mausoleum", "museum", "works", "branch", "airport", "station"}
    | {"institute", "university", "factory", "plant", "please", "return", "reply", "thesis"}
)
"""Common nouns of things, places and notes named after a person, which follow initials and a
surname as no surname's word does: "V. I. Lenin Prize", "J. F. Testles Airport"."""
INITIALS_ONLY = re.compile(rf"^(?:{INITIAL}\s?(?:{_PARTICLE}\s+)*){{2,4}}$")
"""Initials and no surname, as a minute is initialled: "C. A. W.", "M.O'D.B.A.", and a
particle's surname by its initial: "P. F. de Z.", "J. van der B."."""
_NAME_WITH_INITIALS = re.compile(r"\b[A-Z][a-z]?\.\s?(?:[A-Z][a-z]?\.\s?)*[A-Z][a-z]{2,}")
NAME_WORDS = 5
_NAME_WORD = re.compile(
    r"^[^\W\d_a-z](?:[^\W\d_A-Z][\w'’.-]*|(?:['’][^\W\d_])?\.)$|^[^\W\d_A-Z]{1,3}$"
)
"""A word of a name: "Kim", "Chang-ok", "McNamara", "V.", "O'D.", "de", "bin" (not "TOP",
"SECRET")."""
_PROSE_WORDS = 4
_SHORT_RANK = 3  # "Chargé d'affaires a.i."
_RANK_WORDS = 12  # "Premier of the State Council of the People's Republic of China"
LINE_LENGTH = 80
_AD_INTERIM = re.compile(r"\b(?i:ad\s+interim)\b")

ADDRESSED = re.compile(r"^(?i:to|comrade|cde\.|the\s+honou?rable)\s")
"""Whom a letter went to, never its signer: "To Comrade Mao Zedong", an addressee's block
under the signature ("Comrade Kim Il Sung" / "Chairman of the Cabinet of Ministers")."""


LIST_HEADER = re.compile(
    r"^(?:(?:(?i:list\s+of)\s+|[A-Z][a-z]+\s+)?"
    r"(?i:participants|present|also\s+present|attendees|attending|persons\s+present)"
    r"(?:\s+(?i:from|of|on|at)\s+[^:]{1,60})?\s*(?::|$)"
    r"|(?i:(?:distribution|mailing|circulation)(?:\s+list)?|(?:list\s+of\s+)?(?:addressees"
    r"|recipients)|copies(?:\s+(?:sent|distributed|forwarded))?(?:\s+(?:to|for))?|b?cc"
    r"|(?:sent|distributed)\s+to)\s*:"
    r"|[^:]{0,60}\b(?i:represented\s+by|received\s+from|attended\s+by|present\s+were):$)"
)
"""A list of people that is no closing: who took part, who received copies ("Copies to:",
"Distribution list:", "Copies sent to:", "The Soviet side was represented by:"), also with
whose they are ("Soviet participants:", "List of attendees", "Participants from the Chinese
side:", "Present at the meeting:")."""


def is_rank(text: str) -> bool:
    """A short line naming an office held by one person: "Ambassador", "Deputy Minister", or
    two held together ("Deputy Chairman of the Cabinet of Ministers and Minister of Foreign
    Affairs of the DPRK"); "ad interim" is the long form of "a.i." ("Chargé d'Affaires ad
    interim")."""
    text = _AD_INTERIM.sub("a.i.", text)
    first, joined, second = text.partition(" and ")
    return (
        _one_rank(text)
        or bool(joined and _one_rank(first) and _one_rank(second))
        or _rank_of_unit(text)
    )


def _rank_of_unit(text: str) -> bool:
    """An office written "Rank, Unit", as American memoranda sign: "Chief, Western Hemisphere
    Division", "Director, Bureau of Intelligence and Research" (never a name after the comma:
    "Chairman, Ivan Testov")."""
    rank, comma, unit = text.partition(", ")
    return bool(
        comma
        and len(text) <= LINE_LENGTH
        and _one_rank(rank)
        and unit[:1].isupper()
        and name_kind(unit) != "person"
        and not signing_name(unit)
        and not is_prose(text)
    )


def _one_rank(text: str) -> bool:
    return (
        0 < len(text) <= LINE_LENGTH
        and name_kind(text) == "person"
        and _NAME_WITH_INITIALS.search(text) is None  # "Ambassador", never "J. Edgar Hoover"
        and INITIALLED.match(text) is None
        and not is_prose(text)
        and (len(text.split()) <= _SHORT_RANK or is_name_like(text, _RANK_WORDS))
    )


def is_bare_name(text: str) -> bool:
    """A name of two to four capitalised words ("Kim Il Sung", "Pak Chang-ok"), besides its
    particles ("Antonio F. Azeredo da Silveira", "Sabir Abd al-Aziz al-Duri") and the Burmese
    honorific "U", a word of the name and no initial ("U Thant", "U Ba Swe"), none in
    capitals throughout (a heading or a marking) and no office or organisation wording."""
    words = text.split()
    own = arabic_name_words(words) or [word for word in words if word not in NAME_PARTICLES]
    return (
        2 <= len(own) <= NAME_WORDS - 1
        and all(_NAME_WORD.match(unjoined(word)) for word in words[words[0] == "U" :])
        and name_kind(text) in (None, "person")
        and personal_name(text) == text  # "John F. Kennedy", not "Deputy Minister Kim"
        and not office_only(text)  # "Secretary of Defense"
        and classification_of(text) is None  # "Geheime Verschlußsache", "Special Folder"
    )


def signing_name(text: str) -> bool:
    """A line that is only a signatory's name: "Lee Tong-won", "A. Gromyko"."""
    return is_bare_name(text) or initialled(text)


def initialled(text: str) -> bool:
    """Whether a line is initials and a surname, one word ("A. Gromyko") or a compound one
    whose every word is a surname's or a particle ("A. C. da Câmara Canto", "F. Castro
    Ruz"; never "A. Testov Minister", an office's word, or a body's or a place's, nor an
    abbreviation's letters or a thing named after a person: "N. B. Please Return", "V. I.
    Lenin Prize")."""
    if _NOT_INITIALS.match(text) is not None:
        return False
    if INITIALLED.match(text) is not None:
        return True
    return (
        _COMPOUND_SURNAME.match(text) is not None
        and not any(word.casefold() in _THING_WORDS for word in text.split())
        and name_kind(text) in (None, "person")
        and personal_name(text) == text
        and is_name(text)  # "P. S. The ..."
        and not any(
            is_country(word) or office_only(word) or classification_of(word) is not None
            for word in text.split()
        )
    )


def is_prose(text: str) -> bool:
    """A line of running text: a sentence of several words, or a speaker's line."""
    if INITIALS_ONLY.match(text) is not None:
        return False  # "P. F. de Z.": a signature of initials, whatever its words
    return (len(text.split()) >= _PROSE_WORDS and text[-1] in ".!?:;") or ": " in text


def is_name(text: str) -> bool:
    """A short capitalised phrase: a person's name, not a sentence."""
    return is_name_like(text, NAME_WORDS) and not any(
        word.casefold() in {"of", "the", "and", "in", "for", "on"} for word in text.split()
    )


CLOSING = re.compile(
    r"(?i:yours|greetings|regards|wishes|respect(?:fully)?|sincerely|faithfully|truly|salutations"
    r"|esteem|consid[ée]ration|fraternally|cordially|comradely|servant|honou?r\s+to\s+be"
    r"|distingu[ée]e|fraternels?|fraterni|cordiali|saluti|atentamente|saludos|fraternalmente"
    r"|thân\s+ái|quyết\s+thắng|gruß|grüßen|szacunku|privetom|приветом|уважением"
    r"|hochachtungsvoll|revolucionarios|fraternales|venceremos|atenciosamente|respeitosamente|cordialmente|submitted)\W*$"
)
"""The end of a closing formula: "Respectfully yours,", "With communist greetings",
"Fraternally,", "Your obedient Servant,"."""


@dataclass(frozen=True)
class Signature:
    """A signature line as written, the signatory it names and a date written with it;
    ``if_known`` when only a person the authority file or the record's title or summary
    names may sign so (a full name in capitals closing a telegram, which a slogan or a code
    word can look like)."""

    text: Located[str] | None = None
    signatories: tuple[Located[str], ...] = ()
    date: Located[str] | None = None
    if_known: bool = False


BY_HAND = re.compile(r"(?<!\s),?\s+(?i:s\.\s?k|s\.\s?r|m\.\s?p|v\.\s?r)\.?$")
""""By his own hand" after a signed name: Hungarian "s.k." (saját kezűleg), Serbo-Croatian
"s.r." (svojeručno), Czech and Slovak "v.r." (vlastní rukou), Latin "m.p." (manu propria)."""
SURNAME_IN_CAPITALS = re.compile(
    r"^(?:[^\W\d_][^\W\d_A-Z]+\s+|[^\W\d_]\.\s?){1,3}(?:Mc|Mac)?[^\W\d_a-z]{2,}(?:-[^\W\d_a-z]{2,})?$"
)
"""A full name whose surname is typed in capitals, the French, Russian and UN convention:
"Patrice LUMUMBA", "Andrei GROMYKO"."""
_CABLED = re.compile(r"(?:Mc|Mac)?[^\W\d_](?:[^\W\d_]|['’-]){3,}")
"""A surname as cables type it, in capitals (:func:`in_capitals`), accented ones too: "RUSK",
"O'BRIEN", "McCONAUGHY", "MacARTHUR", "CAMILIÓN", "MUÑOZ"."""
_NOT_SURNAMES = frozenset(
    {"end", "ends", "stop", "nnnn", "urgent", "immediate", "flash", "priority", "routine"}
    | {"confidential", "unclassified", "limdis", "nodis", "exdis", "noforn", "copy", "draft"}
    | {"translation", "original", "attachment", "enclosure", "annex", "appendix", "summary"}
    | {"state", "department", "quote", "unquote", "endquote", "niact", "action", "info"}
    | {"secstate", "secdef", "decontrol", "declassify", "sensitive", "channel", "repeat"}
    | {"repeated", "tosec", "secto", "deptel", "embtel", "reftel", "text", "message", "none"}
    | {"request", "requests", "instructions", "please", "advise", "reply", "comment"}
    | {"comments", "inform", "regards", "follows", "confirm", "acknowledge", "cite"}
    | {"exteriores", "itamaraty", "foreign", "external", "externals", "defence", "defense"}
)
"""Words in capitals that end a cable without signing it: markings, the end of a quotation
("UNQUOTE"), precedence and distribution ("NIACT", "ACTION", "SECSTATE"), its closing
formulas ("END OF MESSAGE", "REQUEST INSTRUCTIONS", "PLEASE ADVISE"), and a ministry's
telegraphic address, an institution's and no person's ("EXTERIORES", "ITAMARATY", the Indian
and Commonwealth "FOREIGN", "EXTERNAL", "DEFENCE"; never "HOME", Lord Home's signature)."""
_MISSION_ADDRESS = re.compile(r"(?i:[a-z]{2,6}(?:embassy|consul|mission|legation)|uk(?:mis|del))")
"""A mission's telegraphic address, its state's letters then its kind: "INDEMBASSY",
"AMEMBASSY", "AMCONSUL", "USMISSION", "UKMIS", "UKDEL" (never a surname's end: "SEIDEL")."""


_APPARATUS = frozenset(
    {"stamp", "stamps", "seal", "seals", "copies", "note", "notes", "source", "sources"}
    | {"received", "signed", "unsigned", "typed", "handwritten", "illegible", "initials"}
    | {"initialled", "initialed", "declassified", "sanitized", "redacted", "excised"}
    | {"endnotes", "endnote", "footnotes", "footnote", "attached", "attachments"}
    | {"enclosures", "annexes", "appendices", "addendum", "published", "translated"}
    | {"transcribed", "certified", "verified", "facsimile", "photocopy", "duplicate"}
    | {"signature", "signatures", "distribution", "archive", "registered", "approved"}
    | {"coded", "decoded", "encoded", "ciphered", "deciphered", "encrypted", "decrypted"}
    | {"continued", "contd", "conclusion", "concluded"}
)
"""Words of an archive's or an edition's apparatus, which a transcript types alone under or
over a signature mark and which never sign: "[signature]" / "Seal", "Stamp", "Illegible",
"Endnotes", "Declassified", "Published", the cipher clerk's "Decoded" and the transcript's
"Continued" (:data:`_NOT_SURNAMES` gives more: "Copy",
"Translation", "Original", "Appendix")."""


def apparatus_word(word: str) -> bool:
    """Whether a word alone is a word of the apparatus, a marking or a cable's formula, never a
    surname, in any case: "Seal", "ENDNOTES", "Copy", "Translation"."""
    folded = word.strip(" .:").casefold()
    return folded in _APPARATUS or folded in _NOT_SURNAMES


def cable_formula(text: str) -> bool:
    """Whether a line in capitals is a cable's formula or marking, never a name, whatever
    office stands under it ("REQUEST INSTRUCTIONS" / "AMBASSADOR")."""
    return text.isupper() and any(
        word.strip(".,:;!").casefold() in _NOT_SURNAMES for word in text.split()
    )


_MC = re.compile(r"\b(Mc|O')(\w)")
_MAC = re.compile(r"Mac[A-Z]")
_MC_TYPED = re.compile(r"\bMa?c(?=[A-Z])")


def name_case(name: str) -> str:
    """A name typed in capitals as it is written in a catalogue: "KOHLER" is Kohler, "A.
    PUZANOV" A. Puzanov, "McCONE" McCone, "MacARTHUR" MacArthur."""
    cased = _MC.sub(lambda m: m[1] + m[2].upper(), name.title())
    if "Mac" not in name:
        return cased
    return " ".join(  # "MacARTHUR" as typed: MacArthur ("MACK" stays Mack)
        f"Mac{word[3:].title()}" if _MAC.match(typed) else word
        for typed, word in zip(name.split(" "), cased.split(" "), strict=False)
    )


def in_capitals(name: str) -> bool:
    """Whether a name is typed in capitals, a "Mc" or "Mac" aside ("McCONAUGHY")."""
    return _MC_TYPED.sub("", name).isupper()


def cabled_name(word: str) -> bool:
    """Whether a word in capitals can be a surname as cables sign: never a marking, the end
    of a message, an office, a body or a country ("SECRET", "END", "SECRETARY", "KOREA")."""
    return not (
        _CABLED.fullmatch(word) is None
        or not in_capitals(word)
        or classification_of(word) is not None
        or apparatus_word(word)  # "END", "NIACT", "ENDNOTES", "FOREIGN"
        or _MISSION_ADDRESS.fullmatch(word) is not None  # "INDEMBASSY", "UKMIS"
        or name_kind(word.title()) is not None  # "SECRETARY", "EMBASSY"
        or is_country(word.title())  # "KOREA", "CUBA"
    )
