"""The Whoosh schema: articles and their quotations as documents of one index.

Every document has `kind` ("article" or "quote") and `doc` (the article's id), so deleting
an article's documents is one `delete_by_term("doc", id)`. Quotation documents carry their
article's metadata so that `quotes --since --source` is one index search.

Bump SCHEMA_VERSION whenever the fields, the analysis or the extractors (cleaning, metadata,
quotations) change what is indexed: an index written with another version is rebuilt on its
own, so improvements reach files that have not changed.
"""

from __future__ import annotations

from whoosh import analysis, fields
from whoosh.support.charset import accent_map

SCHEMA_VERSION = 7

# Fields a user may name in the query language, mapped to the index fields they search.
QUERY_FIELDS = ("title", "body", "source", "speaker", "date")


def text_analyzer() -> analysis.Analyzer:
    """Words, lower-cased, accent-folded and stemmed; no stop list, so phrases stay exact."""
    return analysis.StemmingAnalyzer(stoplist=None, minsize=1) | analysis.CharsetFilter(accent_map)


def name_analyzer() -> analysis.Analyzer:
    """Words of names and outlets, lower-cased and accent-folded but not stemmed."""
    return (analysis.RegexTokenizer() | analysis.LowercaseFilter()
            | analysis.CharsetFilter(accent_map))


def build_schema() -> fields.Schema:
    text = text_analyzer()
    names = name_analyzer()
    return fields.Schema(
        kind=fields.ID(stored=True),
        id=fields.ID(stored=True, unique=True),
        doc=fields.ID(stored=True),
        fingerprint=fields.STORED,
        # article fields
        title=fields.TEXT(analyzer=text, stored=True, field_boost=2.0, spelling=True),
        body=fields.TEXT(analyzer=text, stored=True, spelling=True),  # indexes the title too
        url=fields.STORED,
        date_method=fields.STORED,
        reader=fields.STORED,
        # shared by both kinds
        source=fields.TEXT(analyzer=names, stored=True),
        source_key=fields.ID,  # the outlet folded to lower case, for --source
        date=fields.ID(stored=True, sortable=True),  # YYYY-MM-DD: sorts and ranges as text
        speaker=fields.TEXT(analyzer=names, stored=True),
        # quotation fields
        quote=fields.TEXT(analyzer=text, stored=True, spelling=True),
        quote_kind=fields.ID(stored=True),
        speaker_key=fields.ID(stored=True),  # the canonical speaker, folded, for grouping
        speaker_as_written=fields.STORED,
        role=fields.STORED,
        context=fields.STORED,
        article_title=fields.STORED,
    )
