"""Boilerplate out, article in: tables from reading the seeds and pages of other shapes."""

from __future__ import annotations

import json
import re

import pytest
from conftest import FIXTURES, SEEDS

from nato_search.cleaning import clean_blocks, is_byline, is_date_line

# For each seed, by reading it: lines that are site furniture, and lines of the story that must
# survive (the lead, datelines, quotations, "Details"/"Addendum"/"Recall" sections).
SEED_TABLE = {
    "000_cabf6450f5cb8c2d.txt": {
        "furniture": ["Connect with us", "How did you feel about this matter?",
                      "Japan's Prime Minister Fumio Kishida at the NATO Summit in Madrid on "
                      "June 29, 2022.",
                      "Check Also", "Oi recorded consolidated net income", "Continue Reading",
                      "Click to comment", "Leave a Reply", "Your email address will not be published."],
        "story": ["The Chinese threat drove Japanese Prime Minister Fumio Kishida",
                  "described Kishida.", "said the country’s national security director, Kim Sung-han.",
                  "declared the Chinese Ministry of Foreign Affairs spokesman Wang Wenbin."],
    },
    "001_9c0802ab898a4807.txt": {
        "furniture": ["НАТО потрібно до півсотні нових бригад", "Reuters08.07.24, 20:41",
                      "Південна Корея і США розпочали спільні військові навчання16.02.24, 23:33"],
        "story": ["As Russia deepens ties with North Korea, Japan is seeking to strengthen cooperation",
                  "UNN writes.", "Details",
                  "Kishida warned that Ukraine today could become East Asia tomorrow.",
                  "Addendum", "The publication added that the July NATO summit",
                  "Recall", "Estonian President Alar Karis believes that NATO allies"],
    },
    "002_7fa380e9ecd85f54.txt": {
        "furniture": ["WhatsApp Channel Join Now", "Telegram Group Join Now",
                      "(Photo of joint media interview)", "MUST READ:",
                      "Harris sends clear message to APEC", "Discover more from Meritnews24",
                      "Subscribe to get the latest posts", "Leave a Comment",
                      "Subscribe now to keep reading", "Continue reading"],
        "story": ["Japan and NATO leaders pledged to strengthen cooperation",
                  "on Tuesday (January 2023, 31), saying that Russia’s invasion",
                  "Stoltenberg said the war in Ukraine concerns the security of all",
                  "Chinese Foreign Ministry spokesman Mao Ning said Monday that “NATO continues"],
    },
    "003_90a1c7bb93c84664.txt": {
        "furniture": ["Thank you for reading this post, don't forget to subscribe!",
                      "By Naija247news", "naija247news.com",
                      "Naija247news is an investigative news platform", "Share post:",
                      "More like this", "NAFDAC shuts down bakery", "Azonuchechi Chukwu",
                      "Naira Depreciates", "How can I help you?"],
        "story": ["Kishida Emphasizes Link Between Euro-Atlantic and Indo-Pacific Security",
                  "TOKYO, July 9 (Reuters) – Japan’s Prime Minister Fumio Kishida highlighted",
                  "are strong reminders of that,” Kishida said.",
                  "A plan to open NATO’s first liaison office in Japan was blocked by France and "
                  "criticized by China."],
    },
    "004_2fc31b5072736374.txt": {
        "furniture": ["The main gate of the Defense Ministry is seen in Shinjuku Ward, Tokyo.",
                      "\"Politics\" POPULAR ARTICLE", "U.S. Talks About Car, Rice Exports",
                      "Trump Assigns Bessent, Greer", "74% of Americans Believe", "JN ACCESS RANKING"],
        "story": ["BRUSSELS —Defense Minister Gen Nakatani expressed deep concerns",
                  "Nakatani stressed that Japan needs to advance security cooperation with NATO.",
                  "idea of an “Asian NATO.”",
                  "and for the first time, invited all four countries to the meeting."],
    },
}


@pytest.mark.parametrize("name", sorted(SEED_TABLE))
def test_seed_furniture_out_story_in(name):
    body = clean_blocks((SEEDS / name).read_text(encoding="utf-8")).body
    for line in SEED_TABLE[name]["furniture"]:
        assert line not in body, line
    for line in SEED_TABLE[name]["story"]:
        assert line in body, line


@pytest.mark.parametrize("name", sorted(SEED_TABLE))
def test_every_story_paragraph_of_a_seed_survives_whole(name):
    """Each kept paragraph is a whole line of the source: nothing is cut mid-paragraph."""
    source = {line.strip() for line in (SEEDS / name).read_text(encoding="utf-8").splitlines()}
    for paragraph in clean_blocks((SEEDS / name).read_text(encoding="utf-8")).body.split("\n\n"):
        assert paragraph in source


@pytest.mark.parametrize("word", ["WhatsApp", "subscribe", "Naira", "Bessent", "Azonuchechi",
                                  "EFE", "Telegram"])
