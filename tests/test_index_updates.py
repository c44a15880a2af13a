"""The index follows its corpus on its own: added, changed and deleted files, no `index` call."""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat

from conftest import bump, on_a_terminal

from nato_search.api import Library


def found(cli, root, query) -> list[str]:
    result = cli("query", query, "--corpus", root, "-f", "jsonl", "--limit", "0")
    return sorted(json.loads(line)["id"] for line in result.stdout.splitlines())


def test_added_changed_and_deleted_files_change_results(cli, make_corpus):
    root = make_corpus({"a.txt": "Alpha article about submarines.\n",
                        "b.txt": "Bravo article about frigates.\n"})
    assert found(cli, root, "article") == ["a.txt", "b.txt"]

    (root / "sub").mkdir()
    (root / "sub" / "c.txt").write_text("Charlie article about submarines too.\n")
    assert found(cli, root, "submarines") == ["a.txt", "sub/c.txt"]

    bump(root / "a.txt", "Alpha article, rewritten: now about aircraft carriers.\n")
    assert found(cli, root, "submarines") == ["sub/c.txt"]
    assert found(cli, root, "carriers") == ["a.txt"]

    (root / "b.txt").unlink()
    assert found(cli, root, "frigates") == []
    assert found(cli, root, "article") == ["a.txt", "sub/c.txt"]


def test_stats_count_what_is_in_the_corpus_after_updates(cli, make_corpus):
    root = make_corpus({"a.txt": "Alpha article\n\nMonday, March 4, 2024\n\n"
                                 "\"We will build more ships,\" Admiral Jane Roe said on Monday.\n",
                        "b.txt": "Bravo article\n\nFriday, June 7, 2024\n\nFrigates sailed.\n",
                        "c.txt": "Charlie article\n\nTuesday, May 7, 2024\n\nCarriers docked.\n"})

    def stats() -> dict:
        [row] = json.loads(cli("stats", "--corpus", root, "-f", "json").stdout)
        return row

    assert (stats()["articles"], stats()["quotes"]) == (3, 1)
    bump(root / "a.txt", (root / "a.txt").read_text() + "\nIt was a long day.\n")  # changed
    (root / "b.txt").unlink()  # and removed: its date was the last
    row = stats()
    assert (row["articles"], row["quotes"]) == (2, 1)
    assert (row["first_date"], row["last_date"]) == ("2024-03-04", "2024-05-07")


def test_speakers_count_only_the_quotations_still_in_the_corpus(cli, make_corpus):
    # an update leaves the old version's quotations in their segment, deleted: neither
    # `speakers` nor `stats` may count them
    root = make_corpus({
        "a.txt": "Alpha article\n\nMonday, March 4, 2024\n\n"
                 "\"We will build more ships,\" Admiral Jane Roe said on Monday.\n",
        "b.txt": "Bravo article\n\nFriday, June 7, 2024\n\n"
                 "\"The frigates sailed at dawn,\" Captain Tom Hale said.\n"})

    def speakers() -> dict[str, tuple[int, str]]:
        rows = cli("speakers", "--corpus", root, "-f", "jsonl").stdout.splitlines()
        return {r["speaker"]: (r["quotes"], r["last"]) for r in map(json.loads, rows)}

    def counted() -> int:
        return json.loads(cli("stats", "--corpus", root, "-f", "json").stdout)[0]["speakers"]

    assert speakers() == {"Jane Roe": (1, "2024-03-04"), "Tom Hale": (1, "2024-06-07")}
    assert counted() == 2
    bump(root / "b.txt", "Bravo article\n\nFriday, June 7, 2024\n\n"
                         "\"We sailed at dawn and came back at dusk,\" Admiral Jane Roe said.\n")
    assert speakers() == {"Jane Roe": (2, "2024-06-07")}
    assert counted() == 1


