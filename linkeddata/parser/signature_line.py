"""One closing line read as a signature, in the forms whose signatory can be read with
confidence: "Signed: N. Popa", "24.III.50 Shtykov" (date and name), "(A. Gromyko)",
"[Signature] (S. Chervonenko)", "/s/ John Doe", "/Ivan Testov/", "(Recorded by X)", "The
Ambassador: Károly Práth", and bare marks of signing ("[Signature]", a signature as written
with no signatory) (split from :mod:`.signatures`, which reads the closing block)."""

from __future__ import annotations

import re

from ..record import Located
from .dates import ROMAN_DATE
from .local_ranks import local_office, without_local_rank
from .names import personal_name
from .office_words import office_only
from .signed_names import MARK_WORDS, MARKED, signed_names
from .signer_lines import (
    INITIALLED,
    INITIALS_NAME,
    Signature,
    is_name,
    is_rank,
    name_case,
    signing_name,
)

_DATED = re.compile(
    rf"^(?P<date>{ROMAN_DATE}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})\s+(?P<name>[^\W\d_][\w .'\u2019-]*)$"
)
_PARENTHESISED = re.compile(
    rf"^(?:\[(?i:signature|signed)[^\]]*\]\s*)?\((?P<name>{INITIALS_NAME})\)$"
)
_SIGNED = re.compile(
    r"^(?:[(\[]?(?i:signed(?:\s+by)?|sgd\.?|sd/-|sd\.|gez\.?|ss\.|s\.s\.|podpisano|podpis"
    r"|fdo\.?|firmado|firmato|f\.to|assinado|unterschrift|подпись)[)\]]?\s*[:,]?"
    r"|[(\[](?i:firma|sign[ée])[)\]]\s*:?|(?i:firma|sign[ée]|signature)\s*:"
    r"|\(-\)|/-/|/(?i:signed|s)/)\s+"
    r"(?:\((?P<bracketed>[^\W\d_][^()]*)\)|(?P<name>[^\W\d_][^\]]*?))[.\]]?$"
)
"""A signature named as such: "Signed: N. Popa", "Signature: Ri Ju-yeon", "Signed by: Kim",
"[signed] Testov", German "gez. Schneidewind", Hungarian "ss. Kádár János", Polish "(-) Jan
Kowalski", Indian "Sd/- R.K. Nehru" or "Sd/- (T.N. Kaul)"; and the word for "signed" in
the original's language, kept untranslated: Spanish "Fdo.: Fidel Castro Ruz", French "Signé:",
Italian "F.to", Portuguese "Assinado", "(Unterschrift) Hermann Axen"; "Firma" and "Signé"
only in brackets or with a colon, for "Firma Krupp" is a company and "Signe Larsen" a name."""
BY_OWN_HAND = re.compile(r"^\(a\)\s+(?P<name>[^\W\d_][^()]*)$")
"""The Portuguese "(a)" (assinado) before a signatory's name: "(a) Azeredo da Silveira"; a
list's item "(a)" opens a sentence, never a name alone."""
_RECORDED = re.compile(
    r"^[(\[]?(?:(?:[A-Z][a-z]+\s+)?(?i:recorded|prepared|written|compiled|submitted|drafted"
    r"|(?:(?:minutes|notes)\s+)?taken|notes|minutes)\s+(?i:by)\s*:?|(?i:note-?taker)\s*:)\s+"
    r"(?P<name>[^\W\d_][^(),/:\[\]]*?)\.?(?:,\s*[^()\[\]]*)?[)\]]?$"
)
"""Who wrote a record down: "(Recorded by Pu Shouchang)", "Prepared by: M. Mishev", "Minutes
taken by: Jan Nowak", "[Notes by V. N. Malin]", a US memorandum's "Drafted by: Winston Lord"
or "Notetaker: X", "Recorded by: Second Secretary of the Embassy V. Pak" (his office before
his name)."""
_INITIALLED_AT_END = re.compile(rf"(?:^|\s)(?P<name>{INITIALS_NAME})$")
_ARTICLE = re.compile(r"^(?i:the)\s+")
_RANK_LABEL = re.compile(
    r"^(?P<rank>[^:]{3,60}):\s+(?:/(?i:signed|s)/\s*)?"
    r"(?P<open>\()?(?P<name>[^\W\d_][^:()]{2,40})(?(open)\))$"
)
"""A rank as a label: "The Ambassador: Károly Práth", "Ambassador: (Grigor Grigorov)",
"Ambassador: /signed/ G. Petkov"."""
_SPEECH = re.compile(r"[,;!?]")
"""What a name after a rank's colon never holds and a speaker's words may: "Yes, Mr. President"."""
_NOT_SIGNING = re.compile(
    r"(?i:interpret|translat|record|typ|note|cop(?:y|ies)|distribut|cc\b|approv|clear|review"
    r"|report|draft|participants?|present|attach|enclos)"
)
"""Labelled roles that never sign: "Interpreter: X", "Translator: Y", "Drafted by: Z"."""
MARK = re.compile(
    rf"^\[{MARK_WORDS}[^\]]*\]$|^\({MARK_WORDS}\)$|^/(?i:signature|signed|s)/$"
    r"|^\(?(?i:sd/-|sd\.|sgd\.)\)?$"
)
"""A mark of signing alone on its line: "[Signature]", "(Unterschrift)", "/s/", the Indian
"Sd/-" or "(Sd.)"."""
SEAL = re.compile(r"^[\[(/](?i:seal|stamp)[^\])/]*[\])/]$|^(?i:l\.\s?s\.)$")
"""A seal or a stamp ("[stamp]", "[Seal of the Embassy]", "L.S.", "[Stamp: Received ...]"): no
signature, but the name beside it signs."""
_SLASHED = re.compile(r"^(?:/s/\s*(?P<a>[^/]+?)|/(?P<b>[^/\s][^/]*[^/\s])/)$")


