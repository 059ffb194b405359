"""The numbers a body's frame gives: this document's registry number on its header lines
("No. 2421/61/53/TJN", "# 600428/sh"), and those of the messages it answers ("your telegram
no. 12.390", "To No. 1234 of 5 March", "REF: DEPTEL 1234", "Ref: Cable No. 112"); a copy's, a
sheet's or an attachment's number is neither."""

from __future__ import annotations

import re

from ..record import Located
from .cable_routing import ROUTED
from .dates import DATE_AS_WRITTEN
from .header_labels import cable_head_number, labelled_number
from .number_markings import marked_number, unmarked
from .text import Joined
from .title_numbers import protocol_item
from .vocabulary import DOC_TYPES, MESSAGE_TYPES, MONTH_PATTERN, classification_of

_YOUR = ("your", "Your", "YOUR")
_NUMBER_MARK = r"(?:(?i:no|nr)\.?|N[º°]|№|#|(?i:number))"
_MESSAGE = (
    r"(?:(?i:ciphered|cipher|coded)\s+)?"
    r"(?i:telegram|telegramme|cable|letter|note|message|telex|wire|ciphergram|cryptogram|airgram"
    r"|despatch|dispatch|memorandum|tel\.|tlg\.|tg\.)s?"
)
"""The words that name a message sent: "telegram", "ciphered cable", "tel.", "despatch"."""
_DATED = (
    r"(?:\s+(?i:of|dated)\s+(?:(?i:the)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+"
    rf"{MONTH_PATTERN}(?:,?\s+\d{{4}})?|{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}),?)?"
)
"""The date of the message named before its number: "your letter of 12 July, No. 1456"."""
REPLY_TO = re.compile(
    rf"(?i:your)\s+(?:{_MESSAGE}"
    rf"(?:{_DATED}\s*{_NUMBER_MARK}\s*(?P<n>\d(?:[\w./-]*[\w/])?)"
    r"|\s*(?P<bare>\d[\d./-]{1,}\d(?:/[^\W\d_]+)?)\b)"
    rf"|{_NUMBER_MARK}\s*(?P<m>\d(?:[\w./-]*[\w/])?))"
)
"""A reference to the message answered: "your telegram no. 12.390", "your letter of 12 July,
No. 1456", "your cable 4567" (a bare number of three characters or more), "your No.
1234/56"."""
_ANOTHERS = re.compile(
    rf"\b(?:(?i:my|our|your|his|her|their)|[^\W\d_]+['’]s)\s+{_MESSAGE}[\s,]*$"
    r"|\b(?i:deptel|embtel|reftel|urtel|mytel)\b"
)
"""Words before a number that name another document by whose it is: "My telegram No. 770:",
"Our telegram No. 44", "this Embassy's despatch No. 12", "Deptel No. 5" (the writer's own
earlier message or the addressee's; "Our No. 45" alone is this letter's own reference)."""
_CABLE_REFERENCE = re.compile(
    r"(?:\b(?i:ref(?:erence)?s?|re)\s*[:.]?\s*(?:[A-Z][.)]\s*)?"
    r"(?:(?i:deptel|embtel|reftel|urtel|mytel)|[A-Z]{2,}TEL|(?:SEC)?STATE)"
    r"|\b(?i:urtel)|\b(?i:reftel)\s*:?(?:\s+[A-Z]{3,})?"  # "REFTEL: MOSCOW 12345"
    r"|(?m:^)[B-H][.)]\s*(?:(?i:deptel|embtel|urtel|mytel)|[A-Z]{2,}TEL|(?:SEC)?STATE))"
    r"\s+(?P<n>\d[\d/-]*\d|\d)\b"
)
"""A reference to the cable answered, as American cables write it: "Ref: Deptel 1234",
"Reference: Embtel 567", "Urtel 89" (your telegram), in capitals too: "REF: DEPTEL 1234",
"REF: STATE 123456", "REF: A) EMBTEL 55", and the next of a lettered list ("B. Deptel 5678"),
"REFTEL: MOSCOW 12345" (the post and its number)."""
_POST_REFERENCES = re.compile(r"(?:REFS?|REFTELS?)\s*:\s*(?P<refs>\(?[A-Z].*)$")
"""An American cable's reference line: "REF: BONN 14872", "REFS: A) MOSCOW 4321 B) STATE 98765"."""
_POST = r"[A-Z]{3,}(?:\s[A-Z]{3,})?"
"""A post's name in capitals, one word or two ("BONN", "NEW DELHI")."""
_POST_REFERENCE = re.compile(
    r"(?:^|(?<=[,;])\s*|(?<=\bAND)\s+|(?:^|(?<=[\s(]))\(?[A-H][.)]\s*)"
    r"(?!(?:SECTION|SECTIONS|PAGE|PARA|PARAGRAPH|ANNEX|NUMBER|AND|OF)\b|[A-Z]+TEL\b)"
    rf"(?!{MONTH_PATTERN})"
    rf"(?P<n>{_POST}\s+(?!(?:1[89]|20)\d\d\b)\d{{3,6}})\b"
)
"""A post's cable on such a line, its name in capitals and its number, kept with the post as
the cable's own number is ("BONN 14872"), where an item of the list begins (after the colon,
a comma, "AND" or an item's letter: never "EMBASSY NOTE 345" in "PARA 2 OF EMBASSY NOTE
345"); never a part of the same cable ("SECTION 2"), a month's date or a year, nor the
telegram words' forms ("DEPTEL 1234") read above. Whether the post is one (a place, a cable
series: never "NSSM 219", "PUBLIC LAW 480") the mapping decides (:func:`cable_post`)."""
_CABLE_POST = re.compile(rf"^(?P<post>{_POST})\s+\d{{3,6}}$")
_CABLE_REFERENCE_HINTS = ("tel", "TEL", "REF", "Ref", "RE:", "Re:")
"""Words without one of which the body holds no cable reference (a cheap test first)."""
_ANSWER_START = frozenset("TКRAZB")
_ANSWERED = re.compile(
    rf"(?:To|TO|К|Re:?|RE:?|Ad|AD|Zu|ZU|Bezug:?|BEZUG:?)\s+(?:(?i:your)\s+)?{_NUMBER_MARK}\s*(?P<n>\d(?:[\w./-]*[\w/])?)"
    r"(?:\s*,?\s+(?:(?i:of|from|dated)|от)\s+\S.*)?\s*$"
)
"""A header line naming the message answered, the Russian "К № 1234 от 5 марта": "To No.
1234 of 5 March", "Re: No. 56/3", the Hungarian and Czech "Ad No. 0012/1968", the German "Zu
Nr. 123/81" (a number and its date only: "To No. 10 Downing Street" is
an address)."""
_REFERENCE = re.compile(
    r"(?P<label>(?i:ref(?:erence)?|refer[eê]ncia|re))\s*[.:]+\s*"
    r"(?P<words>(?:[^\W\d_][\w'-]*\.?\s+){1,4})"
    rf"{_NUMBER_MARK}\s*(?P<n>\d(?:[\w./-]*[\w/])?)"
)
"""A header line naming another document by its type and number, the message referred to:
"Ref: Cable No. 112 of February 3", "Ref.: Circular telegram No. 12", "Referência: Telegrama
n. 45", "Re: Note No. 45/69 of the Ministry" (a type word is needed: "Ref: No. 12" may be this
letter's own reference, "Re: The situation" is a subject)."""
_MESSAGE_LAST = re.compile(rf"\b{_MESSAGE}\s*$")
"""A "Re:" line's words before the number that end in a message's word: "Re: Note", "Re: Your
Verbal Note"; "Re: Law No. 5", "Re: Security Council Resolution No. 242" name the subject."""
_SERIAL = r"[OI]\.[A-Z]{0,3}\d{4,8}"
"""A British or Australian cable's serial, outward or inward: "O.CH123456", "I.45678"."""
_SERIAL_REFERENCE = re.compile(rf"^(?i:ref(?:erence)?s?)\s*[:.]\s*(?P<n>{_SERIAL})\.?$")
"""A reference line naming the cable answered by its serial: "REF: O.RG5678"."""
_OWN_NUMBERING = frozenset(
    {"our", "my", "own", "this", "registry", "reg", "registration", "file", "outgoing", "ref"}
)
"""Words of a reference line that name the writer's own numbering, this record's number and
no other document's: "Reference: Registry No. 1234", "Ref: Our No. 45/1976", "Ref.: Reg. No.
0012/1968"."""
_REGISTRY = re.compile(
    r"(?<![\w.])(?:Spec\.\s*)?(?:No\.?|no\.|NO\.|[Nn][º°]\.?|№|#|N[Rr]\.?):?\s*"
    r"(?P<n>[PП]\d+/\d[\w/]*|\d(?:[\w./-]*/[^\W\d_]{1,6}\.\s(?:1[89]|20)\d\d\b|[\w./-]*[\w/])?)"
)
"""This document's number after its mark ("No.", in capitals "NO." and "NR." as telegrams'
headers type it), with a register's abbreviation and the year after it when they follow a
slash: "No. 3340/Taj. 1950" (the Czech "tajné", secret); a party decision's protocol and
item: "No. P71/191", "№ П71/191"."""
_HEADING_WORD = re.compile(rf"(?!{MONTH_PATTERN}\b)(?!OF\b)[A-Z]{{3,}}[,.:]?")
"""A word of a heading in capitals after a number ("NO. 1 PRIORITY FOR ..."), which a
registry number's line has none of but a month ("NO. 412 OF 5 MARCH")."""
_PART_OF = re.compile(rf"\s+(?i:of)\s+\d{{1,3}}\b(?!\s*{MONTH_PATTERN})")
"""A part's count after its number: "NO. 2 OF 3" numbers a page or a section, not the document."""
_WORD_NUMBER = re.compile(
    r"^[^\W\d_]{1,5}\.?-(?:Nr|NR)\.?\s*:?\s*"
    r"(?P<n>(?:[^\W\d_]{1,4}\s+)?\d[\w./-]*(?:\s+\d[\w./-]*)*)$"
)
"""A number under the German label that joins its register's abbreviation to "-Nr.", the
whole line: "GVS-Nr. MfS 008-1234/80" (Geheime Verschlusssache), "Tgb.-Nr.: A 345 678"
(Tagebuch), "VS-Nr. 123/80"; a register's letters and a group of digits are the number's."""
_LABELS = frozenset(
    {"ciphered", "cipher", "coded", "telegram", "cable", "note", "letter", "ref", "reg"}
    | {"registration", "registry", "outgoing", "incoming", "file", "document", "spec", "our"}
)
"""Lower-case words that may label this document's number on a header line, besides a message's
type ("Cipher message No. 11634", "Coded telex No. 12")."""
_MESSAGE_WORDS = frozenset(
    wording for wording, key in DOC_TYPES.items() if " " not in wording and key in MESSAGE_TYPES
)
_LABEL_WORDS = 4
_PROSE_AFTER = 2
_BARE_REGISTRY = re.compile(r"^(?P<n>\d{2,}/\d{2,}(?:/[^\W_]+)*)$")
_COPY_NUMBER = re.compile(
    r"(?<!\w)(?i:copy|copies|exemplar|ex\.|anlage|beilage|attachment|enclosure|annex|appendix"
    r"|za[łl][aą]cznik|p[řr][íi]loha|mell[ée]klet|anexa|приложение"
    r"|экз\.?|экземпляр|ekz\.?|ekzemplyar|egz\.?|egzemplarz"
    r"|sheet|page|folio|file|blatt|bl\.|seite|list|лист|л\.|strona|str\.|arkusz|feuille|p\.|akt[ae]?|dossier|delo|дело)\s*$"
)
"""Words before a number that is not this document's: a copy's ("Copy No. 2", "Экз. № 2", the
transliterated "Ekz. No. 1", the Polish "Egz. nr 1"), an attachment's, a sheet's, a page's or a
file's ("Sheet No. 1", "Blatt 3", "File No. 220")."""
FRAME_LINE_LENGTH = 100


