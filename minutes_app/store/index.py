"""What the store indexes of a meeting: folded full-text columns, the FTS query, its people."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from minutes_app.domain.model import Meeting, Person
from minutes_app.domain.text import fold
from minutes_app.domain.validation import text_fields

# The FTS5 unicode61 tokenizer keeps letters and digits and splits on everything else.
_TOKEN = re.compile(r"[^\W_]+")

_TITLE_PATHS = {"title", "kind"}
_ISSUER_PATHS = {"issuer.parent", "issuer.name", "issuer.abbreviation", "number", "symbol"}
_PEOPLE_SUFFIXES = (".name", ".position", ".organization", ".group", ".owner")


@dataclass(frozen=True)
class FoldedText:
    """The four full-text columns of one meeting, folded (no diacritics, no case)."""

    title: str
    issuer: str
    people: str
    body: str


def folded_text(meeting: Meeting) -> FoldedText:
    """Return every text of ``meeting`` folded into the columns of the full-text index."""
    title: list[str] = []
    issuer: list[str] = []
    people: list[str] = []
    body: list[str] = []
    for path, text in text_fields(meeting):
        if not text.strip():
            continue
        if path in _TITLE_PATHS:
            title.append(text)
        elif path in _ISSUER_PATHS:
            issuer.append(text)
        elif path.endswith(_PEOPLE_SUFFIXES) or path in ("chair.name", "secretary.name"):
            people.append(text)
        else:
            body.append(text)
    return FoldedText(*(fold("\n".join(part)) for part in (title, issuer, people, body)))


def query_tokens(query: str) -> list[str]:
    """Return the folded words of a user's query, punctuation dropped."""
    return _TOKEN.findall(fold(query))


#: A query keeps at most this many distinct words (each more word costs the search more and,
#: past a few, can only find fewer meetings).
MAX_QUERY_WORDS = 32


def search_words(query: str) -> tuple[list[str], bool]:
    """Return the distinct folded words of a query (its last word last) and whether some were cut.

    Repeated words count once; beyond ``MAX_QUERY_WORDS`` the first ones are kept, and always
    the last word, which is searched as a prefix.
    """
    tokens = query_tokens(query)
    if not tokens:
        return [], False
    last = tokens[-1]
    earlier = [t for t in dict.fromkeys(tokens[:-1]) if t != last]
    kept = earlier[: MAX_QUERY_WORDS - 1]
    return [*kept, last], len(earlier) > len(kept)


def fts_query(query: str) -> str:
    """Return a safe FTS5 query: every word quoted and required, the last one as a prefix.

    Returns ``""`` when the query has no words. No user input can make this an FTS syntax
    error: each token holds only letters and digits and is quoted. Repeated words count once
    and at most ``MAX_QUERY_WORDS`` are kept (``search_words``).
    """
    tokens, _cut = search_words(query)
    if not tokens:
        return ""
    parts = [f'"{token}"' for token in tokens]
    parts[-1] += "*"
    return " ".join(parts)


def like_escape(text: str) -> str:
    """Return ``text`` with the LIKE wildcards escaped by a backslash."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class NamedPerson:
    """A person named in a meeting, as the people directory records them."""

    name: str
    position: str
    organization: str


def named_people(meeting: Meeting) -> Iterator[NamedPerson]:
    """Yield the people named in a meeting: chair, secretary, attendees, presenters, speakers."""

    def person(p: Person | None) -> Iterator[NamedPerson]:
        if p is not None and p.name.strip():
            yield NamedPerson(p.name.strip(), p.position.strip(), "")

    yield from person(meeting.chair)
    yield from person(meeting.secretary)
    for attendee in meeting.attendees:
        if not attendee.is_group and attendee.name.strip():
            yield NamedPerson(
                attendee.name.strip(), attendee.position.strip(), attendee.organization.strip()
            )
    for item in meeting.agenda:
        yield from person(item.presenter)
        for statement in item.statements:
            speaker = statement.speaker
            if not speaker.is_group and speaker.name.strip():
                yield NamedPerson(speaker.name.strip(), speaker.position.strip(), "")


# -- the office database (PostgreSQL): the same words as a tsvector and a tsquery ------------

#: Longest word kept in the office database's search terms (PostgreSQL allows 2 KB a word).
MAX_TERM = 200
#: Positions kept per word (ranking needs a few; PostgreSQL keeps at most 256).
_POSITIONS = 8
#: PostgreSQL's last position: words further on are indexed without one.
_LAST_POSITION = 16383
#: The search terms of one meeting stay under PostgreSQL's 1 MB per tsvector (about 90,000
#: distinct words; a meeting with more is found by its first ones).
_MAX_TERMS_SIZE = 1_000_000 - 50_000


@dataclass(frozen=True)
class SearchTerms:
    """A meeting's words for PostgreSQL: ``heading`` to rank by, ``terms`` to match."""

    heading: str  # tsvector literal: title (A) and issuer (B) words, with positions
    terms: str  # tsvector literal: every distinct word, body included, without positions


def search_terms(meeting: Meeting) -> SearchTerms:
    """Return the folded words of ``meeting`` as two PostgreSQL ``tsvector`` literals.

    The words are those the SQLite index holds (``folded_text`` split as FTS5's unicode61
    tokenizer does). ``terms`` holds them all and is what a query must match (GIN index);
    ``heading`` holds the title and issuer words, weighted, and ranks the matches (it stays
    small, so ranking 10,000 matches reads no long text). No parser of the server is
    involved, so both backends find the same meetings for the same query.
    """
    text = folded_text(meeting)
    heading: dict[str, list[str]] = {}
    words: dict[str, None] = {}
    size = 0
    position = 0
    for weight, column in zip(
        "ABCD", (text.title, text.issuer, text.people, text.body), strict=True
    ):
        for token in _TOKEN.findall(column):
            position += 1
            word = token[:MAX_TERM]
            if word not in words:
                cost = len(word.encode("utf-8")) + 8
                if size + cost > _MAX_TERMS_SIZE:
                    continue
                words[word] = None
                size += cost
            if weight in "AB" and position <= _LAST_POSITION:
                where = heading.setdefault(word, [])
                if len(where) < _POSITIONS:
                    where.append(f"{position}{weight}")
    return SearchTerms(
        " ".join(f"'{word}':{','.join(where)}" for word, where in heading.items()),
        " ".join(f"'{word}'" for word in words),
    )


def ts_query(query: str) -> str:
    """Return a PostgreSQL ``tsquery`` literal: every word required, the last one as a prefix.

    Returns ``""`` when the query has no words; like ``fts_query`` no input can make it a
    syntax error (each word holds only letters and digits, and is quoted).
    """
    tokens, _cut = search_words(query)
    if not tokens:
        return ""
    parts = [f"'{token[:MAX_TERM]}'" for token in tokens]
    parts[-1] += ":*"
    return " & ".join(parts)
