"""The OpenSearch engine: `engine` (connection, mapping, refresh, searches) and `dsl` (the
query tree as query DSL). opensearch-py is imported only when this engine is used."""

from __future__ import annotations


def open_engine(spec, corpus, options=None):
    """The OpenSearch index of a corpus (`spec`: an `engines.OpenSearchSpec`)."""
    from nato_search.engines.opensearch.engine import OpenSearchEngine

    return OpenSearchEngine(spec, corpus, options)
