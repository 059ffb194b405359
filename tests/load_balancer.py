"""A real nginx (Debian's) as the load balancer in front of ``serve`` instances, for the tests.

:func:`load_balancer` writes the configuration of docs/deployment.md (the upstream, the
forwarded host, scheme and address, the body and header limits, the timeouts, retrying an
idempotent request on the other instance when one fails) for 127.0.0.1 on a free port and
runs ``nginx -g 'daemon off;'`` with every path in a temporary folder; it is stopped with
SIGQUIT (graceful) and then killed if it lingers. ``make test`` installs nginx when missing.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from live import free_port, stop

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

CONFIG = """\
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 512; }}
http {{
    access_log {folder}/access.log;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;

    upstream linkeddata {{
{servers}
        keepalive 16;
    }}

    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 1m;
        large_client_header_buffers 4 16k;
        location / {{
            proxy_pass http://linkeddata;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Host $host;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_connect_timeout 2s;
            proxy_send_timeout 30s;
            proxy_read_timeout 60s;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
        }}
    }}
}}
"""


@dataclass
class Balancer:
    """A running nginx: ``url`` (no trailing slash), its folder (logs) and process."""

    url: str
    folder: Path
    process: subprocess.Popen[bytes]


@contextlib.contextmanager
def load_balancer(folder: Path, upstreams: Sequence[str]) -> Iterator[Balancer]:
    """nginx on 127.0.0.1 balancing over ``upstreams`` (``127.0.0.1:PORT`` each)."""
    if not Path(NGINX).exists():
        pytest.fail("nginx is missing: `make test` installs nginx-light")
    port = free_port()
    servers = "\n".join(f"        server {u} max_fails=1 fail_timeout=2s;" for u in upstreams)
    conf = folder / "nginx.conf"
    conf.write_text(CONFIG.format(folder=folder, servers=servers, port=port), encoding="utf-8")
    log = (folder / "nginx-out.log").open("wb")
    process = subprocess.Popen(
        [NGINX, "-p", str(folder), "-c", str(conf), "-g", "daemon off;"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    balancer = Balancer(f"http://127.0.0.1:{port}", folder, process)
    try:
        _wait(balancer)
        yield balancer
    finally:
        stop(process, signal.SIGQUIT, 10)
        log.close()


def _wait(balancer: Balancer) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if balancer.process.poll() is not None:
            errors = (balancer.folder / "error.log").read_text(errors="replace")
            pytest.fail(f"nginx exited with {balancer.process.returncode}: {errors[-2000:]}")
        try:
            with urllib.request.urlopen(f"{balancer.url}/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail("nginx did not answer within 30 s")
