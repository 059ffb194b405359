"""Every wording of record-format.md, one small record each, read through the public API."""

from __future__ import annotations

from typing import Any

import pytest

from linkeddata.parser import parse_record
from linkeddata.parser.names import agent_kind
from linkeddata.record import Citation, Located, Record, Title

UNTYPED = ("no document type in the title",)


def parse(text: str, warnings: tuple[str, ...] = ()) -> Record:
    record = parse_record(text, "variant.txt", default_id="variant")
    assert tuple(w.message for w in record.warnings) == warnings
    return record


def title_of(title: str, warnings: tuple[str, ...] = ()) -> Title:
    """The title read alone: no date line, which a date in the title would be checked against."""
    parsed = parse(f"**{title}**\n", warnings).title
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


def held(holdings: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The repositories and shelfmarks a citation's ``holdings`` give."""
    citation = citation_of(f'"A Title," 1950, Wilson Center Digital Archive, {holdings}.')
    return values(citation.repositories), values(citation.shelfmarks)


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
        ("n.d.", None, None, False),
        ("[n.d.]", None, None, False),
        ("(Undated)", None, None, False),
        ("Not dated", None, None, False),
        ("s.d.", None, None, False),
        ("Date not given", None, None, False),
        ("n.d. [ca. 1955]", "1955~", "edtf", True),
        ("undated, ca. 1955", "1955~", "edtf", True),
        ("1950-53", "1950/1953", "edtf", False),
        ("Before 1955", "../1955", "edtf", False),
        ("After May 1960", "1960-05/..", "edtf", False),
        ("1969 May 3", "1969-05-03", "day", False),
        ("31.12.1966", "1966-12-31", "day", False),
        ("1953.03.05", "1953-03-05", "day", False),
        ("5.III.1953", "1953-03-05", "day", False),
        ("1 IX 1961", "1961-09-01", "day", False),
        ("Tuesday, March 5, 1953", "1953-03-05", "day", False),
        ("March 5, 1953, 10:00 a.m.", "1953-03-05", "day", False),
        ("5 May 1953 14.30 hours", "1953-05-05", "day", False),
        ("Winter 1950-1951", "1950-24", "edtf", False),
        ("1960s-1970s", "196X/197X", "edtf", False),
        ("ca. 1950s", "195X~", "edtf", False),
        ("1956 or 1957", "1956/1957", "edtf", False),
        ("27-28 October 1962", "1962-10-27/1962-10-28", "edtf", False),
        ("1962, October 27", "1962-10-27", "day", False),
        ("10/27/1962", "1962-10-27", "day", False),
        ("27/10/1962", "1962-10-27", "day", False),
        ("5/6/1962", "1962", "year", False),  # either order: the year alone
        ("Summer-Fall 1962", "1962-22/1962-23", "edtf", False),
        ("the 1960s", "196X", "edtf", False),
        ("1 May 1967", "1967-05-01", "day", False),
        ("Sept. 3, 1950", "1950-09-03", "day", False),
        ("February 29, 1968", "1968-02-29", "day", False),
        ("ca. 1950", "1950~", "edtf", False),
        ("c. May 1950", "1950-05~", "edtf", False),
        ("circa 1950", "1950~", "edtf", False),
        ("1950-1953", "1950/1953", "edtf", False),
        ("1950 \u2013 1953", "1950/1953", "edtf", False),
        ("May 1967 - June 1968", "1967-05/1968-06", "edtf", False),
        ("May-June 1967", "1967-05/1967-06", "edtf", False),
        ("May 1-3, 1967", "1967-05-01/1967-05-03", "edtf", False),
        ("Spring 1968", "1968-21", "edtf", False),
        ("Summer 1968", "1968-22", "edtf", False),
        ("Fall, 1968", "1968-23", "edtf", False),
        ("Winter 1968", "1968-24", "edtf", False),
        ("1950s", "195X", "edtf", False),
        ("1967?", "1967?", "edtf", False),
        ("[not before] 1950", "1950/..", "edtf", False),
        ("[Not after] May 1, 1950", "../1950-05-01", "edtf", False),
        ("undated [ca. 1955]", "1955~", "edtf", True),
        # a cataloguer's note after the date: a qualifier, or else the date as written
        ("December 1979 (exact date unknown)", "1979-12", "month", False),
        ("1979 [exact date unknown]", "1979", "year", False),
        ("March 5, 1953 (received March 7)", "1953-03-05", "day", False),
        ("October 1956 (estimated)", "1956-10~", "edtf", False),
        ("May 1, 1967 (est.)", "1967-05-01~", "edtf", False),
        ("1953 (approximate date)", "1953~", "edtf", False),
        ("1953 approx.", "1953~", "edtf", False),
        ("1962 (probably)", "1962?", "edtf", False),
        ("probably 1962", "1962?", "edtf", False),
        ("[Undated, probably 1962]", "1962?", "edtf", True),
        ("1950s (?)", "195X?", "edtf", False),
        ("Spring 1962 (approximate)", "1962-21~", "edtf", False),
        ("ca. 1950 (?)", "1950%", "edtf", False),
        ("1950 [?]", "1950?", "edtf", False),
        # parts of a period, and ranges of them
        ("First week of October 1956", "1956-10", "month", False),
        ("1st half of 1963", "1963", "year", False),
        ("late 1950s-early 1960s", "195X/196X", "edtf", False),
        ("October or November 1956", "1956-10/1956-11", "edtf", False),
        ("October 1956 or November 1956", "1956-10/1956-11", "edtf", False),
        ("1 and 3 October 1965", "1965-10-01/1965-10-03", "edtf", False),
        ("September 27 and October 1, 1965", "1965-09-27/1965-10-01", "edtf", False),
        ("c. 1955-1956", "1955~/1956~", "edtf", False),
        ("ca. late 1962", "1962~", "edtf", False),
        # a day in quotes before its month, as Russian documents write it
        ('"14" May 1950', "1950-05-14", "day", False),
        ("“5” March 1953", "1953-03-05", "day", False),
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


def test_a_quoted_month_is_no_quoted_day() -> None:
    record = parse_record('**"May" 1950**\n**Telegram from A to B**\n', "x.txt", default_id="x")
    assert record.date is None or record.date.iso is None


def test_no_date_line_the_titles_date_stands_in() -> None:
    record = parse("**Telegram from Pyongyang to Bucharest, 1955**\n")
    assert record.date is not None
    assert (record.date.text, record.date.iso, record.date.inferred) == ("1955", "1955", False)
    assert record.title is not None
    assert record.title.date_text is not None
    assert record.title.date_text.value == "1955"


def test_with_no_date_line_the_citations_date_stands_in() -> None:
    record = parse(
        '**Letter from A to B**\n\n**Citation:**\n\n"Letter from A to B," October 27, 1962,'
        " Wilson Center Digital Archive, Test Archive.\n"
    )
    assert record.date is not None
    assert (record.date.text, record.date.line, record.date.iso) == (
        "October 27, 1962",
        5,
        "1962-10-27",
    )


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


HEADS = [
    ("Report from the Polish Embassy in Hanoi to the Ministry of Foreign Affairs", "report"),
    ("Information Report on a Test", "report"),
    ("Weekly Report No. 7 from A to B", "report"),
    ("Excerpt from the Legation's Annual Report, 1956", "report"),
    ("StB Note on a Test", "note"),
    ("Note Verbale from the Test Embassy", "note-verbale"),
    ("Conversation between A and B", "record-of-conversation"),
    ("A's Conversation with B on June 3, 1972", "record-of-conversation"),
    ("Second Conversation between A and B", "record-of-conversation"),
    ("Minutes of Conversation between A and B", "record-of-conversation"),
    ("Notes of a Conversation with A", "record-of-conversation"),
    ("Remarks of Ambassador A at the United Nations", "remarks"),
    ("Excerpts from A's Diary on a Test", "diary"),
    ("Excerpts from an Invented Story", "excerpt"),
    ("Excerpts from an Invented Talk", "speech"),
    ("Hungarian Embassy in North Korea, Report, 1955", "report"),
    ("Test Ministry of Foreign Affairs, Information on Laos", "information"),
    ("Oral Message from the Chairman of a Test Council to A", "oral-message"),
    ("Response of the Prime Minister of a Test Republic to A", "message"),
    ("Minutes of the Test Politburo Meeting", "minutes"),
    ("Resolution of the Test Council", "resolution"),
    ("Decree of the Test Presidium", "decree"),
    ("Speech by A at a Test Rally", "speech"),
    ("Letter Kim Il Sung to Stalin", "letter"),
    ("Memorandum for the Record", "memorandum"),
    ("Information on a Test", "information"),
    ("Directive to the Test Delegation", "directive"),
    ("Instructions for the Test Delegation", "instruction"),
    ("Order No. 12", "order"),
    ("Joint Statement of A and B", "statement"),
    ("Joint Communiqué of the Test Parties", "communique"),
    ("Interview with A", "interview"),
    ("Rodong Sinmun Editorial on a Test", "article"),
    ("Information Bulletin No. 3", "newsletter"),
    ("Leaflet Calling on Test Soldiers to Lay Down Their Arms", "leaflet"),
    ("Treaty of Friendship between A and B", "treaty"),
    ("Biographical Note on A", "biography"),
    ("Stenographic Record of the Test Plenum", "transcript"),
    ("Cable No. 600308, A to B", "cable"),
    ("Circular Telegram from the Test Ministry", "telegram"),
    ("Aide-Mémoire of the Test Government", "memorandum"),
    ("Memorandum of Understanding between A and B", "treaty"),
    ("Airgram from the Test Embassy to the Department of State", "message"),
    ("Despatch from the Test Embassy in Seoul", "message"),
    ("Circular of the Test Ministry", "message"),
    ("Telex from the Test Ministry to the Embassy", "telegram"),
    ("Radiogram from the Test Embassy", "telegram"),
    ("National Intelligence Estimate 14.2-67", "report"),
    ("Briefing Paper on Test Policy", "report"),
    ("Analysis of the Situation in Testland", "report"),
    ("Weekly Summary", "report"),
    ("Appeal of the Test Committee to the Test People", "statement"),
    ("Press Release", "statement"),
    ("Telcon Test Nixon and Test Kissinger", "record-of-conversation"),
    ("Meeting between A and B", "record-of-conversation"),
    ("Entry from the Journal of Ambassador A", "diary"),
]


@pytest.mark.parametrize(("title", "key"), HEADS, ids=[t[:40] for t, _ in HEADS])
def test_document_type_is_read_from_the_head_of_the_title(title: str, key: str) -> None:
    doc_type = title_of(title).doc_type
    assert doc_type is not None
    assert doc_type.value == key


@pytest.mark.parametrize(
    "title",
    [
        "Down with the Invented Imperialists!",
        "Korean People, Rise Up",
        "The Situation in Laos: A Report",
        "Hungarian Invented People, Rise Up, 1955",
    ],
)
def test_a_title_with_no_type_word_at_its_head_has_no_type(title: str) -> None:
    assert title_of(title, UNTYPED).doc_type is None


MARKINGS = [
    ("TOP SECRET", "top-secret", None),
    ("Top Secret", "top-secret", None),
    ("top secret", "top-secret", None),
    ("TOP SECRET (Synthetic)", "top-secret", None),
    ("Strictly Secret", "strictly-secret", None),
    ("STRICTLY SECRET (synthetic)", "strictly-secret", None),
    ("SECRET", "secret", None),
    ("Secret [Synthetic]", "secret", None),
    ("Confidential", "confidential", None),
    ("CONFIDENTIAL (Synthetic)", "confidential", None),
    ("Urgent", None, "urgent"),
    ("URGENT (Synthetic)", None, "urgent"),
    ("NIACT IMMEDIATE", None, "immediate"),  # the State Department's night action
    ("Regular", None, "regular"),
    ("Flash", None, "flash"),
    ("Special", None, "special"),
    ("special (Synthetic)", None, "special"),
]


@pytest.mark.parametrize(("wording", "classification", "priority"), MARKINGS)
def test_markings_in_any_case_and_with_a_bracketed_note(
    wording: str, classification: str | None, priority: str | None
) -> None:
    title = title_of(f"Telegram from A to B, No. 1, {wording}")
    assert (title.classification and title.classification.value) == classification
    assert (title.classification_text and title.classification_text.value) == (
        wording if classification else None
    )
    assert (title.priority and title.priority.value) == priority


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("No.071.233", "071.233"),
        ("no. 4471/1957", "4471/1957"),
        ("No. 510042", "510042"),
        ("#17", "17"),
        ("No 4", "4"),
        ("N\u00ba 600308/sh", "600308/sh"),
        ("Nr. 12/B", "12/B"),
        ("No.: 76.042", "76.042"),
    ],
)
def test_registry_numbers_as_archives_write_them(written: str, number: str) -> None:
    assert values(title_of(f"Telegram from A to B, {written}, SECRET").registry_numbers) == (
        number,
    )
    record = body_of(f"SECRET\n\n{written}\n\nText.")
    assert values(record.body_registry_numbers) == (number,)


