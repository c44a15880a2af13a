"""`quotes`, `speakers` and `--speaker` through the CLI, on the seeds and small corpora."""

from __future__ import annotations

import json

import pytest


def rows(result):
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


# (every word asked for is a word of the name, in any order: "Kishida Fumio", as Japanese
# writes it; "Recep Erdogan" for Recep Tayyip Erdoğan)
@pytest.mark.parametrize("name", ["Kishida", "kishida", "Fumio Kishida", "FUMIO KISHIDA", "fumio",
                                  "Kishida Fumio"])
def test_speaker_matches_any_part_of_the_name_in_any_case(cli, seeds, name):
    found = rows(cli("quotes", "--speaker", name, "--corpus", seeds, "-f", "jsonl", "--limit", "0"))
    assert len(found) == 8  # 000: 1, 001: 2, 003: 5 (read in the articles)
    assert {q["speaker"] for q in found} == {"Fumio Kishida"}
    assert {q["kind"] for q in found} == {"direct", "partial"}


# a title a user writes before the name, which the speaker as indexed does not hold
@pytest.mark.parametrize("name", ["Mr Kishida", "Mr. Kishida", "Prime Minister Kishida",
                                  "prime minister fumio kishida", "PM Kishida"])
def test_speaker_asked_with_a_title(cli, seeds, name):
    found = rows(cli("quotes", "--speaker", name, "--corpus", seeds, "-f", "jsonl", "--limit", "0"))
    assert len(found) == 8 and {q["speaker"] for q in found} == {"Fumio Kishida"}
    asked = rows(cli("quotes", f'speaker:"{name}"', "--corpus", seeds, "-f", "jsonl", "--limit", "0"))
    assert len(asked) == 8
    # (a title alone is no name: nobody is called "Mr")
    assert cli("quotes", "--speaker", "Mr", "--corpus", seeds).exit_code == 1


def test_quote_fields(cli, seeds):
    [q] = rows(cli("quotes", "--speaker", "Wang", "--corpus", seeds, "-f", "jsonl"))
    assert list(q)[:12] == ["id", "doc", "path", "title", "source", "date", "speaker",
                            "speaker_as_written", "role", "quote", "kind", "context"]
    assert q["id"] == "000_cabf6450f5cb8c2d.txt#3" and q["doc"] == "000_cabf6450f5cb8c2d.txt"
    assert (q["speaker"], q["role"]) == ("Wang Wenbin", "spokesman")
    assert q["quote"].startswith("The Asia-Pacific region is beyond")
    assert q["context"].startswith("“The Asia-Pacific region")
    assert q["date"] == "2022-06-29" and q["title"] == "Japan and South Korea want alliance with NATO"


def test_date_filters_on_quotes(cli, seeds):
    since = rows(cli("quotes", "--speaker", "Kishida", "--since", "2024", "--corpus", seeds,
                     "-f", "jsonl", "--limit", "0"))
    assert len(since) == 7 and all(q["date"] >= "2024-01-01" for q in since)
    until = rows(cli("quotes", "--speaker", "Kishida", "--until", "2023", "--corpus", seeds,
                     "-f", "jsonl", "--limit", "0"))
    assert [q["doc"] for q in until] == ["000_cabf6450f5cb8c2d.txt"]


def test_kinds(cli, seeds):
    indirect = rows(cli("quotes", "--speaker", "Nakatani", "--kind", "indirect", "--corpus", seeds,
                        "-f", "jsonl"))
    assert len(indirect) == 3 and {q["kind"] for q in indirect} == {"indirect"}
    assert cli("quotes", "--speaker", "Nakatani", "--corpus", seeds).exit_code == 1
    both = rows(cli("quotes", "--speaker", "Stoltenberg", "--kind", "all", "--corpus", seeds,
                    "-f", "jsonl"))
    assert {q["kind"] for q in both} == {"partial", "indirect"}


def test_alternative_spellings_are_one_speaker(cli, seeds):
    # 003 writes "Yoon Suk Yeol"; the shipped alias table knows "Yoon Seok-youl" (000's spelling)
    found = rows(cli("quotes", "--speaker", "Yoon Seok-youl", "--kind", "all", "--corpus", seeds,
                     "-f", "jsonl"))
    assert [q["speaker"] for q in found] == ["Yoon Suk Yeol"]


