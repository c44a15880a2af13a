"""Every command explains itself, with examples."""

from __future__ import annotations

import re

import pytest

from nato_search import __version__
from nato_search.cli import app

COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_top_level_help_lists_the_commands(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        assert re.search(rf"^\s+{name}\s", result.stdout, re.M), name


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_has_help_with_examples(cli, name):
    result = cli(name, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"nato-search {name}" in result.stdout
    for option in ("--corpus", "--index", "--format"):
        assert option in result.stdout


def test_version(cli):
    result = cli("--version")
    assert result.stdout == f"nato-search {__version__}\n"


def test_no_arguments_shows_the_help(cli):
    result = cli()
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: nato-search")
    assert "query" in result.stdout and result.stderr == ""
