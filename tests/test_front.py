"""The front of ``linkeddata serve`` in pieces: the caps and turns per client address, the
framing of requests, the refusals and the outlet a thread answers on (the live behaviour is
in test_serve_live.py)."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

import pytest

from linkeddata.errors import RequestRefused
from linkeddata.web.clients import Clients, Turns
from linkeddata.web.framing import Framing, plain_answer
from linkeddata.web.handoff import FLUSH_BYTES, Outlet, Piece, Span

CFG = SimpleNamespace(
    limit_request_line=8190, limit_request_fields=100, limit_request_field_size=8190
)
MAX_BODY = 1000


def framing() -> Framing:
    return Framing(CFG, MAX_BODY)


def test_a_client_address_gets_its_share_of_connections_and_no_more() -> None:
    clients = Clients(per_client=2, total=3)
    assert clients.admit("10.0.0.1") is None
    assert clients.admit("10.0.0.1") is None
    assert clients.admit("10.0.0.1") == "more than 2 connections from one address"
    assert clients.admit("10.0.0.2") is None
    assert clients.admit("10.0.0.3") == "the server holds as many connections as it can"
    clients.leave("10.0.0.1")
    assert clients.admit("10.0.0.1") is None
    assert clients.open == {"10.0.0.1": 2, "10.0.0.2": 1}


def test_a_refusal_is_a_complete_answer_that_closes_the_connection() -> None:
    refused = RequestRefused(503, "Service Unavailable", "too many", retry_after=5)
    head, body = plain_answer(refused).split(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 503 Service Unavailable\r\n")
    assert b"\r\nConnection: close" in head
    assert b"\r\nRetry-After: 5" in head
    assert f"Content-Length: {len(body)}".encode() in head
    assert body == b"503 Service Unavailable: too many\n"


def test_a_request_is_whole_only_with_its_body_and_the_rest_is_kept() -> None:
    request = framing()
    request.feed(b"POST /sparql HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nab")
    assert request.headers_done
    assert not request.parser.is_complete
    request.feed(b"cdeGET / HTTP/1.1\r\n")
    assert request.parser.is_complete
    assert request.parser.remaining() == b"GET / HTTP/1.1\r\n"


def test_a_body_over_the_limit_is_refused_before_it_is_read() -> None:
    with pytest.raises(RequestRefused) as refused:
        framing().feed(b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1001\r\n\r\n")
    assert refused.value.status == 413


def test_a_chunked_body_over_the_limit_is_refused_as_it_arrives() -> None:
    request = framing()
    request.feed(b"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n")
    request.feed(b"3E8\r\n" + b"a" * 1000 + b"\r\n")
    with pytest.raises(RequestRefused) as refused:
        request.feed(b"1\r\na\r\n")
    assert refused.value.status == 413


def test_an_expectation_of_continue_is_noticed_when_a_body_follows() -> None:
    request = framing()
    request.feed(b"POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n")
    assert request.expects_continue
    bodiless = framing()
    bodiless.feed(b"GET / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n\r\n")
    assert not bodiless.expects_continue


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\n", 414),
        (b"GET / HTTP/1.1\r\nX: " + b"a" * 9000 + b"\r\n", 431),
        (b"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: br\r\n\r\n", 501),
        (b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400),
        (b"POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", 400),
    ],
    ids=[
        "long-target",
        "long-header",
        "unknown-coding",
        "two-lengths",
        "length-and-chunked",
        "space",
    ],
)
def test_what_the_parser_refuses_is_answered_with_its_status(
    request_bytes: bytes, status: int
) -> None:
    with pytest.raises(RequestRefused) as refused:
        framing().feed(request_bytes)
    assert refused.value.status == status


def test_an_outlet_keeps_pieces_in_order_and_hands_over_files(tmp_path: Path) -> None:
    path = tmp_path / "dump"
    path.write_bytes(b"0123456789")
    loop = asyncio.new_event_loop()
    sent: list[list[Piece]] = []

    async def send(pieces: list[Piece]) -> None:
        sent.append(pieces)

    outlet = Outlet(loop, send)
    outlet.sendall(b"head")
    with path.open("rb") as file:
        assert outlet.sendfile(file, offset=2, count=5) == 5
    outlet.sendall(b"tail")
    pieces = outlet.rest()
    assert pieces[0] == b"head"
    assert pieces[2] == b"tail"
    assert sent == []
    span = pieces[1]
    assert isinstance(span, Span)
    assert (span.offset, span.count) == (2, 5)
    assert span.file.read() == b"0123456789"  # still open: the app closed only its own
    outlet.discard()
    assert span.file.closed
    loop.close()


def test_an_outlet_hands_a_large_answer_over_as_it_grows_and_fails_once_the_loop_is_gone() -> None:
    loop = asyncio.new_event_loop()
    sent: list[list[Piece]] = []

    async def send(pieces: list[Piece]) -> None:
        sent.append(pieces)

    outlet = Outlet(loop, send)
    worker = loop.run_in_executor(None, outlet.sendall, b"x" * FLUSH_BYTES)
    loop.run_until_complete(worker)
    assert sent == [[b"x" * FLUSH_BYTES]]
    assert outlet.rest() == []
    loop.close()
    with pytest.raises(BrokenPipeError):
        outlet.sendall(b"x" * FLUSH_BYTES)


def test_waiting_requests_get_the_threads_one_client_address_at_a_time() -> None:
    order: list[str] = []

    async def scenario() -> None:
        with ThreadPoolExecutor(1) as pool:
            turns = Turns(pool, threads=1)
            greedy = [turns.run("10.0.0.1", order.append, f"greedy {n}") for n in range(5)]
            calls = [asyncio.ensure_future(call) for call in greedy]
            await asyncio.sleep(0)  # the greedy client's requests queue first
            calls.append(asyncio.ensure_future(turns.run("10.0.0.2", order.append, "other")))
            await asyncio.gather(*calls)
            assert turns.free == 1
            assert turns.waiting == {}
            assert turns.running == {}
            assert turns.served == {}

    asyncio.run(scenario())
    assert order.index("other") == 1  # after the one running, not after the other four


def test_a_request_that_gives_up_its_turn_hands_the_thread_on() -> None:
    async def scenario() -> list[str]:
        done: list[str] = []
        with ThreadPoolExecutor(1) as pool:
            turns = Turns(pool, threads=1)
            running = asyncio.ensure_future(turns.run("a", time.sleep, 0.2))
            await asyncio.sleep(0.05)
            waiting = asyncio.ensure_future(turns.run("b", done.append, "b"))
            await asyncio.sleep(0)
            waiting.cancel()
            after = asyncio.ensure_future(turns.run("c", done.append, "c"))
            await asyncio.gather(running, after, return_exceptions=True)
            assert turns.free == 1
        return done

    assert asyncio.run(scenario()) == ["c"]
