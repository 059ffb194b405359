"""Every wording of record-format.md, one small record each, read through the public API."""

from __future__ import annotations

from typing import Any

import pytest

from linkeddata.parser import parse_record
from linkeddata.record import Citation, Record, Title

UNTYPED = ("no document type in the title",)


def parse(text: str, warnings: tuple[str, ...] = ()) -> Record:
    record = parse_record(text, "variant.txt", default_id="variant")
    assert tuple(w.message for w in record.warnings) == warnings
    return record


def title_of(title: str, warnings: tuple[str, ...] = ()) -> Title:
    parsed = parse(f"**May 1, 1967**\n**{title}**\n", warnings).title
    assert parsed is not None
    return parsed


def citation_of(text: str) -> Citation:
    citation = parse(f"**Citation:**\n\n{text}\n").citation
    assert citation is not None
    return citation


def body_of(body: str) -> Record:
    return parse(f"**Contents:**\n\nTranslation - English\n\n{body}\n")


def values(items: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(item.value for item in items)


@pytest.mark.parametrize(
    ("text", "iso", "precision", "inferred"),
    [
        ("May 1, 1967", "1967-05-01", "day", False),
        ("June 07, 1973", "1973-06-07", "day", False),
        ("December 1980", "1980-12", "month", False),
        ("August, 1962", "1962-08", "month", False),
        ("1955", "1955", "year", False),
        ("undated [1955]", "1955", "year", True),
        ("Undated [May 1955]", "1955-05", "month", True),
        ("Date unknown", None, None, False),
        ("undated", None, None, False),
        ("1 May 1967", "1967-05-01", "day", False),
        ("Sept. 3, 1950", "1950-09-03", "day", False),
        ("February 29, 1968", "1968-02-29", "day", False),
    ],
)
def test_date_line(text: str, iso: str | None, precision: str | None, inferred: bool) -> None:
    date = parse(f"**{text}**\n**Telegram from A to B**\n").date
    assert date is not None
    assert (date.text, date.line, date.iso, date.precision, date.inferred) == (
        text,
        1,
        iso,
        precision,
        inferred,
    )


def test_no_date_line_leaves_the_date_absent() -> None:
    record = parse("**Telegram from Pyongyang to Bucharest, 1955**\n")
    assert record.date is None
    assert record.title is not None
    assert record.title.date_text is not None
    assert record.title.date_text.value == "1955"


@pytest.mark.parametrize(
    ("wording", "key"),
    [
        ("Telegram", "telegram"),
        ("Ciphered Telegram", "ciphered-telegram"),
        ("Cable", "cable"),
        ("Report", "report"),
        ("Memorandum", "memorandum"),
        ("Memorandum of Conversation", "record-of-conversation"),
        ("Letter", "letter"),
        ("Note", "note"),
        ("Record of Conversation", "record-of-conversation"),
        ("Record of a Conversation", "record-of-conversation"),
        ("Diary", "diary"),
        ("Journal", "diary"),
        ("Speech", "speech"),
        ("Minutes", "minutes"),
        ("Resolution", "resolution"),
        ("Message", "message"),
        ("Newsletter", "newsletter"),
        ("From the Journal", "diary"),
    ],
)
def test_document_type_is_the_longest_wording_at_the_start(wording: str, key: str) -> None:
    title = title_of(f"{wording} of an Invented Body")
    assert title.doc_type is not None
    assert title.doc_type.value == key


@pytest.mark.parametrize(
    "title", ["Notebook of a Test", "Reporting Guidelines", "Cabled News from Moscow"]
)
def test_a_longer_word_is_no_document_type(title: str) -> None:
    assert title_of(title, UNTYPED).doc_type is None


TITLES: list[tuple[str, dict[str, Any]]] = [
    (
        "Telegram from Pyongyang to Bucharest, TOP SECRET, No. 76.042, Regular",
        {
            "senders": ("Pyongyang",),
            "recipients": ("Bucharest",),
            "numbers": ("76.042",),
            "classification": ("top-secret", "TOP SECRET"),
            "priority": "regular",
        },
    ),
    (
        "Telegram from Washington, DC, No.084.504, Urgent, SECRET",
        {
            "senders": ("Washington, DC",),
            "numbers": ("084.504",),
            "classification": ("secret", "SECRET"),
            "priority": "urgent",
        },
    ),
    (
        "Telegram 066764 from the Romanian Embassy in Pyongyang to the Romanian Ministry of"
        " Foreign Affairs, January 12, 1980, 057016, Secret",
        {
            "senders": ("Romanian Embassy in Pyongyang",),
            "recipients": ("Romanian Ministry of Foreign Affairs",),
            "numbers": ("066764", "057016"),
            "classification": ("secret", "Secret"),
            "date": "January 12, 1980",
        },
    ),
    (
        "Telegram from Pyongyang to Bucharest and Moscow",
        {"senders": ("Pyongyang",), "recipients": ("Bucharest", "Moscow")},
    ),
    (
        "Telegram from Pyongyang to Moscow, Beijing, Flash",
        {"senders": ("Pyongyang",), "recipients": ("Moscow", "Beijing"), "priority": "flash"},
    ),
    (
        "Ciphered Telegram, Shtykov to Feng Xi (Stalin)",
        {"senders": ("Shtykov",), "recipients": ("Feng Xi (Stalin)",)},
    ),
    (
        "Ciphered Telegram, Shtykov to Feng Xi [Stalin]",
        {"senders": ("Shtykov",), "recipients": ("Feng Xi [Stalin]",)},
    ),
    (
        "Cable No. 600308, Shtykov to Stalin, transmitting a letter from Kim Il Sung",
        {"senders": ("Shtykov",), "recipients": ("Stalin",), "numbers": ("600308",)},
    ),
    (
        "Letter from Kim Il Sung, 'On the Workers' Test'",
        {"senders": ("Kim Il Sung",), "subject": "On the Workers' Test"},
    ),
    (
        "Letter from Kim Il Sung to Mao Zedong, \u201cOn Peace, and Tests,\u201d March 1950",
        {
            "senders": ("Kim Il Sung",),
            "recipients": ("Mao Zedong",),
            "subject": "On Peace, and Tests",
            "date": "March 1950",
        },
    ),
    (
        "Letter from [the] Embassy of the [Socialist Federal] Republic [of Yugoslavia] to the GDR",
        {
            "senders": ("Embassy of the [Socialist Federal] Republic [of Yugoslavia]",),
            "recipients": ("GDR",),
        },
    ),
    (
        "Telegram from Hanoi to Bucharest (Excerpt)",
        {"senders": ("Hanoi",), "recipients": ("Bucharest",)},
    ),
    (
        "Telegram from Hanoi to Bucharest [Excerpts]",
        {"senders": ("Hanoi",), "recipients": ("Bucharest",)},
    ),
    ("Report from Hanoi (Fragments)", {"senders": ("Hanoi",)}),
    (
        "Ciphered Telegram, Kim to Stalin (via Shtykov)",
        {"senders": ("Kim",), "recipients": ("Stalin",)},
    ),
    (
        "Telegram # 600428/sh from Beijing to Bucharest, N\u00ba 600308/sh, TOP SECRET/SENSITIVE",
        {
            "senders": ("Beijing",),
            "recipients": ("Bucharest",),
            "numbers": ("600428/sh", "600308/sh"),
            "classification": ("top-secret-sensitive", "TOP SECRET/SENSITIVE"),
        },
    ),
    ("Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 1 June 1957", {}),
    ("Memorandum of Conversation between Kim Il Sung and Zhou Enlai", {}),
    (
        "Report on the Secret Police, Special File",
        {"classification": ("special-file", "Special File")},
    ),
    ("Teelgram form Pyongyang ot Bucharest", {"warnings": UNTYPED}),
]


@pytest.mark.parametrize(("text", "expected"), TITLES, ids=[t[:40] for t, _ in TITLES])
def test_title_pattern(text: str, expected: dict[str, Any]) -> None:
    expected = dict(expected)
    title = title_of(text, expected.pop("warnings", ()))
    classification = None
    if title.classification is not None and title.classification_text is not None:
        classification = (title.classification.value, title.classification_text.value)
    got = {
        "senders": values(title.senders),
        "recipients": values(title.recipients),
        "numbers": values(title.registry_numbers),
        "classification": classification,
        "priority": title.priority and title.priority.value,
        "subject": title.subject and title.subject.value,
        "date": title.date_text and title.date_text.value,
    }
    assert title.text.value == text
    assert {k: v for k, v in got.items() if v not in (None, ())} == expected


def test_title_lines_join_with_single_spaces_and_lose_a_trailing_comma() -> None:
    record = parse("**1955**\n**Telegram from A to B,**  \n**No. 1,**  \n**Urgent,**\n")
    assert record.title is not None
    assert record.title.text.value == "Telegram from A to B, No. 1, Urgent"
    assert (record.title.text.line, record.title.priority) == (2, record.title.priority)
    assert record.title.priority is not None
    assert record.title.priority.line == 4


CITATIONS: list[tuple[str, dict[str, Any]]] = [
    (
        '"A Title," May 1, 1967, History and Public Policy Program Digital Archive, MOL,'
        " XIX-J-1-j Korea, 4. doboz, 5/a, 004076/ 1955.",
        {
            "title": "A Title",
            "date": "May 1, 1967",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("MOL",),
            "shelfmarks": ("XIX-J-1-j Korea, 4. doboz, 5/a, 004076/ 1955",),
        },
    ),
    (
        "\u201cA Title,\u201d 1955, Wilson Center Digital Archive, Archive of the Romanian"
        " Ministry of Foreign Affairs (AMAE), Year: 1954; Folder 3.",
        {
            "title": "A Title",
            "date": "1955",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Archive of the Romanian Ministry of Foreign Affairs (AMAE)",),
            "shelfmarks": ("Year: 1954; Folder 3",),
        },
    ),
    (
        '"A Title", 1950, History and Public Policy Program Digital Archive, APRF, fond 45,'
        " opis 1, delo 347, listy 41-45 and APRF, fond 3, opis 65, delo 826, list 92.",
        {
            "title": "A Title",
            "date": "1950",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("APRF", "APRF"),
            "shelfmarks": (
                "fond 45, opis 1, delo 347, listy 41-45",
                "fond 3, opis 65, delo 826, list 92",
            ),
        },
    ),
    (
        "A Title, August, 1962, History and Public Policy Program Digital Archive, PRC FMA"
        " 109-03157-01, 39-42.",
        {
            "title": "A Title",
            "date": "August, 1962",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("PRC FMA",),
            "shelfmarks": ("109-03157-01, 39-42",),
        },
    ),
    (
        '"A Title," 1972, History and Public Policy Program Digital Archive, BStU, MfS,'
        " ZAIG 5387, pp. 1-22.",
        {
            "title": "A Title",
            "date": "1972",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("BStU",),
            "shelfmarks": ("MfS, ZAIG 5387, pp. 1-22",),
        },
    ),
    (
        '"A Title," 1975, History and Public Policy Program Digital Archive, Gerald R. Ford'
        " Presidential Library, Memoranda, (Box 19).",
        {
            "title": "A Title",
            "date": "1975",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Gerald R. Ford Presidential Library",),
            "shelfmarks": ("Memoranda, (Box 19)",),
        },
    ),
    ('"A Title," June 07, 1973.', {"title": "A Title", "date": "June 07, 1973"}),
    ("Just a bare sentence.", {}),
]


@pytest.mark.parametrize(("text", "expected"), CITATIONS, ids=[t[:30] for t, _ in CITATIONS])
def test_citation_parts(text: str, expected: dict[str, Any]) -> None:
    citation = citation_of(text)
    got = {
        "title": citation.title and citation.title.value,
        "date": citation.date_text and citation.date_text.value,
        "archive": citation.archive and citation.archive.value,
        "repositories": values(citation.repositories),
        "shelfmarks": values(citation.shelfmarks),
    }
    assert citation.text.value == text
    assert {k: v for k, v in got.items() if v not in (None, ())} == expected
    assert citation.credits == ()


CREDITS: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    (
        "Obtained and translated for NKIDP by Eliza Gheorghe.",
        [
            ("obtained", "Eliza Gheorghe", "NKIDP", None),
            ("translated", "Eliza Gheorghe", "NKIDP", None),
        ],
    ),
    ("Translated for NKIDP by Ana Testescu.", [("translated", "Ana Testescu", "NKIDP", None)]),
    (
        "Obtained for NKIDP by Ana Testescu and translated for NKIDP by Boris Beispiel.",
        [
            ("obtained", "Ana Testescu", "NKIDP", None),
            ("translated", "Boris Beispiel", "NKIDP", None),
        ],
    ),
    (
        "Obtained for CWIHP by Ana Testescu and translated by Boris Beispiel.",
        [("obtained", "Ana Testescu", "CWIHP", None), ("translated", "Boris Beispiel", None, None)],
    ),
    (
        "Contributed by Ana Testescu and translated by Boris Beispiel.",
        [("contributed", "Ana Testescu", None, None), ("translated", "Boris Beispiel", None, None)],
    ),
    (
        "Obtained and translated by the Institute for Test Studies and Research.",
        [
            ("obtained", "Institute for Test Studies and Research", None, None),
            ("translated", "Institute for Test Studies and Research", None, None),
        ],
    ),
    (
        "Translated from German for CWIHP by Dana Example.",
        [("translated", "Dana Example", "CWIHP", "German")],
    ),
    ("Translated by N. E. Popa.", [("translated", "N. E. Popa", None, None)]),
    (
        "Translated by Ana Testescu and Boris Beispiel.",
        [("translated", "Ana Testescu", None, None), ("translated", "Boris Beispiel", None, None)],
    ),
    ("; translation by Vladislav Zubok", [("translated", "Vladislav Zubok", None, None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CREDITS, ids=[s[:30] for s, _ in CREDITS])
def test_credit_sentence(sentence: str, expected: list[tuple[str, ...]]) -> None:
    separator = "" if sentence.startswith(";") else "."
    citation = citation_of(
        f'"A Title," 1955, AVP RF, fond 1{separator} {sentence}'.replace(" ;", ";")
    )
    assert citation.credit_text is not None
    assert citation.credit_text.value == sentence.removeprefix("; ")
    got = [
        (
            c.role,
            c.agent.value,
            c.project and c.project.value,
            c.source_language and c.source_language.value,
        )
        for c in citation.credits
    ]
    assert got == expected
    assert citation.repositories[0].value == "AVP RF"


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("TOP SECRET", "top-secret"),
        ("Top secret!", "top-secret"),
        ("Strictly secret", "strictly-secret"),
        ("CONFIDENTIAL.", "confidential"),
        ("TOP SECRET/SENSITIVE", "top-secret-sensitive"),
        ("(Top Secret)", "top-secret"),
        ("Top Secret. Copy N\u00ba 1", "top-secret"),
        ("Special File", "special-file"),
        ("SECRET", "secret"),
    ],
)
def test_body_classification_line(line: str, key: str) -> None:
    record = body_of(f"{line}\n\nThe text.")
    assert [(c.value, c.line) for c in record.body_classifications] == [(key, 5)]
    assert record.body_registry_numbers == ()


def test_classification_words_inside_prose_are_not_classifications() -> None:
    assert (
        body_of("The secret police were invented.\n\nTop secret plans.").body_classifications == ()
    )


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("No. 76.042", "76.042"),
        ("No.084.504", "084.504"),
        ("# 600428/sh", "600428/sh"),
        ("N\u00ba 600308/sh", "600308/sh"),
        ("Spec. No. 1643-1644", "1643-1644"),
        ("No. 2421/61/53/TJN", "2421/61/53/TJN"),
        ("550/55", "550/55"),
    ],
)
def test_body_registry_number(line: str, number: str) -> None:
    record = body_of(f"{line}\n\nThe text.")
    assert [(n.value, n.line) for n in record.body_registry_numbers] == [(number, 5)]


