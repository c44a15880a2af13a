"""Edges of the corpus and the index (issue 13, items 4, 5 and 19-24; issue 14's options):
binary files, reports that add up, folders we may not read or must not change, Ctrl-C,
touched files, empty corpora, the cache, the size limit, --jobs and --no-refresh."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEEDS, bump

from nato_search import cli as cli_module

NATO_SEARCH = str(Path(sys.executable).parent / "nato-search")


def _report(result) -> dict:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)[0]


def _ids(result) -> list[str]:
    return sorted(json.loads(line)["id"] for line in result.stdout.splitlines())


# -- item 4: files that are not text -------------------------------------------------------------


def test_files_that_are_not_text_are_skipped_and_named(cli, make_corpus, tmp_path):
    rng = random.Random(4)
    noise = bytes(rng.randrange(1, 256) for _ in range(120))  # random bytes, no NUL
    assert sum(b < 9 or 13 < b < 32 for b in noise) > 2  # as random bytes are: a few controls
    controls = bytes(range(1, 9)) * 20 + b"Valid UTF-8, all the same.\n"
    root = make_corpus({"noise.txt": noise, "controls.txt": controls,
                        "story.txt": "Ministers met in Brussels.\n\nThey agreed on a plan.\n",
                        # a DOS end-of-file mark and a vertical tab do not make text binary
                        "dos.txt": "Old file about a summit.\x0b\r\nIt ends here.\r\n\x1a"})
    result = cli("index", "--corpus", root, "--index", tmp_path / "idx", "-f", "json")
    report = _report(result)
    assert sorted(s["id"] for s in report["skipped"]) == ["controls.txt", "noise.txt"]
    assert "skipped noise.txt: binary data, not text" in result.stderr
    assert "skipped controls.txt: binary data, not text" in result.stderr
    assert report["added"] == 2
    found = cli("query", "summit OR Brussels", "--corpus", root, "--index", tmp_path / "idx",
                "-f", "jsonl")
    assert _ids(found) == ["dos.txt", "story.txt"]


# -- item 5: the report adds up ------------------------------------------------------------------


def test_index_report_adds_up_after_an_edit(cli, make_corpus, tmp_path):
    root = make_corpus({"a.txt": "Alpha article.\n", "b.txt": "Beta article.\n",
                        "empty.txt": "", "blank.txt": "   \n", "bin.txt": b"\x00\x01\x02" * 50})
    idx = tmp_path / "idx"
    first = _report(cli("index", "--corpus", root, "--index", idx, "-f", "json"))
    assert (first["added"], len(first["skipped"])) == (2, 3)

    bump(root / "a.txt", "Alpha article, edited.\n")
    again = cli("index", "--corpus", root, "--index", idx, "-f", "json")
    report = _report(again)
    counts = (report["added"], report["updated"], report["removed"], report["unchanged"],
              len(report["skipped"]))
    assert counts == (0, 1, 0, 1, 3)
    assert sum(counts) == 5  # every file seen, each once
    assert "skipped" not in again.stderr  # warned about once, when first seen

    (root / "b.txt").unlink()
    third = _report(cli("index", "--corpus", root, "--index", idx, "-f", "json"))
    assert (third["removed"], third["unchanged"], len(third["skipped"])) == (1, 1, 3)
    stats = _report(cli("stats", "--corpus", root, "--index", idx, "-f", "json"))
    assert stats["skipped"] == 3
    # a skipped file that goes was never an article: no article removed
    (root / "bin.txt").unlink()
    fourth = _report(cli("index", "--corpus", root, "--index", idx, "-f", "json"))
    assert (fourth["removed"], fourth["unchanged"], len(fourth["skipped"])) == (0, 1, 2)
    assert _report(cli("stats", "--corpus", root, "--index", idx, "-f", "json"))["skipped"] == 2


# -- item 19: an index folder we may not read ---------------------------------------------------


def _without_root_powers() -> list[str]:
    """A command prefix under which permissions apply: root reads any folder, unless the
    capabilities that let it are taken away (setpriv, from util-linux)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root reads any folder, and setpriv is not there to stop it")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


