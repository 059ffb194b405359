"""Whether a record's English text is a translation (resource B), and the text's language."""

from __future__ import annotations

from ..record import Record

TRANSLATION_KINDS = frozenset({"translation-english", "english-translation"})
ENGLISH_KINDS = frozenset(
    {"translation-english", "english-translation", "english-html", "english-transcription"}
)


def has_translation(record: Record) -> bool:
    """Whether the catalogue offers an English translation: a translation kind or credit, or
    English text of any kind ("English HTML", "English Transcription") of an original known
    to be in other languages only."""
    bcp47 = [lang.bcp47 for lang in record.languages]
    if bcp47 == ["en"]:
        return False
    kinds = {k.value for k in record.content_kinds}
    credits = record.citation.credits if record.citation else ()
    foreign = bool(bcp47) and "en" not in bcp47
    return (
        bool(TRANSLATION_KINDS & kinds)
        or any(c.role == "translated" for c in credits)
        or (foreign and bool(ENGLISH_KINDS & kinds))
    )


def body_language(record: Record) -> str | None:
    """The BCP 47 tag of the text of a record without a translation: English for an English
    content kind, else the one original language (none when there are several)."""
    if ENGLISH_KINDS.intersection(k.value for k in record.content_kinds):
        return "en"
    return record.languages[0].bcp47 if len(record.languages) == 1 else None
