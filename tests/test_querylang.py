"""The query language's own tree: Whoosh's grouping, and one set of errors for every engine."""

from __future__ import annotations

from datetime import date

import pytest

from nato_search import querylang
from nato_search.errors import DateError, QueryError
from nato_search.querylang import (
    And,
    AndMaybe,
    AndNot,
    DateRange,
    Every,
    Fuzzy,
    Not,
    Or,
    Pattern,
    Phrase,
    Word,
)


def w(text, field=None):
    return Word(field, text)


@pytest.mark.parametrize("text, tree", [
    # words side by side bind loosest, then OR, then AND (as Whoosh groups them)
    ("a b OR c", And((w("a"), Or((w("b"), w("c")))))),
    ("a OR b c", And((Or((w("a"), w("b"))), w("c")))),
    ("a OR b AND c", Or((w("a"), And((w("b"), w("c")))))),
    ("a AND b OR c", Or((And((w("a"), w("b"))), w("c")))),
    ("NOT a b", And((Not(w("a")), w("b")))),
    ("a -b", And((w("a"), Not(w("b"))))),
    ("a +b", And((w("a"), w("b")))),
    ("a NOT b OR c", And((w("a"), Or((Not(w("b")), w("c")))))),
    ("a ANDNOT b c", And((AndNot(w("a"), w("b")), w("c")))),
    # ANDNOT binds looser than OR, ANDMAYBE looser still; NOT binds one item
    ("a OR b ANDNOT c", AndNot(Or((w("a"), w("b"))), w("c"))),
    ("a ANDMAYBE b ANDNOT c", AndMaybe(w("a"), AndNot(w("b"), w("c")))),
    ("NOT a ANDMAYBE b", AndMaybe(Not(w("a")), w("b"))),
    ("NOT NOT a b", And((Not(Not(w("a"))), w("b")))),
    ("a AND (b AND c) d", And((w("a"), w("b"), w("c"), w("d")))),  # one group
    ("* AND Japan", w("Japan")),
    ("a ANDMAYBE b", AndMaybe(w("a"), w("b"))),
    ("title:(a b)", And((w("a", "title"), w("b", "title")))),
    ("Title:NATO", w("NATO", "title")),
    ('"liaison office"', Phrase(None, "liaison office")),
    ('speaker:"fumio kishida"', Phrase("speaker", "fumio kishida")),
    ('-"liaison office" NATO', And((Not(Phrase(None, "liaison office")), w("NATO")))),
    ("cooperat*", Pattern(None, "cooperat*")),
    ("Co?per*", Pattern(None, "co?per*")),
    ("measles~", Fuzzy(None, "measles", 1, 0)),
    ("measles~2/3", Fuzzy(None, "measles", 2, 3)),
    ("x^2 y", And((Word(None, "x", 2.0), w("y")))),
    ("Indo-Pacific", w("Indo-Pacific")),
    ("*", Every()),
    ("NATO OR *", Every()),
    ("date:2024-07", DateRange(date(2024, 7, 1), date(2024, 7, 31))),
    ("date:[2024-07-01 TO 2024-10]", DateRange(date(2024, 7, 1), date(2024, 10, 31))),
    ("date:[2024-08-01 TO]", DateRange(date(2024, 8, 1), None)),
    ("date:{2024-07 TO 2025}", DateRange(date(2024, 8, 1), date(2024, 12, 31))),  # ends excluded
    ("NATO date:[TO 2024]", And((w("NATO"), DateRange(None, date(2024, 12, 31))))),
    ("NATO !!!", w("NATO")),  # no word in it: nothing to search for, as in Whoosh
])
def test_the_tree(text, tree):
    assert querylang.parse(text) == tree


@pytest.mark.parametrize("query, error, message", [
    ('"unclosed phrase', QueryError, "unclosed quotation mark"),
    ("(NATO OR Japan", QueryError, "unbalanced parentheses"),
    ("foo:bar", QueryError, "unknown field 'foo'"),
    ("NATO AND", QueryError, "ends with the operator AND"),
    ("OR NATO", QueryError, "starts with the operator OR"),
    ("NATO AND OR Japan", QueryError, "two operators in a row"),
    ("", QueryError, "the query is empty"),
    ("NATO)(", QueryError, "unbalanced parentheses"),
    ("title:", QueryError, "title: needs a value"),
    ("date:2024-13", DateError, "no such month"),
    ("date:2024-02-30", DateError, "no such day"),
    ("date:yesterday-ish", DateError, "not a date"),
    ("date:[2024-10 TO 2024-07]", DateError, "ends before it starts"),
    ("date:2024*", DateError, "not a pattern"),
    ("!!! ...", QueryError, "no words to search for"),
    ("title:[a TO b]", QueryError, "ranges are for dates only"),
])
def test_the_same_errors_as_the_whoosh_engine(query, error, message):
    from nato_search.engines.whoosh.schema import QUERY_FIELDS, build_schema
    from nato_search.engines.whoosh.searching import parse_query

    assert querylang.QUERY_FIELDS == QUERY_FIELDS
    with pytest.raises(error) as ours:
        querylang.parse(query)
    with pytest.raises(error) as whoosh:
        parse_query(query, build_schema())
    assert message in ours.value.message
    assert ours.value.message == whoosh.value.message


def test_walk_knows_what_is_negated():
    tree = querylang.parse('NATO -Reuters OR "liaison office"')
    assert [(leaf, neg) for leaf, neg in querylang.walk(tree)] == [
        (w("NATO"), False), (w("Reuters"), True), (Phrase(None, "liaison office"), False)]


def test_describe_names_every_field_and_group():
    tree = querylang.parse('NATO -Reuters OR title:"liaison office" date:2024-07 coop* kishda~')
    assert querylang.describe(tree) == (
        '(body:NATO AND (NOT body:Reuters OR title:"liaison office") AND '
        'date:[2024-07-01 TO 2024-07-31] AND body:coop* AND body:kishda~1/0)')