@pytest.mark.parametrize(
    ("title", "number", "agents"),
    [
        ("Report No. 3 on Events in Testland", "3", ()),  # whatever clause follows the number
        ("Information No. 12 about the Situation in Testland", "12", ()),
        ("Note No. 471/57 on the Talks", "471/57", ()),
        (
            "Department of State Telegram 1234 to the Test Embassy",
            "1234",
            ("Department of State", "Test Embassy"),
        ),
        ("Directive No. 12 to the Test Commander", "12", ("Test Commander",)),
        ("Order of the Test Minister No. 0045", "0045", ("Test Minister",)),  # closing the parties
        ("Resolution of the Test Presidium No. P223/5", "P223/5", ("Test Presidium",)),
        ("Report 1956 to the Test Committee", None, ()),  # a year is no number
        ("Airgram from Testov to Testin, A-412", "A-412", ("Testin",)),  # an airgram's number
        # a series' code and its number, after the type or in a segment of its own
        (
            "National Intelligence Estimate NIE 11-4-57, 'Test Trends'",
            "NIE 11-4-57",
            ("Central Intelligence Agency",),
        ),  # the series' issuer
        ("Memorandum, NSC 5412/2, Covert Tests", "NSC 5412/2", ()),
        ("Report, TWP 1956, on the Plenum", None, ()),  # a body and a year: no number
    ],
)
def test_a_registry_number_after_the_type_or_after_the_parties(
    title: str, number: str | None, agents: tuple[str, ...]
) -> None:
    read = title_of(title)
    assert values(read.registry_numbers) == ((number,) if number else ())
    assert values(read.authors) + values(read.recipients) == agents


