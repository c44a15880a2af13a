"""Read a scraped page the way a reader does: the story in, the site furniture out.

The page is split into blocks (its non-empty lines) and each block is classified from what can
be measured of it, the way jusText and boilerpipe do for HTML, with no rule naming a site:

1. `measure`: length in words, sentence punctuation, the share of stop words, Title Case,
   digits, whether blank lines set it apart, and how often it recurs on the page (what a line
   says of itself, `_Line`, is measured once for all its copies, and a short line once per
   process: sites print the same menus on every page);
2. `classify`: furniture with a reason (calls to action, captions, separators, link lists...),
   else `good` (a paragraph of prose), `near` (prose-like), or `short`;
3. `main_run`: the article is the densest run of prose: the run of blocks with the highest
   score (prose counts for, furniture and "related"/"comments" markers against), so a short line
   between two paragraphs of the story is the story's, and a page with a paragraph of prose
   never comes out empty;
4. `find_headline`: the title-like line that opens the article (see its docstring).

Standalone date lines and bylines above the story are set apart as metadata, not body.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from nato_search.text import DATELINE, FIRST_PERSON, TITLE_ABBREVIATIONS, words

_BLANKS = re.compile(r"\n{3,}")


# A page saved in one encoding and read in another shows U+FFFD where its curly quotation
# marks, apostrophes, dashes and no-break spaces were: put back what the place says it was.
_LOST_MARKS = [
    (re.compile(r"(?<=[^\W\d_])\ufffd(?=(?:s|t|re|ve|ll|d|m)\b)"), "’"),  # "don�t", "ball�s"
    (re.compile(r"(?<=[.!?,;:])\ufffd{2}(?=[^\W\d_])"), " “"),  # 'debate.��We': a space, then “
    (re.compile(r"(?:(?<=\s)|^)\ufffd(?=[^\s\ufffd])", re.M), "“"),  # "of �engaging"
    # "time,� he added" (at a line's end, it was as often a no-break space as a mark)
    (re.compile(r"(?<=[^\s\ufffd])\ufffd(?=[ \t]+\S)"), "”"),
    (re.compile(r"(?<=\s)\ufffd(?=\s)"), "–"),  # "relief � an issue"
    (re.compile(r"\ufffd+"), " "),  # "pass�another": a no-break space
]


def _restore_lost_marks(text: str) -> str:
    for pattern, mark in _LOST_MARKS:
        text = pattern.sub(mark, text)
    return text


# A paragraph break lost between a sentence's stop and a quotation mark glued to a capital
# ('... watching their child push food around the plate."School meals can be ...'); the pairs
# spelt out: the fastest pattern to search
_GLUED_MARK = re.compile(r'(?:\."|\.”|\.“|\?"|\?”|\?“|!"|!”|!“)(?=[A-Z])')


_GLUED_STOP_INSIDE = re.compile(r"[a-z][.!?:][A-Z][a-z]")  # "assets.Microsoft", "by:To"
# narration's: a name of two words or more, then its "said" ("Georgina Kekea said", "Nanaia
# Mahuta, said"; not "He said" nor "Labour said")
_NAME_SAID = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+,?\s+(?:said|says|told|added)\b")


def _glued_marks(text: str) -> Iterator[int]:
    """Where a quotation mark stands between a word's stop and a capital."""
    for m in _GLUED_MARK.finditer(text):
        # (after a word, or after a quotation closed before the stop: 'crime"."We ask')
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "\"”’)"):
            yield m.start() + 1


# a quotation closed before its sentence's stop, then the next sentence glued to it ('... as
# a result of that".He welcomed ...'): a break lost after the stop
# (one pattern a mark: a pattern that opens with a literal is searched ten times faster; the
# word before is asked after)
_GLUED_AFTER_CLOSE = {mark: re.compile(mark + r"\.(?=[A-Z][a-z])") for mark in ('"', "”")}


def _break_after_close(m: re.Match) -> str:
    """The break after a closing mark and its stop, when a word or a stop stands before it."""
    before = m.string[m.start() - 1] if m.start() else " "
    return m.group() + "\n\n" if before.isalnum() or before in ".!?" else m.group()


def _break_glued_paragraphs(text: str) -> str:
    """Put back the paragraph breaks a scrape lost where a quotation mark is glued between two
    sentences. A curly mark says which side it belongs to; a straight one opens the next
    paragraph when the words up to the next mark end a sentence or a clause there (a quoted
    paragraph: '."School meals ... diet."'), else it closes the paragraph before it ('diet."Mumsnet
    co-founder, Carrie Longton, said: "...')."""
    for mark, pattern in _GLUED_AFTER_CLOSE.items():
        if mark + "." in text:
            text = pattern.sub(_break_after_close, text)
    pieces, last = [], 0
    for at in _glued_marks(text):
        mark = text[at]
        if mark == '"':
            following = text.find('"', at + 1, at + 3000)
            # (a quoted paragraph ends with its stop inside the mark, or, as British pages
            # write it, outside: '... as a result of that".')
            opens = following > 0 and (text[following - 1] in ".!?,"
                                       or text[following + 1:following + 2] in (".", ",")) \
                and "\n" not in text[at:following] \
                and len(_GLUED_STOP_INSIDE.findall(text, at, following)) < 2
            # (not words that run over sentences glued where more breaks were lost: narration,
            # after the quotation this mark closes - '... grow quite quickly."MinecraftEdu
            # already allows ... assets.Microsoft is promising ...software."We believe')
            if opens and text[following - 1] != "," and _NAME_SAID.search(text, at + 1, following) \
                    and (text.count('"', text.rfind("\n", 0, at) + 1, at) % 2
                         or not FIRST_PERSON.search(text, at + 1, following)):
                # a name and its "said" follow, up to a full stop, as narration (a quotation is
                # open on the line, or the words say no "I" or "we"): the mark closes the
                # quotation before ('... they may have."RNZ's correspondent Georgina Kekea said
                # ... pact."From what we've seen ...')
                opens = False
        else:
            opens = mark == "“"
        cut = at if opens else at + 1
        pieces += [text[last:cut], "\n\n"]
        last = cut
    return "".join(pieces) + text[last:] if pieces else text


# two apostrophes (or two backticks) typed for a quotation mark, opening before a word or
# closing after one (not inside a word: "rock 'n' roll", nor three or more)
_TWO_MARKS = re.compile(r"''|``")  # (what stands around them: asked of each)


def _two_apostrophes(text: str) -> str:
    """Two apostrophes typed for a quotation mark made one: throughout, when the text opens
    quotations so ("''up their game''", TeX's "``DRM is dead,''"); else only those that close
    a quotation a double mark opened ('"I've decided ... to cut a knot,'' he said'), not two
    single marks closing a quotation inside another ("'... 'top-notch people.''")."""
    def opening(at: int) -> bool:  # before a word, after none ("rock 'n' roll" keeps its own)
        before = text[at - 1] if at else " "
        return not (before.isalnum() or before in "'`_") and text[at + 2:at + 3].isalnum()

    def closing(at: int) -> bool:  # after a word or a stop, before none
        after = text[at + 2:at + 3]
        return text[at:at + 2] == "''" and at > 0 \
            and (text[at - 1].isalnum() or text[at - 1] in ".,!?…") \
            and not (after.isalnum() or after in "'_")

    marks = [m.start() for m in _TWO_MARKS.finditer(text)]
    throughout = any(opening(at) for at in marks)
    pieces, last = [], 0
    for at in marks:
        if at < last:
            continue  # (the second pair of a run of three or more)
        if throughout and (opening(at) or closing(at)) or not throughout and closing(at) \
                and text[text.rfind("\n", 0, at) + 1:at].count('"') % 2:
            pieces += [text[last:at], '"']
            last = at + 2
    return "".join(pieces) + text[last:] if pieces else text


def normalise(text: str) -> str:
    """Unify line endings, strip trailing spaces and collapse runs of blank lines; put back the
    marks a wrong encoding turned into U+FFFD, and the paragraph breaks a scrape lost between
    quoted sentences."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if "\ufffd" in text:
        text = _restore_lost_marks(text)
    if "''" in text or "``" in text:
        text = _two_apostrophes(text)
    text = _break_glued_paragraphs(text)  # (the text as it is when it holds none)
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


@dataclass(frozen=True)
class Block:
    """One line of the source: its text, its role, and why it was dropped (None if kept)."""

    text: str
    role: str = "text"  # "headline", "date", "byline", "text"
    reason: str | None = None
    zone: str = "story"  # "before", "story" or "after": where it stands against the article
    # how many words (`text.words`) it has, counted once here for metadata; None: not counted
    words: int | None = field(default=None, compare=False, repr=False)

    @property
    def kept(self) -> bool:
        return self.reason is None and self.role == "text"


@dataclass(frozen=True)
class Cleaned:
    """The blocks of an article, classified; `body` is what a reader reads."""

    blocks: tuple[Block, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(b.text for b in self.blocks if b.kept)

    @property
    def headline(self) -> str | None:
        return next((b.text for b in self.blocks if b.role == "headline"), None)

    @property
    def dropped(self) -> list[Block]:
        return [b for b in self.blocks if b.reason is not None]


# ---------------------------------------------------------------------------------------------
# What a block looks like

# English function words: prose is full of them, menus and headline lists are not (jusText).
_STOP_WORD_LIST = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves said says may might must
"""
STOP_WORDS = frozenset(_STOP_WORD_LIST.split())

_SENTENCE_END = re.compile(r"[.!?…](?:[\"”’'»)\]]\s*)*$")
_SENTENCE_INSIDE = re.compile(r"[a-z0-9%)\"”’][.!?][\"”’]?\s+[\"“‘A-Z]")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of",
                "on", "or", "over", "the", "to", "up", "with", "vs", "via", "amid", "after"}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CJK_STOP = re.compile(r"[。！？]")
_STOP_MARKS = ".!?…"
_CLOSERS = "\"”’'»)]"  # what may follow a sentence's last mark (`_SENTENCE_END`)


def ends_sentence(text: str) -> bool:
    stripped = text.strip()
    last = stripped[-1:]
    # `_SENTENCE_END` ends at a mark or a closer: only then is the pattern worth a search
    if last and (last in _STOP_MARKS or last in _CLOSERS and _SENTENCE_END.search(stripped)):
        return True
    return not text[-2:].isascii() and bool(_CJK_STOP.search(text[-2:]))


def size_in_words(text: str, ws: list[str] | None = None) -> int:
    """Words, counting two characters of Chinese, Japanese or Korean as one word."""
    cjk = 0 if text.isascii() else len(_CJK.findall(text))
    if cjk < 4:
        return len(words(text) if ws is None else ws)
    return len(words(_CJK.sub(" ", text))) + cjk // 2


def is_headline_like(text: str) -> bool:
    """A headline: a few words, no closing full stop, capitalised like a title or a sentence."""
    ws = words(text)
    if not 3 <= len(ws) <= 30 or text.rstrip().endswith((".", ":", ";", ",")):
        return False
    return ws[0][:1].isupper() or ws[0][:1].isdigit()


def title_case_ratio(text: str, ws: list[str] | None = None) -> float:
    ws = [w for w in (words(text) if ws is None else ws) if w.lower() not in _SMALL_WORDS]
    if not ws:
        return 0.0
    return sum(1 for w in ws if w[:1].isupper() or w[:1].isdigit()) / len(ws)


def stop_word_share(text: str, ws: list[str] | None = None) -> float:
    ws = words(text) if ws is None else ws
    return sum(map(STOP_WORDS.__contains__, map(str.lower, ws))) / len(ws) if ws else 0.0


# ---------------------------------------------------------------------------------------------
# Furniture, judged one block at a time

# Calls to action and site chrome, in words any site uses.
_CALL_TO_ACTION = re.compile(
    r"\b(?:join (?:now|us|our|[\d,]+ other)|subscribe|sign (?:me )?(?:up|in|out)|log ?(?:in|out)\b"
    r"|newsletter|follow us"
    # "Follow CNN Science News on Twitter and Facebook" (the whole line)
    r"|^follow (?:@?[\w&.'’-]+ ){0,4}@?[\w&.'’-]+(?: on|:) (?:(?:and |& |, |\| )?(?:twitter|x|facebook"
    r"|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)\b,? ?){1,4}(?:\W*$|@\w+)"
    # ("Follow Backchannel: Facebook | Twitter"; "..., visit our Facebook page or our Twitter
    # feed"; "Add this article to your reading list by clicking ...")
    r"|visit (?:us|our) (?:on )?(?:twitter|x|facebook|instagram|linkedin|youtube)\b"
    r"|^add (?:this|the) (?:article|story|page) to your\b|^go to the profile of\b"
    r"|connect with us|share (?:this|post|article|story|on|via|to)|share post|click (?:here|to)"
    r"|continue reading|read more|read the rest|keep reading|leave a (?:reply|comment)"
    r"|your email(?: address)?"
    r"|how (?:did|do) you feel|how can i help you|thank you for reading|don'?t forget to"
    r"|(?:whatsapp|telegram|viber|signal) (?:channel|group)|download (?:the |our )?(?:[\w'’+-]+ ){0,3}apps?\b"
    # (a sign-up form's fine print: "You may occasionally receive promotional content from ...",
    # "... would like to keep you informed about offers, events and updates by email", "Get
    # The Times' Daily Edition by email")
    r"|\breceive promotional (?:content|e-?mails|offers|messages)|keep you informed about (?:our )?"
    r"(?:offers|events|news|updates)|^get (?:[\w'’&-]+ ){1,6}by e-?mail\b"
    r"|^support (?:our|independent|quality) journalism"
    r"|all rights reserved|cookies? (?:policy|settings|preferences)|^cookies$|privacy policy"
    r"|terms of (?:use|service)"
    r"|skip to (?:the )?(?:main |primary |next )?(?:content|navigation|paragraph|article|menu"
    r"|search|footer|comments|section)|skip (?:navigation|(?:this )?ad(?:vert(?:isement)?)?)"
    r"|toggle navigation"
    r"|was this (?:article|story) helpful|discover more from|powered by"
    r"|comments? (?:are|is) closed|sponsored content|report an error"
    r"|print this|email this|copy link|listen to (?:this )?(?:article|page)|what do you think\??$"
    r"|have your say|tell us what you think|post a comment|write for us"
    r"|search for(?=\s*[:…]|\s*\.\.\.|\s*$|\s+(?:articles|stories|news|keywords?|jobs|anything)\b)"
    r"|^enlarge (?:this )?(?:image|photo|picture)|^(?:hide|toggle) caption|^view larger"
    # a comment counter, and at most an icon's few words ("1 comment bubble on white"), no sentence
    r"|^\d[\d,]* comments?(?=(?:\s+[\w-]+){0,4}\s*$)"
    r"|^(?:comment|discuss)(?: this)? (?:on|at|over at|via) (?:this (?:post|article|story)|reddit"
    r"|twitter|facebook|hacker news|mastodon|x|linkedin|substack|bluesky|threads|our forums?)"
    r"(?=\s*(?:$|[.!,]|or\b|and\b))"
    r"|discuss this (?:story|article|post)|(?:email|e-mail|print) (?:this|the) (?:story|article)"
    r"|printable version|printer[- ]friendly|send (?:it|this|this story|this article) to a friend"
    r"|(?:receive|get) (?:new|the latest|our|up-to-the-minute|real-time|breaking) (?:posts|stories"
    r"|news|updates|alerts)|in your inbox|contact the (?:author|writer|reporter)"
    r"|report (?:typos|a typo|an? (?:correction|inaccuracy))|(?:article|story) continues (?:below|after)"
    r"|related topics|more (?:from|on) this|sign-up|log-in|create (?:an )?account"
    r"|we(?:'d| would)? (?:want|like|love) to hear (?:from you|what you think)"
    r"|submit a letter to the editor|submit your|for an optimal experience"
    r"|register (?:here|now|for free)|(?:to|in) (?:your|their) inbox(?:es)?"
    r"|(?:ie|internet explorer)\s*\d*\s+is not supported|browser is not supported)\b"
    r"|^search(?: (?:this|the|our))?(?: (?:site|website|blog|archives?))?(?: (?:search|go|submit))?$"
    r"|^(?:advertisement|advertising)\b.{0,20}$"
    r"|^(?:(?:like|follow|share|tweet|pin|email|print|save|comment|reply|bio)\s*){2,}$"  # buttons
    r"|skip to (?:main |primary )?(?:content|navigation)(?-i:[A-Z])",  # "Skip to contentSkip to ..."
    re.I)
