"""Read a scraped article the way a reader does: the story in, the site furniture out.

The text is split into blocks (non-empty lines). Each block is kept unless a rule gives a
reason to drop it; every rule is general (what web furniture looks like), none names a site:

- calls to action and prompts to the reader ("Join Now", "Leave a Reply", "How did you feel
  about this matter?"), by the words sites use for them: an interview's questions stay;
- photo captions: repeated twice, or marked as photos, or photo-like before the story starts;
- links stamped with a time ("... - Reuters08.07.24, 20:41") or in another script;
- separators ("-", "•") and lists announced as not the story ("More like this", "Popular",
  "Check Also"): from such a marker, or from the site's own byline after the story, to the end;
- a run of short headline-like lines after the story's last paragraph.

The headline (the first headline-like block before the story) and standalone date lines are
set apart as metadata, not body. No block with a sentence of the story is dropped unless a
rule names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nato_search.text import words

_BLANKS = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Unify line endings, strip trailing spaces and collapse runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


@dataclass(frozen=True)
class Block:
    """One line of the source: its text, its role, and why it was dropped (None if kept)."""

    text: str
    role: str = "text"  # "headline", "date", "text"
    reason: str | None = None

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

_SENTENCE_END = re.compile(r"[.!?…](?:[\"”’'»)\]]\s*)*$")
_SENTENCE_INSIDE = re.compile(r"[a-z0-9%)\"”’][.!?][\"”’]?\s+[\"“‘A-Z]")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of",
                "on", "or", "over", "the", "to", "up", "with", "vs", "via", "amid", "after"}


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.strip()))


def is_prose(text: str) -> bool:
    """A paragraph of the story: enough words, written in sentences (scrapes may lose the stop)."""
    if " | " in text and not ends_sentence(text):
        return False  # "Headline | Subheading": a title bar, not a paragraph
    n = len(words(text))
    if n >= 16:
        return True
    return n >= 7 and (ends_sentence(text) or bool(_SENTENCE_INSIDE.search(text)))


def is_headline_like(text: str) -> bool:
    """A headline: a few words, no closing full stop, capitalised like a title or a sentence."""
    ws = words(text)
    if not 3 <= len(ws) <= 30 or text.rstrip().endswith((".", ":", ";", ",")):
        return False
    return ws[0][:1].isupper() or ws[0][:1].isdigit()


def title_case_ratio(text: str) -> float:
    ws = [w for w in words(text) if w.lower() not in _SMALL_WORDS]
    if not ws:
        return 0.0
    return sum(1 for w in ws if w[:1].isupper() or w[:1].isdigit()) / len(ws)


def _latin_share(text: str) -> float:
    """The share of letters in the Latin script (ASCII, Latin-1, Latin Extended)."""
    if text.isascii():
        return 1.0
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c <= "\u1eff")
    return latin / len(letters)


# ---------------------------------------------------------------------------------------------
# The rules

# Calls to action and site chrome, in words any site uses.
_CALL_TO_ACTION = re.compile(
    r"\b(?:join (?:now|us|our)|subscribe|sign (?:up|in)|log ?in\b|newsletter|follow us"
    r"|connect with us|share (?:this|post|article|story|on)|share post|click (?:here|to)"
    r"|continue reading|read more|keep reading|leave a (?:reply|comment)|your email(?: address)?"
    r"|how (?:did|do) you feel|how can i help you|thank you for reading|don'?t forget to"
    r"|(?:whatsapp|telegram|viber|signal) (?:channel|group)|download (?:the|our) app"
    r"|all rights reserved|cookie policy|privacy policy|terms of (?:use|service)"
    r"|skip to (?:main )?content|was this (?:article|story) helpful|discover more from"
    r"|comments? (?:are|is) closed|advertisement|sponsored content|report an error"
    r"|print this|email this|copy link|listen to (?:this )?article|what do you think\??$"
    r"|have your say|tell us what you think)\b",
    re.I)
# Markers of what follows the story: lists of other articles, comments, rankings.
_END_MARKER = re.compile(
    r"^(?:[\"'“].{1,30}[\"'”]\s*)?(?:more (?:like this|from|stories|news|on this)"
    r"|related(?: articles| posts| news| stories| content| coverage)?|popular(?: articles?| posts?| now)?"
    r"|most (?:read|popular|viewed)|check also|also read|read (?:also|next)|recommended(?: for you)?"
    r"|you may (?:also )?like|trending(?: now)?|latest (?:news|posts|stories)|top stories"
    r"|leave a (?:reply|comment)|comments?|tags?|share(?: this)?(?: post| article)?|[\w ]*access ranking"
    r"|[\w\" ]*popular article)s?\s*:?\s*$",
    re.I)
_MID_PROMO = re.compile(r"^(?:must read|also read|read also|read more|related|see also|watch)\s*:", re.I)
_PHOTO_MARK = re.compile(
    r"\((?:photo|image|file photo|picture)\b|(?-i:\b[A-Z]{2,}\s+Photo\b)|\|\s*(?:photo|image)\s*:"
    r"|\b(?:photo|image|picture)(?: credit)?\s*:|\bfile photo\b|©|\bgetty images\b"
    r"|/(?:afp|ap|reuters|efe|epa)\b", re.I)
_PHOTO_LANGUAGE = re.compile(r"\b(?:is|are) (?:seen|pictured|shown)\b|\bpictured\b|\bposes? for\b",
                             re.I)
_TIMESTAMP = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s*\d{1,2}:\d{2}")
_GLUED_TIMESTAMP = re.compile(r"[^\W\d_]\d{1,2}[./]\d{1,2}[./]\d{2,4}")
_SEPARATOR = re.compile(r"^[\W_]{1,5}$")
_ATTRIBUTION_START = re.compile(r"^[—–―-]\s*\w")  # "—Natasha Gownaris" under a pull quote
_BYLINE = re.compile(r"^By\s+(\S+(?:\s+\S+){0,3})\s*$")
_SITE_BLURB = re.compile(
    r"^\S+ is an? (?:\w+ ){0,4}(?:news|media|publication|platform|website|site|portal)\b", re.I)
_DATE_LINE = re.compile(
    r"^(?:(?:published|posted|updated|last updated)\s*:?\s*)?"
    r"(?:\d{1,2}:\d{2}\s*(?:[AP]M)?\s*[A-Z]{2,4}?,?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:,?\s*(?:at\s*)?\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.I)


def _caption_key(text: str) -> str:
    """Normalise a caption so its copies compare equal (quotes, credits, spacing)."""
    text = re.split(r"\s*\|\s*(?:photo|image|credit)\b", text, flags=re.I)[0]
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return re.sub(r"\W+", " ", text).strip().casefold()


def is_date_line(text: str) -> bool:
    return bool(_DATE_LINE.match(text.strip()))


def furniture_reason(text: str, before_story: bool) -> str | None:
    """Why a single block is site furniture, judged on its own; None if it may be story."""
    stripped = text.strip()
    n = len(words(stripped))
    if _SEPARATOR.match(stripped):
        return "separator"
    if _MID_PROMO.match(stripped):
        return "promotion"
    if _CALL_TO_ACTION.search(stripped) and n <= 16:
        return "call to action"
    if _PHOTO_MARK.search(stripped) and n <= 60:
        return "photo caption"
    if before_story and _PHOTO_LANGUAGE.search(stripped) and n <= 40:
        return "photo caption"
    if (_GLUED_TIMESTAMP.search(stripped) or _TIMESTAMP.search(stripped)) and not is_date_line(stripped):
        return "timestamped link"
    if n >= 3 and _latin_share(stripped) < 0.5:
        return "text in another script"
    if _SITE_BLURB.match(stripped) and n <= 40:
        return "site description"
    return None


def clean_blocks(text: str) -> Cleaned:
    """Classify every block of an article's text."""
    lines = [line.strip() for line in normalise(text).split("\n") if line.strip()]
    first_prose = next((i for i, line in enumerate(lines) if is_prose(line)
                        and furniture_reason(line, True) is None), len(lines))
    caption_counts: dict[str, int] = {}
    for line in lines:
        key = _caption_key(line)
        if key and len(words(line)) <= 60:
            caption_counts[key] = caption_counts.get(key, 0) + 1

    blocks: list[Block] = []
    headline_found = False
    prose_seen = 0
    tail = False
    for i, line in enumerate(lines):
        before_story = i < first_prose
        if tail:
            blocks.append(Block(line, reason="after the story"))
            continue
        if prose_seen and _END_MARKER.match(line):
            tail = True
            blocks.append(Block(line, reason="end of the story"))
            continue
        byline = _BYLINE.match(line)
        if byline and prose_seen >= 2:
            tail = True  # the site's own byline closes the story
            blocks.append(Block(line, reason="byline"))
            continue
        if before_story and is_date_line(line):
            blocks.append(Block(line, role="date"))
            continue
        reason = furniture_reason(line, before_story)
        if reason:
            blocks.append(Block(line, reason=reason))
            continue
        if (caption_counts.get(_caption_key(line), 0) >= 2 and not _ATTRIBUTION_START.match(line)
                and not (before_story and not headline_found and is_headline_like(line))):
            blocks.append(Block(line, reason="repeated caption"))
            continue
        if byline:
            blocks.append(Block(line, reason="byline"))
            continue
        if before_story and not headline_found and is_headline_like(line):
            headline_found = True
            blocks.append(Block(line, role="headline"))
            continue
        if before_story and len(words(line)) <= 4 and not ends_sentence(line):
            blocks.append(Block(line, reason="navigation"))  # "Home", "World", "Menu" above the story
            continue
        if is_prose(line):
            prose_seen += 1
        blocks.append(Block(line))
    blocks = _drop_trailing_link_run(blocks)
    if not any(b.kept for b in blocks):
        # The rules found no story at all (a note, a list, an odd page): a reader would still
        # read the text, so keep every line rather than index an empty article.
        blocks = [Block(b.text, role=b.role) if b.role == "headline" else Block(b.text)
                  for b in blocks]
    return Cleaned(tuple(blocks))


def _drop_trailing_link_run(blocks: list[Block]) -> list[Block]:
    """Drop a run of two or more short lines after the story's last paragraph.

    Headline-like lines there are links to other articles; a few words without a full stop
    are buttons ("Yes", "No"). A pull quote's attribution ("—Name") stays.
    """
    kept = [i for i, b in enumerate(blocks) if b.kept]
    last_prose = max((i for i in kept if is_prose(blocks[i].text)), default=None)
    if last_prose is None:
        return blocks
    run = [i for i in kept if i > last_prose]

    def link_or_button(text: str) -> bool:
        if text.startswith(("—", "-", "–", "―", "\"", "“")) or ends_sentence(text):
            return False
        return len(words(text)) <= 3 or (is_headline_like(text) and title_case_ratio(text) >= 0.6)

    if len(run) >= 2 and all(link_or_button(blocks[i].text) for i in run):
        for i in run:
            blocks[i] = Block(blocks[i].text, reason="list of links")
    return blocks
