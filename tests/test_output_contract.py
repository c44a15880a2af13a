"""Output formats keep CLI.md's promises: inert text, whole fields in data, TSV escaping,
`-0`, colour in plain on request, emphasis without colour, layouts that fit the screen."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest
from conftest import on_a_terminal

from nato_search.render import Format
from nato_search.render.data import write_records

L003 = "003_90a1c7bb93c84664.txt"
LONG_TITLE = ("Japan and NATO agree to deepen their partnership in cyber defence, maritime "
              "security and space, and to hold yearly talks between their defence ministers "
              "on the rising tensions of the region")
assert len(LONG_TITLE) > 160

ARTICLE = """---
title: {title}
date: 2024-07-09
source: Example Wire
---
NATO Secretary-General Mark Rutte met Japanese officials on Tuesday.

"We will stand together \u202efor peace\u202c and \u009b31m security," Rutte said in Tokyo.

The ministers spoke of cooperation in the Indo-Pacific.
"""


@pytest.fixture
def corpus(make_corpus):
    return make_corpus({
        "long.txt": ARTICLE.format(title=LONG_TITLE),
        "slash.txt": ARTICLE.format(title='Back\\slash: "we are closed today", NATO said'),
    })


def test_json_escapes_bidi_and_c1_controls_and_keeps_them_exact(cli, corpus):
    for fmt in ("jsonl", "json"):
        result = cli("quotes", "--corpus", corpus, "-f", fmt, "--limit", "0")
        assert result.exit_code == 0, result.stderr
        assert "\u202e" not in result.stdout and "\u009b" not in result.stdout
        assert "\\u202e" in result.stdout and "\\u009b" in result.stdout
        records = (json.loads(result.stdout) if fmt == "json"
                   else [json.loads(line) for line in result.stdout.splitlines()])
        assert any("\u202efor peace" in r["quote"] and "\u009b31m" in r["quote"] for r in records)


@pytest.mark.parametrize("fmt", ["plain", "rich", "csv", "tsv"])
def test_bidi_and_c1_are_inert_in_every_other_format(cli, corpus, fmt):
    result = cli("quotes", "--corpus", corpus, "-f", fmt, "--color", "always")
    assert result.exit_code == 0, result.stderr
    assert "\u202e" not in result.stdout and "\u009b" not in result.stdout
    assert "for peace" in result.stdout


def test_null_implies_paths(cli, seeds):
    result = cli("query", '"liaison office"', "--corpus", seeds, "-0")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{seeds / L003}\0"


def test_null_with_another_format_is_a_usage_error(cli, seeds):
    result = cli("query", "NATO", "--corpus", seeds, "-0", "--format", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--format paths" in result.stderr and len(result.stderr.splitlines()) <= 2


def test_color_always_gives_plain_its_highlights_as_ansi(cli, seeds):
    result = cli("query", '"liaison office"', "--corpus", seeds, "-f", "plain", "--color", "always")
    assert result.exit_code == 0, result.stderr
    # each matched word (checked in the article: "NATO's first liaison office in Japan")
    assert re.search(r"\x1b\[[0-9;]*43m[Ll]iaison\x1b\[0m", result.stdout)
    assert re.search(r"\x1b\[[0-9;]*43m[Oo]ffice\x1b\[0m", result.stdout)


def test_plain_has_no_escape_codes_unless_asked(cli, seeds):
    result = cli("query", '"liaison office"', "--corpus", seeds, "-f", "plain")
    assert "\x1b" not in result.stdout and "liaison office" in result.stdout


@pytest.mark.parametrize("env, flag", [({"NO_COLOR": "1"}, []), ({}, ["--color", "never"])])
def test_without_colour_a_terminal_still_shows_highlights(seeds, env, flag):
    out = on_a_terminal(["query", '"liaison office"', "--corpus", str(seeds), *flag],
                         {**env, "COLUMNS": "100"})
    assert re.search(r"\x1b\[[0-9;]*7m[Ll]iaison", out)  # reverse video on the match
    colours = [c for seq in re.findall(r"\x1b\[([0-9;]*)m", out) for c in seq.split(";")
               if c and 30 <= int(c) <= 49]
    assert colours == []


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv"])
def test_data_formats_carry_the_whole_title(cli, corpus, fmt):
    result = cli("query", "Rutte", "--corpus", corpus, "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert LONG_TITLE in result.stdout


def test_screen_layouts_shorten_a_long_title(cli, corpus):
    result = cli("query", "Rutte", "--corpus", corpus, "-f", "plain")
    shown = " ".join(result.stdout.split())  # the title may wrap over lines of 80 columns
    assert LONG_TITLE not in shown
    assert LONG_TITLE[:100] in shown and "…" in shown
    assert max(map(len, result.stdout.splitlines())) <= 80


def test_tsv_escapes_instead_of_quoting(cli, corpus):
    result = cli("query", "closed", "--corpus", corpus, "-f", "tsv")
    assert result.exit_code == 0, result.stderr
    header, row = (line.split("\t") for line in result.stdout.splitlines())
    assert len(row) == len(header)
    assert row[header.index("title")] == 'Back\\\\slash: "we are closed today", NATO said'


def test_tsv_escapes_tab_newline_and_backslash():
    out = io.StringIO()
    write_records([{"a": "one\ttwo\nthree\\four", "b": "x"}], Format.TSV, out)
    assert out.getvalue() == "a\tb\none\\ttwo\\nthree\\\\four\tx\n"


def test_tsv_carries_a_cell_that_opens_with_a_sign_whole():
    # CLI.md: only CSV neutralises cells that start with "=", "+", "-", "@"
    out = io.StringIO()
    write_records([{"quote": "-5 percent, down from +2", "b": "=x"}], Format.TSV, out)
    assert out.getvalue() == "quote\tb\n-5 percent, down from +2\t=x\n"


def test_csv_joins_lists_with_semicolons(cli, seeds):
    result = cli("query", "liaison office", "--corpus", seeds, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    [header, row] = list(csv.reader(io.StringIO(result.stdout)))
    snippet = row[header.index("snippet")]
    spans = [tuple(int(n) for n in pair.split(",")) for pair in
             row[header.index("highlights")].split("; ")]
    assert [snippet[s:e].lower() for s, e in spans] == ["liaison", "office"]


def test_csv_roles_are_joined_not_json():
    out = io.StringIO()
    write_records([{"speaker": "A", "roles": ["Prime Minister", "party leader"]}], Format.CSV, out)
    assert out.getvalue() == "speaker,roles\nA,Prime Minister; party leader\n"


@pytest.mark.parametrize("command, lists_paths", [
    ("query", True), ("quotes", True), ("show", True),
    ("speakers", False), ("timeline", False), ("stats", False), ("index", False)])
def test_each_command_lists_only_the_formats_it_accepts(cli, command, lists_paths):
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert ("paths" in result.stdout) is lists_paths


SCREENS = [
    ["query", "NATO"], ["quotes", "--limit", "0"], ["speakers"], ["show", "002"],
    ["timeline"], ["timeline", "--by", "year"], ["stats"],
]


@pytest.mark.parametrize("columns", [80, 200])
@pytest.mark.parametrize("command", SCREENS, ids=lambda c: "-".join(c))
def test_rich_layouts_fit_the_screen_without_padding(cli, seeds, command, columns):
    result = cli(*command, "--corpus", seeds, "-f", "rich", env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert [line for line in lines if line != line.rstrip()] == []


@pytest.mark.parametrize("command", [["speakers"], ["timeline"]])
def test_table_layouts_fit_80_columns_in_plain_too(cli, seeds, command):
    result = cli(*command, "--corpus", seeds, "-f", "plain")
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_wrapped_lines_hang_under_their_text(cli, seeds, tmp_path):
    """At 80 columns: show's quotations wrap under the quotation, stats's long paths stay beside
    their labels, speakers' roles are indented."""
    show = cli("show", "002", "--corpus", seeds, "-f", "rich", env={"COLUMNS": "80"}).stdout
    quotes = show[show.index("Quotations ("):].splitlines()[1:]
    assert len(quotes) > 10  # article 002's long reported statement wraps
    assert all(line.startswith("      ") or re.match(r"\s*\d+\. ", line) for line in quotes)

    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 4)
    stats = cli("stats", "--corpus", seeds, "--index", deep, "-f", "rich",
                env={"COLUMNS": "80"}).stdout.splitlines()
    index_line = next(i for i, line in enumerate(stats) if line.startswith("index "))
    assert stats[index_line].split()[1].startswith(str(tmp_path)[:20])
    assert stats[index_line + 1].startswith(" " * 14)

    speakers = cli("speakers", "--corpus", seeds, "-f", "rich", env={"COLUMNS": "80"}).stdout
    assert "\n   Prime Minister" in speakers  # Kishida's role, as the seeds give it