def test_words_only_in_furniture_are_not_findable(cli, seeds, word):
    result = cli("query", word, "--corpus", seeds)
    assert result.exit_code == 1, result.stdout


@pytest.mark.parametrize("query, expected", [
    ("Karis", "001_9c0802ab898a4807.txt"),  # the "Recall" section stays
    ('"liaison office"', "003_90a1c7bb93c84664.txt"),
    ("TOKYO", "003_90a1c7bb93c84664.txt"),  # the dateline stays
    ("BRUSSELS", "004_2fc31b5072736374.txt"),
])
def test_story_words_stay_findable(cli, seeds, query, expected):
    result = cli("query", query, "--corpus", seeds, "-f", "jsonl")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [expected]


WEB = FIXTURES / "web"
WEB_TABLE = {
    "wire_no_year.txt": {
        "furniture": ["Skip to main content", "Sign up here.", "Read Next",
                      "North Korea fires ballistic missile", "November 1, 2023"],
        "story": ["SEOUL, Nov 3 (Reuters) - South Korea and Australia agreed",
                  "Australian Deputy Prime Minister Richard Marles told reporters."],
    },
    "blog_sidebar.txt": {
        "furniture": ["Home", "Asia-Pacific", "Share this article", "Facebook",
                      "Also read: Pacific islands", "Related Posts", "Fiji signs maritime",
                      "All rights reserved"],
        "story": ["WELLINGTON — New Zealand is considering", "\"We are not going to be rushed into this,\"",
                  "Former prime minister Helen Clark has argued"],
    },
    "ap_updated.txt": {
        "furniture": ["ADVERTISEMENT", "(AP Photo/Rick Rycroft, File)", "Updated 3:15 AM GMT",
                      "Copyright 2025"],
        "story": ["CANBERRA, Australia (AP) — Australia and Japan on Friday signed",
                  "China's foreign ministry said countries in the region should not form exclusive blocs."],
    },
    "no_date.txt": {
        "furniture": ["Menu", "Search", "Was this article helpful?", "Yes", "No"],
        "story": ["NATO allies discussed how to work more closely",
                  "Officials said practical cooperation would focus on cyber defence"],
    },
}


@pytest.mark.parametrize("name", sorted(WEB_TABLE))
def test_pages_from_sites_never_seen(name):
    body = clean_blocks((WEB / name).read_text(encoding="utf-8")).body
    lines = body.split("\n\n")
    for furniture in WEB_TABLE[name]["furniture"]:
        assert not any(furniture == line or (len(furniture) > 8 and furniture in line)
                       for line in lines), furniture
    for story in WEB_TABLE[name]["story"]:
        assert story in body, story


WIKINEWS = FIXTURES / "wikinews-2019"


# Captions of photo galleries that do not say "Image:" (checked by reading the articles: each
# sits among the names of the people pictured, after the story).
GALLERY_CAPTIONS = {
    "torontogroot as Beast Boy and raven_alwayz as Raven", "Lydia Scott as a ranger from Fallout: New Vegas",
    "Mrs. Potts and Belle from Beauty and the Beast",
    "Lots of kids got into the fun, too, dressing as their favourite characters.",
    "Overcast weather didn't stop dancing in the parking lot",
    "A group of cosplayers perform a choreographed dance.",
}


def test_no_sentence_of_a_wikinews_article_is_lost():
    """Every prose line of 171 clean articles survives, captions ("Image: ...") aside."""
    lost = []
    for path in sorted(WIKINEWS.glob("wn_*.txt")):
        text = path.read_text(encoding="utf-8")
        body = clean_blocks(text).body
        for line in text.splitlines()[3:]:
            line = line.strip()
            if (len(line.split()) >= 8 and not re.search(r"\bImage:", line) and line not in body
                    and line not in GALLERY_CAPTIONS):
                lost.append((path.name, line[:80]))
    assert lost == []


def test_text_with_no_recognisable_story_is_kept_whole():
    text = "Short note.\nShort note.\nShort note.\n"
    assert clean_blocks(text).body == "Short note.\n\nShort note.\n\nShort note."


@pytest.mark.parametrize("sentence", [
    "Kishida posted a photo of the meeting on social media after the talks.",
    "The ministry released an image of the missile launch late on Monday night.",
    "Officials said the photo was taken near the border earlier this month.",
])
def test_story_sentences_that_mention_photos_stay(sentence):
    text = ("Headline of the story here\n\n"
            f"The story begins with a long lead paragraph that says a lot.\n\n{sentence}\n")
    assert sentence in clean_blocks(text).body


