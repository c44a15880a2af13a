"""Pages saved from the web: read by trafilatura, then the same quotation stage as text files.

The page in tests/fixtures/html was written for these tests in the shape of a news site's page
(navigation, a related-stories list and a footer around the article).
"""

from __future__ import annotations

import json
from datetime import date

from conftest import FIXTURES

from nato_search.pipeline import article_from_page

PAGE = FIXTURES / "html" / "alliance_page.html"


def test_a_saved_page_gives_its_article_title_date_and_site():
    article = article_from_page("p.html", str(PAGE), PAGE.read_text(encoding="utf-8"))
    assert article.title == "Japan and NATO agree to deepen cyber and space cooperation"
    assert article.date == date(2024, 7, 9)  # published, not modified; the day as written
    assert article.source == "Pacific Defence Review"
    assert article.reader == "trafilatura"
    assert article.body.startswith("TOKYO — Japan and NATO agreed on Tuesday")
    for furniture in ("Related stories", "Australia unveils", "Subscribe", "All rights reserved",
                      "Asia-Pacific"):
        assert furniture not in article.body
    [quote] = [q for q in article.quotes if "inseparable" in q.quote]
    assert quote.speaker == "Fumio Kishida"


def test_the_page_reads_as_trafilatura_reads_it():
    import trafilatura

    html = PAGE.read_text(encoding="utf-8")
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    article = article_from_page("p.html", str(PAGE), html)
    assert (article.title, str(article.date), article.source) == (doc.title, doc.date, doc.sitename)
    assert " ".join(article.body.split()) in " ".join(doc.text.split())