def test_a_fuller_name_asked_for_finds_the_quotations_of_its_surname_alone(cli, make_corpus):
    # `speakers` counts "Ardern" of b.txt as Jacinda Ardern's; `--speaker` finds them too
    files = {
        "a.txt": "Ardern in Tokyo\n\n1 May 2023\n\n"
                 "“We share the same values,” Jacinda Ardern said on Monday.\n",
        "b.txt": "Budget day\n\n18 May 2023\n\n"
                 "“This budget puts families first,” Ardern said in Wellington.\n",
    }
    root = make_corpus(files)
    [person] = rows(cli("speakers", "--corpus", root, "-f", "jsonl"))
    assert (person["speaker"], person["quotes"]) == ("Jacinda Ardern", 2)
    for asked in ("Jacinda Ardern", "jacinda", "Ardern"):
        found = rows(cli("quotes", "--speaker", asked, "--corpus", root, "-f", "jsonl"))
        assert sorted(q["doc"] for q in found) == ["a.txt", "b.txt"], asked
        # shown under the name `speakers` counts them under; as written, as the text has it
        assert {(q["speaker"], q["speaker_as_written"]) for q in found} == {
            ("Jacinda Ardern", "Jacinda Ardern"), ("Jacinda Ardern", "Ardern")}
    # show lists them as quotes does
    [shown] = rows(cli("show", "b.txt", "--corpus", root, "-f", "jsonl"))
    assert [(q["speaker"], q["speaker_as_written"]) for q in shown["quotes"]] == [
        ("Jacinda Ardern", "Ardern")]
    [person] = rows(cli("speakers", "--speaker", "Jacinda Ardern", "--corpus", root, "-f", "jsonl"))
    assert (person["speaker"], person["quotes"]) == ("Jacinda Ardern", 2)
    [month] = rows(cli("timeline", "--speaker", "Jacinda", "--corpus", root, "-f", "jsonl"))
    assert (month["period"], month["quotes"]) == ("2023-05", 2)
    # a surname two people share is neither's
    (root / "c.txt").write_text("Farm visit\n\n“The harvest was good this year,” Ross Ardern said.\n")
    found = rows(cli("quotes", "--speaker", "Jacinda Ardern", "--corpus", root, "-f", "jsonl"))
    assert [q["doc"] for q in found] == ["a.txt"]


def test_speaker_in_the_query_language_reads_a_name_as_the_speaker_option_does(cli, make_corpus,
                                                                              seeds):
    root = make_corpus({
        "a.txt": "Ardern in Tokyo\n\n1 May 2023\n\n"
                 "“We share the same values,” Jacinda Ardern said on Monday.\n",
        "b.txt": "Budget day\n\n18 May 2023\n\n"
                 "“This budget puts families first,” Ardern said in Wellington.\n",
        "c.txt": "Trade talks\n\n20 May 2023\n\n"
                 "“Families need cheaper food,” Chris Hipkins said.\n",
    })
    for asked in ('speaker:"Jacinda Ardern"', "speaker:Jacinda", "Speaker:ardern"):
        found = rows(cli("quotes", asked, "--corpus", root, "-f", "jsonl"))
        assert sorted(q["doc"] for q in found) == ["a.txt", "b.txt"], asked
    # beside other words, and left out
    found = rows(cli("quotes", 'families speaker:"Jacinda Ardern"', "--corpus", root, "-f", "jsonl"))
    assert [q["doc"] for q in found] == ["b.txt"]
    found = rows(cli("quotes", 'families -speaker:"Jacinda Ardern"', "--corpus", root, "-f", "jsonl"))
    assert [q["doc"] for q in found] == ["c.txt"]
    [month] = rows(cli("timeline", 'speaker:"Jacinda Ardern"', "--corpus", root, "-f", "jsonl"))
    assert (month["articles"], month["quotes"]) == (2, 2)  # (b.txt's speaker is "Ardern")
    found = rows(cli("query", 'speaker:"Jacinda Ardern"', "--corpus", root, "-f", "jsonl"))
    assert sorted(r["id"] for r in found) == ["a.txt", "b.txt"]
    # an alias of the shipped table: 003 writes "Yoon Suk Yeol", 000 "Yoon Seok-youl"
    found = rows(cli("quotes", 'speaker:"Yoon Seok-youl"', "--kind", "all", "--corpus", seeds,
                     "-f", "jsonl"))
    assert {q["speaker"] for q in found} == {"Yoon Suk Yeol"}
    found = rows(cli("query", 'speaker:"Yoon Seok-youl"', "--corpus", seeds, "-f", "jsonl"))
    assert found and all(r["id"].startswith(("000", "003")) for r in found)


