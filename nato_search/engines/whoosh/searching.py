"""Queries in, ranked hits with snippets and highlight offsets out.

The parts of this stage:

- `parse_query` parses the query language into its tree (`querylang`, the same for every
  engine: its checks, `-word`/`+word`, dates as checked ranges over whole periods, `*`) and
  translates the tree into Whoosh query objects (`engines.whoosh.translate`);
- `expand_patterns` makes `prefix*` and `word~` match the words of the text as written, not
  their stems;
- `match_terms` lists the indexed terms a query matched, skipping `NOT`, for highlighting;
- `best_snippet` picks the window of text holding the most distinct matches;
- `search_articles` runs it all with the filters and sort orders of the CLI;
- `suggest` proposes spellings the index knows when nothing matched, if they are close to
  what was typed and find something.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from dataclasses import dataclass
from datetime import date

from whoosh import query

from nato_search.engines.whoosh.schema import FOLDING, TALLY_SEPARATOR, text_analyzer
from nato_search.errors import DateError, QueryError
from nato_search.models import Hit, QuoteRecord
from nato_search.querylang import _OPERATORS, check_syntax, plus_minus, respell  # noqa: F401  (re-exported)
from nato_search.text import CJK, edit_distance

ARTICLE_FIELDS = ("title", "body")
# what a query without field names searches: the body field indexes the title as well
ARTICLE_DEFAULT_FIELDS = ("body",)
_ARTICLE_ONLY = frozenset(ARTICLE_FIELDS)  # quotation documents have neither field
DEFAULT_SNIPPET_CHARS = 240
_STEMMED_FIELDS = {"title", "body", "quote"}


def source_keys(searcher) -> list[str]:
    """Every outlet as indexed (folded: source_key)."""
    return [term.decode("utf-8") for term in searcher.lexicon("source_key")]


def sources_holding(asked: str, indexed) -> tuple[str, ...]:
    """The outlets as indexed (folded keys) whose words hold the words asked in a row, without
    accents or case: "yonhap" -> "yonhap news agency", "abc" -> "abc news"."""
    from nato_search.speakers import fold

    words = fold(asked).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return ()
    n = len(words)
    found = []
    for key in indexed:
        held = fold(key).split()
        if any(held[i:i + n] == words for i in range(len(held) - n + 1)):
            found.append(key)
    return tuple(found)


@dataclass(frozen=True)
class Filters:
    """Restrictions that apply on top of a query (`--since`, `--until`, `--source`, ...)."""

    since: date | None = None
    until: date | None = None
    source: str | None = None
    speakers: tuple[str, ...] = ()  # spellings of the people asked for, aliases included
    kinds: tuple[str, ...] = ()  # quotation kinds; applies to quotations only
    # speakers as indexed (folded) that are one of them by a surname alone: matched whole
    speaker_keys: tuple[str, ...] = ()
    # the query's `speaker:` words and phrases as `--speaker` reads them: (text, names, keys)
    speakers_asked: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()
    # the outlets as indexed (folded) whose name holds `source`'s words in a row ("yonhap" is
    # "yonhap news agency"); found by the library, else the name itself is looked for
    sources_found: tuple[str, ...] = ()

    def queries(self, kind: str = "article") -> list[query.Query]:
        """The filters but the dates, as queries of terms."""
        parts: list[query.Query] = []
        if self.speakers:
            parts.append(speaker_query(self.speakers, self.speaker_keys))
        if self.kinds and kind == "quote":
            parts.append(query.Or([query.Term("quote_kind", k) for k in self.kinds]))
        if self.source:
            parts.append(query.Or([query.Term("source_key", k) for k in self.source_keys()]))
        return parts

    def source_keys(self) -> tuple[str, ...]:
        """The outlet's keys to look for: its name folded, with and without "The" ("Canberra
        Ledger" is "The Canberra Ledger"; "the guardian" is "Guardian")."""
        key = " ".join((self.source or "").split()).casefold()
        other = key[4:] if key.startswith("the ") else f"the {key}"
        return tuple(dict.fromkeys((key, other, *self.sources_found))) if key else ()

    def in_dates(self, day: bytes) -> bool:
        """Whether a date column's value (b"YYYY-MM-DD", b"" when unknown) is in the range."""
        return bool(day) and (self.since is None or day >= self.since.isoformat().encode()) \
            and (self.until is None or day <= self.until.isoformat().encode())


@dataclass(frozen=True)
class SearchResult:
    hits: list
    total: int
    parsed: str
    suggestion: str | None = None


# ---------------------------------------------------------------------------------------------
# Parsing

class WordFuzzy(query.FuzzyTerm):
    """`word~` on a stemmed field: near spellings of the word as written, not of its stem
    (`expand_patterns` finds them among the unstemmed words of the index)."""


