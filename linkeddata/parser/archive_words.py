"""The words of archives' names and of what follows them in a citation's holdings: whose
unit an archive is, which names hold documents, which segments are series and no seat (split
from :mod:`.repositories`, which reads the holdings with them)."""

from __future__ import annotations

import re

PARENT = re.compile(
    r"(?i:universit|\binstitution\b|stiftung|foundation|fundação|fundación|fondation"
    r"|bundesarchiv|\bacademy\b|akademie)"
)
"""The institution a repository is a unit of, named after it: "Hoover Institution Archives,
Stanford University", "Archiv der sozialen Demokratie (AdsD), Friedrich-Ebert-Stiftung"."""
ARCHIVE_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{0,2}[A-Z]{2,7}$")
"""An archive by its acronym: "RGASPI", "AVPRF", "SAPMO", "BStU"."""
ARCHIVE_STEM = re.compile(r"(?i:archiv|arhiv|archiw|arquiv|archyv|arkiv|levéltár)")
"""An archive's word in its languages: "Archives", "Bundesarchiv", "Arquivo", "Levéltár"."""
HOLDER_WORD = re.compile(
    rf"{ARCHIVE_STEM.pattern}|(?i:library|libraries|museum|institut"
    r"|bundesarchiv|records\s+office|documentation|universit|fondazione|fundação|fundación"
    r"|stiftung|foundation)"
)
"""Words of a name that holds documents in its languages: an archive's, a library's, a
museum's, an institute's, a university's or a foundation's."""
NOT_A_CITY = re.compile(
    r"(?i:\b(?:files?|papers|collections?|materials?|records|series|division|section"
    r"|department|office|ministry|committee|fonds?|country|subject|general|secretariat"
    r"|archives?|library|security|affairs|central|national|state|foreign|reports?|memo\w*"
    r"|correspondence|telegram\w*|cables|minutes|documents|notes|speeches|diar\w+|projects?"
    r"|despachos|of[ií]cios|relat[óo]rios|informes|cartas|recebidos|recibidos|expedidos|enviados"
    r"|confidenciai?s|confidenciales|secretos"
    r"|programs?|programmes?|staff|council|house|box|folder|fondo|serie|série|secci[oó]n"
    r"|expediente|legajo|caja|carpeta|maço|dossier"
    r"|szyfrogram\w*|[sš]ifr\w*|depesz\w*|notatk[ai]|korespondencj[ai]|sprawozdani[ae]|akta"
    r"|akten|teczk[ai]|sygn|zesp[oó]ł|iratok)\b)"
)
"""Words of the series, collections and offices that follow a repository's name, in its
languages too ("Telegramas Confidenciais, Santiago, 1973", "(AMSZ), Szyfrogramy, 1970": no
seat)."""
PROJECT = re.compile(
    r"^(?:[^,;()]*\s)?(?i:project|projekt|proyecto|projet)\b[^,;]*$|^[A-Z]{1,4}(?:HP|DP)$"
)
"""A documentation project, by its name or its acronym: "Parallel History Project on
Cooperative Security (PHP)", "Cold War International History Project", "CWIHP", "NKIDP". It
gathers and publishes copies and holds no originals."""
RECORDS_PROJECT = re.compile(rf"{PROJECT.pattern}|(?i:\bpresidential\s+materials\b)")
"""A records project inside an archive, named after its generic name: "National Archives,
Nixon Presidential Materials Project", "..., Nixon Presidential Materials Staff". A series or a
collection there is left to the name ("National Archives, Records of the Foreign Office" is no
one archive the wording alone can tell)."""
DATABASE = re.compile(r"(?i:\bdatabase\b)")
PROJECT_OR_DATABASE = re.compile(rf"{PROJECT.pattern}|{DATABASE.pattern}")
"""A project's or a database's name after a repository's name: the repository's project or
collection, its shelfmark ("National Security Archive, Carter-Brezhnev Project", "..., Russian
and East European Archive Documents Database (READD)"), whatever words it holds."""
GENERIC_ARCHIVE = re.compile(
    r"(?i:(?:the\s+)?(?:(?:national|state|central|diplomatic|historical|foreign\s+policy"
    r"|political|presidential|general)\s+)*archives?)"
)
"""An archive's name that says what it is but not whose: the institution or the country after
it belongs to the name ("Diplomatic Archives, Ministry of Foreign Affairs, Republic of Korea")."""
ARCHIVE_WORDS = frozenset(
    {"archive", "archives", "national", "state", "central", "diplomatic", "historical"}
    | {"political", "presidential", "general", "military", "party", "records", "record"}
)
"""Words of an archive's name that every country's archives have."""
UNIT_WORDS = frozenset(
    {"special", "collections", "collection", "manuscripts", "manuscript", "rare", "book"}
    | {"books", "library", "libraries", "research", "center", "centre", "reading", "room"}
    | {"department", "division", "and", "of", "the", "for"}
)
"""Words of a unit's name that every university's library has: "Special Collections Research
Center", "Rare Book and Manuscript Library"."""
SERIES = re.compile(
    r"\b(?i:papers|files?|collections?|records|series|fonds?|fondo|fondi|fondul|bestand|nachlass"
    r"|zesp[oó]ł|correspondence|telegrams|cables|minutes|diar(?:y|ies)|dossiers?|materials"
    r"|deposit(?:um)?)\b"
)
"""Words of a series, a fonds, a deposit or a collection in any language ("Fondo Amintore
Fanfani", "Bestand DY 30", "Nachlass Ulbricht", "Depositum Helmut Schmidt") in the holdings:
no part of the repository's name."""
