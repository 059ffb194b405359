"""Credits: who translated, obtained or helped, and the institution they belong to."""

from __future__ import annotations

import pytest
from test_parser_variants import citation_of

from linkeddata.parser.credited_agents import credited_kind

CITED = '"Letter," 1962, Wilson Center Digital Archive, Test Archive. '


def credits(sentence: str) -> list[tuple[str, str, str | None]]:
    citation = citation_of(CITED + sentence)
    return [(c.role, c.agent.value, c.project and c.project.value) for c in citation.credits]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # an act with no role of its own after the translator
            "Translated by Tess Tester and transcribed by Testo Testman.",
            [("translated", "Tess Tester", None)],
        ),
        (
            "Translated by Tess Tester, with an introduction by Testo Testman.",
            [("translated", "Tess Tester", None)],
        ),
        (
            "Translated from Testish by Tess Tester and from Russian by Testo Testman.",
            [("translated", "Tess Tester", None), ("translated", "Testo Testman", None)],
        ),
        (
            "Translated by Tess Tester and from the Hungarian by Testo Testman.",
            [("translated", "Tess Tester", None), ("translated", "Testo Testman", None)],
        ),
        (  # who gave the copy the translator worked from contributed it
            "Translated by Tess Tester from a copy provided by TBS.",
            [("translated", "Tess Tester", None), ("contributed", "TBS", None)],
        ),
        ("Translated in full by Tess Tester.", [("translated", "Tess Tester", None)]),
        (  # whom a person gave the copy to is no part of the person
            "Donated by Dr. Tess Tester to the Wilson Center.",
            [("contributed", "Dr. Tess Tester", None)],
        ),
        ("Translated in 2009 by Tess Tester.", [("translated", "Tess Tester", None)]),
        (
            "Translated into English by Tess Tester and into Russian by Testo Testman.",
            [("translated", "Tess Tester", None), ("translated", "Testo Testman", None)],
        ),
        (  # one person and the institution in brackets
            "Obtained by Dr. Tess Tester (Test University).",
            [("obtained", "Dr. Tess Tester", "Test University")],
        ),
        (  # the project without whose it is
            "Obtained by Tess Tester for the Test Center's Test Documentation Project.",
            [("obtained", "Tess Tester", "Test Documentation Project")],
        ),
        (  # an institution's staff is the institution
            "Translated by the staff of the Test Broadcast Service (TBS).",
            [("translated", "Test Broadcast Service (TBS)", None)],
        ),
        ("Translated by Testo Testman Jr.", [("translated", "Testo Testman Jr.", None)]),
        (
            "Translated by Testa Testova of the National Security Archive.",
            [("translated", "Testa Testova", "National Security Archive")],
        ),
        (
            "Translated by Tess Tester and Testa Testova (Harvard University).",
            [
                ("translated", "Tess Tester", "Harvard University"),
                ("translated", "Testa Testova", "Harvard University"),
            ],
        ),
        (
            "Translated by Tess Tester with assistance from Testo Testman.",
            [("translated", "Tess Tester", None), ("contributed", "Testo Testman", None)],
        ),
        (
            "Translated by Tess Tester, with the assistance of Testo Testman.",
            [("translated", "Tess Tester", None), ("contributed", "Testo Testman", None)],
        ),
        (
            "Translated from Vietnamese into Chinese by Li Testhui and into English by Tess Test.",
            [("translated", "Li Testhui", None), ("translated", "Tess Test", None)],
        ),
        (
            "Translated by Tess Tester; Czech transcript courtesy of Testo Testman.",
            [("translated", "Tess Tester", None), ("contributed", "Testo Testman", None)],
        ),
        (  # a period after a closing bracket ends the sentence before a capital
            "Obtained by the Test History Project (THP). Translated by T.T. Tester.",
            [("obtained", "Test History Project (THP)", None), ("translated", "T.T. Tester", None)],
        ),
        (
            "Translated by Tess Tester (Test University). Obtained by Testo Testman.",
            [("translated", "Tess Tester", "Test University"), ("obtained", "Testo Testman", None)],
        ),
        (  # a project's periodical is the project's
            "Translated by Tess Tester and Testo Testman for the TWIHP Bulletin.",
            [("translated", "Tess Tester", "TWIHP"), ("translated", "Testo Testman", "TWIHP")],
        ),
        (  # an institution closed by its acronym is one name however long
            "Translated by Tess Tester. Courtesy of the Federal Commissioner for the Records of"
            " the State Testing Service of the former Test Republic (BStT).",
            [
                ("translated", "Tess Tester", None),
                (
                    "contributed",
                    "Federal Commissioner for the Records of the State Testing Service of the"
                    " former Test Republic (BStT)",
                    None,
                ),
            ],
        ),
    ],
)
def test_credits(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert credits(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Obtained by Friends of the Testing Center.",
            [("obtained", "Friends of the Testing Center", None)],
        ),
        (
            "Translated by Tess Tester with assistance from Testo Testman, and into English by"
            " Tina Test.",
            [
                ("translated", "Tess Tester", None),
                ("translated", "Tina Test", None),
                ("contributed", "Testo Testman", None),
            ],
        ),
        (
            "Translated by Tess Tester With Assistance from Testo Testman.",
            [("translated", "Tess Tester", None), ("contributed", "Testo Testman", None)],
        ),
    ],
)
def test_credits_that_are_not_what_they_seem(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert credits(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # an acronym in brackets after a credited organisation is its own, no project's
        (
            "Obtained by the Parallel Test Project on NATO and the Warsaw Pact (PTP); translated"
            " by Tess Tester.",
            [
                ("obtained", "Parallel Test Project on NATO and the Warsaw Pact (PTP)", None),
                ("translated", "Tess Tester", None),
            ],
        ),
        (  # an office's name with "for", and its abbreviation: an authority, no project
            "Copy provided by the Federal Commissioner for the Test Records (BTest).",
            [("contributed", "Federal Commissioner for the Test Records (BTest)", None)],
        ),
        (  # regression: after a person, a bracketed acronym is the project
            "Translated by Tess Tester (NKIDP).",
            [("translated", "Tess Tester", "NKIDP")],
        ),
        (  # an act with no role after a translation's verb takes nothing from it
            "Translated and introduced by Tess Tester.",
            [("translated", "Tess Tester", None)],
        ),
    ],
)
def test_an_organisations_own_abbreviation_and_an_introduction(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert credits(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Translation from copy provided by TESTK, provided to CWIHP; translation by Tess"
            " Tester.",
            [("contributed", "TESTK", None), ("translated", "Tess Tester", None)],
        ),
        (
            "Transcript courtesy of the Testing Archive.",
            [("contributed", "Testing Archive", None)],
        ),
        (
            "Translation courtesy of the Testing Archive.",
            [("contributed", "Testing Archive", None)],
        ),
        (  # what the copy is of, between the noun and the verb
            "Transcript of the telephone conversation provided by Tess Tester of the Test"
            " Security Archive.",
            [("contributed", "Tess Tester", "Test Security Archive")],
        ),
        (  # who released it, and when, which is no part of its name
            "Released by the Test Intelligence Service of Testland in June 2013. Translated by"
            " Tess Tester.",
            [
                ("contributed", "Test Intelligence Service of Testland", None),
                ("translated", "Tess Tester", None),
            ],
        ),
        (
            "Released by the Ministry of Foreign Affairs of Testland in 2009 following an"
            " information disclosure request.",
            [("contributed", "Ministry of Foreign Affairs of Testland", None)],
        ),
    ],
)
def test_who_gave_a_copy_or_a_transcript_contributed_it(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert credits(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected", "funders"),
    [
        (
            "Obtained and translated for NKIDP by Tess Tester, with the support of the Test"
            " Foundation.",
            [("obtained", "Tess Tester", "NKIDP"), ("translated", "Tess Tester", "NKIDP")],
            ("Test Foundation",),
        ),
        (
            "Obtained by Testo Testman and translated by Tess Tester, with support from the Test"
            " Foundation.",
            [("obtained", "Testo Testman", None), ("translated", "Tess Tester", None)],
            ("Test Foundation",),
        ),
        (
            "Translated by Tess Tester with the generous support of the Testy Luce Foundation.",
            [("translated", "Tess Tester", None)],
            ("Testy Luce Foundation",),
        ),
        (
            "Translated by Tess Tester. Funded by the Test Foundation and the Testing Trust.",
            [("translated", "Tess Tester", None)],
            ("Test Foundation", "Testing Trust"),
        ),
    ],
)
def test_the_support_a_credit_names_is_a_funder_not_part_of_the_agent(
    sentence: str, expected: list[tuple[str, str, str | None]], funders: tuple[str, ...]
) -> None:
    assert credits(sentence) == expected
    assert tuple(f.value for f in citation_of(CITED + sentence).funders) == funders


@pytest.mark.parametrize(
    ("sentence", "funders"),
    [  # the names end at another credit act, a project, or a full stop after no abbreviation
        (
            "Obtained by Tess Tester with the support of the Test Foundation, and translated by"
            " Testo Testman.",
            ("Test Foundation",),
        ),
        (
            "Obtained with the support of the Test Foundation, translated by Testo Testman.",
            ("Test Foundation",),
        ),
        (
            "Translated by Tess Tester with the support of the Test Foundation for NKIDP.",
            ("Test Foundation",),
        ),
        (
            "Translated by Tess Tester with the support of the U.S. Department of Testing's"
            " Title VIII Program.",
            ("U.S. Department of Testing's Title VIII Program",),
        ),
        (
            "Translated by Tess Tester with support from Dr. Testo Testman and the Test"
            " Foundation.",
            ("Dr. Testo Testman", "Test Foundation"),
        ),
        (
            "Translated by Tess Tester. Funded by Testone Corp. and the Test Foundation.",
            ("Testone Corp", "Test Foundation"),
        ),
        (
            "Translated by Tess Tester with the support of the National Endowment for the"
            " Testities.",
            ("National Endowment for the Testities",),
        ),
        (
            "Translated by Tess Tester with support from the John D. and Catherine T."
            " Testarthur Foundation.",
            ("John D. and Catherine T. Testarthur Foundation",),
        ),
    ],
)
def test_a_support_phrase_names_only_its_funders(sentence: str, funders: tuple[str, ...]) -> None:
    assert tuple(f.value for f in citation_of(CITED + sentence).funders) == funders


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # ", <institution>" after a credited person is theirs: no second agent, no part of a name
        (
            "Translated by Testo Testgrove, University of Testwich.",
            [("translated", "Testo Testgrove", "University of Testwich")],
        ),
        (
            "Translated by Testa Testova, National Security Archive.",
            [("translated", "Testa Testova", "National Security Archive")],
        ),
        (
            "Obtained by Testey Testchenko, University of Testiff, and translated by Tary Test.",
            [
                ("obtained", "Testey Testchenko", "University of Testiff"),
                ("translated", "Tary Test", None),
            ],
        ),
        (
            "Translated by Tess Tester, Testo Testman.",
            [("translated", "Tess Tester", None), ("translated", "Testo Testman", None)],
        ),
        # a college, a school or an institute after a person, in every act (review 23 A#1)
        (
            "Obtained by Testo Testner, Testity College.",
            [("obtained", "Testo Testner", "Testity College")],
        ),
        (
            "Copy provided to TWIHP by Testo Testner, Testity College.",
            [("contributed", "Testo Testner", "TWIHP")],
        ),
        (
            "Copy courtesy of Testo Testner, Testleyan College.",
            [("contributed", "Testo Testner", None)],
        ),
        (
            "Obtained by Testo Testner, Testburg School of Law.",
            [("obtained", "Testo Testner", "Testburg School of Law")],
        ),
        (  # three people, no institution's word
            "Translated by Testo Testner, Testa Testova and Tess Tester.",
            [
                ("translated", "Testo Testner", None),
                ("translated", "Testa Testova", None),
                ("translated", "Tess Tester", None),
            ],
        ),
        (  # regression: after a comma, what "and" joins is a list of agents, no institution
            "Translated by Testo Testberg, Gordon Testrass and the National Security Archive.",
            [
                ("translated", "Testo Testberg", None),
                ("translated", "Gordon Testrass", None),
                ("translated", "National Security Archive", None),
            ],
        ),
    ],
)
def test_an_institution_after_a_comma_is_the_persons(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert credits(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # a language in brackets after a credited person is the language of their part
        ("Translated by Testo Testak (Serbo-Croatian).", [("Testo Testak", "Serbo-Croatian")]),
        (
            "Translated by Tina Testova (Bulgarian) and Testo Testak (Serbo-Croatian).",
            [("Tina Testova", "Bulgarian"), ("Testo Testak", "Serbo-Croatian")],
        ),
        ("Translated by Testo Testak (Russian).", [("Testo Testak", "Russian")]),
        ("Translated by Testo Testak (NSA).", [("Testo Testak", None)]),  # an acronym: no language
    ],
)
def test_a_language_in_brackets_after_a_translator_is_what_they_translated_from(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    found = citation_of(CITED + sentence).credits
    assert [(c.agent.value, c.source_language and c.source_language.value) for c in found] == (
        expected
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # "with editing by Y" after the translators names an editor; "additional translation" more
        (
            "Translated from German by Testo Testch with editing by Tess Testams.",
            [("translated", "Testo Testch", None), ("edited", "Tess Testams", None)],
        ),
        (
            "Translated by Testo Testch, with editing by Tess Testams.",
            [("translated", "Testo Testch", None), ("edited", "Tess Testams", None)],
        ),
        (
            "Translated by Testo Testch, with editorial assistance from Tess Testams.",
            [("translated", "Testo Testch", None), ("edited", "Tess Testams", None)],
        ),
        (
            "Translated by Testo Testado; additional translation by Tess Testaus.",
            [("translated", "Testo Testado", None), ("translated", "Tess Testaus", None)],
        ),
        (  # regression: a translation into another language has a translator of its own, none
            # of the English translation's
            "Translated by Testo Testado; Russian translation by Tess Testaus.",
            [("translated", "Testo Testado", None)],
        ),
        (
            "Chinese translation by Testo Testang; English translation by Tess Testolff.",
            [("translated", "Tess Testolff", None)],
        ),
        (
            "The translation by Testo Testberg was revised by Tess van Testijk.",
            [],
        ),
    ],
)
def test_an_editor_or_a_second_translator_after_the_translator(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert credits(sentence) == expected


def test_who_prepared_a_transcript_holds_nothing() -> None:
    citation = citation_of(
        '"Transcript," 2002, Wilson Center Digital Archive, Transcript prepared by the Test'
        " Security Archive. Contributed by Testo S. Testton."
    )
    assert citation.repositories == ()
    assert [(c.role, c.agent.value) for c in citation.credits] == [
        ("contributed", "Testo S. Testton")
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Testoshima Peace Memorial Museum",
        "Testasaki Atomic Bomb Museum",
        "Testinese Academy of Social Sciences",
        "Testland State Commission",
        "Testity College",
        # acronyms joined by "/" or "-" (review 23 A#17)
        "TCPDOC/TFGV",
        "TCPDOC-TFGV",
        "TSAPMO-BArch",
    ],
)
def test_an_institution_credited_as_a_provider_is_an_organisation(name: str) -> None:
    # regression: "Provided by the ... Museum" gave a person
    assert credited_kind(name) == "org"


@pytest.mark.parametrize("name", ["J.G. Testberg", "Testa Testova-Testeva", "Tess Tester"])
def test_an_initialled_or_double_barrelled_person_is_no_acronym_pair(name: str) -> None:
    assert credited_kind(name) == "person"
