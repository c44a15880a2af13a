"""Shared fixtures: a private cache folder for every test, the seeds, and corpora in tmp."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nato_search.cli import app

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch):
    """Point HOME and the cache folder at a temp dir, so tests never touch the user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    for var in ("NATO_SEARCH_CORPUS", "NATO_SEARCH_INDEX", "NO_COLOR", "COLUMNS"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A private copy of the seed corpus (tests may not change the repository's)."""
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest


@pytest.fixture
def make_corpus(tmp_path):
    """Write {relative path: text} into a fresh corpus folder and return the folder."""

    def make(files: dict[str, str | bytes], name: str = "corpus") -> Path:
        root = tmp_path / name
        root.mkdir(exist_ok=True)
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


class Cli:
    """Run the real CLI in-process with CliRunner; stdout and stderr kept apart."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str | os.PathLike, env: dict | None = None):
        return self.runner.invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)


@pytest.fixture
def cli() -> Cli:
    return Cli()


def bump(path: Path, text: str) -> None:
    """Rewrite a file and make sure its modification time moves, whatever the clock's grain."""
    st = path.stat() if path.exists() else None
    path.write_text(text, encoding="utf-8")
    if st is not None:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def on_a_terminal(args: list[str], env: dict[str, str] | None = None,
                  stderr_too: bool = False) -> str:
    """Run nato-search with stdout (and `stderr_too`: stderr) on a pseudo-terminal; return
    what the terminal showed."""
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "nato_search", *args], stdout=secondary,
                            stderr=secondary if stderr_too else subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    os.close(secondary)
    chunks = []
    while select.select([primary], [], [], 60)[0]:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(primary)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0, shown if stderr_too else proc.stderr.read().decode()
    return shown
