import json
import os

import pytest

from nato_search.corpus import UnreadableFile, decode, repair_mojibake, scan, split_front_matter


def test_scan_finds_txt_recursively_with_relative_ids(make_corpus):
    root = make_corpus({"a.txt": "A", "sub/b.TXT": "B", "sub/deeper/c.txt": "C",
                        "notes.md": "no", ".git/x.txt": "hidden", ".hidden.txt": "hidden"})
    entries, problems = scan(root)
    assert sorted(entries) == ["a.txt", "sub/b.TXT", "sub/deeper/c.txt"]
    assert entries["sub/deeper/c.txt"].path == os.path.join(root, "sub", "deeper", "c.txt")
    assert problems == []


def test_the_folder_a_browser_saved_with_a_page_holds_no_articles(make_corpus):
    # "Save Page As, complete": NAME.html and NAME_files/ (frames, widgets, scripts)
    root = make_corpus({
        "Japan NATO talks.html": "<html><body><p>NATO</p></body></html>",
        "Japan NATO talks_files/widget.html": "<p>\"Best newsletter ever,\" said a reader.</p>",
        "old.htm": "<p>x</p>", "old_files/frame.htm": "<p>y</p>",
        "Page.HTML": "<p>z</p>", "Page_files/frame.htm": "<p>y</p>",
        # a folder of that name with no page beside it is the user's own
        "press_files/a.txt": "A"})
    entries, problems = scan(root)
    assert sorted(entries) == ["Japan NATO talks.html", "Page.HTML", "old.htm", "press_files/a.txt"]
    assert problems == []


def test_a_name_written_decomposed_has_its_composed_id(make_corpus, cli):
    # macOS writes "ė" as "e" and a combining dot: the id is the name as a user types it
    import unicodedata

    root = make_corpus({})
    decomposed = unicodedata.normalize("NFD", "Nausėda naujienos.txt")
    (root / "sub").mkdir()
    (root / "sub" / decomposed).write_text("Vilnius talks\n\nThe president spoke on Monday.\n")
    entries, _ = scan(root)
    assert list(entries) == ["sub/Nausėda naujienos.txt"]
    assert entries["sub/Nausėda naujienos.txt"].path.endswith(decomposed)  # (the file itself)
    shown = cli("show", "sub/Nausėda naujienos.txt", "--corpus", root, "-f", "json")
    assert shown.exit_code == 0, shown.stderr
    assert json.loads(shown.stdout)[0]["id"] == "sub/Nausėda naujienos.txt"


def test_scan_survives_symlink_loops(make_corpus):
    root = make_corpus({"a/x.txt": "X"})
    os.symlink(root / "a", root / "a" / "loop")
    entries, _ = scan(root)
    assert list(entries) == ["a/x.txt"]


def test_front_matter_in_yaml_blocks_with_no_values_and_after_blank_lines():
    meta, rest = split_front_matter("\n\n---\ntitle: >\n  Japan and NATO\n  agree to talk\n"
                                    "date: 2024-05-01\nsource: ~\nurl: null\n---\nBody here.\n")
    assert meta == {"title": "Japan and NATO agree to talk", "date": "2024-05-01"}
    assert rest == "Body here.\n"
    assert split_front_matter("---\ntitle: |-\n  One line\n---\nBody")[0] == {"title": "One line"}


def test_a_file_reached_twice_is_one_article(make_corpus, cli):
    # a link to a file, a hard link, and a folder linked under another name: each file once
    root = make_corpus({"2024/may.txt": "Talks\n\nTalks went on all week in Tokyo.\n",
                        "zz/june.txt": "Summit\n\nThe summit opened in Vilnius.\n"})
    os.symlink(root / "2024" / "may.txt", root / "latest.txt")
    os.link(root / "zz" / "june.txt", root / "zz" / "old-june.txt")
    os.symlink(root / "2024", root / "current")
    entries, problems = scan(root)
    assert sorted(entries) == ["2024/may.txt", "zz/june.txt"] and problems == []
    # a link named before the file in name order does not rename its article
    os.symlink(root / "zz" / "june.txt", root / "aa-latest.txt")
    assert sorted(scan(root)[0]) == ["2024/may.txt", "zz/june.txt"]
    found = cli("query", "Tokyo OR Vilnius", "--corpus", root, "-f", "paths", "--limit", "0")
    assert sorted(found.stdout.splitlines()) == [str(root / "2024" / "may.txt"),
                                                 str(root / "zz" / "june.txt")]


