"""The nginx configuration of a static export: the server's negotiation and headers, in maps.

nginx answers from the files of the export only when the answer is certainly the server's:

- the Accept header is one of a list of common ones (browsers', curl's, each media type
  alone...), mapped to an extension by :func:`~linkeddata.web.negotiation.negotiate` itself
  when the configuration is written; any other Accept goes to the server, which reads q-values
  and ranges properly (and answers 406);
- the method is GET or HEAD, there is no query string, no JSON-LD ``profile``, and the Host
  is one the server answers;
- the file exists: a resource without that representation (a citation of a place), an
  unknown resource or extension, goes to the server, which answers it or says why not.

The 303 from ``/id/`` is answered by nginx for paths made of
:data:`~linkeddata.web.nginx_syntax.SAFE_PATH` characters (the server's quoting would leave them
as they are). Everything else is proxied. What nginx cannot compute, it looks up in the tables
of :mod:`linkeddata.web.nginx_maps`.

A base with a path (``https://example.org/archive/``) is served under that path, its mount
point (:func:`~linkeddata.web.nginx_syntax.mount_point`): the files lie under
``files/archive/``, every location, 303 and link starts with ``/archive``, requests go to the
server with their whole path (the server runs with ``SCRIPT_NAME=/archive``,
docs/deployment.md), and nginx answers 404 outside it.
"""

from __future__ import annotations

import re
from pathlib import Path

from .http_cache import DESCRIPTION_CACHE, EXPOSED_HEADERS, http_date
from .link_headers import ANNOUNCED
from .negotiation import VARY
from .nginx_maps import EVERY, Maps, write_maps
from .nginx_syntax import SAFE_PATH, ConfigurationError, double_quoted, mount_point, quoted
from .published import Published
from .security_headers import SECURITY_HEADERS

FILES = "files"
"""The folder of an export that holds the exported files: nginx's root."""


def write_configuration(
    target: Path,
    maps: Maps,
    published: Published,
    *,
    upstream: str,
    listen: str,
    allowed_hosts: tuple[str, ...] | None = None,
) -> Path:
    """Write ``nginx.conf`` and its maps into ``target``; the configuration's path.

    nginx runs it with ``nginx -p TARGET -c nginx.conf -e logs/error.log``.
    """
    (target / "logs").mkdir(exist_ok=True)
    (target / "tmp").mkdir(exist_ok=True)
    write_maps(target, maps, published, allowed_hosts)
    conf = target / "nginx.conf"
    text = configuration(published, upstream=upstream, listen=listen, folder=target.resolve())
    conf.write_text(text, encoding="utf-8")
    return conf


def _types() -> str:
    """nginx's types: by the last extension only (``csl.json`` is ``json``), which must be
    unique among the exported formats."""
    last = {rep.extension.rsplit(".", 1)[-1]: rep for rep in EVERY}
    if len(last) < len(EVERY):
        raise ConfigurationError("two exported formats end with the same extension")
    return "".join(f"        {quoted(rep.content_type)} {ext};\n" for ext, rep in last.items())


def _alternates() -> tuple[str, str]:
    """``$ld_ext`` -> extension and media type of the one announced alternate."""
    first, second = (next(r for r in EVERY if r.name == name) for name in ANNOUNCED)
    ext = f"        {first.extension} {second.extension};\n        default {first.extension};\n"
    types = (
        f"        {first.extension} {quoted(second.media_type)};\n"
        f"        default {quoted(first.media_type)};\n"
    )
    return ext, types


def _headers(published: Published, *, negotiated: bool) -> str:
    """``add_header`` lines every exported answer (or 303) carries, as the server sends them."""
    common = {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Expose-Headers": EXPOSED_HEADERS,
        "Cache-Control": DESCRIPTION_CACHE,
        **SECURITY_HEADERS,
    }
    if negotiated:
        common |= {
            "ETag": "$ld_etag",
            "Last-Modified": http_date(published.built),  # the files' time, on a 304 too
            "Vary": VARY,
            "Content-Location": "$ld_file",
            "Link": '<$ld_base.$ld_alternate_ext>; rel="alternate"; '
            'type="$ld_alternate_type"$ld_signposts',
        }
    else:
        common["Link"] = f'<{mount_point(published.base)}/doc/$ld_rest>; rel="describedby"'
    lines = []
    for name, value in common.items():
        lines.append(f'            add_header {name} "{double_quoted(value)}" always;\n')
    return "".join(lines)


def _outside(mount: str, proxy: str) -> str:
    """The locations of what is not exported: the server's, under the mount point; nginx's
    404 outside it (the server, whose mount point it is, would answer with a 500)."""
    if not mount:
        return f"        location / {{\n{proxy}        }}\n"
    return (
        f"        location / {{ return 404; }}\n"
        f"        location = {mount} {{\n{proxy}        }}\n"
        f"        location {mount}/ {{\n{proxy}        }}\n"  # after the regular expressions
    )


