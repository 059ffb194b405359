"""``python -m linkeddata`` is the ``linkeddata`` command."""

from .cli import main

main()
