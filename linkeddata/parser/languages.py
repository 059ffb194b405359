"""Original languages: names looked up in the ISO 639 registry that pycountry maintains.

The registry's names are formal ("Modern Greek (1453-)"), so its names are also indexed
without their qualifiers ("Greek"): that is still the registry speaking, not a table of
ours. An exact name or code wins over such a plain name.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from ..record import Language, Located, ParseWarning
from .iso639_2 import ISO639_2_CODES

_SEPARATOR = re.compile(r"(?<!\s)\s*(?:[,;/]|\s(?i:and)\s)\s*")
_QUALIFIER = re.compile(r"\s*\([^)]*\)$")
_MODERN = re.compile(r"^(?i:modern)\s+")
_NAME_LENGTH = 60
_OTHER_NAMES = {
    "farsi": "persian",
    "pashto": "pushto",
    "byelorussian": "belarusian",
    "azeri": "azerbaijani",
    "laotian": "lao",
    "slovene": "slovenian",
    "moldovan": "romanian",
    "serbo-croat": "serbo-croatian",
    "moldavian": "romanian",
    "uyghur": "uighur",
    "kyrgyz": "kirghiz",
    "sinhalese": "sinhala",
    "flemish": "dutch",
    "castilian": "spanish",
    "mandarin": "chinese",
    "cantonese": "chinese",
}
"""English names in common use that pycountry's ISO 639-3 table does not list: most are the
second names ISO 639-2 gives ("Pushto; Pashto", "Sinhala; Sinhalese", "Flemish; Dutch"),
and a Chinese variety is catalogued as Chinese, as ISO 639-2 has one code for them."""
_MACROLANGUAGES = {"prs": "per", "pes": "per", "arb": "ara", "ekk": "est", "lvs": "lav"}
"""Languages of ISO 639-3 alone and the ISO 639-2 code of the macrolanguage they belong to,
which id.loc.gov has: Dari and Iranian Persian are Persian (``per``), Standard Arabic is
Arabic; their BCP 47 tag stays their own (``prs``)."""
_ORIGINAL_KINDS = frozenset({"original-transcription", "scan-of-original-document"})
"""Content kinds in the original's language (keys of the content-kind scheme)."""
_KIND_LANGUAGE = re.compile(r"(?:\s[-\u2013\u2014]|:)\s*(?P<name>[^\W\d_][^\u2013\u2014:]*)$")
"""The language after a content kind's dash: "Arabic" of "Transcript - Arabic" (never after a
bullet: "- Scan of Original Document"; "Serbo-Croatian" kept whole)."""
_INDEXED = ("alpha_2", "alpha_3", "bibliographic", "name", "common_name", "inverted_name")


def parse_languages(
    numbered: list[tuple[int, str]], warnings: list[ParseWarning]
) -> tuple[Language, ...]:
    """Every language named in the section, each with its ISO 639-2 and BCP 47 codes; a
    language that ISO 639-2 lacks has its macrolanguage's code (Dari: ``per``), else
    (``hbs``, Serbo-Croatian) its BCP 47 tag alone, and a warning says so."""
    languages: list[Language] = []
    for line, text in numbered:
        for name in _SEPARATOR.split(text.strip()):
            name = name.strip(" .")
            if not name:
                continue
            codes = language_codes(name) if len(name) <= _NAME_LENGTH else None
            if codes is None:
                warnings.append(ParseWarning(f"unknown language {name[:_NAME_LENGTH]!r}", line))
                continue
            iso639_2: str | None = _MACROLANGUAGES.get(codes[0], codes[0])
            if iso639_2 not in ISO639_2_CODES:  # "Serbo-Croatian": hbs is ISO 639-3 alone
                message = f"language {name[:_NAME_LENGTH]!r} has no ISO 639-2 code ({codes[0]})"
                warnings.append(ParseWarning(message, line))
                iso639_2 = None
            if all(known.bcp47 != codes[1] for known in languages):
                languages.append(Language(Located(name, line), iso639_2, codes[1]))
    return tuple(languages)


def kind_languages(
    numbered: list[tuple[int, str]], kinds: tuple[Located[str], ...], warnings: list[ParseWarning]
) -> tuple[Language, ...]:
    """The original's language as a kind line of the Contents names it, for a record without
    an Original Language section: a transcription or a scan of the original is in its
    language ("Transcript - Arabic", "Original Scan - Korean")."""
    lines = dict(numbered)
    named = [
        (kind.line, found["name"])
        for kind in kinds
        if kind.value in _ORIGINAL_KINDS
        and (found := _KIND_LANGUAGE.search(lines.get(kind.line, ""))) is not None
    ]
    return parse_languages(named, warnings)


def language_codes(name: str) -> tuple[str, str] | None:
    """(ISO 639-2 bibliographic code or alpha-3, alpha-2 or alpha-3) for a language name; a
    script or variety in brackets does not change the language ("Chinese (Simplified)")."""
    registry = _registry()
    folded = name.casefold()
    found = registry.get(folded) or registry.get(_QUALIFIER.sub("", folded))
    return found or registry.get(_OTHER_NAMES.get(_QUALIFIER.sub("", folded), ""))


@lru_cache(maxsize=1)
def _registry() -> dict[str, tuple[str, str]]:
    """Every name and code pycountry knows, case-folded, with the codes it stands for.

    Built once: ``pycountry.languages.lookup`` scans the whole registry on a miss (about
    13 ms), which a collection with many unknown names cannot afford.
    """
    index: dict[str, tuple[str, str]] = {}
    plain: dict[str, tuple[str, str]] = {}
    for language in pycountry.languages:
        alpha_3: str = language.alpha_3
        codes = (getattr(language, "bibliographic", alpha_3), getattr(language, "alpha_2", alpha_3))
        for attribute in _INDEXED:
            if (value := getattr(language, attribute, None)) is not None:
                index.setdefault(value.casefold(), codes)
        plain.setdefault(_MODERN.sub("", _QUALIFIER.sub("", language.name)).casefold(), codes)
    return plain | index
