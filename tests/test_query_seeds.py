"""`nato-search query` on the real seed articles, through the real CLI.

Expected files were found by reading the five seeds: "liaison office" is only in 003;
Kishida is named in 000-003 but not in 004 (Nakatani's article); Stoltenberg only in 002.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

L003 = "003_90a1c7bb93c84664.txt"
ALL = ["000_cabf6450f5cb8c2d.txt", "001_9c0802ab898a4807.txt", "002_7fa380e9ecd85f54.txt",
       L003, "004_2fc31b5072736374.txt"]


def ids(result) -> list[str]:
    return sorted(json.loads(line)["id"] for line in result.stdout.splitlines())


def q(cli, seeds, *args):
    return cli("query", *args, "--corpus", seeds, "--format", "jsonl", "--limit", "0")


def test_liaison_office_finds_only_003_and_its_snippet_holds_both_words(cli, seeds):
    result = q(cli, seeds, "liaison office")
    assert result.exit_code == 0, result.stderr
    [hit] = [json.loads(line) for line in result.stdout.splitlines()]
    assert hit["id"] == L003
    assert hit["path"] == str(seeds / L003)
    assert hit["rank"] == 1 and hit["score"] > 0
    marked = [hit["snippet"][s:e].lower() for s, e in hit["highlights"]]
    assert marked == ["liaison", "office"]
    assert "NATO’s first liaison office in Japan" in hit["snippet"]


@pytest.mark.parametrize("query, expected", [
    ("Kishida", ALL[:4]),
    ("kishida", ALL[:4]),
    ("KISHIDA", ALL[:4]),
    ("Stoltenberg", [ALL[2]]),
    ("Kishida NOT Stoltenberg", [ALL[0], ALL[1], ALL[3]]),
    ("Stoltenberg OR Nakatani", [ALL[2], ALL[4]]),
    ("(Stoltenberg OR Nakatani) Belgium", [ALL[4]]),
    ('"Indo-Pacific Four"', [ALL[1], ALL[3]]),
    ('"office liaison"', []),
    ("liais*", [L003]),
    ("cooperat*", ALL),  # every seed speaks of cooperation
    ("cooperate", ALL),  # stemming: cooperate finds cooperation
    ("Stoltenbrg~", [ALL[2]]),
    ("title:Belgium", [ALL[4]]),
    ("TITLE:belgium", [ALL[4]]),
    ("body:Wenbin", [ALL[0]]),
    ("Wenbin Stoltenberg", []),
    ("*", ALL),
])
def test_query_language_on_seeds(cli, seeds, query, expected):
    result = q(cli, seeds, query)
    assert result.exit_code == (0 if expected else 1), result.stderr
    assert ids(result) == expected


def test_accents_and_case_are_folded(cli, make_corpus):
    root = make_corpus({"a.txt": "Señor Müller met the Élysée delegation.\n",
                        "b.txt": "Nothing here.\n"})
    for query in ("muller", "MÜLLER", "elysee", "senor"):
        result = cli("query", query, "--corpus", root, "-f", "jsonl")
        assert ids(result) == ["a.txt"], query


def test_a_word_only_in_the_title_is_found_and_the_body_shown_is_the_body(cli, make_corpus):
    root = make_corpus({
        "a.txt": "Quadrilateral talks resume in Canberra\n\nMinisters met on Monday to discuss "
                 "maritime security and supply chains in the region.\n",
        "b.txt": "Tokyo trade talks end without agreement\n\nThe quadrilateral dialogue was not "
                 "mentioned at the summit, which discussed trade.\n"})
    for query, expected in (("Canberra", ["a.txt"]), ("title:canberra", ["a.txt"]),
                            ("body:summit", ["b.txt"]), ("title:summit", [])):
        result = cli("query", query, "--corpus", root, "-f", "jsonl")
        assert ids(result) == expected, query
    # the title is indexed with the body, twice for weight, but the body shown is the article's
    [shown] = json.loads(cli("show", "a.txt", "--corpus", root, "-f", "json").stdout)
    assert shown["title"] == "Quadrilateral talks resume in Canberra"
    assert shown["body"].startswith("Ministers met on Monday")
    # a word in a title ranks its article above one that only mentions it in the body
    result = cli("query", "quadrilateral", "--corpus", root, "-f", "jsonl")
    assert ids(result) == ["a.txt", "b.txt"]


def test_ranking_prefers_the_article_about_the_words(cli, seeds):
    result = cli("query", "Stoltenberg NATO", "--corpus", seeds, "-f", "jsonl")
    assert json.loads(result.stdout.splitlines()[0])["id"] == ALL[2]


def test_limit_and_rank(cli, seeds):
    result = cli("query", "NATO", "--corpus", seeds, "-f", "jsonl", "--limit", "2")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["rank"] for r in rows] == [1, 2]
    assert rows[0]["score"] >= rows[1]["score"]


def test_json_is_one_array_of_the_jsonl_objects(cli, seeds):
    jsonl = cli("query", "NATO", "--corpus", seeds, "-f", "jsonl").stdout
    array = json.loads(cli("query", "NATO", "--corpus", seeds, "-f", "json").stdout)
    assert array == [json.loads(line) for line in jsonl.splitlines()]
    assert list(array[0]) == ["id", "path", "title", "source", "date", "score", "rank",
                              "snippet", "highlights"]


@pytest.mark.parametrize("fmt, sep", [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv(cli, seeds, fmt, sep):
    result = cli("query", "liaison office", "--corpus", seeds, "-f", fmt)
    rows = list(csv.reader(io.StringIO(result.stdout), delimiter=sep))
    assert rows[0] == ["id", "path", "title", "source", "date", "score", "rank", "snippet",
                       "highlights"]
    assert rows[1][0] == L003 and len(rows) == 2
    # a list of [start, end] pairs, joined with "; " as every list in CSV and TSV
    snippet = rows[1][7]
    highlights = [[int(n) for n in pair.split(",")] for pair in rows[1][8].split("; ")]
    assert [snippet[s:e] for s, e in highlights] == ["liaison", "office"]


def test_paths_and_null(cli, seeds):
    result = cli("query", "Stoltenberg OR Nakatani", "--corpus", seeds, "-f", "paths")
    assert sorted(result.stdout.splitlines()) == [str(seeds / ALL[2]), str(seeds / ALL[4])]
    result = cli("query", "Stoltenberg OR Nakatani", "--corpus", seeds, "-f", "paths", "-0")
    assert sorted(result.stdout.split("\0")[:-1]) == [str(seeds / ALL[2]), str(seeds / ALL[4])]
    assert result.stdout.endswith("\0")


def test_count(cli, seeds):
    result = cli("query", "Kishida", "--corpus", seeds, "--count")
    assert (result.exit_code, result.stdout) == (0, "4\n")
    result = cli("query", "zzzzunknown", "--corpus", seeds, "--count")
    assert (result.exit_code, result.stdout) == (1, "0\n")


def test_plain_layout(cli, seeds):
    result = cli("query", "liaison office", "--corpus", seeds, "-f", "plain")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1. ") and "NATO" in lines[0]
    assert lines[1].strip().startswith(L003)
    assert "liaison office" in lines[2]
    assert "\x1b" not in result.stdout


def test_rich_colour_only_when_asked(cli, seeds):
    plain = cli("query", "liaison office", "--corpus", seeds, "-f", "rich", "--color", "never")
    assert "\x1b[" not in plain.stdout and "liaison office" in plain.stdout
    coloured = cli("query", "liaison office", "--corpus", seeds, "-f", "rich", "--color", "always")
    assert "\x1b[" in coloured.stdout
    # CliRunner is not a terminal: auto means no colour
    auto = cli("query", "liaison office", "--corpus", seeds, "-f", "rich")
    assert "\x1b[" not in auto.stdout
    # the flag wins over NO_COLOR
    forced = cli("query", "liaison office", "--corpus", seeds, "-f", "rich", "--color", "always",
                 env={"NO_COLOR": "1"})
    assert "\x1b[" in forced.stdout


def test_no_results_is_exit_1_with_a_spelling_suggestion(cli, seeds):
    result = cli("query", "Kishda", "--corpus", seeds)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == "nato-search: no results; did you mean: kishida?"


@pytest.mark.parametrize("query", ["*foo", "zzz*", "Kishdaa~", "title:zzzz*"])
def test_no_suggestion_for_patterns(cli, seeds, query):
    result = cli("query", query, "--corpus", seeds)
    assert result.exit_code == 1
    assert result.stderr.strip() == "nato-search: no results"


def test_suggestion_keeps_the_query_shape(cli, seeds):
    # 003 names Kishida beside "liaison office" in its text (not in its title: no suggestion
    # for title:, where the corrected query would find nothing either)
    result = cli("query", 'body:Kishda "liaison office"', "--corpus", seeds)
    assert result.stderr.strip() == 'nato-search: no results; did you mean: body:kishida "liaison office"?'


def test_no_suggestion_for_words_the_index_knows(cli, seeds):
    result = cli("query", "Wenbin Stoltenberg", "--corpus", seeds)
    assert result.exit_code == 1
    assert "did you mean" not in result.stderr


def test_explain_goes_to_stderr(cli, seeds):
    result = cli("query", "liaison office", "--corpus", seeds, "-f", "jsonl", "--explain")
    assert "body:liaison" in result.stderr
    assert all(line.startswith("{") for line in result.stdout.splitlines())


def test_snippet_chars(cli, seeds):
    short = cli("query", "liaison", "--corpus", seeds, "-f", "jsonl", "--snippet-chars", "60")
    snippet = json.loads(short.stdout)["snippet"]
    assert len(snippet) <= 60 + 4 and "liaison" in snippet


def test_snippet_matching_agrees_with_whoosh_analysis():
    """The shortcut in token_spans finds exactly the words Whoosh's analyzer would."""
    from nato_search.engines.whoosh.schema import text_analyzer
    from nato_search.engines.whoosh.searching import token_spans

    text = ("Days of daily talks: the day Kishida's cooperation, cooperating and co-operation "
            "began, U.S. officials said; skies over Séoul and Tōkyō cleared. Was it war?")
    terms = {t.text for t in text_analyzer()("day cooper sky seoul tokyo wa war u.")}
    expected = [(t.startchar, t.endchar, t.text) for t in
                text_analyzer()(text, chars=True, mode="index") if t.text in terms]
    assert token_spans(text, terms) == expected
    assert len(expected) >= 5  # not a vacuous comparison


