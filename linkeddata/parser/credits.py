"""Credit sentences: who obtained, translated or contributed a document, and for whom.

A credit is a chain of clauses "VERB[ and VERB][ from LANGUAGE][ for PROJECT] by AGENT[ for
PROJECT]" (a project after the agent: an acronym, or a name after "the"),
joined by "and": ``Obtained for NKIDP by X and translated by Y.`` gives two clauses, and
``Obtained and translated for NKIDP by X.`` one clause with two roles.
"""

from __future__ import annotations

import re

from ..record import Credit, CreditRole, Located
from .credited_agents import credited_agents, credited_kind, is_language
from .funders import SUPPORT
from .languages import language_codes
from .office_words import office_only
from .publications import publication_at
from .text import CITY_NAME, Joined, strip_article
from .vocabulary import CREDIT_VERBS, TITLE_ABBREVIATIONS

_VERB = (
    r"(?i:obtained|translated|translation|contributed|donated|provided|supplied|furnished"
    r"|compiled|edited|annotated|released)"
)
_OTHER_VERB = (
    r"(?i:transcribed|transliterated|digitized|digitised|scanned|conducted|recorded|interviewed"
    r"|funded|prepared|introduced)"
)
"""Acts a credit may name that the data model has no role for: read past, never a credit
(nor a repository: "Transcript prepared by the National Security Archive"); after a verb
that has a role they take nothing from it: "Translated and introduced by X" translated."""
_LEAD = (
    r"(?:(?i:document|documents|record|original|english|full|the\s+english|copy|a\s+copy|additional"
    r"|interview|transcript|text)\s+(?:(?i:of)\s+(?:(?i:the)\s+)?(?:[a-z][\w-]*\s+){1,3})?)?"
    r"(?:[A-Z][a-z]+\s+(?:(?i:text|original|transcript|copy)\s+|(?=(?i:translation)\b)))?"
)
"""Words before the verb: "Document obtained by", "English translation by", "Original Chinese
text provided by", "additional translation by", "Russian translation by", and what the copy
is of: "Transcript of the telephone conversation provided by"."""
_OTHER_TRANSLATION = re.compile(
    r"^(?!(?i:english|full|additional|partial|draft|original|documents?|record|copy|interview"
    r"|transcript|text)\b)[A-Z][a-z]+\s+$"
)
"""The word before "translation" that names a translation other than the English one, whose
translator none of the English translation's is: "Russian translation by X", "The
translation by X was revised by Y"; "Additional translation by X" adds an English one."""
_FROM_SOURCE = re.compile(
    r"(?<!(?i:assistance))(?<!(?i:help))(?<!(?i:\sand))\s(?i:from)\s+(?:(?i:the)\s+)?[A-Z]"
)
"""Where a credited agent got the document, which is no part of its name: "Contributed by X
from the Mongolian Foreign Ministry Archive"."""
# Where the credits begin: a credit verb opening the text, a sentence (also one ending inside
# quotes, '"77 Conversations." Translated by') or a comma's segment, with "by" after it.
CREDIT_START = re.compile(
    r"(?:(?:^|[.;,][\"”’]?)\s*|(?:(?<=[\d)\]])|(?<=[A-Z]{2}))\s(?=[A-Z]))"
    rf"(?P<credit>{_LEAD}(?P<verb>\b(?:{_VERB}|{_OTHER_VERB})\b))"
)
"""A capitalised credit verb starts a credit without a full stop before it too, after a
shelfmark's number, a bracket or an acronym: "PRC FMA 106-00581-01 Translated by X" (a title
without quotes, "Chronology Compiled by ...", goes on)."""
COPY_NOUN = r"(?:copy|transcript|translation|text|document|original)"
"""What a courtesy or a provider gave: "Transcript courtesy of X", "copy provided by X"."""
_COURTESY = re.compile(
    r"(?:[^\W\d_][\w-]*\s+){0,3}?(?i:courtesy\s+of)\s+"
    rf"(?P<agents>(?:\b(?:{TITLE_ABBREVIATIONS})\.\s*|[^.;,])+?)\s*(?=[.;,]|$)"
)
"""Who gave a copy: "Courtesy of the National Security Archive", "Czech transcript courtesy of
X" (``ado:contributedBy``)."""
_COURTESY_START = re.compile(
    rf"(?:^|[.;,][\"”’]?)\s*(?P<credit>(?i:(?:a\s+)?(?:{COPY_NOUN}\s+)?courtesy\s+of)\s)"
)
"""Where a courtesy credit starts: "Courtesy of X", "Transcript courtesy of X"."""
_PROVIDED_COPY = re.compile(
    rf"(?:(?i:an?|the)\s+)?(?i:{COPY_NOUN})\s+(?i:provided|supplied|furnished|given|made\s+available)"
)
"""The copy a translation was made from, after "from", with who provided it after "by"
("translation from copy provided by NHK"): the provider contributed, it did not translate."""
_FROM_PROVIDED_COPY = re.compile(
    rf"\s(?i:from)\s+{_PROVIDED_COPY.pattern}\s+(?i:by)\s+(?P<provider>\S.*?)\s*$"
)
"""The copy a translator worked from and who provided it, after the translator: "Translated by
X from a copy provided by NHK" (NHK contributed)."""
_TRANSLATED_FROM = (
    r"(?P<credit>(?:(?i:english|full|the\s+english)\s+)?(?i:translation|translated)\s+(?i:from)"
    r"\s+(?:(?i:the)\s+)?(?P<agents>[A-Z][^.;,]{0,80}?))\s*(?=[.;,]|$)"
)
_TRANSLATION_FROM = re.compile(_TRANSLATED_FROM)
"""Who a translation was taken from, without "by": "Translation from FBIS" names the
translator (a language there, "Translation from Russian", names none)."""
_TRANSLATION_FROM_START = re.compile(rf"(?:^|[.;,][\"”’]?)\s*{_TRANSLATED_FROM}")
_BY_WINDOW = 160
_BY = re.compile(r"\s(?i:by)\s")
_NOT_AFTER_TITLES = "".join(rf"(?<!\b{title})" for title in TITLE_ABBREVIATIONS.split("|"))
_EDITING_BY = r"(?i:with\s+(?:editing|edits|editorial\s+(?:assistance|help))\s+(?:by|from|of))"
_EDITING = re.compile(rf"{_EDITING_BY}\s+(?P<agents>\S.*?)[\s.]*$")
"""Who edited a translation, named after its translators: "Translated by X with editing by
Y", "..., with editorial assistance from Y" (Y is an editor, no translator)."""
_SENTENCE_END = re.compile(
    rf"(?<=[^\W\d_]{{2}}){_NOT_AFTER_TITLES}\.\s+|(?<=(?<![\w/.-])\d{{4}})\.\s+(?=[A-Z])|;\s*"
    r"|(?<=[)\]\"”’])\.\s+(?=[A-Z])"
    rf"|,?\s+(?={_EDITING_BY}\s)"
    r"|,\s*(?=(?i:(?:a\s+)?(?:copy\s+)?courtesy\s+of)\s)"
    rf"|,?(?<!\s)\s+(?={SUPPORT}\s)"
)
"""A sentence ends at a period after a word ("Dr." and the like excepted), a year ("Released
by X in June 2013. Translated by Y"), or a closing bracket or quote before a capital ("Obtained
by the Parallel History Project (PHP). Translated by Y"), or at a semicolon; ",
courtesy of X" inside a credit is an act of its own: "Translated by X, courtesy of Y", and so
is "with editing by Y"; and
the support it had ends the credited agents: "Translated by X with the support of Y" (Y is
a funder, :mod:`.funders`)."""
_APART = (
    r",?\s+(?i:with)\s+(?:(?i:an?|the)\s+)?(?i:introduction|foreword|preface|commentary|notes"
    r"|annotations|afterword)\b"
)
"""What else a credit names after the agents, no credit of theirs: "Translated by X, with an
introduction by Y"."""
_CLAUSE = re.compile(
    rf"{_LEAD}(?P<verbs>{_VERB}(?:\s*(?:,|and|&)\s*(?:{_VERB}|{_OTHER_VERB}))*)"
    r"(?:\s+(?i:provided|supplied|furnished|prepared|done|made))?"  # "translation provided by"
    r"(?:\s+(?i:in)\s+(?:(?i:full|part)|\d{4}))?"  # "translated in full by", "in 2009 by"
    r"(?:\s+(?i:into)\s+[A-Z][a-z]+)?"
    r"(?:\s+(?i:from)\s+(?:(?i:the)\s+)?(?:(?P<language>[^\W\d_][\w-]*)|(?P<source>[^;]{1,120}?)))?"
    r"(?:\s+(?i:for|to)\s+(?P<project>[^,;]+?))?"
    r"\s+(?i:by)\s+(?P<agents>.+?)"
    r"(?:\s+(?i:for)\s+(?P<project_after>[A-Z][A-Z&-]+|(?i:the)\s+[A-Z][\w'’&-]*"
    r"(?:\s+(?:of|for|and|on|the|[A-Z][\w'’&-]*))*)(?:\s*(?P<project_bracket>\((?P<project_abbr>[A-Z][A-Za-z&-]{1,11})\)))?"
    rf"(?:,\s+(?P<project_seat>{CITY_NAME}(?:,\s+[A-Z][A-Za-z.]{{0,4}}[A-Z]\.?)?))?)?"
    rf"(?=\s*,?\s+(?i:and)\s+{_LEAD}(?:{_VERB}|{_OTHER_VERB})\b|\s*,\s*{_LEAD}{_VERB}\b|{_APART}"
    r"|[\s.]*$)"
)
_CLAUSE_JOINER = re.compile(r"\s*,?\s+(?i:and)\s+|\s*,\s*")
_NEXT_CLAUSE = re.compile(rf"(?:\s*,?\s+(?i:and)\s+|\s*,\s*)(?={_LEAD}{_VERB}\b)")
"""Where a clause this parser reads may start after one it cannot ("Transcribed by X and
translated by Y")."""
_PROJECT_AFTER = re.compile(r"\s*\((?P<project>[A-Z][A-Za-z&-]{1,11})\)$")
"""A programme's acronym in brackets after the agent: "Translated by X (NKIDP)"; after an
institution, its own: "the Foreign Broadcast Information Service (FBIS)"."""
_VERB_SEPARATOR = re.compile(r"\s*(?:,|and|&)\s*", re.IGNORECASE)
_SENTENCE_LENGTH = 400


