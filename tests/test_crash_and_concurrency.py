"""Killed builds and concurrent use never lose or corrupt the index, and never lock anyone out.

These run the installed command in subprocesses, on a corpus big enough (240 articles) for
builds to use worker processes and Whoosh's multiprocessing writer.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

BIN = str(Path(sys.executable).parent / "nato-search")
ARTICLES = 240


def write_article(root: Path, n: int, version: int) -> None:
    path = root / f"part-{n % 4}" / f"a{n:04d}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = (f"Alliance bulletin {n}\n\nThe alliance met to discuss item{n} and "
            f"version{version} of the plan. “We are ready,” Minister Taro Kono said.\n\n"
            + "Further paragraphs describe the talks at length in plain prose. " * 8 + "\n")
    path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + version * 1_000_000_000))


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    for n in range(ARTICLES):
        write_article(root, n, 0)
    return root


def env_for(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NATO_SEARCH")}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    return env


def query_paths(corpus: Path, index: Path, env: dict, words: str) -> list[str]:
    result = subprocess.run([BIN, "query", words, "--corpus", str(corpus), "--index", str(index),
                             "-f", "paths", "--limit", "0"], capture_output=True, text=True,
                            env=env, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    return sorted(result.stdout.splitlines())


def survivors(marker: str) -> list[int]:
    """Processes still running whose command line names this test's corpus."""
    pids = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if marker in cmdline and int(pid) != os.getpid():
            pids.append(int(pid))
    return pids


def test_sigkill_at_random_moments_never_breaks_the_index(corpus, tmp_path, private_home):
    index = tmp_path / "index"
    env = env_for(private_home)
    everything = sorted(str(p) for p in corpus.rglob("*.txt"))
    rng = random.Random(20261123)
    versions = dict.fromkeys(range(ARTICLES), 0)
    started = time.monotonic()
    assert query_paths(corpus, index, env, "alliance") == everything  # the first build
    build = time.monotonic() - started
    kills = 0
    for round_ in range(20):
        # change many articles so that the next build has real work to do
        for n in rng.sample(range(ARTICLES), 150):
            versions[n] += 1
            write_article(corpus, n, versions[n])
        args = ["index", "--corpus", str(corpus), "--index", str(index)]
        if round_ % 2:
            args.append("--rebuild")
        launched = time.monotonic()
        proc = subprocess.Popen([BIN, *args], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        # a moment inside the build: while scanning, extracting, writing or publishing
        time.sleep(rng.uniform(0.02, 0.6 * build))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        else:  # (a build faster than the first, cold one: later moments drawn within it)
            build = min(build, time.monotonic() - launched)
        proc.wait()
        # the next command answers from a complete, current index
        assert query_paths(corpus, index, env, "alliance") == everything
        n = rng.randrange(ARTICLES)
        holding = query_paths(corpus, index, env, f"item{n} version{versions[n]}")
        assert holding == [str(corpus / f"part-{n % 4}" / f"a{n:04d}.txt")]
    assert kills >= 10, "the harness should kill most builds mid-way"
    # no worker outlives its killed parent for long
    deadline = time.monotonic() + 20
    while survivors(str(corpus)) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert survivors(str(corpus)) == []


def test_queries_during_a_rebuild_always_answer(corpus, tmp_path, private_home):
    index = tmp_path / "index"
    env = env_for(private_home)
    everything = sorted(str(p) for p in corpus.rglob("*.txt"))
    assert query_paths(corpus, index, env, "alliance") == everything
    proc = subprocess.Popen([BIN, "index", "--rebuild", "--corpus", str(corpus), "--index",
                             str(index)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    answered = 0
    while proc.poll() is None:
        assert query_paths(corpus, index, env, "alliance") == everything
        answered += 1
    assert proc.returncode == 0 and answered >= 1
    assert query_paths(corpus, index, env, "alliance") == everything


def test_two_index_runs_at_once(corpus, tmp_path, private_home):
    # three at once, into a folder that does not exist yet: creating it is a race too
    index = tmp_path / "index"
    env = env_for(private_home)
    procs = [subprocess.Popen([BIN, "index", "--rebuild", "--corpus", str(corpus), "--index",
                               str(index)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    everything = sorted(str(p) for p in corpus.rglob("*.txt"))
    assert query_paths(corpus, index, env, "alliance") == everything
    # one generation left: the replaced one was removed
    assert len(list(index.glob("gen-*"))) == 1


def test_files_deleted_or_rewritten_during_a_build(corpus, tmp_path, private_home):
    index = tmp_path / "index"
    env = env_for(private_home)
    proc = subprocess.Popen([BIN, "index", "--corpus", str(corpus), "--index", str(index)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(0.3)
    gone = [corpus / f"part-{n % 4}" / f"a{n:04d}.txt" for n in range(0, 40, 2)]
    for path in gone:
        path.unlink()
    for n in range(1, 40, 2):
        write_article(corpus, n, 7)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0 and "Traceback" not in err
    # the next command sees the corpus as it is now
    everything = sorted(str(p) for p in corpus.rglob("*.txt"))
    assert len(everything) == ARTICLES - len(gone)
    assert query_paths(corpus, index, env, "alliance") == everything
    assert len(query_paths(corpus, index, env, "version7")) == 20


def test_parallel_extraction_stops_when_the_consumer_does(corpus):
    """Workers run ahead of the index writer only so far; leaving early ends the pool at once
    (the feeder thread waiting for a free slot must not keep it alive)."""
    import threading

    from nato_search.corpus import scan
    from nato_search.engines.whoosh.indexing import parse_entries

    entries, _ = scan(corpus)
    assert len(entries) > 200  # enough for the worker processes
    results = parse_entries(list(entries.values()))
    assert next(results)[1] is not None
    closer = threading.Thread(target=results.close, daemon=True)  # a hang fails, not stalls
    closer.start()
    closer.join(timeout=30)
    assert not closer.is_alive()


def _report_inherited(sentinel_id: int, results) -> None:
    import gc

    results.put((gc.get_freeze_count(), any(id(o) == sentinel_id for o in gc.get_objects())))


def test_forked_workers_leave_inherited_objects_to_their_parent(corpus):
    """A worker forked for a build (an extraction worker, a Whoosh sub-writer: both are
    multiprocessing processes) freezes what it inherited, so that its garbage collector never
    writes into, and so copies, the pages of the parent's objects (the scan's entries above
    all: their memory was counted once per worker)."""
    import gc
    import multiprocessing

    from nato_search.corpus import scan
    from nato_search.engines.whoosh.indexing import _AfterFork

    entries, _ = scan(corpus)
    entry = next(iter(entries.values()))
    assert gc.is_tracked(entry)  # a named tuple: the collector visits it in every full pass
    _AfterFork.register()
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    worker = context.Process(target=_report_inherited, args=(id(entry), results))
    worker.start()
    frozen, collected = results.get(timeout=60)
    worker.join(timeout=60)
    assert frozen > len(entries)
    assert not collected  # the entry is no longer among the objects the worker's collector sees