def test_in_a_real_pipe_rich_is_unpadded_and_null_gives_paths(seeds):
    """Through a pipe, as a user runs it: `--format rich | cat` and `-0 | xargs -0`."""
    run = [sys.executable, "-m", "nato_search"]
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    rich_out = subprocess.run(f"{' '.join(run)} query NATO --corpus {seeds} --format rich | cat",
                              shell=True, capture_output=True, text=True, env=env, timeout=120)
    lines = rich_out.stdout.splitlines()
    assert len(lines) > 10 and "\x1b" not in rich_out.stdout
    assert [line for line in lines if line != line.rstrip()] == []
    assert max(len(line) for line in lines) <= 80
    nul = subprocess.run(f"{' '.join(run)} query '\"liaison office\"' --corpus {seeds} -0 "
                         "| xargs -0 -n1 basename", shell=True, capture_output=True, text=True,
                         env=env, timeout=120)
    assert nul.stdout == f"{L003}\n"


def test_plain_wraps_at_spaces_under_the_text_it_continues_and_keeps_styles():
    from nato_search.render.plain import wrap

    line = [("12. ", "rank"), ("alpha beta gamma ", None), ("delta", "match"),
            (" epsilon zeta eta theta", None)]
    parts = wrap(line, 30)
    assert ["".join(t for t, _ in p) for p in parts] == ["12. alpha beta gamma delta",
                                                        "    epsilon zeta eta theta"]
    assert ("delta", "match") in parts[0]  # a highlight keeps its style
    assert wrap([("x" * 30, None)], 12)[0] == [("x" * 12, None)]  # a long word is cut
    path = "/home/user/.cache/nato-search/indexes/corpus-d68631ae3447068d"
    parts = wrap([("index         ", None), (path, None)], 40)  # a path is not: it is copied
    assert ["".join(t for t, _ in p).strip() for p in parts] == ["index", path]


