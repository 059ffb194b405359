"""The sender's letterhead at the head of a letter (review 20 A#3, B#6, C#6, A#17): its city
is where the letter was written when the letterhead is the body or house of an office the
sender holds, by the title or the signature block, and the letterhead is the author when the
title names no party; an addressee's block never is."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph

from linkeddata.parser import parse_record
from linkeddata.record import Record
from linkeddata.vocab import DCTERMS

TEXT = "We have received your letter and studied it carefully."


def record(title: str, body: str) -> Record:
    return parse_record(
        f"**1970**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n{body}",
        "x/1.txt",
        default_id="1",
    )


def place(title: str, head: str, closing: str = "") -> str | None:
    read = record(title, f"{head}\n\n{TEXT}\n\n{closing}".strip() + "\n")
    return read.written_at.value if read.written_at else None


@pytest.mark.parametrize(
    ("title", "head", "closing", "city"),
    [
        (  # the body the signature block's office is held in
            "Memorandum from Comrade Testov to the CC TPSU",
            "Top Secret\n\nCOMMITTEE FOR STATE SECURITY of the TESTIAN COUNCIL OF MINISTERS\n\n"
            "16.04.74 No. 1013-A/ov\n\nTestburg\n\nCC TPSU",
            "CHAIRMAN OF THE COMMITTEE FOR STATE SECURITY\n\nTESTOV",
            "Testburg",
        ),
        (  # the office's house under the body, the signer's bare office
            "Letter from Ivan Testo to the Central Committee of the Testian Party",
            "TESTLAND PEOPLE'S CONGRESS\nP.O. Box 31791, Testburg, Testland\n\n"
            "Office of the President\n\nRef: IT/86/112",
            "Yours in the struggle,\n\nI. TESTO\nPRESIDENT",
            "Testburg",
        ),
        (  # the house after the city
            "Letter from Ivan Testo to the Central Committee of the Testian Party",
            "TESTLAND PEOPLE'S CONGRESS\nTestburg\n\nOffice of the President",
            "I. TESTO\nPRESIDENT",
            "Testburg",
        ),
        (  # the party the signer presides over, over two lines
            "Letter from Ivan Testo to Petr Testin",
            "TESTIMO PARTY\nCENTRAL COMMITTEE\nTestburg\n\nTo Comrade Petr Testin\nBerlin",
            "Ivan Testo\nPresident of the TESTIMO Party",
            "Testburg",
        ),
        (  # the title's body, over two lines
            "Letter from the TESTIMO Central Committee to Petr Testin",
            "TESTIMO PARTY\nCENTRAL COMMITTEE\nTestburg",
            "",
            "Testburg",
        ),
        (  # the title's office by the letterhead's initials
            "Letter from TPC President Ivan Testo to Petr Testin",
            "Testland People's Congress\nTestburg",
            "",
            "Testburg",
        ),
        (  # the house of the signers' office
            "Letter from Ivan Testo and Petr Testov to Pavel Testin",
            "REPUBLIC OF TESTLAND\n\nOffice of the Prime Minister\n\nTestville",
            "The Head of State\nIvan TESTO\n\nThe Prime Minister\nPetr TESTOV",
            "Testville",
        ),
        (  # the title names no party: the letterhead is the author's
            "Information on the Situation in Testia",
            "Ministry for State Security\n\nTestburg, 12 September 1980\n\nNo. 512/80",
            "",
            "Testburg",
        ),
        (
            "Note on a Conversation with Deputy Foreign Minister Ri Test",
            "Embassy of the Testian People's Republic in Testburg\n\nNo. 0234/69",
            "",
            "Testburg",
        ),
        (  # an international organisation, the title's official's (review 21 A#7)
            "Letter from UN Secretary-General Ivan Testov to Premier Testin",
            "UNITED NATIONS\n\nTestburg\n\n25 October 1962\n\nExcellency,",
            "",
            "Testburg",
        ),
        (  # ... or the signature block's
            "Letter from Ivan Testov to Petr Testin",
            "INTERNATIONAL ATOMIC ENERGY AGENCY\nTestburg",
            "Ivan Testov\nDirector General",
            "Testburg",
        ),
    ],
)
def test_the_senders_own_letterhead_gives_the_place(
    title: str, head: str, closing: str, city: str
) -> None:
    assert place(title, head, closing) == city


@pytest.mark.parametrize(
    ("title", "head", "closing"),
    [
        (  # the addressee's block: the signer's office is held elsewhere
            "Letter from Ivan Testov to Petr Testin",
            "Central Committee of the Testian Party\n\nTestburg\n\nDear Comrades,",
            "First Secretary of the CC TUWP\n\nIvan Testov",
        ),
        (  # an office held in every state names no body
            "Letter from Ivan Testov to Petr Testin",
            "Ministry of Foreign Affairs\n\nTestburg",
            "Minister of Foreign Affairs\n\nIvan Testov",
        ),
        (  # a bare office, no house of it in the letterhead
            "Letter from Ivan Testo to the Central Committee of the Testian Party",
            "Testland People's Congress\nTestburg",
            "I. TESTO\nPRESIDENT",
        ),
        (  # the title's recipient's body, though the signer's office matches
            "Letter from Ivan Testov to the Committee for State Security",
            "Committee for State Security\n\nTestburg",
            "Chairman of the Committee for State Security\n\nIvan Testov",
        ),
        (  # no party named, but an addressee's block above the salutation
            "Letter on the Situation in Testia",
            "Central Committee of the Testian Party\n\nTestburg\n\nDear Comrades,",
            "",
        ),
        (  # an office in the head is no signer's office
            "Letter from Ivan Testov to Petr Testin",
            "Ministry of State Security of Testia\n\nTestburg",
            "",
        ),
        (  # the international official's block at the head of a letter to him
            "Letter from Petr Testin to Ivan Testov",
            "The Secretary-General\nUnited Nations\nTestburg\n\nDear Mr. Secretary-General,",
            "Petr Testin\nSecretary General",
        ),
        (  # a party's General Secretary is no international organisation's
            "Letter from General Secretary Ivan Testov to Petr Testin",
            "UNITED NATIONS\n\nTestburg",
            "",
        ),
    ],
)
def test_a_block_not_the_senders_gives_no_place(title: str, head: str, closing: str) -> None:
    assert place(title, head, closing) is None


@pytest.mark.parametrize(
    ("head", "month"),
    [
        ("Testburg, March 1961", "March"),
        ("Testburg, im Juli 1968", "July"),
        ("Testburg, III.1961", "March"),
        ("Testburg, 1976", "year"),
    ],
)
def test_a_heads_place_and_date_of_a_month_or_a_year(head: str, month: str) -> None:
    assert place("Letter from Ivan Testov to Petr Testin", head) == "Testburg", month


def test_a_closing_place_and_year() -> None:
    assert place("Speech by Ivan Testov", "Comrades,", "Testburg, 1976") == "Testburg"


def test_a_sentence_with_a_month_is_no_place_and_date() -> None:
    assert place("Letter from Ivan Testov to Petr Testin", "In March 1961 we met.") is None


def test_the_letterhead_is_the_author_when_the_title_names_no_party() -> None:
    graph = mapped_graph(
        "**1968**\n**Record of Conversation with the Testian Ambassador, Comrade Testek**\n\n"
        "**Contents:**\n\nTranslation - English\n\nEmbassy of Hungary\n\nPyongyang\n\n"
        "Today I paid a visit to the Testian Ambassador, who told me nothing new.\n"
    )
    creators = set(graph.objects(doc(), DCTERMS.creator))
    assert entity("org", "hungarian-embassy-in-north-korea") in creators


@pytest.mark.parametrize(
    "letterhead",
    [  # review 22 D#8: one mission, one key, wherever it is named
        "Embassy of the GDR in the DPRK\nPyongyang, 23 June 1965",
        "Embassy of the German Democratic Republic\nPyongyang, 23 June 1965",
    ],
)
def test_a_letterheads_mission_is_the_titles(letterhead: str) -> None:
    text = "Today I paid a visit to the Testian Ambassador, who told me nothing new.\n"
    headed = mapped_graph(
        "**1965**\n**Memorandum on a Conversation**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{letterhead}\n\n{text}"
    )
    titled = mapped_graph(
        "**1965**\n**Embassy of the GDR in the DPRK, Memorandum on a Conversation**\n\n"
        f"**Contents:**\n\nTranslation - English\n\n{text}"
    )
    creators = set(headed.objects(doc(), DCTERMS.creator))
    assert creators == set(titled.objects(doc(), DCTERMS.creator))
    assert creators == {entity("org", "east-german-embassy-in-north-korea")}


def test_the_letterhead_is_no_author_beside_the_titles_sender() -> None:
    read = record(
        "Letter from the TESTIMO Central Committee to Petr Testin",
        f"TESTIMO PARTY\nCENTRAL COMMITTEE\nTestburg\n\n{TEXT}\n",
    )
    assert read.header_author is None


def test_a_telegrams_opening_body_is_no_author() -> None:
    read = record("Telegram on the Situation", f"Embassy of Testia\nTestburg\n\n{TEXT}\n")
    assert read.header_author is None
    assert read.written_at is None


@pytest.mark.parametrize(
    ("title", "head"),
    [  # diff review 20 C#1: the addressee's block, a meeting's heading, a bare house
        (  # a person's line under the city, then the salutation
            "Record of Conversation",
            "Central Committee of the Testian Party\n\nTestburg\n\nComrade I. T. Testov"
            "\n\nDear Comrade Testov,",
        ),
        (  # the addressee's person alone
            "Information",
            "Ministry of Testing of the Testian Republic\n\nTestburg\n\nIvan Petrovich Testov",
        ),
        (  # an addressee's line
            "Information",
            "Central Committee of the Testian Party\n\nTestburg\n\nTo the Embassy",
        ),
        ("Memorandum on the Talks", "Session of the Presidium of the Central Committee\n\nMoscow"),
        ("Report", "Plenum of the Central Committee of the Testian Party\n\nTestburg"),
        ("Report", "Office of the President\n\nTestburg"),  # every state's president has one
    ],
)
def test_no_author_from_an_addressees_block_a_meeting_or_a_bare_house(
    title: str, head: str
) -> None:
    assert record(title, f"{head}\n\n{TEXT}\n").header_author is None


def test_a_bare_house_still_gives_its_city() -> None:
    read = record("Report", f"Office of the President\n\nTestburg\n\n{TEXT}\n")
    assert read.written_at is not None
    assert read.written_at.value == "Testburg"


@pytest.mark.parametrize(
    ("head", "author"),
    [  # must still be caught: the body's line under a document type's, a state's house
        ("MEMORANDUM\n\nTHE TESTING HOUSE OFFICE\n\nTESTBURG", "THE TESTING HOUSE OFFICE"),
        ("Office of the President of Hungary\n\nTestburg", "Office of the President of Hungary"),
        (
            "Ministry for State Security\n\nTestburg, 12 September 1980\n\nNo. 512/80\n\n"
            "Top Secret!\n\nInformation",
            "Ministry for State Security",
        ),
        (  # persons under a label are participants, no addressee
            "Embassy of Hungary\n\nTestburg\n\nPARTICIPANTS:\nPresident Testov",
            "Embassy of Hungary",
        ),
    ],
)
def test_the_letterhead_is_the_author_named_by_its_bodys_line(head: str, author: str) -> None:
    read = record("Record of Conversation", f"{head}\n\n{TEXT}\n")
    assert read.header_author is not None
    assert read.header_author.value.startswith(author)