# One line for each phrase of the calls to action, as sites print them (and two with letters
# that `re.I` reads as Latin ones: the long s, the dotted capital I).
CALLS_TO_ACTION = [
    "Join now", "SUBSCRIBE", "Sign up", "Sign Me Up", "Sign in",
    "Follow Harbour Daily: Facebook | Twitter",
    "To comment on this story and other Harbour Daily content, visit our Facebook page or our "
    "Twitter feed.",
    "Add this article to your reading list by clicking the button",
    "Go to the profile of Dana Whitlock",
    "We want to hear what you think about this article. Submit a letter to the editor.",
    "Learn how to build fast images—read the rest of the packaging guide.",
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "Not registered? Register here",
    "Join the hundreds of developers who get new code delivered to their inboxes every week.",
    "Submit your sports question below and the team will break down the answer!",
    "Log in", "Login", "Logout", "Newsletter",
    "Follow us", "Connect with us", "Share this", "Share post", "Click here", "Continue Reading",
    "Read more", "Keep reading", "Leave a Reply", "Your email address will not be published.",
    "How did you feel about this matter?", "How can I help you", "Thank you for reading",
    "Don't forget to share", "Dont forget to share", "Join our WhatsApp channel", "Telegram group",
    "Download the app", "All rights reserved", "Cookies", "Cookie policy", "Privacy Policy",
    "Terms of use", "Skip to main content", "Skip navigation", "Toggle navigation",
    "Was this article helpful?", "Discover more from Meritnews24", "Powered by WordPress",
    "Comments are closed.", "Advertisement", "Advertising", "Sponsored content",
    "Report an error", "Print this", "Email this", "Copy link", "Listen to this article",
    "What do you think", "Have your say", "Tell us what you think", "Post a comment",
    "Write for us", "Search for:", "Receive new posts by email", "Get the latest news",
    "Delivered in your inbox", "Related topics", "More from this author", "More on this story",
    "Sign-up", "Log-in", "Create an account", "Search this site", "ſubscribe", "JOİN NOW",
    "Like Follow", "Share Tweet Email", "Share Share", "Email Bio Follow",
    "Contact the writer of this story or email the desk with further questions or tips.",
    "Report typos and corrections to the newsroom", "Story continues below",
    "Get real-time alerts: download our app",
    "Comment on Reddit or debate me on the forum.", "Discuss on Hacker News",
    "Enlarge this image", "Hide caption", "4 comments speech icon", "12 comments",
    "Follow Reuters World News on Twitter and Facebook", "Follow @AP_Politics on X",
]


@pytest.mark.parametrize("line, reason", [
    ("National reporter focusing on internal federal government performance", "author's note"),
    ("Senior correspondent covering Congress and the White House", "author's note"),
    # a writer's note under their name: "is [a] post at/for the outlet"
    ("Ana Lopez is Associate Editor at Harbour Daily. She covers ports and shipping.",
     "author's note"),
    ("Tom Reyes is a reporter for the Gazette. Follow him on X.", "author's note"),
    ("Tom Reyes is a reporter who was held for a week, his lawyer said.", None),
    # (a story's sentence about a reporter, no note's second sentence)
    ("Tom Reyes is a reporter for The Gazette who has covered the courts since 2017.", None),
    ("PoliticsDonald TrumpJoe Biden Nikki Haley", "list of links"),  # tags glued by a scrape
    ("Diversity & Inclusion, WordCamp, WordPress", "list of links"),
    # a link to another story, its kind glued to its headline
    ("Related Story Foreign students in the US will not get visas if courses go online", "promotion"),
    ("Related content Grounded passenger jets are causing an unexpected bottleneck", "promotion"),
    ("Related coverage of the election was extensive, officials said.", None),
    # a post's links to the ones before and after it
    ("Next: Elegantly activating a virtualenv in a Dockerfile", "link"),
    ("Previous post: The high cost of slow builds", "link"),
    ("Next year the council will vote again.", None),
    # a site's notice of what it earns from its links
    ("Advertising disclosure: We may receive compensation for some of the links in our stories.",
     "disclosure"),
    ("NOTE: The advertising disclaimer below does not apply to this article.", "disclosure"),
    ("The Daily may receive compensation when you click through and purchase from links "
     "contained on this website.", "disclosure"),
    ("The union said members may receive compensation for the lost wages.", None),
    # a teaser's text and its picture's, run together
    ("Obamacare critic is Trump's pick for health secretary Obamacare critic is Trump's pick "
     "for health secretary", "link"),
    # what only looks like them
    ("The reporter covering the trial was thrown out of the courtroom.", None),
    ("Development activity in LibreOffice and OpenOffice", None),
    ('reqHeaders.append("X-Custom-Header", "ProcessThisImmediately");', None),
    ("Bug 1681796 – Prevent superfluous PictureInPictureParent actors", None),
    ("Talks, talks and more talks", None),
    # a picture's caption with its agency's credit run on, no full stop between
    ("Lord Lee will step down as chairman of the council in January 2016 Rex", "photo caption"),
    ("Protesters gather outside parliament in Wellington on Tuesday Getty Images", "photo caption"),
    ("The worst song of the year, by Kasai Rex", None),
    # the rules of a comment box
    ("The Times may edit your comments and not all emails will be published.", "comment rules"),
    ("Comments that include profanity or personal attacks will be removed from the site.",
     "comment rules"),
    ("Mr Lee said the site may edit your comments before they appear, and critics were furious.",
     None),
    ("Your browser's settings may be preventing you from commenting on this item.", "consent notice"),
    ("The minister said comments that include threats will be removed by the police.", None),
    # a link to another story set into the article, in brackets or not
    ("(MORE: Seoul weighs its own deterrent as talks stall)", "promotion"),
    ("MORE: Tokyo's defence budget hits a record", "promotion"),
    ("More than 40 people were hurt: the police said so on Friday.", None),
    ("Follow the money, the senator told the committee on Tuesday.", None),
    ("Follow the protests on TikTok and Instagram, the minister urged young voters on Friday.", None),
    ("Add the ministry's statement to the list of those that contradict the police.", None),
    # an author's bio in the first person, over the story
    ("I am the head of editorial for Harbour Daily. I write about the business of shipping.",
     "author's note"),
    ("I am the editor of this paper. I write to apologise for our error.", None),
    ("Officials said they would visit our neighbours in Facebook's home state.", None),
])
def test_author_notes_and_glued_tags_are_furniture(line, reason):
    from nato_search.cleaning import furniture_reason

    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", CALLS_TO_ACTION)
