"""Write a collection of clearly synthetic document records for benchmarks and tests.

Usage::

    python bench/generate.py N OUT_DIR [--seed 42] [--authorities PATH]

Record ``i`` gets the id ``900000 + i`` and is written to ``OUT_DIR/<i // 1000>/<id>.txt``
(three-digit folders of 1,000 files). Every record is a pure function of ``(seed, i)``, so a
record does not change when N grows. The records follow the layout of the seed record and the
variation listed in ``docs/record-format.md`` (date forms, wrapped titles, citation styles,
missing sections, editorial brackets, signatures...) and the wordings of real catalogue titles
that the converter reads (``docs/data-model.md``): document types in their many wordings,
senders, addressees and intermediaries ("via"), missions "in X" or "to X", bracketed places,
markings with "(Synthetic)" suffixes, registry numbers in every form, and EDTF dates ("ca.
1950", "1950-1953", "Spring 1968"). Titles and texts say "Synthetic"; names come from fixed
pools (``Person 0123``, ``Place 042``, and name-shaped ones, ``Ana Przykładski``,
``Testograd``, for the wordings that must read as names) mixed with a few names of the
authority file (Pyongyang, KWP, N. Popa...) so that entity linking has something to find.
Stdlib only.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import shutil
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

FIRST_ID = 900_000
PER_FOLDER = 1_000

MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

REAL_PLACES = ("Pyongyang", "Bucharest", "Moscow", "Beijing")
OTHER_PLACES = ("Washington, DC", "Budapest", "Berlin", "Hanoi", "Seoul", "Prague", "Warsaw")
ORGS = ("Korean Workers' Party", "KWP", "Romanian Communist Party", "RCP", "Central Committee")
LANGUAGES = ("Romanian", "Russian", "Chinese", "German", "Korean", "Hungarian")
LANGUAGE_WEIGHTS = (30, 25, 15, 10, 10, 10)
CLASSIFICATIONS = ("TOP SECRET", "SECRET", "Secret", "Strictly Secret", "Confidential")
PRIORITIES = ("Regular", "Urgent", "Flash")
DOC_TYPES = ("Letter", "Report", "Memorandum", "Note", "Message", "Speech", "Resolution")
CONVERSATIONS = ("Memorandum of Conversation", "Record of Conversation", "Minutes of Conversation")
TITLE_SUFFIXES = (" (Excerpt)", " [Excerpts]", " (Fragments)", " (via Shtykov)")
# Name-shaped synthetic names: "Person 0123" does not read as a name ("X's Conversation with").
FIRST_NAMES = ("Ivan", "Ana", "Boris", "Dana", "Kim", "Lee", "Mihai", "Ewa", "Jan", "Li")
SURNAMES = ("Testov", "Probescu", "Beispiel", "Esempio", "Przykładski", "Példa", "Exemplu")
FAKE_CITIES = ("Testograd", "Probeburg", "Beispielstadt", "Mintaváros")
MISSION_CITIES = ("Hanoi", "Beijing", "Tirana", "Pyongyang", "Ulaanbaatar", "Havana")
NATIONS = ("Polish", "Hungarian", "Bulgarian", "Czechoslovak", "Romanian", "Mongolian")
MISSIONS = ("Embassy in", "Legation to", "Consulate General in", "Embassy in")
MISSION_TYPES = (
    *("Report", "Information Report", "Weekly Report No. {n}", "Telegram", "Memorandum"),
    *("Note Verbale", "Information", "Ciphered Telegram"),
)
MINISTRIES = ("Ministry of Foreign Affairs", "{nation} Ministry of Foreign Affairs")
MARKINGS = (
    *("TOP SECRET (Synthetic)", "Top Secret (Synthetic)", "top secret (Synthetic)"),
    *("Strictly Secret (Synthetic)", "SECRET (Synthetic)", "Confidential (Synthetic)"),
)
PRIORITY_WORDS = ("Urgent", "Flash", "Special", "Regular", "Immediate")
PARTY_TITLES = (
    "Letter from {p1} to {p2} (via {p3}), {marking}",
    "Oral Message from the Chairman of the Synthetic Council of Ministers to {p1} (via {p2})",
    "Response of the Prime Minister of {city} to {p1}, {number}, {marking}",
    "Ciphered Telegram, {p1} to {p2} (via {p3}), {priority}, {marking}",
    "Message from {p1} to the {nation} Embassy in {mission_city}, {marking}",
    "Letter {p1} to {p2}, {date}, {marking}",
)
CONVERSATION_TITLES = (
    "Conversation between {p1} and {p2} (Synthetic)",
    "{p1}'s Conversation with {p2} on {date} (Synthetic)",
    "{ordinal} Conversation between {p1} and {p2} (Synthetic)",
    "Minutes of the Conversation between {p1} and the Synthetic Delegation, {marking}",
)
VENUE_TITLES = (
    "Speech of Deputy {p1} in the Sejm, Warsaw (Synthetic)",
    "Transcript of the Synthetic Plenum in the Kremlin Hall [Moscow]",
    "Statement of the Synthetic Delegation in the Kremlin Hall [Moscow]",
    "Remarks of Ambassador {p1} at the United Nations (Synthetic)",
)
TYPED_TITLES = (
    "Minutes of the Synthetic Meeting of the {org}",
    "Resolution of the Synthetic Plenum of the {org} on Agriculture",
    "Decree of the Synthetic Presidium on Land Reform, {number}",
    "Directive to the Embassy in {mission_city} on Synthetic Propaganda",
    "Information on the Synthetic Harvest in {city}",
    "StB Note on {p1} (Synthetic)",
    "Excerpt from the Legation's Annual Report, {year} (Synthetic)",
    "Excerpts from {p1}'s Diary on the Synthetic Visit to {city}",
    "Excerpts from a Synthetic Scrapbook of {p1} on Students",
    "Instructions to the Synthetic Delegation in {mission_city}",
    "Interview of {p1} with the Synthetic Daily",
    "Treaty of Synthetic Friendship between {city} and {city2}",
    "Joint Communiqué of the Synthetic Talks in {mission_city}",
    "Biography of {p1} (Synthetic)",
    "Article in the Synthetic Daily on the Plenum",
    "Synthetic Newsletter No. {n}",
    "Down with the Synthetic Imperialists!",
    "Long Live the Synthetic Friendship of the Peoples!",
)
ORDINALS = ("Second", "Third", "First")
SEASONS = ("Spring", "Summer", "Autumn", "Fall", "Winter")
ARCHIVES = ("History and Public Policy Program Digital Archive", "Wilson Center Digital Archive")
HOSTS = (
    "https://digitalarchive.wilsoncenter.org",
    "http://digitalarchive.wilsoncenter.org",
    "https://wilson-center.drivingcreative.com",
)
CONTENT_KINDS = (
    "Translation - English",
    "English HTML",
    "English Translation",
    "English Transcription",
    "Scan of Original Document",
)
FUNDERS = (
    "the Leon Levy Foundation",
    "the Syngman Rhee Institute, Yonsei University",
    "the MacArthur Foundation",
    "the Korea Foundation",
)
INSTITUTIONS = ("the Institute for Far Eastern Studies, Kyungnam University", "Synthetic Archive")
CLASSIFICATION_LINES = (
    "TOP SECRET",
    "Top secret!",
    "Strictly secret",
    "CONFIDENTIAL.",
    "TOP SECRET/SENSITIVE",
    "(Top Secret)",
    "Top Secret. Copy Nº 1",
    "Special File",
)
FOREIGN_LINES = {
    "Russian": "Совершенно секретно. Синтетический документ, экз. № 1.",
    "German": "Streng geheim! Synthetisches Dokument, Ausfertigung 1.",
    "Korean": "조선로동당 중앙위원회 — 합성 문서 (Synthetic)",
    "Chinese": "中华人民共和国外交部 — 合成文件 (Synthetic)",
    "Hungarian": "Szigorúan titkos! Szintetikus dokumentum.",
    "Romanian": "Strict secret. Document sintetic, exemplar nr. 1.",
}

SUMMARIES = (
    "A Synthetic report on the {org}'s exchanges with other socialist and communist parties.",
    "{person} describes the Synthetic talks held in {place} with a delegation from {place2}.",
    "The embassy in {place} reports on the {org}'s refusal to exchange Synthetic experience.",
    "A Synthetic overview of relations between {place} and {place2} in {year}.",
    "{person} informs the ministry about a conversation with representatives of the {org}.",
    "Notes on the Synthetic economic situation in {place} and on the visit of {person}.",
)
SENTENCES = (
    "The Synthetic delegation from {place} met representatives of the {org} several times.",
    "According to {person}, the {org} is not interested in a wider exchange with {place2}.",
    "We consider that the position of the {org} on this matter has not changed since {year}.",
    "Comrade {person} stated that the talks in {place} took place in a friendly atmosphere.",
    "The embassy will continue to follow the activity of the {org} and will report in time.",
    "In the opinion of the diplomatic missions in {place}, the other side avoids commitments.",
    "The delegation left {place} for {place2} on {day} March, after a stay of {num} days.",
    "This Synthetic text was produced by a generator and describes no real event.",
    "The Romanian Communist Party proposed an exchange of delegations, which the KWP declined.",
    "The Korean Workers' Party held meetings in {place} on the Synthetic five-year plan.",
    "{person} hoped that the cooperation between {place} and {place2} would develop further.",
    "The press in {place} published only a short note about the visit, without commentary.",
    "N. Popa informed the ministry that the ambassador in {place2} shared this assessment.",
    "The materials received from {place} contain {num} pages and are attached to this report.",
    "It is worth mentioning that the Synthetic agreement of {year} was never published.",
    "The question of the {num} students studying in {place} was raised again by the {org}.",
    "We propose that the F[oreign] M[inistry] instruct the embassy in {place} to act again.",
    "The decisions of the [19]{yy} plenum of the {org} were discussed again in {place}.",
    "The meeting lasted {num} hours and ended with a reception offered by {person}.",
    "Given the reciprocity involved, the {org} limits itself to studying Synthetic reports.",
    "When asked about the plenum of {year}, {person} answered only in general terms.",
)
INSERTIONS = (
    " [sic]",
    " [emphasis in original]",
    " [1]",
    " [...]",
    " […]",
    " [REDACTED]",
    " [Ed. note: the Synthetic date is illegible.]",
    " [translator's note: literally, “the Synthetic line”.]",
)
SPECIAL_PARAGRAPHS = (
    "[Page {num}]",
    "(p. {day})",
    "\u2013 {num} \u2013",
    "* * *",
    "[Stamp: Synthetic Ministry of Foreign Affairs, Nº {num}]",
    "[handwritten above the form: Synthetic registry {num}",
    "[[handwritten: seen, {person}]]",
    "N o t e",
    "[1] Synthetic footnote about {place}.",
    "Contents: Synthetic enclosures, {num} pages",
    "\u00a0\u00a0\u00a0",
)
BODY_NUMBERS = ("# {n}428/sh", "Nº {n}308/sh", "Spec. No. {n}-{m}", "No. {n}/61/53/TJN", "{n}/55")
POSITIONS = ("Ambassador", "Chargé d'affaires a.i.", "First Secretary", "Minister")


def registry_number(i: int) -> str:
    """The title registry number of record ``i``: unique in the collection, e.g. ``76.042``."""
    return f"{76 + i // 1000}.{i % 1000:03d}"


class Rng(random.Random):
    """``random.Random`` with float-based ``choice`` and ``randrange``: 3 times faster."""

    def __init__(self, seed: int, stream: int = 0) -> None:
        super().__init__((seed << 40) | stream)
        self.seed_value = seed

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        """A random element of a non-empty sequence."""
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None) -> int:  # type: ignore[override]
        """A random integer in ``range(start, stop)`` (or ``range(start)``)."""
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))


def record_rng(seed: int, i: int) -> Rng:
    """The random stream of record ``i``: independent of N and of the other records."""
    return Rng(seed, i)


TITLE_WEIGHTS = (16, 6, 6, 4, 4, 4, 4, 14, 10, 10, 6, 6, 4, 6)


def title_kind(rng: Rng) -> int:
    """Draw the title pattern; the first draw of a record's stream (see :func:`reply_target`)."""
    return rng.choices(range(len(TITLE_WEIGHTS)), weights=TITLE_WEIGHTS)[0]


