"""Property-based tests: arbitrary text never breaks the extractors, arbitrary arguments never
break the CLI."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import SEEDS
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nato_search.cleaning import clean_blocks, normalise
from nato_search.corpus import UnreadableFile, decode, split_front_matter
from nato_search.dates import parse_period
from nato_search.engines.whoosh.schema import build_schema, text_analyzer
from nato_search.engines.whoosh.searching import best_snippet, parse_query, token_spans
from nato_search.errors import DateError, QueryError
from nato_search.metadata import extract_date, find_dates
from nato_search.quotes import extract_quotes
from nato_search.text import WORDS as WORD_PATTERN

# The pieces news prose is made of, so that random text reaches the interesting paths.
FRAGMENTS = [
    "“", "”", "\"", "‘", "’", "«", "»", "„", " said ", " told ", " added", ", ", ". ", ": ",
    "\n", "\n\n", " he ", " she ", "Kishida", "Fumio Kishida", "Prime Minister ", "The NATO "
    "secretary-general", " according to ", "TOKYO, July 9 (Reuters) - ", "By Naija247news",
    "Discover more from X", "14:37 JST, October 19, 2024", "08.07.24, 20:41", "Sunday, ",
    "January 2023, 31", " that ", "WhatsApp Channel Join Now", "More like this", "(Photo",
    "―", "—", "[", "]", "(", ")", "U.S.", "Mr.", "\u202e", "\x1b[31m", "ä", "ß", "数",
]
news_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)),
                     max_size=40).map("".join)
MANY = settings(max_examples=10_000, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@MANY
@given(news_text)
@example("0\ufffd")  # a mark lost to a wrong encoding, at the end of a line
@example("\x1b[31m](Photo)")  # brackets after brackets: no Markdown link
@example("# said \x00")  # a heading's mark, and the character that stands for a link's
def test_cleaning_never_fails_and_keeps_whole_lines(text):
    cleaned = clean_blocks(text)
    # (whole lines of the text as read: a byte-order mark dropped, the marks a wrong encoding
    # turned into U+FFFD put back, a Markdown heading's marks off)
    lines = {line.strip() for line in normalise(text).split("\n")}
    lines |= {re.sub(r"^#{1,6}[ \t]+", "", line).strip() for line in lines}
    for paragraph in cleaned.body.split("\n\n"):
        assert paragraph == "" or paragraph.strip() in lines


@MANY
@given(news_text)
def test_dates_never_fail_and_are_real_dates(text):
    for found in find_dates(text):
        assert 0 <= found.start < len(text)
        found.resolve()  # a day that does not exist resolves to None, never raises
    day, how = extract_date(clean_blocks(text))
    assert (day is None) == (how is None)


@MANY
@given(news_text)
def test_quotations_never_fail_and_point_into_the_text(text):
    body = clean_blocks(text).body
    for q in extract_quotes(body):
        assert 0 <= q.start <= q.end <= len(body)
        assert q.kind in ("direct", "partial", "indirect")
        assert q.speaker is None or q.speaker.strip()


@settings(max_examples=2_000, deadline=None)
@given(st.binary(max_size=300))
def test_decoding_reads_text_or_refuses_it(data):
    try:
        text = decode(data)
    except UnreadableFile:
        return
    assert isinstance(text, str)
    split_front_matter(text)


@settings(max_examples=2_000, deadline=None)
@given(news_text, st.integers(min_value=0, max_value=400))
def test_snippet_highlights_are_inside_the_snippet(text, limit):
    spans = [(m.start(), m.end(), "x") for m in __import__("re").finditer(r"said|Kishida", text)]
    snippet, marks = best_snippet(text, spans, limit)
    for start, end in marks:
        assert 0 <= start < end <= len(snippet)


def _every_word_analysed(text: str, terms: set[str]) -> list[tuple[int, int, str]]:
    """What token_spans must find, done the slow and obvious way: analyse every word."""
    analyzer = text_analyzer()
    out = []
    for m in re.finditer(WORD_PATTERN, text):  # the index's words: each CJK character alone
        for token in analyzer(m.group(0)):
            if token.text in terms:
                out.append((m.start(), m.end(), token.text))
            break
    return out


WORDS = ["Kishida", "KISHIDA", "kishida's", "Summit", "summits", "security", "Sécurité",
         "Ōsaka", "osaka", "U.S.", "u.s", "day", "days", "daily", "co-operation", "cooperate",
         "x.nato", "NATO", "nato1", "数", "é", "a", "I", "said", "1.5", "_nato", "Séoul", "Tōkyō",
         "SÉOUL", "sÉoul"]
TERMS = ["kishida", "summit", "secur", "osaka", "u.s", "dai", "cooper", "nato", "a", "é", "1.5",
         "seoul", "tokyo"]


@settings(max_examples=3_000, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(FRAGMENTS), st.text(max_size=6)),
                max_size=30).map(" ".join),
       st.sets(st.sampled_from(TERMS), min_size=1))
@example(text="A㐀", terms={"a"})  # a word, then a Chinese character: two words to the index
@example(text="岸田 Kishida", terms={"kishida"})
@example(text="AEÐ", terms={"a"})  # a stem of one letter ("aed" -> "a")
def test_highlighted_words_are_those_the_index_matches(text, terms):
    assert token_spans(text, terms) == _every_word_analysed(text, terms)


SCHEMA = build_schema()


@settings(max_examples=3_000, deadline=None)
@given(st.one_of(news_text, st.text(alphabet='ab :*~"()[]{}^-+TONDRA\\/', max_size=30)))
def test_query_parsing_succeeds_or_says_why(text):
    try:
        parse_query(text, SCHEMA)
    except (QueryError, DateError) as exc:
        assert exc.message


@settings(max_examples=3_000, deadline=None)
@given(st.text(max_size=14))
def test_date_parsing_succeeds_or_says_why(text):
    try:
        first, last = parse_period(text)
    except DateError as exc:
        assert "YYYY" in exc.hint
        return
    assert first <= last


# --- the CLI, on a prepared copy of the seeds ---------------------------------------------

@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    corpus, index = root / "seeds", root / "index"
    shutil.copytree(SEEDS, corpus)
    from nato_search.api import Library

    Library.open(corpus, index).refresh()
    return ["--corpus", str(corpus), "--index", str(index)]


CLI = settings(max_examples=150, deadline=None,
               suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
runner = CliRunner()


def invoke(*args: str):
    from nato_search.cli import app

    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr
    if result.exit_code == 2:
        lines = result.stderr.strip().splitlines()
        assert 1 <= len(lines) <= 2, (args, result.stderr)
        assert result.stdout == ""
    return result


@CLI
@given(st.one_of(news_text, st.text(alphabet='ab :*~"()[]{}^-+TONDRA', max_size=30)))
def test_any_query_string(prepared, text):
    invoke("query", "--format", "jsonl", *prepared, "--", text)


@CLI
@given(st.text(max_size=14), st.text(max_size=14))
def test_any_dates(prepared, since, until):
    result = invoke("query", "NATO", "--format", "jsonl", "--since", since, "--until", until,
                    *prepared)
    if result.exit_code == 2:
        assert "YYYY" in result.stderr or "after --until" in result.stderr or \
            "Invalid value" in result.stderr or "requires an argument" in result.stderr


@CLI
@given(st.one_of(news_text, st.text(max_size=20)))
def test_any_speaker(prepared, name):
    invoke("quotes", "--speaker", name, "--format", "jsonl", *prepared)


@CLI
@given(st.one_of(st.text(max_size=30), st.sampled_from(["0", "00", "003", "003_90a1c7bb93c84664.txt",
                                                         "../etc/passwd", "/", ".", ""])))
def test_any_document_id(prepared, ref):
    invoke("show", "--format", "json", *prepared, "--", ref)


@pytest.fixture(scope="module")
def seeds_searcher(tmp_path_factory):
    from nato_search.api import Library

    work = tmp_path_factory.mktemp("confined")
    lib = Library.open(SEEDS, work / "idx")
    yield lib._searcher()
    lib.close()


QUERY_CLAUSES = ["Kishida", "NATO", "Japan", "Korea", "security", "said", "liaison", "China",
                 "title:NATO", "title:Japan", "speaker:Kishida", "speaker:Yoon", "date:2024",
                 "date:2023", "source:Reuters", "coop*", "Kor*", '"liaison office"', "*",
                 "(Japan OR speaker:Kishida)", "(NOT Korea)", "(date:2024 AND NATO)"]
QUERY_OPERATORS = ["", "OR ", "AND ", "NOT ", "OR NOT ", "ANDNOT ", "ANDMAYBE "]
queries = st.lists(st.tuples(st.sampled_from(QUERY_OPERATORS), st.sampled_from(QUERY_CLAUSES)),
                   min_size=1, max_size=4).map(lambda parts: " ".join(o + c for o, c in parts))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(queries)
def test_a_query_confined_to_article_fields_matches_only_articles(seeds_searcher, text):
    """Article searches skip the filter by kind when the query needs a field only articles
    have (`confined_to`): then no match of the bare query may be a quotation."""
    from nato_search.engines.whoosh.searching import _ARTICLE_ONLY, confined_to, expand_patterns

    try:
        q = expand_patterns(parse_query(text, seeds_searcher.schema), seeds_searcher.reader())
    except (QueryError, DateError):
        return
    if confined_to(q, _ARTICLE_ONLY):
        kinds = {hit["kind"] for hit in seeds_searcher.search(q, limit=None)}
        assert kinds <= {"article"}, (text, q)


def test_confined_to_knows_negations_and_shared_fields(seeds_searcher):
    from nato_search.engines.whoosh.searching import _ARTICLE_ONLY, confined_to

    def confined(text):
        return confined_to(parse_query(text, seeds_searcher.schema), _ARTICLE_ONLY)

    assert confined("Kishida") and confined("NATO AND speaker:Kishida")
    assert confined("Japan OR title:Korea") and confined("security NOT China")
    assert not confined("NOT China") and not confined("*") and not confined("speaker:Kishida")
    assert not confined("Japan OR speaker:Kishida") and not confined("date:2024")
