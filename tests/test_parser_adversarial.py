"""Hostile records: long runs of spaces, commas or clauses must cost linear time.

Each case here once took between 1.4 s and 230 s (regular expressions retrying a run of
spaces from each of its characters, or pycountry scanning its registry for each unknown
name); linear code reads each in well under a second.
"""

from __future__ import annotations

import time

import pytest

from linkeddata.parser import parse_record

N = 40_000
SPACES = " " * N
LIMIT_SECONDS = 3.0

CASES = {
    "title with runs of spaces": f"**May 1, 1967**\n**Telegram from A{SPACES}x to B{SPACES}y**\n",
    "title with a leader and runs of spaces": (
        f"**1955**\n**Talks between the Delegation{SPACES}Led{SPACES}x and B{SPACES}y**\n"
    ),
    "title with a mission and runs of spaces": (
        f"**1955**\n**Report of the Embassy{SPACES}of{SPACES}x, Pyongyang{SPACES}to y**\n"
    ),
    "closing with parties and runs of spaces": (
        "**Contents:**\n\nTranslation - English\n\nText.\n\n"
        f"For the Embassy{SPACES}x{SPACES}:\nA{SPACES}B\nPARTICIPANTS:{SPACES}\nRUSK{SPACES}\n"
    ),
    "title with many commas": "**May 1, 1967**\n**Telegram from A" + ", B" * N + "**\n",
    "title with many recipients": "**1955**\n**Telegram from A to " + " and B" * N + "**\n",
    "title with many quotes": "**1955**\n**Letter from A, '" + "x' " * N + "**\n",
    "citation with runs of spaces": (
        f'**Citation:**\n\n"T," May{SPACES}1955{SPACES}x, MOL, a{SPACES}and{SPACES}b.'
        f" Obtained for{SPACES}X by{SPACES}Y{SPACES}.\n"
    ),
    "citation without quotes": f"**Citation:**\n\n1955{SPACES}x\n",
    "citation of many dates": "**Citation:**\n\n" + "May 1955 " * N + "\n",
    "long credit sentence": '**Citation:**\n\n"T," 1955, MOL. Translated ' + "by x " * N,
    "languages with runs of spaces": f"**Original Language:**\n\nRomanian{SPACES}x{SPACES},German",
    "many unknown languages": "**Original Language:**\n\n"
    + ", ".join(f"Lang{i}" for i in range(N // 10)),
    "funder with runs of spaces": (
        "**Summary:**\n\nThis document was made possible with support from"
        f" A{SPACES}and{SPACES}B{SPACES}x"
    ),
    "body of one long line": "**Contents:**\n\n" + "your telegram no. 1 " * N,
    "signature with a run of spaces": f"**Contents:**\n\nx\n\nSigned{SPACES}1",
    "date line with a run of spaces": f"**1962{SPACES}(approx.)**\n**Telegram from A to B**\n",
    "conversation with names between commas and no and": (
        "**1960**\n**Memorandum of Conversation, " + "Kim Il, " * (N // 10) + "Mao**\n"
    ),
    "many lines": "**1955**\n**T**\n\n**Contents:**\n\n" + "x\n" * N * 5,
    "minutes with runs of spaces": f"**1955**\n**Minutes of the{SPACES}x NSC Meeting**\n",
    "talks with many missions": (
        "**1955**\n**Record of Conversation with " + "Embassy " * (N // 10) + "and X in Beijing**\n"
    ),
    "many title lines": "**May 1, 1967**\n" + "**Telegram from A to B,**\n" * N,
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_record_parses_in_linear_time(name: str) -> None:
    parse_record("**Original Language:**\n\nRomanian", "warm-up.txt", default_id="w")
    started = time.process_time()  # CPU time: a loaded machine does not make a parse quadratic
    parse_record(CASES[name], "hostile.txt", default_id="hostile")
    assert time.process_time() - started < LIMIT_SECONDS
