"""The Whoosh schema: articles and their quotations as documents of one index.

Every document has `kind` ("article" or "quote") and `doc` (the article's id), so deleting
an article's documents is one `delete_by_term("doc", id)`. Quotation documents carry their
article's metadata so that `quotes --since --source` is one index search.

Bump SCHEMA_VERSION whenever the fields, the analysis or the extractors (cleaning, metadata,
quotations) change what is indexed: an index written with another version is rebuilt on its
own, so improvements reach files that have not changed.
"""

from __future__ import annotations

from whoosh import analysis, columns, fields
from whoosh.support.charset import accent_map

from nato_search.text import WORDS

SCHEMA_VERSION = 14

# Whoosh's accent folding, completed where it falls short of what OpenSearch's asciifolding
# does (the other engine's folding; a user types the plain letters): "straße" is "strasse",
# not "strase"; "Œuvre", "Ærø" and the ligature "ﬁ" become plain letters; a combining mark
# goes ("İstanbul" lower-cases to "i" and a combining dot)
FOLDING = {**accent_map, **{ord(c): plain for c, plain in {
    "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ĳ": "ij", "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl",
    "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}.items()},
           **dict.fromkeys(range(0x300, 0x370))}

# Fields a user may name in the query language, mapped to the index fields they search.
QUERY_FIELDS = ("title", "body", "source", "speaker", "date")

TALLY_SEPARATOR = "\x1f"  # the ASCII unit separator: never in a name, an id or a date


def text_analyzer() -> analysis.Analyzer:
    """Words, lower-cased, accent-folded, then stemmed; no stop list, so phrases stay exact.

    Folded before the stemmer, so that a word typed without its accents meets the word as
    written: "Stamenkovic" and "Stamenković" both stem to "stamenkov"."""
    return (analysis.RegexTokenizer(WORDS) | analysis.LowercaseFilter()
            | analysis.CharsetFilter(FOLDING) | analysis.StemFilter(cachesize=50000))


def name_analyzer() -> analysis.Analyzer:
    """Words of names and outlets, lower-cased and accent-folded but not stemmed."""
    return (analysis.RegexTokenizer(WORDS) | analysis.LowercaseFilter()
            | analysis.CharsetFilter(FOLDING))


class _Recorder(analysis.Filter):
    """Pass tokens through, keeping their text as it is at this point of the chain."""

    def __init__(self) -> None:
        self.words: set[str] = set()

    def __call__(self, tokens):
        add = self.words.add
        for t in tokens:
            add(t.text)
            yield t


class StemmedText(fields.TEXT):
    """A stemmed text field whose unstemmed words (its `spell_` sub-field: "did you mean",
    and the words that `prefix*` and `fuzzy~` expand to) cost no second analysis, and go into
    each segment once.

    Whoosh's TEXT with spelling=True analyses every value twice (once stemmed, once not) and
    adds a spelling posting per word per document; measured on real articles, that was more
    than half of Whoosh's work (with it: ~22 ms an article on one core, without: ~8.5). Here
    the words are recorded before the stemmer in the one analysis pass, and each word goes into
    the sub-field of a segment once: only the sub-field's word list is ever read (Whoosh's own
    postings there all point at document 0). `new_segment()` must be called for every writer
    (indexing does) so that each segment lists every word its documents hold.

    The analysis itself runs without Whoosh's chain of token generators when the analyzer is
    `text_analyzer()`'s (see `_direct_postings`): the same terms, positions and weights.
    """

    _CACHES = ("_chain", "_last", "_seen", "_direct")

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k not in self._CACHES}

    def new_segment(self) -> None:
        self._seen = set()

    def _recording_chain(self):
        chain = self.__dict__.get("_chain")
        if chain is None:
            items = list(self.analyzer.items)
            stem = next(i for i, item in enumerate(items)
                        if isinstance(item, analysis.StemFilter))
            recorder = _Recorder()
            chain = (analysis.CompositeAnalyzer(*items[:stem], recorder, *items[stem:]),
                     recorder, [i for i in items[stem + 1:]
                                if isinstance(i, analysis.CharsetFilter)])
            self._chain = chain
        return chain

    def index(self, value, **kwargs):
        if not isinstance(value, str) or not self.separate_spelling():
            return super().index(value, **kwargs)
        direct = self.__dict__.get("_direct")
        if direct is None:
            direct = self._direct = _DirectAnalysis.of(self)
        if direct and not kwargs:
            items, words = direct.postings(value, self.format.field_boost)
            self._last = (value, words)
            return items
        chain, recorder, folds = self._recording_chain()
        recorder.words = set()
        kwargs.setdefault("mode", "index")
        items = [(t.encode("utf-8"), freq, weight, vbytes)
                 for t, freq, weight, vbytes in self.format.word_values(value, chain, **kwargs)]
        words = recorder.words
        for fold in folds:  # what follows the stemmer in the chain, but the stemmer
            words = {w.translate(fold.charmap) for w in words}
        self._last = (value, words)
        return items

    def spellable_words(self, value):
        last = self.__dict__.get("_last")
        if last is not None and last[0] is value:
            words = last[1]
        else:
            words = {t.text for t in self.analyzer(value, no_morph=True)}
        seen = self.__dict__.setdefault("_seen", set())
        new = words - seen
        seen |= new
        return iter(sorted(new))


class _DirectAnalysis:
    """`text_analyzer()`'s analysis (words, lower case, accents folded, Porter stems) and
    Whoosh's Positions format, as plain loops over the words of a text.

    Whoosh passes a Token object through a generator per filter for every word, which was
    about a third of indexing; here each distinct word as written is analysed once (cached)
    and the postings come out as `fields.TEXT.index` makes them: (term as UTF-8, frequency,
    frequency x field boost, positions encoded by the format). Used only for exactly that
    chain of analysis and that format; tested against Whoosh's own on real articles.
    """

    CACHE_WORDS = 200_000  # words as written: forgotten all at once when there are more

    def __init__(self, pattern, charmap, stem, encode) -> None:
        self.findall = pattern.findall
        self.charmap = charmap
        self.stem = stem
        self.encode = encode
        self.cache: dict[str, tuple[str, bytes]] = {}

    @classmethod
    def of(cls, field: fields.FieldType) -> _DirectAnalysis | bool:
        import re

        from whoosh import formats

        items = list(getattr(field.analyzer, "items", ()))
        kinds = [type(i) for i in items]
        if (kinds != [analysis.RegexTokenizer, analysis.LowercaseFilter,
                      analysis.CharsetFilter, analysis.StemFilter]
                or items[0].gaps or items[3].ignore or items[3].lang
                or type(field.format) is not formats.Positions):
            return False
        expression = items[0].expression
        # the same matches without the capturing group, so that findall gives whole words
        pattern = re.compile(expression.pattern.replace("(\\.?", "(?:\\.?"), expression.flags)
        if pattern.groups:
            return False
        return cls(pattern, items[2].charmap, items[3].stemfn, field.format.encode)

    def _word(self, raw: str) -> tuple[str, bytes]:
        word = raw.lower()
        if not word.isascii():
            word = word.translate(self.charmap)
        entry = (word, self.stem(word).encode("utf-8"))
        if len(self.cache) >= self.CACHE_WORDS:
            self.cache.clear()
        self.cache[raw] = entry
        return entry

    def postings(self, value: str, boost: float) -> tuple[list, set[str]]:
        cache, analyse = self.cache, self._word
        positions: dict[bytes, list[int]] = {}
        words: set[str] = set()
        for pos, raw in enumerate(self.findall(value)):
            entry = cache.get(raw) or analyse(raw)
            words.add(entry[0])
            found = positions.get(entry[1])
            if found is None:
                positions[entry[1]] = [pos]
            else:
                found.append(pos)
        encode = self.encode
        items = [(term, len(poses), float(len(poses)) * boost, encode(poses))
                 for term, poses in positions.items()]
        return items, words


def build_schema() -> fields.Schema:
    text = text_analyzer()
    names = name_analyzer()
    return fields.Schema(
        kind=fields.ID(stored=True),
        id=fields.ID(stored=True, unique=True),
        doc=fields.ID(stored=True),
        fingerprint=fields.STORED,
        # article fields
        title=StemmedText(analyzer=text, stored=True, field_boost=2.0, spelling=True),
        body=StemmedText(analyzer=text, stored=True, spelling=True),  # indexes the title too
        url=fields.STORED,
        date_method=fields.STORED,
        reader=fields.STORED,
        # shared by both kinds
        source=fields.TEXT(analyzer=names, stored=True),
        source_key=fields.ID,  # the outlet folded to lower case, for --source
        date=fields.ID(stored=True, sortable=True),  # YYYY-MM-DD: sorts and ranges as text
        speaker=fields.TEXT(analyzer=names, stored=True),
        # quotation fields
        quote=StemmedText(analyzer=text, stored=True, spelling=True),
        quote_kind=fields.ID(stored=True),
        speaker_key=fields.ID(stored=True),  # the canonical speaker, folded, for grouping
        speaker_as_written=fields.STORED,
        role=fields.STORED,
        context=fields.STORED,
        article_title=fields.STORED,
        # a quotation's speaker, article, role and date in one column (TALLY_SEPARATOR between):
        # `speakers` and `stats` read these for every quotation, and unpickling its stored
        # fields instead cost ~30 us each (2.3 s at 70,000 quotations)
        tally=fields.COLUMN(columns.VarBytesColumn()),
    )
