"""What the wording of a name tells where no authority file does: organisation or person,
and which words of it are the person's own name.

The wording is read at the name's head, before "of", "in", "to", "at" or "for": the
"Chairman of the Council of Ministers" is a person, the "Ministry of Foreign Affairs" an
organisation. A name whose head tells neither ("Ivan Petrović", "Hanoi") is left unknown:
the caller decides, and never makes a place of it on a guess.

>>> name_kind("Chairman of the Council of Ministers"), name_kind("Czechoslovak Embassy in Beijing")
('person', 'org')
>>> name_kind("Ivan Petrović") is None
True
"""

from __future__ import annotations

import re

from .gazetteer import is_state
from .name_words import ORG_WORDS, PERSON_WORDS
from .nationalities import is_nationality
from .office_words import (
    HEAD_END,
    JOINED_PARTICLE,
    OF_AFFAIRS,
    OFFICE_NOUN,
    SURNAME_TITLE,
    office_word,
    title_given_name,
)
from .services import a_service
from .text import NAME_PARTICLES, arabic_name_words, strip_article, unjoined
from .vocabulary import DOC_TYPES, classification_of, wording_key

_INITIAL = re.compile(r"(?:^|\s)[A-Z][a-z]?\.(?:\s?[A-Z][a-z]?\.)*\s?[^\W\d_]{2}")
"""Initials before a surname: "A. Gromyko", "A.M. Puzanov", "Yu. Andropov"."""
INITIALS_WORD = re.compile(r"^(?:[A-Z]\.)+(?:[A-Z][a-z]\w*)?$")  # "A.M." or "V.I.Ivanov"
_ACRONYMS = re.compile(r"^(?:[A-Z][A-Z&]{1,7}\s+)*(?:[A-Z][A-Z&]{1,7}|[A-Z][A-Za-z]{0,5}[A-Z])$")
"""Abbreviations: "CC CPSU", "MFA", and mixed-case ones ending in a capital: "MfS", "StB",
"KPdSU" (a name such as "McCone" ends in lower case)."""
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")  # "Pope John XXIII", "Henry Ford II": no body
NAME_WORDS = re.compile(r"[^\W\d_]{2,}")
_BRACKETED_NAME = re.compile(r"\((?P<name>[^\W\d_][^()]{1,40})\)\s*$")
GENERATION = re.compile(r"(?<![,\s]),?\s+(?:Jr|Sr)\.?$")  # from a run's start: linear time
"""A generational suffix ending a name: "Arthur M. Schlesinger, Jr.", "Joseph P. Kennedy Sr."."""
_CITY_WORD = re.compile(r"\b(?i:city|town|port|bay|island|islands|river|valley|province)\b")
_FAMILY_NAMES = frozenset(
    re.findall(
        r"\w+",
        "Bai Cai Cao Chen Cheng Cui Dai Deng Ding Dong Du Duan Fan Fang Feng Fu Gao Geng Gong Gu"
        " Guo Han He Hou Hu Huang Ji Jia Jiang Jin Kang Kong Lai Lei Li Liang Liao Lin Liu Long Lu"
        " Luo Ma Mao Meng Nie Pan Peng Qian Qiao Qin Qiu Ren Shen Shi Song Su Sun Tan Tang Tao"
        " Tian Wan Wang Wei Wen Wu Xi Xia Xiang Xie Xiong Xu Xue Yan Yang Yao Ye Yu Yuan Zeng"
        " Zhang Zhao Zheng Zhong Zhou Zhu Zou Kim Pak Park Choe Choi Jong Chong Cho Yun Jang Ri"
        " Rhee Ryu Hwang Nam Mun Chu Ho Hong Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui"
        " Do Ngo Duong Ly Truong",
    )
)
"""Chinese, Korean and Vietnamese family names, which begin a personal name in romanisation."""
_OFFICE_OBJECT = frozenset({"of", "the", "in", "to", "at", "for", "on"})
_KIN_OF = re.compile(
    r"(?i:(?:wife|widow|widower|husband|son|daughter|mother|father|brother|sister|nephew|niece|"
    r"grandson|granddaughter|son-in-law|daughter-in-law|family|children|relatives)\s+of)\b"
)
"""A relative named by whose relative they are: "the Widow of the late Chairman X" is not X."""
_FIELD_AFFAIRS = re.compile(r"(?:[A-Z][^\W\d_]+\s+){1,3}Affairs")


def name_kind(name: str) -> str | None:
    """``"org"`` or ``"person"`` when the head of ``name`` says so, else None; a name made
    only of abbreviations in capitals ("CC CPSU", "MFA") is an organisation."""
    if _ACRONYMS.match(name) or a_service(name) or government_field(name):
        return "org"  # "the Albanian Sigurimi": a national service
    found = HEAD_END.search(name)
    head = name[: found.start()] if found else name
    org = [m.end() for m in ORG_WORDS.finditer(head)]
    person = [m.start() for m in PERSON_WORDS.finditer(head)]
    if org and person and person[-1] >= org[-1]:
        return "person"  # "Japanese Socialist Party Chairman Sasaki Kōzō": the party's chairman
    if org or (not person and _body_acronym(head, name)):
        return "person" if _office_then_holder(name) else "org"
    if person or _INITIAL.search(name):
        return "person"
    return "org" if ORG_WORDS.search(name) else None