@pytest.mark.parametrize("locked, message", [
    ("index", "cannot read index folder {}: Permission denied"),
    ("corpus", "cannot list corpus folder {}: Permission denied"),
])
def test_unreadable_index_or_corpus_folder_is_a_plain_error(cli, seeds, tmp_path, locked,
                                                             message):
    index = tmp_path / "idx"
    assert cli("index", "--corpus", seeds, "--index", index).exit_code == 0
    folder = index if locked == "index" else seeds
    os.chmod(folder, 0)
    try:
        result = subprocess.run(
            [*_without_root_powers(), NATO_SEARCH, "query", "NATO", "--corpus", str(seeds),
             "--index", str(index)], capture_output=True, text=True, timeout=120)
    finally:
        os.chmod(folder, 0o700)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "nato-search: error: " + message.format(folder)
    assert len(lines) == 2 and "chmod" in lines[1]


def test_a_folder_that_cannot_be_listed_keeps_its_articles_and_says_so(cli, make_corpus, tmp_path):
    root = make_corpus({"top.txt": "Top story\n\nThe envoy met the minister in Tokyo.\n",
                        "japan/a.txt": "Japan story\n\nThe envoy met the minister in Osaka.\n",
                        "japan/b.txt": "Japan again\n\nThe envoy met the minister in Kobe.\n"})
    index = tmp_path / "idx"
    where = ["--corpus", str(root), "--index", str(index)]
    assert cli("index", *where).exit_code == 0
    os.chmod(root / "japan", 0)
    try:
        run = subprocess.run([*_without_root_powers(), NATO_SEARCH, "index", *where],
                             capture_output=True, text=True, timeout=120)
    finally:
        os.chmod(root / "japan", 0o700)
    # said, and its two articles kept as they were indexed (not "2 removed")
    assert run.returncode == 0, run.stderr
    assert "japan: cannot list folder" in run.stderr + run.stdout
    assert "0 removed" in run.stdout + run.stderr or "removed" not in run.stdout + run.stderr
    found = cli("query", "envoy", *where, "-f", "paths", "--no-refresh", "--limit", "0")
    assert len(found.stdout.splitlines()) == 3


def test_a_corpus_folder_whose_files_cannot_be_opened_is_a_plain_error(cli, make_corpus, tmp_path):
    root = make_corpus({"japan/a.txt": "Japan story\n\nThe envoy met the minister in Osaka.\n"})
    index = tmp_path / "idx"
    assert cli("index", "--corpus", root, "--index", index).exit_code == 0
    os.chmod(root, 0o600)  # listed, not searched: no "x"
    try:
        run = subprocess.run([*_without_root_powers(), NATO_SEARCH, "query", "envoy", "--corpus",
                              str(root), "--index", str(index)], capture_output=True, text=True,
                             timeout=120)
    finally:
        os.chmod(root, 0o700)
    assert run.returncode == 2, run.stderr  # never a silent "nothing matched"
    assert run.stderr.splitlines()[0].startswith("nato-search: error: cannot open the files of")


# -- item 20: a folder we did not create keeps its mode -----------------------------------------


def test_an_existing_folder_keeps_its_mode(cli, seeds, tmp_path):
    index = tmp_path / "mine"
    index.mkdir()
    os.chmod(index, 0o755)
    assert cli("index", "--corpus", seeds, "--index", index).exit_code == 0
    assert stat.S_IMODE(index.stat().st_mode) == 0o755
    for generation in index.glob("gen-*"):  # what the index holds is private all the same
        assert stat.S_IMODE(generation.stat().st_mode) == 0o700


# -- item 21: Ctrl-C during a rebuild -----------------------------------------------------------