def expand_patterns(q: query.Query, reader, max_words: int = 1024) -> query.Query:
    """Let `prefix*` and wildcards match words, not stems.

    The index holds stems ("cooperation" is "cooper"), so "cooperat*" would miss it. The
    unstemmed words live in Whoosh's spelling sub-field; expand the pattern there and search
    the stems of the words found, beside the pattern itself.
    """
    if isinstance(q, WordFuzzy):
        return _expand_fuzzy(q, reader, max_words)
    if isinstance(q, query.PatternQuery) and q.field() in _STEMMED_FIELDS:
        spell_field = "spell_" + q.field()
        if spell_field not in reader.indexed_field_names():
            return q
        words = type(q)(spell_field, q.text)._btexts(reader)
        stems: set[str] = set()
        analyzer = text_analyzer()
        for n, word in enumerate(words):
            if n >= max_words:
                break
            text = word.decode("utf-8") if isinstance(word, bytes) else word
            stems.update(t.text for t in analyzer(text))
        if not stems:
            return q
        return query.Or([q, *(query.Term(q.field(), stem) for stem in sorted(stems))])
    if q.is_leaf():
        return q
    return q.apply(lambda child: expand_patterns(child, reader, max_words))


def _expand_fuzzy(q: WordFuzzy, reader, max_words: int) -> query.Query:
    """The stems of the indexed words within `q.maxdist` edits of the word as written."""
    if not q.text:
        return query.NullQuery
    analyzer = text_analyzer()
    own = [t.text for t in analyzer(q.text)]
    spell_field = "spell_" + q.field()
    if spell_field not in reader.indexed_field_names():  # an index without words: stems
        return query.FuzzyTerm(q.field(), own[0] if own else q.text, q.boost, q.maxdist,
                               q.prefixlength)
    # (a swap of two neighbours is one edit, as the OpenSearch engine counts it: "electoin~"
    # is "election"; Whoosh's automaton counts two, so ask it for one more and check)
    words = query.FuzzyTerm(spell_field, q.text, maxdist=q.maxdist + 1,
                            prefixlength=q.prefixlength)._btexts(reader)
    typed = q.text.lower()
    stems: set[str] = set(own)
    taken = 0
    for word in words:
        text = word.decode("utf-8") if isinstance(word, bytes) else word
        if edit_distance(text, typed) <= q.maxdist:
            stems.update(t.text for t in analyzer(text))
            taken += 1
            if taken >= max_words:
                break
    terms = [query.Term(q.field(), stem, boost=q.boost) for stem in sorted(stems)]
    return terms[0] if len(terms) == 1 else query.Or(terms)


def parse_query(text: str, schema, default_fields: tuple[str, ...] = ARTICLE_DEFAULT_FIELDS,
                speakers: tuple = (), searcher=None) -> query.Query:
    """Parse a user's query into a Whoosh query, or raise QueryError / DateError: the tree of
    `querylang`, the same for every engine, translated (`engines.whoosh.translate`);
    `speakers`: `Filters.speakers_asked`; `searcher`, for a search of quotations: the one
    whose articles a `title:` or `body:` word finds."""
    from nato_search import querylang
    from nato_search.engines.whoosh.translate import to_whoosh

    tree = querylang.parse(text)
    if speakers:
        tree = querylang.with_speakers(tree, {text: (names, keys) for text, names, keys in speakers})
    if searcher is not None and querylang.asks_of_articles(tree):
        tree = querylang.through_articles(tree, _article_ids(searcher))
    parsed = to_whoosh(tree, schema, default_fields).normalize()
    if parsed is query.NullQuery or isinstance(parsed, query.NullQuery.__class__):
        raise QueryError("the query has no words to search for",
                         "give words to search for, or '*' for everything")
    return parsed


def _article_ids(searcher):
    """The ids of the articles a leaf of the query tree matches."""
    from nato_search.engines.whoosh.translate import to_whoosh

    def ids(leaf) -> tuple[str, ...]:
        q = expand_patterns(to_whoosh(leaf, searcher.schema, ARTICLE_DEFAULT_FIELDS).normalize(),
                            searcher.reader())
        stored = searcher.reader().stored_fields
        return tuple(sorted({stored(d)["id"] for d in searcher.docs_for_query(
            query.And([q, query.Term("kind", "article")]))}))
    return ids


# ---------------------------------------------------------------------------------------------
# Highlighting


def match_terms(q: query.Query, reader, fields: set[str]) -> set[str]:
    """Return the indexed terms (as analysed text) that `q` matches in `fields`, skipping NOT."""
    found: set[str] = set()

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not):
            return
        if isinstance(node, query.AndNot):
            walk(node.a)
            return
        if not node.is_leaf():
            for child in node.children():
                walk(child)
            return
        fieldname = node.field() if hasattr(node, "field") else None
        if fieldname not in fields:
            return
        if isinstance(node, query.Phrase):
            found.update(str(w) for w in node.words)
        elif isinstance(node, query.Term):
            found.add(node.text if isinstance(node.text, str) else node.text.decode("utf-8"))
        elif isinstance(node, query.PatternQuery | query.FuzzyTerm):
            for btext in node._btexts(reader):
                found.add(btext.decode("utf-8") if isinstance(btext, bytes) else btext)

    walk(q)
    return found


