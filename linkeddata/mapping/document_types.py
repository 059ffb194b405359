"""The document type the mapping writes: the parser's, but for two readings the parser cannot
make alone. A protocol called by one name, which the parser cannot tell a city from a surname
or a common noun by ("the Testburg Protocol", "Testov Protocol", "Autopsy Protocol"): named
for a city, the protocol is an agreement signed there; else it stays the minutes the parser
read. And a title naming no type whose one author the file knows as a news medium ("Testburg
News Agency, 'Citizens Help Police Restore Order'"): the agency's or paper's item, an article."""

from __future__ import annotations

from ..parser.protocols import AGREEMENT
from ..record import Title
from .citation_links import news_medium
from .linker import Linker

_ARTICLE = "article"


def document_type(title: Title, linker: Linker) -> str | None:
    """The key of the title's document type, an agreement when the one name the protocol is
    called by is a place the authority file knows (and knows as nothing else), an article
    when no type is named and the one author is a news medium of the file."""
    if title.doc_type is None:
        return _ARTICLE if _a_news_item(title, linker) else None
    named = title.agreement_if_place
    known = linker.authority.lookup(named.value) if named is not None else []
    if known and all(entity.kind == "place" for entity in known):
        return AGREEMENT
    return title.doc_type.value


def _a_news_item(title: Title, linker: Linker) -> bool:
    """Whether the title's one author is a newspaper, an agency or a broadcaster of the file."""
    if len(title.authors) != 1:
        return False
    known = linker.authority.lookup(title.authors[0].value)
    return bool(known) and all(news_medium(linker, entity) for entity in known)
