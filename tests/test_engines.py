"""The engine boundary: engine URLs, and the Whoosh engine behind the same interface."""

from __future__ import annotations

from datetime import date

import pytest

from nato_search.api import EngineLibrary, Library
from nato_search.engines import OpenSearchSpec, parse_engine
from nato_search.engines.whoosh import WhooshEngine


@pytest.mark.parametrize("value, spec", [
    (None, None), ("", None), ("whoosh", None), (" Whoosh ", None),
    ("opensearch+http://localhost:9200", OpenSearchSpec("http://localhost:9200")),
    ("opensearch+https://search.example.org", OpenSearchSpec("https://search.example.org")),
    ("opensearch+http://127.0.0.1:9250/news", OpenSearchSpec("http://127.0.0.1:9250", "news")),
    ("opensearch+http://h:1/x?shards=2&replicas=1", OpenSearchSpec("http://h:1", "x", 2, "1")),
    ("OpenSearch+HTTP://[::1]:9200", OpenSearchSpec("http://[::1]:9200")),
])
def test_engine_urls(value, spec):
    assert parse_engine(value) == spec


def test_the_whoosh_engine_behind_the_interface_answers_as_the_library(seeds, tmp_path):
    library = Library.open(seeds, tmp_path / "ix")
    engine = WhooshEngine(library.locations, library.options)
    through = EngineLibrary(library.locations, options=library.options, engine=engine)
    for text in ("NATO", '"liaison office"', "cooperat* -China"):
        assert through.query(text, limit=None) == library.query(text, limit=None)
    assert through.quotes(speaker="Kishida", limit=None) == library.quotes(speaker="Kishida", limit=None)
    assert through.speakers(since=date(2023, 1, 1)) == library.speakers(since=date(2023, 1, 1))
    assert through.timeline("NATO") == library.timeline("NATO")
    assert through.article("003") == library.article("003")
    ours, theirs = library.stats(), through.stats()
    assert (theirs.articles, theirs.quotes, theirs.speakers, theirs.index, theirs.index_bytes) == \
        (ours.articles, ours.quotes, ours.speakers, ours.index, ours.index_bytes)
    through.close()
    library.close()


def test_index_is_a_folder_of_the_embedded_engine_only(cli, seeds, tmp_path):
    result = cli("query", "NATO", "--corpus", seeds, "--index", tmp_path / "ix",
                 "--engine", "opensearch+http://127.0.0.1:1")
    assert result.exit_code == 2
    assert "--index names a folder of the embedded engine" in result.stderr


def test_part_is_for_a_cluster(cli, seeds):
    result = cli("index", "--corpus", seeds, "--part", "1/2")
    assert result.exit_code == 2
    assert "--part is for an index several machines share" in result.stderr