NUMBERED_KINDS = frozenset({0, 1})  # title patterns that show registry_number(i)


def person(rng: Rng) -> str:
    """A fake person, now and then a name of the authority file."""
    r = rng.random()
    if r < 0.08:
        return "N. Popa"
    return f"Person {rng.randrange(2000):04d}"


def place(rng: Rng) -> str:
    """Mostly a real place of the authority file, else a fake or unlinked one."""
    r = rng.random()
    if r < 0.6:
        return rng.choice(REAL_PLACES)
    if r < 0.75:
        return rng.choice(OTHER_PLACES)
    return f"Place {rng.randrange(300):03d}"


def archival_name(rng: Rng) -> str:
    """A name-shaped synthetic person (``Ana Przykładski``), read as a name by the converter."""
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def registry_form(rng: Rng, year: int) -> str:
    """A registry number in one of the forms archives write (``No.071.233``, ``#17``...)."""
    n = rng.randrange(1, 999_999)
    forms = (
        f"No.{n // 1000 % 1000:03d}.{n % 1000:03d}",
        f"no. {n % 10000}/{year}",
        f"No. {n:06d}",
        f"#{n % 100}",
        f"No {n % 50}",
        f"Nº {n % 1000:03d}/sh",
    )
    return rng.choice(forms)


