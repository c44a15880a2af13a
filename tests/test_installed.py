"""The installed `nato-search` command, run as a user runs it: a subprocess in an empty folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent / "nato-search"


def run(args, cwd, home, **kw):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NATO_SEARCH", "XDG_"))}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(Path(home) / ".cache"), PYTHONDONTWRITEBYTECODE="1")
    env.pop("NO_COLOR", None)
    return subprocess.run([str(BIN), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120, **kw)


@pytest.fixture
def empty_dir(tmp_path):
    d = tmp_path / "empty"
    d.mkdir()
    return d


def test_installed_command_searches_the_bundled_seeds_from_anywhere(empty_dir, private_home):
    assert BIN.exists(), f"nato-search is not installed beside {sys.executable}"
    result = run(["query", "liaison office", "--format", "jsonl"], empty_dir, private_home)
    assert result.returncode == 0, result.stderr
    [hit] = [json.loads(line) for line in result.stdout.splitlines()]
    assert hit["id"] == "003_90a1c7bb93c84664.txt"
    assert os.path.isfile(hit["path"])
    assert (private_home / ".cache" / "nato-search" / "indexes").is_dir()
    assert list(empty_dir.iterdir()) == []  # nothing written where it was run


def test_help_does_not_import_whoosh_and_jsonl_does_not_import_rich(private_home, seeds):
    probe = ("import sys, atexit\n"
             "atexit.register(lambda: sys.stderr.write('\\nMODULES ' + ' '.join(sorted(\n"
             "    m for m in ('whoosh', 'rich') if m in sys.modules)) + '\\n'))\n"
             "from nato_search.cli import main\n"
             "sys.argv[0] = 'nato-search'\n"
             "main()\n")

    def modules(*args):
        env = dict(os.environ, HOME=str(private_home), XDG_CACHE_HOME=str(private_home / "c"))
        r = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True,
                           env=env, timeout=120)
        return r.returncode, r.stderr.rsplit("MODULES", 1)[1].split()

    assert modules("--help") == (0, [])
    assert modules("query", "--help") == (0, [])
    assert modules("query", "NATO", "--corpus", str(seeds), "--format", "jsonl") == (0, ["whoosh"])
    assert modules("query", "NATO", "--corpus", str(seeds), "--format", "rich") == (
        0, ["rich", "whoosh"])


def test_python_dash_m(empty_dir, private_home):
    env = dict(os.environ, HOME=str(private_home), XDG_CACHE_HOME=str(private_home / ".cache"))
    result = subprocess.run([sys.executable, "-m", "nato_search", "--version"], cwd=empty_dir,
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("nato-search ")


def test_closed_pipe_ends_quietly(make_corpus, private_home, empty_dir):
    root = make_corpus({f"a{i:03}.txt": f"Article {i} about NATO.\n" * 20 for i in range(300)})
    run(["index", "--corpus", str(root)], empty_dir, private_home)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NATO_SEARCH")}
    env.update(HOME=str(private_home), XDG_CACHE_HOME=str(private_home / ".cache"))
    proc = subprocess.Popen([str(BIN), "query", "NATO", "--corpus", str(root), "--limit", "0",
                             "-f", "plain"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, cwd=empty_dir)
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert stderr == ""
    assert proc.returncode == 0



def _env(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NATO_SEARCH", "XDG_"))}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(Path(home) / ".cache"))
    return env


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_an_output_that_cannot_be_written_is_a_clear_error(seeds, private_home, empty_dir):
    with open("/dev/full", "w") as full:
        result = subprocess.run([str(BIN), "query", "NATO", "--corpus", str(seeds)], stdout=full,
                                stderr=subprocess.PIPE, text=True, cwd=empty_dir,
                                env=_env(private_home), timeout=120)
    assert result.returncode == 2
    assert "No space left on device" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


def test_a_closed_output_is_no_error(seeds, private_home, empty_dir):
    # "nato-search query NATO >&-": the shell closed standard output; nothing to show it on
    result = subprocess.run([str(BIN), "query", "NATO", "--corpus", str(seeds)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            cwd=empty_dir, env=_env(private_home), timeout=120,
                            preexec_fn=lambda: os.close(1))
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr
