"""Words and sentences: the small text primitives that cleaning, metadata and quotations share."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")

# The words of the search index (both engines): Chinese and Japanese are written without spaces
# between words, so each of their characters is a word of its own (as Lucene's standard
# tokenizer has it) and a query's run of them is searched as a phrase; every other script's
# words are runs of letters and digits, dots inside ("U.S.").
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORDS = rf"[{CJK}]|[^\W{CJK}]+(?:\.?[^\W{CJK}]+)*"
CJK_CHAR = re.compile(f"[{CJK}]")

# Characters that show nothing and mean nothing in news prose, but cut a name in two for every
# pattern and lookup ("Rut\u00adte", "Mark\u200bRutte", "Rutte\u200f"): a soft hyphen, zero-width
# spaces and joiners between words, left-to-right and right-to-left marks. (Not the zero-width
# (non-)joiners, which Persian and Indic words need.)
_INVISIBLE = re.compile("[\u00ad\u180e\u200b\u200e\u200f\u2060\u061c]")
# a zero-width space before a capital, after a small letter, parts two words ("Mark\u200bRutte");
# inside a word it only marks where a line may break ("Rut\u200bte")
_ZERO_WIDTH_SPACE = re.compile(r"(?<=[a-zß-ÿ])\u200b(?=[A-ZÀ-Þ])")


def without_invisibles(text: str) -> str:
    """The text without characters that show nothing and cut words apart (a zero-width space
    between two words of a name: a space)."""
    if not _INVISIBLE.search(text):
        return text
    return _INVISIBLE.sub("", _ZERO_WIDTH_SPACE.sub(" ", text) if "\u200b" in text else text)


# A wire story's dateline: TOKYO, July 9 (Reuters) - / NEW YORK, Oct. 3, 2024 (AP) — / BRUSSELS —
DATELINE = re.compile(
    # a place in capitals ("SYDNEY/TOKYO" too), or in title case before a day and an agency's
    # name in brackets ("Sydney, Sept 5 (AFP) -")
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ /-][A-Z][A-Z.'’-]+){0,3}"
    r"|(?=[A-Za-z /]{3,30},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b[^()\n]{0,12}\([A-Z][\w&. ]{1,30}\)"
    r"\s*(?:[–—―]|--|-\s))[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2})"
    r"(?:,\s*[A-Z][\w.]+){0,2}"
    r"(?:,\s*(?P<when>[^()–—-]{3,30}?))?\s*(?:\((?P<agency>[^)]{2,40})\))?"
    # (a hyphen between two words joins them: "NTF-WPS" is a name, not a dateline)
    r"(?:\s*[–—―]+\s*|\s*--+\s*|\s+-\s*|-\s+)")

# Words that say "I" or "we": a speaker's own, never a narrator's (a news story's narration
# has none)
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|"
                          r"[Oo]ur|us)\b")

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "sen", "rep", "gov", "pres", "st", "jr", "sr", "no", "vol", "fig", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "vs",
    "etc", "approx", "dept", "est", "rev", "hon", "messrs", "mt", "ft", "e.g", "i.e", "u.s",
    "u.k", "u.n", "a.m", "p.m", "sens", "reps", "supt", "insp", "cllr", "brig", "cpl", "atty",
    "spc", "pfc", "pvt",
}
# Abbreviations whose full stop ends no run of a name's words: the titles and ranks a name
# follows ("Ms. Gingera", "Rep. G.K. Butterfield") and a name's own pieces ("St.", "Jr.")
TITLE_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen",
    "rep", "gov", "pres", "rev", "hon", "messrs", "sens", "reps", "supt", "insp", "cllr", "brig",
    "cpl", "atty", "spc", "pfc", "pvt", "st", "jr", "sr", "mt", "ft"})
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)*[^\W\d_]$")  # "J", "G.K": initials, not a sentence's end
_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]{0,2}[A-Z0-9])")
# a stop with no space after it, where a page's paragraphs were run together ("... of
# Ukraine?Read more", "... medical supplies.United Help Ukraine", "goals.Im Eul-chul, a
# professor"): found by the cheap pattern, then checked by the second
_GLUED_STOP = re.compile(r"[.?!](?=[A-Z][a-z]|A\s)")
_GLUED = re.compile(r"(?<=[a-z]{2}[?!])|(?<=[a-z0-9]{3}\.)(?=[A-Z][a-z]{2}|[A-Z][a-z]?\s|Mrs\b)")
# a caption run into the text without a stop ("... after driving her daughter from a concert
# The teen's attorney, John Waldron, said ..."): "The" and a word in lower case, after one in
# lower case, opens a sentence (a title inside one goes on in capitals: "in The Washington Post")
_GLUED_THE = re.compile(r"(?<= )The (?=[a-z])")  # (the word before: `_glued_the`)
_LINE = re.compile(r"[^\n]+")
# a picture's credit, glued to the text after it when a page's paragraphs were run together
# ("... yesterday. Photograph: Peter Byrne/PA The head coach of ..."): it ends a sentence
_CREDIT = re.compile(
    r"\b(?:Photograph|Photo|Picture|Image|Illustration|Composite)s?:\s+[^/\n:.]{2,60}?/"
    r"[A-Z][\w&-]*(?:/[A-Z][\w&-]*)*"  # "Peter Byrne/PA", "Guardian Design/Reuters/EPA"
    r"(?:\s+(?:via\s+)?(?:Getty|AP|AFP|Reuters|Shutterstock|Alamy|EPA|Images|Photos|Pictures|"
    r"Press|Wire|News|Agency))*(?=\s+[\"“‘'«(\[]{0,2}[A-Z])")
_CREDIT_WORDS = ("Photo", "Picture", "Image", "Illustration", "Composite")
_QUOTATION_NEXT = re.compile(r"\s+[“\"]")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split text into sentences; returns [start, end) spans with surrounding space trimmed.

    Sentences end at line breaks too. A full stop after an abbreviation ("Gen.", "U.S.") or a
    person's initials ("J. Smith", "G.K. Butterfield") does not end a sentence; quotation marks
    after the stop stay with their sentence.
    """
    spans: list[tuple[int, int]] = []
    # (asked of each line only when the text holds any: most texts hold none)
    credits = "/" in text and any(w in text for w in _CREDIT_WORDS) \
        and _CREDIT.search(text) is not None
    glued = _GLUED_STOP.search(text) is not None
    glued_the = [m for m in _GLUED_THE.finditer(text) if _glued_the(text, m.start())] \
        if " The " in text else []
    for line in _LINE.finditer(text):  # a sentence never runs over a line break
        start, line_end = line.start(), line.end()
        ends = _BOUNDARY.finditer(text, start, line_end)
        extra = []
        if credits:
            extra = list(_CREDIT.finditer(text, start, line_end))
        if glued:
            extra += [g for m in _GLUED_STOP.finditer(text, start, line_end)
                      if (g := _GLUED.match(text, m.end()))]
        if glued_the and glued_the[0].start() < line_end:
            while glued_the and glued_the[0].start() < line_end:  # (in order, as the lines)
                extra.append(glued_the.pop(0))
        if extra:
            ends = sorted([*ends, *extra], key=lambda m: m.end())
        for m in ends:
            if m.re is _GLUED_THE:
                if m.start() > start:
                    spans.append((start, m.start()))
                    start = m.start()
                continue
            if m.re is _CREDIT or m.re is _GLUED:
                if m.re is _GLUED and text[m.start() - 1] == "." \
                        and _token_before(text, start, m.start() - 1).lower() in ABBREVIATIONS:
                    continue  # "Sens.Ted Cruz": an abbreviation glued to a name ("... and
                    #           2011.Mr Schmidt said", "... chair Belden Namah.Mr Namah
                    #           said" end a sentence)
                if m.start() >= start:
                    spans.append((start, m.end()))
                    start = m.end()
                continue
            stop = m.start()
            if text[stop] == "." and m.group().endswith(".") \
                    and not _QUOTATION_NEXT.match(text, m.end()):
                # (a quotation opening after it ends the sentence: "... in New Brunswick,
                # N.J. “We know ...”")
                token = _token_before(text, start, stop).lower()
                if token in ABBREVIATIONS or _INITIALS.match(token):
                    continue
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, line_end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _glued_the(text: str, at: int) -> bool:
    """Two letters in lower case before the space before `at` ("concert The teen's")."""
    return at >= 3 and text[at - 2].islower() and text[at - 3].islower()


