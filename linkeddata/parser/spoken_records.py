"""Whether a record is of speech: a transcript, a record of conversation, an interview,
minutes, or notes of a meeting. Only such a record's speakers and the people its text says
were present took part in what it records; a report's narrative ("Present were the heads of
the missions ...") tells of an occasion its writer saw."""

from __future__ import annotations

import re

from ..record import Title
from .gatherings import EVENTS, SITTINGS, words

SPEECH_TYPES = frozenset({"transcript", "record-of-conversation", "interview", "minutes"})
"""The types of records whose speakers took part in what they record: a transcript, and the
minutes, protocol or stenographic record of a session, which record speech as it does."""
_MEETING = re.compile(words(SITTINGS | EVENTS))
"""What notes record as speech when they are of a meeting ("Notes from the Meeting of ...")."""
RECORDED_TALK = re.compile(
    r"(?<!(?i:for) )(?<!(?i:for the) )(?<!(?i:for a) )"
    r"\b(?i:conversations?|talks?|meetings?|discussions?|interviews?|negotiations|exchanges?"
    r"|dialogues?|audiences?|consultations?|receptions?)\b"
)
"""A talk a record's "with" names the other side of ("Notes on the Talks with X"), never one
notes are prepared for ("Talking Notes for the Meeting with X": no one has met yet)."""
_OF_PARTICIPANT_TYPES = frozenset({"record-of-conversation", "interview"})
_PRESS_CONFERENCE = re.compile(r"(?i:(?:press|news)\s+conferences?)")
"""The wording of a transcript whose "of X" names who spoke, not what it is of: "Press
Conference of Testo T. Testman" (a "Transcript of the Talks" is of the talks)."""


def records_speech(title: Title) -> bool:
    """Whether a record's title says it is of speech: its type, or notes of a meeting."""
    kind = title.doc_type.value if title.doc_type is not None else ""
    if kind in SPEECH_TYPES:
        return True
    return kind == "note" and _MEETING.search(title.text.value) is not None


def of_participants(doc_type: str | None, wording: str) -> bool:
    """Whether "of X" after a type's ``wording`` names who took part in what it records:
    "Notes of Conversation of X", "Interview of X", "Press Conference of X"."""
    return doc_type in _OF_PARTICIPANT_TYPES or _PRESS_CONFERENCE.fullmatch(wording) is not None
