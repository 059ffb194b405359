"""What a message is, in "Letter of Thanks", "Message of Greetings", "Letter of Invitation
from X to Y": a noun after the type's "of", never who wrote it nor part of a sender's name."""

from __future__ import annotations

import re

MESSAGE_KIND = (
    r"(?i:greetings?|thanks|condolences?|congratulations?|sympathy|protest|support|solidarity"
    r"|appreciation|credence|recall|introduction)\b"
)
"""Kinds of message that need no "from" after them to be read as such: "Letter of Thanks to X"."""
UNTYPED_KIND = re.compile(
    r"(?i:requests?|petitions?|greetings|proposals?|appeals?|protests?|complaints?|demands?"
    r"|congratulations|condolences|invitations?|replies|reply|answers?|responses?|statements?"
    r"|thanks|apology|apologies|warnings?|ultimatum|notifications?|messages?)"
)
"""The message words that alone, with no type word, say what a title's record is: "Request
from X to Y", "Petition of X to Y". A closed list, since the head of an untyped title is as
often an event or a movement whose "of X to Y" names no sender: "Trip of X to Y", "Return of
X to Y", "Aid from X to Y", "Defection of X to Y"."""
_NOUN = re.compile(
    r"[A-Z][a-z]+(?:tion|sion|ment|ness|ity|ance|ence|ship|ure|ogy|ism|al|ude)"
    r"|(?i:intent|request|inquiry|enquiry|regret|welcome|farewell|warning|complaint|demand"
    r"|guarantee|concern|praise|reply|answer|response|thanks|good\s+will|goodwill)"
)
"""Nouns by their endings ("Invitation", "Resignation", "Appeal", "Apology", "Agreement") or
among the short ones that have none ("Intent", "Request", "Regret")."""
_TALK = r"(?i:conversations?|discussions?|negotiations?|consultations?|sessions?)\b"
KIND_FROM = re.compile(rf"(?:{MESSAGE_KIND}|(?!{_TALK})(?:{_NOUN.pattern})\b)\s+(?=(?i:from)\s)")
"""A noun right before "from", which the sender's name then follows: "of Invitation from X"
(never a talk, which "from" may place: "Notes of Conversation from the Reception")."""