def test_index_command_reports_what_it_did(cli, make_corpus, tmp_path):
    root = make_corpus({"a.txt": "One.\n", "b.txt": "Two.\n"})
    idx = tmp_path / "idx"
    first = cli("index", "--corpus", root, "--index", idx, "-f", "json")
    report = json.loads(first.stdout)[0]
    assert first.exit_code == 0
    assert (report["added"], report["rebuilt"]) == (2, True)

    again = json.loads(cli("index", "--corpus", root, "--index", idx, "-f", "json").stdout)[0]
    assert (again["added"], again["updated"], again["removed"], again["unchanged"]) == (0, 0, 0, 2)

    (root / "c.txt").write_text("Three.\n")
    bump(root / "a.txt", "One, changed.\n")
    (root / "b.txt").unlink()
    third = json.loads(cli("index", "--corpus", root, "--index", idx, "-f", "json").stdout)[0]
    assert (third["added"], third["updated"], third["removed"], third["unchanged"]) == (1, 1, 1, 0)

    plain = cli("index", "--corpus", root, "--index", idx, "--rebuild", "-f", "plain")
    assert plain.stdout.startswith("rebuilt the index in ")
    assert "2 added" in plain.stdout


def test_an_indexed_file_that_can_no_longer_be_read_is_counted_once_as_skipped(cli, make_corpus,
                                                                                tmp_path):
    # every file seen is counted once: emptied or grown too large, a file is skipped (its
    # article leaves the index, and the report says the index changed); read again, added
    root = make_corpus({"a.txt": "One.\n", "b.txt": "Two.\n", "c.txt": "Three.\n"})
    where = ["--corpus", root, "--index", tmp_path / "idx"]
    assert cli("index", *where).exit_code == 0

    def counts(*options):
        result = cli("index", *where, *options, "-f", "json")
        report = json.loads(result.stdout)[0]
        got = (report["added"], report["updated"], report["removed"], report["unchanged"],
               sorted(s["id"] for s in report["skipped"]))
        return got, cli("index", *where, *options, "-f", "plain").stdout

    bump(root / "a.txt", "")  # emptied
    bump(root / "c.txt", "Three, and much more besides. " * 40)
    result = cli("index", *where, "--max-file-size", "1KB", "-f", "json")
    assert json.loads(result.stdout)[0]["left"] == 2  # (a script sees the index changed)
    bump(root / "b.txt", "Two, edited.\n")
    got, _ = counts("--max-file-size", "1KB")
    assert got == (0, 1, 0, 0, ["a.txt", "c.txt"])
    _, plain = counts("--max-file-size", "1KB")
    assert "up to date (1 article," in plain
    # both read again: added back, not "updated"
    bump(root / "a.txt", "One again.\n")
    got, _ = counts()
    assert got == (2, 0, 0, 1, [])