@pytest.mark.parametrize(
    "title", ["Notepaper of a Test", "Reporting Standards", "Cabled News from Moscow"]
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
    # a message to Y from X (regression: no parties were read)
    ("Telegram to Test Lee from Test Kim", {"senders": ("Test Kim",), "recipients": ("Test Lee",)}),
    (
        "Letter to the Test Committee from the Test Embassy (via Test Park)",
        {"senders": ("Test Embassy",), "recipients": ("Test Committee",)},
    ),
    # ... but a reply to a letter from X names what it answers, not its addressee
    ("Reply to the Letter from Test Kim", {}),
    # notes on the document are not part of the last name (regression: "Test Lee (Draft)")
    (
        "Letter from Test Kim to Test Lee (Draft)",
        {"senders": ("Test Kim",), "recipients": ("Test Lee",)},
    ),
    (
        "Letter from Test Kim to Test Lee [Unofficial Translation]",
        {"senders": ("Test Kim",), "recipients": ("Test Lee",)},
    ),
    (
        "Letter from Test Kim to Test Lee (Not Sent)",
        {"senders": ("Test Kim",), "recipients": ("Test Lee",)},
    ),
    (
        "Note from Test Kim to the Test Ministry (with Attachment)",
        {"senders": ("Test Kim",), "recipients": ("Test Ministry",)},
    ),
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


PARTIES: list[tuple[str, dict[str, Any]]] = [
    (
        "Telegram from Ho Chi Minh to Mao Zedong (via Wei Guoqing)",
        {"senders": ("Ho Chi Minh",), "recipients": ("Mao Zedong",), "via": ("Wei Guoqing",)},
    ),
    (
        "Letter from Ho Chi Minh to Mao Zedong via Wei Guoqing",
        {"senders": ("Ho Chi Minh",), "recipients": ("Mao Zedong",), "via": ("Wei Guoqing",)},
    ),
    (  # after a comma, still the clause
        "Telegram from Ho Chi Minh to Mao Zedong, via Wei Guoqing",
        {"senders": ("Ho Chi Minh",), "recipients": ("Mao Zedong",), "via": ("Wei Guoqing",)},
    ),
    (
        "Cable, Filippov [Stalin] to Mao Zedong, via Roshchin",
        {"senders": ("Filippov [Stalin]",), "recipients": ("Mao Zedong",), "via": ("Roshchin",)},
    ),
    (  # a channel is no intermediary
        "Message from Ana Test to Bo Sample via the Hotline",
        {"senders": ("Ana Test",), "recipients": ("Bo Sample",)},
    ),
    (
        "Message from Ana Test to Bo Sample via the Test Embassy",
        {"senders": ("Ana Test",), "recipients": ("Bo Sample",), "via": ("Test Embassy",)},
    ),
    (
        "Telegram from the Czechoslovak Embassy in Beijing",
        {"senders": ("Czechoslovak Embassy in Beijing",), "origins": ("Beijing",)},
    ),
    (
        "Report from the Embassy of the DPRK in Moscow to the Ministry",
        {
            "senders": ("Embassy of the DPRK in Moscow",),
            "recipients": ("Ministry",),
            "origins": ("Moscow",),
        },
    ),
    (
        "Report from the Bulgarian Legation to Tirana",
        {"senders": ("Bulgarian Legation to Tirana",), "origins": ("Tirana",)},
    ),
    (
        "Telegram from the Soviet Ambassador to the DPRK to the Foreign Ministry",
        {
            "senders": ("Soviet Ambassador to the DPRK",),
            "recipients": ("Foreign Ministry",),
            "origins": ("DPRK",),
        },
    ),
    (
        "Telegram from the Chinese Ambassador to the Soviet Union to the Foreign Ministry",
        {
            "senders": ("Chinese Ambassador to the Soviet Union",),
            "recipients": ("Foreign Ministry",),
            "origins": ("Soviet Union",),
        },
    ),
    (
        "Telegram from the Polish Embassy to the Ministry of Foreign Affairs",
        {"senders": ("Polish Embassy",), "recipients": ("Ministry of Foreign Affairs",)},
    ),
    (
        "Telegram from the Ministry to the Polish Embassy in Hanoi",
        {
            "senders": ("Ministry",),
            "recipients": ("Polish Embassy in Hanoi",),
            "destinations": ("Hanoi",),
        },
    ),
    (
        "Report from the Test Delegation in the Geneva Conference",
        {"senders": ("Test Delegation in the Geneva Conference",)},
    ),
    ("Speech at a Reception in the Kremlin Hall [Moscow]", {"origins": ("Moscow",)}),
    ("Speech of Deputy A in the Sejm, Warsaw", {"origins": ("Warsaw",)}),
    ("Speech of Deputy A in the Sejm, May 1, 1967", {"date": "May 1, 1967"}),
    ("Record of a Conversation with the Ambassador of the [Socialist Federal] Republic", {}),
    ("Note, Ivan Petrović", {}),
    (  # a caption after the addressee is no addressee
        "Letter from Ana Test to Bo Sample, Personal and Confidential",
        {"senders": ("Ana Test",), "recipients": ("Bo Sample",)},
    ),
    (
        "Letter from Ana Test to Bo Sample, Part 1",
        {"senders": ("Ana Test",), "recipients": ("Bo Sample",)},
    ),
    (  # a place before the date is where the letter was written
        "Letter from Ana Test to Bo Sample, Camp Testvid, 17 September 1978",
        {
            "senders": ("Ana Test",),
            "recipients": ("Bo Sample",),
            "origins": ("Camp Testvid",),
            "date": "17 September 1978",
        },
    ),
    (  # the "to" of an envoy's office names no addressee
        "Report by the Testish Ambassador to Testland, Testo Testin, on the Situation",
        {"origins": ("Testland",)},
    ),
    (  # a place before the date after an institution: where it was written
        "Telegram From the Test Embassy to the Department of Tests, Testgrad, October 24, 1962",
        {
            "senders": ("Test Embassy",),
            "recipients": ("Department of Tests",),
            "origins": ("Testgrad",),
            "date": "October 24, 1962",
        },
    ),
    (  # the senders have their place: the city before the date is the addressee's seat
        "Cable from the Test Embassy in Hanoi to the Ministry of Foreign Affairs, Testgrad,"
        " 7 March 1967",
        {
            "senders": ("Test Embassy in Hanoi",),
            "recipients": ("Ministry of Foreign Affairs", "Testgrad"),
            "origins": ("Hanoi",),
            "date": "7 March 1967",
        },
    ),
    (  # "of X to Y" after a type with people's full names
        "Report of Ana Testova and Bo Samplev to the CPSU Presidium on the Situation",
        {"senders": ("Ana Testova", "Bo Samplev"), "recipients": ("CPSU Presidium",)},
    ),
    (
        "Memorandum of Ana Testova to Bo Samplev",
        {"senders": ("Ana Testova",), "recipients": ("Bo Samplev",)},
    ),
    ("Report of the Visit to Testland", {}),
    (  # any participle ends the parties, not only the listed ones
        "Telegram from Ana Test to Testov [Bo Sample] Relaying Mao's Message",
        {"senders": ("Ana Test",), "recipients": ("Testov [Bo Sample]",)},
    ),
    (
        "Ciphered Telegram from Ana Test to Testov Passing on Kim Il Sung's Request",
        {"senders": ("Ana Test",), "recipients": ("Testov",)},
    ),
    (
        "Telegram from Ana Test to Testov clarifying the views of Kim Il Sung",
        {"senders": ("Ana Test",), "recipients": ("Testov",)},
    ),
    (  # but not a name in "-ing"
        "Telegram from Zhou Enlai to Deng Xiaoping Concerning the Talks",
        {"senders": ("Zhou Enlai",), "recipients": ("Deng Xiaoping",)},
    ),
    (
        "Letter from the Ministry of Machine Building Testing to the Test Embassy in Beijing",
        {
            "senders": ("Ministry of Machine Building Testing",),
            "recipients": ("Test Embassy in Beijing",),
            "destinations": ("Beijing",),
        },
    ),
    (  # a list of names goes on to its "and"
        "Telegram from Kim, Lee, and Park to Mao",
        {"senders": ("Kim", "Lee", "Park"), "recipients": ("Mao",)},
    ),
    ("Plan for the Withdrawal of the Testish Volunteers", {}),  # "for" a purpose
    ("Program for the Visit of the Testish Delegation to Testland", {}),
    ("Note for the Politburo of the CC TCP", {"recipients": ("Politburo of the CC TCP",)}),
    (  # a second document of the title, addressed to more people
        "Cable from Ana Test to Bo Sample and Report to Cy Trial and Di Model",
        {"senders": ("Ana Test",), "recipients": ("Bo Sample", "Cy Trial", "Di Model")},
    ),
    (
        "Letter from Ana Test to the Test Ministry and a Memorandum to the Bo Sample Bureau",
        {"senders": ("Ana Test",), "recipients": ("Test Ministry", "Bo Sample Bureau")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES, ids=[t[:40] for t, _ in PARTIES])
def test_parties_intermediaries_and_places(text: str, expected: dict[str, Any]) -> None:
    title = title_of(text)
    got = {
        "senders": values(title.senders),
        "recipients": values(title.recipients),
        "via": values(title.intermediaries),
        "origins": values(title.origins),
        "destinations": values(title.destinations),
        "date": title.date_text and title.date_text.value,
    }
    assert {k: v for k, v in got.items() if v not in (None, ())} == expected


def test_information_for_inside_a_bodys_name_is_no_second_document() -> None:
    title = title_of(
        "Letter from Ana Test to the Committee for Press and Information for Foreign Countries"
    )
    assert "Foreign Countries" not in values(title.recipients)


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
    (
        '"A Title," 1970, History and Public Policy Program Digital Archive, Political Archive'
        " of the Test Office, Berlin (PA TO), MfAA, C 1088/70.",
        {
            "title": "A Title",
            "date": "1970",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("Political Archive of the Test Office, Berlin (PA TO)",),
            "shelfmarks": ("MfAA, C 1088/70",),
        },
    ),
    (
        '"A Title," 1965, History and Public Policy Program Digital Archive, Diplomatic'
        " Archives, Ministry of Test Affairs, Republic of Testland.",
        {
            "title": "A Title",
            "date": "1965",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": (
                "Diplomatic Archives, Ministry of Test Affairs, Republic of Testland",
            ),
        },
    ),
    (
        '"A Title," 1957, History and Public Policy Program Digital Archive, AVPRF f. 0102,'
        " op. 13, p. 72, d. 5, ll. 2-45.",
        {
            "title": "A Title",
            "date": "1957",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("AVPRF",),
            "shelfmarks": ("f. 0102, op. 13, p. 72, d. 5, ll. 2-45",),
        },
    ),
    (
        '"A Title," 1950, History and Public Policy Program Digital Archive, APRF, f. 52, op. 1,'
        " ll. 1-33, copy in the Test Collection, Manuscript Division, Library of Testland.",
        {
            "title": "A Title",
            "date": "1950",
            "archive": "History and Public Policy Program Digital Archive",
            "repositories": ("APRF",),
            "shelfmarks": ("f. 52, op. 1, ll. 1-33",),
        },
    ),
    (
        '"A Title," 1954, History and Public Policy Program Digital Archive, Documents on the'
        " Test Conference (London: HMSO, 1954), 9-11.",
        {
            "title": "A Title",
            "date": "1954",
            "archive": "History and Public Policy Program Digital Archive",
            "publications": ("Documents on the Test Conference (London: HMSO, 1954), 9-11",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, Test Journal, Issue 6/7 (Winter'
        " 1995/1996), pp. 130-132.",
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "publications": ("Test Journal, Issue 6/7 (Winter 1995/1996), pp. 130-132",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, Lishi dang\'an, no. 2 (1993), 4-7.',
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "publications": ("Lishi dang'an, no. 2 (1993), 4-7",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, Testland Bulletin 8-9, p. 12.',
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "publications": ("Testland Bulletin 8-9, p. 12",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, APRF, fond 45, opis 1, delo 334;'
        " reprinted in Test Journal, Issue 6/7, p. 5.",
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("APRF",),
            "shelfmarks": ("fond 45, opis 1, delo 334",),
            "publications": ("Test Journal, Issue 6/7, p. 5",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 334; Testland'
        " Review, no. 3 (1996), pp. 5-9.",
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("APRF",),
            "shelfmarks": ("f. 45, op. 1, d. 334",),
            "publications": ("Testland Review, no. 3 (1996), pp. 5-9",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, Published in Testland Works, vol. 6'
        " (Testville: Test Press, 1999), 114-116.",
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "publications": ("Testland Works, vol. 6 (Testville: Test Press, 1999), 114-116",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, Central State Archive, Testgrad, Fond'
        " 1-B, Opis 33, a.e. 1126.",
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Central State Archive, Testgrad",),
            "shelfmarks": ("Fond 1-B, Opis 33, a.e. 1126",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, Archive of Test Records (ATR), Test'
        " City, KC TPZ, XI A/12, pp. 45-52.",
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Archive of Test Records (ATR), Test City",),
            "shelfmarks": ("KC TPZ, XI A/12, pp. 45-52",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, Test B. Testson Presidential Library,'
        " National Security File, Country File, Testland, Box 256.",
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Test B. Testson Presidential Library",),
            "shelfmarks": ("National Security File, Country File, Testland, Box 256",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, Test Library, Testson Reports, Box 1.',
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Test Library",),
            "shelfmarks": ("Testson Reports, Box 1",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, Test National Archives Center No. 3,'
        " Testgrad, Fond PTT, file 1234.",
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Test National Archives Center No. 3, Testgrad",),
            "shelfmarks": ("Fond PTT, file 1234",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, RG 59, Central Decimal File 1950-54,'
        " 795.00/6-2550, Test National Archives, Test Park.",
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Test National Archives, Test Park",),
            "shelfmarks": ("RG 59, Central Decimal File 1950-54, 795.00/6-2550",),
        },
    ),
    (
        '"A Title," 1956, Wilson Center Digital Archive, RG 59, Central Decimal File, Box 4.',
        {
            "title": "A Title",
            "date": "1956",
            "archive": "Wilson Center Digital Archive",
            "shelfmarks": ("RG 59, Central Decimal File, Box 4",),
        },
    ),
    (
        '"A Title," 1968, Wilson Center Digital Archive, Rudé testo, 22 August 1968.',
        {
            "title": "A Title",
            "date": "1968",
            "archive": "Wilson Center Digital Archive",
            "publications": ("Rudé testo, 22 August 1968",),
        },
    ),
    (
        '"A Title," 1950, Wilson Center Digital Archive, Tess Tester, ed., Testland Papers'
        " (Testville: Test Press, 2003), vol. 2, p. 411.",
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "publications": (
                "Tess Tester, ed., Testland Papers (Testville: Test Press, 2003), vol. 2, p. 411",
            ),
        },
    ),
    (
        '"A Title," 1950, Wilson Center Digital Archive, TWIHP Working Paper No. 22.',
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "publications": ("TWIHP Working Paper No. 22",),
        },
    ),
    (
        '"A Title," 1950, Wilson Center Digital Archive, Testo Testyan Papers, RGTSPI, f. 84,'
        " op. 3, d. 35.",
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("RGTSPI",),
            "shelfmarks": ("Testo Testyan Papers, f. 84, op. 3, d. 35",),
        },
    ),
    (
        '"A Title," 1950, Wilson Center Digital Archive, Testo Testov Papers, Test Library of'
        " Testland, Manuscript Division, Reel 17.",
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Test Library of Testland",),
            "shelfmarks": ("Testo Testov Papers, Manuscript Division, Reel 17",),
        },
    ),
    (
        '"A Title," 1966, Wilson Center Digital Archive, Foreign Relations of the United States,'
        " 1964-1968, Volume XXIX, Part 1, Document 145.",
        {
            "title": "A Title",
            "date": "1966",
            "archive": "Wilson Center Digital Archive",
            "publications": (
                "Foreign Relations of the United States, 1964-1968, Volume XXIX, Part 1,"
                " Document 145",
            ),
        },
    ),
    ('"A Title," June 07, 1973.', {"title": "A Title", "date": "June 07, 1973"}),
    ("Just a bare sentence.", {}),
    (  # a file and a collection before the repository that holds them
        '"A Title," 1971, Wilson Center Digital Archive, Subject File No. 203, T.N. Testsar'
        " Papers (III Installment), Test Memorial Museum and Library (TMML), New Testi.",
        {
            "title": "A Title",
            "date": "1971",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Test Memorial Museum and Library (TMML), New Testi",),
            "shelfmarks": ("Subject File No. 203, T.N. Testsar Papers (III Installment)",),
        },
    ),
    (  # a ministry's file series before the national archives
        '"A Title," 1962, Wilson Center Digital Archive, Ministry of Test Affairs, File No.'
        " 2(34)-EUR/62, National Archives of Testia, Testgrad.",
        {
            "title": "A Title",
            "date": "1962",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("National Archives of Testia, Testgrad",),
            "shelfmarks": ("Ministry of Test Affairs, File No. 2(34)-EUR/62",),
        },
    ),
    (  # a number in the repository's name
        '"A Title," 1965, Wilson Center Digital Archive, Testia National Archives Center 3,'
        " Phủ Thủ tướng, hồ sơ 1812.",
        {
            "title": "A Title",
            "date": "1965",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Testia National Archives Center 3",),
            "shelfmarks": ("Phủ Thủ tướng, hồ sơ 1812",),
        },
    ),
    (  # a repository has one seat; a series after it is shelfmark
        '"A Title," 1976, Wilson Center Digital Archive, Arquivo Histórico do Testamaraty,'
        " Testília, Telegramas, 1976.",
        {
            "title": "A Title",
            "date": "1976",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Arquivo Histórico do Testamaraty, Testília",),
            "shelfmarks": ("Telegramas, 1976",),
        },
    ),
    (  # a series in the holdings is no part of the repository's name
        '"A Title," 1961, Wilson Center Digital Archive, Testish National Archives,'
        " Presidential Papers, Testana.",
        {
            "title": "A Title",
            "date": "1961",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Testish National Archives",),
            "shelfmarks": ("Presidential Papers, Testana",),
        },
    ),
    (  # the seat and the repository's acronym after it
        '"A Title," 1961, Wilson Center Digital Archive, Test-Militärarchiv, Testburg (TM-A),'
        " DVW 1/71023.",
        {
            "title": "A Title",
            "date": "1961",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Test-Militärarchiv, Testburg (TM-A)",),
            "shelfmarks": ("DVW 1/71023",),
        },
    ),
    (  # a book by its city and year alone
        '"A Title," 1961, Wilson Center Digital Archive, Sbornik testov (Testgrad, 1962),'
        " pp. 34-36.",
        {
            "title": "A Title",
            "date": "1961",
            "archive": "Wilson Center Digital Archive",
            "publications": ("Sbornik testov (Testgrad, 1962), pp. 34-36",),
        },
    ),
    (  # the city that ends the holdings is the repository's seat, no shelfmark
        '"A Title," 1961, Wilson Center Digital Archive, Archives of the Institute of Test'
        " History, Testana.",
        {
            "title": "A Title",
            "date": "1961",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Archives of the Institute of Test History, Testana",),
        },
    ),
    (
        '"A Title," 1973, Wilson Center Digital Archive, Archivo General Histórico del'
        " Ministerio de Relaciones Exteriores de Testile, Fondo Países, Cuba, 1973.",
        {
            "title": "A Title",
            "date": "1973",
            "archive": "Wilson Center Digital Archive",
            "repositories": (
                "Archivo General Histórico del Ministerio de Relaciones Exteriores de Testile",
            ),
            "shelfmarks": ("Fondo Países, Cuba, 1973",),
        },
    ),
    (  # who conducted an interview holds nothing
        '"A Title," 1998, Wilson Center Digital Archive, Oral history interview conducted'
        " by Testo Testok, Testgrad, March 1998.",
        {"title": "A Title", "date": "1998", "archive": "Wilson Center Digital Archive"},
    ),  # the holdings end where a sentence ends; a shelf unit's full stop ends none
    (
        '"A Title," 1950, Wilson Center Digital Archive, AVPRF. Copy on file at the Test'
        " Security Archive.",
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("AVPRF",),
        },
    ),
    (
        '"A Title," 1950, Wilson Center Digital Archive, AVPRF, f. 0102, op. 6, d. 14. The'
        " original is held at the Test State Archive.",
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("AVPRF",),
            "shelfmarks": ("f. 0102, op. 6, d. 14",),
        },
    ),
    (
        '"A Title," 1961, Wilson Center Digital Archive, SAPMO-BArch, Berlin. DY 30/3497.',
        {
            "title": "A Title",
            "date": "1961",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("SAPMO-BArch",),
            "shelfmarks": ("Berlin. DY 30/3497",),
        },
    ),
    (
        '"A Title," 1950, Wilson Center Digital Archive, AVPRF, Fond 0102. Opis 6. Delo 14.',
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("AVPRF",),
            "shelfmarks": ("Fond 0102. Opis 6. Delo 14",),
        },
    ),  # ";" separates locations; a fonds starts the shelfmark; an imprint holds nothing; a note
    # in brackets is no part of a name
    (
        '"A Title," 1950, Wilson Center Digital Archive, APRF, Fond 3, Opis 65, Delo 826,'
        " Listy 83-85; AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11.",
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("APRF", "AVPRF"),
            "shelfmarks": (
                "Fond 3, Opis 65, Delo 826, Listy 83-85",
                "Fond 059a, Opis 5a, Delo 3, Papka 11",
            ),
        },
    ),
    (
        '"A Title," 1950, Wilson Center Digital Archive, APRF, Fond 3, Listy 83-85; Central'
        " Archive of Test History, Fond 5, Delo 7.",
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("APRF", "Central Archive of Test History"),
            "shelfmarks": ("Fond 3, Listy 83-85", "Fond 5, Delo 7"),
        },
    ),
    (
        '"A Title," 1950, Wilson Center Digital Archive, Testian Senate Archive, Fondo Testo'
        " Testani.",
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Testian Senate Archive",),
            "shelfmarks": ("Fondo Testo Testani",),
        },
    ),
    (
        '"A Title," 1955, Wilson Center Digital Archive, Foreign Test Languages Press, Testgrad,'
        " 1962.",
        {
            "title": "A Title",
            "date": "1955",
            "archive": "Wilson Center Digital Archive",
            "publications": ("Foreign Test Languages Press, Testgrad, 1962",),
        },
    ),
    (
        '"A Title," 1950, Wilson Center Digital Archive, Testian archives (from Soviet copy).',
        {
            "title": "A Title",
            "date": "1950",
            "archive": "Wilson Center Digital Archive",
            "repositories": ("Testian archives",),
        },
    ),
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
        "publications": values(citation.publications),
    }
    assert citation.text.value == text
    assert {k: v for k, v in got.items() if v not in (None, ())} == expected
    assert citation.credits == ()


CREDITS: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    (
        "Translated by Jae Test Suh for the Test Korea Documentation Project (TKDP).",
        [("translated", "Jae Test Suh", "Test Korea Documentation Project (TKDP)", None)],
    ),
    (
        "Contributed by Testy Testchenko from the Testian Foreign Ministry Archive.",
        [("contributed", "Testy Testchenko", None, None)],
    ),
    (
        "Original Testese text provided by Test Zhihua; translated by Testo Silver.",
        [("contributed", "Test Zhihua", None, None), ("translated", "Testo Silver", None, None)],
    ),
    (
        "Obtained from the Test Presidential Archive, Testgrad, by the Test History Project.",
        [("obtained", "Test History Project", None, None)],
    ),
    (
        "Compiled by the Test History Project.",
        [("contributed", "Test History Project", None, None)],
    ),
    ("Courtesy of Tess Tester.", [("contributed", "Tess Tester", None, None)]),
    (
        "Courtesy of the Test Security Archive; translation by Tess Tester.",
        [
            ("contributed", "Test Security Archive", None, None),
            ("translated", "Tess Tester", None, None),
        ],
    ),
    (
        "; copy obtained by TNHK, provided to TWIHP; translation by Tess Tester.",
        [("obtained", "TNHK", None, None), ("translated", "Tess Tester", None, None)],
    ),
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
    # editors and annotators; a project named after the agent (regressions: both were lost)
    (
        "Translated and annotated by Dana Example.",
        [("translated", "Dana Example", None, None), ("edited", "Dana Example", None, None)],
    ),
    (
        "Translated by Ana Testescu; edited by Boris Beispiel.",
        [("translated", "Ana Testescu", None, None), ("edited", "Boris Beispiel", None, None)],
    ),
    (
        "Obtained and translated by Dana Example for the Test Documentation Project.",
        [
            ("obtained", "Dana Example", "Test Documentation Project", None),
            ("translated", "Dana Example", "Test Documentation Project", None),
        ],
    ),
    (
        "Transcribed by Ana Testescu and translated by Boris Beispiel.",
        [("translated", "Boris Beispiel", None, None)],
    ),
    (
        "Translated from the Russian by Ana Testescu.",
        [("translated", "Ana Testescu", None, "Russian")],
    ),
    (
        "Obtained for CWIHP by Ana Testescu, translated for CWIHP by Boris Beispiel.",
        [
            ("obtained", "Ana Testescu", "CWIHP", None),
            ("translated", "Boris Beispiel", "CWIHP", None),
        ],
    ),
    ("Document obtained by Ana Testescu.", [("obtained", "Ana Testescu", None, None)]),
    ("Translated by Dr. Ana Testescu.", [("translated", "Dr. Ana Testescu", None, None)]),
    ("English translation by Ana Testescu.", [("translated", "Ana Testescu", None, None)]),
    (
        "Translated by Ana Testescu (NKIDP).",
        [("translated", "Ana Testescu", "NKIDP", None)],
    ),  # ", courtesy of X" is an act of its own; an honorific ends no name; a translation "from"
    # an agent, or "provided by" one
    (
        "Translated by Ana Testescu, courtesy of Boris Beispiel.",
        [("translated", "Ana Testescu", None, None), ("contributed", "Boris Beispiel", None, None)],
    ),
    ("Courtesy of Dr. Ana Testescu.", [("contributed", "Dr. Ana Testescu", None, None)]),
    ("Translation from TBIS.", [("translated", "TBIS", None, None)]),
    (
        "English translation provided by the Test Institute for Unification.",
        [("translated", "Test Institute for Unification", None, None)],
    ),
]


def test_a_credit_verb_starts_a_credit_without_a_full_stop() -> None:
    citation = citation_of(
        '"A Title," 1950, Wilson Center Digital Archive, PRC FMA 106-00581-01 Translated by'
        " Ana Testescu."
    )
    assert values(citation.shelfmarks) == ("106-00581-01",)
    assert [(c.role, c.agent.value) for c in citation.credits] == [("translated", "Ana Testescu")]


def test_a_credit_verb_inside_a_title_without_quotes_starts_no_credit() -> None:
    citation = citation_of(
        "Chronology Compiled by the Test Agency, 1962, Wilson Center Digital Archive, PRC FMA"
        " 106-00581-01 Translated by Ana Testescu."
    )
    assert citation.title is not None
    assert citation.title.value == "Chronology Compiled by the Test Agency"
    assert [(c.role, c.agent.value) for c in citation.credits] == [("translated", "Ana Testescu")]


def test_a_translation_from_a_language_credits_no_one() -> None:
    citation = citation_of(
        '"A Title," 1950, Wilson Center Digital Archive, AVPRF. Translation from Russian.'
    )
    assert citation.credits == ()
    assert values(citation.repositories) == ("AVPRF",)


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
        ("SECRET/NODIS", "secret"),
        ("SECRET - EYES ONLY", "secret"),
        ("CONFIDENTIAL//NOFORN", "confidential"),
        ("TOP SECRET Testinger Eyes Only", "top-secret"),
        ("Strictly Confidential", "strictly-confidential"),
        ("LIMITED OFFICIAL USE", "official-use"),
        ("Restricted", "restricted"),
        ("(Top Secret)", "top-secret"),
        ("Top Secret. Copy N\u00ba 1", "top-secret"),
        ("Special File", "special-file"),
        ("SECRET", "secret"),
        ("Ściśle tajne", "top-secret"),
        ("Szigorúan titkos!", "top-secret"),
        ("Přísně tajné", "top-secret"),
        ("绝密", "top-secret"),
        ("Geheime Verschlußsache", "secret"),
        ("Tajne", "secret"),
        ("Poufne", "confidential"),
        ("Special Dossier", "special-file"),
        ("Сов. секретно", "top-secret"),
        ("Top Secret. Personal.", "top-secret"),  # handling words after the marking
        ("Secret. Personal", "secret"),
        ("Top Secret, Personal", "top-secret"),
        ("Top Secret / Personal", "top-secret"),
        ("Top secret - Only for addressee", "top-secret"),
        ("Top Secret. Only for the addressee", "top-secret"),
        ("Strictly confidential. Not for publication", "strictly-confidential"),
        ("Strictly secret of special importance", "top-secret"),
        ("Secret, Urgent", "secret"),  # a priority on the same line
        ("Strogo poverljivo", "strictly-confidential"),
        ("Très secret", "top-secret"),
        ("Riservato", "confidential"),
        ("Geheime Kommandosache!", "top-secret"),
        ("SECRET/GDS", "secret"),  # a declassification schedule
        ("CONFIDENTIAL - XGDS-1", "confidential"),
        ("SECRETO-EXCLUSIVO", "secret"),  # a handling or priority word after a hyphen
        ("CONFIDENTIAL-URGENT", "confidential"),
        ("SECRET-URGENT-EXCLUSIVE", "secret"),
        ("TOP SECRET UK EYES A", "top-secret"),  # a national caveat
        ("CONFIDENTIAL UK EYES B", "confidential"),
        ("SECRET DEDIP", "secret"),
        ("RESERVADO", "restricted"),  # the Ibero-American lowest grade
        ("ESTRICTAMENTE CONFIDENCIAL", "strictly-confidential"),
        ("Sov. sekretno", "top-secret"),  # transliterated Russian
        ("Sovershenno sekretno", "top-secret"),
        ("Sekretno", "secret"),
        ("Tajne specjalnego znaczenia", "top-secret"),
        ("Tajne spec. znaczenia", "top-secret"),
        ("Тайно", "secret"),
        ("Строго поверително", "strictly-confidential"),
        ("Secret de serviciu", "restricted"),
        ("Secret de stat", "secret"),
        ("Tepër sekret", "top-secret"),
        ("For Official Use", "official-use"),
        # a marking and "of special importance" in the original language: the top grade
        ("Přísně tajné - zvláštní důležitosti", "top-secret"),
        ("Ściśle tajne specjalnego znaczenia", "top-secret"),
        ("STRICT SECRET DE IMPORTANȚĂ DEOSEBITĂ", "top-secret"),
        ("Vertrauliche Dienstsache", "confidential"),
        ("Secret Classified Matter", "secret"),  # the GDR's markings in English
        ("Confidential Classified Matter", "confidential"),
        # a dissemination control in words, an alliance's prefix: the grade
        ("SECRET NO FOREIGN DISSEM", "secret"),
        ("CONFIDENTIAL NOT RELEASABLE TO FOREIGN NATIONALS", "confidential"),
        ("SECRET NO DISSEM ABROAD", "secret"),
        ("NATO SECRET", "secret"),
        ("NATO CONFIDENTIAL", "confidential"),
        ("CENTO SECRET", "secret"),
        ("COSMIC TOP SECRET", "top-secret"),
        ("COSMIC CONFIDENTIAL", "confidential"),  # the grade written (review 21 C)
        # a copy count on the marking's line leaves the marking
        ("Szigorúan titkos! Készült 4 példányban", "top-secret"),
        ("Top Secret! Made in 4 copies", "top-secret"),
    ],
)
def test_body_classification_line(line: str, key: str) -> None:
    record = body_of(f"{line}\n\nThe text.")
    assert [(c.value, c.line) for c in record.body_classifications] == [(key, 5)]
    assert record.body_registry_numbers == ()


@pytest.mark.parametrize(
    "line", ["NATO Secretary General", "NATO Secretariat", "SECRET POLICE", "NATO UNCLASSIFIED"]
)
def test_a_line_that_opens_like_a_marking_but_is_none(line: str) -> None:
    assert body_of(f"{line}\n\nThe text.").body_classifications == ()


@pytest.mark.parametrize(
    ("line", "key", "priority"),
    [  # a handling word joined by "and" or a comma is a caveat, or a priority when it is one
        ("Secret and Personal", "secret", None),
        ("Top Secret and Personal", "top-secret", None),
        ("Confidential and Personal", "confidential", None),
        ("Top Secret, Personal and Urgent", "top-secret", "urgent"),
        ("Top Secret and Urgent", "top-secret", "urgent"),
        ("Secret and Immediate", "secret", "immediate"),
        ("Very Secret", "top-secret", None),  # the Arabic and Hebrew top grade in English
        # two grades joined by "and" are one marking, the higher (review 19 L#4)
        ("Secret and Confidential", "secret", None),
        ("Confidential & Restricted", "confidential", None),
        ("Top Secret and Confidential, Urgent", "top-secret", "urgent"),
    ],
)
def test_a_marking_and_a_handling_word_joined_by_and_is_the_marking(
    line: str, key: str, priority: str | None
) -> None:
    record = body_of(f"{line}\n\nThe correspondents continue to broadcast.")
    assert values(record.body_classifications) == (key,)
    assert (record.body_priority and record.body_priority.value) == priority


@pytest.mark.parametrize(
    ("head", "marking", "priority"),
    [
        ("Strictly confidential\nVery urgent", "strictly-confidential", "immediate"),
        ("Secret\nUrgent", "secret", "urgent"),
        ("SECRET - IMMEDIATE", "secret", "immediate"),
        ("Flash", None, "flash"),
        ("Urgent - Secret", "secret", "urgent"),
        ("Urgent meeting of the Presidium", None, None),
        ("Immediate action is needed.", None, None),
        ("Special No. 456", None, None),  # a word labelling a number is no priority
    ],
)
def test_a_priority_on_a_header_line_is_read(
    head: str, marking: str | None, priority: str | None
) -> None:
    record = body_of(f"{head}\n\nLast night Nasser announced his resignation.")
    assert values(record.body_classifications) == ((marking,) if marking else ())
    assert (record.body_priority and record.body_priority.value) == priority


def test_a_priority_below_the_text_is_no_header() -> None:
    lines = "\n\n".join(f"Paragraph {n} of the text." for n in range(14))
    assert body_of(f"{lines}\n\nUrgent").body_priority is None


def test_a_qualifier_on_the_line_below_the_marking_is_one_marking_with_it() -> None:
    record = body_of(
        "Strict secret\n\nDe importanță deosebită\n\nEx. unic\n\nThe units are on alert."
    )
    assert [(c.value, c.line) for c in record.body_classifications] == [("top-secret", 5)]


def test_stacked_initialled_names_all_sign() -> None:
    record = body_of(
        "The text of the decision, long enough.\n\nD. Testinov\nA. Testyko\nYu. Testov"
    )
    assert values(record.signatories) == ("D. Testinov", "A. Testyko", "Yu. Testov")


def test_a_number_after_a_marking_is_the_documents() -> None:
    record = body_of("Strictly confidential No. 42389\n\nText.")
    assert values(record.body_classifications) == ("strictly-confidential",)
    assert values(record.body_registry_numbers) == ("42389",)


@pytest.mark.parametrize(
    ("line", "number"),
    [  # a party decision's protocol and item: one number, as written
        ("No. P12/345", "P12/345"),
        ("№ П12/345", "П12/345"),
        ("Protocol No. 7, item 2", "7, item 2"),
        ("Protocol No. 12, Item 34", "12, Item 34"),
        ("Protocol No. 5", "5"),  # the minutes' own number
        ("Copy No. 3\n\nProtocol No. 7, item 2", "7, item 2"),
    ],
)
def test_a_protocol_number_keeps_its_item(line: str, number: str) -> None:
    assert values(body_of(f"Top Secret\n\n{line}\n\nThe text.").body_registry_numbers) == (number,)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Resolution of the Test Presidium, Protocol No. 12, Item 34 'On the Test Question'",
            "12, Item 34",
        ),
        ("Decision of the Test Presidium, Protocol No. 49, p. 1", "49, p. 1"),
        ("Resolution of the Test Presidium No. P12/34, 'On the Test Question'", "P12/34"),
        # the protocol is the title's own type: its number with the item, once (review 21 C)
        ("Protocol No. 12, Item 34", "12, Item 34"),
        ("Extract from Protocol No. 49, p. 12 of the Test Presidium Session", "49, p. 12"),
        ("Decree No. 12 on the Execution of Protocol No. 4, item 2", "12"),
    ],
)
def test_a_titles_protocol_number_keeps_its_item(text: str, number: str) -> None:
    record = parse_record(f"**May 1, 1950**\n**{text}**\n", "x/1.txt", default_id="1")
    assert record.title is not None
    assert values(record.title.registry_numbers) == (number,)


