"""The words beside a name in running text that tell whether the name goes on into a longer
one (a thing named after it, another place, someone else's name) or stands alone.

Only the lists, the reading is elsewhere: :mod:`.longer_names` reads the words that make a
longer name of a name (after it, before it, joined to it), :mod:`.given_names` those that tell
a given name (:data:`NOT_GIVEN`, :data:`GIVEN_SURNAMES`, :data:`STILL_THEIRS`,
:data:`BODY_HEADS`). The few words that only :mod:`.named_after` reads (vessels, features,
peerages) are kept there, beside the one test that uses them.
"""

from __future__ import annotations

AFTER_ANY = frozenset(
    {"university", "institute", "academy", "college", "school", "street", "square", "avenue"}
    | {"boulevard", "road", "bridge", "airport", "station", "stadium", "hotel", "hospital"}
    | {"park", "prize", "prizes", "award", "medal", "order", "museum", "library", "foundation"}
    | {"memorial", "mausoleum", "hall", "palace", "factory", "plant", "works", "trail", "line"}
    | {"center", "centre", "round"}
)
"""Words after a name that make it the name of a thing: "Kim Il Sung University", "the Stalin
Prize", "the Ho Chi Minh Trail", "Nehru Street", "the Kennedy Round"."""
AFTER_A_PLACE = AFTER_ANY | frozenset(
    {"sea", "ocean", "strait", "straits", "gulf", "bay", "river", "lake", "mountains", "times"}
    | {"post", "herald", "tribune", "daily", "journal", "gazette", "accords", "accord"}
    | {"agreement", "agreements", "treaty", "pact", "communique", "communiqué", "conference"}
    | {"convention", "conventions", "declaration", "summit", "protocol", "wall", "spring"}
    | {"hilton", "state", "review", "final", "appeal", "letter", "manifesto", "charter"}
    | {"uprising", "olympics", "radio", "news"}
)
"""Words after a place's name that make another name of it, a document, an event or a
broadcaster: "the South China Sea", "The New York Times", "the Shanghai Communiqué", "the
Berlin Wall", "Washington State", "the Helsinki Final Act", "the Warsaw Uprising", "Cairo
Radio", "the Moscow News"."""
BROADCASTERS = frozenset({"radio"})
"""Words before a place's name that make a broadcaster of it: "Radio Moscow"."""
AFTER_A_PERSON = AFTER_ANY | frozenset(
    {"suit", "jacket", "doctrine", "fund", "lectures", "constitution", "plan"}
    | {"shipyard", "shipyards", "steelworks", "komsomol", "hills", "mine", "mines", "canal"}
    | {"campaign", "operation", "league", "union"}
)
"""Words after a person's name that make a thing named after them: "the Stalin Constitution",
"the Lenin Shipyard", "the Lenin Steelworks", "the Lenin Komsomol", "the Lenin Hills", "the Ho
Chi Minh Campaign", "the Kim Il Sung Socialist Youth League", "the Ho Chi Minh Communist Youth
Union"."""
COMPASS = frozenset(
    {"south", "north", "east", "west", "new", "equatorial", "inner", "outer", "upper", "lower"}
)
"""Words before a place's name that make another place of it: "South Africa", "Equatorial
Guinea", "Inner Mongolia"."""
PARTICLES = frozenset({"de", "del", "do", "da", "di", "du", "des"})
"""Words after a place's name that go on with another place's: "Santiago de Cuba"."""
INSTITUTIONS = frozenset({"university", "institute", "college", "academy", "school", "bank"})
"""Words before "of" and a place's name that make a thing of it: "University of Washington"."""
AFTER_AN_ORG = frozenset({"command", "commission", "commissions", "charter"}) | frozenset(
    {"men", "gate", "square", "palace", "street", "hall", "hotel"}
)
"""Words after an organisation's name that make another body, a thing or a place of it: "the
United Nations Command", "the UN Commission for ...", "the United Nations Charter", "the
Xinhua Men" (Xinhuamen, a gate of Zhongnanhai), "Pravda Street" ("NATO Forces" are NATO's)."""
MEMBERS = frozenset({"ministers", "deputies", "representatives", "commissars", "people's"})
"""Whom a body is made of, after its name and "of": its fuller name, the same body ("the DPRK
Cabinet of Ministers"), where other words make another ("the Testish Council of Churches")."""
NOT_GIVEN = frozenset(
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
    | {"each", "every", "all", "no", "not", "never", "let", "please", "recently", "messrs"}
    | {"messieurs", "gentlemen", "comrades", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday"}
    | {"currently", "previously", "subsequently", "consequently", "accordingly", "apparently"}
    | {"clearly", "obviously", "certainly", "unfortunately", "fortunately", "personally"}
    | {"originally", "initially", "eventually", "similarly", "formerly", "publicly", "secretly"}
    | {"officially", "allegedly", "reportedly", "evidently", "naturally", "actually", "early"}
    | {"especially", "particularly", "generally", "usually", "immediately", "shortly", "likewise"}
    | {"therefore", "nevertheless", "nonetheless", "instead", "otherwise", "again", "afterwards"}
    | {"whether", "should", "would", "could", "will", "can", "did", "does", "has", "had", "was"}
    | {"is", "are", "were", "do", "must", "might", "shall", "tonight", "throughout", "outside"}
    | {"near", "inside", "within", "along", "across", "around", "beyond", "among", "amid"}
    | {"toward", "towards", "like", "unlike", "into", "upon", "onto", "behind", "beside"}
    | {"deptel", "embtel", "reftel", "urtel"}
)
"""Words that open a sentence or a clause and are no given name: "Yesterday Khrushchev said",
"On Tuesday Kennedy", "Messrs Khrushchev and Bulganin", "Aid Along Vietnam's Border", "Deptel
Moscow 567" (and the months: "In March Stalin")."""
QUALIFIERS = frozenset(
    {"communist", "red", "free", "nazi", "fascist", "tsarist", "imperial", "imperialist"}
    | {"socialist", "democratic", "federal", "united", "divided", "reunified", "occupied"}
    | {"mainland", "greater", "continental", "revolutionary", "catholic", "independent"}
    | {"eastern", "western", "southern", "northern", "central", "postwar", "prewar"}
    | {"nationalist", "kuomintang", "guomindang", "royal", "colonial", "neutral", "liberated"}
    | {"soviet", "middle", "old", "modern", "ancient"}
    | {"wartime", "feudal", "bourgeois", "reactionary", "military", "sovereign", "peoples"}
    | {"people's", "arab", "jewish", "muslim", "christian", "hindu", "orthodox", "white", "black"}
)
"""Capitalised words before a place's name that qualify the place and are no given name:
"Communist China", "Nazi Germany", "Divided Berlin", "Greater London", "Nationalist China",
"Royal Laos", "Colonial Algeria", "Soviet Armenia", "Arab Jerusalem"."""
STILL_THEIRS = frozenset(
    {"regime", "era", "years", "visit", "visits", "speech", "speeches", "letter", "letters"}
    | {"message", "messages", "proposal", "proposals", "initiative", "talks", "team", "family"}
    | {"brothers", "line", "group", "faction", "side", "camp", "clique", "gang", "circle"}
    | {"memorandum", "memoirs", "diary", "papers", "interview", "statement", "report"}
    | {"leadership", "period", "reform", "reforms", "note", "secret", "policy", "policies"}
    | {"course", "government", "administration", "cabinet", "thought", "theory", "ideas"}
)
"""Capitalised words after a person's family name that still speak of them, not of someone
whose given name it is: "the Castro Regime", "the Khrushchev Era", "the Nixon Visit"."""
GIVEN_SURNAMES = frozenset(
    {"eden", "grant", "marshall", "douglas", "gordon", "wilson", "lloyd", "owen", "allen"}
    | {"francis", "thomas", "carter", "dean", "nelson", "warren", "russell", "howard", "arthur"}
    | {"jordan", "hussein", "ali", "abdullah", "faisal", "spencer", "stanley"}
)
"""Family names of the file's people that are also given names, so that before another name
they may be someone else's given name ("Eden Pastora", "Marshall Green"); the file's first names
are too ("Hussein"). Other family names are never given names: "the Brezhnev Period"."""
QUALIFYING_ENDINGS = ("ist", "ista", "istas", "ic", "ese", "ish", "ern")
"""Endings of adjectives that qualify a place and are no given name: "Sandinista Nicaragua",
"Maoist China", "Islamic Iran", "Southern Africa". Only the nationality endings that no given
name has ("Chinese", "Polish") are here, not all of the parser's
:data:`~linkeddata.parser.nationalities.NATIONALITY` ("-an", "-i", "-et" end "Ivan", "Ali",
"Ahmet"): before a place, a word's ending must rule out a given name, not suggest an adjective."""
BODY_HEADS = frozenset(
    {"district", "region", "command", "front", "establishment", "institute", "board", "corps"}
    | {"agency", "directorate", "bureau", "service", "army", "group", "club", "area", "zone"}
)
"""Last words of a body's name, whose words are no given names: "Xinjiang Military District"."""
KIN = frozenset(
    {"wife", "husband", "widow", "widower", "father", "mother", "son", "daughter", "brother"}
    | {"sister", "nephew", "niece", "uncle", "aunt", "cousin", "grandson", "granddaughter"}
    | {"grandfather", "grandmother", "stepson", "stepdaughter", "son-in-law", "daughter-in-law"}
    | {"brother-in-law", "sister-in-law", "father-in-law", "mother-in-law", "fiancée", "fiance"}
    | {"fiancé", "fiancee", "parents", "children", "sons", "daughters", "brothers", "sisters"}
)
"""Words that make the name beside them a relative's ("his wife Mary Testke", "Ivan Testke,
his brother"): a relative shares the surname and is someone else."""