# Words someone said: a quotation or a speech verb, which a site's own buttons never hold
# ('"You can't cure it with a privacy policy," Ms. Mithal said.')
_SAID = r"\b(?:said|says|told|added|wrote)\b"
_SPOKEN = re.compile(rf"[“”„]|\"\w[^\"]*\"|{_SAID}")
_SAID_WORD = re.compile(_SAID)
# A site's notice of its affiliate links, in the words such notices share.
_DISCLOSURE = re.compile(
    r"\baffiliate (?:advertising )?(?:program|links?|commissions?|partnerships?)\b"
    r"|\b(?:we|may|might) (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|fees?)\b"
    r"|\bmay (?:earn|receive) compensation\b(?=.{0,60}\b(?:links?|click\w*|purchas\w*)\b)"
    r"|\badvertising (?:disclaimer|disclosure)\b", re.I)
# For each phrase above, a word every match of it holds (its rarest: "rights" of "all rights
# reserved", "inbox" of "in your inbox", "feel" of "how did you feel", as `re.I` reads it): a line
# that holds none of them cannot match, and most lines hold none. A set lookup per word is much
# cheaper than the pattern, which is tried at every character of every short line.
_CALL_TO_ACTION_FIRST_WORD_LIST = """
join subscribe sign log login logout newsletter follow connect share click continue read keep
leave email feel help thank forget whatsapp telegram viber signal download rights cookie cookies
privacy terms skip toggle helpful discover powered closed sponsored error print copy listen think
say comment write search receive get inbox inboxes topics more account hear submit optimal
register supported advertisement advertising like tweet pin save reply bio discuss printable
printer send contact typos typo report continues enlarge hide caption view comments journalism
visit add profile
"""
_CALL_TO_ACTION_FIRST_WORDS = frozenset(_CALL_TO_ACTION_FIRST_WORD_LIST.split())
_LETTER_RUNS = re.compile(r"[^\W_]+")
_CASE_ODD = re.compile("[\u017f\u0131\u0130\u212a]")  # ſ ı İ K: `re.I` reads them as s, i, i, k


def is_call_to_action(text: str) -> bool:
    """Whether `_CALL_TO_ACTION` finds a call to action or site chrome in the line."""
    if not _CASE_ODD.search(text) and _CALL_TO_ACTION_FIRST_WORDS.isdisjoint(
            _LETTER_RUNS.findall(text.lower())):
        return False  # none of its first words: the pattern cannot match
    return bool(_CALL_TO_ACTION.search(text))


# Cookie and consent notices and browser warnings, however long.
_CONSENT = re.compile(
    r"\bwe use cookies\b|\bby (?:continuing|using) (?:to (?:use|browse)|this (?:site|website))\b"
    r"|\byou (?:agree|consent) to (?:our|the) use of cookies\b|\b(?:accept|manage) (?:all )?cookies\b"
    r"|\bbrowser (?:version )?with limited support\b|\bno longer supports? internet explorer\b"
    r"|\bupgrade (?:your|to a (?:newer|modern)) browser\b|\b(?:enable|turn on) javascript\b"
    r"|\byour browser['’]?s? settings (?:may|might) be preventing\b"
    r"|\bjavascript is (?:disabled|required|turned off)\b|\bwith javascript (?:turned on|enabled)\b"
    # an ad blocker's notice: "you are using an ad-blocking browser add-on", "disable your ad blocker"
    r"|\b(?:using|use|have) an? ad[- ]?block(?:er|ing)?\b|\b(?:disable|turn off|pause|whitelist)\b"
    r"[^.]{0,40}\bad[- ]?blocker\b|\bad[- ]?blocker['’]s (?:\W?white ?list|settings)\b", re.I)
# Words without one of which the patterns above cannot match: a cheap test first, since
# these run on every line of every page
_CONSENT_KEYS = ("cookie", "by continuing", "by using", "browser", "internet explorer", "javascript",
                 "ad-block", "adblock", "ad block")
# a site's rules for readers' comments: "Comments that include profanity ... will be removed",
# "The BBC may edit your comments and not all emails will be published"
_COMMENT_RULES = re.compile(
    r"^comments? (?:that|which) (?:include|contain)\b[^.]{0,120}\b(?:will|may) be (?:removed|deleted)\b"
    r"|\bmay edit your comments?\b|\bnot all (?:e-?mails|comments|letters) will be published\b", re.I)
_PHOTO_KEYS = ("photo", "image", "picture", "illustrat", "©", "getty", "/a", "/r", "/e", "caption",
               "credit", "source:")  # ("/a", "/r", "/e": an agency after a slash, "/AFP")
# Markers of what follows the story: lists of other articles, comments, rankings.
_END_MARKER = re.compile(
    r"^(?:[\"'“].{1,30}[\"'”]\s*)?(?:more (?:like this|from|stories|news|on this|to read|in)"
    r"|more (?:[\w-]+ ){1,2}(?:news|stories|headlines|articles|videos)"  # "More National News""
    r"|more (?:posts|articles|stories|news|videos) (?:in|from|on|by|about) [\w .'’&-]{1,40}"
    # "More In Opinion", "More From Fixes": a section named in capitals (not "More from
    # Powell:", more of his words)
    r"|more in (?:the )?(?-i:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})"
    r"|(?-i:More From (?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})"
    r"|related(?: articles| posts| news| stories| content| coverage| topics| reading)?"
    r"|related (?:articles|posts|news|stories|coverage) (?:on|from|at|in) [\w .'’&-]{1,40}"
    r"|popular(?: articles?| posts?| now| stories| on \w+)?"
    r"|most (?:read|popular|viewed|shared)|must reads?|check also|also read|read (?:also|next)"
    r"|recommended(?: for you| stories| reading)?|you may (?:also )?like|you might (?:also )?like"
    r"|(?:editors?['’]?\s+|our\s+)?recommendations"
    r"|(?:[\w.'’&-]+ ){1,2}recommends|we recommend"
    r"|trending(?: now| stories)?|latest (?:news|posts|stories|articles)|top stories|editor'?s picks"
    r"|leave a (?:reply|comment)|\d*\s*(?:comments?|responses?|replies)(?:\s*\(\d+\))?"
    r"|(?:view|show|load|read|see|add|post|leave|write)(?: all| a| your| the)?(?: \d+)?"
    r" (?:comments?|responses?|replies)(?:\s*\(\d+\))?"
    r"|join the (?:discussion|conversation)|tags?|filed under|share(?: this)?(?: post| article)?"
    r"|[\w ]*access ranking|[\w\" ]*popular article|about the author|sponsored(?: stories| links)?"
    r"|promoted(?: stories| links)?|what to read next|keep reading|up next)s?[\s:.…»›>]*$",
    re.I)
# the site's copyright line, over years or with its rights reserved ("©2005-2018 Mashable, Inc.",
# "Copyright © 2024 The Times. All rights reserved."): the footer's (not a picture's credit,
# "© Reuters", "© 2019 Getty Images")
_COPYRIGHT_FOOTER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]\s*\d{4}\b|.{0,80}\ball rights reserved\b)",
    re.I)
# the end markers that head a list of other stories (not "Comments", "Tags", "Share")
_STORIES_HEADING = re.compile(r"(?:related|more|recommended|(?:editors?['’]?\s+|our\s+)?"
                            r"recommendations|you (?:may|might)|also read|read (?:also|next)|"
                            r"most|must read|popular|trending|latest|top stories|we recommend|what to read|"
                            r"keep reading|up next)\b", re.I)
_MID_PROMO = re.compile(r"^\(?(?:more|must read|also read|read also|read more|related|see also|watch"
                        r"|tags|topics|filed (?:under|to)|categories|related topics)\s*:", re.I)
# a blog post's line of categories and tags under it
_FILED_IN = re.compile(r"^(?:this (?:entry|post|article) was (?:posted|filed) (?:in|under)\b"
                       r"|posted in\b.{1,120}\|\s*tagged\b)", re.I)
# a label alone on its line, over what it labels: "Tags:", "Filed under:"
_LABEL_ALONE = re.compile(r"^[^:]{2,30}:\s*$")
# a link to another story inside the article, its kind glued to its headline
_RELATED_HEADLINE = re.compile(r"^related (?:content|story|stories|article|articles|coverage|post|posts"
                               r"|video|link|reading)\s+(?-i:[A-Z\"“‘'])", re.I)
_PHOTO_MARK = re.compile(
    r"\((?:photo|image|file photo|picture)\b|(?-i:\b[A-Z]{2,}\s+Photo\b)|\|\s*(?:photo|image)\s*:"
    r"|\b(?:photo|image|picture|illustration)(?: credit)?\s*:|\bfile photo\b|©|\bgetty images\b"
    r"|/(?:afp|ap|reuters|efe|epa)\b|^(?:media|image|photo) caption\b|^(?:image|photo)(?: copyright)?$"
    r"|^illustration for article|\bphotograph(?:er)?:|^credit\b|\bcreditcredit|\bsource:\s*\w"
    r"|\((?:photo |image )?credits?:|(?-i:\.Credit\b)"  # "...in Pittsburgh.Credit...Name"
    # ("... Wellington, 24 June, 2024. New Zealand Herald photograph by Mark Mitchell")
    r"|\b(?:photograph|photo|picture|image)s?\s+(?:by|courtesy of)\s+"
    r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\.?$"
    r"|(?-i:^(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Image|Images|Photo|Photos|Photograph)$)",  # "Overture
    re.I)  # Films Image": whose picture it is
_PHOTO_LANGUAGE = re.compile(r"\b(?:is|are) (?:seen|pictured|shown)\b|\bpictured\b|\bposes? for\b"
                             r"|[,(]\s*(?:from\s+)?(?:left|right|center|centre)\s*[,)]"
                             r"|\b(?:stock|file|generic|library|archive) (?:image|photo|picture)s?\b",
                             re.I)
# a picture's credit: its photographer, a slash, the agency ("Evan Vucci / AP", "(Jane Roe/
# Getty Images)")
_PHOTO_CREDIT = re.compile(r"^\(?[A-Z](?:[a-z.'’]*|[A-Z.'’]*)(?:\s+[A-Z](?:[a-z.'’]*|[A-Z.'’]*)){1,2}"
                           r"\s*/\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\)?$")
# a picture's credit on a line of its own, under its caption: "Photo: Vinnie Wylie/RNZ Pacific"
_LABELLED_CREDIT = re.compile(r"^(?:Photo(?:graph)?|Picture|Image)s?(?:\s+credit)?:\s+\S")
# (after a word in lower case or a number: not a name, "by Kasai Rex")
_AGENCY_AT_END = re.compile(r"(?:\s[a-z][\w'’-]*|\d)\s+(?:Rex(?: Features| Shutterstock)?|Getty(?: Images)?"
                            r"|Shutterstock|Alamy|AFP|EPA|PA(?: Wire)?)$")
_CSS_RULE = re.compile(r"[\w.#:>\]\[*-]\s*\{\s*[a-z-]+\s*:\s*[^{};]+;?\s*(?:[a-z-]+\s*:\s*[^{};]+;?\s*)*\}")
_FILE_NAME = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|svg|mp4)$", re.I)
_TIMESTAMP = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s*\d{1,2}:\d{2}")
_GLUED_TIMESTAMP = re.compile(r"[^\W\d_]\d{1,2}[./]\d{1,2}[./]\d{2,4}")
_NUMERIC_DATE = re.compile(r"\d[./]\d")  # what both timestamps hold: a cheap test first
_SEPARATOR = re.compile(r"^[\W_]{1,5}$")
_ATTRIBUTION_START = re.compile(r"^[—–―-]\s*\w")  # "—Natasha Gownaris" under a pull quote
_BYLINE_OPENING = r"(?:by|written by|posted by|published by|words by)\b:?\s*"
_BYLINE = re.compile(rf"^{_BYLINE_OPENING}\S", re.I)
_POST_NAVIGATION = re.compile(r"^(?:next|previous|prev|older|newer)(?: post| article| story| entry)?"
                              r"\s*[:»›>]\s*\S", re.I)
_URLISH = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.I)
_SITE_BLURB = re.compile(
    r"^\S+ is an? (?:\w+ ){0,4}(?:news|media|publication|platform|website|site|portal)\b", re.I)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_LINE = re.compile(
    r"^(?:(?:published|posted|updated|last updated|first published|last modified|modified|"
    r"last edited|edited|created|dated?|filed|issued|released|transmitted)"
    r"(?: on)?\s*:?\s*)?"
    r"(?:\d{1,2}:\d{2}\s*(?:[AP]M)?\s*(?:[A-Z]{2,4})?,?\s*(?:[-–—|•]\s*)?)?"  # "17:59 - "
    r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s*)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_MONTH},?\s+\d{{4}}"  # "9th, Jan 2008"
    rf"|\d{{1,2}}-{_MONTH}-\d{{2,4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:,?\s*(?:at\s*|@\s*|[|/•·]\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?"  # a zone: "EST", "GMT+10"
    r"(?:\s*[|•·]\s*(?:\d+\s+)?comments?(?:\s*\(\d+\))?)?\s*$",  # "| comments (22)"
    re.I)