def test_title_and_body_in_a_search_of_quotations_are_the_articles(cli, make_corpus):
    root = make_corpus({
        "a.txt": "Japan and NATO pledge cooperation\n\nTOKYO, Jan. 31, 2023 (Kyodo) -- Japan and "
                 "NATO agreed on Tuesday to deepen cooperation in cyber defence and space.\n\n"
                 "\u201cWe are partners in a dangerous world,\u201d Prime Minister Fumio Kishida said.\n",
        "b.txt": "Farm prices\n\nMarch 3, 2023\n\n\u201cPrices will rise in a dangerous way,\u201d "
                 "Farm Minister Ann Lee said.\n",
    })

    def docs(*args):
        return sorted(q["doc"] for q in rows(cli("quotes", *args, "--corpus", root, "-f", "jsonl")))

    assert docs("title:NATO") == docs("body:cyber") == docs('title:"NATO pledge"') == ["a.txt"]
    assert docs("dangerous -title:NATO") == ["b.txt"]
    assert docs("dangerous") == ["a.txt", "b.txt"]
    assert cli("quotes", "title:zebra", "--corpus", root).exit_code == 1
    [month] = rows(cli("timeline", "title:NATO", "--corpus", root, "-f", "jsonl"))
    assert (month["period"], month["articles"], month["quotes"]) == ("2023-01", 1, 1)


def test_spellings_of_a_name_in_other_cases_or_without_accents_are_one_speaker(cli, make_corpus):
    root = make_corpus({
        "a.txt": "Poland talks\n\n3 May 2024\n\n\u201cWe stand with Ukraine,\u201d Radosław Sikorski said.\n",
        "b.txt": "Poland again\n\n4 May 2024\n\n\u201cWe will not waver,\u201d Radoslaw Sikorski said.\n",
        "c.txt": "Vilnius\n\n5 May 2024\n\n\u201cThe border is safe,\u201d Gitanas Nausėda said.\n",
        "d.txt": "Vilnius again\n\n6 May 2024\n\n\u201cOur allies are here,\u201d GITANAS NAUSEDA said.\n",
    })
    listed = rows(cli("speakers", "--corpus", root, "-f", "jsonl"))
    # shown as the person writes it: accented, not in capitals
    assert {(p["speaker"], p["quotes"]) for p in listed} == {
        ("Radosław Sikorski", 2), ("Gitanas Nausėda", 2)}
    found = rows(cli("quotes", "--speaker", "Radoslaw Sikorski", "--corpus", root, "-f", "jsonl"))
    assert [(q["speaker"], q["speaker_as_written"]) for q in sorted(found, key=lambda q: q["doc"])] \
        == [("Radosław Sikorski", "Radosław Sikorski"), ("Radosław Sikorski", "Radoslaw Sikorski")]
    assert len(rows(cli("speakers", "--speaker", "Nauseda", "--corpus", root, "-f", "jsonl"))) == 1


def test_a_name_with_a_middle_initial_and_without_is_one_speaker_unless_two_fuller_forms(
        cli, make_corpus):
    root = make_corpus({
        "a.txt": "Pentagon\n\n3 May 2024\n\n\u201cWe stand with allies,\u201d Lloyd J. Austin III said.\n",
        "b.txt": "Pentagon again\n\n4 May 2024\n\n\u201cWe will not waver,\u201d Lloyd Austin said.\n",
        "c.txt": "Texas\n\n5 May 2024\n\n\u201cThe border is safe,\u201d George W. Bush said.\n",
        "d.txt": "Texas again\n\n6 May 2024\n\n\u201cOur allies are here,\u201d George H. W. Bush said.\n",
        "e.txt": "Texas three\n\n7 May 2024\n\n\u201cWe need more ships,\u201d George Bush said.\n",
    })
    listed = {p["speaker"]: p["quotes"] for p in rows(cli("speakers", "--corpus", root, "-f", "jsonl"))}
    assert listed == {"Lloyd J. Austin III": 2, "George W. Bush": 1, "George H. W. Bush": 1,
                      "George Bush": 1}  # (two fuller forms: which Bush is unknown)


