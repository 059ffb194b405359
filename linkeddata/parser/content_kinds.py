"""The content-kind lines that open a record's Contents ("Translation - English", "Original
Scan", "Transcript - Russian"): what the catalogue offers of the document, before its text."""

from __future__ import annotations

import re

from ..record import Located, ParseWarning
from .languages import language_codes
from .vocabulary import CONTENT_KINDS, wording_key

_KIND_LIKE = re.compile(
    r"^(?i:(?:translation|transcription|transcript)\s*[-\u2013\u2014:]\s*\S+"
    r"|\S+\s+(?:html|translation|transcription|transcript|pdf)|scan of .{1,40}|original scan)$"
)
_BULLET = re.compile(r"^[-*\u2022\u2013]\s+")  # "- Translation - English"
_KIND_WORDS = 4
_TRANSCRIPT = re.compile(
    r"^(?i:transcript|transcription)\s*[-\u2013:]\s*(?P<language>[^\W\d_][\w ()]*)$"
)
_TRANSLATION = re.compile(
    r"^(?:(?:(?i:partial|full|unofficial|abridged|draft)\s+)?(?i:translation)\s*[-\u2013:]\s*"
    r"(?P<language>[^\W\d_][\w ()]*)|(?P<before>[^\W\d_][\w ()]*?)\s+(?i:translation))$"
)
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
        if (
            key := CONTENT_KINDS.get(wording_key(stripped)) or _transcription(stripped)
        ) is not None:
            kinds.append(Located(key, line))
        elif len(stripped.split()) <= _KIND_WORDS and _KIND_LIKE.match(stripped):
            warnings.append(ParseWarning(f"unknown content kind {stripped!r}", line))
        else:
            return tuple(kinds), index
    return tuple(kinds), len(numbered)


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