def test_calls_to_action_pass_the_cheap_test(line):
    from nato_search.cleaning import _CALL_TO_ACTION, is_call_to_action

    assert _CALL_TO_ACTION.search(line)
    assert is_call_to_action(line)


def test_call_to_action_test_agrees_with_the_pattern_on_real_pages():
    from nato_search.cleaning import _CALL_TO_ACTION, is_call_to_action

    lines = [line.strip() for page in sorted(FIXTURES.rglob("*.txt")) + sorted(SEEDS.glob("*.txt"))
             for line in page.read_text(encoding="utf-8").splitlines()]
    assert sum(bool(_CALL_TO_ACTION.search(line)) for line in lines) > 100
    assert [line for line in lines if is_call_to_action(line) != bool(_CALL_TO_ACTION.search(line))] == []


def test_caption_key_from_the_lines_words_is_the_same():
    from nato_search.cleaning import _caption_key
    from nato_search.text import words

    lines = [line.strip() for page in sorted(FIXTURES.rglob("*.txt")) + sorted(SEEDS.glob("*.txt"))
             for line in page.read_text(encoding="utf-8").splitlines()]
    lines += ["U.S. forces’ base", "don't — stop", "e-mail_address here", "Photo | Credit: AP"]
    assert [line for line in lines if _caption_key(line, words(line)) != _caption_key(line)] == []


STORY = ("Cabinet agrees new cuts\n\n"
         "The cabinet agreed on yet another round of austerity measures today, the government "
         "said, and pensions above a threshold will be cut by a fifth from next year.\n\n"
         "Payments to state workers who retired early will be reduced as well, officials said "
         "on Wednesday after a long meeting in the capital.\n\n")


def test_readers_comments_signed_with_a_date_are_not_the_story():
    comments = "".join(
        f"reader{n} on Sep 21, 3:{n}9 PM said:\n\nI have read this and I think the government is "
        f"wrong about all of it, and the people will not accept another round of this, number {n}."
        f"\n\nReply\n\n" for n in range(1, 5))
    body = clean_blocks(STORY + "5 Comments\n\n" + comments).body
    assert "pensions above a threshold" in body and "Payments to state workers" in body
    assert "I have read this" not in body


def test_messages_an_article_quotes_are_the_story():
    # "X wrote:" without a date is how an article quotes a message, not a reader's signature
    quoted = "".join(f"Person {n} wrote:\n\nWe should keep the old rules, because they worked "
                     f"well for years and nobody asked for a change, said message {n}.\n\n"
                     for n in range(1, 4))
    body = clean_blocks(STORY + quoted).body
    assert "said message 3" in body


@pytest.mark.parametrize("heading", ["Readers' Comments (718)", "Reader Comments", "Comments"])
def test_a_comments_heading_is_a_wall(heading):
    story = STORY + "".join(f"The minister added a further point number {n} about the cuts, which "
                            f"will be debated in parliament over the coming weeks and months.\n\n"
                            for n in range(12))
    comments = "".join(f"I have read this and I think the government is wrong about all of it, "
                       f"and so do my {n} neighbours in the village.\n\n" for n in range(3, 6))
    body = clean_blocks(story + heading + "\n\n" + comments).body
    assert "further point number 11" in body and "neighbours" not in body


def test_a_paragraph_a_reader_quotes_again_stays_in_the_story():
    said = ("“It’s not overly dramatic,” he added, “but if you get a real close election, it "
            "could make a difference to which states they need to go after.”")
    text = (STORY + said + "\n\nThe other likely winners are in the South and the West, where "
            "the population grew fastest over the decade, the census showed.\n\n"
            "Readers' Comments (2)\n\n" + said + "\n\nWhat a piece of work this guy is, honestly, "
            "and nobody will remember it next week at all.\n\n")
    body = clean_blocks(text).body
    assert body.count("not overly dramatic") == 1 and "South and the West" in body


