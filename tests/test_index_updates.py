"""The index follows its corpus on its own: added, changed and deleted files, no `index` call."""

from __future__ import annotations

import json
import os
import stat

from conftest import bump

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
