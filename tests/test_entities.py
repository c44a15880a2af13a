"""The entity model's pure parts: name boundaries, descriptions, the most complete name."""

from __future__ import annotations

import pytest

from nato_search.entities import (
    Entities,
    article_names,
    article_organisations,
    clean_name,
    complete,
    gender_of_name,
    is_unnamed,
    named_body,
)


@pytest.mark.parametrize("phrase, name, role", [
    ("Afterwards Trump", "Trump", None),
    # a lawmaker's post and a surname alone: the post ends before the name
    ("SLPP Dissident MP Perera", "Perera", "SLPP Dissident MP"), ("Rebel MP Reyes", "Reyes", "Rebel MP"),
    ("Vermont Bernie Sanders", "Bernie Sanders", None),
    ("Iran Brian Hook", "Brian Hook", None),
    ("Hong Kong Carrie Lam", "Carrie Lam", None),
    ("New Zealand Chris Hipkins", "Chris Hipkins", None),  # countries of more than one word
    ("South Korea Yoon Suk Yeol", "Yoon Suk Yeol", None),
    ("Saudi Arabia Mohammed bin Salman", "Mohammed bin Salman", None),
    ("Army spokesman Arnel dela Vega", "Arnel dela Vega", "Army spokesman"),  # a particle inside
    ("Canada’s Sowmyan Jegatheesan", "Sowmyan Jegatheesan", None),  # a country's, in front
    ("Canada’s Sowmyan", "Sowmyan", None),
    ("Hong Kong's Carrie Lam", "Carrie Lam", None),
    ("White House Chief of Staff Mark Meadows", "Mark Meadows", "White House Chief of Staff"),
    ("ACLU's Jay Stanley", "Jay Stanley", "ACLU's"),  # a body's, in front
    ("Vendor Glenn Jones", "Glenn Jones", "Vendor"),  # a trade, capitalised as the sentence opens
    ("Agent Scott Rance", "Scott Rance", "Agent"),
    ("Had Klein", "Klein", None),  # a question's verb opening the sentence
    ("Will Hurd", "Will Hurd", None),
    ("Minority Whip Dick Durbin", "Dick Durbin", "Minority Whip"),
    ("Rep. G.K. Butterfield (D-N.C.)", "G.K. Butterfield", "Rep."),
    ("McConnell, R-Ky.,", "McConnell", None),
    ("Fourteen-year-old Zoe", "Zoe", None),
    ("Judge Durham Hall QC", "Durham Hall", "Judge"),
    ("Santa Barbara County Sheriff Bill Brown", "Bill Brown", "Santa Barbara County Sheriff"),
    ("NATO Secretary-General Jens Stoltenberg", "Jens Stoltenberg", "NATO Secretary-General"),
    ("Yemen-based Houthi spokesman Yahya Sarea", "Yahya Sarea", None),
    ("Trump's", "Trump", None),
    # names that look like the words above and must stay whole
    ("Theresa May", "Theresa May", None),
    ("Jordan Peterson", "Jordan Peterson", None),
    ("Amartya Sen", "Amartya Sen", None),
    ("Gen Nakatani", "Gen Nakatani", None),
    ("Defense Minister Gen Nakatani", "Gen Nakatani", "Defense Minister"),
    # British military and council titles, written without a full stop
    ("Gen Oleksandr Syrskyi", "Oleksandr Syrskyi", "Gen"),
    ("Brig Gen Ann Lee", "Ann Lee", "Brig Gen"),
    ("Cllr Jane Hart", "Jane Hart", "Cllr"),
    ("Martin Luther King Jr.", "Martin Luther King Jr.", None),
    ("Bill de Blasio", "Bill de Blasio", None),
    ("Jessie K. Liu", "Jessie K. Liu", None),
    ("Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", None),
    # a sovereign's title, given names and number are the name; a knight's title is not
    ("Queen Elizabeth II", "Queen Elizabeth II", None),
    ("Pope John Paul II", "Pope John Paul II", None),
    ("King Juan Carlos", "King Juan Carlos", None),
    ("Sir Elton John", "Elton John", "Sir"),
    ("Crown Prince Mohammed bin Salman", "Mohammed bin Salman", "Crown Prince"),
    # what a post is of runs up to the given name ("Public Prosecutions" is no part of hers)
    ("Director of Public Prosecutions Alison Saunders", "Alison Saunders", None),
    ("Secretary of Defense Pete Hegseth", "Pete Hegseth", None),
    # what a person is at the scene stands before the name
    ("Witness Louie Solano", "Louie Solano", "Witness"),
    ("Matron Sue Taylor", "Sue Taylor", "Matron"),
    ("Demonstrator Pracha Wongsa", "Pracha Wongsa", "Demonstrator"),
    # a cleric's title, like an imam's
    ("Mullah Karim Haqqani", "Karim Haqqani", "Mullah"),
    ("Older People's Commissioner for Wales Sarah Rochira", "Sarah Rochira", None),
    # a post in the plural before names; a country's post keeps the country
    ("Representatives Brad Sherman", "Brad Sherman", "Representatives"),
    ("Senators Tom Cotton", "Tom Cotton", "Senators"),
    ("Russian President Vladimir Putin", "Vladimir Putin", "Russian President"),
    ("Japanese Prime Minister Fumio Kishida", "Fumio Kishida", "Japanese Prime Minister"),
    # after a courtesy title, a month's or a modal's name is a surname
    ("Mrs May", "May", "Mrs"),
    # what befell a person, before the name, is no part of it
    ("Jailed Tom Reyes", "Tom Reyes", None),
    ("Married Okafor", "Okafor", None),
    ("Mr Will", "Will", "Mr"),
    # a Malay honorific style, of one word or two, is no part of the name; "Tan" and "Sri"
    # alone are a surname and a given name
    ("Tan Sri Rahim Osman", "Rahim Osman", None), ("Datuk Seri Aminah Yusof", "Aminah Yusof", None),
    ("Dato' Sri Razak Hamid", "Razak Hamid", None), ("Tun Salleh Hussein", "Salleh Hussein", None),
    ("Chief Minister Datuk Hamid Ismail", "Hamid Ismail", "Chief Minister"),
    ("Tan Cheng Lee", "Tan Cheng Lee", None), ("Sri Wahyuni Putri", "Sri Wahyuni Putri", None),
    # a headline's kicker in capitals glued to the name by a scrape
    ("HAVING A BLASTKim Jong-un", "Kim Jong-un", None), ("EXCLUSIVEJacinda Ardern", "Jacinda Ardern", None),
    ("McDonald Smith", "McDonald Smith", None),
])
def test_name_boundaries(phrase, name, role):
    got = clean_name(phrase)
    assert got is not None and got.text == name
    if role is not None:
        assert got.role == role


