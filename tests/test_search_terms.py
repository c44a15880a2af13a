"""One word, or two that must both match, are ranked without Whoosh's matchers
(`searching.top_of_terms`): the same documents, scores and order as Whoosh's own search."""

from __future__ import annotations

import random
import shutil

import pytest
from conftest import FIXTURES, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st
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


# --- snippets: the window found by bisection, whitespace collapsed run by run -------------

def _plain_snippet(text, spans, max_chars):
    """best_snippet as it was first written (a scan of every later span for each span, one
    character at a time to collapse): what the faster one must give."""
    import re

    max_chars = max(max_chars, 20)
    if not spans:
        lo, hi = 0, min(len(text), max_chars)
    else:
        best = (0, 0, 0)
        for i, (start, _, _) in enumerate(spans):
            inside = [s for s in spans[i:] if s[1] - start <= max_chars]
            score = (len({s[2] for s in inside}), len(inside))
            if score > best[:2]:
                best = (*score, i)
        first = spans[best[2]]
        inside = [s for s in spans[best[2]:] if s[1] - first[0] <= max_chars]
        span_end = inside[-1][1]
        slack = max_chars - (span_end - first[0])
        lo = max(0, first[0] - slack // 3)
        starts = [m.end() for m in searching._SENTENCE_START.finditer(
            text, max(0, first[0] - slack), first[0])]
        if starts and starts[-1] <= first[0]:
            lo = starts[-1]
        elif first[0] - slack <= 0:
            lo = 0
        hi = max(min(len(text), lo + max_chars), span_end)
    if lo > 0 and not text[lo - 1].isspace():
        nxt = re.search(r"\s", text[lo:])
        if nxt and (not spans or lo + nxt.end() <= spans[0][0] or lo + nxt.end() <= first[0]):
            lo += nxt.end()
        else:
            lo = max((i + 1 for i in range(lo) if text[i].isspace()), default=0)
    if hi < len(text) and not text[hi].isspace():
        prev = text.rfind(" ", lo, hi)
        if prev > lo and (not spans or prev >= span_end):
            hi = prev
    out, mapping, pos, pending = [], {}, 2 if lo > 0 else 0, False
    for i in range(lo, hi):
        if text[i].isspace():
            pending = bool(out)
            mapping[i] = pos
            continue
        if pending:
            out.append(" ")
            pos += 1
            pending = False
        mapping[i] = pos
        out.append(text[i])
        pos += 1
    marks = [(s, e) for s, e, _ in spans if lo <= s and e <= hi]
    return (("… " if lo > 0 else "") + "".join(out) + (" …" if hi < len(text) else ""),
            tuple((mapping[s], mapping[e - 1] + 1) for s, e in marks))


SPACES = [" ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\r\n", "  ", ". ", "! "]
PIECES = ["said", "Kishida", "the", "NATO", "é", "x.y", "…", "“quote”", "He", "3"]


@settings(max_examples=3_000, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(SPACES), st.sampled_from(PIECES), st.text(max_size=4)),
                max_size=80).map("".join), st.integers(min_value=0, max_value=300))
def test_snippets_are_those_of_the_plain_scan(text, limit):
    import re

    spans = [(m.start(), m.end(), m.group(0).lower())
             for m in re.finditer(r"said|Kishida|NATO|the", text)]
    assert searching.best_snippet(text, spans, limit) == _plain_snippet(text, spans, limit)


def test_snippets_of_real_articles_are_those_of_the_plain_scan(library):
    lib, _ = library
    searcher = lib._searcher()
    bodies = [f["body"] for f in searcher.all_stored_fields() if f.get("kind") == "article"]
    assert len(bodies) > 100
    for body in bodies:
        for terms in ({"said"}, {"the", "minist"}, {"nato"}):
            spans = searching.token_spans(body, terms)
            for limit in (240, 60):
                assert searching.best_snippet(body, spans, limit) == \
                    _plain_snippet(body, spans, limit)


# --- highlights: the words of a text that the index matched -------------------------------

def _every_word(text: str, terms: set[str]) -> list[tuple[int, int, str]]:
    """What token_spans must find, the slow and obvious way: analyse every word."""
    import re

    from nato_search.engines.whoosh.schema import text_analyzer

    out = []
    for m in re.finditer(r"\w+(?:\.?\w+)*", text):
        for token in text_analyzer()(m.group(0)):
            if token.text in terms:
                out.append((m.start(), m.end(), token.text))
            break
    return out


@pytest.mark.parametrize("letters", [0, 3, 64, 65, 400])  # outside ASCII: none, few, many
def test_highlighted_words_with_few_or_many_letters_outside_ascii(letters):
    from nato_search.engines.whoosh.searching import _BEYOND_ASCII

    plain = ["seoul", "police", "Police.", "said", "x.y", "Naive", "uberall", "SEOUL's"]
    accented = ["Séoul", "naïve", "überall", "Ωmega", "Ä", "éclair"]
    words = [plain[i % len(plain)] for i in range(150)]
    for i in range(letters):  # in a word of its own, or inside one
        words[(i * 37) % len(words)] += accented[i % len(accented)] if i % 2 else ""
        words.append(accented[i % len(accented)])
    text = " ".join(words)
    assert len(_BEYOND_ASCII.findall(text)) >= letters
    for terms in ({"seoul"}, {"polic", "said"}, {"naiv", "uberal"}, {"eclair", "x.y"}):
        assert searching.token_spans(text, terms) == _every_word(text, terms), (letters, terms)