_HAS_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:(?:st|nd|rd|th),?)?\s+{_MONTH}\b"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b", re.I)

_CREDIT_TAIL = re.compile(r"\s*\|\s*(?:photo|image|credit)\b.*", re.I | re.S)
_WORD_RUN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")  # every date pattern here holds one: a line without any skips them


def _caption_key(text: str, ws: list[str] | None = None) -> str:
    """Normalise a line so its copies compare equal (quotes, credits, spacing).

    `ws`, the line's words (`text.words`), saves a second scan: their runs of letters and digits
    are the line's runs of word characters when it has no "_" (a word character that words
    leave out) and no credit to cut."""
    if ws is not None and "|" not in text and "_" not in text:
        return " ".join(ws).replace("'", " ").replace("’", " ").replace(".", " ").replace("-", " ") \
            .casefold()
    if "|" in text:
        text = _CREDIT_TAIL.sub("", text)
    return " ".join(_WORD_RUN.findall(text)).casefold()  # each run of non-word characters a space


_DATE_LABEL = re.compile(r"\b(?:published|posted|updated|modified|first published|edited|"
                         r"created|filed|transmitted)\b", re.I)


def is_date_line(text: str) -> bool:
    """A line that only dates the page: "March 3, 2020", "Updated: ... | Published: ..."."""
    text = text.strip()
    if not _DIGIT.search(text):
        return False
    return bool(_DATE_LINE.match(text)) or len(text) <= 90 and bool(
        _DATE_LABEL.search(text) and _HAS_DATE.search(text)) and size_in_words(text) <= 14 \
        or _site_labelled_date(text) or "|" in text and len(text) <= 90 and _a_dated_row(text)


_ROW_SEPARATOR = re.compile(r"\s[|•·]\s")


def _a_dated_row(text: str) -> bool:
    """A row of a byline's pieces, one of them a date and the others a few words each: "Joe
    Weisenthal | Sep. 21, 2011, 3:03 PM | 4,094 | 6" (its author, date and counts)."""
    parts = [p.strip() for p in _ROW_SEPARATOR.split(text)]
    dated = [bool(_DATE_LINE.match(p)) for p in parts]
    return any(dated) and all(d or size_in_words(p) <= 2 for p, d in zip(parts, dated, strict=True))


# a label of a site's own words before a date: "Article Launched: 01/09/2008 09:37:25 PM PST",
# "Story Date: March 3, 2008"
_OTHER_LABEL = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+\s*:\s*")
_STAMP_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_LABELS_OF_PAGES = frozenset({"article", "story", "page", "post", "entry", "date", "time"})


def _site_labelled_date(text: str) -> bool:
    """A date under a label a site made up: a date line when it holds a time too (a stamp,
    not "Deadline: March 3, 2020" in a story), the label names the page ("Story Date") or it
    is a name of two words or more (the writer's)."""
    label = _OTHER_LABEL.match(text)
    if label is None or len(text) > 70 or not _DATE_LINE.match(text[label.end():]):
        return False
    return bool(_STAMP_TIME.search(text, label.end())) \
        or not _LABELS_OF_PAGES.isdisjoint(label.group().casefold().rstrip(": ").split()) \
        or len(label.group().split()) >= 2  # a writer's name: "Martin Fowler: 25 Feb 2026"


def is_byline(text: str) -> bool:
    stripped = text.strip()
    if ", " in stripped and _SIGNED_WITH_POST.fullmatch(stripped):
        return True  # "Erin McCann, Associate Editor"
    if stripped[:1] not in _BYLINE_FIRST:
        # (a cheap test first: this runs on every short line) a writer's name run into the
        # outlet's, their space lost: "Joe DavidsonThe Washington Post"
        return "The " in stripped and bool(_GLUED_BYLINE.match(stripped))
    return bool(_BYLINE.match(stripped)) and size_in_words(text) <= 14


_GLUED_BYLINE = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}(?<=[a-z])The\s+[A-Z][a-z]+"
                           r"(?:\s+[A-Z][a-z]+){0,3}$")


_BYLINE_FIRST = frozenset("bBwWpP")  # the letters `_BYLINE`'s words open with, either case


CALL_TO_ACTION_WORDS = 16  # a line this short is furniture when it holds a call to action


def _said_twice(text: str) -> bool:
    """The same words twice in a row, the line's halves ("Famous literary meals Famous literary
    meals"): prose never repeats itself so."""
    half = (len(text) - 1) // 2
    return len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:]


def furniture_reason(text: str, before_story: bool = False, n: int | None = None) -> str | None:
    """Why a single block is site furniture, judged on its own; None if it may be story.

    (The cheap tests of length come before the patterns: this runs on every line of a page.)"""
    stripped = text.strip()
    if n is None:
        n = size_in_words(stripped)
    if len(stripped) <= 5 and _SEPARATOR.match(stripped):
        return "separator"
    if n <= 30 and stripped[:8].lower() == "related " and _RELATED_HEADLINE.match(stripped):
        return "promotion"  # "Related Story Foreign students in the US will not get visas"
    if ":" in stripped and _MID_PROMO.match(stripped):
        return "promotion"
    if n <= 40 and stripped[:1] in "TtPp" and _FILED_IN.match(stripped):
        return "promotion"  # "This entry was posted in Security and tagged Libya. Bookmark the
        #                     permalink.": a blog's footer of categories and tags
    if n <= CALL_TO_ACTION_WORDS and is_call_to_action(stripped) and not _SPOKEN.search(stripped):
        return "call to action"
    low = stripped.lower()
    if n <= 150 and any(map(low.__contains__, _CONSENT_KEYS)) and _CONSENT.search(stripped):
        return "consent notice"
    if n <= 150 and "comment" in low and ("be removed" in low or "be deleted" in low or " edit " in low
                                         or "published" in low) and _COMMENT_RULES.search(stripped) \
            and not _SAID_WORD.search(stripped):  # (not "Mr Lee said the site may edit your comments")
        return "comment rules"
    if n <= 80 and ("affiliat" in low or "commission" in low or "compensation" in low
                    or "advertising dis" in low) and _DISCLOSURE.search(stripped):
        return "disclosure"
    if n <= 2 and _FILE_NAME.match(stripped):
        return "image file"
    if "{" in stripped and "}" in stripped and _CSS_RULE.search(stripped):
        return "page code"  # "a.supporter:hover {background:#EC4438!important;} @media ...":
        #                    a style sheet's rules, shown by the scrape
    if 4 <= n <= 30 and _said_twice(stripped):
        return "link"  # "Obamacare critic is Trump's pick Obamacare critic is Trump's pick":
        #               a teaser's text and its picture's, run together
    if n <= 2 and _URLISH.match(stripped):
        return "address"
    if n <= 20 and stripped[:1] in "NnPpOo" and _POST_NAVIGATION.match(stripped):
        return "link"  # "Next: Elegantly activating a virtualenv", "Previous post: ..."
    if n <= 20 and (stripped[:2] in ("« ", "‹ ") and "»" not in stripped
                    or stripped[-2:] in (" »", " ›") and "«" not in stripped):
        return "link"  # "« Car crash death rates highest in ...": the story before or after
        #               (not a quotation in guillemets, « ... »)
    if n <= 60 and any(map(low.__contains__, _PHOTO_KEYS)) and _PHOTO_MARK.search(stripped):
        return "photo caption"
    if before_story and n <= 40 and _PHOTO_LANGUAGE.search(stripped):
        return "photo caption"
    if n <= 7 and "/" in stripped and _PHOTO_CREDIT.match(stripped):
        return "photo caption"  # "(Evan Vucci / AP)": a photographer and an agency
    if n <= 40 and stripped[-1:].isalpha() and _AGENCY_AT_END.search(stripped):
        return "photo caption"  # "Lord Burns will step down in January 2016 Rex": the credit
        #                         run on to the caption, no full stop between
    if n <= 30 and _NUMERIC_DATE.search(stripped) \
            and (_GLUED_TIMESTAMP.search(stripped) or _TIMESTAMP.search(stripped)) \
            and not is_date_line(stripped):
        return "timestamped link"
    if n <= 40 and _SITE_BLURB.match(stripped):
        return "site description"
    if n <= 40 and _AUTHOR_BIO.match(stripped):
        return "author's note"
    if n <= 12 and _glued_tags(stripped):
        return "list of links"  # "PoliticsDonald TrumpJoe Biden": tags glued by the scrape
    if n >= 20 and ("(" in stripped and ";" in stripped) and _is_script(stripped):
        return "script"
    return None


# what only program code is made of: "){", ";}", "()", "==", "!=", "&&", "||", "+=", "++"
_SCRIPT_TOKEN = re.compile(r"\)\s*\{|;\s*\}|\(\)|[=!]=|&&|\|\||\+[+=]|\bfunction\b|\bvar\s")


def _is_script(text: str) -> bool:
    """A page's script run into its text ("... return false; else i += 2; while ((i <
    sLength) ..."): code tokens all through it, one to every fifty characters or more (a
    sentence about code names a call or two, a listing's line is short)."""
    return len(_SCRIPT_TOKEN.findall(text)) * 50 >= len(text)


_WRITER_POST = (r"(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Cc]olumnist|[Jj]ournalist|"
                r"[Cc]ontributor)")
# the author's note: "National reporter focusing on ...", "Senior correspondent covering ...";
# "Erin McCann is Associate Editor at Healthcare IT News. She covers ..." (its second sentence
# tells what the writer covers or where to write: "X is a reporter for The Journal who has
# covered Russia since 2017" alone is a story's sentence)
_AUTHOR_BIO = re.compile(r"(?!(?:The|A|An|This|That)\s)(?:[A-Z][\w-]*\s+){0,3}" + _WRITER_POST
                         + r"\s+(?:focusing on|covering|who covers|based in)\b"
                         r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}\s+is\s+(?:an?\s+|the\s+)?"
                         r"(?:[\w-]+\s+){0,3}" + _WRITER_POST + r"s?\s+(?:at|for|with)\s+(?:the\s+)?"
                         r"[A-Z][^.!?]{0,80}[.!?]\s+(?:(?:She|He|They)\s+(?:covers|writes|reports)\b"
                         r"|Follow\b|Email\b|Contact\b|Reach\b)"
                         # in the first person: "I am the head of editorial for X. I write about"
                         r"|^I(?:'m| am) (?:an?|the) [^.!?]{0,60}\b(?:editor|editorial|writer|reporter"
                         r"|journalist|correspondent|columnist)\b[^.!?]{0,80}[.!?]\s+I (?:(?:write|report)"
                         r"\s+(?:about|on)|cover)\b")
# a writer's name and post, signing the story: "Erin McCann, Associate Editor"
_SIGNED_WITH_POST = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2},\s+(?:[A-Z][\w-]*\s+){0,3}"
                               + _WRITER_POST + r"s?")
# a word glued to the next one's capital ("PoliticsDonald"); "McConnell" holds none
_GLUED_WORDS = re.compile(r"[a-z]{3}[A-Z][a-z]")


def _glued_tags(text: str) -> bool:
    """Capitalised words only, two or more of them glued to the next ("PoliticsDonald TrumpJoe
    Biden"): a scrape's run of tags. Not code ("getElementById"), nor a sentence that names
    "LibreOffice and OpenOffice"."""
    words = text.replace(",", " ").split()
    return all(w[:1].isupper() or w == "&" for w in words) \
        and sum(len(_GLUED_WORDS.findall(w)) == 1 for w in words) >= 2


# ---------------------------------------------------------------------------------------------
# Measuring and classifying blocks

@dataclass(slots=True)
class _Measured:
    text: str
    line: int  # its line number in the page
    words: int
    stops: float  # share of stop words
    sentence: bool  # ends like a sentence, or holds a sentence break
    set_apart: bool  # a blank line above and below: a paragraph or a heading, not a menu entry
    repeats: int  # how many lines of the page read the same
    furniture: str | None
    own: _Line = field(repr=False)  # what its text says of itself, shared by its copies
    key: str = ""  # the line normalised, as its copies compare (`_caption_key`)
    dateline: bool = False  # `is_date_line`, asked once
    byline: bool = False  # `is_byline`, asked once
    cls: str = "short"  # "good", "near", "short", "bad"
    code: bool = False  # a line of a listing (`_code_lines`)
    tokens: list[str] = field(default_factory=list)  # its words (`text.words`)

    def block(self, role: str = "text", reason: str | None = None, zone: str = "story") -> Block:
        """The Block this line becomes, with its count of words for metadata."""
        return Block(self.text, role, reason, zone, len(self.tokens))  # (positional: faster)

    def title_case_ratio(self) -> float:
        own = self.own
        if own.title_case is None:
            own.title_case = title_case_ratio(self.text, own.tokens)
        return own.title_case

    def ends_story(self) -> bool:
        own = self.own
        if own.end_marker is None:
            own.end_marker = bool(_END_MARKER.match(self.text)) or self.text[:1] in "©C(" \
                and bool(_COPYRIGHT_FOOTER.match(self.text))
        return own.end_marker

    def stems(self) -> set[str]:
        own = self.own
        if own.stems is None:
            own.stems = _stems(self.text)
        return own.stems


# Thresholds, after jusText's: prose is long enough and full of function words.
GOOD_WORDS = 12
NEAR_WORDS = 6
GOOD_STOPS = 0.24
NEAR_STOPS = 0.15


def measure(text: str) -> list[_Measured]:
    """Every non-empty line of the page with its measurable properties."""
    lines = [line.strip() for line in normalise(text).split("\n")]
    # what a line's own text says of it, measured once for all its copies on the page; a short
    # line (a menu entry, a button, a footer) is looked up in the lines of the pages before
    own: dict[str, _Line] = {}
    for line in lines:
        if line and line not in own:
            short = len(line) <= SHARED_LINE_CHARS
            record = _shared_lines.get(line) if short else None
            if record is None:
                record = _Line(line)
                if short:
                    if len(_shared_lines) >= SHARED_LINES:
                        _shared_lines.clear()  # a bound on memory; the site's chrome comes back
                    _shared_lines[line] = record
            own[line] = record
    counts: dict[str, int] = {}
    for line in lines:
        key = own[line].key if line else ""
        if key:  # a line without words (a rule, a row of dashes) is no copy of another
            counts[key] = counts.get(key, 0) + 1
    out = []
    last = len(lines) - 1
    for i, stripped in enumerate(lines):
        if not stripped:
            continue
        apart = (i == 0 or not lines[i - 1]) and (i == last or not lines[i + 1])
        o = own[stripped]
        out.append(_Measured(
            text=stripped, line=i, words=o.words, stops=o.stops, sentence=o.sentence,
            set_apart=apart, repeats=counts.get(o.key, 1), key=o.key, dateline=o.dateline,
            byline=o.byline, furniture=o.furniture, tokens=o.tokens, own=o))
    for b, link in itertools.pairwise(out):
        if b.text.endswith(("...", "…")) and link.words <= 3 and _MORE_LINK.match(link.text) \
                and not b.furniture:
            # "One Canadian soldier was killed and a second ... vehicle...", then "[ more ]":
            # another story's teaser, cut short, and its link
            b.furniture = "teaser"
    return out


