"""What the dataset description gains at serving time: its dumps' sizes and checksums.

A dump cannot contain its own checksum, so the build records sizes and sha256 in the manifest
and the server adds them to the dataset's ``dcat:Distribution`` nodes (DCAT 3 ``dcat:byteSize``,
SPDX checksum), with the modification date of the release.
"""

from __future__ import annotations

import pyoxigraph as ox

from .published import Published

DCAT = "http://www.w3.org/ns/dcat#"
DCTERMS = "http://purl.org/dc/terms/"
SPDX = "http://spdx.org/rdf/terms#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def distribution_quads(release: Published) -> list[ox.Quad]:
    """Size, checksum, format and date of every dump of ``release``."""
    dataset = ox.NamedNode(f"{release.base}id/dataset")
    modified = ox.Literal(release.built.isoformat(), datatype=ox.NamedNode(f"{XSD}dateTime"))
    quads = [ox.Quad(dataset, ox.NamedNode(f"{DCTERMS}modified"), modified)]
    for dump in release.dumps:
        dist = ox.NamedNode(f"{release.base}dumps/{dump['name']}")
        checksum = ox.NamedNode(f"{dist.value}#sha256")
        quads += [
            ox.Quad(dist, ox.NamedNode(f"{DCAT}byteSize"), _integer(dump["size"])),
            ox.Quad(dist, ox.NamedNode(f"{DCTERMS}format"), ox.Literal(dump["mediaType"])),
            ox.Quad(dist, ox.NamedNode(f"{DCTERMS}issued"), modified),
            ox.Quad(dist, ox.NamedNode(f"{SPDX}checksum"), checksum),
            ox.Quad(checksum, RDF_TYPE, ox.NamedNode(f"{SPDX}Checksum")),
            ox.Quad(
                checksum,
                ox.NamedNode(f"{SPDX}algorithm"),
                ox.NamedNode(f"{SPDX}checksumAlgorithm_sha256"),
            ),
            ox.Quad(
                checksum,
                ox.NamedNode(f"{SPDX}checksumValue"),
                ox.Literal(dump["sha256"], datatype=ox.NamedNode(f"{XSD}hexBinary")),
            ),
        ]
    return quads


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=ox.NamedNode(f"{XSD}nonNegativeInteger"))
