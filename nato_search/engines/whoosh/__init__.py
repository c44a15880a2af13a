"""The embedded engine: a Whoosh index in a folder on disk, one per corpus.

Its parts: `schema` (the fields and their analysis), `indexing` (build and refresh
atomically), `writer` (Whoosh's segment writer with a cheaper sort of postings), `searching`
(queries, highlights, snippets, counts) and `translate` (the query tree as Whoosh queries).
`WhooshEngine` puts them behind the `engines.Engine` interface; `api.Library` calls them
directly, as before, when no other engine is asked for.
"""

from __future__ import annotations

from nato_search.config import Locations
from nato_search.engines.whoosh import indexing


class WhooshEngine:
    """The Whoosh index of one corpus, behind the `engines.Engine` interface."""

    def __init__(self, locations: Locations, options: indexing.BuildOptions | None = None) -> None:
        self.locations = locations
        self.options = options or indexing.BuildOptions()
        self._open: tuple | None = None

    def refresh(self, *, rebuild=False, on_progress=None, on_notice=None):
        report = indexing.refresh(self.locations, rebuild=rebuild, on_progress=on_progress,
                                  on_notice=on_notice, options=self.options)
        if report.changed:
            self.close()
        return report

    def has_index(self) -> bool:
        return indexing.has_index(self.locations)

    def searcher(self):
        if self._open is None:
            from nato_search.engines.whoosh.searching import weighting

            ix = indexing.open_index(self.locations)
            self._open = (ix, ix.searcher(weighting=weighting()))
        return self._open[1]

    def search_articles(self, text, filters, *, sort, limit, snippet_chars, corpus_root,
                        count_only):
        from nato_search.engines.whoosh import searching

        return searching.search_articles(self.searcher(), text, filters, sort=sort, limit=limit,
                                         snippet_chars=snippet_chars, corpus_root=corpus_root,
                                         count_only=count_only)

    def search_quotes(self, text, filters, *, sort, limit, corpus_root, count_only, canonical):
        from nato_search.engines.whoosh import searching

        return searching.search_quotes(self.searcher(), text, filters, sort=sort, limit=limit,
                                       corpus_root=corpus_root, count_only=count_only,
                                       canonical=canonical)

    def quote_rows(self, filters):
        from nato_search.engines.whoosh import searching

        return searching.quote_rows(self.searcher(), filters)

    def source_keys(self) -> list[str]:
        from nato_search.engines.whoosh import searching

        return searching.source_keys(self.searcher())

    def speaker_names(self) -> list[str]:
        from nato_search.engines.whoosh import searching

        rows = searching.quote_rows(self.searcher(), searching.Filters())
        return list(dict.fromkeys(row["speaker"] for row in rows if row["speaker"]))

    def period_counts(self, text, filters, by):
        from nato_search.engines.whoosh import searching

        return searching.period_counts(self.searcher(), text, filters, by)

    def live_counts(self):
        from nato_search.engines.whoosh import searching

        return searching.live_counts(self.searcher())

    def resolve(self, ref, corpus_root):
        from nato_search.engines.whoosh import searching

        return searching.resolve_doc(self.searcher(), ref, corpus_root)

    def stored_article(self, doc_id):
        from nato_search.engines.whoosh import searching

        return searching.stored_article(self.searcher(), doc_id)

    def describe(self) -> dict:
        loc = self.locations
        return {"index": str(loc.index), "index_bytes": indexing.index_size(loc),
                "built": indexing.built_at(loc), "skipped": indexing.skipped_count(loc),
                "cache": str(indexing.cache_folder()), "cache_bytes": indexing.cache_size()}

    def close(self) -> None:
        if self._open is not None:
            ix, searcher = self._open
            searcher.close()
            ix.close()
            ix.storage.close()
            self._open = None
