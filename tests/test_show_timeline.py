"""`show DOC` and `timeline`, through the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest


def test_show_by_unique_prefix(cli, seeds):
    result = cli("show", "003", "--corpus", seeds, "-f", "json")
    assert result.exit_code == 0, result.stderr
    [article] = json.loads(result.stdout)
    assert article["id"] == "003_90a1c7bb93c84664.txt"
    assert article["title"] == "Japan’s PM Calls for Closer Ties with NATO Amid Rising Regional Threats"
    assert (article["source"], article["date"]) == ("Naija247news", "2024-07-09")
    assert article["date_method"].startswith("dateline")
    assert "liaison office" in article["body"] and "Naira" not in article["body"]
    assert {"id", "path", "title", "source", "date", "body", "quotes"} <= set(article)
    assert not {"score", "rank", "snippet", "highlights"} & set(article)


def test_show_plain_layout(cli, seeds):
    result = cli("show", "004_2fc31b5072736374.txt", "--corpus", seeds, "-f", "plain")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Japan Expresses Grave Concerns")
    # the title wraps at 80 columns; the line under it says where the article is from
    meta = next(i for i, line in enumerate(lines) if line.startswith("004_"))
    assert lines[meta] == "004_2fc31b5072736374.txt · outlet unknown · 2024-10-19 (date line)"
    # every line fits, but a path, which stays whole to be copied
    assert meta <= 2 and max(len(line) for line in lines if "/" not in line) <= 80
    assert str(seeds / "004_2fc31b5072736374.txt") in lines
    assert "Bessent" not in result.stdout


def test_show_by_path(cli, seeds):
    result = cli("show", str(seeds / "002_7fa380e9ecd85f54.txt"), "--corpus", seeds, "-f", "jsonl")
    assert json.loads(result.stdout)["source"] == "Meritnews24"


@pytest.mark.parametrize("ref, message", [
    ("00", "names 5 articles"),
    ("zzz", "no article with id 'zzz'"),
])
def test_show_ambiguous_or_unknown(cli, seeds, ref, message):
    result = cli("show", ref, "--corpus", seeds)
    assert result.exit_code == 2
    assert message in result.stderr
    if ref == "00":
        assert "003_90a1c7bb93c84664.txt" in result.stderr


@pytest.fixture
def dated(make_corpus):
    def art(day, text):
        return f"---\ndate: {day}\n---\nHeadline of a story\n\n{text}\n"

    return make_corpus({"a.txt": art("2024-01-15", "Summit in January."),
                        "b.txt": art("2024-01-20", "Another summit in January."),
                        "c.txt": art("2024-03-02", "Summit in March."),
                        "d.txt": art("2022-05-05", "An old summit."),
                        "e.txt": "Undated headline words\n\nA summit with no date.\n"})


def test_timeline_by_month_fills_empty_months(cli, dated):
    result = cli("timeline", "--corpus", dated, "--since", "2024", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["period"], r["articles"]) for r in rows] == [("2024-01", "2"), ("2024-02", "0"),
                                                             ("2024-03", "1")]


def test_timeline_by_year_with_a_query(cli, dated):
    result = cli("timeline", "january", "--corpus", dated, "--by", "year", "-f", "jsonl")
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"period": "2024", "articles": 2, "quotes": 0}]


def test_timeline_reports_undated_articles_and_draws_bars(cli, dated):
    result = cli("timeline", "summit", "--corpus", dated, "--by", "year", "-f", "plain")
    assert "1 matching article with no known date not counted" in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2022") and lines[-1].startswith("2024")
    assert lines[-1].count("█") > lines[0].count("█") > 0


def test_timeline_nothing_matches(cli, dated):
    result = cli("timeline", "zzzz", "--corpus", dated)
    assert result.exit_code == 1


def test_show_finds_a_file_by_its_name_and_never_a_removed_one(cli, make_corpus):
    root = make_corpus({"a.txt": "Alpha title here\n\nThe alpha story is long enough to be a "
                                 "paragraph of prose, officials said.\n",
                        "sub/bravo.txt": "Bravo title here\n\nThe bravo story is long enough to "
                                         "be a paragraph of prose, officials said.\n"})
    assert cli("query", "alpha", "--corpus", root, "-f", "paths").exit_code == 0
    [shown] = json.loads(cli("show", "bravo", "--corpus", root, "-f", "json").stdout)
    assert shown["id"] == "sub/bravo.txt"  # a unique start of a file's name in a sub-folder
    (root / "a.txt").unlink()
    result = cli("show", "a.txt", "--corpus", root, "-f", "json")
    assert result.exit_code == 2 and "no article with id 'a.txt'" in result.stderr