def token_spans(text: str, terms: set[str]) -> list[tuple[int, int, str]]:
    """Return (start, end, term) of each word in `text` whose analysed form is in `terms`.

    Stemming every word of every hit is the costly part of a query, so a word is analysed
    only if it begins like one of the terms (a stem keeps the first two letters of its word),
    and the regular expression that finds those words skips the others without Python code.
    """
    if not terms:
        return []

    heads = frozenset(t[:2] for t in terms)  # two letters: Porter may change a third ("day" -> "dai")
    out = []
    for m in _candidates(text, heads):
        word = m.group(0).lower()
        if not word.isascii():
            word = word.translate(FOLDING)
        if word[:2] not in heads and word[:1] not in heads:
            continue  # (a term of one letter: "aed" stems to "a")
        analysed = _analysed(m.group(0))
        if analysed in terms:
            out.append((m.start(), m.end(), analysed))
    return out


@functools.lru_cache(maxsize=65536)
def _analysed(word: str) -> str | None:
    """The indexed form of one word (Whoosh's analyzer is slow to call; words repeat)."""
    for t in _text_analyzer()(word):
        return t.text
    return None


@functools.lru_cache(maxsize=1)
def _text_analyzer():
    return text_analyzer()


# a letter outside ASCII (as _candidate_words's class says it, case-blind)
_BEYOND_ASCII = re.compile(r"[^\W\d_a-zA-Z]", re.IGNORECASE)


def _candidates(text: str, heads: frozenset[str]):
    """The matches of `_candidate_words(heads)` in `text`, in order.

    Where letters outside ASCII are few, the words that begin like a term are found by the
    faster pattern for ASCII, and the words around each of those letters by the full pattern
    at the two places such a word can begin (the letter, or the word character before it): a
    match begins only where no word character (or word character and full stop) comes before,
    so no match begins inside another, and these are the same matches."""
    letters = [m.start() for m in _BEYOND_ASCII.finditer(text)]
    if not letters:
        return list(_candidate_words(heads, False).finditer(text))
    if len(letters) > 64 or not all(h.isascii() for h in heads):
        # a text in another script, or terms in one ("岸"): one pass of the full pattern
        return list(_candidate_words(heads).finditer(text))
    found = {m.start(): m for m in _candidate_words(heads, False, True).finditer(text)}
    full = _candidate_words(heads)
    for i in letters:
        for start in (i - 1, i) if i and _WORD_CHAR.match(text, i - 1) else (i,):
            if start not in found:
                m = full.match(text, start)
                if m is not None:
                    found[start] = m
    out, end = [], -1
    for start in sorted(found):
        if start >= end:  # (never otherwise, as said above)
            out.append(found[start])
            end = found[start].end()
    return out


_WORD_CHAR = re.compile(r"\w")


@functools.lru_cache(maxsize=64)
def _candidate_words(heads: frozenset[str], beyond_ascii: bool = True,
                     mixed: bool = False) -> re.Pattern:
    """Whole words, as the index cuts them (`text.WORDS`: each Chinese or Japanese character
    alone), that begin with one of `heads` in any case, or with a letter outside ASCII among
    their first two (which may fold to one: "Séoul").

    For a text without letters outside ASCII (`beyond_ascii` False) that second kind cannot
    match: the pattern then opens with a look-ahead for the heads, which the regular expression
    engine tries first at each character, so that the look-behinds run only where a word
    begins like a term (~2.5 times faster on long texts, the same matches)."""
    alternatives = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
    # (a Chinese or Japanese character is a word of its own, as text.WORDS cuts them: in a
    # text that may hold one (`mixed`, `beyond_ascii`), no other word runs into it)
    w = rf"[^\W{CJK}]" if beyond_ascii or mixed else r"\w"
    if not beyond_ascii:
        return re.compile(rf"(?=(?:{alternatives}))(?<!{w})(?<!{w}\.)(?:{alternatives})"
                          rf"{w}*(?:\.?{w}+)*", re.IGNORECASE)
    return re.compile(rf"[{CJK}]|(?<!{w})(?<!{w}\.)(?:{alternatives}|{w}?[^\W\d_a-zA-Z{CJK}])"
                      rf"{w}*(?:\.?{w}+)*", re.IGNORECASE)


_SENTENCE_START = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z0-9])|\n+")


