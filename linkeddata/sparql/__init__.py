"""The SPARQL 1.1 endpoint: read-only, no outbound connections, hard deadlines, announced limits.

=============== ===========================================================================
``errors``      what can go wrong with a query, each error an HTTP status
``guard``       reads a query before anything runs it: refuses updates, SERVICE, LOAD
``lexer``       SPARQL tokens as each engine cuts them
``readings``    every reading an engine may make of a query: SERVICE, and its size
``bounds``      how deep and long a query may be, so that no engine overflows its stack
``results``     SELECT and ASK results as SPARQL JSON, XML, CSV and TSV
``engine``      runs one query on a store (Oxigraph or rdflib), with the row cap
``remote``      the same on a SPARQL 1.1 server (Virtuoso, Oxigraph server) over HTTP
``loading``     puts a release into such a server (Graph Store Protocol, Virtuoso's loader)
``executor``    runs queries in child processes that are killed at the deadline
``slots``       the concurrency slots, shared fairly between clients and worker processes
``service``     the limits, the slots and the executors, for the server and CLI
``description`` the SPARQL 1.1 Service Description of the endpoint
``canned``      the example queries shipped in ``linkeddata/queries/*.rq``
=============== ===========================================================================
"""