def test_a_filter_does_not_join_a_surname_to_the_one_fuller_name_it_leaves(cli, make_corpus):
    # "Ardern" alone is ambiguous in the corpus (two Arderns); leaving one of them out with
    # --since must not give her the other's words
    root = make_corpus({
        "a.txt": "Old talks\n\n12 May 2019\n\n“We share the same values,” Jacinda Ardern said.\n",
        "b.txt": "Farm news\n\n3 June 2024\n\n“The harvest was good this year,” Ross Ardern said.\n",
        "c.txt": "More news\n\n9 June 2024\n\n“We will not be moved on this,” Ardern said.\n",
    })
    people = {r["speaker"]: r["quotes"]
              for r in rows(cli("speakers", "--since", "2024", "--corpus", root, "-f", "jsonl"))}
    assert people == {"Ross Ardern": 1, "Ardern": 1}
    found = rows(cli("quotes", "--since", "2024", "--corpus", root, "-f", "jsonl"))
    assert sorted(q["speaker"] for q in found) == ["Ardern", "Ross Ardern"]


def test_a_surname_alone_joins_a_name_written_surname_first(cli, make_corpus):
    # Korean and Chinese names open with the surname: "Yoon said" is Yoon Suk Yeol's
    root = make_corpus({
        "a.txt": "Seoul talks\n\n“We will work with our partners,” President Yoon Suk Yeol said.\n",
        "b.txt": "More talks\n\n“Pyongyang is watching us closely,” Yoon said on Friday.\n",
        "c.txt": "Beijing\n\n“Asia is our common home,” Foreign Minister Wang Yi said.\n",
        "d.txt": "Beijing again\n\n“Dialogue is the only way forward,” Wang said.\n",
    })
    people = {r["speaker"]: r["quotes"] for r in rows(cli("speakers", "--corpus", root, "-f", "jsonl"))}
    assert people == {"Yoon Suk Yeol": 2, "Wang Yi": 2}
    found = rows(cli("quotes", "--speaker", "Yoon Suk Yeol", "--corpus", root, "-f", "jsonl"))
    assert sorted((q["doc"], q["speaker"]) for q in found) == [("a.txt", "Yoon Suk Yeol"),
                                                              ("b.txt", "Yoon Suk Yeol")]


def test_a_corpus_can_add_its_own_aliases(cli, make_corpus):
    root = make_corpus({
        "a.txt": "Defence talks\n\n“We will defend the islands,” said Defence Minister Taro Kono.\n",
        "b.txt": "More talks\n\n“We will not back down,” Minister Kōno Tarō said on Friday.\n",
    })
    assert len(rows(cli("speakers", "--corpus", root, "-f", "jsonl"))) == 2
    (root / "nato-search.aliases").write_text("# our spellings\nTaro Kono = Kōno Tarō\n")
    [speaker] = rows(cli("speakers", "--corpus", root, "-f", "jsonl"))
    assert (speaker["speaker"], speaker["quotes"], speaker["articles"]) == ("Taro Kono", 2, 2)
    found = rows(cli("quotes", "--speaker", "taro kono", "--corpus", root, "-f", "jsonl"))
    assert len(found) == 2


def test_speakers(cli, seeds):
    found = rows(cli("speakers", "--corpus", seeds, "-f", "jsonl"))
    first = found[0]
    assert first == {"speaker": "Fumio Kishida", "quotes": 8, "articles": 3,
                     "roles": ["Prime Minister"], "first": "2022-06-29", "last": "2024-07-09",
                     "unnamed": False}
    assert {r["speaker"] for r in found} == {"Fumio Kishida", "Kim Sung-han", "Wang Wenbin",
                                              "Jens Stoltenberg", "Mao Ning"}


def test_query_words_inside_quotes_are_highlighted(cli, seeds):
    found = rows(cli("quotes", "inseparable", "--corpus", seeds, "-f", "jsonl"))
    assert {q["doc"] for q in found} == {"000_cabf6450f5cb8c2d.txt", "003_90a1c7bb93c84664.txt"}
    for q in found:
        assert [q["quote"][s:e] for s, e in q["highlights"]] == ["inseparable"]


def test_rich_quote_output(cli, seeds):
    result = cli("quotes", "--speaker", "Mao", "--corpus", seeds, "-f", "plain")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1. “NATO continues to break through")
    # the quotation wraps at 80 columns; under it its speaker, then its article
    who = [line.strip() for line in lines].index("— Mao Ning, spokesman")
    assert "Japan and NATO pledge to strengthen cooperation · Meritnews24 · 2023-01-31" in lines[who + 1]
    assert max(map(len, lines)) <= 80