def credit_start(text: str, start: int, end: int) -> int | None:
    """The offset where the credit sentences begin (a verb with "by" close after, or
    "courtesy of"), if any."""
    found = None
    for match in CREDIT_START.finditer(text, start, end):
        verb = match.start("verb")
        if _BY.search(text, verb, min(end, verb + _BY_WINDOW)):
            found = match.start("credit")
            break
    courtesy = _COURTESY_START.search(text, start, end)
    if courtesy is not None and (found is None or courtesy.start("credit") < found):
        found = courtesy.start("credit")
    for taken in _TRANSLATION_FROM_START.finditer(text, start, end if found is None else found):
        if _translated_from_agent(taken):
            return taken.start("credit")
    return found


def _translated_from_agent(taken: re.Match[str]) -> bool:
    """Whether "Translation from X" names who translated (no language, no "by" after it, no
    publication: "translation from Problems of Communism, Spring 1992, pp. 60-62")."""
    agents = taken["agents"]
    text = taken.string
    return (
        _BY.search(" " + agents + " ") is None
        and language_codes(agents) is None
        and not publication_at(text, taken.start("credit"), len(text))
    )


def parse_credits(joined: Joined, start: int, end: int) -> tuple[Credit, ...]:
    """Every credit in the credit sentences between two offsets of the citation."""
    credits: list[Credit] = []
    pos = start
    for stop in [*_SENTENCE_END.finditer(joined.text, start, end), None]:
        sentence_end = stop.start() if stop else end
        too_long = sentence_end - pos > _SENTENCE_LENGTH  # no credit is that long; bounds time
        clause = None if too_long else _CLAUSE.match(joined.text, pos, sentence_end)
        if not too_long and (courtesy := _COURTESY.match(joined.text, pos, sentence_end)):
            agents = credited_agents(
                joined, courtesy.start("agents"), courtesy.end("agents")
            ).agents
            credits.extend(Credit("contributed", agent, None, None) for agent in agents)
        if not too_long and (editing := _EDITING.match(joined.text, pos, sentence_end)):
            agents = credited_agents(joined, editing.start("agents"), editing.end("agents")).agents
            credits.extend(Credit("edited", agent, None, None) for agent in agents)
        if clause is None and not too_long:
            clause = _later_clause(joined.text, pos, sentence_end)
        taken = (
            None if clause or too_long else _TRANSLATION_FROM.match(joined.text, pos, sentence_end)
        )
        if taken is not None and _translated_from_agent(taken):
            agents = credited_agents(joined, taken.start("agents"), taken.end("agents")).agents
            credits.extend(Credit("translated", agent, None, None) for agent in agents)
        while clause is not None:
            credits.extend(_clause_credits(joined, clause))
            joiner = _CLAUSE_JOINER.match(joined.text, clause.end(), sentence_end)
            clause = joiner and _CLAUSE.match(joined.text, joiner.end(), sentence_end)
        pos = stop.end() if stop else end
    return tuple(credits)


