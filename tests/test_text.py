"""Sentences: where a full stop ends one and where it does not."""

from __future__ import annotations

import pytest

from nato_search.text import sentence_spans, sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("Gen. Smith arrived. He spoke.", ["Gen. Smith arrived.", "He spoke."]),
    ("J. Smith and G.K. Butterfield met. They talked.",
     ["J. Smith and G.K. Butterfield met.", "They talked."]),
    ("The U.S. Army left. Then it rained.", ["The U.S. Army left.", "Then it rained."]),
    # titles in the plural before names
    ("He told Sens. Tom Ward and Ann Lowe so. Reps. Jo Kerr and Al Dunn agreed.",
     ["He told Sens. Tom Ward and Ann Lowe so.", "Reps. Jo Kerr and Al Dunn agreed."]),
    ('"We will go." She left.', ['"We will go."', "She left."]),
    ("It rose 5.2 per cent. Prices fell", ["It rose 5.2 per cent.", "Prices fell"]),
    ("file_name. Next one", ["file_name.", "Next one"]),
    ("One line\n  Another line  ", ["One line", "Another line"]),
    ("Is it? Yes! 2024 was long.", ["Is it?", "Yes!", "2024 was long."]),
    # a quotation opening after initials or an abbreviation opens a sentence
    ("She works in New Brunswick, N.J. “We know it,” she said.",
     ["She works in New Brunswick, N.J.", "“We know it,” she said."]),
    ("It was made in the U.S.” He left.", ["It was made in the U.S.”", "He left."]),
])
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_a_pictures_credit_glued_to_the_text_after_it_ends_a_sentence():
    # a page whose paragraphs were run together: caption, credit, then the story goes on
    text = ("Players at Goodison Park yesterday. Photograph: Peter Byrne/PA The head coach "
            "said so. Leaders met. Photograph: Olivier Douliery/AFP via Getty Images “We will "
            "see.” Composite: Guardian Design/Reuters/EPA Next one.")
    assert sentences(text) == [
        "Players at Goodison Park yesterday.", "Photograph: Peter Byrne/PA",
        "The head coach said so.", "Leaders met.",
        "Photograph: Olivier Douliery/AFP via Getty Images", "“We will see.”",
        "Composite: Guardian Design/Reuters/EPA", "Next one."]


def test_paragraphs_run_together_without_a_space_still_end_sentences():
    text = ("What more could the west do about Ukraine?Read more Reacting to it, Ellwood said "
            "so. It funds medical supplies.United Help Ukraine sends aid. But Sens.Ted Cruz, "
            "R-Texas, and the U.S.Army stayed.")
    assert sentences(text) == [
        "What more could the west do about Ukraine?",
        "Read more Reacting to it, Ellwood said so.", "It funds medical supplies.",
        "United Help Ukraine sends aid.", "But Sens.Ted Cruz, R-Texas, and the U.S.Army stayed."]


def test_a_sentence_glued_to_a_name_or_word_of_two_letters_ends_there():
    # (a Korean or Chinese surname of two letters opens the next paragraph, run on)
    text = ("The rollout may be timed to meet the plan.Ng Wai-man, a lecturer, said so. It "
            "was late.So the plan slipped. But Sens.Ng and the U.S.Oh stayed.")
    assert sentences(text) == [
        "The rollout may be timed to meet the plan.", "Ng Wai-man, a lecturer, said so.",
        "It was late.", "So the plan slipped.", "But Sens.Ng and the U.S.Oh stayed."]


def test_a_sentence_glued_to_the_next_that_opens_with_a_lone_article_ends_there():
    text = ("They could lose funding unless concerns were addressed.A head teacher at one of the "
            "schools said so. Google paid tax until 2011.Mr Schmidt said more. Sens.Ted Cruz spoke.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "They could lose funding unless concerns were addressed.",
        "A head teacher at one of the schools said so.",
        "Google paid tax until 2011.", "Mr Schmidt said more.", "Sens.Ted Cruz spoke."]



def test_a_sentence_glued_after_a_name_ends_at_the_names_stop():
    # paragraphs run together: a stop after a capitalised word that is no abbreviation
    text = ("Critics included the committee chair Tevita Lomu.Mr Lomu said the deal was rushed. "
            "The U.S.Navy and Gen.Park stayed. It came from Fiji.The alliance agreed.")
    assert sentences(text) == [
        "Critics included the committee chair Tevita Lomu.", "Mr Lomu said the deal was rushed.",
        "The U.S.Navy and Gen.Park stayed.", "It came from Fiji.", "The alliance agreed."]

def test_the_and_a_word_in_lower_case_after_one_in_lower_case_opens_a_sentence():
    from nato_search.text import sentences
    assert sentences("He was driving home from a concert The teen's attorney said it. He read "
                     "it in The Washington Post.") == [
        "He was driving home from a concert", "The teen's attorney said it.",
        "He read it in The Washington Post."]
