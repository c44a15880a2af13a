"""The query tree (`querylang`) as Whoosh query objects.

Each word goes through its field's analyzer as Whoosh's own parser sends it: a word that
analyses to several terms ("Indo-Pacific") needs all of them, one that analyses to none is
dropped; a phrase is a `Phrase` of the analysed words (slop 1: next to each other); `word~`
on a stemmed field keeps the word unstemmed (`searching.WordFuzzy`, expanded against the
words of the index by `searching.expand_patterns`).
"""

from __future__ import annotations

from whoosh import query

from nato_search import querylang as ql
from nato_search.text import CJK_CHAR

_STEMMED = {"title", "body", "quote"}


def to_whoosh(node: ql.Node, schema, default_fields: tuple[str, ...]) -> query.Query:
    """Return the Whoosh query for a tree; words without a field search `default_fields`."""
    if isinstance(node, ql.Every):
        return query.Every()
    if isinstance(node, ql.InArticles):
        # (no article: a term no document holds, which finds nothing, not "no words")
        return _ArticlesOf([query.Term("doc", i) for i in node.ids]) if node.ids \
            else query.Term("kind", "none")
    if isinstance(node, ql.Speaker):
        from nato_search.engines.whoosh.searching import speaker_query

        return speaker_query(node.names, node.keys, node.phrase)
    if isinstance(node, ql.DateRange):
        return query.TermRange("date", node.start.isoformat() if node.start else None,
                               node.end.isoformat() if node.end else None)
    if isinstance(node, ql.Not):
        return query.Not(to_whoosh(node.child, schema, default_fields))
    if isinstance(node, ql.And):
        return query.And([to_whoosh(c, schema, default_fields) for c in node.children])
    if isinstance(node, ql.Or):
        return query.Or([to_whoosh(c, schema, default_fields) for c in node.children])
    if isinstance(node, ql.AndNot):
        # "a ANDNOT b ANDNOT c" as a ANDNOT (b OR c): the same documents, and Whoosh's matcher
        # of an AndNot inside another fails when both leave out the same word
        negatives = [node.negative]
        positive = node.positive
        while isinstance(positive, ql.AndNot):
            negatives.append(positive.negative)
            positive = positive.positive
        excluded = [to_whoosh(n, schema, default_fields) for n in reversed(negatives)]
        return query.AndNot(to_whoosh(positive, schema, default_fields),
                            excluded[0] if len(excluded) == 1 else query.Or(excluded))
    if isinstance(node, ql.AndMaybe):
        return query.AndMaybe(to_whoosh(node.required, schema, default_fields),
                              to_whoosh(node.optional, schema, default_fields))
    fields = (node.field,) if node.field else default_fields
    options = [_leaf(node, f, schema) for f in fields]
    return options[0] if len(options) == 1 else query.Or(options)


class _ArticlesOf(query.Or):
    """The documents of these articles, written short for --explain."""

    def __str__(self) -> str:
        return f"doc:({len(self.subqueries)} articles)"

    __unicode__ = __str__


def _leaf(node: ql.Node, fieldname: str, schema) -> query.Query:
    field = schema[fieldname]
    boost = node.boost
    if isinstance(node, (ql.Word, ql.Phrase)):
        words = [t.text for t in field.analyzer(node.text, mode="query")]
        if not words:
            return query.NullQuery
        if len(words) == 1:
            return query.Term(fieldname, words[0], boost=boost)
        if isinstance(node, ql.Phrase) or CJK_CHAR.search(node.text):
            # (a run of Chinese or Japanese characters, one word each to the index: in order;
            # Whoosh's slop counts positions: 1 is next to each other)
            near = node.near if isinstance(node, ql.Phrase) else 0
            return query.Phrase(fieldname, words, slop=1 + near, boost=boost)
        # a word the analyser splits ("U.S.-Japan"): each part, anywhere
        return query.And([query.Term(fieldname, w, boost=boost) for w in words])
    if isinstance(node, ql.Pattern):
        prefix = node.prefix
        if prefix is not None:
            return query.Prefix(fieldname, prefix, boost=boost)
        return query.Wildcard(fieldname, node.pattern, boost=boost)
    if isinstance(node, ql.Fuzzy):
        if fieldname in _STEMMED:
            from nato_search.engines.whoosh.schema import name_analyzer
            from nato_search.engines.whoosh.searching import WordFuzzy

            word = "".join(t.text for t in name_analyzer()(node.text))
            return WordFuzzy(fieldname, word, boost=boost, maxdist=node.maxdist,
                             prefixlength=node.prefixlength)
        words = [t.text for t in field.analyzer(node.text, mode="query")]
        return query.FuzzyTerm(fieldname, words[0] if words else node.text, boost=boost,
                               maxdist=node.maxdist, prefixlength=node.prefixlength)
    raise TypeError(f"not a query node: {node!r}")
