"""Whole scraped pages, boilerplate and all: the article's text, headline and date.

The pages and their gold (title, date, sentences of the article, lines that are not) come from
the web development set (tests/fixtures/web-dev/CREDIT.md); the gold was made from Mozilla
Readability's expected output, not from nato-search's. The wire stories are written here in the
shape of a wire feed: a timestamp line, the headline, a dateline.
"""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from datetime import date

import pytest
from conftest import FIXTURES

from nato_search.cleaning import clean_blocks, furniture_reason, is_date_line
from nato_search.pipeline import article_from_text

WEB_DEV = FIXTURES / "web-dev"
GOLD = {g["file"]: g for g in map(json.loads, (WEB_DEV / "gold.jsonl").read_text().splitlines())}


def folded_words(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", text))


@pytest.fixture(params=sorted(GOLD), scope="module")
def page(request):
    g = GOLD[request.param]
    return g, article_from_text(g["file"], g["file"], (WEB_DEV / g["file"]).read_text(encoding="utf-8"))


def title_forms(title: str) -> set[str]:
    """The title, and the title without a " | Site" or " - Site" part (as the gold allows)."""
    forms = {title}
    for sep in (" | ", " - "):
        if sep in title:
            forms |= {title.split(sep, 1)[0], title.rsplit(sep, 1)[0]}
    return {folded_words(f) for f in forms}


def test_the_headline_is_the_page_title(page):
    g, article = page
    if g["title"] is None:
        pytest.skip("the gold has no title the page shows")
    assert title_forms(article.title) & title_forms(g["title"])


def test_the_date_is_the_publication_day(page):
    g, article = page
    if g["date"] is None:
        pytest.skip("no publication date in the gold")
    assert str(article.date) == g["date"]


def test_the_article_is_kept_and_the_furniture_is_not(page):
    g, article = page
    body = folded_words(article.body)
    lost = [s for s in g["with"] if folded_words(s) not in body]
    kept = [s for s in g["without"] if folded_words(s) in body]
    assert lost == []
    assert len(kept) <= 1, kept  # one line in eight may be arguable; more is a failure


WIRE = """\
26-FEB-1987 15:01:01

U.S. TRADE DEFICIT NARROWS IN JANUARY

WASHINGTON, Feb 26 - The U.S. trade deficit narrowed in January as exports rose faster than
imports, the Commerce Department said, in figures that analysts had expected since 1984.

Exports rose 4.1 pct in the month, while imports fell, the department said in its monthly report.
"""


def test_a_wire_story_takes_its_date_from_the_timestamp_and_its_title_from_the_headline():
    article = article_from_text("w", "w", WIRE)
    assert article.title == "U.S. TRADE DEFICIT NARROWS IN JANUARY"
    assert article.date == date(1987, 2, 26)
    assert "26-FEB-1987" not in article.body


def test_a_wire_dateline_without_a_year_takes_it_from_the_timestamp():
    text = WIRE.replace("26-FEB-1987 15:01:01", "2-MAR-1987 09:12:40").replace("Feb 26", "Mar 2")
    article = article_from_text("w", "w", text)
    assert article.date == date(1987, 3, 2)


# a story's first paragraph, under the headline and date line that the tests below vary
TALKS = ("Ministers from both countries agreed on Friday to deepen their cooperation on defence "
         "industries and joint training, officials said after the talks ended.\n")


def test_a_wire_transmission_date_at_the_foot_of_the_story_is_its_date():
    text = ("Ministers agree to deepen defence ties\n\nBy Ann Reyes\n\n" + TALKS
            + "\nThe two governments will meet again in the spring, the officials added, when "
            "the first joint exercises are due to begin off the northern coast.\n\n"
            "Copyright 2009 The Daily Ledger\nTransmitted Tuesday, March 3, 2009\n\n"
            "Local Election Results\n")
    assert article_from_text("x", "x", text).date == date(2009, 3, 3)


@pytest.mark.parametrize("line, expected", [
    ("Posted: Nov 8, 2023 / 03:16 PM PST", date(2023, 11, 8)),
    ("Updated Mar 12, 2020 @ 10:42 am", date(2020, 3, 12)),
    ("01.21.2020 07:00 AM", date(2020, 1, 21)),
    ("2019/06/19", date(2019, 6, 19)),
    ("19 June 2019", date(2019, 6, 19)),
    ("Dec. 6, 2024, 10:00 PM UTC", date(2024, 12, 6)),  # the day written, whatever the zone
    ("November 9, 20235:01 AM ET", date(2023, 11, 9)),  # a time glued to the year by the scrape
    ("Nov. 9, 202311:45 PM", date(2023, 11, 9)),
    ("08:12 - 3rd, Mar 2009", date(2009, 3, 3)),  # a time first, an ordinal and a comma
    # a byline in capitals, the month in capitals glued to its last name by the scrape
    ("By ANNA KOWALSKI and PETER LINDQVISTMAR. 4, 2016", date(2016, 3, 4)),
    ("Published on July 9th , 2025 by Jo Roe", date(2025, 7, 9)),  # a space before the comma
])
def test_common_date_forms_under_a_headline(line, expected):
    text = (f"Ministers agree to deepen defence ties\n\n{line}\n\n"
            + TALKS)
    assert article_from_text("x", "x", text).date == expected


def test_published_beats_updated_and_the_masthead():
    text = ("Thursday, November 9th 2023\n\nHome\nWorld\nPolitics\n\n"
            "Leaders meet to discuss the alliance's future\n\n"
            "Last Updated: January 7, 2025 | Published: March 3, 2020\n\n"
            "Leaders of the alliance met in the capital to discuss its future and the threats it "
            "faces, officials said on the first day of the meeting.\n\n"
            "The talks are expected to last two days, and a statement will follow at the end.\n")
    article = article_from_text("x", "x", text)
    assert (article.title, article.date) == ("Leaders meet to discuss the alliance's future",
                                             date(2020, 3, 3))


def test_a_label_with_a_time_before_the_date_still_labels_it():
    # the masthead's today, then "Published" and "Updated" each with a time before its day
    text = ("Thursday, Nov 5th 2020 7PM 6°C 10PM 7°C 5-Day Forecast\n\nAdvertisement\n\n"
            "Leaders meet to discuss the alliance's future\n\nBy Glen Owen\n"
            "Published: 22:00 GMT, 26 September 2020 | Updated: 08:39 GMT, 28 September 2020\n\n"
            + TALKS)
    article = article_from_text("x", "x", text)
    assert (article.date, article.date_method) == (date(2020, 9, 26), "published date")


def test_an_updated_line_of_its_own_beats_a_date_in_a_caption_near_it():
    text = ("Menu\nWorld\nPolitics\n\nLeaders meet to discuss the alliance's future\n\n"
            "By Joan Biskupic, CNN\n"
            "Updated 9:22 PM EST, Mon November 6, 2023\n\nLink Copied!\n\n"
            "Voters fill out ballots at the sports centre during early voting for the general "
            "election, Thursday, Nov. 2, 2023, in Owensboro.\n\n" + TALKS)
    article = article_from_text("x", "x", text)
    assert (article.date, article.date_method) == (date(2023, 11, 6), "updated date")


def test_a_numeric_date_the_page_gives_no_way_to_read_is_not_guessed():
    text = ("Ministers agree to deepen defence ties\n\n03.04.21\n\n"
            "Ministers from both countries agreed to deepen their cooperation on defence "
            "industries and joint training, officials said after the talks ended.\n")
    assert article_from_text("x", "x", text).date is None


def test_navigation_is_never_the_headline():
    text = ("Skip to primary navigation\nSearch for: Search\nToggle navigation\nWrite For Us\n\n"
            "Japan and Australia sign a new security pact\n\n"
            "Japan and Australia signed a security pact on Saturday that will let their forces "
            "train together, the two governments said in a joint statement.\n\n"
            "Share to Facebook\nRelated Topics\nPost a Comment\n")
    cleaned = clean_blocks(text)
    assert cleaned.headline == "Japan and Australia sign a new security pact"
    for line in ("Share to Facebook", "Related Topics", "Post a Comment", "Write For Us"):
        assert line not in cleaned.body


@pytest.mark.parametrize("row, dated", [
    ("Jane Citizen | Sep. 21, 2023, 3:03 PM | 4,094 | 6", True),
    ("News | March 3, 2024", True),
    ("Kishida visits Washington | March 3, 2024", False),  # a headline and its date
])
def test_a_byline_row_with_its_date_and_counts_is_a_date_line(row, dated):
    # "Author | date | views | comments": the byline's pieces, never a headline whose longest
    # piece is the date (as it was on a page under a headline with a colon)
    assert is_date_line(row) is dated
    text = "AUSTRALIA: 4 Key Points On The Defence Review\n\n" + row + "\n\n" + STORY
    roles = {b.text: b.role for b in clean_blocks(text).blocks}
    assert (roles[row] == "date") is dated and roles[row] != "headline"


def test_a_trail_that_lost_its_separators_is_no_headline():
    # "Home League of Legends" is "Home › League of Legends", its section a menu entry above
    menu = "\n".join(["Defence", "Foreign Policy", "Trade", "Energy", "Climate", "More",
                      "About us", "Jobs", "Press", "Contact Us"])
    # (the section's words are the story's too: "foreign policy")
    text = (menu + "\n\nLogin\n\n" + menu + "\n\nHome Foreign Policy\n\n7-minute read\n\n"
            + HEADLINE + "\n\nSame pact, new partners.\n\n"
            "By Sage Anderson November 19, 2023 7:18 pm\n\n" + STORY.replace(
                "signed a security pact", "signed a foreign policy pact"))
    assert article_from_text("a.txt", "a.txt", text).title == HEADLINE


# (long, and ending as a sentence may: read as the story's first line, not as its headline)
HEADLINE = ("Japan and Australia sign a new security pact as both embody their leaders' vow to "
            "become the region's closest partners!")


def test_a_question_and_its_short_answer_is_a_headline_not_the_buttons_above_it():
    text = ("Travel\n\nLike Follow\n\nTravelling solo in Japan? Social media can help.\n\n"
            "Share on Facebook Share on Twitter\nBy Sage Anderson 2020-02-20\n\n" + STORY)
    assert article_from_text("a.txt", "a.txt", text).title == \
        "Travelling solo in Japan? Social media can help."


def test_a_page_with_a_paragraph_of_prose_never_comes_out_empty():
    text = "Menu\nHome\nNews\n\nThanks for contacting us!\n\n" \
           "The ministry said the exercise would go ahead as planned despite the weather.\n"
    assert "exercise would go ahead" in clean_blocks(text).body


STORY = ("Japan and Australia signed a security pact on Saturday that will let their forces "
         "train together, the two governments said in a joint statement after talks in Perth.\n\n"
         "The pact is the first of its kind for Japan with any country other than the United "
         "States, and officials said it would take effect next year once parliaments approve it.\n\n")


def test_a_headline_the_page_repeats_beats_the_deck_under_it_and_comment_notices_go():
    # written for this test in the shape of a 2009 newspaper page: the headline, its deck, a
    # toolbox, the comment box's notices, the byline, the story, then the headline again in a
    # "This Story" box and in a list of related stories
    head = "Court Puts Off Decision On Indefinite Detention"
    text = (
        "Home\nNation\nWorld\nnewspaper.com > Nation > Courts\n\n" + head + "\n\n"
        "Justices: Indictment Made Issue Moot\n\nTOOLBOX\nResize\nPrint\nE-mail\nCOMMENT\n"
        "0 Comments\n"
        "Your browser's settings may be preventing you from commenting on and viewing comments "
        "about this item. See instructions for fixing the problem.\nDiscussion Policy\nCLOSE\n"
        "Comments that include profanity or personal attacks or other inappropriate comments or "
        "material will be removed from the site. Additionally, entries that are unsigned or that "
        "carry \"signatures\" of people other than their authors will be taken down. Finally, we "
        "will act against readers who break these rules more than once, up to closing their "
        "accounts, and we may pass on what we know to the police where the law asks it of us."
        "\n\nBy Ann Lee\nStaff Writer\nSaturday, March 7, 2009\n\n"
        "The high court yesterday vacated a ruling that the president may indefinitely hold a "
        "resident as a suspect, and put off a decision on one of the term's closest-watched "
        "cases.\n\n"
        "This Story\n" + head + "\nThe Indictment\n\n"
        "The justices did not rule on the merits, saying the matter was moot now that the "
        "government has indicted the suspect in a civilian court.\n\n"
        "The suspect had been held without charge for nearly six years, his lawyers said.\n\n"
        "Related stories\n" + head + "\nCourt To Hear Detention Case\n")
    article = article_from_text("w.txt", "w.txt", text)
    assert article.title == head
    assert "profanity" not in article.body and "browser" not in article.body


def test_the_tags_under_a_tags_label_are_no_headline():
    text = ("Opinion\nColumnists\nLetters\n\nThe Column - Opinion From Around the Web\n\n"
            "December 1, 2011, 9:15 pm\n\nA New Kind of Alliance in the Pacific\n\n"
            "By ANN LEE\n\nFixes\n\nTags:\n\nJapan, Australia, security pact, forces\n\n" + STORY)
    assert article_from_text("t.txt", "t.txt", text).title == "A New Kind of Alliance in the Pacific"


def test_a_breadcrumb_trail_gives_its_last_step_as_the_title():
    text = ("Menu\n\nYou are here:Home » World » Japan and Australia sign a new security pact\n\n"
            + STORY)
    article = article_from_text("a.txt", "a.txt", text)
    assert article.title == "Japan and Australia sign a new security pact"


def test_a_list_of_other_stories_after_the_article_is_not_kept():
    # "You Might Also Like …": a heading of teasers, whatever punctuation trails it
    teasers = ("You Might Also Like …\n\n"
               "Taylor Swift and three film studios have one thing in common, it turns out\n"
               "Generative tools are playing a surprising role in disinformation this year\n"
               "The new era of social media looks as bad for privacy as the last one did\n")
    cleaned = clean_blocks("Japan and Australia sign a new security pact\n\n" + STORY + teasers)
    assert "joint statement" in cleaned.body
    for line in teasers.splitlines()[1:]:
        if line:
            assert line not in cleaned.body


def test_what_follows_a_recommendations_heading_and_site_notices_are_not_kept():
    # an article of some length (the heading below it ends it)
    long_story = STORY + "".join(
        f"In the {n} round of talks, the ministers went through the training plans clause by "
        f"clause, and their officials said that the {n} part of the exercise would test how "
        f"quickly forces from both countries could move supplies between bases in the north "
        f"and the south of each country, a question both governments have studied for years.\n\n"
        for n in ("first", "second", "third", "fourth", "fifth"))
    tail = ("Outlet recommends\n\n"
            "Hip residents drink foreign beer\n\n"
            "Residents often consider their own beer the best there is, but drinkers are "
            "discovering that the spectrum of beers extends far beyond their city, say brewers.\n\n")
    notices = ("We are a participant in an affiliate advertising program designed to provide a "
               "means for us to earn fees by linking to shops.\n\nJoin 66,707,982 other followers\n")
    cleaned = clean_blocks("Japan and Australia sign a new security pact\n\n" + long_story
                           + notices + tail)
    assert "joint statement" in cleaned.body
    for gone in ("Hip residents drink foreign beer", "spectrum of beers", "affiliate advertising",
                 "other followers"):
        assert gone not in cleaned.body


@pytest.mark.parametrize("line, expected", [
    # a scrape glues the next word, a second date or a reading time to the year
    ("March 13, 2019March 15, 2019", date(2019, 3, 13)),
    ("Posted By: Ann Lee on: March 02, 2022In: Education, Local News", date(2022, 3, 2)),
    ("Fri., Aug. 23, 2019timer2 min. read", date(2019, 8, 23)),
    ("Mar 3, 20263 mins", date(2026, 3, 3)),
])
def test_a_date_glued_to_what_follows_it(line, expected):
    text = "Japan and Australia sign a new security pact\n\n" + line + "\n\n" + STORY
    assert article_from_text("a.txt", "a.txt", text).date == expected


def test_a_published_date_below_the_story_when_the_header_has_none():
    text = ("Japan and Australia sign a new security pact\n\n" + STORY
            + "Published March 3, 2026\n\nhttps://example.org/2026/03/03/pact/\n")
    assert article_from_text("a.txt", "a.txt", text).date == date(2026, 3, 3)


def test_the_signed_headline_below_a_notice_and_a_teaser():
    text = ("Manage Profile\nNewsletters\nSign Out\n\n"
            "This copy is for your personal non-commercial use only. To order copies of our "
            "content for distribution to colleagues, clients or customers, contact us.\n"
            "The central bank is in the middle of an extended review of its long-term policy "
            "framework, with an eye toward enhancing how it meets its goals over the years.\n\n"
            "Economy\nOpinion\n\n"
            "What the central bank could learn from Canada\n\n"
            "By Ann Lee Bloomberg\nFri., Aug. 23, 2019\n\n" + STORY)
    article = article_from_text("a.txt", "a.txt", text)
    assert article.title == "What the central bank could learn from Canada"
    assert article.date == date(2019, 8, 23)


def test_a_blog_post_under_the_day_s_date_and_not_the_blog_s_tagline():
    # a blog's name and tagline, the day's date, then the post's headline, which its first
    # paragraph opens with
    text = ("Harbour Notes\n\nShipping and port news from the southern coast.\n\n"
            "Tuesday, March 8, 2022\n\nNew container crane arrives at Port Kembla!\n\n"
            "New container crane arrives at Port Kembla! The crane, the largest on the coast, "
            "was shipped from Shanghai in February and will start work in May.\n"
            "It lifts sixty containers an hour, twice as many as the cranes it replaces, and "
            "its operators were trained in Rotterdam over the winter.\n"
            "Posted by Jo Barker at 9:40 AM\n")
    article = article_from_text("a.txt", "a.txt", text)
    assert article.title == "New container crane arrives at Port Kembla!"
    assert article.date == date(2022, 3, 8)


def test_a_date_labelled_date_in_the_box_under_the_story():
    # the page's box under the story: "Date" and "Author" lines; related stories with dates
    # above and below it
    text = ("Home\nWorld\nBusiness\n\nJapan and Australia sign a new security pact\n\n" + STORY
            + "Related\n\nTokyo hosts the Quad leaders\n\nThe four leaders met in Tokyo for "
            "talks on maritime security and supply chains. (17.10.2020)\n\n"
            "Audios and videos on the topic\n\n"
            "Date 14.03.2021\nAuthor Mia Lund\nKeywords Japan, Australia, defence\n\n"
            "Related content\n\nTokyo and Canberra hold talks on drills 02.02.2021\n\n"
            "Pacific islands weigh new fishing deal 11.01.2021\n")
    article = article_from_text("a.txt", "a.txt", text)
    assert article.date == date(2021, 3, 14)


def test_headlines_under_a_related_heading_inside_the_story_are_not_kept():
    related = ("How one Osaka firm turns old fishing nets into kayaks with a new recycling line",
               "Canberra weighs a carbon levy as more governments put a price on emissions",
               "Shipbuilders court buyers anxious to avoid a single supplier for frigates")
    more = ("The agreement sets out how troops of one country may enter the other, which courts "
            "hear cases against them and who pays for damage caused during exercises.\n\n"
            "Analysts in both capitals said the pact sent a message to Beijing, though neither "
            "government named China in the statement released after the talks.\n\n"
            "Officials expect the first joint drills under the pact to take place in northern "
            "Australia next spring, with several hundred Japanese troops taking part.\n\n")
    text = ("Japan and Australia sign a new security pact\n\n" + STORY + "Related\n\n"
            + "\n".join(related) + "\n\n" + more
            + "Editors\u2019 Recommendations:\n\n" + "\n".join(r.replace("a ", "the ")
                                                          for r in related) + "\n")
    body = clean_blocks(text).body
    assert more.strip() in body
    for line in related:
        assert line not in body
        assert line.replace("a ", "the ") not in body


def test_a_story_sentence_with_words_of_site_chrome_is_kept():
    # "privacy policy", "advertising": words a button holds, in sentences someone wrote or said
    lines = ("\u201cYou can\u2019t cure a misleading disclosure with information in a privacy "
             "policy,\u201d Ms. Mithal said.",
             "Targeted advertising is by far the most common use of the information.")
    cleaned = clean_blocks("Japan and Australia sign a new security pact\n\n" + STORY
                           + "\n\n".join(lines) + "\n\n" + STORY.replace("Perth", "Tokyo"))
    for line in lines:
        assert line in cleaned.body
    assert "Advertisement" not in clean_blocks(
        "Japan and Australia sign a new security pact\n\n" + STORY + "Advertisement\n\n"
        + STORY.replace("Perth", "Tokyo")).body


def test_a_wire_story_wrapped_at_a_fixed_width_is_read_as_paragraphs():
    # a story written for this test in the shape of a 1980s wire: timestamp, headline,
    # indented paragraphs cut at ~65 characters, a quotation over a line break, a sign-off
    text = (FIXTURES / "web" / "wire_wrapped.txt").read_text(encoding="utf-8")
    article = article_from_text("w.txt", "w.txt", text)
    assert article.title == "PERTH WOOL SALES REVIEW"
    assert article.date == date(1988, 3, 14)
    assert ("Prices firmed throughout the week at the Perth wool sales, easing the pressure "
            "felt by growers since early February") in article.body
    said = {q.quote: q.speaker for q in article.quotes if q.kind == "direct"}
    assert said == {"We expect demand to recover in the second half of the year":
                    "Helen Mardle", "But prices will stay under pressure": "Helen Mardle"}
    assert article.body.rstrip().endswith("she added.")  # the sign-off stays apart



def test_a_paragraphs_first_line_indent_opens_it_in_a_text_of_short_paragraphs():
    # most long lines are first lines, indented: the indent still opens a paragraph
    paragraphs = [
        "Australia and the Philippines will hold their largest joint military exercise next "
        "week, with more than 3,600 personnel taking part in it all.",
        "The exercise includes amphibious landings on the island of Luzon now.",
        "Officials in Manila said the drills were not directed at any country.",
        "China's foreign ministry said it was watching the exercise closely.",
        "The drills are due to end on the last day of August, officials said.",
        "The ministry urged the two countries to respect its interests and said it would send "
        "its own ships to the area to watch the drills closely.",
    ]
    lines = ["Philippines drills", "", "August 16, 2024", ""]
    for paragraph in paragraphs:
        wrapped = textwrap.wrap(paragraph, 72, initial_indent="    ")
        lines += wrapped
    a = article_from_text("x", "x", "\n".join(lines) + "\n")
    assert a.body.split("\n\n") == paragraphs


def test_a_text_browsers_dump_set_in_by_a_margin_reads_as_the_same_text_without_it():
    # lynx, w3m and links -dump set every line of prose in by a margin: it is no sign of a
    # new paragraph (a story written for this test)
    paragraphs = [
        "Australia and the Philippines will hold their largest joint military exercise next "
        "week, with more than 3,600 personnel taking part in drills across the region.",
        "\"This is about building our capacity to operate together,\" Mr Marles said. \"We are "
        "stronger when we work with our friends in the region.\"",
        "Defence Minister Richard Marles said the exercise involved more than 3,600 personnel "
        "and would include amphibious landings on the island of Luzon.",
        "Officials in Manila said the drills were not directed at any country, but they said "
        "the region faced growing challenges from coercion at sea.",
        "Analysts said the exercise showed how quickly the relationship between the two "
        "countries had deepened in the last two years.",
    ]
    flat = ["Australia and Philippines hold joint exercise", "", "Posted Fri 16 Aug 2024", ""]
    for paragraph in paragraphs:
        flat += textwrap.wrap(paragraph, 72) + [""]
    dumped = [f"   {line}" if line and n else line for n, line in enumerate(flat)]
    read = [article_from_text("x", "x", "\n".join(lines)) for lines in (flat, dumped)]
    assert read[1].title == read[0].title == "Australia and Philippines hold joint exercise"
    assert read[1].date == read[0].date == date(2024, 8, 16)
    assert read[1].body == read[0].body == "\n\n".join(paragraphs)
    assert [(q.quote, q.speaker) for q in read[1].quotes] == \
        [(q.quote, q.speaker) for q in read[0].quotes]
    assert ("This is about building our capacity to operate together", "Richard Marles") in \
        [(q.quote, q.speaker) for q in read[1].quotes]


def test_a_pictures_caption_under_the_headline_is_not_the_headline_nor_its_date():
    # a story written for this test: headline, a caption as a sentence, the date, the story
    text = ("Ministers say the alliance must evolve to meet new threats\n\n"
            "Defence Minister Ana Reyes speaks to reporters in Canberra on Wednesday.\n\n"
            "Jul 10, 2024\n\n"
            "CANBERRA \u2013 Defence Minister Ana Reyes on Wednesday said the alliance must "
            "\"evolve\" as threats in the region grow and partners spend more on defence.\n\n"
            "\"We have a strong sense of urgency,\" Reyes said at a news conference after the "
            "meeting of ministers in the capital.\n")
    a = article_from_text("x", "x", text)
    assert a.title == "Ministers say the alliance must evolve to meet new threats"
    assert a.date == date(2024, 7, 10)


@pytest.mark.parametrize("line_above", ["From: Herald Sun", "Posted by the Daily Sun",
                                        "Photo taken on Wednesday."])
def test_a_weekdays_name_ending_the_line_above_is_no_part_of_the_date(line_above):
    # ("Sun", "Wednesday" over "March 13, 2015": a date of a Friday, whatever the line above)
    text = ("Angry media will not buckle over new laws\n\nby: Kim Lowe\n" + line_above
            + "\nMarch 13, 2015 9:00PM\n\nA new bill would require telecommunications providers "
            "to store metadata for two years, and the media have asked for an exemption.\n\n"
            "The government team said the laws would not touch the work of journalists.\n")
    assert article_from_text("x", "x", text).date == date(2015, 3, 13)


@pytest.mark.parametrize("invisible", ["\u200f", "\u200e", "\u00ad", "\u2060", "\u200b"])
def test_characters_that_show_nothing_do_not_cut_a_name(invisible):
    text = ("NATO spending\n\n\u201cWe will spend more on defence,\u201d said NATO Secretary "
            f"General Mark Rut{invisible}te{invisible}.\n")
    [q] = article_from_text("x", "x", text).quotes
    assert (q.speaker, q.role) == ("Mark Rutte", "Secretary General")


def test_a_soft_hyphens_byte_in_text_decoded_wrongly_is_repaired_not_taken_out():
    # "í" in UTF-8 read as cp1252 is "Ã" and a soft hyphen: repaired first, it is "í" again
    text = ("Defence talks\n\n\"We will defend every metre,\" said Defence Minister "
            "María Díaz on Monday.\n").encode().decode("cp1252")
    assert "\u00ad" in text
    [q] = article_from_text("x", "x", text).quotes
    assert q.speaker == "María Díaz"


def test_a_zero_width_space_between_two_words_parts_them():
    text = "NATO spending\n\n\u201cWe will spend more,\u201d said Mark\u200bRutte.\n"
    [q] = article_from_text("x", "x", text).quotes
    assert q.speaker == "Mark Rutte"


def test_a_text_wrapped_twice_at_two_widths_is_read_as_paragraphs():
    # wrapped at 80, then again at 70: the rest of each longer line on a line of its own
    text = ("Ferry service resumes after storm\n\n"
            "The island's ferry sailed again on Tuesday, two weeks after a storm broke\n"
            "its ramp, \n"
            "and the first passengers were aboard by nine in the morning. The harbour\n"
            "master said \n"
            "the repairs had cost more than expected.\n\n"
            "\"We had to bring a crane from the mainland to lift the old ramp out of the\n"
            "water,\" \n"
            "said Tevita Lomu, the harbour master, who oversaw the work. \"It took four\n"
            "days.\"\n\n"
            "The ferry company said it would add two sailings a week until the end of the\n"
            "month, \n"
            "to carry the freight that had waited on the quay since the storm.\n")
    a = article_from_text("x", "x", text)
    paragraphs = a.body.split("\n\n")
    assert paragraphs[0] == ("The island's ferry sailed again on Tuesday, two weeks after a storm "
                             "broke its ramp, and the first passengers were aboard by nine in the "
                             "morning. The harbour master said the repairs had cost more than "
                             "expected.")
    assert len(paragraphs) == 3
    assert [(q.quote, q.speaker) for q in a.quotes if q.kind == "direct"] == [
        ("We had to bring a crane from the mainland to lift the old ramp out of the water",
         "Tevita Lomu"), ("It took four days.", "Tevita Lomu")]


def test_a_title_that_ends_a_wrapped_line_is_no_sentences_end():
    # '... so," Ms.\nLomu says.': the name's rest goes on the line, no sign-off under a story
    text = ("Ferry service resumes after storm\n\n"
            "The island's ferry sailed again on Tuesday, two weeks after a storm broke its\n"
            "ramp, and the first passengers were aboard by nine in the morning, the port said.\n\n"
            "\"We had to bring a crane from the mainland to lift the old ramp out of it,\" Ms.\n"
            "Lomu says.\n\n"
            "The ferry company said it would add two sailings a week until the end of the\n"
            "month to carry the freight that had waited on the quay since the storm hit.\n")
    a = article_from_text("x", "x", text)
    assert 'out of it," Ms. Lomu says.' in a.body


def test_a_wire_sign_off_under_an_abbreviation_that_ends_a_sentence_stays_apart():
    # (a wire story of the 1980s, wrapped at 65)
    text = ("CHEMICAL FIRM PROFIT RISES\n\n"
            "Shares of the chemical company rose sharply on Tuesday after the\n"
            "firm reported a strong rise in quarterly earnings and lifted its\n"
            "forecast for the rest of the year, analysts said, pointing to\n"
            "lower costs and higher prices for its main products across Europe\n"
            "and Asia.\n\n"
            "The company said its net profit rose to 120 mln dlrs in the\n"
            "quarter from 90 mln dlrs a year earlier, on sales that climbed\n"
            "eight pct, and it expects further gains in the second half as\n"
            "demand picks up in its markets.\n\n"
            "The company, which makes plastics and fibres, said it would also\n"
            "buy back up to five mln of its shares over the next year, a move\n"
            "welcomed by investors who had pressed it to return some of its\n"
            "cash, said a spokesman for the maker, the Harbour Chemical Co.\n"
            "Reuter\n")
    body = article_from_text("x", "x", text).body
    assert "Harbour Chemical Co. Reuter" not in body and body.endswith("Harbour Chemical Co.")

def test_a_page_saved_as_markdown_wrapped_at_a_fixed_width_reads_as_its_words():
    # written for this test in the shape of a page a converter saved as Markdown: lines cut at
    # 72 characters, where a link's address, which cannot be cut, stands on a line of its own
    url = "https://example.org/statements/2025/06/ministers-welcome-the-agreement-on-defence"
    text = (
        "Allies agree to raise defence spending at summit\n\n"
        "Leaders of the alliance agreed on Wednesday to raise defence spending to\n"
        "five per cent of their economies by 2035, a **decision** welcomed in most\n"
        "capitals and met with caution in a few.\n\n"
        "![The leaders at the summit](https://example.org/img/summit.jpg)\n\n"
        "[Dutch Prime Minister Anna\n"
        f"Vermeer]({url}):\n"
        "\u201cThis is a historic moment for the alliance and for every one of its\n"
        "members, and we will \\[now\\] deliver on it.\u201d\n\n"
        "[**Estonian Defence Minister Kalev\n"
        "Tamm**](https://example.org/e/12345)**:** \u201cWe have argued for this for\n"
        "many years and we are glad the others agree with us at last.\u201d\n\n"
        "The agreement will be reviewed in 2029, when the leaders meet again in\n"
        "the Hague to take stock of how far each member has come.\n")
    article = article_from_text("m.md.txt", "m.md.txt", text)
    assert ("Leaders of the alliance agreed on Wednesday to raise defence spending to five per "
            "cent of their economies by 2035, a decision welcomed in most capitals") in article.body
    assert "https://" not in article.body and "**" not in article.body
    said = {q.quote: q.speaker for q in article.quotes if q.kind == "direct"}
    assert said == {
        "This is a historic moment for the alliance and for every one of its members, and we "
        "will [now] deliver on it.": "Anna Vermeer",
        "We have argued for this for many years and we are glad the others agree with us at "
        "last.": "Kalev Tamm"}


def test_markdown_cut_into_lines_at_its_links_and_bold_words_reads_as_sentences():
    # written for this test in the shape of a converter's Markdown that put every link and
    # word in bold on a line of its own
    text = (
        "Seoul and Tokyo agree to share missile warning data\n\n"
        "South Korea and Japan agreed on Tuesday to share missile warning data in real time, and\n"
        "[officials said](https://example.org/a/1)\n"
        "the link would be running by the end of the year.\n\n"
        "The goal, a defence analyst told\n"
        "**The Daily Brief**\n"
        ", is to close the gaps that North Korea has exploited. \u201cEvery minute counts when "
        "a missile is in the air,\u201d\n"
        "[said](https://example.org/a/2)\n"
        "Hana Seo, a researcher at the Asan Institute.\n\n"
        "The deal was struck with the\n"
        "*Republic*\n"
        "of Korea's new government, which has sought closer ties with Tokyo since it took "
        "office in the spring.\n")
    article = article_from_text("m.md.txt", "m.md.txt", text)
    assert ("and officials said the link would be running by the end of the year." in article.body)
    assert "a defence analyst told The Daily Brief, is to close the gaps" in article.body
    assert "with the Republic of Korea's new government" in article.body
    said = {q.quote: q.speaker for q in article.quotes if q.kind == "direct"}
    assert said == {"Every minute counts when a missile is in the air": "Hana Seo"}


def test_a_release_double_spaced_line_by_line_is_read_as_paragraphs():
    # written for this test in the shape of an OCR'd press release of the 1970s: every printed
    # line, cut at ~60 characters, followed by a blank line
    printed = [
        "MEDIA RELEASE", "", "March 3, 1976", "",
        "DEFENCE REVIEW MUST NOT DELAY THE NEW PATROL BOATS", "",
        "\"The review of the nation's defence needs must not be used as",
        "a reason to delay the patrol boats the navy has been promised",
        "for more than three years.", "",
        "The Shadow Minister for Defence, Mr. Alan Brooke, said this",
        "in Canberra today.", "",
        "\"The northern coastline is longer than the whole of the",
        "eastern seaboard and it is watched today by four ageing",
        "boats which spend more time in dock than they do at sea.", "",
        "\"The Government should sign the contracts this month and",
        "let the yards in Cairns and Fremantle begin their work,",
        "because every month of delay adds to the final cost.\"", "",
    ]
    text = "\n\n".join(line for line in printed if line) + "\n"
    article = article_from_text("r.txt", "r.txt", text)
    assert ("The northern coastline is longer than the whole of the eastern seaboard and it is "
            "watched today by four ageing boats") in article.body
    said = {q.quote[:30]: q.speaker for q in article.quotes if q.kind == "direct"}
    assert said and set(said.values()) == {"Alan Brooke"}
    assert any(quote.startswith("The northern coastline") for quote in said)


def test_markdown_links_that_are_lines_of_their_own_are_not_joined_to_a_headline_or_a_menu():
    text = ("[Home](https://example.org/)\n[World](https://example.org/world)\n"
            "[Politics](https://example.org/politics)\n\n"
            "Allies agree to raise defence spending at summit\n[Ann Lee](https://example.org/ann)\n\n"
            + STORY.replace("Perth.", "Perth, [officials said](https://example.org/x).")
            + "The talks will resume in [Tokyo](https://example.org/t) next year.\n")
    article = article_from_text("m.md.txt", "m.md.txt", text)
    assert article.title == "Allies agree to raise defence spending at summit"
    assert "Home World" not in article.body


def test_a_glued_quoted_paragraph_that_names_someone_with_one_word_stays_a_quotation():
    text = ("Tax row\n\nSam Hale spoke at the launch.\"We will cut taxes for working families,\" "
            "he said.\"Labour said it would never raise taxes, and then it did so twice.\"Hale "
            "said the plan was costed.")
    body = article_from_text("g.txt", "g.txt", text).body
    assert '\n\n"Labour said it would never raise taxes, and then it did so twice."\n\n' in body


def test_a_list_of_headlines_of_one_length_is_not_joined():
    heads = "\n".join(f"Headline number {n} about the talks between the two allies this week"
                      for n in range(12))
    text = "Japan and Australia sign a new security pact\n\n" + STORY + "Read next\n" + heads
    from nato_search.cleaning import unwrap
    assert unwrap(text) == text


@pytest.mark.parametrize("top, title", [
    # a section's name glued to the headline by the scrape, the headline alone just below
    ("Metrics\nSecurity\n\nSoftware quality How the two allies sign a new security pact\n\n"
     "How the two allies sign a new security pact\n\n"
     "A pact of defence requires persistence, patience, and a shared vision of security.\n\n",
     "How the two allies sign a new security pact"),
])
def test_the_headline_without_what_the_scrape_glued_to_it(top, title):
    text = top + "By Ann Lee\nMarch 3, 2024\n\n" + STORY
    assert article_from_text("a.txt", "a.txt", text).title == title


LEAD = ("If you believe what the coaches have said about it this summer, the agents are the "
        "reason practices are closed to the public at Florida and at Alabama this year.\n\n"
        "Both programmes deny that anything else is at stake, and both say the rule will stay "
        "in place for the rest of the season at least.\n")


@pytest.mark.parametrize("deck", [
    "Are Urban Meyer and Nick Saban really closing practices because of agents?",
    "Both coaches have closed their practices to fans this summer, and both of them blame "
    "the agents.",
])
def test_a_deck_under_the_headline_is_not_the_headline(deck):
    text = (f"Sports\n\nShop\n\nFlorida, Alabama grandstanding?\n\n{deck}\n\nEmail\n\nPrint\n\n"
            f"Comments\n\nBy Jemele Hill\n\nESPN.com\n\nArchive | Contact\n\n{LEAD}")
    assert article_from_text("a.txt", "a.txt", text).title == "Florida, Alabama grandstanding?"


@pytest.mark.parametrize("top, title", [
    # a deck is weighed against the headline just above it, not against a photo's caption
    # below both that shares more words with the lead than either
    ("Sports\n\nNewsletter sign up\n\n1. College football\n\n"
     "Why SEC coaches shut practices to the public\n\n"
     "What to know about the coaches at Florida and Alabama who closed their practices to "
     "the public this summer\n\nNewsletter sign up\n\n"
     "Urban Meyer stands in front of the Florida practice field\n\n"
     "The coaches at Florida and Alabama closed practices to the public this summer\n\n"
     "(Image credit: AP photo)\n\nBy Jemele Hill\n\npublished 5 May 2023\n\n",
     "Why SEC coaches shut practices to the public"),
    # a pull quote under the headline
    ("Sports\n\nSubscribe to Newsletters\n\n"
     "Florida and Alabama Close Practices to the Public This Summer\n"
     "\u2018Agents are the reason practices at Florida and Alabama are closed this year\u2019\n"
     "By Jemele Hill \u2022 12/16/16 12:21pm\n\n",
     "Florida and Alabama Close Practices to the Public This Summer"),
    # a caption ending with its credit, though it names more of the lead's words
    ("Getting There\n\nSEC programmes shut their gates to fans\n\nObsession\n\n"
     "The coaches at Florida and Alabama closed practices to the public this summer. "
     "(AP)\n\nShare\n\nWritten by\n\nJemele Hill\n\n",
     "SEC programmes shut their gates to fans"),
    # a caption over a picture's bare credit
    ("Tech\n\nSquare Cofounder: Jack Dorsey Is Like Hello Kitty\n\nShare\n\nTweet\n\n"
     "Jim McKelvey, cofounder of Square\n\nImage: SixThirty\n\nBy Seth Fiegerman\n\n",
     "Square Cofounder: Jack Dorsey Is Like Hello Kitty"),
    # a label in capitals and a dash before the headline is no dateline: no sentence follows
    ("Contact Us\nArchives\n\nCOLUMN - Coaches and agents at odds in the SEC\n\n"
     "Urban Meyer, left, and Nick Saban at a meeting in Atlanta\n\nBy JEMELE HILL\n"
     "The Daily Ledger\n\n", "COLUMN - Coaches and agents at odds in the SEC"),
])
def test_what_stands_by_the_headline_is_not_the_headline(top, title):
    assert article_from_text("a.txt", "a.txt", top + LEAD).title == title


def test_a_short_headline_over_a_time_and_a_date_is_no_videos_title():
    # "08:12 - 3rd, Mar 2009" is a date line, not a video's running time and its source
    text = ("Football News\n\nCoaches close gates\n\n08:12 - 3rd, Mar 2009\n" + LEAD)
    article = article_from_text("a.txt", "a.txt", text)
    assert (article.title, article.date) == ("Coaches close gates", date(2009, 3, 3))


def test_a_breadcrumb_trail_that_ends_on_article_is_not_the_headline():
    # the trail's sections are words of the story's lead, as the headline's are not
    text = ("Home » Sport » Football » College Football » Article\n\n"
            "SEC programmes shut their gates\n\nEmail\nPrinter friendly version\nNormal font\n"
            "Large font\n\nJemele Hill\nJuly 17, 2016\n\n"
            "THE College Football season must be going places - so much so that two coaches "
            "have been accused of shutting out the fans.\n\n" + LEAD)
    assert article_from_text("a.txt", "a.txt", text).title == "SEC programmes shut their gates"


# the first paragraph, a picture, a table of figures under its headings, then the story
_TABLE = ("Inside the Numbers\nPlayer's Final Stats\nCategory Total Rank\nEagles 1 T3\n"
          "Birdies 19 T2\nPars 48 T30\nBogeys 3 T12\nDouble Bogeys 0 N/A\n"
          "Driving Accuracy 61.4% 12\nDriving Distance 298.2 yds. T20\n"
          "Greens in Regulation 71.0% T9\nPutts per Round 27.5 T4\n\n")
_LONG_PARAGRAPH = ("Both programmes deny that anything else is at stake, and both say the rule will "
                   "stay in place for the rest of the season at least, whatever the fans and the "
                   "boosters who pay for the new stadium may say about it in the letters they "
                   "have been sending to the athletic directors.\n\n")


@pytest.mark.parametrize("text, title, first_words, furniture", [
    # a table costs the story's run no more than a listing
    ("LIVE SCORING SCHEDULE PLAYERS VIDEO NEWS\n\nOpen in Perth\nThursday Jan 10 - "
     "Sunday Jan 13, 2008\n\nAn old champion wins again for his family\n\n"
     "Email This Story Print This Story\nJan. 14, 2008\nBy Ann Reyes\n\n"
     "PERTH -- The champion had found the woman he wanted to marry. Trouble was, her "
     "parents were not at all sure they wanted a golfer as a son-in-law.\n"
     "The champion\nThe champion had a lot of support on Sunday. (Photo: Agency)\n"
     + _TABLE + LEAD + LEAD.replace("Both", "And both"),
     "An old champion wins again for his family", "Trouble was, her parents were not at all sure",
     "Birdies 19 T2"),
    # a skip link and a "Related" box of two links neither end the story nor head it
    ("Sports\nOpinion\nArts\n\nSEC programmes shut their gates to fans\n\n"
     "By Jemele Hill\nPublished: July 17, 2016\n\n"
     "GAINESVILLE, July 16 - If you believe what the coaches have said about it this "
     "summer, the agents are the reason practices are closed to the public at Florida "
     "and at Alabama this year.\n"
     "Skip to next paragraph\n\nRelated\n\nCoaches Corner: Saban's Long Summer (July 9, "
     "2016)\n\nGame Day: Gates and Fans\n\n" + _LONG_PARAGRAPH * 3,
     "SEC programmes shut their gates to fans", "the agents are the reason practices are closed",
     "Skip to next paragraph"),
])
def test_what_is_set_into_the_story_neither_ends_it_nor_heads_it(text, title, first_words,
                                                                furniture):
    # the story opens at its first paragraph, above what is set into it, under its headline
    article = article_from_text("a.txt", "a.txt", text)
    assert article.title == title
    assert first_words in article.body
    assert furniture not in article.body


def test_a_video_title_over_its_running_time_is_not_the_headline():
    # the video's title shares more words with the story than anything else above it
    text = ("A summer of shut doors in the SEC\n\nVideo Ad Feedback\n"
            "Agents blamed as coaches close practices at Florida and Alabama\n"
            "3:20 • Source: CNN\n\n" + LEAD)
    title = article_from_text("a.txt", "a.txt", text).title
    assert not title.startswith("Agents blamed")


def test_a_section_with_its_reading_time_is_no_headline():
    from nato_search.cleaning import _headline_shape, classify, measure

    blocks = measure("Politics 3 min read\n\nA headline of the story\n")
    classify(blocks)
    assert [_headline_shape(b) for b in blocks] == [False, True]


def test_a_post_split_by_code_listings_is_read_from_its_headline():
    # A tutorial: prose between listings whose lines repeat as a menu's do ("SELECT", "FROM").
    # The listings cost the run no more than other short lines: the article is the whole post,
    # not its last section.
    listing = ("WITH readings AS (\nSELECT *\nFROM unnest(array[4, 7, 9, 31, 5]) AS n\n),\n"
               "stats AS (\nSELECT\navg(n) AS mean,\nstddev(n) AS spread\nFROM\nreadings\n)\n"
               "SELECT\nn,\n(n - mean) / spread AS score\nFROM\nreadings,\nstats;\n\n"
               " n │ score\n───┼──────\n 4 │ -0.61\n 7 │ -0.35\n 9 │ -0.18\n31 │ 1.72\n")
    step = ("In step {} we change one thing in the query above and look again at the scores it "
            "gives, to see whether the outlier still stands out from the rest of the series.\n\n")
    text = ("Jane Doe\nAbout\nSubscribe\n\n12 March 2021\nSQL\n\n"
            "Finding Outliers With Nothing But SQL\n\n"
            "Most teams find out about bad data from their users, days after it arrived. This post "
            "shows how to catch it the hour it lands, with a query and a little statistics.\n\n"
            "We start from a series of numbers and ask which of them is far from the others, and "
            "how far is too far for the kind of data we keep in our tables every day.\n\n"
            + "".join(listing + "\n" + step.format(n) for n in ("one", "two", "three", "four", "five", "six"))
            + "Conclusion\n\nA few lines of SQL go a long way. The same query runs on a table of "
              "millions of rows, and the thresholds we chose here are a fair place to start for "
              "most series that change slowly from one hour to the next, as most of ours do.\n\n"
              "Similar articles\nAbout\nSubscribe\n")
    article = article_from_text("a.txt", "a.txt", text)
    assert article.title == "Finding Outliers With Nothing But SQL"
    assert article.date == date(2021, 3, 12)
    assert "Most teams find out about bad data" in article.body
    assert "A few lines of SQL go a long way." in article.body


@pytest.mark.parametrize("stamp, written, expected", [
    # the day the page also writes in words settles which number is the month
    ("02/11/2023 02:00pm GMT", "November 2, 2023", date(2023, 11, 2)),
    ("11/02/2023 02:00pm ET", "2 November 2023", date(2023, 11, 2)),
    ("02.10.2020", "Sept. 29, 2020", date(2020, 10, 2)),
])
def test_a_numeric_date_is_read_as_the_dates_written_in_words_show(stamp, written, expected):
    text = (f"Ministers agree to deepen defence ties\n\n{stamp}\n\n"
            + TALKS + "\n"
            f"A photograph taken on {written} shows the two delegations at the start of the talks, "
            "which went on late into the night.\n")
    assert article_from_text("x", "x", text).date == expected


def test_the_date_line_under_a_headline_below_a_teaser_of_the_same_story():
    # a teaser of the story and a caption open the run: the date line under the headline is
    # still in the article's header
    text = ("Home\nNews\nSport\n\n"
            "Ministers agree to deepen defence ties New analysis shows how far the two countries "
            "have come in a year of talks, and how far they still have to go before a treaty.\n\n"
            "Soldiers of both countries train together at a base in the north of the country, in a "
            "photograph taken during the exercises last month.\n\n"
            "Special Series\n\nDefence explained\n\n"
            "The two countries have argued over their borders for decades. These stories explain "
            "the history of the dispute and what the new treaty would change for each side.\n\n"
            "Two countries agree to deepen their defence ties after a year of talks\n\n"
            "November 9, 2023\n\nBy\n\nJane Doe\n\n"
            + TALKS + "\n"
            "The agreement still has to be approved by both parliaments, which meet next month to "
            "debate it and may ask for changes before they vote.\n")
    assert article_from_text("x", "x", text).date == date(2023, 11, 9)


def test_a_date_on_a_line_of_names_under_the_headline():
    # the outlet's logo, the date and the author on one line: no sentence about an event
    text = ("Home\nNews\n\nStudent halls too full to be safe, experts warn\n\n"
            "The Courier logo The Courier 02/10/2020 Jane Doe\n"
            "a person standing in front of a brick building: Photograph: Jane Doe/Getty © Provided "
            "by The Courier Photograph: Jane Doe/Getty\n\n"
            + TALKS + "\n"
            "A photograph taken on Sept. 29, 2020 shows the two delegations at the start of the "
            "talks, which went on late into the night.\n")
    assert article_from_text("x", "x", text).date == date(2020, 10, 2)


def test_the_lead_above_an_advertisement_block_is_kept():
    # the article's first two paragraphs under its byline and date, then an advertisement and a
    # newsletter sign-up inside the story: the lead is the article's, not a teaser above it
    text = ("Home\nNews\nPolitics\n\n"
            "Minister accused of misleading parliament over messages\n\n"
            "By Jane Doe\nPublished 8th Nov 2023, 18:58 GMT\n\n"
            "The minister has been accused of misleading parliament over the release of messages "
            "to the inquiry.\n\n"
            "The opposition leader said the minister and his deputy “must immediately set the "
            "record straight”. It comes amid a row over the government's dealings with the "
            "inquiry, with critics accusing it of a secretive approach.\n\n"
            "Advertisement\nHide Ad\n\nAdvertisement\nHide Ad\n\n"
            "Sign up to our Politics newsletter\nSign up\nSign up\n"
            "This site is protected by reCAPTCHA and the Google Privacy Notice and Terms of "
            "Service apply.\n\n"
            "The government was criticised before for failing to hand over the messages, but has "
            "now provided thousands of them following a legal order.\n\n"
            "Last week, the minister told members that the inquiry had only asked for the "
            "messages in September, just a matter of weeks before the deadline it set.\n\n"
            "However, a timeline published by the government on Wednesday shows that the messages "
            "were asked for in February, months before the minister said they were.\n")
    body = article_from_text("x", "x", text).body
    assert "must immediately set the record straight" in body
    assert "misleading parliament over the release" in body


def test_a_short_article_outweighs_the_captions_of_other_stories_below_it():
    # a short story under its date line, then "RELATED STORIES" and a gallery of other
    # stories whose photo captions are long prose: the story is the article
    story = ("KOBE – A total of 600 boxes of masks have been lost at a hospital in the city, its "
             "staff said on Tuesday, as the country faces a shortage of them.\n\n"
             "The masks had been kept in a machine room on the third floor of the hospital, which "
             "only its employees can enter, according to the police.\n\n"
             "Four of the twelve boxes were gone when a worker checked the room on Thursday, and "
             "the hospital told the police the next day.\n\n"
             "The loss is regrettable, the hospital said, although it still has enough masks for "
             "its staff and patients for now.\n\n")
    gallery = "".join(
        f"Other story number {n} in the list\n"
        f"Students wearing masks walk to the station in the capital on {day}, as the number of "
        "cases keeps rising and schools close their doors for two weeks or more.\n"
        for n, day in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"), 1))
    text = ("News\nSport\n\nHospital loses 600 boxes of masks\n\nFeb 18, 2020\n\nSHARE\n\n" + story
            + "RELATED STORIES\n\nMasks in short supply\nPrices of masks soar\n\n"
            + "Twitter\nFacebook\n\nJOIN THE CONVERSATION\n\nEDITORS' PICKS\n" + gallery)
    article = article_from_text("x", "x", text)
    assert "A total of 600 boxes of masks" in article.body
    assert "Students wearing masks" not in article.body


def test_a_headline_cut_short_above_the_whole_one_is_not_the_headline():
    # a teaser of the story with its headline cut short ("…") above the story's own header
    text = ("News\nPolitics\n\nJoe Biden predicts Trump will try to delay…\n\nShare this:\n"
            "Click to share on Facebook (Opens in new window)\n\nTrending:\nRaiders' Day 2 "
            "targets\nDeadliest day yet\n\nNews\n\nPolitics\n\n"
            "Joe Biden predicts Trump will try to delay elections\n\nShare this:\n"
            "Click to share on Facebook (Opens in new window)\n"
            "Click to share on Twitter (Opens in new window)\n"
            "Click to email this to a friend (Opens in new window)\n"
            "Click to print (Opens in new window)\n\nBy CNN.com\nBy Kate Sullivan\n"
            "PUBLISHED: April 24, 2020 at 9:11 a.m.\n\n"
            "Joe Biden said Thursday he believes Donald Trump will try to delay the elections in "
            "November, an idea the president's campaign dismissed as a conspiracy theory.\n\n"
            "Trump cannot change the date of the election on his own, as it has been set by "
            "federal law since the nineteenth century and would need Congress to move it.\n")
    title = article_from_text("x", "x", text).title
    assert title == "Joe Biden predicts Trump will try to delay elections"


@pytest.mark.parametrize("above, below, title", [
    # under the headline, a picture's caption that opens with its first words, cut off
    ("Harbour bridge closed after 'serious' cracks found in two main supports",
     "Harbour bridge closed after 'serious' cracks",
     "Harbour bridge closed after 'serious' cracks found in two main supports"),
    # under a copy of the headline with a word added (a picture's alt text), the headline
    ("Harbour bridge closed after cracks found in supports image",
     "Harbour bridge closed after cracks found in supports",
     "Harbour bridge closed after cracks found in supports")])
def test_a_line_that_opens_with_the_words_of_the_line_above_it(above, below, title):
    text = (f"Home\nNews\nLocal\n\n{above}\n\n"
            "The old bridge will stay shut for months, engineers say.\n\n"
            f"{below}\nEngineers inspect the north pier of the bridge on Monday.\n\n"
            "By Ann Lee\n\n19 Jul 2013\n\n"
            "The city council closed the old harbour bridge to all traffic on Tuesday, after "
            "engineers found cracks in two of its main supports during a routine inspection.\n\n"
            "The bridge carries some 20,000 vehicles a day, and local businesses warned that "
            "the closure would push traffic onto narrow streets in the old town.\n")
    assert article_from_text("x", "x", text).title == title


def test_a_box_of_another_story_inside_the_article_is_not_its_headline():
    # a teaser of another story, with its own byline, after the article's first paragraphs
    paragraphs = [
        "The congressman's shock retirement, revealed just 30 hours before the filing deadline, "
        "has left party officials in the west of the state grumbling about its timing.",
        "The four-term congressman will leave the House for a role with the administration that "
        "has not yet been defined, his office said in a statement on Thursday afternoon.",
        "Later that day came a campaign launch by a local party activist and a friend of his "
        "wife, who had filed her papers within hours of his announcement to the press.",
        "Party members in the state quickly speculated that she had advance notice of his plans, "
        "which both of them have denied in interviews with local newspapers and radio stations.",
        "Online records showed that her campaign's website had been registered weeks before, "
        "long before anyone outside his family could have known of his decision to leave.",
    ]
    text = ("Elections\n\nCongressman accused of timing retirement to help elect wife's friend\n\n"
            "By ALLY MUTNICK\n12/30/2019 05:03 AM EST\n\n" + "\n\n".join(paragraphs[:4])
            + "\n\nFirst in Playbook: Congressman to leave the House, plus what the leader will "
              "say\n\nBy JAKE SHERMAN and ANNA PALMER\n\n" + paragraphs[4] + "\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Congressman accused of timing retirement to help elect wife's friend"
    assert paragraphs[0] in article.body


def test_a_menu_of_teasers_far_above_the_signed_story_is_not_the_story():
    # a site's drop-down menu shows a long teaser of a featured story under each section:
    # prose with no byline or date, seven and more menu lines away from the article's header
    teaser = ("Long summer evenings on the coast are perhaps the finest reward of the season, and "
              "every year more families pack up the car and drive out to the towns along the "
              "shore, where the hotels fill early and the restaurants stay open late. ") * 2
    menu = "\n".join(["Travel Guides", "Weddings", "Books and Authors", "Food and Drink",
                      "Home and Garden", "Shopping Deals", "Politics & Social Issues", "Video",
                      "Your Account", "Newsletter", "Help", "Gift Subscriptions", "Sweepstakes"])
    story = [
        "When the harbour master retired last spring, the port's board chose a fisherman's "
        "daughter who had spent twenty years running the town's ferry service.",
        "She has since rebuilt the pier, hired six new pilots and opened the harbour office to "
        "visitors on Saturdays, the board said in its annual report on Monday.",
        "Local traders say the changes have brought more boats into the harbour than in any "
        "year since the fish market closed, and they expect the summer to be busier still.",
        "The board will decide in the autumn whether to extend her contract for another five "
        "years, and its chairman said on Monday that he saw no reason why it should not.",
    ]
    text = (f"Travel\nSee all Travel\n\nThe Best Summer Weekends on the Coast\n{teaser}\n\n{menu}\n\n"
            "1. Home\n2. Local\n\nA Fisherman's Daughter Takes Charge of the Harbour\n\n"
            "By Jane Doe\nOct 13, 2020 @ 4:48 pm\nAdvertisement\n\n" + "\n\n".join(story) + "\n")
    article = article_from_text("x", "x", text)
    assert article.title == "A Fisherman's Daughter Takes Charge of the Harbour"
    assert article.date == date(2020, 10, 13)
    assert story[0] in article.body and "Long summer evenings" not in article.body


def test_a_box_of_dated_teasers_inside_the_article_does_not_cut_its_opening():
    first = ["In the summer of 1898 a chemist in London found a gas that glowed a fiery red when an "
             "electric current passed through it, and he named it after the Greek word for new.",
             "Within two decades the glowing tubes had left the laboratory for the boulevards of "
             "Paris, where cafes and theatres hung them over their doors to draw the crowds.",
             "A new book, just translated into English, follows the tubes from those first cafes "
             "to the motels and diners of the American highway in the years after the war."]
    box = "\n\n".join(f"{headline}\n1. {name}\n{day}" for headline, name, day in [
        ("Remembering the City's Most Famous Sign", "Mark Byrne", "Jul 17, 2014"),
        ("An Ode to the Dead Shopping Mall", "Tanvi Mistry", "Mar 9, 2018"),
        ("The Twists and Turns of Making a Sign", "Linda Poole", "Aug 23, 2017")])
    rest = ["Of course, the very quality that made the tubes a poor choice for lighting a room made "
            "them perfect for advertising: they could be seen from far away, day and night.",
            "In the following decades their steady glow and bright colours turned ordinary shops "
            "into landmarks, and whole streets in Tokyo and Las Vegas were lit by nothing else.",
            "Businesses were not alone in using the signs to spread a message: governments hung "
            "slogans in red letters over squares and factories from Moscow to Shanghai.",
            "Around the same time the tubes began to give way to cheaper plastic signs lit from "
            "behind by fluorescent lamps, which needed no glass bender to make them.",
            "Today the few craftsmen left are teaching a new generation, and museums in Berlin "
            "and Los Angeles collect the old signs that cities once threw away."]
    more = (" The author, a historian of design, spent ten years in archives on three continents, "
            "and her account of the trade, its craftsmen and its customers is the fullest yet.")
    text = ("Why Neon Is the Symbol of a Century\n\n" + "\n\n".join(p + more for p in first)
            + "\n\nRecommended\n\n" + box + "\n\n" + "\n\n".join(p + more for p in rest) + "\n")
    body = article_from_text("x", "x", text).body
    assert first[0] in body and rest[0] in body


@pytest.mark.parametrize("byline, note, is_note", [
    ("By Evan HalperStaff Writer", "Evan Halper writes about a broad range of policy issues out of "
     "Washington, with particular emphasis on how the capital deals with California.", True),
    ("By Ann Lee", "Ann Lee is a professor at a law school and the author of a book on "
     "how to fix our politics and unite the country.", True),
    # the story's last paragraph about someone other than its author stays
    ("By Ann Lee", "Tom Reid is a professor at a law school and said the ruling would be "
     "appealed before the end of the month.", False),
])
def test_a_note_on_the_bylines_author_below_the_story_is_not_the_story(byline, note, is_note):
    story = ["The city council voted on Tuesday to close the old harbour bridge to cars from "
             "next spring, after engineers warned that its piers could no longer bear the load.",
             "Buses and bicycles will still be allowed to cross, and the council said a new "
             "bridge would be built further upstream within the next five years.",
             "Shop owners on both banks said they feared losing customers during the works, and "
             "asked the council to pay for free parking near the bridge until it reopens."]
    text = (f"Council closes the harbour bridge to cars\n\n{byline}\nMarch 3, 2026\n\n"
            + "\n\n".join(story) + f"\n\n{note}\n\nShow Comments\n")
    body = article_from_text("x", "x", text).body
    assert story[-1] in body
    assert (note not in body) is is_note


def test_a_last_edited_date_in_the_footer_when_the_page_has_no_other():
    more = "".join(f"Step {n}: download the installer for your system from the project's site, run it "
                   "and follow what it asks, then check that the toolkit starts from a terminal.\n\n"
                   for n in range(1, 7))
    page = ("Downloading the toolkit\n\n" + STORY + more
            + "\nGuides/Download (last edited 2019-11-10 13:28:18 by a volunteer)\n"
              "Unable to edit the page? See the FrontPage for instructions.\n")
    assert article_from_text("x", "x", page).date == date(2019, 11, 10)
    # two pages' edits (a list of recent changes) say nothing of this one's day
    two = page.replace("Unable", "Guides/Install (last edited 2019-12-01 09:00:00 by a volunteer)\nUnable")
    assert article_from_text("x", "x", two).date is None


def test_a_date_set_apart_by_bullets_from_the_byline_in_the_header():
    text = ("Podcast\nStore\nSearch\n\n"
            "Tokyo Noodle Bar: Hot Broth and Fresh Noodles Welcome to the Ramen Capital of the "
            "North\n\nFebruary 4, 2020 • words written by Jane Doe • Art by John Roe\n\n"
            "Do you like ramen? There are all different kinds, from the thin noodles you see in "
            "the south to the thick ones you can find in the north of the country.\n\n"
            "To be honest, I am not a big fan. Even when I cook at home, I leave out the noodles "
            "and double the vegetables, which my family finds strange.\n\n"
            "However, a recent trip to a small shop in the north, where we stopped during our "
            "winter tour, changed my view of the dish completely.\n")
    assert article_from_text("x", "x", text).date == date(2020, 2, 4)


@pytest.mark.parametrize("heading", ["{ 38 comments… read them below or add one }",
                                     "11 responses to “The Loneliest Woman in the World”"])
def test_long_comments_under_a_counted_heading_do_not_outweigh_a_short_post(heading):
    post = ("I’m not much of a metal fan these days, but I dabbled in high school. I heard about "
            "this list on the radio this morning and had to look it up, and it is bound to start "
            "a few arguments among the readers of this blog.")
    comment = ("This list is nonsense just because my favourite singer is not on it, and that is "
               "not to mention the names that are on it but should never have been, frankly. ")
    comments = "\n\n".join(f"Reader{n} June {n}, 2015 at 10:25 pm\n{comment * 3}"
                           for n in range(1, 9))
    text = ("About Us\nInterviews\nSubscribe\n\nThe Top 100 Metal Vocalists of All Time\n\n"
            f"by oz on December 4, 2006\n\n{post}\n\n"
            + "\n".join(f"{n:02d}. Singer Number{n}" for n in range(1, 41))
            + f"\n\nTweet\n\n{heading}\n\n{comments}\n")
    article = article_from_text("x", "x", text)
    assert post in article.body and comment.strip() not in article.body
    assert article.date == date(2006, 12, 4)


@pytest.mark.parametrize("heading", ["COMMENTS", "4 comments"])
def test_comments_with_reply_buttons_are_walled_off_high_on_a_long_page(heading):
    # the page's tail (other stories, a site map) is long, so the heading stands in its first
    # third; the comments' "Reply" buttons say what it heads
    story = ["The city council voted on Tuesday to close the old harbour bridge to cars from "
             "next spring, after engineers found cracks in two of its main supports.",
             "The bridge carries some 20,000 vehicles a day, and local businesses warned that "
             "the closure would push traffic onto narrow streets in the old town.",
             "The council said a ferry service would run every ten minutes during the works, "
             "which are expected to last at least eighteen months and cost about $40 million."]
    comment = ("I drive over that bridge every single day and nobody ever told us anything about "
               "cracks, so I would like to know how long the council has known about this and "
               "why the repairs were not started years ago when they would have been cheaper. ")
    comments = "\n\n".join(f"Posted Tuesday 4th June 2013 1{n}:42 GMT\nReader{n}\nReport abuse\n"
                           f"Reply\n\n{comment * 2}I have lived here for {n + 20} years."
                           for n in range(4))
    tail = "\n".join(f"Another story headline number {n}" for n in range(120))
    text = ("Home\nNews\nSport\n\nHarbour bridge to close to cars for repairs\n\n"
            "By Ann Lee, 4th June 2013\n\n" + "\n\n".join(story)
            + f"\n\n{heading}\n\nPost your comment\n\n{comments}\n\n{tail}\n")
    body = article_from_text("x", "x", text).body
    assert all(paragraph in body for paragraph in story) and comment.strip() not in body


def test_a_paragraph_after_a_blank_line_below_an_image_file_is_the_story():
    opening = ("I am glad that the media noticed my brief take on the situation in France, my "
               "adopted country, which has been experiencing a series of mass protests for weeks.")
    text = ("Menu\n\nYellow Vests and I\n\nDecember 4, 2018\nimage1-3.jpeg\n\n" + opening + "\n\n"
            + TALKS + "\nSome followers accused me of throwing support behind the riots and not "
            "understanding the problem, which is far from what I wrote in my first post.\n")
    assert opening in article_from_text("x", "x", text).body


def test_a_deck_under_the_headline_above_the_byline_is_the_articles():
    deck = ("Penalties for those who refuse to self-isolate are to be increased to a maximum of "
            "£10,000 for repeat offenders")
    text = ("Not registered? Register here\nNewsUK\n\n"
            "Turkey, Poland and three Caribbean islands added to UK quarantine list\n\n"
            f"{deck}\nClose\nBy\nApril Roach\n01 October 2020\n\n"
            "Turkey, Poland and the Caribbean islands of Bonaire, St Eustatius and Saba have been "
            "removed from the Government’s list of travel corridors.\n\n"
            "Travellers arriving in the UK from those places after 4am on Saturday must "
            "self-isolate for 14 days, Transport Secretary Grant Shapps said on Thursday.\n\n"
            "Mr Shapps said on Twitter that the latest data showed the three places had to be "
            "removed from the list, and that more changes could follow next week.\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Turkey, Poland and three Caribbean islands added to UK quarantine list"
    assert deck in article.body


def test_a_breadcrumb_trail_above_the_headline_is_not_the_first_of_two_title_lines():
    text = ("ET Prime\nMarkets\n\nBusiness News › Tech ›Hardware\n\n"
            "The iPhone SE is in India, here's all we know\n\n"
            "CAPTION: The latest iPhone from Apple is not what you would expect, a successor to "
            "the 2016 model, but it is a massive upgrade on the phone it is built to look like.\n\n"
            "1/5\n\nCAPTION: First off, its form factor is a surprise: a small screen in a body "
            "that looks like a phone from 2017, with a home button and thick bezels.\n")
    assert article_from_text("x", "x", text).title == "The iPhone SE is in India, here's all we know"


def test_a_breadcrumb_trail_in_pipes_from_home_is_not_the_headline():
    # "Home | Section | Report": a trail that ends on a section's page, as "»" trails do
    menu = "\n".join(["HOME", "CITY", "WORLD", "MONEY", "SPORT", "CINEMA", "OPINION"])
    sections = "\n".join(["Star Track", "Fan Mail", "Box Office", "Photo Gallery", "Quick Poll"])
    text = (f"Open this page in a new tab | Close frame\n\n{menu}\n\n{sections}\n\nCinema\n\n"
            "Home | Cinema Stars | Report\n\nGet updates on your mobile: text FILM to 80808\n\n"
            "Two cinema stars to appear in a harbour town musical\nPTI\n"
            "Thursday, March 12, 2009 10:40 IST\nPrint Mail Comment Save Font size\n"
            "Share it\nAdd to list\n\n"
            "DELHI: A producer has signed two cinema stars to appear in his next musical, set in "
            "a small harbour town, he told reporters on Wednesday at the studio.\n\n"
            "The musical will be shot over the summer, and the producer said the cast would be "
            "announced in full before the end of the month.\n"
            "Home | Cinema\nLatest in Cinema:\nSinger breaks record at the box office\n"
            "Actor thrilled to star with new cast\n\nPrint Article\nEmail Article\n"
            "Post Comment\n\nTOP IN Cinema\nSinger breaks record at the box office\n"
            "When the actor broke down\n")
    assert article_from_text("x", "x", text).title == \
        "Two cinema stars to appear in a harbour town musical"

def test_a_section_label_ending_in_a_separator_over_the_headline_is_not_the_title():
    # the page's <h1> reads "Transport | Harbour ferry fares to double ...", split by the dump
    # into a label ending in "|" and the headline; the label recurs on the page as a menu
    # entry, and a line of the site's prose stands between the two
    menu = "".join(f"Transport |\nTeaser number {n} about buses\n\n" for n in range(4))
    story = " ".join(["The harbour ferry will cost twice as much from March, the city council "
                      "decided on Tuesday after a long debate about the service's losses."] * 3)
    text = (f"Transport\n\n{menu}Our news is based on facts verified by our reporters.\n\n"
            "Transport |\nHarbour ferry fares to double in March, council decides after "
            "losses. ‘We had no choice.’\n\nCommuters face a steep rise for the daily "
            "crossing\n\nBy Jo Smith | City News Group\nPUBLISHED: November 8, 2023 at 5:49 p.m."
            f"\n\n{story}\n\n{story}\n")
    assert article_from_text("x", "x", text).title.startswith("Harbour ferry fares to double")


def test_headlines_glued_into_one_long_title_case_line_are_not_the_story():
    # a ticker of teasers under each section, glued together by the scrape: long lines, but
    # lists of Title Case headlines with no sentence, not prose that opens the article
    towns = ["Northern", "Southern", "Eastern", "Western", "Coastal", "Inland", "Upper", "Lower"]
    sections = "".join(
        f"* Mayor Opens New Bridge Over River In {town} TownLocal Team Wins Cup After {n + 2} "
        f"Years Of Waiting: CoachPrices Of Bread And Milk Rise Again In {town} Markets As "
        f"Farmers ProtestNew Rail Line To Link {town} Ports By Next Summer\n* Section {n}\n"
        for n, town in enumerate(towns))
    story = ("The regional council approved the budget on Monday after a vote of nine to four, "
             "ending a dispute that had delayed road repairs across the district for months.")
    text = (f"Site Logo\n\nHome\n{sections}\n"
            f"Council passes budget after months of dispute\n\nBy Ann Lee\nSeptember 24, 2020\n\n"
            f"{story}\n\n{story}\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Council passes budget after months of dispute"
    assert "Mayor Opens" not in article.body


def test_the_date_under_an_embedded_post_is_not_the_articles():
    story = ("Shoppers have noticed that the same actress appears in three Christmas adverts "
             "this year, and many of them have shared their surprise online in recent days.")
    text = ("Hannah Rowe is in every Christmas advert\n\nBy John Plunkett. Updated November 3rd, "
            f"2023\n\n{story}\n\nThe star is back in our new advert, see it tonight at 8pm\n"
            "— A Store (@astore) November 1, 2023\n\n"
            f"{story} {story}\n\nShe is everywhere this year\n— Rachel (@rach) November 2, 2023"
            f"\n\n{story}\n")
    assert article_from_text("x", "x", text).date == date(2023, 11, 3)


def test_of_a_headline_and_its_deck_both_shown_twice_the_first_is_the_headline():
    # the page shows both lines again below the story (a "read next" box of its own); the deck
    # shares as many words with the story as the headline does
    head, deck = "Body found on popular beach", "The woman's identity is not known, say police"
    story = ("Police were called to the beach on Wednesday morning after a body was found near "
             "the pier, and officers said the woman's identity is not yet known to them.")
    text = (f"1. Home\n2. News\n3. Penarth\n\nNews\n\n{head}\n\n{deck}\n\nsite\nBookmark\n"
            f"Share\n\nNews\nBy\nBen Sommer Reporter\n12:39, 2 NOV 2023\n\nBookmark\n\n"
            f"{story}\n\n{story}\n\nMore news\n\n{head}\n\n{deck}\n")
    assert article_from_text("x", "x", text).title == head


def test_a_sidebar_of_readers_comments_above_the_story_is_not_its_start():
    # a site's sidebar (its latest readers' comments: long lines of prose, then lists of other
    # stories) stands above the story; the story's headline is a sentence with a full stop,
    # dated under it with an ordinal day ("9th January 2008")
    comments = "\n".join(
        f"{name} on {topic}: I have tried this on two machines at home and it never worked for "
        "me, whatever the guide says, so I went back …"
        for name, topic in [("Ann Lee", "Dual boot guide"), ("Bo Chan", "New tablets"),
                            ("Cy Dow", "Browser wars"), ("Di Eno", "Broadband prices")])
    others = "\n".join(["How to install two operating systems on one disk, a step-by-step guide",
                        "It's a PC world out there: learn to deal with it, says the analyst",
                        "The old system is to be phased out by the end of the year",
                        "Are the new laptops too hip for the office workers who use PCs?"])
    story = ("The company today announced faster desktop machines, a week before its larger "
             "product announcements at the trade show in San Francisco, and said they ship now."
             "\n\nThe new machines are twice as fast as the old ones, the company claims, though "
             "they still lack an optical drive that many of its professional users had asked for."
             "\n\nWhether many programs can use eight processor cores at once is another "
             "question, and the servers that were updated today are aimed at a smaller market."
             "\n\nBoth lines are on sale from today in every country where the company sells its "
             "computers, with prices that start a little lower than those of last year's models.")
    top = "\n".join(["Pirates crack the activation server of a popular operating system",
                     "Browser maker pledges it will not switch its rival's users by force",
                     "A definitive guide to running Linux beside two other systems",
                     "Telecom giant pushes its network as bigger but stays mum on prices"])
    text = (f"Home\nReviews\nHardware\n\nLatest Comments\n\n{comments}\n\nMost Discussed\n\n"
            f"{others}\n\nTop Stories\n\n{top}\n\n"
            "Maker updates desktops and servers, doubles performance.\n\n"
            f"9th January 2008\nDana Gore\nHardware\n\n{story}\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Maker updates desktops and servers, doubles performance."
    assert article.date == date(2008, 1, 9)
    assert "Ann Lee" not in article.body


def test_captions_of_a_gallery_over_the_headline_are_not_the_story_and_not_its_title():
    # a gallery's captions, its controls, then the headline, the deck, the byline and the date
    story = ("At the trade show, a maker launched a new small laptop. The success of a rival's "
             "machine has sparked a worldwide taste for light and portable computers.\n\n"
             "While the thin model weighs more than a kilogram and costs a great deal, the new "
             "budget machine is lighter still and will cost around a fifth of the price.\n\n"
             "Weighing just 910g, the small machine is marginally lighter than its rival, and "
             "its battery lasts five hours on one charge, two more than the other one manages.")
    text = ("Computer Hardware News\n\nNewsComputing Computer Hardware\n\n"
            "The budget machine sits alongside its rival in the new generation of small laptops"
            "\n\nThe thin model may be the world's thinnest laptop, but it's no small laptop\n"
            "zoom\npreviousnext\n1 2\n\nDo small laptops threaten the thin model?\n\n"
            "Two makers offer budget options\n\nJames Rivers\n\n16 Jan 2008 12:25 GMT\n\n"
            f"{story}\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Do small laptops threaten the thin model?"
    assert "sits alongside its rival" not in article.body


def test_a_kicker_a_dated_source_line_and_a_discuss_prompt_around_the_headline():
    story = ("The home side finished its three-game road trip with a visit to the capital, and "
             "fell behind early in the play to end up losing 5-3 this afternoon.\n\n"
             "The hosts opened the scoring in the first period when two forwards connected "
             "within eight minutes of each other to take a 2-0 lead into the break.\n\n"
             "A third goal, shorthanded, ended the frame at 3-0, and the visitors never "
             "recovered despite two late goals from their captain in the final period.")
    text = ("Team Press Releases\nLeague Press Releases\nTryouts Submission\n\n"
            "Mississauga Majors\nSlow Start Cost the Majors in Ottawa\n"
            "01/13/08 - Ontario Hockey League (OHL) Mississauga Majors\n"
            "• Discuss this story on the Ontario Hockey League message board...\n\n"
            f"{story}\n\n• Discuss this story on the Ontario Hockey League message board...\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Slow Start Cost the Majors in Ottawa"
    assert article.date == date(2008, 1, 13)


def test_a_headline_that_opens_with_search_for_is_no_search_box():
    story = ("UCLA officials, who were down to two candidates for the head coach job, are "
             "exploring other possibilities, sources familiar with the search said.\n\n"
             "One candidate, an assistant who was interviewed two weeks ago, will meet the "
             "chancellor to discuss the post again before the end of the week, they said.")
    text = ("Search for: Search\n\nHome Delivery Customer Support Subscribe\n\n"
            "UCLA FOOTBALL REPORT\n\nSearch for coach expands\n\n"
            f"By Chris Foster, Staff Writer\nDecember 29, 2007\n\n{story}\n")
    assert article_from_text("x", "x", text).title == "Search for coach expands"


def test_a_blog_post_signed_with_its_date_at_its_foot():
    story = ("After driving the larger sedan, I have no doubt that the maker can build a proper "
             "luxury car, but will people pay for one with this badge on its nose?\n\n"
             "Everyone who saw the car thought it was great, until they heard the price and all "
             "said the same thing about what else they could buy for that kind of money.\n\n"
             "Have a look at the car in my photo gallery, and tell me your take on it in the "
             "comments below, as always. -- Aaron Gold")
    text = (f"Home\nCars\nReviews\n\nFirst drive: the new sedan\n\n{story}\n"
            "Tuesday January 8, 2008 | comments (22)\n\nEmail to a Friend\n"
            "Printable version | Send it to a friend | Clip\n")
    article = article_from_text("x", "x", text)
    assert article.date == date(2008, 1, 8)
    assert "Printable version" not in article.body


def test_a_picture_captioned_twice_and_a_deck_over_the_byline_are_not_the_headline():
    story = ("If you want to spend some of your spare money on an hour and a half of enjoyable, "
             "freewheeling fun, this comedy just might be your ticket this weekend.\n\n"
             "The film follows three women who work at a bank and find a way to take home the "
             "old notes that are meant to be shredded, with the results you would expect.\n\n"
             "The lead is engaging throughout, and the cast around her keeps the pace up even "
             "when the story runs out of ideas in the last half hour of the film.")
    text = ("entertainment\n\nMore\n\nKatie Holmes in \"Mad Money\"\n\nOverture Films Image\n\n"
            "Katie Holmes in \"Mad Money\"\n\nTHE MOVIES\n\n"
            "Features: Interviews With Actors, Filmmakers\n\n"
            "Review: 'Mad Money' Cashes In On Cast\n\nDiane Keaton Engaging In Lead Role\n\n"
            "By Michelle Solomon, Entertainment Writer\n\n"
            f"POSTED: 9:07 pm PST January 17, 2008\n\n{story}\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Review: 'Mad Money' Cashes In On Cast"
    assert "Overture Films Image" not in article.body


def test_a_date_written_before_the_headline_on_its_line_is_not_the_title():
    story = ("The presenter has had his bank details stolen after he printed them in his "
             "newspaper column to prove that the loss of data by the government was no risk.\n\n"
             "He wrote that all anyone could do with them was put money into his account, but "
             "a reader set up a direct debit to a charity for five hundred pounds instead.")
    text = f"News\n\nWednesday, 09 January 2008 Jeremy Clarkson ripped off\n\n{story}\n"
    article = article_from_text("x", "x", text)
    assert (article.title, article.date) == ("Jeremy Clarkson ripped off", date(2008, 1, 9))


@pytest.mark.parametrize("headline", ["Lassen: There's much to learn about Illinois",
                                      "THE ROLLING STONES - STONES QUIT EMI FOR UNIVERSAL"])
def test_a_datelined_first_line_is_the_story_not_its_headline(headline):
    story = ("OK, some of you are probably saying that you know the state, the one next to "
             "Indiana where the motto is vote early and often, and where the big city is.\n\n"
             "So let me be more specific: meet the university's football team, which plays in "
             "the bowl game here on New Year's Day against a team that has won it before.")
    caption = ("Illinois senior linebacker J Leman deplanes at Los Angeles International Airport "
               "on Tuesday. The team plays on New Year's Day.")
    text = (f"Home › Sports\n\n{headline}\n\nBy David Lassen (Contact)\n"
            f"Thursday, December 27, 2007\n{caption}\n\nPhoto by Mark Jones\nAP\n\n{caption}\n\n"
            "related links STORY TOOLS\n\nE-mail story\nComments\niPod friendly\n"
            "Printer friendly\nDigg!\n\nrelated links More from Sports\n\n"
            "Former rivals courting new challenges\nMaking golf fun to learn, play\n"
            f"Baseball summoned to answer again\n\nANAHEIM — So, meet Illinois.\n\n{story}\n")
    assert article_from_text("x", "x", text).title == headline


def test_readers_comments_under_what_you_think_are_not_the_story_however_short_it_is():
    story = ("The club's manager has confirmed his interest in signing the veteran midfielder "
             "from their rivals, with a bid of two million pounds expected within days.\n\n"
             "Another club appeared to be leading the chase to sign the 33-year-old former "
             "international, but the manager told a local paper he would not be put off at all.\n\n"
             "\"He is a player I like, and I am interested in him, and I would like to bring "
             "someone of his experience to the dressing room,\" the manager said on Friday.\n\n"
             "\"I know people look at his character, but he is a better player than people "
             "give him credit for, and he would help us,\" he added.\n\n"
             "The midfielder has played more than four hundred league games in his career and "
             "was capped many times by his country before he retired from international football.")
    others = "\n".join(f"Other story number {n} about the club (Monday January {n} 2008)"
                       for n in range(1, 25))
    comments = "\n".join(
        f"{who}: I think he is going to the other club in the end, there is a rumour going "
        "around that they have agreed a fee already and that he has spoken to their manager, "
        "so we will see what happens when the window opens next week."
        for who in ("Sav fan", "Durks", "MikeyG", "Da Man", "Blue Army", "Ewood Ender"))
    text = (f"Derby Confirm Savage Interest\n\n{story}\n\nWriter: Hughes Da Man\n"
            f"Date: Sunday January 6 2008\n\nOther Recent Articles...\n{others}\n\n"
            f"What you think...\n\n{comments}\n\nLogin to have your say here\n")
    article = article_from_text("x", "x", text)
    assert "confirmed his interest" in article.body
    assert "rumour going around" not in article.body


def test_a_date_line_under_the_story_with_no_year_is_no_date():
    # (a date line's role without a date of a known year: nothing to read, and no failure)
    text = ("The NATO secretary-general said the alliance would meet again in the spring to "
            "discuss its plans for the eastern flank and the money its members spend.\n"
            "08.07.24, 20:41\n")
    article_from_text("x", "x", text)


def test_a_text_with_one_sentence_a_line_is_read_as_paragraphs():
    # written for this test in the shape of a dataset's export: each sentence on its own line,
    # the paragraphs apart by blank lines; a quotation runs over three of the lines
    text = ("Former minister Ana Ruiz criticised the visit on Wednesday.\n"
            "She spoke to a radio station in the capital.\n\n"
            "\u201cI think the prime minister is taking a large risk by hosting him.\n"
            "If he gives way on the tariffs, it will hurt him badly.\n"
            "It is a big mistake on his part.\u201d\n\n"
            "\u201cIt is a desperate move,\u201d she added.\n"
            "\u201cI don\u2019t see how it can work at all.\u201d\n\n"
            "The prime minister\u2019s office did not comment.\n"
            "A spokesman said the talks would go ahead.\n")
    article = article_from_text("a.txt", "a.txt", text)
    said = {q.quote.rstrip("."): q.speaker for q in article.quotes if q.kind == "direct"}
    assert said["I think the prime minister is taking a large risk by hosting him. If he gives "
                "way on the tariffs, it will hurt him badly. It is a big mistake on his part"] \
        == "Ana Ruiz"
    assert said["It is a desperate move"] == "Ana Ruiz"
    assert ("Former minister Ana Ruiz criticised the visit on Wednesday. She spoke to a radio "
            "station in the capital.") in article.body.split("\n\n")


def test_one_sentence_a_line_joins_short_sentences_and_a_split_after_initials():
    # the same shape: a sentence of three words inside a quotation, and a sentence the
    # export cut after "U.S." (its last line opens in lower case)
    text = ("Sheriff Dan Moore of Hill County backs the lawsuit.\n"
            "He spoke on Tuesday.\n\n"
            "\u201cI think this is overdue,\u201d Moore said of the lawsuit.\n"
            "\u201cWe are all tired.\n"
            "I swore to uphold the law, like every sheriff in this state.\u201d\n\n"
            "\u201cIf the attorney general has a problem he should raise it with the U.S.\n"
            "attorney,\u201d lawyer Ann Bell said.\n")
    article = article_from_text("a.txt", "a.txt", text)
    said = {q.quote.rstrip(".,"): q.speaker for q in article.quotes if q.kind == "direct"}
    assert said["We are all tired. I swore to uphold the law, like every sheriff in this "
                "state"] == "Dan Moore"
    assert said["If the attorney general has a problem he should raise it with the U.S. "
                "attorney"] == "Ann Bell"


def test_a_script_run_into_the_top_of_the_page_is_no_headline():
    # (written for this test in the shape of a 2008 station page: its e-mail check and date
    # writer left in the text by the scrape, above the menu)
    script = ("= sLength) || (s.charAt(i) != \"@\")) return false; else i += 2; while ((i < "
              "sLength) && (s.charAt(i) != \".\")) { i++ } if ((i >= sLength - 1) || "
              "(s.charAt(i) != \".\")) return false; else return true; } function writeDate(){ "
              "var d=new Date() var days=new Array(\"Sunday\",\"Monday\",\"Tuesday\") "
              "document.write(days[d.getDay()] + \" \") document.write(d.getDate() + \", \") "
              "document.write(d.getFullYear()) } function swapImage() { var i,x,a=document.sr; "
              "for(i=0;a&&i<a.length;i++) x.src=x.oSrc; }")
    headline = "Japan and Australia sign a new security pact"
    text = (script + "\n\nJanuary 20, 2008\n- Perth, Australia\nSearch\nNews\nWeather\n"
            "Sports\nFeatures\nLocal & Regional\nNational & World\nBusiness\nHealth\n\n"
            f"{headline}\n\n{headline}\n\nThe two ministers shake hands after the talks in "
            "Perth on Saturday, Jan. 19, 2008.\n\n"
            "Story Published: Jan 19, 2008 at 8:29 AM PST\n\nBy Associated Press\n\n" + STORY)
    article = article_from_text("x", "x", text)
    assert article.title == headline
    assert "sLength" not in article.body


def test_the_headline_under_its_trail_beats_the_deck_below_the_toolbar():
    # the trail's last step is the headline; the story's toolbar, then a long deck, a date and
    # a byline stand between it and the story
    headline = "Japan and Australia sign a new security pact"
    text = ("HOME NEWS BUSINESS SPORTS\nWorld | Asia | Pacific\n"
            f"Daily Times | News | {headline}\n{headline}\nEmail Story\nPrint\n"
            "Text Size Text Size Choose text size\nReport Typo\nShare this\n\n"
            "Defence ministers of Japan and Australia among those agreeing to let forces train "
            "together\nJan 19, 2008 04:30 AM\nBy Jane Doe, staff reporter\n\n" + STORY)
    article = article_from_text("x", "x", text)
    assert article.title == headline


def test_another_storys_teaser_cut_short_over_its_more_link_is_not_the_story():
    # a sidebar's teaser, its last words cut with an ellipsis and a "[ more ]" link under it,
    # above the page's own story and its header
    headline = "Japan and Australia sign a new security pact"
    text = ("News\n\nphoto\n\nFerry runs aground off the coast\n\nA passenger ferry ran "
            "aground on Tuesday and two of its crew were hurt when the storm pushed the...\n"
            "[ more ]\n\nRates stay on hold for another month\nCrowds mourn the mayor\n\n"
            f"More on the network\n\n{headline}\n\nThe deal lets their forces train together\n"
            "\nCanWest News Service\n\nPublished: Wednesday, January 09, 2008\n\n" + STORY)
    article = article_from_text("x", "x", text)
    assert article.title == headline
    assert "storm pushed" not in article.body


def test_a_page_whose_paragraphs_are_lines_keeps_its_lines():
    # lines of a menu and a list of notices beside the story's: not one sentence a line
    text = ("Home\nWorld\nPolitics\nSport\n\n" + STORY
            + "Sign up to our newsletter today.\nRead our privacy policy here.\n\n"
            "Most read\nTalks collapse\nMarkets fall\n\n"
            "Share this story with a friend.\nFollow us on social media for more.\n\n"
            "Contact us\nAbout us\nCareers\n")
    from nato_search.cleaning import join_sentence_lines
    assert join_sentence_lines(text) == text


def test_a_breadcrumb_naming_the_list_of_other_stories_is_not_the_headline():
    # the breadcrumb's last step ("More World News") heads the list under the story too: no
    # copy of the page's title; the headline is the line over the date and the byline
    text = ("PICK YOUR EDITION: North | South\n\nNewsDesk Home | More World News\n\n"
            "Japan and Australia sign a new security pact\n\n1/14/2008, 8:34 a.m. EST\n"
            "The Associated Press\n\n" + STORY + "Print This E-mail This\nMORE WORLD NEWS\n\n"
            "• Markets fall as talks stall 3:11 a.m. ET\n\n• Storm hits the coast 1:55 a.m. ET\n")
    article = article_from_text("a.txt", "a.txt", text)
    assert article.title == "Japan and Australia sign a new security pact"


@pytest.mark.parametrize("heading", ["More National News", "MORE TOP STORIES",
                                     "More Business Headlines"])
def test_a_heading_of_more_stories_ends_the_article(heading):
    cleaned = clean_blocks("Japan and Australia sign a new security pact\n\n" + STORY + heading
                           + "\n\nMarkets fall as talks stall in the capital this week\n")
    assert "Markets fall" not in cleaned.body


def test_a_date_under_a_label_of_the_sites_own_with_an_american_zone():
    # "Article Launched:" is no label the reader knows; the stamp's time and zone say it is
    # the page's date, and a US zone reads 01/09 month first
    text = ("Sports\n\nJapan and Australia sign a new security pact\nBy Jane Doe, Staff Writer\n"
            "Article Launched: 01/09/2008 09:37:25 PM PST\n\n" + STORY)
    article = article_from_text("a.txt", "a.txt", text)
    assert article.date == date(2008, 1, 9)
    assert "Article Launched" not in article.body


@pytest.mark.parametrize(("stamp", "day"), [
    ("By Jane Doe | Monday | 07/01/2008", date(2008, 1, 7)),  # January 7, 2008: a Monday
    ("By Jane Doe | Tuesday | 07/01/2008", date(2008, 7, 1)),  # July 1, 2008: a Tuesday
    ("By Jane Doe | Tue. 07/01/2008", date(2008, 7, 1)),
    ("By Jane Doe | Le Monde | 07/01/2008", None),  # no weekday: "Monde" names none
])
def test_a_weekday_beside_a_numeric_date_tells_which_number_is_the_month(stamp, day):
    text = f"Business\n\nJapan and Australia sign a new security pact\n{stamp}\n\n" + STORY
    assert article_from_text("a.txt", "a.txt", text).date == day


def test_a_page_dated_day_first_with_dots_keeps_that_order_beside_a_us_stamp():
    text = ("Business\n01.11.2023 06:06 PM\n\nJapan and Australia sign a new security pact\n\n"
            + STORY + "Updated 11.02.23, 11:52 EST: This article has been updated.\n")
    # (unknown rather than guessed when nothing else on the page says which: never January)
    assert article_from_text("a.txt", "a.txt", text).date in (None, date(2023, 11, 1))


@pytest.mark.parametrize("line", ["Deadline: March 3, 2020", "Tickets: 01/09/2008"])
def test_a_labelled_date_in_a_story_is_not_a_date_line(line):
    from nato_search.cleaning import is_date_line
    assert not is_date_line(line)


def test_one_sentence_a_line_with_a_short_last_sentence():
    text = ("The prime minister spoke on Sunday.\nHis words came from a news conference.\n\n"
            "\u201cThe world tells us to wait,\u201d Ana Ruiz said. \u201cThere is still time.\n"
            "And I say wait for what?\nWait until when?\u201d\n\n"
            "The ad will run in three states.\nIt costs one million dollars.\n")
    said = {q.quote: q.speaker for q in article_from_text("a.txt", "a.txt", text).quotes}
    assert said["There is still time. And I say wait for what? Wait until when?"] == "Ana Ruiz"


def test_a_sentence_of_the_story_with_a_calls_words_between_its_paragraphs_is_kept():
    line = ("So why should one sign up for the new site rather than the big names among global "
            "social networking sites.")
    text = "Japan and Australia sign a new security pact\n\n" + STORY + line + "\n\n" + \
        STORY.replace("Perth", "Tokyo")
    assert line in clean_blocks(text).body


def test_a_call_that_opens_a_line_between_paragraphs_is_still_furniture():
    line = ("Log in with your account to create or edit your custom feed of the news stories "
            "you read today.")
    text = "Japan and Australia sign a new security pact\n\n" + STORY + line + "\n\n" + \
        STORY.replace("Perth", "Tokyo")
    assert line not in clean_blocks(text).body


def test_a_calendar_of_the_sites_archive_above_the_story_is_no_date_of_it():
    archive = "\n\n".join(f"{d} January 2008" for d in
                          ("Tuesday 15", "Monday 14", "Friday 11"))
    text = ("Betting News by Date\n\n" + archive + "\n\nBetting News Archive\n\n"
            "Thursday 10 January 2008 at 12:46\n\nJapan and Australia sign a new security pact"
            "\n\n" + STORY)
    assert article_from_text("a.txt", "a.txt", text).date == date(2008, 1, 10)


def test_the_story_ends_with_its_end_credit():
    # what follows "... contributed to this report." is the page's, however it reads
    story = " ".join(["The chess champion, who won the title in a famous match, died on Thursday "
                      "at the age of 64 in a hospital in the city where he had lived."] * 3)
    text = (f"Chess champion dies at 64\n\nBy Ann Lee, Associated Press\n\n{story}\n\n{story}\n\n"
            "Ann Lee reported from London. Associated Press writers Tom Bell in Paris and Sue "
            "Ray in Oslo contributed to this report.\n\nHarbour Weekly News\n\nOur web edition "
            "carries a local story daily.\n\nThanks for reading, and come back soon.\n\n"
            "Find the full paper at shops across the county.\n")
    body = article_from_text("x", "x", text).body
    assert body.rstrip().endswith("contributed to this report.")
    assert "come back soon" not in body


def test_a_numeric_date_line_is_read_in_the_order_that_fits_the_leads_weekday():
    # "3/4/09": March 4 or April 3? The lead's "Wednesday" fits March 4, 2009 only
    story = ("Days ahead of the spring expo, the firm Wednesday showed off a quicker laptop "
             "line and two new storage boxes for small offices, priced below its rivals.")
    text = (f"Techweekly.com\n\nCompany unveils its fastest desktops yet\n\nTechweekly 3/4/09\n"
            f"Ann Lee, Techweekly\n\n{story}\n\n{story}\n\n{story}\n")
    assert article_from_text("x", "x", text).date == date(2009, 3, 4)


def test_a_matchs_result_over_its_report_is_not_the_headline():
    story = ("LATE winners do not come much scrappier than this one, and the Bridgeford United "
             "manager had left Hilltown with his notes before the final whistle blew.")
    text = (f"skip to: page content | site navigation\n\nValley Star\n\nHOME\nJOBS\nMOTORS\n"
            f"Wed 25 Mar 2009\n\nBetter defending needed\n\nPublished on 22/03/2009\n\n"
            f"Hilltown Rovers 1 Bridgeford United 0\n{story}\nThe home side had the better of "
            f"the first half and deserved the lead that came so late in the game.\n{story}\n")
    assert article_from_text("x", "x", text).title == "Better defending needed"


@pytest.mark.parametrize("credit", [
    "This article was originally published on page 12 of The Coast Herald on March 3, 2009",
    "Ann Lee can be reached at: annlee@example.com",
    "A version of this article appears in print on , Section B , Page 4 of the City edition",
])
def test_the_story_ends_with_its_note_of_where_it_ran_or_its_writers_address(credit):
    story = " ".join(["The captain, who hurt a knee in training on New Year's Eve, returns next "
                      "week and hopes to play again within a month, the coach said."] * 3)
    text = (f"Captain set to return from injury\n\nBy Ann Lee\n\n{story}\n\n{story}\n\n{credit}\n\n"
            "Bus drivers to strike over new rosters Premium Content\n\n"
            "Thousands of bus drivers plan to walk out on Monday over the rosters.\n\n"
            "Reward offered in hunt for missing dog\n")
    body = article_from_text("x", "x", text).body
    assert "bus drivers" not in body and "missing dog" not in body


def test_a_dated_result_line_under_the_headline_is_not_the_headline():
    lead = ("HILLTOWN (Wire) -- Sam Roe let in one late shot, yet he did enough to earn a third "
            "win in a row as Hilltown beat Bridgeford 6-1 on Saturday night at the rink.")
    text = ("Home - Hockey - Recaps - Roe, Lund help Hawks down Owls\n\nHockey Betting Articles\n\n"
            "Roe, Lund help Hawks down Owls\n\nHockey Forum\nHockey Picks\n\n"
            "03/14/2009 HILLTOWN 6, BRIDGEFORD 1 -\n\nBy Tom Hale, Wire Sports Contributing "
            f"Writer\n\n{lead}\n\n{lead}\n\n{lead}\n")
    assert article_from_text("x", "x", text).title == "Roe, Lund help Hawks down Owls"


def test_a_published_date_under_the_story_beats_readers_comments_posted_below_it():
    story = ("The actor, who became famous as a child, died on Tuesday at his home, his "
             "agent said, and tributes came in from across the film world overnight.")
    text = (f"Young star dies at 25\n\n{story}\n\n{story}\n\n{story}\n\n"
            "By Jo Kemp, published Mar 9, 2011\n\nMore by Jo Kemp\n\nComments\n\n"
            "Posted on 03/11/2011 at 7:15:02 PM\nSo sad, rest in peace.\n\n"
            "Posted on 03/10/2011 at 9:40:55 AM\nA great loss to film.\n")
    assert article_from_text("x", "x", text).date == date(2011, 3, 9)


def test_a_date_over_the_headline_is_not_the_signature_of_the_menu_above_it():
    # the social links the footer repeats are no copy of the page's title, and the date right
    # over the headline is the headline's, not theirs; nor is the search box over it a headline
    lead = ("HILLTOWN — Cheaper clean water could be on the horizon after engineers at the "
            "state university solved a problem in filter membranes that had puzzled them.")
    story = ("The filter membranes were uneven in density, the engineers found, and evening "
             "them out lets the same membrane clean far more water with less energy.")
    text = ("Skip to content\n\nState University\nJanuary 26, 2021\n\nNews\nOpinions\n\n"
            "Science & Technology\nHealth & Wellness\nArts & Humanities\n\n"
            "State U on Twitter\nState U on Facebook\nState U on LinkedIn\n\n"
            "Search for content on State News (Search) Search Button\n\n"
            "Science & Technology\nDec 31, 2020\n\n"
            "Membrane Breakthrough Could Lead to Cheaper Water Filtration\n\n"
            f"{lead}\n\n{story}\n\n{story}\n\nTags: Engineering\n\n"
            "State U on Twitter\nState U on Facebook\nState U on LinkedIn\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Membrane Breakthrough Could Lead to Cheaper Water Filtration"
    assert article.date == date(2020, 12, 31)


def test_a_list_of_more_posts_in_the_blog_ends_the_story():
    paragraphs = [
        "It is no secret that few women hold senior posts at the firms that fund new companies.",
        "A new study puts a number on what many in the industry have said for years, using data "
        "released on Tuesday by a research firm that tracks venture investments.",
        "That is 53 women out of 764 partners, and the study found 38 of the top 100 firms have "
        "at least one woman among their partners, up from 31 two years ago.",
        "Only three firms were founded by women, the study said, and two of them are based in "
        "the Bay Area, where most of the money in the industry is raised.",
        "\u201cI really tried not to stand out as a woman. That was not an asset,\u201d she said, "
        "recalling her first years at the firm she later helped to run.",
        "\u201cWomen have a toe-hold in this industry,\u201d Teare said. \u201cThese numbers are "
        "not strong enough.\u201d",
    ]
    text = ("Tech Beat\n\nInvestor: time to speak up\n\nBy Ann Lee / April 19, 2016 at 6:52 PM\n\n"
            + "\n\n".join(paragraphs)
            + "\n\nPhoto: Panelists discuss diversity in venture capital on Tuesday.\n\n"
            "Share this:\n\nEmail\nTwitter\nFacebook\nLinkedIn\nReddit\nMore\n\n"
            "Tags: diversity, venture capital\n\n"
            "More Posts in Tech Beat\n(FILES) A view of a phone showing the app's splash screen in "
            "front of its login page May 10, 2012 in Washington, DC.\n\n"
            "Study: 62% of U.S. adults get news on social media\nMay 26, 2016\n\n"
            "Overnight, the Airbnb for procrastinators, comes to Bay Area\n\n"
            "Overnight, the Airbnb for procrastinators, comes to Bay Area\nMay 26, 2016\n")
    assert "62%" not in article_from_text("x", "x", text).body


def test_a_comment_counter_and_an_image_button_are_not_the_headline():
    lead = ("The storage company unveiled a new cloud service on Monday, the first of several "
            "announcements it plans to make at its conference in Las Vegas this week.")
    text = ("Data Centre\n\n4 comments speech icon\n\nThis article is more than 1 year old\n\n"
            "Storage firm makes a leap into the cloud\n\n4 comments speech icon\n\n"
            f"Enlarge this image\n\n{lead}\n\n{lead}\n\n{lead}\n\n4 comments speech icon COMMENTS\n")
    assert article_from_text("x", "x", text).title == "Storage firm makes a leap into the cloud"


def test_a_writers_name_glued_to_the_outlets_is_a_byline_and_the_line_under_it_no_headline():
    lead = ("So the request by the transition team for the names of Energy Department workers on "
            "climate change has left them worried about what the new administration might do.")
    text = ("News Nation & World National politics\n\n"
            "Energy Department rejects request to name climate change workers, who remain worried\n\n"
            "Donald Trump\nDonald Trump\nEvan Vucci / AP\n\n"
            "Donald Trump speaks during a campaign rally in Iowa.\n(Evan Vucci / AP)\n"
            "Joe DavidsonThe Washington Post\n\n"
            "Global warming - \"it's a hoax.\"\n\n"
            "Donald Trump has said that more than once.\n\n"
            f"{lead}\n\n\"There is major concern amongst my members,\" said Jeff Eagan, president of "
            "the union chapter at the department's headquarters, who spoke on Tuesday.\n\n"
            "The scientists and their colleagues know global warming is real. What they do not know "
            "is what the new team might do to those whose work has been about it.\n")
    assert article_from_text("x", "x", text).title \
        == "Energy Department rejects request to name climate change workers, who remain worried"


def test_the_end_credit_ends_the_story_however_long_the_footer_after_it():
    paragraphs = [f"Airport workers in city number {n} will strike on Tuesday over low wages, the "
                  "union said, and rallies are planned outside the terminals at noon." for n in range(6)]
    footer = "\n\n".join(["Social Surge - What's Trending", "Mortgage & Savings",
                          "Powered by LendingTree", "Terms & Conditions apply", "Partner Offers",
                          "5 cards offering 0% interest until 2018",
                          "Transferring your debt to a 21-month intro APR is ingenious",
                          "10 jaw-dropping balance transfer offers", "A $500 intro bonus has arrived",
                          "Contact Us", "User Preferences", "Closed Captioning", "Small Business",
                          "Video", "Tools", "Site Map", "Job Search", "Corrections", "News Alerts",
                          "My Account", "Facebook", "Twitter", "RSS Feeds", "Newsletters",
                          # a long notice of the page's data at its foot, prose of a kind
                          " ".join(["Most stock quote data is provided by a market data vendor, "
                                    "and market indices are shown in real time, except for the "
                                    "industrial average, which is delayed by two minutes."] * 5)])
    text = ("Airport workers to strike\n\nBy Ann Lee\n\n" + "\n\n".join(paragraphs)
            + "\n\n-- Bill Kirk contributed to this report.\n\n" + footer + "\n")
    body = article_from_text("x", "x", text).body
    assert "intro bonus" not in body and "What's Trending" not in body
    assert "city number 5" in body


def test_a_caption_that_ends_with_a_quoted_sentence_is_not_the_headline():
    # the headline and its deck, a player, then the picture's caption (a sentence whose full
    # stop stands inside the closing quotation mark, its credit glued on), the date and byline
    lead = ("Ministers from the alliance will meet in Brussels next week to discuss the supply of "
            "air defence systems, officials said on Wednesday.")
    text = ("World news\n\nAllies to weigh new air defence aid at Brussels meeting\n\n"
            "The talks come as stocks of interceptors run low.\n\n"
            "Listen to this article with a free profile\n00:0000:00\n\n"
            "A missile launcher stands in a field\n"
            "The defence minister has called the air defence shortfall \u201cthe gravest gap in "
            "our alliance.\u201dJane Roe / The Daily Courier via Wire file\n"
            "Share\nMar. 4, 2026, 9:10 AM EST\nBy Sam Writer\n\n"
            f"{lead}\n\n{lead}\n\n{lead}\n")
    assert article_from_text("x", "x", text).title \
        == "Allies to weigh new air defence aid at Brussels meeting"


def test_a_posts_date_beside_its_byline_at_its_foot_is_its_date():
    # a blog post whose header carries no date: its foot gives the published and updated days,
    # run together, beside "Published by" and the writer's handle
    story = ("The volunteers mapped every bus stop in the district over two summers, and the "
             "council has now agreed to publish their survey as open data for anyone to use.")
    text = (f"Mapping the buses by hand\n\n{story}\n\n{story}\n\n{story}\n\n"
            "Share this:\n\nTwitter\n\nFacebook\n\nLike Loading...\n\nRelated\n\n"
            "June 4, 2021June 9, 2021\n\nPublished by mapperjo\n\nView all posts by mapperjo\n\n"
            "Post navigation\n\nPrevious post: Counting trees\n")
    assert article_from_text("x", "x", text).date == date(2021, 6, 4)


def test_a_date_line_under_the_writers_name_and_handle_at_the_storys_foot_is_its_date():
    # no "By": the writer's name, outlet and handle sign the story at its foot; a related
    # story's date further down is not the article's
    story = ("The regulator closed its inquiry into the search company's phone software after "
             "finding that its deals with handset makers broke no competition law.")
    text = (f"Regulator drops inquiry into search giant\n\n{story}\n\n{story}\n\n{story}\n"
            "Share on Facebook\nShare on Twitter\nShare on LinkedIn\n\n"
            "Ann Lee, Example News Service @annlee_news\nJul 18, 2013 4:35 PM\nprint\n\n"
            "recommended for you\n\nCommission asks for more concessions in...\n\n"
            "Read more »\n\nJul 9, 2013 11:03 AM\n")
    assert article_from_text("x", "x", text).date == date(2013, 7, 18)


@pytest.mark.parametrize("heading", ["Latest News", "MOST POPULAR", "Most read", "Top stories"])
def test_a_list_of_other_stories_under_the_article_is_not_the_article(heading):
    # a long article, the site's footer links, then the heading of other stories and one
    # long teaser under it (prose, but another story's)
    paragraphs = [f"Heat waves in the region will last longer by {n} days a year, the climate report "
                  "found, and cities on the coast will face floods every spring unless emissions "
                  "fall fast, the authors warned in their summary." for n in range(12)]
    teaser = " ".join(["Why this new payment card beats every rival on fees, and how investors can "
                       "get in early before the launch at the end of the month."] * 6)
    text = ("Report warns of longer heat waves\n\nBy Ann Lee\n\n" + "\n\n".join(paragraphs)
            + "\n\nAbout Us•Work with Us•Contact Us •\nTerms & Conditions •Privacy Policy •Sitemap"
            + f"\nQuick Links\nConnect With Us On\n{heading}\n{teaser}\n"
            + "Copyright © 2025 Example Media Limited. All rights reserved\n")
    body = article_from_text("x", "x", text).body
    assert "payment card" not in body and "by 11 days" in body


def test_a_comment_button_under_the_date_line_is_no_wall_before_the_story():
    # a cookie dialog's prose at the top, then the article's header with an "Add a comment"
    # button under its date line: the comments are not below it, the story is
    dialog = ("Cookies, device or similar online identifiers together with other information can "
              "be stored or read on your device to recognise it each time it connects to an app "
              "or to a website, for one or more of the purposes presented here. ") * 3
    story = [f"The council voted on Tuesday to close {n} of the city's libraries by the summer, "
             "a decision the union said would cost dozens of jobs and leave whole districts "
             "without a reading room." for n in range(2, 8)]
    menu = "\n".join(["Latest news", "Immigration", "Politics", "Cost of living", "Travel news",
                      "Energy", "Practical help", "Money", "Work permits", "Visas", "Taxes",
                      "Pensions", "Health", "Reader questions", "Homes", "Property", "Renting",
                      "Jobs"] * 2)
    text = (f"Consent to Cookies & Data processing\n\n{dialog}\n\nAccept All\n\n{menu}\n\n"
            "Council votes to close libraries\n\nBy Ann Lee\n"
            "Published: 4 Mar, 2026 CET. Updated: Wed 4 Mar 2026 14:45 CET\n\nAdd a comment\n\n"
            + "\n\n".join(story) + "\n\nComments\n\nGreat news, finally.\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Council votes to close libraries"
    assert "close 7 of the city's libraries" in article.body and "online identifiers" not in article.body


def test_a_writers_name_and_a_date_under_the_headline_sign_it():
    text = ("Home\nArticles\nAbout\n\nNotes: March 3\n\nAnna Berg: 3 Mar 2025\n\n" + TALKS
            + "\nThe two governments will meet again in the spring, the officials added.\n")
    article = article_from_text("x", "x", text)
    assert (article.title, article.date) == ("Notes: March 3", date(2025, 3, 3))


def test_a_trail_over_the_headline_is_not_the_headline_however_long_its_last_step():
    text = ("Jo Roe's Weblog\n\nSubscribe\n\nGuides > Naval Radar Field Notes\n\n"
            "Mistakes: things to avoid\n\n"
            "These naval radar field notes list mistakes in our new world of radar engineering "
            "that crews should avoid.\n\n"
            "The first was that the naval radar needs more time to warm up in cold water, the "
            "crews said after the trials ended last week.\n")
    assert article_from_text("x", "x", text).title == "Mistakes: things to avoid"


def test_a_headline_the_page_repeats_as_its_pictures_caption_is_still_the_headline():
    # the headline, the byline under it, then the headline again as the picture's caption with
    # the photographer's credit: every copy reads as a caption, but the first is signed
    lead = ("When the schools closed in March, I became my children's teacher overnight, and it "
            "changed how I think about the lectures I give at the university.")
    text = ("News\nResearch\nEvents\n\ncolumn | Higher Education\n\n"
            "What Teaching My Kids Taught Me About Lectures\n\n"
            "By Jo Roe (Columnist) May 18, 2020\n\n"
            "What Teaching My Kids Taught Me About Lectures\n\nAnn Lee / Shutterstock\n\n"
            "Tweet\nShare\nEmail\n\n"
            f"{lead}\n\n{lead}\n\n{lead}\n\nWhat Teaching My Kids Taught Me About Lectures\n")
    assert article_from_text("x", "x", text).title \
        == "What Teaching My Kids Taught Me About Lectures"


def test_a_question_headline_the_lead_asks_again_is_no_standfirst():
    # the headline, a question, signed by the byline under it; the lead asks it again at the
    # end of its first paragraph. Above it, a list of popular posts whose words the lead shares
    text = ("gardening\nrecipes\nreviews\n\nPopular Posts\n\n"
            "The Best Cheap Soil for Growing Tomatoes\n\n"
            "When You Should Water Your Tomato Plants\n\n"
            "The Tomato Varieties That Fixed My Garden\n\n"
            "Does The Kind of Water You Give Your Tomatoes Matter?\n\n"
            "By Ann Lee March 16, 2017\n\n"
            "A reader wrote to us asking whether the water you give your tomato plants matters. "
            "It is a question we have often asked ourselves. Today we ask growers: Does the kind "
            "of water you give your tomatoes matter?\n\n"
            "There are many ways to water tomato plants well. You should not soak the soil, and "
            "you should not water the leaves in the midday sun, growers say.\n\n"
            "Most gardeners water with tap water, and that is fine as long as you know whether "
            "your water is hard or soft, said one grower in Kent.\n")
    assert article_from_text("x", "x", text).title \
        == "Does The Kind of Water You Give Your Tomatoes Matter?"


def test_the_sites_copyright_line_ends_the_story_but_a_pictures_credit_does_not():
    para = ("The station's crew spent the week repairing a pump that cools the lab, and the "
            "repair went well, the agency said in its weekly report on the mission.")
    text = ("Science\n\nAstronaut Shows His Room on the Station\n\nBy Ann Lee 2015-04-24\n\n"
            f"{para}\n\n\u00a9 Reuters\n\n{para.replace('week', 'month')}\n\n"
            "Topics: Space, Science\n\nAbout Us\nJobs\nAdvertise\nPrivacy\nTerms\n\n"
            "\u00a92005-2018 Example Media, Inc.\n"
            "Example Media is among the registered trademarks of Big Holdings, LLC and may not be "
            "used by third parties without explicit permission.\n")
    body = article_from_text("x", "x", text).body
    assert para.replace("week", "month") in body
    assert "registered trademarks" not in body


def test_an_ad_blockers_notice_above_the_page_is_no_part_of_the_story():
    # a notice of four paragraphs, two of them without a word of ad blocking: read as a whole
    story = ("The city council voted on Monday to close the old harbour bridge to lorries from "
             "next spring, after engineers found cracks in two of its steel supports.\n\n"
             "The council said the bridge would stay open to cars and buses while it is "
             "repaired, and that the work would take at least eighteen months to finish.\n\n")
    text = ("Dear Reader,\n\n"
            "It looks like you have an ad blocker switched on in your browser.\n\n"
            "Everything we publish is free to read, and it always will be, for every reader "
            "who comes to us from anywhere in the world.\n\n"
            "Advertising pays our reporters, our photographers and the people who keep the "
            "presses and the servers running through the night.\n\n"
            "Please whitelist us in your ad blocker, or turn it off while you read.\n\n"
            "Continue reading\n\nNews\nSport\nBusiness\n\n"
            "Council shuts harbour bridge to lorries\n\nBy Ann Lee\nPublished: 4 March 2019\n\n"
            + story * 2)
    article = article_from_text("x", "x", text)
    assert article.title == "Council shuts harbour bridge to lorries"
    assert article.body.startswith("The city council voted on Monday")
    assert "reporters, our photographers" not in article.body


@pytest.mark.parametrize("line", ["« Fishermen rescued off the coast after a storm",
                                  "Fishermen rescued off the coast after a storm »",
                                  "Comments not loading? Try a browser with JavaScript enabled."])
def test_a_link_to_the_story_before_or_after_and_a_browser_hint_are_furniture(line):
    para = ("The station's crew spent the week repairing a pump that cools the lab, and the "
            "repair went well, the agency said in its weekly report on the mission.")
    text = f"Pump repaired on the station\n\n{para}\n\n{para.replace('week', 'month')}\n{line}\n"
    body = article_from_text("x", "x", text).body
    assert para.replace("week", "month") in body
    assert line not in body


def test_a_quotation_in_guillemets_is_no_link():
    para = ("The station's crew spent the week repairing a pump that cools the lab, and the "
            "repair went well, the agency said in its weekly report on the mission.")
    quoted = "« We fixed the pump last night, and all is well now »"
    text = f"Pump repaired on the station\n\n{para}\n\n{quoted}\n\n{para.replace('week', 'month')}\n"
    assert quoted in article_from_text("x", "x", text).body


def test_a_must_read_list_above_the_story_neither_heads_it_nor_opens_it():
    story = ("The city council voted on Monday to close the old harbour bridge to lorries from "
             "next spring, after engineers found cracks in two of its steel supports.\n\n"
             "The council said the bridge would stay open to cars and buses while it is "
             "repaired, and that the work would take at least eighteen months to finish.\n\n")
    text = ("Home\nNews\nSport\n\nMust Read\n\n"
            "Flu cases rise in three regions today, clinics to open late at 40 sites from Monday\n\n"
            "Rail strike: Talks a way out for the union, minister calls on all to return to work\n\n"
            "Storm cuts power to thousands of homes on the coast overnight\n\n"
            "Panel looking into bus fares submits its report to the transport ministry\n\n"
            "1. Home\n2. News\n3. Council shuts harbour bridge to lorries\n\n"
            "Council shuts harbour bridge to lorries\n\n"
            "Engineers found cracks in two of the bridge's steel supports.\n\n"
            "By: Ann Lee | Portsmouth | March 4, 2019 8:19:27 pm\n\n" + story
            + story.replace("Monday", "Tuesday").replace("council said", "mayor said") +
            "Support our journalism by subscribing to The Harbour Times. Write to us at "
            "letters@example.com.\n\n"
            "For all the latest city news, download the Harbour Times App.\n\n"
            "About us\nContact\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Council shuts harbour bridge to lorries"
    assert "Flu cases rise" not in article.body and "Rail strike" not in article.body
    assert "The city council voted on Tuesday" in article.body
    assert "Support our journalism" not in article.body
    assert "download the Harbour Times App" not in article.body


def test_a_short_lead_above_the_storys_picture_is_the_storys_first_paragraph():
    # a broadcaster's page: its one-sentence lead, then the picture (its caption and credit),
    # then the story, which calls the lead's man by his surname only
    text = ("Menu\nNews\nSport\n\n"
            "Ports Authority chair Ana Feleti says the port needs new cranes, not another "
            "review of its old ones.\n"
            "Tonga Ports Authority Chair Ana Feleti.\n"
            "Photo: Pacific Media\n"
            "Feleti said two of the four cranes had broken down in the past year, and the "
            "board could not keep ships waiting at anchor for weeks at a time.\n"
            "\"We have been patient for too long, and the shipping lines have noticed,\" she "
            "said. The board will meet the minister on Friday to ask for the money.\n"
            "A spokesperson for the minister said the request would be considered with the "
            "others in the budget round next month.\n")
    article = article_from_text("x", "x", text)
    assert "the port needs new cranes" in article.title + article.body
    assert "Photo: Pacific Media" not in article.body
    assert [q.speaker for q in article.quotes if q.quote.startswith("We have been")] \
        == ["Ana Feleti"]



def test_a_writers_name_and_post_above_the_headline_are_no_headline():
    # an author box over the story: their name and post, then their note
    text = ("Home\nNews\nShipping\nPorts\n\n"
            "Ana Lopez, Associate Editor\n"
            "Ana Lopez is Associate Editor at Harbour Daily. She covers ports and shipping.\n\n"
            "Port of Suva to add two cranes by spring\n\n"
            "SUVA | March 4, 2019\n\n"
            "The port authority said on Monday that it would add two container cranes to the "
            "main wharf by next spring, after ships waited days at anchor over the holidays.\n\n"
            "The cranes will cost about 40 million dollars, paid for by a loan from the regional "
            "development bank, which the board approved at its meeting last week.\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Port of Suva to add two cranes by spring"
    assert "She covers ports" not in article.body
    assert "paid for by a loan" in article.body


def test_a_teaser_over_the_headline_is_not_taken_for_the_headline_of_its_deck():
    # teasers of other stories (a credit or a name over each headline), then the story's
    # headline and its deck, the share buttons, the byline and the date
    text = ("Reuters\n\nOfficials Approve New Sanctions Over Airport Cyber Attack\n\nJohn Kerry\n\n"
            "Opposition Group: Talks Must Go On Without Preconditions\n\n"
            "Missing Jetliners Raise Fears of Airliner Attacks\n\n"
            "Egypt set for intervention as Libya spirals toward failed state\n"
            "Share\nTweet\nEmail\nA picture of the airport, smoke rising over it.\n\n"
            "BY: Jane Hart\nSeptember 2, 2014 4:55 pm\n\n"
            "Militias took control of nearly a dozen commercial jetliners last month, and "
            "officials now fear the missing airliners could be used in attacks across the "
            "region.\n\nThe jetliners were taken when the militias seized the capital's "
            "airport, officials said on Tuesday, and their whereabouts are unknown.\n")
    assert article_from_text("x", "x", text).title == \
        "Missing Jetliners Raise Fears of Airliner Attacks"


def test_a_blog_footer_of_categories_and_tags_is_not_the_article():
    text = ("Japan and Australia sign a new security pact\n\n" + STORY
            + "This entry was posted in National Security and tagged Japan, Australia. Bookmark "
              "the permalink.\n\nPosted in Asia | Tagged defence, treaties | Leave a comment\n")
    body = clean_blocks(text).body
    assert "signed a security pact" in body
    assert "This entry was posted" not in body and "Posted in Asia" not in body


def test_a_date_stamped_with_its_time_beats_a_bare_date_line_above_it():
    # a radio programme's page: the last programme's audio over the story's own stamp
    text = ("PM with Mark Colvin\n\nListen to Thursday's program\n"
            "Audio for Thursday 9 October, 2014\n\nThe full story...\n\n"
            "Fears for researchers on the downed flight\n\n"
            "Jane Hart reported this story on Friday, July 18, 2014 18:21:00\n\n" + STORY)
    assert article_from_text("x", "x", text).date == date(2014, 7, 18)


def test_a_menu_of_capitalised_words_a_search_box_and_a_list_of_links_are_no_headline():
    # an old portal's page: its links in a row, its sections run together, a search box; the
    # story's date right over its headline, a picture's credit under it
    text = ("Portal Home - Portal - My Portal - Alerts - Help\n\n"
            "News Politics Markets Weather Travel Culture Science Sport Health Opinion Archive\n\n"
            "SEARCH GO\n\nDiscuss this story with others.\n\n"
            "Tuesday March 14 9:12 AM ET\nHarbour Pilots Strike Halts Grain Exports\n\n"
            "Wire Photo\nWire Photo\n\n"
            "PERTH (Wire) - Harbour pilots walked off the job on Tuesday, halting grain exports from "
            "the port for a second day as talks over pay and rosters broke down.\n\n"
            "The pilots' union said members would stay off the job until the port authority "
            "returned to the table with a better offer on rosters.\n\n"
            "News Politics Markets Weather Travel Culture Science Sport Health Opinion Archive\n\n"
            "SEARCH GO\n")
    assert article_from_text("x", "x", text).title == "Harbour Pilots Strike Halts Grain Exports"


def test_a_short_headline_over_its_date_and_byline_is_the_headline_for_want_of_a_better():
    # nothing over the story shares its words; the line the date and the byline stand under is
    # still its headline, not the buttons just above the story
    text = ("SEARCH GO\nE-MAIL STORY PRINTER FRIENDLY\nPlain Words\nMonday, June 5, 2006\n"
            "By Ruth Abel\n\nPHOTOS VIDEO\nARCHIVE SHOW INFO\n\n"
            "A reader once told me that a column is only as good as its last paragraph, and I have "
            "thought about that every week since I started writing this one.\n\n"
            "This week I want to talk about the letters I get, and the ones I never answer.\n")
    assert article_from_text("x", "x", text).title == "Plain Words"


def test_markdown_headings_and_quoted_passages_lose_their_marks():
    text = ("# Talks in [Canberra](https://example.org/canberra) end early\n\n## The talks\n\n"
            "Trade ministers from five countries met in Canberra on Monday to discuss tariffs on "
            "steel and the rules for the region's ports.\n\n"
            "> \"We made real progress on steel,\" the host minister said after the meeting.\n\n"
            "The next round of talks is due in Jakarta in the spring, officials said.\n")
    article = article_from_text("x", "x", text)
    assert article.title == "Talks in Canberra end early"
    assert "\"We made real progress on steel,\" the host minister said" in article.body
    assert "#" not in article.body and ">" not in article.body


def test_a_date_glued_to_a_byline_in_capitals_is_read():
    # a scrape that joins the byline and its date: "By ANN LEEMarch 4, 2021"
    text = "News\n\nJapan and Australia sign a new security pact\n\nBy ANN LEEMarch 4, 2021\n\n" + STORY
    article = article_from_text("g.txt", "g.txt", text)
    assert article.date == date(2021, 3, 4)


def test_the_day_a_page_says_it_first_published_beats_a_bylines_later_day():
    # the byline shows the update's day; the foot, the day the story first came out
    text = ("News\n\nJapan and Australia sign a new security pact\n\nby Ann Lee @Outlet "
            "June 11, 2016: 10:38 AM ET\n\n" + STORY + "\n\nOutlet (Tokyo) First published "
            "June 10, 2016: 12:41 PM ET\n\nTerms of use\n")
    article = article_from_text("f.txt", "f.txt", text)
    assert article.date == date(2016, 6, 10)
    # (not a day much earlier: another story's, or an archive's)
    far = text.replace("First published June 10, 2016", "First published June 10, 2014")
    assert article_from_text("f.txt", "f.txt", far).date == date(2016, 6, 11)


def test_a_count_of_comments_and_a_labels_list_are_no_headline():
    # a counter of comments, shown twice, set apart: no headline however far the headline is
    text = ("Is your console gathering dust, too? \u2014\n\nTales of an old sailor: why I sail "
            "less\n\nWe keep getting older, the alliances stay the same.\n\nAnn Lee - Jan 3, 2019 "
            "1:00 pm UTC\nSoldiers on exercise in 2018 may have been the first to train together "
            "this way.\nEnlarge / Soldiers on exercise in 2018 may have been the first to train "
            "together this way.\nGetty Images\n\nreader comments\n\n412 with 288 posters "
            "participating\n\nShare this story\n\nShare on Facebook\nShare on Twitter\n\n" + STORY
            + "\n\n412 with 288 posters participating\n")
    assert article_from_text("c.txt", "c.txt", text).title == "Tales of an old sailor: why I sail less"
    # the names a "Featured:" label lists (a programme's guests), though the story names them
    text = ("News\n\nA new pact for the Pacific: what Japan gains\nBy Ann Lee on AM\nShare\n"
            "Download A new pact for the Pacific: what Japan gains (3.08 MB)\nAM asked the Defence "
            "Minister Kenji Sato for his thoughts on the pact with Australia.\nHe said the Japanese "
            "Government's position is that forces must train together.\nDuration: 6min 44sec\n\n"
            "More Information\nFeatured:\nKenji Sato, Japanese Defence Minister\n\nTranscript\n\n"
            "ANN LEE: The Defence Minister is Kenji Sato and he joins me on the line now.\n\n"
            "KENJI SATO: Good morning Ann. Japan and Australia signed the pact so that our forces "
            "can train together, and we will ask both parliaments to approve it next year.\n\n"
            "ANN LEE: Is Japan relieved that the pact with Australia has been signed at last after "
            "talks that lasted for years?\n\n")
    assert article_from_text("l.txt", "l.txt", text).title == \
        "A new pact for the Pacific: what Japan gains"


def test_markdown_heading_marks_go_from_a_text_with_no_link():
    # "# Headline" and "### Section" as a Markdown file writes them, with no link in it; a
    # hashtag ("#AUKUS", no space) is a word of the text
    text = ("# Japan and Australia sign a new security pact\n\n" + STORY
            + "### What the pact changes\n\nThe pact was trending as #AUKUS on Saturday, after "
            "officials in both capitals said it would be signed within the month.\n")
    article = article_from_text("a.txt", "a.txt", text)
    assert article.title == "Japan and Australia sign a new security pact"
    assert "#" not in article.body.replace("#AUKUS", "")
    assert "What the pact changes" in article.body and "#AUKUS" in article.body


def test_a_headline_ending_in_initials_keeps_their_stop_and_its_dateline_names_the_outlet():
    # "... with U.S." keeps its stop; the headline is read as the story's first line, so the
    # dateline is its second, and its agency still names the outlet
    text = ("North Korea says it seeks military 'equilibrium' with U.S.\n\nSEOUL/UNITED NATIONS "
            "(Reuters) - North Korea said on Saturday it aims to reach an equilibrium of real "
            "force with the United States, state media reported.\n\n" + STORY)
    article = article_from_text("a.txt", "a.txt", text)
    assert article.title == "North Korea says it seeks military 'equilibrium' with U.S."
    assert article.source == "Reuters"


def test_a_caption_signed_photograph_by_is_no_headline():
    # "..., 24 June, 2024. New Zealand Herald photograph by Jane Doe": a picture's caption and
    # its credit, above the story, never its title
    caption = ("Prime Minister Anna Rua during the post-Cabinet press conference, Parliament, "
               "Wellington, 24 June, 2024. Harbour Herald photograph by Jane Doe")
    text = caption + "\n\n" + STORY
    title = article_from_text("a.txt", "a.txt", text).title
    assert title != caption and title.startswith("Japan and Australia signed a security pact")


def test_a_style_sheet_shown_by_the_scrape_is_not_kept():
    css = ("a.supporter:hover {background:#EC4438!important;} @media screen and (max-width: "
           "600px) {.pro-box {display:none;}}")
    body = clean_blocks("Japan and Australia sign a new security pact\n\n" + STORY + css + "\n").body
    assert "supporter:hover" not in body and "security pact on Saturday" in body
    # (judged on its own: furniture wherever it stands; braces in prose are none)
    assert furniture_reason(css) == "page code"
    assert furniture_reason("The set {1, 2, 3} has three members, the minister said.") is None


@pytest.mark.parametrize("line", [
    "Follow The Harbour Herald on Twitter and Instagram @HarbourHerald and on Facebook "
    "@HeraldHarbour.",
    "You may occasionally receive promotional content from the Harbour Herald.",
    "For the latest stories and breaking news updates download the Herald apps for iOS and "
    "Android.",
    "The Evening Ledger would like to keep you informed about offers, events and updates.",
    "Get The Harbour Herald's Daily Edition by email and never miss our top stories",
])
def test_sign_up_prompts_and_their_fine_print_are_furniture(line):
    # (a line of up to CALL_TO_ACTION_WORDS words: a longer one may be prose)
    assert furniture_reason(line) == "call to action"


@pytest.mark.parametrize("line", [
    "Get the vaccine by May, the minister told reporters in Canberra on Monday.",
    "Officials said the group would follow up on Twitter after the talks in Tokyo.",
])
def test_sentences_with_the_same_words_are_not(line):
    assert furniture_reason(line) is None