def _office_then_holder(name: str) -> bool:
    """Whether a body's name ends with an office and its holder, so names the holder: "KGB of
    the Ukrainian SSR Chairman V. Nikitchenko" is Nikitchenko (the body ends before the
    office's word)."""
    held = personal_name(name)
    before = name[: len(name) - len(held)].split() if held != name else []
    return bool(before) and office_word(before[-1]) and personal_name_shape(held)


def government_field(name: str) -> bool:
    """Whether a name is only a field of government's affairs, which alone names the ministry
    or department for it ("External Affairs", "Indian External Affairs"), never a person; after
    an office's "for ... and" it is the rest of the office ("Secretary of State for Foreign and
    Commonwealth Affairs")."""
    return _FIELD_AFFAIRS.fullmatch(strip_article(name)) is not None


def _body_acronym(head: str, name: str) -> bool:
    """Whether a name's head is a body's abbreviation, alone or after its nationality ("the
    KGB of the Ukrainian SSR", "Ukrainian KGB", "MfS of the GDR"): an abbreviation that is no
    state's ("USSR", "DPRK") nor a Roman numeral, in a name not all in capitals (where every
    word looks like one); after a given name it is a surname in capitals ("Jean DUPONT")."""
    *before, word = strip_article(head).split() or [""]
    return (
        _ACRONYMS.fullmatch(word) is not None
        and (not before or is_nationality(" ".join(before)))
        and name.upper() != name
        and _ROMAN_NUMERAL.fullmatch(word) is None
        and not is_state(word)
    )


RULER_STYLE = re.compile(
    r"(?:Crown\s+)?(?:King|Queen|Emperor|Empress|Emir|Amir|Shah|Sultan|Sheikh|Prince|Princess"
    r"|Grand\s+Duke)"
)
"""A ruler's style before his name: "King Khalid", "Shah Mohammad Reza Pahlavi"."""
_RULER_OF = re.compile(
    rf"^(?:(?i:the)\s+)?(?P<ruler>{RULER_STYLE.pattern}\s+[A-Z][^,()]*?)\s+of\s+"
    r"(?:the\s+)?(?P<state>[A-Z][^,()]*)$"
)
"""A ruler with his state after his name: "King Khalid of Saudi Arabia", "Emir Jaber of
Kuwait" (never "the Kingdom of Saudi Arabia" nor "the Prince of Wales": no name)."""


def personal_name(name: str) -> str:
    """A person's name less the offices, ranks, honorifics and nationality before it:
    "Chinese Premier Zhou Enlai" is Zhou Enlai, "Soviet Ambassador to the DPRK A.M. Puzanov"
    A.M. Puzanov, and in "the Ambassador in Moscow (Kohler)" the name is in the brackets. A
    phrase with no name after its office ("the Ambassador of the GDR") is kept whole; a
    generational suffix stays with the name ("Ambassador Henry Cabot Lodge, Jr."); a ruler's
    state is no part of it ("Emir Jaber of Kuwait" is Jaber)."""
    ruler = _RULER_OF.match(name)
    if ruler is not None and is_state(ruler["state"]):
        return personal_name(ruler["ruler"])  # "King Khalid of Saudi Arabia": the state is his
    generation = GENERATION.search(name)
    if generation is not None and generation.start() > 0:
        return f"{personal_name(name[: generation.start()])}{generation.group()}"
    bracketed = _BRACKETED_NAME.search(name)
    if bracketed is not None and PERSON_WORDS.search(bracketed["name"]) is None:
        return bracketed["name"]
    if bracketed is not None and (inner := personal_name(bracketed["name"])) != bracketed["name"]:
        return inner  # "the British Ambassador in Moscow (Sir Frank Roberts)"
    words = name.split()
    capitals = name.upper() == name  # "IVAN TESTOVIĆ": no acronym to stop at
    start = len(words)
    if len(words) > 2 and SURNAME_TITLE.fullmatch(words[-1]) and title_given_name(words[-2]):
        start -= 1  # "Ambassador Winston Lord", "Prime Minister Maurice Bishop": a surname
    while start > 0 and _in_name(words[start - 1], start == len(words), capitals):
        start -= 1
    while start < len(words) and words[start].islower():  # "de" cannot begin it
        start += 1
    kept = words[start:]
    if _KIN_OF.search(" ".join(words[:start])):
        return name  # "Wife of President Testov": his wife, whose own name is not given
    before = [word.casefold() for word in words[:start]]
    after_function_word = bool(before) and (  # "and" goes on with what the office is for:
        before[-1] in _OFFICE_OBJECT  # "for Foreign and Commonwealth Affairs" names no one
        or (before[-1] == "and" and not {"of", "for"}.isdisjoint(before))
    )
    if after_function_word and (holder := _holder_after_state(kept)) is not None:
        return holder  # "President of the Republic of Korea Park Chung Hee"
    if not kept or after_function_word or not any(NAME_WORDS.search(w) for w in kept):
        return name  # "the Ambassador of the GDR": what the office is of, no name
    return " ".join(kept)