def test_bad_file_is_skipped_with_a_warning_and_the_rest_indexed(cli, make_corpus):
    root = make_corpus({"good.txt": "Good article about NATO.\n",
                        "bad.txt": b"\x00\x01\x02\x03binary\xff\xfe\x00\x00" * 50,
                        "empty.txt": ""})
    result = cli("query", "NATO", "--corpus", root, "-f", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["good.txt"]
    assert "skipped bad.txt: binary data, not text" in result.stderr
    assert "skipped empty.txt: empty file" in result.stderr
    # warned once, not on every query
    assert "skipped" not in cli("query", "NATO", "--corpus", root).stderr
    # fixed, it is indexed
    bump(root / "empty.txt", "Now an article about NATO.\n")
    assert found(cli, root, "NATO") == ["empty.txt", "good.txt"]


def test_index_on_a_terminal_names_a_skipped_file_once(make_corpus, tmp_path):
    # stdout and stderr on one screen: each skipped file named once
    root = make_corpus({"good.txt": "Good article about NATO.\n", "empty.txt": ""})
    screen = on_a_terminal(["index", "--corpus", str(root), "--index", str(tmp_path / "ix")],
                           stderr_too=True)
    screen = re.sub(r"\x1b\[[0-9;]*m", "", screen)
    # (the warning on stderr, as the contract says; not listed again in the report)
    assert screen.count("empty.txt") == 1 and "nato-search: skipped empty.txt: empty file" in screen


def test_index_lives_in_the_user_cache_folder_and_is_private(cli, seeds, private_home):
    result = cli("query", "NATO", "--corpus", seeds)
    assert result.exit_code == 0
    indexes = list((private_home / ".cache" / "nato-search" / "indexes").iterdir())
    assert len(indexes) == 1 and indexes[0].name.startswith("seeds-")
    assert stat.S_IMODE(indexes[0].stat().st_mode) == 0o700


def test_two_corpora_get_two_indexes(cli, make_corpus, private_home):
    a = make_corpus({"x.txt": "Apples.\n"}, name="one")
    b = make_corpus({"x.txt": "Oranges.\n"}, name="two")
    assert found(cli, a, "apples") == ["x.txt"]
    assert found(cli, b, "apples") == []
    assert len(list((private_home / ".cache" / "nato-search" / "indexes").iterdir())) == 2


def test_library_api(make_corpus, tmp_path):
    root = make_corpus({"a.txt": "---\ntitle: Given title\ndate: 2024-07-09\nsource: Wire\n---\n"
                                 "First line of the body about NATO.\n"})
    notices: list[str] = []
    lib = Library.open(root, tmp_path / "idx", on_notice=notices.append)
    [hit] = lib.query("NATO").hits
    assert (hit.title, hit.source, hit.date.isoformat()) == ("Given title", "Wire", "2024-07-09")
    stats = lib.stats()
    assert (stats.articles, str(stats.first_date)) == (1, "2024-07-09")
    assert os.path.isdir(stats.index)


def _segment_sizes(index_root) -> list[int]:
    """The document counts (deleted ones included) of the live generation's Whoosh segments."""
    from whoosh import index as whoosh_index

    generation = (index_root / "CURRENT").read_text().strip()
    ix = whoosh_index.open_dir(str(index_root / generation))
    try:
        return sorted(segment.doc_count_all() for segment in ix._segments())
    finally:
        ix.close()


def _article(n: int, word: str) -> str:
    return (f"Bulletin {n}\n\nThe alliance discussed item{n} and the {word} plan. "
            f"“We are ready for item{n},” Minister Taro Kono said.\n")


def test_a_large_build_is_written_in_batches_of_segments(make_corpus, tmp_path, monkeypatch):
    """Big corpora are written one batch at a time (a writer's memory grows with its segment):
    nothing is lost between batches, progress counts the whole build, and updates still work."""
    from nato_search.engines.whoosh import indexing

    monkeypatch.setattr(indexing, "BATCH_ARTICLES", 3)  # 8 articles: batches of 3, 3 and 2
    root = make_corpus({f"a{n}.txt": _article(n, "first") for n in range(8)})
    progress: list[tuple[int, int]] = []
    lib = Library.open(root, tmp_path / "idx", on_progress=lambda d, t: progress.append((d, t)))
    report = lib.refresh()
    assert (report.rebuilt, report.added) == (True, 8)
    assert progress == [(n, 8) for n in range(1, 9)]
    assert len(_segment_sizes(tmp_path / "idx")) == 3
    assert len(lib.query("alliance", limit=None).hits) == 8
    assert {q.speaker for q in lib.quotes(limit=None).hits} == {"Taro Kono"}
    assert len(lib.quotes(limit=None).hits) == 8
    assert [h.id for h in lib.query("item5").hits] == ["a5.txt"]

    # an update of more than a batch: batches too, made in a copy of the index that replaces
    # it when complete (readers see all of the update or none of it)
    for n in range(8, 13):
        (root / f"a{n}.txt").write_text(_article(n, "second"))
    bump(root / "a1.txt", _article(1, "second"))
    (root / "a2.txt").unlink()
    lib.close()
    live_before = (tmp_path / "idx" / "CURRENT").read_text().strip()
    lib = Library.open(root, tmp_path / "idx")
    report = lib.refresh()
    assert (report.added, report.updated, report.removed, report.unchanged) == (5, 1, 1, 6)
    live_after = (tmp_path / "idx" / "CURRENT").read_text().strip()
    assert live_after != live_before and not (tmp_path / "idx" / live_before).exists()
    assert len(_segment_sizes(tmp_path / "idx")) == 3 + 2  # six articles in two batches
    assert sorted(h.id for h in lib.query("second", limit=None).hits) == [
        "a1.txt", "a10.txt", "a11.txt", "a12.txt", "a8.txt", "a9.txt"]
    assert lib.query("item2").hits == []
    assert len(lib.query("alliance", limit=None).hits) == 12
    assert len(lib.quotes(limit=None).hits) == 12


def test_batches_of_a_parallel_build_hold_every_article(make_corpus, tmp_path, monkeypatch):
    """Batches big enough for Whoosh's writer processes (two sub-writer segments each)."""
    from nato_search.engines.whoosh import indexing

    monkeypatch.setattr(indexing, "BATCH_ARTICLES", indexing.PARALLEL_MIN + 10)
    count = 2 * (indexing.PARALLEL_MIN + 10)
    root = make_corpus({f"p{n % 3}/a{n:04d}.txt": _article(n, "plan") for n in range(count)})
    lib = Library.open(root, tmp_path / "idx")
    assert lib.refresh().added == count
    if (os.cpu_count() or 1) >= 2:
        assert len(_segment_sizes(tmp_path / "idx")) == 4
    assert len(lib.query("alliance", limit=None).hits) == count
    assert len(lib.quotes("ready", limit=None).hits) == count
    assert [h.id for h in lib.query("item417").hits] == ["p0/a0417.txt"]


def test_date_order_and_timeline_when_a_segment_has_no_dated_article(cli, make_corpus, tmp_path):
    """An update that adds only undated articles writes a segment with no date column: sorting
    by date and the timeline read each segment's dates on their own (they crashed)."""
    root = make_corpus({"a.txt": "---\ntitle: A\ndate: 2024-01-05\n---\nNATO article one.\n"})
    where = ["--corpus", root, "--index", tmp_path / "idx"]
    assert cli("index", *where).exit_code == 0
    (root / "b.txt").write_text("Undated NATO article two.\n")
    assert cli("index", *where).exit_code == 0
    (root / "c.txt").write_text("---\ntitle: C\ndate: 2023-03-01\n---\nNATO article three.\n")
    assert cli("index", *where).exit_code == 0
    assert len(_segment_sizes(tmp_path / "idx")) == 3

    def ids(*args):
        result = cli("query", "NATO", *where, "-f", "jsonl", *args)
        assert result.exit_code == 0, result.stderr
        return [json.loads(line)["id"] for line in result.stdout.splitlines()]

    assert ids("--sort", "newest") == ["a.txt", "c.txt", "b.txt"]
    assert ids("--sort", "oldest") == ["c.txt", "a.txt", "b.txt"]
    timeline = cli("timeline", "NATO", *where, "--by", "year", "-f", "jsonl")
    assert timeline.exit_code == 0, timeline.stderr
    assert [json.loads(line) for line in timeline.stdout.splitlines()] == [
        {"period": "2023", "articles": 1, "quotes": 0},
        {"period": "2024", "articles": 1, "quotes": 0}]
    assert "1 matching article with no known date" in timeline.stderr


def test_small_updates_do_not_pile_up_segments(make_corpus, tmp_path, monkeypatch):
    """Each update writes a segment; small ones of like size are merged once there are
    MERGE_FACTOR of them (Whoosh's own policy left them for good: every one slows queries)."""
    from nato_search.engines.whoosh import indexing

    root = make_corpus({f"a{n}.txt": _article(n, "first") for n in range(3)})
    idx = tmp_path / "idx"
    Library.open(root, idx).refresh()
    assert _segment_sizes(idx) == [6]  # three articles and their three quotations
    counts = []
    for n in range(3, 3 + 2 * indexing.MERGE_FACTOR):
        (root / f"a{n}.txt").write_text(_article(n, "later"))
        assert Library.open(root, idx).refresh().added == 1
        counts.append(len(_segment_sizes(idx)))
    # at most MERGE_FACTOR segments of a tier wait, besides the one each update writes
    assert max(counts) == indexing.MERGE_FACTOR + 1
    assert counts[indexing.MERGE_FACTOR - 1] == 1  # the tenth update merged all ten into one
    lib = Library.open(root, idx)
    assert len(lib.query("alliance", limit=None).hits) == 3 + 2 * indexing.MERGE_FACTOR
    assert len(lib.quotes("ready", limit=None).hits) == 3 + 2 * indexing.MERGE_FACTOR

    # segments of MERGE_MAX_DOCS documents or more are never rewritten by an update
    monkeypatch.setattr(indexing, "MERGE_MAX_DOCS", 6)
    before = _segment_sizes(idx)
    big = [size for size in before if size >= 6]
    for n in range(100, 100 + indexing.MERGE_FACTOR + 1):
        (root / f"a{n}.txt").write_text(_article(n, "last"))
        Library.open(root, idx).refresh()
    after = _segment_sizes(idx)
    assert all(size in after for size in big)
    assert len(after) <= len(big) + indexing.MERGE_FACTOR + 1


def test_an_update_of_every_article_leaves_no_dead_segment(make_corpus, tmp_path):
    """A big update (Whoosh's writer processes) replacing every article: the old segments,
    all of whose documents are deleted, are dropped rather than kept and read by queries."""
    from nato_search.engines.whoosh import indexing

    count = indexing.PARALLEL_MIN + 20
    root = make_corpus({f"a{n:03d}.txt": _article(n, "first") for n in range(count)})
    idx = tmp_path / "idx"
    Library.open(root, idx).refresh()
    before = _segment_sizes(idx)
    for n in range(count):
        bump(root / f"a{n:03d}.txt", _article(n, "second"))
    for n in range(count - 5, count):
        (root / f"a{n:03d}.txt").unlink()
    report = Library.open(root, idx).refresh()
    assert (report.updated, report.removed) == (count - 5, 5)
    assert sum(_segment_sizes(idx)) == 2 * (count - 5)  # each article and its quotation
    assert len(_segment_sizes(idx)) <= len(before)
    lib = Library.open(root, idx)
    assert lib.query("first").hits == []
    assert len(lib.query("second", limit=None).hits) == count - 5
    assert len(lib.quotes("ready", limit=None).hits) == count - 5


def test_an_open_library_keeps_answering_when_a_rebuild_replaces_its_index(make_corpus, tmp_path):
    """A rebuild deletes the generation it replaces; a library that opened it before, and has
    not read every file yet (Whoosh opens the stored fields when first asked), still answers
    from it. Its files are released on close."""
    root = make_corpus({f"a{n}.txt": _article(n, "first") for n in range(3)})
    idx = tmp_path / "idx"
    def open_in_index() -> list[str]:
        """The files of the index this process holds open (Linux only: [] elsewhere)."""
        targets = []
        for fd in os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else []:
            with contextlib.suppress(OSError):
                targets.append(os.readlink(f"/proc/self/fd/{fd}"))
        return [t for t in targets if t.startswith(str(idx))]

    first = Library.open(root, idx)
    assert first.query("alliance", count_only=True).total >= 1  # open, no stored field read
    old = (idx / "CURRENT").read_text().strip()
    Library.open(root, idx).refresh(rebuild=True)
    assert not (idx / old).exists()
    assert sorted(h.id for h in first.query("alliance").hits) == ["a0.txt", "a1.txt", "a2.txt"]
    if os.path.isdir("/proc/self/fd"):
        assert open_in_index()  # the replaced generation's files, deleted but still open
    first.close()
    assert open_in_index() == []


def test_a_parallel_build_of_files_that_all_fail_ends_cleanly(make_corpus, tmp_path):
    """Whoosh's writer processes start before any document reaches them; when none does (every
    file skipped), they are still told to finish: no process is left behind, nothing hangs,
    and no fork happens while threads run (Python 3.12+ warns about that)."""
    import multiprocessing
    import warnings

    from nato_search.engines.whoosh import indexing

    count = indexing.PARALLEL_MIN + 10
    root = make_corpus({f"bad{n:03d}.txt": b"\x00\x01binary\x02" * 20 for n in range(count)})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = Library.open(root, tmp_path / "idx").refresh()
        parallel = Library.open(make_corpus(
            {f"a{n:03d}.txt": _article(n, "plan") for n in range(count)}, name="good"),
            tmp_path / "idx2").refresh()
    assert (report.added, len(report.skipped)) == (0, count)
    assert parallel.added == count
    assert multiprocessing.active_children() == []
    assert not [w for w in caught if "multi-threaded" in str(w.message)]
