"""A SPARQL 1.1 server (Oxigraph server, Virtuoso...) as the query engine.

:class:`RemoteEngine` answers the same :class:`~linkeddata.sparql.engine.Job` as the embedded
engines, in an executor process like them, so the guard, the deadline (the process is killed
and its connection closed), the concurrency slots and the caps are the same. What it adds:

* the query goes to the server by the SPARQL 1.1 Protocol (POST, form-encoded), with the
  release's base and prefixes declared in front of it (one line, so positions in the
  server's syntax errors are given back for the client's text);
* the answer is read as it arrives: SPARQL JSON results or N-Triples, parsed by pyoxigraph
  and cut at the row and byte caps (the connection is then closed), then written by the same
  writers as the embedded engines, so clients get the same bytes from every engine;
* the deadline also goes to the server: ``timeout`` in milliseconds (Virtuoso's parameter;
  Oxigraph server takes ``--timeout-s`` at its start), and a socket timeout;
* the dataset's graphs are the release's (read from its local store, which the server
  holds a copy of), so a FROM or graph parameter naming another graph is refused before the
  server sees it. When the server holds the release's merge in :data:`MERGE_GRAPH` (engines
  whose default graph is not a graph of their own, such as Virtuoso's union of everything),
  a query that names no graphs is sent with that graph as its default graph.

The server never learns who the client is, and is only ever asked queries the guard let
through (no SERVICE, no update): it must not be reachable by anyone else.
"""

from __future__ import annotations

import http.client
import logging
import re
import socket
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

from ..errors import EngineFailure, QueryRefused, QuerySyntaxError, QueryTimeout
from ..formats import BY_NAME, FORM
from ..store.thread_bound import frames_cleared
from .answers import boolean_answer, solutions_answer, triples_answer
from .engine import Answer, Job, Settings, check_graphs, timed_out
from .oxigraph_engine import syntax_message

log = logging.getLogger("linkeddata.sparql")

MERGE_GRAPH = "urn:x-linkeddata:merge"
"""The graph holding the merge of the named graphs on engines without a default graph of
their own (loaded there by :mod:`linkeddata.sparql.loading`); never one of the dataset's."""
RESULTS = BY_NAME["json"].media_type
TRIPLES = BY_NAME["ntriples"].media_type
ACCEPT = {
    "SELECT": RESULTS,
    "ASK": RESULTS,
    "CONSTRUCT": TRIPLES,
    "DESCRIBE": TRIPLES,
    None: f"{RESULTS}, {TRIPLES};q=0.9",
}
"""What to ask for by query form: servers answer a CONSTRUCT in results formats too."""
MESSAGE_BYTES = 2000
"""How much of a server's error message reaches the client."""
_POSITION = re.compile(r"(error at |line )(\d+)")
_TIMED_OUT = ("S1TAT", "S1T00")  # Virtuoso's anytime-query and transaction timeouts
_TIMEOUT_TEXT = re.compile(r"S1TAT|S1T00|\btime(?:d)? ?out\b", re.IGNORECASE)


