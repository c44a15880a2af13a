"""Title, outlet and date: tables from reading the seeds, pages of other shapes and Wikinews."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import FIXTURES, SEEDS

from nato_search.cleaning import clean_blocks
from nato_search.metadata import extract_date, find_dates
from nato_search.pipeline import article_from_text

# What I read in each seed: its headline (or lead sentence), who published it, and when.
SEED_METADATA = {
    # no outlet named; the caption dates the summit photo "this week in Spain"
    "000_cabf6450f5cb8c2d.txt": ("Japan and South Korea want alliance with NATO", None,
                                 date(2022, 6, 29), "caption"),
    # no headline: the lead sentence; "UNN writes"; newest timestamp of the page's links
    "001_9c0802ab898a4807.txt": ("As Russia deepens ties with North Korea, Japan is seeking to "
                                 "strengthen cooperation with NATO", "UNN", date(2024, 7, 8),
                                 "page timestamp"),
    # "Headline | Subheading"; "Discover more from Meritnews24"; "on Tuesday (January 2023, 31)"
    "002_7fa380e9ecd85f54.txt": ("Japan and NATO pledge to strengthen cooperation", "Meritnews24",
                                 date(2023, 1, 31), "date in the lead"),
    # "By Naija247news"; "TOKYO, July 9 (Reuters)", the year from the page's "July 19, 2024"
    "003_90a1c7bb93c84664.txt": ("Japan’s PM Calls for Closer Ties with NATO Amid Rising Regional "
                                 "Threats", "Naija247news", date(2024, 7, 9),
                                 "dateline, year from other dates on the page"),
    # no outlet named; "14:37 JST, October 19, 2024"
    "004_2fc31b5072736374.txt": ("Japan Expresses Grave Concerns Over China-Russia-North Korea "
                                 "Alliance at NATO Defense Summit in Belgium", None,
                                 date(2024, 10, 19), "date line"),
}


@pytest.mark.parametrize("name", sorted(SEED_METADATA))
def test_seed_metadata(name):
    article = article_from_text(name, name, (SEEDS / name).read_text(encoding="utf-8"))
    assert (article.title, article.source, article.date, article.date_method) == SEED_METADATA[name]


WEB_METADATA = {
    # (its dateline: "SEOUL, Nov 3 (Reuters) - ")
    "wire_no_year.txt": ("South Korea, Australia agree to expand defence industry ties", "Reuters",
                         date(2023, 11, 3), "dateline, year from other dates on the page"),
    "blog_sidebar.txt": ("New Zealand weighs joining AUKUS pillar two", "Pacific Defence Review",
                         date(2024, 3, 12), "published date"),
    "ap_updated.txt": ("Australia and Japan sign reciprocal access agreement",
                       "The Associated Press", date(2025, 2, 7), "date line"),
    "no_date.txt": ("NATO opens door to deeper Indo-Pacific partnerships", None, None, None),
    # (the lead sentence whole: data formats carry a title whole, screens shorten it)
    "no_headline.txt": ("Japan's defence ministry said on Monday that it would station an "
                        "additional destroyer at its base in Sasebo to strengthen surveillance of "
                        "the waters around the southwestern islands, citing the increasing "
                        "activity of Chinese and Russian naval vessels near its territory and the "
                        "need to respond quickly to incidents", None, None, None),
}


@pytest.mark.parametrize("name", sorted(WEB_METADATA))
def test_web_page_metadata(name):
    path = FIXTURES / "web" / name
    article = article_from_text(name, name, path.read_text(encoding="utf-8"))
    assert (article.title, article.source, article.date, article.date_method) == WEB_METADATA[name]


def test_wikinews_titles_and_dates_match_gold():
    """171 real articles: title and date accuracy (both 171/171 when this was written)."""
    folder = FIXTURES / "wikinews-2019"
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines()]
    wrong = []
    for g in gold:
        a = article_from_text(g["file"], g["file"], (folder / g["file"]).read_text(encoding="utf-8"))
        if a.title != g["title"] or str(a.date) != g["date"] or a.source is not None:
            wrong.append((g["file"], a.title, a.date, a.source))
    assert len(gold) == 171
    assert wrong == []


@pytest.mark.parametrize("text, expected", [
    ("14:37 JST, October 19, 2024", [(2024, 10, 19)]),
    ("Sunday, January 6, 2019", [(2019, 1, 6)]),
    ("on Tuesday (January 2023, 31)", [(2023, 1, 31)]),
    ("- Reuters08.07.24, 20:41", [(2024, 7, 8)]),
    ("16.02.2024", [(2024, 2, 16)]),
    ("19 October 2024 and Oct. 3, 2023", [(2024, 10, 19), (2023, 10, 3)]),
    ("TOKYO, July 9 (Reuters)", [(None, 7, 9)]),
    ("published 2024-07-09", [(2024, 7, 9)]),
    ("By Seth Fiegerman2014-01-26 21:32:46 UTC", [(2014, 1, 26)]),  # glued to the name
    ("version 1.2019-01-02", []),
    # an ISO timestamp's day, with its time glued on; a date with dots, the year first
    ("Published: 2024-04-03T23:30:00Z", [(2024, 4, 3)]),
    ("2024-04-03T10:30:00+09:00", [(2024, 4, 3)]),
    ("Published: 2024.04.03 10:30", [(2024, 4, 3)]),
    ("version 1.2024.04.03", []),
    ("First Posted: 08-13-10 05:18 PM", [(2010, 8, 13)]),
    ("call 555-12-34 now", []),
    ("version 1.2.3 and 3.14", []),
])
def test_find_dates(text, expected):
    assert [(d.year, d.month, d.day) for d in find_dates(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday that does not fit the date: not a date at all
    ("Headline here for a test\n\nTuesday, July 9, 2023\n\nStory text of the article, long enough.",
     (None, None)),
    ("Headline here for a test\n\nTuesday, July 9, 2024\n\nStory text of the article, long enough.",
     (date(2024, 7, 9), "date line")),
    # a dateline without a year and nothing on the page to give one: unknown, not guessed
    ("PARIS, March 3 (AFP) - The story begins here and it goes on for a while longer.",
     (None, None)),
    # the year comes from another date the page carries; "Friday" confirms it
    ("SEOUL, Nov 3 (Reuters) - Ministers met on Friday to talk about many things at length.\n\n"
     "Related: older story\nOctober 30, 2023", (date(2023, 11, 3),
                                               "dateline, year from other dates on the page")),
])
def test_extract_date(text, expected):
    assert extract_date(clean_blocks(text)) == expected


def test_of_two_date_lines_the_one_under_the_headline_is_the_articles():
    story = " ".join(["A government agency has told schools not to upgrade their computers to "
                      "the new system, warning that the costs outweigh the gains for them."] * 2)
    page = ("Home | News | Reviews\nWednesday, 16 January 2008\n\n"
            "Don't upgrade to Vista, UK agency tells schools\n"
            "By Peter Sayer | Monday, 14 January, 2008\n\n"
            f"{story}\n\n{story}\n")
    assert extract_date(clean_blocks(page)) == (date(2008, 1, 14), "date line")


@pytest.mark.parametrize("lead", [
    "Hagan, first elected to Congress in 2008, was born on May 26, 1953 in Shelby, North "
    "Carolina, and she received her degree from Florida State University later.",
    "Saturday is the 75th anniversary of the Social Security Act, signed into law by President "
    "Franklin Roosevelt on August 14, 1935, and the party will mark it with events.",
])
def test_a_date_deep_in_the_lead_is_an_events_not_the_articles(lead):
    text = ("Democrats to use Social Security against GOP\n\nBy Ed Hornick, CNN\n\n"
            "STORY HIGHLIGHTS\nThe Social Security Act was signed into law on August 14, 1935\n"
            "Republicans have called for a revamp of the program\n\n" + lead + "\n\n"
            "The senator spoke to reporters on the steps of the Capitol after the vote, and said "
            "the program would be part of every campaign this autumn.\n")
    assert extract_date(clean_blocks(text)) == (None, None)


def test_a_pictures_date_in_the_lead_is_not_the_articles():
    text = ("Politics\n\nBusiness\n\nTech\n\nLog in\n\nOctober 6, 2011\n\nbusiness\n\n"
            "Menu one\n\nMenu two\n\nMenu three\n\n"
            "Menu four\n\nMenu five\n\nWorkers Leave State As Law Takes Effect\n\n"
            "In a Monday, Oct. 3, 2011 photo, Juan Gonzalez picks tomatoes on a farm in the hills "
            "of the north of the state, where work has stopped.\n\n"
            "Farmers say only a few of the workers they needed for the harvest showed up after "
            "the law took effect, and those who did were frightened.\n")
    found, how = extract_date(clean_blocks(text))
    assert found != date(2011, 10, 3), how


def test_front_matter_overrides_the_text():
    text = ("---\ntitle: Given\ndate: 2020-02-02\nsource: Desk\n---\n"
            "Headline in the text\n\nSunday, January 6, 2019\n\nBy Naija247news\n")
    a = article_from_text("x", "x", text)
    assert (a.title, a.source, a.date, a.date_method) == ("Given", "Desk", date(2020, 2, 2),
                                                          "front matter")



@pytest.mark.parametrize("written, day", [
    ("2023-08-01T23:30:00-05:00", date(2023, 8, 1)),  # the day written: its zone moves nothing
    ("2023-08-01 10:00:00 +0900", date(2023, 8, 1)),
    ("Thu, 01 Feb 2024 10:00:00 GMT", date(2024, 2, 1)),
    ("February 19, 1999", date(1999, 2, 19)),
])
def test_a_front_matter_date_may_be_a_timestamp_or_written_out(written, day):
    text = f"---\ntitle: Given\ndate: {written}\n---\nThe ferry sailed on Monday.\n"
    a = article_from_text("x", "x", text)
    assert (a.date, a.date_method) == (day, "front matter")


def test_a_labelled_header_gives_the_title_and_the_date():
    text = ("HEADLINE: Ferry service resumes after storm\nDATE: March 3, 1998\nSTORY-ID: 12\n\n"
            "TEXT:\n\nThe island's ferry sailed again on Tuesday, two weeks after a storm broke "
            "its ramp, and the first passengers were aboard by nine.\n")
    a = article_from_text("x", "x", text)
    assert (a.title, a.date) == ("Ferry service resumes after storm", date(1998, 3, 3))
    assert a.body.startswith("The island's ferry sailed again")

# Where a month's name is looked for: a word's start, any case ("SEPT", "ſep": the long s reads
# as "s"), or glued to a lower-case word ("PressDecember"); never inside a word ("summary").
MONTH_HINT_CASES = ["PressDecember 2", "summary of March 3", "SEPT 9", "ſep 3", "_jan 4", "1jan",
                    "éMar 2", "İstanbul, Mar 3", "aJanJan", "xMayMay", "janjan feb", "Jan", "",
                    # a month in words glued to a byline in capitals, then its day and year
                    "By ANN LEEAugust 1, 2018", "ÉÉAugust 1, 2018", "LEEAugust 2018", "AAMay 5, 2020"]


@pytest.mark.parametrize("text", MONTH_HINT_CASES)
def test_month_hints_are_those_of_the_pattern(text):
    from nato_search.metadata import _MONTH_HINT, _folded, _month_hints

    assert _month_hints(text, _folded(text)) == [m.span() for m in _MONTH_HINT.finditer(text)]


def test_month_hints_are_those_of_the_pattern_on_real_pages():
    from nato_search.metadata import _MONTH_HINT, _folded, _month_hints

    pages = sorted(SEEDS.glob("*.txt")) + sorted(FIXTURES.rglob("*.txt"))
    assert len(pages) > 50
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert _month_hints(text, _folded(text)) == [m.span() for m in _MONTH_HINT.finditer(text)], \
            page.name


def test_date_patterns_tried_at_names_find_what_finditer_finds():
    from nato_search.metadata import (
        _DATE_PATTERNS,
        _MONTH_STEMS,
        DAY_FIRST,
        FIRST_NUMERIC,
        _date_starts,
        _finditer_at,
        _folded,
        _month_hints,
        _stem_starts,
        _windows,
    )

    pages = sorted(SEEDS.glob("*.txt")) + sorted(FIXTURES.rglob("*.txt"))
    texts = [page.read_text(encoding="utf-8") for page in pages]
    texts.append("Posted Tuesday 9 July 2024, FRI. Oct. 3, frıday 4 may 2023; sunday, (January 2023, 31)")
    windows = 0
    for text in texts:
        low = _folded(text)
        months = _stem_starts(low, _MONTH_STEMS)
        for lo, hi in _windows(text, _month_hints(text, low), 30, 40):
            windows += 1
            names, with_digits = _date_starts(text, low, months, lo, hi)
            for n, pattern in enumerate(_DATE_PATTERNS[:FIRST_NUMERIC]):
                fast = _finditer_at(pattern, text, lo, hi, with_digits if n == DAY_FIRST else names)
                assert [m.span() for m in fast] == [m.span() for m in pattern.finditer(text, lo, hi)]
    assert windows > 500


@pytest.mark.parametrize("lead, source", [
    ("TOKYO, May 1, 2024 (Reuters) - Japan and Australia agreed on Wednesday to deepen ties.",
     "Reuters"),
    ("SEOUL (AP) — South Korea and Australia agreed on Friday to hold joint drills next year.",
     "AP"),
    ("BEIJING, July 11, 2024 (Xinhua) -- China urged NATO to stop stoking tension in Asia.",
     "Xinhua"),
    ("(CNN)A man has been charged over the discovery of a listening device in a team room.",
     "CNN"),
    # words in brackets that open a paragraph are not always an agency
    ("(REQUIRED) Streaming and downloading content to phones is nice, but we enjoy more.", None),
    ("Japan and Australia agreed on Wednesday to deepen ties (Reuters has the details).", None),
])
def test_a_wire_story_is_its_agency_s(lead, source):
    text = f"Leaders agree to deepen ties\n\n{lead}\n\n" + "The talks went on for hours. " * 8
    assert article_from_text("a.txt", "a.txt", text).source == source


@pytest.mark.parametrize("byline, source", [
    ("By Reuters Staff", "Reuters"),
    ("By Kyodo News staff writers", "Kyodo News"),
    ("By Jane Staff", None),  # a person whose surname is Staff
])
def test_a_byline_of_an_outlet_s_staff_names_the_outlet(byline, source):
    text = f"Leaders agree to deepen ties\n\n{byline}\n\n" + "The talks went on for hours. " * 8
    assert article_from_text("a.txt", "a.txt", text).source == source


@pytest.mark.parametrize("byline, source", [
    ("By Sam Carter, Reuters", "Reuters"),
    ("By Mari Yamada, Associated Press", "Associated Press"),
    ("By Sam Carter | Nikkei Asia", "Nikkei Asia"),
    ("By Sam Carter - The Japan Times", "The Japan Times"),
    # what the author is, where, where they work, their degree; a double-barrelled surname
    ("By Jane Doe, Tokyo Correspondent", None), ("By Jane Doe, Tokyo", None),
    ("By Jane Doe, Harvard University", None), ("By Brenda Gold, MA", None),
    ("By Gina Roberts-Grey", None),
    # a post, a page's label, a status word: no outlet; an outlet named as a field is one
    ("By Jane Doe, Ambassador", None), ("By John Smith, Former Minister", None),
    ("By Jane Doe, Opinion", None), ("By Jane Doe - Updated", None), ("By Jane Doe, CFA", None),
    ("By Ravi Agra | Foreign Policy", "Foreign Policy"), ("By Jane Doe, Defense News", "Defense News"),
])
def test_a_byline_names_the_outlet_after_its_author(byline, source):
    text = f"Leaders agree to deepen ties\n\n{byline}\n\n" + "The talks went on for hours. " * 8
    assert article_from_text("a.txt", "a.txt", text).source == source


@pytest.mark.parametrize("dateline, agency", [
    ("SYDNEY/TOKYO, Sept 5 (Reuters) -", "Reuters"),
    ("WASHINGTON/BRUSSELS, July 9 (Reuters) -", "Reuters"),
    ("Sydney, Sept 5 (AFP) -", "AFP"),  # a place in title case, before the agency in brackets
])
def test_a_wire_dateline_names_the_agency(dateline, agency):
    text = (f"Pact signed\n\n{dateline} Australia and Japan agreed on Thursday to deepen ties, "
            "officials said after talks in the capital.\n")
    assert article_from_text("w.txt", "w.txt", text).source == agency
