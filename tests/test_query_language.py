"""The query language means what a search box means: `-word`, `+word`, `word~` on the word as
written, `field:"a phrase"`, several words as one query, and suggestions that help.

Expected files come from reading the seeds: Kishida is named in 000-003, not in 004;
Stoltenberg only in 002; Reuters in 001 and 003; "liaison office" only in 003; every seed
has "cooperation"; the titles of 001 (its lead sentence) and 002 (its headline) say
"strengthen cooperation".
"""

from __future__ import annotations

import json

import pytest

ALL = ["000_cabf6450f5cb8c2d.txt", "001_9c0802ab898a4807.txt", "002_7fa380e9ecd85f54.txt",
       "003_90a1c7bb93c84664.txt", "004_2fc31b5072736374.txt"]


def found(cli, corpus, *words, command="query"):
    result = cli(command, "--corpus", corpus, "-f", "jsonl", "--limit", "0", "--", *words)
    assert result.exit_code in (0, 1), result.stderr
    key = "id" if command == "query" else "doc"
    return sorted({json.loads(line)[key] for line in result.stdout.splitlines()})


@pytest.mark.parametrize("query, expected", [
    ("Kishida -Stoltenberg", [ALL[0], ALL[1], ALL[3]]),
    ("Kishida -Reuters", [ALL[0], ALL[2]]),  # 001 and 003 cite Reuters
    ("-Kishida", [ALL[4]]),  # without: everything but
    ('Kishida -"liaison office"', ALL[:3]),
    ("Kishida -(Stoltenberg OR liaison)", [ALL[0], ALL[1]]),
    ("+Stoltenberg Kishida", [ALL[2]]),
    ("+Stoltenberg +Kishida", [ALL[2]]),
    ('"Indo-Pacific Four"', [ALL[1], ALL[3]]),  # a hyphen inside a word is no sign
])
def test_plus_and_minus(cli, seeds, query, expected):
    assert found(cli, seeds, query) == expected


def test_minus_in_a_date_range_is_part_of_the_date(cli, seeds):
    assert found(cli, seeds, "NATO date:[2024-07-01 TO 2024-10-31]") == [ALL[1], ALL[3], ALL[4]]


def test_fuzzy_matches_the_word_as_written(cli, seeds):
    assert found(cli, seeds, "cooperation~") == ALL
    assert found(cli, seeds, "Stoltenbrg~") == [ALL[2]]


def test_two_letters_swapped_are_one_edit(cli, seeds, make_corpus):
    # (as typists make them, and as the OpenSearch engine counts them)
    assert found(cli, seeds, "Stoltenbreg~") == [ALL[2]]
    assert found(cli, seeds, "summti~") == found(cli, seeds, "summit")
    # and the nearest spelling is the one suggested: "election", not the commoner "electing"
    corpus = make_corpus({
        "a.txt": "Vote\n\nThe election is on Sunday.\n",
        **{f"b{n}.txt": f"Party {n}\n\nThe party is electing a leader.\n" for n in range(4)}})
    result = cli("query", "--corpus", corpus, "electoin")
    assert result.exit_code == 1 and "did you mean: election?" in result.stderr
    # (of two words as near, the commoner: "president", not "prescient")
    corpus = make_corpus({
        "a.txt": "Vote\n\nThe prescient forecast was right.\n",
        **{f"b{n}.txt": f"Visit {n}\n\nThe president visited the base.\n" for n in range(4)}},
        name="second")
    result = cli("query", "--corpus", corpus, "presdient")
    assert result.exit_code == 1 and "did you mean: president?" in result.stderr


def test_fuzzy_does_not_match_near_stems(cli, make_corpus):
    corpus = make_corpus({
        "measles.txt": "Measles cases rise\n\nHealth officials reported new measles cases "
                       "in the region on Monday.\n",
        "meals.txt": "Free school meals\n\nThe council said school meals will be free for "
                     "every pupil from next year.\n",
    })
    assert found(cli, corpus, "measles~") == ["measles.txt"]  # its stem "measl" is near "meal"
    assert found(cli, corpus, "meals~") == ["meals.txt"]
    assert found(cli, corpus, "meesles~") == ["measles.txt"]  # a misspelling finds the word


def test_a_phrase_in_a_field(cli, seeds):
    assert found(cli, seeds, 'title:"strengthen cooperation"') == [ALL[1], ALL[2]]
    assert found(cli, seeds, 'title:"cooperation strengthen"') == []


def test_a_phrase_with_a_distance_finds_its_words_that_far_apart_in_order(cli, make_corpus):
    root = make_corpus({
        "a.txt": "Talks\n\nThe ministers spoke of security in Europe and beyond it at length.\n",
        "b.txt": "Trade\n\nThe ministers spoke of security, trade and the future of Europe.\n",
        "c.txt": "Order\n\nThe ministers spoke of Europe and its security for an hour.\n",
    })
    assert found(cli, root, '"security Europe"') == []
    assert found(cli, root, '"security Europe"~1') == ["a.txt"]
    assert found(cli, root, '"security Europe"~5') == ["a.txt", "b.txt"]  # (in this order)
    assert found(cli, root, '"security Europe"~1^2 ministers') == ["a.txt"]


def test_a_possessive_asks_for_its_word(cli, make_corpus):
    root = make_corpus({"a.txt": "Navy\n\nJapan sends two ships to the exercise this week.\n",
                        "b.txt": "Fleet\n\nThe country's ships sail at dawn, the navy says.\n"})
    assert found(cli, root, "Japan's") == ["a.txt"]  # (not "Japan" and every "s")