_MORE_LINK = re.compile(r"^[\[(]?\s*(?:read\s+|see\s+)?more\s*(?:»|›|>>|\.\.\.|…)?\s*[\])]?$", re.I)


# A site prints the same chrome on every page: its short lines are measured once per process.
SHARED_LINE_CHARS = 80
SHARED_LINES = 10_000  # ~1 KB each
_shared_lines: dict[str, _Line] = {}


class _Line:
    """What a line says of itself, whatever page it stands on: its key, size, share of stop
    words, sentence, date line, byline, furniture and words, as `_Measured` has them; and what
    some lines only are asked, each at most once (None: not asked yet)."""

    __slots__ = ("key", "words", "stops", "sentence", "dateline", "byline", "furniture", "tokens",
                 "title_case", "end_marker", "stems", "form_keys")

    def __init__(self, text: str) -> None:
        ws = words(text)
        n = size_in_words(text, ws)
        self.key = _caption_key(text, ws)
        self.words = n
        self.stops = stop_word_share(text, ws)
        # a break inside needs one of the marks: most lines that do not end a sentence hold none
        self.sentence = ends_sentence(text) or ("." in text or "!" in text or "?" in text) \
            and bool(_SENTENCE_INSIDE.search(text))
        self.dateline = n <= 20 and is_date_line(text)
        self.byline = n <= 14 and is_byline(text)
        self.furniture = furniture_reason(text, n=n)
        self.tokens = ws
        self.title_case: float | None = None  # `title_case_ratio`
        self.end_marker: bool | None = None  # `_END_MARKER` matches: what follows is not the story
        self.stems: set[str] | None = None  # `_stems`
        # the keys of its parts when it reads "Headline | Site" (`_title_forms`)
        self.form_keys = tuple(_caption_key(form) for form in _title_forms(text)[1:]) \
            if _SEPARATOR_CHAR.search(text) and _TITLE_SEPARATORS.search(text) else ()


def _notice_between(blocks: list[_Measured]) -> None:
    """The paragraphs between two of a notice's are the notice's ("Our system has found that
    you are using an ad-blocking browser add-on." ... "Our ads are the only way ..." ... "So,
    we ask you to disable your Ad Blocker"): a notice is read as a whole, as the story is."""
    notices = [i for i, b in enumerate(blocks) if b.furniture == "consent notice"]
    for i, j in zip(notices, notices[1:], strict=False):
        if 1 < j - i <= 4 and not any(b.furniture for b in blocks[i + 1:j]):
            for b in blocks[i + 1:j]:
                b.furniture = "consent notice"


def classify(blocks: list[_Measured]) -> None:
    """Give each block a class: good (prose), near (prose-like), short, or bad (furniture)."""
    # Pages not in English have few English stop words: judge them on length and punctuation.
    long_lines = [b for b in blocks if b.words >= GOOD_WORDS]
    english = bool(long_lines) and sum(b.stops for b in long_lines) / len(long_lines) >= 0.12
    for i in range(len(blocks) - 1, 0, -1):
        credit = blocks[i]
        labelled = False
        if credit.furniture == "photo caption" and credit.words <= 7 \
                and (_PHOTO_CREDIT.match(credit.text)
                     or (labelled := bool(_LABELLED_CREDIT.match(credit.text)))):
            # the lines right above a picture's credit (the caption, and its copy above it
            # when the scrape gives both the picture's text and its caption) are the picture's
            # (over a "Photo: X" line, the line right above it, and not one that reports
            # speech: a standfirst over the story's picture, "X says the country remains ...")
            j = i - 1
            while j >= 0 and j >= i - 2 and not blocks[j].furniture and blocks[j].words <= 40 \
                    and not (labelled and _SAID_WORD.search(blocks[j].text)) \
                    and (blocks[j].line == blocks[j + 1].line - 1
                         or blocks[j].line == blocks[j + 1].line - 2 and blocks[j].words >= 8
                         and not labelled) \
                    and (j == i - 1 or blocks[j].key == blocks[j + 1].key):
                blocks[j].furniture = "photo caption"
                j -= 1
    _notice_between(blocks)
    captions = {b.key for b in blocks if b.furniture == "photo caption"}
    any_caption = bool(captions)  # no caption on the page: no line is a copy of one
    seen_keys: set[str] = set()
    code = _code_lines(blocks)
    asking: list[int] = []  # sentences of prose with a call's words ("why sign up for X ...")
    for i, b in enumerate(blocks):
        key = b.key
        first_copy = key not in seen_keys
        seen_keys.add(key)
        if not b.furniture and (b.repeats >= 2 and key in captions or any_caption and len(key) >= 30 and any(
                x.furniture == "photo caption" and abs(x.line - b.line) <= 3 and x.key.startswith(key)
                for x in blocks[max(0, i - 3):i + 4])):
            b.furniture = "photo caption"  # the other copy of a caption (its credit cut)
        if (i and blocks[i - 1].furniture == "image file" and b.words <= 40 and not b.furniture
                and (blocks[i - 1].line == b.line - 1
                     or blocks[i - 1].line == b.line - 2 and b.words <= 25)):
            # the line under an image's file name is its caption (a paragraph of forty words
            # after a blank line is the story's)
            b.furniture = "photo caption"
            any_caption = True
        stops_ok = b.stops >= GOOD_STOPS or not english
        near_ok = b.stops >= NEAR_STOPS or not english
        b.code = code[i]
        if b.furniture:
            b.cls = "bad"
        elif b.repeats >= 2 and b.words <= 40 and not _ATTRIBUTION_START.match(b.text) \
                and not (b.sentence and first_copy and (b.words >= 20 or _said_quote(b.text))):
            b.cls = "bad"  # a menu entry, a caption or a headline shown twice; of a sentence
            # of prose shown again (a reader's comment quoting it), the copies after the first
            # (a short one too when it is a quotation and who said it, as a story's summary
            # gives one before the story gives it again)
        # (furniture_reason has asked the lines of CALL_TO_ACTION_WORDS or fewer already)
        elif b.words <= 25 and (b.ends_story()
                                or b.words > CALL_TO_ACTION_WORDS and is_call_to_action(b.text)
                                and not _SPOKEN.search(b.text)):
            b.cls = "bad"
            if b.sentence and not b.ends_story() \
                    and (call := _CALL_TO_ACTION.search(b.text)) and call.start() >= 15:
                asking.append(i)  # (not a call that opens the line: "Log in with ...")
        elif (b.words >= GOOD_WORDS and (stops_ok or b.words >= 30 and near_ok)
              and (b.sentence or b.words >= 25 and b.title_case_ratio() < 0.7)):
            # (of a long line without a sentence, not one all in Title Case: headlines glued
            # together by the scrape, "Man Arrested In BhiwandiReady To Lead Fight ...")
            b.cls = "good"
        elif b.words >= NEAR_WORDS and near_ok and (b.sentence or b.title_case_ratio() < 0.6):
            b.cls = "near"
        elif b.words >= 3 and b.title_case_ratio() >= 0.8 and not b.set_apart:
            b.cls = "bad"  # a run of Title Case links: a menu or a list of headlines
        else:
            b.cls = "short"
    for i in asking:
        # between two paragraphs of the story, a sentence that holds a call's words is the
        # story's ("So why should one sign up for BigAdda rather than Orkut, ...")
        if 0 < i < len(blocks) - 1 and blocks[i - 1].cls == blocks[i + 1].cls == "good":
            blocks[i].cls = "near"
    for i, b in enumerate(blocks):
        if b.words <= 4 and b.ends_story() and _STORIES_HEADING.match(b.text) and not b.furniture:
            # "Related" over the headlines of other stories, set into the story or after it:
            # the lines under it, close together, none a sentence that ends nor an item of
            # the story's own numbered list ("19) Ingrid Goes West"), are theirs
            last = b.line
            for x in blocks[i + 1:i + 9]:
                if x.line - last > 2 or x.words > 25 or x.cls == "good" or _DECK_END.search(x.text) \
                        or x.text.endswith(":") \
                        or x.dateline or x.byline or _LIST_ITEM.match(x.text):
                    break
                x.cls, last = "bad", x.line


# Program code or a table's rows: braces, "=", a closing ";", a call's "f(", box-drawing bars:
# what menus and prose lines are not made of ("Share (Opens in new window)" is a menu's)
_CODE_MARK = re.compile(r"[{}=│┃]|;$|\w\(|^[()]|\($")


def _code_lines(blocks: list[_Measured]) -> list[bool]:
    """Which lines are a listing's: code marks in a line that is no sentence, and the short
    lines between two such lines ("SELECT", "FROM", "),"). Code repeats its lines as menus do,
    but it stands in the article: the run that holds the article pays for a listing as for a
    run of short lines (its lines are still left out of the body)."""
    marked = [not b.sentence and b.words <= 20 and bool(_CODE_MARK.search(b.text)) for b in blocks]
    # a table's rows, a label and two values each ("Birdies 17 T5", "Eagles 0 N/A"), five or
    # more in a row: a table set into the story, paid for as a listing is
    rows = [b.words <= 8 and bool(_DIGIT.search(b.text)) and bool(_TABLE_ROW.search(b.text))
            for b in blocks]
    for i in range(len(blocks) - 5):
        if sum(rows[i:i + 6]) >= 5 and not any(b.words > 8 for b in blocks[i:i + 6]):
            marked[i:i + 6] = [True] * 6  # (a row of its own shape among them: "306.9 yds. T9")
            # and its headings, up to three short lines over it ("Inside the Numbers", "K.J.
            # Choi's Final Stats", "Category Total Rank")
            j = i - 1
            while j >= max(0, i - 3) and blocks[j].words <= 5 and not blocks[j].sentence \
                    and not blocks[j].furniture:
                marked[j] = True
                j -= 1
    code = marked[:]
    last = None  # the last marked line, if only short lines followed it
    for i, b in enumerate(blocks):
        if marked[i]:
            if last is not None and 1 < i - last <= LISTING_GAP:
                code[last + 1:i] = [True] * (i - last - 1)
            last = i
        elif b.sentence or b.words > 8 or b.furniture not in (None, "separator"):
            last = None
    return code


_VALUE = r"(?:[$£€]?\d[\d.,:%]*\S{0,4}|[TN]?-?\d+|N/A|n/a|—|-)"
_TABLE_ROW = re.compile(rf"\D\s+{_VALUE}\s+{_VALUE}$")  # a label, then two values

LISTING_GAP = 6  # lines between two lines of code that are still the listing's


# What each class is worth to the run that holds the article.
def _worth(b: _Measured) -> float:
    if b.cls == "good":
        return b.words
    if b.cls == "near":
        return b.words * 0.3
    if b.cls == "short" or b.code:
        return -1.5
    if b.ends_story():
        return -60.0  # "Related stories", "12 Comments": what follows is not this article
    return -(3 + b.words * 0.5)


SHORT_RUN = 12.0
SIGNED_ARTICLE = 100.0  # the worth of a signed run that is an article, whatever follows it
HEADER_WORTH = 20.0


# The heading of a comments section ("Comments", "View comments (27)", "Add comment"); a bare
# count ("11 Comments") is not one: sites print it in the article's header.
_COMMENTS = re.compile(r"^(?:(?:view|show|load|read|see|add|post|leave|write)\b.*\b(?:comments?|replies)"
                       r"|comments|responses|replies|readers?['’]? comments"
                       r"|what (?:do )?you think(?:\.\.\.|…|\?)?)(?:\s*\(\d+\))?\s*:?$",
                       re.I)
# A count of readers' comments that says where they are or what they answer (a bare "11
# Comments" is printed in many an article's header)
_COUNTED_COMMENTS = re.compile(r"^\W*\d+\s+(?:comments?|responses?|replies|thoughts)(?:…|\.\.\.)?,?\s+"
                               r"(?:on|to|read|below|so far|for|and)\b", re.I)
_COUNT_OPENS = frozenset("{[(0123456789")  # what such a count opens with: a cheap test first
# A reader's comment signed above its text, with when: "marktheshark on Sep 21, 4:23 PM said:"
# (not "Makali wrote:", which an article quoting a message may print)
_COMMENT_BYLINE = re.compile(r"^\S.{0,60}?\son\s.{0,30}?\d.{0,30}?\s(?:said|says|wrote|writes):$")


# The heading of a list of other stories, which follows the article it ends
_OTHER_STORIES = re.compile(
    r"^(?:you (?:may|might) (?:also )?like|(?:[\w.'’&-]+ ){1,2}recommends|we recommend"
    r"|recommended (?:for you|stories|reading)|(?:what to )?read next|more (?:stories|from [\w ]+)"
    r"|related (?:articles|stories|posts|news|coverage|content)"
    r"|latest (?:news|stories|articles|posts)|more news|top stories|most (?:read|popular|viewed)"
    r"|trending now)[\s:.…»›>]*$", re.I)


def _under_header(blocks: list[_Measured], i: int) -> bool:
    """A date line or a byline stands in the six lines above block i: the article's header."""
    return any(x.dateline or x.byline for x in blocks[max(0, i - 6):i])


# a bare count of comments ("3 comments"), and the button every comment carries ("Reply",
# "Report abuse", "Reply Vote"), a line the page repeats
_BARE_COMMENT_COUNT = re.compile(r"^\d+\s+(?:comments?|responses?|replies)$", re.I)
_REPLY_BUTTON = re.compile(r"\b(?:reply|report abuse)\b", re.I)


def _comments_below(blocks: list[_Measured], i: int) -> bool:
    """Block i heads readers' comments: the button of each comment repeats below it."""
    return any(x.words <= 4 and x.repeats >= 2 and _REPLY_BUTTON.search(x.text)
               for x in blocks[i + 1:i + 13])