def best_snippet(text: str, spans: list[tuple[int, int, str]], max_chars: int
                 ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut the window of `text` that holds the most distinct matched terms.

    The window starts at a sentence start when one is close before the first match, is cut at
    word boundaries, and is collapsed onto one line; "…" marks text left out on either side.
    Returns the snippet and the [start, end) offsets of the matches in it.
    """
    max_chars = max(max_chars, 20)
    if not spans:
        lo, hi = 0, min(len(text), max_chars)
    else:
        best = (0, 0, 0)  # (distinct terms, matches, index of first span)
        # spans come in the order of the text and do not overlap, so their ends are in order
        # too: the spans within max_chars of one's start are a run from it (found by bisect)
        ends = [s[1] for s in spans]
        for i, (start, _, _) in enumerate(spans):
            inside = spans[i:bisect.bisect_right(ends, start + max_chars, i)]
            score = (len({s[2] for s in inside}), len(inside))
            if score > best[:2]:
                best = (*score, i)
        first = spans[best[2]]
        inside = spans[best[2]:bisect.bisect_right(ends, first[0] + max_chars, best[2])]
        span_end = inside[-1][1]
        slack = max_chars - (span_end - first[0])
        lo = max(0, first[0] - slack // 3)
        # prefer to start at the beginning of the sentence holding the first match
        starts = [m.end() for m in _SENTENCE_START.finditer(text, max(0, first[0] - slack), first[0])]
        if starts and starts[-1] <= first[0]:
            lo = starts[-1]
        elif first[0] - slack <= 0:
            lo = 0
        hi = min(len(text), lo + max_chars)
        hi = max(hi, span_end)
    # snap to word boundaries
    if lo > 0 and not text[lo - 1].isspace():
        nxt = re.search(r"\s", text[lo:])
        if nxt and (not spans or lo + nxt.end() <= spans[0][0] or lo + nxt.end() <= first[0]):
            lo += nxt.end()
        else:  # the match is inside the word cut ("Organization(NATO)"): the whole word
            while lo > 0 and not text[lo - 1].isspace():
                lo -= 1
    if hi < len(text) and not text[hi].isspace():
        prev = text.rfind(" ", lo, hi)
        if prev > lo and (not spans or prev >= span_end):
            hi = prev
    return _collapse(text, lo, hi, [(s, e) for s, e, _ in spans if lo <= s and e <= hi])


_NOT_SPACE = re.compile(r"\S+")  # \s and \S are str.isspace() and its opposite


def _collapse(text: str, lo: int, hi: int, marks: list[tuple[int, int]]
              ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Collapse whitespace of text[lo:hi] onto one line (runs of whitespace are one space, none
    at either end), carrying the mark offsets along (a mark starts and ends on a character that
    is not whitespace)."""
    prefix = "… " if lo > 0 else ""
    runs = [(m.start(), m.end()) for m in _NOT_SPACE.finditer(text, lo, hi)]
    starts = [start for start, _ in runs]
    placed = []  # where each run begins in the snippet
    pos = len(prefix)
    for start, end in runs:
        placed.append(pos)
        pos += end - start + 1

    def where(i: int) -> int:  # whitespace goes where the run before it ends
        k = bisect.bisect_right(starts, i) - 1
        if k < 0:
            return len(prefix)
        start, end = runs[k]
        return placed[k] + min(i, end) - start

    body = " ".join(text[start:end] for start, end in runs)
    suffix = " …" if hi < len(text) else ""
    highlights = tuple((where(s), where(e - 1) + 1) for s, e in marks)
    return prefix + body + suffix, highlights


# ---------------------------------------------------------------------------------------------
# Scoring


def weighting():
    """BM25F as Whoosh computes it, with each segment's document lengths read once into memory.

    Whoosh looks up a document's field length in the index file for every document it scores
    (a seek and a read each); on a broad query that was a third of the search. The ranking and
    the scores are the same (tested)."""
    from whoosh import scoring
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
    from whoosh.util.numeric import byte_to_length

    # Whoosh stores a length as one byte; 0 means "none", which it reads as its default of 1
    table = [1] + [byte_to_length(b) for b in range(1, 256)]

    def raw_lengths(reader, fieldname: str) -> bytes | None:
        cache = reader.__dict__.setdefault("_nato_lengths", {})
        if fieldname not in cache:
            try:  # Whoosh's per-document reader of this segment (whoosh-reloaded 2.7.5)
                column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
                cache[fieldname] = (bytes(column._dbfile.get(column._basepos, column._count))
                                    if column is not None else None)
            except AttributeError:
                cache[fieldname] = None  # another kind of reader: Whoosh's own lookup
        return cache[fieldname]

    class CachedLengthsBM25F(scoring.BM25F):
        def scorer(self, searcher, fieldname, text, qf=1):
            scorer = super().scorer(searcher, fieldname, text, qf)
            raw = raw_lengths(searcher.reader(), fieldname) if hasattr(scorer, "dfl") else None
            if raw is not None:
                size = len(raw)
                scorer.dfl = lambda doc: table[raw[doc]] if doc < size else 1
                scorer.raw_lengths, scorer.length_table = raw, table  # for top_of_terms
            return scorer

    return CachedLengthsBM25F()


# ---------------------------------------------------------------------------------------------
# Searching


def _filter_docs(searcher, kind: str, filters: Filters) -> set[int]:
    """The documents a filter allows, computed once per open searcher and reused.

    Dates are read from the date column: a range of terms made a union of one posting list
    per day, which took 0.6 s for a year's range at 20,000 articles (the column: 0.05 s)."""
    cache = searcher.__dict__.setdefault("_nato_filter_cache", {})
    key = (kind, filters)
    if key not in cache:
        if len(cache) > 64:
            cache.clear()
        # a plain set: the type Whoosh takes as a filter (it only reads it); each part's
        # documents read on their own and intersected, which Whoosh's matchers of And and Or
        # over 70,000 quotations did ten times slower
        docs = _docs(searcher, query.Term("kind", kind))
        for part in filters.queries(kind):
            docs &= _docs(searcher, part)
        if filters.since or filters.until:
            docs = {d for d, day in column_values(searcher, "date", docs)
                    if filters.in_dates(day)}
        cache[key] = docs
    return cache[key]


def speaker_query(names: tuple[str, ...], keys: tuple[str, ...] = (),
                  phrase: bool = False) -> query.Query:
    """Match any of the names by its words in the speaker field ("kishida", "fumio kishida"); a
    word left out or the order changed still matches ("Recep Erdogan" is Recep Tayyip Erdoğan,
    "Jae-in Moon" Moon Jae-in), but for a `phrase` (the query language's `speaker:"..."`).
    `keys`: whole speakers as indexed, folded ("trump")."""
    from nato_search.engines.whoosh.schema import name_analyzer

    analyzer = name_analyzer()
    options: list[query.Query] = []
    for name in names:
        tokens = [t.text for t in analyzer(name)]
        if len(tokens) == 1:
            options.append(query.Term("speaker", tokens[0]))
        elif tokens and phrase:
            options.append(query.Phrase("speaker", tokens, slop=1))
        elif tokens:
            options.append(query.And([query.Term("speaker", t) for t in tokens]))
    options.extend(query.Term("speaker_key", key) for key in keys)
    # (an article has no speaker_key: its speakers' words, a surname alone one of them)
    options.extend(query.And([query.Term("kind", "article"), query.Term("speaker", key)])
                   for key in keys if " " not in key)
    return query.Or(options) if options else query.NullQuery


def confined_to(q: query.Query, fields: frozenset[str]) -> bool:
    """Whether every document `q` matches holds a term in one of `fields`.

    Conservative: False for any query it does not know (a negation, "everything").
    """
    if isinstance(q, query.Or):
        return bool(q.subqueries) and all(confined_to(sub, fields) for sub in q.subqueries)
    if isinstance(q, query.And):
        return any(confined_to(sub, fields) for sub in q.subqueries)
    if isinstance(q, (query.AndNot, query.AndMaybe)):
        return confined_to(q.a, fields)
    return q.is_leaf() and getattr(q, "fieldname", None) in fields


def run(searcher, q: query.Query, kind: str, filters: Filters, sort: str, limit: int | None,
        exact_total: bool = False) -> tuple[list[tuple[int, float]], int]:
    """Search documents of one kind; returns ([(docnum, score)], total count).

    Date orders sort on the date column, ties by relevance; undated documents come last.
    """
    if kind == "article" and filters == Filters() and confined_to(q, _ARTICLE_ONLY):
        # every match is an article: the set of all articles, which a fresh process spends
        # ~9 ms on at 20,000 articles, is not needed
        flt = None
    else:
        flt = _filter_docs(searcher, kind, filters)
        if not flt:
            return [], 0  # Whoosh reads an empty filter as no filter at all
    if sort == "relevance" and flt is None and not exact_total and limit:
        best = top_of_terms(searcher, q, limit)
        if best is not None:
            return best, len(best)
    if sort == "relevance":
        results = searcher.search(q, filter=flt, limit=limit)
        hits = [(hit.docnum, float(hit.score or 0.0)) for hit in results]
        # counting every match runs the query again: only when the count is asked for
        total = len(results) if exact_total else len(hits)
        return hits, total
    results = searcher.search(q, filter=flt, limit=None)
    dates = DateColumn(searcher)
    newest = sort == "newest"

    def key(item: tuple[int, float]):
        value = dates[item[0]]
        day = value.decode() if isinstance(value, bytes) else (value or "")
        if not day:
            return (1, "", -item[1])
        return (0, _invert(day) if newest else day, -item[1])

    ranked = sorted(((hit.docnum, float(hit.score or 0.0)) for hit in results), key=key)
    return ranked[:limit] if limit else ranked, len(ranked)


def top_of_terms(searcher, q: query.Query, limit: int) -> list[tuple[int, float]] | None:
    """The `limit` best documents for one word, or two words that must both match, as
    Whoosh's search ranks them; None for any other query (Whoosh searches it).

    Whoosh walks the posting lists through a tree of matcher objects, a few Python calls per
    posting and more to intersect two lists; on a word found in thousands of articles that was
    most of a query. Here each segment's posting lists are read a block at a time, two are
    intersected as sets, and each document is scored by Whoosh's own scorer for the term (the
    same BM25F arithmetic, the same document lengths); two words' scores are added, which in
    floating point does not depend on their order. Whoosh's top-N keeps the higher score, and
    of equal scores the lower document number: the same order here (tested against Whoosh).
    Segments with deleted documents are left to Whoosh.
    """
    terms = [q] if isinstance(q, query.Term) else list(getattr(q, "subqueries", ()))
    if not (isinstance(q, query.Term) or (type(q) is query.And and len(terms) == 2
                                          and q.boost == 1.0)) \
            or not all(type(t) is query.Term and t.boost == 1.0 and not t.minquality
                       for t in terms):
        return None
    keys = []
    for t in terms:
        if t.fieldname not in searcher.schema:
            return None
        try:
            keys.append((t.fieldname, searcher.schema[t.fieldname].to_bytes(t.text)))
        except ValueError:
            return None
    if len(set(keys)) != len(keys):
        return None
    weighting = searcher.weighting
    scored: list[tuple[float, int]] = []
    for subsearcher, offset in searcher.leaf_searchers():
        reader = subsearcher.reader()
        if reader.has_deletions():
            return None
        if not all(key in reader for key in keys):
            continue
        scorers = []
        for fieldname, btext in keys:
            scorer = weighting.scorer(subsearcher, fieldname, btext)
            if not hasattr(scorer, "_score") or not hasattr(scorer, "dfl"):
                return None
            scorers.append(scorer)
        # the rarer word first; the other's postings read only where the first has documents
        order = sorted(range(len(keys)), key=lambda k: reader.doc_frequency(*keys[k]))
        first = _posting_weights(reader.postings(*keys[order[0]]))
        if len(keys) == 1:
            scored += [(-score, d + offset)
                       for d, score in _scores(scorers[0], first, reader).items()]
        else:
            second = _posting_weights(reader.postings(*keys[order[1]]), first)
            first = {d: w for d, w in first.items() if d in second}
            scores_b = _scores(scorers[order[1]], second, reader)
            scored += [(-(score + scores_b[d]), d + offset)
                       for d, score in _scores(scorers[order[0]], first, reader).items()]
    return [(docnum, -negative) for negative, docnum in heapq.nsmallest(limit, scored)]


def _scores(scorer, weights: dict[int, float], reader) -> dict[int, float]:
    """{document: the scorer's score} for a term's {document: weight} in one segment. A
    document's length is one byte in the index, so the scorer is called once per distinct
    (weight, length byte), not once per document: the same floats."""
    raw, table = getattr(scorer, "raw_lengths", None), getattr(scorer, "length_table", None)
    score = scorer._score
    if raw is None or table is None or table[0] != 1:
        length = scorer.dfl
        return {d: score(w, length(d)) for d, w in weights.items()}
    if len(raw) < reader.doc_count_all():  # the column stops at its last document with a
        raw += bytes(reader.doc_count_all() - len(raw))  # length; the rest have 0, i.e. 1
    memo = {key: score(key[0], table[key[1]])
            for key in {(w, raw[d]) for d, w in weights.items()}}
    return {d: memo[w, raw[d]] for d, w in weights.items()}


def _posting_weights(matcher, within: dict | None = None) -> dict[int, float]:
    """{document: weight} of a term's posting list, read a block at a time; with `within`,
    only for those documents, and the blocks that cannot hold any are not read."""
    from itertools import accumulate

    from whoosh.codec.whoosh3 import W3LeafMatcher

    out: dict[int, float] = {}
    if type(matcher) is not W3LeafMatcher or matcher._byteids:
        while matcher.is_active():
            if within is None or matcher.id() in within:
                out[matcher.id()] = matcher.weight()
            matcher.next()
        return out
    wanted = sorted(within) if within is not None else None
    i, previous_max = 0, -1  # the last document of the block before
    while matcher.is_active():
        if wanted is not None:
            # the next document wanted is past this block: skip it unread
            while i < len(wanted) and wanted[i] <= previous_max:
                i += 1
            if i == len(wanted):
                break
            if wanted[i] > matcher._maxid:
                previous_max = matcher._maxid
                matcher._next_block()
                continue
        if matcher._data is None:
            matcher._read_data()
        if matcher._weights is None:
            matcher._read_weights()
        # the block's document numbers are stored as differences (Whoosh's delta_decode)
        block = zip(accumulate(matcher._data[0]), matcher._weights, strict=True)
        if wanted is None:
            out.update(block)
        else:
            out.update((d, w) for d, w in block if d in within)
        previous_max = matcher._maxid
        matcher._next_block()
    return out


class DateColumn:
    """docnum -> stored date ("" when unknown), over every segment of the index.

    Whoosh's own multi-segment column reader assumes that every segment has the column, but a
    segment whose documents have no date has none, and then other documents' dates were read
    (or an IndexError raised): each segment is looked up on its own here.
    """

    def __init__(self, searcher) -> None:
        self._offsets: list[int] = []
        self._columns: list = []
        for reader, offset in searcher.reader().leaf_readers():
            self._offsets.append(offset)
            self._columns.append(reader.column_reader("date") if reader.has_column("date")
                                 else None)

    def __getitem__(self, docnum: int):
        segment = bisect.bisect_right(self._offsets, docnum) - 1
        column = self._columns[segment]
        return "" if column is None else column[docnum - self._offsets[segment]]


def live_counts(searcher) -> tuple[int, int, str | None, str | None]:
    """Articles and quotations in the index, and its first and last dates, counting only live
    documents (Whoosh's term statistics still count the ones an update deleted)."""
    articles = _filter_docs(searcher, "article", Filters())
    quotes = _filter_docs(searcher, "quote", Filters())
    days = [day for _, day in column_values(searcher, "date", articles) if day]
    first, last = (min(days).decode(), max(days).decode()) if days else (None, None)
    return len(articles), len(quotes), first, last


def _invert(day: str) -> str:
    """Map an ISO date to a string that sorts in the opposite order."""
    return day.translate(str.maketrans("0123456789", "9876543210"))


def search_articles(searcher, text: str, filters: Filters = Filters(), *, sort: str = "relevance",
                    limit: int | None = 10, snippet_chars: int = DEFAULT_SNIPPET_CHARS,
                    corpus_root: str = "", count_only: bool = False) -> SearchResult:
    """Search the articles of an open index."""
    q = parse_query(text, searcher.schema, speakers=filters.speakers_asked)
    q = expand_patterns(q, searcher.reader())
    hits, total = run(searcher, q, "article", filters, sort,
                      1 if count_only else limit, exact_total=count_only)
    suggestion = (suggest(searcher, text, _finds(searcher, "article", filters, ARTICLE_DEFAULT_FIELDS))
                  if total == 0 else None)
    if count_only:
        return SearchResult([], total, str(q), suggestion)
    terms = match_terms(q, searcher.reader(), set(ARTICLE_FIELDS))
    out = []
    for rank, (docnum, score) in enumerate(hits, 1):
        stored = searcher.stored_fields(docnum)
        body = stored.get("body", "")
        snippet, marks = best_snippet(body, token_spans(body, terms), snippet_chars)
        out.append(Hit(
            id=stored["id"], path=_path(corpus_root, stored["id"]),
            title=stored.get("title", ""), source=stored.get("source"),
            date=_date(stored.get("date")), score=score, rank=rank,
            snippet=snippet, highlights=marks,
        ))
    return SearchResult(out, total, str(q), suggestion)


QUOTE_FIELDS = ("quote",)


def search_quotes(searcher, text: str | None, filters: Filters = Filters(), *, sort: str = "relevance",
                  limit: int | None = 10, corpus_root: str = "", count_only: bool = False,
                  canonical=lambda name: name) -> SearchResult:
    """Search quotations; with no query, list them newest first."""
    q = parse_query(text, searcher.schema, QUOTE_FIELDS, filters.speakers_asked, searcher) \
        if text and text.strip() else query.Every()
    if isinstance(q, query.Every) and sort == "relevance":
        sort = "newest"
    q = expand_patterns(q, searcher.reader())
    hits, total = run(searcher, q, "quote", filters, sort, 1 if count_only else limit,
                      exact_total=count_only)
    suggestion = (suggest(searcher, text, _finds(searcher, "quote", filters, QUOTE_FIELDS))
                  if total == 0 and text else None)
    if count_only:
        return SearchResult([], total, str(q), suggestion)
    terms = match_terms(q, searcher.reader(), set(QUOTE_FIELDS))
    out = []
    for docnum, _score in hits:
        d = searcher.stored_fields(docnum)
        quote = d.get("quote", "")
        out.append(QuoteRecord(
            id=d["id"], doc=d["doc"], path=_path(corpus_root, d["doc"]),
            title=d.get("article_title", ""), source=d.get("source"),
            date=_date(d.get("date")), speaker=canonical(d.get("speaker")),
            speaker_as_written=d.get("speaker_as_written"), role=d.get("role"),
            quote=quote, kind=d.get("quote_kind", "direct"), context=d.get("context", ""),
            highlights=tuple((s, e) for s, e, _ in token_spans(quote, terms)),
        ))
    return SearchResult(out, total, str(q), suggestion)


def quote_rows(searcher, filters: Filters):
    """Speaker, article, role and date of every quotation passing the filters (for tallies),
    in index order, read from the quotations' tally column (unpickling their stored fields
    cost ten times more)."""
    wanted = _filter_docs(searcher, "quote", filters)
    keys = ("speaker", "doc", "role", "date")
    for _docnum, value in column_values(searcher, "tally", wanted):
        if value:  # none in a segment of articles without quotations
            yield dict(zip(keys, value.decode("utf-8").split(TALLY_SEPARATOR), strict=True))


def _path(root: str, doc_id: str) -> str:
    import os

    return os.path.join(root, *doc_id.split("/")) if root else doc_id


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# ---------------------------------------------------------------------------------------------
# Spelling


def suggest(searcher, text: str, finds=None) -> str | None:
    """Return the query with its unknown words replaced by the closest words the index knows,
    when each is close to the word typed and the corrected query `finds` something."""
    reader = searcher.reader()
    if "spell_body" not in reader.indexed_field_names():
        return None
    corrector = searcher.corrector("body")

    def candidates(word: str) -> list[str]:
        if any(reader.doc_frequency(f, t) for f in ARTICLE_FIELDS
               for t in [tok.text for tok in text_analyzer()(word)]):
            return []  # a word the index knows
        # (the nearest first, a swap of neighbours one edit: "electoin" is "election" before
        # "electing"; of those as near, the commoner: "presdient" is "president", not
        # "prescient")
        found = corrector.suggest(word.lower(), limit=5, maxdist=2)
        return sorted(found, key=lambda w: (edit_distance(w, word.lower()), -sum(
            reader.doc_frequency("body", t.text) for t in text_analyzer()(w))))

    suggestion = respell(text, candidates)
    if suggestion is None:
        return None
    try:
        return suggestion if finds is None or finds(suggestion) else None
    except (QueryError, DateError):
        return None


def _finds(searcher, kind: str, filters: Filters, fields: tuple[str, ...]):
    """A test of whether a query finds anything, for `suggest`."""
    def finds(text: str) -> bool:
        q = expand_patterns(parse_query(text, searcher.schema, fields, filters.speakers_asked,
                                        searcher if kind == "quote" else None), searcher.reader())
        return bool(run(searcher, q, kind, filters, "relevance", 1)[0])
    return finds


# ---------------------------------------------------------------------------------------------
# One article, and counts over time


def resolve_doc(searcher, ref: str, corpus_root: str = "") -> str:
    """Find the article id that `ref` names: an id, a unique prefix of one, or its file path."""
    from nato_search.corpus import document_ref, only_match

    ref = document_ref(ref, corpus_root)
    ids = [t.decode("utf-8") if isinstance(t, bytes) else t for t in searcher.lexicon("doc")]

    def live(doc_ids: list[str]) -> list[str]:  # the lexicon keeps the ids of removed files too
        return [i for i in doc_ids if searcher.document_number(id=i) is not None]

    if live([ref]):
        return ref
    # a unique prefix of an id, or else of a file's name in a sub-folder ("wn_0012")
    matches = live([i for i in ids if i.startswith(ref)]) \
        or live([i for i in ids if "/" not in ref and i.rsplit("/", 1)[-1].startswith(ref)])
    return only_match(ref, matches, lambda: live([i for i in ids if ref.lower() in i.lower()])[:10])


def stored_article(searcher, doc_id: str) -> tuple[dict, list[dict]]:
    """Return the stored fields of an article and of its quotations, in order."""
    docs = [searcher.stored_fields(n) for n in searcher.document_numbers(doc=doc_id)]
    article = next(d for d in docs if d.get("kind") == "article")
    quotes = sorted((d for d in docs if d.get("kind") == "quote"),
                    key=lambda d: int(d["id"].rsplit("#", 1)[1]))
    return article, quotes


def period_counts(searcher, text: str | None, filters: Filters, by: str,
                  quote_fields: tuple[str, ...] = ("quote",)) -> tuple[dict[str, list[int]], int]:
    """Count matching articles and quotations per period; returns ({period: [articles, quotes]},
    number of matching articles with no known date)."""
    width = 7 if by == "month" else 4
    counts: dict[str, list[int]] = {}
    undated = 0
    quoting: set[str] | None = None
    if filters.speakers:
        # with --speaker, an article counts when it holds that person's quotations of the
        # kinds asked for, as `speakers` counts them
        quoting = {row["doc"] for row in quote_rows(searcher, filters)}
    article_filters = Filters(filters.since, filters.until, filters.source,
                              sources_found=filters.sources_found)
    for slot, kind, fields in ((0, "article", ARTICLE_DEFAULT_FIELDS), (1, "quote", quote_fields)):
        if text and text.strip() != "*":
            q = expand_patterns(parse_query(text, searcher.schema, fields, filters.speakers_asked,
                                            searcher if kind == "quote" else None),
                                searcher.reader())
        else:
            q = query.Every()
        # the matching documents, unscored: a search's results cost six times more
        found = _filter_docs(searcher, kind, article_filters if slot == 0 else filters)
        if not isinstance(q, query.Every):
            found = found & set(searcher.docs_for_query(q))
        if slot == 0 and quoting is not None:
            stored = searcher.reader().stored_fields
            found = {d for d in found if stored(d)["id"] in quoting}
        for _docnum, value in column_values(searcher, "date", found):
            day = value.decode() if isinstance(value, bytes) else (value or "")
            if not day:
                undated += slot == 0
                continue
            counts.setdefault(day[:width], [0, 0])[slot] += 1
    return counts, undated


def _docs(searcher, q: query.Query) -> set[int]:
    """The live documents a query matches, unscored; an Or of terms as the union of each."""
    if isinstance(q, query.Or) and all(isinstance(t, query.Term) for t in q.subqueries):
        out: set[int] = set()
        for term in q.subqueries:
            out |= _docs(searcher, term)
        return out
    return set(searcher.docs_for_query(q))


def column_values(searcher, field: str, docnums: set[int]):
    """(docnum, raw value) of a column for the documents asked for, in index order: a column
    read straight through, segment by segment, is ten times faster than one lookup a document.
    A segment without the column (none of its documents had the field) gives b"" for each."""
    for reader, offset in searcher.reader().leaf_readers():
        if not reader.has_column(field):
            yield from ((d, b"") for d in sorted(docnums)
                        if offset <= d < offset + reader.doc_count_all())
            continue
        column = reader.column_reader(field, translate=False)
        for docnum, value in enumerate(_column_bytes(column), offset):
            if docnum in docnums:
                yield docnum, value


def _column_bytes(column):
    """Every value of a segment's column. A column of variable-length bytes is read from disk
    in one piece and cut at its offsets (Whoosh reads it one value at a time, ~2 us each);
    other columns as Whoosh iterates them."""
    from whoosh.columns import VarBytesColumn

    if not isinstance(column, VarBytesColumn.Reader):
        return iter(column)
    lengths, offsets = column._lengths, column._offsets  # (whoosh-reloaded 2.7.5's own fields)
    data = column._dbfile.get(column._basepos, sum(lengths)) if len(lengths) else b""
    return (data[o:o + n] for o, n in zip(offsets, lengths, strict=True))


def fill_periods(counts: dict[str, list[int]], by: str) -> list[tuple[str, int, int]]:
    """List every period from the first to the last, empty ones included, oldest first."""
    if not counts:
        return []
    keys = sorted(counts)
    out = []
    if by == "year":
        for year in range(int(keys[0]), int(keys[-1]) + 1):
            a, q = counts.get(str(year), [0, 0])
            out.append((f"{year:04d}", a, q))
        return out
    y, m = int(keys[0][:4]), int(keys[0][5:7])
    last = (int(keys[-1][:4]), int(keys[-1][5:7]))
    while (y, m) <= last:
        key = f"{y:04d}-{m:02d}"
        a, q = counts.get(key, [0, 0])
        out.append((key, a, q))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
