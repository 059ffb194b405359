"""What converting any document reads besides its own file (:class:`Inputs`), recorded in
the build cache: if any of it changed since the last build, the cache is emptied and the build
is a full one, which says why (:meth:`Inputs.changes`)."""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from .. import __version__
from ..ontology import CONCEPTS_FILE, ONTOLOGY_FILES, artefacts


@dataclass(frozen=True)
class Inputs:
    """What converting any document reads besides its own file."""

    converter: str
    code: str
    """sha256 of the package's Python files: a converter changed without a new version number
    (a checkout being worked on) converts everything again."""
    base: str
    max_record_bytes: int
    authority: str
    """sha256 of the authority file ("" without one)."""
    artefacts: tuple[tuple[str, str], ...]
    """(file name, sha256) of the ontology, concept and shapes files."""

    @classmethod
    def of(cls, base: str, max_record_bytes: int, authority: Path) -> Inputs:
        """The inputs of a build with ``base`` whose authority file is at ``authority``."""
        found = authority.read_bytes() if authority.exists() else None
        return cls(
            converter=__version__,
            code=_code(),
            base=base,
            max_record_bytes=max_record_bytes,
            authority=hashlib.sha256(found).hexdigest() if found is not None else "",
            artefacts=tuple(
                (f.name, hashlib.sha256(f.read_bytes()).hexdigest()) for f in artefacts()
            ),
        )

    def fingerprint(self) -> str:
        """A hash of all of it: part of every document's key (hashed once: ``asdict`` and
        JSON for every document cost a twentieth of a build's CPU)."""
        return _fingerprint(self)

    def changes(self, before: Inputs) -> list[str]:
        """What differs from ``before``, as the reasons for a full build."""
        found = []
        if before.authority != self.authority:
            found.append("the authority file changed")
        mine, theirs = dict(self.artefacts), dict(before.artefacts)
        for name in sorted(mine.keys() | theirs.keys()):
            if mine.get(name) != theirs.get(name):
                found.append(f"{_artefact_kind(name)} ({name}) changed")
        if before.base != self.base:
            found.append(f"the base IRI changed (from {before.base} to {self.base})")
        if before.converter != self.converter:
            found.append(f"the converter changed (from {before.converter} to {self.converter})")
        elif before.code != self.code:
            found.append("the converter's code changed")
        if before.max_record_bytes != self.max_record_bytes:
            found.append("max_record_bytes changed")
        return found


@functools.lru_cache(maxsize=8)
def _fingerprint(inputs: Inputs) -> str:
    return hashlib.sha256(json.dumps(asdict(inputs), sort_keys=True).encode()).hexdigest()


def _code() -> str:
    """sha256 over the names and bytes of the package's Python files."""
    package = Path(__file__).resolve().parent.parent
    sha = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        data = path.read_bytes()
        sha.update(f"{path.relative_to(package).as_posix()}\0{len(data)}\0".encode())
        sha.update(data)
    return sha.hexdigest()


def _artefact_kind(name: str) -> str:
    if name in ONTOLOGY_FILES:
        return "the ontology"
    return "the concept schemes" if name == CONCEPTS_FILE else "the shapes"