def org(rng: Rng) -> str:
    """An organisation named in texts."""
    if rng.random() < 0.7:
        return rng.choice(ORGS)
    return f"Organisation {rng.randrange(200):03d}"


class _Filler(dict[str, str]):
    """A mapping that draws a value for each placeholder a template actually uses."""

    def __init__(self, rng: Rng) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key in ("place", "place2"):
            return place(rng)
        if key == "person":
            return person(rng)
        if key == "org":
            return org(rng)
        low, high = {"year": (1945, 1990), "yy": (45, 90), "day": (1, 29)}.get(key, (2, 160))
        return str(rng.randrange(low, high))


def fill(rng: Rng, template: str) -> str:
    """Fill a text template's placeholders with fresh random names and numbers."""
    return template.format_map(_Filler(rng))


def date_line(rng: Rng, y: int, m: int, d: int) -> str | None:
    """The bold date line in one of its forms, or ``None`` (no date line).

    Exact dates, months and years, and the ranges and approximations that become EDTF:
    ``ca. 1950``, ``1950-1953``, ``May-June 1967``, ``May 1-2, 1967``, ``Spring 1968``...
    """
    month, later = MONTHS[m - 1], MONTHS[min(m, 11)]
    first = min(d, 27)
    forms = (
        f"{month} {d}, {y}",
        f"{month} {d:02d}, {y}",
        f"{month} {y}",
        f"{month}, {y}",
        f"{y}",
        f"undated [{y}]",
        "Date unknown",
        None,
        f"ca. {y}",
        f"c. {month} {y}",
        f"{y}-{y + 1 + d % 4}",
        f"{MONTHS[min(m - 1, 10)]}-{later} {y}",
        f"{month} {first}-{first + 1}, {y}",
        f"{SEASONS[d % len(SEASONS)]} {y}",
        f"{y // 10 * 10}s",
        f"{y}?",
        f"[not before] {y}",
        f"[not after] {month} {y}",
        f"undated [ca. {y}]",
    )
    weights = (38, 6, 8, 3, 8, 4, 5, 7, 3, 2, 3, 2, 2, 2, 1, 1, 2, 1, 2)
    return rng.choices(forms, weights=weights)[0]


