"""Property: over every article we have, what `quotes` gives as a speaker is a name or a
description, never a word that merely opens a sentence, a place, a date or a function word; and
a person's name holds no role word, no age and no party tag.

The word lists here are written apart from the extractor's own, as a reader would check."""

from __future__ import annotations

import re
from functools import cache

import pytest
from conftest import FIXTURES, SEEDS

from nato_search.entities import clean_name, is_unnamed
from nato_search.pipeline import article_from_text

ARTICLES = sorted(FIXTURES.rglob("*.txt")) + sorted(SEEDS.glob("*.txt"))

FUNCTION_WORDS = {
    "so", "now", "then", "during", "already", "afterwards", "however", "meanwhile", "also",
    "but", "and", "or", "if", "when", "while", "after", "before", "since", "later", "earlier",
    "still", "yet", "today", "yesterday", "this", "that", "these", "those", "it", "there",
    "here", "he", "she", "they", "we", "i", "you", "his", "her", "their", "in", "on", "at",
    "for", "with", "by", "from", "of", "to", "as", "according", "despite", "although", "editor's",
    "he's", "she's",
}
DATES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "january", "february", "march", "april", "june", "july", "august", "september",
         "october", "november", "december"}
PLACES = {"washington", "florida", "california", "texas", "new york", "london", "paris",
          "vermont", "argentina", "iran", "greek", "eastern mediterranean", "hong kong",
          "scotland", "u.s.", "china", "russia", "japan", "ukraine", "europe", "america",
          "american", "chinese", "russian", "british", "german", "french"}
ROLE_WORDS = {"president", "minister", "secretary", "senator", "sen.", "rep.", "gov.",
              "governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "judge",
              "prosecutor", "legislator", "assemblywoman", "assemblyman", "congressman",
              "congresswoman", "whip", "sheriff", "captain", "ambassador", "chancellor",
              "professor", "dr.", "mr.", "mrs.", "ms.", "director", "chairman", "ceo"}
BODIES = {"department", "ministry", "council", "committee", "commission", "court", "party",
          "agency", "office", "government", "university", "institute", "foundation", "company",
          "association", "union", "corporation", "senate", "house", "board", "service"}
AGE = re.compile(r"\b\d+-year-old\b|\b(?:year|years)-old\b|,\s*\d{1,3}\b", re.I)
PARTY_TAG = re.compile(r"\(\s*[DRI]\b|\b[DRI]-[A-Z][a-z]*\.?")


@cache
def _quotes(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    return article_from_text(path.name, str(path), text).quotes


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_no_speaker_is_an_opener_a_place_a_date_or_a_function_word(path):
    for q in _quotes(path):
        speaker = q.speaker or ""
        low = speaker.casefold()
        assert low not in FUNCTION_WORDS | DATES | PLACES, (speaker, q.context)
        assert low.split()[0] not in FUNCTION_WORDS - {"the"}, (speaker, q.context)
        assert not re.fullmatch(r"[\d\s/.-]+", speaker), (speaker, q.context)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_no_name_holds_a_role_an_age_or_a_party_tag(path):
    for q in _quotes(path):
        speaker = q.speaker or ""
        if is_unnamed(speaker):
            continue  # a description ("a police spokesperson") may hold a role word
        name = clean_name(speaker)
        if name is not None and name.organisation or set(speaker.casefold().split()) & BODIES:
            continue  # "the Ministry of Health": an organisation's name may hold such words
        words = [w.casefold().strip(",") for w in speaker.split()]
        assert not set(words) & ROLE_WORDS, (speaker, q.context)
        assert not AGE.search(speaker), (speaker, q.context)
        assert not PARTY_TAG.search(speaker), (speaker, q.context)
        assert not any(w in PLACES for w in words[:1]) or len(words) == 1, (speaker, q.context)
