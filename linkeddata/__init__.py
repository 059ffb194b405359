"""Publish a collection of archival documents as validated, dereferenceable Linked Data.

The pipeline is a chain of pure steps, each in its own module::

    text --parser--> Record --mapping--> rdflib graph --validation--> release (build)
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
