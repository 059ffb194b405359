"""What the comma-separated segments of one title yielded so far, as :mod:`.titles` reads them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Located, PartyClause

NO_TYPE = "no document type in the title"
"""The warning of a title with no type word, which a heading's shape may still type."""
LISTING_TYPES = frozenset({"list", "chronology", "biography"})
"""Types whose "of" phrase is what they list or tell, a "to" inside it too: "List of Weapons
Delivered to X", "Chronology of Soviet Assistance to X" name no sender and no addressee."""


@dataclass
class Reading:
    """What the segments of one title yielded so far."""

    numbers: list[Located[str]] = field(default_factory=list)
    classification: tuple[Located[str], Located[str]] | None = None
    more_markings: list[Located[str]] = field(default_factory=list)
    """Markings after the first: "..., Top Secret, Special File" is also a special file."""
    priority: Located[str] | None = None
    date_text: Located[str] | None = None
    party: tuple[int, int] | None = None  # offsets of the sender/recipient clause
    party_open: bool = False
    clause: PartyClause | None = None  # how the parties are introduced
    free_seen: bool = False
    rest_start: int = 0  # offset after the document type
    reply: bool = False  # "Reply to the Letter from X": "to" names what is answered
    head_end: int | None = None  # where the first tag segment or the party clause starts
    records: bool = False  # a record of talks or a meeting: "from" may name the event
    addressed: bool = False  # a type whose "to Y" names its addressee, not an audience
    listing: bool = False  # a list or a chronology: its "of X to Y" is its content
    excerpt: bool = False  # "Excerpt from the Memoirs of X", "Memoir Excerpt from X": no sender
    stations: bool = False  # a telegram's parties may be stations: "to Moscow, Beijing"
    after_parties: Located[str] | None = None  # a place after them, if a date follows
    written_at: Located[str] | None = None  # "Letter from X to Y, Camp David, 17 May 1978"

    def end_head(self, offset: int) -> None:
        """The title's head (what follows its type) ends at ``offset`` at the latest."""
        self.head_end = offset if self.head_end is None else min(self.head_end, offset)