def written_date(rng: Rng, y: int, m: int, d: int) -> str:
    """A date as written in a body (``24.III.50``, ``13/5-50``...), never normalised."""
    yy = y % 100
    forms = (
        f"{d}.{ROMAN[m - 1]}.{yy:02d}",
        f"{d}.{ROMAN[m - 1]}.{y}",
        f"{d}/{m}-{yy:02d}",
        f"{m}/{d}/{yy:02d}",
        f'"{d}" {MONTHS[m - 1]} {y}',
        f"{y} {MONTHS[m - 1]} {d}",
        f"{d}.{ROMAN[m - 1]}/{y % 10}",
    )
    return rng.choice(forms)


def title_text(rng: Rng, kind: int, i: int, date: str) -> str:
    """The one-line title for pattern ``kind``; always says "Synthetic"."""
    a, b = place(rng), place(rng)
    cls, prio = rng.choice(CLASSIFICATIONS), rng.choice(PRIORITIES)
    num = f"{rng.randrange(10**6):06d}"
    tail = f", {date}" if rng.random() < 0.4 else ""
    if kind == 0:
        title = f"Telegram from {a} to {b}, No. {registry_number(i)}, {cls}{tail}, {prio}"
    elif kind == 1:
        title = f"Telegram from {a}, No.{registry_number(i)}, {prio}, {cls}"
    elif kind == 2:
        title = (
            f"Telegram {num} from the Romanian Embassy in {a} to the Romanian Ministry "
            f"of Foreign Affairs, {cls}, {prio}"
        )
    elif kind == 3:
        title = f"Telegram from {a} to {b}, {date}, {num}, {cls.title()}"
    elif kind == 4:
        dests = rng.choice(
            (f"{b} and {place(rng)}", "the [Socialist Federal] Republic [of Yugoslavia]")
        )
        title = f"Telegram from {a} to {dests}, {cls}"
    elif kind == 5:
        boss = rng.choice(("(Stalin)", "[Stalin]", f"({person(rng)})"))
        title = f"Ciphered Telegram, Shtykov to {person(rng)} {boss}"
    elif kind == 6:
        title = f"Cable No. {num}, Shtykov to Stalin, transmitting a Synthetic report from {a}"
    elif kind == 7:
        q1, q2 = rng.choice((("'", "'"), ("\u2018", "\u2019"), ('"', '"'), ("“", "”")))
        subject = f"{q1}On the Synthetic Question of {place(rng)}{q2}"
        return f"{rng.choice(DOC_TYPES)} from {person(rng)}, {subject}"
    elif kind == 8:
        title = f"{rng.choice(CONVERSATIONS)} between {person(rng)} and {person(rng)}{tail}"
    else:
        return archival_title(rng, kind, date)
    suffix = rng.choice(TITLE_SUFFIXES) if rng.random() < 0.1 else ""
    return f"{title} (Synthetic){suffix}"