def test_html_files_are_indexed_beside_text_files_and_show_names_the_reader(cli, make_corpus):
    root = make_corpus({"page.html": PAGE.read_text(encoding="utf-8"),
                        "note.txt": "A short note\n\nThe ministry said the exercise would go ahead.\n",
                        "empty.htm": "<html><body><nav>Home</nav></body></html>"})
    result = cli("query", "cyber", "--corpus", root, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["page.html"]
    assert "empty.htm" in result.stderr  # a page with no article is skipped, and named
    [shown] = json.loads(cli("show", "page.html", "--corpus", root, "-f", "json").stdout)
    assert shown["reader"] == "trafilatura" and shown["date"] == "2024-07-09"
    plain = cli("show", "page.html", "--corpus", root, "-f", "plain").stdout
    assert "trafilatura" in plain


def test_a_minified_page_on_one_long_line_is_read(cli, make_corpus):
    # many sites save a page as one line; the limit on line length is for text articles only
    html = PAGE.read_text(encoding="utf-8").replace("\n", " ")
    filler = "<!-- " + "x" * 250_000 + " -->"
    root = make_corpus({"page.html": html.replace("</head>", filler + "</head>", 1)})
    result = cli("query", "cyber", "--corpus", root, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["page.html"]


def test_a_page_saved_under_a_text_files_name_is_read_as_a_page(cli, make_corpus):
    # `curl URL > story.txt`, or a page saved with the wrong extension: its markup says what it is
    html = PAGE.read_text(encoding="utf-8")
    root = make_corpus({"story.txt": html,
                        "upper.TXT": "\n  <!-- saved -->\n<HTML><body>" + html.split("<body>", 1)[1],
                        "minified.txt": html.replace("\n", " "),
                        "prose.txt": "Tags in prose\n\n<html> is the root element, the "
                                     "handbook said of the page, and it went on.\n"})
    for name in ("story.txt", "upper.TXT", "minified.txt"):
        [shown] = json.loads(cli("show", name, "--corpus", root, "-f", "json").stdout)
        assert shown["reader"] == "trafilatura", name
        assert shown["body"].startswith("TOKYO — Japan and NATO agreed on Tuesday"), name
        assert "<" not in shown["body"] and "Subscribe" not in shown["body"], name
    [shown] = json.loads(cli("show", "story.txt", "--corpus", root, "-f", "json").stdout)
    assert (shown["title"], shown["date"]) == (
        "Japan and NATO agree to deepen cyber and space cooperation", "2024-07-09")
    [prose] = json.loads(cli("show", "prose.txt", "--corpus", root, "-f", "json").stdout)
    assert prose["reader"] != "trafilatura" and "<html> is the root element" in prose["body"]


def test_a_page_in_a_language_written_without_spaces_is_read(cli, make_corpus):
    # words are counted as the text stage counts them: two characters of Japanese make one
    html = ("<html><head><meta charset=\"utf-8\"><title>首相、同盟国と会談</title></head><body>"
            "<article><h1>首相、同盟国と会談</h1><p>首相は八日、同盟国の代表団と官邸で会談し、"
            "防衛協力を強化することで一致した。首相は記者団に「地域の平和のために協力する」と"
            "語った。</p></article></body></html>")
    root = make_corpus({"page.html": html,
                        "shift.htm": html.replace("utf-8", "shift_jis").encode("shift_jis")})
    result = cli("query", "防衛協力", "--corpus", root, "-f", "paths")
    assert result.exit_code == 0 and "skipped" not in result.stderr, result.stderr
    assert sorted(p.rsplit("/", 1)[-1] for p in result.stdout.split()) == ["page.html", "shift.htm"]


def test_a_headline_that_quotes_is_not_read_twice(cli, make_corpus):
    # the page's title writes the headline without its quotation marks, the h1 with them: the
    # h1 is the headline, not the article's first paragraph, and its quotation is not counted
    html = ("<html><head><meta charset=\"utf-8\"><title>Lindqvist says Sweden will not be "
            "intimidated</title><meta property=\"og:title\" content=\"Lindqvist says Sweden will "
            "not be intimidated\"></head><body><article><h1>Lindqvist says Sweden “will not be "
            "intimidated”</h1><p>STOCKHOLM — Foreign Minister Anna Lindqvist said on Monday that "
            "Sweden “will not be intimidated” by threats from abroad, after a week of warnings "
            "over its new defence pact.</p><p>The pact takes effect in May.</p></article>"
            "</body></html>")
    root = make_corpus({"page.html": html})
    [shown] = json.loads(cli("show", "page.html", "--corpus", root, "-f", "json").stdout)
    assert shown["body"].startswith("STOCKHOLM")
    assert [q["quote"] for q in shown["quotes"]] == ["will not be intimidated"]


def test_the_site_name_after_the_headline_is_not_the_title():
    from nato_search.webpage import _without_site

    assert _without_site("N. Korea slams drill | Yonhap News Agency",
                         "Yonhap News Agency") == "N. Korea slams drill"
    assert _without_site("Allies meet - and talk", "Other Site") == "Allies meet - and talk"


def _page(head: str, foot: str) -> str:
    body = " ".join(["Japan and Australia agreed on Thursday to deepen their defence ties, the two "
                     "governments said after talks in Tokyo, and officials said the pact would "
                     "let their forces train together from next year."] * 3)
    return (f"<html><head><title>Japan and Australia deepen ties</title>{head}</head><body>"
            f"<article><h1>Japan and Australia deepen ties</h1><p>{body}</p><p>{body}</p>"
            f"</article><footer>{foot}</footer></body></html>")


def test_a_year_alone_on_a_page_is_no_date():
    # htmldate makes a copyright's or an address's year the first of January: not written
    for page in (_page("", "Copyright 2023 Example News. All rights reserved."),
                 _page("<link rel='canonical' href='https://example.org/2022/japan-australia'>", "")):
        assert article_from_page("p.html", "p.html", page).date is None
    # the first of January written on the page is a date
    page = _page("", "<p>Published January 1, 2023</p> Copyright 2023 Example News.")
    assert article_from_page("p.html", "p.html", page).date == date(2023, 1, 1)
