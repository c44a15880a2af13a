"""Commands keep CLI.md's promises: `show` with paths, several ids and quotation ids; what
--limit left out; what stats counts; one --sort default; --debug after the command name;
shell completion of commands, options, --format values and speakers' names."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

L002 = "002_7fa380e9ecd85f54.txt"
L004 = "004_2fc31b5072736374.txt"


def test_show_takes_a_relative_path(cli, seeds, monkeypatch):
    monkeypatch.chdir(seeds)
    result = cli("show", f"./{L002}", "--corpus", seeds, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == L002
    monkeypatch.chdir(seeds.parent)
    result = cli("show", f"seeds/{L002}", "--corpus", seeds, "-f", "paths")
    assert result.stdout == f"{seeds / L002}\n"


def test_show_refuses_a_path_outside_the_corpus(cli, seeds, tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("NATO", encoding="utf-8")
    result = cli("show", elsewhere, "--corpus", seeds)
    assert result.exit_code == 2 and "not in the corpus" in result.stderr


def test_show_takes_several_ids(cli, seeds):
    result = cli("show", "002", "004", "--corpus", seeds, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [L002, L004]
    plain = cli("show", "002", "004", "--corpus", seeds, "-f", "plain").stdout
    assert plain.index("Japan and NATO pledge") < plain.index("Japan Expresses Grave Concerns")


def test_show_shows_what_it_finds_then_fails_on_what_it_does_not(cli, seeds):
    # as cat does: the articles found are shown, the id that names none is an error after them
    result = cli("show", "002", "nonexistent", "004", "--corpus", seeds, "-f", "jsonl")
    assert result.exit_code == 2
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [L002, L004]
    assert "no article with id 'nonexistent'" in result.stderr


def test_show_ends_paths_with_nul(cli, seeds):
    result = cli("show", "002", "004", "--corpus", seeds, "-0")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split("\0") == [str(seeds / L002), str(seeds / L004), ""]


def test_show_marks_the_quotation_a_quotation_id_names(cli, seeds):
    quotes = cli("show", L002, "--corpus", seeds, "-f", "json")
    third = next(q for q in json.loads(quotes.stdout)[0]["quotes"] if q["id"] == f"{L002}#3")
    assert third["quote"] == "extremely important"  # Stoltenberg's words in the article
    result = cli("show", f"{L002}#3", "--corpus", seeds, "-f", "plain")
    assert result.exit_code == 0, result.stderr
    marked = [line for line in result.stdout.splitlines() if line.startswith("▶")]
    assert marked == ["▶  3. Jens Stoltenberg, Secretary-General [partial]"]


def test_show_refuses_a_quotation_the_article_does_not_have(cli, seeds):
    result = cli("show", f"{L002}#99", "--corpus", seeds)
    assert result.exit_code == 2
    assert "no quotation #99" in result.stderr and f"{L002}#1" in result.stderr


@pytest.mark.parametrize("command, shown", [
    (["query", "NATO", "--limit", "2"], "2 of 5 shown"),  # every seed names NATO
    (["query", "NATO", "--limit", "2", "--sort", "newest"], "2 of 5 shown"),
    (["quotes", "--speaker", "Kishida", "--limit", "3"], "3 of 8 shown"),  # as `speakers` counts
])
def test_a_cut_list_says_so_on_screen_and_not_in_data(cli, seeds, command, shown):
    for fmt in ("plain", "rich"):
        result = cli(*command, "--corpus", seeds, "-f", fmt)
        assert result.exit_code == 0, result.stderr
        assert shown in result.stderr and shown not in result.stdout
    for fmt in ("jsonl", "csv"):
        assert cli(*command, "--corpus", seeds, "-f", fmt).stderr == ""


def test_an_uncut_list_says_nothing(cli, seeds):
    result = cli("query", "Stoltenberg", "--limit", "1", "--corpus", seeds, "-f", "plain")
    assert result.exit_code == 0 and result.stderr == ""  # one article: nothing left out


def test_speakers_and_timeline_say_what_limit_left_out(cli, seeds):
    everyone = cli("speakers", "--corpus", seeds, "-f", "jsonl").stdout.splitlines()
    result = cli("speakers", "--limit", "2", "--corpus", seeds, "-f", "plain")
    assert f"2 of {len(everyone)} shown" in result.stderr
    periods = cli("timeline", "--corpus", seeds, "-f", "jsonl").stdout.splitlines()
    result = cli("timeline", "--limit", "3", "--corpus", seeds, "-f", "plain")
    assert f"3 of {len(periods)} shown" in result.stderr


def test_stats_says_what_it_counts(cli, seeds):
    stats = json.loads(cli("stats", "--corpus", seeds, "-f", "json").stdout)[0]
    every_kind = cli("quotes", "--kind", "all", "--count", "--corpus", seeds).stdout.strip()
    assert stats["quotes"] == int(every_kind)
    screen = cli("stats", "--corpus", seeds, "-f", "plain").stdout
    assert f"quotations    {every_kind} (direct, partial and indirect)" in screen


def test_quotes_help_gives_one_sort_default(cli):
    out = " ".join(cli("quotes", "--help").stdout.split())
    sort_help = out[out.index("--sort"):out.index("--snippet-chars")]
    assert sort_help.count("default") == 1, sort_help


def test_debug_after_the_command_name_shows_the_traceback_and_keeps_the_exit_status(cli, seeds):
    # (the documented status: a script run with --debug still tells an error from no match)
    result = cli("query", "title:", "--corpus", seeds, "--debug")
    assert result.exit_code == 2 and "Traceback" in result.stderr and "QueryError" in result.stderr
    assert result.stderr.rstrip().splitlines()[-2].startswith("nato-search: error:")
    result = cli("show", "no-such-article", "--corpus", seeds, "--debug")
    assert result.exit_code == 2 and "Traceback" in result.stderr
    result = cli("query", "title:", "--corpus", seeds)
    assert result.exit_code == 2 and "Traceback" not in result.stderr


def test_debug_as_another_options_value_is_that_value(cli, seeds):
    result = cli("query", "NATO", "--corpus", seeds, "--until", "--debug")
    assert result.exit_code == 2 and "not a date: '--debug'" in result.stderr
    result = cli("query", "--corpus", seeds, "--", "--debug")  # after --: words to search
    assert result.exit_code == 1 and "no results" in result.stderr


def _complete(words: str, env: dict | None = None) -> list[str]:
    """Ask the installed program for bash completions of `words`, as bash does."""
    parts = words.split(" ")
    result = subprocess.run(
        [sys.executable, "-m", "nato_search"], capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {}), "_NATO_SEARCH_COMPLETE": "complete_bash",
             "COMP_WORDS": words, "COMP_CWORD": str(len(parts) - 1)})
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_completion_of_commands_and_options():
    assert _complete("nato-search sta") == ["stats"]
    assert "--snippet-chars" in _complete("nato-search query --sn")


def test_completion_of_format_values_per_command():
    assert _complete("nato-search query --format ") == [
        "auto", "rich", "plain", "json", "jsonl", "csv", "tsv", "paths"]
    assert "paths" not in _complete("nato-search speakers --format ")


def test_completion_of_speakers_names(seeds):
    assert _complete(f"nato-search quotes --corpus {seeds} --speaker Je") == ["Jens Stoltenberg"]
    assert _complete("nato-search timeline --speaker fum",
                     {"NATO_SEARCH_CORPUS": str(seeds)}) == ["fumio Kishida"]


def test_completion_scripts_are_offered():
    # --show-completion asks for the script of the shell it was started from (Typer finds it
    # among the command's parents, which a test runner may not have): ask for bash's by name,
    # as the installed script does
    result = subprocess.run([sys.executable, "-m", "nato_search"], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "_NATO_SEARCH_COMPLETE": "source_bash"})
    assert result.returncode == 0, result.stderr
    assert "_NATO_SEARCH_COMPLETE" in result.stdout and "complete" in result.stdout


@pytest.mark.parametrize("args", [
    ("query", "NATO", "--since", ""), ("query", "NATO", "--until", " "),
    ("quotes", "--since", ""),
])
def test_an_empty_date_is_an_error_not_no_filter(cli, seeds, args):
    # (a script's unset variable: "--since $FROM" must not quietly return everything)
    result = cli(*args, "--corpus", seeds)
    assert result.exit_code == 2 and "not a date" in result.stderr


@pytest.mark.parametrize("args, option", [
    (("query", "NATO", "--source", ""), "--source"), (("quotes", "--speaker", ""), "--speaker"),
    (("speakers", "--source", "  "), "--source"), (("timeline", "--speaker", " "), "--speaker"),
    (("quotes", "NATO", "--source", ""), "--source"),
])
def test_an_empty_name_is_an_error_not_no_filter(cli, seeds, args, option):
    # (the same for --source and --speaker: everything, or nothing, would be a silent answer)
    result = cli(*args, "--corpus", seeds)
    assert result.exit_code == 2 and f"{option} is empty" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 2


@pytest.mark.parametrize("args", [
    ("index",), ("stats",), ("show", "000", "001", "002"), ("speakers",), ("timeline",),
    ("query", "NATO"), ("quotes",),
])
def test_every_command_takes_limit_as_cli_md_says(cli, seeds, args):
    result = cli(*args, "--limit", "2", "--corpus", seeds)
    assert result.exit_code == 0, result.stderr


def test_show_with_a_limit_shows_that_many_and_says_so(cli, seeds):
    result = cli("show", "000", "001", "002", "--limit", "2", "--corpus", seeds, "--format", "plain")
    assert result.exit_code == 0
    assert "2 of 3 shown" in result.stderr
    result = cli("show", "000", "001", "002", "--limit", "2", "--corpus", seeds, "--format", "paths")
    assert len(result.stdout.splitlines()) == 2


def test_quotes_as_paths_with_a_limit_counts_files_not_quotations(cli, seeds):
    # several quotations share a file: --limit 2 -f paths asks for two files, as `query` gives
    records = [json.loads(line) for line in cli(
        "quotes", "--corpus", seeds, "--limit", "0", "-f", "jsonl").stdout.splitlines()]
    in_order = list(dict.fromkeys(record["path"] for record in records))
    assert len(in_order) >= 3 and len(records) > len(in_order)
    result = cli("quotes", "--corpus", seeds, "--limit", "2", "-f", "paths")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == in_order[:2]