def _button_in_header(blocks: list[_Measured], i: int) -> bool:
    """Block i stands between a date line or byline just above it and a paragraph of prose
    just below it: a button of the article's header ("Add a comment"), not a heading."""
    return any(x.dateline or x.byline for x in blocks[max(0, i - 3):i]) \
        and any(x.cls == "good" and x.words >= 20 for x in blocks[i + 1:i + 4])


def main_run(blocks: list[_Measured]) -> tuple[int, int] | None:
    """The densest run of prose: [start, end) of the blocks with the highest total worth.

    A comments heading is a wall the run never crosses, and readers' comments below one count
    for little: they are prose, but not the article."""
    best, best_span = 0.0, None
    total, start, run = 0.0, 0, 0.0
    comments, comment_weight = False, 0.25
    run_signed = after_end = False
    # readers' comments signed one after another: the first signature opens the comments,
    # however short the story above them
    signatures = [i for i, b in enumerate(blocks) if b.words <= 12 and b.text.endswith(":")
                  and _COMMENT_BYLINE.match(b.text)]
    first_comment = signatures[0] if len(signatures) >= 2 else -1
    # the words of the prose above each block: how much story a heading would end
    prose_before = list(itertools.accumulate((b.words if b.cls == "good" else 0 for b in blocks),
                                             initial=0))
    for i, b in enumerate(blocks):
        if not comments and i == first_comment and prose_before[i] >= 40:
            comments = True
            total, start = -1e9, i + 1
            continue
        if b.text[:1] in _COUNT_OPENS and not comments and b.words <= 16 \
                and _COUNTED_COMMENTS.match(b.text) and prose_before[i] >= 40:
            # "{ 38 comments… read them below or add one }", "11 responses to “...”": what
            # follows is readers' comments, however short the post above them, and counts for
            # less than any comments found by weaker signs
            comments, comment_weight = True, 0.1
            total, start = -1e9, i + 1
            continue
        if (not comments and b.words <= 6
                and (_COMMENTS.match(b.text) or _BARE_COMMENT_COUNT.match(b.text))
                and prose_before[i] >= 40 and _comments_below(blocks, i)):
            # "COMMENTS", "3 comments" over comments with their "Reply" buttons: a wall
            # wherever it stands (a long page's tail may hold two thirds of its lines)
            comments = True
            total, start = -1e9, i + 1
            continue
        if (not comments and b.words <= 6 and i >= len(blocks) // 3
                and (_COMMENTS.match(b.text) or _OTHER_STORIES.match(b.text) and b.repeats <= 1)
                and prose_before[i] >= (120 if _COMMENTS.match(b.text) else 300)
                and not _button_in_header(blocks, i)):
            # below an article (much prose above it), what follows is readers' comments or
            # other stories ("You might also like", "DW recommends"); not a button in the
            # article's header ("Published: 4 Mar, 2026 / ... / Add a comment", a cookie
            # dialog's prose above it)
            comments = True
            total, start = -1e9, i + 1
            continue
        if total <= 0:
            # a run that opens under a date line or a byline opens an article: its header is
            # worth a short paragraph (a footer's "about us" or a comment has none)
            signed = b.cls in ("good", "near") and _under_header(blocks, i)
            total, start, run_signed = (HEADER_WORTH if signed else 0.0), i, signed
        inset = _inset_at(blocks, i)
        if run_signed and not after_end and b.ends_story() and total >= SIGNED_ARTICLE \
                and not inset:
            after_end = True  # an article under its header, then "Related stories", "Share":
            # the prose below it (other stories' captions, teasers) is worth less
        w = -1.5 if inset else \
            _worth(b) * (comment_weight if comments and b.cls in ("good", "near") else
                         0.5 if after_end and b.cls in ("good", "near") else 1.0)
        if b.cls == "short" or b.code:
            # a run of short lines (code, a table, a list) costs at most SHORT_RUN
            w = max(w, -SHORT_RUN - run)
            run += w
        else:
            run = 0.0
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    if best_span is None:
        return None
    return _trim(blocks, _header_within(blocks, *best_span), best_span[1])


def _inset_at(blocks: list[_Measured], i: int) -> bool:
    """A "Related" box set into the story: its heading of a word or two, at most three short
    links, then paragraphs of the story again (three long ones in a row), not teasers."""
    b = blocks[i]
    if b.cls == "good" or b.words > 2 or not b.ends_story():
        return False
    j = i + 1
    while j < len(blocks) and j <= i + 3 and blocks[j].cls != "good":
        j += 1
    after = blocks[j:j + 3]
    return len(after) == 3 and all(x.cls == "good" and x.words >= 30 for x in after)


LONG_GAP = 30.0  # words' worth of furniture: a menu of seven or more lines


def _header_within(blocks: list[_Measured], start: int, end: int) -> int:
    """Where the run's article opens: under the first byline or date line in it, when far
    above that header, past a long stretch of menus, stands only prose with no header of its
    own, and less of it than below (a mega menu's teasers over a story, not a story's
    standfirst or an earlier entry of a live blog)."""
    lo = max(0, start - 6)
    # (each block asked once; a byline or a date line is never a paragraph of prose)
    signs = [j for j in range(lo, end) if blocks[j].cls != "good" and _signs(blocks[j])]

    def first_sign(i: int) -> int | None:  # a byline or a date line in the six lines above i
        return next((j for j in signs if i - 6 <= j < i), None)

    if first_sign(start) is not None:
        return start  # the run opens under its own header: what follows is the story's
    if not any(j >= start for j in signs):
        return start
    for k in range(start + 1, end):
        if blocks[k].cls != "good" or (h := first_sign(k)) is None:
            continue
        top = h - 3  # the headline, a kicker or a standfirst above the byline are the article's
        if top <= start:
            return start
        gap, j = 0.0, top
        while j > start and blocks[j - 1].cls != "good":
            j -= 1
            gap += _worth(blocks[j])
        if gap > -LONG_GAP or any(_signs(x) for x in blocks[j:h]):
            return start  # (a list of headed teasers: "Recommended", a headline, a byline, a date)
        above = sum(_worth(b) for b in blocks[start:top])
        below = sum(_worth(b) for b in blocks[top:end])
        return top if below > above else start
    return start


MARGINAL = 25.0  # words' worth: a lead-in or tail that adds less than this is not the article


def _trim(blocks: list[_Measured], start: int, end: int) -> tuple[int, int]:
    """Cut a lead-in or a tail that adds little to the run and stands apart from it by a gap of
    furniture: teasers above the story net of the menus between them and it, a comment below."""
    # (as in `main_run`: a "Related" box set into the story costs what a short line does, and
    # a run of short lines, a listing or a table, at most SHORT_RUN)
    worth, run = [], 0.0
    for j in range(start, end):
        b = blocks[j]
        w = -1.5 if _inset_at(blocks, j) else _worth(b)
        if b.cls == "short" or b.code:
            w = max(w, -SHORT_RUN - run)
            run += w
        else:
            run = 0.0
        worth.append(w)
    # a lead-in under the article's byline or date line opens the article: it is worth its
    # header too, as in `main_run` (prose, not a menu's Title Case list of sections)
    lead_in = blocks[start]
    header = HEADER_WORTH if lead_in.cls == "good" and lead_in.title_case_ratio() < 0.8 \
        and _under_header(blocks, start) else 0.0

    def gap_before(k: int) -> float:  # the worth of the furniture just before position k
        total = 0.0
        while k > 0 and blocks[start + k - 1].cls != "good":
            k -= 1
            if blocks[start + k].furniture != "photo caption":
                total += worth[k]  # (a picture is no gap: it stands between a standfirst
                #                     and the story, "...; not a security solution." / "Prime
                #                     Minister X." / "Photo: AFP" / the story)
        return total

    prefix, best_cut, best_sum = 0.0, 0, 0.0
    for k, w in enumerate(worth):
        if (k and blocks[start + k].cls == "good" and prefix + header < MARGINAL
                and prefix <= best_sum + MARGINAL and gap_before(k) <= -GAP):
            best_cut, best_sum = k, prefix
        prefix += w
    suffix, tail_cut = 0.0, len(worth)
    for k in range(len(worth) - 1, best_cut, -1):
        suffix += worth[k]
        if (blocks[start + k - 1].cls == "good" and blocks[start + k].cls != "good"
                and suffix < MARGINAL and _gap_after(blocks, worth, start, k) <= -GAP
                and all(b.words < 20 for b in blocks[start + k:end] if b.cls == "good")):
            tail_cut = k
    return start + best_cut, start + tail_cut


GAP = 10.0


def _gap_after(blocks: list[_Measured], worth: list[float], start: int, k: int) -> float:
    total = 0.0
    while k < len(worth) and blocks[start + k].cls != "good":
        total += worth[k]
        k += 1
    return total


# ---------------------------------------------------------------------------------------------
# The headline

_CONTENT = re.compile(r"[^\W\d_]{3,}")


def _stems(text: str) -> set[str]:
    """Content words cut to five letters, so that "admits" meets "admitted"."""
    return {w[:5] for w in _CONTENT.findall(text.casefold()) if w not in STOP_WORDS}


_TITLE_SEPARATORS = re.compile(r"\s+[|–—:»·-]\s+|\|")
_SEPARATOR_CHAR = re.compile(r"[|–—:»·-]")  # a cheap test first: most lines have no separator


def _title_forms(text: str) -> list[str]:
    """The line, and its parts when it reads "Headline | Site" or "Section|Headline"."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(text) if p.strip()]
    return [text] + [p for p in parts if p != text] if len(parts) > 1 else [text]


# a line that ends in initials ("... with U.S."): their stop, no sentence's
ENDS_IN_INITIALS = re.compile(r"(?:\b[A-Z]\.){2,}$")
_OPENING_MARK = re.compile(r"(?:^|(?<=\s))[\"“‘']")  # a quotation mark that opens, after a space
_KICKER_END = re.compile(r"\s[|»›/•·–—]$")  # a label that ends in a separator, the rest below
# a label over what it lists, people or words, on a line of its own: "Featured:", "Guests:"
# (not a kicker over a headline: "Factbox:", "Analysis:", "Q&A:")
_LISTING_LABEL = re.compile(r"^(?:featured|featuring|guests?|panel(?:lists)?|speakers?|"
                            r"contributors?|presenters?|producers?|credits?|tags?|topics?|"
                            r"keywords?|categor(?:y|ies)|filed under|see also)\s*:\s*$", re.I)


# "... in San Francisco. (Uber)", "... André and Sofia (Photos courtesy of GLAN)"
_CREDIT_END = re.compile(r"\.\s*\([^()]{1,40}\)$|\((?:photos?|pictures?|images?)\s+(?:courtesy|by|from)\b"
                         r"[^()]{1,60}\)$", re.I)


_DATE_THEN_SOURCE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s+[-–—|]\s")


def _datelined(text: str) -> bool:
    """A line that opens with a dateline and goes on in lower case, ending as a sentence does
    (or longer than a headline): a story's first paragraph ("ANAHEIM — So, meet Illinois.";
    not "THE ROLLING STONES - STONES 'QUIT EMI'", a headline in capitals, nor "MOVIE REVIEW -
    Murder and morals collide in Allen's 'Dream'", a labelled one)."""
    return text[:2].isupper() and (dateline := DATELINE.match(text)) is not None \
        and not text[dateline.end():].isupper() \
        and (_SENTENCE_END.search(text) is not None or len(text.split()) > 20)


def _headline_shape(b: _Measured, furniture_too: bool = False) -> bool:
    """A line shaped as a headline (`furniture_too`: even one marked as furniture)."""
    text = b.text
    if not 2 <= b.words <= 35 or text.endswith((":", ";", ",")) or _KICKER_END.search(text):
        return False  # (nor "Crime and Public Safety |": a section's label over the headline)
    if text.endswith(")") and _CREDIT_END.search(text):
        return False  # a sentence and the picture's credit: a caption
    # (a full stop inside the closing quotation mark of words quoted in a sentence too: '...
    # called it "the deadliest vaccine ever made."', a caption; not a sentence quoted whole
    # after the headline's own words: "Ferry fares to double. 'We had no choice.'")
    ended = text
    if text.endswith(("\"", "”", "’", "'")):
        inner = text.rstrip("\"”’'")
        opened = [m.end() for m in _OPENING_MARK.finditer(inner)]  # the last: the quotation's
        if opened and inner[opened[-1]:opened[-1] + 1].islower():
            ended = inner
    if ended.endswith(".") and not ended.endswith("...") and not ENDS_IN_INITIALS.search(ended) \
            and (b.words > 12 or title_case_ratio(text) < 0.7) \
            and not (b.words <= 14 and "? " in text):
        return False  # a sentence, not a headline ("... N.Y.C." and "Your Website Looks
        #               Great. So Should Your Emails." are headlines, and so is a question
        #               and its short answer: "Travelling solo? Social media can help.")
    if b.furniture and not furniture_too or b.dateline or b.byline or b.ends_story():
        return False
    if text[:1].isdigit() and _DATE_THEN_SOURCE.match(text):
        return False  # "01/13/08 - Ontario Hockey League (OHL)": a date and a source
    if _datelined(text):
        return False  # "ANAHEIM — So, meet Illinois.": the story's first words
    if "read" in text and _READING_TIME.search(text):
        return False  # "Politics 3 min read": a section and a reading time
    if sum(map(str.isdigit, text)) > len(text) / 3:
        return False
    word = text.lstrip("\"'“‘(«[").split(" ", 1)[0]
    first = word[:1]
    # a capital, a digit or a symbol; or a name like "iOS", "eBay" (a capital inside)
    return first.isupper() or first.isdigit() or not first.isalpha() or word[1:] != word[1:].lower()


def _signed_caption_copy(blocks: list[_Measured], i: int) -> bool:
    """A line the page repeats as a picture's caption, here with the byline right under it:
    the headline, which the page gave its picture too ("What Homeschooling ... Taught Me / By
    Bonni Stachowiak (Columnist) May 18, 2020 / What Homeschooling ... / Jane Roe / Shutterstock")."""
    b = blocks[i]
    if b.furniture != "photo caption" or b.repeats < 2 or i + 1 >= len(blocks) \
            or not blocks[i + 1].byline or blocks[i + 1].line - b.line > 2:
        return False
    return _headline_shape(b, furniture_too=True)


def _dated_sentence(blocks: list[_Measured], i: int) -> bool:
    """A short sentence with its full stop straight over a date line: a headline written as a
    sentence ("Apple updates MacPros and Xserves, doubles performance.")."""
    b = blocks[i]
    return b.words <= 12 and b.text.endswith(".") and i + 1 < len(blocks) \
        and blocks[i + 1].dateline and blocks[i + 1].line <= b.line + 2 \
        and not b.furniture and not b.dateline and not b.byline \
        and not _SENTENCE_INSIDE.search(b.text) and b.text[:1].isupper() \
        and not (i + 2 < len(blocks) and blocks[i + 2].cls != "good" and blocks[i + 2].words >= 4
                 and _headline_shape(blocks[i + 2]) and blocks[i + 2].text[-1:] != ".")
    # (not a blog's tagline over the day's date, the post's own headline under the date:
    # "Python core development news and information." / "Friday, December 23, 2016" / "Python
    # 3.6.0 is now available!")


