"""The content-kind lines that open a record's Contents ("Translation - English", "Original
Scan", "Transcript - Russian"): what the catalogue offers of the document, before its text."""

from __future__ import annotations

import re

from ..record import Located, ParseWarning
from .languages import language_codes
from .vocabulary import CONTENT_KINDS, wording_key

_KIND_LIKE = re.compile(
    r"^(?i:(?:translation|transcription|transcript)\s*[-\u2013\u2014:]\s*\S+"
    r"|(?:[^\W\d_]+\s+){1,2}(?:scan|transcript|transcription|translation|recording)"
    r"\s*[-\u2013\u2014]\s*[^\W\d_]+"
    r"|\S+\s+(?:html|translation|transcription|transcript|pdf)|scan of .{1,40}|original scan"
    r"|(?:audio|video)\s+recording)$"
)
"""A line shaped as a content kind, known or not: "Original Transcript - Arabic", "Audio
Recording" (an unknown one is warned about, never the body's first line)."""
_BULLET = re.compile(r"^[-*\u2022\u2013]\s+")  # "- Translation - English"
_KIND_WORDS = 4
_KIND_LENGTH = 80
_TRANSCRIPT = re.compile(
    r"^(?i:transcript|transcription)\s*[-\u2013:]\s*(?P<language>[^\W\d_][\w ()]*)$"
)
_TRANSLATION = re.compile(
    r"^(?:(?:(?i:partial|full|unofficial|abridged|draft)\s+)?(?i:translation)\s*[-\u2013:]\s*"
    r"(?P<language>[^\W\d_][\w ()]*)|(?P<before>[^\W\d_][\w ()]*?)\s+(?i:translation))$"
)
_LANGUAGE_AFTER = re.compile(r"\s+[-\u2013\u2014]\s+")
_OTHER_TRANSLATION = "translation-other"
_ENGLISH_TRANSLATION = "translation-english"
_LANGUAGE_KINDS = ((_TRANSCRIPT, "original-transcription"), (_TRANSLATION, _OTHER_TRANSLATION))
"""Kinds in any language: "Transcript - Russian", "Translation - German", "Korean Translation"
(the English ones are concepts of their own)."""


def content_kinds(
    numbered: list[tuple[int, str]], warnings: list[ParseWarning]
) -> tuple[tuple[Located[str], ...], int]:
    """The content-kind lines opening the section, and the index of the first body line."""
    kinds: list[Located[str]] = []
    for index, (line, text) in enumerate(numbered):
        stripped = _BULLET.sub("", text.strip())
        if not stripped:
            continue
        if (key := _kind(stripped)) is not None:
            kinds.append(Located(key, line))
        elif len(stripped.split()) <= _KIND_WORDS and (
            _KIND_LIKE.match(stripped) or _kind_follows(numbered, index + 1)
        ):
            warnings.append(ParseWarning(f"unknown content kind {stripped!r}", line))
        else:
            return tuple(kinds), index
    return tuple(kinds), len(numbered)


def _kind(text: str) -> str | None:
    """The content kind a line names: a wording of the scheme, one with the language of the
    original after a dash ("Original Scan - Korean"), or a transcription or a translation."""
    if len(text) > _KIND_LENGTH:
        return None  # a line of the text; also bounds the time a hostile line takes
    if (key := CONTENT_KINDS.get(wording_key(text)) or _transcription(text)) is not None:
        return key
    kind, *language = _LANGUAGE_AFTER.split(text)
    if len(language) == 1 and language_codes(language[0]) is not None:
        return CONTENT_KINDS.get(wording_key(kind))
    return None


def _kind_follows(numbered: list[tuple[int, str]], start: int) -> bool:
    """Whether the next line with text is a known kind: then the line before it, short and
    unknown, is a kind line too, never the start of the body."""
    for _, text in numbered[start:]:
        if stripped := _BULLET.sub("", text.strip()):
            return _kind(stripped) is not None
    return False


def _transcription(text: str) -> str | None:
    """A transcription or a translation in another language than English, whichever it is:
    "Transcript - Russian", "Translation - German"."""
    for pattern, key in _LANGUAGE_KINDS:
        found = pattern.match(text)
        codes = language_codes(found["language"] or found["before"]) if found else None
        if codes is not None and key == _OTHER_TRANSLATION and codes[0] == "eng":
            return _ENGLISH_TRANSLATION  # "Translation - English (Excerpt)"
        if codes is not None:
            return key
    return None
