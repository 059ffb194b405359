"""The checked settings as one frozen tree: what a build and a server are configured with."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .kinds import Text


@dataclass(frozen=True)
class Publisher:
    """Who publishes the dataset: both a name and an IRI, or no publisher at all."""

    name: str
    iri: str


@dataclass(frozen=True)
class DatasetSettings:
    """What the dataset description says about the dataset (None: nothing is said)."""

    title: Text
    description: Text
    publisher: Publisher | None
    licence: str | None
    rights: Text | None
    contact: str | None

    def to_json(self) -> dict[str, Any]:
        """As the manifest records them: a release built with others is stale."""
        return {
            "title": dict(self.title),
            "description": dict(self.description),
            "publisher": self.publisher
            and {"name": self.publisher.name, "iri": self.publisher.iri},
            "licence": self.licence,
            "rights": self.rights and dict(self.rights),
            "contact": self.contact,
        }


@dataclass(frozen=True)
class ServeSettings:
    """How ``linkeddata serve`` listens, how long it waits for a client, and what one SPARQL
    query may use."""

    host: str
    port: int
    allowed_hosts: tuple[str, ...]
    workers: int
    query_timeout: float
    max_rows: int
    query_memory: int
    max_concurrent_queries: int
    header_timeout: float
    body_timeout: float
    idle_timeout: float
    max_connections_per_client: int
    client_query_seconds: float
    trusted_proxy_header: str | None
    sparql_backend: str | None


@dataclass(frozen=True)
class Settings:
    """Every setting, checked: what a build and a server are configured with."""

    base: str
    max_record_bytes: int
    dataset: DatasetSettings
    serve: ServeSettings
    keep_releases: int
