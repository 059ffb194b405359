"""Who sent a request: the address whose budget a SPARQL query spends
(:mod:`linkeddata.sparql.slots`).

The address is the connection's (``REMOTE_ADDR``), unless the server runs behind a reverse
proxy and the setting ``serve.trusted_proxy_header`` names the header in which that proxy
passes the client's address. Only the last address of such a header counts: the one the proxy
itself added (``X-Forwarded-For: forged, 198.51.100.7``), so a client cannot choose its own.
Set it only when clients can reach the server through the proxy alone, or anyone can spend
anyone's budget. IPv6 clients count per /64 network, which one host usually has to itself.

>>> client_address({"REMOTE_ADDR": "192.0.2.1", "HTTP_X_FORWARDED_FOR": "a, 198.51.100.7"},
...                "X-Forwarded-For")
'198.51.100.7'
>>> client_address({"REMOTE_ADDR": "2001:db8:1:2:3:4:5:6", "HTTP_X_FORWARDED_FOR": "a"}, None)
'2001:db8:1:2::/64'
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any

from flask import current_app, request

UNKNOWN = "unknown"


def requester() -> str:
    """The address of the current request's client, as the app is configured."""
    return client_address(request.environ, current_app.config.get("TRUSTED_PROXY_HEADER"))


def client_address(environ: Mapping[str, Any], header: str | None) -> str:
    """The client of a request with the WSGI ``environ``, given the trusted proxy's header
    (None: no proxy); the connection's address when the header is absent or unreadable."""
    if header:
        value = environ.get("HTTP_" + header.upper().replace("-", "_"))
        found = _last_address(value) if isinstance(value, str) else None
        if found is not None:
            return found
    return _address(str(environ.get("REMOTE_ADDR") or "")) or UNKNOWN


def _last_address(value: str) -> str | None:
    """The last address of ``X-Forwarded-For``, ``X-Real-IP`` or ``Forwarded`` (RFC 7239)."""
    last = value.rsplit(",", 1)[-1].strip()
    for part in last.split(";"):
        name, equals, given = part.partition("=")
        if equals and name.strip().lower() == "for":
            last = given.strip().strip('"')
            break
    if last.startswith("["):  # [2001:db8::1]:4711
        last = last[1:].partition("]")[0]
    elif last.count(":") == 1:  # 192.0.2.1:4711
        last = last.partition(":")[0]
    return _address(last)


def _address(text: str) -> str | None:
    """The budget key of an address: itself, or its /64 network for IPv6."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{address}/64", strict=False))
    return str(address)
