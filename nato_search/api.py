"""The library's front door: open a corpus, keep its index fresh, search it.

    >>> from nato_search.api import Library
    >>> lib = Library.open()                    # the bundled seed corpus
    >>> [h.id for h in lib.query('"liaison office"').hits]
    ['003_90a1c7bb93c84664.txt']

The first method that reads the index brings it up to date with the corpus (cheap when
nothing changed) and opens it; later calls reuse the open index. Call `refresh()` to look at
the corpus again, and `close()` (or use the library in a `with` block) when done.

Nothing here prints or exits: problems are raised as `errors.NatoSearchError`, and notices
(skipped files, rebuilds) go to the `on_notice` callback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from nato_search import config
from nato_search.engines.whoosh import indexing
from nato_search.models import Article, PeriodCount, Quote, SpeakerSummary, Stats, UpdateReport


@dataclass
class Library:
    """A corpus and its index."""

    locations: config.Locations
    on_notice: Callable[[str], None] | None = None
    on_progress: Callable[[int, int], None] | None = None
    options: indexing.BuildOptions = field(default_factory=indexing.BuildOptions)
    no_refresh: bool = False  # answer from the index as it is (built if there is none)
    _fresh: bool = field(default=False, repr=False)
    _open: tuple | None = field(default=None, repr=False)  # (index, searcher) kept open

    @classmethod
    def open(cls, corpus: str | os.PathLike | None = None, index: str | os.PathLike | None = None,
             *, on_notice: Callable[[str], None] | None = None,
             on_progress: Callable[[int, int], None] | None = None, jobs: int = 0,
             max_file_size: int | None = None, no_refresh: bool = False,
             engine: str | None = None) -> Library:
        """Open a corpus (default: the seeds) with its index (default: the user's cache).

        `jobs`: processes that read and index (0: the machine's cores); `max_file_size`:
        larger files are skipped (default 4 MB, or NATO_SEARCH_MAX_FILE_SIZE); `no_refresh`:
        answer from the index as it is, without looking at the corpus for changes; `engine`:
        where the index lives, 'whoosh' (the default: `index`, a folder) or an OpenSearch
        cluster, `opensearch+http(s)://host:port[/index]` (see `engines`).
        """
        options = indexing.BuildOptions(jobs=jobs, max_bytes=config.max_file_size(max_file_size),
                                        limit_set=config.max_file_size_set(max_file_size))
        if engine and engine.strip().lower() not in ("", "whoosh"):  # else: nothing more imported
            from nato_search.engines import parse_engine
            from nato_search.engines.opensearch import open_engine
            from nato_search.errors import UsageError

            spec = parse_engine(engine)
            if index is not None:
                raise UsageError("--index names a folder of the embedded engine",
                                 "with OpenSearch, name the index in the URL: "
                                 "opensearch+http://HOST:PORT/INDEX")
            locations = config.resolve(corpus, None)
            return EngineLibrary(locations, on_notice, on_progress, options, no_refresh,
                                 engine=open_engine(spec, locations.corpus, options))
        return cls(config.resolve(corpus, index), on_notice, on_progress, options, no_refresh)

    # -- the index -----------------------------------------------------------------------------

    def refresh(self, rebuild: bool = False) -> UpdateReport:
        """Bring the index up to date now; returns what changed."""
        report = indexing.refresh(self.locations, rebuild=rebuild, on_progress=self.on_progress,
                                  on_notice=self.on_notice, options=self.options)
        if self.on_notice:
            for notice in report.notices:
                self.on_notice(notice)
            for skipped in report.skipped:
                if skipped.new:  # each file is warned about once, not before every query
                    self.on_notice(f"skipped {skipped.id}: {skipped.reason}")
        self._fresh = True
        if report.changed:
            self.close()  # a searcher opened before sees the old index
        return report

    def aliases(self):
        """The alias table: shipped spellings plus the corpus's own nato-search.aliases."""
        from nato_search.speakers import load_aliases

        if not hasattr(self, "_aliases"):
            self._aliases = load_aliases(self.locations.corpus)
        return self._aliases

    def _filters(self, since, until, source, speaker=None, kinds=(), text=None):
        """The filters of a command; `text`: its query, whose `speaker:` words are read as
        `--speaker` reads its name (aliases, and a surname alone where it is the person's)."""
        from nato_search.engines.whoosh import searching

        names, keys = self._spellings(speaker) if speaker and speaker.strip() else ((), ())
        asked = ()
        if text and "speaker:" in text.casefold():
            from nato_search import querylang

            asked = tuple((name, *self._spellings(name))
                          for name in dict.fromkeys(querylang.speakers_asked(querylang.parse(text))))
        found = searching.sources_holding(source, self._sources()) if source and source.strip() \
            else ()
        return searching.Filters(since, until, source, names, tuple(kinds), keys, asked, found)

    def _sources(self) -> list[str]:
        """Every outlet as indexed (folded)."""
        from nato_search.engines.whoosh import searching

        return searching.source_keys(self._searcher())

    def _spellings(self, speaker: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The names to look for when a user asks for a speaker (aliases included), and the
        speakers as indexed that are that person by a surname alone."""
        from nato_search.speakers import speaker_names, surname_keys

        names = speaker_names(speaker, self.aliases())
        canonical, owners = self._surnames()
        return tuple(names), surname_keys(names, canonical, owners)

    def _surnames(self) -> tuple[dict[str, str], dict[str, str]]:
        """Every speaker as indexed -> its name in the alias table; and each surname alone ->
        the one fuller name of the whole corpus it belongs to ("Stoltenberg" -> "Jens
        Stoltenberg"). Read once per library: `quotes`, `--speaker` and `speakers` join the
        same names whatever their filters."""
        if getattr(self, "_surnames_read", None) is None:
            from nato_search.speakers import canonical_names, surname_owners

            canonical = canonical_names(self._speaker_names(), self.aliases())
            self._surnames_read = (canonical, surname_owners(list(dict.fromkeys(canonical.values()))))
        return self._surnames_read

    def _canonical(self):
        """The name a quotation's speaker is shown under, as `speakers` counts them: the alias
        table's (of its spelling in other cases or without accents), then the fuller name a
        surname alone belongs to."""
        aliases = self.aliases()
        names, owners = self._surnames()

        def canonical(name: str | None) -> str | None:
            name = names.get(name) or aliases.canonical_name(name) if name else name
            return owners.get(name, name) if name else name

        return canonical

    def _speaker_names(self) -> list[str]:
        """Every speaker as indexed."""
        from nato_search.engines.whoosh import searching

        return list(self._speakers_as_indexed(searching.Filters()))

    def _searcher(self):
        """The open searcher, kept for later calls; the index is refreshed on first use."""
        if not self._fresh and not (self.no_refresh and indexing.has_index(self.locations)):
            self.refresh()
        if self._open is None:
            from nato_search.engines.whoosh.searching import weighting

            ix = indexing.open_index(self.locations)
            self._open = (ix, ix.searcher(weighting=weighting()))
        return self._open[1]

    def close(self) -> None:
        """Close the index files this library holds open."""
        self._surnames_read = None  # (read again from the index as it is next)
        if self._open is not None:
            ix, searcher = self._open
            searcher.close()
            ix.close()
            ix.storage.close()  # the index files it holds open
            self._open = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- searching -----------------------------------------------------------------------------

    def query(self, text: str, *, since: date | None = None, until: date | None = None,
              source: str | None = None, sort: str = "relevance", limit: int | None = 10,
              snippet_chars: int | None = None, count_only: bool = False):
        """Search articles; returns a searching.SearchResult of models.Hit."""
        from nato_search.engines.whoosh import searching

        return searching.search_articles(
            self._searcher(), text, self._filters(since, until, source, text=text), sort=sort,
            limit=limit, snippet_chars=snippet_chars or searching.DEFAULT_SNIPPET_CHARS,
            corpus_root=str(self.locations.corpus), count_only=count_only)

    def quotes(self, text: str | None = None, *, speaker: str | None = None,
               since: date | None = None, until: date | None = None, source: str | None = None,
               kinds: tuple[str, ...] = ("direct", "partial"), sort: str = "relevance",
               limit: int | None = 10, count_only: bool = False):
        """Search quotations (all of them without a query); returns a searching.SearchResult
        of models.QuoteRecord."""
        from nato_search.engines.whoosh import searching

        filters = self._filters(since, until, source, speaker, kinds, text)
        return searching.search_quotes(
            self._searcher(), text, filters, sort=sort, limit=limit,
            corpus_root=str(self.locations.corpus), count_only=count_only,
            canonical=(lambda name: name) if count_only else self._canonical())

    def speakers(self, *, speaker: str | None = None, since: date | None = None,
                 until: date | None = None, source: str | None = None,
                 kinds: tuple[str, ...] = ("direct", "partial")) -> list[SpeakerSummary]:
        """Everyone quoted, with counts, roles and first and last dates; most quoted first."""
        from nato_search.speakers import people

        filters = self._filters(since, until, source, speaker, kinds)
        return speaker_summaries(people(self._speakers_as_indexed(filters), self.aliases(),
                                        self._surnames()[1], self._surnames()[0]))

    def stats(self) -> Stats:
        """Describe what the index holds."""
        from nato_search.engines.whoosh import searching
        from nato_search.errors import EmptyCorpus
        from nato_search.speakers import people

        try:
            s = self._searcher()
        except EmptyCorpus as exc:  # what is indexed: nothing, and why
            if self.on_notice:
                self.on_notice(exc.message)
            return Stats(articles=0, quotes=0, speakers=0, first_date=None, last_date=None,
                         index=str(self.locations.index), index_bytes=0, built=None,
                         corpus=str(self.locations.corpus), cache=str(indexing.cache_folder()),
                         cache_bytes=indexing.cache_size())
        # live documents only: an update leaves the old versions in their segments, deleted
        articles, quotes, first, last = searching.live_counts(s)
        from nato_search.entities import is_unnamed

        # people and organisations, as `speakers` lists them; not "a police spokesperson"
        speakers = sum(not is_unnamed(name) for name in
                       people(self._speakers_as_indexed(searching.Filters()), self.aliases()))
        return Stats(
            articles=articles, quotes=quotes, speakers=speakers,
            first_date=date.fromisoformat(first) if first else None,
            last_date=date.fromisoformat(last) if last else None,
            index=str(self.locations.index), index_bytes=indexing.index_size(self.locations),
            built=indexing.built_at(self.locations), corpus=str(self.locations.corpus),
            skipped=indexing.skipped_count(self.locations),
            cache=str(indexing.cache_folder()), cache_bytes=indexing.cache_size(),
        )

    def _speakers_as_indexed(self, filters):
        """Quotations counted per speaker as indexed. Unfiltered counts are kept beside the
        index for the state they were counted in, so that `speakers` and `stats` after the
        first read a small file instead of every quotation (0.3 s at 20,000 articles)."""
        from nato_search.engines.whoosh import searching
        from nato_search.speakers import from_json, raw_tally, to_json

        s = self._searcher()
        if filters.since or filters.until or filters.source or filters.speakers:
            return raw_tally(searching.quote_rows(s, filters))
        key = f"{self._open[0].latest_generation()}:{','.join(filters.kinds) or 'all'}"
        kept = indexing.read_derived(self.locations, "speakers", key)
        if kept is not None:
            return from_json(kept)
        raw = raw_tally(searching.quote_rows(s, filters))
        indexing.write_derived(self.locations, "speakers", key, to_json(raw))
        return raw

    def article(self, ref: str) -> Article:
        """Return one article, by id, unique id prefix or path, with its quotations."""
        from nato_search.engines.whoosh import searching

        s = self._searcher()
        doc_id = searching.resolve_doc(s, ref, str(self.locations.corpus))
        stored, quotes = searching.stored_article(s, doc_id)
        return article_from_stored(self.locations, doc_id, stored, quotes, self._canonical())

    def timeline(self, text: str | None = None, *, by: str = "month", since: date | None = None,
                 until: date | None = None, source: str | None = None,
                 speaker: str | None = None, kinds: tuple[str, ...] = ("direct", "partial")
                 ) -> tuple[list[PeriodCount], int]:
        """Count matching articles and quotations per month or year, oldest first.

        Returns the periods (empty ones between included) and how many matching articles
        have no known date.
        """
        from nato_search.engines.whoosh import searching

        counts, undated = searching.period_counts(
            self._searcher(), text, self._filters(since, until, source, speaker, kinds, text), by)
        periods = [PeriodCount(p, a, q) for p, a, q in searching.fill_periods(counts, by)]
        return periods, undated


class EngineLibrary(Library):
    """A corpus and its index in another engine than the embedded one (`engines.Engine`).

    The same methods and results as `Library`; every read goes through the engine's interface.
    """

    def __init__(self, locations, on_notice=None, on_progress=None, options=None,
                 no_refresh=False, *, engine) -> None:
        super().__init__(locations, on_notice, on_progress, options or indexing.BuildOptions(),
                         no_refresh)
        self.engine = engine

    def refresh(self, rebuild: bool = False, part: tuple[int, int] | None = None) -> UpdateReport:
        """Bring the index up to date now (only the K-th of N shares of the files with
        `part`=(K, N)); returns what changed."""
        kwargs = {"part": part} if part else {}
        report = self.engine.refresh(rebuild=rebuild, on_progress=self.on_progress,
                                     on_notice=self.on_notice, **kwargs)
        if self.on_notice:
            for notice in report.notices:
                self.on_notice(notice)
            for skipped in report.skipped:
                if skipped.new:
                    self.on_notice(f"skipped {skipped.id}: {skipped.reason}")
        self._fresh = True
        return report

    def _engine(self):
        """The engine, brought up to date with the corpus on first use."""
        if not self._fresh and not (self.no_refresh and self.engine.has_index()):
            self.refresh()
        return self.engine

    def close(self) -> None:
        self._surnames_read = None
        self.engine.close()

    def _sources(self) -> list[str]:
        return self._engine().source_keys()

    def _speaker_names(self) -> list[str]:
        from nato_search.speakers import joint_speakers

        # each of two people who spoke together on their own, as `speakers` counts them
        return [person for name in self._engine().speaker_names()
                for person in (joint_speakers(name) if " and " in name else (name,))]

    def query(self, text: str, *, since: date | None = None, until: date | None = None,
              source: str | None = None, sort: str = "relevance", limit: int | None = 10,
              snippet_chars: int | None = None, count_only: bool = False):
        from nato_search.engines.whoosh import searching

        return self._engine().search_articles(
            text, self._filters(since, until, source, text=text), sort=sort, limit=limit,
            snippet_chars=snippet_chars or searching.DEFAULT_SNIPPET_CHARS,
            corpus_root=str(self.locations.corpus), count_only=count_only)

    def quotes(self, text: str | None = None, *, speaker: str | None = None,
               since: date | None = None, until: date | None = None, source: str | None = None,
               kinds: tuple[str, ...] = ("direct", "partial"), sort: str = "relevance",
               limit: int | None = 10, count_only: bool = False):
        filters = self._filters(since, until, source, speaker, kinds, text)
        return self._engine().search_quotes(
            text, filters, sort=sort, limit=limit, corpus_root=str(self.locations.corpus),
            count_only=count_only,
            canonical=(lambda name: name) if count_only else self._canonical())

    def speakers(self, *, speaker: str | None = None, since: date | None = None,
                 until: date | None = None, source: str | None = None,
                 kinds: tuple[str, ...] = ("direct", "partial")) -> list[SpeakerSummary]:
        from nato_search.speakers import tally

        filters = self._filters(since, until, source, speaker, kinds)
        return speaker_summaries(tally(self._engine().quote_rows(filters), self.aliases(),
                                       self._surnames()[1], self._surnames()[0]))

    def stats(self) -> Stats:
        from nato_search.engines.whoosh import searching
        from nato_search.entities import is_unnamed
        from nato_search.speakers import tally

        engine = self._engine()
        articles, quotes, first, last = engine.live_counts()
        speakers = sum(not is_unnamed(name) for name in
                       tally(engine.quote_rows(searching.Filters()), self.aliases()))
        where = engine.describe()
        return Stats(
            articles=articles, quotes=quotes, speakers=speakers,
            first_date=date.fromisoformat(first) if first else None,
            last_date=date.fromisoformat(last) if last else None,
            index=where["index"], index_bytes=where["index_bytes"], built=where["built"],
            corpus=str(self.locations.corpus), skipped=where["skipped"], cache=where["cache"],
            cache_bytes=where["cache_bytes"])

    def article(self, ref: str) -> Article:
        engine = self._engine()
        doc_id = engine.resolve(ref, str(self.locations.corpus))
        stored, quotes = engine.stored_article(doc_id)
        return article_from_stored(self.locations, doc_id, stored, quotes, self._canonical())

    def timeline(self, text: str | None = None, *, by: str = "month", since: date | None = None,
                 until: date | None = None, source: str | None = None,
                 speaker: str | None = None, kinds: tuple[str, ...] = ("direct", "partial")
                 ) -> tuple[list[PeriodCount], int]:
        from nato_search.engines.whoosh import searching

        counts, undated = self._engine().period_counts(
            text, self._filters(since, until, source, speaker, kinds, text), by)
        periods = [PeriodCount(p, a, q) for p, a, q in searching.fill_periods(counts, by)]
        return periods, undated


def speaker_summaries(tallies) -> list[SpeakerSummary]:
    """Everyone quoted, from `speakers.tally`; most quoted first."""
    from nato_search.entities import is_unnamed

    out = [SpeakerSummary(
        speaker=name, quotes=t.quotes, articles=len(t.articles),
        roles=tuple(sorted(t.roles, key=lambda r: -t.roles[r])),
        first=date.fromisoformat(t.first) if t.first else None,
        last=date.fromisoformat(t.last) if t.last else None,
        unnamed=is_unnamed(name)) for name, t in tallies.items()]
    # people and organisations first; speakers the articles never name after them
    return sorted(out, key=lambda x: (x.unnamed, -x.quotes, -x.articles, x.speaker.casefold()))


def article_from_stored(locations: config.Locations, doc_id: str, stored: dict,
                        quotes: list[dict], canonical=lambda name: name) -> Article:
    """An Article from the stored fields of an article and its quotations (`canonical`: the
    name a speaker is shown under, as `quotes` shows it)."""
    day = stored.get("date")
    return Article(
        id=doc_id, path=str(locations.corpus.joinpath(*doc_id.split("/"))),
        title=stored.get("title", ""), source=stored.get("source"),
        date=date.fromisoformat(day) if day else None, date_method=stored.get("date_method"),
        body=stored.get("body", ""), url=stored.get("url"), reader=stored.get("reader", "text"),
        quotes=tuple(Quote(
            n=int(q["id"].rsplit("#", 1)[1]), quote=q.get("quote", ""),
            kind=q.get("quote_kind", "direct"), speaker=canonical(q.get("speaker")),
            speaker_as_written=q.get("speaker_as_written"), role=q.get("role"),
            context=q.get("context", "")) for q in quotes),
    )


def prune_cache() -> list[indexing.PrunedIndex]:
    """Remove the cached indexes of corpora that no longer exist; returns what was removed."""
    return indexing.prune_cache()
