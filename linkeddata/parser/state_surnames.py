"""A surname alone after an office of a state: "President of Egypt Sadat" is Sadat, but the
same wording ends with a city, a classification or an adverb as often ("the Consul of Poland
Shanghai", "the Ambassador of Romania Urgent"), so only the authority file's knowing a person
by the word makes it the office's holder; otherwise the phrase names an office."""

from __future__ import annotations

from .gazetteer import is_state
from .names import personal_name, record_word
from .office_words import office_only


def surname_after_state(name: str) -> str | None:
    """The one word that ends "<office> of <state> <word>" (or "in <state>"), when it may be a
    surname: "Sadat" of "President of Egypt Sadat", "the High Commissioner in Germany Testov",
    never a kind of record or a classification ("Excerpt", "Secret")."""
    words = name.split()
    last = words[-1] if words else ""
    if len(words) < 4 or personal_name(name) != name or not _capitalised_word(last):
        return None
    states = (
        i
        for i in range(1, len(words) - 2)
        if words[i] in ("of", "in") and is_state(" ".join(words[i + 1 : -1]))
    )
    office = next(states, None)
    held = office is not None and office_only(" ".join(words[:office]))
    return last if held and not record_word(last) else None


def _capitalised_word(word: str) -> bool:
    """Whether a word may be a surname by its letters: "Sadat", "Ben-Gurion", not "DPRK"."""
    bare = word.replace("-", "")
    return bare.isalpha() and word[:1].isupper() and not word.isupper() and not office_only(word)