@pytest.mark.parametrize("args, header", [
    (["query", "zzqxj"], "id,path,title,source,date,score,rank,snippet,highlights"),
    (["quotes", "zzqxj"], "id,doc,path,title,source,date,speaker,speaker_as_written,role,quote,"
                          "kind,context,highlights"),
    (["speakers", "--speaker", "zzqxj"], "speaker,quotes,articles,roles,first,last,unnamed"),
    (["timeline", "zzqxj"], "period,articles,quotes"),
])
def test_a_table_with_no_rows_still_has_its_header(cli, seeds, args, header):
    # CLI.md: csv and tsv are "a header row, then one row per result"
    result = cli(*args, "--corpus", seeds, "-f", "csv")
    assert result.exit_code == 1
    assert result.stdout == header + "\n"
    tsv = cli(*args, "--corpus", seeds, "-f", "tsv")
    assert tsv.stdout == header.replace(",", "\t") + "\n"


def test_the_header_of_an_empty_table_is_the_keys_of_a_record(cli, seeds):
    from nato_search.models import Hit, PeriodCount, QuoteRecord, SpeakerSummary

    for command, model in (("query", Hit), ("quotes", QuoteRecord),
                           ("speakers", SpeakerSummary), ("timeline", PeriodCount)):
        args = [command, "NATO"] if command in ("query", "quotes", "timeline") else [command]
        first = cli(*args, "--corpus", seeds, "-f", "jsonl").stdout.splitlines()[0]
        assert tuple(json.loads(first)) == model.FIELDS


def test_an_indented_line_wraps_under_its_indent():
    # index's report: "   skipped NAME: reason", wrapped in a pipe, stays under its indent
    from nato_search.render.plain import wrap

    line = [("   skipped ", "meta"), ("a-long-file-name-of-a-page-saved.txt", None),
            (": binary data, not text", "meta")]
    parts = ["".join(t for t, _ in p) for p in wrap(line, 40)]
    assert len(parts) > 1 and all(p.startswith("   ") for p in parts)


def test_wide_characters_wrap_within_the_columns():
    # a Japanese character takes two columns of a terminal: a line of them wraps at half the
    # characters, and none of the lines runs past the width
    import unicodedata

    from nato_search.render.plain import wrap

    text = ("岸田文雄首相は水曜日、ワシントンでNATOの事務総長と会談し、"
            "「今日のウクライナは明日の東アジアかもしれない」と述べた。")
    parts = ["".join(t for t, _ in p) for p in wrap([("   ", None), (text, None)], 40)]

    def columns(s):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    assert len(parts) > 2 and all(columns(p) <= 40 for p in parts)
    assert "".join(p.strip() for p in parts) == text


def test_a_number_wraps_with_the_word_it_counts():
    from nato_search.render.plain import wrap

    line = [("rebuilt the index in 0.39s: 5 added, 0 updated, 0 removed, 0 unchanged, 1 skipped",
             None)]
    parts = ["".join(t for t, _ in p) for p in wrap(line, 75)]
    assert parts == ["rebuilt the index in 0.39s: 5 added, 0 updated, 0 removed, 0 unchanged,",
                     "1 skipped"]