@pytest.mark.parametrize(
    "text",
    [
        "Letter from Testov to Testenko regarding Protocol No. 4, item 2 of the Test Meeting",
        "Memorandum on the Implementation of Protocol No. 7, Item 3",
    ],
)
def test_a_protocol_the_titles_subject_names_numbers_no_record(text: str) -> None:
    record = parse_record(f"**May 1, 1950**\n**{text}**\n", "x/1.txt", default_id="1")
    assert record.title is not None
    assert values(record.title.registry_numbers) == ()


@pytest.mark.parametrize(
    "line",
    [
        "Anlage Nr. 1",
        "Attachment No. 2",
        "Copy No. 3",
        "Экз. № 2",
        "Ekz. No. 1",
        "Egz. nr 2",
        "Sheet No. 1",
        "File No. 220",
        "Page No. 4",
        "Blatt Nr. 5",
    ],
)
def test_an_attachment_or_a_copy_number_is_no_registry_number(line: str) -> None:
    assert body_of(f"{line}\n\nThe text.").body_registry_numbers == ()


def test_a_reply_to_an_abbreviated_telegram() -> None:
    assert values(body_of("Re: your tel. No. 452\n\nThe text.").reply_to) == ("452",)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Ref: Deptel 1234.", "1234"),
        ("Reference: Embtel 567", "567"),
        ("Urtel 89.", "89"),
        ("REF: DEPTEL 1234", "1234"),
        ("REF: STATE 123456", "123456"),
        ("REF: A) EMBTEL 55", "55"),
        ("To No. 1234 of 5 March", "1234"),
        ("К № 1234 от 5 марта", "1234"),
    ],
)
def test_a_reply_to_an_american_cable(line: str, number: str) -> None:
    assert values(body_of(f"{line}\n\nThe text.").reply_to) == (number,)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Ref: Cable No. 112 of February 3", "112"),
        ("Ref.: Cable No. 112", "112"),
        ("Reference: Telegram No. 112 of 3 February", "112"),
        ("Ref: Tel. No. 112", "112"),
        ("Ref.: Circular telegram No. 12", "12"),
        ("Ref: Nota No. 112/77", "112/77"),
        ("Referência: Telegrama Nº 45", "45"),
        ("Ref: Your cable No. 112", "112"),
    ],
)
def test_a_reference_to_a_numbered_document_is_a_reply_not_this_records_number(
    line: str, number: str
) -> None:
    record = body_of(f"CIFRADO No. 234\n{line}\n\nThe Minister received me.")
    assert values(record.reply_to) == (number,)
    assert values(record.body_registry_numbers) == ("234",)