@pytest.mark.parametrize("phrase", ["So", "Now", "During", "Greek", "Florida", "WASHINGTON",
                                    "Eastern Mediterranean", "Editor's", "He's", "U.S.",
                                    "New Zealand", "Sri Lanka",
                                    "United Arab Emirates", "Czech Republic",
                                    # a person unnamed, and where they live or come from
                                    "One resident of South Pyongan", "Ultimately",
                                    # places named by what they are
                                    "Fort Meade", "Mount Everest", "Cape Town",
                                    # a page's prompt; a title's words ending in an adverb
                                    "Scroll", "Click", "Waiting Patiently", "VIDEO",
                                    "Burning Furiously"])
def test_words_that_are_not_names(phrase):
    assert clean_name(phrase) is None


@pytest.mark.parametrize("speaker, unnamed", [
    ("a police spokesperson", True), ("One MP", True), ("a Chinese official", True),
    ("the father", True), ("Fumio Kishida", False), ("NATO", False),
    ("The Ministry of Defence", False), (None, True),
])
def test_a_description_is_not_a_name(speaker, unnamed):
    assert is_unnamed(speaker) is unnamed


def test_a_surname_is_completed_to_the_family_member_named_last():
    text = ("Joe Biden spoke first. Later his son Hunter Biden testified. Then Doris Day "
            "sang. The Doris Day Show was on.")
    names = article_names(text)
    assert complete("Biden", names, text.index("Later") + 30) == "Hunter Biden"
    assert complete("Biden", names, text.index("spoke")) == "Joe Biden"
    assert complete("Day", names, len(text)) == "Doris Day"  # not "Doris Day Show"
    assert complete("Kishida", names, len(text)) == "Kishida"  # never named in full


def test_an_owners_name_ends_at_the_possessive():
    text = ("Voters spoke. President Donald Grant’s Republican Party is eager. Mexico's "
            "Foreign Secretary Marcelo Ruiz spoke.")
    assert [n.text for _, n in article_names(text)] == ["Donald Grant", "Marcelo Ruiz"]


