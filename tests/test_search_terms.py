"""One word, or two that must both match, are ranked without Whoosh's matchers
(`searching.top_of_terms`): the same documents, scores and order as Whoosh's own search."""

from __future__ import annotations

import random
import shutil

import pytest
from conftest import FIXTURES, SEEDS
from whoosh import query

from nato_search.api import Library
from nato_search.engines.whoosh import searching


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """Seeds and Wikinews articles, indexed in two segments (a second refresh adds half)."""
    root = tmp_path_factory.mktemp("terms")
    corpus = root / "corpus"
    corpus.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, corpus / path.name)
    wikinews = sorted((FIXTURES / "wikinews-2019").glob("wn_*.txt"))
    for path in wikinews[:60]:
        shutil.copy(path, corpus / path.name)
    lib = Library.open(corpus, root / "index", jobs=1)
    lib.refresh()
    for path in wikinews[60:120]:
        shutil.copy(path, corpus / path.name)
    lib.refresh()
    yield lib, corpus
    lib.close()


def _whoosh(searcher, q, limit):
    return [(hit.docnum, float(hit.score)) for hit in searcher.search(q, limit=limit)]


def _queries(searcher, n=150):
    rng = random.Random(14)
    body = [t.decode() for t in searcher.lexicon("body")]
    title = [t.decode() for t in searcher.lexicon("title")]
    # frequent words (the costly ones) as well as rare ones
    common = sorted(body, key=lambda w: -searcher.doc_frequency("body", w))[:60]
    out = []
    for _ in range(n):
        a, b = rng.choice(body), rng.choice(common)
        out += [query.Term("body", a), query.Term("body", b), query.Term("title", rng.choice(title)),
                query.And([query.Term("body", a), query.Term("body", b)]),
                query.And([query.Term("body", b), query.Term("body", rng.choice(common))]),
                query.And([query.Term("title", rng.choice(title)), query.Term("body", b)])]
    return [q for q in out if not isinstance(q, query.And) or q.subqueries[0] != q.subqueries[1]]


def test_ranked_as_whoosh_ranks_them(library):
    lib, _ = library
    searcher = lib._searcher()
    assert len(searcher.leaf_searchers()) == 2
    tied = 0
    for q in _queries(searcher):
        for limit in (1, 10, 1000):
            fast = searching.top_of_terms(searcher, q, limit)
            assert fast is not None, q
            assert fast == _whoosh(searcher, q, limit), (q, limit)
            scores = [score for _, score in fast]
            tied += len(scores) != len(set(scores))
    assert tied, "no query had equal scores: the order of ties was not tested"


def test_other_queries_are_left_to_whoosh(library):
    lib, _ = library
    searcher = lib._searcher()
    for text in ['"prime minister"', "government NOT court", "China OR Japan", "protest*",
                 "a b c", "police^2"]:
        assert searching.top_of_terms(searcher, searching.parse_query(text, searcher.schema),
                                      10) is None, text


def test_deleted_documents_are_left_to_whoosh(library, tmp_path):
    lib, corpus = library
    changed = sorted(corpus.glob("wn_*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA new line about police.\n",
                       encoding="utf-8")
    lib.refresh()
    searcher = lib._searcher()
    q = searching.parse_query("police", searcher.schema)
    assert searching.top_of_terms(searcher, q, 10) is None
    hits = lib.query("police", limit=10).hits
    assert [h.id for h in hits] == [searcher.stored_fields(d)["id"]
                                    for d, _ in _whoosh(searcher, q, 10)]