def test_a_reference_without_a_document_type_or_to_a_file_is_no_reply() -> None:
    assert body_of("Ref: No. 12\n\nThe text.").reply_to == ()
    assert body_of("Ref: File No. 220\n\nThe text.").reply_to == ()


@pytest.mark.parametrize(
    ("line", "number"),
    [  # the writer's own numbering: this record's number, never another document's
        ("Reference: Registry No. 1234", "1234"),
        ("Ref: Our No. 45/1976", "45/1976"),
        ("Ref.: Reg. No. 0012/1968", "0012/1968"),
        ("Ref: Our Ref. No. 77", "77"),
    ],
)
def test_a_reference_to_the_writers_own_number_is_this_records_number(
    line: str, number: str
) -> None:
    record = body_of(f"Embassy of Testland\n{line}\n\nThe Minister received me.")
    assert record.reply_to == ()
    assert values(record.body_registry_numbers) == (number,)


@pytest.mark.parametrize(
    "notes",
    [
        "[1] See Document No. 5.\n\n[2] Cf. Telegram No. 345 of the Soviet Embassy in Prague.",
        "Notes\n\n1. Document No. 12 in Navrátil, The Prague Spring 1968.",
    ],
)
def test_an_editorial_note_after_the_text_gives_no_registry_number(notes: str) -> None:
    record = body_of(f"Protocol No. 130\n\nBrezhnev informed the participants.[1]\n\n{notes}")
    assert values(record.body_registry_numbers) == ("130",)
    assert values(body_of(f"Ulbricht agreed.[1]\n\n{notes}").body_registry_numbers) == ()


def test_a_copy_word_inside_a_longer_word_labels_no_copy() -> None:
    assert values(body_of("Checklist No. 5\n\nThe text.").body_registry_numbers) == ("5",)


def test_an_address_to_a_number_is_no_reply() -> None:
    record = body_of("To No. 10 Downing Street\n\nThe text.")
    assert record.reply_to == ()


def test_a_cable_named_in_passing_is_no_reply() -> None:
    assert values(body_of("The hotel was full.\n\nDeptel 1234 said so.").reply_to) == ()


@pytest.mark.parametrize(
    "line", ["Sovershenno sekretno. Osobaya papka", "Top secret (Special File)"]
)
def test_a_grade_and_the_special_file_on_one_line_are_both_read(line: str) -> None:
    record = body_of(f"{line}\n\nThe text.")
    assert values(record.body_classifications) == ("top-secret", "special-file")


def test_classification_words_inside_prose_are_not_classifications() -> None:
    assert (
        body_of("The secret police were invented.\n\nTop secret plans.").body_classifications == ()
    )
    assert body_of("Secret Service\n\nFor the Minister only.").body_classifications == ()


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
    ("head", "number", "marking"),
    [
        ("CONFIDENTIAL TESTGRAD 11634", "TESTGRAD 11634", "confidential"),
        ("SECRET STATE 012345", "STATE 012345", "secret"),
        ("CONFIDENTIAL SECTION 01 OF 02 TESTGRAD 11634", "TESTGRAD 11634", "confidential"),
        ("SECRET\nTESTGRAD 11634", "TESTGRAD 11634", "secret"),
        ("Number: USW-1023\nDate: 171830", "USW-1023", None),
        ("Č.j. 0234/67\nPřísně tajné!", "0234/67", "top-secret"),
        ("Č.j. A-00456/10-68", "A-00456/10-68", None),  # the office's letter code first
        ("Čj. OS-00123/77", "OS-00123/77", None),
        ("Ev. č. 123/70", "123/70", None),
        ("L.dz. 00234/81", "00234/81", None),
        ("Szám: 45/12/1988", "45/12/1988", None),
        ("l.sz. 0012/1968", "0012/1968", None),
        ("Pov. br. 456", "456", None),
        # the GDR's registers: the abbreviation before "-Nr.", any of them
        ("GVS-Nr. MfS 008-1234/80", "MfS 008-1234/80", None),
        ("GVS-Nr.: B 2/1-123/80", "B 2/1-123/80", None),
        ("Tgb.-Nr.: A 345 678", "A 345 678", None),
        ("VS-Nr. 123/80", "123/80", None),
        ("Classification: Top Secret\nUrgency: Extra Urgent", None, "top-secret"),
        ("[Classification Level: Secret]", None, "secret"),
        ("Security Classification: SECRET", None, "secret"),
        ("REF: STATE 123456", None, None),
        # a month or a bare year under a marking is no post's number
        ("SECRET\nAUGUST 1961", None, "secret"),
        ("TOP SECRET\nSPECIAL FILE 1961", None, "top-secret"),
        ("SECRET\nWASHINGTON 1961", None, "secret"),
    ],
)
def test_a_header_line_gives_the_documents_number_and_marking_under_its_label(
    head: str, number: str | None, marking: str | None
) -> None:
    record = body_of(f"{head}\n\nThe text.")
    assert values(record.body_registry_numbers) == ((number,) if number else ())
    assert values(record.body_classifications) == ((marking,) if marking else ())


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
        ("gez. Testneidewind", ("Testneidewind",), None),
        ("(-) Jan Testowski", ("Jan Testowski",), None),
        ("The Ambassador: Károly Testh", ("Károly Testh",), None),
        ("ss. Testár János", ("Testár János",), None),
        ("Signed by: Test Il Sung", ("Test Il Sung",), None),
    ],
)
def test_signature_forms(line: str, signatories: tuple[str, ...], date: str | None) -> None:
    record = body_of(f"The text.\n\n{line}")
    assert record.signature_text is not None
    assert (record.signature_text.value, record.signature_text.line) == (line, 7)
    assert values(record.signatories) == signatories
    assert (record.date_as_written and record.date_as_written.value) == date


@pytest.mark.parametrize(
    ("closing", "signature"),
    [
        ("With communist greetings,\n\nKim Test", "Kim Test"),
        ("Respectfully yours,\nWalter Testbricht", "Walter Testbricht"),
        ("Ivan Testov\nAmbassador", "Ivan Testov"),
        ("Ambassador\nIvan Testov", "Ivan Testov"),
        ("Test Il Sung\nChairman of the Cabinet of Ministers", "Test Il Sung"),
        ("Head of the Fifth Department\nof the Ministry of Test Affairs\nA. Testyko", "A. Testyko"),
        ("By order of the Minister\nDeputy Minister\nV. Testsov", "V. Testsov"),
        ("Ambassador of the USSR in the DPRK\n[signature]\nV. Testov\n\n15.III.1957", "V. Testov"),
        ("Sincerely,\n\n/s/ John Testdoe\nSecretary of State", "John Testdoe"),
        ("Chargé d'affaires a.i.\n/Test Person/", "Test Person"),
        ("Ambassador\n/signature/\nKarel Testa", "Karel Testa"),
        ("Chargé d'Affaires a.i.\n(Janos Testbeck)", "Janos Testbeck"),
        (
            "A. Testyko\n\n[1] Refers to the meeting of 5 May.\n[2] The cable of 3 May.",
            "A. Testyko",
        ),
        ("S. Testenko\n\n[Source: AVPRF, fond 0100, opis 50, delo 3]", "S. Testenko"),
        ("A. Testov\n\nTranslator's note: the original is handwritten.", "A. Testov"),
        ("Sincerely,\n\nJohn F. Testedy", "John F. Testedy"),
        ("[Signature]\nEnver Testa", "Enver Testa"),
        ("Sincerely,\n/s/\nWilliam P. Testers", "William P. Testers"),  # the mark alone
        ("12.III.1963\nTestropov", "Testropov"),
        ("26/X-62     A. TESTRYNIN", "A. TESTRYNIN"),
        ("Respectfully,\nGen. Wojciech Testelski", "Wojciech Testelski"),
        ("Gen. Wojciech Testelski", "Wojciech Testelski"),  # the rank on its line says so
        ("Fraternally,\n\nTestel Castro", "Testel Castro"),
        ("I have the honour to be,\nSir,\nYour obedient Servant,\n\nJohn Testman", "John Testman"),
        ("Testke\nGeneraloberst", "Testke"),  # a surname over its rank
        ("J. Testlin\n\n1. Reference to the telegram of 3 October.", "J. Testlin"),
        ("A. Testov\n\n*Translator's note: the date is unclear.*", "A. Testov"),
        ("(Recorded by Pu Testchang)", "Pu Testchang"),  # who wrote the record down
        ("Prepared by: M. Testev", "M. Testev"),
        ("Prepared by: J. Testsmith, INR/REA", "J. Testsmith"),  # the office code is no name
        ("Minutes taken by: Jan Testak", "Jan Testak"),
        ("Recorded by: Second Secretary of the Embassy V. Testak", "V. Testak"),  # his office
        ("Ambassador: (Grigor Testorov)", "Grigor Testorov"),
        ("Ambassador\nDragoljub Testica, s.r.", "Dragoljub Testica"),  # "by his own hand"
        ("J. Testek, m.p.", "J. Testek"),
        ("Testo Il Testung\n\n[stamp]", "Testo Il Testung"),  # a seal beside the name
        ("Sincerely,\n\nDean Testk\n\nP.S. Please give my regards.", "Dean Testk"),  # a P.S.
        ("Respectfully,\nM. Testy\n\ncc: Secretary Testk\nSecretary Testara", "M. Testy"),
        ("Submitted by: Vasil Testák", "Vasil Testák"),
        ("Report prepared by: D. Testmid", "D. Testmid"),
        ("Saludos revolucionarios,\nOsvaldo Testicós", "Osvaldo Testicós"),
        ("Václav Testid, v.r.", "Václav Testid"),
        ("25.6.50    A. TESTYKOV", "A. TESTYKOV"),  # a date in figures, then the name
        ("The Chargé d'Affaires a.i.:\nJózsef Testács", "József Testács"),
        ("Ambassador of the TSSR:\nTestavec", "Testavec"),  # a surname under a rank label
        ("Sd/- R.K. Testru\nForeign Secretary", "R.K. Testru"),  # "signed", as India writes it
        ('J. Testek\n\n[Handwritten note: "Agreed. K. Testwald"]', "J. Testek"),
        ("For the Central Committee of the Testish Party\nTestae Testescu", "Testae Testescu"),
        ("T/M Bộ Chính trị\nLê Testuẩn", "Lê Testuẩn"),  # Vietnamese "on behalf of"
        # closings in other languages
        (
            "Veuillez croire, Monsieur, à ma très haute considération.\n\nC. de Testaulle",
            "C. de Testaulle",
        ),
        ("Con saluti fraterni,\n\nEnrico Testlinguer", "Enrico Testlinguer"),
        ("Chào thân ái và quyết thắng,\n\nHồ Chí Test", "Hồ Chí Test"),
        ("Atentamente,\n\nTestel Castro Ruz", "Testel Castro Ruz"),
        # regression: what follows a US letter's signature is no signer
        (
            "Sincerely,\n\nJohn F. Testedy\n\nThe Honorable\nTestita S. Testchev\nChairman",
            "John F. Testedy",
        ),
        (  # an Indian or British letter's inside address under the signature
            "Yours sincerely,\nH. J. Testha\n\nShri Lal Bahadur Testri,\n"
            "Prime Minister of India,\nNew Delhi.",
            "H. J. Testha",
        ),
        (
            "Yours sincerely,\nTest Wilson\n\nThe Rt. Hon. Test Heath,\nHouse of Commons,\nLondon.",
            "Test Wilson",
        ),
        ("Sincerely,\n\nHenry A. Testinger\n\nEnclosure", "Henry A. Testinger"),
        ("Respectfully submitted,\n\nJ. Edgar Testver\nDirector", "J. Edgar Testver"),
        ("Sincerely,\nW. Averell Testiman\nAmbassador", "W. Averell Testiman"),
    ],
)
def test_a_name_in_the_closing_block_signs(closing: str, signature: str) -> None:
    record = body_of(f"The text of the document, long enough to be prose.\n\n{closing}")
    assert values(record.signatories) == (signature,)