def test_a_person_after_a_bodys_possessive_is_named_in_full():
    # "Harbour News's Tareq Abu Salem, reporting from ...": his full name, for a later "Abu Salem"
    text = ("Harbour News’s Tareq Abu Salem, reporting from the port, said the order came "
            "late.\n\n“The families are leaving now,” Abu Salem said.")
    assert "Tareq Abu Salem" in [n.text for _, n in article_names(text)]


def test_a_title_after_a_word_in_the_sentence_names_no_one():
    text = ("Ellen Brooks made her last film in 1968 and hosted The Ellen Brooks Show on "
            "television until 1973.")
    names = article_names(text)
    assert [n.text for _, n in names] == ["Ellen Brooks"]
    assert complete("Ellen Brooks", names, len(text)) == "Ellen Brooks"


def test_nothing_before_a_given_name_completes_it():
    # a signature in a list: the constituency, then the member's name
    text = ("Senior Tory MP Neil Parish urged the Government to act. Tiverton and Honiton Neil "
            "Parish signed the letter.")
    names = article_names(text)
    assert complete("Parish", names, len(text)) == "Neil Parish"
    assert complete("Neil Parish", names, len(text)) == "Neil Parish"


def test_the_salient_person_is_who_a_pronoun_and_a_shared_surname_mean():
    people = Entities()
    joe = people.add("Joe Biden", "President")
    hunter = people.add("Hunter Biden")
    people.last = joe
    assert people.find("Biden") is joe
    people.last = hunter
    assert people.find("Biden") is hunter and people.pronoun("he") is hunter
    assert people.add("Mrs. Jill Biden").gender == "f"



def test_the_prime_minister_is_no_other_minister():
    # "the minister" may be the prime minister, but "the prime minister" is no shadow
    # minister named since
    people = Entities()
    pm = people.add("Anthony Albanese", "Prime Minister")
    shadow = people.add("Julian Leeser", "minister")
    assert people.by_role(["the", "prime", "minister"], {"minister"}) is pm
    assert people.by_role(["the", "minister"], {"minister"}) is shadow


def test_a_mans_name_may_hold_a_womans_given_name_but_not_the_other_way():
    assert gender_of_name("Jose Maria Aznar") == "m"
    assert gender_of_name("Mai Ahmad Sowe") is None  # ("Mai", then "Ahmad")
    assert gender_of_name("Nancy Pelosi") == "f"

def test_a_body_spoken_of_by_its_kind():
    text = ("The Ministry of Defence met the Acme Holdings board. Acme Holdings said it would "
            "cut jobs. The Food Standards Agency warned buyers.")
    bodies = article_organisations(text)
    assert [name for _, name in bodies] == ["Ministry of Defence", "Acme Holdings",
                                            "Acme Holdings", "Food Standards Agency"]
    assert named_body("ministry", bodies, len(text), text) == "Ministry of Defence"
    assert named_body("company", bodies, len(text), text) == "Acme Holdings"
    assert named_body("agency", bodies, 10, text) is None  # not named yet


def test_a_union_a_guild_and_the_organization_named_last():
    text = ("The Writers Guild of America joined the strike. The Alliance of Motion Picture "
            "Producers answered on Monday.")
    bodies = article_organisations(text)
    assert [name for _, name in bodies] == ["Writers Guild of America",
                                            "Alliance of Motion Picture Producers"]
    assert named_body("union", bodies, len(text), text) == "Writers Guild of America"
    assert named_body("organization", bodies, len(text), text) == \
        "Alliance of Motion Picture Producers"
    assert named_body("organization", bodies, 0, text) is None


@pytest.mark.parametrize("speaker, unnamed", [
    ("a spokesperson of the North's committee", True),  # a description, capitals or not
    ("the head of the police's internal investigators", True),
    ("the Justice Department", False),
    ("Kim Jong Un", False),
    ("a U.S. State Department official", True),  # someone of a body, the body named
    ("two Foreign Ministry officials", True),
    ("the State Department official", False),  # (whom the article may have named)
    ("Paul Grant’s spokesman", True),  # someone of someone's, not named
    ("Ruth Hale's two lawyers", True),
    ("Paul Grant", False), ("Grant's Tomb", False),
])
def test_a_description_is_unnamed_whatever_names_it_holds(speaker, unnamed):
    assert is_unnamed(speaker) is unnamed