def _holder_after_state(words: list[str]) -> str | None:
    """The name after the state an office is of: "Korea Park Chung Hee" (of "President of the
    Republic of Korea Park Chung Hee") is Park Chung Hee. A country's whole name is the state
    ("North Korea A.M. Puzanov" is A.M. Puzanov, never "Korea A.M. Puzanov"), whether or not
    the authority file knows it ("Kuwait Nikolai Sikachev" is Nikolai Sikachev), and so is a
    name with the Arabic article ("Syria Hafez al-Assad"). One word after the state is no name
    by its wording ("Egypt Cairo", "Poland Urgent"): only the authority file can tell
    (:func:`.state_surnames.surname_after_state`)."""
    countries = [cut for cut in range(1, len(words)) if is_state(" ".join(words[:cut]))]
    for cut in countries[-1:] or range(1, len(words) - 1):
        state, holder = words[:cut], " ".join(words[cut:])
        country = is_state(" ".join(state))
        named = country or all(
            w[:1].isupper() and w.isalpha() and OFFICE_NOUN.fullmatch(w) is None for w in state
        )
        capitalised = all(unjoined(w)[:1].isupper() for w in words[cut:])
        if (
            named
            and len(words) - cut >= 2
            and name_kind(holder) in (None, "person")  # not "India New Delhi Office"
            and (personal_name_shape(holder) or (country and capitalised))
            and not any(record_word(w) for w in words[cut:])  # not "Egypt Top Secret"
        ):
            return holder
    return None


def record_word(word: str) -> bool:
    """Whether a word says what a record is or how it is classified, no one's name: "Report",
    "Excerpt", "Secret"."""
    return wording_key(word) in DOC_TYPES or classification_of(word) is not None


def shared_family_name(name: str) -> bool:
    """Whether a name is a Chinese, Korean or Vietnamese family name alone ("Kim", "Li",
    "Nguyen"): millions share each, so it names someone only within one document."""
    return name in _FAMILY_NAMES


def _in_name(word: str, last: bool, capitals: bool) -> bool:
    """Whether a word, read from the end, still belongs to the personal name (written in
    ``capitals`` or not)."""
    bare = word.strip(",;:")
    if bare != word and not last:  # "Puzanov, Soviet Ambassador": the comma ends it
        return False
    if INITIALS_WORD.match(bare) or (bare.islower() and bare in NAME_PARTICLES):
        return True
    if OF_AFFAIRS.fullmatch(bare):
        return False  # "Chargé d'Affaires Pelishenko"
    bare = JOINED_PARTICLE.sub("", bare)
    if not bare[:1].isupper() or any(c.isdigit() for c in bare):
        return False
    if len(bare) > 1 and bare.isupper() and not (last or capitals):  # "the DPRK A.M. Puzanov"
        return False
    if OFFICE_NOUN.fullmatch(bare) and not last:  # "Secretary of State Rusk"
        return False
    return not office_word(bare)  # "Party Chairman" ends with no name


def personal_name_shape(name: str, no_such_place: bool = False) -> bool:
    """Whether a bare name has a shape that only people's names have: initials ("A.M.
    Puzanov"), a cover name with the person in brackets ("Filippov (Stalin)"), three
    capitalised words or more ("Kim Il Sung", "Vo Nguyen Giap", and "Izzat Ibrahim al-Duri":
    the Arabic article and "bin" count for nothing), or a Chinese, Korean or
    Vietnamese family name and a given name ("Zhou Enlai", "Pak Seong-cheol"). Two other
    words may name a city ("Phnom Penh", "Ulan Bator"), unless a gazetteer that lists the
    cities knows ``no_such_place`` ("Károly Práth")."""
    if _INITIAL.search(name) or _BRACKETED_NAME.search(name):
        return True
    words = arabic_name_words(name.split()) or name.split()  # "Izzat Ibrahim al-Duri"
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if len(words) >= 3 or (len(words) == 2 and no_such_place):
        return _CITY_WORD.search(name) is None
    return len(words) == 2 and words[0] in _FAMILY_NAMES


def agent_kind(name: str, default: str = "person") -> str:
    """The kind of an agent's name: its wording's, else ``default``."""
    if any(c.isdigit() for c in name):
        return "org"  # "7Brands", a company; no person's name holds a digit
    return name_kind(name) or default