@pytest.mark.parametrize(
    "closing",
    [
        "By order of the Minister / Head of Department",
        "12.5.1962 Testno",  # a date in figures, then a place: no signer
        "[Stamp: Received 12 May 1960, No. 00435]",  # a registry's stamp signs nothing
        "TOP SECRET/SENSITIVE\nTo: The Test Secretary\n\nTest Kim: The weather is invented.",
        "Test Kim\nTest Lee",
        "Ambassador Test Kim said that it would rain.\nTest Lee",
        "The Embassy of the Test Republic",
        "Signed agreements were reached by both sides.",
        "(Excerpt)",
        "Der Minister\nGeheime Verschlußsache",  # a marking is no name
        "Minister of Foreign Affairs\nSpecial Folder",
        "Interpreter: Li Testran",  # an interpreter or a translator never signs
        "Translator: Testy Goldberg",
        "Drafted by: EUR/SOV:MTest\nApproved: S/S:JTest",  # drafting and clearing offices
    ],
)
def test_unsure_signatures_extract_nothing(closing: str) -> None:
    record = body_of(f"The text.\n\n{closing}")
    assert (record.signature_text, record.signatories) == (None, ())


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("In response to your telegram no. 12.390, we judge:", "12.390"),
        ("Reference: Your ciphergram no. 1420/56", "1420/56"),
        ("As your telegram No. 12.390 asked, we went.", "12.390"),
        ("We went, ref. your cable nr. 123.", "123"),
        ("Re your cable 4567.", "4567"),
        ("Re your cable 066.764/1967, we report.", "066.764/1967"),
        ("Referring to your No. 1234/56/TJN, we answer.", "1234/56/TJN"),
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
        ("Chinese (Simplified)", [("Chinese (Simplified)", "chi", "zh")]),
        ("Farsi", [("Farsi", "per", "fa")]),
        ("Pashto", [("Pashto", "pus", "ps")]),
        ("Slovene", [("Slovene", "slv", "sl")]),
        ("Byelorussian", [("Byelorussian", "bel", "be")]),
        ("Sinhalese", [("Sinhalese", "sin", "si")]),
        ("Mandarin", [("Mandarin", "chi", "zh")]),
        ("Moldovan", [("Moldovan", "rum", "ro")]),
    ],
)
def test_languages_come_from_the_iso_registry(names: str, expected: list[tuple[str, ...]]) -> None:
    record = parse(f"**Original Language:**\n\n{names}\n")
    assert [(x.name.value, x.iso639_2, x.bcp47) for x in record.languages] == expected
    assert {x.name.line for x in record.languages} == {3}


def test_a_language_that_iso_639_2_lacks_keeps_its_bcp47_tag_alone() -> None:
    warning = "language 'Serbo-Croatian' has no ISO 639-2 code (hbs)"
    record = parse("**Original Language:**\n\nSerbo-Croatian\n", (warning,))
    assert [(x.name.value, x.iso639_2, x.bcp47) for x in record.languages] == [
        ("Serbo-Croatian", None, "sh")
    ]
    assert [w.line for w in record.warnings] == [3]


def test_a_language_of_a_macrolanguage_has_the_macrolanguages_iso_639_2_code() -> None:
    record = parse("**Original Language:**\n\nDari\n")
    assert [(x.name.value, x.iso639_2, x.bcp47) for x in record.languages] == [
        ("Dari", "per", "prs")
    ]


@pytest.mark.parametrize(
    ("holdings", "repositories"),
    [  # a declassification note ends the shelfmark and names no repository
        (
            "Archive of the Test President (ATP), Special Declassification, April 2002",
            ("Archive of the Test President (ATP)",),
        ),
        ("ATP, Special Declassification, April 2002", ("ATP",)),
    ],
)
def test_a_declassification_note_is_no_shelfmark(
    holdings: str, repositories: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, ())


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        ("Translation - English", ["translation-english"]),
        ("Translation \u2013 English", ["translation-english"]),
        ("Translation - German", ["translation-other"]),
        ("Korean Translation", ["translation-other"]),
        ("Translation - English (Excerpt)", ["translation-english"]),
        ("Partial Translation - English", ["translation-english"]),
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


def test_a_kind_with_the_originals_language_after_a_dash() -> None:
    record = parse("**Contents:**\n\nOriginal Scan - Korean\nTranslation - English\n\nThe body.")
    assert [k.value for k in record.content_kinds] == [
        "scan-of-original-document",
        "translation-english",
    ]
    assert record.body is not None
    assert record.body.value == "The body."


@pytest.mark.parametrize(
    ("kinds", "languages"),
    [  # a transcription or a scan of the original is in the original's language
        ("Original Scan\nTranscript - Arabic\nTranslation - English", [("Arabic", "ara", 4)]),
        ("Original Scan - Korean\nTranslation - English", [("Korean", "kor", 3)]),
        ("Original Scan\nTranslation - English", []),
        ("- Original Scan - Serbo-Croatian\n- Translation", [("Serbo-Croatian", None, 3)]),
        ("- Scan of Original Document\n- Translation - English", []),
        ("Transcript - English", []),
    ],
)
def test_without_a_language_section_a_kind_in_the_originals_language_names_it(
    kinds: str, languages: list[tuple[str, str | None, int]]
) -> None:
    hbs = ("language 'Serbo-Croatian' has no ISO 639-2 code (hbs)",)
    record = parse(f"**Contents:**\n\n{kinds}\n\nThe body.", hbs if "Serbo" in kinds else ())
    assert [(x.name.value, x.iso639_2, x.name.line) for x in record.languages] == languages


def test_the_language_section_names_the_original_whatever_the_kinds_say() -> None:
    record = parse("**Original Language:**\n\nRussian\n\n**Contents:**\n\nTranscript - Arabic\n")
    assert [x.iso639_2 for x in record.languages] == ["rus"]


def test_an_unknown_kind_line_over_known_ones_is_a_warning_not_the_body() -> None:
    record = parse(
        "**Contents:**\n\nTesting Facsimile\nTranslation - English\n\nThe body.",
        ("unknown content kind 'Testing Facsimile'",),
    )
    assert [k.value for k in record.content_kinds] == ["translation-english"]
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


@pytest.mark.parametrize(
    "sentence",
    [
        "In reply to your letter of 3 May we say.",
        "Your telegram 12 was read.",
        "Your letter 12/III was answered.",
        "Our telegram no. 76.100 went first.",
    ],
)
def test_no_reply_without_a_registry_number_of_yours(sentence: str) -> None:
    assert body_of(sentence).reply_to == ()


def test_a_heading_may_carry_its_text_on_the_same_line() -> None:
    record = parse(
        "**May 1, 1967**\n**Letter from A to B**\n\n**Summary:** A short summary.\nIts end.\n\n"
        "**Original Language:** Russian\n\n**Contents**: English Translation\n\nThe body.\n\n"
        "**Note:** still the body.\n"
    )
    assert record.summary == Located("A short summary.\nIts end.", 4)
    assert [(x.name.value, x.name.line) for x in record.languages] == [("Russian", 7)]
    assert values(record.content_kinds) == ("english-translation",)
    assert record.body is not None
    assert record.body.value == "The body.\n\n**Note:** still the body."


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry sent cable No. 17 yesterday.",
        "As instructed in cable No. 17, we met.",
        "On 5 May the Ambassador handed over note No. 45/67 to the Ministry.",
        "Pursuant to telegram No. 55/1961 of the Ministry, we went.",
    ],
)
def test_a_number_in_a_sentence_numbers_another_document(sentence: str) -> None:
    assert body_of(f"Opening.\n\n{sentence}\n\nMore text.").body_registry_numbers == ()


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Ciphered telegram No. 212", "212"),
        ("TOP SECRET No. 345", "345"),
        ("Outgoing No. 123", "123"),
    ],
)
def test_a_labelled_number_on_a_header_line(line: str, number: str) -> None:
    assert values(body_of(f"{line}\n\nThe text.").body_registry_numbers) == (number,)


@pytest.mark.parametrize(
    ("text", "holdings", "credit"),
    [
        (
            '"A Title," 1960, History and Public Policy Program Digital Archive, Translated by'
            " Mark Testov.",
            (),
            ("translated", "Mark Testov"),
        ),
        (
            '"A Title," 1960, History and Public Policy Program Digital Archive, CWIHP Working'
            ' Paper 22, "77 Conversations." Translated by Qiang Testai.',
            ('CWIHP Working Paper 22, "77 Conversations."',),  # a publication, not an archive
            ("translated", "Qiang Testai"),
        ),
    ],
)
def test_a_credit_verb_after_a_comma_or_a_quoted_stop_opens_the_credits(
    text: str, holdings: tuple[str, ...], credit: tuple[str, str]
) -> None:
    citation = citation_of(text)
    assert values(citation.repositories) + values(citation.publications) == holdings
    assert [(c.role, c.agent.value) for c in citation.credits] == [credit]


def test_content_kind_lines_may_be_bulleted() -> None:
    record = parse(
        "**1967**\n**Letter from A to B**\n\n**Contents:**\n\n- Translation - English\n"
        "- Scan of Original Document\n\nThe body.\n"
    )
    assert values(record.content_kinds) == ("translation-english", "scan-of-original-document")
    assert record.body is not None
    assert record.body.value == "The body."


@pytest.mark.parametrize("name", ["Yu. Testropov", "Ya. Testik", "Zh. Testenbal"])
def test_initials_of_two_letters_sign(name: str) -> None:
    assert values(body_of(f"The text of the letter, long enough.\n\n{name}").signatories) == (name,)


@pytest.mark.parametrize(
    ("closing", "date", "signatories"),
    [
        ("V. Testov\n\nMoscow, 12 March 1958", "12 March 1958", ("V. Testov",)),
        ("Test Il Sung\nPyongyang, 5 May 1950", "5 May 1950", ("Test Il Sung",)),
        ("Pyongyang, 24.III.50", "24.III.50", ()),
    ],
)
def test_a_closing_line_with_the_place_before_the_date(
    closing: str, date: str, signatories: tuple[str, ...]
) -> None:
    record = body_of(f"The text of the document, long enough to be prose.\n\n{closing}")
    assert record.date_as_written is not None
    assert record.date_as_written.value == date
    assert values(record.signatories) == signatories


def test_a_signature_under_an_office_over_two_lines_is_written_whole() -> None:
    record = body_of(
        "The text of the document, long enough to be prose.\n\nChairman of the Committee\n"
        "of Test Security     Yu. Testropov"
    )
    assert record.signature_text is not None
    assert record.signature_text.value == (
        "Chairman of the Committee\nof Test Security     Yu. Testropov"
    )
    assert values(record.signatories) == ("Yu. Testropov",)


def test_the_pages_index_sections_end_the_body() -> None:
    record = body_of(
        "The text.\n\nA. Testov\n\n**Associated People & Organizations:**\n\nTest Il Sung\n\n"
        "**Associated Places:**\n\nTestia (North)\n\n**Associated Topics:**\n\nTest War\n\n"
        "**Related Documents:**\n\nAnother record"
    )
    assert record.body is not None
    assert record.body.value == "The text.\n\nA. Testov"
    assert values(record.signatories) == ("A. Testov",)


def test_a_marking_and_its_qualifier_on_one_line_are_one_the_higher() -> None:
    record = body_of("Strictly Secret - Of Special Importance\n\nThe text.")
    assert values(record.body_classifications) == ("top-secret",)


@pytest.mark.parametrize(
    ("closing", "signatories"),
    [
        (
            "For the Republic of Testland:\nLee Test-won\n\nFor Testia:\nEtsu Testina",
            ("Lee Test-won", "Etsu Testina"),
        ),
        (
            "For the Government of the USSR: A. Testyko\nFor the Government of Testia: Dean Testk",
            ("A. Testyko", "Dean Testk"),
        ),
        ("On behalf of the Test Ministry:\nIvan Testov", ("Ivan Testov",)),
        ("For more details see:\nthe annex below.", ()),
    ],
)
def test_each_party_of_a_joint_document_signs(closing: str, signatories: tuple[str, ...]) -> None:
    record = body_of(f"The text of the agreement, long enough to be prose.\n\n{closing}")
    assert values(record.signatories) == signatories


@pytest.mark.parametrize(
    ("closing", "signatories"),
    [
        ("Sincerely,\nJOHN F. TESTEDY", ("John F. Testedy",)),  # typed in capitals
        ("Ambassador:\n/signed/\n(Ivan Testrov)", ("Ivan Testrov",)),
        (
            "Testo Enlai\nPremier of the State Council of the People's Republic of Testland",
            ("Testo Enlai",),
        ),
        ("Respectfully,\nRobert S. McTestara\nSecretary of Defense", ("Robert S. McTestara",)),
        ("Respectfully,\nJ. William Testbright, Chairman", ("J. William Testbright",)),
        ("(signed) Testo Zedong\n(signed) Testo Enlai", ("Testo Zedong", "Testo Enlai")),
        ("/Signature/\nA. Testyko", ("A. Testyko",)),
        ("/Seal/\nTest Il Sung", ("Test Il Sung",)),
        ("Respectfully,\nSecretary of Defense", ()),  # an office signs for nobody
    ],
)
def test_more_closings_sign(closing: str, signatories: tuple[str, ...]) -> None:
    record = body_of(f"The text of the document, long enough to be prose.\n\n{closing}")
    assert values(record.signatories) == signatories


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Obtained by the National Security Archive via FOIA request.",
            "National Security Archive",
        ),
        ("Obtained and translated by NHK television.", "NHK television"),
    ],
)
def test_how_a_copy_was_obtained_is_no_part_of_who(sentence: str, expected: str) -> None:
    citation = citation_of(
        f'"Letter," 1962, Wilson Center Digital Archive, Test Archive. {sentence}'
    )
    assert [c.agent.value for c in citation.credits][:1] == [expected]


def test_media_and_companies_are_organisations() -> None:
    assert agent_kind("NHK television") == "org"
    assert agent_kind("7Brands") == "org"
    assert agent_kind("Tess Tester") == "person"


