"""A bracket in a person's name and whom the name then means: the editors' completion of the
name ("Comrade Kim Il [Sung]", "Comrade [Pak] Chang-ok", "Comrade Kim [Il Sung]"), whose words
belong to the name, so that it is read without the brackets (and without the honorific before
it); the person a cover name stood for ("Muoi Cuc [Nguyen Van Linh]"); or where a person
wrote ("Ambassador Puzanov (Pyongyang)")."""

from __future__ import annotations

import re

from ..parser.gazetteer import is_state
from ..parser.names import name_kind, personal_name
from ..parser.signer_lines import apparatus_word, signing_name
from ..parser.text import last_bracket
from .authority import Authority

_COMPLETION = re.compile(r"\[(?P<words>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\]")
"""A bracket of one to three capitalised words: what the editors added to a name."""


def completion(authority: Authority, name: str) -> str | None:
    """The name with its completions joined to it, where the brackets complete a name: the
    joined name is one the authority file knows, the bracket stands before the name's end
    ("[Nikita] Testov"), or it ends a name said with an honorific or an office ("Comrade Testov
    [Ivan]"), which a cover name never has, and holds no one and nothing the file knows (a
    cover name's bearer, "Comrade Filippov [Stalin]", or a place). None otherwise: a bracket
    after a bare name may name whom a cover name stood for, and an office's gloss ("[Foreign
    Minister of the DPRK]") or a mark ("[Signature]") completes nothing."""
    found = list(_COMPLETION.finditer(name))
    if not found or name.count("[") != len(found):
        return None
    if any(name_kind(f["words"]) or any(map(apparatus_word, f["words"].split())) for f in found):
        return None
    joined = " ".join(_COMPLETION.sub(r"\g<words>", name).split())
    if authority.lookup(personal_name(joined)):
        return joined
    if not name.endswith("]"):
        return joined
    outer, inner = last_bracket(name) or ("", "")
    if not outer or personal_name(outer) == outer or authority.lookup(inner) or is_state(inner):
        return None
    return joined


def bracket_meant(authority: Authority, name: str) -> str | None:
    """Who a person's name with a bracket after it names, when the authority file knows
    neither: the name before a place or a state ("Ambassador Puzanov (Pyongyang)": where he
    wrote), or the bracketed full name, the real one of a cover name ("Muoi Cuc [Nguyen Van
    Linh]"); a surname alone in brackets is left to :func:`personal_name`, and the editors'
    completion is read with the name (:func:`completion`)."""
    if (joined := completion(authority, name)) is not None:
        return joined
    parts = last_bracket(name)
    if parts is None:
        return None
    outer, inner = parts
    if not outer or not inner:
        return None
    if is_state(inner.strip()) or any(e.kind == "place" for e in authority.lookup(inner.strip())):
        return outer
    return inner if signing_name(inner) else None  # "the Director ... (Hughes)": as before
