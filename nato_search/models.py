"""Frozen records passed between the pipeline stages and handed to the renderers.

Each record's `to_dict()` gives the JSON fields of the command-line contract, in its order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class Quote:
    """One quotation (or reported statement) and the person it is attributed to."""

    n: int  # position of the quotation in its article, from 1
    quote: str
    kind: str  # "direct", "partial" or "indirect"
    speaker: str | None
    speaker_as_written: str | None
    role: str | None
    context: str
    start: int = 0  # character offsets of `quote` in the article body
    end: int = 0


@dataclass(frozen=True)
class Article:
    """One article as nato-search reads it: cleaned body and the metadata found in it."""

    id: str  # path relative to the corpus root, with "/" separators
    path: str  # absolute path of the file
    title: str
    source: str | None
    date: date | None
    date_method: str | None  # how the date was found, e.g. "front matter" or "dateline"
    body: str
    quotes: tuple[Quote, ...] = ()
    url: str | None = None
    reader: str = "text"  # how the file was read: "text" (our reader) or "trafilatura" (HTML)
    # what indexing tells the user of the file ("front matter date '2024-13-45' is no date");
    # not indexed, not shown by `show`
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "date": _iso(self.date),
            "date_method": self.date_method,
            "url": self.url,
            "reader": self.reader,
            "body": self.body,
            "quotes": [quote_record(self, q).to_dict() for q in self.quotes],
        }


@dataclass(frozen=True)
class QuoteRecord:
    """A quotation with the metadata of the article that holds it, as `quotes` prints it."""

    # the keys of to_dict, in order: the header of a table with no rows
    FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "doc", "path", "title", "source", "date", "speaker", "speaker_as_written", "role",
        "quote", "kind", "context", "highlights")

    id: str  # "<article id>#<n>"
    doc: str
    path: str
    title: str
    source: str | None
    date: date | None
    speaker: str | None
    speaker_as_written: str | None
    role: str | None
    quote: str
    kind: str
    context: str
    highlights: tuple[tuple[int, int], ...] = ()  # query matches inside `quote`

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "doc": self.doc,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "date": _iso(self.date),
            "speaker": self.speaker,
            "speaker_as_written": self.speaker_as_written,
            "role": self.role,
            "quote": self.quote,
            "kind": self.kind,
            "context": self.context,
            "highlights": [list(h) for h in self.highlights],
        }


def quote_record(article: Article, q: Quote) -> QuoteRecord:
    """Attach an article's metadata to one of its quotations."""
    return QuoteRecord(
        id=f"{article.id}#{q.n}", doc=article.id, path=article.path, title=article.title,
        source=article.source, date=article.date, speaker=q.speaker,
        speaker_as_written=q.speaker_as_written, role=q.role, quote=q.quote, kind=q.kind,
        context=q.context,
    )


@dataclass(frozen=True)
class Hit:
    """One ranked article matching a query, with its best snippet."""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "path", "title", "source", "date", "score", "rank", "snippet", "highlights")

    id: str
    path: str
    title: str
    source: str | None
    date: date | None
    score: float
    rank: int
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) offsets of the matches in `snippet`

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "date": _iso(self.date),
            "score": round(self.score, 4),
            "rank": self.rank,
            "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights],
        }


@dataclass(frozen=True)
class SpeakerSummary:
    """One person quoted in the corpus."""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "speaker", "quotes", "articles", "roles", "first", "last", "unnamed")

    speaker: str
    quotes: int
    articles: int
    roles: tuple[str, ...]
    first: date | None
    last: date | None
    unnamed: bool = False  # a description ("a police spokesperson"), not a person's name

    def to_dict(self) -> dict:
        return {
            "speaker": self.speaker,
            "quotes": self.quotes,
            "articles": self.articles,
            "roles": list(self.roles),
            "first": _iso(self.first),
            "last": _iso(self.last),
            "unnamed": self.unnamed,
        }


@dataclass(frozen=True)
class PeriodCount:
    """Articles and quotations in one month or year."""

    FIELDS: ClassVar[tuple[str, ...]] = ("period", "articles", "quotes")

    period: str
    articles: int
    quotes: int

    def to_dict(self) -> dict:
        return {"period": self.period, "articles": self.articles, "quotes": self.quotes}


@dataclass(frozen=True)
class Stats:
    """What an index holds."""

    articles: int
    quotes: int
    speakers: int
    first_date: date | None
    last_date: date | None
    index: str
    index_bytes: int
    built: str | None  # ISO timestamp of the last change to the index
    corpus: str = ""
    skipped: int = 0
    cache: str = ""  # the per-user folder of cached indexes
    cache_bytes: int = 0  # bytes of every index in it

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "quotes": self.quotes,
            "speakers": self.speakers,
            "first_date": _iso(self.first_date),
            "last_date": _iso(self.last_date),
            "index": self.index,
            "index_bytes": self.index_bytes,
            "built": self.built,
            "corpus": self.corpus,
            "skipped": self.skipped,
            "cache_bytes": self.cache_bytes,
        }


@dataclass(frozen=True)
class Skipped:
    """A corpus file that could not be indexed, and why."""

    id: str
    reason: str
    new: bool = True  # False: skipped before for the same reason, and reported then


@dataclass
class UpdateReport:
    """What one refresh of the index did."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    rebuilt: bool = False
    notices: list[str] = field(default_factory=list)  # e.g. "schema changed, index rebuilt"
    # indexed articles that left because their files are skipped now (emptied, grown too
    # large): counted among the skipped, as every file seen is counted once
    left: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt or self.left)

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "skipped": [{"id": s.id, "reason": s.reason} for s in self.skipped],
            "seconds": round(self.seconds, 3),
            "rebuilt": self.rebuilt,
            "left": self.left,  # of the skipped, how many were indexed before (their articles left)
        }