@pytest.mark.parametrize(
    ("body", "signatories"),
    [
        ("PARTICIPANTS:\nPremier Testo En-lai\nHenry A. Testinger\nTesto Lord\n\n...", ()),
        (
            "Participants: Comrade Testnev, Comrade Testecker\n\n...\n\nE. Testecker",
            ("E. Testecker",),
        ),
        (
            "The text of the memorandum, long enough to be prose.\n\nPARTICIPANTS: Testir Zahedi,"
            " Ambassador of Testia\nAlfred Testherton, Assistant Secretary",
            (),
        ),
    ],
)
def test_a_list_of_participants_is_no_signature(body: str, signatories: tuple[str, ...]) -> None:
    assert values(body_of(body).signatories) == signatories


def test_a_list_of_those_present_ends_at_the_text() -> None:
    record = body_of(
        "Present: The President, Secretary Testk, Mr. Testone\n\n1. The President opened the"
        " meeting by asking for an estimate.\n\nJohn A. McTestone\nDirector"
    )
    assert values(record.signatories) == ("John A. McTestone",)


def test_translators_and_their_institution_in_brackets() -> None:
    citation = citation_of(
        '"Letter," 1962, Wilson Center Digital Archive, Test Archive. Translated by Tess Tester'
        " and Testa Testova (National Security Archive)."
    )
    assert [c.agent.value for c in citation.credits] == ["Tess Tester", "Testa Testova"]


def test_a_markdown_quote_mark_before_the_citation_or_summary_is_layout() -> None:
    record = parse(
        '**Citation:**\n\n> "A Title," 1998, Wilson Center Digital Archive, Test Archive.\n'
        "> <https://digitalarchive.wilsoncenter.org/document/variant>\n\n"
        "**Summary:**\n\n> A summary.\n\n**Contents:**\n\nTranslation - English\n\n> quoted body\n"
    )
    assert record.citation is not None
    assert record.citation.text.value.startswith('"A Title," 1998, Wilson Center')
    assert record.citation.title is not None
    assert record.citation.title.value == "A Title"
    assert record.summary is not None
    assert record.summary.value == "A summary."
    assert "> quoted body" in (record.body.value if record.body else "")


@pytest.mark.parametrize(
    ("line", "funders"),
    [
        (
            "This document was made possible with support from the Test Foundation, the Testia"
            " Foundation, and the Leon Test Foundation.",
            ("Test Foundation", "Testia Foundation", "Leon Test Foundation"),
        ),
        (
            "This document was made possible with support from the Test Foundation, Testia"
            " Foundation and Leon Test Foundation.",
            ("Test Foundation", "Testia Foundation", "Leon Test Foundation"),
        ),
        (
            "This document was made possible with support from the Test Foundation, the Tester"
            " Institute, Testei University",
            ("Test Foundation", "Tester Institute, Testei University"),
        ),
        (
            "This document was made possible with support from the Testia Foundation, Seoul, and"
            " the Test Corporation of New York (TCNY).",
            ("Testia Foundation, Seoul", "Test Corporation of New York (TCNY)"),
        ),
        ("Made possible with support from the Testia Foundation.", ("Testia Foundation",)),
        (  # an initial ends no sentence, and "John D. and Catherine T." name one foundation
            "This document was made possible with support from the Test Corporation and the"
            " John D. and Catherine T. Testarthur Foundation.",
            ("Test Corporation", "John D. and Catherine T. Testarthur Foundation"),
        ),
    ],
)
def test_funders_are_a_list(line: str, funders: tuple[str, ...]) -> None:
    record = parse(f"**Summary:**\n\nA summary.\n\n{line}\n")
    assert values(record.funders) == funders
    assert record.summary is not None
    assert record.summary.value == "A summary."


@pytest.mark.parametrize(
    ("holdings", "repositories", "shelfmarks"),
    [
        (
            "APRF, f. 3, op. 82, d. 176, l. 1; TsKhSD, f. 89, op. 14, d. 31",
            ("APRF", "TsKhSD"),
            ("f. 3, op. 82, d. 176, l. 1", "f. 89, op. 14, d. 31"),
        ),
        ("APRF, f. 3; TsA FSB, f. 16, d. 1", ("APRF", "TsA FSB"), ("f. 3", "f. 16, d. 1")),
        (
            "AAN, KC PZPR, 237/V-1; SAPMO-BArch, DY 30/J IV 2/1292",
            ("AAN", "SAPMO-BArch"),
            ("KC PZPR, 237/V-1", "DY 30/J IV 2/1292"),
        ),
        (
            "APRF, f. 3, d. 176; Testov Papers, Library of Congress, Reel 17",
            ("APRF", "Library of Congress"),
            ("f. 3, d. 176", "Testov Papers, Reel 17"),
        ),
        ("LBJ Library, NSF, Box 12; Folder 3", ("LBJ Library",), ("NSF, Box 12; Folder 3",)),
        (  # a roman-numeral series is shelfmark
            "AMAE, Asie-Testanie, vol. 12; II-B-5, Chine",
            ("AMAE",),
            ("Asie-Testanie, vol. 12; II-B-5, Chine",),
        ),
        (  # the fonds or creating agency cited again is the same repository's next file
            "BStU, MfS, ZAIG 123, Bl. 1-5; MfS, HA XX 456, Bl. 7",
            ("BStU",),
            ("MfS, ZAIG 123, Bl. 1-5; MfS, HA XX 456, Bl. 7",),
        ),
        ("AAN, KC PZPR, XIA/13; KC PZPR, V/45", ("AAN",), ("KC PZPR, XIA/13; KC PZPR, V/45",)),
        (  # "; and" is ";": the conjunction is no part of the next repository
            "Testarkivet, Stockholm, HP 12; and Test Archives, Vienna, SG/64/21",
            ("Testarkivet, Stockholm", "Test Archives, Vienna"),
            ("HP 12", "SG/64/21"),
        ),
        (
            "Arhiv Testavije, Belgrade; and Central State Archive, Sofia, Fond 1-B",
            ("Arhiv Testavije, Belgrade", "Central State Archive, Sofia"),
            ("Fond 1-B",),
        ),
    ],
)
def test_a_semicolon_opens_another_location_whatever_its_acronyms_case(
    holdings: str, repositories: tuple[str, ...], shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, shelfmarks)


@pytest.mark.parametrize(
    ("holdings", "repository", "shelfmarks"),
    [
        (
            "Conflict Records Research Center, National Defense University, SH-SHTP-A-001-480",
            "Conflict Records Research Center, National Defense University",
            ("SH-SHTP-A-001-480",),
        ),
        (
            "Hoover Institution Archives, Stanford University, Testov Papers, Reel 17",
            "Hoover Institution Archives, Stanford University",
            ("Testov Papers, Reel 17",),
        ),
        (
            "Der Bundesbeauftragte für die Unterlagen des Testdienstes (BStU), MfS, ZAIG, Nr. 3345",
            "Der Bundesbeauftragte für die Unterlagen des Testdienstes (BStU)",
            ("MfS, ZAIG, Nr. 3345",),
        ),
        (
            "Bundesarchiv, Stiftung Archiv der Testparteien (SAPMO-BArch), DY 30/J IV 2/201",
            "Bundesarchiv, Stiftung Archiv der Testparteien (SAPMO-BArch)",
            ("DY 30/J IV 2/201",),
        ),
        (
            "Archiv der Testdemokratie (AdsD), Friedrich-Ebert-Stiftung, Bonn, Testmann Archive,"
            " 1/HSAA006667",
            "Archiv der Testdemokratie (AdsD), Friedrich-Ebert-Stiftung, Bonn",
            ("Testmann Archive, 1/HSAA006667",),
        ),
        (  # the parent at the end of the holdings, after the shelfmark
            "Testov Diaries, Box 48, Folder 1, Hoover Institution Archives, Stanford University",
            "Hoover Institution Archives, Stanford University",
            ("Testov Diaries, Box 48, Folder 1",),
        ),
        (  # the body first, then its archives
            "Testing Ministry of Foreign Affairs, Diplomatic Archives, 2011-0721",
            "Testing Ministry of Foreign Affairs, Diplomatic Archives",
            ("2011-0721",),
        ),
        (
            "Central Committee of the Testing Party, Central Archives, Hanoi",
            "Central Committee of the Testing Party, Central Archives, Hanoi",
            (),
        ),
    ],
)
def test_a_repository_named_with_its_parent_institution(
    holdings: str, repository: str, shelfmarks: tuple[str, ...]
) -> None:
    citation = citation_of(f'"A Title," 1950, Wilson Center Digital Archive, {holdings}.')
    assert values(citation.repositories) == (repository,)
    assert values(citation.shelfmarks) == shelfmarks


@pytest.mark.parametrize(
    ("tail", "credit", "publications"),
    [
        (
            "TsKhSD, f. 5, d. 1637; translated by Tess Tester. Published in CWIHP Bulletin 8/9.",
            "translated by Tess Tester.",
            ("CWIHP Bulletin 8/9",),
        ),
        (
            "MOL, XIX-A-1-j. Contributed by Tess Tester; originally published in Tess Tester,"
            " Test Book (Stanford: Test Press, 2012).",
            "Contributed by Tess Tester",
            ("Tess Tester, Test Book (Stanford: Test Press, 2012)",),
        ),
        (
            "Pravda, 14 July 1963. Translated in The Current Test of the Soviet Press, Vol. XV,"
            " No. 28 (1963), pp. 3-16.",
            None,
            (
                "Pravda, 14 July 1963",
                "The Current Test of the Soviet Press, Vol. XV, No. 28 (1963), pp. 3-16",
            ),
        ),
        (
            "AVPRF, f. 1. Translated by Tess Tester and published in CWIHP Bulletin 10.",
            "Translated by Tess Tester",
            ("CWIHP Bulletin 10",),
        ),
    ],
)
def test_a_publication_sentence_after_the_credits_is_no_credit(
    tail: str, credit: str | None, publications: tuple[str, ...]
) -> None:
    citation = citation_of(f'"A Title," 1950, Wilson Center Digital Archive, {tail}')
    assert (citation.credit_text and citation.credit_text.value) == credit
    assert values(citation.publications) == publications


@pytest.mark.parametrize(
    ("body", "replies", "numbers"),
    [
        ("Ad No. 0012/1968\n\nIn reply to your instruction, we report.", ("0012/1968",), ()),
        ("Zu Nr. 123/81\n\nWir berichten über die Lage.", ("123/81",), ()),
        ("REFTEL: MOSCOW 12345\n\n1. The embassy reports.", ("12345",), ()),
        ("Ref: A. Embtel 1234\nB. Deptel 5678\n\n1. The embassy reports.", ("1234", "5678"), ()),
        (  # the head's post and number are the cable's own, the tail's "#1712" is none
            "CONFIDENTIAL TESTRAN 11712\n\n1. The compound.\nTESTGEN\nBT\n#1712\nNNNN",
            (),
            ("TESTRAN 11712",),
        ),
    ],
)
def test_reply_references_and_a_cables_tail_are_no_registry_number(
    body: str, replies: tuple[str, ...], numbers: tuple[str, ...]
) -> None:
    record = body_of(body)
    assert values(record.reply_to) == replies
    assert values(record.body_registry_numbers) == numbers


def test_a_funder_sentence_ending_the_citation_paragraph_is_a_funder() -> None:
    record = parse(
        '**Citation:**\n\n"A Title," 1950, Wilson Center Digital Archive, AVPRF, f. 1.'
        " Translated by Tess T. This document was made possible with support from the Test"
        " Foundation.\n"
    )
    assert values(record.funders) == ("Test Foundation",)
    assert record.citation is not None
    assert [c.agent.value for c in record.citation.credits] == ["Tess T"]


@pytest.mark.parametrize(
    "credit",
    [
        "Translated in full by Tess Tester.",
        "Translated in part by Tess Tester for CWIHP.",
        "Translated in 2009 by Tess Tester.",
        "Obtained by Testo Testman. Translated in full by Tess Tester.",
    ],
)
def test_how_much_or_when_a_text_was_translated_is_no_publication(credit: str) -> None:
    citation = citation_of(f'"A Title," 1950, Wilson Center Digital Archive, AVPRF, f. 1. {credit}')
    assert values(citation.publications) == ()
    assert "translated" in [c.role for c in citation.credits]


def test_a_funder_sentence_inside_the_body_is_the_documents_text() -> None:
    record = body_of(
        "The matter is settled. This document was made possible with support from the Test"
        " Foundation."
    )
    assert values(record.funders) == ()
    assert record.body is not None
    assert record.body.value.endswith("made possible with support from the Test Foundation.")


@pytest.mark.parametrize(
    ("holdings", "repositories", "shelfmarks"),
    [  # a note on a copy names no repository, after ";" too
        (
            "Archive of the President of the Testland Federation (APTF), Moscow; copy on file at"
            " the National Security Archive, Washington, DC",
            ("Archive of the President of the Testland Federation (APTF), Moscow",),
            (),
        ),
        (
            "APTF, f. 3, op. 65, d. 515, ll. 1-5; copy on file at the National Security Archive",
            ("APTF",),
            ("f. 3, op. 65, d. 515, ll. 1-5",),
        ),
        # a city with its state or district is the repository's place as a whole
        (
            "Dmitrii Testogonov Papers, Library of Congress, Washington, DC",
            ("Library of Congress, Washington, DC",),
            ("Dmitrii Testogonov Papers",),
        ),
        (
            "Testov Papers, Test Library, College Park, MD",
            ("Test Library, College Park, MD",),
            ("Testov Papers",),
        ),
    ],
)
def test_a_copys_note_and_a_city_with_its_state(
    holdings: str, repositories: tuple[str, ...], shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, shelfmarks)


