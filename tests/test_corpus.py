import os

import pytest

from nato_search.corpus import UnreadableFile, decode, scan, split_front_matter


def test_scan_finds_txt_recursively_with_relative_ids(make_corpus):
    root = make_corpus({"a.txt": "A", "sub/b.TXT": "B", "sub/deeper/c.txt": "C",
                        "notes.md": "no", ".git/x.txt": "hidden", ".hidden.txt": "hidden"})
    entries, problems = scan(root)
    assert sorted(entries) == ["a.txt", "sub/b.TXT", "sub/deeper/c.txt"]
    assert entries["sub/deeper/c.txt"].path == os.path.join(root, "sub", "deeper", "c.txt")
    assert problems == []


def test_scan_survives_symlink_loops(make_corpus):
    root = make_corpus({"a/x.txt": "X"})
    os.symlink(root / "a", root / "a" / "loop")
    entries, _ = scan(root)
    assert list(entries) == ["a/x.txt"]


@pytest.mark.parametrize("data, text", [
    ("Señor Müller – “quoted”".encode(), "Señor Müller – “quoted”"),
    ("\ufeffBOM first".encode(), "BOM first"),
    ("UTF-16 text é".encode("utf-16"), "UTF-16 text é"),
    ("UTF-16 no BOM".encode("utf-16-le"), "UTF-16 no BOM"),
    ("caf\xe9 “smart”".encode("cp1252"), "café “smart”"),
])
def test_decode(data, text):
    assert decode(data) == text


def test_binary_is_refused():
    with pytest.raises(UnreadableFile, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_front_matter():
    meta, rest = split_front_matter("---\ntitle: A \"title\"\ndate: 2023-01-31\nsource: 'X'\n"
                                    "other: ignored\n---\nBody text.\n")
    assert meta == {"title": 'A "title"', "date": "2023-01-31", "source": "X"}
    assert rest == "Body text.\n"
    assert split_front_matter("No front matter\n---\n") == ({}, "No front matter\n---\n")
