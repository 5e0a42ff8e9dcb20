"""What the store indexes of a meeting: folded full-text columns, the FTS query, its people."""

from __future__ import annotations

import re
from collections.abc import Iterator

from minutes_app.domain import fields
from minutes_app.domain.dataclass import dataclass
from minutes_app.domain.fields import Column, Kind, walk
from minutes_app.domain.model import Meeting
from minutes_app.domain.text import fold

# The FTS5 unicode61 tokenizer keeps letters and digits and splits on everything else.
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class FoldedText:
    """The four full-text columns of one meeting, folded (no diacritics, no case).

    In the order of ``domain.fields.Column``, whose rows say which text goes where.
    """

    title: str
    issuer: str
    people: str
    body: str


def folded_text(meeting: Meeting, memo: dict[str, str] | None = None) -> FoldedText:
    """Return every text of ``meeting`` folded into the columns of the full-text index.

    ``memo`` maps texts to their folded form (those of the meeting's last indexing): a text
    found there is not folded again, and on return it holds exactly this meeting's texts.
    """
    columns: dict[Column | None, list[str]] = {column: [] for column in Column}
    for _path, row, text in walk(meeting):
        if row.kind is Kind.TEXT and text.strip():
            columns[row.column].append(text)
    # Each text folded on its own: the same as folding the joined column ("\n" composes with
    # nothing), in short calls that let the UI thread take the interpreter in between.
    if memo is None:
        return FoldedText(*("\n".join(map(fold, columns[column])) for column in Column))
    known = dict(memo)
    memo.clear()
    folded: list[str] = []
    for column in Column:
        parts = []
        for text in columns[column]:
            done = known.get(text)
            if done is None:
                done = fold(text)
            memo[text] = done
            parts.append(done)
        folded.append("\n".join(parts))
    return FoldedText(*folded)


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

    for _path, person in fields.named_people(meeting):
        name = person.name.strip()
        if name:
            organization = getattr(person, "organization", "")
            yield NamedPerson(name, person.position.strip(), organization.strip())


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
