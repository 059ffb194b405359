"""Every setting once, with its kind, default, help and command-line option (:data:`SETTINGS`):
what the loader checks a file against, the CLI makes its options from and docs/settings.md
documents."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..iris import DEFAULT_BASE
from .kinds import BASE, CONTACT, ENDPOINT, HEADER, HOSTS, IRI, STRING, TEXT, Kind, integer, seconds

MIB = 1024 * 1024
MAX_RECORD_BYTES = 15 * MIB
"""The largest record a release can hold, also as written (escaped) in a statement: a build
reads its dumps back with Oxigraph, which reads a term of up to 16 MiB."""

CLIENT_WINDOW = 60.0
"""Seconds over which a client's SPARQL query time is counted (``serve.client_query_seconds``)."""


@dataclass(frozen=True)
class Setting:
    """One setting: its dotted key in the file, type, default (a TOML value; None: unset),
    help, and the ``linkeddata serve`` option that overrides it."""

    name: str
    kind: Kind
    default: Any
    help: str
    option: str | None = None

    def read(self, value: Any) -> Any:
        return None if value is None else self.kind.check(value)


SETTINGS: tuple[Setting, ...] = (
    Setting("base", BASE, DEFAULT_BASE, "Base IRI of the deployment: things are minted under "
            "{base}id/, named graphs under {base}graph/.", "--base"),
    Setting("dataset.title", TEXT, "Archival documents as Linked Data",
            "Title of the dataset (dcterms:title)."),
    Setting("dataset.description", TEXT, "Catalogue records of archival documents, their "
            "translations and the people, organisations and places they name, converted and "
            "validated by linkeddata.", "What the dataset holds (dcterms:description)."),
    Setting("dataset.publisher.name", STRING, None,
            "Name of the person or organisation that publishes the dataset (foaf:name)."),
    Setting("dataset.publisher.iri", IRI, None,
            "IRI of the publisher (dcterms:publisher); set with dataset.publisher.name."),
    Setting("dataset.licence", IRI, None, "IRI of the licence the dataset is published under "
            "(dcterms:license, and the license link of every response). Unset: no licence "
            "is stated."),
    Setting("dataset.rights", TEXT, None,
            "Who holds which rights in the data (dcterms:rights)."),
    Setting("dataset.contact", CONTACT, None,
            "Where to write about the dataset (dcat:contactPoint)."),
    Setting("max_record_bytes", integer(1024, MAX_RECORD_BYTES), 5 * MIB, "Bytes a record "
            "file may have: a larger one is reported as an error and left out, the rest is "
            "published."),
    Setting("keep_releases", integer(1), 3, "Releases kept in the output folder: the "
            "current one and those before it. An older one is removed by the next build, "
            "unless a server still answers from it.", "--keep"),
    Setting("serve.host", STRING, "127.0.0.1", "Interface to listen on.", "--host"),
    Setting("serve.port", integer(0, 65535), 8080, "Port to listen on.", "--port"),
    Setting("serve.allowed_hosts", HOSTS, ["localhost", "127.0.0.1", "[::1]"],
            "Host headers answered (any port), besides the host of base; any other Host is "
            "answered 400.", "--allowed-hosts"),
    Setting("serve.workers", integer(1), 2,
            "Server worker processes (each with 8 threads).", "--workers"),
    Setting("serve.query_timeout", seconds(0.1, 86_400), 30.0,
            "Seconds a SPARQL query may run before it is stopped.", "--query-timeout"),
    Setting("serve.max_rows", integer(1), 10_000, "Rows (or triples) per SPARQL "
            "answer; longer answers are flagged truncated.", "--max-rows"),
    Setting("serve.query_memory", integer(16), 2048,
            "MiB a SPARQL query may allocate.", "--query-memory"),
    Setting("serve.max_concurrent_queries", integer(1), 2,
            "SPARQL queries run at the same time (429 beyond); one client may run half of them "
            "(at least one).", "--max-concurrent-queries"),
    Setting("serve.header_timeout", seconds(0.1, 3600), 10.0, "Seconds a client has to "
            "send a request's header, from its first byte (408 beyond).", "--header-timeout"),
    Setting("serve.body_timeout", seconds(0.1, 3600), 20.0, "Seconds a client has to send "
            "a request's body once its header is in (408 beyond).", "--body-timeout"),
    Setting("serve.idle_timeout", seconds(0.1, 3600), 10.0, "Seconds a connection may wait "
            "for a request, or leave an answer unread, before it is closed.", "--idle-timeout"),
    Setting("serve.max_connections_per_client", integer(1), 64, "Connections one client "
            "address may hold open in each server worker process (503 beyond; behind a "
            "reverse proxy every client has the proxy's address).",
            "--max-connections-per-client"),
    Setting("serve.client_query_seconds", seconds(0.1, 86_400), 30.0,
            "Seconds of SPARQL query time one client (address) may use per "
            f"{CLIENT_WINDOW:g} s (429 with Retry-After beyond).", "--client-query-seconds"),
    Setting("serve.trusted_proxy_header", HEADER, None, "Header in which a reverse proxy "
            "passes the client's address (its last address counts), such as X-Forwarded-For. "
            "Unset: the connection's address. Set it only when clients reach the server "
            "through that proxy alone.", "--trusted-proxy-header"),
    Setting("serve.sparql_backend", ENDPOINT, None, "SPARQL endpoint of a SPARQL 1.1 server "
            "holding the release (loaded with `linkeddata load --to`), which then answers "
            "/sparql within the same limits. Unset: the release's embedded store.",
            "--sparql-backend"),
)  # fmt: skip
BY_NAME = {s.name: s for s in SETTINGS}
SECTIONS = {s.name.rpartition(".")[0] for s in SETTINGS} - {""}
"""The tables of the file (``dataset.publisher`` within ``dataset``)."""
