"""Requests framed as their bytes arrive, and the answers the front gives on its own.

:class:`Framing` feeds gunicorn's incremental HTTP/1.1 parser, which refuses the ambiguous
requests (two lengths, a length and chunks, unknown transfer codings) that request smuggling
relies on, and checks the body against its limit as soon as its length is known. What the
front refuses (a :class:`~linkeddata.errors.RequestRefused`: a bad request, a timeout, a
body too large, too many connections) is answered in plain text and the connection closed.
"""

from __future__ import annotations

from typing import Any

from gunicorn.asgi.parser import (
    LimitRequestHeaders,
    LimitRequestLine,
    ParseError,
    PythonProtocol,
    UnsupportedTransferCoding,
)

from ..errors import RequestRefused


def plain_answer(refused: RequestRefused) -> bytes:
    """The whole answer to a refused request, in plain text."""
    body = f"{refused.status} {refused.reason}: {refused}\n".encode()
    retry = f"Retry-After: {refused.retry_after}\r\n" if refused.retry_after else ""
    return (
        f"HTTP/1.1 {refused.status} {refused.reason}\r\nConnection: close\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\nContent-Length: {len(body)}\r\n"
        f"X-Content-Type-Options: nosniff\r\n{retry}\r\n"
    ).encode() + body


def timed_out() -> RequestRefused:
    return RequestRefused(408, "Request Timeout", "the request did not arrive in time")


_PARSE_STATUS = {
    LimitRequestLine: (414, "URI Too Long"),
    LimitRequestHeaders: (431, "Request Header Fields Too Large"),
    UnsupportedTransferCoding: (501, "Not Implemented"),
}


class Framing:
    """One request, framed by gunicorn's parser as its bytes arrive."""

    CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"

    def __init__(self, cfg: Any, max_body: int) -> None:
        self.max_body = max_body
        self.headers_done = self.expects_continue = False
        self.body = 0
        self.parser = PythonProtocol(
            on_headers_complete=self._headers,
            on_body=self._body,
            limit_request_line=cfg.limit_request_line,
            limit_request_fields=cfg.limit_request_fields,
            limit_request_field_size=cfg.limit_request_field_size,
        )

    def feed(self, data: bytes) -> None:
        try:
            self.parser.feed(data)
        except ParseError as error:
            status, reason = _PARSE_STATUS.get(type(error), (400, "Bad Request"))
            raise RequestRefused(status, reason, str(error) or type(error).__name__) from None

    def _headers(self) -> bool:
        self.headers_done = True
        parser = self.parser
        self._check(parser.content_length or 0)
        self.expects_continue = (
            parser.http_version >= (1, 1)
            and bool(parser.content_length or parser.is_chunked)
            and (b"expect", b"100-continue") in [(n, v.lower()) for n, v in parser.headers]
        )
        return False

    def _body(self, chunk: bytes) -> None:
        self.body += len(chunk)
        self._check(self.body)

    def _check(self, size: int) -> None:
        if size > self.max_body:
            raise RequestRefused(
                413, "Content Too Large", f"bodies are limited to {self.max_body} bytes"
            )