def configuration(published: Published, *, upstream: str, listen: str, folder: Path) -> str:
    """The text of ``nginx.conf`` for the export of ``published`` in ``folder``.

    A matching If-None-Match is answered by nginx's own 304 (no body, no Content-Length,
    no Content-Type): nginx compares If-None-Match only with the ETags it makes itself, so
    the request is passed, as an If-Modified-Since of the build time, to a second server on
    a socket of the folder, serving the same files.
    """
    socket = folder / "not-modified.sock"
    mount = mount_point(published.base)
    pattern = re.escape(mount)  # "." of a path is not a wildcard
    extensions = "|".join(re.escape(r.extension) for r in EVERY)
    alternate_ext, alternate_type = _alternates()
    proxy = (
        "            proxy_pass http://linkeddata;\n"
        "            proxy_http_version 1.1;\n"
        '            proxy_set_header Connection "";\n'
        "            proxy_set_header Host $http_host;\n"
        "            proxy_set_header X-Forwarded-For $remote_addr;\n"
    )
    return f"""# Written by linkeddata export-static for release {published.release_id}.
# Run: nginx -p THIS_FOLDER -c nginx.conf -e logs/error.log
worker_processes auto;
pid nginx.pid;
error_log logs/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path tmp/body;
    proxy_temp_path tmp/proxy;
    fastcgi_temp_path tmp/fastcgi;
    uwsgi_temp_path tmp/uwsgi;
    scgi_temp_path tmp/scgi;
    map_hash_max_size 4194304;
    map_hash_bucket_size 256;
    types {{
{_types()}    }}
    default_type application/octet-stream;

    map $http_accept $ld_accept {{ default ""; include accept.map; }}
    map $http_accept $ld_profile {{ default ""; "~*profile" p; }}
    map $request_method $ld_method {{ default m; GET ""; HEAD ""; }}
    map $args $ld_args {{ default a; "" ""; }}
    map $host $ld_host {{ default h; include hosts.map; }}
    map "$ld_method$ld_args$ld_host$ld_profile" $ld_dynamic {{ default 1; "" 0; }}
    map $uri $ld_asked {{ default ""; "~^.+\\.(?<e>{extensions})$" $e; }}
    map $ld_asked $ld_file {{ default $uri; "" $uri.$ld_accept; }}
    map $ld_file $ld_etag {{ default ""; include etags.map; }}
    map $ld_file $ld_base {{ default ""; "~^(?<b>.+)\\.(?:{extensions})$" $b; }}
    map $ld_file $ld_ext {{ default ""; "~^.+\\.(?<e>{extensions})$" $e; }}
    # If-None-Match, compared weakly with the file's ETag (nginx compares only its own).
    map "$ld_etag|$http_if_none_match" $ld_not_modified {{
        default "";
        '~^("[^"]+")\\|(?:.*,)?\\s*(?:W/)?\\1\\s*(?:,.*)?$' 1;
        '~^"[^"]+"\\|\\s*\\*\\s*$' 1;
    }}
    map $ld_base $ld_signposts {{ default ""; include links.map; }}
    map $ld_ext $ld_alternate_ext {{
{alternate_ext}    }}
    map $ld_ext $ld_alternate_type {{
{alternate_type}    }}

    upstream linkeddata {{
        server {upstream};
        keepalive 32;
    }}

    server {{
        listen {listen} reuseport;
        root {FILES};
        absolute_redirect off;
        etag off;
        if_modified_since before;
        error_page 418 = @linkeddata;
        error_page 419 = @not_modified;

{_outside(mount, proxy)}        location @linkeddata {{
{proxy}        }}
        location @not_modified {{
            proxy_pass http://unix:{socket}:$ld_file;
            proxy_set_header If-None-Match "";
            proxy_set_header If-Modified-Since "{http_date(published.built)}";
            proxy_set_header Range "";
{_headers(published, negotiated=True)}        }}
        location ~ "^{pattern}/id/(?<ld_rest>{SAFE_PATH.pattern})$" {{
            if ($ld_dynamic) {{ return 418; }}
{_headers(published, negotiated=False)}            return 303 {mount}/doc/$ld_rest;
        }}
        location ~ "^{pattern}/(?:doc/|ontology|shapes|\\.well-known/void)" {{
            if ($ld_dynamic) {{ return 418; }}
{_headers(published, negotiated=True)}            if ($ld_not_modified) {{ return 419; }}
            try_files $ld_file @linkeddata;
        }}
    }}
    server {{
        listen unix:{socket};
        root {FILES};
        etag off;
        if_modified_since before;
        location / {{ }}
    }}
}}
"""