def test_a_range_that_leaves_out_both_its_ends_and_holds_no_day_says_so(cli, seeds):
    result = cli("query", "date:{2024-07-08 TO 2024-07-09}", "--corpus", seeds)
    assert result.exit_code == 2
    assert "holds no day" in result.stderr and "ends before it starts" not in result.stderr


def test_a_speakers_name_as_a_phrase(cli, seeds):
    result = cli("quotes", 'speaker:"Fumio Kishida"', "--corpus", seeds, "-f", "jsonl",
                 "--kind", "all", "--limit", "0")
    assert result.exit_code == 0, result.stderr
    speakers = {json.loads(line)["speaker"] for line in result.stdout.splitlines()}
    assert speakers == {"Fumio Kishida"}
    # a phrase's words in its order ...
    assert cli("quotes", 'speaker:"Sung-han Kim"', "--corpus", seeds).exit_code == 1
    # ... or a spelling the alias table gives the person, as --speaker reads it
    result = cli("quotes", 'speaker:"Kishida Fumio"', "--corpus", seeds, "-f", "jsonl",
                 "--kind", "all", "--limit", "0")
    assert {json.loads(line)["speaker"] for line in result.stdout.splitlines()} == {"Fumio Kishida"}


def test_an_empty_field_is_still_refused(cli, seeds):
    result = cli("query", "title: NATO", "--corpus", seeds)
    assert result.exit_code == 2 and "needs a value" in result.stderr


def test_several_words_are_one_query(cli, seeds):
    result = cli("query", "liaison", "office", "--corpus", seeds, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [ALL[3]]
    assert found(cli, seeds, "Kishida", "-Stoltenberg") == [ALL[0], ALL[1], ALL[3]]
    timeline = cli("timeline", "liaison", "office", "--corpus", seeds, "-f", "jsonl")
    assert sum(json.loads(line)["articles"] for line in timeline.stdout.splitlines()) == 1


@pytest.mark.parametrize("query, suggestion", [
    ("Kishda", "kishida"),
    ("Kishda Stoltenbrg", "kishida stoltenberg"),
    ("cafe", None),  # "have" is two edits from a four-letter word: no help
    ('"human eror"', None),  # "for" is not "error"
    ("Stoltenbrg Nakatan", None),  # each word is near a known one, but together they find nothing
])
def test_did_you_mean_only_what_is_close_and_finds_something(cli, seeds, query, suggestion):
    result = cli("query", query, "--corpus", seeds)
    assert result.exit_code == 1
    if suggestion:
        assert f"did you mean: {suggestion}?" in result.stderr
    else:
        assert "did you mean" not in result.stderr


def test_a_name_typed_without_its_accents_finds_it(cli, make_corpus):
    # the accent is folded before the stemmer: "-ić" and "-ic" stem alike
    root = make_corpus({"a.txt": "Serbia talks\n\nPresident Goran Stamenković met the envoy in "
                                 "Belgrade on Monday to discuss the border.\n"})
    for typed in ("Stamenkovic", "Stamenković", "stamenkovic~"):
        result = cli("query", typed, "--corpus", root, "-f", "jsonl")
        assert result.exit_code == 0, (typed, result.stderr)


@pytest.mark.parametrize("written, typed", [
    ("Straße", "strasse"), ("STRASSE", "straße"),  # ß is "ss", as OpenSearch folds it
    ("İstanbul", "istanbul"),  # (lower-cased, İ is an i and a combining dot)
    ("Œuvre", "oeuvre"), ("Ærø", "aero"), ("ﬁnance", "finance"),
])
def test_letters_typed_as_plain_letters_find_them(cli, make_corpus, written, typed):
    root = make_corpus({"a.txt": f"Talks in the city\n\nThe envoy spoke of {written} and "
                                 "the border on Monday, then left.\n"})
    for asked in (typed, f'"{typed} and"', written):
        result = cli("query", asked, "--corpus", root, "-f", "jsonl")
        assert result.exit_code == 0, (asked, result.stderr)


JAPANESE = {
    "ja.txt": "岸田首相、NATOとのパートナーシップ強化へ\n\n"
              "岸田文雄首相は水曜日、ワシントンでNATOの事務総長と会談し、"
              "「今日のウクライナは明日の東アジアかもしれない」と述べた。\n",
    "en.txt": "Kishida meets NATO chief\n\nPrime Minister Fumio Kishida met the NATO chief.\n",
}


@pytest.mark.parametrize("query, ids", [
    ("岸田", ["ja.txt"]),  # a word inside a run of characters with no spaces
    ("東アジア", ["ja.txt"]),
    ("title:パートナー", ["ja.txt"]),
    ("田岸", []),  # its characters, but not in this order
    ("岸田 OR Kishida", ["en.txt", "ja.txt"]),
])
def test_chinese_and_japanese_words_are_found_inside_their_runs(cli, make_corpus, query, ids):
    root = make_corpus(JAPANESE)
    result = cli("query", query, "--corpus", root, "-f", "jsonl")
    assert sorted(json.loads(line)["id"] for line in result.stdout.splitlines()) == ids


def test_a_japanese_match_is_highlighted(cli, make_corpus):
    root = make_corpus(JAPANESE)
    result = cli("query", "岸田", "--corpus", root, "-f", "jsonl")
    [hit] = [json.loads(line) for line in result.stdout.splitlines()]
    assert "".join(hit["snippet"][a:b] for a, b in hit["highlights"]).startswith("岸田")


def test_typographic_quotation_marks_make_a_phrase_too(cli, seeds):
    # (a query pasted from an article or a word processor)
    assert found(cli, seeds, "title:\u201cstrengthen cooperation\u201d") == [ALL[1], ALL[2]]
    assert found(cli, seeds, "title:\u201ccooperation strengthen\u201d") == []