def archival_title(rng: Rng, kind: int, date: str) -> str:
    """A title in the wordings of real catalogues (patterns 9-13): a mission's report, a
    message between parties, a conversation, a document made at a venue, or another type."""
    if kind == 9:
        mission = f"{rng.choice(NATIONS)} {rng.choice(MISSIONS)} {mission_city(rng)}"
        head = rng.choice(MISSION_TYPES).format(n=rng.randrange(1, 53))
        ministry = rng.choice(MINISTRIES).format(nation=rng.choice(NATIONS))
        marks = [registry_form(rng, int(date[-4:]))] if rng.random() < 0.7 else []
        marks += [rng.choice(PRIORITY_WORDS)] if rng.random() < 0.3 else []
        marks.append(rng.choice(MARKINGS))
        return f"{head} from the {mission} to the {ministry}, {', '.join(marks)}"
    templates = {10: PARTY_TITLES, 11: CONVERSATION_TITLES, 12: VENUE_TITLES}
    template = rng.choice(templates.get(kind, TYPED_TITLES))
    return template.format_map(_TitleFiller(rng, date))


def mission_city(rng: Rng) -> str:
    """Where a mission is: a city of the authority file, or a fake one (a stub)."""
    return rng.choice(MISSION_CITIES) if rng.random() < 0.7 else rng.choice(FAKE_CITIES)


class _TitleFiller(dict[str, str]):
    """Draws a value for each placeholder an archival title template uses."""

    def __init__(self, rng: Rng, date: str) -> None:
        super().__init__(date=date, year=date[-4:])
        self.rng = rng

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key.startswith("p"):
            return archival_name(rng)
        if key.startswith("city"):
            return rng.choice((*REAL_PLACES, *FAKE_CITIES))
        draws = {
            "mission_city": lambda: mission_city(rng),
            "marking": lambda: rng.choice(MARKINGS),
            "priority": lambda: rng.choice(PRIORITY_WORDS),
            "nation": lambda: rng.choice(NATIONS),
            "number": lambda: registry_form(rng, int(self["year"])),
            "ordinal": lambda: rng.choice(ORDINALS),
            "org": lambda: rng.choice(ORGS),
            "n": lambda: str(rng.randrange(1, 40)),
        }
        return draws[key]()