def test_speaker_field_in_article_queries(cli, seeds):
    found = rows(cli("query", "speaker:Stoltenberg", "--corpus", seeds, "-f", "jsonl"))
    assert [h["id"] for h in found] == ["002_7fa380e9ecd85f54.txt"]


def test_show_lists_quotations(cli, seeds):
    [article] = json.loads(cli("show", "002", "--corpus", seeds, "-f", "json").stdout)
    speakers = [(q["kind"], q["speaker"]) for q in article["quotes"]]
    assert ("direct", "Mao Ning") in speakers and ("partial", "Jens Stoltenberg") in speakers
    plain = cli("show", "002", "--corpus", seeds, "-f", "plain").stdout
    assert "Quotations (" in plain and "Mao Ning, spokesman" in plain


def test_timeline_for_one_speaker(cli, seeds):
    found = rows(cli("timeline", "--speaker", "Kishida", "--by", "year", "--corpus", seeds,
                     "-f", "jsonl"))
    assert found == [{"period": "2022", "articles": 1, "quotes": 1},
                     {"period": "2023", "articles": 0, "quotes": 0},
                     {"period": "2024", "articles": 2, "quotes": 7}]


def test_no_quotations_is_exit_1(cli, seeds):
    result = cli("quotes", "--speaker", "Nobody Atall", "--corpus", seeds)
    assert result.exit_code == 1 and result.stdout == ""
    assert cli("quotes", "--speaker", "Kishida", "--corpus", seeds, "--count").stdout == "8\n"


def test_an_unnamed_speaker_keeps_its_description_and_is_not_counted_among_people(cli,
                                                                                 make_corpus):
    root = make_corpus({
        "a.txt": "Fire in the port\n\n“The fire is under control now,” a police spokesperson "
                 "said on Monday.\n\n“We will rebuild the harbour quickly,” said Mayor Anna "
                 "Berg.\n\n“It will take years of work,” Berg added.\n",
    })
    found = rows(cli("speakers", "--corpus", root, "-f", "jsonl"))
    assert [(r["speaker"], r["quotes"], r["unnamed"]) for r in found] == [
        ("Anna Berg", 2, False), ("a police spokesperson", 1, True)]
    [stats] = rows(cli("stats", "--corpus", root, "-f", "jsonl"))
    assert (stats["quotes"], stats["speakers"]) == (3, 1)


def test_speaker_counts_kept_beside_the_index_are_read_and_a_bad_copy_ignored(cli, seeds,
                                                                              tmp_path):
    index = tmp_path / "ix"
    first = rows(cli("speakers", "--corpus", seeds, "--index", index, "-f", "jsonl"))
    [kept] = list(index.glob("*/derived-speakers.json"))
    assert "Fumio Kishida" in kept.read_text(encoding="utf-8")
    assert rows(cli("speakers", "--corpus", seeds, "--index", index, "-f", "jsonl")) == first
    kept.write_text("{not json", encoding="utf-8")
    assert rows(cli("speakers", "--corpus", seeds, "--index", index, "-f", "jsonl")) == first
    everyone = rows(cli("speakers", "--kind", "all", "--corpus", seeds, "--index", index,
                        "-f", "jsonl"))  # `stats` counts speakers quoted in any way
    [stats] = rows(cli("stats", "--corpus", seeds, "--index", index, "-f", "jsonl"))
    assert stats["speakers"] == sum(not r["unnamed"] for r in everyone) > len(first)


@pytest.mark.parametrize("asked", ["Fumio Kishida", "Kishida Fumio", "kishida"])
def test_a_speaker_named_only_by_surname_is_found_by_the_full_name(cli, make_corpus, asked):
    # no quotation of the corpus names him in full: "Kishida" is whom "Fumio Kishida" asks for
    root = make_corpus({"a.txt": "Japan leader speaks\n\nThe prime minister spoke in Tokyo on "
                                 "Monday about the alliance.\n\n\u201cWe will deepen our ties "
                                 "with NATO,\u201d Kishida said.\n"})
    found = rows(cli("quotes", "--speaker", asked, "--corpus", root, "-f", "jsonl"))
    assert [q["speaker"] for q in found] == ["Kishida"]
    # (a surname that another's full name ends is not: --speaker "Fumio Kishida" is no
    # "Stoltenberg")
    assert cli("quotes", "--speaker", "Jens Kishidas", "--corpus", root).exit_code == 1