_FIRST_TOKEN = re.compile(r"\w+|[^\w\s]+")


def _first_token(text: str) -> str:
    """The word or the symbols a line opens with: items of one list share it ("██ Labour ...")."""
    m = _FIRST_TOKEN.match(text)
    return m.group(0).casefold() if m else ""


def _signs(b: _Measured) -> bool:
    """A byline or a date line: what stands under a headline."""
    return b.byline or b.words <= 10 and bool(_DIGIT.search(b.text) and _HAS_DATE.search(b.text)) \
        or b.words <= 16 and b.text[:1].isdigit() and bool(_DATE_THEN_SOURCE.match(b.text))


# the steps of a breadcrumb trail ("News › World", "Home | After Hrs | Report")
_TRAIL = re.compile(r"\s*[»›]\s*\S|\s+>\s+\S|^\s*Home\s*\|\s*\S")
TRAIL_STEP = re.compile(r"\s*[»›]\s*|\s+>\s+")  # what parts them (metadata splits by it too)
_DECK_END = re.compile(r"[.?!][\"”’']?$")
_READING_TIME = re.compile(r"\b\d+\s*(?:min|mins|minutes?)\.?\s+read\b", re.I)
# ("01/08/2008 ST LOUIS 6, COLUMBUS 1 -": a date before it, a dash after it)
_RESULT_LINE = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{2,4}\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}\d{1,3}\s*,?\s+"
                          r"(?:[A-Z][\w.&'’-]*\s+){1,4}\d{1,3}(?:\s*[-–—])?$")
_RUNNING_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[•|·-]\s*\S.{0,40})?$")
_ALL_QUOTED = re.compile(r"^[\"“‘'ʼ«]\w.*\s.*\s.*[\w.,!?…][\"”’'ʼ»]$")
_MARK_INSIDE = re.compile(r"[\"“”«»]|[’'ʼ‘]\s|\s[’'ʼ‘]")


def _pull_quote(text: str) -> bool:
    """A line that is all one quotation of three words or more, marks and all: a pull quote
    under the headline ("'The fact that nobody has explored the hill is a mystery'"); a
    headline that quotes says who, or quotes a part ("'Parasite' scores historic upset")."""
    return bool(_ALL_QUOTED.match(text)) and not _MARK_INSIDE.search(text, 1, len(text) - 1)


def _trail_ends_with(blocks: list[_Measured], i: int) -> bool:
    """The line right above is a trail of steps whose last step is this line ("TheStar.com |
    News | Law professors, MPs sign brief to free Khadr" over "Law professors, MPs sign ...")."""
    above = blocks[i - 1] if i else None
    return above is not None and above.line >= blocks[i].line - 2 \
        and ("|" in above.text or _TRAIL.search(above.text) is not None) \
        and above.key.endswith(" " + blocks[i].key)


# a number standing alone as a word: "430", "1,204", "1.2k"
_COUNT = re.compile(r"(?<!\S)\d[\d,.]*[kKmM]?(?!\S)")


def find_headline(blocks: list[_Measured], start: int) -> int | None:
    """The headline: the title-like line that opens the article, before block `start`.

    Scored on: words it shares with the story's lead (a headline says what the story says), a
    copy of it elsewhere on the page (the page's title, "Headline | Site"), blank lines around
    it, and nearness to the story; menus (runs of short lines), captions, dates, bylines and
    sentences with a full stop are never headlines.
    """
    # (the stems of lines joined are the union of theirs: each line's are asked once)
    lead = set().union(*(b.stems() for b in blocks[start:start + 6] if b.cls in ("good", "near")))
    story_text = " ".join(b.key for b in blocks[start:start + 12] if b.cls == "good")
    page_lines: dict[str, list[int]] = {}
    # the heading over a list of other stories ("MORE NATIONAL NEWS") is no copy of the
    # page's title, though a breadcrumb holds it too ("NewsFlash Home | More National News")
    list_headings = {b.line for b in blocks[start:] if b.ends_story()}
    for b in blocks:
        page_lines.setdefault(b.key, []).append(b.line)
        for key in b.own.form_keys:
            page_lines.setdefault(key, []).append(b.line)
    above: list[tuple[str, int]] = []  # (key, line) of the lines above the story, sorted

    def starting_with(key: str) -> Iterator[tuple[str, int]]:
        """(key, line) of the lines above the story whose key starts with `key`."""
        if not above:
            above.extend(sorted((x.key, x.line) for x in blocks[:start]))
        j = bisect.bisect_left(above, (key,))  # the keys that start with it follow it in order
        while j < len(above) and above[j][0].startswith(key):
            yield above[j]
            j += 1

    def copied_far(b: _Measured) -> bool:
        """A copy of the line more than two lines away: the page's title ("Headline | Site"), or
        a longer copy that starts with it (a teaser shows its headline twice in a row)."""
        if any(abs(line - b.line) > 2 and line not in list_headings
               for key in [b.key, *b.own.form_keys] for line in page_lines.get(key, ())):
            return True
        return len(b.key) >= 20 and any(abs(line - b.line) > 2 for _, line in starting_with(b.key))

    def cut_short(b: _Measured) -> bool:
        """A line cut short with an ellipsis, whose whole text the page shows above the story
        too: a teaser of the headline, not the headline; or cut short without one, under the
        whole (a picture's caption that opens with the headline's first words; not the whole
        headline under a copy with a word added: "... Review 1", "... image")."""
        return len(b.key) >= 20 and any(
            key.startswith(b.key + " ") and (
                b.text.endswith(("…", "...")) or line < b.line and key.count(" ", len(b.key)) >= 3)
            for key, line in starting_with(b.key))

    best, best_i = 0.35, None
    scores: dict[int, float] = {}
    overlaps: dict[int, float] = {}  # candidate -> the share of its words the lead has
    copied: set[int] = set()
    near: dict[int, int] = {}  # candidate -> lines between it and the story
    signed_at: set[int] = set()  # candidates with the story's byline or date under them
    skipped = 0  # lines between the candidate and the story that are not metadata
    for i in range(start - 1, max(-1, start - 150), -1):
        b = blocks[i]
        if i > 0 and (blocks[i - 1].furniture == "promotion" or blocks[i - 1].line == b.line - 1
                      and _LISTING_LABEL.match(blocks[i - 1].text)) \
                and _LABEL_ALONE.match(blocks[i - 1].text):
            pass  # the words under "Tags:", "Filed under:" or "Featured:" are what the label
            #       lists (the story's tags, its guests), no headline (a kicker's, "Factbox:", are)
        elif _headline_shape(b) or _dated_sentence(blocks, i) or _signed_caption_copy(blocks, i):
            stems = b.stems()
            overlap = len(stems & lead) / max(len(stems), 4)  # a word or two shared says little
            copies = 2 if copied_far(b) else 1
            crowded = not b.set_apart and (
                i > 0 and blocks[i - 1].line == b.line - 1 and blocks[i - 1].words <= 4
                and not _KICKER_END.search(blocks[i - 1].text)  # ("Politics |" over it)
                or i + 1 < len(blocks) and blocks[i + 1].line == b.line + 1 and blocks[i + 1].words <= 4)
            bullet = _first_token(b.text)
            listed = not bullet.isalpha() and any(
                0 <= j < len(blocks) and abs(blocks[j].line - b.line) <= 2
                and _first_token(blocks[j].text) == bullet for j in (i - 1, i + 1))
            # the byline and the date stand under the headline, above the story
            sign = next((j for j in range(i + 1, min(i + 5, start)) if _signs(blocks[j])), None)
            # (not a date over another title-like line that says more of the story: "Site Name
            # / Section / 08 January 2008 / House Price Trend Is Down ...": that one's)
            signed = sign is not None and not (
                sign + 1 < start and blocks[sign].dateline and not blocks[sign].byline
                and _headline_shape(blocks[sign + 1])
                and len(blocks[sign + 1].stems() & lead) / max(len(blocks[sign + 1].stems()), 4)
                > overlap + (0.3 if sign == i + 1 else 0.0))
            # (or the date right over it, the byline-less way of some wire pages: "Wednesday
            # October 18 6:27 AM ET / George Michael Buys John Lennon's 'Imagine' Piano")
            signed = signed or i > 0 and _signs(blocks[i - 1]) and not blocks[i - 1].byline \
                and blocks[i - 1].line == b.line - 1 \
                and not (i > 1 and blocks[i - 2].line == b.line - 2 and _headline_shape(blocks[i - 2]))
            # (not when a title-like line stands right over the date: its headline's date)
            # the page's first line, far above the story, is its masthead: the site's name
            masthead = i == 0 and skipped >= 5
            # a title over a running time ("3:10 • Source: CNN") is a video's in a playlist
            video = i + 1 < len(blocks) and bool(_RUNNING_TIME.match(blocks[i + 1].text)) \
                and not blocks[i + 1].dateline  # (not "17:59 - 9th, Jan 2008": a date line)
            # a line over a picture's bare credit ("Image: SixThirty") is the picture's caption
            # (or under it, the caption's second copy: "Katie Holmes in ... / Overture Films
            # Image / Katie Holmes in ...")
            over_credit = any(0 <= j < len(blocks) and blocks[j].furniture == "photo caption"
                              and blocks[j].words <= 4 and abs(blocks[j].line - b.line) <= 2
                              for j in (i + 1, i - 1))
            score = (1.6 * overlap - (0.6 if listed else 0.0) + (0.5 if copies >= 2 else 0.0)
                     - (0.6 if masthead else 0.0) - (0.5 if over_credit else 0.0)
                     - (1.0 if video else 0.0)
                     - (0.5 if _pull_quote(b.text) else 0.0)
                     # "Doncaster Rovers 1 Carlisle United 0": a match's result over its report
                     - (1.0 if b.words <= 10 and _RESULT_LINE.match(b.text) else 0.0)
                     # "430 with 309 posters participating", "1.2k shares 85 comments": counts
                     - (1.0 if b.words <= 6 and len(_COUNT.findall(b.text)) >= 2 else 0.0)
                     # "Joe Biden predicts Trump will try to delay…" over the whole headline
                     - (1.2 if cut_short(b) else 0.0)
                     + (0.6 if signed else 0.0)
                     # under a byline, the story's first line, not its headline ("Joe Davidson /
                     # Global warming - 'it's a hoax.' / Donald Trump has said that ...")
                     - (0.8 if not signed and i > 0 and blocks[i - 1].byline
                        and blocks[i - 1].line == b.line - 2 else 0.0)
                     + (0.3 if b.set_apart else 0.0) - 0.02 * skipped - (0.5 if crowded else 0.0)
                     - (0.6 if b.words <= 3 else 0.0)
                     # "Home Top Stories Business Tech Politics World Local ...": a menu's words
                     # run together, capitalised, none of a sentence's small words among them
                     # (not with a headline's own commas or colon: "Kishida, Stoltenberg Pledge
                     # Closer Ties Amid Russian, Chinese Military Buildup")
                     - (1.0 if b.words >= 10 and stop_word_share(b.text) == 0.0
                        and "," not in b.text and ":" not in b.text else 0.0)
                     # "Yahoo! News Home - Yahoo! - My Yahoo! - News Alerts - Help": links
                     - (1.0 if b.text.count(" - ") >= 3 and all(
                         len(part.split()) <= 3 for part in b.text.split(" - ")) else 0.0)
                     - (0.4 if b.cls == "good" else 0.0) - (0.5 if b.repeats >= 3 else 0.0))
            if len(b.key) >= 30 and b.key in story_text and not (
                    signed and b.text.endswith("?")
                    and not any(x.key.startswith(b.key) for x in blocks[start:start + 12])):
                score -= 1.0  # the story's own sentence shown above it: a standfirst (not a
                #               question over the byline that the lead asks again at its end:
                #               "... Today we ask dermatologists: Does the type of water ...?")
            if ("»" in b.text or "›" in b.text or " > " in b.text or "|" in b.text) \
                    and _TRAIL.search(b.text) \
                    and (len(TRAIL_STEP.split(b.text)[-1].rsplit("|", 1)[-1].split()) < 3
                         or i + 1 < start and blocks[i + 1].line - b.line <= 2
                         and _headline_shape(blocks[i + 1])):
                score -= 1.0  # a trail that ends on a section or "Article", not a headline
                #               ("Home | After Hrs | Report"), or over the headline ("Guides >
                #               Agentic Engineering Patterns / Anti-patterns: things to avoid")
            # "Home League of Legends": a trail that lost its "›", its section a menu's entry
            # elsewhere on the page (never the headline, even for want of a better line)
            trail = b.text.startswith("Home ") and b.words <= 6 and any(
                line != b.line for line in page_lines.get(_caption_key(b.text[5:]), ()))
            if trail:
                score -= 1.0
            scores[i] = score
            overlaps[i] = overlap
            if signed:
                signed_at.add(i)
            if not (video or over_credit or trail):  # a video's title, a picture's caption:
                near[i] = skipped  # never the headline, even for want of a better line
            if copies >= 2:
                copied.add(i)
            if score > best:
                best, best_i = score, i
        # prose between a line and the story makes it unlikely to be the story's headline;
        # menus, buttons and specifications between them hardly do
        if not (b.dateline or b.byline or b.furniture):
            skipped += 5 if b.cls in ("good", "near") else 0.5
    if best_i is None:
        # nothing says so by its words: a title-like line over the story's byline or date is
        # one ("Out of Context / Friday, December 23, 2005 / By John Gibson / PHOTOS VIDEO"), or
        # one just above the story (one of two words too when it opens the text, set apart, a
        # word in lower case after the first: "Talks resume", not a section's "Breaking News")
        # (no title-like line of its own between it and the story: only buttons in capitals)
        best_i = next((i for i, k in near.items() if i in signed_at and blocks[i].words >= 2
                       and k <= 2 and scores[i] > -0.6 and not blocks[i].furniture
                       and not any(j > i and blocks[j].words >= 4 and not blocks[j].text.isupper()
                                   for j in near)), None)
        best_i = best_i if best_i is not None else next((i for i, k in near.items() if (
                           blocks[i].words >= 3 and k <= 1 or (
                           i == 0 and blocks[i].line == 0 and blocks[i].set_apart and k == 0
                           and any(w[:1].islower() for w in blocks[i].text.split()[1:])))
                       and not _RESULT_LINE.match(blocks[i].text)
                       and not (i > 0 and blocks[i - 1].byline)), None)
    elif best_i + 1 < len(blocks) and _signs(blocks[best_i + 1]):
        # the deck over the byline, its headline right above it and as good: the headline
        # ("Review: 'Mad Money' Cashes In On Cast / Diane Keaton Engaging In Lead Role / By ...";
        # not a kicker: a section's name, in capitals or of a few words)
        i = best_i - 1
        # (a deck much longer than the line above it, which says more of the lead, may score
        # well above its headline: "Seoul says President Yoon ... will attend the Madrid
        # meeting, a first for a South Korean leader" under "South Korea to send observers ...";
        # that line need only score as a headline would alone)
        deck = blocks[best_i].words >= 12 and blocks[best_i].words >= blocks[i].words + 4 \
            if i >= 0 else False
        # (nor need it when the line over the date is a sentence with its full stop and the
        # line above is not: a picture's caption under the headline, "Prime Minister Fumio
        # Kishida speaks to reporters in Washington on Wednesday.")
        deck = deck or i >= 0 and blocks[best_i].text.endswith(".") \
            and not blocks[i].text.endswith(".") and _headline_shape(blocks[i]) \
            and not (i > 0 and blocks[i - 1].line == blocks[i].line - 1) \
            and overlaps.get(i, 0.0) >= max(0.5, overlaps.get(best_i, 0.0) - 0.2)
        # (no list's last item; a line that says what the story says, as the caption does: not
        # a masthead over a headline written with a full stop)
        if i in scores and scores[i] >= (min(best - 0.1, 0.35) if deck else best - 0.1) \
                and blocks[i].words >= 5 \
                and blocks[best_i].words >= 5 and blocks[best_i].line - blocks[i].line <= 2 \
                and not blocks[i].text.isupper() and blocks[i].repeats < 2 \
                and "|" not in blocks[i].text and not _TRAIL.search(blocks[i].text):
            best_i = i  # (nor a page's title with its section: "Best Costumes | 2020")
    else:
        # a standfirst follows its headline: of two title-like lines close together, the first
        for i in range(best_i - 1, max(-1, best_i - 4), -1):
            # (not a kicker in capitals over a headline: "COMPANY OF THE YEAR"; over a line
            # of prose, a wire story's headline in capitals is the headline; nor a breadcrumb
            # trail: "Business News › Tech ›Hardware"; nor a section's name the page repeats, or
            # a line with prose between)
            # (a deck much longer than the line, which says more of the lead, may score well
            # above its headline: that line need only score as a headline would alone)
            deck = blocks[best_i].words >= 12 and blocks[best_i].words >= blocks[i].words + 4
            if i in scores and blocks[i].words >= 4 \
                    and scores[i] >= (min(best - 0.6, 0.35) if deck else best - 0.6) \
                    and (best_i not in copied or i in copied and scores[i] >= best - 0.1) \
                    and (blocks[i].repeats < 3
                         # (a headline the page repeats, in its trail and its story list, as
                         # good as the deck under it)
                         or i in copied and best_i not in copied and blocks[i].words >= 5
                         and scores[i] >= best - 0.1) \
                    and not any(x.cls == "good" or x.dateline and not x.byline
                                for x in blocks[i + 1:best_i]) \
                    and not (blocks[i].text.isupper() and blocks[best_i].words < GOOD_WORDS) \
                    and not _TRAIL.search(blocks[i].text):
                best_i = i
            elif i in scores and blocks[i].words >= 4 \
                    and all(w[:1].isupper() for w in blocks[i].text.split() if len(w) >= 4):
                break  # another headline between, in title case: a teaser's ("Syrian Opposition
                #        Group: Assad Must Go ..." over the headline), no headline of this one
    if best_i is not None and best_i not in copied and blocks[best_i].words >= 12 \
            and not _DECK_END.search(blocks[best_i].text):
        # a long line under the page's title, copied in its trail or elsewhere, with only the
        # buttons of the story's toolbar between them: the deck under its headline ("Law
        # professors, MPs sign brief to free Khadr / Email Story / Print / ... / Former
        # attorney general Irwin Cotler among those asking ...")
        for i in range(best_i - 1, max(-1, best_i - 10), -1):
            if i in scores and (i in copied or _trail_ends_with(blocks, i)) and scores[i] >= 0 \
                    and 4 <= blocks[i].words < blocks[best_i].words \
                    and len(blocks[i].stems() & lead) >= 0.4 * len(blocks[i].stems()) \
                    and "|" not in blocks[i].text and " / " not in blocks[i].text \
                    and not _TRAIL.search(blocks[i].text):  # (not tags: "Keir Starmer / Labour")
                best_i = i
                break
            if blocks[i].cls in ("good", "near"):
                break  # (prose between them: no toolbar)
    if best_i is not None and blocks[best_i].words >= 12 \
            and (blocks[best_i].words >= 16 or _DECK_END.search(blocks[best_i].text)):
        # a long line, or a sentence, under a short title-like one is the deck under its
        # headline (weighed against the deck, not the best line: a caption below the two may
        # share more words with the lead than either)
        for i in (best_i - 1, best_i - 2):
            if i in scores and blocks[i].words <= 10 and scores[i] >= scores[best_i] - 0.6 \
                    and blocks[best_i].line - blocks[i].line <= 3:
                best_i = i
                break
    if best_i is not None:
        # "Software quality How I got a team to care": a section's name glued to the
        # headline by the scrape, the headline itself on its own line close by
        for k in range(best_i + 1, min(best_i + 4, start)):
            if k in scores and len(blocks[k].key) >= 20 \
                    and blocks[best_i].key.endswith(" " + blocks[k].key):
                best_i = k
                break
    return best_i


