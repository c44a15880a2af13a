"""Dates, outlets and sort orders, on a corpus whose front matter gives them."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def dated(make_corpus):
    def art(title, day, source, text):
        return f"---\ntitle: {title}\ndate: {day}\nsource: {source}\n---\n{text}\n"

    return make_corpus({
        "jan.txt": art("January", "2024-01-15", "Wire One", "Summit talk in January."),
        "feb.txt": art("February", "2024-02-29", "wire one", "Summit talk, leap day."),
        "jul.txt": art("July", "2024-07-09", "Other Desk", "Summit talk in July."),
        "old.txt": art("Old", "2019-06-01", "Other Desk", "Summit talk long ago."),
        "undated.txt": "Undated\n\nSummit talk with no date at all.\n",
    })


def ids(result):
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


@pytest.mark.parametrize("args, expected", [
    (["--since", "2024"], ["feb.txt", "jan.txt", "jul.txt"]),
    (["--until", "2024-01"], ["jan.txt", "old.txt"]),
    (["--since", "2024-02", "--until", "2024-02"], ["feb.txt"]),
    (["--since", "2024-02-29", "--until", "2024-07-09"], ["feb.txt", "jul.txt"]),
    (["--until", "2019"], ["old.txt"]),
    (["--source", "WIRE ONE"], ["feb.txt", "jan.txt"]),
    (["--source", "other desk", "--since", "2020"], ["jul.txt"]),
    (["--source", "the other desk"], ["jul.txt", "old.txt"]),  # ("The" or not)
])
def test_filters(cli, dated, args, expected):
    result = cli("query", "summit", "--corpus", dated, "-f", "jsonl", *args)
    assert sorted(ids(result)) == expected


@pytest.mark.parametrize("source", ["harbour ledger", "The Harbour Ledger", "the harbour  ledger"])
def test_an_outlet_is_found_with_or_without_the(cli, make_corpus, source):
    root = make_corpus({
        "a.txt": "---\ntitle: A\nsource: The Harbour Ledger\n---\nSummit talk in August.\n",
        "b.txt": "---\ntitle: B\nsource: Harbour Times\n---\nSummit talk in May.\n"})
    result = cli("query", "summit", "--corpus", root, "-f", "jsonl", "--source", source)
    assert ids(result) == ["a.txt"]


@pytest.mark.parametrize("source, expected", [
    ("ledger", ["a.txt"]), ("Harbour", ["a.txt", "b.txt"]), ("harbour times", ["b.txt"]),
    ("HARBOUR LEDGER", ["a.txt"]), ("ledger harbour", []), ("harb", []),
])
def test_an_outlet_is_found_by_any_run_of_its_words(cli, make_corpus, source, expected):
    # as `source:` in a query and `--speaker` find a part of a name: whole words, in order
    root = make_corpus({
        "a.txt": "---\ntitle: A\nsource: The Harbour Ledger\n---\nSummit talk in August.\n",
        "b.txt": "---\ntitle: B\nsource: Harbour Times\n---\nSummit talk in May.\n"})
    result = cli("query", "summit", "--corpus", root, "-f", "jsonl", "--source", source)
    assert sorted(ids(result)) == expected
    quotes = cli("quotes", "--corpus", root, "--source", source, "--kind", "all")
    assert quotes.exit_code == 1  # (the filter reaches quotations too: these hold none)


@pytest.mark.parametrize("query, expected", [
    ("summit date:2024-07", ["jul.txt"]),
    ("summit date:2024", ["feb.txt", "jan.txt", "jul.txt"]),
    ("date:[2024-01-16 TO 2024-07-09]", ["feb.txt", "jul.txt"]),
    ("date:[2024-02 TO]", ["feb.txt", "jul.txt"]),
    ("date:[TO 2024-01]", ["jan.txt", "old.txt"]),
    ("source:desk", ["jul.txt", "old.txt"]),
    ("summit NOT date:2024", ["old.txt", "undated.txt"]),
])
def test_date_and_source_in_the_query_language(cli, dated, query, expected):
    result = cli("query", query, "--corpus", dated, "-f", "jsonl", "--limit", "0")
    assert sorted(ids(result)) == expected


def test_sort_newest_and_oldest_put_undated_last(cli, dated):
    newest = cli("query", "summit", "--corpus", dated, "-f", "jsonl", "--sort", "newest")
    assert ids(newest) == ["jul.txt", "feb.txt", "jan.txt", "old.txt", "undated.txt"]
    oldest = cli("query", "summit", "--corpus", dated, "-f", "jsonl", "--sort", "oldest")
    assert ids(oldest) == ["old.txt", "jan.txt", "feb.txt", "jul.txt", "undated.txt"]
    two = cli("query", "summit", "--corpus", dated, "-f", "jsonl", "--sort", "newest", "-n", "2")
    assert ids(two) == ["jul.txt", "feb.txt"]


def test_every_article_since(cli, dated):
    result = cli("query", "*", "--corpus", dated, "--since", "2024", "-f", "jsonl", "--limit", "0")
    assert sorted(ids(result)) == ["feb.txt", "jan.txt", "jul.txt"]


@pytest.mark.parametrize("source", ["wire", "WIRE ONE", "desk"])
def test_timeline_counts_the_articles_of_an_outlet_found_by_part_of_its_name(cli, dated, source):
    # as `query` finds them: "wire" is "Wire One" (timeline counted its quotations, but no
    # article unless the whole name was given)
    found = len(ids(cli("query", "summit", "--corpus", dated, "-f", "jsonl", "--source", source)))
    rows = cli("timeline", "--corpus", dated, "--source", source, "-f", "csv").stdout.splitlines()
    assert rows[0] == "period,articles,quotes"
    assert found == 2 and sum(int(row.split(",")[1]) for row in rows[1:]) == found
