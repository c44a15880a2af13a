"""Article text is shown, never obeyed: no markup, no escape codes, no spreadsheet formulas."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import on_a_terminal

HOSTILE = ("=HYPERLINK(\"http://evil\")\n\n"
           "NATO [bold red]markup[/bold red] and \x1b[31mred\x1b[0m and \x1b]0;title\x07 and "
           "\u202egnp.exe and a bell\x07.\n\n"
           "“We will [bold red]never[/bold red] \x1b[31mstop\x1b[0m,” Minister Taro Kono said.\n")


@pytest.fixture
def hostile(make_corpus):
    return make_corpus({"evil.txt": HOSTILE})


@pytest.mark.parametrize("fmt", ["rich", "plain"])
@pytest.mark.parametrize("color", ["always", "never"])
def test_human_output_is_inert(cli, hostile, fmt, color):
    result = cli("query", "NATO", "--corpus", hostile, "-f", fmt, "--color", color)
    out = result.stdout
    assert "[bold red]markup[/bold red]" in out
    assert "\x1b[31mred" not in out and "\x1b]0;" not in out and "\x07" not in out
    assert "\u202e" not in out
    assert "␛[31mred" in out


def test_csv_cannot_run_formulas(cli, hostile):
    result = cli("query", "NATO", "--corpus", hostile, "-f", "csv")
    [header, row] = list(csv.reader(io.StringIO(result.stdout)))
    title = row[header.index("title")]
    assert title.startswith("'=HYPERLINK")
    assert "\x1b" not in result.stdout


def test_json_stays_valid_and_exact(cli, hostile):
    result = cli("query", "NATO", "--corpus", hostile, "-f", "jsonl")
    hit = json.loads(result.stdout)
    assert "\x1b[31mred" in hit["snippet"]  # data is data: JSON escapes it, keeps it exact
    assert "\x1b" not in result.stdout  # ... as \u001b, never raw


@pytest.mark.parametrize("command", [["show", "evil"], ["quotes", "--speaker", "Kono"],
                                     ["speakers"], ["timeline"]])
@pytest.mark.parametrize("fmt", ["rich", "plain", "csv", "tsv"])
def test_every_command_shows_article_text_inert(cli, hostile, command, fmt):
    result = cli(*command, "--corpus", hostile, "-f", fmt, "--color", "always")
    assert result.exit_code in (0, 1), result.stderr
    assert "\x1b[31m" not in result.stdout and "\x07" not in result.stdout
    assert "\u202e" not in result.stdout
    if command[0] in ("show", "quotes") and fmt in ("rich", "plain"):
        assert "[bold red]never[/bold red]" in result.stdout


@pytest.mark.parametrize("ref", ["evil\r\x1b[31mred", "a\nb.txt", "/\r0"])
def test_error_messages_echo_user_input_inert(cli, hostile, ref):
    # what a user typed comes back in the error, shown, never obeyed, and on the error's line
    result = cli("show", "--corpus", hostile, "--", ref)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 2, result.stderr
    assert "\x1b" not in result.stderr and "\r" not in result.stderr
    assert lines[0].startswith("nato-search: error: ")


def test_a_file_name_s_control_characters_are_shown_not_obeyed_on_a_terminal(make_corpus, tmp_path):
    name = "evil\x1b[31mred\x07.txt"
    root = make_corpus({name: "Japan and NATO meet\n\nJapan and NATO leaders met in Brussels "
                              "on Tuesday to discuss closer ties, officials said.\n"})
    shown = on_a_terminal(["query", "Brussels", "--corpus", str(root), "--index",
                           str(tmp_path / "idx"), "--format", "paths"])
    assert "\x1b" not in shown and "\x07" not in shown
    assert "evil\u241b[31mred\u2407.txt" in shown