# ---------------------------------------------------------------------------------------------
# The whole page


WRAP_SLACK = 25  # a wrapped line is at most this much shorter than the width it was cut at
_LIST_ITEM = re.compile(r"^(?:[-*•▪◦–]|\d{1,2}[.)])\s")


def _single_spaced(text: str) -> str:
    """A text whose every line is followed by a blank line, single-spaced (a run of two blank
    lines or more stays a break); any other text as it is."""
    if "\n\n" not in text:
        return text
    runs = re.split(r"\n[ \t]*\n", text.strip("\n"))
    if len(runs) < 12 or sum("\n" in run for run in runs) > len(runs) / 20 \
            or sum(len(run) > 110 for run in runs) > len(runs) / 20:
        return text  # (lines side by side, or long ones: a page's own paragraphs and lists)
    return re.sub(r"\n[ \t]*\n(?![ \t]*\n)", "\n", text)


_UNBREAKABLE = re.compile(r"[^\s\x00]{60}")


def unwrap(text: str) -> str:
    """Join the lines of paragraphs that a wire feed, an e-mail or a plain-text archive cut at
    a fixed width (60-100 characters), so that a paragraph is one line, as on scraped pages.

    A page is hard-wrapped when most of its lines of some length end near one width and few
    run past it; a line then continues the one before it when that one came near the width,
    unless it is indented (the feed's sign of a new paragraph) or a list item. Pages whose
    paragraphs are already lines are returned as they are. A page double-spaced line by line (an
    OCR'd archive's: a blank line after every printed line) is read single-spaced, when it is
    hard-wrapped so."""
    joined = _joined_wrapped(text)
    if joined is None and (single := _single_spaced(text)) is not text:
        joined = _joined_wrapped(single)
    return text if joined is None else joined


def _joined_wrapped(text: str) -> str | None:
    """`unwrap`'s work: the text's wrapped lines joined, or None when it is not hard-wrapped."""
    lines = text.split("\n")
    # the width from the lines as they are read (what Markdown took out aside); a line holding
    # a link's address or a picture's data, which no wrapper can break, tells no width
    filled = LINK_FILLER in text
    visible = [(line.replace(LINK_FILLER, "") if filled else line).rstrip() for line in lines
               if len(line) < 60 or not ("/" in line or filled) or not _UNBREAKABLE.search(line)]
    lengths = sorted(len(line) for line in visible if len(line.lstrip()) >= 30)
    if len(lengths) < 6:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if not 40 <= width <= 100 or sum(n >= width - WRAP_SLACK for n in lengths) < len(lengths) / 2 \
            or sum(n > width + 10 for n in lengths) > len(lengths) / 20:
        return None  # paragraphs that are lines: some run far past any width
    # a wrap cuts sentences: many a line after a full one goes on in lower case (a list of
    # headlines of one length does not)
    after_full = [b.strip() for a, b in zip(lines, lines[1:], strict=False)
                  if len(a.rstrip()) >= width - WRAP_SLACK and b.strip()]
    if not after_full or sum(b[:1].islower() for b in after_full) < len(after_full) / 3:
        return None
    # a margin every line of prose is set in by (a text browser's dump: "   The exercise ...")
    # is no sign of a new paragraph; only a line set in further is
    margins = Counter(len(line) - len(line.lstrip(" \t")) for line in lines
                      if len(line.strip()) >= 30)
    # (the least indent a quarter of them have: not a paragraph's first-line indent, which
    # most lines of a text of short paragraphs may have, nor a heading's own)
    margin = min((k for k, n in margins.items() if n * 4 >= sum(margins.values())), default=0)
    indented = re.compile(rf"^[ \t]{{{margin + 2},}}\S")
    indents = sum(1 for line in lines if indented.match(line)) >= 2
    out: list[str] = []
    last = 0  # the length of the physical line before, as wrapped
    fragment = False  # the line before was a short piece that went on a full line
    for line in lines:
        stripped = line.strip()
        if (stripped and out and out[-1]
                and (last >= width - WRAP_SLACK
                     # (the word that opens the line did not fit on the one before: a link's
                     # address, as long as the line)
                     or last + 1 + len(stripped.split(None, 1)[0]) > width
                     # a text wrapped twice, at two widths, leaves the rest of each longer line
                     # on a line of its own ("... according to\nNASA, \nthe American space
                     # agency."): after that piece the sentence goes on
                     or fragment and (stripped[:1].islower()
                                      or not _SENTENCE_END.search(out[-1])))
                and not (indents and indented.match(line)) and not _LIST_ITEM.match(stripped)
                # a sign-off under a paragraph's last sentence ("Reuter") stays apart (not a
                # name's rest after a title: '... I don't think so," Ms.\nGingera says.')
                and not (len(stripped.split()) <= 2 and _SENTENCE_END.search(out[-1])
                         and out[-1].rsplit(None, 1)[-1].rstrip(".").casefold()
                         not in TITLE_ABBREVIATIONS)):
            fragment = last >= width - WRAP_SLACK and len(line.rstrip()) < width - WRAP_SLACK
            out[-1] = f"{out[-1]} {stripped}"
        else:
            fragment = False
            if stripped and indents and indented.match(line) and out and out[-1]:
                out.append("")  # an indented line opens a paragraph: set it apart
            out.append(stripped)
        last = len(line.rstrip())
    return "\n".join(out)


# three words or more, opening as a sentence does
_SENTENCE_LINE = re.compile(r"^[\"“‘'(]?[A-Z0-9]\S*(?:\s+\S+){2,}$")  # ("I'm very frustrated.")
_LAST_SENTENCE_LINE = re.compile(r"^[\"“‘'(]?[A-Z0-9]\S*(?:\s+\S+)+$")  # (two words will do)
_SENTENCE_THEN_LINE = re.compile(r"[.!?…][\"”’'»)]*[ \t]*\n[ \t]*[\"“‘'(]?[A-Z0-9]")


_INITIALS_END = re.compile(r"\b[A-Z]\.[A-Z]\.$")


def _split_at_initials(group: list[str], n: int) -> bool:
    """The line goes on a sentence that an export split after initials ("... with the
    U.S.\nattorney.\""): it opens in lower case after a line that ends with them."""
    n %= len(group)
    return n > 0 and group[n][:1].islower() and _INITIALS_END.search(group[n - 1]) is not None


def _one_sentence_a_line(group: list[str]) -> bool:
    """Lines that are the sentences of one paragraph: each opens as a sentence does, and each
    but the last ends one, with a full stop mostly (not a list of headlines that ask)."""
    if len(group) < 2 or not all(_SENTENCE_LINE.match(line) or _split_at_initials(group, n)
                                 for n, line in enumerate(group[:-1])) \
            or not (_LAST_SENTENCE_LINE.match(group[-1]) or _split_at_initials(group, -1)):
        return False  # (the last may be short: "... And I say wait for what?\nWait until when?")
    ends = [_SENTENCE_END.search(line) for line in group[:-1]]
    return all(ends) and sum("." in end.group() for end in ends if end) * 2 >= len(ends)


def join_sentence_lines(text: str) -> str:
    """Join the sentences of paragraphs that a dataset or an export put one to a line, its
    paragraphs set apart by blank lines ("“I think ... hosting Trump.\nIf he's gone soft
    ... President Peña.”"), so that a paragraph, and a quotation running over its sentences,
    is one line. Only when the page does so throughout: a web page whose paragraphs are lines
    has runs of lines of menus, lists and notices too, and keeps its lines."""
    if "\n\n" not in text or not _SENTENCE_THEN_LINE.search(text):
        return text  # (no sentence ends a line that another follows: nothing to join)
    groups = re.split(r"\n[ \t]*\n", text)
    lines = [[line.strip() for line in g.strip("\n").split("\n")] for g in groups]
    joined = [_one_sentence_a_line(g) for g in lines]
    if sum(joined) < 2 or sum(joined) < 0.75 * sum(len(g) >= 2 for g in lines):
        return text
    return "\n\n".join(" ".join(g_lines) if j else g
                        for g, g_lines, j in zip(groups, lines, joined, strict=True))


# Markdown, as scrapers and note apps save pages: a link ("[Mark\nRutte](https://...)", its
# address may hold brackets), a picture ("![alt](src)"), a word in bold ("**Update:**")
_MARKDOWN_LINK = re.compile(r"(!?)\[([^\[\]\n]*(?:\n[^\[\]\n]*)?)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_MARKDOWN_BOLD = re.compile(r"\*\*(?=\S)([^*\n]+(?:\n[^*\n]+)?)(?<=\S)\*\*")
_MARKDOWN_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
# the marks that open a heading's line ("## The visit") or a quoted passage's ("> ...")
_MARKDOWN_LINE_MARK = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]?)", re.M)
_ATX_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)", re.M)


# stands for a link's address until a hard-wrapped page's lines are joined: a wrapper counted it
# (a NUL, which no text holds; a page that does is not read as Markdown)
LINK_FILLER = "\x00"