def replies(joined: Joined) -> tuple[Located[str], ...]:
    """Registry numbers of the messages the body answers ("your telegram no. 12.390")."""
    text = joined.text
    found: list[Located[str]] = []
    for word in _YOUR:  # str.find first: a regex scan of a long body costs ten times more
        pos = text.find(word)
        while pos >= 0:
            word_start = pos == 0 or not text[pos - 1].isalnum()
            if word_start and (match := REPLY_TO.match(text, pos)) is not None:
                group = next(g for g in ("n", "bare", "m") if match[g] is not None)
                found.append(Located(match[group], joined.line_at(match.start(group))))
            pos = text.find(word, pos + len(word))
    if any(hint in text for hint in _CABLE_REFERENCE_HINTS):  # the American cables' forms,
        for match in _CABLE_REFERENCE.finditer(text):  # looked for only where they may be
            found.append(Located(match["n"], joined.line_at(match.start("n"))))
    ends = [*(start - 1 for start in joined.starts[1:]), len(text)]
    for start, end, line in zip(joined.starts, ends, joined.lines, strict=True):
        if text[start : start + 1] in _ANSWER_START and (
            answered := _ANSWERED.match(text, start, end)
        ):
            found.append(Located(answered["n"], line))
        elif (referred := _referred(text[start:end])) is not None:
            found.append(Located(referred, line))
        elif (posts := _POST_REFERENCES.match(text, start, end)) is not None:
            read = {f.value for f in found if f.line == line}  # "REF: STATE 123456": "123456"
            found += [
                Located(post["n"], line)
                for post in _POST_REFERENCE.finditer(posts["refs"])
                if post["n"].split()[-1] not in read
            ]
    found = [Located(unmarked(number.value), number.line) for number in found]  # "12/Secret"
    return tuple(sorted(found, key=lambda item: item.line))


