"""Each fixture record in tests/data/records, with everything it must yield.

The table names what each fixture covers and every value it must give; any field the table
does not name must come out absent (None or empty), so nothing is invented. Line numbers are
checked by the tests below the table.
"""

from __future__ import annotations

import dataclasses
import pathlib
from typing import Any

import pytest

from linkeddata.parser import parse_record, read_record, vocabulary
from linkeddata.record import Citation, Located, Record, Title

RECORDS = pathlib.Path(__file__).parent / "data" / "records"
CYRILLIC_NAME = "А. Тестов"
CYRILLIC_BODY_START = "Совершенно секретно\n\nТоварищу"


@dataclasses.dataclass(frozen=True)
class Prefix:
    """Expect a long text that starts with this."""

    text: str


def value(item: Located[str] | None) -> str | None:
    return None if item is None else item.value


def values(items: tuple[Located[str], ...]) -> tuple[str, ...]:
    return tuple(item.value for item in items)


def flatten(record: Record) -> dict[str, Any]:
    """The record's values without their lines, one key per field; empty ones left out."""
    date = record.date
    flat: dict[str, Any] = {
        "id": record.id.value,
        "url": value(record.url),
        "date": None if date is None else (date.text, date.iso, date.precision, date.inferred),
        "summary": value(record.summary),
        "languages": tuple((x.name.value, x.iso639_2, x.bcp47) for x in record.languages),
        "content_kinds": values(record.content_kinds),
        "body": value(record.body),
        "funders": values(record.funders),
        "signature": value(record.signature_text),
        "signatories": values(record.signatories),
        "date_as_written": value(record.date_as_written),
        "reply_to": values(record.reply_to),
        "body_classifications": values(record.body_classifications),
        "body_registry_numbers": values(record.body_registry_numbers),
        "warnings": tuple((w.line, w.message) for w in record.warnings),
    }
    flat |= _title_fields(record.title) | _citation_fields(record.citation)
    return {key: item for key, item in flat.items() if item not in (None, ())}


def _title_fields(title: Title | None) -> dict[str, Any]:
    if title is None:
        return {}
    return {
        "title": title.text.value,
        "doc_type": value(title.doc_type),
        "senders": values(title.senders),
        "recipients": values(title.recipients),
        "intermediaries": values(title.intermediaries),
        "authors": values(title.authors),
        "participants": values(title.participants),
        "clause": title.clause,
        "origins": values(title.origins),
        "destinations": values(title.destinations),
        "title_numbers": values(title.registry_numbers),
        "classification": value(title.classification),
        "classification_text": value(title.classification_text),
        "priority": value(title.priority),
        "subject": value(title.subject),
        "title_date": value(title.date_text),
    }


def _citation_fields(citation: Citation | None) -> dict[str, Any]:
    if citation is None:
        return {}
    return {
        "citation": citation.text.value,
        "citation_title": value(citation.title),
        "citation_date": value(citation.date_text),
        "archive": value(citation.archive),
        "repositories": values(citation.repositories),
        "shelfmarks": values(citation.shelfmarks),
        "publications": values(citation.publications),
        "credit_text": value(citation.credit_text),
        "credits": tuple(
            (c.role, c.agent.value, value(c.project), value(c.source_language))
            for c in citation.credits
        ),
    }


def read(name: str) -> Record:
    return read_record(RECORDS / name, RECORDS)