@pytest.mark.parametrize("phrase, name", [
    ("Supervisor Alfredo Pedroza", "Alfredo Pedroza"),  # a local post is a role
    ("Trustee Ann Lee", "Ann Lee"),
    ("Kate Bolduan Friday", "Kate Bolduan"),  # "told Kate Bolduan Friday morning": a day
    ("Another Sibur", "Sibur"),  # "Another Sibur shareholder is ...": a determiner
])
def test_what_stands_around_a_name_is_not_part_of_it(phrase, name):
    assert clean_name(phrase).text == name


def test_none_opening_a_sentence_is_no_name():
    assert clean_name("None") is None


def test_a_title_of_the_other_gender_is_another_member_of_the_family():
    # "Mrs Blackman" after "Sgt Alexander Blackman": his wife, not him (his given name says he
    # is a man, though the narration has not); "Mr Blackman" is him
    people = Entities()
    alexander = people.add("Alexander Blackman")
    wife = people.add("Blackman", "Mrs")
    assert wife is not alexander and wife.gender == "f"
    assert people.find("Blackman", "f") is wife
    assert people.add("Blackman", "Mr") is alexander


@pytest.mark.parametrize("phrase, name", [
    ("Federal Reserve", "Federal Reserve"), ("Tokyo Stock Exchange", "Tokyo Stock Exchange"),
    ("National Security Directorate", "National Security Directorate"),
    # the words of posts in a body's name are the name's; an owner's possessive is not
    ("Foreign Office", "Foreign Office"), ("Cabinet Office", "Cabinet Office"),
    ("Mexico's Foreign Ministry", "Foreign Ministry"),
    # a watchdog
    ("Press Freedom Watch", "Press Freedom Watch"),
])
def test_a_bodys_name_ending_in_its_kind_is_an_organisation(phrase, name):
    # (and so never "he" or "she": "By one Federal Reserve measure, ..." then "she says")
    got = clean_name(phrase)
    assert got.organisation and got.text == name


@pytest.mark.parametrize("phrase", ["Briton Jane Fraser", "Kiwi Jane Fraser", "American Jane Fraser"])
def test_a_nationality_before_a_name_is_not_part_of_it(phrase):
    assert clean_name(phrase).text == "Jane Fraser"


def test_a_persons_name_ends_at_the_possessive_before_what_they_own():
    names = article_names("The EU is demanding the UK ditch plans to change Boris Johnson's "
                          "Brexit deal by the end of the month.")
    assert [n.text for _, n in names] == ["Boris Johnson"]


@pytest.mark.parametrize("phrase, name", [("US European Command", "US European Command"),
                                          ("Indo-Pacific Command", "Indo-Pacific Command")])
def test_a_command_is_a_body_and_keeps_its_country(phrase, name):
    got = clean_name(phrase)
    assert got.organisation and got.text == name


@pytest.mark.parametrize("phrase", ["Analysts", "Prosecutors", "Democratic Senators"])
def test_people_by_their_post_in_the_plural_are_no_name(phrase):
    got = clean_name(phrase)
    assert got is None or got.text == phrase and got.role is None


@pytest.mark.parametrize("phrase", ["Trump Tower", "Wembley Stadium", "Kensington Palace",
                                    "Gatwick Airport"])
def test_a_building_named_after_someone_is_no_person(phrase):
    assert clean_name(phrase).organisation


def test_a_bodys_name_after_a_sentence_glued_to_it():
    found = article_organisations("The visit was in September.Metropolitan Police officers "
                                  "flew out last month.")
    assert [name for _, name in found] == ["Metropolitan Police"]


def test_he_before_a_name_the_given_names_do_not_hold_is_a_surname():
    # "He Jianxiong, the former executive director ...": a Chinese surname first, not "he"
    assert clean_name("He Xiaoming").text == "He Xiaoming"
    assert clean_name("He") is None


def test_a_name_after_a_title_that_opens_a_sentence_keeps_its_first_word():
    # "Mr Norng Chan Phal, ..." opens its sentence with the title: "Norng" is his name's first
    # word, not a sentence's opening word, though "Chan Phal" is all the text calls him later
    text = ("The prison is a museum now.\n\nMr Sok Chan Dara, one of the few to survive it, was "
            "a boy then.\n\nHe testified at the trial in 2009. \u201cJustice is not complete,\u201d "
            "Mr Chan Dara said.")
    assert "Sok Chan Dara" in [n.text for _, n in article_names(text)]