def test_a_short_story_under_its_date_beats_a_long_about_us_in_the_footer():
    menu = "".join(f"{item}\n" for item in (
        "Master of Public Policy", "Master of International Affairs", "Executive Education",
        "Doctoral Programmes", "Why Study With Us", "About Our Research", "Faculty and Researchers",
        "Research Directory", "Public Events", "Student Events", "Event Highlights",
        "Subscribe to Our Newsletter", "Who We Are", "Facts and Figures", "Partner With Us",
        "Job Opportunities", "Contact Our Staff", "Visit the Campus", "Alumni Council",
        "Board of Trustees", "Supervisory Board", "Press Releases", "Opinion Pieces",
        "Research News", "Live on Campus"))
    text = ("In the media\n02.12.19\n\nWhat's on the cards for von der Leyen?\n\n"
            "Markus Jachtenfuchs talks on German radio about the challenges ahead.\n\n"
            "After vetoing three candidates in November, the European Parliament has confirmed "
            "the new European Commission of President Ursula von der Leyen. Markus Jachtenfuchs "
            "spoke to the radio about the challenges for the new commission and the union, and "
            "what they will mean for its members.\n\n"
            "Listen to the full interview on the radio.\n\n" + menu +
            "\nThe School in Berlin prepares exceptional students for leadership positions in "
            "government, business, and civil society. The school offers master's programmes, "
            "executive education and doctoral programmes, distinguished by interdisciplinary and "
            "practice-oriented teaching, as well as outstanding research. Its extensive network "
            "positions it as an ambassador of good governance, characterised by public debate. "
            "It was founded by a foundation, which remains its major funder.\n\n"
            "Contact\nLegal notice\nPrivacy policy\n")
    body = clean_blocks(text).body
    assert "After vetoing three candidates" in body
    assert "prepares exceptional students" not in body


def test_a_headline_about_cookies_is_no_cookie_notice():
    from nato_search.cleaning import furniture_reason, is_call_to_action

    assert not is_call_to_action("The Wedding? I’m Here for the Cookies")
    assert is_call_to_action("Cookie settings") and is_call_to_action("Cookies")
    assert furniture_reason("The Wedding? I’m Here for the Cookies") is None


@pytest.mark.parametrize("caption", [
    "Katie Foor, left, makes her first selection at the cookie table in Pittsburgh.Credit...Ross "
    "Mantle for The New York Times",
    "The two leaders (from left) shake hands before the talks in Tokyo on Monday",
])
def test_captions_of_the_newspapers(caption):
    from nato_search.cleaning import furniture_reason

    assert furniture_reason(caption, before_story=True) == "photo caption"


def test_sentence_end_and_byline_shortcuts_agree_with_their_patterns():
    from nato_search.cleaning import (
        _BYLINE,
        _CJK_STOP,
        _SENTENCE_END,
        ends_sentence,
        is_byline,
        size_in_words,
    )

    lines = [line for page in sorted(FIXTURES.rglob("*.txt")) + sorted(SEEDS.glob("*.txt"))
             for line in page.read_text(encoding="utf-8").splitlines()]
    lines += ['He left."', "He left. )", 'He left." )', "He left ”", "Why?» ", "…", " ", "",
              "end。", "end。 ", "By Jane", " written by: Jane", "Posted by x", "Byline"]
    assert sum(ends_sentence(line) for line in lines) > 100
    assert [line for line in lines if ends_sentence(line) != (
        bool(_SENTENCE_END.search(line.strip())) or bool(_CJK_STOP.search(line[-2:])))] == []
    assert [line for line in lines if is_byline(line) != (
        bool(_BYLINE.match(line.strip())) and size_in_words(line) <= 14)] == []
    assert sum(is_byline(line) for line in lines) >= 3


def test_every_photo_credit_holds_one_of_the_cheap_keys():
    from nato_search.cleaning import _PHOTO_KEYS, _PHOTO_MARK

    lines = [line.strip() for page in sorted(FIXTURES.rglob("*.txt")) + sorted(SEEDS.glob("*.txt"))
             for line in page.read_text(encoding="utf-8").splitlines()]
    lines += ["Kabul, 2021. AFP/AFP", "John Smith/Reuters", "Police at the scene /EPA",
              "A rally in Lagos/AP", "Rescuers/EFE", "Getty Images", "(Photo: AP)"]
    marked = [line for line in lines if _PHOTO_MARK.search(line)]
    assert len(marked) > 20
    assert [line for line in marked if not any(key in line.lower() for key in _PHOTO_KEYS)] == []


