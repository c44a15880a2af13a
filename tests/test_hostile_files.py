"""Strange files in a corpus: each is decoded or skipped with a warning naming it; the rest is
indexed. Old and foreign indexes are handled safely."""

from __future__ import annotations

import json
import os
import stat

import pytest

from nato_search.engines.whoosh.indexing import MANIFEST, IndexFolder


def found(cli, root, query, *extra):
    result = cli("query", query, "--corpus", root, "-f", "jsonl", "--limit", "0", *extra)
    return sorted(json.loads(line)["id"] for line in result.stdout.splitlines()), result


@pytest.fixture
def strange(make_corpus):
    root = make_corpus({
        "good.txt": "Alliance talks\n\nThe alliance met in Brussels on Monday.\n",
        "utf16.txt": "Alliance in UTF-16\n\nThe alliance spoke of Séoul.\n".encode("utf-16"),
        "latin1.txt": "Alliance in Latin-1\n\nThe alliance met in Zürich.\n".encode("latin-1"),
        "broken-utf8.txt": b"Alliance with bad bytes\n\nThe alliance \xff\xfe met \x80 here.\n",
        "empty.txt": "",
        "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,
        "long-line.txt": "alliance " * 40_000,  # one line of 360,000 characters
        "big.txt": ("Alliance paragraph repeated.\n" * 200_000),  # 5.8 MB
        "notes.pdf": b"%PDF-1.4 alliance",
        ".git/alliance.txt": "hidden alliance",
        "sub/deeper/nested.txt": "Nested alliance\n\nThe alliance is nested deep down here.\n",
    })
    (root / "folder.txt").mkdir()  # a folder named like an article
    os.symlink(root / "sub", root / "sub" / "deeper" / "loop")  # a symlink loop
    os.symlink(root / "missing.txt", root / "dangling.txt")
    os.mkfifo(root / "pipe.txt")  # reading it would block forever
    return root


def test_strange_files_are_decoded_or_skipped_and_named(cli, strange):
    ids, result = found(cli, strange, "alliance")
    assert result.exit_code == 0
    assert ids == ["broken-utf8.txt", "good.txt", "latin1.txt", "sub/deeper/nested.txt",
                   "utf16.txt"]
    err = result.stderr
    assert "skipped empty.txt: empty file" in err
    assert "skipped binary.txt: binary data, not text" in err
    assert "skipped long-line.txt: a line of 360,000 characters: not an article" in err
    assert "skipped big.txt: too large for a news article (over 4 MB)" in err
    assert "skipped dangling.txt: cannot read" in err
    assert "Traceback" not in err
    # decoded text is searchable with its accents folded
    assert found(cli, strange, "zurich")[0] == ["latin1.txt"]
    assert found(cli, strange, "seoul")[0] == ["utf16.txt"]


def test_index_summary_lists_what_was_skipped_and_why(cli, strange, tmp_path):
    result = cli("index", "--corpus", strange, "--index", tmp_path / "i", "-f", "json")
    [report] = json.loads(result.stdout)
    reasons = {s["id"]: s["reason"] for s in report["skipped"]}
    assert set(reasons) == {"empty.txt", "binary.txt", "long-line.txt", "big.txt", "dangling.txt"}
    assert report["added"] == 5


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_skipped(cli, make_corpus):
    root = make_corpus({"ok.txt": "Alliance ok\n\nThe alliance is fine.\n",
                        "locked.txt": "Alliance locked\n\nThe alliance is locked.\n"})
    os.chmod(root / "locked.txt", 0)
    ids, result = found(cli, root, "alliance")
    assert ids == ["ok.txt"] and "skipped locked.txt: cannot read" in result.stderr


def test_an_index_from_another_version_is_rebuilt_with_one_line(cli, seeds, tmp_path):
    index = tmp_path / "idx"
    assert cli("index", "--corpus", seeds, "--index", index).exit_code == 0
    generation = IndexFolder(index).current()
    manifest = json.loads((generation / MANIFEST).read_text())
    manifest["schema"] = 1
    (generation / MANIFEST).write_text(json.dumps(manifest))
    ids, result = found(cli, seeds, "Stoltenberg", "--index", str(index))
    assert ids == ["002_7fa380e9ecd85f54.txt"]
    assert result.stderr.splitlines() == [
        "nato-search: the index was written by another version of nato-search; rebuilding it"]
    assert found(cli, seeds, "Stoltenberg", "--index", str(index))[1].stderr == ""


def test_index_folder_is_private(cli, seeds, tmp_path):
    index = tmp_path / "idx"
    cli("index", "--corpus", seeds, "--index", index)
    assert stat.S_IMODE(index.stat().st_mode) == 0o700
    for generation in index.glob("gen-*"):
        assert stat.S_IMODE(generation.stat().st_mode) == 0o700


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a folder to another user")
def test_an_index_owned_by_someone_else_is_never_loaded(cli, seeds, tmp_path):
    index = tmp_path / "idx"
    cli("index", "--corpus", seeds, "--index", index)
    os.chown(index, 54321, 54321)
    result = cli("query", "NATO", "--corpus", seeds, "--index", index)
    assert result.exit_code == 2
    assert "belongs to another user; refusing to load it" in result.stderr


def test_a_file_name_that_is_not_utf8_is_skipped_and_named(cli, make_corpus, tmp_path):
    # a Latin-1 "café.txt" from an old archive, and a folder so named: said, the rest indexed
    root = make_corpus({"b.txt": "Other news\n\nThe alliance met again on Friday.\n"})
    base = os.fsencode(root)
    with open(os.path.join(base, b"caf\xe9.txt"), "wb") as fh:
        fh.write(b"Wong says alliance strong\n\nThe alliance is strong, Penny Wong said.\n")
    os.mkdir(os.path.join(base, b"r\xe9sum\xe9s"))
    with open(os.path.join(base, b"r\xe9sum\xe9s", b"a.txt"), "wb") as fh:
        fh.write(b"Inside\n\nThe alliance is inside a folder.\n")
    where = ["--corpus", root, "--index", tmp_path / "idx"]
    result = cli("query", "alliance", *where, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["b.txt"]
    assert "skipped caf\\xe9.txt: its name is not UTF-8 text" in result.stderr
    assert "skipped r\\xe9sum\\xe9s" in result.stderr
    assert cli("stats", *where).exit_code == 0  # (and every command after it works)