def _later_clause(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first clause this parser reads after ones it cannot ("Transcribed by X and
    translated by Y", "copy courtesy of X, provided to Y, translation by Z")."""
    for joiner in _NEXT_CLAUSE.finditer(text, start, end):
        if (clause := _CLAUSE.match(text, joiner.end(), end)) is not None:
            return clause
    return None


def _clause_credits(joined: Joined, clause: re.Match[str]) -> list[Credit]:
    """The credits one clause gives: each role for each agent."""
    roles: list[CreditRole] = []
    if clause["source"] and _PROVIDED_COPY.fullmatch(clause["source"]):
        roles.append("contributed")  # "translation from copy provided by NHK": NHK gave a copy
    for verb in [] if roles else _VERB_SEPARATOR.split(clause["verbs"]):
        role = CREDIT_VERBS.get(verb.casefold())
        if role is not None and role not in roles:
            roles.append(role)
    lead = joined.text[clause.start() : clause.start("verbs")]
    if clause["verbs"].casefold().startswith("translation") and _OTHER_TRANSLATION.match(lead):
        roles = [role for role in roles if role != "translated"]  # "Chinese translation by X"
    agents_end = clause.end("agents")
    office = clause["project_after"] is not None and office_only(strip_article(clause["agents"]))
    if office:  # "the Federal Commissioner for the Stasi Records (BStU)": an office's name
        agents_end = clause.end("project_abbr") + 1 if clause["project_abbr"] else clause.end()
    last = next((g for g in ("project_seat", "project_bracket") if clause[g]), "project_after")
    project = _part(joined, clause, "project") or (
        None if office else _part(joined, clause, "project_after", last)
    )
    language = _part(joined, clause, "language")
    if joined.text.startswith(".", agents_end) and clause["agents"].endswith(("Jr", "Sr")):
        agents_end += 1  # "Serguei Gregorian Jr."
    providers: list[Located[str]] = []
    if copy := _FROM_PROVIDED_COPY.search(joined.text, clause.start("agents"), agents_end):
        agents_end = copy.start()
        providers = credited_agents(joined, copy.start("provider"), copy.end("provider")).agents
    if (source := _FROM_SOURCE.search(joined.text, clause.start("agents"), agents_end)) is not None:
        agents_end = source.start()
    bracketed = _PROJECT_AFTER.search(joined.text, clause.start("agents"), agents_end)
    before = joined.text[clause.start("agents") : bracketed.start()] if bracketed else ""
    if bracketed is not None and is_language(bracketed["project"]):
        bracketed = None  # "Translated by X (Russian)": the language of X's part, read with X
    if bracketed is not None and credited_kind(strip_article(before.strip())) != "org":
        agents_end = bracketed.start()
        found = joined.located(bracketed.start("project"), bracketed.end("project"))
        project = project or found
    named = credited_agents(joined, clause.start("agents"), agents_end)
    project = project or named.affiliation
    if project is not None and (owner := _OWNER.match(project.value)) is not None:
        project = Located(project.value[owner.end() :], project.line)
    if project is not None and (periodical := _PERIODICAL.search(project.value)) is not None:
        project = Located(project.value[: periodical.start()], project.line)
    credits = [
        Credit(role, agent, project, named.languages.get(agent.value, language))
        for role in roles
        for agent in named.agents
    ]
    helpers = named.helpers + providers
    return credits + [Credit("contributed", helper, None, None) for helper in helpers]


def _part(
    joined: Joined, clause: re.Match[str], group: str, last: str | None = None
) -> Located[str] | None:
    """One named part of a clause, without a leading article, up to the end of the ``last``
    group: a project with its acronym in brackets and the city it sits in ("for the Cold War
    History Research Center, Budapest", "for the Parallel History Project (PHP)": the mapping
    keys the project by its name, without its city, and keeps the acronym as a label)."""
    if clause[group] is None:
        return None
    located = joined.located(clause.start(group), clause.end(last or group))
    if located is None:
        return None
    return Located(strip_article(located.value), located.line)


_OWNER = re.compile(r"^[^'’]{2,60}['’]s\s+(?=[A-Z])")
"""Whose a project is, no part of its name: "the Wilson Center's North Korea International
Documentation Project"."""
_PERIODICAL = re.compile(r"(?<=\S)\s+(?i:bulletin)$")
"""A project's periodical, which the work was for as the project's: "for the CWIHP Bulletin" is
for CWIHP (no organisation "CWIHP Bulletin")."""