def test_lines_measured_on_earlier_pages_read_the_same():
    from nato_search import cleaning

    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    pages += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))[:40]]
    cold = []
    for page in pages:
        cleaning._shared_lines.clear()
        cold.append(clean_blocks(page).blocks)
    for page in pages:
        clean_blocks(page)
    warm = [clean_blocks(page).blocks for page in pages]  # each page after all the others
    assert len(cleaning._shared_lines) > 100
    assert warm == cold
    assert [[b.words for b in blocks] for blocks in warm] == [[b.words for b in blocks] for blocks in cold]


@pytest.mark.parametrize("line, is_date", [
    ("13 Jan 2020, 22:11 GMT+10", True),  # a zone written as an offset
    ("Nov 9, 2023, 12:51 AM EST", True),
    ("13 Jan 2020, 22:11 UTC+05:30", True),
    ("13 Jan 2020, the day the fires were brought under control", False),
])
def test_date_lines_with_their_time_and_zone(line, is_date):
    from nato_search.cleaning import is_date_line

    assert is_date_line(line) is is_date


def test_a_skip_link_glued_to_the_next_one_is_navigation():
    from nato_search.cleaning import is_call_to_action

    assert is_call_to_action("Skip to contentSkip to site index")
    assert not is_call_to_action("Skipper to contend for the title")


# A short wire story: its lead is full of names (few function words) and its paragraphs are
# short; none of them is boilerplate, and the headline is still the title
SHORT_WIRE = ("Leaders meet in Osaka\n\n"
              "OSAKA, May 1, 2024 (Reuters) - Japanese Prime Minister Taro Fujimoto met "
              "Australian Prime Minister Ellen Marsh on Wednesday.\n\n"
              "\"We are partners in peace,\" Fujimoto said after the meeting.\n\n"
              "Officials from both sides said the talks covered defence, trade and energy.\n\n"
              "\"We will meet again soon,\" Marsh said.\n")


def test_a_short_wire_story_keeps_every_paragraph_and_its_headline():
    cleaned = clean_blocks(SHORT_WIRE)
    assert cleaned.headline == "Leaders meet in Osaka"
    body = cleaned.body
    for paragraph in SHORT_WIRE.split("\n\n")[1:]:
        assert paragraph.strip() in body


@pytest.mark.parametrize("headline", ["Talks resume", "Storm warning", "Kishida resigns"])
def test_a_headline_of_two_words_that_opens_the_text_is_the_headline(headline):
    # (not the story's first sentence: a headline of two words shares too few with the lead)
    text = (f"{headline}\n\nThe envoy arrived in Geneva on Monday for a second round of talks "
            "with the rebels, officials said.\n\nThe prime minister said the talks were \"useful "
            "for both sides\" and would go on for a week.\n")
    cleaned = clean_blocks(text)
    assert cleaned.headline == headline
    assert cleaned.body.startswith("The envoy arrived")


def test_a_headline_over_a_long_deck_a_byline_with_a_city_and_a_date_is_the_headline():
    # the deck says more of the lead than the headline does; the headline is still the first
    text = ("The Daily Harbour - Back to home\nNews\nOpinion\nSport\n\nWorld\nEurope\n\n"
            "Japan to send observers to summit amid missile fears\n\n"
            "Tokyo says Prime Minister Ken Mori will attend the Madrid meeting, a first for a "
            "Japanese leader of his party\n\nHelen Davidson in Tokyo\nWed 22 Jun 2022 06.42 BST\n\n"
            "Japan's prime minister, Ken Mori, will attend the summit in Madrid next week, "
            "becoming the first leader of his party to do so, his office has announced.\n\n"
            "Mori will use the meeting to meet the leaders of Australia and New Zealand, his "
            "deputy told reporters in Tokyo on Wednesday.\n")
    cleaned = clean_blocks(text)
    assert cleaned.headline == "Japan to send observers to summit amid missile fears"


@pytest.mark.parametrize("line", ["Floods in Tokyo", "Joe Biden in Warsaw", "Talks in Seoul"])
def test_a_headline_of_what_happened_where_is_no_byline(line):
    assert not is_byline(line)
    text = (f"{line}\n\nThe president arrived in the capital on Monday for talks with allies "
            "about the war, officials said.\n\nHe will meet the prime minister on Tuesday "
            "before flying home, the White House said.\n")
    assert clean_blocks(text).headline == line


@pytest.mark.parametrize("caption", [
    "Young plaintiffs, from left to right: Ana and Rui; Marta and Sofia (Photos courtesy of GLAN)",
    "The minister arrives at the talks in Geneva on Monday (Picture by Ann Lee)"])
def test_a_line_that_ends_with_a_pictures_credit_is_no_headline(caption):
    # (a caption right over the byline, where a headline stands: set 41's Climate Home page)
    from nato_search.cleaning import _headline_shape, measure

    assert not _headline_shape(measure(caption)[0])


def test_a_sections_name_of_two_words_over_a_story_is_not_its_headline():
    text = ("Breaking News\n\nThe envoy arrived in Geneva on Monday for a second round of talks "
            "with the rebels, officials said.\n\nThe prime minister said the talks were useful "
            "for both sides and would go on for a week.\n")
    assert clean_blocks(text).headline != "Breaking News"