def cable_post(number: str) -> str | None:
    """The post or series a REF line's cable is numbered in ("BONN" of "BONN 14872", "STATE"
    of "STATE 98765"), which must be a post for the cable to be one answered; None for a
    number of any other form ("12.390", "1234/56")."""
    found = _CABLE_POST.match(number)
    return found["post"] if found is not None else None


def _referred(line: str) -> str | None:
    """The number of the document a reference line names, unless it is answered already ("Ref:
    your cable No. 5"), the writer's own ("Ref: Our No. 45") or a file's or a copy's number
    ("Ref: File No. 220")."""
    if (serial := _SERIAL_REFERENCE.match(line)) is not None:
        return serial["n"]  # "REF: O.RG5678"
    if (match := _REFERENCE.match(line)) is None or REPLY_TO.search(line):
        return None
    if _subject(match):
        return None  # "Re: Decree No. 12": what the document is about, not what it answers
    if any(word.strip(".").casefold() in _OWN_NUMBERING for word in match["words"].split()):
        return None  # "Ref: Our No. 45/1976": the writer's own number, this record's
    return None if _COPY_NUMBER.search(match["words"].rstrip()) else match["n"]


def _subject(match: re.Match[str]) -> bool:
    """Whether a reference line is a "Re:" line naming its subject by a number, a law's, a
    decree's or a resolution's ("Re: Law No. 5 of 1961"): the number is neither a message
    answered nor this document's own."""
    return match["label"].casefold() == "re" and not _MESSAGE_LAST.search(match["words"])


