"""The query tree (`querylang`) as OpenSearch query DSL, never a `query_string` pass-through.

The mapping (`engine.MAPPING`) gives each stemmed field (`title`, `text`, `quote`) a `.words`
sub-field of the words as written, lower-cased and folded: `prefix*`, wildcards and `word~`
match those words, as the Whoosh engine matches them against its unstemmed words, beside the
stems themselves.
"""

from __future__ import annotations

from nato_search import querylang as ql
from nato_search.text import CJK_CHAR

# the query language's field names -> the index's fields
FIELDS = {"title": "title", "body": "text", "source": "source", "speaker": "speaker",
          "quote": "quote", "date": "date"}
STEMMED = {"title", "text", "quote"}
ARTICLE_DEFAULT = ("text",)
QUOTE_DEFAULT = ("quote",)
MAX_EXPANSIONS = 1024  # words a `word~` may stand for, as in the Whoosh engine (50 by default)


def translate(node: ql.Node, default_fields: tuple[str, ...], expand=None) -> dict:
    """Return the DSL query for a tree; words without a field search `default_fields`.

    `expand(fuzzy, field)`, when given, lists the stems of the index's words near a `word~`
    (the engine asks the cluster), so that `word~` on a stemmed field means what it means in
    the Whoosh engine: the stems of the words within N edits of the word as written."""
    if isinstance(node, ql.Every):
        return {"match_all": {}}
    if isinstance(node, ql.InArticles):
        return {"terms": {"doc": list(node.ids)}} if node.ids else {"match_none": {}}
    if isinstance(node, ql.Speaker):
        return speaker_clause(node.names, node.keys, node.phrase)
    if isinstance(node, ql.DateRange):
        bounds = {}
        if node.start:
            bounds["gte"] = node.start.isoformat()
        if node.end:
            bounds["lte"] = node.end.isoformat()
        return {"range": {"date": bounds}} if bounds else {"exists": {"field": "date"}}
    if isinstance(node, ql.Not):
        return {"bool": {"must_not": [translate(node.child, default_fields, expand)]}}
    if isinstance(node, ql.And):
        must, must_not = [], []
        for child in node.children:
            if isinstance(child, ql.Not):
                must_not.append(translate(child.child, default_fields, expand))
            else:
                must.append(translate(child, default_fields, expand))
        out: dict = {}
        if must:
            out["must"] = must
        if must_not:
            out["must_not"] = must_not
        return {"bool": out}
    if isinstance(node, ql.Or):
        return {"bool": {"should": [translate(c, default_fields, expand) for c in node.children],
                         "minimum_should_match": 1}}
    if isinstance(node, ql.AndNot):
        return {"bool": {"must": [translate(node.positive, default_fields, expand)],
                         "must_not": [translate(node.negative, default_fields, expand)]}}
    if isinstance(node, ql.AndMaybe):
        return {"bool": {"must": [translate(node.required, default_fields, expand)],
                         "should": [translate(node.optional, default_fields, expand)]}}
    fields = (FIELDS[node.field],) if node.field else default_fields
    options = [_leaf(node, f, expand) for f in fields]
    return options[0] if len(options) == 1 else {"bool": {"should": options,
                                                         "minimum_should_match": 1}}


def speaker_clause(names: tuple[str, ...], keys: tuple[str, ...] = (), phrase: bool = False) -> dict:
    """Any of a person's spellings, every word of one in any order (in its order for a
    `phrase`), as the Whoosh engine asks; or a speaker as indexed (`speaker_key`) that is the
    person by a surname alone."""
    should: list[dict] = [{"match_phrase": {"speaker": {"query": name}}} if phrase else
                          {"match": {"speaker": {"query": name, "operator": "and"}}}
                          for name in names]
    if keys:
        should.append({"terms": {"speaker_key": list(keys)}})
        # (an article has no speaker_key: its speakers' words, a surname alone one of them)
        should.extend({"bool": {"filter": [{"term": {"kind": "article"}}],
                                "must": [{"match": {"speaker": key}}]}}
                      for key in keys if " " not in key)
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _leaf(node: ql.Node, field: str, expand=None) -> dict:
    boost = getattr(node, "boost", 1.0)
    if isinstance(node, ql.Word) and CJK_CHAR.search(node.text):
        # Chinese or Japanese characters, one word each to the index: in order, as in Whoosh
        return {"match_phrase": {field: {"query": node.text, "boost": boost}}}
    if isinstance(node, ql.Word):
        # a word the analyzer cuts in several ("Indo-Pacific") needs all of them, as in Whoosh
        return {"match": {field: {"query": node.text, "operator": "and", "boost": boost}}}
    if isinstance(node, ql.Phrase) and node.near and len(node.text.split()) >= 2:
        # in order, at most N words between each word and the next, as Whoosh's slop has it
        # (match_phrase's slop lets the words change places; one interval's max_gaps counts
        # the gaps of all its words together)
        words = node.text.split()
        rule: dict = {"match": {"query": words[0], "max_gaps": 0, "ordered": True}}
        for word in words[1:]:
            rule = {"all_of": {"ordered": True, "max_gaps": node.near, "intervals": [
                rule, {"match": {"query": word, "max_gaps": 0, "ordered": True}}]}}
        near = {"intervals": {field: rule}}
        return near if boost == 1.0 else {"bool": {"must": [near], "boost": boost}}
    if isinstance(node, ql.Phrase):
        return {"match_phrase": {field: {"query": node.text, "boost": boost}}}
    if isinstance(node, ql.Pattern):
        pattern = {"value": node.pattern, "boost": boost, "case_insensitive": True}
        if field not in STEMMED:
            return {"wildcard": {field: pattern}}
        # the words as written ("cooperat*" finds "cooperation"), and the stems themselves
        return {"bool": {"should": [{"wildcard": {field + ".words": pattern}},
                                    {"wildcard": {field: pattern}}], "minimum_should_match": 1}}
    if isinstance(node, ql.Fuzzy):
        fuzzy = {"value": node.text.lower(), "fuzziness": node.maxdist,
                 "prefix_length": node.prefixlength, "transpositions": True, "boost": boost,
                 "max_expansions": MAX_EXPANSIONS}
        if field not in STEMMED:
            return {"fuzzy": {field: fuzzy}}
        if expand is not None:
            # the words within N edits as written (Lucene's fuzzy query, exact), and the stems
            # of those the cluster's spell checker lists (it may list fewer at two edits)
            return {"bool": {"should": [{"fuzzy": {field + ".words": fuzzy}},
                                        {"terms": {field: sorted(expand(node, field)),
                                                   "boost": boost}}],
                             "minimum_should_match": 1}}
        # near spellings of the word as written, not of its stem ("measles~" is not "meals"),
        # and the word itself, stemmed
        return {"bool": {"should": [{"fuzzy": {field + ".words": fuzzy}},
                                    {"match": {field: {"query": node.text, "operator": "and",
                                                       "boost": boost}}}],
                         "minimum_should_match": 1}}
    raise TypeError(f"not a query node: {node!r}")