def wrap_bold(rng: Rng, text: str) -> list[str]:
    """Wrap a title over 1-3 bold lines, as the export does with long titles."""
    width = max(rng.randrange(40, 70), len(text) // 3 + 1)
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return [f"**{line}**" for line in lines]


def credit(rng: Rng, language: str | None) -> str:
    """A credit sentence in one of its forms (may be empty or the ``; translation by`` tail)."""
    x = "Eliza Gheorghe" if rng.random() < 0.3 else person(rng)
    y = person(rng)
    forms = (
        f" Obtained and translated for NKIDP by {x}.",
        f" Translated for NKIDP by {x}.",
        f" Obtained for NKIDP by {x} and translated for NKIDP by {y}.",
        f" Obtained for CWIHP by {x} and translated by {y}.",
        f" Contributed by {x} and translated by {y}.",
        f" Obtained and translated by {rng.choice(INSTITUTIONS)}.",
        f" Translated from {language or 'German'} for CWIHP by {x}.",
        f" Translated by {x}.",
        f"; translation by {x}",
        "",
    )
    return rng.choices(forms, weights=(25, 15, 8, 8, 6, 5, 5, 10, 6, 12))[0]


def repository(rng: Rng, language: str | None) -> str:
    """A repository with a shelfmark, loosely matching the original language."""
    n, a = rng.randrange(1, 999), rng.randrange(1, 90)
    year = rng.randrange(1950, 1980)
    by_language = {
        "Romanian": (
            "Archive of the Romanian Ministry of Foreign Affairs",
            f"Archive of the Romanian Ministry of Foreign Affairs (AMAE), Year: {year}; "
            f"Telegram Folder, Problem 20/Folder {n}",
        ),
        "Hungarian": (f"MOL, XIX-J-1-j Korea, {a}. doboz, 5/a, {n:06d}/ {year}",),
        "Russian": (
            f"APRF, fond 45, opis 1, delo {n}, listy {a}-{a + 4}",
            f"APRF, fond 45, opis 1, delo {n}, listy {a}-{a + 4} and APRF, fond 3, opis 65, "
            f"delo {n + 1}, listy {a + 7}-{a + 9}",
            "AVP RF, copy courtesy of NSA;",
        ),
        "Chinese": (f"PRC FMA 109-0{n:04d}-01, {a}-{a + 3}",),
        "German": (f"BStU, MfS, ZAIG {n + 4000}, pp. 1-{a}",),
        "Korean": (
            "Gerald R. Ford Presidential Library, National Security Adviser's Memoranda "
            f"of Conversation Collection, (Box {a}).",
        ),
    }
    options = by_language[language or rng.choice(LANGUAGES)]
    return rng.choice(options)


def citation(rng: Rng, title: str, date: str | None, language: str | None) -> str:
    """The citation paragraph in one of the quote styles."""
    when = f" {date}," if date else ""
    style = rng.choices(range(5), weights=(40, 15, 25, 10, 10))[0]
    if style == 4:
        return f'"{title},"{when.rstrip(",")}.'
    head = (f'"{title},"{when}', f"“{title},”{when}", f'"{title}",{when}', f"{title},{when}")[style]
    archive = ARCHIVES[0] if rng.random() < 0.8 else ARCHIVES[1]
    tail = credit(rng, language)
    repo = repository(rng, language)
    if tail.startswith(";"):
        return f"{head} {archive}, {repo.rstrip(';.')}{tail}"
    return f"{head} {archive}, {repo.rstrip(';.')}.{tail}"


def _sentence(rng: Rng) -> str:
    """One body sentence, sometimes with an editorial insertion or an OCR artefact."""
    text = fill(rng, rng.choice(SENTENCES))
    r = rng.random()
    if r < 0.12:
        text = text[:-1] + rng.choice(INSERTIONS) + "."
    elif r < 0.14:
        text = text.replace(" with ", " w it h ").replace(" the ", " th e ", 1)
    elif r < 0.16:
        words = text.split(" ")
        k = max(range(len(words)), key=lambda k: len(words[k]))
        words[k] = f"{words[k][:3]}-\n{words[k][3:]}"  # a PDF line break inside a long word
        text = " ".join(words)
    return text


@functools.cache
def sentence_pool(seed: int, size: int = 8192) -> tuple[str, ...]:
    """Body sentences drawn once per seed: records pick from them, which is 10 times faster."""
    rng = Rng(seed)
    return tuple(_sentence(rng) for _ in range(size))


def sentence(rng: Rng) -> str:
    """One body sentence from the pool of the stream's seed."""
    return rng.choice(sentence_pool(rng.seed_value))


def paragraph(rng: Rng) -> str:
    """One body paragraph: prose most of the time, else a list, header lines or a marker."""
    r = rng.random()
    if r < 0.72:
        return " ".join(sentence(rng) for _ in range(rng.randrange(5, 12)))
    if r < 0.82:
        marks = rng.choice(("{k}.", "{k})", "({k})", "-", "{r}."))
        return "\n".join(
            f"{marks.format(k=k, r=ROMAN[k - 1])} {sentence(rng)}"
            for k in range(1, rng.randrange(3, 6))
        )
    if r < 0.86:
        who = person(rng)
        return f"Comrade {who}: {sentence(rng)}\n\nComrade {person(rng)}: {sentence(rng)}"
    if r < 0.90:
        sent = f"{rng.randrange(1, 29)}.VI.19{rng.randrange(50, 80)}"
        to = f"To: Ministry of Foreign Affairs, {place(rng)}"
        return f"{to}\nSubject: Synthetic report\nSent: {sent}"
    n = rng.randrange(100, 9999)
    if r < 0.93:
        return rng.choice(BODY_NUMBERS).format(n=n, m=n + 1)
    return fill(rng, rng.choice(SPECIAL_PARAGRAPHS))


def reply_target(rng: Rng, seed: int, i: int) -> str:
    """A registry number to reply to: an earlier record's when one is found, else an outside one."""
    if i and rng.random() < 0.6:
        for _ in range(4):
            j = rng.randrange(max(0, i - 2000), i)
            if title_kind(record_rng(seed, j)) in NUMBERED_KINDS:
                return registry_number(j)
    return f"{rng.randrange(10, 76)}.{rng.randrange(1000):03d}"


def signature(rng: Rng, y: int, m: int, d: int) -> str:
    """A closing signature in one of its forms."""
    name = person(rng)
    title = rng.choice(POSITIONS)
    forms = (
        f"Signed: {name}",
        f"{written_date(rng, y, m, d)} {rng.choice(('Shtykov', name))}",
        f"{name}\n{title}",
        f"{title}\n{name}",
        f"By order of the Minister / {name}",
        rng.choice(("(A. Gromyko)", f"({name})")),
        rng.choice(("[Signature] (S. Chervonenko)", f"[Signature] ({name})")),
        f"The Embassy of the Romanian Socialist Republic in {place(rng)}",
        f"With communist greetings,\n{name}",
    )
    return rng.choices(forms, weights=(30, 10, 10, 8, 5, 10, 8, 5, 6))[0]


def body(rng: Rng, seed: int, i: int, language: str | None, ymd: tuple[int, ...]) -> str:
    """The body: optional classification, reply reference, 3-12 paragraphs, signature, date."""
    paras: list[str] = []
    if rng.random() < 0.15:
        paras.append(rng.choice(CLASSIFICATION_LINES))
    if rng.random() < 0.2:
        paras.append(
            f"In response to your telegram no. {reply_target(rng, seed, i)}, "
            "we can make the following Synthetic judgments:"
        )
    paras.extend(paragraph(rng) for _ in range(rng.randrange(3, 13)))
    if language in FOREIGN_LINES and rng.random() < 0.1:
        paras.insert(rng.randrange(len(paras) + 1), FOREIGN_LINES[language])
    if rng.random() < 0.75:
        paras.append(signature(rng, *ymd))
    if rng.random() < 0.35:
        paras.append(written_date(rng, *ymd))
    joiner = rng.choices(("\n\n", "\n", " "), weights=(85, 12, 3))[0]
    return joiner.join(paras)


def render_record(seed: int, i: int) -> str:
    """The full text of record ``i`` of the collection generated with ``seed``."""
    rng = record_rng(seed, i)
    kind = title_kind(rng)
    ymd = (rng.randrange(1945, 1990), rng.randrange(1, 13), rng.randrange(1, 29))
    date = date_line(rng, *ymd)
    title_date = f"{MONTHS[ymd[1] - 1]} {ymd[2]}, {ymd[0]}" if rng.random() < 0.9 else "1953"
    title = title_text(rng, kind, i, title_date)
    language = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0] if rng.random() < 0.8 else None
    out = ["\n\n" if rng.random() < 0.8 else ""]
    head = ([f"**{date}**"] if date else []) + wrap_bold(rng, title)
    out.append("  \n".join(head) + "\n\n")
    if rng.random() < 0.9:
        cite = citation(rng, title, date, language)
        url_r = rng.random()
        if url_r < 0.92:
            host = rng.choices(HOSTS, weights=(70, 10, 20))[0]
            cite += f"  \n<{host}/document/{FIRST_ID + i}>"
        out.append(f"**Citation:**\n\n{cite}\n\n")
    if rng.random() < 0.85:
        summary = "\n\n".join(fill(rng, rng.choice(SUMMARIES)) for _ in range(rng.randrange(1, 4)))
        out.append(f"**Summary:**\n\n{summary}\n\n")
    if language:
        if rng.random() < 0.1:
            language = f"{language}, {rng.choice(LANGUAGES)}"
        out.append(f"**Original Language:**\n\n{language}\n\n")
        language = language.split(",")[0]
    if rng.random() < 0.93:
        kinds = [rng.choices(CONTENT_KINDS, weights=(60, 15, 10, 5, 10))[0]]
        if rng.random() < 0.15:
            kinds.append("Scan of Original Document")
        out.append("**Contents:**\n\n")
        if rng.random() < 0.88:
            out.append("\n".join(kinds) + "\n\n")
        if rng.random() < 0.95:
            out.append(body(rng, seed, i, language, ymd) + "\n\n")
    if rng.random() < 0.15:
        funders = " and ".join(rng.sample(FUNDERS, rng.randrange(1, 3)))
        out.append(f"This document was made possible with support from {funders}.\n\n")
    text = "".join(out)
    return text.rstrip("\n") if rng.random() < 0.5 else text.rstrip("\n") + "\n"


