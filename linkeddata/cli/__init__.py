"""The ``linkeddata`` command: a thin layer over :mod:`linkeddata.build.builder`.

Exit codes: 0 everything conforms, 1 something does not conform (a file was unreadable or had
SHACL Violations; a query was refused or failed), 2 the command could not do its work (usage
or I/O error, an empty collection, or an unexpected error). Every error is one line on
standard error, printed in one place (:class:`~.group.Main`): an unexpected one too, with the
hint to rerun with ``--debug`` for its traceback.

The group and its error handling are :mod:`.group`; the commands, by what they work on,
:mod:`.build_commands`, :mod:`.serve_commands` and :mod:`.sparql_commands`; the options they
share :mod:`.options`.
"""

from __future__ import annotations

from .build_commands import authorities, build, validate
from .group import main
from .serve_commands import export_static, serve
from .sparql_commands import load, query

__all__ = ["main"]

for command in (build, validate, serve, export_static, load, query, authorities):
    main.add_command(command)