def _token_before(text: str, start: int, stop: int) -> str:
    """The run of word characters and dots that ends at `stop` (not before `start`): "Gen",
    "U.S". Walked back from `stop`: a pattern anchored at the end would try every position."""
    i = stop
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "._"):  # `[\w.]`
        i -= 1
    return text[i:stop]


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, with a swap of two neighbours counted as one edit."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, prev2[j - 2] + 1)
            cur.append(cost)
        prev2, prev = prev, cur
    return prev[-1]


# Surnames that come first in Korean, Chinese and Vietnamese names ("Kim Jong-un", "Li Qiang"):
# the first word of such a name is no given name, whatever the census says of "Kim" or "Lee";
# "Yoon" alone is Yoon Suk Yeol as "Kishida" is Fumio Kishida
_SURNAME_FIRST_WORDS = """
kim lee yi park pak choi choe jung jeong kang cho jo yoon yun jang lim im han oh seo shin kwon
hwang ahn an song yoo yu hong moon mun yang son bae baek ko heo nam noh roh ha
wang li zhang liu chen huang zhao wu zhou xu sun ma hu guo lin he gao luo zheng liang xie
tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding
ren shen yao xi
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
"""
SURNAME_FIRST = frozenset(_SURNAME_FIRST_WORDS.split())
