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