class RemoteEngine:
    """Queries sent to the SPARQL endpoint at ``url`` holding the release whose store is at
    ``store`` (read for its graph names only)."""

    def __init__(self, url: str, store: Path, settings: Settings) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        self.url = url
        self._parts = parts
        self.settings = settings
        self._prologue = "".join(
            [f"BASE <{settings.base}> "]
            + [f"PREFIX {name}: <{iri}> " for name, iri in settings.prefixes.items()]
        )
        self._graphs = frozenset(
            g.value
            for g in ox.Store.read_only(str(store)).named_graphs()
            if type(g) is ox.NamedNode
        )
        self._connection: http.client.HTTPConnection | None = None
        self._merge = self._holds_merge()

    def answer(self, job: Job) -> Answer:
        check_graphs(job, self._graphs.__contains__)
        params: list[tuple[str, str]] = [("query", f"{self._prologue}\n{job.query}")]
        params += [("default-graph-uri", g) for g in job.default_graphs]
        params += [("named-graph-uri", g) for g in job.named_graphs]
        if self._merge and not (job.default_graphs or job.named_graphs or job.from_graphs):
            params.append(("default-graph-uri", MERGE_GRAPH))
        if job.timeout is not None:
            params.append(("timeout", str(max(1, round(job.timeout * 1000)))))
        try:
            response = self._post(params, job.timeout, ACCEPT.get(job.form, ACCEPT[None]))
        except QueryTimeout:
            raise timed_out(job.timeout or 0) from None
        try:
            return self._read(response, job)
        except QueryTimeout:
            raise timed_out(job.timeout or 0) from None
        finally:
            response.close()

    def _read(self, response: http.client.HTTPResponse, job: Job) -> Answer:
        _check_status(response)
        media_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
        try:
            with frames_cleared():  # the frames reading a result (.store.thread_bound)
                if media_type == RESULTS:
                    return _results_answer(
                        ox.parse_query_results(response, ox.QueryResultsFormat.JSON),
                        job,
                        self.settings,
                    )
                if media_type in (TRIPLES, BY_NAME["text"].media_type):  # Virtuoso: text/plain
                    triples = (q.triple for q in ox.parse(response, ox.RdfFormat.N_TRIPLES))
                    return triples_answer(triples, job, self.settings)
        except (SyntaxError, ValueError) as error:
            self._drop()
            raise EngineFailure("The SPARQL engine sent an answer that cannot be read.") from (
                error
            )
        except (OSError, http.client.HTTPException) as error:
            self._drop()
            raise _lost(error) from error
        self._drop()
        log.error("SPARQL engine %s answered in %r", self.url, media_type)
        raise EngineFailure("The SPARQL engine answered in a format this endpoint cannot read.")

    def _post(self, params: list[tuple[str, str]], timeout: float | None, accept: str) -> Any:
        body = urlencode(params).encode()
        headers = {
            "Content-Type": FORM,
            "Accept": accept,
            "Content-Length": str(len(body)),
        }
        for attempt in (0, 1):  # a kept-alive connection the server has closed meanwhile
            connection = self._connect(timeout)
            try:
                connection.request("POST", self._parts.path or "/", body, headers)
                return connection.getresponse()
            except (OSError, http.client.HTTPException) as error:
                self._drop()
                if attempt or isinstance(error, TimeoutError | ConnectionRefusedError):
                    raise _lost(error) from error
        raise AssertionError("unreachable")

    def _connect(self, timeout: float | None) -> http.client.HTTPConnection:
        if self._connection is None:
            kind = (
                http.client.HTTPSConnection
                if self._parts.scheme == "https"
                else http.client.HTTPConnection
            )
            self._connection = kind(self._parts.hostname or "", self._parts.port)
        self._connection.timeout = timeout
        if self._connection.sock is not None:
            self._connection.sock.settimeout(timeout)
        return self._connection

    def _drop(self) -> None:
        """Close the connection: the server stops sending (and, when it notices, working)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _holds_merge(self) -> bool:
        query = f"ASK {{ GRAPH <{MERGE_GRAPH}> {{ ?s ?p ?o }} }}"
        response = self._post([("query", query)], 60.0, RESULTS)
        try:
            _check_status(response)
            return bool(ox.parse_query_results(response.read(), ox.QueryResultsFormat.JSON))
        finally:
            response.close()


def _results_answer(
    result: ox.QuerySolutions | ox.QueryBoolean, job: Job, settings: Settings
) -> Answer:
    """The answer read from a SPARQL JSON ``result``, which only this call holds."""
    if isinstance(result, ox.QueryBoolean):
        return boolean_answer(bool(result), job)
    if job.form == "ASK":  # Virtuoso answers some as a row of __ASK_RETVAL
        row = next(iter(result), None)
        value = None if row is None else row[0]
        return boolean_answer(value is not None and value.value not in ("0", "false"), job)
    variables = [v.value for v in result.variables]
    return solutions_answer(variables, (tuple(s) for s in result), job, settings)


def _check_status(response: http.client.HTTPResponse) -> None:
    """Raise the client's error for a server's refusal (its message, positions moved back
    over the prologue line) or timeout."""
    state = response.getheader("X-SQL-State") or ""
    if response.status == 200 and not state:
        return
    text = response.read(MESSAGE_BYTES).decode("utf-8", "replace")
    text = text.split("\nSPARQL query:", 1)[0].strip()  # Virtuoso repeats the query
    if state in _TIMED_OUT or _TIMEOUT_TEXT.search(text):
        raise QueryTimeout(
            "The query did not finish within this endpoint's limit and was stopped by the "
            "SPARQL engine. Narrow it (LIMIT, more selective patterns) or download a dump.",
            retry_after=1,
        )
    if response.status == 400:
        message = _POSITION.sub(lambda m: f"{m[1]}{max(1, int(m[2]) - 1)}", text)
        if message.startswith("error at "):  # Oxigraph server's, said as the embedded one
            raise QuerySyntaxError(syntax_message(message))
        if re.search(r"syntax|parse|expected", message, re.IGNORECASE):
            raise QuerySyntaxError(f"Syntax error: {message}")
        raise QueryRefused(f"The SPARQL engine refused the query: {message}")
    log.error("SPARQL engine answered %s %s: %s", response.status, state, text[:500])
    raise EngineFailure("The SPARQL engine failed on this query.")


def _lost(error: BaseException) -> QueryTimeout | EngineFailure:
    if isinstance(error, TimeoutError | socket.timeout):
        return QueryTimeout(
            "The query did not finish within this endpoint's limit and was stopped.",
            retry_after=1,
        )
    log.error("SPARQL engine unreachable: %s", error)
    return EngineFailure("The SPARQL engine cannot be reached; try again in a moment.")