def test_more_from_a_speaker_is_no_end_of_the_story():
    text = ("Powell speaks\n\nFederal Reserve chair Jerome Powell said on Friday that rates would "
            "stay high for longer than markets expect, as inflation remains stubborn.\n\n"
            "\"We are not there yet,\" Powell said.\n\nMore from Powell:\n\n\"The labour market "
            "is still very tight and wages are rising fast,\" he told reporters.\n")
    cleaned = clean_blocks(text)
    assert cleaned.headline == "Powell speaks" and "wages are rising fast" in cleaned.body


WIRE_UNDER_A_SIDEBAR = (
    # (the picture's caption, the list and the link on lines of their own, no blank line)
    "Harbour News\nHome Menu Search\n\nPosted 9:28PM on Wednesday 30th December 2015\n\n"
    "Marshals say teen likely won't be deported for weeks\n\nshare\ntweet\n\n"
    "By The Associated Press\n"
    "A van carrying the teen leaves the federal building that houses the offices of the "
    "immigration service in Guadalajara, Mexico, Wednesday, Dec. 30, 2015. The teen, known for "
    "an unusual defense in a fatal drunken-driving crash, likely won't return to the U.S. soon "
    "because a judge delayed his deportation. He was taken to Mexico City, where the centre is "
    "larger and better equipped to hold someone for weeks, officials said. (AP Photo/Jo Ruiz)\n"
    "Related Articles\nCole and Boras ready to play `Can you top this?'Mayor mocks recall "
    "effort at rally\nContact Editor\n\n"
    "MEXICO CITY (AP) — The Texas teenager who fled to Mexico with his mother after a video "
    "appeared to show him breaking his probation will likely stay there for weeks while a judge "
    "weighs his appeal against deportation, officials said on Wednesday, as his mother was put "
    "on a plane home.\n\n"
    "Richard Hunter, a chief deputy for the Marshals Service in South Texas, told reporters that "
    "the legal process could take weeks or even months to run its course, and that the teen "
    "had the right to fight his removal in court.\n\n"
    "Later in the day the teen's mother was flown from Guadalajara to Los Angeles, where she "
    "was expected to be handed over to the sheriff's deputies who had been looking for the pair "
    "since they missed an appointment in December.\n\n"
    "An official, who was not authorized to discuss the case and spoke on condition of "
    "anonymity, said the teen was taken to the capital because its centre for migrants is larger "
    "and better equipped to hold someone for a long time.\n\n"
    "Save\n\nMore In Opinion\n\n1. Frank Bruni\n\nFive Big Questions After a Debate\n\n"
    "Here's what the candidates accomplished and risked in their latest showdown, and what "
    "their rivals will say about it on Sunday.\n\n2. Editorial\n\nShow Voters Those "
    "Transcripts\n\nVoters are entitled to know what the candidate said in paid speeches to "
    "industry groups, and stonewalling will not help her.\n")


def test_a_list_of_other_stories_over_a_wire_storys_dateline_is_not_the_story():
    body = clean_blocks(WIRE_UNDER_A_SIDEBAR).body
    assert body.startswith("MEXICO CITY (AP) — The Texas teenager")
    assert "Mayor mocks" not in body and "Contact Editor" not in body


def test_more_in_a_section_ends_the_story():
    body = clean_blocks(WIRE_UNDER_A_SIDEBAR).body
    assert body.rstrip().endswith("to hold someone for a long time.")


def test_a_short_line_after_the_story_that_quotes_no_one_stays_out():
    # the paragraphs taken back are quotations with their speaker, not any short line
    text = SHORT_WIRE.replace("\"We will meet again soon,\" Marsh said.", "Share this story.")
    assert "Share this story." not in clean_blocks(text).body


def test_a_kicker_in_capitals_over_the_headline_is_not_it():
    story = " ".join(["The small shop began as little more than an idea shared by two friends "
                      "for a wardrobe that changes, and it has grown every year since then."] * 2)
    page = ("Sign in if you're already registered.\n"
            "STARTUP OF THE YEAR\n\n"
            "How a Small Shop Plans to Own Your Wardrobe\n"
            "A new business model, new stores, and $70 million in funding. Here's how this "
            "business grew in 2015.\n\n"
            "By Dana Marsh\n"
            "Dana Marsh is a staff reporter and a graduate of Brown University. She lives in "
            "Brooklyn, New York.\n"
            "@DanaMarsh\nWRITE A COMMENT\nKate Ling and Joan Hale.\n"
            "IMAGE: Jo Tripp/Corbis Outline\nAdvertisement\n\n"
            "Editor's Note: the magazine will announce its pick for Startup of the Year on "
            "Monday. Here, we spotlight one of the contenders for the title this year.\n\n"
            f"{story}\n\n{story}\n")
    assert clean_blocks(page).headline == "How a Small Shop Plans to Own Your Wardrobe"


