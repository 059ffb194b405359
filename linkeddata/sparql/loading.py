"""``linkeddata load --to``: put a release into a SPARQL server, which then answers /sparql.

Two ways in, chosen by the address:

* ``http(s)://.../store`` — the Graph Store Protocol (any SPARQL 1.1 server): each named graph
  of the release is PUT (replacing what the server held under that name) as N-Triples read
  from the release's own store, one graph at a time on one kept-alive connection, and the
  merge of the graphs (what queries read when they name no graph) is PUT as the server's
  default graph, or into :data:`~linkeddata.sparql.remote.MERGE_GRAPH` with ``merge_graph``
  (for servers whose default graph is the union of everything they hold).
* ``isql://HOST:PORT`` — Virtuoso's bulk loader, the sane way at scale: ``isql-vt`` on the
  server's SQL port clears the graphs under the release's ``{base}graph/`` and the merge
  graph, then ``ld_dir`` + ``rdf_loader_run`` read the release's N-Quads dump and its
  N-Triples dump (into the merge graph) straight from disk: the release folder must be on the
  server's machine and in its ini's ``DirsAllowed``.

Graphs a previous release had and this one has not stay on a Graph Store Protocol server
(the protocol cannot list them); the Virtuoso loader removes them.
"""

from __future__ import annotations

import base64
import http.client
import subprocess
import time
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from ..errors import LinkedDataError, LoadError
from ..formats import BY_NAME
from ..release.layout import Release
from .remote import MERGE_GRAPH

NTRIPLES_TYPE = BY_NAME["ntriples"].media_type

ISQL = "isql-vt"
"""Virtuoso's SQL client (Debian's name; ``isql`` elsewhere)."""


@dataclass(frozen=True)
class Loaded:
    """What a load put into the server."""

    graphs: int
    statements: int
    seconds: float


def load(
    release: Release,
    to: str,
    *,
    user: str | None = None,
    password: str | None = None,
    merge_graph: bool = False,
) -> Loaded:
    """Load ``release`` into the server at ``to`` (see the module's description)."""
    start = time.perf_counter()
    parts = urlsplit(to)
    if parts.scheme == "isql":
        graphs, statements = _virtuoso(release, to, user or "dba", password or "dba")
    elif parts.scheme in ("http", "https") and parts.hostname:
        auth = None
        if user is not None:
            auth = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        graphs, statements = _graph_store(release, to, auth, merge_graph)
    else:
        raise LinkedDataError(
            f"{to}: not a Graph Store Protocol URL (http://HOST:PORT/PATH) "
            "nor Virtuoso's SQL port (isql://HOST:PORT)"
        )
    return Loaded(graphs, statements, time.perf_counter() - start)


def _graph_store(
    release: Release, url: str, auth: str | None, merge_graph: bool
) -> tuple[int, int]:
    parts = urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = kind(parts.hostname or "", parts.port, timeout=600)
    store = ox.Store.read_only(str(release.store))
    graphs = statements = 0
    try:
        names: list[ox.NamedNode | ox.DefaultGraph] = list(store.named_graphs())  # type: ignore[arg-type]
        names.append(ox.DefaultGraph())
        for name in names:
            triples = [q.triple for q in store.quads_for_pattern(None, None, None, name)]
            if isinstance(name, ox.DefaultGraph):
                target = f"graph={quote(MERGE_GRAPH, safe='')}" if merge_graph else "default"
            else:
                target = f"graph={quote(name.value, safe='')}"
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            headers = {"Content-Type": NTRIPLES_TYPE, "Content-Length": str(len(body))}
            if auth:
                headers["Authorization"] = f"Basic {auth}"
            connection.request("PUT", f"{parts.path or '/'}?{target}", body, headers)
            response = connection.getresponse()
            answer = response.read(2000)
            if response.status not in (200, 201, 204):
                raise LoadError(
                    f"{url}: PUT {target} answered {response.status} {response.reason}: "
                    f"{answer.decode('utf-8', 'replace').strip()}"
                )
            graphs += 1
            statements += len(triples)
    except OSError as error:
        raise LoadError(f"{url}: cannot load the release ({error})") from None
    finally:
        connection.close()
    return graphs, statements


def _virtuoso(release: Release, to: str, user: str, password: str) -> tuple[int, int]:
    parts = urlsplit(to)
    address = f"{parts.hostname}:{parts.port or 1111}"
    manifest = release.read_manifest()
    folder = release.dump("nq").parent.resolve()
    graphs = f"{manifest.base}graph/"
    script = f"""
log_enable(3, 1);
DELETE FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id('{MERGE_GRAPH}');
DELETE FROM DB.DBA.RDF_QUAD WHERE id_to_iri(G) LIKE '{_sql(graphs)}%';
DELETE FROM DB.DBA.load_list;
ld_dir('{_sql(str(folder))}', '{release.dump("nq").name}', 'urn:x-linkeddata:unnamed');
ld_dir('{_sql(str(folder))}', '{release.dump("nt").name}', '{MERGE_GRAPH}');
rdf_loader_run();
checkpoint;
SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;
SELECT 'LOADED', COUNT(DISTINCT G), COUNT(*) FROM DB.DBA.RDF_QUAD
 WHERE id_to_iri(G) LIKE '{_sql(graphs)}%';
"""
    try:
        done = subprocess.run(
            [ISQL, address, user, password, "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF"],
            input=script,
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise LoadError(f"{to}: cannot run {ISQL} ({error})") from None
    output = done.stdout + done.stderr
    if done.returncode != 0 or "*** Error" in output or str(folder) in done.stdout:
        raise LoadError(f"{to}: Virtuoso's bulk loader failed:\n{output.strip()[-2000:]}")
    loaded = [line.split() for line in done.stdout.splitlines() if line.startswith("LOADED")]
    if not loaded:
        raise LoadError(f"{to}: no count from Virtuoso:\n{output.strip()[-2000:]}")
    return int(loaded[-1][1]), int(loaded[-1][2])


def _sql(text: str) -> str:
    """``text`` inside a single-quoted SQL string."""
    return text.replace("'", "''")
