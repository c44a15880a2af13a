"""Counting quotations per speaker across a corpus (`speakers`, `stats`)."""

from nato_search.speakers import Aliases, tally


def _row(speaker, doc="a.txt", role=None, date="2024-01-02"):
    return {"speaker": speaker, "doc": doc, "role": role, "date": date}


def test_a_surname_alone_joins_the_one_fuller_name_that_ends_with_it():
    rows = [_row("Fumio Kishida", "a.txt", "Prime Minister", "2023-01-31"),
            _row("Kishida", "b.txt", None, "2024-07-11"),
            _row("Jens Stoltenberg", "a.txt")]
    counted = tally(rows, Aliases())
    assert set(counted) == {"Fumio Kishida", "Jens Stoltenberg"}
    kishida = counted["Fumio Kishida"]
    assert (kishida.quotes, kishida.articles) == (2, {"a.txt", "b.txt"})
    assert (kishida.first, kishida.last) == ("2023-01-31", "2024-07-11")
    assert kishida.roles == {"Prime Minister": 1}


def test_a_surname_shared_by_two_people_stays_apart():
    rows = [_row("Joe Biden"), _row("Hunter Biden"), _row("Biden")]
    assert set(tally(rows, Aliases())) == {"Joe Biden", "Hunter Biden", "Biden"}


def test_a_description_or_a_word_two_bodies_share_joins_no_one():
    rows = [_row("Thames Valley Police"), _row("police"), _row("Reuters and NBC"), _row("NBC")]
    assert set(tally(rows, Aliases())) == {"Thames Valley Police", "police", "Reuters and NBC", "NBC"}


def test_a_western_given_name_that_is_an_asian_surname_joins_no_one_by_it():
    rows = [_row("Kim Beazley"), _row("Kim"), _row("Lee Anderson"), _row("Lee")]
    assert set(tally(rows, Aliases())) == {"Kim Beazley", "Kim", "Lee Anderson", "Lee"}
    rows = [_row("Kim Jong Un"), _row("Kim"), _row("Lee Jae-myung"), _row("Lee")]
    assert set(tally(rows, Aliases())) == {"Kim Jong Un", "Lee Jae-myung"}


def test_accents_and_case_do_not_keep_a_surname_apart():
    rows = [_row("Recep Tayyip Erdoğan"), _row("Erdogan")]
    assert set(tally(rows, Aliases())) == {"Recep Tayyip Erdoğan"}


def test_many_speakers_are_counted_each_once():
    rows = [_row(f"Given{i} Family{i}") for i in range(3000)]
    rows += [_row(f"Family{i}") for i in range(0, 3000, 3)]
    counted = tally(rows, Aliases())
    assert len(counted) == 3000
    assert counted["Given3 Family3"].quotes == 2 and counted["Given4 Family4"].quotes == 1


def test_words_two_people_said_together_count_for_each_but_a_bodys_name_stays_whole():
    rows = [_row("Kevin Falcon and Elenore Sturko", "a.txt"), _row("Kevin Falcon", "b.txt"),
            _row("Department of Health and Human Services"), _row("Procter and Gamble")]
    counted = tally(rows, Aliases())
    assert set(counted) == {"Kevin Falcon", "Elenore Sturko",
                            "Department of Health and Human Services", "Procter and Gamble"}
    assert counted["Kevin Falcon"].quotes == 2 and counted["Elenore Sturko"].quotes == 1