def test_ctrl_c_during_a_rebuild_is_one_line_and_130(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for n in range(1000):  # enough for the worker processes and Whoosh's writer processes, and
        # for a build that lasts well past the interrupt however fast the machine
        shutil.copy(seeds[n % len(seeds)], corpus / f"copy-{n:03d}.txt")
    index = tmp_path / "idx"
    env = {**os.environ, "NO_COLOR": "1"}
    where = ["--corpus", str(corpus), "--index", str(index)]
    subprocess.run([NATO_SEARCH, "index", *where], check=True, capture_output=True, env=env,
                   timeout=300)
    # Ctrl-C goes to every process of the terminal's foreground group: so here
    # (a test run started in the background inherits SIGINT ignored, as every background job
    # of a shell does, and Python then keeps ignoring it: the terminal's default is restored)
    proc = subprocess.Popen([NATO_SEARCH, "index", "--rebuild", *where], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while len(list(index.glob("gen-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)  # the rebuild's new generation exists: it is under way
    time.sleep(0.3)  # worker processes and Whoosh's writer processes have started
    assert proc.poll() is None  # still building
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert [line for line in err.splitlines() if "interrupted" in line] == [
        "nato-search: interrupted"]
    assert len(err.splitlines()) <= 2  # and at most the line that says a build is under way
    after = subprocess.run([NATO_SEARCH, "query", "NATO", *where, "--no-refresh", "-f", "paths"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert after.returncode == 0  # the previous index is still there and usable


# -- item 22: touch, slow builds in a pipe, empty corpora ----------------------------------------


def test_touched_files_are_not_read_again(cli, seeds, tmp_path):
    idx = tmp_path / "idx"
    assert _report(cli("index", "--corpus", seeds, "--index", idx, "-f", "json"))["added"] == 5
    later = time.time() + 100
    for path in seeds.iterdir():
        os.utime(path, (later, later))
    report = _report(cli("index", "--corpus", seeds, "--index", idx, "-f", "json"))
    assert (report["updated"], report["unchanged"]) == (0, 5)
    again = _report(cli("index", "--corpus", seeds, "--index", idx, "-f", "json"))
    assert again["unchanged"] == 5 and again["seconds"] < 60  # the new times were recorded

    # the same size, another content: read again
    path = sorted(seeds.iterdir())[0]
    text = path.read_text(encoding="utf-8")
    assert "Madrid" in text
    bump(path, text.replace("Madrid", "Zagreb"))
    report = _report(cli("index", "--corpus", seeds, "--index", idx, "-f", "json"))
    assert (report["updated"], report["unchanged"]) == (1, 4)
    found = cli("query", "Zagreb", "--corpus", seeds, "--index", idx, "-f", "jsonl")
    assert _ids(found) == [path.name]


def test_a_slow_build_says_one_line_even_in_a_pipe(cli, seeds, tmp_path, monkeypatch):
    monkeypatch.setattr(cli_module.ProgressBar, "DELAY", 0.0)  # "slow": from the first article
    first = cli("query", "NATO", "--corpus", seeds, "--index", tmp_path / "idx", "-f", "plain")
    assert first.exit_code == 0
    assert first.stderr.splitlines() == ["nato-search: indexing 5 articles; later commands will "
                                         "be fast"]
    second = cli("query", "NATO", "--corpus", seeds, "--index", tmp_path / "idx", "-f", "plain")
    assert second.stderr == ""


def test_an_empty_corpus_says_so(cli, tmp_path):
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "notes.md").write_text("not an article")
    result = cli("query", "NATO", "--corpus", empty, "--index", tmp_path / "idx")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"nato-search: error: no .txt files in {empty}"


@pytest.mark.parametrize("option", ["--corpus", "--index"])
def test_an_empty_folder_name_is_a_usage_error(cli, option):
    result = cli("query", "NATO", option, "")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"nato-search: error: {option} needs a folder")


# -- item 23: the cache -------------------------------------------------------------------------


def test_prune_removes_the_indexes_of_corpora_that_are_gone(cli, seeds, tmp_path, private_home):
    other = tmp_path / "other"
    shutil.copytree(seeds, other)
    for corpus in (seeds, other):
        assert cli("index", "--corpus", corpus).exit_code == 0
    cache = private_home / ".cache" / "nato-search" / "indexes"
    assert len(list(cache.iterdir())) == 2
    stats = _report(cli("stats", "--corpus", seeds, "-f", "json"))
    sizes = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file())
    assert stats["cache_bytes"] == sizes > stats["index_bytes"] > 0
    assert "cache size" in cli("stats", "--corpus", seeds, "-f", "plain").stdout

    shutil.rmtree(other)
    pruned = cli("index", "--prune", "-f", "json")
    assert pruned.exit_code == 0
    records = json.loads(pruned.stdout)
    assert [r["corpus"] for r in records] == [str(other)]
    assert not Path(records[0]["index"]).exists()
    assert len(list(cache.iterdir())) == 1
    assert cli("query", "NATO", "--corpus", seeds, "--no-refresh").exit_code == 0  # kept
    again = cli("index", "--prune", "-f", "plain")
    assert again.stdout.startswith("removed 0 indexes")


# -- item 24: --max-file-size -------------------------------------------------------------------


def test_max_file_size_sets_the_limit(cli, make_corpus, tmp_path):
    paragraph = "The transcript of a long hearing on maritime security goes on. " * 8 + "\n\n"
    root = make_corpus({"hearing.txt": "Hearing transcript\n\n" + paragraph * 6,
                        "short.txt": "A short note on maritime policy.\n"})
    assert 2 * 2**10 < (root / "hearing.txt").stat().st_size < 4 * 2**10
    idx = tmp_path / "idx"
    first = cli("index", "--corpus", root, "--index", idx, "--max-file-size", "2KB", "-f", "json")
    assert [s["id"] for s in _report(first)["skipped"]] == ["hearing.txt"]
    assert "skipped hearing.txt: too large for a news article (over 2 KB)" in first.stderr

    # a limit that allows it: the file is read now, though it has not changed
    raised = cli("index", "--corpus", root, "--index", idx, "--max-file-size", "4k", "-f", "json")
    report = _report(raised)
    # (skipped before, read now: its article is added)
    assert (report["added"], report["unchanged"], report["skipped"]) == (1, 1, [])
    found = cli("query", "hearing", "--corpus", root, "--index", idx, "-f", "jsonl")
    assert _ids(found) == ["hearing.txt"]

    # a lower limit again leaves out the file indexed under the higher one, unchanged as it is
    lowered = cli("index", "--corpus", root, "--index", idx, "--max-file-size", "2KB", "-f", "json")
    report = _report(lowered)
    assert ([s["id"] for s in report["skipped"]], report["left"]) == (["hearing.txt"], 1)
    assert cli("query", "hearing", "--corpus", root, "--index", idx, "--no-refresh").exit_code == 1

    bad = cli("index", "--corpus", root, "--index", idx, "--max-file-size", "lots")
    assert bad.exit_code == 2
    assert bad.stderr.startswith("nato-search: error: not a file size: 'lots'")
    zero = cli("index", "--corpus", root, "--index", idx, "--max-file-size", "0")
    assert zero.exit_code == 2  # a size, but no file could be read: said so, not "not a size"
    assert "must be more than 0 bytes" in zero.stderr


# -- issue 14: --jobs and --no-refresh -----------------------------------------------------------


def test_jobs_one_and_two_build_the_same_index(cli, make_corpus, tmp_path):
    files = {f"n{n:03d}.txt": f"Note {n} on the alliance.\n\nword{n % 7} and more.\n"
             for n in range(210)}  # enough for worker processes
    root = make_corpus(files)
    results = []
    for jobs in ("1", "2"):
        idx = tmp_path / f"idx{jobs}"
        report = _report(cli("index", "--corpus", root, "--index", idx, "--jobs", jobs,
                             "-f", "json"))
        assert report["added"] == 210
        results.append(_ids(cli("query", "word3", "--corpus", root, "--index", idx,
                                "--limit", "0", "-f", "jsonl")))
    assert results[0] == results[1] == [f"n{n:03d}.txt" for n in range(210) if n % 7 == 3]


def test_no_refresh_answers_from_the_index_as_it_is(cli, seeds, tmp_path):
    idx = tmp_path / "idx"
    where = ["--corpus", seeds, "--index", idx]
    # with no index at all, one is built all the same
    assert cli("query", "Stoltenberg", *where, "--no-refresh").exit_code == 0
    (seeds / "new.txt").write_text("Zanzibar ministers met.\n", encoding="utf-8")
    assert cli("query", "Zanzibar", *where, "--no-refresh").exit_code == 1
    assert cli("query", "Zanzibar", *where, env={"NATO_SEARCH_NO_REFRESH": "1"}).exit_code == 1
    assert cli("query", "Zanzibar", *where).exit_code == 0


def test_one_index_folder_given_to_two_corpora_says_so(cli, make_corpus, tmp_path):
    tokyo = make_corpus({"a.txt": "Alpha talks\n\nThe envoy met the minister in Tokyo.\n"})
    seoul = make_corpus({"b.txt": "Beta talks\n\nThe envoy met the minister in Seoul.\n"},
                        name="seoul")
    idx = tmp_path / "idx"
    first = cli("query", "envoy", "--corpus", tokyo, "--index", idx, "-f", "paths")
    assert first.stdout.splitlines() == [str(tokyo / "a.txt")] and "another" not in first.stderr
    switched = cli("query", "envoy", "--corpus", seoul, "--index", idx, "-f", "paths")
    assert switched.stdout.splitlines() == [str(seoul / "b.txt")]
    assert "another corpus" in switched.stderr and str(tokyo) in switched.stderr
    # --no-refresh answers from an index of this corpus only: never the other's articles,
    # under paths that do not exist
    back = cli("query", "envoy", "--corpus", tokyo, "--index", idx, "-f", "paths", "--no-refresh")
    assert back.stdout.splitlines() == [str(tokyo / "a.txt")] and "another corpus" in back.stderr
    again = cli("query", "envoy", "--corpus", tokyo, "--index", idx, "-f", "paths", "--no-refresh")
    assert again.exit_code == 0 and "another" not in again.stderr


@pytest.mark.parametrize("pattern", ["*.trm", "*.pst"])
def test_a_damaged_index_file_is_a_clear_error_that_a_rebuild_mends(cli, seeds, tmp_path, pattern):
    index = tmp_path / "idx"
    assert cli("index", "--corpus", seeds, "--index", index).exit_code == 0
    # Whoosh's term file overwritten, as a bad disk might; its postings cut short (a seek out
    # of range: Python's own ValueError, raised inside Whoosh)
    [damaged] = list(index.rglob(pattern))
    damaged.write_bytes(b"garbage" if pattern == "*.trm" else damaged.read_bytes()[:100])
    # (answering from the index as it is: a refresh would find the damage and rebuild)
    result = cli("query", "NATO", "--corpus", seeds, "--index", index, "--no-refresh")
    assert result.exit_code == 2
    assert "the index is damaged" in result.stderr and "index --rebuild" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert cli("index", "--rebuild", "--corpus", seeds, "--index", index).exit_code == 0
    assert cli("query", "NATO", "--corpus", seeds, "--index", index).exit_code == 0


# ("replaced": overwritten with other bytes of another size; an overwrite that keeps the size is
# found only when Whoosh reads the file, as a damaged index: the error test above)
@pytest.mark.parametrize("harm", ["cut short", "replaced", "gone"])
def test_an_index_damaged_since_it_was_written_is_rebuilt_by_the_next_refresh(cli, seeds, tmp_path,
                                                                             harm):
    index = tmp_path / "idx"
    where = ["--corpus", seeds, "--index", index]
    assert cli("index", *where).exit_code == 0
    [postings] = list(index.rglob("*.pst"))
    if harm == "gone":
        postings.unlink()
    else:
        postings.write_bytes(postings.read_bytes()[:100] if harm == "cut short" else b"garbage")
    # `index` said "up to date" over it; now it says what it found and mends it
    result = cli("index", *where, "-f", "json")
    assert f"the index was damaged ({postings.name} changed" in result.stderr
    report = _report(result)
    assert report["rebuilt"] and report["added"] == len(list(seeds.glob("*.txt")))
    found = cli("query", "Stoltenberg", *where, "-f", "paths")
    assert found.exit_code == 0 and found.stdout and found.stderr == ""
    # a query finds it the same way
    [postings] = list(index.rglob("*.pst"))
    postings.write_bytes(b"garbage")
    found = cli("query", "Stoltenberg", *where, "-f", "paths")
    assert found.exit_code == 0 and found.stdout and "the index was damaged" in found.stderr


def test_figures_kept_beside_the_index_are_no_damage(cli, seeds, tmp_path):
    # `speakers` keeps its counts beside the index and rewrites them after an update: that is
    # no change to the index's own files, and the next update is an update, not a rebuild
    where = ["--corpus", seeds, "--index", tmp_path / "idx"]
    assert cli("index", *where).exit_code == 0
    for n in range(3):
        assert cli("speakers", *where).exit_code == 0
        (seeds / f"new{n}.txt").write_text(f"Talks {n}\n\n“We met for round {n} of many,” said "
                                           f"Minister Ola Berg{'e' * n}.\n")
        result = cli("index", *where, "-f", "json")
        assert "damaged" not in result.stderr
        report = _report(result)
        assert (report["rebuilt"], report["added"]) == (False, 1)


def test_an_index_file_gone_is_found_at_open_not_in_mid_search(cli, seeds, tmp_path):
    # as a reader would see a generation that a build deletes while the reader lists its files
    index = tmp_path / "idx"
    assert cli("index", "--corpus", seeds, "--index", index).exit_code == 0
    [postings] = list(index.rglob("*.pst"))
    postings.unlink()
    result = cli("query", "NATO", "--corpus", seeds, "--index", index, "--no-refresh")
    assert result.exit_code == 2
    assert "cannot open the index" in result.stderr and "index --rebuild" in result.stderr
    assert cli("index", "--rebuild", "--corpus", seeds, "--index", index).exit_code == 0
    assert cli("query", "NATO", "--corpus", seeds, "--index", index).exit_code == 0


def test_an_edit_that_keeps_the_size_and_the_timestamp_is_seen(cli, make_corpus, tmp_path):
    # "touch -r": the file rewritten, its old size and modification time put back
    root = make_corpus({"a.txt": "Alpha talks on the alliance went on.\n"})
    idx = tmp_path / "idx"
    assert cli("index", "--corpus", root, "--index", idx).exit_code == 0
    path = root / "a.txt"
    before = path.stat()
    path.write_text("Omega talks on the alliance went on.\n", encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    report = _report(cli("index", "--corpus", root, "--index", idx, "-f", "json"))
    assert report["updated"] == 1
    found = cli("query", "omega", "--corpus", root, "--index", idx, "-f", "jsonl")
    assert _ids(found) == ["a.txt"]


def test_a_front_matter_date_that_is_no_date_is_said_and_the_text_s_is_used(cli, make_corpus,
                                                                          tmp_path):
    root = make_corpus({"a.txt": "---\ntitle: A test\ndate: 2024-13-45\n---\n"
                                 "TOKYO, July 9, 2024 (Reuters) - Japan and NATO agreed on Tuesday "
                                 "to deepen ties across many areas of security.\n"})
    result = cli("index", "--corpus", root, "--index", tmp_path / "idx")
    assert result.exit_code == 0
    assert "a.txt: its front matter's date '2024-13-45' is no date" in result.stderr
    shown = json.loads(cli("show", "a.txt", "--corpus", root, "--index", tmp_path / "idx",
                           "-f", "json").stdout)
    assert shown[0]["date"] == "2024-07-09"


def test_a_limit_set_above_the_default_still_leaves_out_larger_files(cli, make_corpus, tmp_path):
    # indexed under 8 MB, then a limit of 4200 KB, above the default of 4 MB: the file of
    # 4400 KB leaves; a query in between (the default limit) kept it
    from nato_search.corpus import MAX_BYTES

    line = "The transcript of a long hearing on maritime security goes on and on. " * 14 + "\n\n"
    big = "Hearing transcript\n\n" + line * (4400 * 2**10 // len(line))
    root = make_corpus({"hearing.txt": big, "short.txt": "A short note on maritime policy.\n"})
    assert MAX_BYTES < 4200 * 2**10 < (root / "hearing.txt").stat().st_size < 8 * 2**20
    idx = tmp_path / "idx"
    assert _report(cli("index", "--corpus", root, "--index", idx, "--max-file-size", "8MB",
                       "-f", "json"))["skipped"] == []
    assert _ids(cli("query", "hearing", "--corpus", root, "--index", idx, "-f", "jsonl")) == \
        ["hearing.txt"]
    report = _report(cli("index", "--corpus", root, "--index", idx, "--max-file-size", "4200KB",
                         "-f", "json"))
    assert ([s["id"] for s in report["skipped"]], report["left"]) == (["hearing.txt"], 1)


def test_a_limit_in_the_environment_leaves_out_larger_files_too(cli, make_corpus, tmp_path):
    # NATO_SEARCH_MAX_FILE_SIZE is a limit set, as --max-file-size is
    paragraph = "The transcript of a long hearing on maritime security goes on. " * 8 + "\n\n"
    root = make_corpus({"hearing.txt": "Hearing transcript\n\n" + paragraph * 6,
                        "short.txt": "A short note on maritime policy.\n"})
    idx = tmp_path / "idx"
    assert _ids(cli("query", "hearing", "--corpus", root, "--index", idx, "-f", "jsonl")) == \
        ["hearing.txt"]
    # (any command: `query` refreshes the index under the environment's limit)
    lowered = cli("query", "hearing", "--corpus", root, "--index", idx,
                  env={"NATO_SEARCH_MAX_FILE_SIZE": "2KB"})
    assert lowered.exit_code == 1 and "skipped hearing.txt: too large" in lowered.stderr