@pytest.mark.parametrize("line", [
    "Last Edited: Wednesday, 09 Jan 2008, 7:51 PM CST",
    "Created: Wednesday, 09 Jan 2008, 7:51 PM CST",
    "Filed: March 3, 2021 at 10:42 am",
    "Date: 2019/06/19",
    # a time first, with no zone, and a dash or a comma before the day
    "08:12 - 3rd, Mar 2009",
    "12:39, 2 NOV 2023",
    "Transmitted Tuesday, March 3, 2009",
])
def test_a_date_under_any_common_label_is_a_date_line_never_a_headline(line):
    # (a page whose "Last Edited:" line was taken for its headline)
    assert is_date_line(line)


def test_a_date_over_the_headline_signs_it_not_the_sites_name_above():
    story = " ".join(["House price inflation fell sharply at the end of last year according to "
                      "the bank, the country's biggest mortgage lender, with prices rising slowly."]
                     * 2)
    page = ("Broadcast Sales Essex England UK Broadcast Video Editing\n\n"
            "UK National News\n\n"
            "Submit News Item\n"
            "08 January 2008\n"
            "House Price Trend Is Down In Subdued Market\n"
            f"{story}\n\n{story}\n")
    assert clean_blocks(page).headline == "House Price Trend Is Down In Subdued Market"


def test_a_quotation_and_its_speaker_given_twice_stay_once():
    # a wire story's summary quotes a spokesman, and the story quotes him again word for word:
    # a short sentence shown twice, but prose that says who spoke, not a menu entry (its copy
    # is dropped, as a reader's comment quoting the story would be)
    said = "\"She will be back at work soon, within a week or two,\" spokesman Ian Rowe said."
    body = clean_blocks("The mayor's office said she was recovering well.\n\n" + said + "\n\n"
                        + STORY + said + "\n\nThe council meets again next month.").body
    assert body.count(said) == 1


@pytest.mark.parametrize("between, credit", [
    # set into the story: the caption, then the photographer and the agency
    ("\n", "(Anna Lind / AP)"),
    # a blank line between them (as between a caption and its copy above it), in capitals
    ("\n\n", "(ANNA LIND/REUTERS)"),
])
def test_a_pictures_caption_over_its_credit_is_no_story(between, credit):
    caption = "The minister speaks at a rally in the capital on Jan. 23, 2016, before the vote."
    page = (STORY + caption + between + credit + "\n\n"
            + "More cuts were announced today for the ministries that spend the most, and the "
            "opposition said it would vote against every one of them next week.\n\n")
    body = clean_blocks(page).body
    assert caption not in body and credit.strip("()") not in body
    assert "pensions above a threshold" in body and "vote against" in body



def test_the_line_right_over_a_labelled_picture_credit_is_its_caption_unless_it_reports_speech():
    # a broadcaster's page, paragraphs one per line: a standfirst that reports what someone
    # says stands over the story's picture; a caption stands over a picture's "Photo:" credit
    lead = "Harbour chief Tevita Lomu says the port will reopen to cruise ships in March."
    caption = "Tevita Lomu is the chief executive of the Ports Authority."
    page = (lead + "\nPhoto: Supplied\n" + STORY.replace("\n\n", "\n") + caption
            + "\nPhoto: Ana Feleti/Island Media\n"
            "More cuts were announced today for the ministries that spend the most, and the "
            "opposition said it would vote against every one of them next week.\n\n"
            "Other programmes on the list include road repairs in the north and a new clinic, "
            "which the council said it would fund from its own savings this year.\n\n"
            "Photo: Ana Feleti.\n")
    body = clean_blocks(page).body
    assert lead in body and "pensions above a threshold" in body
    assert caption not in body and "Island Media" not in body
    # (a paragraph over a blank line is the story's, whatever credit follows it)
    assert "Other programmes on the list" in body

def test_a_wire_storys_reporting_credit_ends_it():
    # "(Reporting by ...; Editing by ...)": what follows is the page's, however it reads
    teaser = ("NEW YORK Shares fell the most in two months on Wednesday after the central bank "
              "raised interest rates by a quarter point and signalled more to come next year.")
    page = (STORY + "The vote on the cuts is due before the end of the month, the speaker said, "
            "and the opposition has promised to fight every one of them.\n\n"
            "(Reporting by Anna Lind; Editing by Tom Reyes)\n\nNext In Business News\n\n"
            "Stocks slide after rate rise\n\n" + teaser + "\n\n")
    body = clean_blocks(page).body
    assert "Reporting by Anna Lind" in body and "Shares fell the most" not in body


@pytest.mark.parametrize("line", ["Comment on Twitter was swift after the vote.",
                                  "Comment on the decision was not immediately available.",
                                  "3 comments by the minister drew fire."])
def test_a_sentence_about_comment_is_no_call_to_comment(line):
    from nato_search.cleaning import is_call_to_action

    assert not is_call_to_action(line)
