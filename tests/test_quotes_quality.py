"""Quotation extraction measured against quotations labelled by hand in real news.

Eight sets, each labelled by reading the articles before looking at the extractor's output:

- quotes_gold.jsonl: 12 Wikinews articles and 2 web pages (85 quotations). First measured
  F1 0.828, speakers right 0.783; the rules were then improved while looking at these.
- quotes_heldout.jsonl: 8 more Wikinews articles (40). First measured, unseen: F1 0.921,
  speakers 0.771; general fixes followed.
- quotes_unseen.jsonl: 5 more (28). First measured, unseen: F1 0.815, speakers 0.750; then
  general fixes.
- quotes_fourth.jsonl: 2 more, feature writing with many unattributed quotations (21). Measured
  once, unseen, after all the fixes above: F1 0.645 (precision 1.000, recall 0.476), speakers
  0.700 (one of the three misses is the scorer's: "Syrian Democratic Forces" is the "SDF").
  The rules were then improved while looking at it (a speaker for quotations with no speech
  verb next to them: the person the narration is about), which took it to F1 0.923, speakers
  1.000, and the third set to F1 0.943, speakers 0.960.
- quotes_fifth.jsonl: 5 more (39): a convention report, a maritime investigation with expert
  interviews, a protest, a cosplay feature, US politics. Measured once, unseen, after all of
  the above: F1 0.886 (precision 1.000, recall 0.795), speakers 0.903. General fixes followed
  (a semicolon ends a speaker's clause; weak verbs such as "suggested" before a long quotation;
  the subject of a participle found past the asides; first person in a sentence about a thing;
  "the Chuck Jones quote that"): F1 0.946, speakers 1.000.
- quotes_sixth.jsonl: 9 more (38): a state parliament vote, a court case, a fire, an obituary,
  an interview, a medical trial, a building collapse, G7 statements. Measured once, unseen,
  after all of the above: F1 0.870 (precision 0.969, recall 0.789), speakers 0.800. General
  fixes followed (the attribution in the sentence after a quotation that ends with "!"; split
  quotations without commas; "X, who", "while Y indicated", "was told by X of", "with X
  describing"; a name before an apposition that holds another name; "According to X," as
  the topic; officials named by office only), then "was directing", "directed", "the
  writer": F1 0.959, speakers 1.000.
- quotes_seventh.jsonl: 8 more (32): science, Hong Kong, US and UK politics, Poland, a company
  filing, an obituary. Measured once, unseen, after all of the above: F1 0.968 (precision
  1.000, recall 0.938), speakers 0.833. General fixes followed ("The Wooster professor" is
  the person last spoken of unless they hold another role; "Known as ..." openers; "writer and
  performer Rob Bartlett"; "The family's statement read"; a quoted name inside a subject; "the
  ministry" as a speaker): F1 0.984, speakers 0.968.
- quotes_eighth.jsonl: 12 more (34): US territories, measles in Samoa, science, Hungary's
  defence industry, impeachment, a dark web site, a marathon, Iran, a campaign's end, a theft.
  Measured once, unseen, after all of the above: F1 0.921 (precision 1.000), speakers 0.966.
  General fixes followed (a title's full stop inside a name, "said Dr. Livermore"; the last of
  two "X calling" phrases; "the government of X" as a speaker): F1 0.954, speakers 1.000.

- quotes_webdev.jsonl: 11 whole web pages (126) and quotes_wikinews_new.jsonl: 12 more
  Wikinews articles (35), both labelled blind by another person, with the speaker's full name.
  Measured once, unseen, after the entity model (entities.py) was in: web pages F1 0.806
  (precision 1.000, recall 0.675), speakers 0.882, exact full name 0.800; Wikinews F1 0.939
  (precision 1.000, recall 0.886), speakers 0.645, exact full name 0.581. General fixes
  followed (modifiers such as "X-based" and party nouns outside names, "Name: "..."" captions,
  initials inside names, an apposition after an inverted attribution, a reported statement
  makes its speaker the one spoken of, a verb after another quotation governs the next):
  web pages F1 0.822, speakers 0.943, exact 0.909; Wikinews F1 0.955, speakers 0.781, exact
  0.781. Of the 38 web-page quotations then missed, 28 were cut with the page's furniture by
  the cleaner before quotations are read; with the rebuilt reader of pages (cleaning.py as a
  content model), web pages F1 0.950 (recall 0.905), speakers 0.939, exact 0.912.

The "exact full name" figure counts a speaker right only under the labelled full name.
The thresholds below sit just under today's figures so that a change that makes extraction
worse fails here; raise them as extraction improves.
"""

import pytest
from quote_eval import FIXTURES, evaluate, same_speaker


# An unnamed speaker is the description as written, with its article ("a police spokesperson",
# "the writer"), as the attribution issue asks; the older sets were labelled without it
# ("writer", "family"), and count those as inexact.
@pytest.mark.parametrize("gold, quotations, f1, speakers, exact", [
    ("quotes_gold.jsonl", 85, 0.98, 0.95, 0.95),      # today: 0.994, 0.964, 0.964
    ("quotes_heldout.jsonl", 40, 0.96, 0.98, 0.95),   # today: 0.974, 1.000, 0.974
    ("quotes_unseen.jsonl", 28, 0.95, 0.95, 0.83),    # today: 0.963, 0.962, 0.846
    ("quotes_fourth.jsonl", 21, 0.93, 0.93, 0.88),    # today: 0.950, 0.947, 0.895
    ("quotes_fifth.jsonl", 39, 0.93, 0.95, 0.87),     # today: 0.946, 0.971, 0.886
    ("quotes_sixth.jsonl", 38, 0.95, 0.95, 0.95),     # today: 0.973, 0.972, 0.972
    ("quotes_seventh.jsonl", 32, 0.97, 0.95, 0.89),   # today: 0.984, 0.968, 0.903
    ("quotes_eighth.jsonl", 34, 0.94, 0.98, 0.95),    # today: 0.954, 1.000, 0.968
    ("quotes_webdev.jsonl", 126, 0.94, 0.94, 0.92),   # today: 0.950, 0.956, 0.930
    ("quotes_wikinews_new.jsonl", 35, 0.94, 0.76, 0.73),  # today: 0.955, 0.781, 0.750
])
def test_quotation_f1_and_speaker_accuracy(gold, quotations, f1, speakers, exact):
    report = evaluate(FIXTURES / gold)
    assert report.gold == quotations
    assert report.f1 >= f1, "\n".join(report.misses)
    assert report.speaker_accuracy >= speakers, "\n".join(report.misses)
    assert report.exact_name_accuracy >= exact, "\n".join(report.misses)


@pytest.mark.parametrize("predicted, gold, same", [
    ("Kishida", "Fumio Kishida", True),
    ("Robert Gabriel Mugabe", "Robert Mugabe", True),
    ("Syrian Democratic Forces", "SDF", True),
    ("SDF", "Syrian Democratic Forces", True),
    ("SD", "Syrian Democratic Forces", False),
    ("Kim Jong-un", "Fumio Kishida", False),
    (None, "Fumio Kishida", False),
])
def test_the_scorer_compares_speakers_by_words_or_acronym(predicted, gold, same):
    assert same_speaker(predicted, gold) is same