_CABLE_NUMBER = re.compile(
    r"^(?:(?P<n>\d{3,6})\.\s+(?i:ref)[:.]\s.*|(?!(?:19|20)\d\d\.$)(?P<alone>\d{4,6})\."
    rf"|(?P<serial>{_SERIAL}))$"
)
"""A FRUS cable's own number, alone or before its references, at the head of the text:
"3652. Ref: Deptel 104185." (never a paragraph's number, "1.", nor a sentence, nor a year
alone: "1958." heads a chronicle; alone, three digits are a FRUS document's number, "146."),
or a British or Australian cable's serial heading it ("O.CH123456")."""
_US_ROUTING = re.compile(rf"^(?:FM|TO){ROUTED}")
"""A State Department cable's routing line ("FM AMEMBASSY TEHRAN"): the head is an American
cable's, whose post and number alone on a line above it are its own ("STATE 267413"); under
it a post and number is an informed post's serial ("USNATO 1234" in the INFO list), a cable
answered (a REF list's next line) or a paragraph's words."""
_CABLE_NUMBER_LINES = 2  # the first line, or the one under "Seoul, January 24, 1968, 0915Z."


def registry_numbers(head: list[tuple[int, str]]) -> tuple[Located[str], ...]:
    """Registry numbers on short header lines (``No. 2421/61/53/TJN``, ``# 600428/sh``,
    ``Č.j. 0234/67``, an American cable's ``CONFIDENTIAL TEHRAN 11634``)."""
    numbers: list[Located[str]] = []
    routing = next((i for i, (_, text) in enumerate(head) if _US_ROUTING.match(text)), 0)
    for index, (line, text) in enumerate(head):
        if index < _CABLE_NUMBER_LINES and (cable := _CABLE_NUMBER.match(text)) is not None:
            own = cable["n"] or cable["alone"] or cable["serial"]
            numbers.append(Located(own, line))  # FRUS: "3652. Ref: ...", "O.CH123456"
            continue
        if (
            len(text) > FRAME_LINE_LENGTH
            or REPLY_TO.search(text)
            or _ANSWERED.fullmatch(text)
            or _referred(text)
            or ((reference := _REFERENCE.match(text)) is not None and _subject(reference))
        ):
            continue
        if index and head[index - 1][1] == "BT":
            if (opening := cable_head_number(text)) is not None:
                numbers.append(Located(opening, line))  # "BT" / "CONFIDENTIAL WARSAW 08456"
            continue  # "BT" / "#1712": the teletype's tail, no registry number
        if (marked := marked_number(text)) is not None:
            text = marked[0]  # "No. 37/1963/Top Secret": the number ends before its marking
        previous = head[index - 1][1] if index else ""
        routed = index < routing and not numbers  # one own number, above the routing
        if (own := labelled_number(text, previous, routed=routed)) is not None:
            numbers.append(Located(own, line))  # "Number: USW-1023", "SECRET STATE 012345"
            continue
        if (worded := _WORD_NUMBER.match(text)) is not None:
            numbers.append(Located(worded["n"], line))  # "GVS-Nr. MfS 008-1234/80"
            continue
        if (bare := _BARE_REGISTRY.match(text)) is not None:
            if not DATE_AS_WRITTEN.match(text):  # "10/14/50" is a date, "550/55" a number
                numbers.append(Located(bare["n"], line))
            continue
        item = protocol_item(text)  # "Protocol No. 4, item 1": one number with its item
        for match in _REGISTRY.finditer(text):
            if not _COPY_NUMBER.search(text, 0, match.start()) and _labels(text, match):
                own = text[slice(*item)] if item and item[0] == match.start("n") else match["n"]
                numbers.append(Located(own, line))
    return tuple(numbers)


def _labels(text: str, match: re.Match[str]) -> bool:
    """Whether a number mark on a header line numbers this document: it opens the line or
    follows a label ("Ciphered telegram No. 212", "TOP SECRET No. 345"); in a sentence ("the
    Ministry sent cable No. 17 yesterday") it names another document."""
    if _ANOTHERS.search(text, 0, match.start()):
        return False  # "My telegram No. 770: ...": an earlier message's number
    head = text[: match.start()].strip(" :,.;-")
    before = [] if classification_of(head) else head.split()  # "Strictly confidential No. 5"
    if len(before) > _LABEL_WORDS or any(
        word[:1].islower() and word.casefold().strip(".:") not in _LABELS | _MESSAGE_WORDS
        for word in before
    ):
        return False
    if _PART_OF.match(text, match.end()):
        return False  # "NO. 2 OF 3": a page's or a section's count
    after = text[match.end() :].split()
    if sum(bool(_HEADING_WORD.fullmatch(word)) for word in after) >= _PROSE_AFTER:
        return False  # "NO. 1 PRIORITY FOR THE PARTY": a heading in capitals, a rank
    return sum(word[:1].islower() for word in after) < _PROSE_AFTER