@pytest.mark.parametrize(
    "written",
    [
        "24.III.50",
        "8.II.1950",
        "13/5-50",
        "10/14/50",
        '"15" January 1963',
        "1972 April 4",
        "29.IV/7",
    ],
)
def test_body_date_as_written_is_kept_as_written(written: str) -> None:
    record = body_of(f"The text.\n\n{written}")
    assert record.date_as_written is not None
    assert (record.date_as_written.value, record.date_as_written.line) == (written, 7)
    assert record.body_registry_numbers == ()


@pytest.mark.parametrize(
    ("line", "signatories", "date"),
    [
        ("Signed: N. Popa", ("N. Popa",), None),
        ("24.III.50 Shtykov", ("Shtykov",), "24.III.50"),
        ("(A. Gromyko)", ("A. Gromyko",), None),
        ("[Signature] (S. Chervonenko)", ("S. Chervonenko",), None),
        ("[signed, illegible]", (), None),
        ("[Signature]", (), None),
    ],
)
def test_signature_forms(line: str, signatories: tuple[str, ...], date: str | None) -> None:
    record = body_of(f"The text.\n\n{line}")
    assert record.signature_text is not None
    assert (record.signature_text.value, record.signature_text.line) == (line, 7)
    assert values(record.signatories) == signatories
    assert (record.date_as_written and record.date_as_written.value) == date