def plain_markdown(text: str) -> str:
    """The text of a page saved as Markdown: links as their words, pictures and the marks of
    bold, italics, headings and quoted passages gone, escapes undone ("\\[Zelenskyy\\]"); a
    text with no Markdown link is left as it is. What is taken out leaves LINK_FILLER in its
    place, as long as it was, so that `unwrap` sees the lines as the wrapper did."""
    if "](" not in text or LINK_FILLER in text \
            or not any(map(_links_somewhere, _MARKDOWN_LINK.finditer(text))):
        # (no link, but headings written as Markdown's: "# Headline", "### Section": their
        # marks go; a hashtag has no space after its "#")
        return _ATX_HEADING.sub("", text) if "# " in text and LINK_FILLER not in text \
            and _ATX_HEADING.search(text) else text
    text = _MARKDOWN_LINK.sub(lambda m: m.group() if not _links_somewhere(m) else
                              LINK_FILLER * len(m.group()) if m.group(1) else
                              LINK_FILLER + m.group(2) + LINK_FILLER * (len(m.group()) - len(m.group(2)) - 1),
                              text)
    text = _MARKDOWN_BOLD.sub(lambda m: f"{LINK_FILLER * 2}{m.group(1)}{LINK_FILLER * 2}", text)
    text = _MARKDOWN_ITALIC.sub(lambda m: f"{LINK_FILLER}{m.group(1)}{LINK_FILLER}", text)
    text = _MARKDOWN_LINE_MARK.sub(lambda m: LINK_FILLER * len(m.group()), text)
    return _MARKDOWN_ESCAPE.sub(LINK_FILLER + r"\1", text)


def _links_somewhere(link: re.Match) -> bool:
    """A Markdown link's target is an address, a path or an anchor ("[x](https://...)",
    "[x](/news/a)", "[x](#top)"), not a word in brackets after brackets ("[31m](Photo)")."""
    target = link.group()[link.group().index("](") + 2:]
    return any(c in target for c in "/.:#")


# a word no sentence ends on: a block ending so goes on in the next ("... allied with the")
_ENDS_MID_SENTENCE = re.compile(r"\b(?:the|a|an|of|to|in|with|by|for|and|or|at|from|on|that|his|her"
                                r"|its|their|our|as|into|than)$", re.I)


def joined_inline_splits(text: str) -> str:
    """Join back the sentences that a converter cut into lines at every link or word in bold
    ("... Lin Chia-lung\n[warned that](...)\nthe "situation ..."): a line that does not end a
    sentence goes on in the next when that one opens in lower case or with punctuation, or when
    it ends on a word no sentence ends on, or is itself such a piece. Only on a page that shows
    the cut at least twice."""
    lines = text.split("\n")
    seen = [line.replace(LINK_FILLER, "").strip() for line in lines]
    joins = [False] * len(lines)
    piece = False  # the line before was a piece of a sentence: a link's words in lower case
    for i in range(1, len(lines)):
        before, this = seen[i - 1], seen[i]
        if not before or not this or _SENTENCE_END.search(before) or before.endswith(":") \
                or _LIST_ITEM.match(this) or this.startswith("#"):
            piece = False
            continue
        # a link's words or a word in bold, between two pieces of one sentence ("he told\n
        # **TMD**\n, is to ..."; not a byline's link under a headline, nor a menu of links)
        following = seen[i + 1] if i + 1 < len(lines) else ""
        marked = LINK_FILLER in lines[i] and len(this.split()) <= 4 and following[:1] != "" \
            and (following[0].islower() or following[0] in ",.;:)’”")
        joins[i] = this[0].islower() or this[0] in ",.;:)’”" or piece or marked \
            or _ENDS_MID_SENTENCE.search(before) is not None
        piece = joins[i] and len(this.split()) <= 4 and (marked or not this[0].isupper())
    if sum(joins) < 2:
        return text
    out = [lines[0]]
    for line, join, shown in zip(lines[1:], joins[1:], seen[1:], strict=True):
        if join:
            out[-1] = out[-1].rstrip() + ("" if shown[0] in ",.;:)’”" else " ") + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def clean_blocks(text: str) -> Cleaned:
    """Classify every block of an article's text."""
    plain = plain_markdown(text)
    # (a page with links; a text whose headings alone were Markdown is none)
    markdown = plain is not text and LINK_FILLER in plain
    text = unwrap(plain)
    if markdown:  # (lines cut at its links, once a wrap is undone)
        text = joined_inline_splits(text).replace(LINK_FILLER, "")
    measured = measure(join_sentence_lines(text))
    if not measured:
        return Cleaned(())
    classify(measured)
    span = main_run(measured)
    if span is None:
        # No prose at all (a note, a list, an odd page): a reader would still read the text, so
        # keep every line that is not furniture, or every line, rather than index nothing.
        keep = {i for i, b in enumerate(measured) if b.cls != "bad"} or set(range(len(measured)))
        head = next((i for i, b in enumerate(measured) if i in keep and _headline_shape(b)
                     and is_headline_like(b.text) and len(keep) > 1), None)
        return Cleaned(tuple(
            b.block(role="headline" if i == head else "text", zone="story")
            if i in keep else b.block(reason=b.furniture or "furniture", zone="story")
            for i, b in enumerate(measured)))
    start, end = span
    if _PHOTO_LANGUAGE.search(measured[start].text) and measured[start].words <= 25 and start < end - 1:
        measured[start].furniture = "photo caption"  # "X is seen in Y": a picture above the story
        start += 1
    start = _extend_start(measured, start)
    end = _end_credit(measured, start, _extend_end(measured, end))
    _mark_author_notes(measured, start, end)
    # the run may open with the headline and a line or two that are not the story's paragraphs
    # (a datelined line opens the story, however short: "WASHINGTON, Feb 26 - The U.S. ...")
    first_good = next((i for i in range(start, min(end, start + 12))
                       if measured[i].cls == "good" or _datelined(measured[i].text)), start)
    if all(_statement(measured[i].text) and measured[i].words >= NEAR_WORDS
           for i in range(start, first_good)):
        first_good = start  # a short story's first paragraphs, statements: no headline (a
        #                     headline may ask: "What's on the cards for von der Leyen?")
    signed = _signed_headline(measured, first_good, min(end, start + 8))
    if signed is not None:
        # a notice or a teaser above the headline that signs the story: the story is below it
        first_good = next((i for i in range(signed + 1, end) if measured[i].cls == "good"), end)
    headline = find_headline(measured, first_good)
    if headline is not None and headline >= start:
        start = headline + 1
    # a list of other stories between the picture and a wire story's dateline ("Related
    # Articles", their headlines, "Contact Editor"): the story opens at its dateline
    opening = next((i for i in range(start, min(end, start + 12)) if _datelined(measured[i].text)),
                   None)
    if opening is not None and any(measured[i].ends_story() for i in range(start, opening)):
        start = opening
    blocks: list[Block] = []
    for i, b in enumerate(measured):
        zone = "before" if i < start else "after" if i >= end else "story"
        if i == headline:
            blocks.append(b.block(role="headline", zone=zone))
        elif headline is not None and headline < i < start and (
                _standfirst(b, measured[start:start + 6]) or _deck(measured, headline, i, start)):
            blocks.append(b.block(zone="story"))
        elif zone == "story" and b.cls != "bad" and not b.byline:
            if b.dateline:
                blocks.append(b.block(role="date", zone=zone))
            else:
                blocks.append(b.block(zone=zone))
        elif b.dateline:
            blocks.append(b.block(role="date", zone=zone))
        elif b.byline:
            blocks.append(b.block(role="byline", reason="byline", zone=zone))
        else:
            reason = b.furniture or ("not the article" if zone != "story" else _bad_reason(b))
            blocks.append(b.block(reason=reason, zone=zone))
    return Cleaned(tuple(blocks))


# a story's end credit: "Associated Press writers ... contributed to this report.", "This
# article was originally published on page 20 of ...", "A version of this article appears in
# print on ...", "Jane Doe can be reached at ...",
# "(Reporting by ...; Editing by ...)"
_END_CREDIT = re.compile(r"(?i:\bcontribut(?:ed|ing)(?:\s+reporting)?\s+to\s+this\s+(?:report|"
                         r"story|article)\.?)$"
                         r"|^(?:A version of t|T)his (?:article|story) (?:was |first )?(?:originally |"
                         r"first )?(?:published|appeared|appears|ran) (?:on|in)\b"
                         r"|^[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+ can be reached at\b"
                         # a wire's credit: "(Reporting by Howard Schneider; Editing by ...)"
                         r"|^\((?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled) by\b")


def _end_credit(blocks: list[_Measured], start: int, end: int) -> int:
    """The story ends with its end credit ("Brian Church reported from London. AP writers ...
    contributed to this report."): the lines after it are the page's, however they read."""
    # (from the run's end back to its second block: a footer may have run on long after it;
    # a credit far from the end has more of the story's prose before it than after it)
    for i in range(end - 1, start, -1):
        text = blocks[i].text
        if blocks[i].words <= 50 and ("ontribut" in text or text[:5] in ("This ", "A ver")
                                      or text[:1] == "(" or " reached at" in text) \
                and _END_CREDIT.search(text) \
                and (i >= end - 16 or sum(b.cls == "good" for b in blocks[i + 1:end])
                     < sum(b.cls == "good" for b in blocks[start:i])):
            return i + 1
    return end


_BYLINE_NAME = re.compile(rf"^{_BYLINE_OPENING}([A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){{1,2}})",
                          re.I)
# what a note on the author says of them after their name: "Evan Halper writes about ...",
# "Ganesh Sitaraman is a professor at ...", "Jane Doe covers ..."
_AUTHOR_NOTE_VERB = re.compile(r"\s+(?:is|was|writes|wrote|covers|has|reports|joined|lives|teaches|"
                               r"previously|currently|also)\b")


def _mark_author_notes(blocks: list[_Measured], start: int, end: int) -> None:
    """A paragraph at the story's end that opens with the byline's name and says what they do
    ("Evan Halper writes about ...") is a note on the author, not the story."""
    names = set()
    for b in blocks[max(0, start - 15):min(end, start + 3)]:
        if b.byline:
            m = _BYLINE_NAME.match(b.text)
            if m:  # "By Evan HalperStaff Writer": the name ends where a capital is glued on
                names.add(re.sub(r"(?<=[a-z])[A-Z].*", "", m.group(1)).strip())
    if not names:
        return
    for b in blocks[max(start, end - 4):end]:
        if b.cls == "good" and b.words <= 120 and any(
                b.text.startswith(name) and _AUTHOR_NOTE_VERB.match(b.text, len(name))
                for name in names):
            b.cls, b.furniture = "bad", "author's note"


TEASER_WORDS = 80  # a notice or a teaser above a headline is shorter than this


def _signed_headline(blocks: list[_Measured], lo: int, hi: int) -> int | None:
    """A title-like line inside the run's first blocks with a byline or a date under it, and
    the story's prose after it: the headline, whatever teaser or notice came before it (not a
    box of another story, with its own byline, inside an article already under way)."""
    prose = 0  # words of prose above the candidate, in the run
    for i in range(lo + 1, hi):
        b = blocks[i]
        prose += blocks[i - 1].words if blocks[i - 1].cls == "good" else 0
        if prose > TEASER_WORDS:
            return None
        if b.cls == "good" or not _headline_shape(b):
            continue
        under = blocks[i + 1:min(i + 5, len(blocks))]
        if any(x.byline for x in under) and any(_signs(x) for x in under) \
                and any(x.cls == "good" for x in blocks[i + 1:min(i + 8, len(blocks))]):
            return i
    return None


def _standfirst(b: _Measured, lead: list[_Measured]) -> bool:
    """A line between the headline and the story that sums the story up: the article's own."""
    if b.furniture or b.cls == "bad" or b.words < 6 or b.dateline or b.byline:
        return False
    stems = b.stems()
    shared = stems & set().union(*(x.stems() for x in lead))  # (the stems of the lines joined)
    return len(stems) > 0 and len(shared) >= max(2, len(stems) // 2)


def _deck(blocks: list[_Measured], headline: int, i: int, start: int) -> bool:
    """The line right under the headline that tells more of the story in a sentence, above its
    byline or date line ("Penalties for those who refuse to self-isolate are to be increased
    ..."): the article's standfirst, whatever words it shares with the lead."""
    b = blocks[i]
    return i == headline + 1 and b.line <= blocks[headline].line + 2 and b.cls in ("good", "near") \
        and not b.furniture and b.words >= 10 and b.stops >= NEAR_STOPS \
        and any(x.byline or x.dateline for x in blocks[i + 1:min(start, i + 7)])


def _extend_start(blocks: list[_Measured], start: int) -> int:
    """Take back into the story a dateline-led or short opening paragraph just above it."""
    while start > 0:
        b = blocks[start - 1]
        if (b.cls == "near" or b.cls == "short" and _name_dense_lead(b)) and b.sentence \
                and not b.byline:
            start -= 1
        else:
            break
    return start


def _name_dense_lead(b: _Measured) -> bool:
    """A wire story's lead, full of names and few function words ("TOKYO, May 1 (Reuters) -
    Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony Albanese on
    Wednesday."): a whole sentence of some length, with words in lower case, as no menu or
    headline is written."""
    return b.words >= 8 and not b.furniture and _statement(b.text) \
        and sum(t[:1].islower() for t in b.tokens) >= 2


def _statement(text: str) -> bool:
    """Ends with a full stop, perhaps inside quotation marks: a statement (no question, no
    headline without a stop)."""
    return text.rstrip("\"”’").endswith(".")


# a quotation and its speech verb: '"We will see," Chang said.'
_QUOTED_SAYING = re.compile(r"[“\"][^”\"]{3,}[”\"]")
_SAYING = re.compile(_SAID)


def _said_quote(text: str) -> bool:
    """A quotation and who said it: '"We will see," Chang said.'"""
    return bool(_QUOTED_SAYING.search(text) and _SAYING.search(text))


def _extend_end(blocks: list[_Measured], end: int) -> int:
    """Take back into the story the short paragraphs just below it that quote someone and say
    who ('"Our partners matter," Rutte said.'): too short to count as prose, but no footer,
    menu or teaser is written so."""
    while end < len(blocks):
        b = blocks[end]
        if b.cls in ("short", "near") and b.sentence and not (b.furniture or b.byline or b.dateline) \
                and b.line - blocks[end - 1].line <= 2 \
                and _said_quote(b.text):
            end += 1
        else:
            break
    return end


def _bad_reason(b: _Measured) -> str:
    if b.ends_story():
        return "end of the story"
    if b.repeats >= 2:
        return "repeated line"
    return "call to action" if is_call_to_action(b.text) else "list of links"
