"""A signatory written as the United Nations types East Asian names, the surname first in
capitals and the given name after it ("YOO Chong Ha", "LI Zhaoxing", "KIM Young Sam"): the
whole name signs, in name case, never the given name alone (whose capitals word an office's
abbreviation would look like: "USSR Ambassador")."""

from __future__ import annotations

import re
from dataclasses import replace

from ..record import Located
from .gazetteer import is_country
from .names import name_kind
from .signer_lines import Signature, is_bare_name

_SURNAME_FIRST = re.compile(
    r"^(?P<surname>[^\W\d_a-z]{2,6})(?P<given>(?:\s+[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)?){1,2})$"
)
"""A short surname in capitals, then one or two given names' words in mixed case: "YOO Chong
Ha", "PAK Gil-yon" (never "A. GROMYKO", initials before the surname)."""


def surname_first(signature: Signature) -> Signature:
    """``signature`` with each signatory written surname first in capitals in name case ("Yoo
    Chong Ha"); the signature as written is kept."""
    signers = tuple(
        Located(cased, signer.line) if (cased := _cased(signer.value)) else signer
        for signer in signature.signatories
    )
    return (
        signature if signers == signature.signatories else replace(signature, signatories=signers)
    )


def _cased(name: str) -> str | None:
    """The name in name case when written surname first in capitals, a person's name and no
    abbreviation of a state or a body before a word ("USSR Testov", "TASS Correspondent")."""
    found = _SURNAME_FIRST.match(name.strip())
    if found is None:
        return None
    surname = found["surname"].title()
    cased = f"{surname}{found['given']}"
    if is_country(surname) or name_kind(surname) is not None or not is_bare_name(cased):
        return None
    return cased
