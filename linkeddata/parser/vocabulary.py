"""The controlled lists the parser maps wordings to: keys of the concept schemes.

Each table maps a *normalised wording* (see :func:`wording_key`) to a concept key, so a
new wording seen in the collection is one line here and nothing else changes. The keys are
the ones used by ``ontology/concepts.ttl``.
"""

from __future__ import annotations

from ..record import CreditRole

_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015", "-"))


def wording_key(text: str) -> str:
    """Normalise a wording for lookup: case-folded, dashes unified, single spaces, no end mark."""
    text = text.strip().rstrip(".!:;")
    if not text.isascii():
        text = text.translate(_DASHES)
    if "-" in text:
        text = text.replace("-", " - ")
    return " ".join(text.split()).casefold()


def _table(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Invert ``key -> wordings`` into ``normalised wording -> key``."""
    return {wording_key(w): key for key, wordings in pairs.items() for w in wordings}


# Document types: key -> wordings at the start of a title (the longest wording wins).
DOC_TYPE_WORDINGS: dict[str, tuple[str, ...]] = {
    "telegram": ("Telegram", "Telegrams", "Telegramme"),
    "ciphered-telegram": ("Ciphered Telegram", "Cipher Telegram", "Coded Telegram"),
    "cable": ("Cable", "Cables"),
    "report": ("Report", "Reports"),
    "memorandum": ("Memorandum", "Memo"),
    "memorandum-of-conversation": (
        "Memorandum of Conversation",
        "Memorandum of a Conversation",
        "Memorandum of the Conversation",
        "Memoranda of Conversation",
    ),
    "letter": ("Letter", "Letters"),
    "note": ("Note", "Notes"),
    "record-of-conversation": (
        "Record of Conversation",
        "Record of a Conversation",
        "Record of the Conversation",
        "Record of Conversations",
    ),
    "diary": ("Diary", "Journal"),
    "speech": ("Speech",),
    "minutes": ("Minutes",),
    "resolution": ("Resolution",),
    "message": ("Message",),
    "newsletter": ("Newsletter",),
}
DOC_TYPES = _table(DOC_TYPE_WORDINGS)

# Security classifications, as titles and body header lines word them (also in Russian
# and German, the most frequent original languages of untranslated bodies).
CLASSIFICATIONS = _table(
    {
        "top-secret-sensitive": ("Top Secret/Sensitive", "Top Secret / Sensitive"),
        "top-secret": ("Top Secret", "Top-Secret", "Совершенно секретно"),
        "strictly-secret": ("Strictly Secret", "Строго секретно", "Streng geheim"),
        "secret": ("Secret", "Секретно", "Geheim"),
        "confidential": ("Confidential", "Vertraulich"),
        "special-file": ("Special File", "Special Folder", "Особая папка"),
    }
)

PRIORITIES = _table(
    {
        "regular": ("Regular",),
        "urgent": ("Urgent",),
        "immediate": ("Immediate",),
        "flash": ("Flash",),
    }
)

CONTENT_KINDS = _table(
    {
        "translation-english": ("Translation - English",),
        "english-html": ("English HTML",),
        "english-translation": ("English Translation",),
        "english-transcription": ("English Transcription",),
        "scan-of-original-document": ("Scan of Original Document",),
    }
)

# Names of the digital archive the citation names as the collection (the newest first).
ARCHIVES: tuple[str, ...] = (
    "Wilson Center Digital Archive",
    "History and Public Policy Program Digital Archive",
)

# Section headings (normalised) -> section key.
SECTIONS = {
    "citation": "citation",
    "summary": "summary",
    "original language": "language",
    "original languages": "language",
    "contents": "contents",
}

# Credit verbs -> the role they give (nouns too: "; translation by X").
CREDIT_VERBS: dict[str, CreditRole] = {
    "obtained": "obtained",
    "translated": "translated",
    "translation": "translated",
    "contributed": "contributed",
    "donated": "contributed",
    "provided": "contributed",
}

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# A month name as a regex (longest first so "Sept" is not read as "Sep" + "t").
MONTH_PATTERN = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