@pytest.mark.parametrize(
    "closing",
    [
        "With communist greetings,\n\nKim Test",
        "Ivan Testov\nAmbassador",
        "Ambassador\nIvan Testov",
        "By order of the Minister / Head of Department",
        "The Embassy of the Test Republic",
        "Signed agreements were reached by both sides.",
        "(Excerpt)",
    ],
)
def test_unsure_signatures_extract_nothing(closing: str) -> None:
    record = body_of(f"The text.\n\n{closing}")
    assert (record.signature_text, record.signatories) == (None, ())


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("In response to your telegram no. 12.390, we judge:", "12.390"),
        ("As your telegram No. 12.390 asked, we went.", "12.390"),
        ("We went, ref. your cable nr. 123.", "123"),
    ],
)
def test_reply_to(sentence: str, number: str) -> None:
    record = body_of(f"Opening.\n\n{sentence}")
    assert [(r.value, r.line) for r in record.reply_to] == [(number, 7)]
    assert record.body_registry_numbers == ()


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Romanian", [("Romanian", "rum", "ro")]),
        ("Chinese", [("Chinese", "chi", "zh")]),
        ("German", [("German", "ger", "de")]),
        ("Russian", [("Russian", "rus", "ru")]),
        ("Korean", [("Korean", "kor", "ko")]),
        ("Greek", [("Greek", "gre", "el")]),
        ("Russian, Chinese", [("Russian", "rus", "ru"), ("Chinese", "chi", "zh")]),
        ("Hungarian and English", [("Hungarian", "hun", "hu"), ("English", "eng", "en")]),
    ],
)
def test_languages_come_from_the_iso_registry(names: str, expected: list[tuple[str, ...]]) -> None:
    record = parse(f"**Original Language:**\n\n{names}\n")
    assert [(x.name.value, x.iso639_2, x.bcp47) for x in record.languages] == expected
    assert {x.name.line for x in record.languages} == {3}


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        ("Translation - English", ["translation-english"]),
        ("Translation \u2013 English", ["translation-english"]),
        ("English HTML", ["english-html"]),
        ("English Translation", ["english-translation"]),
        ("English Transcription", ["english-transcription"]),
        ("Scan of Original Document", ["scan-of-original-document"]),
        (
            "English Translation\nScan of Original Document",
            ["english-translation", "scan-of-original-document"],
        ),
    ],
)
def test_content_kinds(lines: str, kinds: list[str]) -> None:
    record = parse(f"**Contents:**\n\n{lines}\n\nThe body.")
    assert [k.value for k in record.content_kinds] == kinds
    assert record.body is not None
    assert record.body.value == "The body."