def test_cached_lengths_score_exactly_as_whoosh_does(seeds):
    """The searcher's BM25F reads document lengths from memory; ranks and scores are Whoosh's."""
    from whoosh import scoring

    from nato_search.api import Library
    from nato_search.engines.whoosh.searching import Filters, _filter_docs, parse_query, weighting

    lib = Library.open(seeds)
    searcher = lib._searcher()
    plain = searcher.__class__(searcher.reader(), weighting=scoring.BM25F())
    cached = searcher.__class__(searcher.reader(), weighting=weighting())
    allowed = _filter_docs(searcher, "article", Filters())
    for text in ("NATO", "Kishida summit", '"liaison office"', "security OR defence", "title:NATO"):
        q = parse_query(text, searcher.schema)
        expected = [(h.docnum, h.score) for h in plain.search(q, filter=allowed, limit=None)]
        got = [(h.docnum, h.score) for h in cached.search(q, filter=allowed, limit=None)]
        assert got == expected and expected, text
    lib.close()


def test_a_snippet_never_starts_inside_a_word(cli, make_corpus):
    # the match inside a word glued to it ("Organization(NATO)") and the window's start inside
    # that word (a long sentence before it, a second match after it): the whole word, never
    # "rganization(NATO)", whatever the snippet's size
    sentence = ("President Lee Min-ho flew to Lithuania on Monday to attend the summit of the "
                "North Atlantic Treaty Organization(NATO).\n\nThe presidential plane carrying him "
                "and his delegation landed at Vilnius International Airport at about 8 p.m. "
                "Monday.\n\nHe will stay in the capital until Wednesday, attending the NATO "
                "summit as the leader of a partner nation.")
    root = make_corpus({"a.txt": "Lee arrives in Lithuania\n\n" + sentence + "\n"})
    for chars in range(120, 300, 9):
        snippet = json.loads(cli("query", "NATO", "--corpus", root, "-f", "jsonl",
                                 "--snippet-chars", str(chars)).stdout)["snippet"]
        assert snippet.removeprefix("… ").split()[0] in sentence.split(), snippet
