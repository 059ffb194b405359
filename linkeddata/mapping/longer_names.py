"""Whether a label met in running text names its entity, or is part of a longer name of someone
or something else: "the Stalin Prize", "the Berlin Wall", "Kim Il Sung University" name no
person or place of the file; "Sergo Mikoyan", "Edward Kennedy", "R. Kennedy" and "Mao Anying"
are not Anastas Mikoyan, John F. Kennedy or Mao Zedong; "Mr. Jordan" is no country.

The scanner gives the words of the text and the gaps between them (``gaps[k]`` is what stands
before word ``k``: a space, a point, a hyphen, a line break), so that "Sergei Khrushchev" and
"Sergei. Khrushchev" are told apart.
"""

from __future__ import annotations

from ..iris import slug
from ..parser.names import given_name_word, honorific_gender

_AFTER_ANY = frozenset(
    {"university", "institute", "academy", "college", "school", "street", "square", "avenue"}
    | {"boulevard", "road", "bridge", "airport", "station", "stadium", "hotel", "hospital"}
    | {"park", "prize", "prizes", "award", "medal", "order", "museum", "library", "foundation"}
    | {"memorial", "mausoleum", "hall", "palace", "factory", "plant", "works", "trail", "line"}
    | {"center", "centre", "round"}
)
"""Words after a name that make it the name of a thing: "Kim Il Sung University", "the Stalin
Prize", "the Ho Chi Minh Trail", "Nehru Street", "the Kennedy Round"."""
_AFTER_A_PLACE = _AFTER_ANY | frozenset(
    {"sea", "ocean", "strait", "straits", "gulf", "bay", "river", "lake", "mountains", "times"}
    | {"post", "herald", "tribune", "daily", "journal", "gazette", "accords", "accord"}
    | {"agreement", "agreements", "treaty", "pact", "communique", "communiqué", "conference"}
    | {"convention", "conventions", "declaration", "summit", "protocol", "wall", "spring"}
    | {"hilton", "state", "review"}
)
"""Words after a place's name that make another name of it: "the South China Sea", "The New
York Times", "the Shanghai Communiqué", "the Berlin Wall", "Washington State"."""
_AFTER_A_PERSON = _AFTER_ANY | frozenset({"suit", "jacket", "doctrine", "fund", "lectures"})
_COMPASS = frozenset({"south", "north", "east", "west", "new"})
_NOT_GIVEN = frozenset(
    {"the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for"}
    | {"from", "with", "between", "about", "after", "before", "during", "since", "until"}
    | {"when", "while", "if", "as", "than", "that", "this", "these", "those", "then", "there"}
    | {"here", "now", "yesterday", "today", "tomorrow", "later", "also", "even", "only", "yet"}
    | {"still", "thus", "hence", "however", "meanwhile", "moreover", "furthermore", "indeed"}
    | {"perhaps", "first", "second", "third", "next", "finally", "once", "because", "although"}
    | {"though", "whereas", "unless", "despite", "besides", "according", "so", "his", "her"}
    | {"their", "our", "your", "my", "its", "he", "she", "they", "we", "it", "i", "you"}
    | {"dear", "regarding", "concerning", "re", "via", "under", "over", "against", "without"}
    | {"where", "what", "who", "whom", "which", "why", "how", "both", "neither", "either"}
    | {"each", "every", "all", "no", "not", "never", "let", "please", "finally", "recently"}
    | {"currently", "previously", "subsequently", "consequently", "accordingly", "apparently"}
    | {"clearly", "obviously", "certainly", "unfortunately", "fortunately", "personally"}
    | {"originally", "initially", "eventually", "similarly", "formerly", "publicly", "secretly"}
    | {"officially", "allegedly", "reportedly", "evidently", "naturally", "actually", "early"}
    | {"especially", "particularly", "generally", "usually", "immediately", "shortly", "likewise"}
)
"""Words that open a sentence or a clause and are no given name: "Yesterday Khrushchev said"."""


def in_longer_name(
    kind: str, label: str, words: list[str], gaps: list[str], start: int, end: int
) -> bool:
    """Whether ``words[start:end]``, a label of an entity of ``kind`` displayed as ``label``,
    are part of a longer name that is someone or something else's."""
    after = _name_after(words, gaps, end)
    before = words[start - 1] if start > 0 else ""
    if kind == "place":
        compass = before.casefold() in _COMPASS and before[:1].isupper()
        return (
            bool(after & _AFTER_A_PLACE)
            or (compass and _joined(gaps[start]))  # "the South China Sea", "Papua New Guinea"
            or (gaps[start].strip() in {"", "."} and honorific_gender(before) is not None)
        )  # "Mr. Jordan"
    if kind != "person":
        return False
    if after & _AFTER_A_PERSON:
        return True
    return other_given_name(label, words, gaps, start, end)


def other_given_name(label: str, words: list[str], gaps: list[str], start: int, end: int) -> bool:
    """Whether a person's family name met alone has a given name or initial beside it that is
    not theirs: "Sergo Mikoyan", "R. Kennedy" (before it), "Mao Anying" (after it, as Chinese,
    Korean and Vietnamese names are written)."""
    named = label.split()
    matched = words[start:end]
    if len(matched) >= len(named):
        return False
    if slug(matched[-1]) == slug(named[-1]) and start > 0:
        given = given_before(words, gaps, start)
        return given is not None and not same_given_name([given], label)
    if slug(matched[0]) == slug(named[0]) and end < len(words) and _joined(gaps[end]):
        following = words[end]
        return given_name_word(following) and _usable(following) and following != named[1]
    return False


def given_before(words: list[str], gaps: list[str], start: int) -> str | None:
    """The given name or initial right before ``words[start]``, as written ("R.", "Sergo")."""
    before, gap = words[start - 1], gaps[start]
    if gap.strip() == "." and before.isupper() and len(before) <= 3 and before.isalpha():
        return f"{before[0]}."  # "R. Kennedy", "Z.A. Bhutto"
    if _joined(gap) and given_name_word(before) and _usable(before):
        return before
    return None


def same_given_name(given: list[str], label: str) -> bool:
    """Whether the given name or initials written before a known surname agree with the
    person's label: "A. Mikoyan" and "Comrade Mikoyan" are Anastas Mikoyan, "Sergo Mikoyan"
    and "S. Mikoyan" are someone else (his son)."""
    known = label.split()[:-1]
    if not given or not known:
        return True
    first, theirs = slug(given[0]), slug(known[0])
    if "." in given[0] or len(first) == 1:  # initials: "N.S."
        return first[:1] == theirs[:1]
    return first == theirs


def _name_after(words: list[str], gaps: list[str], end: int) -> set[str]:
    """The capitalised words that go on with a name, up to three ("the Paris Peace Accords",
    "Moscow State University"), folded."""
    found: set[str] = set()
    while end < len(words) and len(found) < 3 and _joined(gaps[end]) and words[end][:1].isupper():
        found.add(words[end].casefold())
        end += 1
    return found


def _joined(gap: str) -> bool:
    """Whether two words are written as parts of one name: a space or a hyphen, no line break."""
    return gap in {" ", "-"}


def _usable(word: str) -> bool:
    return word.casefold() not in _NOT_GIVEN