@pytest.mark.parametrize("data, text", [
    ("Señor Müller – “quoted”".encode(), "Señor Müller – “quoted”"),
    ("\ufeffBOM first".encode(), "BOM first"),
    ("UTF-16 text é".encode("utf-16"), "UTF-16 text é"),
    ("UTF-16 no BOM".encode("utf-16-le"), "UTF-16 no BOM"),
    ("caf\xe9 “smart”".encode("cp1252"), "café “smart”"),
])
def test_decode(data, text):
    assert decode(data) == text


@pytest.mark.parametrize("garbled, text", [
    # UTF-8 read as cp1252, then saved: "it’s", "Zürich", "Ösel"
    ("Itâ€™s over, the mayor of ZÃ¼rich said.", "It’s over, the mayor of Zürich said."),
    # UTF-8 read as Latin-1: the continuation bytes become C1 controls; a no-break space "Â "
    ("the minister\u00c2\u00a0Kenji Sato says it\u00e2\u0080\u0099s done",
     "the minister\u00a0Kenji Sato says it’s done"),
])
def test_text_decoded_with_the_wrong_encoding_is_repaired(garbled, text):
    assert repair_mojibake(garbled) == text


@pytest.mark.parametrize("text", [
    "Ça va, à bientôt: São Paulo’s “naïve” café — Âge d’or, Øresund, façade.",
    "Prices: 5 € or £4; ÀÉÎÕÜ in capitals; “quoted” words – and more…",
])
def test_text_in_its_own_encoding_is_left_alone(text):
    assert repair_mojibake(text) == text