def write_folder(seed: int, out_dir: Path, folder: int, n: int) -> None:
    """Write the records of one folder (``folder * 1000`` up to 1,000 records, below ``n``)."""
    path = out_dir / f"{folder:03d}"
    path.mkdir(exist_ok=True)
    for i in range(folder * PER_FOLDER, min(n, (folder + 1) * PER_FOLDER)):
        with open(path / f"{FIRST_ID + i}.txt", "wb") as file:
            file.write(render_record(seed, i).encode())


def generate(
    n: int,
    out_dir: Path,
    *,
    seed: int = 42,
    authorities: Path | None = None,
    jobs: int | None = None,
) -> None:
    """Write ``n`` records (and a copy of ``authorities``) under ``out_dir``.

    Folders are written by ``jobs`` processes (default: one per CPU; one for small ``n``).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    folders = range((n + PER_FOLDER - 1) // PER_FOLDER)
    jobs = 1 if len(folders) < 2 else jobs or os.cpu_count() or 1
    if jobs == 1:
        for folder in folders:
            write_folder(seed, out_dir, folder, n)
    else:
        with ProcessPoolExecutor(jobs) as pool:
            done = [pool.submit(write_folder, seed, out_dir, folder, n) for folder in folders]
            for future in done:
                future.result()
    if authorities is not None:
        shutil.copyfile(authorities, out_dir / "authorities.ttl")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of records")
    parser.add_argument("out_dir", type=Path, help="folder to write the collection into")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--authorities", type=Path, help="authority file to copy alongside")
    parser.add_argument("--jobs", type=int, help="worker processes (default: one per CPU)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    generate(args.n, args.out_dir, seed=args.seed, authorities=args.authorities, jobs=args.jobs)
    elapsed = time.perf_counter() - start
    print(f"{args.n} records in {args.out_dir} in {elapsed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