@pytest.mark.parametrize(
    ("holdings", "shelfmarks"),
    [  # a full stop after an abbreviation, then a word or two and more shelfmark, ends nothing
        (
            "Test Archive (TAMZV), Prague, Teleg. Došlé, 1968, č. 1234",
            ("Teleg. Došlé, 1968, č. 1234",),
        ),
        (
            "Test Archive (TAMZV), Prague, Teleg. došlé, 1968, č. 1234",
            ("Teleg. došlé, 1968, č. 1234",),
        ),
        ("Test Archive (TAMZV), Prague. Copy on file at the Testing Archive, Washington", ()),
    ],
)
def test_an_abbreviation_inside_a_shelfmark_ends_no_sentence(
    holdings: str, shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings)[1] == shelfmarks


@pytest.mark.parametrize(
    ("holdings", "repositories", "shelfmarks"),
    [  # a fonds by its body and acronym, a deposit or papers after an archive start the shelfmark
        (
            "Archiwum Testowe, Komitet Obrony Testu (KOT), sygn. 1805/19",
            ("Archiwum Testowe",),
            ("Komitet Obrony Testu (KOT), sygn. 1805/19",),
        ),
        (
            "Archiv der Testdemokratie (AdTD), Depositum Helmut Testmidt, 1/HSAA006599",
            ("Archiv der Testdemokratie (AdTD)",),
            ("Depositum Helmut Testmidt, 1/HSAA006599",),
        ),
        (
            "Testarchiv, Nachlass Walter Testbricht, NY 4182/1",
            ("Testarchiv",),
            ("Nachlass Walter Testbricht, NY 4182/1",),
        ),
        (  # a body with the repository's seat after it is the repository's own
            "Archivo Histórico Testo, Secretaría de Pruebas (SP), Mexico City, exp. 3",
            ("Archivo Histórico Testo, Secretaría de Pruebas (SP), Mexico City",),
            ("exp. 3",),
        ),
        (  # the city with a particle, and the name in English, are the repository's
            "Test-Militärarchiv, Freiburg im Breisgau, DVW 1/71004",
            ("Test-Militärarchiv, Freiburg im Breisgau",),
            ("DVW 1/71004",),
        ),
        (
            "Národní testarchiv, Praha (National Test Archives, Prague), f. KSČ-ÚV-02/1, sv. 86",
            ("Národní testarchiv, Praha (National Test Archives, Prague)",),
            ("f. KSČ-ÚV-02/1, sv. 86",),
        ),
        (  # a state with the archive's acronym is the archive's own (diff review 18 B#1)
            "Archive of Test Policy, Russian Federation (AVP TF), fond 0104, opis 24",
            ("Archive of Test Policy, Russian Federation (AVP TF)",),
            ("fond 0104, opis 24",),
        ),
        (
            "Archive of the Ministry of Tests, People's Republic of China (PRC TMA), 109-01234-05",
            ("Archive of the Ministry of Tests, People's Republic of China (PRC TMA)",),
            ("109-01234-05",),
        ),
        (  # a series cut short is no city
            "Archiv Testovacích věcí (ATV), Teleg. Došlé, 1981, č. 8765",
            ("Archiv Testovacích věcí (ATV)",),
            ("Teleg. Došlé, 1981, č. 8765",),
        ),
    ],
)
def test_what_follows_an_archive_is_its_seat_or_a_fonds(
    holdings: str, repositories: tuple[str, ...], shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, shelfmarks)


@pytest.mark.parametrize(
    "holdings",
    [  # a broadcast as a monitoring service cites it holds nothing, nor do editors
        "Testyang Domestic Service, in Korean, 0900 GMT, 12 September 1970",
        "Radio Testoi, in Vietnamese, 1300 GMT, 9 September 1969",
        "Tess Tester and Testo G. Testman, eds.",  # editors of a publication hold nothing
    ],
)
def test_a_broadcast_or_editors_have_no_holder_and_no_shelfmark(holdings: str) -> None:
    assert held(holdings) == ((), ())


def test_an_archives_shelfmark_ending_in_ed_names_no_editors() -> None:
    assert held("Test Archive, f. 1, op. 2, ed.")[0] == ("Test Archive",)


def test_a_dotted_abbreviation_keeps_its_stop_at_a_shelfmarks_end() -> None:
    assert held("MNL OL, M-KS 288. f. 47/739. ő.e.")[1] == ("M-KS 288. f. 47/739. ő.e.",)


@pytest.mark.parametrize(
    ("holdings", "repositories", "shelfmarks"),
    [  # after a number or a name, a name and a comma open the next sentence: a book's author
        (
            "TsKhSD, f. 89, per. 45, dok. 1. Dmitrii Testogonov, Lenin (Moscow: Novosti, 1994), 12",
            ("TsKhSD",),
            ("f. 89, per. 45, dok. 1",),
        ),
        (
            "AVPRF, f. 0102, op. 7, d. 48, ll. 1-3. Kathryn Testersby, trans., CWIHP Bulletin 6-7",
            ("AVPRF",),
            ("f. 0102, op. 7, d. 48, ll. 1-3",),
        ),
        (
            "APRF, f. 3, op. 65, d. 515, ll. 1-5. Istochnik, no. 5 (1995), 12-15",
            ("APRF",),
            ("f. 3, op. 65, d. 515, ll. 1-5",),
        ),
        (
            "SAPMO-BArch, DY 30/3497. Bernd Testfer, ed., Ostpolitik (Berlin, 2005), 3",
            ("SAPMO-BArch",),
            ("DY 30/3497",),
        ),
        (
            "Test Archive, Prague. Kathryn Testersby, trans., Test Bulletin 6",
            ("Test Archive, Prague",),
            (),
        ),
    ],
)
def test_a_book_cited_after_the_shelfmark_is_no_part_of_it(
    holdings: str, repositories: tuple[str, ...], shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, shelfmarks)


def test_a_private_holder_is_the_repository_not_where_the_copy_came_from() -> None:
    citation = citation_of(
        '"Minutes," 1962, Wilson Center Digital Archive, From the personal archive of Dr. Tess'
        " Tester. Translated by Testo Testman."
    )
    assert [r.value for r in citation.repositories] == ["personal archive of Dr. Tess Tester"]


@pytest.mark.parametrize(
    ("holdings", "repositories", "shelfmarks"),
    [  # a clause in the holdings names no repository, and its date is no shelfmark
        ("Source unknown", (), ()),
        ("Leaked to and published by the Test newspaper Testo Ilbo, 2013", (), ()),
        ("Record of the conversation is part of a collection of Test documents", (), ()),
        ("Declassified in 1998, 2013", (), ()),
        (  # the copy's private holder, after how the copy was obtained
            "Document obtained from the private collection of Professor Tess Tester",
            ("private collection of Professor Tess Tester",),
            (),
        ),
        (  # regression: a verb's -ed in a repository's name, a clause's preposition after none
            "United Test Archives, Box 3",
            ("United Test Archives",),
            ("Box 3",),
        ),
    ],
)
def test_a_clause_in_the_holdings_names_no_repository(
    holdings: str, repositories: tuple[str, ...], shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, shelfmarks)


@pytest.mark.parametrize(
    ("holdings", "repositories", "shelfmarks"),
    [  # a person's papers beside the archive that holds them are its fonds, never the holder
        (
            "Testo da Testeira Archive, CPTEST, TTT mre pn 1974.03.26",
            ("CPTEST",),
            ("Testo da Testeira Archive, TTT mre pn 1974.03.26",),
        ),
        (
            "Arquivo Testo da Testeira, CPTEST, TTT mre d 1974.03.26, pp. 1-4",
            ("CPTEST",),
            ("Arquivo Testo da Testeira, TTT mre d 1974.03.26, pp. 1-4",),
        ),
        (
            "Test Memorial Museum and Library, P.N. Tester Papers (I-II Installment), Subject"
            " File No. 220",
            ("Test Memorial Museum and Library",),
            ("P.N. Tester Papers (I-II Installment), Subject File No. 220",),
        ),
        (  # regression: an archive's own name before a creator's or its own acronym holds
            "Arquivo Histórico do Testamaraty, MRE, Maço 5",
            ("Arquivo Histórico do Testamaraty",),
            ("MRE, Maço 5",),
        ),
        ("National Test Archive, FOIA, Box 3", ("National Test Archive",), ("FOIA, Box 3",)),
        ("Arquivo Nacional, AN, Box 3", ("Arquivo Nacional",), ("AN, Box 3",)),
    ],
)
def test_a_persons_papers_beside_their_archive_are_its_fonds(
    holdings: str, repositories: tuple[str, ...], shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, shelfmarks)


@pytest.mark.parametrize(
    "holdings",
    [
        "Transcript of the telephone conversation provided by Tess Tester",
        "Released by the Test Intelligence Service of Testland in June 2013",
    ],
)
def test_who_provided_or_released_a_copy_holds_nothing(holdings: str) -> None:
    assert held(holdings) == ((), ())


@pytest.mark.parametrize(
    ("body", "markings", "numbers"),
    [  # a marking typed in spaced capitals is that marking
        ("S E C R E T TESTRAN 04567\n\n1. The Shah.", ("secret",), ("TESTRAN 04567",)),
        ("C O N F I D E N T I A L\n\n1. The Shah.", ("confidential",), ()),
    ],
)
def test_a_spaced_marking_is_read(
    body: str, markings: tuple[str, ...], numbers: tuple[str, ...]
) -> None:
    record = body_of(body)
    assert values(record.body_classifications) == markings
    assert values(record.body_registry_numbers) == numbers


@pytest.mark.parametrize(
    ("holdings", "repositories", "shelfmarks"),
    [  # after a repository, its acronym and its city, all is shelfmark, a glossed series too
        (
            "Archive of the Test Ministry (ATM), Testgrad, PA (Confidential Archive), 1962, F-67",
            ("Archive of the Test Ministry (ATM), Testgrad",),
            ("PA (Confidential Archive), 1962, F-67",),
        ),
        (
            "Political Archive of the Test Office, Berlin (PA TO), MfAA, C 1088/70",
            ("Political Archive of the Test Office, Berlin (PA TO)",),
            ("MfAA, C 1088/70",),
        ),
    ],
)
def test_a_glossed_series_after_the_repositorys_seat_is_shelfmark(
    holdings: str, repositories: tuple[str, ...], shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, shelfmarks)


@pytest.mark.parametrize("kind", ["Original Transcript - Arabic", "Audio Recording"])
def test_an_unknown_kind_line_alone_is_a_warning_not_the_body(kind: str) -> None:
    record = parse(f"**Contents:**\n\n{kind}\n\nThe body.", (f"unknown content kind {kind!r}",))
    assert record.content_kinds == ()
    assert record.body is not None
    assert record.body.value == "The body."


@pytest.mark.parametrize(
    ("holdings", "repositories", "shelfmarks"),
    [  # two capitals after a seat are its state only when they are a state's code
        ("Testarkivet, Stockholm, UD, HP 12", ("Testarkivet, Stockholm",), ("UD, HP 12",)),
        ("Test Library, Ann Arbor, MI, Box 3", ("Test Library, Ann Arbor, MI",), ("Box 3",)),
        (  # regression: a Brazilian state's code is one as well
            "Arquivo Histórico do Testamaraty, Brasília, DF, Maço 5",
            ("Arquivo Histórico do Testamaraty, Brasília, DF",),
            ("Maço 5",),
        ),
        (
            "Arquivo Histórico do Testamaraty, Brasília, DF",
            ("Arquivo Histórico do Testamaraty, Brasília, DF",),
            (),
        ),
    ],
)
def test_a_fonds_of_two_capitals_after_the_seat_is_no_state(
    holdings: str, repositories: tuple[str, ...], shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, shelfmarks)


@pytest.mark.parametrize(
    ("holdings", "repositories", "shelfmarks"),
    [  # regression: the fonds code was part of an invented repository's name
        ("SAPMO DY30 JIV 2/201/1087", ("SAPMO",), ("DY30 JIV 2/201/1087",)),
        ("SAPMO-BArch DY 30/3609", ("SAPMO-BArch",), ("DY 30/3609",)),
        ("BArch NY 4090/123", ("BArch",), ("NY 4090/123",)),
    ],
)
def test_a_german_fonds_code_without_a_comma_starts_the_shelfmark(
    holdings: str, repositories: tuple[str, ...], shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, shelfmarks)


@pytest.mark.parametrize(
    ("holdings", "repositories", "shelfmarks"),
    [  # after an archive's acronym, a series' code of one or two capitals and a number
        ("TIPN BU 1585/5373, k. 1-6", ("TIPN",), ("BU 1585/5373, k. 1-6",)),
        ("TIPN Kr 0102/5", ("TIPN",), ("Kr 0102/5",)),
        ("TNA FO 371/1234", ("TNA",), ("FO 371/1234",)),
        (  # regression: a country's abbreviation before the acronym is the archive's name
            "PRC FMA 109-03157-01, 39-42",
            ("PRC FMA",),
            ("109-03157-01, 39-42",),
        ),
    ],
)
def test_a_series_code_after_an_archives_acronym_starts_the_shelfmark(
    holdings: str, repositories: tuple[str, ...], shelfmarks: tuple[str, ...]
) -> None:
    assert held(holdings) == (repositories, shelfmarks)