def test_a_garbled_file_is_read_as_written(cli, make_corpus):
    garbled = ("Modi arrives in Beijing\n\nMay 14, 2015\n\nIndian Prime Minister Narendra\u00c2\u00a0"
               "Modi arrived on Thursday.\n\n\u00e2\u0080\u009cThis visit will strengthen our "
               "ties,\u00e2\u0080\u009d Modi said.\n")
    root = make_corpus({"modi.txt": garbled.encode("utf-8")})
    result = cli("quotes", "--corpus", root, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["quote"] == "This visit will strengthen our ties"
    assert record["speaker"] == "Narendra Modi"


def test_binary_is_refused():
    with pytest.raises(UnreadableFile, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_front_matter():
    meta, rest = split_front_matter("---\ntitle: A \"title\"\ndate: 2023-01-31\nsource: 'X'\n"
                                    "other: ignored\n---\nBody text.\n")
    assert meta == {"title": 'A "title"', "date": "2023-01-31", "source": "X"}
    assert rest == "Body text.\n"
    assert split_front_matter("No front matter\n---\n") == ({}, "No front matter\n---\n")


def test_toml_front_matter_as_hugo_writes_it():
    meta, rest = split_front_matter(
        '+++\ntitle = "Kishida\\u2019s \\"visit\\""\ndate = 2023-01-31T09:00:00+09:00 # JST\n'
        "source = 'Wire \\ One'\ndraft = false\n[params]\nurl = \"https://example.org\"\n+++\n"
        "Body text.\n")
    # (a table's fields, "[params]", are not the page's)
    assert meta == {"title": "Kishida\u2019s \"visit\"", "date": "2023-01-31T09:00:00+09:00",
                    "source": "Wire \\ One"}
    assert rest == "Body text.\n"
    assert split_front_matter("No front matter\n+++\n") == ({}, "No front matter\n+++\n")


def test_a_header_of_labelled_fields_is_read_as_front_matter():
    # a dataset's story file: its fields in capitals, an unknown one passed over, "TEXT:"
    meta, rest = split_front_matter("HEADLINE: Ferry service resumes\nDATE: March 3, 1998\n"
                                    "STORY-ID: 1998-W10-2\n\nTEXT:\n\nThe ferry sailed.\n")
    assert meta == {"title": "Ferry service resumes", "date": "March 3, 1998"}
    assert rest == "\nThe ferry sailed.\n"
    # a reader service's page: "Title:", "URL Source:", "Published Time:", then the Markdown
    meta, rest = split_front_matter("Title: Port reopens\n\nURL Source: https://example.com/a\n\n"
                                    "Published Time: 2024-07-01T22:10:00-05:00\n\n"
                                    "Markdown Content:\nThe port reopened.")
    assert meta == {"title": "Port reopens", "url": "https://example.com/a",
                    "date": "2024-07-01T22:10:00-05:00"}
    assert rest == "The port reopened."
    # a headline that quotes someone, or a dateline in capitals, is no header; nor is a
    # title with no date or address
    for text in ("Kishida: Japan will act\nDate: soon\nThe prime minister said so.\n",
                 "TOKYO: Japan and NATO agreed on Tuesday.\nDATE: 2024-07-09\n",
                 "Title: Port reopens\nSource: Harbour Daily\n\nThe port reopened.\n"):
        assert split_front_matter(text) == ({}, text)
    # the story's first lines after the header are the story's, whatever they open with
    _, rest = split_front_matter("Title: Big fire\nDate: 2024-01-02\n\nLONDON: The fire spread, "
                                 "police said.\n\nMore text\n")
    assert rest.startswith("LONDON: The fire spread")
    _, rest = split_front_matter("Title: Interview\nURL: https://example.com/b\n\n"
                                 "Q: Did you see it?\nA: Yes.\n")
    assert rest.startswith("Q: Did you see it?")

def test_front_matter_values_in_yaml_quotes_are_unescaped():
    meta, _ = split_front_matter('---\ntitle: "Seoul\\u2019s \\"new\\" pact \\U0001F30F \\x41\\r"\n'
                                 "source: 'Kyodo''s wire'\n---\nBody.\n")
    assert meta["title"] == 'Seoul\u2019s "new" pact \U0001F30F A'
    assert meta["source"] == "Kyodo's wire"
    # half of a surrogate pair is left as written, never a broken character
    meta, _ = split_front_matter('---\ntitle: "A \\ud83d pact"\n---\nBody.\n')
    assert meta["title"] == "A \\ud83d pact"
    meta["title"].encode("utf-8")


def test_a_double_quoted_yaml_title_over_lines():
    # each line break a space, or nothing after an escaping backslash; "\_" a space too
    meta, rest = split_front_matter(
        '---\ntitle: "Readout of the President\\_s Meeting with NATO\\u2019s Indo-Pacific\\_\\\n'
        '  Partners"\ndate: 2024-07-11\n---\nBody.\n')
    assert meta == {"title": "Readout of the President s Meeting with NATO\u2019s Indo-Pacific "
                             "Partners", "date": "2024-07-11"}
    assert rest == "Body.\n"
    meta, _ = split_front_matter('---\ntitle: "A long title\n  over two lines"\n---\nBody.\n')
    assert meta["title"] == "A long title over two lines"


JAPANESE = ("岸田文雄首相は9日、北大西洋条約機構（NATO）の首脳会議に出席するためワシントンに向かった。"
            "首相は記者団に対し、欧州とインド太平洋の安全保障は切り離せないと述べた。\n")
KOREAN = ("윤석열 대통령은 9일 북대서양조약기구 정상회의에 참석하기 위해 워싱턴으로 향했다. "
          "대통령은 유럽과 인도태평양의 안보는 분리될 수 없다고 밝혔다.\n")


@pytest.mark.parametrize("text, encoding", [
    (JAPANESE, "shift_jis"), (JAPANESE, "euc_jp"), (KOREAN, "euc_kr"),
], ids=["shift_jis", "euc_jp", "euc_kr"])
def test_japanese_and_korean_text_in_legacy_encodings_is_decoded(text, encoding):
    assert decode(text.encode(encoding)) == text


POLISH = ("Minister obrony Władysław Kosiniak-Kamysz powiedział, że żołnierze NATO będą ćwiczyć "
          "w Łodzi. Radosław Sikorski był obecny, a ośrodek szkoleniowy się zamknął.\n")
RUSSIAN = ("Министр обороны заявил, что войска НАТО не будут участвовать в учениях. Генеральный "
           "секретарь альянса сказал журналистам, что решение принято.\n")


@pytest.mark.parametrize("text, encoding", [
    (POLISH, "cp1250"), (POLISH, "iso8859_2"), (RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"),
], ids=["cp1250", "iso8859_2", "cp1251", "koi8_r"])
def test_central_european_and_cyrillic_text_in_legacy_encodings_is_decoded(text, encoding):
    # (read as cp1252, Polish was "W\u00b3adys\u00b3aw", Russian "\u00cc\u00e8\u00ed\u00e8...")
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("text", [
    # "¿" opening a question, "£" and "±" before numbers, French "œ"
    "Le c\u0153ur de l'Europe: \u00bfQu\u00e9 pasa? It costs \u00a35 \u00b13 %, Z\u00fcrich.\n",
    # symbols after letters at a word's end: cubic metres, footnotes, a currency's sign
    "The pipe carries 55 billion m\u00b3 a year, the tank 200 m\u00b3, the ship 170,000 m\u00b3. "
    "Se\u00f1or Mu\u00f1oz, Bj\u00f8rn \u00c6r\u00f8.\n",
    "He argued\u00b9 and wrote\u00b3 and noted\u00b9 again\u00b9: cr\u00e8me \u00e0 Gen\u00e8ve, "
    "JP\u00a5150, JP\u00a5140, S\u00e3o Paulo.\n",
])
def test_western_text_with_symbols_after_letters_stays_cp1252(text):
    assert decode(text.encode("cp1252")) == text


def test_a_page_that_declares_its_encoding_is_read_in_it():
    page = f'<html><head><meta charset="shift_jis"></head><body><p>{JAPANESE}</p></body></html>'
    assert decode(page.encode("shift_jis")) == page
    page = f'<html><head><meta charset="windows-1250"></head><body><p>{POLISH}</p></body></html>'
    assert decode(page.encode("cp1250")) == page


def test_western_text_that_is_not_utf8_is_still_cp1252():
    text = "The caf\u00e9 in Z\u00fcrich said its cr\u00e8me br\u00fbl\u00e9e was \u201cthe best\u201d."
    assert decode(text.encode("cp1252")) == text


def test_a_shift_jis_article_is_found_by_its_words(cli, make_corpus):
    root = make_corpus({"kishida.txt": ("岸田首相がワシントンへ\n\n" + JAPANESE).encode("shift_jis")})
    result = cli("query", "ワシントン", "--corpus", root, "--format", "paths")
    assert result.exit_code == 0 and result.stdout.strip().endswith("kishida.txt")


def test_accents_written_as_separate_marks_are_composed(cli, make_corpus):
    text = ("Spain backs the alliance\n\nMadrid, July 9, 2024\n\n\u201cWe stand with our allies "
            "in every crisis,\u201d Spanish Foreign Minister Jose\u0301 Manuel Albare\u0301s said.\n")
    root = make_corpus({"spain.txt": text})
    result = cli("quotes", "--corpus", root, "--speaker", "Albares", "--format", "jsonl")
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["speaker"] == "Jos\u00e9 Manuel Albar\u00e9s"


def test_a_page_that_declares_latin_1_is_read_as_cp1252_as_browsers_do():
    page = b'<meta charset="iso-8859-1"><p>\x93Hello,\x94 she said \x96 caf\xe9</p>'
    assert decode(page) == '<meta charset="iso-8859-1"><p>\u201cHello,\u201d she said \u2013 caf\u00e9</p>'
