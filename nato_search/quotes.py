"""Quotations in an article's text and the people who said them.

The parts of this stage, in the order they run:

- `quote_spans` pairs quotation marks (“ ” " ‘ ’ « » „) paragraph by paragraph; a quote that
  runs over paragraphs (each opening with a mark, only the last closing) is one span; marks
  nested inside a quotation are part of it;
- `People` tracks who the article has named so far: full names, the roles they were given
  ("NATO Secretary-General Jens Stoltenberg"), and who was last spoken of, so that "he",
  "Kishida" and "the NATO secretary-general" can be resolved to a full name;
- `attribute` reads the words around a span for a speech verb and its subject, in the shapes
  of news prose: `"...," Kishida said`, `said the country's director, Kim Sung-han`,
  `Mao Ning said Monday that "..."`, `X made the following comment: "..."`, `"..." ― Name`,
  `according to X`; an unattributed paragraph-opening quote continues the previous speaker;
- a quoted span with no speaker is a scare quote or a term (`an “Asian NATO”`), not a quotation;
- `_reported` reads `X stressed that ...` sentences without quotation marks (`indirect`) in
  the same pass.

Everything is rules, no model: fast, and the same answer every time.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from nato_search.entities import (
    ABBREVIATED_POSTS,
    ANY_HEAD,
    COURTESY_TITLES,
    GENDERED_TITLES,
    GENERATIONS,
    JOINED_ARTICLE,
    JOINING_WORDS,
    KEEPS_STOP,
    LOWER_CASE_BODY_NOUNS,
    NAME_PARTICLES,
    NUMBERED_GROUP,
    ORG_WORDS,
    PARTY_TAG,
    PEOPLE_OF_BODY,
    PORTFOLIO_POSTS,
    POSSESSIVE,
    ROLE_NOUNS,
    ROYAL_TITLES,
    STATE_ACRONYMS,
    SURNAME_FIRST_GIVEN,
    Entities,
    Name,
    article_names,
    article_organisations,
    article_outlets,
    clean_name,
    complete,
    fold,
    gender_of_name,
    headline_cased,
    is_given_name,
    is_place,
    is_portfolio_word,
    is_unnamed,
    lesser_post,
    lower_case_bodies,
    named_body,
    nickname_at,
    open_portfolio,
    portfolio_post,
    same_posts,
    vice_of,
    without_portfolio,
    without_possessive,
)
from nato_search.entities import OPENERS as OPENING_WORDS
from nato_search.entities import Entity as Person
from nato_search.models import Quote
from nato_search.text import DATELINE, FIRST_PERSON, sentence_spans

# ---------------------------------------------------------------------------------------------
# Vocabulary

# The cues that attribute a quotation, in one table: what is recognised, and where to add.
#
#   verb       how it attributes                             example
#   "say"      on either side of the quotation               "...," she said / she said, "..."
#   "that"     only followed by "that" (or "out that", a     he suggested that "..."
#              comma or colon, or a long quotation)
#   "object"   only before it, the quotation its object      called the move a "..."
#   "partic."  to the subject of the sentence it ends        ..., adding, "..."
#
# Other cues, each beside the pattern that reads it in `_attribute`: a noun of speech
# before the quotation (his pledge to "...", `_SPEECH_NOUN`), a dash after the
# quotation ("..." ― Name, `_DASH_AFTER`), a colon before it (Name made this comment: "...",
# `_COLON_CUE`), "according to X" (`_ACCORDING`), "was told by X" (`_PASSIVE`), "with X
# saying" (`_WITH_PARTICIPLE`), "X's famous line" (`_QUOTE_OF`), "the statement read"
# (`_DOCUMENT`), the next paragraph's "—Name" (`_pull_quote`).
CUES: dict[str, str] = {
    "say": """
        said says say told tells tell added adds add declared declares declare describes stated
        states warned warns warn stressed stresses stress noted notes note insisted insists insist
        wrote writes write explained explains explain asked asks ask replied replies responded
        responds answered answers argued argues argue claimed claims claim announced announces
        commented comments comment continued continues concluded concludes remarked remarks remark
        observed observes emphasized emphasised emphasizes emphasises underlined underscored
        acknowledged acknowledges admitted admits conceded concedes confirmed confirms denied
        denies reiterated reiterates urged urges predicted predicts cautioned cautions complained
        complains interjected reminded reminds assured assures hailed hails boasted boasts tweeted
        tweets quipped joked shouted exclaimed vowed vows pledged pledges promised promises
        maintained maintains contended contends mused recounted testified alleged alleges blasted
        countered counters protested protests objected objects retorted elaborated summed informed
        informs texted messaged emailed e-mailed
        implored implores gushed gushes demanded demands pleaded pleads begged begs lamented
        laments wondered wonders fumed snapped scoffed sighed cried yelled screamed whispered
        proclaimed proclaims asserted asserts affirmed affirms reasoned confided clarified echoed
        echoes opined chimed chimes rejoined interrupted persisted ventured volunteered penned
        pens barked griped gripes marveled marvelled marvels surmised posited assessed muttered
        mutters groaned groans intoned speculated speculates chanted chants reaffirmed reaffirms
        restated restates jokes quips muses scoffs sighs fumes reckoned reckons bragged brags""",
    "that": """
        recalled recalls suggested suggests directed directing ordered instructed supposes
        supposed posted reported reports indicated indicates mentioned mentions highlighted
        highlights pointed points believes believed thinks thought agreed agrees charged charges
        accused accuses criticised criticized put puts reads read remembers remembered decided
        ruled revealed reveals disclosed discloses hinted hints theorised theorized finds found""",
    "object": """
        described called calls characterized characterised attacked talked cited dubbed termed
        labelled labeled branded dismissed dismisses derided derides mocked mocks ridiculed
        ridicules denounced denounces decried decries slammed slams lambasted condemned condemns
        praised praises lauded lauds touted touts apologised apologized apologises apologizes""",
    "participle": """
        saying adding remarking noting stressing warning explaining arguing insisting telling
        writing tweeting posting commenting declaring claiming asking continuing observing
        describing calling dubbing terming characterizing characterising chanting dismissing
        deriding mocking ridiculing denouncing decrying slamming condemning stating
        urging vowing pledging promising confirming acknowledging admitting predicting
        cautioning complaining emphasising emphasizing reiterating demanding""",
}
# Verbs of scorn and of praise give the subject's words only when the words say what the object
# is ("dismissing the report as a "shoddy political hit piece"", "lauded Hegseth as "tough,
# smart ...""); else the words may be the object's ("slammed Schiff for his claims that "..."")
_SCORN_VERBS = frozenset({
    "praised", "praises", "lauded", "lauds", "touted", "touts",
    "dismissed", "dismisses", "dismissing", "derided", "derides", "deriding", "mocked", "mocks",
    "mocking", "ridiculed", "ridicules", "ridiculing", "denounced", "denounces", "denouncing",
    "decried", "decries", "decrying", "slammed", "slams", "slamming", "lambasted", "condemned",
    "condemns", "condemning"})
_AS_BEFORE = re.compile(r"\bas(?:\s+(?:a|an|the|being))?\s*$")
# Two-word cues, read as one verb where a pattern takes the verb with what follows it.
PHRASAL_CUES = ("chimed in", "chimes in")
# ... and those read only right after the words they give ('"...," Stancil fired back'): their
# first word alone is no cue before a quotation ("Beloved cult hit "Rez"")
AFTER_PHRASAL_CUES = ("fired back", "fires back", "shot back", "shoots back", "hit back",
                      "hits back", "snapped back", "pushed back", "wrote back", "weighed in",
                      "weighs in")

_CUE_OF = {verb: kind for kind, verbs in CUES.items() for verb in verbs.split()}
SPEECH_VERBS = sorted(_CUE_OF) + list(PHRASAL_CUES) + list(AFTER_PHRASAL_CUES)
_VERB_ALT = "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True))
# the verbs that attribute on either side ("said", "explained"), for the patterns that need one
_SAY_ALT = "|".join(sorted((v for v, kind in _CUE_OF.items() if kind == "say"), key=len,
                           reverse=True))
_SPEECH_VERB = re.compile(rf"\b(?:{_VERB_ALT})\b", re.I)
# Verbs that report speech only with "that" after them (or "out that" for "pointed").
_WEAK_VERBS = {v for v, kind in _CUE_OF.items() if kind in ("that", "object")}
# Participles report what the sentence's subject said: "..., further saying, "...""
_PARTICIPLES = {v for v, kind in _CUE_OF.items() if kind == "participle"}
# Verbs that attribute a quotation only when it follows them ("called the move a "..."").
_OBJECT_VERBS = {v for v, kind in _CUE_OF.items() if kind == "object"}

ROLE_WORDS = {
    "president", "vice-president", "prime", "minister", "ministers", "premier", "chancellor",
    "secretary", "secretary-general", "general", "gen.", "admiral", "adm.", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "director", "director-general", "chief",
    "leader", "head", "chairman", "chairwoman", "chair", "ceo", "official", "officials",
    "analyst", "professor", "prof.", "dr.", "senator", "sen.", "governor", "gov.", "mayor",
    "king", "queen", "emperor", "commander", "colonel", "col.", "lieutenant", "lt.", "captain",
    "brigadier", "commodore",
    "capt.", "deputy", "foreign", "defense", "defence", "national", "security", "representative", "rep.",
    "congressman", "congresswoman", "lawmaker", "mp", "envoy",
    "adviser", "advisor", "counsellor", "counselor", "counsel", "attorney", "judge", "justice",
    "researcher", "expert", "executive", "founder", "manager", "coordinator", "commissioner",
    "speaker", "delegate", "diplomat", "officer", "councillor", "councilor", "vice", "first",
    "lady", "assistant", "under-secretary", "undersecretary", "state", "cabinet",
    "press", "communications", "affairs", "party", "opposition", "former", "acting", "top",
    "senior", "junior", "then-president", "then-prime", "economy", "finance", "trade",
    "interior", "health", "education", "environment", "emergencies", "emergency", "regional",
    "deputy-governor", "attorney-general", "auditor", "marshal", "pope", "prince", "princess",
    "sheikh", "sultan", "vizier", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr", "sir", "dame",
    "lord", "reverend", "rev.", "father", "bishop", "archbishop", "cardinal",
    "member", "broadcaster", "journalist", "reporter", "presenter", "columnist", "author",
    "writer", "activist", "protester", "protestor", "student", "lawyer", "chef", "crown",
    "sheriff", "constable", "detective", "inspector", "superintendent", "rapporteur", "prosecutor",
    "coach", "pastor", "rabbi", "imam", "host", "actor", "actress", "artist", "editor",
    "comedian", "singer", "musician", "lead", "novelist", "poet", "filmmaker", "producer",
    "scientist", "economist", "historian", "athlete", "player", "performer", "co-author",
    "longtime", "academic", "scholar", "screenwriter", "playwright",
}
# The noun that heads a role ("the NATO secretary-general" -> "secretary-general").
ROLE_HEADS = {
    "president", "minister", "premier", "chancellor", "secretary", "secretary-general",
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "director", "director-general",
    "chief", "leader", "chairman", "chairwoman", "ceo", "senator", "governor", "mayor", "king",
    "queen", "emperor", "commander", "envoy", "adviser", "advisor", "judge", "professor",
    "general", "admiral", "analyst", "official", "representative", "lawmaker", "commissioner",
    "attorney-general", "pope", "prince", "princess", "diplomat",
}
# Capitalised words that are places, bodies or sentence openers, not parts of a person's name.
NOT_NAME_WORDS = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "for",
    "but", "and", "or", "as", "if", "when", "while", "after", "before", "since", "with",
    "without", "however", "meanwhile", "also", "still", "yet", "then", "later", "earlier",
    "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "according", "last", "next",
    "korea", "zealand", "asia", "pacific", "atlantic", "europe", "america", "africa", "east",
    "west", "north", "south", "war", "world", "ministry", "council", "union", "nations",
    "states", "kingdom", "republic", "organization", "organisation", "office", "department",
    "forces", "force", "army", "navy", "party", "group", "summit", "agency", "university",
    "committee", "commission", "government", "parliament", "congress", "senate", "house",
    "court", "bank", "company", "corporation", "institute", "association", "alliance",
    "treaty", "nato", "un", "eu", "u.s.", "us", "uk", "u.k.", "china", "japan", "russia",
    "ukraine", "india", "australia", "france", "germany", "britain", "taiwan", "beijing",
    "tokyo", "moscow", "seoul", "washington", "brussels", "kyiv", "kiev", "pyongyang",
    "canberra", "wellington", "madrid", "chinese", "japanese", "russian", "korean", "american",
    "british", "french", "german", "australian", "ukrainian", "indian", "european", "western",
    "asian", "news", "reuters", "ap", "afp", "times", "post", "daily", "press", "television",
    "tv", "radio", "foundation", "center", "centre", "school", "police", "fire", "service",
    "services", "region", "province", "city", "state", "county", "district", "island",
    "islands", "sea", "ocean", "river", "street", "square", "day", "week", "year", "month",
    "minister", "president", "secretary-general", "spokesman", "he", "she", "they", "we", "i",
    "you", "his", "her", "their", "our", "my", "there", "here", "what", "who", "why", "how",
    "where", "which", "both", "all", "some", "many", "most", "several", "each", "every",
    "twitter", "facebook", "telegram", "instagram", "youtube", "x", "indo-pacific",
    "euro-atlantic", "g7", "g20", "quad", "aukus", "wikinews", "wn", "dc", "another", "one",
    "others", "other", "none", "everyone", "nobody", "someone", "anyone", "bbc", "cnn", "nbc",
    "abc", "cbs", "pbs", "npr", "slate", "guardian", "mail", "telegraph", "independent",
    "hospital", "airport", "base", "station", "college", "church", "cathedral", "museum",
    "hall", "bridge", "park", "stadium", "hotel", "library", "prison", "club", "institution",
    "society", "network", "assembly", "festival", "games", "cup", "championship",
    "award", "prize", "act", "bill", "law", "directive", "airlines", "airways",
    # places people go, named after someone ("Griffith Observatory", "Carnegie Hall")
    "observatory", "theater", "theatre", "arena", "tower", "plaza", "avenue", "road",
    "boulevard", "highway", "freeway", "motorway", "expressway", "railway", "tunnel",
    "garden", "gardens", "palace", "castle", "temple", "mosque", "monument",
    "memorial", "mall", "building", "harbor", "harbour", "valley", "lake", "beach", "canyon",
    "forest", "mountain", "mountains", "hills", "highlands", "coast", "bay", "gulf", "desert",
    "peninsula", "strait", "campus", "zoo", "aquarium", "gallery", "cemetery", "pavilion", "auditorium",
}
# its country's or its owner's, before an outlet: "China's [state news agency Xinhua]"
_OUTLET_OWNER = r"(?:\w[\w.'’-]*(?:\s+\w[\w.'’-]*)?['’]s\s+)?"
# News organisations: "according to NBC" names where the report came from, not who spoke.
MEDIA = re.compile(
    rf"^{_OUTLET_OWNER}(?:the\s+)?(?:official\s+|state(?:-run)?\s+)?"
    # (what it is, then its name: "news agency Xinhua", "broadcaster NHK")
    r"(?:(?:news\s+agency|newspaper|broadcaster|news\s+service|daily|tabloid|(?:tv|television|radio)"
    r"(?:\s+(?:station|channel|network))?)\s+(?-i:[A-Z])[\w.-]*$|"  # (not "broadcaster David X")
    r"(?:bbc|cnn|nbc(?: news)?|abc|cbs|pbs|npr|fox(?: news)?|reuters|ap|afp|the "
    r"associated press|associated press|bloomberg|tass|xinhua|kyodo|yonhap|nhk|al jazeera|"
    r"kcna|cctv|cgtn|interfax|ria novosti|sputnik|"
    r"haaretz|asahi|yomiuri|nikkei|pravda|der spiegel|"
    r"[\w -]*(?:times|post|guardian|telegraph|journal|herald|tribune|news|daily|mail|agency|"
    r"television|tv|radio|magazine|newspaper|media|press|wire|gazette|chronicle|observer|"
    r"courier|mirror|examiner|dispatch|zeitung|shimbun|ilbo|news service|broadcaster)"
    # (and a paper of two names: "Herald-Leader", "Post-Gazette", "Times-Picayune")
    r"(?:-(?:leader|gazette|tribune|times|journal|constitution|picayune|democrat|news|herald|"
    r"telegram|dispatch|sentinel|courier|record|register|standard|review|star|sun))?))$", re.I)
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}


_LOOSE_ENDS = re.compile(r"\s+(?:and|or|but|nor)$|^\d+\s*(?:--|[—–])\s*", re.I)
_MARKS = "\"“”‘’'«»"
# a title in quotation marks that modifies what follows: "'Star Wars' actor Mark Hamill"
_QUOTED_MODIFIER = re.compile(r"^[\"“‘']([^\"“”‘’']{1,40}?)[\"”’']\s+(?=\w)")


_OFFICIAL_MEDIA = re.compile(rf"^{_OUTLET_OWNER}(?:the\s+)?(?:official|state(?:-run)?)\s+", re.I)


def _is_outlet(np: str) -> bool:
    """"according to Reuters", "according to the Nikkei newspaper": a source, not a speaker;
    "according to an official in the intelligence agency" is a person."""
    np = np.strip()
    # ("the official Xinhua news service": an outlet, not an official)
    return bool(MEDIA.match(np)) and not _GENERIC_PERSON.search(_OFFICIAL_MEDIA.sub("", np).casefold())


GROUP_PRONOUNS = {"they", "we", "it"}

OPENERS = {"“": "”", "\"": "\"", "«": "»", "„": "“", "‘": "’", "‹": "›"}
DOUBLE_OPENERS = {"“", "\"", "«", "„"}

_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][\w'’-]*[a-z][\w'’-]*|(?:al|el|ad|as|an|at|az|bin|ibn|de|di|du|da|van|von|le|la)-"
    r"[A-Z][\w'’-]*|(?:[A-Z]\.)+|[A-Z][a-z]\.?)$")


# ---------------------------------------------------------------------------------------------
# Spans of quoted text


@dataclass(frozen=True)
class Span:
    """A quoted passage: [start, end) including its marks, and the text inside them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraph: int  # index of the paragraph where it opens
    last_paragraph: int


def _is_opening(text: str, i: int) -> bool:
    """A straight quote opens at the start of a word, and closes at the end of one."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-―:;/") and not after.isspace()


_ANY_MARK = re.compile("[" + re.escape("".join(OPENERS) + "”'") + "]")


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """Find the top-level quoted passages of a text split into paragraphs."""
    spans: list[Span] = []
    pending: tuple[int, int, str] | None = None  # a quote still open at a paragraph's end
    skip_until, resume = -1, 0  # a quotation in straight single marks ran on to there
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        if p_index < skip_until:
            continue
        i = max(p_start, resume)
        if pending is not None and pending[1] == p_index - 1 and text[p_start:p_start + 1] in OPENERS \
                and (cue := _LOST_CLOSE_CUE.search(text, pending[0], paragraphs[p_index - 1][1])):
            # (a quotation whose closing mark was lost before the cue that ends its paragraph,
            # another quotation opening the next: not one quotation over both)
            spans.append(Span(pending[0], cue.start(), pending[0] + 1, cue.start(), p_index - 1,
                              p_index - 1))
            pending = None
        if pending is not None:
            # The quote goes on only if this paragraph opens with a mark (news style).
            first = text[p_start] if p_start < p_end else ""
            if first in OPENERS:
                i = p_start + 1
            else:
                start, first_p, closer = pending
                end = paragraphs[p_index - 1][1]
                if first_p == p_index - 1 and closer in "”\"" \
                        and _cued_to_the_end(text, start, end) \
                        and (run := _closed_after_plain(text, paragraphs, p_index, closer)):
                    # 'tweeted Saturday: "I had to fire General Flynn ... FBI.\n\nHe has pled
                    # guilty to those lies.\n\nThere was nothing to hide!"': the paragraphs
                    # after it, no mark opening them, end where the mark closes it
                    last_p, close = run
                    spans.append(Span(start, close + 1, start + 1, close, first_p, last_p))
                    pending = None
                    skip_until, resume = last_p + 1, close + 1
                    continue
                if (run := _closed_by_attribution(text, paragraphs, pending, p_index)) is not None:
                    # '"Madam High Commissioner, ... update.\n\nWe welcome ...\n\nWe call on
                    # ... Office," she said.': paragraphs that open with no mark go on with the
                    # quotation to the mark that closes it before its attribution
                    last_p, close = run
                    spans.append(Span(start, close + 1, start + 1, close, first_p, last_p))
                    pending = None
                    resume = close + 1
                    if last_p > p_index:
                        skip_until = last_p
                        continue
                    i = resume
                elif (lost := _lost_close(text, paragraphs, pending, p_index - 1)) is not None:
                    spans.append(lost)
                pending = None
        if pending is None and (lost := _lost_opening(text, i, p_end)) is not None:
            # 'It's a different brand," says Groene. "We come ...': the paragraph's opening
            # mark was lost; its first mark closes a quotation that the paragraph opens with
            # (or that opens where a quotation run on from above closed)
            spans.append(Span(i, lost + 1, i, lost, p_index, p_index))
            i = lost + 1
        while i < p_end:
            if pending is None:
                mark = _ANY_MARK.search(text, i, p_end)  # jump to the next quotation mark
                if mark is None:
                    break
                i = mark.start()
                ch = text[i]
                if ch == "'":
                    # straight single marks, as some sites and some encodings write every
                    # quotation ('We are on a rapid trajectory,' said Sisolak), in prose (a
                    # headline's "Obama on hacking: I warned Putin to 'cut it out'" is none)
                    close = _straight_single_close(text, i, p_end) \
                        if p_end - p_start > 400 or _ends_sentence(text[i:p_end].rstrip("'")) \
                        else None  # (a long paragraph is prose, whatever ends it: a caption)
                    if close is not None:
                        spans.append(Span(i, close + 1, i + 1, close, p_index, p_index))
                        i = close
                    elif (run_on := _single_run_on(text, paragraphs, p_index, i)) is not None:
                        # "Ms Dodds declared: 'Just as ...\n\n'Without ... finances.'": one
                        # quotation over paragraphs, each opened with the mark, the last closed
                        last_p, close, lost = run_on
                        end = close if lost else close + 1  # (a lost mark: the paragraph's end)
                        spans.append(Span(i, end, i + 1, close, p_index, last_p))
                        resume = end
                        skip_until = last_p
                        break
                    i += 1
                    continue
                if ch == "”" and _is_opening(text, i) and text.find("”", i + 1, p_end) > 0:
                    pending = (i, p_index, "”")  # a closing mark typed to open: ”...”
                    i += 1
                    continue
                if ch in OPENERS and (ch not in "\"‘" or _is_opening(text, i)):
                    if ch == "‘" and not _single_quote_is_quotation(text, i, p_end):
                        # "‘Well, we've brought up a number ...,' Meadows accused": a curly
                        # mark closed with a straight one
                        close = _straight_single_close(text, i, p_end)
                        if close is not None:
                            spans.append(Span(i, close + 1, i + 1, close, p_index, p_index))
                            i = close
                        elif p_index + 1 < len(paragraphs) \
                                and text[paragraphs[p_index + 1][0]:][:1] == "‘":
                            # "Isaby will say: ‘Far too much taxpayers' money is wasted ...\n\n
                            # ‘It would be ...": a quotation over paragraphs, each opened with
                            # the mark, closed at the last
                            pending = (i, p_index, "’")
                        i += 1
                        continue
                    pending = (i, p_index, OPENERS[ch])
                i += 1
                continue
            start, first_p, closer = pending
            close = _find_close(text, i, p_end, closer, text[start])
            if close is not None and closer == "”" and '"' in text[i:close] \
                    and (straight := _mixed_close(text, i, close, '"', "“")) is not None \
                    and (text.find("“", straight, p_end) >= 0
                         or text.find('"', straight + 1, close) >= 0):
                # '“Look at ... give me a break," Trump said. “The only ...”': the straight
                # mark closed it; the curly one closes the next quotation (opened with either:
                # '“Frankly, ...," he said. "You know, ...”')
                close = straight
            elif close is not None and closer == '"' and "”" in text[i:close] \
                    and (curly := _mixed_close(text, i, close, "”", "“")) is not None \
                    and ("“" in text[curly:close] or not text[curly + 1:close].strip()
                         or _SPEECH_VERB.search(text, curly + 1, close) is not None
                         and text[curly + 1:close].rstrip()[-1:] in ".,:"):
                # '"Chairman Ryan remains grateful ...,” a spokesman said. “He looks forward
                # ... poor."': the other way round (or '... to chant "Lock him up!” "There is
                # ...,” Warren said': the straight mark after it opens the next quotation, as
                # after a cue: '"We are not in favor,” the official added. "As far as ...')
                close = curly
            if close is None and closer == "”" and '"' in text[i:p_end]:
                # “We want to sell it because it comes with great content." a curly quotation
                # closed with the paragraph's first straight mark after a word
                close = _mixed_close(text, i, p_end, '"', "“")
            elif close is None and closer == '"' and "”" in text[i:p_end]:
                # "You need a sticker.” a straight mark closed with the paragraph's first curly
                # closing mark after a word, before any curly opening one
                close = _mixed_close(text, i, p_end, "”", "“")
            inner_end = close
            if close is None and closer == "”" and (pair := text.find("’’", i, p_end)) > 0 \
                    and "“" not in text[i:pair] and "‘‘" not in text[i:pair]:
                # “The research says ... on climate change,’’ a Liberal MP told ...: a closing
                # double mark typed as two single ones (not a word inside ‘‘...’’)
                inner_end, close = pair, pair + 1
            if close is None:
                break  # runs on into the next paragraph, if that one opens with a mark
            spans.append(Span(start, close + 1, start + 1, inner_end, first_p, p_index))
            pending = None
            i = close + 1
    if pending is not None and (lost := _lost_close(text, paragraphs, pending,
                                                    len(paragraphs) - 1)) is not None:
        spans.append(lost)  # (the text's last paragraph: no narration after it)
    return spans


# the verbs that end a sentence whose report their subject tells, and when ("..., Udayanga
# Weeratunga hinted today.")
_CLOSING_VERB_ALT = (r"said|says|added|hinted|hints|claimed|claims|noted|notes|stated|states|warned|"
                     r"warns|insisted|insists|explained|explains|revealed|reveals|announced|confirmed|"
                     r"argued|argues")
_CLOSING_VERBS = rf"(?:{_CLOSING_VERB_ALT})"
_CLOSING_VERB_SET = frozenset(_CLOSING_VERB_ALT.split("|"))  # (a cheap test before the pattern)
_CLOSING_WHEN = r"(?:\s+(?:on\s+[A-Z][a-z]+|today|yesterday|this\s+week|last\s+week))?\.\s*$"
# a cue after a comma that ends the paragraph: "..., the embassy said further."
_LOST_CLOSE_CUE = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,5}?" + _CLOSING_VERBS
                             + r"(?:\s+further)?" + _CLOSING_WHEN)


def _lost_close(text: str, paragraphs: list[tuple[int, int]], pending: tuple[int, int, str],
                last_p: int) -> Span | None:
    """The quotation opened at `pending` and left open at the end of paragraph `last_p`, the
    next one opening with no mark, when its closing mark was lost: paragraphs that each opened
    with a mark, the last left open, or one quotation announced by a cue that runs to its
    paragraph's end ('Varadkar explained: "They were ... down again.'), or a paragraph that
    opens with the mark and holds no other ('"We need the support of the government.', the
    next paragraph narration). It ends with them."""
    start, first_p, _ = pending
    end = paragraphs[last_p][1]
    if first_p == last_p and (cue := _LOST_CLOSE_CUE.search(text, start, end)) is not None:
        # '“We hope this assistance will ... in the Western Province, the embassy said
        # further.': the mark was lost before the cue that ends the paragraph
        return Span(start, cue.start(), start + 1, cue.start(), first_p, last_p)
    if first_p < last_p or _cued_to_the_end(text, start, end) \
            or start == paragraphs[first_p][0] and _whole_paragraph(text, start, end):
        return Span(start, end, start + 1, end, first_p, last_p)
    return None


# a straight single mark that is no apostrophe inside a word ("won't", "Russia's")
_STRAY_SINGLE = re.compile(r"(?<![^\W\d_])'|'(?![^\W\d_])")


def _single_run_on(text: str, paragraphs: list[tuple[int, int]], p_index: int,
                   i: int) -> tuple[int, int, bool] | None:
    """(last paragraph, closing mark, whether the mark was lost) of a quotation in straight
    single marks that opens the paragraph or follows a colon and runs on: each paragraph
    after opens with the mark, and one of them closes it at a sentence's end."""
    p_start, p_end = paragraphs[p_index]
    j = i - 1
    while j >= p_start and text[j].isspace():
        j -= 1
    if j >= p_start and text[j] != ":" or not _is_opening(text, i) \
            or _STRAY_SINGLE.search(text, i + 1, p_end):
        return None  # (the paragraph's first word, or a colon's: "He added: '...")
    for k in range(p_index + 1, min(len(paragraphs), p_index + 12)):
        start, end = paragraphs[k]
        if text[start:start + 1] != "'":
            # its closing mark lost: the paragraphs before end with it, if they end a sentence
            # and a cue announced the quotation ("He added: 'I think ... to me.") or it
            # opened paragraphs one after another
            last_end = paragraphs[k - 1][1]
            return (k - 1, last_end, True) if (k - 1 > p_index
                                                or _cued_to_the_end(text, i, last_end)) \
                and _ends_sentence(text[i:last_end]) else None
        close = _straight_single_close(text, start, end)
        if close is not None:
            return (k, close, False) if _ends_sentence(text[start:close]) else None
    return None


def _mixed_close(text: str, i: int, end: int, mark: str, opener: str) -> int | None:
    """The first `mark` after `i` that closes (after a word, before a space, a stop or the
    paragraph's end), unless an `opener` comes first: a quotation opened with one kind of
    mark and closed with the other."""
    at = text.find(mark, i, end)
    if at < 0 or text[at - 1].isspace() or opener in text[i:at]:
        return None
    after = text[at + 1:at + 2]
    return at if not after or after.isspace() or after in ",.;:!?)—–-" else None


# ' says Groene', ' he said', ' Abdullah said', ' shouted the mayor'
_SPEECH_AFTER = re.compile(rf"\s+(?:(?:{_SAY_ALT})\s+(?:[A-Z]|the\s|an?\s)"
                           rf"|(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})\s+(?:{_SAY_ALT})\b)")


def _lost_opening(text: str, start: int, end: int) -> int | None:
    """The first straight mark of a paragraph that holds an odd number of them, when it closes
    a quotation that a speech verb and a name then attribute: its opening mark was lost."""
    first = text.find('"', start, end)
    if first <= start or text.count('"', start, end) % 2 == 0 or _is_opening(text, first) \
            or any(ch in OPENERS for ch in text[start:first]) or text[first - 1] not in ",.!?":
        return None
    return first if _SPEECH_AFTER.match(text, first + 1) else None


_DOUBLE_MARK = re.compile("[“”\"«»„]")


def _closed_after_plain(text: str, paragraphs: list[tuple[int, int]], p_index: int,
                        closer: str) -> tuple[int, int] | None:
    """(paragraph, closing mark) of a quotation whose next paragraphs (up to four) hold no
    quotation mark but the closing one, which ends a sentence at the end of one of them."""
    for k in range(p_index, min(len(paragraphs), p_index + 4)):
        start, end = paragraphs[k]
        while end > start and text[end - 1].isspace():
            end -= 1
        mark = _DOUBLE_MARK.search(text, start, end)
        if mark is None:
            continue
        if mark.start() == end - 1 and text[mark.start()] == closer \
                and text[end - 2:end - 1] in (".", "!", "?", "…"):
            return k, end - 1
        return None
    return None


# narration's speech verbs, and the first and second person of someone speaking
_NARRATION_SAY = re.compile(r"\b(?:said|says|told|tells|according\s+to)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b")


def _closed_by_attribution(text: str, paragraphs: list[tuple[int, int]],
                           pending: tuple[int, int, str], p_index: int) -> tuple[int, int] | None:
    """(paragraph, closing mark) of a quotation left open at the end of the paragraph before
    `p_index` when the paragraphs after it open with no mark: the first of them (up to six) to
    hold a quotation mark closes it, an attribution after the mark ('...,” she said.'). Only a
    quotation that opened its paragraph, a sentence or a cue, and went on in the first or second
    person or in a sentence broken between paragraphs, with no narration's speech verb in the
    paragraphs between."""
    start, first_p, closer = pending
    if first_p != p_index - 1 or closer not in "”\"":
        return None
    before = text[paragraphs[first_p][0]:start].rstrip()
    if before and before[-1] not in ".!?:" and not _SAID_COMMA.search(before):
        return None
    # (or a sentence broken between paragraphs: "... for fixed deposits,\n\nlike farmers, ...")
    spoken = bool(_FIRST_PERSON.search(text, start, paragraphs[first_p][1])) \
        or not _ends_sentence(text[start:paragraphs[first_p][1]]) \
        and text[paragraphs[p_index][0]:paragraphs[p_index][0] + 1].islower()
    for k in range(p_index, min(len(paragraphs), p_index + 6)):
        p_start, p_end = paragraphs[k]
        mark = _DOUBLE_MARK.search(text, p_start, p_end)
        words_end = p_end if mark is None else mark.start()
        if _NARRATION_SAY.search(text, p_start, words_end):
            return None
        spoken = spoken or bool(_FIRST_PERSON.search(text, p_start, words_end))
        if mark is None:
            continue
        at = mark.start()
        if text[at] != closer or text[at - 1] not in ",.!?" or not spoken \
                or not _SPEECH_AFTER.match(text, at + 1):
            return None
        return k, at
    return None


def _whole_paragraph(text: str, start: int, end: int) -> bool:
    """A paragraph that opens with a quotation mark and holds no other, in whole sentences
    with no speech verb set off by a comma: one quotation whose closing mark was lost."""
    inner = text[start + 1:end].rstrip()
    return inner[:1].isupper() and inner[-1:] in ".!?" and len(inner.split()) >= 5 \
        and not _DOUBLE_MARK.search(inner) and not _SET_OFF_SAY.search(inner)


_SET_OFF_SAY = re.compile(rf",\s+(?:\w+\s+){{0,3}}(?:{_SAY_ALT})\b")


def _cued_to_the_end(text: str, start: int, end: int) -> bool:
    """A quotation that opens after a colon or a speech verb's comma with a capital and runs
    to the paragraph's end in whole sentences, its closing mark lost."""
    before = text[max(0, start - 40):start].rstrip()
    inner = text[start + 1:end].rstrip()
    return (before.endswith(":") or bool(_SAID_COMMA.search(before))) \
        and inner[:1].isupper() and inner[-1:] in ".!?" and len(inner.split()) >= 6


_SAID_COMMA = re.compile(rf"\b(?:{_SAY_ALT})(?:\s+\w+)?,$")  # "explained,", "told him,"


def _find_close(text: str, i: int, end: int, closer: str, opener: str) -> int | None:
    """The index of the mark closing a quote opened before `i`; None if the paragraph ends first.

    A straight quote closes at the next straight quote; a curly one at its partner, counting
    any nested pair of the same kind.
    """
    depth = 0
    marks = re.compile("[" + re.escape(closer + opener) + "]")
    while i < end:
        found = marks.search(text, i, end)  # jump to the next mark that matters
        if found is None:
            return None
        i = found.start()
        ch = text[i]
        if ch == opener and depth == 0 and _opens_after_lost_close(text, i, end):
            return i - 1  # "A. "B.": A's closing mark was lost (paragraphs run together)
        if opener == closer:
            if ch == closer:
                return i
        elif ch == closer:
            if closer == "’" and text[i + 1:i + 2].isalpha() and text[i - 1:i].isalpha():
                i += 1  # an apostrophe inside a word ("isn’t"), not the closing mark
                continue
            if depth == 0:
                return i
            depth -= 1
        elif ch == opener and opener != "„":
            if _is_closing(text, i):
                if depth == 0:
                    return i  # an opening mark typed to close: “...“
                depth -= 1
            else:
                depth += 1
        i += 1
    return None


def _opens_after_lost_close(text: str, i: int, end: int) -> bool:
    """The mark at `i` opens a quotation after a sentence of the open one ('harmony. "However,
    ...'): a mark with a space before it and a capital after it closes nothing (nor with two,
    where a text's paragraphs were run together on one line: 'issue.  “If the US ...')."""
    if i < 2 or text[i - 1] != " " or i + 1 >= end or not text[i + 1].isupper():
        return False
    before = text[i - 2] if text[i - 2] != " " else text[i - 3:i - 2]
    return before in (".", "?", "!")


def _is_closing(text: str, i: int) -> bool:
    """A mark that ends a word: a letter or a stop before it, a space or a stop after it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


# How far a quotation in single marks is looked for its closing mark, in one paragraph: far
# more than a quotation in a paragraph of news holds
_QUOTATION_REACH = 3000


def _straight_single_close(text: str, i: int, end: int) -> int | None:
    """The straight mark that closes a quotation of three words or more opened by the one at
    `i`, or None when that is an apostrophe ("'90s", "rock 'n' roll", "the players' union"):
    it opens a word, and its partner ends one (a stop, a space or the paragraph's end after
    it, and not a plural's apostrophe before a word in lower case)."""
    if not _is_opening(text, i) or text[i + 1].isdigit():
        return None
    end = min(end, i + _QUOTATION_REACH)  # (a run of marks with no close is read in linear time)
    j = text.find("'", i + 1, end)
    while j >= 0:
        after = text[j + 1] if j + 1 < end else " "
        if _opens_after_lost_close(text, j, end) and len(text[i + 1:j].split()) >= 3:
            # "... another referendum. 'Remember what ...": paragraphs run together, each
            # opening with the mark; this one's closing mark was lost
            return j - 1 if not any(c in text[i + 1:j] for c in "\"“”") else None
        if not text[j - 1].isspace() and not after.isalnum() and not (
                text[j - 1] in "sS" and after == " " and text[j + 2:j + 3].islower()
                and text[j + 2:j + 6].split(" ", 1)[0] not in _NOT_OWNED):
            inner = text[i + 1:j]
            if len(inner.split()) < 3 or any(c in inner for c in "\"“”"):
                return None
            return j
        j = text.find("'", j + 1, end)
    return None


# words that never follow a plural's apostrophe ("the players' union"): after "crisis' at",
# the mark closes a quotation
_NOT_OWNED = frozenset({"at", "to", "in", "on", "by", "as", "or", "and", "for", "but", "the", "a",
                        "an", "is", "was", "are", "of", "that", "which", "who", "when", "where",
                        "while", "were", "had", "has", "have", "will", "would", "could", "can",
                        "should", "after", "before", "because", "since", "if", "with", "from",
                        "into", "than", "then", "not"})


def _single_quote_is_quotation(text: str, i: int, end: int) -> bool:
    """‘…’ is a quotation mark, not an apostrophe, when a closing ’ ends a word later on."""
    for m in re.finditer("’", text[i + 1:min(end, i + _QUOTATION_REACH)]):
        j = i + 1 + m.start()
        after = text[j + 1] if j + 1 < len(text) else " "
        if not after.isalpha():
            return True
    return False


# ---------------------------------------------------------------------------------------------
# People named in the article


class People(Entities):
    """The article's entities, with the role nouns that head a role in news prose."""

    # the words the article writes in lower case: a run of capitalised words that are all
    # among them is a heading or a term ("Application Programming Interfaces"), not a name
    lower_words: Container[str] = frozenset()

    def by_role(self, role_words: list[str], heads=None) -> Person | None:  # type: ignore[override]
        # the phrase's own last word heads it too: "the singer" is the one called a singer
        return super().by_role(role_words, ROLE_HEADS | set(role_words[-1:]) & ROLE_WORDS)

    def common_words(self, name: str) -> bool:
        return all(w.casefold() in self.lower_words for w in name.split())


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z&.-]+s?\)")
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*")


def _in_word(char: str) -> bool:
    """`[\\w'’-]`: a character that may be part of a word."""
    return char.isalnum() or char in "_'’-"


def _has_word(text: str, word: str) -> bool:
    """`word` is in `text` as a word of its own (not inside "x-word" or "words")."""
    # found with str.find, its edges tested by hand: a pattern made for each word would be
    # compiled at each call
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _in_word(text[at - 1])) and not (end < len(text) and _in_word(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


class LowerWords:
    """The words a narration writes in lower case, but for its lines all in lower case (a slug,
    an image's text: "google eric schmidt larry page"). Looked up word by word: an article
    asks about a few words only, and a set of all its words cost a tenth of the stage."""

    def __init__(self, narration: str) -> None:
        self._narration = narration
        self._prose: str | None = None
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            if self._prose is None:
                self._prose = "\n".join(line for line in self._narration.split("\n")
                                        if line.lower() != line)
            known = self._known[word] = bool(_LOWER_WORD.fullmatch(word)) \
                and _has_word(self._prose, word)
        return known


# words of NOT_NAME_WORDS only in capitals ("us" and "US")
_ACRONYMS = {a.casefold() for a in STATE_ACRONYMS if "." not in a}


_INITIAL_TOKEN = re.compile(r"[A-Z]\.")  # "B." of "David B. Cohen"
_INITIALS_TOKEN = re.compile(r"(?:[A-Z]\.){2,4}")  # "W.A." of "W.A. Wijewardena", "U.S." (a place)


def _initials(token: str) -> bool:
    """An initial, or initials of a name run together ("W.A."), not a place's ("U.S.", "D.C.")."""
    return bool(_INITIAL_TOKEN.fullmatch(token)) \
        or bool(_INITIALS_TOKEN.fullmatch(token)) and not is_place(token)


@lru_cache(maxsize=8192)
def _is_name_token(tok: str) -> bool:
    if _initials(tok.strip(",;:()")):
        return True
    bare = tok.strip(",.;:()“”\"'’")
    low = bare.casefold()
    if low in _ACRONYMS and not bare.isupper():
        return True  # "Kim Jong Un": a name's word, not the UN
    return bool(bare) and bool(_NAME_TOKEN.match(bare)) and low not in NOT_NAME_WORDS \
        and not low.endswith(POSSESSIVE) \
        and low not in ROLE_WORDS and not low.startswith(("ex-", "then-", "vice-"))


@lru_cache(maxsize=4096)
def split_role_and_name(phrase: str) -> tuple[str | None, str | None]:
    """The role and the person's name in the words that name a speaker; the name's boundaries
    are those of `entities.clean_name` (no opener, place, age, role or party tag inside)."""
    if (courtesy := _COURTESY_THEN_SURNAME.fullmatch(phrase.strip(" ,."))) is not None \
            and fold(courtesy.group(1)) in COURTESY_TITLES:
        return None, courtesy.group(2)  # "Mr. King", "Ms. Bishop": a surname, whatever else
    role, name = _split_role_and_name(phrase)
    if (name is None and role is None or name is not None and phrase.startswith(name + " ")
            or name is not None and name.rstrip(".") in _NAME_SUFFIXES) \
            and " " in phrase and (whole := clean_name(phrase)) is not None \
            and not whole.organisation and whole.role is None \
            and whole.text.rstrip(".") == _strip_det(phrase).strip(" ,.") \
            and is_given_name(whole.text.split()[0]) \
            and whole.text.split()[-1][:1].isupper():
        # "Bill Bishop", "Martin Luther King": a surname that is a post's word too, after a
        # given name the list knows ("Jr." keeps its stop)
        return None, whole.text + "." if f"{whole.text}." in phrase \
            and whole.text.endswith((" Jr", " Sr")) else whole.text
    if name is None or name.rstrip(".") in _NAME_SUFFIXES:
        return role, None  # (nor "Jr." alone: "Senior Chief Petty Officer Jr.", no one named)
    cleaned = clean_name(name)
    if cleaned is None and name != phrase and (titled := clean_name(phrase)) is not None \
            and not titled.organisation and titled.text == name:
        cleaned = titled  # "Ms Bradford": a place's name, but hers after the title
    if cleaned is None:
        return role, None
    if " " in cleaned.text and " in the " in phrase and (whole := clean_name(phrase)) is not None \
            and whole.role and not whole.organisation and cleaned.text.endswith(" " + whole.text):
        return whole.role, whole.text  # "Minister in the Presidency Khumbudzo Ntshavheni"
    if cleaned.text.casefold().rstrip(".") in _COMPANY_SUFFIXES:
        return role, None  # "Amazon.com Inc": the suffix of a company's name, not a name
    if role and " " in cleaned.text and fold(role.split()[-1]) in ROYAL_TITLES \
            and (styled := clean_name(f"{role.split()[-1]} {cleaned.text}")) is not None \
            and styled.role is None and len(styled.text.split()) > len(cleaned.text.split()):
        # "King Juan Carlos", "Pope John Paul II": the title is part of the name
        return " ".join(role.split()[:-1]) or None, styled.text
    if role and " " not in role.strip() and (whole := clean_name(phrase)) is not None \
            and whole.text == cleaned.text and whole.role and whole.role.endswith(" " + role):
        # the post whole: "Chief Cabinet Secretary", not "Secretary" (whose country it is
        # apart: "Japanese Chief Cabinet Secretary"; but not "South Korean President" whole)
        words = whole.role[:-len(role)].split()
        while words and _DEMONYM.fullmatch(words[0]):
            words.pop(0)
        if words and all(w.casefold() in ROLE_WORDS or is_portfolio_word(w) for w in words):
            role = " ".join([*words, role])
    return role or cleaned.role, cleaned.text


_COMPANY_SUFFIXES = {"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "gmbh", "group"}
_COURTESY_THEN_SURNAME = re.compile(r"([A-Z][a-z]{1,3})\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
# a country's adjective before a post ("Japanese", "South Korean", "Australian", "Israeli")
_DEMONYM = re.compile(r"North|South|East|West|New|[A-Z][a-z]+(?:ese|an|ian|ish|i|ch)")


def _split_role_and_name(phrase: str) -> tuple[str | None, str | None]:
    """Split "the Chinese Ministry of Foreign Affairs spokesman Wang Wenbin" into
    ("spokesman", "Wang Wenbin"); "the country's national security director, Kim Sung-han"
    into ("national security director", "Kim Sung-han")."""
    phrase = re.sub(r"\([^)]*\)", " ", phrase)  # "(no relation)", "(MP)"
    phrase = phrase.strip(" ,;:—–-")
    if not phrase.casefold().endswith(tuple(KEEPS_STOP)):  # "Jr." keeps its stop
        phrase = phrase.rstrip(" .")
    phrase = re.sub(r"\s+", " ", phrase)
    # a post "to the Ministry of" a portfolio is the post for it: "Secretary to the Ministry of
    # Foreign Affairs Aruni Wijewardane"
    if " the M" in phrase or " the D" in phrase:
        phrase = _POST_TO_MINISTRY.sub(r"\1 for ", phrase)
    # apposition: "ROLE, NAME" or "NAME, ROLE": the first part that holds a name
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if len(parts) >= 2 and " " not in parts[1] and _AFFILIATION_END.search(parts[0]) \
            and (first := _split_part(parts[0])[1]) and " " in first:
        del parts[1]  # "Samantha Vortherms of University of California, Irvine": the campus
    elif len(parts) >= 3 and " " not in parts[2] and _AFFILIATION_END.search(parts[1]) \
            and (first := _split_part(parts[0])[1]) and " " in first:
        del parts[2]  # "Cynthia Thompson, curator at the University of Arkansas, Fayetteville"
    # a part that is nothing but a name wins ("..., chancellor, Pradeep Khosla")
    parts.sort(key=lambda p: not all(_is_name_token(t) or t in NAME_PARTICLES
                                     for t in _strip_det(p).split()))
    for part in parts:
        role, name = _split_part(part)
        if name:
            others = [_role_of(p) for p in parts if p is not part]
            return role or next((r for r in others if r), None), name
    return _role_of(phrase), None


_POST_TO_MINISTRY = re.compile(rf"\b((?i:{PORTFOLIO_POSTS}))\s+(?:to|of|at)\s+the\s+"
                               r"(?:Ministry|Department)\s+(?:of|for)\s+(?=[A-Z])")


# a person's affiliation ending a phrase: "... of University of California", "... at the Brookings
# Institution"
_AFFILIATION_END = re.compile(
    r"\s(?:of|at|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*$")


def _given_name_run(words: str) -> str | None:
    """The person's name that ends a run of capitalised words, opening with a given name
    ("Small Businesses Mike Cherry" -> "Mike Cherry")."""
    toks = words.split()
    for j in range(len(toks) - 1):
        if is_given_name(toks[j]) and (name := clean_name(" ".join(toks[j:]))) is not None \
                and not name.organisation and name.text == " ".join(toks[j:]):
            return name.text
    return None


def _split_part(part: str) -> tuple[str | None, str | None]:
    """Role and name of a phrase without commas: "Interior Minister Joachim Brudziński",
    "Doug Collins of Georgia", "Kishida"."""
    # (or "on" before a word in lower case: "commentator W.A. Wijewardena on social media")
    cuts = [part[:m.start()] for m in re.finditer(r"\s(?:of|from|at|with|in|for|on(?=\s[a-z]))\s", part)]
    if cuts and _OWNERS_PERSON.search(part) and (holder := _trailing_name(part)) is not None \
            and len(holder.split()) >= 2:
        return _role_of(part[: len(part) - len(holder)]), holder  # "the Bureau of
        #                                   Meteorology's Claire Richards": its person
    if cuts and (holder := _trailing_name(part)) is not None and len(holder.split()) >= 2 \
            and (post := part[: len(part) - len(holder)].split()) \
            and post[-1].casefold() in ROLE_HEADS:
        # "American Federation of Government Employees President J. David Cox Sr": a post
        # after the body's name, then its holder's full name
        return _role_of(" ".join(post)) or post[-1], holder
    if cuts and cuts[0] and (head := cuts[0].split()[-1]).casefold() in ROLE_HEADS \
            and (holder := _given_name_run(_trailing_name(part) or "")) is not None \
            and part[: len(part) - len(holder)].rstrip().split()[-1][:1].isupper():
        # "Chairman of the Federation of Small Businesses Mike Cherry", "The Mayor of Honiara
        # Eddie Siapu", "the new shadow minister for Indigenous Australians Julian Leeser": the
        # post and its body, place or portfolio, then its holder's full name
        return _role_of(part[: len(part) - len(holder)]) or head, holder
    if cuts and (body := _BODY_FOR_WHAT.search(part)) is not None \
            and fold(body.group(1)) in ORG_WORDS and _names_a_body(part[body.start(1):]) \
            and not any(w[:1].isupper() and "-" not in w for w in part[:body.start(1)].split()):
        return None, None  # "the nonprofit Institute for the Study of War": a body's name
    if part[:1].isupper() and (post := _NAME_AFTER_LOWER_POST.search(part)) \
            and post.group(1) in ROLE_WORDS and (_trailing_name(part) or "Jr").rstrip(".") in _NAME_SUFFIXES \
            and (named := clean_name(post.group(2))) is not None and not named.organisation \
            and " " in named.text:
        # "Civil rights leader Martin Luther King (Jr.)": the name after the post in lower case
        # (its last word a title too, or a suffix), not the capitalised word the phrase opens with
        return _role_of(part[:post.end(1)]) or post.group(1), named.text
    candidates = cuts + [part]  # "Doug Collins of Georgia": the name before "of" first
    for text in candidates:
        name = _trailing_name(text)
        if name is None and text is not part and (cleaned := clean_name(text)) is not None \
                and not cleaned.organisation and len(cleaned.text.split()) >= 2 \
                and not _post_before_name(cleaned.text, part):
            # "Patrol Chief James Hall with the city police": a name whose last word is also
            # a noun of places ("Hall", "Park"), before its affiliation
            return cleaned.role or _role_of(text), cleaned.text
        if name and " " not in name and text is part and cuts and re.search(
                r"\s(?:of|from|at|in)\s+(?:the\s+)?$", part[: len(part) - len(name)]):
            break  # "The Aam Aadmi Party in Goa": a place or a body after "in", not a person
        if name:
            before = text[: len(text) - len(name)]
            if " " not in name and before.rstrip()[-1:].isdigit():
                return None, None  # "The Lost 52 Project": a body's name, no person's
            if text is part and cuts and not is_given_name(name.split()[0]) \
                    and (head := clean_name(cuts[-1])) is not None and head.organisation:
                return None, None  # "the Korea National Council of Consumer Operations", "the
                #                    Korea Institute for Defense Analyses": all one body's name
            return _role_of(before) or _role_of(part), without_portfolio(before, name)
    words = part.split()
    if 2 <= len(words) <= 4 and words[-1] in _BODY_HEADS and all(w.islower() for w in words[1:]):
        return None, None  # "Salahuddin security commission": a body in lower case, its place first
    name = _leading_name(part)
    return _role_of(part), name


_NAME_AFTER_LOWER_POST = re.compile(r"\b([a-z]+)\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*\.?)"
                                    r"(?:\s+(?:once|also|later|then|again|earlier|famously))?$")


_PICTURE_CREDIT = re.compile(r"(?:Photograph|Photo|Picture|Image|Illustration|Composite|Graphic|"
                             r"Video|Credit)s?\s*:")
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
# the nouns that end a body's name in lower case after its place: "Salahuddin security commission"
_BODY_HEADS = frozenset(LOWER_CASE_BODY_NOUNS.split("|")) | {
    "commission", "council", "committee", "department", "agency", "authority", "board", "court",
    "tribunal", "command", "bureau", "administration", "assembly"}
# a body's head noun, then what it is for or on: "Institute for the Study of War", "Council on
# Foreign Relations"
_BODY_FOR_WHAT = re.compile(r"\b([A-Z][a-z]+)\s+(?:for|on)\s+(?:the\s+)?[A-Z]")


def _post_before_name(cut: str, part: str) -> bool:
    """"U.S. Secretary" of "U.S. Secretary of State Hillary Rodham Clinton": a post, whose
    holder's full name ends the phrase."""
    holder = _trailing_name(part)
    return cut.split()[-1].casefold() in ROLE_HEADS and holder is not None \
        and len(holder.split()) >= 2


_LEADING_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def _strip_det(text: str) -> str:
    return _LEADING_DETERMINER.sub("", text.strip())


_SETTING_BEFORE = re.compile(r"^(?:on|in|at|under|over|from)\s+(?:\S+\s+){1,4}?"
                             r"(?=(?:a|an|the|one|another)\s)", re.I)
# nouns that end as adverbs do: "the family said" has its subject's last word before the verb
_LY_NOUNS = frozenset({"family", "ally", "assembly", "rally", "supply", "reply", "monopoly",
                       "anomaly", "homily", "fly", "daily", "weekly", "monthly", "quarterly"})
_MANNER_AFTER = re.compile(r"(?:\s+(?:rather|quite|very|also|then|later|once|"
                           rf"(?!(?:{'|'.join(sorted(_LY_NOUNS))})\b)\w+ly))+$")


def _description(text: str) -> str:
    """An unnamed speaker as written, its article in lower case: "The father" -> "the father"
    ("a police spokesperson" and "the employee" are not the same speaker)."""
    text = text.strip()
    return re.sub(r"^(?:the|a|an)\s", lambda m: m.group(0).lower(), text, flags=re.I)


def _name_word(token: str) -> str:
    """A word of a name without the punctuation around it; "Jr." and an initial keep their
    full stop."""
    if _initials(token.strip(",;:()")):
        return token.strip(",;:()")
    bare = token.strip(",.;:()“”\"'’")
    if token.endswith(".") and bare.casefold() in ABBREVIATED_POSTS:
        return bare + "."  # "Gen. Brown": the title's stop ("Gen Nakatani" is a given name)
    return bare + "." if (bare + ".").casefold() in KEEPS_STOP else bare


# Words of things that are surnames too, after a given name: "Theresa May", "Jude Law",
# "Doris Day" (not "Grant Park", "Albert Hall"); Korea's "Park", before a Korean given name
# (common words, peoples and places that are surnames after a given name too: "Theresa May",
# "Antonio French", "Boris Johnson's aide Ben Welsh", "Michael Jordan")
_SURNAMES_TOO = frozenset({"may", "day", "law", "french", "english", "welsh", "irish", "holland",
                           "london", "washington", "jordan"})
_KOREAN_SURNAMES_TOO = frozenset({"park"})
_MONTHS_AS_NAMES = frozenset({"april", "may", "june", "august"})


def _in_name(toks: list[str], i: int) -> bool:
    """Whether the i-th of these words is a word of a name: `_is_name_token`, or a word of
    places and things that a given name before it, or a surname after it, makes a name's:
    "Bill Clinton" (not "the bill"), "Theresa May", "Park Geun-hye"."""
    tok = toks[i]
    if _is_name_token(tok):
        return True
    bare = _name_word(tok)
    low = bare.casefold()
    if not bare[:1].isupper():
        return False
    if i and fold(toks[i - 1]).rstrip(".") in COURTESY_TITLES and bare.isalpha():
        return True  # "Mrs May", "Mr Hope", "Mr. King": after a courtesy title, a surname
    if low in ROLE_WORDS:
        return False
    if i + 1 < len(toks) and _is_name_token(toks[i + 1]) and (
            is_given_name(bare) and low not in _MONTHS_AS_NAMES
            or low in _KOREAN_SURNAMES_TOO
            and SURNAME_FIRST_GIVEN.fullmatch(toks[i + 1].rstrip(","))):
        return True
    if 0 < i == len(toks) - 1 and is_given_name(_name_word(toks[i - 1])) \
            and _is_name_token(toks[i - 1]) and low in NOT_NAME_WORDS and i >= 2 \
            and fold(toks[i - 2]) in ROLE_WORDS and bare.isalpha():
        return True  # "rights activist Andy Hall": after what he is and his given name
    return 0 < i == len(toks) - 1 and low in _SURNAMES_TOO \
        and is_given_name(_name_word(toks[i - 1])) and _is_name_token(toks[i - 1])


def _trailing_name(phrase: str) -> str | None:
    """The person's name ending the phrase: "... spokesman Wang Wenbin" -> "Wang Wenbin"."""
    toks = phrase.split()
    while len(toks) > 1 and toks[-1] in JOINING_WORDS:
        toks.pop()  # "President Yahya Jammeh But [foreign diplomats]": a headline run in
    name: list[str] = []
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        bare = _name_word(tok)
        if _is_name_token(tok) or tok[:1].isupper() and _in_name(toks, i) \
                or (name and bare.lower() in NAME_PARTICLES) \
                or len(tok) == 1 and tok not in "AI" and tok.isupper() and name and is_given_name(name[0]) \
                or i == len(toks) - 1 and i and bare in GENERATIONS and _is_name_token(toks[i - 1]) \
                or tok == "He" and name and i and toks[i - 1].casefold() in ROLE_WORDS:
            # ("Nicolas Torre III": the generation ends the name; "Vice Premier He Lifeng": a
            # surname, after a title, that is a pronoun too)
            name.insert(0, bare)
            continue
        break
    # (a kunya or a nasab opens a name: "Abu Bakr al-Baghdadi", "Ibn Saud")
    while name and name[0].lower() in NAME_PARTICLES and name[0] not in ("Abu", "Ibn"):
        name.pop(0)
    return " ".join(name) if name else None


def _leading_name(phrase: str) -> str | None:
    """A name opening the phrase: "Kishida, the prime minister" -> "Kishida"."""
    toks = phrase.split()
    name: list[str] = []
    for i, tok in enumerate(toks):
        if _is_name_token(tok) or tok[:1].isupper() and _in_name(toks, i):
            name.append(_name_word(tok))
            if tok.endswith(","):
                break
            continue
        break
    return " ".join(name) if name else None


_ROLE_SPAN = re.compile(
    r"\b((?:(?:deputy|vice|prime|foreign|defen[cs]e|national|security|press|first|chief|top|"
    r"senior|former|acting|assistant|state|trade|finance|economy|interior|health|emergencies|"
    r"regional|opposition|party)\s+)*"
    r"(?:prime minister|(?:attorney|surgeon|solicitor|inspector)[ -]general|chief justice|"
    r"chief of staff|minister|president|vice-president|premier|chancellor|secretary-general|"
    r"secretary of state|secretary|spokes(?:man|woman|person)|ambassador|director(?:-general)?|"
    r"chief executive(?: officer)?|chief|leader|chair(?:man|woman)?|ceo|senator|governor|mayor|"
    r"king|queen|emperor|"
    r"commander|envoy|advis[eo]r|judge|professor|general|admiral|analyst|official|"
    r"representative|lawmaker|commissioner|attorney-general|pope|prince|princess|diplomat|"
    r"deputy governor))\b", re.I)


@lru_cache(maxsize=4096)
def _role_of(phrase: str) -> str | None:
    """The role words of a phrase, kept as written ("Prime Minister", "spokesman")."""
    matches = list(_ROLE_SPAN.finditer(phrase))
    if not matches:
        return None
    start = matches[-1].start(1)
    for before in reversed(matches[:-1]):  # "President General": two titles, one role
        if phrase[before.end(1):start].strip():
            break
        start = before.start(1)
    return phrase[start:matches[-1].end(1)].strip()


# ---------------------------------------------------------------------------------------------
# Attribution

# A noun phrase: no sentence punctuation, but the full stop of a title or an initial may be
# inside ("said Dr. Livermore", "Jessie K. Liu")
_ABBREVIATIONS = ("Dr", "Mr", "Mrs", "Ms", "Sens", "Reps", "St", "Jr", "Sr", "Rev", "Hon",
                  *(post.title() for post in ABBREVIATED_POSTS), "[A-Z]")  # ("Adm.", "Maj.")
_ABBREVIATED = "|".join(rf"(?<=\b{a})" for a in _ABBREVIATIONS)
_NP = (rf"(?:[^.!?;:\"“”«»]|(?:{_ABBREVIATED})\.(?=\s+[A-Z])|(?<=\b[A-Z])\.(?=[A-Z]\.)"
       r"|(?<=\bJr)\.(?=,)|(?<=\bSr)\.(?=,)"  # "Donald Trump Jr., his son"
       r"|(?<=\b[JS]r)\.(?=\s*(?:$|[\"“”«]))){1,140}?")  # "said Gilberto Teodoro Jr." ending it
# ... and it does not stop short before such a full stop
_NP_END = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
_AFTER_INVERTED = re.compile(
    rf"^\s*[,;]?\s*\b(?P<verb>{_VERB_ALT})\b\s+"
    # (no speaker opens with a preposition: '"deeply flawed" said with Christmas coming up the
    # new home secretary had time ...' reports, it names no one)
    r"(?!(?:with|without|for|from|because|if|since|until|though|although)\b)"
    rf"(?P<np>{_NP}){_NP_END}"
    r"(?=\s*(?:[.!?;:—]|$|\s+(?:on|in|at|during|after|before|when|while|as|to|from|told|who|"
    r"adding|according|last|this|earlier|later|yesterday|today|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b|,\s*(?:adding|who|which|as|in|on|during|after|when|"
    r"referring|speaking|according)\b|,\s*(?-i:[a-z]))|(?<=\b[JS]r\.))", re.I)
# a post its portfolio follows, ending a speaker's words ("U.S. Ambassador [to NATO ...]"), and
# the portfolio and the holder's name after it, to the sentence's end
# (a capitalised post: "the ambassador to the United Nations" names no one after it)
_POST_LAST = re.compile(r"\b(?:Minister|Secretary|Commissioner|Director|Spokes\w+|Ambassador|Envoy)"
                        r"(?:[\s-]General)?$")
_POST_TO_THEN_NAME = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,6}[A-Z][\w'’-]*"
                                r"(?=\s*(?:[.!?;,]|$)|\s+(?:on|in|at|during|after)\b)")
# ... or a post in lower case, its portfolio, then the holder's name set off, ending the sentence
_POST_TO_THEN_SET_OFF = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){0,3}"
                                   r"[A-Z][\w.'’&-]*,\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*"
                                   r"(?=\s*(?:[.!?;]|$))")
_PARTY_TAG = re.compile(r"(?<=\w),\s*[DRI]-[A-Z][A-Za-z.]{1,12},|\s*\([DRI](?:-[A-Z][A-Za-z.]{0,12})?\)"
                        # (ending the sentence, its stop kept: "said Rep. Steve Israel, D-N.Y.")
                        r"|(?<=\w),\s*[DRI]-[A-Z][A-Za-z.]{0,11}[A-Za-z](?=\.(?:\s|$))")
# a piece of every party tag: a text without one is not searched (the pattern may open with
# spaces, so it is tried at every character)
_PARTY_TAG_KEYS = ("D-", "R-", "I-", "(D", "(R", "(I")
_INF = float("inf")
_BRACKETED = re.compile(r"\s*\([^()]{0,40}\)")
_DASH_AFTER = re.compile(r"^\s*[―—–-]{1,2}\s*(?P<np>[A-Z][^.!?\n]{1,80})$")
_VERB_SET = frozenset(v.split()[0] for v in SPEECH_VERBS if v not in AFTER_PHRASAL_CUES)
_AFTER_PHRASAL_FIRST = frozenset(v.split()[0] for v in AFTER_PHRASAL_CUES)
_AUX = frozenset({"also", "then", "later", "further", "again", "had", "has", "have", "would",
                  "will", "now", "already", "just", "since"})
_AUX_ING = frozenset({"was", "were", "is", "are", "kept", "keeps", "began", "begins", "started",
                      "starts"})  # ("The crowd kept chanting")
_HAVE = frozenset({"have", "has", "had"})
# people by their kind, then of, at or from what: "the authors of the study [published in]"
_GROUP_DESCRIBED = re.compile(r"(?:(?i:the)\s+)?([A-Za-z]+)\s+(?:of|at|from|with|behind)\s+"
                              r".+?(?=\s+(?:published|based|led|released|who|which|only|also)\b|$)")
# a plural noun opening a sentence, its verb plural: "Proponents have long", "Critics are"
_PLURAL_SUBJECT = re.compile(r"([A-Z][a-z]{3,}s)\s+(?:have|are|were|do)\b(?:\s+[a-z]+)?")
_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")
_GO_ON = frozenset({"went", "goes", "go", "going", "gone"})  # "went on to say"
_NOUN_MARKERS = frozenset({"a", "an", "the", "this", "that", "his", "her", "their", "its", "my",
                           "our", "your"})
# after one of these, a speech verb's -s form is a plural noun ("to comments", "of reports")
_PREPOSITIONS_BEFORE_NOUN = frozenset({"to", "of", "in", "into", "on", "about", "at", "for", "with",
                                       "from", "by", "over", "against", "amid", "despite"})


def _adverb(word: str) -> bool:
    """An adverb in lower case between a subject and its verb ("Jerry finally asked", "He
    earlier accused")."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in _LY_NOUNS \
        or word in _TIME_ADVERBS


# "accused Russia of "...": the accuser's words of what someone did, no name ("the Battle of")
_ACCUSED_OF = re.compile(r"\b(?:accus|warn|suspect)\w*\s+(?:[A-Z][\w'’-]*\s+){1,3}of\s*$")
_ACCUSING = frozenset({"accused", "accuses", "accusing", "warned", "warns", "spoke", "speaks"})
_TIME_ADVERBS = frozenset({"earlier", "later", "also", "again", "previously", "then"})
_NOT_IN_NP_CHAR = re.compile(r"[.!?;:\"“”«»]")  # what a subject never holds
_ABBREVIATION_WORDS = frozenset(a.casefold() for a in _ABBREVIATIONS if a != "[A-Z]") \
    | {"jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"}  # "told her on Nov. that ..."
_TOKEN = re.compile(r"\w+")
_SUBORDINATOR = re.compile(r"(?:when|after|while|as|although|though|because|if|before|since|"
                           r"once|until|whereas)\b", re.I)
# (after a phrase of time: "In 2021, when then deputy prime minister Taro Aso said ...")
_SUBORDINATOR_LEAD = re.compile(rf"(?:[^,]{{1,30}},\s+)?(?:{_SUBORDINATOR.pattern})", re.I)
# a clause of its own, its subject capitalised: ", while US President Donald Trump said"
_WHILE_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+(?:[A-Z]|the\s)|,?\s+but\s+[A-Z]")
# a participle of speech after a verb that needs "that": "posted ..., warning Japan to"
_PARTICIPLE_AFTER = re.compile(rf",\s+(?:{'|'.join(sorted(_PARTICIPLES))})\b")
_SUBJECT_CHARS = 240  # a subject with its appositions: "Professor X of Y, co-author of ..."


# verbs whose subject, in the passive, is the one spoken to: "he was told that '...'"
# verbs that may be set off inside a sentence, before their subject ("Her comments, said
# Josh Earnest, are ..."): none that names whom it was said to ("tells Etheridge")
_SET_OFF_VERBS = frozenset({"said", "says", "added", "adds", "noted", "notes", "wrote", "writes",
                            "explained", "explains", "argued", "argues", "insisted", "insists"})
_ADDRESSEE_VERBS = frozenset({"told", "reminded", "warned", "informed", "assured", "asked",
                              "urged", "advised"})
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+|also\s+)?$")


@dataclass(frozen=True)
class Cue:
    """A speech verb found in the narration before a quotation, with its subject's words."""

    np: str
    verb: str
    rest: str  # the words after the verb, up to the quotation

    def group(self, name: str) -> str:
        return getattr(self, name)


def _abbreviation_dot(text: str, i: int) -> bool:
    """The full stop at `i` closes a title or an initial and a name follows ("Dr. Liu"), or
    a comma does ("James Roosevelt Jr., the grandson"): no sentence ends there."""
    if text[i + 1:i + 2] == ",":
        return True
    m = re.search(r"(?<!\w)(\w+)$", text[max(0, i - 5):i])
    if not m:
        return False
    j = i + 1
    while j < len(text) and text[j].isspace():
        j += 1
    if j > i + 1 and j < len(text) and text[j].isdigit() \
            and m.group(1).casefold() in _BEFORE_NUMBERS:
        # "for Oct. 27 so ...", "the No. 10 seed": after a word in lower case (not a dateline's
        # "SEOUL, Dec. 29 (Yonhap) --", which a stop ends as a sentence would)
        at = max(0, i - 5) + m.start(1)  # where the abbreviation starts
        word_before = re.search(r"([^\W\d_]+)\s+$", text[max(0, at - 30):at])
        return word_before is not None and word_before.group(1).islower()
    if not (len(m.group(1)) == 1 and m.group(1).isalpha()
            or m.group(1).casefold() in _ABBREVIATION_WORDS):
        return False
    if text[i + 1:i + 3][:1].isalpha() and text[i + 2:i + 3] == ".":
        return True  # inside an initialism: "U.N.", "G.K."
    return j > i + 1 and j < len(text) and text[j].isascii() and text[j].isalpha()


# abbreviations that a number follows: a month's ("Oct. 27"), "No. 10"
_BEFORE_NUMBERS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                             "nov", "dec", "no", "vol"})


def _before_cue(before: str) -> Cue | None:
    """The speech verb that governs a quotation following `before`, and the words before it.

    One pass over the words: a verb counts only after the last sentence stop, and its subject
    is the run of words before it (at most _SUBJECT_CHARS characters) that no stop, colon or quotation
    mark interrupts. Of several verbs, the one whose subject starts first wins (as a reader
    takes the sentence's main clause)."""
    # the stops, colons and quotation marks; a full stop of "U.N." or "Dr." is none of them
    marks = [(m.start(), m.group()) for m in _NOT_IN_NP_CHAR.finditer(before)
             if m.group() != "." or not _abbreviation_dot(before, m.start())]
    # the last full stop that ends a sentence
    last_stop = max((i for i, ch in marks if ch in ".!?"), default=-1)
    # where each run of characters allowed in a subject begins
    allowed_from = [i for i, _ in marks]  # (index of a disallowed char) in order
    best: tuple[int, int, int, int] | None = None  # (start, np_end, verb start, verb end)
    latest = best
    toks = list(_TOKEN.finditer(before))
    bi = 0
    for n, tok in enumerate(toks):
        vs = tok.start()
        if vs <= last_stop or tok.group().casefold() not in _VERB_SET \
                or not tok.group()[0].islower():
            continue  # (a capitalised verb is a name's word, "United States Attorney", or
            #           opens a clause before the cue: "Asked why he was there, he said:")
        if vs == 0 or not before[vs - 1].isspace():
            continue
        if n > 0 and toks[n - 1].end() + 1 == vs and (
                toks[n - 1].group().casefold() in _NOUN_MARKERS
                or toks[n - 1].group() in _PREPOSITIONS_BEFORE_NOUN
                and (tok.group().endswith("s") and not tok.group().endswith("ss")
                     or tok.group().endswith("ed"))):
            # "a remark from ...", "his comment on ...", "referring to comments in which
            # Reid said": a noun, not the verb ("of alleged police violence": an adjective)
            continue
        if before.endswith(_POSSESSIVE_ENDS, 0, vs - 1) and before[vs - 1] == " ":
            continue  # "In response to the minister’s comments, ...": an owner's noun
        if tok.group().endswith("s") and any(
                toks[j].group().endswith("ed") and toks[j - 1].group().casefold() in _HAVE
                and "," not in before[toks[j].end():vs] for j in range(max(1, n - 3), n)):
            continue  # "official media have carried almost-daily reports": the object
        np_end = vs
        while np_end > 0 and before[np_end - 1].isspace():
            np_end -= 1
        bare_end = np_end  # the subject's end if "also", "had" ... is the subject itself
        k = n
        # (up to two: "Zelensky has now said", "Kim has repeatedly said")
        while k > n - 2 and k > 0 and toks[k - 1].end() == np_end:
            prev = toks[k - 1]
            word = prev.group().casefold()
            if (word in _AUX or (word in _AUX_ING and len(tok.group()) > 3
                                 and tok.group().casefold().endswith("ing"))
                    or _adverb(prev.group())) \
                    and prev.start() > 0 and before[prev.start() - 1].isspace():
                np_end = prev.start()
                while np_end > 0 and before[np_end - 1].isspace():
                    np_end -= 1
            else:
                break
            k -= 1
        if n >= 3 and toks[n - 1].group() == "to" and toks[n - 2].group() == "on" \
                and toks[n - 3].group().casefold() in _GO_ON:
            np_end = toks[n - 3].start()  # "he went on to say:": the subject is before "went"
            while np_end > 0 and before[np_end - 1].isspace():
                np_end -= 1
        while bi < len(allowed_from) and allowed_from[bi] < np_end:
            bi += 1
        barrier = allowed_from[bi - 1] if bi else -1
        start = max(barrier + 1, np_end - _SUBJECT_CHARS)
        if start >= np_end:
            np_end = bare_end
            start = max(barrier + 1, np_end - _SUBJECT_CHARS)
            if start >= np_end:
                continue
        if best is None or start < best[0]:
            best = (start, np_end, vs, tok.end())
        latest = (start, np_end, vs, tok.end())
    if best is None:
        return None
    start, np_end, vs, ve = best
    last_mark = max(before.rfind(c) for c in "\"“”«»")
    if latest is not best and (_SUBORDINATOR_LEAD.match(before[start:np_end].lstrip())
                               or _PASSIVE_AUX_END.search(before[start:np_end])
                               # "Responding to Mr Swinney [comments], a spokesman ... said:"
                               or _OPENING_PARTICIPLE.match(before[start:np_end].lstrip())
                               # "Rejecting claims that ..., officials said": a participle
                               # and its object, set off before the subject
                               or _LONE_PARTICIPLE.fullmatch(before[start:np_end].strip())
                               and "," in before[ve:latest[2]]
                               or vs < last_mark < latest[2]
                               # "as The Tribune reported: In an email, Sharkey said, "...""
                               or before.find(":", ve, latest[2]) >= 0
                               # 'X has called for "...", while Y said he hoped ... "..."', "X
                               # agreed to a ceasefire but Putin said ..." (the
                               # marks of short words quoted are off in `before`)
                               or _WHILE_CLAUSE.search(before, ve, latest[2]) is not None
                               or _AS_NAME_SAID.search(before[latest[0]:latest[1]])
                               # "..., a point the company emphasized in its statement:"
                               or _THING_SAID_BY.search(before[latest[0]:latest[1]])
                               # "... a junior delegation – a move that Estonian Foreign
                               # Minister Margus Tsahkna said was "...""
                               or _THAT_NAME_SAID.search(before[latest[0]:latest[1]])
                               # "One student asked her how she was, to which Ardern replied:"
                               or before.find(", to which ", ve, latest[2]) >= 0
                               # "..., said one of the officials, who quickly added:"
                               or before[start:np_end].endswith(",")
                               and _INVERTED_THEN_WHO.match(before, ve, latest[2])
                               # "The Kremlin, which has not denied the troop movements,
                               # said ...": a verb of the relative clause set off
                               or _INSIDE_RELATIVE.search(before, start, np_end)
                               and "," in before[ve:latest[2]]):
        # "When Paul Ryan said ..., Trump responded, "..."": the first verb is inside a
        # subordinate clause; the main clause's verb, nearest the quotation, governs it. So
        # does a verb after another quotation: 'X told Y "...", while Z noted his "..."', and
        # "..., as X herself said, "...""
        start, np_end, vs, ve = latest
    if _PASSIVE_AUX_END.search(before[start:np_end]) \
            and before[vs:ve].casefold() not in _PASSIVE_SPEAKING:
        return None  # "Herbosa was rightfully called to task": spoken to, not speaking
    return Cue(before[start:np_end], before[vs:ve], before[ve:])


# two people named before a colon, after a stop or at the start ("CNN's X Y and Z W:")
_JOINT_BEFORE_COLON = re.compile(r"(?:^|[.!?:;]\s+|\n)\s*"
                                 r"([^.!?:;\n]{3,120}?\s+and\s+[^.!?:;\n]{3,60}?)\s*:\s*$")
# a subject that ends inside a relative clause set off after a name: "The Kremlin, which has not"
_INSIDE_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,]*$")
# the passive verbs whose subject still spoke: "X was quoted as saying", "was heard saying"
_PASSIVE_SPEAKING = frozenset({"quoted", "heard", "overheard", "recorded", "filmed"})


# "Criticism from families was [echoed by Yair Lapid, who wrote]": a passive verb's subject is
# no speaker; the verb after it governs the quotation
_PASSIVE_AUX_END = re.compile(r"\s(?:was|were|is|are|been|being)$")
# what is reported of the subject, between it and the speech verb: "X is alleged to have
# told", "X was said to have", "X is understood to have"
_SAID_TO_HAVE = re.compile(
    r"\s+(?:is|was|are|were)(?:\s+(?:alleged|said|reported|understood|believed|thought|"
    r"claimed|rumou?red|known|supposed))?(?:\s+to(?:\s+have)?)?\s*$")
_AFTER_AUX = frozenset({"also", "then", "later", "further", "again", "once", "had", "has",
                        "have", "would", "will"})
# a speech to come, in its speaker's words released before it: '"...," he is expected to say',
# "is set to", "is due to"
_TO_COME = frozenset({"expected", "set", "due", "likely", "going"})
_BE = frozenset({"is", "was", "are", "were"})


_LEADING_COMMA = re.compile(r"\s*[,;]?\s*")


# a phrase that goes on from the words quoted, before a comma: " on foreign affairs,"
_COMPLEMENT_THEN_COMMA = re.compile(r"\s+(?:on|about|of|for|in|to|at|with|over|from|against)\s+"
                                    r"[^,.;:!?\"“”()]{1,50}(?=,\s)")


def _after_inverted(after: str) -> re.Match[str] | None:
    """`_AFTER_INVERTED.match(after)`, asked only when a speech verb opens `after`: its
    alternation of every verb, tried after each quotation, is the costly part."""
    word = _TOKEN.match(after, _LEADING_COMMA.match(after).end())  # type: ignore[union-attr]
    if word is None:
        return None
    # (a word not in ASCII goes to the pattern: "ſ" is an "s" to it)
    if word.group().isascii() and word.group().lower() not in _VERB_SET:
        return None
    return _AFTER_INVERTED.match(after)


# what follows an inverted speech verb ("..., said Noble Caledonia, adding that ..."): its
# subject, then a participle that reports more of what they said
_INVERTED_THEN_PARTICIPLE = re.compile(r"\s+([^.!?“”\",]{1,60}?)\s*,\s*([a-z]+ing)\b[^“”\"]*$")
_SAID_THEN_PARTICIPLE = re.compile(
    # (or after a clause and its comma: "Strong winds made it hard, Zapata said, adding ...")
    rf"(?:^|[.!?”\"]\s+|,\s+(?=[A-Z]|the\s))([^.!?“”\",]{{1,60}}?)\s+(?:{_SAY_ALT})(?:\s+\w+)?"
    r"\s*,\s*[a-z]+ing\b[^“”\"]*$")


def _after_subject(after: str) -> Cue | None:
    """The subject and verb right after a quotation: '"...," Kishida said', '"...," the
    minister later added'. One pass over the words: the first speech verb, its subject the
    words before it (at most 200 characters, no stop, colon or quotation mark among them: a
    name, its party and its post, "Rep. Jerrold Nadler, D-N.Y., the former chairman of ...")."""
    m = _LEADING_COMMA.match(after)
    np_start = m.end() if m else 0
    if ";" in after[:np_start]:
        return None  # '"..."; he also notes that ...': a clause of its own, not the cue
    toks = list(_TOKEN.finditer(after, np_start))
    barrier = next((m.start() for m in _NOT_IN_NP_CHAR.finditer(after, np_start)
                    if m.group() != "." or not _abbreviation_dot(after, m.start())), len(after))
    for n, tok in enumerate(toks):
        vs = tok.start()
        if vs == 0 or not after[vs - 1].isspace():
            continue
        word = tok.group().casefold()
        if word not in _VERB_SET and not (
                word in _AFTER_PHRASAL_FIRST and n + 1 < len(toks)
                and f"{word} {toks[n + 1].group().casefold()}" in AFTER_PHRASAL_CUES) \
                or tok.group()[:1].isupper():
            continue  # ('"...," Stancil fired back'; "the Organization of American States said":
            #           a word of a name, capitalised, is no verb)
        ends = []  # where the subject may end, shortest first: before "also has", "also", ...
        k = n
        while k > 0 and len(ends) < 2 and (toks[k - 1].group().casefold() in _AFTER_AUX
                                           or _adverb(toks[k - 1].group())) \
                and toks[k - 1].start() > 0 and after[toks[k - 1].start() - 1].isspace() \
                and not after[toks[k - 1].end():toks[k].start()].strip():
            k -= 1
            if k == n - 1 or (k == n - 2 and (toks[k].group().casefold(),
                                              toks[k + 1].group().casefold())
                              in (("also", "has"), ("will", "also"), ("would", "also"))):
                ends.insert(0, toks[k].start())
        if n >= 3 and toks[n - 1].group() == "to" and toks[n - 2].group() in _TO_COME \
                and toks[n - 3].group() in _BE:
            ends.insert(0, toks[n - 3].start())  # ("... he is expected to say")
        ends.append(vs)
        for end in ends:
            while end > np_start and after[end - 1].isspace():
                end -= 1
            if end > np_start:
                if end > barrier or end - np_start > 200:
                    return None  # later verbs are farther still
                return Cue(after[np_start:end], tok.group(), after[tok.end():])
    return None


_ACCORDING = re.compile(
    rf"\baccording to (?P<np>(?:[^,.;:\"“”]|\.(?=\S)|(?:{_ABBREVIATED})\.){{1,100}})", re.I)
_VERB_FIRST = re.compile(r"^\s*(?P<verb>[A-Z][a-z]+)\s+(?P<np>[^,.;:\"“”«»]{3,120}?),?\s*$")
_SPLIT_INVERTED = re.compile(r"[”\"»]\s*,?\s*(?P<verb>[a-z]+)\s+(?P<np>[^,.;:\"“”«»]{2,80}?)"
                             r"(?:,\s+[^\"“”«»]{0,120}?)?,\s*$")
# nouns of speech: what someone said, named by its kind
_SPEECH_NOUNS = ("pledge|promise|vow|claim|warning|call|message|words|remarks|comments|assertion|"
                 "slogan|motto|plea|appeal|demand|argument|request|criticism|accusation|suggestion|"
                 "rebuke|challenge")
_SPEECH_NOUN = re.compile(
    rf"\b(?:the|his|her|their)\s+(?:[a-z-]+\s+)?(?:{_SPEECH_NOUNS})s?\s+"
    r"(?:(?:to|that|of|for|was|is)\s+(?:[a-z]+\s+)?|:\s*)?$", re.I)
# a noun of speech, the words quoted later in its phrase, then whom they are from
_NOUN_OF_SPEECH = re.compile(rf"\b(?:an?|the)\s+(?:[a-z-]+\s+)?(?:{_SPEECH_NOUNS})s?\b"
                             r"[^\"“”«».;]{0,80}$")
_FROM_NAME = re.compile(r"\s+from\s+(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
                        r"\s*(?:[.,;]|$)")
# a relative clause, the cue in it: ", who promised", ", which has attacked" (its verb next)
_RELATIVE = (r",\s+(?P<relative>who|which)(?:\s+(?:had|has|have|also|then|later|earlier|once|"
             r"previously|repeatedly))*")
_WHO_BEFORE_VERB = re.compile(_RELATIVE + r"\s*$")
_WHO_THEN_VERB = re.compile(_RELATIVE + rf"\s+(?:{_VERB_ALT})\b[^,;:\"“”«»]{{0,100}}$")


def _relative_clause_speaker(m: Cue) -> str | None:
    """Whom a relative clause that holds the quotation's cue is about: 'betrayed by the British
    authorities, who promised he would live like an "average British citizen"' (and after the
    subject's own verb: "says he was let down by X, who promised "...""); a person's, only when
    a speech verb before the clause would give the words to its own subject (else the cues read
    "X, who said" as they should); a body's ("..., which has attacked ...") always."""
    if (who := _WHO_BEFORE_VERB.search(m.np)) and m.verb.lower() in _CUE_OF:
        ante = m.np[:who.start()]
    elif who := _WHO_THEN_VERB.search(m.rest):
        ante = f"{m.np} {m.verb}{m.rest[:who.start()]}"
    else:
        return None
    if who.group("relative") == "which":
        # "the International Air Transport Association (IATA), which has attacked": a body
        body = _TRAILING_BODY.search(ante)
        if body is None or _is_outlet(body.group(0)) or _DOCUMENT.search(ante):
            return None  # ("a document seen by The Sunday Paper, which says it "...": the
            #              paper tells what the document says, in the document's words)
        return re.sub(r"\s*\([A-Z]{2,}\)$", "", body.group(0))
    if not _SPEECH_VERB.search(ante):
        return None
    # (a person and their affiliation: "by Yair Lapid of the opposition Labor party, who")
    return (a.group(1) if (a := _NAME_OF_BODY_END.search(ante)) else None) \
        or _trailing_name(ante) \
        or (d.group(0) if (d := _TRAILING_DESCRIPTION.search(ante)) else None)


_NAME_OF_BODY_END = re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s+(?:of|from|at)\s+"
                               r"(?:the\s+)?[^,;:]{1,60}$")
_TRAILING_BODY = re.compile(r"\b(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,6}[A-Z][\w&'’.-]*(?:\s*\([A-Z]{2,}\))?$")
_TRAILING_DESCRIPTION = re.compile(r"\b(?:(?:one|some|many|two|three|several|each|both|all|most|none)"
                                   r"\s+of\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$")
_COLON_CUE = re.compile(r":\s*$")
_STATEMENT_FROM = re.compile(r"\b(?:statement|message|letter|note|remarks|address)\s+from\s+"
                             r"(?P<np>(?:the\s+|[A-Z])[^,;:\"“”«»]{1,80}?)\s*:\s*$")
_CONJUNCTION = re.compile(r"(?:while|whereas|although|though|but|and|as|when|after|before|since|"
                          r"because|if)\b", re.I)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being)\s+(?:told|informed|assured|warned|reminded)\s+by\s+"
    r"(?P<np>[^,;:\"“”«»]{2,100}?)(?:\s+(?:of|that|about))?\s*[,:]?\s*$"
    # "... were described by Johnson as a "historic mandate"", "The call, described by the White
    # House as "candid and constructive," was ..."
    r"|(?:\b(?:was|were|been|being|is|are)\s+|,\s*)(?:described|called|characteri[sz]ed|labell?ed|termed|"
    r"dubbed|branded|praised|hailed|critici[sz]ed|condemned)\s+by\s+"
    r"(?P<np2>[^,;:\"“”«»]{2,100}?)\s+as\s+(?:an?\s+|the\s+)?$")
# "with the COA recommending that ...": a participle that gives the words quoted after it
_SPEECH_PARTICIPLES = ("saying", "describing", "calling", "adding", "noting", "warning",
                       "insisting", "arguing", "telling", "stating", "stressing", "urging",
                       "recommending", "explaining", "asserting", "claiming", "declaring",
                       "demanding", "suggesting", "advocating")
_WITH_PARTICIPLE = re.compile(  # the last such phrase before the quotation
    r"^.*\b(?:with|and)\s+(?P<np>(?:the\s+)?(?:(?:spokes(?:man|woman|person)|chief|leader|"
    r"minister|president|secretary|director|official|lawyer|adviser|advisor)\s+)?"  # "with
    r"(?:[A-Z][\w.'’-]*\s+){0,6}[A-Z][\w'’-]*"  # spokesman Dmitry Peskov saying: ..."
    # "with a Pentagon official telling the BBC ...": one unnamed
    r"|(?:an?|one)\s+(?:[\w-]+\s+){0,3}(?:official|spokes(?:man|woman|person)|source|aide|"
    r"diplomat|adviser|advisor|officer|lawyer|analyst|expert)"
    # "with the senator advocating for a "...": the one spoken of by a post
    r"|the\s+(?:[a-z][\w-]*\s+){0,2}(?:senator|minister|president|premier|governor|mayor|"
    r"leader|chairman|chairwoman|mp|lawmaker|ambassador|envoy|commander))"
    r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+"  # "Ross Spano of Florida calling"
    r"(?:[a-z]+ly\s+)?"  # "with Prime Minister Narendra Modi publicly saying"
    rf"(?:{'|'.join(_SPEECH_PARTICIPLES)})\b[^.!?]*$")
_QUOTE_OF = re.compile(
    r"\b(?P<np>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?)(?:['’]s)?\s+(?:famous\s+|old\s+)?"
    r"(?:quote|quotation|line|maxim|dictum|adage)\s*(?:that|:|,)?\s*$")
# a piece of text every match of a pattern holds: a text without one is not searched (these
# patterns open with a word boundary or "^.*", tried at every character)
_NEEDS = {
    _PASSIVE: ("by",),
    _WITH_PARTICIPLE: _SPEECH_PARTICIPLES,
    _QUOTE_OF: ("quot", "line", "maxim", "dictum", "adage"),
}


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, asked only when the text holds a piece every match needs."""
    return pattern.search(text) if any(map(text.__contains__, _NEEDS[pattern])) else None


@dataclass
class Attribution:
    speaker: str | None
    as_written: str | None
    role: str | None
    how: str  # "after", "before", "colon", "dash", "according to", "continued", "pull quote",
    # "quote of" (the Chuck Jones quote that "...")
    # "topic" (no cue: the person the narration is about)


_TIME_OPENER = re.compile(
    r"^(?:(?:this|last|next|on|early|late|earlier|later)\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|weekend)\b,?\s*",
    re.I)


# when it was said, after the speaker: "... John McCormick on Saturday", "... Ed Davey meanwhile"
# "X was quoted as saying", "X is reported as saying": the passive before the speech verb
# ("X was quoted by the local daily al-Qabas as saying": X, not the paper)
_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has been|had been|have been|can be)\s+"
                        r"(?:(?:quoted|reported|cited|heard)\s+(?:by\s+[^,;:]{2,60}?\s+)?as|heard)$")
# (or where: "... W.A. Wijewardena last week on social media")
_TIME_AFTER = re.compile(
    r"(?<=\w)(?:\s+(?:(?:on|this|last|early|late|earlier|later)\s+(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|weekend)"
    r"|meanwhile|however|though|too|instead|also|on\s+social\s+media))+$", re.I)


# what a body is, in lower case, before its name (and where it is): "the nonprofit", "the
# Washington-based research group"
_KIND_BEFORE_BODY = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.'’-]*-(?:based|headquartered)\s+)?"
                               r"(?:(?!(?:for|of|at|from|with|to|in|on|by)\s)[a-z][\w-]*\s+){1,2}(?=[A-Z])")
# where a body is, before its name: no word of the name ("the Seoul-based Asan Institute")
_BASED_IN = re.compile(r"\b[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*)?-(?:based|headquartered)\s+(?=[A-Z])")
# a country of two halves, named before its half alone ("the North")
_HALF_OF_COUNTRY = re.compile(r"\b(?:North|South)\s+(Korea)\b")
_OPENING_CONJUNCTION = re.compile(
    r"^(?:(?:and|but|as|while|so|then)\s+"
    # "When the man asks Etheridge to": the subject of the clause a subordinator opens
    r"|(?:when|once|if|after|before|until|because|although|though|since)\s+"
    r"(?=(?:the|a|an|his|her|their)\s|(?-i:[A-Z])))", re.I)
# what a body is, in lower case, then its name: "Conservation organisation the Blue Marine
# Foundation", "campaign group the Sierra Club"
_KIND_THEN_NAME = re.compile(r"^(?![\w-]*\s+(?:[\w-]+\s+)*?(?:of|for|from|in|over|by|with|at|"
                             r"to|on|and|or|a|an|said|says)\s)"  # (nouns only before the name)
                             r"[A-Z]?[a-z][\w-]*(?:\s+[a-z][\w-]*){1,3}\s+"
                             r"(the\s+[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|to|and|the)\s+)*"
                             r"[A-Z][\w'’&.-]*)*)$")
_BODY_OF = re.compile(r"^(?:the\s+)?(\w+)\s+of\s+[A-Z]", re.I)
_BODY_OF_NAME = re.compile(r"(?:[Tt]he\s+)?\w+\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*"
                           r"(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\w'’.-]*)*")
# a post in lower case, then a name: the body's name ended ("the Ministry of Defence
# spokesman Lin Jian" is a person)
_BODY_OF_ENDED = re.compile(r"\s(?!(?:of|and|for|on|the|in)\s)[a-z][\w-]*\s+[A-Z]")
# Ranks and courtesy titles: what a person is called, not a post ("Rear Admiral John
# Stufflebeem" may be "the Pentagon spokesman")
_RANKS = COURTESY_TITLES | {"rear", "vice", "admiral", "adm", "general", "gen", "brigadier",
                            "lieutenant", "lt", "colonel", "col", "major", "maj", "captain",
                            "capt", "commander", "commodore", "sergeant", "sgt", "lord", "lady"}
_DESCRIBED = re.compile(r"^the\s+(?:[A-Z][\w.'’-]*\s+){1,3}([a-z][\w-]*)$", re.I)
# someone's own account on a social network: "Trump's account", "Musk's Twitter account"
_OWN_ACCOUNT = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+(?:(?:official|personal|verified|Twitter|"
    r"X|Instagram|Facebook|Telegram|TikTok|Weibo|social\s+media)\s+){0,2}account$")


class Resolver:
    """Turn the words that name a speaker into a person, using what the article said before."""

    def __init__(self, people: People, text: str = "") -> None:
        self.people = people
        self.text = text  # the narration: the bodies it names, how often it speaks of them
        self.at = 0  # the offset of the quotation being attributed
        self._organisations: list[tuple[int, str]] | None = None
        # who issued the last statement the article quoted, whom "the statement" later means
        self.document_author: Attribution | None = None
        # the body whose words the narration last reported, and where: whom "it said" means
        self.body_reporting: tuple[str, int] | None = None
        # the people last described together as speakers ("the judges"), and where: whom
        # "they said" means
        self.group_speaking: tuple[str, int] | None = None

    def _group(self, speaker: str, phrase: str) -> Attribution:
        """People described together: the speaker, remembered for a later "they"."""
        self.group_speaking = (speaker, self.at)
        return Attribution(speaker, phrase, None, "")

    @property
    def organisations(self) -> list[tuple[int, str]]:
        """(offset, name) of every body the text names, read on first need."""
        if self._organisations is None:
            self._organisations = sorted(article_organisations(self.text)
                                         + lower_case_bodies(self.text))
        return self._organisations

    def _written_lower_case(self, word: str) -> bool:
        return _has_word(self.text, word.lower())

    def _last_before(self, pattern: str, reach: int,
                     keep: Callable[[re.Match], bool] | None = None) -> re.Match | None:
        """The last match of `pattern` (that `keep` accepts) in the `reach` characters of the
        narration before the quotation: what was named nearest before it."""
        found = None
        for m in re.finditer(pattern, self.text[max(0, self.at - reach):self.at]):
            if keep is None or keep(m):
                found = m
        return found

    def _document_owner(self, kind: str) -> str | None:
        """The body whose document of this kind the text named last before the quotation:
        "A National Audit Office report on ... says" -> "National Audit Office" for "the
        report"; "a letter from the Home Office" -> "Home Office" for "the letter"."""
        def owner(m: re.Match) -> str:
            name = _strip_det(m.group("owner") or m.group("by"))
            last = name.rsplit(" ", 1)[-1]
            # (the sentence's full stop after the name is no part of it: "Inc." is)
            return name[:-1] if last.endswith(".") and last.count(".") == 1 and len(last) > 5 \
                else name

        if kind == "document":  # "the document": whatever kind of document was named last
            kind = "(?:document|paper|report|memo)"
        named = self._last_before(
            # (an owner of capitalised words on one line, not "The" of "The draft report")
            rf"\b(?:(?!(?:The|A|An|This|That)\s)(?P<owner>(?:[A-Z][\w'’&.-]*[ \t]+){{0,5}}"
            rf"[A-Z][\w'’&.-]*?)(?:['’]s)?\s+"
            rf"(?:[a-z]+\s+)?{kind}|{kind}\s+(?:[a-z]+ed\s+)?(?:by|from)\s+(?:the\s+)?"
            rf"(?P<by>(?:[A-Z][\w'’&.-]*\s+){{0,8}}[A-Z][\w'’&.-]*))", 3000,
            lambda m: bool(o := owner(m)) and fold(o.split()[0]) not in OPENING_WORDS)
        if named is None:
            return None
        found = owner(named)
        if _ACRONYM.fullmatch(found):  # "The NAO's annual report": spelt out if the text does
            return self._spelt_out(found)
        cleaned = clean_name(found)
        # a body, or an outlet; not a person's report ("Mueller's filing": his, as written)
        return found if cleaned is not None and cleaned.organisation else None

    def _document_described(self, kind: str) -> str | None:
        """A document of no named body, as the text described it last: "the strategic
        defence review" for "the review"."""
        named = self._last_before(
            rf"\b(?:[Tt]he|[Aa]n?)[ \t]+((?:(?!(?i:the|an?|its|their|this|that)[ \t])"
            rf"[A-Za-z-]+[ \t]+){{1,3}}){kind}\b", 3000,
            lambda m: m.group(1).split()[0].casefold() not in _NO_DESCRIPTION)
        return f"the {named.group(1)}{kind}" if named else None

    def _body_spoken_of(self) -> str | None:
        """The body the narration speaks of now: the one last spoken of, or the one whose words
        were reported or quoted within the last few paragraphs."""
        last = self.people.last
        if last is not None and last.organisation and last.name[:1].isupper():
            return last.name
        if self.body_reporting is not None and self.body_reporting[1] >= self.at - 1500:
            return self.body_reporting[0]
        return None

    def _group_still_spoken_of(self) -> str | None:
        """The people described together as speakers just before, when every sentence since
        their words speaks of "they" ("the judges wrote. ... , they said."): not after a
        sentence of its own about others ("Farmers were less pleased. "...," they said")."""
        group = self.group_speaking
        if group is None or not 0 <= self.at - group[1] <= _GROUP_REACH:
            return None
        since = _SENTENCE_STOP.split(self.text[group[1]:self.at])[1:]  # after the group's own
        return group[0] if all(_THEY.search(piece) for piece in since if piece.strip()) else None

    def _joint_speakers(self) -> str | None:
        """Two people who just spoke together ("A and B said"), whom "the pair" means."""
        group = self._group_still_spoken_of()
        return group if group is not None and " and " in group else None

    def _pair(self, plural: str | None) -> str | None:
        """"the two leaders", "both ministers": the two people the sentence that named people
        last named, when it named just two, each holding a post that fits ("the two
        ministers": ministers both; "leaders": any post; "the pair": anyone)."""
        named = [p for p in self.people.persons
                 if not p.organisation and p.name[:1].isupper() and len(p.name.split()) >= 2]
        # (by where the text last named each: the entities' order is who was spoken of last)
        where = {id(p): _last_named_at(self.text, p, self.at) for p in named}
        ranked = sorted((p for p in named if where[id(p)] >= 0), key=lambda p: where[id(p)])
        if len(ranked) < 2:
            return None
        two = ranked[-2:]
        opening = _sentence_opening(self.text, where[id(two[0])])
        if _sentence_opening(self.text, where[id(two[1])]) != opening \
                or len(ranked) > 2 and where[id(ranked[-3])] >= opening:
            return None  # not named in one sentence, or a third named in it: which two is unclear
        post = _singular(plural) if plural else None
        if post is not None and not all(
                (post in fold(" ".join([p.role or "", *p.roles])) if post != "leader"
                 else p.role or p.roles) for p in two):
            return None
        first, second = two
        return f"{first.name} and {second.name}"  # (in the order the text named them)

    def _spelt_out(self, acronym: str) -> str:
        """"NAO" as the text spells it ("National Audit Office"; "the Netherlands Organisation
        for Applied Scientific Research (TNO)"), or as it is."""
        def initials(name: str) -> str:
            return "".join(w[0] for w in name.split() if w[0].isupper())

        spelt = []
        for _, name in self.organisations:
            if initials(name) == acronym:
                spelt.append(name)
            elif self.text.find(f"{name} ({acronym})") >= 0:
                # "the Fair Work Ombudsman and the Department of Employment and Workplace
                # Relations (DEWR)": the body after "and the" whose letters the acronym holds
                spelt.append(next((name[m.end():] for m in _AND_THE.finditer(name)
                                   if initials(name[m.end():]) == acronym), name))
        return spelt[-1] if spelt else acronym

    def _persons_body(self, kind: str) -> str | None:
        """The campaign or administration last named after its person before the quotation:
        "Clinton campaign" for "the campaign" ("the Clinton campaign website states ...")."""
        found = self._last_before(rf"\b((?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)\s+{kind}\b", 3000,
                                  lambda m: clean_name(m.group(1)) is not None)  # not "The"
        if found is None:
            return None
        # under the person's surname, as the prose names such bodies ("President Donald
        # Trump's campaign" is the "Trump campaign")
        return f"{without_possessive(found.group(1)).split()[-1]} {kind}"

    def _introduced(self, noun: str, reach: int = 2000, said: tuple[str, ...] = ()) -> str | None:
        """The description that introduced the one "the <noun>" means, in the text before the
        quotation: "a Justice Department official" for "the official"; the person it describes
        in an apposition ("John Smith, a State Department official"). `said`: the words before
        the noun, which the description holds when it has them all ("the second official" is
        "a second Iranian official", not the senior one introduced since)."""
        if noun not in _INTRODUCED_NOUNS:
            return None
        pattern = rf"\b((?:[Aa]n?|[Oo]ne)\s+(?:[\w.'’&-]+\s+){{0,4}}?{noun})\b"
        found = self._last_before(pattern, reach, lambda m: set(said) <= set(
            m.group(1).casefold().split())) if said else None
        found = found or self._last_before(pattern, reach)
        if found is None:
            return None
        before = found.string[:found.start()].rstrip()
        if before.endswith(","):
            # "John Smith, a State Department official": John Smith, if named in full (not
            # "In a statement, a police spokesperson": an opening phrase, then the description)
            named = _trailing_name(before[:-1])
            if named is not None and len(named.split()) >= 2:
                person = self.people.find(named) or self.people.add(named)
                self.people.last = person
                return person.name
            if named is not None:
                return None
        words = found.group(1).split()
        if any(w[:1] in _MARKS or w.casefold() in _DESCRIPTION_STOPS
               # ("and", "of" inside a body's capitalised name: "a Health and Human Services
               # official", "a Ministry of Defence official")
               and not (w in ("and", "of") and 0 < k < len(words) - 1 and words[k - 1][:1].isupper()
                        and words[k + 1][:1].isupper())
               for k, w in enumerate(words)):
            return None
        # "a source familiar with Italy's G7 plans said": what places a bare "a source" is
        # theirs ("a senior Obama administration official" says enough)
        # (and of which body: "an official for the Free Syrian Army")
        placed = _SOURCE_PLACED.match(found.string, found.end()) \
            or _BODY_PLACED.match(found.string, found.end()) if len(words) <= 2 else None
        return _description(found.group(1) + (placed.group(0) if placed else ""))

    def resolve(self, phrase: str, after: str = "") -> Attribution | None:
        """The speaker `phrase` names; `after`, the words it says, whose pronoun may tell
        which of a family a surname means ("President Babe has said he will not ...")."""
        phrase = " ".join(phrase.split()).strip(" ,.;:—–-")
        if " " in phrase and (plural_from := _PLURAL_FROM.match(phrase)) \
                and plural_from.group("head").casefold() in _PLURAL_ROLES \
                and _names_places(plural_from.group("where")):
            # "Defense chiefs from the United States, South Korea and Japan": people described
            # in the plural, as written, never one of the places
            described = phrase if phrase.split()[0].isupper() or is_place(phrase.split()[0]) \
                else phrase[:1].lower() + phrase[1:]
            return self._group(described, phrase)
        if phrase[:1] in "PIGCV" and _PICTURE_CREDIT.match(phrase):
            return None  # "Photograph: Jack Kurtz/ZUMA Press/Corbis": a picture's credit
        if phrase[:1] in "aAtT" and _DOCUMENT_BY.match(phrase) \
                and (att := self.resolve(_document_author(phrase), after)) is not None:
            return att  # "a statement issued by the Australian High Commission [said]": its author
        if phrase[-3:] == "ing" and _LONE_PARTICIPLE.fullmatch(phrase) and _speech_participle(phrase):
            return None  # "Elaborating further the UN Resident Coordinator ... said": no one
        if phrase[:1].isupper() and (opened := _PARTICIPLE_THEN_SUBJECT.match(phrase)) \
                and (att := self.resolve(phrase[opened.end():], after)) is not None:
            return att  # the subject after the participle and its adverb
        if phrase.endswith(("-based", "-backed", "-owned", "-led", "-headquartered")):
            return None  # "The Washington-based [think tank]": a modifier, cut from its noun
        if phrase[:1] in "aAtT" and (kind := _KIND_BEFORE_BODY.match(phrase)) is not None \
                and _names_a_body(phrase[kind.end():]) \
                and not any(w in ROLE_WORDS or _GENERIC_PERSON.fullmatch(w)
                            for w in phrase[:kind.end()].split()[1:]) \
                and (att := self.resolve(phrase[kind.end():], after)) is not None:
            att.as_written = phrase  # "the Washington-based nonprofit Institute for the Study
            return att               # of War": the body, under its own name
        if ("-based " in phrase or "-headquartered " in phrase) \
                and (unplaced := _BASED_IN.sub("", phrase)) != phrase \
                and ((named := clean_name(_strip_det(unplaced))) is not None and named.organisation
                     or unplaced.rsplit(None, 1)[-1].casefold() in ORG_WORDS
                     or _names_a_body(unplaced)):
            # "the Moscow-based Carnegie Center": the body, under its own name
            if (att := self.resolve(unplaced, after)) is not None:
                att.as_written = phrase
            return att
        if phrase[:4] in ("the ", "The ") and (kind := _KIND_THEN_BODY.fullmatch(phrase)) \
                and ((body := clean_name(kind.group(1))) is not None and body.organisation
                     or MEDIA.fullmatch(kind.group(1))) \
                and (att := self.resolve(kind.group(1), after)) is not None:
            att.as_written = phrase  # "the state-owned tabloid Global Times": the body, under
            return att               # its own name (what it is, in lower case, before it)
        if phrase[:4] in ("the ", "The ") and (kind := _OUTLET_THEN_KIND.fullmatch(phrase)) \
                and (att := self.resolve(kind.group(1), after)) is not None:
            att.as_written = phrase  # "the party-run Global Times tabloid [warned]"
            return att
        if ("s' " in phrase or "s’ " in phrase) \
                and (owned := _NAME_POSSESSIVE.sub(r"\1\2s ", phrase)) != phrase:
            # "James' mother" is "James's mother", as written
            att = self.resolve(owned)
            if att is not None:
                att.as_written = phrase
                return att  # (else as written: "'Harbour Lights' actor Tamsin Greer")
        if (sent := _DOCUMENT_SENT_TO.fullmatch(phrase)) \
                and (att := self.resolve(sent.group(1), after)) is not None:
            att.as_written = phrase  # "Poilievre's letter to Trudeau": the letter's writer
            return att
        if phrase.endswith("account") and (own := _OWN_ACCOUNT.search(phrase)) \
                and (att := self.resolve(own.group(1), after)) is not None:
            att.as_written = phrase  # "Trump's account tweeted": its owner's words
            return att
        if ("’" in phrase or "”" in phrase or '"' in phrase or "'" in phrase) \
                and (ends := _QUOTATION_END.findall(phrase)):
            # "most heavy-handed approach,’ the source": the end of a quotation the marks'
            # reading missed; the speaker is after it
            phrase = phrase[phrase.rfind(ends[-1]) + len(ends[-1]):]
        phrase = _OPENING_CONJUNCTION.sub("", phrase)
        if " and " in phrase and (pair := _two_people(phrase)):
            # "Opposition Leader Kevin Falcon and his critic for mental health Elenore Sturko
            # [issued a joint statement]": both speak, each under their full name
            first, second = (self.resolve(part, after) for part in pair)
            if first and second and first.speaker != second.speaker:
                return self._group(f"{first.speaker} and {second.speaker}", phrase)
        if (kin := _KIN_PHRASE.fullmatch(phrase)) is not None \
                and (relation := kin.group(2) or kin.group(3)) in _KIN:
            # "his mother", "Foley's mother": the relative named so before, of the same one
            # when both say whose ("Sotloff's mother" is not Foley's); else as written ("The
            # mother of James Foley" is not James Foley)
            owner = kin.group("owner") or (kin.group(4).split()[-1] if kin.group(4) else None)
            relative = next((p for p in reversed(self.people.persons) if relation in p.roles
                             and (owner is None or p.kin_of is None
                                  or fold(p.kin_of) == fold(owner))), None)
            if relative is not None:
                self.people.last = relative
                return Attribution(relative.name, phrase, relation, "")
            if kin.group(3) or owner:
                return Attribution(phrase[:1].lower() + phrase[1:] if kin.group(3) else phrase,
                                   phrase, None, "")
        if (owned := _PRONOUN_OWNS.fullmatch(phrase)) is not None \
                and _names_someone(owned.group(2).split()[-1]):
            # "his spokesman", "her lawyers": someone of the one "he" or "she" means, under
            # that name ("Paul Grant's spokesman"); "their aides": as "the aides"
            whose, who = owned.group(1).casefold(), owned.group(2)
            owner = self.people.pronoun("he" if whose == "his" else "she") \
                if whose != "their" else None
            if owner is not None and owner is self.people.last and not owner.organisation \
                    and owner.name[:1].isupper():
                # (the one the narration is about, not just the last man named: "Kishida will
                # not attend ... meet Biden's envoy. "...," his spokesman said" is no Biden's)
                mark = "’" if "’" in self.text else "'"
                return Attribution(f"{owner.name}{mark}s {who}", phrase, None, "")
            if whose == "their":
                return Attribution(f"the {who}", phrase, None, "")
            return Attribution(_description(phrase).replace(owned.group(1), whose, 1), phrase,
                               None, "")  # "his spokesman", as written
        if (group := _GROUP_DESCRIBED.match(phrase)) and group.group(1).casefold() in _GROUPS:
            # "The authors of the research published in the journal JAMA Psychiatry",
            # "Researchers at Harvard University": people, unnamed, of or at what follows
            described = _description(phrase[:group.end()])
            return Attribution(described[:1].lower() + described[1:], phrase, None, "")
        if (plural := _PLURAL_SUBJECT.fullmatch(phrase)) and not self.people.find(plural.group(1)):
            # "Proponents have long [argued]": people, by a plural noun, no one "he" may mean
            return Attribution(plural.group(1).casefold(), phrase, None, "")
        phrase = _TIME_OPENER.sub("", phrase)  # "This Wednesday Greek Foreign Minister ..."
        phrase = _TIME_AFTER.sub("", phrase)  # "According to County Attorney X on Saturday"
        if phrase.endswith((" as", " heard")):
            # "an unnamed police source was quoted as saying", "Ms Barry is heard saying"
            phrase = _QUOTED_AS.sub("", phrase)
        if ("'" in phrase or "’" in phrase) and (owned := _OWNERS_NAME.fullmatch(phrase)) \
                and not owned.group(1).isupper() \
                and (named := clean_name(owned.group(1))) is not None and not named.organisation \
                and not named.role and (att := self.resolve(owned.group(1), after)) is not None:
            att.as_written = phrase  # "Data Resources' Wyss", "Goldman's Hatzius": the person
            return att               # of the body, under the name the text gives them
        if phrase[:4] in ("The ", "the ") and (post := _CAPITALISED_POST.fullmatch(phrase)) \
                and (post.group(2).casefold() in ROLE_WORDS or post.group(2) == "PM") \
                and post.group(2).casefold() not in ORG_WORDS:
            # "The Education Secretary", "the Nottingham East MP", "The PM": a person's post,
            # read as the prose writes posts ("the education secretary"), not a body's name
            modifiers = " ".join(w.casefold() if w.casefold() in self.people.lower_words else w
                                 for w in post.group(1).split())
            head = "prime minister" if post.group(2) == "PM" else post.group(2).casefold()
            post_att = self.resolve(" ".join(["the", modifiers, head]) if modifiers
                                    else f"the {head}")
            if post_att is None:
                return None
            # (no one named: the description as the text writes it, "the Melbourne MP")
            unnamed = post_att.speaker is not None and post_att.speaker[:1].islower()
            if unnamed and self.people.last is not None and self.people.last.name == post_att.speaker:
                # (the one now spoken of, under the words the text gives: "the Prime Minister")
                self.people.last = self.people.add(_description(phrase), head)
            return Attribution(_description(phrase) if unnamed else post_att.speaker, phrase,
                               post_att.role, post_att.how)
        if " the " in phrase and (kind_then_name := _KIND_THEN_NAME.match(phrase)):
            phrase = kind_then_name.group(1)  # "Conservation organisation the Blue Marine ..."
        if not phrase or (sub := _SUBORDINATE.match(phrase)) and not (
                sub.group().endswith(" ") and "," not in phrase
                and _NAME_IN_ING.match(phrase, sub.end())):
            return None  # "Known as a shock jock ...", "Asked about ...": not a speaker
            # (a word in -ing before a name or the people of a body, and no comma, is a name:
            # "Boeing officials", "Beijing")
        if len(opening := phrase.split(None, 2)) > 2 and opening[0].endswith("ed") \
                and opening[0][:1].isupper() and opening[1] in ("the", "a", "an") \
                and not is_given_name(opening[0]):
            return None  # "Nicknamed the pearl of the desert": a participle's phrase, no one
        phrase = _QUOTED_MODIFIER.sub(r"\1 ", phrase)
        if phrase.strip()[:1] in _MARKS or phrase.strip()[-1:] in _MARKS:
            return None  # '"Content-Type": "text/html"': a quoted key, not a speaker
        # "Facebook and", "20 -- North Korea's newspaper": a conjunction or a number cut in
        phrase = _LOOSE_ENDS.sub("", phrase).strip()
        if not phrase or phrase.count(" ") >= 2 and phrase.isupper() and not self.text.isupper():
            return None  # (a headline in capitals set into the text: "TRUMP'S FEUD ESCALATES")
        low = phrase.casefold()
        words = low.split()
        if len(words) > 16:
            return None
        if low in ("the north", "the south") \
                and (half := _HALF_OF_COUNTRY.search(self.text, 0, self.at)) is not None:
            # "the North": North Korea, named before (and "the South", South Korea)
            return Attribution(f"{words[1].capitalize()} {half.group(1)}", phrase, None, "")
        if self.document_author is not None and _BARE_DOCUMENT.fullmatch(low):
            # "the statement continued": the words of who issued it, quoted before
            author = self.document_author
            return Attribution(author.speaker, phrase, author.role, "")
        if low[:4] == "the " and self.body_reporting is not None \
                and self.body_reporting[1] >= self.at - 400 and _BARE_DOCUMENT.fullmatch(low):
            # 'the KMT said the new cover does nothing ... "...," the statement read': the
            # body whose report the sentence before gave
            return Attribution(self.body_reporting[0], phrase, None, "")
        if low[:4] == "its " and _ITS_FINDINGS.fullmatch(low):
            # "its analysis concludes": the body spoken of, else the body named last, in this
            # paragraph or the one before
            body = self.people.last
            near = self.text.rfind("\n\n", 0, max(0, self.text.rfind("\n\n", 0, self.at)))
            named = body.name if body is not None and body.organisation else next(
                (name for pos, name in reversed(self.organisations) if near < pos < self.at), None)
            if named:
                return Attribution(named, phrase, None, "")
        if _THE_DOCUMENT.fullmatch(low) and (owner := self._document_owner(words[-1])):
            return Attribution(owner, phrase, None, "")  # "the report": the NAO's
        if len(words) == 2 and words[0] == "the" and _THE_DOCUMENT.fullmatch(low) \
                and (described := self._document_described(words[1])):
            return Attribution(described, phrase, None, "")  # "the review": which one
        if "'s " in phrase or "’s " in phrase:
            # "TNO's report": its author, spelt out when the text does
            owned = _NAMED_DOCUMENT.match(phrase)
            author = without_possessive(owned.group("author").strip()) if owned else ""
            if _ACRONYM.fullmatch(author):
                return Attribution(self._spelt_out(author), phrase, None, "")
        elif (named := _NAMED_DOCUMENT.match(phrase)) is not None \
                and clean_name(author := named.group("author").strip()) is not None \
                and (by := self.resolve(author, after)) is not None:
            return Attribution(by.speaker, phrase, by.role, by.how)  # "a Pentagon statement"
        if low[:4] == "the " and (aged := _AGED.fullmatch(low)):
            # "the 74-year-old said": the person the narration is about, of that gender
            person = self.people.last
            said_gender = GENDERED_TITLES.get(aged.group(1) or "")
            if person is None or person.organisation or not person.name[:1].isupper() \
                    or said_gender and (person.gender or person.likely) not in (None, said_gender):
                return None
            return Attribution(person.name, phrase, person.role, "")
        if low in PRONOUNS:
            person = self.people.pronoun(low)
            while person is not None and not person.organisation and MEDIA.match(person.name):
                # "The Lexington Herald-Leader reported that ... "...," she said": a paper is
                # no "she"; known for a body now, and the one meant looked for again
                person.organisation = True
                person = self.people.pronoun(low)
            if person is None:
                return None
            if person.gender is None:
                person.gender = PRONOUNS[low]  # "she said" tells the narration's gender
            self.people.last = person  # the one "he" meant is the one spoken of now
            return Attribution(person.name, phrase, person.role, "")
        if "," not in phrase and len(words) <= 4 and (
                words[0] in _PREPOSITIONS or len(words) == 2 and words[0] in ("a", "an")) \
                and all(w[:1].isupper() for w in phrase.split()[1:]):
            return None  # "in Kursk": a place; "a Philippine [statement]": an adjective, cut
        unissued = low[:2] == "a " and _A_STATEMENT.fullmatch(low)
        if (low == "it" or unissued) and self.body_reporting is not None \
                and self.body_reporting[1] >= self.at - 400:
            # "Cornwall Council said the authority would be monitoring beaches.It said: "...":
            # the body whose report the sentence before gave (and '"...," a statement said'
            # after "..., NASA said.": its statement)
            return Attribution(self.body_reporting[0], phrase, None, "")
        if (low == "it" or unissued) and (body := self.people.last) is not None \
                and body.organisation:
            return Attribution(body.name, phrase, None, "")  # the body spoken of
        if low == "they" and (group := self._group_still_spoken_of()) is not None:
            # "the judges wrote ... they said": the people described together just before
            return Attribution(group, phrase, None, "")
        if low in GROUP_PRONOUNS or words[0] in {"which", "who", "that", "this", "it", "there",
                                                "what", "later", "earlier", "also", "i", "we",
                                                "you"} \
                and not phrase.startswith("WHO "):
            return None  # (the World Health Organization is no pronoun: "WHO chief Tedros")
        # "Obama administration officials", "White House aides": people of a body or of a
        # person, unnamed; not the body or the person
        if _PEOPLE_OF.match(phrase):
            return Attribution(_description(phrase), phrase, None, "")
        # "A group of nearly 90 professors and administrators connected to the school": a
        # group, unnamed, as written up to what is said of it
        if _GROUP_NOUNS.intersection(words[1:3]) and (group := _GROUP_OF.match(phrase)):
            return Attribution(_description(group.group(0)), phrase, None, "")
        # "the heads of eleven Ohio hospitals", "the mayors of six cities": holders of a post,
        # unnamed
        if words[0] == "the" and 4 <= len(words) <= 8 and words[2] == "of" \
                and words[1][-1:] == "s" and words[1][:-1] in ROLE_WORDS:
            return Attribution(_description(phrase), phrase, None, "")
        # "a spokesman for Mr. Johnson", "a lawyer for the family": the agent speaks, unnamed
        if _AGENT_OF.match(phrase) and len(words) <= 10:
            described = _description(phrase)
            if words[0] in ("a", "an"):  # one person, whom a later "he" may mean
                self.people.last = self.people.add(described)
            return Attribution(described, phrase, None, "")
        # "One resident of South Pyongan": one person, unnamed, whom a later "the source" or
        # "he" may mean (not a person called Pyongan)
        if words[0] in ("a", "an", "one") and len(words) <= 10 and "," not in phrase \
                and (generic := _GENERIC_PERSON.match(low, len(words[0]) + 1)
                     # ("a head teacher at one of the schools", "one senior Tory figure": a
                     # word or two before what they are)
                     or len(words) > 2
                     and _GENERIC_PERSON.match(low, len(words[0]) + len(words[1]) + 2)
                     or len(words) > 3 and _GENERIC_PERSON.match(
                         low, len(words[0]) + len(words[1]) + len(words[2]) + 3)) \
                and not generic.group(0).endswith("s") and words[1] != "of" \
                and ((place := _OF_PLACE.match(low, generic.end()))
                     and not any(is_given_name(w) for w in phrase[place.end():].split())
                     or generic.end() == len(low)):
            # ("one woman", "a man" alone: one person too, whom a later "she" means)
            described = _description(phrase)
            self.people.last = self.people.add(described)
            return Attribution(described, phrase, None, "")
        if words[0] == "one" and 2 <= len(words) <= 4 and words[-1] in ROLE_WORDS \
                and "," not in phrase and words[1] != "of":
            # "One Cabinet minister told the Mail": one of several holders, unnamed (not the
            # minister named before)
            described = _description(phrase)
            self.people.last = self.people.add(described)
            return Attribution(described, phrase, None, "")
        if low == "the source" and (last := self.people.last) is not None \
                and last.name.split()[0].casefold() in ("a", "an", "one") \
                and not self._introduced("source"):
            return Attribution(last.name, phrase, None, "")  # the one just described
        # "Bolger’s lawyer": the person named with that role ("Bolger’s lawyer, Jeremy Robinson")
        owner_role = _OWNER_ROLE.fullmatch(phrase)
        if owner_role and owner_role.group(1) in ROLE_WORDS \
                and (person := self.people.by_role([owner_role.group(1)])) is not None:
            self.people.last = person
            return Attribution(person.name, phrase, person.role, "")
        # "Germany's UK ambassador": a post of a country or a body, its holder never named
        # here: the description, remembered for a later "he"
        if words[-1] in ROLE_WORDS and len(words) <= 5 and _OWNERS_POST.fullmatch(phrase) \
                and self.people.by_role([words[-1]]) is None:
            self.people.last = self.people.add(_description(phrase))
            return Attribution(_description(phrase), phrase, None, "")
        # "Day's animal foundation": the body the article names in full ("the Doris Day Animal
        # Foundation"), before or after
        owned = _OWNED_BODY.fullmatch(phrase)
        if owned and fold(owned.group("kind")) in ORG_WORDS:
            wanted = {fold(owned.group("owner")), fold(owned.group("kind"))} \
                | {fold(w) for w in owned.group("words").split()}
            bodies = [(pos, name) for pos, name in self.organisations
                      if wanted <= {fold(w) for w in name.split()}]
            if bodies:
                before = [name for pos, name in bodies if pos <= self.at]
                return Attribution(before[-1] if before else bodies[0][1], phrase, None, "")
        # "the influential US daily wrote": the news outlet named last before
        if _MEDIA_NOUN.match(phrase):
            # (its country's name may stand before it: "Germany’s Süddeutsche Zeitung")
            runs = (_OWNER_BEFORE.sub("", run.group(0)) for run in
                    _CAPITALISED_RUN.finditer(self.text, max(0, self.at - 2000), self.at))
            outlets = [run for run in runs if MEDIA.match(run)]
            if outlets:
                return Attribution(_strip_det(outlets[-1]), phrase, None, "")
        # "the government of American Samoa", "the Ministry of Defence": a body, named whole
        body = _BODY_OF.match(phrase)
        if body and body.group(1).casefold() in _BODIES_OF and not _OWNERS_PERSON.search(phrase) \
                and not _BODY_OF_ENDED.search(phrase, body.end()):
            # (its name only, when a clause the cue's subject ran into follows it: "The
            # government of American Samoa issued a statement agreeing the issue should be")
            named = _BODY_OF_NAME.match(phrase)
            after = phrase[named.end():].split(None, 1) if named is not None else []
            clause = bool(after) and after[0][:1].islower() and after[0].endswith("ed") \
                and after[0].casefold() not in ROLE_WORDS  # ("issued", not "spokeswoman")
            if clause:
                return Attribution(_strip_det(named.group(0)), named.group(0), None, "")
            return Attribution(_strip_det(phrase), phrase, None, "")
        # "The Wooster professor": a role with a modifier, not a person called Wooster; the
        # person last spoken of, unless they hold another role
        if _SOME_PARTISAN.match(phrase):
            return Attribution(_description(phrase), phrase, None, "")
        described = _DESCRIBED.match(phrase)
        partisan = _PARTISAN.search(phrase)
        if partisan:
            # "the Kentucky Republican": a member of a party spoken of, never the party
            last = self.people.last
            if last is None or last.organisation:
                return Attribution(_description(phrase), phrase, None, "")
            return Attribution(last.name, phrase, last.role, "")
        if words[0] in ("a", "an", "another") and 3 <= len(words) <= 8 and words[-1] in ROLE_WORDS \
                and "," not in phrase:
            # "A Hong Kong government spokesman said", "Another State Department spokesperson":
            # one more holder of a post, unnamed, never the spokesman named before; "the
            # spokesman" later means this one
            described = _description(phrase)
            self.people.last = self.people.add(described, role=phrase.split(None, 1)[1])
            return Attribution(described, phrase, None, "")
        if described and (noun := described.group(1)) in _INTRODUCED_NOUNS and words[-1] == noun \
                and ((holder := self.people.by_role([noun])) is None
                     or len(words) > 2 and words[0] == "the" and holder.name[:1].islower()
                     and not set(words[1:-1]) <= set(holder.name.casefold().split())) \
                and (earlier := self._introduced(noun, 8000, tuple(words[1:-1]))):
            # "the senior State Department official": the one a description introduced ("A
            # senior State Department official told reporters ..."), not whoever is spoken of;
            # now the one spoken of, whom a later "the official" means
            if earlier[:1].islower():
                self.people.last = self.people.add(earlier, noun)
            return Attribution(earlier, phrase, None, "")
        if len(words) == 2 and words[0] == "the" and words[1] in _SPOKESPEOPLE \
                and (last := self.people.last) is not None \
                and last.name.split(None, 1)[0] in ("a", "an") \
                and _SPOKESPEOPLE.intersection(last.name.split()):
            # "the aide said", after "A spokesperson for Grassley fired back ...": the one
            # who speaks for someone, unnamed, just spoken of
            return Attribution(last.name, phrase, None, "")
        if len(words) == 2 and words[0] == "the" and words[1] in _SPOKES \
                and self.body_reporting is not None and self.body_reporting[1] >= self.at - 400 \
                and not any(_speaks_for(p, self.body_reporting[0]) for p in self.people.persons
                            if p.roles):
            # '..., the US State Department said. "...," the spokesperson said': the body's
            # spokesperson, unnamed (not the Houthi spokesman named long before)
            return Attribution(f"a {_strip_det(self.body_reporting[0])} {words[1]}", phrase,
                               None, "")
        if described and described.group(1) in ROLE_WORDS and words[-1] == described.group(1):
            person = self.people.by_role(words)
            noun = described.group(1)
            if person is not None and "former" in words and not any(
                    "former" in r.casefold() for r in person.roles or [person.role or ""]):
                person = None  # "the former president" is not the president named, in office
            if person is None and ("’s " in phrase or "'s " in phrase) \
                    and (_PERSON_NOUN.search(noun) or noun in _AGENT_NOUNS):
                # "The prime minister's official spokesman": someone's agent, not named, not
                # the one last spoken of
                return Attribution(_description(phrase), phrase, None, "")
            last = self.people.last
            # the one the post is of holds no post: "The Google chairman", after "Google,
            # most of whose sales ...", is one of the people spoken of before, not Google
            of = fold(phrase[4:-len(noun)])
            _body_of_post(self.people, of)
            # (someone unnamed, described otherwise, holds no post: "the theology professor"
            # is not "a mother" just quoted)
            if person is not None:
                held_by = [person]
            elif last is not None and not last.organisation and not _post_of(last, of) \
                    and not _described_otherwise(last, noun):
                held_by = [last]
            else:  # (of the people named last, the one the article is most about)
                held_by = sorted([p for p in reversed(self.people.persons)
                                  if not p.organisation and not _post_of(p, of)
                                  and not _described_otherwise(p, noun)][:3],
                                 key=lambda p: -p.mentions)
            # ("chief", "head", "boss" and "leader" name no particular post: ANY_HEAD)
            lesser = False  # a candidate held a lesser post of that name
            # (an article that names a deputy prime minister tells "the Prime Minister" apart:
            # not whoever is spoken of with no post)
            deputy_named = any(p.role and noun in (held := same_posts(p.role.casefold()).split())
                               and lesser_post(held, {noun}, words) for p in self.people.persons)
            for person in held_by:
                if person.role is not None and vice_of(same_posts(person.role.casefold()).split(),
                                                       {noun}, words) \
                        or person.role is None and deputy_named:
                    lesser = True  # (a deputy prime minister is not "the prime minister")
                    continue
                if noun in ANY_HEAD and _leads_something_else(person, words[1:-1]):
                    # "The Lib Dem leader said", when the one spoken of is the Home Secretary:
                    # the last one named in full who holds no post
                    other = next((p for p in reversed(self.people.persons) if p is not person
                                  and not p.organisation and not p.roles and " " in p.name
                                  and p.name[:1].isupper()), None)
                    if other is not None:
                        self.people.last = other
                        return Attribution(other.name, phrase, None, "")
                if person.role is None or noun in person.role.casefold().split() \
                        or noun in ANY_HEAD \
                        or {w.rstrip(".") for w in person.role.casefold().split()} <= _RANKS \
                        or noun in _LAWMAKERS and any(map(_leads_a_party, person.roles)):
                    self.people.last = person  # the one now spoken of, whom a "he" then means
                    return Attribution(person.name, phrase, person.role, "")
            if words[0] == "the" and len(words) <= 4 and last is not None and (
                    lesser or noun not in _OFFICES and _described_otherwise(last, noun)):
                # "..., said the theology professor.", when no one was called so and the one
                # spoken of is someone unnamed, described otherwise: another, unnamed, as
                # written (whom a "he" then means); so is "the prime minister" when the one
                # spoken of is the deputy prime minister
                self.people.last = self.people.add(_description(phrase), noun)
                return Attribution(self.people.last.name, phrase, None, "")
        if len(words) == 2 and words[1] in _JOURNALISTS and words[0] in ("our", "the", "a", "an"):
            # "our correspondent said": the reporter the article named ("Al Jazeera's Zeina
            # Khodr, reporting from Baghdad", "BBC correspondent Ann Hale"), else as written
            known = words[0] in ("our", "the")
            person = self.people.by_role([words[1]]) if known else None
            named = [m.group(1) or m.group(2) or m.group(3) for m in _REPORTER_NAMED.finditer(
                self.text, max(0, self.at - 5000), self.at)] if known and person is None else None
            if named:
                person = self.people.find(named[-1]) or self.people.add(named[-1])
            if person is not None:
                self.people.last = person
                return Attribution(person.name, phrase, person.role, "")
            return Attribution(_description(phrase), phrase, None, "")
        if all(fold(w.strip(".,;:!?")) in OPENING_WORDS for w in words) \
                and not _SPOKESPEOPLE.intersection(words) \
                and not any(len(w) >= 2 and w.isupper() for w in phrase.split()):
            return None  # "No. But": words that open sentences, no one's name (but "a
            #              spokeswoman said" is one, unnamed; "the WHO" a body)
        if len(words) == 1 and phrase[:1].isupper() and self.people.find(phrase) is None \
                and self._written_lower_case(phrase):
            return None  # "Efforts were made", "Shares rose": a word capitalised as it opens
            #              a sentence, which the article writes in lower case too
        if len(words) == 1 \
                and (known := _find_by_pronoun(self.people, phrase, after)) is not None \
                and not known.organisation and fold(known.name).split()[-1] == words[0]:
            # "said King": the surname of Wayne King, named before, not the title
            self.people.last = known
            return Attribution(known.name, phrase, known.role, "")
        if len(words) == 1 and phrase[:1].isupper() and low.endswith("s") \
                and (low in _PLURAL_ROLES or _GENERIC_PERSON.fullmatch(low)) \
                and self.people.find(phrase) is None:
            return self._group(low, phrase)  # "Diplomats said": people described, no name
        role, name = split_role_and_name(phrase)
        adjective = _ADJECTIVE_USE.search(phrase) if name and " " not in name else None
        if adjective and adjective.group(1) == name and (
                is_place(name) or _NUMBER_WORD.match(name)
                or name.casefold() in self.people.lower_words
                or words[-1].endswith("s") and words[-1].isalpha() and len(words) >= 3
                and self.people.find(name) is None):
            name = None  # "Local officials", "Liberian authorities", "Sixty-six percent of",
            #              "Low cost airlines" (a word no one is called, before a plural)
        if name and _names_a_body(phrase) and (" " not in name or _BODY_NAME_TAIL.search(
                phrase[:len(phrase) - len(name)]) and phrase.endswith(name)):
            # "the American College of Obstetricians and Gynecologists", "the Syrian Observatory
            # for Human Rights": a body's name, not a person called Gynecologists or Human
            # Rights (but "... Studies President John Hamre" is a person)
            return Attribution(_strip_det(phrase), phrase, None, "")
        if name and " " not in name and (owned := _BODY_AFTER_OWNER.search(phrase)) is not None \
                and owned.group(1).endswith(name) and _names_a_body(owned.group(1)):
            # "The U.S. military's European Command": the body after its owner, whole (not
            # "Command": "European" is no word of a person's name)
            return Attribution(owned.group(1), phrase, None, "")
        if name and " " in name and phrase.endswith(" " + name) \
                and (run := _BODY_RUN_END.search(phrase)) and run.group(0).endswith(" " + name) \
                and (whole := clean_name(body := _strip_det(run.group(0)))) is not None \
                and whole.organisation and whole.text == body and not whole.role:
            # "The National Hockey League", "a 1989 report from the National Transportation
            # Safety Board": the body's name whole, not "Hockey League"
            return Attribution(whole.text, phrase, None, "")
        if name and (of_body := _BODY_OF_RUN.fullmatch(_strip_det(phrase))) is not None \
                and of_body.group(1).endswith(name) \
                and name.split()[-1].casefold() in _KINDS_BEFORE_OF \
                and not is_given_name(name.split()[0]):  # (not "Mary Watch of the Red Cross")
            # "The Economic Community of West African States": one body's name, not a
            # person called "Economic Community" from West Africa
            return Attribution(of_body.group(0), phrase, None, "")
        if name and " and " in phrase:
            # "The Hostages and Missing Families Forum in Israel": a body's name whose tail
            # after "and" was taken for the name
            body = _strip_det(_IN_PLACE_END.sub("", phrase))
            if body.endswith(name) and _names_a_body(body):
                return Attribution(body, phrase, None, "")
        if phrase[:4].casefold() == "the " and " in " in phrase \
                and (place := _IN_PLACE_END.search(phrase)) \
                and (placed := _strip_det(phrase[:place.start()])).casefold().endswith(_MISSIONS) \
                and _names_a_body(placed):
            # "the Australian High Commission in Colombo": a country's mission where it stands
            return Attribution(_strip_det(phrase), phrase, None, "")
        if (sent := _SENT_TO_END.search(phrase)) is not None and phrase[:1] in "tT" \
                and _strip_det(phrase[:sent.start()]).rsplit(None, 1)[-1].casefold() in _SENT_ABROAD:
            # "the Chinese Mission to the EU", "the US Embassy to the Holy See": a body sent
            # there, in full
            return Attribution(_strip_det(phrase), phrase, None, "")
        if name and (place := _IN_PLACE_END.search(phrase)) and name in phrase[:place.start()] \
                and _names_a_body(placed := _strip_det(phrase[:place.start()])) \
                and placed.endswith(name):
            # "the British Embassy in Tokyo": the body where it stands, not a person called
            # Embassy ("Amnesty International in London": the body, then where it spoke)
            stands = placed.split()[-1].casefold() in _POSTED_ABROAD
            return Attribution(_strip_det(phrase) if stands else placed, phrase, None, "")
        if name and " " not in name and (crowd := _WORD_THEN_PEOPLE.match(phrase)) \
                and crowd.group(1) == name and _GENERIC_PERSON.fullmatch(crowd.group(2)):
            # "Rescue workers", "Election officials in the capital": people described by a
            # capitalised word, not a person called "Rescue"
            return Attribution(_description(crowd.group(0)), phrase, None, "")
        if name:
            # "Mrs. Trump": of the family, the one the title's gender fits (a title before the
            # name: "Roger Lau, Ms. Warren's campaign manager" is no Ms.)
            at = low.find(name.casefold())
            gender = next((GENDERED_TITLES[w] for w in re.findall(r"[\w.]+", low[:at] if at > 0
                                                                     else low if at else "")
                           if w in GENDERED_TITLES), None)
            person = None if len(name.split()) > 1 else self.people.find(name, gender, role) \
                if gender or not after else _find_by_pronoun(self.people, name, after)
            if person is None:
                person = self.people.add(name, role, gender)
            elif role and not person.role:
                person.role = role
            self.people.last = person
            return Attribution(person.name, phrase, role or person.role, "")
        # a role, or a role noun alone ("the singer answered": the one the narration has
        # called so, "The singer started her career ...")
        if role or len(words) == 2 and words[0] == "the" and words[1] in ROLE_WORDS:
            person = self.people.by_role(re.findall(r"[\w-]+", role.casefold()) if role else words)
            if person is None and len(words) == 2 and words[1] in _OFFICES \
                    and words[0] == "the" and words[1] not in _INTRODUCED_NOUNS:
                # "The minister did not respond directly, saying: ...": no one was called so;
                # the person spoken of, unless that one holds another post
                person = _holder_spoken_of(self.people, words[1])
                if person is not None:
                    person.roles.append(words[1])
            elif person is None and words == ["the", "official"] \
                    and (last := self.people.last) is not None and not last.organisation \
                    and last.role and " " in last.name and last.name[:1].isupper() \
                    and not _AN_OFFICIAL.search(self.text, 0, self.at):
                # "Solicitor General Menardo Guevarra spoke of ... "...," the official said":
                # the one spoken of, who holds a post, when no official was brought in unnamed
                # ("a senior official told ...")
                person = last
            if person is not None:
                self.people.last = person
                return Attribution(person.name, phrase, person.role, "")
            if len(words) == 2 and words[0] == "the" and words[1] in _OFFICES \
                    and (last := self.people.last) is not None and not last.organisation \
                    and last.role and last.name[:1].isupper():
                # "The president told reporters: ..." when the one spoken of is the king: no one
                # named holds the post; the description as written, now the one spoken of (not
                # the king, nor the speaker before)
                self.people.last = self.people.add(_description(phrase), words[1])
                return Attribution(self.people.last.name, phrase, None, "")
        # An official named by office only ("the head of the police's internal investigators"):
        # remembered, so that a later "she" finds them
        if _OFFICE_OF.match(phrase) and len(words) <= 10:
            person = self.people.add(_description(phrase), words[1] if len(words) > 1 else None)
            self.people.last = person
            return Attribution(person.name, phrase, person.role, "")
        # an acronym the text spells out before it in brackets ("Süddeutsche Zeitung (SZ)")
        # (not "Regents Professor at GT, who said": a person is "who", the body is not)
        if len(words) == 1 and _ACRONYM.fullmatch(phrase) and f"({phrase})" in self.text \
                and f"{phrase}, who" not in self.text[max(0, self.at - 400):self.at]:
            spelt = self._spelt_out(phrase)
            if not _initials_hold(spelt, phrase):
                spelt = phrase  # a name cut short ("Scientific and Cultural Organization")
            at = self.text.find(f"({phrase})")
            if spelt == phrase and (run := _RUN_BEFORE_BRACKET.search(
                    self.text, max(0, at - 200), at)) and _initials_hold(run.group(1), phrase):
                spelt = _OWNER_BEFORE.sub("", run.group(1))
            return Attribution(spelt, phrase, None, "")
        # A body that speaks by its name alone ("Facebook", "The Kremlin", "China")
        bare = _strip_det(phrase)
        if len(words) == 2 and words[0] == "the" and _ACRONYM.fullmatch(bare):
            # "the EU", "the UN", "the UAE": a body or a state, as the text spells it
            return Attribution(self._spelt_out(bare), phrase, None, "")
        if len(words) == 2 and words[0] == "the" and NUMBERED_GROUP.fullmatch(bare):
            self.people.last = self.people.add(bare)  # "the G7": a group of states, whom "the
            self.people.last.organisation = True      # group" next means
            return Attribution(bare, phrase, None, "")
        toks = bare.split()
        if 1 <= len(toks) <= (9 if "of" in toks or "for" in toks else 6) and len(bare) > 2 \
                and all(t[:1].isupper() or t.lower() in NAME_PARTICLES | {"of", "and", "for", "on"}
                        or t.isdigit() and 0 < i < len(toks) - 1  # "Lost 52 Project"
                        # "National Task Force for the West Philippine Sea"
                        or t == "the" and 0 < i < len(toks) - 1 and toks[i - 1] in ("of", "for")
                        for i, t in enumerate(toks)) and toks[0][:1].isupper() \
                and toks[0].casefold() not in _NOT_SPEAKERS \
                and not toks[0].casefold().endswith("ly"):
            kind = toks[0].casefold()
            if len(toks) == 1 and kind in ORG_WORDS and (
                    named := named_body(kind, self.organisations, self.at, self.text)):
                return Attribution(named, phrase, None, "")  # "The Department" -> its name
            cleaned = clean_name(bare)
            if cleaned is None and len(toks) == 1 and low.startswith("the ") \
                    and _ACRONYM.fullmatch(bare) and not is_place(bare):
                # "the RBI", "the FOMC": a body, under its full name when the text gives it
                # ("Federal Open Market Committee")
                spelt = [name for _, name in self.organisations
                         if "".join(w[0] for w in name.split() if w[0].isupper()) == bare]
                return Attribution(spelt[0] if spelt else bare, phrase, None, "")
            if cleaned is None and len(toks) == 1 and len(bare) >= 3 and _BODYS_ACRONYM.fullmatch(bare) \
                    and not is_place(bare):
                return Attribution(bare, phrase, None, "")  # "V-DEM argues": a body
            if cleaned is None and (len(toks) == 1 or is_place(bare)):
                return None  # "Florida", "Greek", "So": a place or an opener, not a speaker
            if cleaned is None:
                return Attribution(bare, phrase, None, "")  # "Department of Conservation"
            if not cleaned.organisation and cleaned.text != bare:
                # a person after all, once titles and letters are off ("Judge X Y QC")
                person = self.people.add(cleaned.text, cleaned.role)
                self.people.last = person
                return Attribution(person.name, phrase, cleaned.role or person.role, "")
            if cleaned.organisation and ("’s " in bare or "'s " in bare):
                owner, owned = re.split(r"['’]s ", bare, maxsplit=1)
                if is_place(owner):
                    bare = owned  # "Taiwan’s Mainland Affairs Council": the body's own name
            return Attribution(bare, phrase, None, "")
        # "the official": the one a description introduced ("A Justice Department official
        # said ...")
        if len(words) == 2 and words[0] == "the" and (earlier := self._introduced(words[1])):
            if earlier[:1].islower():
                # someone unnamed, whom a "he said" after their words means
                self.people.last = self.people.add(earlier)
            return Attribution(earlier, phrase, None, "")
        if len(words) == 2 and words[0] == "the" and words[1] in _COMMENTATORS \
                and (last := self.people.last) is not None and not last.organisation \
                and len(last.name.split()) >= 2 and last.name[:1].isupper() \
                and not (last.role and _OFFICES & set(last.role.casefold().split())):
            # "the expert concluded": the commentator spoken of ("Gregory Elich, an advisory
            # board member of ..."), whom no one else is called so, not a new unnamed one
            return Attribution(last.name, phrase, last.role, "")
        if words[:2] == ["the", "former"] and 3 <= len(words) <= 6 and words[-1].isalpha() \
                and words[-1] not in ROLE_WORDS \
                and phrase.split()[-1].islower() and (last := self.people.last) is not None \
                and not last.organisation and len(last.name.split()) >= 2 \
                and last.name[:1].isupper():
            # "The former Wallabies star, who ..., said": what the one spoken of once was (a
            # post, "the former president", is another's unless the post's rules say so)
            return Attribution(last.name, phrase, last.role, "")
        # An unnamed person ("one of the children", "a protester", "the father")
        generic = _GENERIC_PERSON.search(low)
        if generic and generic.start() == 0 and not (
                " of " not in generic.group(0)
                and (following := phrase[generic.end():].split(None, 1))
                and following[0].isalpha() and following[0].islower()
                and following[0] not in _NOT_SPEAKERS and len(following[0]) >= 3):
            # "One of them even went as far as to" (not "local reports", "fan site X": the
            # word is another noun's modifier)
            return Attribution(phrase[:generic.end()], phrase, None, "")
        if generic and len(words) <= 7 and "that" not in words:  # (no clause: "The writers
            #                                                       acknowledge that ...")
            # without a place or time before it ("On one Facebook page an unidentified
            # poster") or the manner after it ("Another individual rather bluntly"), nor the
            # verb after it ("the protesters marched to the embassy")
            if (verb := phrase[generic.end():].split(None, 1)) and verb[0].islower() \
                    and (verb[0].endswith("ed") or verb[0] in _AUXILIARIES):
                phrase = phrase[:generic.end()]
            described = _description(_MANNER_AFTER.sub("", _SETTING_BEFORE.sub("", phrase)))
            if words[0] in ("a", "an") and not generic.group(0).endswith("s"):
                # "says a doctor from Hebron": one person, whom a later "he" may mean
                self.people.last = self.people.add(described)
            elif generic.group(0).endswith(("s", "family", "people", "children")):
                return self._group(described, phrase)  # "the residents": a later "they"
            return Attribution(described, phrase, None, "")
        if words[-1] in ("couple", "pair") and len(words) == 2 and words[0] == "the":
            # "the pair said": the two who just spoke together, else the two people named
            # last, else as written
            return self._group(self._joint_speakers() or self._pair(None)
                               or _description(phrase), phrase)
        if words[-1] in _PLURAL_ROLES and len(words) <= 6 and not _CLAUSE_WORDS.intersection(words) \
                and words[0] not in _PREPOSITIONS:
            # "the judges", "the two leaders", "NATO defence ministers": people described in
            # the plural, as written (never the one person of that post named before)
            if (words[:2] == ["the", "two"] and len(words) == 3 or words[0] == "both"
                    and len(words) == 2) and (pair := self._joint_speakers() or self._pair(words[-1])):
                return self._group(pair, phrase)  # "the two leaders": which two
            return self._group(_description(phrase), phrase)
        # A body that speaks ("the ministry", "China's foreign ministry", "officials")
        if re.search(r"\b(?:ministry|government|office|department|embassy|agency|police|army|"
                     r"military|officials?|spokes\w+|organi[sz]ation|council|group|"
                     r"committee|commission|party|company|union|alliance|court|authorit\w+|"
                     r"campaign|administration|team|firm|newspaper|"
                     r"analysts?|experts?|sources?|residents|critics|witnesses|foundation|"
                     r"institute|tribunal|board|panel|charity|coalition|summary|statement|"
                     r"report|study|memo|letter|document|filing|survey|lawsuit|suit|complaint|"
                     r"indictment|petition|affidavit|review|assessment|audit|inquiry|analysis|"
                     r"cent(?:er|re)|service|bureau|network|association|federation|university|"
                     r"forum|headquarters|directorate|secretariat|observatory|league|academy|"
                     r"institution|command|chamber|assembly|parliament|senate|congress|society|"
                     r"nato|kremlin|pentagon|white house|(?:embassy|consulate) in [a-z]+(?: [a-z]+)?)$",
                     low) and len(words) <= 8 \
                and _strip_det(low).split()[0] not in _NOT_SPEAKERS:  # "the ministry": yes
            # "the ministry", "the hurricane center": the body of that kind named last, in
            # full, whose name holds the words before the kind too
            body = re.fullmatch(r"the\s+((?:[a-z-]+\s+){0,3})([a-z]+)", low)
            if body:
                wanted = set(body.group(1).split())
                bodies = [(pos, name) for pos, name in self.organisations
                          if wanted <= {fold(w) for w in name.split()}]
                if named := named_body(body.group(2), bodies, self.at, self.text):
                    return Attribution(named, phrase, None, "")
                # (with words before the kind too, of the body just spoken of: "Amnesty
                # International has urged ... In a thread, the international rights
                # organization said", an epithet)
                if body.group(2) in _GENERIC_KINDS and (spoken := self._body_spoken_of()) is not None \
                        and (not body.group(1) or self.people.last is not None
                             and self.people.last.organisation and self.people.last.name == spoken):
                    # "the company", "the agency", of a body whose name has no such word ("Blue
                    # Origin", "the National Intelligence Service"): the body spoken of
                    return Attribution(spoken, phrase, None, "")
                if body.group(2) in _PERSONS_BODIES and not body.group(1) \
                        and (owned := self._persons_body(body.group(2))):
                    return Attribution(owned, phrase, None, "")  # "the Clinton campaign"
            rest = _strip_det(phrase)
            if not any(w[:1].isupper() for w in rest.split()) \
                    or words[0] in ("a", "an") and _UNNAMED_SPOKESMAN.search(low):
                # "the statement", "the union", "a State Department spokesperson": a
                # description as written, as unnamed people are
                described = _description(phrase)
                if words[0] in ("a", "an") and not words[-1].endswith("s"):
                    # one person, whom a later "she" may mean ("A Conservative spokeswoman
                    # said ... She said: ...")
                    self.people.last = self.people.add(described, None,
                                                       GENDERED_TITLES.get(words[-1]))
                return Attribution(described, phrase, role, "")
            if _CLAUSE_INSIDE.search(rest):
                return None  # "The Hill obtained a campaign [memo]": a clause, not a body
            return Attribution(rest, phrase, role, "")
        if words[0] in ("a", "an", "one", "another") and 2 <= len(words) <= 4 \
                and all(_LOWER_WORD.fullmatch(w) for w in phrase.split()[1:]) \
                and words[-1] not in _NOT_A_SPEAKERS_NOUN and not words[-1].endswith("ly") \
                and not _CLAUSE_WORDS.intersection(words):
            # "a grower said", "another producer said": someone unnamed, described by a noun no
            # list holds, as written (one person, whom a later "he" may mean)
            described = _description(phrase)
            if not words[-1].endswith("s"):
                self.people.last = self.people.add(described)
            return Attribution(described, phrase, None, "")
        if len(words) == 2 and words[0] == "the" and words[1] in _ROLE_NOUNS:
            # "the Cardinal said" after "Cardinal Malcolm Ranjith": the one the text titled so
            titled = self._last_before(rf"\b(?i:{words[1]})\s+((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)",
                                       3000)
            if titled is not None and (person := self.people.find(titled.group(1))) is not None \
                    and not person.organisation:
                self.people.last = person
                return Attribution(person.name, phrase, person.role, "")
            # "the envoy said" when no one named holds the post: the description as written
            # (never named, or named in a way not read), whom a later "he" means
            self.people.last = self.people.add(_description(phrase), words[1])
            return Attribution(self.people.last.name, phrase, None, "")
        return None


def _singular(plural: str) -> str:
    """A post's name from its plural ("deputies" -> "deputy", "chairmen" -> "chairman")."""
    if plural.endswith("men"):
        return plural[:-3] + "man"
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    return plural[:-2] if plural.endswith(("ses", "shes", "ches")) else plural[:-1]


def _plural(post: str) -> str:
    """A post's plural: "deputy" -> "deputies", "chairman" -> "chairmen", "judge" -> "judges"."""
    if post.endswith("man"):
        return post[:-3] + "men"
    if post.endswith("y") and post[-2:-1] not in "aeiou":
        return post[:-1] + "ies"
    return post + ("es" if post.endswith(("s", "sh", "ch")) else "s")


# courtesy titles, which say no post
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "madam", "mme", "m"})


# the posts people hold, as nouns: "judge", "minister" (not the words that only qualify a
# post, "foreign", "national", "former"), and their plurals: "the judges", "the foreign ministers"
_ROLE_NOUNS = frozenset(
    word for word in ROLE_WORDS
    if word.isalpha() and word not in {
        "prime", "foreign", "defense", "defence", "national", "security", "vice", "first",
        "state", "cabinet", "press", "communications", "affairs", "party", "opposition",
        "former", "acting", "top", "senior", "junior", "economy", "finance", "trade", "interior",
        "health", "education", "environment", "emergencies", "emergency", "regional", "lead",
        "crown", "longtime", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "father",
        "host", "general", "chief", "head", "member", "speaker", "chair"})
_PLURAL_ROLES = frozenset(_plural(word) for word in _ROLE_NOUNS
                          if not (word.endswith("s") and word[:-1] in ROLE_WORDS)) \
    | {"chiefs", "bosses"}  # ("ministers"; "defence chiefs", whose "chief" heads any post)
# people described in the plural, then where they come from: "Defense chiefs from the United
# States, South Korea and Japan", "Military chiefs of Japan and Australia"
_PLURAL_FROM = re.compile(r"^(?:(?:the|some|two|three|four|top|senior)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}"
                          r"(?P<head>[a-z]+s)\s+(?:from|of|in)\s+(?P<where>[^;:]{2,80})$", re.I)


# a possessive pronoun and who it owns: "his spokesman", "her lawyers", "their foreign ministers"
_PRONOUN_OWNS = re.compile(r"(?i:(his|her|their))\s+((?:[a-z-]+\s+){0,2}[a-z-]+)")


def _names_someone(noun: str) -> bool:
    """A noun for a person or people: a post, an aide, a relative, a generic person."""
    return noun in ROLE_WORDS or noun in _PLURAL_ROLES or noun in _KIN \
        or noun in ("aide", "aides", "staff", "office", "campaign", "team", "spokespeople") \
        or _GENERIC_PERSON.fullmatch(noun) is not None


# what "a" or "one" also counts in the place of a speaker: time, amounts, none of them anyone
_NOT_A_SPEAKERS_NOUN = frozenset({"one", "day", "week", "month", "year", "time", "while", "lot",
                                  "bit", "few", "number", "moment", "minute", "hour", "way",
                                  "statement", "report", "little", "majority", "minority",
                                  "handful", "couple", "third", "half", "quarter", "fraction",
                                  "total", "series", "variety", "range"})
# words of a clause or of a part ("one of these groups", "a task can be"), never a description's
_CLAUSE_WORDS = frozenset({"of", "can", "could", "be", "is", "was", "are", "were", "will",
                           "would", "has", "have", "had", "to", "that", "who", "which", "may",
                           "might", "must", "should", "not", "and", "or", "in", "on", "at"})


# a capitalised subject and its verb in the past before the kind's noun
_CLAUSE_INSIDE = re.compile(r"[A-Z][\w'’-]*\s+[a-z]{3,}ed\s+(?:an?|the|its|his|her|their)\s")
# capitalised words (and a noun), then people who speak for them: "Obama administration officials"
_PEOPLE_OF = re.compile(rf"(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){{1,4}}(?:(?![a-z]{{3,}}ed\s)[a-z]+\s+)?"
                        rf"{PEOPLE_OF_BODY}$")  # (not "Zelensky thanked leaders": a verb)
_GROUP_NOUNS = frozenset({"group", "coalition", "team", "panel", "delegation", "handful"})
_GROUP_OF = re.compile(rf"(?i:an?|the)\s+(?:[a-z-]+\s+)?(?:{'|'.join(_GROUP_NOUNS)})\s+of\s+"
                       r"(?:[\w-]+\s+){0,6}?[a-z]+s(?=$|,|\s+(?:connected|based|linked|from|at|in|"
                       r"who|with|led|including|across)\b)")
# bodies known by their person's name: "the Clinton campaign", "the Trump administration"
_PERSONS_BODIES = frozenset({"campaign", "administration"})
_JOURNALISTS = frozenset({"correspondent", "reporter", "journalist"})
# the outlet's reporter, named: "Al Jazeera's Zeina Khodr, reporting from Baghdad, said", "BBC
# correspondent Ann Hale", "Ann Hale, our correspondent in Kyiv"
_REPORTER_NAMED = re.compile(
    r"(?-i:([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})),?\s+reporting\s+from\b"
    r"|\b(?:correspondent|reporter|journalist)\s+(?-i:([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}))"
    r"|(?-i:([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})),\s+(?:[\w'’]+\s+){1,4}(?:correspondent|reporter)\b",
    re.I)
# an official brought in unnamed, whom "the official" next means: "a senior State Department
# official told CNN"
_AN_OFFICIAL = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,4}official\b")
# people of a body whom a wire story introduces by a description, then calls "the official"
_INTRODUCED_NOUNS = frozenset({
    "official", "spokesman", "spokeswoman", "spokesperson", "source", "aide", "diplomat",
    "officer", "staffer", "insider", "executive", "analyst", "expert", "lawyer", "attorney",
    "prosecutor", "investigator", "agent", "negotiator", "adviser", "advisor", "strategist",
    "pollster", "operative", "lobbyist", "banker", "dealer", "broker"})
# words that end a description before its noun: "a year after the official ..." is no one
_DESCRIPTION_STOPS = frozenset({"the", "and", "or", "but", "of", "to", "in", "on", "at", "for",
                                "with", "by", "from", "that", "who", "which", "said", "says"})
# "Bolger’s lawyer": an owner's possessive, then a role noun
_OWNER_ROLE = re.compile(r"(?:the\s+)?[A-Z][\w.-]*['’]s\s+([a-z-]+)")
# "a State Department spokesperson": one person of a body, unnamed
_UNNAMED_SPOKESMAN = re.compile(r"spokes\w+$|officials?$")
_DETERMINER = re.compile(r"(?:the|a|an)\s", re.I)
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,6})?")  # "NATO", "NTF-WPS"
_BODYS_ACRONYM = re.compile(r"[A-Z]{1,6}(?:-[A-Z]{2,6})?")  # ("V-DEM")
# A capitalised word opening the phrase before a word in lower case: an adjective, not a name
_NUMBER_WORD = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
                          r"(?:-\w+)?$", re.I)
_ADJECTIVE_USE = re.compile(r"^(?:the\s+)?([A-Z][\w'’-]*)\s+(?!of\b|and\b|or\b)[a-z]")
_MEDIA_NOUN = re.compile(r"the\s+(?:[\w.-]+\s+){0,3}(?:newspaper|daily|paper|broadcaster|magazine|"
                         r"tabloid|outlet|network|channel|weekly|news agency|wire service)$", re.I)
_BODY_PLACED = re.compile(r"\s+(?:for|of|at|with|from)\s+(?:the\s+)?[A-Z][\w'’.&-]*"
                          r"(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’.&-]*){0,6}")
_SOURCE_PLACED = re.compile(r"\s+(?:familiar with|close to|with (?:direct )?knowledge of|briefed on)"
                            r"\s+[^,.;:“”\"]{2,60}?(?=\s+(?:said|says|told|added)\b)")


def _initials_hold(name: str, acronym: str) -> bool:
    """The acronym's letters, in order, among the name's capitals ("GT" in "Georgia Institute of
    Technology"; "UNESCO" not in "Scientific and Cultural Organization")."""
    capitals = iter(c for c in name if c.isupper())
    return all(letter in capitals for letter in acronym if letter.isalpha())


_RUN_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w.'’&-]*\s+(?:(?:of|for|and|the|on)\s+)?){0,6}"
                                 r"[A-Z][\w.'’&-]*)\s+$")
_OWNER_BEFORE = re.compile(r"^[^\s]+['’]s\s+")
_CAPITALISED_RUN = re.compile(r"(?:The\s+)?(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*")
_OWNED_BODY = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w.-]*)['’]s\s+(?P<words>(?:[a-z-]+\s+){0,3})"
                         r"(?P<kind>[a-z]+)")
_CLOSE_TO = re.compile(r"\s+(?:to|with)\s+[^,.;:!?“”\"]{1,60}")
_OWNERS_POST = re.compile(r"(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s\s+"
                          r"(?:(?:[A-Z]{2,}|[a-z-]+)\s+){0,2}[a-z-]+")
# verbs whose object does what the infinitive after it says: "urged the minister to say"
_OBJECT_CONTROL = frozenset({"urged", "asked", "told", "called", "invited", "forced", "persuaded",
                             "pressed", "challenged", "encouraged", "allowed", "wanted",
                             "expected", "pushed", "got", "begged", "ordered", "instructed",
                             "advised", "dared", "prompted", "led", "caused"})
_TO_SAY_AFTER = re.compile(r"\s*[^,.;:]{1,60}?\bto\s+(?:say|declare|admit|write)(?:\s+that)?\s*[,:]?\s*$")
_IS_HOW = re.compile(r"\b(?:is|was|’s|'s)\s+how\s+")


def _past_is_how(np: str) -> str:
    """The words after "is how" ('"A watershed moment" is how another diplomat [put it]')."""
    return np[how.end():] if " how " in np and (how := _IS_HOW.search(np)) else np


_AGENT_OF = re.compile(
    r"^(?:a|an|one)\s+(?:[\w-]+\s+){0,2}(?:spokes(?:man|woman|person)|aide|advis[eo]r|lawyer|"
    r"attorney|representative|assistant|friend|relative|source|person|people|someone|insider|"
    r"ally|allies|colleague|confidant|loyalist|supporter)"
    r"\s+(?:for|of|to|close to|familiar with)\s+\S", re.I)
_DESCRIPTION = re.compile(r"(?:the|a|an|his|her|their|its)\s+[a-z]", re.I)
# a body's possessive, then its person: "the Bureau of Meteorology's Claire Richards"
_OWNERS_PERSON = re.compile(r"['’]s\s+[A-Z][\w.'’-]*\s+[A-Z][\w'’-]*$")
# a post written in capitals, with what it is of: "Minister for Defence Procurement"
_POST_OF = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}(?:Minister|Secretary|Director|Head|Chairman|"
                      r"Chairwoman|Chair|President|Commissioner|Chief|Leader|Member|MP|Governor|"
                      r"Mayor|Ambassador|Spokesman|Spokeswoman|Spokesperson)\s+(?:of|for|to)\s")
_LOWER_POST_OF = re.compile(r"((?:[a-z][\w-]*\s+){1,3})(?:of|at|for)\s+(?:the\s+)?[A-Z]")


def _lower_post_of(part: str) -> bool:
    """"chief executive of the National Association ...", "senior fellow at King’s": a post in
    lower case, with what it is of."""
    post = _LOWER_POST_OF.match(part)
    return post is not None and any(w in ROLE_WORDS or _PERSON_NOUN.search(w)
                                    for w in post.group(1).split())


# "the Kentucky Republican", also after what else the phrase calls them ("the chairman of the
# committee, the California Republican")
_PARTISAN = re.compile(r"(?:^|,\s+)the\s+(?:[\w.'’-]+\s+){0,3}(?:Democrat|Republican)"
                       r"(?:,\s+(?:an?|the)\s+[^,]{1,80})?$", re.I)  # (", a likely candidate")
# "an Iowa Republican", "another Florida Democrat": one more member of a party, unnamed
_SOME_PARTISAN = re.compile(r"^(?:an?|another|one)\s+(?:[\w.'’-]+\s+){0,3}(?:Democrat|Republican)$",
                            re.I)
_OFFICE_OF = re.compile(
    r"^(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:head|chief|director|spokes\w+|president|chair\w*|"
    r"leader|minister|secretary|commander|governor|mayor|coach|manager|captain|founder|editor|"
    r"ambassador|envoy)\s+of\s+\S", re.I)
_NOT_SPEAKERS = {"this", "that", "these", "those", "it", "there", "here", "however", "but",
                 "the", "a", "an", "they", "we", "i", "you", "he", "she", "his", "her", "their",
                 "its", "from", "by", "with", "for", "to", "of", "as", "so", "or", "nor",
                 "and", "when", "while", "if", "after", "before", "during", "in", "on", "at",
                 "according", "another", "one", "some", "many", "most", "all", "both", "each",
                 "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                 "yesterday", "today", "last", "earlier", "later", "then", "since", "until"}
_GENERIC_PERSON = re.compile(
    r"\b(?:one|some|two|three|several|many|most|a few) of (?:them|those|us)\b"
    r"|\b(?:father|mother|son|daughter|child|children|wife|husband|brother|sister|parent|"
    r"parents|witness|witnesses|resident|residents|survivor|victim|protester|protestor|student|"
    r"teacher|doctor|nurse|officer|soldier|man|woman|friend|neighbou?r|passenger|driver|"
    r"worker|fan|spectator|local|villager|farmer|voter|relative|colleague|source|lawyer|"
    r"attendee|participant|organi[sz]er|volunteer|owner|employee|customer|patient|mp|"
    r"politician|lawmaker|legislator|official|diplomat|interviewee|writer|author|family|"
    r"families|person|people|aide|staffer|insider|member|observer|executive|manager|"
    r"investor|trader|analyst|economist|expert|scientist|researcher|activist|supporter|critic|"
    r"associate|partner|consultant|contractor|guard|individual|follower|commenter|user|"
    r"admirer|viewer|reader|listener|poster|subscriber|figure|campaigner|commentator|"
    r"academic|historian|engineer|strategist|pollster|operative|lobbyist|banker|dealer|broker|"
    r"negotiator|agent|seller|buyer|shopkeeper|vendor|landlord|tenant|pilot|sailor|veteran|"
    r"refugee|migrant|fisherm[ae]n|petitioner|plaintiff|defendant|complainant|appellant|"
    r"litigant|claimant|applicant|militant|gunman|gunmen|fighter|insurgent|rebel|jihadist|"
    r"hostage|captive|captor|kidnapper|hijacker|attacker|extremist|terrorist|juror)"
    r"s?\b")


def _last_named_at(text: str, person, before: int) -> int:
    """Where the text last named `person` (by the surname, a word of its own) before `before`."""
    found = -1
    for m in re.finditer(rf"\b{re.escape(person.surname)}\b", text[:before]):
        found = m.start()
    return found


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding `at` opens: after the last full stop before it that ends a
    sentence ("U.S. President" ends none), or the line's start."""
    opening = text.rfind("\n", 0, at) + 1
    for stop in _SENTENCE_STOP.finditer(text, opening, at):
        if text[stop.start()] != "." or not _abbreviation_dot(text, stop.start()):
            opening = stop.end()
    return opening


# How far back people who spoke together are still whom "they" and "the pair" mean
_GROUP_REACH = 1500
_THEY = re.compile(r"\b[Tt]hey\b")


# How far from a quotation its cue is looked for, each way, in one sentence: far more than a
# sentence of news holds; a "sentence" longer than this is text with no stops (a list, a run of
# quotations), and reading all of it before each quotation costs time that grows with its square
_CUE_CONTEXT = 1000


def _sentence_bounds(text: str, spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence holding `pos` (or ending at it), by bisection: spans are sorted."""
    i = bisect_right(spans, (pos, _INF)) - 1
    if i > 0 and spans[i - 1][1] == pos:
        return spans[i - 1]
    if i >= 0 and (pos < spans[i][1] or pos == spans[i][1]):
        return spans[i]
    return pos, pos


# ---------------------------------------------------------------------------------------------
# The extractor


# the rest of a word that holds a lower-case letter, `[\w'’-]*[a-z][\w'’-]*` written so that
# the letter is the first lower-case one: one way to match a word, where the other form tries
# each of its letters before a pattern fails at the word after
_WITH_LOWER = r"(?:[^\Wa-z]|['’-])*[a-z][\w'’-]*"


_SUBJECT_NAME = re.compile(
    # an opening phrase set off by a comma (a longer one of place or time: "In a Wednesday
    # press conference announcing his opposition to ..., Hutchinson said"), or a time written
    # without one ("Last night Tanaiste Leo Varadkar made ...")
    r"^(?:(?:[^,]{0,80}|(?:In|At|During|After|Before|Speaking)\s[^,]{0,100}),\s+"
    r"|(?:(?:Last|Earlier|Later|This)\s+(?:night|week|month|year|morning|"
    r"afternoon|evening)|Yesterday|Today|Tonight)\s+)?"
    r"(?P<np>(?:[A-Z][\w'’.-]*\s+){0,6}(?:(?:al|el|ad|as|an|at|az)-)?[A-Z][\w'’-]*[a-z][\w'’-]*)"
    # ("Faisal al-Mekdad": a surname with its article joined)
    # (the name set off by commas after what the person is: "Bolger’s lawyer, Jeremy
    # Robinson, had ...")
    r"(?:\s+|(?<=\w),\s+(?=(?:also|then|has|had|was|is|will|said|says|told|spoke|wrote|took|"
    r"made|gave|[a-z]{3,}ed)\s))(?:\(\w+\)\s+)?"
    r"(?:also\s+|then\s+|has\s+|had\s+|was\s+|is\s+|will\s+)?[a-z]+", re.U)


_POST_OF_RUN = re.compile(r"\s+(?:of|for)\s+(?:[A-Z][\w'’.-]*\s+){1,5}[A-Z][\w'’-]*")
_OWNER_OPENING = re.compile(r"^\S+['’]s\s+")
# the post set off after a name: ", the organisation's secretary general,"
_APPOSED_POST = re.compile(r",\s+(?:the|its|his|her|their)\s+((?:[\w'’.-]+\s+){0,3}[a-z][\w-]*),")
_GIVEN_NAME_AGED = re.compile(r"\b([A-Z][a-z]+),\s+(?:a|an)\s+\d{1,3}-year-old\b")
_NAME_THEN_COMMA = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]*,\s+")
# "One dissenting opinion came from Brian Gammage, ...": the one it came from is spoken of
_CAME_FROM = re.compile(r"\b(?:came|comes|come)\s+from\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)")
_APPOSITION_SUBJECT = re.compile(
    r"^(?:[A-Z]?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4},\s+)?"
    rf"(?P<np>(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z]{_WITH_LOWER})(?:\s+\([^)]{{1,40}}\))?,\s+"
    r"(?:a|an|the|who|would|from\s|of\s|(?:its|his|her|their)\s|"  # "X, its president, dislikes"
    r"(?:now|once|then|formerly|himself|herself)\s+(?:a|an|the)\s|"  # "X, now a commentator, admires"
    r"[a-z]{3,}ing\s|"  # "X, reporting from Y, said"
    r"[a-z]+ed|[a-z]{3,}s\s|\d|(?:[a-z][\w-]*\s+){1,5}(?:of|at|for)\s"  # "X, chief executive of Y, says"
    # "X, Africa analyst at Y, said", "X, Russia deputy team lead at Y, said"
    r"|[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+){1,3}(?:of|at|for)\s"
    # "X, Head of Research at Y, pointed out", "X, CEO of Y, agreed"
    r"|(?:(?:[A-Z][a-z]+|[A-Z]{2,5})\s+){1,3}(?:of|at|for)\s"
    # "X, Forde's solicitor in 1992, has now spoken", "X, New Zealand’s finance minister, will"
    r"|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+[a-z])")


_DESCRIBED_SUBJECT = re.compile(
    r"(?P<np>(?:[A-Z][\w'’.-]*\s+){0,3}(?P<words>(?:[a-z][\w-]*\s+){1,3})"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?:\s+(?:has\s+|had\s+|was\s+|is\s+|will\s+)?[a-z]+"
    r"|,\s+(?:who|whose)\s"  # ("Wild defenseman Ryan Suter, who joked ..., could see")
    r"|,\s+\d{1,3},\s+(?:has\s+|had\s+|was\s+|is\s+|will\s+)?[a-z]+)")  # ("..., 26, completed")
# "When Mexican president X took office, ...": a clause before the sentence's own subject
_SUBORDINATE_OPENING = re.compile(r"(?:When|While|After|Before|If|As|Since|Although|Though|"
                                  r"Because|Until|Once|Whether|Unless)\s")
_PERSON_NOUN = re.compile(r"\w{2}(?:er|or|ist|ian|ant|ent|man|woman|person)$")


# a name ending in s, its possessive written with the mark alone, before what is his
_NAME_POSSESSIVE = re.compile(r"\b([A-Z][a-z]*s)(['’])\s+(?=[a-z])")
# who speak for someone: one such person, unnamed, is what any of these nouns means next
_SPOKESPEOPLE = frozenset({"aide", "spokesman", "spokeswoman", "spokesperson", "representative",
                           "staffer"})
_AGENT_NOUNS = frozenset({"official", "secretary", "chief", "head", "aide", "envoy", "counsel",
                          "deputy", "assistant"})


def _describes_a_person(words: list[str]) -> bool:
    """"captain", "fast bowler", "dietitian": what a person is, no verb or preposition"""
    return not any(w in OPENING_WORDS and w not in ROLE_WORDS or w in _CUE_OF for w in words) \
        and (words[-1] in ROLE_WORDS or bool(_PERSON_NOUN.search(words[-1])))


# "Dan (not his real name), a 19-year-old student, ...", "Hafiz, from Pakistan, ...": what
# follows a lone name says it is a person's
_PERSON_APPOSITION = re.compile(r"(?:\s+\([^)]{1,40}\))?,\s+(?:an?\s+)?"
                                r"(?:\d{1,3}-year-old|who|from\s+(?=[A-Z])|\d{1,3},)")  # "Alireza, 34,"
# "Daniel, a New York University senior who ...": a given name, then what its holder is
_GIVEN_NAME_APPOSITION = re.compile(r",\s+(?:an?|another)\s")  # (not "Soon, the star was")


# a capitalised participle ("Speaking", "Observing"); opening a sentence before its object or
# adverbial ("Writing in The Mirror", "Speaking to reporters"; not "Boeing did")
_PARTICIPLE = r"[A-Z][a-z]{2,}ing"
_LONE_PARTICIPLE = re.compile(_PARTICIPLE)
# ... and its adverb, then the subject, no comma between: "Elaborating further the UN
# Resident Coordinator ... said"
_PARTICIPLE_THEN_SUBJECT = re.compile(_PARTICIPLE + r"(?:\s+(?:further|briefly|again|also|more|"
                                      r"later|earlier))+\s+(?=the\s|[A-Z])")


def _speech_participle(word: str) -> bool:
    """A speech verb's participle ("Elaborating", "Responding"): no one's name."""
    low = word.casefold()
    return low in _CUE_OF or low == "speaking" \
        or any(stem + end in _CUE_OF for stem in (low[:-3], low[:-3] + "e") for end in ("d", "ed"))


_OPENING_PARTICIPLE = re.compile(_PARTICIPLE + r"\s+(?:in|to|that|on|at|for|with|about|from|"
                                 r"after|before|during|as|of|the|a|an|his|her|their|its|"
                                 r"how|what|why|when|where|whether|if)\b")  # "Explaining how ..."


_PREPOSITIONS = frozenset({
    "on", "in", "at", "from", "for", "with", "by", "after", "before", "during", "since", "until",
    "under", "over", "near", "across", "through", "into", "onto", "inside", "outside", "among",
    "between", "despite", "following", "amid"})


_SOME_OF = re.compile(r"(?:One|Some|Two|Three|Several|Many|Most|A few) of (?:the|them|those)"
                      r"(?:\s+[a-z][\w-]*)?(?=\s)")
_ACCORDING_OPENING = re.compile(r"According to ((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*),")
# "..., according to Max Schrems, Austrian privacy activist ...": the source of a sentence
_FOR_THE_OPENING = re.compile(r"For the ((?:[A-Z][\w'’-]+\s+){3,6})(?=[a-z])")
# a word or phrase set off between a subject's name and its verb
_SUBJECT_ASIDE = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}),\s+(?:(?:on|for)\s+(?:his|her|"
                            r"their|its)\s+part|meanwhile|however|though|too|also|in turn"
                            # ("Vincent Cable, for the Liberal Democrats, accused ...")
                            r"|for\s+the\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+")
# a sentence ending on who said it, by a name: ", Monaghan said."
_CLOSING_VERB_END = re.compile(r"\s" + _CLOSING_VERBS + _CLOSING_WHEN)
_NAME_CLOSING = re.compile(r",\s+((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)\s+" + _CLOSING_VERBS
                           + _CLOSING_WHEN)
_ROLE_NAME_CLOSING = re.compile(
    r",\s+([A-Za-z][^,;:“”\"]{3,110}?(?:\s+[A-Z][\w.'’-]*){2,3})\s+(?:" + _CLOSING_VERB_ALT
    + r"|told\s+[^,.;]{1,40}?)" + _CLOSING_WHEN)
_UNNAMED_CLOSING = re.compile(
    r",\s+(?:((?:a|an|one)\s+[^,;:“”\"]{3,90}?)\s+(?:said|says|added|told\s+[^,.;]{1,40}?)"
    r"|(?:said|says|added)\s+((?:a|an|one)\s+[^,;:“”\"]{3,90}?))\.\s*$")
_ACCORDING_CLOSING = re.compile(r",\s+according to ((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\b")
# "The singer started ...": a role noun alone, then a verb in lower case
# "The governor signed", "The Ukrainian president has voiced"
# "The prime minister used ...", "The foreign minister said": a post of two words in lower case
_MODIFIED_ROLE_OPENING = re.compile(r"The\s+([a-z]+)\s+([a-z]+)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
_ROLE_OPENING = re.compile(
    r"The\s+(?:([A-Z][a-z]+)\s+)?([a-z]+)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")


# "the 74-year-old", "the 45-year-old man": a person described by age, the one spoken of
_AGED = re.compile(r"the \d{1,3}-year-old(?: (man|woman|boy|girl))?")
_AGED_OPENING = re.compile(r"The \d{1,3}-year-old (?=[A-Z])")
# a mood or a state before a name ("An angry Trump lashed out", "A defiant Johnson told"): an
# article and a word in lower case, then the name and its verb in lower case
_MOOD_BEFORE_NAME = re.compile(r"(?:An?|The)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+"
                               r"(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[a-z])")


def _opening_pronoun(opening: re.Match[str]) -> str:
    """The pronoun a `_PRONOUN_OPENING` match found ("He", or "he" after "Then")."""
    return opening.group(1) or opening.group(2)


_PRONOUN_OPENING = re.compile(r"(?:[^,]{0,40},\s+)?(He|She)\b"
                              r"|(?:Then|Later|Now|Earlier|Afterwards|Still|Yet|So|And|But)\s+(he|she)\b")
# "In Hajjaj’s case, she decided ...": the pronoun is the person the opening phrase names
_POSSESSIVE_OPENING = re.compile(
    r"(?:In|For|From|On)\s+(?:[a-z]+\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})['’]s?\s+"
    r"(?:case|part|view|side|account|mind|eyes|telling|words)\s*,\s+(?P<pronoun>he|she)\b")


def _ends_sentence(text: str) -> bool:
    """Ends as a sentence does: a full stop, "!", "?" or "…", then perhaps closing marks."""
    return text.rstrip().rstrip("\"”’)").endswith((".", "!", "?", "…"))


def _a_person(entity: Person | None) -> bool:
    """Known to be a person by a given name or a role ("Oakland Zoo" and "Great Feminists"
    are not; a "she" may have been given to them wrongly)."""
    return entity is not None and not entity.organisation and bool(entity.likely or entity.role)


# a post in lower case, then a name: what a body's name opening a sentence may go on with
_LOWER_POST_THEN_NAME = re.compile(
    r"\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")


# a post opening the sentence, then its holder's name set off by commas; and the place or body
# a post's words may end on ("ambassador to the United States")
_POST_THEN_SET_OFF_NAME = re.compile(r"(?P<post>[A-Z][^,;:“”\"]{3,100}?),\s+"
                                     r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s")
_THE_OPENING = re.compile(r"^the\s+")  # ("The MP for Central Guadalcanal, Peter Shanel Agovaka,")
_PLACE_AFTER_POST = re.compile(r"\s+(?:to|of|for|in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")


def _opens_with_a_lower_word(name: str, lower_words: Container[str]) -> tuple[str, str] | None:
    """A word the prose writes in lower case (or its plural), capitalised before a name:
    what the person is, or a portfolio's last word ("Grazier Pot Peterson", when the text
    writes "graziers"; "Policy Elbridge Colby", of "Under Secretary of Defence Policy Elbridge
    Colby", when it writes "foreign policy"): the word, and the name after it. No given name
    opens it ("Rose Byrne"), and the prose writes no other word of it so."""
    first, _, rest = name.partition(" ")
    low = first.casefold()
    if rest.count(" ") < 1 or not first[:1].isupper() or is_given_name(first) \
            or rest.split(None, 1)[0].casefold() in NAME_PARTICLES \
            or not (low in lower_words or low + "s" in lower_words) \
            or any(w.casefold() in lower_words for w in rest.split()) \
            or (named := clean_name(rest)) is None or named.organisation or named.text != rest:
        return None
    return low, rest


def _note_subject(sentence: str, people: People, prose: bool = False,
                  he: Person | None = None, before: Person | None = None) -> None:
    """Remember a person who is the subject of a sentence ("South Korean President Yoon ...");
    `prose`: the sentence is known to be one (its quotation, blanked, held its full stop);
    `he`: whom a "he" or "she" opening it meant before the names in it were noted; `before`:
    who was spoken of then."""
    if not prose and (not _ends_sentence(sentence) or headline_cased(sentence)):
        return  # a headline or a deck ("Kishida Emphasizes Link Between ..."), not a sentence
    if " with " in sentence and (saying := _WITH_ONE_SAYING.search(sentence)) is not None \
            and (saying.group(2) in ROLE_WORDS or _GENERIC_PERSON.fullmatch(saying.group(2))) \
            and _BODY_SUBJECT.match(sentence):
        # "the Foreign Office confirmed ... with a spokesman saying ...": the one who spoke,
        # unnamed, whom a "he went on" next means
        people.last = people.add(saying.group(1))
        return
    if sentence[:8] == "For the " and (side := _FOR_THE_OPENING.match(sentence)):
        # "For the Lib Dems David Laws said: ...": the side spoken for, then the speaker, from
        # his given name on
        words = side.group(1).split()
        given = next((g for g in range(1, len(words) - 1) if is_given_name(words[g])), None)
        if given is not None:
            sentence = sentence[side.start(1) + len(" ".join(words[:given])) + 1:]
    if ", " in sentence[:60] and (aside := _SUBJECT_ASIDE.match(sentence)):
        # "Trump, on his part, has thanked ...", "Kim, meanwhile, said ...": the aside is none
        # of the subject's
        sentence = f"{aside.group(1)} {sentence[aside.end():]}"
    if sentence[:4] == "The " and (aged := _AGED_OPENING.match(sentence)):
        sentence = sentence[aged.end():]  # "The 45-year-old Leesley, who ..., said": Leesley
    elif sentence[:1] in "AT" and (mood := _MOOD_BEFORE_NAME.match(sentence)) \
            and (known := people.find(sentence[mood.end():].split(None, 1)[0])) is not None \
            and not known.organisation:
        sentence = sentence[mood.end():]  # "An angry Trump lashed out ...": Trump
    # (each pattern asked only when the words it opens with are there: this runs per sentence)
    unnamed = _SOME_OF.match(sentence) if sentence[:1] in "OSTMA" else None
    if unnamed and len(unnamed.group(0).split()) >= 3 and not unnamed.group(0).endswith(" the") \
            and (
            len(unnamed.group(0).split()) == 3 or _GENERIC_PERSON.search(unnamed.group(0), 7)):
        # "One of the victims decided ... She said" (not "One of the chapters")
        people.last = people.add(unnamed.group(0))
        return
    one = _ONE_UNNAMED.match(sentence) if sentence[:1] == "A" else None
    if one:
        # "A Labour Party spokesman told ... "...," he said": one person, unnamed, spoken of
        people.last = people.add(_description(one.group(0)), None,
                                 GENDERED_TITLES.get(one.group(1).casefold()))
        return
    one = _ONE_PERSON_OPENING.match(sentence.lstrip("(")) if sentence.startswith(("(", "A", "O")) \
        else None
    noun = one.group(2) if one else ""
    if one and one.group(1).split()[1] != "of" and (
            _GENERIC_PERSON.fullmatch(noun) or noun in ROLE_WORDS or noun.endswith(("ist", "ian"))):
        # "One white male physicist told me that he ...": one person, unnamed, spoken of (of
        # the gender its words tell)
        people.last = people.add(_description(one.group(1)))
        return
    according = _ACCORDING_OPENING.match(sentence) if sentence.startswith("According") \
        else None
    if according and (person := people.find(according.group(1))):
        people.last = person  # "According to Muyembe, many ..."
        return
    head = sentence[:48]
    owner = _POSSESSIVE_OPENING.match(sentence) if ("’s " in head or "'s " in head) and (
        ", he " in sentence[:90] or ", she " in sentence[:90]) else None
    if owner and (person := people.find(owner.group("name"))) is not None \
            and person.gender in (None, PRONOUNS[owner.group("pronoun")]):
        people.last = person
        return
    modified = _MODIFIED_ROLE_OPENING.match(sentence) if head.startswith("The ") else None
    if modified and modified.group(2) in ROLE_WORDS \
            and not any(modified.group(1) in fold(role).split() for p in people.persons
                        for role in p.roles) \
            and people.last is not None and people.last.roles:
        # "The prime minister used an address ...", when the one spoken of is "the UK defence
        # secretary John Healey" and no one was called prime minister: someone else, unnamed
        # here, whom a "he said" next means
        people.last = people.add(f"the {modified.group(1)} {modified.group(2)}")
        return
    role_noun = _ROLE_OPENING.match(sentence) if head.startswith("The ") else None
    if role_noun and (noun := role_noun.group(2)) in ROLE_WORDS:
        if role_noun.group(1):
            _body_of_post(people, fold(role_noun.group(1)))
        # "The governor signed ...": the one called so before; "The singer started her career
        # ...", when no one was: the one spoken of, whom a later "the singer said" means
        holder = people.by_role(["the", role_noun.group(1), noun] if role_noun.group(1)
                                else ["the", noun])
        said_gender = GENDERED_TITLES.get(noun)
        unnamed = None if holder is not None or role_noun.group(1) else next(
            (p for p in reversed(people.persons) if p.name[:1].islower() and p.name.split()[-1] == noun),
            None)
        if holder is not None:
            people.last = holder
        elif unnamed is not None:
            people.last = unnamed  # "The spokesman said ...": the "a DEWR spokesman" introduced
        elif people.last is not None and not people.last.organisation \
                and (said_gender is None
                     or (people.last.gender or people.last.likely) in (None, said_gender)):
            # (not "The prince added ..." of a woman just spoken of)
            holder = _holder_spoken_of(people, noun)
            if holder is not None:
                people.last = holder
                holder.roles.append(noun)
        return
    opening = _PRONOUN_OPENING.match(sentence) \
        if "He" in head or "She" in head or " he " in head or " she " in head else None
    if opening:
        person = he or people.pronoun(_opening_pronoun(opening))
        if person is not None and person.gender is None:
            person.gender = PRONOUNS[_opening_pronoun(opening).casefold()]
        people.last = person or people.last
        return
    relative = _KIN_SUBJECT.match(sentence) \
        if head.startswith(("His ", "Her ", "Their ")) or "’" in head[:30] or "'" in head[:30] \
        else None
    if relative is not None and relative.group(1).casefold() in _KIN:
        # "Her brother Ahmed said ...", "Mustafa’s wife, Salwa, told ...": a relative
        name = relative.group(2)
        person = people.find(name)
        people.last = person or people.add(name, relative.group(1).casefold(),
                                           GENDERED_TITLES.get(relative.group(1).casefold()))
        return
    set_off = _POST_THEN_SET_OFF_NAME.match(sentence) if ", " in sentence[:110] else None
    if set_off and (name := split_role_and_name(set_off.group("name"))[1]) == set_off.group("name") \
            and len(name.split()) >= 2 and all(
                part and _describes_a_person(part) for part in
                (_THE_OPENING.sub("", p).split()
                 for p in fold(_PLACE_AFTER_POST.sub("", set_off.group("post"))).split(" and "))):
        # "Former government trade minister and ambassador to the United States, Tim Groser,
        # who lives opposite parliament, is praising ...": the post, then its holder set off
        people.last = people.find(name) or people.add(name)
        return
    described = _DESCRIBED_SUBJECT.match(sentence) \
        if sentence[:1].isupper() and not _SUBORDINATE_OPENING.match(sentence) else None
    if described is not None and _describes_a_person(described.group("words").split()):
        # "Team captain John Fitzgerald has defended ...", "Veteran fast bowler Allan Donald
        # will play ...": what the person is, in lower case, then the name
        role, name = split_role_and_name(described.group("np"))
        if name and len(name.split()) >= 2:
            people.last = people.find(name) or people.add(name, role)
            return
    tail = sentence[-160:]
    # (the cheap tests first: this runs per sentence)
    said_last = ("sa" in tail or " added" in tail or " told " in tail) and (
        tail.endswith(("said.", "says.", "added.")) or " told " in tail[-70:]
        or ", said " in tail or ", says " in tail) \
        or tail[-1:] == "." and not _CLOSING_VERB_SET.isdisjoint(
            w.rstrip(".") for w in tail[-48:].split()[-4:]) and _CLOSING_VERB_END.search(tail) is not None
    pronoun_closing = _PRONOUN_CLOSING.search(tail) if said_last else None
    if pronoun_closing and (person := people.pronoun(pronoun_closing.group(1))) is not None:
        # "In the last days, Mr. Faulder's relatives had hoped ..., she says.": whom she
        # means, who tells it, is the one spoken of (not the owner opening the sentence)
        people.last = person
        return
    closing = _UNNAMED_CLOSING.search(tail) \
        if said_last and (", a" in tail or ", one " in tail) else None
    unnamed = closing and (closing.group(1) or closing.group(2))
    if unnamed and (any(w in ROLE_WORDS for w in unnamed.split()[1:4])
                    or _GENERIC_PERSON.search(unnamed)):
        # "People were boiling water ..., a staff member for the group in the city said.": one
        # person, unnamed, whom a "he" that follows means
        # (where they spoke is no part of it: "... in the city", "... in Kyiv")
        people.last = people.add(_description(_IN_PLACE_END.sub("", unnamed)))
        return
    closing = _NAME_CLOSING.search(tail) if said_last else None
    if closing and (known := people.find(closing.group(1))) is not None \
            and not known.organisation:
        # "NATO is struggling to meet its goal, Monaghan said.": the one named before who
        # reports it is the one spoken of, whom a "he" that follows means
        people.last = known
        return
    closing = _ROLE_NAME_CLOSING.search(tail) if said_last else None
    if closing and (closing.group(1)[:1].islower()
                    or any(w in ROLE_WORDS for w in closing.group(1).split() if w.islower())):
        # "..., managing director of equity trading at Wedbush Securities Michael James said.":
        # a post in lower case, then the name of the one who said it (a body's name may open
        # it: "..., Stanford University foreign policy researcher Daniel C. Sneider told TMD.")
        post, named = split_role_and_name(closing.group(1))
        if named and closing.group(1).endswith(named):
            post = post or closing.group(1)[:-len(named)].strip()
        if named and len(named.split()) >= 2 and post:
            people.last = people.find(named) or people.add(named, post)
            return
    role = name = None
    # the subject may follow opening phrases ("In a video dated May 23, 2015, Mateen said"):
    # the patterns allow one, and are tried again after the second comma
    first_comma = sentence.find(",", 0, 160)
    second = sentence.find(",", first_comma + 1, 160) if first_comma >= 0 else -1
    for at in (0, second + 1) if second >= 0 else (0,):
        clause = sentence[at:].lstrip()
        # (an apposition is set off by a comma: without one, its pattern is not asked)
        for pattern in (_SUBJECT_NAME, _APPOSITION_SUBJECT) if "," in clause else (_SUBJECT_NAME,):
            m = pattern.match(clause)
            if m and pattern is _SUBJECT_NAME and m.start("np") \
                    and m.group("np").endswith(POSSESSIVE) \
                    and _NAME_THEN_COMMA.fullmatch(clause, 0, m.start("np")):
                continue  # "Richard Griffiths, Forde's solicitor in 1992, has": the name
                #           before the apposition, not the owner in it
            if m:
                # "Brendan Fraser's appearance ..." speaks of Brendan Fraser
                role, name = split_role_and_name(without_possessive(m.group("np")))
                if role is None and name and (what := _opens_with_a_lower_word(name, people.lower_words)):
                    role, name = what  # "Grazier Pot Peterson", when the text writes "graziers"
                if name is None and " " not in (word := without_possessive(m.group("np"))) \
                        and (known := people.find(word)) is not None and not known.organisation \
                        and fold(known.name).split()[-1] == fold(word):
                    name = word  # "English, 54, has ...": Bill English's surname, named before,
                    #              whatever else the word is
                body = None
                if name and (post := _LOWER_POST_THEN_NAME.match(clause, m.end("np"))) \
                        and post.group(1).rsplit(None, 1)[-1] in ROLE_WORDS \
                        and (m.group("np").endswith(POSSESSIVE)
                             or (body := clean_name(name)) is not None and body.organisation
                             or (body := clean_name(m.group("np"))) is not None
                             and body.organisation):  # ("... Aboriginal Corporation chief ...")
                    # "NSW Business Chamber chief officer Stephen Cartwright told ...", "Mr
                    # Brown's former advisor Ed Balls said": the body's or the person's officer,
                    # named after the post in lower case, is the subject
                    owner = body.text if body is not None and body.organisation else name
                    role, name = f"{owner} {post.group(1)}", post.group(2)
                if role is None and pattern is _APPOSITION_SUBJECT \
                        and (apposed := _APPOSED_POST.match(clause, m.end("np"))) \
                        and apposed.group(1).rsplit(None, 1)[-1] in ROLE_WORDS:
                    # "Jens Stoltenberg, the organisation's secretary general, told ...":
                    # what "the secretary general" means later (its owner no part of it)
                    role = _OWNER_OPENING.sub("", apposed.group(1))
                if (post_of := _POST_OF_RUN.match(clause, m.end("np"))) is not None:
                    # "Older People's Commissioner for Wales Sarah Rochira will ...": the post
                    # goes on past "for", to the name
                    longer = split_role_and_name(m.group("np") + post_of.group(0))
                    if longer[1] and len(longer[1].split()) >= 2:
                        role, name = longer
                if name and _LONE_PARTICIPLE.fullmatch(name.split()[0]) \
                        and gender_of_name(name) is None:
                    # "Speaking from a stage in Redmond, ...", "Taking Archie outside is ...":
                    # a participle, not a name ("Irving Berlin" is one)
                    name = None
                if m.group("np").split(None, 1)[0].casefold() in _PREPOSITIONS:
                    name = None  # "On Chandler Mountain in north Alabama, ...": a place
                if role is None and m.group("np").startswith("The ") \
                        and gender_of_name(name or "") is None:
                    # "The Little Monsters are ...": a band, a team, its fans ("The Reverend
                    # Tim Costello" is a person)
                    name = None
                if name:
                    break
        if name:
            break
    if not name:
        _note_later_subject(sentence, people)
        return
    if len(name.split()) >= 2 and people.common_words(name):
        return  # "Application Programming Interfaces (APIs) let ...": a term, not a person
    title = m.group("np").split(None, 1)[0].casefold().rstrip(".")
    reflexive = _REFLEXIVE.match(clause, m.end("np"))
    what = _WHAT_BEFORE_NAME.search(clause, 0, m.start("np")) \
        if " " not in name and clause[:m.start("np")].endswith(", ") else None
    kin = what.group(1).casefold() if what and what.group(1) in _KIN else None
    if len(name.split()) >= 2 or role or kin or title in _COURTESY or people.find(name) \
            or reflexive \
            or _PERSON_APPOSITION.match(clause, m.end("np")) or _of_a_place(m.group("np")) \
            or _GIVEN_NAME_APPOSITION.match(clause, m.end("np")) and is_given_name(name) \
            and not people.common_words(name):  # ("Soon, the star was ...": a word in lower case)
        # a lone capitalised word is a person only when a role, a title ("Mr Smith"), an
        # earlier mention, an apposition ("Dan, a 19-year-old student") or a country's
        # ("Canada’s Sowmyan") says so
        person = None
        if len(name.split()) == 1:
            # a surname of a family, opening the sentence, means whom the narration was about
            # before it, not a relative the sentence goes on to name ("Kim assumed power after
            # his father Kim Jong Il died")
            named_last, people.last = people.last, before or people.last
            person = _find_by_pronoun(people, name, clause[m.end("np"):], role)
            people.last = named_last
        if person is not None and len(name.split()) == 1 \
                and fold(person.name).split()[-1] != fold(name) \
                and _GIVEN_NAME_APPOSITION.match(clause, m.end("np")):
            # "Vladimir, a 36-year-old customs broker, said ...": someone the text introduces
            # by a given name, not Vladimir Putin named before
            person = people.add(name, role, new=True)
        if role is None and (what := _WHAT_BEFORE_NAME.search(clause, 0, m.start("np"))) \
                and what.group(1).casefold() in ROLE_WORDS:
            role = what.group(1)  # "Bolger’s lawyer, Jeremy Robinson, had ...": his role
        if kin and person is None:
            # "Mustafa’s wife, Salwa, told ...": a relative named by one word, and which
            role, title = kin, kin
        if person is not None and role and role not in person.roles:
            person.roles.append(role)  # a post the sentence gives one named before
        people.last = person or people.add(name, role, GENDERED_TITLES.get(title))
        if reflexive and people.last.gender is None:
            people.last.gender = "m" if reflexive.group(1) == "him" else "f"
        elif people.last is not None and people.last.gender is None \
                and (own := _OWN_PAGE.match(clause, m.end("np"))):
            # "Sunny Burns, an actor who lives in Bangkok, said on his Facebook page ...": the
            # speaker's own page or followers tell the narration's gender, whatever the given
            # name suggests
            people.last.gender = "m" if own.group(1) == "his" else "f"
        if " but " in sentence and (last := _BUT_SUBJECT.search(sentence)) \
                and (known := people.find(last.group(1))) is not None and not known.organisation:
            # "Bogdanov won ... and claimed ... but McIlroy is unfazed": the one the sentence
            # ends on, known already, is the one now spoken of
            people.last = known
    else:
        _note_later_subject(sentence, people)  # "Rights groups condemned ... while Guy Roy ..."


def _note_later_subject(sentence: str, people: People) -> None:
    """No one opens the sentence: the person a cleft puts first, the subject of a clause
    joined to it, or whom it is told after, is the one spoken of ("Last month, it was Jeb Bush
    who introduced ...", "This didn't stop them, and Newt Gingrich deserved ...")."""
    later = (_CLEFT_SUBJECT.search(sentence) if " who " in sentence else None) \
        or (_JOINED_SUBJECT.search(sentence) if ", and " in sentence or ", but " in sentence
            or " while " in sentence or " whereas " in sentence else None) \
        or (_AFTER_SUBJECT.match(sentence) if sentence.startswith(("It ", "This ", "That "))
            else None) \
        or (_CAME_FROM.search(sentence) if " from " in sentence else None)
    if later is not None and later.re is _JOINED_SUBJECT \
            and (post := sentence[later.start():later.start(1)].split()[-1]).islower() \
            and post not in ("and", "but", "while", "whereas") and post not in ROLE_WORDS:
        later = None  # "..., and then Kishida said": a word before the name, and no post
    if later is None and "-year-old" in sentence[:140] \
            and (aged := _GIVEN_NAME_AGED.search(sentence, 0, 140)) is not None \
            and is_given_name(aged.group(1)):
        # "At the start of each month Elena, a 40-year-old Muscovite, spreads ...": a
        # given name with an age set off after it is a person's, the one spoken of
        people.last = people.find(aged.group(1)) or people.add(aged.group(1))
        return
    named = clean_name(later.group(1)) if later else None
    if named is not None and not named.organisation and (
            len(named.text.split()) >= 2
            or (known := people.find(named.text)) is not None and not known.organisation):
        # (a surname alone when it is a person's named before: "..., and McConnell has
        # changed his line")
        people.last = people.find(named.text) or people.add(named.text, named.role)
        return
    # the person it is told after ("..., according to Max Schrems,
    # founder of ...") is the one spoken of, whom a "he" that follows means
    source = _ACCORDING_CLOSING.search(sentence) if "according to" in sentence else None
    named = clean_name(source.group(1)) if source else None
    if named is not None and not named.organisation and len(named.text.split()) >= 2:
        people.last = people.find(named.text) or people.add(named.text, named.role)
        return
    # one person known already whom a relative clause tells of, in a sentence that reports no
    # one's words ("The visit was a triumph for Zelensky, who has been trying to line one up
    # since he took office"; not "... Nabi and Kasukuwere, who fled ..., the source told")
    told_of = _TOLD_OF_WHO.search(sentence) if ", who " in sentence else None
    # (not the last of several names: "Nabi and Robert Kasukuwere, who fled")
    before = sentence[:told_of.start()].split()[-1:] if told_of else []
    joined = bool(before) and (before[0] == "and" or before[0][:1].isupper())
    known = people.find(told_of.group(1)) if told_of and not joined \
        and not _SAID_IN.search(sentence) else None
    if known is not None and not known.organisation and known.name[:1].isupper():
        people.last = known


_TOLD_OF_WHO = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),\s+who\s+"
                          r"(?:has|had|was|is|[a-z]+ed)\b")
_SAID_IN = re.compile(rf"\b(?:{_SAY_ALT})\b")  # a sentence that says who said something


_HE_OR_SHE = re.compile(r"\b(he|she)\b")


def _pronoun_gender(rest: str) -> str | None:
    """The gender the subject's pronoun later in its sentence tells ("An angry Trump lashed
    out ..., as he has alleged before": of the Trumps, a man), if only one kind is there."""
    said = {m.group(1) for m in _HE_OR_SHE.finditer(rest)} if "he " in rest else set()
    return PRONOUNS[said.pop()] if len(said) == 1 else None


def _find_by_pronoun(people: People, name: str, rest: str, role: str | None = None) -> Person | None:
    """The person a surname means, of a family, by the pronoun later in the sentence (and of
    namesakes, by the post written with it: "Spokesperson Kang"); the one it means anyway when
    none fits ("Trump said she was wrong")."""
    person = people.find(name, role=role)
    gender = _pronoun_gender(rest) if person is not None else None
    if gender and (person.gender or person.likely) not in (None, gender):  # type: ignore[union-attr]
        return people.find(name, gender, role) or person
    return person


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# the kinds of body a name need not hold: "the company" may be "Blue Origin"
_GENERIC_KINDS = frozenset({"company", "firm", "agency", "organisation", "organization", "group"})


def _speaks_for(person: Person, body: str) -> bool:
    """Whether one of `person`'s posts is a spokesperson's of `body` ("State Department
    spokesperson Matthew Miller" speaks for "the US State Department")."""
    words = {w for w in fold(_strip_det(body)).split() if w not in ORG_WORDS and w not in _ACRONYMS}
    return any(_SPOKES.intersection(fold(role).split()) and words & set(fold(role).split())
               for role in person.roles)


def _post_of(entity: Person, of: str) -> bool:
    """`of`, the folded words before a post ("acme" of "The Acme chairman"), name `entity`."""
    return f" {fold(entity.name)} " in f" {of} "


def _body_of_post(people: People, of: str) -> None:
    """Make the one spoken of a body when a post is of it ("The Acme chairman", `of` "acme",
    right after "Acme, whose sales ..."), if one word names it, known as nothing else."""
    last = people.last
    if last is not None and " " not in last.name and _post_of(last, of) \
            and last.gender is None and last.likely is None and not last.role:
        last.organisation = True


# who sits in a parliament: "the Melbourne MP" may be the party leader spoken of
_LAWMAKERS = frozenset({"mp", "senator", "lawmaker", "legislator", "politician",
                        "parliamentarian", "congressman", "congresswoman"})
def _leads_a_party(role: str) -> bool:
    """A party's leader or whip ("Australian Greens leader", "Opposition Leader"; not "union
    leader", nor a minister: "the Melbourne MP" is not the foreign minister spoken of)."""
    words = role.split()
    return any(w.casefold() in ("leader", "whip") and i and words[i - 1][:1].isupper()
               for i, w in enumerate(words))


# a capitalised word, then a plural noun of people: "Rescue workers", "Election officials"
_WORD_THEN_PEOPLE = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w'’-]*)\s+([a-z]+s)\b")
# what a body is, in lower case, then its name: "the state-owned tabloid Global Times", "the
# rights group Amnesty International"
_KIND_THEN_BODY = re.compile(r"(?:the|The)\s+(?:[a-z][\w-]*\s+){1,3}((?:[A-Z][\w'’&.-]*\s+){0,4}"
                             r"[A-Z][\w'’&.-]*)")
# an outlet's name, then what it is: "the party-run Global Times tabloid"
_OUTLET_THEN_KIND = re.compile(r"(?:the|The)\s+(?:[a-z][\w-]*\s+){0,3}((?:[A-Z][\w'’&.-]*\s+){0,4}"
                               r"[A-Z][\w'’&.-]*)\s+(?:tabloid|newspaper|daily|broadsheet|weekly|"
                               r"magazine|news\s+agency|broadcaster|television|radio)")
# a body's name that goes on past "of": "Economic Community of West African States", its kind
# before "of"
_KINDS_BEFORE_OF = ORG_WORDS | {"community", "commonwealth", "conference", "convention"}
_BODY_OF_RUN = re.compile(r"((?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*)\s+of\s+(?:the\s+)?"
                          r"((?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*)")


# a sentence that ends on who told it, a pronoun: "..., but they were not optimistic, she says."
_PRONOUN_CLOSING = re.compile(r",\s+(he|she)\s+(?:says|said|added)\.$")


def _leads_something_else(person: Person, modifiers: list[str]) -> bool:
    """"the Lib Dem leader" is not `person`, who holds posts none of which names the Lib Dems
    (a place or a people named is no such evidence: "the Russian leader" may be the president
    whose post names no country)."""
    named = [w[:5] for w in modifiers if w not in ("the", "a", "an") and not is_place(w)]
    return bool(named) and bool(person.roles) and not any(
        set(named) <= {w[:5] for w in fold(role).split()} for role in person.roles)


def _described_otherwise(person: Person, noun: str) -> bool:
    """`person` is someone unnamed whose description holds no `noun` ("a mother", "one man"
    are no professor)."""
    return person.name[:1].islower() and noun not in person.name.casefold().split()


def _holder_spoken_of(people: People, noun: str) -> Person | None:
    """Whom "the minister" means when no one was called so: the person spoken of; if that
    one holds another post ("Tory committee chairman Robert Halfon"), the last person named
    in full who holds none."""
    last = people.last
    if last is None or last.organisation or not last.name[:1].isupper():
        return None  # (nor "a police spokesperson": a description, no holder of a post)
    held = same_posts(last.role.casefold()).split() if last.role else []
    if not (held and noun in _OFFICES and (noun not in held or vice_of(held, {noun}, []))):
        return last  # (a "Vice President" holds another post than "the president")
    return next((p for p in reversed(people.persons) if p is not last and not p.organisation
                 and p.role is None and len(p.name.split()) >= 2), None)


# "Trump himself seemed to ...": a person, and which
_REFLEXIVE = re.compile(r"\s+(him|her)self\b")
# the subject's own words, where they said them: "..., said on his Facebook page", "told her
# followers" (an aside set off before the verb: no sentence or quotation inside it)
_OWN_PAGE = re.compile(r"(?:,[^,.;:\"“”]{1,80},)?\s+(?:said|says|told|tells|wrote|writes|posted|posts)"
                       r"(?:\s+(?:on|in|to))?\s+(his|her)\s+(?:(?:own|official|personal|[A-Z][\w-]*)\s+)?"
                       r"(?:page|blog|account|followers|feed|website|site|channel|profile|podcast"
                       r"|newsletter|column|show|fans|supporters|audience|readers|viewers)\b")
_BUT_SUBJECT = re.compile(r"\sbut\s+((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+"
                          r"(?:is|was|has|had|remains|remained|[a-z]+ed|[a-z]+s)\b[^,;]*$")
# one person, unnamed, opening a sentence as its subject: "One white male physicist told ..."
# (an aside in lower case set off after it: "A protester, using the group's own speaker system,
# responded"; not a name: "Another voter, Lyudmila Sharakhina, said")
_ONE_PERSON_OPENING = re.compile(r"((?:One|An?|Another)\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]+))"
                                 r"(?:,\s+[a-z][^,]{0,80},)?\s+(?:told|said|says|recalled|explained|"
                                 r"added|wrote|responded|replied|shouted|insisted)\b")
# someone unnamed that a video or a recording shows, then a participle of speech: "cuts to the
# masked militant [warning]" (not whom a message goes to: "sent a message to the militants warning")
_PERSON_BEFORE_PARTICIPLE = re.compile(r"\b(?:(?:cuts?|switches|turns|zooms)\s+to|shows?|showed|shown|"
                                       r"featuring|(?:footage|video|clip|recording)\s+of|hears?|heard)"
                                       r"\s+((?:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]+))$")
# a sentence whose subject is a body ("Meanwhile, the Foreign Office confirmed ..."), not a person
_BODY_SUBJECT = re.compile(r"(?:[A-Z][a-z]+,\s+)?[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Office|Ministry|"
                           r"Department|Embassy|Government|Agency|Council|Commission|Committee|"
                           r"Bureau|Secretariat|White House|Kremlin|Pentagon|embassy|ministry|"
                           r"government|department|agency|council|commission)\b")
# one person, unnamed, speaking in a clause "with" opens: "with a spokesman saying"
_WITH_ONE_SAYING = re.compile(r"\bwith\s+((?:an?|one)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]+))\s+"
                              r"(?:saying|adding|telling|warning|insisting)\b")
# one person of a body, unnamed, opening a sentence: "A Labour Party spokesman", "A spokesman for
# the Information Commissioner's Office"
_ONE_UNNAMED = re.compile(
    r"An?\s+(?:[A-Z][\w'’.&-]*\s+){0,4}(spokes(?:man|woman|person)|official)"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?:(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*|[a-z]+))?"
    r"(?=\s+[a-z]|,)")  # ("A spokesperson for NISA, the ... authority, said")
# "It came after Dominic Raab, the deputy prime minister, admitted ...": the subject of the
# clause of time is the one spoken of
# a clause of time opened by a pronoun: "It came after", "This was as", "That was when"
_IT_CAME_WHEN = (r"(?:This|That|It)\s+(?:was|is|came|comes|happened|follows|followed)\s+"
                 r"(?:just\s+|only\s+|days?\s+|hours?\s+|weeks?\s+)?"
                 r"(?:after|as|when|because|before|since)\s+")
_AFTER_SUBJECT = re.compile(
    _IT_CAME_WHEN + r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)"
    r"(?:,[^,]{3,90},)?\s+(?:[a-z]+ed|has|had|was|is|said|says|told|spoke|wrote|made)\b")
_CLEFT_SUBJECT = re.compile(r"\bit (?:was|is) ((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*) who\s")
_JOINED_SUBJECT = re.compile(r"(?:,\s+(?:and|but)|,?\s+(?:while|whereas))\s+"
                            # (after what they are: "but producer Elizabeth Fowler is")
                            r"(?:(?:[a-z][\w-]*\s+){1,2}(?=[A-Z]))?"
                            r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
                            # (set off after the name: "while Guy Roy, who was ambassador, said")
                            r"(?:,\s+(?:who|a|an|the|his|her)\s[^,]{1,120},)?"
                            r"\s+(?:[a-z]+ed|has|had|was|is|will|would)\b")
_COURTESY = COURTESY_TITLES | {"lady", "lord"}  # "Lady Gaga", "Mr Kerr": a person's name
_CAPITALISED_POST = re.compile(r"[Tt]he\s+((?:[A-Z][\w'’-]*\s+){0,3})([A-Z][\w-]*)")
_QUOTATION_END = re.compile(r"[,.!?][’”\"']\s+")  # a quotation's end inside a phrase
_OF_PLACE = re.compile(r"\s+(?:of|from|in|at)\s+")  # "one resident of South Pyongan", "a teacher at"
# what the article may call a commentator it has named, whatever their post
_COMMENTATORS = frozenset({"expert", "analyst", "researcher", "scholar", "academic",
                           "specialist", "economist", "historian", "commentator", "observer",
                           "professor", "scientist", "strategist"})
# posts no commentator holds ("the analyst" is not the minister spoken of)
_OFFICES = frozenset({"minister", "president", "secretary", "senator", "governor", "mayor",
                      "spokesman", "spokeswoman", "spokesperson", "official", "ambassador",
                      "general", "leader", "chancellor", "premier", "king", "queen", "chief"})
# relatives, whose one-word names ("his wife, Salwa,") the relation vouches for
_KIN = frozenset({"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
                  "widow", "widower", "partner", "fiancée", "fiance", "fiancé", "girlfriend",
                  "boyfriend", "cousin", "uncle", "aunt", "niece", "nephew", "grandmother",
                  "grandfather", "grandson", "granddaughter", "stepfather", "stepmother",
                  "dad", "mom", "mum"})
# a relative set off by commas and named: "his mother, Diane Foley,", "Sotloff's mother, Shirley,"
_KIN_SET_OFF = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?P<owner>[A-Z][\w-]*)(?:’s|'s))\s+([a-z]+),\s+"
                          r"([A-Z][\w'’-]*[a-z](?:\s+[A-Z][\w'’-]*[a-z]){0,2}),")
_KIN_COMMA = re.compile(r"\b(?:" + "|".join(sorted(_KIN, key=len, reverse=True)) + "), [A-Z]")
# a relative described by whose relative they are: "his mother", "Foley's mother", "the mother
# of James Foley"
_KIN_PHRASE = re.compile(r"(?:(?:[Hh]is|[Hh]er|[Tt]heir|(?P<owner>[A-Z][\w-]*)(?:’s|'s))\s+([a-z]+)"
                         r"|[Tt]he\s+([a-z]+)\s+of\s+((?:[a-z][\w-]*\s+){0,2}[A-Z][\w'’-]*"
                         r"(?:\s+[A-Z][\w'’-]*){0,2}))")
_KIN_SUBJECT = re.compile(
    r"(?:His|Her|Their|[A-Z][\w-]*(?:’s|'s|’|'))\s+([a-z]+),?\s+([A-Z][\w'’-]*[a-z]"
    r"(?:\s+[A-Z][\w'’-]*[a-z]){0,2})(?:,|\s+(?:also\s+|has\s+|had\s+|was\s+|is\s+)?[a-z]{3,}\b)")
# what the person is, set off by a comma before the name: "Bolger’s lawyer, "
_WHAT_BEFORE_NAME = re.compile(r"\b([a-z][\w-]*),\s+$")


def _of_a_place(np: str) -> bool:
    """"Canada’s Sowmyan": a place's possessive, then one word."""
    words = np.split()
    return len(words) == 2 and words[0].endswith(POSSESSIVE) \
        and is_place(without_possessive(words[0]))


def _by_first_letter(alternatives: list[str], after_first: str = "") -> str:
    """The alternation of `alternatives` (patterns that open with a letter or "[Xx]"), grouped
    by first letter, each group in the order given (so the same one matches first): the engine
    tries an alternation's branches one by one, and a word is then tried once per first letter,
    not once per alternative. `after_first` goes after the letter (a look-behind there: a
    pattern that opens with letters is tried only where one of them is)."""
    rests: dict[str, list[str]] = {}
    for alternative in alternatives:
        firsts, rest = ((alternative[1:3], alternative[4:]) if alternative.startswith("[")
                        else (alternative[0], alternative[1:]))
        for first in firsts:
            rests.setdefault(first, []).append(rest)
    return "(?:" + "|".join(f"{first}{after_first}(?:{'|'.join(rest)})"
                            for first, rest in rests.items()) + ")"


_TITLES = [
    # (a post of two words, "General" its second: "Secretary General Jens Stoltenberg" is no
    # General Jens Stoltenberg)
    "Prime Minister", "Minister", "President", "Premier", "Chancellor", "Secretary[- ]General",
    "Attorney[- ]General", "Solicitor[- ]General", "Governor[- ]General", "Surgeon[- ]General",
    "Secretary", "[Cc]ommissioner", "[Cc]hairperson", "[Dd]irector(?:[- ][Gg]eneral)?",
    "[Cc]hief [Ee]xecutive", "[Ss]pokes(?:man|woman|person)", "Ambassador", "Chief", "[Ll]eader",
    "Chair(?:man|woman)?", "Senator", "Governor", "Mayor", "King", "Queen", "Emperor", "Commander",
    "Envoy", "General", r"Gen\.", "Admiral", "Professor", r"Prof\.", r"Dr\.", "Judge",
    "Commissioner", "Representative", r"Rep\.", r"Sen\.", r"Gov\.", "Pope", "Prince", "Princess",
    "Crown Prince", "Sheikh", "Captain", r"Capt\.", "Sheriff", "Justice", "Chief Executive",
    "Chief", "Inspector", "Detective", "Colonel", r"Col\.", "Lieutenant", r"Lt\.", r"Mr\.?",
    r"Mrs\.?", r"Ms\.?", "Speaker", "Advis[eo]r", r"Sens\.", r"Reps\."]
# ("Ms Robison": British style writes no full stop)
_MENTION = re.compile(  # (?<!\w) first: tried at the start of words only, five times faster
    r"(?<!\w)(?P<role>(?:(?:[A-Z][\w.-]*|of|the|and|for|trade|industry|foreign|defen[cs]e|deputy|"
    r"vice|chief|police|press|security)\s+){0,6}?"
    + _by_first_letter(_TITLES) + r")\s+"
    # (never a title's abbreviation: "Alabama Rep. Sen. Jeff Sessions" names Jeff Sessions)
    r"(?P<name>(?!(?:Sens?|Reps?|Gov|Gen|Lt|Col|Capt|Dr|Prof|Rev|Hon)\.)"
    # (an initial inside: "Vice President Joseph R. Biden Jr.")
    r"(?:(?:[A-Z][\w'’-]*|[A-Z]\.|bin|ibn|al|de|van|von|der|da|di|le|la)\s+){0,4}"
    # (a sovereign's number is left to the title's own reading: "Queen Elizabeth II")
    r"(?!(?:Jr|Sr)\b)[A-Z][\w'’-]*[a-z][\w'’-]*(?:,?\s+(?:Jr\.|Sr\.|Jr\b|Sr\b))?)")


_GENERATION_AFTER = re.compile(r",?\s+(III?|IV)\b")
# the words that open a sentence before a name that is not its subject's ("For Ken Lowe, ...")
_LINKS_BEFORE_SUBJECT = frozenset({"for", "after", "before", "when", "while", "as", "with",
                                   "like", "unlike", "since", "but", "and", "so", "then", "if",
                                   "although", "because", "once", "until", "to"})
# the capitalised words right after a run of them (that the run's pattern left out)
_NAME_RUN_ON = re.compile(r"\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _names_body(run: str) -> bool:
    """A run of capitalised words is a body's name."""
    body = clean_name(run)
    return body is not None and body.organisation


_STATE_AFTER = re.compile(r",\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)(?=[,.;]|\s+(?:and|where|on|in)\b)")


def _names_place(text: str, m: re.Match[str], toks: list[str]) -> bool:
    """The run of capitalised words `m` matched is a place's name by where it stands: after
    "in" or "at", or after "of" or before ", in <Place>" when no given name opens it; never
    a possessive ("in Joe Biden's cabinet")."""
    before = text[max(0, m.start() - 4):m.start()]
    if text.startswith(", ", m.end()) and (state := _STATE_AFTER.match(text, m.end())) \
            and is_place(state.group(1)) and not is_given_name(toks[0]):
        return True  # "represent El Paso, Texas": a city and its state (or country)
    if before not in (" in ", " at ", " of ") and not text.startswith(", in ", m.end()):
        return False
    if m.group(1)[-1:] in "'’" or text[m.end():m.end() + 2] in ("'s", "’s"):
        return False
    if before == " of " and len(toks) >= 3 and portfolio_post(text[max(0, m.start() - 80):m.start()]):
        return False  # "Minister of Information Moammar al-Eryani": a portfolio, then its holder
        #               (not "The Mayor of Honiara Eddie Siapu": a place)
    return before in (" in ", " at ") \
        or not is_given_name(next((t for t in toks if t.casefold() not in ROLE_WORDS), ""))


# the capital first and the look-behind after it: a pattern that opens with a character class
# is tried only where such a character is (a look-behind first is tried at every character)
_BARE_NAME = re.compile(rf"([A-Z](?<![\w'’-].){_WITH_LOWER}\s+"
                        rf"(?:[A-Z]{_WITH_LOWER}\s+){{0,2}}(?:[A-Z]\.\s+(?:[A-Z]{_WITH_LOWER}\s+)?)?"
                        rf"(?!(?:Jr|Sr)\b)(?:{JOINED_ARTICLE})?[A-Z]{_WITH_LOWER}"
                        r"(?:,?\s+(?:Jr\.|Sr\.|Jr\b|Sr\b|III?\b|IV\b))?)")  # "Stancil III"


# a relative's kinship, just before the name: "his father [Kim Jong Il]", "Biden's son [Hunter]"
_KIN_BEFORE = re.compile(r"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b([A-Z][\w-]*)['’]s?)\s+(?:late\s+|elder\s+|"
                         r"younger\s+|eldest\s+|youngest\s+)?(?:" + "|".join(sorted(_KIN)) + r")"
                         # ("her dad, the late Sen. [John McCain]": set off, a post before him)
                         r"(?:,\s+the\s+(?:late\s+)?(?:(?:[A-Z][\w.]*|former)\s+){0,3})?\s*$")
# ... or the one whose relative the subject is: "McCain, daughter of the late GOP Sen. John
# McCain, said" (a surname alone is the daughter's, the one spoken of)
_KIN_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_KIN)) + r")\s+of\s+(?:the\s+)?(?:late\s+)?"
                            r"(?:(?:[A-Z][\w.]*|former)\s+){0,3}$")
# an owner's possessive inside a run of capitalised words: "North Korea's [Kim Jong Un]"
_OWNER_IN_RUN = re.compile(r"\S(?:['’]s|s['’])\s+(?=[A-Z])")


def _bare_names(text: str):
    """The matches of _BARE_NAME, a run cut after an owner's possessive inside it and read
    again from the name that follows ("North Korea's Kim Jong Un": "Kim Jong Un")."""
    past = 0  # where the last run read again ended
    for m in _BARE_NAME.finditer(text):
        if m.start() < past:
            continue
        run = m.group(1)
        if "'" not in run and "’" not in run or (owner := _OWNER_IN_RUN.search(run)) is None:
            yield m
            continue
        again = _BARE_NAME.search(text, m.start(1) + owner.end())
        while again is not None and (owner := _OWNER_IN_RUN.search(again.group(1))) is not None:
            again = _BARE_NAME.search(text, again.start(1) + owner.end())
        if again is not None:
            yield again
            past = again.end()


# a word that opens every role of _MENTION: a sentence without one is not searched with it
_ROLE_OPENINGS = (
    r"Minister President Premier Chancellor Secretary [Cc]ommissioner [Cc]hairperson [Dd]irector "
    r"[Cc]hief [Ss]pokes Ambassador [Ll]eader Chair Senator Governor Mayor King Queen Emperor "
    r"Commander Envoy General Gen\. Admiral Prof Dr\. Judge Representative Rep\. Sen\. Gov\. "
    r"Pope Prince Sheikh Capt Sheriff Justice Inspector Detective Col Lieutenant Lt\. Mr Mrs Ms "
    r"Speaker Advis Sens\. Reps\.")
_ROLE_HINT = re.compile(_by_first_letter(_ROLE_OPENINGS.split(), r"(?<!\w.)"))


def _surname_a_title(toks: list[str]) -> bool:
    """A known given name, then a surname that is also a title ("Wayne King", "Erik Prince",
    "John Major"): a person, not a post."""
    return len(toks) == 2 and gender_of_name(" ".join(toks)) is not None \
        and toks[1].casefold() in ROLE_WORDS and _NAME_TOKEN.match(toks[1]) is not None


_NAME_SUFFIXES = frozenset({"Jr", "Sr"})  # "Joseph R. Biden Jr."


def _note_mentions(text: str, people: People, ends: str = "") -> None:
    """Remember the people a sentence names: in full ("Melania Trump"), and with a role
    ("NATO Secretary-General Jens Stoltenberg"), so that a later "Trump" or "the NATO
    secretary-general said" can be resolved. (`ends`: the sentence as written, when `text` has
    its quotations blanked: 'A fired-up President Trump ... to "erase your vote."')"""
    if not _ends_sentence(ends or text) or headline_cased(text):
        return  # a headline or deck is not the story's prose
    for m in _bare_names(text):
        toks = m.group(1).split()
        if m.start() == 0:
            # a capitalised word opening a sentence may be any word; a word that opens
            # sentences, then a name, is the name ("For Ken Lowe, a lecturer, ...")
            if len(toks) < 3 or fold(toks[0]) not in _LINKS_BEFORE_SUBJECT:
                continue
            del toks[0]
        toks[-1] = without_possessive(toks[-1])
        titles = []
        while toks and toks[0].casefold() in ROLE_WORDS:
            titles.append(toks.pop(0).casefold())  # "Actor Brendan Fraser"
        if toks and toks[-1].rstrip(",.") in ("Jr", "Sr"):
            toks = toks if len(toks) >= 3 else []  # "[Joseph R.] Biden Jr.": a surname only
        run_on = _NAME_RUN_ON.match(text, m.end())
        if run_on and _names_body(f"{m.group(1)} {run_on.group(1)}"):
            continue  # "George Eastman Film Legacy [Program]": four words of a body's name
        if _names_place(text, m, toks) and not (run_on is None and _names_body(m.group(1))):
            continue  # "a cafe in Brick Lane", "the constituency of Bethnal Green", "contest
            #           Bethnal Green, in London": a place, no one ("at Whole Foods": a body)
        if len(toks) >= 2 and (all(_in_name(toks, i) for i in range(len(toks)))
                               or _surname_a_title(toks)) \
                and not people.common_words(" ".join(toks)) and not is_place(" ".join(toks)) \
                and not MEDIA.match(" ".join(toks)) \
                and not _ACRONYM_AFTER.match(text, m.end()) \
                and clean_name(" ".join(toks)) is not None:  # (not "Fort Meade": a place)
            # ("Application Programming Interfaces (APIs)": a term)
            # ("Minister in the Presidency X Y": the minister X Y)
            ahead = text[max(0, m.start() - 80):m.start()] if len(toks) >= 3 else ""
            post = portfolio_post(ahead) if ahead else None
            person = people.add(without_portfolio(ahead, " ".join(toks)) if post
                                else " ".join(toks), post)
            if person.gender is None:  # "first lady Melania Trump", "Mrs. Jill Biden",
                #                            "Her son, Atta Elayyan,"
                before = text[max(0, m.start() - 20):m.start()].split()[-2:]
                person.gender = next((GENDERED_TITLES[w] for w in
                                      [b.casefold().rstrip(",") for b in before] + titles
                                      if w in GENDERED_TITLES), None)
            if person.mentions == 1 and ((kin := _KIN_BEFORE.search(text, 0, m.start()))
                                         or _KIN_OF_BEFORE.search(text, max(0, m.start() - 60),
                                                                  m.start())):
                # "Kim assumed power after his father Kim Jong Il died": named as someone's
                # relative, not one the article is about (a surname alone is the other's)
                person.kin_of = person.kin_of or (kin.group(1) if kin else None) or ""
    if ", " in text and ("the " in text or "s " in text):
        for post in _THE_POST_NAME.finditer(text):
            if post.group(2) in ROLE_WORDS and (text[post.start()] in "'’"
                                                 or not text[post.start() - 1:post.start()].isalnum()) \
                    and clean_name(post.group(3)) is not None:
                # "indicted by the special counsel, Robert S. Mueller III": his post, which
                # "the special counsel" later means
                person = people.add(post.group(3))
                if post.group(1) not in person.roles:
                    person.roles.append(post.group(1))
                    person.role = person.role or post.group(1)
    if ", " in text and _KIN_COMMA.search(text):
        for kin in _KIN_SET_OFF.finditer(text):
            if kin.group(2) in _KIN and (named := clean_name(kin.group(3))) is not None \
                    and not named.organisation and named.text == kin.group(3) \
                    and (" " in named.text or is_given_name(named.text)):
                # "In an interview, his mother, Diane Foley, said ...": who she is to him,
                # which a later "his mother" or "Foley's mother" means
                person = people.add(named.text, kin.group(2), GENDERED_TITLES.get(kin.group(2)))
                if kin.group(2) not in person.roles:
                    person.roles.append(kin.group(2))
                person.kin_of = kin.group("owner") or person.kin_of
    if not _ROLE_HINT.search(text):
        return  # no title or role word: the costly pattern below cannot match
    verbs: list[int] | None = None  # where the speech verbs end, found on first need
    for m in _MENTION.finditer(text):
        name = without_possessive(m.group("name").strip())  # "Benjamin Netanyahu’s [visit]"
        if text[m.end():m.end() + 1] in (" ", ",") \
                and (generation := _GENERATION_AFTER.match(text, m.end())) \
                and fold(m.group("role").split()[-1]) not in ROYAL_TITLES:
            name += " " + generation.group(1)  # "Gen. Nicolas Torre III" (not "Queen Elizabeth II")
        if all(_is_name_token(t) or t in NAME_PARTICLES or t.rstrip(",.") in _NAME_SUFFIXES
               for t in name.split()):
            role = _role_of(m.group("role")) or m.group("role").split()[-1]
            person = people.add(name, role)
            if m.group("role") != role and m.group("role") not in person.roles:
                # the post as written ("Ukrainian President"): whose country it is tells two
                # presidents apart ("the Ukrainian president")
                person.roles.append(m.group("role"))
            if verbs is None:
                verbs = [t.end() for t in _TOKEN.finditer(text)
                         if t.group().casefold() in _VERB_SET]
            # (a verb may open the role's words: "Saying President Obama, he said, was ...")
            said = [v for v in verbs if v <= m.start("name")]
            told_of = bool(said) and not _NEW_CLAUSE.search(text, said[-1], max(m.start(),
                                                                               said[-1]))
            if told_of and text[said[-1]:m.start()].strip() == "by":
                told_of = False  # "was confirmed by NATO Secretary General X": who did it
            if told_of and not text[said[-1]:m.start()].strip() \
                    and (inverted := _CLAUSE_THEN_VERB.search(text, 0, said[-1])) \
                    and _CUE_OF.get(verb := inverted.group(1).casefold()) in ("say", "that") \
                    and verb not in _ADDRESSEE_VERBS \
                    and not any(_is_titled_name(part) for part in text[:inverted.start()].split(",")):
                # (not after its subject and an aside: "Mr Hale, who was forced to apologise
                # last year, said Prime Minister Tom Berg ...")
                told_of = False  # "..., suggested Interior Secretary Juanito Remulla": the
                #                  verb inverted after a clause, its subject after it
            comma = text.rfind(",", 0, m.start())
            if not told_of and (_KIN_OF_BEFORE.search(text, max(0, m.start() - 60), m.start())
                                or _KIN_BEFORE.search(text, max(0, m.start() - 60), m.start())):
                told_of = True  # "McCain, daughter of the late Sen. John McCain, said": the
                #                 daughter is the one spoken of, not her father
            if not told_of and (comma < 0 or not _RELATIVE_OPENING.match(text, comma)
                                or ";" in text[comma:m.start()]):
                # (not who a speech verb is about, "Mr Johnson ... said Mr Blair should butt
                # out"; not "said Vander Plaats, who backed Texas Sen. Ted Cruz": the one
                # spoken of is who the relative clause tells of)
                people.last = person


# a sentence that ends on who told it: "..., Chief Cabinet Secretary Minoru Kihara told reporters
# on Friday."
_TRAILING_TELLER = re.compile(
    r",\s+((?:[A-Z][\w.'’-]*\s+){1,5}[A-Z][\w'’-]*)\s+(?:said|told\s+(?:reporters|journalists|"
    r"the\s+[A-Z][\w-]*|[A-Z][\w-]*))(?:\s+(?:on|in|at)\s+(?:[A-Z]\w+|the\s+\w+))?[.!]?$")


def _note_teller(sentence: str, people: People) -> None:
    """Whom a sentence reports, named in full at its end, is the one spoken of next: its "he
    said" is theirs, not the subject's ("Japan's ambassador explained that ..., Chief Cabinet
    Secretary Minoru Kihara told reporters on Friday. / "...," he said")."""
    teller = _TRAILING_TELLER.search(sentence)
    if teller is None:
        return
    role, name = split_role_and_name(teller.group(1))
    if name is None or " " not in name:
        return
    person = people.find(name)
    if person is None:
        person = people.add(name, role)
    if not person.organisation:
        people.last = person


# a post in lower case, then the name of who holds it: "the special counsel, Robert S. Mueller"
# (a literal first, which the engine looks for fast; the word's start is checked after)
# (or a country's, after its possessive: "New Zealand’s deputy prime minister, Winston Peters")
_THE_POST_NAME = re.compile(r"(?:the|(?<=[A-Za-z])['’]s)\s+((?:[a-z][\w-]*\s+){0,3}([a-z]+)),"
                            r"\s+([A-Z][\w'’-]+"
                            r"(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}(?:,?\s+(?:Jr\.|Sr\.))?)")
_RELATIVE_OPENING = re.compile(r",\s+(?:who|whom|whose|which)\s")
_CLAUSE_THEN_VERB = re.compile(r"[,”\"]\s*([a-z]+)$")  # (not "dubbing Mr Brown": its object)
# a clause of its own after a speech verb: "Duda said ... while Interior Minister X wrote"
_NEW_CLAUSE = re.compile(r"(?:\b(?:while|whereas|and|but)|[;,])\s+$")


# An article's budget: a body longer than this (a file that is many articles, a transcript) is
# read in windows of about this size, cut at paragraph breaks, each with its own people (a
# "he" never looks further back), so its cost grows with its length, not with its square
QUOTE_WINDOW = 60_000


def extract_quotes(body: str, title: str = "") -> list[Quote]:
    """Find the quotations of an article body (paragraphs separated by blank lines); `title`,
    the article's headline, may give a speaker's full name that the body gives in part
    ("... weigh up Jacinda Ardern's legacy" over a body that says "Ardern")."""
    named, written = _surnames_in_capitals(body)
    if written:
        # names are read with their surnames in small letters; what the text says stays as
        # written (the words quoted, their sentence, the words that name the speaker)
        as_written = re.compile(r"\b(?:" + "|".join(map(re.escape, written)) + r")\b")

        def back(text: str | None) -> str | None:
            return as_written.sub(lambda m: written[m.group(0)], text) if text else text

        return [replace(q, quote=body[q.start:q.start + len(q.quote)]
                        if named[q.start:q.start + len(q.quote)] == q.quote else back(q.quote),
                        context=back(q.context), speaker_as_written=back(q.speaker_as_written))
                for q in _in_windows(named, title)]
    return _in_windows(body, title)


def _in_windows(body: str, title: str) -> list[Quote]:
    """`extract_quotes` of a body, a window of it at a time (the budget of one article)."""
    if len(body) <= QUOTE_WINDOW:
        return _extract_quotes(body, title)
    quotes: list[Quote] = []
    start = 0
    while start < len(body):
        end = len(body)
        if end - start > QUOTE_WINDOW:
            end = body.rfind("\n\n", start + QUOTE_WINDOW // 2, start + QUOTE_WINDOW)
            if end < 0:  # (no paragraph break in the window's second half: the next one)
                end = body.find("\n\n", start + QUOTE_WINDOW)
                end = len(body) if end < 0 else end
        for q in _extract_quotes(body[start:end], title):
            quotes.append(replace(q, n=len(quotes) + 1, start=q.start + start, end=q.end + start))
        start = end
    return quotes


# a surname in capitals, the way Japan's and Korea's foreign ministries write names, after a
# title: "Prime Minister ISHIBA Shigeru", "President YOON said"
_CAPITAL_SURNAME = re.compile(r"(?<=[a-z.] )[A-Z]{2,12}(?:-[A-Z]{2,12})?\b(?![-’'.]?[a-z])")
_TITLE_BEFORE = re.compile(
    r"\b(?:Minister|President|Secretary|Ambassador|Governor|Chairman|Chairperson|Mayor|Speaker|"
    r"Senator|General|Admiral|Director|Commissioner|Chief|Premier|Chancellor|King|Queen|Prince|"
    r"Princess|Emperor|Empress|Mr|Ms|Mrs|Dr)\.? $")


def _surnames_in_capitals(body: str) -> tuple[str, dict[str, str]]:
    """The body with surnames written in capitals in small letters ("ISHIBA Shigeru" ->
    "Ishiba Shigeru"), of the same length, and each surname so changed -> as written; the body
    itself and {} when it has none. Acronyms of bodies are left as they are ("NATO")."""
    pieces: list[str] = []
    written: dict[str, str] = {}
    last = 0
    for m in _CAPITAL_SURNAME.finditer(body):
        word = m.group(0)
        if word in _KNOWN_ACRONYMS or not _TITLE_BEFORE.search(body, max(0, m.start() - 16), m.start()):
            continue
        following = (body[m.end() + 1:m.end() + 40].split(None, 1) or [""])[0].rstrip(".,;:")
        if fold(word) in ROLE_WORDS or fold(following) in ROLE_WORDS \
                or fold(following) in _ORG_AFTER_ACRONYM:
            continue
        small = "-".join(part.capitalize() for part in word.split("-"))
        pieces += [body[last:m.start()], small]
        written[small] = word
        last = m.end()
    return ("".join(pieces) + body[last:], written) if pieces else (body, written)


# words after an acronym that make it a body's, even after a title ("Minister NATO Summit")
_ORG_AFTER_ACRONYM = frozenset({
    "news", "today", "summit", "group", "forum", "pillar", "office", "agency", "council", "times",
    "post", "daily", "network", "radio", "television", "member", "members", "allies", "leaders",
    "headquarters", "secretariat", "mission", "command", "forces", "force", "army", "navy",
    "treaty", "charter", "declaration", "statement", "report", "party", "government", "ministry",
    "spokesman", "spokeswoman", "spokesperson", "chief", "official", "officials", "plus",
    "countries", "nations", "states", "partners", "partner"})
_KNOWN_ACRONYMS = frozenset({
    "NATO", "USA", "USSR", "ASEAN", "AUKUS", "QUAD", "OPEC", "NASA", "UNESCO", "UNICEF", "WHO",
    "IAEA", "IMF", "WTO", "OECD", "APEC", "BRICS", "NHK", "KBS", "MBC", "SBS", "CNN", "BBC", "ABC",
    "NBC", "CBS", "AFP", "DPRK", "ROK", "PRC", "LDP", "CDP", "JSDF", "SDF", "PLA", "KCNA",
    "FBI", "CIA", "NSA", "DOD", "DHS", "EU", "UN", "UK", "US", "G7", "G20", "COVID", "AIDS", "GDP"})


def _extract_quotes(body: str, title: str = "") -> list[Quote]:
    """`extract_quotes` of a body within the budget."""
    paragraphs = _paragraph_spans(body)
    sentences = sentence_spans(body)
    spans = quote_spans(body, paragraphs)
    narration = _blank_quotes(body, spans)  # who is spoken of is read from the narration only
    people = People()
    # the words the prose writes in lower case ("Application Programming Interfaces" is a
    # term when the text says "interfaces")
    people.lower_words = LowerWords(narration)
    people.outlets = article_outlets(narration)
    people.text = narration
    resolver = Resolver(people, narration)
    found: list[tuple[Span, Attribution]] = []
    prev_speaker: Attribution | None = None
    other_party: Attribution | None = None  # the speaker before the last one
    asked = False  # the last quotation ended with a question
    spoken_of_at_quote = None  # who the narration was about at the last quotation
    prev_paragraph = -2
    topic_paragraph = -9  # the paragraph where people.last was last spoken of
    span_iter = iter(spans)
    next_span = next(span_iter, None)
    out: list[Quote] = []
    reported: list[Quote] = []  # reported speech, read in the same pass
    crossheads: list[Span] = []  # quotations alone in their paragraph that nothing attributes

    # past the last quotation and the last sentence that may report speech, who the narration
    # is about no longer matters: those sentences are not read
    last_span = spans[-1].start if spans else -1
    may_report = _may_report(body, sentences)
    last_report = sentences[max(may_report)][0] if may_report else -1
    read_until = max(last_span, last_report)
    for index, (s_start, s_end) in enumerate(sentences):
        if s_start > read_until:
            break
        if next_span is not None and s_start <= next_span.start < s_end \
                and body[s_start:next_span.start].strip():
            # a sentence read before its quotation: "Curie, 21, came second, but she admitted
            # the accolade "came with a price"": "she" is the subject it opened with (its
            # full stop may stand inside the quotation, blanked in the narration)
            _note_subject(narration[s_start:s_end].strip(), people,
                          prose=_ends_sentence(body[s_start:s_end]))
        # quotes that open in this sentence
        while next_span is not None and next_span.start < s_end:
            span = next_span
            next_span = next(span_iter, None)
            if span.start < s_start:
                continue
            resolver.at = span.start
            attribution = _attribute(body, span, sentences, resolver, narration, paragraphs) \
                or _introduced(body, span, paragraphs, sentences, resolver)
            if attribution is None and prev_speaker is not None and _continues(
                    body, span, paragraphs, prev_paragraph, s_start):
                now = people.last
                if now is not None and now is not spoken_of_at_quote and not now.organisation \
                        and now.name != prev_speaker.speaker and now.name[:1].isupper():
                    # '"...," Mr Derrick said. Westpac's David Lording says the strike is
                    # unjustified. "We have ..."': a sentence between made another the one
                    # spoken of, whose words these are
                    attribution = Attribution(now.name, now.name, now.role, "topic")
                elif asked and other_party is not None and _opens_paragraph(body, span, paragraphs):
                    # '"Do you dispute that?" ... \n\n"There can be a minimal risk ...': the
                    # answer, in a paragraph of its own, is the other party's
                    attribution = Attribution(other_party.speaker, other_party.as_written,
                                              other_party.role, "continued")
                else:
                    attribution = Attribution(prev_speaker.speaker, prev_speaker.as_written,
                                              prev_speaker.role, "continued")
            if attribution is None:
                attribution = _pull_quote(body, span, paragraphs, resolver)
            if attribution is None:
                attribution = _after_reported(body, span, paragraphs, resolver)
            if attribution is None:
                attribution = _closing_cue(body, span, sentences, narration, resolver)
            inner = body[span.inner_start:span.inner_end]
            ahead = body[max(0, span.start - 40):span.start]
            if _is_title(inner) or _NAMED_BEFORE.search(ahead) and not _WHAT_X_CALLED.search(ahead) or (
                    len(inner.split()) <= 5 and _NAME_OF.search(ahead)
                    and not _ACCUSED_OF.search(ahead)) or (
                    len(inner.split()) <= 2 and all(w[:1].isupper() for w in inner.split())
                    and _ARTICLE_BEFORE.search(ahead)) or (
                    len(inner.split()) <= 3 and nickname_at(body, span.start, span.end)) or (
                    " " not in inner.strip() and inner[:1].isupper() and inner[-1:].isalpha()
                    and ahead[-1:].isspace() and ahead.rstrip()[-1:].isalpha()):
                # (a capitalised word quoted inside a sentence is a term: "the boundary of
                # 'Euro-Atlantic' no longer matters")
                # a scare quote, a term or a title, not a quotation; or a nickname inside a
                # name ('Joaquin "El Chapo" Guzman')
                continue
            if attribution is None and _sounds_spoken(inner):
                attribution = _topic_speaker(narration, inner, span, paragraphs, resolver,
                                             topic_paragraph)
            if attribution is None:
                if _alone_in_paragraph(body, span, paragraphs):
                    crossheads.append(span)  # perhaps words a story quotes below it
                continue
            found.append((span, attribution))
            if attribution.speaker and (attribution.speaker[:1].isupper()
                                        or _PEOPLE_DESCRIBED.fullmatch(attribution.speaker)) \
                    and (_ISSUED.search(body, s_start, s_end)
                         or attribution.how != "continued"
                         and (speaking := clean_name(attribution.speaker)) is not None
                         and speaking.organisation):
                # "X said in a statement: ..."; "In a letter to ..., the campaign staffers
                # claim they "..."" (a body, or people described); a body quoted speaks in a
                # statement, which a later "the statement" means
                resolver.document_author = attribution
            if attribution.speaker and attribution.speaker[:1].isupper() \
                    and attribution.how != "continued" \
                    and ((quoted_body := clean_name(attribution.speaker)) is not None
                         and quoted_body.organisation or _names_a_body(attribution.speaker)
                         or _BODY_IN_LOWER_CASE.fullmatch(attribution.speaker)):
                # a body quoted: whom "it said" or "the spokesperson said" next speaks for
                # (a long name too: "Commission on International Religious Freedom")
                resolver.body_reporting = (attribution.speaker, s_end)
            if prev_speaker is not None and attribution.speaker != prev_speaker.speaker:
                other_party = prev_speaker  # who spoke before this speaker: in an exchange,
            prev_speaker = attribution      # the one who answers a question
            asked = body[span.inner_start:span.inner_end].rstrip(" .,").endswith("?")
            spoken_of_at_quote = people.last
            prev_paragraph = span.last_paragraph
            topic_paragraph = span.last_paragraph
        told = narration[s_start:s_end]
        spoken_of = people.last
        # "He pointed to a tax holiday under President George W. Bush": the pronoun opening
        # the sentence looks back from before it, not to a name the sentence goes on to give
        head = told.lstrip()[:48]
        opening = _PRONOUN_OPENING.match(told.lstrip()) \
            if "He" in head or "She" in head or " he " in head or " she " in head \
            else None
        he = people.pronoun(_opening_pronoun(opening)) if opening else None
        speaker_now = people.last
        _note_mentions(told, people, body[s_start:s_end])
        if found and found[-1][0].start >= s_start and speaker_now is not None \
                and speaker_now.name == found[-1][1].speaker and not speaker_now.organisation \
                and found[-1][1].as_written \
                and body.find(found[-1][1].as_written, found[-1][0].end, s_end) >= 0:
            # '... Sanders and Ms. Warren show that "...," said Karen Finney. "...," she
            # said': the names before a quotation do not displace the speaker named after it
            people.last = speaker_now
        reporter = None  # a person named in full whose words the sentence reports
        reports = None  # who the sentence reports the words of
        if told != body[s_start:s_end] and "n a" in told:
            _note_document_giver(told, resolver)  # ('... in a message, said it had "failed"')
        if told == body[s_start:s_end]:  # no quotation in it
            if any(map(told.__contains__, _RELEASED_KEYS)) and _RELEASED.search(told) \
                    and _ISSUED.search(told):
                # "NBC released a statement mourning him": "the statement" is NBC's
                issuer = resolver.resolve(_issuer_phrase(told) or _clause_subject(told.strip()))
                if issuer is not None and issuer.speaker and (
                        issuer.speaker[:1].isupper() or len(issuer.speaker.split()) >= 3):
                    # (a body or a person; or a group described in full, "a group of nearly 90
                    # professors", not "the lawmakers")
                    resolver.document_author = issuer
            elif " in a statement" in told and (said_in := _SAID_IN_STATEMENT.search(told)):
                # "..., Ms Meloni's office said in a statement.": "the statement" is the office's
                issuer = resolver.resolve(said_in.group(1))
                if issuer is not None and issuer.speaker and issuer.speaker[:1].isupper():
                    owned = _PERSONS_OFFICE.fullmatch(issuer.speaker)
                    owner = people.find(owned.group(1)) if owned else None
                    if owner is not None and not owner.organisation:
                        # "Ms Meloni's office": the office of Giorgia Meloni, under her name
                        mark = "’" if "’" in issuer.speaker else "'"  # (as the text writes it)
                        issuer = Attribution(f"{owner.name}{mark}s {owned.group(2)}",
                                             issuer.as_written, issuer.role, issuer.how)
                    resolver.document_author = issuer
            about = people.last
            said = _reported(body, s_start, s_end, resolver) if index in may_report else None
            if said is not None:
                reported.append(said)
                reports = said.speaker
                if said.speaker and " in a" in told and _IN_A_DOCUMENT.search(told) \
                        and said.speaker.casefold() not in PRONOUNS:
                    # "The office said in a statement that ...": the statement is the office's
                    resolver.document_author = Attribution(said.speaker, said.speaker_as_written,
                                                           said.role, "")
                if said.speaker and said.speaker[:1].isupper() \
                        and ((named := clean_name(said.speaker)) is not None and named.organisation
                             or _BODY_IN_LOWER_CASE.fullmatch(said.speaker)
                             or len(said.speaker) >= 2 and said.speaker.isupper()):
                    # (a body in lower case too: "Taiwan's defence ministry said ... It said")
                    resolver.body_reporting = (said.speaker, s_end)
            elif said is None and "n a" in told:
                _note_document_giver(told, resolver)
            if said is None and "said" in told and (end_said := _BODY_SAID.search(told)) \
                    and (teller := resolver.resolve(end_said.group(1))) is not None \
                    and teller.speaker and teller.speaker[:1].isupper() \
                    and (named := clean_name(teller.speaker)) is not None and named.organisation:
                # "The hitch will not put the crew at risk, NASA said.": a body reports, and
                # '"...," a statement said' next is its statement
                resolver.body_reporting = (teller.speaker, s_end)
            if said is None or len(str(said.speaker).split()) < 2 \
                    or clean_name(str(said.speaker)) is None:
                # only a person named in full who reports something is now spoken of; else
                # who the narration is about comes from the sentence's subject, below (or
                # someone unnamed whom the speaker's words made the one spoken of: "the prime
                # minister", when the only one named so is the deputy prime minister)
                if said is None or people.last is None or people.last.name[:4] != "the " \
                        or people.last.name.casefold() != str(said.speaker).casefold():
                    people.last = about
            elif said.start - s_start <= 2:
                # the words reported open the sentence, their speaker after them: no one the
                # sentence opens with is spoken of ("Conservative Christians can ..., said
                # Meighan Stone, ...")
                reporter = people.last
        # (quotations are found in the order of the text: the last one found is the one that
        # may open in this sentence)
        noted = people.noted
        if found and found[-1][0].start >= s_start:
            # '"...," Kishida told reporters after meeting Jens Stoltenberg. "We cannot ..."':
            # who the quotation's own sentence names after it is no one spoken of between
            spoken_of_at_quote = people.last
        elif (told := told.strip()) and reporter is None:
            _note_subject(told, people, he=he, before=speaker_now)
        if "told" in told[-60:] or "said" in told[-40:]:
            _note_teller(told, people)
        if people.last is not spoken_of or people.noted != noted and _a_person(people.last) \
                or people.last is not None and reports == people.last.name \
                and not people.last.organisation:
            # spoken of anew, or again as the sentence's subject or as the one whose words it
            # reports, someone known to be a person ("In the bar, Rollock spells out why ...";
            # "Mogherini said the crisis would need more.", a paragraph quoting her next)
            topic_paragraph = _paragraph_at(paragraphs, s_start)

    names = article_names(narration) if found or reported else []
    quoted: list[list] = []  # the names inside the quotations, read on first need

    def said_names() -> list:
        if not quoted:
            quoted.append(article_names(_only_quotes(body, spans)))
        return quoted[0]

    # (a headline capitalises every word: a run of them with words the story writes in lower
    # case is no name, "Evangelicals Call Out Trump on Syria")
    headline_names = [(-1, name) for _, name in article_names(title) if not name.organisation
                      and not any(w.casefold() in people.lower_words
                                  for w in name.text.split()[:-1])] \
        if title and (found or reported) else []

    alone = {p.name for p in people.persons if p.alone}  # no fuller name is theirs
    found = [(span, att if name == att.speaker else
              Attribution(name, att.as_written, att.role, att.how))
             for span, att in found
             if (name := att.speaker if att.speaker in alone else _given_name(
                 att.speaker, names, span.start, people.lower_words, att.as_written, said_names,
                 headline_names, att.role))
             or not att.speaker]
    found = _holders_named_later(narration, found)
    found = _words_quoted_again(body, found)
    found = _crossheads_quoted(body, paragraphs, found, crossheads)
    found = _acronyms_spelt_out(body, found)
    found = _bodies_named_in_full(narration, names, found)
    _split_quote_speakers(body, found)
    kind = "direct"
    for n, (span, attribution) in enumerate(found, 1):
        inner = body[span.inner_start:span.inner_end]
        if "\n" in inner:  # a quotation over paragraphs: the marks that open each go
            inner = re.sub(r"\s*\n\s*'?" if body[span.start] == "'" else r"\s*\n\s*[“\"«„]?",
                           " ", inner)
        quote_text = inner.strip().rstrip(",;:").rstrip()
        if attribution.how != "split":  # the second half of a split quotation keeps its kind
            kind = "direct" if _starts_sentence(quote_text) else "partial"
        ctx_start, _ = _sentence_bounds(body, sentences, span.start)
        _, ctx_end = _sentence_bounds(body, sentences, max(span.end - 1, span.start))
        out.append(Quote(
            n=n, quote=quote_text, kind=kind, speaker=attribution.speaker,
            speaker_as_written=attribution.as_written, role=attribution.role,
            context=" ".join(body[ctx_start:max(ctx_end, span.end)].split()),
            start=span.inner_start, end=span.inner_end,
        ))
    for q in reported:  # under the most complete name too
        speaker = _given_name(q.speaker, names, q.start, people.lower_words,
                              q.speaker_as_written, said_names, headline_names, q.role)
        if speaker is None:
            continue
        out.append(Quote(n=len(out) + 1, quote=q.quote, kind="indirect", speaker=speaker,
                         speaker_as_written=q.speaker_as_written, role=q.role, context=q.context,
                         start=q.start, end=q.end))
    out.sort(key=lambda q: q.start)
    set_off = _roles_set_off(narration, out)
    return [Quote(n=i, quote=q.quote, kind=q.kind, speaker=q.speaker,
                  speaker_as_written=q.speaker_as_written,
                  role=_post(q.role) or set_off.get(q.speaker or ""), context=q.context,
                  start=q.start, end=q.end) for i, q in enumerate(out, 1)]


def _post(role: str | None) -> str | None:
    """A role that says a post: "Mr" and "Mrs" say none."""
    return None if role and fold(role).rstrip(".") in _HONORIFICS else role


# a post set off after a name: "Jens Stoltenberg, the NATO Secretary General,", "Kim Tae-hyo,
# South Korea's deputy national security adviser,"
_SET_OFF_POST_AFTER = re.compile(r",\s+((?:the|a|an|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*['’]s)\s+"
                                 r"[^,.;:()\"“”]{2,80}?)(?=[,.;]|\s*$)")


_RELATIVE_WORD = re.compile(r"\s(?:who|that|which|whose|where)\s")
_RELATED_TO = re.compile(r"\s(?:of|to|for|with|by)\s+(?:(?:the|a|an)\s+)?$")
_POST_HEAD_END = re.compile(r"\s*(?:$|(?:of|at|for|in|to|on|with|from|and|responsible)\s)")


def _roles_set_off(narration: str, quotes: list[Quote]) -> dict[str, str]:
    """The posts set off after the names of speakers whose attributions gave none: speaker ->
    role, as `_role_of` reads it ("Secretary General")."""
    roles: dict[str, str] = {}
    for q in quotes:
        name = q.speaker
        if q.role or not name or name in roles or len(name.split()) < 2 or not name[:1].isupper() \
                or (named := clean_name(name)) is None or named.organisation:
            continue
        at = narration.find(name)
        while at >= 0:
            m = _SET_OFF_POST_AFTER.match(narration, at + len(name))
            at = narration.find(name, at + 1)
            if m is None:
                continue
            # (what a relative clause says is no post: "a tabloid that reflects official
            # thinking"; the post is the phrase's head, at its end or before a preposition: not
            # "a member of Ennahda's general secretariat")
            phrase = _RELATIVE_WORD.split(m.group(1), 1)[0]
            # (nor the post of someone the phrase relates them to: "the wife of the mayor", "an
            # aide to the president", "a spokesman for the prime minister")
            if (role := _role_of(phrase)) and _POST_HEAD_END.match(phrase, phrase.rfind(role) + len(role)) \
                    and not _RELATED_TO.search(phrase, 0, phrase.rfind(role)):
                roles[name] = role
                break
    return roles


def _acronyms_spelt_out(body: str, found: list[tuple[Span, Attribution]]
                        ) -> list[tuple[Span, Attribution]]:
    """An unnamed speaker described with a body's acronym, spelt out as the text spells it
    ("An EA spokesman" after "the Environment Agency (EA)": "an Environment Agency spokesman");
    a body that speaks under its short name, under the name in full ("The Comelec said", after
    "the Commission on Elections (Comelec)")."""
    if "(" not in body:
        return found
    spelt: dict[str, str | None] = {}

    def spell(acronym: str) -> str | None:
        if acronym not in spelt:
            at = body.find(f"({acronym})")
            run = _RUN_BEFORE_BRACKET.search(body, max(0, at - 200), at) if at > 0 else None
            # (of a short name in mixed case, "Comelec", its capitals)
            spelt[acronym] = re.sub(r"^[Tt]he\s+", "", _OWNER_BEFORE.sub("", run.group(1))) \
                if run and _initials_hold(run.group(1), re.sub("[^A-Z]", "", acronym)) else None
        return spelt[acronym]

    out = []
    for span, att in found:
        speaker = att.speaker
        if speaker[:1].islower() and (acronym := _ACRONYM_IN.search(speaker)) \
                and (full := spell(acronym.group(0))):
            before = speaker[:acronym.start()]
            if before.endswith(("an ", "An ")) and full[:1] not in "AEIO":
                before = before[:-2] + " "  # "an NSC spokesman": "a US National Security ..."
            att = Attribution(before + full + speaker[acronym.end():],
                              att.as_written, att.role, att.how)
        elif speaker[:1].isupper() and (short := _strip_det(att.as_written or "")) \
                and _SHORT_NAME.fullmatch(short) and fold(short) in fold(speaker).split() \
                and (full := spell(short)) and full[:1] == short[:1] and full != speaker \
                and _names_a_body(full):
            # (the short name, perhaps wrongly completed: "Comelec Rules", of "the 1993 Comelec
            # Rules of Procedure")
            att = Attribution(full, att.as_written, att.role, att.how)
        out.append((span, att))
    return out


_ACRONYM_IN = re.compile(rf"\b{_ACRONYM.pattern}\b")  # (in a description: "an EA spokesman")
_SHORT_NAME = re.compile(r"[A-Z][A-Za-z]{1,9}")  # "CRN", "Comelec"
# what completes a body's short name ("Gatwick" of "Gatwick Airport"); not a building's or a
# street's words ("Trump" is no short name of "Trump Tower")
_BODY_TAILS = ORG_WORDS - {"tower", "towers", "street", "stadium", "arena", "plaza", "palace",
                           "center", "centre", "house", "news", "times", "post", "press"}


def _full_body(short: str, bodies: set[str]) -> str | None:
    """The one body of `bodies` that `short` is a short form of: its opening words, the rest
    words of bodies ("Gatwick" of "Gatwick Airport"), each word the start of one ("Met
    Police" of "Metropolitan Police"), or its last words ("Housing Federation")."""
    words = fold(short).split()
    full = set()
    for body in bodies:
        them = fold(body).split()
        if len(them) > len(words) and them[:len(words)] == words \
                and all(w in _BODY_TAILS for w in them[len(words):]) \
                or len(them) == len(words) >= 2 and them != words and them[-1] == words[-1] \
                and all(b.startswith(w) for b, w in zip(them, words, strict=True)) \
                or len(words) >= 2 and len(words) < len(them) <= len(words) + 2 \
                and them[-len(words):] == words \
                and not any(w.endswith(POSSESSIVE) for w in them[:-len(words)]):
            # ("Housing Federation" of "National Housing Federation"; "Murdoch's News UK" is
            # an owner's and the body's names)
            full.add(body)
    return full.pop() if len(full) == 1 else None


def _may_be_longer(short: str, text: str) -> bool:
    """Whether the text may write `short` longer: a capitalised word after it ("Gatwick
    Airport"), before it ("National Housing Federation"), or its words longer ("Metropolitan
    Police")."""
    words = [re.escape(w) for w in short.split()]
    pattern = rf"\b{' '.join(words)}\s+[A-Z]|[A-Z][\w'’-]*\s+{' '.join(words)}\b"
    if len(words) >= 2:
        pattern += r"|\b" + r"\w*\s+".join(words) + r"\b"
    return re.search(pattern, text) is not None


def _bodies_named_in_full(narration: str, names: list[tuple[int, Name]],
                          found: list[tuple[Span, Attribution]]) -> list[tuple[Span, Attribution]]:
    """A body that speaks under a short name ("Gatwick said", "the Met Police said") is given
    under the name the text gives it in full ("Gatwick Airport chief executive ...",
    "Metropolitan Police officers"), unless a person is called so."""
    short = {att.speaker for _, att in found if att.speaker and att.speaker[:1].isupper()
             and len(att.speaker.split()) <= 3
             and fold(att.speaker) in fold(att.as_written or "")}  # (not "he": a person)
    persons = {w for _, name in names if not name.organisation for w in fold(name.text).split()}
    # (a cheap look for a longer form first: reading every body's name costs more)
    short = {speaker for speaker in short if not set(fold(speaker).split()) & persons
             and _may_be_longer(speaker, narration)}
    if not short:
        return found
    bodies = {name for _, name in article_organisations(narration)}
    full = {speaker: body for speaker in short if (body := _full_body(speaker, bodies))}
    return [(span, Attribution(full[att.speaker], att.as_written, att.role, att.how)
             if att.speaker in full else att) for span, att in found]


def _words_quoted_again(body: str, found: list[tuple[Span, Attribution]]
                        ) -> list[tuple[Span, Attribution]]:
    """Words a summary gives to a group or to no one ("Tory MPs asked what his message is to
    'grandparents who want to live their lives'") that the story quotes again from a named
    speaker ("Dame Cheryl Gillan asked: 'What does he say to grandparents who want to live
    their lives ...'") are that speaker's."""
    # (each speaker asked once: an article has a few, each quoted several times)
    unnamed = {speaker: not speaker or _unnamed_or_group(speaker)
               for speaker in {att.speaker for _, att in found}}
    if not any(unnamed.values()) or all(unnamed.values()):
        return found
    named = [(_quoted_words(body, span), att) for span, att in found if not unnamed[att.speaker]]
    out = []
    for span, att in found:
        said = _quoted_words(body, span) if unnamed[att.speaker] else ""
        if len(said) >= 24 and said.count(" ") >= 4:  # (words enough to be the same words)
            again = {a.speaker for text, a in named if said in text and text != said}
            if len(again) == 1:
                att = Attribution(again.pop(), att.as_written, att.role, att.how)
        out.append((span, att))
    return out


def _quoted_words(body: str, span: Span) -> str:
    """The words a quotation says, folded, one space between them: what is compared when
    the same words are quoted again."""
    return " ".join(_TOKEN.findall(body[span.inner_start:span.inner_end].casefold()))


def _alone_in_paragraph(body: str, span: Span, paragraphs: list[tuple[int, int]]) -> bool:
    """A quotation that is its paragraph, nothing else: a crosshead or a pull quote, or a
    paragraph of a speaker's words."""
    start, end = paragraphs[span.paragraph]
    return span.last_paragraph == span.paragraph and span.start == start \
        and not body[span.end:end].strip(" .,")


def _crossheads_quoted(body: str, paragraphs: list[tuple[int, int]],
                       found: list[tuple[Span, Attribution]], crossheads: list[Span]
                       ) -> list[tuple[Span, Attribution]]:
    """A crosshead that quotes words of a story ("'My son asked why'") is by the one speaker
    whose quotation below or above holds them, not by whoever spoke last before it; found so
    even when nothing else attributes it."""
    heads = {span.start for span in crossheads}
    heads.update(span.start for span, att in found if att.how in ("continued", "topic")
                 and _alone_in_paragraph(body, span, paragraphs)
                 and len(body[span.inner_start:span.inner_end].split()) <= 15)
    if not heads:
        return found
    quoted = [(_quoted_words(body, span), span.start, att) for span, att in found if att.speaker]
    out = []
    for span, att in found + [(span, None) for span in crossheads]:
        said = _quoted_words(body, span) if span.start in heads else ""
        if said.count(" ") >= 2:  # (three words or more)
            again = {a.speaker for text, at, a in quoted if at != span.start and said in text
                     and text != said and at not in heads}
            if len(again) == 1:
                speaker = again.pop()
                att = Attribution(speaker, speaker, None, "quoted again") \
                    if att is None or att.speaker != speaker else att
        if att is not None:
            out.append((span, att))
    out.sort(key=lambda item: item[0].start)
    return out


def _unnamed_or_group(speaker: str) -> bool:
    """A speaker given by a description ("a source"), or people by their post ("Tory MPs")."""
    last = fold(speaker.rsplit(None, 1)[-1])
    return is_unnamed(speaker) or last.endswith("s") and last[:-1] in ROLE_WORDS


_OWNED_POST = re.compile(r"[A-Z][\w-]+['’]s\s+(?:[a-z-]+\s+){0,3}[a-z]+")
_NAME_THEN_POST = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*),\s+([^,;:“”\"]{3,120}),"
                             r"\s+(?:said|says|told|added|warned)\b")


# a paragraph that opens with a person's full name and a speech verb
_OPENS_WITH_NAME_SAID = re.compile(r"\n\s*((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s+"
                                   r"(?:said|says|told|added|wrote|warned)\b")


def _named_next(narration: str, first: int) -> str | None:
    """The person a story names for the first time in the paragraph right after the one where
    a post spoke ("Denmark's prime minister has told Donald Trump to "..." / Mette Frederiksen
    said ..."): the post's holder."""
    start = narration.find("\n", first)
    said = _OPENS_WITH_NAME_SAID.match(narration, start) if start >= 0 else None
    if said is None:
        return None
    named = clean_name(said.group(1))
    if named is None or named.organisation or named.text != said.group(1) \
            or named.text.split()[-1] in narration[:first]:
        return None  # (someone named before: not who the post is)
    return named.text


def _post_words(text: str) -> set[str]:
    """The words of a post and its owner, folded: "Australia's intelligence chief" ->
    {"australia", "intelligence", "chief"}."""
    return {fold(without_possessive(w)) for w in re.findall(r"[\w'’-]+", text)
            if len(w) > 3 and w.casefold() not in ("with", "from", "that")}


def _holders_named_later(narration: str, found: list[tuple[Span, Attribution]]
                         ) -> list[tuple[Span, Attribution]]:
    """A post described where the story opens and its holder named after it: the quotations
    are the holder's. "The commander of American forces stationed in South Korea said ...",
    then "Gen. Xavier Brunson, commander of U.S. Forces Korea, made the remark"; "Australia's
    intelligence chief said ...", then "Andrew Shearer, director general of Australia’s Office
    of National Intelligence, said" (two words of the post in common)."""
    def holder(description: str, pattern: re.Pattern[str], fits: Callable[[re.Match], bool]
               ) -> str | None:
        """The one person named with the post within reach after its first quotation."""
        first = min(span.start for span, att in found if att.speaker == description)
        names = {name for m in pattern.finditer(narration, first, first + 1500) if fits(m)
                 and (name := split_role_and_name(m.group(1))[1]) and " " in name}
        return names.pop() if len(names) == 1 else None

    named: dict[str, str] = {}
    for description in {att.speaker for _, att in found}:
        if description.startswith("the ") and _OFFICE_OF.match(description):
            post = description.split(" of ", 1)[0].split()[-1]
            pattern = re.compile(rf"((?:[A-Z][\w.'’-]*\s+){{1,4}}[A-Z][\w'’-]*),\s+(?:the\s+)?"
                                 rf"(?:[\w-]+\s+){{0,2}}{re.escape(post)}\s+of\s")
            name = holder(description, pattern, lambda m: True)
        elif _OWNED_POST.fullmatch(description) and fold(description.split()[-1]) in ROLE_WORDS \
                and fold(description.split()[-1]) not in ORG_WORDS:
            # (a post, not a body: "China's foreign ministry" speaks as the ministry)
            wanted = _post_words(description)
            name = holder(description, _NAME_THEN_POST,
                          lambda m, wanted=wanted: len(wanted & _post_words(m.group(2))) >= 2)
            if name is None:
                # the post, then the name, as another quotation's speaker is written: "China’s
                # ambassador to Britain Liu Xiaming has said ..."
                low = description.casefold()
                names = {att.speaker for _, att in found if att.speaker != description
                         and att.as_written.casefold().startswith(low) and " " in att.speaker
                         and att.speaker[:1].isupper()}
                name = names.pop() if len(names) == 1 else None
            if name is None:
                name = _named_next(narration, min(span.start for span, att in found
                                                  if att.speaker == description))
        else:
            continue
        if name is not None:
            named[description] = name
    if not named:
        return found
    return [(span, Attribution(named[att.speaker], att.as_written, att.role, att.how)
             if att.speaker in named else att) for span, att in found]


# People spoken of as a group, capitalised when they open a sentence ("Analysts said ...")
_GROUPS = frozenset({
    "authors", "analysts", "critics", "residents", "protesters", "protestors", "scientists", "prosecutors",
    "authorities", "judges", "legislators", "lawmakers", "neighbors", "neighbours", "people",
    "staff", "officials", "experts", "researchers", "students", "workers", "doctors", "teachers",
    "police", "villagers", "witnesses", "activists", "economists", "investors", "traders",
    "voters", "fans", "survivors", "relatives", "families", "parents"})


_DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—\n]{1,120}?\s[–—-]\s")  # (" - ": a hyphen typed for one)


def _plain_word_speaker(speaker: str, lower_words: Container[str]) -> str | None:
    """A speaker that is one capitalised word the prose also writes in lower case is no name:
    a group ("Analysts" -> "analysts", a description) or no speaker at all ("Interestingly",
    "Whenever", "Deficit": None, the quotation is left out, as one without a speaker is)."""
    if " " in speaker or not speaker[:1].isupper() or speaker.isupper():
        return speaker
    low = speaker.casefold()
    if low in _GROUPS:
        return low
    if low in lower_words or low in OPENING_WORDS:
        return None
    return speaker


def _given_name(speaker: str | None, names, at: int, lower_words: Container[str],
                as_written: str | None = None, said_names=None, headline_names=(),
                role: str | None = None) -> str | None:
    """The speaker under the most complete name the article gives; None when the word that
    names them is no name at all (`_plain_word_speaker`). `as_written`'s title or pronoun tells
    which of a family it is ("Mrs Blackman", "she"), and so does their `role`. A surname the
    narration never gives in full may be given so inside a quotation (`said_names`: "... four
    years of Donald Trump") or in the headline (`headline_names`)."""
    if not speaker:
        return speaker
    told = as_written.casefold().split() if as_written and len(as_written) < 40 else []
    gender = next((GENDERED_TITLES.get(w) or PRONOUNS.get(w) for w in told
                   if w in GENDERED_TITLES or w in PRONOUNS), None)
    fuller = complete(speaker, names, at, gender, role)
    if fuller and " " not in fuller and fuller[:1].isupper() and said_names is not None \
            and gender_of_name(said := complete(fuller, said_names(), at, gender) or ""):
        fuller = said  # (a person's name, opening with a given name, not a body's)
    if fuller and " " not in fuller and fuller[:1].isupper() and headline_names:
        # the headline's full name of a person the body names by surname only, ending with it:
        # the word after a name in a headline's capitals is as likely its verb ("Trump Reaches")
        ending = [(pos, n) for pos, n in headline_names if n.text.split()[-1] == fuller]
        fuller = complete(fuller, ending, at, gender) or fuller
    if fuller and fuller.count(" ") >= 2 and (what := _opens_with_a_lower_word(fuller, lower_words)):
        fuller = what[1]
    return _plain_word_speaker(fuller, lower_words) if fuller else fuller


def _quoted_pieces(body: str, spans: list[Span]) -> Iterator[tuple[str, bool]]:
    """The text in pieces, each with whether it is inside a quotation (spans may overlap)."""
    pos = 0
    for start, end in sorted((span.inner_start, span.inner_end) for span in spans):
        start = max(start, pos)
        if end <= start:
            continue
        yield body[pos:start], False
        yield body[start:end], True
        pos = end
    yield body[pos:], False


def _blank(text: str) -> str:
    """Spaces for every character but line breaks: offsets and paragraphs unchanged."""
    return "\n".join(" " * len(line) for line in text.split("\n")) if "\n" in text \
        else " " * len(text)


def _blank_quotes(body: str, spans: list[Span]) -> str:
    """The text with the inside of every quotation blanked out, offsets unchanged."""
    return "".join(_blank(piece) if inside else piece
                   for piece, inside in _quoted_pieces(body, spans))


def _only_quotes(body: str, spans: list[Span]) -> str:
    """The text of the quotations alone, offsets unchanged (all else blanked)."""
    return "".join(piece if inside else _blank(piece)
                   for piece, inside in _quoted_pieces(body, spans))


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]+", body):
        spans.append((m.start(), m.end()))
    return spans


def _opens_paragraph(body: str, span: Span, paragraphs: list[tuple[int, int]]) -> bool:
    return any(span.start == p_start for p_start, _ in paragraphs)


def _continues(body: str, span: Span, paragraphs: list[tuple[int, int]], prev_paragraph: int,
               sentence_start: int) -> bool:
    """An unattributed quotation goes on with the last speaker's words when it opens a
    paragraph right after theirs, or opens a sentence in the same paragraph as their quote."""
    if _opens_paragraph(body, span, paragraphs):
        # (picture captions laid out between the paragraphs of one speech, lines of six
        # words or more with no closing stop, do not interrupt it)
        between = [paragraphs[k] for k in range(prev_paragraph + 1, span.paragraph)]
        return span.paragraph - prev_paragraph <= 1 or len(between) <= 3 and all(
            not _ends_sentence(body[start:end]) and len(body[start:end].split()) >= 6
            for start, end in between)
    inner = body[span.inner_start:span.inner_end]
    return (span.paragraph == prev_paragraph and span.start == sentence_start
            and len(inner.split()) >= 3 and (_starts_sentence(inner) or inner.startswith("[")))


# 'Anna Franowska of "Have no fear"': a short quotation after a name and "of" names a body
# `an "Asian NATO"`, `the so-called "Quad"`: a name for a thing, in capitals, not speech (a
# common word there, `a "lifeline"`, may be the speaker's own)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|so-called)\s+$", re.I)
_NAME_OF = re.compile(r"\b[A-Z][\w'’-]*[a-z]\s+of\s*$")
_NAMED_BEFORE = re.compile(r"\b(?:called|titled|entitled|named|nicknamed|known as|so-called|"
                           r"the (?:word|term|phrase|slogan|hashtag))\s*$", re.I)

# 'over what it called "blatantly provocative remarks"': the words of the one who called it so
_WHAT_X_CALLED = re.compile(r"\b(?:what|which|that)\s+(?:(?:it|he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                            r"|(?:[A-Z][\w'’.-]*\s+){1,5})(?:has\s+|had\s+|have\s+)?called\s*$")

# words quoted that may be a title ('asked on "Sunday Night in America."'): `_is_title` says
_QUOTED_TITLE = re.compile(r"[\"“]([^\"“”\n]{1,80})[\"”]")


# verbs that a title in capitals never holds in lower case ("NATO is the North Atlantic ...")
_AUXILIARIES = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had",
                          "can", "could", "should", "must", "do", "does", "did", "not", "we"})


def _is_title(text: str) -> bool:
    """Quoted words in Title Case without a sentence's ending are a name of something (the
    sentence's own full stop may stand inside the closing mark: 'appeared on "Sunday Night in
    America."')."""
    text = text.strip()
    if text.endswith(".") and "." not in text[:-1]:
        text = text[:-1]
    if text.endswith((".", "!", "?")):
        return False
    ws = re.findall(r"[^\W\d_][\w'’-]*", text)
    if len(ws) < 3:
        return False
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with",
             "after", "before", "from", "into", "over", "under", "about"}
    big = [w for w in ws if w.casefold() not in small]
    if any(w in _AUXILIARIES for w in big):
        return False  # a verb in lower case: a sentence ("NATO is the North Atlantic Treaty
        #               Organization"), not a name in title case
    return bool(big) and sum(w[0].isupper() for w in big) / len(big) >= 0.8



def _titles_dropped(text: str) -> str:
    """The text without the titles quoted in it (`_is_title`)."""
    return _QUOTED_TITLE.sub(lambda m: "" if _is_title(m.group(1)) else m.group(0), text) \
        if "“" in text or '"' in text else text


def _starts_sentence(text: str) -> bool:
    start = text.lstrip("…. [")  # "[T]he strains ..." starts one
    first = start[:1]
    # a capital or a digit ("+1 for NATO" too); in a script without case (Chinese, Japanese,
    # Arabic), any letter
    return first.isupper() or first.isdigit() or first.isalpha() and not first.islower() \
        or first in "+-−" and start[1:2].isdigit()


# (or a stop glued to the next sentence where a scrape lost the break: "... property.The")
_SENTENCE_STOP = re.compile(r"[.!?]\s+(?=[A-Z])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")


def _narrated_clause(narration: str, span: Span, paragraphs: list[tuple[int, int]],
                     floor: int = 0) -> str:
    """The narration leading up to a quotation, from the start of its sentence, quotations
    blanked: what a reader takes the subject from. (`floor`: where the sentence starts in the
    text with its quotations, which a quotation that ends a sentence ends: '"... if I wanted
    to." Cameron Russell, 26, voiced his skepticism: "..."')"""
    p_start = paragraphs[span.paragraph][0] if span.paragraph < len(paragraphs) else 0
    p_start = max(p_start, min(floor, span.start), span.start - _CUE_CONTEXT)
    told = narration[p_start:span.start]
    # after the last sentence's end: a pattern that opens with the stop, not with a look-behind
    # (tried at every character of the paragraph)
    opening = 0
    for stop in _SENTENCE_STOP.finditer(told):
        if told[stop.start()] != "." or not _abbreviation_dot(told, stop.start()):
            opening = stop.end()  # (not after "Senator Charles E." or "Mr.")
    return " ".join(told[opening:].split())


def _blank_party_tags(text: str) -> str:
    """The text with its party tags ("McConnell, R-Ky., said", "(D-N.C.)") blanked out."""
    if not any(map(text.__contains__, _PARTY_TAG_KEYS)):
        return text
    # (a tag between commas leaves one: "Nadler, D-N.Y., the former chairman of ..." is a
    # name and its post, apart)
    return _PARTY_TAG.sub(lambda t: " " * (len(t.group()) - 1) + ","
                          if t.group().endswith(",") else " " * len(t.group()), text)


def _resolve_as(resolver: Resolver, phrase: str | None, how: str) -> Attribution | None:
    """The speaker `phrase` names, marked with the cue that found it."""
    att = resolver.resolve(phrase) if phrase else None
    if att:
        att.how = how
    return att


# ' and "will encourage ...,"': a second quotation joined to the first, before their cue
_JOINED_QUOTATION = re.compile(r"\s*,?\s*(?:and|or)\s+[“\"][^“”\"]{3,300}[”\"]")


# "... quoted Kremlin spokesman Dmitry Peskov as [saying]": the one an outlet quotes
# "you can hear one of the officers [saying]", "the video shows Mr Smith [telling]"
_HEARD = re.compile(r"\b(?:hear|hears|heard|shows?|showed|shown|captures?|captured|filmed|caught)\s+"
                    r"((?:[\w.'’-]+\s+){0,6}?[\w.'’-]+)$")
_QUOTES_WHOM_AS = r"\b(?:quoted|quotes|cited|cites)\s+(?!by\s)((?:[\w.'’-]+\s+){0,8}?[\w.'’-]+)\s+as"
_OUTLET_QUOTED = re.compile(_QUOTES_WHOM_AS + "$")
_QUOTED_SAYING = re.compile(_QUOTES_WHOM_AS + r"\s+(?:saying|telling|stating|writing)\b(?!.*[.!?]\s)")


# a sentence that ends on its verb of speech alone, after a comma: "Andreas Lenz, the
# party's spokesman for energy and ..., said." (nothing in it but who said it)
_BARE_SAID_END = re.compile(r",\s+(?:said|says|added|adds|wrote|writes)\.[\"”’']*\s*$")
# what someone was told, asked or urged to do: reported, no cue for the words before it
_TOLD_TO = re.compile(r"\b(?:told|asked|urged|ordered|warned|begged)\s+\w+\s+(?:not\s+)?to\s+[a-z]")


# a sentence that opens with a pronoun and a speech verb: "She said that ...", "He told reporters"
_HE_SAID_BEFORE = re.compile(rf"\s*(?:[Hh]e|[Ss]he|They)\s+(?:also\s+)?(?:{_SAY_ALT}|told)\b")


def _attribute(body: str, span: Span, sentences: list[tuple[int, int]],
               resolver: Resolver, narration: str | None = None,
               paragraphs: list[tuple[int, int]] | None = None) -> Attribution | None:
    s_start, s_end = _sentence_bounds(body, sentences, span.start)
    # (the sentence's start in the text, unless it is inside a quotation before this one)
    floor = s_start if narration and narration[s_start:s_start + 1] == body[s_start:s_start + 1] \
        else 0
    told = _narrated_clause(narration, span, paragraphs, floor) if narration and paragraphs else ""
    _, e_end = _sentence_bounds(body, sentences, span.end - 1)
    after = body[span.end:max(e_end, span.end)]
    inner = body[span.inner_start:span.inner_end]
    if not after.strip() and re.search(r"[.!?…]\W*$", inner):
        # '"... in two days!" Macron told the world via Twitter.': the sentence splitter ends
        # the sentence at the closing mark, but the attribution runs on after it
        _, n_end = _sentence_bounds(body, sentences, min(span.end + 1, len(body) - 1))
        following = body[span.end:min(max(n_end, span.end), span.end + _CUE_CONTEXT)]
        lead = body[max(s_start, span.start - _CUE_CONTEXT):span.start].rsplit("\n", 1)[-1]
        if not re.search(r"[\"“«„]", _titles_dropped(following)) and (
                inner.rstrip("\"”’'").endswith(("!", "?")) or len(following.split()) <= 12
                or _BARE_SAID_END.search(following)) \
                and not (lead.strip() and _before_cue(lead)) \
                and not _TOLD_TO.search(following):
            # (not when the next sentence opens a quotation of its own, nor when a verb before
            # the words gives them: 'The Sheriff's Office tweeted the response "...".
            # Authorities stated ...'; nor when it tells what someone was told to do: '"...."
            # The judge told him not to swear.')
            after = following
    after = after.split("\n", 1)[0][:_CUE_CONTEXT]
    before = body[max(s_start, span.start - _CUE_CONTEXT):span.start]
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]
    # a party tag is no part of the subject: "McConnell, R-Ky., said"
    before = _blank_party_tags(before)
    # a semicolon ends a clause: "Smith called it "interesting"; Miller said "...""
    if ";" in before:
        before = re.split(r";\s+", before)[-1]
    if ";" in told:
        told = re.split(r";\s+", told)[-1]

    # "..." ― Fumio Kishida
    m = _DASH_AFTER.match(after)
    if m and (att := _resolve_as(resolver, m.group("np"), "dash")):
        return att
    # 'despite a call for him to "pause for thought" from Charles Kennedy': the words of the
    # one a noun of speech is from
    if after[:6] == " from " and (m := _FROM_NAME.match(after)) and _NOUN_OF_SPEECH.search(before) \
            and (att := _resolve_as(resolver, m.group("np"), "from")):
        return att
    # "...," Kishida said. / "...," said the spokesman Wang Wenbin.
    # ('..., Dmytro – who uses the call sign "Kholod," meaning cold – told CNN': an aside
    # between dashes, quotation marks and all, is no part of the cue)
    cue_text = _DASH_ASIDE.sub(" ", after) if "–" in after or "—" in after or " - " in after \
        else after
    if (joined := _JOINED_QUOTATION.match(cue_text)) if cue_text[:6].lstrip(" ,")[:1] in ("a", "o") \
            else None:
        # 'to "reaffirm ..." and "will encourage ...," a spokesperson said': the words quoted
        # next, joined to these, share their cue
        cue_text = cue_text[joined.end():]
    # (a title quoted in the cue is no quotation that ends it: '..., Sarah Chayes, the author
    # of the book "Thieves of State: Why Corruption Threatens Global Security," said')
    stripped_after = re.split(r"[\"“”«»]", _titles_dropped(cue_text), maxsplit=1)[0]
    # a party tag or an aside in brackets is not part of the name: "Rep. X (D-N.C.)."
    stripped_after = _BRACKETED.sub(lambda b: " " * len(b.group()), stripped_after)
    stripped_after = _blank_party_tags(stripped_after)
    for inverted in (True, False):  # '"...," said X' first, then '"...," X said'
        m = _after_inverted(stripped_after) if inverted else _after_subject(stripped_after)
        if inverted and m is None and stripped_after[:1] == " " \
                and (complement := _COMPLEMENT_THEN_COMMA.match(stripped_after)):
            # '"America has lost one of the most dependable voices" on foreign affairs, said
            # George W. Bush': the words quoted go on in a phrase of the narration's, then
            # the cue
            m = _after_inverted(stripped_after[complement.end():])
            if m is not None:
                stripped_after = stripped_after[complement.end():]  # (offsets are of it next)
        if m and not m.group("verb")[0].islower():
            m = None  # "the United States" is not the verb "states"
        if m and m.group("verb").lower() in _OBJECT_VERBS and not inverted:
            m = None  # '"...", Corbyn called' is not how news prose attributes
        if m and not inverted and m.group("np").lstrip().split(" ", 1)[0] in _PREPOSITIONS \
                and "," not in m.group("np").strip(" ,"):
            m = None  # "'some brass neck' by attacking the Tories ..., adding": no subject
        np = m.group("np") if m else ""
        if inverted and np.endswith((" close", " familiar")) \
                and (more := _CLOSE_TO.match(stripped_after, m.end("np"))):
            np += more.group(0)  # '"...," said a person close to the Murdochs'
        elif inverted and _POST_LAST.search(np) \
                and (more := _POST_TO_THEN_NAME.match(stripped_after, m.end("np"))) \
                and len((split_role_and_name(np + more.group(0))[1] or "").split()) >= 2:
            np += more.group(0)  # '"...," said U.S. Ambassador to NATO Julianne Smith'
        elif inverted and "".join(np.split()[-1:]).casefold() in _ROLE_NOUNS \
                and (more := _POST_TO_THEN_SET_OFF.match(stripped_after, m.end("np"))):
            np += more.group(0)  # '"...," said Japan's ambassador to NATO, Kazutoshi Aikawa.'
        elif inverted and (_BARE_DOCUMENT.fullmatch(np.strip().casefold())
                           or _A_DOCUMENT.fullmatch(np.strip().casefold())) \
                and (more := _DOCUMENT_FROM.match(stripped_after, m.end("np"))):
            # '"...," said the statement from Grimm's attorney, William McGinley': its author
            np = _document_author(np + more.group(0))
        if m and not inverted and _CONJUNCTION.match(np):
            # '"He will be prosecuted" when he returns, Binyah Kesselly, chairman of ..., told
            # reporters': a clause of time before the subject; but '"...", while Deputy
            # Governor Oleg Klimov indicated ...' is another clause with its own speaker
            head, _, rest = np.partition(", ")
            m = m if _TIME_CLAUSE.match(head) and rest[:1].isupper() else None
            np = rest
        if m and not inverted and np.endswith((" and", " but")):
            m, np = None, ""  # '"respects" Grassley and proclaimed': an object, then a verb
            #                   joined to the sentence's own, whose subject comes before
        if m and not inverted and (hearsay := _SAID_TO_HAVE.search(np)):
            np = np[:hearsay.start()]  # '"...," Perry is alleged to have told a parent'
        # right after a quotation, any speech verb attributes it ("she recalls thinking")
        if m and not inverted:
            # '"criminals" in his entourage, a senior source told Reuters': past the aside
            pieces = np.split(", ")
            while len(pieces) > 1 and _is_aside(pieces[0].strip()):
                pieces.pop(0)
            if len(pieces) > 1 and pieces[0].lstrip()[:1].islower() \
                    and not inner.rstrip().endswith((",", ".", "!", "?")):
                # '"... to give Uncle Sam" that money in taxes, he said': the words run on
                # past the quotation in the sentence; its subject comes after the last comma
                pieces = pieces[-1:]
            np = ", ".join(pieces)
        if m and not inverted and np.casefold() in ("he", "she") \
                and (topic := _SAID_OF.match(m.group("rest"))):
            # '"I want to see what she thinks," he said of Harris': Harris is spoken of, not
            # the one speaking
            _not_the_topic(resolver, topic.group(1), PRONOUNS[np.casefold()])
        elif m and not inverted and np.casefold() in ("he", "she") and before.strip():
            # 'In May, editor-in-chief Emma Tucker announced ... to shift the "..." to
            # Singapore, she said': the pronoun after words quoted inside a sentence is its
            # subject's, when the gender fits
            _subject_spoken_of(resolver, before, PRONOUNS[np.casefold()])
        if m and m.group("verb").lower() in ("reported", "reports", "said", "says") and _is_outlet(np) \
                and (relayed := _before_cue(_unquote_names(before))) is not None \
                and relayed.verb[:1].islower() and _CUE_OF.get(relayed.verb.lower()) == "say" \
                and (att := _resolve_as(resolver, _subject(relayed.np), "before")):
            return att  # 'Xi, who told him he "welcomes ...", Xinhua reported': Xi's words,
            #             which the agency relays
        if m and np.endswith(" as") and (relayed := _OUTLET_QUOTED.search(np)) \
                and (att := _resolve_as(resolver, relayed.group(1), "after")):
            return att  # '"...," China's CCTV quoted Prabowo as saying': Prabowo's words
        if m and not inverted:
            np = _past_is_how(np)
        if m and not inverted and _IN_WHAT.match(np):
            m = None  # '"...", in what Netanyahu said was a response': an event's account
        if m and not inverted and (relative := _THING_SAID_BY.search(np)):
            np = relative.group(1)  # '"perfectly", a point the company emphasized'
        if m and (att := _resolve_as(resolver, np, "after")
                  # (a name, its party and a long post: "Rep. Jerrold Nadler, D-N.Y., the
                  # former chairman of the subcommittee on the Constitution, Civil Rights ...")
                  or "," in np.strip(" ,") and (subject := _subject(np)) != np
                  and _resolve_as(resolver, subject, "after")):
            return att
    # '..., "...," according to an official': the cue right after the words is theirs, before
    # any subject of the sentence they close ("Efforts were made ..., "...," according to X")
    m = _ACCORDING.match(after.lstrip(" ,"))
    if m and _HE_SAID_BEFORE.match(before):
        m = None  # 'She said that ... she was "at a loss", according to Stuff': where the
        #           report comes from; "she" is who said it
    if m and not _is_outlet(m.group("np")) and not _DOCUMENT.search(m.group("np")) and (
            att := _resolve_as(resolver, m.group("np"), "according to")):
        return att  # (a document after the words, "according to a readout from her office",
        #              tells where they were written down: "Wong said" before them first)
    # 'Remarked Center for Biological Diversity scientist Tierra Curry, "..."': the verb first
    m = _VERB_FIRST.match(before)
    if m and m.group("verb").casefold() in _VERB_SET and _CUE_OF.get(
            m.group("verb").casefold()) == "say" and (
            att := _resolve_as(resolver, m.group("np"), "after")):
        return att
    # '"The people who control popularity," says Munn, "are ..."': the second half of a
    # quotation split by an inverted verb and its subject
    m = _SPLIT_INVERTED.search(before)
    if m and _CUE_OF.get(m.group("verb")) == "say" and (
            att := _resolve_as(resolver, m.group("np"), "after")):
        return att
    # he was told by Emergencies Minister Yevgeny Zinichev of "..." / with Zinichev describing "..."
    m = _search(_PASSIVE, before) or _search(_WITH_PARTICIPLE, before)
    if m and (att := _resolve_as(resolver, m.groupdict().get("np") or m.group("np2"), "before")):
        return att
    # citing the Chuck Jones quote that "..." / Churchill's line: "..."
    m = _search(_QUOTE_OF, before)
    if m and (att := _resolve_as(resolver, m.group("np"), "quote of")):
        return att
    # Kishida said: "..." / Mao Ning said Monday that "..." / Kishida told Reuters that "..."
    # a short quoted name inside the subject ('Anna Franowska of "Have no fear", a charity,')
    # is read as plain words, so that the subject is not cut at its quotation marks
    unquoted = _unquote_names(before)
    m = _before_cue(unquoted)
    if m is not None and (", who" in unquoted or ", which" in unquoted) \
            and (named := _relative_clause_speaker(m)) \
            and (att := _resolve_as(resolver, named, "before")):
        return att
    scorned = m.rest if m is not None and m.verb.lower() in _SCORN_VERBS else ""
    while m and m.verb.lower() in _SCORN_VERBS and not _AS_BEFORE.search(m.rest):
        # "slammed Schiff for his claims that "..."": not theirs; a verb after it may be
        # ("Podolyak mocked the notion of it, tweeting: "..."")
        later = _before_cue(m.rest)
        m = later and Cue(unquoted[:len(unquoted) - len(later.rest) - len(later.verb)].rstrip(),
                          later.verb, later.rest)
    if scorned and m and m.group("verb") in _PARTICIPLES and m.group("np").endswith(" for") \
            and (scorned_for := _before_cue(scorned)) is not None \
            and (att := _resolve_as(resolver, scorned_for.np.strip()[:-4].strip(), "before")):
        return att  # "... condemned the Queensland senator Fraser Anning for saying: "...""
    if m and m.group("verb") in _ADDRESSEE_VERBS and _PASSIVE_BEFORE.search(
            unquoted, 0, len(unquoted) - len(m.group("rest")) - len(m.group("verb"))):
        m = None  # "The PM was reminded that people 'are only young once'": told, not telling
    if before.rstrip().endswith(_PARTICIPLE_ENDS) \
            and (note := _NOTE_THEN_PARTICIPLE.search(before)) and (
            att := _resolve_as(resolver, f"the {note.group(1).strip()}", "document")):
        return att  # "The Hill obtained a campaign note warning that '...'": the campaign's
    if m and (m.group("verb") in _PARTICIPLES
              and (relayed := _OUTLET_QUOTED.search(m.group("np")) if m.group("np").endswith(" as")
                   else _HEARD.search(m.group("np")))
              # ("X said that ... Spiegel Online quoted Y as saying that ...": Y, the nearer)
              or "quot" in m.group("rest") and (relayed := _QUOTED_SAYING.search(m.group("rest")))) \
            and (att := _resolve_as(resolver, relayed.group(1), "before")):
        return att  # "Interfax quoted Kremlin spokesman Dmitry Peskov as saying ...": Peskov
    if m and m.group("verb") in _PARTICIPLES and (issued := _ISSUED_THEN.search(m.group("np"))) \
            and (att := _resolve_as(resolver, _subject(issued.group(1)), "before")):
        return att  # "the Philippine defense department issued an initial statement saying"
    if m and m.group("verb") in _PARTICIPLES:
        clause = told or body[s_start:span.start]
        clause = clause[dateline.end():] if (dateline := DATELINE.match(clause)) else clause
        # '"...," she said, adding that "..."': the one who said, right before the participle
        said = _SAID_THEN_PARTICIPLE.search(clause)
        if said and (att := _resolve_as(resolver, said.group(1), "before")):
            return att
        if (seen := _PERSON_BEFORE_PARTICIPLE.search(m.group("np"))) is not None \
                and _GENERIC_PERSON.fullmatch(seen.group(2)) \
                and (att := _resolve_as(resolver, seen.group(1), "before")):
            return att  # "The video then cuts to the masked militant warning that": the militant
        if att := _resolve_as(resolver, _main_subject(clause) or _clause_subject(clause), "before"):
            return att
    if m and m.group("verb") in ("read", "reads") and _DOCUMENT.search(m.group("np")) and (
            att := _resolve_as(resolver, _document_author(m.group("np")), "document")):
        return att
    if m and m.group("np").endswith(",") and m.group("verb").lower() in _SET_OFF_VERBS \
            and "," in m.group("rest") and m.group("rest")[:1] == " " \
            and (named := m.group("rest").split(",", 1)[0].strip()) \
            and len(named.split()) <= 6 and (name := split_role_and_name(named)[1]) \
            and named.endswith(name) and (att := _resolve_as(resolver, named, "after")):
        return att  # 'Her comments, said Josh Earnest, the White House press secretary, are
        #             "..."': the one the verb set off inside the sentence names
    if m:
        verb, rest = m.group("verb").lower(), m.group("rest")
        weak_ok = (verb not in _WEAK_VERBS or verb in _OBJECT_VERBS
                   or re.search(r"\b(?:that|out)\b|[,:]\s*$|^\s*\w+ing\s*$", rest)
                   # "Trump noted his "strength, passion and wisdom"": the words are the
                   # subject's, about someone
                   or re.fullmatch(r"\s*(?:his|her|their|its)\s*", rest)
                   # "The ministry posted on its X account, warning Japan to "...": a
                   # participle of speech after it, whose subject is the verb's
                   or ", " in rest and _PARTICIPLE_AFTER.search(rest)
                   # "He suggested a scenario, in which "the equipment has been ...""
                   or len(inner.split()) >= 6
                   # "He accused Russia of "trying to drag out negotiations"": the accuser's words
                   or verb in _ACCUSING and rest.rstrip().endswith(" of"))
        if weak_ok and len(rest) <= 300 and not re.search(r"\b(?:not|never)\s*$", m.group("np")) \
                and not (verb in _OBJECT_CONTROL and _TO_SAY_AFTER.match(rest)):
            # (not "The senator urged the minister to say that "...": what the one urged is
            # asked to say, no one's words yet)
            subject = _subject(m.group("np"))
            if _NAMED_DOCUMENT.match(subject) or _DOCUMENT_BY.match(subject):
                # "a Biden campaign release declared", "Statements issued by the UAE said"
                subject = _document_author(subject)
            sentence_subject = _sentence_subject(body[s_start:span.start])
            if not subject.strip(" ,") or _BARE_CONJUNCTION.fullmatch(subject.strip(" ,")):
                # "Miller urged her "swift release," but said he ... "...": a verb joined to
                # the clause before it, the quotation's marks between: that clause's subject
                sentence_subject = _clause_subject(body[s_start:span.start]) or sentence_subject
            if sentence_subject.endswith(("'s", "’s")):
                sentence_subject = ""  # an owner: "Donald Trump's [eldest sister] has said"
            att = resolver.resolve(subject) or resolver.resolve(sentence_subject)
            if att:
                att.how = "before"
                return att
        if m.group("np").endswith(",") and _CUE_OF.get(verb) == "say" \
                and (inverted := _INVERTED_THEN_PARTICIPLE.match(rest)) \
                and inverted.group(2) in _PARTICIPLES \
                and (att := _resolve_as(resolver, inverted.group(1), "after")):
            # "It was an unfortunate incident, said Noble Caledonia, adding that "..."": no
            # subject before the verb; the one after it, whom the participle goes with
            return att
    # according to X, "..." / "...", according to X
    for chunk in (before, after):
        m = _ACCORDING.search(chunk)
        if m and not _is_outlet(m.group("np")):
            np = m.group("np")
            if _DOCUMENT.search(np):  # "according to a statement released by Erdogan's office"
                np = _document_author(np)
            elif source := _BODY_SOURCE.match(np):
                np = source.group(1)  # "according to NASA information on the vehicle": NASA
            if att := _resolve_as(resolver, np, "according to"):
                return att
    # He based his campaign on the pledge to begin "..." / her call for "...": a noun of
    # speech gives the words to the subject of its clause
    if _SPEECH_NOUN.search(before) and (
            att := _resolve_as(resolver, _main_subject(told or before), "speech noun")):
        return att
    # X made the following comment: "..." / in a series of tweets: "..."
    if _COLON_CUE.search(before):
        # "The palace issued the following statement from the king: "..."": the king's words
        if " from " in before[-90:] and (given := _STATEMENT_FROM.search(before)) \
                and (att := _resolve_as(resolver, given.group("np"), "colon")):
            return att
        # 'Barack Obama: "..."' (a caption, a transcript): the name right before the colon
        named = _trailing_name(before.rstrip(": "))
        subject = (named if named and len(named.split()) >= 2 else None) \
            or _clause_subject(told or before) or _subject(before.rstrip(": "))
        if named and named[:5] in ("Said ", "Says ") and before.lstrip().startswith(named) \
                and resolver.people.find(named[5:]) and not resolver.people.find(named):
            subject = named[5:]  # 'Said Jeter: "..."': the verb, then one named before (not
            #                      Said Ali, named so)
        if named and " and " in before and (pair := _JOINT_BEFORE_COLON.search(before)) \
                and pair.group(1).endswith(named) and _two_people(pair.group(1)):
            subject = pair.group(1)  # "CNN's Joseph Ataman and Clare Sebastian: "..."": both
        if att := _resolve_as(resolver, subject, "colon"):
            return att
    return None


def _unquote_names(text: str) -> str:
    """The text with the marks around a short quoted name off ('of "Have no fear", a charity')."""
    if not any(map(text.__contains__, "“\"«")):
        return text  # (most texts before a quotation hold no other)
    return re.sub(r"[“\"«]([^“”\"«»]{1,40})[”\"»]",
                  lambda q: q.group(1) if len(q.group(1).split()) <= 5
                  and not q.group(1).endswith(",") else q.group(0), text)


_SERVICES = frozenset({"Army", "Navy", "Marine", "Marines", "Air", "Force", "Coast", "Guard"})


def _is_titled_name(phrase: str) -> bool:
    """"Professor Jean-Jacques Muyembe", "Kishida": a name, perhaps after a title (and the
    service whose rank it is: "Army Brigadier General Lewis Boone")."""
    toks = _strip_det(phrase).split()
    while toks and (toks[0].casefold().strip(",") in ROLE_WORDS
                    or toks[0] in _SERVICES and toks[1:2] and toks[1].casefold() in ROLE_WORDS):
        toks.pop(0)
    return bool(toks) and all(_is_name_token(t) or t in NAME_PARTICLES for t in toks)


def _opens_with_name(part: str) -> bool:
    """"Professor Michael Siegel of Boston University": a name (after any title) opens it."""
    toks = _strip_det(part).split()
    while toks and toks[0].casefold().strip(",") in ROLE_WORDS:
        toks.pop(0)
    return len(toks) >= 2 and _is_name_token(toks[0]) and _is_name_token(toks[1])


# a conjunction or an adverb of time that opens a sentence before its subject's name: "But
# Andrew Bacevich, ...", "Later al-Eryani said", "Earlier Ms Lee had said"
_LEADING_LINK = re.compile(r"^(?:and|but|yet|so|still|meanwhile|however|later|earlier|also|then|"
                           r"afterwards?|now|separately|previously|subsequently|instead|"
                           r"eventually|finally|initially|recently),?\s+(?=[A-Z])", re.I)


_TIME_CLAUSE = re.compile(r"(?:when|after|before|as soon as|once|until|if)\s", re.I)
_WHICH_AS_SUBJECT = re.compile(r"(?!(?:the|a|an|his|her|their|its|he|she|they)\s)[a-z]")
_CLAUSE_BREAK = re.compile(r"\b(and|but|that|which|while)\s+")  # (the word kept: see _subject)
# "and" between two capitalised words of a run that names a body
_BODY_AND = re.compile(r"(?<=\w) and (?=[A-Z])")
_AND_IN_NAME = "\x00and\x00"


# where someone or something is, ending a phrase: "... Forum in Israel", "... in the city"
_POSTED_ABROAD = frozenset({"embassy", "consulate", "mission", "office", "bureau", "branch"})
_MISSIONS = ("embassy", "consulate", "high commission", "permanent mission")
# a body sent to a country or to another body: "the Chinese Mission to the EU"
_SENT_ABROAD = frozenset({"mission", "delegation", "embassy", "legation"})
_SENT_TO_END = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
_IN_PLACE_END = re.compile(r"\s+(?:in|at)\s+(?:the\s+[a-z]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)$")


# the capitalised words a phrase ends with ("... from the National Transportation Safety Board")
_BODY_AFTER_OWNER = re.compile(r"['’]s\s+((?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*)$")
_BODY_RUN_END = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w.&'’-]*)*$")
# the word that joins a body's name to the words of its name after it ("Council for", "the
# Study of", "Strategic and")
_BODY_NAME_TAIL = re.compile(r"\b(?:of|for|and|the|in|on)\s+(?:[A-Z][\w.'’&-]*\s+)*$")


def _names_a_body(phrase: str) -> bool:
    """A run of capitalised words (with "of", "and", "for") holding a word of an
    organisation: "American College of Obstetricians and Gynecologists"; "in" joins a place
    into the name before the body's word ("Change in Syria Conference")."""
    toks = _strip_det(phrase).split()
    if "in" in toks and not ORG_WORDS.intersection(fold(t) for t in toks[toks.index("in"):]):
        return False  # "Amnesty International in London": a body, then where
    if any(fold(t) in ROLE_WORDS and fold(t) not in ORG_WORDS and after[:1].isupper()
           and before not in ("of", "for", "on", "and", "the")
           for before, t, after in zip([""] + toks, toks, toks[1:], strict=False)):
        # "Center for ... Studies President John Hamre": a body's post, its holder (not the
        # portfolio after "of", "on": "Council on Foreign Relations")
        return False
    words = {fold(t).rstrip(".,") for t in toks}
    # the words of posts before its portfolio: "Bank President X" is a person; "Office for
    # the Coordination of Humanitarian Affairs", "Office of the Director of ..." are bodies
    head = {fold(t).rstrip(".,") for t in itertools.takewhile(
        lambda t: t not in ("of", "for", "on"), toks)}
    return len(toks) >= 2 and toks[0][:1].isupper() \
        and all(t[:1].isupper() or t in ("of", "and", "for", "on", "the", "in") for t in toks) \
        and bool(words & ORG_WORDS) and not (head & ROLE_WORDS) - ORG_WORDS
    # ("Associated Press" is a body: "press" names both)


def _joined_and(m: re.Match) -> str:
    """Keep "and" inside a body's name: the run of capitalised words around it holds a word
    of an organisation ("College", "Television", "Association")."""
    text = m.string
    left = re.search(r"(?:[A-Z][\w.'’-]*\s+(?:of\s+|for\s+|the\s+)?)*[A-Z][\w.'’-]*$",
                     text[:m.start()])
    right = re.match(r"[A-Z][\w.'’-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w.'’-]*)*", text[m.end():])
    if not left or not right:
        return m.group(0)
    if _PREPOSITION_END.search(text, 0, left.start()):
        # the object of a preposition: "communications director for Citizens for Responsibility
        # and Ethics in Washington" (one body, or two named together: no clause after "and")
        return _AND_IN_NAME
    words = {fold(w) for part in (left, right) for w in part.group(0).split()}
    return _AND_IN_NAME if words & ORG_WORDS else m.group(0)


_PREPOSITION_END = re.compile(r"\b(?:[a-z]+\s+(?:of|for|at|from)|with)\s+(?:the\s+)?$")


# "as X said" after a clause: X, whatever the clause's subject ("herself" is no part of it)
_AS_NAME_SAID = re.compile(r"(?:^|,\s*)as\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
                           r"(?:\s+(?:herself|himself|themselves|itself))?$")


# what is left of a wire story's dateline (`text.DATELINE`) before a subject once its commas
# and brackets are cut ("2024 - ")
_DATELINE_END = re.compile(r"^\s*(?:\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}|[A-Z]{2}[A-Z.'’ ]*)\s*"
                           r"[-—–]{1,2}\s+(?=[A-Z])")
# a body not named: "the company", "the health ministry"
_THE_BODY = re.compile(r"the\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(
    sorted(w for w in ORG_WORDS if w.isalpha())) + r"|firm)")
# a dash that sets off an apposition as a comma would, with another: spaced, or a long one
_DASH = re.compile(r"\s+[-–—]+(?:\s+|$)|\s*—\s*")


_RELATIVE_END = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
                           r"(?:\s+(?:of|from|at)\s+[^,]{1,60})?(?:,|\s+[–—])?\s+who\s*$")


# an inverted verb's subject, then a clause of theirs: ", said a senior official, who"
_INVERTED_THEN_WHO = re.compile(r"\s+[^,;:]{3,80},\s+who\s")
_SAID_X_WHO = re.compile(rf",\s+(?:{'|'.join(sorted(_SET_OFF_VERBS))})\s+([^,]{{3,80}}?),?\s+who$")
_APPOSED_WHO = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+(?:an?|the|[A-Z][\w-]+['’]s)"
                          r"\s+[^,]{1,100},?\s+who\s*$")


_AGE_APPOSITION = re.compile(r",\s*\d{1,3},\s")  # "Charles Lewis, 91, from ..."
_GLUED_SENTENCE = re.compile(r"\b[A-Z][\w'’-]*[a-z]\s+(?=(?:The|A|An)\s+[a-z])")
_DESCRIBED_TAIL = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}((?:[a-z][\w-]*\s+){1,3})"
                            r"((?:[A-Z][\w'’.-]*\s+){1,2}[A-Z][\w'’-]*)$")
_TRAILING_NAME_RUN = re.compile(r"(\S+)\s+((?:[A-Z][\w'’.-]*\s+){1,5}[A-Z][\w'’-]*)$")
# words before a name that make it an object, not a subject ("a lawyer for Pete Saunders")
_LINKS_BEFORE_NAME = frozenset({"of", "for", "at", "the", "and", "to", "from", "by", "with", "a",
                                "an", "in", "on", "as", "than", "like", "about", "against"})
# "... the party's pledge today Scotland's ...", "... in 2013 Scotland's ...": what a caption
# ends on before the text it runs into
_TIME_WORDS = frozenset({"today", "yesterday", "tonight", "tomorrow"})
_LOWER_VERB = re.compile(r"\s[a-z]{3,}(?:s|ed)\s")  # "joins", "launched": a clause's verb


# what a list in a post's name goes on with: "Civil Rights and Civil Liberties" of "the
# chairman of the subcommittee on the Constitution, Civil Rights and Civil Liberties"
_CAPITALISED_LIST = re.compile(r"(?:and\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’.-]*)*")


def _described_after(parts: list[str]) -> bool:
    """The comma-separated parts after a name are what it is: descriptions and posts ("the
    former chairman of ...", "Minister for ..."), a party's tag ("D-N.Y."), and the rest of a
    list that a description opened."""
    described = False
    for part in parts:
        if _DESCRIPTION.match(part) or _POST_OF.match(part) or part[:1].islower() \
                and _AFFILIATION_END.search(part) and (
                    (first := part.split(None, 1)[0]) in ROLE_WORDS or _PERSON_NOUN.search(first)) \
                or part[:1].islower() and all(w in ROLE_WORDS or w in ("and", "&")
                                              for w in part.split()):
            described = True  # ("curator and director of exhibits at the University of X",
            #                    "chairman and chief executive")
        elif not (PARTY_TAG.match(part)
                  or described and _CAPITALISED_LIST.fullmatch(part)):
            return False
    return described


_IT_WAS_WHEN = re.compile(_IT_CAME_WHEN + "(?=[A-Z])")  # "This was after Donald Trump [tweeted]"


# a subordinate clause at the end of the words before a verb, and its subject
# a clause of time or reason after the main clause, its subject a pronoun: ", when he"
_MAIN_THEN_PRONOUN = re.compile(r",?\s+(?:when|as|after|before|while|because|since)\s+(he|she)$")
_MAIN_THEN_IT = re.compile(r",?\s+(?:when|as|after|before|while|because|since|where|in which|what)\s+it$")
_SUBORDINATE_THEN = re.compile(r"\s(?:because|since|although|though|while|whereas|after|once)"
                               r"\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|he|she|they)$"
                               # "details of what the special counsel [called]"
                               r"|\swhat\s+(the\s+[a-z]+(?:\s+[a-z]+)?)$")


# "SANDERS SAYS HIS PLAN WOULD SAVE MONEY In a letter to ...": a headline in capitals
_SHOUTED_LEAD = re.compile(r"^(?:[A-Z0-9$][A-Z0-9$,.'’-]*\s+){3,}(?=[A-Z][a-z])")


# people described, in the plural: "the campaign staffers", "the lawmakers", "local officials"
_PEOPLE_DESCRIBED = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,3}[a-z-]+(?:ers|ors|ists|ians|als|"
                               r"ents|ants|ives)")


# a name, then a clause about it set off by commas: the name is the subject
# (the who-clause may end on a name set off, its object's: "Kiran Munir, who lost her husband,
# Haroon Mahmood, [said]")
_NAME_WHO_CLAUSE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+who\s+[^,;:]+"
                              r"(?:,\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)?$")


# a thing said, then the clause that says who said it, "that" left out: "a point the company
# [emphasized]", "a view his party [shares]"
# "a move that Estonian Foreign Minister Margus Tsahkna [said was]": the name the relative
# clause opens with speaks (a run of capitalised words, two at least)
_THAT_NAME_SAID = re.compile(r"\s(?:that|which)\s+((?:[A-Z][\w'’.-]*\s+){1,6}[A-Z][\w'’-]*)$")
_THING_SAID_BY = re.compile(
    r"(?:^|,\s+)(?:a|an|the|one)\s+(?:[a-z-]+\s+)?(?:point|argument|claim|message|view|theme|"
    r"sentiment|charge|warning|concern|assessment|position|stance|remark|comment|line)\s+"
    r"((?:the|a|an|its|his|her|their)\s+[^,]+)$")


# a body's or a place's name, its possessive, then a person's name: "Goldman's Hatzius"
_OWNERS_NAME = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:['’]s|s['’])\s+"
                          r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


_IN_WHAT = re.compile(r"[\s,]*(?:in|by|of)?\s*what\s")
_BARE_CONJUNCTION = re.compile(r"(?:but|and|yet|then|and then|but also)", re.I)


_PLURAL_POST_SURNAME = re.compile(r"(?:(?:the|[A-Z][\w.'’-]*)\s+)?[a-z]+s\s+[A-Z][\w'’-]+")


def _two_people(np: str) -> tuple[str, str] | None:
    """Two people, each named in full, joined by "and" as one subject: "Leader Kevin Falcon and
    his critic for mental health Elenore Sturko", "Justice William Young and Jacqui Caine" (not
    a body's name with "and", nor "Kishida met Biden and Yoon": the words before a name are
    titles, or a post after "his"/"her")."""
    at = np.find(" and ")
    while at > 0:
        left, right = np[:at], np[at + 5:]
        if open_portfolio(left):  # ("Minister for Digital Technology and Enterprise X": one)
            at = np.find(" and ", at + 5)
            continue
        if _named_in_full(left, own_post=False) and _named_in_full(right, own_post=True):
            return left, right
        if _PLURAL_POST_SURNAME.fullmatch(left) and _named_in_full(right, own_post=True) \
                and left.split()[-2][:-1].casefold() in ROLE_WORDS:
            # "commissioners Young and Jacqui Caine": a post in the plural, then both
            return left.split()[-1], right
        at = np.find(" and ", at + 5)
    return None


def _and_named_after(np: str, subject: str) -> str | None:
    """The subject and the person named in full after its "and", up to the verb in lower case
    that follows both ("X and FBI attorney Lisa Page exchanged ...")."""
    rest = np[len(subject) + 5:].split()
    for k in range(2, min(len(rest), 9)):
        if rest[k][:1].islower() and rest[k - 1][:1].isupper() \
                and _two_people(pair := f"{subject} and {' '.join(rest[:k])}"):
            return pair
    return None


def _named_in_full(part: str, own_post: bool) -> bool:
    """The words are a person's full name at their end, after words in capitals, titles and
    bodies ("Opposition B.C. United Leader Kevin Falcon") or, if `own_post`, after "his"/"her"
    and a post in lower case ("his critic for mental health and addiction Elenore Sturko")."""
    words = part.split()
    if not 2 <= len(words) <= 14 or "," in part:
        return False
    role, name = split_role_and_name(part)
    if not name or len(name.split()) < 2 or not part.endswith(name) \
            or (named := clean_name(name)) is None or named.organisation:
        return False
    before = words[:len(words) - len(name.split())]
    if own_post and before and before[0].casefold() in ("his", "her", "their"):
        return all(w[:1].islower() or fold(w) in ROLE_WORDS for w in before[1:])
    # (in lower case, a post's words, "senior agent", and modifiers, "far-right")
    return all(w[:1].isupper() or fold(w) in ("the", "of", "for") or fold(w) in ROLE_WORDS
               or "-" in w or fold(w) in ROLE_NOUNS for w in before)


_ANOTHER_SUBJECT = re.compile(r"\b(?:and|but)\s+(?:the|a|an|[A-Z])")
_VERBED_FOR = re.compile(r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?[a-z]+ed\s+(?:for|after)$")


def _subject(np: str) -> str:
    """The speaker in the words before a speech verb (`_subject_of`); a body's name that the
    text gives an acronym holds "and" ("the Clergy and Citizens for Good Governance (CCGG)"):
    one name, not two, whose last words alone are no subject."""
    np = _past_is_how(np)
    if np.endswith((" for", " after")) and (verbed := _VERBED_FOR.search(np)) \
            and (subject := _subject_of(np[:verbed.start()])) \
            and split_role_and_name(subject)[1]:
        return subject  # "Fox News host Eric Bolling apologised for [calling]": who apologised
    if np.endswith(" to") and (purpose := _clause_subject(np)) and purpose != np.strip() \
            and len(purpose.split()) <= 6 \
            and np[len(purpose):].split(None, 1)[0].casefold() not in _OBJECT_CONTROL:
        # "The Ukrainian leader used a televised address on Tuesday to [say]": who says is
        # the clause's subject (not "urged the minister to [say]": the one urged)
        np = purpose
    if " and " in np and _two_people(np.strip(" ,")):
        return np.strip(" ,")  # two people named, both the subject: a joint statement's
    if " and " in np and ", " in np.strip(" ,") \
            and _two_people(pair := np.strip(" ,").rsplit(", ", 1)[1]) \
            and np.strip(" ,").rsplit(", ", 1)[0].split()[-1][:1].islower():
        return pair  # "Nixon's daughters, Tricia Nixon Cox and Julie Nixon Eisenhower,"
    subject = _subject_of(np)
    if subject and np.startswith(subject + " and ") and (pair := _and_named_after(np, subject)):
        return pair  # "FBI senior agent Peter Strzok and FBI attorney Lisa Page exchanged ..."
    if subject and " and " in np and np.startswith(subject + ", ") \
            and (listed := _places_listed_after(subject, np[len(subject):])):
        return listed  # "Officials from Japan, South Korea and Australia": all three's
    if "(" not in np or " and " not in np or not subject:
        return subject
    for bracket in _ACRONYM_BRACKET.finditer(np):
        run = _ACRONYM_RUN.search(np, 0, bracket.start())
        if run is None or " and " not in run.group(1):
            continue
        words = run.group(1).split()
        acronym = bracket.group(1).upper()
        # the longest run of the words before it that opens with the acronym's letter and
        # holds its first letters in order ("Philippine Statistics Authority and the Child
        # Rights Network (CRN)": the network alone)
        for k, word in enumerate(words):
            name = " ".join(words[k:])
            if word[:1] == acronym[0] and word.casefold() != "the" \
                    and _initials_hold(name, acronym[:3]):
                tail = name.rsplit(" and ", 1)[-1]
                if " and " in name and (name.endswith(" " + _strip_det(subject))
                                        or _strip_det(subject).startswith(tail)):
                    return name  # (not "Martial Law", nor "Citizens for Good Governance")
                break
    return subject


# a body's acronym in brackets, and the capitalised words before it ("Campaign Against the
# Return of the Marcoses and Martial Law (Carmma)")
_ACRONYM_BRACKET = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_ACRONYM_RUN = re.compile(r"((?:[A-Z][\w.'’&-]*\s+(?:(?:of|for|and|the|on|in)\s+){0,2}){1,9}"
                          r"[A-Z][\w.'’&-]*)\s*$")


def _lone_name(part: str) -> bool:
    """One capitalised word that is a name, though a noun of places too ("Hall, chief
    executive of the Sporting News, said")."""
    return " " not in part and part[:1].isupper() and part[1:2].islower() \
        and (c := clean_name(part)) is not None and not c.organisation and c.role is None \
        and c.text == part and not is_place(part)


def _names_places(listed: str) -> bool:
    """A list of capitalised names, one of them at least a place the list knows ("the United
    States, South Korea and Japan")."""
    items = [re.sub(r"^the\s+", "", x.strip()) for x in
             re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.strip(" ,")) if x.strip()]
    return bool(items) and all(x[:1].isupper() for x in items) and any(map(is_place, items))


def _places_listed_after(subject: str, rest: str) -> str | None:
    """The subject with the places listed after it, when it ends with a place and the rest is
    more of them (", South Korea and Japan"); else None."""
    last = re.sub(r"^.*\b(?:from|of|in)\s+", "", subject)
    if last != subject and _names_places(f"{last}{rest}"):
        return subject + rest.rstrip(" ,")
    return None


def _subject_of(np: str) -> str:
    """The speaker in the words before a speech verb.

    "Without naming China, Kishida" -> "Kishida"; "Steve Peers of the University of Essex,
    speaking to BBC" -> "Steve Peers of ..."; "Jennifer Daskal of American University and
    contributor to Slate" -> "Jennifer Daskal of ..."; "X, who ..., denied ... and" -> "X".
    """
    np = re.sub(r"\([^)]*\)", " ", np)
    if " " in np and np[-1:].islower():
        np = _TIME_AFTER.sub("", np)  # "... and commentator X last week on social media"
    if ", to which " in np:
        np = np.rsplit(", to which ", 1)[1]  # "One student asked her ..., to which Ardern [replied]"
    if (" that " in np or " which " in np) and (relative := _THAT_NAME_SAID.search(np)):
        return relative.group(1)  # "a move that Foreign Minister Margus Tsahkna [said was]"
    np = _DATELINE_END.sub("", DATELINE.sub("", np))  # "WASHINGTON, July 10 - Fumio Kishida"
    if np[:1] in "TI" and (cleft := _IT_WAS_WHEN.match(np)):
        np = np[cleft.end():]  # "This was after Donald Trump [tweeted]": Donald Trump
    if " The " in np or " A " in np:
        # "... under Margaret Thatcher and Ronald Reagan The document – prepared by ...": a
        # caption run into the sentence; the sentence starts at its capitalised article
        starts = [m.end() for m in _GLUED_SENTENCE.finditer(np)]
        if starts:
            np = np[starts[-1]:]
    dashes = _DASH.findall(np)
    if len(dashes) >= 2:  # "Rajiv Tuli - spokesman of ... - said": commas
        np = _DASH.sub(", ", np)  # (not one dash: "... Washington DC - 25 April The president")
    elif dashes and _DESCRIPTION.match(after := _DASH.split(np)[-1].strip()):
        return after  # "Fun as that might sound ... — the late neurologist [wrote]": an aside
    np = np.strip(" ,")
    np = _LEADING_LINK.sub("", np)  # "But Andrew Bacevich, a graduate of ..."
    if ", " in np and (last := np.rsplit(", ", 1)[1].split()) and 2 <= len(last) <= 6 \
            and last[0] in ("he", "she", "they") and last[1][:1].islower() \
            and not _ANOTHER_SUBJECT.search(np.rsplit(", ", 1)[1]):
        # "Calm and precise throughout the interview, she made a [claim]" (not "..., she was
        # silent and a spokesman [said]": the clause after "and" has its own subject)
        return last[0]
    if ", who " in np and (named := _NAME_WHO_CLAUSE.match(np)):
        return named.group(1)  # "Sanders, who was at the podium while Wolf made her comments,"
    np = _SHOUTED_LEAD.sub("", np)  # a headline in capitals run into the sentence
    if (" as " in np or np.startswith("as ")) and (aside := _AS_NAME_SAID.search(np)):
        return aside.group(1)  # "..., as Montoya-Lewis herself said, “...”"
    if np.endswith((" and", " but")) and len(np.split()) >= 5:  # (or "welcomed the deal but")
        # "Mateen met with reporters at his home in Port St. Lucie, Florida, and [called]":
        # a verb joined to the clause before it has that clause's subject; of a clause that
        # "that" opens, its own ("A court martial heard that Blackman used abusive language
        # and [said]")
        clause = np.rsplit(" that ", 1)[-1]
        if ", and " in clause:
            # "..., and she’s now revisited her comments and [explained]": the last clause's
            # subject, a pronoun
            pronoun = re.split(r"['’\s]", clause.rsplit(", and ", 1)[1].lstrip(), maxsplit=1)[0]
            if pronoun.casefold() in ("he", "she"):
                return pronoun
        # (past a clause of time or an aside: "After reporter Michael Scotto finished his
        # report, Grimm stormed back, leaned into him and [said]": Grimm)
        pieces = _main_clauses(clause) if "," in clause else [clause]
        opening = _clause_subject(pieces[0]) if pieces else ""
        if len(pieces) >= 2 and (opening.endswith(" and") or not opening) \
                and (pronoun := pieces[1].split(None, 1)[0]).casefold() in ("he", "she", "they"):
            # "Articulate and thoughtful throughout her interview, she made the claim and
            # [said]": an aside, then the clause whose subject a pronoun is
            opening = pronoun
        if opening and opening != np and len(opening.split()) <= 6 \
                and (split_role_and_name(opening)[1] or opening.casefold() in PRONOUNS):
            return opening  # ("He regularly praised American Muslims and [stressed]": he)
    if np.casefold() in PRONOUNS:
        return np
    if (" the " in np or " a " in np or " its " in np) and (relative := _THING_SAID_BY.search(np)):
        return relative.group(1)  # "..., a point the company [emphasized]": the company
    if np.endswith((" he", " she")) and (pronoun := _MAIN_THEN_PRONOUN.search(np)) \
            and (main := _sentence_subject(np[:pronoun.start()])) \
            and len((named := split_role_and_name(main)[1] or "").split()) >= 2 \
            and gender_of_name(named) in (None, PRONOUNS[pronoun.group(1)]):
        # "ACLU executive director Anthony Romero did not mince words, when he [called]": the
        # pronoun of a clause after the main one is its subject, named in full
        return main
    if np.endswith(" it") and (then_it := _MAIN_THEN_IT.search(np)):
        # "The Ministry of Foreign Affairs released a statement on Thursday when it [said]":
        # the body that opens the sentence, or the one "it" stands for
        main = _sentence_subject(np[:then_it.start()])
        if main and _names_a_body(_strip_det(main)):
            return main
        # ("a statement released by China's Ministry of Foreign Affairs on Thursday when it")
        bodies = article_organisations(np[:then_it.start()])
        return bodies[-1][1] if bodies else "it"
    if " " in np and (clause := _SUBORDINATE_THEN.search(np)):
        if clause.group(2):
            return clause.group(2)  # "... details of what the special counsel [called]"
        if clause.group(1).casefold() in PRONOUNS \
                or len((split_role_and_name(clause.group(1))[1] or "").split()) >= 2:
            # "The rally drew attention partly because President Donald Trump [claimed]": the
            # verb's clause opens at the conjunction, its subject after it
            return clause.group(1)
    if _DOCUMENT_BY.match(np):
        return np  # "The document, prepared by the Congressional Research Service, ...": its author's
    if "," in np and (age := _AGE_APPOSITION.search(np)) \
            and split_role_and_name(head := np[:age.start()].rsplit(",", 1)[-1].strip())[1]:
        return head  # "Able seaman Charles Lewis, 91, from Calmore, Hampshire": the one aged
    if len(np) > 40 and (run := _TRAILING_NAME_RUN.search(np)) \
            and (run.group(1) in _TIME_WORDS or run.group(1).isdigit()) \
            and _LOWER_VERB.search(np, np.rfind(",", 0, run.start()) + 1, run.start()) \
            and len((split_role_and_name(run.group(2))[1] or "").split()) >= 2:
        # "SNP Leader Nicola Sturgeon joins activists ... today Scotland's Deputy First
        # Minister John Swinney [said]": a caption run into the text; the subject is the name
        # right before the verb, not the one opening a clause with a verb of its own
        return run.group(2)
    if len(np) > 50 and "," in np and (tail := _DESCRIBED_TAIL.search(np)) \
            and _describes_a_person(tail.group(1).split()) \
            and is_given_name(tail.group(2).split()[0]) and len(tail.group(2).split()) >= 2 \
            and np[:tail.start()].rstrip().rsplit(" ", 1)[-1][:1].islower():
        # ", according to research Prudential pensions specialist Clare Moffat [said]": a
        # sentence run into the next, whose subject is the name its description ends on
        return tail.group(0)
    if "-year-old" in np and _AGED.fullmatch((aged := np.rsplit(",", 1))[-1].strip().casefold()) \
            and (len(aged) == 1 or not split_role_and_name(aged[0].rsplit(",", 1)[-1])[1]):
        return aged[-1].strip()  # "Ultimately, the 74-year-old" (not "Kotan, the 74-year-old")
    last_word = np.split()[-1] if np.split() else ""
    if last_word.casefold() in PRONOUNS:
        return last_word  # "On the live television he"
    # "In a statement, Maya Rockeymoore Cummings, his wife and the current chairwoman of the
    # party": a name, then what it is; the name, whatever "and" joins after it
    parts = [p.strip() for p in np.split(",") if p.strip()]
    for k in range(len(parts) - 2, -1, -1):
        if _is_titled_name(parts[k]) and len(_strip_det(parts[k]).split()) >= 2 \
                and not _DETERMINER.match(parts[k]) and _described_after(parts[k + 1:]):
            return parts[k]  # (", Minister for Defence Procurement,": a post, described)
        if k == 0 and not _ASIDE.match(parts[k]) and (run := _TRAILING_NAME_RUN.search(parts[k])) \
                and run.group(1).islower() and run.group(1) not in _LINKS_BEFORE_NAME \
                and len((split_role_and_name(run.group(2))[1] or "").split()) >= 2 \
                and all(_DESCRIPTION.match(p) or _POST_OF.match(p) or _lower_post_of(p)
                        for p in parts[k + 1:]):
            # "... because he has Alzheimer’s disease Pete Saunders, chief executive of ...":
            # a caption run into the text, then the name its post describes
            return run.group(2)
    relative = _RELATIVE_END.search(np) if np.endswith("who") else None
    if relative is None and np.endswith(" who") and (inverted := _SAID_X_WHO.search(np)):
        return inverted.group(1)  # "..., said one of the officials, who [added]": the officials'
    if relative and relative.group(1).split()[-1].casefold() in ROLE_WORDS \
            or relative is None and np.endswith(" who"):
        # "led by Mark Hay, a marine ecologist and Regents Professor at GT, who", "a rebuke
        # from Volodymyr Zelenskiy, Ukraine’s president, who": a post, the description of the
        # name before it
        relative = _APPOSED_WHO.search(np)
    if relative:
        described = np[:relative.start(1)].rstrip()
        if described.endswith((" of", " from", " in")) and described.split()[0].casefold() \
                in ("a", "an", "one") and _GENERIC_PERSON.search(described):
            # "One resident of North Hamgyong, who": the person is the resident
            return f"{described} {relative.group(1)}"
        return relative.group(1)  # "The bill was drafted by Alex Greenwich who", "... by Yair
        #                           Lapid of the opposition Labor party, who"
    # (an aside opening the sentence is no clause of it: "Before approaching Mac and Cheese,
    # the two turkeys, the president [remarked]")
    while "," in np and _is_aside(np.split(",", 1)[0].strip()):
        np = np.split(",", 1)[1].strip()
    # (not at the "and" inside a body's name: "the American College of Obstetricians and
    # Gynecologists", "NBC and Universal Television")
    pieces = _CLAUSE_BREAK.split(_BODY_AND.sub(_joined_and, np))
    # (a clause "which" opens as its subject tells of a thing, and its names are not the
    # subject: "The head coach of Chelsea, which is owned by Roman Abramovich, ... suggested";
    # but "..., which the Ukrainian president said": its own subject)
    clauses = [c.strip(" ,").replace(_AND_IN_NAME, " and ") for c, brk
               in zip(pieces[::2], ["", *pieces[1::2]], strict=True)
               if brk != "which" or not _WHICH_AS_SUBJECT.match(c)]
    for clause in reversed([c for c in clauses if c]):
        if len(clauses) > 1 and _LONE_PARTICIPLE.fullmatch(clause):
            continue  # "Observing [that ...], the RBI": the participle opens an aside
        parts = [p.strip() for p in clause.split(",") if p.strip()]
        if len(parts) >= 2 and _FINITE_VERB.search(parts[-2]) and _GENERIC_PERSON.search(parts[-1]) \
                and not split_role_and_name(parts[-1])[1]:
            # "Contingency planning is completed, one of the officials [said]": a clause, then
            # the subject, unnamed (not a name in the clause: "Contingency")
            return parts[-1]
        # asides start in lower case ("speaking to BBC", "a politician in Austria")
        candidates = []
        for part in reversed(parts):
            if _is_aside(part):
                continue  # "In a 2006 interview with magazine The Bark", "Asked about ..."
            first = _strip_det(part).split()[0] if _strip_det(part) else part.split()[0]
            pronoun = part.casefold() in PRONOUNS
            # "performer Rob Bartlett": a role word in lower case may open it
            named = split_role_and_name(part)[1]
            if pronoun or ((first[:1].isupper() or first.casefold() in ROLE_WORDS)
                           and (named or _role_of(part))) \
                    or (named and len(named.split()) >= 2) \
                    or len(parts) >= 2 and " " not in part and _lone_name(part) \
                    or len(clauses) > 1 and (_THE_BODY.fullmatch(part)
                                             or _PEOPLE_OF.fullmatch(part)):
                # "geochemist Seth John"; "The ship was refloated and the company"; "Last
                # week, European Union leaders"
                candidates.append(part)
        # "Howard Rubel, a Toronto lawyer representing Spanton": the part that is nothing but
        # a name (and a title) is the speaker, not a name inside the apposition
        # ("Mr. Warner, the Virginia Democrat,": the name, not the description after it)
        # ("Mr Johnson, MP for Henley on Thames, Oxfordshire": a name of two words or a
        # title before a lone word, a place's maybe)
        if len(parts) >= 2 and candidates and candidates[0] == parts[-1] \
                and all(w[:1].isupper() for w in parts[-1].split()) \
                and (posted := split_role_and_name(parts[-1]))[0] and posted[1] \
                and len(posted[1].split()) >= 2:
            # "Before a meeting with ... Adm. Kim Myung-soo, Japanese Gen. Yoshihide Yoshida
            # [said]": a post and a full name after the comma name someone anew (an apposition
            # describes the name before it), the subject after a clause that ended there
            return parts[-1]
        named = sorted((p for p in candidates if _is_titled_name(p)),
                       key=lambda p: (bool(_DETERMINER.match(p)), " " not in p.strip()))
        # "Professor X of Boston University, co-author of a study published in the Y
        # Journal": the part that opens with the name, not the description after it
        opening = [p for p in candidates if _opens_with_name(p)]
        # (a name whose first word is a place's noun too, a Korean surname: "Park Min-jun,
        # South Korea's deputy national security adviser,")
        whole = [] if named else [p for p in candidates if _lone_name(p) or len(p.split()) >= 2
                                  and (c := clean_name(p.strip())) is not None
                                  and not c.organisation and c.role is None and c.text == p.strip()]
        if named or whole or opening or candidates:
            return (named or whole or opening or candidates)[0]
        if len(parts) == 1 and _role_of(parts[0]):
            return parts[0]
    parts = [p.strip() for p in np.split(",")]
    # (not an adverb set off before the subject: "Then, the congressman, speaking ...,")
    main = next((p for p in parts if p and not _is_aside(p)
                 and not (" " not in p and fold(p) in OPENING_WORDS)), np)
    if _THE_DOCUMENT.fullmatch(main) and (
            author := next((m for p in parts if (m := _FROM_AUTHOR.fullmatch(p))), None)):
        return author.group(1)  # "The letter, from the Home Office, [says]": its author
    return re.split(r"\s+(?:who|which)\s+", main, maxsplit=1)[0]


_THE_DOCUMENT = re.compile(r"(?:the|this|that)\s+(?:report|study|survey|letter|statement|memo|"
                           r"document|ruling|judgment|filing|review|assessment|audit|inquiry)",
                           re.I)
# words before a document's kind that do not say which one it is ("the same report")
_NO_DESCRIPTION = frozenset({"same", "other", "new", "latest", "last", "first", "whole", "full",
                             "entire", "final", "next", "previous", "earlier", "draft", "long",
                             "short", "brief"})
# what a body found and wrote, its own: "its analysis", "its latest report"
_ITS_FINDINGS = re.compile(r"its\s+(?:[a-z-]+\s+)?(?:analysis|report|study|review|assessment|findings|"
                           r"research|survey|investigation|audit)")
_FROM_AUTHOR = re.compile(r"(?:from|by)\s+((?:the\s+)?[A-Z].{1,60})")


_DOCUMENT_WORDS = (r"(?:statement|release|decree|letter|description|message|post|tweet|notice|sign|paper|"
                   r"report|text|note|document|caption|banner|placard|headline|order|ruling|"
                   r"opinion|judgment|judgement|verdict|decision|readout|transcript|lawsuit|suit|"
                   r"complaint|indictment|petition|affidavit)\b")
_DOCUMENT = re.compile(r"\b" + _DOCUMENT_WORDS, re.I)
# someone's document and whom it went to: "Poilievre's letter to Trudeau"
_DOCUMENT_SENT_TO = re.compile(r"(.+?)['’]s\s+(?:[a-z-]+\s+)?" + _DOCUMENT_WORDS
                               + r"\s+(?:(?:sent|addressed)\s+)?(?:to|for)\s+.+")
# What someone issues, and how: a sentence that tells of one ("said in a statement", "NBC
# released a statement") makes its author the one "the statement" later speaks for.
# ("the declaration said" is not who signed it: no "declaration" here)
_ISSUED_KINDS = ("statement", "letter", "release", "memo", "announcement", "document", "conclusions",
                 "communique", "communiqué", "readout", "resolution")
_ISSUED = re.compile(rf"\b(?:{'|'.join(_ISSUED_KINDS)})\b", re.I)
# ("the post", "the tweet", "the message" speak for the author of the last one too)
# (with a word that says of what kind, or for whom: "the congressional document", "the memo
# for members of Congress")
_BARE_DOCUMENT = re.compile(r"(?:the|that|this|its|their)\s+(?:[a-z-]+\s+)?"
                            rf"(?:{'|'.join(_ISSUED_KINDS)}|post|tweet|notice|message)"
                            r"(?:\s+(?:for|to)\s+[\w\s-]{1,40})?")
# a body's name, then what it gives out: "NASA information on ...", "UN data"
_BODY_SOURCE = re.compile(r"(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+(?:information|"
                          r"data|figures|statistics|estimates|records|documents|research)\b")
# a body named at a sentence's end as the one who said it: "..., NASA said."
_BODY_SAID = re.compile(r",\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5})\s+said"
                        r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\.?\s*$")
# a statement no one is said to have issued: "a statement said", "a written statement added"
_A_STATEMENT = re.compile(r"an?\s+(?:[a-z]+\s+)?(?:statement|release|press\s+release)")
# any document so: "a report [from Kotak Institutional Equities]", "a new study"
_A_DOCUMENT = re.compile(r"an?\s+(?:[a-z-]+\s+)?" + _DOCUMENT_WORDS)
_PERSONS_OFFICE = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?([A-Z][\w-]+)['’]s\s+(office|team|"
                             r"spokes(?:man|woman|person)|campaign|lawyers?)")
_SAID_IN_STATEMENT = re.compile(
    r",\s+([^,;:“”\"]{3,80}?)\s+(?:said|says|announced|added)\s+in\s+a\s+(?:[a-z]+\s+)?statement"
    r"\b[^.;]{0,40}\.?\s*$")
# where words were given: "in a statement", "in a message posted on Twitter"
_IN_A_DOCUMENT = re.compile(r"\bin\s+an?\s+(?:[a-z-]+\s+){0,2}(?:statement|message|post|tweet|"
                            r"letter|release|press\s+release|memo|email|e-mail)\b")
_GIVEN_IN_DOCUMENT = re.compile(
    r"(?:(?P<who>[^,;:“”\"]{3,80}?),\s+|(?i:in)\s+an?\s+(?:[a-z-]+\s+){0,2}(?:statement|message|"
    r"post|tweet|letter|release)\b[^,;:“”\"]{0,60},\s+(?P<then>[^,;:“”\"]{3,80}?)\s+)"
    r"(?(who)in\s+an?\s+(?:[a-z-]+\s+){0,2}(?:statement|message|post|tweet|letter|release)\b"
    r"[^,;:“”\"]{0,60},\s+)(?:said|says|announced|added|wrote|stated)\b")


def _note_document_giver(told: str, resolver: Resolver) -> None:
    """"The president's office, in a message posted on Twitter, said ...": a later "the
    message" is the office's."""
    given = _GIVEN_IN_DOCUMENT.match(told.strip())
    if given and (giver := resolver.resolve(given.group("who") or given.group("then"))) \
            is not None and giver.speaker and giver.speaker.casefold() not in PRONOUNS:
        resolver.document_author = giver


_RELEASED_KEYS = ("released", "issued", "published", "sent", "put out", "posted", "wrote",
                  "signed")  # a cheap gate
_RELEASED = re.compile(rf"\b(?:{'|'.join(_RELEASED_KEYS)})\b")
# the verb of a sentence that tells who issued a document, and the document ("has sent Ryan,
# R-Wis., a letter"): the words before it are the issuer
_ISSUED_DOCUMENT = re.compile(
    rf"(?:\s+(?:has|have|had|also|jointly))*\s+(?:{'|'.join(_RELEASED_KEYS)})\s+"
    r"(?:[^.;:“”\"]{0,60}?\s)?(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}"
    rf"(?:{'|'.join(_ISSUED_KINDS)})s?\b")
# what opens a sentence before its subject ("And on Monday,") and what is set off inside the
# subject ("the executives of nine companies, including Angie's List and Anthem,")
_OPENING_PHRASE = re.compile(r"(?:and|but|so|then|also|on|in|at|last|this|earlier|later|"
                             r"yesterday|today|meanwhile|however)\b", re.I)
_SET_OFF = re.compile(r"(?:including|such as|among them|who|which|whose|like)\b")


def _issuer_phrase(told: str) -> str:
    """Who a sentence says issued a document: "And on Monday, the executives of nine
    Indiana-based companies, including Angie's List and Anthem, sent a letter to Pence" -> "the
    executives of nine Indiana-based companies"; "" when it says no such thing."""
    told = _blank_party_tags(told.strip())
    m = _ISSUED_DOCUMENT.search(told)
    if m is None:
        return ""
    pieces = [p.strip() for p in told[:m.start()].rstrip(" ,").split(", ")]
    while len(pieces) > 1 and _OPENING_PHRASE.match(pieces[0]):
        pieces.pop(0)
    kept = [p for p in pieces if p and not _SET_OFF.match(p)]
    return ", ".join(kept)
# "a Biden campaign release", "a White House statement": the author named before the document
_DOCUMENT_BY = re.compile(r"^(?:(?:an?|the)\s+)?(?:[a-z-]+\s+)?(?:statement|release|letter|report|"
                          r"document|readout|decree|memo|notice)s?\s*,?\s+(?:(?:issued|released|"
                          r"published|sent|signed|written|prepared|drafted|compiled)\s+)?"
                          r"(?:by|from)\s", re.I)
_NAMED_DOCUMENT = re.compile(r"^(?:(?i:an?|the)\s+)?(?!(?i:an?|the)\s)"
                             r"(?P<author>(?:[A-Z][\w.'’&-]*\s+)+(?:[a-z]+\s+)?)"
                             r"(?:press\s+|news\s+)?" + _DOCUMENT_WORDS + r"\s*$")


# a body's paper, then the participle that gives its words: "a campaign note warning that"
_PARTICIPLE_ENDS = ("that", "warning", "saying", "stating", "reading", "claiming")
# "... the defense department issued an initial statement [saying]": who issued it
_ISSUED_THEN = re.compile(r"^(.+?)\s+(?:issued|released|published|put out|sent|posted)\s+"
                          r"(?:a|an|its|their|the|his|her)\s+(?:[a-z-]+\s+){0,2}(?:statement|"
                          r"release|note|letter|memo|notice|document|message|post)$")
_NOTE_THEN_PARTICIPLE = re.compile(
    r"\b(?:a|an|the)\s+((?:[a-z][\w-]*\s+){1,2})(?:note|memo|memorandum|statement|letter|"
    rf"email|e-mail|release|notice|document)\s+(?:{'|'.join(_PARTICIPLE_ENDS[1:])})\s+"
    r"(?:that\s+)?$")


# who a document is from, after it: "the statement from Grimm's attorney, William McGinley."
_DOCUMENT_FROM = re.compile(
    # ("a letter to CNN from attorney Charles Harder, representing ...": whom it went to first,
    # what its author does after)
    r"\s+(?:to\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4})?"
    rf"(?:(?:issued|released|sent|signed)\s+)?(?:from|by)\s+{_NP}{_NP_END}"
    r"(?=\s*(?:[.!?;:—]|$)|,\s*(?:representing|acting|on\s+behalf|who)\b)")
# "Grimm's attorney, William McGinley", "the party's spokesman, John Smith": a post, its holder
_POST_THEN_NAME = re.compile(r"(?:(?:the|his|her|their|its)\s+|[A-Z][\w.'’-]*['’]s\s+)(?:[\w-]+\s+){0,2}"
                             r"([a-z]+),\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}")
_SEEN_BY = re.compile(r"\s+(?:(?:seen|obtained|reviewed)\s+by|(?:leaked|sent|given)\s+to)\s+.*$",
                      re.I)


def _document_author(np: str) -> str:
    """"The decree signed by the Pope" -> "the Pope"; "a statement from the ministry" -> ...;
    "The family's statement on the death" -> "The family"."""
    np = _SEEN_BY.sub("", np)  # "a document seen by The Mail on Sunday": a reader, no author
    m = re.search(r"\b(?:by|from|of)\s+(.+)$", np)
    if m:
        # "the Court, released on Wednesday," -> "the Court"; "the EU and circulated to
        # member states" -> "the EU"; but a post, then the name of who holds it, is theirs
        # ("from Grimm's attorney, William McGinley")
        author = re.split(r",|\s+and\s+(?=[a-z]+ed\b)", m.group(1))[0]
        apposed = _POST_THEN_NAME.fullmatch(m.group(1).strip())
        return m.group(1).strip() if apposed and apposed.group(1) in ROLE_WORDS else author
    m = _NAMED_DOCUMENT.match(np.strip())
    if m:
        return m.group("author").strip()
    m = re.match(r"^(.{2,60}?)['’]s?\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT_WORDS, np.strip(), re.I)
    if m:
        return m.group(1)
    author = _clause_subject(np)
    # "the report": no author named, the document speaks as written
    return author if author and not _DETERMINER.fullmatch(author + " ") else np


_BODIES = {"government", "ministry", "office", "department", "embassy", "agency", "police",
           "army", "military", "council", "committee", "commission", "court", "company", "family",
           "spokesman", "spokeswoman", "spokesperson"}


# a body named in lower case after its country ("China's foreign ministry", "Chinese embassy in Japan")
_BODY_IN_LOWER_CASE = re.compile(rf"[A-Z][\w'’.-]*\s+(?:[a-z]+\s+)?(?:{LOWER_CASE_BODY_NOUNS})"
                                 r"(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?")
_BODIES_OF = _BODIES - {"spokesman", "spokeswoman", "spokesperson", "family"}  # "the X of Y"
_NOT_SUBJECT_WORDS = NOT_NAME_WORDS | _NOT_SPEAKERS


# Who speaks for someone: "Reid's campaign", "the senator's office", "Trump's lawyers"
_AGENTS = frozenset({"campaign", "office", "spokesman", "spokeswoman", "spokesperson", "lawyer",
                     "lawyers", "attorney", "attorneys", "family", "team", "aide", "aides",
                     "staff", "camp", "representative", "representatives", "publicist"})


_PEOPLE_OF_BODY_WORD = re.compile(PEOPLE_OF_BODY)


_PARTICLE_PREFIX = re.compile(r"(?:al|el|ul|ad|as|ash|at|an|ar|az)-[A-Z]")


def _clause_subject(text: str) -> str:
    """The noun phrase opening a clause, up to its verb: "Former CIA deputy director Michael
    Morell praised ..." -> "Former CIA deputy director Michael Morell"."""
    text = re.sub(r"\([^)]*\)", " ", text).strip()
    text = re.sub(r"^(?:(?:This|Last|On|In|Earlier|Later)\s+\w+,?\s+)", "", text)
    out: list[str] = []
    toks = text.split()
    for n, tok in enumerate(toks):
        bare = tok.strip(",;:")
        low = bare.casefold()
        if 1 <= len(out) <= 3 and out[0] in ("A", "An", "The", "a", "an", "the") \
                and all(o.islower() for o in out[1:]) and bare == tok and bare.islower() \
                and any(t[:1].isupper() for t in toks[n + 1:n + 3]):
            out.append(tok)  # "A fired-up President Trump", "the state-owned tabloid Global
            continue         # Times": words that describe the name after them
        if out and out[-1].endswith(POSSESSIVE) and low in _AGENTS:
            out.append(tok)  # "Reid's campaign hit back": the campaign speaks, not Reid
            continue
        if bare[:1].isupper() or low in ROLE_WORDS or low in NAME_PARTICLES or low in _BODIES or \
                "-" in low and low.split("-", 1)[0] in ROLE_WORDS or \
                low.startswith(("then-", "ex-")) or _PARTICLE_PREFIX.match(bare) or \
                low in {"the", "a", "an", "of", "and"}:  # "The government of American Samoa"
            out.append(tok)  # ("Sheikh Ali al-Khalifa al-Sabah": a name's particles)
            continue
        if out and _PEOPLE_OF_BODY_WORD.fullmatch(low):
            out.append(tok)  # "European Union leaders agreed": the people of a body
        elif low in ("to", "for") and out and (out[-1].casefold() in ROLE_WORDS
                                               or out[-1].casefold() in _SENT_ABROAD) \
                and out[-1][:1].isupper() \
                and (toks[n + 1:n + 2] and toks[n + 1][:1].isupper()
                     or toks[n + 1:n + 2] == ["the"] and toks[n + 2:n + 3] and toks[n + 2][:1].isupper()):
            out.append(tok)  # "Ambassador to Manila Endo Kazuya", "Minister for Defence X",
            continue         # "Ambassador to the UN Samantha Power", "the Mission to the EU"
        elif out and tok.endswith(",") and bare.isalpha() and toks[n + 1:n + 2] == ["who"]:
            out.append(bare)  # "The former Wallabies star, who ...": the noun the words qualify
        break
    if len(out) == 1 and (_OPENING_PARTICIPLE.match(text) or _opens_with_participle(text)):
        return ""  # "Writing in The Mirror Linda said:": a participle opens it, no subject
    if out in (["the"], ["The"]) and (described := _PEOPLE_THEN_VERB.match(text)):
        return described.group(1)  # "the family members marched": people described
    return " ".join(out).strip(" ,")


# ("Then on Friday, the embassy ...": a time phrase after "then" is an aside too)
_ASIDE = re.compile(r"^(?:(?:(?:and|but)\s+)?(?:then|later|earlier|again)\s+(?=[a-z]+\s))?"
                    r"(?:in|of|on|at|during|after|before|when|while|speaking|according|from|"
                    r"with|without|for|to|by|via|as|through|under|since|lest|although|though|"
                    r"because|unless|until|once|despite|amid"
                    # "Shortly after 6 p.m. Eastern time, a Biden campaign release declared"
                    r"|(?:shortly|soon|just|moments?|minutes?|hours?|days?|weeks?|months?|"
                    r"years?|immediately|right|not long)\s+(?:after|before|later|earlier)"
                    # "Consistent with the easing, the statement says ..."
                    r"|(?:consistent|contrary|similar|compared|prior|due|thanks|relative|"
                    r"identical|close)\s+(?:with|to)"
                    # "Rather than mentioning a deal, a bellicose Netanyahu told Congress:"
                    r"|rather\s+than|instead\s+of|unlike|far\s+from"
                    # "Aside from questioning ..., the petitioners accused the court of ..."
                    r"|(?:aside|apart)\s+from|besides|other\s+than|in\s+addition\s+to)\b", re.I)
_SENTENCE_SUBJECT = re.compile(
    r"^(?:[^,]{0,60},\s+)?(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|(?:of|for|and)(?=\s+[A-Z])))*)")
# "China's foreign ministry": a body of the owner before it, in lower case
_OWNED_IN_LOWER_CASE = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")


_CONCESSIVE = re.compile(r"\s+(?:as|though)\s")


def _sentence_subject(sentence: str) -> str:
    """The capitalised noun phrase opening a sentence ("The State Department gave ...")."""
    sentence = sentence.strip()
    opening, _, rest = sentence.partition(",")
    if rest and _is_aside(opening):
        sentence = rest.strip()  # "Asked about sustainability, the company noted ..."
    elif rest and " " in opening.strip() and _is_titled_name(opening.strip()):
        return opening.strip()  # "Lord Bach, Minister for Defence Procurement, said ..."
    m = _SENTENCE_SUBJECT.match(sentence)
    if m is None or _OPENING_PARTICIPLE.match(sentence, m.start("np")):
        return ""  # "Writing in The Mirror Linda said": a participle opens it, not its subject
    if " " not in m.group("np") and _CONCESSIVE.match(sentence, m.end("np")):
        return ""  # "Fun as that might sound, ...": an adjective, conceded
    if sentence[m.end("np"):m.end("np") + 2] == ": ":
        # "READ MORE: Ukraine calls ...", "UPDATE: The ministry said ...": a label, then the
        # sentence whose subject it is
        return _sentence_subject(sentence[m.end("np") + 2:])
    if m.group("np").endswith(POSSESSIVE) \
            and (owned := _OWNED_IN_LOWER_CASE.match(sentence, m.end("np"))):
        words = owned.group().split()
        kind = next((n for n, w in enumerate(words, 1) if w in ORG_WORDS), 0)
        if kind:
            return " ".join([m.group("np"), *words[:kind]])
    if (post := _LOWER_POST_THEN_NAME.match(sentence, m.end("np"))) \
            and all(w in ROLE_WORDS for w in post.group(1).split()):
        # "The American Civil Liberties Union executive director Anthony Romero [did ...]":
        # the body's post, and its holder
        return sentence[m.start("np"):post.end()]
    if (head := _HEAD_NOUN_THEN_WHO.match(sentence, m.end("np"))) is not None:
        # "The former Wallabies star, who ...": the capitalised words qualify the noun
        return sentence[m.start("np"):head.end()]
    return m.group("np")


_HEAD_NOUN_THEN_WHO = re.compile(r"\s+[a-z]+(?=,\s+who\s)")


def _introduced(body: str, span: Span, paragraphs: list[tuple[int, int]],
                sentences: list[tuple[int, int]], resolver: Resolver) -> Attribution | None:
    """A quotation that opens its paragraph, introduced by the paragraph before it ending in a
    colon: 'The ministry said in a statement:' / '"The outbreak is under control ..."'."""
    p = span.paragraph
    if p == 0 or span.start != paragraphs[p][0]:
        return None
    start, end = paragraphs[p - 1]
    if body[start:end].rstrip().endswith(",") and body[span.inner_start:span.inner_start + 1].islower():
        # 'Breedlove reported that,' / '"we have seen columns of ..."'; 'It was, he noted,' /
        # '"the same thing that ..."': a cue, then words in lower case that go on its sentence
        s_start, _ = _sentence_bounds(body, sentences, max(start, end - 1))
        before = body[max(start, s_start):end].rstrip()[:-1]
        cue = _before_cue(before) if _ENDS_ON_A_CUE.search(before) else None
        if cue is None or not cue.verb[0].islower() or not _ENDS_ON_A_CUE.fullmatch(
                f"{cue.verb}{cue.rest}"):
            return None
        return _resolve_as(resolver, _subject(cue.np), "colon")
    if not body[start:end].rstrip().endswith(":"):
        # "Hawley also offered this insight on Donald Trump." / "She had this to say."
        s_start, _ = _sentence_bounds(body, sentences, max(start, end - 1))
        before = body[max(start, s_start):end].strip()
        if not _THIS_TO_SAY.search(before) or _MARK_CHARS.search(before):
            return None
        opening, _, rest = before.partition(", ")
        # past an opening phrase ("Looking ahead to next year's elections, Hawley ...")
        phrase = rest and any(w[:1].islower() for w in opening.split())
        subject = _clause_subject(rest if phrase else before)
        return _resolve_as(resolver, subject, "colon") if subject else None
    s_start, _ = _sentence_bounds(body, sentences, end)
    before = body[max(start, s_start):end]
    m = _before_cue(before)
    if m is None or not m.verb[0].islower():
        return None
    return _resolve_as(resolver, _subject(m.np), "colon")


# a speech verb (and to whom), "that" (and "there were"), or nothing more, ending a sentence
# that goes on in the next paragraph's quotation
_ENDS_ON_A_CUE = re.compile(rf"(?:\b(?:{_SAY_ALT})(?:\s+[^,;:.!?]{{1,80}}?)?\s+that"
                            r"(?:\s+(?:there|it)\s+(?:was|were|is|are|had\s+been))?"
                            rf"|\b(?:{_SAY_ALT}))$")
# a sentence that announces the words of the next paragraph
_THIS_TO_SAY = re.compile(r"\b(?:offered|gave|had|shared|made|issued|posted|sent|added|said|"
                          r"wrote|stated|tweeted|explained)\s+"
                          r"(?:this|these|the following)\b[^.!?]{0,60}[.!?]$")
_MARK_CHARS = re.compile(r"[\"“”«»]")


# "..., says Schrems." closing the sentence before a quotation that nothing attributes
_TRAILING_CUE = re.compile(
    r",\s+(?:" + "|".join(sorted((v for v, kind in _CUE_OF.items() if kind == "say"),
                                 key=len, reverse=True))
    + r")\s+(?P<np>[A-Z][^,.;:“”\"]{1,60}?)\.\s*$")


def _after_reported(body: str, span: Span, paragraphs: list[tuple[int, int]],
                    resolver: Resolver) -> Attribution | None:
    """A quotation opening a sentence, in the paragraph of a sentence that reports what
    someone says ("..., says Schrems. "Everybody else is ...""): their words go on."""
    para_start = paragraphs[span.paragraph][0]
    lead = body[max(para_start, span.start - _CUE_CONTEXT):span.start]
    if not lead.strip() or "," not in lead:
        return None
    m = _TRAILING_CUE.search(lead)
    if m is None and (closing := _CLOSING_CUE.search(lead)) is not None:
        # "..., they said. "In that event ..."": the subject before the verb, too
        return _resolve_as(resolver, closing.group("np") or closing.group("np2"), "continued")
    return _resolve_as(resolver, m.group("np"), "continued") if m else None


# a sentence that ends by telling who said it: "..., Merrill said.", "..., she said in an
# interview.", "..., said Merrill."
_CLOSING_CUE = re.compile(
    r",\s+(?:(?P<np>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[Hh]e|[Ss]he|they)\s+(?:said|says|added|"
    r"told\s+[\w ]{2,30}?)|(?:said|says|added)\s+(?P<np2>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))"
    r"(?:\s+(?:on|in|at|to|during|after|before|last|this)\s+[^,.;:“”\"]{1,40})?\.\s*$")


def _closing_cue(body: str, span: Span, sentences: list[tuple[int, int]], narration: str,
                 resolver: Resolver) -> Attribution | None:
    """Words quoted inside a sentence that ends by telling who said it: "He would have to
    complete paperwork “within a timed period” and show ..., Merrill said." (no other
    quotation between them and the cue)."""
    s_start, s_end = _sentence_bounds(body, sentences, span.start)
    if span.end >= s_end or span.start == s_start:
        return None
    tail = narration[span.end:s_end]
    if "," not in tail or any(c in body[span.end:s_end] for c in "“”\""):
        return None
    m = _CLOSING_CUE.search(tail)
    if m is None:
        return None
    return _resolve_as(resolver, m.group("np") or m.group("np2"), "after")


_END_MARKS = frozenset({"ends", "end", "ends.", "end."})


def _pull_quote(body: str, span: Span, paragraphs: list[tuple[int, int]],
                resolver: Resolver) -> Attribution | None:
    """A quote alone in its paragraph, signed by the next one: "—Natasha Gownaris"."""
    p = span.last_paragraph
    if p + 1 >= len(paragraphs):
        return None
    start, end = paragraphs[p + 1]
    m = re.match(r"^[―—–-]\s*(?P<np>[^\n]{2,80})$", body[start:end])
    if not m or m.group("np").rstrip()[-1:] in "―—–-" or m.group("np").strip().casefold() in _END_MARKS:
        return None  # "- ENDS -": a press release's end, no one's name
    return _resolve_as(resolver, m.group("np"), "pull quote")


_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s*$|[.!?]\s+[A-Z“\"]")


def _sounds_spoken(inner: str) -> bool:
    """Quoted words someone said rather than a term or a title: they speak in the first
    person ("chance to face my demons"), or they are whole sentences of some length."""
    words = inner.split()
    if len(words) < 4:
        return False
    return bool(FIRST_PERSON.search(inner)) or (
        _starts_sentence(inner) and len(words) >= 8 and bool(_SENTENCE_END.search(inner)))


def _paragraph_at(paragraphs: list[tuple[int, int]], pos: int) -> int:
    i = bisect_right(paragraphs, (pos, _INF)) - 1
    if i > 0 and paragraphs[i - 1][1] >= pos:
        return i - 1
    return i if i >= 0 and pos <= paragraphs[i][1] else -9


_SUBORDINATE = re.compile(r"^(?:while|although|though|because|if|unlike|whereas|once|despite|"
                          r"even|[A-Za-z]+ed\s+(?:about|by|on|if|whether|for|to|in|at|with|as|how|what|"
                          r"why|when|where)|"
                          r"[A-Za-z]+(?:wn|en)\s+as|[A-Za-z]+ing\s)\b", re.I)


_NAME_IN_ING = re.compile(r"[A-Z]|(?:officials?|spokes\w+|executives?|authorities|police|"
                          r"leaders?|sources?|staff|workers|engineers|chief|head)\b")


def _is_aside(piece: str) -> bool:
    """A clause that is not the main one: "In a 2006 interview", "While all agreed", "Asked
    about it", "Known as a shock jock"."""
    return bool(_ASIDE.match(piece) or _SUBORDINATE.match(piece)
                or piece[:1] in "LTNEltne" and (time := _TIME_OPENER.match(piece))
                and time.end() == len(piece))  # "Last week", "This month"


def _main_clauses(told: str) -> list[str]:
    """The comma-separated pieces of narration that are not asides."""
    pieces = (p.strip() for p in re.split(r",\s+", re.sub(r"\([^)]*\)", " ", told)))
    return [p for p in pieces if p and not _is_aside(p)]


_SAID_OF = re.compile(r"\s*of\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)")


def _not_the_topic(resolver: Resolver, name: str, gender: str) -> None:
    """When the one a pronoun would mean is the person the speech verb is "of", it means the
    one the article is about instead."""
    people = resolver.people
    topic = people.find(name)
    if topic is None or people.pronoun("he" if gender == "m" else "she") is not topic:
        return
    others = [p for p in reversed(people.persons) if p is not topic and not p.organisation
              and p.name[:1].isupper() and (p.gender or p.likely) in (None, gender)]
    if others:  # the one the article is about: named most often so far (the latest, of equals)
        people.last = max(others, key=lambda p: p.mentions)


def _subject_spoken_of(resolver: Resolver, before: str, gender: str) -> None:
    """Make the named subject of the sentence `before` opens the one spoken of, if the
    gender fits."""
    pieces = _main_clauses(before)
    subject = _clause_subject(pieces[0]) if pieces else ""
    named = split_role_and_name(subject)[1] if subject else None
    person = resolver.people.find(named) if named else None
    if person is None and named and len(named.split()) >= 2:
        person = resolver.people.add(named)
    if person is not None and not person.organisation \
            and (person.gender or person.likely) in (None, gender):
        resolver.people.last = person


def _main_subject(told: str) -> str:
    """The subject of the main clause of narration, past its asides: "While all agreed ...,
    artist Leisha Riddell emphasized ..." -> "artist Leisha Riddell"."""
    for piece in _main_clauses(told):
        first = piece.split()[0]
        if " " not in piece.strip() and _adverb(first.casefold()):
            continue  # "Separately, the state-owned tabloid ...
        if _opens_with_participle(piece):
            continue  # "Holding banners ..., the families marched": a participle's clause
        if first.casefold() in PRONOUNS:
            return first
        subject = _clause_subject(piece)
        head = _strip_det(subject).split() if subject else []  # ("the EU": a body's name)
        if subject and (subject.split()[0].casefold() not in _NOT_SUBJECT_WORDS
                        or len(head) == 1 and _ACRONYM.fullmatch(head[0])
                        # ("the state-owned tabloid Global Times": a name after what it is;
                        # not "the mayor of London", a post whose holder is spoken of)
                        or subject.split()[0].casefold() == "the" and len(head) >= 2
                        and head[0].islower() and head[-1][:1].isupper() and "of" not in head
                        # ("The United States Constitution specifies ...": a body, not a
                        # band's "The Little Monsters")
                        or subject.split()[0].casefold() == "the" and head[:1] != []
                        and head[0][:1].isupper() and (body := clean_name(" ".join(head)))
                        is not None and body.organisation
                        # ("the family members marched": people described, `_clause_subject`)
                        or len(head) >= 1 and all(w.islower() for w in head)
                        and _PEOPLE_THEN_VERB.match(piece) is not None) \
                and not _TWO_NAMED.search(subject):
            return subject  # not "Then just 19 years old, she ...", nor two people
    return ""


# a word in -ing opening a clause, then a word in lower case: "Holding banners", "Waving flags"
_OPENING_ING = re.compile(r"[A-Z][a-z]{2,}ing\s+([a-z]+)")


def _opens_with_participle(clause: str) -> bool:
    """A clause opening with a participle and its object ("Holding banners", "Waving flags"),
    not with a name in -ing and its verb ("Boeing said", "Beijing has warned", "Manning wrote")."""
    m = _OPENING_ING.match(clause)
    if m is None:
        return False
    after = m.group(1)
    return not (after in _AUXILIARIES or after in _AUX or after in _VERB_SET or after.endswith("ed")
                or after in ("spoke", "speaks"))


# people described in lower case, then their verb: "the family members marched"
_PEOPLE_THEN_VERB = re.compile(r"([Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?:ers|ors|ists|ians|ents|ants|"
                               r"ives|people|families|men|women|children))\s+(?:[a-z]+ed|[a-z]+s)\b")


_TWO_NAMED = re.compile(r"[A-Z][\w'’-]*\s+and\s+[A-Z]")  # "Esmeralda and Amada"


_SAY_IN_MOOD = re.compile(r"\b(?:might|would|could|may|will|should)\s+(?:\w+\s+)?"
                          r"(?:say|tell|ask|reply|respond|answer)\b[^:]{0,20}:\s*$")


def _topic_speaker(narration: str, inner: str, span: Span, paragraphs: list[tuple[int, int]],
                   resolver: Resolver, topic_paragraph: int) -> Attribution | None:
    """Who an unattributed quotation that sounds spoken belongs to: the subject of its own
    sentence ("Senator Lindsey Graham spoke on Fox News, "..."") or, when the quotation opens
    its sentence, the person the narration was last about, in this paragraph or the one before
    ("McGurk ... criticized the decision via Twitter. "The WH statement ..."")."""
    told = _narrated_clause(narration, span, paragraphs)
    if re.search(r"\w", told):
        # ("Strong winds made it hard, Zapata said, adding it required endurance. "It's
        # ..."": the one who said it, not the winds)
        said = _SAID_THEN_PARTICIPLE.search(told)
        if said and (att := _resolve_as(resolver, said.group(1), "topic")):
            return att
        if att := _resolve_as(resolver, _main_subject(told), "topic"):
            return att
        # 'The costume "is very warm [...] so I have to ..."' is still its wearer speaking,
        # but a document speaks for its authors
        about_a_thing = bool(_main_clauses(told.strip(" ,")))
        if about_a_thing and (not FIRST_PERSON.search(inner) or _DOCUMENT.search(told)):
            return None  # the sentence is about something else
        if told.rstrip().endswith(":") and _SAY_IN_MOOD.search(told):
            return None  # "for fear the US might say:": words put in the mouth of one unnamed
    person = resolver.people.last
    if person is None or span.paragraph - topic_paragraph > 1:
        return None
    return Attribution(person.name, person.name, person.role, "topic")


def _split_quote_speakers(body: str, found: list[tuple[Span, Attribution]]) -> None:
    """Give both halves of `"We are ready," he said, "but not at any price."` one speaker:
    two records, the second marked as the continuation of the first ("split")."""
    for i in range(len(found) - 1):
        span, att = found[i]
        nxt, nxt_att = found[i + 1]
        between = body[span.end:nxt.start]
        first, second = (body[span.inner_start:span.inner_end],
                         body[nxt.inner_start:nxt.inner_end])
        # '"We stand ready" tweeted Johnson "to provide ..."': no commas, but the second
        # part carries on the sentence the first began
        runs_on = (second[:1].islower() and not re.search(r"[.!?]\W*$", first))
        said_between = ("\n" not in between and len(between) < 80
                        and not re.search(r"[.!?]\s+[A-Z]", between)  # not a new sentence
                        and _SPEECH_VERB.search(between)
                        and (between.rstrip().endswith(",") or runs_on))
        if said_between and (nxt_att.speaker == att.speaker or nxt_att.how == "continued"):
            found[i + 1] = (nxt, Attribution(att.speaker, att.as_written, att.role, "split"))


# ---------------------------------------------------------------------------------------------
# Reported speech

# the subject, its verb and the reported clause, after what `_REPORTED` lets come first
_REPORTED_CLAUSE = (
    r"(?P<np>(?!and\s)(?:[a-z][\w-]*\s+){0,4}?[A-Z][^,;:]{0,140}?|[Hh]e|[Ss]he)"
    # (an apposition set off after a name: "Ed Balls, now a parliamentary hopeful, said";
    # "Steven Mnuchin, the Treasury secretary, said")
    r"(?:,\s+(?:now\s+|then\s+|himself\s+|herself\s+)?(?:an?|the)\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[a-z][^,;:]{1,80},"
    # (or the name set off after a post: "The Defence Secretary, John Healey, said")
    r"|,\s+(?P<named>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*[a-z]),)?\s+"
    # ("had earlier also warned", "later added")
    r"(?:(?:also|further|then|has|have|had|earlier|later|now|already|previously|repeatedly)\s+){0,3}"
    r"(?P<verb>said|says|stressed|warned|noted|added|insisted|argued|claimed|stated|explained|"
    r"emphasi[sz]ed|indicated|pointed out|believes|told reporters|announced|"
    # (whom it was told to, in one word or in more before a function word: "told Fox News
    # their investigation"; not "told NPR Hamza bin Laden had", a name the clause opens with)
    # ("told BBC Radio 4's Today programme that": a number, and a noun in lower case, after)
    r"told [A-Z][\w.'’-]*(?:(?:\s+[A-Z0-9][\w.'’-]*){1,4}(?:\s+(?:programme|program|show|newspaper|"
    r"radio|television|channel|magazine|website))?(?=\s+(?:the|that|their|its|his|her|an?|it|"
    r"he|she|they|there|this|these|those|we)\s))?|"
    r"maintained|reiterated|acknowledged|admitted|confirmed|denied|suggested|predicted|"
    r"cautioned|urged|expressed concern)\s+"
    # when or where it was said, before "that": "said on Wednesday that", "told reporters in
    # Canberra that" (not the reported words)
    r"(?:(?:on\s+[A-Z][a-z]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|earlier|"
    r"later|last\s+[a-z]+|this\s+[a-z]+|in\s+(?:a\s+[a-z]+|[A-Z][\w-]+))\s+(?=that\s)"
    # (the day, without "that": "said on Sunday the alliance ...")
    r"|(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
    # (only before the clause's subject: not "said today is a day of mourning")
    r"(?=(?:that|the|a|an|his|her|their|its|our|he|she|it|they|we|there|this|these|those|some"
    r"|many|no|all|[A-Z])\b))?"
    r"(?P<that>that\s+)?(?P<clause>.{12,})$")
_REPORTED = re.compile(
    # ("The declaration is not binding, but pollster Dahlia Scheindlin says ...": the clause
    # after "but", its subject's post in lower case before the name)
    # (or a longer clause that a conjunction opens: "While some exporters have ... to Iraq,
    # grains analyst Lloyd George says ...")
    r"^(?P<pre>(?:[^,]{0,60},\s+|.{0,200}?,\s+(?:but|yet|while|whereas)\s+"
    r"|(?:While|Although|Though|As|After|Because|Since|When|If|Despite|Whereas)\s[^,]{0,160},\s+)?)"
    + _REPORTED_CLAUSE)
# a body's name in capitals after "the", the subject after a phrase set off: "Dismissing any
# confusion ..., the KMT said ..."
_THE_BODY_NAMED = re.compile(r"the\s+(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*")
# a clause of its own after "and", when the sentence's first reports nothing: "the deal has not
# been completed, and Steven Mnuchin, the Treasury secretary, said that ..." (not after a list
# of names: "Japan, Korea, and Australia said")
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|did|does|do|"
                          r"[a-z]{3,}ed)\b")  # (a clause's verb, enough to tell a clause from a list)
_REPORTED_AFTER_AND = re.compile(r"^(?P<pre>.{0,200}?\s[a-z]{3,}[^,]{0,80},\s+and\s+)"
                                 + _REPORTED_CLAUSE)
_ACCORDING_REPORTED = re.compile(
    # a description, then the name set off by commas: "According to the city's mayor, Dee
    # Margo, police were ..."; "According to Windsor Locks' first selectman, Chris Kervick, ..."
    r"^According to (?P<np>(?:(?:the|an?)\s|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s)"
    r"[^,]{0,60}?[a-z],\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"[A-Z][\w'’-]*[a-z](?=,)|[^,]{1,80}),\s+(?P<clause>.{12,})$")
_ACCORDING_PLAIN = re.compile(r"^According to (?P<np>[^,]{1,80}),\s+(?P<clause>.{12,})$")
_SAYING = re.compile(
    r"^(?:[^,]{0,60},\s+)?(?P<np>[A-Z][^,;:]{0,100}?)\s+(?:also\s+)?[a-z]+ed\b[^;]{0,200}?,\s+"
    r"(?:saying|adding|stressing|warning|noting|arguing|insisting)\s+(?:that\s+)?(?P<clause>.{12,})$")

# "The data is vulnerable to hacking, said Serge Egelman, a researcher at Berkeley.": the
# report first, then the verb and a person's full name (perhaps after a role word)
_INVERTED_REPORTED = re.compile(
    r"^(?P<clause>[A-Z][^;]{11,}?),\s+(?P<verb>said|says|added|adds|noted|notes|explained|"
    r"explains|argued|argues|warned|warns|wrote|writes)\s+"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
    r"(?:,\s+[^;]{3,200})?[.!]?\s*$")

_INVERTED_POST_NAME = re.compile(
    r"^(?P<clause>[A-Z][^;]{11,}?),\s+(?P<verb>said|says|added|adds)\s+(?P<post>[^,;.]{3,60}?\w),\s+"
    r"(?P<np>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]*)\.?\s*$")


# the words reported first, then who said them, the wire's commonest form: "New Zealand is
# still weighing whether to join, Foreign Minister Winston Peters said on Wednesday." (when,
# where or to whom after the verb; the words open with no phrase that would be the clause's own)
_CLAUSE_THEN_SAID = re.compile(
    r"^(?P<clause>(?!(?:In|At|On|As|When|While|After|Before|Speaking|Asked|Addressing|Writing|"
    r"Responding|According|For|To|With|From|By|Like|But|And|So|Then)\b)[A-Z][^;:\"“”]{11,}?),\s+"
    r"(?P<np>(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,5}?[A-Za-z][\w'’-]*[\w.])"
    r"(?:,\s+(?P<named>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*[a-z]),)?\s+"  # ("the post, Name,")
    r"(?P<verb>said|says|added|told\s+(?:reporters|journalists|lawmakers|parliament|"
    r"Parliament|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))"
    r"(?:\s+(?:on|in|at|late|early|earlier|this|last|after|before|during)\s+[^,;.]{1,40})?[.!]?\s*$")
_SAYING_KEY = re.compile(r"\b(?:saying|adding|stressing|warning|noting|arguing|insisting)\s")


# A piece of every verb the patterns above need: a sentence without one is no report
_REPORT_KEYS = ("said", "says", "stress", "warn", "noted", "noting", "added", "adding", "insist",
                "argu", "claimed", "stated", "explained", "emphasi", "indicated", "pointed out",
                "believes", "told", "announced", "maintained", "reiterated", "acknowledged",
                "admitted", "confirmed", "denied", "suggested", "predicted", "cautioned",
                "urged", "expressed concern", "According to", "saying", "adds", "notes",
                "explains", "wrote", "writes")


def _may_report(body: str, sentences: list[tuple[int, int]]) -> set[int]:
    """The indexes of the sentences that hold a piece of a reporting verb (`_REPORT_KEYS`): the
    others cannot be reported speech. Each piece looked for once in the whole body, not in
    each sentence (most sentences hold none)."""
    starts = [start for start, _ in sentences]
    found = set()
    for key in _REPORT_KEYS:
        at = body.find(key)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at + len(key) <= sentences[i][1]:
                found.add(i)
            at = body.find(key, at + 1)
    return found


# where, when or how words were said, and nothing of what: the clause of a cue after a quotation
_HOW_SAID_ONLY = re.compile(r"(?:in|on|at|during|via|through|to)\s+(?:an?|the|his|her|their|its)\s+"
                            r"[\w-]+(?:\s+[\w-]+)?", re.I)  # ("in an interview", not "at least 40 ...")


def _reported(body: str, s_start: int, s_end: int, resolver: Resolver) -> Quote | None:
    """The sentence as reported speech (`kind: indirect`), if it is: `X stressed that ...`,
    `According to X, ...`, `X ..., saying ...`; the speaker resolved as a quotation's is.
    Asked only of the sentences `_may_report` finds."""
    sentence = body[s_start:s_end]
    if "\n" in sentence:
        return None
    if dateline := DATELINE.match(sentence):  # "BRUSSELS, May 3, 2024 (Reuters) - "
        s_start += dateline.end()
        sentence = sentence[dateline.end():]
    # each pattern asked only when the words it needs are there
    m = _ACCORDING_REPORTED.match(sentence) if sentence.startswith("According to") else None
    if m is not None and ", " in m.group("np") and is_place(m.group("np").rsplit(", ", 1)[1]):
        # "According to China's foreign ministry, North Korea, Iran and Russia have ...": a
        # list of places opens the words, no name set off
        m = _ACCORDING_PLAIN.match(sentence)
    # (an inverted verb and a person named in full before a participle: "..., said Wang
    # Huiyao, an adviser ..., noting that ...": Wang reports the words before the verb)
    if m is None and "," in sentence and (inverted := _INVERTED_REPORTED.match(sentence)):
        name = split_role_and_name(inverted.group("np"))[1]
        # a person, in full, or under a courtesy title ("..., says Dr Mapp.")
        m = inverted if name and (len(name.split()) >= 2 or fold(
            inverted.group("np").split()[0]).rstrip(".") in _COURTESY) else None
    if m is None and "," in sentence and (inverted := _INVERTED_POST_NAME.match(sentence)):
        # "..., says National's Defence spokesman, Wayne Mapp.": the post, then its holder
        name = split_role_and_name(inverted.group("np"))[1]
        post = inverted.group("post").split()
        m = inverted if name and len(name.split()) >= 2 and any(
            w.islower() or fold(w) in ROLE_WORDS for w in post) else None
    teller = None  # who said it, when not the subject: "..., Zapata said, adding it ..."
    if m is None and _SAYING_KEY.search(sentence):
        m = _SAYING.match(sentence)
        if m is not None and (said := _SAID_THEN_PARTICIPLE.search(sentence, 0, m.start("clause"))):
            teller = _subject(said.group(1))
    if m is None:
        m = _REPORTED.match(sentence)
        if m is None and ", and " in sentence and (m := _REPORTED_AFTER_AND.match(sentence)) \
                and not _FINITE_VERB.search(m.group("pre").rsplit(",", 2)[-2]):
            m = None  # "Leaders including X, the Philippine president, and Y said": a list
        if m and len(m.group("np")) > 100 \
                and len((split_role_and_name(_subject(m.group("np")))[1] or "").split()) < 2:
            m = None  # (a long subject only for a person named in full at its end: "former
            #           ... Governor and popular economic commentator Dr. W.A. Wijewardena")
        if m and m.group("np")[:1].islower() and m.group("np") not in ("he", "she") \
                and not (_THE_BODY_NAMED.fullmatch(m.group("np")) and m.group("pre").endswith(", ")) \
                and not any(w in ROLE_WORDS or w in ROLE_NOUNS
                            for w in itertools.takewhile(str.islower, m.group("np").split())):
            # ("pollster and analyst Dahlia Scheindlin says", "grains analyst Lloyd George
            # says", not "both X and Y claimed")
            m = None
        verb = m.group("verb").lower() if m else None
        # "said" and its kin report speech directly; weaker verbs need "that"
        if m and verb in ("believes", "indicated", "suggested", "pointed out", "announced",
                          "confirmed", "denied", "expressed concern") and not m.group("that"):
            m = None
        elif m and verb == "claimed" and m.group("clause").startswith(("responsibility", "credit")):
            m = None  # a deed owned up to, not words reported
        elif m and not m.group("that") and verb in ("warned", "urged", "cautioned") \
                and len(m.group("clause").split()) <= 6 and not _FINITE_VERB.search(m.group("clause")) \
                and " to " not in m.group("clause"):
            m = None  # whom they warned, and when: "warned Taipei on Monday.", no words
    if m is not None and (len(m.group("clause").split()) < 3
                          or _HOW_SAID_ONLY.fullmatch(m.group("clause").strip().rstrip("."))):
        m = None  # "..., Kamikawa said on Wednesday.": no words after the verb, they came first
    if m is None and ", " in sentence and (said_last := _CLAUSE_THEN_SAID.match(sentence)) \
            and len(said_last.group("clause").split()) >= 4 \
            and _FINITE_VERB.search(said_last.group("clause")) \
            and ((last := said_last.group("np").rsplit(None, 1)[-1])[:1].isupper()
                 or last in ROLE_WORDS or _GENERIC_PERSON.fullmatch(last)
                 or last in ("he", "she", "they", "it")):
        # "Japan will send two destroyers to the exercise, Nakatani said." (asked last: "X
        # added that ..." keeps its own reading)
        m = said_last
    if m is None:
        return None
    clause = m.group("clause").strip().rstrip(".")
    subject = _subject(m.group("np"))
    if "named" in m.re.groupindex and m.group("named"):
        if without_possessive(m.group("np").split()[-1]).casefold() not in ROLE_WORDS:
            return None  # "Officials in Seoul, South Korea, said": a place set off, not a name
        subject = f"{m.group('np')}, {m.group('named')}"
    att = resolver.resolve(teller or subject, clause[:80])
    if att is None or att.speaker is None:
        return None
    if clause[:3] in ("it ", "its") and (last := resolver.people.last) is not None \
            and last.name == att.speaker and not last.organisation and last.gender is None \
            and last.likely is None and not last.roles \
            and not any(without_possessive(w.strip(",")).casefold() in ROLE_WORDS
                        for w in sentence[:m.start("clause")].split()):
        # "Blue Origin says it is preparing to ...": what reports of itself as "it" is a body
        # (not "Xie Zhenhua, the country's special representative, said it will ...")
        last.organisation = True
    if len(clause.split()) < 3 or clause.endswith(":") or _HOW_SAID_ONLY.fullmatch(clause):
        return None  # "X said in a statement:" introduces a quotation, it reports nothing;
        #              '"...?" Onodera said in an interview.' tells how, not what
    start = s_start + m.start("clause")
    return Quote(n=0, quote=clause, kind="indirect", speaker=att.speaker,
                 speaker_as_written=att.as_written, role=att.role,
                 context=" ".join(sentence.split()), start=start, end=start + len(clause))