# file -> (what it covers, every non-empty value it yields)
FIXTURES: dict[str, tuple[str, dict[str, Any]]] = {
    "transcript-original.txt": (
        (
            "contents listing 'Original Scan', a transcription in the original's language"
            " ('Transcript - Russian') and a translation into another ('Translation - German'),"
            " bulleted"
        ),
        {
            "id": "transcript-original",
            "url": "https://digitalarchive.wilsoncenter.org/document/transcript-original",
            "date": ("12 March 1963", "1963-03-12", "day", False),
            "languages": (("Russian", "rus", "ru"),),
            "content_kinds": (
                "scan-of-original-document",
                "original-transcription",
                "translation-english",
                "translation-other",
            ),
            "body": Prefix("[Synthetic fixture] A telegram whose catalogue"),
            "title": "Ciphered Telegram from Testgrad to Moscow, No. 412",
            "doc_type": "ciphered-telegram",
            "senders": ("Testgrad",),
            "recipients": ("Moscow",),
            "clause": "from",
            "title_numbers": ("412",),
            "citation": Prefix('"Ciphered Telegram from Testgrad to Moscow, No. 412,"'),
            "citation_title": "Ciphered Telegram from Testgrad to Moscow, No. 412",
            "citation_date": "March 12, 1963",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Test State Archive",),
            "shelfmarks": ("fond 5, opis 30, delo 3",),
            "credit_text": "Translated by Tess Tester.",
            "credits": (("translated", "Tess Tester", None, None),),
        },
    ),
    "airgram-caveat.txt": (
        (
            "an airgram (a message); 'Limited Official Use' in the title; 'SECRET/NODIS': a"
            " classification and its handling caveat; '/s/' signature"
        ),
        {
            "id": "airgram-caveat",
            "url": "https://digitalarchive.wilsoncenter.org/document/airgram-caveat",
            "date": ("March 3, 1972", "1972-03-03", "day", False),
            "content_kinds": ("english-transcription",),
            "body": Prefix("SECRET/NODIS\n\n[Synthetic fixture] An air"),
            "signature": "/s/ John Testdoe",
            "signatories": ("John Testdoe",),
            "body_classifications": ("secret",),
            "title": (
                "Airgram from the Test Embassy in Testville to the Department of State,"
                " Limited Official Use"
            ),
            "doc_type": "message",
            "senders": ("Test Embassy in Testville",),
            "recipients": ("Department of State",),
            "clause": "from",
            "origins": ("Testville",),
            "classification": "official-use",
            "classification_text": "Limited Official Use",
            "citation": Prefix('"Airgram from the Test Embassy in Testvi'),
            "citation_title": (
                "Airgram from the Test Embassy in Testville to the Department of State,"
                " Limited Official Use"
            ),
            "citation_date": "March 3, 1972",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Test Presidential Library",),
            "shelfmarks": ("Box 7",),
            "credit_text": "Obtained by Ana Testescu.",
            "credits": (("obtained", "Ana Testescu", None, None),),
        },
    ),
    "streng-vertraulich.txt": (
        (
            "'Restricted' in the title, 'Streng vertraulich!' (strictly confidential) in a German"
            " body; a heading with its text on the same line; a name over a German rank signs"
        ),
        {
            "id": "streng-vertraulich",
            "date": ("1963", "1963", "year", False),
            "languages": (("German", "ger", "de"),),
            "body": Prefix("Streng vertraulich!\n\n[Synthetic fixture]"),
            "body_classifications": ("strictly-confidential",),
            "title": "Information on a Test Visit, Restricted",
            "doc_type": "information",
            "classification": "restricted",
            "classification_text": "Restricted",
            "signature": "Ivan Testov",
            "signatories": ("Ivan Testov",),
        },
    ),
    "900002.txt": (
        (
            "numeric id from an http URL; date 'December 1980'; 'Washington, DC' "
            "sender; 'No.084.504' without space; priority and classification in "
            "the title; comma inside ASCII quotes; AMAE 'Year:' shelfmark; "
            "'Obtained and translated for NKIDP by'; one funder; "
            "'CONFIDENTIAL.'; 'ref. your cable nr. 123'"
        ),
        {
            "id": "900002",
            "url": "http://digitalarchive.wilsoncenter.org/document/900002",
            "date": ("December 1980", "1980-12", "month", False),
            "title": "Telegram from Washington, DC, No.084.504, Urgent, SECRET",
            "doc_type": "telegram",
            "clause": "from",
            "senders": ("Washington, DC",),
            "title_numbers": ("084.504",),
            "classification": "secret",
            "classification_text": "SECRET",
            "priority": "urgent",
            "citation": Prefix('"Telegram from Washington, DC, No.084.50'),
            "citation_title": "Telegram from Washington, DC, No.084.504, Urgent, SECRET",
            "citation_date": "December 1980",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Archive of the Romanian Ministry of Foreign Affairs (AMAE)",),
            "shelfmarks": ("Year: 1980; Telegrams, Washington, vol. 3",),
            "credit_text": "Obtained and translated for NKIDP by Ana Testescu.",
            "credits": (
                ("obtained", "Ana Testescu", "NKIDP", None),
                ("translated", "Ana Testescu", "NKIDP", None),
            ),
            "summary": Prefix("A synthetic telegram about an imaginary "),
            "languages": (("Romanian", "rum", "ro"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("CONFIDENTIAL.\n\nNo.084.504\n\n[Synthetic fi"),
            "funders": ("Leon Levy Foundation",),
            "signature": "Signed: D. Placeholder",
            "signatories": ("D. Placeholder",),
            "reply_to": ("123",),
            "body_classifications": ("confidential",),
            "body_registry_numbers": ("084.504",),
        },
    ),
    "audio-summary-only.txt": (
        "audio record: date, title and summary only; speech; no URL (id from the file name)",
        {
            "id": "audio-summary-only",
            "date": ("May 1, 1967", "1967-05-01", "day", False),
            "title": "Speech at the Synthetic Congress of Test Workers",
            "doc_type": "speech",
            "summary": Prefix("An audio recording of an invented speech"),
        },
    ),
    "bold-span-title.txt": (
        "one bold span wrapping over two lines; citation with title and date only",
        {
            "id": "bold-span-title",
            "date": ("May 1, 1967", "1967-05-01", "day", False),
            "title": "Telegram from Test City to Other City, No. 1.234, TOP SECRET",
            "doc_type": "telegram",
            "clause": "from",
            "senders": ("Test City",),
            "recipients": ("Other City",),
            "title_numbers": ("1.234",),
            "classification": "top-secret",
            "classification_text": "TOP SECRET",
            "citation": Prefix('"Telegram from Test City to Other City, '),
            "citation_title": "Telegram from Test City to Other City, No. 1.234, TOP SECRET",
            "citation_date": "May 1, 1967",
            "summary": Prefix("A title whose bold span wraps over two l"),
        },
    ),
    "cable-transmitting.txt": (
        (
            "'Cable No. N, X to Y, transmitting ...'; curly quotes with the "
            "comma outside; 'AVP RF, copy courtesy of NSA; translation by X'; "
            "'(Top Secret)'; 'Nº 600308/sh'; '(A. Name)' signature; '[...]' and "
            "'[…]' elisions"
        ),
        {
            "id": "cable-transmitting",
            "url": "https://digitalarchive.wilsoncenter.org/document/cable-transmitting",
            "date": ("May 20, 1950", "1950-05-20", "day", False),
            "title": "Cable No. 600308, Shtykov to Stalin, transmitting an invented message",
            "doc_type": "cable",
            "clause": "bare",
            "senders": ("Shtykov",),
            "recipients": ("Stalin",),
            "title_numbers": ("600308",),
            "citation": Prefix("“Cable No. 600308, Shtykov to Stalin, tr"),
            "citation_title": (
                "Cable No. 600308, Shtykov to Stalin, transmitting an invented message"
            ),
            "citation_date": "May 20, 1950",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("AVP RF",),
            "credit_text": "copy courtesy of NSA; translation by Boris Beispiel",
            "credits": (
                ("contributed", "NSA", None, None),
                ("translated", "Boris Beispiel", None, None),
            ),
            "summary": Prefix("A synthetic cable that transmits an inve"),
            "languages": (("Russian", "rus", "ru"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("(Top Secret)\n\nNº 600308/sh\n\n[Synthetic f"),
            "signature": "(A. Vymyslov)",
            "signatories": ("A. Vymyslov",),
            "body_classifications": ("top-secret",),
            "body_registry_numbers": ("600308/sh",),
        },
    ),
    "contents-in-body.txt": (
        (
            "a body with its own 'Contents:' line and a bold line; newsletter; "
            "Wilson Center archive name; no credit; no summary, no language"
        ),
        {
            "id": "contents-in-body",
            "url": "https://digitalarchive.wilsoncenter.org/document/contents-in-body",
            "date": ("April 4, 1972", "1972-04-04", "day", False),
            "title": "Newsletter of the Test Society, Issue 5",
            "doc_type": "newsletter",
            "authors": ("Test Society",),
            "citation": Prefix('"Newsletter of the Test Society, Issue 5'),
            "citation_title": "Newsletter of the Test Society, Issue 5",
            "citation_date": "April 4, 1972",
            "archive": "Wilson Center Digital Archive",
            "shelfmarks": ("Test Society Papers, Box 2",),  # a collection, its holder unnamed
            "content_kinds": ("english-html",),
            "body": Prefix("Contents:\n1. An invented article\n2. Anot"),
        },
    ),
    "crlf-note.txt": (
        "CRLF line endings (same lines as LF); note; 'Special File'; '[Signature] (S. Name)'",
        {
            "id": "crlf-note",
            "url": "https://digitalarchive.wilsoncenter.org/document/crlf-note",
            "date": ("March 3, 1953", "1953-03-03", "day", False),
            "title": "Note from the Test Embassy to the Foreign Ministry",
            "doc_type": "note",
            "clause": "from",
            "senders": ("Test Embassy",),
            "recipients": ("Foreign Ministry",),
            "citation": Prefix('"Note from the Test Embassy to the Forei'),
            "citation_title": "Note from the Test Embassy to the Foreign Ministry",
            "citation_date": "March 3, 1953",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("MOL",),
            "shelfmarks": ("XIX-J-1-j Test, 1. doboz",),
            "credit_text": "Translated for NKIDP by Ana Testescu.",
            "credits": (("translated", "Ana Testescu", "NKIDP", None),),
            "languages": (("Hungarian", "hun", "hu"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("Special File\n\n[Synthetic fixture] A note"),
            "signature": "[Signature] (S. Testenko)",
            "signatories": ("S. Testenko",),
            "body_classifications": ("special-file",),
        },
    ),
    "cyrillic-body.txt": (
        (
            "Cyrillic body, Russian classification line and a Cyrillic '(A. Name)' "
            "signature; message; no content-kind line"
        ),
        {
            "id": "cyrillic-body",
            "url": "https://digitalarchive.wilsoncenter.org/document/cyrillic-body",
            "date": ("March 5, 1953", "1953-03-05", "day", False),
            "title": "Message from the Test Committee to Comrade Testov",
            "doc_type": "message",
            "clause": "from",
            "senders": ("Test Committee",),
            "recipients": ("Comrade Testov",),
            "citation": Prefix('"Message from the Test Committee to Comr'),
            "citation_title": "Message from the Test Committee to Comrade Testov",
            "citation_date": "March 5, 1953",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("AVP RF",),
            "shelfmarks": ("fond 0102, opis 9, papka 44, delo 3, listy 1-2",),
            "languages": (("Russian", "rus", "ru"),),
            "body": Prefix(CYRILLIC_BODY_START),
            "signature": f"({CYRILLIC_NAME})",
            "signatories": (CYRILLIC_NAME,),
            "body_classifications": ("top-secret",),
        },
    ),
    "date-and-title-only.txt": (
        "only the bold date line and title: every section missing",
        {
            "id": "date-and-title-only",
            "date": ("November 7, 1957", "1957-11-07", "day", False),
            "title": "Speech by the Test Delegate at an Invented Rally",
            "doc_type": "speech",
            "authors": ("Test Delegate",),
        },
    ),
    "editorial-brackets.txt": (
        (
            "year-only date; record of conversation with bracketed insertions "
            "and '(Excerpt)'; BStU; 'Translated from German for CWIHP by'; "
            "stamps, [sic], [REDACTED], footnotes, page markers, unclosed "
            "bracket in the body; '[signed, illegible]'; '1972 April 4'"
        ),
        {
            "id": "editorial-brackets",
            "url": "https://digitalarchive.wilsoncenter.org/document/editorial-brackets",
            "date": ("1972", "1972", "year", False),
            "title": (
                "Record of a Conversation with the Ambassador of the [Socialist "
                "Federal] Republic [of Yugoslavia] (Excerpt)"
            ),
            "doc_type": "record-of-conversation",
            "participants": ("Ambassador of the [Socialist Federal] Republic [of Yugoslavia]",),
            "citation": Prefix('"Record of a Conversation with the Ambas'),
            "citation_title": (
                "Record of a Conversation with the Ambassador of the [Socialist "
                "Federal] Republic [of Yugoslavia] (Excerpt)"
            ),
            "citation_date": "1972",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("BStU",),
            "shelfmarks": ("MfS, ZAIG 5387, pp. 1-22",),
            "credit_text": "Translated from German for CWIHP by Dana Example.",
            "credits": (("translated", "Dana Example", "CWIHP", "German"),),
            "summary": Prefix("A synthetic record full of editorial bra"),
            "languages": (("German", "ger", "de"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("[Stamp: Invented Ministry, received [19]"),
            "signature": "[signed, illegible]",
            "date_as_written": "1972 April 4",
        },
    ),
    "embassy-number-first.txt": (
        (
            "number before 'from'; title wrapped in the middle of a name over "
            "three lines; bare number '057016' and a date in the title; curly "
            "quotes with the comma inside; URL on another host; two content "
            "kinds; '550/55'"
        ),
        {
            "id": "embassy-number-first",
            "url": "https://archive.example.org/records/document/embassy-number-first",
            "date": ("January 12, 1980", "1980-01-12", "day", False),
            "title": (
                "Telegram 066764 from the Romanian Embassy in Pyongyang to the "
                "Romanian Ministry of Foreign Affairs, January 12, 1980, 057016, "
                "Secret"
            ),
            "doc_type": "telegram",
            "clause": "from",
            "origins": ("Pyongyang",),
            "senders": ("Romanian Embassy in Pyongyang",),
            "recipients": ("Romanian Ministry of Foreign Affairs",),
            "title_numbers": ("066764", "057016"),
            "classification": "secret",
            "classification_text": "Secret",
            "title_date": "January 12, 1980",
            "citation": Prefix("“Telegram 066764 from the Romanian Embas"),
            "citation_title": (
                "Telegram 066764 from the Romanian Embassy in Pyongyang to the "
                "Romanian Ministry of Foreign Affairs, January 12, 1980, 057016, "
                "Secret"
            ),
            "citation_date": "January 12, 1980",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Archive of the Romanian Ministry of Foreign Affairs (AMAE)",),
            "shelfmarks": ("Folder 1/1980",),
            "credit_text": (
                "Obtained for NKIDP by Ana Testescu and translated for NKIDP by Boris Beispiel."
            ),
            "credits": (
                ("obtained", "Ana Testescu", "NKIDP", None),
                ("translated", "Boris Beispiel", "NKIDP", None),
            ),
            "summary": Prefix("A synthetic telegram whose registry numb"),
            "languages": (("Romanian", "rum", "ro"),),
            "content_kinds": ("translation-english", "scan-of-original-document"),
            "body": Prefix("550/55\n\n[Synthetic fixture] The embassy "),
            "body_registry_numbers": ("550/55",),
        },
    ),
    "german-body.txt": (
        (
            "German body; resolution; 'Streng geheim!'; 'Scan of Original "
            "Document' only; a funder line in the summary; a German place-and-date "
            "closing line, kept as written"
        ),
        {
            "id": "german-body",
            "url": "https://digitalarchive.wilsoncenter.org/document/german-body",
            "date": ("October 2, 1961", "1961-10-02", "day", False),
            "title": "Resolution of the Test Council on Synthetic Data",
            "doc_type": "resolution",
            "authors": ("Test Council",),
            "citation": Prefix('"Resolution of the Test Council on Synth'),
            "citation_title": "Resolution of the Test Council on Synthetic Data",
            "citation_date": "October 2, 1961",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("BStU",),
            "shelfmarks": ("MfS, Test 1, pp. 3-4",),
            "credit_text": "Translated from German for CWIHP by Dana Example.",
            "credits": (("translated", "Dana Example", "CWIHP", "German"),),
            "summary": Prefix("A synthetic resolution whose body is in "),
            "languages": (("German", "ger", "de"),),
            "content_kinds": ("scan-of-original-document",),
            "body": Prefix("Streng geheim!\n\nBeschluss des Testrats ü"),
            "funders": ("Test Foundation",),
            "body_classifications": ("strictly-secret",),
            "date_as_written": "2. Oktober 1961",
        },
    ),
    "identical-title-a.txt": (
        "two records share one title (with identical-title-b): told apart by id",
        {
            "id": "identical-title-a",
            "url": "https://digitalarchive.wilsoncenter.org/document/identical-title-a",
            "date": ("February 1, 1956", "1956-02-01", "day", False),
            "title": "Note on a Synthetic Meeting",
            "doc_type": "note",
            "citation": Prefix('"Note on a Synthetic Meeting," February '),
            "citation_title": "Note on a Synthetic Meeting",
            "citation_date": "February 1, 1956",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Test Archive",),
            "shelfmarks": ("file a",),
            "content_kinds": ("translation-english",),
            "body": Prefix("[Synthetic fixture] Record a of two reco"),
        },
    ),
    "identical-title-b.txt": (
        "two records share one title (with identical-title-a): told apart by id",
        {
            "id": "identical-title-b",
            "url": "https://digitalarchive.wilsoncenter.org/document/identical-title-b",
            "date": ("February 2, 1956", "1956-02-02", "day", False),
            "title": "Note on a Synthetic Meeting",
            "doc_type": "note",
            "citation": Prefix('"Note on a Synthetic Meeting," February '),
            "citation_title": "Note on a Synthetic Meeting",
            "citation_date": "February 2, 1956",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Test Archive",),
            "shelfmarks": ("file b",),
            "content_kinds": ("translation-english",),
            "body": Prefix("[Synthetic fixture] Record b of two reco"),
        },
    ),
    "letter-subject-ascii.txt": (
        (
            "'undated [1955]'; 'Letter from X, 'Subject'' with an apostrophe "
            "inside; PRC FMA; 'Contributed by X and translated by Y'; no "
            "content-kind line; a name after a closing formula signs"
        ),
        {
            "id": "letter-subject-ascii",
            "url": "https://digitalarchive.wilsoncenter.org/document/letter-subject-ascii",
            "date": ("undated [1955]", "1955", "year", True),
            "title": "Letter from Comrade Test Kim, 'On the Workers' Fictitious Harvest'",
            "doc_type": "letter",
            "clause": "from",
            "senders": ("Comrade Test Kim",),
            "subject": "On the Workers' Fictitious Harvest",
            "citation": Prefix("\"Letter from Comrade Test Kim, 'On the W"),
            "citation_title": "Letter from Comrade Test Kim, 'On the Workers' Fictitious Harvest'",
            "citation_date": "undated [1955]",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("PRC FMA",),
            "shelfmarks": ("109-03157-01, 39-42",),
            "credit_text": "Contributed by Chen Testing and translated by Dana Example.",
            "credits": (
                ("contributed", "Chen Testing", None, None),
                ("translated", "Dana Example", None, None),
            ),
            "summary": Prefix("A synthetic letter with a quoted subject"),
            "languages": (("Chinese", "chi", "zh"),),
            "body": Prefix("[Synthetic fixture] Dear comrades, the h"),
            "signature": "Test Kim",
            "signatories": ("Test Kim",),
        },
    ),
    "letter-subject-curly.txt": (
        (
            "'Date unknown'; subject in curly quotes, also nested in the "
            "citation; 'Obtained and translated by <institution>'; two funders, "
            "one containing a comma; Korean text"
        ),
        {
            "id": "letter-subject-curly",
            "url": "https://digitalarchive.wilsoncenter.org/document/letter-subject-curly",
            "date": ("Date unknown", None, None, False),
            "title": (
                "Letter from the Central Committee of the Test Party to the Test "
                "Embassy, “On Curly Quotes”"
            ),
            "doc_type": "letter",
            "clause": "from",
            "senders": ("Central Committee of the Test Party",),
            "recipients": ("Test Embassy",),
            "subject": "On Curly Quotes",
            "citation": Prefix("“Letter from the Central Committee of th"),
            "citation_title": (
                "Letter from the Central Committee of the Test Party to the Test "
                "Embassy, “On Curly Quotes”"
            ),
            "citation_date": "Date unknown",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Archive of the Test Party",),
            "credit_text": "Obtained and translated by the Institute for Synthetic Studies.",
            "credits": (
                ("obtained", "Institute for Synthetic Studies", None, None),
                ("translated", "Institute for Synthetic Studies", None, None),
            ),
            "summary": Prefix("A synthetic letter whose subject is in c"),
            "languages": (("Korean", "kor", "ko"),),
            "content_kinds": ("english-translation",),
            "body": Prefix("[Synthetic fixture] 시험용 문서입니다. The Korea"),
            "funders": ("Leon Levy Foundation", "Syngman Rhee Institute, Yonsei University"),
        },
    ),
    "memorandum.txt": (
        (
            "day-month-year date line; memorandum with a subject; Czech; "
            "'24.III.51 Name' signature with its date"
        ),
        {
            "id": "memorandum",
            "url": "https://digitalarchive.wilsoncenter.org/document/memorandum",
            "date": ("1 March 1951", "1951-03-01", "day", False),
            "title": "Memorandum from the Test Department to Comrade Testov, 'On Storage'",
            "doc_type": "memorandum",
            "clause": "from",
            "senders": ("Test Department",),
            "recipients": ("Comrade Testov",),
            "subject": "On Storage",
            "citation": Prefix('"Memorandum from the Test Department to '),
            "citation_title": "Memorandum from the Test Department to Comrade Testov, 'On Storage'",
            "citation_date": "1 March 1951",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Test Archive",),
            "shelfmarks": ("fond 2",),
            "languages": (("Czech", "cze", "cs"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("[Synthetic fixture] On the storage of in"),
            "signature": "24.III.51 Testov",
            "signatories": ("Testov",),
            "date_as_written": "24.III.51",
        },
    ),
    "moscow-beijing.txt": (
        (
            "year-only date; destinations 'to Moscow, Beijing'; citation with "
            "title and date only; 'English HTML'; 'TOP SECRET'; '# 600428/sh'; "
            "'your telegram No. 12.390'; '13/5-55'"
        ),
        {
            "id": "moscow-beijing",
            "url": "https://digitalarchive.wilsoncenter.org/document/moscow-beijing",
            "date": ("1955", "1955", "year", False),
            "title": "Telegram from Pyongyang to Moscow, Beijing",
            "doc_type": "telegram",
            "clause": "from",
            "senders": ("Pyongyang",),
            "recipients": ("Moscow", "Beijing"),
            "citation": Prefix('"Telegram from Pyongyang to Moscow, Beij'),
            "citation_title": "Telegram from Pyongyang to Moscow, Beijing",
            "citation_date": "1955",
            "languages": (("Korean", "kor", "ko"),),
            "content_kinds": ("english-html",),
            "body": Prefix("TOP SECRET\n\n# 600428/sh\n\n[Synthetic fixt"),
            "date_as_written": "13/5-55",
            "reply_to": ("12.390",),
            "body_classifications": ("top-secret",),
            "body_registry_numbers": ("600428/sh",),
        },
    ),
    "nbsp-lines.txt": (
        (
            "lines of non-breaking spaces (blank) in the title line, citation "
            "and body; minutes; '8.II.1950'"
        ),
        {
            "id": "nbsp-lines",
            "url": "https://digitalarchive.wilsoncenter.org/document/nbsp-lines",
            "date": ("February 8, 1950", "1950-02-08", "day", False),
            "title": "Minutes of the Test Politburo Meeting",
            "doc_type": "minutes",
            "authors": ("Test Politburo",),
            "citation": Prefix('"Minutes of the Test Politburo Meeting,"'),
            "citation_title": "Minutes of the Test Politburo Meeting",
            "citation_date": "February 8, 1950",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Test Party Archive",),
            "shelfmarks": ("fond 1, opis 2",),
            "content_kinds": ("translation-english",),
            "body": Prefix("[Synthetic fixture] Item one was invente"),
            "date_as_written": "8.II.1950",
        },
    ),
    "no-body.txt": (
        "Contents with a kind line but no body; '(Fragments)' suffix; no summary, no language",
        {
            "id": "no-body",
            "url": "https://digitalarchive.wilsoncenter.org/document/no-body",
            "date": ("July 27, 1953", "1953-07-27", "day", False),
            "title": "Report from the Test Commission (Fragments)",
            "doc_type": "report",
            "clause": "from",
            "senders": ("Test Commission",),
            "citation": Prefix('"Report from the Test Commission (Fragme'),
            "citation_title": "Report from the Test Commission (Fragments)",
            "citation_date": "July 27, 1953",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Test Commission Archive",),
            "content_kinds": ("translation-english",),
        },
    ),
    "no-citation.txt": (
        "no citation and no URL: id from the file name; '[Excerpts]' suffix; Vietnamese diacritics",
        {
            "id": "no-citation",
            "date": ("April 30, 1975", "1975-04-30", "day", False),
            "title": "Telegram from Hanoi to Bucharest [Excerpts]",
            "doc_type": "telegram",
            "clause": "from",
            "senders": ("Hanoi",),
            "recipients": ("Bucharest",),
            "summary": Prefix("A synthetic telegram with no citation an"),
            "languages": (("Vietnamese", "vie", "vi"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("[Synthetic fixture] Đây là một bức điện "),
        },
    ),
    "no-date-line.txt": (
        (
            "no date line; memorandum of conversation; citation without date; "
            "Gerald R. Ford Library '(Box 19)'; English transcription; 'TOP "
            "SECRET/SENSITIVE'; header lines 'To:', 'Sent:'; speaker labels; "
            "'10/14/50' is a date, not a number"
        ),
        {
            "id": "no-date-line",
            "participants": ("Test Kim", "Test Lee"),
            "url": "https://digitalarchive.wilsoncenter.org/document/no-date-line",
            "title": "Memorandum of Conversation between Test Kim and Test Lee",
            "doc_type": "record-of-conversation",
            "citation": Prefix('"Memorandum of Conversation between Test'),
            "citation_title": "Memorandum of Conversation between Test Kim and Test Lee",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Gerald R. Ford Presidential Library",),
            "shelfmarks": ("National Security Adviser's Memoranda of Conversations, (Box 19)",),
            "summary": Prefix("A synthetic memorandum of conversation w"),
            "languages": (("English", "eng", "en"),),
            "content_kinds": ("english-transcription",),
            "body": Prefix("TOP SECRET/SENSITIVE\n\nTo: The Test Secre"),
            "date_as_written": "10/14/50",
            "body_classifications": ("top-secret-sensitive",),
        },
    ),
    "ocr-artefacts.txt": (
        (
            "OCR artefacts (letter-spaced words, 'w it h', hyphenated breaks, '* "
            "* *'); journal -> diary without parties"
        ),
        {
            "id": "ocr-artefacts",
            "url": "https://digitalarchive.wilsoncenter.org/document/ocr-artefacts",
            "date": ("June 1, 1957", "1957-06-01", "day", False),
            "title": "Journal of Test Ambassador A.B. Fictiv for 1 June 1957",
            "doc_type": "diary",
            "authors": ("Test Ambassador A.B. Fictiv",),
            "citation": Prefix('"Journal of Test Ambassador A.B. Fictiv '),
            "citation_title": "Journal of Test Ambassador A.B. Fictiv for 1 June 1957",
            "citation_date": "June 1, 1957",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("AVP RF",),
            "shelfmarks": ("fond 0102, opis 13, delo 5, listy 7-9",),
            "credit_text": "Translated for NKIDP by Dana Example.",
            "credits": (("translated", "Dana Example", "NKIDP", None),),
            "languages": (("Russian", "rus", "ru"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("N o t e\nThe am- bassador met w it h the "),
        },
    ),
    "sections-only.txt": (
        "sections without any bold date line or title",
        {
            "id": "sections-only",
            "summary": Prefix("A synthetic record with sections but no "),
            "languages": (("Polish", "pol", "pl"),),
        },
    ),
    "several-destinations.txt": (
        (
            "'August, 1962'; 'to Bucharest and Moscow'; citation without quotes; "
            "'Obtained for CWIHP by X and translated by Y'; two languages; "
            "'English Translation'; body on one line; no URL"
        ),
        {
            "id": "several-destinations",
            "date": ("August, 1962", "1962-08", "month", False),
            "title": "Telegram from Pyongyang to Bucharest and Moscow, No. 31.207, Urgent",
            "doc_type": "telegram",
            "clause": "from",
            "senders": ("Pyongyang",),
            "recipients": ("Bucharest", "Moscow"),
            "title_numbers": ("31.207",),
            "priority": "urgent",
            "citation": Prefix("Telegram from Pyongyang to Bucharest and"),
            "citation_title": "Telegram from Pyongyang to Bucharest and Moscow, No. 31.207, Urgent",
            "citation_date": "August, 1962",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Archive of the Romanian Ministry of Foreign Affairs",),
            "shelfmarks": ("Telegrams, Pyongyang, 1962",),
            "credit_text": "Obtained for CWIHP by Ana Testescu and translated by Boris Beispiel.",
            "credits": (
                ("obtained", "Ana Testescu", "CWIHP", None),
                ("translated", "Boris Beispiel", None, None),
            ),
            "summary": Prefix("A synthetic telegram sent to two capital"),
            "languages": (("Romanian", "rum", "ro"), ("Russian", "rus", "ru")),
            "content_kinds": ("english-translation",),
            "body": Prefix("[Synthetic fixture] A whole body on one "),
        },
    ),
    "shtykov-cipher.txt": (
        (
            "ciphered telegram 'X to Y (Z)'; APRF twice; 'Translated by X.'; "
            "'Top Secret. Copy Nº 1'; 'Spec. No. 1643-1644'; '14.V.50 Shtykov'"
        ),
        {
            "id": "shtykov-cipher",
            "url": "https://digitalarchive.wilsoncenter.org/document/shtykov-cipher",
            "date": ("May 14, 1950", "1950-05-14", "day", False),
            "title": "Ciphered Telegram, Shtykov to Feng Xi (Stalin)",
            "doc_type": "ciphered-telegram",
            "clause": "bare",
            "senders": ("Shtykov",),
            "recipients": ("Feng Xi (Stalin)",),
            "citation": Prefix('"Ciphered Telegram, Shtykov to Feng Xi ('),
            "citation_title": "Ciphered Telegram, Shtykov to Feng Xi (Stalin)",
            "citation_date": "May 14, 1950",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("APRF", "APRF"),
            "shelfmarks": (
                "fond 45, opis 1, delo 347, listy 41-45",
                "fond 3, opis 65, delo 826, list 92",
            ),
            "credit_text": "Translated by Boris Beispiel.",
            "credits": (("translated", "Boris Beispiel", None, None),),
            "summary": Prefix("A synthetic ciphered telegram about an i"),
            "languages": (("Russian", "rus", "ru"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("Top Secret. Copy Nº 1\n\nSpec. No. 1643-16"),
            "signature": "14.V.50 Shtykov",
            "signatories": ("Shtykov",),
            "date_as_written": "14.V.50",
            "body_classifications": ("top-secret",),
            "body_registry_numbers": ("1643-1644",),
        },
    ),
    "signature-forms.txt": (
        (
            "'By order of ...' and institutional signatures name nobody; a name over its "
            "rank signs; '\"15\" January 1963'"
        ),
        {
            "id": "signature-forms",
            "url": "https://digitalarchive.wilsoncenter.org/document/signature-forms",
            "date": ("January 15, 1963", "1963-01-15", "day", False),
            "title": "Letter from the Test Embassy to the Test Ministry",
            "doc_type": "letter",
            "clause": "from",
            "senders": ("Test Embassy",),
            "recipients": ("Test Ministry",),
            "citation": Prefix('"Letter from the Test Embassy to the Tes'),
            "citation_title": "Letter from the Test Embassy to the Test Ministry",
            "citation_date": "January 15, 1963",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Test Ministry Archive",),
            "shelfmarks": ("folder 7",),
            "credit_text": "Translated by Ana Testescu.",
            "credits": (("translated", "Ana Testescu", None, None),),
            "content_kinds": ("translation-english",),
            "signature": "Ivan Testov",
            "signatories": ("Ivan Testov",),
            "body": Prefix("[Synthetic fixture] A letter closing wit"),
            "date_as_written": '"15" January 1963',
        },
    ),
    "surprises.txt": (
        (
            "warnings, each with its line: unknown heading, duplicate section, "
            "stray text, unbalanced bracket, unknown content kind, URL id "
            "against file name, unknown language"
        ),
        {
            "id": "123456",
            "url": "https://digitalarchive.wilsoncenter.org/document/123456",
            "date": ("May 9, 1945", "1945-05-09", "day", False),
            "title": "Telegram from Test City to Other City [unclosed",
            "doc_type": "telegram",
            "clause": "from",
            "senders": ("Test City",),
            "citation": Prefix('"Telegram from Test City to Other City ['),
            "citation_title": "Telegram from Test City to Other City [unclosed",
            "citation_date": "May 9, 1945",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Test Archive",),
            "summary": Prefix("The first summary is kept."),
            "languages": (("German", "ger", "de"),),
            "body": Prefix("[Synthetic fixture] A record full of sur"),
            "warnings": (
                (6, "unknown section heading"),
                (19, "duplicate summary section"),
                (4, "text before the first section is not bold"),
                (2, "unbalanced bracket in the title"),
                (29, "unknown content kind"),
                (13, "URL id"),
                (25, "unknown language"),
            ),
        },
    ),
    "unclosed-bold.txt": (
        "a bold title never closed before the next heading (warning)",
        {
            "id": "unclosed-bold",
            "date": ("May 2, 1967", "1967-05-02", "day", False),
            "title": "Telegram from Test City to Other City, No. 5.678",
            "doc_type": "telegram",
            "clause": "from",
            "senders": ("Test City",),
            "recipients": ("Other City",),
            "title_numbers": ("5.678",),
            "summary": Prefix("A title whose bold is never closed."),
            "warnings": ((4, "bold text not closed before this heading"),),
        },
    ),
    "unreadable-date.txt": (
        (
            "a season on the date line ('Spring 1955', EDTF 1955-21); report; no "
            "citation; 'Strictly secret'; 'No. 2421/61/53/TJN'; numbered and "
            "bulleted lists"
        ),
        {
            "id": "unreadable-date",
            "date": ("Spring 1955", "1955-21", "edtf", False),
            "title": "Report on the Synthetic Harvest Campaign",
            "doc_type": "report",
            "languages": (("Hungarian", "hun", "hu"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("Strictly secret\n\nNo. 2421/61/53/TJN\n\n[Sy"),
            "body_classifications": ("strictly-secret",),
            "body_registry_numbers": ("2421/61/53/TJN",),
        },
    ),
    "via-suffix.txt": (
        "'(via Shtykov)' is an intermediary, not part of the recipient; citation without credit",
        {
            "id": "via-suffix",
            "url": "https://digitalarchive.wilsoncenter.org/document/via-suffix",
            "date": ("September 3, 1950", "1950-09-03", "day", False),
            "title": "Ciphered Telegram, Test Kim to Stalin (via Shtykov)",
            "doc_type": "ciphered-telegram",
            "intermediaries": ("Shtykov",),
            "clause": "bare",
            "senders": ("Test Kim",),
            "recipients": ("Stalin",),
            "citation": Prefix('"Ciphered Telegram, Test Kim to Stalin ('),
            "citation_title": "Ciphered Telegram, Test Kim to Stalin (via Shtykov)",
            "citation_date": "September 3, 1950",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("APRF",),
            "shelfmarks": ("fond 45, opis 1, delo 999, listy 1-2",),
            "languages": (("Russian", "rus", "ru"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("[Synthetic fixture] An invented request "),
        },
    ),
    "wrapped-telegram.txt": (
        (
            "zero-padded date; title wrapped over three bold lines; TOP SECRET, "
            "No., Regular; comma outside quotes; MOL shelfmark; 'Translated for "
            "NKIDP by'; two summary paragraphs; 'Top secret!'; 'No. 76.042'; "
            "'Signed:'; '7.VI.1973'"
        ),
        {
            "id": "wrapped-telegram",
            "url": "https://digitalarchive.wilsoncenter.org/document/wrapped-telegram",
            "date": ("June 07, 1973", "1973-06-07", "day", False),
            "title": "Telegram from Pyongyang to Bucharest, TOP SECRET, No. 76.042, Regular",
            "doc_type": "telegram",
            "clause": "from",
            "senders": ("Pyongyang",),
            "recipients": ("Bucharest",),
            "title_numbers": ("76.042",),
            "classification": "top-secret",
            "classification_text": "TOP SECRET",
            "priority": "regular",
            "citation": Prefix('"Telegram from Pyongyang to Bucharest, T'),
            "citation_title": (
                "Telegram from Pyongyang to Bucharest, TOP SECRET, No. 76.042, Regular"
            ),
            "citation_date": "June 07, 1973",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("MOL",),
            "shelfmarks": ("XIX-J-1-j Korea, 4. doboz, 5/a, 004076/ 1955",),
            "credit_text": "Translated for NKIDP by Ana Testescu.",
            "credits": (("translated", "Ana Testescu", "NKIDP", None),),
            "summary": Prefix("A synthetic telegram about a fictitious "),
            "languages": (("Romanian", "rum", "ro"),),
            "content_kinds": ("translation-english",),
            "body": Prefix("Top secret!\n\nNo. 76.042\n\n[Synthetic fixt"),
            "signature": "Signed: I. Ionescu",
            "signatories": ("I. Ionescu",),
            "date_as_written": "7.VI.1973",
            "body_classifications": ("top-secret",),
            "body_registry_numbers": ("76.042",),
        },
    ),
    "oral-message-via.txt": (
        (
            "oral message 'from X to Y (via Z)' over two bold lines: Z an intermediary; "
            "'ca. 1950' (EDTF 1950~)"
        ),
        {
            "id": "oral-message-via",
            "date": ("ca. 1950", "1950~", "edtf", False),
            "summary": "A synthetic oral message carried by an envoy, with an approximate date.",
            "title": (
                "Oral Message from the Chairman of the Test Council to Comrade Test Kim "
                "(via Test Envoy Lee)"
            ),
            "doc_type": "oral-message",
            "senders": ("Chairman of the Test Council",),
            "recipients": ("Comrade Test Kim",),
            "intermediaries": ("Test Envoy Lee",),
            "clause": "from",
        },
    ),
    "note-verbale-mission.txt": (
        (
            "note verbale from 'the Czechoslovak Embassy in Beijing' (place Beijing); "
            "'no. 4471/1957' in title and body; 'Confidential (Synthetic)' in title and "
            "body"
        ),
        {
            "id": "note-verbale-mission",
            "date": ("March 1957", "1957-03", "month", False),
            "content_kinds": ("translation-english",),
            "body": (
                "CONFIDENTIAL (Synthetic)\n\nno. 4471/1957\n\n[Synthetic fixture] The "
                "embassy presents its compliments to an invented ministry."
            ),
            "body_classifications": ("confidential",),
            "body_registry_numbers": ("4471/1957",),
            "title": (
                "Note Verbale from the Czechoslovak Embassy in Beijing to the Chinese "
                "Ministry of Foreign Affairs, no. 4471/1957, Confidential (Synthetic)"
            ),
            "doc_type": "note-verbale",
            "senders": ("Czechoslovak Embassy in Beijing",),
            "recipients": ("Chinese Ministry of Foreign Affairs",),
            "clause": "from",
            "origins": ("Beijing",),
            "title_numbers": ("4471/1957",),
            "classification": "confidential",
            "classification_text": "Confidential (Synthetic)",
        },
    ),
    "information-report.txt": (
        (
            "'Information Report' is a report; embassy in Hanoi; 'No.071.233'; 'TOP "
            "SECRET (Synthetic)'; 'Flash'; 'Spring 1968' (EDTF 1968-21)"
        ),
        {
            "id": "information-report",
            "date": ("Spring 1968", "1968-21", "edtf", False),
            "title": (
                "Information Report from the Polish Embassy in Hanoi to the Ministry of "
                "Foreign Affairs, No.071.233, TOP SECRET (Synthetic), Flash"
            ),
            "doc_type": "report",
            "senders": ("Polish Embassy in Hanoi",),
            "recipients": ("Ministry of Foreign Affairs",),
            "clause": "from",
            "origins": ("Hanoi",),
            "title_numbers": ("071.233",),
            "classification": "top-secret",
            "classification_text": "TOP SECRET (Synthetic)",
            "priority": "flash",
        },
    ),
    "information-on.txt": (
        "'Information on ...'; '[not before] 1950' (EDTF 1950/..)",
        {
            "id": "information-on",
            "date": ("[not before] 1950", "1950/..", "edtf", False),
            "title": "Information on the Synthetic Harvest in an Invented Province",
            "doc_type": "information",
        },
    ),
    "excerpt-annual-report.txt": (
        "'Excerpt from the Legation's Annual Report' is a report by the Legation; a year in"
        " the title",
        {
            "id": "excerpt-annual-report",
            "date": ("1956", "1956", "year", False),
            "title": "Excerpt from the Legation's Annual Report, 1956",
            "doc_type": "report",
            "authors": ("Legation",),
            "title_date": "1956",
        },
    ),
    "excerpts-unnamed.txt": (
        "excerpts of something the title names no type for: excerpt; '1950s' (EDTF 195X)",
        {
            "id": "excerpts-unnamed",
            "date": ("1950s", "195X", "edtf", False),
            "title": "Excerpts from an Invented Story of Test Kim",
            "doc_type": "excerpt",
        },
    ),
    "transcript-kremlin.txt": (
        (
            "transcript; a bracketed place after a building ('Kremlin Hall [Moscow]'); "
            "'May 1-3, 1967' (EDTF interval)"
        ),
        {
            "id": "transcript-kremlin",
            "date": ("May 1-3, 1967", "1967-05-01/1967-05-03", "edtf", False),
            "title": "Transcript of the Synthetic Plenum in the Kremlin Hall [Moscow]",
            "doc_type": "transcript",
            "origins": ("Moscow",),
        },
    ),
    "decree.txt": (
        "decree; '#17'; 'Strictly Secret'; '[not after] June 1952' (EDTF ../1952-06)",
        {
            "id": "decree",
            "date": ("[not after] June 1952", "../1952-06", "edtf", False),
            "title": "Decree of the Test Presidium, #17, Strictly Secret",
            "doc_type": "decree",
            "authors": ("Test Presidium",),
            "title_numbers": ("17",),
            "classification": "strictly-secret",
            "classification_text": "Strictly Secret",
        },
    ),
    "directive.txt": (
        (
            "directive to an addressee, with no sender ('to Y' alone); 'No 4'; "
            "'SECRET'; '1950-1953' (EDTF 1950/1953)"
        ),
        {
            "id": "directive",
            "date": ("1950-1953", "1950/1953", "edtf", False),
            "title": "Directive to the Test Delegation, No 4, SECRET",
            "doc_type": "directive",
            "recipients": ("Test Delegation",),
            "clause": "to",
            "title_numbers": ("4",),
            "classification": "secret",
            "classification_text": "SECRET",
        },
    ),
    "instructions.txt": (
        "'Instructions' is instruction, for the delegation it instructs; 'No. 510042'; 'Urgent';"
        " 'Autumn 1970' (EDTF 1970-23)",
        {
            "id": "instructions",
            "date": ("Autumn 1970", "1970-23", "edtf", False),
            "title": "Instructions for the Test Delegation, No. 510042, Urgent",
            "doc_type": "instruction",
            "recipients": ("Test Delegation",),
            "clause": "to",
            "title_numbers": ("510042",),
            "priority": "urgent",
        },
    ),
    "order.txt": (
        "order with its number 'No. 12' after the type; 'Immediate'; '1955?' (EDTF)",
        {
            "id": "order",
            "date": ("1955?", "1955?", "edtf", False),
            "title": "Order No. 12, Test Ministry of Defence, Immediate",
            "doc_type": "order",
            "title_numbers": ("12",),
            "priority": "immediate",
        },
    ),
    "remarks-un.txt": (
        (
            "'Remarks of Ambassador ... at the United Nations': remarks, and no place; "
            "'May-June 1967' (EDTF interval)"
        ),
        {
            "id": "remarks-un",
            "date": ("May-June 1967", "1967-05/1967-06", "edtf", False),
            "title": "Remarks of Ambassador Test Lee at the United Nations",
            "doc_type": "remarks",
            "authors": ("Ambassador Test Lee",),
        },
    ),
    "statement.txt": (
        "statement; lower-case 'top secret'; 'Special'",
        {
            "id": "statement",
            "date": ("May 1, 1967", "1967-05-01", "day", False),
            "title": "Statement of the Test Government on Synthetic Data, top secret, Special",
            "doc_type": "statement",
            "authors": ("Test Government",),
            "classification": "top-secret",
            "classification_text": "top secret",
            "priority": "special",
        },
    ),
    "communique.txt": (
        "'Joint Communiqué': the type word ends the head phrase; the parties issued it",
        {
            "id": "communique",
            "date": ("May 2, 1967", "1967-05-02", "day", False),
            "title": "Joint Communiqué of the Test Parties",
            "doc_type": "communique",
            "authors": ("Test Parties",),
        },
    ),
    "interview.txt": (
        "interview; the person interviewed is no party",
        {
            "id": "interview",
            "date": ("1955", "1955", "year", False),
            "title": "Interview with Test Kim",
            "doc_type": "interview",
            "participants": ("Test Kim",),
        },
    ),
    "article.txt": (
        "article",
        {
            "id": "article",
            "date": ("1955", "1955", "year", False),
            "title": "Article in the Test Daily on Synthetic Data",
            "doc_type": "article",
        },
    ),
    "leaflet.txt": (
        "a leaflet whose type word says so",
        {
            "id": "leaflet",
            "date": ("1951", "1951", "year", False),
            "title": "Leaflet Calling on Test Soldiers to Lay Down Their Arms",
            "doc_type": "leaflet",
        },
    ),
    "headline-untyped.txt": (
        "a headline with no type word: no type, a warning",
        {
            "id": "headline-untyped",
            "date": ("1951", "1951", "year", False),
            "warnings": ((2, "no document type in the title"),),
            "title": "Down with the Invented Imperialists!",
        },
    ),
    "treaty.txt": (
        "'Agreement between A and B ...' is a treaty or agreement, which A and B made",
        {
            "id": "treaty",
            "date": ("1953", "1953", "year", False),
            "title": (
                "Agreement between the Test Republic and the Other Republic on Synthetic Trade"
            ),
            "doc_type": "treaty",
            "authors": ("Test Republic", "Other Republic"),
        },
    ),
    "biography.txt": (
        "'Biographical Note' is a biography, not a note",
        {
            "id": "biography",
            "date": ("1960", "1960", "year", False),
            "title": "Biographical Note on Test Minister Kim",
            "doc_type": "biography",
        },
    ),
    "person-not-place.txt": (
        "'Note from Ivan Testović': the sender is a person (the mapping never makes it a place)",
        {
            "id": "person-not-place",
            "date": ("1949", "1949", "year", False),
            "title": "Note from Ivan Testović",
            "doc_type": "note",
            "senders": ("Ivan Testović",),
            "clause": "from",
        },
    ),
    "legation-to.txt": (
        "'the Bulgarian Legation to Tirana' is the sender (no recipient), wrote in Tirana",
        {
            "id": "legation-to",
            "date": ("1958", "1958", "year", False),
            "title": "Report from the Bulgarian Legation to Tirana",
            "doc_type": "report",
            "senders": ("Bulgarian Legation to Tirana",),
            "clause": "from",
            "origins": ("Tirana",),
        },
    ),
    "sejm-speech.txt": (
        "'Speech of Deputy X in the Sejm, Warsaw': the place after the assembly, no sender",
        {
            "id": "sejm-speech",
            "date": ("1957", "1957", "year", False),
            "title": "Speech of Deputy Test Nowak in the Sejm, Warsaw",
            "doc_type": "speech",
            "authors": ("Deputy Test Nowak",),
            "origins": ("Warsaw",),
        },
    ),
    "response-of.txt": (
        "'Response of X to Y': a message, sender and recipient after 'of'",
        {
            "id": "response-of",
            "date": ("1965", "1965", "year", False),
            "title": "Response of the Prime Minister of the Test Republic to President Testson",
            "doc_type": "message",
            "senders": ("Prime Minister of the Test Republic",),
            "recipients": ("President Testson",),
            "clause": "of",
        },
    ),
    "conversation-second.txt": (
        "'Second Conversation between A and B': record of conversation, no parties",
        {
            "id": "conversation-second",
            "date": ("1972", "1972", "year", False),
            "title": "Second Conversation between Test Kim and Test Lee",
            "doc_type": "record-of-conversation",
            "participants": ("Test Kim", "Test Lee"),
        },
    ),
    "conversation-possessive.txt": (
        "'A's Conversation with B on June 3, 1972': record of conversation",
        {
            "id": "conversation-possessive",
            "date": ("June 3, 1972", "1972-06-03", "day", False),
            "title": "Test Kim's Conversation with Test Lee on June 3, 1972",
            "doc_type": "record-of-conversation",
            "participants": ("Test Kim", "Test Lee"),
        },
    ),
    "weekly-report.txt": (
        "'Weekly Report No. 7 from the Test Consulate in Other City to ...': number, place",
        {
            "id": "weekly-report",
            "date": ("1962", "1962", "year", False),
            "title": (
                "Weekly Report No. 7 from the Test Consulate in Other City to the Test Ministry"
            ),
            "doc_type": "report",
            "senders": ("Test Consulate in Other City",),
            "recipients": ("Test Ministry",),
            "clause": "from",
            "origins": ("Other City",),
            "title_numbers": ("7",),
        },
    ),
    "type-chronology.txt": (
        "'Chronology of ...' is a chronology; a years' range in the title is no registry number",
        {
            "id": "type-chronology",
            "date": ("1961", "1961", "year", False),
            "content_kinds": ("english-transcription",),
            "body": "[Synthetic fixture] A chronology of invented events.",
            "title": "Chronology of Testish-Testese Relations, 1949-1961",
            "doc_type": "chronology",
            "title_date": "1949-1961",
        },
    ),
    "type-list.txt": (
        "'List of Participants' is a list",
        {
            "id": "type-list",
            "date": ("1955", "1955", "year", False),
            "content_kinds": ("english-transcription",),
            "body": "[Synthetic fixture] A list of invented participants.",
            "title": "List of Participants in the Test Conference",
            "doc_type": "list",
        },
    ),
    "type-memoir.txt": (
        "'Memoir of X on ...' is a memoir, by X",
        {
            "id": "type-memoir",
            "date": ("1970s", "197X", "edtf", False),
            "content_kinds": ("english-transcription",),
            "body": "[Synthetic fixture] An invented account written from memory.",
            "title": "Memoir of Marshal Testkov on the Test Operation",
            "doc_type": "memoir",
            "authors": ("Marshal Testkov",),
        },
    ),
    "type-proposal.txt": (
        "'Proposal of X on ...' is a proposal, by X",
        {
            "id": "type-proposal",
            "date": ("1963", "1963", "year", False),
            "content_kinds": ("english-transcription",),
            "body": "[Synthetic fixture] An invented proposal.",
            "title": "Proposal of the Testish Delegation on Test Disarmament",
            "doc_type": "proposal",
            "authors": ("Testish Delegation",),
        },
    ),
    "type-map.txt": (
        "'Sketch Map of ...' is a map",
        {
            "id": "type-map",
            "date": ("1963", "1963", "year", False),
            "content_kinds": ("english-transcription",),
            "body": "[Synthetic fixture] An invented map.",
            "title": "Sketch Map of the Testburg Border",
            "doc_type": "map",
        },
    ),
    "stb-note.txt": (
        "'StB Note on ...': the type word ends the head phrase; the agency before it wrote it",
        {
            "id": "stb-note",
            "date": ("1968", "1968", "year", False),
            "title": "StB Note on an Invented Informer",
            "doc_type": "note",
            "authors": ("StB",),
        },
    ),
    "excerpts-diary.txt": (
        "'Excerpts from X's Diary on ...' is a diary, and X wrote it",
        {
            "id": "excerpts-diary",
            "date": ("1959", "1959", "year", False),
            "title": "Excerpts from Test Ambassador Kim's Diary on a Synthetic Visit",
            "doc_type": "diary",
            "authors": ("Test Ambassador Kim",),
        },
    ),
    "gromyko-cipher.txt": (
        "'Ciphered Telegram, A to B': a bare sender/recipient clause after the type",
        {
            "id": "gromyko-cipher",
            "date": ("1952", "1952", "year", False),
            "title": "Ciphered Telegram, Testyko to Molotestov",
            "doc_type": "ciphered-telegram",
            "senders": ("Testyko",),
            "recipients": ("Molotestov",),
            "clause": "bare",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_yields_exactly_its_values(name: str) -> None:
    expected = FIXTURES[name][1]
    actual = flatten(read(name))
    assert sorted(actual) == sorted(expected), "fields present differ"
    for key, want in expected.items():
        got = actual[key]
        if isinstance(want, Prefix):
            assert got.startswith(want.text), key
        elif key == "warnings":
            assert [
                (line, message[: len(text)])
                for (line, message), (_, text) in zip(got, want, strict=True)
            ] == list(want)
        else:
            assert got == want, key


def test_every_fixture_file_is_in_the_table() -> None:
    assert sorted(p.name for p in RECORDS.glob("*.txt")) == sorted(FIXTURES)
    assert len(FIXTURES) >= 30


def test_fixtures_together_cover_every_key_of_the_vocabularies() -> None:
    records = [read(name) for name in FIXTURES]
    flat = [flatten(r) for r in records]

    def seen(key: str) -> set[Any]:
        found: set[Any] = set()
        for item in flat:
            got = item.get(key)
            found |= set(got) if isinstance(got, tuple) else {got}
        return found - {None}

    assert seen("doc_type") == set(vocabulary.DOC_TYPES.values())
    assert seen("content_kinds") == set(vocabulary.CONTENT_KINDS.values())
    assert seen("body_classifications") | seen("classification") == set(
        vocabulary.CLASSIFICATIONS.values()
    )
    assert seen("priority") == set(vocabulary.PRIORITIES.values())
    assert {r.date.precision for r in records if r.date} == {"day", "month", "year", "edtf", None}
    assert {credit[0] for credit in seen("credits")} == {"obtained", "translated", "contributed"}
    assert seen("archive") == set(vocabulary.ARCHIVES)


@pytest.mark.parametrize("name", sorted(n for n in FIXTURES if "citation" in FIXTURES[n][1]))
def test_citation_text_is_the_file_line_verbatim(name: str) -> None:
    record = read(name)
    assert record.citation is not None
    line = record.citation.text.line
    lines = (RECORDS / name).read_text("utf-8").splitlines()
    assert record.citation.text.value == lines[line - 1].strip()


def test_title_wrapped_over_three_lines_keeps_each_part_line() -> None:
    title = read("embassy-number-first.txt").title
    assert title is not None
    assert title.text.line == 2
    assert title.senders == (Located("Romanian Embassy in Pyongyang", 2),)
    assert title.recipients == (Located("Romanian Ministry of Foreign Affairs", 2),)
    assert title.registry_numbers == (Located("066764", 2), Located("057016", 3))
    assert title.date_text == Located("January 12, 1980", 3)
    assert title.classification == Located("secret", 4)


def test_wrapped_title_lines_and_seed_like_layout() -> None:
    record = read("wrapped-telegram.txt")
    assert record.date is not None
    assert record.date.line == 3
    assert record.title is not None
    assert (record.title.priority, record.url) == (
        Located("regular", 6),
        Located("https://digitalarchive.wilsoncenter.org/document/wrapped-telegram", 11),
    )
    assert record.signature_text == Located("Signed: I. Ionescu", 33)
    assert record.date_as_written == Located("7.VI.1973", 35)
    assert record.body_classifications == (Located("top-secret", 27),)
    assert record.body_registry_numbers == (Located("76.042", 29),)


def test_crlf_record_reads_like_its_lf_twin() -> None:
    data = (RECORDS / "crlf-note.txt").read_bytes()
    assert b"\r\n" in data
    lf = parse_record(data.replace(b"\r\n", b"\n"), "crlf-note.txt", default_id="crlf-note")
    assert read("crlf-note.txt") == lf
    assert lf.signature_text == Located("[Signature] (S. Testenko)", 21)


def test_identical_titles_are_two_records() -> None:
    first, second = read("identical-title-a.txt"), read("identical-title-b.txt")
    assert first.title is not None
    assert second.title is not None
    assert first.title.text.value == second.title.text.value
    assert first.id != second.id


def test_ids_without_url_come_from_the_file_name_at_line_0() -> None:
    for name in ("no-citation.txt", "audio-summary-only.txt", "several-destinations.txt"):
        record = read(name)
        assert record.url is None
        assert record.id == Located(name.removesuffix(".txt"), 0)


def test_body_text_is_kept_as_written() -> None:
    one_line = read("several-destinations.txt").body
    assert one_line is not None
    assert "\n" not in one_line.value
    nbsp = read("nbsp-lines.txt").body
    assert nbsp is not None
    assert nbsp.value == (
        "[Synthetic fixture] Item one was invented.\n\n\n"
        "Item two was invented\u00a0too.\n\n8.II.1950"
    )
    inner = read("contents-in-body.txt").body
    assert inner is not None
    assert inner.value.startswith("Contents:\n1. An invented article")
    assert "**Note:** this bold line belongs to the body." in inner.value


def test_funder_lines_leave_summary_and_body() -> None:
    for name in ("900002.txt", "letter-subject-curly.txt", "german-body.txt"):
        record = read(name)
        assert record.funders
        assert all(f.line > 0 for f in record.funders)
        for text in (record.summary, record.body):
            assert text is None or "made possible" not in text.value


def test_warnings_name_their_lines() -> None:
    lines = {w.line for w in read("surprises.txt").warnings}
    assert lines == {2, 4, 6, 13, 19, 25, 29}


@pytest.mark.parametrize(
    ("ending", "url", "credit"),
    [
        (  # the archive's pages now end the citation with the document's address
            "Translated by Tess Tester. https://digitalarchive.example.org/document/900123",
            "https://digitalarchive.example.org/document/900123",
            "Translated by Tess Tester.",
        ),
        (  # another address ending it is the citation's, not the record's
            "Translated by Tess Tester. https://library.example.org/catalog/77",
            None,
            "Translated by Tess Tester. https://library.example.org/catalog/77",
        ),
    ],
)
def test_an_address_ending_the_citation_is_the_records_url_only_when_it_names_a_document(
    ending: str, url: str | None, credit: str
) -> None:
    text = (
        "**May 1, 1967**\n\n**Telegram from Testgrad to Testburg**\n\n**Citation:**\n\n"
        f'"Telegram from Testgrad to Testburg," May 1, 1967, Test Archive, Fond 1. {ending}\n'
    )
    record = parse_record(text, "900124.txt", default_id="900124")
    assert (record.url.value if record.url else None) == url
    assert record.citation is not None
    assert record.citation.credit_text is not None
    assert record.citation.credit_text.value == credit
    assert [c.agent.value for c in record.citation.credits] == ["Tess Tester"]