def _dated_name(dated: re.Match[str]) -> bool:
    """Whether the name after a date signs: after a date in figures ("25.6.50"), only a name
    in capitals or with initials, as cables sign; a place may follow such a date ("12.5.1962
    Brno")."""
    name = dated["name"].strip()
    roman = any(c in "IVX" for c in dated["date"])
    return is_name(name) and (roman or name.isupper() or INITIALLED.match(name) is not None)


def _labelled_name(text: str) -> bool:
    """Whether what follows a rank's colon is a name, not what a speaker said: "The Ambassador:
    Károly Práth" (or "K. Práth.") signs, "Unidentified officer: Yes, Mr. President." does not
    (a comma, a question, a sentence's stop after a word that is no name)."""
    bare = text.removesuffix(".")
    return is_name(text) and _SPEECH.search(text) is None and (bare == text or signing_name(bare))


def rank_label(text: str) -> bool:
    """Whether a line is a rank, alone or as a label over the name: "The Chargé d'Affaires
    a.i.:", "Ambassador of the ČSSR:", "Presidente de la República", a label in capitals too
    ("MINISTER:" / "(Diko Testov)"); a role's label never is ("Interpreter:")."""
    office = _ARTICLE.sub("", text.removesuffix(":"))
    if text.endswith(":") and _NOT_SIGNING.search(office):
        return False  # "Interpreter:" / "Ivan Testov": a role, no signer's office
    if office != text and office.isupper():
        office = name_case(office)  # "DEPUTY CHIEF:" over its holder's name
    return is_rank(office) or local_office(office)


def names_the_recorder(text: str) -> bool:
    """Whether a line says who wrote the record down ("Recorded by: A. Testin"), who adds to a
    signer above it and never replaces him (:func:`.signatures.find_signature`)."""
    return _RECORDED.match(text) is not None


def _recorders(name: str, written: str) -> list[str]:
    """Who wrote the record down: the recorders a line lists as a signature line does ("A.
    Testin, N. Testenko", "N. Testenko and Shi Test"), else the one name, less an office
    before it ("Second Secretary of the Embassy V. Pak") or an honorific ("Comrade Testenko");
    none for a body ("the Secretariat")."""
    written = without_local_rank(written.strip())  # "Secretário Luiz Felipe Lampreia"
    name = without_local_rank(name)
    listed = [personal_name(n) for n in signed_names(written.rstrip(".)]").strip())]
    if len(listed) > 1 and all(signing_name(n) for n in listed):  # not "J. Testsmith, INR/REA"
        return listed
    if (initialled := _INITIALLED_AT_END.search(name)) is not None:
        return [initialled["name"]]  # "Second Secretary of the Embassy V. Pak"
    return [personal_name(name)] if is_name(name) else []


def read_line(line: int, text: str) -> Signature | None:
    """One line read as a signature, or None."""
    here = Located(text, line)
    if (dated := _DATED.match(text)) is not None and _dated_name(dated):
        return Signature(
            here, (Located(dated["name"].strip(), line),), Located(dated["date"], line)
        )
    if (bracketed := _PARENTHESISED.match(text)) is not None:
        return Signature(here, (Located(bracketed["name"], line),))
    if (recorded := _RECORDED.match(text)) is not None:
        names = _recorders(recorded["name"].strip(), text[recorded.start("name") :])
        return Signature(here, tuple(Located(n, line) for n in names)) if names else None
    if (marked := MARKED.match(text)) is not None and is_name(name := marked["a"] or marked["b"]):
        return Signature(here, (Located(name.strip(), line),))
    if (own := BY_OWN_HAND.match(text)) is not None and signing_name(own["name"].strip()):
        return Signature(here, (Located(own["name"].strip(), line),))
    if (signed := _SIGNED.match(text)) is not None:
        names = signed_names((signed["name"] or signed["bracketed"]).strip())
        if names:
            return Signature(here, tuple(Located(name, line) for name in names))
        return Signature(here) if text[0] in "([" else None
    if (
        (labelled := _RANK_LABEL.match(text)) is not None
        and is_rank(labelled["rank"].strip())
        and office_only(_ARTICLE.sub("", labelled["rank"].strip()))  # not "Premier Sato: Yes."
        and not _NOT_SIGNING.search(labelled["rank"])
        and _labelled_name(labelled["name"].strip())
    ):
        return Signature(here, (Located(labelled["name"].strip(), line),))
    if MARK.match(text):
        return Signature(here)
    if SEAL.match(text):
        return None  # "/Seal/": no name, though slashed
    if (slashed := _SLASHED.match(text)) is not None:
        name = (slashed["a"] or slashed["b"]).strip()
        return Signature(here, (Located(name, line),)) if is_name(name) else None
    return None
