"""The SPARQL 1.1 endpoint: read-only, no outbound connections, hard deadlines, announced limits.

=============== ===========================================================================
``errors``      what can go wrong with a query, each error an HTTP status
``guard``       reads a query before anything runs it: refuses updates, SERVICE, LOAD
``results``     SELECT and ASK results as SPARQL JSON, XML, CSV and TSV
``engine``      runs one query on a store (Oxigraph or rdflib), with the row cap
``executor``    runs queries in child processes that are killed at the deadline
``service``     the limits, the concurrency slots and the executors, for the server and CLI
``description`` the SPARQL 1.1 Service Description of the endpoint
``canned``      the example queries shipped in ``linkeddata/queries/*.rq``
=============== ===========================================================================
"""