@pytest.mark.parametrize(
    ("line", "funders"),
    [
        (
            "This document was made possible with support from the Leon Levy Foundation.",
            ("Leon Levy Foundation",),
        ),
        (
            "This document was made possible with support from the Leon Levy Foundation and"
            " the Syngman Rhee Institute, Yonsei University.",
            ("Leon Levy Foundation", "Syngman Rhee Institute, Yonsei University"),
        ),
        (
            "This document was made possible with support from Syngman Rhee Institute,"
            " Yonsei University",
            ("Syngman Rhee Institute, Yonsei University",),
        ),
    ],
)
def test_funder_line(line: str, funders: tuple[str, ...]) -> None:
    record = parse(f"**Summary:**\n\nThe summary.\n\n{line}\n")
    assert [(f.value, f.line) for f in record.funders] == [(f, 5) for f in funders]
    assert record.summary is not None
    assert record.summary.value == "The summary."


def test_url_forms_give_the_id() -> None:
    for url, ident in [
        ("<https://digitalarchive.wilsoncenter.org/document/116702>", "116702"),
        ("<http://digitalarchive.wilsoncenter.org/document/116702/>", "116702"),
        ("https://other.example/document/a-slug-id", "a-slug-id"),
    ]:
        record = parse_record(f"**Citation:**\n\nX.\n{url}\n", "x.txt")
        assert (record.id.value, record.id.line) == (ident, 4)
        assert record.url is not None
        assert record.url.value == url.strip("<>")
