"""The index's text fields analyse without Whoosh's chain of token filters: the postings and
the words they give must be Whoosh's own, on real articles and on any text."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from nato_search.corpus import read_text
from nato_search.engines.whoosh.schema import StemmedText, build_schema
from nato_search.pipeline import article_from_text

STEMMED = ("title", "body", "quote")


def _by_whoosh(field: StemmedText, text: str) -> tuple[list, set[str]]:
    """The field's postings and words through Whoosh's own analysis chain."""
    field.__dict__["_direct"] = False
    try:
        return sorted(field.index(text)), field._last[1]
    finally:
        field.__dict__["_direct"] = None


def _direct(field: StemmedText, text: str) -> tuple[list, set[str]]:
    items = sorted(field.index(text))
    assert field.__dict__["_direct"], "the direct analysis was not used"
    return items, field._last[1]


def _real_texts() -> list[tuple[str, str]]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted((FIXTURES / "wikinews-2019").rglob("*.txt"))[:40]
    assert len(paths) > 20
    out = []
    for path in paths:
        article = article_from_text(path.name, str(path), read_text(str(path)))
        out += [("title", article.title or ""), ("body", article.body)]
        out += [("quote", q.quote) for q in article.quotes]
    return out


def test_real_articles_give_whooshs_postings_and_words():
    schema = build_schema()
    texts = _real_texts()
    assert sum(1 for name, _ in texts if name == "quote") > 20
    for name, text in texts:
        field = schema[name]
        assert _direct(field, text) == _by_whoosh(field, text), (name, text[:60])


@pytest.mark.parametrize("text", [
    "", "  \n ", "İstanbul Straße ŒUVRE naïve café", "U.S.-Japan 3.141 big-time under_score a*b",
    "Σίσυφος ΣΑΣ Москва ǅemal ﬁne", "Kishida said Kishida's KISHIDA kishidas"])
def test_awkward_words_give_whooshs_postings(text):
    schema = build_schema()
    for name in STEMMED:
        assert _direct(schema[name], text) == _by_whoosh(schema[name], text)


SCHEMA = build_schema()


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60), st.sampled_from(STEMMED))
def test_any_text_gives_whooshs_postings(text, name):
    field = SCHEMA[name]
    assert _direct(field, text) == _by_whoosh(field, text)


# --- the writer: Whoosh's, with postings sorted in runs of terms --------------------------


def _segment_files(folder) -> dict[str, bytes]:
    """The files of a one-segment index, by their name after the segment's (random) id."""
    return {p.name.split(".", 1)[1]: p.read_bytes() for p in folder.iterdir()
            if p.name.startswith("MAIN_") and "." in p.name}


def _write(folder, make_writer, articles) -> dict[str, bytes]:
    from whoosh import index as whoosh_index

    from nato_search.engines.whoosh import indexing

    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    writer = make_writer(ix)
    indexing._new_segment(writer.schema)
    for article in articles:
        for doc in indexing.article_documents(article, "1:1"):
            writer.add_document(**doc)
    writer.commit()
    ix.close()
    return _segment_files(folder)


@pytest.mark.parametrize("limit_mb", [64, 0.05, 0.002])  # in memory; a few runs; 128+ runs
def test_the_writer_writes_whooshs_own_files(tmp_path, limit_mb):
    from nato_search.engines.whoosh.writer import SegmentWriter

    paths = sorted(SEEDS.glob("*.txt")) + sorted((FIXTURES / "wikinews-2019").rglob("*.txt"))[:30]
    articles = [article_from_text(p.name, str(p), read_text(str(p))) for p in paths]
    ours = _write(tmp_path / "ours", lambda ix: SegmentWriter(ix, limitmb=limit_mb, compound=False),
                  articles)
    whooshs = _write(tmp_path / "whoosh", lambda ix: ix.writer(limitmb=limit_mb, compound=False),
                     articles)
    assert {"pst", "trm", "_stored.col", "_body_len.col"} <= set(ours)
    assert ours == whooshs
